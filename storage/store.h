// Persistence of the Parley graph in RocksDB. A page's Fragment is applied in
// one WriteBatch (wholly stored or not at all); reads go through a Reader that
// holds a snapshot. RocksDB and cereal stay inside this folder.
#ifndef PARLEY_STORAGE_STORE_H_
#define PARLEY_STORAGE_STORE_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/fragment.h"
#include "graph/model.h"
#include "graph/status.h"

namespace parley::storage {

// The on-disk schema this build writes. A database whose meta says a larger
// number is refused with Status::Corruption("... newer schema ...").
// Schema 2 added the records reading needs without merging (node and edge
// heads, dense ids, adjacency, indexes); Open migrates a schema-1 database
// opened read-write, and reads one opened read-only as schema 1. Schema 3
// added the index of clause words (Reader::Index::kWord); Open adds it to a
// schema-2 database opened read-write, and one opened read-only answers
// word lookups by a pass over the clauses, as schema 1 does. Schema 4 keeps
// the adjacency as one list per node, direction and edge kind (before, one
// key per edge end); Open packs a schema-2 or 3 database opened read-write,
// and reads one opened read-only as it is. Schema 5 added the index of the
// documents taking positions by date (Reader::Index::kPositions) and that
// of the undated documents (kUndated); Open adds them to an older database
// opened read-write, and one opened read-only answers the first from the
// date index and the documents' heads, the second by a pass over the whole
// graph (Reader::Indexes says so). Schema 6 keeps the weight of each
// VARIANT_OF edge by either end (Reader::WeightedAdjacency); Open adds them
// to an older database opened read-write, and one opened read-only reads
// them from the edges.
inline constexpr int kSchemaVersion = 6;

struct OpenOptions {
  // Open for reading only (no lock taken; sees the database as of Open).
  // Default: false (read-write, takes RocksDB's lock).
  bool read_only = false;
  // Create the database when absent. Default: true (ignored when read_only).
  bool create_if_missing = true;
};

// A stored page: its id, where it was imported from, and its content hash.
struct PageInfo {
  std::string page_id;
  std::string source_path;
  std::string content_hash;
  uint64_t text_bytes = 0;
  // Fragment::report as stored with the page; empty for a page stored by a
  // Parley before it was kept.
  std::string report;
};

enum class ApplyOutcome {
  kAdded,      // a new page
  kReplaced,   // a page of the same id with other content; old facts removed
  kUnchanged,  // same id and content hash; nothing written
};

// A consistent view of the database at the moment it was made. Owned by the
// caller; must not outlive the Store that made it. Used by one thread at a
// time (a reader of a read-only store keeps its iterators between calls).
class Reader {
 public:
  virtual ~Reader() = default;

  // The node with `id`, merged over every page that contributed to it, or
  // nullopt when absent.
  virtual std::optional<graph::Node> GetNode(const graph::NodeId& id) = 0;

  // Edges leaving / entering `id`, merged per (source, kind, target); with
  // `kind` set, only that kind (a prefix scan, no full read).
  virtual std::vector<graph::Edge> OutEdges(
      const graph::NodeId& id, std::optional<graph::EdgeKind> kind = {}) = 0;
  virtual std::vector<graph::Edge> InEdges(
      const graph::NodeId& id, std::optional<graph::EdgeKind> kind = {}) = 0;

  // Every node / edge, merged, in key order. Stop early by returning false.
  virtual void ForEachNode(
      const std::function<bool(const graph::Node&)>& fn) = 0;
  virtual void ForEachEdge(
      const std::function<bool(const graph::Edge&)>& fn) = 0;

  // Ids of nodes whose label or an alias, folded by NameKey, equals
  // NameKey(name). Sorted, unique.
  virtual std::vector<graph::NodeId> LookupName(const std::string& name) = 0;

  // The stored text of page `page_id` (evidence offsets point into it).
  virtual std::optional<std::string> PageText(const std::string& page_id) = 0;

  virtual std::vector<PageInfo> Pages() = 0;

  // The owners of derived facts (Store::ReplaceOwned) whose name starts with
  // `prefix`, in byte order; at most `limit`. Default: none (a reader
  // without owned facts).
  virtual std::vector<std::string> Owners(std::string_view prefix,
                                          size_t limit = SIZE_MAX);

