// The gazetteer file parser and the name matcher. Text is cut into words with
// byte offsets; every alias of every entry is cut the same way and indexed by
// the forms its first word can take, so FindMentions looks each word of a
// page up in a hash table instead of scanning the aliases.
#include "importers/gazetteer.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "text/chars.h"
#include "text/edit_distance.h"
#include "text/fold.h"
#include "text/translit.h"
#include "text/utf8.h"
#include "text/words.h"

namespace parley::importers {
namespace {

using graph::NodeKind;

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

// ---------------------------------------------------------------------------
// Tokens

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
// to the word, every Han or kana character is a word, "38-й" is one word),
// each folded by text::FoldNameWord. Byte offsets are into `written`.
std::vector<Token> Tokenize(std::string_view written) {
  text::WordOptions options;
  options.ordinal_endings = true;
  std::vector<Token> tokens;
  for (const text::WordSpan& w : text::FindWords(written, options)) {
    tokens.push_back(MakeToken(written, w.start, w.end));
  }
  return tokens;
}

// ---------------------------------------------------------------------------
// Russian endings

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

// Calls `f(stem)` for every way of reading `word` as a stem plus a case or
// adjective ending (the stem keeps at least two letters).
template <typename F>
void ForEachEndingStrip(std::string_view word, F&& f) {
  size_t letters = CodePointCount(word);
  for (size_t n = 1; n <= 3 && n + 2 <= letters; ++n) {
    size_t bytes = SuffixBytes(word, n);
    if (IsEnding(word.substr(word.size() - bytes))) {
      f(word.substr(0, word.size() - bytes));
    }
  }
}

// "лисынмановскими" -> "лисынман", "пхеньянскому" -> "пхеньян",
// "московский" -> "москов", "моск", "москв": the possible bases of an adjective
// made from a name with -ск- or -овск-/-евск-.
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

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
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

enum class Fit { kNone, kExact, kInflected, kTwin };

struct WordFit {
  Fit fit = Fit::kNone;
  bool possessive = false;
};

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
      size_t bytes = SuffixBytes(t.folded, n);
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
// and the full stop of an initial or abbreviation ("George F. Kennan").
bool GapAllowed(std::string_view gap, std::string_view alias_gap,
                uint16_t previous_letters) {
  if (gap.size() > 16) return false;
  int line_breaks = 0;
  for (size_t i = 0; i < gap.size();) {
    CodePoint c = NextCodePoint(gap, i);
    if (c == '\n' && ++line_breaks > 1) return false;
    if (c < 0) return false;
    if (text::IsSpace(c) || text::IsHyphen(c)) continue;
    std::string encoded;
    text::AppendUtf8(encoded, c);
    if (alias_gap.find(encoded) != std::string_view::npos) continue;
    if (c == '.' && previous_letters <= 3) continue;
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Stop words

// Forms of address, titles, ranks and the words of telegram headers and of
// the archive's page furniture. data/gazetteer.tsv may add more
// ("stopword" rows).
constexpr std::string_view kBuiltInStopWords[] = {
    // Address
    "Comrade", "Comrades", "Cde", "Cdes", "Com", "Tov", "Mr", "Mrs", "Messrs",
    "Sir", "Dear", "Товарищ", "Товарищи", "Тов", "Господин",
    // Titles and ranks
    "General", "Generals", "Generalissimo", "Marshal", "Admiral",
    "Vice Admiral", "Rear Admiral", "Colonel", "Lieutenant", "Major", "Captain",
    "Commander", "Commander-in-Chief", "Secretary", "Chairman", "Minister",
    "Deputy", "Chief", "Head", "Premier", "President", "Ambassador", "Envoy",
    "Representative", "Генерал", "Генералиссимус", "Маршал", "Адмирал",
    "Полковник", "Командующий", "Министр", "Заместитель", "Начальник",
    "Председатель", "Секретарь", "Глава", "Посол", "Премьер", "Президент",
    "Представитель",
    // Telegram and page words
    "Telegram", "Telegrams", "Cable", "Cables", "Ciphered", "Cipher", "Series",
    "Copy", "Copies", "Received", "Sent", "Dispatched", "From", "To", "For",
    "By", "Via", "Top Secret", "Secret", "Stamp", "Extremely urgent", "Urgent",
    "Excerpt", "Protocol", "Decision", "Resolution", "Document", "Information",
    "Source", "Record", "Record ID", "Type", "Language", "Attachment", "Annex",
    "Draft", "Message", "Letter", "Report", "No", "Skip to content",
    "Телеграмма", "Шифртелеграмма", "Шифровка", "Копия", "Серия", "Получено",
    "Отправлено", "Совершенно секретно", "Секретно", "Срочно", "Весьма срочно",
    "Штамп", "Выписка", "Протокол", "Решение", "Приложение", "Проект"};

}  // namespace

// ---------------------------------------------------------------------------
// The index

namespace {

struct Alias {
  uint32_t entry = 0;
  bool codename = false;
  std::vector<AliasWord> words;
  // What separates word k from word k + 1 in the alias as written, minus
  // spaces: "(" for "VKP(b)".
  std::vector<std::string> gaps;
  // What follows the last word in the alias as written: ")" for "VKP(b)",
  // "." for "U.S."; taken into the mention when the text has it too.
  std::string tail;
};

struct FuzzyKey {
  std::string squashed;  // Latin letters, no spaces: "pakdoncho"
  size_t length = 0;     // code points of `squashed`
  uint32_t entry = 0;
};

using KeyIndex = std::unordered_map<std::string, std::vector<uint32_t>>;

void AddKey(KeyIndex& index, const std::string& key, uint32_t id) {
  if (key.empty()) return;
  std::vector<uint32_t>& ids = index[key];
  if (ids.empty() || ids.back() != id) ids.push_back(id);
}

struct Match {
  uint32_t alias = 0;
  size_t words = 0;  // text tokens covered
  int cost = 0;      // 0 for exact; inflections and twins cost more
  bool possessive = false;
};

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

struct Gazetteer::Index {
  std::vector<NodeKind> kinds;  // per entry
  std::vector<Alias> aliases;
  KeyIndex by_first_word;      // every form the first word can take
  KeyIndex by_adjective_base;  // "лисынман" -> Ли Сын Ман
  std::vector<FuzzyKey> fuzzy;
  std::unordered_map<std::string, uint32_t> by_id;
  std::unordered_set<std::string> stop_phrases;  // folded
  std::vector<AliasWord> stop_words;             // one-word Cyrillic ones
  KeyIndex stop_by_key;

  void AddAlias(uint32_t entry, std::string_view name, bool codename);
  void AddStopWord(std::string_view word);
  bool IsStopToken(const Token& t) const;

  // The best alias starting at tokens[i] (longest, then closest), or
  // nothing. `text` is what the tokens were cut from.
  std::optional<Match> MatchAt(std::string_view text,
                               const std::vector<Token>& tokens, size_t i,
                               std::optional<NodeKind> kind) const;
  // An entry whose name the adjective tokens[i] is made from.
  std::optional<uint32_t> AdjectiveAt(const Token& t,
                                      std::optional<NodeKind> kind) const;
  std::optional<uint32_t> ResolveWhole(std::string_view name,
                                       std::optional<NodeKind> kind) const;
  std::optional<uint32_t> ResolveFuzzy(std::string_view name,
                                       std::optional<NodeKind> kind) const;
};

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

// ---------------------------------------------------------------------------
// Parsing

namespace {

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t from = 0;
  while (true) {
    size_t at = s.find(sep, from);
    parts.push_back(s.substr(from, at == std::string_view::npos
                                       ? std::string_view::npos
                                       : at - from));
    if (at == std::string_view::npos) break;
    from = at + 1;
  }
  return parts;
}

std::vector<std::string> SplitNames(std::string_view field) {
  std::vector<std::string> names;
  for (std::string_view part : Split(field, '|')) {
    part = Trim(part);
    if (part.empty()) continue;
    if (std::find(names.begin(), names.end(), part) == names.end()) {
      names.emplace_back(part);
    }
  }
  return names;
}

bool IsValidSlug(std::string_view slug) {
  if (slug.empty() || slug.front() == '-' || slug.back() == '-') return false;
  char previous = 0;
  for (char c : slug) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && previous == '-')) return false;
    previous = c;
  }
  return true;
}

bool IsValidWikidata(std::string_view id) {
  if (id.size() < 2 || id[0] != 'Q' || id[1] == '0') return false;
  return std::all_of(id.begin() + 1, id.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
}

constexpr size_t kMinColumns = 4;
constexpr size_t kMaxColumns = 7;

// Reads the affiliation column ("side=kpa-cpv role=delegation
// government=north-korea office=ministry-of-foreign-affairs") into `entry`;
// "" or the error.
std::string ReadAffiliation(std::string_view column, GazetteerEntry& entry) {
  size_t at = 0;
  while (at < column.size()) {
    size_t space = column.find(' ', at);
    if (space == std::string_view::npos) space = column.size();
    std::string_view pair = column.substr(at, space - at);
    at = space + 1;
    if (pair.empty()) continue;
    size_t eq = pair.find('=');
    if (eq == std::string_view::npos) {
      return "affiliation \"" + std::string(pair) +
             "\" is not key=value (side, role, government or office)";
    }
    std::string_view key = pair.substr(0, eq);
    std::string value(pair.substr(eq + 1));
    if (key == "side") {
      if (value != "kpa-cpv" && value != "unc")
        return "unknown side \"" + value + "\" (kpa-cpv or unc)";
      entry.side = value;
    } else if (key == "role") {
      if (value != "delegation" && value != "government" && value != "adviser")
        return "unknown role \"" + value +
               "\" (delegation, government or adviser)";
      entry.side_role = value;
    } else if (key == "government") {
      if (!IsValidSlug(value)) return "bad government id \"" + value + "\"";
      entry.government = "place:" + value;
    } else if (key == "office") {
      if (!IsValidSlug(value)) return "bad office id \"" + value + "\"";
      entry.office = "org:" + value;
    } else {
      return "unknown affiliation key \"" + std::string(key) +
             "\" (side, role, government or office)";
    }
  }
  if (!entry.office.empty() && entry.government.empty())
    return "an office needs its government (government=...)";
  return "";
}

}  // namespace

Result<Gazetteer> Gazetteer::Parse(std::string_view text,
                                   const std::string& source) {
  Gazetteer g;
  auto index = std::make_shared<Index>();
  for (std::string_view word : kBuiltInStopWords) index->AddStopWord(word);

  std::vector<size_t> entry_lines;
  std::unordered_map<std::string, size_t> id_lines;
  auto error = [&](size_t line, const std::string& message) {
    return Status::InvalidArgument(source + ":" + std::to_string(line) + ": " +
                                   message);
  };

  size_t line_number = 0;
  size_t from = 0;
  while (from < text.size()) {
    size_t newline = text.find('\n', from);
    std::string_view line = text.substr(from, newline == std::string_view::npos
                                                  ? std::string_view::npos
                                                  : newline - from);
    from = newline == std::string_view::npos ? text.size() : newline + 1;
    ++line_number;
    if (line_number == 1 && StartsWith(line, "\xEF\xBB\xBF")) {
      line.remove_prefix(3);  // a byte-order mark from a Windows editor
    }
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!text::IsValidUtf8(line)) return error(line_number, "invalid UTF-8");
    std::string_view content = Trim(line);
    if (content.empty() || content.front() == '#') continue;

    std::vector<std::string_view> columns = Split(line, '\t');
    if (columns.size() < kMinColumns || columns.size() > kMaxColumns) {
      return error(line_number,
                   "expected 6 or 7 tab-separated columns (kind, id, label, "
                   "names, codenames, wikidata, affiliation), found " +
                       std::to_string(columns.size()));
    }
    columns.resize(kMaxColumns);
    for (std::string_view& c : columns) c = Trim(c);
    const std::string kind_name(columns[0]);

    if (kind_name == "stopword") {
      for (const std::string& word : SplitNames(columns[3])) {
        index->AddStopWord(word);
      }
      continue;
    }

    GazetteerEntry entry;
    std::string prefix;
    if (kind_name == "person") {
      entry.kind = NodeKind::kPerson;
      prefix = "person:";
    } else if (kind_name == "organization") {
      entry.kind = NodeKind::kOrganization;
      prefix = "org:";
    } else if (kind_name == "place") {
      entry.kind = NodeKind::kPlace;
      prefix = "place:";
    } else {
      return error(line_number, "unknown kind \"" + kind_name +
                                    "\" (expected person, organization, "
                                    "place or stopword)");
    }
    if (!IsValidSlug(columns[1])) {
      return error(line_number,
                   "bad id \"" + std::string(columns[1]) +
                       "\": use lower-case letters, digits and single "
                       "hyphens, e.g. kim-il-sung");
    }
    entry.id = prefix + std::string(columns[1]);
    if (auto [it, inserted] = id_lines.emplace(entry.id, line_number);
        !inserted) {
      return error(line_number, "duplicate id " + entry.id +
                                    " (first on line " +
                                    std::to_string(it->second) + ")");
    }
    entry.label = std::string(columns[2]);
    if (entry.label.empty()) return error(line_number, "empty label");
    entry.names = SplitNames(columns[3]);
    if (std::find(entry.names.begin(), entry.names.end(), entry.label) ==
        entry.names.end()) {
      entry.names.insert(entry.names.begin(), entry.label);
    }
    entry.codenames = SplitNames(columns[4]);
    entry.wikidata = std::string(columns[5]);
    if (!entry.wikidata.empty() && !IsValidWikidata(entry.wikidata)) {
      return error(line_number, "bad wikidata id \"" + entry.wikidata +
                                    "\" (expected Q followed by digits, or "
                                    "nothing)");
    }
    if (std::string e = ReadAffiliation(columns[6], entry); !e.empty())
      return error(line_number, e);
    for (const auto* list : {&entry.names, &entry.codenames}) {
      for (const std::string& name : *list) {
        if (Tokenize(name).empty()) {
          return error(line_number,
                       "name \"" + name + "\" has no letters or digits");
        }
      }
    }
    g.entries_.push_back(std::move(entry));
    entry_lines.push_back(line_number);
  }

