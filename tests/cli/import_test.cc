// `parley import` end to end: re-importing a page changes nothing, a changed
// page replaces its old facts and refreshes its links, the order of import
// does not matter (issue 3), and JSON documents import like pages.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <ostream>
#include <random>
#include <string>
#include <vector>

#include "tests/cli/cli_test_util.h"
#include "tests/cli/e2e_expected_facts.h"

namespace parley::cli_test {
namespace {

using nlohmann::json;

constexpr char kSeedId[] = "doc:telegram-21404-1951-07-03";
constexpr char kSeedClause2[] =
    "doc:telegram-21404-1951-07-03/message-1951-06-30/clause-2";

std::string CorpusPage(const std::string& name) {
  return (TestDataDir() / "corpus" / (name + ".txt")).string();
}

// `text` with `from` replaced by `to` once; fails the test when absent.
std::string Replaced(std::string text, const std::string& from,
                     const std::string& to) {
  size_t at = text.find(from);
  EXPECT_NE(at, std::string::npos) << "'" << from << "' is not in the text";
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

// The seed with point 2 moved from 10 km to 20 km, in both languages.
std::string SeedWithTwentyKm() {
  std::string text = ReadBytes(SeedPage());
  text = Replaced(text, "на расстояние до 10 км", "на расстояние до 20 км");
  text = Replaced(text, "for a distance of 10 km", "for a distance of 20 km");
  return text;
}

// The distance change a VARIANT_OF edge stores, as "min-max → min-max"
// ("" when it stores none).
std::string DistanceChange(const json& edge) {
  auto range = [](const json& d) {
    if (!d.is_object()) return std::string("none");
    return d.value("min", json()).dump() + "-" + d.value("max", json()).dump();
  };
  for (const json& change : edge["props"].value("changes", json::array())) {
    if (change.is_object() && change.value("field", "") == "distance")
      return range(change["from"]) + " → " + range(change["to"]);
  }
  return "";
}

RunResult Import(const std::string& db, const std::vector<std::string>& files) {
  std::vector<std::string> args = {"import"};
  args.insert(args.end(), files.begin(), files.end());
  return RunParleyOn(db, args);
}

const json* NodeOf(const json& graph, const std::string& id) {
  for (const json& n : graph["nodes"]) {
    if (n["id"] == id) return &n;
  }
  return nullptr;
}

std::vector<json> EdgesOf(const json& graph, const std::string& kind,
                          const std::string& source,
                          const std::string& target) {
  std::vector<json> out;
  for (const json& e : graph["edges"]) {
    if (e["kind"] == kind && e["source"] == source && e["target"] == target) {
      out.push_back(e);
    }
  }
  return out;
}

TEST(ImportIdempotenceTest, ImportingTheSamePageTwiceChangesNothing) {
  TempDir dir;
  ASSERT_EQ(Import(dir.db(), {SeedPage()}).exit_code, 0);
  std::string first = ExportJson(dir.db());
  RunResult again = Import(dir.db(), {SeedPage()});
  ASSERT_EQ(again.exit_code, 0) << again;
  EXPECT_NE(again.out.find("unchanged " + SeedPage()), std::string::npos)
      << again;
  EXPECT_NE(again.out.find("0 added, 0 replaced, 1 unchanged, 0 failed"),
            std::string::npos)
      << again;
  EXPECT_TRUE(again.err.empty()) << again;
  EXPECT_EQ(ExportJson(dir.db()), first);
}

TEST(ImportIdempotenceTest, TheSamePageTwiceInOneCommandIsStoredOnce) {
  TempDir dir;
  RunResult r = Import(dir.db(), {SeedPage(), SeedPage()});
  ASSERT_EQ(r.exit_code, 0) << r;
  EXPECT_NE(r.out.find("1 added, 0 replaced, 1 unchanged, 0 failed"),
            std::string::npos)
      << r;
  TempDir once;
  ASSERT_EQ(Import(once.db(), {SeedPage()}).exit_code, 0);
  EXPECT_EQ(ExportJson(dir.db()), ExportJson(once.db()));
}

TEST(ImportReplaceTest, AChangedPageReplacesItsOldFacts) {
  TempDir dir;
  std::string page = dir.Write("seed.txt", ReadBytes(SeedPage()));
  ASSERT_EQ(Import(dir.db(), {page}).exit_code, 0);

  WriteBytes(page, SeedWithTwentyKm());
  RunResult r = Import(dir.db(), {page});
  ASSERT_EQ(r.exit_code, 0) << r;
  EXPECT_NE(r.out.find("replaced " + page), std::string::npos) << r;
  EXPECT_NE(r.out.find("0 added, 1 replaced, 0 unchanged, 0 failed"),
            std::string::npos)
      << r;

  std::string exported = ExportJson(dir.db());
  EXPECT_EQ(exported.find("for a distance of 10 km"), std::string::npos);
  EXPECT_EQ(exported.find("до 10 км"), std::string::npos);
  EXPECT_NE(exported.find("for a distance of 20 km"), std::string::npos);
  json graph = json::parse(exported);
  const json* clause = NodeOf(graph, kSeedClause2);
  ASSERT_NE(clause, nullptr);
  json distances = clause->at("props").at("terms").at("distances");
  ASSERT_EQ(distances.size(), 1u) << distances.dump();
  // "до 20 км": up to 20 km, a range from 0 (the Russian governs).
  EXPECT_EQ(distances[0]["min"], 0);
  EXPECT_EQ(distances[0]["max"], 20);
  EXPECT_EQ(distances[0]["bound"], "up_to");
  // Evidence offsets point into the new text, not the old one.
  std::vector<std::string> problems = EvidenceProblems(ExportedGraph(graph));
  EXPECT_TRUE(problems.empty()) << problems.front();

  // The same as a fresh import of the page as it now is.
  TempDir fresh;
  ASSERT_EQ(Import(fresh.db(), {page}).exit_code, 0);
  EXPECT_EQ(exported, ExportJson(fresh.db()));

  RunResult again = Import(dir.db(), {page});
  EXPECT_NE(again.out.find("unchanged " + page), std::string::npos) << again;
}

TEST(ImportReplaceTest, AChangedPageRefreshesTheLinksOfOtherPages) {
  TempDir dir;
  std::string seed = dir.Write("seed.txt", ReadBytes(SeedPage()));
  std::vector<std::string> pages = {seed,
                                    CorpusPage("1951-07-01-telegram-501869"),
                                    CorpusPage("1951-07-03-telegram-3950")};
  ASSERT_EQ(Import(dir.db(), pages).exit_code, 0);
  std::string clause_b = "doc:telegram-501869-1951-07-01/clause-b";
  json before = json::parse(ExportJson(dir.db()));
  std::vector<json> variant =
      EdgesOf(before, "VARIANT_OF", clause_b, kSeedClause2);
  ASSERT_EQ(variant.size(), 1u);
  EXPECT_EQ(DistanceChange(variant[0]), "0-10 → 5-10") << variant[0].dump();

  WriteBytes(seed, SeedWithTwentyKm());
  RunResult r = Import(dir.db(), {seed});
  ASSERT_EQ(r.exit_code, 0) << r;
  std::string exported = ExportJson(dir.db());
  json after = json::parse(exported);
  variant = EdgesOf(after, "VARIANT_OF", clause_b, kSeedClause2);
  ASSERT_EQ(variant.size(), 1u);
  EXPECT_EQ(DistanceChange(variant[0]), "0-20 → 5-10") << variant[0].dump();
  // The reply's stances on points 5 and 7 survive the replacement.
  EXPECT_EQ(EdgesOf(after, "STANCE", "doc:telegram-3950-1951-07-03",
                    "doc:telegram-21404-1951-07-03/message-1951-06-30/clause-7")
                .size(),
            1u);
  // Everything as a fresh database holding the pages as they now are.
  TempDir fresh;
  ASSERT_EQ(Import(fresh.db(), pages).exit_code, 0);
  EXPECT_EQ(exported, ExportJson(fresh.db()));
}

TEST(ImportReplaceTest, AFileThatNowGivesAnotherPageReplacesTheOneItGave) {
  // A page is known by its first document: when that document's number
  // reads otherwise (the file was corrected, or a newer Parley reads it
  // otherwise), the file's old page must not stay beside its new one.
  TempDir dir;
  std::string seed = dir.Write("seed.txt", ReadBytes(SeedPage()));
  std::string reply =
      dir.Write("reply.txt", ReadBytes(CorpusPage("1951-07-03-telegram-3950")));
  ASSERT_EQ(Import(dir.db(), {seed, reply}).exit_code, 0);

  WriteBytes(reply, Replaced(ReadBytes(reply), "CIPHERED TELEGRAM No. 3950",
                             "CIPHERED TELEGRAM No. 3951"));
  RunResult r = Import(dir.db(), {reply});
  ASSERT_EQ(r.exit_code, 0) << r;
  EXPECT_NE(
      r.out.find("replaced " + reply + " -> doc:telegram-3951-1951-07-03"),
      std::string::npos)
      << r;
  EXPECT_NE(r.out.find("  in place of doc:telegram-3950-1951-07-03"),
            std::string::npos)
      << r;
  EXPECT_NE(r.out.find("0 added, 1 replaced, 0 unchanged, 0 failed"),
            std::string::npos)
      << r;
  std::string exported = ExportJson(dir.db());
  json graph = json::parse(exported);
  EXPECT_EQ(NodeOf(graph, "doc:telegram-3950-1951-07-03"), nullptr);
  // The reply's stance on point 7 of the seed is the new page's.
  EXPECT_EQ(EdgesOf(graph, "STANCE", "doc:telegram-3951-1951-07-03",
                    "doc:telegram-21404-1951-07-03/message-1951-06-30/clause-7")
                .size(),
            1u);
  // Everything as a fresh database holding the files as they now are.
  TempDir fresh;
  ASSERT_EQ(Import(fresh.db(), {seed, reply}).exit_code, 0);
  EXPECT_EQ(exported, ExportJson(fresh.db()));
  RunResult pages = RunParleyOn(dir.db(), {"search", "Filippov"});
  EXPECT_EQ(pages.out.find("telegram-3950"), std::string::npos) << pages;

  // The same path written another way is the same file.
  WriteBytes(reply, ReadBytes(CorpusPage("1951-07-03-telegram-3950")));
  std::string same = (std::filesystem::path(reply).parent_path() / "." /
                      std::filesystem::path(reply).filename())
                         .string();
  RunResult back = Import(dir.db(), {same});
  ASSERT_EQ(back.exit_code, 0) << back;
  EXPECT_NE(back.out.find("  in place of doc:telegram-3951-1951-07-03"),
            std::string::npos)
      << back;
  EXPECT_EQ(
      NodeOf(json::parse(ExportJson(dir.db())), "doc:telegram-3951-1951-07-03"),
      nullptr);
}

// `parley --db DB import FILES...` run in the folder `dir`, the files named
// as typed there.
RunResult ImportIn(const std::string& dir, const std::string& db,
                   const std::vector<std::string>& files) {
  std::string command =
      "cd '" + dir + "' && exec '" PARLEY_BINARY "' --db '" + db + "' import";
  for (const std::string& f : files) command += " '" + f + "'";
  return RunProgram("sh", {"-c", command});
}

// A file is known by its path made absolute: two files of one name in two
// folders are two files, whatever folder each was imported from; and a page
// a copy gives too in the same import stays when the file that gave it now
// gives another.
TEST(ImportReplaceTest, OnlyTheFileThatGaveAPageReplacesIt) {
  TempDir dir;
  const std::string reply = ReadBytes(CorpusPage("1951-07-03-telegram-3950"));
  const std::string kOld = "doc:telegram-3950-1951-07-03";
  const std::string kNew = "doc:telegram-3951-1951-07-03";
  fs::create_directories(dir.root() / "a");
  fs::create_directories(dir.root() / "b");
  dir.Write("a/p.txt", reply);
  dir.Write("b/p.txt", ReadBytes(SeedPage()));
  ASSERT_EQ(
      ImportIn((dir.root() / "a").string(), dir.db(), {"p.txt"}).exit_code, 0);
  RunResult other = ImportIn((dir.root() / "b").string(), dir.db(), {"p.txt"});
  ASSERT_EQ(other.exit_code, 0) << other;
  EXPECT_EQ(other.out.find("in place of"), std::string::npos) << other;
  json graph = json::parse(ExportJson(dir.db()));
  EXPECT_NE(NodeOf(graph, kOld), nullptr);
  EXPECT_NE(NodeOf(graph, kSeedId), nullptr);

  // The copy after the file: the page the file gave is removed, and the
  // copy stores it again.
  TempDir fresh;
  std::string file = fresh.Write("p.txt", reply);
  ASSERT_EQ(Import(fresh.db(), {file}).exit_code, 0);
  std::string twin = fresh.Write("twin.txt", reply);
  WriteBytes(file, Replaced(reply, "CIPHERED TELEGRAM No. 3950",
                            "CIPHERED TELEGRAM No. 3951"));
  RunResult both = Import(fresh.db(), {file, twin});
  ASSERT_EQ(both.exit_code, 0) << both;
  graph = json::parse(ExportJson(fresh.db()));
  EXPECT_NE(NodeOf(graph, kOld), nullptr) << both;
  EXPECT_NE(NodeOf(graph, kNew), nullptr) << both;
}

TEST(ImportReplaceTest, APointDroppedFromAPageLosesItsLinks) {
  TempDir dir;
  std::string text = ReadBytes(SeedPage());
  std::string seed = dir.Write("seed.txt", text);
  std::vector<std::string> pages = {seed,
                                    CorpusPage("1951-07-03-telegram-3950")};
  ASSERT_EQ(Import(dir.db(), pages).exit_code, 0);
  std::string clause7 =
      "doc:telegram-21404-1951-07-03/message-1951-06-30/clause-7";
  ASSERT_EQ(EdgesOf(json::parse(ExportJson(dir.db())), "STANCE",
                    "doc:telegram-3950-1951-07-03", clause7)
                .size(),
            1u);

  // Drop point 7 from both languages of the page.
  std::vector<std::string> kept;
  for (const std::string& line : Lines(text)) {
    if (line.rfind("7. ", 0) == 0 || line.rfind("7) ", 0) == 0) continue;
    kept.push_back(line);
  }
  std::string edited;
  for (const std::string& line : kept) edited += line + "\n";
  ASSERT_LT(edited.size(), text.size()) << "point 7 was not found";
  WriteBytes(seed, edited);
  ASSERT_EQ(Import(dir.db(), {seed}).exit_code, 0);
  std::string exported = ExportJson(dir.db());
  json after = json::parse(exported);
  EXPECT_EQ(NodeOf(after, clause7), nullptr);
  for (const json& e : after["edges"]) {
    EXPECT_TRUE(e["source"] != clause7 && e["target"] != clause7) << e.dump();
  }
  TempDir fresh;
  ASSERT_EQ(Import(fresh.db(), pages).exit_code, 0);
  EXPECT_EQ(exported, ExportJson(fresh.db()));
}

// Every page and TEI volume of the corpus (every layout) and the curated
// JSON documents of data/.
std::vector<std::string> AllDocuments() {
  std::vector<std::string> files = CorpusPages();
  std::vector<std::string> curated;
  for (const auto& entry : fs::directory_iterator(PARLEY_DATA_DIR)) {
    if (entry.path().extension() == ".json") {
      curated.push_back(entry.path().string());
    }
  }
  std::sort(curated.begin(), curated.end());
  files.insert(files.end(), curated.begin(), curated.end());
  return files;
}

class ImportOrderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    files_ = new std::vector<std::string>(AllDocuments());
    forward_ = new TempDir();
    RunResult r = Import(forward_->db(), *files_);
    ASSERT_EQ(r.exit_code, 0) << r;
    forward_report_ = new std::string(r.out);
    forward_export_ = new std::string(ExportJson(forward_->db()));
  }
  static void TearDownTestSuite() {
    delete files_;
    delete forward_;
    delete forward_report_;
    delete forward_export_;
  }

