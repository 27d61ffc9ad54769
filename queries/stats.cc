#include "queries/stats.h"

#include <numeric>
#include <optional>
#include <vector>

#include "graph/props.h"

namespace parley::queries {

size_t GraphStats::node_total() const {
  return std::accumulate(nodes.begin(), nodes.end(), size_t{0});
}

size_t GraphStats::edge_total() const {
  return std::accumulate(edges.begin(), edges.end(), size_t{0});
}

Result<GraphStats> CountGraph(storage::Reader& reader) {
  GraphStats stats;
  std::vector<storage::Reader::Adjacent> adjacent;
  for (int k = 0; k < graph::kNodeKindCount; ++k) {
    auto kind = static_cast<graph::NodeKind>(k);
    std::vector<graph::NodeId> ids =
        reader.Lookup(storage::Reader::Index::kKind, graph::NodeKindName(kind));
    stats.nodes[k] = ids.size();
    // Only names carry `resolved` (people, organisations, places): the
    // documents and clauses, nearly every node, need no head read.
    bool named =
        kind != graph::NodeKind::kDocument && kind != graph::NodeKind::kClause;
    for (const graph::NodeId& id : ids) {
      if (named) {
        std::optional<graph::Node> head = reader.GetNodeHead(id);
        const graph::Value* resolved =
            head ? head->props.Get(graph::prop::kResolved) : nullptr;
        if (resolved != nullptr && resolved->is_bool() && !resolved->as_bool())
          ++stats.unresolved;
      }
      // Each edge once, at its source, from the packed adjacency.
      std::optional<uint32_t> dense = reader.DenseId(id);
      if (!dense) continue;
      adjacent.clear();
      reader.Adjacency(*dense, storage::Reader::Direction::kOut, {}, adjacent);
      for (const storage::Reader::Adjacent& a : adjacent)
        ++stats.edges[static_cast<size_t>(a.kind)];
    }
  }
  for (const storage::PageInfo& p : reader.Pages()) {
    ++stats.pages;
    stats.page_bytes += p.text_bytes;
  }
  if (Status s = reader.status(); !s.ok()) return s;
  return stats;
}

}  // namespace parley::queries
