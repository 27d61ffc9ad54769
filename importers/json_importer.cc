#include "importers/json_importer.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "importers/clause_terms.h"
#include "importers/detail/page_text.h"

namespace parley::importers {
namespace {

using graph::Edge;
using graph::EdgeKind;
using graph::Evidence;
using graph::Node;
using graph::NodeId;
using graph::NodeKind;
using graph::Value;
using nlohmann::json;

class JsonReader {
 public:
  JsonReader(std::string_view text, const Gazetteer& g, const TopicList& t)
      : text_(text), gazetteer_(g), topics_(t) {}

  Result<graph::Fragment> Read(const std::string& path);

 private:
  // Evidence for a string value: the bytes of the literal it was read from
  // (the next one holding that value after the last hit, so repeated values
  // map in order); the whole text when no literal holds it.
  Evidence Ev(const std::string& value);
  void IndexStrings();

  struct StringLiteral {
    std::string value;
    size_t start = 0, end = 0;  // the bytes between the quotes
  };
  std::vector<StringLiteral> strings_;
  NodeId Person(const std::string& name, const Evidence& ev);
  void AddEdge(const NodeId& s, const NodeId& t, EdgeKind k, const Evidence& ev,
               Value props = Value::MakeObject());

  std::string_view text_;
  const Gazetteer& gazetteer_;
  const TopicList& topics_;
  graph::Fragment fragment_;
  size_t cursor_ = 0;
};

void JsonReader::IndexStrings() {
  // Every string literal of the text with its decoded value, in order, so
  // that evidence can point at the bytes a value was read from even when
  // the file writes it with escapes ("\u041a...").
  for (size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] != '"') continue;
    size_t j = i + 1;
    while (j < text_.size() && text_[j] != '"') j += text_[j] == '\\' ? 2 : 1;
    if (j >= text_.size()) break;
    std::string_view raw = text_.substr(i, j - i + 1);
    try {
      strings_.push_back({json::parse(raw).get<std::string>(), i + 1, j});
    } catch (const json::exception&) {
      // Not a well-formed literal: the parse that follows reports it.
    }
    i = j;
  }
}

Evidence JsonReader::Ev(const std::string& value) {
  Evidence ev;
  size_t found = strings_.size();
  for (size_t k = cursor_; k < strings_.size() && found == strings_.size();
       ++k) {
    if (strings_[k].value == value) found = k;
  }
  for (size_t k = 0; k < cursor_ && found == strings_.size(); ++k) {
    if (strings_[k].value == value) found = k;
  }
  if (found == strings_.size()) {
    ev.start = 0;
    ev.end = static_cast<uint32_t>(text_.size());
  } else {
    cursor_ = found + 1;
    ev.start = static_cast<uint32_t>(strings_[found].start);
    ev.end = static_cast<uint32_t>(strings_[found].end);
  }
  ev.quote = std::string(text_.substr(ev.start, ev.end - ev.start));
  ev.lang = detail::DetectLanguage(value);
  if (ev.lang.empty()) ev.lang = "en";
  return ev;
}

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
    n.props["resolved"] = true;
    if (!e->wikidata.empty()) n.props["wikidata"] = e->wikidata;
  } else {
    n.id = "person:" + graph::Slug(name);
    n.label = name;
    n.props["resolved"] = false;
  }
  n.evidence.push_back(ev);
  NodeId id = n.id;
  fragment_.AddNode(std::move(n));
  return id;
}

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

Status SchemaError(const std::string& field, const std::string& what) {
  return Status::InvalidArgument(field + ": " + what);
}

bool IsIsoDate(const std::string& s) {
  return s.size() >= 10 && std::isdigit(static_cast<unsigned char>(s[0])) &&
         s[4] == '-' && s[7] == '-';
}

