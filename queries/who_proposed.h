// Who proposed what: for each matching clause, its proposer, the chain of
// transmission (author -> forwarder -> addressee, with relays and dates),
// the documents, the archival citations, the quotes and the positions others
// took on it. Authorship and transmission are kept apart: Mao forwarding
// Kim Il Sung's points is a step of the chain, not a proposal.
#ifndef PARLEY_QUERIES_WHO_PROPOSED_H_
#define PARLEY_QUERIES_WHO_PROPOSED_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"
#include "queries/clause_match.h"
#include "queries/documents.h"
#include "queries/names.h"
#include "queries/snapshot.h"
#include "queries/stances.h"

namespace parley::queries {

struct WhoProposedQuery {
  // A topic ("prisoners_of_war", "prisoners"), words of a clause in either
  // language ("buffer zone", "военнопленными"), a clause id or a document
  // id; empty = every clause.
  std::string text;
  // Topics the caller found in `text` (see ClauseQuery::topics).
  std::vector<std::string> topics;
  // Only clauses this person proposed ("Filippov", "Сталин", a person id);
  // empty = anyone.
  std::string by;
  // Names beyond the stored ones, for `by` (see ResolveNode).
  NameHint hint;
  // Only clauses of this side ("kpa-cpv", "unc", "both" for agreed text;
  // see ParseSide); empty = any.
  std::string side;
  // Only clauses whose document is dated from `from` to `to` (ISO; a
  // prefix takes in the whole year or month, as timeline takes them);
  // empty = no bound. An undated document is out when either is given.
  std::string from, to;
  // Answers by side (KPA/CPV, UNC, both, unknown), then as below.
  // Default: false.
  bool group_by_side = false;
  // Build at most this many answers (the first in order); the others are
  // only counted. Default: no limit.
  size_t limit = SIZE_MAX;
};

struct ProposalAnswer {
  graph::Node clause;
  MatchedBy matched_by = MatchedBy::kAll;
  // The document holding the clause and the page's own document (the same
  // when not embedded), as Brief copies.
  graph::Node document;
  graph::Node outer;
  std::vector<graph::Node> proposers;  // PROPOSES sources; may be empty
  std::vector<Proposer> proposals;     // the same, with modality
  // The side the clause was put forward by: the proposers' ("both" for
  // agreed text or proposers of both sides), else its document's.
  std::string side;
  std::vector<TransmissionStep> chain;  // in the order the text travelled
  std::vector<std::string> citations;   // "APRF, f. 45, op. 1, d. 339, ll. 6-7"
  std::string source_line;  // SourceLine: says so when there is no source
  // Positions taken on the clause: STANCE edges, then the unlinked
  // positions that may bear on it (marked unlinked).
  std::vector<Stance> stances;
};

// One row of `who-proposed --summary`: how many answers a proposer has on
// a topic, and the first and last date of their documents.
struct ProposalCount {
  graph::Node proposer;  // Brief copy; empty id: no proposer recorded
  std::string topic;     // "" for a clause with no topic
  size_t count = 0;
  std::string first_date, last_date;  // "" when none is dated
};

struct WhoProposedResult {
  // The person `by` named, when it was given.
  std::optional<graph::Node> by;
  // The matching clauses, by document date, then document, then position.
  // Empty when nothing matched (or `by` proposed none of them).
  std::vector<ProposalAnswer> answers;
  // How many answers there are: more than `answers` holds when the limit
  // cut them short, or when they were handed to a sink.
  size_t total = 0;
  // When `by` is given: every position that person took (linked or not,
  // see queries/stances.h), so that "who-proposed --by Filippov" says
  // what Stalin did do.
  std::vector<Position> stances_by;
};

// Answers `query` by point lookups (and one pass over the nodes for words
// and topics); never builds the graph view. The clauses are ordered and
// filtered first from their documents and proposers; only the answers
// kept (up to `limit`) get their chains, citations and stances. Fails with
// kNotFound when `by` names nobody or several people (see ResolveNode),
// kInvalidArgument for a malformed side or date; an empty answer list is
// not an error.
Result<WhoProposedResult> WhoProposed(Snapshot& snapshot,
                                      const WhoProposedQuery& query);

// As above, handing each answer to `sink` as soon as it is built, in
// order, instead of keeping it in `answers` (so a table can be printed as
// it grows).
using AnswerSink = std::function<void(ProposalAnswer&&)>;
Result<WhoProposedResult> WhoProposed(Snapshot& snapshot,
                                      const WhoProposedQuery& query,
                                      const AnswerSink& sink);

// Proposer x topic counts over the clauses `query` matches (its `by`,
// `side`, `from` and `to` apply; `limit` does not), by proposer label then
// topic, clauses with no proposer recorded last. A clause with several
// proposers or topics counts once for each.
Result<std::vector<ProposalCount>> SummarizeProposals(
    Snapshot& snapshot, const WhoProposedQuery& query);

}  // namespace parley::queries

#endif  // PARLEY_QUERIES_WHO_PROPOSED_H_
