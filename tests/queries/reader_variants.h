// Readers that answer the traversal calls of storage::Reader (dense ids,
// adjacency, heads, indexes) in other ways than the RocksDB reader does, so
// that a test can check a query gives the same answer through each:
// DefaultsReader computes them from the whole graph (Reader's defaults,
// dense ids in NodeId order), ScrambledReader on top of it numbers the
// nodes in an order that has nothing to do with their ids, as a store that
// met them in another order would.
#ifndef PARLEY_TESTS_QUERIES_READER_VARIANTS_H_
#define PARLEY_TESTS_QUERIES_READER_VARIANTS_H_

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "storage/store.h"

namespace parley::queries::testing {

// Forwards the reads every reader must have to `inner`, and leaves the
// traversal calls to Reader's defaults.
class DefaultsReader : public storage::Reader {
 public:
  explicit DefaultsReader(storage::Reader& inner) : inner_(inner) {}

  std::optional<graph::Node> GetNode(const graph::NodeId& id) override {
    return inner_.GetNode(id);
  }
  std::vector<graph::Edge> OutEdges(
      const graph::NodeId& id, std::optional<graph::EdgeKind> kind) override {
    return inner_.OutEdges(id, kind);
  }
  std::vector<graph::Edge> InEdges(
      const graph::NodeId& id, std::optional<graph::EdgeKind> kind) override {
    return inner_.InEdges(id, kind);
  }
  void ForEachNode(const std::function<bool(const graph::Node&)>& fn) override {
    inner_.ForEachNode(fn);
  }
  void ForEachEdge(const std::function<bool(const graph::Edge&)>& fn) override {
    inner_.ForEachEdge(fn);
  }
  std::vector<graph::NodeId> LookupName(const std::string& name) override {
    return inner_.LookupName(name);
  }
  std::optional<std::string> PageText(const std::string& page_id) override {
    return inner_.PageText(page_id);
  }
  std::vector<storage::PageInfo> Pages() override { return inner_.Pages(); }
  Status status() const override { return inner_.status(); }

 private:
  storage::Reader& inner_;
};

// DefaultsReader with dense ids scrambled (a bijection on 32-bit ids), and
// adjacency in the order the contract gives for those ids.
class ScrambledReader : public DefaultsReader {
 public:
  using DefaultsReader::DefaultsReader;

  std::optional<uint32_t> DenseId(const graph::NodeId& id) override {
    std::optional<uint32_t> dense = DefaultsReader::DenseId(id);
    if (dense) *dense ^= kMask;
    return dense;
  }
  std::optional<graph::NodeId> NodeIdOf(uint32_t dense) override {
    return DefaultsReader::NodeIdOf(dense ^ kMask);
  }
  void ForEachDenseId(std::string_view from,
                      const std::function<bool(const graph::NodeId& id,
                                               uint32_t dense)>& fn) override {
    DefaultsReader::ForEachDenseId(
        from, [&](const graph::NodeId& id, uint32_t dense) {
          return fn(id, dense ^ kMask);
        });
  }
  void Adjacency(uint32_t node, Direction direction,
                 const std::vector<graph::EdgeKind>& kinds,
                 std::vector<Adjacent>& out, size_t limit) override {
    std::vector<Adjacent> all;
    DefaultsReader::Adjacency(node ^ kMask, direction, kinds, all);
    for (Adjacent& a : all) a.node ^= kMask;
    std::sort(all.begin(), all.end(), [](const Adjacent& a, const Adjacent& b) {
      if (a.forward != b.forward) return a.forward;
      if (a.kind != b.kind) return a.kind < b.kind;
      return a.node < b.node;
    });
    if (all.size() > limit) all.resize(limit);
    out.insert(out.end(), all.begin(), all.end());
  }

 private:
  static constexpr uint32_t kMask = 0x2b;
};

}  // namespace parley::queries::testing

#endif  // PARLEY_TESTS_QUERIES_READER_VARIANTS_H_
