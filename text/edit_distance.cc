#include "text/edit_distance.h"

#include <algorithm>
#include <string>
#include <vector>

#include "text/utf8.h"

namespace parley::text {
namespace {

bool IsAscii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x80;
  });
}

// One row of the table at a time; `a` is the shorter string.
template <typename String>
size_t Distance(String a, String b, size_t limit) {
  if (a.size() > b.size()) std::swap(a, b);
  const size_t over = limit == kNoLimit ? kNoLimit : limit + 1;
  if (b.size() - a.size() > limit) return over;
  std::vector<size_t> row(a.size() + 1);
  for (size_t i = 0; i <= a.size(); ++i) row[i] = i;
  for (size_t j = 1; j <= b.size(); ++j) {
    size_t diagonal = row[0];
    row[0] = j;
    size_t best = row[0];
    for (size_t i = 1; i <= a.size(); ++i) {
      size_t up = row[i];
      row[i] = std::min({row[i] + 1, row[i - 1] + 1,
                         diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
      best = std::min(best, row[i]);
    }
    if (best > limit) return over;
  }
  return std::min(row[a.size()], over);
}

// The number of code points ToUtf32 keeps (malformed bytes left out),
// without building the string.
size_t WellFormedCount(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) n += NextCodePoint(s, i) != kMalformed;
  return n;
}

}  // namespace

size_t EditDistance(std::string_view a, std::string_view b, size_t limit) {
  // Keys and most names are ASCII: compare bytes without decoding.
  if (IsAscii(a) && IsAscii(b)) return Distance(a, b, limit);
  // The distance is at least the difference in length: with a limit, most
  // pairs of a fuzzy lookup stop here, before anything is decoded.
  if (limit != kNoLimit) {
    size_t na = WellFormedCount(a);
    size_t nb = WellFormedCount(b);
    if ((na > nb ? na - nb : nb - na) > limit) return limit + 1;
  }
  const std::u32string wide_a = ToUtf32(a);
  const std::u32string wide_b = ToUtf32(b);
  return Distance(std::u32string_view(wide_a), std::u32string_view(wide_b),
                  limit);
}

}  // namespace parley::text
