#include "storage/detail/batch_builder.h"

#include <rocksdb/iterator.h>
#include <rocksdb/options.h>
#include <rocksdb/slice.h>
#include <rocksdb/utilities/write_batch_with_index.h>

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
#include "storage/detail/sorted_batch.h"
#include "storage/detail/terms.h"

namespace parley::storage::detail {
namespace {

// A node or edge with this many owners or more is a hub: a write that only
// adds an owner folds the new contribution into the head instead of
// merging every contribution again (docs/storage.md, "Heads").
constexpr uint32_t kHubOwners = 64;

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

}  // namespace

class BatchBuilder::Impl {
 public:
  explicit Impl(const Database* database)
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

  Status StageRemoval(const std::string& page_id) {
    Result<std::optional<PageRecord>> existing = LoadPage(page_id);
    if (!existing.ok()) return existing.status();
    if (!existing->has_value()) return Status::Ok();
    if (const std::string* text = StagedPageText(page_id)) {
      // Copied: the quotes are rewritten from it while texts_ may grow.
      std::string old_text = *text;
      Status s = MaterializeQuotes(page_id, old_text);
      if (!s.ok()) return s;
    }
    Status s = StageFacts(page_id, graph::Fragment(), nullptr);
    if (!s.ok()) return s;
    Delete(kPages, detail::PageKey(detail::kPageTextTag, page_id));
    Delete(kPages, detail::PageKey(detail::kPageInfoTag, page_id));
    texts_[page_id] = std::nullopt;
    staged_pages_.erase(page_id);
    return Status::Ok();
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
           cf == kIds || cf == kWeights;
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

  // Keeps the head of one edge current as UpdateNodeHead does for nodes,
  // its two adjacency keys present exactly while it has an owner, and so
  // the weights of an edge of a weighted kind, with the head's weight.
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
    bool presence_changed = before->has_value() != after.has_value();
    // A weighted edge's weight by either end, while it has an owner: put
    // when it appears or its weight changes, deleted when it goes.
    bool weight_changed = IsWeightedKind(touch.kind) && after &&
                          (presence_changed || EdgeWeight((*before)->props) !=
                                                   EdgeWeight(after->props));
    if (!presence_changed && !weight_changed) return Status::Ok();
    Result<std::optional<uint32_t>> source = FindDenseId(touch.source);
    if (!source.ok()) return source.status();
    Result<std::optional<uint32_t>> target = FindDenseId(touch.target);
    if (!target.ok()) return target.status();
    if (!source->has_value() || !target->has_value()) {
      return Status::Corruption("edge " + touch.source + " -> " + touch.target +
                                ": an end has no dense id");
    }
    std::string out_key =
        detail::AdjacencyKey(**source, false, touch.kind, **target);
    std::string in_key =
        detail::AdjacencyKey(**target, true, touch.kind, **source);
    if (weight_changed) {
      std::string weight = detail::EncodeWeight(EdgeWeight(after->props));
      Put(kWeights, out_key, weight);
      Put(kWeights, in_key, weight);
    } else if (IsWeightedKind(touch.kind) && !after) {
      Delete(kWeights, out_key);
      Delete(kWeights, in_key);
    }
    if (!presence_changed) return Status::Ok();
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

BatchBuilder::BatchBuilder(const Database* database)
    : impl_(std::make_unique<Impl>(database)) {}
BatchBuilder::~BatchBuilder() = default;

Result<ApplyOutcome> BatchBuilder::StagePage(const graph::Fragment& page) {
  return impl_->StagePage(page);
}
Status BatchBuilder::StageRemoval(const std::string& page_id) {
  return impl_->StageRemoval(page_id);
}
Status BatchBuilder::StageOwned(const std::string& owner,
                                const graph::Fragment* facts) {
  return impl_->StageOwned(owner, facts);
}
void BatchBuilder::Finish() { impl_->Finish(); }
bool BatchBuilder::empty() { return impl_->empty(); }
std::optional<rocksdb::WriteBatch> BatchBuilder::SortedBatch() {
  return impl_->SortedBatch();
}

}  // namespace parley::storage::detail
