#include "storage/detail/migrations.h"

#include <rocksdb/iterator.h>
#include <rocksdb/options.h>
#include <rocksdb/write_batch.h>

#include <functional>
#include <map>
#include <memory>
#include <unordered_map>

#include "graph/merge.h"
#include "storage/detail/adjacency.h"
#include "storage/detail/keys.h"
#include "storage/detail/records.h"
#include "storage/store.h"

namespace parley::storage::detail {
namespace {

// A migration's writes: a batch written whenever it holds 8 MiB, and the
// schema version written last, synced.
class MigrationWrites {
 public:
  MigrationWrites(const std::string& dir, Database& database, int schema)
      : dir_(dir), database_(database), schema_(schema) {}

  rocksdb::WriteBatch& batch() { return batch_; }

  // Writes the batch when it is full, or `always`.
  Status Write(bool always) {
    if (!always && batch_.GetDataSize() < (8u << 20)) return Status::Ok();
    Status s =
        FromRocks(database_.db->Write(rocksdb::WriteOptions(), &batch_),
                  dir_ + ": migrating to schema " + std::to_string(schema_));
    batch_.Clear();
    return s;
  }

  // Writes what is left, then the schema version.
  Status Finish() {
    Status s = Write(true);
    if (!s.ok()) return s;
    rocksdb::WriteOptions sync;
    sync.sync = true;
    return FromRocks(
        database_.db->Put(sync, database_.cf[kMeta],
                          std::string(detail::kSchemaVersionKey),
                          detail::EncodeUint32(static_cast<uint32_t>(schema_))),
        dir_ + ": writing schema version");
  }

 private:
  const std::string& dir_;
  Database& database_;
  int schema_;
  rocksdb::WriteBatch batch_;
};

}  // namespace

// Writes the records schema 2 added (heads, dense ids, adjacency, indexes)
// from a schema-1 database's facts, then schema version 2. The derived
// column families are emptied first, so a migration that stopped half-way
// (the version is written last) starts over at the next Open.
Status MigrateToSchema2(const std::string& dir, Database& database) {
  rocksdb::DB* db = database.db;
  MigrationWrites writes(dir, database, 2);
  rocksdb::WriteBatch& batch = writes.batch();
  for (size_t c = kFirstDerivedCf; c < kCfCount; ++c) {
    std::unique_ptr<rocksdb::Iterator> it(
        db->NewIterator(rocksdb::ReadOptions(), database.cf[c]));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      batch.Delete(database.cf[c], it->key()).PermitUncheckedError();
    }
    if (!it->status().ok()) {
      return ScanError(static_cast<Cf>(c), "", it->status())
          .WithContext(dir + ": migrating");
    }
  }
  Status s = writes.Write(true);
  if (!s.ok()) return s;

  std::unordered_map<std::string, uint32_t> dense;
  auto assign = [&](const std::string& id) {
    auto [it, added] = dense.emplace(id, static_cast<uint32_t>(dense.size()));
    if (added) {
      batch
          .Put(database.cf[kIds], detail::DenseOfKey(id),
               detail::EncodeUint32(it->second))
          .PermitUncheckedError();
      batch.Put(database.cf[kIds], detail::NodeOfKey(it->second), id)
          .PermitUncheckedError();
    }
    return it->second;
  };

