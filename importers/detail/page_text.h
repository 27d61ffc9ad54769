// Internals of the page importer: the page as lines with byte offsets,
// UTF-8 checks, script detection, and the dates and times archive pages use.
#ifndef PARLEY_IMPORTERS_DETAIL_PAGE_TEXT_H_
#define PARLEY_IMPORTERS_DETAIL_PAGE_TEXT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"
#include "text/fold.h"

namespace parley::importers::detail {

// One line of the page: [start, end) without the newline, and its 1-based
// number. `text` is trimmed of surrounding whitespace; `trim_start` is the
// byte offset of its first character.
struct Line {
  size_t number = 0;
  size_t start = 0;
  size_t end = 0;
  size_t trim_start = 0;
  std::string_view text;
  bool blank() const { return text.empty(); }
};

// The signs a document's or a copy's number follows: "No.", "Nº" (the
// numero sign), "N°" (a degree sign, as typed transcriptions print it),
// "№", and "Nє" (the numero sign as OCR reads it, a Cyrillic "є"). Readers
// that take "No" or "#" as well say so.
inline constexpr std::string_view kNumberSigns[] = {"No.", "Nº", "N°", "№",
                                                    "Nє"};

// Message-number prefixes of State Department series, printed in mixed case
// ("Secto 12.", "Delga 178"); an all-capital prefix ("HNC", "JCS", "C")
// needs no list.
inline constexpr std::string_view kMixedCaseSeries[] = {
    "Secto", "Tosec", "Niact", "Dulte", "Tedul", "Telac",
    "Gadel", "Delga", "Polto", "Topol", "Actel", "Usun"};

// Splits `page` into lines ("\n", "\r\n" or "\r" end a line).
std::vector<Line> SplitLines(std::string_view page);

// `lines` with each point a paragraph lists inline after a colon ("...
// on these bases: (a) ...; (b) ...; (c) ...") on a line of its own, views
// of the same bytes (line_splits.cc).
std::vector<Line> SplitInlinePoints(std::vector<Line> lines);

// Ok, or InvalidArgument naming the line: "empty file", "binary file (NUL
// byte on line 3)", "invalid UTF-8 on line 7".
Status CheckPageBytes(std::string_view page);

// The language of `text` by the script most of its letters are in: "zh"
// (Han), "ko" (Hangul), "ru" (Cyrillic) or "en" (Latin); "" when it has no
// letters.
std::string DetectLanguage(std::string_view text);

// A date; an undated record's page may give only the month or the year
// (day and month 0).
struct Date {
  int year = 0, month = 0, day = 0;
  bool ok() const { return year > 0 && month > 0 && day > 0; }
  std::string Iso() const;  // "1951-07-03", "1951-07", "1951"
  // The day `days` after this one (before, when negative); a date known
  // only to the month or year is returned as it is.
  Date PlusDays(int days) const;
};

struct Time {
  int hour = -1, minute = -1;
  bool ok() const { return hour >= 0; }
};

// "T14:00", the time part of an ISO date-time.
std::string IsoTime(const Time& time);

// "1951-07-18" or, with a time, "1951-07-18T14:00".
std::string IsoDateTime(const Date& date, const std::optional<Time>& time);

// A date found in `text` and where: "3.7.1951", "1.7.51", "21.XI.1951",
// "30.6" (year from `default_year`), "31 January 1952", "July 3, 1951",
// "30.6.1951 г.", "3 июля", "一九五一年十月二十四日", "10月24日". Searches from
// `from`.
struct DateMatch {
  Date date;
  size_t start = 0, end = 0;
};
std::optional<DateMatch> FindDate(std::string_view text, int default_year,
                                  size_t from = 0);
// "Your telegram of the 5th": a day of the month of `today` (of the month
// before when later than today's day), written right after the word at
// window[of] ("of"); none without `today`.
std::optional<DateMatch> DayOfTheMonth(std::string_view window, size_t of,
                                       const std::optional<Date>& today);
// The first date in `text` that opens a sentence after another ("To
// Chairman Mao. 18 December, 21:00."), or none.
std::optional<DateMatch> DateOpeningASentence(std::string_view text,
                                              int default_year);

// Whether year-month-day is a day of the Gregorian calendar (no 30
// February, 29 February in leap years only); a day or month of 0 is a date
// known to the month or the year, year 0 an unknown (possibly leap) year.
// FindDate, ParseDateLine and the JSON importer read no other dates.
bool IsOnCalendar(int year, int month, int day);

// The first date-shaped text of `text` from `from` that is not on the
// calendar ("February 30, 1951", "31.4.1951"): what FindDate passes over,
// for the warning that says so.
std::optional<DateMatch> FindImpossibleDate(std::string_view text,
                                            size_t from = 0);

// Whether `line` is a date line but for the calendar ("February 30, 1951"
// alone): a layout still knows its header by it, and reads no date.
bool IsImpossibleDateLine(std::string_view line);

// A time in `text`: "12:10", "5:30", "at 1135", "12 час. 10 мин.". The
// position of the match.
struct TimeMatch {
  Time time;
  size_t start = 0, end = 0;
};
std::optional<TimeMatch> FindTime(std::string_view text, size_t from = 0);
// The hour written right after a date, past ", " and "г.": "30.10.51 г.
// 22.00", "30.10.51, 22:00" ("22.00" is a time only there),
// "十月二十四日十八时".
std::optional<TimeMatch> ClockAfterDate(std::string_view text, size_t from);

// "July 3, 1951" standing alone (the page's date line); also "3.7.1951",
// "3 July 1951", and for undated records "July 1951", "July, 1951", "1951".
std::optional<Date> ParseDateLine(std::string_view line);

// Month number from an English or Russian month name in any case ("July",
// "Jul", "июля"), or 0.
int MonthFromName(std::string_view word);

// A number in ASCII digits or Han numerals at byte `i` of `s` ("1951",
// "一九五一", "二十四"): its end, with `value` set, or `i` when none stands
// there.
size_t ReadAnyNumber(std::string_view s, size_t i, int& value);

// A Chinese date from `from` (han_dates.cc): "一九五一年十月二十四日",
// "1951年10月24日", "十月二十四日" (the year `default_year`), "号" for "日";
// the first whose IsOnCalendar check (an unwritten year counting as any)
// is `on_calendar`. FindDate tries it after the other forms.
std::optional<DateMatch> FindChineseDate(std::string_view s, int default_year,
                                         size_t from, bool on_calendar);
// The hour and minutes written in Chinese at byte `i`: "十八时", "18时30分";
// nothing when none stands there ("二十四小时" is a duration).
std::optional<TimeMatch> ChineseClockAt(std::string_view s, size_t i);

// `s` without the round brackets that enclose the whole of it ("(copies to
// Comrade LI KENONG)"); `s` itself when they do not.
std::string_view Unbracketed(std::string_view s);

// ASCII case-insensitive helpers.
bool StartsWithNoCase(std::string_view s, std::string_view prefix);
size_t FindNoCase(std::string_view s, std::string_view needle, size_t from = 0);
std::string ToLowerAscii(std::string_view s);
std::string_view TrimView(std::string_view s);

// Lower-cases ASCII and Russian letters, ё as е, keeping every byte offset
// (enough for cue matching): text::LowerText.
using text::LowerText;

// `s` without trailing characters from `chars` (UTF-8: "»" and "”" are
// whole characters, never single bytes of a letter).
std::string StripTrailing(std::string_view s, std::string_view chars);

// Whether lower-cased `lead` leads into a text quoted as it reads ("... In
// the new text they read:", "of which operative paras read:").
bool LeadsInAsItReads(std::string_view lead);

// The document type a lower-cased title or heading names first: "ciphered
// telegram" -> "telegram", "record of conversation" stays whole; ""
// when it names none.
std::string DocTypeFromWords(std::string_view lower);
// The type of a resolution `lower` tells of: "decision" when a party's
// leading body took it ("Resolution of the Politburo"), else "resolution".
std::string ResolutionType(std::string_view lower);

}  // namespace parley::importers::detail

#endif  // PARLEY_IMPORTERS_DETAIL_PAGE_TEXT_H_