Result<graph::Fragment> JsonReader::Read(const std::string& path) {
  json doc;
  IndexStrings();
  try {
    doc = json::parse(text_.begin(), text_.end());
  } catch (const json::parse_error& e) {
    size_t line =
        1 + static_cast<size_t>(std::count(
                text_.begin(), text_.begin() + std::min(e.byte, text_.size()),
                '\n'));
    std::string what = e.what();
    // nlohmann's message: "[json.exception.parse_error.101] parse error at
    // line 3, column 1: syntax error ...": keep what follows the last ": ".
    size_t cut = what.find("syntax error");
    if (cut != std::string::npos) what = what.substr(cut);
    return Status::InvalidArgument("line " + std::to_string(line) +
                                   ": invalid JSON: " + what);
  }
  if (!doc.is_object() || doc.value("format", "") != "parley-document") {
    return SchemaError(
        "format", "expected \"parley-document\" (see docs/json-documents.md)");
  }
  if (doc.value("version", 0) != 1) return SchemaError("version", "expected 1");
  if (!doc.contains("document") || !doc["document"].is_object()) {
    return SchemaError("document", "expected an object");
  }
  const json& d = doc["document"];
  auto str = [&](const json& o, const char* key) -> std::string {
    auto it = o.find(key);
    return it != o.end() && it->is_string() ? it->get<std::string>()
                                            : std::string();
  };
  std::string type = str(d, "type");
  std::string date = str(d, "date");
  std::string title = str(d, "title");
  if (type.empty()) return SchemaError("document.type", "expected a string");
  if (!IsIsoDate(date))
    return SchemaError("document.date", "expected an ISO date (YYYY-MM-DD)");
  if (title.empty()) return SchemaError("document.title", "expected a string");
  std::string number = str(d, "number");

  Node node;
  node.kind = NodeKind::kDocument;
  node.id = "doc:" + graph::Slug(type) +
            (number.empty() ? "" : "-" + graph::Slug(number)) + "-" +
            date.substr(0, 10);
  node.label = title;
  fragment_.page_id = node.id;
  Value& p = node.props;
  p["title"] = title;
  p["doc_type"] = type;
  p["date"] = date;
  if (!number.empty()) p["number"] = number;
  for (const char* key : {"sent", "received", "summary", "record_id"}) {
    if (!str(d, key).empty()) p[key] = str(d, key);
  }
  Value langs = Value::MakeArray();
  if (d.contains("languages") && d["languages"].is_array()) {
    for (const json& l : d["languages"]) {
      if (l.is_string()) langs.Append(l.get<std::string>());
    }
  }
  p["languages"] = langs;
  Value sources = Value::MakeArray();
  if (d.contains("source") && d["source"].is_array()) {
    for (const json& s : d["source"]) {
      if (!s.is_object())
        return SchemaError("document.source", "expected a list of objects");
      Value c = Value::MakeObject();
      for (auto it = s.begin(); it != s.end(); ++it) {
        if (it->is_string()) c[it.key()] = it->get<std::string>();
      }
      sources.Append(c);
    }
  }
  p["source"] = sources;
  p["source_file"] = path;
  p["curated"] = true;
  node.evidence.push_back(Ev(title));
  NodeId doc_id = node.id;
  fragment_.AddNode(std::move(node));

  auto people = [&](const char* key, auto&& each) -> Status {
    auto it = d.find(key);
    if (it == d.end()) return Status::Ok();
    if (!it->is_array())
      return SchemaError(std::string("document.") + key, "expected a list");
    for (const json& v : *it) {
      std::string name = v.is_string()   ? v.get<std::string>()
                         : v.is_object() ? str(v, "name")
                                         : "";
      if (name.empty()) {
        return SchemaError(std::string("document.") + key,
                           "expected names or {\"name\": ...}");
      }
      int64_t count = v.is_object() ? v.value("count", 0) : 0;
      Evidence ev = Ev(name);
      each(Person(name, ev), ev, count);
    }
    return Status::Ok();
  };
  std::vector<NodeId> authors;
  Status s =
      people("authors", [&](const NodeId& id, const Evidence& ev, int64_t) {
        AddEdge(id, doc_id, EdgeKind::kAuthored, ev);
        authors.push_back(id);
      });
  if (!s.ok()) return s;
  s = people("recipients", [&](const NodeId& id, const Evidence& ev, int64_t) {
    AddEdge(doc_id, id, EdgeKind::kAddressedTo, ev);
  });
  if (!s.ok()) return s;
  s = people("via", [&](const NodeId& id, const Evidence& ev, int64_t) {
    AddEdge(doc_id, id, EdgeKind::kVia, ev);
  });
  if (!s.ok()) return s;
  s = people("copies",
             [&](const NodeId& id, const Evidence& ev, int64_t count) {
               Value props = Value::MakeObject();
               if (count > 0) props["count"] = count;
               AddEdge(doc_id, id, EdgeKind::kCopyTo, ev, props);
             });
  if (!s.ok()) return s;

  if (doc.contains("clauses")) {
    if (!doc["clauses"].is_array())
      return SchemaError("clauses", "expected a list");
    int64_t position = 0;
    for (const json& c : doc["clauses"]) {
      ++position;
      std::string where = "clauses[" + std::to_string(position - 1) + "]";
      if (!c.is_object()) return SchemaError(where, "expected an object");
      std::string ordinal = c.contains("ordinal") && c["ordinal"].is_number()
                                ? std::to_string(c["ordinal"].get<int64_t>())
                                : str(c, "ordinal");
      if (ordinal.empty())
        return SchemaError(where + ".ordinal", "expected a string");
      if (!c.contains("text") || !c["text"].is_object() || c["text"].empty()) {
        return SchemaError(where + ".text",
                           "expected {\"en\": ..., \"ru\": ...}");
      }
      Node clause;
      clause.kind = NodeKind::kClause;
      clause.id = doc_id + "/clause-" + graph::Slug(ordinal);
      Value text = Value::MakeObject();
      Value terms = Value::MakeObject();
      std::string all, label;
      for (auto it = c["text"].begin(); it != c["text"].end(); ++it) {
        if (!it->is_string())
          return SchemaError(where + ".text." + it.key(), "expected a string");
        std::string t = it->get<std::string>();
        text[it.key()] = t;
        all += t + "\n";
        if (label.empty() || it.key() == "en") label = t;
        MergeTerms(terms, ExtractTerms(t, it.key()));
        clause.evidence.push_back(Ev(t));
      }
      clause.label = "Point " + ordinal + ": " + Abbreviate(label, 72);
      clause.props["ordinal"] = ordinal;
      clause.props["text"] = text;
      clause.props["document"] = doc_id;
      clause.props["position"] = position;
      Value topics = Value::MakeArray();
      if (c.contains("topics") && c["topics"].is_array()) {
        for (const json& t : c["topics"]) {
          if (t.is_string()) topics.Append(t.get<std::string>());
        }
      } else {
        for (const std::string& t : topics_.Classify(all)) topics.Append(t);
      }
      clause.props["topics"] = topics;
      Value places = Value::MakeArray();
      for (const Mention& m : gazetteer_.FindMentions(all)) {
        if (m.entry->kind == NodeKind::kPlace) places.AppendUnique(m.entry->id);
      }
      if (!places.as_array().empty()) terms["places"] = places;
      clause.props["terms"] = terms;
      Evidence first = clause.evidence.front();
      NodeId clause_id = clause.id;
      fragment_.AddNode(std::move(clause));
      AddEdge(doc_id, clause_id, EdgeKind::kHasClause, first);
      for (const graph::Value& place : places.as_array()) {
        const GazetteerEntry* e = gazetteer_.FindById(place.as_string());
        if (e == nullptr) continue;
        Node n;
        n.id = e->id;
        n.kind = e->kind;
        n.label = e->label;
        n.props["resolved"] = true;
        n.evidence.push_back(first);
        fragment_.AddNode(std::move(n));
        AddEdge(clause_id, e->id, EdgeKind::kConcerns, first);
      }
      std::string proposer = str(c, "proposer");
      if (!proposer.empty()) {
        Evidence ev = Ev(proposer);
        AddEdge(Person(proposer, ev), clause_id, EdgeKind::kProposes, ev);
      } else if (type != "agreement" && type != "decision") {
        // The authors of a proposal propose its points; the signatories of
        // an agreed text or a decision do not.
        for (const NodeId& a : authors)
          AddEdge(a, clause_id, EdgeKind::kProposes, first);
      }
    }
  }
  graph::Fragment out;
  out.page_id = doc_id;
  out.source_path = path;
  out.text = std::string(text_);
  out.content_hash = graph::ContentHash(text_);
  for (Node n : fragment_.nodes()) {
    for (Evidence& ev : n.evidence) ev.doc = doc_id;
    out.AddNode(std::move(n));
  }
  for (Edge e : fragment_.edges()) {
    for (Evidence& ev : e.evidence) ev.doc = doc_id;
    out.AddEdge(std::move(e));
  }
  return out;
}

}  // namespace

Result<graph::Fragment> ImportJsonDocument(std::string_view text,
                                           const std::string& source_path,
                                           const Gazetteer& gazetteer,
                                           const TopicList& topics) {
  if (Status s = detail::CheckPageBytes(text); !s.ok()) return s;
  JsonReader reader(text, gazetteer, topics);
  return reader.Read(source_path);
}

}  // namespace parley::importers
