// The replies stage (importers/replies.cc): what a reply says of earlier
// documents: its references ("your telegram of 27 August") and the stances it
// takes on their points, read by the stance reader, kept in the Document
// node's "stances" (each with stance, ordinals, topics and quote).
// Pages go through ImportPage, as a user's import does.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "tests/importers/page_fixture.h"

namespace parley::importers::test_data {
namespace {

// One stance as the Document node keeps it.
struct Stance {
  std::string stance, supported_stance, quote;
  Ids ordinals, topics;
  bool conditional = false;
  Ids points_of;
  std::string whole;
  int64_t whole_count = 0;
  Ids except;
};

Ids Strings(const Value* list) {
  Ids out;
  if (list == nullptr || !list->is_array()) return out;
  for (const Value& v : list->as_array()) out.push_back(v.as_string());
  return out;
}

std::vector<Stance> StancesOf(const Page& page, const std::string& doc) {
  std::vector<Stance> out;
  const Value* list = page.node(doc).props.Get("stances");
  if (list == nullptr || !list->is_array()) return out;
  for (const Value& v : list->as_array()) {
    Stance s;
    s.stance = v.GetString("stance");
    s.supported_stance = v.GetString("supported_stance");
    s.quote = v.GetString("quote");
    s.ordinals = Strings(v.Get("ordinals"));
    s.topics = Sorted(Strings(v.Get("topics")));
    const Value* conditional = v.Get("conditional");
    s.conditional = conditional != nullptr && conditional->as_bool();
    s.points_of = Strings(v.Get("points_of"));
    s.whole = v.GetString("whole");
    if (const Value* n = v.Get("whole_count"); n != nullptr && n->is_int())
      s.whole_count = n->as_int();
    s.except = Strings(v.Get("except"));
    out.push_back(s);
  }
  return out;
}

// The stance whose quote holds `words` (a failure and an empty stance when
// none does).
Stance StanceQuoting(const Page& page, std::string_view words) {
  for (const Stance& s : StancesOf(page, page.outer())) {
    if (s.quote.find(words) != std::string::npos) return s;
  }
  ADD_FAILURE() << "no stance quotes '" << words << "'";
  return {};
}

// Stalin's answer to Mao, one sentence per stance; `body` is the text
// between the salutation and the signature.
std::string Reply(std::string_view body) {
  return R"(August 28, 1951

Ciphered Telegram No. 4829, Filippov [Stalin] to Mao Zedong

To Comrade MAO ZEDONG.

Comrade Mao Zedong!

)" + std::string(body) +
         R"(

FILIPPOV

Stalin answers Mao on the points of the armistice agreement.

Document Information

Source

APRF, f. 45, op. 1, d. 341, ll. 20-21.

Type

Telegram

Language

English

Record ID
)";
}

TEST(RepliesTest, DoNotObjectAcceptsThePointsNamedByOrdinalWords) {
  Page page(Reply("We do not object to points one and two."));
  Stance s = StanceQuoting(page, "do not object");
  EXPECT_EQ(s.stance, "accepts");
  EXPECT_EQ(s.ordinals, (Ids{"1", "2"}));
  EXPECT_FALSE(s.conditional);
  EXPECT_EQ(s.quote, "We do not object to points one and two");
  EXPECT_EQ(StancesOf(page, page.outer()).size(), 1u);
}

// "He" for the one the paragraph named last: in a report of its own side's
// people ("MAO ZEDONG asked ...; on that condition he agrees"), the
// position the report conveys, as "MAO ZEDONG agrees" is; in a cable on
// the other side's ("NAM IL ... he agrees"), a position only reported.
TEST(RepliesTest, HeOfTheWritersOwnSideHoldsThePositionTheReportConveys) {
  Page own(R"(March 24, 1953

Ciphered Telegram No. 7351, Kuznetsov to Molotov

On the points of your letter of 19 March MAO ZEDONG said the following.

As for the fifth point, MAO ZEDONG asked that the Soviet delegation speak only after the Beijing statement; on that condition he agrees with the point.

KUZNETSOV
)");
  Stance s = StanceQuoting(own, "he agrees");
  EXPECT_EQ(s.stance, "conditional");
  EXPECT_EQ(s.ordinals, Ids{"5"});

  Page other(R"(March 24, 1953

Telegram CX 61500, Clark to the Joint Chiefs of Staff

1. On the fifth point of our proposal NAM IL spoke at length; in the end he agrees with the point.

Clark
)");
  EXPECT_TRUE(StancesOf(other, other.outer()).empty());
}

// What taking up a point "would mean" is no position on it; the position
// is the sentence after it ("We cannot agree to it"), on the addressee's
// point the hypothetical named.
TEST(RepliesTest, WhatTakingUpAPointWouldMeanIsNoPositionTheNextSentenceIs) {
  Page page(Reply(
      "To take up his figure of 83,000 now, as you suggest in your first "
      "point, would mean accepting terms that he puts forward as blackmail. "
      "We cannot agree to it."));
  std::vector<Stance> stances = StancesOf(page, page.outer());
  ASSERT_EQ(stances.size(), 1u);
  EXPECT_EQ(stances[0].stance, "rejects");
  EXPECT_EQ(stances[0].ordinals, Ids{"1"});
  EXPECT_EQ(stances[0].quote, "We cannot agree to it");
}

// A number written out and repeated in figures ("five (5) days") names no
// point.
TEST(RepliesTest, ANumberRestatedInFiguresNamesNoPoint) {
  Page page(Reply("We accept the withdrawal within five (5) days."));
  for (const Stance& s : StancesOf(page, page.outer()))
    EXPECT_TRUE(s.ordinals.empty()) << s.quote;
}

// An ordinal ("the third point") names a point wherever it stands; a
// number ("one", "2", "six") only in the list after a point word.
TEST(RepliesTest, NumbersNamePointsOnlyAfterAPointWord) {
  Page page(
      Reply("The third point can be accepted with one amendment. We agree to "
            "points 1, 2 and 4 of the proposal. On point four we insist on "
            "the repatriation of all prisoners within two months."));
  EXPECT_EQ(StanceQuoting(page, "third point").ordinals, (Ids{"3"}));
  EXPECT_EQ(StanceQuoting(page, "points 1, 2 and 4").ordinals,
            (Ids{"1", "2", "4"}));
  EXPECT_EQ(StanceQuoting(page, "On point four").ordinals, (Ids{"4"}));
  // An ordinal names a point only with a point word after it: "the first
  // session" is none; "the fourth proposal" is point 4.
  Page proposals(
      Reply("At the first session we will insist on the fourth proposal.\n\n"
            "По пятому предложению надо настаивать на репатриации всех "
            "военнопленных."));
  EXPECT_EQ(StanceQuoting(proposals, "first session").ordinals, (Ids{"4"}));
  EXPECT_EQ(StanceQuoting(proposals, "По пятому").ordinals, (Ids{"5"}));
}

// "Its first two points" are points 1 and 2; "the first two sub-points"
// are letters of a point, not points 1 and 2. "We see no need for the
// amendment" amends nothing, and "Accept this point too, as it stands" is on
// the point named before it.
TEST(RepliesTest, TheFirstTwoPointsAndNoNeedForAnAmendment) {
  Page page(Reply(
      "Its first two points give you what your own side proposed, and you "
      "can agree to them without any reservations.\n\nAs for the third "
      "point, we see no need for the amendment that Comrade Kim Il Sung "
      "suggests. Accept this point too, as it stands.\n\nIt can be given up "
      "only on condition that they accept the first two sub-points."));
  EXPECT_EQ(StanceQuoting(page, "first two points").ordinals, (Ids{"1", "2"}));
  for (const Stance& s : StancesOf(page, page.outer()))
    EXPECT_NE(s.stance, "amends") << s.quote;
  Stance third = StanceQuoting(page, "Accept this point");
  EXPECT_EQ(third.stance, "accepts");
  EXPECT_EQ(third.ordinals, (Ids{"3"}));
  EXPECT_NE(StanceQuoting(page, "first two sub-points").ordinals,
            (Ids{"1", "2"}));
}

// What a point says, set off by dashes after its name, takes no position
// ("to turn down the figure"): the position is the judgement after it.
TEST(RepliesTest, APointsWordsSetOffByDashesTakeNoPosition) {
  Page page(
      Reply("Comrade Li Kenong's first point\u2014to turn down the figure of "
            "70,000 flatly and to restate that all prisoners must be "
            "repatriated\u2014is correct, and we have told him to act on it."));
  Stance first = StanceQuoting(page, "first point");
  EXPECT_EQ(first.stance, "accepts");
  EXPECT_EQ(first.ordinals, (Ids{"1"}));
}

// A Chinese reply: sentences end at "。", the points are named "第一点", and
// "不能同意" rejects as "cannot agree" does.
TEST(RepliesTest, AChineseReplyTakesItsStancesOnThePointsItNames) {
  Page page(
      Reply("你方十一月三日电悉。同意第一点。第二、三两点不能同意；如果敌方"
            "坚持，可以考虑第四项。同意第五项议程的安排。"));
  Stance one = StanceQuoting(page, "同意第一点");
  EXPECT_EQ(one.stance, "accepts");
  EXPECT_EQ(one.ordinals, Ids{"1"});
  Stance two = StanceQuoting(page, "第二、三两点");
  EXPECT_EQ(two.stance, "rejects");
  EXPECT_EQ(two.ordinals, (Ids{"2", "3"}));
  EXPECT_EQ(two.quote, "第二、三两点不能同意");
  // "如果敌方坚持" opens a condition: the enemy's position, not the writer's.
  Stance four = StanceQuoting(page, "第四项");
  EXPECT_EQ(four.stance, "conditional");
  EXPECT_EQ(four.ordinals, Ids{"4"});
  EXPECT_TRUE(four.conditional);
  // "第五项议程" is the fifth item of the talks' agenda, not a point.
  EXPECT_TRUE(StanceQuoting(page, "第五项议程").ordinals.empty());
}

// A cable names a lettered point by its numbered one: "para 5 a and 5 b",
// "Re 3 c." opening the answer to it.
TEST(RepliesTest, ALetteredPointIsNamedAfterItsNumberedOne) {
  Page page(
      Reply("Your recommendations in para 5 a and 5 b are approved.\n\n"
            "Re 3 c. Concur.\n\n"
            "Re 3 d. I can accept it only on the understanding that no force "
            "is used."));
  Stance approved = StanceQuoting(page, "are approved");
  EXPECT_EQ(approved.stance, "accepts");
  EXPECT_EQ(approved.ordinals, (Ids{"a", "b"}));
  EXPECT_EQ(StanceQuoting(page, "Concur").ordinals, (Ids{"c"}));
  Stance understood = StanceQuoting(page, "I can accept");
  EXPECT_EQ(understood.ordinals, (Ids{"d"}));
  EXPECT_TRUE(understood.conditional);
  // "a" before a noun is the article: "para 5 a new text" names point 5.
  Page article(Reply("We agree to para 5 a new text would spoil."));
  EXPECT_EQ(StanceQuoting(article, "agree").ordinals, (Ids{"5"}));
  // The point the letters are of names them, not another point.
  Page of(
      Reply("Sub-points \"a\" and \"b\" of the second point must be "
            "insisted upon."));
  EXPECT_EQ(StanceQuoting(of, "insisted").ordinals, (Ids{"a", "b"}));
}

// A numbered point inside a numbered one: "sub-para 3 (4)", "point 3(4)",
// and "(1) and (2)" after "para 4 (1)"; inside a lettered one, "para 13 a
// (2)"; not a figure in brackets after a point ("point 5 (90 days ...").
TEST(RepliesTest, ANumberedSubPointIsNamedAfterItsPoint) {
  Page page(
      Reply("Their sub-para 3 (4), majority vote, is rejected.\n\n"
            "We accept point 3(2).\n\n"
            "Para 4 (1) and (2) are acceptable.\n\n"
            "We agree to point 5 (90 days for explanations).\n\n"
            "Para 13 a (2) is approved.\n\n"
            "Para 6 (1): 3 months is too long and is rejected.\n\n"
            "Para 13 b (1) and (2) acceptable.\n\n"
            "We reject point 7; sub-para (1) of para 51 of the draft armistice "
            "agreement already provides for it."));
  EXPECT_EQ(StanceQuoting(page, "is rejected").ordinals, (Ids{"3(4)"}));
  EXPECT_EQ(StanceQuoting(page, "We accept").ordinals, (Ids{"3(2)"}));
  EXPECT_EQ(StanceQuoting(page, "are acceptable").ordinals,
            (Ids{"4(1)", "4(2)"}));
  EXPECT_EQ(StanceQuoting(page, "We agree").ordinals, (Ids{"5"}));
  // Inside a lettered sub-paragraph: "a(2)", and "(2)" after "b (1)".
  EXPECT_EQ(StanceQuoting(page, "is approved").ordinals, (Ids{"a(2)"}));
  EXPECT_EQ(StanceQuoting(page, "b (1) and (2)").ordinals,
            (Ids{"b(1)", "b(2)"}));
  // The list ends at the colon: "3 months" names no point.
  EXPECT_EQ(StanceQuoting(page, "too long").ordinals, (Ids{"6(1)"}));
  // A sub-paragraph of another text cited is no point answered.
  EXPECT_EQ(StanceQuoting(page, "We reject point 7").ordinals, (Ids{"7"}));

  // The point named before a sub-point word holds the sub-points, and one
  // named alone later in the paragraph is inside it too.
  Page inside(Reply(
      "In point 4 we do not object to sub-points (1) and (2): a committee "
      "of four officers will do. Sub-point (3) should be rejected. Point 5 "
      "should be kept and firmly defended."));
  EXPECT_EQ(StanceQuoting(inside, "do not object").ordinals,
            (Ids{"4(1)", "4(2)"}));
  EXPECT_EQ(StanceQuoting(inside, "Sub-point (3)").ordinals, (Ids{"4(3)"}));
  Stance defended = StanceQuoting(inside, "firmly defended");
  EXPECT_EQ(defended.stance, "insists");
  EXPECT_EQ(defended.ordinals, (Ids{"5"}));
}

// An answer to a commander's numbered recommendations names them as
// points ("Your recommendation 2 is approved with the following change").
TEST(RepliesTest, ARecommendationIsNamedAsAPoint) {
  Page page(
      Reply("Your recommendation 1 is approved.\n\nYour recommendation 2 is "
            "approved with the following change: 35,000 per month is the "
            "final figure."));
  Stance first = StanceQuoting(page, "recommendation 1");
  EXPECT_EQ(first.stance, "accepts");
  EXPECT_EQ(first.ordinals, (Ids{"1"}));
  Stance second = StanceQuoting(page, "recommendation 2");
  EXPECT_EQ(second.stance, "amends");
  EXPECT_EQ(second.ordinals, (Ids{"2"}));
  // Agreed to but for something: amended.
  Page except(Reply("We agree to point 3 except for the words on ports."));
  EXPECT_EQ(StanceQuoting(except, "We agree").stance, "amends");
}

