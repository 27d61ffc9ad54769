#include "importers/detail/document_reader.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "importers/clause_terms.h"
#include "importers/document_record.h"
#include "importers/detail/page_text.h"

namespace parley::importers {
namespace {

using detail::Date;
using detail::FindNoCase;
using detail::Line;
using detail::LowerText;
using detail::StartsWithNoCase;
using detail::DocTypeFromWords;
using detail::StripTrailing;
using detail::TrimView;
using graph::Edge;
using graph::EdgeKind;
using graph::Evidence;
using graph::Node;
using graph::NodeId;
using graph::NodeKind;
using graph::Value;

// What a body line is, as far as the layout tells.
enum class LineKind {
  kBlank,
  kText,            // running text of some document
  kElision,         // "[...]", "[…]"
  kStamp,           // "[Stamp: ...]", possibly over several lines
  kEditorial,       // another editorial note in brackets
  kNumber,          // "CIPHERED TELEGRAM No. 3950", "No. P83/280 ..."
  kCopies,          // "Copies: Stalin (2)", "Copies to" and its list
  kTimestamp,       // "Received 12:10 3.7.1951", "From BEIJING 01:30 ..."
  kFormality,       // "SERIES G", "T", "TOP SECRET", "By telegram", ...
  kOffice,          // "SECOND MAIN DIRECTORATE OF THE GENERAL STAFF ..."
  kRouting,         // "BEIJING, TO KRASOVSKY. For Comrade MAO ZEDONG.",
                    // "To Comrade FILIPPOV [Stalin]", "BEIJING" (ParseRouting)
  kSignature,       // a name alone, maybe with a date: "KIM IL SUNG 30.6.1951."
  kLoneDate,        // "30.6", "14 June 1951"
  kOutgoingNumber,  // "No. 3304" after the signature: the sender's number
};

// One document read from the page: the outer one, or one quoted in it.
struct DocDraft {
  NodeId id;
  std::string type;
  std::vector<std::string> numbers;  // the body's first, then the title's
  std::string outgoing_number;
  std::optional<Date> date;
  bool date_inferred = false;
  std::string sent, received, dispatched;  // ISO date or date-time
  std::string origin;                      // place node id
  std::set<std::string> languages;
  int parent = -1;
  std::vector<size_t> lines;  // indexes into lines_ of its own text
  // Parties with the evidence that names them.
  struct Party {
    NodeId id;
    Evidence evidence;
    int64_t count = 0;           // copies
    std::vector<Evidence> more;  // other lines naming the same party
  };
  std::vector<Party> authors, recipients, via, copies;
  Evidence title_evidence;
  // What a reply says of earlier documents, for the linker: references
  // ("your telegram of 3 July") and stances on points ("point four need not
  // be raised"), each with its span.
  Value references = Value::MakeArray();
  Value stances = Value::MakeArray();
  bool has_title_evidence = false;
};

// A quoted region of the body: lines [first, last], nesting depth, the
// document it belongs to.
struct QuoteRegion {
  size_t first = 0, last = 0;
  int parent_region = -1;
  int doc = -1;
  std::string lang;
  std::string_view open_mark;  // "«", "“", "„" or "\""
};

// The opening quotation mark at the start of `s` ("«", "“", "„", "\""), or
// "" when there is none.
std::string_view OpenQuoteMark(std::string_view s) {
  for (std::string_view mark : {"\"", "«", "“", "„"}) {
    if (s.substr(0, mark.size()) == mark) return mark;
  }
  return {};
}

bool IsOpenQuote(std::string_view s) { return !OpenQuoteMark(s).empty(); }

// Bytes of the opening quote mark at the start of `s` (0 when none).
size_t OpenQuoteLength(std::string_view s) { return OpenQuoteMark(s).size(); }

size_t CountOf(std::string_view s, std::string_view needle) {
  size_t n = 0;
  for (size_t i = s.find(needle); i != std::string_view::npos;
       i = s.find(needle, i + needle.size())) {
    ++n;
  }
  return n;
}

// The quotation mark that ends `s` when it closes more than the line itself
// opens ("...insisted upon.\"", "КИМ ИР СЕН 30.6.1951 г.»"), or "".
std::string_view ClosingQuoteMark(std::string_view s) {
  std::string_view t = s;
  while (!t.empty() &&
         (t.back() == '.' || t.back() == ' ' || t.back() == ',')) {
    t.remove_suffix(1);
  }
  if (t.size() >= 2 && t.substr(t.size() - 2) == "\"]") t.remove_suffix(1);
  auto ends = [&](std::string_view q) {
    return t.size() >= q.size() && t.substr(t.size() - q.size()) == q;
  };
  if (ends("»") && CountOf(s, "»") > CountOf(s, "«")) return "»";
  if (ends("”") && CountOf(s, "”") > CountOf(s, "“")) return "”";
  // "„...“" is the Russian inner quotation.
  if (ends("“") && CountOf(s, "“") > CountOf(s, "„")) return "“";
  if (ends("\"") && CountOf(s, "\"") % 2 == 1) return "\"";
  return {};
}

// True when the line ends a quotation opened on an earlier line.
bool ClosesQuote(std::string_view s) { return !ClosingQuoteMark(s).empty(); }

// True when a quotation opened with `open` may end with `close`: "«" with
// "»", "“" with "”", "„" with "“" or "”", a straight quote with itself.
bool QuoteMarksPair(std::string_view open, std::string_view close) {
  if (open == "«") return close == "»";
  if (open == "“") return close == "”";
  if (open == "„") return close == "“" || close == "”";
  return open == close;
}

bool IsUpperWord(std::string_view w) {
  bool letter = false;
  for (size_t i = 0; i < w.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    if (c < 0x80) {
      if (std::islower(c)) return false;
      if (std::isupper(c)) letter = true;
    } else if (c == 0xD0 || c == 0xD1) {
      if (i + 1 >= w.size()) break;
      unsigned char d = static_cast<unsigned char>(w[i + 1]);
      // А-Я is D0 90..D0 AF, Ё is D0 81; lower case is D0 B0..D1 8F, ё D1 91.
      if (c == 0xD0 && ((d >= 0x90 && d <= 0xAF) || d == 0x81))
        letter = true;
      else if (c == 0xD0 && d >= 0xB0)
        return false;
      else if (c == 0xD1)
        return false;
      ++i;
    }
  }
  return letter;
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

// Share of upper-case words among the words with letters.
bool MostlyUpper(std::string_view s) {
  size_t upper = 0, total = 0;
  for (std::string_view w : Words(s)) {
    bool has_letter = false;
    for (unsigned char c : w) {
      if (std::isalpha(c) || c >= 0xC0) has_letter = true;
    }
    if (!has_letter) continue;
    ++total;
    if (IsUpperWord(w)) ++upper;
  }
  return total > 0 && upper * 5 >= total * 4;
}

// A clock time written as four digits ("1750", "at 1135") in t[from, to),
// the bytes between a stamp's word and its date.
std::optional<detail::Time> CompactTimeBefore(std::string_view t, size_t from,
                                              size_t to) {
  for (size_t i = from; i + 4 <= to && i + 4 <= t.size(); ++i) {
    bool boundary = i == 0 || t[i - 1] == ' ';
    bool four = boundary;
    for (size_t k = 0; k < 4 && four; ++k)
      four = std::isdigit(static_cast<unsigned char>(t[i + k]));
    if (!four || (i + 4 < t.size() && t[i + 4] != ' ')) continue;
    int hour = (t[i] - '0') * 10 + (t[i + 1] - '0');
    int minute = (t[i + 2] - '0') * 10 + (t[i + 3] - '0');
    if (hour < 24 && minute < 60) return detail::Time{hour, minute};
  }
  return std::nullopt;
}

// Where the first word of `lower` that starts with one of `stems` begins,
// or npos ("sent" but not "represent").
size_t FindWordStart(std::string_view lower,
                     const std::vector<std::string_view>& stems) {
  size_t best = std::string_view::npos;
  for (std::string_view stem : stems) {
    for (size_t at = lower.find(stem); at != std::string_view::npos;
         at = lower.find(stem, at + 1)) {
      unsigned char before =
          at == 0 ? ' ' : static_cast<unsigned char>(lower[at - 1]);
      if (std::isalnum(before) || before >= 0x80) continue;
      best = std::min(best, at);
      break;
    }
  }
  return best;
}

// The words of a register's stamp.
const std::vector<std::string_view>& StampWords() {
  static const auto* words = new std::vector<std::string_view>{
      "received",  "sent",     "dispatched", "получен",
      "отправлен", "поступил", "разослан"};
  return *words;
}

// True when `t`, a line with a date or time, is a register's stamp:
// "Received 12:10 3.7.1951", "From BEIJING 01:30 27.8.1951", "From
// Correspondent 20 Sent 1.7.51 5:30", "from [BEIJING] received at 1750 31
// January 1952", "Из ПЕКИНА Получено 12:40 3 июля 1951 г."; not a sentence
// that speaks of a telegram received on some day.
bool IsTimestampLine(std::string_view t) {
  std::string lower = LowerText(t);
  if (FindWordStart(lower, StampWords()) == 0) return true;
  bool from = lower.rfind("from ", 0) == 0 || lower.rfind("из ", 0) == 0;
  if (!from && FindWordStart(lower, StampWords()) == std::string_view::npos)
    return false;
  std::vector<std::string_view> words = Words(t);
  if (words.size() > 14) return false;
  size_t stamp_like = 0;
  for (std::string_view w : words) {
    std::string lw = LowerText(StripTrailing(w, ".,:;"));
    bool like =
        std::any_of(w.begin(), w.end(),
                    [](char c) {
                      return std::isdigit(static_cast<unsigned char>(c));
                    }) ||
        w[0] == '[' || IsUpperWord(w) || detail::MonthFromName(lw) > 0 ||
        FindWordStart(lw, StampWords()) == 0 || lw == "at" || lw == "from" ||
        lw == "on" || lw == "in" || lw == "to" || lw == "из" || lw == "в" ||
        lw == "г" || lw == "час" || lw == "мин";
    if (like) ++stamp_like;
  }
  return stamp_like * 5 >= words.size() * 3;
}

// Initials written before a surname: "A.", "I.V.", "A.Ia.".
bool IsInitials(std::string_view w) {
  if (w.size() < 2 || w.back() != '.') return false;
  size_t run = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    if (c == '.') {
      if (run == 0) return false;
      run = 0;
      continue;
    }
    if (c >= 0x80) return false;
    if (!std::isalpha(c) || (run == 0 && !std::isupper(c)) || ++run > 2)
      return false;
  }
  return true;
}

// The names after a numbered copy's marker: "Copy Nº 1 to Cde. Stalin",
// "Nº 2 to Cde. Stalin", "Copy No. 3 to Molotov" -> "Cde. Stalin"; "" when
// `t` is no such line ("Copy Nº 2" alone numbers the copy itself).
std::string_view NumberedCopyNames(std::string_view t) {
  std::string_view rest = t;
  if (StartsWithNoCase(rest, "Copy ")) rest = TrimView(rest.substr(5));
  bool marker = false;
  for (std::string_view m : {"Nº", "No.", "№", "No"}) {
    if (rest.substr(0, m.size()) == m) {
      rest = TrimView(rest.substr(m.size()));
      marker = true;
      break;
    }
  }
  if (!marker) return {};
  size_t digits = 0;
  while (digits < rest.size() &&
         std::isdigit(static_cast<unsigned char>(rest[digits])))
    ++digits;
  if (digits == 0 || rest.substr(digits, 4) != " to ") return {};
  return TrimView(rest.substr(digits + 4));
}

bool IsNumberedCopyLine(std::string_view t) {
  return !NumberedCopyNames(t).empty();
}

// Bytes of the conjunction joining two list items at `s[i]` (" and ", " и ",
// " а также "), or 0.
size_t ConjunctionAt(std::string_view s, size_t i) {
  for (std::string_view c : {" and ", " и ", " а также "}) {
    if (s.substr(i, c.size()) == c) return c.size();
  }
  return 0;
}

bool ContainsAny(std::string_view lower,
                 std::initializer_list<std::string_view> cues) {
  for (std::string_view c : cues) {
    if (lower.find(c) != std::string_view::npos) return true;
  }
  return false;
}

// A line that routes a telegram or names its addressee: "BEIJING, TO
// KRASOVSKY. For Comrade MAO ZEDONG.", "To Comrade FILIPPOV [Stalin]",
// "For transmission to MAO ZEDONG", "ПЕКИН, КРАСОВСКОМУ. Для товарища МАО
// ЦЗЭДУНА.", "Тов. МАО ЦЗЭДУНУ.", "BEIJING". Names are spans of the line.
struct RoutingLine {
  // "To Comrade X", "Товарищу X": the addressee.
  std::vector<std::string_view> addressees;
  // "TO X" after a place, "КРАСОВСКОМУ": the addressee, or the relay when
  // the telegram is also marked for someone.
  std::vector<std::string_view> to;
  // "For Comrade X", "For transmission to X", "Для товарища X".
  std::vector<std::string_view> for_whom;
  bool names_someone() const {
    return !addressees.empty() || !to.empty() || !for_whom.empty();
  }
};

// The most MENTIONS evidence kept for one entity in one document.
constexpr int kMaxMentionEvidence = 64;

struct Point {
  std::string ordinal;
  size_t line = 0;
  // For a list run into one paragraph ("...: 1) ... 2) ..."), the end of
  // the text that introduces it on the same line; 0 otherwise.
  size_t inline_intro_end = 0;
  size_t text_start = 0, text_end = 0;  // byte span of the point's text
  int parent = -1;                      // a numbered point holding letters
  std::vector<size_t> children;
};

class PageReader {
 public:
  // `record` is one document of `source` as its layout reader read it;
  // both must outlive the reader.
  PageReader(const Gazetteer& gazetteer, const TopicList& topics,
             const DocumentRecord& record, std::string_view source,
             const std::string& path)
      : gazetteer_(gazetteer),
        topics_(topics),
        record_(record),
        source_(source),
        text_(record.text) {
    fragment_.source_path = path;
  }

  // The facts of the record, evidence pointing into the source; evidence
  // names no document yet (the page's id is known only when every document
  // of the source is read).
  graph::Fragment Read();

 private:
  void ReadBodyRange();
  void ReadTitleParties();
  void ClassifyLines();
  void FindQuoteRegions();
  // The last line of quotation `r`, which has no closing mark before line
  // `limit`: its signature, or the last line before `limit`.
  size_t UnclosedRegionEnd(int r, size_t limit) const;
  // True when line `i`, a signature, names an author of the page's title.
  bool SignsThePage(size_t i) const;
  void AssignDocuments();
  void ReadMetaLines();
  void ReadClauses(size_t doc);
  // A numbered list run into the paragraph on line `i`: "... the following
  // principles: 1) ... 2) ...". Empty when there is none.
  std::vector<Point> InlinePoints(size_t i) const;
  void ReadDelegation(size_t doc);
  void ReadMentions();
  void ReadReplies(size_t doc);
  void EmitDocuments();
  std::string DescribedTitle(const DocDraft& doc) const;

  // Evidence for bytes [start, end) of the record's text: the source bytes
  // they come from.
  Evidence Ev(size_t start, size_t end) const;
  Evidence Ev(Span s) const { return Ev(s.start, s.end); }
  Evidence LineEv(size_t line) const {
    return Ev(lines_[line].trim_start,
              lines_[line].trim_start + lines_[line].text.size());
  }
  size_t Offset(std::string_view piece) const {
    return static_cast<size_t>(piece.data() - text_.data());
  }

