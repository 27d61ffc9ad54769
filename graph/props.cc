#include "graph/props.h"

#include <utility>

namespace parley::graph {
namespace {

Value StringArray(const std::vector<std::string>& strings) {
  Value out = Value::MakeArray();
  for (const std::string& s : strings) out.Append(s);
  return out;
}

// The string members of the object at `key` of `object`, by key.
std::map<std::string, std::string> StringMap(const Value& object,
                                             std::string_view key) {
  std::map<std::string, std::string> out;
  const Value* v = object.Get(key);
  if (v == nullptr || !v->is_object()) return out;
  for (const auto& [k, x] : v->as_object()) {
    if (x.is_string()) out.emplace(k, x.as_string());
  }
  return out;
}

// The items of the list at `key` of `object` that `T::FromValue` reads.
template <typename T>
std::vector<T> Items(const Value& object, std::string_view key) {
  std::vector<T> out;
  const Value* list = object.Get(key);
  if (list == nullptr || !list->is_array()) return out;
  for (const Value& item : list->as_array()) {
    if (std::optional<T> x = T::FromValue(item)) out.push_back(std::move(*x));
  }
  return out;
}

}  // namespace

std::vector<std::string> Strings(const Value* value) {
  std::vector<std::string> out;
  if (value == nullptr) return out;
  if (value->is_string()) out.push_back(value->as_string());
  if (value->is_array()) {
    for (const Value& v : value->as_array()) {
      if (v.is_string()) out.push_back(v.as_string());
    }
  }
  return out;
}

int64_t IntAt(const Value& object, std::string_view key) {
  const Value* v = object.Get(key);
  return v != nullptr && v->is_int() ? v->as_int() : 0;
}

bool IsTrue(const Value& object, std::string_view key) {
  const Value* v = object.Get(key);
  return v != nullptr && v->is_bool() && v->as_bool();
}

Value Reference::ToValue() const {
  Value v = Value::MakeObject();
  v[prop::kDate] = date;
  v[prop::kAuthors] = StringArray(authors);
  if (number) v[prop::kNumber] = *number;
  v[prop::kQuote] = quote;
  v[prop::kStart] = start;
  v[prop::kEnd] = end;
  return v;
}

std::optional<Reference> Reference::FromValue(const Value& v) {
  if (!v.is_object()) return std::nullopt;
  Reference r;
  r.date = v.GetString(prop::kDate);
  r.authors = Strings(v.Get(prop::kAuthors));
  if (const Value* n = v.Get(prop::kNumber); n != nullptr && n->is_string())
    r.number = n->as_string();
  r.quote = v.GetString(prop::kQuote);
  r.start = IntAt(v, prop::kStart);
  r.end = IntAt(v, prop::kEnd);
  return r;
}

Value StanceClaim::ToValue() const {
  Value v = Value::MakeObject();
  v[prop::kStance] = stance;
  if (!supported_stance.empty()) v[prop::kSupportedStance] = supported_stance;
  if (negated) v[prop::kNegated] = true;
  if (conditional) v[prop::kConditional] = true;
  if (!points_of.empty()) v[prop::kPointsOf] = StringArray(points_of);
  if (!whole.empty()) v[prop::kWhole] = whole;
  if (whole_count != 0) v[prop::kWholeCount] = whole_count;
  if (!except.empty()) v[prop::kExcept] = StringArray(except);
  v[prop::kOrdinals] = StringArray(ordinals);
  v[prop::kTopics] = StringArray(topics);
  v[prop::kPartial] = partial;
  v[prop::kStart] = start;
  v[prop::kEnd] = end;
  v[prop::kQuote] = quote;
  v[prop::kLang] = lang;
  return v;
}

std::optional<StanceClaim> StanceClaim::FromValue(const Value& v) {
  if (!v.is_object()) return std::nullopt;
  StanceClaim s;
  s.stance = v.GetString(prop::kStance);
  s.ordinals = Strings(v.Get(prop::kOrdinals));
  s.topics = Strings(v.Get(prop::kTopics));
  s.partial = IsTrue(v, prop::kPartial);
  s.quote = v.GetString(prop::kQuote);
  s.lang = v.GetString(prop::kLang);
  s.start = IntAt(v, prop::kStart);
  s.end = IntAt(v, prop::kEnd);
  s.supported_stance = v.GetString(prop::kSupportedStance);
  s.negated = IsTrue(v, prop::kNegated);
  s.conditional = IsTrue(v, prop::kConditional);
  s.points_of = Strings(v.Get(prop::kPointsOf));
  s.whole = v.GetString(prop::kWhole);
  s.whole_count = IntAt(v, prop::kWholeCount);
  s.except = Strings(v.Get(prop::kExcept));
  return s;
}

std::optional<SourceCitation> SourceCitation::FromValue(const Value& v) {
  if (!v.is_object()) return std::nullopt;
  SourceCitation c;
  c.citation = v.GetString(prop::kCitation);
  c.archive = v.GetString(prop::kArchive);
  c.fond = v.GetString(prop::kFond);
  c.opis = v.GetString(prop::kOpis);
  c.delo = v.GetString(prop::kDelo);
  c.papka = v.GetString(prop::kPapka);
  c.pages = v.GetString(prop::kPages);
  return c;
}

DocumentProps DocumentProps::From(const Node& doc) {
  const Value& p = doc.props;
  DocumentProps d;
  d.title = p.GetString(prop::kTitle);
  d.doc_type = p.GetString(prop::kDocType);
  d.numbers = Strings(p.Get(prop::kNumber));
  d.outgoing_number = p.GetString(prop::kOutgoingNumber);
  d.date = p.GetString(prop::kDate);
  d.date_inferred = IsTrue(p, prop::kDateInferred);
  d.sent = p.GetString(prop::kSent);
  d.received = p.GetString(prop::kReceived);
  d.dispatched = p.GetString(prop::kDispatched);
  d.written_on = p.GetString(prop::kWrittenOn);
  d.origin = p.GetString(prop::kOrigin);
  d.languages = Strings(p.Get(prop::kLanguages));
  d.sources = Items<SourceCitation>(p, prop::kSource);
  d.record_id = p.GetString(prop::kRecordId);
  d.summary = p.GetString(prop::kSummary);
  d.classification = Strings(p.Get(prop::kClassification));
  d.precedence = Strings(p.Get(prop::kPrecedence));
  d.embedded_in = p.GetString(prop::kEmbeddedIn);
  d.restated = IsTrue(p, prop::kRestated);
  d.references = Items<Reference>(p, prop::kReferences);
  d.stances = Items<StanceClaim>(p, prop::kStances);
  d.source_file = p.GetString(prop::kSourceFile);
  d.curated = IsTrue(p, prop::kCurated);
  return d;
}

ClauseProps ClauseProps::From(const Node& clause) {
  const Value& p = clause.props;
  ClauseProps c;
  c.ordinal = p.GetString(prop::kOrdinal);
  c.ordinals = StringMap(p, prop::kOrdinals);
  c.text = StringMap(p, prop::kText);
  c.topics = Strings(p.Get(prop::kTopics));
  if (const Value* t = p.Get(prop::kTerms); t != nullptr && t->is_object())
    c.terms = *t;
  c.document = p.GetString(prop::kDocument);
  c.position = IntAt(p, prop::kPosition);
  return c;
}

}  // namespace parley::graph
