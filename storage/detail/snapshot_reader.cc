#include "storage/detail/snapshot_reader.h"

#include <rocksdb/iterator.h>
#include <rocksdb/options.h>
#include <rocksdb/slice.h>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <utility>

#include "graph/merge.h"
#include "storage/detail/adjacency.h"
#include "storage/detail/damage.h"
#include "storage/detail/keys.h"
#include "storage/detail/records.h"
#include "storage/detail/terms.h"

namespace parley::storage::detail {
namespace {

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
  // documents by the defaults. From 6 it keeps the weights of weighted
  // edges; before, WeightedAdjacency reads them from the edges.
  // `keep_iterators`: the store is read-only (see ScanRange).
  SnapshotReader(const Database* database, uint32_t schema, bool keep_iterators)
      : database_(database),
        snapshot_(database->db->GetSnapshot()),
        derived_(schema >= 2),
        words_(schema >= 3),
        schema5_(schema >= 5),
        lists_(schema >= 4),
        weights_(schema >= 6),
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

  void ForEachNodeOf(
      const std::vector<graph::NodeKind>& kinds,
      const std::function<bool(const graph::Node&)>& fn) override {
    if (!derived_) return Reader::ForEachNodeOf(kinds, fn);
    std::vector<graph::NodeId> ids;
    for (graph::NodeKind kind : kinds) {
      std::vector<graph::NodeId> of_kind =
          Lookup(Index::kKind, graph::NodeKindName(kind), SIZE_MAX);
      ids.insert(ids.end(), std::make_move_iterator(of_kind.begin()),
                 std::make_move_iterator(of_kind.end()));
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    // One iterator for the whole pass: it seeks over the records of the
    // nodes left out, and not at all when the next node's records follow
    // (a clause after its document).
    std::unique_ptr<rocksdb::Iterator> it(
        database_->db->NewIterator(Options(), database_->cf[kNodes]));
    for (const graph::NodeId& id : ids) {
      if (!detail::IsKeyComponent(id)) continue;
      const std::string prefix = detail::NodePrefix(id);
      if (!it->Valid() || it->key().compare(prefix) < 0) it->Seek(prefix);
      graph::NodeMerger node;
      for (; it->Valid() && it->key().starts_with(prefix); it->Next()) {
        rocksdb::Slice key = it->key(), value = it->value();
        AddNodeContribution(id, std::string_view(key.data(), key.size()),
                            std::string_view(value.data(), value.size()), node);
      }
      if (!it->status().ok()) {
        Record(ScanError(kNodes, prefix, it->status()));
        return;
      }
      if (!node.has_value()) continue;
      // The index files a hub under the kind its head keeps; the merged
      // node is what the caller asked about.
      std::optional<graph::Node> merged = node.Take();
      if (std::find(kinds.begin(), kinds.end(), merged->kind) == kinds.end())
        continue;
      if (!fn(*merged)) return;
    }
  }

  void ForEachEdgeKey(const std::function<
                      bool(const graph::NodeId& source, graph::EdgeKind kind,
                           const graph::NodeId& target)>& fn) override {
    if (!derived_) return Reader::ForEachEdgeKey(fn);
    graph::NodeId source, target;
    ScanPrefix(kEdgeHeads, "", [&](std::string_view key, std::string_view) {
      std::optional<detail::EdgeHeadKeyParts> parts =
          detail::ParseEdgeHeadKey(key);
      if (!parts) {
        Record(MalformedKey(kEdgeHeads, key));
        return true;
      }
      source.assign(parts->source);
      target.assign(parts->target);
      return fn(source, parts->kind, target);
    });
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

  std::vector<std::string> NodeOwners(const graph::NodeId& id) override {
    std::vector<std::string> owners;
    if (!detail::IsKeyComponent(id)) return owners;
    ScanPrefix(kNodes, detail::NodePrefix(id),
               [&](std::string_view key, std::string_view) {
                 std::optional<detail::NodeKeyParts> parts =
                     detail::ParseNodeKey(key);
                 if (!parts) {
                   Record(MalformedKey(kNodes, key));
                   return true;
                 }
                 owners.emplace_back(parts->owner);
                 return true;
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
    for (bool incoming : {false, true}) {
      if (incoming ? direction == Direction::kOut
                   : direction == Direction::kIn) {
        continue;
      }
      if (sorted.empty()) {
        ScanAdjacencyOf(node, incoming, visit);
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

  size_t AdjacencyCount(uint32_t node, Direction direction) override {
    if (!lists_) return Reader::AdjacencyCount(node, direction);
    size_t count = 0;
    auto visit = [&](std::string_view key, std::string_view value) {
      std::optional<size_t> n;
      if (key.size() == detail::kAdjacencyListKeySize &&
          detail::ParseAdjacencyListKey(key)) {
        n = detail::CountAdjacencyList(value);
      } else if (detail::ParseAdjacencyKey(key)) {
        n = 1;  // an edge end of a migration under way
      }
      if (!n) {
        Record(Status::Corruption(Describe(kAdjacency, key) +
                                  ": not a list of dense ids"));
        return true;
      }
      count += *n;
      return true;
    };
    if (direction != Direction::kIn) ScanAdjacencyOf(node, false, visit);
    if (direction != Direction::kOut) ScanAdjacencyOf(node, true, visit);
    return count;
  }

  // Every adjacency key of `node` in one direction. The direction bit is
  // the top bit of byte 4: out-edges are near 0x00..0x7f, in-edges near
  // 0x80..0xff.
  template <typename Fn>
  void ScanAdjacencyOf(uint32_t node, bool incoming, Fn&& fn) {
    std::string near = detail::EncodeUint32(node);
    if (incoming) {
      ScanRange(kAdjacency, near + '\x80', detail::PrefixUpperBound(near), fn);
    } else {
      ScanRange(kAdjacency, near, near + '\x80', fn);
    }
  }

  void WeightedAdjacency(uint32_t node, graph::EdgeKind kind,
                         std::vector<Weighted>& out) override {
    if (!weights_ || !IsWeightedKind(kind)) {
      Reader::WeightedAdjacency(node, kind, out);
      return;
    }
    // The weights hold one kind of edge today, so a node's out-edges and
    // in-edges of it are next to each other: one seek for both (a lineage
    // reads this for each of its tens of thousands of clauses).
    ScanPrefix(kWeights, detail::EncodeUint32(node),
               [&](std::string_view key, std::string_view value) {
                 std::optional<detail::AdjacencyKeyParts> parts =
                     detail::ParseAdjacencyKey(key);
                 std::optional<std::optional<double>> weight =
                     detail::DecodeWeight(value);
                 if (!parts) {
                   Record(MalformedKey(kWeights, key));
                 } else if (!weight) {
                   Record(Status::Corruption(Describe(kWeights, key) +
                                             ": not a weight"));
                 } else if (parts->kind == kind) {
                   out.push_back({parts->far, !parts->incoming, *weight});
                 }
                 return true;
               });
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

  std::optional<std::string> Derived(std::string_view set,
                                     std::string_view key) override {
    if (!DerivedCurrent(set) || !detail::IsKeyComponent(key))
      return std::nullopt;
    return GetValue(kMeta, detail::DerivedKey(set, key));
  }

  bool DerivedCurrent(std::string_view set) override {
    if (!detail::IsKeyComponent(set)) return false;
    auto [it, added] = derived_current_.try_emplace(std::string(set), false);
    if (added) {
      std::optional<std::string> marker =
          GetValue(kMeta, detail::DerivedMarkerKey(set));
      std::optional<uint64_t> at =
          marker ? detail::DecodeUint64(*marker) : std::nullopt;
      it->second = at && *at == snapshot_->GetSequenceNumber();
    }
    return it->second;
  }

  std::optional<uint64_t> SequenceNumber() override {
    return snapshot_->GetSequenceNumber();
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
    node.Add(NodeFromRecord(id, std::move(record), text_of_));
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
  bool weights_;
  bool keep_iterators_;
  // Whether each derived set asked about is current (DerivedCurrent).
  std::map<std::string, bool, std::less<>> derived_current_;
  std::array<std::unique_ptr<rocksdb::Iterator>, kCfCount> iterators_;
  std::array<bool, kCfCount> scanning_{};
  Status status_;
  std::unordered_map<std::string, std::optional<std::string>> texts_;
  PageTextOf text_of_ = [this](const std::string& page) {
    return CachedPageText(page);
  };
};

}  // namespace

std::unique_ptr<Reader> NewSnapshotReader(const Database* database,
                                          uint32_t schema,
                                          bool keep_iterators) {
  return std::make_unique<SnapshotReader>(database, schema, keep_iterators);
}

}  // namespace parley::storage::detail
