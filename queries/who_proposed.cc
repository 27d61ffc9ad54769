#include "queries/who_proposed.h"

#include <algorithm>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "graph/props.h"
#include "queries/citation.h"
#include "queries/timeline.h"

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

// KPA/CPV, UNC, both, unknown: the order of --group side.
int SideRank(const std::string& side) {
  return side == prop::kSideKpaCpv ? 0
         : side == prop::kSideUnc  ? 1
         : side == "both"          ? 2
                                   : 3;
}

// What orders and filters an answer, read for every matching clause before
// any answer is built: its document (a head, no evidence), proposers and
// side.
struct Candidate {
  ClauseMatch match;
  NodeId doc_id;
  Node document;  // Brief copy; empty when not stored
  std::string date;
  int64_t position = 0;
  bool has_proposals = false;
  std::vector<Proposer> proposals;
  std::string side;
};

bool InDates(const std::string& date, const WhoProposedQuery& query) {
  if (!query.from.empty() && (date.empty() || date < query.from)) return false;
  if (!query.to.empty() &&
      (date.empty() || date.substr(0, query.to.size()) > query.to))
    return false;
  return true;
}

void ReadProposals(Snapshot& snapshot, Candidate& c) {
  if (c.has_proposals) return;
  c.proposals = ProposersOf(snapshot, c.match.clause.id);
  c.side = SideOfProposal(snapshot, c.proposals, c.document);
  c.has_proposals = true;
}

