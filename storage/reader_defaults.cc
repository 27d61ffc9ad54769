// The default implementations of Reader's head, dense-id, adjacency and
// index calls, for readers that keep none of those records (test fakes):
// each is computed from GetNode, OutEdges, ForEachNode and ForEachEdge. The
// RocksDB reader overrides them all with the records it keeps on write.

#include <algorithm>
#include <map>
#include <unordered_map>

#include "graph/props.h"
#include "storage/detail/terms.h"
#include "storage/store.h"

namespace parley::storage {

struct Reader::WholeGraph {
  std::vector<graph::NodeId> ids;  // sorted; the dense id is the position
  std::unordered_map<graph::NodeId, uint32_t> dense;
  std::vector<std::vector<Adjacent>> out, in;
  std::map<std::pair<Index, std::string>, std::vector<graph::NodeId>> terms;
};

const Reader::WholeGraph& Reader::Whole() {
  if (whole_) return *whole_;
  auto whole = std::make_shared<WholeGraph>();
  std::vector<graph::Edge> edges;
  ForEachNode([&](const graph::Node& node) {
    whole->ids.push_back(node.id);
    detail::ForEachIndexTerm(node, [&](Index index, std::string term) {
      whole->terms[{index, std::move(term)}].push_back(node.id);
    });
    return true;
  });
  ForEachEdge([&](const graph::Edge& edge) {
    whole->ids.push_back(edge.source);
    whole->ids.push_back(edge.target);
    edges.push_back({edge.source, edge.target, edge.kind, {}, {}});
    return true;
  });
  std::sort(whole->ids.begin(), whole->ids.end());
  whole->ids.erase(std::unique(whole->ids.begin(), whole->ids.end()),
                   whole->ids.end());
  for (uint32_t i = 0; i < whole->ids.size(); ++i) {
    whole->dense.emplace(whole->ids[i], i);
  }
  whole->out.resize(whole->ids.size());
  whole->in.resize(whole->ids.size());
  for (const graph::Edge& edge : edges) {
    uint32_t s = whole->dense.at(edge.source);
    uint32_t t = whole->dense.at(edge.target);
    whole->out[s].push_back({t, edge.kind, true});
    whole->in[t].push_back({s, edge.kind, false});
  }
  auto by_kind_then_node = [](const Adjacent& a, const Adjacent& b) {
    return std::pair(a.kind, a.node) < std::pair(b.kind, b.node);
  };
  for (auto& list : whole->out)
    std::sort(list.begin(), list.end(), by_kind_then_node);
  for (auto& list : whole->in)
    std::sort(list.begin(), list.end(), by_kind_then_node);
  for (auto& [key, list] : whole->terms) {
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
  }
  whole_ = std::move(whole);
  return *whole_;
}

std::optional<graph::Node> Reader::GetNodeHead(const graph::NodeId& id,
                                               size_t* evidence_count) {
  std::optional<graph::Node> node = GetNode(id);
  if (evidence_count != nullptr) {
    *evidence_count = node ? node->evidence.size() : 0;
  }
  if (node) node->evidence.clear();
  return node;
}

std::optional<graph::Edge> Reader::GetEdge(const graph::NodeId& source,
                                           graph::EdgeKind kind,
                                           const graph::NodeId& target,
                                           bool with_evidence) {
  for (graph::Edge& edge : OutEdges(source, kind)) {
    if (edge.target != target) continue;
    if (!with_evidence) edge.evidence.clear();
    return std::move(edge);
  }
  return std::nullopt;
}

std::vector<std::string> Reader::Owners(std::string_view, size_t) { return {}; }

std::vector<std::string> Reader::NodeOwners(const graph::NodeId&) { return {}; }

std::optional<uint32_t> Reader::DenseId(const graph::NodeId& id) {
  const WholeGraph& whole = Whole();
  auto it = whole.dense.find(id);
  if (it == whole.dense.end()) return std::nullopt;
  return it->second;
}

std::optional<graph::NodeId> Reader::NodeIdOf(uint32_t dense) {
  const WholeGraph& whole = Whole();
  if (dense >= whole.ids.size()) return std::nullopt;
  return whole.ids[dense];
}

void Reader::ForEachDenseId(
    std::string_view from,
    const std::function<bool(const graph::NodeId& id, uint32_t dense)>& fn) {
  const WholeGraph& whole = Whole();
  auto it = std::lower_bound(whole.ids.begin(), whole.ids.end(), from);
  for (; it != whole.ids.end(); ++it) {
    if (!fn(*it, static_cast<uint32_t>(it - whole.ids.begin()))) return;
  }
}

void Reader::Adjacency(uint32_t node, Direction direction,
                       const std::vector<graph::EdgeKind>& kinds,
                       std::vector<Adjacent>& out, size_t limit) {
  const WholeGraph& whole = Whole();
  if (node >= whole.ids.size()) return;
  size_t added = 0;
  auto take = [&](const std::vector<Adjacent>& list) {
    for (const Adjacent& a : list) {
      if (added >= limit) return;
      if (!kinds.empty() &&
          std::find(kinds.begin(), kinds.end(), a.kind) == kinds.end()) {
        continue;
      }
      out.push_back(a);
      ++added;
    }
  };
  if (direction != Direction::kIn) take(whole.out[node]);
  if (direction != Direction::kOut) take(whole.in[node]);
}

size_t Reader::AdjacencyCount(uint32_t node, Direction direction) {
  std::vector<Adjacent> all;
  Adjacency(node, direction, {}, all);
  return all.size();
}

void Reader::WeightedAdjacency(uint32_t node, graph::EdgeKind kind,
                               std::vector<Weighted>& out) {
  std::vector<Adjacent> ends;
  Adjacency(node, Direction::kBoth, {kind}, ends);
  std::optional<graph::NodeId> near = NodeIdOf(node);
  for (const Adjacent& a : ends) {
    std::optional<double> weight;
    std::optional<graph::NodeId> far = NodeIdOf(a.node);
    if (near && far) {
      std::optional<graph::Edge> edge =
          a.forward ? GetEdge(*near, kind, *far) : GetEdge(*far, kind, *near);
      if (edge) weight = EdgeWeight(edge->props);
    }
    out.push_back({a.node, a.forward, weight});
  }
}

void Reader::ForEachEdgeEnd(
    const graph::NodeId& id, Direction direction,
    const std::function<bool(graph::EdgeKind kind, const graph::NodeId& far)>&
        fn) {
  for (bool out : {true, false}) {
    if (direction == (out ? Direction::kIn : Direction::kOut)) continue;
    std::vector<std::pair<graph::EdgeKind, graph::NodeId>> ends;
    for (graph::Edge& e : out ? OutEdges(id) : InEdges(id))
      ends.emplace_back(e.kind, std::move(out ? e.target : e.source));
    std::sort(ends.begin(), ends.end());
    for (const auto& [kind, far] : ends) {
      if (!fn(kind, far)) return;
    }
  }
}

void Reader::ForEachNodeOf(const std::vector<graph::NodeKind>& kinds,
                           const std::function<bool(const graph::Node&)>& fn) {
  ForEachNode([&](const graph::Node& n) {
    if (std::find(kinds.begin(), kinds.end(), n.kind) == kinds.end())
      return true;
    return fn(n);
  });
}

void Reader::ForEachEdgeKey(
    const std::function<bool(const graph::NodeId& source, graph::EdgeKind kind,
                             const graph::NodeId& target)>& fn) {
  ForEachEdge(
      [&](const graph::Edge& e) { return fn(e.source, e.kind, e.target); });
}

std::vector<graph::Evidence> Reader::FirstEvidence(const graph::NodeId& id,
                                                   size_t limit) {
  std::optional<graph::Node> node = GetNode(id);
  if (!node) return {};
  if (node->evidence.size() > limit) node->evidence.resize(limit);
  return std::move(node->evidence);
}

bool Reader::Indexes(Index) { return true; }

std::optional<std::string> Reader::Derived(std::string_view, std::string_view) {
  return std::nullopt;
}

bool Reader::DerivedCurrent(std::string_view) { return false; }

std::optional<uint64_t> Reader::SequenceNumber() { return std::nullopt; }

bool IsWeightedKind(graph::EdgeKind kind) {
  return kind == graph::EdgeKind::kVariantOf;
}

std::optional<double> EdgeWeight(const graph::Value& props) {
  const graph::Value* s = props.Get(graph::prop::kSimilarity);
  if (s == nullptr) return std::nullopt;
  if (s->is_double()) return s->as_double();
  if (s->is_int()) return static_cast<double>(s->as_int());
  return std::nullopt;
}

std::vector<graph::NodeId> Reader::Lookup(Index index, std::string_view term,
                                          size_t limit) {
  const WholeGraph& whole = Whole();
  auto it = whole.terms.find({index, std::string(term)});
  if (it == whole.terms.end()) return {};
  std::vector<graph::NodeId> ids = it->second;
  if (ids.size() > limit) ids.resize(limit);
  return ids;
}

void Reader::LookupRange(
    Index index, std::string_view from, std::string_view to,
    const std::function<bool(std::string_view, const graph::NodeId&)>& fn) {
  const WholeGraph& whole = Whole();
  for (auto it = whole.terms.lower_bound({index, std::string(from)});
       it != whole.terms.end() && it->first.first == index; ++it) {
    const std::string& term = it->first.second;
    if (!to.empty() && term > to) break;
    for (const graph::NodeId& id : it->second) {
      if (!fn(term, id)) return;
    }
  }
}

size_t Reader::Count(Index index, std::string_view term) {
  const WholeGraph& whole = Whole();
  auto it = whole.terms.find({index, std::string(term)});
  return it == whole.terms.end() ? 0 : it->second.size();
}

}  // namespace parley::storage
