#include "queries/export.h"

#include <algorithm>
#include <array>
#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/dynamic_property_map.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <cctype>
#include <charconv>
#include <cmath>
#include <exception>
#include <nlohmann/json.hpp>
#include <streambuf>
#include <string>
#include <unordered_set>

#include "graph/csr_graph.h"
#include "queries/detail/escape.h"
#include "queries/json_value.h"

namespace parley::queries {
namespace {

using graph::CsrEdge;
using graph::CsrGraph;
using graph::CsrVertex;
using graph::GraphView;
using graph::NodeKind;

struct FormatInfo {
  ExportFormat format;
  std::string_view name;
  std::string_view extension;
};

constexpr std::array<FormatInfo, 5> kFormats = {{
    {ExportFormat::kJson, "json", ".json"},
    {ExportFormat::kDot, "dot", ".dot"},
    {ExportFormat::kGraphml, "graphml", ".graphml"},
    {ExportFormat::kGexf, "gexf", ".gexf"},
    {ExportFormat::kCypher, "cypher", ".cypher"},
}};

// How a node kind is drawn (DOT) and coloured (DOT, GEXF): one look per kind
// so a reader tells people from documents from clauses at a glance.
struct KindStyle {
  std::string_view shape;
  std::string_view style;
  std::string_view fill;  // "#rrggbb"
};

const KindStyle& StyleOf(NodeKind kind) {
  static constexpr std::array<KindStyle, graph::kNodeKindCount> kStyles = {{
      {"ellipse", "filled", "#cfe2ff"},      // Person
      {"box", "filled", "#d1e7dd"},          // Organization
      {"house", "filled", "#fff3cd"},        // Place
      {"note", "filled", "#e2e3e5"},         // Document
      {"box", "rounded,filled", "#f8d7da"},  // Clause
      {"hexagon", "filled", "#e0cffc"},      // Delegation
  }};
  return kStyles[static_cast<size_t>(kind)];
}

// Long clause texts make unreadable drawings; the full text stays in the
// other formats.
constexpr size_t kDotLabelCodePoints = 60;

std::string Dump(const nlohmann::ordered_json& j, int indent) {
  return j.dump(indent, ' ', /*ensure_ascii=*/false,
                nlohmann::ordered_json::error_handler_t::replace);
}

std::string PropsJson(const graph::Value& props) {
  return Dump(nlohmann::ordered_json(ToJson(props)), -1);
}

std::string EvidenceJson(const std::vector<graph::Evidence>& evidence) {
  nlohmann::ordered_json array = nlohmann::ordered_json::array();
  for (const graph::Evidence& e : evidence) array.push_back(ToJson(e));
  return Dump(array, -1);
}

std::string JoinAliases(const std::vector<std::string>& aliases) {
  std::string joined;
  for (const std::string& alias : aliases) {
    if (!joined.empty()) joined += "; ";
    joined += alias;
  }
  return joined;
}

std::string NodeLabel(const graph::Node& node) {
  return node.label.empty() ? node.id : node.label;
}

// ---------------------------------------------------------------- json

// Writes `text` with `indent` after every line break (JSON strings hold no
// raw line breaks, so only the layout is touched).
void WriteIndented(std::ostream& out, std::string_view text,
                   std::string_view indent) {
  out << indent;
  for (size_t pos = 0; pos < text.size();) {
    size_t newline = text.find('\n', pos);
    if (newline == std::string_view::npos) {
      out << text.substr(pos);
      break;
    }
    out << text.substr(pos, newline + 1 - pos) << indent;
    pos = newline + 1;
  }
}

// One object per node and edge is built and written at a time, so memory
// stays flat however large the graph.
template <typename Item>
void WriteJsonArray(std::ostream& out, std::string_view key,
                    const std::vector<Item>& items) {
  out << "  \"" << key << "\": [";
  for (size_t i = 0; i < items.size(); ++i) {
    out << (i == 0 ? "\n" : ",\n");
    WriteIndented(out, Dump(ToJson(items[i]), 2), "    ");
  }
  out << (items.empty() ? "]" : "\n  ]");
}

void WriteJson(const GraphView& view, std::ostream& out) {
  out << "{\n  \"format\": \"parley-graph\",\n  \"version\": 1,\n";
  WriteJsonArray(out, "nodes", view.nodes());
  out << ",\n";
  WriteJsonArray(out, "edges", view.edges());
  out << "\n}\n";
}

// ---------------------------------------------------------------- dot

template <typename Fn>
auto VertexStrings(Fn fn) {
  return boost::make_function_property_map<CsrVertex, std::string>(fn);
}

template <typename Fn>
auto EdgeStrings(Fn fn) {
  return boost::make_function_property_map<CsrEdge, std::string>(fn);
}

void WriteDot(const GraphView& view, std::ostream& out) {
  using detail::DotString;
  const CsrGraph& g = view.csr().graph;
  boost::dynamic_properties dp;
  dp.property("node_id", VertexStrings([&](CsrVertex v) {
                return DotString(view.node(v).id);
              }));
  dp.property("label", VertexStrings([&](CsrVertex v) {
                return DotString(detail::Abbreviate(NodeLabel(view.node(v)),
                                                    kDotLabelCodePoints));
              }));
  dp.property("tooltip", VertexStrings([&](CsrVertex v) {
                return DotString(view.node(v).id);
              }));
  dp.property("kind", VertexStrings([&](CsrVertex v) {
                return std::string(graph::NodeKindName(g[v].kind));
              }));
  dp.property("shape", VertexStrings([&](CsrVertex v) {
                return std::string(StyleOf(g[v].kind).shape);
              }));
  dp.property("style", VertexStrings([&](CsrVertex v) {
                return std::string(StyleOf(g[v].kind).style);
              }));
  dp.property("fillcolor", VertexStrings([&](CsrVertex v) {
                return std::string(StyleOf(g[v].kind).fill);
              }));
  dp.property("label", EdgeStrings([&](CsrEdge e) {
                return std::string(graph::EdgeKindName(g[e].kind));
              }));
  dp.property("kind", EdgeStrings([&](CsrEdge e) {
                return std::string(graph::EdgeKindName(g[e].kind));
              }));
  boost::write_graphviz_dp(out, g, dp, "node_id");
}

// ---------------------------------------------------------------- graphml

// Boost's write_graphml names vertices "n<index>" and edge ends likewise,
// with no way to pass other ids. This filter sits between it and the real
// stream and puts the NodeIds in their place, so that tools key nodes by
// "person:kim-il-sung". Data values cannot be mistaken for these lines:
// Boost entity-encodes every "<" in them.
class GraphmlNodeIds : public std::streambuf {
 public:
  GraphmlNodeIds(std::ostream& out, const GraphView& view)
      : out_(out), view_(view) {}

