// Page furniture that several layouts print alike: a title naming the
// document and its parties, an archival citation, a "Document Information"
// footer. Layout readers share these; nothing here resolves a name.
#ifndef PARLEY_IMPORTERS_LAYOUTS_FURNITURE_H_
#define PARLEY_IMPORTERS_LAYOUTS_FURNITURE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "importers/detail/page_text.h"
#include "importers/document_record.h"

namespace parley::importers::layouts {

// What a title says: "Ciphered Telegram No. 21404, Mao Zedong to Cde.
// Filippov [Stalin]", "Handwritten letter from Gao Gang and Kim Il Sung to
// Mao Zedong, with 13 June 1951 ...", "Cable No. 21680, Mao Zedong to Cde.
// Filippov [Stalin]". `offset` is where `title` starts in the record's text.
// The words that lead from a title's document to one that comes with it
// (", with 13 June 1951 handwritten letter from ...", ", transmitting
// message from ..."): the attachment, a document quoted inside.
inline constexpr std::string_view kAttachmentLeads[] = {
    ", with ",      ", transmitting ", ", enclosing ", ", forwarding ",
    ", conveying ", ", passing on ",   ", relaying "};

struct TitleParts {
  std::string doc_type;  // "" when the title names no kind of document
  Printed number;        // "21404"
  Printed parties;       // "Mao Zedong to Cde. Filippov [Stalin]"
  Printed attachment;    // what follows ", with "
};
TitleParts ParseTitle(std::string_view title, size_t offset);

// Fills `record`'s title, doc type, number, parties and attachment from a
// title printed at `offset` of `record.text`.
void SetTitle(std::string_view title, size_t offset, DocumentRecord& record);

// The citations of a source line: "APRF, f. 45, op. 1, d. 339, ll. 6-7.",
// several joined by " and " or ";", "APRF, Fond 45, Opis 1, Delo 342, Listy
// 16-19". Empty when the line is no archival reference. `offset` is where
// `line` starts in the record's text.
std::vector<Citation> ParseCitations(std::string_view line, size_t offset);

// True when `line` looks like an archival reference (fond with opis or
// delo).
bool IsCitationLine(std::string_view line);

// The Wilson Center's "Document Information" footer from line `footer` on:
// sources, record id, type, language. Fills `record` (doc_type only when
// still empty).
void ReadDocumentInformation(const std::vector<detail::Line>& lines,
                             size_t footer, DocumentRecord& record);

// `page` with the paragraphs a narrow print column broke over lines made
// whole again, byte for byte in place: a line break inside a paragraph
// becomes a space, and a word hyphenated at the break ("Kae-" over
// "seong") is joined by a soft hyphen, which words and folding ignore.
// Spans into the result are spans into `page`. A page whose lines are
// paragraphs already comes back as it is.
std::string UnwrapColumns(std::string_view page);

// True when `t` cites a published book: a volume number ("vol. 3"), or a
// parenthesis with place, publisher and year ("(Beijing: Zhongyang wenxian
// chubanshe, 1988)").
bool IsPublication(std::string_view t);

// The translator a citation names ("Translated by Kathryn Weathersby.",
// "Translated for CWIHP by Danny Rozas"), at `offset` of the record's text.
std::optional<Party> Translator(std::string_view citation, size_t offset);
// The person's name `text` starts with, up to the end of its sentence or a
// comma ("Kathryn Weathersby. ..."): two to four capitalised words, at
// `offset` of the record's text; nothing otherwise.
std::optional<Party> PersonNamed(std::string_view text, size_t offset);

// The span of line `i` without its surrounding blanks.
inline Span LineSpan(const detail::Line& line) {
  return {line.trim_start, line.trim_start + line.text.size()};
}

}  // namespace parley::importers::layouts

#endif  // PARLEY_IMPORTERS_LAYOUTS_FURNITURE_H_
