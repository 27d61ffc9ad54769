#include "text/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace parley::text {
namespace {

TEST(Utf8Test, DecodesEachCodePointAndFlagsMalformedBytes) {
  std::string s = "aЖ毛\xFF😀";
  size_t i = 0;
  EXPECT_EQ(NextCodePoint(s, i), 'a');
  EXPECT_EQ(NextCodePoint(s, i), 0x0416);
  EXPECT_EQ(NextCodePoint(s, i), 0x6BDB);
  EXPECT_EQ(NextCodePoint(s, i), kMalformed);
  EXPECT_EQ(i, 7u);  // one byte skipped
  EXPECT_EQ(NextCodePoint(s, i), 0x1F600);
  EXPECT_EQ(i, s.size());
}

TEST(Utf8Test, TruncatedSequenceAtTheEndNeverReadsPastIt) {
  std::string s = "\xD0";
  size_t i = 0;
  EXPECT_EQ(NextCodePoint(s, i), kMalformed);
  EXPECT_EQ(i, 1u);
  EXPECT_EQ(SequenceLength("\xE2\x82", 0), 0u);
  EXPECT_EQ(SequenceLength("ж", 0), 2u);
  EXPECT_EQ(SequenceLength("ж", 5), 0u);
}

TEST(Utf8Test, EncodesAndRefusesWhatIsNoCharacter) {
  std::string out;
  AppendUtf8(out, 'x');
  AppendUtf8(out, 0x0435);
  AppendUtf8(out, 0x1F600);
  AppendUtf8(out, kMalformed);
  AppendUtf8(out, 0xD800);
  AppendUtf8(out, 0x110000);
  EXPECT_EQ(out, "xе😀");
  EXPECT_EQ(ToUtf8(ToUtf32("Ким 毛\xFF")), "Ким 毛");
}

TEST(Utf8Test, CountsAndCutsByCodePoints) {
  std::string s = "Пак Ден Чо";
  EXPECT_EQ(CodePointCount(s), 10u);
  EXPECT_EQ(s.substr(0, PrefixBytes(s, 3)), "Пак");
  EXPECT_EQ(PrefixBytes(s, 100), s.size());
  EXPECT_EQ(s.substr(s.size() - SuffixBytes(s, 2)), "Чо");
  EXPECT_EQ(LastCodePoint(s), 0x043E);
  EXPECT_EQ(LastCodePoint(""), kMalformed);
  // Byte 1 is inside "П": the cut goes back to its start.
  EXPECT_EQ(BoundaryAtOrBefore(s, 1), 0u);
  EXPECT_EQ(BoundaryAtOrBefore(s, 2), 2u);
  EXPECT_EQ(BoundaryAtOrBefore(s, 999), s.size());
  EXPECT_EQ(MoveByCodePoints(s, 0, 4), 7u);
  EXPECT_EQ(MoveByCodePoints(s, 7, -4), 0u);
  EXPECT_EQ(MoveByCodePoints(s, 7, -40), 0u);
  EXPECT_EQ(MoveByCodePoints(s, 7, 40), s.size());
}

TEST(Utf8Test, FindsTheLineOfTheFirstInvalidByte) {
  EXPECT_TRUE(IsValidUtf8("Сталин\nMao\n"));
  std::optional<Utf8Error> e = FindInvalidUtf8("one\ntwo\nth\xC0\xAFree\n\xFF");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->line, 3u);
  EXPECT_EQ(e->offset, 10u);
  // Overlong forms, surrogates and values above U+10FFFF are not UTF-8.
  EXPECT_FALSE(IsValidUtf8("\xE0\x80\xAF"));
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));
}

TEST(Utf8Test, ReplacesEveryMalformedByte) {
  EXPECT_EQ(ValidUtf8("a\xFF"
                      "b"),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(ValidUtf8("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(ValidUtf8("Ким"), "Ким");
}

}  // namespace
}  // namespace parley::text
