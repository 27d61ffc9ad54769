// Reading a clause's stance with the cue table: its cues found, negation,
// conditions and third parties applied (stance_reader.h).
#include "importers/stance_reader.h"

#include <algorithm>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

#include "importers/detail/page_text.h"
#include "importers/detail/point_names.h"
#include "importers/detail/stance_table.h"
#include "text/chars.h"
#include "text/utf8.h"

namespace parley::importers {

namespace {

using detail::CutWords;
using detail::FirstChar;
using detail::kSupports;
using detail::MatchEnd;
using detail::StanceCue;
using detail::StanceCueKind;
using detail::StanceCueTable;
using detail::StanceWord;

// ---------------------------------------------------------------------------
// Reading a clause

// A cue found in a clause: words [first, end).
struct Hit {
  const StanceCue* cue = nullptr;
  size_t first = 0;
  size_t end = 0;
  bool is(StanceCueKind kind) const { return cue->kind == kind; }
  bool takes_stance() const {
    return is(StanceCueKind::kStance) || is(StanceCueKind::kSupport);
  }
};

bool LangFits(const StanceCue& cue, std::string_view lang) {
  return lang.empty() || cue.lang == "*" || cue.lang == lang;
}

// The letters a cue's phrase spells out: of two matches over the same
// words, the one that spells more is the more specific ("настаивающ", a
// participle the table ignores, over "настаива").
size_t Spelled(const StanceCue& cue) {
  size_t n = 0;
  for (const auto& w : cue.phrase.words) n += w.text.size();
  return n;
}

// The cues of `words` from left to right; at each word the longest match of
// any kind wins and hides the words it covers.
std::vector<Hit> FindHits(const std::vector<StanceWord>& words,
                          const StanceCueTable& table, std::string_view lang) {
  std::vector<Hit> hits;
  for (size_t i = 0; i < words.size();) {
    Hit best;
    auto bucket = table.by_first_char.find(FirstChar(words[i].text));
    if (bucket != table.by_first_char.end()) {
      for (size_t c : bucket->second) {
        const StanceCue& cue = table.cues[c];
        if (!LangFits(cue, lang)) continue;
        size_t end = MatchEnd(cue.phrase, words, i);
        if (end > best.end ||
            (end > 0 && end == best.end && Spelled(cue) > Spelled(*best.cue)))
          best = {&cue, i, end};
      }
    }
    if (best.cue == nullptr) {
      ++i;
      continue;
    }
    hits.push_back(best);
    i = best.end;
  }
  return hits;
}

using Span = std::pair<size_t, size_t>;  // words [first, end)

// The words each condition governs: from its cue to the end of its segment.
std::vector<Span> ConditionSpans(const std::vector<Hit>& hits,
                                 const std::vector<StanceWord>& words) {
  std::vector<Span> spans;
  for (const Hit& h : hits) {
    if (!h.is(StanceCueKind::kCondition)) continue;
    size_t end = h.end;
    while (end < words.size() && words[end].segment == words[h.first].segment) {
      ++end;
    }
    spans.push_back({h.first, end});
  }
  return spans;
}

bool Inside(const std::vector<Span>& spans, size_t word) {
  return std::any_of(spans.begin(), spans.end(), [&](const Span& s) {
    return word >= s.first && word < s.second;
  });
}

// The hits that may carry the clause's stance, in the order to try them:
// those outside every condition; or, when a condition opens the clause and
// runs through it ("if they insist we reject it"), its cues from the last.
// "To accept a proposal of this kind ... would put us in a disadvantageous
// position": a cue after the "to" that opens the sentence, with "would" or
// "means" after it, names what taking the stance would do; it takes none
// ("To accept the enemy's figure ...: ... is forbidden" is an instruction).
// So do the cues of a gerund that opens the clause, up to its verb.
bool InfinitiveSubject(const std::vector<Hit>& hits, const Hit& h,
                       const std::vector<StanceWord>& words) {
  static constexpr std::string_view kVerbs[] = {"would", "means", "meant"};
  auto verb_after = [&](size_t from, auto& verbs) {
    return std::any_of(words.begin() + static_cast<long>(from), words.end(),
                       [&](const StanceWord& w) {
                         return std::find(std::begin(verbs), std::end(verbs),
                                          w.text) != std::end(verbs);
                       });
  };
  if (h.first == 1 && words[0].text == "to") return verb_after(h.end, kVerbs);
  // "Giving up the 38th parallel and accepting the line of contact ... is a
  // sensible step": a gerund that opens the clause, and the cues in it
  // before its verb, name what is judged.
  static constexpr std::string_view kCopulas[] = {"is", "was", "would", "means",
                                                  "meant"};
  bool gerund_cue = !words.empty() && words[0].text.ends_with("ing") &&
                    std::any_of(hits.begin(), hits.end(), [](const Hit& o) {
                      return o.first == 0 && o.takes_stance();
                    });
  if (!gerund_cue) return false;
  for (size_t k = 1; k < words.size(); ++k) {
    if (std::find(std::begin(kCopulas), std::end(kCopulas), words[k].text) !=
        std::end(kCopulas))
      return h.end <= k;
  }
  return false;
}

// "The figure of 5,000 men a month put forward in the first point is too
// small": a cue inside the noun phrase that opens the clause, before its
// verb "is", describes what is judged, when a cue after the verb judges it.
bool InSubjectPhrase(const std::vector<Hit>& hits, const Hit& h,
                     const std::vector<StanceWord>& words) {
  static constexpr std::string_view kDeterminers[] = {"the", "this", "that",
                                                      "these", "those"};
  static constexpr std::string_view kCopulas[] = {"is", "are", "was", "were"};
  if (words.empty() ||
      std::ranges::find(kDeterminers, words[0].text) == std::end(kDeterminers))
    return false;
  // "The third point we shall reject: ...": a subject of its own.
  static constexpr std::string_view kPronouns[] = {"i",   "we",   "you", "he",
                                                   "she", "they", "it"};
  for (size_t k = 1; k < h.first; ++k)
    if (std::ranges::find(kPronouns, words[k].text) != std::end(kPronouns))
      return false;
  for (size_t k = 1; k < words.size(); ++k) {
    // The noun phrase ends at a conjunction ("The enemy rejected point 2
    // and this is unacceptable").
    if (words[k].text == "and" || words[k].text == "but") return false;
    if (std::ranges::find(kCopulas, words[k].text) == std::end(kCopulas))
      continue;
    if (h.end > k) return false;
    return std::ranges::any_of(
        hits, [&](const Hit& o) { return o.takes_stance() && o.first > k; });
  }
  return false;
}

// "paras 1, 2 and 17 of Indian draft res (A/C.1/734) tabled Nov 17": a
// participle with its date after a noun, not a subject, names the document
// by when it came; it takes no stance.
bool DatedParticiple(const Hit& h, const std::vector<StanceWord>& words) {
  const std::string_view verb = words[h.first].text;
  if (h.first == 0 || h.end >= words.size()) return false;
  // "what our side put forward on 7 November": a relative clause with its
  // date names a past proposal too.
  bool relative = false;
  for (size_t k = h.first; k-- > 0 && k + 4 > h.first;)
    relative = relative || words[k].text == "what" || words[k].text == "which";
  if (!verb.ends_with("ed") && !relative) return false;
  // After a document's name or number: "draft res (A/C.1/734) tabled",
  // "the proposal tabled"; not "Nam Il tabled on 10 July".
  static constexpr std::string_view kDocuments[] = {
      "draft",     "res",       "resolution", "proposal",   "proposals",
      "plan",      "text",      "points",     "principles", "counterproposal",
      "message",   "letter",    "telegram",   "paras",      "paragraphs",
      "amendment", "amendments"};
  const std::string_view before = words[h.first - 1].text;
  if (!relative &&
      std::ranges::find(kDocuments, before) == std::end(kDocuments) &&
      std::ranges::none_of(before, [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      }))
    return false;
  static constexpr std::string_view kWhen[] = {
      "jan",     "january", "feb",      "february", "mar",       "march",
      "apr",     "april",   "jun",      "june",     "jul",       "july",
      "aug",     "august",  "sep",      "sept",     "september", "oct",
      "october", "nov",     "november", "dec",      "december",  "yesterday",
      "today",   "earlier", "last"};
  auto when = [&](size_t k) {
    return k < words.size() &&
           (std::ranges::find(kWhen, words[k].text) != std::end(kWhen) ||
            (!words[k].text.empty() &&
             std::isdigit(static_cast<unsigned char>(words[k].text[0]))));
  };
  // "tabled Nov 17", "tabled on 3 December"; not "approved, on condition".
  const std::string_view next = words[h.end].text;
  return (next != "on" && next != "may" && when(h.end)) ||
         (next == "on" && when(h.end + 1));
}

std::vector<size_t> Candidates(const std::vector<Hit>& hits,
                               const std::vector<StanceWord>& words,
                               const std::vector<Span>& spans) {
  std::vector<size_t> order;
  for (size_t k = 0; k < hits.size(); ++k) {
    if (hits[k].takes_stance() && !Inside(spans, hits[k].first) &&
        !InfinitiveSubject(hits, hits[k], words) &&
        !InSubjectPhrase(hits, hits[k], words) &&
        !DatedParticiple(hits[k], words)) {
      order.push_back(k);
    }
  }
  if (!order.empty() || spans.empty()) return order;
  if (spans.front().first != 0 || spans.front().second != words.size()) {
    return order;
  }
  for (size_t k = hits.size(); k-- > 0;) {
    if (hits[k].takes_stance()) order.push_back(k);
  }
  return order;
}

// How many words stand in [from, to), not counting those of ignored
// phrases ("do not consider it necessary to insist" is one word apart).
size_t WordsBetween(const std::vector<Hit>& hits, size_t from, size_t to) {
  size_t count = to - from;
  for (const Hit& h : hits) {
    if (h.is(StanceCueKind::kIgnore) && h.first >= from && h.end <= to) {
      count -= h.end - h.first;
    }
  }
  return count;
}

// The hit of `kind` that governs hit k from before it: the nearest such hit
// in k's segment with no stance cue between, if k lies within its scope.
const Hit* GoverningBefore(const std::vector<Hit>& hits, size_t k,
                           const std::vector<StanceWord>& words,
                           StanceCueKind kind) {
  const int segment = words[hits[k].first].segment;
  for (size_t j = k; j-- > 0;) {
    const Hit& h = hits[j];
    if (h.takes_stance() || words[h.end - 1].segment != segment) break;
    if (!h.is(kind)) continue;
    // "He told the Communists that the UNC accepted ...": a party named
    // before "that" is not the subject of the clause after it.
    if (kind == StanceCueKind::kParty &&
        std::any_of(words.begin() + h.end, words.begin() + hits[k].first,
                    [](const StanceWord& w) {
                      return w.text == "that" || w.text == "что";
                    }))
      return nullptr;
    return WordsBetween(hits, h.end, hits[k].first) <= h.cue->scope ? &h
                                                                    : nullptr;
  }
  return nullptr;
}

// A negator after hit k that reaches back to it ("принять нельзя",
// "настаивать на этом не нужно"): the next hit in k's segment, unless it
// flips a stance cue after it instead.
const Hit* NegatorAfter(const std::vector<Hit>& hits, size_t k,
                        const std::vector<StanceWord>& words) {
  const int segment = words[hits[k].first].segment;
  if (k + 1 >= hits.size()) return nullptr;
  const Hit& n = hits[k + 1];
  if (!n.is(StanceCueKind::kNegator) || words[n.first].segment != segment ||
      WordsBetween(hits, hits[k].end, n.first) > n.cue->back_scope) {
    return nullptr;
  }
  if (k + 2 < hits.size() && hits[k + 2].takes_stance() &&
      words[hits[k + 2].first].segment == segment &&
      WordsBetween(hits, n.end, hits[k + 2].first) <= n.cue->scope) {
    return nullptr;
  }
  return &n;
}

// The negator that flips hit k: the nearest before it within its scope, or
// else one after it that reaches back; none for a cue that holds its own.
const Hit* GoverningNegator(const std::vector<Hit>& hits, size_t k,
                            const std::vector<StanceWord>& words) {
  if (hits[k].cue->self_negated) return nullptr;
  if (const Hit* before =
          GoverningBefore(hits, k, words, StanceCueKind::kNegator)) {
    return before;
  }
  return NegatorAfter(hits, k, words);
}

// What hit k says once negation is applied.
struct CueReading {
  std::string stance;
  bool negated = false;
  // Words [first, end) of the cue with the negator that flipped it.
  size_t first = 0;
  size_t end = 0;
};

// True when words [from, to) of `text` name a point ("point 3", "the third
// point", "пункт 2"), by the point words of `cues`.
bool NamesAPoint(std::string_view text, const std::vector<StanceWord>& words,
                 size_t from, size_t to, const CueTable& cues) {
  if (from >= to || to > words.size()) return false;
  std::string_view span =
      text.substr(words[from].start, words[to - 1].end - words[from].start);
  return !detail::PointsNamed(cues, span, detail::LowerText(span)).empty();
}

std::optional<CueReading> ReadHit(const StanceCueTable& table,
                                  const std::vector<Hit>& hits, size_t k,
                                  const std::vector<StanceWord>& words) {
  const Hit& h = hits[k];
  std::string stance =
      h.is(StanceCueKind::kSupport) ? std::string(kSupports) : h.cue->stance;
  const Hit* negator = GoverningNegator(hits, k, words);
  if (negator == nullptr) return CueReading{stance, false, h.first, h.end};
  auto flipped = table.negated.find(stance);
  if (flipped == table.negated.end() || flipped->second.empty()) {
    return std::nullopt;
  }
  return CueReading{flipped->second, true, std::min(negator->first, h.first),
                    std::max(negator->end, h.end)};
}

// The stance a support cue backs.
struct Supported {
  std::string stance;
  size_t end = 0;  // one past the last word that says so
  // Stated in a clause of its own ("We share your opinion that the first
  // point may be accepted"): the writer holds it too.
  bool stated = false;
};

// The addressee's stance a support cue (hit k) backs: the stance the cue
// carries, or else the first stance cue after it ("we support your line of
// insisting"), stated when "that" opens its clause.
Supported SupportedStance(const StanceCueTable& table,
                          const std::vector<Hit>& hits, size_t k,
                          const std::vector<StanceWord>& words) {
  if (!hits[k].cue->stance.empty())
    return {hits[k].cue->stance, hits[k].end, false};
  for (size_t j = k + 1; j < hits.size(); ++j) {
    if (!hits[j].is(StanceCueKind::kStance)) continue;
    std::optional<CueReading> r = ReadHit(table, hits, j, words);
    if (!r) continue;
    // "that", not "that of Cde. Li Kenong", between the two cues, and no
    // third party the subject of the second ("that the enemy will reject").
    bool stated = false;
    if (GoverningBefore(hits, j, words, StanceCueKind::kParty))
      return {r->stance, r->end, false};
    for (size_t w = hits[k].end; w + 1 < hits[j].first && !stated; ++w)
      stated = (words[w].text == "that" || words[w].text == "что") &&
               words[w + 1].text != "of";
    return {r->stance, r->end, stated};
  }
  return {"", hits[k].end, false};
}

}  // namespace

std::optional<StanceReading> ReadStance(std::string_view clause_text,
                                        std::string_view lang,
                                        const StanceCues& cues,
                                        const CueTable& point_cues) {
  const StanceCueTable& table = *cues.table_;
  const std::vector<StanceWord> words = CutWords(clause_text);
  const std::vector<Hit> hits = FindHits(words, table, lang);
  const std::vector<Span> spans = ConditionSpans(hits, words);
  // A third party's stance the clause reports ("the enemy puts forward
  // demands that we cannot accept") gives way to the writer's own after it.
  std::optional<StanceReading> reported;
  for (size_t k : Candidates(hits, words, spans)) {
    std::optional<CueReading> cue = ReadHit(table, hits, k, words);
    bool support = hits[k].is(StanceCueKind::kSupport);
    // "We do not share your view that ... be dropped" says nothing of
    // the dropping; a later cue would misread it.
    if (!cue && support) return std::nullopt;
    if (!cue) continue;
    StanceReading reading;
    reading.stance = cue->stance;
    reading.negated = cue->negated;
    reading.conditional = !spans.empty();
    reading.condition_start =
        spans.empty() ? clause_text.size() : words[spans.front().first].start;
    size_t end = cue->end;
    if (support) {
      Supported backed = SupportedStance(table, hits, k, words);
      reading.supported_stance = backed.stance;
      end = backed.end;
      reading.supported_holder = "addressee";
      if (backed.stated) reading.stance = backed.stance;
      if (reading.stance == "accepts" && reading.conditional)
        reading.stance = "conditional";
    } else {
      // "The draft tabled by Nam Il": a participle with its agent.
      static constexpr std::string_view kOurs[] = {"us", "me", "our", "both",
                                                   "all"};
      // Not "must be lengthened by the days lost": the agent is named
      // (capitals) or a party of the table's ("by the enemy").
      auto agent = [&](size_t w) {
        if (w >= words.size()) return false;
        size_t at = words[w].start;
        text::CodePoint first = text::NextCodePoint(clause_text, at);
        return text::IsUpper(first) ||
               std::ranges::any_of(hits, [&](const Hit& h) {
                 return h.is(StanceCueKind::kParty) && h.first == w;
               });
      };
      bool by_another =
          cue->end + 1 < words.size() && words[cue->end].text == "by" &&
          std::find(std::begin(kOurs), std::end(kOurs),
                    words[cue->end + 1].text) == std::end(kOurs) &&
          (agent(cue->end + 1) ||
           (words[cue->end + 1].text == "the" && agent(cue->end + 2)));
      if (const Hit* party =
              GoverningBefore(hits, k, words, StanceCueKind::kParty)) {
        reading.holder = "other";
        reading.holder_at = words[party->first].start;
      } else if (by_another) {
        reading.holder = "other";
      }
      // "such a proposal could be put forward only if the Americans
      // refuse": a point to be pressed on a condition is a conditional one.
      if ((reading.stance == "accepts" ||
           (reading.stance == "insists" && !reading.negated)) &&
          reading.conditional) {
        reading.stance = "conditional";
      }
      // "Recm in ur para 2 is approved, but text ... shld read as fols":
      // an acceptance with a change of words after "but" amends ("we
      // accept your amendment" accepts).
      // "The third point we should not reject, but we ought to try to have
      // it say ...": a refusal denied accepts, and a requirement after the
      // contrast changes it as well.
      if (reading.stance == "accepts") {
        static constexpr std::string_view kBut[] = {"but", "however", "но",
                                                    "однако"};
        for (size_t j = k + 1; !reading.negated && j < hits.size(); ++j) {
          if (!hits[j].is(StanceCueKind::kStance)) continue;
          auto but =
              std::find_if(words.begin() + static_cast<long>(cue->end),
                           words.begin() + static_cast<long>(hits[j].first),
                           [](const StanceWord& w) {
                             return std::find(std::begin(kBut), std::end(kBut),
                                              w.text) != std::end(kBut);
                           });
          // The contrast may open the later cue ("accepts, but with an
          // addition").
          // So may "subject to" ("approved in substance, subj to two
          // changes").
          const std::string& opens = words[hits[j].first].text;
          bool contrast =
              but != words.begin() + static_cast<long>(hits[j].first) ||
              std::find(std::begin(kBut), std::end(kBut), opens) !=
                  std::end(kBut) ||
              opens == "subject" || opens == "subj";
          std::optional<CueReading> later = ReadHit(table, hits, j, words);
          // "Point (2) is acceptable as to the Commission, but we cannot
          // agree that Polish troops guard them": a part refused; not
          // when the refusal names a point of its own ("but point 3 is
          // not", "but reject point 3"), after the contrast.
          bool refusal = later && later->stance == "rejects" &&
                         !NamesAPoint(clause_text, words,
                                      static_cast<size_t>(but - words.begin()),
                                      words.size(), point_cues);
          // "Approved, with this change: ...": a change right after the
          // acceptance.
          bool right_after = hits[j].first == cue->end &&
                             (words[hits[j].first].text == "with" ||
                              words[hits[j].first].text == "с" ||
                              words[hits[j].first].text == "со");
          if ((contrast || right_after) && later &&
              ((later->stance == "amends" && !later->negated) ||
               (refusal && contrast))) {
            reading.stance = "amends";
            end = later->end;
            break;
          }
        }
        // "Visits ... may be agreed to, but the teams must not be the only
        // ones", "... can be agreed to, but the figure of 40,000 men a month
        // must be much lower", "we accept, but we propose to widen the
        // zone": a requirement or a proposal soon after the contrast
        // changes the point; not one on a point of its own ("but the
        // wording of point 3 must change").
        static constexpr std::string_view kRequire[] = {
            "must",    "should",  "shld",       "ought",    "propose",
            "suggest", "только",  "должны",     "должен",   "нужно",
            "надо",    "следует", "предлагаем", "предлагаю"};
        for (size_t b = cue->end;
             reading.stance == "accepts" && b < words.size(); ++b) {
          if (std::find(std::begin(kBut), std::end(kBut), words[b].text) ==
              std::end(kBut))
            continue;
          for (size_t m = b + 1; m < words.size() && m <= b + 9; ++m) {
            if (std::find(std::begin(kRequire), std::end(kRequire),
                          words[m].text) == std::end(kRequire))
              continue;
            if (NamesAPoint(clause_text, words, b, m, point_cues)) break;
            reading.stance = "amends";
            end = m + 1;
            break;
          }
          break;
        }
      }
    }
    reading.start = words[cue->first].start;
    reading.end = words[end - 1].end;
    if (reading.holder != "other") return reading;
    if (!reported) reported = reading;
  }
  return reported;
}

}  // namespace parley::importers