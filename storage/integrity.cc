// `parley check` and what `parley repair` reads: every column family read
// below the Reader interface (detail/raw.h), each record decoded as
// docs/storage.md says it is stored.

#include "storage/integrity.h"

#include <rocksdb/db.h>
#include <rocksdb/iterator.h>
#include <rocksdb/options.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "graph/model.h"
#include "storage/backup.h"
#include "storage/detail/adjacency.h"
#include "storage/detail/damage.h"
#include "storage/detail/keys.h"
#include "storage/detail/raw.h"
#include "storage/detail/records.h"
#include "storage/store.h"
#include "storage/text_index.h"

namespace parley::storage {
namespace {

namespace fs = std::filesystem;
using detail::RawColumnFamily;
using detail::RawDatabase;

rocksdb::ReadOptions Verified() {
  rocksdb::ReadOptions options;
  options.verify_checksums = true;
  // A whole-database scan would push every query's blocks out of the cache.
  options.fill_cache = false;
  return options;
}

// Collects the problems of a check: the first `max_listed`, and a count.
class Problems {
 public:
  explicit Problems(CheckReport& report, size_t max_listed)
      : report_(report), max_listed_(max_listed) {}
  void Add(const Status& s) { Add(s.message()); }
  void Add(std::string problem) {
    ++report_.problem_count;
    if (report_.problems.size() < max_listed_)
      report_.problems.push_back(std::move(problem));
  }

 private:
  CheckReport& report_;
  size_t max_listed_;
};

// The error of a record of `cf` at `key`: OK when it decodes as the column
// family stores it. `dense_ids` collects the dense ids the `ids` column
// family gives (read before `adjacency` and `weights`, which are checked
// against them).
class RecordChecker {
 public:
  RecordChecker(const RawDatabase& raw, std::unordered_set<uint32_t>& dense_ids)
      : raw_(raw), dense_ids_(dense_ids) {}

  Status Check(const std::string& cf, std::string_view key,
               std::string_view value) {
    auto damage = [&](const std::string& why) {
      return detail::Damage(cf, key, why);
    };
    std::string where = detail::DamageWhere(cf, key);
    if (cf == "nodes") {
      if (!detail::ParseNodeKey(key)) return damage("malformed key");
      detail::NodeRecord record;
      Status s = detail::DecodeRecord(value, &record, where);
      if (s.ok() && record.kind >= graph::kNodeKindCount)
        return damage("unknown node kind " + std::to_string(record.kind));
      return s;
    }
    if (cf == "out_edges" || cf == "in_edges") {
      std::optional<detail::EdgeKeyParts> parts = detail::ParseEdgeKey(key);
      if (!parts) return damage("malformed key (or unknown edge kind)");
      if (cf == "in_edges") return CheckInEdge(*parts, key, value);
      detail::EdgeRecord record;
      return detail::DecodeRecord(value, &record, where);
    }
    if (cf == "names") {
      if (!detail::ParseNameIndexKey(key)) return damage("malformed key");
      return Status::Ok();
    }
    if (cf == "pages") return CheckPagesRecord(key, value, where);
    if (cf == "meta") {
      // Keys a newer build may add are not this build's to judge.
      if ((key == detail::kSchemaVersionKey ||
           key == detail::kNextDenseIdKey) &&
          !detail::DecodeUint32(value)) {
        return damage("not a 4-byte number");
      }
      return Status::Ok();
    }
    if (cf == "heads") {
      detail::NodeHeadRecord record;
      Status s = detail::DecodeRecord(value, &record, where);
      if (s.ok() && record.kind >= graph::kNodeKindCount)
        return damage("unknown node kind " + std::to_string(record.kind));
      return s;
    }
    if (cf == "edge_heads") {
      if (!detail::ParseEdgeHeadKey(key))
        return damage("malformed key (or unknown edge kind)");
      detail::EdgeHeadRecord record;
      return detail::DecodeRecord(value, &record, where);
    }
    if (cf == "ids") return CheckIds(key, value);
    if (cf == "adjacency") {
      // Schema 4: a list per node, direction and kind; before, a key per
      // edge end.
      std::vector<uint32_t> ends;
      if (key.size() == detail::kAdjacencyListKeySize) {
        std::optional<detail::AdjacencyListKeyParts> parts =
            detail::ParseAdjacencyListKey(key);
        if (!parts) return damage("malformed key (or unknown edge kind)");
        ends.push_back(parts->near);
        if (!detail::DecodeAdjacencyList(value, ends))
          return damage("not a list of dense ids");
      } else {
        std::optional<detail::AdjacencyKeyParts> parts =
            detail::ParseAdjacencyKey(key);
        if (!parts) return damage("malformed key (or unknown edge kind)");
        ends = {parts->near, parts->far};
      }
      for (uint32_t end : ends) {
        if (!dense_ids_.count(end))
          return damage("dense id " + std::to_string(end) + " is no node's");
      }
      return Status::Ok();
    }
    if (cf == "weights") {
      std::optional<detail::AdjacencyKeyParts> parts =
          detail::ParseAdjacencyKey(key);
      if (!parts || !IsWeightedKind(parts->kind))
        return damage("malformed key (or not a weighted edge kind)");
      if (!detail::DecodeWeight(value)) return damage("not a weight");
      for (uint32_t end : {parts->near, parts->far}) {
        if (!dense_ids_.count(end))
          return damage("dense id " + std::to_string(end) + " is no node's");
      }
      return Status::Ok();
    }
    if (cf == "index") {
      if (!detail::ParseIndexKey(key)) return damage("malformed key");
      return Status::Ok();
    }
    return Status::Ok();
  }

