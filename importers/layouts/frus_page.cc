// The frus-page reader: a document page of history.state.gov as a
// researcher copies its text. The page runs: site lines ("Office of the
// Historian", "Historical Documents"), the volume ("Foreign Relations of the
// United States, 1951, ..."), "Document N", the source note, the heading
// "N. A (Surname) to B", an optional dateline, classification and precedence
// lines, the document's text, its footnotes (indented, "    1. ..."), and
// "Previous Next".
#include <array>
#include <cctype>
#include <optional>
#include <string>

#include "importers/detail/page_text.h"
#include "importers/layouts/frus_common.h"
#include "importers/layouts/readers.h"
#include "text/utf8.h"

namespace parley::importers::layouts {
namespace {

using detail::Line;
using detail::StartsWithNoCase;

constexpr std::string_view kVolumePrefix =
    "Foreign Relations of the United States, 19";
// Lines of the site around the document, never part of it.
constexpr std::array<std::string_view, 6> kSiteLines = {
    "Office of the Historian",
    "Historical Documents",
    "Previous Next",
    "Previous",
    "Next",
    "Back to top"};
// The page furniture that identifies the layout sits in its first lines.
constexpr size_t kTopLines = 20;

bool IsSiteLine(std::string_view text) {
  for (std::string_view site : kSiteLines) {
    if (text == site) return true;
  }
  return false;
}

// "Document 449" -> 449, else 0.
int DocumentLineNumber(std::string_view text) {
  constexpr std::string_view kWord = "Document ";
  if (text.substr(0, kWord.size()) != kWord || text.size() > kWord.size() + 6)
    return 0;
  std::string_view digits = text.substr(kWord.size());
  if (digits.empty()) return 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return 0;
  }
  return std::stoi(std::string(digits));
}

// "449. The ..." with the given number (any number when `number` is 0).
bool IsHeading(std::string_view text, int number) {
  size_t n = 0;
  while (n < text.size() && text[n] >= '0' && text[n] <= '9') ++n;
  if (n == 0 || n > 5 || text.substr(n, 2) != ". ") return false;
  return number == 0 || std::stoi(std::string(text.substr(0, n))) == number;
}

bool LooksLikeSourceNote(std::string_view text) {
  if (text.size() > 200 || IsHeading(text, 0)) return false;
  // "Lot 55D128: Black Book, Tab 46", "FE files, lot 55 D 128, tab 108".
  if (StartsWithNoCase(text, "source:") || StartsWithNoCase(text, "lot ") ||
      detail::FindNoCase(text, ", lot ") != std::string_view::npos)
    return true;
  if (DateFromFileNumber(text, 0)) return true;
  return !ParseSourceNote(text, 0).doc_type.empty() &&
         text.find(": ") != std::string_view::npos;
}

// Where the parts of the page are, as indices into its lines.
struct PageParts {
  std::optional<size_t> volume, document, source_note, heading, dateline;
  // "[Received December 3—9:08 a.m.]" under the dateline.
  std::optional<size_t> received;
  // A dateline's clock that ran onto the next line ("—10:41" / "p.m.").
  std::optional<size_t> dateline_meridiem;
  int document_number = 0;    // of the "Document N" line
  std::vector<size_t> marks;  // classification and precedence lines
  size_t body_begin = 0, body_end = 0;
  std::vector<size_t> footnotes;
};

// The volume title, "Document N" and the heading: the page's top.
// The heading is the line numbered as "Document N" says, else (a page whose
// numbers disagree) the first numbered line after the top.
void FindTop(const std::vector<Line>& lines, PageParts& parts) {
  std::optional<size_t> any_heading;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view text = lines[i].text;
    if (!parts.volume && i < kTopLines && text.starts_with(kVolumePrefix)) {
      parts.volume = i;
    } else if (!parts.document && i < kTopLines && DocumentLineNumber(text)) {
      parts.document = i;
      parts.document_number = DocumentLineNumber(text);
    } else if (parts.volume || parts.document) {
      if (IsHeading(text, parts.document_number)) {
        parts.heading = i;
        return;
      }
      if (!any_heading && IsHeading(text, 0)) any_heading = i;
    }
  }
  parts.heading = any_heading;
}