// Validates the query and resolves `by`; fills result.by and stances_by.
Status Prepare(Snapshot& snapshot, const WhoProposedQuery& query,
               std::string& side, WhoProposedResult& result) {
  if (!query.side.empty()) {
    std::optional<std::string> s = ParseSide(query.side);
    if (!s) {
      return Status::InvalidArgument("'" + query.side +
                                     "' is not a side (kpa-cpv, unc or both)");
    }
    side = *s;
  }
  for (const std::string* d : {&query.from, &query.to}) {
    if (!d->empty() && !IsIsoDatePrefix(*d)) {
      return Status::InvalidArgument(
          "'" + *d + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }
  }
  if (!query.by.empty()) {
    auto person =
        ResolveNode(snapshot, query.by, NodeKind::kPerson, query.hint);
    if (!person.ok()) return person.status();
    result.by = std::move(person).value();
  }
  return Status::Ok();
}

// The matching clauses that pass the query's filters, in answer order
// (document date, document, position; by side first when grouped).
std::vector<Candidate> Candidates(Snapshot& snapshot,
                                  const WhoProposedQuery& query,
                                  const std::string& side,
                                  const std::optional<Node>& by) {
  storage::Reader& reader = snapshot.reader();
  bool need_proposals = by.has_value() || !side.empty() || query.group_by_side;
  std::vector<Candidate> out;
  for (ClauseMatch& match :
       MatchClauses(snapshot, ClauseQuery{query.text, query.topics})) {
    Candidate c;
    c.doc_id = DocumentOfClause(reader, match.clause);
    if (const Node* doc = snapshot.FindHead(c.doc_id)) c.document = Brief(*doc);
    c.date = c.document.props.GetString(prop::kDate);
    if (!InDates(c.date, query)) continue;
    c.position = ClausePosition(match.clause);
    c.match = std::move(match);
    if (need_proposals) {
      ReadProposals(snapshot, c);
      if (by && std::none_of(
                    c.proposals.begin(), c.proposals.end(),
                    [&](const Proposer& p) { return p.person.id == by->id; })) {
        continue;
      }
      if (!side.empty() && c.side != side) continue;
    }
    out.push_back(std::move(c));
  }
  std::stable_sort(out.begin(), out.end(),
                   [&](const Candidate& x, const Candidate& y) {
                     int rx = query.group_by_side ? SideRank(x.side) : 0;
                     int ry = query.group_by_side ? SideRank(y.side) : 0;
                     return std::tie(rx, x.date, x.document.id, x.position) <
                            std::tie(ry, y.date, y.document.id, y.position);
                   });
  return out;
}

// A matched clause placed for the answer order: its document's date and
// the document, as Candidates places it.
struct Ranked {
  std::string date;
  NodeId document;  // "" when not stored, as Candidate::document.id
  size_t match;     // index in the ClauseIdMatches
};

// The candidates of `ranked` (in answer order) up to `limit`, whole
// documents at a time: within one, clauses go by position, which only
// their heads tell. nullopt when a clause read is not in the document its
// id names.
std::optional<std::vector<Candidate>> CandidatesOf(
    Snapshot& snapshot, const ClauseIdMatches& matches,
    const std::vector<Ranked>& ranked, size_t limit) {
  storage::Reader& reader = snapshot.reader();
  std::vector<Candidate> out;
  for (size_t i = 0; i < ranked.size() && out.size() < limit;) {
    size_t end = i;
    while (end < ranked.size() && ranked[end].date == ranked[i].date &&
           ranked[end].document == ranked[i].document)
      ++end;
    size_t first = out.size();
    for (; i < end; ++i) {
      size_t m = ranked[i].match;
      std::optional<Node> head = reader.GetNodeHead(NodeId(matches.id(m)));
      if (!head || head->kind != NodeKind::kClause) continue;
      Candidate c;
      c.doc_id = DocumentOfClause(reader, *head);
      if (c.doc_id != DocumentInClauseId(matches.id(m))) return std::nullopt;
      if (const Node* doc = snapshot.FindHead(c.doc_id))
        c.document = Brief(*doc);
      c.date = ranked[i].date;
      c.position = ClausePosition(*head);
      c.match = {std::move(*head), matches.by(m)};
      out.push_back(std::move(c));
    }
    std::stable_sort(out.begin() + first, out.end(),
                     [](const Candidate& x, const Candidate& y) {
                       return x.position < y.position;
                     });
  }
  if (out.size() > limit) out.resize(limit);
  return out;
}

// The first matches in answer order, whole documents, until they hold at
// least `limit` clauses (all of them when fewer), with no date window:
// first the undated documents (their index), then the date index in order,
// read only as far as needed. A document a match's id names is taken to be
// stored (the page that stored the clause stored it).
std::vector<Ranked> FirstRanked(storage::Reader& reader,
                                const ClauseIdMatches& matches, size_t limit) {
  auto matched = [&](std::string_view doc) {
    return !matches.InDocument(doc).empty();
  };
  std::vector<Ranked> ranked;
  auto take = [&](const std::string& date, std::string_view doc) {
    for (size_t m : matches.InDocument(doc))
      ranked.push_back({date, NodeId(doc), m});
  };
  // Documents whose date reads "": the undated ones, and any dated "" (the
  // date index's first term), together by id.
  using Index = storage::Reader::Index;
  std::set<std::string> undated;
  reader.LookupRange(Index::kUndated, "", "",
                     [&](std::string_view, const NodeId& id) {
                       if (matched(id)) undated.insert(id);
                       return true;
                     });
  std::vector<std::string> first(undated.begin(), undated.end());
  bool first_taken = false;
  auto take_first = [&] {
    std::sort(first.begin(), first.end());
    first.erase(std::unique(first.begin(), first.end()), first.end());
    for (const std::string& doc : first) take("", doc);
    first_taken = true;
  };
  reader.LookupRange(Index::kDate, "", "",
                     [&](std::string_view date, const NodeId& id) {
                       if (date.empty()) {
                         if (matched(id)) first.push_back(id);
                         return true;
                       }
                       if (!first_taken) take_first();
                       if (ranked.size() >= limit) return false;
                       // (take takes nothing of a document not matched.)
                       if (!undated.count(id)) take(std::string(date), id);
                       return true;
                     });
  if (!first_taken) take_first();
  return ranked;
}

// Candidates' first `query.limit` in answer order, for a query of words or
// a topic filtered by dates at most, reading only the clauses kept: the
// matches come from the indexes (MatchClauseIds), each one's document from
// its id, dates from the date index (with no date window, only as far as
// the first answers reach: FirstRanked). Sets `total` to how many pass. nullopt
// when the query needs more (a proposer, a side, grouping, an id), when
// there are no more matches than the limit, or when a clause read is not
// in the document its id names; Candidates answers those. The clauses not
// read are placed by the document their id names: the importers name every
// clause so, and a stored clause otherwise named would be misplaced here.
std::optional<std::vector<Candidate>> FirstCandidatesByDate(
    Snapshot& snapshot, const WhoProposedQuery& query, size_t& total) {
  if (!query.by.empty() || !query.side.empty() || query.group_by_side)
    return std::nullopt;
  std::optional<ClauseIdMatches> matches =
      MatchClauseIds(snapshot, ClauseQuery{query.text, query.topics});
  if (!matches || matches->size() <= query.limit) return std::nullopt;
  storage::Reader& reader = snapshot.reader();

  for (size_t i = 0; i < matches->size(); ++i) {
    if (DocumentInClauseId(matches->id(i)).empty()) return std::nullopt;
  }
  // With no date window, every match is in the answer, and its first ones
  // need the date index only as far as they reach.
  if (query.from.empty() && query.to.empty() &&
      reader.Indexes(storage::Reader::Index::kUndated)) {
    std::optional<std::vector<Candidate>> out =
        CandidatesOf(snapshot, *matches,
                     FirstRanked(reader, *matches, query.limit), query.limit);
    // Clauses not stored in the documents named can leave the first ones
    // short: then the whole answer is ranked below.
    if (!out || out->size() == query.limit) {
      total = matches->size();
      return out;
    }
  }
  // The date of each matched clause's document. A document under two dates
  // (a list) or under none is read whole below.
  std::unordered_map<std::string_view, std::string_view> dates;
  for (size_t i = 0; i < matches->size(); ++i)
    dates.emplace(DocumentInClauseId(matches->id(i)), std::string_view());
  constexpr std::string_view kListed = "\x01";
  std::deque<std::string> terms;  // owns the views in `dates`
  reader.LookupRange(storage::Reader::Index::kDate, "", "",
                     [&](std::string_view t, const NodeId& id) {
                       auto it = dates.find(id);
                       if (it == dates.end()) return true;
                       // (The first term may be "": a date of no characters.)
                       if (terms.empty() || t != terms.back())
                         terms.emplace_back(t);
                       it->second = it->second.empty()
                                        ? std::string_view(terms.back())
                                        : kListed;
                       return true;
                     });
  // A list of one date is under one term but reads as none, as Candidates
  // reads it: the undated index names it.
  if (reader.Indexes(storage::Reader::Index::kUndated)) {
    reader.LookupRange(storage::Reader::Index::kUndated, "", "",
                       [&](std::string_view, const NodeId& id) {
                         if (auto it = dates.find(id); it != dates.end())
                           it->second = kListed;
                         return true;
                       });
  }
  std::vector<Ranked> ranked;
  std::map<std::string_view, std::pair<std::string, NodeId>> read_whole;
  for (size_t i = 0; i < matches->size(); ++i) {
    std::string_view doc = DocumentInClauseId(matches->id(i));
    std::string_view date = dates[doc];
    Ranked r{std::string(date), NodeId(doc), i};
    if (date.empty() || date == kListed) {
      auto [it, added] = read_whole.try_emplace(doc);
      if (added) {
        if (const Node* d = snapshot.FindHead(NodeId(doc))) {
          it->second = {d->props.GetString(prop::kDate), d->id};
        }
      }
      std::tie(r.date, r.document) = it->second;
    }
    if (!InDates(r.date, query)) continue;
    ranked.push_back(std::move(r));
  }
  total = ranked.size();
  std::stable_sort(
      ranked.begin(), ranked.end(), [](const Ranked& x, const Ranked& y) {
        return std::tie(x.date, x.document) < std::tie(y.date, y.document);
      });
  return CandidatesOf(snapshot, *matches, ranked, query.limit);
}

ProposalAnswer BuildAnswer(Snapshot& snapshot, PositionCache& positions,
                           Candidate& c) {
  ReadProposals(snapshot, c);
  ProposalAnswer a;
  a.proposals = std::move(c.proposals);
  for (const Proposer& p : a.proposals) a.proposers.push_back(p.person);
  a.document = std::move(c.document);
  a.side = std::move(c.side);
  const NodeId& doc_id = c.doc_id;
  NodeId outer_id = doc_id.empty() ? doc_id : OuterDocumentId(snapshot, doc_id);
  if (const Node* outer = snapshot.FindHead(outer_id)) a.outer = Brief(*outer);
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
  a.stances = AllStancesOn(positions, c.match.clause.id);
  // A clause matched by words or topic is a head: the answer quotes its
  // evidence, read now for the answers kept only.
  std::optional<Node> whole;
  if (c.match.by != MatchedBy::kId && c.match.by != MatchedBy::kDocument)
    whole = snapshot.reader().GetNode(c.match.clause.id);
  a.clause = whole ? std::move(*whole) : std::move(c.match.clause);
  a.matched_by = c.match.by;
  return a;
}

}  // namespace

