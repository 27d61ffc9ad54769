#include "python/rows.h"

#include <pybind11/stl.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include "graph/model.h"
#include "graph/props.h"
#include "queries/documents.h"
#include "queries/paths.h"
#include "queries/search.h"
#include "queries/trace.h"
#include "queries/who_proposed.h"

namespace parley::python {

py::str Utf8(std::string_view s) {
  PyObject* out = PyUnicode_DecodeUTF8(
      s.data(), static_cast<Py_ssize_t>(s.size()), "replace");
  if (out == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(out);
}

namespace {

namespace prop = graph::prop;
using namespace pybind11::literals;

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += sep;
    out += parts[i];
  }
  return out;
}

std::vector<std::string> Labels(const std::vector<graph::Node>& nodes) {
  std::vector<std::string> out;
  for (const graph::Node& n : nodes) out.push_back(n.label);
  return out;
}

std::vector<std::string> Ids(const std::vector<graph::Node>& nodes) {
  std::vector<std::string> out;
  for (const graph::Node& n : nodes) out.push_back(n.id);
  return out;
}

py::list Utf8List(const std::vector<std::string>& parts) {
  py::list out;
  for (const std::string& s : parts) out.append(Utf8(s));
  return out;
}

py::object OrNone(const std::string& s) {
  return s.empty() ? py::object(py::none()) : py::object(Utf8(s));
}

// The clause's own columns: clause, ordinal, quote, text_<lang>, topics.
void PutClause(const graph::Node& clause, std::string_view lang,
               py::dict& row) {
  row["clause"] = clause.id;
  row["ordinal"] = clause.props.GetString(prop::kOrdinal);
  row["quote"] = Utf8(queries::ClauseText(clause, lang));
  const graph::Value* text = clause.props.Get(prop::kText);
  for (const char* l : {"en", "ru"}) {
    const graph::Value* t = text ? text->Get(l) : nullptr;
    row[py::str(std::string("text_") + l)] =
        Utf8(t && t->is_string() ? t->as_string() : std::string());
  }
  row["topics"] = queries::StringList(clause.props.Get(prop::kTopics));
  const graph::Value* terms = clause.props.Get(prop::kTerms);
  row["terms"] = terms ? ToPython(*terms) : py::dict();
}

// document, document_label, document_title, date, sent, received and the
// outer document's id and label.
void PutDocuments(const graph::Node& doc, const graph::Node& outer,
                  py::dict& row) {
  const graph::Node& page = outer.id.empty() ? doc : outer;
  row["document"] = doc.id;
  row["document_label"] = Utf8(queries::DocumentLabel(doc));
  std::string title = doc.props.GetString(prop::kTitle);
  row["document_title"] = Utf8(title.empty() ? doc.label : title);
  row["date"] = doc.props.GetString(prop::kDate);
  // A page's sent and received times are on its outer document.
  row["sent"] = page.props.GetString(prop::kSent);
  row["received"] = page.props.GetString(prop::kReceived);
  row["outer_document"] = page.id;
  row["outer_document_label"] = Utf8(queries::DocumentLabel(page));
}

void PutProposers(const std::vector<graph::Node>& proposers,
                  const std::vector<queries::Proposer>& proposals,
                  py::dict& row) {
  row["proposer"] = Utf8(Join(Labels(proposers), ", "));
  row["proposer_ids"] = Ids(proposers);
  std::vector<std::string> modalities;
  py::list list;
  for (const queries::Proposer& p : proposals) {
    if (!p.modality.empty() && std::find(modalities.begin(), modalities.end(),
                                         p.modality) == modalities.end()) {
      modalities.push_back(p.modality);
    }
    list.append(py::dict("person"_a = Utf8(p.person.label),
                         "person_id"_a = p.person.id, "modality"_a = p.modality,
                         "reported_by"_a = OrNone(p.reported_by.label),
                         "reported_by_id"_a = OrNone(p.reported_by.id)));
  }
  row["modality"] = Join(modalities, ", ");
  row["proposals"] = list;
}

void PutCitations(const std::vector<std::string>& citations,
                  const std::string& source_line, py::dict& row) {
  row["citation"] = Utf8(Join(citations, "; "));
  row["citations"] = Utf8List(citations);
  row["source_line"] = Utf8(source_line);
}

// "Kim Il Sung (proposed, message of 1951-06-30) → Mao Zedong (forwarded,
// telegram 21404) → Joseph Stalin (to, telegram 21404)".
void PutChain(const std::vector<queries::TransmissionStep>& chain,
              py::dict& row) {
  std::vector<std::string> parts;
  py::list list;
  for (const queries::TransmissionStep& s : chain) {
    std::string role(queries::RoleName(s.role));
    parts.push_back(s.person_label + " (" + role + ", " + s.document_label +
                    ")");
    list.append(
        py::dict("role"_a = role, "person"_a = Utf8(s.person_label),
                 "person_id"_a = s.person, "document"_a = s.document,
                 "document_label"_a = Utf8(s.document_label), "date"_a = s.date,
                 "sent"_a = s.sent, "received"_a = s.received,
                 "received_by"_a = s.received_by, "dateline"_a = s.dateline));
  }
  row["chain_text"] = Utf8(Join(parts, " → "));
  row["chain"] = list;
}

py::dict LinkDict(const queries::LinkEvidence& link) {
  return py::dict("matched_by"_a = link.matched_by,
                  "confidence"_a =
                      link.confidence ? py::object(py::float_(*link.confidence))
                                      : py::object(py::none()),
                  "weak"_a = link.weak,
                  "conflicts"_a = Utf8List(link.conflicts));
}

// stance_count, stances_text ("Joseph Stalin insists (telegram 3950,
// 1951-07-03)") and stances, one dict each.
void PutStances(const std::vector<queries::Stance>& stances, py::dict& row) {
  std::vector<std::string> texts;
  py::list list;
  for (const queries::Stance& s : stances) {
    std::string by = Join(Labels(s.authors), ", ");
    texts.push_back((by.empty() ? "" : by + " ") + s.stance +
                    (s.partial ? " (in part)" : "") + " (" + s.document_label +
                    (s.date.empty() ? "" : ", " + s.date) + ")" +
                    (s.unlinked    ? " [unlinked]"
                     : s.link.weak ? " [weak link]"
                                   : ""));
    py::dict d(
        "clause"_a = s.clause, "stance"_a = s.stance, "partial"_a = s.partial,
        "document"_a = s.document, "document_label"_a = Utf8(s.document_label),
        "date"_a = s.date, "by"_a = Utf8(by), "by_ids"_a = Ids(s.authors),
        "quote"_a = Utf8(s.quote), "lang"_a = s.lang,
        "supported_stance"_a = s.supported_stance, "negated"_a = s.negated,
        "conditional"_a = s.conditional, "linked"_a = !s.unlinked);
    if (s.unlinked) {
      d["unlinked_reason"] = Utf8(s.unlinked_reason);
    } else {
      d["link"] = LinkDict(s.link);
      d["via"] = s.via;
    }
    list.append(std::move(d));
  }
  row["stance_count"] = stances.size();
  row["stances_text"] = Utf8(Join(texts, "; "));
  row["stances"] = list;
}

py::dict EvidenceDict(const graph::Evidence& e) {
  return py::dict("doc"_a = e.doc, "lang"_a = e.lang, "start"_a = e.start,
                  "end"_a = e.end, "quote"_a = Utf8(e.quote));
}

// The exception types, made once by RegisterExceptions; kept for the
// process's life as Python keeps the module.
PyObject* error_type = nullptr;
PyObject* not_found_type = nullptr;
PyObject* invalid_argument_type = nullptr;

PyObject* NewException(py::module_& m, const char* name, py::tuple bases,
                       const char* doc) {
  std::string qualified = std::string("parley.") + name;
  PyObject* type =
      PyErr_NewExceptionWithDoc(qualified.c_str(), doc, bases.ptr(), nullptr);
  if (type == nullptr) throw py::error_already_set();
  m.add_object(name, py::handle(type));  // the module takes a reference
  Py_INCREF(type);                       // and this file keeps one
  return type;
}

}  // namespace

