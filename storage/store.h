// Persistence of the Parley graph in RocksDB. A page's Fragment is applied in
// one WriteBatch (wholly stored or not at all); reads go through a Reader that
// holds a snapshot. RocksDB and cereal stay inside this folder.
#ifndef PARLEY_STORAGE_STORE_H_
#define PARLEY_STORAGE_STORE_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "graph/fragment.h"
#include "graph/model.h"
#include "graph/status.h"

namespace parley::storage {

// The on-disk schema this build writes. A database whose meta says a larger
// number is refused with Status::Corruption("... newer schema ...").
inline constexpr int kSchemaVersion = 1;

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
};

enum class ApplyOutcome {
  kAdded,      // a new page
  kReplaced,   // a page of the same id with other content; old facts removed
  kUnchanged,  // same id and content hash; nothing written
};

// A consistent view of the database at the moment it was made. Owned by the
// caller; must not outlive the Store that made it.
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

  // The first error any call above met (an unreadable record, an I/O error),
  // in the manner of rocksdb::Iterator::status(): those calls cannot return
  // a Status, so they skip what they cannot read and record why here.
  // Default: OK (for readers that cannot fail, such as test fakes).
  virtual Status status() const { return Status::Ok(); }
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
  // outcome of each page is returned in order.
  // (Used by import so that a page and its links land together.)
  virtual Result<std::vector<ApplyOutcome>> ApplyBatch(
      const std::vector<const graph::Fragment*>& pages,
      const std::vector<std::pair<std::string, const graph::Fragment*>>&
          owned) = 0;

  // A new snapshot reader.
  virtual std::unique_ptr<Reader> NewReader() = 0;
};

// Folding used by the names index: NFKC, case-folded, ё -> е, punctuation
// turned into spaces, whitespace collapsed. "KIM IL SUNG", "Kim Il-sung" and
// "kim il sung" share a key.
std::string NameKey(std::string_view name);

}  // namespace parley::storage

#endif  // PARLEY_STORAGE_STORE_H_
