// Reading the structured terms of a negotiation clause from its text in one
// language: distances and ranges, durations with their anchor, actors and
// time references. Places are found by the gazetteer, not here.
#ifndef PARLEY_IMPORTERS_CLAUSE_TERMS_H_
#define PARLEY_IMPORTERS_CLAUSE_TERMS_H_

#include <string>
#include <string_view>

#include "graph/value.h"

namespace parley::importers {

// The terms of `text` in `lang` ("ru" or "en"; anything else: the language
// its letters show) as a Value object with the keys docs/model.md names,
// each present only when found:
//   distances:      [{min, max, unit: "km", from: "38th parallel", bound?,
//                     lang}]
//                   ("10 km" -> min = max = 10; "5–10 km" -> 5, 10;
//                    "two kilometers" -> 2; "до 10 км", "up to 10 km" ->
//                    0, 10, bound "up_to"); `lang` is the language read,
//                   which MergeTerms uses and drops
//   durations:      [{value, min?, max?, unit: "day"|"month"|"hour",
//                     anchor?, kind, subject?}]
//                   ("within three days" -> 3 day, kind "deadline";
//                    "within 2-3 months" -> min 2, max 3, value 3;
//                    "в течение двух месяцев со дня прекращения огня" ->
//                    2 month, anchor "ceasefire"; "if the armistice is not
//                    signed within 30 days" -> kind "window", subject
//                    "signing"; subject "withdrawal", "exchange",
//                    "political_conference" when the text names it)
//   actors:         ["both sides", "all foreign forces"]
//   forces:         ["land", "naval", "air"] ("land, naval and air forces",
//                    "by air or by land")
//   scope:          "all" | "wishing repatriation" (which prisoners)
//   time_reference: "Pyongyang time"
graph::Value ExtractTerms(std::string_view text, std::string_view lang);

// Merges the terms read from another language's text of the same clause
// into `into`, adding what `into` lacks without repeating equal items. Two
// readings of a distance that differ only in "up to" are one item: the
// Russian reading governs (else the one merged first), with a `note` ("the
// English translation drops "up to""). Items of `into` never keep `lang`.
void MergeTerms(graph::Value& into, const graph::Value& from);

// The value of a number written as digits or words in English or Russian,
// any case ("two", "three", "30", "двух", "трёх", "тридцати"), or -1.
int ParseNumberWord(std::string_view word);

}  // namespace parley::importers

#endif  // PARLEY_IMPORTERS_CLAUSE_TERMS_H_
