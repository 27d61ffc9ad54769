#include "queries/selection.h"

#include <gtest/gtest.h>

#include <set>

#include "tests/queries/query_graph.h"

namespace parley::queries {
namespace {

using namespace testing;  // NOLINT: the fixture's ids

std::set<std::string> Ids(const GraphData& data) {
  std::set<std::string> ids;
  for (const graph::Node& n : data.nodes) ids.insert(n.id);
  return ids;
}

// (source, kind, target, pieces of evidence) of every edge, in order.
std::vector<std::string> Edges(const GraphData& data) {
  const graph::GraphView view(data.nodes, data.edges);
  std::vector<std::string> edges;
  for (const graph::Edge& e : view.edges()) {
    edges.push_back(e.source + " " + std::string(graph::EdgeKindName(e.kind)) +
                    " " + e.target + " " + std::to_string(e.evidence.size()));
  }
  return edges;
}

TEST(SelectionTest, FocusIsTheNeighbourhoodReadFromTheAdjacency) {
  QueryGraph g;
  Selection selection;
  selection.focus = kMessage;
  selection.depth = 1;
  auto part = Select(g.snapshot(), selection);
  ASSERT_TRUE(part.ok()) << part.status().message();
  EXPECT_FALSE(g.snapshot().has_view());
  // The graph view's answer, on the whole graph read into memory.
  const GraphData whole = LoadGraph(g.reader());
  const graph::GraphView view(whole.nodes, whole.edges);
  auto around = view.Neighborhood(kMessage, 1);
  ASSERT_TRUE(around.ok());
  EXPECT_EQ(Ids(*part),
            std::set<std::string>(around->nodes.begin(), around->nodes.end()));
  // Every edge among them, with all its evidence.
  EXPECT_EQ(Edges(*part), Edges(Subgraph(whole, around->nodes)));
  for (const graph::Node& n : part->nodes) {
    EXPECT_EQ(n.evidence.size(), g.reader().GetNode(n.id)->evidence.size())
        << n.id;
  }
}

TEST(SelectionTest, TopicsBringTheirDocumentsProposersAndVersions) {
  QueryGraph g;
  Selection selection;
  selection.topics = ParseTopics("Buffer-Zone");
  ASSERT_EQ(selection.topics, std::vector<std::string>{"buffer_zone"});
  auto part = Select(g.snapshot(), selection);
  ASSERT_TRUE(part.ok()) << part.status().message();
  const std::set<std::string> ids = Ids(*part);
  for (const char* id : {kBufferZone, kMessage, kKim, kAgreedZone, kAgreement,
                         kReportWithdrawal}) {
    EXPECT_TRUE(ids.contains(id)) << id;
  }
  EXPECT_FALSE(ids.contains(kPrisoners));
  EXPECT_FALSE(g.snapshot().has_view());
}

TEST(SelectionTest, ADateWindowTakesItsDocumentsAndWhatTheyEvidence) {
  QueryGraph g;
  Selection selection;
  selection.from = "1951-07-03";
  selection.to = "1951-07-03";
  auto part = Select(g.snapshot(), selection);
  ASSERT_TRUE(part.ok()) << part.status().message();
  const std::set<std::string> ids = Ids(*part);
  EXPECT_TRUE(ids.contains(kTelegram21404));
  EXPECT_TRUE(ids.contains(kReply));
  EXPECT_TRUE(ids.contains(kStalin));   // wrote the reply
  EXPECT_FALSE(ids.contains(kReport));  // 1 July
  EXPECT_FALSE(ids.contains(kTelegram16002));
  selection.from = "3.7.1951";
  EXPECT_EQ(Select(g.snapshot(), selection).status().code(),
            Status::Code::kInvalidArgument);
}

TEST(SelectionTest, SelectionsIntersectAndKindsFilter) {
  QueryGraph g;
  Selection selection;
  selection.topics = {"buffer_zone"};
  selection.from = "1951-06";
  selection.to = "1951-07";
  ASSERT_TRUE(
      ParseKinds("clauses", selection.node_kinds, selection.edge_kinds).ok());
  auto part = Select(g.snapshot(), selection);
  ASSERT_TRUE(part.ok()) << part.status().message();
  // The agreed zone (November) is of the topic but not of the window.
  EXPECT_EQ(Ids(*part),
            (std::set<std::string>{kBufferZone, kReportWithdrawal}));
  ASSERT_EQ(part->edges.size(), 1u);
  EXPECT_EQ(part->edges[0].kind, graph::EdgeKind::kVariantOf);
}

TEST(SelectionTest, KindsAreNodeOrEdgeKindsInAnyCaseOrNumber) {
  std::vector<graph::NodeKind> nodes;
  graph::EdgeKindSet edges;
  ASSERT_TRUE(ParseKinds("People, documents,stance", nodes, edges).ok());
  EXPECT_EQ(nodes, (std::vector<graph::NodeKind>{graph::NodeKind::kPerson,
                                                 graph::NodeKind::kDocument}));
  EXPECT_TRUE(edges.Contains(graph::EdgeKind::kStance));
  EXPECT_FALSE(edges.Contains(graph::EdgeKind::kAuthored));
  Status bad = ParseKinds("person,treaty", nodes, edges);
  EXPECT_EQ(bad.code(), Status::Code::kInvalidArgument);
  EXPECT_NE(bad.message().find("'treaty'"), std::string::npos);
}

TEST(SelectionTest, APathKeepsItsOwnEdges) {
  QueryGraph g;
  PathQuery query;
  query.from = kKim;
  query.to = kStalin;
  auto paths = FindPaths(g.snapshot(), query);
  ASSERT_TRUE(paths.ok()) << paths.status().message();
  ASSERT_FALSE(paths->paths.empty());
  Selection selection;
  selection.answer = AnswerOf(*paths);
  auto part = Select(g.snapshot(), selection);
  ASSERT_TRUE(part.ok());
  std::set<std::string> walked, written;
  for (const FoundPath& p : paths->paths) {
    for (const PathStep& s : p.steps)
      walked.insert(s.edge.source + " " + s.edge.target);
  }
  for (const graph::Edge& e : part->edges)
    written.insert(e.source + " " + e.target);
  EXPECT_EQ(written, walked);
}

}  // namespace
}  // namespace parley::queries
