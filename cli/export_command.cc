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

#include "cli/graph_output.h"
#include "cli/output.h"
#include "cli/query_support.h"
#include "cli/selection_options.h"
#include "queries/export.h"
#include "queries/selection.h"

namespace parley::cli {
namespace {

struct ExportOptions {
  std::string format = "json";
  std::string output;
  SelectionOptions selection;
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
  int exit_code = kExitOk;
  auto built = BuildSelection(options.selection, context, exit_code);
  if (!built.ok()) return ReportError(built.status());
  // A query that failed before answering has said why.
  if (!built->answer && !options.selection.query.empty()) return exit_code;
  queries::Selection selection = std::move(built).value();
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
  AddSelectionOptions(*command, options->selection);
  command->callback([options, &context]() {
    context.exit_code = RunExport(*options, context);
  });
}

}  // namespace parley::cli
