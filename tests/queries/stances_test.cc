#include "queries/stances.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "graph/fragment.h"
#include "graph/props.h"
#include "queries/who_proposed.h"
#include "storage/store.h"
#include "tests/storage/test_dir.h"

namespace parley::queries {
namespace {

namespace prop = graph::prop;
using graph::EdgeKind;

constexpr char kOuter[] = "doc:telegram-100-1951-07-03";
constexpr char kProposal[] = "doc:telegram-100-1951-07-03/message-1951-06-30";
constexpr char kReply[] = "doc:telegram-200-1951-07-04";
constexpr char kLetter[] = "doc:letter-1951-06-13";
constexpr char kKim[] = "person:kim";
constexpr char kMao[] = "person:mao";
constexpr char kStalin[] = "person:stalin";

std::string ClauseId(int n) {
  return std::string(kProposal) + "/clause-" + std::to_string(n);
}

// A reply (telegram 200, Stalin to Mao) answering telegram 100 (Mao
// forwarding Kim's three points) through a reply link; its positions in
// Russian and English, one tied to a clause by a STANCE edge.
class StanceGraph {
 public:
  explicit StanceGraph(bool weak_reply) {
    auto store = storage::Store::Open(dir_.db());
    EXPECT_TRUE(store.ok());
    store_ = std::move(store).value();
    Apply(ProposalPage());
    Apply(ReplyPage());
    Apply(LetterPage());
    graph::Fragment links;
    links.page_id = "links";
    graph::Edge responds = Edge(kReply, kOuter, EdgeKind::kRespondsTo);
    responds.props[prop::kStrength] = weak_reply ? "weak" : "strong";
    responds.props[prop::kConfidence] = weak_reply ? 0.4 : 0.9;
    if (weak_reply) {
      graph::Value::Array conflicts;
      conflicts.push_back("the reply names a commission telegram 100 lacks");
      responds.props[prop::kConflicts] = conflicts;
    }
    links.AddEdge(responds);
    graph::Edge stance = Edge(kReply, ClauseId(3), EdgeKind::kStance);
    stance.props[prop::kStance] = "insists";
    stance.props[prop::kHolder] = kStalin;
    stance.props[prop::kVia] = kOuter;
    stance.props[prop::kStrength] = "weak";
    stance.props[prop::kConfidence] = 0.45;
    graph::Value::Array by;
    by.push_back("topic");
    stance.props[prop::kMatchedBy] = by;
    stance.props[prop::kClaimStart] = 300;
    stance.props[prop::kClaimEnd] = 340;
    stance.evidence = {{kReply, "ru", 300, 340, "настаивать на отводе войск"}};
    links.AddEdge(stance);
    EXPECT_TRUE(store_->ReplaceOwned("links:test", links).ok());
    reader_ = store_->NewReader();
    snapshot_ = std::make_unique<Snapshot>(*reader_);
  }

  Snapshot& snapshot() { return *snapshot_; }

  // `n` more telegrams of Mao's of 3 July (numbers 101, 102, ...), each
  // tied to the reply by a weak reply link, as a busy day ties a reply
  // citing only its date.
  void AddWeakReplyLinks(int n) {
    graph::Fragment links;
    links.page_id = "more-links";
    for (int i = 1; i <= n; ++i) {
      const std::string number = std::to_string(100 + i);
      const std::string id = "doc:telegram-" + number + "-1951-07-03";
      graph::Fragment page;
      page.page_id = id;
      page.AddNode(Doc(id, number, "1951-07-03"));
      page.AddNode(Node(kMao, graph::NodeKind::kPerson, "Mao Zedong"));
      page.AddEdge(Edge(kMao, id, EdgeKind::kAuthored));
      Apply(page);
      graph::Edge responds = Edge(kReply, id, EdgeKind::kRespondsTo);
      responds.props[prop::kStrength] = "weak";
      responds.props[prop::kConfidence] = 0.4;
      links.AddEdge(responds);
    }
    EXPECT_TRUE(store_->ReplaceOwned("links:more", links).ok());
    snapshot_.reset();
    reader_ = store_->NewReader();
    snapshot_ = std::make_unique<Snapshot>(*reader_);
  }

