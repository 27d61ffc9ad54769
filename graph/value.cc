#include "graph/value.h"

#include <algorithm>

namespace parley::graph {

const Value* Value::Get(std::string_view key) const {
  if (!is_object()) return nullptr;
  const Object& o = as_object();
  auto it = o.find(key);
  return it == o.end() ? nullptr : &it->second;
}

Value& Value::operator[](std::string_view key) {
  if (is_null()) v_ = Object{};
  Object& o = as_object();
  auto it = o.find(key);
  if (it == o.end()) it = o.emplace(std::string(key), Value()).first;
  return it->second;
}

std::string Value::GetString(std::string_view key) const {
  const Value* v = Get(key);
  return v != nullptr && v->is_string() ? v->as_string() : std::string();
}

void Value::Append(Value v) {
  if (is_null()) v_ = Array{};
  as_array().push_back(std::move(v));
}

void Value::AppendUnique(Value v) {
  if (is_null()) v_ = Array{};
  Array& a = as_array();
  if (std::find(a.begin(), a.end(), v) == a.end()) a.push_back(std::move(v));
}

void MergeValue(Value& into, const Value& from) {
  if (into.is_null()) {
    into = from;
    return;
  }
  if (into.is_array() && from.is_array()) {
    for (const Value& v : from.as_array()) into.AppendUnique(v);
    return;
  }
  if (into.is_object() && from.is_object()) {
    for (const auto& [key, v] : from.as_object()) MergeValue(into[key], v);
  }
}

}  // namespace parley::graph
