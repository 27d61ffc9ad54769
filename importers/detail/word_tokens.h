// Internals shared by the topic classifier and the clause-term reader: text
// cut into folded words, numbers and punctuation marks, with byte offsets, so
// that both can match Russian and English cues word by word. Header-only, so
// it needs no build-file entry of its own.
#ifndef PARLEY_IMPORTERS_DETAIL_WORD_TOKENS_H_
#define PARLEY_IMPORTERS_DETAIL_WORD_TOKENS_H_

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace parley::importers::detail {

struct WordToken {
  enum class Kind { kWord, kNumber, kPunct };
  Kind kind = Kind::kWord;
  // Words: case-folded, "ё" read as "е", combining marks dropped ("й" kept).
  // Numbers: the ASCII digits. Punctuation: the mark, every dash as "-".
  std::string folded;
  size_t start = 0;  // byte offsets into the text that was tokenized
  size_t end = 0;
  int sentence = 0;          // sentences end at . ; ! ? and blank lines
  bool capitalized = false;  // a word whose first letter is upper case

  bool is_word() const { return kind == Kind::kWord; }
  bool is_number() const { return kind == Kind::kNumber; }
  bool is_punct(std::string_view mark) const {
    return kind == Kind::kPunct && folded == mark;
  }
};

namespace word_tokens_internal {

inline void AppendUtf8(std::string& out, UChar32 c) {
  char buf[4];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(buf, len, 4, c, error);
  if (!error) out.append(buf, static_cast<size_t>(len));
}

inline bool IsDash(UChar32 c) {
  return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

inline bool IsSentenceEnd(UChar32 c) {
  return c == '.' || c == ';' || c == '!' || c == '?';
}

}  // namespace word_tokens_internal

// Cuts `text` (UTF-8; malformed bytes count as spaces) into tokens. Letters
// and digits never share a token: "38th" is "38" then "th", "10km" is "10"
// then "km".
inline std::vector<WordToken> TokenizeWords(std::string_view text) {
  using word_tokens_internal::AppendUtf8;
  std::vector<WordToken> tokens;
  const char* s = text.data();
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  int sentence = 0;
  int newlines = 0;  // consecutive line breaks seen since the last token
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0 || u_isUWhiteSpace(c)) {
      if (c == '\n') {
        if (++newlines == 2) ++sentence;
      }
      continue;
    }
    newlines = 0;
    if (c >= '0' && c <= '9') {
      WordToken t{WordToken::Kind::kNumber,
                  std::string(1, static_cast<char>(c)),
                  static_cast<size_t>(start),
                  0,
                  sentence,
                  false};
      while (i < n && s[i] >= '0' && s[i] <= '9') t.folded.push_back(s[i++]);
      t.end = static_cast<size_t>(i);
      tokens.push_back(std::move(t));
      continue;
    }
    if (u_isalpha(c)) {
      WordToken t{WordToken::Kind::kWord,
                  "",
                  static_cast<size_t>(start),
                  0,
                  sentence,
                  u_isupper(c) || u_istitle(c)};
      UChar32 prev = 0;
      UChar32 cur = c;
      int32_t end = i;
      while (true) {
        int8_t type = u_charType(cur);
        if (type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK) {
          // A breve on "и" is the decomposed "й"; other marks (the
          // diaeresis of a decomposed "ё") are dropped.
          if (cur == 0x0306 && prev == 0x0438) {
            t.folded.resize(t.folded.size() - 2);
            AppendUtf8(t.folded, 0x0439);
          }
        } else {
          UChar32 f = u_foldCase(cur, U_FOLD_CASE_DEFAULT);
          if (f == 0x0451) f = 0x0435;  // ё -> е
          AppendUtf8(t.folded, f);
          prev = f;
        }
        end = i;
        if (i >= n) break;
        int32_t next = i;
        U8_NEXT(s, next, n, cur);
        if (cur < 0) break;
        int8_t next_type = u_charType(cur);
        if (!u_isalpha(cur) && next_type != U_NON_SPACING_MARK &&
            next_type != U_COMBINING_SPACING_MARK) {
          break;
        }
        i = next;
      }
      i = end;
      t.end = static_cast<size_t>(end);
      tokens.push_back(std::move(t));
      continue;
    }
    int8_t type = u_charType(c);
    if (type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK ||
        type == U_CONTROL_CHAR || type == U_FORMAT_CHAR) {
      continue;
    }
    WordToken t{WordToken::Kind::kPunct, "",       static_cast<size_t>(start),
                static_cast<size_t>(i),  sentence, false};
    if (word_tokens_internal::IsDash(c)) {
      t.folded = "-";
    } else {
      AppendUtf8(t.folded, c);
    }
    tokens.push_back(std::move(t));
    if (word_tokens_internal::IsSentenceEnd(c)) ++sentence;
  }
  return tokens;
}

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
