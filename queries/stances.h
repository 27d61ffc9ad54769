// Every position taken in every reply: the `stances` claims of a Document
// (the importer's reading of "we do not object to points one and two")
// joined with the STANCE edges the linker made from them. A position is
// *linked* (the clauses it bears on, and how each was tied: by number,
// content or topic, with a confidence; weak links marked) or *unlinked*
// (why: no reply link, only a weak one that numbered points are not tied
// through, no clause with that number or topic), with the clauses it may
// bear on. The claims of one position in two languages are one row.
#ifndef PARLEY_QUERIES_STANCES_H_
#define PARLEY_QUERIES_STANCES_H_

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"
#include "queries/documents.h"
#include "queries/names.h"
#include "queries/snapshot.h"

namespace parley::queries {

// The words of a position in one language, with their byte span of the
// page (evidence).
struct PositionQuote {
  std::string text;
  int64_t start = 0;
  int64_t end = 0;
};

// A clause a position is tied to, or may bear on.
struct PositionClause {
  graph::Node clause;    // Brief copy
  graph::Node document;  // the document holding it, Brief copy
  // Linked: how the STANCE edge was made, and the reply link it went
  // through. Candidate: `why` ("point 3", "topic civilians").
  LinkEvidence link;
  graph::NodeId via;
  std::string via_label;
  std::string why;
};

struct Position {
  graph::Node document;  // the reply, Brief copy
  graph::NodeId outer;   // its page's document
  std::string document_label;
  std::string date;
  std::vector<graph::Node> holders;     // who takes it (Brief)
  std::vector<graph::Node> addressees;  // whom the reply answers (Brief)
  std::string side;                     // the holder's, else the document's
  std::string stance;            // accepts, rejects, amends, insists, drops,
                                 // conditional, supports
  std::string supported_stance;  // for supports: the addressee's stance
  bool partial = false, negated = false, conditional = false;
  std::vector<std::string> ordinals;  // the reply's own point numbers
  std::vector<std::string> topics;
  // On a whole list ("your position is correct"): "list", "other", "unc"
  // or "kpa-cpv" (whose list), and the points it leaves out; "" when none.
  std::string whole;
  std::vector<std::string> except;
  std::map<std::string, PositionQuote> quotes;  // by language
  std::vector<PositionClause> links;            // empty: unlinked
  // Unlinked: why, the conflicts of the weak reply links, and the clauses
  // of the documents it may answer with a matching number or topic.
  std::string unlinked_reason;
  std::vector<std::string> reply_conflicts;
  std::vector<PositionClause> candidates;

  bool linked() const { return !links.empty(); }
  // The quote in `lang`, else in another language; "" when none.
  const PositionQuote* Quote(const std::string& lang) const;
};

struct StancesQuery {
  // Words of the quotes (either language), a topic, a document id (its
  // positions) or a clause id (as `on`); empty: every position.
  std::string text;
  std::vector<std::string> topics;  // topics the caller found in `text`
  // Only positions this person holds ("Stalin", "Filippov", an id).
  std::string by;
  // Only positions on this clause (an id; words or a topic match clauses
  // as who-proposed does), linked or as a candidate, or naming the topic.
  std::string on;
  std::vector<std::string> on_topics;
  std::string from, to;  // dates as timeline takes them; empty: no bound
  std::string side;      // "kpa-cpv", "unc" (see ParseSide); empty: any
  NameHint hint;
};

struct StancesResult {
  std::optional<graph::Node> by;
  std::vector<Position> positions;  // by date, document, place on the page
};

// What the positions of one command share, so that each answer costs only
// its own neighbourhood: the positions of each reply document, worked out
// once, and for each person the documents they wrote and those addressed
// to them, by date, read once however many answers name them (a person
// named on thousands of pages is a hub: scanning his edges per answer made
// who-proposed on 10^4 pages take 100 s). Refers to `snapshot`, which must
// outlive it.
class PositionCache {
 public:
  explicit PositionCache(Snapshot& snapshot);
  ~PositionCache();
  PositionCache(const PositionCache&) = delete;
  PositionCache& operator=(const PositionCache&) = delete;

  Snapshot& snapshot() { return snapshot_; }

  // Every position taken in `doc` (see PositionsIn below), worked out on
  // the first call.
  const std::vector<Position>& PositionsIn(const graph::Node& doc);
  // The same without the reason and the candidates of the unlinked ones
  // (PositionsIn's when they were worked out already): what tells cheaply
  // whether any may bear on a clause.
  const std::vector<Position>& BarePositionsIn(const graph::Node& doc);

