#include "importers/detail/word_tokens.h"

#include "text/chars.h"
#include "text/fold.h"
#include "text/utf8.h"
#include "text/words.h"

namespace parley::importers::detail {
namespace {

// ". ; ! ?" and their full-width forms in Chinese text ("。；！？").
bool IsSentenceEnd(text::CodePoint c) {
  return c == '.' || c == ';' || c == '!' || c == '?' || c == 0x3002 ||
         c == 0xFF1B || c == 0xFF01 || c == 0xFF1F;
}

// C0 and C1 control characters (tabs and line breaks are spaces first).
bool IsControl(text::CodePoint c) {
  return c < 0x20 || (c >= 0x7F && c < 0xA0);
}

// The punctuation tokens of `s` between words, [from, to); counts
// sentences (a mark that ends one, or a blank line).
void AddPunctuation(std::string_view s, size_t from, size_t to, int& sentence,
                    int& newlines, std::vector<WordToken>& tokens) {
  for (size_t i = from; i < to;) {
    const size_t start = i;
    text::CodePoint c = text::NextCodePoint(s, i);
    if (c < 0 || text::IsSpace(c)) {
      if (c == '\n' && ++newlines == 2) ++sentence;
      continue;
    }
    newlines = 0;
    if (text::IsMark(c) || text::IsFormat(c) || IsControl(c)) {
      continue;
    }
    std::string mark = text::IsDash(c)
                           ? std::string(1, '-')
                           : std::string(s.substr(start, i - start));
    tokens.push_back(
        {WordToken::Kind::kPunct, std::move(mark), start, i, sentence, false});
    if (IsSentenceEnd(c)) ++sentence;
  }
}

}  // namespace

std::vector<WordToken> TokenizeWords(std::string_view written) {
  text::WordOptions options;
  options.digits_join_letters = false;
  options.apostrophes_join = false;
  std::vector<WordToken> tokens;
  int sentence = 0;
  int newlines = 0;  // consecutive line breaks seen since the last token
  size_t at = 0;
  for (const text::WordSpan& w : text::FindWords(written, options)) {
    AddPunctuation(written, at, w.start, sentence, newlines, tokens);
    newlines = 0;
    std::string_view raw = written.substr(w.start, w.end - w.start);
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
  AddPunctuation(written, at, written.size(), sentence, newlines, tokens);
  return tokens;
}

}  // namespace parley::importers::detail
