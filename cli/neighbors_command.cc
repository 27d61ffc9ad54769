#include "cli/neighbors_command.h"

#include <CLI/CLI.hpp>
#include <cstdint>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "cli/graph_output.h"
#include "cli/output.h"
#include "cli/query_support.h"
#include "graph/props.h"
#include "queries/json_value.h"
#include "queries/paths.h"
#include "queries/selection.h"

namespace parley::cli {
namespace {

using nlohmann::ordered_json;
namespace prop = graph::prop;

struct NeighborsOptions {
  std::string node;
  int depth = 1;
  std::string kinds;
  bool outward = false;
  // A clause's second hop reaches the hubs (a person who wrote ten
  // thousand telegrams): a screen's worth by default; --all sets SIZE_MAX.
  size_t limit = kDefaultPageLimit;
  bool all = false;
  OutputFormat format = OutputFormat::kTable;
  GraphOutput graph;  // --format graphml, dot, ...: the answer as a graph
};

// "… and 12 more neighbours; use --limit or --all" when the limit left
// some out.
std::string More(const queries::NeighborsResult& r) {
  return MoreLine(r.total - r.neighbors.size(), "neighbours") + " or --all";
}

// A node in a few words: "Point 2" for a clause, else NodeName.
std::string ShortName(const graph::Node& n) {
  if (n.kind != graph::NodeKind::kClause) return NodeName(n);
  std::string ordinal = n.props.GetString(prop::kOrdinal);
  return ordinal.empty() ? n.label : "Point " + ordinal;
}

// The edge a neighbour was reached by, "it" standing for the neighbour:
// "Joseph Stalin AUTHORED → it, 1951-08-28", "it ADDRESSED_TO → Joseph
// Stalin, 1951-06-14".
std::string ViaText(const queries::Neighbor& n, const std::string& via_name) {
  std::string kind(graph::EdgeKindName(n.via.edge.kind));
  std::string text = n.via.forward ? via_name + " " + kind + " → it"
                                   : "it " + kind + " → " + via_name;
  return n.via.date.empty() ? text : text + ", " + n.via.date;
}

void PrintTable(const queries::NeighborsResult& r) {
  std::map<graph::NodeId, std::string> names = {
      {r.centre.id, ShortName(r.centre)}};
  for (const queries::Neighbor& n : r.neighbors)
    names[n.node.id] = ShortName(n.node);
  std::cout << WrapLabelled("",
                            NodeName(r.centre) + "  [" + r.centre.id + "], " +
                                std::to_string(r.total) +
                                (r.total == 1 ? " neighbour" : " neighbours"));
  int hops = 0;
  for (const queries::Neighbor& n : r.neighbors) {
    if (n.hops != hops) {
      hops = n.hops;
      std::cout << "\n" << hops << (hops == 1 ? " hop" : " hops") << "\n";
    }
    std::string kind(graph::NodeKindName(n.node.kind));
    std::cout << WrapLabelled(
        "  ", NodeName(n.node) + "  (" + kind + ") [" + n.node.id + "]");
    std::cout << WrapLabelled("      ", ViaText(n, names[n.via_node]));
  }
  if (r.total > r.neighbors.size()) std::cout << "\n" << More(r) << "\n";
}

void PrintCsv(const queries::NeighborsResult& r) {
  std::cout << "hops,id,kind,label,via_kind,via_node,walked,date\n";
  for (const queries::Neighbor& n : r.neighbors) {
    std::cout << n.hops << ',' << CsvField(n.node.id) << ','
              << graph::NodeKindName(n.node.kind) << ','
              << CsvField(NodeName(n.node)) << ','
              << graph::EdgeKindName(n.via.edge.kind) << ','
              << CsvField(n.via_node) << ','
              << (n.via.forward ? "forward" : "backward") << ','
              << CsvField(n.via.date) << '\n';
  }
  // CSV holds only rows: what --limit left out is said on stderr.
  if (r.total > r.neighbors.size()) std::cerr << More(r) << "\n";
}

void PrintJsonResult(const queries::NeighborsResult& r,
                     const NeighborsOptions& options) {
  ordered_json nodes = ordered_json::array();
  for (const queries::Neighbor& n : r.neighbors) {
    ordered_json item = NodeRefJson(n.node);
    item["hops"] = n.hops;
    item["via"] = {{"node", n.via_node},
                   {"kind", std::string(graph::EdgeKindName(n.via.edge.kind))},
                   {"forward", n.via.forward},
                   {"date", n.via.date}};
    nodes.push_back(std::move(item));
  }
  ordered_json edges = ordered_json::array();
  for (const graph::Edge& e : r.edges) {
    edges.push_back({{"source", e.source},
                     {"target", e.target},
                     {"kind", std::string(graph::EdgeKindName(e.kind))},
                     {"props", queries::ToJson(e.props)}});
  }
  ordered_json out = {{"centre", NodeRefJson(r.centre)},
                      {"depth", options.depth}};
  // Whenever a limit applies (not with --all), as show does.
  if (options.limit != SIZE_MAX) {
    out["total"] = r.total;
    out["truncated"] = r.total > r.neighbors.size();
  }
  out["neighbors"] = std::move(nodes);
  out["edges"] = std::move(edges);
  PrintJson(out);
}

int RunNeighbors(const NeighborsOptions& options, Context& context) {
  auto kinds = EdgeKindsOption(options.kinds, graph::EdgeKindSet::All());
  if (!kinds.ok()) return ReportError(kinds.status());
  auto store = context.OpenForRead();
  if (!store.ok()) return ReportError(store.status());
  auto reader = (*store)->NewReader();
  queries::Snapshot snapshot(*reader);
  QueryKnowledge knowledge(context);
  queries::NeighborsQuery query;
  query.node = options.node;
  query.depth = options.depth;
  query.kinds = *kinds;
  query.directed = options.outward;
  query.hint = knowledge.NameHint();
  query.limit = options.limit;
  // Only JSON lists the edges among the neighbours.
  query.with_edges = options.format == OutputFormat::kJson;
  auto result = queries::Neighbors(snapshot, query);
  if (!result.ok()) return ReportError(result.status());
  bool none = result->neighbors.empty();
  if (options.graph.format) {
    const int code =
        WriteAnswerGraph(options.graph, snapshot, queries::AnswerOf(*result));
    if (code != kExitOk) return code;
    // A graph file holds only the answer: what the limit left out is said
    // on stderr, as for CSV.
    if (result->total > result->neighbors.size())
      std::cerr << More(*result) << "\n";
  } else {
    switch (options.format) {
      case OutputFormat::kTable:
        if (!none) PrintTable(*result);
        break;
      case OutputFormat::kJson:
        PrintJsonResult(*result, options);
        break;
      case OutputFormat::kCsv:
        PrintCsv(*result);
        break;
    }
  }
  if (none) {
    return NothingFound(result->centre.id +
                        " has no neighbours over those edges");
  }
  return kExitOk;
}

}  // namespace

void SetupNeighborsCommand(CLI::App& app, Context& context) {
  auto options = std::make_shared<NeighborsOptions>();
  CLI::App* command = app.add_subcommand(
      "neighbors",
      "The nodes within N hops of a node, and the edges that reach them");
  command->alias("neighbours");
  command->add_option("node", options->node, "a node id or a name")->required();
  command->add_option("--depth", options->depth, "hops (default 1)")
      ->check(CLI::Range(0, 100));
  command->add_option(
      "--kinds", options->kinds,
      "edge kinds to follow, e.g. AUTHORED,PROPOSES (default: all)");
  command->add_flag("--out", options->outward,
                    "follow edges only outwards, from source to target");
  AddPageLimitOptions(*command, options->limit, options->all, "neighbours");
  AddAnswerFormatOption(*command, options->format, options->graph);
  command->callback([options, &context]() {
    ApplyAll(options->all, options->limit);
    context.exit_code = RunNeighbors(*options, context);
  });
}

}  // namespace parley::cli
