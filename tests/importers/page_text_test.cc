#include "importers/detail/page_text.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace parley::importers::detail {
namespace {

std::string IsoOf(std::string_view text, int default_year = 0) {
  auto m = FindDate(text, default_year);
  return m ? m->date.Iso() : "(none)";
}

std::string TimeOf(std::string_view text) {
  auto m = FindTime(text);
  if (!m) return "(none)";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d", m->time.hour, m->time.minute);
  return buf;
}

// The first date written, whether the day or the month comes first: "June
// 20.2", a note's number glued on, is 20 June, not "20.2".
TEST(FindDateTest, TheFirstDateWhicheverComesFirst) {
  EXPECT_EQ(IsoOf("your letter of June 20.2", 1953), "1953-06-20");
  EXPECT_EQ(IsoOf("July 3, 1951, answered on 5 August 1951"), "1951-07-03");
  EXPECT_EQ(IsoOf("on 5 August 1951, after July 3, 1951"), "1951-08-05");
}

TEST(SplitLinesTest, EveryLineEndAndOffsetsIntoThePage) {
  std::string page = "July 3, 1951\r\n\r\n  Title  \rlast";
  std::vector<Line> lines = SplitLines(page);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].text, "July 3, 1951");
  EXPECT_TRUE(lines[1].blank());
  EXPECT_EQ(lines[2].text, "Title");
  EXPECT_EQ(lines[2].number, 3u);
  EXPECT_EQ(page.substr(lines[2].trim_start, 5), "Title");
  EXPECT_EQ(lines[3].text, "last");
  EXPECT_EQ(lines[3].end, page.size());
}

TEST(CheckPageBytesTest, NamesTheProblemAndTheLine) {
  EXPECT_TRUE(CheckPageBytes("July 3, 1951\nТелеграмма «21404»\n").ok());
  EXPECT_EQ(CheckPageBytes("").message(), "empty file");
  EXPECT_EQ(CheckPageBytes(" \n\t\n").message(), "empty file");
  EXPECT_EQ(CheckPageBytes(std::string("a\nb\nc\0d", 7)).message(),
            "binary file (NUL byte on line 3)");
  EXPECT_EQ(CheckPageBytes("a\n\nb\xff\n").message(),
            "invalid UTF-8 on line 3");
  // A truncated Cyrillic letter and an overlong encoding.
  EXPECT_FALSE(CheckPageBytes("КИМ\xd0").ok());
  EXPECT_FALSE(CheckPageBytes("\xc0\xaf").ok());
}

TEST(DetectLanguageTest, CyrillicOrLatinByCount) {
  EXPECT_EQ(DetectLanguage("КИМ ИР СЕН 30.6.1951 г."), "ru");
  EXPECT_EQ(DetectLanguage("HAM ИР — начальник штаба"), "ru");
  EXPECT_EQ(DetectLanguage("Copies: Stalin (2)"), "en");
  EXPECT_EQ(DetectLanguage("30.6.1951 […]"), "");
}

TEST(DetectLanguageTest, HanAndHangulByTheirScripts) {
  EXPECT_EQ(DetectLanguage("毛主席，并告金首相、李克农同志："), "zh");
  // A Chinese line naming "UN" in Latin letters is still Chinese.
  EXPECT_EQ(DetectLanguage("关于UN军队撤出朝鲜的问题"), "zh");
  EXPECT_EQ(DetectLanguage("조선민주주의인민공화국 내각 수상"), "ko");
  EXPECT_EQ(DetectLanguage("（一九五一年十月二十四日）"), "zh");
}

