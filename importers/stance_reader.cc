#include "importers/stance_reader.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "text/chars.h"
#include "text/fold.h"
#include "text/utf8.h"
#include "text/words.h"

namespace parley::importers {
namespace detail {

// A word of a clause or of a cue phrase, folded by text::FoldWord.
struct StanceWord {
  std::string text;  // letters (an apostrophe inside kept as "'"), or digits
  size_t start = 0;  // byte offsets in the text that was cut
  size_t end = 0;
  int segment = 0;  // commas, colons, dashes and brackets end a segment
};

struct StancePhraseWord {
  std::string text;
  bool whole = false;       // "agree$" is not "agreement"
  bool gap_before = false;  // "turn ... down"
};

struct StancePhrase {
  std::vector<StancePhraseWord> words;
  bool anchored = false;  // "^should the": only where a segment starts
};

enum class StanceCueKind {
  kStance,
  kNegator,
  kCondition,
  kSupport,
  kParty,
  kIgnore
};

struct StanceCue {
  StanceCueKind kind = StanceCueKind::kStance;
  std::string lang;    // "*" for every language
  std::string stance;  // kStance: its stance; kSupport: the one it carries
  size_t scope = 0;    // kNegator, kParty: words it may reach across
  size_t back_scope = 0;  // kNegator: words it reaches back ("принять нельзя")
  StancePhrase phrase;
  bool self_negated = false;  // holds a negator of its own ("cannot accept")
};

struct StanceCueTable {
  std::vector<StanceCue> cues;
  // Cue indices by the first character of their first word, in file order.
  std::unordered_map<std::string, std::vector<size_t>> by_first_char;
  // A negated stance -> what it becomes ("" for none).
  std::map<std::string, std::string, std::less<>> negated;
};

}  // namespace detail

namespace {

using detail::StanceCue;
using detail::StanceCueKind;
using detail::StanceCueTable;
using detail::StancePhrase;
using detail::StanceWord;

constexpr size_t kMaxGap = 6;  // words "..." lets stand between two
constexpr size_t kMaxScope = 9;
constexpr std::string_view kSupports = "supports";

// ---------------------------------------------------------------------------
// Words

// True when the character at text[i], `c`, ends a segment: a comma, colon,
// semicolon, bracket, en or em dash, or a hyphen with a space beside it
// ("38-я" is one term).
bool IsSegmentBreak(text::CodePoint c, std::string_view s, size_t i) {
  if (c == ',' || c == ':' || c == ';' || c == '(' || c == ')' || c == 0x2013 ||
      c == 0x2014) {
    return true;
  }
  return c == '-' &&
         ((i > 0 && s[i - 1] == ' ') || (i + 1 < s.size() && s[i + 1] == ' '));
}

int SegmentBreaks(std::string_view s, size_t from, size_t to) {
  int breaks = 0;
  for (size_t i = from; i < to;) {
    const size_t at = i;
    if (IsSegmentBreak(text::NextCodePoint(s, i), s, at)) ++breaks;
  }
  return breaks;
}

// The word `span` of `written`: letters (an apostrophe between two of them
// kept as "'") or digits, folded by text::FoldWord.
StanceWord MakeWord(std::string_view written, text::WordSpan span,
                    int segment) {
  StanceWord w{"", span.start, span.end, segment};
  std::string raw;
  bool letters = false;
  for (size_t i = span.start; i < span.end;) {
    const size_t at = i;
    text::CodePoint c = text::NextCodePoint(written, i);
    if (text::IsLetter(c)) letters = true;
    if (text::IsApostrophe(c)) {
      raw += '\'';
    } else {
      raw.append(written, at, i - at);
    }
  }
  // "Americans' demand": a possessive keeps its mark, so that it is not
  // taken for the subject "Americans".
  if (letters && w.end < written.size()) {
    size_t next = w.end;
    if (text::IsApostrophe(text::NextCodePoint(written, next))) {
      raw += '\'';
      w.end = next;
    }
  }
  w.text = text::FoldWord(raw);
  return w;
}

// Cuts `written` into folded words with their byte offsets and segments:
// text::FindWords with letters and digits apart.
std::vector<StanceWord> CutWords(std::string_view written) {
  text::WordOptions options;
  options.digits_join_letters = false;
  options.split_unspaced = false;
  std::vector<StanceWord> words;
  int segment = 0;
  size_t at = 0;
  for (const text::WordSpan& span : text::FindWords(written, options)) {
    segment += SegmentBreaks(written, at, span.start);
    words.push_back(MakeWord(written, span, segment));
    at = words.back().end;
  }
  // "You should not, however, agree to ...": a connective set off by
  // commas parts nothing; the words around it stay one segment.
  static constexpr std::string_view kAsides[] = {
      "however", "therefore", "moreover", "nevertheless",
      "однако",  "впрочем",   "поэтому",  "следовательно"};
  for (size_t k = 1; k + 1 < words.size(); ++k) {
    bool aside = std::find(std::begin(kAsides), std::end(kAsides),
                           words[k].text) != std::end(kAsides);
    if (!aside || words[k - 1].segment == words[k].segment ||
        words[k + 1].segment == words[k].segment)
      continue;
    int joined = words[k + 1].segment - words[k - 1].segment;
    for (size_t j = k; j < words.size(); ++j) {
      words[j].segment -=
          j == k ? words[k].segment - words[k - 1].segment : joined;
    }
  }
  return words;
}

std::string FirstChar(std::string_view word) {
  if (word.empty()) return "";
  size_t len = 0;
  text::NextCodePoint(word, len);
  return std::string(word.substr(0, len));
}

// ---------------------------------------------------------------------------
// The table

std::string_view Trim(std::string_view s) {
  const char* kSpace = " \t\r\n\v\f";
  size_t b = s.find_first_not_of(kSpace);
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(kSpace) - b + 1);
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  for (size_t begin = 0;;) {
    size_t at = s.find(sep, begin);
    parts.push_back(s.substr(begin, at == s.npos ? s.npos : at - begin));
    if (at == s.npos) return parts;
    begin = at + 1;
  }
}

bool IsStanceName(std::string_view s) {
  return s == "accepts" || s == "rejects" || s == "amends" || s == "insists" ||
         s == "drops";
}

bool IsLanguage(std::string_view s) {
  return s == "*" || ((s.size() == 2 || s.size() == 3) &&
                      std::all_of(s.begin(), s.end(),
                                  [](char c) { return c >= 'a' && c <= 'z'; }));
}

std::optional<StanceCueKind> KindNamed(std::string_view s) {
  if (s == "stance") return StanceCueKind::kStance;
  if (s == "negator") return StanceCueKind::kNegator;
  if (s == "condition") return StanceCueKind::kCondition;
  if (s == "support") return StanceCueKind::kSupport;
  if (s == "party") return StanceCueKind::kParty;
  if (s == "ignore") return StanceCueKind::kIgnore;
  return std::nullopt;
}

Status LineError(const std::string& source, size_t line,
                 const std::string& message) {
  return Status::InvalidArgument(source + ":" + std::to_string(line) + ": " +
                                 message);
}

// Adds one written piece of a phrase ("agree$", "^should", "don't");
// false with `error` set when it has no letters or digits.
bool AddPiece(std::string piece, bool gap, StancePhrase& phrase,
              std::string& error) {
  bool whole = piece.size() > 1 && piece.back() == '$';
  if (whole) piece.pop_back();
  std::vector<StanceWord> words = CutWords(piece);
  if (words.empty()) {
    error = "\"" + piece + "\" has no letters or digits";
    return false;
  }
  for (size_t k = 0; k < words.size(); ++k) {
    phrase.words.push_back({words[k].text, false, gap && k == 0});
  }
  phrase.words.back().whole = whole;
  return true;
}

// Reads a phrase as written in the file ("^should the", "turn ... down").
bool ParsePhrase(std::string_view written, StancePhrase& phrase,
                 std::string& error) {
  std::string_view rest = Trim(written);
  if (!rest.empty() && rest.front() == '^') {
    phrase.anchored = true;
    rest.remove_prefix(1);
  }
  std::istringstream pieces{std::string(rest)};
  std::string piece;
  bool gap = false;
  while (pieces >> piece) {
    bool is_gap = piece == "..." || piece == "\u2026";
    if (is_gap && (phrase.words.empty() || gap)) {
      gap = true;  // "... a" or "a ... ... b": reported below
      break;
    }
    if (is_gap) {
      gap = true;
    } else if (!AddPiece(piece, gap, phrase, error)) {
      error += " in \"" + std::string(written) + "\"";
      return false;
    } else {
      gap = false;
    }
  }
  if (gap) {
    error = "'...' must stand between two words in \"" + std::string(written) +
            "\"";
    return false;
  }
  if (phrase.words.empty()) {
    error = "\"" + std::string(written) + "\" has no words";
    return false;
  }
  return true;
}

// One past the last word of a match of `phrase` at words[start], or 0.
size_t MatchEnd(const StancePhrase& phrase,
                const std::vector<StanceWord>& words, size_t start) {
  const int segment = words[start].segment;
  if (phrase.anchored && start > 0 && words[start - 1].segment == segment) {
    return 0;
  }
  auto matches = [&](size_t k, size_t pos) {
    if (pos >= words.size() || words[pos].segment != segment) return false;
    const std::string& w = words[pos].text;
    const std::string& p = phrase.words[k].text;
    return phrase.words[k].whole ? w == p : w.compare(0, p.size(), p) == 0;
  };
  // Depth-first over the gaps; phrases are short and gaps small.
  auto match_from = [&](auto& self, size_t k, size_t pos) -> size_t {
    if (!matches(k, pos)) return 0;
    if (k + 1 == phrase.words.size()) return pos + 1;
    size_t max_gap = phrase.words[k + 1].gap_before ? kMaxGap : 0;
    for (size_t gap = 0; gap <= max_gap; ++gap) {
      if (size_t end = self(self, k + 1, pos + 1 + gap)) return end;
    }
    return 0;
  };
  return match_from(match_from, 0, start);
}

// A scope of 0 to 9 words, written as one digit.
bool ReadScope(std::string_view value, size_t& scope) {
  if (value.size() != 1 || value[0] < '0' ||
      value[0] > static_cast<char>('0' + kMaxScope)) {
    return false;
  }
  scope = static_cast<size_t>(value[0] - '0');
  return true;
}

// The value field of a row of `kind`, checked; "" when it is valid, else
// the error.
std::string CheckValue(StanceCueKind kind, std::string_view value,
                       StanceCue& cue) {
  switch (kind) {
    case StanceCueKind::kStance:
      if (!IsStanceName(value)) {
        return "unknown stance \"" + std::string(value) +
               "\" (accepts, rejects, amends, insists or drops)";
      }
      cue.stance = value;
      return "";
    case StanceCueKind::kSupport:
      if (value != "-" && !IsStanceName(value)) {
        return "a support row's value is a stance or \"-\", not \"" +
               std::string(value) + "\"";
      }
      if (value != "-") cue.stance = value;
      return "";
    case StanceCueKind::kNegator:
      if (value.size() == 3 && value[1] == '/' &&
          ReadScope(value.substr(2), cue.back_scope) &&
          ReadScope(value.substr(0, 1), cue.scope)) {
        return "";
      }
      if (ReadScope(value, cue.scope)) return "";
      return "a negator's scope is a number of words from 0 to 9, or two "
             "(after/before) such as 2/4, not \"" +
             std::string(value) + "\"";
    case StanceCueKind::kParty:
      if (ReadScope(value, cue.scope)) return "";
      return "a party's scope is a number of words from 0 to 9, not \"" +
             std::string(value) + "\"";
    default:
      return value == "-" ? "" : "the value of this kind is \"-\"";
  }
}

// A "negated" row: what `stance` becomes when a negator flips it.
std::string AddNegatedRow(std::string_view stance, std::string_view becomes,
                          StanceCueTable& table) {
  if (!IsStanceName(stance) && stance != kSupports) {
    return "unknown stance \"" + std::string(stance) + "\"";
  }
  if (becomes != "-" && !IsStanceName(becomes)) {
    return "a negated stance becomes a stance or \"-\", not \"" +
           std::string(becomes) + "\"";
  }
  if (table.negated.count(stance) > 0) {
    return "stance \"" + std::string(stance) + "\" is negated twice";
  }
  table.negated.emplace(std::string(stance),
                        becomes == "-" ? "" : std::string(becomes));
  return "";
}

// Reads one row (its fields already split) into `table`; "" or the error.
std::string AddRow(const std::vector<std::string_view>& fields,
                   StanceCueTable& table) {
  std::string_view kind_name = Trim(fields[0]);
  std::string_view lang = Trim(fields[1]);
  std::string_view value = Trim(fields[2]);
  std::string_view phrases = Trim(fields[3]);
  if (!IsLanguage(lang)) {
    return "bad language \"" + std::string(lang) + "\" (en, ru, ... or *)";
  }
  if (phrases.empty()) return "no phrases";
  if (kind_name == "negated") return AddNegatedRow(value, phrases, table);
  std::optional<StanceCueKind> kind = KindNamed(kind_name);
  if (!kind) {
    return "unknown kind \"" + std::string(kind_name) +
           "\" (stance, negator, negated, condition, support, party or "
           "ignore)";
  }
  StanceCue cue;
  cue.kind = *kind;
  cue.lang = lang;
  if (std::string error = CheckValue(*kind, value, cue); !error.empty()) {
    return error;
  }
  for (std::string_view written : Split(phrases, '|')) {
    if (Trim(written).empty()) return "empty phrase between '|' separators";
    StanceCue with_phrase = cue;
    std::string error;
    if (!ParsePhrase(written, with_phrase.phrase, error)) return error;
    table.cues.push_back(std::move(with_phrase));
  }
  return "";
}

// Marks the cues that hold a negator of their own ("cannot accept", "не
// возражаем"): a negator before them is emphasis, not a flip.
void MarkSelfNegated(StanceCueTable& table) {
  for (StanceCue& cue : table.cues) {
    if (cue.kind != StanceCueKind::kStance &&
        cue.kind != StanceCueKind::kSupport) {
      continue;
    }
    std::vector<StanceWord> words;
    for (const auto& w : cue.phrase.words) words.push_back({w.text, 0, 0, 0});
    for (const StanceCue& negator : table.cues) {
      if (negator.kind != StanceCueKind::kNegator) continue;
      if (negator.lang != "*" && cue.lang != "*" && negator.lang != cue.lang) {
        continue;
      }
      for (size_t i = 0; i < words.size() && !cue.self_negated; ++i) {
        cue.self_negated = MatchEnd(negator.phrase, words, i) != 0;
      }
    }
  }
}

void IndexCues(StanceCueTable& table) {
  for (size_t i = 0; i < table.cues.size(); ++i) {
    table.by_first_char[FirstChar(table.cues[i].phrase.words[0].text)]
        .push_back(i);
  }
}

// ---------------------------------------------------------------------------
// Reading a clause

// A cue found in a clause: words [first, end).
struct Hit {
  const StanceCue* cue = nullptr;
  size_t first = 0;
  size_t end = 0;
  bool is(StanceCueKind kind) const { return cue->kind == kind; }
  bool takes_stance() const {
    return is(StanceCueKind::kStance) || is(StanceCueKind::kSupport);
  }
};

bool LangFits(const StanceCue& cue, std::string_view lang) {
  return lang.empty() || cue.lang == "*" || cue.lang == lang;
}

// The cues of `words` from left to right; at each word the longest match of
// any kind wins and hides the words it covers.
std::vector<Hit> FindHits(const std::vector<StanceWord>& words,
                          const StanceCueTable& table, std::string_view lang) {
  std::vector<Hit> hits;
  for (size_t i = 0; i < words.size();) {
    Hit best;
    auto bucket = table.by_first_char.find(FirstChar(words[i].text));
    if (bucket != table.by_first_char.end()) {
      for (size_t c : bucket->second) {
        const StanceCue& cue = table.cues[c];
        if (!LangFits(cue, lang)) continue;
        size_t end = MatchEnd(cue.phrase, words, i);
        if (end > best.end) best = {&cue, i, end};
      }
    }
    if (best.cue == nullptr) {
      ++i;
      continue;
    }
    hits.push_back(best);
    i = best.end;
  }
  return hits;
}

using Span = std::pair<size_t, size_t>;  // words [first, end)

// The words each condition governs: from its cue to the end of its segment.
std::vector<Span> ConditionSpans(const std::vector<Hit>& hits,
                                 const std::vector<StanceWord>& words) {
  std::vector<Span> spans;
  for (const Hit& h : hits) {
    if (!h.is(StanceCueKind::kCondition)) continue;
    size_t end = h.end;
    while (end < words.size() && words[end].segment == words[h.first].segment) {
      ++end;
    }
    spans.push_back({h.first, end});
  }
  return spans;
}

bool Inside(const std::vector<Span>& spans, size_t word) {
  return std::any_of(spans.begin(), spans.end(), [&](const Span& s) {
    return word >= s.first && word < s.second;
  });
}

// The hits that may carry the clause's stance, in the order to try them:
// those outside every condition; or, when a condition opens the clause and
// runs through it ("if they insist we reject it"), its cues from the last.
// "To accept a proposal of this kind ... would put us in a disadvantageous
// position": a cue after the "to" that opens the sentence, with "would" or
// "means" after it, names what taking the stance would do; it takes none
// ("To accept the enemy's figure ...: ... is forbidden" is an instruction).
bool InfinitiveSubject(const Hit& h, const std::vector<StanceWord>& words) {
  if (h.first != 1 || words[0].text != "to") return false;
  static constexpr std::string_view kVerbs[] = {"would", "means", "meant"};
  return std::any_of(words.begin() + static_cast<long>(h.end), words.end(),
                     [](const StanceWord& w) {
                       return std::find(std::begin(kVerbs), std::end(kVerbs),
                                        w.text) != std::end(kVerbs);
                     });
}

std::vector<size_t> Candidates(const std::vector<Hit>& hits,
                               const std::vector<StanceWord>& words,
                               const std::vector<Span>& spans) {
  std::vector<size_t> order;
  for (size_t k = 0; k < hits.size(); ++k) {
    if (hits[k].takes_stance() && !Inside(spans, hits[k].first) &&
        !InfinitiveSubject(hits[k], words)) {
      order.push_back(k);
    }
  }
  if (!order.empty() || spans.empty()) return order;
  if (spans.front().first != 0 || spans.front().second != words.size()) {
    return order;
  }
  for (size_t k = hits.size(); k-- > 0;) {
    if (hits[k].takes_stance()) order.push_back(k);
  }
  return order;
}

// How many words stand in [from, to), not counting those of ignored
// phrases ("do not consider it necessary to insist" is one word apart).
size_t WordsBetween(const std::vector<Hit>& hits, size_t from, size_t to) {
  size_t count = to - from;
  for (const Hit& h : hits) {
    if (h.is(StanceCueKind::kIgnore) && h.first >= from && h.end <= to) {
      count -= h.end - h.first;
    }
  }
  return count;
}

// The hit of `kind` that governs hit k from before it: the nearest such hit
// in k's segment with no stance cue between, if k lies within its scope.
const Hit* GoverningBefore(const std::vector<Hit>& hits, size_t k,
                           const std::vector<StanceWord>& words,
                           StanceCueKind kind) {
  const int segment = words[hits[k].first].segment;
  for (size_t j = k; j-- > 0;) {
    const Hit& h = hits[j];
    if (h.takes_stance() || words[h.end - 1].segment != segment) break;
    if (!h.is(kind)) continue;
    return WordsBetween(hits, h.end, hits[k].first) <= h.cue->scope ? &h
                                                                    : nullptr;
  }
  return nullptr;
}

// A negator after hit k that reaches back to it ("принять нельзя",
// "настаивать на этом не нужно"): the next hit in k's segment, unless it
// flips a stance cue after it instead.
const Hit* NegatorAfter(const std::vector<Hit>& hits, size_t k,
                        const std::vector<StanceWord>& words) {
  const int segment = words[hits[k].first].segment;
  if (k + 1 >= hits.size()) return nullptr;
  const Hit& n = hits[k + 1];
  if (!n.is(StanceCueKind::kNegator) || words[n.first].segment != segment ||
      WordsBetween(hits, hits[k].end, n.first) > n.cue->back_scope) {
    return nullptr;
  }
  if (k + 2 < hits.size() && hits[k + 2].takes_stance() &&
      words[hits[k + 2].first].segment == segment &&
      WordsBetween(hits, n.end, hits[k + 2].first) <= n.cue->scope) {
    return nullptr;
  }
  return &n;
}

// The negator that flips hit k: the nearest before it within its scope, or
// else one after it that reaches back; none for a cue that holds its own.
const Hit* GoverningNegator(const std::vector<Hit>& hits, size_t k,
                            const std::vector<StanceWord>& words) {
  if (hits[k].cue->self_negated) return nullptr;
  if (const Hit* before =
          GoverningBefore(hits, k, words, StanceCueKind::kNegator)) {
    return before;
  }
  return NegatorAfter(hits, k, words);
}

// What hit k says once negation is applied.
struct CueReading {
  std::string stance;
  bool negated = false;
  // Words [first, end) of the cue with the negator that flipped it.
  size_t first = 0;
  size_t end = 0;
};

std::optional<CueReading> ReadHit(const StanceCueTable& table,
                                  const std::vector<Hit>& hits, size_t k,
                                  const std::vector<StanceWord>& words) {
  const Hit& h = hits[k];
  std::string stance =
      h.is(StanceCueKind::kSupport) ? std::string(kSupports) : h.cue->stance;
  const Hit* negator = GoverningNegator(hits, k, words);
  if (negator == nullptr) return CueReading{stance, false, h.first, h.end};
  auto flipped = table.negated.find(stance);
  if (flipped == table.negated.end() || flipped->second.empty()) {
    return std::nullopt;
  }
  return CueReading{flipped->second, true, std::min(negator->first, h.first),
                    std::max(negator->end, h.end)};
}

// The addressee's stance a support cue (hit k) backs, and one past the last
// word that says so: the stance the cue carries, or else the first stance
// cue after it ("we support your line of insisting").
std::pair<std::string, size_t> SupportedStance(
    const StanceCueTable& table, const std::vector<Hit>& hits, size_t k,
    const std::vector<StanceWord>& words) {
  if (!hits[k].cue->stance.empty()) return {hits[k].cue->stance, hits[k].end};
  for (size_t j = k + 1; j < hits.size(); ++j) {
    if (!hits[j].is(StanceCueKind::kStance)) continue;
    if (std::optional<CueReading> r = ReadHit(table, hits, j, words)) {
      return {r->stance, r->end};
    }
  }
  return {"", hits[k].end};
}

}  // namespace

