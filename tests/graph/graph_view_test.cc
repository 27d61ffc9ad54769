#include "graph/graph_view.h"

#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "graph/model.h"

namespace parley::graph {
namespace {

Node MakeNode(std::string id, NodeKind kind, std::string label = "") {
  Node node;
  node.id = std::move(id);
  node.kind = kind;
  node.label = std::move(label);
  return node;
}

Edge MakeEdge(std::string source, EdgeKind kind, std::string target) {
  Edge edge;
  edge.source = std::move(source);
  edge.target = std::move(target);
  edge.kind = kind;
  return edge;
}

// Two telegrams: Kim's (doc:1, clause:1) and a reply (doc:2, clause:2) whose
// clause is a variant of Kim's; plus an isolated place and an edge to a node
// nobody stored.
GraphView SampleView() {
  std::vector<Node> nodes = {
      MakeNode("person:kim", NodeKind::kPerson, "Kim Il Sung"),
      MakeNode("person:mao", NodeKind::kPerson, "Mao Zedong"),
      MakeNode("doc:1", NodeKind::kDocument),
      MakeNode("doc:2", NodeKind::kDocument),
      MakeNode("clause:1", NodeKind::kClause),
      MakeNode("clause:2", NodeKind::kClause),
      MakeNode("place:38th-parallel", NodeKind::kPlace),
      MakeNode("place:kaesong", NodeKind::kPlace),
  };
  std::vector<Edge> edges = {
      MakeEdge("person:kim", EdgeKind::kAuthored, "doc:1"),
      MakeEdge("doc:1", EdgeKind::kHasClause, "clause:1"),
      MakeEdge("person:kim", EdgeKind::kProposes, "clause:1"),
      MakeEdge("person:mao", EdgeKind::kAuthored, "doc:2"),
      MakeEdge("doc:2", EdgeKind::kRespondsTo, "doc:1"),
      MakeEdge("doc:2", EdgeKind::kHasClause, "clause:2"),
      MakeEdge("clause:2", EdgeKind::kVariantOf, "clause:1"),
      MakeEdge("clause:1", EdgeKind::kConcerns, "place:38th-parallel"),
      MakeEdge("doc:1", EdgeKind::kMentions, "person:ghost"),
  };
  return GraphView(std::move(nodes), std::move(edges));
}

std::vector<std::string> Kinds(const GraphView& view,
                               const std::vector<size_t>& edges) {
  std::vector<std::string> kinds;
  for (size_t e : edges) {
    kinds.emplace_back(EdgeKindName(view.edge(e).kind));
  }
  return kinds;
}

TEST(GraphViewTest, DropsAndCountsEdgesToMissingNodes) {
  GraphView view = SampleView();
  EXPECT_EQ(view.node_count(), 8u);
  EXPECT_EQ(view.edge_count(), 8u);
  EXPECT_EQ(view.dropped_edge_count(), 1u);
  for (const Edge& edge : view.edges()) {
    EXPECT_NE(edge.target, "person:ghost");
  }
  EXPECT_TRUE(view.OutNeighbors("doc:1", {EdgeKind::kMentions}).empty());
}

TEST(GraphViewTest, KeepsNodesSortedByIdAndFindsThem) {
  GraphView view = SampleView();
  for (size_t i = 1; i < view.node_count(); ++i) {
    EXPECT_LT(view.node(i - 1).id, view.node(i).id);
  }
  std::optional<size_t> kim = view.IndexOf("person:kim");
  ASSERT_TRUE(kim.has_value());
  EXPECT_EQ(view.node(*kim).label, "Kim Il Sung");
  EXPECT_FALSE(view.IndexOf("person:ghost").has_value());
  EXPECT_FALSE(view.IndexOf("").has_value());
}

TEST(GraphViewTest, SortsEdgesBySourceKindTarget) {
  GraphView view = SampleView();
  for (size_t i = 1; i < view.edge_count(); ++i) {
    const Edge& a = view.edge(i - 1);
    const Edge& b = view.edge(i);
    EXPECT_TRUE(std::tie(a.source, a.kind, a.target) <
                std::tie(b.source, b.kind, b.target))
        << a.source << " " << b.source;
  }
}

TEST(GraphViewTest, MergesNodesAndEdgesGivenTwice) {
  Node first = MakeNode("person:kim", NodeKind::kPerson, "Kim Il Sung");
  first.aliases = {"KIM IL SUNG"};
  Node second = first;
  second.aliases = {"КИМ ИР СЕН"};
  Edge authored = MakeEdge("person:kim", EdgeKind::kAuthored, "doc:1");
  authored.evidence = {{"doc:1", "ru", 0, 10, "КИМ ИР СЕН"}};
  Edge again = authored;
  again.evidence = {{"doc:1", "en", 20, 31, "KIM IL SUNG"}};

  GraphView view({first, MakeNode("doc:1", NodeKind::kDocument), second},
                 {authored, again});

  ASSERT_EQ(view.node_count(), 2u);
  EXPECT_EQ(view.node(*view.IndexOf("person:kim")).aliases,
            (std::vector<std::string>{"KIM IL SUNG", "КИМ ИР СЕН"}));
  ASSERT_EQ(view.edge_count(), 1u);
  EXPECT_EQ(view.edge(0).evidence.size(), 2u);
}

TEST(GraphViewTest, ListsNeighboursWithEdgeKinds) {
  GraphView view = SampleView();
  std::vector<Adjacent> out = view.OutNeighbors("person:kim");
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].node, "doc:1");
  EXPECT_EQ(out[0].kind, EdgeKind::kAuthored);
  EXPECT_EQ(out[1].node, "clause:1");
  EXPECT_EQ(out[1].kind, EdgeKind::kProposes);
  EXPECT_EQ(view.edge(out[1].edge).target, "clause:1");

