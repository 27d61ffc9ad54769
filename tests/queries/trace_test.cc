#include "queries/trace.h"

#include <gtest/gtest.h>

#include "queries/documents.h"
#include "tests/queries/one_page_store.h"
#include "tests/queries/query_graph.h"
#include "tests/queries/reader_variants.h"

namespace parley::queries {
namespace {

using namespace testing;  // NOLINT: the fixture's ids

std::vector<std::string> Clauses(const Lineage& l) {
  std::vector<std::string> ids;
  for (const ClauseVersion& v : l.versions) ids.push_back(v.clause.id);
  return ids;
}

TEST(TraceClauseTest, BufferZoneVersionsInTheOrderWrittenWithWhatChanged) {
  QueryGraph g;
  auto lineages = TraceClause(g.snapshot(), {"buffer zone", {}});
  ASSERT_TRUE(lineages.ok()) << lineages.status().message();
  ASSERT_EQ(lineages->size(), 1u);
  const Lineage& l = (*lineages)[0];
  // The subcommittee point shares a topic and a VARIANT_OF edge, but the
  // agreement's closest point is its first.
  EXPECT_EQ(Clauses(l), (std::vector<std::string>{
                            kBufferZone, kReportWithdrawal, kAgreedZone}));
  EXPECT_EQ(l.versions[0].date, "1951-06-30");
  EXPECT_TRUE(l.versions[0].matched);
  EXPECT_TRUE(l.versions[0].compared_with.empty());
  EXPECT_EQ(l.versions[0].outer.props.GetString("received"),
            "1951-07-03T12:10");
  ASSERT_EQ(l.versions[0].stances.size(), 1u);
  EXPECT_EQ(l.versions[0].stances[0].stance, "insists");

  EXPECT_EQ(l.versions[1].date, "1951-07-01");
  EXPECT_EQ(l.versions[1].compared_with, kBufferZone);
  EXPECT_EQ(l.versions[1].changes,
            std::vector<std::string>{"distance: 10 km from the 38th parallel → "
                                     "5–10 km from the 38th parallel"});
  EXPECT_EQ(l.versions[1].outer.props.GetString("sent"), "1951-07-01T05:30");

  // Compared with the latest earlier version it is linked to.
  EXPECT_EQ(l.versions[2].date, "1951-11-23");
  EXPECT_EQ(l.versions[2].compared_with, kReportWithdrawal);
  ASSERT_TRUE(l.versions[2].similarity.has_value());
  EXPECT_DOUBLE_EQ(*l.versions[2].similarity, 0.33);
  EXPECT_EQ(l.versions[2].outer.id, kTelegram16002);
  EXPECT_FALSE(g.snapshot().has_view());
}

TEST(TraceClauseTest, StartingFromAnyVersionGivesTheSameLineage) {
  QueryGraph g;
  auto from_agreement = TraceClause(g.snapshot(), {kAgreedZone, {}});
  ASSERT_TRUE(from_agreement.ok());
  ASSERT_EQ(from_agreement->size(), 1u);
  EXPECT_EQ(
      Clauses((*from_agreement)[0]),
      (std::vector<std::string>{kBufferZone, kReportWithdrawal, kAgreedZone}));
  EXPECT_TRUE((*from_agreement)[0].versions[2].matched);
  EXPECT_FALSE((*from_agreement)[0].versions[0].matched);
}

TEST(TraceClauseTest, AClauseWithoutVersionsIsALineageOfOne) {
  QueryGraph g;
  auto lineages = TraceClause(g.snapshot(), {kAgreedSubcommittee, {}});
  ASSERT_TRUE(lineages.ok());
  ASSERT_EQ(lineages->size(), 1u);
  // Its only link leads to the buffer zone, whose closest version in the
  // agreement is point 1, not point 2: no lineage through that link.
  EXPECT_EQ(Clauses((*lineages)[0]),
            std::vector<std::string>{kAgreedSubcommittee});
}

TEST(TraceClauseTest, NothingMatchedIsNotFound) {
  QueryGraph g;
  auto lineages = TraceClause(g.snapshot(), {"zeppelin", {}});
  ASSERT_FALSE(lineages.ok());
  EXPECT_EQ(lineages.status().code(), Status::Code::kNotFound);
  auto empty = TraceClause(g.snapshot(), {"", {}});
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.status().code(), Status::Code::kInvalidArgument);
}

// A lineage's documents are dated from the date index once they are many:
// the dates equal what each head says, undated ones and lists of dates
// included, a document not stored has none, and a pass cut short by its
// budget leaves the rest to the heads.
TEST(DocumentDatesTest, TheIndexGivesWhatTheHeadsSay) {
  testing::OnePageStore one;
  graph::Fragment& page = one.page();
  std::vector<graph::NodeId> asked = {"doc:not-stored"};
  for (int i = 0; i < 40; ++i) {
    graph::Node d;
    d.id = "doc:d" + std::to_string(i);
    d.kind = graph::NodeKind::kDocument;
    d.label = d.id;
    if (i % 7 == 1) {
      d.props["date"].Append("1951-07-0" + std::to_string(i % 9 + 1));
      d.props["date"].Append("1951-08-01");
    } else if (i % 7 == 2) {
      d.props["date"] = 1951;  // not a string: no date
    } else if (i % 7 != 3) {
      d.props["date"] = "1951-0" + std::to_string(i % 9 + 1) + "-15";
    }
    page.AddNode(d);
    if (i % 2 == 0) asked.push_back(d.id);
  }
  std::unique_ptr<storage::Reader> reader = one.Store();
  ASSERT_NE(reader, nullptr);
  std::unordered_map<graph::NodeId, std::string> want;
  for (const graph::NodeId& id : asked) {
    std::optional<graph::Node> head = reader->GetNodeHead(id);
    want[id] = head ? head->props.GetString("date") : "";
  }
  testing::DefaultsReader defaults(*reader);
  for (storage::Reader* r :
       std::vector<storage::Reader*>{reader.get(), &defaults}) {
    // Heads only; the whole pass; a pass cut short after a few keys.
    for (auto [above, keys] :
         std::vector<std::pair<size_t, size_t>>{{1000, 50}, {1, 50}, {1, 1}}) {
      std::unordered_map<graph::NodeId, std::string> got =
          DocumentDates(*r, asked, above, keys);
      for (const graph::NodeId& id : asked)
        EXPECT_EQ(got[id], want[id]) << id << " " << above << "/" << keys;
    }
  }
}

}  // namespace
}  // namespace parley::queries