  // The owners that contribute to node `id` (the ids of the pages that give
  // it, and any owner of derived facts), in byte order: the keys of its
  // records, none decoded. Default: none (a reader that cannot tell).
  virtual std::vector<std::string> NodeOwners(const graph::NodeId& id);

  // ---- Reading what a query touches, and nothing else (issue 8) ----
  //
  // The calls below are answered from records kept up to date on write
  // (merged node and edge heads, dense ids, packed adjacency, indexes; see
  // docs/storage.md). The defaults here, for readers without them (test
  // fakes), compute the same answers from the calls above.

  // The node without its evidence: kind, label, aliases and props merged
  // over every owner, as GetNode merges them, and `evidence_count`, how many
  // pieces of evidence GetNode would return. One read however many pages
  // name the node. nullopt when absent.
  virtual std::optional<graph::Node> GetNodeHead(
      const graph::NodeId& id, size_t* evidence_count = nullptr);

  // The edge (source, kind, target) merged over every owner; without its
  // evidence unless `with_evidence`. nullopt when absent.
  virtual std::optional<graph::Edge> GetEdge(const graph::NodeId& source,
                                             graph::EdgeKind kind,
                                             const graph::NodeId& target,
                                             bool with_evidence = false);

  // Dense ids: every node ever stored has a small integer id, never reused,
  // so that traversals work on integers and turn ids back into names only
  // for the nodes of their answer.
  virtual std::optional<uint32_t> DenseId(const graph::NodeId& id);
  virtual std::optional<graph::NodeId> NodeIdOf(uint32_t dense);

  // Every id given a dense id and that dense id, in id order (the order
  // names sort in), from the first id >= `from`, until fn returns false:
  // the smallest ids of a large set of dense ids without naming each. Ids
  // of nodes since removed are among them (a dense id is never reused).
  virtual void ForEachDenseId(
      std::string_view from,
      const std::function<bool(const graph::NodeId& id, uint32_t dense)>& fn);

  struct Adjacent {
    uint32_t node = 0;  // dense id of the other end
    graph::EdgeKind kind = graph::EdgeKind::kAuthored;
    bool forward =
        true;  // true: node -> other (an out-edge); false: other -> node
    bool operator==(const Adjacent&) const = default;
  };
  enum class Direction : uint8_t { kOut, kIn, kBoth };
  // The edges of dense node `node` in `direction`, of the kinds in `kinds`
  // (every kind when empty), appended to `out`: out-edges first, then
  // in-edges; within each, by kind, then by the other end's dense id. At
  // most `limit` are appended. Reads only this node's adjacency.
  virtual void Adjacency(uint32_t node, Direction direction,
                         const std::vector<graph::EdgeKind>& kinds,
                         std::vector<Adjacent>& out, size_t limit = SIZE_MAX);

  // How many edges Adjacency(node, direction, {}) would give, counted
  // without listing them (a hub has 500,000 at 10^6 pages).
  virtual size_t AdjacencyCount(uint32_t node, Direction direction);

  // An edge end with its edge's weight (EdgeWeight).
  struct Weighted {
    uint32_t node = 0;  // dense id of the other end
    bool forward = true;
    std::optional<double> weight;  // none when the edge has none
    bool operator==(const Weighted&) const = default;
  };
  // The edges of kind `kind` of dense node `node`, each with its weight,
  // appended to `out`: out-edges first, then in-edges, each by the other
  // end's dense id (the order of Adjacency). For a weighted kind
  // (IsWeightedKind) reads only this node's weights, which the store keeps
  // beside its adjacency; for another, the edges themselves.
  virtual void WeightedAdjacency(uint32_t node, graph::EdgeKind kind,
                                 std::vector<Weighted>& out);

  // The kind and far end of each of `id`'s edges in `direction` (kBoth:
  // out-edges, then in-edges), by kind, then far end id: the edges
  // OutEdges / InEdges give, in their order, until fn returns false. Reads
  // the keys of the edges passed to fn and none of their records.
  virtual void ForEachEdgeEnd(
      const graph::NodeId& id, Direction direction,
      const std::function<bool(graph::EdgeKind kind, const graph::NodeId& far)>&
          fn);

