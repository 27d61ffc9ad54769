#include "text/utf8.h"

#include <algorithm>

namespace parley::text {

CodePoint LastCodePoint(std::string_view s) {
  if (s.empty()) return kMalformed;
  size_t start = s.size() - SuffixBytes(s, 1);
  return NextCodePoint(s, start);
}

void AppendUtf8(std::string& out, CodePoint c) {
  if (c < 0) return;
  char buf[U8_MAX_LENGTH];
  int32_t len = 0;
  UBool error = false;
  U8_APPEND(buf, len, U8_MAX_LENGTH, c, error);
  if (!error && (c < 0xD800 || c > 0xDFFF)) {
    out.append(buf, static_cast<size_t>(len));
  }
}

size_t SequenceLength(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  size_t next = i;
  return NextCodePoint(s, next) == kMalformed ? 0 : next - i;
}

size_t CodePointCount(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++n) NextCodePoint(s, i);
  return n;
}

size_t PrefixBytes(std::string_view s, size_t n) {
  size_t count = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (IsContinuationByte(s[i])) continue;
    if (count == n) return i;
    ++count;
  }
  return s.size();
}

size_t SuffixBytes(std::string_view s, size_t n) {
  int32_t pos = static_cast<int32_t>(s.size());
  for (size_t k = 0; k < n && pos > 0; ++k) {
    U8_BACK_1(reinterpret_cast<const uint8_t*>(s.data()), 0, pos);
  }
  return s.size() - static_cast<size_t>(pos);
}

size_t BoundaryAtOrBefore(std::string_view s, size_t pos) {
  if (pos >= s.size()) return s.size();
  while (pos > 0 && IsContinuationByte(s[pos])) --pos;
  return pos;
}

size_t MoveByCodePoints(std::string_view s, size_t pos, std::ptrdiff_t n) {
  pos = std::min(pos, s.size());
  for (; n < 0 && pos > 0; ++n) {
    --pos;
    while (pos > 0 && IsContinuationByte(s[pos])) --pos;
  }
  for (; n > 0 && pos < s.size(); --n) {
    ++pos;
    while (pos < s.size() && IsContinuationByte(s[pos])) ++pos;
  }
  return pos;
}

std::u32string ToUtf32(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    CodePoint c = NextCodePoint(s, i);
    if (c != kMalformed) out.push_back(static_cast<char32_t>(c));
  }
  return out;
}

std::string ToUtf8(std::u32string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char32_t c : s) AppendUtf8(out, static_cast<CodePoint>(c));
  return out;
}

std::optional<Utf8Error> FindInvalidUtf8(std::string_view s) {
  size_t line = 1;
  for (size_t i = 0; i < s.size();) {
    const size_t at = i;
    CodePoint c = NextCodePoint(s, i);
    if (c == kMalformed) return Utf8Error{at, line};
    if (c == '\n') ++line;
  }
  return std::nullopt;
}

bool IsValidUtf8(std::string_view s) { return !FindInvalidUtf8(s); }

std::string ValidUtf8(std::string_view s) {
  constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const size_t at = i;
    if (NextCodePoint(s, i) == kMalformed) {
      out += kReplacement;
      i = at + 1;  // one U+FFFD per byte, as the exporters always wrote
    } else {
      out.append(s.substr(at, i - at));
    }
  }
  return out;
}

}  // namespace parley::text
