// Registry stamps and copy lines of a telegram's form (stamps.cc): the
// clock times, stamp words and numbered copies the line readers test for.
#ifndef PARLEY_IMPORTERS_DETAIL_STAMPS_H_
#define PARLEY_IMPORTERS_DETAIL_STAMPS_H_

#include <optional>
#include <string_view>
#include <vector>

#include "importers/detail/page_text.h"

namespace parley::importers::detail {

// A clock time written as four digits ("1750", "at 1135") in t[from, to),
// the bytes between a stamp's word and its date.
std::optional<detail::Time> CompactTimeBefore(std::string_view t, size_t from,
                                              size_t to);

// The words of a register's stamp.
const std::vector<std::string_view>& StampWords();

// True when `t`, a line with a date or time, is a register's stamp
// ("Received 12:10 3.7.1951", "from [BEIJING] received at 1750 31 January
// 1952"), not a sentence that speaks of a telegram received on some day.
bool IsTimestampLine(std::string_view t);

// The names after a numbered copy's marker: "Copy Nº 1 to Cde. Stalin",
// "Nº 2 to Cde. Stalin", "Copy No. 3 to Molotov" -> "Cde. Stalin"; "" when
// `t` is no such line ("Copy Nº 2" alone numbers the copy itself).
std::string_view NumberedCopyNames(std::string_view t);

bool IsNumberedCopyLine(std::string_view t);

}  // namespace parley::importers::detail

#endif  // PARLEY_IMPORTERS_DETAIL_STAMPS_H_
