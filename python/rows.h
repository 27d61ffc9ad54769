// The answers of the queries as Python rows: a list of flat dicts, one per
// answer, ready for pandas.DataFrame(rows). Keys are those of the CLI's
// JSON where it has one flat value (clause, ordinal, quote, date, ...);
// nested pieces (chain, stances, evidence) stay lists of dicts, and each
// has a flat summary beside it (chain_text, stance_count, ...).
#ifndef PARLEY_PYTHON_ROWS_H_
#define PARLEY_PYTHON_ROWS_H_

#include <pybind11/pybind11.h>

#include <string>
#include <string_view>

#include "graph/status.h"

namespace parley::graph {
class Value;
}
namespace parley::queries {
struct WhoProposedResult;
struct TraceResult;
struct SearchResult;
struct NeighborsResult;
}  // namespace parley::queries

namespace parley::python {

namespace py = pybind11;

// Creates parley.Error (a RuntimeError), parley.NotFoundError (also a
// LookupError) and parley.InvalidArgumentError (also a ValueError) in `m`.
void RegisterExceptions(py::module_& m);

// Raises the Python exception for `status` (kNotFound: NotFoundError,
// kInvalidArgument: InvalidArgumentError, else Error) with Parley's one-line
// message, as the CLI prints it after "parley: ".
[[noreturn]] void ThrowStatus(const Status& status);

// Text as a Python str; invalid UTF-8 bytes (never expected, but a row must
// not fail on them) become U+FFFD.
py::str Utf8(std::string_view text);

// A property value as Python: None, bool, int, float, str, list, dict.
py::object ToPython(const graph::Value& value);

// Puts the members of `props` (an object) into `into`, nested objects
// flattened with "_" ({"text": {"en": ...}} -> text_en); `prefix` goes in
// front of every key; None values are left out. Keys already in `into` are
// not overwritten: the member then goes in as "prop_" + key.
void FlattenProps(const graph::Value& props, std::string_view prefix,
                  py::dict& into);

// One row per answer: clause, ordinal, quote (in `lang`), text_en,
// text_ru, topics, matched_by, proposer (labels), proposer_ids, modality,
// side, document, document_label, document_title, date, sent, received,
// outer_document, outer_document_label, citation, citations, source_line,
// chain_text, chain, stance_count, stances, evidence_count, evidence.
py::list WhoProposedRows(const queries::WhoProposedResult& result,
                         std::string_view lang);

// One row per version, lineage by lineage, oldest first: lineage and
// version (1-based), branch_of, branches_from, clause, ordinal, date,
// matched, quote, text_en, text_ru, topics, proposer, proposer_ids, side,
// document, document_label, outer_document, citation, citations,
// source_line, compared_with, compared_label, similarity, changes,
// change_text, crossed_from, chain_text, chain, stance_count, stances.
py::list TraceRows(const queries::TraceResult& result, std::string_view lang);

// One row per page, best first: document, kind, label, page, date, score,
// match_count, snippet, lang, start, end, quote, matches.
py::list SearchRows(const queries::SearchResult& result);

// One row per neighbour, by hops then id: id, kind, label, hops, via_node,
// via_kind, forward, date.
py::list NeighborRows(const queries::NeighborsResult& result);

}  // namespace parley::python

#endif  // PARLEY_PYTHON_ROWS_H_