  // What a routing or address line says, when `t` is one (see RoutingLine).
  std::optional<RoutingLine> ParseRouting(std::string_view t) const;
  // True when `name` (as written after "TO", "For Comrade", ...) names a
  // person or organisation the gazetteer knows, or looks like a name written
  // in capitals.
  bool IsAddresseeName(std::string_view name) const;

  // The person a name as written stands for: a gazetteer entry, or a new
  // unresolved Person when the words look like a name. Adds the node with
  // `ev`. Returns "" when `name` is not a person's name.
  NodeId PersonFromName(std::string_view name, const Evidence& ev);
  // The organisation a name stands for: a gazetteer entry, or a new
  // unresolved Organization when its words name an office or a body ("Joint
  // Chiefs of Staff"). "" otherwise.
  NodeId OrganizationFromName(std::string_view name, const Evidence& ev);
  // Adds (or merges) the node of a gazetteer entry with this evidence.
  NodeId AddEntity(const GazetteerEntry& entry, std::string_view surface,
                   bool codename, const Evidence& ev);
  void AddEdge(const NodeId& source, const NodeId& target, EdgeKind kind,
               const Evidence& ev, Value props = Value::MakeObject());
  // Names in a list "A, B and C" / "Cde. Stalin (2)"; each with its span.
  std::vector<std::pair<std::string_view, int64_t>> SplitNames(
      std::string_view list) const;
  // The persons named in `piece` (gazetteer mentions only).
  std::vector<std::pair<NodeId, Evidence>> PersonsIn(std::string_view piece);
  std::optional<std::pair<NodeId, Evidence>> SignatureOf(size_t line);
  // An address opening a message: "To Cde. MAO ZEDONG. Copies to Cdes. KIM
  // IL SUNG and PENG DEHUAI." Adds the recipients and copies to `doc`;
  // false when `t` is no such line.
  bool ReadAddressLine(std::string_view t, DocDraft& doc);
  // Who wrote the message that `intro` introduces: "the following telegram
  // of Mao Zedong to Comrade Filippov" -> Mao Zedong; "Comrade Mao Zedong's
  // answer"; else the first person named who is not the addressee.
  std::vector<std::pair<NodeId, Evidence>> IntroAuthors(std::string_view intro);
  int DefaultYear() const { return record_.date ? record_.date->year : 0; }
  const std::string& LineLang(size_t i) const { return line_lang_[i]; }
  void AddParty(std::vector<DocDraft::Party>& into, const NodeId& id,
                const Evidence& ev, int64_t count = 0);
  std::string DocIdFor(const DocDraft& d, const std::string& base) const;
  // Unresolved persons written in Cyrillic that are one of the page's
  // unresolved persons written in Latin letters (the Russian original and
  // the translation name the same man): Cyrillic node id -> Latin node.
  std::map<NodeId, const Node*> SameUnresolvedPersons() const;

  const Gazetteer& gazetteer_;
  const TopicList& topics_;
  const DocumentRecord& record_;
  std::string_view source_;  // the file's bytes, which evidence quotes
  std::string_view text_;    // record_.text, which the readers read
  graph::Fragment fragment_;

  std::vector<Line> lines_;
  std::vector<LineKind> kinds_;
  std::vector<std::string> line_lang_;
  std::vector<int> line_doc_;  // the document whose text a line is
  std::vector<int> line_region_;
  size_t body_begin_ = 0, body_end_ = 0;  // [begin, end) line indexes
  std::vector<bool> in_body_;             // furniture between is left out
  std::vector<QuoteRegion> regions_;
  std::vector<DocDraft> docs_;  // docs_[0] is the outer document

