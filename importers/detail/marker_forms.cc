// The markers that open points, as printed: "1. ", "2) ", "(a) ", "Para
// 13(a). ", "13 a. ", "Пункт 4. ", "一、", "（乙）"; and the place in its list
// a marker stands for.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <utility>

#include "importers/detail/page_reader.h"
#include "importers/detail/point_names.h"

namespace parley::importers::detail {

namespace {

// The Heavenly Stems, which Chinese texts letter sub-points with as others
// use a, b, c.
constexpr std::string_view kStems[] = {"甲", "乙", "丙", "丁", "戊",
                                       "己", "庚", "辛", "壬", "癸"};

// A Chinese point marker at the start of `t`: "一、", "12、", "（一）",
// "(三)", "（1）", and the stems "甲、", "（乙）". No space follows one.
std::optional<PointMarker> ReadChineseMarker(std::string_view t) {
  std::string_view close = "、";
  size_t i = 0;
  for (auto [open, shut] :
       {std::pair<std::string_view, std::string_view>{"（", "）"},
        {"(", ")"}}) {
    if (t.substr(0, open.size()) == open) {
      i = open.size();
      close = shut;
      break;
    }
  }
  PointMarker m;
  m.parenthesized = i > 0;
  size_t at = i;
  // Han numerals or up to four digits ("1、", "（1）"); "(1) " is the
  // general reader's.
  bool digits = i < t.size() && std::isdigit(static_cast<unsigned char>(t[i]));
  if (int n = 0; !(digits && close == ")")) {
    size_t end = ReadAnyNumber(t, i, n);
    if (end > i && (!digits || end - i <= 4)) {
      m.numbered = true;
      m.number = n;
      if (!digits) m.printed = std::string(t.substr(i, end - i));
      at = end;
    }
  }
  if (!m.numbered) {
    for (std::string_view stem : kStems) {
      if (t.substr(i, stem.size()) == stem) {
        m.letter = std::string(stem);
        at = i + stem.size();
        break;
      }
    }
    if (m.letter.empty()) return std::nullopt;
  }
  if (t.substr(at, close.size()) != close) return std::nullopt;
  m.length = at + close.size();
  if (m.length < t.size() && t[m.length] == ' ') ++m.length;
  return m;
}

}  // namespace

int MarkerOrdinal(const PointMarker& m) {
  if (m.numbered) return m.number;
  // Latin, Cyrillic (Russian lists skip "й" and the signs) and the Stems.
  static constexpr std::string_view kLatin[] = {"a", "b", "c", "d", "e",
                                                "f", "g", "h", "i", "j"};
  static constexpr std::string_view kCyrillic[] = {"а", "б", "в", "г", "д",
                                                   "е", "ж", "з", "и", "к"};
  // "A." alone on its line counts as "a." does.
  std::string letter = m.letter;
  if (letter.size() == 1 && letter[0] >= 'A' && letter[0] <= 'Z')
    letter[0] = static_cast<char>(letter[0] - 'A' + 'a');
  // "(iv)" is the fourth; "(i)" alone cannot be told from the letter.
  static constexpr std::string_view kRoman[] = {"",   "ii",  "iii",  "iv", "v",
                                                "vi", "vii", "viii", "ix", "x"};
  if (letter.size() > 1) {
    for (size_t k = 1; k < std::size(kRoman); ++k)
      if (letter == kRoman[k]) return static_cast<int>(k) + 1;
  }
  for (const auto* alphabet : {kLatin, kCyrillic, kStems}) {
    for (size_t k = 0; k < 10; ++k)
      if (letter == alphabet[k]) return static_cast<int>(k) + 1;
  }
  return 0;
}

// "1. ", "2) ", "Item 3. ", "Article 2. ", "Пункт 4. ", "Статья 5. ", "а) ",
// "b. ", "一、", "（二）" at the start of `t`; "1." alone on its line is a
// marker whose text is on the next line.
std::optional<PointMarker> ReadPointMarker(std::string_view t) {
  if (std::optional<PointMarker> zh = ReadChineseMarker(t)) return zh;
  PointMarker m;
  // "(1) " and "(a) ": the parenthesised forms; alone on the line ("(a)"
  // over its text, as FRUS prints a list's labels), as "1." is.
  if (t.size() >= 3 && t[0] == '(') {
    size_t close = t.find(") ");
    if (close == std::string_view::npos && t.back() == ')')
      close = t.size() - 1;
    if (close != std::string_view::npos && close >= 2 && close <= 4) {
      std::string_view inner = t.substr(1, close - 1);
      bool digits = std::all_of(inner.begin(), inner.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      });
      if (digits) {
        m.numbered = true;
        m.number = std::stoi(std::string(inner));
        m.length = std::min(close + 2, t.size());
        m.parenthesized = true;
        m.close = '(';
        return m;
      }
      // "(iv)": FRUS labels some lists with Roman numerals, kept as
      // printed.
      bool letter = (inner.size() == 1 && inner[0] >= 'a' && inner[0] <= 'z') ||
                    IsRomanNumeral(inner);
      bool cyrillic =
          inner.size() == 2 && detail::DetectLanguage(inner) == "ru";
      if (letter || cyrillic) {
        m.letter = std::string(inner);
        m.length = std::min(close + 2, t.size());
        return m;
      }
    }
  }
  // "Para 13(a). Within seventy-two hours ...", "13(c). Quote. Cease ...",
  // "13 a. Within ...", "13a. ...": a lettered sub-paragraph printed with
  // the number of its paragraph.
  for (std::string_view word : {"Para ", "Paragraph ", "Par. ", ""}) {
    if (!t.starts_with(word)) continue;
    size_t d = word.size();
    while (d < t.size() && std::isdigit(static_cast<unsigned char>(t[d]))) ++d;
    if (d == word.size() || d - word.size() > 3) break;
    auto lower = [&](size_t i) {
      return i < t.size() && t[i] >= 'a' && t[i] <= 'z';
    };
    size_t end = 0;  // past the full stop
    if (t.size() > d + 3 && t[d] == '(' && lower(d + 1) && t[d + 2] == ')' &&
        t[d + 3] == '.')
      end = d + 4;
    // Not after "Para ": "Para 4a. I concur ..." answers the paragraph.
    else if (word.empty() && lower(d) && t.size() > d + 1 && t[d + 1] == '.')
      end = d + 2;
    else if (word.empty() && t.size() > d + 2 && t[d] == ' ' && lower(d + 1) &&
             t[d + 2] == '.')
      end = d + 3;
    if (end == 0 || (end < t.size() && t[end] != ' ')) break;
    m.letter = std::string(1, t[end - 2 - (t[end - 2] == ')' ? 1 : 0)]);
    m.printed = std::string(t.substr(word.size(), end - 1 - word.size()));
    m.length = std::min(t.size(), end + 1);
    return m;
  }
  size_t k = 0;
  for (std::string_view word : {"Item ", "Point ", "Para ", "Paragraph ",
                                "Article ", "Пункт ", "Статья "}) {
    if (t.substr(0, word.size()) == word && t.size() > word.size() &&
        std::isdigit(static_cast<unsigned char>(t[word.size()]))) {
      k = word.size();
      m.named = true;
      break;
    }
  }
  // Up to kMaxPointDigits digits: a list may run past point 999 (the
  // sequence check in ReadClauses keeps a year such as "1951." out), and a
  // longer number is no marker, so the value cannot overflow.
  constexpr size_t kMaxPointDigits = 6;
  size_t digits_from = k;
  while (k < t.size() && std::isdigit(static_cast<unsigned char>(t[k])) &&
         k - digits_from <= kMaxPointDigits) {
    m.number = m.number * 10 + (t[k] - '0');
    ++k;
  }
  size_t digits = k - digits_from;
  if (digits > 0 && digits <= kMaxPointDigits && k < t.size() &&
      (t[k] == '.' || t[k] == ')')) {
    if (!m.named) m.close = t[k];
    if (k + 1 == t.size()) {
      m.numbered = true;
      m.length = k + 1;
      return m;
    }
    if (t[k + 1] == ' ') {
      m.numbered = true;
      m.length = k + 2;
      return m;
    }
  }
  // A single letter: Latin (1 byte) or Cyrillic (2 bytes), then ")" (or a
  // Latin one then ".").
  size_t len = 0;
  unsigned char c = static_cast<unsigned char>(t.empty() ? 0 : t[0]);
  // "A." alone over its paragraph, as a cable's capitals print it; with
  // words after it, a capital and a full stop are an initial ("A.
  // Vyshinsky").
  if (t.size() == 2 && c >= 'A' && c <= 'Z' && t[1] == '.') {
    m.letter = std::string(1, static_cast<char>(c));
    m.length = 2;
    return m;
  }
  if (c >= 'a' && c <= 'z') len = 1;
  if ((c == 0xD0 || c == 0xD1) && t.size() > 1) len = 2;
  bool closes = len > 0 && t.size() > len &&
                (t[len] == ')' || (len == 1 && t[len] == '.'));
  // "a. Inspection ...", or "a." alone over its paragraph, as "1." is.
  if (closes && (t.size() == len + 1 || t[len + 1] == ' ')) {
    std::string letter(t.substr(0, len));
    if (len == 2 && detail::DetectLanguage(letter) != "ru") return std::nullopt;
    m.letter = letter;
    m.length = std::min(t.size(), len + 2);
    return m;
  }
  return std::nullopt;
}

}  // namespace parley::importers::detail
