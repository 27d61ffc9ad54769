// The JSON exports: Parley's contract (DESIGN.md) and Cytoscape.js elements.
// Both are written one node or edge at a time, so memory stays flat however
// large the graph.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>

#include "graph/props.h"
#include "queries/export/common.h"
#include "queries/json_value.h"

namespace parley::queries::exporter {
namespace {

using graph::GraphView;
using nlohmann::ordered_json;

std::string Dump(const ordered_json& j, int indent) {
  return j.dump(indent, ' ', /*ensure_ascii=*/false,
                ordered_json::error_handler_t::replace);
}

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

// A Cytoscape.js class: one word (selectors read classes split at spaces).
std::string ClassWord(std::string_view text) {
  std::string word;
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    word += (u <= 0x20 || c == '.' || c == '#' || c == ',') ? '-' : c;
  }
  return word;
}

ordered_json EvidenceArray(const std::vector<graph::Evidence>& evidence) {
  ordered_json array = ordered_json::array();
  for (const graph::Evidence& e : evidence) array.push_back(ToJson(e));
  return array;
}

ordered_json CytoscapeNode(const graph::Node& node, const std::string& date) {
  ordered_json data;
  data["id"] = node.id;
  data["label"] = NodeLabel(node);
  data["kind"] = graph::NodeKindName(node.kind);
  data["aliases"] = node.aliases;
  data["props"] = ToJson(node.props);
  data["evidence_count"] = node.evidence.size();
  if (!date.empty()) data["first_date"] = date;
  data["evidence"] = EvidenceArray(node.evidence);
  ordered_json element;
  element["data"] = std::move(data);
  element["classes"] = std::string(graph::NodeKindName(node.kind));
  return element;
}

ordered_json CytoscapeEdge(const graph::Edge& edge, size_t index,
                           const std::string& date) {
  const std::string kind(graph::EdgeKindName(edge.kind));
  ordered_json data;
  data["id"] = "e" + std::to_string(index);
  data["source"] = edge.source;
  data["target"] = edge.target;
  data["label"] = kind;
  data["kind"] = kind;
  data["props"] = ToJson(edge.props);
  data["evidence_count"] = edge.evidence.size();
  if (!date.empty()) data["first_date"] = date;
  data["evidence"] = EvidenceArray(edge.evidence);
  std::string classes = kind;
  const std::string stance = edge.props.GetString(graph::prop::kStance);
  if (edge.kind == graph::EdgeKind::kStance && !stance.empty()) {
    classes += " " + ClassWord(stance);
  }
  ordered_json element;
  element["data"] = std::move(data);
  element["classes"] = std::move(classes);
  return element;
}

}  // namespace

void WriteJson(const GraphView& view, std::ostream& out) {
  out << "{\n  \"format\": \"parley-graph\",\n  \"version\": 1,\n";
  WriteJsonArray(out, "nodes", view.nodes());
  out << ",\n";
  WriteJsonArray(out, "edges", view.edges());
  out << "\n}\n";
}

void StreamJson(storage::Reader& reader, std::ostream& out, size_t& nodes,
                size_t& edges) {
  out << "{\n  \"format\": \"parley-graph\",\n  \"version\": 1,\n";
  // Only the ids stay in memory: an edge is written when both its ends were.
  std::vector<graph::NodeId> ids;
  out << "  \"nodes\": [";
  reader.ForEachNode([&](const graph::Node& node) {
    out << (ids.empty() ? "\n" : ",\n");
    WriteIndented(out, Dump(ToJson(node), 2), "    ");
    ids.push_back(node.id);
    return static_cast<bool>(out);
  });
  out << (ids.empty() ? "]" : "\n  ]") << ",\n";
  nodes = ids.size();
  // The reader gives nodes in id order; sorting is only a safeguard.
  if (!std::is_sorted(ids.begin(), ids.end())) {
    std::sort(ids.begin(), ids.end());
  }
  auto known = [&](const graph::NodeId& id) {
    return std::binary_search(ids.begin(), ids.end(), id);
  };
  edges = 0;
  out << "  \"edges\": [";
  reader.ForEachEdge([&](const graph::Edge& edge) {
    if (!known(edge.source) || !known(edge.target)) return true;
    out << (edges == 0 ? "\n" : ",\n");
    WriteIndented(out, Dump(ToJson(edge), 2), "    ");
    ++edges;
    return static_cast<bool>(out);
  });
  out << (edges == 0 ? "]" : "\n  ]") << "\n}\n";
}

void WriteCytoscape(const GraphView& view, std::ostream& out) {
  const FirstDates dates(view);
  out << "{\"format\": \"parley-cytoscape\", \"version\": 1,\n"
         " \"elements\": {\n  \"nodes\": [";
  for (size_t i = 0; i < view.node_count(); ++i) {
    out << (i == 0 ? "\n   " : ",\n   ")
        << Dump(CytoscapeNode(view.node(i), dates.node(i)), -1);
  }
  out << "\n  ],\n  \"edges\": [";
  for (size_t i = 0; i < view.edge_count(); ++i) {
    out << (i == 0 ? "\n   " : ",\n   ")
        << Dump(CytoscapeEdge(view.edge(i), i, dates.edge(i)), -1);
  }
  out << "\n  ]\n }\n}\n";
}

}  // namespace parley::queries::exporter
