#include "queries/export.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "graph/model.h"
#include "queries/detail/escape.h"
#include "queries/json_value.h"
#include "tests/queries/export_consumers.h"

namespace parley::queries {
namespace {

namespace fs = std::filesystem;
using graph::Edge;
using graph::EdgeKind;
using graph::Evidence;
using graph::Node;
using graph::NodeKind;
using graph::Value;
using nlohmann::json;

constexpr char kDoc[] = "doc:telegram-21404-1951-07-03";
constexpr char kClause[] = "doc:telegram-21404-1951-07-03/clause-2";
constexpr char kKim[] = "person:kim-il-sung";
constexpr char kParallel[] = "place:38th-parallel";
constexpr char kVolunteers[] = "org:chinese-peoples-volunteers";
// Labels that need escaping in every format.
constexpr char kDocLabel[] =
    "Ciphered Telegram No. 21404 from \"Filippov\" <Stalin> & Mao";
constexpr char kClauseLabel[] =
    "Пункт 2: отвести войска на \"10 км\" от 38 параллели";
constexpr char kParallelLabel[] = "line one\nline two \\ end\\";

// Kim Il Sung's telegram with its second clause, in scrambled order, plus an
// edge to a node that is not there.
GraphData SampleGraph() {
  Node kim;
  kim.id = kKim;
  kim.kind = NodeKind::kPerson;
  kim.label = "Kim Il Sung";
  kim.aliases = {"KIM IL SUNG", "КИМ ИР СЕН", "КИМ ИР СЕНА"};
  kim.props["wikidata"] = "Q39074";
  kim.evidence = {{kDoc, "ru", 812, 830, "КИМ ИР СЕН"}};

  Node doc;
  doc.id = kDoc;
  doc.kind = NodeKind::kDocument;
  doc.label = kDocLabel;
  doc.props["doc_type"] = "telegram";
  doc.props["number"] = "21404";
  doc.props["date"] = "1951-07-03";
  Value source = Value::MakeObject();
  source["citation"] = "APRF, f. 45, op. 1, d. 339, ll. 6-7";
  source["fond"] = "45";
  doc.props["source"] = Value::Array{source};

  Node clause;
  clause.id = kClause;
  clause.kind = NodeKind::kClause;
  clause.label = kClauseLabel;
  clause.props["ordinal"] = "2";
  clause.props["text"]["ru"] =
      "отвести войска на 10 км от 38 параллели в течение трех дней";
  clause.props["text"]["en"] =
      "withdraw troops 10 km from the 38th parallel within three days";
  clause.props["topics"] = Value::Array{"withdrawal", "buffer_zone"};
  Value distance = Value::MakeObject();
  distance["min"] = 10;
  distance["max"] = 10;
  distance["unit"] = "km";
  distance["from"] = "38th parallel";
  clause.props["terms"]["distances"] = Value::Array{distance};
  clause.evidence = {{kDoc, "ru", 1200, 1290, "отвести войска на 10 км"}};

  Node parallel;
  parallel.id = kParallel;
  parallel.kind = NodeKind::kPlace;
  parallel.label = kParallelLabel;

  Node volunteers;
  volunteers.id = kVolunteers;
  volunteers.kind = NodeKind::kOrganization;
  volunteers.label = "Chinese People's Volunteers";

  Edge authored{kKim,
                kDoc,
                EdgeKind::kAuthored,
                Value::MakeObject(),
                {{kDoc, "en", 40, 51, "KIM IL SUNG"}}};
  Edge has_clause{kDoc,
                  kClause,
                  EdgeKind::kHasClause,
                  Value::MakeObject(),
                  {{kDoc, "ru", 1195, 1290, "2. отвести войска"}}};
  Edge proposes{kKim,
                kClause,
                EdgeKind::kProposes,
                Value::MakeObject(),
                {{kDoc, "en", 2000, 2050, "withdraw troops 10 km"}}};
  Edge concerns{
      kClause, kParallel, EdgeKind::kConcerns, Value::MakeObject(), {}};
  concerns.props["role"] = "from";
  Edge dangling{
      kDoc, "person:nobody", EdgeKind::kMentions, Value::MakeObject(), {}};

  GraphData data;
  data.nodes = {parallel, kim, volunteers, clause, doc};
  data.edges = {proposes, dangling, concerns, authored, has_clause};
  return data;
}

std::string Export(const GraphData& data, ExportFormat format) {
  std::ostringstream out;
  Status status = WriteExport(data, format, out);
  EXPECT_TRUE(status.ok()) << status.message();
  return out.str();
}

bool HaveCommand(const std::string& check) {
  return std::system((check + " >/dev/null 2>&1").c_str()) == 0;
}

bool HaveNetworkx() {
  return HaveCommand(export_test::Scratch::Interpreter() +
                     " -c 'import networkx'");
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void WriteFile(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

size_t Count(const std::string& text, const std::string& needle) {
  size_t count = 0;
  for (size_t at = text.find(needle); at != std::string::npos;
       at = text.find(needle, at + needle.size())) {
    ++count;
  }
  return count;
}

class ExportFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() /
           (std::string("parley_export_") + info->name() + "_" +
            std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Loads `file` with networkx (`reader` is read_graphml or read_gexf) and
  // returns what it saw: {"nodes": {id: attrs}, "edges": [[u, v, attrs]]}.
  json LoadWithNetworkx(const fs::path& file, const std::string& reader) {
    fs::path script = dir_ / "load.py";
    fs::path result = dir_ / "loaded.json";
    WriteFile(script,
              std::string(export_test::kNetworkxGexf13) +
                  "import json, sys\n"
                  "g = nx." +
                  reader +
                  "(sys.argv[1])\n"
                  "out = {'directed': g.is_directed(),\n"
                  "       'nodes': {n: d for n, d in g.nodes(data=True)},\n"
                  "       'edges': [[u, v, d] for u, v, d in "
                  "g.edges(data=True)]}\n"
                  "with open(sys.argv[2], 'w', encoding='utf-8') as f:\n"
                  "    json.dump(out, f, ensure_ascii=False)\n");
    // Debian's Python, where python3-networkx is (a pyenv python3 first on
    // PATH may lack it).
    const std::string python =
        fs::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
    std::string command = python + " '" + script.string() + "' '" +
                          file.string() + "' '" + result.string() + "' 2>'" +
                          (dir_ / "python.err").string() + "'";
    int rc = std::system(command.c_str());
    EXPECT_EQ(rc, 0) << ReadFile(dir_ / "python.err");
    if (rc != 0) return json();
    return json::parse(ReadFile(result));
  }

  fs::path dir_;
};

TEST(ExportTest, JsonFollowsTheContract) {
  const std::string text = Export(SampleGraph(), ExportFormat::kJson);
  const json j = json::parse(text);
  EXPECT_EQ(j["format"], "parley-graph");
  EXPECT_EQ(j["version"], 1);

  std::vector<std::string> ids;
  for (const json& node : j["nodes"]) ids.push_back(node["id"]);
  EXPECT_EQ(ids, (std::vector<std::string>{kDoc, kClause, kVolunteers, kKim,
                                           kParallel}));

  const json& kim = j["nodes"][3];
  EXPECT_EQ(kim["kind"], "Person");
  EXPECT_EQ(kim["label"], "Kim Il Sung");
  EXPECT_EQ(kim["aliases"], json({"KIM IL SUNG", "КИМ ИР СЕН", "КИМ ИР СЕНА"}));
  EXPECT_EQ(kim["props"], json({{"wikidata", "Q39074"}}));
  ASSERT_EQ(kim["evidence"].size(), 1u);
  EXPECT_EQ(kim["evidence"][0], json({{"doc", kDoc},
                                      {"lang", "ru"},
                                      {"start", 812},
                                      {"end", 830},
                                      {"quote", "КИМ ИР СЕН"}}));

  const json& clause = j["nodes"][1];
  EXPECT_EQ(clause["kind"], "Clause");
  EXPECT_EQ(clause["label"], kClauseLabel);
  EXPECT_EQ(clause["props"]["text"]["en"],
            "withdraw troops 10 km from the 38th parallel within three days");
  EXPECT_EQ(clause["props"]["terms"]["distances"][0]["min"], 10);
  EXPECT_EQ(clause["props"]["topics"], json({"withdrawal", "buffer_zone"}));
  EXPECT_EQ(j["nodes"][0]["label"], kDocLabel);
  EXPECT_EQ(j["nodes"][0]["props"]["source"][0]["fond"], "45");
}

TEST(ExportTest, JsonEdgesAreSortedAndCarryEvidence) {
  const json j = json::parse(Export(SampleGraph(), ExportFormat::kJson));
  std::vector<std::string> edges;
  for (const json& edge : j["edges"]) {
    edges.push_back(edge["source"].get<std::string>() + " " +
                    edge["kind"].get<std::string>() + " " +
                    edge["target"].get<std::string>());
    EXPECT_TRUE(edge["props"].is_object());
    EXPECT_TRUE(edge["evidence"].is_array());
  }
  // The MENTIONS edge to a node that is not there is left out.
  EXPECT_EQ(edges, (std::vector<std::string>{
                       std::string(kDoc) + " HAS_CLAUSE " + kClause,
                       std::string(kClause) + " CONCERNS " + kParallel,
                       std::string(kKim) + " AUTHORED " + kDoc,
                       std::string(kKim) + " PROPOSES " + kClause,
                   }));
  EXPECT_EQ(j["edges"][1]["props"], json({{"role", "from"}}));
  EXPECT_EQ(j["edges"][2]["evidence"][0]["quote"], "KIM IL SUNG");
  EXPECT_EQ(j["edges"][3]["evidence"][0]["lang"], "en");
}

TEST(ExportTest, JsonKeepsContractKeyOrderAndUnescapedUtf8) {
  const std::string text = Export(SampleGraph(), ExportFormat::kJson);
  EXPECT_NE(text.find("\"КИМ ИР СЕН\""), std::string::npos);
  EXPECT_EQ(text.find("\\u04"), std::string::npos);
  const nlohmann::ordered_json j = nlohmann::ordered_json::parse(text);
  std::vector<std::string> top, node_keys, edge_keys;
  for (const auto& [key, value] : j.items()) top.push_back(key);
  for (const auto& [key, value] : j["nodes"][0].items()) {
    node_keys.push_back(key);
  }
  for (const auto& [key, value] : j["edges"][0].items()) {
    edge_keys.push_back(key);
  }
  EXPECT_EQ(top,
            (std::vector<std::string>{"format", "version", "nodes", "edges"}));
  EXPECT_EQ(node_keys,
            (std::vector<std::string>{"id", "kind", "label", "aliases", "props",
                                      "evidence"}));
  EXPECT_EQ(edge_keys, (std::vector<std::string>{"source", "target", "kind",
                                                 "props", "evidence"}));
}

TEST(ExportTest, JsonReadsBackIntoTheSameGraph) {
  GraphData data = SampleGraph();
  const json j = json::parse(Export(data, ExportFormat::kJson));
  for (const json& item : j["nodes"]) {
    Result<Node> node = NodeFromJson(item);
    ASSERT_TRUE(node.ok()) << node.status().message();
    auto original =
        std::find_if(data.nodes.begin(), data.nodes.end(),
                     [&](const Node& n) { return n.id == node->id; });
    ASSERT_NE(original, data.nodes.end());
    EXPECT_EQ(node->kind, original->kind);
    EXPECT_EQ(node->label, original->label);
    EXPECT_EQ(node->aliases, original->aliases);
    EXPECT_EQ(node->props, original->props) << item.dump();
    EXPECT_EQ(node->evidence, original->evidence);
  }
  for (const json& item : j["edges"]) {
    Result<Edge> edge = EdgeFromJson(item);
    ASSERT_TRUE(edge.ok()) << edge.status().message();
    auto original =
        std::find_if(data.edges.begin(), data.edges.end(), [&](const Edge& e) {
          return e.source == edge->source && e.kind == edge->kind &&
                 e.target == edge->target;
        });
    ASSERT_NE(original, data.edges.end());
    EXPECT_EQ(edge->props, original->props);
    EXPECT_EQ(edge->evidence, original->evidence);
  }
}

TEST(ExportTest, EmptyGraphIsAValidDocument) {
  const json j = json::parse(Export(GraphData{}, ExportFormat::kJson));
  EXPECT_TRUE(j["nodes"].is_array() && j["nodes"].empty());
  EXPECT_TRUE(j["edges"].is_array() && j["edges"].empty());
}

TEST(ExportTest, OutputDoesNotDependOnInputOrder) {
  GraphData data = SampleGraph();
  GraphData reversed = data;
  std::reverse(reversed.nodes.begin(), reversed.nodes.end());
  std::reverse(reversed.edges.begin(), reversed.edges.end());
  for (std::string_view name : ExportFormatNames()) {
    ExportFormat format = *ParseExportFormat(name);
    if (!ExportFileNames(format).empty()) continue;  // neo4j: a folder
    EXPECT_EQ(Export(data, format), Export(reversed, format)) << name;
  }
}

TEST(ExportTest, ReportsAStreamThatCannotBeWritten) {
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  Status status = WriteExport(SampleGraph(), ExportFormat::kJson, out);
  EXPECT_EQ(status.code(), Status::Code::kIOError);
}

TEST_F(ExportFileTest, DotRendersWithGraphviz) {
  const std::string dot = Export(SampleGraph(), ExportFormat::kDot);
  EXPECT_EQ(dot.rfind("digraph G {", 0), 0u) << dot;
  EXPECT_NE(dot.find("\"person:kim-il-sung\""), std::string::npos);
  if (!HaveCommand("dot -V")) GTEST_SKIP() << "Graphviz dot is not installed";

  GraphData data = SampleGraph();
  // A label DOT would read as a keyword if Boost left it unquoted.
  data.nodes[2].label = "Node";
  WriteFile(dir_ / "graph.dot", Export(data, ExportFormat::kDot));
  std::string command = "dot -Tsvg '" + (dir_ / "graph.dot").string() +
                        "' -o '" + (dir_ / "graph.svg").string() + "' 2>'" +
                        (dir_ / "dot.err").string() + "'";
  ASSERT_EQ(std::system(command.c_str()), 0)
      << ReadFile(dir_ / "dot.err") << "\n"
      << ReadFile(dir_ / "graph.dot");
  const std::string svg = ReadFile(dir_ / "graph.svg");
  EXPECT_NE(svg.find(">Kim Il Sung<"), std::string::npos);
  EXPECT_NE(svg.find(">Ciphered Telegram No. 21404 from &quot;Filippov&quot; "
                     "&lt;Stalin&gt; &amp; Mao<"),
            std::string::npos)
      << svg;
  EXPECT_NE(svg.find(">Пункт 2: отвести войска на &quot;10 км&quot; от 38 "
                     "параллели<"),
            std::string::npos);
  // The line break became a second line; backslashes survive as they were.
  EXPECT_NE(svg.find(">line one<"), std::string::npos);
  EXPECT_NE(svg.find(">line two \\ end\\<"), std::string::npos);
  EXPECT_NE(svg.find(">Node<"), std::string::npos);
  EXPECT_NE(svg.find(">PROPOSES<"), std::string::npos);
  EXPECT_EQ(Count(svg, "class=\"node\""), 5u);
  EXPECT_EQ(Count(svg, "class=\"edge\""), 4u);
}

TEST_F(ExportFileTest, GraphmlLoadsInNetworkxKeyedByNodeId) {
  if (!HaveNetworkx()) {
    GTEST_SKIP() << "python3 with networkx is not installed";
  }
  WriteFile(dir_ / "graph.graphml",
            Export(SampleGraph(), ExportFormat::kGraphml));
  const json g = LoadWithNetworkx(dir_ / "graph.graphml", "read_graphml");
  ASSERT_FALSE(g.is_null());
  EXPECT_TRUE(g["directed"].get<bool>());
  ASSERT_EQ(g["nodes"].size(), 5u);
  ASSERT_EQ(g["edges"].size(), 4u);

  const json& kim = g["nodes"][kKim];
  EXPECT_EQ(kim["kind"], "Person");
  EXPECT_EQ(kim["label"], "Kim Il Sung");
  EXPECT_EQ(kim["aliases"], "KIM IL SUNG; КИМ ИР СЕН; КИМ ИР СЕНА");
  EXPECT_EQ(kim["wikidata"], "Q39074");
  EXPECT_FALSE(kim.contains("props")) << "props are typed keys, not JSON";
  EXPECT_EQ(json::parse(kim["evidence"].get<std::string>())[0]["start"], 812);

  EXPECT_EQ(g["nodes"][kDoc]["label"], kDocLabel);
  EXPECT_EQ(g["nodes"][kClause]["label"], kClauseLabel);
  EXPECT_EQ(g["nodes"][kParallel]["label"], kParallelLabel);
  EXPECT_EQ(g["nodes"][kVolunteers]["label"], "Chinese People's Volunteers");
  EXPECT_EQ(g["nodes"][kClause]["text_ru"],
            "отвести войска на 10 км от 38 параллели в течение трех дней");
  EXPECT_EQ(g["nodes"][kClause]["topics"], "withdrawal; buffer_zone");
  EXPECT_EQ(g["nodes"][kDoc]["date"], "1951-07-03");

  bool found = false;
  for (const json& edge : g["edges"]) {
    if (edge[0] == kKim && edge[1] == kClause) {
      found = true;
      EXPECT_EQ(edge[2]["kind"], "PROPOSES");
      EXPECT_EQ(json::parse(edge[2]["evidence"].get<std::string>())[0]["quote"],
                "withdraw troops 10 km");
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(ExportFileTest, GexfLoadsInNetworkx) {
  if (!HaveNetworkx()) {
    GTEST_SKIP() << "python3 with networkx is not installed";
  }
  WriteFile(dir_ / "graph.gexf", Export(SampleGraph(), ExportFormat::kGexf));
  const json g = LoadWithNetworkx(dir_ / "graph.gexf", "read_gexf");
  ASSERT_FALSE(g.is_null());
  ASSERT_EQ(g["nodes"].size(), 5u);
  ASSERT_EQ(g["edges"].size(), 4u);
  EXPECT_EQ(g["nodes"][kKim]["kind"], "Person");
  EXPECT_EQ(g["nodes"][kDoc]["label"], kDocLabel);
  EXPECT_EQ(g["nodes"][kParallel]["label"], kParallelLabel);
  EXPECT_EQ(json::parse(g["nodes"][kKim]["aliases"].get<std::string>()),
            json({"KIM IL SUNG", "КИМ ИР СЕН", "КИМ ИР СЕНА"}));
  EXPECT_EQ(g["nodes"][kKim]["wikidata"], "Q39074");
}

TEST(ExportTest, CypherMergesEveryNodeAndEdge) {
  const std::string cypher = Export(SampleGraph(), ExportFormat::kCypher);
  EXPECT_EQ(Count(cypher, "\nMERGE (n:ParleyNode {id: "), 5u);
  EXPECT_EQ(Count(cypher, "\nMATCH (a:ParleyNode {id: "), 4u);
  EXPECT_NE(cypher.find("MERGE (n:ParleyNode {id: 'person:kim-il-sung'}) "
                        "SET n:Person, n.kind = 'Person', "
                        "n.label = 'Kim Il Sung', n.aliases = ['KIM IL SUNG', "
                        "'КИМ ИР СЕН', 'КИМ ИР СЕНА']"),
            std::string::npos)
      << cypher;
  EXPECT_NE(cypher.find("n.label = 'Chinese People\\'s Volunteers'"),
            std::string::npos);
  EXPECT_NE(cypher.find("n.label = 'line one\\nline two \\\\ end\\\\'"),
            std::string::npos);
  EXPECT_NE(cypher.find("n.`date` = '1951-07-03'"), std::string::npos);
  EXPECT_NE(cypher.find("n.`topics` = ['withdrawal', 'buffer_zone']"),
            std::string::npos);
  EXPECT_NE(cypher.find("MERGE (a)-[r:PROPOSES]->(b)"), std::string::npos);
  EXPECT_EQ(cypher.find("person:nobody"), std::string::npos);
}

TEST(ExportFormatTest, ParsesNamesInAnyCase) {
  EXPECT_EQ(ParseExportFormat("json"), ExportFormat::kJson);
  EXPECT_EQ(ParseExportFormat("DOT"), ExportFormat::kDot);
  EXPECT_EQ(ParseExportFormat("gv"), ExportFormat::kDot);
  EXPECT_EQ(ParseExportFormat("GraphML"), ExportFormat::kGraphml);
  EXPECT_EQ(ParseExportFormat("gexf"), ExportFormat::kGexf);
  EXPECT_EQ(ParseExportFormat("neo4j"), ExportFormat::kNeo4j);
  EXPECT_EQ(ParseExportFormat("cypher"), ExportFormat::kCypher);
  EXPECT_EQ(ParseExportFormat("TTL"), ExportFormat::kTurtle);
  EXPECT_EQ(ParseExportFormat("json-ld"), ExportFormat::kJsonLd);
  EXPECT_EQ(ParseExportFormat("cyjs"), ExportFormat::kCytoscape);
  EXPECT_EQ(ParseExportFormat("pdf"), std::nullopt);
  EXPECT_EQ(ParseExportFormat(""), std::nullopt);
  for (std::string_view name : ExportFormatNames()) {
    std::optional<ExportFormat> format = ParseExportFormat(name);
    ASSERT_TRUE(format.has_value()) << name;
    EXPECT_EQ(ExportFormatName(*format), name);
  }
  EXPECT_EQ(ExportFormatExtension(ExportFormat::kGraphml), ".graphml");
}

TEST(SubgraphTest, KeepsChosenNodesAndTheEdgesAmongThem) {
  GraphData part = Subgraph(SampleGraph(), {kKim, kClause, "person:absent"});
  ASSERT_EQ(part.nodes.size(), 2u);
  ASSERT_EQ(part.edges.size(), 1u);
  EXPECT_EQ(part.edges[0].kind, EdgeKind::kProposes);
}

// A Reader over fixed lists, for LoadGraph.
class ListReader : public storage::Reader {
 public:
  explicit ListReader(GraphData data) : data_(std::move(data)) {}
  std::optional<Node> GetNode(const graph::NodeId&) override { return {}; }
  std::vector<Edge> OutEdges(const graph::NodeId&,
                             std::optional<EdgeKind>) override {
    return {};
  }
  std::vector<Edge> InEdges(const graph::NodeId&,
                            std::optional<EdgeKind>) override {
    return {};
  }
  void ForEachNode(const std::function<bool(const Node&)>& fn) override {
    for (const Node& node : data_.nodes) {
      if (!fn(node)) return;
    }
  }
  void ForEachEdge(const std::function<bool(const Edge&)>& fn) override {
    for (const Edge& edge : data_.edges) {
      if (!fn(edge)) return;
    }
  }
  std::vector<graph::NodeId> LookupName(const std::string&) override {
    return {};
  }
  std::optional<std::string> PageText(const std::string&) override {
    return {};
  }
  std::vector<storage::PageInfo> Pages() override { return {}; }

 private:
  GraphData data_;
};

TEST(LoadGraphTest, ReadsEveryNodeAndEdge) {
  ListReader reader(SampleGraph());
  GraphData data = LoadGraph(reader);
  EXPECT_EQ(data.nodes.size(), 5u);
  EXPECT_EQ(data.edges.size(), 5u);
}

TEST(JsonValueTest, RoundTripsEveryKindOfValue) {
  Value value = Value::MakeObject();
  value["null"] = Value();
  value["bool"] = true;
  value["int"] = int64_t{-5};
  value["double"] = 2.5;
  value["text"] = "КИМ \"ИР\" СЕН";
  value["list"] = Value::Array{1, "two", Value::Array{}};
  value["nested"]["deeper"]["x"] = 1;
  const json j = ToJson(value);
  EXPECT_EQ(j["int"], -5);
  EXPECT_EQ(j["nested"]["deeper"]["x"], 1);
  EXPECT_EQ(FromJson(j), value);
  EXPECT_EQ(FromJson(json::parse(j.dump())), value);
}

TEST(JsonValueTest, HandlesNumbersJsonAndValueDisagreeOn) {
  EXPECT_TRUE(ToJson(Value(std::nan(""))).is_null());
  Value huge = FromJson(json::parse("18446744073709551615"));
  ASSERT_TRUE(huge.is_double());
  EXPECT_DOUBLE_EQ(huge.as_double(), 18446744073709551615.0);
  EXPECT_EQ(FromJson(json::parse("7")), Value(int64_t{7}));
}

TEST(JsonValueTest, RejectsMalformedNodesAndEdges) {
  Result<Node> no_id = NodeFromJson(json::parse(R"({"kind": "Person"})"));
  ASSERT_FALSE(no_id.ok());
  EXPECT_NE(no_id.status().message().find("\"id\""), std::string::npos);
  Result<Node> bad_kind =
      NodeFromJson(json::parse(R"({"id": "x", "kind": "Persona"})"));
  ASSERT_FALSE(bad_kind.ok());
  EXPECT_EQ(bad_kind.status().code(), Status::Code::kInvalidArgument);
  Result<Edge> bad_offset = EdgeFromJson(json::parse(
      R"({"source": "a", "target": "b", "kind": "VIA",
          "evidence": [{"doc": "d", "start": -1}]})"));
  ASSERT_FALSE(bad_offset.ok());
  EXPECT_NE(bad_offset.status().message().find("start"), std::string::npos);
  Result<Edge> minimal = EdgeFromJson(
      json::parse(R"({"source": "a", "target": "b", "kind": "VIA"})"));
  ASSERT_TRUE(minimal.ok());
  EXPECT_EQ(minimal->kind, EdgeKind::kVia);
  EXPECT_TRUE(minimal->props.is_object());
}

TEST(EscapeTest, DotStringsSurviveBoostAndGraphviz) {
  using detail::DotString;
  EXPECT_EQ(DotString("a\\b"), "a\\\\b");
  EXPECT_EQ(DotString("one\ntwo\r\nthree"), "one\\ntwo\\nthree");
  EXPECT_EQ(DotString("tab\there"), "tab here");
  EXPECT_EQ(DotString("say \"hi\""), "say \"hi\"");  // Boost escapes quotes.
  EXPECT_EQ(DotString("node"), "nod\\e");
  EXPECT_EQ(DotString("SubGraph"), "SubGrap\\h");
  EXPECT_EQ(DotString("."), "\\.");
  EXPECT_EQ(DotString("nodes"), "nodes");
}

TEST(EscapeTest, RepairsInvalidUtf8) {
  using detail::ValidUtf8;
  EXPECT_EQ(ValidUtf8("КИМ"), "КИМ");
  EXPECT_EQ(ValidUtf8("a\xFF"
                      "b"),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(ValidUtf8("\xD0"), "\xEF\xBF\xBD");                  // truncated
  EXPECT_EQ(ValidUtf8("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong
  EXPECT_EQ(ValidUtf8("\xED\xA0\x80"),
            "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
}

TEST(EscapeTest, XmlAndCypherEscaping) {
  EXPECT_EQ(detail::XmlText("a\x01"
                            "b\tc"),
            "ab\tc");
  EXPECT_EQ(detail::XmlAttribute("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&apos;");
  EXPECT_EQ(detail::CypherString("it's \\ \"x\"\n"), "'it\\'s \\\\ \"x\"\\n'");
  EXPECT_EQ(detail::CypherString("\x01"), "'\\u0001'");
  // What XML 1.0 forbids: C0 controls dropped, U+FFFE and U+FFFF replaced.
  EXPECT_EQ(detail::XmlText("a\xEF\xBF\xBF"
                            "b\xEF\xBF\xBE"
                            "c\x1B"),
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD"
            "c");
  EXPECT_EQ(detail::XmlText("\xEF\xBF\xBC"), "\xEF\xBF\xBC");  // U+FFFC stays
  // Cypher: other line breaks and U+FFFF escaped, text kept.
  EXPECT_EQ(detail::CypherString("a\xE2\x80\xA8"
                                 "b\xEF\xBF\xBF"
                                 "\xC2\x85"),
            "'a\\u2028b\\uFFFF\\u0085'");
  EXPECT_EQ(detail::CypherString("КИМ \xE2\x80\x8F"), "'КИМ \xE2\x80\x8F'");
  EXPECT_EQ(detail::Abbreviate("Пункт два", 5), "Пункт…");
  EXPECT_EQ(detail::Abbreviate("Пункт", 5), "Пункт");
}

}  // namespace
}  // namespace parley::queries