 private:
  static graph::Node Node(const std::string& id, graph::NodeKind kind,
                          const std::string& label) {
    graph::Node n;
    n.id = id;
    n.kind = kind;
    n.label = label;
    return n;
  }
  static graph::Edge Edge(const std::string& s, const std::string& t,
                          EdgeKind kind) {
    graph::Edge e;
    e.source = s;
    e.target = t;
    e.kind = kind;
    return e;
  }
  static graph::Node Doc(const std::string& id, const std::string& number,
                         const std::string& date) {
    graph::Node d = Node(id, graph::NodeKind::kDocument, "telegram");
    d.props[prop::kDocType] = number.empty() ? "message" : "telegram";
    if (!number.empty()) d.props[prop::kNumber] = number;
    d.props[prop::kDate] = date;
    d.props[prop::kSide] = "kpa-cpv";
    return d;
  }
  static graph::Value Claim(const std::string& stance,
                            std::vector<std::string> ordinals,
                            std::vector<std::string> topics,
                            const std::string& lang, int start, int end,
                            const std::string& quote) {
    graph::StanceClaim c;
    c.stance = stance;
    c.ordinals = std::move(ordinals);
    c.topics = std::move(topics);
    c.lang = lang;
    c.start = start;
    c.end = end;
    c.quote = quote;
    return c.ToValue();
  }

  graph::Fragment ProposalPage() {
    graph::Fragment f;
    f.page_id = kOuter;
    f.AddNode(Doc(kOuter, "100", "1951-07-03"));
    f.AddNode(Doc(kProposal, "", "1951-06-30"));
    f.AddNode(Node(kKim, graph::NodeKind::kPerson, "Kim Il Sung"));
    f.AddNode(Node(kMao, graph::NodeKind::kPerson, "Mao Zedong"));
    f.AddEdge(Edge(kOuter, kProposal, EdgeKind::kEmbeds));
    f.AddEdge(Edge(kKim, kProposal, EdgeKind::kAuthored));
    f.AddEdge(Edge(kMao, kOuter, EdgeKind::kAuthored));
    const char* topics[] = {"ceasefire", "buffer_zone",
                            "foreign_forces_withdrawal"};
    for (int i = 1; i <= 3; ++i) {
      graph::Node c = Node(ClauseId(i), graph::NodeKind::kClause,
                           "Point " + std::to_string(i));
      c.props[prop::kOrdinal] = std::to_string(i);
      c.props[prop::kDocument] = kProposal;
      c.props[prop::kPosition] = i;
      graph::Value::Array t;
      t.push_back(topics[i - 1]);
      c.props[prop::kTopics] = t;
      c.props[prop::kText]["en"] = std::string("point text ") + topics[i - 1];
      f.AddNode(c);
      f.AddEdge(Edge(kProposal, c.id, EdgeKind::kHasClause));
      graph::Edge p = Edge(kKim, c.id, EdgeKind::kProposes);
      p.props[prop::kModality] = "proposed";
      f.AddEdge(p);
    }
    return f;
  }

  graph::Fragment ReplyPage() {
    graph::Fragment f;
    f.page_id = kReply;
    graph::Node reply = Doc(kReply, "200", "1951-07-04");
    graph::Value::Array claims;
    claims.push_back(Claim("accepts", {"1", "2"}, {}, "ru", 100, 150,
                           "Против первого и второго пунктов не возражаем"));
    claims.push_back(Claim("insists", {}, {"foreign_forces_withdrawal"}, "ru",
                           300, 340, "настаивать на отводе войск"));
    claims.push_back(Claim("accepts", {"1", "2"}, {}, "en", 500, 540,
                           "We do not object to points one and two"));
    claims.push_back(Claim("insists", {}, {"foreign_forces_withdrawal"}, "en",
                           600, 640, "insist on the withdrawal of troops"));
    reply.props[prop::kStances] = claims;
    f.AddNode(reply);
    f.AddNode(Node(kStalin, graph::NodeKind::kPerson, "Joseph Stalin"));
    f.AddNode(Node(kMao, graph::NodeKind::kPerson, "Mao Zedong"));
    f.AddEdge(Edge(kStalin, kReply, EdgeKind::kAuthored));
    f.AddEdge(Edge(kReply, kMao, EdgeKind::kAddressedTo));
    return f;
  }