// A point to be worded otherwise, or added to, is amended; a description
// of how it was worded is no position ("was worded differently").
TEST(RepliesTest, APointToBeWordedOtherwiseIsAmended) {
  Page page(
      Reply("The third point should be worded otherwise.\n\n"
            "To the fourth point add that the conference must open not later "
            "than 28 October.\n\n"
            "The fifth principle was worded differently from the version "
            "reported earlier."));
  Stance third = StanceQuoting(page, "worded otherwise");
  EXPECT_EQ(third.stance, "amends");
  EXPECT_EQ(third.ordinals, (Ids{"3"}));
  Stance fourth = StanceQuoting(page, "fourth point add");
  EXPECT_EQ(fourth.stance, "amends");
  EXPECT_EQ(fourth.ordinals, (Ids{"4"}));
  EXPECT_EQ(StancesOf(page, page.outer()).size(), 2u);
}

// A position on a whole list but some of its points: the whole leaves them
// out, and they take a position of their own only when the exception says
// one ("one addition" amends, "but point 5 must be rejected"), not when they
// share the whole's verb ("All paragraphs but 17 may be accepted").
TEST(RepliesTest, AWholeListButThePointsExcepted) {
  Page page(Reply(
      "The draft is acceptable as a whole, except for one addition to point "
      "3.\n\n"
      "All paragraphs but 17 may be accepted, subject to paras 2 and 3 "
      "below.\n\n"
      "We accept the proposal as a whole, but point 5 must be rejected.\n\n"
      "Point 7 can be kept if the Chinese comrades are sure of it.\n\n"
      "We have studied all the points, but point 8 is unacceptable.\n\n"
      "All paragraphs except for 9 may be accepted."));
  std::vector<Stance> stances = StancesOf(page, page.outer());
  ASSERT_EQ(stances.size(), 8u);
  EXPECT_EQ(stances[0].whole, "list");
  EXPECT_EQ(stances[0].stance, "accepts");
  EXPECT_EQ(stances[0].except, (Ids{"3"}));
  EXPECT_EQ(stances[1].stance, "amends");
  EXPECT_EQ(stances[1].ordinals, (Ids{"3"}));
  EXPECT_EQ(stances[1].quote, "except for one addition to point 3");
  EXPECT_EQ(stances[2].whole, "list");
  EXPECT_EQ(stances[2].except, (Ids{"17"}));
  EXPECT_TRUE(stances[2].ordinals.empty());
  EXPECT_EQ(stances[3].except, (Ids{"5"}));
  EXPECT_EQ(stances[4].stance, "rejects");
  EXPECT_EQ(stances[4].ordinals, (Ids{"5"}));
  // "can be kept" takes the point; the "if" makes it conditional.
  EXPECT_EQ(stances[5].stance, "conditional");
  EXPECT_EQ(stances[5].ordinals, (Ids{"7"}));
  // A position only the exception states is on the points it names.
  EXPECT_EQ(stances[6].stance, "rejects");
  EXPECT_EQ(stances[6].ordinals, (Ids{"8"}));
  EXPECT_TRUE(stances[6].whole.empty());
  EXPECT_EQ(stances[7].except, (Ids{"9"}));
}

// A cable's "On their point 1, said we were glad Communists had at last
// given up Panmunjom as site.": the Communists' move is reported, and the
// writer's own position in the next sentence is on their point 1, under
// the condition "provided other participating governments concur".
TEST(RepliesTest, AReportedMoveOnTheirPointLeavesThePointToTheNextSentence) {
  Page page(
      Reply("On their point 1, said we were glad Communists had at last given "
            "up Panmunjom as site. New Delhi acceptable to us as seat of "
            "conference provided other participating governments concur."));
  Stance delhi = StanceQuoting(page, "New Delhi acceptable");
  EXPECT_EQ(delhi.stance, "conditional");
  EXPECT_EQ(delhi.ordinals, (Ids{"1"}));
  for (const Stance& s : StancesOf(page, page.outer()))
    EXPECT_NE(s.stance, "drops") << s.quote;
}

// A point accepted with an amendment is amended; an amendment accepted is
// accepted.
TEST(RepliesTest, AcceptedWithAnAmendmentAmends) {
  Page page(Reply(
      "The third point can be accepted with one amendment. We accept your "
      "amendment to point four.\n\nТретий пункт можно принять с "
      "поправкой."));
  EXPECT_EQ(StanceQuoting(page, "third point can").stance, "amends");
  EXPECT_EQ(StanceQuoting(page, "Третий пункт").stance, "amends");
  EXPECT_EQ(StanceQuoting(page, "your amendment").stance, "accepts");
  // Approved, but with other words: cable-ese for an amendment.
  Page cable(
      Reply("Recm in ur point 2 is approved, but its text shld read as "
            "fols: the commission takes custody in Korea."));
  EXPECT_EQ(StanceQuoting(cable, "Recm in ur point 2").stance, "amends");
  // Agreed, but with a requirement the point lacked; agreed, but with
  // nothing required, is accepted.
  Page required(Reply(
      "Point 2 may be agreed to, but the teams must not be the only ones to "
      "see the prisoners.\n\nWe agree to point 3, but we shall report on it "
      "later."));
  EXPECT_EQ(StanceQuoting(required, "Point 2 may").stance, "amends");
  EXPECT_EQ(StanceQuoting(required, "point 3").stance, "accepts");
  // Accepted, but with a change proposed in the same breath.
  Page proposed(
      Reply("The second point we accept, but we propose to widen the zone so "
            "that it takes in Kaesong and Munsan.\n\nВторой пункт мы "
            "принимаем, но предлагаем расширить зону."));
  EXPECT_EQ(StanceQuoting(proposed, "The second point").stance, "amends");
  EXPECT_EQ(StanceQuoting(proposed, "Второй пункт").stance, "amends");
}

TEST(RepliesTest, OnNoAccountAgreeRejectsAPointNamedByItsContent) {
  Page page(
      Reply("We shall on no account agree to a neutral zone around Kaesong."));
  Stance s = StanceQuoting(page, "on no account");
  EXPECT_EQ(s.stance, "rejects");
  EXPECT_EQ(s.ordinals, Ids{});
  EXPECT_EQ(s.topics, Ids{"buffer_zone"});
}

TEST(RepliesTest, SupportOfTheAddresseesLineNamesTheStanceSupported) {
  Page page(Reply(
      "We support your line of insisting on the withdrawal of all foreign "
      "troops from Korea."));
  Stance s = StanceQuoting(page, "support your line");
  EXPECT_EQ(s.stance, "supports");
  EXPECT_EQ(s.supported_stance, "insists");
  EXPECT_EQ(s.topics, Ids{"foreign_forces_withdrawal"});
}

TEST(RepliesTest, EachSentenceTakesItsOwnStance) {
  Page page(Reply(
      "We do not object to points one and two. We shall on no account agree "
      "to a neutral zone around Kaesong. We support your line of insisting "
      "on the withdrawal of all foreign troops from Korea."));
  std::vector<Stance> stances = StancesOf(page, page.outer());
  ASSERT_EQ(stances.size(), 3u);
  EXPECT_EQ(stances[0].stance, "accepts");
  EXPECT_EQ(stances[1].stance, "rejects");
  EXPECT_EQ(stances[2].stance, "supports");
}

TEST(RepliesTest, AThirdPartysPositionIsNotTheWritersStance) {
  Page page(Reply("The Americans rejected point three."));
  EXPECT_EQ(StancesOf(page, page.outer()).size(), 0u);
  EXPECT_EQ(page.node(page.outer()).props.Get("stances"), nullptr);
}

// "Let the liaison officers agree ...", "пусть офицеры связи сами
// договорятся": others are left to agree; the writer takes no stance.
TEST(RepliesTest, WhatOthersAreLeftToAgreeIsNotTheWritersStance) {
  for (std::string_view body :
       {"On point three, let the liaison officers agree among themselves "
        "on the day of their meeting.",
        "По третьему пункту пусть офицеры связи сами согласуют день "
        "встречи."}) {
    Page page(Reply(body));
    EXPECT_EQ(StancesOf(page, page.outer()).size(), 0u) << body;
  }
}

TEST(RepliesTest, AnAcceptanceUnderAConditionIsConditional) {
  Page page(Reply(
      "Should the Americans withdraw their troops from the islands, point "
      "four can be accepted."));
  Stance s = StanceQuoting(page, "point");
  EXPECT_EQ(s.stance, "conditional");
  EXPECT_TRUE(s.conditional);
  EXPECT_EQ(s.ordinals, Ids{"4"});
}

TEST(RepliesTest, AListsIntroductionIsNoStance) {
  // "put forward" is a cue of insisting; before a colon it opens the
  // document's own points.
  Page page(Reply(
      "We propose to put forward the following points on the demarcation "
      "line:\n\n1. The line of contact is the demarcation line.\n\n2. Both "
      "sides withdraw 2 km from it."));
  EXPECT_EQ(StancesOf(page, page.outer()).size(), 0u);
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kHasClause).size(), 2u);
}

TEST(RepliesTest, ARussianReplyReachesBackFromItsNegation) {
  Page page(Reply("Пункт третий принять нельзя."));
  Stance s = StanceQuoting(page, "Пункт третий");
  EXPECT_EQ(s.stance, "rejects");
  EXPECT_EQ(s.ordinals, Ids{"3"});
}

TEST(RepliesTest, YourTelegramIsAReferenceToTheAddressees) {
  Page page(
      Reply("We have received your telegram of 27 August (No. 4279). We do not "
            "object to point five."));
  const Value* refs = page.node(page.outer()).props.Get("references");
  ASSERT_NE(refs, nullptr);
  ASSERT_EQ(refs->as_array().size(), 1u);
  const Value& ref = refs->as_array()[0];
  EXPECT_EQ(ref.GetString("date"), "1951-08-27");
  EXPECT_EQ(Strings(ref.Get("authors")), Ids{"person:mao-zedong"});
  EXPECT_EQ(ref.GetString("number"), "4279");
  // The reference is a sentence of its own: no stance, and the next
  // sentence's stance is still read.
  std::vector<Stance> stances = StancesOf(page, page.outer());
  ASSERT_EQ(stances.size(), 1u);
  EXPECT_EQ(stances[0].ordinals, Ids{"5"});
}

// "Comrade Li Kenong reported this to me in his telegram of 20 April": his
// telegram to the writer is cited, though "his" names a third party's
// elsewhere; so is "(ciphered telegram No. 21805)" after the views it
// carried.
TEST(RepliesTest, HisTelegramToMeAndABracketedTelegramNumberAreCited) {
  Page page(Reply(
      "Comrade Li Kenong reported this to me in his telegram of 20 April. "
      "We have considered the views you set out on 10 September (ciphered "
      "telegram No. 21805)."));
  const Value* refs = page.node(page.outer()).props.Get("references");
  ASSERT_NE(refs, nullptr);
  std::set<std::string> cited;
  for (const Value& ref : refs->as_array())
    cited.insert(ref.GetString("date") + "/" + ref.GetString("number"));
  EXPECT_TRUE(cited.count("1951-04-20/")) << refs->as_array().size();
  EXPECT_TRUE(cited.count("/21805")) << refs->as_array().size();
}

// "... is correct, but do not bind yourself to the figure": a point judged
// right, then changed, is amended.
TEST(RepliesTest, APointJudgedRightThenChangedIsAmended) {
  Page page(Reply(
      "On your second proposal: striking the puppet army once more is "
      "correct, but do not bind yourself to the figure of fifteen thousand."));
  Stance s = StanceQuoting(page, "second proposal");
  EXPECT_EQ(s.stance, "amends");
  EXPECT_EQ(s.ordinals, (Ids{"2"}));
}

// A day cited without its year, later than the reply's own date, is of the
// year before: "your telegram of 3 December" in a telegram of 28 August
// 1951 cites 3 December 1950; "of 27 August" stays in 1951.
TEST(RepliesTest, ACitedDayAfterTheRepliesOwnIsOfTheYearBefore) {
  for (const auto& [body, date] :
       std::vector<std::pair<std::string, std::string>>{
           {"We have received your telegram of 3 December.", "1950-12-03"},
           {"We have received your telegram of 27 August.", "1951-08-27"},
           {"We have received your telegram of 3 December 1951.",
            "1951-12-03"}}) {
    Page page(Reply(body));
    const Value* refs = page.node(page.outer()).props.Get("references");
    ASSERT_NE(refs, nullptr) << body;
    EXPECT_EQ(refs->as_array()[0].GetString("date"), date) << body;
  }
}

// "В дополнение к моей телеграмме от 21 апреля": the writer's own telegram,
// in any case of the word.
TEST(RepliesTest, MyTelegramInTheDativeIsTheWritersOwn) {
  Page page(Reply("В дополнение к моей телеграмме от 21 апреля сообщаю."));
  const Value* refs = page.node(page.outer()).props.Get("references");
  ASSERT_NE(refs, nullptr);
  ASSERT_EQ(refs->as_array().size(), 1u);
  EXPECT_EQ(Strings(refs->as_array()[0].Get("authors")),
            Ids{"person:joseph-stalin"});
}

// "point 4 of our No. 1368": the writers' own telegram, cited by its number
// at each place the reply names it; changing an instruction amends it, one
// that "no longer applies" is dropped.
TEST(RepliesTest, OurNumberIsAReferenceToTheWritersOwn) {
  Page page(Reply(
      "1. In change of point 4 of our No. 1368, we agree that Cde. Malik "
      "come to Paris.\n\n2. The instruction in point 3 of our No. 1368 no "
      "longer applies.\n\n3. В изменение пункта 2 нашей телеграммы № 1368 "
      "согласны."));
  const Value* refs = page.node(page.outer()).props.Get("references");
  ASSERT_NE(refs, nullptr);
  ASSERT_EQ(refs->as_array().size(), 3u);
  for (const Value& ref : refs->as_array()) {
    EXPECT_EQ(ref.GetString("number"), "1368");
    EXPECT_EQ(Strings(ref.Get("authors")), Ids{"person:joseph-stalin"});
  }
  std::vector<Stance> stances = StancesOf(page, page.outer());
  ASSERT_EQ(stances.size(), 3u);
  EXPECT_EQ(stances[0].stance, "amends");
  EXPECT_EQ(stances[0].ordinals, Ids{"4"});
  EXPECT_EQ(stances[1].stance, "drops");
  EXPECT_EQ(stances[1].ordinals, Ids{"3"});
  EXPECT_EQ(stances[2].stance, "amends");
  EXPECT_EQ(stances[2].ordinals, Ids{"2"});
}

