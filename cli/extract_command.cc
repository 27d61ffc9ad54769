#include "cli/extract_command.h"

#include <CLI/CLI.hpp>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cli/output.h"
#include "cli/parallel_pages.h"
#include "queries/json_value.h"

namespace parley::cli {
namespace {

struct ExtractOptions {
  std::vector<std::string> paths;
  std::string output;                     // -o: a file, "" or "-" for stdout
  int jobs = 1;                           // --jobs, see AddJobsOption
  size_t max_page_bytes = kMaxPageBytes;  // --max-page-size
};

// A page's line of fragments.jsonl (with its '\n'), or the error naming the
// file.
Result<std::string> FragmentLine(ReadPage page) {
  if (!page.fragment.ok()) return page.fragment.status();
  try {
    return queries::ToJson(*page.fragment).dump() + "\n";
  } catch (const nlohmann::json::exception& e) {
    // Text that is not UTF-8 has no JSON form.
    return Status::InvalidArgument(page.file +
                                   ": cannot be written as JSON: " + e.what());
  }
}

int RunExtract(const ExtractOptions& options, Context& context) {
  auto knowledge = LoadKnowledge(context);
  if (!knowledge.ok()) return ReportError(knowledge.status());
  std::vector<InputFile> files = ExpandPaths(options.paths);
  std::ofstream file;
  bool to_stdout = options.output.empty() || options.output == "-";
  if (!to_stdout) {
    file.open(options.output, std::ios::binary | std::ios::trunc);
    if (!file) {
      return ReportError(Status::IOError(options.output + ": cannot write"));
    }
  }
  std::ostream& out = to_stdout ? std::cout : file;
  // JSON lines, escaped as JSON: the data passes as it is.
  UnescapedOutput json_lines;
  Progress progress("extract", files.size());
  int failed = 0;
  size_t next = 0, done = 0;
  // Pages are read and turned into JSON on `jobs` threads, written here in
  // file order.
  RunInOrder<size_t, Result<std::string>>(
      options.jobs,
      [&]() -> std::optional<size_t> {
        if (next == files.size()) return std::nullopt;
        return next++;
      },
      [&](size_t i) {
        return FragmentLine(
            ReadPageFile(files[i], *knowledge, {options.max_page_bytes}));
      },
      [&](Result<std::string> line) {
        if (line.ok()) {
          if (to_stdout) progress.ClearForStdout();
          out << *line;
        } else {
          progress.Clear();
          ReportError(line.status());
          ++failed;
        }
        progress.Update(++done);
      });
  progress.Clear();
  // Standard output is checked by main (FinishStandardOutput), a file here.
  if (!to_stdout) {
    errno = 0;
    file.close();
    if (!file) {
      return ReportError(Status::IOError(
          options.output + ": write error" +
          (errno != 0 ? std::string(" (") + std::strerror(errno) + ")" : "")));
    }
  }
  return failed > 0 ? kExitBadInput : kExitOk;
}

}  // namespace

void SetupExtractCommand(CLI::App& app, Context& context) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* command = app.add_subcommand(
      "extract",
      "Read pages without a database: one JSON line per page (its nodes and "
      "edges) for `parley ingest`");
  command
      ->add_option("paths", options->paths, "pages, JSON documents or folders")
      ->required();
  command->add_option("-o,--output", options->output,
                      "write to FILE instead of standard output (- too)");
  AddJobsOption(*command, options->jobs);
  AddMaxPageSizeOption(*command, options->max_page_bytes);
  command->callback([options, &context]() {
    context.exit_code = RunExtract(*options, context);
  });
}

}  // namespace parley::cli
