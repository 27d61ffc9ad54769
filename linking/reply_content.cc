// The content check of a reply's tie: whether the proposals a reply names
// as the addressee's are among the cited document's points, and whether its
// numbering fits theirs. What speaks against a tie is said in words.
#include "linking/detail/reply_content.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "text/chars.h"
#include "text/fold.h"
#include "text/utf8.h"
#include "text/words.h"

namespace parley::linking {

namespace prop = graph::prop;
using graph::StanceClaim;

namespace {

// "foreign_forces_withdrawal" -> "foreign forces withdrawal".
std::string TopicWords(std::string topic) {
  std::replace(topic.begin(), topic.end(), '_', ' ');
  return topic;
}

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    out += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
  }
  return out;
}

// How a document is named in a sentence: "telegram 21404".
std::string DocumentName(const DocInfo& d) {
  if (!d.numbers.empty())
    return (d.doc_type.empty() ? "document" : d.doc_type) + " " +
           d.numbers.front();
  return d.id;
}

struct Word {
  std::string folded;
  size_t start, end;
};

std::vector<Word> WordsOf(std::string_view text) {
  std::vector<Word> out;
  for (const text::WordSpan& s : text::FindWords(text)) {
    out.push_back({text::FoldWord(text.substr(s.start, s.end - s.start)),
                   s.start, s.end});
  }
  return out;
}

bool IsYour(std::string_view w) {
  return w == "your" || w == "yours" || w.rfind("ваш", 0) == 0;
}

bool IsProposalWord(std::string_view w) {
  return w.rfind("proposal", 0) == 0 || w.rfind("suggestion", 0) == 0 ||
         w.rfind("предложени", 0) == 0 || w == "idea" || w == "point" ||
         w == "points" || w.rfind("пункт", 0) == 0;
}

// True when the claim speaks of the addressee's proposals ("your proposal",
// "Ваше предложение", "your points").
bool NamesAddresseesProposal(const StanceClaim& claim) {
  std::vector<Word> w = WordsOf(claim.quote);
  for (size_t i = 0; i < w.size(); ++i) {
    if (!IsYour(w[i].folded)) continue;
    for (size_t j = i + 1; j < w.size() && j <= i + 2; ++j) {
      if (IsProposalWord(w[j].folded)) return true;
    }
  }
  return false;
}

// The words that name the proposal after "your proposal for": at most seven,
// up to the first punctuation mark ("a commission of representatives of
// neutral countries"); "" when the claim has none.
std::string NamedProposal(const StanceClaim& claim) {
  constexpr size_t kMaxWords = 7;
  const std::string& q = claim.quote;
  std::vector<Word> w = WordsOf(q);
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if (!IsYour(w[i].folded) || !IsProposalWord(w[i + 1].folded)) continue;
    size_t first = i + 2;
    if (first < w.size() &&
        (w[first].folded == "for" || w[first].folded == "of" ||
         w[first].folded == "on"))
      ++first;
    size_t last = first;
    for (size_t k = first; k < w.size() && k < first + kMaxWords; ++k) {
      if (k > first) {
        std::string_view gap(q.data() + w[k - 1].end,
                             w[k].start - w[k - 1].end);
        if (gap.find_first_of(",;.:!?()") != std::string_view::npos) break;
      }
      last = k + 1;
    }
    if (last > first)
      return q.substr(w[first].start, w[last - 1].end - w[first].start);
  }
  return "";
}

// Claims in English first, so that a conflict quotes the English words
// when the reply has both languages.
std::vector<const StanceClaim*> EnglishFirst(
    const std::vector<StanceClaim>& claims) {
  std::vector<const StanceClaim*> out;
  for (const StanceClaim& c : claims) out.push_back(&c);
  std::stable_sort(out.begin(), out.end(),
                   [](const StanceClaim* a, const StanceClaim* b) {
                     return (a->lang == "en") > (b->lang == "en");
                   });
  return out;
}

}  // namespace

// The topics that can tell one numbering from another. The procedure of the
// talks is not among them: nearly every reply's own narrative names it ("the
// draft agenda", "at the plenary session"), whatever point it speaks of.
std::vector<std::string> TellingTopics(const std::vector<std::string>& topics) {
  std::vector<std::string> out;
  for (const std::string& t : topics)
    if (t != "negotiation_procedure") out.push_back(t);
  return out;
}

