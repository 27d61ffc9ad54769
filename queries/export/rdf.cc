// The RDF exports, Turtle (written by serd) and JSON-LD (nlohmann), of one
// set of triples in Parley's small vocabulary (docs/rdf-vocabulary.md).
#include <serd/serd.h>

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>
#include <string>

#include "graph/props.h"
#include "queries/detail/escape.h"
#include "queries/export/common.h"

namespace parley::queries::exporter {
namespace {

using graph::GraphView;

constexpr std::string_view kNodeBase = "https://parley.example/id/";
constexpr std::string_view kVocabulary = "https://parley.example/vocab#";
constexpr std::string_view kWikidataEntity = "http://www.wikidata.org/entity/";

struct Prefix {
  std::string_view name;
  std::string_view iri;
};
constexpr std::array<Prefix, 7> kPrefixes = {{
    {"pv", kVocabulary},
    {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
    {"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
    {"xsd", "http://www.w3.org/2001/XMLSchema#"},
    {"owl", "http://www.w3.org/2002/07/owl#"},
    {"skos", "http://www.w3.org/2004/02/skos/core#"},
    {"wd", kWikidataEntity},
}};

// The vocabulary's property for each edge kind, in EdgeKind order.
constexpr std::array<std::string_view, graph::kEdgeKindCount> kEdgeProperty = {
    "pv:authored",   "pv:addressedTo",   "pv:relayedVia", "pv:copyTo",
    "pv:embeds",     "pv:hasClause",     "pv:proposes",   "pv:memberOf",
    "pv:heads",      "pv:holdsRole",     "pv:mentions",   "pv:concerns",
    "pv:respondsTo", "pv:takesStanceOn", "pv:variantOf",
};

// One term of a triple. Predicates and classes are CURIEs of kPrefixes.
struct Term {
  enum Kind { kIri, kCurie, kBlank, kLiteral } kind = kLiteral;
  std::string text;
  std::string datatype;  // a CURIE ("xsd:date"), literals only
  std::string lang;      // literals only
};

Term Iri(std::string iri) { return {Term::kIri, std::move(iri), "", ""}; }
Term Curie(std::string_view curie) {
  return {Term::kCurie, std::string(curie), "", ""};
}
Term Literal(std::string_view text, std::string_view datatype = "",
             std::string_view lang = "") {
  // RDF/XML and the page embed these texts: no character XML forbids.
  return {Term::kLiteral, detail::XmlText(text), std::string(datatype),
          std::string(lang)};
}

// `id` under kNodeBase, every byte but unreserved ones, ':' and '/'
// percent-encoded (a hostile id cannot end the IRI early).
std::string NodeIri(std::string_view id) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string iri(kNodeBase);
  for (char c : id) {
    const auto u = static_cast<unsigned char>(c);
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                      (c >= '0' && c <= '9') || c == '-' || c == '.' ||
                      c == '_' || c == '~' || c == ':' || c == '/';
    if (keep) {
      iri += c;
    } else {
      iri += '%';
      iri += kHex[u >> 4];
      iri += kHex[u & 15];
    }
  }
  return iri;
}

bool IsWikidataId(std::string_view id) {
  return id.size() > 1 && id[0] == 'Q' &&
         std::all_of(id.begin() + 1, id.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
}

// "en", "ru", "zh": a member of a prop that is a text per language.
bool IsLanguageTag(std::string_view s) {
  return (s.size() == 2 || s.size() == 3) &&
         std::all_of(s.begin(), s.end(),
                     [](char c) { return c >= 'a' && c <= 'z'; });
}

class TripleSink {
 public:
  virtual ~TripleSink() = default;
  virtual void Triple(const Term& subject, std::string_view predicate,
                      const Term& object) = 0;
};

void EmitProps(TripleSink& sink, const Term& subject,
               const std::vector<Column>& columns, const graph::Value& props) {
  for (const Column& c : columns) {
    const graph::Value* value = ColumnValue(props, c);
    if (value == nullptr) continue;
    std::string predicate = "pv:" + c.name;
    if (!c.member.empty() && IsLanguageTag(c.member) && value->is_string()) {
      // `text`: {"en": ..., "ru": ...} is pv:text with language tags.
      predicate = "pv:" + c.name.substr(0, c.name.size() - c.member.size() - 1);
      sink.Triple(subject, predicate,
                  Literal(value->as_string(), "", c.member));
      continue;
    }
    if (c.type == ColumnType::kStrings) {
      for (const std::string& item : ColumnList(value)) {
        sink.Triple(subject, predicate, Literal(item));
      }
      continue;
    }
    std::optional<std::string> text = ColumnText(value, c.type);
    if (!text) continue;
    std::string_view datatype;
    switch (c.type) {
      case ColumnType::kBool:
        datatype = "xsd:boolean";
        break;
      case ColumnType::kInt:
        datatype = "xsd:integer";
        break;
      case ColumnType::kDouble:
        datatype = "xsd:double";
        break;
      case ColumnType::kDate:
        datatype = "xsd:date";
        break;
      default:
        break;
    }
    sink.Triple(subject, predicate, Literal(*text, datatype));
  }
}

void EmitEvidence(TripleSink& sink, const Term& subject,
                  const std::vector<graph::Evidence>& evidence,
                  const std::string& first_date, bool with_documents) {
  sink.Triple(subject, "pv:evidenceCount",
              Literal(std::to_string(evidence.size()), "xsd:integer"));
  if (!first_date.empty()) {
    sink.Triple(subject, "pv:firstEvidenced", Literal(first_date, "xsd:date"));
  }
  if (!with_documents) return;
  std::set<std::string_view> docs;
  for (const graph::Evidence& e : evidence) docs.insert(e.doc);
  for (std::string_view doc : docs) {
    sink.Triple(subject, "pv:evidencedIn", Iri(NodeIri(doc)));
  }
}

// Every triple of the view: each node's (its out-edges as direct triples
// among them), then an rdf:Statement for each edge that has props.
void EmitGraph(const GraphView& view, TripleSink& sink) {
  const FirstDates dates(view);
  const std::vector<Column> node_columns = NodeColumns(view);
  const std::vector<Column> edge_columns = EdgeColumns(view);
  size_t edge = 0;
  for (size_t i = 0; i < view.node_count(); ++i) {
    const graph::Node& node = view.node(i);
    const Term subject = Iri(NodeIri(node.id));
    sink.Triple(subject, "rdf:type",
                Curie("pv:" + std::string(graph::NodeKindName(node.kind))));
    sink.Triple(subject, "rdfs:label", Literal(NodeLabel(node)));
    for (const std::string& alias : node.aliases) {
      sink.Triple(subject, "skos:altLabel", Literal(alias));
    }
    const std::string wikidata = node.props.GetString(graph::prop::kWikidata);
    if (IsWikidataId(wikidata)) {
      sink.Triple(subject, "owl:sameAs",
                  Iri(std::string(kWikidataEntity) + wikidata));
    }
    EmitEvidence(sink, subject, node.evidence, dates.node(i), true);
    EmitProps(sink, subject, node_columns, node.props);
    for (; edge < view.edge_count() && view.edge(edge).source == node.id;
         ++edge) {
      const graph::Edge& e = view.edge(edge);
      sink.Triple(subject, kEdgeProperty[static_cast<size_t>(e.kind)],
                  Iri(NodeIri(e.target)));
    }
  }
  for (size_t i = 0; i < view.edge_count(); ++i) {
    const graph::Edge& e = view.edge(i);
    if (!e.props.is_object() || e.props.as_object().empty()) continue;
    const Term statement{Term::kBlank, "e" + std::to_string(i), "", ""};
    sink.Triple(statement, "rdf:type", Curie("rdf:Statement"));
    sink.Triple(statement, "rdf:subject", Iri(NodeIri(e.source)));
    sink.Triple(statement, "rdf:predicate",
                Curie(kEdgeProperty[static_cast<size_t>(e.kind)]));
    sink.Triple(statement, "rdf:object", Iri(NodeIri(e.target)));
    EmitEvidence(sink, statement, e.evidence, dates.edge(i), false);
    EmitProps(sink, statement, edge_columns, e.props);
  }
}

// ---------------------------------------------------------------- turtle

size_t WriteToStream(const void* buffer, size_t length, void* stream) {
  static_cast<std::ostream*>(stream)->write(
      static_cast<const char*>(buffer), static_cast<std::streamsize>(length));
  return length;
}

SerdNode ToSerd(const std::string& text, SerdType type) {
  return serd_node_from_substring(
      type, reinterpret_cast<const uint8_t*>(text.data()), text.size());
}

class TurtleSink : public TripleSink {
 public:
  explicit TurtleSink(std::ostream& out) : env_(serd_env_new(nullptr)) {
    writer_ = serd_writer_new(SERD_TURTLE, SERD_STYLE_ABBREVIATED, env_,
                              nullptr, &WriteToStream, &out);
    for (const Prefix& p : kPrefixes) {
      const std::string name(p.name), iri(p.iri);
      const SerdNode n = ToSerd(name, SERD_LITERAL);
      const SerdNode u = ToSerd(iri, SERD_URI);
      Check(serd_writer_set_prefix(writer_, &n, &u));
    }
  }
  ~TurtleSink() override {
    serd_writer_free(writer_);
    serd_env_free(env_);
  }
  TurtleSink(const TurtleSink&) = delete;
  TurtleSink& operator=(const TurtleSink&) = delete;

  void Triple(const Term& subject, std::string_view predicate,
              const Term& object) override {
    const std::string p(predicate);
    const SerdNode s = Node(subject);
    const SerdNode pn = ToSerd(p, SERD_CURIE);
    const SerdNode o = Node(object);
    const SerdNode datatype = ToSerd(object.datatype, SERD_CURIE);
    const SerdNode lang = ToSerd(object.lang, SERD_LITERAL);
    Check(serd_writer_write_statement(
        writer_, 0, nullptr, &s, &pn, &o,
        object.datatype.empty() ? nullptr : &datatype,
        object.lang.empty() ? nullptr : &lang));
  }

  void Finish() { Check(serd_writer_finish(writer_)); }

 private:
  static SerdNode Node(const Term& term) {
    switch (term.kind) {
      case Term::kIri:
        return ToSerd(term.text, SERD_URI);
      case Term::kCurie:
        return ToSerd(term.text, SERD_CURIE);
      case Term::kBlank:
        return ToSerd(term.text, SERD_BLANK);
      case Term::kLiteral:
        break;
    }
    return ToSerd(term.text, SERD_LITERAL);
  }
  static void Check(SerdStatus status) {
    if (status != SERD_SUCCESS) {
      throw std::runtime_error(
          std::string("serd: ") +
          reinterpret_cast<const char*>(serd_strerror(status)));
    }
  }

  SerdEnv* env_;
  SerdWriter* writer_;
};

// ---------------------------------------------------------------- json-ld

using nlohmann::ordered_json;

std::string Dump(const ordered_json& j) {
  return j.dump(-1, ' ', /*ensure_ascii=*/false,
                ordered_json::error_handler_t::replace);
}

// Gathers the triples of one subject into a JSON-LD node object and writes
// it when the next subject starts (EmitGraph gives a subject's triples
// together).
class JsonLdSink : public TripleSink {
 public:
  explicit JsonLdSink(std::ostream& out) : out_(out) {
    ordered_json context;
    for (const Prefix& p : kPrefixes) context[std::string(p.name)] = p.iri;
    out_ << "{\"@context\": " << Dump(context) << ",\n \"@graph\": [";
  }

  void Triple(const Term& subject, std::string_view predicate,
              const Term& object) override {
    const std::string id =
        subject.kind == Term::kBlank ? "_:" + subject.text : subject.text;
    if (current_.is_null() || current_["@id"] != id) {
      Flush();
      current_ = ordered_json::object();
      current_["@id"] = id;
    }
    if (predicate == "rdf:type") {
      current_["@type"].push_back(object.text);
      return;
    }
    current_[std::string(predicate)].push_back(ObjectOf(object));
  }

  void Finish() {
    Flush();
    out_ << "\n ]\n}\n";
  }

 private:
  static ordered_json ObjectOf(const Term& term) {
    switch (term.kind) {
      case Term::kIri:
      case Term::kCurie:
        return {{"@id", term.text}};
      case Term::kBlank:
        return {{"@id", "_:" + term.text}};
      case Term::kLiteral:
        break;
    }
    if (!term.lang.empty()) {
      return {{"@value", term.text}, {"@language", term.lang}};
    }
    if (!term.datatype.empty()) {
      return {{"@value", term.text}, {"@type", term.datatype}};
    }
    return term.text;
  }

  void Flush() {
    if (current_.is_null()) return;
    out_ << (first_ ? "\n  " : ",\n  ") << Dump(current_);
    first_ = false;
  }

  std::ostream& out_;
  ordered_json current_;
  bool first_ = true;
};

}  // namespace

void WriteTurtle(const GraphView& view, std::ostream& out) {
  out << "# Parley graph (parley-graph version 1) in the vocabulary of\n"
         "# docs/rdf-vocabulary.md.\n";
  TurtleSink sink(out);
  EmitGraph(view, sink);
  sink.Finish();
}

void WriteJsonLd(const GraphView& view, std::ostream& out) {
  JsonLdSink sink(out);
  EmitGraph(view, sink);
  sink.Finish();
}

}  // namespace parley::queries::exporter