  // A letter of Mao's taking a position with no reply link at all.
  graph::Fragment LetterPage() {
    graph::Fragment f;
    f.page_id = kLetter;
    graph::Node letter = Doc(kLetter, "", "1951-06-13");
    graph::Value::Array claims;
    graph::StanceClaim c;
    c.stance = "rejects";
    c.topics = {"buffer_zone"};
    c.lang = "en";
    c.start = 10;
    c.end = 60;
    c.negated = true;
    c.quote = "We shall on no account agree to a neutral zone";
    claims.push_back(c.ToValue());
    letter.props[prop::kStances] = claims;
    f.AddNode(letter);
    f.AddNode(Node(kMao, graph::NodeKind::kPerson, "Mao Zedong"));
    f.AddEdge(Edge(kMao, kLetter, EdgeKind::kAuthored));
    return f;
  }

  void Apply(const graph::Fragment& f) {
    auto outcome = store_->ApplyPage(f);
    EXPECT_TRUE(outcome.ok()) << outcome.status().message();
  }

  storage::TestDir dir_;
  std::unique_ptr<storage::Store> store_;
  std::unique_ptr<storage::Reader> reader_;
  std::unique_ptr<Snapshot> snapshot_;
};

const Position* Find(const std::vector<Position>& ps,
                     const std::string& stance) {
  for (const Position& p : ps) {
    if (p.stance == stance) return &p;
  }
  return nullptr;
}

// A query with one field set (designated initializers would leave the
// others to -Wmissing-field-initializers).
StancesQuery QueryWith(std::string StancesQuery::*field, std::string value) {
  StancesQuery q;
  q.*field = std::move(value);
  return q;
}

TEST(StancesTest, OnePositionInTwoLanguagesIsOneRow) {
  StanceGraph g(/*weak_reply=*/true);
  auto result =
      Stances(g.snapshot(), QueryWith(&StancesQuery::by, "Joseph Stalin"));
  ASSERT_TRUE(result.ok()) << result.status().message();
  ASSERT_EQ(result->positions.size(), 2u);
  const Position* accepts = Find(result->positions, "accepts");
  ASSERT_NE(accepts, nullptr);
  EXPECT_EQ(accepts->quotes.size(), 2u);
  EXPECT_EQ(accepts->quotes.at("en").text,
            "We do not object to points one and two");
  EXPECT_EQ(accepts->quotes.at("ru").start, 100);
  EXPECT_EQ(accepts->holders.at(0).id, kStalin);
  EXPECT_EQ(accepts->side, "kpa-cpv");
}

TEST(StancesTest, NumberedPointsThroughAWeakReplyLinkAreUnlinkedWithReason) {
  StanceGraph g(/*weak_reply=*/true);
  auto result =
      Stances(g.snapshot(), QueryWith(&StancesQuery::by, "person:stalin"));
  ASSERT_TRUE(result.ok());
  const Position* accepts = Find(result->positions, "accepts");
  ASSERT_NE(accepts, nullptr);
  EXPECT_FALSE(accepts->linked());
  EXPECT_NE(accepts->unlinked_reason.find("weak"), std::string::npos)
      << accepts->unlinked_reason;
  EXPECT_NE(accepts->unlinked_reason.find("numbered points"),
            std::string::npos);
  ASSERT_EQ(accepts->reply_conflicts.size(), 1u);
  // The clauses it may answer: points 1 and 2 of the forwarded message.
  ASSERT_EQ(accepts->candidates.size(), 2u);
  EXPECT_EQ(accepts->candidates[0].clause.id, ClauseId(1));
  EXPECT_EQ(accepts->candidates[1].why, "point 2");
}

// A reply tied weakly to every telegram of a busy day names the first
// three in its reason and counts the rest.
TEST(StancesTest, AReasonNamesThreeReplyLinksAndCountsTheRest) {
  StanceGraph g(/*weak_reply=*/true);
  g.AddWeakReplyLinks(4);
  auto result =
      Stances(g.snapshot(), QueryWith(&StancesQuery::by, "person:stalin"));
  ASSERT_TRUE(result.ok());
  const Position* accepts = Find(result->positions, "accepts");
  ASSERT_NE(accepts, nullptr);
  EXPECT_EQ(accepts->unlinked_reason,
            "the reply links to telegram 100, telegram 101, telegram 102 "
            "and 2 more are weak; numbered points are not tied through a "
            "weak link");
}

TEST(StancesTest, ALinkedPositionCarriesHowItWasTied) {
  StanceGraph g(/*weak_reply=*/true);
  auto result =
      Stances(g.snapshot(), QueryWith(&StancesQuery::by, "person:stalin"));
  ASSERT_TRUE(result.ok());
  const Position* insists = Find(result->positions, "insists");
  ASSERT_NE(insists, nullptr);
  ASSERT_TRUE(insists->linked());
  ASSERT_EQ(insists->links.size(), 1u);
  EXPECT_EQ(insists->links[0].clause.id, ClauseId(3));
  EXPECT_TRUE(insists->links[0].link.weak);
  EXPECT_EQ(insists->links[0].link.matched_by,
            std::vector<std::string>{"topic"});
  EXPECT_EQ(insists->links[0].via, kOuter);
  EXPECT_EQ(insists->quotes.size(), 2u);  // the English claim joins it
}

TEST(StancesTest, AStrongReplyLinkGivesAnotherReason) {
  StanceGraph g(/*weak_reply=*/false);
  auto result =
      Stances(g.snapshot(), QueryWith(&StancesQuery::by, "person:stalin"));
  ASSERT_TRUE(result.ok());
  const Position* accepts = Find(result->positions, "accepts");
  ASSERT_NE(accepts, nullptr);
  EXPECT_EQ(accepts->unlinked_reason.find("weak"), std::string::npos)
      << accepts->unlinked_reason;
  EXPECT_TRUE(accepts->reply_conflicts.empty());
}

TEST(StancesTest, NoReplyLinkIsSaid) {
  StanceGraph g(/*weak_reply=*/true);
  auto result =
      Stances(g.snapshot(), QueryWith(&StancesQuery::by, "Mao Zedong"));
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result->positions.size(), 1u);
  EXPECT_EQ(result->positions[0].stance, "rejects");
  EXPECT_TRUE(result->positions[0].negated);
  EXPECT_NE(result->positions[0].unlinked_reason.find("no reply link"),
            std::string::npos);
}

TEST(StancesTest, FiltersByDateSideTopicAndWords) {
  StanceGraph g(/*weak_reply=*/true);
  auto all = Stances(g.snapshot(), StancesQuery{});
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->positions.size(), 3u);
  EXPECT_EQ(all->positions[0].document.id, kLetter);  // by date
  auto july = Stances(g.snapshot(), QueryWith(&StancesQuery::from, "1951-07"));
  ASSERT_TRUE(july.ok());
  EXPECT_EQ(july->positions.size(), 2u);
  auto unc = Stances(g.snapshot(), QueryWith(&StancesQuery::side, "UNC"));
  ASSERT_TRUE(unc.ok());
  EXPECT_TRUE(unc->positions.empty());
  // On the buffer zone: Mao's letter names the topic; the reply's
  // "points one and two" may bear on point 2, the buffer-zone point.
  auto zone =
      Stances(g.snapshot(), QueryWith(&StancesQuery::on, "buffer_zone"));
  ASSERT_TRUE(zone.ok());
  ASSERT_EQ(zone->positions.size(), 2u);
  EXPECT_EQ(zone->positions[0].document.id, kLetter);
  EXPECT_EQ(zone->positions[1].stance, "accepts");
  auto ceasefire =
      Stances(g.snapshot(), QueryWith(&StancesQuery::on, ClauseId(1)));
  ASSERT_TRUE(ceasefire.ok());
  ASSERT_EQ(ceasefire->positions.size(), 1u);
  EXPECT_EQ(ceasefire->positions[0].stance, "accepts");
  auto words =
      Stances(g.snapshot(), QueryWith(&StancesQuery::text, "возражаем"));
  ASSERT_TRUE(words.ok());
  ASSERT_EQ(words->positions.size(), 1u);
  EXPECT_EQ(words->positions[0].stance, "accepts");
  EXPECT_FALSE(
      Stances(g.snapshot(), QueryWith(&StancesQuery::from, "July")).ok());
  EXPECT_FALSE(
      Stances(g.snapshot(), QueryWith(&StancesQuery::side, "north")).ok());
}

