// Stage: the position one part of a reply's sentence takes, and the points
// it is on (the sentences are parted in replies.cc).
#include <algorithm>
#include <optional>
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

namespace parley::importers::detail {

namespace {

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

// The words of `part` (at `part_at`) a position is read in, where it holds
// one of the writer's own quoted points (`counter_points`: "Our para 3
// reads: "Both sides agree that ..."", whose words take no position): the
// words before the point ("Our point 4 replaces Commie point 4:"), else
// those after it ("(2) as in the text of the other side." Sub-point (2) of
// their point 4 is thus accepted."); empty when neither has any.
std::string_view BesideCounterPoints(std::string_view part, size_t part_at,
                                     const std::vector<Span>& counter_points) {
  for (const Span& c : counter_points) {
    if (c.end <= part_at || c.start >= part_at + part.size()) continue;
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
    const std::string_view kept = !before.empty() ? before : after;
    if (kept.empty()) return {};
    part_at += static_cast<size_t>(kept.data() - part.data());
    part = kept;
  }
  return part;
}

// Where `part` may name the points it answers: all of it, but for a line's
// own marker in brackets that opens it ("(2) Within 3 days ..."), when
// `opens_line`. A number opening the line as a sentence's subject names a
// point ("(3) is acceptable ...", "(1) and (2) are acceptable").
std::string_view WherePointsNamed(std::string_view part, bool opens_line) {
  if (!opens_line) return part;
  std::optional<PointMarker> m = ReadPointMarker(part);
  if (!m || !m->parenthesized) return part;
  static constexpr std::string_view kSubjectOf[] = {
      "is",  "are",    "and",  "or",     "was",   "were", "can",
      "may", "cannot", "must", "should", "would", "will"};
  std::vector<std::string_view> next = FirstWords(part.substr(m->length), 1);
  if (!next.empty() &&
      std::ranges::find(kSubjectOf, LowerText(StripTrailing(next[0], ","))) !=
          std::end(kSubjectOf))
    return part;
  return part.substr(m->length);
}

// The points `named` (the words `named_in` starts, less the editors')
// names, with what the paragraph named before (`named_before`, and
// `sub_parent`, the point whose sub-points it named last, which this
// updates): an ordinal whose noun is left out ("... first and third
// proposals. The second I have changed") and a sub-point named alone ("In
// point 4 we do not object to sub-points (1) and (2): ... Sub-point (3)
// should be rejected"). `cited` gets the points of texts only cited.
std::vector<std::string> PointsOfPart(
    const CueTable& cues, std::string_view named_in, std::string_view named,
    const std::vector<std::string>& named_before, std::string* sub_parent,
    std::vector<std::string>* cited) {
  std::vector<std::string> ordinals =
      PointsNamed(cues, named, LowerText(named), cited);
  if (ordinals.empty() && !named_before.empty())
    if (std::string o = ElidedPoint(named);
        !o.empty() && std::ranges::count(named_before, o) == 0)
      ordinals = {o};
  if (std::vector<std::string_view> first = FirstWords(named_in, 2);
      !sub_parent->empty() && first.size() == 2 &&
      LowerText(first[0]).starts_with("sub") && ordinals.size() == 1 &&
      BracketedNumber(first[1]) == ordinals[0])
    ordinals[0] = *sub_parent + "(" + ordinals[0] + ")";
  for (const std::string& o : ordinals)
    if (size_t open = o.find('('); open != std::string::npos && open > 0)
      *sub_parent = o.substr(0, open);
  return ordinals;
}

// Whether the sentence `named` opens on the one point `ordinal` ("Para 4 we
// shall not pursue", "Para 11 adds nothing para 10 does not cover").
bool OpensOn(const CueTable& cues, std::string_view named,
             const std::string& ordinal) {
  std::vector<std::string_view> opening = FirstWords(named, 3);
  if (opening.size() < 3) return false;
  std::string_view two =
      named.substr(0, static_cast<size_t>(opening[1].data() +
                                          opening[1].size() - named.data()));
  std::string third = LowerText(opening[2]);
  return PointsNamed(cues, two, LowerText(two)) ==
             std::vector<std::string>{ordinal} &&
         !two.ends_with(",") && third != "and" && third != "to" &&
         third != "through" && third != "и" && !third.starts_with("-");
}

// Whether a sentence (`lower`) whose position is another's, or none, names
// a point for the line's later sentences to take their stance on: one of
// the other side's it opens on ("On their point 1, said we were glad ...";
// not "On the fourth point the enemy holds to ...", the agenda's item), the
// point of a message a third party pressed ("The Communists then pressed
// the second point of that msg ... I will not accept it"), or the
// addressee's point a hypothetical names ("To take up his figure now, as
// you suggest in your first point, would mean ... We cannot agree to it").
bool NamesPointForLine(const CueTable& cues, std::string_view lower) {
  for (std::string_view opener : {"on ", "re ", "as to ", "as for "})
    for (std::string_view owner : {"their ", "your "})
      if (lower.starts_with(opener) &&
          lower.substr(opener.size()).starts_with(owner))
        return true;
  if (cues.Contains("point_of_message", lower)) return true;
  for (size_t at = lower.find("your "); at != std::string_view::npos;
       at = lower.find("your ", at + 1)) {
    std::vector<std::string_view> next = FirstWords(lower.substr(at + 5), 2);
    bool adjective = false;
    if (!next.empty() &&
        ((!OrdinalWord(next[0], &adjective).empty() && adjective) ||
         cues.Contains("point_word", next[0])))
      return true;
  }
  return false;
}

}  // namespace

namespace {

// The words of `part` (`unedited`: the same, the editors' brackets blank) a
// position `reading` on points is about; it may read the position anew.
// Not the reason after a colon ("Point «а» should be held to firmly: the
// Americans will not break off the talks over it"; "On part 4: you may ...
// accept" names no point before it), nor what a condition speaks of ("We
// agree with the third point on condition that the question of ..."), nor
// the reason for a position on a whole list ("Both of the enemy's points
// must be firmly rejected: a zone to the north ... would mean ..."). A
// condition after the colon is the point's own words restated: the
// position is what stands before it ("We agree with your first proposal:
// the nomination ... may be withdrawn if the Americans give up ...").
std::string_view PositionWords(const CueTable& cues,
                               const StanceCues& stance_cues,
                               std::string_view lang, std::string_view part,
                               const std::string& unedited, bool on_points,
                               StanceReading* reading) {
  std::string_view before_colon = part.substr(0, part.find(':'));
  const bool colon = before_colon.size() < part.size();
  const bool named_before =
      colon &&
      !PointsNamed(cues, before_colon, LowerText(before_colon)).empty();
  const bool whole_before =
      colon && cues.Contains("whole_list", LowerText(before_colon));
  if (named_before && reading->conditional &&
      reading->condition_start >= before_colon.size())
    if (auto plain = ReadStance(unedited.substr(0, before_colon.size()), lang,
                                stance_cues, cues);
        plain && !plain->stance.empty() && plain->holder != "other")
      *reading = *plain;
  std::string_view own = named_before || whole_before ? before_colon : part;
  if (on_points && reading->conditional && reading->condition_start > 0 &&
      reading->condition_start < own.size())
    own = own.substr(0, reading->condition_start);
  return own;
}

}  // namespace

void PageReader::ReadStancePart(size_t d, size_t i, std::string_view part,
                                ParagraphTurns& turns) {
  DocDraft& doc = docs_[d];
  // "(7) ... both sides agree to invite ...": the words of a point another
  // put forward, reported, are his (a part mostly inside it).
  if (MostlyInside(reported_points_, Offset(part), part.size())) return;
  part = BesideCounterPoints(part, Offset(part), counter_points_);
  if (part.empty()) return;
  const size_t part_at = Offset(part);
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
  std::string_view named_in =
      WherePointsNamed(part, part_at == lines_[i].trim_start);
  // `named_in` ends where `part` does: its words less the editors'.
  const std::string_view named_own = std::string_view(unedited).substr(
      static_cast<size_t>(named_in.data() - part.data()));
  std::vector<std::string> ordinals =
      PointsOfPart(cues_, named_in, named_own, turns.named_ordinals,
                   &turns.sub_parent, &turns.line_cited);
  // "... subparas c and d, para 1, Part 4 of ref B ... Subpara c, however,
  // provides ...": the paragraph goes on about the cited text's points;
  // not one that opens on its point ("(see part 3, para 4 below). Para 4
  // we shall not pursue").
  if (!ordinals.empty() &&
      std::ranges::all_of(ordinals,
                          [&](const std::string& o) {
                            return std::ranges::count(turns.line_cited, o) > 0;
                          }) &&
      !(ordinals.size() == 1 && OpensOn(cues_, named_own, ordinals[0])))
    return;
  // "Re sub-para (1) of Commie draft." names the point the line's later
  // sentences take their stance on, as does a sentence whose position is
  // another's and NamesPointForLine.
  if ((!reading || reading->stance.empty() ||
       (reading->holder == "other" && NamesPointForLine(cues_, pl))) &&
      !ordinals.empty()) {
    turns.line_ordinals = ordinals;
    // "Para 11 adds nothing para 10 does not already cover. We would
    // prefer that it be dropped": the point the sentence opens on is the
    // one it speaks of.
    if (ordinals.size() > 1 && OpensOn(cues_, named_own, ordinals[0]))
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
  // "As regards para 5, I am prepared to ..., but only if the Communists
  // accept the time limit of para 1": a point the condition names is what
  // it asks for, not what the position is on.
  if (const size_t named_at =
          static_cast<size_t>(named_in.data() - part.data());
      reading->conditional && ordinals.size() > 1 &&
      reading->condition_start > named_at) {
    std::string_view before =
        named_own.substr(0, reading->condition_start - named_at);
    if (std::vector<std::string> kept =
            PointsNamed(cues_, before, LowerText(before));
        !kept.empty())
      ordinals = std::move(kept);
  }
  std::string_view own = PositionWords(cues_, stance_cues_, LineLang(i), part,
                                       unedited, !ordinals.empty(), &*reading);
  const std::string& stance = reading->stance;
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

}  // namespace parley::importers::detail
