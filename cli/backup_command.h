// `parley backup DIR` and `parley restore DIR`: backups of the database
// through RocksDB's BackupEngine (storage/backup.h).
#ifndef PARLEY_CLI_BACKUP_COMMAND_H_
#define PARLEY_CLI_BACKUP_COMMAND_H_

#include "cli/context.h"

namespace parley::cli {

// Registers both commands: they are one pair, over one folder of backups.
void SetupBackupCommands(CLI::App& app, Context& context);

}  // namespace parley::cli

#endif  // PARLEY_CLI_BACKUP_COMMAND_H_