StanceCues::StanceCues() : table_(std::make_shared<const StanceCueTable>()) {}

StanceCues::StanceCues(std::shared_ptr<const detail::StanceCueTable> table)
    : table_(std::move(table)) {}

size_t StanceCues::size() const { return table_->cues.size(); }

Result<StanceCues> StanceCues::Parse(std::string_view text,
                                     const std::string& source) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  auto table = std::make_shared<StanceCueTable>();
  size_t line_number = 0;
  for (std::string_view line : Split(text, '\n')) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    std::vector<std::string_view> fields = Split(line, '\t');
    if (fields.size() != 4) {
      return LineError(source, line_number,
                       "expected 4 tab-separated fields (kind, lang, value, "
                       "phrases), found " +
                           std::to_string(fields.size()));
    }
    if (std::string error = AddRow(fields, *table); !error.empty()) {
      return LineError(source, line_number, error);
    }
  }
  if (std::none_of(table->cues.begin(), table->cues.end(),
                   [](const StanceCue& c) {
                     return c.kind == StanceCueKind::kStance;
                   })) {
    return Status::InvalidArgument(source + ": no stance cues");
  }
  MarkSelfNegated(*table);
  IndexCues(*table);
  return StanceCues(std::move(table));
}

Result<StanceCues> StanceCues::LoadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open stance cues file");
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Status::IOError(path + ": cannot read stance cues file");
  return Parse(text.str(), path);
}

