#include "importers/detail/word_tokens.h"

#include "text/chars.h"
#include "text/fold.h"
#include "text/utf8.h"
#include "text/words.h"

namespace parley::importers::detail {
namespace {

bool IsSentenceEnd(text::CodePoint c) {
  return c == '.' || c == ';' || c == '!' || c == '?';
}

bool IsControl(text::CodePoint c) { return c < 0x20 || c == 0x7F; }

// The punctuation tokens of `text` between words, [from, to); counts
// sentences (a mark that ends one, or a blank line).
void AddPunctuation(std::string_view text, size_t from, size_t to,
                    int& sentence, int& newlines,
                    std::vector<WordToken>& tokens) {
  for (size_t i = from; i < to;) {
    const size_t start = i;
    text::CodePoint c = text::NextCodePoint(text, i);
    if (c < 0 || text::IsSpace(c)) {
      if (c == '\n' && ++newlines == 2) ++sentence;
      continue;
    }
    newlines = 0;
    if (text::IsMark(c) || text::IsFormat(c) || IsControl(c) ||
        (c >= 0x80 && c < 0xA0)) {
      continue;
    }
    WordToken t{WordToken::Kind::kPunct, "", start, i, sentence, false};
    if (text::IsDash(c)) {
      t.folded = "-";
    } else {
      t.folded = std::string(text.substr(start, i - start));
    }
    tokens.push_back(std::move(t));
    if (IsSentenceEnd(c)) ++sentence;
  }
}

}  // namespace

std::vector<WordToken> TokenizeWords(std::string_view text) {
  text::WordOptions options;
  options.digits_join_letters = false;
  options.apostrophes_join = false;
  options.split_unspaced = false;
  std::vector<WordToken> tokens;
  int sentence = 0;
  int newlines = 0;  // consecutive line breaks seen since the last token
  size_t at = 0;
  for (const text::WordSpan& w : text::FindWords(text, options)) {
    AddPunctuation(text, at, w.start, sentence, newlines, tokens);
    newlines = 0;
    std::string_view raw = text.substr(w.start, w.end - w.start);
    size_t first_end = 0;
    text::CodePoint first = text::NextCodePoint(raw, first_end);
    WordToken t{WordToken::Kind::kWord, "", w.start, w.end, sentence, false};
    if (text::IsLetter(first)) {
      t.folded = text::FoldWord(raw);
      t.capitalized = text::IsUpper(first);
    } else {
      t.kind = WordToken::Kind::kNumber;
      t.folded = std::string(raw);
    }
    tokens.push_back(std::move(t));
    at = w.end;
  }
  AddPunctuation(text, at, text.size(), sentence, newlines, tokens);
  return tokens;
}

}  // namespace parley::importers::detail
