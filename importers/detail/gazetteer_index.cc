#include "importers/detail/gazetteer_index.h"

#include <algorithm>

#include "importers/detail/word_tokens.h"
#include "text/chars.h"
#include "text/edit_distance.h"
#include "text/translit.h"
#include "text/utf8.h"

namespace parley::importers {

using detail::AdjectiveBases;
using detail::Alias;
using detail::AliasWord;
using detail::Fit;
using detail::FitWord;
using detail::ForEachEndingStrip;
using detail::ForEachLookupKey;
using detail::FuzzyKey;
using detail::GapAllowed;
using detail::KeyIndex;
using detail::MakeAliasWord;
using detail::Match;
using detail::NounEndings;
using detail::StartsWith;
using detail::Token;
using detail::Tokenize;
using detail::Trim;
using detail::WordFit;
using graph::NodeKind;

namespace {

using text::CodePoint;
using text::CodePointCount;
using text::IsLetter;
using text::NextCodePoint;
using text::SuffixBytes;

void AddKey(KeyIndex& index, const std::string& key, uint32_t id) {
  if (key.empty()) return;
  std::vector<uint32_t>& ids = index[key];
  if (ids.empty() || ids.back() != id) ids.push_back(id);
}

// Squashed Latin spelling of tokens for fuzzy comparison.
std::string SquashedLatin(const std::vector<Token>& tokens, size_t from,
                          size_t to) {
  std::string out;
  for (size_t k = from; k < to; ++k) {
    const Token& t = tokens[k];
    out += t.cyrillic ? text::ToLatin(t.folded, text::LatinScheme::kNames)
                      : t.folded;
  }
  return out;
}

size_t LetterCount(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    if (IsLetter(NextCodePoint(s, i))) ++n;
  }
  return n;
}

}  // namespace

void Gazetteer::Index::AddAlias(uint32_t entry, std::string_view name,
                                bool codename) {
  std::vector<Token> tokens = Tokenize(name);
  if (tokens.empty()) return;
  Alias alias;
  alias.entry = entry;
  alias.codename = codename;
  for (size_t k = 0; k < tokens.size(); ++k) {
    alias.words.push_back(MakeAliasWord(tokens[k], tokens.size() == 1));
    if (k > 0) {
      std::string gap;
      std::string_view between =
          name.substr(tokens[k - 1].end, tokens[k].start - tokens[k - 1].end);
      for (size_t i = 0; i < between.size();) {
        CodePoint c = NextCodePoint(between, i);
        if (c >= 0 && !text::IsSpace(c)) text::AppendUtf8(gap, c);
      }
      alias.gaps.push_back(std::move(gap));
    }
  }
  alias.tail = std::string(Trim(name.substr(tokens.back().end)));
  size_t first_at = tokens.front().start;
  alias.capitalized = text::IsUpper(NextCodePoint(name, first_at));
  const uint32_t id = static_cast<uint32_t>(aliases.size());
  const AliasWord& first = alias.words.front();
  AddKey(by_first_word, first.folded, id);
  AddKey(by_first_word, first.noun_stem, id);
  AddKey(by_first_word, first.adj_stem, id);

  bool all_cyrillic =
      std::all_of(alias.words.begin(), alias.words.end(),
                  [](const AliasWord& w) { return w.cyrillic; });
  if (all_cyrillic) {
    std::string joined;
    for (const AliasWord& w : alias.words) joined += w.folded;
    if (CodePointCount(joined) >= 4) AddKey(by_adjective_base, joined, id);
    const AliasWord& last = alias.words.back();
    if (!last.noun_stem.empty() && last.noun_stem != last.folded) {
      std::string stem_joined =
          joined.substr(0, joined.size() - last.folded.size()) + last.noun_stem;
      if (CodePointCount(stem_joined) >= 4) {
        AddKey(by_adjective_base, stem_joined, id);
      }
    }
  }

  bool spelled_in_letters = std::all_of(
      tokens.begin(), tokens.end(),
      [](const Token& t) { return t.latin || t.cyrillic || t.letters == 0; });
  if (spelled_in_letters) {
    std::string squashed = SquashedLatin(tokens, 0, tokens.size());
    if (LetterCount(squashed) >= 6) {
      size_t length = CodePointCount(squashed);
      fuzzy.push_back({std::move(squashed), length, entry});
    }
  }
  aliases.push_back(std::move(alias));
}

