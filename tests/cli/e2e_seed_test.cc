// End to end: the real `parley` binary imports the seed telegram and every
// page of tests/data/corpus, alone and together, and the exported graph
// holds every fact of the page's expected file, with evidence that quotes the
// page's bytes.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "tests/cli/cli_test_util.h"
#include "tests/cli/e2e_expected_facts.h"

namespace parley::cli_test {
namespace {

std::string Joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += "\n  " + l;
  return out;
}

json ExpectedFor(const std::string& page) {
  std::string text = ReadBytes(ExpectedFileFor(page));
  EXPECT_FALSE(text.empty()) << "no expected file " << ExpectedFileFor(page);
  return json::parse(text.empty() ? "{}" : text);
}

// The export of a fresh database holding `pages`.
json ImportAndExport(const std::vector<std::string>& pages) {
  TempDir dir;
  std::vector<std::string> args = {"import"};
  args.insert(args.end(), pages.begin(), pages.end());
  RunResult imported = RunParleyOn(dir.db(), args);
  EXPECT_EQ(imported.exit_code, 0) << imported;
  std::string exported = ExportJson(dir.db());
  return json::parse(exported.empty() ? "{\"nodes\": [], \"edges\": []}"
                                      : exported);
}

// Checks `page`'s expected facts against `graph`; returns the number of
// facts checked.
int ExpectEveryFact(const ExportedGraph& graph, const std::string& page,
                    bool together) {
  ExpectedFactsChecker checker(graph);
  checker.CheckPage(ExpectedFor(page), together);
  EXPECT_TRUE(checker.misses().empty())
      << page << ": " << checker.misses().size() << " of " << checker.total()
      << " expected facts missing:" << Joined(checker.misses());
  EXPECT_TRUE(checker.extra_persons().empty())
      << page << ": persons tied to the page that it does not name:"
      << Joined(checker.extra_persons());
  EXPECT_GT(checker.persons_found(), 0) << page;
  return checker.total();
}

// A test name from a page file name: "1951-07-03-telegram-3950" ->
// "p1951_07_03_telegram_3950".
std::string ParamName(const std::string& page) {
  std::string name = "p" + fs::path(page).stem().string();
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

TEST(EndToEndSeedTest, EveryExpectedFactOfTheSeed) {
  ExportedGraph graph(ImportAndExport({SeedPage()}));
  int total = ExpectEveryFact(graph, SeedPage(), /*together=*/false);
  // The scorer (../shared/tools/score-extraction) counts 73 facts on the
  // seed; fewer means the expected file or this checker lost some.
  EXPECT_EQ(total, 73);
}

TEST(EndToEndSeedTest, EveryEvidenceQuotesTheBytesOfThePage) {
  ExportedGraph graph(ImportAndExport({SeedPage()}));
  ASSERT_FALSE(graph.data()["nodes"].empty());
  std::vector<std::string> problems = EvidenceProblems(graph);
  EXPECT_TRUE(problems.empty())
      << problems.size() << " evidence problems:" << Joined(problems);
}

// The checker must be able to fail: an export that lost the proposer of
// every point and gained a person the page does not name is caught.
TEST(EndToEndSeedTest, TheFactCheckerNoticesMissingAndExtraFacts) {
  json data = ImportAndExport({SeedPage()});
  json edges = json::array();
  for (const json& e : data["edges"]) {
    if (e["kind"] != "PROPOSES") edges.push_back(e);
  }
  data["edges"] = edges;
  for (json& n : data["nodes"]) {
    if (n["id"] == "person:syngman-rhee") {
      n["label"] = "Li Kenong";
      n["aliases"] = json::array();
    }
  }
  ExportedGraph graph(data);
  ExpectedFactsChecker checker(graph);
  checker.CheckPage(ExpectedFor(SeedPage()), false);
  int proposer_misses = 0;
  for (const std::string& m : checker.misses()) {
    if (m.find("proposed by Kim Il Sung") != std::string::npos) {
      ++proposer_misses;
    }
  }
  EXPECT_EQ(proposer_misses, 7) << Joined(checker.misses());
  EXPECT_EQ(checker.extra_persons(), std::vector<std::string>{"Li Kenong"});

  json quoted = ImportAndExport({SeedPage()});
  quoted["nodes"][0]["evidence"][0]["quote"] = "not on the page";
  EXPECT_EQ(EvidenceProblems(ExportedGraph(quoted)).size(), 1u);
}

// A database holding only the seed, shared by the query tests below.
class SeedQueryTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    RunResult r = RunParleyOn(dir_->db(), {"import", SeedPage()});
    ASSERT_EQ(r.exit_code, 0) << r;
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static RunResult Run(const std::vector<std::string>& args) {
    return RunParleyOn(dir_->db(), args);
  }
  static TempDir* dir_;
};

TempDir* SeedQueryTest::dir_ = nullptr;

constexpr char kSeedCitation[] = "APRF, f. 45, op. 1, d. 339, ll. 6-7";

TEST_F(SeedQueryTest, WhoProposedShowsTheSevenPointsOfKimIlSung) {
  RunResult r = Run({"who-proposed"});
  ASSERT_EQ(r.exit_code, 0) << r;
  std::string out = Unwrapped(r.out);
  for (int point = 1; point <= 7; ++point) {
    EXPECT_NE(out.find("Point " + std::to_string(point) + " "),
              std::string::npos)
        << "point " << point << " missing:\n"
        << r.out;
  }
  auto count = [&](const std::string& needle) {
    int n = 0;
    for (size_t at = out.find(needle); at != std::string::npos;
         at = out.find(needle, at + 1)) {
      ++n;
    }
    return n;
  };
  EXPECT_EQ(count("proposed by: Kim Il Sung"), 7) << r.out;
  EXPECT_EQ(count(kSeedCitation), 7) << r.out;
  EXPECT_EQ(count("chain: Kim Il Sung ("), 7) << r.out;
  EXPECT_NE(out.find("→ Mao Zedong ("), std::string::npos) << r.out;
  EXPECT_NE(out.find("→ Joseph Stalin"), std::string::npos) << r.out;
  EXPECT_NE(out.find("within three days withdraw from the 38th parallel for a "
                     "distance of 10 km"),
            std::string::npos)
      << r.out;
}

TEST_F(SeedQueryTest, WhoProposedAsJsonGivesTheChainOfEachPoint) {
  RunResult r = Run({"who-proposed", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r;
  json items = WhoProposedAnswers(r.out);
  ASSERT_TRUE(items.is_array());
  ASSERT_EQ(items.size(), 7u) << r.out;
  std::set<std::string> ordinals;
  for (const json& item : items) {
    ordinals.insert(item["ordinal"].get<std::string>());
    ASSERT_EQ(item["proposers"].size(), 1u) << item.dump(2);
    EXPECT_EQ(item["proposers"][0]["label"], "Kim Il Sung");
    std::vector<std::string> chain;
    for (const json& step : item["chain"])
      chain.push_back(step["person_label"]);
    EXPECT_EQ(chain, (std::vector<std::string>{"Kim Il Sung", "Mao Zedong",
                                               "Joseph Stalin"}))
        << item.dump(2);
    EXPECT_EQ(item["citations"], json::array({kSeedCitation}));
    EXPECT_FALSE(item["quote"].get<std::string>().empty());
    EXPECT_FALSE(item["evidence"].empty());
  }
  EXPECT_EQ(ordinals,
            (std::set<std::string>{"1", "2", "3", "4", "5", "6", "7"}));
}

TEST_F(SeedQueryTest, WhoProposedInRussianQuotesTheOriginal) {
  RunResult r = Run({"who-proposed", "prisoners_of_war", "--lang", "ru"});
  ASSERT_EQ(r.exit_code, 0) << r;
  std::string out = Unwrapped(r.out);
  EXPECT_NE(out.find("В течение двух месяцев со дня прекращения огня"),
            std::string::npos)
      << r.out;
  EXPECT_EQ(out.find("exchange of prisoners"), std::string::npos) << r.out;
  EXPECT_NE(out.find("proposed by: Kim Il Sung"), std::string::npos);
}

TEST_F(SeedQueryTest, WhoProposedMatchingNothingExitsOne) {
  RunResult r = Run({"who-proposed", "zanzibar-nothing-like-this"});
  EXPECT_EQ(r.exit_code, 1) << r;
  EXPECT_TRUE(r.out.empty()) << r;
  EXPECT_EQ(r.ErrLines().size(), 1u) << r;
}

TEST_F(SeedQueryTest, ShowGivesEvidenceQuotesAndTheCitation) {
  RunResult r = Run(
      {"show", "doc:telegram-21404-1951-07-03/message-1951-06-30/clause-6"});
  ASSERT_EQ(r.exit_code, 0) << r;
  std::string out = Unwrapped(r.out);
  EXPECT_NE(out.find("\"В течение двух месяцев со дня прекращения огня "
                     "произвести взаимообмен пленными.\""),
            std::string::npos)
      << r.out;
  EXPECT_NE(out.find("\"In the course of two months from the day of the "
                     "ceasefire an exchange of prisoners will be conducted.\""),
            std::string::npos)
      << r.out;
  EXPECT_NE(out.find(std::string("source: ") + kSeedCitation),
            std::string::npos)
      << r.out;
  EXPECT_NE(out.find("PROPOSES ← person:kim-il-sung"), std::string::npos)
      << r.out;
}

TEST_F(SeedQueryTest, ShowAsJsonGivesEvidenceThatQuotesThePage) {
  RunResult r = Run({"show", "person:kim-il-sung", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r;
  json node = json::parse(r.out);
  EXPECT_EQ(node["label"], "Kim Il Sung");
  std::string page = ReadBytes(SeedPage());
  ASSERT_FALSE(node["evidence"].empty());
  for (const json& ev : node["evidence"]) {
    size_t start = ev["start"], end = ev["end"];
    ASSERT_LE(end, page.size());
    EXPECT_EQ(page.substr(start, end - start), ev["quote"]);
  }
  EXPECT_EQ(node["citations"]["doc:telegram-21404-1951-07-03"],
            json::array({kSeedCitation}));
}

TEST_F(SeedQueryTest, ShowOfAnUnknownIdExitsOne) {
  RunResult r = Run({"show", "person:nobody-at-all"});
  EXPECT_EQ(r.exit_code, 1) << r;
  ASSERT_EQ(r.ErrLines().size(), 1u) << r;
  EXPECT_NE(r.err.find("person:nobody-at-all"), std::string::npos) << r;
}

class EndToEndPageTest : public ::testing::TestWithParam<std::string> {};

TEST_P(EndToEndPageTest, EveryExpectedFactOfThePageImportedAlone) {
  ExportedGraph graph(ImportAndExport({GetParam()}));
  EXPECT_GT(ExpectEveryFact(graph, GetParam(), /*together=*/false), 0);
}

TEST_P(EndToEndPageTest, EveryEvidenceQuotesTheBytesOfThePage) {
  ExportedGraph graph(ImportAndExport({GetParam()}));
  std::vector<std::string> problems = EvidenceProblems(graph);
  EXPECT_TRUE(problems.empty())
      << problems.size() << " evidence problems:" << Joined(problems);
}

// The seed has its own tests above.
std::vector<std::string> PagesBesidesTheSeed() {
  std::vector<std::string> pages = CorpusPages();
  pages.erase(std::remove(pages.begin(), pages.end(), SeedPage()), pages.end());
  return pages;
}

INSTANTIATE_TEST_SUITE_P(Corpus, EndToEndPageTest,
                         ::testing::ValuesIn(PagesBesidesTheSeed()),
                         [](const auto& info) {
                           return ParamName(info.param);
                         });

// All pages in one database: the facts that span documents (stances,
// responds_to, revises) are checked too.
class EndToEndTogetherTest : public ::testing::TestWithParam<std::string> {
 protected:
  static void SetUpTestSuite() {
    graph_ = new ExportedGraph(ImportAndExport(CorpusPages()));
  }
  static void TearDownTestSuite() {
    delete graph_;
    graph_ = nullptr;
  }
  static ExportedGraph* graph_;
};

ExportedGraph* EndToEndTogetherTest::graph_ = nullptr;

TEST_P(EndToEndTogetherTest, EveryExpectedFactIncludingLinks) {
  EXPECT_GT(ExpectEveryFact(*graph_, GetParam(), /*together=*/true), 0);
}

INSTANTIATE_TEST_SUITE_P(Corpus, EndToEndTogetherTest,
                         ::testing::ValuesIn(CorpusPages()),
                         [](const auto& info) {
                           return ParamName(info.param);
                         });

TEST(EndToEndTogetherLinksTest, LinksCarryEvidenceQuotingTheirPages) {
  ExportedGraph graph(ImportAndExport(CorpusPages()));
  int links = 0;
  for (const json& e : graph.data()["edges"]) {
    std::string kind = e["kind"];
    links += kind == "RESPONDS_TO" || kind == "STANCE" || kind == "VARIANT_OF";
  }
  EXPECT_GT(links, 0) << "the corpus imported together has no links";
  std::vector<std::string> problems = EvidenceProblems(graph);
  EXPECT_TRUE(problems.empty())
      << problems.size() << " evidence problems:" << Joined(problems);
}

// The cross-document facts of the expected files are all checked: the
// scorer counts 13 over the corpus (321 together against 308 alone).
TEST(EndToEndTogetherLinksTest, CrossDocumentFactsAreCounted) {
  ExportedGraph graph(ImportAndExport(CorpusPages()));
  int alone = 0, together = 0;
  for (const std::string& page : CorpusPages()) {
    ExpectedFactsChecker a(graph), t(graph);
    a.CheckPage(ExpectedFor(page), false);
    t.CheckPage(ExpectedFor(page), true);
    alone += a.total();
    together += t.total();
  }
  EXPECT_EQ(alone, 308);
  EXPECT_EQ(together, 321);
}

}  // namespace
}  // namespace parley::cli_test
