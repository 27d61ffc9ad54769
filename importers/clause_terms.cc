#include "importers/clause_terms.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <utility>
#include <vector>

#include "graph/props.h"
#include "importers/detail/word_tokens.h"
#include "text/translit.h"

namespace parley::importers {
namespace {

namespace prop = graph::prop;

using detail::EndsWith;
using detail::StartsWith;
using detail::WordToken;
using Tokens = std::vector<WordToken>;

// ---------------------------------------------------------------------------
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

// The value of one folded word: digits or a number word; -1 otherwise.
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

bool IsTens(int v) { return v >= 20 && v <= 90 && v % 10 == 0; }

// ---------------------------------------------------------------------------
// Units.

enum class Unit { kNone, kKm, kMile, kHour, kDay, kWeek, kMonth, kYear };

bool IsDistance(Unit u) { return u == Unit::kKm || u == Unit::kMile; }
bool IsDuration(Unit u) { return u >= Unit::kHour; }

const char* UnitName(Unit u) {
  switch (u) {
    case Unit::kKm:
      return "km";
    case Unit::kMile:
      return "mile";
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

bool OneOf(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

Unit UnitOfWord(std::string_view w) {
  if (OneOf(w, {"km", "kms", "км"}) || StartsWith(w, "kilomet") ||
      StartsWith(w, "километр")) {
    return Unit::kKm;
  }
  if (OneOf(w, {"mile", "miles", "миля", "мили", "миль", "милях", "милю"})) {
    return Unit::kMile;
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

// ---------------------------------------------------------------------------
// Reading numbers in a token stream.

bool IsWordOrNumber(const WordToken& t) {
  return t.kind != WordToken::Kind::kPunct;
}

struct NumberRead {
  double value = 0;
  bool integral = true;
  size_t end = 0;  // index past the number
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

// The number (digits or words) that starts at t[i], or nothing. Digits that
// belong to a date or a clock time ("30.6.1951", "12:10") and ordinals
// ("38th", "38-й") are not numbers here.
std::optional<NumberRead> ReadNumber(const Tokens& t, size_t i) {
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

// The unit at t[i] (a hyphen before it is allowed: "10-km", "two-month"),
// and the index past it.
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

// ---------------------------------------------------------------------------
// Reference lines that distances are measured from.

struct ReferenceLine {
  size_t index;
  int sentence;
  std::string label;
};

std::string OrdinalLabel(int n) {
  const char* suffix = "th";
  if (n % 100 < 11 || n % 100 > 13) {
    if (n % 10 == 1) suffix = "st";
    if (n % 10 == 2) suffix = "nd";
    if (n % 10 == 3) suffix = "rd";
  }
  return std::to_string(n) + suffix;
}

bool IsParallelWord(const WordToken& t) {
  return t.is_word() &&
         (StartsWith(t.folded, "parallel") || StartsWith(t.folded, "параллел"));
}

bool IsLineWord(const WordToken& t) {
  return t.is_word() && (t.folded == "line" || StartsWith(t.folded, "лини"));
}

bool IsMilitaryWord(const WordToken& t) {
  return t.is_word() &&
         (t.folded == "military" || StartsWith(t.folded, "военн"));
}

std::vector<ReferenceLine> FindReferenceLines(const Tokens& t) {
  std::vector<ReferenceLine> lines;
  for (size_t i = 0; i < t.size(); ++i) {
    const WordToken& w = t[i];
    if (w.is_number() && w.folded.size() <= 2) {
      // "38th parallel", "38-й параллели", "38 параллель", "38° parallel".
      size_t j = i + 1;
      while (j < t.size() && j <= i + 3 && !IsParallelWord(t[j]) &&
             (t[j].is_punct("-") || t[j].is_punct("°") ||
              (t[j].is_word() &&
               OneOf(t[j].folded, {"th", "st", "nd", "rd", "й", "ой", "ий",
                                   "ый", "я", "ая", "ей", "ую", "го", "ого",
                                   "е", "ое", "ом", "degree", "degrees"})))) {
        ++j;
      }
      if (j < t.size() && IsParallelWord(t[j])) {
        lines.push_back(
            {i, w.sentence,
             OrdinalLabel(std::atoi(w.folded.c_str())) + " parallel"});
      }
      continue;
    }
    if (!w.is_word()) continue;
    const WordToken* next = i + 1 < t.size() ? &t[i + 1] : nullptr;
    const WordToken* after = i + 2 < t.size() ? &t[i + 2] : nullptr;
    if (StartsWith(w.folded, "demarcation") ||
        StartsWith(w.folded, "демаркационн")) {
      bool line = (next != nullptr && IsLineWord(*next)) ||
                  (i > 0 && IsLineWord(t[i - 1]));
      if (!line) continue;
      bool military =
          (i > 0 && IsMilitaryWord(t[i - 1])) ||
          (i > 1 && IsLineWord(t[i - 1]) && IsMilitaryWord(t[i - 2]));
      lines.push_back(
          {i, w.sentence,
           military ? "military demarcation line" : "demarcation line"});
    } else if ((w.folded == "line" && next != nullptr && next->folded == "of" &&
                after != nullptr &&
                (after->folded == "contact" ||
                 (OneOf(after->folded, {"actual", "present", "real"}) &&
                  i + 3 < t.size() && t[i + 3].folded == "contact"))) ||
               (w.folded == "contact" && next != nullptr &&
                next->folded == "line") ||
               (StartsWith(w.folded, "лини") && next != nullptr &&
                StartsWith(next->folded, "соприкоснов"))) {
      lines.push_back({i, w.sentence, "line of contact"});
    } else if ((w.folded == "front" && next != nullptr &&
                next->folded == "line") ||
               (StartsWith(w.folded, "лини") && next != nullptr &&
                StartsWith(next->folded, "фронт"))) {
      lines.push_back({i, w.sentence, "front line"});
    }
  }
  return lines;
}

// The reference line nearest to t[index] in the same sentence, or "".
std::string NearestLine(const std::vector<ReferenceLine>& lines, size_t index,
                        int sentence) {
  const ReferenceLine* best = nullptr;
  size_t best_distance = 0;
  for (const ReferenceLine& line : lines) {
    if (line.sentence != sentence) continue;
    size_t d = line.index > index ? line.index - index : index - line.index;
    if (best == nullptr || d < best_distance) {
      best = &line;
      best_distance = d;
    }
  }
  return best != nullptr ? best->label : std::string();
}

// ---------------------------------------------------------------------------
// Distances.

void AddDistance(graph::Value& terms, const NumberRead& lo,
                 const NumberRead& hi, Unit unit, const std::string& from,
                 std::string_view lang, bool up_to = false) {
  graph::Value d = graph::Value::MakeObject();
  d[prop::kMin] = up_to ? graph::Value(int64_t{0}) : NumberValue(lo);
  d[prop::kMax] = NumberValue(hi);
  d[prop::kUnit] = UnitName(unit);
  if (!from.empty()) d[prop::kFrom] = from;
  if (up_to) d[prop::kBound] = prop::kBoundUpTo;
  d[prop::kLang] = lang;
  terms[prop::kDistances].AppendUnique(std::move(d));
}

// True when the number at t[i] is an upper bound: "up to 10 km", "not more
// than 10 km", "до 10 км", "не более 10 км" (a range's "от 5 до 10" is read
// before its second number is reached).
bool IsUpperBound(const Tokens& t, size_t i) {
  auto word = [&](size_t back) -> std::string_view {
    return i >= back && t[i - back].is_word()
               ? std::string_view(t[i - back].folded)
               : std::string_view();
  };
  if (word(1) == "до" || (word(2) == "up" && word(1) == "to")) return true;
  if (OneOf(word(1), {"более", "больше", "свыше"}) && word(2) == "не")
    return true;
  return word(1) == "than" && OneOf(word(2), {"more", "greater"}) &&
         OneOf(word(3), {"no", "not"});
}

bool IsRangeWord(const WordToken& t) {
  return t.is_punct("-") ||
         (t.is_word() && OneOf(t.folded, {"to", "до", "and", "и"}));
}

// A number glued to its unit inside one Russian word ("десятикилометровую",
// "двухмесячный"): the value and unit, or -1.
std::pair<int, Unit> CompoundNumber(std::string_view w) {
  for (const CompoundUnit& c : kCompoundUnits) {
    size_t at = w.find(c.stem);
    if (at == 0 || at == std::string_view::npos) continue;
    int v = FoldedNumberValue(w.substr(0, at));
    if (v > 0) return {v, c.unit};
  }
  return {-1, Unit::kNone};
}

void ExtractDistances(const Tokens& t, std::string_view lang,
                      graph::Value& terms) {
  std::vector<ReferenceLine> lines = FindReferenceLines(t);
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].is_word()) {
      auto [v, unit] = CompoundNumber(t[i].folded);
      if (v > 0 && IsDistance(unit)) {
        NumberRead n{static_cast<double>(v), true, i + 1};
        AddDistance(terms, n, n, unit, NearestLine(lines, i, t[i].sentence),
                    lang);
        continue;
      }
    }
    std::optional<NumberRead> lo = ReadNumber(t, i);
    if (!lo) continue;
    // "5–10 km", "5 to 10 km", "от 5 до 10 км", "between 5 and 10 km".
    if (lo->end < t.size() && IsRangeWord(t[lo->end])) {
      bool and_word = t[lo->end].folded == "and" || t[lo->end].folded == "и";
      bool between =
          i > 0 && (t[i - 1].folded == "between" || t[i - 1].folded == "между");
      std::optional<NumberRead> hi = ReadNumber(t, lo->end + 1);
      if (hi && (!and_word || between)) {
        auto [unit, end] = ReadUnit(t, hi->end);
        if (IsDistance(unit)) {
          AddDistance(terms, *lo, *hi, unit,
                      NearestLine(lines, i, t[i].sentence), lang);
          i = end - 1;
          continue;
        }
      }
    }
    auto [unit, end] = ReadUnit(t, lo->end);
    if (IsDistance(unit)) {
      AddDistance(terms, *lo, *lo, unit, NearestLine(lines, i, t[i].sentence),
                  lang, IsUpperBound(t, i));
      i = end - 1;
    } else {
      i = lo->end - 1;
    }
  }
}

// ---------------------------------------------------------------------------
// Durations and their anchors.

// Phrases that tie a duration to the event it is counted from. `bare` ones
// ("after", "from") are kept only when what follows names a known event.
struct AnchorLead {
  std::array<std::string_view, 5> words;
  bool bare;
};
constexpr AnchorLead kAnchorLeads[] = {
    {{"from", "the", "day", "of", "the"}, false},
    {{"from", "the", "day", "of"}, false},
    {{"from", "the", "day", "on", "which"}, false},
    {{"from", "the", "day"}, false},
    {{"from", "the", "moment", "of", "the"}, false},
    {{"from", "the", "moment", "of"}, false},
    {{"from", "the", "moment"}, false},
    {{"from", "the", "date", "of", "the"}, false},
    {{"from", "the", "date", "of"}, false},
    {{"from", "the", "date"}, false},
    {{"from", "the", "time", "of", "the"}, false},
    {{"from", "the", "time", "of"}, false},
    {{"after", "the", "day", "of", "the"}, false},
    {{"со", "дня"}, false},
    {{"с", "дня"}, false},
    {{"с", "момента"}, false},
    {{"с", "даты"}, false},
    {{"со", "времени"}, false},
    {{"с", "того", "дня", "как"}, false},
    {{"с", "того", "момента", "как"}, false},
    {{"after", "the"}, true},
    {{"following", "the"}, true},
    {{"of", "the"}, true},
    {{"from", "the"}, true},
    {{"after"}, true},
    {{"following"}, true},
    {{"since"}, true},
    {{"после"}, true},
    {{"по"}, true},
    {{"от"}, true},
};

bool HasWordStarting(const std::vector<std::string_view>& words,
                     std::string_view prefix) {
  return std::any_of(words.begin(), words.end(),
                     [&](std::string_view w) { return StartsWith(w, prefix); });
}

// A word that names one of the events KnownAnchor knows.
bool IsAnchorWord(std::string_view w) {
  static constexpr std::string_view kStems[] = {
      "sign",      "подпис", "armistice", "agreement", "перемири", "соглашени",
      "ceasefire", "cease",  "fire",      "cessation", "hostilit", "прекращ",
      "огн",       "огон",   "военн",     "боев",      "entry",    "force",
      "effect",    "вступ",  "сил",       "plenary",   "пленарн",  "endors",
      "approv",    "утвер",  "одобр"};
  for (std::string_view s : kStems) {
    if (StartsWith(w, s)) return true;
  }
  return false;
}

// A short name for the event an anchor phrase describes, or "" when it is
// none of the events clauses are dated from.
std::string KnownAnchor(const std::vector<std::string_view>& w) {
  bool signing = HasWordStarting(w, "sign") || HasWordStarting(w, "подпис");
  bool agreement =
      HasWordStarting(w, "armistice") || HasWordStarting(w, "agreement") ||
      HasWordStarting(w, "перемири") || HasWordStarting(w, "соглашени") ||
      HasWordStarting(w, "ceasefire");
  if (signing && agreement) return "armistice signing";
  if (HasWordStarting(w, "plenary") || HasWordStarting(w, "пленарн")) {
    bool endorse = HasWordStarting(w, "endors") ||
                   HasWordStarting(w, "approv") ||
                   HasWordStarting(w, "утвер") || HasWordStarting(w, "одобр");
    return endorse ? "plenary endorsement" : "plenary session";
  }
  bool ceasefire =
      HasWordStarting(w, "ceasefire") ||
      (HasWordStarting(w, "cease") && HasWordStarting(w, "fire")) ||
      (HasWordStarting(w, "cessation") &&
       (HasWordStarting(w, "hostilit") || HasWordStarting(w, "fire"))) ||
      (HasWordStarting(w, "прекращ") &&
       (HasWordStarting(w, "огн") || HasWordStarting(w, "огон") ||
        HasWordStarting(w, "военн") || HasWordStarting(w, "боев")));
  if (ceasefire) return "ceasefire";
  if ((HasWordStarting(w, "entry") && HasWordStarting(w, "force")) ||
      HasWordStarting(w, "effect") ||
      (HasWordStarting(w, "вступ") && HasWordStarting(w, "сил"))) {
    return "entry into force";
  }
  if (HasWordStarting(w, "armistice") || HasWordStarting(w, "перемири")) {
    return "armistice";
  }
  if (signing) return "signing";  // "within 3 days after the signing"
  return "";
}

// The anchor of the duration that ends before t[i], or "", and the index
// past the anchor's words (i when there is none).
struct Anchor {
  std::string name;
  size_t end = 0;
};

std::string ReadAnchorAt(std::string_view text, const Tokens& t, size_t i,
                         size_t& end);

Anchor ReadAnchor(std::string_view text, const Tokens& t, size_t i) {
  Anchor a;
  a.end = i;
  a.name = ReadAnchorAt(text, t, i, a.end);
  return a;
}

std::string ReadAnchorAt(std::string_view text, const Tokens& t, size_t i,
                         size_t& end) {
  constexpr size_t kMaxAnchorWords = 10;
  constexpr size_t kMaxRawWords = 6;
  if (i < t.size() && t[i].is_punct(",")) ++i;
  for (const AnchorLead& lead : kAnchorLeads) {
    size_t j = i;
    bool ok = true;
    for (std::string_view w : lead.words) {
      if (w.empty()) break;
      if (j >= t.size() || !t[j].is_word() || t[j].folded != w) {
        ok = false;
        break;
      }
      ++j;
    }
    if (!ok) continue;
    // The event: words up to the next punctuation mark, hyphens aside.
    std::vector<std::string_view> words;
    size_t first = j;
    size_t last = j;
    while (j < t.size() && words.size() < kMaxAnchorWords &&
           (IsWordOrNumber(t[j]) || t[j].is_punct("-")) &&
           t[j].sentence == t[first].sentence) {
      if (IsWordOrNumber(t[j])) {
        words.push_back(t[j].folded);
        last = j;
      }
      ++j;
    }
    if (words.empty()) continue;
    std::string known = KnownAnchor(words);
    if (!known.empty()) {
      // The anchor ends at its last word naming the event, not at the
      // punctuation: "after the armistice takes effect a political
      // conference ..." leaves the conference to the subject.
      end = first;
      for (size_t k = first; k <= last; ++k) {
        if (t[k].is_word() && IsAnchorWord(t[k].folded)) end = k + 1;
      }
      return known;
    }
    if (lead.bare) continue;
    if (words.front() == "the") ++first;
    size_t raw_last = std::min(last, first + kMaxRawWords - 1);
    if (first > raw_last) continue;
    end = raw_last + 1;
    return std::string(
        text.substr(t[first].start, t[raw_last].end - t[first].start));
  }
  return "";
}

bool IsClockTimeLead(const WordToken& t) {
  return t.is_word() && OneOf(t.folded, {"at", "by", "until", "till", "from",
                                         "в", "к", "до", "с", "со"});
}

// What must happen within a duration, by the stem of the nearest word that
// names it: "withdraw within three days", "an exchange of prisoners".
struct SubjectStem {
  std::string_view stem;
  std::string_view subject;
};
constexpr SubjectStem kSubjectStems[] = {
    {"conference", "political_conference"},
    {"конференц", "political_conference"},
    {"withdraw", "withdrawal"},
    {"pull", "withdrawal"},
    {"leave", "withdrawal"},
    {"evacuat", "withdrawal"},
    {"отвод", "withdrawal"},
    {"отвест", "withdrawal"},
    {"отойт", "withdrawal"},
    {"отход", "withdrawal"},
    {"вывод", "withdrawal"},
    {"вывест", "withdrawal"},
    {"уход", "withdrawal"},
    {"exchang", "exchange"},
    {"repatriat", "exchange"},
    {"обмен", "exchange"},
    {"взаимообмен", "exchange"},
    {"репатри", "exchange"},
    {"sign", "signing"},
    {"conclud", "signing"},
    {"подпис", "signing"},
    {"заключ", "signing"},
};

std::string_view SubjectOfWord(std::string_view w) {
  for (const SubjectStem& s : kSubjectStems) {
    if (StartsWith(w, s.stem)) return s.subject;
  }
  return {};
}

// The subject of the duration read at t[first, last) whose anchor words end
// at `anchor_end`: the subject word nearest to it in its sentence, the
// anchor's own words aside ("within 3 days of the signing" is not a signing).
std::string_view ReadSubject(const Tokens& t, size_t first, size_t anchor_end) {
  int sentence = t[first].sentence;
  for (size_t d = 1; d < t.size(); ++d) {
    bool inside = false;
    for (size_t j : {first >= d ? first - d : t.size(), anchor_end + d - 1}) {
      if (j >= t.size() || t[j].sentence != sentence) continue;
      inside = true;
      if (!t[j].is_word()) continue;
      std::string_view s = SubjectOfWord(t[j].folded);
      if (!s.empty()) return s;
    }
    if (!inside) break;
  }
  return {};
}

// A time limit ("within", "в течение", "no later than") makes a deadline;
// a limit on signing or concluding an agreement is a window for it, not the
// time an action takes; anything else is a period.
std::string_view DurationKind(const Tokens& t, size_t first,
                              std::string_view subject) {
  bool limit = false;
  for (size_t back = 1; back <= 3 && back <= first; ++back) {
    const WordToken& w = t[first - back];
    if (w.sentence != t[first].sentence) break;
    if (OneOf(w.folded, {"within", "течение", "later", "позднее", "позже",
                         "course", "срок", "until", "till"})) {
      limit = true;
    }
  }
  if (subject == "signing") return prop::kWindow;
  return limit ? prop::kDeadline : prop::kPeriod;
}

void AddDuration(graph::Value& terms, const Tokens& t, size_t first,
                 size_t last, int64_t value, Unit unit, const Anchor& anchor) {
  graph::Value d = graph::Value::MakeObject();
  d[prop::kValue] = value;
  d[prop::kUnit] = UnitName(unit);
  if (!anchor.name.empty()) d[prop::kAnchor] = anchor.name;
  std::string_view subject = ReadSubject(t, first, std::max(anchor.end, last));
  d[prop::kKind] = DurationKind(t, first, subject);
  if (!subject.empty()) d[prop::kSubject] = subject;
  terms[prop::kDurations].AppendUnique(std::move(d));
}

void ExtractDurations(std::string_view text, const Tokens& t,
                      graph::Value& terms) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].is_word()) {
      auto [v, unit] = CompoundNumber(t[i].folded);
      if (v > 0 && IsDuration(unit)) {
        AddDuration(terms, t, i, i + 1, v, unit, ReadAnchor(text, t, i + 1));
        continue;
      }
      // "within a month", "в течение суток", "через месяц": one unit.
      Unit unit_here = UnitOfWord(t[i].folded);
      if (IsDuration(unit_here) && i > 0) {
        bool one = (OneOf(t[i - 1].folded, {"течение", "через"}) &&
                    t[i - 1].is_word()) ||
                   (i > 1 && OneOf(t[i - 1].folded, {"a", "an"}) &&
                    OneOf(t[i - 2].folded, {"within", "in", "for", "after"}));
        if (one) {
          size_t first =
              t[i - 1].folded == "a" || t[i - 1].folded == "an" ? i - 1 : i;
          AddDuration(terms, t, first, i + 1, 1, unit_here,
                      ReadAnchor(text, t, i + 1));
          continue;
        }
      }
    }
    std::optional<NumberRead> n = ReadNumber(t, i);
    if (!n) continue;
    auto [unit, end] = ReadUnit(t, n->end);
    if (!IsDuration(unit) || !n->integral || n->value < 1 || n->value >= 1000) {
      i = n->end - 1;
      continue;
    }
    if (unit == Unit::kHour && i > 0 && IsClockTimeLead(t[i - 1])) {
      i = end - 1;  // "в 10 часов", "at 2200 hours": a clock time
      continue;
    }
    AddDuration(terms, t, i, end, static_cast<int64_t>(n->value), unit,
                ReadAnchor(text, t, end));
    i = end - 1;
  }
}

// ---------------------------------------------------------------------------
// Actors.

bool StartsWithAny(std::string_view w,
                   std::initializer_list<std::string_view> prefixes) {
  return std::any_of(prefixes.begin(), prefixes.end(),
                     [&](std::string_view p) { return StartsWith(w, p); });
}

bool IsSideWord(const WordToken& t) {
  return t.is_word() && (OneOf(t.folded, {"side", "sides", "parties"}) ||
                         StartsWith(t.folded, "сторон"));
}

bool IsForcesWord(const WordToken& t) {
  return t.is_word() &&
         (OneOf(t.folded, {"forces", "troops", "armies", "force"}) ||
          StartsWith(t.folded, "войск") ||
          OneOf(t.folded, {"сил", "силы", "силам", "силами", "силах"}));
}

void ExtractActors(const Tokens& t, graph::Value& terms) {
  constexpr size_t kMaxGap = 6;
  for (size_t i = 0; i < t.size(); ++i) {
    const WordToken& w = t[i];
    if (!w.is_word()) continue;
    const WordToken* next = i + 1 < t.size() ? &t[i + 1] : nullptr;
    if (next != nullptr && IsSideWord(*next) &&
        (OneOf(w.folded,
               {"both", "обе", "обеих", "обеим", "обеими", "обоих"}) ||
         (w.folded == "two" && i > 0 && t[i - 1].folded == "the"))) {
      terms[prop::kActors].AppendUnique("both sides");
    } else if (next != nullptr && IsSideWord(*next) &&
               OneOf(w.folded, {"each", "either"})) {
      terms[prop::kActors].AppendUnique("each side");
    } else if (StartsWith(w.folded, "кажд") && next != nullptr &&
               (StartsWith(next->folded, "сторон") ||
                (next->folded == "из" && i + 2 < t.size() &&
                 StartsWith(t[i + 2].folded, "сторон")))) {
      terms[prop::kActors].AppendUnique("each side");
    } else if (w.folded == "foreign" || StartsWith(w.folded, "иностранн")) {
      size_t words_between = 0;
      for (size_t j = i + 1; j < t.size(); ++j) {
        if (t[j].sentence != w.sentence) break;
        if (!IsForcesWord(t[j])) {
          if (IsWordOrNumber(t[j]) && ++words_between > kMaxGap) break;
          continue;
        }
        bool all = i > 0 && (t[i - 1].folded == "all" ||
                             StartsWithAny(t[i - 1].folded, {"все"}));
        terms[prop::kActors].AppendUnique(all ? "all foreign forces"
                                              : "foreign forces");
        break;
      }
    } else if (w.folded == "enemy" || StartsWith(w.folded, "противник")) {
      terms[prop::kActors].AppendUnique("the enemy");
    }
  }
}

// ---------------------------------------------------------------------------
// Forces and their kinds.

// The kind of forces a word names when it qualifies forces ("naval forces",
// "военно-морских сил") or a way of crossing ("by air", "по суше"), or "".
std::string_view ForceKindOfWord(std::string_view w) {
  if (OneOf(w, {"land", "ground"}) || StartsWith(w, "сухопутн") ||
      OneOf(w, {"суше", "суша", "сушу"})) {
    return "land";
  }
  if (OneOf(w, {"naval", "navy", "navies", "sea", "fleet", "fleets"}) ||
      StartsWith(w, "морск") || StartsWith(w, "флот") || w == "морю") {
    return "naval";
  }
  if (OneOf(w, {"air", "aircraft"}) || StartsWith(w, "воздушн") ||
      w == "воздуху") {
    return "air";
  }
  return {};
}

bool IsCoordination(const WordToken& t) {
  return t.is_punct(",") || t.is_punct("-") ||
         (t.is_word() && OneOf(t.folded, {"and", "or", "и", "или", "военно",
                                          "by", "по", "the"}));
}

// "land, naval and air forces", "by air or by land", "naval forces leave",
// "сухопутных войск, военно-морских и военно-воздушных сил": each kind word
// in a run of kinds that ends at a forces word, or follows "by" / "по".
void ExtractForces(const Tokens& t, graph::Value& terms) {
  constexpr size_t kMaxRun = 8;
  for (size_t i = 0; i < t.size(); ++i) {
    if (!t[i].is_word()) continue;
    std::string_view kind = ForceKindOfWord(t[i].folded);
    if (kind.empty()) continue;
    bool by =
        i > 0 && OneOf(t[i - 1].folded, {"by", "по"}) &&
        (kind != "naval" || t[i].folded == "sea" || t[i].folded == "морю");
    bool forces = StartsWith(t[i].folded, "флот") ||
                  OneOf(t[i].folded, {"fleet", "navy", "navies"});
    for (size_t j = i + 1; !forces && j < t.size() && j <= i + kMaxRun; ++j) {
      if (t[j].sentence != t[i].sentence) break;
      if (IsForcesWord(t[j]) || StartsWith(t[j].folded, "флот") ||
          OneOf(t[j].folded, {"fleet", "units"})) {
        forces = true;
      } else if (!IsCoordination(t[j]) &&
                 ForceKindOfWord(t[j].folded).empty()) {
        break;
      }
    }
    if (by || forces) terms[prop::kForces].AppendUnique(kind);
  }
}

// ---------------------------------------------------------------------------
// Scope: which prisoners a clause covers.

bool IsPrisonerWord(std::string_view w) {
  return StartsWith(w, "prisoner") || StartsWith(w, "pow") ||
         StartsWith(w, "военнопленн") || StartsWith(w, "пленн");
}

// "all prisoners", an unrestricted "exchange of prisoners": "all"; "those
// who insist on repatriation", "желающих вернуться": "wishing repatriation".
void ExtractScope(const Tokens& t, graph::Value& terms) {
  bool prisoners = false, all = false, exchange = false, wishing = false;
  for (size_t i = 0; i < t.size(); ++i) {
    if (!t[i].is_word()) continue;
    std::string_view w = t[i].folded;
    if (IsPrisonerWord(w)) {
      prisoners = true;
      for (size_t back = 1; back <= 2 && back <= i; ++back) {
        std::string_view b = t[i - back].folded;
        if (b == "all" || StartsWith(b, "все")) all = true;
      }
    }
    if (StartsWith(w, "exchang") || StartsWith(w, "обмен") ||
        StartsWith(w, "взаимообмен")) {
      exchange = true;
    }
    bool repatriation_wish =
        OneOf(w, {"insist", "insists", "wish", "wishing", "desire", "desiring",
                  "want", "wanting", "willing"}) ||
        StartsWith(w, "желающ") || StartsWith(w, "настаива") ||
        StartsWith(w, "желает");
    // "provided that no POW has to be sent back by force", "без
    // принуждения": repatriation only of those who wish it.
    bool no_force = (w == "force" && i > 0 && t[i - 1].folded == "by") ||
                    StartsWith(w, "forcibl") || StartsWith(w, "принудит") ||
                    StartsWith(w, "принужден");
    if (no_force) {
      for (size_t back = 1; back <= 8 && back <= i; ++back) {
        std::string_view b = t[i - back].folded;
        if (OneOf(b, {"no", "not", "never", "without", "без", "не"})) {
          wishing = true;
        }
      }
    }
    if (repatriation_wish) {
      for (size_t j = i + 1; j < t.size() && j <= i + 4; ++j) {
        std::string_view x = t[j].folded;
        if (StartsWith(x, "repatriat") || StartsWith(x, "return") ||
            StartsWith(x, "репатри") || StartsWith(x, "верну") ||
            StartsWith(x, "возвращ") || StartsWith(x, "go")) {
          wishing = true;
        }
      }
    }
  }
  if (!prisoners) return;
  if (wishing) {
    terms[prop::kScope] = "wishing repatriation";
  } else if (all || exchange) {
    terms[prop::kScope] = "all";
  }
}

// ---------------------------------------------------------------------------
// Time references.

struct PlaceTime {
  std::string_view stem;  // folded English word or Russian adjective stem
  std::string_view place;
};
constexpr PlaceTime kPlaceTimes[] = {
    {"pyongyang", "Pyongyang"},
    {"пхеньян", "Pyongyang"},
    {"moscow", "Moscow"},
    {"москов", "Moscow"},
    {"beijing", "Beijing"},
    {"peking", "Beijing"},
    {"peiping", "Beijing"},
    {"пекин", "Beijing"},
    {"seoul", "Seoul"},
    {"сеуль", "Seoul"},
    {"tokyo", "Tokyo"},
    {"токий", "Tokyo"},
    {"токи", "Tokyo"},
    {"harbin", "Harbin"},
    {"харбин", "Harbin"},
    {"kaesong", "Kaesong"},
    {"кэсон", "Kaesong"},
    {"кесон", "Kaesong"},
    {"vladivostok", "Vladivostok"},
    {"владивосток", "Vladivostok"},
    {"greenwich", "Greenwich"},
    {"гринвич", "Greenwich"},
    {"korean", "Korean"},
    {"корей", "Korean"},
    {"chinese", "Chinese"},
    {"китай", "Chinese"},
    {"local", "local"},
    {"местн", "local"},
};

std::string_view KnownPlace(std::string_view stem) {
  for (const PlaceTime& p : kPlaceTimes) {
    if (p.stem == stem) return p.place;
  }
  return {};
}

// A Russian place-name stem in Latin letters, capitalised ("хабаров" ->
// "Khabarov"): BGN/PCGN, the romanization of geographic names.
std::string TransliterateStem(std::string_view stem) {
  std::string out = text::ToLatin(stem, text::LatinScheme::kPlaces);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] -= 'a' - 'A';
  return out;
}

// The stem of a Russian adjective ("пхеньянскому" -> "пхеньянск").
std::string_view AdjectiveStem(std::string_view w) {
  static constexpr std::string_view kEndings[] = {
      "ому", "ему", "ого", "его", "ыми", "ими", "ом", "ем", "ое", "ее", "ая",
      "яя",  "ую",  "юю",  "ой",  "ей",  "ый",  "ий", "ым", "им", "ые", "ие"};
  for (std::string_view e : kEndings) {
    if (EndsWith(w, e) && w.size() > e.size() + 2) {
      return w.substr(0, w.size() - e.size());
    }
  }
  return w;
}

// Words that stand before "time" without naming a place.
bool IsCommonTimeWord(std::string_view w) {
  return OneOf(
      w, {"the",     "same",  "that",     "this",    "what",   "which", "some",
          "any",     "no",    "first",    "last",    "next",   "each",  "every",
          "one",     "such",  "a",        "short",   "long",   "due",   "right",
          "certain", "given", "set",      "our",     "their",  "his",   "her",
          "its",     "your",  "my",       "present", "proper", "real",  "full",
          "war",     "peace", "standard", "summer",  "winter", "at",    "in",
          "on",      "by",    "of",       "for"});
}

std::string ExtractTimeReference(std::string_view text, const Tokens& t) {
  for (size_t i = 1; i < t.size(); ++i) {
    const WordToken& prev = t[i - 1];
    if (!prev.is_word() || !t[i].is_word()) continue;
    if (t[i].folded == "time") {
      std::string_view place = KnownPlace(prev.folded);
      if (!place.empty()) return std::string(place) + " time";
      bool sentence_start = i < 2 || t[i - 2].sentence != prev.sentence;
      if (prev.capitalized && !sentence_start &&
          !IsCommonTimeWord(prev.folded)) {
        std::string name(text.substr(prev.start, prev.end - prev.start));
        // "PYONGYANG" -> "Pyongyang"; only ASCII letters are re-cased.
        for (size_t k = 1; k < name.size(); ++k) {
          if (name[k] >= 'A' && name[k] <= 'Z') name[k] += 'a' - 'A';
        }
        return name + " time";
      }
      continue;
    }
    if (StartsWith(t[i].folded, "врем")) {
      std::string_view stem = AdjectiveStem(prev.folded);
      if (stem == prev.folded) continue;
      if (stem == "местн") return "local time";
      if (!EndsWith(stem, "ск")) continue;
      stem.remove_suffix(std::string_view("ск").size());
      std::string_view place = KnownPlace(stem);
      if (!place.empty()) return std::string(place) + " time";
      return TransliterateStem(stem) + " time";
    }
  }
  return "";
}

// ---------------------------------------------------------------------------
// Merging.

// Two term objects describe the same thing when they agree on every key
// both hold, including the unit ("10 km" with and without its "from").
bool SameTerm(const graph::Value& a, const graph::Value& b) {
  if (!a.is_object() || !b.is_object()) return false;
  if (a.GetString(prop::kUnit) != b.GetString(prop::kUnit)) return false;
  for (const auto& [key, v] : a.as_object()) {
    const graph::Value* other = b.Get(key);
    if (other != nullptr && *other != v) return false;
  }
  return true;
}

bool IsUpTo(const graph::Value& d) {
  return d.GetString(prop::kBound) == prop::kBoundUpTo;
}

// Two readings of one distance in two languages that differ only in its
// bound: "до 10 км" (0–10) and "10 km" (10).
bool BoundDiffers(const graph::Value& a, const graph::Value& b) {
  if (!a.is_object() || !b.is_object() || IsUpTo(a) == IsUpTo(b)) return false;
  const graph::Value& exact = IsUpTo(a) ? b : a;
  if (a.GetString(prop::kUnit) != b.GetString(prop::kUnit) ||
      a.Get(prop::kMax) == nullptr || b.Get(prop::kMax) == nullptr ||
      *a.Get(prop::kMax) != *b.Get(prop::kMax) ||
      exact.Get(prop::kMin) == nullptr ||
      *exact.Get(prop::kMin) != *exact.Get(prop::kMax)) {
    return false;
  }
  std::string fa = a.GetString(prop::kFrom), fb = b.GetString(prop::kFrom);
  return fa.empty() || fb.empty() || fa == fb;
}

std::string LanguageName(std::string_view lang) {
  if (lang == "en") return "English";
  if (lang == "ru") return "Russian";
  return std::string(lang);
}

// `earlier` (read before, in another language) and `item` (read in `lang`)
// disagree on a bound: the Russian original governs, else the earlier
// reading; the note says what the translation does with "up to".
void SettleBound(graph::Value& earlier, graph::Value item,
                 std::string_view lang) {
  bool item_governs = lang == "ru";
  graph::Value& governing = item_governs ? item : earlier;
  // The governed reading's language, when known (an item of `into` keeps
  // it only when it came straight from ExtractTerms).
  std::string other =
      item_governs ? earlier.GetString(prop::kLang) : std::string(lang);
  std::string translation = other.empty() || other == "ru"
                                ? "the translation"
                                : "the " + LanguageName(other) + " translation";
  governing[prop::kNote] =
      translation + (IsUpTo(governing) ? " drops" : " adds") + " \"up to\"";
  if (item_governs) earlier = std::move(item);
}

void MergeList(graph::Value& into, const graph::Value& from,
               std::string_view key) {
  for (graph::Value item : from.as_array()) {
    std::string lang;
    if (item.is_object()) {
      lang = item.GetString(prop::kLang);
      item.as_object().erase(std::string(prop::kLang));
    }
    auto& items = into.as_array();
    if (key == prop::kDistances) {
      auto differs = std::find_if(
          items.begin(), items.end(),
          [&](const graph::Value& v) { return BoundDiffers(v, item); });
      if (differs != items.end()) {
        SettleBound(*differs, std::move(item), lang);
        continue;
      }
    }
    auto same = std::find_if(
        items.begin(), items.end(),
        [&](const graph::Value& v) { return v == item || SameTerm(v, item); });
    if (same == items.end()) {
      items.push_back(item);
    } else if (*same != item) {
      graph::MergeValue(*same, item);
    }
  }
}

// The language of a text by its letters: "ru" when Cyrillic letters
// outnumber Latin ones, else "en".
std::string_view LanguageOf(std::string_view text) {
  size_t cyrillic = 0, latin = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ++latin;
    if (c == 0xD0 || c == 0xD1) ++cyrillic;
  }
  return cyrillic > latin ? "ru" : "en";
}

}  // namespace

