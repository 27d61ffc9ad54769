// The RocksDB implementation of Store: opening (the lock, the schema, the
// migrations, the races with a writer), writing batches and compacting.
// The reader is in detail/snapshot_reader.cc, a batch's staging in
// detail/batch_builder.cc, the migrations in detail/migrations.cc. The
// on-disk format is described in docs/storage.md; keys are built in
// detail/keys.h and values in detail/records.h.

#include "storage/store.h"

#include <fcntl.h>
#include <rocksdb/cache.h>
#include <rocksdb/db.h>
#include <rocksdb/iterator.h>
#include <rocksdb/options.h>
#include <rocksdb/slice.h>
#include <rocksdb/table.h>
#include <rocksdb/utilities/write_batch_with_index.h>
#include <rocksdb/write_batch.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <functional>
#include <initializer_list>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_map>
#include <utility>

#include "graph/merge.h"
#include "storage/detail/adjacency.h"
#include "storage/detail/batch_builder.h"
#include "storage/detail/damage.h"
#include "storage/detail/database.h"
#include "storage/detail/keys.h"
#include "storage/detail/migrations.h"
#include "storage/detail/raw.h"
#include "storage/detail/records.h"
#include "storage/detail/snapshot_reader.h"
#include "storage/detail/testing.h"

namespace parley::storage {
namespace {

namespace fs = std::filesystem;
using enum detail::Cf;
using detail::Database;
using detail::FromRocks;
using detail::kCfNames;
using detail::kFirstDerivedCf;
using detail::ScanError;

// RocksDB's background jobs (flushes and compactions) while a database is
// open; Compact raises it for the while.
constexpr int kBackgroundJobs = 2;

// The block cache every column family of a writer shares
// (ColumnFamilyOptionsFor), and that of a read-only open (a query).
constexpr size_t kBlockCacheBytes = size_t{256} << 20;
constexpr size_t kReadOnlyBlockCacheBytes = size_t{32} << 20;

// The compression of the bottommost files of column family `name`, set
// for the rewrite that Compact does (`final`) and back after it (none for
// the families that keep LZ4 there). Compact's files are written once, at
// the end of a bulk import: a higher level and a dictionary trained on the
// column family's own blocks (records of one kind repeat their field
// names, ids and boilerplate from block to block) make them much smaller.
// Compactions during an import do without (ColumnFamilyOptionsFor):
// training a dictionary for every file they write took a tenth of an
// import's time.
std::unordered_map<std::string, std::string> BottommostCompression(
    const std::string& name, bool final) {
  if (name == kCfNames[kAdjacency] || name == kCfNames[kIds]) return {};
  return {{"bottommost_compression_opts",
           final ? "{enabled=true;level=9;max_dict_bytes=32768;"
                   "zstd_max_train_bytes=3276800}"
                 : "{enabled=false;level=32767;max_dict_bytes=0;"
                   "zstd_max_train_bytes=0}"}};
}

// RocksDB reports a held lock as an IOError naming the LOCK file ("While lock
// file: DIR/LOCK: Resource temporarily unavailable" from another process,
// "lock hold by current process ... DIR/LOCK" from this one).
bool IsLockError(const rocksdb::Status& s) {
  if (!s.IsIOError()) return false;
  std::string text = s.ToString();
  // Only the upper-case file name: "lock" also occurs in "block".
  return text.find("LOCK") != std::string::npos;
}

class RocksStore : public Store {
 public:
  // `schema`: the database's, kSchemaVersion unless it was opened
  // read-only (see detail/snapshot_reader.cc).
  RocksStore(std::string dir, bool read_only, uint32_t schema,
             std::unique_ptr<Database> database)
      : dir_(std::move(dir)),
        read_only_(read_only),
        schema_(schema),
        database_(std::move(database)) {}

  // Writes the memtables out when this store wrote anything, so that the
  // next open (every query command) does not replay the write-ahead log.
  ~RocksStore() override {
    if (read_only_ || !wrote_) return;
    database_->db->Flush(rocksdb::FlushOptions(), database_->all_handles)
        .PermitUncheckedError();
  }

  Result<ApplyOutcome> ApplyPage(const graph::Fragment& fragment) override {
    Result<std::vector<ApplyOutcome>> outcomes = ApplyBatch({&fragment}, {});
    if (!outcomes.ok()) return outcomes.status();
    return outcomes->front();
  }

  Status ReplaceOwned(const std::string& owner,
                      const graph::Fragment& fragment) override {
    Result<std::vector<ApplyOutcome>> outcomes =
        ApplyBatch({}, {{owner, &fragment}});
    return outcomes.ok() ? Status::Ok() : outcomes.status();
  }

