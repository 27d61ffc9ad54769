#include "storage/detail/adjacency.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <vector>

namespace parley::storage::detail {
namespace {

std::vector<uint32_t> Decoded(const std::string& value) {
  std::vector<uint32_t> out;
  EXPECT_TRUE(DecodeAdjacencyList(value, out));
  return out;
}

// What the operator makes of `list` (nullptr: none yet) and `operands`.
std::vector<uint32_t> Merged(const std::string* list,
                             const std::vector<std::string>& operands) {
  auto merge = NewAdjacencyMergeOperator();
  rocksdb::Slice existing = list ? rocksdb::Slice(*list) : rocksdb::Slice();
  std::vector<rocksdb::Slice> slices(operands.begin(), operands.end());
  rocksdb::MergeOperator::MergeOperationInput in(
      rocksdb::Slice("key"), list ? &existing : nullptr, slices, nullptr);
  std::string value;
  rocksdb::Slice unused;
  rocksdb::MergeOperator::MergeOperationOutput out(value, unused);
  EXPECT_TRUE(merge->FullMergeV2(in, &out));
  return Decoded(value);
}

TEST(AdjacencyListTest, ListsRoundTripAndNothingElseDecodes) {
  for (const std::vector<uint32_t>& list : std::vector<std::vector<uint32_t>>{
           {}, {0}, {7}, {0, 1, 2}, {5, 300, 70000, 4294967295u}}) {
    EXPECT_EQ(Decoded(EncodeAdjacencyList(list)), list);
  }
  std::vector<uint32_t> out;
  EXPECT_FALSE(DecodeAdjacencyList("\x80", out));  // truncated
  EXPECT_FALSE(DecodeAdjacencyList(std::string("\x05\x00", 2), out));  // repeat
  EXPECT_FALSE(DecodeAdjacencyList("\xff\xff\xff\xff\x7f", out));  // > 32 bits
  EXPECT_EQ(
      ParseAdjacencyListKey(AdjacencyListKey(9, true, graph::EdgeKind::kStance))
          ->near,
      9u);
  EXPECT_FALSE(ParseAdjacencyListKey("1234").has_value());
}

// The last record of a far end decides, over the list and across operands.
TEST(AdjacencyListTest, TheLastRecordOfAFarEndDecides) {
  std::string list = EncodeAdjacencyList({2, 4, 6});
  EXPECT_EQ(
      Merged(&list, {AdjacencyOperand(true, 5),
                     AdjacencyOperand(false, 4) + AdjacencyOperand(true, 1),
                     AdjacencyOperand(true, 4) + AdjacencyOperand(false, 4),
                     AdjacencyOperand(true, 6)}),
      (std::vector<uint32_t>{1, 2, 5, 6}));
  EXPECT_EQ(
      Merged(nullptr, {AdjacencyOperand(false, 3), AdjacencyOperand(true, 3)}),
      (std::vector<uint32_t>{3}));
}

// Operands folded without their list (a compaction above the key's first
// write) give the same list as merging them one by one.
TEST(AdjacencyListTest, OperandsFoldedFirstGiveTheSameList) {
  auto merge = NewAdjacencyMergeOperator();
  std::vector<std::string> operands = {
      AdjacencyOperand(true, 8), AdjacencyOperand(true, 3),
      AdjacencyOperand(false, 8), AdjacencyOperand(false, 2),
      AdjacencyOperand(true, 9)};
  std::deque<rocksdb::Slice> slices(operands.begin(), operands.end());
  std::string folded;
  ASSERT_TRUE(merge->PartialMergeMulti(rocksdb::Slice("key"), slices, &folded,
                                       nullptr));
  std::string list = EncodeAdjacencyList({1, 2, 8});
  EXPECT_EQ(Merged(&list, {folded}), Merged(&list, operands));
  EXPECT_EQ(Merged(&list, {folded}), (std::vector<uint32_t>{1, 3, 9}));
  // A record that is neither '+' nor '-', or cut short, is refused.
  std::deque<rocksdb::Slice> bad = {rocksdb::Slice("?1234")};
  EXPECT_FALSE(
      merge->PartialMergeMulti(rocksdb::Slice("key"), bad, &folded, nullptr));
  std::deque<rocksdb::Slice> cut = {rocksdb::Slice("+12")};
  EXPECT_FALSE(
      merge->PartialMergeMulti(rocksdb::Slice("key"), cut, &folded, nullptr));
}

}  // namespace
}  // namespace parley::storage::detail