  // The parties of the record, resolved.
  std::string title_origin_;
  std::vector<std::pair<NodeId, Evidence>> title_authors_, title_recipients_,
      title_via_;
  std::string attach_type_;
  std::optional<Date> attach_date_;
  std::vector<std::pair<NodeId, Evidence>> attach_authors_, attach_recipients_;
};

Evidence PageReader::Ev(size_t start, size_t end) const {
  Evidence ev;
  ev.doc = docs_.empty() ? std::string() : docs_[0].id;
  start = std::min(start, text_.size());
  end = std::min(std::max(end, start), text_.size());
  Span in_source = record_.source_map.ToSource(Span{start, end});
  in_source.end = std::min(in_source.end, source_.size());
  in_source.start = std::min(in_source.start, in_source.end);
  ev.start = static_cast<uint32_t>(in_source.start);
  ev.end = static_cast<uint32_t>(in_source.end);
  ev.quote = std::string(
      source_.substr(in_source.start, in_source.end - in_source.start));
  ev.lang = detail::DetectLanguage(text_.substr(start, end - start));
  // A quote in mixed scripts ("HAM ИР", with a Latin H) takes the language
  // of its line.
  bool cyrillic = false, latin = false;
  for (unsigned char c : ev.quote) {
    if (c == 0xD0 || c == 0xD1) cyrillic = true;
    if (std::isalpha(c)) latin = true;
  }
  if (cyrillic && latin && !line_lang_.empty()) {
    auto line =
        std::upper_bound(lines_.begin(), lines_.end(), start,
                         [](size_t at, const Line& l) { return at < l.start; });
    if (line != lines_.begin()) {
      size_t index = static_cast<size_t>(line - lines_.begin()) - 1;
      if (!line_lang_[index].empty()) ev.lang = line_lang_[index];
    }
  }
  if (ev.lang.empty()) ev.lang = "en";
  return ev;
}

NodeId PageReader::AddEntity(const GazetteerEntry& entry,
                             std::string_view surface, bool codename,
                             const Evidence& ev) {
  Node n;
  n.id = entry.id;
  n.kind = entry.kind;
  n.label = entry.label;
  std::string alias = StripTrailing(TrimView(surface), ".,:;!");
  // "Filippov [Stalin]": the editor's bracket is not a spelling of the name.
  if (size_t bracket = alias.find(" [");
      bracket != std::string::npos && alias.back() == ']') {
    alias = StripTrailing(TrimView(std::string_view(alias).substr(0, bracket)),
                          ".,:;!");
  }
  if (!alias.empty() && alias != entry.label) n.aliases.push_back(alias);
  for (const std::string& c : entry.codenames) {
    if (std::find(n.aliases.begin(), n.aliases.end(), c) == n.aliases.end()) {
      n.aliases.push_back(c);
    }
  }
  n.props["resolved"] = true;
  if (!entry.wikidata.empty()) n.props["wikidata"] = entry.wikidata;
  if (!entry.codenames.empty()) {
    Value names = Value::MakeArray();
    for (const std::string& c : entry.codenames) names.Append(c);
    n.props["codenames"] = names;
  }
  if (codename) n.props["codename_seen"] = true;
  n.evidence.push_back(ev);
  fragment_.AddNode(std::move(n));
  return entry.id;
}

void PageReader::AddEdge(const NodeId& source, const NodeId& target,
                         EdgeKind kind, const Evidence& ev, Value props) {
  if (source.empty() || target.empty()) return;
  Edge e;
  e.source = source;
  e.target = target;
  e.kind = kind;
  e.props = std::move(props);
  e.evidence.push_back(ev);
  fragment_.AddEdge(std::move(e));
}

// Words that may be a person's name: capitalised, letters only.
bool LooksLikeName(const Gazetteer& g, std::string_view name) {
  std::vector<std::string_view> words = Words(name);
  if (words.empty() || words.size() > 4) return false;
  for (std::string_view w : words) {
    std::string bare = StripTrailing(w, ".,;:!");
    if (bare.empty() || g.IsStopWord(bare)) return false;
    unsigned char c = static_cast<unsigned char>(bare[0]);
    bool upper_start =
        std::isupper(c) || (c == 0xD0 && bare.size() > 1 &&
                            static_cast<unsigned char>(bare[1]) >= 0x81 &&
                            static_cast<unsigned char>(bare[1]) <= 0xAF);
    if (!upper_start) return false;
    for (unsigned char ch : bare) {
      if (std::isdigit(ch) || ch == '[' || ch == ']' || ch == '(' ||
          ch == ')') {
        return false;
      }
    }
  }
  return true;
}

// A word of a name without what may follow it in running text: closing
// punctuation and quotes, an English possessive ("Kravtsov's").
std::string_view NameWord(std::string_view w) {
  for (std::string_view possessive : {"'s", "’s"}) {
    if (w.size() > possessive.size() &&
        w.substr(w.size() - possessive.size()) == possessive) {
      return w.substr(0, w.size() - possessive.size());
    }
  }
  bool again = true;
  while (again && !w.empty()) {
    again = false;
    for (std::string_view mark :
         {".", ",", ";", ":", "!", "?", "\"", "'", "»", "”", ")"}) {
      if (w.size() >= mark.size() && w.substr(w.size() - mark.size()) == mark) {
        w.remove_suffix(mark.size());
        again = true;
      }
    }
  }
  return w;
}

std::string TitleCase(std::string_view name) {
  // Cyrillic stays as written; Latin upper-case words become "Nam", "Il".
  std::string out;
  for (std::string_view w : Words(name)) {
    if (!out.empty()) out += ' ';
    std::string word(w);
    if (IsUpperWord(w) && word.size() > 1 &&
        static_cast<unsigned char>(word[0]) < 0x80) {
      for (size_t i = 1; i < word.size(); ++i) {
        word[i] = static_cast<char>(
            std::tolower(static_cast<unsigned char>(word[i])));
      }
    }
    out += word;
  }
  return out;
}

std::string CleanName(std::string_view name) {
  std::string s(TrimView(name));
  static constexpr std::string_view kPrefixes[] = {
      "Comrades ", "Comrade ", "Cdes. ", "Cde. ", "Cde ", "Tov. ", "Товарищу ",
      "Товарищ ",  "Тов. ",    "тов. ",  "т. ",   "For ", "To ",   "TO "};
  bool again = true;
  while (again) {
    again = false;
    for (std::string_view p : kPrefixes) {
      if (s.size() > p.size() && s.compare(0, p.size(), p) == 0) {
        s = std::string(TrimView(std::string_view(s).substr(p.size())));
        again = true;
      }
    }
  }
  return StripTrailing(s, ".,:;!\"»”' ");
}

NodeId PageReader::PersonFromName(std::string_view raw, const Evidence& ev) {
  std::string name = CleanName(raw);
  if (name.empty()) return {};
  // "Filippov (Stalin)": a print's parenthesis is the editor's bracket.
  if (size_t open = name.find(" ("); open != std::string::npos &&
                                     name.back() == ')' &&
                                     name.find(')') == name.size() - 1) {
    name[open + 1] = '[';
    name.back() = ']';
  }
  if (const GazetteerEntry* e = gazetteer_.Resolve(name, NodeKind::kPerson)) {
    bool codename = false;
    std::string folded = FoldName(name);
    for (const std::string& c : e->codenames) {
      if (folded.find(FoldName(c)) != std::string::npos) codename = true;
    }
    return AddEntity(*e, name, codename, ev);
  }
  // "Filippov [Stalin]": an editorial bracket may name someone we lack.
  std::string bare = name;
  if (size_t b = bare.find('['); b != std::string::npos) {
    bare = std::string(TrimView(std::string_view(bare).substr(0, b)));
  }
  // "Stalin, I.V." -> "Stalin"
  if (size_t c = bare.find(','); c != std::string::npos) {
    bare = std::string(TrimView(std::string_view(bare).substr(0, c)));
  }
  // "General KRAVTSOV": the rank is no part of the name.
  for (std::vector<std::string_view> words = Words(bare);
       words.size() > 1 && gazetteer_.IsStopWord(StripTrailing(words[0], "."));
       words = Words(bare)) {
    bare =
        std::string(TrimView(std::string_view(bare).substr(words[0].size())));
  }
  if (!LooksLikeName(gazetteer_, bare)) return {};
  if (gazetteer_.Resolve(bare, NodeKind::kOrganization) ||
      gazetteer_.Resolve(bare, NodeKind::kPlace)) {
    return {};
  }
  Node n;
  n.label = TitleCase(bare);
  n.id = "person:" + graph::Slug(n.label);
  n.kind = NodeKind::kPerson;
  if (bare != n.label) n.aliases.push_back(bare);
  n.props["resolved"] = false;
  n.evidence.push_back(ev);
  fragment_.AddNode(std::move(n));
  return "person:" + graph::Slug(TitleCase(bare));
}

// True when `name` is an organisation's by its words ("Joint Chiefs of
// Staff", "Council of Ministers of the USSR").
bool LooksLikeOrganization(std::string_view name) {
  static constexpr std::string_view kWords[] = {
      "staff",      "command",     "committee",   "council",   "ministry",
      "government", "department",  "embassy",     "politburo", "bureau",
      "administration", "headquarters", "commission", "delegation",
      "directorate", "office",     "secretariat", "division",  "army",
      "министерств", "комитет",    "совет",       "штаб",      "правительств"};
  std::string lower = LowerText(name);
  for (std::string_view w : kWords) {
    if (lower.find(w) != std::string::npos) return true;
  }
  return false;
}

NodeId PageReader::OrganizationFromName(std::string_view raw,
                                        const Evidence& ev) {
  std::string name = CleanName(raw);
  for (std::string_view article : {"the ", "The "}) {
    if (name.rfind(article, 0) == 0) name = name.substr(article.size());
  }
  if (name.empty()) return {};
  if (const GazetteerEntry* e =
          gazetteer_.Resolve(name, NodeKind::kOrganization)) {
    return AddEntity(*e, name, false, ev);
  }
  if (!LooksLikeOrganization(name) || Words(name).size() > 10) return {};
  Node n;
  n.label = name;
  n.id = "org:" + graph::Slug(name);
  n.kind = NodeKind::kOrganization;
  n.props["resolved"] = false;
  n.evidence.push_back(ev);
  NodeId id = n.id;
  fragment_.AddNode(std::move(n));
  return id;
}

bool PageReader::IsAddresseeName(std::string_view raw) const {
  std::string name = CleanName(raw);
  if (name.empty()) return false;
  if (gazetteer_.Resolve(name, NodeKind::kPerson) ||
      gazetteer_.Resolve(name, NodeKind::kOrganization)) {
    return true;
  }
  std::string_view bare = name;
  if (size_t b = bare.find('['); b != std::string_view::npos) {
    bare = TrimView(bare.substr(0, b));
  }
  return MostlyUpper(bare) && LooksLikeName(gazetteer_, bare);
}

std::optional<RoutingLine> PageReader::ParseRouting(std::string_view t) const {
  if (t.empty() || Words(t).size() > 16 || IsOpenQuote(t)) return std::nullopt;
  // Salutations ("Comrade Filippov!", "To Comrades A and B:") open a text.
  if (t.back() == '!' || t.back() == '?' || t.back() == ':') {
    return std::nullopt;
  }
  // Sentences: "BEIJING, TO KRASOVSKY. For Comrade MAO ZEDONG."; the full
  // stop of "Cde." or of an initial does not end one.
  std::vector<std::string_view> segments;
  size_t b = 0;
  for (size_t k = 0; k + 1 < t.size(); ++k) {
    if (t[k] != '.' || t[k + 1] != ' ') continue;
    size_t w = k;
    while (w > b && t[w - 1] != ' ') --w;
    std::string_view word = t.substr(w, k - w);
    bool initial = word.size() == 1 ||
                   (word.size() == 2 && detail::DetectLanguage(word) == "ru");
    if (initial || gazetteer_.IsStopWord(word)) continue;
    segments.push_back(t.substr(b, k - b));
    b = k + 1;
  }
  segments.push_back(t.substr(b));
  auto is_place = [&](std::string_view seg) {
    return MostlyUpper(seg) &&
           gazetteer_.Resolve(seg, NodeKind::kPlace) != nullptr;
  };
  // "BEIJING, TO KRASOVSKY": the place first, then the rest.
  bool place = false;
  if (size_t comma = segments[0].find(", ");
      comma != std::string_view::npos &&
      is_place(segments[0].substr(0, comma))) {
    place = true;
    segments[0] = segments[0].substr(comma + 2);
  }
  RoutingLine out;
  // The names after a prefix; false when one of them is not a name.
  auto take = [&](std::string_view list, std::vector<std::string_view>& into) {
    auto names = SplitNames(list);
    if (names.empty()) return false;
    for (auto [name, count] : names) {
      if (count != 0 || !IsAddresseeName(name)) return false;
      into.push_back(name);
    }
    return true;
  };
  struct Prefix {
    std::string_view text;  // lower case
    std::vector<std::string_view> RoutingLine::*list;
  };
  static const Prefix kPrefixes[] = {
      {"for transmission to ", &RoutingLine::for_whom},
      {"для передачи товарищу ", &RoutingLine::for_whom},
      {"для передачи тов. ", &RoutingLine::for_whom},
      {"для передачи ", &RoutingLine::for_whom},
      {"для товарища ", &RoutingLine::for_whom},
      {"для тов. ", &RoutingLine::for_whom},
      {"передать товарищу ", &RoutingLine::for_whom},
      {"передать ", &RoutingLine::for_whom},
      {"for ", &RoutingLine::for_whom},
      {"товарищу ", &RoutingLine::addressees},
      {"товарищам ", &RoutingLine::addressees},
      {"тов. ", &RoutingLine::addressees},
      {"to ", &RoutingLine::to},
  };
  for (std::string_view seg : segments) {
    seg = TrimView(seg);
    while (!seg.empty() &&
           (seg.back() == '.' || seg.back() == ',' || seg.back() == ';')) {
      seg = TrimView(seg.substr(0, seg.size() - 1));
    }
    if (seg.empty()) continue;
    if (Words(seg).size() <= 3 && is_place(seg)) {
      place = true;
      continue;
    }
    std::string lower = LowerText(seg);
    const Prefix* prefix = nullptr;
    for (const Prefix& p : kPrefixes) {
      if (lower.rfind(p.text, 0) == 0) {
        prefix = &p;
        break;
      }
    }
    if (prefix != nullptr) {
      std::string_view names = seg.substr(prefix->text.size());
      auto* list = &(out.*(prefix->list));
      // "To Comrade X" names the addressee; a bare "TO X" may be the relay.
      if (prefix->list == &RoutingLine::to &&
          gazetteer_.IsStopWord(StripTrailing(
              Words(names).empty() ? "" : Words(names)[0], "."))) {
        list = &out.addressees;
      }
      if (!take(names, *list)) return std::nullopt;
      continue;
    }
    // "ПЕКИН, КРАСОВСКОМУ": a known name after the place.
    if (place &&
        gazetteer_.Resolve(CleanName(seg), NodeKind::kPerson) != nullptr) {
      out.to.push_back(seg);
      continue;
    }
    return std::nullopt;
  }
  if (!out.names_someone() && !(place && Words(t).size() <= 3)) {
    return std::nullopt;
  }
  return out;
}

std::vector<std::pair<NodeId, Evidence>> PageReader::PersonsIn(
    std::string_view piece) {
  std::vector<std::pair<NodeId, Evidence>> out;
  size_t base = Offset(piece);
  for (const Mention& m : gazetteer_.FindMentions(piece, base)) {
    if (m.entry->kind != NodeKind::kPerson) continue;
    Evidence ev = Ev(m.start, m.end);
    NodeId id = AddEntity(*m.entry, m.surface, m.codename, ev);
    bool seen = std::any_of(out.begin(), out.end(),
                            [&](const auto& p) { return p.first == id; });
    if (!seen) out.emplace_back(id, ev);
  }
  return out;
}

void PageReader::AddParty(std::vector<DocDraft::Party>& into, const NodeId& id,
                          const Evidence& ev, int64_t count) {
  if (id.empty()) return;
  for (DocDraft::Party& p : into) {
    if (p.id == id) {
      if (count > 0) p.count = count;
      if (ev.start != p.evidence.start) p.more.push_back(ev);
      return;
    }
  }
  into.push_back({id, ev, count, {}});
}

// ---------------------------------------------------------------------------
// Header, footer, title

void PageReader::ReadBodyRange() {
  in_body_.assign(lines_.size(), false);
  std::vector<Span> spans = record_.body;
  std::sort(spans.begin(), spans.end(),
            [](const Span& a, const Span& b) { return a.start < b.start; });
  // A line is the document's when its text (blanks aside) lies in a span.
  size_t s = 0;
  for (size_t i = 0; i < lines_.size() && s < spans.size(); ++i) {
    size_t begin = lines_[i].trim_start;
    size_t end = begin + lines_[i].text.size();
    while (s < spans.size() && spans[s].end < end) ++s;
    if (s < spans.size() && spans[s].start <= begin) in_body_[i] = true;
  }
  body_begin_ = lines_.size();
  body_end_ = 0;
  for (size_t i = 0; i < lines_.size(); ++i) {
    if (!in_body_[i]) continue;
    body_begin_ = std::min(body_begin_, i);
    body_end_ = i + 1;
  }
  if (body_begin_ > body_end_) body_begin_ = body_end_;
}

void PageReader::ReadTitleParties() {
  auto read_parties = [&](std::string_view p,
                          std::vector<std::pair<NodeId, Evidence>>& authors,
                          std::vector<std::pair<NodeId, Evidence>>& recipients,
                          std::vector<std::pair<NodeId, Evidence>>* via) {
    if (p.empty()) return;
    size_t to = p.find(" to ");
    std::string_view who = to == std::string_view::npos ? p : p.substr(0, to);
    std::string_view whom =
        to == std::string_view::npos ? std::string_view() : p.substr(to + 4);
    // "to Krasovsky, for Cde. Mao Zedong": the relay, then the addressee;
    // "to Mao Zedong via Krasovsky": the addressee, then the relay.
    std::string_view for_whom, relay;
    for (std::string_view cue : {", for ", " for "}) {
      if (size_t at = FindNoCase(whom, cue); at != std::string_view::npos) {
        for_whom = whom.substr(at + cue.size());
        whom = whom.substr(0, at);
        break;
      }
    }
    for (std::string_view cue : {", via ", " via ", " (via "}) {
      if (size_t at = FindNoCase(whom, cue); at != std::string_view::npos) {
        relay = whom.substr(at + cue.size());
        if (!relay.empty() && relay.back() == ')') relay.remove_suffix(1);
        whom = whom.substr(0, at);
        break;
      }
    }
    for (auto [name, count] : SplitNames(who)) {
      Evidence ev = Ev(Offset(name), Offset(name) + name.size());
      NodeId id = PersonFromName(name, ev);
      if (!id.empty()) authors.emplace_back(id, ev);
    }
    auto add_to = [&](std::string_view list,
                      std::vector<std::pair<NodeId, Evidence>>& into) {
      for (auto [name, count] : SplitNames(list)) {
        Evidence ev = Ev(Offset(name), Offset(name) + name.size());
        NodeId id = PersonFromName(name, ev);
        if (id.empty()) {
          if (const GazetteerEntry* e = gazetteer_.Resolve(
                  CleanName(name), NodeKind::kOrganization)) {
            id = AddEntity(*e, name, false, ev);
          }
        }
        if (!id.empty()) into.emplace_back(id, ev);
      }
    };
    if (!for_whom.empty() && via != nullptr) {
      add_to(whom, *via);
      add_to(for_whom, recipients);
    } else {
      add_to(whom, recipients);
    }
    if (!relay.empty() && via != nullptr) add_to(relay, *via);
  };
  std::string_view parties;
  if (!record_.title_parties.empty()) {
    parties = text_.substr(record_.title_parties.span.start,
                           record_.title_parties.span.end -
                               record_.title_parties.span.start);
    // "from Beijing, A to B" names the origin first.
    if (size_t comma = parties.find(", "); comma != std::string_view::npos) {
      std::string_view place = parties.substr(0, comma);
      if (const GazetteerEntry* e =
              gazetteer_.Resolve(place, NodeKind::kPlace)) {
        title_origin_ = AddEntity(
            *e, place, false, Ev(Offset(place), Offset(place) + place.size()));
        parties = parties.substr(comma + 2);
      }
    }
  }
  read_parties(parties, title_authors_, title_recipients_, &title_via_);
  // Parties the layout gives one by one (a FRUS heading, a TEI persName).
  auto resolve = [&](const Party& party, bool person_first) -> NodeId {
    std::string_view name = text_.substr(party.span.start,
                                         party.span.end - party.span.start);
    if (name.empty()) name = party.name;
    Evidence ev = Ev(party.span);
    NodeId id = person_first ? PersonFromName(name, ev) : NodeId();
    if (id.empty()) id = OrganizationFromName(name, ev);
    if (id.empty() && !person_first) id = PersonFromName(name, ev);
    return id;
  };
  for (const Party& a : record_.authors) {
    NodeId id = resolve(a, true);
    if (!id.empty()) title_authors_.emplace_back(id, Ev(a.span));
  }
  for (const Party& r : record_.recipients) {
    NodeId id = resolve(r, true);
    if (!id.empty()) title_recipients_.emplace_back(id, Ev(r.span));
  }
  for (const Party& v : record_.via) {
    NodeId id = resolve(v, true);
    if (!id.empty()) title_via_.emplace_back(id, Ev(v.span));
  }
  if (!record_.origin.empty()) {
    if (const GazetteerEntry* e =
            gazetteer_.Resolve(record_.origin.text, NodeKind::kPlace)) {
      title_origin_ =
          AddEntity(*e, record_.origin.text, false, Ev(record_.origin.span));
    }
  }
  if (!record_.attachment.empty()) {
    std::string_view attach =
        text_.substr(record_.attachment.span.start,
                     record_.attachment.span.end -
                         record_.attachment.span.start);
    attach_type_ = DocTypeFromWords(detail::ToLowerAscii(attach));
    if (auto d = detail::FindDate(attach, DefaultYear()))
      attach_date_ = d->date;
    size_t afrom = FindNoCase(attach, "from ");
    if (afrom != std::string_view::npos) {
      read_parties(attach.substr(afrom + 5), attach_authors_,
                   attach_recipients_, nullptr);
    }
  }
}

std::vector<std::pair<std::string_view, int64_t>> PageReader::SplitNames(
    std::string_view list) const {
  std::vector<std::pair<std::string_view, int64_t>> out;
  size_t b = 0;
  auto flush = [&](size_t e) {
    std::string_view item = TrimView(list.substr(b, e - b));
    int64_t count = 0;
    // "Stalin (2)", "Stalin (2 copies)"
    size_t paren = item.find('(');
    if (paren != std::string_view::npos) {
      std::string_view inside = item.substr(paren + 1);
      int n = 0;
      size_t k = 0;
      while (k < inside.size() &&
             std::isdigit(static_cast<unsigned char>(inside[k]))) {
        n = n * 10 + (inside[k] - '0');
        ++k;
      }
      if (k > 0) {
        count = n;
        item = TrimView(item.substr(0, paren));
      }
    }
    while (!item.empty() && (item.back() == '.' || item.back() == ':' ||
                             item.back() == ';' || item.back() == ',')) {
      // keep "I.V." style initials intact only when they follow a comma
      if (item.back() == '.' && item.size() >= 2 &&
          item[item.size() - 2] != ' ' &&
          std::isupper(static_cast<unsigned char>(item[item.size() - 2])) &&
          item.size() >= 3 && item[item.size() - 3] == '.') {
        break;
      }
      item.remove_suffix(1);
    }
    if (!item.empty()) out.emplace_back(item, count);
  };
  int bracket = 0;
  for (size_t i = 0; i < list.size(); ++i) {
    char c = list[i];
    if (c == '[' || c == '(') ++bracket;
    if (c == ']' || c == ')') --bracket;
    if (bracket > 0) continue;
    if (c == ',') {
      // "Stalin, I.V." keeps its initials.
      std::string_view rest = TrimView(list.substr(i + 1));
      if (rest.size() >= 2 &&
          std::isupper(static_cast<unsigned char>(rest[0])) && rest[1] == '.') {
        continue;
      }
      flush(i);
      b = i + 1;
    } else if (size_t len = ConjunctionAt(list, i); len > 0) {
      flush(i);
      b = i + len;
      i += len - 1;
    }
  }
  flush(list.size());
  return out;
}

// ---------------------------------------------------------------------------
// Body lines

// The number after "No." / "Nº" / "№" in `t`.
std::string NumberAfterMarker(std::string_view t) {
  for (std::string_view marker : {"No.", "Nº", "№", "NO."}) {
    size_t at = t.find(marker);
    if (at == std::string_view::npos) continue;
    size_t v = at + marker.size();
    while (v < t.size() && t[v] == ' ') ++v;
    size_t e = v;
    while (e < t.size() && t[e] != ' ' && t[e] != ',') ++e;
    std::string n = StripTrailing(t.substr(v, e - v), ".);]");
    if (!n.empty()) return n;
  }
  return {};
}

void PageReader::ClassifyLines() {
  kinds_.assign(lines_.size(), LineKind::kBlank);
  line_lang_.assign(lines_.size(), "");
  for (size_t i = 0; i < lines_.size(); ++i) {
    line_lang_[i] = detail::DetectLanguage(lines_[i].text);
  }
  bool in_stamp = false;
  bool in_copies = false;
  for (size_t i = body_begin_; i < body_end_; ++i) {
    std::string_view t = lines_[i].text;
    if (t.empty() || !in_body_[i]) {
      in_copies = false;
      kinds_[i] = LineKind::kBlank;
      continue;
    }
    if (in_stamp) {
      kinds_[i] = LineKind::kStamp;
      if (t.find(']') != std::string_view::npos) in_stamp = false;
      continue;
    }
    if (in_copies) {
      kinds_[i] = LineKind::kCopies;
      continue;
    }
    std::string lower = LowerText(t);
    std::string bare = StripTrailing(t, ". ");
    if (bare == "[...]" || bare == "[…]" || bare == "[ ... ]" || bare == "…" ||
        bare == "...") {
      kinds_[i] = LineKind::kElision;
      continue;
    }
    if (StartsWithNoCase(t, "[Stamp") || StartsWithNoCase(t, "[Штамп")) {
      kinds_[i] = LineKind::kStamp;
      in_stamp = t.find(']') == std::string_view::npos;
      continue;
    }
    if (t[0] == '[' && (t.back() == ']' || bare.back() == ']')) {
      kinds_[i] = LineKind::kEditorial;
      continue;
    }
    if (IsNumberedCopyLine(t)) {
      kinds_[i] = LineKind::kCopies;
      continue;
    }
    if (StartsWithNoCase(t, "Copies to") || StartsWithNoCase(t, "Copy to")) {
      kinds_[i] = LineKind::kCopies;
      in_copies =
          StripTrailing(TrimView(t.substr(t.find("to") + 2)), ": ").empty();
      continue;
    }
    if (StartsWithNoCase(t, "Copies:") || StartsWithNoCase(t, "Copies ") ||
        lower.rfind("копии", 0) == 0 || lower.rfind("разослано", 0) == 0 ||
        (StartsWithNoCase(t, "To ") &&
         FindNoCase(t, " copies)") != std::string_view::npos)) {
      kinds_[i] = LineKind::kCopies;
      continue;
    }
    bool header_number = StartsWithNoCase(t, "CIPHERED TELEGRAM") ||
                         StartsWithNoCase(t, "CIPHER TELEGRAM") ||
                         StartsWithNoCase(t, "CABLE N") ||
                         StartsWithNoCase(t, "TELEGRAM No") ||
                         lower.rfind("шифртелеграмма", 0) == 0 ||
                         lower.rfind("телеграмма №", 0) == 0;
    if (header_number) {
      kinds_[i] = LineKind::kNumber;
      continue;
    }
    if (StartsWithNoCase(t, "No. ") || StartsWithNoCase(t, "No.") ||
        t.rfind("№", 0) == 0 || t.rfind("Nº", 0) == 0) {
      bool digit = false;
      for (size_t k = 2; k < std::min<size_t>(t.size(), 8); ++k) {
        if (std::isdigit(static_cast<unsigned char>(t[k]))) digit = true;
      }
      if (digit) {
        kinds_[i] = LineKind::kNumber;
        continue;
      }
    }
    bool stamp_time =
        detail::FindTime(t).has_value() || detail::FindDate(t, 0).has_value();
    if (stamp_time && IsTimestampLine(t)) {
      kinds_[i] = LineKind::kTimestamp;
      continue;
    }
    static constexpr std::string_view kFormalities[] = {"series",
                                                        "top secret",
                                                        "secret",
                                                        "extremely urgent",
                                                        "urgent",
                                                        "by telegram",
                                                        "i report",
                                                        "совершенно секретно",
                                                        "секретно",
                                                        "срочно",
                                                        "вне очереди",
                                                        "докладываю",
                                                        "secretary cc",
                                                        "secretary",
                                                        "t",
                                                        "т",
                                                        "copy no",
                                                        "to p.",
                                                        "excerpt from protocol",
                                                        "decision of",
                                                        "ciphered telegram",
                                                        "special file",
                                                        "особая папка"};
    std::string lbare = LowerText(StripTrailing(t, ".: "));
    bool formality = false;
    for (std::string_view f : kFormalities) {
      if (lbare == f || (f.size() > 3 && lbare.rfind(f, 0) == 0 &&
                         (lbare.size() < f.size() + 40))) {
        formality = true;
      }
    }
    if (formality) {
      kinds_[i] = LineKind::kFormality;
      continue;
    }
    // "25 December 1951 No. 396" under a signature: date and number.
    if (auto d = detail::FindDate(t, DefaultYear()); d && d->start == 0) {
      std::string_view rest = TrimView(t.substr(d->end));
      if (!NumberAfterMarker(rest).empty() && Words(rest).size() <= 2 &&
          (StartsWithNoCase(rest, "No") || rest.rfind("№", 0) == 0)) {
        kinds_[i] = LineKind::kNumber;
        continue;
      }
    }
    // A date standing alone ("30.6", "14 June 1951").
    if (auto d = detail::FindDate(t, DefaultYear());
        d && d->start == 0 &&
        StripTrailing(t.substr(d->end), ". г»”\"").empty()) {
      kinds_[i] = LineKind::kLoneDate;
      continue;
    }
    bool upper = MostlyUpper(t);
    if (upper && Words(t).size() >= 4 &&
        ContainsAny(lower,
                    {"staff", "administration", "directorate", "committee",
                     "ministry", "party", "штаб", "управлени", "комитет",
                     "министерств", "central"})) {
      kinds_[i] = LineKind::kOffice;
      continue;
    }
    if (ParseRouting(t)) {
      kinds_[i] = LineKind::kRouting;
      continue;
    }
    kinds_[i] = LineKind::kText;
  }
  // Signatures and the sender's outgoing number, which need context.
  for (size_t i = body_begin_; i < body_end_; ++i) {
    if (kinds_[i] != LineKind::kText) continue;
    if (SignatureOf(i)) kinds_[i] = LineKind::kSignature;
  }
  for (size_t i = body_begin_; i < body_end_; ++i) {
    if (kinds_[i] != LineKind::kNumber) continue;
    std::string_view t = lines_[i].text;
    if (auto d = detail::FindDate(t, DefaultYear()); d && d->start == 0)
      t = TrimView(t.substr(d->end));
    if (!(StartsWithNoCase(t, "No") || t.rfind("№", 0) == 0)) continue;
    if (Words(t).size() > 2) continue;
    // Past the copies list that may follow the signature.
    size_t p = i;
    while (p > body_begin_ && (lines_[p - 1].blank() ||
                               kinds_[p - 1] == LineKind::kCopies))
      --p;
    if (p == body_begin_) continue;
    LineKind before = kinds_[p - 1];
    std::string_view prev = lines_[p - 1].text;
    if (before == LineKind::kSignature || ClosesQuote(prev)) {
      kinds_[i] = LineKind::kOutgoingNumber;
    }
  }
}

bool PageReader::ReadAddressLine(std::string_view t, DocDraft& doc) {
  if (!StartsWithNoCase(t, "To Cde") && !StartsWithNoCase(t, "To Comrade"))
    return false;
  size_t copies = FindNoCase(t, ". Copies to ");
  size_t copies_len = 12;
  if (copies == std::string_view::npos) {
    copies = FindNoCase(t, ". Copy to ");
    copies_len = 10;
  }
  std::string_view address = t.substr(3, copies == std::string_view::npos
                                             ? std::string_view::npos
                                             : copies - 3);
  // "To Cde. MAO ZEDONG." alone is an address; a longer sentence is text.
  if (copies == std::string_view::npos &&
      (Words(address).size() > 5 || t.back() != '.'))
    return false;
  for (auto [name, count] : SplitNames(address)) {
    Evidence ev = Ev(Offset(name), Offset(name) + name.size());
    AddParty(doc.recipients, PersonFromName(name, ev), ev);
  }
  if (copies != std::string_view::npos) {
    for (auto [name, count] : SplitNames(t.substr(copies + copies_len))) {
      Evidence ev = Ev(Offset(name), Offset(name) + name.size());
      AddParty(doc.copies, PersonFromName(name, ev), ev, count);
    }
  }
  return true;
}

std::optional<std::pair<NodeId, Evidence>> PageReader::SignatureOf(size_t i) {
  std::string_view t = lines_[i].text;
  // Drop quotes, a trailing date and "г.".
  std::string_view s = t;
  while (!s.empty() && IsOpenQuote(s)) s = s.substr(OpenQuoteLength(s));
  // "With communist greetings, Mao Zedong": the name after the valediction.
  if (size_t comma = s.find(", ");
      comma != std::string_view::npos &&
      ContainsAny(
          LowerText(s.substr(0, comma)),
          {"greeting", "regards", "respect", "yours", "привет", "уважени"})) {
    s = s.substr(comma + 2);
  }
  size_t cut = s.size();
  if (auto d = detail::FindDate(s, DefaultYear()))
    cut = std::min(cut, d->start);
  std::string_view name = TrimView(s.substr(0, cut));
  std::string cleaned = StripTrailing(name, ".,:;!\"»” ");
  if (cleaned.empty() || Words(cleaned).size() > 5) return std::nullopt;
  // Whatever follows the name must be a date and closing marks only.
  std::string_view rest = s.substr(cut);
  for (unsigned char c : rest) {
    if (std::isalpha(c)) return std::nullopt;
  }
  if (cleaned.find('!') != std::string::npos) return std::nullopt;
  if (t.back() == '!' || t.back() == ':' || t.back() == '?') {
    return std::nullopt;
  }
  const GazetteerEntry* e = gazetteer_.Resolve(cleaned, NodeKind::kPerson);
  if (e == nullptr) {
    // Several signatories on consecutive lines, or an unknown name in capitals.
    if (!IsUpperWord(Words(cleaned)[0]) ||
        !LooksLikeName(gazetteer_, cleaned) || Words(cleaned).size() < 2) {
      return std::nullopt;
    }
  }
  Evidence ev = Ev(Offset(name), Offset(name) + cleaned.size());
  NodeId id =
      e ? AddEntity(*e, cleaned, false, ev) : PersonFromName(cleaned, ev);
  if (id.empty()) return std::nullopt;
  return std::make_pair(id, ev);
}

void PageReader::FindQuoteRegions() {
  line_region_.assign(lines_.size(), -1);
  std::vector<int> open;  // stack of region indexes
  // Ends the regions on the stack down to `depth`, the innermost first; the
  // line that caused it is `limit` (exclusive).
  // Lines after an unclosed quotation's end belong to the one around it.
  auto end_regions = [&](size_t depth, size_t limit) {
    while (open.size() > depth) {
      int r = open.back();
      regions_[r].last = UnclosedRegionEnd(r, limit);
      for (size_t i = regions_[r].last + 1; i < limit; ++i) {
        if (line_region_[i] == r) line_region_[i] = regions_[r].parent_region;
      }
      open.pop_back();
    }
  };
  for (size_t i = body_begin_; i < body_end_; ++i) {
    std::string_view t = lines_[i].text;
    if (t.empty()) continue;
    // An unclosed quotation ends where the language changes: a page's
    // Russian original and English translation are never one quotation.
    size_t keep = open.size();
    while (keep > 0 && kinds_[i] == LineKind::kText && !line_lang_[i].empty() &&
           !regions_[open[keep - 1]].lang.empty() &&
           line_lang_[i] != regions_[open[keep - 1]].lang) {
      --keep;
    }
    end_regions(keep, i);
    // A line that is only a closing mark ("»", "\".") opens nothing.
    bool mark_only = StripTrailing(t, ".,; ").size() == OpenQuoteMark(t).size();
    if (std::string_view mark = OpenQuoteMark(t); !mark.empty() && !mark_only) {
      // A quotation that also closes on its first line is a one-line region.
      std::string_view close = ClosingQuoteMark(t.substr(mark.size()));
      bool one_line = QuoteMarksPair(mark, close);
      QuoteRegion r;
      r.first = i;
      r.last = i;
      r.parent_region = open.empty() ? -1 : open.back();
      r.lang = line_lang_[i];
      r.open_mark = mark;
      regions_.push_back(r);
      line_region_[i] = static_cast<int>(regions_.size()) - 1;
      if (!one_line) open.push_back(static_cast<int>(regions_.size()) - 1);
      continue;
    }
    if (open.empty()) continue;
    line_region_[i] = open.back();
    if (regions_[open.back()].lang.empty())
      regions_[open.back()].lang = line_lang_[i];
    std::string_view close = ClosingQuoteMark(t);
    if (close.empty()) continue;
    // The mark closes the innermost quotation it pairs with; quotations
    // opened inside that one and never closed end before it.
    for (size_t k = open.size(); k-- > 0;) {
      if (!QuoteMarksPair(regions_[open[k]].open_mark, close)) continue;
      end_regions(k + 1, i);
      line_region_[i] = open.back();
      regions_[open.back()].last = i;
      open.pop_back();
      break;
    }
  }
  end_regions(0, body_end_);
  for (size_t r = 0; r < regions_.size(); ++r) {
    for (size_t i = regions_[r].first;
         i <= regions_[r].last && i < lines_.size(); ++i) {
      if (line_region_[i] < static_cast<int>(r))
        line_region_[i] = static_cast<int>(r);
    }
  }
}

bool PageReader::SignsThePage(size_t i) const {
  std::string name = CleanName(lines_[i].text);
  const GazetteerEntry* e = gazetteer_.Resolve(name, NodeKind::kPerson);
  if (e == nullptr) return false;
  return std::any_of(title_authors_.begin(), title_authors_.end(),
                     [&](const auto& a) { return a.first == e->id; });
}

size_t PageReader::UnclosedRegionEnd(int r, size_t limit) const {
  const QuoteRegion& region = regions_[r];
  // A message ends with its signature (several signatories on consecutive
  // lines, maybe a date under them).
  for (size_t i = region.first + 1; i < limit; ++i) {
    if (line_region_[i] != r || kinds_[i] != LineKind::kSignature) continue;
    // The signature of the page's own author under a quotation that never
    // closed ("... [...]" then "MAO ZEDONG") signs the page, not the quote.
    if (region.parent_region < 0 && SignsThePage(i)) {
      size_t last = i;
      while (last > region.first + 1 && lines_[last - 1].blank()) --last;
      return last - 1;
    }
    size_t end = i;
    while (end + 1 < limit && (kinds_[end + 1] == LineKind::kSignature ||
                               kinds_[end + 1] == LineKind::kLoneDate)) {
      ++end;
    }
    return end;
  }
  size_t last = limit;
  while (last > region.first + 1 && lines_[last - 1].blank()) --last;
  return last - 1;
}

// ---------------------------------------------------------------------------
// Documents

// Words in a line that introduces a quotation ("Telegram of Comrade KIM IL
// SUNG.", "I forward the text that was agreed ...", "[attached letter]").
bool IsIntroduction(std::string_view lower) {
  return ContainsAny(
      lower, {"telegram", "message", "letter", "text", "cable", "forward",
              "attached", "following", "телеграмм", "письм", "сообщени",
              "текст", "пересылаю", "направляю", "following"});
}

// The kind of a quoted document. The introduction's words come first ("I
// transmit the letter of ...", "the texts of four telegrams ..."), then
// what the title says is attached, then the quotation's own first line;
// "message" when none names one.
std::string EmbeddedType(const std::string& intro, const std::string& attached,
                         const std::string& first_line) {
  // "the text(s) of ... telegrams": the quoted texts are telegrams.
  for (std::string_view of : {"texts of ", "text of ", "текст "}) {
    size_t at = intro.find(of);
    if (at == std::string::npos) continue;
    std::string after = intro.substr(at + of.size(), 40);
    std::string type = DocTypeFromWords(after);
    if (!type.empty()) return type;
  }
  auto named = [](const std::string& hint) -> std::string {
    if (ContainsAny(hint, {"decision", "resolution", "постановлени"}))
      return "decision";
    if (ContainsAny(hint, {"agreement", "agreed", "соглашени"}))
      return "agreement";
    if (ContainsAny(hint, {"letter", "письм"})) return "letter";
    return {};
  };
  if (std::string t = named(intro); !t.empty()) return t;
  if (!attached.empty() && attached != "telegram") return attached;
  if (std::string t = named(first_line); !t.empty()) return t;
  return "message";
}

std::vector<std::pair<NodeId, Evidence>> PageReader::IntroAuthors(
    std::string_view intro) {
  std::vector<std::pair<NodeId, Evidence>> authors, others;
  size_t base = Offset(intro);
  for (const Mention& m : gazetteer_.FindMentions(intro, base)) {
    if (m.entry->kind != NodeKind::kPerson) continue;
    // The word before the name, past forms of address and titles.
    std::vector<std::string_view> before =
        Words(intro.substr(0, m.start - base));
    std::string prev;
    for (size_t w = before.size(); w-- > 0;) {
      std::string word = LowerText(StripTrailing(before[w], ".,:;"));
      if (gazetteer_.IsStopWord(word) || word == "chairman" ||
          word == "товарища" || word == "председателя") {
        continue;
      }
      prev = word;
      break;
    }
    std::string_view after = intro.substr(m.end - base);
    bool possessive = after.rfind("'s", 0) == 0 || after.rfind("’s", 0) == 0;
    bool from = possessive || prev == "of" || prev == "from" || prev == "by" ||
                prev == "от" ||
                ContainsAny(prev, {"telegram", "message", "letter", "cable",
                                   "телеграмм", "письм", "сообщени"});
    bool to =
        prev == "to" || prev == "for" || prev == "к" || prev == "addressed";
    if (to) continue;
    Evidence ev = Ev(m.start, m.end);
    NodeId id = AddEntity(*m.entry, m.surface, m.codename, ev);
    auto& into = from ? authors : others;
    if (std::none_of(into.begin(), into.end(),
                     [&](const auto& a) { return a.first == id; })) {
      into.emplace_back(id, ev);
    }
  }
  if (authors.empty() && !others.empty()) authors.push_back(others.front());
  return authors;
}

void PageReader::AssignDocuments() {
  DocDraft outer;
  outer.type = record_.doc_type.empty() ? "document" : record_.doc_type;
  if (record_.date) outer.date = *record_.date;
  for (auto& [id, ev] : title_authors_) AddParty(outer.authors, id, ev);
  for (auto& [id, ev] : title_recipients_) AddParty(outer.recipients, id, ev);
  for (auto& [id, ev] : title_via_) AddParty(outer.via, id, ev);
  outer.origin = title_origin_;
  outer.title_evidence = !record_.title.empty() ? Ev(record_.title.span)
                         : body_begin_ < body_end_ ? LineEv(body_begin_)
                                                   : Ev(0, 0);
  outer.has_title_evidence = true;
  // Signatures outside any quotation sign the outer document.
  for (size_t i = body_begin_; i < body_end_; ++i) {
    if (kinds_[i] == LineKind::kSignature && line_region_[i] < 0) {
      if (auto sig = SignatureOf(i))
        AddParty(outer.authors, sig->first, sig->second);
    }
  }
  docs_.push_back(std::move(outer));
  auto is_outer_author = [&](const NodeId& id) {
    return std::any_of(docs_[0].authors.begin(), docs_[0].authors.end(),
                       [&](const DocDraft::Party& p) { return p.id == id; });
  };

  bool attachment_used = false;
  for (size_t r = 0; r < regions_.size(); ++r) {
    QuoteRegion& region = regions_[r];
    int parent_doc =
        region.parent_region >= 0 ? regions_[region.parent_region].doc : 0;
    if (parent_doc < 0) parent_doc = 0;
    std::vector<std::pair<NodeId, Evidence>> authors;
    std::optional<Date> date;
    // (a) a signature closing the quotation, maybe with the date on a line
    // of its own under it
    for (size_t i = region.last + 1; i-- > region.first;) {
      if (lines_[i].blank()) continue;
      if (line_region_[i] != static_cast<int>(r)) break;
      if (kinds_[i] == LineKind::kLoneDate && !date) {
        if (auto d = detail::FindDate(lines_[i].text, DefaultYear())) {
          date = d->date;
          continue;
        }
      }
      if (auto sig = SignatureOf(i)) {
        authors.push_back(*sig);
        if (auto d = detail::FindDate(lines_[i].text, DefaultYear())) {
          date = d->date;
        }
      }
      break;
    }
    // (b) the line that introduces it
    std::string intro_lower;
    size_t intro_line = 0;
    bool has_intro = false;
    for (size_t i = region.first; i-- > body_begin_;) {
      // The sender's signature, copies and number may stand between the
      // introduction and the text it introduces.
      LineKind k = kinds_[i];
      if (lines_[i].blank() || k == LineKind::kSignature ||
          k == LineKind::kCopies || k == LineKind::kOutgoingNumber ||
          k == LineKind::kNumber || k == LineKind::kLoneDate)
        continue;
      if (kinds_[i] == LineKind::kText || kinds_[i] == LineKind::kEditorial) {
        intro_lower = LowerText(lines_[i].text);
        if (IsIntroduction(intro_lower)) {
          has_intro = true;
          intro_line = i;
        }
      }
      break;
    }
    // (c) a signature right after it, unless a line introduced the quotation
    // as someone else's: then the signature is the forwarder's.
    if (authors.empty() && !has_intro) {
      for (size_t i = region.last + 1; i < body_end_; ++i) {
        if (lines_[i].blank()) continue;
        if (kinds_[i] == LineKind::kSignature &&
            line_region_[i] == region.parent_region) {
          if (auto sig = SignatureOf(i)) authors.push_back(*sig);
        }
        break;
      }
    }
    if (authors.empty() && has_intro)
      authors = IntroAuthors(lines_[intro_line].text);
    // (d) the attachment the title describes
    bool is_attachment = false;
    if (!attachment_used && region.parent_region < 0 &&
        (!attach_authors_.empty() || !attach_type_.empty())) {
      bool matches = authors.empty();
      for (auto& a : attach_authors_) {
        for (auto& b : authors) matches = matches || a.first == b.first;
      }
      if (matches) {
        is_attachment = true;
        attachment_used = true;
        if (authors.empty()) authors = attach_authors_;
        if (!date && attach_date_) date = attach_date_;
      }
    }
    bool own_text = false;
    if (!authors.empty()) {
      own_text = std::all_of(
                     authors.begin(), authors.end(),
                     [&](const auto& a) { return is_outer_author(a.first); }) &&
                 parent_doc == 0;
    } else {
      own_text = !has_intro && !is_attachment && !docs_[0].authors.empty();
    }
    if (own_text) {
      region.doc = parent_doc;
      continue;
    }
    // The type: from the introduction, the title's attachment or the text.
    std::string type = EmbeddedType(
        intro_lower, is_attachment ? attach_type_ : std::string(),
        LowerText(lines_[region.first].text));
    // A date the introduction gives: "the texts of four telegrams of 10
    // July".
    if (!date && has_intro) {
      std::string_view t = lines_[intro_line].text;
      for (size_t of = FindNoCase(t, " of "); of != std::string_view::npos;
           of = FindNoCase(t, " of ", of + 1)) {
        if (auto d = detail::FindDate(t, DefaultYear(), of + 4);
            d && d->start == of + 4) {
          date = d->date;
          break;
        }
      }
    }
    // A date the text gives itself: "(agreement of 23 November 1951)".
    if (!date) {
      for (size_t i = region.first;
           i <= std::min(region.last, region.first + 1); ++i) {
        std::string_view t = lines_[i].text;
        size_t of = FindNoCase(t, " of ");
        while (of != std::string_view::npos) {
          if (auto d = detail::FindDate(t, DefaultYear(), of + 4);
              d && d->start == of + 4) {
            date = d->date;
            break;
          }
          of = FindNoCase(t, " of ", of + 1);
        }
        if (date) break;
      }
    }
    // The same message in another language is the same document.
    int doc = -1;
    for (size_t d = 1; d < docs_.size(); ++d) {
      DocDraft& other = docs_[d];
      if (other.parent != parent_doc || other.type != type) continue;
      if (other.languages.count(region.lang)) continue;
      bool same_authors = other.authors.size() == authors.size();
      for (auto& a : authors) {
        same_authors = same_authors &&
                       std::any_of(other.authors.begin(), other.authors.end(),
                                   [&](const DocDraft::Party& p) {
                                     return p.id == a.first;
                                   });
      }
      bool same_date = !date || !other.date || other.date->Iso() == date->Iso();
      if (same_authors && same_date) {
        doc = static_cast<int>(d);
        break;
      }
    }
    if (doc < 0) {
      DocDraft d;
      d.type = type;
      d.parent = parent_doc;
      d.date = date;
      if (!date) {
        // An attached draft carries the date of the document that holds it.
        d.date = docs_[parent_doc].date;
        d.date_inferred = true;
      }
      docs_.push_back(std::move(d));
      doc = static_cast<int>(docs_.size()) - 1;
    } else if (date && docs_[doc].date_inferred) {
      docs_[doc].date = date;
      docs_[doc].date_inferred = false;
    }
    for (auto& [id, ev] : authors) AddParty(docs_[doc].authors, id, ev);
    if (is_attachment) {
      for (auto& [id, ev] : attach_recipients_)
        AddParty(docs_[doc].recipients, id, ev);
    }
    if (!docs_[doc].has_title_evidence) {
      docs_[doc].title_evidence =
          has_intro ? LineEv(intro_line) : LineEv(region.first);
      docs_[doc].has_title_evidence = true;
    }
    region.doc = doc;
  }
  line_doc_.assign(lines_.size(), 0);
  for (size_t i = 0; i < lines_.size(); ++i) {
    if (line_region_[i] >= 0 && regions_[line_region_[i]].doc >= 0) {
      line_doc_[i] = regions_[line_region_[i]].doc;
    }
  }
}


void PageReader::ReadMetaLines() {
  DocDraft& outer = docs_[0];
  // Routing and address lines belong to the quotation they head, when no
  // running text stands between them; otherwise to the document they are in.
  auto headed_doc = [&](size_t i) {
    for (size_t j = i + 1; j < body_end_; ++j) {
      if (lines_[j].blank()) continue;
      if (line_region_[j] != line_region_[i] && line_region_[j] >= 0 &&
          regions_[line_region_[j]].first == j) {
        return line_doc_[j];
      }
      LineKind k = kinds_[j];
      if (k == LineKind::kText || k == LineKind::kSignature) break;
    }
    return line_doc_[i];
  };
  std::map<int, std::vector<std::pair<NodeId, Evidence>>> routed_to, routed_for;
  std::map<std::pair<int, NodeId>, int64_t> numbered_copies;
  // The stamp whose time may follow on the next line ("Sent 17.7.52" over
  // "18:45 Received ...").
  std::string* open_stamp = nullptr;
  for (size_t i = body_begin_; i < body_end_; ++i) {
    std::string_view t = lines_[i].text;
    DocDraft& doc = docs_[line_doc_[i]];
    if (kinds_[i] != LineKind::kTimestamp && !t.empty()) open_stamp = nullptr;
    switch (kinds_[i]) {
      case LineKind::kNumber: {
        std::string n = NumberAfterMarker(t);
        if (!n.empty() && std::find(doc.numbers.begin(), doc.numbers.end(),
                                    n) == doc.numbers.end()) {
          doc.numbers.push_back(n);
        }
        size_t copies = FindNoCase(t, "Copies:");
        if (copies != std::string_view::npos) {
          for (auto [name, count] : SplitNames(t.substr(copies + 7))) {
            Evidence ev = Ev(Offset(name), Offset(name) + name.size());
            AddParty(doc.copies, PersonFromName(name, ev), ev, count);
          }
        }
        break;
      }
      case LineKind::kOutgoingNumber:
        doc.outgoing_number = NumberAfterMarker(t);
        break;
      case LineKind::kCopies: {
        std::string_view list = t;
        if (std::string_view numbered = NumberedCopyNames(t);
            !numbered.empty()) {
          // One line per copy: each names its holder once more.
          for (auto [name, count] : SplitNames(numbered)) {
            Evidence ev = Ev(Offset(name), Offset(name) + name.size());
            NodeId id = PersonFromName(name, ev);
            AddParty(doc.copies, id, ev, ++numbered_copies[{line_doc_[i], id}]);
          }
          break;
        }
        if (StartsWithNoCase(list, "Copies to") ||
            StartsWithNoCase(list, "Copy to")) {
          list = list.substr(list.find("to") + 2);
        } else if (size_t colon = list.find(':');
                   colon != std::string_view::npos) {
          list = list.substr(colon + 1);
        } else if (StartsWithNoCase(list, "To ")) {
          list = list.substr(3);
        }
        for (auto [name, count] : SplitNames(list)) {
          Evidence ev = Ev(Offset(name), Offset(name) + name.size());
          AddParty(doc.copies, PersonFromName(name, ev), ev, count);
        }
        break;
      }
      case LineKind::kTimestamp: {
        // LowerText keeps byte offsets: Cyrillic capitals and small letters
        // are both two bytes.
        std::string lower = LowerText(t);
        // "Sent 1.7.51 5:30" and "Received 12:10 3.7.1951" both occur; take
        // the nearest date and time after each keyword.
        auto stamp_after = [&](size_t from) -> std::string {
          auto d = detail::FindDate(t, DefaultYear(), from);
          auto tm = detail::FindTime(t, from);
          if (tm && d && tm->start >= d->start && tm->start < d->end) {
            tm = detail::FindTime(t, d->end);
          }
          if (!d) return {};
          // "received 1750 11 July 1951": a clock time without a colon
          // between the word and the date.
          std::optional<detail::Time> clock;
          if (tm && tm->time.ok()) clock = tm->time;
          if (!clock) clock = CompactTimeBefore(t, from, d->start);
          std::string iso = d->date.Iso();
          if (clock) {
            char buf[16];
            std::snprintf(buf, sizeof buf, "T%02d:%02d", clock->hour,
                          clock->minute);
            iso += buf;
          }
          return iso;
        };
        // "18:45 Received ...": the time of the stamp on the line above.
        if (auto lead = detail::FindTime(t);
            open_stamp != nullptr && lead && lead->start == 0 &&
            open_stamp->find('T') == std::string::npos) {
          char buf[16];
          std::snprintf(buf, sizeof buf, "T%02d:%02d", lead->time.hour,
                        lead->time.minute);
          *open_stamp += buf;
        }
        open_stamp = nullptr;
        size_t sent = FindWordStart(lower, {"sent", "отправлен"});
        // "Sent to 8th Administration ... 17.7 21:10" routes the telegram
        // onward inside the receiving office: no time of dispatch.
        if (sent != std::string_view::npos &&
            lower.compare(sent, 8, "sent to ") == 0)
          sent = std::string_view::npos;
        size_t recv = FindWordStart(lower, {"received", "получен", "поступил"});
        size_t disp = FindWordStart(lower, {"dispatched", "разослан"});
        if (sent != std::string_view::npos) {
          doc.sent = stamp_after(sent);
          open_stamp = &doc.sent;
        }
        if (recv != std::string_view::npos) {
          doc.received = stamp_after(recv);
          open_stamp = &doc.received;
        }
        if (disp != std::string_view::npos) doc.dispatched = stamp_after(disp);
        size_t from = FindWordStart(lower, {"from ", "из "});
        if (from != std::string_view::npos && sent == std::string_view::npos &&
            recv == std::string_view::npos && disp == std::string_view::npos) {
          // "From BEIJING 01:30 27.8.1951": the register's time of arrival.
          doc.received = stamp_after(from);
        }
        // "From BEIJING ...", "from [BEIJING] received ...", "Из ПЕКИНА ..."
        if (from != std::string_view::npos) {
          std::string_view rest = t.substr(lower.find(' ', from) + 1);
          std::vector<std::string_view> words = Words(rest);
          if (!words.empty()) {
            std::string_view w = words[0];
            std::string bare = StripTrailing(w, ".,]");
            if (!bare.empty() && bare.front() == '[') bare.erase(0, 1);
            if (const GazetteerEntry* e =
                    gazetteer_.Resolve(bare, NodeKind::kPlace)) {
              doc.origin = AddEntity(*e, bare, false,
                                     Ev(Offset(w), Offset(w) + w.size()));
            }
          }
        }
        break;
      }
      case LineKind::kRouting: {
        std::optional<RoutingLine> routing = ParseRouting(t);
        if (!routing) break;
        int target = headed_doc(i);
        auto read = [&](const std::vector<std::string_view>& names,
                        std::vector<std::pair<NodeId, Evidence>>& into) {
          for (std::string_view name : names) {
            Evidence ev = Ev(Offset(name), Offset(name) + name.size());
            NodeId id = PersonFromName(name, ev);
            if (id.empty()) {
              if (const GazetteerEntry* e = gazetteer_.Resolve(
                      CleanName(name), NodeKind::kOrganization)) {
                id = AddEntity(*e, name, false, ev);
              }
            }
            if (!id.empty()) into.emplace_back(id, ev);
          }
        };
        std::vector<std::pair<NodeId, Evidence>> addressed;
        read(routing->addressees, addressed);
        for (auto& [id, ev] : addressed)
          AddParty(docs_[target].recipients, id, ev);
        read(routing->to, routed_to[target]);
        read(routing->for_whom, routed_for[target]);
        break;
      }
      case LineKind::kEditorial: {
        std::string lower = LowerText(t);
        size_t sent = lower.find("sent");
        if (sent == std::string::npos) sent = lower.find("отправлен");
        if (sent != std::string::npos) {
          if (auto d = detail::FindDate(t, DefaultYear(), sent)) {
            // The note speaks of the telegram that went out: the quoted
            // message where there is one.
            int target =
                docs_.size() > 1 ? static_cast<int>(docs_.size()) - 1 : 0;
            docs_[target].sent = d->date.Iso();
          }
        }
        break;
      }
      case LineKind::kText: {
        // A salutation: "Comrade MAO ZEDONG!", "Товарищ МАО ЦЗЭДУН!",
        // "To Comrades Gao Gang and Kim Il Sung:".
        std::string bare = std::string(t);
        while (!bare.empty() && IsOpenQuote(bare))
          bare.erase(0, OpenQuoteLength(bare));
        if (ReadAddressLine(t.substr(t.size() - bare.size()), doc)) break;
        bool salutation =
            (!bare.empty() && (bare.back() == '!' || bare.back() == ':')) &&
            Words(bare).size() <= 9 &&
            (StartsWithNoCase(bare, "Comrade") ||
             StartsWithNoCase(bare, "To ") || StartsWithNoCase(bare, "Dear") ||
             LowerText(bare).rfind("товарищ", 0) == 0 ||
             LowerText(bare).rfind("дорог", 0) == 0);
        if (!salutation) break;
        std::string_view names =
            TrimView(std::string_view(t).substr(t.size() - bare.size()));
        names = names.substr(0, names.size() - 1);
        if (StartsWithNoCase(names, "To ")) names = names.substr(3);
        if (StartsWithNoCase(names, "Dear ")) names = names.substr(5);
        for (auto [name, count] : SplitNames(names)) {
          Evidence ev = Ev(Offset(name), Offset(name) + name.size());
          AddParty(doc.recipients, PersonFromName(name, ev), ev);
        }
        break;
      }
      default:
        break;
    }
  }
  // "TO KRASOVSKY" with "For Comrade MAO ZEDONG": the first is the relay.
  for (auto& [d, list] : routed_to) {
    bool has_for = routed_for.count(d) > 0;
    for (auto& [id, ev] : list) {
      AddParty(has_for ? docs_[d].via : docs_[d].recipients, id, ev);
    }
  }
  for (auto& [d, list] : routed_for) {
    for (auto& [id, ev] : list) AddParty(docs_[d].recipients, id, ev);
  }
  for (const Printed& number : record_.numbers) {
    if (std::find(outer.numbers.begin(), outer.numbers.end(), number.text) ==
        outer.numbers.end()) {
      outer.numbers.push_back(number.text);
    }
  }
  // A memorandum numbered only under its signature ("25 December 1951
  // No. 396") has that number as its own.
  for (DocDraft& d : docs_) {
    if (d.numbers.empty() && !d.outgoing_number.empty())
      d.numbers.push_back(d.outgoing_number);
  }
  for (size_t i = body_begin_; i < body_end_; ++i) {
    bool names_someone = kinds_[i] == LineKind::kRouting &&
                         ParseRouting(lines_[i].text)->names_someone();
    if (kinds_[i] == LineKind::kText || kinds_[i] == LineKind::kSignature ||
        names_someone) {
      if (!line_lang_[i].empty())
        docs_[line_doc_[i]].languages.insert(line_lang_[i]);
    }
  }
  // The outer document holds every language on the page.
  for (size_t d = 1; d < docs_.size(); ++d) {
    for (const std::string& l : docs_[d].languages) outer.languages.insert(l);
  }
  if (outer.languages.empty()) {
    for (const std::string& l : record_.languages) outer.languages.insert(l);
  }
}

std::string PageReader::DocIdFor(const DocDraft& d,
                                 const std::string& base) const {
  std::string id = base.empty() ? "doc:" : base + "/";
  id += graph::Slug(d.type.empty() ? "document" : d.type);
  if (base.empty() && !d.numbers.empty()) id += "-" + graph::Slug(d.numbers[0]);
  if (d.date) id += "-" + d.date->Iso();
  if (base.empty() && d.numbers.empty() && !d.authors.empty()) {
    std::string who = d.authors[0].id;
    id += "-" + who.substr(who.find(':') + 1);
  }
  return id;
}

// ---------------------------------------------------------------------------
// Clauses and the delegation

// `s` cut to at most `max` bytes on a character boundary, with "…" added.
std::string Abbreviate(std::string_view s, size_t max) {
  if (s.size() <= max) return std::string(s);
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(TrimView(s.substr(0, cut))) + "…";
}

// A point marker at the start of `t`: "2. ", "2) ", "б) ", "b) ".
struct PointMarker {
  bool numbered = false;
  int number = 0;
  std::string letter;
  size_t length = 0;  // bytes up to the point's text
};

// "1. ", "2) ", "Item 3. ", "Пункт 4. ", "а) ", "b. " at the start of `t`;
// "1." alone on its line is a marker whose text is on the next line.
std::optional<PointMarker> ReadPointMarker(std::string_view t) {
  PointMarker m;
  size_t k = 0;
  for (std::string_view word : {"Item ", "Point ", "Пункт "}) {
    if (t.substr(0, word.size()) == word &&
        t.size() > word.size() &&
        std::isdigit(static_cast<unsigned char>(t[word.size()]))) {
      k = word.size();
      break;
    }
  }
  size_t digits_from = k;
  while (k < t.size() && std::isdigit(static_cast<unsigned char>(t[k])) &&
         k - digits_from < 4) {
    m.number = m.number * 10 + (t[k] - '0');
    ++k;
  }
  size_t digits = k - digits_from;
  if (digits > 0 && digits <= 3 && k < t.size() &&
      (t[k] == '.' || t[k] == ')')) {
    if (k + 1 == t.size()) {
      m.numbered = true;
      m.length = k + 1;
      return m;
    }
    if (t[k + 1] == ' ') {
      m.numbered = true;
      m.length = k + 2;
      return m;
    }
  }
  // A single letter: Latin (1 byte) or Cyrillic (2 bytes), then ")" (or a
  // Latin one then ".").
  size_t len = 0;
  unsigned char c = static_cast<unsigned char>(t.empty() ? 0 : t[0]);
  if (c >= 'a' && c <= 'z') len = 1;
  if ((c == 0xD0 || c == 0xD1) && t.size() > 1) len = 2;
  bool closes = len > 0 && t.size() > len + 1 &&
                (t[len] == ')' || (len == 1 && t[len] == '.'));
  if (closes && t[len + 1] == ' ') {
    std::string letter(t.substr(0, len));
    if (len == 2 && detail::DetectLanguage(letter) != "ru") return std::nullopt;
    m.letter = letter;
    m.length = len + 2;
    return m;
  }
  return std::nullopt;
}


std::vector<Point> PageReader::InlinePoints(size_t i) const {
  std::string_view t = lines_[i].text;
  std::vector<Point> out;
  // "1) " after a colon opens the list; "2) ", "3) ", ... follow in order.
  size_t colon = t.find(": 1) ");
  if (colon == std::string_view::npos) return out;
  std::vector<size_t> at = {colon + 2};
  for (int n = 2;; ++n) {
    std::string marker = " " + std::to_string(n) + ") ";
    size_t next = t.find(marker, at.back());
    if (next == std::string_view::npos) break;
    at.push_back(next + 1);
  }
  if (at.size() < 2) return out;
  for (size_t k = 0; k < at.size(); ++k) {
    Point p;
    p.line = i;
    p.ordinal = std::to_string(k + 1);
    p.inline_intro_end = lines_[i].trim_start + colon + 1;
    size_t marker_len = std::to_string(k + 1).size() + 2;
    p.text_start = lines_[i].trim_start + at[k] + marker_len;
    size_t end = k + 1 < at.size() ? at[k + 1] - 1 : t.size();
    p.text_end = lines_[i].trim_start + end;
    out.push_back(p);
  }
  return out;
}

void PageReader::ReadClauses(size_t d) {
  DocDraft& doc = docs_[d];
  struct LangPoints {
    std::string lang;
    std::vector<Point> points;  // the clauses, in order
    std::vector<size_t> intro_lines;
  };
  std::vector<LangPoints> per_lang;
  // Languages in the order the page gives them.
  std::vector<std::string> langs;
  for (size_t i = body_begin_; i < body_end_; ++i) {
    if (line_doc_[i] != static_cast<int>(d) || kinds_[i] != LineKind::kText)
      continue;
    if (!line_lang_[i].empty() &&
        std::find(langs.begin(), langs.end(), line_lang_[i]) == langs.end()) {
      langs.push_back(line_lang_[i]);
    }
  }
  for (const std::string& lang : langs) {
    std::vector<Point> all;
    for (size_t i = body_begin_; i < body_end_; ++i) {
      // "1." alone has no language of its own: its paragraph's.
      const std::string& line_lang =
          line_lang_[i].empty() && i + 1 < body_end_ ? line_lang_[i + 1]
                                                     : line_lang_[i];
      if (line_doc_[i] != static_cast<int>(d) || kinds_[i] != LineKind::kText ||
          line_lang != lang) {
        continue;
      }
      std::string_view t = lines_[i].text;
      size_t skip = 0;
      if (IsOpenQuote(t)) skip = OpenQuoteLength(t);
      auto marker = ReadPointMarker(TrimView(t.substr(skip)));
      if (!marker) {
        for (Point& p : InlinePoints(i)) all.push_back(p);
        continue;
      }
      Point p;
      p.line = i;
      p.ordinal =
          marker->numbered ? std::to_string(marker->number) : marker->letter;
      p.text_start = Offset(TrimView(t.substr(skip))) + marker->length;
      size_t end = lines_[i].trim_start + t.size();
      if (p.text_start >= end) {
        // "1." alone: the point's text is the paragraph under it.
        size_t k = i + 1;
        while (k < body_end_ && lines_[k].blank()) ++k;
        if (k == body_end_ || kinds_[k] != LineKind::kText ||
            line_doc_[k] != static_cast<int>(d) ||
            ReadPointMarker(lines_[k].text))
          continue;
        p.text_start = lines_[k].trim_start;
        end = lines_[k].trim_start + lines_[k].text.size();
        i = k;
      }
      // Continuation lines: the same paragraph, no blank line between.
      for (size_t k = i + 1; k < body_end_; ++k) {
        if (lines_[k].blank() || kinds_[k] != LineKind::kText ||
            line_doc_[k] != static_cast<int>(d) ||
            ReadPointMarker(lines_[k].text)) {
          break;
        }
        end = lines_[k].trim_start + lines_[k].text.size();
      }
      p.text_end = end;
      if (!marker->numbered) {
        // A letter belongs to the numbered point before it, if any.
        for (size_t k = all.size(); k-- > 0;) {
          if (all[k].parent < 0 &&
              std::isdigit(static_cast<unsigned char>(all[k].ordinal[0]))) {
            p.parent = static_cast<int>(k);
            break;
          }
        }
      }
      all.push_back(p);
      if (p.parent >= 0) all[p.parent].children.push_back(all.size() - 1);
    }
    LangPoints lp;
    lp.lang = lang;
    bool nested = std::any_of(all.begin(), all.end(), [](const Point& p) {
      return !p.children.empty();
    });
    if (nested) {
      for (const Point& p : all) {
        if (p.parent >= 0) {
          lp.points.push_back(p);
          lp.intro_lines.push_back(all[p.parent].line);
        }
      }
    } else {
      // The line that introduces a list: the text before its first point.
      auto intro_of = [&](const Point& p) {
        for (size_t k = p.line; k-- > body_begin_;) {
          if (lines_[k].blank()) continue;
          if (kinds_[k] == LineKind::kText &&
              line_doc_[k] == static_cast<int>(d) &&
              !ReadPointMarker(lines_[k].text)) {
            return k;
          }
          if (ReadPointMarker(lines_[k].text)) continue;
          break;
        }
        return p.line;
      };
      // Numbered points form a list from 1 upwards (an elided point may leave
      // a gap); a lone "280." is an item of a protocol, not a clause.
      int last = 0;
      for (const Point& p : all) {
        if (!std::isdigit(static_cast<unsigned char>(p.ordinal[0]))) continue;
        int n = std::stoi(p.ordinal);
        if (n == 1) last = 0;
        if (n <= last || (last == 0 && n != 1)) continue;
        last = n;
        lp.points.push_back(p);
        lp.intro_lines.push_back(intro_of(p));
      }
      // Without numbered points, lettered ones ("а)", "b)") are the clauses.
      if (lp.points.empty()) {
        for (const Point& p : all) {
          if (std::isdigit(static_cast<unsigned char>(p.ordinal[0]))) continue;
          lp.points.push_back(p);
          lp.intro_lines.push_back(intro_of(p));
        }
      }
    }
    if (!lp.points.empty()) per_lang.push_back(std::move(lp));
  }
  if (per_lang.empty()) return;
  size_t count = 0;
  for (const LangPoints& lp : per_lang)
    count = std::max(count, lp.points.size());
  std::set<std::string> used_ids;
  for (size_t k = 0; k < count; ++k) {
    Node clause;
    clause.kind = NodeKind::kClause;
    Value text = Value::MakeObject();
    Value ordinals = Value::MakeObject();
    Value terms = Value::MakeObject();
    std::string all_text;
    std::string primary_ordinal, label_text;
    std::vector<std::pair<NodeId, Evidence>> proposers;
    std::vector<Evidence> clause_evidence;
    std::vector<std::pair<size_t, size_t>> spans;
    for (const LangPoints& lp : per_lang) {
      if (k >= lp.points.size()) continue;
      const Point& p = lp.points[k];
      std::string body = StripTrailing(
          text_.substr(p.text_start, p.text_end - p.text_start), "\"»” ");
      if (primary_ordinal.empty()) primary_ordinal = p.ordinal;
      ordinals[lp.lang] = p.ordinal;
      text[lp.lang] = body;
      if (lp.lang == "en" || label_text.empty()) label_text = body;
      all_text += body + "\n";
      MergeTerms(terms, ExtractTerms(body, lp.lang));
      clause_evidence.push_back(Ev(p.text_start, p.text_start + body.size()));
      spans.emplace_back(p.text_start, p.text_start + body.size());
      // Who puts the points forward: a person the introduction names with a
      // proposing verb ("NAM IL is expected to put forward these points"),
      // else the document's authors.
      size_t intro = lp.intro_lines[k];
      std::string_view intro_text = lines_[intro].text;
      if (p.inline_intro_end > 0) {
        intro_text = text_.substr(lines_[intro].trim_start,
                                  p.inline_intro_end - lines_[intro].trim_start);
      }
      std::string intro_lower = LowerText(intro_text);
      if ((intro != p.line || p.inline_intro_end > 0) &&
          ContainsAny(intro_lower,
                      {"put forward", "propos", "table", "advance", "выдвин",
                       "предлага", "предложи", "внести"})) {
        for (auto& person : PersonsIn(intro_text)) {
          bool addressee = std::any_of(
              doc.recipients.begin(), doc.recipients.end(),
              [&](const DocDraft::Party& r) { return r.id == person.first; });
          if (!addressee) proposers.push_back(person);
        }
        if (proposers.empty()) {
          for (const DocDraft::Party& a : doc.authors)
            proposers.emplace_back(a.id, LineEv(intro));
        }
      }
    }
    if (proposers.empty()) {
      for (const DocDraft::Party& a : doc.authors) {
        proposers.emplace_back(a.id, clause_evidence.front());
      }
    }
    std::string slug = graph::Slug(primary_ordinal);
    clause.id =
        doc.id + "/clause-" + (slug.empty() ? std::to_string(k + 1) : slug);
    while (used_ids.count(clause.id)) clause.id += "-" + std::to_string(k + 1);
    used_ids.insert(clause.id);
    clause.label =
        "Point " + primary_ordinal + ": " + Abbreviate(label_text, 72);
    clause.props["ordinal"] = primary_ordinal;
    if (ordinals.as_object().size() > 1) clause.props["ordinals"] = ordinals;
    clause.props["text"] = text;
    clause.props["document"] = doc.id;
    clause.props["position"] = static_cast<int64_t>(k + 1);
    Value topics = Value::MakeArray();
    for (const std::string& t : topics_.Classify(all_text)) topics.Append(t);
    clause.props["topics"] = topics;
    // Places the clause concerns, found by the gazetteer in each language.
    Value places = Value::MakeArray();
    for (auto [s, e] : spans) {
      for (const Mention& m :
           gazetteer_.FindMentions(text_.substr(s, e - s), s)) {
        if (m.entry->kind != NodeKind::kPlace) continue;
        Evidence ev = Ev(m.start, m.end);
        AddEntity(*m.entry, m.surface, false, ev);
        places.AppendUnique(m.entry->id);
        AddEdge(clause.id, m.entry->id, EdgeKind::kConcerns, ev);
      }
    }
    if (!places.as_array().empty()) terms["places"] = places;
    clause.props["terms"] = terms;
    clause.evidence = clause_evidence;
    NodeId clause_id = clause.id;
    fragment_.AddNode(std::move(clause));
    AddEdge(doc.id, clause_id, EdgeKind::kHasClause, clause_evidence.front());
    for (auto& [person, ev] : proposers)
      AddEdge(person, clause_id, EdgeKind::kProposes, ev);
  }
}

void PageReader::ReadDelegation(size_t d) {
  DocDraft& doc = docs_[d];
  NodeId delegation_id = doc.id + "/delegation";
  for (size_t i = body_begin_; i < body_end_; ++i) {
    if (line_doc_[i] != static_cast<int>(d) || kinds_[i] != LineKind::kText)
      continue;
    std::string_view t = lines_[i].text;
    std::string lower = LowerText(t);
    size_t word = lower.find("delegation");
    if (word == std::string::npos) word = lower.find("делегаци");
    if (word == std::string::npos) continue;
    // The size: "three persons", "трёх человек", "3 members".
    int64_t size = 0;
    std::vector<std::string_view> words = Words(t);
    for (size_t w = 0; w + 1 < words.size(); ++w) {
      std::string next = LowerText(StripTrailing(words[w + 1], ".,:;"));
      if (next == "persons" || next == "people" || next == "members" ||
          next == "men" || next == "человек" || next == "человека" ||
          next == "лиц") {
        int n = ParseNumberWord(LowerText(StripTrailing(words[w], ".,:;")));
        if (n > 0) size = n;
      }
    }
    // The members are listed after the colon, or after "consisting of"; a
    // line that gives no size must say that it lists the composition.
    std::string_view list;
    if (size_t colon = t.find(':', word); colon != std::string_view::npos) {
      list = t.substr(colon + 1);
    }
    for (std::string_view cue :
         {"consisting of ", "composed of ", "consist of ", "made up of ",
          "в следующем составе ", "в составе "}) {
      if (!list.empty()) break;
      if (size_t at = lower.find(cue, word); at != std::string::npos) {
        list = t.substr(at + cue.size());
      }
    }
    if (list.empty()) continue;
    if (size == 0 && !ContainsAny(lower, {"consist", "composed", "made up of",
                                          "состав", "members", "член"})) {
      continue;
    }
    Node delegation;
    delegation.id = delegation_id;
    delegation.kind = NodeKind::kDelegation;
    delegation.props["document"] = doc.id;
    delegation.evidence.push_back(LineEv(i));
    // Segments: "chief of general staff ... NAM IL (head of the delegation)",
    // "deputy minister ... PAK DON CHO", "one representative from ...".
    std::vector<std::string_view> segments;
    size_t b = 0;
    int depth = 0;
    for (size_t k = 0; k <= list.size(); ++k) {
      if (k < list.size() && list[k] == '(') ++depth;
      if (k < list.size() && list[k] == ')') --depth;
      size_t conjunction = k < list.size() ? ConjunctionAt(list, k) : 0;
      bool cut =
          k == list.size() ||
          (depth == 0 && (list[k] == ',' || list[k] == ';' || conjunction > 0));
      if (!cut) continue;
      std::string_view seg = TrimView(list.substr(b, k - b));
      if (!seg.empty()) segments.push_back(seg);
      size_t skip = k == list.size() ? 0 : conjunction > 0 ? conjunction : 1;
      b = k + skip;
      if (skip > 1) k += skip - 1;
    }
    int64_t named = 0, unnamed = 0;
    for (std::string_view seg : segments) {
      std::vector<Mention> mentions = gazetteer_.FindMentions(seg, Offset(seg));
      const Mention* person = nullptr;
      const Mention* org = nullptr;
      for (const Mention& m : mentions) {
        if (m.entry->kind == NodeKind::kPerson && person == nullptr)
          person = &m;
        if (m.entry->kind == NodeKind::kOrganization && org == nullptr)
          org = &m;
      }
      NodeId member;
      Evidence member_ev;
      size_t name_start = 0, name_end = 0;
      if (person != nullptr) {
        member_ev = Ev(person->start, person->end);
        member = AddEntity(*person->entry, person->surface, person->codename,
                           member_ev);
        name_start = person->start;
        name_end = person->end;
      } else {
        // An unknown delegate written in capitals: "LI SANG CHO".
        std::vector<std::string_view> ws = Words(seg);
        size_t run_b = 0, run_n = 0, best_b = 0, best_n = 0;
        for (size_t w = 0; w < ws.size(); ++w) {
          std::string bare = StripTrailing(ws[w], ".,;:()");
          if (IsUpperWord(bare) && bare.size() > 1 &&
              !gazetteer_.IsStopWord(bare)) {
            if (run_n == 0) run_b = w;
            ++run_n;
            if (run_n > best_n) {
              best_n = run_n;
              best_b = run_b;
            }
          } else {
            run_n = 0;
          }
        }
        if (best_n >= 2) {
          std::string_view first = ws[best_b], last = ws[best_b + best_n - 1];
          size_t s = Offset(first);
          size_t e = Offset(last) + StripTrailing(last, ".,;:()").size();
          std::string_view name = text_.substr(s, e - s);
          member_ev = Ev(s, e);
          member = PersonFromName(name, member_ev);
          name_start = s;
          name_end = e;
        }
      }
      std::string seg_lower = LowerText(seg);
      if (member.empty()) {
        if (ContainsAny(seg_lower,
                        {"representative", "представител", "member", "член"})) {
          int64_t n = 1;
          for (std::string_view w : Words(seg)) {
            int v = ParseNumberWord(LowerText(StripTrailing(w, ".,")));
            if (v > 0) {
              n = v;
              break;
            }
          }
          unnamed += n;
          if (org != nullptr) {
            Evidence ev = Ev(Offset(seg), Offset(seg) + seg.size());
            NodeId org_id = AddEntity(*org->entry, org->surface, false,
                                      Ev(org->start, org->end));
            Value props = Value::MakeObject();
            props["unnamed"] = true;
            props["count"] = n;
            props["role"] = "representative";
            AddEdge(org_id, delegation_id, EdgeKind::kMemberOf, ev, props);
          }
        }
        continue;
      }
      ++named;
      // The role: the segment without the name and any parenthesis.
      std::string_view before =
          text_.substr(Offset(seg), name_start - Offset(seg));
      std::string_view after =
          text_.substr(name_end, Offset(seg) + seg.size() - name_end);
      size_t paren = after.find('(');
      if (paren != std::string_view::npos) after = after.substr(0, paren);
      std::string_view role = TrimView(before);
      if (role.empty()) role = TrimView(after);
      for (std::string_view lead : {"-", "—", "–", "the ", "a "}) {
        if (role.substr(0, lead.size()) == lead)
          role = TrimView(role.substr(lead.size()));
      }
      if (org != nullptr) {
        // "chief of general staff of the People's Army of Korea": the role is
        // what stands before the organisation; but "deputy minister of
        // foreign affairs" names the organisation through the role itself.
        size_t org_at = role.find(org->surface);
        std::vector<std::string_view> org_words = Words(org->surface);
        bool org_is_title =
            !org_words.empty() && gazetteer_.IsStopWord(org_words[0]);
        if (org_at != std::string_view::npos && !org_is_title) {
          std::string_view head = TrimView(role.substr(0, org_at));
          for (std::string_view tail :
               {" of the", " of", " from the", " from"}) {
            if (head.size() > tail.size() &&
                head.substr(head.size() - tail.size()) == tail) {
              head.remove_suffix(tail.size());
              break;
            }
          }
          if (!head.empty()) role = head;
        }
      }
      std::string role_text = StripTrailing(role, " ,;:.—-");
      if (detail::DetectLanguage(role_text).empty()) role_text.clear();
      std::string lang = LineLang(i);
      // Roles merge across the page's languages (role_text); Read() makes
      // the English one the role.
      auto add_role_edge = [&](const NodeId& target, EdgeKind kind,
                               const Evidence& ev) {
        Value props = Value::MakeObject();
        if (!role_text.empty()) {
          props["role"] = role_text;
          props["role_text"][lang] = role_text;
        }
        AddEdge(member, target, kind, ev, std::move(props));
      };
      add_role_edge(delegation_id, EdgeKind::kMemberOf, member_ev);
      if (ContainsAny(
              seg_lower,
              {"head of the delegation", "head of delegation", "(head)",
               "heads the", "headed by", "led by", "as head", "глава делегации",
               "главой делегации", "(глава)", "во главе с", "руководител"})) {
        AddEdge(member, delegation_id, EdgeKind::kHeads,
                Ev(Offset(seg), Offset(seg) + seg.size()));
      }
      if (org != nullptr) {
        NodeId org_id = AddEntity(*org->entry, org->surface, false,
                                  Ev(org->start, org->end));
        add_role_edge(org_id, EdgeKind::kHoldsRole,
                      Ev(Offset(seg), Offset(seg) + seg.size()));
      }
    }
    if (unnamed > 0) delegation.props["unnamed_members"] = unnamed;
    if (size == 0) size = named + unnamed;
    if (size == 0) continue;
    delegation.props["size"] = size;
    delegation.label = "Delegation of " + std::to_string(size) + " (" +
                       doc.type + " of " + (doc.date ? doc.date->Iso() : "?") +
                       ")";
    fragment_.AddNode(std::move(delegation));
    if (ContainsAny(lower, {"propos", "предлага", "suggest"})) {
      for (const DocDraft::Party& a : doc.authors) {
        AddEdge(a.id, delegation_id, EdgeKind::kProposes, LineEv(i));
      }
    }
    AddEdge(doc.id, delegation_id, EdgeKind::kMentions, LineEv(i));
  }
}

// ---------------------------------------------------------------------------
// What a reply says of earlier documents

// The ordinal a word names: "one"/"first"/"3" -> "3"; Russian ordinal
// adjectives in any case ("третьего", "четвёртым", "пятый"). "" if none.
std::string OrdinalWord(std::string_view word) {
  std::string w = LowerText(StripTrailing(word, ".,;:!?)"));
  static constexpr std::pair<std::string_view, int> kWords[] = {
      {"one", 1},   {"first", 1},   {"two", 2},   {"second", 2},
      {"three", 3}, {"third", 3},   {"four", 4},  {"fourth", 4},
      {"five", 5},  {"fifth", 5},   {"six", 6},   {"sixth", 6},
      {"seven", 7}, {"seventh", 7}, {"eight", 8}, {"eighth", 8},
      {"nine", 9},  {"ninth", 9},   {"ten", 10},  {"tenth", 10}};
  for (auto [name, n] : kWords) {
    if (w == name) return std::to_string(n);
  }
  static constexpr std::pair<std::string_view, int> kRussian[] = {
      {"перв", 1}, {"втор", 2},  {"трет", 3},  {"четверт", 4}, {"пят", 5},
      {"шест", 6}, {"седьм", 7}, {"восьм", 8}, {"девят", 9},   {"десят", 10}};
  for (auto [stem, n] : kRussian) {
    if (w.rfind(stem, 0) == 0 &&
        w.size() <=
            stem.size() + 12)  // up to six letters of ending (two bytes each)
      return std::to_string(n);
  }
  if (!w.empty() && w.size() <= 2 &&
      std::all_of(w.begin(), w.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      })) {
    return w;
  }
  return {};
}

void PageReader::ReadReplies(size_t d) {
  DocDraft& doc = docs_[d];
  for (size_t i = body_begin_; i < body_end_; ++i) {
    if (line_doc_[i] != static_cast<int>(d) ||
        (kinds_[i] != LineKind::kText && kinds_[i] != LineKind::kNumber)) {
      continue;
    }
    std::string_view t = lines_[i].text;
    std::string lower = LowerText(t);
    // References: "your telegram of 3 July", "Telegram of Comrade Mao
    // Zedong of 27 August (No. 4279)", "Ваша телеграмма от 3 июля".
    for (std::string_view word :
         {"telegram", "cable", "letter", "message", "телеграмм", "письм"}) {
      for (size_t at = lower.find(word); at != std::string::npos;
           at = lower.find(word, at + 1)) {
        size_t window_end = std::min(lower.size(), at + 90);
        std::string_view window = t.substr(at, window_end - at);
        size_t of = std::string_view::npos;
        for (std::string_view w : {" of ", " from ", " dated ", " от "}) {
          size_t k = window.find(w);
          if (k != std::string_view::npos && k < of) of = k;
        }
        if (of == std::string_view::npos) continue;
        auto date = detail::FindDate(window, DefaultYear(), of);
        if (!date || date->start > of + 40) continue;
        // Whose: "your" = the addressee of this document; "of Comrade X".
        std::string before =
            lower.substr(at >= 12 ? at - 12 : 0, at >= 12 ? 12 : at);
        Value ref = Value::MakeObject();
        ref["date"] = date->date.Iso();
        Value authors = Value::MakeArray();
        if (ContainsAny(before, {"your", "ваш"})) {
          for (const DocDraft::Party& r : doc.recipients) authors.Append(r.id);
        } else {
          for (auto& [id, ev] : PersonsIn(window.substr(0, date->start)))
            authors.Append(id);
        }
        ref["authors"] = authors;
        std::string_view after = window.substr(date->end);
        if (size_t no = after.find("No.");
            no != std::string_view::npos && no < 6) {
          ref["number"] = NumberAfterMarker(after.substr(no));
        }
        size_t start = Offset(t) + at;
        ref["start"] = static_cast<int64_t>(start);
        ref["end"] = static_cast<int64_t>(Offset(window) + date->end);
        ref["quote"] = std::string(
            text_.substr(start, Offset(window) + date->end - start));
        doc.references.AppendUnique(ref);
        // "your telegrams of January 31 and February 2"
        std::string_view more = window.substr(date->end);
        if (more.rfind(" and ", 0) == 0 || more.rfind(" и ", 0) == 0) {
          if (auto d2 = detail::FindDate(more, DefaultYear());
              d2 && d2->start <= 5) {
            Value r2 = ref;
            r2["date"] = d2->date.Iso();
            doc.references.AppendUnique(r2);
          }
        }
      }
    }
    // Stances, sentence by sentence; a part after ";" without its own points
    // speaks of the points of the part before ("...dropped; should the
    // Americans put it forward, it can be accepted").
    size_t sentence_begin = 0;
    for (size_t k = 0; k <= t.size(); ++k) {
      bool end = k == t.size() || ((t[k] == '.' || t[k] == '!') &&
                                   (k + 1 == t.size() || t[k + 1] == ' '));
      if (!end) continue;
      std::string_view sentence = t.substr(sentence_begin, k - sentence_begin);
      sentence_begin = k + 1;
      Value inherited_ordinals = Value::MakeArray();
      Value inherited_topics = Value::MakeArray();
      size_t part_begin = 0;
      for (size_t q = 0; q <= sentence.size(); ++q) {
        if (q < sentence.size() && sentence[q] != ';') continue;
        std::string_view part =
            TrimView(sentence.substr(part_begin, q - part_begin));
        part_begin = q + 1;
        if (part.empty()) continue;
        std::string pl = LowerText(part);
        bool condition = ContainsAny(
            pl, {"should the", "should they", "if the", "if they", "provided",
                 "однако если", "если же", "если ", "при условии"});
        bool accept = ContainsAny(
            pl, {"do not object", "don't object", "no objection", "agree ",
                 "agree,", "agree.", "agreed to", "accept", "support",
                 "не возражаем", "согласн", "принять", "поддерж"});
        std::string stance;
        if (ContainsAny(pl, {"insist", "настаива", "добиваться", "firmly"}))
          stance = "insists";
        else if (ContainsAny(pl, {"need not", "may be dropped", "be dropped",
                                  "drop ", "отказаться", "не нужно",
                                  "не следует выдвигать", "снять"}))
          stance = "drops";
        else if (ContainsAny(pl, {"reject", "turn it down", "turn down",
                                  "отвергнуть", "отклонить", "no advantage",
                                  "не считаем целесообразн", "against"}))
          stance = "rejects";
        else if (accept && condition)
          stance = "conditional";
        else if (ContainsAny(pl, {"amend", "instead of", "replace", "изменить",
                                  "заменить", "поправк"}))
          stance = "amends";
        else if (accept)
          stance = "accepts";
        if (stance.empty()) continue;
        Value ordinals = Value::MakeArray();
        if (ContainsAny(pl, {"point", "пункт", "item"})) {
          std::vector<std::string_view> ws = Words(part);
          for (size_t w = 0; w < ws.size(); ++w) {
            std::string o = OrdinalWord(ws[w]);
            // "the second half of point three": "second" counts a half.
            bool half = w + 1 < ws.size() &&
                        ContainsAny(LowerText(ws[w + 1]),
                                    {"half", "половин", "part", "част"});
            if (!o.empty() && !half) ordinals.AppendUnique(o);
          }
        }
        Value topics = Value::MakeArray();
        for (const std::string& topic : topics_.Classify(part))
          topics.Append(topic);
        if (ordinals.as_array().empty() && topics.as_array().empty()) {
          ordinals = inherited_ordinals;
          topics = inherited_topics;
        }
        if (ordinals.as_array().empty() && topics.as_array().empty()) continue;
        inherited_ordinals = ordinals;
        inherited_topics = topics;
        Value st = Value::MakeObject();
        st["stance"] = stance;
        st["ordinals"] = ordinals;
        st["topics"] = topics;
        st["partial"] = ContainsAny(pl, {"half", "part of", "половин", "част"});
        st["start"] = static_cast<int64_t>(Offset(part));
        st["end"] = static_cast<int64_t>(Offset(part) + part.size());
        st["quote"] = std::string(part);
        st["lang"] = LineLang(i);
        doc.stances.Append(st);
      }
    }
  }
}

// ---------------------------------------------------------------------------
// Entities named anywhere on the page

void PageReader::ReadMentions() {
  std::map<std::pair<int, const GazetteerEntry*>, int> mention_counts;
  auto scan = [&](std::string_view t, int doc) {
    if (t.empty()) return;
    std::vector<Mention> mentions = gazetteer_.FindMentions(t, Offset(t));
    for (const Mention& m : mentions) {
      // Enough quotes to check a mention by; a pathological page that names
      // someone thousands of times must not make the fragment quadratic.
      if (++mention_counts[{doc, m.entry}] > kMaxMentionEvidence) continue;
      Evidence ev = Ev(m.start, m.end);
      NodeId id = AddEntity(*m.entry, m.surface, m.codename, ev);
      AddEdge(docs_[doc].id, id, EdgeKind::kMentions, ev);
    }
    // "Comrade X" / "Cde. X" / "товарищ X" naming someone the gazetteer
    // lacks; after a rank only a name in capitals ("General DOLGOPOLOV"), as
    // "General Staff" is no one.
    struct Cue {
      std::string_view text;
      bool capitals_only;
    };
    static constexpr Cue kCues[] = {
        {"Comrade ", false}, {"Cde. ", false},   {"Товарищ ", false},
        {"товарищ ", false}, {"Тов. ", false},   {"тов. ", false},
        {"General ", true},  {"Marshal ", true}, {"Colonel ", true},
        {"Admiral ", true},  {"Генерал ", true}, {"генерал ", true},
        {"Маршал ", true},   {"маршал ", true},  {"полковник ", true}};
    for (const Cue& cue : kCues) {
      for (size_t at = t.find(cue.text); at != std::string_view::npos;
           at = t.find(cue.text, at + 1)) {
        if (at > 0 && t[at - 1] != ' ' && t[at - 1] != '(' && t[at - 1] != '"')
          continue;
        size_t s = at + cue.text.size();
        // "Comrade A.Ia. Vyshinsky": initials lead to the name.
        while (s < t.size()) {
          size_t space = t.find(' ', s);
          if (space == std::string_view::npos ||
              !IsInitials(t.substr(s, space - s)))
            break;
          s = space + 1;
        }
        // Mentions are left to right and do not overlap.
        auto next = std::upper_bound(
            mentions.begin(), mentions.end(), Offset(t) + s,
            [](size_t offset, const Mention& m) { return offset < m.end; });
        bool covered =
            next != mentions.end() && next->start <= Offset(t) + s + 1;
        if (covered) continue;
        std::vector<std::string_view> ws = Words(t.substr(s));
        std::string_view first, last;
        size_t n = 0;
        size_t last_size = 0;
        for (std::string_view w : ws) {
          std::string_view bare = NameWord(w);
          unsigned char c =
              static_cast<unsigned char>(bare.empty() ? 0 : bare[0]);
          bool cap =
              std::isupper(c) || (c == 0xD0 && bare.size() > 1 &&
                                  static_cast<unsigned char>(bare[1]) <= 0xAF);
          if (cue.capitals_only && !IsUpperWord(bare)) cap = false;
          if (!cap || gazetteer_.IsStopWord(bare) || n == 3) break;
          if (n == 0) first = w;
          last = w;
          last_size = bare.size();
          ++n;
          if (bare.size() != w.size()) break;  // punctuation ends the name
        }
        if (n == 0) continue;
        size_t b = Offset(first);
        size_t e = Offset(last) + last_size;
        NodeId id = PersonFromName(text_.substr(b, e - b), Ev(b, e));
        if (!id.empty())
          AddEdge(docs_[doc].id, id, EdgeKind::kMentions, Ev(b, e));
      }
    }
  };
  auto span_text = [&](const Printed& p) {
    return p.empty() ? std::string_view()
                     : text_.substr(p.span.start, p.span.end - p.span.start);
  };
  scan(span_text(record_.title), 0);
  for (size_t i = body_begin_; i < body_end_; ++i) {
    if (kinds_[i] == LineKind::kBlank) continue;
    scan(lines_[i].text, line_doc_[i]);
  }
  scan(span_text(record_.summary), 0);
  for (const Span& note : record_.notes)
    scan(text_.substr(note.start, note.end - note.start), 0);
}

// ---------------------------------------------------------------------------
// Output

// A title for a document the page does not title: "Telegram from Li Kenong
// of 1951-07-10".
std::string PageReader::DescribedTitle(const DocDraft& doc) const {
  std::string who;
  for (const DocDraft::Party& a : doc.authors) {
    const Node* person = fragment_.FindNode(a.id);
    if (person == nullptr) continue;
    who += who.empty() ? " from " : " and ";
    who += person->label;
  }
  std::string type = doc.type;
  if (!type.empty())
    type[0] = static_cast<char>(
    std::toupper(static_cast<unsigned char>(type[0])));
  return
      type + who + (doc.date ? " of " + doc.date->Iso() : std::string());
}

void PageReader::EmitDocuments() {
  for (size_t d = 0; d < docs_.size(); ++d) {
    DocDraft& doc = docs_[d];
    Node n;
    n.id = doc.id;
    n.kind = NodeKind::kDocument;
    Value& p = n.props;
    p["doc_type"] = doc.type;
    if (doc.date) p["date"] = doc.date->Iso();
    if (doc.date_inferred) p["date_inferred"] = true;
    if (!doc.numbers.empty()) {
      if (doc.numbers.size() == 1) {
        p["number"] = doc.numbers[0];
      } else {
        Value list = Value::MakeArray();
        for (const std::string& num : doc.numbers) list.Append(num);
        p["number"] = list;
      }
    }
    if (!doc.outgoing_number.empty())
      p["outgoing_number"] = doc.outgoing_number;

    if (!doc.sent.empty()) p["sent"] = doc.sent;
    if (!doc.received.empty()) p["received"] = doc.received;
    if (!doc.dispatched.empty()) p["dispatched"] = doc.dispatched;
    if (!doc.origin.empty()) p["origin"] = doc.origin;
    Value langs = Value::MakeArray();
    for (const std::string& l : doc.languages) langs.Append(l);
    p["languages"] = langs;
    if (d == 0) {
      n.label = record_.title.empty() ? DescribedTitle(doc) : record_.title.text;
      p["title"] = n.label;
      Value sources = Value::MakeArray();
      for (const Citation& c : record_.sources) {
        Value v = Value::MakeObject();
        v["citation"] = c.citation;
        if (!c.archive.empty()) v["archive"] = c.archive;
        for (auto [key, field] :
             {std::pair{"fond", &c.fond}, {"opis", &c.opis}, {"delo", &c.delo},
              {"papka", &c.papka}, {"pages", &c.pages}}) {
          if (!field->empty()) v[key] = *field;
        }
        sources.Append(v);
      }
      p["source"] = sources;
      if (!record_.record_id.empty()) p["record_id"] = record_.record_id.text;
      if (!record_.summary.empty()) p["summary"] = record_.summary.text;
      if (!record_.classification.empty()) {
        Value list = Value::MakeArray();
        for (const Printed& c : record_.classification) list.Append(c.text);
        p["classification"] = list;
      }
      if (!record_.precedence.empty()) {
        Value list = Value::MakeArray();
        for (const Printed& c : record_.precedence) list.Append(c.text);
        p["precedence"] = list;
      }

      p["source_file"] = fragment_.source_path;
    } else {
      n.label = DescribedTitle(doc);
      p["title"] = n.label;
      p["embedded_in"] = docs_[doc.parent].id;
    }
    if (!doc.references.as_array().empty()) p["references"] = doc.references;
    if (!doc.stances.as_array().empty()) p["stances"] = doc.stances;
    n.evidence.push_back(doc.title_evidence);
    fragment_.AddNode(std::move(n));
    // Every line that names a party is evidence of its edge.
    auto add_party_edges = [&](const std::vector<DocDraft::Party>& parties,
                               EdgeKind kind, bool to_doc) {
      for (const DocDraft::Party& p : parties) {
        Value props = Value::MakeObject();
        if (p.count > 0) props["count"] = p.count;
        const NodeId& source = to_doc ? p.id : doc.id;
        const NodeId& target = to_doc ? doc.id : p.id;
        AddEdge(source, target, kind, p.evidence, props);
        for (const Evidence& ev : p.more)
          AddEdge(source, target, kind, ev, props);
      }
    };
    add_party_edges(doc.authors, EdgeKind::kAuthored, true);
    add_party_edges(doc.recipients, EdgeKind::kAddressedTo, false);
    add_party_edges(doc.via, EdgeKind::kVia, false);
    add_party_edges(doc.copies, EdgeKind::kCopyTo, false);
    if (doc.parent >= 0) {
      AddEdge(docs_[doc.parent].id, doc.id, EdgeKind::kEmbeds,
              doc.title_evidence);
    }
  }
}

// `name` in Latin letters only, lower case, for comparing a Russian
// spelling with an English one ("ЛИ ХАК ГУ" and "LI HAK GU": "lihakgu").
std::string LatinKey(std::string_view name) {
  std::string latin = TransliterateToLatin(name);
  std::string key;
  for (size_t i = 0; i < latin.size(); ++i) {
    char c = latin[i];
    if (c < 'a' || c > 'z') continue;
    // Russian "х" is written "kh", Korean and Chinese names have "h".
    if (c == 'k' && i + 1 < latin.size() && latin[i + 1] == 'h') continue;
    key += c;
  }
  return key;
}

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min(
          {row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
      diagonal = up;
    }
  }
  return row[b.size()];
}