int ParseNumberWord(std::string_view word) {
  Tokens t = detail::TokenizeWords(word);
  t.erase(std::remove_if(t.begin(), t.end(),
                         [](const WordToken& w) { return w.is_punct("-"); }),
          t.end());
  if (t.empty() || t.size() > 2) return -1;
  if (std::any_of(t.begin(), t.end(), [](const WordToken& w) {
        return w.kind == WordToken::Kind::kPunct;
      })) {
    return -1;
  }
  int first = FoldedNumberValue(t[0].folded);
  if (t.size() == 1) return first;
  int second = FoldedNumberValue(t[1].folded);
  if (t[0].is_word() && t[1].is_word() && IsTens(first) && second >= 1 &&
      second <= 9) {
    return first + second;
  }
  return -1;
}

graph::Value ExtractTerms(std::string_view text, std::string_view lang) {
  // Both languages' patterns are tried on any text, so `lang` only
  // documents the caller's intent: a clause with a stray phrase of the other
  // language still yields its terms, and the cue words of one language never
  // look like the other's.
  Tokens tokens = detail::TokenizeWords(text);
  graph::Value terms = graph::Value::MakeObject();
  std::string_view read_as =
      lang == "ru" || lang == "en" ? lang : LanguageOf(text);
  ExtractDistances(tokens, read_as, terms);
  ExtractDurations(text, tokens, terms);
  ExtractActors(tokens, terms);
  ExtractForces(tokens, terms);
  ExtractScope(tokens, terms);
  std::string time = ExtractTimeReference(text, tokens);
  if (!time.empty()) terms[prop::kTimeReference] = time;
  return terms;
}

void MergeTerms(graph::Value& into, const graph::Value& from) {
  if (!from.is_object()) return;
  if (into.is_null()) into = graph::Value::MakeObject();
  if (!into.is_object()) return;
  for (const auto& [key, value] : from.as_object()) {
    graph::Value& slot = into[key];
    if (value.is_array() && (slot.is_null() || slot.is_array())) {
      if (slot.is_null()) slot = graph::Value::MakeArray();
      MergeList(slot, value, key);
    } else {
      graph::MergeValue(slot, value);
    }
  }
  // The language a distance was read in served the merge; it is not a term.
  if (into.Get(prop::kDistances) != nullptr &&
      into[prop::kDistances].is_array()) {
    for (graph::Value& d : into[prop::kDistances].as_array()) {
      if (d.is_object()) d.as_object().erase(std::string(prop::kLang));
    }
  }
}

}  // namespace parley::importers
