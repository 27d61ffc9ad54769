#include "queries/paths.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <tuple>
#include <unordered_map>

#include "graph/graph_view.h"
#include "tests/queries/one_page_store.h"
#include "tests/queries/query_graph.h"
#include "tests/queries/reader_variants.h"

namespace parley::queries {
namespace {

using namespace testing;  // NOLINT: the fixture's ids
using graph::EdgeKind;

TEST(FindPathsTest, KimToStalinThroughTheTelegramThatForwardedHisMessage) {
  QueryGraph g;
  PathQuery query;
  query.from = "Kim Il Sung";
  query.to = "Filippov";
  auto result = FindPaths(g.snapshot(), query);
  ASSERT_TRUE(result.ok()) << result.status().message();
  EXPECT_EQ(result->from.id, kKim);
  EXPECT_EQ(result->to.id, kStalin);
  // Without MENTIONS (21404 mentions Kim), two paths of three edges: Kim
  // wrote the message, 21404 embeds it and is addressed to Stalin; and Kim
  // proposed the buffer zone, on which Stalin's 3950 insists.
  ASSERT_EQ(result->paths.size(), 2u);
  const FoundPath& p = result->paths[0].nodes[1].id == kMessage
                           ? result->paths[0]
                           : result->paths[1];
  ASSERT_EQ(p.steps.size(), 3u);
  EXPECT_EQ(p.nodes[1].id, kMessage);
  EXPECT_EQ(p.steps[0].edge.kind, EdgeKind::kAuthored);
  EXPECT_TRUE(p.steps[0].forward);
  EXPECT_EQ(p.steps[0].date, "1951-06-30");
  EXPECT_EQ(p.steps[1].edge.kind, EdgeKind::kEmbeds);
  EXPECT_FALSE(p.steps[1].forward);  // walked from the message to 21404
  EXPECT_EQ(p.steps[1].date, "1951-07-03");
  EXPECT_EQ(p.steps[2].edge.kind, EdgeKind::kAddressedTo);
  // Walked on the stored adjacency: the whole graph was never loaded.
  EXPECT_FALSE(g.snapshot().has_view());
}

TEST(FindPathsTest, KindsChooseTheEdgesFollowed) {
  QueryGraph g;
  PathQuery query;
  query.from = kKim;
  query.to = kTelegram21404;
  query.kinds = graph::EdgeKindSet::All();
  auto result = FindPaths(g.snapshot(), query);
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result->paths.size(), 1u);
  EXPECT_EQ(result->paths[0].steps.size(), 1u);
  EXPECT_EQ(result->paths[0].steps[0].edge.kind, EdgeKind::kMentions);

  query.kinds = {EdgeKind::kVia};
  auto none = FindPaths(g.snapshot(), query);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->paths.empty());
}

TEST(FindPathsTest, AMisspeltEndFailsBeforeTheGraphIsLoaded) {
  QueryGraph g;
  PathQuery query;
  query.from = "Stallin";
  query.to = kKim;
  auto result = FindPaths(g.snapshot(), query);
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.status().message().find("Joseph Stalin"), std::string::npos);
  EXPECT_FALSE(g.snapshot().has_view());
}

TEST(ParseEdgeKindsTest, ReadsContractNamesInAnyCase) {
  auto kinds = ParseEdgeKinds("authored, Addressed-To,VIA");
  ASSERT_TRUE(kinds.ok());
  EXPECT_TRUE(kinds->Contains(EdgeKind::kAuthored));
  EXPECT_TRUE(kinds->Contains(EdgeKind::kAddressedTo));
  EXPECT_TRUE(kinds->Contains(EdgeKind::kVia));
  EXPECT_FALSE(kinds->Contains(EdgeKind::kMentions));
  auto bad = ParseEdgeKinds("AUTHORED,WROTE");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), Status::Code::kInvalidArgument);
  EXPECT_NE(bad.status().message().find("WROTE"), std::string::npos);
  EXPECT_FALSE(DefaultPathKinds().Contains(EdgeKind::kMentions));
}

