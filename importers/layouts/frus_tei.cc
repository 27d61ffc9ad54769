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
#include <map>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <unordered_map>

#include "importers/detail/page_text.h"
#include "importers/layouts/frus_common.h"
#include "importers/layouts/readers.h"
#include "importers/layouts/tei_text.h"
#include "text/utf8.h"

namespace parley::importers::layouts {
namespace {

using detail::Date;
using detail::Time;
using tei::Find;
using tei::Is;
using tei::IsXmlSpace;
using tei::TeiText;

constexpr std::string_view kTeiNamespace = "http://www.tei-c.org/ns/1.0";

Span Trim(const std::string& text, Span s) {
  while (s.start < s.end && IsXmlSpace(text[s.start])) ++s.start;
  while (s.end > s.start && IsXmlSpace(text[s.end - 1])) --s.end;
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
    r.sent = detail::IsoDateTime(when->first, when->second);
    r.sent_span = printed.span;
  }
}

void ReadMarks(const TeiText& t, pugi::xml_node div, DocumentRecord& r) {
  pugi::xml_node opener = Find(div, "opener");
  for (pugi::xml_node seg : opener.children()) {
    if (!Is(seg, "seg")) continue;
    Printed p = PrintedOf(t, seg);
    // "[Received August 6—1:42 p.m.]", the year the dateline's.
    if (r.date && r.received.empty()) {
      if (auto d = ParseReceivedLine(p.text, p.span.start, r.date->year)) {
        r.received = detail::IsoDateTime(d->date, d->time);
        r.received_span = {d->date_span.start,
                           d->time ? d->time_span.end : d->date_span.end};
        continue;
      }
    }
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

// The text of `node` and all below it, with its white space collapsed.
std::string PlainText(pugi::xml_node node) {
  std::string out;
  for (pugi::xpath_node x : node.select_nodes(".//text()")) {
    for (char c : std::string_view(x.node().value())) {
      if (IsXmlSpace(c)) {
        if (!out.empty() && out.back() != ' ') out.push_back(' ');
      } else {
        out.push_back(c);
      }
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The edition's list of persons by xml:id ("p_THM1"): the name as listed
// ("Turner, Maj. Gen. Howard M.") and the whole entry, from an <item> of a
// list (its <persName> or, without one, its first <hi>) or a <persName> in
// one.
std::map<std::string, DocumentRecord::ListedPerson> ListedPersons(
    const pugi::xml_document& doc) {
  std::map<std::string, DocumentRecord::ListedPerson> out;
  for (pugi::xpath_node x : doc.select_nodes("//*[@xml:id]")) {
    pugi::xml_node node = x.node();
    std::string_view id = node.attribute("xml:id").value();
    if (!id.starts_with("p_")) continue;
    pugi::xml_node name, item = node;
    if (Is(node, "persName")) {
      name = node;
      item = node.parent();
      while (item && !Is(item, "item")) item = item.parent();
    } else if (Is(node, "item")) {
      name = Find(node, "persName");
      if (!name) name = Find(node, "hi");
    }
    if (!name) continue;
    DocumentRecord::ListedPerson p{
        PlainText(name), item ? PlainText(item) : std::string(), {}};
    if (!p.name.empty()) out.emplace(std::string(id), std::move(p));
  }
  return out;
}

// The persons of the edition's list that `div` names, with the forms it
// names them by (<persName corresp="#p_THM1">Turner</persName>).
void ReadListedPersons(
    const TeiText& t, pugi::xml_node div,
    const std::map<std::string, DocumentRecord::ListedPerson>& listed,
    DocumentRecord& r) {
  std::map<std::string, std::vector<std::string>> forms;
  for (pugi::xpath_node x : div.select_nodes(".//*[local-name()='persName']")) {
    std::string_view ref = x.node().attribute("corresp").value();
    if (!ref.starts_with("#") || !listed.count(std::string(ref.substr(1))))
      continue;
    Printed p = PrintedOf(t, x.node());
    std::vector<std::string>& list = forms[std::string(ref.substr(1))];
    if (!p.empty() && std::find(list.begin(), list.end(), p.text) == list.end())
      list.push_back(p.text);
  }
  for (auto& [id, names] : forms) {
    r.listed_persons.push_back(listed.at(id));
    r.listed_persons.back().forms = std::move(names);
  }
}

DocumentRecord ReadDocument(
    std::string_view source, pugi::xml_node div,
    const std::map<std::string, DocumentRecord::ListedPerson>& listed) {
  TeiText t(source);
  t.Build(div);
  DocumentRecord r;
  r.layout = "frus-tei";
  r.languages = {"en"};
  r.home_department = std::string(kFrusDepartment);
  ReadHead(t, div, r);
  ReadSourceNote(t, div, r);
  ReadDateline(t, div, r);
  ReadMarks(t, div, r);
  r.body = t.body;
  r.notes.insert(r.notes.end(), t.notes.begin(), t.notes.end());
  ReadFirstParagraph(t, r);
  // Neither heading nor source note says what it is, and it ends on a
  // signature (<closer><signed>) or opens on a salutation: a letter.
  if (r.doc_type.empty() &&
      (Find(Find(div, "closer"), "signed") ||
       (!r.body.empty() &&
        IsSalutation(std::string_view(t.text).substr(
            r.body.front().start, r.body.front().end - r.body.front().start)))))
    r.doc_type = "letter";
  ReadPersons(t, div, r);
  ReadListedPersons(t, div, listed, r);
  if (!r.date) r.warnings.push_back("no date in the document's markup");
  for (std::string& w : t.warnings) r.warnings.push_back(std::move(w));
  r.text = std::move(t.text);
  r.source_map = std::move(t.map);
  ReadRouting(r);
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
    const std::map<std::string, DocumentRecord::ListedPerson> listed =
        ListedPersons(doc);
    for (pugi::xpath_node found : doc.select_nodes("//*")) {
      if (Is(found.node(), "div", "document")) {
        records.push_back(ReadDocument(source, found.node(), listed));
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
