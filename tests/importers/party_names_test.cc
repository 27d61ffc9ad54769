// The parties stage (importers/party_names.cc): names as printed in the
// title, a signature or an address resolved through the gazetteer to Person
// and Organization nodes, or made unresolved persons; never a form of address,
// a title or a telegram word.
// Pages go through ImportPage, as a user's import does.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "tests/importers/page_fixture.h"

namespace parley::importers::test_data {
namespace {

TEST(PartyNamesTest, TitleNamesTheRelay) {
  for (std::string_view title :
       {"Ciphered Telegram No. 4829, Filippov (Stalin) to Mao Zedong via "
        "Krasovsky",
        "Telegram from Filippov (Stalin) to Mao Zedong, via Krasovsky",
        "Ciphered Telegram No. 4829, Filippov [Stalin] to Krasovsky, for Cde. "
        "Mao Zedong"}) {
    Page page("August 28, 1951\n\n" + std::string(title) +
              "\n\nWe support your line in the talks.\n");
    EXPECT_EQ(page.authors(page.outer()), Ids{"person:joseph-stalin"}) << title;
    EXPECT_EQ(page.targets(page.outer(), EdgeKind::kAddressedTo),
              Ids{"person:mao-zedong"})
        << title;
    EXPECT_EQ(page.targets(page.outer(), EdgeKind::kVia),
              Ids{"person:krasovsky"})
        << title;
  }
}

// "Molotov to Kuznetsov (Beijing), for Mao Zedong": the place after the
// relay is where he is, no origin that cuts the parties off; what comes with
// the telegram ("with message for Mao Zedong") names no party of it.
TEST(PartyNamesTest, APlaceInBracketsAfterTheRelayKeepsTheParties) {
  Page relayed(
      "121. 17 May 1953, ciphered telegram, Molotov to Kuznetsov (Beijing), "
      "for Mao Zedong\n\nWe consider that the new proposal should be "
      "answered point by point.\n");
  EXPECT_EQ(relayed.authors(relayed.outer()), Ids{"person:vyacheslav-molotov"});
  EXPECT_EQ(relayed.targets(relayed.outer(), EdgeKind::kAddressedTo),
            Ids{"person:mao-zedong"});
  EXPECT_EQ(relayed.targets(relayed.outer(), EdgeKind::kVia),
            Ids{"person:vasily-kuznetsov"});
  Page enclosing(
      "117. 24 March 1953, ciphered telegram, Molotov to Kuznetsov (Beijing), "
      "with message for Mao Zedong\n\nVisit Comrade Mao Zedong once more.\n");
  EXPECT_EQ(enclosing.authors(enclosing.outer()),
            Ids{"person:vyacheslav-molotov"});
  EXPECT_EQ(enclosing.targets(enclosing.outer(), EdgeKind::kAddressedTo),
            Ids{"person:vasily-kuznetsov"});
}

TEST(PartyNamesTest, NamesAcrossScripts) {
  Page page(kKimLetter);
  // "HAM ИР" with a Latin H, "НАМ ИР", "NAM IL": one person.
  const Node& nam = page.node("person:nam-il");
  EXPECT_TRUE(HasAlias(nam, "HAM ИР"));
  EXPECT_TRUE(HasAlias(nam, "НАМ ИР"));
  EXPECT_TRUE(HasAlias(nam, "NAM IL"));
  // "ПАК ДЕНЧО" and "PAK DEN CHO" are Pak Dong Cho.
  const Node& pak = page.node("person:pak-dong-cho");
  EXPECT_TRUE(HasAlias(pak, "ПАК ДЕНЧО"));
  EXPECT_TRUE(HasAlias(pak, "PAK DEN CHO"));
  // "ФИЛИППОВА", the codename in the genitive, is Stalin.
  const Node& stalin = page.node("person:joseph-stalin");
  EXPECT_TRUE(HasAlias(stalin, "ФИЛИППОВА"));
  EXPECT_TRUE(stalin.props.Get("codename_seen")->as_bool());
  // "КИМ ИР СЕНА", "КИМ ИР СЕНУ": Kim Il Sung.
  Page reply(kStalinReply);
  const Node& kim = reply.node("person:kim-il-sung");
  EXPECT_TRUE(HasAlias(kim, "КИМ ИР СЕНА"));
  EXPECT_TRUE(HasAlias(kim, "КИМ ИР СЕНУ"));
  EXPECT_EQ(reply.persons(), (Ids{"person:joseph-stalin", "person:kim-il-sung",
                                  "person:krasovsky", "person:mao-zedong"}));
}

TEST(PartyNamesTest, UnknownNameBecomesAnUnresolvedPerson) {
  Page page(kKimLetter);
  // "ЛИ ХАК ГУ" / "LI HAK GU": not in the gazetteer, one person in both
  // languages.
  const Node& li = page.node("person:li-hak-gu");
  EXPECT_EQ(li.label, "Li Hak Gu");
  EXPECT_FALSE(li.props.Get("resolved")->as_bool());
  EXPECT_TRUE(HasAlias(li, "ЛИ ХАК ГУ"));
  std::set<std::string> quotes;
  for (const Evidence& ev : li.evidence) quotes.insert(ev.quote);
  EXPECT_EQ(quotes, (std::set<std::string>{"ЛИ ХАК ГУ", "LI HAK GU"}));
  EXPECT_TRUE(page.has("person:nam-il"));
  EXPECT_TRUE(page.node("person:nam-il").props.Get("resolved")->as_bool());

  Page report(kKravtsovReport);
  EXPECT_EQ(report.authors(report.outer()), Ids{"person:kravtsov"});
  EXPECT_FALSE(report.node("person:kravtsov").props.Get("resolved")->as_bool());
  // After a rank, the name in capitals; the rank is no part of it.
  EXPECT_EQ(report.node("person:dolgopolov").label, "Dolgopolov");
  EXPECT_TRUE(report.has("person:li-tianyou"));
  EXPECT_EQ(report.persons(),
            (Ids{"person:aleksandr-vasilevsky", "person:dolgopolov",
                 "person:joseph-stalin", "person:kravtsov", "person:li-tianyou",
                 "person:sergei-shtemenko"}));
}

// Forms of address, titles, ranks and telegram words are never people, on
// any page.
TEST(PartyNamesTest, NoPersonIsAFormOfAddressTitleOrTelegramWord) {
  std::vector<std::string> pages;
  for (std::string_view text : SyntheticPages()) pages.emplace_back(text);
  for (const fs::path& path : SamplePages()) pages.push_back(ReadFile(path));
  for (const std::string& text : pages) {
    Page page(text);
    for (const std::string& id : page.persons()) {
      const Node& person = page.node(id);
      for (std::string_view word :
           {"Comrade", "Cde", "Telegram", "Series", "General", "Marshal",
            "Chairman", "Secretary"}) {
        EXPECT_EQ(person.label.find(word), std::string::npos)
            << person.label << " on " << page.outer();
      }
      EXPECT_FALSE(RealGazetteer().IsStopWord(person.label)) << person.label;
    }
  }
}

// A FRUS heading names its parties one by one; an office with "(Surname)"
// is that person, one the gazetteer knows is its organisation.
TEST(PartyNamesTest, FrusHeadingPartiesAreAPersonAndAnOffice) {
  Page page(
      R"(Foreign Relations of the United States, 1951, Korea and China, Volume VII, Part 1

Document 450

795.00/7–1851: Telegram

450. The Commander in Chief, Far East (Ridgway) to the Joint Chiefs of Staff

Tokyo, July 18, 1951—2 p.m.

secret

C–66911. The delegations met at Kaesong today and agreed on four items of the agenda.

Previous Next
)");
  EXPECT_EQ(page.authors(page.outer()), Ids{"person:matthew-ridgway"});
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kAddressedTo),
            Ids{"org:joint-chiefs-of-staff"});
  // The office is no part of the person's name.
  EXPECT_EQ(page.node("person:matthew-ridgway").label, "Matthew Ridgway");
}

