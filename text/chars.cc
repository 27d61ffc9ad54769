#include "text/chars.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace parley::text {

bool IsLetter(CodePoint c) {
  if (c < 0) return false;
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return u_isalpha(c);
}

bool IsLetterOrDigit(CodePoint c) {
  if (c < 0) return false;
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9');
  }
  return u_isalnum(c);
}

bool IsUpper(CodePoint c) {
  if (c < 0) return false;
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(c) || u_istitle(c);
}

bool IsLower(CodePoint c) {
  if (c < 0) return false;
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return u_islower(c);
}

bool IsMark(CodePoint c) {
  if (c < 0x80) return false;
  int8_t type = u_charType(c);
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK ||
         type == U_ENCLOSING_MARK;
}

bool IsFormat(CodePoint c) {
  return c >= 0x80 && u_charType(c) == U_FORMAT_CHAR;
}

bool IsSpace(CodePoint c) { return c >= 0 && u_isUWhiteSpace(c); }

bool IsCyrillic(CodePoint c) {
  return (c >= 0x0400 && c <= 0x052F) || (c >= 0x1C80 && c <= 0x1C8F) ||
         (c >= 0x2DE0 && c <= 0x2DFF) || (c >= 0xA640 && c <= 0xA69F);
}

bool IsLatinLetter(CodePoint c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return ((c >= 0xC0 && c <= 0x24F) || (c >= 0x1E00 && c <= 0x1EFF)) &&
         u_isalpha(c);
}

bool IsHangul(CodePoint c) {
  return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) ||
         (c >= 0x3130 && c <= 0x318F);
}

bool IsUnspacedScript(CodePoint c) {
  if (c < 0x2E80) return false;
  UErrorCode error = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript(c, &error);
  return U_SUCCESS(error) &&
         (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA ||
          script == USCRIPT_KATAKANA);
}

bool IsApostrophe(CodePoint c) {
  return c == '\'' || c == 0x2019 || c == 0x02BC;
}

bool IsHyphen(CodePoint c) { return c == '-' || (c >= 0x2010 && c <= 0x2013); }

bool IsDash(CodePoint c) {
  return IsHyphen(c) || c == 0x2014 || c == 0x2015 || c == 0x2212;
}

std::optional<int> ReadHanNumber(std::string_view s, size_t& i) {
  // "十" multiplies what stands before it ("二十" 20) or stands for 10 at the
  // start ("十二" 12), and one digit may follow it; the other numerals are
  // digits. Hundreds and more do not occur in the dates and point numbers
  // read here.
  int value = 0, count = 0;
  bool tens = false, unit = false;
  size_t at = i;
  while (at < s.size() && count < 9) {
    size_t next = at;
    CodePoint c = NextCodePoint(s, next);
    if (!IsUnspacedScript(c) && c != 0x3007) break;  // 〇 is a symbol
    // "两" counts ("两点", two points) and is never a digit of a number:
    // "三两点" is three or two points, not 32.
    if (c == 0x4E24 || c == 0x5169) break;
    double v = u_getNumericValue(c);
    if (v == 10 && !tens) {
      value = (count == 0 ? 1 : value) * 10;
      tens = true;
    } else if (v >= 0 && v <= 9 && v == static_cast<int>(v) && !unit) {
      value =
          tens ? value + static_cast<int>(v) : value * 10 + static_cast<int>(v);
      unit = tens;
    } else {
      break;
    }
    ++count;
    at = next;
  }
  if (count == 0) return std::nullopt;
  i = at;
  return value;
}

CodePoint CyrillicTwin(CodePoint c) {
  switch (c) {
    case 'A':
      return 0x0410;
    case 'B':
      return 0x0412;
    case 'C':
      return 0x0421;
    case 'E':
      return 0x0415;
    case 'H':
      return 0x041D;
    case 'K':
      return 0x041A;
    case 'M':
      return 0x041C;
    case 'O':
      return 0x041E;
    case 'P':
      return 0x0420;
    case 'T':
      return 0x0422;
    case 'X':
      return 0x0425;
    case 'Y':
      return 0x0423;
    case 'a':
      return 0x0430;
    case 'c':
      return 0x0441;
    case 'e':
      return 0x0435;
    case 'o':
      return 0x043E;
    case 'p':
      return 0x0440;
    case 'x':
      return 0x0445;
    case 'y':
      return 0x0443;
    default:
      return kMalformed;
  }
}

}  // namespace parley::text
