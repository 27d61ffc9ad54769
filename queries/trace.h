// How a clause travelled: its versions across documents (VARIANT_OF edges),
// in the order they were written, each with its document, proposer, text,
// what changed from the version before, when its page was sent and
// received, and who accepted, rejected or insisted on it.
#ifndef PARLEY_QUERIES_TRACE_H_
#define PARLEY_QUERIES_TRACE_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"
#include "queries/clause_match.h"
#include "queries/documents.h"
#include "queries/snapshot.h"

namespace parley::queries {

struct TraceQuery {
  // A clause id, or what who-proposed takes: words of a clause in either
  // language, a topic; the clauses matched best (see MatchedBy) are
  // traced.
  std::string text;
  // Topics the caller found in `text` (see ClauseQuery::topics).
  std::vector<std::string> topics;
  // Only versions of this side ("kpa-cpv", "unc"; agreed text counts for
  // both; see ParseSide); empty = every version.
  std::string side;
  // Only versions whose document is dated from `from` to `to` (ISO; a
  // prefix takes in the whole year or month, as timeline takes them);
  // empty = no bound. Lineages grow through every version; those outside
  // are left out afterwards, as --side does.
  std::string from, to;
  // Fill in at most this many versions (the first, lineage by lineage);
  // the others are only counted (TraceResult::total). Default: no limit.
  size_t limit = SIZE_MAX;
};

struct ClauseVersion {
  graph::Node clause;
  // The document holding the clause and the page's own document (sent,
  // received, citation), as Brief copies.
  graph::Node document;
  graph::Node outer;
  std::string date;  // when the version was written (its document's date)
  std::vector<graph::Node> proposers;
  std::vector<Proposer> proposals;  // the same, with modality
  std::string side;                 // see ProposalAnswer::side
  std::vector<TransmissionStep> chain;
  std::vector<std::string> citations;
  std::string source_line;  // SourceLine: says so when there is no source
  // The earlier version this one is compared with (the latest earlier one
  // it has a VARIANT_OF edge with: the edge's other end) and its label
  // ("point 2 of message of 1951-06-30"), what that edge says changed (in
  // words; a change found against another version names it), its text
  // similarity and how the link was made; all empty for the first version.
  graph::NodeId compared_with;
  std::string compared_label;
  std::vector<std::string> changes;  // "distance: 0–10 km ... → 5–10 km ..."
  std::optional<double> similarity;  // the linker's, 0..1
  std::string similarity_basis;      // "text"; "" when the link says not
  LinkEvidence link;
  // When the side differs from that of the latest earlier version of one
  // side (agreed text is passed over): that side (the point crossed the
  // table from it to `side`); "" otherwise.
  std::string crossed_from;
  // Positions taken on this version: STANCE edges, then unlinked positions
  // that may bear on it.
  std::vector<Stance> stances;
  bool matched = false;  // the query itself matched this version
};

// One line of descent, oldest first. A lineage that shares its older
// versions with an earlier one lists only its own, and names where it
// branches off.
struct Lineage {
  std::vector<ClauseVersion> versions;
  // The version of an earlier lineage this one branches from, and that
  // lineage's index (0-based) in the result; empty / -1 when not a branch.
  graph::NodeId branches_from;
  std::string branches_from_label;
  int branch_of = -1;
};

struct TraceResult {
  // Holding only the versions within the limit (lineages left with none
  // are left out).
  std::vector<Lineage> lineages;
  // How many versions there are in all, within and beyond the limit.
  size_t total = 0;
};

// Called with the lineages as soon as version `version` of lineage
// `lineage` is filled in, in order. The lineages are final in all but the
// details (chain, citations, stances) of later versions.
using VersionSink = std::function<void(const std::vector<Lineage>& lineages,
                                       size_t lineage, size_t version)>;

// The lineages of the clauses `query` matches. A lineage grows from a
// matched clause along VARIANT_OF edges, strongest link (similarity) first,
// taking at most one clause per document and only links where each end is
// the other's closest version in its document: the linker ties a clause to
// every point of another document that shares a topic with it, and only the
// closest is the same clause. A matched clause already in an earlier
// lineage starts no new one; a lineage whose versions all appear in earlier
// ones is dropped, and one that shares some lists only the rest, as a
// branch (one lineage per line of descent, no repeats). Reads edges by point
// lookups (a lineage is small); never builds the graph view. Fails with
// kNotFound when no clause matches.
Result<std::vector<Lineage>> TraceClause(Snapshot& snapshot,
                                         const TraceQuery& query);
// As above, with the count beyond the limit, telling `sink` (when set) of
// each version as soon as it is filled in. The lineages and their order
// are found first from VARIANT_OF edges and the documents' dates; only the
// versions within the limit are read whole (proposers, side, what changed)
// and get their chains, citations and stances. --side reads every
// version's proposers.
Result<TraceResult> TraceClause(Snapshot& snapshot, const TraceQuery& query,
                                const VersionSink& sink);

}  // namespace parley::queries

#endif  // PARLEY_QUERIES_TRACE_H_
