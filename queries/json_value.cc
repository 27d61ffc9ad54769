#include "queries/json_value.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <tuple>
#include <type_traits>
#include <variant>

namespace parley::queries {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

Status FieldError(const char* field, const char* problem) {
  return Status::InvalidArgument(std::string("\"") + field + "\" " + problem);
}

// The string at `field`, or an error when present but not a string;
// absent -> "" (or an error when `required`).
Result<std::string> StringField(const json& object, const char* field,
                                bool required) {
  auto it = object.find(field);
  if (it == object.end()) {
    if (required) return FieldError(field, "is missing");
    return std::string();
  }
  if (!it->is_string()) return FieldError(field, "is not a string");
  return it->get<std::string>();
}

Result<uint32_t> OffsetField(const json& object, const char* field) {
  auto it = object.find(field);
  if (it == object.end()) return uint32_t{0};
  if (!it->is_number_integer() || it->get<int64_t>() < 0 ||
      it->get<int64_t>() > std::numeric_limits<uint32_t>::max()) {
    return FieldError(field, "is not a byte offset");
  }
  return static_cast<uint32_t>(it->get<int64_t>());
}

Result<std::vector<graph::Evidence>> EvidenceListField(const json& object) {
  std::vector<graph::Evidence> result;
  auto it = object.find("evidence");
  if (it == object.end()) return result;
  if (!it->is_array()) return FieldError("evidence", "is not an array");
  for (const json& item : *it) {
    Result<graph::Evidence> evidence = EvidenceFromJson(item);
    if (!evidence.ok()) return evidence.status();
    result.push_back(std::move(*evidence));
  }
  return result;
}

Result<graph::Value> PropsField(const json& object) {
  auto it = object.find("props");
  if (it == object.end() || it->is_null()) return graph::Value::MakeObject();
  if (!it->is_object()) return FieldError("props", "is not an object");
  return FromJson(*it);
}

}  // namespace

json ToJson(const graph::Value& value) {
  return std::visit(
      [](const auto& v) -> json {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          return nullptr;
        } else if constexpr (std::is_same_v<T, double>) {
          if (!std::isfinite(v)) return nullptr;
          return v;
        } else if constexpr (std::is_same_v<T, graph::Value::Array>) {
          json array = json::array();
          for (const graph::Value& item : v) array.push_back(ToJson(item));
          return array;
        } else if constexpr (std::is_same_v<T, graph::Value::Object>) {
          json object = json::object();
          for (const auto& [key, item] : v) object[key] = ToJson(item);
          return object;
        } else {
          return v;
        }
      },
      value.variant());
}

graph::Value FromJson(const json& j) {
  switch (j.type()) {
    case json::value_t::boolean:
      return graph::Value(j.get<bool>());
    case json::value_t::number_integer:
      return graph::Value(j.get<int64_t>());
    case json::value_t::number_unsigned: {
      uint64_t u = j.get<uint64_t>();
      if (u <= static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
        return graph::Value(static_cast<int64_t>(u));
      }
      return graph::Value(static_cast<double>(u));
    }
    case json::value_t::number_float:
      return graph::Value(j.get<double>());
    case json::value_t::string:
      return graph::Value(j.get<std::string>());
    case json::value_t::array: {
      graph::Value::Array array;
      array.reserve(j.size());
      for (const json& item : j) array.push_back(FromJson(item));
      return graph::Value(std::move(array));
    }
    case json::value_t::object: {
      graph::Value::Object object;
      for (const auto& [key, item] : j.items()) object[key] = FromJson(item);
      return graph::Value(std::move(object));
    }
    default:  // null, binary, discarded
      return graph::Value();
  }
}

ordered_json ToJson(const graph::Evidence& evidence) {
  ordered_json j = ordered_json::object();
  j["doc"] = evidence.doc;
  j["lang"] = evidence.lang;
  j["start"] = evidence.start;
  j["end"] = evidence.end;
  j["quote"] = evidence.quote;
  return j;
}

