#include "queries/detail/walk.h"

#include <algorithm>
#include <optional>

namespace parley::queries::detail {

Steps::Steps(storage::Reader& reader, graph::EdgeKindSet kinds, bool undirected)
    : reader_(reader), kinds_(kinds), undirected_(undirected) {
  std::vector<graph::EdgeKind> wanted;
  for (int k = 0; k < graph::kEdgeKindCount; ++k) {
    auto kind = static_cast<graph::EdgeKind>(k);
    if (kinds.Contains(kind)) wanted.push_back(kind);
  }
  if (wanted.size() * 2 > static_cast<size_t>(graph::kEdgeKindCount)) {
    filter_ = wanted.size() < static_cast<size_t>(graph::kEdgeKindCount);
  } else {
    asked_ = std::move(wanted);
  }
}

void Steps::Of(uint32_t node, Direction direction,
               std::vector<Adjacent>& out) const {
  if (kinds_.empty()) return;
  size_t first = out.size();
  reader_.Adjacency(node, direction, asked_, out);
  if (!filter_) return;
  out.erase(std::remove_if(
                out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                [&](const Adjacent& a) { return !kinds_.Contains(a.kind); }),
            out.end());
}

void Steps::From(uint32_t node, std::vector<Adjacent>& out) const {
  Of(node, undirected_ ? Direction::kBoth : Direction::kOut, out);
}

void Steps::To(uint32_t node, std::vector<Adjacent>& out) const {
  Of(node, undirected_ ? Direction::kBoth : Direction::kIn, out);
}

std::vector<graph::NodeId> FarEnds(Snapshot& snapshot, const graph::NodeId& id,
                                   Direction direction, graph::EdgeKind kind) {
  std::vector<graph::NodeId> ids;
  std::optional<uint32_t> dense = snapshot.reader().DenseId(id);
  if (!dense) return ids;
  std::vector<Adjacent> adjacent;
  snapshot.reader().Adjacency(*dense, direction, {kind}, adjacent);
  for (const Adjacent& a : adjacent) {
    if (const graph::NodeId* far = snapshot.IdOf(a.node)) ids.push_back(*far);
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::vector<graph::Edge> EdgesWithoutEvidence(Snapshot& snapshot,
                                              const graph::NodeId& id,
                                              Direction direction,
                                              graph::EdgeKind kind) {
  std::vector<graph::Edge> edges;
  bool out = direction == Direction::kOut;
  for (const graph::NodeId& far : FarEnds(snapshot, id, direction, kind)) {
    std::optional<graph::Edge> edge =
        snapshot.reader().GetEdge(out ? id : far, kind, out ? far : id);
    if (edge) edges.push_back(std::move(*edge));
  }
  return edges;
}

}  // namespace parley::queries::detail
