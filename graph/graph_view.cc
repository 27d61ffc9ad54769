#include "graph/graph_view.h"

#include <algorithm>
#include <cassert>
#include <limits>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "graph/csr_graph.h"

namespace parley::graph {
namespace {

constexpr int kUnreached = -1;

// Calls fn(neighbour, edge descriptor) for every edge of an allowed kind at
// `v`: out-edges, and with `undirected` in-edges too.
template <typename Fn>
void ForEachStep(const CsrGraph& g, CsrVertex v, EdgeKindSet kinds,
                 bool undirected, Fn&& fn) {
  for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) {
    if (kinds.Contains(g[*it].kind)) fn(boost::target(*it, g), *it);
  }
  if (!undirected) return;
  for (auto [it, end] = boost::in_edges(v, g); it != end; ++it) {
    if (kinds.Contains(g[*it].kind)) fn(boost::source(*it, g), *it);
  }
}

// The reverse of ForEachStep: the edges that a forward walk could have taken
// to arrive at `v`.
template <typename Fn>
void ForEachStepBack(const CsrGraph& g, CsrVertex v, EdgeKindSet kinds,
                     bool undirected, Fn&& fn) {
  for (auto [it, end] = boost::in_edges(v, g); it != end; ++it) {
    if (kinds.Contains(g[*it].kind)) fn(boost::source(*it, g), *it);
  }
  if (!undirected) return;
  for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) {
    if (kinds.Contains(g[*it].kind)) fn(boost::target(*it, g), *it);
  }
}

// Breadth-first distances from `from`, in hops; kUnreached elsewhere. Stops
// early once `stop` is reached (every vertex nearer than it is final by then)
// or when the next layer would exceed `max_depth`.
std::vector<int> Distances(const CsrGraph& g, CsrVertex from, EdgeKindSet kinds,
                           bool undirected, std::optional<CsrVertex> stop,
                           int max_depth) {
  std::vector<int> dist(boost::num_vertices(g), kUnreached);
  std::vector<CsrVertex> layer = {from}, next;
  dist[from] = 0;
  for (int depth = 1; depth <= max_depth && !layer.empty(); ++depth) {
    next.clear();
    for (CsrVertex u : layer) {
      bool found = false;
      ForEachStep(g, u, kinds, undirected, [&](CsrVertex w, CsrEdge) {
        if (dist[w] != kUnreached) return;
        dist[w] = depth;
        next.push_back(w);
        if (stop && w == *stop) found = true;
      });
      if (found) return dist;
    }
    layer.swap(next);
  }
  return dist;
}

}  // namespace

EdgeKindSet::EdgeKindSet(std::initializer_list<EdgeKind> kinds) : bits_(0) {
  for (EdgeKind kind : kinds) Add(kind);
}

GraphView::GraphView(std::vector<Node> nodes, std::vector<Edge> edges) {
  std::stable_sort(nodes.begin(), nodes.end(),
                   [](const Node& a, const Node& b) { return a.id < b.id; });
  for (Node& node : nodes) {
    if (!nodes_.empty() && nodes_.back().id == node.id) {
      MergeNode(nodes_.back(), node);
    } else {
      nodes_.push_back(std::move(node));
    }
  }
  nodes = {};

  // Endpoints by position, so that sorting and the CSR work on integers; the
  // positions follow id order, so (source, kind, target) order is the same.
  struct Keyed {
    uint32_t source, target;
    EdgeKind kind;
    size_t input;
  };
  // A hash lookup per endpoint: binary search over string ids was most of
  // the build time on a million edges.
  std::unordered_map<std::string_view, uint32_t> position;
  position.reserve(nodes_.size());
  for (size_t v = 0; v < nodes_.size(); ++v) {
    position.emplace(nodes_[v].id, static_cast<uint32_t>(v));
  }
  std::vector<Keyed> keyed;
  keyed.reserve(edges.size());
  for (size_t i = 0; i < edges.size(); ++i) {
    auto s = position.find(edges[i].source);
    auto t = position.find(edges[i].target);
    if (s == position.end() || t == position.end()) {
      ++dropped_edges_;
      continue;
    }
    keyed.push_back({s->second, t->second, edges[i].kind, i});
  }
  position = {};
  std::stable_sort(keyed.begin(), keyed.end(),
                   [](const Keyed& a, const Keyed& b) {
                     return std::tie(a.source, a.kind, a.target) <
                            std::tie(b.source, b.kind, b.target);
                   });

  std::vector<std::pair<uint32_t, uint32_t>> ends;
  std::vector<EdgeBundle> bundles;
  ends.reserve(keyed.size());
  bundles.reserve(keyed.size());
  edges_.reserve(keyed.size());
  for (size_t i = 0; i < keyed.size(); ++i) {
    const Keyed& k = keyed[i];
    if (i > 0 && std::tie(k.source, k.kind, k.target) ==
                     std::tie(keyed[i - 1].source, keyed[i - 1].kind,
                              keyed[i - 1].target)) {
      MergeEdge(edges_.back(), edges[k.input]);
      continue;
    }
    edges_.push_back(std::move(edges[k.input]));
    ends.emplace_back(k.source, k.target);
    bundles.push_back({k.kind});
  }
  edges = {};

  // The CSR's counting sort by source is stable and `ends` is already in
  // source order, so CSR edge index i is edges_[i].
  csr_ = std::make_unique<CsrIndex>(CsrIndex{
      CsrGraph(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(),
               bundles.begin(), static_cast<uint32_t>(nodes_.size()))});
  CsrGraph& g = csr_->graph;
  for (CsrVertex v = 0; v < nodes_.size(); ++v) g[v].kind = nodes_[v].kind;
#ifndef NDEBUG
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    size_t i = EdgeIndexOf(g, *it);
    assert(nodes_[boost::source(*it, g)].id == edges_[i].source);
    assert(nodes_[boost::target(*it, g)].id == edges_[i].target);
  }