namespace {

ordered_json EvidenceList(const std::vector<graph::Evidence>& list) {
  ordered_json array = ordered_json::array();
  for (const graph::Evidence& evidence : list)
    array.push_back(ToJson(evidence));
  return array;
}

// Props are always an object in the contract, even when a Value was left null.
ordered_json PropsJson(const graph::Value& props) {
  if (props.is_null()) return ordered_json::object();
  return ordered_json(ToJson(props));
}

}  // namespace

ordered_json ToJson(const graph::Node& node) {
  ordered_json j = ordered_json::object();
  j["id"] = node.id;
  j["kind"] = graph::NodeKindName(node.kind);
  j["label"] = node.label;
  j["aliases"] = node.aliases;
  j["props"] = PropsJson(node.props);
  j["evidence"] = EvidenceList(node.evidence);
  return j;
}

ordered_json ToJson(const graph::Edge& edge) {
  ordered_json j = ordered_json::object();
  j["source"] = edge.source;
  j["target"] = edge.target;
  j["kind"] = graph::EdgeKindName(edge.kind);
  j["props"] = PropsJson(edge.props);
  j["evidence"] = EvidenceList(edge.evidence);
  return j;
}

Result<graph::Evidence> EvidenceFromJson(const json& j) {
  if (!j.is_object()) return FieldError("evidence", "item is not an object");
  graph::Evidence evidence;
  Result<std::string> doc = StringField(j, "doc", /*required=*/false);
  if (!doc.ok()) return doc.status();
  Result<std::string> lang = StringField(j, "lang", false);
  if (!lang.ok()) return lang.status();
  Result<std::string> quote = StringField(j, "quote", false);
  if (!quote.ok()) return quote.status();
  Result<uint32_t> start = OffsetField(j, "start");
  if (!start.ok()) return start.status();
  Result<uint32_t> end = OffsetField(j, "end");
  if (!end.ok()) return end.status();
  evidence.doc = std::move(*doc);
  evidence.lang = std::move(*lang);
  evidence.quote = std::move(*quote);
  evidence.start = *start;
  evidence.end = *end;
  return evidence;
}

Result<graph::Node> NodeFromJson(const json& j) {
  if (!j.is_object()) return FieldError("node", "is not an object");
  graph::Node node;
  Result<std::string> id = StringField(j, "id", /*required=*/true);
  if (!id.ok()) return id.status();
  node.id = std::move(*id);
  Result<std::string> kind = StringField(j, "kind", true);
  if (!kind.ok()) return kind.status();
  std::optional<graph::NodeKind> parsed = graph::ParseNodeKind(*kind);
  if (!parsed) return FieldError("kind", "is not a node kind");
  node.kind = *parsed;
  Result<std::string> label = StringField(j, "label", false);
  if (!label.ok()) return label.status();
  node.label = std::move(*label);
  if (auto it = j.find("aliases"); it != j.end()) {
    if (!it->is_array()) return FieldError("aliases", "is not an array");
    for (const json& alias : *it) {
      if (!alias.is_string())
        return FieldError("aliases", "holds a non-string");
      node.aliases.push_back(alias.get<std::string>());
    }
  }
  Result<graph::Value> props = PropsField(j);
  if (!props.ok()) return props.status();
  node.props = std::move(*props);
  Result<std::vector<graph::Evidence>> evidence = EvidenceListField(j);
  if (!evidence.ok()) return evidence.status();
  node.evidence = std::move(*evidence);
  return node;
}

