// RESPONDS_TO and STANCE: a reply tied to the document it cites, with the
// evidence for the tie and what speaks against it, and the reply's
// positions tied to the points they bear on.
//
// A reference ties by number, or by date and author. The content then
// checks the tie (reply_content.cc): the proposals the reply names as the
// addressee's ("your proposal for a commission of neutral countries") must
// be among the cited document's points, and the reply's numbering must fit
// theirs (its point N is their point N; two of its points are not one of
// theirs). A tie with a conflict is weak, and positions named by number are
// tied only through a strong one.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>
#include <set>
#include <unordered_map>

#include "linking/detail/clause_similarity.h"
#include "linking/detail/link_index.h"
#include "linking/detail/reply_content.h"

namespace parley::linking {

using graph::Evidence;
using graph::NodeId;
using graph::StanceClaim;
using graph::Value;
namespace prop = graph::prop;

namespace {

// How a reply's references meet one document: by its number, or by its
// date (and author).
struct ReferenceMatch {
  std::vector<size_t> refs;  // the references that meet it
  bool by_number = false, by_date = false, by_author = false;
  std::vector<size_t> date_refs;  // the references met by date alone
};

}  // namespace

// A candidate document of a reply, with how it was met and how well the
// reply's content fits it.
struct LinkIndex::ReplyCandidate {
  const DocInfo* target = nullptr;
  ReferenceMatch match;
  std::vector<const ClauseInfo*> points;
  ContentCheck check;
  // Whether it was addressed to the reply's author ("your telegram" to
  // me), then how well the reply's content fits it.
  std::pair<bool, int> fit;
  // Among several of one reference, what chose it: "addressee" (the only
  // one sent to the reply's author) or "content".
  std::string chosen_by;
  bool ambiguous = false;  // another of the reference's fits as well
};

namespace {

// A reference's date and a document's agree when either is unknown or they
// are at most a week apart (a telegram is cited by the day it was written,
// sent or received).
bool DatesAgree(const std::string& cited, const std::string& dated) {
  constexpr std::chrono::days kWeek{7};
  std::optional<std::chrono::sys_days> a = DayOf(cited);
  std::optional<std::chrono::sys_days> b = DayOf(dated);
  if (!a || !b) return true;
  return *a - *b <= kWeek && *b - *a <= kWeek;
}

// For each of `reply`'s references, whether the archive holds a document
// of the number it cites, dated as it says (see MatchReferences).
std::vector<bool> NumbersKnown(
    const DocInfo& reply, const std::unordered_map<NodeId, DocInfo>& docs,
    const std::map<std::string, std::set<NodeId>>& docs_by_number) {
  std::vector<bool> known;
  for (const graph::Reference& ref : reply.references) {
    bool here = false;
    if (ref.number && !ref.number->empty()) {
      if (auto numbered = docs_by_number.find(NumberKey(*ref.number));
          numbered != docs_by_number.end()) {
        here = std::any_of(numbered->second.begin(), numbered->second.end(),
                           [&](const NodeId& id) {
                             auto d = docs.find(id);
                             return d != docs.end() &&
                                    DatesAgree(ref.date, d->second.date);
                           });
      }
    }
    known.push_back(here);
  }
  return known;
}

// Those `reply` writes to: its addressees and relays, and those of the
// documents it carries or is carried in (a decision's attached reply to
// Mao answers "the telegram of Comrade Mao Zedong of 27 August").
std::set<NodeId> Correspondents(const std::unordered_map<NodeId, DocInfo>& docs,
                                const DocInfo& reply) {
  std::set<NodeId> out;
  auto add = [&](const DocInfo& d) {
    out.insert(d.recipients.begin(), d.recipients.end());
    out.insert(d.via.begin(), d.via.end());
  };
  add(reply);
  for (const NodeId& child : reply.children)
    if (auto it = docs.find(child); it != docs.end()) add(it->second);
  if (auto it = docs.find(reply.parent); it != docs.end()) add(it->second);
  return out;
}

// `numbers_known`: NumbersKnown of the reply; `correspondents`: its
// Correspondents; `carrier`: the document that carries `target`, or null.
ReferenceMatch MatchReferences(const DocInfo& reply, const DocInfo& target,
                               const DocInfo* carrier,
                               const std::vector<bool>& numbers_known,
                               const std::set<NodeId>& correspondents) {
  // "The answer to General Clark's letter of 22 February" in a report to
  // Moscow speaks of a letter another answers: a reply answers those it
  // writes to, or what they forwarded ("Kim Il Sung's message of 30 June"
  // in Stalin's reply to Mao). Who a reply writes to may be unknown: then
  // it answers its own side, for a letter to the other side names whom it
  // writes to, and a report whose "To" line is unread speaks of the other
  // side's letters, not to them.
  const bool carrier_written_to =
      carrier != nullptr &&
      std::any_of(carrier->authors.begin(), carrier->authors.end(),
                  [&](const NodeId& a) { return correspondents.count(a) > 0; });
  const bool own_side =
      reply.side.empty() || target.side.empty() || reply.side == target.side;
  auto written_to = [&](const std::string& a) {
    return (correspondents.empty() && own_side) || carrier_written_to ||
           correspondents.count(a) > 0;
  };
  ReferenceMatch m;
  for (size_t i = 0; i < reply.references.size(); ++i) {
    const graph::Reference& ref = reply.references[i];
    // "Further to my telegram of 11 July" follows up the writers' own
    // message; it answers nothing.
    if (!ref.authors.empty() &&
        std::all_of(
            ref.authors.begin(), ref.authors.end(),
            [&](const std::string& a) { return reply.authors.count(a) > 0; }))
      continue;
    static const std::string kNone;
    const std::string& number = ref.number ? *ref.number : kNone;
    // "Your telegram of 12 October (No. 20003)" does not name No. 20003 of
    // 1 June: numbers are reused, and the date tells them apart.
    const std::string key = NumberKey(number);
    bool number_here = !number.empty() &&
                       std::any_of(target.numbers.begin(), target.numbers.end(),
                                   [&](const std::string& n) {
                                     return NumberKey(n) == key;
                                   }) &&
                       DatesAgree(ref.date, target.date);
    // A number the archive knows names its document; the date then adds
    // nothing, and on a busy day it would tie the reply to every telegram.
    bool number_known = numbers_known[i];
    bool author_here = std::any_of(
        ref.authors.begin(), ref.authors.end(),
        [&](const std::string& a) { return target.authors.count(a) > 0; });
    // One writer of the target, whom the reply writes to.
    bool author_written_to = std::any_of(
        ref.authors.begin(), ref.authors.end(), [&](const std::string& a) {
          return target.authors.count(a) > 0 && written_to(a);
        });
    // A reference without a date ("Ref: C 58911" of a message the archive
    // lacks) meets no document by date, an undated one least of all.
    bool date_here = !number_known && !ref.date.empty() &&
                     (ref.date == target.date || ref.date == target.sent_day ||
                      ref.date == target.written_day) &&
                     (ref.authors.empty() || author_written_to);
    if (!number_here && !date_here) continue;
    m.by_number = m.by_number || number_here;
    m.by_date = m.by_date || date_here;
    m.by_author = m.by_author || (date_here && author_here);
    if (date_here && !number_here) m.date_refs.push_back(i);
    m.refs.push_back(i);
  }
  return m;
}

// The words of the reply that cite a document: the evidence of the tie.
Evidence ReferenceEvidence(const DocInfo& reply, const graph::Reference& ref) {
  Evidence ev;
  ev.doc = reply.page;
  ev.start = static_cast<uint32_t>(ref.start);
  ev.end = static_cast<uint32_t>(ref.end);
  ev.quote = ref.quote;
  ev.lang = ev.quote.empty() || static_cast<unsigned char>(ev.quote[0]) < 0x80
                ? "en"
                : "ru";
  return ev;
}

// True when one of `doc`'s authors is among the reply's addressees, or the
// relay who carries the reply to them and carried their message ("СОВПОСОЛУ
// КУЗНЕЦОВУ ... передайте ЧЖОУ ЭНЬ-ЛАЮ" answers Kuznetsov's report of
// Zhou's proposals): "your point 1" names a point of theirs.
bool WrittenToReply(const DocInfo& reply, const DocInfo* doc) {
  return doc != nullptr && std::any_of(doc->authors.begin(), doc->authors.end(),
                                       [&](const NodeId& a) {
                                         return reply.recipients.count(a) ||
                                                reply.via.count(a);
                                       });
}

// True when `doc` is the replier's own earlier message and point `c` of it
// is another's it reported ("Ref my C 62288": Nam Il's points as Clark
// reported them, which "Paras 1, 7 and 8 of the Communist proposal" name).
bool ReportedByReplier(const DocInfo& reply, const DocInfo* doc,
                       const ClauseInfo& c) {
  auto replier = [&](const NodeId& a) { return reply.authors.count(a) > 0; };
  return doc != nullptr && !c.proposers.empty() && !c.planned &&
         std::any_of(doc->authors.begin(), doc->authors.end(), replier) &&
         std::none_of(c.proposers.begin(), c.proposers.end(), replier);
}

// The document `id` names, or null.
const DocInfo* Find(const std::unordered_map<NodeId, DocInfo>& docs,
                    const NodeId& id) {
  auto it = docs.find(id);
  return it == docs.end() ? nullptr : &it->second;
}

// True when a document above `doc` (one that quotes it, or quotes one that
// does) is written to the reply: its points came to the replier through
// the addressee.
bool ForwardedToReply(const std::unordered_map<NodeId, DocInfo>& docs,
                      const DocInfo& reply, const DocInfo* doc) {
  for (int depth = 0; doc != nullptr && !doc->parent.empty() && depth < 8;
       ++depth) {
    doc = Find(docs, doc->parent);
    if (WrittenToReply(reply, doc)) return true;
  }
  return false;
}

// How well a reply's content fits a document it may answer: its positions
// the document's points bear (by topic, or by a number of the addressee's
// own points), less the conflicts.
int ReplyFit(const std::unordered_map<NodeId, DocInfo>& docs,
             const DocInfo& reply, const std::vector<const ClauseInfo*>& points,
             const ContentCheck& check) {
  int explained = 0;
  for (const StanceClaim& st : reply.stances) {
    bool found =
        std::any_of(points.begin(), points.end(), [&](const ClauseInfo* c) {
          if (st.ordinals.empty()) return Carries(*c, st.topics);
          bool numbered = std::any_of(
              st.ordinals.begin(), st.ordinals.end(),
              [&](const std::string& o) { return c->ordinals.count(o) > 0; });
          if (!numbered) return false;
          auto doc = docs.find(c->doc);
          return WrittenToReply(reply,
                                doc == docs.end() ? nullptr : &doc->second) &&
                 (st.topics.empty() || Carries(*c, st.topics));
        });
    explained += found ? 1 : 0;
  }
  return explained - static_cast<int>(check.conflicts.size());
}

}  // namespace

bool LinkIndex::TieReply(const DocInfo& reply,
                         const std::vector<const DocInfo*>& targets,
                         std::map<NodeId, graph::Fragment>& out) {
  std::vector<ReplyCandidate> candidates;
  candidates.reserve(targets.size());
  const NodeId& family = Family(reply);
  const std::vector<bool> numbers_known =
      NumbersKnown(reply, docs, docs_by_number);
  const std::set<NodeId> correspondents = Correspondents(docs, reply);
  for (const DocInfo* target_info : targets) {
    const DocInfo& target = *target_info;
    // A reply answers no document of its own page, but the one it restates
    // before answering it.
    if (family == Family(target) &&
        !(target.restated && target.parent == reply.id))
      continue;
    // A reply answers a document, not the message quoted inside it.
    if (!target.parent.empty()) {
      auto parent = docs.find(target.parent);
      if (parent != docs.end() && parent->second.date == target.date &&
          parent->second.authors == target.authors) {
        continue;
      }
    }
    ReplyCandidate c;
    c.target = &target;
    c.match = MatchReferences(reply, target, Find(docs, target.parent),
                              numbers_known, correspondents);
    if (c.match.refs.empty()) continue;
    c.fit.first = std::any_of(
        reply.authors.begin(), reply.authors.end(),
        [&](const NodeId& a) { return target.recipients.count(a) > 0; });
    candidates.push_back(std::move(c));
  }
  // "Your telegram of 3 July" when its author sent several that day: the
  // reply answers those sent to its author and its content fits best, and
  // when they cannot be told apart, each tie says so. A document cited by
  // its number is answered whatever else the reply cites.
  std::vector<bool> keep(candidates.size(), false);
  for (size_t i = 0; i < candidates.size(); ++i) {
    keep[i] =
        candidates[i].match.by_number || candidates[i].match.date_refs.empty();
  }
  // The candidates each date reference weighs (none for a reference given
  // with its number as well).
  std::vector<std::vector<size_t>> met_by_ref(reply.references.size());
  for (size_t ref = 0; ref < reply.references.size(); ++ref) {
    const graph::Reference& cited = reply.references[ref];
    // The same reference in the other language, with the number: "Ваша
    // телеграмма от 17 марта" beside "Your telegram of 17 March (No. 11329)".
    bool numbered_that_day = std::any_of(
        candidates.begin(), candidates.end(), [&](const ReplyCandidate& c) {
          return c.match.by_number && c.target->date == cited.date;
        });
    if (numbered_that_day) continue;
    for (size_t i = 0; i < candidates.size(); ++i) {
      const std::vector<size_t>& refs = candidates[i].match.date_refs;
      if (std::find(refs.begin(), refs.end(), ref) != refs.end())
        met_by_ref[ref].push_back(i);
    }
  }
  // The content of a candidate is read only when it may be kept: on a busy
  // day a reference meets hundreds of its author's telegrams, and one not
  // sent to the reply's author never beats one that was.
  std::vector<bool> weighed = keep;
  for (const std::vector<size_t>& met : met_by_ref) {
    bool any_to_replier = std::any_of(met.begin(), met.end(), [&](size_t i) {
      return candidates[i].fit.first;
    });
    for (size_t i : met) {
      if (candidates[i].fit.first == any_to_replier) weighed[i] = true;
    }
  }
  for (size_t i = 0; i < candidates.size(); ++i) {
    if (!weighed[i]) continue;
    ReplyCandidate& c = candidates[i];
    c.points = Subtree(*c.target);
    c.check = CheckContent(reply, *c.target, c.points);
    c.fit.second = ReplyFit(docs, reply, c.points, c.check);
  }
  for (size_t ref = 0; ref < reply.references.size(); ++ref) {
    const std::vector<size_t>& met = met_by_ref[ref];
    if (met.empty()) continue;
    std::pair<bool, int> best = candidates[met[0]].fit;
    for (size_t i : met) best = std::max(best, candidates[i].fit);
    size_t best_count = static_cast<size_t>(
        std::count_if(met.begin(), met.end(),
                      [&](size_t i) { return candidates[i].fit == best; }));
    for (size_t i : met) {
      if (candidates[i].fit != best) continue;
      keep[i] = true;
      if (met.size() > 1 && best_count == 1) {
        bool alone_to_replier =
            std::none_of(met.begin(), met.end(), [&](size_t j) {
              return j != i && candidates[j].fit.first == best.first;
            });
        candidates[i].chosen_by = alone_to_replier ? "addressee" : "content";
      }
      if (best_count > 1) candidates[i].ambiguous = true;
    }
  }
  // "Your telegram of 21 February ... the telegram of Comrade LI KENONG of
  // 19 February" that it forwarded: the reply answers the telegram, and
  // the message quoted inside it is its content, not a second answer.
  for (size_t i = 0; i < candidates.size(); ++i) {
    if (!keep[i]) continue;
    for (size_t j = 0; j < candidates.size(); ++j) {
      if (j == i || !keep[j]) continue;
      const DocInfo* up = candidates[i].target;
      for (int depth = 0; up != nullptr && !up->parent.empty() && depth < 8;
           ++depth) {
        up = Find(docs, up->parent);
        if (up == candidates[j].target) {
          keep[i] = false;
          break;
        }
      }
      if (!keep[i]) break;
    }
  }
  if (std::find(keep.begin(), keep.end(), true) == keep.end()) return false;
  // The words of each position given without a number, stemmed once for
  // every document tied.
  std::vector<ClauseInfo> said(reply.stances.size());
  for (size_t s = 0; s < reply.stances.size(); ++s) {
    const StanceClaim& st = reply.stances[s];
    if (st.ordinals.empty())
      said[s].stems[st.lang] = TextStems(st.quote, st.lang, stem_ids);
  }
  for (size_t i = 0; i < candidates.size(); ++i) {
    if (!keep[i]) continue;
    graph::Fragment& into = out[candidates[i].target->id];
    into.page_id = reply.page;
    LinkReply(reply, candidates[i], said, into);
  }
  return true;
}

bool LinkIndex::Within(const NodeId& doc, const NodeId& ancestor) const {
  const DocInfo* at = Find(docs, doc);
  for (int depth = 0; at != nullptr && depth < 8; ++depth) {
    if (at->id == ancestor) return true;
    at = at->parent.empty() ? nullptr : Find(docs, at->parent);
  }
  return false;
}

void LinkIndex::LinkReply(const DocInfo& reply, const ReplyCandidate& candidate,
                          const std::vector<ClauseInfo>& said,
                          graph::Fragment& out) {
  const DocInfo& target = *candidate.target;
  const ReferenceMatch& m = candidate.match;
  const std::vector<const ClauseInfo*>& points = candidate.points;
  ContentCheck check = candidate.check;
  if (candidate.ambiguous && !m.by_number) {
    check.conflicts.push_back(
        "another document of that date and author fits the reply as well");
  }
  std::vector<std::string> how;
  if (m.by_number) how.push_back("number");
  if (m.by_date) how.push_back("date");
  if (m.by_author) how.push_back("author");
  if (check.named_found && check.conflicts.empty()) how.push_back("content");
  if (!candidate.chosen_by.empty()) how.push_back(candidate.chosen_by);
  double confidence = m.by_number ? 0.9 : m.by_author ? 0.7 : 0.5;
  if (check.named_found) confidence += 0.1;
  confidence -= 0.2 * static_cast<double>(check.conflicts.size());
  Value link = LinkProps(how, confidence, check.conflicts);
  bool strong = link.GetString(prop::kStrength) == prop::kStrong;
  graph::Edge e;
  e.source = reply.id;
  e.target = target.id;
  e.kind = graph::EdgeKind::kRespondsTo;
  e.props = link;
  for (size_t ref : m.refs)
    e.evidence.push_back(ReferenceEvidence(reply, reply.references[ref]));
  out.AddEdge(std::move(e));

  NodeId holder = reply.authors.empty() ? NodeId() : *reply.authors.begin();
  double link_confidence = link.Get(prop::kConfidence)->as_double();
  // Each claim's ties, then one position per point: a reply's words on
  // one point may fall on another by a topic they share ("the
  // demilitarized zone must not be made at your side's expense" carries
  // the topic of the point on neutral observers too). A point takes the
  // claim that names it most closely: by its number, then by the claim's
  // words, then by the most of the claim's topics it carries; the same
  // claim in the other language goes with it.
  struct Tie {
    size_t claim;
    const ClauseInfo* clause;
    int level;    // 3 number, 2 content, 1 topic, 0 the whole list
    int carried;  // the claim's topics the point carries
    double confidence;
  };
  std::vector<Tie> ties;
  for (size_t s_at = 0; s_at < reply.stances.size(); ++s_at) {
    const StanceClaim& st = reply.stances[s_at];
    // "Your point 1" is one of the addressee's own points, or, when none of
    // them bears the number, one the addressee forwarded; "the first and
    // second points of Comrade PENG DEHUAI's proposals" are his.
    std::set<const ClauseInfo*> numbered;
    if (!st.ordinals.empty() && strong) {
      std::vector<const ClauseInfo*> own, forwarded, reported, cited;
      for (const ClauseInfo* c : points) {
        if (std::none_of(
                st.ordinals.begin(), st.ordinals.end(),
                [&](const std::string& o) { return c->ordinals.count(o); }))
          continue;
        if (m.by_number && Within(c->doc, target.id) &&
            std::none_of(
                reply.authors.begin(), reply.authors.end(),
                [&](const NodeId& a) { return target.authors.count(a) > 0; }))
          cited.push_back(c);
        const DocInfo* holder_doc = Find(docs, c->doc);
        if (!st.points_of.empty()) {
          if (std::any_of(st.points_of.begin(), st.points_of.end(),
                          [&](const std::string& p) {
                            return c->proposers.count(p) > 0;
                          }))
            numbered.insert(c);
        } else if (WrittenToReply(reply, holder_doc)) {
          own.push_back(c);
        } else if (ForwardedToReply(docs, reply, holder_doc)) {
          forwarded.push_back(c);
        } else if (ReportedByReplier(reply, holder_doc, *c)) {
          reported.push_back(c);
        }
      }
      numbered.insert(own.begin(), own.end());
      if (own.empty()) numbered.insert(forwarded.begin(), forwarded.end());
      if (own.empty() && forwarded.empty())
        numbered.insert(reported.begin(), reported.end());
      // "Reur DA 939673 ... Re 3 a. Concur.": another's message the reply
      // cites by its number, whoever its page names as addressee, or a
      // text it quotes ("Re Delga 204 ... Paras 1 and 2. We can accept
      // both" on the draft resolution Delga 204 gives).
      if (numbered.empty()) numbered.insert(cited.begin(), cited.end());
    }
    // "I consider Comrade LI KENONG's proposals correct": every point of
    // the list, below any claim that names one.
    if (!st.whole.empty()) {
      if (strong) {
        for (const ClauseInfo* c : WholeListPoints(st, reply, target, points))
          ties.push_back({s_at, c, 0, 0, link_confidence - 0.2});
      }
      continue;
    }
    for (const ClauseInfo* c : points) {
      if (!st.ordinals.empty()) {
        // Only a strong tie whose numbering fits says whose numbering it is.
        if (numbered.count(c)) ties.push_back({s_at, c, 3, 0, link_confidence});
        continue;
      }
      if (!Carries(*c, st.topics)) continue;
      bool content = TextSimilarity(said[s_at], *c) >= 0.15;
      int carried = static_cast<int>(std::count_if(
          st.topics.begin(), st.topics.end(),
          [&](const std::string& t) { return c->topics.count(t) > 0; }));
      ties.push_back({s_at, c, content ? 2 : 1, carried,
                      (content ? 0.7 : 0.6) - (strong ? 0.0 : 0.15)});
    }
  }
  std::map<const ClauseInfo*, const Tie*> best;
  for (const Tie& t : ties) {
    const Tie*& b = best[t.clause];
    if (b == nullptr ||
        std::tie(t.level, t.carried) > std::tie(b->level, b->carried))
      b = &t;
  }
  auto emit = [&](const Tie& t) {
    const StanceClaim& st = reply.stances[t.claim];
    std::vector<std::string> how_tied = {t.level == 3   ? "number"
                                         : t.level == 2 ? "content"
                                         : t.level == 1 ? "topic"
                                                        : "whole list"};
    out.AddEdge(StanceEdge(reply, st, *t.clause, how_tied, t.confidence, holder,
                           target.id));
  };
  // The chosen claim first (its props are the edge's), then its
  // translation: the same stance in the other language, however closely
  // its own words match.
  for (const Tie& t : ties) {
    if (best.at(t.clause) == &t) emit(t);
  }
  for (const Tie& t : ties) {
    const Tie& b = *best.at(t.clause);
    const StanceClaim& st = reply.stances[t.claim];
    const StanceClaim& chosen = reply.stances[b.claim];
    if (&t != &b && st.stance == chosen.stance && st.lang != chosen.lang)
      emit(t);
  }
}

}  // namespace parley::linking
