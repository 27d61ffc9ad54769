#include "storage/detail/adjacency.h"

#include <algorithm>
#include <deque>
#include <unordered_map>

#include "storage/detail/keys.h"

namespace parley::storage::detail {
namespace {

constexpr size_t kOperandRecordSize = 5;

// What `operands` (each a run of records) say in the end: for each far end,
// whether its last record has it there. False when one is not such a run.
template <typename Operands>
bool LastRecords(const Operands& operands,
                 std::unordered_map<uint32_t, bool>& last) {
  for (const rocksdb::Slice& operand : operands) {
    std::string_view records = operand.ToStringView();
    if (records.size() % kOperandRecordSize != 0) return false;
    for (size_t at = 0; at < records.size(); at += kOperandRecordSize) {
      char op = records[at];
      if (op != '+' && op != '-') return false;
      last[*DecodeUint32(records.substr(at + 1, 4))] = op == '+';
    }
  }
  return true;
}

class AdjacencyMerge : public rocksdb::MergeOperator {
 public:
  const char* Name() const override { return "parley.adjacency"; }

  bool FullMergeV2(const MergeOperationInput& in,
                   MergeOperationOutput* out) const override {
    std::vector<uint32_t> members;
    if (in.existing_value != nullptr &&
        !DecodeAdjacencyList(in.existing_value->ToStringView(), members)) {
      return false;
    }
    std::unordered_map<uint32_t, bool> last;
    if (!LastRecords(in.operand_list, last)) return false;
    std::erase_if(members, [&](uint32_t far) {
      auto it = last.find(far);
      if (it == last.end()) return false;
      bool keep = it->second;
      last.erase(it);  // a member already: nothing to add
      return !keep;
    });
    for (const auto& [far, present] : last) {
      if (present) members.push_back(far);
    }
    std::sort(members.begin(), members.end());
    out->new_value = EncodeAdjacencyList(members);
    return true;
  }

  // Operands without the list under them (a compaction that does not reach
  // the key's first write) fold into one: the last record of each far end.
  bool PartialMergeMulti(const rocksdb::Slice& key,
                         const std::deque<rocksdb::Slice>& operands,
                         std::string* new_value,
                         rocksdb::Logger* logger) const override {
    (void)key;
    (void)logger;
    std::unordered_map<uint32_t, bool> last;
    if (!LastRecords(operands, last)) return false;
    std::vector<uint32_t> order;
    for (const auto& [far, present] : last) order.push_back(far);
    std::sort(order.begin(), order.end());
    new_value->clear();
    for (uint32_t far : order) *new_value += AdjacencyOperand(last[far], far);
    return true;
  }
};

}  // namespace

std::string AdjacencyListKey(uint32_t near, bool incoming,
                             graph::EdgeKind kind) {
  std::string key = EncodeUint32(near);
  key.push_back(
      static_cast<char>((incoming ? 0x80 : 0) | static_cast<uint8_t>(kind)));
  return key;
}

std::optional<AdjacencyListKeyParts> ParseAdjacencyListKey(
    std::string_view key) {
  if (key.size() != kAdjacencyListKeySize) return std::nullopt;
  auto byte = static_cast<unsigned char>(key[4]);
  if ((byte & 0x7f) >= graph::kEdgeKindCount) return std::nullopt;
  return AdjacencyListKeyParts{*DecodeUint32(key.substr(0, 4)),
                               (byte & 0x80) != 0,
                               static_cast<graph::EdgeKind>(byte & 0x7f)};
}

std::string EncodeAdjacencyList(const std::vector<uint32_t>& ascending) {
  std::string out;
  out.reserve(ascending.size() * 2);
  uint32_t before = 0;
  for (uint32_t far : ascending) {
    uint32_t delta = far - before;
    before = far;
    while (delta >= 0x80) {
      out.push_back(static_cast<char>((delta & 0x7f) | 0x80));
      delta >>= 7;
    }
    out.push_back(static_cast<char>(delta));
  }
  return out;
}

bool DecodeAdjacencyList(std::string_view value, std::vector<uint32_t>& out) {
  uint64_t before = 0;
  bool first = true;
  for (size_t at = 0; at < value.size();) {
    uint64_t delta = 0;
    for (int shift = 0;; shift += 7) {
      if (at >= value.size() || shift > 28) return false;
      auto byte = static_cast<uint8_t>(value[at++]);
      delta |= static_cast<uint64_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) break;
    }
    if (!first && delta == 0) return false;  // not ascending
    first = false;
    before += delta;
    if (before > UINT32_MAX) return false;
    out.push_back(static_cast<uint32_t>(before));
  }
  return true;
}

std::optional<size_t> CountAdjacencyList(std::string_view value) {
  if (!value.empty() && (static_cast<uint8_t>(value.back()) & 0x80) != 0)
    return std::nullopt;
  return static_cast<size_t>(std::count_if(
      value.begin(), value.end(),
      [](char c) { return (static_cast<uint8_t>(c) & 0x80) == 0; }));
}

std::string AdjacencyOperand(bool present, uint32_t far) {
  std::string record(1, present ? '+' : '-');
  record += EncodeUint32(far);
  return record;
}

std::shared_ptr<rocksdb::MergeOperator> NewAdjacencyMergeOperator() {
  return std::make_shared<AdjacencyMerge>();
}

}  // namespace parley::storage::detail