TEST(FindDateTest, ChineseDatesInHanNumeralsAndDigits) {
  EXPECT_EQ(IsoOf("（一九五一年十月二十四日）"), "1951-10-24");
  EXPECT_EQ(IsoOf("你方一九五三年六月十八日的来信收到了。"), "1953-06-18");
  EXPECT_EQ(IsoOf("1952年7月15日"), "1952-07-15");
  EXPECT_EQ(IsoOf("一九五〇年十二月三十一日"), "1950-12-31");
  // No year: the page's; "号" for "日".
  EXPECT_EQ(IsoOf("十月二十四日十八时", 1951), "1951-10-24");
  EXPECT_EQ(IsoOf("7月3号", 1951), "1951-07-03");
  EXPECT_EQ(IsoOf("十月二十四日"), "(none)");
  // Not dates: no day, a day past the month's, a duration.
  EXPECT_EQ(IsoOf("一九五一年十月", 1951), "(none)");
  EXPECT_EQ(IsoOf("二月三十日", 1951), "(none)");
  EXPECT_EQ(IsoOf("三个月二十日内", 1951), "(none)");
  auto m = FindDate("签字于一九五三年七月二十七日。", 0);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->start, std::string_view("签字于").size());
  EXPECT_EQ(m->end, std::string_view("签字于一九五三年七月二十七日").size());
}

TEST(FindDateTest, EveryFormThePagesUse) {
  EXPECT_EQ(IsoOf("Received 12:10 3.7.1951"), "1951-07-03");
  EXPECT_EQ(IsoOf("Sent 1.7.51 5:30"), "1951-07-01");
  EXPECT_EQ(IsoOf("Received 18:35 21.XI.1951"), "1951-11-21");
  EXPECT_EQ(IsoOf("received at 1135 19 October 1951"), "1951-10-19");
  // The OCR's zero for the O of October, in an older page's stamp.
  EXPECT_EQ(IsoOf("received 0415 4 0ctober 1951"), "1951-10-04");
  EXPECT_EQ(IsoOf("КИМ ИР СЕН 3 июля 1951 г."), "1951-07-03");
  EXPECT_EQ(IsoOf("July 3, 1951"), "1951-07-03");
  // No year: the page's.
  EXPECT_EQ(IsoOf("30.6", 1951), "1951-06-30");
  EXPECT_EQ(IsoOf("telegrams No. 1864 of 24.VI and No. 1879", 1952),
            "1952-06-24");
  EXPECT_EQ(IsoOf("5.Victory", 1952), "(none)");
  EXPECT_EQ(IsoOf("your telegram of August 27", 1951), "1951-08-27");
  EXPECT_EQ(IsoOf("Ваша телеграмма от 3 июля", 1951), "1951-07-03");
  EXPECT_EQ(IsoOf("30.6"), "(none)");
  // Not dates.
  EXPECT_EQ(IsoOf("ll. 6-7 and No. 3304", 1951), "(none)");
  EXPECT_EQ(IsoOf("32.13.1951"), "(none)");
}

TEST(FindDateTest, ReportsWhereTheDateStands) {
  auto m = FindDate("Kim Il Sung 29.6.51", 0);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->start, 12u);
  EXPECT_EQ(m->end, 19u);
}

TEST(IsOnCalendarTest, MonthLengthsAndLeapYears) {
  EXPECT_TRUE(IsOnCalendar(1951, 7, 3));
  EXPECT_TRUE(IsOnCalendar(1951, 1, 31));
  EXPECT_FALSE(IsOnCalendar(1951, 2, 30));
  EXPECT_FALSE(IsOnCalendar(1951, 2, 29));
  EXPECT_TRUE(IsOnCalendar(1952, 2, 29));
  EXPECT_FALSE(IsOnCalendar(1900, 2, 29));  // a century, not a leap year
  EXPECT_TRUE(IsOnCalendar(2000, 2, 29));
  EXPECT_FALSE(IsOnCalendar(1951, 4, 31));
  EXPECT_FALSE(IsOnCalendar(1951, 13, 1));
  // A date known to the month or the year; an unknown year may be a leap.
  EXPECT_TRUE(IsOnCalendar(1951, 7, 0));
  EXPECT_TRUE(IsOnCalendar(1951, 0, 0));
  EXPECT_TRUE(IsOnCalendar(0, 2, 29));
}

