#include "importers/detail/json_text.h"

#include <algorithm>
#include <charconv>
#include <nlohmann/json.hpp>

namespace parley::importers::detail {
namespace {

size_t SkipSpace(std::string_view text, size_t i) {
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' ||
                             text[i] == '\n' || text[i] == '\r')) {
    ++i;
  }
  return i;
}

// `i` at the opening quote of a string literal: the byte after its closing
// quote.
size_t SkipString(std::string_view text, size_t i) {
  size_t j = i + 1;
  while (j < text.size() && text[j] != '"') j += text[j] == '\\' ? 2 : 1;
  return std::min(j + 1, text.size());
}

// `i` at the first byte of a value of well-formed JSON: the byte after it.
// Iterative, so that deep nesting cannot exhaust the stack.
size_t SkipValue(std::string_view text, size_t i) {
  if (i >= text.size()) return text.size();
  if (text[i] == '"') return SkipString(text, i);
  if (text[i] != '{' && text[i] != '[') {
    while (i < text.size() && text[i] != ',' && text[i] != ']' &&
           text[i] != '}' && SkipSpace(text, i) == i) {
      ++i;
    }
    return i;
  }
  size_t depth = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == '"') {
      i = SkipString(text, i);
      continue;
    }
    if (c == '{' || c == '[') ++depth;
    if ((c == '}' || c == ']') && --depth == 0) return i + 1;
    ++i;
  }
  return text.size();
}

// After the value or key at `i`: the start of the next element of the
// enclosing object or array, or npos when the enclosing one ends there.
size_t NextElement(std::string_view text, size_t i) {
  i = SkipSpace(text, SkipValue(text, i));
  if (i >= text.size() || text[i] != ',') return std::string_view::npos;
  return SkipSpace(text, i + 1);
}

// Where the value at `path` starts in `text` (JsonLineOf).
size_t OffsetOf(std::string_view text, std::string_view path) {
  constexpr size_t npos = std::string_view::npos;
  size_t at = SkipSpace(text, 0);
  size_t p = 0;
  while (p < path.size() && at < text.size()) {
    if (path[p] == '.') {
      ++p;
      continue;
    }
    size_t found = npos;
    if (path[p] == '[') {
      size_t close = path.find(']', p);
      if (close == npos || text[at] != '[') break;
      size_t index = 0;
      std::from_chars(path.data() + p + 1, path.data() + close, index);
      p = close + 1;
      size_t i = SkipSpace(text, at + 1);
      for (size_t k = 0; k < index && i != npos; ++k) i = NextElement(text, i);
      if (i != npos && i < text.size() && text[i] != ']') found = i;
    } else {
      size_t end = std::min(path.find_first_of(".[", p), path.size());
      std::string_view key = path.substr(p, end - p);
      p = end;
      if (text[at] != '{') break;
      size_t i = SkipSpace(text, at + 1);
      while (i != npos && i < text.size() && text[i] == '"') {
        size_t key_end = SkipString(text, i);
        bool match = text.substr(i + 1, key_end - i - 2) == key;
        size_t value = SkipSpace(text, key_end);
        if (value < text.size() && text[value] == ':') ++value;
        value = SkipSpace(text, value);
        if (match) {
          found = value;
          break;
        }
        i = NextElement(text, value);
      }
    }
    if (found == npos) break;
    at = found;
  }
  return at;
}

}  // namespace

size_t LineOfByte(std::string_view text, size_t offset) {
  return 1 +
         static_cast<size_t>(std::count(
             text.begin(), text.begin() + std::min(offset, text.size()), '\n'));
}

size_t JsonLineOf(std::string_view text, std::string_view path) {
  return LineOfByte(text, OffsetOf(text, path));
}

std::vector<JsonStringLiteral> JsonStringLiterals(std::string_view text) {
  std::vector<JsonStringLiteral> literals;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '"') continue;
    size_t j = i + 1;
    while (j < text.size() && text[j] != '"') j += text[j] == '\\' ? 2 : 1;
    if (j >= text.size()) break;
    std::string_view raw = text.substr(i, j - i + 1);
    try {
      literals.push_back(
          {nlohmann::json::parse(raw).get<std::string>(), i + 1, j});
    } catch (const nlohmann::json::exception&) {
      // Not a well-formed literal: the parse of the document reports it.
    }
    i = j;
  }
  return literals;
}

}  // namespace parley::importers::detail
