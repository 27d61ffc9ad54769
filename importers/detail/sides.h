// Sides and governments of a page's entities: the side each person,
// organisation, delegation and document acts for in the talks (KPA/CPV or
// UNC) and its role there, and the one government's office a generic name
// stands for ("МИД" in a Soviet report is the Soviet ministry); and the
// side of a person a reply names against its writers (SideAgainst).
#ifndef PARLEY_IMPORTERS_DETAIL_SIDES_H_
#define PARLEY_IMPORTERS_DETAIL_SIDES_H_

#include <string_view>
#include <vector>

#include "graph/fragment.h"
#include "importers/detail/stage_state.h"
#include "importers/gazetteer.h"

namespace parley::importers::detail {

// Returns `fragment` with:
// - every mention and edge of a generic office the gazetteer holds per
//   government ("Ministry of Foreign Affairs") moved to that government's
//   office, the government taken from context: the person whose role it
//   is (a HOLDS_ROLE edge, or a person named right beside it in `source`,
//   the bytes the evidence offsets point into), else the document's
//   author; left generic when neither has a government;
// - `side` and `side_role` on Person and Organization nodes (the
//   gazetteer's affiliation), Delegation nodes (their members', else their
//   document's; role "delegation"), persons the gazetteer lacks who are
//   members of a delegation with a side or hold a role in an organisation
//   with one, and Document nodes (their authors' when the authors agree);
// - `government` on Person nodes (the gazetteer's government=) and Document
//   nodes (their authors' when those that have one agree).
// Nothing is set where the side is unknown.
graph::Fragment AssignSides(const Gazetteer& gazetteer, std::string_view source,
                            graph::Fragment fragment);

// The side of `person` against a document's `writers`: 1 when one of them
// is on its side, -1 when every writer's side is known and none is, 0 when
// a side is unknown.
int SideAgainst(const Gazetteer& gazetteer, const GazetteerEntry& person,
                const std::vector<DocDraft::Party>& writers);

// Whether "he" or "she" at `at` in `part` stands for the person `line` (which
// holds `part`) names last before it, of the side of a document's
// `writers` ("On the fifth point MAO ZEDONG asked ...; on that condition he
// agrees" in Kuznetsov's report): a position the report conveys.
bool OwnSidePronoun(const Gazetteer& gazetteer, std::string_view line,
                    std::string_view part, size_t at,
                    const std::vector<DocDraft::Party>& writers);

}  // namespace parley::importers::detail

#endif  // PARLEY_IMPORTERS_DETAIL_SIDES_H_
