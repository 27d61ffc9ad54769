// What the end-to-end tests of the query commands (who-proposed, trace,
// path, neighbors, timeline, search, stats) share: a database holding the
// pages of data/ imported together,
// made once per test process, and golden files in tests/data/golden/
// compared byte for byte. Run the tests with PARLEY_UPDATE_GOLDEN=1 to
// rewrite the golden files instead, then review the diff like code.
#ifndef PARLEY_TESTS_CLI_QUERY_GOLDEN_H_
#define PARLEY_TESTS_CLI_QUERY_GOLDEN_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <regex>
#include <string>
#include <vector>

#include "tests/cli/cli_test_util.h"
#include "tests/cli/data_pages_db.h"

namespace parley::cli_test {

// The golden files were made from, and reviewed against, every page of
// data/ (DataPages: the seed, the Wilson Center, CWIHP and FRUS pages, the
// TEI volumes and the curated armistice agreement). A page added to data/
// changes golden files: rewrite and review them as such
// (PARLEY_UPDATE_GOLDEN=1).
inline std::vector<std::string> QueryPages() { return DataPages(); }
inline const std::string& CorpusDb() { return DataPagesDb(); }

// `parley --db <corpus db> ARGS...`.
inline RunResult Query(const std::vector<std::string>& args) {
  return RunParleyOn(CorpusDb(), args);
}

inline fs::path GoldenPath(const std::string& name) {
  return TestDataDir() / "golden" / name;
}

// Compares `actual` with tests/data/golden/NAME, or with
// PARLEY_UPDATE_GOLDEN=1 writes it there.
inline void ExpectGolden(const std::string& name, const std::string& actual) {
  fs::path path = GoldenPath(name);
  const char* update = std::getenv("PARLEY_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    WriteBytes(path, actual);
    return;
  }
  ASSERT_TRUE(fs::exists(path))
      << path << " is missing; run with PARLEY_UPDATE_GOLDEN=1";
  std::string expected = ReadBytes(path);
  if (expected == actual) return;
  // The first line that differs, so the failure says where.
  std::vector<std::string> a = Lines(actual), e = Lines(expected);
  size_t i = 0;
  while (i < a.size() && i < e.size() && a[i] == e[i]) ++i;
  ADD_FAILURE()
      << path << " differs at line " << i + 1
      << ":\n  expected: " << (i < e.size() ? e[i] : "(end)")
      << "\n  actual:   " << (i < a.size() ? a[i] : "(end)")
      << "\n(rewrite with PARLEY_UPDATE_GOLDEN=1 and review the diff)";
}

// Every line of `table` is at most 80 characters (code points) wide.
inline void ExpectFitsEightyColumns(const std::string& table) {
  for (const std::string& line : Lines(table)) {
    size_t width = 0;
    for (char c : line) width += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    EXPECT_LE(width, 80u) << line;
  }
}

// Runs a query that must succeed (exit 0) and compares its stdout with the
// golden file NAME; a table must also fit 80 columns.
inline RunResult ExpectGoldenQuery(const std::string& name,
                                   const std::vector<std::string>& args) {
  RunResult r = Query(args);
  EXPECT_EQ(r.exit_code, 0) << r;
  EXPECT_EQ(r.err, "");
  if (name.ends_with(".txt")) ExpectFitsEightyColumns(r.out);
  ExpectGolden(name, r.out);
  return r;
}

}  // namespace parley::cli_test

#endif  // PARLEY_TESTS_CLI_QUERY_GOLDEN_H_
