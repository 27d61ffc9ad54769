// Chinese dates and hours, written in Han numerals or digits: "一九五一年十月
// 二十四日", "1951年10月24日", "十月二十四日十八时". FindDate and
// ClockAfterDate read them beside the Russian and English forms (page_text.cc).
#include <optional>
#include <string_view>

#include "importers/detail/page_text.h"
#include "text/utf8.h"

namespace parley::importers::detail {

std::optional<DateMatch> FindChineseDate(std::string_view s, int default_year,
                                         size_t from, bool on_calendar) {
  constexpr std::string_view kYear = "年", kMonth = "月";
  if (s.find(kMonth, from) == std::string_view::npos) return std::nullopt;
  for (size_t i = from; i < s.size();) {
    size_t start = i;
    int first = 0;
    size_t k = ReadAnyNumber(s, i, first);
    if (k == i) {
      text::NextCodePoint(s, i);
      continue;
    }
    i = k;
    int year = 0, month = 0, day = 0;
    if (s.substr(k, kYear.size()) == kYear) {
      year = first;
      k = ReadAnyNumber(s, k + kYear.size(), month);
    } else {
      month = first;
    }
    if (s.substr(k, kMonth.size()) != kMonth) continue;
    size_t d = k + kMonth.size();
    size_t e = ReadAnyNumber(s, d, day);
    if (e == d) continue;
    bool day_sign = false;
    for (std::string_view sign : {"日", "号"}) {
      if (s.substr(e, sign.size()) == sign) {
        e += sign.size();
        day_sign = true;
      }
    }
    if (!day_sign || month < 1 || month > 12 || day < 1 || day > 31) continue;
    if (year == 0 && default_year == 0) continue;
    bool year_written = year != 0;
    DateMatch m{{year_written ? year : default_year, month, day}, start, e};
    // A year the text does not write may be a leap year.
    bool on = IsOnCalendar(year_written ? year : 0, month, day);
    if ((!year_written || year >= 1000) && on == on_calendar) return m;
  }
  return std::nullopt;
}

std::optional<TimeMatch> ChineseClockAt(std::string_view s, size_t i) {
  constexpr std::string_view kHour = "时", kMinute = "分";
  int h = 0;
  size_t k = ReadAnyNumber(s, i, h);
  if (k == i || s.substr(k, kHour.size()) != kHour || h >= 24)
    return std::nullopt;
  k += kHour.size();
  int m = 0;
  size_t e = ReadAnyNumber(s, k, m);
  if (e > k && s.substr(e, kMinute.size()) == kMinute && m < 60)
    return TimeMatch{{h, m}, i, e + kMinute.size()};
  return TimeMatch{{h, 0}, i, k};
}

}  // namespace parley::importers::detail
