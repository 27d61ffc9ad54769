// The state the content readers' stages carry between their steps: what
// each body line is, a document as drafted so far, a point marker, a quoted
// region and a routing line as found, a quotation as read so far, the points of
// a document in one language, who proposes a clause, the meta lines' running
// state. Shared by the stage files through page_reader.h.
#ifndef PARLEY_IMPORTERS_DETAIL_STAGE_STATE_H_
#define PARLEY_IMPORTERS_DETAIL_STAGE_STATE_H_

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/model.h"
#include "graph/value.h"
#include "importers/detail/page_text.h"

namespace parley::importers::detail {

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

// The most MENTIONS evidence kept for one entity in one document.
constexpr int kMaxMentionEvidence = 64;

// One document read from the page: the outer one, or one quoted in it.
struct DocDraft {
  graph::NodeId id;
  std::string type;
  std::vector<std::string> numbers;  // the body's first, then the title's
  std::string outgoing_number;
  std::optional<Date> date;
  bool date_inferred = false;
  // The addressee's document as the reply restates it ("In it you put three
  // questions to us: (1) ..."), not quoted.
  bool restated = false;
  std::string sent, received, dispatched;  // ISO date or date-time
  // The day the sender dated it under his own number ("No. 6231" over
  // "11.XII.51"), when the page's date is another (the day received).
  std::string written_on;
  // "cipher office" when `received` is a register's receipt stamp.
  std::string received_by;
  // A dateline's time that says neither sent nor received ("From BEIJING
  // 01:30 27.8.1951").
  std::string dateline;
  // Data-quality warnings for the Document's `warnings`.
  std::vector<std::string> warnings;
  std::string origin;  // place node id
  std::set<std::string> languages;
  int parent = -1;
  std::vector<size_t> lines;  // indexes into lines_ of its own text
  // Parties with the evidence that names them.
  struct Party {
    graph::NodeId id;
    graph::Evidence evidence;
    int64_t count = 0;                  // copies
    std::vector<graph::Evidence> more;  // other lines naming the same party
  };
  std::vector<Party> authors, recipients, via, copies;
  // The authors recorded a conversation ("Recorded by N. Fedorenko"): they
  // wrote the record and put forward none of the points the speakers did.
  bool recorded = false;
  graph::Evidence title_evidence;
  // What a reply says of earlier documents, for the linker: references
  // ("your telegram of 3 July") and stances on points ("point four need not
  // be raised"), each with its span.
  graph::Value references = graph::Value::MakeArray();
  graph::Value stances = graph::Value::MakeArray();
  bool has_title_evidence = false;
};

// A point marker at the start of `t`: "2. ", "2) ", "б) ", "b) ".
struct PointMarker {
  bool numbered = false;
  int number = 0;
  std::string letter;
  size_t length = 0;  // bytes up to the point's text
  // Named by a word ("Point 3. ", "Пункт 4. "), not a bare number.
  bool named = false;
  // The number as printed when it is not in digits ("六" of "（六）").
  std::string printed;
  // In brackets: "(6) ", "（六）".
  bool parenthesized = false;
  // The style of a number: '.' ("1."), ')' ("1)"), '(' ("(1)"); 0 for others.
  char close = 0;
};

// "1. ", "2) ", "Item 3. ", "Пункт 4. ", "а) ", "b. ", "一、", "（二）" at the
// start of `t`; "1." alone on its line is a marker whose text is on the next
// line.
std::optional<PointMarker> ReadPointMarker(std::string_view t);
// A marker's place in its sequence: the number, or the letter's place in
// its alphabet ("b" and "б" 2, "丙" 3); 0 for a letter past the tenth.
int MarkerOrdinal(const PointMarker& m);
// The point marker of a line, past an opening quotation mark ("“1.
// Adoption of agenda.").
std::optional<PointMarker> MarkerOf(std::string_view t);
// Whether `line` ends with cable-ese closing a quotation ("... Unquote.").
bool EndsCableQuote(std::string_view line);

// A quoted region of the body: lines [first, last], nesting depth, the
// document it belongs to.
struct QuoteRegion {
  size_t first = 0, last = 0;
  int parent_region = -1;
  int doc = -1;
  std::string lang;
  std::string_view open_mark;  // "«", "“", "„" or "\""
  // A proposal read out at the table, quoted in a report: who read it.
  std::optional<std::pair<graph::NodeId, graph::Evidence>> read_by;
  // ... or put forward by a side the report names by no person ("the
  // Communist staff officers tabled ..."): no one's by name.
  bool tabled = false;
  // The text of an agreement, quoted in a report ("Text of the agreement
  // on agenda item 2 as ratified reads:"): no one's proposal.
  bool agreed = false;
  // The line that introduces it, when one does ("the texts of four
  // telegrams of 10 July ...:").
  std::optional<size_t> intro_line;
  // Not quoted but restated: the addressee's points, as the writer sums
  // them up before answering them ("In it you put three questions to us:
  // (1) whether ..."; `addressees` true), or another's document summed up
  // ("I set out the main provisions of the draft:").
  bool restated = false;
  bool addressees = false;
  // A quotation inside an attached text printed without quotation marks
  // (the point a Politburo's approved telegram words anew, «...»): part of
  // the attachment, no document of its own.
  bool absorbed = false;
  // Set off by an attachment marker ("To p. 33(op) pr. PB No. 86").
  bool attached = false;
};

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
  // "Copies: Cde. X, Cde. Y", "Копии: тов. X" after the address.
  std::vector<std::string_view> copies;
  bool names_someone() const {
    return !addressees.empty() || !to.empty() || !for_whom.empty();
  }
};