std::map<NodeId, const Node*> PageReader::SameUnresolvedPersons() const {
  std::vector<const Node*> cyrillic, latin;
  for (const Node& n : fragment_.nodes()) {
    const Value* resolved = n.props.Get("resolved");
    if (n.kind != NodeKind::kPerson || resolved == nullptr ||
        !resolved->is_bool() || resolved->as_bool()) {
      continue;
    }
    (detail::DetectLanguage(n.label) == "ru" ? cyrillic : latin).push_back(&n);
  }
  std::map<NodeId, const Node*> same;
  for (const Node* c : cyrillic) {
    std::string key = LatinKey(c->label);
    if (key.size() < 5) continue;
    size_t allowed = key.size() >= 9 ? 2 : 1;
    const Node* match = nullptr;
    int matches = 0;
    for (const Node* l : latin) {
      if (EditDistance(key, LatinKey(l->label)) <= allowed) {
        match = l;
        ++matches;
      }
    }
    if (matches == 1) same[c->id] = match;
  }
  return same;
}

graph::Fragment PageReader::Read() {
  lines_ = detail::SplitLines(text_);
  ReadBodyRange();
  ReadTitleParties();
  ClassifyLines();
  FindQuoteRegions();
  AssignDocuments();
  ReadMetaLines();
  docs_[0].id = DocIdFor(docs_[0], "");
  std::set<std::string> ids = {docs_[0].id};
  for (size_t d = 1; d < docs_.size(); ++d) {
    std::string id = DocIdFor(docs_[d], docs_[docs_[d].parent].id);
    std::string unique = id;
    for (int k = 2; ids.count(unique); ++k)
      unique = id + "-" + std::to_string(k);
    docs_[d].id = unique;
    ids.insert(unique);
  }
  for (size_t d = 0; d < docs_.size(); ++d) {
    ReadClauses(d);
    ReadDelegation(d);
    ReadReplies(d);
  }
  ReadMentions();
  EmitDocuments();

  // The Russian and the English spelling of one unresolved name are one
  // person.
  graph::Fragment out;
  out.page_id = docs_[0].id;
  std::map<NodeId, const Node*> same = SameUnresolvedPersons();
  for (Node n : fragment_.nodes()) {
    if (auto it = same.find(n.id); it != same.end()) {
      n.aliases.insert(n.aliases.begin(), n.label);
      n.id = it->second->id;
      n.label = it->second->label;
    }
    out.AddNode(std::move(n));
  }
  for (Edge e : fragment_.edges()) {
    if (auto it = same.find(e.source); it != same.end())
      e.source = it->second->id;
    if (auto it = same.find(e.target); it != same.end())
      e.target = it->second->id;
    Edge& stored = out.AddEdge(std::move(e));
    const Value* role_text = stored.props.Get("role_text");
    if (const Value* en = role_text ? role_text->Get("en") : nullptr)
      stored.props["role"] = *en;
  }
  return out;
}

}  // namespace

graph::Fragment ReadDocument(const DocumentRecord& record,
                             std::string_view source,
                             const std::string& source_path,
                             const Gazetteer& gazetteer,
                             const TopicList& topics) {
  PageReader reader(gazetteer, topics, record, source, source_path);
  return reader.Read();
}

}  // namespace parley::importers
