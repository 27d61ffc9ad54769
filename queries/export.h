// Exporters: the graph, or any part of it, in the formats people look at
// graphs with — Parley's JSON contract (DESIGN.md), Graphviz DOT, GraphML
// (Gephi, yEd, Cytoscape, networkx), GEXF (Gephi) and Cypher (Neo4j) — and
// GraphData, the plain node and edge lists they take.
#ifndef PARLEY_QUERIES_EXPORT_H_
#define PARLEY_QUERIES_EXPORT_H_

#include <optional>
#include <ostream>
#include <string_view>
#include <vector>

#include "graph/graph_view.h"
#include "graph/model.h"
#include "graph/status.h"
#include "storage/store.h"

namespace parley::queries {

// Nodes and edges, merged, as a storage Reader yields them (or as a query
// selects them). No order or consistency is assumed by the exporters.
struct GraphData {
  std::vector<graph::Node> nodes;
  std::vector<graph::Edge> edges;
};

// Every node and every edge that `reader` sees, in its key order.
GraphData LoadGraph(storage::Reader& reader);

// The part of `graph` on the nodes in `ids`: those nodes (ids not in the
// graph are ignored) and every edge whose two ends are among them.
GraphData Subgraph(const GraphData& graph,
                   const std::vector<graph::NodeId>& ids);

enum class ExportFormat {
  kJson,     // {"format": "parley-graph", "version": 1, ...}; see DESIGN.md.
  kDot,      // Graphviz; node shape and colour by kind, edge label = kind.
  kGraphml,  // Node ids are NodeIds; kind, label, aliases, props, evidence.
  kGexf,     // GEXF 1.3 for Gephi; the same attributes as GraphML.
  kCypher,   // MERGE statements for Neo4j (cypher-shell < FILE); re-runnable.
};

// "json", "dot" (or "gv"), "graphml", "gexf", "cypher" (or "neo4j"), in any
// case; nullopt for anything else.
std::optional<ExportFormat> ParseExportFormat(std::string_view name);

// The canonical name ("json", "dot", ...) and the usual file extension
// (".json", ".dot", ".graphml", ".gexf", ".cypher").
std::string_view ExportFormatName(ExportFormat format);
std::string_view ExportFormatExtension(ExportFormat format);

// The canonical names of every format, for help texts.
std::vector<std::string_view> ExportFormatNames();

// Writes `graph` to `out` in `format`. Output is deterministic: nodes in id
// order, edges in (source, kind, target) order; duplicates are merged, and
// edges whose source or target is not among the nodes are left out. Strings
// are written as UTF-8 (invalid bytes become U+FFFD) and escaped as each
// format needs. Fails with kIOError when `out` fails.
Status WriteExport(const GraphData& graph, ExportFormat format,
                   std::ostream& out);

// The same for a view already built (no copy of the graph is made).
Status WriteExport(const graph::GraphView& view, ExportFormat format,
                   std::ostream& out);

}  // namespace parley::queries

#endif  // PARLEY_QUERIES_EXPORT_H_
