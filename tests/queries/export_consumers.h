// What the export tests share: the consumers each format is checked with —
// Debian's Python (networkx, rdflib, csv), Graphviz, and Kùzu when a node
// package of it is present — run on files in a fresh temporary folder.
#ifndef PARLEY_TESTS_QUERIES_EXPORT_CONSUMERS_H_
#define PARLEY_TESTS_QUERIES_EXPORT_CONSUMERS_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace parley::queries::export_test {

namespace fs = std::filesystem;

inline std::string ReadText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

inline void WriteText(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

struct Ran {
  int exit_code = -1;
  std::string out, err;
};

inline std::ostream& operator<<(std::ostream& os, const Ran& r) {
  return os << "exit " << r.exit_code << "\nstdout:\n"
            << r.out << "\nstderr:\n"
            << r.err;
}

inline std::string Quoted(const std::string& arg) {
  std::string q = "'";
  for (char c : arg) {
    if (c == '\'') {
      q += "'\\''";
    } else {
      q += c;
    }
  }
  return q + "'";
}

// A fresh folder per test, removed with the object.
class Scratch {
 public:
  Scratch() {
    static std::atomic<int> counter{0};
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() /
           ("parley_export_" + std::string(info->name()) + "_" +
            std::to_string(::getpid()) + "_" + std::to_string(counter++));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  ~Scratch() { fs::remove_all(dir_); }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;

  fs::path Path(const std::string& name) const { return dir_ / name; }

  // Writes `text` to `name` and returns its path.
  std::string File(const std::string& name, const std::string& text) const {
    WriteText(Path(name), text);
    return Path(name).string();
  }

  // Runs a shell command line with stdout and stderr captured.
  Ran Run(const std::string& command, const std::string& env = "") const {
    static std::atomic<int> counter{0};
    const std::string n = std::to_string(counter++);
    const fs::path out = Path("run" + n + ".out");
    const fs::path err = Path("run" + n + ".err");
    const std::string line = env + " " + command + " >" + Quoted(out.string()) +
                             " 2>" + Quoted(err.string()) + " </dev/null";
    const int status = std::system(line.c_str());
    Ran r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = ReadText(out);
    r.err = ReadText(err);
    return r;
  }

  // Runs `script` with Debian's Python (the one python3-networkx and
  // python3-rdflib install into), or the first python3 on PATH when there
  // is no /usr/bin/python3.
  Ran Python(const std::string& script,
             const std::vector<std::string>& args = {}) const {
    static std::atomic<int> counter{0};
    const std::string file =
        File("script" + std::to_string(counter++) + ".py", script);
    std::string command = Interpreter() + " " + Quoted(file);
    for (const std::string& a : args) command += " " + Quoted(a);
    return Run(command);
  }

  static std::string Interpreter() {
    return fs::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
  }

  // True when Python can import `module`.
  bool HavePython(const std::string& module) const {
    return Python("import " + module + "\n").exit_code == 0;
  }

 private:
  fs::path dir_;
};

// Python lines that teach networkx the GEXF 1.3 namespace when it predates
// it: Debian 12's networkx 2.8 reads only the 1.1 and 1.2 drafts, and 1.3
// changed nothing that its reader looks at but the namespace (networkx 3
// registers it the same way). A networkx that knows 1.3 is left alone.
inline constexpr char kNetworkxGexf13[] =
    "import networkx as nx\n"
    "from networkx.readwrite import gexf as _gexf\n"
    "if '1.3' not in _gexf.GEXF.versions:\n"
    "    _v = dict(_gexf.GEXF.versions['1.2draft'])\n"
    "    _v.update(NS_GEXF='http://gexf.net/1.3',\n"
    "              NS_VIZ='http://gexf.net/1.3/viz', VERSION='1.3')\n"
    "    _gexf.GEXF.versions['1.3'] = _v\n";

// Where a Kùzu node package is (bench/README.md: bench/run.sh installs it
// under $BENCH_DIR/kuzu): $PARLEY_KUZU_NODE_PATH, $BENCH_DIR/kuzu, or
// ./bench-out/kuzu; "" when none has node_modules/kuzu/kuzujs.node or
// `node` is missing.
inline std::string KuzuNodePath() {
  std::vector<fs::path> candidates;
  if (const char* p = std::getenv("PARLEY_KUZU_NODE_PATH")) {
    candidates.emplace_back(p);
  }
  if (const char* b = std::getenv("BENCH_DIR")) {
    candidates.push_back(fs::path(b) / "kuzu" / "node_modules");
  }
  candidates.push_back(fs::path("bench-out") / "kuzu" / "node_modules");
  if (std::system("node --version >/dev/null 2>&1") != 0) return "";
  for (const fs::path& c : candidates) {
    std::error_code ec;
    if (fs::exists(c / "kuzu" / "kuzujs.node", ec)) {
      return fs::absolute(c).string();
    }
  }
  return "";
}

}  // namespace parley::queries::export_test

#endif  // PARLEY_TESTS_QUERIES_EXPORT_CONSUMERS_H_