// "the letter of October 16 to NNRC from Lee Sang Cho and Ting Kuo-yu":
// its writers after its addressee.
TEST(RepliesTest, TheWritersOfACitedLetterAfterItsAddressee) {
  Page page(
      Reply("Department has studied the letter of October 16 to NNRC from Lee "
            "Sang Cho and Ting Kuo-yu. Our views on its five points follow."));
  const Value* refs = page.node(page.outer()).props.Get("references");
  ASSERT_NE(refs, nullptr);
  EXPECT_EQ(Strings(refs->as_array()[0].Get("authors")),
            (Ids{"person:lee-sang-cho", "person:ding-guoyu"}));
}

// "by their letter of 28 March" cites a third party's letter: the reply
// answers no document by it.
TEST(RepliesTest, AThirdPartysLetterIsNoReference) {
  Page page(
      Reply("The commanders have already informed Clark of this by "
            "their letter of 28 March."));
  EXPECT_EQ(page.node(page.outer()).props.Get("references"), nullptr);
  Page yours(Reply("We have received your letter of 28 March."));
  EXPECT_NE(yours.node(yours.outer()).props.Get("references"), nullptr);
  // A relay's telegram cited by its number still names it.
  Page relayed(
      Reply("Comrade Kuznetsov has passed on to us (his telegram No. "
            "15410 of 21 June) the text of your telegram."));
  const Value* refs = relayed.node(relayed.outer()).props.Get("references");
  ASSERT_NE(refs, nullptr);
  EXPECT_EQ(refs->as_array()[0].GetString("number"), "15410");
}

// "Your telegram No. 5847 of 6 December": the number between the word and
// its date is the cited one's.
TEST(RepliesTest, ANumberBeforeTheCitedDateIsTheCitedOnes) {
  Page page(Reply("Your telegram No. 5847 of 6 December has reached us."));
  const Value* refs = page.node(page.outer()).props.Get("references");
  ASSERT_NE(refs, nullptr);
  ASSERT_EQ(refs->as_array().size(), 1u);
  EXPECT_EQ(refs->as_array()[0].GetString("number"), "5847");
  EXPECT_EQ(refs->as_array()[0].GetString("date").substr(5), "12-06");
}

// "all three variants" names every point of the count; "all three
// delegations" names none.
TEST(RepliesTest, AllOfACountNamesEveryPoint) {
  Page page(
      Reply("For my part I consider that all three variants must be "
            "rejected."));
  EXPECT_EQ(StanceQuoting(page, "must be rejected").ordinals,
            (Ids{"1", "2", "3"}));
  Page delegations(Reply("All three delegations have agreed to it."));
  for (const Stance& s : StancesOf(delegations, delegations.outer()))
    EXPECT_EQ(s.ordinals, Ids{}) << s.quote;
}

// "the first and the seventh points" names both, the article between.
TEST(RepliesTest, OrdinalsJoinedWithTheirArticlesNameEachPoint) {
  Page page(
      Reply("We share your opinion that the first and the seventh "
            "points of the American proposals may be accepted."));
  EXPECT_EQ(StanceQuoting(page, "may be accepted").ordinals, (Ids{"1", "7"}));
}

// A cable's answer names lettered points by the letter alone after its
// verb ("Accept a.", "Concur in a, c and e."); "accept a proposal" names
// none.
TEST(RepliesTest, LettersAloneAfterTheVerbNameThePoints) {
  Page page(Reply("Accept a. Concur in b, c and e."));
  EXPECT_EQ(StanceQuoting(page, "Accept a").ordinals, Ids{"a"});
  EXPECT_EQ(StanceQuoting(page, "Concur in").ordinals, (Ids{"b", "c", "e"}));
  Page article(Reply("Accept a proposal of this kind."));
  for (const Stance& s : StancesOf(article, article.outer()))
    EXPECT_EQ(s.ordinals, Ids{}) << s.quote;
}

// "the telegram of Comrades Peng Dehuai and Kim Il Sung of 21 July": the
// writers' names between the word and its date.
TEST(RepliesTest, TheWritersNamesBetweenTheWordAndItsDate) {
  Page page(
      Reply("We have received the telegram of Comrades Peng Dehuai and "
            "Kim Il Sung of 21 July, which you passed on to us."));
  const Value* refs = page.node(page.outer()).props.Get("references");
  ASSERT_NE(refs, nullptr);
  ASSERT_EQ(refs->as_array().size(), 1u);
  EXPECT_EQ(refs->as_array()[0].GetString("date"), "1951-07-21");
  EXPECT_EQ(Sorted(Strings(refs->as_array()[0].Get("authors"))),
            (Ids{"person:kim-il-sung", "person:peng-dehuai"}));
}

TEST(RepliesTest, TheCitedNumberAfterItsDateByAnyMark) {
  for (std::string_view body :
       {"We have received your telegram of 27 August № 4279.",
        "We have received your telegram of 27 August, Nº 4279.",
        "We have received your telegram of 27 August, no. 4279."}) {
    Page page(Reply(std::string(body)));
    const Value* refs = page.node(page.outer()).props.Get("references");
    ASSERT_NE(refs, nullptr) << body;
    ASSERT_EQ(refs->as_array().size(), 1u) << body;
    EXPECT_EQ(refs->as_array()[0].GetString("number"), "4279") << body;
  }
}

// "General CLARK's letter of 22 February" is Clark's, as "the letter of
// General Clark of 22 February" and "the letter of 22 February from
// General Clark" are.
TEST(RepliesTest, TheWritersNamedBesideADocumentAreItsAuthors) {
  for (std::string_view body :
       {"The answer to General CLARK's letter of 22 February is ready.",
        "The answer to General Clark\u2019s letter of 22 February is ready.",
        "The answer to the letter of General Clark of 22 February is ready."}) {
    Page page(Reply(body));
    const Value* refs = page.node(page.outer()).props.Get("references");
    ASSERT_NE(refs, nullptr) << body;
    ASSERT_EQ(refs->as_array().size(), 1u) << body;
    EXPECT_EQ(Strings(refs->as_array()[0].Get("authors")),
              Ids{"person:mark-clark"})
        << body;
  }
  // In a TEI edition too, whose evidence is in bytes of the XML.
  Page tei(
      R"(<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>
  <div type="document" n="7">
    <head>The Commander in Chief, United Nations Command (<persName type="from">Clark</persName>) to the Joint Chiefs of Staff</head>
    <opener><dateline><placeName>Tokyo</placeName>, <date when="1953-03-29">March 29, 1953</date></dateline></opener>
    <p>C 61501. The reply &#x2014; <hi rend="italic">General</hi> Peng Teh-huai&#x2019;s letter of 28 March &#x2014; came today.</p>
  </div>
</body></text></TEI>
)");
  const Value* tei_refs = tei.node(tei.outer()).props.Get("references");
  ASSERT_NE(tei_refs, nullptr);
  ASSERT_EQ(tei_refs->as_array().size(), 1u);
  EXPECT_EQ(Strings(tei_refs->as_array()[0].Get("authors")),
            Ids{"person:peng-dehuai"});
  // The writers after the date: "the letter of June 19 from ... to ...".
  Page after(
      Reply("The Communists, in the letter of June 19 from Kim Il "
            "Sung and Peng Teh-huai to General Clark, ask questions."));
  const Value* from = after.node(after.outer()).props.Get("references");
  ASSERT_NE(from, nullptr);
  EXPECT_EQ(Sorted(Strings(from->as_array()[0].Get("authors"))),
            (Ids{"person:kim-il-sung", "person:peng-dehuai"}));
  // "your telegrams of 11 and 13 July": two references.
  for (std::string_view body :
       {"We have received your telegrams of 11 and 13 July.",
        "Ваши телеграммы от 11 и 13 июля получили."}) {
    Page two(Reply(body));
    const Value* dates = two.node(two.outer()).props.Get("references");
    ASSERT_NE(dates, nullptr) << body;
    Ids days;
    for (const Value& r : dates->as_array())
      days.push_back(r.GetString("date"));
    EXPECT_EQ(Sorted(days), (Ids{"1951-07-11", "1951-07-13"})) << body;
  }
  // The start of a word only: a newsletter is no letter.
  Page newsletter(Reply("We read the newsletter of 3 March."));
  EXPECT_EQ(newsletter.node(newsletter.outer()).props.Get("references"),
            nullptr);
  // Not a name's: "the Committee's letter of 3 March" names no writer.
  Page committee(Reply("We read the Committee's letter of 3 March."));
  const Value* refs = committee.node(committee.outer()).props.Get("references");
  ASSERT_NE(refs, nullptr);
  EXPECT_TRUE(Strings(refs->as_array()[0].Get("authors")).empty());
}

// A cable's "ltr" is a letter: "Your ltr of 28 Mar 1953" is the
// addressee's, "my ltr of 22 Feb 1953" the writer's own.
TEST(RepliesTest, AnAbbreviatedLetterIsCitedToo) {
  Page page(
      Reply("Your ltr of 28 Mar 1951, answering my ltr of 22 Feb "
            "1951, has been received."));
  const Value* refs = page.node(page.outer()).props.Get("references");
  ASSERT_NE(refs, nullptr);
  ASSERT_EQ(refs->as_array().size(), 2u);
  EXPECT_EQ(refs->as_array()[0].GetString("date"), "1951-03-28");
  EXPECT_EQ(Strings(refs->as_array()[0].Get("authors")),
            Ids{"person:mao-zedong"});
  EXPECT_EQ(refs->as_array()[1].GetString("date"), "1951-02-22");
  EXPECT_EQ(Strings(refs->as_array()[1].Get("authors")),
            Ids{"person:joseph-stalin"});
}

