// The stance cue table (data/stance_cues.tsv): its rows read and checked,
// and the words its phrases and a clause's text are cut into.
#include <algorithm>
#include <cctype>
#include <optional>
#include <utility>
#include <vector>

#include "importers/detail/name_match.h"
#include "importers/detail/stance_table.h"
#include "importers/detail/table_file.h"
#include "importers/stance_reader.h"
#include "text/chars.h"
#include "text/fold.h"
#include "text/utf8.h"
#include "text/words.h"

namespace parley::importers {
namespace detail {
namespace {

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
  // The full-width comma, colon, semicolon and brackets of Chinese text.
  if (c == 0xFF0C || c == 0xFF1A || c == 0xFF1B || c == 0xFF08 || c == 0xFF09)
    return true;
  return c == '-' &&
         ((i > 0 && s[i - 1] == ' ') || (i + 1 < s.size() && s[i + 1] == ' '));
}

// Whether s[i] is a bracket of a point's label ("(b)", "(iii)", "(2)"),
// which parts no segment: "Concur in 3 (iii) except that ..." is one.
bool LabelBracket(std::string_view s, size_t i) {
  auto alnum = [&](size_t k) {
    return std::isalnum(static_cast<unsigned char>(s[k])) != 0;
  };
  if (s[i] == '(') {
    size_t k = i + 1;
    while (k < s.size() && k - i <= 4 && alnum(k)) ++k;
    return k > i + 1 && k < s.size() && s[k] == ')';
  }
  if (s[i] != ')') return false;
  size_t k = i;
  while (k > 0 && i - k < 4 && alnum(k - 1)) --k;
  return k < i && k > 0 && s[k - 1] == '(';
}

int SegmentBreaks(std::string_view s, size_t from, size_t to) {
  int breaks = 0;
  for (size_t i = from; i < to;) {
    if (LabelBracket(s, i)) {
      ++i;
      continue;
    }
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

}  // namespace

// Cuts `written` into folded words with their byte offsets and segments:
// text::FindWords with letters and digits apart, each Han character a word.
std::vector<StanceWord> CutWords(std::string_view written) {
  text::WordOptions options;
  options.digits_join_letters = false;
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

}  // namespace detail

namespace {

using detail::CutWords;
using detail::FirstChar;
using detail::ForEachTableRow;
using detail::kMaxScope;
using detail::kSupports;
using detail::MatchEnd;
using detail::SplitAt;
using detail::StanceCue;
using detail::StanceCueKind;
using detail::StanceCueTable;
using detail::StancePhrase;
using detail::StanceWord;
using detail::TableRow;
using detail::Trim;

// ---------------------------------------------------------------------------
// The table

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

// Reads a phrase as written in the file ("^should the", "turn ... down").
bool ParsePhrase(std::string_view written, StancePhrase& phrase,
                 std::string& error) {
  std::string_view rest = Trim(written);
  if (!rest.empty() && rest.front() == '^') {
    phrase.anchored = true;
    rest.remove_prefix(1);
  }
  std::vector<detail::PhrasePiece> pieces;
  if (!detail::SplitPhrase(rest, pieces, error)) return false;
  for (const detail::PhrasePiece& piece : pieces) {
    std::vector<StanceWord> words = CutWords(piece.text);
    if (words.empty()) {
      error = "\"" + piece.text + "\" has no letters or digits in \"" +
              std::string(written) + "\"";
      return false;
    }
    for (size_t k = 0; k < words.size(); ++k)
      phrase.words.push_back(
          {words[k].text, false, piece.gap_before && k == 0});
    phrase.words.back().whole = piece.whole;
  }
  return true;
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
  std::string_view kind_name = fields[0];
  std::string_view lang = fields[1];
  std::string_view value = fields[2];
  std::string_view phrases = fields[3];
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
  for (std::string_view written : SplitAt(phrases, '|')) {
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

}  // namespace

StanceCues::StanceCues() : table_(std::make_shared<const StanceCueTable>()) {}

StanceCues::StanceCues(std::shared_ptr<const detail::StanceCueTable> table)
    : table_(std::move(table)) {}

size_t StanceCues::size() const { return table_->cues.size(); }

Result<StanceCues> StanceCues::Parse(std::string_view text,
                                     const std::string& source) {
  auto table = std::make_shared<StanceCueTable>();
  Status read = ForEachTableRow(
      text, source, {4, 4, "kind, lang, value, phrases"},
      [&](const TableRow& row) { return AddRow(row.fields, *table); });
  if (!read.ok()) return read;
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
  Result<std::string> text = detail::ReadTableFile(path, "stance cues");
  if (!text.ok()) return text.status();
  return Parse(*text, path);
}

}  // namespace parley::importers