TEST(StancesTest, UnlinkedPositionsShowOnTheClausesTheyMayBearOn) {
  StanceGraph g(/*weak_reply=*/true);
  std::vector<Stance> on1 = AllStancesOn(g.snapshot(), ClauseId(1));
  ASSERT_EQ(on1.size(), 1u);
  EXPECT_TRUE(on1[0].unlinked);
  EXPECT_EQ(on1[0].stance, "accepts");
  EXPECT_FALSE(on1[0].unlinked_reason.empty());
  std::vector<Stance> on3 = AllStancesOn(g.snapshot(), ClauseId(3));
  ASSERT_EQ(on3.size(), 1u);
  EXPECT_FALSE(on3[0].unlinked);
  EXPECT_TRUE(on3[0].link.weak);
  EXPECT_EQ(on3[0].authors.at(0).id, kStalin);

  // who-proposed shows them too.
  WhoProposedQuery q;
  q.text = ClauseId(1);
  auto answer = WhoProposed(g.snapshot(), q);
  ASSERT_TRUE(answer.ok());
  ASSERT_EQ(answer->answers.size(), 1u);
  ASSERT_EQ(answer->answers[0].stances.size(), 1u);
  EXPECT_TRUE(answer->answers[0].stances[0].unlinked);
  EXPECT_EQ(answer->answers[0].proposals.at(0).modality, "proposed");
  EXPECT_EQ(answer->answers[0].side, "kpa-cpv");
}