// "Further to my telegram of 26 August" cites the writer's own message;
// the lead into texts quoted below ("the texts of two telegrams of 27
// August that reached me:") cites those texts, and is no reference at all.
TEST(RepliesTest, MyTelegramIsTheWritersAndAQuotedOneIsNoReference) {
  Page own(
      Reply("Further to my telegram of 26 August, we do not object to "
            "point five."));
  const Value* refs = own.node(own.outer()).props.Get("references");
  ASSERT_NE(refs, nullptr);
  ASSERT_EQ(refs->as_array().size(), 1u);
  EXPECT_EQ(Strings(refs->as_array()[0].Get("authors")),
            Ids{"person:joseph-stalin"});

  Page quoting(Reply(
      R"(Below is the text of a telegram of 27 August that reached me from Beijing:

"The talks at Kaesong are broken off.

MAO ZEDONG"

We do not object to point five.)"));
  ASSERT_FALSE(quoting.embedded(quoting.outer()).empty());
  EXPECT_EQ(quoting.node(quoting.outer()).props.Get("references"), nullptr);
}

// A Soviet reply heads its text with the number it answers ("На № 12208.",
// "Re: No. 12208.", "Your Nº 12208."), or names it in a sentence ("the
// contents of your telegram No. 12208", "In reply to your Nº 12208"), and "Ваше
// сообщение от 23 апреля" cites a message.
TEST(RepliesTest, TheNumberAReplyAnswersAndAMessageItCites) {
  for (std::string_view body :
       {"На № 12208.\n\nВаше сообщение от 23 апреля нами получено.",
        "Re: No. 12208.\n\nWe have received your message of 23 April.",
        "Your Nº 12208.\n\nWe have received your message of 23 April.",
        "Ваш № 12208.\n\nВаше сообщение от 23 апреля нами получено.",
        // The addressee's telegram named with its number in a sentence.
        "I passed on the contents of your telegram No. 12208.\n\nWe have "
        "received your message of 23 April.",
        "Я передал содержание вашей телеграммы № 12208.\n\nВаше сообщение "
        "от 23 апреля нами получено.",
        // A sentence that says it answers the number.
        "In reply to your Nº 12208.\n\nWe have received your message of 23 "
        "April.",
        "В ответ на Ваш № 12208 сообщаю.\n\nВаше сообщение от 23 апреля "
        "нами получено."}) {
    Page page(Reply(body));
    const Value* refs = page.node(page.outer()).props.Get("references");
    ASSERT_NE(refs, nullptr) << body;
    ASSERT_EQ(refs->as_array().size(), 2u) << body;
    EXPECT_EQ(refs->as_array()[0].GetString("number"), "12208") << body;
    EXPECT_EQ(refs->as_array()[1].GetString("date"), "1951-04-23") << body;
  }
}

// The Wilson Center's summary above an "Author(s):" label and its value is
// the record's summary, no sentence of the telegram: its "accepts" is no
// stance of the writer's.
TEST(RepliesTest, TheSummaryAboveTheAuthorLabelIsNoStance) {
  std::string text = Reply("We do not object to point five.");
  text.replace(text.find("\n\nDocument Information"), 0,
               "\n\nAuthor(s):\n\nStalin, Joseph, 1878-1953");
  Page page(text);
  EXPECT_EQ(page.prop(page.outer(), "summary"),
            "Stalin answers Mao on the points of the armistice agreement.");
  std::vector<Stance> stances = StancesOf(page, page.outer());
  ASSERT_EQ(stances.size(), 1u);
  EXPECT_EQ(stances[0].ordinals, Ids{"5"});
}

// The Communists' principles are points too: "Principle 5 is not
// acceptable" names point 5.
TEST(RepliesTest, APrincipleIsAPoint) {
  Page page(
      Reply("Principle 5 is not acceptable as it stands. Principles 1, "
            "2 and 4 are acceptable in substance."));
  EXPECT_EQ(StanceQuoting(page, "Principle 5").ordinals, Ids{"5"});
  // Refused "as it stands": taken changed (StanceReaderTest).
  EXPECT_EQ(StanceQuoting(page, "Principle 5").stance, "amends");
  EXPECT_EQ(StanceQuoting(page, "Principles 1").ordinals, (Ids{"1", "2", "4"}));
}

// "Agenda item 3" is the talks' agenda, not a point of the message
// answered.
TEST(RepliesTest, AnAgendaItemIsNoPointAnswered) {
  Page page(
      Reply("We insist that agenda item 3 be settled first. We do not "
            "object to point five."));
  EXPECT_EQ(StanceQuoting(page, "We insist").ordinals, Ids{});
  EXPECT_EQ(StanceQuoting(page, "point five").ordinals, Ids{"5"});
  // "item four of the agenda", "пункт 4 повестки дня": the same.
  Page after(
      Reply("We insist that item four of the agenda, on the prisoners of "
            "war, be settled first.\n\nМы настаиваем, чтобы пункт 4 повестки "
            "дня о военнопленных был решён первым."));
  EXPECT_EQ(StanceQuoting(after, "We insist").ordinals, Ids{});
  EXPECT_EQ(StanceQuoting(after, "Мы настаиваем").ordinals, Ids{});
}

// A stance word as a participle with its agent reports another's act ("the
// draft tabled by Nam Il"); by us, it is the writer's own.
TEST(RepliesTest, AParticipleWithAnotherAgentIsNotTheWritersStance) {
  Page page(
      Reply("The draft on point 5 tabled by Nam Il may serve as a basis for "
            "discussion. Point 2 as accepted by us stands."));
  std::vector<Stance> stances = StancesOf(page, page.outer());
  ASSERT_EQ(stances.size(), 1u);
  EXPECT_EQ(stances[0].stance, "accepts");
  EXPECT_EQ(stances[0].ordinals, Ids{"2"});
}

// A sentence that only names the point ("Re sub-para (1) of the draft.")
// gives it to the stances after it on the line; the next line starts anew.
TEST(RepliesTest, AHeadingSentenceNamesThePointOfTheLinesStances) {
  Page page(
      Reply("Re sub-para (1) of the draft. Withdrawal of all foreign forces is "
            "acceptable, provided the Chinese volunteers are included.\n\n"
            "Re sub-para (2). Acceptable as it stands.\n\n"
            "The rest of the text can be accepted."));
  Stance first = StanceQuoting(page, "Withdrawal of all foreign forces");
  EXPECT_EQ(first.ordinals, Ids{"1"});
  EXPECT_TRUE(first.conditional);
  EXPECT_EQ(StanceQuoting(page, "Acceptable as it stands").ordinals, Ids{"2"});
  EXPECT_EQ(StancesOf(page, page.outer()).size(), 2u);
}

// Cables cite the message they answer by its number alone.
TEST(RepliesTest, ACableCitesTheMessageItAnswersByItsNumber) {
  Page page(Reply(
      "Reurmsg C 62859 (HNC 871).2 Refs: A. CX 61670; B. DA 938571. Reurtel "
      "1862. We agree to point two. This is in line with para 2 of JCS "
      "900075."));
  const Value* refs = page.node(page.outer()).props.Get("references");
  ASSERT_NE(refs, nullptr);
  Ids numbers, quotes;
  for (const Value& ref : refs->as_array()) {
    numbers.push_back(ref.GetString("number"));
    quotes.push_back(ref.GetString("quote"));
    EXPECT_EQ(ref.GetString("date"), "");
  }
  // JCS 900075 is cited, not answered: no "Re", "ur" or "Ref" before it.
  EXPECT_EQ(numbers, (Ids{"C 62859", "CX 61670", "1862"}));
  EXPECT_EQ(quotes,
            (Ids{"Reurmsg C 62859", "Refs: A. CX 61670", "Reurtel 1862"}));
}

// "Your telegram of the 5th": a day of the reply's month, or of the month
// before when it is later than the reply's own day; "the 38th parallel" is
// no day.
TEST(RepliesTest, ATelegramCitedByItsDayOfTheMonth) {
  auto cited = [](const std::string& body) {
    Page page(Reply(body));
    const Value* refs = page.node(page.outer()).props.Get("references");
    return refs == nullptr || refs->as_array().empty()
               ? std::string("(none)")
               : refs->as_array()[0].GetString("date");
  };
  EXPECT_EQ(cited("Your telegram of the 5th, 22:00, has been received."),
            "1951-08-05");
  EXPECT_EQ(cited("Your telegram of the 30th has been received."),
            "1951-07-30");
  EXPECT_EQ(cited("Your telegram of the 38th parallel line."), "(none)");
}

// "in his telegram of 24 February (incoming No. 17226)": the number the
// receiving office gave it, in a bracket after the date.
TEST(RepliesTest, ANumberInABracketAfterTheCitedDate) {
  Page page(
      Reply("Comrade Mao Zedong, in his telegram of 24 February "
            "(incoming No. 17226), sends the report of Comrade Li "
            "Kenong."));
  const Value* refs = page.node(page.outer()).props.Get("references");
  ASSERT_NE(refs, nullptr);
  ASSERT_FALSE(refs->as_array().empty());
  EXPECT_EQ(refs->as_array()[0].GetString("number"), "17226");
  EXPECT_EQ(refs->as_array()[0].GetString("date"), "1951-02-24");
}

// "Ref: (a) your CX 50761, DTG 250915Z; (b) your CX 50802": a list of
// references, each under its letter.
TEST(RepliesTest, ACableCitesALetteredListOfReferences) {
  Page page(Reply(
      "JCS 912131. Ref: (a) your CX 50761, DTG 250915Z; (b) your CX 50802, "
      "DTG 260230Z. We agree to point two."));
  const Value* refs = page.node(page.outer()).props.Get("references");
  ASSERT_NE(refs, nullptr);
  Ids numbers;
  for (const Value& ref : refs->as_array())
    numbers.push_back(ref.GetString("number"));
  EXPECT_EQ(numbers, (Ids{"CX 50761", "CX 50802"}));
}

// A reply may take the requests it answers in order ("As to the first
// request of Comrade Kim Il Sung: we agree.").
TEST(RepliesTest, ARequestNamedByItsOrdinalIsAPoint) {
  Page page(Reply("As to the first request of Comrade Kim Il Sung: we agree."));
  std::vector<Stance> stances = StancesOf(page, page.outer());
  ASSERT_EQ(stances.size(), 1u);
  EXPECT_EQ(stances[0].ordinals, Ids{"1"});
  EXPECT_EQ(stances[0].stance, "accepts");
}

// "Step D is approved": the steps a delegation proposed are its points.
TEST(RepliesTest, AStepNamedByItsLetterIsAPoint) {
  Page page(Reply("Step D is approved."));
  std::vector<Stance> stances = StancesOf(page, page.outer());
  ASSERT_EQ(stances.size(), 1u);
  EXPECT_EQ(stances[0].ordinals, Ids{"d"});
}

// A cable names the points of the proposal it answers by paragraph ("Para
// 2 is not acceptable"); the list ends at a colon ("Para 3: six months" is
// no point 6); "para 51 of the draft armistice agreement" is a standing
// text's, not the answered proposal's.
TEST(RepliesTest, ACableNamesPointsByParagraph) {
  Page page(Reply(
      "Para 1, repatriation within two months of all PW who insist upon it, "
      "conforms to para 51 of the draft armistice agreement and is "
      "acceptable.\n\nPara 2 is not acceptable.\n\nPara 3: six months is "
      "wholly unacceptable."));
  Stance first = StanceQuoting(page, "Para 1");
  // "who insist upon it" is the prisoners' stance, not the writer's.
  EXPECT_EQ(first.stance, "accepts");
  EXPECT_EQ(first.ordinals, (Ids{"1"}));
  EXPECT_EQ(StanceQuoting(page, "Para 2").stance, "rejects");
  EXPECT_EQ(StanceQuoting(page, "Para 2").ordinals, (Ids{"2"}));
  EXPECT_EQ(StanceQuoting(page, "Para 3").ordinals, (Ids{"3"}));
}

// A paragraph that opens with a position on numbered points goes on about
// them while its position stays the same; another position names none.
TEST(RepliesTest, AParagraphGoesOnAboutThePointsItNamed) {
  Page page(Reply(
      "Para 5 is unacceptable. You should not agree to any formula that "
      "leaves their final disposition to the political conference.\n\n"
      "Para 2 is not acceptable. We concur in your view that the prisoners "
      "must not be moved out of Korea."));
  EXPECT_EQ(StanceQuoting(page, "You should not agree").ordinals, (Ids{"5"}));
  EXPECT_TRUE(StanceQuoting(page, "We concur").ordinals.empty());
}

// A reply that says its paragraphs are numbered as the points it answers
// ("Paras 1 through 3 below ... are numbered as in your msg") takes its
// positions in paragraph N on point N; a paragraph past the range is its own.
TEST(RepliesTest, ParagraphsNumberedAsTheAnsweredPointsNameThem) {
  Page page(Reply(
      "Paras 1 through 2 below deal with the points of the counterproposal "
      "and are numbered as in your msg:\n\n"
      "1. Delivery of all prisoners to the zone within sixty days is "
      "acceptable.\n\n"
      "2. Classification by nationality is rejected.\n\n"
      "3. Liaison officers should not agree to resume the sessions."));
  EXPECT_EQ(StanceQuoting(page, "Delivery").ordinals, (Ids{"1"}));
  EXPECT_EQ(StanceQuoting(page, "Classification").ordinals, (Ids{"2"}));
  EXPECT_TRUE(StanceQuoting(page, "Liaison officers").ordinals.empty());
  // Without the sentence, the reply's numbers are its own.
  Page own(
      Reply("1. Delivery of all prisoners to the zone within sixty days is "
            "acceptable."));
  EXPECT_TRUE(StanceQuoting(own, "Delivery").ordinals.empty());
}

// "We agree with the third point on condition that the question of the
// plenary sessions ...": the condition's topic is not the point's.
TEST(RepliesTest, AConditionsTopicIsNotThePointsTopic) {
  Page page(
      Reply("We agree with the third point on condition that the resumption of "
            "the plenary sessions of the delegations is not delayed."));
  Stance st = StanceQuoting(page, "third point");
  EXPECT_EQ(st.ordinals, Ids{"3"});
  EXPECT_EQ(st.stance, "conditional");
  EXPECT_TRUE(st.topics.empty());
}

// "I replied to each point as follows:" numbers the answers as the points.
TEST(RepliesTest, AnswersToEachPointAreNumberedAsThePoints) {
  Page page(
      Reply("I replied to each point as follows:\n\n"
            "(1) I said we could not agree to a limit of ninety days.\n\n"
            "(2) The treaty we can accept."));
  EXPECT_EQ(StanceQuoting(page, "could not agree").ordinals, (Ids{"1"}));
  EXPECT_EQ(StanceQuoting(page, "we can accept").ordinals, (Ids{"2"}));
}

// Paragraphs that open by naming the point of their own number ("1. We
// agree with your first proposal. 2. On your second proposal ...") number
// the one that names none as the point it answers; one that opens on
// another point leaves the numbers the reply's own.
TEST(RepliesTest, ParagraphsOpeningOnTheirOwnPointsNumberTheRest) {
  Page page(
      Reply("1. We agree with your first proposal.\n\n"
            "2. On your second proposal. It may be dropped.\n\n"
            "3. We object to a term of ten days for the subcommittee."));
  EXPECT_EQ(StanceQuoting(page, "We object").ordinals, (Ids{"3"}));
  Page other(
      Reply("1. We agree with your first proposal.\n\n"
            "2. On your second proposal. It may be dropped.\n\n"
            "3. Your fourth point may be dropped.\n\n"
            "4. We object to a term of ten days for the subcommittee."));
  EXPECT_TRUE(StanceQuoting(other, "We object").ordinals.empty());
}

// In a TEI file the text is built from the markup: a position's span and a
// reference's are the file's bytes, as every other evidence is.
TEST(RepliesTest, SpansInATeiFileAreTheFilesBytes) {
  const std::string source =
      R"(<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <text><body>
    <div type="document" n="483">
      <head>The <gloss type="from">Joint Chiefs of Staff</gloss> to the Commander in Chief, United Nations Command (<persName type="to">Clark</persName>)<note type="source">Matthews files, lot 53 D 413: Telegram</note></head>
      <opener><dateline><placeName>Washington</placeName>, <date when="1953-04-27">April 27, 1953</date></dateline></opener>
      <p>JCS 937241. From JCS. Reurmsg C 62071.</p>
      <p>Para 2 is not acceptable.</p>
    </div>
  </body></text>
</TEI>
)";
  Page page(source);
  const Value* stances = page.node(page.outer()).props.Get("stances");
  ASSERT_NE(stances, nullptr);
  ASSERT_EQ(stances->as_array().size(), 1u);
  const Value& st = stances->as_array()[0];
  size_t start = static_cast<size_t>(st.Get("start")->as_int());
  size_t end = static_cast<size_t>(st.Get("end")->as_int());
  EXPECT_EQ(source.substr(start, end - start), "Para 2 is not acceptable");
  const Value* refs = page.node(page.outer()).props.Get("references");
  ASSERT_NE(refs, nullptr);
  ASSERT_EQ(refs->as_array().size(), 1u);
  const Value& ref = refs->as_array()[0];
  start = static_cast<size_t>(ref.Get("start")->as_int());
  end = static_cast<size_t>(ref.Get("end")->as_int());
  EXPECT_EQ(source.substr(start, end - start), "Reurmsg C 62071");
}

// A reply that sums up the addressee's points before it answers them: the
// points are his, in a document of their own that the reply cites, and the
// reply's positions "on question (1)" are on them. The restated words take
// no position.
TEST(RepliesTest, TheAddresseesPointsRestatedAreHisDocument) {
  Page page(R"(July 15, 1952

Telegram, Mao Zedong to Kim Il Sung

Comrade Kim Il Sung:

I have received your telegram of 14 July. In it you put two questions to us:

(1) whether we should accept the enemy's offer on prisoners of war;

(2) whether we should propose that fire cease at once along the whole front.

On question (1). We hold that the enemy's offer must be rejected. To accept it would only whet his appetite.

On question (2). We agree, but only together with an undertaking that all prisoners of war are repatriated.

Mao Zedong
)");
  const std::string asked = page.embedded(page.outer());
  EXPECT_EQ(page.authors(asked), Ids{"person:kim-il-sung"});
  EXPECT_EQ(page.targets(asked, EdgeKind::kAddressedTo),
            Ids{"person:mao-zedong"});
  EXPECT_EQ(page.prop(asked, "date"), "1952-07-14");
  EXPECT_EQ(page.prop(asked, "doc_type"), "telegram");
  EXPECT_TRUE(page.node(asked).props.Get("restated") != nullptr);
  EXPECT_TRUE(page.targets(page.outer(), EdgeKind::kHasClause).empty());
  for (std::string_view point : {"1", "2"}) {
    EXPECT_EQ(page.sources(page.clause(asked, point), EdgeKind::kProposes),
              Ids{"person:kim-il-sung"})
        << point;
  }
  // The reply still cites the telegram it restates.
  const Value* refs = page.node(page.outer()).props.Get("references");
  ASSERT_TRUE(refs != nullptr && refs->is_array());
  ASSERT_EQ(refs->as_array().size(), 1u);
  EXPECT_EQ(refs->as_array()[0].GetString("date"), "1952-07-14");

  std::vector<Stance> stances = StancesOf(page, page.outer());
  ASSERT_EQ(stances.size(), 2u);
  EXPECT_EQ(stances[0].stance, "rejects");
  EXPECT_EQ(stances[0].ordinals, Ids{"1"});
  EXPECT_EQ(stances[1].stance, "conditional");
  EXPECT_EQ(stances[1].ordinals, Ids{"2"});
  EXPECT_TRUE(StancesOf(page, asked).empty());
}

