// What a database holds: nodes by kind, edges by kind, pages and the bytes
// of their stored text.
#ifndef PARLEY_QUERIES_STATS_H_
#define PARLEY_QUERIES_STATS_H_

#include <array>
#include <cstddef>
#include <cstdint>

#include "graph/model.h"
#include "graph/status.h"
#include "storage/store.h"

namespace parley::queries {

struct GraphStats {
  std::array<size_t, graph::kNodeKindCount> nodes{};  // by NodeKind
  std::array<size_t, graph::kEdgeKindCount> edges{};  // by EdgeKind
  size_t pages = 0;
  uint64_t page_bytes = 0;  // stored page text
  // People, organisations and places whose name the gazetteer did not know
  // (props.resolved == false).
  size_t unresolved = 0;

  size_t node_total() const;
  size_t edge_total() const;
};

// Counts from the kind index (nodes), the heads of the named nodes
// (unresolved) and each node's packed out-edges (edges): no node or edge is
// merged with its evidence, and no graph view is built. An edge whose
// source is not a stored node is not counted. Fails with the reader's
// status when a record could not be read.
Result<GraphStats> CountGraph(storage::Reader& reader);

}  // namespace parley::queries

#endif  // PARLEY_QUERIES_STATS_H_
