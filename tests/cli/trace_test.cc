// `parley trace` end to end on the seed and the corpus imported together:
// the buffer-zone clause from Mao's letter of 13 June to the agreed text of
// 23 November, in the order written, with what changed at each step.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "tests/cli/query_golden.h"

namespace parley::cli_test {
namespace {

using nlohmann::json;

constexpr char kBufferZone[] =
    "doc:telegram-21404-1951-07-03/message-1951-06-30/clause-2";

TEST(TraceCommandTest, BufferZoneFromKimsTenKilometresOn) {
  RunResult r =
      ExpectGoldenQuery("trace_buffer_zone.txt", {"trace", "buffer zone"});
  std::string text = Unwrapped(r.out);
  std::vector<std::string> in_order = {
      "1951-06-30 point 2 of message of 1951-06-30, proposed by Kim Il Sung",
      "in telegram 21404 of 1951-07-03, cipher office received 1951-07-03 "
      "12:10",
      "1951-07-01 point б of telegram 501869, proposed by Nam Il (planned; "
      "reported by Vladimir Razuvaev)",
      // "changed from" names the version compared with, by label and id.
      "changed: from point 2 of message of 1951-06-30 (" +
          std::string(kBufferZone) + "), text similarity",
      "distance: 0–10 km from the 38th parallel → 5–10 km from the 38th "
      "parallel"};
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
    EXPECT_EQ(b["lineages"][0]["versions"][i]["matched"],
              versions[i]["clause"] == kBufferZone);
  }
  ASSERT_GE(versions.size(), 2u);
  std::set<std::string> earlier;
  bool kim = false;
  for (const json& v : versions) {
    if (v["clause"] == kBufferZone) {
      kim = true;
      EXPECT_EQ(v["outer_document"]["received"], "1951-07-03T12:10");
    }
    // Each version is compared with one listed before it.
    if (!earlier.empty()) {
      EXPECT_TRUE(earlier.count(v["compared_with"].get<std::string>()))
          << v["compared_with"];
      EXPECT_EQ(v["similarity_basis"], "text");
    }
    earlier.insert(v["clause"].get<std::string>());
  }
  EXPECT_TRUE(kim);
}

TEST(TraceCommandTest, NoRepeatedLineagesForTheDemilitarizedZone) {
  RunResult r = Query({"trace", "demilitarized zone", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r;
  json out = json::parse(r.out);
  std::set<std::string> seen;
  for (const json& l : out["lineages"]) {
    for (const json& v : l["versions"]) {
      EXPECT_TRUE(seen.insert(v["clause"].get<std::string>()).second)
          << "listed twice: " << v["clause"];
    }
    // A branch names where it leaves an earlier lineage.
    if (!l["branch_of"].is_null()) EXPECT_FALSE(l["branches_from"].is_null());
  }
}

TEST(TraceCommandTest, CiviliansEndAtTheArmisticeCiviliansClause) {
  RunResult r = Query({"trace", "civilians", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r;
  json out = json::parse(r.out);
  ASSERT_FALSE(out["lineages"].empty());
  const json& first = out["lineages"][0]["versions"];
  ASSERT_FALSE(first.empty());
  EXPECT_EQ(first.back()["clause"], "doc:agreement-1953-07-27/clause-iii-59");
  for (const json& v : first) {
    EXPECT_NE(v["clause"], "doc:agreement-1953-07-27/clause-iii-51") << r.out;
  }
}

TEST(TraceCommandTest, SidesAndCrossingTheTable) {
  RunResult all = Query({"trace", "demilitarized zone", "--format", "json"});
  ASSERT_EQ(all.exit_code, 0);
  bool crossed = false;
  json parsed1 = json::parse(all.out);
  for (const json& l : parsed1["lineages"]) {
    for (const json& v : l["versions"]) {
      if (v["crossed_the_table"].is_null()) continue;
      crossed = true;
      EXPECT_NE(v["crossed_the_table"]["from"], v["side"]);
    }
  }
  EXPECT_TRUE(crossed) << all.out;
  RunResult unc = Query(
      {"trace", "demilitarized zone", "--side", "unc", "--format", "json"});
  ASSERT_EQ(unc.exit_code, 0) << unc;
  json parsed2 = json::parse(unc.out);
  for (const json& l : parsed2["lineages"]) {
    for (const json& v : l["versions"])
      EXPECT_TRUE(v["side"] == "unc" || v["side"] == "both") << v["side"];
  }
  RunResult md = Query({"trace", "civilians", "--format", "md"});
  ASSERT_EQ(md.exit_code, 0);
  EXPECT_NE(md.out.find("| text_en | text_ru |"), std::string::npos);
  EXPECT_EQ(Query({"trace", "civilians", "--side", "north"}).exit_code, 2);
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

TEST(TraceCommandTest, LimitFillsInTheFirstVersionsAndCountsTheRest) {
  RunResult full = Query({"trace", "buffer zone", "--format", "json"});
  ASSERT_EQ(full.exit_code, 0) << full;
  json all = json::parse(full.out)["lineages"][0]["versions"];
  ASSERT_GE(all.size(), 3u);
  RunResult j =
      Query({"trace", "buffer zone", "--limit", "2", "--format", "json"});
  ASSERT_EQ(j.exit_code, 0) << j;
  json out = json::parse(j.out);
  ASSERT_EQ(out["lineages"].size(), 1u);
  const json& two = out["lineages"][0]["versions"];
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[0], all[0]);
  EXPECT_EQ(two[1], all[1]);
  EXPECT_EQ(out["total"], all.size());
  EXPECT_EQ(out["truncated"], true);

  RunResult table = Query({"trace", "buffer zone", "--limit", "2"});
  ASSERT_EQ(table.exit_code, 0) << table;
  std::string more = "… and " + std::to_string(all.size() - 2) +
                     " more versions; use --limit\n";
  EXPECT_TRUE(table.out.ends_with("\n" + more)) << table.out;
  EXPECT_NE(table.out.find(all[1]["clause"].get<std::string>()),
            std::string::npos);
  EXPECT_EQ(table.out.find(all[2]["clause"].get<std::string>()),
            std::string::npos);
  EXPECT_FALSE(json::parse(full.out).contains("total"));
}

TEST(TraceCommandTest, FromAndToKeepTheVersionsWrittenInBetween) {
  json all = json::parse(
      Query({"trace", "buffer zone", "--format", "json"}).out)["lineages"];
  size_t in_1951 = 0, total = 0;
  for (const json& l : all) {
    for (const json& v : l["versions"]) {
      ++total;
      in_1951 += v["date"].get<std::string>().starts_with("1951-07");
    }
  }
  ASSERT_GT(in_1951, 0u);
  ASSERT_LT(in_1951, total);
  RunResult r = Query({"trace", "buffer zone", "--from", "1951-07", "--to",
                       "1951-07", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r;
  size_t kept = 0;
  // Parsed into a variable: a range-for over a member of a temporary would
  // read a destroyed object.
  json filtered = json::parse(r.out);
  for (const json& l : filtered["lineages"]) {
    for (const json& v : l["versions"]) {
      ++kept;
      EXPECT_TRUE(v["date"].get<std::string>().starts_with("1951-07"))
          << v["clause"];
    }
  }
  EXPECT_EQ(kept, in_1951);
  RunResult none = Query({"trace", "buffer zone", "--from", "1990"});
  EXPECT_EQ(none.exit_code, 1);
  EXPECT_NE(none.err.find("from 1990"), std::string::npos) << none;
  EXPECT_EQ(Query({"trace", "buffer zone", "--to", "July"}).exit_code,
            2);
}

}  // namespace
}  // namespace parley::cli_test
