#include "text/fold.h"

#include <gtest/gtest.h>

namespace parley::text {
namespace {

TEST(FoldWordTest, FoldsCaseWidthYoAndLatinDiacritics) {
  EXPECT_EQ(FoldWord("ВОЕННОПЛЕННЫМИ"), "военнопленными");
  EXPECT_EQ(FoldWord("Ковалёв"), "ковалев");
  EXPECT_EQ(FoldWord("ＵＮ"), "un");
  EXPECT_EQ(FoldWord("Kaesŏng"), "kaesong");
  EXPECT_EQ(FoldWord("Straße"), "strasse");
  // A decomposed "й" composes and stays; a decomposed "ё" is "е".
  EXPECT_EQ(FoldWord("и\u0306"), "й");
  EXPECT_EQ(FoldWord("Е\u0308ж"), "еж");
  EXPECT_EQ(FoldWord("пере\u00ADмирие"), "перемирие");  // soft hyphen
  EXPECT_EQ(FoldWord("毛泽东"), "毛泽东");
}

TEST(FoldNameTest, FoldsNamesAsTheGazetteerCompares) {
  EXPECT_EQ(FoldName("Kim Il-sung"), "kim il sung");
  EXPECT_EQ(FoldName("  КИМ   ИР\tСЕН "), "ким ир сен");
  EXPECT_EQ(FoldName("P'yŏngyang"), "pyongyang");
  EXPECT_EQ(FoldName("People’s Army"), "peoples army");
  EXPECT_EQ(FoldName("毛泽东同志"), "毛泽东同志");
  EXPECT_EQ(FoldName("VKP(b)"), "vkp b");
  EXPECT_EQ(FoldName("38th parallel"), "38 parallel");
  EXPECT_EQ(FoldName("38-я армия"), "38 армия");
  EXPECT_EQ(FoldName("КИM ИР СЕН"), "ким ир сен");  // a Latin M
  // U+037A folds to " ι": words stay joined by single spaces (found by
  // fuzz/name_fuzzer.cc).
  EXPECT_EQ(FoldName("1 \u037A0"), "1 ι0");
  EXPECT_EQ(FoldName("\u037A"), "ι");
  EXPECT_EQ(FoldName("..."), "");
}

TEST(FoldNameTest, ReadsOrdinalsAndLookalikes) {
  EXPECT_EQ(OrdinalNumber("38th"), "38");
  EXPECT_EQ(OrdinalNumber("38-го"), "38");
  EXPECT_EQ(OrdinalNumber("38"), std::nullopt);
  EXPECT_EQ(OrdinalNumber("38km"), std::nullopt);
  EXPECT_EQ(CyrillicLookalike("HAM"), "нам");
  EXPECT_EQ(CyrillicLookalike("Kim"), "");
  EXPECT_EQ(CyrillicLookalike("Ким"), "");
  EXPECT_EQ(CyrillicLookalike("1951"), "");
}

TEST(LowerTextTest, LowersAsciiAndRussianKeepingEveryOffset) {
  EXPECT_EQ(LowerText("КИМ ИР СЕН Ёж"), "ким ир сен еж");
  std::string line = "Из ПЕКИНА Получено 12:40 Kaesŏng É";
  std::string lower = LowerText(line);
  EXPECT_EQ(lower.size(), line.size());
  EXPECT_EQ(lower.find("пекина"), line.find("ПЕКИНА"));
  EXPECT_EQ(lower, "из пекина получено 12:40 kaesŏng É");
  EXPECT_EQ(LowerText("A\xFF"
                      "B"),
            "a\xFF"
            "b");
}

}  // namespace
}  // namespace parley::text
