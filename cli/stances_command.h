// `parley stances [QUERY] [--by NAME] [--on CLAUSE|TOPIC] [--from D --to D]
// [--side kpa-cpv|unc]`: every position taken in every reply, who took it,
// on what, in both languages, and whether and how it is tied to a clause
// (or why not, with the clauses it may bear on).
#ifndef PARLEY_CLI_STANCES_COMMAND_H_
#define PARLEY_CLI_STANCES_COMMAND_H_

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

#include "cli/context.h"
#include "cli/table_format.h"
#include "queries/stances.h"

namespace parley::cli {

void SetupStancesCommand(CLI::App& app, Context& context);

// The positions as the stances command prints them (who-proposed --by
// prints a person's positions the same way): a block per position, under
// a heading per side when `group_by_side`.
std::string PositionsTableText(const std::vector<queries::Position>& positions,
                               bool group_by_side);

// One row per position: date, document, holder, side, on, stance, the
// quote in English and in Russian, linked or unlinked, the clauses, why,
// candidates.
PaperTable PositionsPaperTable(const std::vector<queries::Position>& positions,
                               const std::string& caption);

// A position as JSON: {document, document_label, date, holders, side,
// stance, supported_stance, partial, negated, conditional, ordinals,
// topics, quotes: {lang: {text, start, end}}, linked, links: [{clause,
// label, document, matched_by, confidence, strength, conflicts, via}],
// unlinked_reason, reply_conflicts, candidates: [{clause, label, why}]}.
nlohmann::ordered_json PositionJson(const queries::Position& position);

// "point 2 of message of 1951-06-30".
std::string ClauseRefLabel(const queries::PositionClause& clause);

}  // namespace parley::cli

#endif  // PARLEY_CLI_STANCES_COMMAND_H_