  // Expects that importing `files` in this order, `per_command` at a time,
  // gives the export of the forward order.
  void ExpectSameGraph(const std::vector<std::string>& files,
                       size_t per_command) {
    TempDir dir;
    for (size_t i = 0; i < files.size(); i += per_command) {
      std::vector<std::string> batch(
          files.begin() + i,
          files.begin() + std::min(files.size(), i + per_command));
      RunResult r = Import(dir.db(), batch);
      ASSERT_EQ(r.exit_code, 0) << r;
    }
    std::string exported = ExportJson(dir.db());
    EXPECT_EQ(exported.size(), forward_export_->size());
    EXPECT_TRUE(exported == *forward_export_)
        << "the export differs from the forward order's";
  }

  static std::vector<std::string>* files_;
  static TempDir* forward_;
  static std::string* forward_report_;
  static std::string* forward_export_;
};

std::vector<std::string>* ImportOrderTest::files_ = nullptr;
TempDir* ImportOrderTest::forward_ = nullptr;
std::string* ImportOrderTest::forward_report_ = nullptr;
std::string* ImportOrderTest::forward_export_ = nullptr;

// The orders below shuffle pages of every layout, a TEI volume of two
// documents among them.
TEST_F(ImportOrderTest, TheFilesHoldEveryLayout) {
  for (const char* layout : {"wilson-current", "wilson-older", "cwihp-print",
                             "frus-page", "frus-tei"}) {
    EXPECT_NE(forward_report_->find(std::string("layout ") + layout + ","),
              std::string::npos)
        << layout << " is not among the files:\n"
        << *forward_report_;
  }
  EXPECT_NE(forward_report_->find("frus-tei-1951-07-26-hnc-142.xml"),
            std::string::npos);
}

TEST_F(ImportOrderTest, TheForwardOrderHoldsLinks) {
  EXPECT_NE(forward_export_->find("\"RESPONDS_TO\""), std::string::npos);
  EXPECT_NE(forward_export_->find("\"STANCE\""), std::string::npos);
  EXPECT_NE(forward_export_->find("\"VARIANT_OF\""), std::string::npos);
}

TEST_F(ImportOrderTest, ReversedOrderGivesTheSameGraph) {
  std::vector<std::string> files(files_->rbegin(), files_->rend());
  ExpectSameGraph(files, files.size());
}

TEST_F(ImportOrderTest, ShuffledOrdersGiveTheSameGraph) {
  std::mt19937 random(20240703);
  for (int round = 0; round < 2; ++round) {
    std::vector<std::string> files = *files_;
    std::shuffle(files.begin(), files.end(), random);
    SCOPED_TRACE("round " + std::to_string(round));
    ExpectSameGraph(files, files.size());
  }
}

// One command per page: the linker reads what earlier commands stored.
TEST_F(ImportOrderTest, OnePageAtATimeInReverseGivesTheSameGraph) {
  std::vector<std::string> files(files_->rbegin(), files_->rend());
  ExpectSameGraph(files, 1);
}

TEST_F(ImportOrderTest, ReimportingEverythingChangesNothing) {
  RunResult r = Import(forward_->db(), *files_);
  ASSERT_EQ(r.exit_code, 0) << r;
  std::string summary = "0 added, 0 replaced, " +
                        std::to_string(files_->size()) + " unchanged, 0 failed";
  EXPECT_NE(r.out.find(summary), std::string::npos) << r;
  EXPECT_EQ(ExportJson(forward_->db()), *forward_export_);
}

// A small parley-document with two points, one with its own proposer.
constexpr char kJsonDocument[] = R"({
  "format": "parley-document",
  "version": 1,
  "document": {
    "type": "proposal",
    "number": "7-b",
    "date": "1951-07-10",
    "title": "Draft agenda handed over at Kaesong",
    "languages": ["en", "ru"],
    "authors": ["Nam Il"],
    "recipients": ["Kim Il Sung"],
    "copies": [{"name": "Stalin", "count": 2}],
    "source": [{"citation": "APRF, f. 45, op. 1, d. 340, l. 12", "archive": "APRF",
                "fond": "45", "opis": "1", "delo": "340", "pages": "12"}]
  },
  "clauses": [
    {"ordinal": "1",
     "text": {"en": "Both sides withdraw 10 km from the 38th parallel within 3 days.",
              "ru": "Обе стороны отходят на 10 км от 38 параллели в течение 3 дней."},
     "topics": ["withdrawal", "buffer_zone"]},
    {"ordinal": 2,
     "text": {"en": "All prisoners of war are exchanged within two months."},
     "proposer": "Mao Zedong"}
  ]
}
)";

