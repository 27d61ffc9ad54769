// The XML exports, GraphML and GEXF 1.3, written by hand: Boost's
// write_graphml writes every key for every vertex (a Person would get an
// empty `date` and a 0 `size`) and names vertices n0, n1, ...; here a node
// carries only the props it has, each under a typed key, and is keyed by its
// NodeId. Every text goes through detail::XmlAttribute or XmlText, which
// drop or replace what XML 1.0 forbids.
#include <charconv>
#include <string>

#include "queries/detail/escape.h"
#include "queries/export/common.h"

namespace parley::queries::exporter {
namespace {

using detail::XmlAttribute;
using graph::GraphView;

std::string JoinAliases(const std::vector<std::string>& aliases) {
  std::string joined;
  for (const std::string& alias : aliases) {
    if (!joined.empty()) joined += "; ";
    joined += alias;
  }
  return joined;
}

// A value for a flat column: lists joined by "; " (GraphML) or as a GEXF
// liststring ("[\"a\",\"b\"]"), the rest as ColumnText gives it.
std::optional<std::string> FlatText(const graph::Value* value, ColumnType type,
                                    bool gexf) {
  if (type == ColumnType::kStrings && !gexf) {
    std::vector<std::string> items = ColumnList(value);
    if (items.empty()) return std::nullopt;
    return JoinAliases(items);
  }
  return ColumnText(value, type);
}

std::string_view GraphmlType(ColumnType type) {
  switch (type) {
    case ColumnType::kBool:
      return "boolean";
    case ColumnType::kInt:
      return "long";
    case ColumnType::kDouble:
      return "double";
    default:
      return "string";
  }
}

std::string_view GexfType(ColumnType type) {
  if (type == ColumnType::kStrings) return "liststring";
  return GraphmlType(type);
}

// ---------------------------------------------------------------- graphml

void GraphmlKey(std::ostream& out, std::string_view scope,
                std::string_view name, std::string_view type) {
  out << "  <key id=\"" << scope[0] << "_" << name << "\" for=\"" << scope
      << "\" attr.name=\"" << name << "\" attr.type=\"" << type << "\"/>\n";
}

void GraphmlData(std::ostream& out, char scope, std::string_view name,
                 std::string_view value) {
  out << "      <data key=\"" << scope << "_" << name << "\">"
      << XmlAttribute(value) << "</data>\n";
}

void GraphmlProps(std::ostream& out, char scope,
                  const std::vector<Column>& columns,
                  const graph::Value& props) {
  for (const Column& column : columns) {
    std::optional<std::string> text =
        FlatText(ColumnValue(props, column), column.type, /*gexf=*/false);
    if (text) GraphmlData(out, scope, column.name, *text);
  }
}

// ---------------------------------------------------------------- gexf

void GexfAttribute(std::ostream& out, std::string_view name,
                   std::string_view type) {
  out << "      <attribute id=\"" << name << "\" title=\"" << name
      << "\" type=\"" << type << "\"/>\n";
}

void GexfValue(std::ostream& out, std::string_view name,
               std::string_view value) {
  out << "          <attvalue for=\"" << name << "\" value=\""
      << XmlAttribute(value) << "\"/>\n";
}

void GexfProps(std::ostream& out, const std::vector<Column>& columns,
               const graph::Value& props) {
  for (const Column& column : columns) {
    std::optional<std::string> text =
        FlatText(ColumnValue(props, column), column.type, /*gexf=*/true);
    if (text) GexfValue(out, column.name, *text);
  }
}

void GexfColor(std::ostream& out, graph::NodeKind kind) {
  std::string_view fill = StyleOf(kind).fill;  // "#rrggbb"
  auto channel = [&](size_t at) {
    int value = 0;
    std::from_chars(fill.data() + at, fill.data() + at + 2, value, 16);
    return value;
  };
  out << "        <viz:color r=\"" << channel(1) << "\" g=\"" << channel(3)
      << "\" b=\"" << channel(5) << "\"/>\n";
}

}  // namespace

void WriteGraphml(const GraphView& view, std::ostream& out) {
  const FirstDates dates(view);
  const std::vector<Column> node_columns = NodeColumns(view);
  const std::vector<Column> edge_columns = EdgeColumns(view);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (std::string_view name : {"kind", "label", "aliases"}) {
    GraphmlKey(out, "node", name, "string");
  }
  GraphmlKey(out, "node", "evidence_count", "long");
  GraphmlKey(out, "node", "first_date", "string");
  GraphmlKey(out, "node", "evidence", "string");
  for (const Column& c : node_columns) {
    GraphmlKey(out, "node", c.name, GraphmlType(c.type));
  }
  GraphmlKey(out, "edge", "kind", "string");
  GraphmlKey(out, "edge", "evidence_count", "long");
  GraphmlKey(out, "edge", "first_date", "string");
  GraphmlKey(out, "edge", "evidence", "string");
  for (const Column& c : edge_columns) {
    GraphmlKey(out, "edge", c.name, GraphmlType(c.type));
  }
  out << "  <graph id=\"G\" edgedefault=\"directed\">\n";
  for (size_t i = 0; i < view.node_count(); ++i) {
    const graph::Node& node = view.node(i);
    out << "    <node id=\"" << XmlAttribute(node.id) << "\">\n";
    GraphmlData(out, 'n', "kind", graph::NodeKindName(node.kind));
    GraphmlData(out, 'n', "label", NodeLabel(node));
    if (!node.aliases.empty()) {
      GraphmlData(out, 'n', "aliases", JoinAliases(node.aliases));
    }
    GraphmlData(out, 'n', "evidence_count",
                std::to_string(node.evidence.size()));
    if (!dates.node(i).empty())
      GraphmlData(out, 'n', "first_date", dates.node(i));
    GraphmlData(out, 'n', "evidence", EvidenceJson(node.evidence));
    GraphmlProps(out, 'n', node_columns, node.props);
    out << "    </node>\n";
  }
  for (size_t i = 0; i < view.edge_count(); ++i) {
    const graph::Edge& edge = view.edge(i);
    out << "    <edge id=\"e" << i << "\" source=\""
        << XmlAttribute(edge.source) << "\" target=\""
        << XmlAttribute(edge.target) << "\">\n";
    GraphmlData(out, 'e', "kind", graph::EdgeKindName(edge.kind));
    GraphmlData(out, 'e', "evidence_count",
                std::to_string(edge.evidence.size()));
    if (!dates.edge(i).empty())
      GraphmlData(out, 'e', "first_date", dates.edge(i));
    GraphmlData(out, 'e', "evidence", EvidenceJson(edge.evidence));
    GraphmlProps(out, 'e', edge_columns, edge.props);
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

void WriteGexf(const GraphView& view, std::ostream& out) {
  const FirstDates dates(view);
  const std::vector<Column> node_columns = NodeColumns(view);
  const std::vector<Column> edge_columns = EdgeColumns(view);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" "
         "xmlns:viz=\"http://gexf.net/1.3/viz\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://gexf.net/1.3 "
         "http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
         "  <meta>\n"
         "    <creator>Parley</creator>\n"
         "    <description>parley-graph version 1; each node and edge starts "
         "at the date of the first document that evidences it</description>\n"
         "  </meta>\n"
         "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" "
         "timeformat=\"date\">\n"
         "    <attributes class=\"node\" mode=\"static\">\n";
  GexfAttribute(out, "kind", "string");
  GexfAttribute(out, "aliases", "liststring");
  GexfAttribute(out, "evidence_count", "long");
  GexfAttribute(out, "first_date", "string");
  GexfAttribute(out, "evidence", "string");
  for (const Column& c : node_columns) {
    GexfAttribute(out, c.name, GexfType(c.type));
  }
  out << "    </attributes>\n"
         "    <attributes class=\"edge\" mode=\"static\">\n";
  GexfAttribute(out, "kind", "string");
  GexfAttribute(out, "evidence_count", "long");
  GexfAttribute(out, "first_date", "string");
  GexfAttribute(out, "evidence", "string");
  for (const Column& c : edge_columns) {
    GexfAttribute(out, c.name, GexfType(c.type));
  }
  out << "    </attributes>\n    <nodes>\n";
  for (size_t i = 0; i < view.node_count(); ++i) {
    const graph::Node& node = view.node(i);
    out << "      <node id=\"" << XmlAttribute(node.id) << "\" label=\""
        << XmlAttribute(NodeLabel(node)) << "\"";
    if (!dates.node(i).empty()) out << " start=\"" << dates.node(i) << "\"";
    out << ">\n        <attvalues>\n";
    GexfValue(out, "kind", graph::NodeKindName(node.kind));
    graph::Value aliases = graph::Value::MakeArray();
    for (const std::string& alias : node.aliases) {
      aliases.as_array().push_back(alias);
    }
    if (std::optional<std::string> text =
            ColumnText(&aliases, ColumnType::kStrings)) {
      GexfValue(out, "aliases", *text);
    }
    GexfValue(out, "evidence_count", std::to_string(node.evidence.size()));
    if (!dates.node(i).empty()) GexfValue(out, "first_date", dates.node(i));
    GexfValue(out, "evidence", EvidenceJson(node.evidence));
    GexfProps(out, node_columns, node.props);
    out << "        </attvalues>\n";
    GexfColor(out, node.kind);
    out << "      </node>\n";
  }
  out << "    </nodes>\n    <edges>\n";
  for (size_t i = 0; i < view.edge_count(); ++i) {
    const graph::Edge& edge = view.edge(i);
    std::string_view kind = graph::EdgeKindName(edge.kind);
    out << "      <edge id=\"" << i << "\" source=\""
        << XmlAttribute(edge.source) << "\" target=\""
        << XmlAttribute(edge.target) << "\" label=\"" << kind << "\"";
    if (!dates.edge(i).empty()) out << " start=\"" << dates.edge(i) << "\"";
    out << ">\n        <attvalues>\n";
    GexfValue(out, "kind", kind);
    GexfValue(out, "evidence_count", std::to_string(edge.evidence.size()));
    if (!dates.edge(i).empty()) GexfValue(out, "first_date", dates.edge(i));
    GexfValue(out, "evidence", EvidenceJson(edge.evidence));
    GexfProps(out, edge_columns, edge.props);
    out << "        </attvalues>\n      </edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace parley::queries::exporter
