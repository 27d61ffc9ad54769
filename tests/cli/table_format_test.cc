// The paper-table writers (cli/table_format.h) on hostile strings: LaTeX's
// special characters, CSV quotes and line breaks, Markdown pipes, cells a
// spreadsheet would run as formulas; and the escaping of control
// characters in front of standard output (cli/output.h).
#include "cli/table_format.h"

#include <gtest/gtest.h>

#include <iostream>
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

TEST(TableFormatTest, CsvNeutralisesFormulasButNotNumbers) {
  EXPECT_EQ(CsvField("=1+1"), "'=1+1");
  EXPECT_EQ(CsvField("+cmd"), "'+cmd");
  EXPECT_EQ(CsvField("-2+3"), "'-2+3");
  EXPECT_EQ(CsvField("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(CsvField("\tx"), "'\tx");
  EXPECT_EQ(CsvField("\rx"), "\"'\rx\"");
  EXPECT_EQ(CsvField("-"), "'-");
  EXPECT_EQ(CsvField("=HYPERLINK(\"a\",\"b\")"),
            "\"'=HYPERLINK(\"\"a\"\",\"\"b\"\")\"");
  // Numbers a spreadsheet reads as numbers stay numbers.
  EXPECT_EQ(CsvField("-3"), "-3");
  EXPECT_EQ(CsvField("+0.5"), "+0.5");
  EXPECT_EQ(CsvField("-1.2.3"), "'-1.2.3");
  // Inside the text, the characters are only text.
  EXPECT_EQ(CsvField("a=b"), "a=b");
  PaperTable t;
  t.columns = {"x", "y"};
  t.rows = {{"=cmd|' /C calc'!A0", "-0.45"}};
  std::ostringstream out;
  WriteCsv(out, t);
  EXPECT_EQ(out.str(), "x,y\r\n'=cmd|' /C calc'!A0,-0.45\r\n");
}

TEST(EscapeControlsTest, ShowsTerminalEscapesAndKeepsText) {
  EXPECT_EQ(EscapeControls("\x1b[2J"), "\\x1b[2J");
  EXPECT_EQ(EscapeControls("\x1b]0;pwned\x07"), "\\x1b]0;pwned\\x07");
  EXPECT_EQ(EscapeControls("\xc2\x9b"
                           "31m"),
            "\\u009b31m");  // C1 CSI
  EXPECT_EQ(EscapeControls("a\x7f\x08\x01"), "a\\x7f\\x08\\x01");
  EXPECT_EQ(EscapeControls("evil\xe2\x80\xaetxt"), "evil\\u202etxt");  // RLO
  EXPECT_EQ(EscapeControls("a\xe2\x80\xa8"
                           "b"),
            "a\\u2028b");
  // Newline and tab as they are; CR only as part of CRLF.
  EXPECT_EQ(EscapeControls("a\tb\nc\r\nd\re"), "a\tb\nc\r\nd\\x0de");
  EXPECT_EQ(EscapeControls("end\r"), "end\\x0d");
  // Text of every script, and a backslash, unchanged.
  const std::string text = "Ким Ир Сен 金日成 김일성 → \\ «»";
  EXPECT_EQ(EscapeControls(text), text);
}

TEST(EscapeControlsTest, ShowsMalformedUtf8ByteByByte) {
  EXPECT_EQ(EscapeControls("a\xff"
                           "b"),
            "a\\xffb");
  EXPECT_EQ(EscapeControls("\xe2\x82"), "\\xe2\\x82");           // cut short
  EXPECT_EQ(EscapeControls("\xed\xa0\x80"), "\\xed\\xa0\\x80");  // surrogate
  EXPECT_EQ(EscapeControls("\xc0\xaf"), "\\xc0\\xaf");           // overlong
}

TEST(EscapeControlsTest, StreamWaitsForTheRestOfACharacter) {
  std::string out;
  // "Ж" cut after its first byte: nothing of it is decided yet.
  EXPECT_EQ(AppendEscapedControls("a\xd0", false, out), 1u);
  EXPECT_EQ(out, "a");
  // A CR at the end may be a CRLF.
  out.clear();
  EXPECT_EQ(AppendEscapedControls("a\r", false, out), 1u);
  out.clear();
  EXPECT_EQ(AppendEscapedControls("a\xd0", true, out), 2u);
  EXPECT_EQ(out, "a\\xd0");
}

// What std::cout and std::cerr print while the escaping is in place.
class EscapedStreamsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    old_out_ = std::cout.rdbuf(out_.rdbuf());
    old_err_ = std::cerr.rdbuf(err_.rdbuf());
  }
  void TearDown() override {
    std::cout.rdbuf(old_out_);
    std::cerr.rdbuf(old_err_);
  }
  std::ostringstream out_, err_;
  std::streambuf* old_out_ = nullptr;
  std::streambuf* old_err_ = nullptr;
};

TEST_F(EscapedStreamsTest, EscapesWhatIsWrittenPieceByPiece) {
  {
    EscapedStandardStreams escaped;
    std::cout << "title: "
              << "\x1b]0;pwned\x07" << '\n';
    // A character written one byte at a time is one character.
    for (char c : std::string("Ж\xc2\x9b")) std::cout << c;
    std::cout << "x,y\r"
              << "\n";
    std::cerr << "parley: a\x1b[2J.txt: not UTF-8\n";
    std::cout << "cut \xd0";  // left cut at the end: shown as a byte
  }
  EXPECT_EQ(out_.str(), "title: \\x1b]0;pwned\\x07\nЖ\\u009bx,y\r\ncut \\xd0");
  EXPECT_EQ(err_.str(), "parley: a\\x1b[2J.txt: not UTF-8\n");
  // The streams are back as they were.
  EXPECT_EQ(std::cout.rdbuf(), out_.rdbuf());
}

TEST_F(EscapedStreamsTest, UnescapedOutputPassesJsonAndColoursAsTheyAre) {
  {
    EscapedStandardStreams escaped;
    std::cout << "\x1b[1m";
    {
      UnescapedOutput raw;
      std::cout << "\x1b[31m\xc2\x9b";
    }
    std::cout << "\x1b[0m";
  }
  EXPECT_EQ(out_.str(), "\\x1b[1m\x1b[31m\xc2\x9b\\x1b[0m");
}

TEST(TableFormatTest, FormatNames) {
  EXPECT_EQ(ParseTableFormat("md"), TableFormat::kMarkdown);
  EXPECT_EQ(ParseTableFormat("LaTeX"), TableFormat::kLatex);
  EXPECT_EQ(ParseTableFormat("csv"), TableFormat::kCsv);
  EXPECT_FALSE(ParseTableFormat("xml").has_value());
}

}  // namespace
}  // namespace parley::cli
