// A light stemmer for English and Russian inflections, and the words of a
// text folded and stemmed, so that "prisoners" finds "prisoner" and
// "военнопленные" finds "военнопленными": shared by the queries that match
// clause text and the store's index of clause words.
#ifndef PARLEY_TEXT_STEM_H_
#define PARLEY_TEXT_STEM_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace parley::text {

// One word of a text: bytes [start, end) of the text, folded and stemmed.
struct StemmedWord {
  size_t start = 0;
  size_t end = 0;
  std::string folded;  // FoldWord: lower case, ё -> е, Latin accents dropped
  std::string stem;    // Stem(folded)
};

// The stem of a folded word: a common English or Russian ending removed,
// keeping at least three letters ("prisoners" -> "prisoner", "exchanged" ->
// "exchang", "военнопленными" -> "военнопленн", "зону" -> "зон"). Words with
// digits are their own stem.
std::string Stem(std::string_view folded);

// Whether `s` holds an ASCII digit: such a word is its own stem.
bool HasDigit(std::string_view s);

// The words of `text` (FindWords): runs of letters of any script and
// digits, Han characters included. Everything else (punctuation, dashes,
// quotes, apostrophes, spaces, invalid UTF-8 bytes) separates words.
std::vector<StemmedWord> SplitStemmedWords(std::string_view text);

}  // namespace parley::text

#endif  // PARLEY_TEXT_STEM_H_
