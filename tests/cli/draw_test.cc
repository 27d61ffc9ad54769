// `parley draw`: the views designed for reading, on the pages of data/.
// What a reader notices: versions left to right by date, a legend, labels
// that fit (at most 40 characters a line), Cyrillic intact, positions in
// their stance's colour, the agreed text last; and pictures that open (the
// SVG is well-formed XML holding the clause's words, the PNG is a PNG).
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <vector>

#include "tests/cli/cli_test_util.h"
#include "tests/cli/data_pages_db.h"

namespace parley::cli_test {
namespace {

std::string Draw(const std::vector<std::string>& args) {
  RunResult r = OnDataPages(args);
  EXPECT_EQ(r.exit_code, 0) << r;
  return r.out;
}

size_t CodePoints(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// The lines of every HTML-like label of the nodes and edges (not the
// graph's title and legend, which wrap at 80 and 20), as a reader sees
// them: tags gone, entities read.
std::vector<std::string> LabelLines(const std::string& dot) {
  std::vector<std::string> lines;
  static const std::regex tag("<[^>]*>");
  for (const std::string& line : Lines(dot)) {
    if (line.find("graph [") != std::string::npos) continue;
    size_t start = line.find("label=<");
    if (start == std::string::npos) continue;
    start += 7;
    const size_t end = line.rfind('>');
    std::string label = line.substr(start, end - start);
    size_t pos = 0;
    const std::string br = "<BR ALIGN=\"LEFT\"/>";
    // Table rows and line breaks both end a line.
    label = std::regex_replace(label, std::regex("</TR>"), br);
    while (pos <= label.size()) {
      size_t next = label.find(br, pos);
      if (next == std::string::npos) next = label.size();
      std::string text =
          std::regex_replace(label.substr(pos, next - pos), tag, "");
      for (auto [from, to] :
           std::vector<std::pair<std::string, std::string>>{{"&lt;", "<"},
                                                            {"&gt;", ">"},
                                                            {"&quot;", "\""},
                                                            {"&amp;", "&"}}) {
        for (size_t at; (at = text.find(from)) != std::string::npos;)
          text.replace(at, from.size(), to);
      }
      if (!text.empty()) lines.push_back(text);
      pos = next + br.size();
    }
  }
  return lines;
}

std::string Python() {
  return fs::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
}

// The text of an SVG file as an XML parser reads it, or a failed run.
RunResult SvgText(const std::string& file) {
  return RunProgram(
      Python(), {"-c",
                 "import sys, xml.etree.ElementTree as E\n"
                 "root = E.parse(sys.argv[1]).getroot()\n"
                 "assert root.tag.endswith('svg'), root.tag\n"
                 "print(' '.join(t for t in root.itertext() if t.strip()))\n",
                 file});
}

TEST(CliDrawTest, LineageRanksVersionsByDateLeftToRight) {
  const std::string dot =
      Draw({"draw", "lineage", "buffer-zone", "--format", "dot"});
  EXPECT_NE(dot.find("rankdir=LR"), std::string::npos);
  // { rank=same; "date:1951-06-30"; v2; s1; }, in date order, and each
  // version box headed by the date of its rank.
  static const std::regex rank("\\{ rank=same; \"date:([^\"]*)\";([^}]*)\\}");
  std::vector<std::string> dates;
  std::map<std::string, std::string> date_of;  // vN -> rank date
  for (auto it = std::sregex_iterator(dot.begin(), dot.end(), rank);
       it != std::sregex_iterator(); ++it) {
    dates.push_back((*it)[1]);
    static const std::regex member(" (v[0-9]+);");
    const std::string members = (*it)[2];
    for (auto m = std::sregex_iterator(members.begin(), members.end(), member);
         m != std::sregex_iterator(); ++m) {
      date_of[(*m)[1]] = (*it)[1];
    }
  }
  ASSERT_GE(dates.size(), 5u);
  EXPECT_TRUE(std::is_sorted(dates.begin(), dates.end()));
  ASSERT_GE(date_of.size(), 5u);
  for (const auto& [node, date] : date_of) {
    const size_t at = dot.find("\n  " + node + " [");
    ASSERT_NE(at, std::string::npos) << node;
    const std::string line = dot.substr(at, dot.find('\n', at + 1) - at);
    EXPECT_NE(line.find("<B>" + date + " · point"), std::string::npos)
        << node << " is ranked at " << date << ": " << line;
  }
  // The agreed text is the last version, framed.
  const std::string last = "v" + std::to_string(date_of.size());
  EXPECT_EQ(date_of[last], dates.back());
  const size_t agreed = dot.find("AGREED TEXT");
  ASSERT_NE(agreed, std::string::npos);
  EXPECT_EQ(dot.rfind("\n  v", agreed), dot.find("\n  " + last + " ["));
}

TEST(CliDrawTest, LineageShowsChangesStancesAndALegend) {
  const std::string dot =
      Draw({"draw", "lineage", "buffer-zone", "--format", "dot"});
  EXPECT_NE(dot.find("<B>Legend</B>"), std::string::npos);
  for (const char* stance : {"accepts", "rejects", "insists"})
    EXPECT_NE(dot.find(std::string(">") + stance + "<"), std::string::npos)
        << "legend lacks " << stance;
  // What changed, on the arrow from Kim's point 2 to Razuvaev's point б.
  EXPECT_NE(dot.find("5–10 km"), std::string::npos);
  // Stalin's position, in the colour of acceptance.
  bool accepted = false;
  for (const std::string& line : Lines(dot)) {
    if (line.find("class=\"stance accepts\"") == std::string::npos) continue;
    accepted = true;
    EXPECT_NE(line.find("fillcolor=\"#d9f2d9\""), std::string::npos) << line;
    EXPECT_NE(line.find("Joseph Stalin"), std::string::npos) << line;
  }
  EXPECT_TRUE(accepted) << dot;
}

TEST(CliDrawTest, EveryLabelLineFitsFortyCharacters) {
  for (const std::vector<std::string>& view :
       {std::vector<std::string>{"lineage", "buffer-zone"},
        {"lineage", "prisoners", "--lang", "ru"},
        {"correspondence"},
        {"delegation"}}) {
    std::vector<std::string> args = {"draw"};
    args.insert(args.end(), view.begin(), view.end());
    args.insert(args.end(), {"--format", "dot"});
    const std::vector<std::string> lines = LabelLines(Draw(args));
    ASSERT_GT(lines.size(), 10u) << view[0];
    for (const std::string& line : lines)
      EXPECT_LE(CodePoints(line), 40u) << view[0] << ": " << line;
  }
}

TEST(CliDrawTest, CyrillicSurvivesIntoTheSvg) {
  TempDir dir;
  const std::string svg = dir.Path("lineage-ru.svg");
  RunResult r = OnDataPages(
      {"draw", "lineage", "buffer-zone", "--lang", "ru", "-o", svg});
  ASSERT_EQ(r.exit_code, 0) << r;
  RunResult text = SvgText(svg);
  ASSERT_EQ(text.exit_code, 0) << text;
  // Kim Il Sung's point 2 in the Russian original.
  EXPECT_NE(text.out.find("буферную"), std::string::npos) << text.out;
  EXPECT_NE(ReadBytes(svg).find("DejaVu Sans"), std::string::npos);
  const std::string delegation =
      Draw({"draw", "delegation", "--format", "dot"});
  EXPECT_NE(delegation.find("начальника генштаба"), std::string::npos);
}

TEST(CliDrawTest, SvgIsWellFormedAndHoldsTheClauseWords) {
  TempDir dir;
  for (const std::vector<std::string>& view :
       {std::vector<std::string>{"lineage", "buffer-zone"},
        {"correspondence"},
        {"delegation"}}) {
    const std::string svg = dir.Path(view[0] + ".svg");
    std::vector<std::string> args = {"draw"};
    args.insert(args.end(), view.begin(), view.end());
    args.insert(args.end(), {"-o", svg});
    RunResult r = OnDataPages(args);
    ASSERT_EQ(r.exit_code, 0) << r;
    EXPECT_NE(r.err.find("wrote " + svg), std::string::npos) << r;
    RunResult text = SvgText(svg);
    ASSERT_EQ(text.exit_code, 0) << view[0] << text;
    EXPECT_NE(text.out.find("Legend"), std::string::npos) << view[0];
    if (view[0] == "lineage") {
      EXPECT_NE(text.out.find("withdraw from the 38th parallel"),
                std::string::npos)
          << text.out;
    }
    if (view[0] == "correspondence") {
      EXPECT_NE(text.out.find("Kim Il Sung"), std::string::npos);
      EXPECT_NE(text.out.find("Joseph Stalin"), std::string::npos);
    }
    if (view[0] == "delegation") {
      EXPECT_NE(text.out.find("head of the delegation"), std::string::npos);
      EXPECT_NE(text.out.find("Nam Il"), std::string::npos);
    }
  }
}

TEST(CliDrawTest, PngByItsExtension) {
  TempDir dir;
  const std::string png = dir.Path("correspondence.png");
  RunResult r = OnDataPages({"draw", "correspondence", "-o", png});
  ASSERT_EQ(r.exit_code, 0) << r;
  EXPECT_EQ(ReadBytes(png).substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
}

TEST(CliDrawTest, CorrespondenceWeighsArrowsAndShowsRelays) {
  const std::string dot = Draw({"draw", "correspondence", "--format", "dot"});
  EXPECT_NE(dot.find("id=\"person:kim-il-sung\""), std::string::npos);
  EXPECT_NE(dot.find("documents"), std::string::npos);
  EXPECT_NE(dot.find("relayed"), std::string::npos) << dot;
  EXPECT_NE(dot.find("style=dashed"), std::string::npos);
  EXPECT_NE(dot.find("<B>Legend</B>"), std::string::npos);
}

TEST(CliDrawTest, ALimitDrawsTheFirstVersionsAndSaysHowManyMore) {
  RunResult r = OnDataPages(
      {"draw", "lineage", "buffer-zone", "--limit", "3", "--format", "dot"});
  ASSERT_EQ(r.exit_code, 0) << r;
  static const std::regex version("\n  v[0-9]+ \\[");
  EXPECT_EQ(
      std::distance(std::sregex_iterator(r.out.begin(), r.out.end(), version),
                    std::sregex_iterator()),
      3);
  EXPECT_NE(r.out.find("the first 3 of 11 versions"), std::string::npos);
  EXPECT_EQ(r.err, "… and 8 more versions; use --limit\n");
}

TEST(CliDrawTest, BadRequestsAreOneLine) {
  TempDir dir;
  RunResult extension =
      OnDataPages({"draw", "correspondence", "-o", dir.Path("x.txt")});
  EXPECT_EQ(extension.exit_code, 2) << extension;
  EXPECT_NE(extension.err.find("give --format"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir.Path("x.txt")));
  RunResult nothing = OnDataPages({"draw", "lineage", "zzzqqq"});
  EXPECT_EQ(nothing.exit_code, 1) << nothing;
  EXPECT_TRUE(nothing.out.empty());
}

}  // namespace
}  // namespace parley::cli_test
