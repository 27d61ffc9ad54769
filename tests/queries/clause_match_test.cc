#include "queries/clause_match.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "graph/fragment.h"
#include "graph/props.h"
#include "queries/detail/words.h"
#include "storage/store.h"
#include "tests/queries/query_graph.h"
#include "tests/storage/test_dir.h"

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

// The clauses whose text holds, for each query word, a word it matches:
// what MatchClauses found by a pass over every clause before the index of
// clause words.
std::vector<std::string> EveryClauseWith(QueryGraph& g,
                                         const std::string& query) {
  std::vector<detail::Word> words = detail::QueryWords(query);
  std::vector<std::string> ids;
  g.snapshot().reader().ForEachNode([&](const graph::Node& n) {
    if (n.kind != graph::NodeKind::kClause) return true;
    std::vector<detail::Word> text;
    if (const graph::Value* t = n.props.Get(graph::prop::kText)) {
      for (const auto& [lang, written] : t->as_object()) {
        for (detail::Word& w : detail::SplitWords(written.as_string()))
          text.push_back(std::move(w));
      }
    }
    bool all = !words.empty() &&
               std::all_of(words.begin(), words.end(), [&](const auto& q) {
                 return std::any_of(
                     text.begin(), text.end(),
                     [&](const auto& w) { return detail::WordMatches(q, w); });
               });
    if (all) ids.push_back(n.id);
    return true;
  });
  std::sort(ids.begin(), ids.end());
  return ids;
}

// Word queries go through the index of clause words, and find what a pass
// over every clause finds: prefixes, stems that are not the word's start
// ("countries" -> "country"), numbers only whole, both languages.
TEST(MatchClausesTest, TheWordIndexFindsWhatAPassOverEveryClauseFinds) {
  QueryGraph g;
  for (const char* query :
       {"prisoners", "Prisoner", "prison", "exchanged", "exchange", "countries",
        "country", "countr", "10", "1", "km", "38th", "zone buffer",
        "военнопленными", "пленн", "зону", "the", "withdraw forces",
        "no such word"}) {
    std::vector<std::string> found;
    for (const ClauseMatch& m : MatchClauses(g.snapshot(), {query, {}})) {
      if (m.by == MatchedBy::kWords || m.by == MatchedBy::kWordsAndTopic)
        found.push_back(m.clause.id);
    }
    std::sort(found.begin(), found.end());
    EXPECT_EQ(found, EveryClauseWith(g, query)) << query;
  }
  EXPECT_FALSE(EveryClauseWith(g, "prisoners").empty());
  EXPECT_FALSE(EveryClauseWith(g, "10").empty());
}

// "country" is the stem of "countries" but does not begin it: the index
// holds the stem too.
TEST(MatchClausesTest, AStemThatDoesNotBeginItsWordIsFound) {
  storage::TestDir dir;
  auto store = storage::Store::Open(dir.db());
  ASSERT_TRUE(store.ok()) << store.status().message();
  graph::Fragment page;
  page.page_id = "doc:x";
  page.source_path = "x.txt";
  page.text = "Neutral countries supervise the armistice.";
  page.content_hash = graph::ContentHash(page.text);
  graph::Node clause;
  clause.id = "doc:x/clause-1";
  clause.kind = graph::NodeKind::kClause;
  clause.props["text"]["en"] = page.text;
  clause.evidence = {{"doc:x", "en", 0, 7, "Neutral"}};
  page.AddNode(std::move(clause));
  ASSERT_TRUE((*store)->ApplyPage(page).ok());
  auto reader = (*store)->NewReader();
  Snapshot snapshot(*reader);
  for (const char* query : {"country", "countries", "countr", "neutral"}) {
    std::vector<ClauseMatch> m = MatchClauses(snapshot, {query, {}});
    ASSERT_EQ(m.size(), 1u) << query;
    EXPECT_EQ(m[0].by, MatchedBy::kWords) << query;
  }
  EXPECT_TRUE(MatchClauses(snapshot, {"countryside", {}}).empty());
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

TEST(ClauseIdMatchesTest, ADocumentHasItsOwnClausesAlone) {
  // A document whose id begins another's, and a clause of a document
  // within a clause's id; added in id order, as MatchClauseIds adds them.
  std::vector<std::string> all = {"doc:a/clause-1",          "doc:a/clause-10",
                                  "doc:a/clause-2",          "doc:a-2/clause-1",
                                  "doc:a/clause-2/clause-1", "doc:ab/clause-1",
                                  "doc:b/clause-3"};
  std::sort(all.begin(), all.end());
  ClauseIdMatches m;
  for (const std::string& id : all) m.Add(id, MatchedBy::kTopic);
  auto ids = [&](std::string_view doc) {
    std::vector<std::string> out;
    for (size_t i : m.InDocument(doc)) out.emplace_back(m.id(i));
    return out;
  };
  EXPECT_EQ(ids("doc:a"),
            (std::vector<std::string>{"doc:a/clause-1", "doc:a/clause-10",
                                      "doc:a/clause-2"}));
  EXPECT_EQ(ids("doc:a/clause-2"),
            std::vector<std::string>{"doc:a/clause-2/clause-1"});
  EXPECT_EQ(ids("doc:a-2"), std::vector<std::string>{"doc:a-2/clause-1"});
  EXPECT_EQ(ids("doc:b"), std::vector<std::string>{"doc:b/clause-3"});
  EXPECT_TRUE(ids("doc:").empty());
  EXPECT_TRUE(ids("doc:c").empty());
  EXPECT_TRUE(ids("").empty());
  EXPECT_EQ(DocumentInClauseId("doc:a/clause-2/clause-1"), "doc:a/clause-2");
  EXPECT_EQ(DocumentInClauseId("doc:a"), "");
}

TEST(ClauseIdMatchesTest, IdsComeInIdOrderOnceEachWithHowTheyMatched) {
  QueryGraph g;
  // "prisoners" is a word of both clauses and begins their topic; the
  // buffer zone clause holds the words and the topic, its versions the
  // topic alone.
  std::optional<ClauseIdMatches> prisoners =
      MatchClauseIds(g.snapshot(), {"prisoners", {}});
  ASSERT_TRUE(prisoners.has_value());
  std::vector<std::string> expected = {kReportPrisoners, kPrisoners};
  std::sort(expected.begin(), expected.end());
  ASSERT_EQ(prisoners->size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i)
    EXPECT_EQ(prisoners->id(i), expected[i]);
  std::optional<ClauseIdMatches> zone =
      MatchClauseIds(g.snapshot(), {"buffer zone", {}});
  ASSERT_TRUE(zone.has_value());
  ASSERT_EQ(zone->size(), 3u);
  for (size_t i = 0; i < zone->size(); ++i) {
    if (i > 0) {
      EXPECT_LT(zone->id(i - 1), zone->id(i));
    }
    EXPECT_EQ(zone->by(i), zone->id(i) == kBufferZone
                               ? MatchedBy::kWordsAndTopic
                               : MatchedBy::kTopic)
        << zone->id(i);
  }
  EXPECT_TRUE(MatchClauseIds(g.snapshot(), {"zeppelin", {}})->empty());
  // Ids and empty queries are not word queries.
  EXPECT_FALSE(MatchClauseIds(g.snapshot(), {kBufferZone, {}}).has_value());
  EXPECT_FALSE(MatchClauseIds(g.snapshot(), {"", {}}).has_value());
}

}  // namespace
}  // namespace parley::queries