void RegisterExceptions(py::module_& m) {
  error_type = NewException(
      m, "Error", py::make_tuple(py::handle(PyExc_RuntimeError)),
      "An error Parley reports: its message is the one line the parley "
      "command prints after 'parley: '.");
  not_found_type = NewException(
      m, "NotFoundError",
      py::make_tuple(py::handle(error_type), py::handle(PyExc_LookupError)),
      "No database at the path, or a name that fits no node (or several).");
  invalid_argument_type = NewException(
      m, "InvalidArgumentError",
      py::make_tuple(py::handle(error_type), py::handle(PyExc_ValueError)),
      "Bad usage: an unknown edge kind, a malformed date or side, nothing to "
      "search for.");
}

void ThrowStatus(const Status& status) {
  PyObject* type = error_type;
  if (status.code() == Status::Code::kNotFound) type = not_found_type;
  if (status.code() == Status::Code::kInvalidArgument)
    type = invalid_argument_type;
  PyErr_SetObject(type, Utf8(status.message()).ptr());
  throw py::error_already_set();
}

py::object ToPython(const graph::Value& value) {
  return std::visit(
      [](const auto& v) -> py::object {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          return py::none();
        } else if constexpr (std::is_same_v<T, bool>) {
          return py::bool_(v);
        } else if constexpr (std::is_same_v<T, int64_t>) {
          return py::int_(v);
        } else if constexpr (std::is_same_v<T, double>) {
          return py::float_(v);
        } else if constexpr (std::is_same_v<T, std::string>) {
          // Stored text is UTF-8; a stray byte must not make the row fail.
          return Utf8(v);
        } else if constexpr (std::is_same_v<T, graph::Value::Array>) {
          py::list out;
          for (const graph::Value& item : v) out.append(ToPython(item));
          return out;
        } else {
          py::dict out;
          for (const auto& [key, item] : v) out[py::str(key)] = ToPython(item);
          return out;
        }
      },
      value.variant());
}

