// `parley compare` on the pages of data/: Kim Il Sung's point 2 of
// telegram 21404 against the armistice's demarcation clause, side by side,
// with a word diff and the change of distance.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tests/cli/cli_test_util.h"

namespace parley::cli_test {
namespace {

using nlohmann::json;

class CompareTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    RunResult r = RunParleyOn(dir_->db(), {"import", PARLEY_DATA_DIR});
    ASSERT_EQ(r.exit_code, 0) << r;
    json graph = json::parse(ExportJson(dir_->db()));
    // The demarcation clause of the curated armistice document.
    std::string armistice;
    for (const json& n : graph["nodes"]) {
      if (n["kind"] == "Document" && n["props"].contains("curated"))
        armistice = n["id"];
    }
    for (const json& e : graph["edges"]) {
      if (e["kind"] != "HAS_CLAUSE" || e["source"] != armistice) continue;
      for (const json& n : graph["nodes"]) {
        if (n["id"] != e["target"]) continue;
        for (const json& t : n["props"]["topics"]) {
          if (t == "demarcation_line") demarcation_ = new std::string(n["id"]);
        }
      }
    }
  }
  static void TearDownTestSuite() {
    delete demarcation_;
    delete dir_;
  }
  static RunResult Compare(const std::vector<std::string>& args) {
    std::vector<std::string> all = {"compare"};
    all.insert(all.end(), args.begin(), args.end());
    return RunParleyOn(dir_->db(), all);
  }

  static TempDir* dir_;
  static std::string* demarcation_;
};

TempDir* CompareTest::dir_ = nullptr;
std::string* CompareTest::demarcation_ = nullptr;

TEST_F(CompareTest, KimsPointTwoAgainstTheArmisticeShowsWordsAndDistance) {
  ASSERT_NE(demarcation_, nullptr);
  RunResult r = Compare({"21404 point 2", *demarcation_, "--color", "never"});
  ASSERT_EQ(r.exit_code, 0) << r;
  std::string out = Unwrapped(r.out);
  // Side by side: both documents and their dates.
  EXPECT_NE(out.find("1951-06-30"), std::string::npos) << r;
  EXPECT_NE(out.find("1953-07-27"), std::string::npos) << r;
  EXPECT_NE(out.find("Kim Il Sung"), std::string::npos) << r;
  // Words removed and added, marked.
  EXPECT_NE(out.find("[-"), std::string::npos) << r;
  EXPECT_NE(out.find("{+"), std::string::npos) << r;
  EXPECT_NE(out.find("Words (en)"), std::string::npos) << r;
  // The Russian exists on one side only, and that is said.
  EXPECT_NE(out.find("Words (ru), A → B: only in A"), std::string::npos) << r;
  // The distance changed: 10 km from the 38th parallel to 2 km.
  size_t changes = out.find("Changes");
  ASSERT_NE(changes, std::string::npos) << r;
  size_t distance = out.find("distance", changes);
  ASSERT_NE(distance, std::string::npos) << r;
  std::string line = out.substr(distance, out.find(" - ", distance) - distance);
  EXPECT_NE(line.find("10 km"), std::string::npos) << line;
  EXPECT_NE(line.find("→"), std::string::npos) << line;
  EXPECT_NE(line.find("2 km"), std::string::npos) << line;
  // No colour codes when asked for none.
  EXPECT_EQ(r.out.find("\033["), std::string::npos);
}

TEST_F(CompareTest, TheEarlierVersionComesFirstWhicheverIsGivenFirst) {
  ASSERT_NE(demarcation_, nullptr);
  RunResult r = Compare({*demarcation_, "21404 point 2", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r;
  json j = json::parse(r.out);
  EXPECT_TRUE(j["swapped"].get<bool>());
  EXPECT_EQ(j["a"]["date"], "1951-06-30");
  EXPECT_EQ(j["b"]["clause"], *demarcation_);
  bool english = false;
  for (const json& d : j["diffs"]) {
    if (d["lang"] != "en") continue;
    english = true;
    std::vector<std::string> ops;
    for (const json& p : d["pieces"]) ops.push_back(p["op"]);
    EXPECT_NE(std::find(ops.begin(), ops.end(), "removed"), ops.end());
    EXPECT_NE(std::find(ops.begin(), ops.end(), "added"), ops.end());
    EXPECT_NE(std::find(ops.begin(), ops.end(), "same"), ops.end());
  }
  EXPECT_TRUE(english) << j.dump(1);
  ASSERT_TRUE(j["changes"].is_array());
  bool distance = false;
  for (const json& c : j["changes_text"])
    distance = distance || std::string(c).find("distance") != std::string::npos;
  EXPECT_TRUE(distance) << j.dump(1);
}

TEST_F(CompareTest, MarkdownIsATableAndAMarkedDiff) {
  ASSERT_NE(demarcation_, nullptr);
  RunResult r = Compare({"21404 point 2", *demarcation_, "--format", "md"});
  ASSERT_EQ(r.exit_code, 0) << r;
  EXPECT_NE(r.out.find("| date | 1951-06-30 | 1953-07-27 |"), std::string::npos)
      << r;
  EXPECT_NE(r.out.find("~~"), std::string::npos) << r;
  EXPECT_NE(r.out.find("**"), std::string::npos) << r;
  EXPECT_NE(r.out.find("### Changes"), std::string::npos) << r;
}

TEST_F(CompareTest, ColourOnRequest) {
  ASSERT_NE(demarcation_, nullptr);
  RunResult r = Compare({"21404 point 2", *demarcation_, "--color", "always"});
  ASSERT_EQ(r.exit_code, 0) << r;
  EXPECT_NE(r.out.find("\033[31"), std::string::npos) << r;
  EXPECT_NE(r.out.find("\033[32"), std::string::npos) << r;
}

TEST_F(CompareTest, AnUnresolvedSideIsNothingFoundAndMissingOneIsBadUsage) {
  RunResult none = Compare({"21404 point 2", "zzzz qqqq"});
  EXPECT_EQ(none.exit_code, 1) << none;
  EXPECT_TRUE(none.out.empty()) << none;
  RunResult missing = Compare({"21404 point 2"});
  EXPECT_EQ(missing.exit_code, 2) << missing;
  RunResult format =
      Compare({"21404 point 2", "21404 point 3", "--format", "xml"});
  EXPECT_EQ(format.exit_code, 2) << format;
}

}  // namespace
}  // namespace parley::cli_test
