#include "text/words.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace parley::text {
namespace {

std::vector<std::string> Cut(std::string_view text, WordOptions options = {}) {
  std::vector<std::string> out;
  for (const WordSpan& w : FindWords(text, options)) {
    out.emplace_back(text.substr(w.start, w.end - w.start));
  }
  return out;
}

TEST(WordsTest, CutsLettersAndDigitsOfAnyScriptWithOffsets) {
  std::string text = "«Отвод» войск на 5–10 км; KIM IL-SUNG";
  EXPECT_EQ(Cut(text),
            (std::vector<std::string>{"Отвод", "войск", "на", "5", "10", "км",
                                      "KIM", "IL", "SUNG"}));
  std::vector<WordSpan> words = FindWords(text);
  EXPECT_EQ(words[0].start, 2u);  // after the two bytes of "«"
  EXPECT_EQ(Cut("Kaesŏng P83/280"),
            (std::vector<std::string>{"Kaesŏng", "P83", "280"}));
  EXPECT_EQ(Cut("a\xFF"
                "b"),
            (std::vector<std::string>{"a", "b"}));
}

TEST(WordsTest, KeepsMarksAndSoftHyphensInsideWords) {
  EXPECT_EQ(Cut("Чи\u0306 пере\u00ADмирие"),
            (std::vector<std::string>{"Чи\u0306", "пере\u00ADмирие"}));
}

TEST(WordsTest, ApostrophesJoinLettersUnlessAskedNotTo) {
  EXPECT_EQ(
      Cut("People's Army, Americans' demand"),
      (std::vector<std::string>{"People's", "Army", "Americans", "demand"}));
  WordOptions split;
  split.apostrophes_join = false;
  EXPECT_EQ(Cut("People’s", split), (std::vector<std::string>{"People", "s"}));
}

TEST(WordsTest, DigitsJoinLettersUnlessAskedNotTo) {
  EXPECT_EQ(Cut("38th 10km"), (std::vector<std::string>{"38th", "10km"}));
  WordOptions split;
  split.digits_join_letters = false;
  EXPECT_EQ(Cut("38th 10km", split),
            (std::vector<std::string>{"38", "th", "10", "km"}));
}

TEST(WordsTest, HanCharactersAreWordsOfTheirOwnUnlessAskedNotTo) {
  EXPECT_EQ(Cut("毛泽东同志"),
            (std::vector<std::string>{"毛", "泽", "东", "同", "志"}));
  WordOptions runs;
  runs.split_unspaced = false;
  EXPECT_EQ(Cut("毛泽东同志", runs), (std::vector<std::string>{"毛泽东同志"}));
}

TEST(WordsTest, RussianOrdinalEndingsStayWithTheirNumber) {
  WordOptions ordinals;
  ordinals.ordinal_endings = true;
  EXPECT_EQ(Cut("38-я армия, 38-км", ordinals),
            (std::vector<std::string>{"38-я", "армия", "38", "км"}));
  EXPECT_EQ(Cut("38-я"), (std::vector<std::string>{"38", "я"}));
}

}  // namespace
}  // namespace parley::text