// A date no calendar has is no date: the next real one is found, and
// FindImpossibleDate says where the impossible one stood.
TEST(FindDateTest, ADateNotOnTheCalendarIsPassedOver) {
  EXPECT_EQ(IsoOf("February 30, 1951"), "(none)");
  EXPECT_EQ(IsoOf("30.2.1951"), "(none)");
  EXPECT_EQ(IsoOf("31 April 1951"), "(none)");
  EXPECT_EQ(IsoOf("your telegram of 30.2.1951 and of 3.7.1951"), "1951-07-03");
  EXPECT_EQ(IsoOf("29.2.1952"), "1952-02-29");
  // "29 February" without a year: the year the caller assumes decides.
  EXPECT_EQ(IsoOf("29 February", 1952), "1952-02-29");
  EXPECT_EQ(IsoOf("30 February", 1952), "(none)");

  auto m = FindImpossibleDate("Received on February 30, 1951 at noon");
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->start, 12u);
  EXPECT_EQ(m->end, 29u);
  EXPECT_FALSE(FindImpossibleDate("July 3, 1951").has_value());
  EXPECT_TRUE(IsImpossibleDateLine("  February 30, 1951 "));
  EXPECT_FALSE(IsImpossibleDateLine("July 3, 1951"));
  EXPECT_FALSE(ParseDateLine("February 30, 1951").has_value());
}

TEST(FindTimeTest, EveryFormThePagesUse) {
  EXPECT_EQ(TimeOf("Received 12:10 3.7.1951"), "12:10");
  EXPECT_EQ(TimeOf("Sent 1.7.51 5:30"), "05:30");
  EXPECT_EQ(TimeOf("received at 1750 31 January 1952"), "17:50");
  EXPECT_EQ(TimeOf("Получено 3 июля 1951 г. в 12 час. 40 мин."), "12:40");
  EXPECT_EQ(TimeOf("ll. 6-7"), "(none)");
  EXPECT_EQ(TimeOf("at 2560"), "(none)");
  EXPECT_EQ(TimeOf("25:10"), "(none)");
  // An OCR'd page's letter O for the clock's leading zero; not in a word.
  EXPECT_EQ(TimeOf("Received 4.V.53 O4:05"), "04:05");
  EXPECT_EQ(TimeOf("TO4:05"), "(none)");
}

TEST(ParseDateLineTest, OnlyADateStandingAlone) {
  ASSERT_TRUE(ParseDateLine("July 3, 1951").has_value());
  EXPECT_EQ(ParseDateLine("  January 31, 1952 ")->Iso(), "1952-01-31");
  EXPECT_FALSE(ParseDateLine("Telegram of July 3, 1951").has_value());
  EXPECT_FALSE(ParseDateLine("Skip to content").has_value());
  EXPECT_EQ(ParseDateLine("3.7.1951")->Iso(), "1951-07-03");
  // Undated records: the month or the year only.
  EXPECT_EQ(ParseDateLine("July 1951")->Iso(), "1951-07");
  EXPECT_EQ(ParseDateLine("July, 1951")->Iso(), "1951-07");
  EXPECT_EQ(ParseDateLine("1952")->Iso(), "1952");
  EXPECT_FALSE(ParseDateLine("Item 1951").has_value());
  EXPECT_FALSE(ParseDateLine("No. 21951").has_value());
}

TEST(MonthFromNameTest, EnglishAndRussianAnyCase) {
  EXPECT_EQ(MonthFromName("July"), 7);
  EXPECT_EQ(MonthFromName("NOV"), 11);
  EXPECT_EQ(MonthFromName("июля"), 7);
  EXPECT_EQ(MonthFromName("Мая"), 5);
  EXPECT_EQ(MonthFromName("March"), 3);
  EXPECT_EQ(MonthFromName("манчжурия"), 0);
  EXPECT_EQ(MonthFromName("Ma"), 0);
  EXPECT_EQ(MonthFromName("0ctober"), 10);
  EXPECT_EQ(MonthFromName("0"), 0);
}

// The genre a heading names first: a record of conversation is one of its
// own; a memorandum of conversation is a memorandum.
TEST(DocTypeFromWordsTest, TheFirstGenreTheHeadingNames) {
  EXPECT_EQ(DocTypeFromWords("ciphered telegram no. 21404"), "telegram");
  EXPECT_EQ(DocTypeFromWords("19 september 1952, record of conversation"),
            "record of conversation");
  EXPECT_EQ(DocTypeFromWords("запись беседы товарища сталина"),
            "record of conversation");
  EXPECT_EQ(DocTypeFromWords("20 august 1952, memorandum of conversation"),
            "memorandum");
  EXPECT_EQ(DocTypeFromWords("the talks at panmunjom"), "");
}