constexpr char kJsonDocId[] = "doc:proposal-7-b-1951-07-10";

TEST(JsonDocumentImportTest, AValidDocumentImportsWithClausesProposersTopics) {
  TempDir dir;
  std::string file = dir.Write("agenda.json", kJsonDocument);
  RunResult r = Import(dir.db(), {file});
  ASSERT_EQ(r.exit_code, 0) << r;
  EXPECT_NE(r.out.find(kJsonDocId), std::string::npos) << r;
  json graph = json::parse(ExportJson(dir.db()));
  ExportedGraph g(graph);

  const json* doc = g.Node(kJsonDocId);
  ASSERT_NE(doc, nullptr) << graph.dump(1).substr(0, 3000);
  EXPECT_EQ((*doc)["props"]["date"], "1951-07-10");
  EXPECT_EQ((*doc)["props"]["number"], "7-b");
  EXPECT_EQ((*doc)["props"]["curated"], true);
  EXPECT_EQ((*doc)["props"]["source"][0]["delo"], "340");
  EXPECT_EQ(g.Sources(kJsonDocId, "AUTHORED"),
            std::vector<std::string>{"person:nam-il"});
  EXPECT_EQ(g.Targets(kJsonDocId, "ADDRESSED_TO"),
            std::vector<std::string>{"person:kim-il-sung"});
  ASSERT_EQ(g.OutEdges(kJsonDocId, "COPY_TO").size(), 1u);
  EXPECT_EQ((*g.OutEdges(kJsonDocId, "COPY_TO")[0])["target"],
            "person:joseph-stalin");
  EXPECT_EQ((*g.OutEdges(kJsonDocId, "COPY_TO")[0])["props"]["count"], 2);

  std::string c1 = std::string(kJsonDocId) + "/clause-1";
  std::string c2 = std::string(kJsonDocId) + "/clause-2";
  EXPECT_EQ(g.Targets(kJsonDocId, "HAS_CLAUSE"),
            (std::vector<std::string>{c1, c2}));
  ASSERT_NE(g.Node(c1), nullptr);
  ASSERT_NE(g.Node(c2), nullptr);
  EXPECT_EQ((*g.Node(c1))["props"]["topics"],
            json::array({"withdrawal", "buffer_zone"}));
  EXPECT_EQ((*g.Node(c1))["props"]["text"]["ru"],
            "Обе стороны отходят на 10 км от 38 параллели в течение 3 дней.");
  json distances = (*g.Node(c1))["props"]["terms"]["distances"];
  ASSERT_FALSE(distances.empty());
  EXPECT_EQ(distances[0]["min"], 10);
  EXPECT_EQ(g.Targets(c1, "CONCERNS"),
            std::vector<std::string>{"place:38th-parallel"});
  // Topics of a clause without any are read from its text.
  EXPECT_EQ((*g.Node(c2))["props"]["ordinal"], "2");
  EXPECT_NE((*g.Node(c2))["props"]["topics"].dump().find("prisoners_of_war"),
            std::string::npos);
  // The document's author proposes its points, unless a point names its own.
  EXPECT_EQ(g.Sources(c1, "PROPOSES"),
            std::vector<std::string>{"person:nam-il"});
  EXPECT_EQ(g.Sources(c2, "PROPOSES"),
            std::vector<std::string>{"person:mao-zedong"});

  std::vector<std::string> problems = EvidenceProblems(g);
  EXPECT_TRUE(problems.empty()) << problems.size() << ": " << problems.front();
}

