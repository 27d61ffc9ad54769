// The paper-table writers (cli/table_format.h) on hostile strings: LaTeX's
// special characters, CSV quotes and line breaks, Markdown pipes.
#include "cli/table_format.h"

#include <gtest/gtest.h>

#include <sstream>

#include "cli/output.h"

namespace parley::cli {
namespace {

TEST(TableFormatTest, LatexEscapesEverySpecialCharacterAndKeepsCyrillic) {
  EXPECT_EQ(LatexEscape("a & b % c $ d # e _ f { g } h"),
            "a \\& b \\% c \\$ d \\# e \\_ f \\{ g \\} h");
  EXPECT_EQ(LatexEscape("~^\\"),
            "\\textasciitilde{}\\textasciicircum{}\\textbackslash{}");
  EXPECT_EQ(LatexEscape("Пятый пункт\nнадо"), "Пятый пункт надо");
  // A backslash followed by a brace stays two escaped characters.
  EXPECT_EQ(LatexEscape("\\{"), "\\textbackslash{}\\{");
}

TEST(TableFormatTest, LatexTableHasOneRowPerLineAndNoBareSpecials) {
  PaperTable t;
  t.caption = "50% of #1 & more";
  t.columns = {"a_b", "c"};
  t.rows = {{"x & y", "{z}"}, {"only one"}};
  std::ostringstream out;
  WriteLatex(out, t);
  std::string tex = out.str();
  EXPECT_NE(tex.find("\\caption{50\\% of \\#1 \\& more}"), std::string::npos);
  EXPECT_NE(tex.find("\\textbf{a\\_b} & \\textbf{c} \\\\"), std::string::npos);
  EXPECT_NE(tex.find("x \\& y & \\{z\\} \\\\"), std::string::npos);
  EXPECT_NE(tex.find("only one &  \\\\"), std::string::npos);  // padded
}

TEST(TableFormatTest, CsvQuotesPerRfc4180) {
  EXPECT_EQ(CsvField("plain"), "plain");
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvField("say \"no\""), "\"say \"\"no\"\"\"");
  EXPECT_EQ(CsvField("two\nlines"), "\"two\nlines\"");
  PaperTable t;
  t.columns = {"x", "y"};
  t.rows = {{"1", "a,\"b\""}};
  std::ostringstream out;
  WriteCsv(out, t);
  EXPECT_EQ(out.str(), "x,y\r\n1,\"a,\"\"b\"\"\"\r\n");
}

TEST(TableFormatTest, MarkdownEscapesPipesAndLineBreaks) {
  EXPECT_EQ(MarkdownCell("a|b\\c\nd"), "a\\|b\\\\c<br>d");
  PaperTable t;
  t.columns = {"x"};
  t.rows = {{"1 | 2"}};
  std::ostringstream out;
  WriteMarkdown(out, t);
  EXPECT_EQ(out.str(), "| x |\n| --- |\n| 1 \\| 2 |\n");
}

TEST(TableFormatTest, FormatNames) {
  EXPECT_EQ(ParseTableFormat("md"), TableFormat::kMarkdown);
  EXPECT_EQ(ParseTableFormat("LaTeX"), TableFormat::kLatex);
  EXPECT_EQ(ParseTableFormat("csv"), TableFormat::kCsv);
  EXPECT_FALSE(ParseTableFormat("xml").has_value());
}

}  // namespace
}  // namespace parley::cli
