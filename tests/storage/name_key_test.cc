#include <gtest/gtest.h>

#include "storage/store.h"

namespace parley::storage {
namespace {

TEST(NameKeyTest, FoldsCaseHyphensAndSpacing) {
  EXPECT_EQ(NameKey("Kim Il Sung"), "kim il sung");
  EXPECT_EQ(NameKey("KIM IL SUNG"), "kim il sung");
  EXPECT_EQ(NameKey("Kim Il-sung"), "kim il sung");
  EXPECT_EQ(NameKey("  kim\t il \n sung  "), "kim il sung");
}

TEST(NameKeyTest, FoldsCyrillicCaseAndYo) {
  EXPECT_EQ(NameKey("КИМ ИР СЕН"), NameKey("Ким Ир Сен"));
  EXPECT_EQ(NameKey("Семёнов"), "семенов");
  EXPECT_EQ(NameKey("СЕМЁНОВ"), "семенов");
  // A decomposed ё (е + combining diaeresis) composes under NFKC first.
  EXPECT_EQ(NameKey("Се\u0435\u0308нов"), NameKey("Сеенов"));
}

TEST(NameKeyTest, TurnsPunctuationAndSymbolsIntoSpaces) {
  EXPECT_EQ(NameKey("«Филиппов»"), "филиппов");
  EXPECT_EQ(NameKey("Mao Zedong (Mao Tse-tung)"), "mao zedong mao tse tung");
  EXPECT_EQ(NameKey("Nam Il, head;"), "nam il head");
  EXPECT_EQ(NameKey("U.S.A."), "u s a");
  EXPECT_EQ(NameKey("Kim—Il"), "kim il");
  EXPECT_EQ(NameKey("A + B = C"), "a b c");
}

TEST(NameKeyTest, AppliesCompatibilityNormalisation) {
  // Full-width letters and a ligature fold to their plain forms.
  EXPECT_EQ(NameKey("ＫＩＭ"), "kim");
  EXPECT_EQ(NameKey("ﬁlippov"), "filippov");
  EXPECT_EQ(NameKey("Straße"), "strasse");
  // A soft hyphen inside a word does not split it.
  EXPECT_EQ(NameKey("Pak\u00adDong"), "pakdong");
}

TEST(NameKeyTest, KeepsLettersAndDigitsOfOtherScripts) {
  EXPECT_EQ(NameKey("毛泽东"), "毛泽东");
  EXPECT_EQ(NameKey("38th Parallel"), "38th parallel");
}

TEST(NameKeyTest, NothingButPunctuationGivesAnEmptyKey) {
  EXPECT_EQ(NameKey(""), "");
  EXPECT_EQ(NameKey(" -- ... "), "");
}

}  // namespace
}  // namespace parley::storage
