// Each export format read by the consumer it is for (issue 9 §3): dynamic
// GEXF and typed GraphML by networkx, Cytoscape.js elements, Turtle and
// JSON-LD by rdflib, the Neo4j bulk-import CSV by Python's csv and by Kùzu's
// COPY, Cypher by a lexer of its string literals. A graph of hostile names
// (quotes, backslashes, line breaks, <script>, right-to-left marks, U+FFFF,
// control characters) goes through every one of them.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "graph/model.h"
#include "queries/detail/escape.h"
#include "queries/export.h"
#include "tests/queries/export_consumers.h"

namespace parley::queries::export_test {
namespace {

using graph::Edge;
using graph::EdgeKind;
using graph::Node;
using graph::NodeKind;
using graph::Value;
using nlohmann::json;

constexpr char kDocA[] = "doc:telegram-21404-1951-07-03";
constexpr char kDocB[] = "doc:telegram-3950-1951-06-30";
constexpr char kClause[] = "doc:telegram-21404-1951-07-03/clause-2";
constexpr char kKim[] = "person:kim-il-sung";
constexpr char kParallel[] = "place:38th-parallel";

// Kim Il Sung's telegram of 3 July with its second point, an earlier
// telegram of 30 June that mentions him and accepts the point, and the 38th
// parallel with no evidence at all.
GraphData DatedGraph() {
  Node doc_a;
  doc_a.id = kDocA;
  doc_a.kind = NodeKind::kDocument;
  doc_a.label = "telegram 21404";
  doc_a.props["date"] = "1951-07-03";
  doc_a.props["number"] = "21404";
  doc_a.props["languages"] = Value::Array{"ru", "en"};
  doc_a.props["curated"] = false;
  doc_a.evidence = {{kDocA, "ru", 0, 10, "ШИФРТЕЛЕГРАММА"}};

  Node doc_b;
  doc_b.id = kDocB;
  doc_b.kind = NodeKind::kDocument;
  doc_b.label = "telegram 3950";
  doc_b.props["date"] = "1951-06-30";
  doc_b.props["number"] = Value::Array{"3950", "2950"};

  Node kim;
  kim.id = kKim;
  kim.kind = NodeKind::kPerson;
  kim.label = "Kim Il Sung";
  kim.aliases = {"KIM IL SUNG", "КИМ ИР СЕН"};
  kim.props["wikidata"] = "Q39074";
  kim.props["resolved"] = true;
  kim.evidence = {{kDocA, "ru", 812, 830, "КИМ ИР СЕН"},
                  {kDocB, "en", 40, 51, "KIM IL SUNG"}};

  Node clause;
  clause.id = kClause;
  clause.kind = NodeKind::kClause;
  clause.label = "Point 2";
  clause.props["ordinal"] = "2";
  clause.props["position"] = 2;
  clause.props["text"]["ru"] = "отвести войска на 10 км";
  clause.props["text"]["en"] = "withdraw troops 10 km";
  clause.props["topics"] = Value::Array{"withdrawal", "buffer_zone"};
  Value distance = Value::MakeObject();
  distance["min"] = 10;
  distance["unit"] = "km";
  clause.props["terms"]["distances"] = Value::Array{distance};
  clause.evidence = {{kDocA, "ru", 1200, 1290, "отвести войска"}};

  Node parallel;
  parallel.id = kParallel;
  parallel.kind = NodeKind::kPlace;
  parallel.label = "38th parallel";

  Edge authored{kKim,
                kDocA,
                EdgeKind::kAuthored,
                Value::MakeObject(),
                {{kDocA, "en", 40, 51, "KIM IL SUNG"}}};
  Edge has_clause{kDocA,
                  kClause,
                  EdgeKind::kHasClause,
                  Value::MakeObject(),
                  {{kDocA, "ru", 1195, 1290, "2. отвести"}}};
  Edge stance{kDocB,
              kClause,
              EdgeKind::kStance,
              Value::MakeObject(),
              {{kDocB, "ru", 300, 320, "согласны"}}};
  stance.props["stance"] = "accepts";
  stance.props["confidence"] = 0.9;
  Edge copy{kDocA, kKim, EdgeKind::kCopyTo, Value::MakeObject(), {}};
  copy.props["count"] = 2;
  Edge concerns{
      kClause, kParallel, EdgeKind::kConcerns, Value::MakeObject(), {}};

  GraphData data;
  data.nodes = {kim, parallel, clause, doc_b, doc_a};
  data.edges = {stance, concerns, authored, copy, has_clause};
  return data;
}

// Text no format may choke on: quotes of every kind, backslashes, line
// breaks, markup, a right-to-left override and mark, U+FFFF and U+FFFE,
// control characters (ESC, SOH), CSV and Turtle delimiters.
const std::string kHostile =
    "O'Brien \"Bob\" <script>alert('x')</script> & \\back\\slash\\\n"
    "line two\r\nthree\ttab; semi, comma \xE2\x80\x8F rtl \xE2\x80\xAE "
    "override \xEF\xBF\xBF ffff \xEF\xBF\xBE fffe \x01 soh \x1B[2J esc "
    "]]> --> \"\"\" ''' `tick` {x} $y #z";

constexpr char kHostileId[] = "person:o'brien \"<x>\" & y;z,w";

GraphData HostileGraph() {
  GraphData data = DatedGraph();
  Node hostile;
  hostile.id = kHostileId;
  hostile.kind = NodeKind::kPerson;
  hostile.label = kHostile;
  hostile.aliases = {kHostile, "plain"};
  hostile.props["note"] = kHostile;
  hostile.props["weird key:string[],\"x\""] = kHostile;
  hostile.props["list"] = Value::Array{kHostile, "b;c"};
  hostile.evidence = {{kDocA, "ru", 1, 2, kHostile}};
  data.nodes.push_back(hostile);
  data.nodes[2].label = kHostile;  // the clause
  Edge mentions{kDocA,
                kHostileId,
                EdgeKind::kMentions,
                Value::MakeObject(),
                {{kDocA, "en", 3, 4, kHostile}}};
  mentions.props["role"] = kHostile;
  data.edges.push_back(mentions);
  return data;
}

std::string Export(const GraphData& data, ExportFormat format) {
  std::ostringstream out;
  Status status = WriteExport(data, format, out);
  EXPECT_TRUE(status.ok()) << status.message();
  return out.str();
}

std::string ExportFile(const GraphData& data, std::string_view name) {
  graph::GraphView view(data.nodes, data.edges);
  std::ostringstream out;
  Status status = WriteExportFile(view, ExportFormat::kNeo4j, name, out);
  EXPECT_TRUE(status.ok()) << status.message();
  return out.str();
}

// What an XML consumer reads back of `text`.
std::string AsXml(const std::string& text) { return detail::XmlText(text); }

// ------------------------------------------------------------------ gexf

constexpr char kReadGexf[] =
    "import json, sys\n"
    "g = nx.read_gexf(sys.argv[1])\n"
    "def typed(d):\n"
    "    return {k: [type(v).__name__, v] for k, v in d.items()}\n"
    "print(json.dumps({'mode': g.graph.get('mode'),\n"
    "  'nodes': {n: typed(d) for n, d in g.nodes(data=True)},\n"
    "  'edges': [[u, v, typed(d)] for u, v, d in g.edges(data=True)]},\n"
    "  ensure_ascii=False))\n";

json LoadGexf(const Scratch& scratch, const std::string& file) {
  Ran r = scratch.Python(std::string(kNetworkxGexf13) + kReadGexf, {file});
  EXPECT_EQ(r.exit_code, 0) << r;
  return r.exit_code == 0 ? json::parse(r.out) : json();
}

TEST(ExportGexfTest, IsDynamicWithStartDatesAndTypedAttributes) {
  Scratch scratch;
  if (!scratch.HavePython("networkx")) {
    GTEST_SKIP() << "python3-networkx is not installed";
  }
  const std::string gexf = Export(DatedGraph(), ExportFormat::kGexf);
  EXPECT_NE(gexf.find("<graph mode=\"dynamic\" defaultedgetype=\"directed\" "
                      "timeformat=\"date\">"),
            std::string::npos);
  const json g = LoadGexf(scratch, scratch.File("g.gexf", gexf));
  ASSERT_FALSE(g.is_null());
  EXPECT_EQ(g["mode"], "dynamic");
  // Kim is first evidenced in the telegram of 30 June, though he wrote the
  // one of 3 July; a document starts at its own date; the parallel, with no
  // evidence, has no start.
  const json& kim = g["nodes"][kKim];
  EXPECT_EQ(kim["start"], json({"str", "1951-06-30"}));
  EXPECT_EQ(g["nodes"][kDocA]["start"], json({"str", "1951-07-03"}));
  EXPECT_EQ(g["nodes"][kDocB]["start"], json({"str", "1951-06-30"}));
  EXPECT_FALSE(g["nodes"][kParallel].contains("start"));
  // Typed: integers, booleans, doubles and lists come through as such.
  EXPECT_EQ(kim["evidence_count"], json({"int", 2}));
  EXPECT_EQ(kim["resolved"], json({"bool", true}));
  EXPECT_EQ(kim["wikidata"], json({"str", "Q39074"}));
  EXPECT_EQ(kim["kind"], json({"str", "Person"}));
  const json& clause = g["nodes"][kClause];
  EXPECT_EQ(clause["position"], json({"int", 2}));
  EXPECT_EQ(clause["text_en"], json({"str", "withdraw troops 10 km"}));
  EXPECT_EQ(json::parse(clause["topics"][1].get<std::string>()),
            json({"withdrawal", "buffer_zone"}));
  EXPECT_EQ(
      json::parse(clause["terms"][1].get<std::string>())["distances"][0]["min"],
      10);
  EXPECT_EQ(g["nodes"][kDocA]["date"], json({"str", "1951-07-03"}));
  EXPECT_EQ(g["nodes"][kDocA]["curated"], json({"bool", false}));
  bool stance = false, copy = false;
  for (const json& e : g["edges"]) {
    if (e[2]["kind"][1] == "STANCE") {
      stance = true;
      EXPECT_EQ(e[2]["start"], json({"str", "1951-06-30"}));
      EXPECT_EQ(e[2]["stance"], json({"str", "accepts"}));
      EXPECT_EQ(e[2]["confidence"], json({"float", 0.9}));
    }
    if (e[2]["kind"][1] == "COPY_TO") {
      copy = true;
      EXPECT_EQ(e[2]["count"], json({"int", 2}));
      // No evidence: it starts when both its ends exist.
      EXPECT_EQ(e[2]["start"], json({"str", "1951-07-03"}));
    }
  }
  EXPECT_TRUE(stance && copy);
}

// ------------------------------------------------------------------ graphml

constexpr char kReadGraphml[] =
    "import json, sys\n"
    "import networkx as nx\n"
    "g = nx.read_graphml(sys.argv[1])\n"
    "def typed(d):\n"
    "    return {k: [type(v).__name__, v] for k, v in d.items()}\n"
    "print(json.dumps({\n"
    "  'nodes': {n: typed(d) for n, d in g.nodes(data=True)},\n"
    "  'edges': [[u, v, typed(d)] for u, v, d in g.edges(data=True)]},\n"
    "  ensure_ascii=False))\n";

TEST(ExportGraphmlTest, KeysAreTyped) {
  Scratch scratch;
  if (!scratch.HavePython("networkx")) {
    GTEST_SKIP() << "python3-networkx is not installed";
  }
  const std::string graphml = Export(DatedGraph(), ExportFormat::kGraphml);
  EXPECT_NE(graphml.find("attr.name=\"position\" attr.type=\"long\""),
            std::string::npos)
      << graphml;
  Ran r = scratch.Python(kReadGraphml, {scratch.File("g.graphml", graphml)});
  ASSERT_EQ(r.exit_code, 0) << r;
  const json g = json::parse(r.out);
  const json& kim = g["nodes"][kKim];
  EXPECT_EQ(kim["resolved"], json({"bool", true}));
  EXPECT_EQ(kim["evidence_count"], json({"int", 2}));
  EXPECT_EQ(kim["first_date"], json({"str", "1951-06-30"}));
  EXPECT_EQ(kim["aliases"], json({"str", "KIM IL SUNG; КИМ ИР СЕН"}));
  EXPECT_EQ(json::parse(kim["evidence"][1].get<std::string>())[1]["doc"],
            kDocB);
  EXPECT_EQ(g["nodes"][kClause]["position"], json({"int", 2}));
  EXPECT_EQ(g["nodes"][kClause]["topics"],
            json({"str", "withdrawal; buffer_zone"}));
  // A Place has no date, a Document no position: absent, not 0 or "".
  EXPECT_FALSE(g["nodes"][kParallel].contains("date"));
  EXPECT_FALSE(g["nodes"][kDocA].contains("position"));
  bool found = false;
  for (const json& e : g["edges"]) {
    if (e[2]["kind"][1] != "STANCE") continue;
    found = true;
    EXPECT_EQ(e[2]["confidence"], json({"float", 0.9}));
    EXPECT_EQ(e[2]["stance"], json({"str", "accepts"}));
  }
  EXPECT_TRUE(found);
}

// ------------------------------------------------------------------ cytoscape

TEST(ExportCytoscapeTest, ElementsCarryDataAndClasses) {
  const json j = json::parse(Export(DatedGraph(), ExportFormat::kCytoscape));
  ASSERT_TRUE(j["elements"]["nodes"].is_array());
  ASSERT_EQ(j["elements"]["nodes"].size(), 5u);
  ASSERT_EQ(j["elements"]["edges"].size(), 5u);
  std::set<std::string> ids;
  for (const json& n : j["elements"]["nodes"]) {
    ids.insert(n["data"]["id"].get<std::string>());
    EXPECT_EQ(n["classes"], n["data"]["kind"]);
    EXPECT_TRUE(n["data"]["props"].is_object());
    EXPECT_EQ(n["data"]["evidence_count"], n["data"]["evidence"].size());
  }
  std::set<std::string> edge_ids;
  for (const json& e : j["elements"]["edges"]) {
    edge_ids.insert(e["data"]["id"].get<std::string>());
    // Every edge joins two nodes that are there.
    EXPECT_TRUE(ids.contains(e["data"]["source"].get<std::string>()));
    EXPECT_TRUE(ids.contains(e["data"]["target"].get<std::string>()));
    if (e["data"]["kind"] == "STANCE") {
      EXPECT_EQ(e["classes"], "STANCE accepts");
      EXPECT_EQ(e["data"]["props"]["stance"], "accepts");
      EXPECT_EQ(e["data"]["first_date"], "1951-06-30");
    } else {
      EXPECT_EQ(e["classes"], e["data"]["kind"]);
    }
  }
  EXPECT_EQ(edge_ids.size(), 5u) << "edge ids are unique";
  const json& kim = j["elements"]["nodes"][3];
  EXPECT_EQ(kim["data"]["id"], kKim);
  EXPECT_EQ(kim["data"]["label"], "Kim Il Sung");
  EXPECT_EQ(kim["data"]["evidence_count"], 2);
  EXPECT_EQ(kim["data"]["props"]["wikidata"], "Q39074");
}

// ------------------------------------------------------------------ rdf

constexpr char kReadRdf[] =
    "import sys\n"
    "from rdflib import Graph, Literal, Namespace, URIRef\n"
    "from rdflib.namespace import OWL, RDF, RDFS, XSD\n"
    "from rdflib.compare import isomorphic\n"
    "PV = Namespace('https://parley.example/vocab#')\n"
    "ID = Namespace('https://parley.example/id/')\n"
    "t = Graph().parse(sys.argv[1], format='turtle')\n"
    "j = Graph().parse(sys.argv[2], format='json-ld')\n"
    "print(len(t), len(j), isomorphic(t, j))\n"
    "kim = ID['person:kim-il-sung']\n"
    "doc = ID['doc:telegram-21404-1951-07-03']\n"
    "clause = ID['doc:telegram-21404-1951-07-03/clause-2']\n"
    "for g in (t, j):\n"
    "    print((kim, RDF.type, PV.Person) in g,\n"
    "          (kim, OWL.sameAs,\n"
    "           URIRef('http://www.wikidata.org/entity/Q39074')) in g,\n"
    "          (doc, PV.date, Literal('1951-07-03', datatype=XSD.date)) in g,\n"
    "          (kim, PV.authored, doc) in g,\n"
    "          (clause, PV.position, Literal(2)) in g,\n"
    "          (clause, PV.text, Literal('отвести войска на 10 км', lang='ru'))"
    " in g,\n"
    "          (kim, PV.firstEvidenced,\n"
    "           Literal('1951-06-30', datatype=XSD.date)) in g,\n"
    "          len(list(g.subjects(PV.stance, Literal('accepts')))),\n"
    "          g.value(kim, RDFS.label).toPython())\n";

TEST(ExportRdfTest, TurtleAndJsonLdCarryTheSameTriplesForRdflib) {
  Scratch scratch;
  if (!scratch.HavePython("rdflib")) {
    GTEST_SKIP() << "python3-rdflib is not installed";
  }
  const std::string ttl = Export(DatedGraph(), ExportFormat::kTurtle);
  const std::string jsonld = Export(DatedGraph(), ExportFormat::kJsonLd);
  EXPECT_NE(ttl.find("@prefix pv: <https://parley.example/vocab#> ."),
            std::string::npos)
      << ttl;
  Ran r = scratch.Python(
      kReadRdf, {scratch.File("g.ttl", ttl), scratch.File("g.jsonld", jsonld)});
  ASSERT_EQ(r.exit_code, 0) << r << ttl;
  std::vector<std::string> lines;
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  ASSERT_EQ(lines.size(), 3u) << r;
  std::istringstream counts(lines[0]);
  size_t turtle = 0, jsonld_count = 0;
  std::string same;
  counts >> turtle >> jsonld_count >> same;
  EXPECT_GT(turtle, 50u);
  EXPECT_EQ(turtle, jsonld_count);
  EXPECT_EQ(same, "True");
  for (int i : {1, 2}) {
    EXPECT_EQ(lines[i], "True True True True True True True 1 Kim Il Sung")
        << (i == 1 ? "turtle" : "json-ld");
  }
}

// ------------------------------------------------------------------ neo4j csv

constexpr char kReadCsv[] =
    "import csv, json, sys\n"
    "out = {}\n"
    "for name in ('nodes', 'relationships'):\n"
    "    with open(sys.argv[1] + '/' + name + '.csv', newline='',\n"
    "              encoding='utf-8') as f:\n"
    "        rows = list(csv.reader(f, strict=True))\n"
    "    widths = {len(r) for r in rows}\n"
    "    out[name] = {'header': rows[0], 'widths': sorted(widths),\n"
    "                 'rows': [dict(zip(rows[0], r)) for r in rows[1:]]}\n"
    "print(json.dumps(out, ensure_ascii=False))\n";

json ReadNeo4jCsv(const Scratch& scratch, const GraphData& data) {
  scratch.File("nodes.csv", ExportFile(data, "nodes.csv"));
  scratch.File("relationships.csv", ExportFile(data, "relationships.csv"));
  Ran r = scratch.Python(kReadCsv, {scratch.Path("").string()});
  EXPECT_EQ(r.exit_code, 0) << r;
  return r.exit_code == 0 ? json::parse(r.out) : json();
}

TEST(ExportNeo4jTest, CsvHasTheHeadersOfNeo4jAdminImport) {
  Scratch scratch;
  const json csv = ReadNeo4jCsv(scratch, DatedGraph());
  ASSERT_FALSE(csv.is_null());
  const json& nodes = csv["nodes"];
  const std::vector<std::string> header = nodes["header"];
  EXPECT_EQ(std::vector<std::string>(header.begin(), header.begin() + 8),
            (std::vector<std::string>{"id:ID", ":LABEL", "kind", "label",
                                      "aliases:string[]", "evidence_count:long",
                                      "first_date:date", "evidence"}));
  for (const char* typed :
       {"date:date", "position:long", "resolved:boolean", "topics:string[]",
        "number:string[]", "text_en:string", "terms:string"}) {
    EXPECT_NE(std::find(header.begin(), header.end(), typed), header.end())
        << typed;
  }
  EXPECT_EQ(nodes["widths"].size(), 1u) << "every row as wide as the header";
  ASSERT_EQ(nodes["rows"].size(), 5u);
  const json& kim = nodes["rows"][3];
  EXPECT_EQ(kim["id:ID"], kKim);
  EXPECT_EQ(kim[":LABEL"], "ParleyNode;Person");
  EXPECT_EQ(kim["aliases:string[]"], "KIM IL SUNG;КИМ ИР СЕН");
  EXPECT_EQ(kim["first_date:date"], "1951-06-30");
  EXPECT_EQ(kim["resolved:boolean"], "true");
  EXPECT_EQ(nodes["rows"][1]["topics:string[]"], "withdrawal;buffer_zone");
  EXPECT_EQ(nodes["rows"][0]["number:string[]"], "21404");

  const json& rels = csv["relationships"];
  const std::vector<std::string> rheader = rels["header"];
  EXPECT_EQ(std::vector<std::string>(rheader.begin(), rheader.begin() + 3),
            (std::vector<std::string>{":START_ID", ":END_ID", ":TYPE"}));
  EXPECT_NE(std::find(rheader.begin(), rheader.end(), "count:long"),
            rheader.end());
  EXPECT_NE(std::find(rheader.begin(), rheader.end(), "confidence:double"),
            rheader.end());
  ASSERT_EQ(rels["rows"].size(), 5u);
  EXPECT_EQ(rels["widths"].size(), 1u);
}

TEST(ExportNeo4jTest, WriteExportAsksForAFolder) {
  std::ostringstream out;
  Status s = WriteExport(DatedGraph(), ExportFormat::kNeo4j, out);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(s.message().find("folder"), std::string::npos);
  EXPECT_EQ(ExportFileNames(ExportFormat::kNeo4j),
            (std::vector<std::string_view>{"nodes.csv", "relationships.csv"}));
}

// Loads nodes.csv and relationships.csv of argv[2] into a fresh Kùzu
// database at argv[3], with a schema read from their headers, and prints
// counts and a few values as JSON.
constexpr char kKuzuLoad[] = R"JS(
const kuzu = require("kuzu");
const fs = require("fs");
const dir = process.argv[2];
const KUZU_TYPES = {ID: "STRING", LABEL: "STRING", TYPE: "STRING", long: "INT64",
  int: "INT64", double: "DOUBLE", boolean: "BOOLEAN", date: "DATE",
  "string[]": "STRING", string: "STRING"};
function columns(file, skip) {
  const line = fs.readFileSync(file, "utf8").split("\n")[0];
  return line.split(",").slice(skip).map((h, i) => {
    const [name, type] = h.includes(":") ? h.split(":") : [h, "string"];
    return `c${i}_${name.replace(/[^A-Za-z0-9_]/g, "_") || "x"} ` +
           KUZU_TYPES[type || "string"];
  });
}
(async () => {
  const db = new kuzu.Database(process.argv[3]);
  const conn = new kuzu.Connection(db);
  const nodes = columns(dir + "/nodes.csv", 0);
  nodes[0] = nodes[0] + " PRIMARY KEY";
  await conn.query(`CREATE NODE TABLE ParleyNode(${nodes.join(", ")})`);
  const rels = columns(dir + "/relationships.csv", 2);
  await conn.query(
      `CREATE REL TABLE Link(FROM ParleyNode TO ParleyNode, ${rels.join(", ")})`);
  const opts = "(HEADER=true, PARALLEL=false, ESCAPE='\"')";
  await conn.query(`COPY ParleyNode FROM '${dir}/nodes.csv' ${opts}`);
  await conn.query(`COPY Link FROM '${dir}/relationships.csv' ${opts}`);
  const all = async (q) => (await conn.query(q)).getAll();
  const out = {
    nodes: (await all("MATCH (n:ParleyNode) RETURN count(n) AS c"))[0].c,
    edges: (await all("MATCH ()-[r:Link]->() RETURN count(r) AS c"))[0].c,
    labels: (await all("MATCH (n:ParleyNode) RETURN n.c3_label AS l ORDER BY n.c0_id"))
        .map((r) => r.l),
    dates: (await all("MATCH (n:ParleyNode) WHERE n.c6_first_date < date('1951-07-01') " +
                      "RETURN n.c0_id AS id ORDER BY id")).map((r) => r.id),
  };
  console.log(JSON.stringify(out, (k, v) => typeof v === "bigint" ? Number(v) : v));
})().catch((e) => { console.error(String(e)); process.exit(1); });
)JS";

// Both files of a graph, loaded by Kùzu's COPY; the JSON the script prints.
json LoadInKuzu(const Scratch& scratch, const GraphData& data,
                const std::string& node_path) {
  scratch.File("nodes.csv", ExportFile(data, "nodes.csv"));
  scratch.File("relationships.csv", ExportFile(data, "relationships.csv"));
  const std::string script = scratch.File("load.js", kKuzuLoad);
  Ran r = scratch.Run("node " + Quoted(script) + " " +
                          Quoted(scratch.Path("").string()) + " " +
                          Quoted(scratch.Path("kuzu.db").string()),
                      "NODE_PATH=" + Quoted(node_path));
  EXPECT_EQ(r.exit_code, 0) << r;
  return r.exit_code == 0 ? json::parse(r.out) : json();
}

TEST(ExportNeo4jTest, CsvLoadsWithKuzuCopy) {
  const std::string kuzu = KuzuNodePath();
  if (kuzu.empty()) {
    GTEST_SKIP() << "no Kùzu node package (set PARLEY_KUZU_NODE_PATH or "
                    "BENCH_DIR; bench/README.md says how bench/run.sh "
                    "installs it): the Kùzu COPY check did not run";
  }
  Scratch scratch;
  const json k = LoadInKuzu(scratch, DatedGraph(), kuzu);
  ASSERT_FALSE(k.is_null());
  EXPECT_EQ(k["nodes"], 5);
  EXPECT_EQ(k["edges"], 5);
  EXPECT_EQ(k["labels"][0], "telegram 21404");
  // first_date was read as a DATE: compared with one.
  EXPECT_EQ(k["dates"], json({kDocB, kKim}));
}

// ------------------------------------------------------------------ cypher

// Checks that Cypher text is one statement per line, each ending in ';'
// outside any string literal or quoted name, with no raw control character
// or line break inside one and only known escapes. Returns "" or what is
// wrong; counts the statements.
std::string CheckCypher(const std::string& text, size_t& statements) {
  enum { kCode, kString, kName, kComment } state = kCode;
  statements = 0;
  char last = '\n';
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const auto u = static_cast<unsigned char>(c);
    switch (state) {
      case kCode:
        if (c == '\'') state = kString;
        if (c == '`') state = kName;
        if (c == '/' && i + 1 < text.size() && text[i + 1] == '/') {
          state = kComment;
        }
        if (c == '\n') {
          if (last != ';') return "a line ends outside a statement's end";
          ++statements;
        }
        break;
      case kString:
        if (u < 0x20 || u == 0x7F) {
          return "raw control character in a literal at byte " +
                 std::to_string(i);
        }
        if (text.compare(i, 3, "\xE2\x80\xA8") == 0 ||
            text.compare(i, 3, "\xE2\x80\xA9") == 0 ||
            text.compare(i, 3, "\xEF\xBF\xBF") == 0) {
          return "raw line separator or U+FFFF in a literal";
        }
        if (c == '\\') {
          const char next = i + 1 < text.size() ? text[i + 1] : 0;
          if (std::string("\\'\"nrtbfu").find(next) == std::string::npos) {
            return "unknown escape \\" + std::string(1, next);
          }
          ++i;
        } else if (c == '\'') {
          state = kCode;
        }
        break;
      case kName:
        if (u < 0x20) return "raw control character in a name";
        if (c == '`') {
          if (i + 1 < text.size() && text[i + 1] == '`') {
            ++i;
          } else {
            state = kCode;
          }
        }
        break;
      case kComment:
        if (c == '\n') state = kCode;
        break;
    }
    if (state == kCode && c != ' ') last = c;
    if (state == kCode && c == '\n') last = '\n';
  }
  if (state != kCode) return "the text ends inside a literal";
  return "";
}

