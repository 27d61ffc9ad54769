// `parley timeline` end to end on the seed and the corpus imported together.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/cli/query_golden.h"

namespace parley::cli_test {
namespace {

using nlohmann::json;

TEST(TimelineCommandTest, TheFirstDaysOfJulyInOrder) {
  RunResult r = ExpectGoldenQuery(
      "timeline_july_1951.txt",
      {"timeline", "--from", "1951-06-30", "--to", "1951-07"});
  std::string text = Unwrapped(r.out);
  size_t report = text.find("telegram 501869");
  size_t forwarded = text.find("telegram 21404");
  size_t reply = text.find("telegram 3950");
  EXPECT_LT(report, forwarded);
  EXPECT_LT(forwarded, reply) << "3950 answers 21404";
  EXPECT_NE(text.find("sent 1951-07-01 05:30, received 1951-07-01 07:16"),
            std::string::npos);
}

TEST(TimelineCommandTest, JsonAndAPersonsDocuments) {
  ExpectGoldenQuery("timeline_all.json", {"timeline", "--format", "json"});
  ExpectGoldenQuery("timeline_stalin.csv",
                    {"timeline", "--person", "Сталин", "--format", "csv"});
  json person = json::parse(
      Query({"timeline", "--person", "Filippov", "--format", "json"}).out);
  EXPECT_EQ(person["person"]["id"], "person:joseph-stalin");
  for (const json& doc : person["documents"])
    EXPECT_FALSE(doc["roles"].empty()) << doc;
}

TEST(TimelineCommandTest, BadDatesAndEmptyRanges) {
  RunResult bad = Query({"timeline", "--from", "3.7.1951"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("--from: expected a date YYYY, YYYY-MM or "
                         "YYYY-MM-DD, got \"3.7.1951\""),
            std::string::npos)
      << bad;
  RunResult none = Query({"timeline", "--from", "1960"});
  EXPECT_EQ(none.exit_code, 1);
  EXPECT_EQ(none.out, "");
}

TEST(TimelineCommandTest, ALimitPrintsTheFirstAndSaysHowManyMore) {
  json all = json::parse(Query({"timeline", "--format", "json"}).out);
  size_t total = all["documents"].size();
  ASSERT_GT(total, 3u);
  RunResult table = Query({"timeline", "--limit", "3"});
  EXPECT_EQ(table.exit_code, 0) << table;
  EXPECT_NE(table.out.find("… and " + std::to_string(total - 3) +
                           " more documents; use --limit"),
            std::string::npos);
  json some =
      json::parse(Query({"timeline", "--limit", "3", "--format", "json"}).out);
  EXPECT_EQ(some["total"], total);
  EXPECT_EQ(some["truncated"], true);
  ASSERT_EQ(some["documents"].size(), 3u);
  for (size_t i = 0; i < 3; ++i)
    EXPECT_EQ(some["documents"][i], all["documents"][i]);
}

}  // namespace
}  // namespace parley::cli_test
