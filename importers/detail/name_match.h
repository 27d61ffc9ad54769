// How a written name is compared with a gazetteer alias: text cut into
// tokens with byte offsets (folded, with a Cyrillic twin and a possessive
// base), an alias's words with the stems their forms are built on, the
// Russian endings and Korean particles a name takes, and whether a token is
// a form of an alias word. Internals of importers/gazetteer.cc.
#ifndef PARLEY_IMPORTERS_DETAIL_NAME_MATCH_H_
#define PARLEY_IMPORTERS_DETAIL_NAME_MATCH_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "text/utf8.h"

namespace parley::importers::detail {

// `s` without the spaces, tabs and line ends around it.
std::string_view Trim(std::string_view s);

struct Token {
  size_t start = 0;  // bytes in the text
  size_t end = 0;
  std::string folded;  // text::FoldNameWord: "peoples", "38", "ким"
  // The Cyrillic reading of a word written only in Latin letters that have
  // Cyrillic twins ("HAM" -> "нам"); empty otherwise.
  std::string twin;
  // For a Latin word ending in "'s": the word without it, and where the
  // apostrophe is.
  std::string possessive_base;
  size_t possessive_end = 0;
  uint16_t letters = 0;
  uint16_t upper = 0;
  bool cyrillic = false;
  bool latin = false;
  bool hangul = false;
};

// The token of the word written at [start, end) of `written`.
Token MakeToken(std::string_view written, size_t start, size_t end);

// Words of `written` (text::FindWords: an apostrophe between letters belongs
// to the word, every Han or kana character is a word, "38-й" is one word),
// each folded by text::FoldNameWord. Byte offsets are into `written`.
std::vector<Token> Tokenize(std::string_view written);

// Russian case endings of nouns and of adjectives, and the Korean particles
// written onto a name ("김일성은", "김일성의").
const std::unordered_set<std::string_view>& NounEndings();
const std::unordered_set<std::string_view>& AdjectiveEndings();
const std::unordered_set<std::string_view>& HangulParticles();
bool IsEnding(std::string_view suffix);

// Calls `f(stem)` for every way of reading `word` as a stem plus a case or
// adjective ending (the stem keeps at least two letters).
template <typename F>
void ForEachEndingStrip(std::string_view word, F&& f) {
  size_t letters = text::CodePointCount(word);
  for (size_t n = 1; n <= 3 && n + 2 <= letters; ++n) {
    size_t bytes = text::SuffixBytes(word, n);
    if (IsEnding(word.substr(word.size() - bytes))) {
      f(word.substr(0, word.size() - bytes));
    }
  }
}

// "лисынмановскими" -> "лисынман", "пхеньянскому" -> "пхеньян",
// "московский" -> "москов", "моск", "москв": the possible bases of an adjective
// made from a name with -ск- or -овск-/-евск-.
std::vector<std::string> AdjectiveBases(std::string_view word);

// One word of an alias, with the stems its inflected forms are built on.
struct AliasWord {
  std::string folded;
  std::string noun_stem;     // + a noun ending; empty: indeclinable
  std::string adj_stem;      // + an adjective ending; empty: not an adjective
  bool zero_ending = false;  // the bare stem is a form too ("войск")
  bool acronym = false;      // "UN", "МИД": matches only capitals
  bool cyrillic = false;
  bool latin = false;
  bool hangul = false;
  uint16_t letters = 0;
};

// The alias word of token `t`; `alone` when it is the alias's only word.
AliasWord MakeAliasWord(const Token& t, bool alone);

// True when `form` (folded Cyrillic) is an inflected form of `w`.
bool Inflects(const AliasWord& w, std::string_view form);

enum class Fit { kNone, kExact, kInflected, kTwin };

struct WordFit {
  Fit fit = Fit::kNone;
  bool possessive = false;
};

// How token `t` of a text fits alias word `w`.
WordFit FitWord(const AliasWord& w, const Token& t);

// Calls `f(key)` with every index key under which an alias whose first word
// `t` could be is filed.
template <typename F>
void ForEachLookupKey(const Token& t, F&& f) {
  f(t.folded);
  if (!t.possessive_base.empty()) f(t.possessive_base);
  auto stems = [&](const std::string& form) {
    ForEachEndingStrip(form,
                       [&](std::string_view stem) { f(std::string(stem)); });
  };
  if (t.cyrillic) stems(t.folded);
  if (!t.twin.empty()) {
    f(t.twin);
    stems(t.twin);
  }
  if (t.hangul) {
    for (size_t n = 1; n <= 2; ++n) {
      size_t bytes = text::SuffixBytes(t.folded, n);
      if (bytes < t.folded.size() &&
          HangulParticles().count(
              std::string_view(t.folded).substr(t.folded.size() - bytes))) {
        f(t.folded.substr(0, t.folded.size() - bytes));
      }
    }
  }
}

// What may stand between two words of a multi-word alias: spaces (one line
// break at most), hyphens, whatever the alias itself has there ("VKP(b)"),
// the full stop of an initial or abbreviation ("George F. Kennan"), and one
// editor's bracket ("Kim [Il Sung]").
bool GapAllowed(std::string_view gap, std::string_view alias_gap,
                uint16_t previous_letters);

}  // namespace parley::importers::detail

#endif  // PARLEY_IMPORTERS_DETAIL_NAME_MATCH_H_
