// Numbers and units as clauses write them, in English and Russian, digits
// or words: what distances and durations are read from.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

#include "importers/detail/clause_term_stages.h"

namespace parley::importers::detail {
namespace {

// Number words.

struct NumberWord {
  std::string_view word;
  int value;
};

// Words whose every form is listed: English, and the Russian numerals that do
// not follow the soft-sign pattern below. "ё" is written "е", as folded.
constexpr NumberWord kNumberWords[] = {
    {"one", 1},           {"two", 2},
    {"three", 3},         {"four", 4},
    {"five", 5},          {"six", 6},
    {"seven", 7},         {"eight", 8},
    {"nine", 9},          {"ten", 10},
    {"eleven", 11},       {"twelve", 12},
    {"thirteen", 13},     {"fourteen", 14},
    {"fifteen", 15},      {"sixteen", 16},
    {"seventeen", 17},    {"eighteen", 18},
    {"nineteen", 19},     {"twenty", 20},
    {"thirty", 30},       {"forty", 40},
    {"fifty", 50},        {"sixty", 60},
    {"seventy", 70},      {"eighty", 80},
    {"ninety", 90},       {"hundred", 100},
    {"один", 1},          {"одного", 1},
    {"одному", 1},        {"одним", 1},
    {"одном", 1},         {"одна", 1},
    {"одной", 1},         {"одну", 1},
    {"одною", 1},         {"одно", 1},
    {"одни", 1},          {"одних", 1},
    {"два", 2},           {"две", 2},
    {"двух", 2},          {"двум", 2},
    {"двумя", 2},         {"двое", 2},
    {"двоих", 2},         {"три", 3},
    {"трех", 3},          {"трем", 3},
    {"тремя", 3},         {"трое", 3},
    {"троих", 3},         {"четыре", 4},
    {"четырех", 4},       {"четырем", 4},
    {"четырьмя", 4},      {"четверо", 4},
    {"четверых", 4},      {"пятеро", 5},
    {"пятерых", 5},       {"шестеро", 6},
    {"семеро", 7},        {"восемь", 8},
    {"восьми", 8},        {"восемью", 8},
    {"восьмью", 8},       {"десятеро", 10},
    {"сорок", 40},        {"сорока", 40},
    {"пятьдесят", 50},    {"пятидесяти", 50},
    {"пятьюдесятью", 50}, {"шестьдесят", 60},
    {"шестидесяти", 60},  {"шестьюдесятью", 60},
    {"семьдесят", 70},    {"семидесяти", 70},
    {"семьюдесятью", 70}, {"восемьдесят", 80},
    {"восьмидесяти", 80}, {"восемьюдесятью", 80},
    {"девяносто", 90},    {"девяноста", 90},
    {"сто", 100},         {"ста", 100},
};

// Russian numerals declined like "пять / пяти / пятью": stem + ь, и, ью.
constexpr NumberWord kSoftSignNumerals[] = {
    {"пят", 5},          {"шест", 6},         {"сем", 7},
    {"девят", 9},        {"десят", 10},       {"одиннадцат", 11},
    {"двенадцат", 12},   {"тринадцат", 13},   {"четырнадцат", 14},
    {"пятнадцат", 15},   {"шестнадцат", 16},  {"семнадцат", 17},
    {"восемнадцат", 18}, {"девятнадцат", 19}, {"двадцат", 20},
    {"тридцат", 30},
};

// Russian adjectives that carry their number inside ("двухмесячный",
// "трехдневный", "десятикилометровую"): the stem that names the unit.
struct CompoundUnit {
  std::string_view stem;
  Unit unit;
};
constexpr CompoundUnit kCompoundUnits[] = {
    {"километров", Unit::kKm}, {"месячн", Unit::kMonth}, {"дневн", Unit::kDay},
    {"суточн", Unit::kDay},    {"недельн", Unit::kWeek}, {"часов", Unit::kHour},
};

bool IsOrdinalSuffix(const Tokens& t, size_t i) {
  // "38th", "1st" (letters glued to the digits) or "38-й", "38-ой".
  if (i >= t.size()) return false;
  if (t[i].is_word() && detail::Adjacent(t[i - 1], t[i]) &&
      OneOf(t[i].folded, {"th", "st", "nd", "rd", "й", "го", "я", "е"})) {
    return true;
  }
  return t[i].is_punct("-") && detail::Adjacent(t[i - 1], t[i]) &&
         i + 1 < t.size() && t[i + 1].is_word() &&
         detail::Adjacent(t[i], t[i + 1]) &&
         OneOf(t[i + 1].folded, {"й", "ой", "ий", "ый", "я", "ая", "го", "ого",
                                 "ей", "ую", "е", "ое", "th"});
}

bool IsNumberGlue(const WordToken& t) {
  return t.is_punct(".") || t.is_punct(",") || t.is_punct(":") ||
         t.is_punct("/");
}

}  // namespace

int FoldedNumberValue(std::string_view w) {
  if (w.empty()) return -1;
  if (std::all_of(w.begin(), w.end(),
                  [](char c) { return c >= '0' && c <= '9'; })) {
    return w.size() <= 9 ? std::atoi(std::string(w).c_str()) : -1;
  }
  for (const NumberWord& n : kNumberWords) {
    if (n.word == w) return n.value;
  }
  for (const NumberWord& n : kSoftSignNumerals) {
    if (!StartsWith(w, n.word)) continue;
    std::string_view ending = w.substr(n.word.size());
    if (ending == "ь" || ending == "и" || ending == "ью") return n.value;
  }
  return -1;
}

const char* UnitName(Unit u) {
  switch (u) {
    case Unit::kKm:
      return "km";
    case Unit::kMetre:
      return "m";
    case Unit::kMile:
      return "mile";
    case Unit::kYard:
      return "yard";
    case Unit::kHour:
      return "hour";
    case Unit::kDay:
      return "day";
    case Unit::kWeek:
      return "week";
    case Unit::kMonth:
      return "month";
    case Unit::kYear:
      return "year";
    case Unit::kNone:
      break;
  }
  return "";
}

Unit UnitOfWord(std::string_view w) {
  if (OneOf(w, {"km", "kms", "км"}) || StartsWith(w, "kilomet") ||
      StartsWith(w, "километр")) {
    return Unit::kKm;
  }
  if (OneOf(w, {"m", "м", "meter", "meters", "metre", "metres", "метр", "метра",
                "метров", "метрах"})) {
    return Unit::kMetre;
  }
  if (OneOf(w, {"mile", "miles", "миля", "мили", "миль", "милях", "милю"})) {
    return Unit::kMile;
  }
  if (OneOf(w, {"yard", "yards", "yds", "ярд", "ярда", "ярдов"})) {
    return Unit::kYard;
  }
  if (OneOf(w, {"hour", "hours", "час", "часа", "часов", "часах", "часам"})) {
    return Unit::kHour;
  }
  if (OneOf(w, {"day", "days", "день", "дня", "дней", "дни", "днях", "дням",
                "днями", "сутки", "суток", "суткам", "сутках"})) {
    return Unit::kDay;
  }
  if (OneOf(w, {"week", "weeks", "неделя", "недели", "недель", "неделю",
                "неделях", "неделям"})) {
    return Unit::kWeek;
  }
  if (OneOf(w, {"month", "months"}) || StartsWith(w, "месяц")) {
    return Unit::kMonth;
  }
  if (OneOf(w, {"year", "years", "год", "года", "лет", "годы", "годам",
                "годах"})) {
    return Unit::kYear;
  }
  return Unit::kNone;
}

namespace {

std::optional<NumberRead> ReadFigure(const Tokens& t, size_t i);

// "sixty (60) days", "60 (sixty) days": cable-ese gives a figure twice, in
// words and in digits in brackets; `n` then ends after the brackets.
NumberRead PastRestatedFigure(const Tokens& t, NumberRead n) {
  size_t open = n.end;
  if (open + 2 >= t.size() || !t[open].is_punct("(")) return n;
  std::optional<NumberRead> inner = ReadFigure(t, open + 1);
  if (!inner || inner->value != n.value || inner->end >= t.size() ||
      !t[inner->end].is_punct(")"))
    return n;
  n.end = inner->end + 1;
  return n;
}

}  // namespace

std::optional<NumberRead> ReadNumber(const Tokens& t, size_t i) {
  std::optional<NumberRead> n = ReadFigure(t, i);
  if (n) *n = PastRestatedFigure(t, *n);
  return n;
}

namespace {

// ReadNumber but for a figure given again in brackets.
std::optional<NumberRead> ReadFigure(const Tokens& t, size_t i) {
  if (i >= t.size()) return std::nullopt;
  if (t[i].is_number()) {
    if (i >= 2 && IsNumberGlue(t[i - 1]) && detail::Adjacent(t[i - 1], t[i]) &&
        t[i - 2].is_number() && detail::Adjacent(t[i - 2], t[i - 1])) {
      return std::nullopt;  // the tail of "30.6" or "12:10"
    }
    if (t[i].folded.size() > 9) return std::nullopt;
    NumberRead n{static_cast<double>(std::atoi(t[i].folded.c_str())), true,
                 i + 1};
    if (IsOrdinalSuffix(t, i + 1)) return std::nullopt;
    // "1,000 yards", "35,000 men": a comma before three digits groups
    // thousands.
    while (t[i].folded.size() <= 3 && n.end + 1 < t.size() &&
           t[n.end].is_punct(",") && detail::Adjacent(t[n.end - 1], t[n.end]) &&
           t[n.end + 1].is_number() && t[n.end + 1].folded.size() == 3 &&
           detail::Adjacent(t[n.end], t[n.end + 1])) {
      n.value = n.value * 1000 + std::atoi(t[n.end + 1].folded.c_str());
      n.end += 2;
    }
    if (n.end > i + 1) return n;
    if (i + 2 < t.size() && IsNumberGlue(t[i + 1]) &&
        detail::Adjacent(t[i], t[i + 1]) && t[i + 2].is_number() &&
        detail::Adjacent(t[i + 1], t[i + 2])) {
      // "2.5" is a number; "30.6.1951" and "12:10" are not.
      bool decimal =
          (t[i + 1].is_punct(".") || t[i + 1].is_punct(",")) &&
          !(i + 4 < t.size() && IsNumberGlue(t[i + 3]) &&
            detail::Adjacent(t[i + 2], t[i + 3]) && t[i + 4].is_number());
      if (!decimal) return std::nullopt;
      n.value += std::atof(("0." + t[i + 2].folded).c_str());
      n.integral = false;
      n.end = i + 3;
    }
    return n;
  }
  if (!t[i].is_word()) return std::nullopt;
  int v = FoldedNumberValue(t[i].folded);
  if (v < 0) return std::nullopt;
  NumberRead n{static_cast<double>(v), true, i + 1};
  if (IsTens(v)) {
    // "twenty-five", "twenty five", "двадцать пять".
    size_t j = i + 1;
    if (j < t.size() && t[j].is_punct("-")) ++j;
    if (j < t.size() && t[j].is_word()) {
      int unit = FoldedNumberValue(t[j].folded);
      if (unit >= 1 && unit <= 9) {
        n.value += unit;
        n.end = j + 1;
      }
    }
  }
  return n;
}

}  // namespace

std::pair<Unit, size_t> ReadUnit(const Tokens& t, size_t i) {
  if (i < t.size() && t[i].is_punct("-") && detail::Adjacent(t[i - 1], t[i])) {
    ++i;
  }
  if (i >= t.size() || !t[i].is_word()) return {Unit::kNone, i};
  return {UnitOfWord(t[i].folded), i + 1};
}

graph::Value NumberValue(const NumberRead& n) {
  if (n.integral)
    return graph::Value(static_cast<int64_t>(std::llround(n.value)));
  return graph::Value(n.value);
}

std::pair<int, Unit> CompoundNumber(std::string_view w) {
  for (const CompoundUnit& c : kCompoundUnits) {
    size_t at = w.find(c.stem);
    if (at == 0 || at == std::string_view::npos) continue;
    int v = FoldedNumberValue(w.substr(0, at));
    if (v > 0) return {v, c.unit};
  }
  return {-1, Unit::kNone};
}

}  // namespace parley::importers::detail
