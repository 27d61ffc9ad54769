// `parley neighbors` end to end on the seed and the corpus imported together.
#include <gtest/gtest.h>

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

}  // namespace
}  // namespace parley::cli_test