Result<WhoProposedResult> WhoProposed(Snapshot& snapshot,
                                      const WhoProposedQuery& query,
                                      const AnswerSink& sink) {
  WhoProposedResult result;
  std::string side;
  if (Status s = Prepare(snapshot, query, side, result); !s.ok()) return s;
  if (result.by) {
    StancesQuery sq;
    sq.by = result.by->id;
    sq.side = query.side;
    auto positions = Stances(snapshot, sq);
    if (positions.ok()) result.stances_by = std::move(positions->positions);
  }
  std::vector<Candidate> candidates;
  if (std::optional<std::vector<Candidate>> first =
          FirstCandidatesByDate(snapshot, query, result.total)) {
    candidates = std::move(*first);
  } else {
    candidates = Candidates(snapshot, query, side, result.by);
    result.total = candidates.size();
  }
  // The unlinked positions of a reply are worked out once for all answers.
  PositionCache positions(snapshot);
  size_t built = 0;
  for (Candidate& c : candidates) {
    if (built++ >= query.limit) break;
    ProposalAnswer a = BuildAnswer(snapshot, positions, c);
    if (sink) {
      sink(std::move(a));
    } else {
      result.answers.push_back(std::move(a));
    }
  }
  if (Status s = snapshot.reader().status(); !s.ok()) return s;
  return result;
}

