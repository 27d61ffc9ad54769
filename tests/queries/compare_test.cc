// Two versions of a clause side by side: the word diff, naming a clause as
// "DOCUMENT point N", and the changes from the VARIANT_OF edge or from the
// terms when no edge joins the two.
#include "queries/compare.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "queries/changes.h"
#include "tests/queries/query_graph.h"

namespace parley::queries {
namespace {

using namespace testing;  // NOLINT: the ids of the test graph

TEST(DiffWordsTest, MarksTheWordsRemovedAndAdded) {
  std::vector<DiffPiece> d =
      DiffWords("the troops withdraw 10 km from the 38th parallel.",
                "the troops withdraw 2 km from the line of contact.");
  EXPECT_EQ(MarkedDiff(d),
            "the troops withdraw [-10-]{+2+} km from the [-38th parallel.-]"
            "{+line of contact.+}");
  ASSERT_FALSE(d.empty());
  EXPECT_EQ(d.front().op, DiffPiece::Op::kSame);
}

TEST(DiffWordsTest, CaseAndYoDoNotCount) {
  std::vector<DiffPiece> d =
      DiffWords("Войска ВСЁ отходят", "войска все отходят");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].op, DiffPiece::Op::kSame);
}

TEST(DiffWordsTest, AnEmptySideIsAllAddedOrRemoved) {
  std::vector<DiffPiece> added = DiffWords("", "a new point");
  ASSERT_EQ(added.size(), 1u);
  EXPECT_EQ(added[0].op, DiffPiece::Op::kAdded);
  EXPECT_EQ(added[0].text, "a new point");
  std::vector<DiffPiece> removed = DiffWords("an old point", "");
  ASSERT_EQ(removed.size(), 1u);
  EXPECT_EQ(removed[0].op, DiffPiece::Op::kRemoved);
}

TEST(ResolveClauseTest, NamesAPointOfADocumentByNumberAndOrdinal) {
  QueryGraph g;
  auto point = ResolveClause(g.snapshot(), "21404 point 2");
  ASSERT_TRUE(point.ok()) << point.status().message();
  EXPECT_EQ(point->id, kBufferZone);
  auto lettered = ResolveClause(g.snapshot(), "501869 пункт б");
  ASSERT_TRUE(lettered.ok()) << lettered.status().message();
  EXPECT_EQ(lettered->id, kReportWithdrawal);
  auto id = ResolveClause(g.snapshot(), kPrisoners);
  ASSERT_TRUE(id.ok());
  EXPECT_EQ(id->id, kPrisoners);
}

TEST(ResolveClauseTest, AMissingPointListsThePointsThereAre) {
  QueryGraph g;
  auto none = ResolveClause(g.snapshot(), "21404 point 9");
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.status().code(), Status::Code::kNotFound);
  EXPECT_NE(none.status().message().find("2, 6"), std::string::npos)
      << none.status().message();
}

TEST(ResolveClauseTest, SeveralClausesAreAmbiguousAndListed) {
  QueryGraph g;
  auto many = ResolveClause(g.snapshot(), "prisoners");
  ASSERT_FALSE(many.ok());
  EXPECT_NE(many.status().message().find(kPrisoners), std::string::npos)
      << many.status().message();
  EXPECT_NE(many.status().message().find(kReportPrisoners), std::string::npos);
}

TEST(CompareClausesTest, TakesTheChangesOfTheLinkBetweenThem) {
  QueryGraph g;
  auto c = CompareClauses(g.snapshot(), kBufferZone, kReportWithdrawal);
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_FALSE(c->swapped);
  EXPECT_EQ(c->before.clause.id, kBufferZone);
  EXPECT_EQ(c->before.date, "1951-06-30");
  ASSERT_EQ(c->before.proposers.size(), 1u);
  EXPECT_EQ(c->before.proposers[0].person.id, kKim);
  EXPECT_TRUE(c->changes_from_edge);
  std::vector<std::string> lines = ChangeLines(&c->changes);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NE(lines[0].find("5–10 km"), std::string::npos);
  // A diff in each language both versions have.
  ASSERT_EQ(c->diffs.size(), 2u);
  EXPECT_EQ(c->diffs[0].lang, "en");
  EXPECT_EQ(c->diffs[1].lang, "ru");
  for (const LanguageDiff& d : c->diffs) {
    std::string marked = MarkedDiff(d.pieces);
    EXPECT_NE(marked.find("[-"), std::string::npos) << marked;
    EXPECT_NE(marked.find("{+"), std::string::npos) << marked;
  }
  // Page source of the earlier version, said in one line.
  EXPECT_NE(c->before.source.find("APRF, f. 45"), std::string::npos);
}

TEST(CompareClausesTest, PutsTheEarlierVersionFirst) {
  QueryGraph g;
  auto c = CompareClauses(g.snapshot(), kReportWithdrawal, kBufferZone);
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_TRUE(c->swapped);
  EXPECT_EQ(c->before.clause.id, kBufferZone);
  EXPECT_EQ(c->after.clause.id, kReportWithdrawal);
}

TEST(CompareClausesTest, WithoutALinkComparesTheTerms) {
  QueryGraph g;
  auto c = CompareClauses(g.snapshot(), kPrisoners, kAgreedZone);
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_FALSE(c->changes_from_edge);
  EXPECT_TRUE(c->edge.is_null());
  std::vector<std::string> lines = ChangeLines(&c->changes);
  bool topics = false;
  for (const std::string& l : lines)
    topics = topics || l.find("topics") != std::string::npos;
  EXPECT_TRUE(topics) << ::testing::PrintToString(lines);
}

TEST(CompareClausesTest, ANodeThatIsNoClauseIsNotFound) {
  QueryGraph g;
  auto c = CompareClauses(g.snapshot(), kBufferZone, kKim);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().code(), Status::Code::kNotFound);
}

}  // namespace
}  // namespace parley::queries
