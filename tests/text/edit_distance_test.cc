#include "text/edit_distance.h"

#include <gtest/gtest.h>

namespace parley::text {
namespace {

TEST(EditDistanceTest, CountsInsertionsDeletionsAndSubstitutions) {
  EXPECT_EQ(EditDistance("stalin", "stalin"), 0u);
  EXPECT_EQ(EditDistance("stalin", "stallin"), 1u);
  EXPECT_EQ(EditDistance("kitten", "sitting"), 3u);
  EXPECT_EQ(EditDistance("", "mao"), 3u);
}

TEST(EditDistanceTest, CountsCodePointsNotBytes) {
  EXPECT_EQ(EditDistance("Сталин", "Сталын"), 1u);
  EXPECT_EQ(EditDistance("毛泽东", "毛泽"), 1u);
}

TEST(EditDistanceTest, StopsAtTheLimit) {
  EXPECT_EQ(EditDistance("pakdencho", "pakdoncho", 1), 1u);
  EXPECT_EQ(EditDistance("kitten", "sitting", 1), 2u);
  EXPECT_EQ(EditDistance("a", "abcdef", 2), 3u);
}

TEST(EditDistanceTest, LimitCountsCodePointsNotBytes) {
  // Six Cyrillic letters are twelve bytes: the lengths differ by one.
  EXPECT_EQ(EditDistance("Сталин", "Сталинн", 1), 1u);
  EXPECT_EQ(EditDistance("Сталин", "Стал", 1), 2u);
  // A malformed byte is left out, so it does not count towards the length.
  EXPECT_EQ(EditDistance("Сталин\xff", "Сталин", 0), 0u);
}

}  // namespace
}  // namespace parley::text