Result<WhoProposedResult> WhoProposed(Snapshot& snapshot,
                                      const WhoProposedQuery& query) {
  return WhoProposed(snapshot, query, AnswerSink());
}

Result<std::vector<ProposalCount>> SummarizeProposals(
    Snapshot& snapshot, const WhoProposedQuery& query) {
  WhoProposedResult result;
  std::string side;
  if (Status s = Prepare(snapshot, query, side, result); !s.ok()) return s;
  std::map<std::pair<std::string, std::string>, ProposalCount> counts;
  for (Candidate& c : Candidates(snapshot, query, side, result.by)) {
    ReadProposals(snapshot, c);
    std::vector<std::string> topics =
        StringList(c.match.clause.props.Get(prop::kTopics));
    if (topics.empty()) topics.push_back("");
    std::vector<Node> proposers;
    for (const Proposer& p : c.proposals) {
      if (std::none_of(proposers.begin(), proposers.end(),
                       [&](const Node& n) { return n.id == p.person.id; }))
        proposers.push_back(p.person);
    }
    if (proposers.empty()) proposers.emplace_back();
    for (const Node& p : proposers) {
      for (const std::string& t : topics) {
        // By label; clauses with no proposer recorded last.
        std::string key = p.id.empty() ? "\x7f" : p.label + '\x01' + p.id;
        ProposalCount& pc = counts[{key, t}];
        if (pc.count++ == 0) {
          pc.proposer = p;
          pc.topic = t;
        }
        if (c.date.empty()) continue;
        if (pc.first_date.empty() || c.date < pc.first_date)
          pc.first_date = c.date;
        if (c.date > pc.last_date) pc.last_date = c.date;
      }
    }
  }
  if (Status s = snapshot.reader().status(); !s.ok()) return s;
  std::vector<ProposalCount> out;
  for (auto& [key, pc] : counts) out.push_back(std::move(pc));
  return out;
}

}  // namespace parley::queries