TEST(JsonDocumentImportTest, WhoProposedFindsTheClausesOfAJsonDocument) {
  TempDir dir;
  ASSERT_EQ(
      Import(dir.db(), {dir.Write("agenda.json", kJsonDocument)}).exit_code, 0);
  RunResult r = RunParleyOn(
      dir.db(), {"who-proposed", "prisoners_of_war", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r;
  json items = WhoProposedAnswers(r.out);
  ASSERT_EQ(items.size(), 1u) << r.out;
  EXPECT_EQ(items[0]["proposers"][0]["label"], "Mao Zedong");
  EXPECT_EQ(items[0]["citations"],
            json::array({"APRF, f. 45, op. 1, d. 340, l. 12"}));
}

struct SchemaCase {
  std::string name;
  std::string from;   // a piece of kJsonDocument...
  std::string to;     // ...replaced by this
  std::string field;  // what the error must name
};

void PrintTo(const SchemaCase& c, std::ostream* os) { *os << c.name; }

class JsonDocumentSchemaTest : public ::testing::TestWithParam<SchemaCase> {};

TEST_P(JsonDocumentSchemaTest, TheErrorNamesTheFieldAndNothingIsStored) {
  TempDir dir;
  ASSERT_EQ(Import(dir.db(), {SeedPage()}).exit_code, 0);
  std::string before = ExportJson(dir.db());
  std::string file = dir.Write(
      "bad.json", Replaced(kJsonDocument, GetParam().from, GetParam().to));
  RunResult r = Import(dir.db(), {file});
  EXPECT_EQ(r.exit_code, 2) << r;
  ASSERT_EQ(r.ErrLines().size(), 1u) << r;
  EXPECT_NE(r.err.find(file + ": " + GetParam().field), std::string::npos)
      << r.err;
  EXPECT_EQ(ExportJson(dir.db()), before);
}

INSTANTIATE_TEST_SUITE_P(
    Fields, JsonDocumentSchemaTest,
    ::testing::Values(
        SchemaCase{"Format", "\"parley-document\"", "\"something-else\"",
                   "format"},
        SchemaCase{"Version", "\"version\": 1", "\"version\": 2", "version"},
        SchemaCase{"Date", "\"date\": \"1951-07-10\"", "\"date\": \"10 July\"",
                   "document.date"},
        SchemaCase{"Title",
                   "\"title\": \"Draft agenda handed over at Kaesong\"",
                   "\"title\": 12", "document.title"},
        SchemaCase{"Authors", "\"authors\": [\"Nam Il\"]",
                   "\"authors\": \"Nam Il\"", "document.authors"},
        SchemaCase{"ClauseText", "\"text\": {\"en\": \"All prisoners",
                   "\"txt\": {\"en\": \"All prisoners", "clauses[1].text"},
        SchemaCase{"ClauseOrdinal", "{\"ordinal\": \"1\",", "{",
                   "clauses[0].ordinal"}),
    [](const auto& info) { return info.param.name; });

TEST(JsonDocumentImportTest, ATruncatedDocumentNamesTheLine) {
  TempDir dir;
  std::string text = kJsonDocument;
  // Cut inside the second clause, on line 22.
  std::string file =
      dir.Write("cut.json", text.substr(0, text.find("are exchanged")));
  RunResult r = Import(dir.db(), {file});
  EXPECT_EQ(r.exit_code, 2) << r;
  ASSERT_EQ(r.ErrLines().size(), 1u) << r;
  EXPECT_NE(r.err.find(file + ": line 22: invalid JSON"), std::string::npos)
      << r.err;
}

TEST(JsonDocumentImportTest, TheCuratedDocumentsOfDataImport) {
  std::vector<std::string> curated;
  for (const auto& entry : fs::directory_iterator(PARLEY_DATA_DIR)) {
    if (entry.path().extension() == ".json") {
      curated.push_back(entry.path().string());
    }
  }
  if (curated.empty()) {
    GTEST_SKIP() << "data/ holds no curated JSON document yet";
  }
  for (const std::string& file : curated) {
    SCOPED_TRACE(file);
    TempDir dir;
    RunResult r = Import(dir.db(), {file});
    ASSERT_EQ(r.exit_code, 0) << r;
    ExportedGraph g(json::parse(ExportJson(dir.db())));
    std::vector<const json*> docs = g.OfKind("Document");
    ASSERT_EQ(docs.size(), 1u);
    EXPECT_EQ((*docs[0])["props"]["curated"], true);
    EXPECT_FALSE(g.Targets((*docs[0])["id"], "HAS_CLAUSE").empty());
    for (const json* c : g.OfKind("Clause")) {
      EXPECT_FALSE(List(Props(*c), "topics").empty()) << (*c)["id"];
    }
    std::vector<std::string> problems = EvidenceProblems(g);
    EXPECT_TRUE(problems.empty())
        << problems.size() << ": " << problems.front();
  }
}

// The lines `parley import` printed for `file`: its heading ("imported
// FILE -> ...") and the indented lines below it; empty when absent.
std::vector<std::string> ReportOf(const std::string& out,
                                  const std::string& file) {
  std::vector<std::string> block;
  for (const std::string& line : Lines(out)) {
    if (!block.empty() && line.rfind("  ", 0) != 0) break;
    bool heading = line.find(" " + file + " -> ") != std::string::npos &&
                   line.rfind("  ", 0) != 0;
    if (heading || !block.empty()) block.push_back(line);
  }
  return block;
}

bool HasLine(const std::vector<std::string>& lines, const std::string& part) {
  return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) {
    return l.find(part) != std::string::npos;
  });
}