  // Writes what is left of an unfinished last line.
  void Finish() {
    if (!line_.empty()) EmitLine();
  }

 protected:
  int_type overflow(int_type c) override {
    if (traits_type::eq_int_type(c, traits_type::eof())) {
      return traits_type::not_eof(c);
    }
    line_ += traits_type::to_char_type(c);
    if (line_.back() == '\n') EmitLine();
    return c;
  }

  std::streamsize xsputn(const char* s, std::streamsize n) override {
    std::string_view text(s, static_cast<size_t>(n));
    while (!text.empty()) {
      size_t newline = text.find('\n');
      if (newline == std::string_view::npos) {
        line_ += text;
        break;
      }
      line_ += text.substr(0, newline + 1);
      EmitLine();
      text.remove_prefix(newline + 1);
    }
    return n;
  }

 private:
  static constexpr std::string_view kNodeStart = "    <node id=\"n";
  static constexpr std::string_view kEdgeStart = "    <edge id=\"e";

  // Replaces the vertex number that follows `marker` (e.g. ` source="n`) at
  // or after `from` in line_ with the escaped NodeId; returns where the
  // replacement ends, or npos when the line is not as expected.
  size_t ReplaceVertex(std::string_view marker, size_t from) {
    size_t at = line_.find(marker, from);
    if (at == std::string::npos) return at;
    size_t digits = at + marker.size();
    size_t index = 0;
    auto [end, error] = std::from_chars(line_.data() + digits,
                                        line_.data() + line_.size(), index);
    if (error != std::errc() || index >= view_.node_count()) {
      return std::string::npos;
    }
    std::string id = detail::XmlAttribute(view_.node(index).id);
    // Keep the quote of `marker` but drop its "n".
    line_.replace(digits - 1, (end - line_.data()) - (digits - 1), id);
    return digits - 1 + id.size();
  }