  std::vector<Adjacent> in = view.InNeighbors("clause:1");
  ASSERT_EQ(in.size(), 3u);
  std::vector<std::string> sources;
  for (const Adjacent& a : in) sources.push_back(a.node);
  EXPECT_EQ(sources,
            (std::vector<std::string>{"clause:2", "doc:1", "person:kim"}));

  std::vector<Adjacent> proposals =
      view.InNeighbors("clause:1", {EdgeKind::kProposes});
  ASSERT_EQ(proposals.size(), 1u);
  EXPECT_EQ(proposals[0].node, "person:kim");

  EXPECT_TRUE(view.OutNeighbors("person:nobody").empty());
  EXPECT_TRUE(view.InNeighbors("place:kaesong").empty());
}

TEST(GraphViewTest, FindsEveryShortestPathUndirected) {
  GraphView view = SampleView();
  Result<std::vector<Path>> paths = view.ShortestPaths("doc:1", "clause:2");
  ASSERT_TRUE(paths.ok()) << paths.status().message();
  ASSERT_EQ(paths->size(), 2u);
  EXPECT_EQ((*paths)[0].nodes,
            (std::vector<NodeId>{"doc:1", "clause:1", "clause:2"}));
  EXPECT_EQ(Kinds(view, (*paths)[0].edges),
            (std::vector<std::string>{"HAS_CLAUSE", "VARIANT_OF"}));
  EXPECT_EQ((*paths)[1].nodes,
            (std::vector<NodeId>{"doc:1", "doc:2", "clause:2"}));
  EXPECT_EQ(Kinds(view, (*paths)[1].edges),
            (std::vector<std::string>{"RESPONDS_TO", "HAS_CLAUSE"}));
  // Walked against its direction: the reply points at doc:1.
  EXPECT_EQ(view.edge((*paths)[1].edges[0]).source, "doc:2");
}

TEST(GraphViewTest, DirectedPathsFollowEdgeDirectionOnly) {
  GraphView view = SampleView();
  Result<std::vector<Path>> none =
      view.ShortestPaths("doc:1", "clause:2", {}, /*undirected=*/false);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());

  Result<std::vector<Path>> paths =
      view.ShortestPaths("doc:2", "clause:1", {}, /*undirected=*/false);
  ASSERT_TRUE(paths.ok());
  ASSERT_EQ(paths->size(), 2u);
  EXPECT_EQ((*paths)[0].nodes,
            (std::vector<NodeId>{"doc:2", "clause:2", "clause:1"}));
  EXPECT_EQ((*paths)[1].nodes,
            (std::vector<NodeId>{"doc:2", "doc:1", "clause:1"}));
}

