// Character classes the readers share: letters and case (ICU's), the
// scripts names are written in, apostrophes, hyphens and dashes, and the
// Latin letters that look exactly like Cyrillic ones in print.
#ifndef PARLEY_TEXT_CHARS_H_
#define PARLEY_TEXT_CHARS_H_

#include <optional>
#include <string_view>

#include "text/utf8.h"

namespace parley::text {

// Letters of any script (ICU's u_isalpha); false for kMalformed.
bool IsLetter(CodePoint c);
// Letters and decimal digits of any script (u_isalnum).
bool IsLetterOrDigit(CodePoint c);
// Upper-case or title-case letters (u_isupper, u_istitle): "K", "К", "Ŏ".
bool IsUpper(CodePoint c);
bool IsLower(CodePoint c);  // u_islower
// Combining marks (Mn, Mc, Me): a decomposed "й" or "é" is a letter and
// one of these.
bool IsMark(CodePoint c);
// Format characters (Cf): a soft hyphen, a zero-width joiner.
bool IsFormat(CodePoint c);
// Unicode white space (u_isUWhiteSpace), no-break space included.
bool IsSpace(CodePoint c);

// The Cyrillic blocks (U+0400..U+052F and the extensions).
bool IsCyrillic(CodePoint c);
// Latin letters: ASCII, Latin-1, Latin Extended-A/B and Additional.
bool IsLatinLetter(CodePoint c);
// Hangul syllables and jamo.
bool IsHangul(CodePoint c);
// Han and kana: scripts written without spaces between words.
bool IsUnspacedScript(CodePoint c);

// ' (U+0027), ’ (U+2019) and ʼ (U+02BC).
bool IsApostrophe(CodePoint c);
// What joins the parts of a word or name: "-", U+2010..U+2013 (hyphen,
// non-breaking hyphen, figure dash, en dash).
bool IsHyphen(CodePoint c);
// Every dash: the hyphens, U+2014 em dash, U+2015 bar, U+2212 minus.
bool IsDash(CodePoint c);

// A number written in Han numerals at byte `i` of `s` ("一" 1, "十二" 12,
// "二十五" 25, "一九五一" 1951 digit by digit), values from ICU
// (u_getNumericValue); `i` moves past it. Nothing, and `i` unmoved, when no
// Han numeral stands there.
std::optional<int> ReadHanNumber(std::string_view s, size_t& i);

// The Cyrillic capital or small letter that the Latin letter `c` is
// indistinguishable from in print ("H" is "Н", "p" is "р"; "h" has none),
// or kMalformed.
CodePoint CyrillicTwin(CodePoint c);

}  // namespace parley::text

#endif  // PARLEY_TEXT_CHARS_H_