bool Carries(const ClauseInfo& c, const std::vector<std::string>& topics) {
  return std::any_of(topics.begin(), topics.end(),
                     [&](const std::string& t) { return c.topics.count(t); });
}

std::vector<const ClauseInfo*> WholeListPoints(
    const StanceClaim& st, const DocInfo& reply, const DocInfo& list,
    const std::vector<const ClauseInfo*>& points) {
  std::string side = st.whole;
  if (side == prop::kWholeOther) {
    side = reply.side == prop::kSideUnc      ? std::string(prop::kSideKpaCpv)
           : reply.side == prop::kSideKpaCpv ? std::string(prop::kSideUnc)
                                             : "";
  }
  // A list its writers forward, every point another's ("The draft reads:
  // 1. ..."), is the list whole; a point whose proposer the page does not
  // say is no other's.
  std::set<std::set<graph::NodeId>> proposed_by;
  for (const ClauseInfo* c : points)
    if (c->doc == list.id && !c->proposers.empty())
      proposed_by.insert(c->proposers);
  bool forwarded =
      proposed_by.size() == 1 && !proposed_by.begin()->empty() &&
      std::ranges::none_of(*proposed_by.begin(), [&](const graph::NodeId& p) {
        return list.authors.count(p) > 0;
      });
  std::vector<const ClauseInfo*> on;
  for (const ClauseInfo* c : points) {
    // "Except point 3": its sub-points ("3(1)") and its other languages'
    // ordinals too.
    if (std::ranges::any_of(st.except, [&](const std::string& e) {
          return c->ordinal == e || c->ordinal.starts_with(e + "(") ||
                 c->ordinals.count(e) > 0;
        }))
      continue;
    bool theirs = false;
    if (st.whole != prop::kWholeList) {
      theirs = !side.empty() && c->proposer_sides.count(side) > 0;
    } else if (!st.points_of.empty()) {
      // Theirs by name, or the points of a list they wrote.
      const std::set<graph::NodeId>& by =
          c->proposers.empty() && c->doc == list.id ? list.authors
                                                    : c->proposers;
      theirs =
          std::any_of(st.points_of.begin(), st.points_of.end(),
                      [&](const std::string& p) { return by.count(p) > 0; });
    } else {
      theirs = c->doc == list.id &&
               (c->proposers.empty() || forwarded ||
                std::any_of(c->proposers.begin(), c->proposers.end(),
                            [&](const graph::NodeId& p) {
                              return list.authors.count(p) > 0;
                            }));
    }
    if (theirs) on.push_back(c);
  }
  // "Both points": the list's own points, not the sub-points inside them
  // ("a", "3(1)"), when it numbers its points.
  auto numbered = [](const ClauseInfo* c) {
    return !c->ordinal.empty() && std::ranges::all_of(c->ordinal, [](char ch) {
      return std::isdigit(static_cast<unsigned char>(ch)) != 0;
    });
  };
  size_t count = std::ranges::count_if(on, numbered);
  if (count == 0) count = on.size();
  if (st.whole_count > 0 && count != static_cast<size_t>(st.whole_count))
    return {};
  return on;
}

