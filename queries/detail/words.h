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
#include "text/stem.h"

namespace parley::queries::detail {

// One word of a text: bytes [start, end) of the text, folded and stemmed.
using Word = text::StemmedWord;

// The words of `text`, folded and stemmed (text::SplitStemmedWords).
inline std::vector<Word> SplitWords(std::string_view text) {
  return text::SplitStemmedWords(text);
}

// `word` folded as everywhere else (text::FoldWord): NFKC, case-folded, ё as
// е, Latin diacritics dropped.
using text::FoldWord;

// The stem of a folded word (text::Stem).
using text::Stem;

// True for short function words ("of", "the", "и", "в") that a query
// ignores when it has other words.
bool IsStopWord(std::string_view folded);

// The words of a query: stop words dropped unless nothing else is left.
std::vector<Word> QueryWords(std::string_view query);

// Whether `s` holds an ASCII digit (text::HasDigit): such a word matches
// only itself.
using text::HasDigit;

// Whether a text word matches a query word: the query's stem begins the
// text word's stem (a query word is a prefix), except that numbers must be
// equal.
bool WordMatches(const Word& query, const Word& text);

}  // namespace parley::queries::detail

#endif  // PARLEY_QUERIES_DETAIL_WORDS_H_