std::string Joined(const std::vector<std::string>& lines) {
  std::string all;
  for (const std::string& l : lines) all += l + "\n";
  return all;
}

// A page in the Wilson Center layout of data/1951-06-30-telegram-21336.txt
// whose title and body name no sender, and whose copies name a person the
// gazetteer does not know.
constexpr char kPageWithoutAuthor[] =
    R"(A telegram on the talks, with no name of its sender.

July 2, 1951

Ciphered Telegram No. 21999 from Beijing


SECOND MAIN ADMINISTRATION OF THE GENERAL STAFF OF THE SOVIET ARMY


CIPHERED TELEGRAM No. 21999


Copies: Stalin (2), Zakharchenko


From BEIJING Received 10:15 2.7.1951


To Comrade FILIPPOV [Stalin]


The enemy has agreed to meet at Kaesong on 10 July. We are preparing the delegation.


No. 3290


2.7


Document Information

Source



Type

Telegram

Language

English

Record ID
)";

TEST(ImportReportTest, EachFileGetsItsLayoutAndCounts) {
  TempDir dir;
  std::string agenda = dir.Write("agenda.json", kJsonDocument);
  RunResult r = Import(dir.db(), {SeedPage(), agenda});
  ASSERT_EQ(r.exit_code, 0) << r;
  std::vector<std::string> seed = ReportOf(r.out, SeedPage());
  ASSERT_GE(seed.size(), 2u) << r;
  EXPECT_EQ(seed[0].rfind("imported " + SeedPage() + " -> " + kSeedId, 0), 0u)
      << seed[0];
  // The telegram and the message it forwards; Kim Il Sung's seven points.
  EXPECT_TRUE(HasLine(seed, "2 documents, 7 clauses")) << Joined(seed);
  EXPECT_FALSE(HasLine(seed, "no author")) << Joined(seed);

  std::vector<std::string> json_doc = ReportOf(r.out, agenda);
  ASSERT_GE(json_doc.size(), 2u) << r;
  // Nam Il, Kim Il Sung, Stalin (a copy) and Mao Zedong (a proposer).
  EXPECT_EQ(json_doc[1], "  layout json, 1 document, 2 clauses, 4 people");
  EXPECT_TRUE(r.err.empty()) << r;
  EXPECT_NE(r.out.find("2 added, 0 replaced, 0 unchanged, 0 failed"),
            std::string::npos)
      << r;
}

