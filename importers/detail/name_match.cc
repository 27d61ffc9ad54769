#include "importers/detail/name_match.h"

#include <cctype>
#include <optional>

#include "importers/detail/word_tokens.h"
#include "text/chars.h"
#include "text/fold.h"
#include "text/translit.h"
#include "text/words.h"

namespace parley::importers::detail {
namespace {

using text::CodePoint;
using text::CodePointCount;
using text::IsApostrophe;
using text::IsCyrillic;
using text::IsHangul;
using text::IsLatinLetter;
using text::IsLetter;
using text::IsUpper;
using text::LastCodePoint;
using text::NextCodePoint;
using text::SuffixBytes;

}  // namespace

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' ||
                        s.front() == '\r' || s.front() == '\n')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' ||
                        s.back() == '\r' || s.back() == '\n')) {
    s.remove_suffix(1);
  }
  return s;
}

Token MakeToken(std::string_view written, size_t start, size_t end) {
  Token t;
  t.start = start;
  t.end = end;
  std::string_view raw = written.substr(start, end - start);
  if (std::optional<std::string> number = text::OrdinalNumber(raw)) {
    t.folded = *number;
    return t;
  }
  bool has_cyrillic = false;
  bool has_latin = false;
  size_t last_apostrophe = std::string_view::npos;
  size_t after_apostrophe = 0;
  for (size_t i = 0; i < raw.size();) {
    size_t at = i;
    CodePoint c = NextCodePoint(raw, i);
    if (IsApostrophe(c)) {
      last_apostrophe = at;
      after_apostrophe = i;
    }
    if (!IsLetter(c)) continue;
    ++t.letters;
    if (IsUpper(c)) ++t.upper;
    if (IsCyrillic(c)) {
      has_cyrillic = true;
    } else if (IsLatinLetter(c)) {
      has_latin = true;
    } else if (IsHangul(c)) {
      t.hangul = true;
    }
  }
  t.cyrillic = has_cyrillic;
  t.latin = has_latin && !has_cyrillic;
  t.folded = text::FoldNameWord(raw);
  if (t.latin) t.twin = text::CyrillicLookalike(raw);
  if (t.latin && last_apostrophe != std::string_view::npos &&
      after_apostrophe + 1 == raw.size() &&
      (raw.back() == 's' || raw.back() == 'S') && t.folded.size() > 1) {
    t.possessive_base = t.folded.substr(0, t.folded.size() - 1);
    t.possessive_end = start + last_apostrophe;
  }
  return t;
}

// Words of `written` (text::FindWords: an apostrophe between letters belongs

std::vector<Token> Tokenize(std::string_view written) {
  text::WordOptions options;
  options.ordinal_endings = true;
  std::vector<Token> tokens;
  for (const text::WordSpan& w : text::FindWords(written, options)) {
    // "Adm Libby2": an edition's note marker glued to the name is no part
    // of it (one or two digits after a word of letters).
    size_t end = w.end;
    size_t digits = 0;
    while (end > w.start && digits < 3 &&
           std::isdigit(static_cast<unsigned char>(written[end - 1]))) {
      --end;
      ++digits;
    }
    bool marker = digits > 0 && digits < 3 && end - w.start >= 2 &&
                  std::isalpha(static_cast<unsigned char>(written[w.start])) &&
                  std::isalpha(static_cast<unsigned char>(written[end - 1]));
    tokens.push_back(MakeToken(written, w.start, marker ? end : w.end));
  }
  return tokens;
}

const std::unordered_set<std::string_view>& NounEndings() {
  static const std::unordered_set<std::string_view> kEndings = {
      "а",   "я",   "у",  "ю",  "е",  "и",  "ы",  "ом",  "ем",  "ой",
      "ей",  "ою",  "ею", "ью", "ым", "им", "ам", "ям",  "ах",  "ях",
      "ами", "ями", "ов", "ев", "ии", "ия", "ию", "ией", "ием", "ьи"};
  return kEndings;
}

const std::unordered_set<std::string_view>& AdjectiveEndings() {
  static const std::unordered_set<std::string_view> kEndings = {
      "ий",  "ый",  "ой",  "ая",  "яя",  "ое", "ее", "ые", "ие",
      "ого", "его", "ому", "ему", "ым",  "им", "ом", "ем", "ую",
      "юю",  "ых",  "их",  "ыми", "ими", "ою", "ею", "ей"};
  return kEndings;
}

// Korean particles written onto a name ("김일성은", "김일성의").
const std::unordered_set<std::string_view>& HangulParticles() {
  static const std::unordered_set<std::string_view> kParticles = {
      "은",   "는", "이", "가", "을", "를",   "의", "에",   "에서",
      "에게", "와", "과", "도", "로", "으로", "만", "께서", "께"};
  return kParticles;
}

bool IsEnding(std::string_view suffix) {
  return NounEndings().count(suffix) > 0 ||
         AdjectiveEndings().count(suffix) > 0;
}