  void EmitLine() {
    if (line_.starts_with(kNodeStart)) {
      ReplaceVertex("<node id=\"n", 0);
    } else if (line_.starts_with(kEdgeStart)) {
      size_t after = ReplaceVertex(" source=\"n", 0);
      if (after != std::string::npos) ReplaceVertex(" target=\"n", after);
    }
    out_ << line_;
    line_.clear();
  }

  std::ostream& out_;
  const GraphView& view_;
  std::string line_;
};

void WriteGraphml(const GraphView& view, std::ostream& out) {
  using detail::XmlText;
  const CsrGraph& g = view.csr().graph;
  boost::dynamic_properties dp;
  dp.property("kind", VertexStrings([&](CsrVertex v) {
                return std::string(graph::NodeKindName(g[v].kind));
              }));
  dp.property("label", VertexStrings([&](CsrVertex v) {
                return XmlText(NodeLabel(view.node(v)));
              }));
  dp.property("aliases", VertexStrings([&](CsrVertex v) {
                return XmlText(JoinAliases(view.node(v).aliases));
              }));
  dp.property("props", VertexStrings([&](CsrVertex v) {
                return XmlText(PropsJson(view.node(v).props));
              }));
  dp.property("evidence", VertexStrings([&](CsrVertex v) {
                return XmlText(EvidenceJson(view.node(v).evidence));
              }));
  dp.property("kind", EdgeStrings([&](CsrEdge e) {
                return std::string(graph::EdgeKindName(g[e].kind));
              }));
  dp.property(
      "props", EdgeStrings([&](CsrEdge e) {
        return XmlText(PropsJson(view.edge(graph::EdgeIndexOf(g, e)).props));
      }));
  dp.property("evidence", EdgeStrings([&](CsrEdge e) {
                return XmlText(
                    EvidenceJson(view.edge(graph::EdgeIndexOf(g, e)).evidence));
              }));

  GraphmlNodeIds filter(out, view);
  std::ostream filtered(&filter);
  boost::write_graphml(filtered, g, boost::get(boost::vertex_index, g), dp,
                       /*ordered_vertices=*/false);
  filtered.flush();
  filter.Finish();
}

// ---------------------------------------------------------------- gexf

void WriteGexfAttribute(std::ostream& out, std::string_view name,
                        std::string_view value) {
  out << "          <attvalue for=\"" << name << "\" value=\""
      << detail::XmlAttribute(value) << "\"/>\n";
}

void WriteGexf(const GraphView& view, std::ostream& out) {
  using detail::XmlAttribute;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" "
         "xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
         "  <meta>\n"
         "    <creator>Parley</creator>\n"
         "    <description>parley-graph version 1</description>\n"
         "  </meta>\n"
         "  <graph mode=\"static\" defaultedgetype=\"directed\">\n"
         "    <attributes class=\"node\">\n"
         "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
         "      <attribute id=\"aliases\" title=\"aliases\" type=\"string\"/>\n"
         "      <attribute id=\"props\" title=\"props\" type=\"string\"/>\n"
         "      <attribute id=\"evidence\" title=\"evidence\" "
         "type=\"string\"/>\n"
         "    </attributes>\n"
         "    <attributes class=\"edge\">\n"
         "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
         "      <attribute id=\"props\" title=\"props\" type=\"string\"/>\n"
         "      <attribute id=\"evidence\" title=\"evidence\" "
         "type=\"string\"/>\n"
         "    </attributes>\n"
         "    <nodes>\n";
  for (const graph::Node& node : view.nodes()) {
    out << "      <node id=\"" << XmlAttribute(node.id) << "\" label=\""
        << XmlAttribute(NodeLabel(node)) << "\">\n"
        << "        <attvalues>\n";
    WriteGexfAttribute(out, "kind", graph::NodeKindName(node.kind));
    WriteGexfAttribute(out, "aliases", JoinAliases(node.aliases));
    WriteGexfAttribute(out, "props", PropsJson(node.props));
    WriteGexfAttribute(out, "evidence", EvidenceJson(node.evidence));
    out << "        </attvalues>\n";
    std::string_view fill = StyleOf(node.kind).fill;  // "#rrggbb"
    auto channel = [&](size_t at) {
      int value = 0;
      std::from_chars(fill.data() + at, fill.data() + at + 2, value, 16);
      return value;
    };
    out << "        <viz:color r=\"" << channel(1) << "\" g=\"" << channel(3)
        << "\" b=\"" << channel(5) << "\"/>\n"
        << "      </node>\n";
  }
  out << "    </nodes>\n    <edges>\n";
  for (size_t i = 0; i < view.edge_count(); ++i) {
    const graph::Edge& edge = view.edge(i);
    std::string_view kind = graph::EdgeKindName(edge.kind);
    out << "      <edge id=\"" << i << "\" source=\""
        << XmlAttribute(edge.source) << "\" target=\""
        << XmlAttribute(edge.target) << "\" label=\"" << kind << "\">\n"
        << "        <attvalues>\n";
    WriteGexfAttribute(out, "kind", kind);
    WriteGexfAttribute(out, "props", PropsJson(edge.props));
    WriteGexfAttribute(out, "evidence", EvidenceJson(edge.evidence));
    out << "        </attvalues>\n      </edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

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
    out += c;
    if (c == '`') out += '`';
  }
  return out + "`";
}

std::optional<std::string> CypherScalar(const graph::Value& value) {
  if (value.is_string()) return detail::CypherString(value.as_string());
  if (value.is_bool()) return std::string(value.as_bool() ? "true" : "false");
  if (value.is_int()) return std::to_string(value.as_int());
  if (value.is_double() && std::isfinite(value.as_double())) {
    char buffer[64];
    auto [end, error] =
        std::to_chars(buffer, buffer + sizeof buffer, value.as_double());
    std::string text(buffer, end);
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

void WriteCypher(const GraphView& view, std::ostream& out) {
  using detail::CypherString;
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

}  // namespace

GraphData LoadGraph(storage::Reader& reader) {
  GraphData data;
  reader.ForEachNode([&](const graph::Node& node) {
    data.nodes.push_back(node);
    return true;
  });
  reader.ForEachEdge([&](const graph::Edge& edge) {
    data.edges.push_back(edge);
    return true;
  });
  return data;
}

GraphData Subgraph(const GraphData& graph,
                   const std::vector<graph::NodeId>& ids) {
  const std::unordered_set<std::string_view> wanted(ids.begin(), ids.end());
  GraphData part;
  std::unordered_set<std::string_view> present;
  for (const graph::Node& node : graph.nodes) {
    if (!wanted.contains(node.id)) continue;
    part.nodes.push_back(node);
    present.insert(node.id);
  }
  for (const graph::Edge& edge : graph.edges) {
    if (present.contains(edge.source) && present.contains(edge.target)) {
      part.edges.push_back(edge);
    }
  }
  return part;
}

std::optional<ExportFormat> ParseExportFormat(std::string_view name) {
  std::string lower(name);
  for (char& c : lower)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "gv") return ExportFormat::kDot;
  if (lower == "neo4j") return ExportFormat::kCypher;
  for (const FormatInfo& info : kFormats) {
    if (info.name == lower) return info.format;
  }
  return std::nullopt;
}

std::string_view ExportFormatName(ExportFormat format) {
  return kFormats[static_cast<size_t>(format)].name;
}

std::string_view ExportFormatExtension(ExportFormat format) {
  return kFormats[static_cast<size_t>(format)].extension;
}

std::vector<std::string_view> ExportFormatNames() {
  std::vector<std::string_view> names;
  for (const FormatInfo& info : kFormats) names.push_back(info.name);
  return names;
}

Status WriteExport(const GraphData& graph, ExportFormat format,
                   std::ostream& out) {
  return WriteExport(GraphView(graph.nodes, graph.edges), format, out);
}

Status WriteExport(const GraphView& view, ExportFormat format,
                   std::ostream& out) {
  try {
    switch (format) {
      case ExportFormat::kJson:
        WriteJson(view, out);
        break;
      case ExportFormat::kDot:
        WriteDot(view, out);
        break;
      case ExportFormat::kGraphml:
        WriteGraphml(view, out);
        break;
      case ExportFormat::kGexf:
        WriteGexf(view, out);
        break;
      case ExportFormat::kCypher:
        WriteCypher(view, out);
        break;
    }
  } catch (const std::exception& e) {
    return Status::InvalidArgument(std::string("cannot export as ") +
                                   std::string(ExportFormatName(format)) +
                                   ": " + e.what());
  }
  out.flush();
  if (!out) {
    return Status::IOError(std::string("could not write the ") +
                           std::string(ExportFormatName(format)) + " export");
  }
  return Status::Ok();
}

}  // namespace parley::queries