TEST(ImportReportTest, APageWithoutAnAuthorIsWarnedOf) {
  TempDir dir;
  std::string page = dir.Write("no-author.txt", kPageWithoutAuthor);
  RunResult r = Import(dir.db(), {SeedPage(), page});
  ASSERT_EQ(r.exit_code, 0) << r;
  std::vector<std::string> report = ReportOf(r.out, page);
  ASSERT_GE(report.size(), 2u) << r;
  EXPECT_TRUE(HasLine(report, "1 document, 0 clauses, 2 people"))
      << Joined(report);
  EXPECT_TRUE(HasLine(report,
                      "  warning: doc:telegram-21999-1951-07-02: no "
                      "author"))
      << Joined(report);
  EXPECT_FALSE(HasLine(report, "no recipient")) << Joined(report);
  EXPECT_TRUE(HasLine(report, "  warning: names not resolved: Zakharchenko"))
      << Joined(report);
  EXPECT_NE(r.out.find("0 failed; 1 with warnings"), std::string::npos) << r;

  // An unchanged page still gets its lines, warnings included.
  RunResult again = Import(dir.db(), {page});
  ASSERT_EQ(again.exit_code, 0) << again;
  std::vector<std::string> unchanged = ReportOf(again.out, page);
  ASSERT_GE(unchanged.size(), 2u) << again;
  EXPECT_EQ(unchanged[0].rfind("unchanged " + page, 0), 0u) << unchanged[0];
  EXPECT_TRUE(HasLine(unchanged, ": no author")) << Joined(unchanged);
}

