// What the two FRUS layouts (the history.state.gov page text and the TEI
// volume XML) share: the document heading and its parties, the source note,
// the message number that opens the text, the dates a FRUS document prints
// (dateline, subject line, State Department file number), and the
// classification and precedence marks.
//
// Every function reads one line (or one paragraph) of a record's text that
// starts at byte `offset` of that text; the spans it returns are offsets in
// the record's text.
#ifndef PARLEY_IMPORTERS_LAYOUTS_FRUS_COMMON_H_
#define PARLEY_IMPORTERS_LAYOUTS_FRUS_COMMON_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "importers/detail/page_text.h"
#include "importers/document_record.h"

namespace parley::importers::layouts {

// The Department whose historians edit FRUS: the one its documents mean by
// "the Department" alone (DocumentRecord::home_department).
inline constexpr std::string_view kFrusDepartment = "Department of State";

// A FRUS heading: "449. The Commander in Chief, United Nations Command
// (Ridgway) to the Joint Chiefs of Staff", "Memorandum by the Director of the
// Policy Planning Staff (Nitze) to the Secretary of State".
struct FrusHeading {
  int document_number = 0;  // the FRUS number ("449."), 0 when not printed
  Printed title;            // the heading without the FRUS number
  Printed parties;          // the "A to B" part, after "Memorandum by" etc.
  std::string doc_type;     // from the heading's first words; "" when none
  // An office followed by a parenthesised surname is that person ("Ridgway");
  // an office alone is the office or organisation ("Joint Chiefs of Staff",
  // without a leading "the").
  std::vector<Party> authors, recipients;
};
FrusHeading ParseFrusHeading(std::string_view heading, size_t offset);

// One party of a heading ("The Commander in Chief, Far East (Ridgway)",
// "the Embassy in Korea"); nullopt when nothing is left once "the" and
// footnote markers are taken off.
std::optional<Party> ParseFrusParty(std::string_view text, size_t offset);

// The document type a word or phrase names, lower-case ("Telegram" ->
// "telegram", "Memorandum of Conversation" -> "memorandum"); "" when `words`
// does not start with one.
std::string DocTypeFromWords(std::string_view words);

// Whether `line` opens a letter: "Dear Mr. President:", "General Kim Il
// Sung, Supreme Commander, ...:".
bool IsSalutation(std::string_view line);

// A source note: "Lot 55D128: Black Book, Tab 78: Telegram" gives the
// citation "Lot 55D128: Black Book, Tab 78" and the doc_type "telegram";
// a note whose last part names no document type is all citation. A leading
// "Source:" is not part of the citation.
struct FrusSourceNote {
  Citation citation;
  std::string doc_type;
  // What the editors add after the type ("Drafted by ... Repeated for
  // information to London."): empty when nothing.
  Span remark;
};
FrusSourceNote ParseSourceNote(std::string_view note, size_t offset);

// The message number that opens a FRUS document's text, as printed:
// "HNC–108. This msg ..." -> "HNC–108", "JCS 92059. From JCS." -> "JCS 92059",
// "C–58115." -> "C–58115", "Secto 12." -> "Secto 12", "520. Re Deptel" ->
// "520". Never "Part 1." or a paragraph number.
std::optional<Printed> FindMessageNumber(std::string_view paragraph,
                                         size_t offset);

// The message number of the document's first paragraph into `r.numbers`,
// and, where no type was given, the type: a numbered message under "The A
// to the B" is a telegram, though its source note may not say so
// (frus_numbers.cc).
void ReadMessageNumber(std::string_view first_paragraph, size_t offset,
                       DocumentRecord& r);

// Where a numbered telegram says it went (frus_routing.cc): "Eyes only
// Murphy for delivery to General Clark." makes Clark the addressee and
// Murphy, with the heading's embassy, the relays; the posts it was repeated
// to ("Sent Tokyo 1419, rptd info Pusan 402, USUN 311.", or the first note:
// "Repeated for information to Pusan ...") are its copies. Reads r.body and
// r.notes.
void ReadRouting(DocumentRecord& r);

// A dateline: "Tokyo, July 18, 1951—2 p.m.", "[Tokyo,] July 18, 1951.",
// "Washington, January 31, 1952—7:14 p.m.". nullopt when the line is not
// one (a dateline is short and its date has a four-digit year).
struct FrusDateline {
  detail::Date date;
  Span date_span;
  std::optional<detail::Time> time;  // 24-hour, from "2 p.m.", "noon"
  Span time_span;
  Printed place;  // editorial brackets and the comma taken off
};
std::optional<FrusDateline> ParseDateline(std::string_view line, size_t offset);
// The editors' note of receipt under a dateline: "[Received December 3—9:08
// a.m.]", the year the dateline's (`year`); no place.
std::optional<FrusDateline> ParseReceivedLine(std::string_view line,
                                              size_t offset, int year);

// A place as a dateline prints it, without the editors' brackets and the
// comma after it: "[Tokyo,]" -> "Tokyo".
Printed PlaceName(std::string_view text, size_t offset);

// A date and where it is printed.
struct FrusDate {
  detail::Date date;
  Span span;
};

// The date of a "Subj: ... 17 July 1951" / "Subject: ... 18 Jul 51" phrase
// in `paragraph`.
std::optional<FrusDate> FindSubjectDate(std::string_view paragraph,
                                        size_t offset);

// The date a State Department file number encodes after its slash as
// month–day–two-digit year: "795.00/1–3152" = 1952-01-31, "795.00/7–251" =
// 1951-07-02 (en dash or hyphen). The span covers the file number.
std::optional<FrusDate> DateFromFileNumber(std::string_view note,
                                           size_t offset);

// A line holding only classification and precedence marks ("secret",
// "top secret", "secret   priority", "Top Secret—Operational Immediate"),
// each as printed; nullopt when anything else is on the line.
struct SecurityMarks {
  std::vector<Printed> classification, precedence;
};
std::optional<SecurityMarks> ParseSecurityLine(std::string_view line,
                                               size_t offset);

}  // namespace parley::importers::layouts

#endif  // PARLEY_IMPORTERS_LAYOUTS_FRUS_COMMON_H_
