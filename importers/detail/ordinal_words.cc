// The number of the point a word names (OrdinalWord): numbers and ordinals
// in English, Russian ordinal adjectives in any case, figures.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "importers/detail/clause_term_stages.h"
#include "importers/detail/page_text.h"
#include "importers/detail/point_names.h"

namespace parley::importers::detail {

// The number of the point a word names: "one"/"first"/"3" -> "3"; Russian
// ordinal adjectives in any case ("третьего", "четвёртым", "пятый"); ""
// if none. `adjective` says whether it is an ordinal ("first", "третьего"),
// which names a point wherever it stands, rather than a number ("one",
// "3"), which does only after a point word ("point one", "points 1 and 2";
// not "with one amendment", "2 km").
std::string OrdinalWord(std::string_view word, bool* adjective) {
  if (adjective != nullptr) *adjective = false;
  // "(1)" as FRUS numbers a draft's sub-paragraphs, "points (1, 2 and 3)";
  // not a bracket opening on a figure ("point 5 (90 days to run ...)").
  if (word.size() > 1 && word.front() == '(') {
    if (word.find(')') == std::string_view::npos && word.back() != ',')
      return {};
    word.remove_prefix(1);
  }
  std::string w = LowerText(StripTrailing(word, ".,;:!?)"));
  static constexpr std::pair<std::string_view, int> kNumbers[] = {
      {"one", 1},        {"two", 2},       {"three", 3},     {"four", 4},
      {"five", 5},       {"six", 6},       {"seven", 7},     {"eight", 8},
      {"nine", 9},       {"ten", 10},      {"eleven", 11},   {"twelve", 12},
      {"thirteen", 13},  {"fourteen", 14}, {"fifteen", 15},  {"sixteen", 16},
      {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20}};
  for (auto [name, n] : kNumbers) {
    if (w == name) return std::to_string(n);
  }
  static constexpr std::pair<std::string_view, int> kOrdinals[] = {
      {"first", 1},       {"second", 2},       {"third", 3},
      {"fourth", 4},      {"fifth", 5},        {"sixth", 6},
      {"seventh", 7},     {"eighth", 8},       {"ninth", 9},
      {"tenth", 10},      {"eleventh", 11},    {"twelfth", 12},
      {"thirteenth", 13}, {"fourteenth", 14},  {"fifteenth", 15},
      {"sixteenth", 16},  {"seventeenth", 17}, {"eighteenth", 18},
      {"nineteenth", 19}, {"twentieth", 20}};
  // The teens before the units whose stems begin them ("пятнадцат" before
  // "пят").
  static constexpr std::pair<std::string_view, int> kRussian[] = {
      {"одиннадцат", 11},  {"двенадцат", 12},   {"тринадцат", 13},
      {"четырнадцат", 14}, {"пятнадцат", 15},   {"шестнадцат", 16},
      {"семнадцат", 17},   {"восемнадцат", 18}, {"девятнадцат", 19},
      {"двадцат", 20},     {"перв", 1},         {"втор", 2},
      {"трет", 3},         {"четверт", 4},      {"пят", 5},
      {"шест", 6},         {"седьм", 7},        {"восьм", 8},
      {"девят", 9},        {"десят", 10}};
  for (auto [name, n] : kOrdinals) {
    if (w != name) continue;
    if (adjective != nullptr) *adjective = true;
    return std::to_string(n);
  }
  for (auto [stem, n] : kRussian) {
    // Up to six letters of ending (two bytes each).
    if (w.rfind(stem, 0) != 0 || w.size() > stem.size() + 12) continue;
    if (adjective != nullptr) *adjective = true;
    return std::to_string(n);
  }
  if (!w.empty() && w.size() <= 2 &&
      std::all_of(w.begin(), w.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      })) {
    return w;
  }
  return {};
}

bool RestatesNumber(std::string_view word_before, int n) {
  return !word_before.empty() &&
         !std::isdigit(static_cast<unsigned char>(word_before.front())) &&
         FoldedNumberValue(LowerText(word_before)) == n;
}

}  // namespace parley::importers::detail