void Gazetteer::Index::AddStopWord(std::string_view word) {
  std::string folded = FoldName(word);
  if (folded.empty()) return;
  stop_phrases.insert(folded);
  std::vector<Token> tokens = Tokenize(word);
  if (tokens.size() == 1 && tokens[0].cyrillic) {
    AliasWord w = MakeAliasWord(tokens[0], true);
    w.acronym = false;
    const uint32_t id = static_cast<uint32_t>(stop_words.size());
    AddKey(stop_by_key, w.folded, id);
    AddKey(stop_by_key, w.noun_stem, id);
    AddKey(stop_by_key, w.adj_stem, id);
    stop_words.push_back(std::move(w));
  }
}

bool Gazetteer::Index::IsStopToken(const Token& t) const {
  if (stop_phrases.count(t.folded)) return true;
  if (!t.cyrillic) return false;
  bool found = false;
  ForEachLookupKey(t, [&](const std::string& key) {
    if (found) return;
    auto it = stop_by_key.find(key);
    if (it == stop_by_key.end()) return;
    for (uint32_t id : it->second) {
      if (FitWord(stop_words[id], t).fit != Fit::kNone) found = true;
    }
  });
  return found;
}

std::optional<Match> Gazetteer::Index::MatchAt(
    std::string_view text, const std::vector<Token>& tokens, size_t i,
    std::optional<NodeKind> kind) const {
  std::vector<uint32_t> candidates;
  ForEachLookupKey(tokens[i], [&](const std::string& key) {
    auto it = by_first_word.find(key);
    if (it == by_first_word.end()) return;
    for (uint32_t id : it->second) {
      if (std::find(candidates.begin(), candidates.end(), id) ==
          candidates.end()) {
        candidates.push_back(id);
      }
    }
  });
  std::optional<Match> best;
  for (uint32_t id : candidates) {
    const Alias& alias = aliases[id];
    if (kind && kinds[alias.entry] != *kind) continue;
    const size_t n = alias.words.size();
    if (i + n > tokens.size()) continue;
    // A person's name written with a capital is written so in the text.
    if (alias.capitalized && kinds[alias.entry] == NodeKind::kPerson) {
      size_t at = tokens[i].start;
      if (text::IsLower(NextCodePoint(text, at))) continue;
    }
    Match m{id, n, 0, false};
    bool ok = true;
    bool genuine_cyrillic = false;
    bool twin = false;
    for (size_t k = 0; k < n && ok; ++k) {
      const Token& t = tokens[i + k];
      if (k > 0) {
        const Token& previous = tokens[i + k - 1];
        ok = GapAllowed(text.substr(previous.end, t.start - previous.end),
                        alias.gaps[k - 1], previous.letters);
        if (!ok) break;
      }
      WordFit fit = FitWord(alias.words[k], t);
      switch (fit.fit) {
        case Fit::kNone:
          ok = false;
          break;
        case Fit::kExact:
          break;
        case Fit::kInflected:
          m.cost += 1;
          break;
        case Fit::kTwin:
          m.cost += 2;
          twin = true;
          break;
      }
      if (fit.fit == Fit::kExact || fit.fit == Fit::kInflected) {
        genuine_cyrillic = genuine_cyrillic || t.cyrillic;
      }
      if (fit.possessive) {
        // "Kim's Il Sung" is not a name.
        if (k + 1 != n) ok = false;
        m.possessive = true;
      }
    }
    if (!ok) continue;
    // Look-alike Latin letters count only beside real Cyrillic in one
    // name: "HAM ИР" is Нам Ир, "HAM" alone is English.
    if (twin && (n == 1 || !genuine_cyrillic)) continue;
    if (!best || m.words > best->words ||
        (m.words == best->words &&
         (m.cost < best->cost ||
          (m.cost == best->cost && m.alias < best->alias)))) {
      best = m;
    }
  }
  return best;
}

