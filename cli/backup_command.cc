#include "cli/backup_command.h"

#include <CLI/CLI.hpp>
#include <iostream>

#include "storage/backup.h"

namespace parley::cli {
namespace {

int RunBackup(const std::string& folder, Context& context) {
  auto backup = storage::BackupDatabase(context.db_path, folder);
  if (!backup.ok()) return ReportError(backup.status());
  std::cout << "backed up " << context.db_path << " as backup " << backup->id
            << " in " << folder << " (" << backup->files << " files, "
            << backup->bytes << " bytes; " << backup->backups
            << (backup->backups == 1 ? " backup" : " backups") << " there)\n";
  return kExitOk;
}

int RunRestore(const std::string& folder, Context& context) {
  auto restored = storage::RestoreDatabase(folder, context.db_path);
  if (!restored.ok()) return ReportError(restored.status());
  std::cout << "restored backup " << restored->id << " of " << folder << " as "
            << context.db_path << " (" << restored->pages
            << " pages; full-text index rebuilt: " << restored->indexed
            << " pages)";
  if (!restored->replaced_kept.empty())
    std::cout << "; the database it replaced is kept at "
              << restored->replaced_kept;
  std::cout << "\n";
  return kExitOk;
}

}  // namespace

void SetupBackupCommands(CLI::App& app, Context& context) {
  auto backup_folder = std::make_shared<std::string>();
  CLI::App* backup = app.add_subcommand(
      "backup",
      "Back the database up into a folder of backups (RocksDB BackupEngine; "
      "not while an import runs)");
  backup->add_option("folder", *backup_folder, "the folder of backups")
      ->required();
  backup->callback([backup_folder, &context]() {
    context.exit_code = RunBackup(*backup_folder, context);
  });

  auto restore_folder = std::make_shared<std::string>();
  CLI::App* restore = app.add_subcommand(
      "restore",
      "Restore the latest backup of a folder as the database; the one it "
      "replaces is kept as DB.replaced-TIME");
  restore->add_option("folder", *restore_folder, "the folder of backups")
      ->required();
  restore->callback([restore_folder, &context]() {
    context.exit_code = RunRestore(*restore_folder, context);
  });
}

}  // namespace parley::cli
