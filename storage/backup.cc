// Backups through RocksDB's BackupEngine, and the rename that puts a
// rebuilt database in the place of another.

#include "storage/backup.h"

#include <fcntl.h>
#include <rocksdb/env.h>
#include <rocksdb/utilities/backup_engine.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <memory>
#include <vector>

#include "storage/detail/raw.h"
#include "storage/store.h"
#include "storage/text_index.h"

namespace parley::storage {
namespace {

namespace fs = std::filesystem;

Status FromRocks(const rocksdb::Status& s, const std::string& context) {
  if (s.ok()) return Status::Ok();
  if (s.IsCorruption())
    return Status::Corruption(context + ": damaged: " + s.ToString());
  if (s.IsNotFound()) return Status::NotFound(context + ": " + s.ToString());
  return Status::IOError(context + ": " + s.ToString());
}

// The backup folder's engine; nullptr and `error` set when it cannot be
// opened. `Engine` is BackupEngine or BackupEngineReadOnly.
template <typename Engine>
std::unique_ptr<Engine> OpenEngine(const std::string& backup_dir,
                                   Status* error) {
  rocksdb::BackupEngineOptions options(backup_dir);
  // Every file of a backup is read back against its checksum on restore.
  options.share_files_with_checksum = true;
  Engine* engine = nullptr;
  rocksdb::IOStatus s = Engine::Open(options, rocksdb::Env::Default(), &engine);
  if (!s.ok()) {
    *error = FromRocks(s, backup_dir + ": opening the backups");
    return nullptr;
  }
  return std::unique_ptr<Engine>(engine);
}

}  // namespace

std::string AsideName(const std::string& dir, const std::string& what) {
  std::time_t now =
      std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &utc);
  std::string base = fs::path(dir).lexically_normal().string();
  while (base.size() > 1 && base.back() == '/') base.pop_back();
  std::string name = base + "." + what + "-" + stamp;
  // Two in one second (a test, a script) get distinct names.
  std::string unique = name;
  for (int n = 2; fs::exists(unique); ++n)
    unique = name + "-" + std::to_string(n);
  return unique;
}

Status ReplaceDatabase(const std::string& fresh, const std::string& dir,
                       const std::string& keep_as) {
  std::error_code ec;
  if (!fs::exists(dir, ec)) {
    fs::rename(fresh, dir, ec);
    if (ec) return Status::IOError(fresh + " -> " + dir + ": " + ec.message());
    return Status::Ok();
  }
#if defined(SYS_renameat2) && defined(RENAME_EXCHANGE)
  if (::syscall(SYS_renameat2, AT_FDCWD, fresh.c_str(), AT_FDCWD, dir.c_str(),
                RENAME_EXCHANGE) == 0) {
    // The old database is now at `fresh`.
    fs::rename(fresh, keep_as, ec);
    if (ec) {
      return Status::IOError(dir + ": replaced; the old database is at " +
                             fresh + " (" + ec.message() + ")");
    }
    return Status::Ok();
  }
  if (errno != EINVAL && errno != ENOSYS) {
    return Status::IOError(fresh + " <-> " + dir + ": " + std::strerror(errno));
  }
#endif
  // No exchange here: a reader between the two renames finds no database.
  fs::rename(dir, keep_as, ec);
  if (ec) return Status::IOError(dir + " -> " + keep_as + ": " + ec.message());
  fs::rename(fresh, dir, ec);
  if (ec) {
    fs::rename(keep_as, dir, ec);
    return Status::IOError(fresh + " -> " + dir + ": " + ec.message());
  }
  return Status::Ok();
}

Result<BackupInfo> BackupDatabase(const std::string& db_dir,
                                  const std::string& backup_dir) {
  OpenOptions open;
  open.create_if_missing = false;
  if (!fs::exists(db_dir)) {
    return Status::NotFound(db_dir + ": no database here");
  }
  auto store = Store::Open(db_dir, open);
  if (!store.ok()) return store.status();
  detail::RawDatabase raw = detail::RawHandles(**store);
  std::error_code ec;
  fs::create_directories(backup_dir, ec);
  if (ec) return Status::IOError(backup_dir + ": " + ec.message());
  Status error;
  auto engine = OpenEngine<rocksdb::BackupEngine>(backup_dir, &error);
  if (!engine) return error;
  // Flushed first, so that the backup is table files only.
  rocksdb::IOStatus s =
      engine->CreateNewBackup(raw.db, /*flush_before_backup=*/true);
  if (!s.ok()) return FromRocks(s, backup_dir + ": backing up " + db_dir);
  rocksdb::BackupInfo latest;
  Status got = FromRocks(engine->GetLatestBackupInfo(&latest), backup_dir);
  if (!got.ok()) return got;
  std::vector<rocksdb::BackupInfo> all;
  engine->GetBackupInfo(&all);
  return BackupInfo{latest.backup_id, latest.size, latest.number_files,
                    static_cast<uint32_t>(all.size())};
}

Result<RestoreInfo> RestoreDatabase(const std::string& backup_dir,
                                    const std::string& db_dir) {
  // BackupEngine keeps a folder "meta" with one file per backup.
  if (!fs::is_directory(fs::path(backup_dir) / "meta")) {
    return Status::NotFound(backup_dir + ": no backup to restore here");
  }
  // A writer of the database to be replaced would go on writing into the
  // one put aside.
  if (HeldByWriter(db_dir)) {
    return Status::Busy(db_dir +
                        ": database is in use by another writer; restore "
                        "when the import has ended");
  }
  Status error;
  auto engine = OpenEngine<rocksdb::BackupEngineReadOnly>(backup_dir, &error);
  if (!engine) return error;
  rocksdb::BackupInfo latest;
  if (!engine->GetLatestBackupInfo(&latest).ok()) {
    return Status::NotFound(backup_dir + ": no backup to restore");
  }
  Status verified =
      FromRocks(engine->VerifyBackup(latest.backup_id,
                                     /*verify_with_checksum=*/true),
                backup_dir + ": backup " + std::to_string(latest.backup_id));
  if (!verified.ok()) return verified;

  std::string fresh = AsideName(db_dir, "restoring");
  auto discard = [&](Status s) {
    std::error_code ec;
    fs::remove_all(fresh, ec);
    return s;
  };
  Status restored = FromRocks(
      engine->RestoreDBFromBackup(latest.backup_id, fresh, fresh),
      backup_dir + ": restoring backup " + std::to_string(latest.backup_id));
  if (!restored.ok()) return discard(restored);

  RestoreInfo info;
  info.id = latest.backup_id;
  {
    // The full-text index is not in the backup: rebuilt from the restored
    // page texts, so that it matches them exactly.
    OpenOptions open;
    open.create_if_missing = false;
    auto store = Store::Open(fresh, open);
    if (!store.ok()) return discard(store.status());
    auto index = TextIndex::OpenForWrite(fresh);
    if (!index.ok()) return discard(index.status());
    auto reader = (*store)->NewReader();
    info.pages = reader->Pages().size();
    Result<size_t> indexed = (*index)->CatchUp(*reader);
    if (!indexed.ok()) return discard(indexed.status());
    if (!reader->status().ok()) return discard(reader->status());
    info.indexed = *indexed;
  }
  if (fs::exists(db_dir)) info.replaced_kept = AsideName(db_dir, "replaced");
  Status replaced = ReplaceDatabase(fresh, db_dir, info.replaced_kept);
  if (!replaced.ok()) return discard(replaced);
  return info;
}

}  // namespace parley::storage
