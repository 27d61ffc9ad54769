// `parley trace` end to end on the seed and the corpus imported together:
// the buffer-zone clause from Mao's letter of 13 June to the agreed text of
// 23 November, in the order written, with what changed at each step.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/cli/query_golden.h"

namespace parley::cli_test {
namespace {

using nlohmann::json;

constexpr char kBufferZone[] =
    "doc:telegram-21404-1951-07-03/message-1951-06-30/clause-2";

TEST(TraceCommandTest, BufferZoneFromNeutralStripToTwoKilometres) {
  RunResult r =
      ExpectGoldenQuery("trace_buffer_zone.txt", {"trace", "buffer zone"});
  std::string text = Unwrapped(r.out);
  std::vector<std::string> in_order = {
      "1951-06-13 point 3 of letter of 1951-06-13, proposed by Mao Zedong",
      "1951-06-30 point 2 of message of 1951-06-30, proposed by Kim Il Sung",
      "in telegram 21404 of 1951-07-03, received 1951-07-03 12:10",
      "distance: none → 10 km from the 38th parallel",
      "1951-07-01 point б of telegram 501869, proposed by Nam Il",
      "distance: 10 km from the 38th parallel → 5–10 km from the 38th parallel",
      "1951-11-23 point 1 of agreement of 1951-11-23",
      "in telegram 16002 of 1952-01-31, received 1952-01-31 17:50",
      "→ 2 km from the military demarcation line"};
  size_t at = 0;
  for (const std::string& part : in_order) {
    size_t found = text.find(part, at);
    EXPECT_NE(found, std::string::npos)
        << "missing or out of order: " << part << "\n"
        << r.out;
    if (found != std::string::npos) at = found;
  }
  // The subcommittee point of the agreement is not a version of it.
  EXPECT_EQ(text.find("agreement-1951-11-23/clause-2"), std::string::npos);
}

TEST(TraceCommandTest, TheClauseIdGivesTheSameLineage) {
  RunResult by_words = Query({"trace", "buffer zone", "--format", "json"});
  ASSERT_EQ(by_words.exit_code, 0) << by_words;
  ExpectGolden("trace_buffer_zone.json", by_words.out);
  RunResult by_id = Query({"trace", kBufferZone, "--format", "json"});
  ASSERT_EQ(by_id.exit_code, 0) << by_id;
  json a = json::parse(by_words.out), b = json::parse(by_id.out);
  ASSERT_EQ(a["lineages"].size(), 1u);
  ASSERT_EQ(b["lineages"].size(), 1u);
  const json& versions = a["lineages"][0]["versions"];
  ASSERT_EQ(b["lineages"][0]["versions"].size(), versions.size());
  for (size_t i = 0; i < versions.size(); ++i) {
    EXPECT_EQ(b["lineages"][0]["versions"][i]["clause"], versions[i]["clause"]);
    // Only the id itself matched; the words also fit other versions' topics.
    EXPECT_EQ(b["lineages"][0]["versions"][i]["matched"],
              versions[i]["clause"] == kBufferZone);
  }
  ASSERT_EQ(versions.size(), 4u);
  EXPECT_EQ(versions[1]["clause"], kBufferZone);
  EXPECT_EQ(versions[1]["outer_document"]["received"], "1951-07-03T12:10");
  EXPECT_EQ(versions[2]["compared_with"], kBufferZone);
  EXPECT_EQ(versions[2]["outer_document"]["sent"], "1951-07-01T05:30");
}

TEST(TraceCommandTest, PrisonersInRussianAndCsv) {
  ExpectGoldenQuery("trace_prisoners_ru.txt",
                    {"trace", "prisoners", "--lang", "ru"});
  ExpectGoldenQuery("trace_ceasefire.csv",
                    {"trace", "ceasefire", "--format", "csv"});
}

TEST(TraceCommandTest, NothingMatchedAndBadUsage) {
  RunResult r = Query({"trace", "zeppelin"});
  EXPECT_EQ(r.exit_code, 1) << r;
  EXPECT_NE(r.err.find("no clause matches 'zeppelin'"), std::string::npos);
  EXPECT_EQ(Query({"trace"}).exit_code, 2);
}

}  // namespace
}  // namespace parley::cli_test
