// What the end-to-end tests of the `parley` command share: running the real
// binary (or another program) with captured stdout, stderr and exit code, a
// fresh temporary directory per test, and where the test pages live.
#ifndef PARLEY_TESTS_CLI_CLI_TEST_UTIL_H_
#define PARLEY_TESTS_CLI_CLI_TEST_UTIL_H_

#include <fcntl.h>
#include <gtest/gtest.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

extern char** environ;

namespace parley::cli_test {

namespace fs = std::filesystem;

// The whole content of `path`, byte for byte ("" when it cannot be read).
inline std::string ReadBytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in),
                     std::istreambuf_iterator<char>());
}

inline void WriteBytes(const fs::path& path, std::string_view bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// The lines of `text` without their '\n'; a final line without '\n' counts,
// a trailing empty one does not.
inline std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// `text` with every run of whitespace (line breaks of wrapped table output
// included) folded to one space.
// Where two long outputs first differ, as "line N: A | B", or "" when they
// are the same: a whole export compared with EXPECT_EQ makes GoogleTest
// diff it line by line, which for megabytes takes all the memory there is.
inline std::string FirstDifference(const std::string& a, const std::string& b) {
  if (a == b) return "";
  std::vector<std::string> x = Lines(a), y = Lines(b);
  size_t n = 0;
  while (n < x.size() && n < y.size() && x[n] == y[n]) ++n;
  auto at = [](const std::vector<std::string>& v, size_t k) {
    return k < v.size() ? v[k].substr(0, 300) : std::string("(end)");
  };
  return "line " + std::to_string(n + 1) + ": " + at(x, n) + " | " + at(y, n);
}

inline std::string Unwrapped(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// A fresh directory under the system temp folder, removed with the object.
class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    const ::testing::TestInfo* info =
        ::testing::UnitTest::GetInstance()->current_test_info();
    std::string name =
        std::string("parley_cli_") + (info != nullptr ? info->name() : "test") +
        "_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
    std::replace(name.begin(), name.end(), '/', '_');
    root_ = fs::temp_directory_path() / name;
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(root_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const fs::path& root() const { return root_; }
  // A path inside the directory (not created).
  std::string Path(const std::string& name) const {
    return (root_ / name).string();
  }
  // Where a database is created: does not exist until an import makes it.
  std::string db() const { return Path("parley.db"); }
  // Writes `bytes` to `name` inside the directory; returns its path.
  std::string Write(const std::string& name, std::string_view bytes) const {
    WriteBytes(root_ / name, bytes);
    return Path(name);
  }

 private:
  fs::path root_;
};

// What a program run printed and how it ended. `exit_code` is -1 when it
// could not be started or was killed by a signal.
struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;

  std::vector<std::string> ErrLines() const { return Lines(err); }
};

inline std::ostream& operator<<(std::ostream& os, const RunResult& r) {
  return os << "exit " << r.exit_code << "\n--- stdout ---\n"
            << r.out.substr(0, 4000) << "\n--- stderr ---\n"
            << r.err.substr(0, 4000);
}

// Runs `program` (a path, or a name looked up on PATH) with `args`; stdin is
// /dev/null, stdout and stderr are captured through files (no pipe to fill).
inline RunResult RunProgram(const std::string& program,
                            const std::vector<std::string>& args) {
  static std::atomic<int> counter{0};
  fs::path base =
      fs::temp_directory_path() / ("parley_run_" + std::to_string(getpid()) +
                                   "_" + std::to_string(counter++));
  std::string out_path = base.string() + ".out";
  std::string err_path = base.string() + ".err";

  std::vector<std::string> argv_store;
  argv_store.push_back(program);
  argv_store.insert(argv_store.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : argv_store) argv.push_back(a.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  RunResult result;
  pid_t pid = 0;
  int rc = posix_spawnp(&pid, program.c_str(), &actions, nullptr, argv.data(),
                        environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc == 0) {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
    result.out = ReadBytes(out_path);
    result.err = ReadBytes(err_path);
  } else {
    result.err = "cannot start " + program + ": " + std::strerror(rc);
  }
  std::error_code ec;
  fs::remove(out_path, ec);
  fs::remove(err_path, ec);
  return result;
}

// Runs the `parley` binary under test.
inline RunResult RunParley(const std::vector<std::string>& args) {
  return RunProgram(PARLEY_BINARY, args);
}

// `parley --db DB ARGS...`.
inline RunResult RunParleyOn(const std::string& db,
                             const std::vector<std::string>& args) {
  std::vector<std::string> all = {"--db", db};
  all.insert(all.end(), args.begin(), args.end());
  return RunParley(all);
}

// `parley --db DB export --format json`: stdout, or "" when it failed.
inline std::string ExportJson(const std::string& db) {
  RunResult r = RunParleyOn(db, {"export", "--format", "json"});
  EXPECT_EQ(r.exit_code, 0) << r;
  return r.out;
}

// The answers of `parley who-proposed --format json` printed as `out`: the
// "answers" list of its object (or the list itself, as older builds print).
inline nlohmann::json WhoProposedAnswers(const std::string& out) {
  nlohmann::json j = nlohmann::json::parse(out, nullptr, false);
  if (j.is_object() && j.contains("answers")) return j["answers"];
  return j.is_array() ? j : nlohmann::json::array();
}

// True when `program` can be started from PATH.
inline bool HaveProgram(const std::string& program) {
  const char* path = std::getenv("PATH");
  if (path == nullptr) return false;
  std::istringstream dirs(path);
  for (std::string dir; std::getline(dirs, dir, ':');) {
    if (!dir.empty() && access((fs::path(dir) / program).c_str(), X_OK) == 0) {
      return true;
    }
  }
  return false;
}

// The seed page, Ciphered Telegram No. 21404.
inline std::string SeedPage() {
  return std::string(PARLEY_DATA_DIR) + "/000_7b6558650d750d46.txt";
}

// The project's own copy of the development corpus and its expected facts.
inline fs::path TestDataDir() {
  return fs::path(PARLEY_SOURCE_DIR) / "tests" / "data";
}

// The seed and every page (.txt) and TEI volume (.xml) of tests/data/corpus,
// sorted by file name.
inline std::vector<std::string> CorpusPages() {
  std::vector<std::string> pages = {SeedPage()};
  std::vector<std::string> corpus;
  for (const auto& entry : fs::directory_iterator(TestDataDir() / "corpus")) {
    fs::path ext = entry.path().extension();
    if (ext == ".txt" || ext == ".xml") {
      corpus.push_back(entry.path().string());
    }
  }
  std::sort(corpus.begin(), corpus.end());
  pages.insert(pages.end(), corpus.begin(), corpus.end());
  return pages;
}

// tests/data/expected/NAME.json for page NAME.txt or volume NAME.xml.
inline fs::path ExpectedFileFor(const std::string& page) {
  return TestDataDir() / "expected" /
         (fs::path(page).stem().string() + ".json");
}

}  // namespace parley::cli_test

#endif  // PARLEY_TESTS_CLI_CLI_TEST_UTIL_H_
