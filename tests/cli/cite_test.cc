// `parley cite` on the pages of data/: the archival reference and the
// translation of a Wilson page, a page without a reference saying so, the
// curated armistice summary as a paraphrase, a clause citing its document.
#include <gtest/gtest.h>

#include <cctype>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tests/cli/cli_test_util.h"

namespace parley::cli_test {
namespace {

using nlohmann::json;

class CiteTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    RunResult r = RunParleyOn(dir_->db(), {"import", PARLEY_DATA_DIR});
    ASSERT_EQ(r.exit_code, 0) << r;
    graph_ = new json(json::parse(ExportJson(dir_->db())));
  }
  static void TearDownTestSuite() {
    delete graph_;
    delete dir_;
  }
  static RunResult Cite(const std::vector<std::string>& args) {
    std::vector<std::string> all = {"cite"};
    all.insert(all.end(), args.begin(), args.end());
    return RunParleyOn(dir_->db(), all);
  }
  // The pages' own documents (not quoted inside another) with `test`.
  template <class Test>
  static std::vector<std::string> PageDocuments(Test test) {
    std::vector<std::string> out;
    for (const json& n : (*graph_)["nodes"]) {
      if (n["kind"] != "Document") continue;
      const json& p = n["props"];
      if (p.contains("embedded_in")) continue;
      if (test(p)) out.push_back(n["id"]);
    }
    return out;
  }

  static TempDir* dir_;
  static json* graph_;
};

TempDir* CiteTest::dir_ = nullptr;
json* CiteTest::graph_ = nullptr;

TEST_F(CiteTest, TelegramByNumberGivesItsArchiveAndTheTranslation) {
  RunResult r = Cite({"21404"});
  ASSERT_EQ(r.exit_code, 0) << r;
  EXPECT_NE(r.out.find("APRF, f. 45, op. 1, d. 339, ll. 6-7"),
            std::string::npos)
      << r;
  EXPECT_NE(r.out.find("translated from the Russian"), std::string::npos) << r;
  EXPECT_NE(r.out.find("Mao Zedong"), std::string::npos) << r;
  EXPECT_NE(r.out.find("1951"), std::string::npos) << r;
}

TEST_F(CiteTest, EveryPageWithoutAReferenceSaysSo) {
  std::vector<std::string> bare = PageDocuments([](const json& p) {
    return !p.contains("source") || p["source"].empty();
  });
  ASSERT_FALSE(bare.empty());
  for (const std::string& id : bare) {
    for (const char* style : {"chicago", "plain"}) {
      RunResult r = Cite({id, "--style", style});
      ASSERT_EQ(r.exit_code, 0) << r;
      // Plain style capitalises each part.
      std::string lower = r.out;
      for (char& c : lower) c = static_cast<char>(std::tolower(c));
      EXPECT_NE(lower.find("no archival reference on the page"),
                std::string::npos)
          << id << "\n"
          << r;
    }
  }
}

TEST_F(CiteTest, CuratedTextIsAParaphraseNeverQuotedAsTheTreaty) {
  std::vector<std::string> curated = PageDocuments([](const json& p) {
    return p.contains("curated") && p["curated"] == true;
  });
  ASSERT_FALSE(curated.empty());
  for (const std::string& id : curated) {
    RunResult r = Cite({id});
    ASSERT_EQ(r.exit_code, 0) << r;
    EXPECT_NE(r.out.find("paraphrase"), std::string::npos) << r;
    EXPECT_EQ(r.out.find("translated from"), std::string::npos) << r;
  }
}

TEST_F(CiteTest, AClauseCitesTheDocumentHoldingIt) {
  std::string clause;
  for (const json& e : (*graph_)["edges"]) {
    if (e["kind"] == "HAS_CLAUSE" &&
        std::string(e["source"]).find("telegram-21404") != std::string::npos)
      clause = e["target"];
  }
  ASSERT_FALSE(clause.empty());
  RunResult r = Cite({clause, "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r;
  json j = json::parse(r.out);
  EXPECT_EQ(j["cited"], clause);
  EXPECT_NE(std::string(j["footnote"]).find("APRF, f. 45, op. 1, d. 339"),
            std::string::npos)
      << j.dump(1);
  // A quoted message is cited inside the telegram that quotes it.
  EXPECT_TRUE(j["parts"]["in"].is_object()) << j.dump(1);
}

TEST_F(CiteTest, UnknownIsNothingFoundAndBadStyleIsBadUsage) {
  RunResult unknown = Cite({"telegram 99999999"});
  EXPECT_EQ(unknown.exit_code, 1) << unknown;
  EXPECT_TRUE(unknown.out.empty()) << unknown;
  RunResult style = Cite({"21404", "--style", "apa"});
  EXPECT_EQ(style.exit_code, 2) << style;
}

}  // namespace
}  // namespace parley::cli_test