  // One spelling, one entry: a name shared by two entries would make every
  // match of it a guess.
  std::unordered_map<std::string, uint32_t> owners;
  for (uint32_t e = 0; e < g.entries_.size(); ++e) {
    const GazetteerEntry& entry = g.entries_[e];
    index->kinds.push_back(entry.kind);
    index->by_id.emplace(entry.id, e);
    for (const auto* list : {&entry.names, &entry.codenames}) {
      for (const std::string& name : *list) {
        auto [it, inserted] = owners.emplace(FoldName(name), e);
        if (!inserted && it->second != e) {
          return error(entry_lines[e],
                       "name \"" + name + "\" already belongs to " +
                           g.entries_[it->second].id + " (line " +
                           std::to_string(entry_lines[it->second]) + ")");
        }
      }
    }
    for (const std::string& name : entry.names) index->AddAlias(e, name, false);
    for (const std::string& name : entry.codenames) {
      index->AddAlias(e, name, true);
    }
  }
  // A government is a place; an office is that of an organisation.
  for (size_t e = 0; e < g.entries_.size(); ++e) {
    const GazetteerEntry& entry = g.entries_[e];
    auto kind_of = [&](const std::string& id) -> std::optional<NodeKind> {
      auto it = index->by_id.find(id);
      if (it == index->by_id.end()) return std::nullopt;
      return g.entries_[it->second].kind;
    };
    if (!entry.government.empty() &&
        kind_of(entry.government) != NodeKind::kPlace) {
      return error(entry_lines[e], "government " + entry.government +
                                       " is no place of the gazetteer");
    }
    if (!entry.office.empty() &&
        kind_of(entry.office) != NodeKind::kOrganization) {
      return error(entry_lines[e], "office " + entry.office +
                                       " is no organization of the gazetteer");
    }
  }
  g.index_ = std::move(index);
  return g;
}

