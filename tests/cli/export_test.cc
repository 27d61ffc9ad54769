// `parley export` end to end: what it writes opens in the tools people look
// at graphs with (networkx for GraphML and GEXF, Graphviz for DOT, rdflib for
// Turtle and JSON-LD, Python's csv for the Neo4j files), with the same graph
// as the JSON export; a write that fails says so and leaves nothing behind.
#include <gtest/gtest.h>

#include <algorithm>
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
// Debian 12's networkx 2.8 predates GEXF 1.3: it is taught the namespace, as
// networkx 3 has it (see tests/queries/export_consumers.h).
constexpr char kNetworkxCount[] =
    "import networkx, sys\n"
    "from networkx.readwrite import gexf as _gexf\n"
    "if '1.3' not in _gexf.GEXF.versions:\n"
    "    _v = dict(_gexf.GEXF.versions['1.2draft'])\n"
    "    _v.update(NS_GEXF='http://gexf.net/1.3',\n"
    "              NS_VIZ='http://gexf.net/1.3/viz', VERSION='1.3')\n"
    "    _gexf.GEXF.versions['1.3'] = _v\n"
    "read = networkx.read_graphml if sys.argv[2] == 'graphml' "
    "else networkx.read_gexf\n"
    "g = read(sys.argv[1])\n"
    "print(g.number_of_nodes(), g.number_of_edges())\n";

// Debian's Python, where python3-networkx and python3-rdflib are (a pyenv
// python3 first on PATH may lack them).
std::string Python() {
  return fs::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
}

bool HavePython(const std::string& module) {
  if (Python() == "python3" && !HaveProgram("python3")) return false;
  return RunProgram(Python(), {"-c", "import " + module}).exit_code == 0;
}

bool HaveNetworkx() { return HavePython("networkx"); }

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
  RunResult r = RunProgram(Python(), {"-c", kNetworkxCount, file, "graphml"});
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
  RunResult r = RunProgram(Python(), {"-c", kNetworkxCount, file, "gexf"});
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

TEST_P(CliExportTest, RdfLoadsInRdflibWithEveryNode) {
  if (!HavePython("rdflib")) GTEST_SKIP() << "python3-rdflib is not installed";
  std::string ttl = ExportTo("turtle");
  std::string jsonld = ExportTo("jsonld");
  RunResult r = RunProgram(
      Python(),
      {"-c",
       "import sys\n"
       "from rdflib import Graph\n"
       "from rdflib.namespace import RDF\n"
       "t = Graph().parse(sys.argv[1], format='turtle')\n"
       "j = Graph().parse(sys.argv[2], format='json-ld')\n"
       "print(len(set(t.subjects(RDF.type))) - "
       "len(list(t.subjects(RDF.type, RDF.Statement))), len(t) == len(j))\n",
       ttl, jsonld});
  ASSERT_EQ(r.exit_code, 0) << r;
  EXPECT_EQ(r.out, std::to_string(nodes_) + " True\n");
}

TEST_P(CliExportTest, CytoscapeHasTheGraphOfTheJsonExport) {
  json cy = json::parse(ReadBytes(ExportTo("cytoscape")));
  EXPECT_EQ(cy["elements"]["nodes"].size(), nodes_);
  EXPECT_EQ(cy["elements"]["edges"].size(), edges_);
}

TEST_P(CliExportTest, Neo4jWritesBothFilesIntoAFolder) {
  std::string folder = dir_.Path("neo4j");
  RunResult r =
      RunParleyOn(dir_.db(), {"export", "--format", "neo4j", "-o", folder});
  ASSERT_EQ(r.exit_code, 0) << r;
  EXPECT_NE(r.err.find("nodes.csv"), std::string::npos) << r;
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(folder)) {
    files.push_back(entry.path().filename().string());
  }
  std::sort(files.begin(), files.end());
  EXPECT_EQ(files,
            (std::vector<std::string>{"nodes.csv", "relationships.csv"}));
  RunResult rows = RunProgram(
      Python(), {"-c",
                 "import csv, sys\n"
                 "for f in sys.argv[1:]:\n"
                 "    rows = list(csv.reader(open(f, newline='', "
                 "encoding='utf-8'), strict=True))\n"
                 "    assert len({len(r) for r in rows}) == 1, f\n"
                 "    print(rows[0][0], len(rows) - 1)\n",
                 folder + "/nodes.csv", folder + "/relationships.csv"});
  ASSERT_EQ(rows.exit_code, 0) << rows;
  EXPECT_EQ(rows.out, "id:ID " + std::to_string(nodes_) + "\n:START_ID " +
                          std::to_string(edges_) + "\n");
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

