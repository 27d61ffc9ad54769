#include "queries/who_proposed.h"

#include <gtest/gtest.h>

#include "tests/queries/query_graph.h"

namespace parley::queries {
namespace {

using namespace testing;  // NOLINT: the fixture's ids
using Role = TransmissionStep::Role;

std::vector<std::pair<Role, std::string>> Chain(const ProposalAnswer& a) {
  std::vector<std::pair<Role, std::string>> out;
  for (const TransmissionStep& s : a.chain) out.emplace_back(s.role, s.person);
  return out;
}

TEST(WhoProposedTest, PrisonersNamesKimWithTheChainThroughMaoToStalin) {
  QueryGraph g;
  auto result = WhoProposed(g.snapshot(), {"prisoners", {}, "", {}});
  ASSERT_TRUE(result.ok()) << result.status().message();
  ASSERT_EQ(result->answers.size(), 2u);
  const ProposalAnswer& kim = result->answers[0];  // 30 June before 1 July
  EXPECT_EQ(kim.clause.id, kPrisoners);
  ASSERT_EQ(kim.proposers.size(), 1u);
  EXPECT_EQ(kim.proposers[0].id, kKim);
  // Mao forwarded Kim's points; he did not propose them.
  EXPECT_EQ(Chain(kim), (std::vector<std::pair<Role, std::string>>{
                            {Role::kProposer, kKim},
                            {Role::kForwarder, kMao},
                            {Role::kAddressee, kStalin}}));
  EXPECT_EQ(kim.chain[1].document, kTelegram21404);
  EXPECT_EQ(kim.chain[2].received, "1951-07-03T12:10");
  EXPECT_EQ(kim.document.id, kMessage);
  EXPECT_EQ(kim.outer.id, kTelegram21404);
  EXPECT_EQ(kim.citations,
            std::vector<std::string>{"APRF, f. 45, op. 1, d. 339, ll. 6-7"});

  const ProposalAnswer& report = result->answers[1];
  EXPECT_EQ(report.clause.id, kReportPrisoners);
  ASSERT_EQ(report.proposers.size(), 1u);
  EXPECT_EQ(report.proposers[0].id, kNamIl);
  // Razuvaev wrote the report; he is not its proposer.
  EXPECT_EQ(Chain(report),
            (std::vector<std::pair<Role, std::string>>{
                {Role::kAuthor, kRazuvaev}, {Role::kAddressee, kShtemenko}}));
}

TEST(WhoProposedTest, ByAPersonKeepsOnlyTheirClauses) {
  QueryGraph g;
  auto result = WhoProposed(g.snapshot(), {"", {}, "Nam Il", {}});
  ASSERT_TRUE(result.ok()) << result.status().message();
  ASSERT_TRUE(result->by.has_value());
  EXPECT_EQ(result->by->id, kNamIl);
  EXPECT_EQ(result->answers.size(), 2u);
  for (const ProposalAnswer& a : result->answers)
    EXPECT_EQ(a.document.id, kReport);
}

TEST(WhoProposedTest,
     ByFilippovResolvesToStalinWhoProposedNothingButTookAStance) {
  QueryGraph g;
  auto result = WhoProposed(g.snapshot(), {"", {}, "ФИЛИППОВ", {}});
  ASSERT_TRUE(result.ok()) << result.status().message();
  ASSERT_TRUE(result->by.has_value());
  EXPECT_EQ(result->by->id, kStalin);
  EXPECT_TRUE(result->answers.empty());
  ASSERT_EQ(result->stances_by.size(), 1u);
  EXPECT_EQ(result->stances_by[0].stance, "insists");
  ASSERT_EQ(result->stances_by[0].links.size(), 1u);
  EXPECT_EQ(result->stances_by[0].links[0].clause.id, kBufferZone);
}

TEST(WhoProposedTest, StancesOnAClauseNameWhoTookThem) {
  QueryGraph g;
  auto result = WhoProposed(g.snapshot(), {kBufferZone, {}, "", {}});
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result->answers.size(), 1u);
  ASSERT_EQ(result->answers[0].stances.size(), 1u);
  const Stance& s = result->answers[0].stances[0];
  EXPECT_EQ(s.stance, "insists");
  EXPECT_EQ(s.document, kReply);
  ASSERT_EQ(s.authors.size(), 1u);
  EXPECT_EQ(s.authors[0].id, kStalin);
}

TEST(WhoProposedTest, AClauseIdIsAPointLookupThatLoadsNoGraph) {
  QueryGraph g;
  auto result = WhoProposed(g.snapshot(), {kPrisoners, {}, "", {}});
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result->answers.size(), 1u);
  EXPECT_FALSE(g.snapshot().has_view());
}

TEST(WhoProposedTest, AnUnknownPersonFailsWithNotFound) {
  QueryGraph g;
  auto result = WhoProposed(g.snapshot(), {"", {}, "Kim", {}});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), Status::Code::kNotFound);  // ambiguous
  auto nobody = WhoProposed(g.snapshot(), {"", {}, "Zeppelin", {}});
  ASSERT_FALSE(nobody.ok());
  EXPECT_EQ(nobody.status().code(), Status::Code::kNotFound);
}

}  // namespace
}  // namespace parley::queries
