#include "queries/citation.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <utility>

#include "graph/props.h"
#include "queries/clause_match.h"
#include "queries/documents.h"

namespace parley::queries {

using graph::Node;
using graph::NodeId;
using graph::NodeKind;
namespace prop = graph::prop;

namespace {

// Archives whose holdings are Russian-language records: a page that cites
// one and gives only English text gives a translation.
constexpr std::array<std::string_view, 9> kRussianArchives = {
    "APRF", "AVPRF", "RGASPI", "RGANI", "TsAMO",
    "GARF", "RGAE",  "RGVA",   "TsKhSD"};

std::string LanguageName(std::string_view code) {
  static const std::pair<std::string_view, std::string_view> kNames[] = {
      {"ru", "Russian"}, {"en", "English"},  {"zh", "Chinese"},
      {"ko", "Korean"},  {"ja", "Japanese"}, {"fr", "French"},
      {"de", "German"}};
  for (auto [c, name] : kNames) {
    if (code == c) return std::string(name);
  }
  // Already a name ("Russian"), or a code we have no name for.
  std::string out(code);
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(out[0]));
  return out;
}

std::string JoinList(const std::vector<std::string>& items) {
  if (items.empty()) return "";
  if (items.size() == 1) return items[0];
  if (items.size() == 2) return items[0] + " and " + items[1];
  std::string out;
  for (size_t i = 0; i + 1 < items.size(); ++i) out += items[i] + ", ";
  return out + "and " + items.back();
}

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const std::string& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

std::vector<std::string> Labels(const std::vector<Node>& nodes) {
  std::vector<std::string> out;
  for (const Node& n : nodes) {
    std::string label = n.label.empty() ? n.id : n.label;
    if (std::find(out.begin(), out.end(), label) == out.end())
      out.push_back(label);
  }
  return out;
}

// "July 3, 1951" from "1951-07-03"; "July 1951", "1951" for partial dates;
// anything else as it is.
std::string ChicagoDate(const std::string& iso) {
  static const char* kMonths[] = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  if (iso.size() < 4) return iso;
  std::string year = iso.substr(0, 4);
  if (iso.size() < 7) return year;
  int month = std::atoi(iso.substr(5, 2).c_str());
  if (month < 1 || month > 12) return iso;
  if (iso.size() < 10) return std::string(kMonths[month - 1]) + " " + year;
  int day = std::atoi(iso.substr(8, 2).c_str());
  return std::string(kMonths[month - 1]) + " " + std::to_string(day) + ", " +
         year;
}

bool IsBareArchive(const graph::SourceCitation& s) {
  return s.fond.empty() && s.opis.empty() && s.delo.empty() &&
         s.papka.empty() && s.pages.empty() &&
         (s.citation.empty() || s.citation == s.archive);
}

// What the page's sources give, and what they leave out.
void ReadSources(const graph::DocumentProps& page, DocumentCitation& out) {
  bool bare = false;
  for (const graph::SourceCitation& s : page.sources) {
    std::string text = s.citation.empty() ? s.archive : s.citation;
    if (text.empty()) continue;
    out.references.push_back(text);
    if (!s.archive.empty() && IsBareArchive(s)) bare = true;
  }
  if (out.references.empty()) {
    out.reference_gap = "no archival reference on the page";
  } else if (bare) {
    out.reference_gap =
        "the page names the archive but gives no fond, file or page";
  }
}

std::string RecordOf(const graph::DocumentProps& page) {
  const std::string& id = page.record_id;
  if (id.empty()) return "";
  if (id.rfind("frus", 0) == 0) {
    // A FRUS TEI id: "frus1951v07p1/d449" or "frus1951v07p1#d449".
    size_t cut = id.find_first_of("/#");
    std::string volume = id.substr(0, cut);
    std::string doc = cut == std::string::npos ? "" : id.substr(cut + 1);
    if (!doc.empty() && doc[0] == 'd') doc = doc.substr(1);
    return "Foreign Relations of the United States, " + volume +
           (doc.empty() ? "" : ", document " + doc);
  }
  bool digits = std::all_of(id.begin(), id.end(),
                            [](unsigned char c) { return std::isdigit(c); });
  // Wilson Center Digital Archive pages print "Record ID" over a number.
  if (digits) return "Wilson Center Digital Archive, record " + id;
  return "record " + id;
}

// The language the cited text was translated from, and whether the page
// also gives that original.
void ReadTranslation(const graph::Node& doc, const graph::DocumentProps& props,
                     const graph::Node& page_node,
                     const graph::DocumentProps& page, DocumentCitation& out) {
  std::string original = doc.props.GetString(prop::kOriginalLanguage);
  if (original.empty())
    original = page_node.props.GetString(prop::kOriginalLanguage);
  const std::vector<std::string>& langs = props.languages;
  bool has_english = langs.empty() ||
                     std::find(langs.begin(), langs.end(), "en") != langs.end();
  if (!original.empty()) {
    std::string name = LanguageName(original);
    if (name == "English") return;
    out.translated_from = name;
    for (const std::string& l : langs) {
      if (LanguageName(l) == name) out.original_on_page = true;
    }
    return;
  }
  if (!has_english) return;
  // An English text beside one other language: the other is the original
  // (the Wilson pages give Kim Il Sung's Russian and its translation).
  std::vector<std::string> others;
  for (const std::string& l : langs) {
    if (l != "en") others.push_back(l);
  }
  if (others.size() == 1) {
    out.translated_from = LanguageName(others[0]);
    out.original_on_page = true;
    return;
  }
  if (!others.empty()) return;
  for (const graph::SourceCitation& s : page.sources) {
    for (std::string_view archive : kRussianArchives) {
      std::string_view text = s.archive.empty() ? s.citation : s.archive;
      if (text.substr(0, archive.size()) == archive &&
          (text.size() == archive.size() ||
           !std::isalpha(static_cast<unsigned char>(text[archive.size()])))) {
        out.translated_from = "Russian";
        return;
      }
    }
  }
}

// Cites one stored document node; `page` is the outermost document holding
// it (itself for a page's own document).
DocumentCitation Cite(Snapshot& snapshot, const Node& doc) {
  DocumentCitation out;
  out.document = doc.id;
  graph::DocumentProps props = graph::DocumentProps::From(doc);
  out.authors = Labels(SourcesOf(snapshot, doc.id, graph::EdgeKind::kAuthored));
  out.recipients =
      Labels(TargetsOf(snapshot, doc.id, graph::EdgeKind::kAddressedTo));
  out.title = props.title.empty() ? doc.label : props.title;
  out.doc_type = props.doc_type;
  if (!props.numbers.empty()) out.number = props.numbers[0];
  out.date = props.date;
  out.paraphrase = props.curated;
  out.outer = OuterDocumentId(snapshot, doc.id);
  const Node* page_node = &doc;
  if (out.outer != doc.id) {
    if (const Node* outer = snapshot.Find(out.outer)) {
      page_node = outer;
      out.container =
          std::make_shared<DocumentCitation>(Cite(snapshot, *outer));
    }
  }
  graph::DocumentProps page = graph::DocumentProps::From(*page_node);
  out.paraphrase = out.paraphrase || page.curated;
  ReadSources(page, out);
  out.record = RecordOf(page);
  if (!out.paraphrase) ReadTranslation(doc, props, *page_node, page, out);
  return out;
}

std::string Capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = char(s[0] - 'a' + 'A');
  return s;
}

