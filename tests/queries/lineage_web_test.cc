#include "queries/lineage_web.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "queries/trace.h"
#include "tests/queries/query_graph.h"
#include "tests/queries/reader_variants.h"

namespace parley::queries {
namespace {

using namespace testing;  // NOLINT: the fixture's ids

uint32_t DenseOf(QueryGraph& g, const std::string& id) {
  std::optional<uint32_t> dense = g.reader().DenseId(id);
  EXPECT_TRUE(dense.has_value()) << id;
  return dense.value_or(0);
}

// A reader that counts the links it reads clause by clause, and gives the
// dense ids and derived records of the store's.
class CountingReader : public DefaultsReader {
 public:
  explicit CountingReader(storage::Reader& inner)
      : DefaultsReader(inner), inner_(inner) {}
  std::optional<std::string> Derived(std::string_view set,
                                     std::string_view key) override {
    return inner_.Derived(set, key);
  }
  bool DerivedCurrent(std::string_view set) override {
    return inner_.DerivedCurrent(set);
  }
  std::optional<uint32_t> DenseId(const graph::NodeId& id) override {
    return inner_.DenseId(id);
  }
  std::optional<graph::NodeId> NodeIdOf(uint32_t dense) override {
    return inner_.NodeIdOf(dense);
  }
  void WeightedAdjacency(uint32_t node, graph::EdgeKind kind,
                         std::vector<Weighted>& out) override {
    ++links_read;
    inner_.WeightedAdjacency(node, kind, out);
  }
  size_t links_read = 0;

