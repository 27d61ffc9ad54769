// The answers of the query commands as node sets (queries/selection.h):
// what each answer names, so that `trace … --format graphml` and
// `export --query "trace …"` draw exactly what the table lists.
#include <set>
#include <tuple>

#include "queries/selection.h"

namespace parley::queries {
namespace {

// Collects ids once each, in the order first named.
class IdList {
 public:
  void Add(const graph::NodeId& id) {
    if (!id.empty() && seen_.insert(id).second) ids_.push_back(id);
  }
  void Add(const graph::Node& node) { Add(node.id); }
  void Add(const std::vector<graph::Node>& nodes) {
    for (const graph::Node& n : nodes) Add(n.id);
  }
  void AddChain(const std::vector<TransmissionStep>& chain) {
    for (const TransmissionStep& step : chain) {
      Add(step.person);
      Add(step.document);
    }
  }
  void AddStances(const std::vector<Stance>& stances) {
    for (const Stance& s : stances) {
      Add(s.document);
      Add(s.authors);
    }
  }
  std::vector<graph::NodeId> Take() { return std::move(ids_); }

 private:
  std::set<graph::NodeId> seen_;
  std::vector<graph::NodeId> ids_;
};

}  // namespace

AnswerGraph AnswerOf(const TraceResult& result) {
  IdList ids;
  for (const Lineage& lineage : result.lineages) {
    for (const ClauseVersion& v : lineage.versions) {
      ids.Add(v.clause);
      ids.Add(v.document);
      ids.Add(v.outer);
      ids.Add(v.proposers);
      ids.AddChain(v.chain);
      ids.AddStances(v.stances);
    }
  }
  return {ids.Take(), {}};
}

AnswerGraph AnswerOf(const WhoProposedResult& result) {
  IdList ids;
  if (result.by) ids.Add(*result.by);
  for (const ProposalAnswer& a : result.answers) {
    ids.Add(a.clause);
    ids.Add(a.document);
    ids.Add(a.outer);
    ids.Add(a.proposers);
    ids.AddChain(a.chain);
    ids.AddStances(a.stances);
  }
  // The positions of `--by`: the replies, whom they answer, and the clauses
  // they are tied to (not the candidates of an unlinked one).
  for (const Position& p : result.stances_by) {
    ids.Add(p.document);
    ids.Add(p.outer);
    ids.Add(p.holders);
    ids.Add(p.addressees);
    for (const PositionClause& c : p.links) {
      ids.Add(c.clause);
      ids.Add(c.document);
    }
  }
  return {ids.Take(), {}};
}

AnswerGraph AnswerOf(const NeighborsResult& result) {
  IdList ids;
  ids.Add(result.centre);
  for (const Neighbor& n : result.neighbors) ids.Add(n.node);
  return {ids.Take(), {}};
}

AnswerGraph AnswerOf(const PathResult& result) {
  IdList ids;
  AnswerGraph answer;
  std::set<std::tuple<graph::NodeId, graph::EdgeKind, graph::NodeId>> seen;
  for (const FoundPath& path : result.paths) {
    ids.Add(path.nodes);
    for (const PathStep& step : path.steps) {
      const graph::Edge& e = step.edge;
      if (!seen.emplace(e.source, e.kind, e.target).second) continue;
      graph::Edge key;
      key.source = e.source;
      key.kind = e.kind;
      key.target = e.target;
      answer.edges.push_back(std::move(key));
    }
  }
  if (result.paths.empty()) {
    ids.Add(result.from);
    ids.Add(result.to);
  }
  answer.nodes = ids.Take();
  return answer;
}

AnswerGraph AnswerOf(const TimelineResult& result) {
  IdList ids;
  if (result.person) ids.Add(*result.person);
  for (const TimelineEntry& e : result.entries) {
    ids.Add(e.document);
    ids.Add(e.outer);
    ids.Add(e.authors);
    ids.Add(e.recipients);
    ids.Add(e.relays);
    for (const TimelineClause& c : e.clauses) {
      ids.Add(c.clause);
      ids.Add(c.proposers);
    }
  }
  return {ids.Take(), {}};
}

}  // namespace parley::queries
