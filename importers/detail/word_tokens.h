// Internals shared by the topic classifier and the clause-term reader: text
// cut into folded words, numbers and punctuation marks, with byte offsets, so
// that both can match Russian, English and Chinese cues word by word.
#ifndef PARLEY_IMPORTERS_DETAIL_WORD_TOKENS_H_
#define PARLEY_IMPORTERS_DETAIL_WORD_TOKENS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parley::importers::detail {

struct WordToken {
  enum class Kind { kWord, kNumber, kPunct };
  Kind kind = Kind::kWord;
  // Words: text::FoldWord ("ё" read as "е", Latin diacritics dropped, "й"
  // kept). Numbers: the digits. Punctuation: the mark, every dash as "-".
  std::string folded;
  size_t start = 0;  // byte offsets into the text that was tokenized
  size_t end = 0;
  int sentence = 0;  // sentences end at . ; ! ? (。；！？) and blank lines
  bool capitalized = false;  // a word whose first letter is upper case

  bool is_word() const { return kind == Kind::kWord; }
  bool is_number() const { return kind == Kind::kNumber; }
  bool is_punct(std::string_view mark) const {
    return kind == Kind::kPunct && folded == mark;
  }
};

// Cuts `text` (UTF-8; malformed bytes count as spaces) into tokens: words
// and numbers as text::FindWords finds them with letters and digits apart
// ("38th" is "38" then "th", "10km" is "10" then "km"), apostrophes
// splitting ("don't" is "don", "'", "t") and each Han character a word
// ("战俘" is "战" then "俘": a cue of two characters is a phrase of two
// words), each word folded by
// text::FoldWord; every other character that is not a space, mark or
// control character is a punctuation token of its own.
std::vector<WordToken> TokenizeWords(std::string_view text);

// True when the two tokens touch, with no space between them ("5–10").
inline bool Adjacent(const WordToken& a, const WordToken& b) {
  return a.end == b.start;
}

inline bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

inline bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace parley::importers::detail

#endif  // PARLEY_IMPORTERS_DETAIL_WORD_TOKENS_H_