// A transcript in no archive's layout: a title, a date, a salutation, points,
// a signature.
constexpr char kPlainTranscript[] =
    "Kim Il Sung to Mao Zedong on the armistice terms\n"
    "\n"
    "Pyongyang, 30 June 1951\n"
    "\n"
    "Comrade Mao Zedong!\n"
    "\n"
    "I propose the following terms for the talks:\n"
    "\n"
    "1. Both sides cease fire at the same hour.\n"
    "2. Both sides pull back 10 km from the 38th parallel.\n"
    "\n"
    "KIM IL SUNG\n";

TEST(ImportReportTest, APageInNoKnownLayoutFallsBackAndSaysSo) {
  TempDir dir;
  std::string page = dir.Write("transcript.txt", kPlainTranscript);
  RunResult r = Import(dir.db(), {page});
  ASSERT_EQ(r.exit_code, 0) << r;
  std::vector<std::string> report = ReportOf(r.out, page);
  EXPECT_TRUE(HasLine(report, "layout generic")) << Joined(report);
  EXPECT_TRUE(HasLine(report, "  warning: fell back to the generic reader"))
      << Joined(report);
  // Still read: the date, the author by his signature, the two points.
  json graph = json::parse(ExportJson(dir.db()));
  const json* doc = nullptr;
  for (const json& n : graph["nodes"]) {
    if (n["kind"] == "Document") doc = &n;
  }
  ASSERT_NE(doc, nullptr);
  EXPECT_EQ((*doc)["props"]["date"], "1951-06-30");
  size_t clauses = 0;
  bool kim = false;
  for (const json& e : graph["edges"]) {
    clauses += e["kind"] == "HAS_CLAUSE";
    kim =
        kim || (e["kind"] == "AUTHORED" && e["source"] == "person:kim-il-sung");
  }
  EXPECT_EQ(clauses, 2u);
  EXPECT_TRUE(kim) << ExportJson(dir.db());
}

TEST(ImportReportTest, ASeedWithoutItsDateLineIsStillRead) {
  TempDir dir;
  std::string text = ReadBytes(SeedPage());
  ASSERT_NE(text.find("July 3, 1951"), std::string::npos);
  text.replace(text.find("July 3, 1951"), 12, "");
  std::string page = dir.Write("undated.txt", text);
  RunResult r = Import(dir.db(), {page});
  ASSERT_EQ(r.exit_code, 0) << r;
  EXPECT_TRUE(HasLine(ReportOf(r.out, page), "fell back to the generic")) << r;
}

TEST(ImportReportTest, TheDryRunShowsTheReportToo) {
  TempDir dir;
  std::string page = dir.Write("no-author.txt", kPageWithoutAuthor);
  RunResult r = RunParley({"import", "--dry-run", page});
  ASSERT_EQ(r.exit_code, 0) << r;
  EXPECT_NE(r.out.find("  layout "), std::string::npos) << r;
  EXPECT_NE(r.out.find("  warning: doc:telegram-21999-1951-07-02: no author"),
            std::string::npos)
      << r;
}

