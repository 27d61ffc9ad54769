// Hostile text end to end (issue 10, §4): names, titles, clause texts and
// file names carrying terminal escapes (ESC [ 2 J, an OSC title ended by
// BEL, the C1 CSI U+009B), other control characters, a right-to-left
// override and invalid UTF-8 reach no terminal raw from any command's text
// output: each is shown escaped ("\x1b", "\u009b"). CSV cells a spreadsheet
// would run as formulas are neutralised with a leading quote, and JSON keeps
// the data as it is.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tests/cli/cli_test_util.h"
#include "text/utf8.h"

namespace parley::cli_test {
namespace {

using nlohmann::json;

// Every kind of hostile character, as JSON writes it: clear screen, a window
// title ended by BEL, C1 CSI with an SGR, a right-to-left override, DEL and
// backspace.
constexpr const char* kEscapesJson =
    "\\u001b[2J\\u001b]0;pwned\\u0007\\u009b31m\\u202e\\u007f\\u0008";
// The forms the same characters take in table output.
const std::vector<std::string> kEscapedForms = {
    "\\x1b[2J", "\\x1b]0;pwned\\x07", "\\u009b31m", "\\u202e", "\\x7f",
    "\\x08"};

// A JSON document: a title starting as a spreadsheet formula, an author and
// proposer whose name starts as one, clause texts that start as one; every
// string carries the escapes.
std::string HostileDocument(const std::string& date, const std::string& tail) {
  const std::string e = kEscapesJson;
  return R"({
  "format": "parley-document",
  "version": 1,
  "document": {
    "type": "letter",
    "number": "x)" +
         date + R"(",
    "date": ")" +
         date + R"(",
    "title": "@SUM(1+1) Hostile title )" +
         e + R"(",
    "authors": ["=HYPERLINK(1) Evil )" +
         e + R"( Person"],
    "recipients": ["Mao Zedong"],
    "summary": "-2+3 summary )" +
         e + R"("
  },
  "clauses": [
    {"ordinal": "1",
     "text": {"en": "=cmd|' /C calc'!A0 the demarcation line )" +
         e + R"( shall be moved )" + tail + R"("},
     "proposer": "=HYPERLINK(1) Evil )" +
         e + R"( Person"}
  ]
}
)";
}

