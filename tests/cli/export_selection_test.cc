// `export` of a part of the graph, and the query commands' answers written
// as graphs: what a selection holds is what the command answering it names,
// the neighbourhood the adjacency gives, the kinds, topics and dates asked
// for; and the whole graph, when nothing narrows it, is what it always was.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "tests/cli/cli_test_util.h"
#include "tests/cli/data_pages_db.h"

namespace parley::cli_test {
namespace {

using nlohmann::json;

json Graph(const RunResult& r) {
  EXPECT_EQ(r.exit_code, 0) << r;
  return json::parse(r.out);
}

std::set<std::string> NodeIds(const json& graph) {
  std::set<std::string> ids;
  for (const json& n : graph["nodes"]) ids.insert(n["id"].get<std::string>());
  return ids;
}

std::set<std::string> KindsOf(const json& graph) {
  std::set<std::string> kinds;
  for (const json& n : graph["nodes"])
    kinds.insert(n["kind"].get<std::string>());
  return kinds;
}

// Every edge of `graph` joins two of its nodes.
void ExpectClosed(const json& graph) {
  const std::set<std::string> ids = NodeIds(graph);
  for (const json& e : graph["edges"]) {
    EXPECT_TRUE(ids.contains(e["source"].get<std::string>())) << e;
    EXPECT_TRUE(ids.contains(e["target"].get<std::string>())) << e;
  }
}

TEST(CliExportSelectionTest, QueryExportsWhatTraceAnswers) {
  json trace = Graph(OnDataPages({"trace", "buffer zone", "--format", "json"}));
  json part = Graph(OnDataPages({"export", "--query", "trace buffer zone"}));
  json whole = Graph(OnDataPages({"export"}));
  const std::set<std::string> ids = NodeIds(part);
  size_t versions = 0;
  for (const json& lineage : trace["lineages"]) {
    for (const json& v : lineage["versions"]) {
      ++versions;
      EXPECT_TRUE(ids.contains(v["clause"].get<std::string>())) << v["clause"];
      EXPECT_TRUE(ids.contains(v["document"]["id"].get<std::string>()));
      for (const json& p : v["proposers"])
        EXPECT_TRUE(ids.contains(p["id"].get<std::string>())) << p;
    }
  }
  ASSERT_GT(versions, 3u);
  EXPECT_LT(part["nodes"].size(), whole["nodes"].size());
  ExpectClosed(part);
  // The versions are joined as trace joined them, with their evidence.
  size_t variants = 0;
  for (const json& e : part["edges"]) {
    if (e["kind"] == "VARIANT_OF") {
      ++variants;
      EXPECT_FALSE(e["evidence"].empty()) << e;
    }
  }
  EXPECT_GE(variants, versions - 1);
}

TEST(CliExportSelectionTest, TraceWritesItsAnswerAsAGraph) {
  json exported =
      Graph(OnDataPages({"export", "--query", "trace buffer zone"}));
  json written =
      Graph(OnDataPages({"trace", "buffer zone", "--format", "graph"}));
  EXPECT_EQ(written, exported);
  RunResult graphml =
      OnDataPages({"trace", "buffer zone", "--format", "graphml"});
  ASSERT_EQ(graphml.exit_code, 0) << graphml;
  EXPECT_NE(graphml.out.find("<graphml"), std::string::npos);
  EXPECT_NE(graphml.out.find("doc:telegram-501869-1951-07-01/clause-b"),
            std::string::npos);
  // The command's own formats keep working.
  RunResult table = OnDataPages({"trace", "buffer zone", "--format", "csv"});
  ASSERT_EQ(table.exit_code, 0) << table;
  EXPECT_EQ(table.out.rfind("lineage,version,", 0), 0u) << table.out;
}

TEST(CliExportSelectionTest, EveryQueryCommandWritesEveryGraphFormat) {
  const std::vector<std::vector<std::string>> commands = {
      {"who-proposed", "prisoners"},
      {"trace", "ceasefire"},
      {"neighbors", "Nam Il"},
      {"path", "Kim Il Sung", "Stalin"}};
  for (const auto& command : commands) {
    for (const std::string format :
         {"graph", "dot", "graphml", "gexf", "cytoscape", "turtle", "jsonld",
          "cypher"}) {
      std::vector<std::string> args = command;
      args.insert(args.end(), {"--format", format});
      RunResult r = OnDataPages(args);
      EXPECT_EQ(r.exit_code, 0) << command[0] << " " << format << r;
      EXPECT_FALSE(r.out.empty()) << command[0] << " " << format;
    }
  }
}

TEST(CliExportSelectionTest, PathGraphHoldsThePathsEdgesOnly) {
  json path =
      Graph(OnDataPages({"path", "Kim Il Sung", "Stalin", "--format", "json"}));
  json graph = Graph(
      OnDataPages({"path", "Kim Il Sung", "Stalin", "--format", "graph"}));
  std::set<std::string> steps, edges;
  for (const json& p : path["paths"]) {
    for (const json& e : p["edges"]) {
      steps.insert(e["source"].get<std::string>() + " " +
                   e["kind"].get<std::string>() + " " +
                   e["target"].get<std::string>());
    }
  }
  for (const json& e : graph["edges"]) {
    edges.insert(e["source"].get<std::string>() + " " +
                 e["kind"].get<std::string>() + " " +
                 e["target"].get<std::string>());
  }
  ASSERT_FALSE(steps.empty());
  EXPECT_EQ(edges, steps);
}

TEST(CliExportSelectionTest, FocusIsTheNeighbourhood) {
  json neighbours = Graph(OnDataPages({"neighbors", "person:nam-il", "--depth",
                                       "2", "--all", "--format", "json"}));
  json part =
      Graph(OnDataPages({"export", "--focus", "Nam Il", "--depth", "2"}));
  std::set<std::string> expected = {"person:nam-il"};
  for (const json& n : neighbours["neighbors"])
    expected.insert(n["id"].get<std::string>());
  EXPECT_EQ(NodeIds(part), expected);
  ExpectClosed(part);
  // The query line says the same.
  EXPECT_EQ(
      Graph(OnDataPages({"export", "--query", "neighbors 'Nam Il' --depth 2"})),
      part);
}

TEST(CliExportSelectionTest, KindsKeepNodesAndEdgesOfThoseKinds) {
  json part = Graph(
      OnDataPages({"export", "--kinds", "person,organization,HOLDS_ROLE"}));
  EXPECT_EQ(KindsOf(part), (std::set<std::string>{"Organization", "Person"}));
  ASSERT_FALSE(part["edges"].empty());
  for (const json& e : part["edges"]) EXPECT_EQ(e["kind"], "HOLDS_ROLE");
  json people = Graph(OnDataPages({"export", "--kinds", "People"}));
  EXPECT_EQ(KindsOf(people), (std::set<std::string>{"Person"}));
  RunResult bad = OnDataPages({"export", "--kinds", "person,treaty"});
  EXPECT_EQ(bad.exit_code, 2) << bad;
  EXPECT_NE(bad.err.find("unknown kind 'treaty'"), std::string::npos) << bad;
}

TEST(CliExportSelectionTest, TopicsSelectTheirClausesAndTheirDocuments) {
  json whole = Graph(OnDataPages({"export"}));
  json part = Graph(OnDataPages({"export", "--topics", "buffer-zone"}));
  const std::set<std::string> ids = NodeIds(part);
  size_t topical = 0;
  for (const json& n : whole["nodes"]) {
    if (n["kind"] != "Clause") continue;
    const json& topics = n["props"].value("topics", json::array());
    bool buffer =
        std::find(topics.begin(), topics.end(), "buffer_zone") != topics.end();
    if (buffer) {
      ++topical;
      EXPECT_TRUE(ids.contains(n["id"].get<std::string>())) << n["id"];
    }
  }
  ASSERT_GT(topical, 0u);
  EXPECT_TRUE(KindsOf(part).contains("Document"));
  EXPECT_TRUE(KindsOf(part).contains("Person"));
  EXPECT_LT(part["nodes"].size(), whole["nodes"].size());
  ExpectClosed(part);
}

TEST(CliExportSelectionTest, DatesSelectTheDocumentsOfTheWindow) {
  json part = Graph(OnDataPages({"export", "--from", "1951-07", "--to",
                                 "1951-07", "--kinds", "document"}));
  std::set<std::string> dates;
  for (const json& n : part["nodes"]) {
    std::string date = n["props"].value("date", "");
    if (!date.empty()) dates.insert(date);
    if (!date.empty()) EXPECT_EQ(date.substr(0, 7), "1951-07") << n["id"];
  }
  EXPECT_TRUE(NodeIds(part).contains("doc:telegram-3950-1951-07-03"));
  // What those documents evidence comes with them: Stalin wrote 3950.
  json all = Graph(
      OnDataPages({"export", "--from", "1951-07-03", "--to", "1951-07-03"}));
  EXPECT_TRUE(NodeIds(all).contains("person:joseph-stalin"));
  EXPECT_FALSE(NodeIds(all).contains("doc:telegram-16002-1952-01-31"));
  RunResult bad = OnDataPages({"export", "--from", "July 1951"});
  EXPECT_EQ(bad.exit_code, 2) << bad;
}

TEST(CliExportSelectionTest, SelectionsIntersect) {
  json topic = Graph(OnDataPages({"export", "--topics", "buffer_zone"}));
  json both = Graph(OnDataPages({"export", "--topics", "buffer_zone", "--from",
                                 "1951-07", "--to", "1951-07"}));
  const std::set<std::string> ids = NodeIds(topic);
  for (const std::string& id : NodeIds(both)) EXPECT_TRUE(ids.contains(id));
  EXPECT_LT(both["nodes"].size(), topic["nodes"].size());
  EXPECT_GT(both["nodes"].size(), 0u);
}

TEST(CliExportSelectionTest, TheWholeGraphIsWhatTheViewWrote) {
  // Streamed from the reader, and through the graph view (a selection of
  // every kind): the same bytes.
  RunResult streamed = OnDataPages({"export"});
  RunResult viewed =
      OnDataPages({"export", "--kinds",
                   "person,organization,place,document,clause,delegation"});
  ASSERT_EQ(streamed.exit_code, 0) << streamed;
  ASSERT_EQ(viewed.exit_code, 0) << viewed;
  EXPECT_EQ(streamed.out, viewed.out);
}

TEST(CliExportSelectionTest, QueryLinesAreCheckedAsTheCommandChecksThem) {
  RunResult unknown = OnDataPages({"export", "--query", "show person:nam-il"});
  EXPECT_EQ(unknown.exit_code, 2) << unknown;
  EXPECT_NE(unknown.err.find("--query takes"), std::string::npos) << unknown;
  RunResult bad = OnDataPages({"export", "--query", "trace --frobnicate x"});
  EXPECT_EQ(bad.exit_code, 2) << bad;
  // Nothing found: the command's own line, and no graph, as trace says it.
  RunResult none = OnDataPages({"export", "--query", "trace zzzqqq"});
  EXPECT_EQ(none.exit_code, 1) << none;
  EXPECT_TRUE(none.out.empty()) << none;
  EXPECT_EQ(none.err, "parley: no clause matches 'zzzqqq'\n");
  RunResult timeline = OnDataPages(
      {"export", "--query", "timeline --from 1951-07-03 --to 1951-07-03"});
  ASSERT_EQ(timeline.exit_code, 0) << timeline;
  EXPECT_TRUE(NodeIds(json::parse(timeline.out))
                  .contains("doc:telegram-3950-1951-07-03"));
}

}  // namespace
}  // namespace parley::cli_test