  using Store::ApplyBatch;
  Result<std::vector<ApplyOutcome>> ApplyBatch(
      const std::vector<const graph::Fragment*>& pages,
      const std::vector<std::pair<std::string, const graph::Fragment*>>& owned,
      const std::vector<std::string>& removed) override {
    if (read_only_) {
      return Status::InvalidArgument(dir_ + ": database opened read-only");
    }
    // Reading the old manifests and writing the batch must not interleave
    // with another writer of this Store.
    std::lock_guard<std::mutex> lock(write_mutex_);
    try {
      detail::BatchBuilder builder(database_.get());
      for (const std::string& page_id : removed) {
        for (const graph::Fragment* page : pages) {
          if (page != nullptr && page->page_id == page_id) {
            return Status::InvalidArgument("ApplyBatch: page " + page_id +
                                           " is both stored and removed");
          }
        }
        Status s = builder.StageRemoval(page_id);
        if (!s.ok()) return s.WithContext(dir_ + ": removing page " + page_id);
      }
      std::vector<ApplyOutcome> outcomes;
      for (const graph::Fragment* page : pages) {
        if (page == nullptr) {
          return Status::InvalidArgument("ApplyBatch: null page");
        }
        Result<ApplyOutcome> outcome = builder.StagePage(*page);
        if (!outcome.ok()) {
          return outcome.status().WithContext(dir_ + ": page " +
                                              page->source_path);
        }
        outcomes.push_back(*outcome);
      }
      for (const auto& [owner, facts] : owned) {
        Status s = builder.StageOwned(owner, facts);
        if (!s.ok()) return s.WithContext(dir_ + ": owner " + owner);
      }
      builder.Finish();
      if (!builder.empty()) {
        // In key order: a memtable inserts a key next to the one before it
        // cheaply (3,000 pages at 10^5: import 30 s -> 25 s).
        std::optional<rocksdb::WriteBatch> sorted = builder.SortedBatch();
        if (!sorted) return Status::IOError(dir_ + ": cannot order the batch");
        rocksdb::Status s =
            database_->db->Write(rocksdb::WriteOptions(), &*sorted);
        if (!s.ok()) return FromRocks(s, dir_ + ": writing batch");
        wrote_ = true;
      }
      return outcomes;
    } catch (const std::exception& e) {
      // Encoding allocates and cereal may throw; keep exceptions inside.
      return Status::IOError(dir_ + ": writing batch: " + e.what());
    }
  }

  std::unique_ptr<Reader> NewReader() override {
    return detail::NewSnapshotReader(database_.get(), schema_, read_only_);
  }

  Status Compact() override {
    if (read_only_) {
      return Status::InvalidArgument(dir_ + ": database opened read-only");
    }
    rocksdb::CompactRangeOptions options;
    // Rewrite the bottommost files too, so that they get its compression.
    options.bottommost_level_compaction =
        rocksdb::BottommostLevelCompaction::kForceOptimized;
    // Not exclusive (RocksDB's default here, said because it is needed):
    // the column families are compacted on every core at once. RocksDB
    // runs one compaction at a time with the background jobs an import
    // leaves it, so it gets more for the while.
    options.exclusive_manual_compaction = false;
    const size_t threads = std::max<size_t>(
        1, std::min<size_t>(std::thread::hardware_concurrency(),
                            database_->all_handles.size()));
    auto jobs = [&](size_t n) {
      return database_->db->SetDBOptions(
          {{"max_background_jobs", std::to_string(n)}});
    };
    rocksdb::Status raised = jobs(kBackgroundJobs + threads);
    std::mutex mutex;
    size_t next = 0;
    Status failed = Status::Ok();
    auto compact = [&] {
      for (;;) {
        rocksdb::ColumnFamilyHandle* cf = nullptr;
        {
          std::lock_guard lock(mutex);
          if (!failed.ok() || next == database_->all_handles.size()) return;
          cf = database_->all_handles[next++];
        }
        const std::string& name = cf->GetName();
        // RocksDB refuses an empty change of options.
        auto set = [&](const std::unordered_map<std::string, std::string>& o) {
          return o.empty() ? rocksdb::Status::OK()
                           : database_->db->SetOptions(cf, o);
        };
        rocksdb::Status s = set(BottommostCompression(name, true));
        if (s.ok())
          s = database_->db->CompactRange(options, cf, nullptr, nullptr);
        rocksdb::Status back = set(BottommostCompression(name, false));
        if (s.ok()) s = back;
        if (!s.ok()) {
          std::lock_guard lock(mutex);
          if (failed.ok()) failed = FromRocks(s, dir_ + ": compacting " + name);
        }
      }
    };
    std::vector<std::thread> helpers;
    for (size_t i = 1; i < threads; ++i) helpers.emplace_back(compact);
    compact();
    for (std::thread& t : helpers) t.join();
    if (raised.ok()) jobs(kBackgroundJobs).PermitUncheckedError();
    return failed;
  }

  Status ReplaceDerived(
      std::string_view set,
      const std::vector<std::pair<std::string, std::string>>& records,
      Reader& worked_out_from) override {
    if (read_only_) {
      return Status::InvalidArgument(dir_ + ": database opened read-only");
    }
    if (!detail::IsKeyComponent(set))
      return Status::InvalidArgument("derived set '" + std::string(set) + "'");
    std::lock_guard<std::mutex> lock(write_mutex_);
    if (worked_out_from.SequenceNumber() !=
        database_->db->GetLatestSequenceNumber()) {
      return Status::Busy(dir_ + ": derived set " + std::string(set) +
                          ": the database changed while it was worked out");
    }
    rocksdb::ColumnFamilyHandle* meta = database_->cf[kMeta];
    const std::string marker = detail::DerivedMarkerKey(set);
    const std::string first = detail::DerivedKey(set, "");
    rocksdb::WriteBatch batch;
    rocksdb::Status s =
        batch.DeleteRange(meta, first, detail::PrefixUpperBound(first));
    for (const auto& [key, value] : records) {
      if (!s.ok()) break;
      if (!detail::IsKeyComponent(key)) {
        return Status::InvalidArgument("derived set " + std::string(set) +
                                       ": key '" + key + "'");
      }
      s = batch.Put(meta, detail::DerivedKey(set, key), value);
    }
    // Each operation of a batch takes a sequence number of its own, so the
    // database stands at this one once the batch is written, marker
    // included; no other write comes between (the writer's mutex, the
    // database's lock).
    const uint64_t current =
        database_->db->GetLatestSequenceNumber() + batch.Count() + 1;
    if (s.ok()) s = batch.Put(meta, marker, detail::EncodeUint64(current));
    if (s.ok()) s = database_->db->Write(rocksdb::WriteOptions(), &batch);
    if (!s.ok()) return FromRocks(s, dir_ + ": writing derived records");
    wrote_ = true;
    if (database_->db->GetLatestSequenceNumber() != current) {
      // Not where it was counted to be: the marker goes, so that no later
      // write can come to stand at it, and the set serves no reader.
      Status deleted = FromRocks(
          database_->db->Delete(rocksdb::WriteOptions(), meta, marker),
          dir_ + ": writing derived records");
      if (!deleted.ok()) return deleted;
      return Status::IOError(dir_ + ": derived set " + std::string(set) +
                             ": the sequence number is not where counted");
    }
    return Status::Ok();
  }