#endif
}

GraphView::~GraphView() = default;
GraphView::GraphView(GraphView&&) noexcept = default;
GraphView& GraphView::operator=(GraphView&&) noexcept = default;

std::optional<size_t> GraphView::IndexOf(const NodeId& id) const {
  auto it = std::lower_bound(
      nodes_.begin(), nodes_.end(), id,
      [](const Node& node, const NodeId& key) { return node.id < key; });
  if (it == nodes_.end() || it->id != id) return std::nullopt;
  return static_cast<size_t>(it - nodes_.begin());
}

std::vector<Adjacent> GraphView::OutNeighbors(const NodeId& id,
                                              EdgeKindSet kinds) const {
  std::vector<Adjacent> result;
  std::optional<size_t> index = IndexOf(id);
  if (!index) return result;
  const CsrGraph& g = csr_->graph;
  const CsrVertex v = static_cast<CsrVertex>(*index);
  for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) {
    if (!kinds.Contains(g[*it].kind)) continue;
    result.push_back(
        {nodes_[boost::target(*it, g)].id, g[*it].kind, EdgeIndexOf(g, *it)});
  }
  return result;
}

std::vector<Adjacent> GraphView::InNeighbors(const NodeId& id,
                                             EdgeKindSet kinds) const {
  std::vector<Adjacent> result;
  std::optional<size_t> index = IndexOf(id);
  if (!index) return result;
  const CsrGraph& g = csr_->graph;
  const CsrVertex v = static_cast<CsrVertex>(*index);
  for (auto [it, end] = boost::in_edges(v, g); it != end; ++it) {
    if (!kinds.Contains(g[*it].kind)) continue;
    result.push_back(
        {nodes_[boost::source(*it, g)].id, g[*it].kind, EdgeIndexOf(g, *it)});
  }
  // In-edges come grouped by source; callers expect edges() order.
  std::sort(
      result.begin(), result.end(),
      [](const Adjacent& a, const Adjacent& b) { return a.edge < b.edge; });
  return result;
}

Result<std::vector<Path>> GraphView::ShortestPaths(const NodeId& from,
                                                   const NodeId& to,
                                                   EdgeKindSet kinds,
                                                   bool undirected,
                                                   size_t max_paths) const {
  std::optional<size_t> s = IndexOf(from);
  if (!s) return Status::NotFound("no node '" + from + "'");
  std::optional<size_t> t = IndexOf(to);
  if (!t) return Status::NotFound("no node '" + to + "'");
  std::vector<Path> paths;
  if (max_paths == 0) return paths;

  const CsrGraph& g = csr_->graph;
  const CsrVertex source = static_cast<CsrVertex>(*s);
  const CsrVertex target = static_cast<CsrVertex>(*t);
  std::vector<int> dist = Distances(g, source, kinds, undirected, target,
                                    std::numeric_limits<int>::max());
  if (dist[target] == kUnreached) return paths;

  // Walk back from the target through every vertex one hop nearer the
  // source; each complete walk, reversed, is a shortest path.
  std::vector<CsrVertex> vertices = {target};
  std::vector<size_t> taken;
  auto walk = [&](auto&& self, CsrVertex v) -> void {
    if (paths.size() >= max_paths) return;
    if (v == source) {
      Path path;
      for (auto it = vertices.rbegin(); it != vertices.rend(); ++it) {
        path.nodes.push_back(nodes_[*it].id);
      }
      path.edges.assign(taken.rbegin(), taken.rend());
      paths.push_back(std::move(path));
      return;
    }
    ForEachStepBack(g, v, kinds, undirected, [&](CsrVertex w, CsrEdge e) {
      if (dist[w] != dist[v] - 1) return;
      vertices.push_back(w);
      taken.push_back(EdgeIndexOf(g, e));
      self(self, w);
      vertices.pop_back();
      taken.pop_back();
    });
  };
  walk(walk, target);
  std::sort(paths.begin(), paths.end(), [](const Path& a, const Path& b) {
    return std::tie(a.nodes, a.edges) < std::tie(b.nodes, b.edges);
  });
  return paths;
}

Result<NeighborhoodResult> GraphView::Neighborhood(const NodeId& id, int depth,
                                                   EdgeKindSet kinds,
                                                   bool undirected) const {
  if (depth < 0) {
    return Status::InvalidArgument("depth must be 0 or more, not " +
                                   std::to_string(depth));
  }
  std::optional<size_t> centre = IndexOf(id);
  if (!centre) return Status::NotFound("no node '" + id + "'");

  const CsrGraph& g = csr_->graph;
  std::vector<int> dist = Distances(g, static_cast<CsrVertex>(*centre), kinds,
                                    undirected, std::nullopt, depth);
  std::vector<CsrVertex> members;
  for (CsrVertex v = 0; v < dist.size(); ++v) {
    if (dist[v] != kUnreached) members.push_back(v);
  }
  // Vertex order is id order, so a stable sort by hops gives (hops, id).
  std::stable_sort(members.begin(), members.end(),
                   [&](CsrVertex a, CsrVertex b) { return dist[a] < dist[b]; });

  NeighborhoodResult result;
  for (CsrVertex v : members) {
    result.nodes.push_back(nodes_[v].id);
    result.hops.push_back(dist[v]);
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) {
      if (kinds.Contains(g[*it].kind) &&
          dist[boost::target(*it, g)] != kUnreached) {
        result.edges.push_back(EdgeIndexOf(g, *it));
      }
    }
  }
  std::sort(result.edges.begin(), result.edges.end());
  return result;
}

}  // namespace parley::graph