Result<Gazetteer> Gazetteer::LoadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::IOError("cannot open " + path + ": " + std::strerror(errno));
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Status::IOError("cannot read " + path);
  return Parse(text.str(), path);
}

// ---------------------------------------------------------------------------
// Queries

std::vector<Mention> Gazetteer::FindMentions(std::string_view text,
                                             size_t base) const {
  std::vector<Mention> mentions;
  if (!index_) return mentions;
  std::vector<Token> tokens = Tokenize(text);
  for (size_t i = 0; i < tokens.size();) {
    if (std::optional<Match> m = index_->MatchAt(text, tokens, i, {})) {
      const Alias& alias = index_->aliases[m->alias];
      const Token& last = tokens[i + m->words - 1];
      size_t start = tokens[i].start;
      size_t end = m->possessive ? last.possessive_end : last.end;
      if (!m->possessive && !alias.tail.empty() &&
          text.substr(end, alias.tail.size()) == alias.tail) {
        end += alias.tail.size();
      }
      mentions.push_back({&entries_[alias.entry], base + start, base + end,
                          std::string(text.substr(start, end - start)),
                          alias.codename});
      i += m->words;
      continue;
    }
    if (std::optional<uint32_t> id = index_->AdjectiveAt(tokens[i], {})) {
      const Alias& alias = index_->aliases[*id];
      const Token& t = tokens[i];
      mentions.push_back({&entries_[alias.entry], base + t.start, base + t.end,
                          std::string(text.substr(t.start, t.end - t.start)),
                          alias.codename});
    }
    ++i;
  }
  return mentions;
}