// What who-proposed and trace say of an unlinked position on a clause (its
// reason worked out without listing its candidates) is what `stances`
// says of it, through a weak reply link and a strong one.
TEST(StancesTest, AnUnlinkedStanceOnAClauseHasTheReasonStancesGives) {
  for (bool weak : {true, false}) {
    SCOPED_TRACE(weak ? "weak reply link" : "strong reply link");
    StanceGraph g(weak);
    auto all = Stances(g.snapshot(), StancesQuery{});
    ASSERT_TRUE(all.ok());
    size_t unlinked = 0;
    for (int clause = 1; clause <= 3; ++clause) {
      for (const Stance& s : AllStancesOn(g.snapshot(), ClauseId(clause))) {
        if (!s.unlinked) continue;
        ++unlinked;
        auto same = std::find_if(all->positions.begin(), all->positions.end(),
                                 [&](const Position& p) {
                                   return p.document.id == s.document &&
                                          p.stance == s.stance;
                                 });
        ASSERT_NE(same, all->positions.end()) << s.document;
        EXPECT_EQ(s.unlinked_reason, same->unlinked_reason) << clause;
        // Points one and two of the telegram the reply answers: through a
        // strong link, the reason is that the numbering does not fit.
        EXPECT_EQ(s.unlinked_reason.find("the numbering does not fit") !=
                      std::string::npos,
                  !weak)
            << s.unlinked_reason;
        // And it is among that position's candidates.
        EXPECT_TRUE(std::any_of(same->candidates.begin(),
                                same->candidates.end(),
                                [&](const PositionClause& c) {
                                  return c.clause.id == ClauseId(clause);
                                }))
            << clause;
      }
    }
    EXPECT_GE(unlinked, 2u);
  }
}

