#include "queries/who_proposed.h"

#include <algorithm>
#include <set>

#include "graph/props.h"
#include "queries/citation.h"

namespace parley::queries {

using graph::EdgeKind;
using graph::Node;
using graph::NodeId;
using graph::NodeKind;
namespace prop = graph::prop;

namespace {

int64_t ClausePosition(const Node& clause) {
  return graph::IntAt(clause.props, prop::kPosition);
}

}  // namespace

Result<WhoProposedResult> WhoProposed(Snapshot& snapshot,
                                      const WhoProposedQuery& query) {
  storage::Reader& reader = snapshot.reader();
  WhoProposedResult result;
  std::string side;
  if (!query.side.empty()) {
    std::optional<std::string> s = ParseSide(query.side);
    if (!s) {
      return Status::InvalidArgument("'" + query.side +
                                     "' is not a side (kpa-cpv, unc or both)");
    }
    side = *s;
  }
  if (!query.by.empty()) {
    auto person =
        ResolveNode(snapshot, query.by, NodeKind::kPerson, query.hint);
    if (!person.ok()) return person.status();
    result.by = std::move(person).value();
    StancesQuery sq;
    sq.by = result.by->id;
    sq.side = query.side;
    auto positions = Stances(snapshot, sq);
    if (positions.ok()) result.stances_by = std::move(positions->positions);
  }
  for (ClauseMatch& match :
       MatchClauses(snapshot, ClauseQuery{query.text, query.topics})) {
    ProposalAnswer a;
    a.proposals = ProposersOf(snapshot, match.clause.id);
    for (const Proposer& p : a.proposals) a.proposers.push_back(p.person);
    if (result.by &&
        std::none_of(a.proposers.begin(), a.proposers.end(),
                     [&](const Node& p) { return p.id == result.by->id; })) {
      continue;
    }
    NodeId doc_id = DocumentOfClause(reader, match.clause);
    if (const Node* doc = snapshot.Find(doc_id)) a.document = Brief(*doc);
    a.side = SideOfProposal(snapshot, a.proposals, a.document);
    if (!side.empty() && a.side != side) continue;
    NodeId outer_id =
        doc_id.empty() ? doc_id : OuterDocumentId(snapshot, doc_id);
    if (const Node* outer = snapshot.Find(outer_id)) a.outer = Brief(*outer);
    std::set<NodeId> proposer_ids, reporter_ids;
    for (const Proposer& p : a.proposals) {
      proposer_ids.insert(p.person.id);
      if (!p.reported_by.id.empty()) reporter_ids.insert(p.reported_by.id);
    }
    if (!doc_id.empty()) {
      a.chain = TransmissionChain(snapshot, doc_id, proposer_ids, reporter_ids);
      a.citations = CitationsOf(snapshot, doc_id);
      a.source_line = SourceLine(snapshot, doc_id);
    }
    a.stances = AllStancesOn(snapshot, match.clause.id);
    a.clause = std::move(match.clause);
    a.matched_by = match.by;
    result.answers.push_back(std::move(a));
  }
  std::stable_sort(result.answers.begin(), result.answers.end(),
                   [](const ProposalAnswer& x, const ProposalAnswer& y) {
                     std::string dx = x.document.props.GetString(prop::kDate);
                     std::string dy = y.document.props.GetString(prop::kDate);
                     if (dx != dy) return dx < dy;
                     if (x.document.id != y.document.id)
                       return x.document.id < y.document.id;
                     return ClausePosition(x.clause) < ClausePosition(y.clause);
                   });
  if (Status s = reader.status(); !s.ok()) return s;
  return result;
}

}  // namespace parley::queries