  Database& database() { return *database_; }

 private:
  std::string dir_;
  bool read_only_;
  uint32_t schema_;
  bool wrote_ = false;
  std::unique_ptr<Database> database_;
  std::mutex write_mutex_;
};

bool IsEmptyDirectory(const fs::path& dir) {
  std::error_code ec;
  return fs::is_empty(dir, ec) && !ec;
}

std::string NotParley(const std::string& dir, const std::string& why) {
  return dir + ": not a Parley database (" + why + ")";
}

// Checks the schema version in meta and returns it; writes it into a
// database that has none yet and holds nothing (created by an Open that
// stopped before writing it).
// Checks a stored schema version: newer than this build reads, or 0 (no
// Parley wrote it), is refused.
Result<uint32_t> CheckVersion(const std::string& dir, std::string_view value) {
  std::optional<uint32_t> version = detail::DecodeUint32(value);
  if (!version) {
    return Status::Corruption(dir + ": unreadable schema version in meta");
  }
  if (*version > static_cast<uint32_t>(kSchemaVersion)) {
    return Status::Corruption(
        dir + ": written by a newer Parley (newer schema " +
        std::to_string(*version) + "; this build reads schema up to " +
        std::to_string(kSchemaVersion) + ")");
  }
  if (*version == 0) {
    return Status::Corruption(
        dir + ": schema version 0 in meta: no Parley writes it (schemas " +
        "start at 1); not a database this build can read");
  }
  return *version;
}

// `*no_schema` is set when the version is absent and could not be written
// (a reader, or a database holding pages).
Result<uint32_t> CheckSchema(const std::string& dir, Database& database,
                             bool read_only, bool* no_schema) {
  std::string value;
  rocksdb::Status s =
      database.db->Get(rocksdb::ReadOptions(), database.cf[kMeta],
                       std::string(detail::kSchemaVersionKey), &value);
  if (s.IsNotFound()) {
    bool holds_pages = true;
    if (database.cf[kPages] != nullptr) {
      std::unique_ptr<rocksdb::Iterator> it(database.db->NewIterator(
          rocksdb::ReadOptions(), database.cf[kPages]));
      it->SeekToFirst();
      holds_pages = it->Valid();
      if (!it->status().ok()) {
        return ScanError(kPages, "", it->status()).WithContext(dir);
      }
    }
    if (read_only && !holds_pages) {
      // Created by a writer that has not written the version yet, or was
      // killed before it did: an empty database, which a reader answers
      // as such (the next import writes the version).
      bool derived = true;
      for (size_t c = kFirstDerivedCf; c < kCfCount; ++c)
        derived = derived && database.cf[c] != nullptr;
      return derived ? static_cast<uint32_t>(kSchemaVersion) : 1u;
    }
    if (read_only || holds_pages) {
      *no_schema = true;
      return Status::Corruption(NotParley(dir, "no schema version in meta"));
    }
    rocksdb::WriteOptions sync;
    sync.sync = true;
    Status written =
        FromRocks(database.db->Put(sync, database.cf[kMeta],
                                   std::string(detail::kSchemaVersionKey),
                                   detail::EncodeUint32(kSchemaVersion)),
                  dir + ": writing schema version");
    if (!written.ok()) return written;
    return static_cast<uint32_t>(kSchemaVersion);
  }
  if (!s.ok()) return FromRocks(s, dir + ": reading schema version");
  return CheckVersion(dir, value);
}

// The schema version `dir`'s meta holds, checked as CheckSchema does, read
// through a read-only open that writes nothing: a read-write open writes a
// new MANIFEST, OPTIONS file and log before the schema can be read, and a
// database this build refuses must be left byte for byte as it was. OK
// when the version is absent or cannot be read (the open that follows
// says why).
Status PeekSchema(const std::string& dir, const rocksdb::DBOptions& options) {
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors = {
      {rocksdb::kDefaultColumnFamilyName, {}}, {kCfNames[kMeta], {}}};
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  if (!rocksdb::DB::OpenForReadOnly(options, dir, descriptors, &handles, &db)
           .ok()) {
    return Status::Ok();
  }
  std::string value;
  rocksdb::Status s = db->Get(rocksdb::ReadOptions(), handles[1],
                              std::string(detail::kSchemaVersionKey), &value);
  for (rocksdb::ColumnFamilyHandle* h : handles)
    db->DestroyColumnFamilyHandle(h).PermitUncheckedError();
  delete db;
  if (!s.ok()) return Status::Ok();
  Result<uint32_t> version = CheckVersion(dir, value);
  return version.ok() ? Status::Ok() : version.status();
}

// Options of every column family: LZ4 for most levels, ZSTD (slower, about
// a third smaller) for the bottommost, where most data ends up, and for the
// pages column family, which holds the page texts; LZ4 throughout for the
// adjacency and dense ids, which traversals read.
rocksdb::ColumnFamilyOptions ColumnFamilyOptionsFor(const std::string& name,
                                                    bool read_only) {
  rocksdb::ColumnFamilyOptions options;
  options.compression =
      name == kCfNames[kPages] ? rocksdb::kZSTD : rocksdb::kLZ4Compression;
  // ZSTD at its default level for the bottommost files that compactions
  // write while pages come in; Compact, which ends a bulk import, rewrites
  // them with BottommostCompression's.
  options.bottommost_compression = rocksdb::kZSTD;
  options.write_buffer_size = 64u << 20;
  // Blocks of 16 KiB rather than 4 KiB: page texts and the records of one
  // node or page compress much better together, and a point read still
  // reads one block.
  rocksdb::BlockBasedTableOptions table;
  table.block_size = 16u << 10;
  // Every table file's index was read by each open (every query command
  // is one): 12 MB at 10^5 pages, decompressed, was half the time of a
  // query that reads nothing else. The index is now cut into 4 KiB
  // partitions, read into the block cache when a read needs them; an open
  // reads only the top level of each file (138 KB at 10^5). Index keys
  // share most of their bytes with the key before (node ids), so prefix
  // coding makes them several times smaller, and uncompressed they are
  // read without decompressing.
  table.index_type = rocksdb::BlockBasedTableOptions::kTwoLevelIndexSearch;
  table.metadata_block_size = 4u << 10;
  table.cache_index_and_filter_blocks = true;
  table.pin_top_level_index_and_filter = true;
  table.index_block_restart_interval = 16;
  table.enable_index_compression = false;
  // One block cache for every column family, large enough for the indexes
  // it now holds: a table file written before the partitions has its index
  // in one block of megabytes, and RocksDB's 8 MB cache per column family
  // evicted it between reads (adding one page to such a 10^5 database took
  // 323 s, against 60 s with the indexes read at the open). Memory is taken
  // only as blocks are read.
  //
  // A query gets a smaller one. It reads most blocks once, and every
  // block it keeps is memory touched for the first time: on the virtual
  // machines measured, the kernel's zeroing of those pages was 45% of a
  // `trace` at 10^6 pages. With 32 MB, the memory of blocks evicted is
  // used again (trace at 10^6: 924 -> 634 ms, 182 -> 121 MB; at 10^5:
  // 1.07 -> 0.97 s, 165 -> 99 MB; the other queries within their noise).
  static const std::shared_ptr<rocksdb::Cache> writer_cache =
      rocksdb::NewLRUCache(kBlockCacheBytes);
  static const std::shared_ptr<rocksdb::Cache> reader_cache =
      rocksdb::NewLRUCache(kReadOnlyBlockCacheBytes);
  table.block_cache = read_only ? reader_cache : writer_cache;
  if (name == kCfNames[kAdjacency] || name == kCfNames[kIds] ||
      name == kCfNames[kWeights]) {
    // What every traversal reads a few bytes of, from a block per node it
    // meets: 4 KiB blocks of LZ4 decompress several times faster than
    // 16 KiB of ZSTD with a dictionary. Both are small (at 10^5 pages, 16
    // and 9 MB against 9 and 4: path 0.33 s -> 0.23 s).
    options.bottommost_compression = rocksdb::kLZ4Compression;
    options.bottommost_compression_opts = rocksdb::CompressionOptions();
    table.block_size = 4u << 10;
  }
  if (name == kCfNames[kAdjacency])
    options.merge_operator = detail::NewAdjacencyMergeOperator();
  options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  return options;
}

// Whether another process holds `dir`'s RocksDB LOCK (a writer). Read from
// /proc/locks rather than by opening LOCK: closing any descriptor of that
// file would drop a lock this process holds on it (POSIX record locks).
// False when it cannot be told (no /proc).
bool WriterHoldsLock(const std::string& dir) {
  struct stat st {};
  if (::stat((fs::path(dir) / "LOCK").c_str(), &st) != 0) return false;
  // "1: POSIX  ADVISORY  WRITE 4242 08:01:1234567 0 EOF": the file is
  // "major:minor:inode". Only the inode is compared: an overlay file
  // system's stat and its lock table may name different devices.
  const std::string inode = ":" + std::to_string(st.st_ino);
  std::ifstream locks("/proc/locks");
  std::string line;
  while (std::getline(locks, line)) {
    std::istringstream fields(line);
    std::string word;
    while (fields >> word) {
      if (word.size() > inode.size() &&
          word.compare(word.size() - inode.size(), inode.size(), inode) == 0 &&
          std::count(word.begin(), word.end(), ':') == 2) {
        return true;
      }
    }
  }
  return false;
}

// When a file was last added to, removed from or renamed in the folder
// `dir` (its mtime, to the nanosecond); nullopt when it cannot be read. A
// read-only open changes nothing there.
std::optional<std::pair<time_t, long>> FolderStamp(const std::string& dir) {
  struct stat st {};
  if (::stat(dir.c_str(), &st) != 0) return std::nullopt;
  return std::make_pair(st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
}

// Whether the folder `dir` holds nothing, or only what RocksDB writes first
// when it creates a database (its info LOG and LOCK), as when a writer is
// creating it.
bool IsBeingMade(const std::string& dir) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    if (name != "LOCK" && name.rfind("LOG", 0) != 0) return false;
  }
  return !ec;
}

// Why an open failed when a writer beside it may be the cause, so that
// OpenForReading can try again (docs/storage.md, "Readers beside a writer").
enum class OpenRace {
  kNone,
  // A file the open was reading was gone: a writer's flush or compaction
  // deleted it between RocksDB listing it and opening it.
  kFileGone,
  // No complete Parley database yet (no CURRENT, no Parley column
  // families, no schema version): a writer may be creating it.
  kIncomplete,
};

// RocksDB says a file it expected is gone (ENOENT), whatever the status
// code it wraps that in ("Corruption: ... No such file or directory").
bool IsFileGone(const rocksdb::Status& s) {
  return s.ToString().find("No such file or directory") != std::string::npos;
}

// Opens the database in `dir` as it stands; creates it there, in place,
// when the folder is absent or empty (OpenStore creates beside, then
// renames).
Result<std::unique_ptr<Store>> OpenStoreIn(const std::string& dir,
                                           const OpenOptions& options,
                                           OpenRace* race) {
  std::error_code ec;
  fs::path path(dir);
  bool exists = fs::exists(path, ec);
  if (ec) return Status::IOError(dir + ": " + ec.message());
  if (exists && !fs::is_directory(path, ec)) {
    return Status::InvalidArgument(
        NotParley(dir, "a file; a database is a directory"));
  }
  bool has_current = exists && fs::exists(path / "CURRENT", ec);
  std::vector<std::string> cf_names;
  rocksdb::DBOptions db_options;
  // RocksDB's info LOG files are for debugging; keep only a few.
  db_options.keep_log_file_num = 3;
  // One flush and one compaction at a time: imports share the machine.
  db_options.max_background_jobs = kBackgroundJobs;
  // All memtables together; a bulk import fills several at once.
  db_options.db_write_buffer_size = 256u << 20;
  // A cold read-only open (every query command) does not read every table
  // file's statistics.
  db_options.skip_stats_update_on_db_open = true;
  // RocksDB's defaults, said here because readers rely on them. Damage
  // found while opening (a table file that does not parse, a write-ahead
  // log that does not replay) fails the open rather than being skipped.
  db_options.paranoid_checks = true;
  // Every table file is opened by the open itself, so a reader keeps every
  // file of its view even when a writer's compaction deletes it afterwards.
  db_options.max_open_files = -1;
  // Those files are opened on this thread: RocksDB's default starts 15
  // threads per column family for it, whatever the number of files, and
  // starting and joining 180 threads was most of a cold query's time
  // (about 0.15 s of 0.2 s for a query that finds nothing, at 10^5 pages).
  db_options.max_file_opening_threads = 1;

  if (!has_current) {
    if (exists) *race = OpenRace::kIncomplete;
    if (exists && !IsEmptyDirectory(path)) {
      return Status::InvalidArgument(
          NotParley(dir, "the directory holds other files"));
    }
    if (options.read_only || !options.create_if_missing) {
      return Status::NotFound(dir + ": no Parley database here");
    }
    fs::create_directories(path, ec);
    if (ec) return Status::IOError(dir + ": cannot create: " + ec.message());
    cf_names.emplace_back(rocksdb::kDefaultColumnFamilyName);
    for (const char* name : kCfNames) cf_names.emplace_back(name);
    db_options.create_if_missing = true;
    db_options.create_missing_column_families = true;
  } else {
    rocksdb::Status s =
        rocksdb::DB::ListColumnFamilies(db_options, dir, &cf_names);
    if (!s.ok()) {
      if (IsFileGone(s)) *race = OpenRace::kFileGone;
      return FromRocks(s, NotParley(dir, "RocksDB cannot read it"));
    }
    if (std::find(cf_names.begin(), cf_names.end(), kCfNames[kMeta]) ==
        cf_names.end()) {
      *race = OpenRace::kIncomplete;
      return Status::InvalidArgument(NotParley(
          dir, "a RocksDB database without Parley's column families"));
    }
  }

  if (has_current && !options.read_only) {
    Status refused = PeekSchema(dir, db_options);
    if (!refused.ok()) return refused;
  }
  // Every column family present must be opened for writing, including any a
  // newer build added; the schema check below then gives the clear error.
  // A schema-1 database lacks the column families schema 2 added: opened
  // read-write it gets them (and is migrated below).
  if (has_current && !options.read_only) {
    for (const char* name : kCfNames) {
      if (std::find(cf_names.begin(), cf_names.end(), name) == cf_names.end()) {
        cf_names.emplace_back(name);
        db_options.create_missing_column_families = true;
      }
    }
  }
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const std::string& name : cf_names) {
    descriptors.emplace_back(name,
                             ColumnFamilyOptionsFor(name, options.read_only));
  }
  auto database = std::make_unique<Database>();
  database->dir = dir;
  rocksdb::Status s =
      options.read_only
          ? rocksdb::DB::OpenForReadOnly(db_options, dir, descriptors,
                                         &database->all_handles, &database->db)
          : rocksdb::DB::Open(db_options, dir, descriptors,
                              &database->all_handles, &database->db);
  if (!s.ok()) {
    if (!options.read_only && IsLockError(s)) {
      return Status::Busy(dir +
                          ": database is in use by another writer "
                          "(RocksDB: " +
                          s.ToString() + ")");
    }
    if (IsFileGone(s)) *race = OpenRace::kFileGone;
    if (s.IsCorruption()) {
      // A table file or log that does not pass its checksums, or a file
      // the MANIFEST names that is gone (unless a writer is deleting it:
      // OpenForReading tries again).
      return Status::Corruption(dir + ": " + std::string(detail::kDamaged) +
                                "RocksDB cannot open it: " + s.ToString());
    }
    return FromRocks(s, dir + ": opening");
  }
  for (size_t i = 0; i < cf_names.size(); ++i) {
    for (size_t c = 0; c < kCfCount; ++c) {
      if (cf_names[i] == kCfNames[c]) {
        database->cf[c] = database->all_handles[i];
      }
    }
  }
  bool no_schema = false;
  Result<uint32_t> schema =
      CheckSchema(dir, *database, options.read_only, &no_schema);
  if (!schema.ok()) {
    if (no_schema) *race = OpenRace::kIncomplete;
    return schema.status();
  }
  // Opened read-write, an older database is brought up to this schema, one
  // step at a time; read-only, it is read as its schema left it.
  uint32_t version = *schema;
  if (!options.read_only) {
    using Migration = Status (*)(const std::string&, Database&);
    constexpr Migration kMigrations[] = {
        detail::MigrateToSchema2, detail::MigrateToSchema3,
        detail::MigrateToSchema4, detail::MigrateToSchema5,
        detail::MigrateToSchema6};
    for (; version < static_cast<uint32_t>(kSchemaVersion); ++version) {
      Status migrated = kMigrations[version - 1](dir, *database);
      if (!migrated.ok()) return migrated;
      // As ~RocksStore does after writes: the next open replays no log.
      database->db->Flush(rocksdb::FlushOptions(), database->all_handles)
          .PermitUncheckedError();
    }
  }
  for (size_t c = 0; c < kCfCount; ++c) {
    if (database->cf[c] == nullptr &&
        version >= detail::SchemaAdding(static_cast<detail::Cf>(c))) {
      // The writer creating the database adds its column families one by
      // one: the listing read above may predate the last ones.
      *race = OpenRace::kIncomplete;
      return Status::Corruption(dir + ": column family " +
                                std::string(kCfNames[c]) + " is missing");
    }
  }
  return std::unique_ptr<Store>(std::make_unique<RocksStore>(
      dir, options.read_only, version, std::move(database)));
}

