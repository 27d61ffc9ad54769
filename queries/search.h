// Full-text search over whole pages, in both languages, through the
// database's Xapian index (storage/text_index.h): the query's words
// stemmed by Snowball, every known spelling of a name in it searched as
// well ("Kaeseong", "Кэсон" and "Kaesong" are one place), whole words only;
// each hit with its document, date, score, a snippet and the byte spans of
// the matches in the stored page text (the evidence).
#ifndef PARLEY_QUERIES_SEARCH_H_
#define PARLEY_QUERIES_SEARCH_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"
#include "queries/snapshot.h"
#include "storage/text_index.h"

namespace parley::queries {

// Every spelling of the entity `name` stands for (its label, spellings in
// every script, codenames), or none when it names nothing known. The CLI
// makes one from the gazetteer, which queries/ does not depend on. A
// spelling list is used only when one of its spellings is `name` itself,
// up to inflection ("Сталина" for "Сталин"), so a fuzzy guess never widens
// a search.
using SpellingHint =
    std::function<std::vector<std::string>(std::string_view name)>;

struct SearchQuery {
  // Words in any language; "quoted words" are a phrase. Every word (or name,
  // or phrase) must occur in a page; short function words ("of", "и") are
  // ignored when there are others.
  std::string text;
  size_t limit = 20;  // at most this many hits
  SpellingHint spellings;
};

// One hit: a page, with the span of its text shown as the snippet.
struct SearchHit {
  std::string page_id;
  // The document the snippet lies in (a TEI volume holds several, a
  // telegram embeds a message), a Brief copy; its id is the evidence's doc.
  graph::Node document;
  std::string date;  // the document's date, ISO, or ""
  double score = 0;  // Xapian's BM25 weight
  // The snippet: bytes [start, end) of the page text, in `lang` ("ru" or
  // "en", by the script of its first match), with `quote` its text.
  std::string lang;
  size_t start = 0;
  size_t end = 0;
  std::string quote;
  bool cut_before = false;  // the page has words before / after the snippet
  bool cut_after = false;
  // The prose of the snippet (bytes of the page text): markup of an XML or
  // JSON page is left out of MarkSnippet.
  std::vector<std::pair<size_t, size_t>> prose;
  // The matches in the snippet, as byte ranges of the page text.
  std::vector<std::pair<size_t, size_t>> matches;
  size_t match_count = 0;  // matches on the whole page
};

struct SearchResult {
  // The query as searched: one list of alternatives per word, name or
  // phrase ({"Kaesong", "Kaeseong", "Кэсон", ...}).
  std::vector<std::vector<std::string>> groups;
  std::vector<SearchHit> hits;  // best first
  size_t total = 0;             // pages matching in all (Xapian's estimate)
};

// The pages of `index` matching `query`, best first. Fails with
// kInvalidArgument when the query holds no word, and with the index's error
// when it cannot be read.
Result<SearchResult> Search(Snapshot& snapshot, storage::TextIndex& index,
                            const SearchQuery& query);

// The words of `query.text` as groups of alternatives, as Search reads it.
std::vector<std::vector<std::string>> QueryGroups(const SearchQuery& query);

// The snippet of `hit` on one line (runs of white space as one space) with
// each match wrapped in `open` and `close`, and "…" where the page goes on.
std::string MarkSnippet(const SearchHit& hit, std::string_view open,
                        std::string_view close);

}  // namespace parley::queries

#endif  // PARLEY_QUERIES_SEARCH_H_