  // Nodes: every contribution of one node is adjacent, in owner order.
  graph::NodeMerger node;
  uint32_t owners = 0;
  auto end_node = [&]() {
    std::optional<graph::Node> merged = node.Take();
    if (!merged) return;
    NodeHeadRecord head = HeadOf(*merged, owners);
    owners = 0;
    assign(merged->id);
    for (const std::string& key : IndexKeysOf(merged->id, head)) {
      batch.Put(database.cf[kIndex], key, "").PermitUncheckedError();
    }
    batch.Put(database.cf[kHeads], merged->id, detail::EncodeRecord(head))
        .PermitUncheckedError();
  };
  std::unique_ptr<rocksdb::Iterator> it(
      db->NewIterator(rocksdb::ReadOptions(), database.cf[kNodes]));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    std::string_view key = it->key().ToStringView();
    std::optional<detail::NodeKeyParts> parts = detail::ParseNodeKey(key);
    NodeRecord record;
    Status decoded = parts
                         ? detail::DecodeRecord(it->value().ToStringView(),
                                                &record, Describe(kNodes, key))
                         : MalformedKey(kNodes, key);
    if (!decoded.ok()) return decoded.WithContext(dir + ": migrating");
    std::string id(parts->node_id);
    if (node.has_value() && node.get().id != id) end_node();
    node.Add(NodeFromRecord(id, std::move(record)));
    ++owners;
    s = writes.Write(false);
    if (!s.ok()) return s;
  }
  end_node();
  if (!it->status().ok()) return FromRocks(it->status(), dir + ": migrating");

  // Edges: every contribution of one (source, kind, target) is adjacent.
  std::optional<EdgeRef> current;
  graph::EdgeMerger edge;
  auto end_edge = [&]() {
    std::optional<graph::Edge> merged = edge.Take();
    if (!merged || !current) return;
    auto kind = static_cast<graph::EdgeKind>(current->kind);
    EdgeHeadRecord head{std::move(merged->props), owners,
                        merged->evidence.size()};
    owners = 0;
    batch
        .Put(database.cf[kEdgeHeads],
             detail::EdgeHeadKey(current->source, kind, current->target),
             detail::EncodeRecord(head))
        .PermitUncheckedError();
    uint32_t source = assign(current->source);
    uint32_t target = assign(current->target);
    batch
        .Put(database.cf[kAdjacency],
             detail::AdjacencyKey(source, false, kind, target), "")
        .PermitUncheckedError();
    batch
        .Put(database.cf[kAdjacency],
             detail::AdjacencyKey(target, true, kind, source), "")
        .PermitUncheckedError();
  };
  it.reset(db->NewIterator(rocksdb::ReadOptions(), database.cf[kOutEdges]));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    std::string_view key = it->key().ToStringView();
    std::optional<detail::EdgeKeyParts> parts = detail::ParseEdgeKey(key);
    EdgeRecord record;
    Status decoded =
        parts ? detail::DecodeRecord(it->value().ToStringView(), &record,
                                     Describe(kOutEdges, key))
              : MalformedKey(kOutEdges, key);
    if (!decoded.ok()) return decoded.WithContext(dir + ": migrating");
    EdgeRef ref{std::string(parts->near), static_cast<uint8_t>(parts->kind),
                std::string(parts->far)};
    if (current &&
        (current->source != ref.source || current->kind != ref.kind ||
         current->target != ref.target)) {
      end_edge();
    }
    current = std::move(ref);
    graph::Edge part;
    part.props = std::move(record.props);
    part.evidence = FromRecords(std::move(record.evidence));
    edge.Add(std::move(part));
    ++owners;
    s = writes.Write(false);
    if (!s.ok()) return s;
  }
  end_edge();
  if (!it->status().ok()) return FromRocks(it->status(), dir + ": migrating");

  batch
      .Put(database.cf[kMeta], std::string(detail::kNextDenseIdKey),
           detail::EncodeUint32(static_cast<uint32_t>(dense.size())))
      .PermitUncheckedError();
  return writes.Finish();
}

namespace {

// Puts, for every stored head of `kind`, the index keys `wanted` takes,
// then schema version `version`. Keys already there are written again
// unchanged, so a migration that stopped half-way (the version is written
// last) is finished by the next Open.
Status AddIndexKeys(const std::string& dir, Database& database, int version,
                    graph::NodeKind kind,
                    const std::function<bool(std::string_view)>& wanted) {
  rocksdb::DB* db = database.db;
  MigrationWrites writes(dir, database, version);
  rocksdb::WriteBatch& batch = writes.batch();
  std::unique_ptr<rocksdb::Iterator> it(
      db->NewIterator(rocksdb::ReadOptions(), database.cf[kHeads]));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    std::string_view key = it->key().ToStringView();
    NodeHeadRecord head;
    Status decoded = detail::DecodeRecord(it->value().ToStringView(), &head,
                                          Describe(kHeads, key));
    if (!decoded.ok()) return decoded.WithContext(dir + ": migrating");
    if (head.kind != static_cast<uint8_t>(kind)) continue;
    for (const std::string& index_key : IndexKeysOf(std::string(key), head)) {
      if (!wanted(index_key)) continue;
      batch.Put(database.cf[kIndex], index_key, "").PermitUncheckedError();
    }
    Status s = writes.Write(false);
    if (!s.ok()) return s;
  }
  if (!it->status().ok()) return FromRocks(it->status(), dir + ": migrating");
  return writes.Finish();
}

}  // namespace

// Adds the index of clause words (schema 3) to a schema-2 database: the
// index keys of every clause's head.
Status MigrateToSchema3(const std::string& dir, Database& database) {
  return AddIndexKeys(dir, database, 3, graph::NodeKind::kClause,
                      [](std::string_view) { return true; });
}

