#include "importers/layouts/frus_common.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <utility>

namespace parley::importers::layouts {
namespace {

using detail::Date;
using detail::FindDate;
using detail::FindNoCase;
using detail::StartsWithNoCase;
using detail::Time;
using detail::TrimView;

// The word lists live here rather than in data/*.tsv because a layout reader
// is made with no data directory (readers.h takes none) and these are words
// of the FRUS print itself, not of the negotiation: a new FRUS mark is a
// reader change, reviewed with a test.

// Document types as a heading opens ("Memorandum by ...") or a source note
// ends (": Telegram"); longer phrases first.
struct DocTypeWord {
  std::string_view words, type;
};
constexpr std::array<DocTypeWord, 21> kDocTypeWords = {{
    {"editorial note", "editorial note"},
    {"memorandum of conversation", "memorandum"},
    {"memorandum for the record", "memorandum"},
    {"circular telegram", "telegram"},
    {"circular airgram", "airgram"},
    {"aide-mémoire", "aide-memoire"},
    {"memorandum", "memorandum"},
    {"telegram", "telegram"},
    {"letter", "letter"},
    {"note", "note"},
    {"minutes", "minutes"},
    {"message", "message"},
    {"airgram", "airgram"},
    {"despatch", "despatch"},
    {"cable", "cable"},
    {"report", "report"},
    {"paper", "paper"},
    {"position paper", "paper"},
    {"working paper", "paper"},
    {"statement", "statement"},
    {"directive", "directive"},
}};

constexpr std::array<std::string_view, 6> kClassifications = {
    "top secret",        "secret",      "confidential", "restricted",
    "official use only", "unclassified"};
constexpr std::array<std::string_view, 9> kPrecedences = {
    "operational immediate", "flash",     "emergency", "niact",   "priority",
    "most immediate",        "immediate", "routine",   "deferred"};
// Handling caveats that may share the line; read past, not recorded.
constexpr std::array<std::string_view, 3> kCaveats = {"eyes only", "personal",
                                                      "noforn"};

// All-capital words that open a paragraph with a number but are not a
// message's series.
constexpr std::array<std::string_view, 5> kNotPrefixes = {
    "PART", "ITEM", "PARA", "SECTION", "NO"};

constexpr std::string_view kEnDash = "\xE2\x80\x93";
constexpr std::string_view kEmDash = "\xE2\x80\x94";
constexpr std::string_view kNbHyphen = "\xE2\x80\x91";

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLetter(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0;
}

// A piece of a record's text: the bytes and where they start.
struct Piece {
  std::string_view text;
  size_t offset = 0;
  Piece Sub(size_t b, size_t e) const {
    return {text.substr(b, e - b), offset + b};
  }
  Piece Trimmed() const {
    std::string_view t = TrimView(text);
    if (t.empty()) return {t, offset};
    return {t, offset + static_cast<size_t>(t.data() - text.data())};
  }
  Span span() const { return {offset, offset + text.size()}; }
  Printed printed() const { return {std::string(text), span()}; }
};

// The length of the dash (-, –, —, non-breaking hyphen) at `s[i]`, or 0.
size_t DashAt(std::string_view s, size_t i) {
  if (i < s.size() && s[i] == '-') return 1;
  for (std::string_view dash : {kEnDash, kEmDash, kNbHyphen}) {
    if (s.substr(i, dash.size()) == dash) return dash.size();
  }
  return 0;
}

size_t CountDigits(std::string_view s, size_t i) {
  size_t k = i;
  while (k < s.size() && IsDigit(s[k])) ++k;
  return k - i;
}

// Takes off footnote markers glued to the end ("Staff1", "(Ridgway)2"):
// up to two digits right after a letter, ')' or '.'.
Piece DropFootnoteMarker(Piece p) {
  size_t e = p.text.size();
  size_t digits = 0;
  while (e > 0 && IsDigit(p.text[e - 1]) && digits < 3) --e, ++digits;
  if (digits == 0 || digits > 2 || e == 0) return p;
  char before = p.text[e - 1];
  if (!IsAsciiLetter(before) && before != ')' && before != '.') return p;
  return p.Sub(0, e).Trimmed();
}

// `phrase` (lower case, words separated by single spaces) at `s[i]`, case
// and spacing aside, ending at a word boundary: the end, or 0.
size_t MatchPhrase(std::string_view s, size_t i, std::string_view phrase) {
  size_t k = i;
  for (size_t j = 0; j < phrase.size(); ++j) {
    if (phrase[j] == ' ') {
      if (k >= s.size() || (s[k] != ' ' && s[k] != '\t')) return 0;
      while (k < s.size() && (s[k] == ' ' || s[k] == '\t')) ++k;
      continue;
    }
    if (k >= s.size() || std::tolower(static_cast<unsigned char>(s[k])) !=
                             static_cast<unsigned char>(phrase[j])) {
      return 0;
    }
    ++k;
  }
  if (k < s.size() && IsAsciiLetter(s[k])) return 0;
  return k;
}

// The doc type whose words open `words`, and their length.
std::pair<std::string_view, size_t> MatchDocType(std::string_view words) {
  for (const DocTypeWord& w : kDocTypeWords) {
    if (size_t end = MatchPhrase(words, 0, w.words)) return {w.type, end};
  }
  return {"", 0};
}

// Positions of `word` (" to ", " and ") in `s` outside parentheses.
std::vector<size_t> FindOutsideParens(std::string_view s,
                                      std::string_view word) {
  std::vector<size_t> found;
  int depth = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '(') ++depth;
    if (s[i] == ')' && depth > 0) --depth;
    if (depth == 0 && s.compare(i, word.size(), word) == 0) found.push_back(i);
  }
  return found;
}

