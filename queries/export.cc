#include "queries/export.h"

#include <array>
#include <cctype>
#include <exception>
#include <string>
#include <unordered_set>

#include "queries/export/common.h"

namespace parley::queries {
namespace {

struct FormatInfo {
  ExportFormat format;
  std::string_view name;
  std::string_view extension;
};

// In ExportFormat order.
constexpr std::array<FormatInfo, 9> kFormats = {{
    {ExportFormat::kJson, "json", ".json"},
    {ExportFormat::kDot, "dot", ".dot"},
    {ExportFormat::kGraphml, "graphml", ".graphml"},
    {ExportFormat::kGexf, "gexf", ".gexf"},
    {ExportFormat::kCypher, "cypher", ".cypher"},
    {ExportFormat::kCytoscape, "cytoscape", ".cyjs"},
    {ExportFormat::kTurtle, "turtle", ".ttl"},
    {ExportFormat::kJsonLd, "jsonld", ".jsonld"},
    {ExportFormat::kNeo4j, "neo4j", ""},
}};

constexpr std::string_view kNeo4jNodes = "nodes.csv";
constexpr std::string_view kNeo4jRelationships = "relationships.csv";

// Runs `write` and turns what it throws and a failed stream into a Status.
template <typename Write>
Status Guarded(ExportFormat format, std::ostream& out, Write write) {
  try {
    write();
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
  if (lower == "cyjs") return ExportFormat::kCytoscape;
  if (lower == "ttl") return ExportFormat::kTurtle;
  if (lower == "json-ld") return ExportFormat::kJsonLd;
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
  return WriteExport(graph::GraphView(graph.nodes, graph.edges), format, out);
}

Status WriteExport(const graph::GraphView& view, ExportFormat format,
                   std::ostream& out) {
  if (!ExportFileNames(format).empty()) {
    return Status::InvalidArgument(
        std::string(ExportFormatName(format)) +
        " writes several files into a folder: give -o FOLDER");
  }
  return Guarded(format, out, [&] {
    switch (format) {
      case ExportFormat::kJson:
        exporter::WriteJson(view, out);
        break;
      case ExportFormat::kDot:
        exporter::WriteDot(view, out);
        break;
      case ExportFormat::kGraphml:
        exporter::WriteGraphml(view, out);
        break;
      case ExportFormat::kGexf:
        exporter::WriteGexf(view, out);
        break;
      case ExportFormat::kCypher:
        exporter::WriteCypher(view, out);
        break;
      case ExportFormat::kCytoscape:
        exporter::WriteCytoscape(view, out);
        break;
      case ExportFormat::kTurtle:
        exporter::WriteTurtle(view, out);
        break;
      case ExportFormat::kJsonLd:
        exporter::WriteJsonLd(view, out);
        break;
      case ExportFormat::kNeo4j:
        break;
    }
  });
}

Status WriteExport(storage::Reader& reader, ExportFormat format,
                   std::ostream& out, ExportCounts& counts) {
  if (format == ExportFormat::kJson) {
    return Guarded(format, out, [&] {
      exporter::StreamJson(reader, out, counts.nodes, counts.edges);
    });
  }
  GraphData data = LoadGraph(reader);
  // The view takes the lists over: no second copy of the graph in memory.
  const graph::GraphView view(std::move(data.nodes), std::move(data.edges));
  counts = {view.node_count(), view.edge_count()};
  return WriteExport(view, format, out);
}

Status WriteExportFile(const graph::GraphView& view, ExportFormat format,
                       std::string_view name, std::ostream& out) {
  if (format == ExportFormat::kNeo4j && name == kNeo4jNodes) {
    return Guarded(format, out, [&] { exporter::WriteNeo4jNodes(view, out); });
  }
  if (format == ExportFormat::kNeo4j && name == kNeo4jRelationships) {
    return Guarded(format, out,
                   [&] { exporter::WriteNeo4jRelationships(view, out); });
  }
  if (ExportFileNames(format).empty()) return WriteExport(view, format, out);
  return Status::InvalidArgument(std::string(ExportFormatName(format)) +
                                 " writes no file named " + std::string(name));
}

std::vector<std::string_view> ExportFileNames(ExportFormat format) {
  if (format == ExportFormat::kNeo4j) return {kNeo4jNodes, kNeo4jRelationships};
  return {};
}

}  // namespace parley::queries