TEST(ImportReportTest, TheJsonReportHasAnObjectPerFile) {
  TempDir dir;
  std::string page = dir.Write("no-author.txt", kPageWithoutAuthor);
  std::string agenda = dir.Write("agenda.json", kJsonDocument);
  std::string bad = dir.Write("bad.json", R"({"format": 1})");
  RunResult r = Import(dir.db(), {"--format", "json", page, agenda, bad});
  EXPECT_EQ(r.exit_code, 2) << r;
  // stdout is the JSON alone; the error is on stderr as always.
  ASSERT_EQ(r.ErrLines().size(), 1u) << r;
  EXPECT_NE(r.err.find(bad + ": format: expected a string, got number"),
            std::string::npos)
      << r;
  json report = json::parse(r.out, nullptr, false);
  ASSERT_TRUE(report.is_array()) << r;
  ASSERT_EQ(report.size(), 3u) << r;
  for (const json& file : report) {
    for (const char* field : {"file", "status", "layout", "documents",
                              "clauses", "people", "warnings", "unresolved"}) {
      EXPECT_TRUE(file.contains(field)) << field << " in " << file.dump();
    }
  }
  EXPECT_EQ(report[0]["file"], page);
  EXPECT_EQ(report[0]["status"], "imported");
  EXPECT_EQ(report[0]["documents"], 1);
  EXPECT_EQ(report[0]["people"], 2);
  EXPECT_NE(report[0]["warnings"].dump().find(
                "doc:telegram-21999-1951-07-02: no author"),
            std::string::npos)
      << report[0].dump();
  EXPECT_EQ(report[0]["unresolved"], json::array({"Zakharchenko"}));
  EXPECT_EQ(report[1]["status"], "imported");
  EXPECT_EQ(report[1]["layout"], "json");
  EXPECT_EQ(report[1]["documents"], 1);
  EXPECT_EQ(report[1]["clauses"], 2);
  EXPECT_EQ(report[1]["people"], 4);
  EXPECT_EQ(report[1]["unresolved"], json::array());
  EXPECT_FALSE(report[1].contains("error")) << report[1].dump();
  EXPECT_EQ(report[2]["file"], bad);
  EXPECT_EQ(report[2]["status"], "error");
  EXPECT_NE(report[2]["error"].get<std::string>().find(
                "format: expected a string, got number"),
            std::string::npos)
      << report[2].dump();

  RunResult again = Import(dir.db(), {"--format", "json", page, agenda});
  ASSERT_EQ(again.exit_code, 0) << again;
  json second = json::parse(again.out, nullptr, false);
  ASSERT_EQ(second.size(), 2u) << again;
  EXPECT_EQ(second[0]["status"], "unchanged");
  EXPECT_EQ(second[1]["status"], "unchanged");
  EXPECT_EQ(second[1]["clauses"], 2);
}

// A page imported again is not parsed again (docs/input-limits.md): its
// report is the one stored with it, and says everything the first one said,
// from whichever path the same bytes come.
TEST(ImportReportTest, AnUnchangedPageIsReportedAsWhenItWasImported) {
  TempDir dir;
  RunResult first = Import(dir.db(), {"--format", "json", PARLEY_DATA_DIR});
  ASSERT_EQ(first.exit_code, 0) << first;
  json imported = json::parse(first.out, nullptr, false);
  ASSERT_TRUE(imported.is_array()) << first;
  ASSERT_GE(imported.size(), 9u) << first;

  fs::path copy = dir.root() / "copy";
  fs::copy(PARLEY_DATA_DIR, copy);
  RunResult again = Import(dir.db(), {"--format", "json", copy.string()});
  ASSERT_EQ(again.exit_code, 0) << again;
  json unchanged = json::parse(again.out, nullptr, false);
  ASSERT_EQ(unchanged.size(), imported.size()) << again;
  for (size_t i = 0; i < imported.size(); ++i) {
    json expected = imported[i];
    expected["status"] = "unchanged";
    expected["file"] =
        (copy / fs::path(imported[i]["file"].get<std::string>()).filename())
            .string();
    EXPECT_EQ(unchanged[i], expected);
  }
  // Some page of data/ has warnings to carry over.
  EXPECT_TRUE(std::any_of(unchanged.begin(), unchanged.end(),
                          [](const json& f) { return !f["warnings"].empty(); }))
      << again;
}

// The data files are part of what a page is read with: after a table of
// data/ changes, the same page is read again (and replaced), then is
// unchanged until the tables change again.
TEST(ImportFingerprintTest, AnEditedGazetteerRereadsThePage) {
  TempDir dir;
  fs::path data = dir.root() / "data";
  fs::create_directories(data);
  for (const auto& entry : fs::directory_iterator(PARLEY_DATA_DIR)) {
    if (entry.path().extension() == ".tsv")
      fs::copy_file(entry.path(), data / entry.path().filename());
  }
  std::vector<std::string> with_data = {"--data", data.string(), "import",
                                        SeedPage()};
  RunResult first = RunParleyOn(dir.db(), with_data);
  ASSERT_EQ(first.exit_code, 0) << first;
  EXPECT_NE(first.out.find("imported " + SeedPage()), std::string::npos)
      << first;
  std::string before = ExportJson(dir.db());
  RunResult same = RunParleyOn(dir.db(), with_data);
  EXPECT_NE(same.out.find("unchanged " + SeedPage()), std::string::npos)
      << same;

  WriteBytes(data / "gazetteer.tsv",
             ReadBytes(data / "gazetteer.tsv") +
                 "# a comment added by a historian: changes no name\n");
  RunResult edited = RunParleyOn(dir.db(), with_data);
  ASSERT_EQ(edited.exit_code, 0) << edited;
  EXPECT_NE(edited.out.find("replaced " + SeedPage()), std::string::npos)
      << edited;
  EXPECT_NE(edited.out.find("0 added, 1 replaced, 0 unchanged, 0 failed"),
            std::string::npos)
      << edited;
  // A comment changes no fact.
  EXPECT_EQ(ExportJson(dir.db()), before);

  RunResult third = RunParleyOn(dir.db(), with_data);
  EXPECT_NE(third.out.find("unchanged " + SeedPage()), std::string::npos)
      << third;

  // Any table of the folder counts, not only the two the CLI loads.
  WriteBytes(data / "new_cues.tsv", "# cues to come\n");
  RunResult added = RunParleyOn(dir.db(), with_data);
  EXPECT_NE(added.out.find("replaced " + SeedPage()), std::string::npos)
      << added;
}

}  // namespace
}  // namespace parley::cli_test