TEST(NeighborsTest, OneHopWithTheEdgeThatReachesEachNeighbour) {
  QueryGraph g;
  NeighborsQuery query;
  query.node = "Stalin";
  query.kinds = {EdgeKind::kAuthored, EdgeKind::kAddressedTo};
  auto result = Neighbors(g.snapshot(), query);
  ASSERT_TRUE(result.ok()) << result.status().message();
  EXPECT_EQ(result->centre.id, kStalin);
  std::vector<std::string> ids;
  for (const Neighbor& n : result->neighbors) {
    ids.push_back(n.node.id);
    EXPECT_EQ(n.hops, 1);
    EXPECT_EQ(n.via_node, kStalin);
  }
  EXPECT_EQ(ids,
            (std::vector<std::string>{kTelegram16002, kTelegram21404, kReply}));
  EXPECT_EQ(result->neighbors[2].via.edge.kind, EdgeKind::kAuthored);
  EXPECT_TRUE(result->neighbors[2].via.forward);   // Stalin -> 3950
  EXPECT_FALSE(result->neighbors[0].via.forward);  // 16002 -> Stalin
  EXPECT_EQ(result->total, 3u);
  EXPECT_FALSE(g.snapshot().has_view());
}

TEST(NeighborsTest, ALimitListsTheFirstByHopsAndIdAndCountsTheRest) {
  QueryGraph g;
  NeighborsQuery query;
  query.node = kStalin;
  query.depth = 2;
  auto all = Neighbors(g.snapshot(), query);
  ASSERT_TRUE(all.ok());
  ASSERT_GT(all->neighbors.size(), 4u);
  query.limit = 4;
  auto some = Neighbors(g.snapshot(), query);
  ASSERT_TRUE(some.ok());
  EXPECT_EQ(some->total, all->neighbors.size());
  ASSERT_EQ(some->neighbors.size(), 4u);
  for (size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(some->neighbors[i].node.id, all->neighbors[i].node.id);
    EXPECT_EQ(some->neighbors[i].via_node, all->neighbors[i].via_node);
  }
  // The edges are those among the centre and the neighbours listed.
  std::set<std::string> listed = {kStalin};
  for (const Neighbor& n : some->neighbors) listed.insert(n.node.id);
  ASSERT_FALSE(some->edges.empty());
  for (const graph::Edge& e : some->edges) {
    EXPECT_TRUE(listed.count(e.source) && listed.count(e.target))
        << e.source << " -> " << e.target;
  }
  EXPECT_LT(some->edges.size(), all->edges.size());
}

TEST(NeighborsTest, DepthTwoReachesFurtherAndNegativeDepthIsBadUsage) {
  QueryGraph g;
  NeighborsQuery query;
  query.node = kReply;
  query.depth = 2;
  query.kinds = {EdgeKind::kStance, EdgeKind::kHasClause};
  auto result = Neighbors(g.snapshot(), query);
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result->neighbors.size(), 2u);
  EXPECT_EQ(result->neighbors[0].node.id, kBufferZone);
  EXPECT_EQ(result->neighbors[1].node.id, kMessage);
  EXPECT_EQ(result->neighbors[1].hops, 2);
  EXPECT_EQ(result->neighbors[1].via_node, kBufferZone);
  query.depth = -1;
  auto bad = Neighbors(g.snapshot(), query);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), Status::Code::kInvalidArgument);
}

