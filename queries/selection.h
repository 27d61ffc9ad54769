// Selections: which part of the stored graph an export or a drawing shows —
// the answer of a query command, the neighbourhood of a node, clauses of
// some topics, the documents of a date window and what they evidence, nodes
// and edges of some kinds — read from the stored adjacency, never by
// loading the whole graph unless nothing narrows it.
#ifndef PARLEY_QUERIES_SELECTION_H_
#define PARLEY_QUERIES_SELECTION_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph_view.h"
#include "graph/model.h"
#include "graph/status.h"
#include "queries/export.h"
#include "queries/names.h"
#include "queries/paths.h"
#include "queries/snapshot.h"
#include "queries/timeline.h"
#include "queries/trace.h"
#include "queries/who_proposed.h"

namespace parley::queries {

// An answer as a graph: the nodes it names, and either exactly the edges it
// walked (a path) or, when `edges` is empty, every stored edge among the
// nodes.
struct AnswerGraph {
  std::vector<graph::NodeId> nodes;
  // (source, kind, target) only; props and evidence are read again.
  std::vector<graph::Edge> edges;
};

// The nodes each answer names: a clause version's clause, its document and
// the page's own, its proposers, every person of its chain and the documents
// they acted in, the documents taking a stance on it and their authors
// (trace, who-proposed; with `--by`, also the documents of the person's
// positions, whom they answer and the clauses they are tied to); the centre and
// its neighbours (neighbors); each path's nodes and edges (path); each
// document, the documents embedding it, its authors, recipients, relays,
// clauses and their proposers (timeline).
AnswerGraph AnswerOf(const TraceResult& result);
AnswerGraph AnswerOf(const WhoProposedResult& result);
AnswerGraph AnswerOf(const NeighborsResult& result);
AnswerGraph AnswerOf(const PathResult& result);
AnswerGraph AnswerOf(const TimelineResult& result);

// What to select. Every field left at its default selects everything; the
// fields that name nodes (answer, focus, topics, dates) select the nodes
// all of them agree on (their intersection), and the kinds then keep only
// nodes and edges of those kinds.
struct Selection {
  // A query command's answer (export --query). Default: none.
  std::optional<AnswerGraph> answer;
  // The nodes within `depth` hops of `focus` (an id or a name, resolved as
  // every command resolves names, with `hint`), over every edge kind, both
  // ways. Default: no focus.
  std::string focus;
  int depth = 1;
  NameHint hint;
  // Only nodes of these kinds. Default (empty): every kind.
  std::vector<graph::NodeKind> node_kinds;
  // Only edges of these kinds. Default: every kind.
  graph::EdgeKindSet edge_kinds;
  // Clauses of any of these topics ("buffer_zone"; "buffer-zone" is the
  // same), with the documents holding them, their proposers, the documents
  // taking a stance on them, and their other versions. Default: none.
  std::vector<std::string> topics;
  // Documents dated from `from` to `to` (YYYY, YYYY-MM or YYYY-MM-DD; a
  // prefix takes the whole year or month; one may be empty), the undated
  // documents they embed, and every node they evidence: authors,
  // recipients, relays, clauses and their proposers, delegations and their
  // members, places, what they mention. Default: no window.
  std::string from, to;

  // Whether anything narrows the graph (a whole export otherwise).
  bool narrows_nodes() const {
    return answer || !focus.empty() || !topics.empty() || !from.empty() ||
           !to.empty();
  }
  bool whole() const {
    return !narrows_nodes() && node_kinds.empty() &&
           edge_kinds == graph::EdgeKindSet::All();
  }
};

// "person,clause,AUTHORED": node kinds in any case, singular or plural
// ("people", "persons", "documents", "orgs"), and edge kinds by their
// contract names in any case. kInvalidArgument naming an unknown kind.
Status ParseKinds(std::string_view list, std::vector<graph::NodeKind>& nodes,
                  graph::EdgeKindSet& edges);

// "buffer-zone,Prisoners of war" -> {"buffer_zone", "prisoners_of_war"}.
std::vector<std::string> ParseTopics(std::string_view list);

// The selected part of the graph: its nodes, merged with their evidence, and
// the edges among them (or the answer's own edges), with their evidence.
// Reads the adjacency and the indexes of the nodes it selects; reads every
// node and edge only when nothing narrows the nodes (then like LoadGraph,
// with the kinds applied). Fails with kNotFound when the focus names no
// node, kInvalidArgument for a malformed date.
Result<GraphData> Select(Snapshot& snapshot, const Selection& selection);

// The graph on `ids` (missing ids are skipped): the nodes, merged with their
// evidence, and every stored edge of a kind in `kinds` whose two ends are
// among them, with its evidence; found through each node's out-adjacency.
GraphData InducedGraph(Snapshot& snapshot,
                       const std::vector<graph::NodeId>& ids,
                       graph::EdgeKindSet kinds = {});

}  // namespace parley::queries

#endif  // PARLEY_QUERIES_SELECTION_H_