 private:
  Status CheckInEdge(const detail::EdgeKeyParts& parts, std::string_view key,
                     std::string_view value) {
    std::string where = detail::DamageWhere("in_edges", key);
    if (!value.empty()) {
      // A database written before in_edges held keys only.
      detail::EdgeRecord record;
      return detail::DecodeRecord(value, &record, where);
    }
    std::string out_key =
        detail::EdgeKey(parts.far, parts.kind, parts.near, parts.owner);
    std::string out_value;
    rocksdb::Status s =
        raw_.db->Get(Verified(), Handle("out_edges"), out_key, &out_value);
    if (s.IsNotFound()) {
      return Status::Corruption(where + ": no out_edges record \"" +
                                detail::PrintableKey(out_key) + "\"");
    }
    if (!s.ok()) return Status::Corruption(where + ": " + s.ToString());
    return Status::Ok();
  }

  static Status CheckPagesRecord(std::string_view key, std::string_view value,
                                 const std::string& where) {
    if (key.empty()) return Status::Corruption(where + ": empty key");
    switch (key[0]) {
      case detail::kPageInfoTag: {
        detail::PageRecord record;
        return detail::DecodeRecord(value, &record, where);
      }
      case detail::kPageTextTag: {
        detail::PageTextRecord record;
        return detail::DecodeRecord(value, &record, where);
      }
      case detail::kManifestTag: {
        detail::ManifestRecord record;
        return detail::DecodeRecord(value, &record, where);
      }
      case detail::kQuoterTag:
        if (key.find(detail::kSeparator) == std::string_view::npos)
          return Status::Corruption(where + ": malformed key");
        return Status::Ok();
      default:
        return Status::Corruption(where + ": unknown key tag");
    }
  }

  Status CheckIds(std::string_view key, std::string_view value) {
    std::string where = detail::DamageWhere("ids", key);
    if (!key.empty() && key[0] == detail::kDenseOfTag && key.size() > 1) {
      if (!detail::DecodeUint32(value))
        return Status::Corruption(where + ": not a 4-byte id");
      return Status::Ok();
    }
    if (!key.empty() && key[0] == detail::kNodeOfTag) {
      std::optional<uint32_t> dense = detail::DecodeUint32(key.substr(1));
      if (!dense || value.empty() ||
          value.find(detail::kSeparator) != std::string_view::npos) {
        return Status::Corruption(where + ": malformed key or node id");
      }
      dense_ids_.insert(*dense);
      return Status::Ok();
    }
    return Status::Corruption(where + ": malformed key");
  }

  rocksdb::ColumnFamilyHandle* Handle(const std::string& name) const {
    for (const RawColumnFamily& cf : raw_.column_families) {
      if (cf.name == name) return cf.handle;
    }
    return nullptr;
  }