// A paragraph that accepts a point and then, turning with "however", refuses
// part of it amends the point.
TEST(RepliesTest, AcceptingAPointAndRefusingPartOfItAmendsIt) {
  Page page(R"(December 5, 1951

Telegram JCS 88190, JCS to Ridgway

Reurmsg HNC 550. Following are our views on the principles the Commies tabled for item 3 of the agenda.

1. Principle 3. The 5-day limit may be accepted. You should not, however, agree to a withdrawal from all coastal islands.

2. Principle 4. The 5-day limit may be accepted. You should not agree to any other limit.

JCS
)");
  std::vector<Stance> stances = StancesOf(page, page.outer());
  ASSERT_EQ(stances.size(), 4u);
  EXPECT_EQ(stances[0].stance, "amends");
  EXPECT_EQ(stances[0].ordinals, Ids{"3"});
  EXPECT_EQ(stances[1].stance, "amends");
  // Without the turn, the two positions stand as they are.
  EXPECT_EQ(stances[2].stance, "accepts");
  EXPECT_EQ(stances[3].stance, "rejects");
}

// A paragraph that refuses part of a point and takes another part amends
// it; Russian turns with "однако" as English with "however".
TEST(RepliesTest, RefusingPartOfAPointAndTakingAnotherAmendsIt) {
  Page page(R"(October 25, 1953

Ciphered Telegram No. 1743, Molotov to Zhou Enlai

Your telegram of 23 October has been received.

1. On the fourth point. Panmunjom as the place cannot be accepted. The time of convening, within one month, is acceptable.

2. Пятый пункт принять можно. Однако последнюю фразу пятого пункта принять нельзя.

MOLOTOV
)");
  std::vector<Stance> stances = StancesOf(page, page.outer());
  ASSERT_EQ(stances.size(), 4u);
  EXPECT_EQ(stances[0].stance, "amends");
  EXPECT_EQ(stances[0].ordinals, Ids{"4"});
  EXPECT_EQ(stances[2].stance, "amends");
  EXPECT_EQ(stances[2].ordinals, Ids{"5"});
}

// A reply's paragraph that agrees with another's proposal is the writer's
// own: "LI KENONG's first proposal" names no proposer of it, so its position
// stands; the reason after a colon ("... the Americans will not break off
// the talks over it") is not what a position is on.
TEST(RepliesTest, AnAnswerNamingAnothersProposalIsTheWritersPosition) {
  Page page(R"(August 19, 1951

Cable No. 4462, Filippov [Stalin] to Mao Zedong

Comrade MAO ZEDONG!

Your telegram of 17 August has reached us.

1. We agree with Comrade LI KENONG's first proposal.

2. Point «а» should be held to firmly for the present: the Americans will not break off the talks over it.

FILIPPOV
)");
  std::string one = page.clause(page.outer(), "1");
  EXPECT_EQ(page.sources(one, EdgeKind::kProposes),
            Ids{"person:joseph-stalin"});
  std::vector<Stance> stances = StancesOf(page, page.outer());
  ASSERT_EQ(stances.size(), 2u);
  EXPECT_EQ(stances[0].stance, "accepts");
  EXPECT_EQ(stances[0].ordinals, Ids{"1"});
  EXPECT_EQ(stances[1].stance, "insists");
  EXPECT_EQ(stances[1].ordinals, Ids{"а"});
  EXPECT_TRUE(stances[1].topics.empty());
}

// An item of a list of changes ("The others are changed as follows:")
// amends the point it names, or strikes it ("Deleted"); its own words are
// the new text, no position. "Ref my C 62288" cites the writer's message.
TEST(RepliesTest, AListOfChangesAmendsThePointsItNames) {
  Page page(R"(May 13, 1953

Telegram CX 62507, Clark to JCS

CX 62507. Ref my C 62288. Paras 1, 7 and 8 of the Communist proposal are accepted as they stand. The others are changed as follows:

(a) Para 2. Only the non-Korean POWs are handed over to the commission; we agree to nothing else.

(b) Para 6. Deleted, and replaced by: POWs who have not elected repatriation are released.

Clark
)");
  std::vector<Stance> stances = StancesOf(page, page.outer());
  ASSERT_EQ(stances.size(), 3u);
  EXPECT_EQ(stances[0].stance, "accepts");
  EXPECT_EQ(stances[0].ordinals, (Ids{"1", "7", "8"}));
  EXPECT_EQ(stances[1].stance, "amends");
  EXPECT_EQ(stances[1].ordinals, Ids{"2"});
  EXPECT_EQ(stances[2].stance, "rejects");
  EXPECT_EQ(stances[2].ordinals, Ids{"6"});
  const Value* refs = page.node(page.outer()).props.Get("references");
  ASSERT_TRUE(refs != nullptr && refs->is_array());
  ASSERT_EQ(refs->as_array().size(), 1u);
  EXPECT_EQ(refs->as_array()[0].GetString("number"), "C 62288");
}

// A point refused with a figure of the writer's in its place ("six months
// is wholly unacceptable. You should hold to a period of 60 days") is
// amended; a refusal with no figure after it stays a refusal.
TEST(RepliesTest, ARefusalWithAFigureInItsPlaceAmends) {
  Page page(R"(April 27, 1953

Telegram JCS 937241, JCS to Clark

Reurmsg C 62071.

Para 3: six months is wholly unacceptable. You should hold to a period of 60 days from the date the neutral state assumes custody.

Para 5 is unacceptable. You should hold to the position that no prisoner is moved out of Korea.

JCS
)");
  std::vector<Stance> stances = StancesOf(page, page.outer());
  ASSERT_EQ(stances.size(), 4u);
  EXPECT_EQ(stances[0].stance, "amends");
  EXPECT_EQ(stances[1].stance, "amends");
  EXPECT_EQ(stances[1].ordinals, Ids{"3"});
  EXPECT_EQ(stances[2].stance, "rejects");
  EXPECT_EQ(stances[3].stance, "insists");
  EXPECT_TRUE(stances[3].ordinals.empty());
}

// "points one to six", "points 1-6": every point between.
TEST(RepliesTest, ARangeOfPointsNamesEveryPointBetween) {
  Page page(
      Reply("We have no objection to points one to four. Points 5-6 "
            "are unacceptable."));
  std::vector<Stance> stances = StancesOf(page, page.outer());
  ASSERT_EQ(stances.size(), 2u);
  EXPECT_EQ(stances[0].ordinals, (Ids{"1", "2", "3", "4"}));
  EXPECT_EQ(stances[1].ordinals, (Ids{"5", "6"}));
}

// Only a name beside the point word says whose points they are ("the first
// point of Comrade PENG DEHUAI's proposals"); one named later in the
// sentence does not.
TEST(RepliesTest, WhosePointsIsSaidBesideThePointWord) {
  Page page(Reply(
      "Point 3 cancels it out: under the cover of the words about force, it "
      "makes lawful the detention of prisoners of war by the Americans and "
      "Syngman Rhee, and it has to be rejected. We cannot accept the first "
      "point of Comrade PENG DEHUAI's proposals."));
  std::vector<Stance> stances = StancesOf(page, page.outer());
  ASSERT_EQ(stances.size(), 2u);
  EXPECT_EQ(stances[0].ordinals, Ids{"3"});
  EXPECT_TRUE(stances[0].points_of.empty());
  EXPECT_EQ(stances[1].points_of, Ids{"person:peng-dehuai"});
}

// "His second point" after "RIDGWAY's first point" is Ridgway's too; "his"
// with no owner named before it in the paragraph names nobody's.
TEST(RepliesTest, HisPointsAreThoseOfTheOwnerNamedBefore) {
  Page page(
      Reply("Comrade PENG DEHUAI's first point we reject. His second point we "
            "accept. To his third point we have no objection.\n\n"
            "His fourth point is acceptable."));
  std::vector<Stance> stances = StancesOf(page, page.outer());
  ASSERT_EQ(stances.size(), 4u);
  EXPECT_EQ(stances[0].points_of, Ids{"person:peng-dehuai"});
  EXPECT_EQ(stances[1].points_of, Ids{"person:peng-dehuai"});
  EXPECT_EQ(stances[2].points_of, Ids{"person:peng-dehuai"});
  EXPECT_TRUE(stances[3].points_of.empty());
}

// The stop of a form of address ends no sentence: the condition after
// "agreed with Cde. Zhou Enlai," is the sentence's. A person told of the
// points after them owns none of them, and a position the writer shares
// in a clause of its own ("that ... may be accepted") is the writer's.
TEST(RepliesTest, AFormOfAddressEndsNoSentence) {
  Page page(Reply(
      "As regards your point five. The regiments will be sent within the time "
      "agreed with Cde. Zhou Enlai, on condition that the crews arrive in "
      "good time.\n\n"
      "We have no objection to points one to six and have told Cde. LI "
      "KENONG that the delegation should approve them.\n\n"
      "We share your opinion that the seventh point may be accepted.\n\n"
      "We cannot accept the eighth point stated by Cde. NAM IL."));
  std::vector<Stance> stances = StancesOf(page, page.outer());
  ASSERT_EQ(stances.size(), 4u);
  EXPECT_EQ(stances[3].points_of, Ids{"person:nam-il"});
  EXPECT_EQ(stances[0].stance, "conditional");
  EXPECT_EQ(stances[0].ordinals, Ids{"5"});
  EXPECT_EQ(stances[1].stance, "accepts");
  EXPECT_EQ(stances[1].ordinals, (Ids{"1", "2", "3", "4", "5", "6"}));
  EXPECT_TRUE(stances[1].points_of.empty());
  EXPECT_EQ(stances[2].stance, "accepts");
  EXPECT_EQ(stances[2].supported_stance, "accepts");
  EXPECT_EQ(stances[2].ordinals, Ids{"7"});
}

// "The second I have changed": an ordinal opening a sentence with its noun
// left out names another of the points the paragraph named; "The fourth
// point should be changed" amends it; "the second session" is no point.
TEST(RepliesTest, AnOrdinalWithItsNounLeftOutIsAPoint) {
  Page page(Reply(
      "I have approved Cde. LI KENONG's first and third proposals. The "
      "second I have changed: the joint inspection is to be held only in the "
      "presence of correspondents.\n\n"
      "The fourth point should be changed.\n\n"
      "We accepted it at once. The second session must be rejected."));
  std::vector<Stance> stances = StancesOf(page, page.outer());
  ASSERT_GE(stances.size(), 3u);
  EXPECT_EQ(stances[0].stance, "accepts");
  EXPECT_EQ(stances[0].ordinals, (Ids{"1", "3"}));
  EXPECT_EQ(stances[1].stance, "amends");
  EXPECT_EQ(stances[1].ordinals, Ids{"2"});
  EXPECT_EQ(stances[2].stance, "amends");
  EXPECT_EQ(stances[2].ordinals, Ids{"4"});
  for (size_t k = 3; k < stances.size(); ++k)
    EXPECT_TRUE(stances[k].ordinals.empty()) << stances[k].quote;
}

// "of our No. 1368, we agree": a number sign before its figure ends no
// sentence, so the position keeps the point it names.
TEST(RepliesTest, ANumberSignEndsNoSentence) {
  Page page(Reply(
      "In view of point 4 of our No. 1368, we agree that Cde. Malik come to "
      "Paris."));
  std::vector<Stance> stances = StancesOf(page, page.outer());
  ASSERT_EQ(stances.size(), 1u);
  EXPECT_EQ(stances[0].ordinals, Ids{"4"});
  EXPECT_TRUE(stances[0].quote.starts_with("In view of point 4"))
      << stances[0].quote;
}

// A point accepted and then changed in the same paragraph is amended.
TEST(RepliesTest, APointAcceptedThenChangedIsAmended) {
  Page page(Reply(
      "Para 4a. I concur in offering a fresh interview of the "
      "non-repatriates, but recommend that it be done by ICRC representatives "
      "alone. Suggest para 4a be changed to read: \"That all POW's be "
      "interviewed again by representatives of the ICRC.\"\n\n"
      "Para 4b is acceptable."));
  std::vector<Stance> stances = StancesOf(page, page.outer());
  ASSERT_GE(stances.size(), 2u);
  for (const Stance& st : stances) {
    if (st.ordinals == Ids{"a"}) {
      EXPECT_EQ(st.stance, "amends") << st.quote;
    } else {
      EXPECT_EQ(st.ordinals, Ids{"b"});
      EXPECT_EQ(st.stance, "accepts");
    }
  }
}

// The editors' words in brackets are none of the writer's: "the sixth
// point" inside "[... —ed.]" names no point, and the semicolon inside
// them ends no part.
TEST(RepliesTest, TheEditorsBracketsNameNoPoint) {
  Page page(Reply(
      "Point \"e\" [the sixth point of the Chinese draft, on the cost of "
      "keeping the prisoners; see document 119 above—ed.] has already been "
      "struck out of the text."));
  std::vector<Stance> stances = StancesOf(page, page.outer());
  ASSERT_EQ(stances.size(), 1u);
  EXPECT_EQ(stances[0].ordinals, Ids{"e"});
  // Nor do they give the position a topic ("prisoners").
  EXPECT_TRUE(stances[0].topics.empty());
  EXPECT_TRUE(stances[0].quote.starts_with("Point \"e\" [the sixth point"))
      << stances[0].quote;
}

// Two positions joined by "and", each on points of its own, are two
// claims; a third party's ("he gives up"), or two after a turn, are not
// the writer's to part.
TEST(RepliesTest, TwoPositionsJoinedByAndEachOnItsPoints) {
  Page page(Reply(
      "In his first point he gives up his demand on airfields.\n\n"
      "Our side accepts the enemy's first and second points and rejects his "
      "third point.\n\n"
      "The Americans will not object to points 4 and 5, but will press for "
      "the release of the prisoners and object to points 6 and 8."));
  std::vector<Stance> stances = StancesOf(page, page.outer());
  ASSERT_GE(stances.size(), 2u);
  EXPECT_EQ(stances[0].stance, "accepts");
  EXPECT_EQ(stances[0].ordinals, (Ids{"1", "2"}));
  EXPECT_EQ(stances[0].quote,
            "Our side accepts the enemy's first and second points");
  EXPECT_EQ(stances[1].stance, "rejects");
  EXPECT_EQ(stances[1].ordinals, Ids{"3"});
  for (const Stance& s : stances)
    EXPECT_NE(s.ordinals, (Ids{"6", "8"})) << s.quote;
}