TEST(ExportCypherTest, HostileStringsStayInsideTheirLiterals) {
  const GraphData data = HostileGraph();
  const std::string cypher = Export(data, ExportFormat::kCypher);
  size_t statements = 0;
  EXPECT_EQ(CheckCypher(cypher, statements), "") << cypher;
  // The constraint, one MERGE per node, one MATCH ... MERGE per edge.
  EXPECT_EQ(statements, 1 + data.nodes.size() + data.edges.size());
  EXPECT_NE(cypher.find("\\u001B[2J"), std::string::npos);
  EXPECT_NE(cypher.find("\\uFFFF ffff"), std::string::npos);
  EXPECT_NE(cypher.find("O\\'Brien \"Bob\" <script>alert(\\'x\\')</script>"),
            std::string::npos);
  EXPECT_NE(cypher.find("\\\\back\\\\slash\\\\\\nline two\\r\\nthree\\ttab"),
            std::string::npos);
  // The checker itself catches what it is for.
  EXPECT_NE(CheckCypher("MERGE (n {id: 'a\nb'});\n", statements), "");
  EXPECT_NE(CheckCypher("MERGE (n {id: 'a});\n", statements), "");
}

// ------------------------------------------------------------------ hostile

TEST(ExportHostileTest, EveryFormatParsesInItsConsumer) {
  Scratch scratch;
  const GraphData data = HostileGraph();
  const size_t nodes = data.nodes.size(), edges = data.edges.size();

  // json and cytoscape: nlohmann, payload intact.
  const json j = json::parse(Export(data, ExportFormat::kJson));
  EXPECT_EQ(j["nodes"].size(), nodes);
  const json cy = json::parse(Export(data, ExportFormat::kCytoscape));
  bool seen = false;
  for (const json& n : cy["elements"]["nodes"]) {
    if (n["data"]["id"] != kHostileId) continue;
    seen = true;
    EXPECT_EQ(n["data"]["label"], kHostile);
  }
  EXPECT_TRUE(seen);

  const bool networkx = scratch.HavePython("networkx");
  if (networkx) {
    const json gexf = LoadGexf(
        scratch, scratch.File("h.gexf", Export(data, ExportFormat::kGexf)));
    ASSERT_FALSE(gexf.is_null());
    EXPECT_EQ(gexf["nodes"].size(), nodes);
    EXPECT_EQ(gexf["edges"].size(), edges);
    EXPECT_EQ(gexf["nodes"][kHostileId]["label"][1], AsXml(kHostile));
    EXPECT_EQ(gexf["nodes"][kHostileId]["note"][1], AsXml(kHostile));

    Ran r = scratch.Python(
        kReadGraphml,
        {scratch.File("h.graphml", Export(data, ExportFormat::kGraphml))});
    ASSERT_EQ(r.exit_code, 0) << r;
    const json graphml = json::parse(r.out);
    EXPECT_EQ(graphml["nodes"].size(), nodes);
    EXPECT_EQ(graphml["edges"].size(), edges);
    EXPECT_EQ(graphml["nodes"][kHostileId]["label"][1], AsXml(kHostile));
    EXPECT_EQ(graphml["nodes"][kClause]["label"][1], AsXml(kHostile));
  }

  if (std::system("dot -V >/dev/null 2>&1") == 0) {
    const std::string dot =
        scratch.File("h.dot", Export(data, ExportFormat::kDot));
    Ran r = scratch.Run("dot -Tsvg " + Quoted(dot));
    EXPECT_EQ(r.exit_code, 0) << r;
    EXPECT_EQ(r.out.find("<script>"), std::string::npos) << "inert in SVG";
  }

  if (scratch.HavePython("rdflib")) {
    Ran r = scratch.Python(
        "import sys\n"
        "from rdflib import Graph, Literal, URIRef\n"
        "from rdflib.namespace import RDFS\n"
        "t = Graph().parse(sys.argv[1], format='turtle')\n"
        "j = Graph().parse(sys.argv[2], format='json-ld')\n"
        "labels = {str(o) for o in t.objects(None, RDFS.label)}\n"
        "print(len(t) == len(j), sys.argv[3] in labels)\n",
        {scratch.File("h.ttl", Export(data, ExportFormat::kTurtle)),
         scratch.File("h.jsonld", Export(data, ExportFormat::kJsonLd)),
         AsXml(kHostile)});
    ASSERT_EQ(r.exit_code, 0) << r;
    EXPECT_EQ(r.out, "True True\n");
  }

  const json csv = ReadNeo4jCsv(scratch, data);
  ASSERT_FALSE(csv.is_null());
  EXPECT_EQ(csv["nodes"]["rows"].size(), nodes);
  EXPECT_EQ(csv["relationships"]["rows"].size(), edges);
  EXPECT_EQ(csv["nodes"]["widths"].size(), 1u);
  bool row = false;
  for (const json& n : csv["nodes"]["rows"]) {
    if (n["id:ID"] != kHostileId) continue;
    row = true;
    EXPECT_EQ(n["label"], kHostile);
  }
  EXPECT_TRUE(row);
  const std::string kuzu = KuzuNodePath();
  if (!kuzu.empty()) {
    Scratch kuzu_scratch;
    const json k = LoadInKuzu(kuzu_scratch, data, kuzu);
    ASSERT_FALSE(k.is_null());
    EXPECT_EQ(k["nodes"], nodes);
    EXPECT_EQ(k["edges"], edges);
  }

  size_t statements = 0;
  EXPECT_EQ(CheckCypher(Export(data, ExportFormat::kCypher), statements), "");
}

}  // namespace
}  // namespace parley::queries::export_test
