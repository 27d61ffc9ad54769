#include "queries/detail/words.h"

#include <gtest/gtest.h>

namespace parley::queries::detail {
namespace {

Word W(std::string_view text) {
  std::vector<Word> words = SplitWords(text);
  EXPECT_EQ(words.size(), 1u) << text;
  return words.empty() ? Word() : words[0];
}

TEST(WordsTest, SplitsOnPunctuationDashesAndQuotesWithByteOffsets) {
  std::string text = "«Отвод» войск на 5–10 км; KIM IL-SUNG";
  std::vector<Word> words = SplitWords(text);
  std::vector<std::string> folded;
  for (const Word& w : words) folded.push_back(w.folded);
  EXPECT_EQ(folded, (std::vector<std::string>{"отвод", "войск", "на", "5", "10",
                                              "км", "kim", "il", "sung"}));
  EXPECT_EQ(text.substr(words[0].start, words[0].end - words[0].start),
            "Отвод");
  EXPECT_EQ(text.substr(words[8].start, words[8].end - words[8].start), "SUNG");
}

TEST(WordsTest, FoldsCaseYoAndLatinAccents) {
  EXPECT_EQ(FoldWord("ВОЕННОПЛЕННЫМИ"), "военнопленными");
  EXPECT_EQ(FoldWord("трёх"), "трех");
  EXPECT_EQ(FoldWord("Kaesŏng"), "kaesong");
}

TEST(WordsTest, StemsEnglishAndRussianInflections) {
  EXPECT_EQ(Stem("prisoners"), Stem("prisoner"));
  EXPECT_EQ(Stem("exchanged"), Stem("exchange"));
  EXPECT_EQ(Stem("военнопленными"), Stem("военнопленные"));
  EXPECT_EQ(Stem("зону"), Stem("зона"));
  EXPECT_EQ(Stem("38"), "38");
}

TEST(WordsTest, QueryWordsMatchAsPrefixesOfStems) {
  EXPECT_TRUE(WordMatches(W("prisoners"), W("prisoners")));
  EXPECT_TRUE(WordMatches(W("prisoner"), W("prisoners")));
  EXPECT_TRUE(WordMatches(W("prisoners"), W("prisoner")));
  EXPECT_TRUE(WordMatches(W("prison"), W("prisoners")));
  EXPECT_TRUE(WordMatches(W("военнопленные"), W("военнопленными")));
  EXPECT_TRUE(WordMatches(W("Exchange"), W("exchanged")));
  EXPECT_FALSE(WordMatches(W("prisoners"), W("exchange")));
  // Numbers are whole: "10" is not "100".
  EXPECT_TRUE(WordMatches(W("10"), W("10")));
  EXPECT_FALSE(WordMatches(W("10"), W("100")));
}

TEST(WordsTest, QueryDropsStopWordsUnlessNothingElseIsLeft) {
  std::vector<Word> words = QueryWords("prisoners of war");
  ASSERT_EQ(words.size(), 2u);
  EXPECT_EQ(words[0].folded, "prisoners");
  EXPECT_EQ(words[1].folded, "war");
  EXPECT_EQ(QueryWords("of").size(), 1u);
}

}  // namespace
}  // namespace parley::queries::detail