// "message to Mao Zedong": how a document quoted inside another is named,
// since its title is ours, not the page's.
std::string QuotedName(const DocumentCitation& c) {
  std::string name = c.doc_type.empty() ? "document" : c.doc_type;
  if (!c.number.empty()) name += " no. " + c.number;
  if (!c.recipients.empty()) name += " to " + JoinList(c.recipients);
  return name;
}

// The page's references as one part ("source: …" for curated text), with
// what they leave out said; the gap alone when there are none.
std::string ReferencesPart(const DocumentCitation& c) {
  std::vector<std::string> refs = c.references;
  if (c.paraphrase && !refs.empty()) refs[0] = "source: " + refs[0];
  std::string out = Join(refs, "; ");
  if (c.reference_gap.empty()) return out;
  return out.empty() ? c.reference_gap : out + " (" + c.reference_gap + ")";
}

// The notes after the references: translation and record.
std::vector<std::string> Notes(const DocumentCitation& c) {
  std::vector<std::string> notes;
  if (!c.translated_from.empty()) {
    std::string t = "translated from the " + c.translated_from;
    if (c.original_on_page)
      t += " (the page also gives the " + c.translated_from + " original)";
    notes.push_back(t);
  }
  if (!c.record.empty()) notes.push_back(c.record);
  return notes;
}

