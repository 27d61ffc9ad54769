// Walking the stored graph on dense ids (storage::Reader::Adjacency): the
// edges a traversal may take at a node, and the far ends of a node's edges
// of one kind, named and in NodeId order. Internal to queries/.
#ifndef PARLEY_QUERIES_DETAIL_WALK_H_
#define PARLEY_QUERIES_DETAIL_WALK_H_

#include <cstdint>
#include <vector>

#include "graph/graph_view.h"
#include "graph/model.h"
#include "queries/snapshot.h"
#include "storage/store.h"

namespace parley::queries::detail {

using Adjacent = storage::Reader::Adjacent;
using Direction = storage::Reader::Direction;

// The edges of a walk over edge kinds `kinds`, from source to target only
// or (`undirected`) both ways. `Adjacent::forward` is as the reader gives
// it: true for an edge leaving the node asked about.
class Steps {
 public:
  Steps(storage::Reader& reader, graph::EdgeKindSet kinds, bool undirected);

  // The edges a walk may leave `node` by, appended to `out`: its out-edges,
  // then with `undirected` its in-edges.
  void From(uint32_t node, std::vector<Adjacent>& out) const;
  // The edges a walk may arrive at `node` by: its in-edges, and with
  // `undirected` its out-edges (Reader order: out-edges first).
  void To(uint32_t node, std::vector<Adjacent>& out) const;
  // Every edge of an allowed kind at `node` in `direction`.
  void Of(uint32_t node, Direction direction, std::vector<Adjacent>& out) const;

  bool undirected() const { return undirected_; }

 private:
  storage::Reader& reader_;
  graph::EdgeKindSet kinds_;
  // What the reader is asked for: every kind (empty) when most kinds are
  // wanted, since one range read beats a seek per kind; the rest is
  // filtered here.
  std::vector<graph::EdgeKind> asked_;
  bool filter_ = false;
  bool undirected_;
};

// The ids at the other end of `id`'s edges of `kind` in `direction` (kOut:
// the targets, kIn: the sources), sorted by NodeId: the order of the old
// graph view's edges. Empty when `id` has no dense id.
std::vector<graph::NodeId> FarEnds(Snapshot& snapshot, const graph::NodeId& id,
                                   Direction direction, graph::EdgeKind kind);

// `id`'s edges of `kind` in `direction` (kOut: leaving it, kIn: arriving),
// merged, without evidence, by the far end's NodeId: what Reader::OutEdges
// and InEdges give less the evidence (whose quotes read page texts), one
// head read each.
std::vector<graph::Edge> EdgesWithoutEvidence(Snapshot& snapshot,
                                              const graph::NodeId& id,
                                              Direction direction,
                                              graph::EdgeKind kind);

}  // namespace parley::queries::detail

#endif  // PARLEY_QUERIES_DETAIL_WALK_H_
