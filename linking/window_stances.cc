// STANCE on a proposal a reply does not answer as a document: positions
// taken by number ("The first point of the Americans ... cannot be
// accepted. The second point ... may be accepted.") on the points of a
// document it cites but does not answer (another's letter to a third), or
// else of the latest proposal of the kWindowDays before it that they fit.
#include <algorithm>
#include <cstdio>
#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "graph/props.h"
#include "linking/detail/link_index.h"
#include "linking/detail/reply_content.h"
#include "text/fold.h"

namespace parley::linking {

namespace prop = graph::prop;
using graph::NodeId;
using graph::StanceClaim;

namespace {

std::string IsoOf(std::chrono::sys_days day) {
  std::chrono::year_month_day ymd{day};
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return out;
}

// A proposal a reply may answer, and how well the reply's positions fit it.
struct WindowCandidate {
  const DocInfo* doc = nullptr;
  std::vector<const ClauseInfo*> points;
  bool from_addressee = false;  // written by the reply's addressee
  bool to_writer = false;       // sent to the reply's writer
  std::set<NodeId> proposers;   // of the points the reply names
  int fit = 0;  // the numbered positions whose point carries their topic
};

// The first of `points` numbered `ordinal`, or null.
const ClauseInfo* PointNumbered(const std::vector<const ClauseInfo*>& points,
                                const std::string& ordinal) {
  for (const ClauseInfo* c : points)
    if (c->ordinals.count(ordinal)) return c;
  return nullptr;
}

}  // namespace

bool LinkIndex::TieWindow(const DocInfo& reply,
                          std::map<NodeId, graph::Fragment>& out) {
  std::vector<const StanceClaim*> numbered;
  for (const StanceClaim& st : reply.stances)
    if (!st.ordinals.empty()) numbered.push_back(&st);
  // Two points named at least: one number alone fits too many lists.
  std::set<std::string> named;
  for (const StanceClaim* st : numbered)
    named.insert(st->ordinals.begin(), st->ordinals.end());
  std::optional<std::chrono::sys_days> day = DayOf(reply.date);
  if (named.size() < 2 || !day) return false;
  // Whose points the positions say they are ("Ridgway's first point").
  std::set<std::string> owners;
  for (const StanceClaim* st : numbered)
    owners.insert(st->points_of.begin(), st->points_of.end());
  const NodeId& family = Family(reply);

  // Whether `doc` holds a proposal the reply may answer: points that are
  // not the writers' own, written by its addressee or put forward by others
  // than the document's writers; every number the reply names among them,
  // and nothing in the reply's content against them.
  // `cited`: a document the reply names by its date and writers.
  auto consider = [&](const DocInfo& doc,
                      bool cited) -> std::optional<WindowCandidate> {
    if (doc.id == reply.id || Family(doc) == family) return std::nullopt;
    WindowCandidate c;
    c.doc = &doc;
    c.points = ClausesOf(doc);
    if (c.points.empty()) return std::nullopt;
    for (const ClauseInfo* p : c.points)
      for (const NodeId& a : reply.authors)
        if (p->proposers.count(a)) return std::nullopt;
    c.from_addressee = std::ranges::any_of(doc.authors, [&](const NodeId& a) {
      return reply.recipients.count(a);
    });
    c.to_writer = std::ranges::any_of(doc.recipients, [&](const NodeId& a) {
      return reply.authors.count(a);
    });
    // Points the other side put forward, by others than the document's
    // writers, as a report from the table gives them: a side's own
    // instructions never reached the other. A proposal quoted as tabled
    // ("The text of the proposal:" after "which Cde. NAM IL put forward")
    // is its proposer's own and did reach it.
    const bool quoted_proposal =
        doc.doc_type == "proposal" && !doc.parent.empty();
    bool tabled = std::ranges::all_of(c.points, [&](const ClauseInfo* p) {
      return !p->proposers.empty() && !p->planned &&
             (quoted_proposal ||
              std::ranges::none_of(
                  p->proposers,
                  [&](const NodeId& a) { return doc.authors.count(a) > 0; })) &&
             !reply.side.empty() && !p->proposer_sides.empty() &&
             !p->proposer_sides.count(reply.side);
    });
    // "We accept Ridgway's first and second points": points of those the
    // reply names as their owners, of the other side, sent to the reply's
    // (Ridgway's message to Kim Il Sung and Peng Teh-huai, quoted in his
    // report), not a side's own instructions.
    bool to_our_side =
        !reply.side.empty() &&
        std::ranges::any_of(doc.recipients, [&](const NodeId& r) {
          auto camp = person_camps.find(r);
          return camp != person_camps.end() && camp->second.side == reply.side;
        });
    bool theirs =
        to_our_side && !owners.empty() &&
        std::ranges::all_of(c.points, [&](const ClauseInfo* p) {
          return !p->planned &&
                 std::ranges::any_of(owners,
                                     [&](const std::string& o) {
                                       return p->proposers.count(o) > 0;
                                     }) &&
                 !p->proposer_sides.empty() &&
                 !p->proposer_sides.count(reply.side);
        });
    if (!cited && !c.from_addressee && !tabled && !theirs) return std::nullopt;
    bool telling = false;
    for (const StanceClaim* st : numbered) {
      const std::vector<std::string> topics = TellingTopics(st->topics);
      telling = telling || !topics.empty();
      for (const std::string& o : st->ordinals) {
        const ClauseInfo* p = PointNumbered(c.points, o);
        if (p == nullptr) return std::nullopt;
        c.proposers.insert(p->proposers.begin(), p->proposers.end());
        if (!topics.empty() && Carries(*p, topics)) ++c.fit;
      }
    }
    // Where the positions name what their points are about, one at least
    // must be so.
    if (telling && c.fit == 0) return std::nullopt;
    // A position of the reply's on a topic that falls on a point it names
    // speaks against a document it cites; here the numbers it names have
    // decided.
    if (ContentCheck check = CheckContent(reply, doc, c.points);
        check.conflicts.size() > check.apart)
      return std::nullopt;
    return c;
  };

  // Sent to the reply's writer first, then the best fit; of those as
  // good, the first by id when all give one proposal (Libby's six points
  // in a report and in a memorandum of it), else none.
  auto rank = [](const WindowCandidate& c) {
    return std::pair{c.to_writer, c.fit};
  };
  auto choose = [&](std::vector<WindowCandidate>& fitting)
      -> std::optional<WindowCandidate> {
    std::ranges::sort(
        fitting, [&](const WindowCandidate& a, const WindowCandidate& b) {
          return rank(a) != rank(b) ? rank(a) > rank(b) : a.doc->id < b.doc->id;
        });
    for (size_t k = 1;
         k < fitting.size() && rank(fitting[k]) == rank(fitting[0]); ++k)
      if (fitting[0].proposers.empty() ||
          fitting[k].proposers != fitting[0].proposers)
        return std::nullopt;
    return std::move(fitting.front());
  };
  // Each candidate once: a document is met under its sent day and its date.
  auto met = [](const std::vector<WindowCandidate>& list, const NodeId& id) {
    return std::ranges::any_of(
        list, [&](const WindowCandidate& w) { return w.doc->id == id; });
  };

  // A document the reply cites but does not answer, another's letter to a
  // third ("the letter of October 16 to NNRC from Lee Sang Cho and Ting
  // Kuo-yu ... Our views on its five points follow"), whatever its date.
  std::vector<WindowCandidate> cited;
  for (const graph::Reference& ref : reply.references) {
    // An undated reference meets no undated document.
    if (ref.date.empty()) continue;
    for (const std::string& a : ref.authors) {
      auto day_docs = docs_by_date_author.find(DateAuthorKey(ref.date, a));
      if (day_docs == docs_by_date_author.end()) continue;
      for (const NodeId& id : day_docs->second) {
        auto d = docs.find(id);
        if (d == docs.end() || met(cited, id)) continue;
        if (auto c = consider(d->second, /*cited=*/true))
          cited.push_back(std::move(*c));
      }
    }
  }
  std::optional<WindowCandidate> chosen;
  const bool by_reference = !cited.empty();
  if (by_reference) {
    chosen = choose(cited);
    if (!chosen) return false;
  }

  // Else the latest day with a proposal that fits; two that fit as well on
  // that day cannot be told apart, and neither is tied.
  auto first =
      docs_by_date.lower_bound(IsoOf(*day - std::chrono::days(kWindowDays)));
  auto end = docs_by_date.upper_bound(reply.date);
  for (auto it = end; it != first && !chosen;) {
    --it;
    // A month or a year alone ("1951-07") dates no day of the window.
    if (it->first.size() != 10) continue;
    std::vector<WindowCandidate> fitting;
    for (const NodeId& id : it->second) {
      auto d = docs.find(id);
      if (d == docs.end() || met(fitting, id)) continue;
      if (auto c = consider(d->second, /*cited=*/false))
        fitting.push_back(std::move(*c));
    }
    if (fitting.empty()) continue;
    chosen = choose(fitting);
    if (!chosen) return false;
  }
  if (!chosen) return false;

  // One position a point: the first claim that names it.
  constexpr double kConfidence = 0.4;
  NodeId holder = reply.authors.empty() ? NodeId() : *reply.authors.begin();
  graph::Fragment& into = out[chosen->doc->id];
  into.page_id = reply.page;
  std::set<const ClauseInfo*> placed;
  for (const StanceClaim* st : numbered) {
    for (const std::string& o : st->ordinals) {
      const ClauseInfo* p = PointNumbered(chosen->points, o);
      if (!placed.insert(p).second) continue;
      into.AddEdge(StanceEdge(reply, *st, *p,
                              {by_reference ? "reference" : "window", "number"},
                              kConfidence, holder, chosen->doc->id));
    }
  }
  // A reply to its addressee's proposal answers that document.
  if (chosen->from_addressee && !by_reference) {
    graph::Edge e;
    e.source = reply.id;
    e.target = chosen->doc->id;
    e.kind = graph::EdgeKind::kRespondsTo;
    e.props = LinkProps({"window", "number"}, kConfidence, {});
    e.evidence = {ClaimEvidence(reply, *numbered.front())};
    into.AddEdge(std::move(e));
  }
  return true;
}

std::set<size_t> LinkIndex::TieClaimsCiting(
    const DocInfo& reply, std::map<NodeId, graph::Fragment>& out) {
  std::set<size_t> tied;
  const NodeId& family = Family(reply);
  NodeId holder = reply.authors.empty() ? NodeId() : *reply.authors.begin();
  auto tie = [&](size_t s, const DocInfo& cited,
                 const std::vector<const ClauseInfo*>& points) {
    graph::Fragment& into = out[cited.id];
    into.page_id = reply.page;
    for (const ClauseInfo* c : points)
      into.AddEdge(StanceEdge(reply, reply.stances[s], *c,
                              {"reference", "number"}, 0.7, holder, cited.id));
    tied.insert(s);
  };
  // The points of `doc` the claim names, or none unless it has them all.
  auto named_in = [&](const StanceClaim& st, const DocInfo& doc) {
    std::vector<const ClauseInfo*> named;
    for (const std::string& o : st.ordinals)
      if (const ClauseInfo* c = PointNumbered(ClausesOf(doc), o))
        named.push_back(c);
    if (named.size() != st.ordinals.size()) named.clear();
    return named;
  };
  const DocInfo* last_cited = nullptr;
  for (size_t s = 0; s < reply.stances.size(); ++s) {
    const StanceClaim& st = reply.stances[s];
    if (st.ordinals.empty()) continue;
    // "(point five of the same telegram)": the one a claim before named.
    if (last_cited != nullptr) {
      std::string lower = text::LowerText(st.quote);
      bool same = std::ranges::any_of(
          std::initializer_list<std::string_view>{
              "of the same telegram", "of the same cable",
              "of the same message", "of the same letter", "той же телеграмм"},
          [&](std::string_view cue) {
            return lower.find(cue) != std::string::npos;
          });
      if (std::vector<const ClauseInfo*> points = named_in(st, *last_cited);
          same && !points.empty()) {
        tie(s, *last_cited, points);
        continue;
      }
    }
    for (const graph::Reference& ref : reply.references) {
      // A reference inside the claim's words to the writers' own document,
      // by its number, or by its day and writers.
      bool numbered = ref.number && !ref.number->empty();
      if ((!numbered && (ref.date.empty() || ref.authors.empty())) ||
          st.end <= st.start || ref.start < st.start || ref.end > st.end)
        continue;
      // The one stored document it names with every point the claim names;
      // none when two have them.
      const DocInfo* cited = nullptr;
      std::vector<const ClauseInfo*> points;
      bool several = false;
      auto consider = [&](const std::set<NodeId>& ids) {
        for (const NodeId& id : ids) {
          auto d = docs.find(id);
          // The writers' own earlier document: one they answer is tied as
          // the reply's. One its page signs with no name ("INSTANTSIIA")
          // is theirs when cited by number and sent to the reply's
          // addressee.
          if (d == docs.end() || Family(d->second) == family ||
              (cited != nullptr && cited->id == id))
            continue;
          auto shares = [](const std::set<NodeId>& a,
                           const std::set<NodeId>& b) {
            return std::ranges::any_of(
                a, [&](const NodeId& x) { return b.count(x) > 0; });
          };
          bool own = shares(reply.authors, d->second.authors) ||
                     (numbered && d->second.authors.empty() &&
                      shares(reply.recipients, d->second.recipients));
          if (!own) continue;
          std::vector<const ClauseInfo*> named = named_in(st, d->second);
          if (named.empty()) continue;
          several = several || cited != nullptr;
          cited = &d->second;
          points = std::move(named);
        }
      };
      if (numbered) {
        if (auto n = docs_by_number.find(NumberKey(*ref.number));
            n != docs_by_number.end())
          consider(n->second);
      } else {
        for (const std::string& a : ref.authors)
          if (auto day = docs_by_date_author.find(DateAuthorKey(ref.date, a));
              day != docs_by_date_author.end())
            consider(day->second);
      }
      if (cited == nullptr || several) continue;
      tie(s, *cited, points);
      last_cited = cited;
      break;
    }
  }
  return tied;
}

std::set<std::string> LinkIndex::RepliesInWindow(
    const std::string& page) const {
  std::set<std::string> pages;
  for (const NodeId& id : DocumentsOf(page)) {
    const DocInfo& d = docs.at(id);
    if (d.clause_infos.empty()) continue;
    for (const std::string& day : Days(d)) {
      std::optional<std::chrono::sys_days> from = DayOf(day);
      if (!from) continue;
      std::string to = IsoOf(*from + std::chrono::days(kWindowDays));
      for (auto r = numbered_replies_by_date.lower_bound(day);
           r != numbered_replies_by_date.end() && r->first <= to; ++r) {
        for (const NodeId& reply : r->second) {
          auto rd = docs.find(reply);
          if (rd != docs.end() && rd->second.page != page)
            pages.insert(rd->second.page);
        }
      }
    }
  }
  return pages;
}

}  // namespace parley::linking
