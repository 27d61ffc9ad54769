// Points inside other points, as a reply names them: lettered ("para 5 a",
// "13 c", "3(b)") and numbered ("sub-para 3 (4)", "Sub-point (2) of their
// point 4"), for PointsNamed (point_names.cc).
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "importers/detail/page_reader.h"
#include "importers/detail/point_names.h"

namespace parley::importers::detail {

bool IsRomanNumeral(std::string_view word) {
  static constexpr std::string_view kRoman[] = {
      "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"};
  return std::ranges::find(kRoman, word) != std::end(kRoman);
}

// Whether `word` is a letter alone, in its brackets or quotation marks:
// "а)", "(b)", "«в»".
bool IsLetterWord(std::string_view word) {
  std::string bare = StripTrailing(word, ")»\"”',;.");
  std::string_view b = bare;
  for (std::string_view open : {"(", "«", "\"", "“"})
    if (b.starts_with(open)) b.remove_prefix(open.size());
  std::string lower = LowerText(b);
  if (lower.size() == 1) return lower[0] >= 'a' && lower[0] <= 'z';
  return lower.size() == 2 && detail::DetectLanguage(lower) == "ru";
}

// The letter of a lettered point written after its numbered one: "4a",
// "3(b)", "5.c" as one word; "" when `word` is not one.
std::string SubPointLetter(std::string_view word_in) {
  // StripTrailing returns a copy: `word` looks into it.
  const std::string stripped = StripTrailing(word_in, ".,;:!?");
  std::string_view word = stripped;
  size_t digits = 0;
  while (digits < word.size() &&
         std::isdigit(static_cast<unsigned char>(word[digits])))
    ++digits;
  if (digits == 0 || digits > 2) return {};
  std::string_view rest = word.substr(digits);
  const bool bracketed = rest.starts_with('(') && rest.ends_with(')');
  if (!rest.empty() && (rest.front() == '(' || rest.front() == '.'))
    rest.remove_prefix(1);
  if (!rest.empty() && rest.back() == ')') rest.remove_suffix(1);
  // "3(v)", "3 (iii)": in brackets, any letter or a small Roman numeral;
  // bare, a list's first letters ("2 k"), and "i" only in lower case, not
  // the pronoun.
  if (bracketed && IsRomanNumeral(rest)) return std::string(rest);
  std::string letter = LowerText(rest);
  if (letter.size() == 1 && letter[0] >= 'a' &&
      letter[0] <= (bracketed ? 'z' : 'k') && rest != "I")
    return letter;
  // а to е in UTF-8
  if (letter.size() == 2 && letter[0] == '\xD0' && letter[1] >= '\xB0' &&
      letter[1] <= '\xB5')
    return letter;
  return {};
}

// The lettered point that word `w` (a point's number) and the word after
// it name ("para 5 a and 5 b", "Re 3 (c)"), or that word `w` names alone
// ("4a"); "" when none. A bare "a" counts only where it cannot be the
// article: before a comma, a full stop, "and", "or", "to", a verb ("13 a
// is approved"), a bracket ("para 13 a (2)") or nothing.
std::string SubPointLetter(const std::vector<std::string_view>& ws, size_t w) {
  if (std::string alone = SubPointLetter(ws[w]); !alone.empty()) return alone;
  if (w + 1 >= ws.size()) return {};
  std::string_view next = ws[w + 1];
  bool bracketed = next.size() > 1 && next.front() == '(';
  std::string letter = SubPointLetter("1" + std::string(next));
  if (letter.empty()) return {};
  if (letter != "a" || bracketed) return letter;
  char last = next.back();
  if (last == ',' || last == '.' || last == ';' || last == ':') return letter;
  if (w + 2 >= ws.size()) return letter;
  std::string after = LowerText(ws[w + 2]);
  // "13 a is approved": a verb, which no article stands before.
  static constexpr std::string_view kAfter[] = {
      "and",   "or",      "to",    "through", "is",   "was", "are", "may",
      "can",   "will",    "shall", "should",  "must", "has", "had", "stands",
      "reads", "remains", "would", "could",   "be",   "as"};
  if (std::ranges::find(kAfter, after) != std::end(kAfter)) return letter;
  // "Para 2 a acceptable": the article is "an" before a vowel.
  if (std::string_view("aeio").find(after.front()) != std::string_view::npos &&
      !after.starts_with("one"))
    return letter;
  // "para 13 a (2)": the letter holds the numbered point after it; "On
  // paragraph 13 a (withdrawal ...)": words in brackets on it.
  if (ws[w + 2].front() == '(') return letter;
  return {};
}

// Whether `d` is a number of one or two digits, not opening with 0.
bool SmallNumber(std::string_view d) {
  return !d.empty() && d.size() <= 2 && d.front() != '0' &&
         std::ranges::all_of(d, [](char c) {
           return std::isdigit(static_cast<unsigned char>(c));
         });
}

// The number in brackets `word` is ("(2)", "(2),"); "" when it is none.
std::string BracketedNumber(std::string_view word) {
  std::string bare = StripTrailing(word, ".,;:");
  if (bare.size() < 3 || bare.front() != '(' || bare.back() != ')') return {};
  std::string_view inner(bare.data() + 1, bare.size() - 2);
  return SmallNumber(inner) ? std::string(inner) : std::string();
}

// The numbered sub-point words `w` and after name: "3(4)" as one word, or
// "3" then "(4)" (`o`: word w's number); "" when they name none. Not a
// bracket opening on a figure ("point 5 (90 days ..."). `w` moves to the
// last word read.
std::string NumberedSubPoint(const std::vector<std::string_view>& ws, size_t& w,
                             const std::string& o) {
  std::string bare = StripTrailing(ws[w], ".,;:");
  if (size_t open = bare.find('(');
      open != std::string::npos && open > 0 &&
      SmallNumber(std::string_view(bare).substr(0, open))) {
    std::string inner = BracketedNumber(std::string_view(bare).substr(open));
    if (!inner.empty()) return bare.substr(0, open) + "(" + inner + ")";
    return {};
  }
  if (o.empty() || !SmallNumber(o) || ws[w].back() == ',' || w + 1 >= ws.size())
    return {};
  std::string inner = BracketedNumber(ws[w + 1]);
  if (inner.empty()) return {};
  ++w;
  return o + "(" + inner + ")";
}

// "sub-point (2) of their point 4", "sub-para (1) of para 3": the numbered
// point inside another, named from word `w`, a sub-point word; "" when
// none. `w` moves to the parent's number.
std::string SubPointOfPoint(const std::vector<std::string_view>& ws,
                            size_t& w) {
  std::string word = LowerText(ws[w]);
  if ((!word.starts_with("sub-p") && !word.starts_with("subp")) ||
      w + 1 >= ws.size())
    return {};
  size_t k = w + 1;
  std::string inner = OrdinalWord(ws[k]);
  if (inner.empty() || ws[k].front() != '(' ||
      LowerText(ws[k + 1 < ws.size() ? k + 1 : k]) != "of")
    return {};
  // "of their point 4", "of para 3", "of the enemy's point 2".
  for (size_t j = k + 2; j + 1 < ws.size() && j <= k + 4; ++j) {
    std::string lw = LowerText(ws[j]);
    if (!lw.starts_with("point") && !lw.starts_with("para") &&
        !lw.starts_with("пункт"))
      continue;
    std::string parent = OrdinalWord(ws[j + 1]);
    if (parent.empty() || !std::isdigit(static_cast<unsigned char>(parent[0])))
      return {};
    w = j + 1;
    return parent + "(" + inner + ")";
  }
  return {};
}

std::vector<std::string> NumberedLetterPoints(std::string_view part) {
  std::vector<std::string> letters;
  std::vector<std::string_view> ws = Words(part);
  for (size_t w = 0; w < ws.size(); ++w) {
    if (!std::isdigit(static_cast<unsigned char>(ws[w][0]))) continue;
    // "5(b)" as one word.
    if (ws[w].find('(') != std::string_view::npos) {
      if (std::string letter = SubPointLetter(ws[w]); !letter.empty())
        letters.push_back(letter);
      continue;
    }
    // "13 c" as two, the number alone.
    if (!SmallNumber(ws[w]) || w + 1 == ws.size()) continue;
    if (std::string letter = SubPointLetter(ws, w); !letter.empty()) {
      letters.push_back(letter);
      ++w;
    }
  }
  return letters;
}

}  // namespace parley::importers::detail
