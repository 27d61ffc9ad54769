// Full-text search over clauses (their text in every language) and
// documents (title and summary), ranked by BM25 over folded, stemmed words,
// with the matched words located for highlighting. The index is built from
// the snapshot for each search.
#ifndef PARLEY_QUERIES_SEARCH_H_
#define PARLEY_QUERIES_SEARCH_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"
#include "queries/snapshot.h"

namespace parley::queries {

struct SearchQuery {
  std::string text;
  size_t limit = 20;  // at most this many hits
  // Only clauses or only documents; default both.
  std::optional<graph::NodeKind> kind;
};

// A searched field of a hit that holds a match.
struct SearchField {
  std::string name;  // "title", "summary" or "text"
  std::string lang;  // for "text": the language; else ""
  std::string text;
  // Byte ranges [first, second) of `text` that matched a query word.
  std::vector<std::pair<size_t, size_t>> matches;
};

struct SearchHit {
  graph::Node node;
  double score = 0;
  std::vector<SearchField> fields;  // the fields holding a match
  // For a clause: the document holding it; else "".
  graph::NodeId document;
};

// The clauses and documents holding at least one word of `query.text`,
// best first (ties by id). A query word matches a text word it begins,
// after both are stemmed ("prison" finds "prisoners", "пленные" finds
// "пленными"). Fails with kInvalidArgument when the query has no word.
Result<std::vector<SearchHit>> Search(Snapshot& snapshot,
                                      const SearchQuery& query);

// `field.text` with each match wrapped in `open` and `close` ("[", "]").
// When the text is longer than `max_chars` code points, only a window
// around the first match is kept, with "…" where text was cut.
std::string MarkMatches(const SearchField& field, std::string_view open,
                        std::string_view close, size_t max_chars = 240);

}  // namespace parley::queries

#endif  // PARLEY_QUERIES_SEARCH_H_
