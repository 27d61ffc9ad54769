// The bad-input matrix (issue 10): every input a user or an attacker may
// hand Parley, one row each, with what must happen — the exit code, the
// start of the one line on stderr, whether the database is unchanged, and
// whether the other files of the same command are still imported. Rows that
// pass today stay in the table, so that they keep passing.
//
// A file row runs `parley import FILE` on a database that holds one page,
// then `parley import FILE SEED`. A command row runs its own command on a
// database its setup prepares (or none); "unchanged" is then the bytes of
// the database's files, RocksDB's own LOG files aside.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "storage/detail/keys.h"
#include "storage/detail/testing.h"
#include "storage/store.h"
#include "tests/cli/cli_test_util.h"

namespace parley::cli_test {
namespace {

enum class Expect { kYes, kNo, kNotApplicable };

// What a row's setup made: the arguments after `--db DB`, and the input the
// message names ({input} in Row::message).
struct Input {
  std::vector<std::string> args;
  std::string input;
};

struct Row {
  std::string name;
  // Prepares the input in `dir` (and, for a command row, the database
  // `db`, which holds the first page when the row is a file row).
  std::function<Input(const TempDir& dir, const std::string& db)> setup;
  int exit_code;
  // The start of the single stderr line after "parley: ", with {input} and
  // {db} replaced; "" when nothing may be printed on stderr.
  std::string message;
  Expect unchanged;
  Expect others_imported;
  bool file_row = true;  // `import FILE`, run again with the seed beside it
};

void PrintTo(const Row& row, std::ostream* os) { *os << row.name; }

std::string FirstPage() {
  return (TestDataDir() / "corpus" / "1951-07-03-telegram-3950.txt").string();
}

// --- inputs -----------------------------------------------------------------

// A row that imports the file `name` holding `bytes`.
std::function<Input(const TempDir&, const std::string&)> File(
    std::string name, std::string bytes) {
  return [name, bytes](const TempDir& dir, const std::string&) {
    std::string path = dir.Write(name, bytes);
    return Input{{"import", path}, path};
  };
}

// The seed with `line` (1-based) replaced by `replacement`.
std::string SeedWithLine(int line, const std::string& replacement) {
  std::vector<std::string> lines = Lines(ReadBytes(SeedPage()));
  lines.at(line - 1) = replacement;
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

// The seed with its first `from` replaced by `to`.
std::string SeedWith(const std::string& from, const std::string& to) {
  std::string page = ReadBytes(SeedPage());
  page.replace(page.find(from), from.size(), to);
  return page;
}

// A JSON document with `version`, `date`, `copies` and `clauses` as given.
std::string JsonDocument(const std::string& version, const std::string& date,
                         const std::string& copies,
                         const std::string& clauses) {
  return R"({"format": "parley-document", "version": )" + version +
         R"(, "document": {"type": "proposal", "date": ")" + date +
         R"(", "title": "Draft", "authors": ["Kim Il Sung"], "copies": )" +
         copies + R"(}, "clauses": )" + clauses + "}\n";
}

const char kOneClause[] = R"([{"ordinal": "1", "text": {"en": "Ceasefire."}}])";

std::string JsonWithClauses(const std::string& clauses) {
  return JsonDocument("1", "1951-07-03", "[]", clauses);
}

std::string JsonWithDocument(const std::string& document) {
  return R"({"format": "parley-document", "version": 1, "document": )" +
         document + R"(, "clauses": )" + kOneClause + "}";
}

std::string TruncatedJson() {
  std::string doc = JsonDocument("1", "1953-07-27", "[]", kOneClause);
  return doc.substr(0, doc.find("Ceasefire"));
}

// A page of the seed's header and `body` after it.
std::string SeedHeaderAnd(const std::string& body) {
  std::string page = ReadBytes(SeedPage());
  return page.substr(0, page.find("1.")) + body;
}

std::string NumberedPoints(int count) {
  std::string body;
  for (int i = 1; i <= count; ++i) {
    body += std::to_string(i) + ". Both sides withdraw " + std::to_string(i) +
            " km from the line.\n";
  }
  return SeedHeaderAnd(body);
}

std::string NamesOnOneLine(int count) {
  std::string line = "Present:";
  const char* names[] = {" Stalin,", " Molotov,", " Mao Zedong,",
                         " Kim Il Sung,", " Peng Dehuai,"};
  for (int i = 0; i < count; ++i) line += names[i % 5];
  return SeedHeaderAnd(line + "\n1. Both sides cease fire.\n");
}

std::string BillionLaughsTei() {
  std::string entities = "<!ENTITY a0 \"ha\">";
  for (int i = 1; i < 10; ++i) {
    std::string ref = "&a" + std::to_string(i - 1) + ";";
    std::string value;
    for (int k = 0; k < 10; ++k) value += ref;
    entities += "<!ENTITY a" + std::to_string(i) + " \"" + value + "\">";
  }
  return "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [" + entities +
         "]>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>"
         "<div type=\"document\" xml:id=\"d1\"><head>Telegram, July 3, 1951 "
         "&a9;</head><p>1. Both sides cease fire.</p></div></body></text>"
         "</TEI>\n";
}

// A row that runs `args` (with {input} as the input) on a database that
// `prepare` leaves in some state.
std::function<Input(const TempDir&, const std::string&)> Command(
    std::function<void(const TempDir&, const std::string&)> prepare,
    std::vector<std::string> args) {
  return [prepare, args](const TempDir& dir, const std::string& db) {
    prepare(dir, db);
    return Input{args, db};
  };
}

void ImportSeed(const TempDir&, const std::string& db) {
  RunResult r = RunParleyOn(db, {"import", SeedPage()});
  ASSERT_EQ(r.exit_code, 0) << r;
}

void NoDatabase(const TempDir&, const std::string&) {}

void SetSchemaVersion(const std::string& db, uint32_t version) {
  auto store = storage::Store::Open(db);
  ASSERT_TRUE(store.ok()) << store.status().message();
  ASSERT_TRUE(storage::detail::PutRawForTesting(
                  **store, "meta", storage::detail::kSchemaVersionKey,
                  storage::detail::EncodeUint32(version))
                  .ok());
}

// --- the table
// ----------------------------------------------------------------

std::vector<Row> Rows() {
  const Expect kYes = Expect::kYes, kNo = Expect::kNo,
               kNa = Expect::kNotApplicable;
  std::vector<Row> rows = {
      // Files that are no pages.
      {"EmptyFile", File("empty.txt", ""), 2, "{input}: empty file", kYes,
       kYes},
      {"BlankFile", File("blank.txt", "\n   \n\t\n"), 2, "{input}: empty file",
       kYes, kYes},
      {"BinaryAfterADate",
       File("scan.txt", std::string("July 3, 1951\nPNG\r\n\0\0\0\rIHDR", 26)),
       2, "{input}: binary file", kYes, kYes},
      {"PngImage",
       File("scan.png.txt",
            std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x02\x80", 20)),
       2, "{input}: binary file", kYes, kYes},
      {"NulByteInAPage",
       File("nul.txt", std::string("July 3, 1951\na\0b\n", 17)), 2,
       "{input}: binary file (NUL byte on line 2)", kYes, kYes},
      {"Utf16Json", File("utf16.json", std::string("\xff\xfe{\0}\0", 6)), 2,
       "{input}: binary file", kYes, kYes},
      {"Latin1Line",
       File("latin1.txt",
            SeedWithLine(7,
                         "Ciphered Telegram No. 21404, Mao Zedong to Cde. "
                         "Filippov \xe0 Moscou")),
       2, "{input}: invalid UTF-8 on line 7", kYes, kYes},
      {"NotAPageAtAll",
       File("notes.txt",
            "My notes on the talks at Kaesong.\nTo read again tomorrow.\n"),
       2, "{input}: no date anywhere", kYes, kYes},
      {"PageWhoseOnlyDateIsImpossible",
       File("note.txt", "A note of the talks\nwritten on 30.2.1951\n"), 2,
       "{input}: no date anywhere", kYes, kYes},
      {"MalformedXml",
       File("broken.xml", "<?xml version=\"1.0\"?><TEI><text><body><div>"), 2,
       "{input}: no date anywhere", kYes, kYes},
      {"TeiWithoutDocuments",
       File("empty.xml",
            "<?xml version=\"1.0\"?><TEI "
            "xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body></body>"
            "</text></TEI>"),
       2, "{input}: line 1: no <div type=\"document\">", kYes, kYes},

      // JSON documents: syntax, then schema.
      {"TruncatedJson", File("agreement.json", TruncatedJson()), 2,
       "{input}: line 1: invalid JSON", kYes, kYes},
      {"JsonTrailingGarbage",
       File("trailing.json", R"({"format": "parley-document"} x)"), 2,
       "{input}: line 1: invalid JSON", kYes, kYes},
      {"JsonNaN",
       File("nan.json", R"({"format": "parley-document", "version": NaN})"), 2,
       "{input}: line 1: invalid JSON", kYes, kYes},
      {"JsonVersionPastEveryDouble",
       File("version.json",
            JsonDocument("1e400", "1951-07-03", "[]", kOneClause)),
       2, "{input}: line 1: invalid JSON: number 1e400 is out of range", kYes,
       kYes},
      {"JsonNested100000Deep",
       File("deep.json", std::string(100000, '[') + std::string(100000, ']')),
       2, "{input}: format: expected \"parley-document\"", kYes, kYes},
      {"JsonArray", File("array.json", "[]"), 2,
       "{input}: format: expected \"parley-document\"", kYes, kYes},
      {"JsonFormatAsANumber", File("format.json", R"({"format": 1})"), 2,
       "{input}: format: expected a string, got number", kYes, kYes},
      {"JsonOfAnotherFormat",
       File("graph.json", R"({"format": "parley-graph", "version": 1})"), 2,
       "{input}: format: expected \"parley-document\"", kYes, kYes},
      {"JsonVersion2",
       File("v2.json", R"({"format": "parley-document", "version": 2})"), 2,
       "{input}: version: expected 1", kYes, kYes},
      {"JsonWithoutDocument",
       File("nodoc.json", R"({"format": "parley-document", "version": 1})"), 2,
       "{input}: document: expected an object", kYes, kYes},
      {"JsonDateAsANumber",
       File("dated.json",
            JsonWithDocument(R"({"type": "agreement", "date": 19530727,
                "title": "Armistice", "authors": ["Kim Il Sung"]})")),
       2, "{input}: document.date: expected a string, got number", kYes, kYes},
      {"JsonDateNotOnTheCalendar",
       File("armistice.json",
            JsonDocument("1", "1953-02-30", "[]", kOneClause)),
       2, "{input}: document.date: expected an ISO date", kYes, kYes},
      {"JsonMonth13",
       File("month13.json", JsonDocument("1", "1951-13-01", "[]", kOneClause)),
       2, "{input}: document.date: expected an ISO date", kYes, kYes},
      {"JsonAuthorsAString",
       File("authors.json",
            JsonWithDocument(R"({"type": "proposal", "date": "1951-07-03",
                "title": "Draft", "authors": "Kim Il Sung"})")),
       2, "{input}: document.authors: expected an array, got string", kYes,
       kYes},
      {"JsonCountAsAString",
       File(
           "count.json",
           JsonDocument("1", "1951-07-03",
                        R"([{"name": "Stalin", "count": "two"}])", kOneClause)),
       2, "{input}: document.copies[0].count: expected an integer, got string",
       kYes, kYes},
      {"JsonCountOf10To30",
       File(
           "copies.json",
           JsonDocument(
               "1", "1951-07-03",
               R"([{"name": "Stalin", "count": 1000000000000000000000000000000}])",
               kOneClause)),
       2, "{input}: document.copies[0].count: 1e+30 is out of range", kYes,
       kYes},
      {"JsonCountZero",
       File("zero.json",
            JsonDocument("1", "1951-07-03",
                         R"([{"name": "Stalin", "count": 0}])", kOneClause)),
       2, "{input}: document.copies[0].count: 0 is out of range", kYes, kYes},
      {"JsonNegativeCount",
       File("negative.json",
            JsonDocument("1", "1951-07-03",
                         R"([{"name": "Stalin", "count": -2}])", kOneClause)),
       2, "{input}: document.copies[0].count: -2 is out of range", kYes, kYes},
      {"JsonClauseWithoutText",
       File("notext.json", JsonWithClauses(R"([{"ordinal": "1"}])")), 2,
       "{input}: clauses[0].text: expected", kYes, kYes},
      {"JsonClauseTextAString",
       File("textstring.json",
            JsonWithClauses(R"([{"ordinal": "1", "text": "Ceasefire."}])")),
       2, "{input}: clauses[0].text: expected an object", kYes, kYes},
      {"JsonTwoClausesWithOneOrdinal",
       File("ordinals.json",
            JsonWithClauses(R"([{"ordinal": "1", "text": {"en": "Ceasefire."}},
                                {"ordinal": "1", "text": {"en": "Withdrawal."}}])")),
       2, "{input}: clauses[1].ordinal: ordinal \"1\" is already clauses[0]'s",
       kYes, kYes},
      {"JsonOrdinalPast64Bits",
       File(
           "ordinal.json",
           JsonWithClauses(
               R"([{"ordinal": 99999999999999999999999, "text": {"en": "Ceasefire."}}])")),
       2, "{input}: clauses[0].ordinal:", kYes, kYes},

      // What a path may be besides a page.
      {"MissingFile",
       [](const TempDir& dir, const std::string&) {
         std::string path = dir.Path("no-such-page.txt");
         return Input{{"import", path}, path};
       },
       2, "{input}: cannot open file (No such file or directory)", kYes, kYes},
      {"Fifo",
       [](const TempDir& dir, const std::string&) {
         std::string path = dir.Path("x.txt");
         EXPECT_EQ(mkfifo(path.c_str(), 0644), 0);
         return Input{{"import", path}, path};
       },
       2, "{input}: not a regular file (a FIFO)", kYes, kYes},
      {"DevZero",
       [](const TempDir&, const std::string&) {
         return Input{{"import", "/dev/zero"}, "/dev/zero"};
       },
       2, "{input}: not a regular file (a device)", kYes, kYes},
      {"FilePast64MiB",
       [](const TempDir& dir, const std::string&) {
         std::string path = dir.Write("huge.txt", "");
         fs::resize_file(path, (64u << 20) + 1);  // sparse
         return Input{{"import", path}, path};
       },
       2, "{input}: file too large (more than 64 MiB", kYes, kYes},
      {"PagePastMaxPageSize",
       [](const TempDir& dir, const std::string&) {
         // The seed (4.7 KiB) with 40 KiB of notes after it.
         std::string path = dir.Write(
             "long.txt", ReadBytes(SeedPage()) + std::string(40 << 10, 'x'));
         return Input{{"import", "--max-page-size", "32KiB", path}, path};
       },
       2, "{input}: file too large (more than 32768 bytes", kYes, kYes},
      {"DanglingSymbolicLink",
       [](const TempDir& dir, const std::string&) {
         std::string path = dir.Path("dangling.txt");
         fs::create_symlink(dir.Path("nowhere.txt"), path);
         return Input{{"import", path}, path};
       },
       2, "{input}: dangling symbolic link", kYes, kYes},
      {"SymbolicLinkLoop",
       [](const TempDir& dir, const std::string&) {
         fs::create_symlink(dir.Path("loop-2.txt"), dir.Path("loop-1.txt"));
         fs::create_symlink(dir.Path("loop-1.txt"), dir.Path("loop-2.txt"));
         return Input{{"import", dir.Path("loop-1.txt")},
                      dir.Path("loop-1.txt")};
       },
       2, "{input}: symbolic link loop", kYes, kYes},
      {"FolderWithNothingToImport",
       [](const TempDir& dir, const std::string&) {
         fs::path folder = dir.root() / "notes";
         WriteBytes(folder / "readme.md", "not a page\n");
         return Input{{"import", folder.string()}, folder.string()};
       },
       2, "{input}: nothing to import in this folder", kYes, kYes},
      {"FolderWithAnEmptyPage",
       [](const TempDir& dir, const std::string&) {
         fs::path folder = dir.root() / "pages";
         WriteBytes(folder / "empty.txt", "");
         return Input{{"import", folder.string()},
                      (folder / "empty.txt").string()};
       },
       2, "{input}: empty file", kYes, kYes},

      // Inputs that import, and must go on importing.
      {"TheSeedPage", File("seed.txt", ReadBytes(SeedPage())), 0, "", kNo,
       kYes},
      {"ThePageTheDatabaseHolds", File("again.txt", ReadBytes(FirstPage())), 0,
       "", kYes, kYes},
      {"UpperCaseExtension", File("SEED.TXT", ReadBytes(SeedPage())), 0, "",
       kNo, kYes},
      {"ByteOrderMark", File("bom.txt", "\xef\xbb\xbf" + ReadBytes(SeedPage())),
       0, "", kNo, kYes},
      {"CrLfLineEnds",
       [](const TempDir& dir, const std::string&) {
         std::string crlf;
         for (const std::string& line : Lines(ReadBytes(SeedPage())))
           crlf += line + "\r\n";
         std::string path = dir.Write("crlf.txt", crlf);
         return Input{{"import", path}, path};
       },
       0, "", kNo, kYes},
      {"ImpossibleDateOnTheDateLine",
       File("feb30.txt", SeedWith("July 3, 1951", "February 30, 1951")), 0, "",
       kNo, kYes},
      {"TenThousandNumberedPoints", File("points.txt", NumberedPoints(10000)),
       0, "", kNo, kYes},
      {"FiftyThousandNamesOnOneLine", File("names.txt", NamesOnOneLine(50000)),
       0, "", kNo, kYes},
      {"TerminalEscapesInAPage",
       File(
           "escapes.txt",
           SeedWith("Mao Zedong", "Mao \x1b]0;pwned\x07Zedong\x1b[2J\xc2\x9b")),
       0, "", kNo, kYes},
      {"ForbiddenXmlCharactersInAPage",
       File("noncharacters.txt",
            SeedWith("Filippov", "Filippov\xef\xbf\xbf\xef\xbf\xbe")),
       0, "", kNo, kYes},
      {"EntityExpansionInTei", File("laughs.xml", BillionLaughsTei()), 0, "",
       kNo, kYes},
      {"JsonDocumentWithoutClauses",
       File("letter.json",
            R"({"format": "parley-document", "version": 1, "document":
                {"type": "letter", "date": "1951-07-03", "title": "Letter",
                 "authors": ["Kim Il Sung"]}})"),
       0, "", kNo, kYes},

      // Commands on databases in every state.
      {"QueryWithoutADatabase", Command(NoDatabase, {"who-proposed"}), 2,
       "{db}: no database here", kYes, kNa, false},
      {"ShowWithoutADatabase", Command(NoDatabase, {"show", "Stalin"}), 2,
       "{db}: no database here", kYes, kNa, false},
      {"DatabaseOfANewerSchema",
       Command(
           [](const TempDir& dir, const std::string& db) {
             ImportSeed(dir, db);
             SetSchemaVersion(db, storage::kSchemaVersion + 1);
           },
           {"who-proposed"}),
       2, "{db}: written by a newer", kYes, kNa, false},
      {"ImportIntoANewerSchema",
       Command(
           [](const TempDir& dir, const std::string& db) {
             ImportSeed(dir, db);
             SetSchemaVersion(db, storage::kSchemaVersion + 1);
           },
           {"import", FirstPage()}),
       2, "{db}: written by a newer", kYes, kNa, false},
      {"DatabaseOfSchemaZero",
       Command(
           [](const TempDir& dir, const std::string& db) {
             ImportSeed(dir, db);
             SetSchemaVersion(db, 0);
           },
           {"who-proposed"}),
       2, "{db}: schema version 0", kYes, kNa, false},
      {"TruncatedManifest",
       Command(
           [](const TempDir& dir, const std::string& db) {
             ImportSeed(dir, db);
             for (const auto& entry : fs::directory_iterator(db)) {
               std::string name = entry.path().filename().string();
               if (name.rfind("MANIFEST-", 0) == 0)
                 fs::resize_file(entry.path(), fs::file_size(entry.path()) / 2);
             }
           },
           {"who-proposed"}),
       3, "{db}: damaged: RocksDB cannot open it", kYes, kNa, false},
      {"DatabasePathIsAFile",
       Command(
           [](const TempDir&, const std::string& db) {
             WriteBytes(db, "not a database\n");
           },
           {"who-proposed"}),
       2, "{db}: not a Parley database", kYes, kNa, false},
      {"EmptyFolderAsDatabase",
       Command([](const TempDir&,
                  const std::string& db) { fs::create_directories(db); },
               {"who-proposed"}),
       2, "{db}: no Parley database here", kYes, kNa, false},
      {"ExportToAFullDisk",
       Command(ImportSeed, {"export", "--format", "json", "-o", "/dev/full"}),
       2, "/dev/full", kYes, kNa, false},
      {"ExportIntoAMissingFolder",
       Command(ImportSeed,
               {"export", "--format", "json", "-o", "/nonexistent/graph.json"}),
       2, "/nonexistent/graph.json", kYes, kNa, false},
      {"ShowAnUnknownNode", Command(ImportSeed, {"show", "person:nobody"}), 1,
       "no node named 'person:nobody'", kYes, kNa, false},
      {"WhoProposedFromAnImpossibleDate",
       Command(ImportSeed, {"who-proposed", "--from", "1951-02-30"}), 2,
       "--from: 1951-02-30 is not a date on the calendar", kYes, kNa, false},
      {"TraceToAMonthName",
       Command(ImportSeed, {"trace", "ceasefire", "--to", "July"}), 2,
       "--to: expected a date YYYY, YYYY-MM or YYYY-MM-DD", kYes, kNa, false},
      {"ImportWithNoJobs",
       Command(ImportSeed, {"import", "--jobs", "0", SeedPage()}), 2,
       "--jobs: Value 0 not in range", kYes, kNa, false},
      {"ImportWithAPageSizeOfZero",
       Command(ImportSeed, {"import", "--max-page-size", "0", SeedPage()}), 2,
       "--max-page-size: a page size must be more than 0 bytes", kYes, kNa,
       false},
      {"AnUnknownCommand", Command(ImportSeed, {"propose", "ceasefire"}), 2, "",
       kYes, kNa, false},
      {"IngestAMalformedLine",
       [](const TempDir& dir, const std::string& db) {
         ImportSeed(dir, db);
         std::string path = dir.Write("fragments.jsonl", "{\"page\": \n");
         return Input{{"ingest", path}, path};
       },
       2, "{input}:1: not a line of JSON", kYes, kNa, false},
  };
  return rows;
}

// --- running a row
// -------------------------------------------------------------

std::string Substituted(std::string text, const std::string& input,
                        const std::string& db) {
  for (auto [from, to] :
       {std::pair<std::string, std::string>{"{input}", input}, {"{db}", db}}) {
    for (size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size())) {
      text.replace(at, from.size(), to);
    }
  }
  return text;
}

