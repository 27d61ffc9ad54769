// The `parley` command: wires the subcommands (one file each) together.
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/backup_command.h"
#include "cli/check_command.h"
#include "cli/cite_command.h"
#include "cli/compare_command.h"
#include "cli/context.h"
#include "cli/draw_command.h"
#include "cli/export_command.h"
#include "cli/extract_command.h"
#include "cli/import_command.h"
#include "cli/ingest_command.h"
#include "cli/neighbors_command.h"
#include "cli/output.h"
#include "cli/path_command.h"
#include "cli/repair_command.h"
#include "cli/search_command.h"
#include "cli/show_command.h"
#include "cli/stances_command.h"
#include "cli/stats_command.h"
#include "cli/timeline_command.h"
#include "cli/trace_command.h"
#include "cli/view_command.h"
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
  parley::cli::SetupViewCommand(app, context);
  parley::cli::SetupDrawCommand(app, context);
  parley::cli::SetupCompareCommand(app, context);
  parley::cli::SetupCiteCommand(app, context);
  parley::cli::SetupCheckCommand(app, context);
  parley::cli::SetupRepairCommand(app, context);
  parley::cli::SetupBackupCommands(app, context);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help and --version print and end with 0; a usage error is one line
    // on stderr, as every other error is, and exit code 2.
    if (e.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) {
      app.exit(e);
      return parley::cli::FinishStandardOutput(parley::cli::kExitOk);
    }
    std::cerr << "parley: " << e.what() << " (see --help)\n";
    return parley::cli::FinishStandardOutput(parley::cli::kExitBadInput);
  } catch (const parley::cli::ReadFailure& failure) {
    // A query's read failed (the database is damaged): one line, exit 3.
    return parley::cli::FinishStandardOutput(
        parley::cli::ReportError(failure.status()));
  }
  return parley::cli::FinishStandardOutput(context.exit_code);
}
