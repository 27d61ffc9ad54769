// How far apart two spellings are: the Levenshtein distance in code points,
// for fuzzy name matching and "did you mean" suggestions.
#ifndef PARLEY_TEXT_EDIT_DISTANCE_H_
#define PARLEY_TEXT_EDIT_DISTANCE_H_

#include <cstddef>
#include <limits>
#include <string_view>

namespace parley::text {

inline constexpr size_t kNoLimit = std::numeric_limits<size_t>::max();

// The number of code point insertions, deletions and substitutions that
// turn UTF-8 `a` into `b` (malformed bytes are left out). With `limit`,
// work stops as soon as the distance must exceed it, and any distance above
// `limit` is returned as limit + 1.
size_t EditDistance(std::string_view a, std::string_view b,
                    size_t limit = kNoLimit);

}  // namespace parley::text

#endif  // PARLEY_TEXT_EDIT_DISTANCE_H_
