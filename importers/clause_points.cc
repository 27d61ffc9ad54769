// Stage: which marked points of a document are its clauses: the lists a
// page's numbered and lettered points form, the report paragraphs that are
// no proposal, and the line that introduces each list.
#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "importers/detail/page_reader.h"
#include "importers/detail/point_names.h"

namespace parley::importers::detail {

namespace {

// A line whose walk back to its list's introduction is not yet made.
constexpr long kUnwalked = -2;

// Whether the text of point `p` ends with a colon.
bool TextEndsWithColon(std::string_view text, const Point& p) {
  std::string_view own = text.substr(p.text_start, p.text_end - p.text_start);
  while (!own.empty() && (own.back() == ' ' || own.back() == '\n'))
    own.remove_suffix(1);
  return own.ends_with(':');
}

// Whether `p`, a numbered point whose text ends with a colon, leads into
// `next`, a list numbered anew from 1 in another style ("2. ... He is of
// the opinion that:" over "1) there should be no haste ...").
bool LeadsIntoOtherStyle(std::string_view text, const Point& p,
                         const Point& next) {
  if (p.close == 0 || next.close == 0 || p.close == next.close ||
      next.ordinal != "1" || p.parent >= 0 ||
      !std::isdigit(
          static_cast<unsigned char>(p.ordinal.empty() ? 'x' : p.ordinal[0])))
    return false;
  return TextEndsWithColon(text, p);
}

}  // namespace

bool PageReader::ProposalsOwnList(size_t d, const Point& p,
                                  std::vector<long>& walk_end) const {
  auto proposes = [&](size_t line) {
    return cues_.Contains("proposing",
                          LowerText(LastSentence(lines_[line].text)));
  };
  // The list opens a quoted text put forward ("Text as tabled:" over "“1.
  // ..."), not a quoted report's own paragraphs.
  size_t intro = IntroLineOf(d, p, walk_end);
  int region = line_region_[p.line];
  if (region >= 0 && (intro == p.line || line_region_[intro] != region)) {
    const QuoteRegion& r = regions_[region];
    return r.read_by.has_value() || r.tabled ||
           (r.intro_line && proposes(*r.intro_line));
  }
  return intro != p.line && proposes(intro);
}

bool PageReader::OnlyBlankBetween(size_t above, size_t below) const {
  for (size_t k = above + 1; k < below; ++k)
    if (!lines_[k].blank()) return false;
  return above < below;
}

void PageReader::KeepProposedPoints(size_t d, std::vector<Point>& all) const {
  // A report that numbers its paragraphs and gives the points inside one
  // ("“1. ... Nam Il put forward two new principles ...: (6) ... (7) ..."):
  // the points are the clauses, the paragraphs are not.
  std::vector<Point> inside;
  for (const Point& p : all) {
    if (p.counter || p.inline_intro_end > 0 ||
        !std::isdigit(
            static_cast<unsigned char>(p.ordinal.empty() ? 'x' : p.ordinal[0])))
      continue;
    for (Point& q : InlinePoints(p.line)) inside.push_back(q);
  }
  // The same on lines of their own, numbered anew in another style ("2.
  // ... He is of the opinion that:" over "1) ... 2) ..."): the points of
  // the paragraph that leads into them.
  // Not in a proposal's own list, where they are its point's sub-points
  // (ClausePoints).
  if (inside.empty()) {
    std::vector<long> walk_end(lines_.size(), kUnwalked);
    for (size_t k = 0; k + 1 < all.size(); ++k) {
      if (!LeadsIntoOtherStyle(text_, all[k], all[k + 1]) ||
          ProposalsOwnList(d, all[k], walk_end))
        continue;
      size_t j = k + 1;
      for (; j < all.size() && all[j].close == all[k + 1].close &&
             all[j].ordinal == std::to_string(j - k);
           ++j)
        inside.push_back(all[j]);
      k = j - 1;
    }
  }
  if (!inside.empty()) {
    for (Point& q : inside) {
      q.parent = -1;
      q.children.clear();
    }
    all = std::move(inside);
  }
  // A report that quotes a proposal read out at the table numbers its own
  // paragraphs too ("1. Plenary session convened ... 2. UNC Del pointed
  // out ..."): the proposal's points are the clauses, not the report's
  // paragraphs.
  auto read_out = [&](const Point& p) {
    int r = line_region_[p.line];
    return r >= 0 && (regions_[r].read_by.has_value() || regions_[r].tabled);
  };
  if (!std::any_of(all.begin(), all.end(), read_out)) return;
  std::vector<Point> kept;
  std::vector<int> index(all.size(), -1);
  for (size_t k = 0; k < all.size(); ++k) {
    if (!read_out(all[k])) continue;
    index[k] = static_cast<int>(kept.size());
    kept.push_back(all[k]);
  }
  for (Point& p : kept) {
    p.parent = p.parent >= 0 ? index[p.parent] : -1;
    std::vector<size_t> children;
    for (size_t c : p.children) {
      if (index[c] >= 0) children.push_back(static_cast<size_t>(index[c]));
    }
    p.children = std::move(children);
  }
  all = std::move(kept);
}

bool PageReader::ReportsAnothersPoints(size_t d,
                                       const std::vector<Point>& all) const {
  const DocDraft& doc = docs_[d];
  for (const Point& p : all) {
    if (p.children.empty()) continue;
    std::string_view text = lines_[p.line].text;
    std::string lower = LowerText(text);
    size_t verb = std::string::npos;
    for (const std::string& cue : cues_.Cues("proposing"))
      verb = std::min(verb, lower.find(cue));
    if (verb == std::string::npos) continue;
    for (const Mention& m :
         gazetteer_.FindMentions(text.substr(0, verb), Offset(text))) {
      if (m.entry->kind != NodeKind::kPerson) continue;
      if (std::none_of(
              doc.authors.begin(), doc.authors.end(),
              [&](const DocDraft::Party& a) { return a.id == m.entry->id; }))
        return true;
    }
  }
  return false;
}

size_t PageReader::IntroLineOf(size_t d, const Point& p,
                               std::vector<long>& walk_end) const {
  // The line that introduces a list: the text before its first point.
  // The walk back passes blank lines and other points; where a walk that
  // looks at line k first ends is kept (-1: at no text, kUnwalked: not
  // yet walked), so that a list of n points costs one walk, not n.
  std::vector<size_t> passed;
  long end = -1;
  for (size_t k = p.line; k-- > body_begin_;) {
    if (walk_end[k] != kUnwalked) {
      end = walk_end[k];
      break;
    }
    passed.push_back(k);
    if (lines_[k].blank()) continue;
    // "1." alone over its text: that text is the point's, no introduction.
    bool under_marker = false;
    if (k > body_begin_) {
      std::string_view above = TrimView(lines_[k - 1].text);
      auto m = MarkerOf(above);
      under_marker = m && m->length >= above.size();
    }
    // "246. Pillai ... read to me ...: In summary:": a telegram's own
    // number opening its first paragraph is no point of the list.
    std::optional<PointMarker> marker = MarkerOf(lines_[k].text);
    if (marker && marker->numbered && marker->number >= 100 &&
        marker->close == '.')
      marker.reset();
    if (kinds_[k] == LineKind::kText && line_doc_[k] == static_cast<int>(d) &&
        !marker && !under_marker && !ContinuesPoint(d, k)) {
      end = static_cast<long>(k);
      break;
    }
    // "2. ... He is of the opinion that:" over "1) ...": the numbered
    // paragraph of another style that leads into the list.
    if (auto m = MarkerOf(lines_[k].text);
        m && p.close != 0 && m->close != 0 && m->close != p.close &&
        line_doc_[k] == static_cast<int>(d) &&
        TrimView(lines_[k].text).ends_with(':')) {
      end = static_cast<long>(k);
      break;
    }
    // "[...]": the editors' cut inside a list does not end it, nor does
    // their note ("[Page 560]", "[Here follow paragraphs 8 through 12]")
    // or a line of the print's furniture, read as blank.
    if (MarkerOf(lines_[k].text) || under_marker ||
        kinds_[k] == LineKind::kElision || kinds_[k] == LineKind::kEditorial ||
        kinds_[k] == LineKind::kBlank ||
        (kinds_[k] == LineKind::kText && ContinuesPoint(d, k)))
      continue;
    break;
  }
  for (size_t k : passed) walk_end[k] = end;
  return end < 0 ? p.line : static_cast<size_t>(end);
}

void PageReader::SetApartClauses(size_t d, const std::vector<Point>& all,
                                 std::vector<long>& walk_end,
                                 LangPoints& lp) const {
  // The numbered paragraphs before a list set apart are the document's
  // report, but a numbered list the report quotes ("As read they are: “(1)
  // ...”") or introduces as a proposal ("Nam Il put forward three points:")
  // is another's proposal and stays.
  auto intro_of = [&](const Point& p) { return IntroLineOf(d, p, walk_end); };
  // The points under the line that leads into a list set apart are that
  // list's ("(2)" after "(1)").
  std::set<size_t> set_apart_intros;
  for (const Point& p : all)
    if (p.set_apart) set_apart_intros.insert(p.intro);
  for (const Point& p : all) {
    bool number = std::isdigit(static_cast<unsigned char>(
                      p.ordinal.empty() ? 'x' : p.ordinal[0])) &&
                  p.parent < 0;
    size_t intro = number ? intro_of(p) : p.line;
    bool proposed_number =
        number &&
        (line_region_[p.line] >= 0 || set_apart_intros.count(intro) ||
         (intro != p.line &&
          cues_.Contains("proposing",
                         LowerText(LastSentence(lines_[intro].text)))));
    if (!p.set_apart && !proposed_number) continue;
    lp.points.push_back(p);
    lp.intro_lines.push_back(p.set_apart ? p.intro : intro_of(p));
  }
}

std::set<int> PageReader::GivenParagraphs(size_t d) const {
  // Numbered points form a list from 1 upwards (an elided point may leave
  // a gap); a lone "280." is an item of a protocol, not a clause, unless
  // the quoted text says it gives that paragraph ("Paragraphs 14 and 17 of
  // the Indian Draft Resolution", over them or leading into them).
  std::set<int> given;
  if (d == 0) return given;
  size_t first = body_begin_;
  while (first < body_end_ &&
         (line_doc_[first] != static_cast<int>(d) || lines_[first].blank()))
    ++first;
  size_t before = first;
  while (before > body_begin_ && lines_[before - 1].blank()) --before;
  for (size_t i : {first, before - 1}) {
    if (i < body_begin_ || i >= body_end_) continue;
    std::string_view t = lines_[i].text;
    for (const std::string& o : PointsNamed(cues_, t, LowerText(t))) {
      int n = 0;
      auto [end, error] = std::from_chars(o.data(), o.data() + o.size(), n);
      if (error == std::errc() && end == o.data() + o.size()) given.insert(n);
    }
  }
  return given;
}

LangPoints PageReader::ClausePoints(size_t d, const std::string& lang,
                                    const std::vector<Point>& all,
                                    bool letters_only) const {
  LangPoints lp;
  lp.lang = lang;
  if (letters_only) {
    for (const Point& p : all) {
      if (p.parent >= 0) {
        lp.points.push_back(p);
        lp.intro_lines.push_back(all[p.parent].line);
      }
    }
    return lp;
  }
  // Each point's walk back to its introduction (IntroLineOf).
  std::vector<long> walk_end(lines_.size(), kUnwalked);
  auto intro_of = [&](const Point& p) { return IntroLineOf(d, p, walk_end); };
  // A lettered list set apart and introduced as a proposal is what the
  // document proposes (SetApartClauses).
  if (std::any_of(all.begin(), all.end(),
                  [](const Point& p) { return p.set_apart; })) {
    SetApartClauses(d, all, walk_end, lp);
    return lp;
  }
  const std::set<int> given = GivenParagraphs(d);
  int last = 0;
  std::optional<bool> list_parenthesized;  // the style of the list's "1"
  bool in_sublist = false;
  // The proposal's point whose text leads into a list of another style
  // numbered from 1 ("3. ... on the following terms:" over "(1) ..."), and
  // the last of those sub-points so far.
  const Point* lead = nullptr;
  int sub_last = 0;
  char sub_close = 0;
  for (const Point& p : all) {
    // Letters introduced as a proposal before any numbered point (another's
    // points a) to c), then the writer's own 1) to 4)): a list of their own.
    if (p.proposed_run && !p.set_apart) {
      lp.points.push_back(p);
      lp.intro_lines.push_back(p.intro);
      continue;
    }
    // "Our para 3 reads: "..."": a point of the writer's counterproposal,
    // numbered as the point it answers, from whichever that is.
    if (p.counter) {
      lp.points.push_back(p);
      // "Our para 3 reads:" leads it, or the line over it ("We propose
      // that point 3 read as follows:").
      lp.intro_lines.push_back(p.intro > 0 ? p.intro : p.line);
      // "Our point 4 replaces their point 4: "For ninety days ...:" over
      // "(1) ..." and "(2) ...": its sub-points, "4(1)" and "4(2)".
      sub_last = 0;
      lead = TextEndsWithColon(text_, p) ? &p : nullptr;
      continue;
    }
    // "13(c). Quote. ...": a quoted sub-paragraph printed with its
    // paragraph's number stands on its own.
    if (p.quoted_paragraph && p.parent < 0 && !p.printed.empty() &&
        std::isdigit(static_cast<unsigned char>(p.printed[0]))) {
      lp.points.push_back(p);
      lp.intro_lines.push_back(intro_of(p));
      continue;
    }
    if (!std::isdigit(static_cast<unsigned char>(p.ordinal[0]))) continue;
    int n = std::stoi(p.ordinal);
    // "(1)" to "(4)" under "3. ... on the following terms:", before "4.":
    // the point's own, "3(1)" to "3(4)".
    // Each in the style of the first, which stands right under the point.
    if (lead && p.close != lead->close && p.parent < 0 && n == sub_last + 1 &&
        (sub_last > 0    ? p.close == sub_close
         : lead->counter ? p.close != 0 && OnlyBlankBetween(lead->line, p.line)
                         : LeadsIntoOtherStyle(text_, *lead, p))) {
      sub_last = n;
      sub_close = p.close;
      Point sub = p;
      sub.ordinal = lead->ordinal + "(" + p.ordinal + ")";
      sub.printed.clear();
      // A counterproposal's sub-point is the writer's text too: no
      // position on what it answers; the quotation's closing mark ends it
      // ("(2) as in the text of the other side." Sub-point (2) ... is thus
      // accepted.").
      sub.counter = lead->counter;
      if (sub.counter) {
        std::string_view own = std::string_view(text_).substr(
            sub.text_start, sub.text_end - sub.text_start);
        for (std::string_view mark : {"\"", "\u201D", "\u00BB"})
          if (size_t at = own.find(mark); at != std::string_view::npos)
            sub.text_end = std::min(sub.text_end, sub.text_start + at);
      }
      lp.points.push_back(sub);
      // Put forward by whoever put the point forward.
      lp.intro_lines.push_back(lead->counter ? lead->line : intro_of(*lead));
      continue;
    }
    // Points of another style inside a numbered point ("1. ... two
    // supplementary principles are to be tabled: (6) ... (7) ..." before
    // "2."), numbered on from another list: a list of their own, which
    // leaves the numbered points' order as it was.
    bool other_style = last > 0 && list_parenthesized &&
                       p.parenthesized != *list_parenthesized;
    if (other_style && (in_sublist || n > last + 1)) {
      in_sublist = true;
      lp.points.push_back(p);
      lp.intro_lines.push_back(intro_of(p));
      continue;
    }
    in_sublist = false;
    if (n == 1) {
      last = 0;
      list_parenthesized = p.parenthesized;
    }
    // "13. ... the Commanders ... shall:" over "Para 13(a). ...": its
    // sub-paragraphs print its number, so it is a paragraph of a text.
    bool numbered_by_children =
        !p.children.empty() &&
        std::all_of(p.children.begin(), p.children.end(), [&](size_t c) {
          return all[c].printed.starts_with(p.ordinal + "(");
        });
    // "13. ... the Commanders ... shall:" over "a. ...", "b. ...": a
    // paragraph quoted with its sub-paragraphs stands on its own number.
    bool leads_into_letters = p.children.size() >= 2 &&
                              line_region_[p.line] >= 0 &&
                              TextEndsWithColon(text_, p);
    // "Paras 17 through 19 are new. They read: “17. ...": a text put
    // forward at the table, quoted from the number it starts at.
    int region = line_region_[p.line];
    bool opens_tabled_text =
        region >= 0 && regions_[region].first == p.line &&
        (regions_[region].read_by.has_value() || regions_[region].tabled);
    // "Text follows paragraph by paragraph: “12. ... “13. ... “14. ...": a
    // quoted text that opens on a paragraph past 1 and runs on from it (two
    // more at least) gives those paragraphs of a longer text.
    bool quoted_run = false;
    if (region >= 0 && regions_[region].first == p.line) {
      int want = n + 1;
      for (const Point& q : all) {
        if (q.line <= p.line || q.parent >= 0 || line_region_[q.line] != region)
          continue;
        if (q.ordinal != std::to_string(want)) break;
        if (++want > n + 2) {
          quoted_run = true;
          break;
        }
      }
    }
    // "Text as read by him: 6) ... 7) ...": a list run into its paragraph
    // after a colon, numbered on from one given before (SplitInlinePoints
    // took it apart, so its first point shares its line's number).
    bool run_on =
        p.line > 0 && lines_[p.line].number == lines_[p.line - 1].number;
    if (n <= last ||
        (last == 0 && n != 1 && !p.continues && !given.count(n) &&
         !numbered_by_children && !leads_into_letters && !p.quoted_paragraph &&
         !opens_tabled_text && !run_on && !quoted_run))
      continue;
    // Past 999 only the next point continues the list: "1951." after
    // point 7 is a year.
    if (n > 999 && n != last + 1) continue;
    last = n;
    lp.points.push_back(p);
    lp.intro_lines.push_back(intro_of(p));
    sub_last = 0;
    lead = TextEndsWithColon(text_, p) && ProposalsOwnList(d, p, walk_end)
               ? &p
               : nullptr;
    // The lettered points inside it follow it, introduced by it, each with
    // the sub-points inside it ("a(1)").
    for (size_t c : p.children) {
      lp.points.push_back(all[c]);
      lp.intro_lines.push_back(p.line);
      for (size_t cc : all[c].children) {
        lp.points.push_back(all[cc]);
        lp.intro_lines.push_back(p.line);
      }
    }
  }
  // Without numbered points, lettered ones ("а)", "b)") are the clauses.
  auto numbered = [](const Point& p) {
    return std::isdigit(static_cast<unsigned char>(p.ordinal[0])) != 0;
  };
  if (std::none_of(lp.points.begin(), lp.points.end(), numbered)) {
    lp = LangPoints{lang, {}, {}};
    for (const Point& p : all) {
      if (numbered(p)) continue;
      lp.points.push_back(p);
      lp.intro_lines.push_back(intro_of(p));
    }
  }
  return lp;
}

std::optional<size_t> PageReader::WordingProposedAbove(size_t i,
                                                       int number) const {
  size_t above = i;
  while (above > body_begin_ && lines_[above - 1].blank()) --above;
  if (above == body_begin_) return std::nullopt;
  std::string_view t = TrimView(lines_[--above].text);
  if (t.empty() || (t.back() != ':' && !t.ends_with("："))) return std::nullopt;
  std::string_view last = LastSentence(t);
  std::string lower = LowerText(last);
  if (!cues_.Contains("wording_proposed", lower)) return std::nullopt;
  std::vector<std::string> named = PointsNamed(cues_, last, lower);
  if (named.size() != 1 || named[0] != std::to_string(number))
    return std::nullopt;
  return above;
}

std::vector<Point> PageReader::CounterPoints(size_t i) const {
  std::string_view t = lines_[i].text;
  std::string lower = ToLowerAscii(t);
  std::vector<Point> out;
  static const std::pair<std::string_view, std::string_view> kQuotes[] = {
      {"“", "”"}, {"\"", "\""}, {"«", "»"}};
  for (size_t at = lower.find("our "); at != std::string::npos;
       at = lower.find("our ", at + 1)) {
    if (at > 0 && std::isalpha(static_cast<unsigned char>(lower[at - 1])))
      continue;  // "four points"
    size_t k = at + 4;
    bool named = false;
    for (std::string_view word : {"point ", "para ", "paragraph "}) {
      if (lower.compare(k, word.size(), word) != 0) continue;
      k += word.size();
      named = true;
      break;
    }
    if (!named) continue;
    int number = 0;
    size_t digits = k;
    while (k < t.size() && k - digits < 3 &&
           std::isdigit(static_cast<unsigned char>(t[k])))
      number = number * 10 + (t[k++] - '0');
    if (k == digits) continue;
    // "... replaces Commie point 4:", "... accordingly reads:": the colon
    // in the same sentence, a few words on.
    size_t colon = t.find(':', k);
    if (colon == std::string_view::npos || colon - k > 60 ||
        t.substr(k, colon - k).find(". ") != std::string_view::npos)
      continue;
    size_t q = colon + 1;
    while (q < t.size() && t[q] == ' ') ++q;
    for (auto [open, close] : kQuotes) {
      if (t.substr(q, open.size()) != open) continue;
      size_t from = q + open.size();
      size_t to = t.find(close, from);
      if (to == std::string_view::npos) to = t.size();
      if (Words(t.substr(from, to - from)).size() < 3) break;
      Point p;
      p.line = i;
      p.ordinal = std::to_string(number);
      p.counter = true;
      p.inline_intro_end = lines_[i].trim_start + colon;
      p.text_start = lines_[i].trim_start + from;
      p.text_end = lines_[i].trim_start + to;
      out.push_back(p);
      break;
    }
  }
  return out;
}

}  // namespace parley::importers::detail