// "X (Smith) and the Y (Jones)" -> X (Smith), Y (Jones): only at an "and" after
// a parenthesis or before "the ...", so "Health, Education, and Welfare" stays.
std::vector<Party> ParsePartyList(Piece list) {
  std::vector<Party> parties;
  size_t from = 0;
  for (size_t at : FindOutsideParens(list.text, " and ")) {
    std::string_view before = TrimView(list.text.substr(0, at));
    bool after_person = !before.empty() && before.back() == ')';
    bool before_the = StartsWithNoCase(list.text.substr(at + 5), "the ");
    if (!after_person && !before_the) continue;
    Piece part = list.Sub(from, at);
    if (auto party = ParseFrusParty(part.text, part.offset)) {
      parties.push_back(*party);
    }
    from = at + 5;
  }
  Piece last = list.Sub(from, list.text.size());
  if (auto party = ParseFrusParty(last.text, last.offset)) {
    parties.push_back(*party);
  }
  return parties;
}

// Where the authors end and the recipients begin: the " to " right after a
// person's parenthesis ("(Ridgway) to the"), else the first " to " outside
// parentheses, so that "the Special Assistant to the Secretary (Smith)"
// keeps its office whole.
std::optional<size_t> FindPartiesSplit(std::string_view parties) {
  std::vector<size_t> candidates = FindOutsideParens(parties, " to ");
  for (size_t at : candidates) {
    Piece before = DropFootnoteMarker(Piece{parties.substr(0, at), 0});
    if (!before.text.empty() && before.text.back() == ')') return at;
  }
  if (candidates.empty()) return std::nullopt;
  return candidates.front();
}

// After a heading's document type ("Memorandum by", "Telegram From", ", by"),
// where the parties start, and whether the recipients come first ("Circular
// Telegram to ..."); nullopt when the heading names no parties.
struct PartiesStart {
  size_t at = 0;
  bool recipients_only = false;
};
std::optional<PartiesStart> FindPartiesStart(std::string_view title,
                                             size_t type_end) {
  size_t i = type_end;
  while (i < title.size() && (title[i] == ' ' || title[i] == ',')) ++i;
  for (std::string_view by : {"by ", "from "}) {
    if (StartsWithNoCase(title.substr(i), by)) {
      return PartiesStart{i + by.size(), false};
    }
  }
  if (StartsWithNoCase(title.substr(i), "to ")) {
    return PartiesStart{i + 3, true};
  }
  return std::nullopt;
}