constexpr std::string_view kParaphrase =
    "paraphrase: a curated summary in the Parley project's own words, not the "
    "document's text";

// The parts naming the document itself (no sources), in `style`.
std::string Head(const DocumentCitation& c, CitationStyle style) {
  bool chicago = style == CitationStyle::kChicago;
  std::string date = chicago ? ChicagoDate(c.date) : c.date;
  std::string authors = JoinList(c.authors);
  std::vector<std::string> parts;
  if (!authors.empty()) parts.push_back(authors);
  if (c.container) {
    std::string name = QuotedName(c);
    parts.push_back(name);
    if (!date.empty()) parts.push_back(date);
    std::string in = Head(*c.container, style);
    return Join(parts, chicago ? ", " : ". ") + (chicago ? ", in " : ". In ") +
           in;
  }
  if (!c.title.empty()) {
    parts.push_back(chicago ? "\u201C" + c.title + ",\u201D" : c.title);
  }
  if (!date.empty()) parts.push_back(date);
  if (!chicago) return Join(parts, ". ");
  // The comma that closes a quoted title sits inside the quotes.
  std::string out;
  for (const std::string& p : parts) {
    if (p.empty()) continue;
    if (!out.empty())
      out += out.back() == ',' || out.ends_with("\u201D") ? " " : ", ";
    out += p;
  }
  return out;
}

}  // namespace

std::optional<CitationStyle> ParseCitationStyle(std::string_view name) {
  if (name == "chicago") return CitationStyle::kChicago;
  if (name == "plain") return CitationStyle::kPlain;
  return std::nullopt;
}

Result<DocumentCitation> CiteDocument(Snapshot& snapshot, const NodeId& id) {
  const Node* node = snapshot.Find(id);
  if (node == nullptr) return Status::NotFound("no node '" + id + "'");
  if (node->kind == NodeKind::kClause) {
    NodeId doc_id = DocumentOfClause(snapshot.reader(), *node);
    const Node* doc = snapshot.Find(doc_id);
    if (doc == nullptr)
      return Status::NotFound("no document holds clause '" + id + "'");
    return Cite(snapshot, *doc);
  }
  if (node->kind != NodeKind::kDocument) {
    return Status::NotFound("'" + id + "' is a " +
                            std::string(graph::NodeKindName(node->kind)) +
                            ", not a document or clause");
  }
  return Cite(snapshot, *node);
}

std::string FormatCitation(const DocumentCitation& c, CitationStyle style) {
  bool chicago = style == CitationStyle::kChicago;
  std::vector<std::string> parts;
  parts.push_back(Head(c, style));
  if (c.paraphrase) parts.emplace_back(kParaphrase);
  parts.push_back(ReferencesPart(c));
  for (std::string& n : Notes(c)) parts.push_back(std::move(n));
  std::string out;
  for (std::string& p : parts) {
    if (p.empty()) continue;
    if (out.empty()) {
      out = p;
    } else if (chicago) {
      out += (out.back() == ',' ? " " : ", ") + p;
    } else {
      out += ". " + Capitalised(p);
    }
  }
  if (!out.empty() && out.back() == ',') out.pop_back();
  if (!out.empty() && out.back() != '.') out += '.';
  return out;
}

std::string SourceLine(Snapshot& snapshot, const NodeId& doc_id) {
  Result<DocumentCitation> c = CiteDocument(snapshot, doc_id);
  if (!c.ok()) return "";
  std::vector<std::string> parts;
  if (c->paraphrase) parts.emplace_back(kParaphrase);
  parts.push_back(ReferencesPart(*c));
  for (std::string& n : Notes(*c)) parts.push_back(std::move(n));
  return Join(parts, "; ");
}

}  // namespace parley::queries
