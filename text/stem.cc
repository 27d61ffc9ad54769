#include "text/stem.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "text/chars.h"
#include "text/fold.h"
#include "text/utf8.h"
#include "text/words.h"

namespace parley::text {
namespace {

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

}  // namespace

bool HasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
}

std::string Stem(std::string_view folded) {
  if (HasDigit(folded)) return std::string(folded);
  std::u32string w = ToUtf32(folded);
  if (w.empty()) return "";
  if (IsCyrillic(static_cast<CodePoint>(w.back()))) {
    return ToUtf8(StemRussian(std::move(w)));
  }
  if (w.back() < 0x80) return ToUtf8(StemEnglish(std::move(w)));
  return std::string(folded);
}

std::vector<StemmedWord> SplitStemmedWords(std::string_view written) {
  WordOptions options;
  options.apostrophes_join = false;
  options.split_unspaced = false;
  std::vector<StemmedWord> words;
  for (const WordSpan& span : FindWords(written, options)) {
    StemmedWord w;
    w.start = span.start;
    w.end = span.end;
    w.folded = FoldWord(written.substr(span.start, span.end - span.start));
    w.stem = Stem(w.folded);
    words.push_back(std::move(w));
  }
  return words;
}

}  // namespace parley::text