  // Every node of the kinds in `kinds`, merged as GetNode merges it, in id
  // order, until fn returns false: ForEachNode without reading the nodes of
  // other kinds (the people and places every page adds to), through the
  // kind index.
  virtual void ForEachNodeOf(const std::vector<graph::NodeKind>& kinds,
                             const std::function<bool(const graph::Node&)>& fn);

  // The source, kind and target of every edge, in the order ForEachEdge
  // gives them, until fn returns false. Reads the edges' keys and none of
  // their records.
  virtual void ForEachEdgeKey(
      const std::function<bool(const graph::NodeId& source,
                               graph::EdgeKind kind,
                               const graph::NodeId& target)>& fn);

  // The first `limit` pieces of `id`'s evidence, in the order GetNode gives
  // them, read from only as many owners' records as they need.
  virtual std::vector<graph::Evidence> FirstEvidence(const graph::NodeId& id,
                                                     size_t limit);

  // Secondary indexes, written in the same batch as the facts they index.
  enum class Index : uint8_t {
    kKind,    // term: node kind name ("Clause") -> every node of that kind
    kTopic,   // term: a topic of a Clause's props.topics -> those clauses
    kDate,    // term: a Document's props.date (ISO) -> those documents
    kNumber,  // term: a Document's props.number (each, when a list) -> docs
    // term: a word of a Clause's text in any language, folded, and its stem
    // where the stem is not the word's start (text::SplitStemmedWords):
    // those clauses. A query word matches the terms it begins.
    kWord,
    // term: a Document's props.date, when it takes positions (has
    // props.stances) -> those documents: the replies a stance search looks
    // for by date, without reading every document of the dates.
    kPositions,
    // term "": a Document whose props.date is not one string (none, or a
    // list), and so sorts first by date, as GetString gives it "".
    kUndated,
  };
  // Node ids under `term`, sorted, unique; at most `limit`.
  virtual std::vector<graph::NodeId> Lookup(Index index, std::string_view term,
                                            size_t limit = SIZE_MAX);
  // Every (term, node id) with from <= term <= to (byte order; an empty `to`
  // means no upper bound), in term then id order, until fn returns false.
  // Dates are ISO strings, so a date range is a term range.
  virtual void LookupRange(
      Index index, std::string_view from, std::string_view to,
      const std::function<bool(std::string_view term, const graph::NodeId& id)>&
          fn);
  // How many distinct node ids are under `term`.
  virtual size_t Count(Index index, std::string_view term);
  // Whether lookups of `index` read stored keys: false for an index a
  // database from an older schema lacks, which is then answered by a pass
  // over the whole graph (the defaults: true).
  virtual bool Indexes(Index index);

  // Derived records (Store::ReplaceDerived): the record `key` of the set
  // `set`, when that set is current for the database this reader sees (no
  // write has followed it); nullopt when the set is not current or has no
  // such record. Default: nullopt (a reader without any).
  virtual std::optional<std::string> Derived(std::string_view set,
                                             std::string_view key);
  // Whether the set `set` is current (written as of this reader's database).
  virtual bool DerivedCurrent(std::string_view set);
  // The RocksDB sequence number of the database this reader sees; nullopt
  // for a reader of no RocksDB store (the default).
  virtual std::optional<uint64_t> SequenceNumber();

  // The first error any call above met (an unreadable record, an I/O error),
  // in the manner of rocksdb::Iterator::status(): those calls cannot return
  // a Status, so they skip what they cannot read and record why here; an
  // answer given while status() is not OK may be incomplete, and the caller
  // must say so (IsDamage below tells damage). Default: OK (for readers
  // that cannot fail, such as test fakes).
  virtual Status status() const { return Status::Ok(); }

 private:
  // What the default implementations above build on first need: the whole
  // graph's ids, adjacency and index terms (storage/reader_defaults.cc).
  struct WholeGraph;
  const WholeGraph& Whole();
  std::shared_ptr<WholeGraph> whole_;
};

class Store {
 public:
  virtual ~Store() = default;

  // Opens (or creates) the database in directory `dir`. Fails with kBusy
  // ("database is in use") when another process holds it for writing, with
  // kCorruption when it was written by a newer schema.
  static Result<std::unique_ptr<Store>> Open(const std::string& dir,
                                             const OpenOptions& options = {});