// The folders "DIR.creating-PID" of creations whose process is gone
// (killed while it created the database), removed.
void RemoveAbandonedCreations(const fs::path& path) {
  const std::string prefix = path.filename().string() + ".creating-";
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(path.parent_path(), ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    const long pid = std::strtol(name.c_str() + prefix.size(), nullptr, 10);
    if (pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH))
      continue;  // its process may still be creating it
    fs::remove_all(entry.path(), ec);
  }
}

// Makes a new, empty database at `dir` whole or not at all: it is created
// in "DIR.creating-PID" beside it (column families, schema version), closed
// and renamed into place. A writer killed while creating a database so
// leaves nothing at `dir` (rather than a folder without Parley's column
// families or schema version, which no later command could open), and a
// reader never sees one half made. When another process renamed its own
// database into place first, that one is kept.
Status CreateBeside(const std::string& dir) {
  std::error_code ec;
  const fs::path path = fs::absolute(fs::path(dir), ec).lexically_normal();
  if (ec) return Status::IOError(dir + ": " + ec.message());
  fs::create_directories(path.parent_path(), ec);
  if (ec) return Status::IOError(dir + ": cannot create: " + ec.message());
  RemoveAbandonedCreations(path);
  const fs::path staging =
      path.string() + ".creating-" + std::to_string(::getpid());
  fs::remove_all(staging, ec);
  {
    OpenRace race = OpenRace::kNone;
    auto made = OpenStoreIn(staging.string(), OpenOptions{}, &race);
    if (!made.ok()) {
      fs::remove_all(staging, ec);
      return made.status();
    }
    // The schema version into a table file, so that no log is left to
    // replay: a reader beside the first writer then never meets a
    // database whose version is still in a log the writer is flushing.
    Database& database = static_cast<RocksStore&>(**made).database();
    Status flushed = FromRocks(
        database.db->Flush(rocksdb::FlushOptions(), database.all_handles),
        dir + ": creating");
    if (!flushed.ok()) {
      made->reset();
      fs::remove_all(staging, ec);
      return flushed;
    }
  }  // closed
  fs::rename(staging, path, ec);
  if (ec) {
    std::error_code ignored;
    fs::remove_all(staging, ignored);
    if (fs::exists(path / "CURRENT", ignored)) return Status::Ok();
    return Status::IOError(dir + ": cannot create: " + ec.message());
  }
  // The rename itself made durable, as RocksDB makes its own files.
  int parent = ::open(path.parent_path().c_str(), O_RDONLY | O_DIRECTORY);
  if (parent >= 0) {
    ::fsync(parent);
    ::close(parent);
  }
  return Status::Ok();
}

