// How a clause travelled: its versions across documents (VARIANT_OF edges),
// in the order they were written, each with its document, proposer, text,
// what changed from the version before, when its page was sent and
// received, and who accepted, rejected or insisted on it.
#ifndef PARLEY_QUERIES_TRACE_H_
#define PARLEY_QUERIES_TRACE_H_

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
};

struct ClauseVersion {
  graph::Node clause;
  // The document holding the clause and the page's own document (sent,
  // received, citation), as Brief copies.
  graph::Node document;
  graph::Node outer;
  std::string date;  // when the version was written (its document's date)
  std::vector<graph::Node> proposers;
  std::vector<TransmissionStep> chain;
  std::vector<std::string> citations;
  // The earlier version this one is compared with (the latest earlier one
  // it has a VARIANT_OF edge with) and what that edge says changed; all
  // empty for the first version.
  graph::NodeId compared_with;
  std::vector<std::string> changes;  // "distance: 10 km ... → 5–10 km ..."
  std::optional<double> similarity;  // the linker's, 0..1
  std::vector<Stance> stances;       // positions taken on this version
  bool matched = false;              // the query itself matched this version
};

// One clause's versions, oldest first.
struct Lineage {
  std::vector<ClauseVersion> versions;
};

// The lineages of the clauses `query` matches. A lineage grows from a
// matched clause along VARIANT_OF edges, strongest link (similarity) first,
// taking at most one clause per document and only links where each end is
// the other's closest version in its document: the linker ties a clause to
// every point of another document that shares a topic with it, and only the
// closest is the same clause. A matched clause already in an earlier
// lineage starts no new one. Reads edges by point lookups (a lineage is
// small); never builds the graph view. Fails with kNotFound when no clause
// matches.
Result<std::vector<Lineage>> TraceClause(Snapshot& snapshot,
                                         const TraceQuery& query);

}  // namespace parley::queries

#endif  // PARLEY_QUERIES_TRACE_H_
