#include "cli/export_command.h"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "queries/export.h"

namespace parley::cli {
namespace {

struct ExportOptions {
  std::string format = "json";
  std::string output;
};

int RunExport(const ExportOptions& options, Context& context) {
  auto format = queries::ParseExportFormat(options.format);
  if (!format) {
    std::string names;
    for (auto n : queries::ExportFormatNames())
      names += (names.empty() ? "" : ", ") + std::string(n);
    return ReportError(Status::InvalidArgument("unknown export format '" +
                                               options.format +
                                               "' (one of: " + names + ")"));
  }
  auto store = context.OpenForRead();
  if (!store.ok()) return ReportError(store.status());
  auto reader = (*store)->NewReader();
  queries::GraphData data = queries::LoadGraph(*reader);
  // The view takes the lists over: no second copy of the graph in memory.
  graph::GraphView graph(std::move(data.nodes), std::move(data.edges));
  if (options.output.empty() || options.output == "-") {
    Status s = queries::WriteExport(graph, *format, std::cout);
    return s.ok() ? kExitOk : ReportError(s);
  }
  // Written beside the target and renamed, so a reader never sees half a file.
  std::string tmp = options.output + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary);
    if (!out)
      return ReportError(Status::IOError(options.output + ": cannot write"));
    Status s = queries::WriteExport(graph, *format, out);
    if (!s.ok()) return ReportError(s.WithContext(options.output));
  }
  std::error_code ec;
  std::filesystem::rename(tmp, options.output, ec);
  if (ec)
    return ReportError(Status::IOError(options.output + ": " + ec.message()));
  std::cerr << "wrote " << options.output << " (" << graph.node_count()
            << " nodes, " << graph.edge_count() << " edges)\n";
  return kExitOk;
}

}  // namespace

void SetupExportCommand(CLI::App& app, Context& context) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* command = app.add_subcommand(
      "export", "Export the graph (json, dot, graphml, gexf, cypher)");
  command->add_option("--format,-f", options->format,
                      "json (default), dot, graphml, gexf or cypher");
  command->add_option("-o,--output", options->output,
                      "write to FILE instead of standard output");
  command->callback([options, &context]() {
    context.exit_code = RunExport(*options, context);
  });
}

}  // namespace parley::cli