// Items named after another point word are the agenda's: "para 1) ...
// while items 3, 4 and 5 are still open" is on para 1 alone.
TEST(RepliesTest, ItemsAfterAParaAreTheAgendas) {
  Page page(Reply(
      "We reject para 1) insofar as it would fix the line now while items 3, "
      "4 and 5 are still open. We accept items 4 and 5 of your proposal."));
  std::vector<Stance> stances = StancesOf(page, page.outer());
  ASSERT_EQ(stances.size(), 2u);
  EXPECT_EQ(stances[0].ordinals, Ids{"1"});
  EXPECT_EQ(stances[1].ordinals, (Ids{"4", "5"}));
}

// A position on a whole list names no point: "I consider Comrade LI
// KENONG's proposals correct" accepts his list, "Both of the enemy's
// points must be firmly rejected: a zone ..." refuses the other side's two
// (the reason after the colon gives the claim no topic). Another's
// position the writer reports, or the addressee's, is no claim of his.
TEST(RepliesTest, APositionOnAWholeListIsOnAllItsPoints) {
  Page page(Reply(
      "I consider Comrade LI KENONG's proposals correct. Both of the enemy's "
      "points must be firmly rejected: a zone to the north of the front line "
      "would hand the enemy ground. ZHOU ENLAI said that the CC CPC agrees "
      "with PENG DEHUAI's proposals. We shall be ready to meet at any time you "
      "accept one of our proposals. Comrade NAM IL tabled three points."));
  std::vector<Stance> stances = StancesOf(page, page.outer());
  ASSERT_EQ(stances.size(), 2u);
  EXPECT_EQ(stances[0].stance, "accepts");
  EXPECT_EQ(stances[0].whole, "list");
  // Nor one judged in a negation, a question or a condition, nor the
  // writers' own list asked for.
  Page none(
      Reply("I do not consider Comrade LI KENONG's proposals correct. If you "
            "consider these proposals correct, let me know. Do you regard the "
            "proposals as correct? Our proposals must be accepted."));
  for (const Stance& s : StancesOf(none, none.outer()))
    EXPECT_TRUE(s.whole.empty()) << s.quote;
  EXPECT_EQ(stances[0].points_of, Ids{"person:li-kenong"});
  EXPECT_TRUE(stances[0].ordinals.empty());
  EXPECT_EQ(stances[1].stance, "rejects");
  EXPECT_EQ(stances[1].whole, "other");
  EXPECT_EQ(stances[1].whole_count, 2);
}

// "is accepted except that ...", "can be agreed to, but the
// figure ... must be much lower", "should not be accepted in this form":
// each changes the point it speaks of.
TEST(RepliesTest, APointAcceptedExceptForSomethingIsAmended) {
  Page page(Reply(
      "Point 3 is accepted except that the period of explanations is sixty "
      "days, not four months. Point 1 can be agreed to, but the "
      "figure of 40,000 men a month must be much lower. Point 5 "
      "should not be accepted in this form. Point 6 is unacceptable."));
  EXPECT_EQ(StanceQuoting(page, "Point 3").stance, "amends");
  EXPECT_EQ(StanceQuoting(page, "Point 1").stance, "amends");
  EXPECT_EQ(StanceQuoting(page, "Point 5").stance, "amends");
  EXPECT_EQ(StanceQuoting(page, "Point 6").stance, "rejects");
}

// "Commie para 4 acceptable with one addition" changes it; "Delete para
// 7." refuses it.
TEST(RepliesTest, AnAdditionAmendsAndADeletionRefuses) {
  Page page(
      Reply("Commie para 4 acceptable with one addition. Delete para 7. Para 5 "
            "accepted as it stands."));
  EXPECT_EQ(StanceQuoting(page, "para 4").stance, "amends");
  EXPECT_EQ(StanceQuoting(page, "Delete").stance, "rejects");
  EXPECT_EQ(StanceQuoting(page, "Delete").ordinals, Ids{"7"});
  EXPECT_EQ(StanceQuoting(page, "Para 5").stance, "accepts");
  // Words deleted, or a paragraph deleted and another put in its place,
  // change it.
  Page words(Reply(
      "In para 4 the words by majority vote should be deleted. Delete para 6 "
      "and substitute the UNC text."));
  EXPECT_EQ(StanceQuoting(words, "para 4").stance, "amends");
  EXPECT_EQ(StanceQuoting(words, "Delete para 6").stance, "amends");
}

// A requirement after "but" on a point of its own changes that one, not
// the point taken before the contrast.
TEST(RepliesTest, ARequirementOnAnotherPointAmendsNotThePointTaken) {
  Page page(
      Reply("Point 2 is acceptable, but the wording of point 3 must change."));
  EXPECT_EQ(StanceQuoting(page, "Point 2").stance, "accepts");
}

// A letter after a point word names a lettered point, bare, in brackets or
// in quotation marks; "a" and "в" only where they cannot be the article or
// the preposition. "On (e)" opening a sentence names it too.
TEST(RepliesTest, ALetterAfterAPointWordNamesALetteredPoint) {
  struct Case {
    const char* text;
    Ids ordinals;
  };
  const Case cases[] = {
      {"Point c should not be put forward now.", {"c"}},
      {"The proposal on teams (point \"c\") should not be put forward now.",
       {"c"}},
      {"The proposal on teams (point \u201Cc\u201D) should not be put forward "
       "now.",
       {"c"}},
      {"Предложение о группах (пункт «в») сейчас выдвигать не следует.", {"в"}},
      {"Points b and d are accepted.", {"b", "d"}},
      {"Sub-para a, on the ports, is not acceptable.", {"a"}},
      // A bracketed mark after the opening words, without a point word.
      {"On (e) he said logistic support was acceptable provided the third "
       "condition was met.",
       {"e"}},
  };
  for (const Case& c : cases) {
    Page page(Reply(c.text));
    std::vector<Stance> stances = StancesOf(page, page.outer());
    ASSERT_EQ(stances.size(), 1u) << c.text;
    EXPECT_EQ(stances[0].ordinals, c.ordinals) << c.text;
  }
  // Not the article: no point named, so no position kept.
  Page article(Reply("At this point a new proposal is not acceptable."));
  EXPECT_TRUE(StancesOf(article, article.outer()).empty());
}

// Points named as those of a reference the reply lists ("of ref B") are not
// the answered document's, there or later in the paragraph.
TEST(RepliesTest, PointsOfACitedReferenceAreNotTheAnsweredOnes) {
  Page page(Reply(
      "I am concerned over the wording of subparas c and d, para 1, Part 4 "
      "of ref B, as approved by ref A. Subpara c, however, provides that the "
      "question be submitted to the political conference. Our "
      "counter-proposal assumes that the conference will meet."));
  for (const Stance& s : StancesOf(page, page.outer())) {
    EXPECT_TRUE(s.ordinals.empty()) << s.quote;
  }
}

// Numbers in brackets name the points without a point word ("UNC could
// accept (1), (2) and (4)", "(3) is acceptable ..."); a point named with
// "below" is one of the writer's own text, and a line's own marker names
// none.
TEST(RepliesTest, NumbersInBracketsNameThePoints) {
  Page page(
      "December 14, 1951\n\nTelegram CX 59325, Ridgway to the Joint Chiefs "
      "of Staff\n\nHodes replied that UNC could accept (1), (2) and (4) as "
      "they stand. (3) is acceptable except for the islands named in para c "
      "below, which must stay under UNC control. (6) cannot be accepted as "
      "worded.\n");
  EXPECT_EQ(StanceQuoting(page, "could accept").ordinals, (Ids{"1", "2", "4"}));
  Stance three = StanceQuoting(page, "(3) is acceptable");
  EXPECT_EQ(three.ordinals, Ids{"3"});
  EXPECT_EQ(three.stance, "amends");
  EXPECT_EQ(StanceQuoting(page, "(6) cannot").ordinals, Ids{"6"});
}

// A line's own marker in brackets is no point it answers: "(1) We agree
// that ..." in a list of the writer's own takes no position on a point 1.
TEST(RepliesTest, ALinesOwnBracketedMarkerNamesNoPoint) {
  Page page(
      "January 6, 1952\n\nTelegram, Mao Zedong to Li Kenong\n\nOur "
      "instructions are as follows:\n\n(1) We agree that all prisoners of "
      "war be released after the armistice.\n\n(2) We reject the screening "
      "of prisoners of war.\n");
  for (const Stance& s : StancesOf(page, page.outer()))
    EXPECT_TRUE(s.ordinals.empty()) << s.quote;
  EXPECT_FALSE(StancesOf(page, page.outer()).empty());
}

// A number in brackets opening a paragraph as a sentence's subject names
// its point ("(3) is acceptable ...", "(1) and (2) are acceptable"), and
// "points (1, 2 and 3)" names all three.
TEST(RepliesTest, NumbersInBracketsOpeningAParagraphNameThePoints) {
  Page page(
      "December 14, 1951\n\nTelegram CX 59325, Ridgway to the Joint Chiefs "
      "of Staff\n\n(3) is acceptable except for the islands named below.\n\n"
      "(1) and (2) are acceptable as they stand.\n\nWe accept points (4, 5 "
      "and 6) as they stand.\n");
  EXPECT_EQ(StanceQuoting(page, "(3) is acceptable").ordinals, Ids{"3"});
  EXPECT_EQ(StanceQuoting(page, "(1) and (2)").ordinals, (Ids{"1", "2"}));
  EXPECT_EQ(StanceQuoting(page, "We accept points").ordinals,
            (Ids{"4", "5", "6"}));
}

// "Their point 5 (90 days to run ...)": a bracket opening on a figure is
// no point named.
TEST(RepliesTest, AFigureInBracketsAfterAPointIsNoPoint) {
  Page page(
      "November 4, 1953\n\nTelegram 612, the Secretary of State to the "
      "Embassy in India\n\nTheir point 5 (90 days to run from October 15 "
      "with lost days added) is an attempt to stretch custody and must be "
      "firmly opposed.\n");
  EXPECT_EQ(StanceQuoting(page, "Their point 5").ordinals, Ids{"5"});
}

// "The Communist principles 1, 2 and 4 (cessation ...; withdrawal ...; no
// entry ...) are acceptable": a semicolon inside brackets parts nothing.
TEST(RepliesTest, ASemicolonInBracketsPartsNoSentence) {
  Page page(
      "November 29, 1951\n\nTelegram JCS 87719, the Joint Chiefs of Staff to "
      "Ridgway\n\nThe Communist principles 1, 2 and 4 (cessation of all "
      "hostilities; withdrawal from the demilitarized zone; no entry into the "
      "zone) are acceptable in substance.\n");
  Stance s = StanceQuoting(page, "are acceptable");
  EXPECT_EQ(s.stance, "accepts");
  EXPECT_EQ(s.ordinals, (Ids{"1", "2", "4"}));
  EXPECT_TRUE(s.quote.starts_with("The Communist principles")) << s.quote;
}

// "went through the Americans' proposal point by point and answered as
// follows:" over "a) and b) — ... — rejected.": each line's letters are the
// points it answers.
TEST(RepliesTest, LettersAnsweredPointByPoint) {
  Page page(
      "January 9, 1952\n\nCiphered Telegram No. 600368, Razuvaev to Cde. "
      "Vasilevsky\n\n1. The Korean-Chinese side went through the Americans' "
      "proposal of 2 January point by point and answered as follows:\n\n"
      "a) and b) — exchanging prisoners of war one for one — rejected.\n\n"
      "c) release of the remaining prisoners on parole — rejected as a cover "
      "for holding prisoners by force.\n\nRAZUVAEV\n");
  EXPECT_EQ(StanceQuoting(page, "one for one").ordinals, (Ids{"a", "b"}));
  EXPECT_EQ(StanceQuoting(page, "on parole").ordinals, Ids{"c"});
}

// "Dept does not favor 5(c)", "As to 5(b), we will hold to this line so
// long as ...": a number with a bracketed letter names the lettered point
// without a point word, and "favor" and "so long as" are a position's
// words.
TEST(RepliesTest, ANumberWithABracketedLetterNamesTheLetteredPoint) {
  Page page(
      "February 4, 1952\n\nTelegram JCS 97111, the Joint Chiefs of Staff to "
      "Ridgway\n\nDept does not favor 5(c) at this time.\n\nAs to 5(b), "
      "you will hold to this line so long as the other side presses for "
      "airfields.\n\nWe favor point 3 as it stands.\n");
  Stance c = StanceQuoting(page, "5(c)");
  EXPECT_EQ(c.stance, "rejects");
  EXPECT_EQ(c.ordinals, Ids{"c"});
  Stance b = StanceQuoting(page, "5(b)");
  EXPECT_TRUE(b.conditional) << b.stance;
  EXPECT_EQ(b.ordinals, Ids{"b"});
  Stance three = StanceQuoting(page, "point 3");
  EXPECT_EQ(three.stance, "accepts");
  EXPECT_EQ(three.ordinals, Ids{"3"});
}

// A report on the other side's draft paragraphs, one by one: "On paragraph
// 13 a (...)" names the lettered point before its brackets, a lead into the
// writer's own wording that replaces a point amends it, and "accept it
// with one correction" amends. Men "returning from leave outside Korea"
// leave nothing out.
TEST(RepliesTest, AReportOnDraftParagraphsOneByOne) {
  Page page(
      "June 13, 1953\n\nTelegram, Li Kenong to Mao Zedong\n\nOn paragraph "
      "13 a (withdrawal of all forces from the demilitarized zone within 72 "
      "hours): the American text does not differ in substance from what was "
      "agreed last year, and we see no reason not to accept it.\n\nOn "
      "paragraph 13 c: the Americans have added a sentence under which their "
      "personnel returning from leave outside Korea would not be counted at "
      "all. We propose to replace the American text of 13 c in full with the "
      "following wording:\n\n'13 c. Cease the introduction into Korea of "
      "reinforcing military personnel.'\n\nOn paragraph 37: we accept it "
      "with one correction.\n\nLi Kenong\n");
  Stance a = StanceQuoting(page, "no reason not to accept");
  EXPECT_EQ(a.stance, "accepts");
  EXPECT_EQ(a.ordinals, Ids{"a"});
  Stance c = StanceQuoting(page, "replace the American text");
  EXPECT_EQ(c.stance, "amends");
  EXPECT_EQ(c.ordinals, Ids{"c"});
  EXPECT_EQ(StanceQuoting(page, "one correction").stance, "amends");
  for (const Stance& s : StancesOf(page, page.outer()))
    EXPECT_NE(s.stance, "drops") << s.quote;
}

