#include "queries/export/common.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>

#include "graph/props.h"
#include "queries/json_value.h"

namespace parley::queries::exporter {
namespace {

using graph::Value;

std::string Dump(const nlohmann::ordered_json& j) {
  return j.dump(-1, ' ', /*ensure_ascii=*/false,
                nlohmann::ordered_json::error_handler_t::replace);
}

// Names the writers give their own columns; a prop of one of these names is
// renamed "prop_NAME".
bool IsFixedColumn(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kFixed = {
      "id",    "kind",     "label",          "aliases",
      "props", "evidence", "evidence_count", "first_date",
      "start", "end",      "type",           "labels"};
  return std::find(kFixed.begin(), kFixed.end(), name) != kFixed.end();
}

std::string ColumnName(std::string_view key, std::string_view member) {
  std::string name;
  auto add = [&](std::string_view part) {
    for (char c : part) {
      const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '_';
      name += word ? c : '_';
    }
  };
  add(key);
  if (!member.empty()) {
    name += '_';
    add(member);
  }
  if (name.empty() || (name[0] >= '0' && name[0] <= '9')) name = "p_" + name;
  if (IsFixedColumn(name)) name = "prop_" + name;
  return name;
}

bool IsScalar(const Value& v) {
  return v.is_bool() || v.is_int() || v.is_double() || v.is_string();
}

// An object prop becomes one column per member when every member is a
// scalar (`text`: {"en": ..., "ru": ...}); anything deeper stays JSON.
bool SplitsIntoMembers(const Value& v) {
  if (!v.is_object() || v.as_object().empty()) return false;
  for (const auto& [member, item] : v.as_object()) {
    if (!IsScalar(item) && !item.is_null()) return false;
  }
  return true;
}

std::optional<ColumnType> TypeOf(const Value& v) {
  if (v.is_null()) return std::nullopt;
  if (v.is_bool()) return ColumnType::kBool;
  if (v.is_int()) return ColumnType::kInt;
  if (v.is_double()) {
    if (!std::isfinite(v.as_double())) return std::nullopt;
    return ColumnType::kDouble;
  }
  if (v.is_string()) {
    return IsIsoDate(v.as_string()) ? ColumnType::kDate : ColumnType::kString;
  }
  if (v.is_array()) {
    for (const Value& item : v.as_array()) {
      if (!IsScalar(item)) return ColumnType::kJson;
    }
    return ColumnType::kStrings;
  }
  return ColumnType::kJson;
}

ColumnType Widen(ColumnType a, ColumnType b) {
  using T = ColumnType;
  if (a == b) return a;
  if (a == T::kJson || b == T::kJson) return T::kJson;
  if (a == T::kStrings || b == T::kStrings) return T::kStrings;
  auto is = [&](T x, T y) { return (a == x && b == y) || (a == y && b == x); };
  if (is(T::kInt, T::kDouble)) return T::kDouble;
  return T::kString;
}

struct ColumnKey {
  std::string key, member;
  auto operator<=>(const ColumnKey&) const = default;
};

// The columns of the props of `items` (nodes or edges). A key is split into
// member columns only when every value it has splits.
template <typename Items>
std::vector<Column> ColumnsOf(const Items& items) {
  std::map<std::string, bool, std::less<>> splits;
  for (const auto& item : items) {
    if (!item.props.is_object()) continue;
    for (const auto& [key, value] : item.props.as_object()) {
      if (value.is_null()) continue;
      auto [it, fresh] = splits.emplace(key, true);
      it->second = it->second && SplitsIntoMembers(value);
    }
  }
  std::map<ColumnKey, std::optional<ColumnType>> types;
  auto note = [&](ColumnKey k, const Value& value) {
    std::optional<ColumnType> t = TypeOf(value);
    if (!t) return;
    std::optional<ColumnType>& type = types[std::move(k)];
    type = type ? Widen(*type, *t) : *t;
  };
  for (const auto& item : items) {
    if (!item.props.is_object()) continue;
    for (const auto& [key, value] : item.props.as_object()) {
      auto it = splits.find(key);
      if (it == splits.end()) continue;
      if (!it->second) {
        note({key, ""}, value);
        continue;
      }
      if (!value.is_object()) continue;
      for (const auto& [member, m] : value.as_object()) note({key, member}, m);
    }
  }
  std::vector<Column> columns;
  std::set<std::string> taken;
  for (const auto& [k, type] : types) {
    if (!type) continue;
    Column c{ColumnName(k.key, k.member), k.key, k.member, *type};
    const std::string base = c.name;
    for (int n = 2; taken.contains(c.name); ++n) {
      c.name = base + "_" + std::to_string(n);
    }
    taken.insert(c.name);
    columns.push_back(std::move(c));
  }
  std::sort(columns.begin(), columns.end(),
            [](const Column& a, const Column& b) { return a.name < b.name; });
  return columns;
}

}  // namespace

const KindStyle& StyleOf(graph::NodeKind kind) {
  static constexpr std::array<KindStyle, graph::kNodeKindCount> kStyles = {{
      {"ellipse", "filled", "#cfe2ff"},      // Person
      {"box", "filled", "#d1e7dd"},          // Organization
      {"house", "filled", "#fff3cd"},        // Place
      {"note", "filled", "#e2e3e5"},         // Document
      {"box", "rounded,filled", "#f8d7da"},  // Clause
      {"hexagon", "filled", "#e0cffc"},      // Delegation
  }};
  return kStyles[static_cast<size_t>(kind)];
}

std::string NodeLabel(const graph::Node& node) {
  return node.label.empty() ? node.id : node.label;
}

std::string PropsJson(const Value& props) {
  return Dump(nlohmann::ordered_json(ToJson(props)));
}

std::string EvidenceJson(const std::vector<graph::Evidence>& evidence) {
  nlohmann::ordered_json array = nlohmann::ordered_json::array();
  for (const graph::Evidence& e : evidence) array.push_back(ToJson(e));
  return Dump(array);
}

std::string DoubleText(double value) {
  char buffer[64];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, end);
}