TEST(CliExportWriteTest, AFullDeviceIsAnErrorNamingIt) {
  if (!fs::exists("/dev/full")) GTEST_SKIP() << "no /dev/full here";
  TempDir dir;
  ASSERT_EQ(RunParleyOn(dir.db(), {"import", SeedPage()}).exit_code, 0);
  for (const std::string format : {"json", "graphml", "turtle"}) {
    RunResult r = RunParleyOn(
        dir.db(), {"export", "--format", format, "-o", "/dev/full"});
    EXPECT_EQ(r.exit_code, 2) << format << ": " << r;
    ASSERT_EQ(r.ErrLines().size(), 1u) << r;
    EXPECT_EQ(r.err.rfind("parley: /dev/full: ", 0), 0u) << r;
    EXPECT_EQ(r.err.find("wrote"), std::string::npos) << r;
    EXPECT_TRUE(fs::is_character_file("/dev/full")) << "the device stays";
  }
  // Standard output redirected to the full device.
  RunResult r = RunProgram(
      "sh", {"-c", std::string("\"$0\" --db \"$1\" export > /dev/full"),
             PARLEY_BINARY, dir.db()});
  EXPECT_EQ(r.exit_code, 2) << r;
  EXPECT_NE(r.err.find("parley: standard output: "), std::string::npos) << r;
}

TEST(CliExportWriteTest, AFailedExportLeavesNothingBehind) {
  TempDir dir;
  ASSERT_EQ(RunParleyOn(dir.db(), {"import", SeedPage()}).exit_code, 0);
  // Into a folder that is not there.
  std::string file = dir.Path("missing/graph.json");
  RunResult r = RunParleyOn(dir.db(), {"export", "-o", file});
  EXPECT_EQ(r.exit_code, 2) << r;
  ASSERT_EQ(r.ErrLines().size(), 1u) << r;
  EXPECT_NE(r.err.find(file), std::string::npos) << r;
  EXPECT_FALSE(fs::exists(dir.Path("missing"))) << r;
  // Onto a folder.
  fs::create_directories(dir.Path("folder"));
  r = RunParleyOn(dir.db(), {"export", "-o", dir.Path("folder")});
  EXPECT_EQ(r.exit_code, 2) << r;
  EXPECT_TRUE(fs::is_empty(dir.Path("folder")));
  // neo4j with no folder, or onto a file.
  r = RunParleyOn(dir.db(), {"export", "--format", "neo4j"});
  EXPECT_EQ(r.exit_code, 2) << r;
  EXPECT_NE(r.err.find("-o FOLDER"), std::string::npos) << r;
  WriteBytes(dir.Path("plain"), "keep me");
  r = RunParleyOn(dir.db(),
                  {"export", "--format", "neo4j", "-o", dir.Path("plain")});
  EXPECT_EQ(r.exit_code, 2) << r;
  EXPECT_EQ(ReadBytes(dir.Path("plain")), "keep me");
  for (const auto& entry : fs::directory_iterator(dir.Path(""))) {
    EXPECT_EQ(entry.path().string().find(".tmp"), std::string::npos)
        << entry.path();
  }
}