// Packs the adjacency (schema 4): the key per edge end that schemas 2 and 3
// wrote (near | direction and kind | far) becomes one list per node,
// direction and kind (detail/adjacency.h). Each list is written in the
// batch that deletes its keys, and a list already there is kept, so a
// migration that stopped half-way (the version is written last) leaves
// every edge end once, which readers of schema 3 read, and is finished by
// the next Open.
Status MigrateToSchema4(const std::string& dir, Database& database) {
  rocksdb::DB* db = database.db;
  MigrationWrites writes(dir, database, 4);
  rocksdb::WriteBatch& batch = writes.batch();
  rocksdb::ColumnFamilyHandle* cf = database.cf[kAdjacency];
  std::string list_key;
  std::vector<uint32_t> far;
  // A list and the deletion of the keys it gathers are written together,
  // so that a database is never without an edge end, nor with one twice.
  auto end_list = [&]() -> Status {
    if (list_key.empty()) return Status::Ok();
    std::sort(far.begin(), far.end());
    far.erase(std::unique(far.begin(), far.end()), far.end());
    batch.Put(cf, list_key, detail::EncodeAdjacencyList(far))
        .PermitUncheckedError();
    far.clear();
    return writes.Write(false);
  };
  std::unique_ptr<rocksdb::Iterator> it(
      db->NewIterator(rocksdb::ReadOptions(), cf));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    std::string_view key = it->key().ToStringView();
    // A list sorts before the keys it gathers (its key is their prefix).
    std::string_view of_list = key.substr(0, detail::kAdjacencyListKeySize);
    if (of_list != list_key) {
      if (Status s = end_list(); !s.ok()) return s;
      list_key = of_list;
    }
    bool read =
        key.size() == detail::kAdjacencyListKeySize
            ? detail::ParseAdjacencyListKey(key) &&
                  detail::DecodeAdjacencyList(it->value().ToStringView(), far)
            : detail::ParseAdjacencyKey(key).has_value();
    if (!read) {
      return MalformedKey(kAdjacency, key).WithContext(dir + ": migrating");
    }
    if (key.size() == detail::kAdjacencyKeySize) {
      far.push_back(detail::ParseAdjacencyKey(key)->far);
      batch.Delete(cf, it->key()).PermitUncheckedError();
    }
  }
  if (!it->status().ok()) return FromRocks(it->status(), dir + ": migrating");
  Status s = end_list();
  if (s.ok()) s = writes.Finish();
  if (!s.ok()) return s;
  // The deleted keys' tombstones would slow every read until compacted;
  // the dense ids get their schema-4 compression too.
  rocksdb::CompactRangeOptions compact;
  compact.bottommost_level_compaction =
      rocksdb::BottommostLevelCompaction::kForce;
  for (Cf c : {kAdjacency, kIds}) {
    s = FromRocks(db->CompactRange(compact, database.cf[c], nullptr, nullptr),
                  dir + ": compacting " + kCfNames[c]);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

// Adds the indexes of the documents taking positions and of the undated
// documents (schema 5) for the documents already stored, from their heads.
Status MigrateToSchema5(const std::string& dir, Database& database) {
  const char positions = static_cast<char>(Reader::Index::kPositions);
  const char undated = static_cast<char>(Reader::Index::kUndated);
  return AddIndexKeys(dir, database, 5, graph::NodeKind::kDocument,
                      [&](std::string_view index_key) {
                        return index_key[0] == positions ||
                               index_key[0] == undated;
                      });
}

// Adds the weights of the weighted edges (schema 6), from their heads.
// Weights already there are written again unchanged, so a migration that
// stopped half-way is finished by the next Open.
Status MigrateToSchema6(const std::string& dir, Database& database) {
  rocksdb::DB* db = database.db;
  MigrationWrites writes(dir, database, 6);
  rocksdb::WriteBatch& batch = writes.batch();
  auto dense_of = [&](std::string_view id) -> Result<uint32_t> {
    std::string value;
    rocksdb::Status s = db->Get(rocksdb::ReadOptions(), database.cf[kIds],
                                detail::DenseOfKey(id), &value);
    std::optional<uint32_t> dense;
    if (s.ok()) dense = detail::DecodeUint32(value);
    if (!dense) {
      return Status::Corruption(dir + ": migrating: edge end " +
                                std::string(id) + " has no dense id");
    }
    return *dense;
  };
  std::unique_ptr<rocksdb::Iterator> it(
      db->NewIterator(rocksdb::ReadOptions(), database.cf[kEdgeHeads]));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    std::string_view key = it->key().ToStringView();
    std::optional<detail::EdgeHeadKeyParts> parts =
        detail::ParseEdgeHeadKey(key);
    if (!parts)
      return MalformedKey(kEdgeHeads, key).WithContext(dir + ": migrating");
    graph::EdgeKind kind = parts->kind;
    if (!IsWeightedKind(kind)) continue;
    EdgeHeadRecord head;
    Status decoded = detail::DecodeRecord(it->value().ToStringView(), &head,
                                          Describe(kEdgeHeads, key));
    if (!decoded.ok()) return decoded.WithContext(dir + ": migrating");
    Result<uint32_t> source = dense_of(parts->source);
    if (!source.ok()) return source.status();
    Result<uint32_t> target = dense_of(parts->target);
    if (!target.ok()) return target.status();
    std::string weight = detail::EncodeWeight(EdgeWeight(head.props));
    batch
        .Put(database.cf[kWeights],
             detail::AdjacencyKey(*source, false, kind, *target), weight)
        .PermitUncheckedError();
    batch
        .Put(database.cf[kWeights],
             detail::AdjacencyKey(*target, true, kind, *source), weight)
        .PermitUncheckedError();
    Status s = writes.Write(false);
    if (!s.ok()) return s;
  }
  if (!it->status().ok()) return FromRocks(it->status(), dir + ": migrating");
  return writes.Finish();
}

}  // namespace parley::storage::detail
