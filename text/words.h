// Words of a text with their byte offsets: one scanner for names, cue
// words and search words, with options where readers differ on purpose
// (whether "38th" is one word, whether an apostrophe splits "People's",
// whether "毛泽东" is one word or three).
#ifndef PARLEY_TEXT_WORDS_H_
#define PARLEY_TEXT_WORDS_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace parley::text {

// Bytes [start, end) of the text that was cut.
struct WordSpan {
  size_t start = 0;
  size_t end = 0;
};

struct WordOptions {
  // Letters and digits share a word ("38th", "P83", "10km"). Default true;
  // false: "38" "th", "10" "km".
  bool digits_join_letters = true;
  // An apostrophe (' ’ ʼ) between two letters stays inside the word
  // ("People's", "don't"). Default true; false: it separates words.
  bool apostrophes_join = true;
  // Each Han or kana character is a word of its own, so that "毛泽东" is
  // found inside "毛泽东同志". Default true; false: a run of them is a word.
  bool split_unspaced = true;
  // A number, a hyphen and a Russian ordinal ending are one word ("38-й",
  // "38-я"). Default false.
  bool ordinal_endings = false;
};

// The words of `text` (UTF-8): a word starts with a letter or digit of any
// script and runs on over letters, digits, combining marks and format
// characters (a soft hyphen); everything else — spaces, punctuation, dashes,
// quotes, malformed bytes — separates words. Offsets are into `text`.
std::vector<WordSpan> FindWords(std::string_view text,
                                const WordOptions& options = {});

}  // namespace parley::text

#endif  // PARLEY_TEXT_WORDS_H_
