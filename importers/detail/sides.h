// Sides and governments of a page's entities: the side each person,
// organisation, delegation and document acts for in the talks (KPA/CPV or
// UNC) and its role there, and the one government's office a generic name
// stands for ("МИД" in a Soviet report is the Soviet ministry).
#ifndef PARLEY_IMPORTERS_DETAIL_SIDES_H_
#define PARLEY_IMPORTERS_DETAIL_SIDES_H_

#include <string_view>

#include "graph/fragment.h"
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

}  // namespace parley::importers::detail

#endif  // PARLEY_IMPORTERS_DETAIL_SIDES_H_