// The source note between "Document N" and the heading.
void FindSourceNoteAbove(const std::vector<Line>& lines, PageParts& parts) {
  size_t from = parts.document ? *parts.document + 1 : *parts.volume + 1;
  for (size_t i = from; i < *parts.heading; ++i) {
    if (!lines[i].blank() && LooksLikeSourceNote(lines[i].text)) {
      parts.source_note = i;
      return;
    }
  }
}

// "p.m.", "a. m.": the end of a dateline's clock wrapped onto a line of
// its own.
bool IsMeridiem(std::string_view text) {
  std::string t;
  for (char c : text) {
    if (c != ' ')
      t += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return t == "a.m." || t == "p.m.";
}

// Below the heading: a source note (when not above), the dateline and the
// marks, in any order; the first other line opens the body.
void FindOpener(const std::vector<Line>& lines, PageParts& parts) {
  size_t i = *parts.heading + 1;
  for (; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (line.blank()) continue;
    if (!parts.dateline && ParseDateline(line.text, 0)) {
      parts.dateline = i;
    } else if (parts.dateline && *parts.dateline + 1 == i &&
               !parts.dateline_meridiem && IsMeridiem(line.text)) {
      parts.dateline_meridiem = i;
    } else if (!parts.received && ParseReceivedLine(line.text, 0, 1900)) {
      parts.received = i;
    } else if (ParseSecurityLine(line.text, 0)) {
      parts.marks.push_back(i);
    } else if (!parts.source_note && LooksLikeSourceNote(line.text)) {
      parts.source_note = i;
    } else {
      break;
    }
  }
  parts.body_begin = i;
}

// "1. Headed by ..." (a footnote's first line).
bool StartsWithNoteNumber(std::string_view text) {
  size_t n = 0;
  while (n < text.size() && text[n] >= '0' && text[n] <= '9') ++n;
  return n > 0 && n < 4 && text.substr(n, 2) == ". ";
}

// Whether `text` has footnote marker `n` glued to what it annotates:
// "delegation1", "(part 2).2", "CX 61348.1", "Staff1".
bool HasFootnoteMarker(std::string_view text, int n) {
  std::string digits = std::to_string(n);
  for (size_t at = text.find(digits, 1); at != std::string_view::npos;
       at = text.find(digits, at + 1)) {
    const text::CodePoint before = text::LastCodePoint(text.substr(0, at));
    size_t after = at + digits.size();
    bool glued = (before >= 0 && before < 0x80 && std::isalpha(before)) ||
                 before == ')' || before == '.' || before == ',' ||
                 before == '"' || before == U'”' || before == U'’';
    if (glued && (after == text.size() || !std::isdigit(text[after]))) {
      return true;
    }
  }
  return false;
}

// Where the footnotes start among lines [begin, end): in the trailing
// indented block, at its last "1. " line (an indented quotation with points
// may come before it), else at its first numbered line; and only when the
// text above marks that number. Indentation and the marker are what tell
// footnotes from an indented list that ends the document.
std::optional<size_t> FindFootnotes(std::string_view page,
                                    const std::vector<Line>& lines,
                                    size_t begin, size_t end) {
  size_t k = end;
  while (k > begin && (lines[k - 1].blank() ||
                       lines[k - 1].trim_start > lines[k - 1].start)) {
    --k;
  }
  std::optional<size_t> first;
  for (size_t i = end; i > k && !first; --i) {
    if (lines[i - 1].text.starts_with("1. ")) first = i - 1;
  }
  for (size_t i = k; i < end && !first; ++i) {
    if (StartsWithNoteNumber(lines[i].text)) first = i;
  }
  if (!first) return std::nullopt;
  std::string_view above = page.substr(0, lines[*first].start);
  int number = std::stoi(std::string(lines[*first].text.substr(0, 3)));
  if (!HasFootnoteMarker(above, number)) return std::nullopt;
  return first;
}

// The body's end: before the site lines at the bottom and the footnotes.
void FindBodyEnd(std::string_view page, const std::vector<Line>& lines,
                 PageParts& parts) {
  size_t end = lines.size();
  auto skip_blank_and_site = [&] {
    while (end > parts.body_begin &&
           (lines[end - 1].blank() || IsSiteLine(lines[end - 1].text))) {
      --end;
    }
  };
  skip_blank_and_site();
  if (auto first = FindFootnotes(page, lines, parts.body_begin, end)) {
    for (size_t i = *first; i < end; ++i) {
      if (!lines[i].blank()) parts.footnotes.push_back(i);
    }
    end = *first;
    skip_blank_and_site();
  }
  parts.body_end = end;
}

Span SpanOf(const Line& line) {
  return {line.trim_start, line.trim_start + line.text.size()};
}

void ReadHeading(const Line& line, int document_number, DocumentRecord& r) {
  FrusHeading h = ParseFrusHeading(line.text, line.trim_start);
  if (document_number != 0 && h.document_number != document_number) {
    r.warnings.push_back("heading number " + std::to_string(h.document_number) +
                         " differs from \"Document " +
                         std::to_string(document_number) + "\"");
  }
  r.title = h.title;
  r.title_parties = h.parties;
  r.doc_type = h.doc_type;
  r.authors = h.authors;
  r.recipients = h.recipients;
}

// The source note: citation, and the doc type when the heading gave none.
// Without one above the text, a footnote "1. Source: ..." may hold it.
void ReadSourceNote(const std::vector<Line>& lines, const PageParts& parts,
                    DocumentRecord& r) {
  std::optional<FrusSourceNote> note;
  if (parts.source_note) {
    const Line& line = lines[*parts.source_note];
    note = ParseSourceNote(line.text, line.trim_start);
  }
  for (size_t i = 0; i < parts.footnotes.size() && !note; ++i) {
    const Line& line = lines[parts.footnotes[i]];
    size_t dot = line.text.find(". ");
    std::string_view rest = line.text.substr(dot + 2);
    if (StartsWithNoCase(rest, "source:")) {
      note = ParseSourceNote(rest, line.trim_start + dot + 2);
    }
  }
  if (!note) return;
  r.sources.push_back(note->citation);
  if (!note->remark.empty()) r.notes.push_back(note->remark);
  if (r.doc_type.empty()) r.doc_type = note->doc_type;
}

// The dateline at `line`, its clock ending on `meridiem` when that is
// given: the text from one to the other is read as one line.
void ReadDateline(std::string_view source, const Line& line,
                  const Line* meridiem, DocumentRecord& r) {
  std::string_view text = line.text;
  if (meridiem != nullptr) {
    text = source.substr(
        line.trim_start,
        meridiem->trim_start + meridiem->text.size() - line.trim_start);
  }
  std::optional<FrusDateline> d = ParseDateline(text, line.trim_start);
  if (!d) return;
  r.date = d->date;
  r.date_span = d->date_span;
  r.origin = d->place;
  if (d->time) {
    r.sent = detail::IsoDateTime(d->date, d->time);
    r.sent_span = {d->date_span.start, d->time_span.end};
  }
}

// Without a dateline: the subject line's date, else the file number's.
void ReadFallbackDate(const std::vector<Line>& lines, const PageParts& parts,
                      DocumentRecord& r) {
  if (parts.body_begin < parts.body_end) {
    const Line& first = lines[parts.body_begin];
    if (auto d = FindSubjectDate(first.text, first.trim_start)) {
      r.date = d->date;
      r.date_span = d->span;
      return;
    }
  }
  if (!r.sources.empty()) {
    const Citation& note = r.sources.front();
    if (auto d = DateFromFileNumber(note.citation, note.span.start)) {
      r.date = d->date;
      r.date_span = d->span;
      return;
    }
  }
  r.warnings.push_back("no date: no dateline, subject date or file number");
}

void ReadMarks(const std::vector<Line>& lines, const PageParts& parts,
               DocumentRecord& r) {
  for (size_t i : parts.marks) {
    auto marks = ParseSecurityLine(lines[i].text, lines[i].trim_start);
    for (Printed& p : marks->classification) r.classification.push_back(p);
    for (Printed& p : marks->precedence) r.precedence.push_back(p);
  }
}

// The sender's name FRUS prints under a telegram or a memorandum: one to
// four capitalised words ("Bruce", "U. Alexis Johnson") alone on the last
// line of the text, ending with a letter.
bool IsSignatureLine(std::string_view text) {
  if (text.empty() || text.size() > 40 ||
      !std::isalpha(static_cast<unsigned char>(text.back()))) {
    return false;
  }
  size_t words = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == ' ') continue;
    if (i == 0 || text[i - 1] == ' ') {
      if (!std::isupper(static_cast<unsigned char>(c))) return false;
      ++words;
    }
    if (!std::isalpha(static_cast<unsigned char>(c)) && c != '.' && c != '-' &&
        c != '\'') {
      return false;
    }
  }
  return words >= 1 && words <= 4;
}