  const RawDatabase& raw_;
  std::unordered_set<uint32_t>& dense_ids_;
};

// Calls fn(key, value) on every record of `cf` until it returns false.
// Returns the scan's error, naming the last key read.
Status ScanAll(
    const RawDatabase& raw, const RawColumnFamily& cf,
    const std::function<bool(std::string_view, std::string_view)>& fn,
    std::string_view from = {}, std::string_view prefix = {}) {
  std::unique_ptr<rocksdb::Iterator> it(
      raw.db->NewIterator(Verified(), cf.handle));
  std::string last(from);
  for (it->Seek(rocksdb::Slice(from.data(), from.size())); it->Valid();
       it->Next()) {
    std::string_view key = it->key().ToStringView();
    if (!prefix.empty() && key.substr(0, prefix.size()) != prefix) break;
    if (!fn(key, it->value().ToStringView())) break;
    last.assign(key);
  }
  if (it->status().ok()) return Status::Ok();
  return Status::Corruption(detail::DamageWhere(cf.name, last) +
                            " or the key after it: " + it->status().ToString());
}

// A copy of the database in `dir` put back together by RocksDB's RepairDB,
// for a database that cannot be opened (a table file whose index or
// dictionary block fails its checksum fails the open): RepairDB keeps what
// every table file still yields and drops what it cannot read. The copy is
// made beside `dir` and removed with the object; `dir` is not touched.
class Salvage {
 public:
  explicit Salvage(const std::string& dir)
      : path_(AsideName(dir, "salvaging")) {}
  ~Salvage() {
    if (db_) {
      for (rocksdb::ColumnFamilyHandle* h : handles_)
        db_->DestroyColumnFamilyHandle(h).PermitUncheckedError();
      db_.reset();
    }
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  Salvage(const Salvage&) = delete;
  Salvage& operator=(const Salvage&) = delete;

  Status Make(const std::string& dir) {
    std::error_code ec;
    fs::create_directories(path_, ec);
    if (ec) return Status::IOError(path_.string() + ": " + ec.message());
    // RocksDB's files only: the full-text index stays where it is.
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      if (!entry.is_regular_file() || entry.path().filename() == "LOCK")
        continue;
      fs::copy_file(entry.path(), path_ / entry.path().filename(), ec);
      if (ec)
        return Status::IOError(entry.path().string() + ": " + ec.message());
    }
    if (ec) return Status::IOError(dir + ": " + ec.message());
    rocksdb::Options options;
    rocksdb::Status s = rocksdb::RepairDB(path_, options);
    if (!s.ok()) {
      return Status::Corruption(
          dir + ": damaged beyond RocksDB's repair: " + s.ToString());
    }
    return Status::Ok();
  }
  // Opens the salvaged copy read-only with every column family it has
  // (RepairDB leaves out those whose every file was lost).
  Status Open() {
    rocksdb::DBOptions options;
    std::vector<std::string> names;
    rocksdb::Status s =
        rocksdb::DB::ListColumnFamilies(options, path_.string(), &names);
    std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
    for (const std::string& name : names) {
      rocksdb::ColumnFamilyOptions cf;
      // Any read of the adjacency folds its merge operands.
      if (name == "adjacency")
        cf.merge_operator = detail::NewAdjacencyMergeOperator();
      descriptors.emplace_back(name, cf);
    }
    rocksdb::DB* db = nullptr;
    if (s.ok()) {
      s = rocksdb::DB::OpenForReadOnly(options, path_.string(), descriptors,
                                       &handles_, &db);
    }
    if (!s.ok()) {
      return Status::Corruption(
          path_.string() +
          ": damaged beyond RocksDB's repair: " + s.ToString());
    }
    db_.reset(db);
    raw_.db = db;
    for (size_t i = 0; i < names.size(); ++i)
      raw_.column_families.push_back({names[i], handles_[i]});
    return Status::Ok();
  }
  const RawDatabase& raw() const { return raw_; }

