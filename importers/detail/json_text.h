// Where things stand in the text of a JSON document (docs/json-documents.md):
// the line of a field, for an error that names it, and the string literals
// with their byte spans, for evidence that points at what a value was read
// from. Internals of importers/json_importer.cc.
#ifndef PARLEY_IMPORTERS_DETAIL_JSON_TEXT_H_
#define PARLEY_IMPORTERS_DETAIL_JSON_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace parley::importers::detail {

// The 1-based line where the value at `path` ("clauses[1].text.en") starts
// in the well-formed JSON `text`; when it is absent, the line of the
// innermost enclosing value on the way. Best effort, for error messages: a
// key written with escapes is not matched.
size_t JsonLineOf(std::string_view text, std::string_view path);

// The 1-based line of byte `offset` of `text`.
size_t LineOfByte(std::string_view text, size_t offset);

struct JsonStringLiteral {
  std::string value;          // decoded ("\u041a" is "К")
  size_t start = 0, end = 0;  // the bytes between the quotes
};

// Every well-formed string literal of `text`, keys too, in order.
std::vector<JsonStringLiteral> JsonStringLiterals(std::string_view text);

}  // namespace parley::importers::detail

#endif  // PARLEY_IMPORTERS_DETAIL_JSON_TEXT_H_