void ReadBody(const std::vector<Line>& lines, const PageParts& parts,
              DocumentRecord& r) {
  for (size_t i = parts.body_begin; i < parts.body_end; ++i) {
    if (!lines[i].blank()) r.body.push_back(SpanOf(lines[i]));
  }
  if (r.body.size() > 1 && IsSignatureLine(lines[parts.body_end - 1].text))
    r.signature = r.body.back();
  for (size_t i : parts.footnotes) r.notes.push_back(SpanOf(lines[i]));
  if (r.body.empty()) {
    r.warnings.push_back("no document text under the heading");
    return;
  }
  const Line& first = lines[parts.body_begin];
  ReadMessageNumber(first.text, first.trim_start, r);
  // Neither heading, source note nor number says what it is, and the text
  // opens on a salutation ("General Kim Il Sung, Supreme Commander, ...:",
  // "Dear Mr. President:"): a letter.
  if (r.doc_type.empty() && IsSalutation(first.text)) r.doc_type = "letter";
  ReadRouting(r);
}

class FrusPageReader : public LayoutReader {
 public:
  std::string_view name() const override { return "frus-page"; }

  int Score(std::string_view source) const override {
    std::vector<Line> lines = detail::SplitLines(source.substr(0, 4096));
    if (lines.size() > kTopLines * 2) lines.resize(kTopLines * 2);
    PageParts parts;
    FindTop(lines, parts);
    if (!parts.volume) return 0;
    return 60 + (parts.document ? 15 : 0) + (parts.heading ? 15 : 0);
  }

