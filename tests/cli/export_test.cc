// `parley export` end to end: what it writes opens in the tools people look
// at graphs with (networkx for GraphML and GEXF, Graphviz for DOT), with the
// same graph as the JSON export.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "tests/cli/cli_test_util.h"

namespace parley::cli_test {
namespace {

using nlohmann::json;

// Node and edge counts of a graph file as networkx reads it, or "" with
// the reason in `why` when python3 or networkx is missing.
constexpr char kNetworkxCount[] =
    "import networkx, sys\n"
    "read = networkx.read_graphml if sys.argv[2] == 'graphml' "
    "else networkx.read_gexf\n"
    "g = read(sys.argv[1])\n"
    "print(g.number_of_nodes(), g.number_of_edges())\n";

bool HaveNetworkx() {
  if (!HaveProgram("python3")) return false;
  return RunProgram("python3", {"-c", "import networkx"}).exit_code == 0;
}

class CliExportTest : public ::testing::TestWithParam<bool> {
 protected:
  // With the parameter set, the whole corpus (names with quotes, Cyrillic,
  // links between pages); else the seed alone.
  void SetUp() override {
    std::vector<std::string> args = {"import"};
    if (GetParam()) {
      for (const std::string& p : CorpusPages()) args.push_back(p);
    } else {
      args.push_back(SeedPage());
    }
    RunResult r = RunParleyOn(dir_.db(), args);
    ASSERT_EQ(r.exit_code, 0) << r;
    json graph = json::parse(ExportJson(dir_.db()));
    nodes_ = graph["nodes"].size();
    edges_ = graph["edges"].size();
    ASSERT_GT(nodes_, 0u);
  }

  // Exports `format` to a file with -o; returns its path.
  std::string ExportTo(const std::string& format) {
    std::string file = dir_.Path("graph." + format);
    RunResult r =
        RunParleyOn(dir_.db(), {"export", "--format", format, "-o", file});
    EXPECT_EQ(r.exit_code, 0) << r;
    EXPECT_TRUE(r.out.empty()) << "-o writes nothing on stdout: " << r;
    return file;
  }

  TempDir dir_;
  size_t nodes_ = 0;
  size_t edges_ = 0;
};

TEST_P(CliExportTest, GraphmlLoadsInNetworkxWithTheGraphOfTheJsonExport) {
  if (!HaveNetworkx()) GTEST_SKIP() << "python3 with networkx is not installed";
  std::string file = ExportTo("graphml");
  RunResult r = RunProgram("python3", {"-c", kNetworkxCount, file, "graphml"});
  ASSERT_EQ(r.exit_code, 0) << r;
  std::istringstream counts(r.out);
  size_t nodes = 0, edges = 0;
  counts >> nodes >> edges;
  EXPECT_EQ(nodes, nodes_);
  EXPECT_EQ(edges, edges_);
}

TEST_P(CliExportTest, GexfLoadsInNetworkxWithTheGraphOfTheJsonExport) {
  if (!HaveNetworkx()) GTEST_SKIP() << "python3 with networkx is not installed";
  std::string file = ExportTo("gexf");
  RunResult r = RunProgram("python3", {"-c", kNetworkxCount, file, "gexf"});
  ASSERT_EQ(r.exit_code, 0) << r;
  std::istringstream counts(r.out);
  size_t nodes = 0, edges = 0;
  counts >> nodes >> edges;
  EXPECT_EQ(nodes, nodes_);
  EXPECT_EQ(edges, edges_);
}

TEST_P(CliExportTest, DotRendersWithGraphviz) {
  if (!HaveProgram("dot")) GTEST_SKIP() << "Graphviz (dot) is not installed";
  std::string file = ExportTo("dot");
  RunResult r = RunProgram("dot", {"-Tsvg", file});
  ASSERT_EQ(r.exit_code, 0) << r;
  EXPECT_NE(r.out.find("<svg"), std::string::npos);
  EXPECT_NE(r.out.find("Kim Il Sung"), std::string::npos);
  EXPECT_TRUE(r.err.empty()) << "Graphviz warned: " << r.err;
}

TEST_P(CliExportTest, OutputFileHoldsWhatStdoutWouldShow) {
  std::string file = ExportTo("json");
  EXPECT_EQ(ReadBytes(file), ExportJson(dir_.db()));
  EXPECT_FALSE(fs::exists(file + ".tmp"));
}

INSTANTIATE_TEST_SUITE_P(SeedAndCorpus, CliExportTest, ::testing::Bool(),
                         [](const auto& info) {
                           return info.param ? "Corpus" : "Seed";
                         });

TEST(CliExportFormatTest, AnUnknownFormatIsBadUsage) {
  TempDir dir;
  ASSERT_EQ(RunParleyOn(dir.db(), {"import", SeedPage()}).exit_code, 0);
  RunResult r = RunParleyOn(dir.db(), {"export", "--format", "pdf"});
  EXPECT_EQ(r.exit_code, 2) << r;
  EXPECT_EQ(r.ErrLines().size(), 1u) << r;
  EXPECT_NE(r.err.find("pdf"), std::string::npos) << r;
}

TEST(CliExportFormatTest, ExportOfAMissingDatabaseSaysSo) {
  TempDir dir;
  RunResult r = RunParleyOn(dir.db(), {"export", "--format", "json"});
  EXPECT_NE(r.exit_code, 0) << r;
  EXPECT_NE(r.err.find(dir.db()), std::string::npos) << r;
  EXPECT_FALSE(fs::exists(dir.db())) << "a query must not create a database";
}

}  // namespace
}  // namespace parley::cli_test
