// The Reader of a Store: every read through one RocksDB snapshot, from the
// heads, dense ids, adjacency and indexes where the schema keeps them.
#ifndef PARLEY_STORAGE_DETAIL_SNAPSHOT_READER_H_
#define PARLEY_STORAGE_DETAIL_SNAPSHOT_READER_H_

#include <cstdint>
#include <memory>

#include "storage/detail/database.h"
#include "storage/store.h"

namespace parley::storage::detail {

// A reader of `database` (which must outlive it) as of now. `schema`: the
// database's, which says what it keeps (see the class in the .cc).
// `keep_iterators`: the store is read-only, so an iterator may be kept
// from one scan to the next.
std::unique_ptr<Reader> NewSnapshotReader(const Database* database,
                                          uint32_t schema, bool keep_iterators);

}  // namespace parley::storage::detail

#endif  // PARLEY_STORAGE_DETAIL_SNAPSHOT_READER_H_
