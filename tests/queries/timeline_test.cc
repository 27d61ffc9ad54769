#include "queries/timeline.h"

#include <gtest/gtest.h>

#include "tests/queries/query_graph.h"

namespace parley::queries {
namespace {

using namespace testing;  // NOLINT: the fixture's ids

std::vector<std::string> Documents(const TimelineResult& r) {
  std::vector<std::string> ids;
  for (const TimelineEntry& e : r.entries) ids.push_back(e.document.id);
  return ids;
}

TEST(TimelineTest, DocumentsInTimeOrderWithSentReceivedAndClauses) {
  QueryGraph g;
  auto result = Timeline(g.snapshot(), {});
  ASSERT_TRUE(result.ok()) << result.status().message();
  // 3950 answers 21404 on the same day: it comes after it.
  EXPECT_EQ(Documents(*result),
            (std::vector<std::string>{kMessage, kReport, kTelegram21404, kReply,
                                      kAgreement, kTelegram16002}));
  const TimelineEntry& report = result->entries[1];
  EXPECT_EQ(report.sent, "1951-07-01T05:30");
  EXPECT_EQ(report.received, "1951-07-01T07:16");
  ASSERT_EQ(report.clauses.size(), 2u);
  EXPECT_EQ(report.clauses[0].clause.id, kReportWithdrawal);
  EXPECT_EQ(report.clauses[0].proposers[0].id, kNamIl);
  EXPECT_EQ(result->entries[0].outer, kTelegram21404);
  ASSERT_EQ(result->entries[3].relays.size(), 1u);
  EXPECT_EQ(result->entries[3].relays[0].id, kKrasovsky);
}

TEST(TimelineTest, DatesBoundTheListAndAMonthTakesInAllOfIt) {
  QueryGraph g;
  auto july = Timeline(g.snapshot(), {"1951-07-01", "1951-07", "", {}});
  ASSERT_TRUE(july.ok());
  EXPECT_EQ(Documents(*july),
            (std::vector<std::string>{kReport, kTelegram21404, kReply}));
  auto bad = Timeline(g.snapshot(), {"1951-13", "", "", {}});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), Status::Code::kInvalidArgument);
  EXPECT_TRUE(IsIsoDatePrefix("1951"));
  EXPECT_TRUE(IsIsoDatePrefix("1951-07-03"));
  EXPECT_FALSE(IsIsoDatePrefix("3.7.1951"));
  EXPECT_FALSE(IsIsoDatePrefix("1951-07-32"));
}

TEST(TimelineTest, APersonsDocumentsWithTheirRole) {
  QueryGraph g;
  auto result = Timeline(g.snapshot(), {"", "", "Filippov", {}});
  ASSERT_TRUE(result.ok()) << result.status().message();
  ASSERT_TRUE(result->person.has_value());
  EXPECT_EQ(result->person->id, kStalin);
  EXPECT_EQ(Documents(*result),
            (std::vector<std::string>{kTelegram21404, kReply, kTelegram16002}));
  EXPECT_EQ(result->entries[0].roles, std::vector<std::string>{"addressee"});
  EXPECT_EQ(result->entries[1].roles, std::vector<std::string>{"author"});
  auto kim = Timeline(g.snapshot(), {"", "", "Kim Il Sung", {}});
  ASSERT_TRUE(kim.ok());
  ASSERT_EQ(kim->entries.size(), 1u);
  EXPECT_EQ(kim->entries[0].roles,
            (std::vector<std::string>{"author", "proposer"}));
}

}  // namespace
}  // namespace parley::queries