  Result<std::vector<DocumentRecord>> Read(
      std::string_view source) const override {
    std::vector<Line> lines = detail::SplitLines(source);
    PageParts parts;
    FindTop(lines, parts);
    if (!parts.volume && !parts.document) {
      return Status::InvalidArgument(
          "line 1: no FRUS volume title or \"Document N\" line near the top");
    }
    if (!parts.heading) {
      size_t after = parts.document ? *parts.document : *parts.volume;
      return Status::InvalidArgument(
          "line " + std::to_string(lines[after].number) +
          ": no FRUS heading (\"N. ...\") after this line");
    }
    FindSourceNoteAbove(lines, parts);
    FindOpener(lines, parts);
    FindBodyEnd(source, lines, parts);

    DocumentRecord r;
    r.layout = "frus-page";
    r.text = std::string(source);
    r.languages = {"en"};
    r.home_department = std::string(kFrusDepartment);
    ReadHeading(lines[*parts.heading], parts.document_number, r);
    ReadSourceNote(lines, parts, r);
    if (parts.dateline) {
      ReadDateline(
          source, lines[*parts.dateline],
          parts.dateline_meridiem ? &lines[*parts.dateline_meridiem] : nullptr,
          r);
    } else {
      ReadFallbackDate(lines, parts, r);
    }
    if (parts.received && r.date) {
      const Line& line = lines[*parts.received];
      if (auto d =
              ParseReceivedLine(line.text, line.trim_start, r.date->year)) {
        r.received = detail::IsoDateTime(d->date, d->time);
        r.received_span = {d->date_span.start,
                           d->time ? d->time_span.end : d->date_span.end};
      }
    }
    ReadMarks(lines, parts, r);
    ReadBody(lines, parts, r);
    std::vector<DocumentRecord> records;
    records.push_back(std::move(r));
    return records;
  }
};

}  // namespace

std::unique_ptr<LayoutReader> MakeFrusPageReader() {
  return std::make_unique<FrusPageReader>();
}

}  // namespace parley::importers::layouts
