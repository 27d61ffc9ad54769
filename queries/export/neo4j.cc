// The Neo4j exports: Cypher MERGE statements (re-runnable, for cypher-shell)
// and the two CSV files of `neo4j-admin database import full` (nodes.csv,
// relationships.csv; typed headers, RFC 4180 quoting).
#include <cmath>
#include <optional>
#include <string>

#include "queries/detail/escape.h"
#include "queries/export/common.h"

namespace parley::queries::exporter {
namespace {

using detail::CypherString;
using graph::GraphView;

// ---------------------------------------------------------------- cypher

// Property names that the export sets itself; props of these names stay only
// inside the "props" JSON string.
bool IsReservedCypherKey(std::string_view key) {
  return key == "id" || key == "label" || key == "aliases" || key == "props" ||
         key == "evidence" || key == "kind";
}

std::string CypherName(std::string_view name) {
  std::string out = "`";
  for (char c : detail::ValidUtf8(name)) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || c == 0x7F) continue;  // no raw line breaks in a name
    out += c;
    if (c == '`') out += '`';
  }
  return out + "`";
}

std::optional<std::string> CypherScalar(const graph::Value& value) {
  if (value.is_string()) return CypherString(value.as_string());
  if (value.is_bool()) return std::string(value.as_bool() ? "true" : "false");
  if (value.is_int()) return std::to_string(value.as_int());
  if (value.is_double() && std::isfinite(value.as_double())) {
    std::string text = DoubleText(value.as_double());
    // Cypher reads "2" as an integer and rejects "1e+20".
    std::erase(text, '+');
    if (text.find_first_of(".e") == std::string::npos) text += ".0";
    return text;
  }
  return std::nullopt;
}

// A Neo4j property value for a top-level prop, when it has one: a scalar or
// a list of scalars of one type (Neo4j stores nothing nested).
std::optional<std::string> CypherProperty(const graph::Value& value) {
  if (!value.is_array()) return CypherScalar(value);
  std::string list = "[";
  size_t type_index = std::string::npos;
  for (const graph::Value& item : value.as_array()) {
    std::optional<std::string> scalar = CypherScalar(item);
    if (!scalar) return std::nullopt;
    if (type_index != std::string::npos &&
        type_index != item.variant().index()) {
      return std::nullopt;
    }
    type_index = item.variant().index();
    if (list.size() > 1) list += ", ";
    list += *scalar;
  }
  return list + "]";
}

void WriteCypherProps(std::ostream& out, std::string_view var,
                      const graph::Value& props) {
  if (!props.is_object()) return;
  for (const auto& [key, value] : props.as_object()) {
    if (IsReservedCypherKey(key)) continue;
    if (std::optional<std::string> v = CypherProperty(value)) {
      out << ", " << var << "." << CypherName(key) << " = " << *v;
    }
  }
}

// ---------------------------------------------------------------- csv

// neo4j-admin's default array delimiter.
constexpr char kArrayDelimiter = ';';

// One field, quoted as RFC 4180 says when it holds a comma, a quote, a line
// break or leading or trailing spaces (neo4j-admin trims those otherwise).
std::string CsvField(std::string_view text) {
  std::string valid = detail::ValidUtf8(text);
  const bool quote =
      valid.find_first_of(",\"\r\n") != std::string::npos ||
      (!valid.empty() && (valid.front() == ' ' || valid.back() == ' '));
  if (!quote) return valid;
  std::string out = "\"";
  for (char c : valid) {
    out += c;
    if (c == '"') out += '"';
  }
  return out + "\"";
}

// An array field: items joined by ';'. An item's own ';' becomes '；'
// (U+FF1B), which neo4j-admin cannot mistake for the delimiter.
std::string CsvArray(const std::vector<std::string>& items) {
  std::string joined;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) joined += kArrayDelimiter;
    for (char c : items[i]) {
      if (c == kArrayDelimiter) {
        joined += "\xEF\xBC\x9B";
      } else {
        joined += c;
      }
    }
  }
  return CsvField(joined);
}

std::string_view Neo4jType(ColumnType type) {
  switch (type) {
    case ColumnType::kBool:
      return "boolean";
    case ColumnType::kInt:
      return "long";
    case ColumnType::kDouble:
      return "double";
    case ColumnType::kDate:
      return "date";
    case ColumnType::kStrings:
      return "string[]";
    default:
      return "string";
  }
}

