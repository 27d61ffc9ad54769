#include "importers/detail/page_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cstdio>

#include "text/chars.h"
#include "text/utf8.h"

namespace parley::importers::detail {
namespace {

bool IsSpaceByte(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
         c == '\v';
}

// Letters the page readers' words are made of: ASCII and the Cyrillic block.
bool IsAsciiOrCyrillic(text::CodePoint c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
         (c >= 0x400 && c <= 0x4FF);
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads an unsigned number at `i`; returns digit count (0 if none).
size_t ReadNumber(std::string_view s, size_t i, int& value) {
  size_t k = i;
  value = 0;
  while (k < s.size() && IsDigit(s[k]) && k - i < 5) {
    value = value * 10 + (s[k] - '0');
    ++k;
  }
  return k - i;
}

int RomanMonth(std::string_view s, size_t i, size_t& len) {
  static constexpr std::array<std::string_view, 12> kRoman = {
      "XII", "XI", "X", "IX", "VIII", "VII", "VI", "V", "IV", "III", "II", "I"};
  static constexpr std::array<int, 12> kValue = {12, 11, 10, 9, 8, 7,
                                                 6,  5,  4,  3, 2, 1};
  for (size_t r = 0; r < kRoman.size(); ++r) {
    if (s.substr(i, kRoman[r].size()) == kRoman[r]) {
      len = kRoman[r].size();
      return kValue[r];
    }
  }
  len = 0;
  return 0;
}

int FullYear(int y, size_t digits) {
  if (digits <= 2) return 1900 + y;
  return y;
}

bool WordBoundaryBefore(std::string_view s, size_t i) {
  return i == 0 || !(std::isalnum(static_cast<unsigned char>(s[i - 1])));
}

// The word (ASCII or Cyrillic letters) starting at `i`.
std::string_view WordAt(std::string_view s, size_t i) {
  size_t k = i;
  while (k < s.size()) {
    size_t next = k;
    if (!IsAsciiOrCyrillic(text::NextCodePoint(s, next))) break;
    k = next;
  }
  return s.substr(i, k - i);
}

}  // namespace

std::string_view TrimView(std::string_view s) {
  // Unicode white space: a non-breaking space pads some copied pages, and
  // Chinese paragraphs open with ideographic spaces ("　　一、").
  size_t b = 0, e = s.size();
  while (b < e) {
    if (IsSpaceByte(s[b])) {
      ++b;
      continue;
    }
    size_t next = b;
    if (static_cast<unsigned char>(s[b]) < 0x80 ||
        !text::IsSpace(text::NextCodePoint(s, next)))
      break;
    b = next;
  }
  while (e > b) {
    if (IsSpaceByte(s[e - 1])) {
      --e;
      continue;
    }
    std::string_view rest = s.substr(b, e - b);
    if (static_cast<unsigned char>(s[e - 1]) < 0x80 ||
        !text::IsSpace(text::LastCodePoint(rest)))
      break;
    e -= text::SuffixBytes(rest, 1);
  }
  return s.substr(b, e - b);
}

std::vector<Line> SplitLines(std::string_view page) {
  std::vector<Line> lines;
  size_t start = 0;
  size_t number = 1;
  auto push = [&](size_t end) {
    Line line;
    line.number = number++;
    line.start = start;
    line.end = end;
    std::string_view raw = page.substr(start, end - start);
    line.text = TrimView(raw);
    line.trim_start =
        line.text.empty() ? start : start + (line.text.data() - raw.data());
    lines.push_back(line);
  };
  for (size_t i = 0; i < page.size(); ++i) {
    if (page[i] == '\n' || page[i] == '\r') {
      push(i);
      if (page[i] == '\r' && i + 1 < page.size() && page[i + 1] == '\n') ++i;
      start = i + 1;
    }
  }
  if (start < page.size()) push(page.size());
  return lines;
}

Status CheckPageBytes(std::string_view page) {
  if (TrimView(page).empty()) return Status::InvalidArgument("empty file");
  // A NUL anywhere means binary (an image, a PDF), even when bytes that are
  // not UTF-8 come before it.
  if (size_t nul = page.find('\0'); nul != std::string_view::npos) {
    size_t nul_line = 1 + static_cast<size_t>(std::count(
                              page.begin(), page.begin() + nul, '\n'));
    return Status::InvalidArgument("binary file (NUL byte on line " +
                                   std::to_string(nul_line) + ")");
  }
  if (std::optional<text::Utf8Error> bad = text::FindInvalidUtf8(page)) {
    return Status::InvalidArgument("invalid UTF-8 on line " +
                                   std::to_string(bad->line));
  }
  return Status::Ok();
}

std::string DetectLanguage(std::string_view written) {
  // Han characters are words or syllables, not letters: one counts as two
  // letters, so that a Chinese line that names "UN" stays Chinese.
  size_t cyrillic = 0, latin = 0, han = 0, hangul = 0;
  for (size_t i = 0; i < written.size();) {
    text::CodePoint cp = text::NextCodePoint(written, i);
    if (cp < 0x80) {
      if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')) ++latin;
    } else if (text::IsCyrillic(cp)) {
      ++cyrillic;
    } else if (text::IsHangul(cp)) {
      ++hangul;
    } else if (text::IsUnspacedScript(cp)) {
      han += 2;
    }
  }
  size_t most = std::max({cyrillic, latin, han, hangul});
  if (most == 0) return "";
  if (han == most) return "zh";
  if (hangul == most) return "ko";
  return cyrillic > latin ? "ru" : "en";
}

size_t ReadAnyNumber(std::string_view s, size_t i, int& value) {
  if (size_t n = ReadNumber(s, i, value); n > 0) return i + n;
  size_t at = i;
  if (std::optional<int> han = text::ReadHanNumber(s, at)) value = *han;
  return at;
}

std::string_view Unbracketed(std::string_view s) {
  if (s.size() > 2 && s.front() == '(' && s.back() == ')' &&
      s.find_first_of("()", 1) == s.size() - 1)
    return TrimView(s.substr(1, s.size() - 2));
  return s;
}

std::string Date::Iso() const {
  char buf[32];
  if (month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

Date Date::PlusDays(int days) const {
  if (!ok()) return *this;
  namespace chr = std::chrono;
  chr::year_month_day ymd{
      chr::sys_days(chr::year_month_day(chr::year(year), chr::month(month),
                                        chr::day(day))) +
      chr::days(days)};
  return Date{static_cast<int>(ymd.year()),
              static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

int MonthFromName(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kEnglish = {
      "jan", "feb", "mar", "apr", "may", "jun",
      "jul", "aug", "sep", "oct", "nov", "dec"};
  // Russian genitive and nominative stems.
  static constexpr std::array<std::string_view, 12> kRussian = {
      "январ", "феврал", "март",    "апрел",  "ма",    "июн",
      "июл",   "август", "сентябр", "октябр", "ноябр", "декабр"};
  std::string lower = LowerText(word);
  // "0ctober": the OCR's zero for the letter O.
  if (lower.size() >= 3 && lower[0] == '0' &&
      std::isalpha(static_cast<unsigned char>(lower[1]))) {
    lower[0] = 'o';
  }
  if (lower.size() >= 3) {
    for (size_t m = 0; m < kEnglish.size(); ++m) {
      if (lower.compare(0, 3, kEnglish[m]) == 0 &&
          std::isalpha(static_cast<unsigned char>(lower[0]))) {
        return static_cast<int>(m) + 1;
      }
    }
  }
  for (size_t m = 0; m < kRussian.size(); ++m) {
    if (lower.rfind(kRussian[m], 0) == 0) {
      // "ма" alone is too short a stem: accept only "мая"/"май".
      if (m == 4 && lower != "мая" && lower != "май") continue;
      return static_cast<int>(m) + 1;
    }
  }
  return 0;
}

namespace {

// "July 3, 1951", "August 27": the first date written month first that
// `wanted` takes, starting in [from, stop).
template <class Wanted>
std::optional<DateMatch> MonthFirstDate(std::string_view s, int default_year,
                                        size_t from, size_t stop,
                                        const Wanted& wanted) {
  for (size_t i = from; i < stop; ++i) {
    if (!std::isupper(static_cast<unsigned char>(s[i])) ||
        !WordBoundaryBefore(s, i)) {
      continue;
    }
    std::string_view word = WordAt(s, i);
    int month = MonthFromName(word);
    if (month == 0 || word.size() < 3) continue;
    size_t k = i + word.size();
    if (k >= s.size() || s[k] != ' ') continue;
    int day = 0;
    size_t dn = ReadNumber(s, k + 1, day);
    if (dn == 0 || dn > 2 || day < 1 || day > 31) continue;
    size_t e = k + 1 + dn;
    if (e < s.size() && IsDigit(s[e])) continue;
    int year = 0;
    size_t yn = 0;
    if (s.substr(e, 2) == ", ") yn = ReadNumber(s, e + 2, year);
    if (yn == 4) {
      DateMatch m{{year, month, day}, i, e + 2 + yn};
      if (wanted(m, true)) return m;
      continue;
    }
    if (default_year > 0) {
      DateMatch m{{default_year, month, day}, i, e};
      if (wanted(m, false)) return m;
    }
  }
  return std::nullopt;
}

// The first date of `s` from `from` whose calendar check is `on_calendar`:
// FindDate's reading, where a date that fails the check is no match there.
std::optional<DateMatch> FindDateChecked(std::string_view s, int default_year,
                                         size_t from, bool on_calendar) {
  // A year the text does not write (`default_year`) may be a leap year.
  auto wanted = [&](const DateMatch& m, bool year_written) {
    return IsOnCalendar(year_written ? m.date.year : 0, m.date.month,
                        m.date.day) == on_calendar;
  };
  // The day first ("3.7.1951", "3 July"), or the month ("July 3, 1951"):
  // whichever stands first ("your letter of June 20.2", a note's number
  // glued on, is of 20 June, not "20.2").
  auto day_first = [&]() -> std::optional<DateMatch> {
    for (size_t i = from; i < s.size(); ++i) {
      if (!IsDigit(s[i]) || !WordBoundaryBefore(s, i)) continue;
      int day = 0;
      size_t dn = ReadNumber(s, i, day);
      if (dn == 0 || dn > 2 || day < 1 || day > 31) continue;
      size_t k = i + dn;
      // d.m.y, d.m, d.ROMAN.y
      if (k < s.size() && s[k] == '.') {
        size_t m0 = k + 1;
        int month = 0;
        size_t mn = ReadNumber(s, m0, month);
        size_t rl = 0;
        if (mn == 0) month = RomanMonth(s, m0, rl);
        size_t mlen = mn ? mn : rl;
        if (month >= 1 && month <= 12 && mlen > 0 && (mn == 0 || mn <= 2)) {
          size_t y0 = m0 + mlen;
          int year = 0;
          size_t yn = 0;
          if (y0 < s.size() && s[y0] == '.') yn = ReadNumber(s, y0 + 1, year);
          if (yn == 2 || yn == 4) {
            DateMatch m{{FullYear(year, yn), month, day}, i, y0 + 1 + yn};
            if (wanted(m, true)) return m;
            continue;
          }
          // "30.6" and "24.VI" without a year: only when not followed by more
          // digits, nor a Roman month by more letters.
          bool next_digit =
              y0 + 1 < s.size() && s[y0] == '.' && IsDigit(s[y0 + 1]);
          bool roman_whole =
              rl > 0 && (y0 == s.size() ||
                         !std::isalpha(static_cast<unsigned char>(s[y0])));
          if (!next_digit && default_year > 0 && (mn > 0 || roman_whole)) {
            DateMatch m{{default_year, month, day}, i, y0};
            if (wanted(m, false)) return m;
          }
        }
        continue;
      }
      // "31 January 1952", "3 июля 1951", "3 July"
      if (k < s.size() && s[k] == ' ') {
        std::string_view word = WordAt(s, k + 1);
        // "4 0ctober 1951": a word the OCR began with a zero.
        if (word.empty() && k + 2 < s.size() && s[k + 1] == '0' &&
            !WordAt(s, k + 2).empty()) {
          word = s.substr(k + 1, 1 + WordAt(s, k + 2).size());
        }
        int month = MonthFromName(word);
        if (month > 0 && word.size() >= 3) {
          size_t y0 = k + 1 + word.size();
          int year = 0;
          size_t yn = 0;
          if (y0 < s.size() && s[y0] == ' ') yn = ReadNumber(s, y0 + 1, year);
          if (yn == 4) {
            DateMatch m{{year, month, day}, i, y0 + 1 + yn};
            if (wanted(m, true)) return m;
            continue;
          }
          if (default_year > 0) {
            DateMatch m{{default_year, month, day}, i, y0};
            if (wanted(m, false)) return m;
          }
        }
      }
    }
    return std::nullopt;
  }();
  std::optional<DateMatch> month_first = MonthFirstDate(
      s, default_year, from, day_first ? day_first->start : s.size(), wanted);
  if (month_first) return month_first;
  if (day_first) return day_first;
  return FindChineseDate(s, default_year, from, on_calendar);
}

}  // namespace

bool IsOnCalendar(int year, int month, int day) {
  if (month == 0) return day == 0;
  if (month < 1 || month > 12) return false;
  if (day == 0) return true;
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30,
                                                31, 31, 30, 31, 30, 31};
  bool leap =
      year == 0 || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));
  int days = month == 2 && !leap ? 28 : kDays[month - 1];
  return day >= 1 && day <= days;
}

std::optional<DateMatch> FindDate(std::string_view s, int default_year,
                                  size_t from) {
  return FindDateChecked(s, default_year, from, true);
}

std::optional<DateMatch> FindImpossibleDate(std::string_view s, size_t from) {
  return FindDateChecked(s, 0, from, false);
}

bool LeadsInAsItReads(std::string_view lead) {
  for (std::string_view end :
       {" read:", " reads:", " read as follows:", " reads as follows:"})
    if (lead.ends_with(end)) return true;
  return false;
}

bool IsImpossibleDateLine(std::string_view line) {
  line = TrimView(line);
  if (line.size() > 24) return false;
  auto m = FindImpossibleDate(line);
  return m && m->start == 0 && m->end == line.size();
}

std::string IsoTime(const Time& time) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "T%02d:%02d", time.hour, time.minute);
  return buf;
}

std::string IsoDateTime(const Date& date, const std::optional<Time>& time) {
  std::string iso = date.Iso();
  if (!time || !time->ok()) return iso;
  return iso + IsoTime(*time);
}

std::optional<TimeMatch> FindTime(std::string_view s, size_t from) {
  for (size_t i = from; i < s.size(); ++i) {
    // "Received 4.V.53 O4:05": an OCR'd page reads the clock's leading zero
    // as the letter O.
    if (s[i] == 'O' && i + 4 < s.size() && WordBoundaryBefore(s, i) &&
        IsDigit(s[i + 1]) && s[i + 2] == ':' && IsDigit(s[i + 3]) &&
        IsDigit(s[i + 4]) && (i + 5 == s.size() || !IsDigit(s[i + 5]))) {
      int minute = (s[i + 3] - '0') * 10 + (s[i + 4] - '0');
      if (minute < 60) return TimeMatch{{s[i + 1] - '0', minute}, i, i + 5};
    }
    if (!IsDigit(s[i]) || !WordBoundaryBefore(s, i)) continue;
    int hour = 0;
    size_t hn = ReadNumber(s, i, hour);
    size_t k = i + hn;
    if (hn >= 1 && hn <= 2 && k + 2 < s.size() + 0 && k < s.size() &&
        s[k] == ':') {
      int minute = 0;
      size_t mn = ReadNumber(s, k + 1, minute);
      if (mn == 2 && hour < 24 && minute < 60) {
        TimeMatch m{{hour, minute}, i, k + 3};
        return m;
      }
    }
    // "12 час. 10 мин." in Russian registers, "16 h. 15 min." in their
    // translations.
    // "21 ч. 40 м." too.
    size_t unit = s.substr(k, 7) == " час"                               ? 7
                  : (s.substr(k, 3) == " h." || s.substr(k, 3) == " h ") ? 3
                  : s.substr(k, 4) == " ч."                              ? 4
                  : s.substr(k, 5) == " hrs."                            ? 5
                                                                         : 0;
    if (hn >= 1 && hn <= 2 && hour < 24 && unit > 0) {
      size_t m0 = k + unit;
      while (m0 < s.size() && (s[m0] == '.' || s[m0] == ' ')) ++m0;
      int minute = 0;
      size_t mn = ReadNumber(s, m0, minute);
      std::string_view after = s.substr(m0 + mn);
      size_t unit_end = after.starts_with(" мин")   ? 7
                        : after.starts_with(" min") ? 4
                        : after.starts_with(" м.")  ? 4
                                                    : 0;
      if (mn >= 1 && mn <= 2 && minute < 60 && unit_end > 0) {
        TimeMatch m{{hour, minute}, i, m0 + mn + unit_end};
        return m;
      }
    }
    // "at 1135": four digits right after "at".
    if (hn == 4 && i >= 3 && s.substr(i - 3, 3) == "at " &&
        (k >= s.size() || !IsDigit(s[k]))) {
      int h = hour / 100, m = hour % 100;
      if (h < 24 && m < 60) {
        TimeMatch t{{h, m}, i, k};
        return t;
      }
    }
    i = k;
  }
  return std::nullopt;
}

std::optional<TimeMatch> ClockAfterDate(std::string_view s, size_t from) {
  size_t i = from;
  while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == '.')) ++i;
  if (s.substr(i).starts_with("г.")) i += std::string_view("г.").size();
  while (i < s.size() && s[i] == ' ') ++i;
  // "Sent 24.III.53 at 23.40", "в 23.40".
  for (std::string_view at : {"at ", "в "}) {
    if (s.substr(i).starts_with(at)) {
      i += at.size();
      break;
    }
  }
  if (auto t = FindTime(s, i); t && t->start == i) return t;
  if (auto t = ChineseClockAt(s, i)) return t;
  int hour = 0, minute = 0;
  size_t hn = ReadNumber(s, i, hour);
  size_t k = i + hn;
  // "15 July 1952, 3 a.m.", "10.30 p.m.": a twelve-hour clock.
  if (hn >= 1 && hn <= 2 && hour >= 1 && hour <= 12) {
    size_t m = k, mn = 0;
    int minutes = 0;
    if (m < s.size() && (s[m] == ':' || s[m] == '.') && m + 1 < s.size() &&
        IsDigit(s[m + 1])) {
      mn = ReadNumber(s, m + 1, minutes);
      m += 1 + mn;
    }
    size_t sp = m;
    while (sp < s.size() && s[sp] == ' ') ++sp;
    for (std::string_view half : {"a.m.", "p.m.", "a. m.", "p. m."}) {
      if (s.substr(sp, half.size()) != half || (mn != 0 && mn != 2) ||
          minutes >= 60)
        continue;
      int h24 = hour % 12 + (half[0] == 'p' ? 12 : 0);
      return TimeMatch{{h24, minutes}, i, sp + half.size()};
    }
  }
  if (hn < 1 || hn > 2 || k >= s.size() || (s[k] != '.' && s[k] != ':'))
    return std::nullopt;
  size_t mn = ReadNumber(s, k + 1, minute);
  size_t end = k + 1 + mn;
  // Not "22.00.51": a date's day and month.
  bool more = end < s.size() &&
              (IsDigit(s[end]) ||
               (s[end] == '.' && end + 1 < s.size() && IsDigit(s[end + 1])));
  if (mn != 2 || hour >= 24 || minute >= 60 || more) return std::nullopt;
  return TimeMatch{{hour, minute}, i, end};
}

