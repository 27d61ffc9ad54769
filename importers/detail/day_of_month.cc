// A day cited by its number alone, "your telegram of the 5th": the day of
// the citing document's month it means (page_text.h, DayOfTheMonth); and a
// date that opens a sentence after another ("To Chairman Mao. 18 December,
// 21:00.", DateOpeningASentence).
#include <cctype>
#include <optional>
#include <string>
#include <string_view>

#include "importers/detail/page_text.h"

namespace parley::importers::detail {

// "Your telegram of the 5th, 22:00": a day of the citing document's month
// (of the month before when it is later than the document's own day),
// written right after `of`, the word before it.
std::optional<DateMatch> DayOfTheMonth(std::string_view window, size_t of,
                                       const std::optional<Date>& today) {
  if (!today) return std::nullopt;
  size_t at = window.find_first_not_of(' ', of + 1);
  if (at == std::string_view::npos) return std::nullopt;
  at = window.find(' ', at);  // past "of"
  if (at == std::string_view::npos || window.substr(at + 1, 4) != "the ")
    return std::nullopt;
  size_t d = at + 5, e = d;
  while (e < window.size() && e < d + 2 &&
         std::isdigit(static_cast<unsigned char>(window[e])))
    ++e;
  std::string_view suffix = window.substr(e, 2);
  if (e == d ||
      !(suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th"))
    return std::nullopt;
  if (e + 2 < window.size() &&
      std::isalnum(static_cast<unsigned char>(window[e + 2])))
    return std::nullopt;
  Date date = *today;
  date.day = std::stoi(std::string(window.substr(d, e - d)));
  if (date.day > today->day && --date.month == 0) {
    date.month = 12;
    --date.year;
  }
  if (!IsOnCalendar(date.year, date.month, date.day)) return std::nullopt;
  return DateMatch{date, d, e + 2};
}

std::optional<DateMatch> DateOpeningASentence(std::string_view text,
                                              int default_year) {
  for (size_t stop = text.find(". "); stop != std::string_view::npos;
       stop = text.find(". ", stop + 1)) {
    auto d = FindDate(text, default_year, stop + 2);
    if (d && d->start == stop + 2) return d;
  }
  return std::nullopt;
}

}  // namespace parley::importers::detail
