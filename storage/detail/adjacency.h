// The adjacency column family from schema 4: one record per node, direction
// and edge kind, holding the dense ids at the far ends, so that reading a
// node's neighbours is one read however many it has (Stalin is addressed on
// 50,000 pages). Writes never read: each edge end is a RocksDB merge
// operand, folded into the list on reads and compactions by the merge
// operator here (docs/storage.md, "Adjacency").
#ifndef PARLEY_STORAGE_DETAIL_ADJACENCY_H_
#define PARLEY_STORAGE_DETAIL_ADJACENCY_H_

#include <rocksdb/merge_operator.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"

namespace parley::storage::detail {

// Key: near (4 bytes, big-endian) | direction << 7 | kind (1 byte); the
// direction is 0 for the out-edges of `near`, 1 for its in-edges. A node's
// out-lists so sort before its in-lists, each by kind.
inline constexpr size_t kAdjacencyListKeySize = 5;
std::string AdjacencyListKey(uint32_t near, bool incoming,
                             graph::EdgeKind kind);
struct AdjacencyListKeyParts {
  uint32_t near = 0;
  bool incoming = false;
  graph::EdgeKind kind = graph::EdgeKind::kAuthored;
};
std::optional<AdjacencyListKeyParts> ParseAdjacencyListKey(
    std::string_view key);

// Value: the far ends, ascending and unique, each the LEB128 varint of its
// difference from the one before (the first from 0).
std::string EncodeAdjacencyList(const std::vector<uint32_t>& ascending);
// Appends the far ends of `value` to `out`; false when it is not such a
// list (truncated, not ascending, past 32 bits).
bool DecodeAdjacencyList(std::string_view value, std::vector<uint32_t>& out);

// How many far ends `value` holds (the varints that end in it), without
// decoding them; nullopt when it does not end a varint (truncated).
std::optional<size_t> CountAdjacencyList(std::string_view value);

// A merge operand: records of '+' (the edge is there) or '-' (it is gone)
// and the far end (4 bytes, big-endian), applied in order.
std::string AdjacencyOperand(bool present, uint32_t far);

// The merge operator of the adjacency column family, which every open of a
// schema-4 database needs.
std::shared_ptr<rocksdb::MergeOperator> NewAdjacencyMergeOperator();

}  // namespace parley::storage::detail

#endif  // PARLEY_STORAGE_DETAIL_ADJACENCY_H_
