// The stance cue table and the words it is matched on, shared by the table's
// reader (stance_cue_table.cc) and the stance reader (stance_reader.cc).
#ifndef PARLEY_IMPORTERS_DETAIL_STANCE_TABLE_H_
#define PARLEY_IMPORTERS_DETAIL_STANCE_TABLE_H_

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parley::importers::detail {

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

constexpr size_t kMaxGap = 6;  // words "..." lets stand between two
constexpr size_t kMaxScope = 9;
constexpr std::string_view kSupports = "supports";

// Cuts `written` into folded words with their byte offsets and segments:
// text::FindWords with letters and digits apart.
std::vector<StanceWord> CutWords(std::string_view written);
// The first character of `word` (a whole UTF-8 code point).
std::string FirstChar(std::string_view word);
// One past the last word of a match of `phrase` at words[start], or 0.
size_t MatchEnd(const StancePhrase& phrase,
                const std::vector<StanceWord>& words, size_t start);

}  // namespace parley::importers::detail

#endif  // PARLEY_IMPORTERS_DETAIL_STANCE_TABLE_H_
