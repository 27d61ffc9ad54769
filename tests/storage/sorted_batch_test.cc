#include "storage/detail/sorted_batch.h"

#include <gtest/gtest.h>
#include <rocksdb/db.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "storage/detail/adjacency.h"
#include "tests/storage/test_dir.h"

namespace parley::storage::detail {
namespace {

// A database of two column families, the second with the adjacency merge
// operator.
class TwoFamilies {
 public:
  explicit TwoFamilies(const std::string& dir) {
    rocksdb::DBOptions options;
    options.create_if_missing = true;
    options.create_missing_column_families = true;
    rocksdb::ColumnFamilyOptions lists;
    lists.merge_operator = NewAdjacencyMergeOperator();
    std::vector<rocksdb::ColumnFamilyDescriptor> families = {
        {rocksdb::kDefaultColumnFamilyName, {}}, {"lists", lists}};
    rocksdb::DB* db = nullptr;
    EXPECT_TRUE(rocksdb::DB::Open(options, dir, families, &handles, &db).ok());
    db_.reset(db);
  }
  ~TwoFamilies() {
    for (rocksdb::ColumnFamilyHandle* h : handles)
      db_->DestroyColumnFamilyHandle(h);
  }

  rocksdb::DB& db() { return *db_; }

  // Every key and value, family by family.
  std::vector<std::pair<std::string, std::string>> Contents() {
    std::vector<std::pair<std::string, std::string>> out;
    for (rocksdb::ColumnFamilyHandle* h : handles) {
      std::unique_ptr<rocksdb::Iterator> it(
          db_->NewIterator(rocksdb::ReadOptions(), h));
      for (it->SeekToFirst(); it->Valid(); it->Next())
        out.emplace_back(h->GetName() + "/" + it->key().ToString(),
                         it->value().ToString());
      EXPECT_TRUE(it->status().ok());
    }
    return out;
  }

  std::vector<rocksdb::ColumnFamilyHandle*> handles;

