#include "importers/json_importer.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

#include "graph/props.h"
#include "importers/clause_terms.h"
#include "importers/detail/json_reader.h"
#include "importers/detail/json_text.h"
#include "importers/detail/page_text.h"
#include "importers/detail/sides.h"

namespace parley::importers::detail {

using graph::Edge;
using graph::EdgeKind;
using graph::Evidence;
using graph::Node;
using graph::NodeId;
using graph::NodeKind;
using graph::Value;
using nlohmann::json;
namespace prop = graph::prop;

void JsonReader::AddEdge(const NodeId& s, const NodeId& t, EdgeKind k,
                         const Evidence& ev, Value props) {
  if (s.empty() || t.empty()) return;
  Edge e;
  e.source = s;
  e.target = t;
  e.kind = k;
  e.props = std::move(props);
  e.evidence.push_back(ev);
  fragment_.AddEdge(std::move(e));
}

NodeId JsonReader::Person(const std::string& name, const Evidence& ev) {
  Node n;
  n.kind = NodeKind::kPerson;
  if (const GazetteerEntry* e = gazetteer_.Resolve(name)) {
    n.id = e->id;
    n.kind = e->kind;
    n.label = e->label;
    if (name != e->label) n.aliases.push_back(name);
    n.props[prop::kResolved] = true;
    if (!e->wikidata.empty()) n.props[prop::kWikidata] = e->wikidata;
  } else {
    n.id = "person:" + graph::Slug(name);
    n.label = name;
    n.props[prop::kResolved] = false;
  }
  n.evidence.push_back(ev);
  NodeId id = n.id;
  fragment_.AddNode(std::move(n));
  return id;
}

namespace {

// `s` cut to at most `max` bytes at a word boundary, with "…" added.
std::string Abbreviate(const std::string& s, size_t max) {
  if (s.size() <= max) return s;
  size_t cut = s.rfind(' ', max);
  if (cut == std::string::npos || cut < max / 2) {
    cut = max;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
      --cut;
  }
  return s.substr(0, cut) + "…";
}

// "YYYY-MM-DD" (a time may follow): false for a date no calendar has
// ("1953-02-30"), which would otherwise become a document id.
bool IsIsoDate(const std::string& s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  int year = std::stoi(s.substr(0, 4));
  int month = std::stoi(s.substr(5, 2));
  int day = std::stoi(s.substr(8, 2));
  return year > 0 && detail::IsOnCalendar(year, month, day);
}

}  // namespace

Status JsonReader::Parse(json& doc) const {
  try {
    doc = json::parse(text_.begin(), text_.end());
  } catch (const json::parse_error& e) {
    std::string what = e.what();
    // nlohmann's message: "[json.exception.parse_error.101] parse error at
    // line 3, column 1: syntax error ...": keep what follows the last ": ".
    size_t cut = what.find("syntax error");
    if (cut != std::string::npos) what = what.substr(cut);
    return Status::InvalidArgument(
        "line " + std::to_string(detail::LineOfByte(text_, e.byte)) +
        ": invalid JSON: " + what);
  } catch (const json::out_of_range& e) {
    // A number no double holds ("1e400"): nlohmann names the literal, not
    // where it is; its first occurrence gives the line.
    std::string what = e.what();
    size_t open = what.find('\'');
    size_t close = what.rfind('\'');
    std::string literal =
        open < close ? what.substr(open + 1, close - open - 1) : std::string();
    size_t at = literal.empty() ? std::string_view::npos : text_.find(literal);
    return Status::InvalidArgument(
        (at == std::string_view::npos
             ? std::string()
             : "line " + std::to_string(detail::LineOfByte(text_, at)) + ": ") +
        "invalid JSON: number " + literal + " is out of range");
  }
  return Status::Ok();
}

Status JsonReader::CheckHeader(const json& doc) const {
  constexpr char kFormat[] =
      "expected \"parley-document\" (see docs/json-documents.md)";
  if (!doc.is_object()) return Error("format", kFormat);
  const json* format = Member(doc, "format");
  if (format != nullptr && !format->is_string())
    return TypeError("format", "a string", *format);
  if (format == nullptr || *format != "parley-document")
    return Error("format", kFormat);
  const json* version = Member(doc, "version");
  if (version != nullptr && !version->is_number())
    return TypeError("version", "a number", *version);
  if (version == nullptr || *version != 1)
    return Error("version", "expected 1");
  const json* document = Member(doc, "document");
  if (document == nullptr) return Error("document", "expected an object");
  if (!document->is_object())
    return TypeError("document", "an object", *document);
  return Status::Ok();
}

Status JsonReader::ReadDocument(const json& d, const std::string& path) {
  const std::string where = "document";
  std::string date, title, number;
  Status s = GetString(d, where, "type", true, doc_type_);
  if (s.ok()) s = GetString(d, where, "date", true, date);
  if (s.ok() && !IsIsoDate(date)) {
    s = Error("document.date",
              "expected an ISO date (YYYY-MM-DD) on the calendar, got \"" +
                  date + "\"");
  }
  if (s.ok()) s = GetString(d, where, "title", true, title);
  if (s.ok()) s = GetString(d, where, "number", false, number);
  if (!s.ok()) return s;

  Node node;
  node.kind = NodeKind::kDocument;
  node.id = "doc:" + graph::Slug(doc_type_) +
            (number.empty() ? "" : "-" + graph::Slug(number)) + "-" +
            date.substr(0, 10);
  node.label = title;
  Value& p = node.props;
  p[prop::kTitle] = title;
  p[prop::kDocType] = doc_type_;
  p[prop::kDate] = date;
  if (!number.empty()) p[prop::kNumber] = number;
  // The document format names these fields as the properties they become.
  for (std::string_view key :
       {prop::kSent, prop::kReceived, prop::kSummary, prop::kRecordId}) {
    std::string value;
    if (s = GetString(d, where, std::string(key), false, value); !s.ok())
      return s;
    if (!value.empty()) p[key] = value;
  }
  std::vector<std::string> languages;
  if (s = GetStrings(d, where, "languages", languages); !s.ok()) return s;
  Value langs = Value::MakeArray();
  for (const std::string& l : languages) langs.Append(l);
  p[prop::kLanguages] = langs;

  const json* source = nullptr;
  if (s = GetArray(d, where, "source", source); !s.ok()) return s;
  Value sources = Value::MakeArray();
  for (size_t i = 0; source != nullptr && i < source->size(); ++i) {
    const json& item = (*source)[i];
    std::string item_path = ItemPath("document.source", i);
    if (!item.is_object()) return TypeError(item_path, "an object", item);
    Value c = Value::MakeObject();
    for (auto it = item.begin(); it != item.end(); ++it) {
      std::string value;
      if (s = GetString(item, item_path, it.key(), false, value); !s.ok())
        return s;
      if (!value.empty()) c[it.key()] = value;
    }
    sources.Append(c);
  }
  p[prop::kSource] = sources;
  p[prop::kSourceFile] = path;
  p[prop::kCurated] = true;
  node.evidence.push_back(Ev(title));
  doc_id_ = node.id;
  fragment_.AddNode(std::move(node));
  return Status::Ok();
}

Status JsonReader::ReadParties(const json& d) {
  // Each list holds names, or {"name": ..., "count": n} objects.
  auto people = [&](const char* key, auto&& each) -> Status {
    std::string field = FieldPath("document", key);
    const json* list = nullptr;
    if (Status s = GetArray(d, "document", key, list); !s.ok()) return s;
    for (size_t i = 0; list != nullptr && i < list->size(); ++i) {
      const json& v = (*list)[i];
      std::string item = ItemPath(field, i);
      std::string name;
      int64_t count = 0;
      if (v.is_string()) {
        name = v.get<std::string>();
        if (name.empty()) return Error(item, "expected a non-empty name");
      } else if (v.is_object()) {
        if (Status s = GetString(v, item, "name", true, name); !s.ok())
          return s;
        if (const json* c = Member(v, "count"); c != nullptr) {
          if (Status s = CheckCount(*c, item + ".count", count); !s.ok())
            return s;
        }
      } else {
        return TypeError(item, "a name or {\"name\": ...}", v);
      }
      Evidence ev = Ev(name);
      each(Person(name, ev), ev, count);
    }
    return Status::Ok();
  };
  Status s =
      people("authors", [&](const NodeId& id, const Evidence& ev, int64_t) {
        AddEdge(id, doc_id_, EdgeKind::kAuthored, ev);
        authors_.push_back(id);
      });
  if (!s.ok()) return s;
  s = people("recipients", [&](const NodeId& id, const Evidence& ev, int64_t) {
    AddEdge(doc_id_, id, EdgeKind::kAddressedTo, ev);
  });
  if (!s.ok()) return s;
  s = people("via", [&](const NodeId& id, const Evidence& ev, int64_t) {
    AddEdge(doc_id_, id, EdgeKind::kVia, ev);
  });
  if (!s.ok()) return s;
  return people("copies",
                [&](const NodeId& id, const Evidence& ev, int64_t count) {
                  Value props = Value::MakeObject();
                  if (count > 0) props[prop::kCount] = count;
                  AddEdge(doc_id_, id, EdgeKind::kCopyTo, ev, props);
                });
}

Status JsonReader::ReadClauses(const json& doc) {
  const json* clauses = nullptr;
  if (Status s = GetArray(doc, "", "clauses", clauses); !s.ok()) return s;
  // A clause's id is made of its ordinal: two clauses with one ordinal would
  // be one node, and one text lost. Ordinals that differ only where the id
  // drops characters ("1" and "1." both give clause-1) are the same.
  struct Seen {
    std::string where, ordinal;
  };
  std::map<NodeId, Seen> first_of_id;
  for (size_t i = 0; clauses != nullptr && i < clauses->size(); ++i) {
    const json& c = (*clauses)[i];
    std::string where = ItemPath("clauses", i);
    if (!c.is_object()) return TypeError(where, "an object", c);
    ClauseFields fields;
    fields.position = static_cast<int64_t>(i) + 1;
    if (Status s = CheckClause(c, where, fields); !s.ok()) return s;
    auto [it, added] = first_of_id.emplace(ClauseId(fields.ordinal),
                                           Seen{where, fields.ordinal});
    if (!added) {
      const Seen& first = it->second;
      return Error(where + ".ordinal",
                   "ordinal \"" + fields.ordinal + "\" " +
                       (first.ordinal == fields.ordinal
                            ? "is already " + first.where + "'s"
                            : "gives the same clause id as " + first.where +
                                  "'s \"" + first.ordinal + "\"") +
                       "; each clause needs its own");
    }
    AddClause(fields);
  }
  return Status::Ok();
}

NodeId JsonReader::ClauseId(const std::string& ordinal) const {
  return doc_id_ + "/clause-" + graph::Slug(ordinal);
}

Status JsonReader::CheckClause(const json& c, const std::string& where,
                               ClauseFields& out) const {
  const json* given = Member(c, "ordinal");
  if (given != nullptr && given->is_number_integer()) {
    // As written, whatever its size: dump() prints an unsigned 2^63 as it
    // is, where a conversion to int64_t would wrap it.
    out.ordinal = given->dump();
  } else if (given != nullptr && given->is_number_float() &&
             std::floor(given->get<double>()) == given->get<double>()) {
    // An integer past 64 bits, which JSON readers hold as a double.
    return Error(where + ".ordinal",
                 given->dump() +
                     " is too large for an integer; write the ordinal as a "
                     "string");
  } else if (given != nullptr && !given->is_string()) {
    return TypeError(where + ".ordinal", "a string or an integer", *given);
  } else if (given != nullptr) {
    out.ordinal = given->get<std::string>();
  }
  if (out.ordinal.empty())
    return Error(where + ".ordinal", "expected a string or an integer");
  const json* texts = Member(c, "text");
  if (texts != nullptr && !texts->is_object()) {
    return TypeError(where + ".text", "an object {\"en\": ..., \"ru\": ...}",
                     *texts);
  }
  if (texts == nullptr || texts->empty())
    return Error(where + ".text", "expected {\"en\": ..., \"ru\": ...}");
  for (auto it = texts->begin(); it != texts->end(); ++it) {
    if (!it->is_string())
      return TypeError(where + ".text." + it.key(), "a string", *it);
    out.texts.emplace_back(it.key(), it->get<std::string>());
  }
  Status s = GetStrings(c, where, "topics", out.topics, &out.has_topics);
  if (s.ok()) s = GetString(c, where, "proposer", false, out.proposer);
  return s;
}

void JsonReader::AddClause(const ClauseFields& f) {
  Node clause;
  clause.kind = NodeKind::kClause;
  clause.id = ClauseId(f.ordinal);
  Value text = Value::MakeObject();
  Value terms = Value::MakeObject();
  std::string all, label;
  for (const auto& [lang, t] : f.texts) {
    text[lang] = t;
    all += t + "\n";
    if (label.empty() || lang == "en") label = t;
    MergeTerms(terms, ExtractTerms(t, lang));
    clause.evidence.push_back(Ev(t));
  }
  clause.label = "Point " + f.ordinal + ": " + Abbreviate(label, 72);
  clause.props[prop::kOrdinal] = f.ordinal;
  clause.props[prop::kText] = text;
  clause.props[prop::kDocument] = doc_id_;
  clause.props[prop::kPosition] = f.position;
  Value topics = Value::MakeArray();
  for (const std::string& t : f.has_topics ? f.topics : topics_.Classify(all))
    topics.Append(t);
  clause.props[prop::kTopics] = topics;
  Value places = Value::MakeArray();
  for (const Mention& m : gazetteer_.FindMentions(all)) {
    if (m.entry->kind == NodeKind::kPlace) places.AppendUnique(m.entry->id);
  }
  if (!places.as_array().empty()) terms[prop::kPlaces] = places;
  clause.props[prop::kTerms] = terms;
  Evidence first = clause.evidence.front();
  NodeId clause_id = clause.id;
  fragment_.AddNode(std::move(clause));
  AddEdge(doc_id_, clause_id, EdgeKind::kHasClause, first);
  for (const graph::Value& place : places.as_array()) {
    const GazetteerEntry* e = gazetteer_.FindById(place.as_string());
    if (e == nullptr) continue;
    Node n;
    n.id = e->id;
    n.kind = e->kind;
    n.label = e->label;
    n.props[prop::kResolved] = true;
    n.evidence.push_back(first);
    fragment_.AddNode(std::move(n));
    AddEdge(clause_id, e->id, EdgeKind::kConcerns, first);
  }
  Value proposed = Value::MakeObject();
  proposed[prop::kModality] = prop::kProposed;
  if (!f.proposer.empty()) {
    Evidence ev = Ev(f.proposer);
    AddEdge(Person(f.proposer, ev), clause_id, EdgeKind::kProposes, ev,
            proposed);
  } else if (doc_type_ == "agreement") {
    // The signatories of an agreed text agreed its points: the two sides'
    // parties, none of them its proposer.
    Value agreed = Value::MakeObject();
    agreed[prop::kModality] = prop::kAgreed;
    for (const NodeId& a : authors_)
      AddEdge(a, clause_id, EdgeKind::kProposes, first, agreed);
  } else if (doc_type_ != "decision") {
    // The authors of a proposal propose its points; the members of a body
    // that takes a decision do not.
    for (const NodeId& a : authors_)
      AddEdge(a, clause_id, EdgeKind::kProposes, first, proposed);
  }
}

graph::Fragment JsonReader::Finish(const std::string& path) const {
  graph::Fragment out;
  out.page_id = doc_id_;
  out.source_path = path;
  out.text = std::string(text_);
  out.content_hash = graph::ContentHash(text_);
  out.layout = "json";
  for (Node n : fragment_.nodes()) {
    for (Evidence& ev : n.evidence) ev.doc = doc_id_;
    out.AddNode(std::move(n));
  }
  for (Edge e : fragment_.edges()) {
    for (Evidence& ev : e.evidence) ev.doc = doc_id_;
    out.AddEdge(std::move(e));
  }
  return detail::AssignSides(gazetteer_, text_, std::move(out));
}

Result<graph::Fragment> JsonReader::Read(const std::string& path) {
  IndexStrings();
  json doc;
  Status s = Parse(doc);
  if (s.ok()) s = CheckHeader(doc);
  if (s.ok()) s = ReadDocument(doc["document"], path);
  if (s.ok()) s = ReadParties(doc["document"]);
  if (s.ok()) s = ReadClauses(doc);
  if (!s.ok()) return s;
  return Finish(path);
}

}  // namespace parley::importers::detail

namespace parley::importers {

Result<graph::Fragment> ImportJsonDocument(std::string_view text,
                                           const std::string& source_path,
                                           const Gazetteer& gazetteer,
                                           const TopicList& topics) {
  if (Status s = detail::CheckPageBytes(text); !s.ok()) return s;
  detail::JsonReader reader(text, gazetteer, topics);
  try {
    return reader.Read(source_path);
  } catch (const nlohmann::json::exception& e) {
    // Every field is type-checked before it is read; this is the last
    // resort for whatever a check missed, so one bad file cannot end the
    // import of the others.
    std::string what = e.what();
    size_t cut = what.find("] ");
    if (cut != std::string::npos) what = what.substr(cut + 2);
    return Status::InvalidArgument("unreadable document: " + what);
  }
}

}  // namespace parley::importers
