// Stage: the stances a reply takes on the points of earlier documents, its
// sentences parted into the positions each reads (stance_part.cc; the
// documents it cites are read in reply_references.cc).
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "importers/detail/line_words.h"
#include "importers/detail/page_reader.h"
#include "importers/detail/point_names.h"
#include "importers/detail/reply_text.h"
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
