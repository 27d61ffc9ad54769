// The documents and their clauses in time order: when each was written,
// sent and received, by whom to whom; optionally between two dates and only
// those a person took part in.
#ifndef PARLEY_QUERIES_TIMELINE_H_
#define PARLEY_QUERIES_TIMELINE_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"
#include "queries/names.h"
#include "queries/snapshot.h"

namespace parley::queries {

struct TimelineQuery {
  // ISO dates or their prefixes ("1951", "1951-07", "1951-07-03"); a
  // document is in when its date is on or after `from` and on or before
  // `to` (a prefix takes in the whole year or month). Empty: no bound.
  std::string from, to;
  // Only documents this person wrote, received, relayed, was copied on or
  // proposed a clause in (an id or a name). Empty: everyone.
  std::string person;
  NameHint hint;
  // At most this many entries, the first in timeline order; the rest are
  // only counted (TimelineResult::total). Default: all.
  size_t limit = SIZE_MAX;
};

struct TimelineClause {
  graph::Node clause;
  std::vector<graph::Node> proposers;
};

struct TimelineEntry {
  graph::Node document;
  graph::NodeId outer;  // the document that embeds it, "" for a page's own
  std::string date, sent, received;  // ISO; "" when the page does not say
  std::vector<graph::Node> authors, recipients, relays;  // Brief copies
  std::vector<TimelineClause> clauses;                   // by position
  // With TimelineQuery::person: what that person was to the document:
  // "author", "addressee", "relay", "copy", "proposer".
  std::vector<std::string> roles;
};

struct TimelineResult {
  std::optional<graph::Node> person;
  // By date, then sent or received time, then id; undated documents last.
  std::vector<TimelineEntry> entries;
  size_t total = 0;  // entries listed and left out by the limit
};

// Whether `date` is an ISO date or a prefix of one: YYYY, YYYY-MM or
// YYYY-MM-DD with a plausible month and day.
bool IsIsoDatePrefix(std::string_view date);

// Reads the documents through the date index (with a date), the person's
// adjacency (with a person) or the kind index (neither), their heads for
// the order, and people and clauses only for the entries listed; no graph
// view. Fails with kInvalidArgument for a malformed date, and as
// ResolveNode does for the person. An empty list is not an error.
Result<TimelineResult> Timeline(Snapshot& snapshot, const TimelineQuery& query);

}  // namespace parley::queries

#endif  // PARLEY_QUERIES_TIMELINE_H_
