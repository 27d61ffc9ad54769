#include "queries/paths.h"

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "graph/props.h"
#include "queries/detail/walk.h"
#include "queries/documents.h"

namespace parley::queries {

using graph::Edge;
using graph::EdgeKind;
using graph::Node;
using graph::NodeId;
using graph::NodeKind;
namespace prop = graph::prop;

namespace {

using detail::Adjacent;
using detail::Direction;

// An edge by its ends' dense ids, as a walk meets it.
struct DenseEdge {
  uint32_t source = 0, target = 0;
  EdgeKind kind = EdgeKind::kAuthored;
};

// The edge `a` at node `at` (Reader::Adjacent is relative to the node asked).
DenseEdge EdgeAt(uint32_t at, const Adjacent& a) {
  return a.forward ? DenseEdge{at, a.node, a.kind}
                   : DenseEdge{a.node, at, a.kind};
}

// The dense ids turned into NodeIds, for ordering and printing.
class Names {
 public:
  explicit Names(Snapshot& snapshot) : snapshot_(snapshot) {}
  const NodeId& operator()(uint32_t dense) {
    const NodeId* id = snapshot_.IdOf(dense);
    return id ? *id : unknown_;
  }
  // The order of the old graph view's edges: (source, kind, target) by id.
  bool Less(const DenseEdge& a, const DenseEdge& b) {
    const NodeId& as = (*this)(a.source);
    const NodeId& bs = (*this)(b.source);
    if (as != bs) return as < bs;
    if (a.kind != b.kind) return a.kind < b.kind;
    return (*this)(a.target) < (*this)(b.target);
  }

 private:
  Snapshot& snapshot_;
  const NodeId unknown_;
};

// From this many nodes, a set of which only the first few by id are wanted
// is not named whole.
constexpr size_t kNameWholeBelow = 1024;

// The first `count` of `nodes` (distinct) by id; `holds(node)` says
// whether a node is one of them. A large set is not named whole: the ids
// in order are read, each tested for the set, for as long as that reads
// fewer keys than naming the set would (16 per node); then, or for a small
// set, every node is named and the first sorted out.
template <typename Holds>
std::vector<uint32_t> FirstById(storage::Reader& reader, Names& names,
                                std::vector<uint32_t> nodes, size_t count,
                                const Holds& holds) {
  count = std::min(count, nodes.size());
  if (count == 0) return {};
  if (count < nodes.size() && nodes.size() >= kNameWholeBelow) {
    std::vector<uint32_t> first;
    size_t budget = 16 * nodes.size();
    reader.ForEachDenseId("", [&](const NodeId&, uint32_t dense) {
      if (holds(dense)) first.push_back(dense);
      return first.size() < count && --budget > 0;
    });
    if (first.size() == count) return first;
  }
  auto by_id = [&](uint32_t a, uint32_t b) { return names(a) < names(b); };
  std::partial_sort(nodes.begin(), nodes.begin() + count, nodes.end(), by_id);
  nodes.resize(count);
  return nodes;
}

std::string DateOf(Snapshot& snapshot, const Node* n) {
  if (n == nullptr) return "";
  if (n->kind == NodeKind::kDocument) return n->props.GetString(prop::kDate);
  std::string doc = n->props.GetString(prop::kDocument);
  if (doc.empty()) return "";
  const Node* d = snapshot.FindHead(doc);
  return d ? d->props.GetString(prop::kDate) : "";
}

std::string EdgeDate(Snapshot& snapshot, const Edge& e) {
  if (e.kind == EdgeKind::kVariantOf) {
    std::string to = e.props.GetString(prop::kToDate);
    if (!to.empty()) return to;
  }
  const Node* source = snapshot.FindHead(e.source);
  const Node* target = snapshot.FindHead(e.target);
  // The document the fact was read in: a document end first, the source's
  // before the target's, as AUTHORED is the only kind pointing at its own.
  if (e.kind == EdgeKind::kAuthored) return DateOf(snapshot, target);
  if (source && source->kind == NodeKind::kDocument)
    return DateOf(snapshot, source);
  if (target && target->kind == NodeKind::kDocument)
    return DateOf(snapshot, target);
  std::string date = DateOf(snapshot, source);
  return date.empty() ? DateOf(snapshot, target) : date;
}

// The stored edge with its props (no evidence), walked from `from`.
PathStep MakeStep(Snapshot& snapshot, const NodeId& source, EdgeKind kind,
                  const NodeId& target, const NodeId& from) {
  PathStep s;
  std::optional<Edge> edge = snapshot.reader().GetEdge(source, kind, target);
  if (edge) {
    s.edge = std::move(*edge);
  } else {
    s.edge.source = source;
    s.edge.target = target;
    s.edge.kind = kind;
  }
  s.forward = s.edge.source == from;
  s.date = EdgeDate(snapshot, s.edge);
  return s;
}

// Hops from one end by dense id: dense ids are small integers, so a table
// indexed by them, grown as larger ids are met, beats hashing the hundreds
// of thousands of neighbours of a hub. -1: not reached.
class HopTable {
 public:
  int Get(uint32_t node) const {
    return node < hops_.size() ? hops_[node] - 1 : -1;
  }
  // Records `hops` for `node` unless it has some; whether it was new.
  bool Add(uint32_t node, int hops) {
    if (node >= hops_.size())
      hops_.resize(std::max<size_t>(size_t{node} + 1, hops_.size() * 2));
    if (hops_[node] != 0) return false;
    hops_[node] = hops + 1;
    return true;
  }