// The United Nations and a government pass resolutions; a party's
// Politburo takes decisions, whatever the translator calls them.
TEST(DocTypeFromWordsTest, AResolutionIsADecisionOnlyOfTheParty) {
  EXPECT_EQ(DocTypeFromWords("the indian draft resolution on prisoners"),
            "resolution");
  EXPECT_EQ(DocTypeFromWords("resolution of the ussr council of ministers"),
            "resolution");
  EXPECT_EQ(DocTypeFromWords("проект резолюции 21 государства"), "resolution");
  EXPECT_EQ(DocTypeFromWords("resolution of the politburo of the cc vkp(b)"),
            "decision");
  EXPECT_EQ(DocTypeFromWords("постановление политбюро цк вкп(б)"), "decision");
}

TEST(ClockAfterDateTest, TheHourWrittenRightAfterADate) {
  std::string_view ru = "30.10.51 г. 22.00»";
  auto t = ClockAfterDate(ru, 8);
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->time.hour, 22);
  EXPECT_EQ(t->time.minute, 0);
  auto en = ClockAfterDate("30.10.51, 22:15\"", 8);
  ASSERT_TRUE(en.has_value());
  EXPECT_EQ(en->time.minute, 15);
  // Another date, or a number that runs on, is no hour.
  EXPECT_FALSE(ClockAfterDate("2.7 - 3.7.51", 3).has_value());
  EXPECT_FALSE(ClockAfterDate("30.10.51 22.00.51", 8).has_value());
  EXPECT_FALSE(ClockAfterDate("30.10.51 No. 396", 8).has_value());
  // "Получено: 21 ч. 40 м. 26 марта 1953 г.": hours and minutes by unit.
  auto units = FindTime("Получено: 21 ч. 40 м. 26 марта 1953 г.", 0);
  ASSERT_TRUE(units.has_value());
  EXPECT_EQ(units->time.hour, 21);
  EXPECT_EQ(units->time.minute, 40);
  // "十月二十四日十八时", "18时30分": Chinese hours and minutes.
  std::string_view zh = "十月二十四日十八时";
  auto hour = ClockAfterDate(zh, std::string_view("十月二十四日").size());
  ASSERT_TRUE(hour.has_value());
  EXPECT_EQ(hour->time.hour, 18);
  EXPECT_EQ(hour->time.minute, 0);
  EXPECT_EQ(hour->end, zh.size());
  auto minutes = ClockAfterDate("7月3日 18时30分", 8);
  ASSERT_TRUE(minutes.has_value());
  EXPECT_EQ(minutes->time.hour, 18);
  EXPECT_EQ(minutes->time.minute, 30);
  // "二十四小时" is a duration, not an hour.
  EXPECT_FALSE(ClockAfterDate("十月二十四日二十四小时内", 18).has_value());
  // "Sent 24.III.53 at 23.40".
  auto at = ClockAfterDate("24.III.53 at 23.40", 9);
  ASSERT_TRUE(at.has_value());
  EXPECT_EQ(at->time.hour, 23);
  EXPECT_EQ(at->time.minute, 40);
}

TEST(TextHelpersTest, CaseAndTrim) {
  EXPECT_EQ(LowerText("КИМ ИР СЕН Ёж"), "ким ир сен еж");
  EXPECT_EQ(TrimView("\xc2\xa0 text\t"), "text");
  // Chinese paragraphs open with ideographic spaces (U+3000).
  EXPECT_EQ(TrimView("\u3000\u3000一、同意。\u3000"), "一、同意。");
  EXPECT_EQ(TrimView("\u3000"), "");
  EXPECT_TRUE(StartsWithNoCase("CIPHERED TELEGRAM", "Ciphered"));
  EXPECT_EQ(FindNoCase("From BEIJING", "beijing"), 5u);
  EXPECT_EQ(ToLowerAscii("Series G"), "series g");
}

}  // namespace
}  // namespace parley::importers::detail