Result<std::unique_ptr<Store>> OpenStore(const std::string& dir,
                                         const OpenOptions& options,
                                         OpenRace* race) {
  std::error_code ec;
  const fs::path path(dir);
  const bool absent = !fs::exists(path, ec) ||
                      (fs::is_directory(path, ec) && IsEmptyDirectory(path));
  if (!options.read_only && options.create_if_missing && absent) {
    Status made = CreateBeside(dir);
    if (!made.ok()) return made;
  }
  return OpenStoreIn(dir, options, race);
}

// OpenStore with RocksDB's and the file system's exceptions turned into a
// Status.
Result<std::unique_ptr<Store>> OpenGuarded(const std::string& dir,
                                           const OpenOptions& options,
                                           OpenRace* race) {
  try {
    return OpenStore(dir, options, race);
  } catch (const std::exception& e) {
    return Status::IOError(dir + ": opening: " + e.what());
  }
}

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const std::string& dir,
                                           const OpenOptions& options) {
  OpenRace race = OpenRace::kNone;
  return OpenGuarded(dir, options, &race);
}

bool HeldByWriter(const std::string& dir) { return WriterHoldsLock(dir); }

bool IsDamage(const Status& status) {
  return status.code() == Status::Code::kCorruption &&
         status.message().find(detail::kDamaged) != std::string::npos;
}

