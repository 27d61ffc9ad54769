// The field checks of a JSON document's reader, and the evidence of a value
// (detail/json_reader.h).
#include <cmath>
#include <cstdint>
#include <string>

#include "importers/detail/json_reader.h"
#include "importers/detail/page_text.h"

namespace parley::importers::detail {

using graph::Evidence;
using nlohmann::json;

// Field paths as errors name them: "document.date", "clauses[1].text.en".
std::string FieldPath(const std::string& object, const std::string& key) {
  return object.empty() ? key : object + "." + key;
}
std::string ItemPath(const std::string& array, size_t index) {
  return array + "[" + std::to_string(index) + "]";
}

// The member `key` of `object`, or nullptr when it is absent or null (an
// optional field written as null is an absent one).
const json* Member(const json& object, const std::string& key) {
  auto it = object.find(key);
  return it == object.end() || it->is_null() ? nullptr : &*it;
}

Status JsonReader::Error(const std::string& field,
                         const std::string& what) const {
  return Status::InvalidArgument(
      field + ": " + what + " (line " +
      std::to_string(detail::JsonLineOf(text_, field)) + ")");
}

Status JsonReader::TypeError(const std::string& field,
                             std::string_view expected, const json& got) const {
  return Error(field, "expected " + std::string(expected) + ", got " +
                          std::string(got.type_name()));
}

Status JsonReader::GetString(const json& object, const std::string& where,
                             const std::string& key, bool required,
                             std::string& out) const {
  std::string field = FieldPath(where, key);
  out.clear();
  const json* v = Member(object, key);
  if (v != nullptr && !v->is_string()) return TypeError(field, "a string", *v);
  if (v != nullptr) out = v->get<std::string>();
  if (required && v == nullptr) return Error(field, "expected a string");
  if (required && out.empty())
    return Error(field, "expected a non-empty string");
  return Status::Ok();
}

Status JsonReader::CheckCount(const json& c, const std::string& field,
                              int64_t& out) const {
  constexpr int64_t kMaxCopyCount = 1000000;
  bool whole = c.is_number_integer() ||
               (c.is_number_float() && std::isfinite(c.get<double>()) &&
                std::floor(c.get<double>()) == c.get<double>());
  if (!whole) return TypeError(field, "an integer", c);
  bool in_range =
      c.is_number_unsigned()
          ? c.get<uint64_t>() <= static_cast<uint64_t>(kMaxCopyCount)
      : c.is_number_integer()
          ? c.get<int64_t>() <= kMaxCopyCount
          : c.get<double>() <= static_cast<double>(kMaxCopyCount);
  // nlohmann holds a non-negative integer, 0 too, as unsigned.
  bool positive = c.is_number_unsigned()  ? c.get<uint64_t>() >= 1
                  : c.is_number_integer() ? c.get<int64_t>() >= 1
                                          : c.get<double>() >= 1;
  if (!in_range || !positive) {
    return Error(field, c.dump() + " is out of range (1 to " +
                            std::to_string(kMaxCopyCount) + ")");
  }
  out = c.is_number_unsigned()  ? static_cast<int64_t>(c.get<uint64_t>())
        : c.is_number_integer() ? c.get<int64_t>()
                                : static_cast<int64_t>(c.get<double>());
  return Status::Ok();
}

Status JsonReader::GetArray(const json& object, const std::string& where,
                            const std::string& key, const json*& out) const {
  out = Member(object, key);
  if (out != nullptr && !out->is_array())
    return TypeError(FieldPath(where, key), "an array", *out);
  return Status::Ok();
}

Status JsonReader::GetStrings(const json& object, const std::string& where,
                              const std::string& key,
                              std::vector<std::string>& out,
                              bool* present) const {
  const json* array = nullptr;
  if (Status s = GetArray(object, where, key, array); !s.ok()) return s;
  if (present != nullptr) *present = array != nullptr;
  if (array == nullptr) return Status::Ok();
  for (size_t i = 0; i < array->size(); ++i) {
    const json& item = (*array)[i];
    if (!item.is_string())
      return TypeError(ItemPath(FieldPath(where, key), i), "a string", item);
    out.push_back(item.get<std::string>());
  }
  return Status::Ok();
}

void JsonReader::IndexStrings() { strings_ = JsonStringLiterals(text_); }

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
  ev.lang = DetectLanguage(value);
  if (ev.lang.empty()) ev.lang = "en";
  return ev;
}

}  // namespace parley::importers::detail
