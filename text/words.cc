#include "text/words.h"

#include "text/chars.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace parley::text {
namespace {

bool IsAsciiDigit(CodePoint c) { return c >= '0' && c <= '9'; }

bool IsDigit(CodePoint c) { return IsLetterOrDigit(c) && !IsLetter(c); }

// Where the word that starts with `first` and has run to `end` goes on.
size_t WordEnd(std::string_view text, size_t end, CodePoint first,
               const WordOptions& options) {
  const size_t n = text.size();
  const bool letters = !IsDigit(first);
  while (end < n) {
    size_t next = end;
    CodePoint d = NextCodePoint(text, next);
    if (d < 0 || (options.split_unspaced && IsUnspacedScript(d))) break;
    if (IsLetterOrDigit(d)) {
      if (!options.digits_join_letters && IsDigit(d) == letters) break;
      end = next;
      continue;
    }
    if (IsMark(d) || IsFormat(d)) {
      if (!options.digits_join_letters && !letters) break;
      end = next;
      continue;
    }
    if (options.apostrophes_join && IsApostrophe(d) && next < n &&
        (letters || options.digits_join_letters)) {
      size_t after = next;
      CodePoint e = NextCodePoint(text, after);
      if (IsLetter(e) && !(options.split_unspaced && IsUnspacedScript(e))) {
        end = next;
        continue;
      }
    }
    break;
  }
  return end;
}

// "38-й": the end of a Russian ordinal ending after the number that ends at
// `end`, or `end`.
size_t OrdinalEndingEnd(std::string_view text, size_t end) {
  const size_t n = text.size();
  if (end + 1 >= n || text[end] != '-') return end;
  size_t suffix_end = end + 1;
  while (suffix_end < n) {
    size_t next = suffix_end;
    CodePoint d = NextCodePoint(text, next);
    if (!IsCyrillic(d) || !IsLetter(d)) break;
    suffix_end = next;
  }
  if (suffix_end > end + 1 &&
      IsOrdinalEnding(FoldWord(text.substr(end + 1, suffix_end - end - 1)))) {
    return suffix_end;
  }
  return end;
}

bool AllAsciiDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

}  // namespace

std::vector<WordSpan> FindWords(std::string_view text,
                                const WordOptions& options) {
  std::vector<WordSpan> words;
  words.reserve(text.size() / 6);
  size_t i = 0;
  while (i < text.size()) {
    const size_t start = i;
    CodePoint c = NextCodePoint(text, i);
    if (!IsLetterOrDigit(c)) continue;
    if (options.split_unspaced && IsUnspacedScript(c)) {
      words.push_back({start, i});
      continue;
    }
    size_t end = WordEnd(text, i, c, options);
    if (options.ordinal_endings && IsAsciiDigit(c) &&
        AllAsciiDigits(text.substr(start, end - start))) {
      end = OrdinalEndingEnd(text, end);
    }
    words.push_back({start, end});
    i = end;
  }
  return words;
}

}  // namespace parley::text