// Hostile text through the whole pipeline: a JSON document whose title,
// summary, citation, author and clause texts carry quotes, backslashes,
// line breaks, <script>, right-to-left marks, U+FFFF and U+FFFE, ESC and SOH
// is imported, and every export format still loads in its consumer.
TEST(CliExportHostileTest, EveryFormatOfAHostileImportLoadsInItsConsumer) {
  const std::string hostile =
      "O'Brien \"Bob\" <script>alert('x')</script> & \\back\\slash\nline "
      "two\r\nthree\ttab; semi, comma \xE2\x80\x8F rtl \xE2\x80\xAE override "
      "\xEF\xBF\xBF ffff \xEF\xBF\xBE fffe \x01 soh \x1B[2J esc ]]> \"\"\" "
      "''' `tick`";
  json doc = {{"format", "parley-document"},
              {"version", 1},
              {"document",
               {{"type", "telegram"},
                {"number", "666"},
                {"date", "1951-07-09"},
                {"title", hostile},
                {"languages", {"en", "ru"}},
                {"authors", {hostile, "Kim Il Sung"}},
                {"recipients", {"Mao Zedong"}},
                {"summary", hostile},
                {"source", {{{"citation", hostile}}}}}},
              {"clauses",
               {{{"ordinal", "1"},
                 {"text",
                  {{"en", hostile + " withdraw troops 10 km"},
                   {"ru", hostile + " отвести войска"}}},
                 {"proposer", hostile}}}}};
  TempDir dir;
  const std::string file = dir.Path("hostile.json");
  WriteBytes(file, doc.dump());
  RunResult r = RunParleyOn(dir.db(), {"import", file});
  ASSERT_EQ(r.exit_code, 0) << r;
  json graph = json::parse(ExportJson(dir.db()));
  const size_t nodes = graph["nodes"].size(), edges = graph["edges"].size();
  ASSERT_GE(nodes, 4u);
  EXPECT_EQ(graph["nodes"][0]["label"], hostile) << "JSON keeps every byte";

  auto export_to = [&](const std::string& format) {
    std::string out = dir.Path("h." + format);
    RunResult e =
        RunParleyOn(dir.db(), {"export", "--format", format, "-o", out});
    EXPECT_EQ(e.exit_code, 0) << format << ": " << e;
    return out;
  };
  const std::string count =
      std::to_string(nodes) + " " + std::to_string(edges) + "\n";
  if (HaveNetworkx()) {
    for (const std::string format : {"graphml", "gexf"}) {
      RunResult n = RunProgram(
          Python(), {"-c", kNetworkxCount, export_to(format), format});
      ASSERT_EQ(n.exit_code, 0) << format << ": " << n;
      EXPECT_EQ(n.out, count) << format;
    }
  }
  if (HavePython("rdflib")) {
    RunResult t = RunProgram(
        Python(), {"-c",
                   "import sys\n"
                   "from rdflib import Graph\n"
                   "from rdflib.namespace import RDFS\n"
                   "t = Graph().parse(sys.argv[1], format='turtle')\n"
                   "j = Graph().parse(sys.argv[2], format='json-ld')\n"
                   "labels = {str(o) for o in t.objects(None, RDFS.label)}\n"
                   "print(len(t) == len(j), any('<script>' in l and "
                   "'\\uffff' not in l for l in labels))\n",
                   export_to("turtle"), export_to("jsonld")});
    ASSERT_EQ(t.exit_code, 0) << t;
    EXPECT_EQ(t.out, "True True\n");
  }
  if (HaveProgram("dot")) {
    RunResult d = RunProgram("dot", {"-Tsvg", export_to("dot")});
    EXPECT_EQ(d.exit_code, 0) << d;
    EXPECT_EQ(d.out.find("<script>"), std::string::npos) << "inert in SVG";
  }
  json cy = json::parse(ReadBytes(export_to("cytoscape")));
  EXPECT_EQ(cy["elements"]["nodes"].size(), nodes);
  EXPECT_EQ(cy["elements"]["edges"].size(), edges);

  std::string folder = dir.Path("neo4j");
  RunResult neo =
      RunParleyOn(dir.db(), {"export", "--format", "neo4j", "-o", folder});
  ASSERT_EQ(neo.exit_code, 0) << neo;
  RunResult csv = RunProgram(
      Python(), {"-c",
                 "import csv, sys\n"
                 "for f in sys.argv[1:]:\n"
                 "    rows = list(csv.reader(open(f, newline='', "
                 "encoding='utf-8'), strict=True))\n"
                 "    assert len({len(r) for r in rows}) == 1, f\n"
                 "    print(len(rows) - 1, end=' ')\n",
                 folder + "/nodes.csv", folder + "/relationships.csv"});
  ASSERT_EQ(csv.exit_code, 0) << csv;
  EXPECT_EQ(csv.out, std::to_string(nodes) + " " + std::to_string(edges) + " ");

  // Cypher: one statement per line, the payload escaped inside it.
  const std::string cypher = ReadBytes(export_to("cypher"));
  size_t statements = 0;
  for (const std::string& line : Lines(cypher)) {
    if (line.rfind("//", 0) == 0) continue;
    EXPECT_EQ(line.back(), ';') << line;
    ++statements;
  }
  EXPECT_EQ(statements, 1 + nodes + edges);
  EXPECT_NE(cypher.find("O\\'Brien \"Bob\" <script>alert(\\'x\\')</script> & "
                        "\\\\back\\\\slash\\nline two\\r\\nthree\\ttab"),
            std::string::npos);
}

}  // namespace
}  // namespace parley::cli_test
