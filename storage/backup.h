// Backups of a database (`parley backup`, `parley restore`) through
// RocksDB's BackupEngine, and putting a rebuilt database in the place of
// another (restore, `parley repair`). No RocksDB header here.
#ifndef PARLEY_STORAGE_BACKUP_H_
#define PARLEY_STORAGE_BACKUP_H_

#include <cstdint>
#include <string>

#include "graph/status.h"

namespace parley::storage {

struct BackupInfo {
  uint32_t id = 0;       // RocksDB's backup id, 1, 2, ... per folder
  uint64_t bytes = 0;    // the size of this backup's files
  uint32_t files = 0;    // how many files it has
  uint32_t backups = 0;  // how many backups the folder now holds
};

// Backs the database in `db_dir` up into `backup_dir` (created when
// absent): a new backup beside the earlier ones there, sharing the table
// files they have already (RocksDB's BackupEngine, each file checksummed).
// Opens the database for writing, so that the backup is consistent and
// holds no write-ahead log: fails with kBusy while an import runs. The
// full-text index is not backed up: RestoreDatabase rebuilds it.
Result<BackupInfo> BackupDatabase(const std::string& db_dir,
                                  const std::string& backup_dir);

struct RestoreInfo {
  uint32_t id = 0;            // the backup restored
  size_t pages = 0;           // pages the restored database holds
  size_t indexed = 0;         // pages its full-text index was rebuilt with
  std::string replaced_kept;  // where the database it replaced went ("" none)
};

// Restores the latest backup of `backup_dir` (verified against its
// checksums first) as the database `db_dir`: restored beside it, its
// full-text index rebuilt from the restored page texts, then put in its
// place in one rename. A database that was there is kept beside as
// "DB.replaced-TIMESTAMP". Fails with kBusy when a writer holds `db_dir`;
// on any failure `db_dir` is left as it was.
Result<RestoreInfo> RestoreDatabase(const std::string& backup_dir,
                                    const std::string& db_dir);

// Puts the database folder `fresh` in the place of `dir`: when `dir`
// exists the two are exchanged in one rename (Linux renameat2; elsewhere
// two renames) and the old one is moved to `keep_as`. A reader sees the
// old database or the new one, never none.
Status ReplaceDatabase(const std::string& fresh, const std::string& dir,
                       const std::string& keep_as);

// "DIR.WHAT-YYYYMMDDTHHMMSSZ": a name beside `dir` for a database put
// aside (WHAT: "damaged", "replaced"), in UTC.
std::string AsideName(const std::string& dir, const std::string& what);

}  // namespace parley::storage

#endif  // PARLEY_STORAGE_BACKUP_H_
