#include "text/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <unordered_set>

#include "text/chars.h"
#include "text/utf8.h"
#include "text/words.h"

namespace parley::text {
namespace {

const icu::Normalizer2* NfkcCasefold() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode error = U_ZERO_ERROR;
    const icu::Normalizer2* n =
        icu::Normalizer2::getNFKCCasefoldInstance(error);
    return U_SUCCESS(error) ? n : nullptr;
  }();
  return instance;
}

const icu::Normalizer2* Nfd() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode error = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(error);
    return U_SUCCESS(error) ? n : nullptr;
  }();
  return instance;
}

// ASCII and the Russian alphabet fold without ICU; pages are mostly made of
// them. False when `word` has anything else.
bool FoldSimple(std::string_view word, std::string& out) {
  for (size_t i = 0; i < word.size();) {
    CodePoint c = NextCodePoint(word, i);
    if (c >= 0 && c < 0x80) {
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    } else if (c >= 0x0410 && c <= 0x042F) {
      AppendUtf8(out, c + 0x20);
    } else if (c == 0x0401 || c == 0x0451) {
      AppendUtf8(out, 0x0435);
    } else if (c >= 0x0430 && c <= 0x044F) {
      AppendUtf8(out, c);
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string FoldWord(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  if (FoldSimple(word, out)) return out;

  out.clear();
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  UErrorCode error = U_ZERO_ERROR;
  if (const icu::Normalizer2* fold = NfkcCasefold()) {
    text = fold->normalize(text, error);
    if (U_FAILURE(error)) text.toLower();
  } else {
    text.toLower();
  }
  const icu::Normalizer2* nfd = Nfd();
  for (int32_t i = 0; i < text.length();) {
    UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (c == 0x0451) c = 0x0435;
    icu::UnicodeString parts;
    if (c >= 0x80 && IsLatinLetter(c) && nfd != nullptr &&
        nfd->getDecomposition(c, parts)) {
      for (int32_t k = 0; k < parts.length();) {
        UChar32 p = parts.char32At(k);
        k += U16_LENGTH(p);
        if (u_getCombiningClass(p) == 0) AppendUtf8(out, p);
      }
      continue;
    }
    AppendUtf8(out, c);
  }
  return out;
}

bool IsOrdinalEnding(std::string_view folded) {
  static const std::unordered_set<std::string_view> kEndings = {
      "st", "nd", "rd", "th", "й",  "я",  "е",  "го", "му",  "м",   "х",  "ю",
      "ой", "ая", "ое", "ый", "ий", "ей", "ом", "ых", "ого", "ому", "ую", "ые"};
  return kEndings.count(folded) > 0;
}

std::optional<std::string> OrdinalNumber(std::string_view word) {
  size_t digits = 0;
  while (digits < word.size() && word[digits] >= '0' && word[digits] <= '9') {
    ++digits;
  }
  if (digits == 0 || digits == word.size()) return std::nullopt;
  std::string_view rest = word.substr(digits);
  if (rest[0] == '-') rest.remove_prefix(1);
  if (IsOrdinalEnding(FoldWord(rest))) {
    return std::string(word.substr(0, digits));
  }
  return std::nullopt;
}

std::string FoldNameWord(std::string_view word) {
  if (std::optional<std::string> number = OrdinalNumber(word)) return *number;
  bool has_cyrillic = false;
  bool has_latin = false;
  bool latin_all_twins = true;
  bool has_apostrophe = false;
  for (size_t i = 0; i < word.size();) {
    CodePoint c = NextCodePoint(word, i);
    if (IsApostrophe(c)) has_apostrophe = true;
    if (!IsLetter(c)) continue;
    if (IsCyrillic(c)) {
      has_cyrillic = true;
    } else if (IsLatinLetter(c)) {
      has_latin = true;
      if (CyrillicTwin(c) < 0) latin_all_twins = false;
    }
  }
  // A Cyrillic word with a stray Latin twin in it ("КИM") is Cyrillic.
  const bool mixed = has_cyrillic && has_latin && latin_all_twins;
  if (!mixed && !has_apostrophe) return FoldWord(word);
  std::string bare;
  for (size_t i = 0; i < word.size();) {
    CodePoint c = NextCodePoint(word, i);
    if (c < 0 || IsApostrophe(c)) continue;
    CodePoint twin = CyrillicTwin(c);
    AppendUtf8(bare, mixed && twin >= 0 ? twin : c);
  }
  return FoldWord(bare);
}

std::string CyrillicLookalike(std::string_view word) {
  if (OrdinalNumber(word)) return "";
  bool has_latin = false;
  std::string twin;
  for (size_t i = 0; i < word.size();) {
    CodePoint c = NextCodePoint(word, i);
    if (c < 0 || IsApostrophe(c)) continue;
    if (IsCyrillic(c)) return "";
    CodePoint cyrillic = CyrillicTwin(c);
    if (cyrillic >= 0) {
      has_latin = true;
      AppendUtf8(twin, cyrillic);
    } else if (!(c >= '0' && c <= '9')) {
      return "";
    }
  }
  return has_latin ? FoldWord(twin) : "";
}

std::string FoldName(std::string_view name) {
  WordOptions options;
  options.ordinal_endings = true;
  std::string out;
  size_t previous_end = 0;
  bool first = true;
  for (const WordSpan& w : FindWords(name, options)) {
    // Han characters are words of their own but are written together.
    bool space = !first && w.start > previous_end;
    // A compatibility character can fold to a space and a letter (U+037A
    // "ͺ" is " ι" in NFKC): the folded word's own spaces part words too,
    // so that words stay joined by single spaces.
    std::string folded = FoldNameWord(name.substr(w.start, w.end - w.start));
    for (size_t i = 0; i <= folded.size();) {
      size_t end = std::min(folded.find(' ', i), folded.size());
      if (end > i) {
        if (space && !out.empty()) out += ' ';
        out.append(folded, i, end - i);
      }
      space = true;
      i = end + 1;
    }
    previous_end = w.end;
    first = false;
  }
  return out;
}

std::string LowerText(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const size_t at = i;
    CodePoint c = NextCodePoint(s, i);
    if (c == kMalformed) {
      i = at + 1;
      out += s[at];
    } else if (c < 0x80) {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    } else if (c >= 0x410 && c <= 0x42F) {
      AppendUtf8(out, c + 0x20);
    } else if (c == 0x401 || c == 0x451) {
      out += "\xD0\xB5";  // е
    } else {
      out.append(s.substr(at, i - at));
    }
  }
  return out;
}

}  // namespace parley::text