 private:
  std::vector<int32_t> hops_;  // hops + 1; 0: not reached
};

// Breadth-first from both ends at once, the smaller frontier first, until
// the two meet: then every shortest path runs through `dist[0]` (hops from
// the source, complete up to `depth[0]`) and `dist[1]` (hops to the target,
// complete up to `depth[1]`), and is depth[0] + depth[1] edges long.
class Meeting {
 public:
  Meeting(const detail::Steps& steps, uint32_t source, uint32_t target)
      : steps_(steps), source_(source), target_(target) {}

  // The length of the shortest paths, or -1 when none joins the two.
  int Run() {
    dist_[0].Add(source_, 0);
    dist_[1].Add(target_, 0);
    frontier_[0] = {source_};
    frontier_[1] = {target_};
    target_layers_ = {{target_}};
    if (source_ == target_) return 0;
    std::vector<Adjacent> adjacent;
    std::vector<uint32_t> next;
    while (!frontier_[0].empty() && !frontier_[1].empty()) {
      int side = frontier_[0].size() <= frontier_[1].size() ? 0 : 1;
      int depth = ++depth_[side];
      next.clear();
      bool met = false;
      for (uint32_t u : frontier_[side]) {
        adjacent.clear();
        if (side == 0) {
          steps_.From(u, adjacent);
        } else {
          steps_.To(u, adjacent);
        }
        for (const Adjacent& a : adjacent) {
          if (!dist_[side].Add(a.node, depth)) continue;
          next.push_back(a.node);
          if (dist_[1 - side].Get(a.node) >= 0) met = true;
        }
      }
      frontier_[side].swap(next);
      if (side == 1) target_layers_.push_back(frontier_[1]);
      // The whole layer is done, so every meeting node is known; none can
      // be nearer the target than its frontier, or they would have met
      // before.
      if (met) {
        length_ = depth_[0] + depth_[1];
        MarkTargetHalf();
        return length_;
      }
    }
    return -1;
  }

  // Whether `w` is on a shortest path `hops` edges from the source, given
  // that it is one edge before a node on one.
  bool OnPathAt(uint32_t w, int hops) const {
    if (hops <= depth_[0]) return dist_[0].Get(w) == hops;
    return on_target_half_.count(w) && dist_[1].Get(w) == length_ - hops;
  }

 private:
  // Nodes nearer the target than the source's frontier lie on a shortest
  // path only when one of the meeting nodes leads to them down the target's
  // layers: mark those, walking from the meeting nodes towards the target.
  // A layer's nodes each lead to some nodes of the target's next layer;
  // those are found from whichever side has fewer nodes to read the edges
  // of (a few hubs near the target, or thousands of documents met).
  void MarkTargetHalf() {
    std::vector<uint32_t> layer;
    for (uint32_t x : frontier_[0]) {
      if (dist_[1].Get(x) == depth_[1]) {
        on_target_half_.insert(x);
        layer.push_back(x);
      }
    }
    std::vector<Adjacent> adjacent;
    for (int j = depth_[1]; j > 1; --j) {
      std::vector<uint32_t> next;
      const std::vector<uint32_t>& nearer = target_layers_[j - 1];
      if (nearer.size() < layer.size()) {
        // The nodes of the next layer that a node of this one leads to.
        std::unordered_set<uint32_t> in_layer(layer.begin(), layer.end());
        for (uint32_t y : nearer) {
          adjacent.clear();
          steps_.To(y, adjacent);
          for (const Adjacent& a : adjacent) {
            if (!in_layer.count(a.node)) continue;
            if (on_target_half_.insert(y).second) next.push_back(y);
            break;
          }
        }
      } else {
        for (uint32_t x : layer) {
          adjacent.clear();
          steps_.From(x, adjacent);
          for (const Adjacent& a : adjacent) {
            if (dist_[1].Get(a.node) == j - 1 &&
                on_target_half_.insert(a.node).second)
              next.push_back(a.node);
          }
        }
      }
      layer.swap(next);
    }
  }