namespace {

// "Filippov [Stalin]" -> outside "Filippov", inside {"Stalin"}; the same
// for parentheses ("Stalin (2)"). An unclosed bracket runs to the end.
void SplitBrackets(std::string_view name, std::string& outside,
                   std::vector<std::string>& inside) {
  int depth = 0;
  std::string current;
  for (char c : name) {
    if (c == '[' || c == '(') {
      if (depth++ == 0) current.clear();
      continue;
    }
    if ((c == ']' || c == ')') && depth > 0) {
      if (--depth == 0) inside.push_back(current);
      continue;
    }
    (depth > 0 ? current : outside).push_back(c);
  }
  if (depth > 0) inside.push_back(current);
}

}  // namespace

const GazetteerEntry* Gazetteer::Resolve(std::string_view name,
                                         std::optional<NodeKind> kind) const {
  if (!index_ || IsStopWord(name)) return nullptr;
  std::vector<std::string> forms = {std::string(name)};
  std::string outside;
  std::vector<std::string> inside;
  SplitBrackets(name, outside, inside);
  if (outside != name) forms.push_back(outside);
  for (std::string& s : inside) forms.push_back(std::move(s));

  // Forms of address and titles ("Cde.", "Marshal"), and initials
  // ("Stalin, I.V.", "И. В. Сталин") come off.
  const size_t written_forms = forms.size();
  for (size_t f = 0; f < written_forms; ++f) {
    std::string_view form = forms[f];
    std::vector<Token> tokens = Tokenize(form);
    size_t from = 0;
    size_t to = tokens.size();
    while (from < to && index_->IsStopToken(tokens[from])) ++from;
    while (to > from && index_->IsStopToken(tokens[to - 1])) --to;
    std::vector<std::string_view> kept;
    bool has_long_word = false;
    for (size_t k = from; k < to; ++k) {
      if (tokens[k].letters > 1) has_long_word = true;
    }
    for (size_t k = from; k < to; ++k) {
      if (has_long_word && tokens[k].letters == 1 &&
          tokens[k].folded.size() <= 2) {
        continue;
      }
      kept.push_back(
          form.substr(tokens[k].start, tokens[k].end - tokens[k].start));
    }
    std::string stripped;
    for (std::string_view w : kept) {
      if (!stripped.empty()) stripped += ' ';
      stripped += w;
    }
    if (!stripped.empty() && FoldName(stripped) != FoldName(form)) {
      forms.push_back(std::move(stripped));
    }
  }

  for (const std::string& form : forms) {
    if (std::optional<uint32_t> e = index_->ResolveWhole(form, kind)) {
      return &entries_[*e];
    }
  }
  for (const std::string& form : forms) {
    if (IsStopWord(form)) continue;
    if (std::optional<uint32_t> e = index_->ResolveFuzzy(form, kind)) {
      return &entries_[*e];
    }
  }
  return nullptr;
}