Result<std::unique_ptr<Store>> OpenForReading(const std::string& dir) {
  if (!fs::exists(dir)) {
    return Status::NotFound(dir +
                            ": no database here (import pages first: "
                            "parley --db " +
                            dir + " import PAGE...)");
  }
  OpenOptions options;
  options.read_only = true;
  // A read-only open runs beside a writer, which may delete a file the
  // open is reading (a flush deletes a write-ahead log, a compaction table
  // files) or may be creating the database. Both pass in milliseconds, so
  // the open is tried again, at most kRaceBudget in all; a database that
  // stays incomplete with no writer holding it is reported at once.
  using Clock = std::chrono::steady_clock;
  constexpr auto kRaceBudget = std::chrono::seconds(10);
  const Clock::time_point start = Clock::now();
  auto pause = std::chrono::milliseconds(2);
  bool gone_without_writer = false;
  for (;;) {
    OpenRace race = OpenRace::kNone;
    const std::optional<std::pair<time_t, long>> stamp = FolderStamp(dir);
    Result<std::unique_ptr<Store>> store = OpenGuarded(dir, options, &race);
    if (store.ok() || race == OpenRace::kNone) return store;
    // A writer creating the database makes the folder, then RocksDB's LOG,
    // a moment before it takes the lock: an empty folder is given 200 ms,
    // one with only those files a second. A file gone is given two
    // seconds whoever holds the lock: a writer may have opened, deleted
    // the files its compactions made obsolete and closed again while this
    // open was reading (the crash test met one that did, under load).
    // Past that, a file missing from a database no one writes is damage.
    auto waited = Clock::now() - start;
    bool creating =
        race == OpenRace::kIncomplete &&
        (IsEmptyDirectory(dir)
             ? waited < std::chrono::milliseconds(200)
             : IsBeingMade(dir) && waited < std::chrono::seconds(1));
    // A writer killed or stopped during this attempt leaves no one holding
    // the lock, so the first file gone with no writer is tried once more:
    // only a second one is damage. A writer that came and went during the
    // attempt (the crash test's imports of 60 pages take two seconds)
    // leaves no lock to see either, but leaves the folder changed: a file
    // gone while the folder changed is a writer's doing, not damage (the
    // crash test met two such readers under load).
    bool writer = WriterHoldsLock(dir) ||
                  (race == OpenRace::kFileGone && FolderStamp(dir) != stamp);
    bool closing = race == OpenRace::kFileGone &&
                   (waited < std::chrono::seconds(2) || !gone_without_writer);
    if (race == OpenRace::kFileGone && !writer) gone_without_writer = true;
    if (!creating && !closing && !writer) return store;
    if (Clock::now() - start > kRaceBudget) {
      if (race == OpenRace::kFileGone) return store;
      return Status::Busy(dir +
                          ": the database is being created by another "
                          "process (its LOCK is held); try again when its "
                          "import has begun");
    }
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds(100));
  }
}

