#include "python/networkx.h"

#include <unordered_set>

#include "python/database.h"
#include "python/rows.h"
#include "queries/paths.h"
#include "queries/snapshot.h"
#include "storage/store.h"

namespace parley::python {
namespace {

using IdSet = std::unordered_set<graph::NodeId>;

// Items handed to G.add_nodes_from or G.add_edges_from a few thousand at a
// time, so that the whole graph is never held twice (as tuples and in G).
class Batch {
 public:
  explicit Batch(py::object add) : add_(std::move(add)) {}
  void Add(py::tuple item) {
    items_.append(std::move(item));
    if (items_.size() >= 4096) Flush();
  }
  void Flush() {
    if (items_.size() == 0) return;
    add_(items_);
    items_ = py::list();
  }

 private:
  py::object add_;
  py::list items_;
};

py::list EvidenceList(const std::vector<graph::Evidence>& evidence) {
  py::list out;
  for (const graph::Evidence& e : evidence) {
    py::dict d;
    d["doc"] = e.doc;
    d["lang"] = e.lang;
    d["start"] = e.start;
    d["end"] = e.end;
    d["quote"] = Utf8(e.quote);
    out.append(std::move(d));
  }
  return out;
}

// (id, attributes) for G.add_nodes_from.
py::tuple NodeItem(const graph::Node& n, bool with_evidence) {
  py::dict attrs;
  attrs["kind"] = std::string(graph::NodeKindName(n.kind));
  attrs["label"] = Utf8(n.label);
  py::list aliases;
  for (const std::string& a : n.aliases) aliases.append(Utf8(a));
  attrs["aliases"] = aliases;
  attrs["evidence_count"] = n.evidence.size();
  if (with_evidence) attrs["evidence"] = EvidenceList(n.evidence);
  FlattenProps(n.props, "", attrs);
  return py::make_tuple(n.id, attrs);
}

// (source, target, key, attributes) for G.add_edges_from; the key is the
// edge's kind, so G.edges[u, v, "AUTHORED"] reads one edge.
py::tuple EdgeItem(const graph::Edge& e, bool with_evidence) {
  std::string kind(graph::EdgeKindName(e.kind));
  py::dict attrs;
  attrs["kind"] = kind;
  attrs["evidence_count"] = e.evidence.size();
  if (with_evidence) attrs["evidence"] = EvidenceList(e.evidence);
  FlattenProps(e.props, "", attrs);
  return py::make_tuple(e.source, e.target, kind, attrs);
}

// The ids of the neighbourhood: the centre and every node within the depth.
Result<std::vector<graph::NodeId>> NeighbourhoodIds(
    Database& db, storage::Reader& reader, const GraphSelection& selection) {
  queries::Snapshot snapshot(reader);
  queries::NeighborsQuery query;
  query.node = selection.focus;
  query.depth = selection.depth;
  query.kinds = selection.kinds;
  query.hint = db.NameHint();
  query.with_edges = false;
  auto result = queries::Neighbors(snapshot, query);
  if (!result.ok()) return result.status();
  std::vector<graph::NodeId> ids = {result->centre.id};
  for (const queries::Neighbor& n : result->neighbors) ids.push_back(n.node.id);
  return ids;
}

// Nodes `ids` (those stored) and the edges among them, by point lookups.
void AddPart(storage::Reader& reader, const std::vector<graph::NodeId>& ids,
             const GraphSelection& selection, Batch& nodes, Batch& edges) {
  IdSet kept;
  for (const graph::NodeId& id : ids) {
    if (kept.count(id)) continue;
    std::optional<graph::Node> node = reader.GetNode(id);
    if (!node) continue;
    kept.insert(id);
    nodes.Add(NodeItem(*node, selection.with_evidence));
  }
  nodes.Flush();
  for (const graph::NodeId& id : ids) {
    if (!kept.count(id)) continue;
    for (const graph::Edge& e : reader.OutEdges(id)) {
      if (selection.kinds.Contains(e.kind) && kept.count(e.target))
        edges.Add(EdgeItem(e, selection.with_evidence));
    }
  }
}

// Every node, then every edge whose ends are both stored (as the exporters
// leave out the others), streamed from the reader.
void AddWhole(storage::Reader& reader, const GraphSelection& selection,
              Batch& nodes, Batch& edges) {
  IdSet kept;
  reader.ForEachNode([&](const graph::Node& n) {
    kept.insert(n.id);
    nodes.Add(NodeItem(n, selection.with_evidence));
    return true;
  });
  nodes.Flush();
  reader.ForEachEdge([&](const graph::Edge& e) {
    if (selection.kinds.Contains(e.kind) && kept.count(e.source) &&
        kept.count(e.target)) {
      edges.Add(EdgeItem(e, selection.with_evidence));
    }
    return true;
  });
}

}  // namespace

py::object ToNetworkx(Database& db, const GraphSelection& selection) {
  py::module_ nx = py::module_::import("networkx");
  auto store = db.store();
  if (!store.ok()) ThrowStatus(store.status());
  std::unique_ptr<storage::Reader> reader = (*store)->NewReader();
  py::object graph = nx.attr("MultiDiGraph")();
  // Nodes go in before edges: an edge would add a missing end bare.
  Batch nodes(graph.attr("add_nodes_from"));
  Batch edges(graph.attr("add_edges_from"));
  graph.attr("graph")["database"] = db.path();
  if (!selection.focus.empty()) {
    auto ids = NeighbourhoodIds(db, *reader, selection);
    if (!ids.ok()) ThrowStatus(ids.status());
    AddPart(*reader, *ids, selection, nodes, edges);
    graph.attr("graph")["focus"] = ids->front();
    graph.attr("graph")["depth"] = selection.depth;
  } else if (selection.ids) {
    AddPart(*reader, *selection.ids, selection, nodes, edges);
  } else {
    AddWhole(*reader, selection, nodes, edges);
  }
  if (!reader->status().ok()) ThrowStatus(reader->status());
  nodes.Flush();
  edges.Flush();
  return graph;
}

}  // namespace parley::python