// The bytes of the database's data: its table files and the non-empty
// write-ahead logs of RocksDB, and the files of the full-text index, with
// their names; "" when there is none. An open for writing that writes
// nothing still starts a new MANIFEST, OPTIONS file and empty log, which
// hold no data and are left out.
std::string DatabaseFiles(const std::string& db) {
  if (!fs::exists(db)) return "";
  if (!fs::is_directory(db)) return ReadBytes(db);
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(db)) {
    if (!entry.is_regular_file()) continue;
    fs::path p = entry.path();
    bool rocksdb_file = p.parent_path() == fs::path(db);
    bool data = !rocksdb_file || p.extension() == ".sst" ||
                (p.extension() == ".log" && fs::file_size(p) > 0);
    if (data) files.push_back(p);
  }
  std::sort(files.begin(), files.end());
  std::string all;
  for (const fs::path& f : files)
    all += f.filename().string() + "\n" + ReadBytes(f) + "\n";
  return all;
}

class BadInputMatrixTest : public ::testing::TestWithParam<Row> {
 protected:
  void SetUp() override {
    if (GetParam().file_row) {
      RunResult r = RunParleyOn(dir_.db(), {"import", FirstPage()});
      ASSERT_EQ(r.exit_code, 0) << r;
    }
  }

  // The state "unchanged" is judged by: the export for a file row, the
  // database's files for a command row.
  std::string State() {
    return GetParam().file_row ? ExportJson(dir_.db())
                               : DatabaseFiles(dir_.db());
  }

