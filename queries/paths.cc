#include "queries/paths.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "graph/props.h"
#include "queries/documents.h"

namespace parley::queries {

using graph::Edge;
using graph::EdgeKind;
using graph::GraphView;
using graph::Node;
using graph::NodeId;
using graph::NodeKind;
namespace prop = graph::prop;

namespace {

const Node* Find(const GraphView& view, const NodeId& id) {
  std::optional<size_t> i = view.IndexOf(id);
  return i ? &view.node(*i) : nullptr;
}

std::string DateOf(const GraphView& view, const Node* n) {
  if (n == nullptr) return "";
  if (n->kind == NodeKind::kDocument) return n->props.GetString(prop::kDate);
  std::string doc = n->props.GetString(prop::kDocument);
  if (doc.empty()) return "";
  const Node* d = Find(view, doc);
  return d ? d->props.GetString(prop::kDate) : "";
}

std::string EdgeDate(const GraphView& view, const Edge& e) {
  if (e.kind == EdgeKind::kVariantOf) {
    std::string to = e.props.GetString(prop::kToDate);
    if (!to.empty()) return to;
  }
  const Node* source = Find(view, e.source);
  const Node* target = Find(view, e.target);
  // The document the fact was read in: a document end first, the source's
  // before the target's, as AUTHORED is the only kind pointing at its own.
  if (e.kind == EdgeKind::kAuthored) return DateOf(view, target);
  if (source && source->kind == NodeKind::kDocument)
    return DateOf(view, source);
  if (target && target->kind == NodeKind::kDocument)
    return DateOf(view, target);
  std::string date = DateOf(view, source);
  return date.empty() ? DateOf(view, target) : date;
}

PathStep MakeStep(const GraphView& view, size_t edge, const NodeId& from) {
  PathStep s;
  s.edge = view.edge(edge);
  s.forward = s.edge.source == from;
  s.date = EdgeDate(view, s.edge);
  return s;
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
  const GraphView& view = snapshot.View();
  auto paths = view.ShortestPaths(from->id, to->id, query.kinds,
                                  !query.directed, query.max_paths);
  if (!paths.ok()) return paths.status();
  PathResult result;
  result.from = std::move(from).value();
  result.to = std::move(to).value();
  for (const graph::Path& p : *paths) {
    FoundPath found;
    for (const NodeId& id : p.nodes)
      found.nodes.push_back(Brief(*Find(view, id)));
    for (size_t i = 0; i < p.edges.size(); ++i) {
      found.steps.push_back(MakeStep(view, p.edges[i], p.nodes[i]));
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
  const GraphView& view = snapshot.View();
  auto hood =
      view.Neighborhood(centre->id, query.depth, query.kinds, !query.directed);
  if (!hood.ok()) return hood.status();
  std::unordered_map<NodeId, int> hops;
  for (size_t i = 0; i < hood->nodes.size(); ++i)
    hops[hood->nodes[i]] = hood->hops[i];
  // The edge that first reaches each node from one hop nearer the centre,
  // found in one pass over the edges.
  std::unordered_map<NodeId, size_t> via_edge;
  for (size_t e : hood->edges) {
    const Edge& edge = view.edge(e);
    auto hs = hops.find(edge.source), ht = hops.find(edge.target);
    if (hs == hops.end() || ht == hops.end()) continue;
    if (ht->second == hs->second + 1) via_edge.emplace(edge.target, e);
    if (!query.directed && hs->second == ht->second + 1) {
      via_edge.emplace(edge.source, e);
    }
  }
  NeighborsResult result;
  result.centre = std::move(centre).value();
  for (size_t i = 1; i < hood->nodes.size(); ++i) {
    Neighbor n;
    n.node = Brief(*Find(view, hood->nodes[i]));
    n.hops = hood->hops[i];
    if (auto via = via_edge.find(n.node.id); via != via_edge.end()) {
      const Edge& edge = view.edge(via->second);
      n.via_node = edge.target == n.node.id ? edge.source : edge.target;
      n.via = MakeStep(view, via->second, n.via_node);
    }
    result.neighbors.push_back(std::move(n));
  }
  for (size_t e : hood->edges) result.edges.push_back(view.edge(e));
  return result;
}

}  // namespace parley::queries