namespace detail {

RawDatabase RawHandles(Store& store) {
  Database& database = static_cast<RocksStore&>(store).database();
  RawDatabase raw;
  raw.db = database.db;
  for (size_t c = 0; c < kCfCount; ++c) {
    if (database.cf[c] != nullptr)
      raw.column_families.push_back({kCfNames[c], database.cf[c]});
  }
  return raw;
}

std::vector<std::string> DumpForTesting(Store& store) {
  Database& database = static_cast<RocksStore&>(store).database();
  std::vector<std::string> lines;
  for (size_t c = 0; c < kCfCount; ++c) {
    if (database.cf[c] == nullptr) continue;
    std::unique_ptr<rocksdb::Iterator> it(
        database.db->NewIterator(rocksdb::ReadOptions(), database.cf[c]));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      std::string line = std::string(kCfNames[c]) + "\t" +
                         PrintableKey(it->key().ToStringView()) + "\t" +
                         it->value().ToString(/*hex=*/true);
      lines.push_back(std::move(line));
    }
    if (!it->status().ok()) {
      lines.push_back(std::string(kCfNames[c]) + "\t" +
                      it->status().ToString());
    }
  }
  return lines;
}

Status PutRawForTesting(Store& store, std::string_view column_family,
                        std::string_view key, std::string_view value) {
  Database& database = static_cast<RocksStore&>(store).database();
  for (size_t c = 0; c < kCfCount; ++c) {
    if (column_family == kCfNames[c]) {
      return FromRocks(
          database.db->Put(rocksdb::WriteOptions(), database.cf[c],
                           rocksdb::Slice(key.data(), key.size()),
                           rocksdb::Slice(value.data(), value.size())),
          "PutRawForTesting");
    }
  }
  return Status::InvalidArgument("no column family " +
                                 std::string(column_family));
}

