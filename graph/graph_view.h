// GraphView: the whole graph (or a part of it) in memory for traversals —
// neighbours, shortest paths, neighbourhoods — built once from the merged
// nodes and edges a storage Reader yields. Behind it is a Boost.Graph
// compressed-sparse-row graph (graph/csr_graph.h); this header stays free of
// Boost, and every result names nodes by NodeId.
#ifndef PARLEY_GRAPH_GRAPH_VIEW_H_
#define PARLEY_GRAPH_GRAPH_VIEW_H_

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <optional>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"

namespace parley::graph {

// A set of edge kinds, used to say which edges a traversal may follow.
// Default-constructed it holds every kind.
class EdgeKindSet {
 public:
  EdgeKindSet() : bits_(kAllBits) {}
  EdgeKindSet(std::initializer_list<EdgeKind> kinds);  // NOLINT: {k1, k2}

  static EdgeKindSet All() { return EdgeKindSet(); }
  static EdgeKindSet None() { return EdgeKindSet(uint32_t{0}); }

  bool Contains(EdgeKind kind) const { return bits_ & Bit(kind); }
  EdgeKindSet& Add(EdgeKind kind) {
    bits_ |= Bit(kind);
    return *this;
  }
  bool empty() const { return bits_ == 0; }

  friend bool operator==(EdgeKindSet a, EdgeKindSet b) = default;

 private:
  static_assert(kEdgeKindCount <= 32, "EdgeKindSet holds 32 kinds");
  static constexpr uint32_t kAllBits = (uint32_t{1} << kEdgeKindCount) - 1;
  static constexpr uint32_t Bit(EdgeKind kind) {
    return uint32_t{1} << static_cast<uint32_t>(kind);
  }
  explicit EdgeKindSet(uint32_t bits) : bits_(bits) {}

  uint32_t bits_;
};

// One step away from a node: the node at the other end and the edge taken.
struct Adjacent {
  NodeId node;
  EdgeKind kind = EdgeKind::kMentions;
  size_t edge = 0;  // Index into GraphView::edges().

  friend bool operator==(const Adjacent&, const Adjacent&) = default;
};

// A walk from nodes.front() to nodes.back(). edges[i] (an index into
// GraphView::edges()) joins nodes[i] and nodes[i + 1]; in an undirected search
// it may point backwards (its source is nodes[i + 1]).
struct Path {
  std::vector<NodeId> nodes;
  std::vector<size_t> edges;

  friend bool operator==(const Path&, const Path&) = default;
};

// The nodes within some hops of a centre and the edges among them.
struct NeighborhoodResult {
  // Sorted by (hops, id): nodes[0] is the centre.
  std::vector<NodeId> nodes;
  // hops[i] is the distance of nodes[i] from the centre.
  std::vector<int> hops;
  // Indices into GraphView::edges(), ascending: every edge of an allowed kind
  // whose two ends are both in `nodes` (the induced subgraph).
  std::vector<size_t> edges;
};

struct CsrIndex;  // The Boost.Graph behind a view; see graph/csr_graph.h.

// An immutable, in-memory graph. Node and edge indices are positions in
// nodes() and edges(); they are valid for this view only, so anything kept
// beyond it should hold NodeIds. Safe to query from several threads at once.
class GraphView {
 public:
  // At most this many paths are returned by ShortestPaths by default.
  static constexpr size_t kDefaultMaxPaths = 10;

  // Builds the view, taking ownership of `nodes` and `edges`. Nodes are kept
  // sorted by id; nodes sharing an id are merged (MergeNode), and so are
  // edges sharing (source, kind, target) (MergeEdge). Edges whose source or
  // target is not among `nodes` are dropped and counted in
  // dropped_edge_count().
  GraphView(std::vector<Node> nodes, std::vector<Edge> edges);
  ~GraphView();
  GraphView(GraphView&&) noexcept;
  GraphView& operator=(GraphView&&) noexcept;
  GraphView(const GraphView&) = delete;
  GraphView& operator=(const GraphView&) = delete;

  size_t node_count() const { return nodes_.size(); }
  size_t edge_count() const { return edges_.size(); }
  // Edges given to the constructor that named a node absent from the view.
  size_t dropped_edge_count() const { return dropped_edges_; }

  // Every node, sorted by id.
  const std::vector<Node>& nodes() const { return nodes_; }
  // Every edge, sorted by (source, kind, target) — the order of the
  // sources' and targets' positions in nodes().
  const std::vector<Edge>& edges() const { return edges_; }
  const Node& node(size_t index) const { return nodes_[index]; }
  const Edge& edge(size_t index) const { return edges_[index]; }

  // The position of `id` in nodes(), or nullopt when the view lacks it.
  std::optional<size_t> IndexOf(const NodeId& id) const;

  // The edges of a kind in `kinds` leaving (Out) or entering (In) `id`, in
  // edges() order, with the node at their other end. Empty when `id` is
  // absent or has none.
  std::vector<Adjacent> OutNeighbors(const NodeId& id,
                                     EdgeKindSet kinds = {}) const;
  std::vector<Adjacent> InNeighbors(const NodeId& id,
                                    EdgeKindSet kinds = {}) const;

  // Every shortest path (fewest edges) from `from` to `to` over edges of a
  // kind in `kinds`, at most `max_paths` of them, sorted. With `undirected`
  // edges are walked both ways; otherwise only from source to target.
  // from == to gives the one path of no edges. Fails with kNotFound naming
  // the id when `from` or `to` is not in the view; returns an empty vector
  // when no path joins them.
  Result<std::vector<Path>> ShortestPaths(
      const NodeId& from, const NodeId& to, EdgeKindSet kinds = {},
      bool undirected = true, size_t max_paths = kDefaultMaxPaths) const;

  // The nodes at most `depth` edges of a kind in `kinds` away from `id`, and
  // the edges among them. With `undirected` edges are walked both ways;
  // otherwise only outwards. Fails with kNotFound when `id` is not in the
  // view and kInvalidArgument when `depth` is negative.
  Result<NeighborhoodResult> Neighborhood(const NodeId& id, int depth,
                                          EdgeKindSet kinds = {},
                                          bool undirected = true) const;

  // The Boost.Graph behind the view, for Boost algorithms and writers
  // (include graph/csr_graph.h to use it): vertex v is node(v), and edge e is
  // edge(boost::get(boost::edge_index, graph, e)).
  const CsrIndex& csr() const { return *csr_; }

 private:
  std::vector<Node> nodes_;
  std::vector<Edge> edges_;
  size_t dropped_edges_ = 0;
  std::unique_ptr<CsrIndex> csr_;
};

}  // namespace parley::graph

#endif  // PARLEY_GRAPH_GRAPH_VIEW_H_
