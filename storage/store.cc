// The RocksDB implementation of Store and Reader. The on-disk format is
// described in docs/storage.md; keys are built in detail/keys.h and values in
// detail/records.h.

#include "storage/store.h"

#include <rocksdb/db.h>
#include <rocksdb/iterator.h>
#include <rocksdb/options.h>
#include <rocksdb/slice.h>
#include <rocksdb/write_batch.h>

#include <algorithm>
#include <array>
#include <exception>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>
#include <utility>

#include "graph/merge.h"
#include "storage/detail/keys.h"
#include "storage/detail/records.h"
#include "storage/detail/testing.h"

namespace parley::storage {
namespace {

namespace fs = std::filesystem;
using detail::EdgeRecord;
using detail::EdgeRef;
using detail::ManifestRecord;
using detail::NameRef;
using detail::NodeRecord;
using detail::PageRecord;
using detail::PageTextRecord;

// Parley's column families, in this order in Database::cf.
enum Cf : size_t {
  kNodes,
  kOutEdges,
  kInEdges,
  kNames,
  kPages,
  kMeta,
  kCfCount
};
constexpr std::array<const char*, kCfCount> kCfNames = {
    "nodes", "out_edges", "in_edges", "names", "pages", "meta"};

Status FromRocks(const rocksdb::Status& s, const std::string& context) {
  if (s.ok()) return Status::Ok();
  std::string message = context + ": " + s.ToString();
  if (s.IsNotFound()) return Status::NotFound(message);
  if (s.IsCorruption()) return Status::Corruption(message);
  if (s.IsInvalidArgument()) return Status::InvalidArgument(message);
  if (s.IsBusy() || s.IsTimedOut()) return Status::Busy(message);
  return Status::IOError(message);
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

std::string Describe(Cf cf, std::string_view key) {
  return std::string(kCfNames[cf]) + " key \"" + detail::PrintableKey(key) +
         "\"";
}

detail::EvidenceRecord ToRecord(const graph::Evidence& e) {
  return {e.doc, e.lang, e.start, e.end, e.quote};
}

graph::Evidence FromRecord(detail::EvidenceRecord&& e) {
  return {std::move(e.doc), std::move(e.lang), e.start, e.end,
          std::move(e.quote)};
}

std::vector<detail::EvidenceRecord> ToRecords(
    const std::vector<graph::Evidence>& evidence) {
  std::vector<detail::EvidenceRecord> out;
  out.reserve(evidence.size());
  for (const graph::Evidence& e : evidence) out.push_back(ToRecord(e));
  return out;
}

std::vector<graph::Evidence> FromRecords(
    std::vector<detail::EvidenceRecord>&& records) {
  std::vector<graph::Evidence> out;
  out.reserve(records.size());
  for (detail::EvidenceRecord& e : records) {
    out.push_back(FromRecord(std::move(e)));
  }
  return out;
}

// The RocksDB handle and Parley's column families; closes them in the order
// RocksDB requires (handles before the database).
struct Database {
  rocksdb::DB* db = nullptr;
  std::array<rocksdb::ColumnFamilyHandle*, kCfCount> cf{};
  // Every handle opened, Parley's and any a newer build added.
  std::vector<rocksdb::ColumnFamilyHandle*> all_handles;

  Database() = default;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database() {
    if (db == nullptr) return;
    for (rocksdb::ColumnFamilyHandle* h : all_handles) {
      db->DestroyColumnFamilyHandle(h).PermitUncheckedError();
    }
    db->Close().PermitUncheckedError();
    delete db;
  }
};

class SnapshotReader : public Reader {
 public:
  explicit SnapshotReader(const Database* database)
      : database_(database), snapshot_(database->db->GetSnapshot()) {}
  ~SnapshotReader() override { database_->db->ReleaseSnapshot(snapshot_); }

  std::optional<graph::Node> GetNode(const graph::NodeId& id) override {
    if (!detail::IsKeyComponent(id)) return std::nullopt;
    graph::NodeMerger node;
    ScanPrefix(kNodes, detail::NodePrefix(id),
               [&](std::string_view key, std::string_view value) {
                 AddNodeContribution(id, key, value, node);
                 return true;
               });
    return node.Take();
  }

  std::vector<graph::Edge> OutEdges(
      const graph::NodeId& id, std::optional<graph::EdgeKind> kind) override {
    return EdgesOf(kOutEdges, id, kind);
  }

  std::vector<graph::Edge> InEdges(
      const graph::NodeId& id, std::optional<graph::EdgeKind> kind) override {
    return EdgesOf(kInEdges, id, kind);
  }

  void ForEachNode(const std::function<bool(const graph::Node&)>& fn) override {
    graph::NodeMerger node;
    bool go_on = true;
    ScanPrefix(kNodes, "", [&](std::string_view key, std::string_view value) {
      std::optional<detail::NodeKeyParts> parts = detail::ParseNodeKey(key);
      if (!parts) {
        Record(Status::Corruption("malformed " + Describe(kNodes, key)));
        return true;
      }
      if (node.has_value() && node.get().id != parts->node_id) {
        go_on = fn(*node.Take());
        if (!go_on) return false;
      }
      AddNodeContribution(std::string(parts->node_id), key, value, node);
      return true;
    });
    if (go_on && node.has_value()) fn(*node.Take());
  }

  void ForEachEdge(const std::function<bool(const graph::Edge&)>& fn) override {
    graph::EdgeMerger edge;
    bool go_on = true;
    ScanPrefix(
        kOutEdges, "", [&](std::string_view key, std::string_view value) {
          std::optional<detail::EdgeKeyParts> parts = detail::ParseEdgeKey(key);
          if (!parts) {
            Record(Status::Corruption("malformed " + Describe(kOutEdges, key)));
            return true;
          }
          if (edge.has_value() && !SameEdge(edge.get(), kOutEdges, *parts)) {
            go_on = fn(*edge.Take());
            if (!go_on) return false;
          }
          AddEdgeContribution(kOutEdges, *parts, key, value, edge);
          return true;
        });
    if (go_on && edge.has_value()) fn(*edge.Take());
  }

  std::vector<graph::NodeId> LookupName(const std::string& name) override {
    std::vector<graph::NodeId> ids;
    std::string name_key = NameKey(name);
    if (name_key.empty()) return ids;
    ScanPrefix(
        kNames, detail::NamePrefix(name_key),
        [&](std::string_view key, std::string_view) {
          std::optional<detail::NameKeyParts> parts =
              detail::ParseNameIndexKey(key);
          if (!parts) {
            Record(Status::Corruption("malformed " + Describe(kNames, key)));
            return true;
          }
          // Keys sort by node id, so duplicates (one per owner) are
          // adjacent and the result comes out sorted.
          if (ids.empty() || ids.back() != parts->node_id) {
            ids.emplace_back(parts->node_id);
          }
          return true;
        });
    return ids;
  }

  std::optional<std::string> PageText(const std::string& page_id) override {
    if (!detail::IsKeyComponent(page_id)) return std::nullopt;
    std::string key = detail::PageKey(detail::kPageTextTag, page_id);
    std::string value;
    rocksdb::Status s =
        database_->db->Get(Options(), database_->cf[kPages], key, &value);
    if (s.IsNotFound()) return std::nullopt;
    if (!s.ok()) {
      Record(FromRocks(s, Describe(kPages, key)));
      return std::nullopt;
    }
    PageTextRecord record;
    Status decoded =
        detail::DecodeRecord(value, &record, Describe(kPages, key));
    if (!decoded.ok()) {
      Record(decoded);
      return std::nullopt;
    }
    return std::move(record.text);
  }

  std::vector<PageInfo> Pages() override {
    std::vector<PageInfo> pages;
    ScanPrefix(kPages, std::string(1, detail::kPageInfoTag),
               [&](std::string_view key, std::string_view value) {
                 PageRecord record;
                 Status s = detail::DecodeRecord(value, &record,
                                                 Describe(kPages, key));
                 if (!s.ok()) {
                   Record(s);
                   return true;
                 }
                 pages.push_back(
                     {std::string(key.substr(1)), std::move(record.source_path),
                      std::move(record.content_hash), record.text_bytes});
                 return true;
               });
    return pages;
  }

  Status status() const override { return status_; }

 private:
  rocksdb::ReadOptions Options() const {
    rocksdb::ReadOptions options;
    options.snapshot = snapshot_;
    return options;
  }

  void Record(const Status& s) {
    if (status_.ok() && !s.ok()) status_ = s;
  }

  // Calls fn(key, value) for every key of `cf` starting with `prefix`, in
  // order, until fn returns false. Reads nothing outside the prefix.
  template <typename Fn>
  void ScanPrefix(Cf cf, std::string_view prefix, Fn&& fn) {
    rocksdb::ReadOptions options = Options();
    std::string upper = detail::PrefixUpperBound(prefix);
    rocksdb::Slice upper_slice(upper);
    if (!upper.empty()) options.iterate_upper_bound = &upper_slice;
    std::unique_ptr<rocksdb::Iterator> it(
        database_->db->NewIterator(options, database_->cf[cf]));
    for (it->Seek(rocksdb::Slice(prefix.data(), prefix.size())); it->Valid();
         it->Next()) {
      rocksdb::Slice key = it->key();
      rocksdb::Slice value = it->value();
      if (!fn(std::string_view(key.data(), key.size()),
              std::string_view(value.data(), value.size()))) {
        break;
      }
    }
    if (!it->status().ok()) {
      Record(FromRocks(it->status(), std::string("scanning ") + kCfNames[cf]));
    }
  }

  // Decodes one owner's contribution to node `id` and merges it into `node`.
  void AddNodeContribution(const std::string& id, std::string_view key,
                           std::string_view value, graph::NodeMerger& node) {
    NodeRecord record;
    Status s = detail::DecodeRecord(value, &record, Describe(kNodes, key));
    if (s.ok() && record.kind >= graph::kNodeKindCount) {
      s = Status::Corruption(Describe(kNodes, key) + ": unknown node kind " +
                             std::to_string(record.kind));
    }
    if (!s.ok()) {
      Record(s);
      return;
    }
    graph::Node contribution;
    contribution.id = id;
    contribution.kind = static_cast<graph::NodeKind>(record.kind);
    contribution.label = std::move(record.label);
    contribution.aliases = std::move(record.aliases);
    contribution.props = std::move(record.props);
    contribution.evidence = FromRecords(std::move(record.evidence));
    node.Add(std::move(contribution));
  }

  static bool SameEdge(const graph::Edge& edge, Cf cf,
                       const detail::EdgeKeyParts& parts) {
    const std::string& near = cf == kOutEdges ? edge.source : edge.target;
    const std::string& far = cf == kOutEdges ? edge.target : edge.source;
    return edge.kind == parts.kind && near == parts.near && far == parts.far;
  }

  void AddEdgeContribution(Cf cf, const detail::EdgeKeyParts& parts,
                           std::string_view key, std::string_view value,
                           graph::EdgeMerger& edge) {
    EdgeRecord record;
    Status s = detail::DecodeRecord(value, &record, Describe(cf, key));
    if (!s.ok()) {
      Record(s);
      return;
    }
    graph::Edge contribution;
    contribution.source = cf == kOutEdges ? parts.near : parts.far;
    contribution.target = cf == kOutEdges ? parts.far : parts.near;
    contribution.kind = parts.kind;
    contribution.props = std::move(record.props);
    contribution.evidence = FromRecords(std::move(record.evidence));
    edge.Add(std::move(contribution));
  }

  std::vector<graph::Edge> EdgesOf(Cf cf, const graph::NodeId& id,
                                   std::optional<graph::EdgeKind> kind) {
    std::vector<graph::Edge> edges;
    if (!detail::IsKeyComponent(id)) return edges;
    graph::EdgeMerger edge;
    ScanPrefix(cf, detail::EdgePrefix(id, kind),
               [&](std::string_view key, std::string_view value) {
                 std::optional<detail::EdgeKeyParts> parts =
                     detail::ParseEdgeKey(key);
                 if (!parts) {
                   Record(Status::Corruption("malformed " + Describe(cf, key)));
                   return true;
                 }
                 if (edge.has_value() && !SameEdge(edge.get(), cf, *parts)) {
                   edges.push_back(*edge.Take());
                 }
                 AddEdgeContribution(cf, *parts, key, value, edge);
                 return true;
               });
    if (edge.has_value()) edges.push_back(*edge.Take());
    return edges;
  }

  const Database* database_;
  const rocksdb::Snapshot* snapshot_;
  Status status_;
};

// Collects one atomic write: the deletions of owners' old facts and the puts
// of their new ones. Remembers what it staged, so that a page or owner named
// twice in one batch sees its own earlier staging, not the stale database.
class BatchBuilder {
 public:
  explicit BatchBuilder(const Database* database) : database_(database) {}

  rocksdb::WriteBatch& batch() { return batch_; }

  Result<ApplyOutcome> StagePage(const graph::Fragment& page) {
    const std::string& page_id = page.page_id;
    if (!detail::IsKeyComponent(page_id)) {
      return Status::InvalidArgument(
          "page id is empty or holds a NUL byte (source " + page.source_path +
          ")");
    }
    std::string hash = page.content_hash.empty() ? graph::ContentHash(page.text)
                                                 : page.content_hash;
    Result<std::optional<PageRecord>> existing = LoadPage(page_id);
    if (!existing.ok()) return existing.status();
    if (existing->has_value() && (*existing)->content_hash == hash) {
      return ApplyOutcome::kUnchanged;
    }
    if (!existing->has_value()) {
      Result<std::optional<ManifestRecord>> manifest = LoadManifest(page_id);
      if (!manifest.ok()) return manifest.status();
      if (manifest->has_value()) {
        return Status::InvalidArgument(
            "page id " + page_id +
            " is already the owner of derived facts (ReplaceOwned), not a "
            "page");
      }
    }
    Status staged = StageFacts(page_id, page);
    if (!staged.ok()) return staged;

    PageRecord record{page.source_path, hash, page.text.size()};
    Put(kPages, detail::PageKey(detail::kPageInfoTag, page_id),
        detail::EncodeRecord(record));
    Put(kPages, detail::PageKey(detail::kPageTextTag, page_id),
        detail::EncodeRecord(PageTextRecord{page.text}));
    staged_pages_[page_id] = std::move(record);
    return existing->has_value() ? ApplyOutcome::kReplaced
                                 : ApplyOutcome::kAdded;
  }

  Status StageOwned(const std::string& owner, const graph::Fragment* facts) {
    if (!detail::IsKeyComponent(owner)) {
      return Status::InvalidArgument("owner is empty or holds a NUL byte");
    }
    Result<std::optional<PageRecord>> page = LoadPage(owner);
    if (!page.ok()) return page.status();
    if (page->has_value()) {
      return Status::InvalidArgument(
          "owner " + owner + " is a stored page; replace it with ApplyPage");
    }
    graph::Fragment none;
    return StageFacts(owner, facts != nullptr ? *facts : none);
  }

  bool empty() const { return batch_.Count() == 0; }

 private:
  void Put(Cf cf, const std::string& key, const std::string& value) {
    batch_.Put(database_->cf[cf], key, value).PermitUncheckedError();
  }
  void Delete(Cf cf, const std::string& key) {
    batch_.Delete(database_->cf[cf], key).PermitUncheckedError();
  }

  // Reads `key` of the pages column family as the database holds it now
  // (the caller holds the write lock, so it cannot change underneath).
  template <typename Record>
  Result<std::optional<Record>> ReadPagesRecord(const std::string& key) {
    std::string value;
    rocksdb::Status s = database_->db->Get(rocksdb::ReadOptions(),
                                           database_->cf[kPages], key, &value);
    if (s.IsNotFound()) return std::optional<Record>();
    if (!s.ok()) return FromRocks(s, Describe(kPages, key));
    Record record;
    Status decoded =
        detail::DecodeRecord(value, &record, Describe(kPages, key));
    if (!decoded.ok()) return decoded;
    return std::optional<Record>(std::move(record));
  }

  Result<std::optional<PageRecord>> LoadPage(const std::string& page_id) {
    auto it = staged_pages_.find(page_id);
    if (it != staged_pages_.end()) return std::optional<PageRecord>(it->second);
    return ReadPagesRecord<PageRecord>(
        detail::PageKey(detail::kPageInfoTag, page_id));
  }

  Result<std::optional<ManifestRecord>> LoadManifest(const std::string& owner) {
    auto it = staged_manifests_.find(owner);
    if (it != staged_manifests_.end()) return it->second;
    return ReadPagesRecord<ManifestRecord>(
        detail::PageKey(detail::kManifestTag, owner));
  }

  static Status Validate(const std::string& owner,
                         const graph::Fragment& facts) {
    for (const graph::Node& node : facts.nodes()) {
      if (!detail::IsKeyComponent(node.id)) {
        return Status::InvalidArgument(
            owner + ": a node id is empty or holds a NUL byte");
      }
      if (static_cast<int>(node.kind) >= graph::kNodeKindCount) {
        return Status::InvalidArgument(owner + ": node " + node.id +
                                       " has an unknown kind");
      }
    }
    for (const graph::Edge& edge : facts.edges()) {
      if (!detail::IsKeyComponent(edge.source) ||
          !detail::IsKeyComponent(edge.target)) {
        return Status::InvalidArgument(
            owner + ": an edge end is empty or holds a NUL byte (" +
            edge.source + " -> " + edge.target + ")");
      }
      if (static_cast<int>(edge.kind) >= graph::kEdgeKindCount) {
        return Status::InvalidArgument(owner + ": edge " + edge.source +
                                       " -> " + edge.target +
                                       " has an unknown kind");
      }
    }
    return Status::Ok();
  }

  // Deletes every key `owner` wrote before and puts `facts` in their place,
  // with a new manifest. Keys present in both are deleted then put again;
  // in a WriteBatch the later operation wins, so they end up written.
  Status StageFacts(const std::string& owner, const graph::Fragment& facts) {
    Status valid = Validate(owner, facts);
    if (!valid.ok()) return valid;
    Result<std::optional<ManifestRecord>> old = LoadManifest(owner);
    if (!old.ok()) return old.status();

    if (old->has_value()) {
      const ManifestRecord& m = **old;
      for (const std::string& id : m.nodes) {
        Delete(kNodes, detail::NodeKey(id, owner));
      }
      for (const EdgeRef& e : m.edges) {
        auto kind = static_cast<graph::EdgeKind>(e.kind);
        Delete(kOutEdges, detail::EdgeKey(e.source, kind, e.target, owner));
        Delete(kInEdges, detail::EdgeKey(e.target, kind, e.source, owner));
      }
      for (const NameRef& n : m.names) {
        Delete(kNames, detail::NameIndexKey(n.name_key, n.node_id, owner));
      }
    }

    ManifestRecord manifest;
    std::set<std::pair<std::string, std::string>> names;
    for (const graph::Node& node : facts.nodes()) {
      NodeRecord record{static_cast<uint8_t>(node.kind), node.label,
                        node.aliases, node.props, ToRecords(node.evidence)};
      Put(kNodes, detail::NodeKey(node.id, owner),
          detail::EncodeRecord(record));
      manifest.nodes.push_back(node.id);
      auto add_name = [&](const std::string& name) {
        std::string key = NameKey(name);
        if (!key.empty()) names.emplace(std::move(key), node.id);
      };
      add_name(node.label);
      for (const std::string& alias : node.aliases) add_name(alias);
    }
    for (const auto& [name_key, node_id] : names) {
      // The key says everything; the value stays empty.
      Put(kNames, detail::NameIndexKey(name_key, node_id, owner), "");
      manifest.names.push_back({name_key, node_id});
    }
    for (const graph::Edge& edge : facts.edges()) {
      std::string value = detail::EncodeRecord(
          EdgeRecord{edge.props, ToRecords(edge.evidence)});
      Put(kOutEdges,
          detail::EdgeKey(edge.source, edge.kind, edge.target, owner), value);
      Put(kInEdges, detail::EdgeKey(edge.target, edge.kind, edge.source, owner),
          value);
      manifest.edges.push_back(
          {edge.source, static_cast<uint8_t>(edge.kind), edge.target});
    }

    std::string manifest_key = detail::PageKey(detail::kManifestTag, owner);
    if (manifest.empty()) {
      if (old->has_value()) Delete(kPages, manifest_key);
      staged_manifests_[owner] = std::nullopt;
    } else {
      Put(kPages, manifest_key, detail::EncodeRecord(manifest));
      staged_manifests_[owner] = std::move(manifest);
    }
    return Status::Ok();
  }

  const Database* database_;
  rocksdb::WriteBatch batch_;
  std::map<std::string, PageRecord> staged_pages_;
  std::map<std::string, std::optional<ManifestRecord>> staged_manifests_;
};

class RocksStore : public Store {
 public:
  RocksStore(std::string dir, bool read_only,
             std::unique_ptr<Database> database)
      : dir_(std::move(dir)),
        read_only_(read_only),
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

  Result<std::vector<ApplyOutcome>> ApplyBatch(
      const std::vector<const graph::Fragment*>& pages,
      const std::vector<std::pair<std::string, const graph::Fragment*>>& owned)
      override {
    if (read_only_) {
      return Status::InvalidArgument(dir_ + ": database opened read-only");
    }
    // Reading the old manifests and writing the batch must not interleave
    // with another writer of this Store.
    std::lock_guard<std::mutex> lock(write_mutex_);
    try {
      BatchBuilder builder(database_.get());
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
      if (!builder.empty()) {
        rocksdb::Status s =
            database_->db->Write(rocksdb::WriteOptions(), &builder.batch());
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
    return std::make_unique<SnapshotReader>(database_.get());
  }

  Database& database() { return *database_; }

 private:
  std::string dir_;
  bool read_only_;
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

// Checks the schema version in meta; writes it into a database that has
// none yet and holds nothing (created by an Open that stopped before
// writing it).
Status CheckSchema(const std::string& dir, Database& database, bool read_only) {
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
    }
    if (read_only || holds_pages) {
      return Status::Corruption(NotParley(dir, "no schema version in meta"));
    }
    rocksdb::WriteOptions sync;
    sync.sync = true;
    return FromRocks(database.db->Put(sync, database.cf[kMeta],
                                      std::string(detail::kSchemaVersionKey),
                                      detail::EncodeUint32(kSchemaVersion)),
                     dir + ": writing schema version");
  }
  if (!s.ok()) return FromRocks(s, dir + ": reading schema version");
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
  return Status::Ok();
}

Result<std::unique_ptr<Store>> OpenStore(const std::string& dir,
                                         const OpenOptions& options) {
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

  if (!has_current) {
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
      return FromRocks(s, NotParley(dir, "RocksDB cannot read it"));
    }
    if (std::find(cf_names.begin(), cf_names.end(), kCfNames[kMeta]) ==
        cf_names.end()) {
      return Status::InvalidArgument(NotParley(
          dir, "a RocksDB database without Parley's column families"));
    }
  }

  // Every column family present must be opened for writing, including any a
  // newer build added; the schema check below then gives the clear error.
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const std::string& name : cf_names) {
    descriptors.emplace_back(name, rocksdb::ColumnFamilyOptions());
  }
  auto database = std::make_unique<Database>();
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
    return FromRocks(s, dir + ": opening");
  }
  for (size_t i = 0; i < cf_names.size(); ++i) {
    for (size_t c = 0; c < kCfCount; ++c) {
      if (cf_names[i] == kCfNames[c]) {
        database->cf[c] = database->all_handles[i];
      }
    }
  }
  Status schema = CheckSchema(dir, *database, options.read_only);
  if (!schema.ok()) return schema;
  for (size_t c = 0; c < kCfCount; ++c) {
    if (database->cf[c] == nullptr) {
      return Status::Corruption(dir + ": column family " +
                                std::string(kCfNames[c]) + " is missing");
    }
  }
  return std::unique_ptr<Store>(std::make_unique<RocksStore>(
      dir, options.read_only, std::move(database)));
}

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const std::string& dir,
                                           const OpenOptions& options) {
  try {
    return OpenStore(dir, options);
  } catch (const std::exception& e) {
    return Status::IOError(dir + ": opening: " + e.what());
  }
}

namespace detail {

std::vector<std::string> DumpForTesting(Store& store) {
  Database& database = static_cast<RocksStore&>(store).database();
  std::vector<std::string> lines;
  for (size_t c = 0; c < kCfCount; ++c) {
    std::unique_ptr<rocksdb::Iterator> it(
        database.db->NewIterator(rocksdb::ReadOptions(), database.cf[c]));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      std::string line = std::string(kCfNames[c]) + "\t" +
                         PrintableKey(it->key().ToStringView()) + "\t" +
                         it->value().ToString(/*hex=*/true);
      lines.push_back(std::move(line));
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

}  // namespace detail
}  // namespace parley::storage