  // Stores `fragment` as page `fragment.page_id` in one atomic write. When a
  // page of that id exists with the same content hash nothing is written
  // (kUnchanged); with another hash its old facts are deleted in the same
  // batch (kReplaced).
  virtual Result<ApplyOutcome> ApplyPage(const graph::Fragment& fragment) = 0;

  // Replaces the facts owned by `owner` (a linker's derived edges, e.g.
  // "links:doc:telegram-3950-1951-07-03") with `fragment`'s nodes and edges,
  // atomically. An empty fragment removes them.
  virtual Status ReplaceOwned(const std::string& owner,
                              const graph::Fragment& fragment) = 0;

  // Applies several pages and owned fragments in a single atomic write; the
  // outcome of each page is returned in order. The stored pages `removed`
  // (ids none of `pages` has) are deleted in the same write: their facts,
  // text and record; an id not stored is skipped. Owners quoting a removed
  // page keep their quotes in full.
  // (Used by import so that a page and its links land together, and a file
  // that now gives another page replaces the one it gave.)
  virtual Result<std::vector<ApplyOutcome>> ApplyBatch(
      const std::vector<const graph::Fragment*>& pages,
      const std::vector<std::pair<std::string, const graph::Fragment*>>& owned,
      const std::vector<std::string>& removed) = 0;
  // ApplyBatch removing no page.
  Result<std::vector<ApplyOutcome>> ApplyBatch(
      const std::vector<const graph::Fragment*>& pages,
      const std::vector<std::pair<std::string, const graph::Fragment*>>&
          owned) {
    return ApplyBatch(pages, owned, {});
  }

  // A new snapshot reader.
  virtual std::unique_ptr<Reader> NewReader() = 0;

  // Replaces the derived records of set `set` (a query's own layout of what
  // it would otherwise read fact by fact) with `records` (key, value), in
  // one atomic write, and marks the set current for the database as it then
  // stands: any later write (a page, a link) makes it not current, and
  // readers then do without it (Reader::Derived). `worked_out_from`: the
  // reader of this store the records were worked out from; when anything
  // was written since it was made, nothing is written and kBusy is
  // returned. `set` and each key: non-empty, without 0x00.
  virtual Status ReplaceDerived(
      std::string_view set,
      const std::vector<std::pair<std::string, std::string>>& records,
      Reader& worked_out_from) = 0;

  // Compacts every column family fully (RocksDB CompactRange), so that the
  // database takes its smallest size and a cold read opens the fewest
  // files. For the end of a bulk import; takes seconds to minutes. Fails
  // on a read-only store.
  virtual Status Compact() = 0;
};

// Whether the store keeps the weight of edges of `kind` beside its
// adjacency: VARIANT_OF, weighed by its similarity, which a lineage grows
// by (queries/trace.cc).
bool IsWeightedKind(graph::EdgeKind kind);

// The weight of an edge with `props`: its similarity, when that is a
// number.
std::optional<double> EdgeWeight(const graph::Value& props);

// Opens the database in `dir` read-only, as every query does. A missing
// directory is kNotFound with the words a user needs ("no database here
// (import pages first: ...)"); other errors name `dir`. Never fails because
// a writer is running: an open that races the writer's flush or compaction,
// or meets a database its writer is still creating, is tried again (for at
// most 10 s; then kBusy, "being created").
Result<std::unique_ptr<Store>> OpenForReading(const std::string& dir);

// Whether another process holds the database in `dir` for writing (its
// RocksDB LOCK), asked without opening it: for the commands that put a
// database aside (repair, restore), which must not pull it from under an
// import. False when it cannot be told (no /proc/locks).
bool HeldByWriter(const std::string& dir);

// Whether `status` reports damage to the stored data: a record that cannot
// be decoded, a block or file whose checksum does not match. Its message
// reads "DIR: damaged: column family CF, key \"KEY\": why" ("DIR: damaged:
// RocksDB cannot open it: ..." when the open itself meets it). Other
// kCorruption errors (a newer schema, not a Parley database) are not
// damage.
bool IsDamage(const Status& status);

// Folding used by the names index: NFKC, case-folded, ё -> е, punctuation
// turned into spaces, whitespace collapsed. "KIM IL SUNG", "Kim Il-sung" and
// "kim il sung" share a key.
std::string NameKey(std::string_view name);

}  // namespace parley::storage

#endif  // PARLEY_STORAGE_STORE_H_
