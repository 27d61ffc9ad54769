// The gazetteer's index of names (Gazetteer::Index): every alias of every
// entry cut into words and filed under the forms its first word can take,
// the stop words, and the Latin spellings that fuzzy resolution compares.
// Internals of importers/gazetteer.cc and gazetteer_file.cc.
#ifndef PARLEY_IMPORTERS_DETAIL_GAZETTEER_INDEX_H_
#define PARLEY_IMPORTERS_DETAIL_GAZETTEER_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/model.h"
#include "importers/detail/name_match.h"
#include "importers/gazetteer.h"

namespace parley::importers {
namespace detail {

// One name or codename of an entry, cut into words.
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
  // Written with a capital ("Lodge", "Gross"): a text word in lower case
  // ("a gross violation") is no mention of a person so named.
  bool capitalized = false;
};

// A spelling fuzzy resolution compares a name with.
struct FuzzyKey {
  std::string squashed;  // Latin letters, no spaces: "pakdoncho"
  size_t length = 0;     // code points of `squashed`
  uint32_t entry = 0;
};

// Entries (or aliases) by a key of their name.
using KeyIndex = std::unordered_map<std::string, std::vector<uint32_t>>;

// An alias found in a text.
struct Match {
  uint32_t alias = 0;
  size_t words = 0;  // text tokens covered
  int cost = 0;      // 0 for exact; inflections and twins cost more
  bool possessive = false;
};

}  // namespace detail

struct Gazetteer::Index {
  std::vector<graph::NodeKind> kinds;  // per entry
  std::vector<detail::Alias> aliases;
  detail::KeyIndex by_first_word;      // every form the first word can take
  detail::KeyIndex by_adjective_base;  // "лисынман" -> Ли Сын Ман
  std::vector<detail::FuzzyKey> fuzzy;
  std::unordered_map<std::string, uint32_t> by_id;
  std::unordered_set<std::string> stop_phrases;  // folded
  std::vector<detail::AliasWord> stop_words;     // one-word Cyrillic ones
  detail::KeyIndex stop_by_key;

  void AddAlias(uint32_t entry, std::string_view name, bool codename);
  void AddStopWord(std::string_view word);
  bool IsStopToken(const detail::Token& t) const;

  // The best alias starting at tokens[i] (longest, then closest), or
  // nothing. `text` is what the tokens were cut from.
  std::optional<detail::Match> MatchAt(
      std::string_view text, const std::vector<detail::Token>& tokens, size_t i,
      std::optional<graph::NodeKind> kind) const;
  // An entry whose name the adjective tokens[i] is made from.
  std::optional<uint32_t> AdjectiveAt(
      const detail::Token& t, std::optional<graph::NodeKind> kind) const;
  std::optional<uint32_t> ResolveWhole(
      std::string_view name, std::optional<graph::NodeKind> kind) const;
  std::optional<uint32_t> ResolveFuzzy(
      std::string_view name, std::optional<graph::NodeKind> kind) const;
};

}  // namespace parley::importers

#endif  // PARLEY_IMPORTERS_DETAIL_GAZETTEER_INDEX_H_
