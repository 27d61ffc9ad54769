// Stage: the stances a reply takes on the points of earlier documents (the
// documents it cites are read in reply_references.cc).
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "graph/props.h"
#include "importers/detail/line_words.h"
#include "importers/detail/page_reader.h"
#include "importers/detail/point_names.h"
#include "importers/detail/reply_text.h"
#include "importers/detail/sides.h"
#include "importers/stance_reader.h"
#include "text/chars.h"
#include "text/utf8.h"

namespace parley::importers::detail {

namespace {

// The paragraphs a sentence names by a range ("paras 1 through 4", "paras
// 2-5"), in lower case; nothing when it names none.
std::optional<std::pair<int, int>> ParagraphRange(std::string_view lower) {
  std::vector<std::string_view> ws = Words(lower);
  auto number = [&](size_t w) {
    std::string_view x = ws[w];
    while (!x.empty() && !std::isdigit(static_cast<unsigned char>(x.back())))
      x.remove_suffix(1);
    if (x.empty() || x.size() > 3 ||
        !std::all_of(x.begin(), x.end(), [](char c) {
          return std::isdigit(static_cast<unsigned char>(c));
        }))
      return -1;
    return std::stoi(std::string(x));
  };
  for (size_t w = 0; w + 3 < ws.size(); ++w) {
    if (ws[w] != "paras" && ws[w] != "paragraphs" && ws[w] != "пункты")
      continue;
    std::string_view join = ws[w + 2];
    if (join != "through" && join != "to" && join != "thru" && join != "-" &&
        join != "–" && join != "по")
      continue;
    int a = number(w + 1), b = number(w + 3);
    if (a > 0 && b >= a) return std::pair{a, b};
  }
  return std::nullopt;
}

// The bytes of the mark that ends a sentence at t[k], or 0: "." or "!"
// before a space or the end, but not the stop of a form of address or an
// initial ("agreed with Cde. Zhou Enlai, on condition that ..."), and
// Chinese "。", "！", "？".
size_t SentenceEndAt(std::string_view t, size_t k) {
  if (k < t.size() && (t[k] == '.' || t[k] == '!') &&
      (k + 1 == t.size() || t[k + 1] == ' '))
    return t[k] == '.' && AbbreviationStop(t, k) ? 0 : 1;
  for (std::string_view end : {"。", "！", "？"}) {
    if (t.substr(k, end.size()) == end) return end.size();
  }
  return 0;
}

// The bytes of a semicolon at s[q], ";" or Chinese "；", or 0.
size_t SemicolonAt(std::string_view s, size_t q) {
  if (s[q] == ';') return 1;
  constexpr std::string_view kChineseSemicolon = "；";
  return s.substr(q, kChineseSemicolon.size()) == kChineseSemicolon
             ? kChineseSemicolon.size()
             : 0;
}

// Whether more than half of the `size` bytes at `at` lie in one of `spans`.
bool MostlyInside(const std::vector<Span>& spans, size_t at, size_t size) {
  return std::any_of(spans.begin(), spans.end(), [&](const Span& p) {
    size_t b = std::max(p.start, at);
    size_t e = std::min(p.end, at + size);
    return e > b && 2 * (e - b) > size;
  });
}

// The list a position without a point or topic is on, from `lower`, its
// lower case: "list" for the list answered ("your proposals", "Comrade LI
// KENONG's proposals"), the side whose points it names ("other" for "the
// enemy's points", or the side's own name, "unc" or "kpa-cpv"), or "" when
// it names no list.
std::string WholeListNamed(const CueTable& cues, std::string_view lower,
                           const StanceReading& reading) {
  // A ruling on the list: taken, refused or changed; putting a list
  // forward ("Harrison today tabled ...") takes no position on one.
  static constexpr std::string_view kRulings[] = {"accepts", "rejects",
                                                  "conditional", "amends"};
  // "Our proposals must be accepted" asks for the writers' own.
  if (std::ranges::find(kRulings, reading.stance) == std::end(kRulings) ||
      !cues.Contains("whole_list", lower) ||
      !cues.Contains("whole_writer", lower) ||
      cues.Contains("whole_own", lower) ||
      cues.Contains("speech_verb", lower) ||
      cues.Contains("attribution", lower))
    return "";
  // "... at any time you accept one of our proposals": the addressee's.
  std::vector<std::string_view> before =
      Words(lower.substr(0, std::min(lower.size(), reading.start)));
  for (size_t k = before.size() >= 2 ? before.size() - 2 : 0; k < before.size();
       ++k) {
    static constexpr std::string_view kOthers[] = {"you", "they", "he", "she",
                                                   "вы",  "они",  "он", "она"};
    if (std::ranges::find(kOthers, before[k]) != std::end(kOthers)) return "";
  }
  if (cues.Contains("side_other", lower))
    return std::string(graph::prop::kWholeOther);
  if (cues.Contains("side_unc", lower))
    return std::string(graph::prop::kSideUnc);
  if (cues.Contains("side_kpa", lower))
    return std::string(graph::prop::kSideKpaCpv);
  return std::string(graph::prop::kWholeList);
}

// "I consider Comrade LI KENONG's proposals correct": a whole list the
// writer judges right is accepted, and so is a point ("Your first point is
// quite right"), where no other stance is read; not one judged so in a
// question, a condition or a negation ("If you consider ...", "I do not
// consider ..."). Nothing when `lower` says nothing of the kind.
// "Striking the puppet army once more is correct, but do not bind yourself
// to the figure": judged right, then changed after "but", amends.
std::optional<StanceReading> JudgedRight(const CueTable& cues,
                                         std::string_view lower) {
  size_t but = lower.find(", but ");
  std::string_view judged = lower.substr(0, but);
  if (cues.Contains("judged_open", judged)) return std::nullopt;
  // "Your first point is quite right", "The 90 days ... suit us".
  bool point_right = cues.Contains("judged_point_right", judged);
  if (!point_right && (!cues.Contains("whole_list", judged) ||
                       !cues.Contains("judged_right_verb", judged) ||
                       !cues.Contains("judged_right", judged)))
    return std::nullopt;
  StanceReading reading;
  reading.stance = but == std::string_view::npos ? "accepts" : "amends";
  return reading;
}

}  // namespace

// AnsweredNumbering's range when a sentence numbers every paragraph as
// the points it answers, its letters too.
constexpr int kEveryPoint = 999;

std::pair<int, int> PageReader::AnsweredNumbering(size_t d) const {
  // "Paras 1 through 4 below ... are numbered as in your msg": the reply's
  // own paragraph numbers are those of the points it answers; only the
  // paragraphs the sentence names, when it names a range: a paragraph after
  // them is a point of the reply's own.
  for (size_t i = body_begin_; i < body_end_; ++i) {
    if (line_doc_[i] != static_cast<int>(d) || kinds_[i] != LineKind::kText)
      continue;
    std::string lower = LowerText(lines_[i].text);
    if (!cues_.Contains("numbered_as_answered", lower)) continue;
    return ParagraphRange(lower).value_or(std::pair{1, kEveryPoint});
  }
  // "1. We agree with Comrade LI KENONG's first proposal. ... 2. On his
  // second proposal. ... 3. We see no need ...": paragraphs that open by
  // naming the point of their own number, two or more and none another,
  // number the rest as the points they answer too.
  int agree = 0, last = 0;
  for (size_t i = body_begin_; i < body_end_; ++i) {
    if (line_doc_[i] != static_cast<int>(d) ||
        (kinds_[i] != LineKind::kText && kinds_[i] != LineKind::kNumber))
      continue;
    std::string_view t = TrimView(lines_[i].text);
    std::optional<PointMarker> marker = ReadPointMarker(t);
    if (!marker || !marker->numbered || marker->named) continue;
    std::string_view first = t.substr(marker->length);
    size_t k = 0;
    while (k < first.size() && SentenceEndAt(first, k) == 0) ++k;
    first = first.substr(0, k);
    std::vector<std::string> named =
        PointsNamed(cues_, first, LowerText(first));
    if (named.size() == 1 && named[0] == std::to_string(marker->number)) {
      ++agree;
    } else if (!named.empty()) {
      return {0, -1};
    }
    last = std::max(last, marker->number);
  }
  if (agree >= 2) return {1, last};
  return {0, -1};
}

void PageReader::ReadStances(size_t d, size_t i, std::pair<int, int> answered) {
  std::string_view t = lines_[i].text;
  // A point of a list of changes ("The others are changed as follows:")
  // amends the point it names; its own words are the new text.
  if (ReadAmendingItem(d, i)) return;
  ParagraphTurns turns;
  if (auto marker = ReadPointMarker(TrimView(t));
      marker && marker->numbered && marker->number >= answered.first &&
      marker->number <= answered.second) {
    turns.line_ordinals = {std::to_string(marker->number)};
  } else if (marker && !marker->numbered && answered.second == kEveryPoint &&
             MarkerOrdinal(*marker) > 0) {
    // "answered point by point as follows:" over "a) and b) — ...
    // rejected": the letters are those of the points answered.
    std::string_view rest = TrimView(t).substr(marker->length);
    for (;;) {
      turns.line_ordinals.push_back(LowerText(marker->letter));
      std::vector<std::string_view> ws = FirstWords(rest, 2);
      if (ws.size() < 2 || (LowerText(ws[0]) != "and" && ws[0] != "и")) break;
      rest = rest.substr(static_cast<size_t>(ws[1].data() - rest.data()));
      marker = ReadPointMarker(rest);
      if (!marker || marker->numbered) break;
      rest = rest.substr(marker->length);
    }
  }
  // Stances, sentence by sentence; a part after ";" without its own points
  // speaks of the points of the part before ("...dropped; should the
  // Americans put it forward, it can be accepted").
  size_t sentence_begin = 0;
  for (size_t k = 0; k <= t.size(); ++k) {
    size_t mark = SentenceEndAt(t, k);
    if (k < t.size() && mark == 0) continue;
    std::string_view sentence = t.substr(sentence_begin, k - sentence_begin);
    sentence_begin = k + std::max<size_t>(mark, 1);
    k = sentence_begin - 1;
    turns.inherited_ordinals.clear();
    turns.inherited_topics.clear();
    size_t part_begin = 0;
    // "principles 1, 2 and 4 (cessation ...; withdrawal ...) are
    // acceptable": a semicolon inside brackets parts nothing.
    int depth = 0;
    for (size_t q = 0; q <= sentence.size(); ++q) {
      if (q < sentence.size() && (sentence[q] == '(' || sentence[q] == '['))
        ++depth;
      if (q < sentence.size() && (sentence[q] == ')' || sentence[q] == ']') &&
          depth > 0)
        --depth;
      size_t cut = q == sentence.size() ? 1
                   : depth > 0          ? 0
                                        : SemicolonAt(sentence, q);
      if (cut == 0) continue;
      std::string_view part =
          TrimView(sentence.substr(part_begin, q - part_begin));
      part_begin = q + cut;
      q = part_begin - 1;
      // The mark closing a quoted telegram is not the writer's words.
      if (std::string_view mark = ClosingQuoteMark(part); !mark.empty()) {
        part = TrimView(part.substr(0, part.rfind(mark)));
      }
      // "... we propose to put forward the following points:" opens the
      // document's own proposal, never a stance on it; but in "Our point 4
      // replaces their point 4: "For ninety days ...:"" the words before
      // the counterproposal's quoted point take one (ReadStancePart).
      const size_t part_at = Offset(part);
      const bool holds_counter =
          std::ranges::any_of(counter_points_, [&](const Span& c) {
            return c.start > part_at && c.start < part_at + part.size();
          });
      // "We propose to replace the American text of 13 c with the
      // following wording:" names the point it replaces: a position.
      if (part.empty() ||
          ((part.back() == ':' || part.ends_with("：")) && !holds_counter &&
           !(cues_.Contains("replacing_lead", LowerText(part)) &&
             !PointsNamed(cues_, part, LowerText(part)).empty())))
        continue;
      // "our side accepts the enemy's first and second points and rejects
      // his third point": two positions, each on its own points.
      // (Not inside a point's words set off by dashes.)
      const std::string plain = BlankPointAside(cues_, std::string(part));
      if (auto [join, second] = SecondPosition(plain, LineLang(i));
          second != std::string_view::npos) {
        ReadStancePart(d, i, TrimView(part.substr(0, join)), turns);
        part = part.substr(second);
      }
      ReadStancePart(d, i, part, turns);
    }
  }
}

void PageReader::ReadStancePart(size_t d, size_t i, std::string_view part,
                                ParagraphTurns& turns) {
  DocDraft& doc = docs_[d];
  // "(7) ... both sides agree to invite ...": the words of a point another
  // put forward, reported, are his (a part mostly inside it).
  size_t part_at = Offset(part);
  if (MostlyInside(reported_points_, part_at, part.size())) return;
  // "Our para 3 reads: "Both sides agree that ..."": the words of the
  // writer's own point take no position; the words before them may
  // ("Our point 4 replaces Commie point 4:").
  for (const Span& c : counter_points_) {
    if (c.end <= part_at || c.start >= part_at + part.size()) continue;
    // "(2) as in the text of the other side." Sub-point (2) of their point
    // 4 is thus accepted.": the words after the quoted point, when none
    // of the writer's stand before it.
    std::string_view after;
    if (c.end < part_at + part.size()) {
      after = part.substr(c.end - part_at);
      for (bool again = true; again;) {
        again = false;
        for (std::string_view mark : {"\"", "”", "»", ".", ")", " "}) {
          if (!after.starts_with(mark)) continue;
          after.remove_prefix(mark.size());
          again = true;
        }
      }
    }
    std::string_view before = c.start <= part_at
                                  ? std::string_view()
                                  : TrimView(part.substr(0, c.start - part_at));
    for (std::string_view mark : {"\"", "“", "«"}) {
      if (before.ends_with(mark))
        before = TrimView(before.substr(0, before.size() - mark.size()));
    }
    if (Words(before).size() < 2) before = {};
    part = !before.empty() ? before : after;
    if (part.empty()) return;
    part_at = Offset(part);
  }
  // The editors' words in brackets ("[the sixth point of the Chinese
  // draft ...—ed.]") are blank to the reading: of the same length, so the
  // offsets hold.
  const std::string unedited = BlankEditorsBrackets(part);
  std::string pl = LowerText(unedited);
  // What a point says, set off by dashes, blank too (BlankPointAside).
  const std::string judged = BlankPointAside(cues_, unedited);
  std::optional<StanceReading> reading =
      ReadStance(judged, LineLang(i), stance_cues_, cues_);
  // "he agrees" in a report of what its own side's people said is the
  // position the report conveys, as "MAO ZEDONG agrees" would be.
  if (reading && reading->holder == "other" &&
      OwnSidePronoun(
          gazetteer_, lines_[i].text, part, reading->holder_at,
          docs_[d].authors.empty() ? docs_[0].authors : docs_[d].authors))
    reading->holder = "writer";
  // A line's own marker in brackets ("(2) Within 3 days ...") names no
  // point it answers; a number opening the line as a sentence's subject
  // does ("(3) is acceptable ...", "(1) and (2) are acceptable").
  std::string_view named_in = part;
  if (part_at == lines_[i].trim_start)
    if (auto m = ReadPointMarker(part); m && m->parenthesized) {
      static constexpr std::string_view kSubjectOf[] = {
          "is",  "are",    "and",  "or",     "was",   "were", "can",
          "may", "cannot", "must", "should", "would", "will"};
      std::vector<std::string_view> next =
          FirstWords(part.substr(m->length), 1);
      if (next.empty() || std::ranges::find(kSubjectOf, LowerText(StripTrailing(
                                                            next[0], ","))) ==
                              std::end(kSubjectOf))
        named_in = part.substr(m->length);
    }
  // `named_in` ends where `part` does: its words less the editors'.
  const std::string_view named_own = std::string_view(unedited).substr(
      static_cast<size_t>(named_in.data() - part.data()));
  std::vector<std::string> ordinals =
      PointsNamed(cues_, named_own, LowerText(named_own), &turns.line_cited);
  // "... first and third proposals. The second I have changed": an ordinal
  // with its noun left out is another of the points the paragraph named.
  if (ordinals.empty() && !turns.named_ordinals.empty())
    if (std::string o = ElidedPoint(named_own);
        !o.empty() && std::ranges::count(turns.named_ordinals, o) == 0)
      ordinals = {o};
  // "In point 4 we do not object to sub-points (1) and (2): ... Sub-point
  // (3) should be rejected": a sub-point named alone is inside the point
  // the paragraph named it in before.
  if (std::vector<std::string_view> first = FirstWords(named_in, 2);
      !turns.sub_parent.empty() && first.size() == 2 &&
      LowerText(first[0]).starts_with("sub") && ordinals.size() == 1 &&
      BracketedNumber(first[1]) == ordinals[0])
    ordinals[0] = turns.sub_parent + "(" + ordinals[0] + ")";
  for (const std::string& o : ordinals)
    if (size_t open = o.find('('); open != std::string::npos && open > 0)
      turns.sub_parent = o.substr(0, open);
  // The sentence opens on the one point it names ("Para 4 we shall not
  // pursue", "Para 11 adds nothing para 10 does not cover").
  auto opens_on = [&](const std::string& ordinal) {
    std::vector<std::string_view> opening = FirstWords(named_own, 3);
    if (opening.size() < 3) return false;
    std::string_view two = named_own.substr(
        0, static_cast<size_t>(opening[1].data() + opening[1].size() -
                               named_own.data()));
    std::string third = LowerText(opening[2]);
    return PointsNamed(cues_, two, LowerText(two)) ==
               std::vector<std::string>{ordinal} &&
           !two.ends_with(",") && third != "and" && third != "to" &&
           third != "through" && third != "и" && !third.starts_with("-");
  };
  // "... subparas c and d, para 1, Part 4 of ref B ... Subpara c, however,
  // provides ...": the paragraph goes on about the cited text's points;
  // not one that opens on its point ("(see part 3, para 4 below). Para 4
  // we shall not pursue").
  if (!ordinals.empty() &&
      std::ranges::all_of(ordinals,
                          [&](const std::string& o) {
                            return std::ranges::count(turns.line_cited, o) > 0;
                          }) &&
      !(ordinals.size() == 1 && opens_on(ordinals[0])))
    return;
  // "Re sub-para (1) of Commie draft." names the point the line's later
  // sentences take their stance on; so does one that reports another's
  // ("On their point 1, said we were glad Communists had at last given up
  // Panmunjom as site. New Delhi acceptable ... provided ...").
  // Only a point named as the other's: "On the fourth point the enemy
  // holds to ..." in a report names the agenda's item.
  bool opens_on_point = false;
  for (std::string_view opener : {"on ", "re ", "as to ", "as for "})
    for (std::string_view owner : {"their ", "your "})
      opens_on_point =
          opens_on_point ||
          (pl.starts_with(opener) &&
           std::string_view(pl).substr(opener.size()).starts_with(owner));
  // So does a third party's position on the point of a message ("The
  // Communists then pressed the second point of that msg ... I will not
  // accept it").
  const bool of_message = cues_.Contains("point_of_message", pl);
  // So does a hypothetical on the addressee's point ("To take up his figure
  // now, as you suggest in your first point, would mean ... We cannot agree
  // to it").
  bool yours = false;
  for (size_t at = pl.find("your "); at != std::string::npos && !yours;
       at = pl.find("your ", at + 1)) {
    std::vector<std::string_view> next =
        FirstWords(std::string_view(pl).substr(at + 5), 2);
    bool adjective = false;
    yours = !next.empty() &&
            ((!OrdinalWord(next[0], &adjective).empty() && adjective) ||
             cues_.Contains("point_word", next[0]));
  }
  if ((!reading || reading->stance.empty() ||
       (reading->holder == "other" &&
        (opens_on_point || of_message || yours))) &&
      !ordinals.empty()) {
    turns.line_ordinals = ordinals;
    // "Para 11 adds nothing para 10 does not already cover. We would
    // prefer that it be dropped": the point the sentence opens on is the
    // one it speaks of.
    if (ordinals.size() > 1 && opens_on(ordinals[0]))
      turns.line_ordinals = {ordinals[0]};
  }
  if (!reading) reading = JudgedRight(cues_, LowerText(judged));
  // A third party's position ("the Americans reject ...") is reported, not
  // taken.
  if (!reading || reading->holder == "other" || reading->stance.empty()) return;
  // "Vyshinsky turned down the Indian draft in its entirety": one of the
  // other side named right before the verb holds the stance; a report
  // tells of it. (A record of a conversation gives its speakers' words.)
  if (NamedThirdPartyBefore(unedited, reading->start, d)) return;
  const std::string& stance = reading->stance;
  // "Point «а» should be held to firmly: the Americans will not break off
  // the talks over it": the reason after a colon is not what a position on
  // a point named before it is on ("On part 4: you may ... accept" names
  // none).
  std::string_view before_colon = part.substr(0, part.find(':'));
  bool named_before =
      before_colon.size() < part.size() &&
      !PointsNamed(cues_, before_colon, LowerText(before_colon)).empty();
  // "We agree with the third point on condition that the question of ...":
  // what the condition speaks of is not what the point named is on.
  // "Both of the enemy's points must be firmly rejected: a zone to the
  // north of the front line would mean ...": nor is the reason given for a
  // position on a whole list.
  bool whole_before = before_colon.size() < part.size() &&
                      cues_.Contains("whole_list", LowerText(before_colon));
  // "We agree with your first proposal: the nomination ... may be withdrawn
  // if the Americans give up ...": a condition after the colon is the
  // point's own words restated; the position is what stands before it.
  if (named_before && reading->conditional &&
      reading->condition_start >= before_colon.size())
    if (auto plain = ReadStance(unedited.substr(0, before_colon.size()),
                                LineLang(i), stance_cues_, cues_);
        plain && !plain->stance.empty() && plain->holder != "other")
      reading = plain;
  std::string_view own = named_before || whole_before ? before_colon : part;
  if (!ordinals.empty() && reading->conditional &&
      reading->condition_start > 0 && reading->condition_start < own.size())
    own = own.substr(0, reading->condition_start);
  // `own` starts where `part` does: its words less the editors'.
  std::vector<std::string> topics =
      topics_.Classify(std::string_view(unedited).substr(0, own.size()));
  if (ordinals.empty() && topics.empty()) {
    ordinals = turns.inherited_ordinals;
    topics = turns.inherited_topics;
  }
  if (ordinals.empty()) ordinals = turns.line_ordinals;
  // "Para 5 is unacceptable. ... You should not agree to any formula that
  // leaves their final disposition to the political conference.": the
  // paragraph goes on about the points it named, as long as its position
  // is the same.
  if (ordinals.empty() && stance == turns.named_stance)
    ordinals = turns.named_ordinals;
  // A figure in place of a refused point may name nothing else.
  bool counter = stance == "insists" && !turns.rejected.empty();
  // "acceptable as a whole, except for one addition to point 3": the whole
  // list but the points excepted.
  WholeException exception = ExceptedPoints(cues_, part);
  // "We have studied all the points, but point 3 is unacceptable": a
  // position only the exception states is on the points it names; not
  // one whose verb the whole and the exception share ("All paragraphs but
  // 17 may be accepted").
  if (!exception.points.empty() && !exception.bare &&
      reading->start >= exception.start)
    exception = {};
  if (!exception.points.empty()) {
    ordinals.clear();
    topics.clear();
  }
  // "I consider Comrade LI KENONG's proposals correct": the whole list;
  // "We consider your position in the armistice negotiations to be
  // entirely correct" too, not the topic named after it.
  std::string whole;
  const bool on_whole_position = cues_.Contains("whole_position", pl) &&
                                 !cues_.Contains("whole_position_on", pl);
  // "The five replies ... are accepted here as a whole as the working
  // basis": a list taken whole, whatever topic its words carry.
  const bool taken_whole =
      cues_.Contains("whole_entire", pl) && cues_.Contains("whole_list", pl);
  if (ordinals.empty() && !counter &&
      (topics.empty() || on_whole_position || taken_whole)) {
    whole = WholeListNamed(cues_, pl, *reading);
    if (!whole.empty()) topics.clear();
    if (topics.empty() && whole.empty() && exception.points.empty()) return;
  }
  if (!ordinals.empty()) {
    turns.named_stance = stance;
    turns.named_ordinals = ordinals;
  }
  turns.inherited_ordinals = ordinals;
  turns.inherited_topics = topics;
  graph::StanceClaim st;
  st.stance = stance;
  // "We support your line of insisting": the writer supports a stance the
  // addressee holds.
  st.supported_stance = reading->supported_stance;
  st.negated = reading->negated;
  st.conditional = reading->conditional;
  if (!ordinals.empty() || whole == graph::prop::kWholeList) {
    st.points_of =
        OwnersBesidePointWords(cues_, doc, pl, part_at, PersonsIn(part));
    // "RIDGWAY's first point ... we have turned down. His second point
    // ... we accept": "his" points are those of the owner named before.
    if (st.points_of.empty() && HisPointNamed(cues_, pl))
      st.points_of = turns.points_of;
    if (!st.points_of.empty()) turns.points_of = st.points_of;
  }
  st.whole = whole;
  st.except = exception.points;
  if (!whole.empty() && cues_.Contains("whole_both", pl)) st.whole_count = 2;
  st.ordinals = std::move(ordinals);
  st.topics = std::move(topics);
  st.partial = cues_.Contains("partial", pl);
  ReadTurn(turns, st, part, LineLang(i), doc.stances);
  bool on_nothing =
      st.ordinals.empty() && st.topics.empty() && st.whole.empty();
  if (on_nothing && exception.points.empty()) return;
  Evidence at = Ev(part_at, part_at + part.size());
  st.start = at.start;
  st.end = at.end;
  st.quote = std::string(part);
  st.lang = LineLang(i);
  if (!on_nothing) doc.stances.Append(st.ToValue());
  if (!exception.points.empty())
    ReadExceptedPoints(d, i, part, exception, reading->start, st.points_of);
}

void PageReader::ReadReplies(size_t d) {
  std::pair<int, int> answered = AnsweredNumbering(d);
  for (size_t i = body_begin_; i < body_end_; ++i) {
    if (line_doc_[i] != static_cast<int>(d) ||
        (kinds_[i] != LineKind::kText && kinds_[i] != LineKind::kNumber)) {
      continue;
    }
    // A proposal another read out at the table, quoted in the report, is
    // his text: it takes no stance and cites nothing of the writer's.
    // The addressee's points as the writer restates them are the writer's
    // summary, an agreement quoted the sides': no position of either's.
    if (int r = line_region_[i];
        r >= 0 && (regions_[r].read_by || regions_[r].tabled ||
                   regions_[r].restated || regions_[r].agreed))
      continue;
    ReadReferences(d, i);
    ReadStances(d, i, answered);
  }
}

}  // namespace parley::importers::detail