  const detail::Steps& steps_;
  uint32_t source_, target_;
  HopTable dist_[2];
  std::vector<uint32_t> frontier_[2];
  // The target's layers as the search found them: [d] holds the nodes d
  // hops from the target.
  std::vector<std::vector<uint32_t>> target_layers_;
  int depth_[2] = {0, 0};
  int length_ = -1;
  std::unordered_set<uint32_t> on_target_half_;
};

// A shortest path as dense ids, target first as the walk finds it.
struct DensePath {
  std::vector<uint32_t> nodes;
  std::vector<DenseEdge> edges;
};

// The first `count` of the steps back from a node, in the order the graph
// view took them: its in-edges by (source id, kind), then its out-edges by
// (kind, target id).
std::vector<Adjacent> FirstSteps(storage::Reader& reader, Names& names,
                                 std::vector<Adjacent> steps, size_t count) {
  if (steps.size() < kNameWholeBelow) {
    std::stable_sort(steps.begin(), steps.end(),
                     [&](const Adjacent& a, const Adjacent& b) {
                       if (a.forward != b.forward) return !a.forward;
                       if (!a.forward && a.node != b.node)
                         return names(a.node) < names(b.node);
                       if (a.kind != b.kind) return a.kind < b.kind;
                       return names(a.node) < names(b.node);
                     });
    if (steps.size() > count) steps.resize(count);
    return steps;
  }
  std::vector<Adjacent> out;
  // The steps of one direction and kind (any kind: -1), first nodes by id.
  auto take = [&](bool forward, int kind) {
    std::unordered_map<uint32_t, std::vector<Adjacent>> of_node;
    std::vector<uint32_t> nodes;
    for (const Adjacent& a : steps) {
      if (a.forward != forward ||
          (kind >= 0 && static_cast<int>(a.kind) != kind))
        continue;
      std::vector<Adjacent>& list = of_node[a.node];
      if (list.empty()) nodes.push_back(a.node);
      list.push_back(a);
    }
    auto holds = [&](uint32_t node) { return of_node.count(node) > 0; };
    for (uint32_t node : FirstById(reader, names, std::move(nodes),
                                   count - out.size(), holds)) {
      std::vector<Adjacent>& list = of_node[node];
      std::stable_sort(
          list.begin(), list.end(),
          [](const Adjacent& a, const Adjacent& b) { return a.kind < b.kind; });
      for (const Adjacent& a : list) {
        if (out.size() < count) out.push_back(a);
      }
    }
  };
  take(false, -1);
  std::set<int> out_kinds;
  for (const Adjacent& a : steps) {
    if (a.forward) out_kinds.insert(static_cast<int>(a.kind));
  }
  for (int kind : out_kinds) {
    if (out.size() >= count) break;
    take(true, kind);
  }
  return out;
}

// Every shortest path, at most `max_paths`, found as the graph view found
// them: walking back from the target, at each node first its in-edges by
// (source id, kind), then (both ways) its out-edges by (kind, target id),
// so that the same paths are kept when there are more than `max_paths`.
std::vector<DensePath> WalkBack(const Meeting& meeting,
                                const detail::Steps& steps,
                                storage::Reader& reader, Names& names,
                                uint32_t source, uint32_t target, int length,
                                size_t max_paths) {
  std::vector<DensePath> paths;
  std::unordered_map<uint32_t, std::vector<Adjacent>> before;
  std::vector<uint32_t> vertices = {target};
  std::vector<DenseEdge> taken;
  auto walk = [&](auto&& self, uint32_t v, int hops) -> void {
    if (paths.size() >= max_paths) return;
    if (v == source) {
      paths.push_back({vertices, taken});
      return;
    }
    auto it = before.find(v);
    if (it == before.end()) {
      std::vector<Adjacent> all, kept;
      steps.To(v, all);
      for (const Adjacent& a : all) {
        if (meeting.OnPathAt(a.node, hops - 1)) kept.push_back(a);
      }
      // Each of them leads to a path, so the walk takes no more of them
      // than the paths still wanted, here and when it comes back to `v`.
      it = before
               .emplace(v, FirstSteps(reader, names, std::move(kept),
                                      max_paths - paths.size()))
               .first;
    }
    // `before[v]` may move while the walk goes deeper; walk a copy.
    std::vector<Adjacent> candidates = it->second;
    for (const Adjacent& a : candidates) {
      vertices.push_back(a.node);
      taken.push_back(EdgeAt(v, a));
      self(self, a.node, hops - 1);
      vertices.pop_back();
      taken.pop_back();
    }
  };
  walk(walk, target, length);
  return paths;
}

}  // namespace

graph::EdgeKindSet DefaultPathKinds() {
  graph::EdgeKindSet kinds = graph::EdgeKindSet::None();
  for (int k = 0; k < graph::kEdgeKindCount; ++k) {
    auto kind = static_cast<EdgeKind>(k);
    if (kind != EdgeKind::kMentions) kinds.Add(kind);
  }
  return kinds;
}

Result<graph::EdgeKindSet> ParseEdgeKinds(std::string_view list) {
  graph::EdgeKindSet kinds = graph::EdgeKindSet::None();
  size_t b = 0;
  while (b <= list.size()) {
    size_t e = list.find(',', b);
    if (e == std::string_view::npos) e = list.size();
    std::string name(list.substr(b, e - b));
    name.erase(0, name.find_first_not_of(' '));
    name.erase(name.find_last_not_of(' ') + 1);
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return std::toupper(c); });
    std::replace(name.begin(), name.end(), '-', '_');
    if (!name.empty()) {
      std::optional<EdgeKind> kind = graph::ParseEdgeKind(name);
      if (!kind) {
        std::string known;
        for (int k = 0; k < graph::kEdgeKindCount; ++k) {
          known += (k ? ", " : "") +
                   std::string(graph::EdgeKindName(static_cast<EdgeKind>(k)));
        }
        return Status::InvalidArgument("unknown edge kind '" + name +
                                       "' (known: " + known + ")");
      }
      kinds.Add(*kind);
    }
    b = e + 1;
  }
  if (kinds.empty()) return Status::InvalidArgument("no edge kind given");
  return kinds;
}