bool IsIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  const int year = std::stoi(std::string(s.substr(0, 4)));
  const int month = (s[5] - '0') * 10 + (s[6] - '0');
  const int day = (s[8] - '0') * 10 + (s[9] - '0');
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30,
                                                31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && !leap) return day <= 28;
  return day <= kDays[month - 1];
}

FirstDates::FirstDates(const graph::GraphView& view)
    : nodes_(view.node_count()), edges_(view.edge_count()) {
  std::unordered_map<std::string_view, std::string_view> doc_dates;
  for (const graph::Node& node : view.nodes()) {
    if (node.kind != graph::NodeKind::kDocument) continue;
    const Value* date = node.props.Get(graph::prop::kDate);
    if (date && date->is_string() && IsIsoDate(date->as_string())) {
      doc_dates.emplace(node.id, date->as_string());
    }
  }
  auto earliest = [&](const std::vector<graph::Evidence>& evidence) {
    std::string_view first;
    for (const graph::Evidence& e : evidence) {
      auto it = doc_dates.find(e.doc);
      if (it == doc_dates.end()) continue;
      if (first.empty() || it->second < first) first = it->second;
    }
    return std::string(first);
  };
  for (size_t i = 0; i < view.node_count(); ++i) {
    const graph::Node& node = view.node(i);
    auto own = doc_dates.find(node.id);
    nodes_[i] = own != doc_dates.end() ? std::string(own->second)
                                       : earliest(node.evidence);
  }
  for (size_t i = 0; i < view.edge_count(); ++i) {
    const graph::Edge& edge = view.edge(i);
    edges_[i] = earliest(edge.evidence);
    if (!edges_[i].empty()) continue;
    std::optional<size_t> s = view.IndexOf(edge.source);
    std::optional<size_t> t = view.IndexOf(edge.target);
    const std::string& a = s ? nodes_[*s] : edges_[i];
    const std::string& b = t ? nodes_[*t] : edges_[i];
    if (!a.empty() && !b.empty()) edges_[i] = std::max(a, b);
  }
}

std::vector<Column> NodeColumns(const graph::GraphView& view) {
  return ColumnsOf(view.nodes());
}

std::vector<Column> EdgeColumns(const graph::GraphView& view) {
  return ColumnsOf(view.edges());
}

const Value* ColumnValue(const Value& props, const Column& column) {
  const Value* value = props.Get(column.key);
  if (value && !column.member.empty()) {
    value = value->is_object() ? value->Get(column.member) : nullptr;
  }
  return value && !value->is_null() ? value : nullptr;
}

std::string ScalarText(const Value& value) {
  if (value.is_string()) return value.as_string();
  if (value.is_bool()) return value.as_bool() ? "true" : "false";
  if (value.is_int()) return std::to_string(value.as_int());
  if (value.is_double() && std::isfinite(value.as_double())) {
    return DoubleText(value.as_double());
  }
  return "";
}

std::vector<std::string> ColumnList(const Value* value) {
  std::vector<std::string> items;
  if (value == nullptr) return items;
  if (!value->is_array()) {
    if (IsScalar(*value)) items.push_back(ScalarText(*value));
    return items;
  }
  for (const Value& item : value->as_array()) {
    if (IsScalar(item)) items.push_back(ScalarText(item));
  }
  return items;
}

std::optional<std::string> ColumnText(const Value* value, ColumnType type) {
  if (value == nullptr) return std::nullopt;
  switch (type) {
    case ColumnType::kJson:
      return PropsJson(*value);
    case ColumnType::kStrings: {
      std::vector<std::string> items = ColumnList(value);
      if (items.empty()) return std::nullopt;
      return Dump(nlohmann::ordered_json(items));
    }
    case ColumnType::kDouble:
      if (value->is_int())
        return DoubleText(static_cast<double>(value->as_int()));
      [[fallthrough]];
    default: {
      if (!IsScalar(*value)) return std::nullopt;
      std::string text = ScalarText(*value);
      if (text.empty() && !value->is_string()) return std::nullopt;
      return text;
    }
  }
}

}  // namespace parley::queries::exporter
