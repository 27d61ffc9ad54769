// The stages of ExtractTerms (clause_terms.cc), one file each, and the
// reading of numbers and units they share (term_numbers.cc): distances
// from reference lines, durations with their anchors, the parties (actors,
// forces, which prisoners), time references.
#ifndef PARLEY_IMPORTERS_DETAIL_CLAUSE_TERM_STAGES_H_
#define PARLEY_IMPORTERS_DETAIL_CLAUSE_TERM_STAGES_H_

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/value.h"
#include "importers/detail/word_tokens.h"

namespace parley::importers::detail {

using Tokens = std::vector<WordToken>;

inline bool OneOf(std::string_view w,
                  std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

// Numbers and units (term_numbers.cc).

// The value of one folded word: digits or a number word; -1 otherwise.
int FoldedNumberValue(std::string_view w);
inline bool IsTens(int v) { return v >= 20 && v <= 90 && v % 10 == 0; }

// Metres are read as kilometres ("200 m" -> 0.2 km), the negotiation's
// unit; miles and yards keep their own beside it.
enum class Unit {
  kNone,
  kKm,
  kMetre,
  kMile,
  kYard,
  kHour,
  kDay,
  kWeek,
  kMonth,
  kYear
};
inline bool IsDistance(Unit u) {
  return u == Unit::kKm || u == Unit::kMetre || u == Unit::kMile ||
         u == Unit::kYard;
}
inline bool IsDuration(Unit u) { return u >= Unit::kHour; }
// "km", "day", ...; "" for kNone.
const char* UnitName(Unit u);
Unit UnitOfWord(std::string_view w);

inline bool IsWordOrNumber(const WordToken& t) {
  return t.kind != WordToken::Kind::kPunct;
}

struct NumberRead {
  double value = 0;
  bool integral = true;
  size_t end = 0;  // index past the number
};
// The number (digits or words) that starts at t[i], or nothing. Digits that
// belong to a date or a clock time ("30.6.1951", "12:10") and ordinals
// ("38th", "38-й") are not numbers here.
std::optional<NumberRead> ReadNumber(const Tokens& t, size_t i);
// The unit at t[i] (a hyphen before it is allowed: "10-km", "two-month"),
// and the index past it.
std::pair<Unit, size_t> ReadUnit(const Tokens& t, size_t i);
graph::Value NumberValue(const NumberRead& n);
// A number glued to its unit inside one Russian word ("десятикилометровую",
// "двухмесячный"): the value and unit, or -1.
std::pair<int, Unit> CompoundNumber(std::string_view w);

// The stages: each adds what it reads of `t` to `terms`.
void ExtractDistances(const Tokens& t, std::string_view lang,
                      graph::Value& terms);  // term_distances.cc
void ExtractDurations(std::string_view text, const Tokens& t,
                      graph::Value& terms);  // term_durations.cc
// term_parties.cc
void ExtractActors(const Tokens& t, graph::Value& terms);
void ExtractForces(const Tokens& t, graph::Value& terms);
void ExtractScope(const Tokens& t, graph::Value& terms);
// The time a clause's clock times are in ("Pyongyang time"), or ""
// (term_time.cc).
std::string ExtractTimeReference(std::string_view text, const Tokens& t);

}  // namespace parley::importers::detail

#endif  // PARLEY_IMPORTERS_DETAIL_CLAUSE_TERM_STAGES_H_
