// DocumentRecord: what a layout reader makes of one document's page
// furniture, the same whatever the source (a Wilson Center page, a CWIHP
// Bulletin print, a FRUS page or TEI volume), so that the content readers
// never ask which layout they are in.
#ifndef PARLEY_IMPORTERS_DOCUMENT_RECORD_H_
#define PARLEY_IMPORTERS_DOCUMENT_RECORD_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "importers/detail/page_text.h"

namespace parley::importers {

// Bytes [start, end) of a record's `text`.
struct Span {
  size_t start = 0, end = 0;
  bool empty() const { return end <= start; }
};

// Something the page prints, as printed, and where.
struct Printed {
  std::string text;
  Span span;
  bool empty() const { return text.empty(); }
};

// A party as the page names it ("Cde. Filippov [Stalin]", "Joint Chiefs of
// Staff", "Stalin (2)" with count 2). Resolution to a node is the content
// readers' work.
struct Party {
  std::string name;
  Span span;
  int64_t count = 0;  // copies; 0 when not printed
  // The initials an edition's person id gives ("LSC" of FRUS's "#p_LSC1":
  // Lee Sang Cho, the surname's first), when the name is a surname alone.
  std::string initials = {};
};

// One archival reference ("APRF, f. 45, op. 1, d. 339, ll. 6-7"; a FRUS
// source note "795.00/7–251: Telegram" has only `citation`).
struct Citation {
  std::string citation, archive, fond, opis, delo, papka, pages;
  Span span;
};

// Where the bytes of a record's `text` come from in the source file. A page
// is read as it is (no pieces: offsets are the same); a marked-up source
// (TEI XML) is read as plain text built from pieces of the file, and each
// piece maps back to its bytes there.
class SourceMap {
 public:
  // Bytes [text_start, text_start + length) of the text are the bytes
  // [source_start, source_start + length) of the source. Pieces are added in
  // text order and do not overlap.
  void AddPiece(size_t text_start, size_t source_start, size_t length);
  bool identity() const { return pieces_.empty(); }
  // The source offset of text offset `at`. An offset between pieces (a line
  // break the reader inserted) maps to the end of the piece before it.
  size_t ToSource(size_t at) const;
  // The source bytes of a text span: from the first byte's source offset to
  // just after the last byte's.
  Span ToSource(Span s) const;

 private:
  struct Piece {
    size_t text_start, source_start, length;
  };
  std::vector<Piece> pieces_;
};

// The fields every layout fills as far as its page prints them. Empty means
// "not printed"; nothing here is guessed by the layout reader.
struct DocumentRecord {
  // Which reader read it: "wilson-current", "wilson-older", "cwihp-print",
  // "frus-page", "frus-tei", "generic".
  std::string layout;

  // The text that every span below points into: the page exactly as read,
  // or the plain text of one TEI document. `source_map` leads back to the
  // source file's bytes.
  std::string text;
  SourceMap source_map;

  // The title as printed ("Ciphered Telegram No. 21404, Mao Zedong to Cde.
  // Filippov [Stalin]"), or the heading that stands for it.
  Printed title;
  // The parties part of the title ("Mao Zedong to Cde. Filippov [Stalin]",
  // "The Commander in Chief, Far East (Ridgway) to the Joint Chiefs of
  // Staff"), for the title reader; empty when the layout gives parties in
  // `authors` and `recipients` itself.
  Printed title_parties;
  // What the title says is attached ("13 June 1951 handwritten letter from
  // Gao Gang and Kim Il Sung to Mao Zedong"): the document quoted inside.
  Printed attachment;
  std::string doc_type;          // "telegram", "cable", "memorandum", ...
  std::vector<Printed> numbers;  // as printed, the title's first
  // The number of the message a telegram passes on, printed after its own
  // ("C–58911. HNC 525."): the quoted message's.
  Printed forwarded_number;
  // The date the archive gives the document, and where it is printed.
  std::optional<detail::Date> date;
  Span date_span;
  std::vector<Party> authors, recipients, via, copies;
  // Other people the markup tags as people (a TEI persName in the text).
  std::vector<Party> persons;
  // The edition's list of persons, for those the document names: each
  // name as the list prints it ("Turner, Maj. Gen. Howard M."), what the
  // list says of the person ("USAF, member of the United Nations Command
  // Delegation"), and the forms the document's markup ties to it
  // ("Turner").
  struct ListedPerson {
    std::string name, description;
    std::vector<std::string> forms;
  };
  std::vector<ListedPerson> listed_persons;
  Printed origin;              // place of dispatch
  std::string sent, received;  // ISO date or date-time
  Span sent_span, received_span;
  std::vector<Printed> classification;  // "secret", "top secret"
  std::vector<Printed> precedence;  // "flash", "priority", "extremely urgent"
  std::vector<Citation> sources;
  Printed record_id;
  Printed summary;
  std::vector<std::string> languages;  // from the page's furniture
  // The body the edition means by "the Department" alone ("Department of
  // State" in FRUS, the Department's own series); empty when none.
  std::string home_department;

  // The document's own text in reading order: spans of `text` holding whole
  // lines. Furniture (running heads, page numbers, footnotes, site links) is
  // left out; the content readers see nothing else.
  std::vector<Span> body;
  // The editors' footnotes: not the document's words, but the people and
  // places they name are mentions of the page.
  std::vector<Span> notes;
  // The name the layout prints as the document's signature (FRUS prints the
  // sender's surname under a telegram: "Bruce"), when it does; empty
  // otherwise. A name the gazetteer lacks signs the document here, where a
  // line of the body in mixed case would not.
  Span signature;

  // Problems the layout reader saw and could not mend ("header number 2950
  // differs from the body's 3950"), for the import report.
  std::vector<std::string> warnings;
};

}  // namespace parley::importers

#endif  // PARLEY_IMPORTERS_DOCUMENT_RECORD_H_
