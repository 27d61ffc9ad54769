// `parley stances` end to end on the pages of data/: every position of
// every reply, in both languages, linked or unlinked with the reason, and
// the paper formats (CSV parsed back, Markdown, LaTeX).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/cli/query_golden.h"

namespace parley::cli_test {
namespace {

using nlohmann::json;

constexpr char kReply3950[] = "doc:telegram-3950-1951-07-03";

// The records of RFC 4180 CSV text: quoted fields may hold commas, quotes
// (doubled) and line breaks; records end with CRLF.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      record.push_back(field);
      field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      record.push_back(field);
      records.push_back(record);
      record.clear();
      field.clear();
      ++i;
    } else {
      field += c;
    }
  }
  return records;
}

json Positions3950(const json& out) {
  json list = json::array();
  for (const json& p : out["positions"]) {
    if (p["document"] == kReply3950) list.push_back(p);
  }
  return list;
}

TEST(StancesCommandTest, StalinsSevenPositionsIn3950NumberedOnesUnlinked) {
  RunResult r = Query({"stances", "--by", "Stalin", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r;
  json out = json::parse(r.out);
  EXPECT_EQ(out["by"]["id"], "person:joseph-stalin");
  json list = Positions3950(out);
  ASSERT_EQ(list.size(), 7u) << r.out;
  for (const json& p : list) {
    // Each position in both languages of the page, as one row.
    EXPECT_TRUE(p["quotes"].contains("ru")) << p;
    EXPECT_TRUE(p["quotes"].contains("en")) << p;
    if (!p["ordinals"].empty()) {
      EXPECT_FALSE(p["linked"].get<bool>()) << p;
      EXPECT_FALSE(p["unlinked_reason"].get<std::string>().empty()) << p;
    }
    if (p["linked"].get<bool>()) {
      for (const json& l : p["links"]) EXPECT_TRUE(l.contains("strength"));
    }
  }
  RunResult table =
      ExpectGoldenQuery("stances_stalin.txt", {"stances", "--by", "Stalin"});
  std::string text = Unwrapped(table.out);
  EXPECT_NE(text.find("unlinked:"), std::string::npos);
  EXPECT_NE(text.find("points 1, 2 (as the reply numbers them)"),
            std::string::npos)
      << table.out;
}

TEST(StancesCommandTest, MaosThirteenJuneNeutralZoneIsRejects) {
  RunResult r = Query({"stances", "--by", "Mao Zedong", "--from", "1951-06-13",
                       "--to", "1951-06-13", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r;
  json out = json::parse(r.out);
  bool found = false;
  for (const json& p : out["positions"]) {
    std::string en = p["quotes"].value("en", json::object()).value("text", "");
    if (en.find("neutral zone") == std::string::npos) continue;
    found = true;
    EXPECT_EQ(p["stance"], "rejects") << p;
    EXPECT_EQ(p["date"], "1951-06-13");
  }
  EXPECT_TRUE(found) << r.out;
}

TEST(StancesCommandTest, CsvParsesBackToTheSameRows) {
  RunResult csv = Query({"stances", "--by", "Stalin", "--format", "csv"});
  ASSERT_EQ(csv.exit_code, 0) << csv;
  RunResult j = Query({"stances", "--by", "Stalin", "--format", "json"});
  json positions = json::parse(j.out)["positions"];
  std::vector<std::vector<std::string>> records = ParseCsv(csv.out);
  ASSERT_EQ(records.size(), positions.size() + 1) << csv.out;
  const std::vector<std::string>& head = records[0];
  auto column = [&](const std::string& name) {
    return static_cast<size_t>(std::find(head.begin(), head.end(), name) -
                               head.begin());
  };
  size_t ru = column("quote_ru"), en = column("quote_en"),
         status = column("status");
  ASSERT_LT(ru, head.size());
  ASSERT_LT(en, head.size());
  for (size_t i = 0; i < positions.size(); ++i) {
    const std::vector<std::string>& row = records[i + 1];
    ASSERT_EQ(row.size(), head.size());
    EXPECT_EQ(
        row[ru],
        positions[i]["quotes"].value("ru", json::object()).value("text", ""));
    EXPECT_EQ(
        row[en],
        positions[i]["quotes"].value("en", json::object()).value("text", ""));
    EXPECT_EQ(row[status],
              positions[i]["linked"].get<bool>() ? "linked" : "unlinked");
  }
}

TEST(StancesCommandTest, MarkdownAndLatexTables) {
  RunResult md = Query({"stances", "--by", "Stalin", "--format", "md"});
  ASSERT_EQ(md.exit_code, 0) << md;
  std::vector<std::string> lines = Lines(md.out);
  size_t rows = 0;
  for (const std::string& l : lines) rows += l.starts_with("| ");
  // Heading, then one row per position (7 of 3950 and more).
  EXPECT_GE(rows, 8u) << md.out;
  EXPECT_NE(md.out.find("| --- |"), std::string::npos);

  RunResult tex = Query({"stances", "--by", "Stalin", "--format", "latex"});
  ASSERT_EQ(tex.exit_code, 0) << tex;
  EXPECT_NE(tex.out.find("\\begin{longtable}"), std::string::npos);
  EXPECT_NE(tex.out.find("\\end{longtable}"), std::string::npos);
  // Topics' underscores are escaped, Cyrillic passes through.
  EXPECT_NE(tex.out.find("foreign\\_forces\\_withdrawal"), std::string::npos);
  EXPECT_EQ(tex.out.find("foreign_forces"), std::string::npos);
  EXPECT_NE(tex.out.find("Пятый пункт"), std::string::npos);
}

TEST(StancesCommandTest, FiltersAndExitCodes) {
  RunResult on = Query({"stances", "--on", "civilians", "--format", "json"});
  ASSERT_EQ(on.exit_code, 0) << on;
  json parsed1 = json::parse(on.out);
  for (const json& p : parsed1["positions"]) {
    std::string all = p.dump();
    EXPECT_NE(all.find("civilian"), std::string::npos) << p;
  }
  RunResult unc = Query({"stances", "--side", "unc", "--format", "json"});
  ASSERT_EQ(unc.exit_code, 0) << unc;
  json parsed2 = json::parse(unc.out);
  for (const json& p : parsed2["positions"]) EXPECT_EQ(p["side"], "unc");
  RunResult none = Query({"stances", "--by", "Stalin", "--side", "unc"});
  EXPECT_EQ(none.exit_code, 1) << none;
  EXPECT_EQ(none.out, "");
  EXPECT_EQ(Query({"stances", "--from", "July"}).exit_code, 2);
  EXPECT_EQ(Query({"stances", "--format", "xml"}).exit_code, 2);
  EXPECT_EQ(Query({"stances", "--side", "north"}).exit_code, 2);
  RunResult grouped = Query({"stances", "--group", "side"});
  ASSERT_EQ(grouped.exit_code, 0) << grouped;
  EXPECT_NE(grouped.out.find("== KPA/CPV"), std::string::npos);
  EXPECT_NE(grouped.out.find("== UNC"), std::string::npos);
}

TEST(StancesCommandTest, LimitPrintsTheFirstPositionsAndCountsTheRest) {
  json all = json::parse(Query({"stances", "--format", "json"}).out);
  ASSERT_GE(all["positions"].size(), 4u);
  RunResult j = Query({"stances", "--limit", "3", "--format", "json"});
  ASSERT_EQ(j.exit_code, 0) << j;
  json out = json::parse(j.out);
  ASSERT_EQ(out["positions"].size(), 3u);
  for (size_t i = 0; i < 3; ++i)
    EXPECT_EQ(out["positions"][i], all["positions"][i]);
  EXPECT_EQ(out["total"], all["positions"].size());
  EXPECT_EQ(out["truncated"], true);
  RunResult table = Query({"stances", "--limit", "3"});
  ASSERT_EQ(table.exit_code, 0);
  EXPECT_TRUE(table.out.ends_with("\n… and " +
                                  std::to_string(all["positions"].size() - 3) +
                                  " more positions; use --limit\n"))
      << table.out;
  EXPECT_FALSE(all.contains("total"));
}

// "We consider your position ... entirely correct": a position on the whole
// list answered, shown as such and tied to each of its points.
TEST(StancesCommandTest, APositionOnTheWholeListSaysSo) {
  TempDir dir;
  std::string proposal = dir.Write("21542.txt", R"(July 15, 1952

Ciphered Telegram No. 21542, Mao Zedong to Filippov [Stalin]

We propose the following:

1. Reject the American offer of 83,000.

2. Insist on the return of all prisoners.

MAO ZEDONG
)");
  std::string reply = dir.Write("4297.txt", R"(July 16, 1952

Ciphered Telegram No. 4297, Filippov [Stalin] to Mao Zedong

Comrade MAO ZEDONG.

We have received your telegram of 15 July.

We consider your position in the armistice negotiations to be entirely correct.

FILIPPOV
)");
  ASSERT_EQ(RunParleyOn(dir.db(), {"import", proposal, reply}).exit_code, 0);
  RunResult table = RunParleyOn(dir.db(), {"stances", "--by", "Stalin"});
  ASSERT_EQ(table.exit_code, 0) << table;
  EXPECT_NE(table.out.find("on:         the whole list\n"), std::string::npos)
      << table.out;
  json out = json::parse(
      RunParleyOn(dir.db(), {"stances", "--by", "Stalin", "--format", "json"})
          .out);
  ASSERT_EQ(out["positions"].size(), 1u);
  EXPECT_EQ(out["positions"][0]["whole"], "list");
  EXPECT_EQ(out["positions"][0]["links"].size(), 2u);
}

}  // namespace
}  // namespace parley::cli_test
