// The delegation stage (importers/delegation.cc): the delegation a document
// proposes, with its size, head, members (named or not) and their roles.
// Pages go through ImportPage, as a user's import does.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/importers/page_fixture.h"

namespace parley::importers::test_data {
namespace {

TEST(DelegationTest, DelegationHeadMembersSizeAndUnnamedMember) {
  Page page(kKimLetter);
  std::string delegation = page.outer() + "/delegation";
  const Node& d = page.node(delegation);
  ASSERT_NE(d.props.Get("size"), nullptr);
  EXPECT_EQ(d.props.Get("size")->as_int(), 4);
  EXPECT_EQ(page.sources(delegation, EdgeKind::kHeads), Ids{"person:nam-il"});
  EXPECT_EQ(page.sources(delegation, EdgeKind::kMemberOf),
            (Ids{"org:chinese-peoples-volunteers", "person:li-hak-gu",
                 "person:nam-il", "person:pak-dong-cho"}));
  EXPECT_EQ(page.sources(delegation, EdgeKind::kProposes),
            Ids{"person:kim-il-sung"});
  // "one representative from the Chinese volunteers": tied to its
  // organisation, not made up as a person.
  const Edge* unnamed = page.edge("org:chinese-peoples-volunteers",
                                  EdgeKind::kMemberOf, delegation);
  ASSERT_NE(unnamed, nullptr);
  EXPECT_TRUE(unnamed->props.Get("unnamed")->as_bool());
  EXPECT_EQ(unnamed->props.Get("count")->as_int(), 1);
  EXPECT_EQ(unnamed->props.GetString("role"), "representative");
}

TEST(DelegationTest, RoleFromTheDelegationList) {
  Page page(kKimLetter);
  const Edge* nam = page.edge("person:nam-il", EdgeKind::kHoldsRole,
                              "org:korean-peoples-army");
  ASSERT_NE(nam, nullptr);
  EXPECT_EQ(nam->props.GetString("role"), "chief of general staff");
  EXPECT_EQ(nam->props.Get("role_text")->GetString("ru"),
            "начальник генерального штаба");
  // Pak Dong Cho's ministry is his government's (the DPRK's), not any
  // ministry of foreign affairs.
  const Edge* pak = page.edge("person:pak-dong-cho", EdgeKind::kHoldsRole,
                              "org:dprk-ministry-of-foreign-affairs");
  ASSERT_NE(pak, nullptr);
  EXPECT_EQ(pak->props.GetString("role"), "deputy minister of foreign affairs");
  const Edge* member = page.edge("person:li-hak-gu", EdgeKind::kMemberOf,
                                 page.outer() + "/delegation");
  ASSERT_NE(member, nullptr);
  EXPECT_EQ(member->props.GetString("role"), "division commander");
}

// "Our side will send two representatives to the talks: ...": the counted
// representatives a side sends are its delegation; "the meeting of
// representatives of both sides" counts none.
TEST(DelegationTest, CountedRepresentativesAreADelegation) {
  auto page_with = [](const char* line) {
    return Page(std::string(R"(October 23, 1953

Telegram, Zhou Enlai to V. M. Molotov

To Comrade Molotov:

)") + line + R"(

Zhou Enlai
)");
  };
  Page page = page_with(
      "1. Our side will send two representatives to the talks: Comrade Ki Sok "
      "Bok for the Korean side and Comrade Huang Hua for the Chinese side.");
  std::string delegation = page.outer() + "/delegation";
  ASSERT_TRUE(page.has(delegation));
  EXPECT_EQ(page.node(delegation).props.Get("size")->as_int(), 2);
  EXPECT_EQ(page.sources(delegation, EdgeKind::kMemberOf),
            (Ids{"person:huang-hua", "person:ki-sok-bok"}));
  Page meeting = page_with(
      "During the meeting of representatives of both sides we propose: "
      "Panmunjom.");
  EXPECT_FALSE(meeting.has(meeting.outer() + "/delegation"));
}

// "The UNC delegation consisted of ... . The Communist delegation consisted
// of ...": the first list ends with its sentence; the members of the other
// delegation are not its members.
TEST(DelegationTest, AListEndsWithItsSentenceBeforeAnotherDelegation) {
  Page page(R"(July 10, 1951

Telegram, Ridgway to the Joint Chiefs of Staff

1. The conference convened at 1100K. The UNC delegation consisted of Vice Adm Joy (senior delegate), Maj Gen Hodes and Rear Adm Burke. The Communist delegation consisted of Lt Gen Nam Il (senior delegate) and Maj Gen Lee Sang Cho.

RIDGWAY
)");
  std::string delegation = page.outer() + "/delegation";
  ASSERT_TRUE(page.has(delegation));
  EXPECT_EQ(page.node(delegation).props.Get("size")->as_int(), 3);
  EXPECT_EQ(page.sources(delegation, EdgeKind::kMemberOf),
            (Ids{"person:arleigh-burke", "person:c-turner-joy",
                 "person:henry-hodes"}));
  EXPECT_EQ(page.sources(delegation, EdgeKind::kHeads),
            Ids{"person:c-turner-joy"});
}

// "Our delegation (senior delegate Nam Il; delegates ...)": the members in
// brackets after the word, its senior delegate its head.
TEST(DelegationTest, TheMembersInBracketsAfterTheWord) {
  Page page(R"(July 16, 1951

Telegram, Li Kenong to Mao Zedong

Chairman Mao:

Our delegation (senior delegate Nam Il; delegates Deng Hua, Xie Fang, Lee Sang Cho and Chang Pyong San) has gone over the enemy's draft.

Li Kenong
)");
  std::string delegation = page.outer() + "/delegation";
  ASSERT_TRUE(page.has(delegation));
  EXPECT_EQ(page.node(delegation).props.Get("size")->as_int(), 5);
  EXPECT_EQ(page.sources(delegation, EdgeKind::kHeads), Ids{"person:nam-il"});
  EXPECT_EQ(page.sources(delegation, EdgeKind::kMemberOf),
            (Ids{"person:chang-pyong-san", "person:deng-hua",
                 "person:lee-sang-cho", "person:nam-il", "person:xie-fang"}));
  // A bracket that is no list of people makes no delegation.
  Page aside(R"(July 16, 1951

Telegram, Li Kenong to Mao Zedong

Chairman Mao:

The delegation (see my telegram of yesterday) has gone over the draft.

Li Kenong
)");
  EXPECT_FALSE(aside.has(aside.outer() + "/delegation"));
  // Nor one whose items name one person between them: he speaks for it.
  Page one_named(R"(July 16, 1951

Telegram, Li Kenong to Mao Zedong

Chairman Mao:

Our delegation (Nam Il, as before) went over the draft.

Li Kenong
)");
  EXPECT_FALSE(one_named.has(one_named.outer() + "/delegation"));
  // Nor does a bracket that names the one who speaks for it; a bracket
  // inside the list does not cut it short.
  Page speaker(R"(July 16, 1951

Telegram, Li Kenong to Mao Zedong

Chairman Mao:

The enemy delegation (Joy) rejected our draft. Our delegation (Nam Il (KPA), Deng Hua and Xie Fang) went over it.

Li Kenong
)");
  std::string ours = speaker.outer() + "/delegation";
  ASSERT_TRUE(speaker.has(ours));
  EXPECT_EQ(speaker.sources(ours, EdgeKind::kMemberOf),
            (Ids{"person:deng-hua", "person:nam-il", "person:xie-fang"}));
}

// "... will be composed as follows:" over one member a line, each with his
// rank as a cable abbreviates it and his service: the members, the senior
// delegate its head, the size counted.
TEST(DelegationTest, OneMemberALineUnderTheSentenceThatListsThem) {
  Page page(
      R"(Foreign Relations of the United States, 1952–1954, Korea, Volume XV, Part 1

Document 130

130. The Commander in Chief, United Nations Command (Clark) to the Joint Chiefs of Staff

Tokyo, May 21, 1952.

CX 68433.

1. Effective 23 May the UNC delegation will be composed as follows:
MGen William K. Harrison, Jr., USA, senior delegate;
RAdm John C. Daniel, USN;
BGen Frank C. McConnell, USA.

2. Request that the announcement be withheld.
)");
  std::string delegation = page.outer() + "/delegation";
  ASSERT_TRUE(page.has(delegation));
  EXPECT_EQ(page.node(delegation).props.Get("size")->as_int(), 3);
  EXPECT_EQ(page.sources(delegation, EdgeKind::kHeads),
            Ids{"person:william-harrison"});
  Ids members = page.sources(delegation, EdgeKind::kMemberOf);
  ASSERT_EQ(members.size(), 3u);
  EXPECT_NE(
      std::find(members.begin(), members.end(), "person:frank-c-mcconnell"),
      members.end())
      << members[0] << " " << members[1] << " " << members[2];
}

// The list may stand apart from its sentence by a blank line; a
// sub-delegation is no delegation, and names none of its members.
TEST(DelegationTest, AListAfterABlankLineAndNoSubDelegation) {
  Page page(R"(October 25, 1951

Telegram, Li Kenong to Mao Zedong

At the opening our side announced the new composition of its delegation. It now consists of three persons:

NAM IL, chief of the General Staff of the Korean People's Army — head of the delegation;
LI SANG CHO, major general of the Korean People's Army;
XIE FANG, chief of staff of the Chinese people's volunteers.

On our side the sub-delegation is made up of LI SANG CHO and XIE FANG, on the enemy side of HODES and BURKE.

Li Kenong
)");
  std::string delegation = page.outer() + "/delegation";
  ASSERT_TRUE(page.has(delegation));
  EXPECT_EQ(page.node(delegation).props.Get("size")->as_int(), 3);
  EXPECT_EQ(page.sources(delegation, EdgeKind::kHeads), Ids{"person:nam-il"});
  EXPECT_EQ(page.sources(delegation, EdgeKind::kMemberOf),
            (Ids{"person:lee-sang-cho", "person:nam-il", "person:xie-fang"}));
}

// A counted delegation whose head the sentence names ("a delegation of five
// persons, with ... NAM IL at its head; the deputy head would be ..."): the
// sentence lists the members it names, and the size is the count.
TEST(DelegationTest, ACountedDelegationWithItsHeadNamedInTheSentence) {
  Page page(R"(July 28, 1953

Ciphered Telegram No. 18573 from Pyongyang, Suzdalev to Cde. Molotov

1. The government of the DPRK intends to send to the political conference a delegation of five persons, with the minister of foreign affairs NAM IL at its head; the deputy head would be General LI SANG CHO.

SUZDALEV
)");
  std::string delegation = page.outer() + "/delegation";
  const Node& d = page.node(delegation);
  ASSERT_NE(d.props.Get("size"), nullptr);
  EXPECT_EQ(d.props.Get("size")->as_int(), 5);
  EXPECT_EQ(page.sources(delegation, EdgeKind::kHeads), Ids{"person:nam-il"});
  EXPECT_EQ(page.sources(delegation, EdgeKind::kMemberOf),
            (Ids{"person:lee-sang-cho", "person:nam-il"}));
}

}  // namespace
}  // namespace parley::importers::test_data
