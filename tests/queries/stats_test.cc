#include "queries/stats.h"

#include <gtest/gtest.h>

#include "tests/queries/query_graph.h"

namespace parley::queries {
namespace {

using graph::EdgeKind;
using graph::NodeKind;

TEST(CountGraphTest, CountsNodesAndEdgesByKindAndPages) {
  testing::QueryGraph g;
  auto stats = CountGraph(g.reader());
  ASSERT_TRUE(stats.ok()) << stats.status().message();
  EXPECT_EQ(stats->nodes[static_cast<size_t>(NodeKind::kClause)], 6u);
  EXPECT_EQ(stats->nodes[static_cast<size_t>(NodeKind::kDocument)], 6u);
  EXPECT_EQ(stats->nodes[static_cast<size_t>(NodeKind::kPerson)], 8u);
  EXPECT_EQ(stats->edges[static_cast<size_t>(EdgeKind::kVariantOf)], 5u);
  EXPECT_EQ(stats->edges[static_cast<size_t>(EdgeKind::kStance)], 1u);
  EXPECT_EQ(stats->node_total(), 20u);
  EXPECT_EQ(stats->pages, 4u);
  EXPECT_GT(stats->page_bytes, 0u);
}

}  // namespace
}  // namespace parley::queries