// "We consider your position in the armistice negotiations to be entirely
// correct": the addressee's position as a whole, not the topic of the
// words after it.
TEST(RepliesTest, YourPositionJudgedCorrectIsTheWholeList) {
  Page page(
      Reply("We consider your position in the armistice negotiations to be "
            "entirely correct."));
  std::vector<Stance> stances = StancesOf(page, page.outer());
  ASSERT_EQ(stances.size(), 1u);
  EXPECT_EQ(stances[0].stance, "accepts");
  EXPECT_EQ(stances[0].whole, "list");
  EXPECT_TRUE(stances[0].topics.empty());
}

// "Ref ques 1. Yes. ...": an answer opening on "Yes" accepts the point its
// label names.
TEST(RepliesTest, AnAnswerOpeningOnYesAccepts) {
  Page page(
      "March 24, 1952\n\nTelegram CX 64326, Ridgway to the Joint Chiefs of "
      "Staff\n\nRef ques 1. Yes. Screening of all POW in UNC custody is "
      "feasible within ten days.\n\nRef ques 2. No objection, provided that "
      "the figure is given in exec session only.\n");
  Stance yes = StanceQuoting(page, "Yes");
  EXPECT_EQ(yes.stance, "accepts");
  EXPECT_EQ(yes.ordinals, Ids{"1"});
  EXPECT_EQ(StanceQuoting(page, "No objection").ordinals, Ids{"2"});
}

// "Reference JCS 941872.2" (a footnote's number after it) cites the
// message answered, as "Ref" does; "para 13 a as UNC tabled it" names
// point a.
TEST(RepliesTest, ReferenceSpelledOutCitesTheMessage) {
  Page page(
      "July 24, 1953\n\nTelegram CX 63608, Clark to the Joint Chiefs of "
      "Staff\n\nCX 63608. Reference JCS 941872.2 Staff officers today "
      "finished their check of the texts.\n\nWe accepted para 13 a as UNC "
      "tabled it on 11 June.\n");
  const Value* refs = page.node(page.outer()).props.Get("references");
  ASSERT_NE(refs, nullptr);
  ASSERT_EQ(refs->as_array().size(), 1u);
  EXPECT_EQ(refs->as_array()[0].GetString("number"), "JCS 941872");
  EXPECT_EQ(StanceQuoting(page, "13 a as").ordinals, Ids{"a"});
}

// A condition after the colon that follows the point named restates the
// point; a point to be put forward "but not before" something happens is
// conditional; "we do not think it advisable ... to propose one" refuses.
TEST(RepliesTest, AConditionAfterTheColonIsThePointsOwn) {
  Page page(Reply(
      "We agree with your first proposal: the nomination of the Soviet Union "
      "may be withdrawn if the Americans give up their demand concerning the "
      "airfields.\n\nThe third point may be put forward, but not before the "
      "Americans have shown that they are ready to move from their "
      "figure.\n\nAs for a recess in the plenary sessions, we do not think "
      "it advisable for your side to propose one."));
  Stance first = StanceQuoting(page, "first proposal");
  EXPECT_EQ(first.stance, "accepts");
  EXPECT_FALSE(first.conditional);
  Stance third = StanceQuoting(page, "third point");
  EXPECT_EQ(third.stance, "conditional");
  EXPECT_EQ(third.ordinals, Ids{"3"});
  EXPECT_EQ(StanceQuoting(page, "recess").stance, "rejects");
}

// Letters of a point named in the genitive ("С подпунктом а) второго
// пункта") are the letters alone, as "of the second point" makes them;
// "надо сформулировать иначе", "needs different wording" amend, "should be
// taken out of the proposals" drops.
TEST(RepliesTest, LettersOfAPointNamedInTheGenitive) {
  Page page(Reply(
      "С подпунктом а) второго пункта мы согласны.\n\nПодпункт б) надо "
      "сформулировать иначе.\n\nSub-point b) needs different wording.\n\n"
      "As for sub-point g), it should be taken out of the proposals for the "
      "Assembly."));
  Stance a = StanceQuoting(page, "С подпунктом");
  EXPECT_EQ(a.stance, "accepts");
  EXPECT_EQ(a.ordinals, Ids{"а"});
  EXPECT_EQ(StanceQuoting(page, "Подпункт б)").stance, "amends");
  EXPECT_EQ(StanceQuoting(page, "different wording").stance, "amends");
  Stance g = StanceQuoting(page, "taken out");
  EXPECT_EQ(g.stance, "drops");
  EXPECT_EQ(g.ordinals, Ids{"g"});
}

// What the readers must not take: "in his statement raised the question"
// names no point of his; "your position on the prisoners" is on its topic;
// a lead into the writer's own proposal on "the replacement of personnel"
// replaces no point; "with reference to your proposals: (a) 5000 men"
// cites no message.
TEST(RepliesTest, WordsThatLookLikeTheRulesButAreNot) {
  Page page(Reply(
      "RIDGWAY's first point we reject. Nam Il in his statement raised the "
      "question of the prisoners, which we accept.\n\nWe consider your "
      "position on the prisoners of war to be entirely correct.\n\nOur "
      "proposal on the replacement of personnel is as follows:\n\nWith "
      "reference to your proposals: (a) 5000 men a month may be rotated."));
  EXPECT_TRUE(StanceQuoting(page, "his statement").points_of.empty());
  Stance position = StanceQuoting(page, "your position on");
  EXPECT_EQ(position.topics, Ids{"prisoners_of_war"});
  EXPECT_TRUE(position.whole.empty());
  for (const Stance& s : StancesOf(page, page.outer()))
    EXPECT_EQ(s.quote.find("replacement"), std::string::npos) << s.quote;
  const Value* refs = page.node(page.outer()).props.Get("references");
  if (refs != nullptr) {
    for (const Value& r : refs->as_array())
      EXPECT_NE(r.GetString("number"), "5000");
  }
}

// Sub-points labelled with Roman numerals ("3 (iii)"), letters past h ("2
// k") and "2 a" before a vowel are named as printed; a label in brackets
// parts no phrase ("Concur in 3 (iii) except that ..." amends); "Recommend
// deletion of" drops; "must be held without change" insists; "Concur in 1."
// names point 1; "is in accord with" and "has been so instructed" accept.
TEST(RepliesTest, RomanAndLateLetteredSubPointsAreNamed) {
  Page page(
      "June 9, 1952\n\nTelegram CX 69172, Clark to the Joint Chiefs of "
      "Staff\n\nPara 2 a acceptable.\n\nConcur in 3 (iii) except that two "
      "officers should be added.\n\n3 (iv) must be held without "
      "change.\n\nRecommend deletion of 2 e.\n\nPara 2 j and 2 k: "
      "concur.\n\nAs to para 3 I concur.\n");
  EXPECT_EQ(StanceQuoting(page, "2 a").ordinals, Ids{"a"});
  Stance iii = StanceQuoting(page, "Concur in 3 (iii)");
  EXPECT_EQ(iii.stance, "amends");
  EXPECT_EQ(iii.ordinals, Ids{"iii"});
  Stance iv = StanceQuoting(page, "3 (iv)");
  EXPECT_EQ(iv.stance, "insists");
  EXPECT_EQ(iv.ordinals, Ids{"iv"});
  Stance e = StanceQuoting(page, "Recommend deletion");
  EXPECT_EQ(e.stance, "drops");
  EXPECT_EQ(e.ordinals, Ids{"e"});
  EXPECT_EQ(StanceQuoting(page, "2 j and 2 k").ordinals, (Ids{"j", "k"}));
  EXPECT_EQ(StanceQuoting(page, "para 3 I concur").ordinals, Ids{"3"});
  Page done(
      "June 9, 1952\n\nTelegram CX 69172, Clark to the Joint Chiefs of "
      "Staff\n\nPara 1 is in accord with the text the staff officers "
      "initialed.\n\nRe para 4, Harrison has been so instructed.\n");
  EXPECT_EQ(StanceQuoting(done, "in accord").stance, "accepts");
  EXPECT_EQ(StanceQuoting(done, "so instructed").stance, "accepts");
  Page met(
      Reply("Your first point I cannot meet.\n\nYour second request I can meet "
            "in part."));
  Stance first_demand = StanceQuoting(met, "cannot meet");
  EXPECT_EQ(first_demand.stance, "rejects");
  EXPECT_EQ(first_demand.ordinals, Ids{"1"});
  EXPECT_EQ(StanceQuoting(met, "can meet").stance, "accepts");
  Page first(Reply("Concur in 1. The UNC del repeated its answer."));
  Stance one = StanceQuoting(first, "Concur in 1");
  EXPECT_EQ(one.stance, "accepts");
  EXPECT_EQ(one.ordinals, Ids{"1"});
}

// A point judged right or suiting the writer is accepted, where no other
// stance is read; "cut to 60 days" amends; "we could consider it only if"
// is conditional; "paragraphs one by one" names no point.
TEST(RepliesTest, APointJudgedRightIsAccepted) {
  Page page(Reply(
      "Your first point is quite right.\n\nThe 90 days that you name in "
      "the fourth point suit us.\n\nThe third point is correct and must be "
      "insisted upon.\n\nWe answered the Commie paragraphs one by one. The "
      "explanation period of their paragraph 3 we have cut to 60 days. Their "
      "paragraph 5 would leave the men in custody; we could consider it only "
      "if the conference were held to a short term."));
  Stance first = StanceQuoting(page, "quite right");
  EXPECT_EQ(first.stance, "accepts");
  EXPECT_EQ(first.ordinals, Ids{"1"});
  EXPECT_EQ(StanceQuoting(page, "suit us").stance, "accepts");
  EXPECT_EQ(StanceQuoting(page, "third point").stance, "insists");
  EXPECT_EQ(StanceQuoting(page, "cut to").stance, "amends");
  EXPECT_EQ(StanceQuoting(page, "cut to").ordinals, Ids{"3"});
  for (const Stance& s : StancesOf(page, page.outer()))
    EXPECT_EQ(s.quote.find("one by one"), std::string::npos) << s.quote;
  Stance fifth = StanceQuoting(page, "consider it");
  EXPECT_EQ(fifth.stance, "conditional");
  Page line(
      Reply("We consider it right that the military demarcation line be drawn "
            "along the line of contact."));
  EXPECT_EQ(StanceQuoting(line, "consider it right").stance, "accepts");
}

// "Do not put forward a list of ports" drops a position on the ports of
// entry; "It can be raised to 25,000 men" amends; "По четвёртому пункту
// стойте твёрдо" insists.
TEST(RepliesTest, AListOfPortsNotPutForwardIsDropped) {
  Page page(
      Reply("Do not put forward a list of ports for the time being.\n\nThe "
            "figure for rotation can be raised to 25,000 men, but no "
            "higher.\n\nПо четвёртому пункту стойте твёрдо."));
  Stance ports = StanceQuoting(page, "list of ports");
  EXPECT_EQ(ports.stance, "drops");
  EXPECT_EQ(ports.topics, Ids{"supervision"});
  EXPECT_EQ(StanceQuoting(page, "raised to").stance, "amends");
  Stance fourth = StanceQuoting(page, "стойте");
  EXPECT_EQ(fourth.stance, "insists");
  EXPECT_EQ(fourth.ordinals, Ids{"4"});
}

// One of the other side named right before the verb holds the stance, and
// a report only tells of it; one's own side's words the report conveys.
TEST(RepliesTest, AStanceOfTheOtherSideNamedAsSubjectIsReported) {
  Page report(
      "November 24, 1952\n\nTelegram Delga 252, Acheson to the Department "
      "of State\n\nVyshinsky turned down points 1 and 2 of the Indian "
      "draft.\n\nWe accept point 3.\n\nAcheson\n");
  for (const Stance& s : StancesOf(report, report.outer()))
    EXPECT_EQ(s.quote.find("Vyshinsky"), std::string::npos) << s.quote;
  EXPECT_EQ(StanceQuoting(report, "We accept").ordinals, Ids{"3"});
  Page relay(
      "April 25, 1952\n\nTelegram, Razuvaev to Filippov\n\nOn the second "
      "point, KIM IL SUNG agrees that the figure cannot be "
      "accepted.\n\nRAZUVAEV\n");
  EXPECT_EQ(StanceQuoting(relay, "KIM IL SUNG agrees").ordinals, Ids{"2"});
}

