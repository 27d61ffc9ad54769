// Graph traversals: the shortest paths between two nodes (with each edge's
// kind, direction and date) and a node's neighbourhood within some hops.
// Both walk the stored adjacency on dense ids (storage::Reader::Adjacency)
// and read the heads and edges of their answer only; neither builds the
// graph view.
#ifndef PARLEY_QUERIES_PATHS_H_
#define PARLEY_QUERIES_PATHS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph_view.h"
#include "graph/model.h"
#include "graph/status.h"
#include "queries/names.h"
#include "queries/snapshot.h"

namespace parley::queries {

// Every edge kind but MENTIONS: a document mentions nearly everyone, so
// paths through mentions say little. The default of PathQuery::kinds.
graph::EdgeKindSet DefaultPathKinds();

// Parses "AUTHORED,VIA" or "authored, via" (contract names, any case).
// Fails with kInvalidArgument naming the unknown kind and listing the
// known ones.
Result<graph::EdgeKindSet> ParseEdgeKinds(std::string_view list);

// One edge of a path as walked: `forward` when walked from source to target.
struct PathStep {
  graph::Edge edge;
  bool forward = true;
  // When the fact the edge records happened: the date of the document it
  // belongs to (its source or target document, or the document holding a
  // clause; VARIANT_OF: the later version's date); "" when none.
  std::string date;
};

struct FoundPath {
  std::vector<graph::Node> nodes;  // from .. to, as Brief copies
  std::vector<PathStep> steps;     // steps[i] joins nodes[i] and nodes[i + 1]
};

struct PathQuery {
  std::string from, to;  // ids or names (see ResolveNode)
  graph::EdgeKindSet kinds = DefaultPathKinds();
  bool directed = false;  // only from source to target; default both ways
  size_t max_paths = 10;  // at most this many shortest paths
  NameHint hint;
};

struct PathResult {
  graph::Node from, to;
  std::vector<FoundPath> paths;  // empty when nothing joins them
};

// The shortest paths (fewest edges) from `query.from` to `query.to`, found
// by a breadth-first search from both ends (the smaller frontier first)
// that stops where they meet. Paths come sorted by their nodes' ids; with
// more than `max_paths`, the same ones the graph view chose. Fails as
// ResolveNode does.
Result<PathResult> FindPaths(Snapshot& snapshot, const PathQuery& query);

struct Neighbor {
  graph::Node node;  // a Brief copy
  int hops = 0;
  // How it was reached: an edge from a node one hop nearer the centre.
  PathStep via;
  graph::NodeId via_node;
};

struct NeighborsQuery {
  std::string node;  // an id or a name
  int depth = 1;
  graph::EdgeKindSet kinds;  // default: every kind
  bool directed = false;     // only outwards; default both ways
  NameHint hint;
  // At most this many neighbours, the first in (hops, id) order; the rest
  // are only counted (NeighborsResult::total). Default: all.
  size_t limit = SIZE_MAX;
  // Whether to gather NeighborsResult::edges (each is one more read).
  // Default: true.
  bool with_edges = true;
};

struct NeighborsResult {
  graph::Node centre;
  std::vector<Neighbor> neighbors;  // by hops, then id; the centre left out
  // Every allowed edge among the neighbours listed and the centre, in
  // (source, kind, target) order, without evidence.
  std::vector<graph::Edge> edges;
  size_t total = 0;  // neighbours within the depth, listed or not
};

// The nodes within `query.depth` hops of `query.node`. Fails with
// kInvalidArgument for a negative depth, and as ResolveNode does. The walk
// itself reads only adjacency (integers); heads, edges and the edge dates
// are read for the neighbours listed.
Result<NeighborsResult> Neighbors(Snapshot& snapshot,
                                  const NeighborsQuery& query);

}  // namespace parley::queries

#endif  // PARLEY_QUERIES_PATHS_H_