  // The documents `person` wrote (AUTHORED), and those addressed to
  // `person` (ADDRESSED_TO) that take positions and have no reply link
  // (HasReplyLinks), dated from <= date <= to (ISO strings; undated ones
  // never), by id.
  std::vector<graph::NodeId> AuthoredBetween(const graph::NodeId& person,
                                             const std::string& from,
                                             const std::string& to);
  std::vector<graph::NodeId> UnlinkedRepliesToBetween(
      const graph::NodeId& person, const std::string& from,
      const std::string& to);

  // The reply links of document `doc`: its RESPONDS_TO edges, else its
  // page's, without evidence (what they say, not where), read once per
  // command: the replies of a busy day are weighed against every clause
  // of that day.
  const std::vector<graph::Edge>& ReplyLinks(const graph::NodeId& doc);
  // Whether document `doc` (or its page) has a RESPONDS_TO link; read from
  // the adjacency, no edge decoded.
  bool HasReplyLinks(const graph::NodeId& doc);
  bool HasReplyLinks(uint32_t dense_doc);

 private:
  // Dense ids of the documents `person` wrote or that were addressed to
  // them, ascending, read once per command from the adjacency: a hub's
  // list is used as read (a set of a hub's 500,000 documents at 10^6 pages
  // took longer to build than the rest of the answer).
  const std::vector<uint32_t>& DocsOf(const graph::NodeId& person,
                                      bool authored);
  using Index = storage::Reader::Index;
  // The documents dated from..to in `index` (kDate: every dated document;
  // kPositions: those taking positions), once per window.
  const std::vector<std::pair<graph::NodeId, uint32_t>>& DatedBetween(
      Index index, const std::string& from, const std::string& to);
  struct Dated;
  struct DateSpan;
  // The documents of `index` from..to whose date `keep` takes.
  std::vector<Dated> ReadDates(
      Index index, const std::string& from, const std::string& to,
      const std::function<bool(std::string_view)>& keep);
  // Reads `index` from..to into `span` where it has not been read yet;
  // false, reading nothing, for a window apart from the span or one without
  // both bounds (DatedBetween reads those on their own).
  bool CoverDates(DateSpan& span, Index index, const std::string& from,
                  const std::string& to);
  std::vector<graph::NodeId> Between(const graph::NodeId& person, bool authored,
                                     const std::string& from,
                                     const std::string& to);

  Snapshot& snapshot_;
  std::map<graph::NodeId, std::vector<Position>> positions_;
  std::map<graph::NodeId, std::vector<Position>> bare_;
  std::map<std::pair<graph::NodeId, bool>, std::vector<uint32_t>> docs_;
  struct Dated {
    std::string date;
    graph::NodeId id;
    uint32_t dense;
  };
  // One date index as read so far: its documents from span->first to
  // span->second (both included), in the index's order, since the windows
  // of one command overlap (a month after each answer's date) and each
  // date is read once; and each window's documents.
  struct DateSpan {
    std::vector<Dated> dated;
    std::optional<std::pair<std::string, std::string>> span;
    std::map<std::pair<std::string, std::string>,
             std::vector<std::pair<graph::NodeId, uint32_t>>>
        windows;
  };
  std::map<Index, DateSpan> spans_;
  std::unordered_map<uint32_t, bool> has_reply_links_;
  std::map<graph::NodeId, std::vector<graph::Edge>> reply_links_;
  // Between's answers: the answers of one command share their windows.
  std::map<std::tuple<graph::NodeId, bool, std::string, std::string>,
           std::vector<graph::NodeId>>
      between_;
};

// The positions `query` asks for, by point lookups when `by` names a
// person, else by one pass over the heads of the documents (the kind
// index). Fails with kNotFound when `by` names nobody or several,
// kInvalidArgument for a malformed date or side.
Result<StancesResult> Stances(Snapshot& snapshot, const StancesQuery& query);

// Every position taken in document `doc` (its own claims only).
std::vector<Position> PositionsIn(Snapshot& snapshot, const graph::Node& doc);

// The positions of replies that no STANCE edge ties to `clause_id` but
// that may bear on it (the clause is among their candidates), as Stances
// marked unlinked.
std::vector<Stance> UnlinkedStancesOn(Snapshot& snapshot,
                                      const graph::NodeId& clause_id);
std::vector<Stance> UnlinkedStancesOn(PositionCache& cache,
                                      const graph::NodeId& clause_id);

// The positions taken on `clause_id`: the STANCE edges (StancesOn) and the
// unlinked ones that may bear on it, by date.
// The cache lets the answers of one command share the positions of
// replies and the dated documents of people (see PositionCache).
std::vector<Stance> AllStancesOn(Snapshot& snapshot,
                                 const graph::NodeId& clause_id);
std::vector<Stance> AllStancesOn(PositionCache& cache,
                                 const graph::NodeId& clause_id);

}  // namespace parley::queries

#endif  // PARLEY_QUERIES_STANCES_H_
