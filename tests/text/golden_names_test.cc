// Every name of data/gazetteer.tsv folds and transliterates as recorded in
// tests/data/golden/gazetteer_names.tsv, so that moving or changing the
// text library cannot silently change what the gazetteer matches.
// PARLEY_UPDATE_GOLDEN=1 rewrites the golden file from the current code.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/fold.h"
#include "text/translit.h"

namespace parley::text {
namespace {

const std::string kGolden =
    std::string(PARLEY_SOURCE_DIR) + "/tests/data/golden/gazetteer_names.tsv";
const std::string kGazetteer = std::string(PARLEY_DATA_DIR) + "/gazetteer.tsv";

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> parts;
  std::string current;
  for (char c : s) {
    if (c == sep) {
      parts.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  parts.push_back(current);
  return parts;
}

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \r");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \r") - b + 1);
}

// Labels, spellings and codenames of every entry, and the stop words, in
// file order without repeats.
std::vector<std::string> GazetteerNames() {
  std::ifstream in(kGazetteer);
  EXPECT_TRUE(in) << kGazetteer;
  std::vector<std::string> names;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> columns = Split(line, '\t');
    if (columns.size() < 4) continue;
    std::vector<std::string> fields;
    if (columns[0] != "stopword") fields.push_back(columns[2]);
    fields.push_back(columns[3]);
    if (columns.size() > 4) fields.push_back(columns[4]);
    for (const std::string& field : fields) {
      for (const std::string& part : Split(field, '|')) {
        std::string name = Trim(part);
        if (!name.empty() &&
            std::find(names.begin(), names.end(), name) == names.end()) {
          names.push_back(name);
        }
      }
    }
  }
  return names;
}

struct Row {
  std::string name, folded, latin, folded_latin;
};

Row Compute(const std::string& name) {
  std::string folded = FoldName(name);
  return {name, folded, ToLatin(name, LatinScheme::kNames),
          ToLatin(folded, LatinScheme::kNames)};
}

std::vector<Row> ReadGolden() {
  std::ifstream in(kGolden);
  EXPECT_TRUE(in) << kGolden;
  std::vector<Row> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> c = Split(line, '\t');
    EXPECT_EQ(c.size(), 4u) << line;
    if (c.size() == 4) rows.push_back({c[0], c[1], c[2], c[3]});
  }
  return rows;
}

void WriteGolden() {
  std::ofstream out(kGolden);
  out << "# Golden: how every name in data/gazetteer.tsv folds and "
         "transliterates.\n"
         "# Columns: name, FoldName(name), ToLatin(name, kNames),\n"
         "# ToLatin(FoldName(name), kNames) (the gazetteer's fuzzy key).\n"
         "# Checked by tests/text/golden_names_test.cc; "
         "PARLEY_UPDATE_GOLDEN=1 rewrites it.\n"
         "# A changed row changes matching: review it like code.\n";
  for (const std::string& name : GazetteerNames()) {
    Row r = Compute(name);
    out << r.name << '\t' << r.folded << '\t' << r.latin << '\t'
        << r.folded_latin << '\n';
  }
}

class GoldenNamesTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    const char* update = std::getenv("PARLEY_UPDATE_GOLDEN");
    if (update != nullptr && std::string(update) == "1") WriteGolden();
  }
};

TEST_F(GoldenNamesTest, EveryRowFoldsAndTransliteratesAsRecorded) {
  std::vector<Row> rows = ReadGolden();
  ASSERT_GT(rows.size(), 900u);
  for (const Row& golden : rows) {
    Row now = Compute(golden.name);
    EXPECT_EQ(now.folded, golden.folded) << golden.name;
    EXPECT_EQ(now.latin, golden.latin) << golden.name;
    EXPECT_EQ(now.folded_latin, golden.folded_latin) << golden.name;
  }
}

TEST_F(GoldenNamesTest, EveryGazetteerNameHasARow) {
  std::vector<Row> rows = ReadGolden();
  for (const std::string& name : GazetteerNames()) {
    bool pinned = std::any_of(rows.begin(), rows.end(),
                              [&](const Row& r) { return r.name == name; });
    EXPECT_TRUE(pinned) << "\"" << name << "\" is not in " << kGolden
                        << ": run with PARLEY_UPDATE_GOLDEN=1 and review the "
                           "new rows";
  }
}

}  // namespace
}  // namespace parley::text
