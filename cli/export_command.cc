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

#include "cli/output.h"
#include "queries/export.h"

namespace parley::cli {
namespace {

namespace fs = std::filesystem;

struct ExportOptions {
  std::string format = "json";
  std::string output;
};

std::string FormatList() {
  std::string names;
  for (auto n : queries::ExportFormatNames()) {
    names += (names.empty() ? "" : ", ") + std::string(n);
  }
  return names;
}

// A failed write named by its file, with the system's reason when it gave
// one ("No space left on device").
Status WriteError(const std::string& file, const Status& status, int error) {
  if (status.code() != Status::Code::kIOError) return status.WithContext(file);
  std::string message = file + ": " + status.message();
  if (error != 0) message += std::string(": ") + std::strerror(error);
  return Status::IOError(message);
}

// Writes one file of the export. A regular file (or a new one) is written
// beside its place and renamed over it, so no reader ever sees half a file
// and a failed export leaves what was there; a device or pipe
// (/dev/stdout, /dev/full, a FIFO) is written in place.
Status WriteFile(const std::string& path, const std::string& tmp,
                 const std::function<Status(std::ostream&)>& write) {
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  const bool in_place = fs::exists(st) && !fs::is_regular_file(st);
  if (fs::is_directory(st)) {
    return Status::InvalidArgument(path + ": is a folder; give a file name");
  }
  const std::string target = in_place ? path : tmp;
  std::ofstream out(target, std::ios::binary | std::ios::trunc);
  if (!out) {
    return Status::IOError(path + ": cannot write: " + std::strerror(errno));
  }
  errno = 0;
  Status s = write(out);
  if (s.ok()) {
    out.close();
    if (!out) s = Status::IOError("could not write the export");
  }
  if (!s.ok()) {
    const int error = errno;
    if (!in_place) fs::remove(tmp, ec);
    return WriteError(path, s, error);
  }
  return Status::Ok();
}

// A temporary name beside `path`, unique to this process.
std::string TempBeside(const std::string& path) {
  return path + ".tmp-" + std::to_string(::getpid());
}

int ReportWritten(const std::string& what, const graph::GraphView& graph) {
  std::cerr << "wrote " << what << " (" << graph.node_count() << " nodes, "
            << graph.edge_count() << " edges)\n";
  return kExitOk;
}

// The formats of several files (neo4j) go into a folder: every file is
// written to a temporary name first, and renamed only when all are written.
int ExportToFolder(const graph::GraphView& graph, queries::ExportFormat format,
                   const std::vector<std::string_view>& names,
                   const std::string& folder) {
  if (folder.empty() || folder == "-") {
    return ReportError(Status::InvalidArgument(
        std::string(queries::ExportFormatName(format)) + " writes " +
        std::string(names[0]) + " and " + std::string(names[1]) +
        " into a folder: give -o FOLDER"));
  }
  std::error_code ec;
  fs::create_directories(folder, ec);
  if (ec || !fs::is_directory(folder)) {
    return ReportError(Status::IOError(
        folder + ": cannot create the folder" +
        (ec ? ": " + ec.message() : std::string(": a file is in the way"))));
  }
  std::vector<std::pair<std::string, std::string>> written;  // tmp, final
  for (std::string_view name : names) {
    const std::string path = (fs::path(folder) / name).string();
    const std::string tmp = TempBeside(path);
    Status s = WriteFile(path, tmp, [&](std::ostream& out) {
      return queries::WriteExportFile(graph, format, name, out);
    });
    if (!s.ok()) {
      for (const auto& [done, _] : written) fs::remove(done, ec);
      return ReportError(s);
    }
    written.emplace_back(tmp, path);
  }
  for (const auto& [tmp, path] : written) {
    fs::rename(tmp, path, ec);
    if (ec) {
      for (const auto& [left, _] : written) fs::remove(left, ec);
      return ReportError(Status::IOError(path + ": " + ec.message()));
    }
  }
  std::string what;
  for (const auto& [tmp, path] : written) {
    what += (what.empty() ? "" : " and ") + path;
  }
  return ReportWritten(what, graph);
}

int RunExport(const ExportOptions& options, Context& context) {
  auto format = queries::ParseExportFormat(options.format);
  if (!format) {
    return ReportError(
        Status::InvalidArgument("unknown export format '" + options.format +
                                "' (one of: " + FormatList() + ")"));
  }
  const std::vector<std::string_view> files = queries::ExportFileNames(*format);
  if (!files.empty() && (options.output.empty() || options.output == "-")) {
    return ExportToFolder(graph::GraphView({}, {}), *format, files, "");
  }
  auto store = context.OpenForRead();
  if (!store.ok()) return ReportError(store.status());
  auto reader = (*store)->NewReader();
  queries::GraphData data = queries::LoadGraph(*reader);
  // The view takes the lists over: no second copy of the graph in memory.
  graph::GraphView graph(std::move(data.nodes), std::move(data.edges));
  if (!files.empty()) {
    return ExportToFolder(graph, *format, files, options.output);
  }
  if (options.output.empty() || options.output == "-") {
    errno = 0;
    // Each format escapes for its own consumer; the data passes as it is.
    UnescapedOutput export_as_written;
    Status s = queries::WriteExport(graph, *format, std::cout);
    return s.ok() ? kExitOk
                  : ReportError(WriteError("standard output", s, errno));
  }
  const std::string tmp = TempBeside(options.output);
  Status s = WriteFile(options.output, tmp, [&](std::ostream& out) {
    return queries::WriteExport(graph, *format, out);
  });
  if (!s.ok()) return ReportError(s);
  std::error_code ec;
  if (fs::exists(tmp, ec)) {
    fs::rename(tmp, options.output, ec);
    if (ec) {
      fs::remove(tmp, ec);
      return ReportError(Status::IOError(options.output + ": " + ec.message()));
    }
  }
  return ReportWritten(options.output, graph);
}

}  // namespace

void SetupExportCommand(CLI::App& app, Context& context) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* command =
      app.add_subcommand("export", "Export the graph (" + FormatList() + ")");
  command->add_option("--format,-f", options->format,
                      "json (default), dot, graphml, gexf, cypher, "
                      "cytoscape, turtle, jsonld, or neo4j (nodes.csv and "
                      "relationships.csv into the folder -o names)");
  command->add_option("-o,--output", options->output,
                      "write to FILE (FOLDER for neo4j) instead of standard "
                      "output");
  command->callback([options, &context]() {
    context.exit_code = RunExport(*options, context);
  });
}

}  // namespace parley::cli