void WriteCsvHeader(std::ostream& out, const std::vector<Column>& columns) {
  for (const Column& c : columns) {
    out << "," << c.name << ":" << Neo4jType(c.type);
  }
  out << "\n";
}

void WriteCsvProps(std::ostream& out, const std::vector<Column>& columns,
                   const graph::Value& props) {
  for (const Column& c : columns) {
    out << ",";
    const graph::Value* value = ColumnValue(props, c);
    if (c.type == ColumnType::kStrings) {
      std::vector<std::string> items = ColumnList(value);
      if (!items.empty()) out << CsvArray(items);
    } else if (std::optional<std::string> text = ColumnText(value, c.type)) {
      out << CsvField(*text);
    }
  }
  out << "\n";
}

}  // namespace

void WriteCypher(const GraphView& view, std::ostream& out) {
  out << "// Parley graph (parley-graph version 1) for Neo4j 4.4 or later:\n"
         "// cypher-shell -f FILE. Every node is a :ParleyNode keyed by id;\n"
         "// running the file again updates instead of duplicating.\n"
         "CREATE CONSTRAINT parley_node_id IF NOT EXISTS "
         "FOR (n:ParleyNode) REQUIRE n.id IS UNIQUE;\n";
  for (const graph::Node& node : view.nodes()) {
    out << "MERGE (n:ParleyNode {id: " << CypherString(node.id)
        << "}) SET n:" << graph::NodeKindName(node.kind)
        << ", n.kind = " << CypherString(graph::NodeKindName(node.kind))
        << ", n.label = " << CypherString(node.label) << ", n.aliases = [";
    for (size_t i = 0; i < node.aliases.size(); ++i) {
      out << (i ? ", " : "") << CypherString(node.aliases[i]);
    }
    out << "], n.props = " << CypherString(PropsJson(node.props))
        << ", n.evidence = " << CypherString(EvidenceJson(node.evidence));
    WriteCypherProps(out, "n", node.props);
    out << ";\n";
  }
  for (const graph::Edge& edge : view.edges()) {
    out << "MATCH (a:ParleyNode {id: " << CypherString(edge.source)
        << "}), (b:ParleyNode {id: " << CypherString(edge.target)
        << "}) MERGE (a)-[r:" << graph::EdgeKindName(edge.kind)
        << "]->(b) SET r.props = " << CypherString(PropsJson(edge.props))
        << ", r.evidence = " << CypherString(EvidenceJson(edge.evidence));
    WriteCypherProps(out, "r", edge.props);
    out << ";\n";
  }
}

void WriteNeo4jNodes(const GraphView& view, std::ostream& out) {
  const FirstDates dates(view);
  const std::vector<Column> columns = NodeColumns(view);
  out << "id:ID,:LABEL,kind,label,aliases:string[],evidence_count:long,"
         "first_date:date,evidence";
  WriteCsvHeader(out, columns);
  for (size_t i = 0; i < view.node_count(); ++i) {
    const graph::Node& node = view.node(i);
    const std::string_view kind = graph::NodeKindName(node.kind);
    out << CsvField(node.id) << ",ParleyNode;" << kind << "," << kind << ","
        << CsvField(NodeLabel(node)) << ","
        << (node.aliases.empty() ? "" : CsvArray(node.aliases)) << ","
        << node.evidence.size() << "," << dates.node(i) << ","
        << CsvField(EvidenceJson(node.evidence));
    WriteCsvProps(out, columns, node.props);
  }
}

void WriteNeo4jRelationships(const GraphView& view, std::ostream& out) {
  const FirstDates dates(view);
  const std::vector<Column> columns = EdgeColumns(view);
  out << ":START_ID,:END_ID,:TYPE,evidence_count:long,first_date:date,"
         "evidence";
  WriteCsvHeader(out, columns);
  for (size_t i = 0; i < view.edge_count(); ++i) {
    const graph::Edge& edge = view.edge(i);
    out << CsvField(edge.source) << "," << CsvField(edge.target) << ","
        << graph::EdgeKindName(edge.kind) << "," << edge.evidence.size() << ","
        << dates.edge(i) << "," << CsvField(EvidenceJson(edge.evidence));
    WriteCsvProps(out, columns, edge.props);
  }
}

}  // namespace parley::queries::exporter
