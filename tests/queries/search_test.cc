#include "queries/search.h"

#include <gtest/gtest.h>

#include "tests/queries/query_graph.h"

namespace parley::queries {
namespace {

using namespace testing;  // NOLINT: the fixture's ids

TEST(SearchTest, RanksClausesHoldingMoreOfTheWordsFirstAndMarksThem) {
  QueryGraph g;
  auto hits = Search(g.snapshot(), {"prisoners exchanged", 20, std::nullopt});
  ASSERT_TRUE(hits.ok()) << hits.status().message();
  ASSERT_EQ(hits->size(), 2u);
  for (const SearchHit& h : *hits) EXPECT_GT(h.score, 0);
  EXPECT_GE((*hits)[0].score, (*hits)[1].score);
  const SearchHit& report =
      (*hits)[0].node.id == kReportPrisoners ? (*hits)[0] : (*hits)[1];
  ASSERT_EQ(report.fields.size(),
            1u);  // the English text; the Russian has no match
  EXPECT_EQ(report.fields[0].lang, "en");
  EXPECT_EQ(report.document, kReport);
  EXPECT_EQ(MarkMatches(report.fields[0], "[", "]"),
            "[prisoners] of war are [exchanged] and the abducted civilian "
            "population is "
            "returned.");
  EXPECT_FALSE(g.snapshot().has_view());
}

TEST(SearchTest, FindsRussianInflectionsAndDocumentTitlesAndSummaries) {
  QueryGraph g;
  auto ru = Search(g.snapshot(), {"буферная зона", 20, std::nullopt});
  ASSERT_TRUE(ru.ok());
  ASSERT_FALSE(ru->empty());
  EXPECT_EQ((*ru)[0].node.id, kBufferZone);
  EXPECT_EQ(
      MarkMatches((*ru)[0].fields[0], "[", "]").find("[буферную] [зону]") !=
          std::string::npos,
      true);
  auto docs =
      Search(g.snapshot(), {"Razuvaev", 20, graph::NodeKind::kDocument});
  ASSERT_TRUE(docs.ok());
  ASSERT_EQ(docs->size(), 1u);
  EXPECT_EQ((*docs)[0].node.id, kReport);
  EXPECT_EQ((*docs)[0].fields.size(), 2u);  // title and summary
}

TEST(SearchTest, LimitAndEmptyQueries) {
  QueryGraph g;
  auto one = Search(g.snapshot(), {"the", 1, std::nullopt});
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->size(), 1u);
  auto none = Search(g.snapshot(), {"zeppelin", 20, std::nullopt});
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
  auto empty = Search(g.snapshot(), {" -- ", 20, std::nullopt});
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.status().code(), Status::Code::kInvalidArgument);
}

TEST(MarkMatchesTest, KeepsAWindowAroundTheFirstMatchOfALongText) {
  SearchField f;
  f.name = "text";
  std::string before(300, 'a');
  for (size_t i = 10; i < before.size(); i += 10) before[i] = ' ';
  f.text = before + " prisoners " + before;
  size_t start = before.size() + 1;
  f.matches = {{start, start + 9}};
  std::string marked = MarkMatches(f, "[", "]", 80);
  EXPECT_NE(marked.find("[prisoners]"), std::string::npos);
  EXPECT_EQ(marked.rfind("…", 0), 0u);
  EXPECT_LE(marked.size(), 100u);
}

}  // namespace
}  // namespace parley::queries
