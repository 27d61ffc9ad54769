#include "text/chars.h"

#include <gtest/gtest.h>

#include <optional>
#include <string_view>

namespace parley::text {
namespace {

// The value of the Han numeral at the start of `s`, and how many bytes it
// took; -1 when none stands there.
std::pair<int, size_t> HanAt(std::string_view s) {
  size_t i = 0;
  std::optional<int> n = ReadHanNumber(s, i);
  return {n ? *n : -1, i};
}

TEST(ReadHanNumberTest, DigitsTensAndYearsDigitByDigit) {
  EXPECT_EQ(HanAt("一、同意").first, 1);
  EXPECT_EQ(HanAt("十二、").first, 12);
  EXPECT_EQ(HanAt("二十五日").first, 25);
  EXPECT_EQ(HanAt("三十").first, 30);
  EXPECT_EQ(HanAt("一九五一年").first, 1951);
  // 〇 is a symbol to ICU's script property, and still a zero.
  EXPECT_EQ(HanAt("一九五〇年").first, 1950);
  // The reader stops where the numerals do.
  EXPECT_EQ(HanAt("二十四日").second, std::string_view("二十四").size());
  // One digit after "十": "三十一" is 31, and a second digit ends the number.
  EXPECT_EQ(HanAt("三十一").first, 31);
  EXPECT_EQ(HanAt("二十一二").first, 21);
  // "两" counts and is no digit: "三两点" begins with 3.
  EXPECT_EQ(HanAt("三两点").first, 3);
}

TEST(ReadHanNumberTest, NothingWhereNoNumeralStands) {
  EXPECT_EQ(HanAt("同意"), std::make_pair(-1, size_t{0}));
  EXPECT_EQ(HanAt("12"), std::make_pair(-1, size_t{0}));
  EXPECT_EQ(HanAt(""), std::make_pair(-1, size_t{0}));
  size_t i = 3;
  EXPECT_EQ(ReadHanNumber("第一条", i), 1);
  EXPECT_EQ(i, 6u);
}

}  // namespace
}  // namespace parley::text
