#include "text/translit.h"

#include <gtest/gtest.h>

namespace parley::text {
namespace {

TEST(TranslitTest, IdSchemeSpellsLetterByLetter) {
  EXPECT_EQ(ToLatin("Пхеньян", LatinScheme::kId), "pkhenian");
  EXPECT_EQ(ToLatin("Щербаков, Ёж и Юрий", LatinScheme::kId),
            "shcherbakov, ezh i iurii");
  EXPECT_EQ(ToLatin("объявление", LatinScheme::kId), "obiavlenie");
  EXPECT_EQ(LatinLetter(U'Ц', LatinScheme::kId), "ts");
  EXPECT_EQ(LatinLetter(U'ь', LatinScheme::kId), "");
  EXPECT_EQ(LatinLetter(U'q', LatinScheme::kId), std::nullopt);
  EXPECT_EQ(LatinLetter(U'і', LatinScheme::kId), std::nullopt);
}

TEST(TranslitTest, NamesSchemeMeetsEnglishSpellings) {
  EXPECT_EQ(ToLatin("ПАК ДЕНЧО", LatinScheme::kNames), "pak dencho");
  EXPECT_EQ(ToLatin("Мао Цзэдун", LatinScheme::kNames), "mao zedung");
  EXPECT_EQ(ToLatin("Чжоу Эньлай", LatinScheme::kNames), "zhou enlai");
  EXPECT_EQ(ToLatin("Пэн Дэхуай", LatinScheme::kNames), "pen dehuai");
  EXPECT_EQ(ToLatin("Пхеньян", LatinScheme::kNames), "penyan");
  EXPECT_EQ(ToLatin("Ли Кэнун", LatinScheme::kNames), "li kenung");
  EXPECT_EQ(ToLatin("Kim, 1951", LatinScheme::kNames), "kim, 1951");
}

TEST(TranslitTest, PlacesFollowBgnWithoutItsMarks) {
  EXPECT_EQ(ToLatin("хабаров", LatinScheme::kPlaces), "khabarov");
  EXPECT_EQ(ToLatin("пхеньян", LatinScheme::kPlaces), "pkhenyan");
  EXPECT_EQ(ToLatin("детск", LatinScheme::kPlaces), "detsk");
}

TEST(TranslitTest, LatinKeyPairsRussianAndEnglishSpellings) {
  EXPECT_EQ(LatinKey("ЛИ ХАК ГУ"), "lihakgu");
  EXPECT_EQ(LatinKey("LI HAK GU"), "lihakgu");
  EXPECT_EQ(LatinKey("Kim Il-sung"), "kimilsung");
}

}  // namespace
}  // namespace parley::text
