#include "queries/who_proposed.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <memory>
#include <string>

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

// A collection where the order of answers is decided by every part of it:
// several documents a day, undated ones, a month-only date, lists of two
// dates and of one (which sort as none), an empty date, clauses embedded
// in messages with their own date, positions against id order, and clauses
// matched by topic alone.
class BusyDays {
 public:
  BusyDays() {
    auto store = storage::Store::Open(dir_.db());
    EXPECT_TRUE(store.ok()) << store.status().message();
    store_ = std::move(store).value();
    const char* dates[] = {
        "1951-07-02",   "1951-07-01", "", "1951-07", "1951-07-01|1951-07-03",
        "[1951-07-02]", "="};
    for (int i = 0; i < 30; ++i) {
      char id[32];
      std::snprintf(id, sizeof id, "doc:t-%02d", 29 - i);
      graph::Fragment f;
      f.page_id = id;
      f.source_path = std::string(id) + ".txt";
      f.text = "page " + f.page_id;
      f.content_hash = graph::ContentHash(f.text);
      f.AddNode(Document(id, dates[i % 7]));
      std::string holder = id;
      if (i % 3 == 0) {
        holder += "/message";
        f.AddNode(Document(holder, dates[(i + 2) % 7]));
        graph::Edge e;
        e.source = id;
        e.target = holder;
        e.kind = graph::EdgeKind::kEmbeds;
        f.AddEdge(e);
      }
      // Positions run against the ids; two clauses share one.
      const char* texts[] = {"exchange of prisoners", "prisoners of war",
                             "a buffer zone", "prisoners released"};
      const int positions[] = {4, 2, 3, 2};
      for (int c = 0; c < 4; ++c) {
        graph::Node n;
        n.id = holder + "/clause-" + static_cast<char>('a' + c);
        n.kind = graph::NodeKind::kClause;
        n.label = "Point";
        n.props["document"] = holder;
        n.props["position"] = positions[c];
        n.props["text"]["en"] = texts[(c + i) % 4];
        graph::Value::Array topics;
        if ((c + i) % 4 == 2 && i % 2 == 0)
          topics.push_back("prisoners_of_war");
        n.props["topics"] = topics;
        f.AddNode(n);
        graph::Edge e;
        e.source = holder;
        e.target = n.id;
        e.kind = graph::EdgeKind::kHasClause;
        f.AddEdge(e);
      }
      auto outcome = store_->ApplyPage(f);
      EXPECT_TRUE(outcome.ok()) << outcome.status().message();
    }
    reader_ = store_->NewReader();
  }

  std::unique_ptr<Snapshot> NewSnapshot() {
    return std::make_unique<Snapshot>(*reader_);
  }

 private:
  static graph::Node Document(const std::string& id, const std::string& date) {
    graph::Node n;
    n.id = id;
    n.kind = graph::NodeKind::kDocument;
    n.label = id;
    if (date == "=") {
      n.props["date"] = "";  // a date of no characters
    } else if (date.starts_with('[')) {
      n.props["date"].Append(date.substr(1, date.size() - 2));
    } else if (size_t bar = date.find('|'); bar != std::string::npos) {
      n.props["date"].Append(date.substr(0, bar));
      n.props["date"].Append(date.substr(bar + 1));
    } else if (!date.empty()) {
      n.props["date"] = date;
    }
    return n;
  }

  storage::TestDir dir_;
  std::unique_ptr<storage::Store> store_;
  std::unique_ptr<storage::Reader> reader_;
};

// --limit N gives the first N answers of the whole answer, however they are
// found, and the same count of the rest.
TEST(WhoProposedTest, TheFirstAnswersAreTheFirstOfTheWholeAnswer) {
  BusyDays g;
  for (WhoProposedQuery query :
       {WhoProposedQuery{.text = "prisoners"},
        WhoProposedQuery{.text = "prisoners", .topics = {"prisoners_of_war"}},
        WhoProposedQuery{.text = "prisoners_of_war"},
        WhoProposedQuery{.text = "exchange prisoners"},
        WhoProposedQuery{.text = "prisoners", .from = "1951-07-02"},
        WhoProposedQuery{.text = "prisoners", .to = "1951-07"},
        WhoProposedQuery{
            .text = "prisoners", .from = "1951-07-01", .to = "1951-07-01"}}) {
    SCOPED_TRACE(query.text + " " + query.from + ".." + query.to);
    auto whole = WhoProposed(*g.NewSnapshot(), query);
    ASSERT_TRUE(whole.ok()) << whole.status().message();
    ASSERT_GT(whole->answers.size(), 3u);
    for (size_t limit = 1; limit <= whole->answers.size(); ++limit) {
      query.limit = limit;
      auto first = WhoProposed(*g.NewSnapshot(), query);
      ASSERT_TRUE(first.ok()) << first.status().message();
      EXPECT_EQ(first->total, whole->total);
      ASSERT_EQ(first->answers.size(), limit);
      for (size_t i = 0; i < limit; ++i) {
        const ProposalAnswer& a = first->answers[i];
        const ProposalAnswer& b = whole->answers[i];
        EXPECT_EQ(a.clause.id, b.clause.id)
            << "answer " << i << " of " << limit;
        EXPECT_EQ(a.matched_by, b.matched_by) << a.clause.id;
        EXPECT_EQ(a.document.id, b.document.id) << a.clause.id;
        EXPECT_EQ(a.clause.evidence.size(), b.clause.evidence.size());
      }
    }
  }
}

}  // namespace
}  // namespace parley::queries
