// Words of clause and document text for matching and full-text search:
// splitting UTF-8 text into words with their byte offsets, folding them
// (text/fold.h) and a light stemmer for English and Russian
// inflections, so that "prisoners" finds "prisoner" and "военнопленные"
// finds "военнопленными". Internal to queries/.
#ifndef PARLEY_QUERIES_DETAIL_WORDS_H_
#define PARLEY_QUERIES_DETAIL_WORDS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/fold.h"

namespace parley::queries::detail {

// One word of a text: bytes [start, end) of the text, folded and stemmed.
struct Word {
  size_t start = 0;
  size_t end = 0;
  std::string folded;  // FoldWord: lower case, ё -> е, Latin accents dropped
  std::string stem;    // Stem(folded)
};

// The words of `text` (text::FindWords): runs of letters of any script and
// digits, Han characters included. Everything else (punctuation, dashes,
// quotes, apostrophes, spaces, invalid UTF-8 bytes) separates words.
std::vector<Word> SplitWords(std::string_view text);

// `word` folded as everywhere else (text::FoldWord): NFKC, case-folded, ё as
// е, Latin diacritics dropped.
using text::FoldWord;

// The stem of a folded word: a common English or Russian ending removed,
// keeping at least three letters ("prisoners" -> "prisoner", "exchanged" ->
// "exchang", "военнопленными" -> "военнопленн", "зону" -> "зон"). Words with
// digits are their own stem.
std::string Stem(std::string_view folded);

// True for short function words ("of", "the", "и", "в") that a query
// ignores when it has other words.
bool IsStopWord(std::string_view folded);

// The words of a query: stop words dropped unless nothing else is left.
std::vector<Word> QueryWords(std::string_view query);

// Whether a text word matches a query word: the query's stem begins the
// text word's stem (a query word is a prefix), except that numbers must be
// equal.
bool WordMatches(const Word& query, const Word& text);

}  // namespace parley::queries::detail

#endif  // PARLEY_QUERIES_DETAIL_WORDS_H_
