#include "queries/timeline.h"

#include <gtest/gtest.h>

#include "tests/queries/query_graph.h"
#include "tests/queries/reader_variants.h"

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

// Everything a timeline entry shows, as one string per entry.
std::vector<std::string> Entries(const TimelineResult& r) {
  std::vector<std::string> out;
  auto ids = [](const std::vector<graph::Node>& nodes) {
    std::string s;
    for (const graph::Node& n : nodes) s += n.id + ",";
    return s;
  };
  for (const TimelineEntry& e : r.entries) {
    std::string line = e.document.id + "|" + e.outer + "|" + e.date + "|" +
                       e.sent + "|" + e.received + "|" + ids(e.authors) +
                       "|" + ids(e.recipients) + "|" + ids(e.relays) + "|";
    for (const TimelineClause& c : e.clauses)
      line += c.clause.id + "(" + ids(c.proposers) + ")";
    for (const std::string& role : e.roles) line += role + ";";
    out.push_back(line);
  }
  return out;
}

TEST(TimelineTest, TheSameThroughEveryReaderAndWithoutTheGraphView) {
  QueryGraph g;
  DefaultsReader defaults(g.reader());
  ScrambledReader scrambled(g.reader());
  const TimelineQuery queries[] = {{"", "", "", {}},
                                   {"1951-07", "1951-07-03", "", {}},
                                   {"", "1951", "", {}},
                                   {"", "", "Filippov", {}},
                                   {"", "", "Kim Il Sung", {}},
                                   {"1951-07-02", "", "Nam Il", {}}};
  for (const TimelineQuery& query : queries) {
    auto want = Timeline(g.snapshot(), query);
    ASSERT_TRUE(want.ok());
    for (storage::Reader* reader :
         std::vector<storage::Reader*>{&defaults, &scrambled}) {
      Snapshot snapshot(*reader);
      auto got = Timeline(snapshot, query);
      ASSERT_TRUE(got.ok());
      EXPECT_EQ(Entries(*got), Entries(*want)) << query.from << query.person;
      EXPECT_FALSE(snapshot.has_view());
    }
  }
  EXPECT_FALSE(g.snapshot().has_view());
}

TEST(TimelineTest, ALimitListsTheFirstAndCountsTheRest) {
  QueryGraph g;
  TimelineQuery query;
  query.limit = 2;
  auto result = Timeline(g.snapshot(), query);
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(Documents(*result), (std::vector<std::string>{kMessage, kReport}));
  EXPECT_EQ(result->total, 6u);
  query.person = "Filippov";
  auto stalin = Timeline(g.snapshot(), query);
  ASSERT_TRUE(stalin.ok());
  EXPECT_EQ(Documents(*stalin),
            (std::vector<std::string>{kTelegram21404, kReply}));
  EXPECT_EQ(stalin->total, 3u);
  query.limit = SIZE_MAX;
  auto all = Timeline(g.snapshot(), query);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->total, 3u);
}

}  // namespace
}  // namespace parley::queries