Result<PathResult> FindPaths(Snapshot& snapshot, const PathQuery& query) {
  auto from = ResolveNode(snapshot, query.from, std::nullopt, query.hint);
  if (!from.ok()) return from.status();
  auto to = ResolveNode(snapshot, query.to, std::nullopt, query.hint);
  if (!to.ok()) return to.status();
  PathResult result;
  result.from = std::move(from).value();
  result.to = std::move(to).value();
  if (query.max_paths == 0) return result;
  storage::Reader& reader = snapshot.reader();
  std::optional<uint32_t> source = reader.DenseId(result.from.id);
  std::optional<uint32_t> target = reader.DenseId(result.to.id);
  if (!source || !target) {
    // A node no edge names: only the path of no edges to itself.
    if (result.from.id == result.to.id)
      result.paths.push_back({{result.from}, {}});
    return result;
  }
  detail::Steps steps(reader, query.kinds, !query.directed);
  Meeting meeting(steps, *source, *target);
  int length = meeting.Run();
  if (length < 0) return result;
  Names names(snapshot);
  std::vector<DensePath> dense =
      WalkBack(meeting, steps, snapshot.reader(), names, *source, *target,
               length, query.max_paths);
  // Sorted as the graph view sorted them: by the nodes' ids from the
  // source, then by the edges in (source, kind, target) order.
  for (DensePath& p : dense) {
    std::reverse(p.nodes.begin(), p.nodes.end());
    std::reverse(p.edges.begin(), p.edges.end());
  }
  std::sort(
      dense.begin(), dense.end(), [&](const DensePath& a, const DensePath& b) {
        for (size_t i = 0; i < a.nodes.size() && i < b.nodes.size(); ++i) {
          if (a.nodes[i] != b.nodes[i])
            return names(a.nodes[i]) < names(b.nodes[i]);
        }
        if (a.nodes.size() != b.nodes.size())
          return a.nodes.size() < b.nodes.size();
        for (size_t i = 0; i < a.edges.size(); ++i) {
          if (names.Less(a.edges[i], b.edges[i])) return true;
          if (names.Less(b.edges[i], a.edges[i])) return false;
        }
        return false;
      });
  for (const DensePath& p : dense) {
    FoundPath found;
    for (uint32_t v : p.nodes) {
      const Node* n = snapshot.FindHead(names(v));
      if (n == nullptr) break;  // an edge names a node that is not stored
      found.nodes.push_back(Brief(*n));
    }
    if (found.nodes.size() != p.nodes.size()) continue;
    for (size_t i = 0; i < p.edges.size(); ++i) {
      const DenseEdge& e = p.edges[i];
      found.steps.push_back(MakeStep(snapshot, names(e.source), e.kind,
                                     names(e.target), names(p.nodes[i])));
    }
    result.paths.push_back(std::move(found));
  }
  return result;
}

