// Registry stamps ("Received 12:10 3.7.1951", "received 1750 11 July 1951")
// and numbered copy lines ("Copy Nº 1 to Cde. Stalin").
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

namespace parley::importers::detail {

// A clock time written as four digits ("1750", "at 1135") or with a dot
// ("18.20") in t[from, to),
// the bytes between a stamp's word and its date.
std::optional<detail::Time> CompactTimeBefore(std::string_view t, size_t from,
                                              size_t to) {
  // "No. 1205": a number after its marker is no clock.
  auto numbered = [&](size_t i) {
    return EndsWithNumberMarker(t.substr(0, i));
  };
  for (size_t i = from; i + 4 <= to && i + 4 <= t.size(); ++i) {
    bool boundary = (i == 0 || t[i - 1] == ' ') && !numbered(i);
    // "Received 18.20 13.VII.51": hours and minutes with a dot.
    auto digit = [&](size_t k) {
      return k < to && std::isdigit(static_cast<unsigned char>(t[k]));
    };
    size_t hn = digit(i) ? (digit(i + 1) ? 2 : 1) : 0;
    if (boundary && hn > 0 && i + hn + 3 <= to && t[i + hn] == '.' &&
        digit(i + hn + 1) && digit(i + hn + 2) &&
        (i + hn + 3 == t.size() || t[i + hn + 3] == ' ')) {
      int hour = hn == 2 ? (t[i] - '0') * 10 + (t[i + 1] - '0') : t[i] - '0';
      int minute = (t[i + hn + 1] - '0') * 10 + (t[i + hn + 2] - '0');
      if (hour < 24 && minute < 60) return detail::Time{hour, minute};
    }
    bool four = boundary;
    for (size_t k = 0; k < 4 && four; ++k)
      four = std::isdigit(static_cast<unsigned char>(t[i + k]));
    if (!four || (i + 4 < t.size() && t[i + 4] != ' ')) continue;
    int hour = (t[i] - '0') * 10 + (t[i + 1] - '0');
    int minute = (t[i + 2] - '0') * 10 + (t[i + 3] - '0');
    if (hour < 24 && minute < 60) return detail::Time{hour, minute};
  }
  return std::nullopt;
}

// The words of a register's stamp.
const std::vector<std::string_view>& StampWords() {
  static const auto* words = new std::vector<std::string_view>{
      "received",  "sent",     "dispatched", "получен",
      "отправлен", "поступил", "разослан"};
  return *words;
}

// True when `t`, a line with a date or time, is a register's stamp:
// "Received 12:10 3.7.1951", "From BEIJING 01:30 27.8.1951", "From
// Correspondent 20 Sent 1.7.51 5:30", "from [BEIJING] received at 1750 31
// January 1952", "Из ПЕКИНА Получено 12:40 3 июля 1951 г."; not a sentence
// that speaks of a telegram received on some day.
bool IsTimestampLine(std::string_view t) {
  std::string lower = LowerText(t);
  if (FindWordStart(lower, StampWords()) == 0) return true;
  bool from = lower.rfind("from ", 0) == 0 || lower.rfind("из ", 0) == 0;
  if (!from && FindWordStart(lower, StampWords()) == std::string_view::npos)
    return false;
  std::vector<std::string_view> words = Words(t);
  if (words.size() > 14) return false;
  size_t stamp_like = 0;
  for (std::string_view w : words) {
    std::string lw = LowerText(StripTrailing(w, ".,:;"));
    bool like =
        std::any_of(w.begin(), w.end(),
                    [](char c) {
                      return std::isdigit(static_cast<unsigned char>(c));
                    }) ||
        w[0] == '[' || IsUpperWord(w) || detail::MonthFromName(lw) > 0 ||
        FindWordStart(lw, StampWords()) == 0 || lw == "at" || lw == "from" ||
        lw == "on" || lw == "in" || lw == "to" || lw == "из" || lw == "в" ||
        lw == "г" || lw == "час" || lw == "мин";
    if (like) ++stamp_like;
  }
  return stamp_like * 5 >= words.size() * 3;
}

// The names after a numbered copy's marker: "Copy Nº 1 to Cde. Stalin",
// "Nº 2 to Cde. Stalin", "Copy No. 3 to Molotov" -> "Cde. Stalin"; "" when
// `t` is no such line ("Copy Nº 2" alone numbers the copy itself).
std::string_view NumberedCopyNames(std::string_view t) {
  std::string_view rest = t;
  if (StartsWithNoCase(rest, "Copy ")) rest = TrimView(rest.substr(5));
  // "Экз. № 1 — т. Сталину": the Russian copy's mark.
  for (std::string_view copy : {"Экз. ", "Экз ", "экз. "}) {
    if (rest.starts_with(copy)) rest = TrimView(rest.substr(copy.size()));
  }
  bool marker = false;
  for (std::string_view m : kNumberSigns) {
    if (rest.substr(0, m.size()) == m) {
      rest = TrimView(rest.substr(m.size()));
      marker = true;
      break;
    }
  }
  // "No 2 to ...", "No2 to ...": "No" alone too, before a number.
  if (!marker && rest.size() > 2 && rest.substr(0, 2) == "No" &&
      (rest[2] == ' ' || std::isdigit(static_cast<unsigned char>(rest[2])))) {
    rest = TrimView(rest.substr(2));
    marker = true;
  }
  // "Copy N2 1 to Cde. Malenkov": the OCR's "2" for the sign "º".
  if (!marker && rest.size() > 4 && rest.substr(0, 3) == "N2 " &&
      std::isdigit(static_cast<unsigned char>(rest[3]))) {
    rest = TrimView(rest.substr(3));
    marker = true;
  }
  if (!marker) return {};
  size_t digits = 0;
  while (digits < rest.size() &&
         std::isdigit(static_cast<unsigned char>(rest[digits])))
    ++digits;
  // "Copy Nº l to Cde. Stalin": the OCR's letter l for the digit 1.
  if (digits == 0 && !rest.empty() && (rest[0] == 'l' || rest[0] == 'I'))
    digits = 1;
  if (digits == 0) return {};
  // " to Cde. Stalin", " — т. Сталину".
  for (std::string_view join : {" to ", " \u2014 ", " \u2013 ", " - "}) {
    if (rest.substr(digits, join.size()) == join)
      return TrimView(rest.substr(digits + join.size()));
  }
  return {};
}

bool IsNumberedCopyLine(std::string_view t) {
  return !NumberedCopyNames(t).empty();
}

}  // namespace parley::importers::detail
