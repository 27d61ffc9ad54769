// The `parley` command: wires the subcommands (one file each) together.
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/cite_command.h"
#include "cli/compare_command.h"
#include "cli/context.h"
#include "cli/export_command.h"
#include "cli/extract_command.h"
#include "cli/import_command.h"
#include "cli/ingest_command.h"
#include "cli/neighbors_command.h"
#include "cli/output.h"
#include "cli/path_command.h"
#include "cli/search_command.h"
#include "cli/show_command.h"
#include "cli/stances_command.h"
#include "cli/stats_command.h"
#include "cli/timeline_command.h"
#include "cli/trace_command.h"
#include "cli/who_proposed_command.h"

int main(int argc, char** argv) {
  // Control characters in the data reach no terminal raw (cli/output.h).
  parley::cli::EscapedStandardStreams escaped_streams;
  parley::cli::Context context;
  CLI::App app{
      "Parley: a knowledge graph of treaty proposals built from archival "
      "documents"};
  app.set_version_flag("--version", "parley 0.1");
  app.add_option("--db", context.db_path,
                 "database folder (default ./parley.db)");
  app.add_option("--data", context.data_dir,
                 "folder with gazetteer.tsv and topics.tsv");
  app.require_subcommand(1);
  parley::cli::SetupImportCommand(app, context);
  parley::cli::SetupExtractCommand(app, context);
  parley::cli::SetupIngestCommand(app, context);
  parley::cli::SetupWhoProposedCommand(app, context);
  parley::cli::SetupTraceCommand(app, context);
  parley::cli::SetupStancesCommand(app, context);
  parley::cli::SetupShowCommand(app, context);
  parley::cli::SetupPathCommand(app, context);
  parley::cli::SetupNeighborsCommand(app, context);
  parley::cli::SetupTimelineCommand(app, context);
  parley::cli::SetupSearchCommand(app, context);
  parley::cli::SetupStatsCommand(app, context);
  parley::cli::SetupExportCommand(app, context);
  parley::cli::SetupCompareCommand(app, context);
  parley::cli::SetupCiteCommand(app, context);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    // CLI11 uses 0 for --help; any usage error is exit code 2.
    return parley::cli::FinishStandardOutput(
        code == 0 ? 0 : parley::cli::kExitBadInput);
  }
  return parley::cli::FinishStandardOutput(context.exit_code);
}