Result<NeighborsResult> Neighbors(Snapshot& snapshot,
                                  const NeighborsQuery& query) {
  if (query.depth < 0) {
    return Status::InvalidArgument("--depth must be 0 or more");
  }
  auto centre = ResolveNode(snapshot, query.node, std::nullopt, query.hint);
  if (!centre.ok()) return centre.status();
  NeighborsResult result;
  result.centre = std::move(centre).value();
  storage::Reader& reader = snapshot.reader();
  std::optional<uint32_t> start = reader.DenseId(result.centre.id);
  if (!start) return result;
  detail::Steps steps(reader, query.kinds, !query.directed);

  // Breadth-first on dense ids, layer by layer: integers only, however
  // large the neighbourhood of a hub.
  HopTable hops;
  hops.Add(*start, 0);
  std::vector<std::vector<uint32_t>> layers = {{*start}};
  std::vector<Adjacent> adjacent;
  // The centre's edges, which are every edge that reaches a node one hop
  // away: such a node's own list may be a hub's 500,000.
  std::vector<Adjacent> from_centre;
  for (int depth = 1; depth <= query.depth; ++depth) {
    std::vector<uint32_t> next;
    for (uint32_t u : layers.back()) {
      adjacent.clear();
      steps.From(u, adjacent);
      for (const Adjacent& a : adjacent) {
        if (hops.Add(a.node, depth)) next.push_back(a.node);
      }
      if (depth == 1) from_centre = adjacent;
    }
    if (next.empty()) break;
    layers.push_back(std::move(next));
  }

  // The answer in (hops, id) order, named only as far as --limit reaches:
  // a layer is named and sorted whole only when some of it is printed.
  Names names(snapshot);
  std::vector<uint32_t> shown;
  for (size_t h = 1; h < layers.size(); ++h) {
    std::vector<uint32_t>& layer = layers[h];
    result.total += layer.size();
    if (shown.size() >= query.limit) continue;
    size_t take = std::min(layer.size(), query.limit - shown.size());
    auto in_layer = [&](uint32_t node) {
      return hops.Get(node) == static_cast<int>(h);
    };
    std::vector<uint32_t> first =
        FirstById(reader, names, std::move(layer), take, in_layer);
    shown.insert(shown.end(), first.begin(), first.end());
  }

  for (uint32_t v : shown) {
    Neighbor n;
    const Node* node = snapshot.FindHead(names(v));
    if (node == nullptr) continue;  // an edge names a node that is not stored
    n.node = Brief(*node);
    n.hops = hops.Get(v);
    // Reached by the first edge, in (source, kind, target) order, that joins
    // it to a node one hop nearer the centre.
    adjacent.clear();
    if (n.hops == 1) {
      // The centre's edges to it, turned to be seen from it (From and To
      // take the same edges between the two).
      for (const Adjacent& a : from_centre) {
        if (a.node == v) adjacent.push_back({*start, a.kind, !a.forward});
      }
    } else {
      steps.To(v, adjacent);
    }
    std::optional<DenseEdge> via;
    uint32_t via_node = 0;
    for (const Adjacent& a : adjacent) {
      if (hops.Get(a.node) != n.hops - 1) continue;
      DenseEdge e = EdgeAt(v, a);
      if (!via || names.Less(e, *via)) {
        via = e;
        via_node = a.node;
      }
    }
    if (via) {
      n.via_node = names(via_node);
      n.via = MakeStep(snapshot, names(via->source), via->kind,
                       names(via->target), n.via_node);
    }
    result.neighbors.push_back(std::move(n));
  }

  if (!query.with_edges) return result;
  // Every allowed edge among the centre and the neighbours listed, in
  // (source, kind, target) order.
  std::unordered_set<uint32_t> listed(shown.begin(), shown.end());
  listed.insert(*start);
  std::vector<DenseEdge> among;
  for (uint32_t v : listed) {
    adjacent.clear();
    steps.Of(v, Direction::kOut, adjacent);
    for (const Adjacent& a : adjacent) {
      if (listed.count(a.node)) among.push_back(EdgeAt(v, a));
    }
  }
  std::sort(
      among.begin(), among.end(),
      [&](const DenseEdge& a, const DenseEdge& b) { return names.Less(a, b); });
  for (const DenseEdge& e : among) {
    std::optional<Edge> edge =
        reader.GetEdge(names(e.source), e.kind, names(e.target));
    if (edge) result.edges.push_back(std::move(*edge));
  }
  return result;
}

}  // namespace parley::queries