Result<graph::Edge> EdgeFromJson(const json& j) {
  if (!j.is_object()) return FieldError("edge", "is not an object");
  graph::Edge edge;
  Result<std::string> source = StringField(j, "source", /*required=*/true);
  if (!source.ok()) return source.status();
  edge.source = std::move(*source);
  Result<std::string> target = StringField(j, "target", true);
  if (!target.ok()) return target.status();
  edge.target = std::move(*target);
  Result<std::string> kind = StringField(j, "kind", true);
  if (!kind.ok()) return kind.status();
  std::optional<graph::EdgeKind> parsed = graph::ParseEdgeKind(*kind);
  if (!parsed) return FieldError("kind", "is not an edge kind");
  edge.kind = *parsed;
  Result<graph::Value> props = PropsField(j);
  if (!props.ok()) return props.status();
  edge.props = std::move(*props);
  Result<std::vector<graph::Evidence>> evidence = EvidenceListField(j);
  if (!evidence.ok()) return evidence.status();
  edge.evidence = std::move(*evidence);
  return edge;
}

ordered_json ToJson(const graph::Fragment& fragment) {
  ordered_json j = ordered_json::object();
  j["page_id"] = fragment.page_id;
  j["source_path"] = fragment.source_path;
  j["text"] = fragment.text;
  j["content_hash"] = fragment.content_hash;
  j["layout"] = fragment.layout;
  j["warnings"] = fragment.warnings;
  ordered_json nodes = ordered_json::array();
  for (const graph::Node& node : fragment.nodes())
    nodes.push_back(ToJson(node));
  j["nodes"] = std::move(nodes);
  ordered_json edges = ordered_json::array();
  for (const graph::Edge& edge : fragment.edges())
    edges.push_back(ToJson(edge));
  j["edges"] = std::move(edges);
  return j;
}

namespace {

// The array at `field` (absent: an empty one), or an error.
Result<const json*> ArrayField(const json& object, const char* field) {
  static const json kEmpty = json::array();
  auto it = object.find(field);
  if (it == object.end()) return &kEmpty;
  if (!it->is_array()) return FieldError(field, "is not an array");
  return &*it;
}

// `status` said of item `index` of `field`: "nodes[3]: "kind" is missing".
Status ItemError(const char* field, size_t index, const Status& status) {
  return Status::InvalidArgument(std::string(field) + "[" +
                                 std::to_string(index) +
                                 "]: " + status.message());
}

}  // namespace

Result<graph::Fragment> FragmentFromJson(const json& j) {
  if (!j.is_object()) return FieldError("fragment", "is not an object");
  graph::Fragment fragment;
  for (auto [field, into, required] :
       {std::tuple{"page_id", &fragment.page_id, true},
        std::tuple{"source_path", &fragment.source_path, false},
        std::tuple{"text", &fragment.text, true},
        std::tuple{"content_hash", &fragment.content_hash, true},
        std::tuple{"layout", &fragment.layout, false}}) {
    Result<std::string> value = StringField(j, field, required);
    if (!value.ok()) return value.status();
    *into = std::move(*value);
  }
  Result<const json*> warnings = ArrayField(j, "warnings");
  if (!warnings.ok()) return warnings.status();
  for (const json& w : **warnings) {
    if (!w.is_string()) return FieldError("warnings", "holds a non-string");
    fragment.warnings.push_back(w.get<std::string>());
  }
  Result<const json*> nodes = ArrayField(j, "nodes");
  if (!nodes.ok()) return nodes.status();
  for (size_t i = 0; i < (*nodes)->size(); ++i) {
    Result<graph::Node> node = NodeFromJson((**nodes)[i]);
    if (!node.ok()) return ItemError("nodes", i, node.status());
    fragment.AddNode(std::move(*node));
  }
  Result<const json*> edges = ArrayField(j, "edges");
  if (!edges.ok()) return edges.status();
  for (size_t i = 0; i < (*edges)->size(); ++i) {
    Result<graph::Edge> edge = EdgeFromJson((**edges)[i]);
    if (!edge.ok()) return ItemError("edges", i, edge.status());
    fragment.AddEdge(std::move(*edge));
  }
  return fragment;
}

}  // namespace parley::queries
