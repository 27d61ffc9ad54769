// The frus-tei reader: a FRUS volume (or an extract of one) in the TEI XML
// of history.state.gov. Each <div type="document"> becomes one record whose
// text is built from the markup in reading order: the source note, the head,
// the dateline, the classification, then one line per paragraph and per list
// item. Footnotes (<note> other than type="source") and page breaks (<pb/>)
// are not the document's text and are left out. Every byte of the built text
// maps back to the XML byte it was read from, so that evidence quotes are
// the file's own bytes.
#include <algorithm>
#include <cstdio>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <unordered_map>

#include "importers/layouts/frus_common.h"
#include "importers/layouts/readers.h"
#include "text/utf8.h"

namespace parley::importers::layouts {
namespace {

using detail::Date;
using detail::Time;

constexpr std::string_view kTeiNamespace = "http://www.tei-c.org/ns/1.0";

std::string_view LocalName(pugi::xml_node node) {
  std::string_view name = node.name();
  size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool Is(pugi::xml_node node, std::string_view name,
        std::string_view type = {}) {
  if (node.type() != pugi::node_element || LocalName(node) != name) {
    return false;
  }
  return type.empty() || type == node.attribute("type").value();
}

// The first element under `node` named `name` (with @type `type`).
pugi::xml_node Find(pugi::xml_node node, std::string_view name,
                    std::string_view type = {}) {
  return node.find_node([&](pugi::xml_node n) { return Is(n, name, type); });
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

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
    if (IsSpace(value[j])) {
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
    if (IsSpace(c)) {
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

Span Trim(const std::string& text, Span s) {
  while (s.start < s.end && IsSpace(text[s.start])) ++s.start;
  while (s.end > s.start && IsSpace(text[s.end - 1])) --s.end;
  return s;
}

Printed PrintedOf(const TeiText& t, pugi::xml_node node) {
  Span s = Trim(t.text, t.SpanOf(node));
  return {t.text.substr(s.start, s.end - s.start), s};
}

// Parties of the head marked with @type "from" or "to": <persName>, else
// <gloss> (an office: "Joint Chiefs of Staff").
std::vector<Party> MarkedParties(const TeiText& t, pugi::xml_node head,
                                 std::string_view type) {
  std::vector<Party> parties;
  for (std::string_view name : {"persName", "gloss"}) {
    for (pugi::xpath_node found : head.select_nodes(".//*")) {
      pugi::xml_node n = found.node();
      if (!Is(n, name, type)) continue;
      Printed p = PrintedOf(t, n);
      if (!p.empty()) parties.push_back({p.text, p.span});
    }
    if (!parties.empty()) break;
  }
  return parties;
}

void ReadHead(const TeiText& t, pugi::xml_node div, DocumentRecord& r) {
  pugi::xml_node head = Find(div, "head");
  if (!head) {
    r.warnings.push_back("document without a <head>");
    return;
  }
  r.title = PrintedOf(t, head);
  r.authors = MarkedParties(t, head, "from");
  r.recipients = MarkedParties(t, head, "to");
  FrusHeading h = ParseFrusHeading(r.title.text, r.title.span.start);
  r.doc_type = h.doc_type;
  // Heads without party markup: the heading as the page reader reads it.
  if (r.authors.empty() && r.recipients.empty()) {
    r.authors = h.authors;
    r.recipients = h.recipients;
  }
}

void ReadSourceNote(const TeiText& t, pugi::xml_node div, DocumentRecord& r) {
  pugi::xml_node note = Find(div, "note", "source");
  if (!note) return;
  Printed text = PrintedOf(t, note);
  FrusSourceNote parsed = ParseSourceNote(text.text, text.span.start);
  r.sources.push_back(parsed.citation);
  if (!parsed.remark.empty()) r.notes.push_back(parsed.remark);
  // The source note's type ("Telegram") is the archive's; it wins over the
  // heading's first word.
  if (!parsed.doc_type.empty()) r.doc_type = parsed.doc_type;
}

// "1951-07-18", "1951-07-18T14:00:00+09:00".
std::optional<std::pair<Date, std::optional<Time>>> ParseWhen(
    std::string_view when) {
  int y = 0, mo = 0, d = 0, h = -1, mi = -1;
  std::string s(when);
  if (std::sscanf(s.c_str(), "%4d-%2d-%2d", &y, &mo, &d) != 3 || mo < 1 ||
      mo > 12 || d < 1 || d > 31) {
    return std::nullopt;
  }
  std::optional<Time> time;
  if (s.size() > 10 && s[10] == 'T' &&
      std::sscanf(s.c_str() + 11, "%2d:%2d", &h, &mi) == 2) {
    time = Time{h, mi};
  }
  return std::pair{Date{y, mo, d}, time};
}

// The dateline: place (editorial brackets off) and date (its @when).
void ReadDateline(const TeiText& t, pugi::xml_node div, DocumentRecord& r) {
  pugi::xml_node dateline = Find(div, "dateline");
  if (!dateline) return;
  if (pugi::xml_node place = Find(dateline, "placeName")) {
    Printed p = PrintedOf(t, place);
    r.origin = PlaceName(p.text, p.span.start);
  }
  pugi::xml_node date = Find(dateline, "date");
  if (!date) return;
  Printed printed = PrintedOf(t, date);
  auto when = ParseWhen(date.attribute("when").value());
  if (!when) {
    auto line = ParseDateline(printed.text, printed.span.start);
    if (!line) return;
    when = std::pair{line->date, line->time};
  }
  r.date = when->first;
  r.date_span = printed.span;
  if (when->second) {
    r.sent = IsoDateTime(when->first, when->second);
    r.sent_span = printed.span;
  }
}

void ReadMarks(const TeiText& t, pugi::xml_node div, DocumentRecord& r) {
  pugi::xml_node opener = Find(div, "opener");
  for (pugi::xml_node seg : opener.children()) {
    if (!Is(seg, "seg")) continue;
    Printed p = PrintedOf(t, seg);
    auto marks = ParseSecurityLine(p.text, p.span.start);
    if (!marks) continue;
    for (Printed& m : marks->classification) r.classification.push_back(m);
    for (Printed& m : marks->precedence) r.precedence.push_back(m);
  }
}

// The message number and, without a dated dateline, the subject's date or
// the file number's.
void ReadFirstParagraph(const TeiText& t, DocumentRecord& r) {
  if (r.body.empty()) return;
  Span first = r.body.front();
  std::string_view line =
      std::string_view(t.text).substr(first.start, first.end - first.start);
  ReadMessageNumber(line, first.start, r);
  if (r.date) return;
  if (auto d = FindSubjectDate(line, first.start)) {
    r.date = d->date;
    r.date_span = d->span;
  } else if (!r.sources.empty()) {
    const Citation& c = r.sources.front();
    if (auto fd = DateFromFileNumber(c.citation, c.span.start)) {
      r.date = fd->date;
      r.date_span = fd->span;
    }
  }
}

// Every <persName> of the text and its notes other than the head's parties:
// the people the editors tagged.
void ReadPersons(const TeiText& t, pugi::xml_node div, DocumentRecord& r) {
  for (pugi::xpath_node x : div.select_nodes(".//*[local-name()='persName']")) {
    pugi::xml_node node = x.node();
    std::string_view type = node.attribute("type").value();
    if (type == "from" || type == "to") continue;
    Span s = t.SpanOf(node);
    // The space that went before the element is no part of the name.
    while (s.start < s.end && t.text[s.start] == ' ') ++s.start;
    while (s.end > s.start && t.text[s.end - 1] == ' ') --s.end;
    if (s.empty()) continue;
    // corresp="#p_LSC1": FRUS's person id, the surname's initial and the
    // given names'.
    std::string_view id = node.attribute("corresp").value();
    std::string initials;
    if (id.rfind("#p_", 0) == 0) {
      for (char c : id.substr(3)) {
        if (c < 'A' || c > 'Z') break;
        initials.push_back(c);
      }
    }
    r.persons.push_back(
        {std::string(std::string_view(t.text).substr(s.start, s.end - s.start)),
         s, 0, initials});
  }
}

DocumentRecord ReadDocument(std::string_view source, pugi::xml_node div) {
  TeiText t(source);
  t.Build(div);
  DocumentRecord r;
  r.layout = "frus-tei";
  r.languages = {"en"};
  ReadHead(t, div, r);
  ReadSourceNote(t, div, r);
  ReadDateline(t, div, r);
  ReadMarks(t, div, r);
  r.body = t.body;
  r.notes.insert(r.notes.end(), t.notes.begin(), t.notes.end());
  ReadFirstParagraph(t, r);
  ReadPersons(t, div, r);
  if (!r.date) r.warnings.push_back("no date in the document's markup");
  for (std::string& w : t.warnings) r.warnings.push_back(std::move(w));
  r.text = std::move(t.text);
  r.source_map = std::move(t.map);
  return r;
}

// The name of the first element of the XML prolog ("<TEI xmlns=...>"),
// with its attributes; "" when it is not within `head`.
std::string_view RootTag(std::string_view head) {
  size_t i = 0;
  while ((i = head.find('<', i)) != std::string_view::npos) {
    std::string_view rest = head.substr(i);
    size_t end = rest.starts_with("<!--") ? rest.find("-->")
                 : rest.starts_with("<?") ? rest.find("?>")
                 : rest.starts_with("<!") ? rest.find('>')
                                          : std::string_view::npos;
    if (!rest.starts_with("<?") && !rest.starts_with("<!")) {
      return rest.substr(0, rest.find('>'));
    }
    if (end == std::string_view::npos) return {};
    i += end + 1;
  }
  return {};
}

class FrusTeiReader : public LayoutReader {
 public:
  std::string_view name() const override { return "frus-tei"; }

  int Score(std::string_view source) const override {
    std::string_view tag = RootTag(source.substr(0, 2048));
    std::string_view name = tag.substr(0, tag.find_first_of(" \t\r\n"));
    bool tei = name == "<TEI" || name == "<tei:TEI";
    if (!tei || tag.find(kTeiNamespace) == std::string_view::npos) return 0;
    // Any TEI is read the FRUS way; a FRUS volume is sure.
    return tag.find("frus") != std::string_view::npos ? 95 : 70;
  }

  Result<std::vector<DocumentRecord>> Read(
      std::string_view source) const override {
    pugi::xml_document doc;
    pugi::xml_parse_result parsed = doc.load_buffer(
        source.data(), source.size(),
        pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
    if (!parsed) {
      size_t at = std::min(static_cast<size_t>(parsed.offset), source.size());
      size_t line = 1 + std::count(source.begin(), source.begin() + at, '\n');
      return Status::InvalidArgument("XML error on line " +
                                     std::to_string(line) + ": " +
                                     parsed.description());
    }
    std::vector<DocumentRecord> records;
    for (pugi::xpath_node found : doc.select_nodes("//*")) {
      if (Is(found.node(), "div", "document")) {
        records.push_back(ReadDocument(source, found.node()));
      }
    }
    if (records.empty()) {
      return Status::InvalidArgument(
          "line 1: no <div type=\"document\"> in the TEI file");
    }
    return records;
  }
};

}  // namespace

std::unique_ptr<LayoutReader> MakeFrusTeiReader() {
  return std::make_unique<FrusTeiReader>();
}

}  // namespace parley::importers::layouts