// A record of conversation answering the variants "set out in the
// conversation of 20 August": the earlier record cited by its day; "is a
// sound one" accepts, "can be done, but only if" is conditional, "I do not
// like" refuses; "cannot be agreed to as it is worded" and "Do not confine
// yourself to rejecting point 17" amend; "take ... as it stood" and "could
// live with" accept, "needed changing" amends.
TEST(RepliesTest, ARecordAnswersTheVariantsOfAnEarlierConversation) {
  Page page(
      "September 19, 1952\n\nRecord of conversation between Comrade I.V. "
      "STALIN and ZHOU ENLAI\n\nZHOU ENLAI would like to come back to the "
      "three variants he set out in the conversation of 20 August.\n\n"
      "STALIN: The first variant is a sound one.\n\nAs for the second "
      "variant, that too can be done, but only if the neutral state is one "
      "both sides have chosen.\n\nThe third variant I do not like.\n");
  const Value* refs = page.node(page.outer()).props.Get("references");
  ASSERT_NE(refs, nullptr);
  ASSERT_EQ(refs->as_array().size(), 1u);
  EXPECT_EQ(refs->as_array()[0].GetString("date"), "1952-08-20");
  Stance first = StanceQuoting(page, "sound one");
  EXPECT_EQ(first.stance, "accepts");
  EXPECT_EQ(first.ordinals, Ids{"1"});
  EXPECT_EQ(StanceQuoting(page, "can be done").stance, "conditional");
  Page worded(Reply(
      "Your second point cannot be agreed to as it is worded.\n\nDo not "
      "confine yourself to rejecting point 17. Propose that it be replaced."));
  EXPECT_EQ(StanceQuoting(worded, "as it is worded").stance, "amends");
  EXPECT_EQ(StanceQuoting(worded, "confine yourself").stance, "amends");
  Page memo(Reply(
      "We could take the first paragraph as it stood.\n\nOn the third "
      "paragraph, we could live with the four countries, provided that the "
      "Commission decides by majority vote.\n\nThe fourth paragraph needed "
      "changing."));
  EXPECT_EQ(StanceQuoting(memo, "as it stood").stance, "accepts");
  EXPECT_EQ(StanceQuoting(memo, "live with").stance, "conditional");
  EXPECT_EQ(StanceQuoting(memo, "needed changing").stance, "amends");
  Stance third = StanceQuoting(page, "do not like");
  EXPECT_EQ(third.stance, "rejects");
  EXPECT_EQ(third.ordinals, Ids{"3"});
}

}  // namespace
// The Department's guidance on another's numbered paragraphs: "Your Secto
// 287 of May 22." opening a sentence cites the message answered (not "ur
// CX 62465" in passing); "first of Pyun's points" is point 1 of his;
// "make no concession" insists; "unobjectionable" accepts; "must stand as
// drafted" insists; "should be rewritten", "we would like it revised" and
// "approved in substance, subj to two changes" amend; "it" after a
// sentence opening on para 11 that also names para 10 is para 11; "point
// twelve ... and point thirteen" are 12 and 13.
TEST(RepliesTest, GuidanceOnAnothersParagraphsOneByOne) {
  Page page(
      "May 25, 1954\n\nTelegram Tosec 263, Dulles to Smith\n\nTosec 263. "
      "Eyes only. Your Secto 287 of May 22.2 This is in line with para A, "
      "ur CX 62465.\n\nUN supervision of elections, which is first of "
      "Pyun's points, remains central and you should make no concession on "
      "it whatever.\n\nPara 3. This must stand as drafted.\n\nPara 4. "
      "Unobjectionable.\n\nPara 11 adds nothing para 10 does not already "
      "cover. We would therefore prefer that it be dropped.\n\nAs to para "
      "13, we would like it revised so that both withdraw at once.\n\nPara "
      "14 should be rewritten to say so.\n\nYour public statement (para 15) "
      "is approved in substance, subj to two changes: it should wait.\n\nWe "
      "also turn down point twelve, and point thirteen, under which troops "
      "stay.\n");
  const Value* refs = page.node(page.outer()).props.Get("references");
  ASSERT_NE(refs, nullptr);
  ASSERT_EQ(refs->as_array().size(), 1u);
  EXPECT_EQ(refs->as_array()[0].GetString("number"), "Secto 287");
  Stance first = StanceQuoting(page, "first of Pyun's points");
  EXPECT_EQ(first.stance, "insists");
  EXPECT_EQ(first.ordinals, Ids{"1"});
  EXPECT_EQ(StanceQuoting(page, "stand as drafted").stance, "insists");
  EXPECT_EQ(StanceQuoting(page, "Unobjectionable").stance, "accepts");
  Stance dropped = StanceQuoting(page, "be dropped");
  EXPECT_EQ(dropped.stance, "drops");
  EXPECT_EQ(dropped.ordinals, Ids{"11"});
  EXPECT_EQ(StanceQuoting(page, "like it revised").stance, "amends");
  EXPECT_EQ(StanceQuoting(page, "be rewritten").stance, "amends");
  EXPECT_EQ(StanceQuoting(page, "subj to two changes").stance, "amends");
  EXPECT_EQ(StanceQuoting(page, "point twelve").ordinals, (Ids{"12", "13"}));
}

// A Soviet answer point by point: a point judged right and then held to
// is insisted on; "надо уточнить" and "needs to be made more precise"
// amend; "возражений не вызывает" accepts; "двенадцатый пункт" is point
// 12; "we fully share his first and third proposals" accepts both.
TEST(RepliesTest, AnAnswerPointByPointInTwoLanguages) {
  Page page(Reply(
      "1. Второй пункт правилен. На 38 параллели надо твёрдо стоять.\n\n"
      "2. Четвёртый пункт надо уточнить: записать, что наблюдать будет "
      "комиссия нейтральных стран.\n\n3. Пятый пункт возражений не "
      "вызывает.\n\n4. Отвергаем мы и двенадцатый пункт.\n\n5. The second "
      "point is correct. You must stand firm on the 38th parallel.\n\n6. "
      "The fourth point needs to be made more precise.\n\n7. We fully "
      "share his first and third proposals."));
  for (std::string_view words : {"Второй пункт правилен", "надо твёрдо",
                                 "second point is correct", "stand firm"}) {
    Stance s = StanceQuoting(page, words);
    EXPECT_EQ(s.stance, "insists") << words;
    EXPECT_EQ(s.ordinals, Ids{"2"}) << words;
  }
  EXPECT_EQ(StanceQuoting(page, "надо уточнить").stance, "amends");
  EXPECT_EQ(StanceQuoting(page, "made more precise").stance, "amends");
  EXPECT_EQ(StanceQuoting(page, "возражений не").stance, "accepts");
  EXPECT_EQ(StanceQuoting(page, "двенадцатый").ordinals, Ids{"12"});
  Stance shared = StanceQuoting(page, "fully share");
  EXPECT_EQ(shared.stance, "accepts");
  EXPECT_EQ(shared.ordinals, (Ids{"1", "3"}));
}

// "Ref Moscow’s 2180" cites the message answered; the replies it gives,
// "accepted here as a whole ... with two exceptions", are the whole list,
// whatever topic the sentence's words carry; "Para 4 we shall not pursue"
// opens on the point it drops, though the sentence before named "para 4
// below" of the message's own; "The Communists then pressed the second
// point of that msg. I will not accept it": "it" is that point.
TEST(RepliesTest, AListTakenWholeWithItsExceptionsNamedAfter) {
  Page page(
      "June 29, 1951\n\nTelegram JCS 95354, Acheson to Ridgway\n\nJCS 95354. "
      "Ref Moscow’s 2180 and 2181 of June 27.\n\nPart 1. The five replies "
      "Gromyko gave Ambassador Kirk are accepted here as a whole as the "
      "working basis for your approach, with two exceptions. Para 2 needs "
      "amending: we add an armistice commission (see part 3, para 4 below). "
      "Para 4 we shall not pursue: you will make no separate attempt.\n\n"
      "Part 2. The Communists then pressed the second point of that msg. I "
      "will not accept it.\n");
  const Value* refs = page.node(page.outer()).props.Get("references");
  ASSERT_NE(refs, nullptr);
  ASSERT_EQ(refs->as_array().size(), 1u);
  EXPECT_EQ(refs->as_array()[0].GetString("number"), "2180");
  EXPECT_EQ(StanceQuoting(page, "accepted here as a whole").whole, "list");
  Stance dropped = StanceQuoting(page, "shall not pursue");
  EXPECT_EQ(dropped.stance, "drops");
  EXPECT_EQ(dropped.ordinals, Ids{"4"});
  Stance refused = StanceQuoting(page, "will not accept it");
  EXPECT_EQ(refused.stance, "rejects");
  EXPECT_EQ(refused.ordinals, Ids{"2"});
}

// Zhou Enlai on the terms of reference, paragraph by paragraph: "paragraph
// 8 of the terms of reference" is the agreement's point, no cited text's;
// "must be lengthened by the days lost through no fault of ours" amends
// (no agent after "by", and "no fault" negates nothing); "go on
// demanding" and "will not give way" insist; "no complaint to make"
// accepts; "is the right step" accepts.
TEST(RepliesTest, PositionsOnTheParagraphsOfTheTermsOfReference) {
  Page page(Reply(
      "Under paragraph 8 of the terms of reference of 8 June the "
      "explanations were to end on 23 December. We hold that the ninety-day "
      "period of paragraph 8 must be lengthened by the days lost through no "
      "fault of ours.\n\nWe shall demand, and go on demanding, that the "
      "Commission enforce paragraph 3 to the letter.\n\nWe have no complaint "
      "to make of the arrangement in paragraph 2.\n\nOn paragraph 11 we will "
      "not give way.\n\nThe move to Panmunjom, which the first point of the "
      "reply proposes, is the right step."));
  Stance eighth = StanceQuoting(page, "must be lengthened");
  EXPECT_EQ(eighth.stance, "amends");
  EXPECT_EQ(eighth.ordinals, Ids{"8"});
  EXPECT_EQ(StanceQuoting(page, "go on demanding").stance, "insists");
  EXPECT_EQ(StanceQuoting(page, "no complaint").stance, "accepts");
  EXPECT_EQ(StanceQuoting(page, "not give way").stance, "insists");
  Stance first = StanceQuoting(page, "right step");
  EXPECT_EQ(first.stance, "accepts");
  EXPECT_EQ(first.ordinals, Ids{"1"});
}

// A second position joined by "and" may open on a verb that asks for it:
// the points after it take the position asked for.
TEST(RepliesTest, ASecondPositionMayOpenOnAVerbThatAsksForIt) {
  Page page(
      Reply("We accept points 2 and 3 as they stand and propose that points "
            "1 and 4 be amended."));
  EXPECT_EQ(StanceQuoting(page, "accept points 2").stance, "accepts");
  EXPECT_EQ(StanceQuoting(page, "accept points 2").ordinals, (Ids{"2", "3"}));
  EXPECT_EQ(StanceQuoting(page, "propose that").stance, "amends");
  EXPECT_EQ(StanceQuoting(page, "propose that").ordinals, (Ids{"1", "4"}));
}

// The other side named before "that" is spoken to, not the subject of the
// position after it.
TEST(RepliesTest, TheOtherSideToldThatWeAcceptDoesNotHoldThePosition) {
  Page page(Reply("I told the Communists that we accept point 2."));
  Stance s = StanceQuoting(page, "point 2");
  EXPECT_EQ(s.stance, "accepts");
  EXPECT_EQ(s.ordinals, Ids{"2"});
}

// A point the condition names is what the condition asks for, not what
// the position is on.
TEST(RepliesTest, APointTheConditionNamesIsNotWhatThePositionIsOn) {
  Page page(
      Reply("As regards point 5, we are prepared to accept it, but only if "
            "the Americans accept the time limit of point 1."));
  Stance s = StanceQuoting(page, "point 5");
  EXPECT_EQ(s.stance, "conditional");
  EXPECT_EQ(s.ordinals, Ids{"5"});
}

// "The first of these proposals" names the first point, not the list.
TEST(RepliesTest, TheFirstOfTheseProposalsIsTheFirstPoint) {
  Page page(Reply("We agree with the first of these proposals."));
  Stance s = StanceQuoting(page, "first of these");
  EXPECT_EQ(s.ordinals, Ids{"1"});
  EXPECT_TRUE(s.whole.empty());
}

// A point word in apposition after a name ("Colson's reply, the second
// point") is what the words with the name are, not one of his points.
TEST(RepliesTest, APointInAppositionAfterANameIsNotHis) {
  Page page(
      Reply("The publication of Colson's reply, the second point, is "
            "useful, but we would change the way it is done."));
  Stance s = StanceQuoting(page, "second point");
  EXPECT_EQ(s.stance, "amends");
  EXPECT_EQ(s.ordinals, Ids{"2"});
  EXPECT_TRUE(s.points_of.empty());
}

// A point accepted, then a condition set on it in the next sentence, is
// accepted on that condition; a sentence opening on a new case ("Should the
// Americans ...") sets none on the first.
TEST(RepliesTest, AnAcceptanceAndTheConditionAfterItAreConditional) {
  // Each paragraph answers the point of its number ("Paras ... are
  // numbered as in your msg").
  auto answer = [](std::string_view third) {
    return Reply("Paras below are numbered as in your msg.\n\n3. " +
                 std::string(third));
  };
  Page page(answer(
      "The transfer is approved. It may go ahead, provided that the date "
      "suits both sides."));
  std::vector<Stance> stances = StancesOf(page, page.outer());
  ASSERT_EQ(stances.size(), 2u);
  for (const Stance& s : stances) {
    EXPECT_EQ(s.stance, "conditional") << s.quote;
    EXPECT_EQ(s.ordinals, Ids{"3"}) << s.quote;
  }

  for (std::string_view new_case :
       {"The transfer is approved. Should the Americans hold to their own "
        "sentence, you may agree to it, provided that the total stays.",
        "The transfer is approved. We consider it right to try for our own "
        "text; but if the Americans refuse, theirs should be accepted, "
        "provided that the total stays."}) {
    Page other(answer(new_case));
    EXPECT_EQ(StanceQuoting(other, "transfer is approved").stance, "accepts")
        << new_case;
  }
}

// A stand to be held "without any softening" is insisted on; "I recommend
// one change" amends.
TEST(RepliesTest, HeldWithoutSofteningInsistsOneChangeAmends) {
  Page page(
      Reply("The stand in your point 3 must be held without any softening. "
            "On point 4 I recommend one change: that the zone be measured "
            "from the line as plotted."));
  EXPECT_EQ(StanceQuoting(page, "point 3").stance, "insists");
  EXPECT_EQ(StanceQuoting(page, "point 4").stance, "amends");
}

// A draft's articles are points ("the first and the second articles");
// advice that one "should not be put forward at all" refuses it.
TEST(RepliesTest, ArticlesArePointsNotToBePutForwardRefuses) {
  Page page(
      Reply("We have no objections to the first and the second articles. "
            "The seventh article should not be put forward at all."));
  EXPECT_EQ(StanceQuoting(page, "first and the second").ordinals,
            (Ids{"1", "2"}));
  EXPECT_EQ(StanceQuoting(page, "seventh article").stance, "rejects");
  EXPECT_EQ(StanceQuoting(page, "seventh article").ordinals, Ids{"7"});
}

// "There is no need to object to" a point accepts it ("возражать не
// нужно" too); a point that "must be pressed" is insisted on.
TEST(RepliesTest, NoNeedToObjectAcceptsMustBePressedInsists) {
  Page page(
      Reply("There is no need to object to the first point. The fifth point "
            "must be pressed without letup."));
  EXPECT_EQ(StanceQuoting(page, "first point").stance, "accepts");
  EXPECT_EQ(StanceQuoting(page, "fifth point").stance, "insists");
  Page russian(
      Reply("Против первого пункта возражать не нужно.\n\nWe have no "
            "objection to the first point."));
  EXPECT_EQ(StanceQuoting(russian, "Против").stance, "accepts");
  EXPECT_EQ(StanceQuoting(russian, "Против").ordinals, Ids{"1"});
}

// "para a of your msg" names point a; "You may make the request proposed
// in para b, ... but only after ..." accepts it on that condition.
TEST(RepliesTest, ParaAOfYourMessageAndARequestYouMayMake) {
  Page page(
      Reply("Course of action in para a of your msg is approved. You may "
            "make the request proposed in para b, but only after the "
            "evidence has been cleared here."));
  EXPECT_EQ(StanceQuoting(page, "para a").ordinals, Ids{"a"});
  Stance b = StanceQuoting(page, "para b");
  EXPECT_EQ(b.stance, "conditional");
  EXPECT_EQ(b.ordinals, Ids{"b"});
}

}  // namespace parley::importers::test_data
