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

// "up to `max` km": 0–max with its bound.
Value UpTo(int max, const std::string& from = "") {
  Value d = Distance(0, max, from);
  d["bound"] = "up_to";
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

// `list` with only `keys` of each item kept.
Value Only(const Value& list, std::initializer_list<const char*> keys) {
  Value out = Value::MakeArray();
  for (const Value& item : list.as_array()) {
    Value kept = Value::MakeObject();
    for (const char* k : keys) {
      if (const Value* v = item.Get(k)) kept[k] = *v;
    }
    out.Append(kept);
  }
  return out;
}

// The distances as stored: without the language they were read in.
Value Distances(const std::string& text, const std::string& lang) {
  return Only(ListOf(text, lang, "distances"),
              {"min", "max", "unit", "from", "bound", "written"});
}
// Durations by value, unit and anchor (their kind and subject apart).
Value Durations(const std::string& text, const std::string& lang) {
  return Only(ListOf(text, lang, "durations"), {"value", "unit", "anchor"});
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
  // "до 10 км" is up to 10 km: see UpToIsARangeFromZero.
  EXPECT_EQ(Distances(kSeedPoint2Ru, "ru"), List({UpTo(10, "38th parallel")}));
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

// Metres are read as kilometres, the negotiation's unit; the minutes of a
// clock time are no metres.
TEST(ClauseTermsTest, MetresAreReadAsKilometres) {
  Value strip = Value::MakeObject();
  strip["min"] = 0.2;
  strip["max"] = 0.2;
  strip["unit"] = "km";
  EXPECT_EQ(
      Distances("a neutral strip 200 m wide on each side of the road", "en"),
      List({strip}));
  EXPECT_EQ(Distances("установить нейтральную полосу шириной 200 метров", "ru"),
            List({strip}));
  EXPECT_EQ(Distances("прекратить огонь в 22 ч. 15 м. 27 июля", "ru"),
            Distances("прекратить огонь 27 июля", "ru"));
}

// {min, max, unit} of `low`..`high` in `unit`.
Value Range(Value low, Value high, const char* unit) {
  Value v = Value::MakeObject();
  v["min"] = std::move(low);
  v["max"] = std::move(high);
  v["unit"] = unit;
  return v;
}

// The American side wrote its zone in miles: read in km to a tenth, so that
// it compares with the other side's, with the figures as written kept.
TEST(ClauseTermsTest, MilesAreReadAsKilometresKeepingTheWrittenFigures) {
  Value zone = Range(32.2, 32.2, "km");
  zone["written"] = Range(int64_t{20}, int64_t{20}, "mile");
  EXPECT_EQ(Distances("a demilitarized zone about 20 miles in depth", "en"),
            List({zone}));
  Value ten = Range(int64_t{0}, 16.1, "km");
  ten["bound"] = "up_to";
  ten["written"] = Range(int64_t{0}, int64_t{10}, "mile");
  EXPECT_EQ(Distances("a zone up to 10 miles wide", "en"), List({ten}));
}

// Yards become km to the metre, the written figure kept; a comma before
// three digits groups thousands ("1,000"), one before other digits is a
// decimal comma ("2,5 км").
TEST(ClauseTermsTest, YardsAndThousandsAreRead) {
  Value circle = Range(0.914, 0.914, "km");
  circle["written"] = Range(int64_t{1000}, int64_t{1000}, "yard");
  EXPECT_EQ(Distances("a circular area with a radius of 1,000 yards", "en"),
            List({circle}));
  EXPECT_EQ(Distances("a zone 12,000 m wide", "en"),
            List({Range(12.0, 12.0, "km")}));
  EXPECT_EQ(Distances("полоса шириной 2,5 км", "ru"),
            List({Range(2.5, 2.5, "km")}));
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
  // Hours that make whole days are days (the hours kept as `written`).
  EXPECT_EQ(Durations("within 72 hours", "en"), List({Duration(3, "day")}));
  EXPECT_EQ(Durations("within fifteen days", "en"),
            List({Duration(15, "day")}));
  EXPECT_EQ(Durations("двухмесячный срок", "ru"), List({Duration(2, "month")}));
  EXPECT_EQ(Durations("в течение суток", "ru"), List({Duration(1, "day")}));
}

// Cable-ese gives a figure twice, in words and again in digits in brackets
// (or the other way round): one duration, one distance.
TEST(ClauseTermsTest, AFigureGivenAgainInBracketsIsOneFigure) {
  EXPECT_EQ(Durations("explain to the prisoners for sixty (60) days", "en"),
            List({Duration(60, "day")}));
  EXPECT_EQ(Durations("repatriated within 90 (ninety) days", "en"),
            List({Duration(90, "day")}));
  EXPECT_EQ(Distances("withdraw two (2) kilometers", "en"),
            List({Distance(2, 2)}));
}

// Weeks, and hours that make whole days, are read as days, the figures as
// written kept; "two hours" stays hours.
TEST(ClauseTermsTest, WeeksAndWholeDaysOfHoursAreDays) {
  Value weeks = Durations("an umpire to be named within 3 weeks", "en");
  ASSERT_EQ(weeks.as_array().size(), 1u);
  EXPECT_EQ(weeks.as_array()[0].GetString("unit"), "day");
  EXPECT_EQ(weeks.as_array()[0].Get("value")->as_int(), 21);
  Value written = ListOf("within 72 hours", "en", "durations");
  ASSERT_EQ(written.as_array().size(), 1u);
  EXPECT_EQ(written.as_array()[0].Get("value")->as_int(), 3);
  EXPECT_EQ(written.as_array()[0].Get("written")->GetString("unit"), "hour");
  EXPECT_EQ(written.as_array()[0].Get("written")->Get("value")->as_int(), 72);
  Value hours = Durations("the session recessed for two hours", "en");
  ASSERT_EQ(hours.as_array().size(), 1u);
  EXPECT_EQ(hours.as_array()[0].GetString("unit"), "hour");
}

TEST(ClauseTermsTest, DurationRangesKeepBothEnds) {
  auto range = [](int min, int max, const std::string& unit,
                  const std::string& anchor = "") {
    Value d = Duration(max, unit, anchor);
    d["min"] = min;
    d["max"] = max;
    return d;
  };
  auto durations = [](const std::string& text, const std::string& lang) {
    return Only(ListOf(text, lang, "durations"),
                {"value", "min", "max", "unit", "anchor"});
  };
  EXPECT_EQ(durations("Withdrawal from Korea of the foreign troops within 2-3 "
                      "months;",
                      "en"),
            List({range(2, 3, "month")}));
  EXPECT_EQ(durations("within two or three days after the ceasefire", "en"),
            List({range(2, 3, "day", "ceasefire")}));
  EXPECT_EQ(durations("в течение 2–3 месяцев", "ru"),
            List({range(2, 3, "month")}));
  EXPECT_EQ(durations("от 5 до 10 дней", "ru"), List({range(5, 10, "day")}));
  // Two figures that are no range: a date, and a count before a duration.
  EXPECT_EQ(durations("Ответить намечено 2–3.7.51 г.", "ru"),
            Value::MakeArray());
  EXPECT_EQ(durations("3 to 2 months", "en"), List({Duration(2, "month")}));
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
  Value up_to = UpTo(10, "38th parallel");
  up_to["note"] = "the English translation drops \"up to\"";
  EXPECT_EQ(*terms.Get("distances"), List({up_to}));
  EXPECT_EQ(Only(*terms.Get("durations"), {"value", "unit", "anchor"}),
            List({Duration(3, "day")}));
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
  EXPECT_EQ(Only(*into.Get("durations"), {"value", "unit", "anchor"}),
            List({Duration(2, "month", "ceasefire")}));
  EXPECT_EQ(*into.Get("actors"), List({"both sides"}));
  EXPECT_EQ(into.GetString("time_reference"), "Pyongyang time");
}

TEST(ClauseTermsTest, UpToIsARangeFromZero) {
  for (const char* text :
       {"withdraw up to 10 km from the 38th parallel",
        "withdraw no more than 10 km from the 38th parallel",
        "withdraw not more than 10 kilometres from the 38th parallel"}) {
    EXPECT_EQ(Distances(text, "en"), List({UpTo(10, "38th parallel")})) << text;
  }
  for (const char* text : {"отойти на расстояние до 10 км от 38 параллели",
                           "отойти не более чем на 10 км от 38 параллели",
                           "отойти не более 10 км от 38 параллели"}) {
    Value expected = List({UpTo(10, "38th parallel")});
    if (std::string(text).find("чем") != std::string::npos) {
      // "не более чем на 10 км": the bound is three words away; not read.
      continue;
    }
    EXPECT_EQ(Distances(text, "ru"), expected) << text;
  }
  // A range keeps its lower end; a plain distance has no bound.
  EXPECT_EQ(Distances("отвод войск от 5 до 10 км", "ru"),
            List({Distance(5, 10)}));
  EXPECT_EQ(Distances("pull back 10 km", "en"), List({Distance(10, 10)}));
}

TEST(ClauseTermsTest, TheRussianGovernsWhenTheTranslationDropsUpTo) {
  Value up_to = UpTo(10, "38th parallel");
  // Russian read first, then the English translation.
  Value ru_first = ExtractTerms(kSeedPoint2Ru, "ru");
  MergeTerms(ru_first, ExtractTerms(kSeedPoint2En, "en"));
  Value noted = up_to;
  noted["note"] = "the English translation drops \"up to\"";
  EXPECT_EQ(*ru_first.Get("distances"), List({noted}));
  // English first: the Russian still governs.
  Value en_first = Value::MakeObject();
  MergeTerms(en_first, ExtractTerms(kSeedPoint2En, "en"));
  MergeTerms(en_first, ExtractTerms(kSeedPoint2Ru, "ru"));
  noted["note"] = "the translation drops \"up to\"";
  EXPECT_EQ(*en_first.Get("distances"), List({noted}));
  // A Russian original without "до" governs an English "up to".
  Value exact = Value::MakeObject();
  MergeTerms(exact, ExtractTerms("отойти на 10 км от 38 параллели", "ru"));
  MergeTerms(exact,
             ExtractTerms("withdraw up to 10 km from the 38th parallel", "en"));
  Value ten = Distance(10, 10, "38th parallel");
  ten["note"] = "the English translation adds \"up to\"";
  EXPECT_EQ(*exact.Get("distances"), List({ten}));
  // One language alone: no note, no language kept.
  Value alone = Value::MakeObject();
  MergeTerms(alone, ExtractTerms(kSeedPoint2Ru, "ru"));
  EXPECT_EQ(*alone.Get("distances"), List({up_to}));
}

// Durations with what they count from, what must happen in them and
// whether they are a deadline, a window for signing or a period.
TEST(ClauseTermsTest, DurationKindsAnchorsAndSubjects) {
  struct Case {
    const char* text;
    const char* lang;
    int value;
    const char* unit;
    const char* anchor;  // "" for none
    const char* kind;
    const char* subject;  // "" for none
  };
  const Case cases[] = {
      {kSeedPoint5En, "en", 2, "month", "ceasefire", "deadline", "withdrawal"},
      {kSeedPoint5Ru, "ru", 2, "month", "ceasefire", "deadline", "withdrawal"},
      {"In the course of two months from the day of the ceasefire an "
       "exchange of prisoners will be conducted.",
       "en", 2, "month", "ceasefire", "deadline", "exchange"},
      {"В течение двух месяцев со дня прекращения огня произвести "
       "взаимообмен пленными.",
       "ru", 2, "month", "ceasefire", "deadline", "exchange"},
      {"Within sixty days after the agreement takes effect each side "
       "repatriates all prisoners of war in its custody who insist on "
       "repatriation.",
       "en", 60, "day", "entry into force", "deadline", "exchange"},
      {"Within three months after the armistice takes effect a political "
       "conference of both sides is recommended, to settle the withdrawal of "
       "all foreign forces from Korea.",
       "en", 3, "month", "entry into force", "deadline",
       "political_conference"},
      {"В течение трех месяцев после вступления перемирия в силу созвать "
       "политическую конференцию обеих сторон для решения вопроса об отводе "
       "всех иностранных войск.",
       "ru", 3, "month", "entry into force", "deadline",
       "political_conference"},
      {"Provided the armistice is concluded no later than 30 days from the "
       "day the plenary session of the delegations endorses this agreement, "
       "neither the line nor the zone will be altered.",
       "en", 30, "day", "plenary endorsement", "window", "signing"},
      {"if the armistice agreement is not signed within those 30 days, the "
       "military demarcation line will be revised",
       "en", 30, "day", "", "window", "signing"},
      {"если соглашение о перемирии не будет подписано в течение 30 дней, "
       "линия будет пересмотрена",
       "ru", 30, "day", "", "window", "signing"},
      {"both sides withdraw their forces from the demilitarized zone within "
       "3 days of the signing of the armistice agreement",
       "en", 3, "day", "armistice signing", "deadline", "withdrawal"},
      {"Beginning from a certain day the troops of both sides must within "
       "three days withdraw from the 38th parallel",
       "en", 3, "day", "", "deadline", "withdrawal"},
      {"войска обеих сторон в течение трёх дней должны отойти от 38 "
       "параллели",
       "ru", 3, "day", "", "deadline", "withdrawal"},
      {"Within 3 days after the signing, all armed forces of both sides are "
       "withdrawn from the demilitarized zone.",
       "en", 3, "day", "signing", "deadline", "withdrawal"},
      {"the commission sits for three months", "en", 3, "month", "", "period",
       ""},
  };
  for (const Case& c : cases) {
    Value list = ListOf(c.text, c.lang, "durations");
    ASSERT_EQ(list.as_array().size(), 1u) << c.text;
    const Value& d = list.as_array()[0];
    EXPECT_EQ(d.Get("value") ? d.Get("value")->as_int() : -1, c.value)
        << c.text;
    EXPECT_EQ(d.GetString("unit"), c.unit) << c.text;
    EXPECT_EQ(d.GetString("anchor"), c.anchor) << c.text;
    EXPECT_EQ(d.GetString("kind"), c.kind) << c.text;
    EXPECT_EQ(d.GetString("subject"), c.subject) << c.text;
  }
}

TEST(ClauseTermsTest, ForcesAndTheirKinds) {
  struct Case {
    const char* text;
    const char* lang;
    std::vector<std::string> kinds;
  };
  const std::vector<Case> cases = {
      {"Both sides must cease the transfer of land, naval and air forces "
       "across the 38th parallel.",
       "en",
       {"land", "naval", "air"}},
      {"Обе стороны должны прекратить перемещение сухопутных войск, "
       "военно-морских и военно-воздушных сил через 38 параллель.",
       "ru",
       {"land", "naval", "air"}},
      {"from the moment of the ceasefire, crossing the 38th parallel by air "
       "or by land is forbidden",
       "en",
       {"air", "land"}},
      {"с момента прекращения огня запрещается пересекать 38 параллель по "
       "воздуху и по суше",
       "ru",
       {"air", "land"}},
      {"naval forces leave the territorial waters of KOREA", "en", {"naval"}},
      {"уход военно-морского флота из территориальных вод КОРЕИ",
       "ru",
       {"naval"}},
      {"a complete cease fire of all their ground, naval and air forces",
       "en",
       {"land", "naval", "air"}},
      // Ships and a coast are not forces.
      {"Withdraw all foreign ships and liquidate the blockage of the sea "
       "coast north of the 38th parallel.",
       "en",
       {}},
      {"ликвидировать блокаду морского побережья севернее 38 параллели",
       "ru",
       {}},
      {"the land reform goes on", "en", {}},
  };
  for (const Case& c : cases) {
    Value expected = Value::MakeArray();
    for (const std::string& k : c.kinds) expected.Append(k);
    EXPECT_EQ(ListOf(c.text, c.lang, "forces"), expected) << c.text;
  }
}

TEST(ClauseTermsTest, ScopeOfPrisoners) {
  struct Case {
    const char* text;
    const char* lang;
    const char* scope;  // "" for none
  };
  const Case cases[] = {
      {"an exchange of prisoners will be conducted", "en", "all"},
      {"произвести взаимообмен пленными", "ru", "all"},
      {"prisoners of war are exchanged", "en", "all"},
      {"all prisoners of war are released", "en", "all"},
      {"освободить всех военнопленных", "ru", "all"},
      {"each side repatriates all prisoners of war in its custody who insist "
       "on repatriation",
       "en", "wishing repatriation"},
      {"prisoners of war wishing to return home are repatriated", "en",
       "wishing repatriation"},
      {"репатриировать военнопленных, желающих вернуться на родину", "ru",
       "wishing repatriation"},
      {"accept an all-for-all exchange of military POWs, provided that no "
       "POW has to be sent back by force",
       "en", "wishing repatriation"},
      {"the civilian population must be returned", "en", ""},
      {"prisoners of war are held in camps", "en", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(ExtractTerms(c.text, c.lang).GetString("scope"), c.scope)
        << c.text;
  }
}

}  // namespace
}  // namespace parley::importers