// A clock time after a dateline's date: "—2 p.m.", "—7:14 p.m.", ", noon",
// "—2140K".
std::optional<std::pair<Time, Span>> ParseClock(Piece after) {
  size_t i = 0;
  std::string_view s = after.text;
  while (i < s.size()) {
    size_t dash = DashAt(s, i);
    if (dash == 0 && s[i] != ' ' && s[i] != ',') break;
    i += dash ? dash : 1;
  }
  if (size_t e = MatchPhrase(s, i, "noon")) {
    return std::pair{Time{12, 0}, Span{after.offset + i, after.offset + e}};
  }
  if (size_t e = MatchPhrase(s, i, "midnight")) {
    return std::pair{Time{0, 0}, Span{after.offset + i, after.offset + e}};
  }
  size_t hn = CountDigits(s, i);
  // Military time with its zone letter: "—2140K", "—1100I" (the hour as
  // written, in that zone).
  if (hn == 4) {
    size_t z = i + 4;
    bool zone = z < s.size() && s[z] >= 'A' && s[z] <= 'Z' &&
                (z + 1 >= s.size() ||
                 !std::isalpha(static_cast<unsigned char>(s[z + 1])));
    int hour = std::stoi(std::string(s.substr(i, 2)));
    int minute = std::stoi(std::string(s.substr(i + 2, 2)));
    if (!zone || hour > 23 || minute > 59) return std::nullopt;
    return std::pair{Time{hour, minute},
                     Span{after.offset + i, after.offset + z + 1}};
  }
  if (hn == 0 || hn > 2) return std::nullopt;
  int hour = std::stoi(std::string(s.substr(i, hn)));
  int minute = 0;
  size_t k = i + hn;
  if (k < s.size() && s[k] == ':' && CountDigits(s, k + 1) == 2) {
    minute = std::stoi(std::string(s.substr(k + 1, 2)));
    k += 3;
  }
  // The clock may run onto the next line ("10:41" / "p.m.").
  while (k < s.size() && (s[k] == ' ' || s[k] == '\n' || s[k] == '\r')) ++k;
  size_t am = std::max(MatchPhrase(s, k, "a.m."), MatchPhrase(s, k, "a. m."));
  size_t pm = std::max(MatchPhrase(s, k, "p.m."), MatchPhrase(s, k, "p. m."));
  if ((!am && !pm) || hour < 1 || hour > 12 || minute > 59) return std::nullopt;
  hour = hour % 12 + (pm ? 12 : 0);
  size_t end = std::max(am, pm);
  return std::pair{Time{hour, minute},
                   Span{after.offset + i, after.offset + end}};
}

