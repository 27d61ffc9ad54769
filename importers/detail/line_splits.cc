// Lines a page runs together that its readers take one at a time: points a
// paragraph lists inline ("... on these bases: (a) POWs who elect
// repatriation ...; (b) the side which ...; (c) ..."), each broken onto a
// line of its own so that the readers of points meet them as they meet a
// list printed one point a line.
#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "importers/detail/page_text.h"

namespace parley::importers::detail {
namespace {

// The orders an inline list counts in; a marker's label is one of them.
constexpr std::array<std::string_view, 10> kLatin = {"a", "b", "c", "d", "e",
                                                     "f", "g", "h", "i", "j"};
constexpr std::array<std::string_view, 8> kCyrillic = {"а", "б", "в", "г",
                                                       "д", "е", "ж", "з"};

// A marker at `at`: "(a) ", "(12) ", "a) ", "1) ": a label of one or two
// bytes (a Cyrillic letter is two), then ") "; its label and length.
struct Marker {
  std::string_view label;
  size_t length = 0;
};

std::optional<Marker> MarkerAt(std::string_view t, size_t at) {
  size_t from = at + (t.substr(at, 1) == "(" ? 1 : 0);
  for (size_t len = 1; len <= 2; ++len) {
    if (t.substr(std::min(from + len, t.size()), 2) == ") ")
      return Marker{t.substr(from, len), from + len + 2 - at};
  }
  return std::nullopt;
}

// The label after `label` in its order, or "" when it has none.
std::string NextLabel(std::string_view label) {
  if (!label.empty() && std::all_of(label.begin(), label.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      }))
    return std::to_string(std::stoi(std::string(label)) + 1);
  for (size_t k = 0; k + 1 < kLatin.size(); ++k)
    if (label == kLatin[k]) return std::string(kLatin[k + 1]);
  for (size_t k = 0; k + 1 < kCyrillic.size(); ++k)
    if (label == kCyrillic[k]) return std::string(kCyrillic[k + 1]);
  return "";
}

bool FirstLabel(std::string_view label) {
  return label == "1" || label == "a" || label == "а";
}

// "Ref: (a) your CX 50761 ...; (b) ...": the documents a message cites,
// each under a letter, are no points of its own.
bool IsReferenceLead(std::string_view before) {
  std::string_view word = before.substr(0, before.size() - 1);
  word = word.substr(
      word.rfind(' ') == std::string_view::npos ? 0 : word.rfind(' ') + 1);
  std::string lower;
  for (char c : word)
    lower.push_back(
        static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return lower == "ref" || lower == "refs" || lower == "reference" ||
         lower == "references" || lower == "reftel" || lower == "reftels";
}

// The bytes of the opening quotation mark at t[at] ("“", "\"", "«"), or 0.
size_t OpeningMarkLength(std::string_view t, size_t at) {
  for (std::string_view q : {"\u201C", "\"", "\u00AB"})
    if (t.substr(at, q.size()) == q) return q.size();
  return 0;
}

bool IsNumber(std::string_view label) {
  return !label.empty() && std::all_of(label.begin(), label.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

// Where the markers of an inline list stand in `t`: the first after a colon
// (at its opening quotation mark when the list is quoted: ': “1) ...'), each
// next one in order after the end of a clause ("; ", ". ", ", " or "; and
// "). Empty unless there are two at least.
std::vector<size_t> InlineMarkers(std::string_view t) {
  std::vector<size_t> at;
  std::string expected;
  for (size_t i = 0; i + 3 < t.size(); ++i) {
    char c = t[i];
    if (c != '(' && !std::isalnum(static_cast<unsigned char>(c)) &&
        static_cast<unsigned char>(c) < 0xD0)
      continue;
    // The list's opening quotation mark before its first marker ("... as a
    // formal proposal: “1) ...; 2) ...”") goes with the first point.
    size_t mark = 0;
    if (at.empty())
      for (std::string_view q : {"\u201C", "\"", "\u00AB"})
        if (i > q.size() + 2 && t.substr(i - q.size(), q.size()) == q &&
            t.substr(i - q.size() - 2, 2) == ": ")
          mark = q.size();
    if (i < 2 + mark || t[i - 1 - mark] != ' ') continue;
    std::string_view before = t.substr(0, i - 1 - mark);
    if (before.ends_with(" and") || before.ends_with(" or") ||
        before.ends_with(" и"))
      before = before.substr(0, before.rfind(' '));
    char sep = before.empty() ? '\0' : before.back();
    std::optional<Marker> m = MarkerAt(t, i);
    if (!m) continue;
    if (at.empty()) {
      // "... add two principles to the five it had tabled. Text as read by
      // him: 6) ... 7) ...": a list that goes on from one given before
      // opens on a number past 1 ("(6) ... (7) ..." is InlinePoints').
      bool goes_on = IsNumber(m->label) && t[i] != '(';
      if (sep != ':' || !(FirstLabel(m->label) || goes_on) ||
          IsReferenceLead(before))
        continue;
    } else if (m->label != expected ||
               (sep != ';' && sep != '.' && sep != ',')) {
      continue;
    }
    at.push_back(i - mark);
    expected = NextLabel(m->label);
    i += m->length - 1;
  }
  if (at.size() < 2) at.clear();
  return at;
}

// The label a paragraph opens with ("d." of "d. Arrangements ...", "10."),
// or "" for none.
std::string_view LeadingLabel(std::string_view t) {
  size_t open = t.starts_with("(") ? 1 : 0;
  size_t end = t.find_first_of(".)", open);
  if (end == std::string_view::npos || end == open || end - open > 2 ||
      (end + 1 < t.size() && t[end + 1] != ' '))
    return "";
  return t.substr(open, end - open);
}

}  // namespace

std::vector<Line> SplitInlinePoints(std::vector<Line> lines) {
  std::vector<Line> out;
  out.reserve(lines.size());
  std::string_view above;  // the last line with text
  for (const Line& line : lines) {
    std::vector<size_t> at = InlineMarkers(line.text);
    // A list numbered inside a lettered paragraph ("d." over "Arrangements
    // ... namely: (1) ...; (2) ...") is part of that paragraph: points are
    // numbered over their letters, not lettered over their numbers.
    std::string_view own = LeadingLabel(line.text);
    if (own.empty() && above.size() <= 5) own = LeadingLabel(above);
    if (!at.empty() && !own.empty() && !IsNumber(own)) {
      std::optional<Marker> first =
          MarkerAt(line.text, at[0] + OpeningMarkLength(line.text, at[0]));
      if (first && IsNumber(first->label)) at.clear();
    }
    if (!line.blank()) above = line.text;
    if (at.empty()) {
      out.push_back(line);
      continue;
    }
    // The lead-in, then each point from its marker to the next; all views
    // of the same bytes.
    at.push_back(line.text.size());
    Line lead = line;
    lead.text = TrimView(line.text.substr(0, at[0]));
    lead.end = lead.trim_start + lead.text.size();
    out.push_back(lead);
    for (size_t k = 0; k + 1 < at.size(); ++k) {
      Line point = line;
      point.start = point.trim_start = line.trim_start + at[k];
      point.text = TrimView(line.text.substr(at[k], at[k + 1] - at[k]));
      point.end = point.trim_start + point.text.size();
      out.push_back(point);
    }
  }
  return out;
}

}  // namespace parley::importers::detail