std::optional<Date> ParseDateLine(std::string_view line) {
  line = TrimView(line);
  if (line.size() > 24) return std::nullopt;
  auto m = FindDate(line, 0);
  if (m && m->start == 0 && m->end == line.size()) return m->date;
  // Pages of undated records: "July 1951", "July, 1951", "1951".
  int year = 0;
  size_t y0 = line.size() >= 4 ? line.size() - 4 : 0;
  if (line.size() < 4 || ReadNumber(line, y0, year) != 4 || year < 1800 ||
      year > 2100 || (y0 > 0 && IsDigit(line[y0 - 1]))) {
    return std::nullopt;
  }
  std::string_view month = TrimView(line.substr(0, y0));
  if (!month.empty() && month.back() == ',')
    month = TrimView(month.substr(0, month.size() - 1));
  if (month.empty()) return Date{year, 0, 0};
  int number = MonthFromName(month);
  if (number == 0 || WordAt(month, 0).size() != month.size())
    return std::nullopt;
  return Date{year, number, 0};
}

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) !=
        std::tolower(static_cast<unsigned char>(prefix[i]))) {
      return false;
    }
  }
  return true;
}

size_t FindNoCase(std::string_view s, std::string_view needle, size_t from) {
  if (needle.empty()) return from;
  for (size_t i = from; i + needle.size() <= s.size(); ++i) {
    if (StartsWithNoCase(s.substr(i), needle)) return i;
  }
  return std::string_view::npos;
}

std::string ToLowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// `s` without trailing characters from `chars` (UTF-8: "»" and "”" are
// whole characters, never single bytes of a letter).
std::string StripTrailing(std::string_view s, std::string_view chars) {
  bool again = true;
  while (again && !s.empty()) {
    again = false;
    for (size_t k = 0; k < chars.size();) {
      const size_t start = k;
      text::NextCodePoint(chars, k);
      std::string_view ch = chars.substr(start, k - start);
      if (s.ends_with(ch)) {
        s.remove_suffix(ch.size());
        again = true;
        break;
      }
    }
  }
  return std::string(s);
}

}  // namespace parley::importers::detail