// A date at or after `from` in `s`, also with a two-digit year after a month
// name ("18 Jul 51"), which FindDate reads only with a default year.
std::optional<detail::DateMatch> FindDateShortYear(std::string_view s,
                                                   size_t from) {
  constexpr int kUnknownYear = 1;
  while (auto m = FindDate(s, kUnknownYear, from)) {
    if (m->date.year != kUnknownYear) return m;
    size_t e = m->end;
    if (e + 3 <= s.size() && s[e] == ' ' && CountDigits(s, e + 1) == 2) {
      m->date.year = 1900 + std::stoi(std::string(s.substr(e + 1, 2)));
      m->end = e + 3;
      return m;
    }
    from = m->end;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Party> ParseFrusParty(std::string_view text, size_t offset) {
  Piece p = DropFootnoteMarker(Piece{text, offset}.Trimmed());
  while (!p.text.empty() && (p.text.back() == ',' || p.text.back() == '.')) {
    p = p.Sub(0, p.text.size() - 1).Trimmed();
  }
  if (p.text.empty()) return std::nullopt;
  // "Office (Surname)": the person.
  if (p.text.back() == ')') {
    size_t open = p.text.rfind('(');
    if (open != std::string_view::npos) {
      Piece name = p.Sub(open + 1, p.text.size() - 1).Trimmed();
      if (!name.text.empty() && IsUpper(name.text.front())) {
        return Party{std::string(name.text), name.span()};
      }
    }
  }
  if (StartsWithNoCase(p.text, "the ")) p = p.Sub(4, p.text.size()).Trimmed();
  if (p.text.empty()) return std::nullopt;
  // "Elizabeth A. Brown of the Office of United Nations Political and
  // Security Affairs": a person's name (two to four capitalised words) and
  // the office they write from.
  if (size_t of = p.text.find(" of the "); of != std::string_view::npos) {
    Piece name = p.Sub(0, of).Trimmed();
    size_t words = 0;
    bool capitalised = true;
    for (size_t i = 0; i < name.text.size(); ++i) {
      if (name.text[i] == ' ') continue;
      if (i == 0 || name.text[i - 1] == ' ') {
        ++words;
        capitalised = capitalised && IsUpper(name.text[i]);
      }
    }
    if (capitalised && words >= 2 && words <= 4)
      return Party{std::string(name.text), name.span()};
  }
  return Party{std::string(p.text), p.span()};
}

FrusHeading ParseFrusHeading(std::string_view heading, size_t offset) {
  FrusHeading h;
  Piece title = Piece{heading, offset}.Trimmed();
  // "449. " is the FRUS document number, not part of the title.
  if (size_t n = CountDigits(title.text, 0);
      n > 0 && n < 6 && title.text.substr(n, 2) == ". ") {
    h.document_number = std::stoi(std::string(title.text.substr(0, n)));
    title = title.Sub(n + 1, title.text.size()).Trimmed();
  }
  title = DropFootnoteMarker(title);
  h.title = title.printed();
  auto [type, type_end] = MatchDocType(title.text);
  h.doc_type = std::string(type);
  PartiesStart start;
  if (type_end > 0) {
    auto found = FindPartiesStart(title.text, type_end);
    if (!found) return h;
    start = *found;
  }
  Piece parties = title.Sub(start.at, title.text.size()).Trimmed();
  h.parties = parties.printed();
  if (start.recipients_only) {
    h.recipients = ParsePartyList(parties);
    return h;
  }
  auto split = FindPartiesSplit(parties.text);
  if (!split) {
    h.authors = ParsePartyList(parties);
    return h;
  }
  h.authors = ParsePartyList(parties.Sub(0, *split));
  h.recipients = ParsePartyList(parties.Sub(*split + 4, parties.text.size()));
  return h;
}

std::string DocTypeFromWords(std::string_view words) {
  return std::string(MatchDocType(TrimView(words)).first);
}

FrusSourceNote ParseSourceNote(std::string_view note, size_t offset) {
  FrusSourceNote out;
  Piece p = Piece{note, offset}.Trimmed();
  if (StartsWithNoCase(p.text, "source:"))
    p = p.Sub(7, p.text.size()).Trimmed();
  // "795.00/11–2152: Telegram. Drafted by U. Alexis Johnson and cleared
  // with ...": the editors' remarks after the type's full stop are a note.
  for (size_t at = p.text.find(": "); at != std::string_view::npos;
       at = p.text.find(": ", at + 2)) {
    std::string_view rest = p.text.substr(at + 2);
    auto [type, end] = MatchDocType(rest);
    if (end == 0 || rest.substr(end, 2) != ". ") continue;
    size_t remark = at + 2 + end + 2;
    out.remark = p.Sub(remark, p.text.size()).Trimmed().span();
    p = p.Sub(0, remark - 1).Trimmed();
    break;
  }
  while (!p.text.empty() && p.text.back() == '.') {
    p = p.Sub(0, p.text.size() - 1);
  }
  size_t colon = p.text.rfind(": ");
  if (colon != std::string_view::npos) {
    std::string_view last = TrimView(p.text.substr(colon + 2));
    auto [type, end] = MatchDocType(last);
    // The whole last part must be the type ("Telegram", "Memorandum of
    // Conversation"), not a file title that starts with one.
    if (end > 0 && TrimView(last.substr(end)).empty()) {
      out.doc_type = std::string(type);
      p = p.Sub(0, colon).Trimmed();
    }
  }
  out.citation.citation = std::string(p.text);
  out.citation.span = p.span();
  return out;
}

std::optional<Printed> FindMessageNumber(std::string_view paragraph,
                                         size_t offset) {
  Piece p = Piece{paragraph, offset}.Trimmed();
  std::string_view s = p.text;
  size_t prefix = 0;
  while (prefix < s.size() && IsUpper(s[prefix])) ++prefix;
  for (std::string_view word : detail::kMixedCaseSeries) {
    if (s.substr(0, word.size()) == word) prefix = word.size();
  }
  if (prefix > 8) return std::nullopt;
  for (std::string_view word : kNotPrefixes) {
    if (s.substr(0, prefix) == word) return std::nullopt;
  }
  size_t k = prefix;
  if (prefix > 0) {
    if (size_t dash = DashAt(s, k)) {
      k += dash;
    } else if (k < s.size() && s[k] == ' ') {
      ++k;
    }
  }
  size_t digits = CountDigits(s, k);
  // A bare number is a telegram's number only when it cannot be a paragraph
  // number ("1.").
  if (digits < (prefix > 0 ? 2 : 3) || digits > 7) return std::nullopt;
  size_t end = k + digits;
  // "GX 51146 KCG.": a routing indicator in capitals may follow a
  // prefixed number.
  auto routing_after = [&] {
    size_t caps = end + 1;
    while (caps < s.size() && IsUpper(s[caps])) ++caps;
    return prefix > 0 && s[end] == ' ' && caps - end - 1 >= 2 &&
           caps - end - 1 <= 5 && caps < s.size() &&
           std::string_view(".,;:").find(s[caps]) != std::string_view::npos;
  };
  if (end < s.size() &&
      std::string_view(".,;:").find(s[end]) == std::string_view::npos &&
      !routing_after()) {
    return std::nullopt;
  }
  return p.Sub(0, end).printed();
}

std::optional<FrusDateline> ParseDateline(std::string_view line,
                                          size_t offset) {
  Piece p = Piece{line, offset}.Trimmed();
  if (p.text.empty() || p.text.size() > 100) return std::nullopt;
  auto m = FindDate(p.text, 0);
  if (!m || m->start > 50 || m->date.year < 1000) return std::nullopt;
  Piece place = p.Sub(0, m->start).Trimmed();
  for (char c : place.text) {
    if (IsDigit(c) || c == ':' || c == '(') return std::nullopt;
  }
  if (!place.text.empty() && place.text.back() != ',' &&
      place.text.back() != ']') {
    return std::nullopt;
  }
  FrusDateline d;
  d.place = PlaceName(place.text, place.offset);
  d.date = m->date;
  d.date_span = {p.offset + m->start, p.offset + m->end};
  Piece after = p.Sub(m->end, p.text.size());
  if (auto clock = ParseClock(after)) {
    d.time = clock->first;
    d.time_span = clock->second;
  }
  return d;
}

std::optional<FrusDateline> ParseReceivedLine(std::string_view line,
                                              size_t offset, int year) {
  Piece p = Piece{line, offset}.Trimmed();
  if (!StartsWithNoCase(p.text, "[received ") || p.text.back() != ']' ||
      p.text.size() > 80)
    return std::nullopt;
  auto m = FindDate(p.text, year);
  if (!m || !m->date.ok()) return std::nullopt;
  FrusDateline d;
  d.date = m->date;
  d.date_span = {p.offset + m->start, p.offset + m->end};
  if (auto clock = ParseClock(p.Sub(m->end, p.text.size() - 1))) {
    d.time = clock->first;
    d.time_span = clock->second;
  }
  return d;
}

Printed PlaceName(std::string_view text, size_t offset) {
  // "[Tokyo,]": the editors supplied the place; the brackets are theirs.
  auto editorial = [](char c) {
    return c == '[' || c == ']' || c == ',' || c == ' ' || c == '\n';
  };
  size_t b = 0, e = text.size();
  while (b < e && editorial(text[b])) ++b;
  while (e > b && editorial(text[e - 1])) --e;
  return Piece{text, offset}.Sub(b, e).printed();
}

std::optional<FrusDate> FindSubjectDate(std::string_view paragraph,
                                        size_t offset) {
  size_t subj = FindNoCase(paragraph, "subj");
  if (subj == std::string_view::npos) return std::nullopt;
  // The date belongs to the subject only if it is in the subject's sentence.
  std::string_view subject = paragraph.substr(subj, 200);
  auto m = FindDateShortYear(subject, 0);
  if (!m || m->date.year < 1000) return std::nullopt;
  return FrusDate{m->date, {offset + subj + m->start, offset + subj + m->end}};
}

std::optional<FrusDate> DateFromFileNumber(std::string_view note,
                                           size_t offset) {
  for (size_t slash = note.find('/'); slash != std::string_view::npos;
       slash = note.find('/', slash + 1)) {
    if (slash == 0 || !IsDigit(note[slash - 1])) continue;
    size_t mn = CountDigits(note, slash + 1);
    size_t dash = DashAt(note, slash + 1 + mn);
    if (mn == 0 || mn > 2 || dash == 0) continue;
    size_t d0 = slash + 1 + mn + dash;
    size_t dn = CountDigits(note, d0);
    if (dn < 3 || dn > 4) continue;
    int month = std::stoi(std::string(note.substr(slash + 1, mn)));
    int day_year = std::stoi(std::string(note.substr(d0, dn)));
    Date date{1900 + day_year % 100, month, day_year / 100};
    if (month < 1 || month > 12 || date.day < 1 || date.day > 31) continue;
    size_t start = slash;
    while (start > 0 && (IsDigit(note[start - 1]) || note[start - 1] == '.')) {
      --start;
    }
    return FrusDate{date, {offset + start, offset + d0 + dn}};
  }
  return std::nullopt;
}

std::optional<SecurityMarks> ParseSecurityLine(std::string_view line,
                                               size_t offset) {
  SecurityMarks marks;
  std::string_view s = line;
  size_t i = 0;
  auto longest = [&](auto& phrases) {
    size_t best = 0;
    for (std::string_view phrase : phrases) {
      best = std::max(best, MatchPhrase(s, i, phrase));
    }
    return best;
  };
  while (true) {
    while (i < s.size()) {
      size_t dash = DashAt(s, i);
      if (dash == 0 &&
          std::string_view(" \t,;/").find(s[i]) == std::string_view::npos) {
        break;
      }
      i += dash ? dash : 1;
    }
    if (i >= s.size()) break;
    size_t c = longest(kClassifications), pr = longest(kPrecedences);
    size_t cav = longest(kCaveats);
    if (c == 0 && pr == 0 && cav == 0) return std::nullopt;
    size_t end = std::max({c, pr, cav});
    Printed mark{std::string(s.substr(i, end - i)), {offset + i, offset + end}};
    if (end == c) marks.classification.push_back(mark);
    if (end == pr && end != c) marks.precedence.push_back(mark);
    i = end;
  }
  if (marks.classification.empty() && marks.precedence.empty()) {
    return std::nullopt;
  }
  return marks;
}

bool IsSalutation(std::string_view line) {
  if (line.size() > 300 || !(line.ends_with(':') || line.ends_with('!')))
    return false;
  for (std::string_view opener :
       {"Dear ", "My dear ", "Sir", "Excellency", "Your Excellency", "General ",
        "Marshal ", "Admiral ", "Mr. ", "Madam"}) {
    if (line.starts_with(opener)) return true;
  }
  return false;
}

}  // namespace parley::importers::layouts