 private:
  fs::path path_;
  std::unique_ptr<rocksdb::DB> db_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
  RawDatabase raw_;
};

// What RecoverPages reads from the database `raw` (of `dir`, whose
// full-text index names pages too).
PageRecovery RecoverFrom(const RawDatabase& raw, const std::string& dir) {
  const RawColumnFamily* pages = nullptr;
  for (const RawColumnFamily& cf : raw.column_families) {
    if (cf.name == "pages") pages = &cf;
  }

  // Every id that may be a stored page's. A scan stops at a damaged block,
  // so each source adds what the others may have lost: the page records,
  // the page texts, the owners of the facts (a page owns its facts) and
  // the full-text index (one document per page).
  std::set<std::string> candidates;
  for (char tag : {detail::kPageInfoTag, detail::kPageTextTag}) {
    if (pages == nullptr) break;
    std::string prefix(1, tag);
    // What a scan cannot read past, the other sources may name.
    static_cast<void>(ScanAll(
        raw, *pages,
        [&](std::string_view key, std::string_view) {
          candidates.emplace(key.substr(1));
          return true;
        },
        prefix, prefix));
  }
  for (const RawColumnFamily& cf : raw.column_families) {
    if (cf.name != "nodes") continue;
    std::string last_owner;
    static_cast<void>(
        ScanAll(raw, cf, [&](std::string_view key, std::string_view) {
          std::optional<detail::NodeKeyParts> parts = detail::ParseNodeKey(key);
          if (parts && parts->owner != last_owner) {
            last_owner = std::string(parts->owner);
            candidates.insert(last_owner);
          }
          return true;
        }));
  }
  if (auto index = TextIndex::OpenForRead(dir); index.ok()) {
    if (auto drift = (*index)->Compare({}); drift.ok()) {
      candidates.insert(drift->stale.begin(), drift->stale.end());
    }
  }

  PageRecovery recovery;
  for (const std::string& id : candidates) {
    if (pages == nullptr) {
      // Every page text was in table files RocksDB could not read; only
      // ids found in the facts or the full-text index are known. A fact
      // owner that is a linker's, not a page, cannot be told apart here.
      recovery.lost.push_back({id, "", "the pages column family is lost"});
      continue;
    }
    auto read = [&](char tag, std::string* value) {
      return raw.db->Get(Verified(), pages->handle, detail::PageKey(tag, id),
                         value);
    };
    std::string info_value, text_value;
    rocksdb::Status info = read(detail::kPageInfoTag, &info_value);
    rocksdb::Status text = read(detail::kPageTextTag, &text_value);
    // A linker's owner is no page: it has neither record.
    if (info.IsNotFound() && text.IsNotFound()) continue;
    std::string info_key = detail::PageKey(detail::kPageInfoTag, id);
    std::string text_key = detail::PageKey(detail::kPageTextTag, id);
    detail::PageRecord record;
    bool have_record = info.ok() && detail::DecodeRecord(
                                        info_value, &record,
                                        detail::DamageWhere("pages", info_key))
                                        .ok();
    detail::PageTextRecord page_text;
    Status decoded = Status::Corruption("no page text");
    if (text.ok()) {
      decoded = detail::DecodeRecord(text_value, &page_text,
                                     detail::DamageWhere("pages", text_key));
    } else if (!text.IsNotFound()) {
      decoded = detail::Damage("pages", text_key, text.ToString());
    }
    if (!decoded.ok()) {
      recovery.lost.push_back(
          {id, have_record ? record.source_path : "", decoded.message()});
      continue;
    }
    std::string source = record.source_path;
    if (!have_record) {
      // A JSON document opens with '{'; anything else is read as a page.
      size_t first = page_text.text.find_first_not_of(" \t\r\n");
      bool json = first != std::string::npos && page_text.text[first] == '{';
      source = id + (json ? ".json" : ".txt");
    }
    recovery.pages.push_back({id, source, std::move(page_text.text)});
  }
  std::stable_sort(recovery.pages.begin(), recovery.pages.end(),
                   [](const RecoveredPage& a, const RecoveredPage& b) {
                     return a.source_path < b.source_path;
                   });
  return recovery;
}

}  // namespace

Result<CheckReport> CheckDatabase(const std::string& dir, size_t max_listed) {
  auto store = OpenForReading(dir);
  if (!store.ok()) return store.status();
  RawDatabase raw = detail::RawHandles(**store);
  CheckReport report;
  Problems problems(report, max_listed);
  // Every block of every table file, against its checksum; the decode below
  // also reads the memtables (a write-ahead log replayed at open).
  rocksdb::Status verified = raw.db->VerifyChecksum(Verified());
  if (!verified.ok()) {
    problems.Add(std::string(detail::kDamaged) +
                 "table files: " + verified.ToString());
  }
  std::unordered_set<uint32_t> dense_ids;
  RecordChecker checker(raw, dense_ids);
  for (const RawColumnFamily& cf : raw.column_families) {
    ++report.column_families;
    Status scanned =
        ScanAll(raw, cf, [&](std::string_view key, std::string_view value) {
          ++report.records;
          Status s = checker.Check(cf.name, key, value);
          if (!s.ok()) problems.Add(s);
          return true;
        });
    if (!scanned.ok()) problems.Add(scanned);
  }
  return report;
}

Result<PageRecovery> RecoverPages(const std::string& dir) {
  auto store = OpenForReading(dir);
  if (store.ok()) return RecoverFrom(detail::RawHandles(**store), dir);
  if (!IsDamage(store.status())) return store.status();
  Salvage salvage(dir);
  Status made = salvage.Make(dir);
  if (!made.ok()) return made;
  Status opened = salvage.Open();
  if (!opened.ok()) return opened;
  return RecoverFrom(salvage.raw(), dir);
}

}  // namespace parley::storage
