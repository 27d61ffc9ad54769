#include "cli/graph_output.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string_view>
#include <vector>

#include "cli/output.h"

namespace parley::cli {
namespace {

namespace fs = std::filesystem;

AnswerCapture* current_capture = nullptr;

// The export format a query command's --format names; "json" is the
// command's own.
std::optional<queries::ExportFormat> GraphFormat(const std::string& name) {
  std::string lower;
  for (char c : name)
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "graph" || lower == "parley-graph")
    return queries::ExportFormat::kJson;
  if (lower == "json") return std::nullopt;
  return queries::ParseExportFormat(lower);
}

std::string GraphFormatList() {
  std::string names = "graph";
  for (std::string_view n : queries::ExportFormatNames()) {
    if (n != "json") names += ", " + std::string(n);
  }
  return names;
}

// Registers --format: `own` tries the command's formats first.
void AddFormat(CLI::App& command,
               const std::function<bool(const std::string&)>& own,
               const std::string& own_names, GraphOutput& graph) {
  command
      .add_option_function<std::string>(
          "--format",
          [own, own_names, &graph](const std::string& name) {
            if (own(name)) {
              graph.format.reset();
              return;
            }
            graph.format = GraphFormat(name);
            if (!graph.format) {
              throw CLI::ValidationError(
                  "--format", "'" + name + "' is not one of " + own_names +
                                  ", or a graph format: " + GraphFormatList());
            }
          },
          "output: " + own_names + "; or the answer as a graph: " +
              GraphFormatList() + " (as export writes them; graph is its JSON)")
      ->type_name("FORMAT");
  command.add_option("-o,--output", graph.output,
                     "with a graph format: write to FILE (FOLDER for neo4j) "
                     "instead of standard output");
}

// A failed write named by its file, with the system's reason when it gave
// one ("No space left on device").
Status WriteError(const std::string& file, const Status& status, int error) {
  if (status.code() != Status::Code::kIOError) return status.WithContext(file);
  std::string message = file + ": " + status.message();
  if (error != 0) message += std::string(": ") + std::strerror(error);
  return Status::IOError(message);
}

// A temporary name beside `path`, unique to this process.
std::string TempBeside(const std::string& path) {
  return path + ".tmp-" + std::to_string(::getpid());
}

// Writes `path` through `write` to `target` (itself or a temporary name).
Status WriteTo(const std::string& path, const std::string& target,
               const std::function<Status(std::ostream&)>& write) {
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
  return s.ok() ? s : WriteError(path, s, errno);
}

// The formats of several files (neo4j) go into a folder: every file is
// written to a temporary name first, and renamed only when all are written.
int WriteToFolder(const graph::GraphView& graph, queries::ExportFormat format,
                  const std::string& folder) {
  const std::vector<std::string_view> names = queries::ExportFileNames(format);
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
    Status s = WriteTo(path, tmp, [&](std::ostream& out) {
      return queries::WriteExportFile(graph, format, name, out);
    });
    if (!s.ok()) {
      fs::remove(tmp, ec);
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
  return ReportWritten(what, graph.node_count(), graph.edge_count());
}

}  // namespace

void AddAnswerFormatOption(CLI::App& command, OutputFormat& format,
                           GraphOutput& graph) {
  AddFormat(
      command,
      [&format](const std::string& name) {
        std::string lower;
        for (char c : name)
          lower +=
              static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (lower == "table")
          format = OutputFormat::kTable;
        else if (lower == "json")
          format = OutputFormat::kJson;
        else if (lower == "csv")
          format = OutputFormat::kCsv;
        else
          return false;
        return true;
      },
      "table (default), json, csv", graph);
}

void AddAnswerFormatOption(CLI::App& command, TableFormat& format,
                           GraphOutput& graph) {
  AddFormat(
      command,
      [&format](const std::string& name) {
        std::optional<TableFormat> f = ParseTableFormat(name);
        if (f) format = *f;
        return f.has_value();
      },
      "table (default), json, md (Markdown), latex, csv (RFC 4180)", graph);
}

Status WriteFileAtomically(const std::string& path,
                           const std::function<Status(std::ostream&)>& write) {
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (fs::is_directory(st)) {
    return Status::InvalidArgument(path + ": is a folder; give a file name");
  }
  if (fs::exists(st) && !fs::is_regular_file(st))
    return WriteTo(path, path, write);
  const std::string tmp = TempBeside(path);
  Status s;
  try {
    s = WriteTo(path, tmp, write);
  } catch (...) {
    // A read that met damage ends the command by an exception (exit 3):
    // nothing half-written is left beside the file.
    fs::remove(tmp, ec);
    throw;
  }
  if (s.ok()) {
    fs::rename(tmp, path, ec);
    if (ec) s = Status::IOError(path + ": " + ec.message());
  }
  if (!s.ok()) fs::remove(tmp, ec);
  return s;
}

int ReportWritten(const std::string& what, size_t nodes, size_t edges) {
  std::cerr << "wrote " << what << " (" << nodes << " nodes, " << edges
            << " edges)\n";
  return kExitOk;
}

int WriteGraph(const graph::GraphView& view, queries::ExportFormat format,
               const std::string& output) {
  if (!queries::ExportFileNames(format).empty()) {
    return WriteToFolder(view, format, output);
  }
  if (output.empty() || output == "-") {
    errno = 0;
    // Each format escapes for its own consumer; the data passes as it is.
    UnescapedOutput export_as_written;
    Status s = queries::WriteExport(view, format, std::cout);
    return s.ok() ? kExitOk
                  : ReportError(WriteError("standard output", s, errno));
  }
  Status s = WriteFileAtomically(output, [&](std::ostream& out) {
    return queries::WriteExport(view, format, out);
  });
  if (!s.ok()) return ReportError(s);
  return ReportWritten(output, view.node_count(), view.edge_count());
}

int WriteAnswerGraph(const GraphOutput& graph, queries::Snapshot& snapshot,
                     queries::AnswerGraph answer) {
  if (current_capture != nullptr) {
    current_capture->answer = std::move(answer);
    return kExitOk;
  }
  queries::Selection selection;
  selection.answer = std::move(answer);
  auto data = queries::Select(snapshot, selection);
  if (!data.ok()) return ReportError(data.status());
  const graph::GraphView view(std::move(data->nodes), std::move(data->edges));
  return WriteGraph(view, *graph.format, graph.output);
}

AnswerCapture::AnswerCapture() { current_capture = this; }
AnswerCapture::~AnswerCapture() { current_capture = nullptr; }

}  // namespace parley::cli
