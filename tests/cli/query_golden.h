// What the end-to-end tests of the query commands (who-proposed, trace,
// path, neighbors, timeline, search, stats) share: a database holding the
// seed and the Wilson Center pages of tests/data/corpus imported together,
// made once per test process, and golden files in tests/data/golden/
// compared byte for byte. Run the tests with PARLEY_UPDATE_GOLDEN=1 to
// rewrite the golden files instead, then review the diff like code.
#ifndef PARLEY_TESTS_CLI_QUERY_GOLDEN_H_
#define PARLEY_TESTS_CLI_QUERY_GOLDEN_H_

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>
#include <regex>
#include <string>
#include <vector>

#include "tests/cli/cli_test_util.h"

namespace parley::cli_test {

// The pages the golden files were made from and reviewed against: the seed
// and the seven Wilson Center pages of the first corpus. A page added to
// tests/data/corpus (the end-to-end fact tests read them all) changes no
// golden file; adding it here is a change of every golden file, to be
// rewritten and reviewed as such.
inline std::vector<std::string> QueryPages() {
  std::vector<std::string> pages = {SeedPage()};
  for (const char* name :
       {"1951-06-14-letter-gao-gang-kim-il-sung.txt",
        "1951-06-30-telegram-21336.txt", "1951-07-01-telegram-501869.txt",
        "1951-07-03-telegram-3950.txt", "1951-08-27-telegram-23256.txt",
        "1951-08-28-politburo-P83-280.txt", "1952-01-31-telegram-16002.txt"}) {
    pages.push_back((TestDataDir() / "corpus" / name).string());
  }
  return pages;
}

// The database with the query pages, imported on first use and removed when
// the test process ends.
inline const std::string& CorpusDb() {
  static std::unique_ptr<TempDir> dir;
  static std::string db;
  if (dir == nullptr) {
    dir = std::make_unique<TempDir>();
    db = dir->db();
    std::vector<std::string> args = {"import"};
    for (const std::string& p : QueryPages()) args.push_back(p);
    RunResult r = RunParleyOn(db, args);
    EXPECT_EQ(r.exit_code, 0) << r;
  }
  return db;
}

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