std::optional<uint32_t> Gazetteer::Index::AdjectiveAt(
    const Token& t, std::optional<NodeKind> kind) const {
  if (!t.cyrillic) return std::nullopt;
  for (const std::string& base : AdjectiveBases(t.folded)) {
    auto it = by_adjective_base.find(base);
    if (it == by_adjective_base.end()) continue;
    for (uint32_t id : it->second) {
      if (!kind || kinds[aliases[id].entry] == *kind) return id;
    }
  }
  return std::nullopt;
}

std::optional<uint32_t> Gazetteer::Index::ResolveWhole(
    std::string_view name, std::optional<NodeKind> kind) const {
  std::vector<Token> tokens = Tokenize(name);
  if (tokens.empty()) return std::nullopt;
  if (std::optional<Match> m = MatchAt(name, tokens, 0, kind)) {
    if (m->words == tokens.size()) return aliases[m->alias].entry;
  }
  if (tokens.size() == 1) {
    if (std::optional<uint32_t> id = AdjectiveAt(tokens[0], kind)) {
      return aliases[*id].entry;
    }
  }
  return std::nullopt;
}

std::optional<uint32_t> Gazetteer::Index::ResolveFuzzy(
    std::string_view name, std::optional<NodeKind> kind) const {
  std::vector<Token> tokens = Tokenize(name);
  if (tokens.empty()) return std::nullopt;
  bool latin_input = std::all_of(tokens.begin(), tokens.end(),
                                 [](const Token& t) { return !t.cyrillic; });
  std::vector<std::string> spellings = {
      SquashedLatin(tokens, 0, tokens.size())};
  // "ПАК ДЕНЧО" and "ПАК ДЕНЧОМ" should meet the same alias.
  const Token& last = tokens.back();
  if (last.cyrillic) {
    std::string head = SquashedLatin(tokens, 0, tokens.size() - 1);
    ForEachEndingStrip(last.folded, [&](std::string_view stem) {
      if (NounEndings().count(
              std::string_view(last.folded).substr(stem.size())) &&
          CodePointCount(stem) >= 3) {
        spellings.push_back(head +
                            text::ToLatin(stem, text::LatinScheme::kNames));
      }
    });
  }
  size_t best_distance = 2;
  std::vector<uint32_t> best_entries;
  for (const std::string& spelling : spellings) {
    if (LetterCount(spelling) < 6) continue;
    const size_t length = CodePointCount(spelling);
    for (const FuzzyKey& key : fuzzy) {
      if (kind && kinds[key.entry] != *kind) continue;
      // One edit changes the length by one at most, and leaves the first or
      // the last letter as it was (both have six letters or more).
      if (key.length + 1 < length || length + 1 < key.length) continue;
      if (spelling.front() != key.squashed.front() &&
          spelling.back() != key.squashed.back())
        continue;
      // An English word with one more letter at the end is a derived
      // word ("Korean"), not a misspelling.
      if (latin_input && spelling.size() > key.squashed.size() &&
          StartsWith(spelling, key.squashed)) {
        continue;
      }
      size_t d = text::EditDistance(spelling, key.squashed, 1);
      if (d > 1) continue;
      if (d < best_distance) {
        best_distance = d;
        best_entries.clear();
      }
      if (d == best_distance &&
          std::find(best_entries.begin(), best_entries.end(), key.entry) ==
              best_entries.end()) {
        best_entries.push_back(key.entry);
      }
    }
  }
  // Two people equally close: no guess.
  if (best_entries.size() != 1) return std::nullopt;
  return best_entries[0];
}

}  // namespace parley::importers