bool Gazetteer::IsStopWord(std::string_view word) const {
  if (!index_) return false;
  std::string folded = FoldName(word);
  if (folded.empty()) return false;
  if (index_->stop_phrases.count(folded)) return true;
  std::vector<Token> tokens = Tokenize(word);
  return tokens.size() == 1 && index_->IsStopToken(tokens[0]);
}

const GazetteerEntry* Gazetteer::FindById(std::string_view id) const {
  if (!index_) return nullptr;
  auto it = index_->by_id.find(std::string(id));
  return it == index_->by_id.end() ? nullptr : &entries_[it->second];
}

const GazetteerEntry* Gazetteer::OfficeOf(std::string_view generic_id,
                                          std::string_view government) const {
  if (government.empty()) return nullptr;
  for (const GazetteerEntry& e : entries_) {
    if (e.office == generic_id && e.government == government) return &e;
  }
  return nullptr;
}

bool Gazetteer::HasOffices(std::string_view generic_id) const {
  return std::any_of(
      entries_.begin(), entries_.end(),
      [&](const GazetteerEntry& e) { return e.office == generic_id; });
}

std::string Gazetteer::SideOf(const GazetteerEntry& entry) const {
  if (!entry.side.empty() || entry.government.empty()) return entry.side;
  const GazetteerEntry* place = FindById(entry.government);
  return place == nullptr ? std::string() : place->side;
}

}  // namespace parley::importers
