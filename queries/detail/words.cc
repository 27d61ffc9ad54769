#include "queries/detail/words.h"

#include <algorithm>
#include <string_view>

namespace parley::queries::detail {

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
