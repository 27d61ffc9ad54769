#include "queries/stats.h"

#include <numeric>

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
  reader.ForEachNode([&](const graph::Node& n) {
    ++stats.nodes[static_cast<size_t>(n.kind)];
    const graph::Value* resolved = n.props.Get(graph::prop::kResolved);
    if (resolved != nullptr && resolved->is_bool() && !resolved->as_bool()) {
      ++stats.unresolved;
    }
    return true;
  });
  reader.ForEachEdge([&](const graph::Edge& e) {
    ++stats.edges[static_cast<size_t>(e.kind)];
    return true;
  });
  for (const storage::PageInfo& p : reader.Pages()) {
    ++stats.pages;
    stats.page_bytes += p.text_bytes;
  }
  if (Status s = reader.status(); !s.ok()) return s;
  return stats;
}

}  // namespace parley::queries