void FlattenProps(const graph::Value& props, std::string_view prefix,
                  py::dict& into) {
  if (!props.is_object()) return;
  for (const auto& [key, value] : props.as_object()) {
    std::string name = std::string(prefix) + key;
    if (value.is_object()) {
      FlattenProps(value, name + "_", into);
      continue;
    }
    if (value.is_null()) continue;
    if (into.contains(name)) name = "prop_" + name;
    into[py::str(name)] = ToPython(value);
  }
}

py::list WhoProposedRows(const queries::WhoProposedResult& result,
                         std::string_view lang) {
  py::list rows;
  for (const queries::ProposalAnswer& a : result.answers) {
    py::dict row;
    PutClause(a.clause, lang, row);
    row["matched_by"] = std::string(queries::MatchedByName(a.matched_by));
    PutProposers(a.proposers, a.proposals, row);
    row["side"] = a.side;
    PutDocuments(a.document, a.outer, row);
    PutCitations(a.citations, a.source_line, row);
    PutChain(a.chain, row);
    PutStances(a.stances, row);
    py::list evidence;
    for (const graph::Evidence& e : a.clause.evidence)
      evidence.append(EvidenceDict(e));
    row["evidence_count"] = a.clause.evidence.size();
    row["evidence"] = evidence;
    rows.append(std::move(row));
  }
  return rows;
}

py::list TraceRows(const queries::TraceResult& result, std::string_view lang) {
  py::list rows;
  for (size_t l = 0; l < result.lineages.size(); ++l) {
    const queries::Lineage& lineage = result.lineages[l];
    for (size_t i = 0; i < lineage.versions.size(); ++i) {
      const queries::ClauseVersion& v = lineage.versions[i];
      py::dict row;
      row["lineage"] = l + 1;
      row["version"] = i + 1;
      row["branch_of"] = lineage.branch_of >= 0
                             ? py::object(py::int_(lineage.branch_of + 1))
                             : py::object(py::none());
      row["branches_from"] = OrNone(lineage.branches_from);
      PutClause(v.clause, lang, row);
      row["matched"] = v.matched;
      PutProposers(v.proposers, v.proposals, row);
      row["side"] = v.side;
      PutDocuments(v.document, v.outer, row);
      // The version's date is its document's, as trace gives it.
      row["date"] = v.date;
      PutCitations(v.citations, v.source_line, row);
      row["compared_with"] = OrNone(v.compared_with);
      row["compared_label"] = Utf8(v.compared_label);
      row["similarity"] = v.similarity ? py::object(py::float_(*v.similarity))
                                       : py::object(py::none());
      row["link"] = v.compared_with.empty() ? py::object(py::none())
                                            : py::object(LinkDict(v.link));
      row["changes"] = Utf8List(v.changes);
      row["change_text"] = Utf8(Join(v.changes, "; "));
      row["crossed_from"] = OrNone(v.crossed_from);
      PutChain(v.chain, row);
      PutStances(v.stances, row);
      rows.append(std::move(row));
    }
  }
  return rows;
}

py::list SearchRows(const queries::SearchResult& result) {
  py::list rows;
  for (const queries::SearchHit& h : result.hits) {
    py::list matches;
    for (auto [start, end] : h.matches)
      matches.append(py::make_tuple(start, end));
    py::dict row;
    row["document"] = h.document.id;
    row["kind"] = std::string(graph::NodeKindName(h.document.kind));
    row["label"] = Utf8(h.document.label);
    row["page"] = h.page_id;
    row["date"] = h.date;
    row["score"] = std::round(h.score * 1000) / 1000;
    row["match_count"] = h.match_count;
    row["snippet"] = Utf8(queries::MarkSnippet(h, "", ""));
    row["lang"] = h.lang;
    row["start"] = h.start;
    row["end"] = h.end;
    row["quote"] = Utf8(h.quote);
    row["matches"] = matches;  // byte ranges of the page text
    rows.append(std::move(row));
  }
  return rows;
}

py::list NeighborRows(const queries::NeighborsResult& result) {
  py::list rows;
  for (const queries::Neighbor& n : result.neighbors) {
    rows.append(py::dict(
        "id"_a = n.node.id,
        "kind"_a = std::string(graph::NodeKindName(n.node.kind)),
        "label"_a = Utf8(n.node.label), "hops"_a = n.hops,
        "via_node"_a = n.via_node,
        "via_kind"_a = std::string(graph::EdgeKindName(n.via.edge.kind)),
        "forward"_a = n.via.forward, "date"_a = n.via.date));
  }
  return rows;
}

}  // namespace parley::python