std::vector<std::string> AdjectiveBases(std::string_view word) {
  std::vector<std::string> bases;
  size_t letters = CodePointCount(word);
  for (size_t n = 2; n <= 3 && n + 6 <= letters; ++n) {
    size_t bytes = SuffixBytes(word, n);
    if (AdjectiveEndings().count(word.substr(word.size() - bytes)) == 0) {
      continue;
    }
    std::string_view stem = word.substr(0, word.size() - bytes);
    constexpr std::string_view kSk = "ск";
    if (stem.size() <= kSk.size() ||
        stem.substr(stem.size() - kSk.size()) != kSk) {
      continue;
    }
    std::string_view base = stem.substr(0, stem.size() - kSk.size());
    if (CodePointCount(base) >= 4) bases.emplace_back(base);
    for (std::string_view link : {"ов", "ев"}) {
      if (base.size() > link.size() &&
          base.substr(base.size() - link.size()) == link &&
          CodePointCount(base) >= 4 + 2) {
        bases.emplace_back(base.substr(0, base.size() - link.size()));
      }
    }
    // A vowel inserted before the last consonant: "москов-" from "Москва".
    size_t last = SuffixBytes(base, 1);
    size_t vowel = SuffixBytes(base, 2) - last;
    std::string_view before_last =
        base.substr(base.size() - last - vowel, vowel);
    if (CodePointCount(base) >= 5 &&
        (before_last == "о" || before_last == "е")) {
      std::string dropped(base.substr(0, base.size() - last - vowel));
      dropped += base.substr(base.size() - last);
      bases.push_back(std::move(dropped));
    }
  }
  return bases;
}

AliasWord MakeAliasWord(const Token& t, bool alone) {
  AliasWord w;
  w.folded = t.folded;
  w.cyrillic = t.cyrillic;
  w.latin = t.latin;
  w.hangul = t.hangul;
  w.letters = t.letters;
  w.acronym = t.letters >= 2 && t.letters <= 5 && t.upper == t.letters;
  // A word of one or two letters standing alone ("Ли") is never declined:
  // its "forms" would be ordinary words.
  if (!w.cyrillic || (alone && w.letters < 3)) return w;
  CodePoint last = LastCodePoint(w.folded);
  static const std::u32string_view kReplaced = U"аяоеьйыи";
  static const std::u32string_view kIndeclinable = U"уюэ";
  if (kReplaced.find(static_cast<char32_t>(last)) !=
      std::u32string_view::npos) {
    std::string stem =
        w.folded.substr(0, w.folded.size() - SuffixBytes(w.folded, 1));
    if (CodePointCount(stem) >= 3) {
      w.noun_stem = stem;
      w.zero_ending = last == U'а' || last == U'о';
    }
  } else if (kIndeclinable.find(static_cast<char32_t>(last)) ==
             std::u32string_view::npos) {
    w.noun_stem = w.folded;  // a consonant: endings are added
  }
  if (w.letters >= 5) {
    static const std::unordered_set<std::string_view> kAdjectiveNominative = {
        "ая", "яя", "ое", "ее", "ий", "ый", "ой", "ие", "ые", "ых", "их", "ую"};
    size_t bytes = SuffixBytes(w.folded, 2);
    if (kAdjectiveNominative.count(
            std::string_view(w.folded).substr(w.folded.size() - bytes))) {
      w.adj_stem = w.folded.substr(0, w.folded.size() - bytes);
    }
  }
  return w;
}

// True when `form` (folded Cyrillic) is an inflected form of `w`.
bool Inflects(const AliasWord& w, std::string_view form) {
  if (!w.noun_stem.empty() && StartsWith(form, w.noun_stem)) {
    std::string_view rest = form.substr(w.noun_stem.size());
    if (rest.empty() ? w.zero_ending : NounEndings().count(rest) > 0) {
      return true;
    }
  }
  if (!w.adj_stem.empty() && StartsWith(form, w.adj_stem)) {
    if (AdjectiveEndings().count(form.substr(w.adj_stem.size()))) return true;
  }
  return false;
}

WordFit FitWord(const AliasWord& w, const Token& t) {
  if (w.acronym && t.upper < w.letters) return {};
  if (t.folded == w.folded) return {Fit::kExact, false};
  if (w.latin && !t.possessive_base.empty() && t.possessive_base == w.folded) {
    return {Fit::kExact, true};
  }
  if (w.cyrillic) {
    if (t.cyrillic && Inflects(w, t.folded)) return {Fit::kInflected, false};
    if (!t.twin.empty() && (t.twin == w.folded || Inflects(w, t.twin))) {
      return {Fit::kTwin, false};
    }
  }
  if (w.hangul && t.hangul && StartsWith(t.folded, w.folded) &&
      HangulParticles().count(
          std::string_view(t.folded).substr(w.folded.size()))) {
    return {Fit::kInflected, false};
  }
  return {};
}

bool GapAllowed(std::string_view gap, std::string_view alias_gap,
                uint16_t previous_letters) {
  if (gap.size() > 16) return false;
  int line_breaks = 0;
  int brackets = 0;
  for (size_t i = 0; i < gap.size();) {
    CodePoint c = NextCodePoint(gap, i);
    if (c == '\n' && ++line_breaks > 1) return false;
    if (c < 0) return false;
    if (text::IsSpace(c) || text::IsHyphen(c)) continue;
    // "Kim [Il Sung]", "[Li] Kenong": the editor completes the name.
    if ((c == '[' || c == ']') && ++brackets == 1) continue;
    std::string encoded;
    text::AppendUtf8(encoded, c);
    if (alias_gap.find(encoded) != std::string_view::npos) continue;
    if (c == '.' && previous_letters <= 3) continue;
    return false;
  }
  return true;
}

}  // namespace parley::importers::detail
