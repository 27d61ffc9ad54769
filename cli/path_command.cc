#include "cli/path_command.h"

#include <CLI/CLI.hpp>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/graph_output.h"
#include "cli/output.h"
#include "cli/query_support.h"
#include "queries/json_value.h"
#include "queries/paths.h"
#include "queries/selection.h"

namespace parley::cli {
namespace {

using nlohmann::ordered_json;

struct PathOptions {
  std::string from, to;
  std::string kinds;
  bool directed = false;
  size_t max_paths = 10;
  OutputFormat format = OutputFormat::kTable;
  GraphOutput graph;  // --format graphml, dot, ...: the answer as a graph
};

// "AUTHORED →" walked forwards, "← EMBEDS" backwards, with the date.
std::string EdgeText(const queries::PathStep& s) {
  std::string kind(graph::EdgeKindName(s.edge.kind));
  std::string text = s.forward ? kind + " →" : "← " + kind;
  return s.date.empty() ? text : text + "  " + s.date;
}

void PrintTable(const queries::PathResult& r) {
  size_t hops = r.paths.front().steps.size();
  std::cout << WrapLabelled(
      "", std::to_string(r.paths.size()) +
              (r.paths.size() == 1 ? " path" : " paths") + " of " +
              std::to_string(hops) + (hops == 1 ? " edge" : " edges") +
              " from " + NodeName(r.from) + " to " + NodeName(r.to));
  for (size_t p = 0; p < r.paths.size(); ++p) {
    const queries::FoundPath& path = r.paths[p];
    std::cout << "\nPath " << p + 1 << "\n";
    for (size_t i = 0; i < path.nodes.size(); ++i) {
      std::cout << WrapLabelled(
          "  ", NodeName(path.nodes[i]) + "  [" + path.nodes[i].id + "]");
      if (i < path.steps.size())
        std::cout << WrapLabelled("    │ ", EdgeText(path.steps[i]));
    }
  }
}

void PrintCsv(const queries::PathResult& r) {
  std::cout << "path,step,source,kind,target,walked,date\n";
  for (size_t p = 0; p < r.paths.size(); ++p) {
    for (size_t i = 0; i < r.paths[p].steps.size(); ++i) {
      const queries::PathStep& s = r.paths[p].steps[i];
      std::cout << p + 1 << ',' << i + 1 << ',' << CsvField(s.edge.source)
                << ',' << graph::EdgeKindName(s.edge.kind) << ','
                << CsvField(s.edge.target) << ','
                << (s.forward ? "forward" : "backward") << ','
                << CsvField(s.date) << '\n';
    }
  }
}

ordered_json StepJson(const queries::PathStep& s) {
  return {{"source", s.edge.source},
          {"target", s.edge.target},
          {"kind", std::string(graph::EdgeKindName(s.edge.kind))},
          {"forward", s.forward},
          {"date", s.date},
          {"props", queries::ToJson(s.edge.props)}};
}

void PrintJsonResult(const queries::PathResult& r) {
  ordered_json paths = ordered_json::array();
  for (const queries::FoundPath& path : r.paths) {
    ordered_json nodes = ordered_json::array();
    for (const graph::Node& n : path.nodes) nodes.push_back(NodeRefJson(n));
    ordered_json steps = ordered_json::array();
    for (const queries::PathStep& s : path.steps) steps.push_back(StepJson(s));
    paths.push_back({{"nodes", nodes}, {"edges", steps}});
  }
  PrintJson({{"from", NodeRefJson(r.from)},
             {"to", NodeRefJson(r.to)},
             {"paths", paths}});
}

int RunPath(const PathOptions& options, Context& context) {
  auto kinds = EdgeKindsOption(options.kinds, queries::DefaultPathKinds());
  if (!kinds.ok()) return ReportError(kinds.status());
  auto store = context.OpenForRead();
  if (!store.ok()) return ReportError(store.status());
  auto reader = (*store)->NewReader();
  queries::Snapshot snapshot(*reader);
  QueryKnowledge knowledge(context);
  queries::PathQuery query;
  query.from = options.from;
  query.to = options.to;
  query.kinds = *kinds;
  query.directed = options.directed;
  query.max_paths = options.max_paths;
  query.hint = knowledge.NameHint();
  auto result = queries::FindPaths(snapshot, query);
  if (!result.ok()) return ReportError(result.status());
  if (options.graph.format) {
    const int code =
        WriteAnswerGraph(options.graph, snapshot, queries::AnswerOf(*result));
    if (code != kExitOk || !result->paths.empty()) return code;
  }
  if (result->paths.empty()) {
    if (options.format == OutputFormat::kJson) PrintJsonResult(*result);
    if (options.format == OutputFormat::kCsv) PrintCsv(*result);
    return NothingFound(
        "no path joins " + result->from.id + " and " + result->to.id +
        (options.kinds.empty() ? " (MENTIONS left out; try --kinds all)" : ""));
  }
  switch (options.format) {
    case OutputFormat::kTable:
      PrintTable(*result);
      break;
    case OutputFormat::kJson:
      PrintJsonResult(*result);
      break;
    case OutputFormat::kCsv:
      PrintCsv(*result);
      break;
  }
  return kExitOk;
}

}  // namespace

void SetupPathCommand(CLI::App& app, Context& context) {
  auto options = std::make_shared<PathOptions>();
  CLI::App* command = app.add_subcommand(
      "path",
      "The shortest paths between two nodes, with edge kinds and dates");
  command
      ->add_option("from", options->from,
                   "a node id or a name (\"Kim Il Sung\", \"21404\")")
      ->required();
  command->add_option("to", options->to, "a node id or a name")->required();
  command->add_option(
      "--kinds", options->kinds,
      "edge kinds to follow, e.g. AUTHORED,EMBEDS,ADDRESSED_TO; \"all\"; "
      "default every kind but MENTIONS");
  command->add_flag(
      "--directed", options->directed,
      "follow edges only from source to target (default: both ways)");
  command
      ->add_option("--max", options->max_paths,
                   "at most this many paths (default 10)")
      ->check(CLI::PositiveNumber);
  AddAnswerFormatOption(*command, options->format, options->graph);
  command->callback([options, &context]() {
    context.exit_code = RunPath(*options, context);
  });
}

}  // namespace parley::cli
