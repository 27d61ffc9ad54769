#include "text/translit.h"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>

namespace parley::text {
namespace {

struct LetterSpelling {
  std::string_view id;
  std::string_view names;
};

// а..я (U+0430..U+044F) in alphabetical code point order.
constexpr std::array<LetterSpelling, 32> kRussian = {{
    {"a", "a"},       {"b", "b"},   {"v", "v"},   {"g", "g"},   {"d", "d"},
    {"e", "e"},       {"zh", "zh"}, {"z", "z"},   {"i", "i"},   {"i", "i"},
    {"k", "k"},       {"l", "l"},   {"m", "m"},   {"n", "n"},   {"o", "o"},
    {"p", "p"},       {"r", "r"},   {"s", "s"},   {"t", "t"},   {"u", "u"},
    {"f", "f"},       {"kh", "h"},  {"ts", "ts"}, {"ch", "ch"}, {"sh", "sh"},
    {"shch", "shch"}, {"", ""},     {"y", "y"},   {"", ""},     {"e", "e"},
    {"iu", "yu"},     {"ia", "ya"},
}};
constexpr LetterSpelling kYo = {"e", "yo"};  // ё

CodePoint LowerRussian(CodePoint c) {
  if (c >= 0x0410 && c <= 0x042F) return c + 0x20;
  if (c == 0x0401) return 0x0451;
  return c;
}

// The kNames digraph at lower[k], lower[k + 1]: its spelling and true, or
// false.
bool NamesDigraph(const std::u32string& lower, size_t k, std::string& out) {
  auto at = [&](size_t j) -> char32_t {
    return j < lower.size() ? lower[j] : U'\0';
  };
  const char32_t c = lower[k];
  const char32_t next = at(k + 1);
  if (c == U'ц' && next == U'з') {
    out += "z";
  } else if (c == U'ч' && next == U'ж') {
    out += "zh";
  } else if ((c == U'ч' || c == U'п' || c == U'т' || c == U'к') &&
             next == U'х') {
    out += c == U'ч' ? "ch" : c == U'п' ? "p" : c == U'т' ? "t" : "k";
  } else if (c == U'у' && next == U'н' &&
             !u_isalpha(static_cast<UChar32>(at(k + 2)))) {
    // A final "-ун" is the "-ung"/"-ong" of Korean and Chinese syllables.
    out += "ung";
  } else {
    return false;
  }
  return true;
}

std::string ToLatinByTable(std::string_view text, LatinScheme scheme) {
  std::u32string lower;
  for (size_t i = 0; i < text.size();) {
    CodePoint c = NextCodePoint(text, i);
    if (c < 0) continue;
    lower.push_back(static_cast<char32_t>(u_tolower(c)));
  }
  std::string out;
  for (size_t k = 0; k < lower.size(); ++k) {
    if (scheme == LatinScheme::kNames && NamesDigraph(lower, k, out)) {
      ++k;
      continue;
    }
    const CodePoint c = static_cast<CodePoint>(lower[k]);
    if (std::optional<std::string_view> latin = LatinLetter(c, scheme)) {
      out += *latin;
    } else {
      AppendUtf8(out, c);
    }
  }
  return out;
}

// ICU's BGN/PCGN transliterator, made once per thread (creating one parses
// its rules).
const icu::Transliterator* Bgn() {
  thread_local std::unique_ptr<icu::Transliterator> instance = [] {
    UErrorCode error = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        "Russian-Latin/BGN; Any-Lower", UTRANS_FORWARD, error));
    return U_SUCCESS(error) ? std::move(t) : nullptr;
  }();
  return instance.get();
}

std::string ToLatinPlaces(std::string_view text) {
  const icu::Transliterator* bgn = Bgn();
  if (bgn == nullptr) return ToLatinByTable(text, LatinScheme::kId);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  bgn->transliterate(s);
  std::string out;
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    // BGN marks the soft and hard signs (ʹ ʺ) and splits letter pairs that
    // would read as one (т·с); keys and labels do without them.
    if (c == 0x02B9 || c == 0x02BA || c == 0x00B7) continue;
    AppendUtf8(out, c);
  }
  return out;
}

}  // namespace

std::optional<std::string_view> LatinLetter(CodePoint c, LatinScheme scheme) {
  c = LowerRussian(c);
  const LetterSpelling* spelling = nullptr;
  if (c >= 0x0430 && c <= 0x044F) {
    spelling = &kRussian[static_cast<size_t>(c - 0x0430)];
  } else if (c == 0x0451) {
    spelling = &kYo;
  } else {
    return std::nullopt;
  }
  return scheme == LatinScheme::kNames ? spelling->names : spelling->id;
}

std::string ToLatin(std::string_view text, LatinScheme scheme) {
  if (scheme == LatinScheme::kPlaces) return ToLatinPlaces(text);
  return ToLatinByTable(text, scheme);
}

std::string LatinKey(std::string_view name) {
  std::string latin = ToLatin(name, LatinScheme::kNames);
  std::string key;
  for (size_t i = 0; i < latin.size(); ++i) {
    char c = latin[i];
    if (c < 'a' || c > 'z') continue;
    // Russian "х" is written "kh", Korean and Chinese names have "h".
    if (c == 'k' && i + 1 < latin.size() && latin[i + 1] == 'h') continue;
    key += c;
  }
  return key;
}

}  // namespace parley::text
