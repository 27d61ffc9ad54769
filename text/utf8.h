// UTF-8 for the whole project: decoding and encoding one code point,
// counting, moving by code points, and validating pages. Built on ICU's
// U8_NEXT / U8_APPEND, so a malformed byte never reads past the end and every
// reader agrees on what is malformed (overlong forms, surrogates and values
// above U+10FFFF included).
#ifndef PARLEY_TEXT_UTF8_H_
#define PARLEY_TEXT_UTF8_H_

#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace parley::text {

// A code point, or kMalformed (ICU's UChar32 convention).
using CodePoint = int32_t;
inline constexpr CodePoint kMalformed = -1;

// Decodes the code point that starts at s[i] and moves `i` past it. A
// malformed sequence gives kMalformed and `i` moves past its longest
// ill-formed prefix (at least one byte). Requires i < s.size().
inline CodePoint NextCodePoint(std::string_view s, size_t& i) {
  const unsigned char byte = static_cast<unsigned char>(s[i]);
  if (byte < 0x80) {  // pages are mostly ASCII
    ++i;
    return byte;
  }
  int32_t pos = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(s.data(), pos, static_cast<int32_t>(s.size()), c);
  i = static_cast<size_t>(pos);
  return c < 0 ? kMalformed : c;
}

// The last code point of `s` (kMalformed when it is malformed or `s` is
// empty).
CodePoint LastCodePoint(std::string_view s);

// Appends `c` to `out` as UTF-8; appends nothing for kMalformed, a surrogate
// or a value above U+10FFFF.
void AppendUtf8(std::string& out, CodePoint c);

// The length of the well-formed sequence at s[i] (1 to 4), or 0 when the
// bytes there are malformed or i >= s.size().
size_t SequenceLength(std::string_view s, size_t i);

// Code points in `s`; a malformed sequence counts as one (it would show as
// one U+FFFD).
size_t CodePointCount(std::string_view s);

// True for the bytes 0x80..0xBF, which continue a sequence.
inline bool IsContinuationByte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Bytes of the first `n` code points of `s` (all of `s` when it has fewer).
// Counts lead bytes, so it never cuts a well-formed sequence.
size_t PrefixBytes(std::string_view s, size_t n);

// Bytes of the last `n` code points of `s` (all of `s` when it has fewer).
size_t SuffixBytes(std::string_view s, size_t n);

// The last character boundary at or before `pos` (s.size() when `pos` is
// past the end): where to cut `s` so that no character is split.
size_t BoundaryAtOrBefore(std::string_view s, size_t pos);

// The byte offset `n` code points after `pos` (before it when `n` is
// negative), clamped to [0, s.size()].
size_t MoveByCodePoints(std::string_view s, size_t pos, std::ptrdiff_t n);

// The code points of `s`, malformed sequences left out; and back.
std::u32string ToUtf32(std::string_view s);
std::string ToUtf8(std::u32string_view s);

// Where `s` first stops being UTF-8: the byte offset and its 1-based line.
struct Utf8Error {
  size_t offset = 0;
  size_t line = 0;
};
std::optional<Utf8Error> FindInvalidUtf8(std::string_view s);
bool IsValidUtf8(std::string_view s);

// `s` made valid: every byte of every malformed sequence replaced by U+FFFD
// ("a\xFF" -> "a\uFFFD", a surrogate's three bytes -> three U+FFFD).
std::string ValidUtf8(std::string_view s);

}  // namespace parley::text

#endif  // PARLEY_TEXT_UTF8_H_
