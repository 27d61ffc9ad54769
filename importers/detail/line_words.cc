// Words of a body line: capitals, word lists, cue tests, numbers after "No."
#include "importers/detail/line_words.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "importers/clause_terms.h"
#include "importers/detail/page_reader.h"
#include "text/chars.h"
#include "text/utf8.h"

namespace parley::importers::detail {

bool IsUpperWord(std::string_view w) {
  bool letter = false;
  for (size_t i = 0; i < w.size();) {
    text::CodePoint c = text::NextCodePoint(w, i);
    if (text::IsLower(c)) return false;
    if (text::IsUpper(c)) letter = true;
  }
  return letter;
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

std::vector<std::string_view> FirstWords(std::string_view s, size_t max) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size() && out.size() < max) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

std::vector<std::string_view> LastWords(std::string_view s, size_t max) {
  std::vector<std::string_view> out;
  size_t i = s.size();
  while (i > 0 && out.size() < max) {
    while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t')) --i;
    size_t e = i;
    while (i > 0 && s[i - 1] != ' ' && s[i - 1] != '\t') --i;
    if (e > i) out.push_back(s.substr(i, e - i));
  }
  std::reverse(out.begin(), out.end());
  return out;
}

// Share of upper-case words among the words with letters.
bool MostlyUpper(std::string_view s) {
  size_t upper = 0, total = 0;
  for (std::string_view w : Words(s)) {
    bool has_letter = false;
    for (size_t i = 0; i < w.size() && !has_letter;) {
      has_letter = text::IsLetter(text::NextCodePoint(w, i));
    }
    if (!has_letter) continue;
    ++total;
    if (IsUpperWord(w)) ++upper;
  }
  return total > 0 && upper * 5 >= total * 4;
}

bool AbbreviationStop(std::string_view s, size_t at) {
  size_t b = at;
  while (b > 0 && s[b - 1] != ' ' && s[b - 1] != '(' && s[b - 1] != '[') --b;
  std::string_view word = s.substr(b, at - b);
  size_t i = 0;
  if (!word.empty() && text::IsUpper(text::NextCodePoint(word, i)) &&
      i == word.size())
    return true;
  static constexpr std::string_view kForms[] = {
      "cde", "cdes", "comr", "mr",  "mrs", "messrs", "gen", "col", "adm",
      "lt",  "maj",  "capt", "cdr", "dr",  "тов",    "т",   "тт"};
  std::string lower = LowerText(word);
  // "of our No. 1368, we agree": a number sign before its figure.
  if (lower == "no" || lower == "nos") {
    size_t next = at + 1;
    while (next < s.size() && s[next] == ' ') ++next;
    if (next < s.size() && std::isdigit(static_cast<unsigned char>(s[next])))
      return true;
  }
  return std::find(std::begin(kForms), std::end(kForms), lower) !=
         std::end(kForms);
}

namespace {

// Where the sentence that ends with the full stop at s[at] gives way to the
// next: past the stop, a closing quotation mark or bracket or an editor's
// footnote number ("Kaesong.[1] We intend"), and the space; npos when no
// space follows.
size_t AfterSentenceEnd(std::string_view s, size_t at) {
  size_t i = at + 1;
  for (std::string_view close : {"\"", "\u201D", "\u00BB", ")"})
    if (s.substr(i, close.size()) == close) i += close.size();
  if (i < s.size() && s[i] == '[') {
    size_t j = i + 1;
    while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
    if (j > i + 1 && j < s.size() && s[j] == ']') i = j + 1;
  } else if (i == at + 1 && at > 0 &&
             std::isalpha(static_cast<unsigned char>(s[at - 1]))) {
    // "... within a few hours.2 Meanwhile": a footnote's number glued on
    // after a word, before the next sentence's capital.
    size_t j = i;
    while (j < s.size() && j < i + 2 &&
           std::isdigit(static_cast<unsigned char>(s[j])))
      ++j;
    if (j > i && j + 1 < s.size() && s[j] == ' ' &&
        std::isupper(static_cast<unsigned char>(s[j + 1])))
      i = j;
  }
  return i < s.size() && s[i] == ' ' ? i + 1 : std::string_view::npos;
}

}  // namespace

std::string_view LastSentence(std::string_view s) {
  for (size_t at = s.rfind('.'); at != std::string_view::npos;
       at = at == 0 ? std::string_view::npos : s.rfind('.', at - 1)) {
    size_t next = AfterSentenceEnd(s, at);
    if (next != std::string_view::npos && !AbbreviationStop(s, at))
      return s.substr(next);
  }
  return s;
}

std::string_view FirstSentence(std::string_view s) {
  for (size_t at = s.find('.'); at != std::string_view::npos;
       at = s.find('.', at + 1)) {
    if (AfterSentenceEnd(s, at) != std::string_view::npos &&
        !AbbreviationStop(s, at))
      return s.substr(0, at + 1);
  }
  return s;
}

// Where the first word of `lower` that starts with one of `stems` begins,
// or npos ("sent" but not "represent").
size_t FindWordStart(std::string_view lower,
                     const std::vector<std::string_view>& stems) {
  size_t best = std::string_view::npos;
  for (std::string_view stem : stems) {
    for (size_t at = lower.find(stem); at != std::string_view::npos;
         at = lower.find(stem, at + 1)) {
      unsigned char before =
          at == 0 ? ' ' : static_cast<unsigned char>(lower[at - 1]);
      if (std::isalnum(before) || before >= 0x80) continue;
      best = std::min(best, at);
      break;
    }
  }
  return best;
}

// Bytes of the conjunction joining two list items at `s[i]` (" and ", " и ",
// " а также "), or 0.
size_t ConjunctionAt(std::string_view s, size_t i) {
  for (std::string_view c : {" and ", " и ", " а также "}) {
    if (s.substr(i, c.size()) == c) return c.size();
  }
  return 0;
}

bool ContainsAny(std::string_view lower,
                 std::initializer_list<std::string_view> cues) {
  for (std::string_view c : cues) {
    if (lower.find(c) != std::string_view::npos) return true;
  }
  return false;
}

// Body lines

// Clauses and the delegation

// `s` cut to at most `max` bytes on a character boundary, with "…" added.
std::string Abbreviate(std::string_view s, size_t max) {
  if (s.size() <= max) return std::string(s);
  size_t cut = text::BoundaryAtOrBefore(s, max);
  return std::string(TrimView(s.substr(0, cut))) + "…";
}

}  // namespace parley::importers::detail
