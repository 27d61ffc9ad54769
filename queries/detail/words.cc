#include "queries/detail/words.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace parley::queries::detail {
namespace {

constexpr char32_t kInvalid = 0xFFFFFFFF;

// The code point at `text[i]` and its length in bytes; kInvalid (length 1)
// for a byte that does not start a valid sequence.
char32_t Decode(std::string_view text, size_t i, size_t& length) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char b = byte(i);
  length = 1;
  if (b < 0x80) return b;
  size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
  if (n == 0 || i + n > text.size()) return kInvalid;
  char32_t cp = b & (0xFF >> (n + 1));
  for (size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return kInvalid;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  length = n;
  return cp;
}

void Encode(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool IsWordChar(char32_t c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9');
  }
  if (c == 0xD7 || c == 0xF7) return false;  // × ÷
  return (c >= 0xC0 && c <= 0x24F) ||        // Latin-1 and Latin Extended
         (c >= 0x300 && c <= 0x36F) ||       // combining accents
         (c >= 0x370 && c <= 0x3FF) ||       // Greek
         (c >= 0x400 && c <= 0x52F) ||       // Cyrillic
         (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F) ||
         (c >= 0xAC00 && c <= 0xD7AF) ||  // Hangul
         (c >= 0x3040 && c <= 0x30FF) ||  // kana
         (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF);  // Han
}

// Base letters of Latin-1 (from U+00C0) and Latin Extended-A (from U+0100),
// lower case; '*' for the two signs that are not letters.
constexpr std::string_view kLatin1Base =
    "aaaaaaaceeeeiiiidnooooo*ouuuuytsaaaaaaaceeeeiiiidnooooo*ouuuuyty";
constexpr std::string_view kLatinExtendedBase =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiijjjjkkkllllllllllnnnnnn"
    "nnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

char32_t FoldChar(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xFF)
    return static_cast<char32_t>(kLatin1Base[c - 0xC0]);
  if (c >= 0x100 && c <= 0x17F) {
    return static_cast<char32_t>(kLatinExtendedBase[c - 0x100]);
  }
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;
  if (c == 0x401 || c == 0x451) return 0x435;  // ё -> е
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;
  return c;
}

bool IsCyrillic(char32_t c) { return c >= 0x400 && c <= 0x52F; }

std::u32string Decode(std::string_view text) {
  std::u32string out;
  for (size_t i = 0; i < text.size();) {
    size_t n = 0;
    char32_t c = Decode(text, i, n);
    if (c != kInvalid) out += c;
    i += n;
  }
  return out;
}

std::string Encode(const std::u32string& text) {
  std::string out;
  for (char32_t c : text) Encode(c, out);
  return out;
}

bool EndsWith(const std::u32string& s, std::u32string_view end) {
  return s.size() >= end.size() &&
         std::u32string_view(s).substr(s.size() - end.size()) == end;
}

// Russian noun, adjective and verb endings, longest first so that the
// longest one that leaves a stem is taken.
constexpr std::array<std::u32string_view, 45> kRussianEndings = {
    U"иями", U"ями", U"ами", U"ыми", U"ими", U"ого", U"его", U"ому", U"ему",
    U"ией",  U"ой",  U"ей",  U"ий",  U"ый",  U"ая",  U"яя",  U"ое",  U"ее",
    U"ые",   U"ие",  U"ую",  U"юю",  U"ым",  U"им",  U"ом",  U"ем",  U"ах",
    U"ях",   U"ов",  U"ев",  U"ам",  U"ям",  U"ию",  U"ия",  U"ье",  U"ья",
    U"ы",    U"и",   U"а",   U"я",   U"о",   U"е",   U"у",   U"ю",   U"ь"};
constexpr size_t kMinStem = 3;

std::u32string StemRussian(std::u32string w) {
  for (std::u32string_view end : kRussianEndings) {
    if (EndsWith(w, end) && w.size() - end.size() >= kMinStem) {
      w.resize(w.size() - end.size());
      return w;
    }
  }
  return w;
}

std::u32string StemEnglish(std::u32string w) {
  auto drop = [&](size_t n) { w.resize(w.size() - n); };
  if (w.size() > 4 && EndsWith(w, U"ies")) {
    drop(3);
    w += U'y';
  } else if (w.size() > 3 && EndsWith(w, U"s") && !EndsWith(w, U"ss") &&
             !EndsWith(w, U"us") && !EndsWith(w, U"is")) {
    drop(1);
  }
  if (w.size() > 5 && EndsWith(w, U"ing")) {
    drop(3);
  } else if (w.size() > 4 && EndsWith(w, U"ed")) {
    drop(2);
  }
  if (w.size() > kMinStem && EndsWith(w, U"e")) drop(1);
  return w;
}

bool HasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string FoldWord(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (size_t i = 0; i < word.size();) {
    size_t n = 0;
    char32_t c = Decode(word, i, n);
    i += n;
    if (c == kInvalid || (c >= 0x300 && c <= 0x36F)) continue;
    Encode(FoldChar(c), out);
  }
  return out;
}

std::string Stem(std::string_view folded) {
  if (HasDigit(folded)) return std::string(folded);
  std::u32string w = Decode(folded);
  if (w.empty()) return "";
  if (IsCyrillic(w.back())) return Encode(StemRussian(std::move(w)));
  if (w.back() < 0x80) return Encode(StemEnglish(std::move(w)));
  return std::string(folded);
}

std::vector<Word> SplitWords(std::string_view text) {
  std::vector<Word> words;
  size_t i = 0;
  while (i < text.size()) {
    size_t n = 0;
    char32_t c = Decode(text, i, n);
    if (c == kInvalid || !IsWordChar(c)) {
      i += n;
      continue;
    }
    size_t start = i;
    while (i < text.size()) {
      c = Decode(text, i, n);
      if (c == kInvalid || !IsWordChar(c)) break;
      i += n;
    }
    Word w;
    w.start = start;
    w.end = i;
    w.folded = FoldWord(text.substr(start, i - start));
    w.stem = Stem(w.folded);
    words.push_back(std::move(w));
  }
  return words;
}

bool IsStopWord(std::string_view folded) {
  static constexpr std::string_view kStopWords[] = {
      "a",   "an",   "and",  "are", "as", "at", "be", "by",
      "for", "from", "in",   "is",  "of", "on", "or", "the",
      "to",  "with", "will", "а",   "в",  "во", "и",  "к",
      "ко",  "на",   "о",    "об",  "от", "по", "с",  "со"};
  return std::find(std::begin(kStopWords), std::end(kStopWords), folded) !=
         std::end(kStopWords);
}

std::vector<Word> QueryWords(std::string_view query) {
  std::vector<Word> words = SplitWords(query);
  std::vector<Word> kept;
  for (const Word& w : words) {
    if (!IsStopWord(w.folded)) kept.push_back(w);
  }
  return kept.empty() ? words : kept;
}

bool WordMatches(const Word& query, const Word& text) {
  if (HasDigit(query.folded)) return text.folded == query.folded;
  return text.stem.starts_with(query.stem) ||
         text.folded.starts_with(query.stem);
}

}  // namespace parley::queries::detail