std::optional<StanceReading> ReadStance(std::string_view clause_text,
                                        std::string_view lang,
                                        const StanceCues& cues) {
  const StanceCueTable& table = *cues.table_;
  const std::vector<StanceWord> words = CutWords(clause_text);
  const std::vector<Hit> hits = FindHits(words, table, lang);
  const std::vector<Span> spans = ConditionSpans(hits, words);
  // A third party's stance the clause reports ("the enemy puts forward
  // demands that we cannot accept") gives way to the writer's own after it.
  std::optional<StanceReading> reported;
  for (size_t k : Candidates(hits, words, spans)) {
    std::optional<CueReading> cue = ReadHit(table, hits, k, words);
    bool support = hits[k].is(StanceCueKind::kSupport);
    // "We do not share your view that ... be dropped" says nothing of
    // the dropping; a later cue would misread it.
    if (!cue && support) return std::nullopt;
    if (!cue) continue;
    StanceReading reading;
    reading.stance = cue->stance;
    reading.negated = cue->negated;
    reading.conditional = !spans.empty();
    size_t end = cue->end;
    if (support) {
      std::tie(reading.supported_stance, end) =
          SupportedStance(table, hits, k, words);
      reading.supported_holder = "addressee";
    } else {
      // "The draft tabled by Nam Il": a participle with its agent.
      static constexpr std::string_view kOurs[] = {"us", "me", "our", "both",
                                                   "all"};
      bool by_another = cue->end + 1 < words.size() &&
                        words[cue->end].text == "by" &&
                        std::find(std::begin(kOurs), std::end(kOurs),
                                  words[cue->end + 1].text) == std::end(kOurs);
      if (by_another ||
          GoverningBefore(hits, k, words, StanceCueKind::kParty)) {
        reading.holder = "other";
      }
      if (reading.stance == "accepts" && reading.conditional) {
        reading.stance = "conditional";
      }
      // "Recm in ur para 2 is approved, but text ... shld read as fols":
      // an acceptance with a change of words after "but" amends ("we
      // accept your amendment" accepts).
      if (reading.stance == "accepts" && !reading.negated) {
        static constexpr std::string_view kBut[] = {"but", "however", "но",
                                                    "однако"};
        for (size_t j = k + 1; j < hits.size(); ++j) {
          if (!hits[j].is(StanceCueKind::kStance)) continue;
          bool contrast =
              std::any_of(words.begin() + static_cast<long>(cue->end),
                          words.begin() + static_cast<long>(hits[j].first),
                          [](const StanceWord& w) {
                            return std::find(std::begin(kBut), std::end(kBut),
                                             w.text) != std::end(kBut);
                          });
          std::optional<CueReading> later = ReadHit(table, hits, j, words);
          if (contrast && later && later->stance == "amends" &&
              !later->negated) {
            reading.stance = "amends";
            end = later->end;
            break;
          }
        }
        // "Visits ... may be agreed to, but the teams must not be the only
        // ones": a requirement right after the contrast changes the point.
        static constexpr std::string_view kRequire[] = {
            "must", "should", "shld", "только", "должны", "должен"};
        for (size_t b = cue->end;
             reading.stance == "accepts" && b < words.size(); ++b) {
          if (std::find(std::begin(kBut), std::end(kBut), words[b].text) ==
              std::end(kBut))
            continue;
          for (size_t m = b + 1; m < words.size() && m <= b + 5; ++m) {
            if (std::find(std::begin(kRequire), std::end(kRequire),
                          words[m].text) == std::end(kRequire))
              continue;
            reading.stance = "amends";
            end = m + 1;
            break;
          }
          break;
        }
      }
    }
    reading.start = words[cue->first].start;
    reading.end = words[end - 1].end;
    if (reading.holder != "other") return reading;
    if (!reported) reported = reading;
  }
  return reported;
}

}  // namespace parley::importers