// What the lines in and around a quotation say of the document it is
// (`PageReader::AssignDocuments`).
struct QuoteReading {
  std::vector<std::pair<graph::NodeId, graph::Evidence>> authors;
  // Those the quotation opens by addressing ("General Kim Il Sung, ...").
  std::vector<std::pair<graph::NodeId, graph::Evidence>> addressees;
  std::optional<Date> date;
  std::string sent;  // when it went out, an ISO date-time, when given
  bool signed_quote = false;
  // The line before it, lower-cased: its words may name the kind even when
  // it introduces nothing.
  std::string intro_lower;
  // The line that introduces it ("the following telegram of ...:").
  bool has_intro = false;
  size_t intro_line = 0;
  // "My telegram:": the writer's own earlier message.
  bool own_document = false;
  // The page's writer speaking: a speaker's words in a record of
  // conversation, a message to pass on, a draft he proposes to table.
  bool writers_words = false;
  bool is_attachment = false;  // the attachment the title describes
};

// A numbered or lettered point as marked in a document's lines.
struct Point {
  std::string ordinal;         // the number in digits, or the letter
  std::string printed;         // as printed, when it differs ("六")
  bool parenthesized = false;  // its marker in brackets ("(6)", "（六）")
  char close = 0;              // '.' of "1.", ')' of "1)", '(' of "(1)", else 0
  size_t line = 0;
  // For a list run into one paragraph ("...: 1) ... 2) ..."), the end of
  // the text that introduces it on the same line; 0 otherwise.
  size_t inline_intro_end = 0;
  size_t text_start = 0, text_end = 0;  // byte span of the point's text
  int parent = -1;                      // a numbered point holding letters
  std::vector<size_t> children;
  // A point run into a paragraph that goes on a list given before ("two new
  // principles to be added to his original five: (6) ... (7) ...").
  bool continues = false;
  // A letter set apart from the numbered paragraphs before it by the
  // document's own words, its list introduced as a proposal ("... to table
  // a counterproposal built on the following points: a. ..."); the line
  // that introduces it.
  bool set_apart = false;
  // A letter whose list is introduced as a proposal, set apart or standing
  // before any numbered point; `intro` is the line that introduces it.
  bool proposed_run = false;
  size_t intro = 0;
  // A paragraph of a text quoted by its own number in cable-ese ("37. Quote.
  // The Neutral Nations Supervisory Commission shall ..."): a clause though
  // its list starts past 1.
  bool quoted_paragraph = false;
  // A point of the writer's counterproposal named by its number ("Our para
  // 3 reads: “...”"): a clause, from whatever number its list starts.
  bool counter = false;
};

// The points of one document in one language that are its clauses, each
// with the line that introduces it.
struct LangPoints {
  std::string lang;
  std::vector<Point> points;  // the clauses, in order
  std::vector<size_t> intro_lines;
};

// Who puts a clause forward (`PageReader::ProposersOf`).
struct ClauseProposers {
  std::vector<std::pair<graph::NodeId, graph::Evidence>> persons;
  // An agreed text, or one a body put forward: no person proposed it.
  bool no_person = false;
  // The page says the proposal is still to come.
  bool planned = false;
};

// What `PageReader::ReadMetaLines` carries from one line to the next.
struct MetaLineState {
  // Routing lines' "TO X" and "For Comrade Y", by document.
  std::map<int, std::vector<std::pair<graph::NodeId, graph::Evidence>>>
      routed_to, routed_for;
  // Copies counted one a line, by document and holder.
  std::map<std::pair<int, graph::NodeId>, int64_t> numbered_copies;
  // The stamp whose time may follow on the next line ("Sent 17.7.52" over
  // "18:45 Received ...").
  std::string* open_stamp = nullptr;
};

}  // namespace parley::importers::detail

#endif  // PARLEY_IMPORTERS_DETAIL_STAGE_STATE_H_
