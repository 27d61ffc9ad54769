// The four tables of data/ that a historian edits (gazetteer, topics, cues,
// stance cues) share one row reader: a file saved by a Windows editor reads
// as the same file saved on Linux, and a bad row is refused with the file and
// line, in the same words whichever table it is in.
#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "importers/cue_table.h"
#include "importers/gazetteer.h"
#include "importers/stance_reader.h"
#include "importers/topics.h"

namespace parley::importers {
namespace {

// One table: a good row of it, and how to load a text or a file as it.
struct Table {
  std::string name;
  std::string good_row;
  std::function<Status(const std::string&, const std::string&)> parse;
  std::function<Status(const std::string&)> load;
};

template <typename T>
Status StatusOf(const Result<T>& r) {
  return r.ok() ? Status::Ok() : r.status();
}

std::vector<Table> Tables() {
  return {
      {"gazetteer", "person\tkim-il-sung\tKim Il Sung\tKim Il Sung|КИМ ИР СЕН",
       [](const std::string& t, const std::string& s) {
         return StatusOf(Gazetteer::Parse(t, s));
       },
       [](const std::string& p) { return StatusOf(Gazetteer::LoadFile(p)); }},
      {"topics", "ceasefire\ten\tceasefire | cease fire",
       [](const std::string& t, const std::string& s) {
         return StatusOf(TopicList::Parse(t, s));
       },
       [](const std::string& p) { return StatusOf(TopicList::LoadFile(p)); }},
      {"cues", "introduction\ten\twe propose_ | _as follows",
       [](const std::string& t, const std::string& s) {
         return StatusOf(CueTable::Parse(t, s));
       },
       [](const std::string& p) { return StatusOf(CueTable::LoadFile(p)); }},
      {"stance cues", "stance\ten\taccepts\tagree$ | accept$",
       [](const std::string& t, const std::string& s) {
         return StatusOf(StanceCues::Parse(t, s));
       },
       [](const std::string& p) { return StatusOf(StanceCues::LoadFile(p)); }},
  };
}

TEST(DataTablesTest, WindowsLineEndsAndByteOrderMarkReadAsUnix) {
  for (const Table& table : Tables()) {
    std::string unix_text = "# a comment\n\n" + table.good_row + "\n";
    std::string windows_text =
        "\xEF\xBB\xBF# a comment\r\n\r\n" + table.good_row + "\r\n";
    EXPECT_TRUE(table.parse(unix_text, "t.tsv").ok()) << table.name;
    Status windows = table.parse(windows_text, "t.tsv");
    EXPECT_TRUE(windows.ok()) << table.name << ": " << windows.message();
  }
}

TEST(DataTablesTest, RowWithTooFewFieldsNamesFileLineAndFields) {
  for (const Table& table : Tables()) {
    std::string text = "# header\n" + table.good_row + "\nperson\tx\n";
    Status s = table.parse(text, "t.tsv");
    ASSERT_FALSE(s.ok()) << table.name;
    EXPECT_EQ(s.code(), Status::Code::kInvalidArgument) << table.name;
    EXPECT_EQ(s.message().rfind("t.tsv:3: expected ", 0), 0u)
        << table.name << ": " << s.message();
    EXPECT_NE(s.message().find("tab-separated fields ("), std::string::npos)
        << s.message();
    EXPECT_NE(s.message().find("found 2"), std::string::npos) << s.message();
  }
}

TEST(DataTablesTest, RowThatIsNotUtf8IsRefusedWithItsLine) {
  for (const Table& table : Tables()) {
    std::string text = table.good_row + "\n" + table.good_row + "\xC3\x28\n";
    Status s = table.parse(text, "t.tsv");
    ASSERT_FALSE(s.ok()) << table.name;
    EXPECT_EQ(s.message(), "t.tsv:2: invalid UTF-8") << table.name;
  }
}

TEST(DataTablesTest, MissingFileIsAnIoErrorNamingIt) {
  for (const Table& table : Tables()) {
    std::string path = "/nonexistent/parley/" + table.name + ".tsv";
    Status s = table.load(path);
    ASSERT_FALSE(s.ok()) << table.name;
    EXPECT_EQ(s.code(), Status::Code::kIOError) << table.name;
    EXPECT_EQ(s.message(), path + ": cannot open " + table.name +
                               " file (No such file or directory)");
  }
}

// The two tables of cue phrases (topics, stance cues) read "..." and "$"
// alike, and refuse a misplaced gap in the same words.
TEST(DataTablesTest, PhraseGapsAreReadAlikeInBothCueTables) {
  const std::string topics_row = "ceasefire\ten\t";
  const std::string stance_row = "stance\ten\tinsists\t";
  for (const std::string& row : {topics_row, stance_row}) {
    auto parse = [&](const std::string& phrase) {
      std::string text = row + phrase + "\n";
      return row == topics_row ? StatusOf(TopicList::Parse(text, "t.tsv"))
                               : StatusOf(StanceCues::Parse(text, "t.tsv"));
    };
    EXPECT_TRUE(parse("turn ... down | arms$ | 停止 ... 行动").ok()) << row;
    const std::pair<std::string, std::string> kBad[] = {
        {"... down",
         "t.tsv:1: '...' must stand between two words in \"... down\""},
        {"turn ...",
         "t.tsv:1: '...' must stand between two words in \"turn ...\""},
        {"turn ... ... down",
         "t.tsv:1: '...' must stand between two words in \"turn ... ... "
         "down\""},
        {"turn...down",
         "t.tsv:1: write '...' apart from the words around it in "
         "\"turn...down\""},
        {"turn ... ,",
         "t.tsv:1: \",\" has no letters or digits in \"turn ... ,\""},
    };
    for (const auto& [phrase, error] : kBad) {
      Status s = parse(phrase);
      ASSERT_FALSE(s.ok()) << row << phrase;
      EXPECT_EQ(s.message(), error) << row;
    }
  }
}

TEST(DataTablesTest, ShippedTablesLoad) {
  const std::string dir = PARLEY_DATA_DIR;
  std::vector<std::string> files = {"gazetteer.tsv", "topics.tsv", "cues.tsv",
                                    "stance_cues.tsv"};
  std::vector<Table> tables = Tables();
  for (size_t i = 0; i < tables.size(); ++i) {
    Status s = tables[i].load(dir + "/" + files[i]);
    EXPECT_TRUE(s.ok()) << files[i] << ": " << s.message();
  }
}

}  // namespace
}  // namespace parley::importers