TEST(StancesTest, WhoProposedByAPersonWhoProposedNothingListsPositions) {
  StanceGraph g(/*weak_reply=*/true);
  WhoProposedQuery q;
  q.by = "Joseph Stalin";
  auto answer = WhoProposed(g.snapshot(), q);
  ASSERT_TRUE(answer.ok());
  EXPECT_TRUE(answer->answers.empty());
  EXPECT_EQ(answer->stances_by.size(), 2u);
}

// An empty page `id`, its text a line that names it.
graph::Fragment Page(const std::string& id) {
  graph::Fragment f;
  f.page_id = id;
  f.source_path = id.substr(id.find(':') + 1) + ".txt";
  f.text = "page " + id;
  f.content_hash = graph::ContentHash(f.text);
  return f;
}

// A reply's link may be its page's: a message embedded two levels down in
// a telegram that answers another counts as linked; the telegram answered,
// and a document beside them, do not.
TEST(StancesTest, AReplyLinkOfThePageCountsForWhatItEmbeds) {
  storage::TestDir dir;
  auto store = storage::Store::Open(dir.db());
  ASSERT_TRUE(store.ok());
  graph::Fragment f = Page("doc:r");
  for (const char* id :
       {"doc:r", "doc:r/report", "doc:r/report/message", "doc:x", "doc:y"}) {
    graph::Node n;
    n.id = id;
    n.kind = graph::NodeKind::kDocument;
    n.label = id;
    f.AddNode(n);
  }
  auto edge = [&](const char* s, const char* t, EdgeKind kind) {
    graph::Edge e;
    e.source = s;
    e.target = t;
    e.kind = kind;
    f.AddEdge(e);
  };
  edge("doc:r", "doc:r/report", EdgeKind::kEmbeds);
  edge("doc:r/report", "doc:r/report/message", EdgeKind::kEmbeds);
  edge("doc:r", "doc:x", EdgeKind::kRespondsTo);
  ASSERT_TRUE((*store)->ApplyPage(f).ok());
  std::unique_ptr<storage::Reader> reader = (*store)->NewReader();
  Snapshot snapshot(*reader);
  PositionCache cache(snapshot);
  EXPECT_TRUE(cache.HasReplyLinks("doc:r"));
  EXPECT_TRUE(cache.HasReplyLinks("doc:r/report"));
  EXPECT_TRUE(cache.HasReplyLinks("doc:r/report/message"));
  EXPECT_FALSE(cache.HasReplyLinks("doc:x"));
  EXPECT_FALSE(cache.HasReplyLinks("doc:y"));
  EXPECT_FALSE(cache.HasReplyLinks("doc:absent"));
  EXPECT_EQ(OuterDocumentId(snapshot, "doc:r/report/message"), "doc:r");
  EXPECT_EQ(OuterDocumentId(snapshot, "doc:y"), "doc:y");
}

