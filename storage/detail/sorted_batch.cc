#include "storage/detail/sorted_batch.h"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <vector>

namespace parley::storage::detail {
namespace {

enum class Op { kPut, kDelete, kMerge };

struct Entry {
  uint32_t cf;
  Op op;
  rocksdb::Slice key, value;  // into the batch being sorted
};

class Collect : public rocksdb::WriteBatch::Handler {
 public:
  std::vector<Entry> entries;

  rocksdb::Status PutCF(uint32_t cf, const rocksdb::Slice& key,
                        const rocksdb::Slice& value) override {
    entries.push_back({cf, Op::kPut, key, value});
    return rocksdb::Status::OK();
  }
  rocksdb::Status DeleteCF(uint32_t cf, const rocksdb::Slice& key) override {
    entries.push_back({cf, Op::kDelete, key, {}});
    return rocksdb::Status::OK();
  }
  rocksdb::Status MergeCF(uint32_t cf, const rocksdb::Slice& key,
                          const rocksdb::Slice& value) override {
    entries.push_back({cf, Op::kMerge, key, value});
    return rocksdb::Status::OK();
  }
  // Anything else (a range deletion, a log record) is not written by
  // Parley's batches: the caller keeps the batch as it is.
  rocksdb::Status SingleDeleteCF(uint32_t, const rocksdb::Slice&) override {
    return rocksdb::Status::NotSupported();
  }
  rocksdb::Status DeleteRangeCF(uint32_t, const rocksdb::Slice&,
                                const rocksdb::Slice&) override {
    return rocksdb::Status::NotSupported();
  }
};

}  // namespace

std::optional<rocksdb::WriteBatch> SortedByKey(
    const std::vector<rocksdb::WriteBatch*>& batches,
    const std::vector<rocksdb::ColumnFamilyHandle*>& handles) {
  Collect collect;
  size_t bytes = 0;
  for (rocksdb::WriteBatch* batch : batches) {
    if (!batch->Iterate(&collect).ok()) return std::nullopt;
    bytes += batch->GetDataSize();
  }
  std::vector<Entry>& entries = collect.entries;
  std::stable_sort(entries.begin(), entries.end(),
                   [](const Entry& a, const Entry& b) {
                     if (a.cf != b.cf) return a.cf < b.cf;
                     return a.key.compare(b.key) < 0;
                   });
  rocksdb::WriteBatch sorted(bytes);
  std::vector<rocksdb::ColumnFamilyHandle*> by_id;
  for (rocksdb::ColumnFamilyHandle* h : handles) {
    if (by_id.size() <= h->GetID()) by_id.resize(h->GetID() + 1);
    by_id[h->GetID()] = h;
  }
  for (const Entry& e : entries) {
    rocksdb::ColumnFamilyHandle* cf =
        e.cf < by_id.size() ? by_id[e.cf] : nullptr;
    if (cf == nullptr) return std::nullopt;
    rocksdb::Status s;
    switch (e.op) {
      case Op::kPut:
        s = sorted.Put(cf, e.key, e.value);
        break;
      case Op::kDelete:
        s = sorted.Delete(cf, e.key);
        break;
      case Op::kMerge:
        s = sorted.Merge(cf, e.key, e.value);
        break;
    }
    if (!s.ok()) return std::nullopt;
  }
  return sorted;
}

rocksdb::WriteBatch SortedByKey(
    rocksdb::WriteBatch& batch,
    const std::vector<rocksdb::ColumnFamilyHandle*>& handles) {
  std::optional<rocksdb::WriteBatch> sorted = SortedByKey({&batch}, handles);
  return sorted ? std::move(*sorted) : batch;
}

}  // namespace parley::storage::detail
