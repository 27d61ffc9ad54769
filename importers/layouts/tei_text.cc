// TeiText (tei_text.h): a TEI document read into plain text in reading
// order, each byte mapped back to the XML byte it came from.
#include "importers/layouts/tei_text.h"

#include <algorithm>
#include <cstdio>

#include "text/utf8.h"

namespace parley::importers::layouts::tei {
namespace {

// The element before `node` among its siblings, text between aside.
pugi::xml_node PreviousElement(pugi::xml_node node) {
  pugi::xml_node n = node.previous_sibling();
  while (n && n.type() != pugi::node_element) n = n.previous_sibling();
  return n;
}

// A character or entity reference that the parser decoded ("&amp;",
// "&#x2014;"); any other '&' is left as it is.
bool IsReference(std::string_view at) {
  for (std::string_view ref :
       {"&#", "&amp;", "&lt;", "&gt;", "&quot;", "&apos;"}) {
    if (at.starts_with(ref)) return at.find(';') < 12;
  }
  return false;
}

// Elements that stand on lines of their own in the built text.
bool IsBlock(pugi::xml_node node) {
  static constexpr std::string_view kBlocks[] = {
      "p",    "head",  "dateline", "opener", "closer",
      "list", "item",  "salute",   "signed", "postscript",
      "ab",   "table", "row",      "div",    "attachment"};
  std::string_view name = LocalName(node);
  // A <seg> is inline, except the classification line of an <opener>.
  if (name == "seg") return Is(node.parent(), "opener");
  for (std::string_view block : kBlocks) {
    if (name == block) return true;
  }
  return false;
}

}  // namespace

std::string_view LocalName(pugi::xml_node node) {
  std::string_view name = node.name();
  size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool Is(pugi::xml_node node, std::string_view name, std::string_view type) {
  if (node.type() != pugi::node_element || LocalName(node) != name) {
    return false;
  }
  return type.empty() || type == node.attribute("type").value();
}

pugi::xml_node Find(pugi::xml_node node, std::string_view name,
                    std::string_view type) {
  return node.find_node([&](pugi::xml_node n) { return Is(n, name, type); });
}

bool IsXmlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

void TeiText::Build(pugi::xml_node div) {
  if (pugi::xml_node note = Find(div, "note", "source")) {
    ++furniture_depth_;
    size_t start = text.size();
    Walk(note);
    spans_[note.internal_object()] = {start, text.size()};
    --furniture_depth_;
    EndLine();
  }
  Walk(div);
  EndLine();
  // The footnotes after the text, apart from it.
  for (pugi::xml_node note : footnotes_) {
    ++furniture_depth_;
    size_t start = text.size();
    Walk(note);
    if (text.size() > start) notes.push_back({start, text.size()});
    --furniture_depth_;
    EndLine();
  }
  FlushPiece();
  if (unmapped_) warnings.push_back("some text has no offset in the XML");
}

void TeiText::Walk(pugi::xml_node node) {
  for (pugi::xml_node child : node.children()) {
    switch (child.type()) {
      case pugi::node_pcdata:
      case pugi::node_cdata:
        Pcdata(child);
        break;
      case pugi::node_element:
        Element(child);
        break;
      default:  // comments, processing instructions
        break;
    }
  }
}

void TeiText::Element(pugi::xml_node node) {
  std::string_view name = LocalName(node);
  // Footnotes, page breaks and running heads are the edition's, not the
  // document's; the source note was read first; a nested document is its
  // own record.
  if (name == "pb" || name == "fw" || Is(node, "div", "document")) return;
  if (name == "note") {
    // The source note was read first, as the text's first line.
    if (std::string_view(node.attribute("type").value()) != "source")
      footnotes_.push_back(node);
    return;
  }
  if (name == "lb") return EndLine();
  bool block = IsBlock(node);
  bool item_after_label =
      Is(node, "item") && Is(PreviousElement(node), "label");
  if ((block && !item_after_label) || name == "label") EndLine();
  // A label and its item share a line ("“1. Adoption of agenda."); the
  // space between them is the reader's, with no bytes in the file.
  if (item_after_label && !pending_space_) Chars(" ", 0, 0);
  bool furniture = name == "head" || name == "opener";
  furniture_depth_ += furniture;
  size_t start = text.size();
  Walk(node);
  furniture_depth_ -= furniture;
  spans_[node.internal_object()] = {start, text.size()};
  if (block) EndLine();
}

// Walks the text node's XML bytes beside its decoded value, so that each
// decoded character knows its bytes: an entity ("&amp;", "&#x2014;") is
// longer in the file, and "\r\n" is one "\n" once parsed.
void TeiText::Pcdata(pugi::xml_node node) {
  std::string_view value = node.value();
  ptrdiff_t offset = node.offset_debug();
  if (offset < 0) return PcdataUnmapped(value);
  bool references = node.type() == pugi::node_pcdata;  // none in CDATA
  size_t raw = static_cast<size_t>(offset);
  for (size_t j = 0; j < value.size();) {
    if (raw >= source_.size()) return PcdataUnmapped(value.substr(j));
    size_t raw_len = 1, len = 1;
    if (references && IsReference(source_.substr(raw))) {
      raw_len = source_.find(';', raw) + 1 - raw;
      size_t next = j;
      text::NextCodePoint(value, next);  // the one character it stands for
      len = next - j;
    } else if (source_[raw] == '\r' && value[j] == '\n') {
      raw_len = source_.substr(raw, 2) == "\r\n" ? 2 : 1;
    }
    if (IsXmlSpace(value[j])) {
      Space(raw);
    } else {
      Chars(value.substr(j, len), raw, raw_len);
    }
    j += len;
    raw += raw_len;
  }
  // The walk must end where the text node ends in the file; if it does not,
  // some reference was read differently from the parser and the map is off.
  if (!source_.substr(raw).starts_with(references ? "<" : "]]>") &&
      raw < source_.size()) {
    unmapped_ = true;
  }
}

// Text whose bytes in the file are unknown: kept, but mapped to nothing.
void TeiText::PcdataUnmapped(std::string_view value) {
  unmapped_ = true;
  for (char c : value) {
    if (IsXmlSpace(c)) {
      Space(kNoBytes);
    } else {
      Chars({&c, 1}, 0, 0);
    }
  }
}

// A run of white space in the file is one space in the text, mapped to its
// first byte; none at the start of a line.
void TeiText::Space(size_t source_at) {
  if (text.size() == line_start_ || pending_space_ || text.back() == ' ')
    return;
  pending_space_ = source_at;
}

// Appends one decoded character (or run) read from `source_len` bytes at
// `source_at`; `source_len` 0 for text the reader inserts (no bytes).
void TeiText::Chars(std::string_view decoded, size_t source_at,
                    size_t source_len) {
  if (text.size() == line_start_) line_is_body_ = furniture_depth_ == 0;
  if (pending_space_) {
    if (*pending_space_ != kNoBytes) Map(text.size(), *pending_space_, 1);
    text += ' ';
    pending_space_ = std::nullopt;
  }
  size_t at = text.size();
  text += decoded;
  if (source_len == 0) return;
  if (source_len == decoded.size()) return Map(at, source_at, source_len);
  // A reference: its first bytes map to the start of the reference and its
  // last byte to the ';', so a span that begins or ends with "—" (&#x2014;)
  // quotes the whole reference. A one-byte character (&amp;, &lt;) can map
  // to one byte only: its '&', so a span that ends with it quotes just that.
  if (decoded.size() > 1) Map(at, source_at, decoded.size() - 1);
  Map(at + decoded.size() - 1,
      decoded.size() > 1 ? source_at + source_len - 1 : source_at, 1);
}

void TeiText::EndLine() {
  pending_space_ = std::nullopt;
  if (text.size() == line_start_) return;
  if (line_is_body_) body.push_back({line_start_, text.size()});
  text += '\n';
  line_start_ = text.size();
}

void TeiText::Map(size_t text_at, size_t source_at, size_t length) {
  if (piece_.length > 0 && piece_.text_at + piece_.length == text_at &&
      piece_.source_at + piece_.length == source_at) {
    piece_.length += length;
    return;
  }
  FlushPiece();
  piece_ = {text_at, source_at, length};
}

void TeiText::FlushPiece() {
  map.AddPiece(piece_.text_at, piece_.source_at, piece_.length);
  piece_ = {};
}

// ---- Fields of the record, from the built text and the markup ----

}  // namespace parley::importers::layouts::tei
