#include "importers/clause_terms.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace parley::importers {
namespace {

using graph::Value;

Value Distance(int min, int max, const std::string& from = "") {
  Value d = Value::MakeObject();
  d["min"] = min;
  d["max"] = max;
  d["unit"] = "km";
  if (!from.empty()) d["from"] = from;
  return d;
}

Value Duration(int value, const std::string& unit,
               const std::string& anchor = "") {
  Value d = Value::MakeObject();
  d["value"] = value;
  d["unit"] = unit;
  if (!anchor.empty()) d["anchor"] = anchor;
  return d;
}

Value List(std::vector<Value> items) { return Value(std::move(items)); }

// The list at `key` of the terms of `text`, or an empty list.
Value ListOf(const std::string& text, const std::string& lang,
             const std::string& key) {
  Value terms = ExtractTerms(text, lang);
  const Value* v = terms.Get(key);
  return v != nullptr ? *v : Value::MakeArray();
}

Value Distances(const std::string& text, const std::string& lang) {
  return ListOf(text, lang, "distances");
}
Value Durations(const std::string& text, const std::string& lang) {
  return ListOf(text, lang, "durations");
}
Value Actors(const std::string& text, const std::string& lang) {
  return ListOf(text, lang, "actors");
}

const char kSeedPoint2Ru[] =
    "Начиная с какого дня войска обеих сторон в течение трёх дней должны "
    "отойти на расстояние до 10 км от 38 параллели и создать в этом районе "
    "буферную зону.";
const char kSeedPoint2En[] =
    "Beginning from a certain day the troops of both sides must within three "
    "days withdraw from the 38th parallel for a distance of 10 km and create a "
    "buffer zone in that region.";
const char kSeedPoint5Ru[] =
    "В течение двух месяцев со дня прекращения огня отвести из Кореи все "
    "иностранные сухопутные, военно-морские и военно-воздушные силы.";
const char kSeedPoint5En[] =
    "In the course of two months from the day of the ceasefire all foreign "
    "land, naval and air forces will withdraw from Korea.";

TEST(ClauseTermsTest, DistanceFromTheParallelInBothLanguages) {
  EXPECT_EQ(Distances(kSeedPoint2En, "en"),
            List({Distance(10, 10, "38th parallel")}));
  EXPECT_EQ(Distances(kSeedPoint2Ru, "ru"),
            List({Distance(10, 10, "38th parallel")}));
}

TEST(ClauseTermsTest, RangesWithDashHyphenAndWords) {
  for (const char* text :
       {"troops pulled back 5–10 km to the north", "pulled back 5-10 km",
        "pulled back 5 - 10 km", "pulled back 5 to 10 kilometres",
        "between 5 and 10 km apart"}) {
    EXPECT_EQ(Distances(text, "en"), List({Distance(5, 10)})) << text;
  }
  for (const char* text : {"отвод войск на 5–10 км к северу",
                           "отвод войск от 5 до 10 километров"}) {
    EXPECT_EQ(Distances(text, "ru"), List({Distance(5, 10)})) << text;
  }
  EXPECT_EQ(Distances("отвод войск на 5–10 км к северу и к югу от 38 "
                      "параллели",
                      "ru"),
            List({Distance(5, 10, "38th parallel")}));
}

TEST(ClauseTermsTest, DistancesWrittenInWordsAndDigits) {
  EXPECT_EQ(Distances("each side will pull its armed forces back two "
                      "kilometers from that line",
                      "en"),
            List({Distance(2, 2)}));
  EXPECT_EQ(Distances("pull back 2 km", "en"), List({Distance(2, 2)}));
  EXPECT_EQ(Distances("отвести войска на двадцать пять километров", "ru"),
            List({Distance(25, 25)}));
  EXPECT_EQ(Distances("отойти на расстояние двух километров", "ru"),
            List({Distance(2, 2)}));
  EXPECT_EQ(Distances("создать десятикилометровую зону", "ru"),
            List({Distance(10, 10)}));
}

TEST(ClauseTermsTest, DistanceTakesTheNearestReferenceLine) {
  EXPECT_EQ(
      Distances("the line on which the forces of the two sides actually meet "
                "will serve as the military demarcation line, and each side "
                "will pull its armed forces back two kilometers from that line",
                "en"),
      List({Distance(2, 2, "military demarcation line")}));
  EXPECT_EQ(Distances("отвести войска на 2 км от линии соприкосновения", "ru"),
            List({Distance(2, 2, "line of contact")}));
  EXPECT_EQ(Distances("withdraw 2 km from the line of actual contact", "en"),
            List({Distance(2, 2, "line of contact")}));
}

TEST(ClauseTermsTest, TheThirtyEighthParallelIsNotADistance) {
  for (const char* text :
       {"cease the transfer of forces across the 38th parallel",
        "прекратить перемещение войск через 38 параллель",
        "севернее 38-й параллели", "north of the 38 parallel"}) {
    Value terms = ExtractTerms(text, "en");
    EXPECT_EQ(terms.Get("distances"), nullptr) << text;
  }
}

TEST(ClauseTermsTest, DurationsWithNumberWords) {
  EXPECT_EQ(Durations(kSeedPoint2En, "en"), List({Duration(3, "day")}));
  EXPECT_EQ(Durations(kSeedPoint2Ru, "ru"), List({Duration(3, "day")}));
  EXPECT_EQ(
      Durations("all foreign troops leave KOREA within two months;", "en"),
      List({Duration(2, "month")}));
  EXPECT_EQ(Durations("в течение двух месяцев;", "ru"),
            List({Duration(2, "month")}));
  EXPECT_EQ(Durations("в течение тридцати дней", "ru"),
            List({Duration(30, "day")}));
  EXPECT_EQ(Durations("within 72 hours", "en"), List({Duration(72, "hour")}));
  EXPECT_EQ(Durations("within fifteen days", "en"),
            List({Duration(15, "day")}));
  EXPECT_EQ(Durations("двухмесячный срок", "ru"), List({Duration(2, "month")}));
  EXPECT_EQ(Durations("в течение суток", "ru"), List({Duration(1, "day")}));
}

TEST(ClauseTermsTest, DurationsCountedFromTheCeasefire) {
  EXPECT_EQ(Durations(kSeedPoint5En, "en"),
            List({Duration(2, "month", "ceasefire")}));
  EXPECT_EQ(Durations(kSeedPoint5Ru, "ru"),
            List({Duration(2, "month", "ceasefire")}));
  EXPECT_EQ(Durations("В течение 10 дней после прекращения огня", "ru"),
            List({Duration(10, "day", "ceasefire")}));
}

TEST(ClauseTermsTest, DurationsCountedFromOtherEvents) {
  EXPECT_EQ(Durations("Provided the armistice is concluded no later than 30 "
                      "days from the day the plenary session of the "
                      "delegations endorses this agreement and the precise "
                      "position of the line",
                      "en"),
            List({Duration(30, "day", "plenary endorsement")}));
  EXPECT_EQ(Durations("if the armistice agreement is not signed within those "
                      "30 days, the military demarcation line will be revised",
                      "en"),
            List({Duration(30, "day")}));
  EXPECT_EQ(Durations("within three months after the armistice agreement is "
                      "signed",
                      "en"),
            List({Duration(3, "month", "armistice signing")}));
  EXPECT_EQ(Durations("в течение шестидесяти дней после подписания "
                      "соглашения о перемирии",
                      "ru"),
            List({Duration(60, "day", "armistice signing")}));
}

TEST(ClauseTermsTest, DatesAndClockTimesAreNotDurations) {
  for (const char* text :
       {"KIM IL SUNG 30.6.1951.", "КИМ ИР СЕН 30.6.1951 г.",
        "Ответить намечено 2–3.7.51 г.", "Received 12:10 3.7.1951",
        "agreement of 23 November 1951", "соглашение от 23 ноября 1951 года",
        "огонь прекращается в 22 часа", "at 2200 hours on 27 July"}) {
    Value terms = ExtractTerms(text, "en");
    EXPECT_EQ(terms.Get("durations"), nullptr) << text;
    EXPECT_EQ(terms.Get("distances"), nullptr) << text;
  }
}

TEST(ClauseTermsTest, Actors) {
  EXPECT_EQ(Actors("both sides must cease fire", "en"), List({"both sides"}));
  EXPECT_EQ(Actors("обе стороны должны прекратить огонь", "ru"),
            List({"both sides"}));
  EXPECT_EQ(Actors(kSeedPoint2Ru, "ru"), List({"both sides"}));
  EXPECT_EQ(Actors(kSeedPoint2En, "en"), List({"both sides"}));
  EXPECT_EQ(Actors(kSeedPoint5En, "en"), List({"all foreign forces"}));
  EXPECT_EQ(Actors(kSeedPoint5Ru, "ru"), List({"all foreign forces"}));
  EXPECT_EQ(Actors("вывод из КОРЕИ всех иностранных войск", "ru"),
            List({"all foreign forces"}));
  EXPECT_EQ(Actors("each side will pull its armed forces back", "en"),
            List({"each side"}));
  EXPECT_EQ(Actors("каждая из сторон отводит войска", "ru"),
            List({"each side"}));
  // Ships are not forces.
  EXPECT_EQ(
      Actors("Withdraw all foreign ships from the territorial waters", "en"),
      Value::MakeArray());
}

TEST(ClauseTermsTest, TimeReference) {
  EXPECT_EQ(ExtractTerms("Beginning from a certain day and hour (according to "
                         "Pyongyang time) both sides must cease fire",
                         "en")
                .GetString("time_reference"),
            "Pyongyang time");
  EXPECT_EQ(ExtractTerms("Начиная с какого дня и часа (по пхеньянскому "
                         "времени) обе стороны должны прекратить огонь",
                         "ru")
                .GetString("time_reference"),
            "Pyongyang time");
  EXPECT_EQ(ExtractTerms("в 22 часа по московскому времени", "ru")
                .GetString("time_reference"),
            "Moscow time");
  EXPECT_EQ(
      ExtractTerms("по местному времени", "ru").GetString("time_reference"),
      "local time");
  EXPECT_EQ(ExtractTerms("at the same time the other side", "en")
                .Get("time_reference"),
            nullptr);
  EXPECT_EQ(ExtractTerms("в то же время", "ru").Get("time_reference"), nullptr);
}

TEST(ClauseTermsTest, TextWithoutTermsGivesAnEmptyObject) {
  Value terms = ExtractTerms("Let the first to come forward.", "en");
  ASSERT_TRUE(terms.is_object());
  EXPECT_TRUE(terms.as_object().empty());
}

TEST(ClauseTermsTest, ParseNumberWord) {
  struct Case {
    const char* word;
    int value;
  };
  const Case cases[] = {
      {"two", 2},
      {"Three", 3},
      {"TWELVE", 12},
      {"thirty", 30},
      {"ninety", 90},
      {"twenty-five", 25},
      {"30", 30},
      {"один", 1},
      {"одного", 1},
      {"одной", 1},
      {"два", 2},
      {"двух", 2},
      {"три", 3},
      {"трёх", 3},
      {"трех", 3},
      {"четырёх", 4},
      {"пяти", 5},
      {"шесть", 6},
      {"десяти", 10},
      {"пятнадцать", 15},
      {"двадцати", 20},
      {"тридцати", 30},
      {"двадцать пять", 25},
      {"сорока", 40},
      {"38th", -1},
      {"parallel", -1},
      {"", -1},
      {"2.5", -1},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(ParseNumberWord(c.word), c.value) << c.word;
  }
}

TEST(ClauseTermsTest, MergeJoinsBothLanguagesWithoutRepeats) {
  Value terms = ExtractTerms(kSeedPoint2Ru, "ru");
  MergeTerms(terms, ExtractTerms(kSeedPoint2En, "en"));
  EXPECT_EQ(*terms.Get("distances"), List({Distance(10, 10, "38th parallel")}));
  EXPECT_EQ(*terms.Get("durations"), List({Duration(3, "day")}));
  EXPECT_EQ(*terms.Get("actors"), List({"both sides"}));
}

TEST(ClauseTermsTest, MergeCompletesAnItemAndKeepsDifferentOnes) {
  Value into = Value::MakeObject();
  into["distances"] = List({Distance(10, 10)});
  into["durations"] = List({Duration(2, "month")});
  into["time_reference"] = "Pyongyang time";
  Value from = Value::MakeObject();
  from["distances"] =
      List({Distance(10, 10, "38th parallel"), Distance(5, 10)});
  from["durations"] = List({Duration(2, "month", "ceasefire")});
  from["actors"] = List({"both sides"});
  from["time_reference"] = "Moscow time";
  MergeTerms(into, from);
  EXPECT_EQ(*into.Get("distances"),
            List({Distance(10, 10, "38th parallel"), Distance(5, 10)}));
  EXPECT_EQ(*into.Get("durations"), List({Duration(2, "month", "ceasefire")}));
  EXPECT_EQ(*into.Get("actors"), List({"both sides"}));
  EXPECT_EQ(into.GetString("time_reference"), "Pyongyang time");
}

}  // namespace
}  // namespace parley::importers