TEST(GraphViewTest, PathsUseOnlyAllowedKinds) {
  GraphView view = SampleView();
  Result<std::vector<Path>> paths = view.ShortestPaths(
      "doc:1", "clause:2", {EdgeKind::kHasClause, EdgeKind::kRespondsTo});
  ASSERT_TRUE(paths.ok());
  ASSERT_EQ(paths->size(), 1u);
  EXPECT_EQ((*paths)[0].nodes,
            (std::vector<NodeId>{"doc:1", "doc:2", "clause:2"}));

  // Kim to Mao: through both telegrams, 3 hops; without RESPONDS_TO the
  // way round is through the clause variant, 4 hops.
  Result<std::vector<Path>> direct =
      view.ShortestPaths("person:kim", "person:mao");
  ASSERT_TRUE(direct.ok());
  ASSERT_EQ(direct->size(), 1u);
  EXPECT_EQ((*direct)[0].nodes.size(), 4u);
  EdgeKindSet no_reply = EdgeKindSet::None()
                             .Add(EdgeKind::kAuthored)
                             .Add(EdgeKind::kHasClause)
                             .Add(EdgeKind::kVariantOf)
                             .Add(EdgeKind::kProposes);
  Result<std::vector<Path>> around =
      view.ShortestPaths("person:kim", "person:mao", no_reply);
  ASSERT_TRUE(around.ok());
  ASSERT_EQ(around->size(), 1u);
  EXPECT_EQ((*around)[0].nodes,
            (std::vector<NodeId>{"person:kim", "clause:1", "clause:2", "doc:2",
                                 "person:mao"}));
}

TEST(GraphViewTest, ShortestPathEdgeCases) {
  GraphView view = SampleView();
  Result<std::vector<Path>> self = view.ShortestPaths("doc:1", "doc:1");
  ASSERT_TRUE(self.ok());
  ASSERT_EQ(self->size(), 1u);
  EXPECT_EQ((*self)[0].nodes, (std::vector<NodeId>{"doc:1"}));
  EXPECT_TRUE((*self)[0].edges.empty());

  Result<std::vector<Path>> apart =
      view.ShortestPaths("place:kaesong", "person:kim");
  ASSERT_TRUE(apart.ok());
  EXPECT_TRUE(apart->empty());

  Result<std::vector<Path>> unknown =
      view.ShortestPaths("person:kim", "person:ghost");
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.status().code(), Status::Code::kNotFound);
  EXPECT_NE(unknown.status().message().find("person:ghost"), std::string::npos);

  Result<std::vector<Path>> capped =
      view.ShortestPaths("doc:1", "clause:2", {}, true, /*max_paths=*/1);
  ASSERT_TRUE(capped.ok());
  EXPECT_EQ(capped->size(), 1u);
}

TEST(GraphViewTest, CountsEveryShortestPathThroughADiamondLadder) {
  // Three diamonds in a row: 2^3 shortest paths from start to end.
  std::vector<Node> nodes;
  std::vector<Edge> edges;
  for (int i = 0; i <= 3; ++i) {
    nodes.push_back(MakeNode("doc:" + std::to_string(i), NodeKind::kDocument));
  }
  for (int i = 0; i < 3; ++i) {
    for (const char* side : {"a", "b"}) {
      std::string middle = "clause:" + std::to_string(i) + side;
      nodes.push_back(MakeNode(middle, NodeKind::kClause));
      edges.push_back(
          MakeEdge("doc:" + std::to_string(i), EdgeKind::kHasClause, middle));
      edges.push_back(MakeEdge("doc:" + std::to_string(i + 1),
                               EdgeKind::kHasClause, middle));
    }
  }
  GraphView view(std::move(nodes), std::move(edges));
  Result<std::vector<Path>> paths =
      view.ShortestPaths("doc:0", "doc:3", {}, true, 100);
  ASSERT_TRUE(paths.ok());
  EXPECT_EQ(paths->size(), 8u);
  for (const Path& path : *paths) {
    EXPECT_EQ(path.nodes.size(), 7u);
    EXPECT_EQ(path.edges.size(), 6u);
  }
}

