#include "queries/clause_match.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "tests/queries/query_graph.h"

namespace parley::queries {
namespace {

using namespace testing;  // NOLINT: the fixture's ids

std::vector<std::string> Ids(const std::vector<ClauseMatch>& matches) {
  std::vector<std::string> ids;
  for (const ClauseMatch& m : matches) ids.push_back(m.clause.id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

TEST(MatchClausesTest, PlainWordsMatchInEitherLanguage) {
  QueryGraph g;
  std::vector<std::string> prisoners = {kReportPrisoners, kPrisoners};
  std::sort(prisoners.begin(), prisoners.end());
  EXPECT_EQ(Ids(MatchClauses(g.snapshot(), {"prisoners", {}})), prisoners);
  EXPECT_EQ(Ids(MatchClauses(g.snapshot(), {"Prisoner", {}})), prisoners);
  EXPECT_EQ(Ids(MatchClauses(g.snapshot(), {"военнопленными", {}})),
            std::vector<std::string>{kReportPrisoners});
  EXPECT_EQ(Ids(MatchClauses(g.snapshot(), {"пленные", {}})),
            std::vector<std::string>{kPrisoners});
}

TEST(MatchClausesTest, SaysWhetherWordsOrTopicsOrBothMatched) {
  QueryGraph g;
  std::vector<ClauseMatch> zone =
      MatchClauses(g.snapshot(), {"buffer zone", {}});
  ASSERT_EQ(zone.size(), 3u);
  for (const ClauseMatch& m : zone) {
    EXPECT_EQ(m.by, m.clause.id == kBufferZone ? MatchedBy::kWordsAndTopic
                                               : MatchedBy::kTopic)
        << m.clause.id;
  }
  // "5–10 km" holds the number 10 too; neither fits a topic.
  std::vector<ClauseMatch> km = MatchClauses(g.snapshot(), {"10 km", {}});
  ASSERT_EQ(km.size(), 2u);
  for (const ClauseMatch& m : km)
    EXPECT_EQ(m.by, MatchedBy::kWords) << m.clause.id;
  EXPECT_EQ(Ids(MatchClauses(g.snapshot(), {"prisoners_of_war", {}})).size(),
            2u);
  EXPECT_TRUE(TopicFits("prisoners_of_war", "prisoners"));
  EXPECT_TRUE(TopicFits("buffer_zone", "Buffer zone"));
  EXPECT_FALSE(TopicFits("ceasefire", "prisoners"));
  EXPECT_FALSE(TopicFits("buffer_zone", "buffer line"));
}

TEST(MatchClausesTest, TopicsTheCallerFoundCount) {
  QueryGraph g;
  std::vector<ClauseMatch> m =
      MatchClauses(g.snapshot(), {"пленных", {"prisoners_of_war"}});
  EXPECT_EQ(m.size(), 2u);
}

TEST(MatchClausesTest, IdsAreLookedUpDirectly) {
  QueryGraph g;
  std::vector<ClauseMatch> one = MatchClauses(g.snapshot(), {kBufferZone, {}});
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].by, MatchedBy::kId);
  // A document: the clauses of everything it embeds.
  std::vector<std::string> both = {kBufferZone, kPrisoners};
  EXPECT_EQ(Ids(MatchClauses(g.snapshot(), {kTelegram21404, {}})), both);
  EXPECT_TRUE(MatchClauses(g.snapshot(), {"zeppelin", {}}).empty());
}

}  // namespace
}  // namespace parley::queries
