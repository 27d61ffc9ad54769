#include "cli/ingest_command.h"

#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cli/page_writer.h"
#include "cli/parallel_pages.h"
#include "queries/json_value.h"

namespace parley::cli {
namespace {

struct IngestOptions {
  std::vector<std::string> paths;              // "-" is standard input
  OutputFormat format = OutputFormat::kTable;  // --format table|json
  int jobs = 1;                                // --jobs, see AddJobsOption
};

// One line of a fragments file, or a file that cannot be read.
struct FragmentLine {
  std::string where;  // "FILE:LINE", or "FILE" for an unreadable file
  std::string text;
  Status error;
};

// The lines of the files, one after another ("-" is standard input); blank
// lines are skipped.
class FragmentLines {
 public:
  explicit FragmentLines(const std::vector<std::string>& paths)
      : paths_(paths) {}

  std::optional<FragmentLine> Next() {
    for (;;) {
      if (in_ == nullptr) {
        if (next_path_ == paths_.size()) return std::nullopt;
        name_ = paths_[next_path_++];
        line_ = 0;
        if (name_ == "-") {
          in_ = &std::cin;
        } else {
          file_ = std::ifstream(name_, std::ios::binary);
          if (!file_) {
            return FragmentLine{
                name_, "",
                Status::InvalidArgument(name_ + ": cannot open file")};
          }
          in_ = &file_;
        }
      }
      std::string text;
      if (!std::getline(*in_, text)) {
        bool bad = in_->bad();
        in_ = nullptr;
        file_.close();
        if (bad) {
          return FragmentLine{name_, "",
                              Status::IOError(name_ + ": read error")};
        }
        continue;
      }
      ++line_;
      if (text.find_first_not_of(" \t\r") == std::string::npos) continue;
      return FragmentLine{name_ + ":" + std::to_string(line_), std::move(text),
                          Status::Ok()};
    }
  }

 private:
  const std::vector<std::string>& paths_;
  size_t next_path_ = 0;
  std::string name_;
  size_t line_ = 0;
  std::ifstream file_;
  std::istream* in_ = nullptr;
};

// A line read back into the page it holds: the name its report gives (the
// page's source path, as import reports it) and the fragment, or an error
// naming the file and line.
ReadPage ParseLine(FragmentLine line) {
  if (!line.error.ok()) return {line.where, line.error};
  nlohmann::json json =
      nlohmann::json::parse(line.text, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) {
    return {line.where,
            Status::InvalidArgument(line.where + ": not a line of JSON")};
  }
  Result<graph::Fragment> fragment = queries::FragmentFromJson(json);
  if (!fragment.ok())
    return {line.where, fragment.status().WithContext(line.where)};
  std::string file =
      fragment->source_path.empty() ? line.where : fragment->source_path;
  return {std::move(file), std::move(fragment)};
}

int RunIngest(const IngestOptions& options, Context& context) {
  Progress progress("ingest", 0);
  auto writer = PageWriter::Open(context, options.format == OutputFormat::kJson,
                                 &progress);
  if (!writer.ok()) return ReportError(writer.status());
  // A fragment's path may have been typed in another folder, or on another
  // machine: a file is known by it only when it is absolute.
  (*writer)->KnowRelativePaths(false);
  FragmentLines lines(options.paths);
  size_t done = 0;
  // Lines are parsed on `jobs` threads and stored here, in their order.
  RunInOrder<FragmentLine, ReadPage>(
      options.jobs, [&] { return lines.Next(); }, ParseLine,
      [&](ReadPage page) {
        (*writer)->Add(page.file, std::move(page.fragment));
        progress.Update(++done);
      },
      ReadAheadOfPages(PageWriter::kGroupPages));
  return (*writer)->Finish();
}

}  // namespace

void SetupIngestCommand(CLI::App& app, Context& context) {
  auto options = std::make_shared<IngestOptions>();
  CLI::App* command = app.add_subcommand(
      "ingest",
      "Store the pages `parley extract` wrote (one JSON line each; - reads "
      "standard input), linked as import links them");
  command
      ->add_option("files", options->paths,
                   "fragment files (.jsonl) from parley extract, or -")
      ->required();
  AddJobsOption(*command, options->jobs);
  AddReportFormatOption(*command, options->format, "page");
  command->callback([options, &context]() {
    context.exit_code = RunIngest(*options, context);
  });
}

}  // namespace parley::cli
