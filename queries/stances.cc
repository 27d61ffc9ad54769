#include "queries/stances.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <set>
#include <tuple>
#include <utility>

#include "graph/props.h"
#include "queries/clause_match.h"
#include "queries/detail/walk.h"
#include "queries/detail/words.h"
#include "queries/timeline.h"

namespace parley::queries {

using graph::Edge;
using graph::EdgeKind;
using graph::Node;
using graph::NodeId;
using graph::NodeKind;
using graph::StanceClaim;
namespace prop = graph::prop;

const PositionQuote* Position::Quote(const std::string& lang) const {
  if (auto it = quotes.find(lang); it != quotes.end()) return &it->second;
  if (auto it = quotes.find("en"); it != quotes.end()) return &it->second;
  return quotes.empty() ? nullptr : &quotes.begin()->second;
}

namespace {

std::vector<std::string> Sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

// Whether STANCE edge `e` was made from `claim`: the linker records the
// claim's span (claim_start/claim_end); older links have it as evidence.
bool FromClaim(const Edge& e, const StanceClaim& claim) {
  if (e.props.Get(prop::kClaimStart) != nullptr) {
    return graph::IntAt(e.props, prop::kClaimStart) == claim.start &&
           graph::IntAt(e.props, prop::kClaimEnd) == claim.end;
  }
  return std::any_of(e.evidence.begin(), e.evidence.end(), [&](const auto& ev) {
    return static_cast<int64_t>(ev.start) == claim.start &&
           static_cast<int64_t>(ev.end) == claim.end;
  });
}

// The claims of one document grouped into positions: the claims of one
// position in two languages (same stance, the same points and topics) are
// one, in page order; a claim left alone after that pairs with one of the
// same stance and points in the other language, in order.
std::vector<std::vector<const StanceClaim*>> GroupClaims(
    const std::vector<StanceClaim>& claims) {
  std::vector<std::vector<const StanceClaim*>> groups;
  auto has_lang = [](const std::vector<const StanceClaim*>& g,
                     const std::string& lang) {
    return std::any_of(g.begin(), g.end(),
                       [&](const StanceClaim* c) { return c->lang == lang; });
  };
  auto same = [](const StanceClaim& a, const StanceClaim& b, bool topics) {
    return a.stance == b.stance && Sorted(a.ordinals) == Sorted(b.ordinals) &&
           (!topics || Sorted(a.topics) == Sorted(b.topics));
  };
  for (bool topics : {true, false}) {
    std::vector<std::vector<const StanceClaim*>> next;
    std::vector<std::vector<const StanceClaim*>> input;
    if (topics) {
      for (const StanceClaim& c : claims) input.push_back({&c});
    } else {
      input = std::move(groups);
    }
    for (auto& g : input) {
      bool placed = false;
      if (g.size() == 1) {
        for (auto& n : next) {
          if (n.size() == 1 && !has_lang(n, g[0]->lang) &&
              same(*n[0], *g[0], topics)) {
            n.push_back(g[0]);
            placed = true;
            break;
          }
        }
      }
      if (!placed) next.push_back(std::move(g));
    }
    groups = std::move(next);
  }
  return groups;
}

std::string Joined(const std::vector<std::string>& v, const std::string& sep) {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

// The clauses of `doc_id` and of the documents it embeds.
void ClausesUnder(Snapshot& snapshot, const NodeId& doc_id,
                  std::set<NodeId>& seen, std::vector<const Node*>& out) {
  if (!seen.insert(doc_id).second) return;
  using detail::Direction;
  for (const NodeId& c : detail::FarEnds(snapshot, doc_id, Direction::kOut,
                                         EdgeKind::kHasClause)) {
    if (const Node* clause = snapshot.FindHead(c)) out.push_back(clause);
  }
  for (const NodeId& d :
       detail::FarEnds(snapshot, doc_id, Direction::kOut, EdgeKind::kEmbeds))
    ClausesUnder(snapshot, d, seen, out);
}

// "1951-07-03" a month earlier ("1951-06-03"); "" when not a date.
std::string MonthBefore(const std::string& date) {
  if (date.size() < 7) return "";
  int y = std::atoi(date.substr(0, 4).c_str());
  int m = std::atoi(date.substr(5, 2).c_str());
  if (--m == 0) {
    m = 12;
    --y;
  }
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d", y, m);
  return buffer + date.substr(7);
}

std::string MonthAfter(const std::string& date) {
  if (date.size() < 7) return "";
  int y = std::atoi(date.substr(0, 4).c_str());
  int m = std::atoi(date.substr(5, 2).c_str());
  if (++m == 13) {
    m = 1;
    ++y;
  }
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d", y, m);
  return buffer + date.substr(7);
}

// Documents a reply with no reply link may answer: those its addressees
// wrote in the month up to its date.
std::vector<NodeId> AddresseesDocuments(PositionCache& cache, const Node& doc,
                                        const std::vector<Node>& addressees) {
  std::vector<NodeId> out;
  std::string date = doc.props.GetString(prop::kDate);
  if (date.empty()) return out;
  std::string from = MonthBefore(date);
  for (const Node& a : addressees) {
    for (NodeId& d : cache.AuthoredBetween(a.id, from, date)) {
      if (d != doc.id) out.push_back(std::move(d));
    }
  }
  return out;
}

PositionClause ClauseRef(Snapshot& snapshot, const Node& clause) {
  PositionClause pc;
  pc.clause = Brief(clause);
  NodeId doc = DocumentOfClause(snapshot.reader(), clause);
  if (const Node* d = snapshot.FindHead(doc)) pc.document = Brief(*d);
  return pc;
}

bool OrdinalFits(const graph::ClauseProps& c,
                 const std::vector<std::string>& ords) {
  if (std::find(ords.begin(), ords.end(), c.ordinal) != ords.end()) return true;
  for (const auto& [lang, o] : c.ordinals) {
    if (std::find(ords.begin(), ords.end(), o) != ords.end()) return true;
  }
  return false;
}

bool OrdinalFits(const Node& clause, const std::vector<std::string>& ords) {
  return OrdinalFits(graph::ClauseProps::From(clause), ords);
}

// The documents whose clauses an unlinked position in `reply` may answer:
// those its reply links (`replies`) name, else its addressees' of the month
// before it.
std::vector<NodeId> AnsweredDocuments(PositionCache& cache, const Node& reply,
                                      const std::vector<Node>& addressees,
                                      const std::vector<Edge>& replies) {
  if (replies.empty()) return AddresseesDocuments(cache, reply, addressees);
  std::vector<NodeId> docs;
  for (const Edge& e : replies) docs.push_back(e.target);
  return docs;
}

// Whether a clause with `props` may be what names `ordinals` and `topics`
// answer: a point they name, else a topic they name (the test
// ExplainUnlinked makes of each clause of the documents a reply may answer).
bool Fits(const std::vector<std::string>& ordinals,
          const std::vector<std::string>& topics,
          const graph::ClauseProps& props) {
  if (OrdinalFits(props, ordinals)) return true;
  return std::any_of(topics.begin(), topics.end(), [&](const std::string& t) {
    return std::find(props.topics.begin(), props.topics.end(), t) !=
           props.topics.end();
  });
}

// The documents a reason names: "telegram 241098, telegram 241100, telegram
// 241112 and 147 more" past kNamedInReason. A reply of a busy day is tied
// weakly to every telegram its addressee sent that day (150 at 10^6
// generated pages), and a reason naming them all was most of an answer's
// lines; `show` of the reply lists every link.
constexpr size_t kNamedInReason = 3;

std::string NameFew(Snapshot& snapshot, const std::vector<NodeId>& docs) {
  std::vector<std::string> labels;
  for (size_t i = 0; i < docs.size() && i < kNamedInReason; ++i) {
    const Node* d = snapshot.FindHead(docs[i]);
    labels.push_back(d ? DocumentLabel(*d) : docs[i]);
  }
  std::string out = Joined(labels, ", ");
  if (docs.size() > kNamedInReason)
    out += " and " + std::to_string(docs.size() - kNamedInReason) + " more";
  return out;
}

// Why `p` is not linked and the conflicts of its reply links (`replies`,
// ReplyLinks of its document); and, when `list`, its candidates. Without
// them the clauses it may answer are read only when the reason turns on
// whether one fits by number, which `fits_by_number` may already say.
void ExplainUnlinked(PositionCache& cache, Position& p,
                     const std::vector<Edge>& replies, bool list = true,
                     bool fits_by_number = false) {
  Snapshot& snapshot = cache.snapshot();
  std::vector<NodeId> strong, weak;
  for (const Edge& e : replies) {
    LinkEvidence l = LinkEvidenceOf(e);
    (l.weak ? weak : strong).push_back(e.target);
    if (l.weak) {
      for (const std::string& c : l.conflicts) p.reply_conflicts.push_back(c);
    }
  }
  const std::string strong_labels = NameFew(snapshot, strong);
  const std::string weak_labels = strong.empty() ? NameFew(snapshot, weak) : "";
  bool by_number = fits_by_number && !p.ordinals.empty();
  bool reason_needs_clauses =
      !replies.empty() && !strong.empty() && !p.ordinals.empty() && !by_number;
  std::set<NodeId> seen;
  std::vector<const Node*> clauses;
  if (list || reason_needs_clauses) {
    for (const NodeId& d :
         AnsweredDocuments(cache, p.document, p.addressees, replies))
      ClausesUnder(snapshot, d, seen, clauses);
  }
  for (const Node* c : clauses) {
    if (!list && by_number) break;
    std::string why;
    if (!p.ordinals.empty() && OrdinalFits(*c, p.ordinals)) {
      why = "point " + c->props.GetString(prop::kOrdinal);
      by_number = true;
    } else {
      std::vector<std::string> topics = StringList(c->props.Get(prop::kTopics));
      std::vector<std::string> shared;
      for (const std::string& t : p.topics) {
        if (std::find(topics.begin(), topics.end(), t) != topics.end())
          shared.push_back(t);
      }
      if (!shared.empty()) why = "topic " + Joined(shared, ", ");
    }
    if (why.empty() || !list) continue;
    PositionClause pc = ClauseRef(snapshot, *c);
    pc.why = why;
    p.candidates.push_back(std::move(pc));
  }
  std::string points = Joined(p.ordinals, ", ");
  if (p.ordinals.empty() && p.topics.empty() && p.whole.empty()) {
    p.unlinked_reason = "it names no point and no topic";
  } else if (replies.empty()) {
    p.unlinked_reason = "no reply link found: no stored document it answers";
  } else if (strong.empty()) {
    const bool one = weak.size() == 1;
    p.unlinked_reason =
        (one ? "the reply link to " : "the reply links to ") + weak_labels +
        (one ? " is weak" : " are weak") +
        (p.ordinals.empty() ? (one ? ", and no clause of it has topic "
                                   : ", and no clause of them has topic ") +
                                  Joined(p.topics, ", ")
                            : "; numbered points are not tied through a weak "
                              "link");
  } else if (!p.ordinals.empty()) {
    p.unlinked_reason = by_number
                            ? "point " + points + " of " + strong_labels +
                                  " is not tied: the numbering does not fit"
                            : strong_labels + " has no point " + points;
  } else {
    p.unlinked_reason = "no clause of " + strong_labels + " has topic " +
                        Joined(p.topics, ", ");
  }
}

Position MakePosition(PositionCache& cache, const Node& doc,
                      const std::vector<const StanceClaim*>& claims,
                      const std::vector<Edge>& edges) {
  Snapshot& snapshot = cache.snapshot();
  Position p;
  p.document = Brief(doc);
  p.outer = OuterDocumentId(snapshot, doc.id);
  p.document_label = DocumentLabel(doc);
  p.date = doc.props.GetString(prop::kDate);
  p.addressees = TargetsOf(snapshot, doc.id, EdgeKind::kAddressedTo);
  const StanceClaim& first = *claims[0];
  p.stance = first.stance;
  p.ordinals = first.ordinals;
  p.whole = first.whole;
  p.except = first.except;
  std::set<std::string> topics;
  std::set<NodeId> holders, linked;
  for (const StanceClaim* c : claims) {
    p.quotes[c->lang] = PositionQuote{c->quote, c->start, c->end};
    p.partial |= c->partial;
    p.negated |= c->negated;
    p.conditional |= c->conditional;
    if (p.supported_stance.empty()) p.supported_stance = c->supported_stance;
    topics.insert(c->topics.begin(), c->topics.end());
    for (const Edge& e : edges) {
      if (!FromClaim(e, *c)) continue;
      std::string holder = e.props.GetString(prop::kHolder);
      if (!holder.empty()) holders.insert(holder);
      const Node* clause = snapshot.FindHead(e.target);
      if (clause == nullptr || !linked.insert(e.target).second) continue;
      PositionClause pc = ClauseRef(snapshot, *clause);
      pc.link = LinkEvidenceOf(e);
      pc.via = e.props.GetString(prop::kVia);
      if (const Node* v = pc.via.empty() ? nullptr : snapshot.FindHead(pc.via))
        pc.via_label = DocumentLabel(*v);
      p.links.push_back(std::move(pc));
    }
  }
  p.topics.assign(topics.begin(), topics.end());
  for (const NodeId& h : holders) {
    if (const Node* n = snapshot.FindHead(h)) p.holders.push_back(Brief(*n));
  }
  if (p.holders.empty())
    p.holders = SourcesOf(snapshot, doc.id, EdgeKind::kAuthored);
  for (const Node& h : p.holders) {
    if (p.side.empty()) p.side = h.props.GetString(prop::kSide);
  }
  if (p.side.empty()) p.side = SideOf(snapshot, doc);
  return p;
}

int64_t FirstStart(const Position& p) {
  int64_t start = INT64_MAX;
  for (const auto& [lang, q] : p.quotes) start = std::min(start, q.start);
  return start;
}

void SortPositions(std::vector<Position>& positions) {
  std::stable_sort(positions.begin(), positions.end(),
                   [](const Position& a, const Position& b) {
                     if (a.date != b.date) return a.date < b.date;
                     if (a.outer != b.outer) return a.outer < b.outer;
                     return FirstStart(a) < FirstStart(b);
                   });
}

bool WordsIn(const std::vector<detail::Word>& query, const Position& p) {
  if (query.empty()) return false;
  for (const detail::Word& q : query) {
    bool found = false;
    for (const auto& [lang, quote] : p.quotes) {
      for (const detail::Word& w : detail::SplitWords(quote.text)) {
        if (detail::WordMatches(q, w)) {
          found = true;
          break;
        }
      }
      if (found) break;
    }
    if (!found) return false;
  }
  return true;
}

bool TouchesClauses(const Position& p, const std::set<NodeId>& clauses) {
  for (const auto* list : {&p.links, &p.candidates}) {
    for (const PositionClause& c : *list) {
      if (clauses.count(c.clause.id)) return true;
    }
  }
  return false;
}

bool NamesTopic(const Position& p, const std::string& text,
                const std::vector<std::string>& topics) {
  for (const std::string& t : p.topics) {
    if (TopicFits(t, text)) return true;
    if (std::find(topics.begin(), topics.end(), t) != topics.end()) return true;
  }
  for (const PositionClause& c : p.links) {
    for (const std::string& t : StringList(c.clause.props.Get(prop::kTopics))) {
      if (TopicFits(t, text)) return true;
    }
  }
  return false;
}

std::set<NodeId> MatchedClauseIds(Snapshot& snapshot, const std::string& text,
                                  const std::vector<std::string>& topics) {
  std::set<NodeId> out;
  for (const ClauseMatch& m : MatchClauses(snapshot, ClauseQuery{text, topics}))
    out.insert(m.clause.id);
  return out;
}

// Every position taken in `doc` (see PositionsIn).
// `explain`: unlinked positions get their reason and candidates.
std::vector<Position> ComputePositions(PositionCache& cache, const Node& doc,
                                       bool explain) {
  std::vector<Position> out;
  graph::DocumentProps props = graph::DocumentProps::From(doc);
  std::vector<Edge> edges =
      cache.snapshot().reader().OutEdges(doc.id, EdgeKind::kStance);
  if (props.stances.empty() && edges.empty()) return out;
  auto add = [&](const std::vector<const StanceClaim*>& claims) {
    Position p = MakePosition(cache, doc, claims, edges);
    if (explain && !p.linked())
      ExplainUnlinked(cache, p, cache.ReplyLinks(p.document.id));
    out.push_back(std::move(p));
  };
  for (const auto& group : GroupClaims(props.stances)) add(group);
  // STANCE edges of no stored claim (a database written before claims
  // were kept) are positions of their own, read from their evidence.
  std::vector<StanceClaim> orphans;
  for (const Edge& e : edges) {
    bool claimed =
        std::any_of(props.stances.begin(), props.stances.end(),
                    [&](const StanceClaim& c) { return FromClaim(e, c); });
    if (claimed) continue;
    StanceClaim c;
    c.stance = e.props.GetString(prop::kStance);
    c.partial = graph::IsTrue(e.props, prop::kPartial);
    if (!e.evidence.empty()) {
      c.quote = e.evidence[0].quote;
      c.lang = e.evidence[0].lang;
      c.start = e.evidence[0].start;
      c.end = e.evidence[0].end;
    }
    bool same =
        std::any_of(orphans.begin(), orphans.end(), [&](const StanceClaim& o) {
          return o.start == c.start && o.end == c.end && o.stance == c.stance;
        });
    if (!same) orphans.push_back(std::move(c));
  }
  for (const StanceClaim& c : orphans) add({&c});
  return out;
}

}  // namespace

PositionCache::PositionCache(Snapshot& snapshot) : snapshot_(snapshot) {}
PositionCache::~PositionCache() = default;

const std::vector<Position>& PositionCache::PositionsIn(const Node& doc) {
  auto it = positions_.find(doc.id);
  if (it == positions_.end()) {
    std::vector<Position> positions = ComputePositions(*this, doc, true);
    it = positions_.emplace(doc.id, std::move(positions)).first;
  }
  return it->second;
}

const std::vector<Position>& PositionCache::BarePositionsIn(const Node& doc) {
  if (auto it = positions_.find(doc.id); it != positions_.end())
    return it->second;
  auto it = bare_.find(doc.id);
  if (it == bare_.end()) {
    std::vector<Position> positions = ComputePositions(*this, doc, false);
    it = bare_.emplace(doc.id, std::move(positions)).first;
  }
  return it->second;
}

const std::vector<uint32_t>& PositionCache::DocsOf(const NodeId& person,
                                                   bool authored) {
  auto key = std::make_pair(person, authored);
  if (auto it = docs_.find(key); it != docs_.end()) return it->second;
  storage::Reader& reader = snapshot_.reader();
  std::vector<uint32_t> docs;
  if (std::optional<uint32_t> dense = reader.DenseId(person)) {
    // Dense ids only: a hub addressed on 50,000 pages is one list, and no
    // document is read until the date window picks it.
    std::vector<storage::Reader::Adjacent> edges;
    reader.Adjacency(*dense,
                     authored ? storage::Reader::Direction::kOut
                              : storage::Reader::Direction::kIn,
                     {authored ? EdgeKind::kAuthored : EdgeKind::kAddressedTo},
                     edges);
    docs.reserve(edges.size());
    for (const storage::Reader::Adjacent& a : edges) docs.push_back(a.node);
    // (Ascending as the adjacency gives one kind; sorted again for readers
    // that do not.)
    if (!std::is_sorted(docs.begin(), docs.end()))
      std::sort(docs.begin(), docs.end());
  }
  return docs_[key] = std::move(docs);
}

std::vector<PositionCache::Dated> PositionCache::ReadDates(
    Index index, const std::string& from, const std::string& to,
    const std::function<bool(std::string_view)>& keep) {
  storage::Reader& reader = snapshot_.reader();
  std::vector<Dated> out;
  reader.LookupRange(index, from, to,
                     [&](std::string_view date, const NodeId& id) {
                       if (!keep(date)) return true;
                       if (std::optional<uint32_t> d = reader.DenseId(id))
                         out.push_back({std::string(date), id, *d});
                       return true;
                     });
  return out;
}

bool PositionCache::CoverDates(DateSpan& span, Index index,
                               const std::string& from, const std::string& to) {
  if (to.empty() || to < from) return false;
  auto all = [](std::string_view) { return true; };
  if (!span.span) {
    span.dated = ReadDates(index, from, to, all);
    span.span = {from, to};
    return true;
  }
  auto& [lo, hi] = *span.span;
  // A window apart from the span is read on its own: joining them would
  // read every date between.
  if (to < lo || from > hi) return false;
  if (from < lo) {
    std::vector<Dated> before = ReadDates(
        index, from, lo, [&](std::string_view date) { return date < lo; });
    span.dated.insert(span.dated.begin(),
                      std::make_move_iterator(before.begin()),
                      std::make_move_iterator(before.end()));
    lo = from;
  }
  if (to > hi) {
    std::vector<Dated> after = ReadDates(
        index, hi, to, [&](std::string_view date) { return date > hi; });
    span.dated.insert(span.dated.end(), std::make_move_iterator(after.begin()),
                      std::make_move_iterator(after.end()));
    hi = to;
  }
  return true;
}

const std::vector<std::pair<NodeId, uint32_t>>& PositionCache::DatedBetween(
    Index index, const std::string& from, const std::string& to) {
  DateSpan& span = spans_[index];
  auto key = std::make_pair(from, to);
  if (auto it = span.windows.find(key); it != span.windows.end())
    return it->second;
  std::vector<std::pair<NodeId, uint32_t>> docs;
  if (!CoverDates(span, index, from, to)) {
    for (Dated& d :
         ReadDates(index, from, to, [](std::string_view) { return true; }))
      docs.emplace_back(std::move(d.id), d.dense);
    return span.windows[key] = std::move(docs);
  }
  auto at = std::lower_bound(
      span.dated.begin(), span.dated.end(), from,
      [](const Dated& d, const std::string& date) { return d.date < date; });
  for (; at != span.dated.end() && at->date <= to; ++at)
    docs.emplace_back(at->id, at->dense);
  return span.windows[key] = std::move(docs);
}

// The documents of `person` (written, or addressed to and taking
// positions) dated from <= date <= to, undated ones never, in edge order
// (by id, as the person's edges sort): the date index gives the window, the
// person's adjacency says which are theirs.
std::vector<NodeId> PositionCache::Between(const NodeId& person, bool authored,
                                           const std::string& from,
                                           const std::string& to) {
  auto key = std::make_tuple(person, authored, from, to);
  if (auto it = between_.find(key); it != between_.end()) return it->second;
  std::vector<NodeId>& out = between_[key];
  if (to.empty() || to < from) return out;
  const std::vector<uint32_t>& mine = DocsOf(person, authored);
  if (mine.empty()) return out;
  // The documents a person wrote are all kept (a reply with no link may
  // answer any of them); of those addressed to them, the replies with no
  // link: documents taking positions (their own index) and without a
  // reply link.
  for (const auto& [id, dense] :
       DatedBetween(authored ? Index::kDate : Index::kPositions, from, to)) {
    if (!std::binary_search(mine.begin(), mine.end(), dense)) continue;
    if (!authored && HasReplyLinks(dense)) continue;
    out.push_back(id);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<NodeId> PositionCache::AuthoredBetween(const NodeId& person,
                                                   const std::string& from,
                                                   const std::string& to) {
  return Between(person, true, from, to);
}

std::vector<NodeId> PositionCache::UnlinkedRepliesToBetween(
    const NodeId& person, const std::string& from, const std::string& to) {
  return Between(person, false, from, to);
}

const std::vector<Edge>& PositionCache::ReplyLinks(const NodeId& doc) {
  if (auto it = reply_links_.find(doc); it != reply_links_.end())
    return it->second;
  auto links = [&](const NodeId& d) {
    return detail::EdgesWithoutEvidence(snapshot_, d, detail::Direction::kOut,
                                        EdgeKind::kRespondsTo);
  };
  std::vector<Edge> found = links(doc);
  if (found.empty()) {
    NodeId outer = OuterDocumentId(snapshot_, doc);
    if (outer != doc) found = links(outer);
  }
  return reply_links_[doc] = std::move(found);
}

bool PositionCache::HasReplyLinks(const NodeId& doc) {
  std::optional<uint32_t> dense = snapshot_.reader().DenseId(doc);
  return dense && HasReplyLinks(*dense);
}

bool PositionCache::HasReplyLinks(uint32_t doc) {
  auto it = has_reply_links_.find(doc);
  if (it != has_reply_links_.end()) return it->second;
  // As ReplyLinks, on the adjacency: no edge is decoded.
  storage::Reader& reader = snapshot_.reader();
  std::vector<storage::Reader::Adjacent> edges;
  auto links = [&](uint32_t d) {
    edges.clear();
    reader.Adjacency(d, storage::Reader::Direction::kOut,
                     {EdgeKind::kRespondsTo}, edges, 1);
    return !edges.empty();
  };
  bool linked = links(doc);
  if (!linked) {
    uint32_t outer = OuterDocument(snapshot_, doc);
    if (outer != doc) linked = links(outer);
  }
  return has_reply_links_[doc] = linked;
}

std::vector<Position> PositionsIn(Snapshot& snapshot, const Node& doc) {
  PositionCache cache(snapshot);
  return cache.PositionsIn(doc);
}

Result<StancesResult> Stances(Snapshot& snapshot, const StancesQuery& query) {
  for (const std::string* d : {&query.from, &query.to}) {
    if (!d->empty() && !IsIsoDatePrefix(*d)) {
      return Status::InvalidArgument(
          "'" + *d + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }
  }
  std::string side;
  if (!query.side.empty()) {
    std::optional<std::string> s = ParseSide(query.side);
    if (!s) {
      return Status::InvalidArgument("'" + query.side +
                                     "' is not a side (kpa-cpv or unc)");
    }
    side = *s;
  }
  StancesResult result;
  storage::Reader& reader = snapshot.reader();
  std::vector<NodeId> documents;
  if (!query.by.empty()) {
    auto person =
        ResolveNode(snapshot, query.by, NodeKind::kPerson, query.hint);
    if (!person.ok()) return person.status();
    result.by = std::move(person).value();
    for (const Edge& e : reader.OutEdges(result.by->id, EdgeKind::kAuthored))
      documents.push_back(e.target);
  } else {
    // The documents from the kind index, each one head (no evidence).
    for (const NodeId& id :
         reader.Lookup(storage::Reader::Index::kKind,
                       graph::NodeKindName(NodeKind::kDocument))) {
      const Node* n = snapshot.FindHead(id);
      if (n && n->kind == NodeKind::kDocument && n->props.Get(prop::kStances))
        documents.push_back(n->id);
    }
  }
  // What the query text and --on name.
  const Node* text_node =
      query.text.empty() ? nullptr : snapshot.FindHead(query.text);
  std::set<NodeId> text_docs;
  std::set<NodeId> text_clauses, on_clauses;
  std::vector<detail::Word> words;
  if (text_node != nullptr && text_node->kind == NodeKind::kDocument) {
    text_docs.insert(text_node->id);
    for (const Edge& e : reader.OutEdges(text_node->id, EdgeKind::kEmbeds))
      text_docs.insert(e.target);
  } else if (!query.text.empty()) {
    text_clauses = MatchedClauseIds(snapshot, query.text, query.topics);
    words = detail::QueryWords(query.text);
  }
  if (!query.on.empty())
    on_clauses = MatchedClauseIds(snapshot, query.on, query.on_topics);

  PositionCache cache(snapshot);
  std::set<NodeId> seen;
  for (const NodeId& id : documents) {
    if (!seen.insert(id).second) continue;
    const Node* doc = snapshot.FindHead(id);
    if (doc == nullptr) continue;
    for (const Position& p : cache.PositionsIn(*doc)) {
      if (result.by &&
          std::none_of(p.holders.begin(), p.holders.end(),
                       [&](const Node& h) { return h.id == result.by->id; })) {
        continue;
      }
      if (!query.from.empty() && (p.date.empty() || p.date < query.from))
        continue;
      if (!query.to.empty() &&
          (p.date.empty() || p.date.substr(0, query.to.size()) > query.to))
        continue;
      if (!side.empty() && p.side != side) continue;
      if (!text_docs.empty() && !text_docs.count(p.document.id) &&
          !text_docs.count(p.outer))
        continue;
      if (text_docs.empty() && !query.text.empty() &&
          !(text_node != nullptr && TouchesClauses(p, {text_node->id})) &&
          !WordsIn(words, p) && !TouchesClauses(p, text_clauses) &&
          !NamesTopic(p, query.text, query.topics))
        continue;
      if (!query.on.empty() && !TouchesClauses(p, on_clauses) &&
          !NamesTopic(p, query.on, query.on_topics))
        continue;
      result.positions.push_back(p);
    }
  }
  SortPositions(result.positions);
  if (Status s = reader.status(); !s.ok()) return s;
  return result;
}

namespace {

// Whether a position of `reply` may have clause `c` among its candidates
// (ExplainUnlinked): one of its claims names a point `c` is numbered by, or
// a topic of `c`. Only replies that may are given positions: the month
// after a clause holds thousands of replies at 10^6 pages, and working out
// each one's positions was most of a who-proposed or a trace.
bool MayBearOn(const Node& reply, const graph::ClauseProps& c) {
  graph::DocumentProps props = graph::DocumentProps::From(reply);
  const std::vector<StanceClaim>& claims = props.stances;
  return std::any_of(claims.begin(), claims.end(), [&](const StanceClaim& s) {
    return Fits(s.ordinals, s.topics, c);
  });
}

}  // namespace

std::vector<Stance> UnlinkedStancesOn(PositionCache& cache,
                                      const NodeId& clause_id) {
  std::vector<Stance> out;
  Snapshot& snapshot = cache.snapshot();
  const Node* clause = snapshot.FindHead(clause_id);
  if (clause == nullptr) return out;
  storage::Reader& reader = snapshot.reader();
  // The documents holding the clause, inner to outer, and the replies to
  // them; and, for replies that name no document, those addressed to their
  // authors in the month after.
  std::vector<NodeId> holders;
  NodeId doc = DocumentOfClause(reader, *clause);
  std::set<NodeId> guard;
  while (!doc.empty() && guard.insert(doc).second) {
    holders.push_back(doc);
    std::vector<NodeId> parents = detail::FarEnds(
        snapshot, doc, detail::Direction::kIn, EdgeKind::kEmbeds);
    doc = parents.empty() ? NodeId() : parents[0];
  }
  // The edges' ends only: no edge is merged with its evidence.
  std::vector<NodeId> replies;
  for (const NodeId& h : holders) {
    for (NodeId& r : detail::FarEnds(snapshot, h, detail::Direction::kIn,
                                     EdgeKind::kRespondsTo))
      replies.push_back(std::move(r));
    const Node* d = snapshot.FindHead(h);
    std::string date = d ? d->props.GetString(prop::kDate) : "";
    if (date.empty()) continue;
    std::string until = MonthAfter(date);
    for (const NodeId& author : detail::FarEnds(
             snapshot, h, detail::Direction::kIn, EdgeKind::kAuthored)) {
      // The authors are hubs: their replies by date come from the cache.
      for (NodeId& r : cache.UnlinkedRepliesToBetween(author, date, until))
        replies.push_back(std::move(r));
    }
  }
  // The documents a reply must be taken to answer for the clause to be
  // among its candidates (ClausesUnder): those with a HAS_CLAUSE edge to
  // it, and every document embedding one of those.
  std::set<NodeId> under;
  std::vector<NodeId> up = detail::FarEnds(
      snapshot, clause_id, detail::Direction::kIn, EdgeKind::kHasClause);
  while (!up.empty()) {
    NodeId d = std::move(up.back());
    up.pop_back();
    if (!under.insert(d).second) continue;
    for (NodeId& parent : detail::FarEnds(snapshot, d, detail::Direction::kIn,
                                          EdgeKind::kEmbeds))
      up.push_back(std::move(parent));
  }
  // An unlinked position has the clause among its candidates when the
  // clause fits it and the reply answers a document in `under`: told
  // without listing them (a reply's candidates are every fitting clause of
  // its addressees' month, hundreds at 10^6 pages).
  graph::ClauseProps props = graph::ClauseProps::From(*clause);
  std::set<NodeId> seen;
  for (const NodeId& r : replies) {
    if (!seen.insert(r).second) continue;
    const Node* reply = snapshot.FindHead(r);
    if (reply == nullptr || !MayBearOn(*reply, props)) continue;
    // Its reply links, and whether it answers a document holding the
    // clause: the same for all its positions, read for the first that fits.
    const std::vector<Edge>* links = nullptr;
    std::optional<bool> answers;
    for (const Position& bare : cache.BarePositionsIn(*reply)) {
      if (bare.linked() || !Fits(bare.ordinals, bare.topics, props)) continue;
      if (!answers) {
        links = &cache.ReplyLinks(bare.document.id);
        std::vector<NodeId> docs =
            AnsweredDocuments(cache, bare.document, bare.addressees, *links);
        answers = std::any_of(docs.begin(), docs.end(), [&](const NodeId& d) {
          return under.count(d) > 0;
        });
      }
      if (!*answers) break;
      // Its reason, without listing its candidates.
      Position p = bare;
      ExplainUnlinked(cache, p, *links, false, OrdinalFits(props, p.ordinals));
      Stance s;
      s.clause = clause_id;
      s.document = p.document.id;
      s.document_label = p.document_label;
      s.date = p.date;
      s.authors = p.holders;
      s.stance = p.stance;
      s.partial = p.partial;
      s.supported_stance = p.supported_stance;
      s.negated = p.negated;
      s.conditional = p.conditional;
      if (const PositionQuote* q = p.Quote("en")) {
        s.quote = q->text;
        for (const auto& [lang, quote] : p.quotes) {
          if (&quote == q) s.lang = lang;
        }
      }
      s.unlinked = true;
      s.unlinked_reason = p.unlinked_reason;
      out.push_back(std::move(s));
    }
  }
  return out;
}

std::vector<Stance> UnlinkedStancesOn(Snapshot& snapshot,
                                      const NodeId& clause_id) {
  PositionCache cache(snapshot);
  return UnlinkedStancesOn(cache, clause_id);
}

std::vector<Stance> AllStancesOn(PositionCache& cache,
                                 const NodeId& clause_id) {
  std::vector<Stance> out = StancesOn(cache.snapshot(), clause_id);
  for (Stance& s : UnlinkedStancesOn(cache, clause_id))
    out.push_back(std::move(s));
  std::stable_sort(
      out.begin(), out.end(),
      [](const Stance& a, const Stance& b) { return a.date < b.date; });
  return out;
}

std::vector<Stance> AllStancesOn(Snapshot& snapshot, const NodeId& clause_id) {
  PositionCache cache(snapshot);
  return AllStancesOn(cache, clause_id);
}

}  // namespace parley::queries