  TempDir dir_;
};

TEST_P(BadInputMatrixTest, ExitCodeMessageDatabaseAndOtherFiles) {
  const Row& row = GetParam();
  Input input = row.setup(dir_, dir_.db());
  if (HasFatalFailure()) return;
  std::string before = State();
  RunResult r = RunParleyOn(dir_.db(), input.args);
  EXPECT_EQ(r.exit_code, row.exit_code) << r;

  std::vector<std::string> lines = r.ErrLines();
  if (row.exit_code == 0) {
    EXPECT_TRUE(r.err.empty()) << r;
  } else {
    ASSERT_EQ(lines.size(), 1u) << r;
    std::string expected =
        Substituted("parley: " + row.message, input.input, dir_.db());
    if (!row.message.empty() || row.file_row) {
      EXPECT_EQ(lines[0].rfind(expected, 0), 0u)
          << "'" << lines[0] << "' should start with '" << expected << "'";
    }
  }

  if (row.unchanged != Expect::kNotApplicable) {
    EXPECT_EQ(State() == before, row.unchanged == Expect::kYes)
        << "the database should "
        << (row.unchanged == Expect::kYes ? "" : "not ") << "be unchanged";
  }

  if (row.others_imported != Expect::kNotApplicable) {
    std::vector<std::string> with_seed = input.args;
    with_seed.push_back(SeedPage());
    RunResult both = RunParleyOn(dir_.db(), with_seed);
    EXPECT_EQ(both.exit_code, row.exit_code) << both;
    bool seed_in =
        ExportJson(dir_.db()).find("\"doc:telegram-21404-1951-07-03\"") !=
        std::string::npos;
    EXPECT_EQ(seed_in, row.others_imported == Expect::kYes) << both;
  }
}

