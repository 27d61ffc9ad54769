// Distances and ranges ("5–10 km", "до 10 км", "up to 10 km") and the
// reference line each is measured from ("38th parallel", "line of contact").
#include <cmath>
#include <cstdlib>
#include <string>

#include "graph/props.h"
#include "importers/detail/clause_term_stages.h"

namespace parley::importers::detail {
namespace {

namespace prop = graph::prop;

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

// Distances.

// Metres in kilometres: "200 m" -> 0.2.
NumberRead InKm(NumberRead n) {
  n.value /= 1000;
  n.integral = false;
  return n;
}

// Miles in kilometres, to a tenth: "20 miles" -> 32.2. The sides wrote the
// same zone in miles and in km; one unit lets a clause be compared across
// the table.
NumberRead MilesInKm(NumberRead n) {
  constexpr double kKmPerMile = 1.609344;
  n.value = std::round(n.value * kKmPerMile * 10) / 10;
  n.integral = n.value == std::floor(n.value);
  return n;
}

// Yards in kilometres, to the metre: "1,000 yards" -> 0.914.
NumberRead YardsInKm(NumberRead n) {
  constexpr double kKmPerYard = 0.0009144;
  n.value = std::round(n.value * kKmPerYard * 1000) / 1000;
  n.integral = n.value == std::floor(n.value);
  return n;
}

void AddDistance(graph::Value& terms, NumberRead lo, NumberRead hi, Unit unit,
                 const std::string& from, std::string_view lang,
                 bool up_to = false) {
  graph::Value d = graph::Value::MakeObject();
  if (unit == Unit::kMetre) {
    lo = InKm(lo);
    hi = InKm(hi);
    unit = Unit::kKm;
  } else if (unit == Unit::kMile || unit == Unit::kYard) {
    graph::Value written = graph::Value::MakeObject();
    written[prop::kMin] = up_to ? graph::Value(int64_t{0}) : NumberValue(lo);
    written[prop::kMax] = NumberValue(hi);
    written[prop::kUnit] = UnitName(unit);
    d[prop::kWritten] = std::move(written);
    auto in_km = unit == Unit::kMile ? MilesInKm : YardsInKm;
    lo = in_km(lo);
    hi = in_km(hi);
    unit = Unit::kKm;
  }
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

// True when the number at t[i] counts the minutes of a clock time, after
// its hours: "22 ч. 15 м.", "10 h 30 m", not metres.
bool IsClockMinutes(const Tokens& t, size_t i) {
  size_t k = i;
  if (k > 0 && t[k - 1].is_punct(".")) --k;
  return k > 0 && t[k - 1].is_word() &&
         OneOf(t[k - 1].folded, {"ч", "h", "час", "часа", "часов", "hours"});
}

bool IsRangeWord(const WordToken& t) {
  return t.is_punct("-") ||
         (t.is_word() && OneOf(t.folded, {"to", "до", "and", "и"}));
}

}  // namespace

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
    if (unit == Unit::kMetre && IsClockMinutes(t, i)) unit = Unit::kNone;
    if (IsDistance(unit)) {
      AddDistance(terms, *lo, *lo, unit, NearestLine(lines, i, t[i].sentence),
                  lang, IsUpperBound(t, i));
      i = end - 1;
    } else {
      i = lo->end - 1;
    }
  }
}

}  // namespace parley::importers::detail
