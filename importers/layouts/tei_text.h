// The plain text of a TEI document and its map back to the file's bytes,
// for the frus-tei reader (frus_tei.cc): TeiText and the element helpers it
// and the reader share.
#ifndef PARLEY_IMPORTERS_LAYOUTS_TEI_TEXT_H_
#define PARLEY_IMPORTERS_LAYOUTS_TEI_TEXT_H_

#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "importers/document_record.h"

namespace parley::importers::layouts::tei {

// The element's name without its namespace prefix ("tei:div" -> "div").
std::string_view LocalName(pugi::xml_node node);

// True when `node` is an element named `name` (with @type `type`).
bool Is(pugi::xml_node node, std::string_view name, std::string_view type = {});

// The first element under `node` named `name` (with @type `type`).
pugi::xml_node Find(pugi::xml_node node, std::string_view name,
                    std::string_view type = {});

// XML's white space (space, tab, CR, LF): a byte test, unlike
// text::IsSpace, which takes a code point and counts Unicode's spaces.
bool IsXmlSpace(char c);

// The plain text of one document, its source map, the span of each element
// and the lines that are the document's own text.
class TeiText {
 public:
  explicit TeiText(std::string_view source) : source_(source) {}

  // Appends the source note as the first line, then the rest of `div` in
  // reading order.
  void Build(pugi::xml_node div);

  std::string text;
  SourceMap map;
  std::vector<Span> body;
  std::vector<Span> notes;  // footnotes, each on a line after the body
  std::vector<std::string> warnings;
  Span SpanOf(pugi::xml_node node) const {
    auto it = spans_.find(node.internal_object());
    return it == spans_.end() ? Span{} : it->second;
  }

 private:
  void Walk(pugi::xml_node node);
  void Element(pugi::xml_node node);
  void Pcdata(pugi::xml_node node);
  void PcdataUnmapped(std::string_view value);
  void Space(size_t source_at);
  void Chars(std::string_view decoded, size_t source_at, size_t source_len);
  void EndLine();
  void Map(size_t text_at, size_t source_at, size_t length);
  void FlushPiece();

  std::string_view source_;
  std::vector<pugi::xml_node> footnotes_;
  std::unordered_map<const void*, Span> spans_;
  int furniture_depth_ = 0;  // inside the source note, head or opener
  size_t line_start_ = 0;
  bool line_is_body_ = false;
  static constexpr size_t kNoBytes = std::string_view::npos;
  std::optional<size_t> pending_space_;  // its source offset, or kNoBytes
  bool unmapped_ = false;
  struct Piece {
    size_t text_at = 0, source_at = 0, length = 0;
  } piece_;
};

}  // namespace parley::importers::layouts::tei

#endif  // PARLEY_IMPORTERS_LAYOUTS_TEI_TEXT_H_
