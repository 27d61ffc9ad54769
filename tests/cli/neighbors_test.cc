// `parley neighbors` end to end on the seed and the corpus imported together.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "tests/cli/query_golden.h"

namespace parley::cli_test {
namespace {

using nlohmann::json;

TEST(NeighborsCommandTest, StalinsCorrespondence) {
  ExpectGoldenQuery("neighbors_stalin.txt", {"neighbors", "ФИЛИППОВ", "--kinds",
                                             "AUTHORED,ADDRESSED_TO,VIA"});
  RunResult j =
      ExpectGoldenQuery("neighbors_stalin.json",
                        {"neighbors", "Stalin", "--kinds",
                         "AUTHORED,ADDRESSED_TO,VIA", "--format", "json"});
  json out = json::parse(j.out);
  EXPECT_EQ(out["centre"]["id"], "person:joseph-stalin");
  for (const json& n : out["neighbors"]) {
    EXPECT_EQ(n["hops"], 1);
    EXPECT_EQ(n["kind"], "Document");
  }
}

TEST(NeighborsCommandTest, TwoHopsAroundTheBufferZoneClause) {
  ExpectGoldenQuery(
      "neighbors_buffer_zone.csv",
      {"neighbors", "doc:telegram-21404-1951-07-03/message-1951-06-30/clause-2",
       "--depth", "2", "--kinds", "VARIANT_OF,PROPOSES,HAS_CLAUSE", "--format",
       "csv"});
}

TEST(NeighborsCommandTest, BadUsage) {
  EXPECT_EQ(Query({"neighbors", "Stalin", "--depth", "-1"}).exit_code, 2);
  EXPECT_EQ(Query({"neighbors", "Stalin", "--kinds", "FRIEND_OF"}).exit_code,
            2);
  EXPECT_EQ(Query({"neighbors", "Zeppelin"}).exit_code, 1);
}

TEST(NeighborsCommandTest, ALimitPrintsTheFirstAndSaysHowManyMore) {
  std::vector<std::string> args = {"neighbors", "Stalin", "--kinds",
                                   "AUTHORED,ADDRESSED_TO,VIA"};
  json all = json::parse(
      Query({"neighbors", "Stalin", "--kinds", "AUTHORED,ADDRESSED_TO,VIA",
             "--all", "--format", "json"})
          .out);
  size_t total = all["neighbors"].size();
  ASSERT_GT(total, 2u);
  args.insert(args.end(), {"--limit", "2"});
  RunResult table = Query(args);
  EXPECT_EQ(table.exit_code, 0) << table;
  EXPECT_NE(table.out.find("… and " + std::to_string(total - 2) +
                           " more neighbours; use --limit or --all"),
            std::string::npos)
      << table.out;
  args.insert(args.end(), {"--format", "json"});
  json some = json::parse(Query(args).out);
  EXPECT_EQ(some["total"], total);
  EXPECT_EQ(some["truncated"], true);
  ASSERT_EQ(some["neighbors"].size(), 2u);
  EXPECT_EQ(some["neighbors"][0], all["neighbors"][0]);
  EXPECT_EQ(some["neighbors"][1], all["neighbors"][1]);
  EXPECT_FALSE(all.contains("total"));  // no limit, nothing to say
  EXPECT_EQ(Query({"neighbors", "Stalin", "--limit", "0"}).exit_code, 2);
  EXPECT_EQ(Query({"neighbors", "Stalin", "--limit", "2", "--all"}).exit_code,
            2);
}

// Two hops from Stalin reach every clause of every telegram he sent or
// received: more than a screen, so the first 50 unless told otherwise, in
// every output; a graph file holds only them and says so on stderr.
TEST(NeighborsCommandTest, AHubsNeighbourhoodIsCutAtFiftyByDefault) {
  json all = json::parse(Query({"neighbors", "Stalin", "--depth", "2", "--all",
                                "--format", "json"})
                             .out);
  const size_t total = all["neighbors"].size();
  ASSERT_GT(total, 50u);
  json some = json::parse(
      Query({"neighbors", "Stalin", "--depth", "2", "--format", "json"}).out);
  ASSERT_EQ(some["neighbors"].size(), 50u);
  EXPECT_EQ(some["total"], total);
  EXPECT_EQ(some["truncated"], true);
  EXPECT_EQ(some["neighbors"][49], all["neighbors"][49]);
  const std::string more =
      "… and " + std::to_string(total - 50) + " more neighbours";
  RunResult table = Query({"neighbors", "Stalin", "--depth", "2"});
  EXPECT_NE(table.out.find(more), std::string::npos) << table.out;
  RunResult csv =
      Query({"neighbors", "Stalin", "--depth", "2", "--format", "csv"});
  EXPECT_EQ(std::count(csv.out.begin(), csv.out.end(), '\n'), 51) << csv.out;
  EXPECT_NE(csv.err.find(more), std::string::npos) << csv.err;
  RunResult dot =
      Query({"neighbors", "Stalin", "--depth", "2", "--format", "dot"});
  EXPECT_EQ(dot.exit_code, 0) << dot;
  EXPECT_NE(dot.err.find(more), std::string::npos) << dot.err;
}

}  // namespace
}  // namespace parley::cli_test
