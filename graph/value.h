// Value: the property values of nodes and edges (null, bool, integer, number,
// string, list, object), a small JSON-shaped tree that keeps graph/ free of
// any JSON library. Objects keep their keys sorted, so output is stable.
#ifndef PARLEY_GRAPH_VALUE_H_
#define PARLEY_GRAPH_VALUE_H_

#include <cstdint>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace parley::graph {

class Value {
 public:
  using Array = std::vector<Value>;
  using Object = std::map<std::string, Value, std::less<>>;
  using Variant = std::variant<std::monostate, bool, int64_t, double,
                               std::string, Array, Object>;

  Value() = default;
  Value(bool b) : v_(b) {}                           // NOLINT
  Value(int i) : v_(static_cast<int64_t>(i)) {}      // NOLINT
  Value(int64_t i) : v_(i) {}                        // NOLINT
  Value(double d) : v_(d) {}                         // NOLINT
  Value(const char* s) : v_(std::string(s)) {}       // NOLINT
  Value(std::string s) : v_(std::move(s)) {}         // NOLINT
  Value(std::string_view s) : v_(std::string(s)) {}  // NOLINT
  Value(Array a) : v_(std::move(a)) {}               // NOLINT
  Value(Object o) : v_(std::move(o)) {}              // NOLINT

  static Value MakeObject() { return Value(Object{}); }
  static Value MakeArray() { return Value(Array{}); }

  bool is_null() const { return std::holds_alternative<std::monostate>(v_); }
  bool is_bool() const { return std::holds_alternative<bool>(v_); }
  bool is_int() const { return std::holds_alternative<int64_t>(v_); }
  bool is_double() const { return std::holds_alternative<double>(v_); }
  bool is_string() const { return std::holds_alternative<std::string>(v_); }
  bool is_array() const { return std::holds_alternative<Array>(v_); }
  bool is_object() const { return std::holds_alternative<Object>(v_); }

  bool as_bool() const { return std::get<bool>(v_); }
  int64_t as_int() const { return std::get<int64_t>(v_); }
  double as_double() const { return std::get<double>(v_); }
  const std::string& as_string() const { return std::get<std::string>(v_); }
  const Array& as_array() const { return std::get<Array>(v_); }
  Array& as_array() { return std::get<Array>(v_); }
  const Object& as_object() const { return std::get<Object>(v_); }
  Object& as_object() { return std::get<Object>(v_); }

  // Object access. `Get` returns nullptr when this is not an object or the
  // key is absent; `operator[]` turns a null Value into an object first.
  const Value* Get(std::string_view key) const;
  Value& operator[](std::string_view key);

  // The string at `key`, or "" when absent or not a string.
  std::string GetString(std::string_view key) const;

  // Appends to an array (a null Value becomes an array first).
  void Append(Value v);

  // Appends `v` to the array unless an equal element is already there.
  void AppendUnique(Value v);

  const Variant& variant() const { return v_; }
  Variant& variant() { return v_; }

  friend bool operator==(const Value& a, const Value& b) {
    return a.v_ == b.v_;
  }
  friend bool operator!=(const Value& a, const Value& b) { return !(a == b); }

  // Serialisation hook for cereal (storage/ instantiates it).
  template <class Archive>
  void serialize(Archive& ar) {
    ar(v_);
  }

 private:
  Variant v_;
};

// Merges `from` into `into`: keys absent in `into` are copied; where both hold
// arrays, the elements of `from` not yet present are appended; where both hold
// objects, they merge recursively; otherwise `into` keeps its value.
void MergeValue(Value& into, const Value& from);

}  // namespace parley::graph

#endif  // PARLEY_GRAPH_VALUE_H_