// Where `out` lets through what a terminal acts on: a control character
// other than newline and tab (a CR only before a LF in CSV), a C1 control, a
// right-to-left override, or malformed UTF-8. "" when it lets none through.
std::string RawControl(const std::string& out, bool csv = false) {
  auto at = [&](size_t i, const std::string& what) {
    size_t from = i < 20 ? 0 : i - 20;
    return what + " at byte " + std::to_string(i) + " after \"" +
           out.substr(from, i - from) + "\"";
  };
  for (size_t i = 0; i < out.size(); ++i) {
    const unsigned char b = static_cast<unsigned char>(out[i]);
    if (b == '\n' || b == '\t') continue;
    if (b == '\r' && csv && i + 1 < out.size() && out[i + 1] == '\n') continue;
    if (b < 0x20 || b == 0x7F) return at(i, "control " + std::to_string(b));
    if (b == 0xC2 && i + 1 < out.size() &&
        static_cast<unsigned char>(out[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(out[i + 1]) <= 0x9F) {
      return at(i, "C1 control");
    }
    if (out.compare(i, 3, "\xE2\x80\xAE") == 0) return at(i, "RLO");
  }
  if (!text::IsValidUtf8(out)) return "malformed UTF-8";
  return "";
}

// The cells of CSV `out` (RFC 4180) that a spreadsheet would evaluate.
std::vector<std::string> FormulaCells(const std::string& out) {
  std::vector<std::string> cells, formulas;
  std::string cell;
  bool quoted = false, start = true;
  for (size_t i = 0; i < out.size(); ++i) {
    char c = out[i];
    if (quoted) {
      if (c == '"' && i + 1 < out.size() && out[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cell += c;
      }
      continue;
    }
    if (c == '"' && start) {
      quoted = true;
      start = false;
    } else if (c == ',' || c == '\n') {
      cells.push_back(cell);
      cell.clear();
      start = true;
    } else if (c != '\r') {
      cell += c;
      start = false;
    }
  }
  cells.push_back(cell);
  for (const std::string& c : cells) {
    if (!c.empty() && std::string("=+-@\t\r").find(c[0]) != std::string::npos)
      formulas.push_back(c);
  }
  return formulas;
}

class HostileTextTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    // The file names carry escapes and a byte that is not UTF-8.
    first_ = dir_->Write("a\x1b[2J\x07\xff.json",
                         HostileDocument("1951-07-05", "first"));
    second_ = dir_->Write(
        "b\xc2\x9b"
        "31m.json",
        HostileDocument("1951-07-09", "second version"));
    import_ = RunParleyOn(dir_->db(), {"import", SeedPage(), first_, second_});
    std::string exported = ExportJson(dir_->db());
    json graph = json::parse(exported, nullptr, false);
    for (const json& n : graph["nodes"]) {
      std::string label = n.value("label", "");
      std::string id = n.value("id", "");
      std::string kind = n.value("kind", "");
      if (kind == "Person" && label.find("Evil") != std::string::npos)
        person_ = id;
      if (kind == "Document" &&
          label.find("Hostile title") != std::string::npos)
        (document_.empty() ? document_ : document2_) = id;
      if (kind == "Clause" && id.find("1951-07-0") != std::string::npos &&
          id.find("letter-x") != std::string::npos) {
        (clause_.empty() ? clause_ : clause2_) = id;
      }
    }
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }

  // Runs `args` on the database; the output must hold no raw control.
  static RunResult Query(const std::vector<std::string>& args,
                         bool csv = false) {
    RunResult r = RunParleyOn(dir_->db(), args);
    EXPECT_EQ(RawControl(r.out, csv), "") << ::testing::PrintToString(args);
    EXPECT_EQ(RawControl(r.err), "") << ::testing::PrintToString(args);
    return r;
  }

  static TempDir* dir_;
  static std::string first_, second_;
  static RunResult import_;
  static std::string person_, document_, document2_, clause_, clause2_;
};

TempDir* HostileTextTest::dir_ = nullptr;
std::string HostileTextTest::first_, HostileTextTest::second_;
RunResult HostileTextTest::import_;
std::string HostileTextTest::person_, HostileTextTest::document_,
    HostileTextTest::document2_, HostileTextTest::clause_,
    HostileTextTest::clause2_;

TEST_F(HostileTextTest, ImportReportEscapesFileNames) {
  ASSERT_EQ(import_.exit_code, 0) << import_;
  ASSERT_FALSE(person_.empty());
  ASSERT_FALSE(document_.empty());
  ASSERT_FALSE(clause_.empty());
  EXPECT_EQ(RawControl(import_.out), "");
  EXPECT_EQ(RawControl(import_.err), "");
  EXPECT_NE(import_.out.find("a\\x1b[2J\\x07\\xff.json"), std::string::npos)
      << import_;
  EXPECT_NE(import_.out.find("b\\u009b31m.json"), std::string::npos) << import_;
}

TEST_F(HostileTextTest, DryRunEscapesNamesTitlesAndTexts) {
  RunResult r = RunParleyOn(dir_->Path("dry.db"),
                            {"import", "--dry-run", first_, second_});
  EXPECT_EQ(r.exit_code, 0) << r;
  EXPECT_EQ(RawControl(r.out), "");
  EXPECT_EQ(RawControl(r.err), "");
  EXPECT_NE(r.out.find("a\\x1b[2J\\x07\\xff.json"), std::string::npos) << r;
  for (const std::string& form : kEscapedForms)
    EXPECT_NE(Unwrapped(r.out).find(form), std::string::npos) << form;
}

TEST_F(HostileTextTest, ErrorLinesEscapeFileNames) {
  std::string broken =
      dir_->Write("c\x1b]0;owned\x07\xfe.json", "{\"format\": \x1b[2J");
  RunResult r = RunParleyOn(dir_->Path("broken.db"), {"import", broken});
  EXPECT_EQ(r.exit_code, 2) << r;
  EXPECT_EQ(RawControl(r.err), "");
  EXPECT_NE(r.err.find("parley: "), std::string::npos) << r;
  EXPECT_NE(r.err.find("c\\x1b]0;owned\\x07\\xfe.json"), std::string::npos)
      << r;
  // A name given on the command line and echoed in "no node".
  RunResult q = Query({"show", "no\x1b[2Jsuch\xc2\x9bnode"});
  EXPECT_EQ(q.exit_code, 1) << q;
  EXPECT_NE(q.err.find("no\\x1b[2Jsuch\\u009bnode"), std::string::npos) << q;
}

TEST_F(HostileTextTest, ShowEscapesEveryField) {
  for (const std::string& id : {person_, document_, clause_}) {
    RunResult r = Query({"show", id});
    EXPECT_EQ(r.exit_code, 0) << r;
    for (const std::string& form : kEscapedForms)
      EXPECT_NE(Unwrapped(r.out).find(form), std::string::npos)
          << id << ": " << form << "\n"
          << r;
  }
}

TEST_F(HostileTextTest, ShowWritesCsvWithFormulasNeutralised) {
  RunResult r = Query({"show", clause_, "--format", "csv"}, true);
  ASSERT_EQ(r.exit_code, 0) << r;
  EXPECT_EQ(r.out.rfind("what,key,value,document,lang,start,end\r\n", 0), 0u)
      << r;
  EXPECT_NE(r.out.find("id,," + clause_ + ",,,,\r\n"), std::string::npos) << r;
  EXPECT_NE(r.out.find("text,en,'=cmd|"), std::string::npos) << r;
  EXPECT_NE(r.out.find("\\x1b[2J"), std::string::npos) << r;
  EXPECT_EQ(FormulaCells(r.out), std::vector<std::string>{});
  RunResult doc = Query({"show", document_, "--format", "csv"}, true);
  EXPECT_NE(doc.out.find("label,,'@SUM(1+1) Hostile title"), std::string::npos)
      << doc;
  EXPECT_NE(doc.out.find("'-2+3 summary"), std::string::npos) << doc;
  EXPECT_EQ(FormulaCells(doc.out), std::vector<std::string>{});
}

TEST_F(HostileTextTest, QueryCommandsEscapeTableOutput) {
  const std::vector<std::vector<std::string>> commands = {
      {"who-proposed", "demarcation"},
      {"who-proposed", "--by", person_},
      {"who-proposed", "--by", person_, "--summary"},
      {"timeline"},
      {"timeline", "--person", person_},
      {"search", "demarcation"},
      {"trace", clause_},
      {"neighbors", person_},
      {"neighbors", document_, "--depth", "2"},
      {"path", person_, "Mao Zedong"},
      {"stances"},
      {"stances", "--by", person_},
      {"compare", clause_, clause2_},
      {"compare", clause_, clause2_, "--format", "md"},
      {"cite", document_},
      {"stats"},
  };
  for (const auto& args : commands) {
    RunResult r = Query(args);
    EXPECT_NE(r.exit_code, 2) << r;
  }
  // The answers that hold the hostile strings show them escaped.
  for (const auto& args :
       std::vector<std::vector<std::string>>{{"who-proposed", "--by", person_},
                                             {"timeline", "--person", person_},
                                             {"trace", clause_},
                                             {"neighbors", document_},
                                             {"path", person_, "Mao Zedong"},
                                             {"compare", clause_, clause2_},
                                             {"cite", document_}}) {
    RunResult r = Query(args);
    EXPECT_EQ(r.exit_code, 0) << r;
    EXPECT_NE(Unwrapped(r.out).find("\\x1b[2J"), std::string::npos) << r;
  }
}

TEST_F(HostileTextTest, CompareColoursOnlyItsOwnDiff) {
  RunResult r = RunParleyOn(
      dir_->db(), {"compare", clause_, clause2_, "--color", "always"});
  ASSERT_EQ(r.exit_code, 0) << r;
  std::string out = r.out;
  // The only ESC left are compare's own colours.
  for (const std::string sgr : {"\x1b[31;9m", "\x1b[32;1m", "\x1b[0m"}) {
    for (size_t at; (at = out.find(sgr)) != std::string::npos;)
      out.erase(at, sgr.size());
  }
  EXPECT_NE(r.out.size(), out.size()) << "no colour at all";
  EXPECT_EQ(RawControl(out), "");
}

TEST_F(HostileTextTest, CsvOutputsNeutraliseFormulasAndEscapeControls) {
  const std::vector<std::vector<std::string>> commands = {
      {"who-proposed", "--by", person_, "--format", "csv"},
      {"who-proposed", "demarcation", "--format", "csv"},
      {"timeline", "--person", person_, "--format", "csv"},
      {"search", "demarcation", "--format", "csv"},
      {"trace", clause_, "--format", "csv"},
      {"neighbors", document_, "--format", "csv"},
      {"path", person_, "Mao Zedong", "--format", "csv"},
      {"stances", "--format", "csv"},
      {"cite", document_, "--format", "csv"},
      {"stats", "--format", "csv"},
  };
  for (const auto& args : commands) {
    RunResult r = Query(args, true);
    EXPECT_NE(r.exit_code, 2) << r;
    EXPECT_EQ(FormulaCells(r.out), std::vector<std::string>{}) << r;
  }
  RunResult who = Query(commands[0], true);
  EXPECT_NE(who.out.find("'=HYPERLINK(1) Evil \\x1b[2J"), std::string::npos)
      << who;
}

TEST_F(HostileTextTest, PaperTablesEscapeControls) {
  for (const std::string format : {"md", "latex"}) {
    Query({"who-proposed", "--by", person_, "--format", format});
    Query({"trace", clause_, "--format", format});
    Query({"stances", "--format", format});
  }
}

TEST_F(HostileTextTest, JsonKeepsTheDataAsItIs) {
  RunResult r = RunParleyOn(dir_->db(), {"show", clause_, "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r;
  json j = json::parse(r.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << r;
  std::string text = j["props"]["text"]["en"].get<std::string>();
  EXPECT_NE(text.find("\x1b[2J\x1b]0;pwned\x07\xc2\x9b"
                      "31m\xe2\x80\xae\x7f\b"),
            std::string::npos)
      << text;
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"who-proposed", "--by", person_, "--format", "json"},
           {"timeline", "--format", "json"},
           {"search", "demarcation", "--format", "json"},
           {"neighbors", person_, "--format", "json"},
           {"path", person_, "Mao Zedong", "--format", "json"},
           {"compare", clause_, clause2_, "--format", "json"},
           {"cite", document_, "--format", "json"}}) {
    RunResult q = RunParleyOn(dir_->db(), args);
    EXPECT_EQ(q.exit_code, 0) << q;
    EXPECT_FALSE(json::parse(q.out, nullptr, false).is_discarded()) << q;
  }
}

}  // namespace
}  // namespace parley::cli_test