TEST(GraphViewTest, NeighbourhoodHoldsNodesWithinDepthAndTheirEdges) {
  GraphView view = SampleView();
  Result<NeighborhoodResult> near = view.Neighborhood("person:kim", 1);
  ASSERT_TRUE(near.ok());
  EXPECT_EQ(near->nodes,
            (std::vector<NodeId>{"person:kim", "clause:1", "doc:1"}));
  EXPECT_EQ(near->hops, (std::vector<int>{0, 1, 1}));
  // The edge between the two neighbours is part of it too.
  EXPECT_EQ(Kinds(view, near->edges),
            (std::vector<std::string>{"HAS_CLAUSE", "AUTHORED", "PROPOSES"}));

  Result<NeighborhoodResult> two = view.Neighborhood("person:kim", 2);
  ASSERT_TRUE(two.ok());
  EXPECT_EQ(two->nodes,
            (std::vector<NodeId>{"person:kim", "clause:1", "doc:1", "clause:2",
                                 "doc:2", "place:38th-parallel"}));
  EXPECT_EQ(two->hops, (std::vector<int>{0, 1, 1, 2, 2, 2}));
  EXPECT_EQ(two->edges.size(), 7u);
}

TEST(GraphViewTest, NeighbourhoodFollowsOnlyAllowedKindsAndDirection) {
  GraphView view = SampleView();
  Result<NeighborhoodResult> documents = view.Neighborhood(
      "person:kim", 3, {EdgeKind::kAuthored, EdgeKind::kRespondsTo});
  ASSERT_TRUE(documents.ok());
  EXPECT_EQ(documents->nodes, (std::vector<NodeId>{"person:kim", "doc:1",
                                                   "doc:2", "person:mao"}));
  EXPECT_EQ(Kinds(view, documents->edges),
            (std::vector<std::string>{"RESPONDS_TO", "AUTHORED", "AUTHORED"}));

  Result<NeighborhoodResult> outward =
      view.Neighborhood("clause:1", 5, {}, /*undirected=*/false);
  ASSERT_TRUE(outward.ok());
  EXPECT_EQ(outward->nodes,
            (std::vector<NodeId>{"clause:1", "place:38th-parallel"}));

  Result<NeighborhoodResult> alone = view.Neighborhood("doc:1", 0);
  ASSERT_TRUE(alone.ok());
  EXPECT_EQ(alone->nodes, (std::vector<NodeId>{"doc:1"}));
  EXPECT_TRUE(alone->edges.empty());
}

TEST(GraphViewTest, NeighbourhoodRejectsBadArguments) {
  GraphView view = SampleView();
  Result<NeighborhoodResult> unknown = view.Neighborhood("person:ghost", 1);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.status().code(), Status::Code::kNotFound);
  Result<NeighborhoodResult> negative = view.Neighborhood("doc:1", -1);
  ASSERT_FALSE(negative.ok());
  EXPECT_EQ(negative.status().code(), Status::Code::kInvalidArgument);
}

TEST(GraphViewTest, EmptyViewAnswersEverything) {
  GraphView view({}, {MakeEdge("a", EdgeKind::kMentions, "b")});
  EXPECT_EQ(view.node_count(), 0u);
  EXPECT_EQ(view.edge_count(), 0u);
  EXPECT_EQ(view.dropped_edge_count(), 1u);
  EXPECT_FALSE(view.ShortestPaths("a", "b").ok());
}

TEST(GraphViewTest, SurvivesAMove) {
  GraphView original = SampleView();
  GraphView moved = std::move(original);
  Result<std::vector<Path>> paths = moved.ShortestPaths("doc:1", "clause:2");
  ASSERT_TRUE(paths.ok());
  EXPECT_EQ(paths->size(), 2u);
}

TEST(EdgeKindSetTest, HoldsWhatWasAdded) {
  EdgeKindSet all;
  EdgeKindSet some = {EdgeKind::kAuthored, EdgeKind::kVariantOf};
  for (int k = 0; k < kEdgeKindCount; ++k) {
    EXPECT_TRUE(all.Contains(static_cast<EdgeKind>(k)));
  }
  EXPECT_TRUE(some.Contains(EdgeKind::kVariantOf));
  EXPECT_FALSE(some.Contains(EdgeKind::kMentions));
  EXPECT_TRUE(EdgeKindSet::None().empty());
  EXPECT_FALSE(some.empty());
}

}  // namespace
}  // namespace parley::graph
