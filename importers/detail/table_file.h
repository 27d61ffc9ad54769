// The tables a historian edits in data/ (gazetteer.tsv, topics.tsv,
// cues.tsv, stance_cues.tsv) are read by one row reader: each table's
// parser says how many fields a row has and what a row means; the reader
// handles the file, the line ends, comments and the errors' form.
#ifndef PARLEY_IMPORTERS_DETAIL_TABLE_FILE_H_
#define PARLEY_IMPORTERS_DETAIL_TABLE_FILE_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"

namespace parley::importers::detail {

// The whole of the table file at `path`; IOError "PATH: cannot open WHAT
// file (REASON)" when it cannot be read.
Result<std::string> ReadTableFile(const std::string& path,
                                  std::string_view what);

// `s` cut at every `sep`: "a|b|" gives "a", "b", "".
std::vector<std::string_view> SplitAt(std::string_view s, char sep);

// InvalidArgument "SOURCE:LINE: MESSAGE", the form of every table error.
Status TableError(const std::string& source, size_t line,
                  const std::string& message);

struct TableRow {
  size_t line = 0;                       // 1-based, in the file
  std::vector<std::string_view> fields;  // each without the spaces around it
};

// What a row must hold: between `min_fields` and `max_fields` tab-separated
// fields, named in `field_names` ("kind, lang, value, phrases") for the
// error that counts them.
struct TableShape {
  size_t min_fields = 0;
  size_t max_fields = 0;
  std::string_view field_names;
};

// Calls `row` with each row of `text`, in order. A byte-order mark at the
// start and a carriage return at a line's end are dropped; blank lines and
// lines opening with '#' are skipped. A row that is not UTF-8 or has the
// wrong number of fields stops the reading with its error, as does a row
// for which `row` returns a message (the message of the error).
Status ForEachTableRow(std::string_view text, const std::string& source,
                       const TableShape& shape,
                       const std::function<std::string(const TableRow&)>& row);

// One piece of a cue phrase as the tables write it ("agree$", "turn"): its
// text without the "$" that asks for the whole word, and whether a gap
// ("...", up to six words) stands before it.
struct PhrasePiece {
  std::string text;
  bool whole = false;
  bool gap_before = false;
};

// The pieces of a cue phrase written in topics.tsv or stance_cues.tsv
// ("turn ... down", "arms$"), apart by spaces; false with `error` set when
// a gap opens or closes the phrase or two gaps meet ("'...' must stand
// between two words in ..."), when one touches a word ("write '...' apart
// from the words around it in ..."), or when the phrase is empty. Each
// table cuts the pieces into words its own way.
bool SplitPhrase(std::string_view written, std::vector<PhrasePiece>& pieces,
                 std::string& error);

}  // namespace parley::importers::detail

#endif  // PARLEY_IMPORTERS_DETAIL_TABLE_FILE_H_
