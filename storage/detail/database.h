// What the parts of the RocksDB implementation of Store and Reader share
// (store.cc, detail/snapshot_reader.cc, detail/batch_builder.cc,
// detail/migrations.cc): Parley's column families, the open database,
// RocksDB's errors as Status, and the conversions between stored records
// and graph values. Only storage/ includes it.
#ifndef PARLEY_STORAGE_DETAIL_DATABASE_H_
#define PARLEY_STORAGE_DETAIL_DATABASE_H_

#include <rocksdb/db.h>
#include <rocksdb/status.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"
#include "storage/detail/records.h"

namespace parley::storage::detail {

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
  // Schema 6: the weight of each VARIANT_OF edge by either end.
  kWeights,
  kCfCount
};
inline constexpr std::array<const char*, kCfCount> kCfNames = {
    "nodes", "out_edges",  "in_edges", "names",     "pages", "meta",
    "heads", "edge_heads", "ids",      "adjacency", "index", "weights"};
// The column families a schema-1 database lacks.
inline constexpr Cf kFirstDerivedCf = kHeads;
// The schema that added column family `cf`.
constexpr uint32_t SchemaAdding(Cf cf) {
  return cf == kWeights ? 6 : cf >= kFirstDerivedCf ? 2 : 1;
}

// An iterator of `cf` that stopped with `s` after `last` (or, with nothing
// read, at the seek key `last`).
Status ScanError(Cf cf, std::string_view last, const rocksdb::Status& s);

// `s` as a Status, its message prefixed with `context`.
Status FromRocks(const rocksdb::Status& s, const std::string& context);

// How an unreadable record is named in an error: every such error says
// "damaged: column family CF, key \"KEY\": why" (IsDamage in store.h tells
// it from the other errors, so the CLI can give it its own exit code).
std::string Describe(Cf cf, std::string_view key);

// The damage of a key of `cf` that does not parse.
Status MalformedKey(Cf cf, std::string_view key);

// The stored text of a page, or nullptr when there is none.
using PageTextOf = std::function<const std::string*(const std::string& page)>;

// Evidence quoting `own_text`, the text of page `own_page` (the page of the
// owner writing it), is stored without its quote: the quote is the text's
// bytes [start, end), and the page text is stored anyway. `*elided` is set
// when one is.
std::vector<EvidenceRecord> ToRecords(
    const std::vector<graph::Evidence>& evidence,
    const std::string& own_page = "", const std::string* own_text = nullptr,
    bool* elided = nullptr);

// Writes out in full the quotes of `records` stored as spans of page
// `page`'s text `text`, which is about to change.
void QuoteInFull(std::vector<EvidenceRecord>& records, const std::string& page,
                 const std::string& text);

// The key in `pages` saying that `owner` quotes page `page`'s text.
std::string QuoterKey(const std::string& page, const std::string& owner);

// `text_of` gives the page texts of quotes stored as spans; a quote whose
// page text is gone or too short stays empty.
std::vector<graph::Evidence> FromRecords(std::vector<EvidenceRecord>&& records,
                                         const PageTextOf& text_of = nullptr);

graph::Node NodeFromRecord(const std::string& id, NodeRecord&& record,
                           const PageTextOf& text_of = nullptr);

// The head of a node merged from `owners` contributions.
NodeHeadRecord HeadOf(const graph::Node& merged, uint32_t owners);

graph::Node NodeFromHead(const std::string& id, NodeHeadRecord&& head);

// The `index` keys of a node head: one per distinct term.
std::set<std::string> IndexKeysOf(const std::string& id,
                                  const std::optional<NodeHeadRecord>& head);

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

}  // namespace parley::storage::detail

#endif  // PARLEY_STORAGE_DETAIL_DATABASE_H_
