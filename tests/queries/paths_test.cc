#include "queries/paths.h"

#include <gtest/gtest.h>

#include "tests/queries/query_graph.h"

namespace parley::queries {
namespace {

using namespace testing;  // NOLINT: the fixture's ids
using graph::EdgeKind;

TEST(FindPathsTest, KimToStalinThroughTheTelegramThatForwardedHisMessage) {
  QueryGraph g;
  PathQuery query;
  query.from = "Kim Il Sung";
  query.to = "Filippov";
  auto result = FindPaths(g.snapshot(), query);
  ASSERT_TRUE(result.ok()) << result.status().message();
  EXPECT_EQ(result->from.id, kKim);
  EXPECT_EQ(result->to.id, kStalin);
  // Without MENTIONS (21404 mentions Kim), two paths of three edges: Kim
  // wrote the message, 21404 embeds it and is addressed to Stalin; and Kim
  // proposed the buffer zone, on which Stalin's 3950 insists.
  ASSERT_EQ(result->paths.size(), 2u);
  const FoundPath& p = result->paths[0].nodes[1].id == kMessage
                           ? result->paths[0]
                           : result->paths[1];
  ASSERT_EQ(p.steps.size(), 3u);
  EXPECT_EQ(p.nodes[1].id, kMessage);
  EXPECT_EQ(p.steps[0].edge.kind, EdgeKind::kAuthored);
  EXPECT_TRUE(p.steps[0].forward);
  EXPECT_EQ(p.steps[0].date, "1951-06-30");
  EXPECT_EQ(p.steps[1].edge.kind, EdgeKind::kEmbeds);
  EXPECT_FALSE(p.steps[1].forward);  // walked from the message to 21404
  EXPECT_EQ(p.steps[1].date, "1951-07-03");
  EXPECT_EQ(p.steps[2].edge.kind, EdgeKind::kAddressedTo);
  EXPECT_TRUE(g.snapshot().has_view());
}

TEST(FindPathsTest, KindsChooseTheEdgesFollowed) {
  QueryGraph g;
  PathQuery query;
  query.from = kKim;
  query.to = kTelegram21404;
  query.kinds = graph::EdgeKindSet::All();
  auto result = FindPaths(g.snapshot(), query);
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result->paths.size(), 1u);
  EXPECT_EQ(result->paths[0].steps.size(), 1u);
  EXPECT_EQ(result->paths[0].steps[0].edge.kind, EdgeKind::kMentions);

  query.kinds = {EdgeKind::kVia};
  auto none = FindPaths(g.snapshot(), query);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->paths.empty());
}

TEST(FindPathsTest, AMisspeltEndFailsBeforeTheGraphIsLoaded) {
  QueryGraph g;
  PathQuery query;
  query.from = "Stallin";
  query.to = kKim;
  auto result = FindPaths(g.snapshot(), query);
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.status().message().find("Joseph Stalin"), std::string::npos);
  EXPECT_FALSE(g.snapshot().has_view());
}

TEST(ParseEdgeKindsTest, ReadsContractNamesInAnyCase) {
  auto kinds = ParseEdgeKinds("authored, Addressed-To,VIA");
  ASSERT_TRUE(kinds.ok());
  EXPECT_TRUE(kinds->Contains(EdgeKind::kAuthored));
  EXPECT_TRUE(kinds->Contains(EdgeKind::kAddressedTo));
  EXPECT_TRUE(kinds->Contains(EdgeKind::kVia));
  EXPECT_FALSE(kinds->Contains(EdgeKind::kMentions));
  auto bad = ParseEdgeKinds("AUTHORED,WROTE");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), Status::Code::kInvalidArgument);
  EXPECT_NE(bad.status().message().find("WROTE"), std::string::npos);
  EXPECT_FALSE(DefaultPathKinds().Contains(EdgeKind::kMentions));
}

TEST(NeighborsTest, OneHopWithTheEdgeThatReachesEachNeighbour) {
  QueryGraph g;
  NeighborsQuery query;
  query.node = "Stalin";
  query.kinds = {EdgeKind::kAuthored, EdgeKind::kAddressedTo};
  auto result = Neighbors(g.snapshot(), query);
  ASSERT_TRUE(result.ok()) << result.status().message();
  EXPECT_EQ(result->centre.id, kStalin);
  std::vector<std::string> ids;
  for (const Neighbor& n : result->neighbors) {
    ids.push_back(n.node.id);
    EXPECT_EQ(n.hops, 1);
    EXPECT_EQ(n.via_node, kStalin);
  }
  EXPECT_EQ(ids,
            (std::vector<std::string>{kTelegram16002, kTelegram21404, kReply}));
  EXPECT_EQ(result->neighbors[2].via.edge.kind, EdgeKind::kAuthored);
  EXPECT_TRUE(result->neighbors[2].via.forward);   // Stalin -> 3950
  EXPECT_FALSE(result->neighbors[0].via.forward);  // 16002 -> Stalin
}

TEST(NeighborsTest, DepthTwoReachesFurtherAndNegativeDepthIsBadUsage) {
  QueryGraph g;
  NeighborsQuery query;
  query.node = kReply;
  query.depth = 2;
  query.kinds = {EdgeKind::kStance, EdgeKind::kHasClause};
  auto result = Neighbors(g.snapshot(), query);
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result->neighbors.size(), 2u);
  EXPECT_EQ(result->neighbors[0].node.id, kBufferZone);
  EXPECT_EQ(result->neighbors[1].node.id, kMessage);
  EXPECT_EQ(result->neighbors[1].hops, 2);
  EXPECT_EQ(result->neighbors[1].via_node, kBufferZone);
  query.depth = -1;
  auto bad = Neighbors(g.snapshot(), query);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), Status::Code::kInvalidArgument);
}

}  // namespace
}  // namespace parley::queries