// A random graph in a fresh RocksDB: nodes of three kinds with ids in no
// relation to the order they are stored in (so dense ids are not in id
// order), and edges of five kinds, some parallel and some both ways, so
// that many shortest paths tie.
class RandomGraph {
 public:
  RandomGraph(uint32_t seed, int node_count, int edge_count) {
    std::mt19937 rng(seed);
    std::vector<std::string> ids;
    while (static_cast<int>(ids.size()) < node_count) {
      std::string id = "n:" + std::to_string(rng() % 100000);
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
    ids_ = ids;
    const graph::NodeKind kinds[] = {graph::NodeKind::kPerson,
                                     graph::NodeKind::kDocument,
                                     graph::NodeKind::kClause};
    const EdgeKind edge_kinds[] = {EdgeKind::kAuthored, EdgeKind::kAddressedTo,
                                   EdgeKind::kEmbeds, EdgeKind::kMentions,
                                   EdgeKind::kProposes};
    auto store = storage::Store::Open(dir_.db());
    EXPECT_TRUE(store.ok());
    store_ = std::move(store).value();
    // Pages of ten nodes and their edges, stored in a shuffled order.
    std::vector<graph::Fragment> pages((ids.size() + 9) / 10);
    for (size_t i = 0; i < ids.size(); ++i) {
      graph::Node n;
      n.id = ids[i];
      n.kind = kinds[rng() % 3];
      n.label = "Node " + ids[i];
      if (n.kind == graph::NodeKind::kDocument)
        n.props["date"] = "1951-07-" + std::to_string(10 + rng() % 5);
      pages[i / 10].AddNode(n);
    }
    for (int i = 0; i < edge_count; ++i) {
      graph::Edge e;
      size_t s = rng() % ids.size();
      e.source = ids[s];
      e.target = ids[rng() % ids.size()];
      e.kind = edge_kinds[rng() % 5];
      e.props["n"] = i;
      pages[s / 10].AddEdge(e);
    }
    std::shuffle(pages.begin(), pages.end(), rng);
    for (size_t i = 0; i < pages.size(); ++i) {
      pages[i].page_id = "page-" + std::to_string(i);
      pages[i].text = "page " + std::to_string(i);
      pages[i].content_hash = std::to_string(i);
      auto applied = store_->ApplyPage(pages[i]);
      EXPECT_TRUE(applied.ok()) << applied.status().message();
    }
    reader_ = store_->NewReader();
  }

  storage::Reader& reader() { return *reader_; }
  const std::vector<std::string>& ids() const { return ids_; }

 private:
  storage::TestDir dir_;
  std::unique_ptr<storage::Store> store_;
  std::unique_ptr<storage::Reader> reader_;
  std::vector<std::string> ids_;
};

using EdgeKey = std::tuple<std::string, EdgeKind, std::string>;

EdgeKey KeyOf(const graph::Edge& e) { return {e.source, e.kind, e.target}; }

// A path as ids and edge keys, to compare answers.
std::vector<std::string> Describe(const FoundPath& p) {
  std::vector<std::string> out;
  for (size_t i = 0; i < p.nodes.size(); ++i) {
    out.push_back(p.nodes[i].id);
    if (i < p.steps.size()) {
      out.push_back(std::string(graph::EdgeKindName(p.steps[i].edge.kind)) +
                    (p.steps[i].forward ? ">" : "<"));
    }
  }
  return out;
}

std::vector<std::string> Describe(const graph::GraphView& view,
                                  const graph::Path& p) {
  std::vector<std::string> out;
  for (size_t i = 0; i < p.nodes.size(); ++i) {
    out.push_back(p.nodes[i]);
    if (i < p.edges.size()) {
      const graph::Edge& e = view.edge(p.edges[i]);
      out.push_back(std::string(graph::EdgeKindName(e.kind)) +
                    (e.source == p.nodes[i] ? ">" : "<"));
    }
  }
  return out;
}

// The query for the shortest paths between `from` and `to`.
PathQuery PathsBetween(const std::string& from, const std::string& to,
                       graph::EdgeKindSet kinds, bool directed,
                       size_t max_paths) {
  PathQuery query;
  query.from = from;
  query.to = to;
  query.kinds = kinds;
  query.directed = directed;
  query.max_paths = max_paths;
  return query;
}

// The paths of an answer, as ids and edge keys.
std::vector<std::vector<std::string>> Described(const PathResult& found) {
  std::vector<std::vector<std::string>> out;
  for (const FoundPath& p : found.paths) out.push_back(Describe(p));
  return out;
}

// What the neighbours were as the graph view found them: (hops, id), the
// via edge and node, and the edges among them.
struct Hood {
  std::vector<std::tuple<int, std::string, std::string, EdgeKey>> nodes;
  std::vector<EdgeKey> edges;
  bool operator==(const Hood&) const = default;
};

Hood ViewHood(const graph::GraphView& view, const std::string& centre,
              int depth, graph::EdgeKindSet kinds, bool directed) {
  auto hood = view.Neighborhood(centre, depth, kinds, !directed);
  EXPECT_TRUE(hood.ok());
  std::unordered_map<std::string, int> hops;
  for (size_t i = 0; i < hood->nodes.size(); ++i)
    hops[hood->nodes[i]] = hood->hops[i];
  std::unordered_map<std::string, size_t> via;
  for (size_t e : hood->edges) {
    const graph::Edge& edge = view.edge(e);
    int hs = hops.at(edge.source), ht = hops.at(edge.target);
    if (ht == hs + 1) via.emplace(edge.target, e);
    if (!directed && hs == ht + 1) via.emplace(edge.source, e);
  }
  Hood out;
  for (size_t i = 1; i < hood->nodes.size(); ++i) {
    const graph::Edge& e = view.edge(via.at(hood->nodes[i]));
    out.nodes.emplace_back(hood->hops[i], hood->nodes[i],
                           e.target == hood->nodes[i] ? e.source : e.target,
                           KeyOf(e));
  }
  for (size_t e : hood->edges) out.edges.push_back(KeyOf(view.edge(e)));
  return out;
}

Hood QueryHood(const NeighborsResult& r) {
  Hood out;
  for (const Neighbor& n : r.neighbors)
    out.nodes.emplace_back(n.hops, n.node.id, n.via_node, KeyOf(n.via.edge));
  for (const graph::Edge& e : r.edges) out.edges.push_back(KeyOf(e));
  return out;
}

// FindPaths and Neighbors give what the graph view gave (the same paths,
// even when --max keeps only some of many; the same neighbours in the same
// order, by the same edges), through the RocksDB reader, through Reader's
// defaults, and with dense ids numbered in another order.
TEST(TraversalTest, AnswersAreTheGraphViewsThroughEveryReader) {
  RandomGraph g(7, 120, 420);
  Snapshot oracle(g.reader());
  const graph::GraphView& view = oracle.View();
  DefaultsReader defaults(g.reader());
  ScrambledReader scrambled(g.reader());
  std::vector<storage::Reader*> readers = {&g.reader(), &defaults, &scrambled};
  std::mt19937 rng(11);
  const graph::EdgeKindSet kind_sets[] = {
      graph::EdgeKindSet::All(),
      DefaultPathKinds(),
      {EdgeKind::kAuthored, EdgeKind::kEmbeds}};
  int paths_seen = 0, truncated = 0;
  for (int round = 0; round < 80; ++round) {
    const std::string& from = g.ids()[rng() % g.ids().size()];
    const std::string& to = g.ids()[rng() % g.ids().size()];
    graph::EdgeKindSet kinds = kind_sets[round % 3];
    bool directed = round % 4 == 3;
    size_t max_paths = round % 2 ? 2 : 10;
    auto expected = view.ShortestPaths(from, to, kinds, !directed, max_paths);
    ASSERT_TRUE(expected.ok());
    std::vector<std::vector<std::string>> want;
    for (const graph::Path& p : *expected) want.push_back(Describe(view, p));
    auto all = view.ShortestPaths(from, to, kinds, !directed, 1000);
    if (all->size() > max_paths) ++truncated;
    paths_seen += static_cast<int>(want.size());
    for (storage::Reader* reader : readers) {
      Snapshot snapshot(*reader);
      auto found = FindPaths(
          snapshot, PathsBetween(from, to, kinds, directed, max_paths));
      ASSERT_TRUE(found.ok());
      EXPECT_EQ(Described(*found), want)
          << from << " -> " << to << " round " << round;
      EXPECT_FALSE(snapshot.has_view());

      NeighborsQuery near;
      near.node = from;
      near.depth = 1 + round % 3;
      near.kinds = kinds;
      near.directed = directed;
      auto hood = Neighbors(snapshot, near);
      ASSERT_TRUE(hood.ok());
      EXPECT_EQ(QueryHood(*hood),
                ViewHood(view, from, near.depth, kinds, directed))
          << from << " depth " << near.depth << " round " << round;
      EXPECT_FALSE(snapshot.has_view());
    }
  }
  // The graph is dense enough that the comparison means something.
  EXPECT_GT(paths_seen, 60);
  EXPECT_GT(truncated, 3);
}

// A layer of a thousand nodes and more, cut by --limit, is listed from the
// ids in order rather than named whole: the same neighbours, through every
// reader.
TEST(TraversalTest, ALargeLayerCutByALimitGivesTheFirstOfTheWholeLayer) {
  RandomGraph g(5, 2500, 10000);
  DefaultsReader defaults(g.reader());
  ScrambledReader scrambled(g.reader());
  const std::string& from = g.ids().front();
  Snapshot whole_snapshot(g.reader());
  NeighborsQuery query;
  query.node = from;
  query.depth = 4;
  auto whole = Neighbors(whole_snapshot, query);
  ASSERT_TRUE(whole.ok());
  std::map<int, size_t> per_hop;
  for (const Neighbor& n : whole->neighbors) ++per_hop[n.hops];
  size_t largest = 0;
  for (const auto& [hops, count] : per_hop) largest = std::max(largest, count);
  ASSERT_GE(largest, 1024u) << "no layer large enough to be listed by ids";
  for (storage::Reader* reader :
       std::vector<storage::Reader*>{&g.reader(), &defaults, &scrambled}) {
    for (size_t limit : {1, 10, 300, 1500}) {
      Snapshot snapshot(*reader);
      query.limit = limit;
      auto some = Neighbors(snapshot, query);
      ASSERT_TRUE(some.ok());
      EXPECT_EQ(some->total, whole->neighbors.size());
      ASSERT_EQ(some->neighbors.size(), limit);
      for (size_t i = 0; i < limit; ++i) {
        EXPECT_EQ(some->neighbors[i].node.id, whole->neighbors[i].node.id)
            << i << " of " << limit;
        EXPECT_EQ(some->neighbors[i].via_node, whole->neighbors[i].via_node);
      }
    }
  }
}

// Two hubs joined through 1,500 documents, by edges of three kinds either
// way: the walk back from one hub takes its first steps from the ids in
// order, and the paths are the graph view's, whatever --max keeps.
TEST(TraversalTest, PathsThroughAHubOfThousandsAreTheFirstOfAllPaths) {
  storage::TestDir dir;
  auto opened = storage::Store::Open(dir.db());
  ASSERT_TRUE(opened.ok());
  std::unique_ptr<storage::Store> store = std::move(opened).value();
  std::mt19937 rng(3);
  const EdgeKind kinds[] = {EdgeKind::kAuthored, EdgeKind::kAddressedTo,
                            EdgeKind::kMentions};
  std::vector<graph::Fragment> pages(150);
  for (int i = 0; i < 1500; ++i) {
    graph::Fragment& page = pages[i % pages.size()];
    graph::Node doc;
    doc.id = "doc:" + std::to_string(rng() % 1000000);
    doc.kind = graph::NodeKind::kDocument;
    doc.label = doc.id;
    page.AddNode(doc);
    for (const char* hub : {"person:a", "person:b"}) {
      graph::Edge e;
      bool outward = rng() % 2;
      e.source = outward ? hub : doc.id;
      e.target = outward ? doc.id : hub;
      e.kind = kinds[rng() % 3];
      page.AddEdge(e);
    }
  }
  for (const char* hub : {"person:a", "person:b"}) {
    graph::Node n;
    n.id = hub;
    n.kind = graph::NodeKind::kPerson;
    n.label = hub;
    pages[rng() % pages.size()].AddNode(n);
  }
  std::shuffle(pages.begin(), pages.end(), rng);
  for (size_t i = 0; i < pages.size(); ++i) {
    pages[i].page_id = "page-" + std::to_string(i);
    pages[i].text = "page " + std::to_string(i);
    pages[i].content_hash = std::to_string(i);
    ASSERT_TRUE(store->ApplyPage(pages[i]).ok());
  }
  std::unique_ptr<storage::Reader> reader = store->NewReader();
  Snapshot oracle(*reader);
  const graph::GraphView& view = oracle.View();
  DefaultsReader defaults(*reader);
  ScrambledReader scrambled(*reader);
  for (size_t max_paths : {1, 10, 300, 1200}) {
    for (bool directed : {false, true}) {
      auto expected =
          view.ShortestPaths("person:a", "person:b", graph::EdgeKindSet::All(),
                             !directed, max_paths);
      ASSERT_TRUE(expected.ok());
      std::vector<std::vector<std::string>> want;
      for (const graph::Path& p : *expected) want.push_back(Describe(view, p));
      if (!directed) {
        ASSERT_EQ(want.size(), max_paths);
      }
      for (storage::Reader* r :
           std::vector<storage::Reader*>{reader.get(), &defaults, &scrambled}) {
        Snapshot snapshot(*r);
        auto found = FindPaths(snapshot, PathsBetween("person:a", "person:b",
                                                      graph::EdgeKindSet::All(),
                                                      directed, max_paths));
        ASSERT_TRUE(found.ok());
        EXPECT_EQ(Described(*found), want)
            << "--max " << max_paths << (directed ? " directed" : "");
      }
    }
  }
}

// Paths from a writer through many documents to a hub near the target: the
// meeting documents outnumber the hubs beside the target, so the nodes on
// the target's side are found from the hubs' edges. The paths equal the
// graph view's, and a hub no document of the writer's leads to (first by
// id) carries none.
TEST(TraversalTest, PathsThroughHubsBesideTheTargetAreTheGraphViews) {
  OnePageStore one;
  graph::Fragment& page = one.page();
  auto node = [&](const std::string& id, graph::NodeKind kind) {
    graph::Node n;
    n.id = id;
    n.kind = kind;
    n.label = id;
    page.AddNode(n);
  };
  auto edge = [&](const std::string& source, EdgeKind kind,
                  const std::string& target) {
    graph::Edge e;
    e.source = source;
    e.kind = kind;
    e.target = target;
    page.AddEdge(e);
  };
  for (const char* person : {"person:writer", "person:hub", "person:aside"})
    node(person, graph::NodeKind::kPerson);
  node("doc:target", graph::NodeKind::kDocument);
  edge("person:hub", EdgeKind::kAuthored, "doc:target");
  edge("person:aside", EdgeKind::kMentions, "doc:target");
  for (int i = 0; i < 60; ++i) {
    // The writer's documents: to the hub, or (every fourth) to no one.
    std::string doc = "doc:w" + std::to_string(i);
    node(doc, graph::NodeKind::kDocument);
    edge("person:writer", EdgeKind::kAuthored, doc);
    if (i % 4 != 0) edge(doc, EdgeKind::kAddressedTo, "person:hub");
  }
  for (int i = 0; i < 200; ++i) {
    // Others' documents to both hubs, none the writer's.
    std::string doc = "doc:x" + std::to_string(i);
    node(doc, graph::NodeKind::kDocument);
    edge(doc, EdgeKind::kAddressedTo, i % 2 ? "person:hub" : "person:aside");
  }
  std::unique_ptr<storage::Reader> reader = one.Store();
  ASSERT_NE(reader, nullptr);
  Snapshot oracle(*reader);
  const graph::GraphView& view = oracle.View();
  DefaultsReader defaults(*reader);
  ScrambledReader scrambled(*reader);
  for (size_t max_paths : {1, 10, 100}) {
    for (bool directed : {false, true}) {
      auto expected =
          view.ShortestPaths("person:writer", "doc:target",
                             graph::EdgeKindSet::All(), !directed, max_paths);
      ASSERT_TRUE(expected.ok());
      std::vector<std::vector<std::string>> want;
      for (const graph::Path& p : *expected) want.push_back(Describe(view, p));
      ASSERT_EQ(want.size(), std::min<size_t>(max_paths, 45));
      for (storage::Reader* r :
           std::vector<storage::Reader*>{reader.get(), &defaults, &scrambled}) {
        Snapshot snapshot(*r);
        auto found =
            FindPaths(snapshot, PathsBetween("person:writer", "doc:target",
                                             graph::EdgeKindSet::All(),
                                             directed, max_paths));
        ASSERT_TRUE(found.ok());
        EXPECT_EQ(Described(*found), want)
            << "--max " << max_paths << (directed ? " directed" : "");
      }
    }
  }
}

}  // namespace
}  // namespace parley::queries