 private:
  std::unique_ptr<rocksdb::DB> db_;
};

// The (family, key) of each operation, in the batch's order.
std::vector<std::pair<uint32_t, std::string>> Order(rocksdb::WriteBatch& b) {
  struct Keys : rocksdb::WriteBatch::Handler {
    std::vector<std::pair<uint32_t, std::string>> keys;
    rocksdb::Status PutCF(uint32_t cf, const rocksdb::Slice& key,
                          const rocksdb::Slice&) override {
      keys.emplace_back(cf, key.ToString());
      return rocksdb::Status::OK();
    }
    rocksdb::Status DeleteCF(uint32_t cf, const rocksdb::Slice& key) override {
      keys.emplace_back(cf, key.ToString());
      return rocksdb::Status::OK();
    }
    rocksdb::Status MergeCF(uint32_t cf, const rocksdb::Slice& key,
                            const rocksdb::Slice&) override {
      keys.emplace_back(cf, key.ToString());
      return rocksdb::Status::OK();
    }
  } keys;
  EXPECT_TRUE(b.Iterate(&keys).ok());
  return keys.keys;
}

TEST(SortedBatchTest, TheSortedBatchLeavesTheSameDatabase) {
  TestDir as_given, sorted_dir;
  TwoFamilies given(as_given.root().string() + "/db");
  TwoFamilies sorted(sorted_dir.root().string() + "/db");
  // What was there before: a key the batch deletes, a list it changes.
  for (TwoFamilies* db : {&given, &sorted}) {
    ASSERT_TRUE(db->db().Put({}, db->handles[0], "m", "old").ok());
    ASSERT_TRUE(
        db->db()
            .Put({}, db->handles[1], "list", EncodeAdjacencyList({1, 2}))
            .ok());
  }
  auto make = [](TwoFamilies& db) {
    rocksdb::WriteBatch b;
    rocksdb::ColumnFamilyHandle* plain = db.handles[0];
    rocksdb::ColumnFamilyHandle* lists = db.handles[1];
    EXPECT_TRUE(b.Put(plain, "z", "1").ok());
    EXPECT_TRUE(b.Merge(lists, "list", AdjacencyOperand(true, 5)).ok());
    EXPECT_TRUE(b.Delete(plain, "m").ok());
    EXPECT_TRUE(b.Put(plain, "a", "first").ok());
    EXPECT_TRUE(b.Merge(lists, "list", AdjacencyOperand(false, 1)).ok());
    EXPECT_TRUE(b.Put(plain, "m", "new").ok());  // after its deletion
    EXPECT_TRUE(b.Merge(lists, "other", AdjacencyOperand(true, 9)).ok());
    EXPECT_TRUE(b.Put(plain, "a", "second").ok());  // overwrites "first"
    EXPECT_TRUE(b.Merge(lists, "list", AdjacencyOperand(false, 5)).ok());
    EXPECT_TRUE(b.Delete(plain, "z").ok());
    return b;
  };
  rocksdb::WriteBatch original = make(given);
  ASSERT_TRUE(given.db().Write({}, &original).ok());
  rocksdb::WriteBatch unsorted = make(sorted);
  rocksdb::WriteBatch in_order = SortedByKey(unsorted, sorted.handles);
  ASSERT_TRUE(sorted.db().Write({}, &in_order).ok());

  EXPECT_EQ(given.Contents(), sorted.Contents());
  std::vector<std::pair<std::string, std::string>> expected = {
      {"default/a", "second"},
      {"default/m", "new"},
      {"lists/list", EncodeAdjacencyList({2})},
      {"lists/other", EncodeAdjacencyList({9})}};
  EXPECT_EQ(sorted.Contents(), expected);
  std::vector<std::pair<uint32_t, std::string>> order = Order(in_order);
  EXPECT_EQ(order.size(), 10u);
  EXPECT_TRUE(std::is_sorted(order.begin(), order.end()));
}

// Two batches sorted together leave what writing one after the other
// leaves: a key both write keeps the second batch's operation last.
TEST(SortedBatchTest, TwoBatchesSortedTogetherLeaveWhatBothLeave) {
  TestDir one_dir, both_dir;
  TwoFamilies one_after(one_dir.root().string() + "/db");
  TwoFamilies together(both_dir.root().string() + "/db");
  auto make = [](TwoFamilies& db, bool second) {
    rocksdb::WriteBatch b;
    rocksdb::ColumnFamilyHandle* plain = db.handles[0];
    rocksdb::ColumnFamilyHandle* lists = db.handles[1];
    if (!second) {
      EXPECT_TRUE(b.Put(plain, "k", "first").ok());
      EXPECT_TRUE(b.Put(plain, "z", "1").ok());
      EXPECT_TRUE(b.Merge(lists, "list", AdjacencyOperand(true, 3)).ok());
    } else {
      EXPECT_TRUE(b.Put(plain, "k", "second").ok());
      EXPECT_TRUE(b.Delete(plain, "z").ok());
      EXPECT_TRUE(b.Merge(lists, "list", AdjacencyOperand(false, 3)).ok());
      EXPECT_TRUE(b.Put(plain, "a", "1").ok());
    }
    return b;
  };
  rocksdb::WriteBatch a1 = make(one_after, false), b1 = make(one_after, true);
  ASSERT_TRUE(one_after.db().Write({}, &a1).ok());
  ASSERT_TRUE(one_after.db().Write({}, &b1).ok());
  rocksdb::WriteBatch a2 = make(together, false), b2 = make(together, true);
  std::optional<rocksdb::WriteBatch> sorted =
      SortedByKey({&a2, &b2}, together.handles);
  ASSERT_TRUE(sorted.has_value());
  ASSERT_TRUE(together.db().Write({}, &*sorted).ok());
  EXPECT_EQ(one_after.Contents(), together.Contents());
  std::vector<std::pair<std::string, std::string>> expected = {
      {"default/a", "1"},
      {"default/k", "second"},
      {"lists/list", EncodeAdjacencyList({})}};
  EXPECT_EQ(together.Contents(), expected);
  std::vector<std::pair<uint32_t, std::string>> order = Order(*sorted);
  EXPECT_EQ(order.size(), 7u);
  EXPECT_TRUE(std::is_sorted(order.begin(), order.end()));
  // One that cannot be sorted spoils the whole.
  rocksdb::WriteBatch c;
  ASSERT_TRUE(c.SingleDelete(together.handles[0], "a").ok());
  EXPECT_FALSE(SortedByKey({&a2, &c}, together.handles).has_value());
}

TEST(SortedBatchTest, ABatchItCannotSortComesBackAsItIs) {
  TestDir dir;
  TwoFamilies db(dir.root().string() + "/db");
  rocksdb::WriteBatch b;
  ASSERT_TRUE(b.Put(db.handles[0], "b", "1").ok());
  ASSERT_TRUE(b.SingleDelete(db.handles[0], "a").ok());
  rocksdb::WriteBatch out = SortedByKey(b, db.handles);
  EXPECT_EQ(out.Data(), b.Data());
  // A family the caller did not name.
  rocksdb::WriteBatch c;
  ASSERT_TRUE(c.Put(db.handles[1], "b", "1").ok());
  ASSERT_TRUE(c.Put(db.handles[0], "a", "1").ok());
  EXPECT_EQ(SortedByKey(c, {db.handles[0]}).Data(), c.Data());
}

}  // namespace
}  // namespace parley::storage::detail