namespace {

// Whether a position's own words name a point ("point 2", "para 3",
// "пункт"), rather than take it from a heading or the position before.
bool NamesAPoint(const StanceClaim& st) {
  std::string said = text::LowerText(st.quote);
  for (std::string_view word :
       {"point", "para", "пункт", "principle", "принцип"})
    if (said.find(word) != std::string::npos) return true;
  return false;
}

bool IsPointWord(std::string_view w) {
  return w.rfind("point", 0) == 0 || w.rfind("principle", 0) == 0 ||
         w.rfind("para", 0) == 0 || w.rfind("пункт", 0) == 0 ||
         w.rfind("принцип", 0) == 0 || w.rfind("proposal", 0) == 0;
}

// Whether the position names the points it speaks of as the other side's
// ("The Communist principles 1, 2 and 4 ... are acceptable", "your point
// 3", "пункты противника"): their numbering, by the reply's own words.
bool NamesTheirPoints(const StanceClaim& claim) {
  static constexpr std::string_view kOwners[] = {
      "your",  "their",   "communist", "communists", "commie",     "commies",
      "enemy", "enemy's", "ваш",       "ваши",       "противника", "их"};
  // "Ваших предложений": the addressee's, in every case.
  static constexpr std::string_view kYours[] = {
      "ваша",  "ваше",   "вашего", "вашей", "вашему",
      "вашим", "вашими", "ваших",  "вашу",  "вашем"};
  std::vector<Word> w = WordsOf(claim.quote);
  for (size_t i = 0; i < w.size(); ++i) {
    if (std::ranges::find(kOwners, w[i].folded) == std::end(kOwners) &&
        std::ranges::find(kYours, w[i].folded) == std::end(kYours))
      continue;
    for (size_t j = i + 1; j < w.size() && j <= i + 2; ++j)
      if (IsPointWord(w[j].folded)) return true;
    if (i > 0 && IsPointWord(w[i - 1].folded)) return true;
  }
  return false;
}

// Whether the position names its points as those of the side other than
// `side` ("Communist points 5, 7 and 8" in a UNC message, "пункты
// противника"): another list than one of its own side's.
bool NamesOtherSidesPoints(const StanceClaim& claim, const std::string& side) {
  static constexpr std::string_view kEither[] = {"enemy", "enemy's",
                                                 "противника"};
  static constexpr std::string_view kKpa[] = {"communist", "communists",
                                              "commie", "commies"};
  static constexpr std::string_view kUnc[] = {"american", "americans", "unc",
                                              "американцев", "американской"};
  if (side != prop::kSideUnc && side != prop::kSideKpaCpv) return false;
  std::vector<Word> w = WordsOf(claim.quote);
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    std::string_view f = w[i].folded;
    bool other =
        std::ranges::find(kEither, f) != std::end(kEither) ||
        (side == prop::kSideUnc ? std::ranges::find(kKpa, f) != std::end(kKpa)
                                : std::ranges::find(kUnc, f) != std::end(kUnc));
    if (other && (IsPointWord(w[i + 1].folded) ||
                  (i > 0 && IsPointWord(w[i - 1].folded))))
      return true;
  }
  return false;
}

// "12", not "a", "3(1)" or "4a".
bool IsNumber(const std::string& ordinal) {
  return !ordinal.empty() && std::ranges::all_of(ordinal, [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
  });
}

// One letter, Latin or Cyrillic: "e", "е".
bool IsLetterOrdinal(const std::string& ordinal) {
  size_t i = 0;
  return !ordinal.empty() && text::IsLetter(text::NextCodePoint(ordinal, i)) &&
         i == ordinal.size();
}

}  // namespace

