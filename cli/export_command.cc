#include "cli/export_command.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <string_view>
#include <vector>

#include "cli/export_query.h"
#include "cli/graph_output.h"
#include "cli/output.h"
#include "cli/query_support.h"
#include "queries/export.h"
#include "queries/selection.h"

namespace parley::cli {
namespace {

struct ExportOptions {
  std::string format = "json";
  std::string output;
  std::string query;
  std::string focus;
  int depth = 1;
  std::string kinds;
  std::string topics;
  std::string from, to;
};

std::string FormatList() {
  std::string names;
  for (auto n : queries::ExportFormatNames()) {
    names += (names.empty() ? "" : ", ") + std::string(n);
  }
  return names;
}

// The whole graph, as it always was: the JSON contract streamed from the
// reader, the other formats through one view.
int ExportWhole(storage::Reader& reader, queries::ExportFormat format,
                const std::string& output) {
  if (!queries::ExportFileNames(format).empty()) {
    queries::GraphData data = queries::LoadGraph(reader);
    // The view takes the lists over: no second copy of the graph in memory.
    const graph::GraphView view(std::move(data.nodes), std::move(data.edges));
    return WriteGraph(view, format, output);
  }
  queries::ExportCounts counts;
  if (output.empty() || output == "-") {
    errno = 0;
    UnescapedOutput export_as_written;
    Status s = queries::WriteExport(reader, format, std::cout, counts);
    if (s.ok()) return kExitOk;
    const int error = errno;
    return ReportError(
        Status::IOError("standard output: " + s.message() +
                        (error != 0 ? std::string(": ") + std::strerror(error)
                                    : std::string())));
  }
  Status s = WriteFileAtomically(output, [&](std::ostream& out) {
    return queries::WriteExport(reader, format, out, counts);
  });
  if (!s.ok()) return ReportError(s);
  return ReportWritten(output, counts.nodes, counts.edges);
}

int RunExport(const ExportOptions& options, Context& context) {
  auto format = queries::ParseExportFormat(options.format);
  if (!format) {
    return ReportError(
        Status::InvalidArgument("unknown export format '" + options.format +
                                "' (one of: " + FormatList() + ")"));
  }
  const bool folder = !queries::ExportFileNames(*format).empty();
  if (folder && (options.output.empty() || options.output == "-")) {
    return WriteGraph(graph::GraphView({}, {}), *format, "");
  }
  queries::Selection selection;
  Status parsed = queries::ParseKinds(options.kinds, selection.node_kinds,
                                      selection.edge_kinds);
  if (!parsed.ok()) return ReportError(parsed);
  selection.topics = queries::ParseTopics(options.topics);
  selection.focus = options.focus;
  selection.depth = options.depth;
  selection.from = options.from;
  selection.to = options.to;
  int exit_code = kExitOk;
  if (!options.query.empty()) {
    auto ran = RunQueryLine(options.query, context);
    if (!ran.ok()) return ReportError(ran.status());
    if (!ran->answer) return ran->exit_code;
    // Nothing found is still written (an empty graph), and exits 1.
    selection.answer = std::move(ran->answer);
    exit_code = ran->exit_code;
  }
  auto store = context.OpenForRead();
  if (!store.ok()) return ReportError(store.status());
  auto reader = (*store)->NewReader();
  if (selection.whole()) return ExportWhole(*reader, *format, options.output);
  queries::Snapshot snapshot(*reader);
  QueryKnowledge knowledge(context);
  selection.hint = knowledge.NameHint();
  auto data = queries::Select(snapshot, selection);
  if (!data.ok()) return ReportError(data.status());
  const graph::GraphView view(std::move(data->nodes), std::move(data->edges));
  const int written = WriteGraph(view, *format, options.output);
  return written != kExitOk ? written : exit_code;
}

}  // namespace

void SetupExportCommand(CLI::App& app, Context& context) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* command = app.add_subcommand(
      "export",
      "Export the graph, or the part a selection names (" + FormatList() + ")");
  command->add_option("--format,-f", options->format,
                      "json (default), dot, graphml, gexf, cypher, "
                      "cytoscape, turtle, jsonld, or neo4j (nodes.csv and "
                      "relationships.csv into the folder -o names)");
  command->add_option("-o,--output", options->output,
                      "write to FILE (FOLDER for neo4j) instead of standard "
                      "output");
  command->add_option("--query", options->query,
                      "only the answer of a query command line, e.g. "
                      "\"trace buffer zone\", \"path 'Kim Il Sung' "
                      "Stalin\" (who-proposed, trace, neighbors, path, "
                      "timeline)");
  command->add_option("--focus", options->focus,
                      "only the nodes within --depth hops of this node (an "
                      "id or a name)");
  command
      ->add_option("--depth", options->depth, "hops from --focus (default 1)")
      ->check(CLI::Range(0, 100));
  command->add_option("--kinds", options->kinds,
                      "only nodes of these kinds (person, organization, "
                      "place, document, clause, delegation) and edges of "
                      "these kinds (AUTHORED, STANCE, ...)");
  command->add_option("--topics", options->topics,
                      "only clauses of these topics (buffer-zone, ...) with "
                      "their documents, proposers, stances and versions");
  command
      ->add_option("--from", options->from,
                   "only documents from this date (YYYY, YYYY-MM or "
                   "YYYY-MM-DD) and what they evidence")
      ->check(DateBound());
  command
      ->add_option("--to", options->to,
                   "only documents up to this date and what they evidence")
      ->check(DateBound());
  command->callback([options, &context]() {
    context.exit_code = RunExport(*options, context);
  });
}

}  // namespace parley::cli
