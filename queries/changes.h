// What changed between two versions of a clause, in words. The linker
// stores structured changes on VARIANT_OF edges ({field, from, to, note?,
// compared_with?}, docs/model.md); this renders them, and a clause's own
// terms, as a historian reads them ("distance: 0–10 km from the 38th
// parallel → 2 km from the military demarcation line"). It also compares
// two clauses' terms when no edge joins them (`parley compare`).
#ifndef PARLEY_QUERIES_CHANGES_H_
#define PARLEY_QUERIES_CHANGES_H_

#include <functional>
#include <string>
#include <vector>

#include "graph/model.h"
#include "graph/value.h"

namespace parley::queries {

// The label of a place node id for display ("place:north-korea" -> "North
// Korea"), or "" to fall back on the id in words ("north korea").
using PlaceLabeler = std::function<std::string(const graph::NodeId&)>;

// One change in words.
struct RenderedChange {
  std::string field;  // "distance", "forces", ...; "" for a legacy string
  std::string text;   // "forces dropped: naval"; the note included
  std::string note;   // the change's or its terms' note, "" when none
  // The version the change was found against, when not the edge's target.
  graph::NodeId compared_with;
};

// `change` in words: an object as docs/model.md describes it, or a string
// (databases written before changes were structured), which renders as
// itself. Unknown fields render as "FIELD: FROM → TO" with the values in
// JSON-like words, so a new field the linker adds still shows.
RenderedChange RenderChange(const graph::Value& change,
                            const PlaceLabeler& places = {});

// Every item of a `changes` property (a list; a lone string or object counts
// as one item), in stored order. Empty for nullptr or anything else.
std::vector<RenderedChange> RenderChanges(const graph::Value* changes,
                                          const PlaceLabeler& places = {});

// The same as lines: each change's text, with " (compared with ID)" when it
// names another version.
std::vector<std::string> ChangeLines(const graph::Value* changes,
                                     const PlaceLabeler& places = {});

// A clause's `terms` in words, one line per kind of term: "distance: 0–10 km
// from the 38th parallel (the Russian original governs: the English
// translation drops "up to")", "duration: 2 months from the ceasefire
// (deadline, withdrawal)", "forces: land, naval, air", "scope: all",
// "actors: both sides", "places: North Korea", "time reference: Pyongyang
// time". Empty when there are none.
std::vector<std::string> RenderTerms(const graph::Value& terms,
                                     const PlaceLabeler& places = {});

// One distance term in words: "0–10 km from the 38th parallel", "2 km".
std::string DistanceText(const graph::Value& distance);
// One duration term in words: "60 days", with its anchor when `with_anchor`
// ("60 days from the armistice").
std::string DurationText(const graph::Value& duration, bool with_anchor = true);
// A duration's length in days (a month is 30 days, so 2 months == 60 days),
// or a negative number when it has no value or an unknown unit.
double DurationDays(const graph::Value& duration);

// The structured changes from the terms and topics of clause `earlier` to
// those of `later` (both Clause nodes), as the linker stores them: a list of
// {field, from, to} objects in the order distance, duration, forces, scope,
// places, actors, time_reference, topics; durations are compared only when
// their kind, anchor and subject agree (otherwise one is dropped and the
// other added). Empty when nothing differs.
graph::Value CompareClauseTerms(const graph::Node& earlier,
                                const graph::Node& later);

}  // namespace parley::queries

#endif  // PARLEY_QUERIES_CHANGES_H_