// A heading that names offices only ("The Acting Secretary of State to the
// Embassy in India"): the name FRUS prints under the text signs it, though
// the gazetteer lacks it.
TEST(PartyNamesTest, TheSignatureUnderAFrusTelegramIsItsAuthor) {
  Page page(
      R"(Foreign Relations of the United States, 1952–1954, Korea, Volume XV, Part 1

Document 331

795.00/11–1952: Telegram

331. The Acting Secretary of State to the Embassy in India

Washington, November 19, 1952—7:46 p.m.

secret

1862. You may tell Nehru that we welcome India's effort to find a way out of the POW impasse.

Merchant

Previous Next
)");
  Ids authors = page.authors(page.outer());
  EXPECT_NE(std::find(authors.begin(), authors.end(), "person:merchant"),
            authors.end())
      << ::testing::PrintToString(authors);
}

// "... (Muccio) to the Secretary of State": an office the layout gives as a
// party is the addressee even when the gazetteer and the cues lack it.
TEST(PartyNamesTest, AnOfficeTheGazetteerLacksIsStillTheAddressee) {
  Page page(
      R"(Foreign Relations of the United States, 1951, Korea and China, Volume VII, Part 1

Document 451

795.00/7–1851: Telegram

451. The Ambassador in Korea (Muccio) to the Secretary of State

Pusan, July 18, 1951—2 p.m.

secret

123. Rhee called me in today. The ROK delegate will not sign an armistice that leaves Chinese troops in Korea.

Muccio

Previous Next
)");
  EXPECT_EQ(page.authors(page.outer()), Ids{"person:muccio"});
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kAddressedTo).size(), 1u);
}

// A FRUS dateline "Munsan-ni, Korea, 18 March 1952—2140K.": the town is the
// origin, the country a place of the page, and the military hour the time
// it was sent.
TEST(PartyNamesTest, ADatelineTownIsTheOriginAndItsCountryAPlace) {
  Page page(R"(Skip to content
Office of the Historian

Historical Documents

Foreign Relations of the United States, 1952–1954, Korea, Volume XV, Part 1

Document 71

FE files, lot 55 D 128: Telegram

71. The Senior Delegate, United Nations Command Delegation (Joy) to the Commander in Chief, United Nations Command (Ridgway)

Munsan-ni, Korea, 18 March 1952—2140K.

secret

HNC 1041. Staff officers met at Pan Mun Jom on item 3 today.

Previous Next
)");
  EXPECT_EQ(page.prop(page.outer(), "origin"), "place:munsan");
  EXPECT_EQ(page.prop(page.outer(), "sent"), "1952-03-18T21:40");
  EXPECT_TRUE(page.has("place:korea"));
  EXPECT_TRUE(page.has("place:panmunjom"));
}

}  // namespace
}  // namespace parley::importers::test_data