ContentCheck CheckContent(const DocInfo& reply, const DocInfo& target,
                          const std::vector<const ClauseInfo*>& points) {
  ContentCheck check;
  if (points.empty()) return check;
  std::string name = DocumentName(target);
  std::set<std::string> reported;  // topics or ordinals already in a conflict
  auto clauses_with = [&](const std::string& ordinal) {
    std::vector<const ClauseInfo*> out;
    for (const ClauseInfo* c : points) {
      if (c->ordinals.count(ordinal)) out.push_back(c);
    }
    return out;
  };
  std::vector<const StanceClaim*> claims = EnglishFirst(reply.stances);
  // Every point of `points` a number, and some of them named by the reply.
  const bool letters_apart =
      std::ranges::all_of(points,
                          [](const ClauseInfo* c) {
                            return std::ranges::all_of(c->ordinals, IsNumber);
                          }) &&
      std::ranges::any_of(claims, [&](const StanceClaim* st) {
        return std::ranges::any_of(st->ordinals, [&](const std::string& o) {
          return IsNumber(o) && !clauses_with(o).empty();
        });
      });
  // The proposals it names as the addressee's.
  for (const StanceClaim* st : claims) {
    if (!st->ordinals.empty() || st->topics.empty() ||
        !NamesAddresseesProposal(*st))
      continue;
    bool found = std::any_of(
        points.begin(), points.end(),
        [&](const ClauseInfo* c) { return Carries(*c, st->topics); });
    if (found) {
      check.named_found = true;
      continue;
    }
    std::string key = "topics:" + Join(st->topics);
    if (!reported.insert(key).second) continue;
    std::string named = NamedProposal(*st);
    if (named.empty()) {
      std::vector<std::string> words;
      for (const std::string& t : st->topics) words.push_back(TopicWords(t));
      named = "a proposal on " + Join(words);
    }
    check.conflicts.push_back("the reply names \"" + named + "\", which " +
                              name + " does not contain");
  }
  // Its numbering against theirs.
  for (const StanceClaim* st : claims) {
    // A point the position takes from a heading before it ("On proposal
    // d: ... the Communist one-week period is acceptable") says less of its
    // topic than one it names itself.
    const bool named_here = NamesAPoint(*st);
    const std::vector<std::string> topics = TellingTopics(st->topics);
    // "No objection to points one, four and five of the draft agenda": a
    // topic one of the points it names carries is not told against the
    // others.
    const bool topic_named = std::any_of(
        st->ordinals.begin(), st->ordinals.end(), [&](const std::string& o) {
          std::vector<const ClauseInfo*> those = clauses_with(o);
          return std::any_of(
              those.begin(), those.end(),
              [&](const ClauseInfo* c) { return Carries(*c, topics); });
        });
    for (const std::string& n : st->ordinals) {
      std::vector<const ClauseInfo*> theirs = clauses_with(n);
      if (theirs.empty()) {
        // A letter named beside numbers the list holds, every point of it
        // a number ("agree with points 1, 3 and 4 of the telegram. Point
        // "e" has already been struck out"): a point of another list, the
        // one the numbered list answered.
        if (letters_apart && IsLetterOrdinal(n)) continue;
        // "Communist points 5, 7 and 8 are accepted as they stand" in the
        // answer to one's own side's message: the other side's list.
        if (!reply.side.empty() && target.side == reply.side &&
            NamesOtherSidesPoints(*st, reply.side))
          continue;
        if (reported.insert("point:" + n).second)
          check.conflicts.push_back("the reply's point " + n +
                                    " has no point " + n + " in " + name);
        continue;
      }
      // Their point n with no topic of its own cannot be told apart by one.
      bool told =
          std::any_of(theirs.begin(), theirs.end(),
                      [](const ClauseInfo* c) { return !c->topics.empty(); });
      if (named_here && told && !topics.empty() && !topic_named) {
        for (const ClauseInfo* other : points) {
          if (!Carries(*other, topics) || !reported.insert("point:" + n).second)
            continue;
          check.conflicts.push_back("the reply's point " + n + " is about " +
                                    TopicWords(topics.front()) +
                                    ", which is point " + other->ordinal +
                                    " of " + name + ", not its point " + n);
          break;
        }
      }
      // Another of the reply's positions, on a point of its own, falls on
      // their point n and on no other: the two numberings differ. A topic
      // several of their points carry ("the demilitarized zone", in points
      // 2, 4 and 5) may be any of them.
      // A position that goes on right after this one, before the reply
      // names another point, says more of the same point ("Point six
      // should be firmly insisted upon. The conference must be called
      // within the three months ...").
      // One that speaks of points of its own ("Both of your remaining
      // points ...") does not.
      auto goes_on = [&](const StanceClaim* after) {
        if (after->start < st->end || after->start - st->end > 400)
          return false;
        if (NamesAPoint(*after)) return false;
        return std::none_of(
            claims.begin(), claims.end(), [&](const StanceClaim* c) {
              return !c->ordinals.empty() && c->start > st->end &&
                     c->start < after->start;
            });
      };
      // Points named as theirs are numbered as theirs, whatever topic
      // another position bears.
      if (NamesTheirPoints(*st)) continue;
      for (const StanceClaim* other : claims) {
        // "The Americans' point on visits of the Red Cross ... should be
        // turned down": a point of the other side's list, not one of the
        // reply's numbering.
        if (!other->ordinals.empty() || other->lang != st->lang ||
            goes_on(other) || NamesOtherSidesPoints(*other, reply.side))
          continue;
        for (const std::string& t : TellingTopics(other->topics)) {
          bool same_point = std::any_of(
              theirs.begin(), theirs.end(),
              [&](const ClauseInfo* c) { return c->topics.count(t) > 0; });
          bool elsewhere = std::any_of(
              points.begin(), points.end(), [&](const ClauseInfo* c) {
                return c->topics.count(t) > 0 && !c->ordinals.count(n);
              });
          if (!same_point || elsewhere ||
              (!st->topics.empty() && Carries(*theirs[0], {t})))
            continue;
          if (!reported.insert("point:" + n).second) continue;
          ++check.apart;
          check.conflicts.push_back(
              "the reply's point " + n + " is not point " + n + " of " + name +
              " (the reply puts " + TopicWords(t) + ", point " + n + " of " +
              name + ", apart from its point " + n + ")");
        }
      }
    }
  }
  return check;
}

}  // namespace parley::linking
