// `parley search` end to end: whole pages in both languages through the
// Xapian index, every gazetteer spelling of a name, whole words, markers
// that cannot be taken for the editor's brackets, and an index that import
// keeps level with the store.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/cli/data_pages_db.h"
#include "tests/cli/query_golden.h"

namespace parley::cli_test {
namespace {

using nlohmann::json;

// Lower case for ASCII and Russian (enough for the checks below).
std::string Lower(const std::string& s) {
  std::u32string wide;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    char32_t cp;
    int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    cp = len == 1 ? c : c & (0x3F >> (len - 1));
    for (int k = 1; k < len && i + k < s.size(); ++k)
      cp = (cp << 6) | (s[i + k] & 0x3F);
    i += len;
    if (cp >= U'A' && cp <= U'Z') cp += 32;
    if (cp >= U'А' && cp <= U'Я') cp += 32;
    if (cp == U'Ё' || cp == U'ё') cp = U'е';
    wide += cp;
  }
  std::string out;
  for (char32_t cp : wide) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return out;
}

json SearchJson(const std::vector<std::string>& words,
                const std::string& db = DataPagesDb()) {
  std::vector<std::string> args = {"search"};
  args.insert(args.end(), words.begin(), words.end());
  args.insert(args.end(), {"--format", "json", "--limit", "100"});
  RunResult r = RunParleyOn(db, args);
  json j = json::parse(r.out, nullptr, false);
  EXPECT_TRUE(j.is_object()) << r;
  return j.is_object() ? j : json::object({{"hits", json::array()}});
}

// The words a hit's matches cover, as the page has them.
std::vector<std::string> MatchedWords(const json& hit) {
  std::vector<std::string> out;
  const json& ev = hit["evidence"];
  std::string quote = ev["quote"];
  size_t start = ev["start"];
  for (const json& m : hit["matches"]) {
    size_t s = m[0], e = m[1];
    EXPECT_GE(s, start);
    EXPECT_LE(e - start, quote.size());
    out.push_back(quote.substr(s - start, e - s));
  }
  return out;
}

// The page files of data/ whose text holds one of `spellings` (any case).
std::set<std::string> FilesHolding(const std::vector<std::string>& spellings) {
  std::set<std::string> out;
  for (const std::string& page : DataPages()) {
    std::string text = Lower(ReadBytes(page));
    for (const std::string& s : spellings) {
      if (text.find(Lower(s)) != std::string::npos) out.insert(page);
    }
  }
  return out;
}

// The page files the hits' evidence quotes come from.
std::set<std::string> FilesOfHits(const json& result) {
  std::set<std::string> out;
  for (const json& hit : result["hits"]) {
    std::string quote = hit["evidence"]["quote"];
    for (const std::string& page : DataPages()) {
      if (ReadBytes(page).find(quote) != std::string::npos) out.insert(page);
    }
  }
  return out;
}

GazetteerLine Entry(const std::string& id) {
  for (GazetteerLine& g : GazetteerLines())
    if (g.id == id) return g;
  ADD_FAILURE() << id << " is not in the gazetteer";
  return {};
}

TEST(SearchCommandTest, EverySpellingOfAPlaceFindsThePagesNamingIt) {
  GazetteerLine kaesong = Entry("place:kaesong");
  std::vector<std::string> spellings = kaesong.spellings;
  spellings.push_back(kaesong.label);
  std::set<std::string> expected = FilesHolding(spellings);
  ASSERT_GE(expected.size(), 2u);
  for (const std::string& name : spellings) {
    if (name.size() < 4) continue;
    json r = SearchJson({name});
    EXPECT_EQ(FilesOfHits(r), expected) << "search " << name;
  }
}

TEST(SearchCommandTest, FindsWordsInTheBodiesOfPagesInBothLanguages) {
  // Each query with the beginnings of what its matches may be.
  std::vector<std::pair<std::string, std::vector<std::string>>> cases = {
      // Snowball stems "observers" and "observance" alike.
      {"observers", {"observ"}},
      {"refugees", {"refugee"}},
      {"контрольную комиссию", {"контрольн", "комисси"}},
      {"Malik", {"malik", "малик", "яков малик", "jacob malik"}},
  };
  for (const auto& [query, beginnings] : cases) {
    json r = SearchJson({query});
    ASSERT_FALSE(r["hits"].empty()) << query;
    EXPECT_EQ(FilesOfHits(r), FilesHolding(beginnings)) << query;
    for (const json& hit : r["hits"]) {
      std::vector<std::string> words = MatchedWords(hit);
      EXPECT_FALSE(words.empty()) << query << ": " << hit;
      for (const std::string& w : words) {
        bool fits = false;
        for (const std::string& b : beginnings)
          fits = fits || Lower(w).rfind(b, 0) == 0;
        EXPECT_TRUE(fits) << query << " matched '" << w << "'";
      }
      EXPECT_FALSE(hit["date"].get<std::string>().empty()) << hit;
    }
  }
}

TEST(SearchCommandTest, ANameFindsEverySpellingAndCodename) {
  GazetteerLine stalin = Entry("person:joseph-stalin");
  std::vector<std::string> spellings = stalin.spellings;
  spellings.push_back(stalin.label);
  json ru = SearchJson({"Сталин"});
  json en = SearchJson({"Stalin"});
  ASSERT_FALSE(ru["hits"].empty());
  EXPECT_EQ(FilesOfHits(ru), FilesOfHits(en));
  // Pages that call him only Filippov are found too.
  EXPECT_EQ(FilesOfHits(ru), FilesHolding(spellings));
}

TEST(SearchCommandTest, MatchesWholeWordsOnly) {
  json r = SearchJson({"fire"});
  for (const json& hit : r["hits"]) {
    for (const std::string& w : MatchedWords(hit)) {
      EXPECT_EQ(Lower(w).rfind("fire", 0), 0u) << w;
      EXPECT_NE(Lower(w), "first");
    }
  }
  // "first" is on the pages, "fir" is not a word of them.
  EXPECT_FALSE(SearchJson({"first"})["hits"].empty());
  EXPECT_TRUE(SearchJson({"fir"})["hits"].empty());
}

TEST(SearchCommandTest, MarkersCannotBeTakenForTheEditorsBrackets) {
  RunResult table = OnDataPages({"search", "Kaesong"});
  ASSERT_EQ(table.exit_code, 0) << table;
  EXPECT_NE(table.out.find("⟦Kaesong⟧"), std::string::npos) << table;
  EXPECT_EQ(table.out.find("[Kaesong]"), std::string::npos) << table;
  RunResult chosen = OnDataPages({"search", "Kaesong", "--mark", "«»"});
  EXPECT_NE(chosen.out.find("«Kaesong»"), std::string::npos) << chosen;
  RunResult html = OnDataPages({"search", "Kaesong", "--mark", "<b>,</b>"});
  EXPECT_NE(html.out.find("<b>Kaesong</b>"), std::string::npos) << html;
  EXPECT_EQ(OnDataPages({"search", "Kaesong", "--mark", "|"}).exit_code, 2);
  // JSON gives spans, not markers; each span is a spelling of the place.
  GazetteerLine kaesong = Entry("place:kaesong");
  std::set<std::string> spellings = {Lower(kaesong.label)};
  for (const std::string& s : kaesong.spellings) spellings.insert(Lower(s));
  json j = SearchJson({"Kaesong"});
  for (const json& hit : j["hits"]) {
    EXPECT_EQ(hit["snippet"].get<std::string>().find("⟦"), std::string::npos);
    for (const std::string& w : MatchedWords(hit))
      EXPECT_TRUE(spellings.count(Lower(w))) << w;
  }
}

TEST(SearchCommandTest, HitsShowDocumentDateSnippetAndEvidence) {
  RunResult r = ExpectGoldenQuery("search_prisoners_exchange.txt",
                                  {"search", "prisoners", "exchange"});
  EXPECT_NE(r.out.find("⟦prisoners⟧"), std::string::npos) << r.out;
  RunResult j =
      ExpectGoldenQuery("search_voennoplennymi.json",
                        {"search", "военнопленные", "--format", "json"});
  json out = json::parse(j.out);
  ASSERT_FALSE(out["hits"].empty());
  double previous = 1e9;
  for (const json& hit : out["hits"]) {
    EXPECT_LE(hit["score"].get<double>(), previous);
    previous = hit["score"].get<double>();
    EXPECT_EQ(hit["evidence"]["lang"], "ru");
    EXPECT_EQ(hit["kind"], "Document");
  }
  ExpectGoldenQuery("search_kaesong.csv",
                    {"search", "Kaesong", "--format", "csv"});
}

TEST(SearchCommandTest, NothingFoundAndBadUsage) {
  RunResult none = Query({"search", "zeppelin"});
  EXPECT_EQ(none.exit_code, 1);
  EXPECT_EQ(none.out, "");
  EXPECT_EQ(Query({"search", "--", "—"}).exit_code, 2);
  EXPECT_EQ(Query({"search", "--kind", "person", "Stalin"}).exit_code, 2);
}

TEST(SearchIndexTest, ImportKeepsTheIndexLevelWithTheStore) {
  TempDir dir;
  std::string db = dir.db();
  std::vector<std::string> pages = QueryPages();
  std::vector<std::string> args = {"import"};
  args.insert(args.end(), pages.begin(), pages.end());
  ASSERT_EQ(RunParleyOn(db, args).exit_code, 0);
  json first = SearchJson({"prisoners"}, db);
  ASSERT_FALSE(first["hits"].empty());
  // Importing the pages again changes nothing.
  ASSERT_EQ(RunParleyOn(db, args).exit_code, 0);
  EXPECT_EQ(SearchJson({"prisoners"}, db), first);
  // An index lost (an import stopped between the two stores, or a database
  // from before the index) is rebuilt by the next import, of any page.
  fs::remove_all(fs::path(db) / "fulltext");
  RunResult missing = RunParleyOn(db, {"search", "prisoners"});
  EXPECT_NE(missing.exit_code, 0);
  EXPECT_NE(missing.err.find("import"), std::string::npos) << missing;
  ASSERT_EQ(RunParleyOn(db, {"import", pages[0]}).exit_code, 0);
  json again = SearchJson({"prisoners"}, db);
  ASSERT_EQ(again["hits"].size(), first["hits"].size());
  for (size_t i = 0; i < again["hits"].size(); ++i) {
    // The same pages, snippets and spans; the document a snippet lies in
    // is the page's own when the page was indexed by the catch-up.
    for (const char* key : {"page", "matches", "evidence", "score"}) {
      if (std::string(key) == "evidence") {
        EXPECT_EQ(again["hits"][i][key]["quote"],
                  first["hits"][i][key]["quote"]);
      } else {
        EXPECT_EQ(again["hits"][i][key], first["hits"][i][key]) << key;
      }
    }
  }
}

}  // namespace
}  // namespace parley::cli_test