// A dry run reads as the import does: the same error for the same file
// (the file rows only).
class BadInputDryRunTest : public BadInputMatrixTest {};

TEST_P(BadInputDryRunTest, SaysTheSameAsTheImport) {
  const Row& row = GetParam();
  Input input = row.setup(dir_, dir_.db());
  std::vector<std::string> args = input.args;
  args.insert(args.begin() + 1, "--dry-run");
  RunResult r = RunParley(args);
  EXPECT_EQ(r.exit_code, row.exit_code) << r;
  if (row.exit_code != 0) {
    ASSERT_EQ(r.ErrLines().size(), 1u) << r;
    EXPECT_EQ(
        r.err.rfind(
            Substituted("parley: " + row.message, input.input, dir_.db()), 0),
        0u)
        << r;
  }
}

std::vector<Row> FileRows() {
  std::vector<Row> rows = Rows();
  std::erase_if(rows, [](const Row& row) { return !row.file_row; });
  return rows;
}

INSTANTIATE_TEST_SUITE_P(Inputs, BadInputMatrixTest,
                         ::testing::ValuesIn(Rows()),
                         [](const auto& info) { return info.param.name; });
INSTANTIATE_TEST_SUITE_P(Files, BadInputDryRunTest,
                         ::testing::ValuesIn(FileRows()),
                         [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace parley::cli_test
