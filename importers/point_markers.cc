// Stage: the markers that open points ("1. ", "2) ", "(a) ", "Пункт 4. ",
// "一、"), the points a document's lines mark in one language (numbered
// points with the letters under them, in printed order), lists run into a
// paragraph, and whether a report leads into a list of its own.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "importers/detail/page_reader.h"
#include "importers/stance_reader.h"

namespace parley::importers::detail {

namespace {

// Bytes of the longest line a printed page wraps (the CWIHP Bulletin's run
// to about 100); a longer line is a paragraph of its own.
constexpr size_t kLongestWrappedLine = 120;
// How far up ContinuesPoint looks for the point a paragraph opens with.
constexpr size_t kMaxContinuationLines = 40;

// Whether numbered points of another style than `marker`'s come before
// ("1." ... "6." before "(1)").
bool OtherStyleBefore(const std::vector<Point>& all,
                      const PointMarker& marker) {
  return std::any_of(all.begin(), all.end(), [&](const Point& q) {
    return q.parent < 0 && !q.ordinal.empty() &&
           std::isdigit(static_cast<unsigned char>(q.ordinal[0])) &&
           (q.parenthesized != marker.parenthesized || q.close != marker.close);
  });
}

// Bytes at the start of `t` before a point's marker: an open quote, and
// cable-ese "Quote" ("“Quote (1) Within two months ...") or the editors'
// cut ('"[...] 1. In accordance with ...').
size_t OpenerLength(std::string_view t) {
  size_t skip = IsOpenQuote(t) ? OpenQuoteLength(t) : 0;
  for (std::string_view opener :
       {"Quote ", "Begin quote ", "Begin text ", "[...] ", "[…] "}) {
    std::string_view rest = TrimView(t.substr(skip));
    if (StartsWithNoCase(rest, opener))
      return static_cast<size_t>(rest.data() - t.data()) + opener.size();
  }
  return skip;
}

// Whether `line` closes the quotation that holds a list ("“5.
// Recommendations ... on both sides.”" ends a quoted list whose every point
// opens with a mark; so does cable-ese "Unquote.").
bool ClosesList(std::string_view line) {
  if (ClosesQuote(line) || EndsCableQuote(line)) return true;
  return IsOpenQuote(line) &&
         !ClosingQuoteMark(line.substr(OpenQuoteLength(line))).empty();
}

// Whether `line` ends as a sentence or a lead into a list ends.
bool EndsSentence(std::string_view line) {
  line = TrimView(line);
  for (std::string_view end : {".", "!", "?", ":", ";", "\"", "”", "»"})
    if (line.ends_with(end)) return true;
  return false;
}

// A line longer than any a printer wraps, ended as a sentence ends, is a
// whole paragraph (a TEI <p>): the next line starts another.
bool WholeParagraph(std::string_view line) {
  return TrimView(line).size() > kLongestWrappedLine && EndsSentence(line);
}

bool IsCapitalLetter(const PointMarker& m) {
  return m.letter.size() == 1 &&
         std::isupper(static_cast<unsigned char>(m.letter[0]));
}

// The point `m` opens on line `line`, its text not yet read.
Point PointOf(const PointMarker& m, size_t line) {
  Point p;
  p.line = line;
  p.ordinal = m.numbered ? std::to_string(m.number) : m.letter;
  p.printed = m.printed;
  p.parenthesized = m.parenthesized;
  p.close = m.close;
  return p;
}

// The index in `all` of the last numbered point that is no sub-point, or -1.
int LastNumbered(const std::vector<Point>& all) {
  for (size_t k = all.size(); k-- > 0;) {
    if (all[k].parent < 0 &&
        std::isdigit(static_cast<unsigned char>(all[k].ordinal[0])))
      return static_cast<int>(k);
  }
  return -1;
}

// The lettered point a numbered marker is a sub-point of ("(1)" under "a."
// inside "13."): a list numbered from 1 in another style than the
// numbered points, right after the letter or after the sub-point before;
// -1 when none.
int ThirdLevelHolder(const std::vector<Point>& all, const PointMarker& m) {
  int top = LastNumbered(all);
  if (top < 0 || all.empty() || all[top].close == m.close || m.close == 0)
    return -1;
  const Point& last = all.back();
  if (last.parent < 0 ||
      std::isdigit(static_cast<unsigned char>(last.ordinal[0])))
    return -1;
  size_t open = last.ordinal.find('(');
  if (open == std::string::npos) {
    // The letter itself: its sub-points start at 1.
    return m.number == 1 ? static_cast<int>(all.size()) - 1 : -1;
  }
  // "a(1)" before "(2)": the same letter's next.
  int n = std::atoi(last.ordinal.c_str() + open + 1);
  return last.close == m.close && m.number == n + 1 ? last.parent : -1;
}

}  // namespace

// Whether `line` ends with cable-ese closing a quotation ("... made known to
// all prisoners of war. Unquote.", or "Unquote." alone on its line).
bool EndsCableQuote(std::string_view line) {
  std::string lower = LowerText(StripTrailing(TrimView(line), ".\"”» "));
  for (std::string_view closer : {"unquote", "end quote", "end text"}) {
    if (!lower.ends_with(closer)) continue;
    std::string_view before = TrimView(
        std::string_view(lower).substr(0, lower.size() - closer.size()));
    if (before.empty() || before.ends_with('.') || before.ends_with(';'))
      return true;
  }
  return false;
}

// The point marker of a line, past an opening quotation mark ("“1.
// Adoption of agenda.").
std::optional<PointMarker> MarkerOf(std::string_view t) {
  if (IsOpenQuote(t)) t = TrimView(t.substr(OpenQuoteLength(t)));
  for (std::string_view cut : {"[...] ", "[…] "}) {
    if (t.rfind(cut, 0) == 0) t = TrimView(t.substr(cut.size()));
  }
  return ReadPointMarker(t);
}

bool PageReader::ListAround(int r) const {
  // A list its text leads into ("put forward our own agenda:", "a
  // counterproposal on the following lines:"), numbered or lettered, not
  // the numbered paragraphs of a telegram.
  std::optional<PointMarker> first;
  size_t prev = 0;
  bool have_prev = false;
  for (size_t i = body_begin_; i < body_end_; ++i) {
    if (lines_[i].blank()) continue;
    bool around = line_region_[i] == regions_[r].parent_region;
    std::optional<PointMarker> m =
        around ? ReadPointMarker(lines_[i].text) : std::nullopt;
    if (m && MarkerOrdinal(*m) == 1 && have_prev &&
        line_region_[prev] == regions_[r].parent_region &&
        lines_[prev].text.back() == ':')
      first = m;
    if (m && first && m->numbered == first->numbered && MarkerOrdinal(*m) == 2)
      return true;
    prev = i;
    have_prev = true;
  }
  return false;
}

bool PageReader::QuotedAsTheyRead(size_t i) const {
  int r = line_region_[i];
  if (r < 0 || regions_[r].first != i) return false;
  size_t intro = i;
  while (intro > body_begin_ && lines_[intro - 1].blank()) --intro;
  if (intro == body_begin_) return false;
  return LeadsInAsItReads(LowerText(TrimView(lines_[intro - 1].text)));
}

bool PageReader::AnswersParagraph(std::string_view t, size_t marker_length,
                                  size_t i) const {
  if (!t.starts_with("Para ")) return false;
  std::string_view rest = t.substr(marker_length);
  size_t stop = rest.find(". ");
  std::string_view first = rest.substr(0, stop);
  if (Words(first).size() > 8) return false;
  std::optional<StanceReading> reading =
      ReadStance(first, LineLang(i), stance_cues_, cues_);
  return reading && !reading->stance.empty();
}

std::vector<Point> PageReader::MarkedPoints(size_t d,
                                            const std::string& lang) const {
  std::vector<Point> all;
  // Whether a paragraph of the document's own words stands between the
  // last numbered point (with its letters) and the line: letters after it
  // ("Part 3. UNC reply. ... a. On point (1). ...") are not that point's.
  bool interrupted = false;
  size_t covered_to = 0;  // the last line of the last point's text
  bool leads_on = false;
  // The numbers of the points of the documents this one quotes, so far.
  std::set<int> quoted;
  for (size_t i = body_begin_; i < body_end_; ++i) {
    // "1." alone has no language of its own: its paragraph's.
    const std::string& line_lang = line_lang_[i].empty() && i + 1 < body_end_
                                       ? line_lang_[i + 1]
                                       : line_lang_[i];
    if (int q = line_doc_[i];
        q != static_cast<int>(d) && docs_[q].parent == static_cast<int>(d)) {
      if (auto m = MarkerOf(TrimView(lines_[i].text)); m && m->numbered)
        quoted.insert(m->number);
    }
    if (line_doc_[i] != static_cast<int>(d) || kinds_[i] != LineKind::kText ||
        line_lang != lang) {
      continue;
    }
    std::string_view t = lines_[i].text;
    size_t skip = OpenerLength(t);
    auto marker = ReadPointMarker(TrimView(t.substr(skip)));
    // "A." alone on its line is a lettered point only under a numbered
    // point that leads into it ("2. ... might run as follows:"); else it
    // marks a paragraph of a cable's part ("Part 1. ... A. When the ...").
    if (marker && IsCapitalLetter(*marker) && !(leads_on && !interrupted))
      marker.reset();
    // "Point 3. Not acceptable as it stands." after the quoted list of
    // another's points: the writer's word on that point, not a point of
    // his own.
    if (marker && marker->named && quoted.count(marker->number)) {
      if (i > covered_to) interrupted = true;
      continue;
    }
    // "Para 5. Concur.", "Para 3. Not acceptable as it stands.": a short
    // word on the paragraph of that number answered, not a paragraph of a
    // draft.
    if (marker && marker->named &&
        AnswersParagraph(TrimView(t.substr(skip)), marker->length, i)) {
      if (i > covered_to) interrupted = true;
      continue;
    }
    if (!marker) {
      // A numbered point that ends with a colon leads into what follows
      // ("3. The point on Korea is to read as follows: «The General
      // Assembly recognises it to be necessary: a) ...»").
      if (i > covered_to && !lines_[i].blank() && !leads_on) interrupted = true;
      for (Point& p : InlinePoints(i)) all.push_back(p);
      for (Point& p : CounterPoints(i)) all.push_back(p);
      continue;
    }
    // "Point 4. Our point 4 replaces their point 4: "..."": the paragraph's
    // label answers the point; the counterproposal's point is the clause.
    if (marker->named) {
      std::vector<Point> counters = CounterPoints(i);
      if (!counters.empty()) {
        if (i > covered_to) interrupted = true;
        for (Point& p : counters) all.push_back(p);
        continue;
      }
    }
    Point p = PointOf(*marker, i);
    // "We propose that point 3 read as follows:" over "“3. ...”": the
    // writer's words for the point of that number answered.
    if (skip > 0 && marker->numbered) {
      if (std::optional<size_t> above =
              WordingProposedAbove(i, marker->number)) {
        p.counter = true;
        p.intro = *above;
      }
    }
    p.text_start = Offset(TrimView(t.substr(skip))) + marker->length;
    for (std::string_view quote : {"Quote. ", "Quote: "}) {
      if (text_.substr(p.text_start, quote.size()) != quote) continue;
      p.text_start += quote.size();
      p.quoted_paragraph = true;
    }
    // "'13 c. Cease ...": a draft's sub-paragraph quoted by the number of
    // its paragraph; "“37. ..." after "“13 a. ..." (and "“38. ..." after
    // it): a paragraph quoted after one so quoted is quoted by its own
    // number too.
    auto with_number = [](const std::string& printed) {
      return !printed.empty() &&
             std::isdigit(static_cast<unsigned char>(printed[0]));
    };
    if (skip > 0 &&
        (with_number(marker->printed) ||
         (marker->numbered && !all.empty() &&
          (with_number(all.back().printed) || all.back().quoted_paragraph))))
      p.quoted_paragraph = true;
    // "MENON revised two points of his draft. In the new text they read:
    // “14. ..." : paragraphs quoted by their own numbers, past 1.
    if (skip > 0 && marker->numbered && marker->number > 1 &&
        QuotedAsTheyRead(i))
      p.quoted_paragraph = true;
    if (!ReadPointText(d, i, p)) continue;
    // "... six senior officers. Unquote.": the cable's word for the closing
    // mark is no part of the point.
    if (std::string_view own =
            text_.substr(p.text_start, p.text_end - p.text_start);
        EndsCableQuote(own)) {
      size_t at = own.rfind("Unquote");
      std::string_view kept = TrimView(own.substr(0, at));
      if (at != std::string_view::npos && !kept.empty())
        p.text_end = Offset(kept) + kept.size();
    }
    for (size_t k = i; k < body_end_ && lines_[k].trim_start < p.text_end; ++k)
      covered_to = k;
    bool after_own_words = interrupted;
    // "(1)" and "(2)" under "a." inside "13.": the letter's own, "a(1)" and
    // "a(2)"; the letters after them go on under "13.", and a capital
    // letter after them too ("A." ... "(1)" ... "B.").
    const int holder = marker->numbered && !after_own_words
                           ? ThirdLevelHolder(all, *marker)
                           : -1;
    if (marker->numbered) {
      interrupted = false;
      if (holder < 0)
        leads_on =
            TrimView(text_.substr(p.text_start, p.text_end - p.text_start))
                .ends_with(':');
    }
    bool numbered_before = LastNumbered(all) >= 0;
    if (!marker->numbered && (interrupted || !numbered_before))
      LeadIntoLetters(d, i, numbered_before, p);
    // "At a suitable moment our side should put forward the following
    // counterproposal: (1) ..." after the writer's numbered answers to
    // another's points: a list numbered anew in another style, set apart
    // and introduced as a proposal, is what the document proposes.
    if (marker->numbered && marker->number == 1 && after_own_words &&
        OtherStyleBefore(all, *marker)) {
      if (auto lead = ProposalLeadAbove(d, i)) {
        p.proposed_run = p.set_apart = true;
        p.intro = *lead;
      }
    }
    // A letter belongs to the numbered point before it, if any.
    if (!marker->numbered && !interrupted) p.parent = LastNumbered(all);
    if (holder >= 0) {
      p.parent = holder;
      p.ordinal =
          all[holder].ordinal + "(" + std::to_string(marker->number) + ")";
      p.printed.clear();
    }
    all.push_back(p);
    if (p.parent >= 0) all[p.parent].children.push_back(all.size() - 1);
  }
  return all;
}

bool PageReader::ReadPointText(size_t d, size_t& i, Point& p) const {
  size_t end = lines_[i].trim_start + lines_[i].text.size();
  auto own_text = [&](size_t k) {
    return kinds_[k] == LineKind::kText &&
           line_doc_[k] == static_cast<int>(d) && !MarkerOf(lines_[k].text);
  };
  if (p.text_start >= end) {
    // "1." alone: the point's text is the paragraph under it, one opening
    // on the name of the point it answers too ("2." over "Para 3. UNC del
    // will insist ...").
    size_t k = i + 1;
    while (k < body_end_ && lines_[k].blank()) ++k;
    auto answers_named = [&](size_t line) {
      auto m = MarkerOf(lines_[line].text);
      return m && m->named && kinds_[line] == LineKind::kText &&
             line_doc_[line] == static_cast<int>(d);
    };
    if (k == body_end_ || (!own_text(k) && !answers_named(k))) return false;
    p.text_start = lines_[k].trim_start;
    end = lines_[k].trim_start + lines_[k].text.size();
    i = k;
  }
  // Continuation lines: the same paragraph, no blank line between, up to
  // the line that closes the quotation holding the points.
  for (size_t k = i + 1; k < body_end_ && !ClosesList(lines_[k - 1].text);
       ++k) {
    if (lines_[k].blank() || !own_text(k) ||
        WholeParagraph(lines_[k - 1].text) ||
        (EndsCableQuote(lines_[k].text) && Words(lines_[k].text).size() <= 2))
      break;
    end = lines_[k].trim_start + lines_[k].text.size();
  }
  p.text_end = end;
  return true;
}

bool PageReader::ContinuesPoint(size_t d, size_t k) const {
  // A line ending in a colon leads into what follows: a wrapped "2. ... he
  // is of the" over "opinion that:" leads into the list under it.
  if (TrimView(lines_[k].text).ends_with(':')) return false;
  // Up the paragraph, no blank line between and none ended as a sentence
  // ends, to the point that opens it: a marker alone ("1.") or one opening
  // a line of text, but not a telegram's own number ("246. Pillai ...").
  for (size_t j = k; j > body_begin_ && k - j < kMaxContinuationLines; --j) {
    const Line& above = lines_[j - 1];
    if (above.blank() || kinds_[j - 1] != LineKind::kText ||
        line_doc_[j - 1] != static_cast<int>(d) || ClosesList(above.text))
      return false;
    std::optional<PointMarker> m = MarkerOf(above.text);
    if (m && m->numbered && m->number >= 100 && m->close == '.') m.reset();
    if (m && m->length >= TrimView(above.text).size()) return true;
    if (EndsSentence(above.text)) return false;
    if (m) return true;
  }
  return false;
}

void PageReader::LeadIntoLetters(size_t d, size_t i, bool numbered_before,
                                 Point& p) const {
  size_t k = i;
  while (k > body_begin_ &&
         (lines_[k - 1].blank() || MarkerOf(TrimView(lines_[k - 1].text))))
    --k;
  if (k == body_begin_ || line_doc_[k - 1] != static_cast<int>(d)) return;
  // "... tabled the following proposal:", "... should seek British support
  // for the following position ...:".
  std::string lead = LowerText(LastSentence(lines_[k - 1].text));
  if (cues_.Contains("proposing", lead) ||
      (TrimView(lead).ends_with(':') && cues_.Contains("list_lead", lead))) {
    p.proposed_run = true;
    p.set_apart = numbered_before;
    p.intro = k - 1;
  }
}

std::optional<size_t> PageReader::ProposalLeadAbove(size_t d, size_t i) const {
  size_t k = i;
  while (k > body_begin_ && lines_[k - 1].blank()) --k;
  if (k > body_begin_ && line_doc_[k - 1] == static_cast<int>(d) &&
      LeadsIntoProposal(lines_[k - 1].text))
    return k - 1;
  return std::nullopt;
}

}  // namespace parley::importers::detail
