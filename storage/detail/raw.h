// The RocksDB handles behind a Store, for the other parts of storage/ that
// read the database below the Reader interface (integrity.cc, backup.cc).
// Nothing outside storage/ includes this header.
#ifndef PARLEY_STORAGE_DETAIL_RAW_H_
#define PARLEY_STORAGE_DETAIL_RAW_H_

#include <rocksdb/db.h>

#include <string>
#include <vector>

#include "storage/store.h"

namespace parley::storage::detail {

struct RawColumnFamily {
  std::string name;
  rocksdb::ColumnFamilyHandle* handle = nullptr;
};

// The database and Parley's column families, in the order docs/storage.md
// lists them (nodes, out_edges, in_edges, names, pages, meta, heads,
// edge_heads, ids, adjacency, index); a schema-1 database lacks the last
// five. Owned by `store`: valid while it lives. `store` must come from
// Store::Open or OpenForReading.
struct RawDatabase {
  rocksdb::DB* db = nullptr;
  std::vector<RawColumnFamily> column_families;
};
RawDatabase RawHandles(Store& store);

}  // namespace parley::storage::detail

#endif  // PARLEY_STORAGE_DETAIL_RAW_H_
