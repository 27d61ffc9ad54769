// One atomic write of a Store: pages and owners' facts staged, then
// written as one RocksDB batch.
#ifndef PARLEY_STORAGE_DETAIL_BATCH_BUILDER_H_
#define PARLEY_STORAGE_DETAIL_BATCH_BUILDER_H_

#include <rocksdb/write_batch.h>

#include <memory>
#include <optional>
#include <string>

#include "graph/model.h"
#include "graph/status.h"
#include "storage/detail/database.h"
#include "storage/store.h"

namespace parley::storage::detail {

// Collects one atomic write: the deletions of owners' old facts and the puts
// of their new ones, and the heads, dense ids, adjacency and index keys they
// change. Reads go through the batch (a WriteBatchWithIndex), so a page or
// owner named twice in one batch, or a node two pages of the batch name,
// sees what the batch staged before, not the stale database.
class BatchBuilder {
 public:
  explicit BatchBuilder(const Database* database);
  ~BatchBuilder();

  // Stages page `page`: its old facts out, its new ones in (an unchanged
  // page stages nothing).
  Result<ApplyOutcome> StagePage(const graph::Fragment& page);
  // Stages the removal of the stored page `page_id`: its facts, text and
  // record (owners quoting it get their quotes in full); nothing when no
  // such page is stored.
  Status StageRemoval(const std::string& page_id);
  // Stages the facts `owner` (the linker) holds: all of them replaced by
  // `facts`.
  Status StageOwned(const std::string& owner, const graph::Fragment* facts);
  // Stages what the batch changed outside the facts (the dense id counter).
  void Finish();
  // Whether nothing was staged.
  bool empty();
  // The batch to write: every operation staged, in key order; nullopt when
  // it cannot be ordered (never, for what Parley stages).
  std::optional<rocksdb::WriteBatch> SortedBatch();

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace parley::storage::detail

#endif  // PARLEY_STORAGE_DETAIL_BATCH_BUILDER_H_