 private:
  storage::Reader& inner_;
};

// What trace says of each version, one line each, and of each lineage.
std::vector<std::string> Described(Snapshot& snapshot, const TraceQuery& q) {
  auto lineages = TraceClause(snapshot, q);
  EXPECT_TRUE(lineages.ok()) << lineages.status().message();
  std::vector<std::string> out;
  if (!lineages.ok()) return out;
  for (const Lineage& l : *lineages) {
    out.push_back("lineage, branch of " + std::to_string(l.branch_of) + " " +
                  l.branches_from);
    for (const ClauseVersion& v : l.versions) {
      std::string line = v.clause.id + " " + v.date + " " + v.side +
                         " compared with " + v.compared_with;
      for (const std::string& c : v.changes) line += "; " + c;
      if (v.similarity) line += " " + std::to_string(*v.similarity);
      out.push_back(line);
    }
  }
  return out;
}

TEST(LineageWebTest, AWebHoldsTheClausesItsLinksReachWithTheirPlaces) {
  QueryGraph g;
  LineageWeb web = ReadLineageWeb(g.snapshot(), DenseOf(g, kBufferZone));
  // The buffer zone, the report's withdrawal, both agreed points; not the
  // prisoners, whose links are to each other only.
  ASSERT_EQ(web.size(), 4u);
  for (const char* id :
       {kBufferZone, kReportWithdrawal, kAgreedZone, kAgreedSubcommittee}) {
    EXPECT_TRUE(web.IndexOf(DenseOf(g, id)).has_value()) << id;
  }
  uint32_t zone = *web.IndexOf(DenseOf(g, kAgreedZone));
  uint32_t subcommittee = *web.IndexOf(DenseOf(g, kAgreedSubcommittee));
  EXPECT_EQ(web.documents[zone], DenseOf(g, kAgreement));
  EXPECT_EQ(web.documents[zone], web.documents[subcommittee]);
  EXPECT_EQ(web.DateOf(zone), "1951-11-23");
  EXPECT_EQ(web.DateOf(*web.IndexOf(DenseOf(g, kBufferZone))), "1951-06-30");
  // Two links leave the agreed zone; three reach the buffer zone.
  EXPECT_EQ(web.LinksOf(zone).size(), 2u);
  EXPECT_EQ(web.LinksOf(*web.IndexOf(DenseOf(g, kBufferZone))).size(), 3u);
  // The clause ids' order: the agreement's before the message's.
  EXPECT_LT(web.ranks[zone], web.ranks[*web.IndexOf(DenseOf(g, kBufferZone))]);
}

TEST(LineageWebTest, ARecordGivesBackTheWebAndNothingElseDecodes) {
  QueryGraph g;
  LineageWeb web = ReadLineageWeb(g.snapshot(), DenseOf(g, kBufferZone));
  std::string record = EncodeLineageWeb(web);
  EXPECT_EQ(DecodeLineageWeb(record), web);
  EXPECT_EQ(DecodeLineageWeb(record.substr(0, record.size() - 1)),
            std::nullopt);
  EXPECT_EQ(DecodeLineageWeb(record + "x"), std::nullopt);
  EXPECT_EQ(DecodeLineageWeb(""), std::nullopt);
  // Counts past what the record holds: no web, and no allocation of them.
  std::string many_dates = record;
  many_dates.replace(8, 4, "\xff\xff\xff\x7f");
  EXPECT_EQ(DecodeLineageWeb(many_dates), std::nullopt);
  // Dates out of their order.
  LineageWeb unsorted = web;
  std::swap(unsorted.date_names[1], unsorted.date_names.back());
  ASSERT_GT(unsorted.date_names.size(), 2u);
  EXPECT_EQ(DecodeLineageWeb(EncodeLineageWeb(unsorted)), std::nullopt);
}

TEST(LineageWebTest, TheKeptWebIsTheWebReadClauseByClause) {
  QueryGraph g;
  LineageWeb read = ReadLineageWeb(g.snapshot(), DenseOf(g, kAgreedZone));
  size_t kept = 0;
  ASSERT_TRUE(WriteLineageWebs(g.store(), 1, &kept).ok());
  EXPECT_EQ(kept, 2u);  // the buffer zone's, the prisoners'
  g.Reread();
  EXPECT_TRUE(LineageWebsCurrent(g.reader()));
  CountingReader counting(g.reader());
  Snapshot snapshot(counting);
  EXPECT_EQ(LineageWebOf(snapshot, DenseOf(g, kAgreedZone)), read);
  EXPECT_EQ(LineageWebOf(snapshot, DenseOf(g, kPrisoners)).size(), 2u);
  EXPECT_EQ(counting.links_read, 0u);  // both from their records
}

TEST(LineageWebTest, WebsSmallerThanTheMinimumAreNotKept) {
  QueryGraph g;
  size_t kept = 0;
  ASSERT_TRUE(WriteLineageWebs(g.store(), 3, &kept).ok());
  EXPECT_EQ(kept, 1u);  // the prisoners' two clauses are read as needed
  g.Reread();
  CountingReader counting(g.reader());
  Snapshot snapshot(counting);
  EXPECT_EQ(LineageWebOf(snapshot, DenseOf(g, kBufferZone)).size(), 4u);
  EXPECT_EQ(counting.links_read, 0u);
  EXPECT_EQ(LineageWebOf(snapshot, DenseOf(g, kPrisoners)).size(), 2u);
  EXPECT_EQ(counting.links_read, 2u);
}

TEST(LineageWebTest, TraceAnswersTheSameWithTheKeptWebs) {
  QueryGraph g;
  std::vector<TraceQuery> queries(3);
  queries[0].text = "buffer zone";
  queries[1].text = kAgreedSubcommittee;
  queries[2].text = kPrisoners;
  std::vector<std::vector<std::string>> read;
  for (const TraceQuery& q : queries)
    read.push_back(Described(g.snapshot(), q));
  ASSERT_EQ(read[0].size(), 4u);  // a lineage of three versions
  ASSERT_TRUE(WriteLineageWebs(g.store(), 1).ok());
  g.Reread();
  for (size_t i = 0; i < queries.size(); ++i)
    EXPECT_EQ(Described(g.snapshot(), queries[i]), read[i]) << queries[i].text;
}

TEST(LineageWebTest, AWriteAfterTheWebsLeavesThemUnread) {
  QueryGraph g;
  ASSERT_TRUE(WriteLineageWebs(g.store(), 1).ok());
  // The report's withdrawal loses its link to the buffer zone.
  graph::Fragment none;
  ASSERT_TRUE(g.store().ReplaceOwned("links:test", none).ok());
  g.Reread();
  EXPECT_FALSE(LineageWebsCurrent(g.reader()));
  EXPECT_EQ(LineageWebOf(g.snapshot(), DenseOf(g, kBufferZone)).size(), 1u);
}

}  // namespace
}  // namespace parley::queries
