// Exporters: the graph, or any part of it, in the formats people look at
// graphs with — Parley's JSON contract (DESIGN.md), Graphviz DOT, GraphML
// (yEd, Cytoscape, networkx), dynamic GEXF (Gephi), Cytoscape.js JSON, RDF
// (Turtle, JSON-LD), Cypher and Neo4j bulk-import CSV — and GraphData, the
// plain node and edge lists they take. The writers live in queries/export/.
#ifndef PARLEY_QUERIES_EXPORT_H_
#define PARLEY_QUERIES_EXPORT_H_

#include <cstddef>
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

// Formats whose props are typed columns (GraphML, GEXF, Neo4j CSV, RDF) give
// each top-level prop a column of one type (boolean, integer, double, date,
// string, list of strings; nested values as JSON text), and an object of
// scalars one column per member (`text` -> `text_en`, `text_ru`). Each node
// and edge also carries `evidence_count` and `first_date`: the date of the
// earliest document its evidence names (queries/README.md).
enum class ExportFormat {
  kJson,       // {"format": "parley-graph", "version": 1, ...}; see DESIGN.md.
  kDot,        // Graphviz; node shape and colour by kind, edge label = kind.
  kGraphml,    // Node ids are NodeIds; typed keys per prop; evidence as JSON.
  kGexf,       // GEXF 1.3, dynamic: start dates, typed attributes.
  kCypher,     // MERGE statements for Neo4j (cypher-shell < FILE); re-runnable.
  kCytoscape,  // Cytoscape.js {"elements": {"nodes": [...], "edges": [...]}}.
  kTurtle,     // RDF Turtle in docs/rdf-vocabulary.md's vocabulary (serd).
  kJsonLd,     // The same triples as JSON-LD.
  kNeo4j,      // nodes.csv and relationships.csv for neo4j-admin (a folder).
};

// "json", "dot" (or "gv"), "graphml", "gexf", "cypher", "cytoscape" (or
// "cyjs"), "turtle" (or "ttl"), "jsonld" (or "json-ld"), "neo4j", in any
// case; nullopt for anything else.
std::optional<ExportFormat> ParseExportFormat(std::string_view name);

// The canonical name ("json", "dot", ...) and the usual file extension
// (".json", ".dot", ".graphml", ".gexf", ".cypher", ".cyjs", ".ttl",
// ".jsonld"; "" for kNeo4j, which writes a folder).
std::string_view ExportFormatName(ExportFormat format);
std::string_view ExportFormatExtension(ExportFormat format);

// The files a format writes into a folder: {"nodes.csv",
// "relationships.csv"} for kNeo4j; empty for the formats that are one
// stream (WriteExport).
std::vector<std::string_view> ExportFileNames(ExportFormat format);

// The canonical names of every format, for help texts.
std::vector<std::string_view> ExportFormatNames();

// Writes `graph` to `out` in `format`. Output is deterministic: nodes in id
// order, edges in (source, kind, target) order; duplicates are merged, and
// edges whose source or target is not among the nodes are left out. Strings
// are written as UTF-8 (invalid bytes become U+FFFD) and escaped as each
// format needs; XML and RDF outputs drop or replace the characters XML 1.0
// forbids. Fails with kIOError when `out` fails, and with kInvalidArgument
// for a format written as several files (ExportFileNames).
Status WriteExport(const GraphData& graph, ExportFormat format,
                   std::ostream& out);

// The same for a view already built (no copy of the graph is made).
Status WriteExport(const graph::GraphView& view, ExportFormat format,
                   std::ostream& out);

// How much an export wrote.
struct ExportCounts {
  size_t nodes = 0;
  size_t edges = 0;
};

// Every node and edge `reader` sees, written as WriteExport writes the view
// of LoadGraph(reader), byte for byte. The JSON contract is streamed: one
// node, then one edge, at a time from the reader, holding only the node ids
// (an edge is written when both its ends were), so the graph is never in
// memory. Other formats read the graph once into a view (no second copy).
// `counts` gets what was written. Fails as WriteExport does.
Status WriteExport(storage::Reader& reader, ExportFormat format,
                   std::ostream& out, ExportCounts& counts);

// Writes the file `name` (one of ExportFileNames(format)) of `format`.
// kInvalidArgument for another name, kIOError when `out` fails.
Status WriteExportFile(const graph::GraphView& view, ExportFormat format,
                       std::string_view name, std::ostream& out);

}  // namespace parley::queries

#endif  // PARLEY_QUERIES_EXPORT_H_
