// The RocksDB implementation of Store and Reader. The on-disk format is
// described in docs/storage.md; keys are built in detail/keys.h and values in
// detail/records.h.

#include "storage/store.h"

#include <fcntl.h>
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
#include <set>
#include <sstream>
#include <thread>
#include <unordered_map>
#include <utility>

#include "graph/merge.h"
#include "storage/detail/adjacency.h"
#include "storage/detail/damage.h"
#include "storage/detail/keys.h"
#include "storage/detail/raw.h"
#include "storage/detail/records.h"
#include "storage/detail/sorted_batch.h"
#include "storage/detail/terms.h"
#include "storage/detail/testing.h"

namespace parley::storage {
namespace {

namespace fs = std::filesystem;
using detail::EdgeHeadRecord;
using detail::EdgeRecord;
using detail::EdgeRef;
using detail::ManifestRecord;
using detail::NameRef;
using detail::NodeHeadRecord;
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
  // Schema 2: what reading needs without merging (docs/storage.md).
  kHeads,
  kEdgeHeads,
  kIds,
  kAdjacency,
  kIndex,
  kCfCount
};
constexpr std::array<const char*, kCfCount> kCfNames = {
    "nodes", "out_edges",  "in_edges", "names",     "pages", "meta",
    "heads", "edge_heads", "ids",      "adjacency", "index"};
// The column families a schema-1 database lacks.
constexpr Cf kFirstDerivedCf = kHeads;

// RocksDB's background jobs (flushes and compactions) while a database is
// open; Compact raises it for the while.
constexpr int kBackgroundJobs = 2;

// A node or edge with this many owners or more is a hub: a write that only
// adds an owner folds the new contribution into the head instead of
// merging every contribution again (docs/storage.md, "Heads").
constexpr uint32_t kHubOwners = 64;

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

// An iterator of `cf` that stopped with `s` after `last` (or, with nothing
// read, at the seek key `last`).
Status ScanError(Cf cf, std::string_view last, const rocksdb::Status& s) {
  return Status::Corruption(detail::DamageWhere(kCfNames[cf], last) +
                            " or the key after it: " + s.ToString());
}

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

// How an unreadable record is named in an error: every such error says
// "damaged: column family CF, key \"KEY\": why" (IsDamage in store.h tells
// it from the other errors, so the CLI can give it its own exit code).
std::string Describe(Cf cf, std::string_view key) {
  return detail::DamageWhere(kCfNames[cf], key);
}

// The damage of a key of `cf` that does not parse.
Status MalformedKey(Cf cf, std::string_view key) {
  return Status::Corruption(Describe(cf, key) + ": malformed key");
}

// The stored text of a page, or nullptr when there is none.
using PageTextOf = std::function<const std::string*(const std::string& page)>;

// Evidence quoting `own_text`, the text of page `own_page` (the page of the
// owner writing it), is stored without its quote: the quote is the text's
// bytes [start, end), and the page text is stored anyway.
std::vector<detail::EvidenceRecord> ToRecords(
    const std::vector<graph::Evidence>& evidence,
    const std::string& own_page = "", const std::string* own_text = nullptr,
    bool* elided = nullptr) {
  std::vector<detail::EvidenceRecord> out;
  out.reserve(evidence.size());
  for (const graph::Evidence& e : evidence) {
    bool in_page =
        own_text != nullptr && !own_page.empty() && e.doc == own_page &&
        e.start <= e.end && e.end <= own_text->size() && !e.quote.empty() &&
        std::string_view(*own_text).substr(e.start, e.end - e.start) == e.quote;
    out.push_back(
        {e.doc, e.lang, e.start, e.end, in_page ? "" : e.quote, in_page});
    if (in_page && elided != nullptr) *elided = true;
  }
  return out;
}

// Writes out in full the quotes of `records` stored as spans of page
// `page`'s text `text`, which is about to change.
void QuoteInFull(std::vector<detail::EvidenceRecord>& records,
                 const std::string& page, const std::string& text) {
  for (detail::EvidenceRecord& e : records) {
    if (!e.quote_in_page || e.doc != page) continue;
    if (e.start <= e.end && e.end <= text.size())
      e.quote = text.substr(e.start, e.end - e.start);
    e.quote_in_page = false;
  }
}

std::string QuoterKey(const std::string& page, const std::string& owner) {
  std::string key = detail::PageKey(detail::kQuoterTag, page);
  key.push_back(detail::kSeparator);
  key += owner;
  return key;
}

// `text_of` gives the page texts of quotes stored as spans; a quote whose
// page text is gone or too short stays empty.
std::vector<graph::Evidence> FromRecords(
    std::vector<detail::EvidenceRecord>&& records,
    const PageTextOf& text_of = nullptr) {
  std::vector<graph::Evidence> out;
  out.reserve(records.size());
  for (detail::EvidenceRecord& e : records) {
    if (e.quote_in_page && text_of) {
      const std::string* text = text_of(e.doc);
      if (text != nullptr && e.start <= e.end && e.end <= text->size())
        e.quote = text->substr(e.start, e.end - e.start);
    }
    out.push_back({std::move(e.doc), std::move(e.lang), e.start, e.end,
                   std::move(e.quote)});
  }
  return out;
}

graph::Node NodeFromRecord(const std::string& id, NodeRecord&& record,
                           const PageTextOf& text_of = nullptr) {
  graph::Node node;
  node.id = id;
  node.kind = static_cast<graph::NodeKind>(record.kind);
  node.label = std::move(record.label);
  node.aliases = std::move(record.aliases);
  node.props = std::move(record.props);
  node.evidence = FromRecords(std::move(record.evidence), text_of);
  return node;
}

// The head of a node merged from `owners` contributions.
NodeHeadRecord HeadOf(const graph::Node& merged, uint32_t owners) {
  return {static_cast<uint8_t>(merged.kind),
          merged.label,
          merged.aliases,
          merged.props,
          owners,
          merged.evidence.size()};
}

graph::Node NodeFromHead(const std::string& id, NodeHeadRecord&& head) {
  graph::Node node;
  node.id = id;
  node.kind = static_cast<graph::NodeKind>(head.kind);
  node.label = std::move(head.label);
  node.aliases = std::move(head.aliases);
  node.props = std::move(head.props);
  return node;
}

// Folds one more owner's contribution into a hub's head, as
// graph::NodeMerger::Add would (the evidence count becomes a sum).
void FoldIntoHead(NodeHeadRecord& head, const graph::Node& part) {
  for (const std::string& alias : part.aliases) {
    if (std::find(head.aliases.begin(), head.aliases.end(), alias) ==
        head.aliases.end()) {
      head.aliases.push_back(alias);
    }
  }
  graph::MergeValue(head.props, part.props);
  if (head.label.empty()) head.label = part.label;
  head.owners += 1;
  head.evidence += part.evidence.size();
}

// The `index` keys of a node head: one per distinct term.
std::set<std::string> IndexKeysOf(const std::string& id,
                                  const std::optional<NodeHeadRecord>& head) {
  std::set<std::string> keys;
  if (!head) return keys;
  graph::Node node = NodeFromHead(id, NodeHeadRecord(*head));
  detail::ForEachIndexTerm(node, [&](Reader::Index index, std::string term) {
    if (term.find(detail::kSeparator) != std::string::npos) return;
    keys.insert(detail::IndexKey(static_cast<uint8_t>(index), term, id));
  });
  return keys;
}

// The RocksDB handle and Parley's column families; closes them in the order
// RocksDB requires (handles before the database).
struct Database {
  std::string dir;  // where it is, for the errors of its readers
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
  // `schema`: the database's. From 2 it keeps heads, dense ids, adjacency
  // and indexes; without them (a schema-1 database opened read-only) the
  // calls that read them fall back to Reader's defaults. From 3 it keeps
  // the index of clause words; without it, so do lookups of Index::kWord.
  // From 4 its adjacency is one list per node, direction and kind (before,
  // one key per edge end). From 5 it keeps the index of the documents
  // taking positions; before, that is answered from the date index and the
  // documents' heads (PositionsFromDates), and that of the undated
  // documents by the defaults.
  // `keep_iterators`: the store is read-only (see ScanRange).
  SnapshotReader(const Database* database, uint32_t schema, bool keep_iterators)
      : database_(database),
        snapshot_(database->db->GetSnapshot()),
        derived_(schema >= 2),
        words_(schema >= 3),
        schema5_(schema >= 5),
        lists_(schema >= 4),
        keep_iterators_(keep_iterators) {}
  ~SnapshotReader() override {
    for (auto& it : iterators_) it.reset();  // before the snapshot they use
    database_->db->ReleaseSnapshot(snapshot_);
  }

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
        Record(MalformedKey(kNodes, key));
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
            Record(MalformedKey(kOutEdges, key));
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
    ScanPrefix(kNames, detail::NamePrefix(name_key),
               [&](std::string_view key, std::string_view) {
                 std::optional<detail::NameKeyParts> parts =
                     detail::ParseNameIndexKey(key);
                 if (!parts) {
                   Record(MalformedKey(kNames, key));
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

  // The text of page `page_id`, read once per reader: quotes stored as
  // spans of it are filled in from here. nullptr when there is none.
  const std::string* CachedPageText(const std::string& page_id) {
    constexpr size_t kPagesKept = 4096;
    auto it = texts_.find(page_id);
    if (it == texts_.end()) {
      if (texts_.size() >= kPagesKept) texts_.clear();
      it = texts_.emplace(page_id, PageText(page_id)).first;
    }
    return it->second ? &*it->second : nullptr;
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
                 pages.push_back({std::string(key.substr(1)),
                                  std::move(record.source_path),
                                  std::move(record.content_hash),
                                  record.text_bytes, std::move(record.report)});
                 return true;
               });
    return pages;
  }

  std::vector<std::string> Owners(std::string_view prefix,
                                  size_t limit) override {
    std::vector<std::string> owners;
    if (limit == 0) return owners;
    ScanPrefix(kPages, detail::PageKey(detail::kManifestTag, prefix),
               [&](std::string_view key, std::string_view) {
                 owners.emplace_back(key.substr(1));
                 return owners.size() < limit;
               });
    return owners;
  }

  std::optional<graph::Node> GetNodeHead(const graph::NodeId& id,
                                         size_t* evidence_count) override {
    if (!derived_) return Reader::GetNodeHead(id, evidence_count);
    if (evidence_count != nullptr) *evidence_count = 0;
    if (!detail::IsKeyComponent(id)) return std::nullopt;
    std::optional<NodeHeadRecord> head = GetRecord<NodeHeadRecord>(kHeads, id);
    if (!head) return std::nullopt;
    if (head->kind >= graph::kNodeKindCount) {
      Record(Status::Corruption(Describe(kHeads, id) + ": unknown node kind " +
                                std::to_string(head->kind)));
      return std::nullopt;
    }
    if (evidence_count != nullptr) *evidence_count = head->evidence;
    return NodeFromHead(id, std::move(*head));
  }

  std::optional<graph::Edge> GetEdge(const graph::NodeId& source,
                                     graph::EdgeKind kind,
                                     const graph::NodeId& target,
                                     bool with_evidence) override {
    if (!detail::IsKeyComponent(source) || !detail::IsKeyComponent(target) ||
        static_cast<int>(kind) >= graph::kEdgeKindCount) {
      return std::nullopt;
    }
    std::string key = detail::EdgeHeadKey(source, kind, target);
    if (with_evidence || !derived_) {
      // Every owner's record of this one edge: source 0x00 kind target 0x00.
      graph::EdgeMerger edge;
      ScanPrefix(kOutEdges, key + detail::kSeparator,
                 [&](std::string_view k, std::string_view value) {
                   std::optional<detail::EdgeKeyParts> parts =
                       detail::ParseEdgeKey(k);
                   if (!parts) {
                     Record(Status::Corruption(Describe(kOutEdges, k) +
                                               ": malformed key"));
                     return true;
                   }
                   AddEdgeContribution(kOutEdges, *parts, k, value, edge);
                   return true;
                 });
      std::optional<graph::Edge> merged = edge.Take();
      if (merged && !with_evidence) merged->evidence.clear();
      return merged;
    }
    std::optional<EdgeHeadRecord> head =
        GetRecord<EdgeHeadRecord>(kEdgeHeads, key);
    if (!head) return std::nullopt;
    graph::Edge edge;
    edge.source = source;
    edge.target = target;
    edge.kind = kind;
    edge.props = std::move(head->props);
    return edge;
  }

  std::optional<uint32_t> DenseId(const graph::NodeId& id) override {
    if (!derived_) return Reader::DenseId(id);
    if (!detail::IsKeyComponent(id)) return std::nullopt;
    std::optional<std::string> value = GetValue(kIds, detail::DenseOfKey(id));
    if (!value) return std::nullopt;
    std::optional<uint32_t> dense = detail::DecodeUint32(*value);
    if (!dense) {
      Record(Status::Corruption(Describe(kIds, detail::DenseOfKey(id)) +
                                ": not a 4-byte id"));
    }
    return dense;
  }

  std::optional<graph::NodeId> NodeIdOf(uint32_t dense) override {
    if (!derived_) return Reader::NodeIdOf(dense);
    return GetValue(kIds, detail::NodeOfKey(dense));
  }

  void ForEachDenseId(std::string_view from,
                      const std::function<bool(const graph::NodeId& id,
                                               uint32_t dense)>& fn) override {
    if (!derived_) {
      Reader::ForEachDenseId(from, fn);
      return;
    }
    const std::string tag = detail::DenseOfKey("");
    ScanRange(kIds, detail::DenseOfKey(from), detail::PrefixUpperBound(tag),
              [&](std::string_view key, std::string_view value) {
                std::optional<uint32_t> dense = detail::DecodeUint32(value);
                if (!dense) {
                  Record(Status::Corruption(Describe(kIds, key) +
                                            ": not a 4-byte number"));
                  return true;
                }
                return fn(graph::NodeId(key.substr(tag.size())), *dense);
              });
  }

  void ForEachEdgeEnd(
      const graph::NodeId& id, Direction direction,
      const std::function<bool(graph::EdgeKind kind, const graph::NodeId& far)>&
          fn) override {
    if (!derived_) return Reader::ForEachEdgeEnd(id, direction, fn);
    if (!detail::IsKeyComponent(id)) return;
    const std::string prefix = detail::EdgePrefix(id, std::nullopt);
    bool go_on = true;
    graph::NodeId far;
    // Out: one edge_heads key per edge, source 0x00 kind target.
    if (direction != Direction::kIn) {
      ScanPrefix(kEdgeHeads, prefix,
                 [&](std::string_view key, std::string_view) {
                   if (key.size() <= prefix.size() + 1 ||
                       static_cast<unsigned char>(key[prefix.size()]) >=
                           graph::kEdgeKindCount) {
                     Record(MalformedKey(kEdgeHeads, key));
                     return true;
                   }
                   auto kind = static_cast<graph::EdgeKind>(key[prefix.size()]);
                   far.assign(key.substr(prefix.size() + 1));
                   go_on = fn(kind, far);
                   return go_on;
                 });
    }
    if (!go_on || direction == Direction::kOut) return;
    // In: one in_edges key per owner of an edge, its owners side by side.
    std::optional<graph::EdgeKind> last_kind;
    ScanPrefix(kInEdges, prefix, [&](std::string_view key, std::string_view) {
      std::optional<detail::EdgeKeyParts> parts = detail::ParseEdgeKey(key);
      if (!parts) {
        Record(MalformedKey(kInEdges, key));
        return true;
      }
      if (last_kind == parts->kind && far == parts->far) return true;
      last_kind = parts->kind;
      far.assign(parts->far);
      go_on = fn(parts->kind, far);
      return go_on;
    });
  }

  std::vector<graph::Evidence> FirstEvidence(const graph::NodeId& id,
                                             size_t limit) override {
    if (!detail::IsKeyComponent(id) || limit == 0) return {};
    graph::NodeMerger node;
    ScanPrefix(kNodes, detail::NodePrefix(id),
               [&](std::string_view key, std::string_view value) {
                 AddNodeContribution(id, key, value, node);
                 return !node.has_value() || node.get().evidence.size() < limit;
               });
    std::optional<graph::Node> merged = node.Take();
    if (!merged) return {};
    if (merged->evidence.size() > limit) merged->evidence.resize(limit);
    return std::move(merged->evidence);
  }

  void Adjacency(uint32_t node, Direction direction,
                 const std::vector<graph::EdgeKind>& kinds,
                 std::vector<Adjacent>& out, size_t limit) override {
    if (!derived_) {
      Reader::Adjacency(node, direction, kinds, out, limit);
      return;
    }
    size_t added = 0;
    std::vector<uint32_t> far;
    // Schema 4: one list per key (near | direction and kind). Before: one
    // key per edge end (near | direction and kind | far), value empty; and
    // both while a migration is under way (MigrateToSchema4).
    auto visit = [&](std::string_view key, std::string_view value) {
      if (added >= limit) return false;
      far.clear();
      bool incoming = false;
      graph::EdgeKind kind = graph::EdgeKind::kAuthored;
      if (key.size() == detail::kAdjacencyListKeySize) {
        std::optional<detail::AdjacencyListKeyParts> parts =
            detail::ParseAdjacencyListKey(key);
        if (!parts) {
          Record(MalformedKey(kAdjacency, key));
          return true;
        }
        if (!detail::DecodeAdjacencyList(value, far)) {
          Record(Status::Corruption(Describe(kAdjacency, key) +
                                    ": not a list of dense ids"));
          return true;
        }
        incoming = parts->incoming;
        kind = parts->kind;
      } else {
        std::optional<detail::AdjacencyKeyParts> parts =
            detail::ParseAdjacencyKey(key);
        if (!parts) {
          Record(MalformedKey(kAdjacency, key));
          return true;
        }
        far.push_back(parts->far);
        incoming = parts->incoming;
        kind = parts->kind;
      }
      for (uint32_t f : far) {
        if (added >= limit) return false;
        out.push_back({f, kind, !incoming});
        ++added;
      }
      return true;
    };
    std::vector<graph::EdgeKind> sorted = kinds;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    std::string near = detail::EncodeUint32(node);
    for (bool incoming : {false, true}) {
      if (incoming ? direction == Direction::kOut
                   : direction == Direction::kIn) {
        continue;
      }
      if (sorted.empty()) {
        // The direction bit is the top bit of byte 4: out-edges are
        // near 0x00..0x7f, in-edges near 0x80..0xff.
        if (incoming) {
          ScanRange(kAdjacency, near + '\x80', detail::PrefixUpperBound(near),
                    visit);
        } else {
          ScanRange(kAdjacency, near, near + '\x80', visit);
        }
        continue;
      }
      for (graph::EdgeKind kind : sorted) {
        std::string key = detail::AdjacencyListKey(node, incoming, kind);
        if (!lists_) {
          ScanPrefix(kAdjacency, key, visit);
        } else if (std::optional<std::string> value =
                       GetValue(kAdjacency, key)) {
          if (!visit(key, *value)) return;
        }
      }
    }
  }

  std::vector<graph::NodeId> Lookup(Index index, std::string_view term,
                                    size_t limit) override {
    std::vector<graph::NodeId> ids;
    if (PositionsUnindexed(index)) {
      // (An empty `to` is no bound: the terms past `term` end the scan.)
      PositionsFromDates(term, term,
                         [&](std::string_view t, const graph::NodeId& id) {
                           if (t != term || ids.size() >= limit) return false;
                           ids.push_back(id);
                           return true;
                         });
      return ids;
    }
    if (!Indexed(index)) return Reader::Lookup(index, term, limit);
    if (term.find(detail::kSeparator) != std::string_view::npos) return ids;
    ScanPrefix(kIndex, TermPrefix(index, term),
               [&](std::string_view key, std::string_view) {
                 if (ids.size() >= limit) return false;
                 std::optional<detail::IndexKeyParts> parts =
                     detail::ParseIndexKey(key);
                 if (!parts) {
                   Record(MalformedKey(kIndex, key));
                   return true;
                 }
                 ids.emplace_back(parts->node_id);
                 return true;
               });
    return ids;
  }

  void LookupRange(
      Index index, std::string_view from, std::string_view to,
      const std::function<bool(std::string_view term, const graph::NodeId& id)>&
          fn) override {
    if (PositionsUnindexed(index)) return PositionsFromDates(from, to, fn);
    if (!Indexed(index)) {
      Reader::LookupRange(index, from, to, fn);
      return;
    }
    std::string tag(1, static_cast<char>(index));
    std::string begin = tag;
    begin.append(from.data(), from.size());
    ScanRange(kIndex, begin, detail::PrefixUpperBound(tag),
              [&](std::string_view key, std::string_view) {
                std::optional<detail::IndexKeyParts> parts =
                    detail::ParseIndexKey(key);
                if (!parts) {
                  Record(MalformedKey(kIndex, key));
                  return true;
                }
                if (!to.empty() && parts->term > to) return false;
                return fn(parts->term, graph::NodeId(parts->node_id));
              });
  }

  size_t Count(Index index, std::string_view term) override {
    if (PositionsUnindexed(index)) return Lookup(index, term, SIZE_MAX).size();
    if (!Indexed(index)) return Reader::Count(index, term);
    if (term.find(detail::kSeparator) != std::string_view::npos) return 0;
    size_t count = 0;
    // Each key is one (term, node id): no duplicates to drop.
    ScanPrefix(kIndex, TermPrefix(index, term),
               [&](std::string_view, std::string_view) {
                 ++count;
                 return true;
               });
    return count;
  }

  bool Indexes(Index index) override {
    return Indexed(index) || PositionsUnindexed(index);
  }

  Status status() const override { return status_; }

 private:
  static std::string TermPrefix(Index index, std::string_view term) {
    std::string prefix(1, static_cast<char>(index));
    prefix.append(term.data(), term.size());
    prefix.push_back(detail::kSeparator);
    return prefix;
  }

  // One Get under the snapshot; nullopt when absent (an error is recorded).
  std::optional<std::string> GetValue(Cf cf, const std::string& key) {
    std::string value;
    rocksdb::Status s =
        database_->db->Get(Options(), database_->cf[cf], key, &value);
    if (s.IsNotFound()) return std::nullopt;
    if (!s.ok()) {
      Record(FromRocks(s, Describe(cf, key)));
      return std::nullopt;
    }
    return value;
  }

  template <typename RecordType>
  std::optional<RecordType> GetRecord(Cf cf, const std::string& key) {
    std::optional<std::string> value = GetValue(cf, key);
    if (!value) return std::nullopt;
    RecordType record;
    Status s = detail::DecodeRecord(*value, &record, Describe(cf, key));
    if (!s.ok()) {
      Record(s);
      return std::nullopt;
    }
    return record;
  }

  rocksdb::ReadOptions Options() const {
    rocksdb::ReadOptions options;
    options.snapshot = snapshot_;
    // RocksDB's default, said here because damage must be seen: a block
    // whose checksum does not match is an error, never data.
    options.verify_checksums = true;
    return options;
  }

  // Keeps the first error, naming the database ("DIR: damaged: ...").
  void Record(const Status& s) {
    if (status_.ok() && !s.ok()) status_ = s.WithContext(database_->dir);
  }

  // Calls fn(key, value) for every key of `cf` starting with `prefix`, in
  // order, until fn returns false. Reads nothing outside the prefix but,
  // through a kept iterator (ScanRange), the key after it.
  template <typename Fn>
  void ScanPrefix(Cf cf, std::string_view prefix, Fn&& fn) {
    ScanRange(cf, prefix, detail::PrefixUpperBound(prefix),
              std::forward<Fn>(fn));
  }

  // The same for the keys in [begin, end); an empty `end` is no bound.
  template <typename Fn>
  void ScanRange(Cf cf, std::string_view begin, const std::string& end,
                 Fn&& fn) {
    // A reader of a read-only store keeps one iterator per column family
    // for its scans (a traversal scans once per node it meets, and making
    // an iterator costs more than seeking one); a scan inside another's
    // callback, and every scan of a writer's reader, gets its own, which
    // pins no memtable beyond the scan.
    std::unique_ptr<rocksdb::Iterator> own;
    rocksdb::Iterator* it = nullptr;
    bool kept = keep_iterators_ && !scanning_[cf];
    // Frees the kept iterator for the next scan however this one ends (a
    // callback may throw).
    struct Done {
      std::array<bool, kCfCount>& scanning;
      std::optional<Cf> cf;
      ~Done() {
        if (cf) scanning[*cf] = false;
      }
    } done{scanning_, std::nullopt};
    rocksdb::Slice upper_slice(end);
    if (kept) {
      if (!iterators_[cf]) {
        iterators_[cf].reset(
            database_->db->NewIterator(Options(), database_->cf[cf]));
      }
      it = iterators_[cf].get();
      scanning_[cf] = true;
      done.cf = cf;
    } else {
      rocksdb::ReadOptions options = Options();
      if (!end.empty()) options.iterate_upper_bound = &upper_slice;
      own.reset(database_->db->NewIterator(options, database_->cf[cf]));
      it = own.get();
    }
    // The last key read: a block that cannot be read is named by where the
    // scan stopped.
    std::string last(begin);
    for (it->Seek(rocksdb::Slice(begin.data(), begin.size())); it->Valid();
         it->Next()) {
      rocksdb::Slice key = it->key();
      if (!end.empty() && key.compare(upper_slice) >= 0) break;
      rocksdb::Slice value = it->value();
      if (!fn(std::string_view(key.data(), key.size()),
              std::string_view(value.data(), value.size()))) {
        break;
      }
      last.assign(key.data(), key.size());
    }
    if (!it->status().ok()) {
      Record(ScanError(cf, last, it->status()));
      if (kept) iterators_[cf].reset();
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
    contribution.evidence = FromRecords(std::move(record.evidence), text_of_);
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
    // An in_edges key holds no value: the record is the out_edges one of
    // the same owner (a database written before then has it in both).
    std::optional<std::string> out_value;
    if (cf == kInEdges && value.empty()) {
      std::string out_key =
          detail::EdgeKey(parts.far, parts.kind, parts.near, parts.owner);
      out_value = GetValue(kOutEdges, out_key);
      if (!out_value) {
        Record(Status::Corruption(Describe(cf, key) +
                                  ": no out_edges record \"" +
                                  detail::PrintableKey(out_key) + "\""));
        return;
      }
      value = *out_value;
    }
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
    contribution.evidence = FromRecords(std::move(record.evidence), text_of_);
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
                   Record(MalformedKey(cf, key));
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
  // Whether the database keeps `index`.
  bool Indexed(Index index) const {
    return index == Index::kWord        ? words_
           : index == Index::kPositions ? schema5_
           : index == Index::kUndated   ? schema5_
                                        : derived_;
  }

  // Index::kPositions of a database from before schema 5, which keeps none:
  // the dated documents from the date index, those whose head says they
  // take positions.
  bool PositionsUnindexed(Index index) const {
    return index == Index::kPositions && !schema5_ && derived_;
  }
  void PositionsFromDates(
      std::string_view from, std::string_view to,
      const std::function<bool(std::string_view term, const graph::NodeId& id)>&
          fn) {
    LookupRange(Index::kDate, from, to,
                [&](std::string_view term, const graph::NodeId& id) {
                  std::optional<graph::Node> head = GetNodeHead(id, nullptr);
                  if (!head || !detail::TakesPositions(*head)) return true;
                  return fn(term, id);
                });
  }

  bool derived_;
  bool words_;
  bool schema5_;
  bool lists_;
  bool keep_iterators_;
  std::array<std::unique_ptr<rocksdb::Iterator>, kCfCount> iterators_;
  std::array<bool, kCfCount> scanning_{};
  Status status_;
  std::unordered_map<std::string, std::optional<std::string>> texts_;
  PageTextOf text_of_ = [this](const std::string& page) {
    return CachedPageText(page);
  };
};

// Collects one atomic write: the deletions of owners' old facts and the puts
// of their new ones, and the heads, dense ids, adjacency and index keys they
// change. Reads go through the batch (a WriteBatchWithIndex), so a page or
// owner named twice in one batch, or a node two pages of the batch name,
// sees what the batch staged before, not the stale database.
class BatchBuilder {
 public:
  explicit BatchBuilder(const Database* database)
      : database_(database),
        batch_(rocksdb::BytewiseComparator(), 0, /*overwrite_key=*/true) {}

  // The batch to write: every operation staged, in key order; nullopt when
  // it cannot be ordered (never, for what Parley stages).
  std::optional<rocksdb::WriteBatch> SortedBatch() {
    return detail::SortedByKey({batch_.GetWriteBatch(), &unread_},
                               database_->all_handles);
  }

  // Stages what the batch changed outside the facts (the dense id counter).
  void Finish() {
    if (next_dense_ && dense_assigned_) {
      Put(kMeta, std::string(detail::kNextDenseIdKey),
          detail::EncodeUint32(*next_dense_));
    }
  }

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
    if (existing->has_value()) {
      const std::string* old_text = StagedPageText(page_id);
      if (old_text != nullptr && *old_text != page.text) {
        Status s = MaterializeQuotes(page_id, *old_text);
        if (!s.ok()) return s;
      }
    }
    // The text first: the heads merged below read quotes stored as spans
    // of it.
    Put(kPages, detail::PageKey(detail::kPageTextTag, page_id),
        detail::EncodeRecord(PageTextRecord{page.text}));
    texts_[page_id] = page.text;
    Status staged = StageFacts(page_id, page, &page.text);
    if (!staged.ok()) return staged;

    PageRecord record{page.source_path, hash, page.text.size(), page.report};
    Put(kPages, detail::PageKey(detail::kPageInfoTag, page_id),
        detail::EncodeRecord(record));
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
    if (facts == nullptr || (facts->edges().empty() && facts->nodes().empty()))
      return StageFacts(owner, none, nullptr);
    return StageFacts(owner, *facts, StagedPageText(facts->page_id));
  }

  bool empty() {
    return batch_.GetWriteBatch()->Count() == 0 && unread_.Count() == 0;
  }

  // The text of page `page_id` as this batch leaves it; nullptr when there
  // is none or it cannot be read (its quotes are then stored in full).
  const std::string* StagedPageText(const std::string& page_id) {
    if (page_id.empty()) return nullptr;
    auto it = texts_.find(page_id);
    if (it == texts_.end()) {
      Result<std::optional<PageTextRecord>> record =
          ReadPagesRecord<PageTextRecord>(
              detail::PageKey(detail::kPageTextTag, page_id));
      std::optional<std::string> text;
      if (record.ok() && record->has_value()) text = std::move((*record)->text);
      it = texts_.emplace(page_id, std::move(text)).first;
    }
    return it->second ? &*it->second : nullptr;
  }

 private:
  // The column families no staging reads back (dense ids are read from
  // staged_dense_): their operations skip the batch's index, whose upkeep
  // was a third of an import's writer thread.
  static bool Unread(Cf cf) {
    return cf == kInEdges || cf == kNames || cf == kIndex || cf == kAdjacency ||
           cf == kIds;
  }
  rocksdb::WriteBatchBase& BatchFor(Cf cf) {
    if (Unread(cf)) return unread_;
    return batch_;
  }
  void Put(Cf cf, const std::string& key, const std::string& value) {
    BatchFor(cf).Put(database_->cf[cf], key, value).PermitUncheckedError();
  }
  void Delete(Cf cf, const std::string& key) {
    BatchFor(cf).Delete(database_->cf[cf], key).PermitUncheckedError();
  }
  void Merge(Cf cf, const std::string& key, const std::string& operand) {
    BatchFor(cf).Merge(database_->cf[cf], key, operand).PermitUncheckedError();
  }

  // Reads `key` of the pages column family as the database holds it now
  // (the caller holds the write lock, so it cannot change underneath).
  template <typename Record>
  Result<std::optional<Record>> ReadPagesRecord(const std::string& key) {
    std::string value;
    rocksdb::Status s =
        batch_.GetFromBatchAndDB(database_->db, rocksdb::ReadOptions(),
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
  // The owners that quote page `page`'s text `old_text` as spans (other
  // than the page itself) get their quotes written in full before the text
  // changes, so that they keep quoting what they quoted.
  Status MaterializeQuotes(const std::string& page,
                           const std::string& old_text) {
    std::string prefix = QuoterKey(page, "");
    std::vector<std::string> owners;
    Status scanned =
        ScanStaged(kPages, prefix, [&](std::string_view key, std::string_view) {
          owners.emplace_back(key.substr(prefix.size()));
          return Status::Ok();
        });
    if (!scanned.ok()) return scanned;
    for (const std::string& owner : owners) {
      Result<std::optional<ManifestRecord>> loaded = LoadManifest(owner);
      if (!loaded.ok()) return loaded.status();
      Delete(kPages, QuoterKey(page, owner));
      if (!loaded->has_value()) continue;
      ManifestRecord manifest = std::move(**loaded);
      for (const std::string& id : manifest.nodes) {
        Status s = RewriteQuotes<NodeRecord>(kNodes, detail::NodeKey(id, owner),
                                             page, old_text);
        if (!s.ok()) return s;
      }
      for (const EdgeRef& e : manifest.edges) {
        Status s = RewriteQuotes<EdgeRecord>(
            kOutEdges,
            detail::EdgeKey(e.source, static_cast<graph::EdgeKind>(e.kind),
                            e.target, owner),
            page, old_text);
        if (!s.ok()) return s;
      }
      manifest.quotes_page.clear();
      Put(kPages, detail::PageKey(detail::kManifestTag, owner),
          detail::EncodeRecord(manifest));
      staged_manifests_[owner] = std::move(manifest);
    }
    return Status::Ok();
  }

  template <typename Record>
  Status RewriteQuotes(Cf cf, const std::string& key, const std::string& page,
                       const std::string& old_text) {
    Result<std::optional<Record>> record = StagedRecord<Record>(cf, key);
    if (!record.ok()) return record.status();
    if (!record->has_value()) return Status::Ok();
    QuoteInFull((*record)->evidence, page, old_text);
    Put(cf, key, detail::EncodeRecord(**record));
    return Status::Ok();
  }

  // Evidence quoting `own_text`, the text of page `facts.page_id`, is
  // stored as spans of it.
  Status StageFacts(const std::string& owner, const graph::Fragment& facts,
                    const std::string* own_text) {
    Status valid = Validate(owner, facts);
    if (!valid.ok()) return valid;
    Result<std::optional<ManifestRecord>> old = LoadManifest(owner);
    if (!old.ok()) return old.status();

    // The nodes and edges whose heads this owner changes.
    std::map<std::string, Touch<graph::Node>> nodes;
    std::map<std::string, Touch<graph::Edge>> edges;
    if (old->has_value()) {
      const ManifestRecord& m = **old;
      for (const std::string& id : m.nodes) {
        Delete(kNodes, detail::NodeKey(id, owner));
        nodes[id].removed = true;
      }
      for (const EdgeRef& e : m.edges) {
        auto kind = static_cast<graph::EdgeKind>(e.kind);
        Delete(kOutEdges, detail::EdgeKey(e.source, kind, e.target, owner));
        Delete(kInEdges, detail::EdgeKey(e.target, kind, e.source, owner));
        Touch<graph::Edge>& touch =
            edges[detail::EdgeHeadKey(e.source, kind, e.target)];
        touch.removed = true;
        touch.source = e.source;
        touch.kind = kind;
        touch.target = e.target;
      }
      for (const NameRef& n : m.names) {
        Delete(kNames, detail::NameIndexKey(n.name_key, n.node_id, owner));
      }
      if (!m.quotes_page.empty())
        Delete(kPages, QuoterKey(m.quotes_page, owner));
    }

    ManifestRecord manifest;
    bool elided = false;
    std::set<std::pair<std::string, std::string>> names;
    for (const graph::Node& node : facts.nodes()) {
      NodeRecord record{
          static_cast<uint8_t>(node.kind), node.label, node.aliases, node.props,
          ToRecords(node.evidence, facts.page_id, own_text, &elided)};
      Put(kNodes, detail::NodeKey(node.id, owner),
          detail::EncodeRecord(record));
      manifest.nodes.push_back(node.id);
      nodes[node.id].added = &node;
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
      std::string value = detail::EncodeRecord(EdgeRecord{
          edge.props,
          ToRecords(edge.evidence, facts.page_id, own_text, &elided)});
      Put(kOutEdges,
          detail::EdgeKey(edge.source, edge.kind, edge.target, owner), value);
      // The in-edge is its key alone; readers take the value above.
      Put(kInEdges, detail::EdgeKey(edge.target, edge.kind, edge.source, owner),
          "");
      manifest.edges.push_back(
          {edge.source, static_cast<uint8_t>(edge.kind), edge.target});
      Touch<graph::Edge>& touch =
          edges[detail::EdgeHeadKey(edge.source, edge.kind, edge.target)];
      touch.added = &edge;
      touch.source = edge.source;
      touch.kind = edge.kind;
      touch.target = edge.target;
    }

    // Dense ids first: the adjacency of a new edge needs its ends' ids.
    for (const graph::Node& node : facts.nodes()) {
      Result<uint32_t> dense = AssignDenseId(node.id);
      if (!dense.ok()) return dense.status();
    }
    for (const graph::Edge& edge : facts.edges()) {
      for (const std::string* end : {&edge.source, &edge.target}) {
        Result<uint32_t> dense = AssignDenseId(*end);
        if (!dense.ok()) return dense.status();
      }
    }
    for (const auto& [id, touch] : nodes) {
      Status s = UpdateNodeHead(id, touch);
      if (!s.ok()) return s;
    }
    for (const auto& [key, touch] : edges) {
      Status s = UpdateEdgeHead(key, touch);
      if (!s.ok()) return s;
    }

    // An owner other than the page it quotes is told of a change of that
    // page's text (MaterializeQuotes).
    if (elided && owner != facts.page_id) {
      manifest.quotes_page = facts.page_id;
      Put(kPages, QuoterKey(facts.page_id, owner), "");
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

  // What one owner's write does to a node or edge: it removed the owner's
  // old contribution, and/or `added` is the new one.
  template <typename Fact>
  struct Touch {
    bool removed = false;
    const Fact* added = nullptr;
    // For edges: the edge's ends and kind.
    std::string source;
    graph::EdgeKind kind = graph::EdgeKind::kAuthored;
    std::string target;
  };

  // Reads `key` of `cf` as this batch would leave it.
  Result<std::optional<std::string>> StagedValue(Cf cf,
                                                 const std::string& key) {
    std::string value;
    rocksdb::Status s = batch_.GetFromBatchAndDB(
        database_->db, rocksdb::ReadOptions(), database_->cf[cf], key, &value);
    if (s.IsNotFound()) return std::optional<std::string>();
    if (!s.ok()) return FromRocks(s, Describe(cf, key));
    return std::optional<std::string>(std::move(value));
  }

  template <typename Record>
  Result<std::optional<Record>> StagedRecord(Cf cf, const std::string& key) {
    Result<std::optional<std::string>> value = StagedValue(cf, key);
    if (!value.ok()) return value.status();
    if (!value->has_value()) return std::optional<Record>();
    Record record;
    Status decoded = detail::DecodeRecord(**value, &record, Describe(cf, key));
    if (!decoded.ok()) return decoded;
    return std::optional<Record>(std::move(record));
  }

  // Calls fn(key, value) for every key of `cf` starting with `prefix` as
  // this batch would leave them, in order.
  template <typename Fn>
  Status ScanStaged(Cf cf, const std::string& prefix, Fn&& fn) {
    std::string upper = detail::PrefixUpperBound(prefix);
    rocksdb::Slice upper_slice(upper);
    rocksdb::ReadOptions options;
    if (!upper.empty()) options.iterate_upper_bound = &upper_slice;
    std::unique_ptr<rocksdb::Iterator> it(batch_.NewIteratorWithBase(
        database_->cf[cf],
        database_->db->NewIterator(options, database_->cf[cf]), &options));
    std::string last = prefix;
    for (it->Seek(prefix); it->Valid(); it->Next()) {
      rocksdb::Slice key = it->key();
      if (!key.starts_with(prefix)) break;
      Status s = fn(key.ToStringView(), it->value().ToStringView());
      if (!s.ok()) return s;
      last = key.ToString();
    }
    if (!it->status().ok()) return ScanError(cf, last, it->status());
    return Status::Ok();
  }

  // The dense id of `id`, staged or stored; nullopt when it has none.
  Result<std::optional<uint32_t>> FindDenseId(const std::string& id) {
    auto it = staged_dense_.find(id);
    if (it != staged_dense_.end()) return std::optional<uint32_t>(it->second);
    std::string key = detail::DenseOfKey(id);
    Result<std::optional<std::string>> value = StagedValue(kIds, key);
    if (!value.ok()) return value.status();
    if (!value->has_value()) return std::optional<uint32_t>();
    std::optional<uint32_t> dense = detail::DecodeUint32(**value);
    if (!dense) {
      return Status::Corruption(Describe(kIds, key) + ": not a 4-byte id");
    }
    staged_dense_.emplace(id, *dense);
    return dense;
  }

  // The dense id of `id`, given now (the next of the counter in meta) when
  // it has none.
  Result<uint32_t> AssignDenseId(const std::string& id) {
    Result<std::optional<uint32_t>> found = FindDenseId(id);
    if (!found.ok()) return found.status();
    if (found->has_value()) return **found;
    if (!next_dense_) {
      Result<std::optional<std::string>> counter =
          StagedValue(kMeta, std::string(detail::kNextDenseIdKey));
      if (!counter.ok()) return counter.status();
      next_dense_ = 0;
      if (counter->has_value()) {
        next_dense_ = detail::DecodeUint32(**counter);
        if (!next_dense_) {
          return Status::Corruption("meta key next_dense_id: not 4 bytes");
        }
      }
    }
    if (*next_dense_ == UINT32_MAX) {
      return Status::InvalidArgument("no dense id left for " + id);
    }
    uint32_t dense = (*next_dense_)++;
    dense_assigned_ = true;
    Put(kIds, detail::DenseOfKey(id), detail::EncodeUint32(dense));
    Put(kIds, detail::NodeOfKey(dense), id);
    staged_dense_.emplace(id, dense);
    return dense;
  }

  // The head of node `id` merged from every contribution the batch leaves.
  Result<std::optional<NodeHeadRecord>> MergeNodeHead(const std::string& id) {
    graph::NodeMerger merger;
    uint32_t owners = 0;
    Status s = ScanStaged(
        kNodes, detail::NodePrefix(id),
        [&](std::string_view key, std::string_view value) {
          NodeRecord record;
          Status decoded =
              detail::DecodeRecord(value, &record, Describe(kNodes, key));
          if (!decoded.ok()) return decoded;
          merger.Add(NodeFromRecord(id, std::move(record), text_of_));
          ++owners;
          return Status::Ok();
        });
    if (!s.ok()) return s;
    std::optional<graph::Node> merged = merger.Take();
    if (!merged) return std::optional<NodeHeadRecord>();
    return std::optional<NodeHeadRecord>(HeadOf(*merged, owners));
  }

  // Keeps the head of node `id` (and its index keys) equal to the merge of
  // its contributions: merged again from them, unless the node is a hub and
  // this write only adds a contribution, which is then folded in.
  Status UpdateNodeHead(const std::string& id,
                        const Touch<graph::Node>& touch) {
    Result<std::optional<NodeHeadRecord>> before =
        StagedRecord<NodeHeadRecord>(kHeads, id);
    if (!before.ok()) return before.status();
    std::optional<NodeHeadRecord> after;
    if (!touch.removed && touch.added != nullptr && !before->has_value()) {
      // A new node: no other owner has a contribution (it would have a
      // head), so the head is this one contribution.
      graph::NodeMerger merger;
      merger.Add(*touch.added);
      after = HeadOf(*merger.Take(), 1);
    } else if (!touch.removed && touch.added != nullptr &&
               (*before)->owners >= kHubOwners) {
      after = **before;
      FoldIntoHead(*after, *touch.added);
    } else {
      Result<std::optional<NodeHeadRecord>> merged = MergeNodeHead(id);
      if (!merged.ok()) return merged.status();
      after = std::move(*merged);
    }
    if (after) {
      Put(kHeads, id, detail::EncodeRecord(*after));
    } else if (before->has_value()) {
      Delete(kHeads, id);
    }
    std::set<std::string> old_keys = IndexKeysOf(id, *before);
    std::set<std::string> new_keys = IndexKeysOf(id, after);
    for (const std::string& key : old_keys) {
      if (!new_keys.count(key)) Delete(kIndex, key);
    }
    for (const std::string& key : new_keys) {
      if (!old_keys.count(key)) Put(kIndex, key, "");
    }
    return Status::Ok();
  }

  Result<std::optional<EdgeHeadRecord>> MergeEdgeHead(
      const std::string& head_key) {
    graph::EdgeMerger merger;
    uint32_t owners = 0;
    Status s = ScanStaged(
        kOutEdges, head_key + detail::kSeparator,
        [&](std::string_view key, std::string_view value) {
          EdgeRecord record;
          Status decoded =
              detail::DecodeRecord(value, &record, Describe(kOutEdges, key));
          if (!decoded.ok()) return decoded;
          graph::Edge part;
          part.props = std::move(record.props);
          part.evidence = FromRecords(std::move(record.evidence), text_of_);
          merger.Add(std::move(part));
          ++owners;
          return Status::Ok();
        });
    if (!s.ok()) return s;
    std::optional<graph::Edge> merged = merger.Take();
    if (!merged) return std::optional<EdgeHeadRecord>();
    return std::optional<EdgeHeadRecord>(EdgeHeadRecord{
        std::move(merged->props), owners, merged->evidence.size()});
  }

  // Keeps the head of one edge current as UpdateNodeHead does for nodes, and
  // its two adjacency keys present exactly while it has an owner.
  Status UpdateEdgeHead(const std::string& head_key,
                        const Touch<graph::Edge>& touch) {
    Result<std::optional<EdgeHeadRecord>> before =
        StagedRecord<EdgeHeadRecord>(kEdgeHeads, head_key);
    if (!before.ok()) return before.status();
    std::optional<EdgeHeadRecord> after;
    if (!touch.removed && touch.added != nullptr && !before->has_value()) {
      graph::EdgeMerger merger;
      merger.Add(*touch.added);
      std::optional<graph::Edge> edge = merger.Take();
      after = EdgeHeadRecord{std::move(edge->props), 1, edge->evidence.size()};
    } else if (!touch.removed && touch.added != nullptr &&
               (*before)->owners >= kHubOwners) {
      after = **before;
      graph::MergeValue(after->props, touch.added->props);
      after->owners += 1;
      after->evidence += touch.added->evidence.size();
    } else {
      Result<std::optional<EdgeHeadRecord>> merged = MergeEdgeHead(head_key);
      if (!merged.ok()) return merged.status();
      after = std::move(*merged);
    }
    if (after) {
      Put(kEdgeHeads, head_key, detail::EncodeRecord(*after));
    } else if (before->has_value()) {
      Delete(kEdgeHeads, head_key);
    }
    if (before->has_value() == after.has_value()) return Status::Ok();
    Result<std::optional<uint32_t>> source = FindDenseId(touch.source);
    if (!source.ok()) return source.status();
    Result<std::optional<uint32_t>> target = FindDenseId(touch.target);
    if (!target.ok()) return target.status();
    if (!source->has_value() || !target->has_value()) {
      return Status::Corruption("edge " + touch.source + " -> " + touch.target +
                                ": an end has no dense id");
    }
    // The lists of both ends, by merge: nothing is read.
    bool present = after.has_value();
    Merge(kAdjacency, detail::AdjacencyListKey(**source, false, touch.kind),
          detail::AdjacencyOperand(present, **target));
    Merge(kAdjacency, detail::AdjacencyListKey(**target, true, touch.kind),
          detail::AdjacencyOperand(present, **source));
    return Status::Ok();
  }

  const Database* database_;
  rocksdb::WriteBatchWithIndex batch_;
  rocksdb::WriteBatch unread_;  // the operations on Unread column families
  // Dense ids given or read in this batch; the counter once read.
  std::unordered_map<std::string, uint32_t> staged_dense_;
  std::optional<uint32_t> next_dense_;
  bool dense_assigned_ = false;
  std::map<std::string, PageRecord> staged_pages_;
  std::map<std::string, std::optional<ManifestRecord>> staged_manifests_;
  // Page texts as this batch leaves them, read once (StagedPageText).
  std::unordered_map<std::string, std::optional<std::string>> texts_;
  PageTextOf text_of_ = [this](const std::string& page) {
    return StagedPageText(page);
  };
};

class RocksStore : public Store {
 public:
  // `schema`: the database's, kSchemaVersion unless it was opened
  // read-only (see SnapshotReader).
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
    return std::make_unique<SnapshotReader>(database_.get(), schema_,
                                            read_only_);
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

// Options of every column family: LZ4 for most levels, ZSTD (slower, about
// a third smaller) for the bottommost, where most data ends up, and for the
// pages column family, which holds the page texts; LZ4 throughout for the
// adjacency and dense ids, which traversals read.
rocksdb::ColumnFamilyOptions ColumnFamilyOptionsFor(const std::string& name) {
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
  if (name == kCfNames[kAdjacency] || name == kCfNames[kIds]) {
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
    descriptors.emplace_back(name, ColumnFamilyOptionsFor(name));
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
    constexpr Migration kMigrations[] = {MigrateToSchema2, MigrateToSchema3,
                                         MigrateToSchema4, MigrateToSchema5};
    for (; version < static_cast<uint32_t>(kSchemaVersion); ++version) {
      Status migrated = kMigrations[version - 1](dir, *database);
      if (!migrated.ok()) return migrated;
      // As ~RocksStore does after writes: the next open replays no log.
      database->db->Flush(rocksdb::FlushOptions(), database->all_handles)
          .PermitUncheckedError();
    }
  }
  for (size_t c = 0; c < kCfCount; ++c) {
    if (database->cf[c] == nullptr && (version >= 2 || c < kFirstDerivedCf)) {
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
    // only a second one is damage.
    bool writer = WriterHoldsLock(dir);
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

}  // namespace

Status DowngradeToSchema4ForTesting(Store& store) {
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
    rocksdb::ColumnFamilyHandle* handle = database.cf[c];
    rocksdb::Status s = database.db->DropColumnFamily(handle);
    if (!s.ok()) return FromRocks(s, "DowngradeToSchema1ForTesting");
    database.all_handles.erase(std::find(database.all_handles.begin(),
                                         database.all_handles.end(), handle));
    database.db->DestroyColumnFamilyHandle(handle).PermitUncheckedError();
    database.cf[c] = nullptr;
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
