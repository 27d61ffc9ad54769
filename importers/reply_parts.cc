// Stage: positions that part a sentence or a list (the replies stage reads
// the rest in replies.cc): an item of a list of changes, a second position
// joined by "and", the points a position on a whole list leaves out,
// positions a report tells of another named as their subject, and how a
// claim turns one the paragraph made before (ReadTurn).
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "graph/props.h"
#include "importers/clause_terms.h"
#include "importers/detail/line_words.h"
#include "importers/detail/page_reader.h"
#include "importers/detail/point_names.h"
#include "importers/detail/sides.h"
#include "importers/stance_reader.h"

namespace parley::importers::detail {

bool PageReader::NamedThirdPartyBefore(std::string_view clause,
                                       size_t cue_start, size_t d) const {
  if (docs_[d].type == "record of conversation" ||
      docs_[d].type == "memorandum")
    return false;
  std::string_view before =
      clause.substr(0, std::min(cue_start, clause.size()));
  // "Lee Sang Cho, with Hsieh Fang speaking in support, tabled": past an
  // aside set off by commas.
  if (std::string_view t = TrimView(before); t.ends_with(',')) {
    size_t open = t.rfind(',', t.size() - 2);
    if (open != std::string_view::npos && Words(t.substr(open + 1)).size() <= 6)
      before = t.substr(0, open);
  }
  const Mention* last = nullptr;
  std::vector<Mention> mentions = gazetteer_.FindMentions(before, 0);
  for (const Mention& m : mentions)
    if (m.entry->kind == NodeKind::kPerson) last = &m;
  // The name right before the verb, an adverb at most between ("Nam Il
  // flatly rejected").
  if (last == nullptr || Words(before.substr(last->end)).size() > 1)
    return false;
  // Of the other side: the writer's own side's words ("KIM IL SUNG agrees
  // that ..." in Razuvaev's report) are what the report conveys.
  return SideAgainst(gazetteer_, *last->entry,
                     docs_[d].authors.empty() ? docs_[0].authors
                                              : docs_[d].authors) < 0;
}

bool PageReader::ReadAmendingItem(size_t d, size_t i) {
  std::string_view t = TrimView(lines_[i].text);
  std::optional<PointMarker> marker = MarkerOf(t);
  if (!marker) return false;
  // The list's introduction: the text line before its first point.
  size_t intro = i;
  while (intro > body_begin_ && (lines_[intro - 1].blank() ||
                                 MarkerOf(TrimView(lines_[intro - 1].text))))
    --intro;
  if (intro == body_begin_ || line_doc_[intro - 1] != static_cast<int>(d))
    return false;
  std::string_view lead = TrimView(lines_[intro - 1].text);
  if (lead.empty() || lead.back() != ':' ||
      !cues_.Contains("amending_list", LowerText(LastSentence(lead))))
    return false;
  // "(a) Para 2. Only the non-Korean POWs ...": the point it changes is
  // named first.
  std::string_view item = TrimView(t.substr(marker->length));
  size_t stop = item.find(". ");
  std::string_view head = item.substr(0, std::min(item.size(), stop));
  std::vector<std::string> ordinals = PointsNamed(cues_, head, LowerText(head));
  if (ordinals.empty()) return false;
  graph::StanceClaim st;
  // "Para 6. Deleted, and replaced by: ...": the point goes.
  std::string rest = LowerText(item.substr(head.size()).substr(0, 40));
  st.stance = cues_.Contains("deleting", rest) ? "rejects" : "amends";
  st.ordinals = std::move(ordinals);
  Evidence at = Ev(Offset(item), Offset(item) + item.size());
  st.start = at.start;
  st.end = at.end;
  st.quote = std::string(item);
  st.lang = LineLang(i);
  docs_[d].stances.Append(st.ToValue());
  return true;
}

std::pair<size_t, size_t> PageReader::SecondPosition(
    std::string_view part, std::string_view lang) const {
  for (std::string_view join : {" and ", " и "}) {
    for (size_t k = part.find(join); k != std::string_view::npos;
         k = part.find(join, k + 1)) {
      std::string_view before = part.substr(0, k);
      std::string_view after = part.substr(k + join.size());
      std::optional<StanceReading> first =
          ReadStance(before, lang, stance_cues_, cues_);
      std::optional<StanceReading> second =
          ReadStance(after, lang, stance_cues_, cues_);
      // The second verb opens the words after "and", or what a verb that
      // opens them asks for ("... and proposed that paras 1, 3, 4 and 5
      // be amended"), and takes another position than the first; a third
      // party's two, or two after a turn ("the Americans will not object to
      // points 1, 2 and 5, but will press for ... and object to points 6
      // and 8"), stay together with their subject.
      if (!first || !second || first->stance.empty() ||
          second->stance.empty() || first->stance == second->stance ||
          (second->start > 0 &&
           !cues_.Opens("asking_that", LowerText(after))) ||
          first->holder != "writer" ||
          cues_.Contains("contrast", LowerText(before)))
        continue;
      if (PointsNamed(cues_, before, LowerText(before)).empty() ||
          PointsNamed(cues_, after, LowerText(after)).empty())
        continue;
      return {k, k + join.size()};
    }
  }
  return {std::string_view::npos, std::string_view::npos};
}

void PageReader::ReadExceptedPoints(size_t d, size_t i, std::string_view part,
                                    const WholeException& exception,
                                    size_t whole_cue,
                                    const std::vector<NodeId>& points_of) {
  std::string_view said =
      part.substr(exception.start, exception.end - exception.start);
  std::optional<StanceReading> excepted;
  if (exception.start > whole_cue)
    excepted = ReadStance(said, LineLang(i), stance_cues_, cues_);
  if (excepted && (excepted->holder == "other" || excepted->stance.empty()))
    excepted.reset();
  if (!excepted && !exception.changed) return;
  graph::StanceClaim changed;
  changed.stance = excepted ? excepted->stance : "amends";
  changed.negated = excepted && excepted->negated;
  changed.conditional = excepted && excepted->conditional;
  changed.ordinals = exception.points;
  changed.points_of = points_of;
  Evidence at = Ev(Offset(said), Offset(said) + said.size());
  changed.start = at.start;
  changed.end = at.end;
  changed.quote = std::string(said);
  changed.lang = LineLang(i);
  docs_[d].stances.Append(changed.ToValue());
}

void PageReader::ReadTurn(ParagraphTurns& turns, graph::StanceClaim& st,
                          std::string_view part, std::string_view lang,
                          Value& stances) {
  auto amend = [&](size_t earlier) {
    st.stance = "amends";
    stances.as_array()[earlier][graph::prop::kStance] = "amends";
  };
  // "The 5-day limit may be accepted. You should not, however, agree to a
  // withdrawal from all coastal islands": accepted with a change.
  if (auto earlier = turns.accepted.find(st.ordinals);
      earlier != turns.accepted.end() && st.stance == "rejects" &&
      cues_.Contains("contrast", LowerText(part))) {
    amend(earlier->second);
    turns.accepted.erase(earlier);
  }
  // "Para 4a. I concur ... Suggest para 4a be changed to read": amended.
  if (auto earlier = turns.accepted.find(st.ordinals);
      earlier != turns.accepted.end() && st.stance == "amends" &&
      !st.ordinals.empty()) {
    amend(earlier->second);
    turns.accepted.erase(earlier);
  }
  // "3. The breaking up of the PW ... is approved. The movement ... may go
  // ahead, provided that ...": accepted under the condition that follows.
  // Not a new case a sentence opens on ("Should the Americans hold to
  // their sentence ..., you may agree to it, provided ...").
  auto opens_on_case = [&] {
    const std::string lower_text = LowerText(part);
    std::string_view lower = lower_text;
    for (std::string_view turn : {"but ", "however, ", "но ", "однако "})
      if (lower.starts_with(turn)) lower.remove_prefix(turn.size());
    for (std::string_view opener :
         {"should ", "if ", "in case ", "in the event ", "если ", "в случае "})
      if (lower.starts_with(opener)) return true;
    return false;
  };
  if (auto earlier = turns.accepted.find(st.ordinals);
      earlier != turns.accepted.end() && st.stance == "conditional" &&
      !st.ordinals.empty() && !opens_on_case()) {
    stances.as_array()[earlier->second][graph::prop::kStance] = "conditional";
    turns.accepted.erase(earlier);
  }
  // "The second point is correct. You must stand firm on the 38th parallel
  // ... and not give way": judged right, then held to, is insisted on.
  if (auto earlier = turns.accepted.find(st.ordinals);
      earlier != turns.accepted.end() && st.stance == "insists" &&
      !st.negated && !st.ordinals.empty() &&
      !cues_.Contains("contrast", LowerText(part))) {
    stances.as_array()[earlier->second][graph::prop::kStance] = "insists";
    turns.accepted.erase(earlier);
  }
  // "Para 3: six months is wholly unacceptable. You should hold to a period
  // of 60 days": refused, with a figure of the writer's in its place.
  if (!turns.rejected.empty() && st.ordinals.empty() &&
      st.stance == "insists") {
    Value terms = ExtractTerms(part, std::string(lang));
    if (terms.Get(graph::prop::kDurations) != nullptr ||
        terms.Get(graph::prop::kDistances) != nullptr) {
      st.ordinals = turns.rejected.rbegin()->first;
      amend(turns.rejected.rbegin()->second);
      turns.rejected.clear();
    }
  }
  // "Proposing Panmunjom ... is inadvisable ... The time of convening,
  // within one month, is acceptable.": one part refused, another taken.
  if (auto earlier = turns.rejected.find(st.ordinals);
      earlier != turns.rejected.end() && st.stance == "accepts" &&
      !st.ordinals.empty()) {
    amend(earlier->second);
    turns.rejected.clear();
    return;
  }
  size_t at = stances.as_array().size();
  if (st.ordinals.empty()) return;
  if (st.stance == "accepts") turns.accepted[st.ordinals] = at;
  if (st.stance == "rejects") turns.rejected = {{st.ordinals, at}};
}

}  // namespace parley::importers::detail
