// A database holding every page of data/ (the seed, the development corpus,
// the curated JSON document and the FRUS pages), imported once per test
// process and removed when it ends; and the gazetteer's entries, read from
// data/gazetteer.tsv as a historian edits it.
#ifndef PARLEY_TESTS_CLI_DATA_PAGES_DB_H_
#define PARLEY_TESTS_CLI_DATA_PAGES_DB_H_

#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "tests/cli/cli_test_util.h"

namespace parley::cli_test {

// The importable files of data/, sorted.
inline std::vector<std::string> DataPages() {
  std::vector<std::string> pages;
  for (const auto& entry : fs::directory_iterator(PARLEY_DATA_DIR)) {
    fs::path ext = entry.path().extension();
    if (ext == ".txt" || ext == ".xml" || ext == ".json")
      pages.push_back(entry.path().string());
  }
  std::sort(pages.begin(), pages.end());
  return pages;
}

inline const std::string& DataPagesDb() {
  static std::unique_ptr<TempDir> dir;
  static std::string db;
  if (dir == nullptr) {
    dir = std::make_unique<TempDir>();
    db = dir->db();
    std::vector<std::string> args = {"import", PARLEY_DATA_DIR};
    RunResult r = RunParleyOn(db, args);
    EXPECT_EQ(r.exit_code, 0) << r;
  }
  return db;
}

inline RunResult OnDataPages(const std::vector<std::string>& args) {
  return RunParleyOn(DataPagesDb(), args);
}

// One line of data/gazetteer.tsv.
struct GazetteerLine {
  std::string kind;  // person, organization, place
  std::string id;    // "person:joseph-stalin"
  std::string label;
  std::vector<std::string> spellings;  // names and codenames
};

inline std::vector<std::string> SplitOn(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string current;
  for (char c : s) {
    if (c == sep) {
      out.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  out.push_back(current);
  return out;
}

inline std::vector<GazetteerLine> GazetteerLines() {
  std::vector<GazetteerLine> out;
  std::ifstream in(std::string(PARLEY_DATA_DIR) + "/gazetteer.tsv");
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols = SplitOn(line, '\t');
    if (cols.size() < 4 || cols[0] == "stopword") continue;
    GazetteerLine g;
    g.kind = cols[0];
    std::string prefix = g.kind == "person"         ? "person:"
                         : g.kind == "organization" ? "org:"
                                                    : "place:";
    g.id = prefix + cols[1];
    g.label = cols[2];
    for (size_t c = 3; c < cols.size() && c <= 4; ++c) {
      for (const std::string& s : SplitOn(cols[c], '|'))
        if (!s.empty()) g.spellings.push_back(s);
    }
    out.push_back(std::move(g));
  }
  return out;
}

// The ids of the nodes of the database (from its JSON export).
inline std::set<std::string> NodeIds(const std::string& db) {
  std::set<std::string> ids;
  nlohmann::json graph = nlohmann::json::parse(ExportJson(db), nullptr, false);
  if (!graph.is_object()) return ids;
  for (const auto& n : graph["nodes"]) ids.insert(n["id"].get<std::string>());
  return ids;
}

}  // namespace parley::cli_test

#endif  // PARLEY_TESTS_CLI_DATA_PAGES_DB_H_
