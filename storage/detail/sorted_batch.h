// A write batch in key order, for RocksDB's memtables to take cheaply.
#ifndef PARLEY_STORAGE_DETAIL_SORTED_BATCH_H_
#define PARLEY_STORAGE_DETAIL_SORTED_BATCH_H_

#include <rocksdb/db.h>
#include <rocksdb/write_batch.h>

#include <optional>
#include <vector>

namespace parley::storage::detail {

// The operations of `batch` ordered by column family, then key; the
// operations on one key keep their order, so the batch does what `batch`
// does. A memtable inserts a key next to the one inserted before it in a
// few comparisons, and a page's keys mostly sit side by side. `handles`
// are the column families the batch writes; a batch it cannot sort (an
// operation of another kind, a family not among them) comes back as it is.
rocksdb::WriteBatch SortedByKey(
    rocksdb::WriteBatch& batch,
    const std::vector<rocksdb::ColumnFamilyHandle*>& handles);

// The operations of `batches` together, in the order given, sorted as
// above (the operations on one key keep their order, batch after batch);
// nullopt when one of them cannot be sorted.
std::optional<rocksdb::WriteBatch> SortedByKey(
    const std::vector<rocksdb::WriteBatch*>& batches,
    const std::vector<rocksdb::ColumnFamilyHandle*>& handles);

}  // namespace parley::storage::detail

#endif  // PARLEY_STORAGE_DETAIL_SORTED_BATCH_H_
