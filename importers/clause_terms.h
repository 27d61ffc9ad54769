// Reading the structured terms of a negotiation clause from its text in one
// language: distances and ranges, durations with their anchor, actors and
// time references. Places are found by the gazetteer, not here.
#ifndef PARLEY_IMPORTERS_CLAUSE_TERMS_H_
#define PARLEY_IMPORTERS_CLAUSE_TERMS_H_

#include <string>
#include <string_view>

#include "graph/value.h"

namespace parley::importers {

// The terms of `text` in `lang` ("ru" or "en"; anything else is read as
// English) as a Value object with the keys DESIGN.md names, each present only
// when found:
//   distances:      [{min, max, unit: "km", from: "38th parallel"}]
//                   ("10 km" -> min = max = 10; "5–10 km" -> 5, 10;
//                    "two kilometers" -> 2; "до 10 км" -> 10)
//   durations:      [{value, unit: "day"|"month"|"hour", anchor}]
//                   ("within three days" -> 3 day; "в течение двух месяцев
//                    со дня прекращения огня" -> 2 month, anchor "ceasefire")
//   actors:         ["both sides", "all foreign forces"]
//   time_reference: "Pyongyang time"
graph::Value ExtractTerms(std::string_view text, std::string_view lang);

// Merges the terms read from another language's text of the same clause
// into `into`, adding what `into` lacks without repeating equal items.
void MergeTerms(graph::Value& into, const graph::Value& from);

// The value of a number written as digits or words in English or Russian,
// any case ("two", "three", "30", "двух", "трёх", "тридцати"), or -1.
int ParseNumberWord(std::string_view word);

}  // namespace parley::importers

#endif  // PARLEY_IMPORTERS_CLAUSE_TERMS_H_
