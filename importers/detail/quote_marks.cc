// Quotation marks: which open a quotation, which close one, which pair.
#include "importers/detail/quote_marks.h"

#include <cctype>
#include <string_view>

namespace parley::importers::detail {

// The opening quotation mark at the start of `s` ("«", "“", "„", "\""), or
// "" when there is none.
std::string_view OpenQuoteMark(std::string_view s) {
  for (std::string_view mark : {"\"", "«", "“", "„"}) {
    if (s.substr(0, mark.size()) == mark) return mark;
  }
  // A single quotation mark, as a quotation inside another opens ("'To the
  // Commander-in-Chief ..."), only before a capital or a numbered point
  // ("'1. Within 60 days", "'13 c. Cease ..."): "'51" is an elision.
  for (std::string_view mark : {"'", "‘"}) {
    if (s.substr(0, mark.size()) != mark || s.size() <= mark.size()) continue;
    std::string_view rest = s.substr(mark.size());
    size_t digits = 0;
    while (digits < rest.size() && digits < 3 &&
           std::isdigit(static_cast<unsigned char>(rest[digits])))
      ++digits;
    // "'13 c. ...", "'13(c). ...": a sub-paragraph printed with its
    // paragraph's number.
    std::string_view after = rest.substr(digits);
    auto lower = [&](size_t i) {
      return i < after.size() && after[i] >= 'a' && after[i] <= 'z';
    };
    if (lower(0))
      after.remove_prefix(1);
    else if (after.size() > 2 && after[0] == ' ' && lower(1))
      after.remove_prefix(2);
    else if (after.size() > 3 && after[0] == '(' && lower(1) && after[2] == ')')
      after.remove_prefix(3);
    bool point = digits > 0 && after.substr(0, 2) == ". ";
    if (std::isupper(static_cast<unsigned char>(rest[0])) || point) return mark;
  }
  return {};
}

bool IsOpenQuote(std::string_view s) { return !OpenQuoteMark(s).empty(); }

// Bytes of the opening quote mark at the start of `s` (0 when none).
size_t OpenQuoteLength(std::string_view s) { return OpenQuoteMark(s).size(); }

std::string_view AfterOpenQuotes(std::string_view s) {
  while (!s.empty() && IsOpenQuote(s)) s.remove_prefix(OpenQuoteLength(s));
  return s;
}

size_t CountOf(std::string_view s, std::string_view needle) {
  size_t n = 0;
  for (size_t i = s.find(needle); i != std::string_view::npos;
       i = s.find(needle, i + needle.size())) {
    ++n;
  }
  return n;
}

// The quotation mark that ends `s` when it closes more than the line itself
// opens ("...insisted upon.\"", "КИМ ИР СЕН 30.6.1951 г.»"), or "".
std::string_view ClosingQuoteMark(std::string_view s) {
  std::string_view t = s;
  while (!t.empty() &&
         (t.back() == '.' || t.back() == ' ' || t.back() == ',')) {
    t.remove_suffix(1);
  }
  if (t.size() >= 2 && t.substr(t.size() - 2) == "\"]") t.remove_suffix(1);
  auto ends = [&](std::string_view q) {
    return t.size() >= q.size() && t.substr(t.size() - q.size()) == q;
  };
  if (ends("»") && CountOf(s, "»") > CountOf(s, "«")) return "»";
  if (ends("”") && CountOf(s, "”") > CountOf(s, "“")) return "”";
  // "„...“" is the Russian inner quotation.
  if (ends("“") && CountOf(s, "“") > CountOf(s, "„")) return "“";
  if (ends("\"") && CountOf(s, "\"") % 2 == 1) return "\"";
  // "PENG DEHUAI'": a single mark after a letter that the line did not
  // open (an apostrophe ends no line of a telegram).
  if (ends("’") && CountOf(s, "’") > CountOf(s, "‘") &&
      s.find("‘") == std::string_view::npos && t.size() > 3)
    return "’";
  // "PENG DEHUAI'", "... in Korea.'": a letter, or a sentence's end after
  // one, before the mark.
  if (ends("'") && t.size() > 1 && CountOf(s, "'") % 2 == 1) {
    auto letter = [&](size_t from_end) {
      return t.size() > from_end && std::isalpha(static_cast<unsigned char>(
                                        t[t.size() - 1 - from_end]));
    };
    char before = t[t.size() - 2];
    if (letter(1) ||
        ((before == '.' || before == '!' || before == '?') && letter(2))) {
      return "'";
    }
  }
  return {};
}

// True when the line ends a quotation opened on an earlier line.
bool ClosesQuote(std::string_view s) { return !ClosingQuoteMark(s).empty(); }

// True when a quotation opened with `open` may end with `close`: "«" with
// "»", "“" with "”", "„" with "“" or "”", a straight quote with itself.
bool QuoteMarksPair(std::string_view open, std::string_view close) {
  if (open == "«") return close == "»";
  if (open == "“") return close == "”";
  if (open == "„") return close == "“" || close == "”";
  if (open == "‘") return close == "’";
  return open == close;
}

}  // namespace parley::importers::detail
