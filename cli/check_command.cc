#include "cli/check_command.h"

#include <CLI/CLI.hpp>
#include <chrono>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "cli/output.h"
#include "storage/integrity.h"

namespace parley::cli {
namespace {

struct CheckOptions {
  size_t max_listed = 20;
  OutputFormat format = OutputFormat::kTable;
};

int RunCheck(const CheckOptions& options, Context& context) {
  auto start = std::chrono::steady_clock::now();
  auto report = storage::CheckDatabase(context.db_path, options.max_listed);
  if (!report.ok()) return ReportError(report.status());
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  const storage::CheckReport& r = *report;
  if (options.format == OutputFormat::kJson) {
    nlohmann::ordered_json j = {
        {"database", context.db_path},          {"clean", r.clean()},
        {"column_families", r.column_families}, {"records", r.records},
        {"problem_count", r.problem_count},     {"problems", r.problems}};
    UnescapedOutput json_as_written;
    std::cout << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
              << "\n";
  } else {
    for (const std::string& problem : r.problems) std::cout << problem << "\n";
    if (r.problem_count > r.problems.size()) {
      std::cout << "... and " << (r.problem_count - r.problems.size())
                << " more\n";
    }
    char time[32];
    std::snprintf(time, sizeof time, "%.2f s", seconds);
    std::cout << context.db_path << ": " << r.records << " records in "
              << r.column_families << " column families checked in " << time
              << ": ";
    if (r.clean()) {
      std::cout << "no damage found\n";
    } else {
      std::cout << r.problem_count
                << (r.problem_count == 1 ? " problem" : " problems")
                << " (parley repair rebuilds the database from its page "
                   "texts)\n";
    }
  }
  return r.clean() ? kExitOk : kExitDamaged;
}

}  // namespace

void SetupCheckCommand(CLI::App& app, Context& context) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* command = app.add_subcommand(
      "check",
      "Verify the whole database: checksums, every record, the layout; "
      "exit 3 when damaged");
  command->add_option("--max", options->max_listed,
                      "list at most this many problems (default 20); all "
                      "are counted");
  std::map<std::string, OutputFormat> formats = {
      {"table", OutputFormat::kTable}, {"json", OutputFormat::kJson}};
  command->add_option("--format", options->format, "table (default) or json")
      ->transform(
          CLI::CheckedTransformer(formats, CLI::ignore_case).description(""))
      ->type_name("table|json");
  command->callback([options, &context]() {
    context.exit_code = RunCheck(*options, context);
  });
}

}  // namespace parley::cli
