// Internal to queries/: what the export writers share — the writer of each
// format, the look of each node kind, the date a node or edge is first
// evidenced, and the typed columns the flat formats (GraphML, GEXF, Neo4j
// CSV, RDF) give the props. Include only from queries/ and its tests.
#ifndef PARLEY_QUERIES_EXPORT_COMMON_H_
#define PARLEY_QUERIES_EXPORT_COMMON_H_

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph_view.h"
#include "graph/model.h"
#include "graph/value.h"
#include "storage/store.h"

namespace parley::queries::exporter {

// ------------------------------------------------------------ the writers
// Each writes the whole `view` to `out`; none checks the stream (WriteExport
// does). They may throw what nlohmann or serd-related code throws.

void WriteJson(const graph::GraphView& view, std::ostream& out);  // json.cc
// The JSON contract straight from `reader`, byte for byte as WriteJson of
// the view of LoadGraph(reader), holding only the node ids; `nodes` and
// `edges` get the counts written.
void StreamJson(storage::Reader& reader, std::ostream& out, size_t& nodes,
                size_t& edges);  // json.cc
void WriteCytoscape(const graph::GraphView& view,
                    std::ostream& out);                              // json.cc
void WriteDot(const graph::GraphView& view, std::ostream& out);      // dot.cc
void WriteGraphml(const graph::GraphView& view, std::ostream& out);  // xml.cc
void WriteGexf(const graph::GraphView& view, std::ostream& out);     // xml.cc
void WriteTurtle(const graph::GraphView& view, std::ostream& out);   // rdf.cc
void WriteJsonLd(const graph::GraphView& view, std::ostream& out);   // rdf.cc
void WriteCypher(const graph::GraphView& view, std::ostream& out);   // neo4j.cc
void WriteNeo4jNodes(const graph::GraphView& view,
                     std::ostream& out);  // neo4j.cc
void WriteNeo4jRelationships(const graph::GraphView& view,
                             std::ostream& out);  // neo4j.cc

// ------------------------------------------------------------ shared look

// How a node kind is drawn (DOT) and coloured (DOT, GEXF): one look per kind
// so a reader tells people from documents from clauses at a glance.
struct KindStyle {
  std::string_view shape;
  std::string_view style;
  std::string_view fill;  // "#rrggbb"
};
const KindStyle& StyleOf(graph::NodeKind kind);

// The label, or the id when the node has none.
std::string NodeLabel(const graph::Node& node);
// Compact JSON (UTF-8, invalid bytes replaced) of props and of evidence.
std::string PropsJson(const graph::Value& props);
std::string EvidenceJson(const std::vector<graph::Evidence>& evidence);
// Shortest decimal text that reads back as `value` ("0.5", "2", "1e-07").
std::string DoubleText(double value);
// "YYYY-MM-DD" with a real month and day.
bool IsIsoDate(std::string_view text);

// ------------------------------------------------------------ first dates

// The date each node and edge was first evidenced: the earliest `date` of
// the documents its evidence names (Document nodes of the view). A Document
// starts at its own date when it has one. An edge with no dated evidence
// starts when the later of its two ends does. "" when nothing is known.
class FirstDates {
 public:
  explicit FirstDates(const graph::GraphView& view);
  const std::string& node(size_t index) const { return nodes_[index]; }
  const std::string& edge(size_t index) const { return edges_[index]; }

 private:
  std::vector<std::string> nodes_;
  std::vector<std::string> edges_;
};

// ------------------------------------------------------------ typed columns

enum class ColumnType {
  kBool,
  kInt,
  kDouble,
  kDate,  // ISO "YYYY-MM-DD" strings
  kString,
  kStrings,  // a list of strings (numbers and booleans as their text)
  kJson,     // anything nested: compact JSON text
};

// One top-level prop (`key`), or one member of an object prop whose members
// are all scalars (`text` -> `text_en`, `text_ru`), as a typed column.
struct Column {
  std::string name;    // [A-Za-z0-9_], unique, never a fixed column's name
  std::string key;     // the prop
  std::string member;  // the member of an object prop, or ""
  ColumnType type = ColumnType::kString;
};

// The columns of the props of every node (or every edge) of a view, sorted
// by name. A key whose values disagree in type gets the widest type that
// holds them all (int and double: double; date and string: string; a scalar
// and a list: a list; anything and an object: JSON).
std::vector<Column> NodeColumns(const graph::GraphView& view);
std::vector<Column> EdgeColumns(const graph::GraphView& view);

// The value of `column` in `props`; nullptr when absent or null.
const graph::Value* ColumnValue(const graph::Value& props,
                                const Column& column);
// The text of a value in a column of `type` ("true", "12", "0.5",
// "1951-07-03", JSON for kJson and kStrings); nullopt for nothing to write
// (absent, null, not finite, an empty list).
std::optional<std::string> ColumnText(const graph::Value* value,
                                      ColumnType type);
// The items of a kStrings value (a scalar is a list of one); empty for
// nothing to write.
std::vector<std::string> ColumnList(const graph::Value* value);
// The text of a scalar ("true", "12", "0.5", the string itself); "" for
// null, lists and objects.
std::string ScalarText(const graph::Value& value);

}  // namespace parley::queries::exporter

#endif  // PARLEY_QUERIES_EXPORT_COMMON_H_