// The windows of one command overlap and come in any order; each gives
// the documents of its dates, as a cache that was asked nothing before.
// Windows asked in any order: Stalin's documents of each, and the replies
// to him taking positions with no reply link, as a fresh cache finds them.
TEST(StancesTest, EachDateWindowHasItsDocumentsWhateverWasAskedBefore) {
  storage::TestDir dir;
  auto store = storage::Store::Open(dir.db());
  ASSERT_TRUE(store.ok());
  graph::Fragment f = Page("doc:dated");
  graph::Node stalin;
  stalin.id = kStalin;
  stalin.kind = graph::NodeKind::kPerson;
  stalin.label = "Stalin";
  f.AddNode(stalin);
  std::vector<std::string> dates = {"1951-07", ""};  // month only, undated
  for (int month : {6, 7, 8}) {
    for (int day = 1; day <= 30; day += 3) {
      char date[16];
      std::snprintf(date, sizeof date, "1951-%02d-%02d", month, day);
      dates.push_back(date);
    }
  }
  // Document `name` of dates[i].
  auto document = [&](const std::string& name, size_t i) {
    graph::Node n;
    n.id = "doc:dated/" + name;
    n.kind = graph::NodeKind::kDocument;
    n.label = n.id;
    if (!dates[i].empty()) n.props[prop::kDate] = dates[i];
    return n;
  };
  for (size_t i = 0; i < dates.size(); ++i) {
    graph::Node n = document("t" + std::to_string(i), i);
    f.AddNode(n);
    graph::Edge e;
    e.source = kStalin;
    e.target = n.id;
    e.kind = EdgeKind::kAuthored;
    f.AddEdge(e);
  }
  // Replies to Stalin on the same dates: every second one takes positions,
  // every third one has a reply link.
  std::vector<std::string> unlinked_replies;  // those taking positions
  for (size_t i = 0; i < dates.size(); ++i) {
    graph::Node n = document("r" + std::to_string(i), i);
    if (i % 2 == 0) n.props[prop::kStances] = graph::Value::MakeArray();
    f.AddNode(n);
    graph::Edge to;
    to.source = n.id;
    to.target = kStalin;
    to.kind = EdgeKind::kAddressedTo;
    f.AddEdge(to);
    if (i % 3 == 0) {
      graph::Edge link;
      link.source = n.id;
      link.target = "doc:dated/t0";
      link.kind = EdgeKind::kRespondsTo;
      f.AddEdge(link);
    }
    unlinked_replies.push_back(i % 2 == 0 && i % 3 != 0 ? n.id : "");
  }
  ASSERT_TRUE((*store)->ApplyPage(f).ok());
  std::unique_ptr<storage::Reader> reader = (*store)->NewReader();
  Snapshot snapshot(*reader);
  PositionCache cache(snapshot);
  std::vector<std::pair<std::string, std::string>> windows = {
      {"1951-08-20", "1951-09-20"}, {"1951-06-05", "1951-07-05"},
      {"1951-07-10", "1951-08-10"}, {"1951-08-01", "1951-08-25"},
      {"1951-06-01", "1951-08-31"}, {"1951-07-01", "1951-07-01"},
      {"1951-05-01", "1951-05-31"}, {"1951-06-10", "1951-07-10"},
      {"1949-01-01", "1951-06-04"}, {"1953-01-01", "1953-02-01"},
      {"1951-07-20", "1951-07-01"}};
  for (const auto& [from, to] : windows) {
    Snapshot fresh_snapshot(*reader);
    PositionCache fresh(fresh_snapshot);
    std::vector<graph::NodeId> answer =
        cache.AuthoredBetween(kStalin, from, to);
    EXPECT_EQ(answer, fresh.AuthoredBetween(kStalin, from, to))
        << from << ".." << to;
    std::vector<graph::NodeId> expected;
    for (size_t i = 0; i < dates.size(); ++i) {
      if (!dates[i].empty() && dates[i] >= from && dates[i] <= to)
        expected.push_back("doc:dated/t" + std::to_string(i));
    }
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(answer, expected) << from << ".." << to;

    std::vector<graph::NodeId> replies =
        cache.UnlinkedRepliesToBetween(kStalin, from, to);
    EXPECT_EQ(replies, fresh.UnlinkedRepliesToBetween(kStalin, from, to))
        << from << ".." << to;
    expected.clear();
    for (size_t i = 0; i < dates.size(); ++i) {
      if (!unlinked_replies[i].empty() && !dates[i].empty() &&
          dates[i] >= from && dates[i] <= to)
        expected.push_back(unlinked_replies[i]);
    }
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(replies, expected) << from << ".." << to;
  }
}

}  // namespace
}  // namespace parley::queries