namespace {

// Deletes every key of `indexes` and writes schema version `version`, as a
// database of that schema, which kept none of them, would be.
Status DropIndexesForTesting(Store& store,
                             std::initializer_list<Reader::Index> indexes,
                             uint32_t version, const std::string& what) {
  Database& database = static_cast<RocksStore&>(store).database();
  for (Reader::Index index : indexes) {
    std::string tag(1, static_cast<char>(index));
    rocksdb::Status s =
        database.db->DeleteRange(rocksdb::WriteOptions(), database.cf[kIndex],
                                 tag, PrefixUpperBound(tag));
    if (!s.ok()) return FromRocks(s, what);
  }
  return FromRocks(
      database.db->Put(rocksdb::WriteOptions(), database.cf[kMeta],
                       std::string(kSchemaVersionKey), EncodeUint32(version)),
      what);
}

// Drops column family `c` as a database of a schema before it lacks it.
Status DropColumnFamilyForTesting(Database& database, Cf c,
                                  const std::string& what) {
  rocksdb::ColumnFamilyHandle* handle = database.cf[c];
  if (handle == nullptr) return Status::Ok();
  rocksdb::Status s = database.db->DropColumnFamily(handle);
  if (!s.ok()) return FromRocks(s, what);
  database.all_handles.erase(std::find(database.all_handles.begin(),
                                       database.all_handles.end(), handle));
  database.db->DestroyColumnFamilyHandle(handle).PermitUncheckedError();
  database.cf[c] = nullptr;
  return Status::Ok();
}

}  // namespace

Status DowngradeToSchema5ForTesting(Store& store) {
  Database& database = static_cast<RocksStore&>(store).database();
  const std::string what = "DowngradeToSchema5ForTesting";
  if (Status s = DropColumnFamilyForTesting(database, kWeights, what); !s.ok())
    return s;
  return FromRocks(
      database.db->Put(rocksdb::WriteOptions(), database.cf[kMeta],
                       std::string(kSchemaVersionKey), EncodeUint32(5)),
      what);
}

Status DowngradeToSchema4ForTesting(Store& store) {
  if (Status s = DowngradeToSchema5ForTesting(store); !s.ok()) return s;
  return DropIndexesForTesting(
      store, {Reader::Index::kPositions, Reader::Index::kUndated}, 4,
      "DowngradeToSchema4ForTesting");
}

Status DowngradeToSchema3ForTesting(Store& store, size_t lists_kept) {
  if (Status s = DowngradeToSchema4ForTesting(store); !s.ok()) return s;
  Database& database = static_cast<RocksStore&>(store).database();
  rocksdb::ColumnFamilyHandle* cf = database.cf[kAdjacency];
  rocksdb::WriteBatch batch;
  std::unique_ptr<rocksdb::Iterator> it(
      database.db->NewIterator(rocksdb::ReadOptions(), cf));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    if (lists_kept > 0) {
      --lists_kept;
      continue;
    }
    std::optional<AdjacencyListKeyParts> parts =
        ParseAdjacencyListKey(it->key().ToStringView());
    std::vector<uint32_t> far;
    if (!parts || !DecodeAdjacencyList(it->value().ToStringView(), far))
      return Status::Corruption("DowngradeToSchema3ForTesting: not a list");
    for (uint32_t f : far) {
      batch.Put(cf, AdjacencyKey(parts->near, parts->incoming, parts->kind, f),
                "");
    }
    batch.Delete(cf, it->key());
  }
  batch.Put(database.cf[kMeta], std::string(kSchemaVersionKey),
            EncodeUint32(3));
  return FromRocks(database.db->Write(rocksdb::WriteOptions(), &batch),
                   "DowngradeToSchema3ForTesting");
}

Status DowngradeToSchema2ForTesting(Store& store) {
  if (Status s = DowngradeToSchema3ForTesting(store); !s.ok()) return s;
  return DropIndexesForTesting(store, {Reader::Index::kWord}, 2,
                               "DowngradeToSchema2ForTesting");
}

Status DowngradeToSchema1ForTesting(Store& store) {
  Database& database = static_cast<RocksStore&>(store).database();
  for (size_t c = kFirstDerivedCf; c < kCfCount; ++c) {
    Status s = DropColumnFamilyForTesting(database, static_cast<Cf>(c),
                                          "DowngradeToSchema1ForTesting");
    if (!s.ok()) return s;
  }
  database.db
      ->Delete(rocksdb::WriteOptions(), database.cf[kMeta],
               std::string(kNextDenseIdKey))
      .PermitUncheckedError();
  return FromRocks(
      database.db->Put(rocksdb::WriteOptions(), database.cf[kMeta],
                       std::string(kSchemaVersionKey), EncodeUint32(1)),
      "DowngradeToSchema1ForTesting");
}

}  // namespace detail
}  // namespace parley::storage
