// The body-lines stage (importers/body_lines.cc): what each line of the body
// is (text, stamp, copies, number, routing, signature, elision, editorial
// bracket), and the parties of routing lines.
// Pages go through ImportPage, as a user's import does.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/importers/page_fixture.h"

namespace parley::importers::test_data {
namespace {

TEST(BodyLinesTest, RoutingLineNamesTheRelayApartFromTheAddressee) {
  Page page(kStalinReply);
  const std::string& doc = page.outer();
  EXPECT_EQ(page.authors(doc), Ids{"person:joseph-stalin"});
  EXPECT_EQ(page.targets(doc, EdgeKind::kVia), Ids{"person:krasovsky"});
  EXPECT_EQ(page.targets(doc, EdgeKind::kAddressedTo),
            Ids{"person:mao-zedong"});
  // Both the Russian and the English routing line are evidence of the relay.
  const Edge* via = page.edge(doc, EdgeKind::kVia, "person:krasovsky");
  ASSERT_NE(via, nullptr);
  std::set<std::string> quotes;
  for (const Evidence& ev : via->evidence) quotes.insert(ev.quote);
  EXPECT_EQ(quotes, (std::set<std::string>{"КРАСОВСКОМУ", "KRASOVSKY"}));
  EXPECT_EQ(page.prop(doc, "sent"), "1951-11-19T23:40");
}

TEST(BodyLinesTest, RoutingOnTwoLinesAndAddressWithoutRelay) {
  std::string page_text(kStalinReply);
  auto replace = [&](std::string_view from, std::string_view to) {
    size_t at = page_text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    page_text.replace(at, from.size(), to);
  };
  replace("BEIJING, TO KRASOVSKY. For Comrade MAO ZEDONG.",
          "BEIJING\n\nTO KRASOVSKY\n\nFor transmission to MAO ZEDONG");
  replace("ПЕКИН, КРАСОВСКОМУ. Для товарища МАО ЦЗЭДУНА.", "Тов. МАО ЦЗЭДУНУ.");
  Page page(page_text);
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kVia),
            Ids{"person:krasovsky"});
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kAddressedTo),
            Ids{"person:mao-zedong"});
}

// "To RAZUVAEV" alone names the addressee, not a relay, and the form's
// mark in a column beside it is no part of his name; "Для МАО ЦЗЭДУНА"
// names the one a relay passes the message to.
TEST(BodyLinesTest, ABareToLineAloneNamesTheAddressee) {
  Page alone(R"(November 21, 1951

Ciphered Telegram No. 26044, Gromyko to Razuvaev

To NORTH KOREA
To RAZUVAEV              TOP PRIORITY

Explain the position to Comrade Kim Il Sung.

GROMYKO
)");
  EXPECT_EQ(alone.targets(alone.outer(), EdgeKind::kAddressedTo),
            Ids{"person:vladimir-razuvaev"});
  EXPECT_EQ(alone.targets(alone.outer(), EdgeKind::kVia), Ids{});
  for (const Node& n : alone.fragment().nodes())
    EXPECT_EQ(n.label.find("Priority"), std::string::npos) << n.id;
  Page relayed(R"(November 19, 1951

Ciphered Telegram No. 5000, Filippov [Stalin] to Mao Zedong

ПЕКИН, КРАСОВСКОМУ.

Для МАО ЦЗЭДУНА.

Мы согласны с Вашими предложениями.

ФИЛИППОВ
)");
  EXPECT_EQ(relayed.targets(relayed.outer(), EdgeKind::kVia),
            Ids{"person:krasovsky"});
  EXPECT_EQ(relayed.targets(relayed.outer(), EdgeKind::kAddressedTo),
            Ids{"person:mao-zedong"});
}

// "ФИЛИППОВУ" over "Товарищ ФИЛИППОВ!": the name in the dative addresses
// the telegram; it signs nothing, so Stalin is no author of Mao's.
TEST(BodyLinesTest, ANameOverTheSalutationAddressesTheText) {
  Page page(R"(December 7, 1951

Ciphered Telegram No. 26718, Mao Zedong to Cde. Filippov [Stalin]

ШИФРТЕЛЕГРАММА № 26718

Из ПЕКИНА Получена 03:45 7.12.1951

ФИЛИППОВУ

Товарищ ФИЛИППОВ!

Направляю Вам доклад товарища ЛИ КЕ-НУНА. Прошу сообщить Ваше мнение.

МАО ЦЗЭ-ДУН
)");
  EXPECT_EQ(page.authors(page.outer()), Ids{"person:mao-zedong"});
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kAddressedTo),
            Ids{"person:joseph-stalin"});
}

TEST(BodyLinesTest, StampsElisionsAndEditorialBracketsAreNotText) {
  Page page(kZhouCable);
  // The stamp over three lines is no part of any clause, and its "No. 1187"
  // is no number of the cable.
  for (const std::string& id :
       page.targets(page.outer(), EdgeKind::kHasClause)) {
    const Value* text = page.node(id).props.Get("text");
    ASSERT_NE(text, nullptr);
    EXPECT_EQ(text->GetString("en").find("RETURNED"), std::string::npos);
  }
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kHasClause).size(), 3u);
  Ids numbers = Numbers(page.node(page.outer()));
  EXPECT_EQ(std::find(numbers.begin(), numbers.end(), "1187"), numbers.end());
  // "Panmunjom [Kaesong]": both places, the bracket read as a place.
  std::string clause = page.clause(page.outer(), "1");
  Ids places = page.targets(clause, EdgeKind::kConcerns);
  EXPECT_EQ(places, (Ids{"place:kaesong", "place:panmunjom"}));
  // "[…]" before the signature: Zhou Enlai still signs the cable.
  EXPECT_EQ(page.authors(page.outer()), Ids{"person:zhou-enlai"});
  // "FILIPPOV [Stalin]": the codename and the editor's name are one person.
  const Node& stalin = page.node("person:joseph-stalin");
  EXPECT_TRUE(HasAlias(stalin, "Filippov"));
}

TEST(BodyLinesTest, UndatedRecordAndASignatureAfterTheGreeting) {
  Page page(R"(July 1951

Letter from Kim Il Sung to Stalin

Dear Comrade Stalin!

Our delegation will consist of NAM IL (head of the delegation), LEE SANG CHO and DENG HUA.

With communist greetings, KIM IL SUNG
)");
  EXPECT_EQ(page.outer(), "doc:letter-1951-07-kim-il-sung");
  EXPECT_EQ(page.prop(page.outer(), "date"), "1951-07");
  const Edge* signed_by =
      page.edge("person:kim-il-sung", EdgeKind::kAuthored, page.outer());
  ASSERT_NE(signed_by, nullptr);
  EXPECT_EQ(signed_by->evidence.back().quote, "KIM IL SUNG");
  // No size is given: the members are counted.
  std::string delegation = page.outer() + "/delegation";
  EXPECT_EQ(page.node(delegation).props.Get("size")->as_int(), 3);
  EXPECT_EQ(page.sources(delegation, EdgeKind::kHeads), Ids{"person:nam-il"});
  EXPECT_EQ(page.sources(delegation, EdgeKind::kMemberOf),
            (Ids{"person:deng-hua", "person:lee-sang-cho", "person:nam-il"}));
}

// A quoted report signed with a day written out ("Li Kenong. 30 March.")
// is his document; the cable's own number under its signature is written
// "Nº 1103", the sender's, and the report's writers "answered with the
// following" points of their own.
TEST(BodyLinesTest, ASignatureWithADayInWordsAndAnOutgoingNumberSign) {
  Page page(R"(March 31, 1952

Cable No. 17904, Mao Zedong to Cde. Filippov [Stalin]

CABLE Nº 17904

to Cde. FILIPPOV

I send you the report of Cde. LI KENONG of 30 March.

"To Cde. MAO ZEDONG.

The enemy's staff officers declared that their side is ready for the following:

1. Each side designates six ports of entry.

2. The number of military personnel rotated is not to exceed 35,000 men a month.

Our staff officers answered with the following:

a) five ports of entry on each side;

b) rotation up to 25,000 men a month.

Li Kenong. 30 March."

I ask you to let me know your opinion.

MAO ZEDONG

Nº 1103
31.III.52
)");
  const std::string& doc = page.outer();
  EXPECT_EQ(page.prop(doc, "number"), "17904");
  EXPECT_EQ(page.prop(doc, "outgoing_number"), "1103");
  std::string report = page.embedded(doc);
  ASSERT_FALSE(report.empty());
  EXPECT_EQ(page.authors(report), Ids{"person:li-kenong"});
  EXPECT_EQ(page.prop(report, "date"), "1952-03-30");
  Ids clauses = page.targets(report, EdgeKind::kHasClause);
  EXPECT_EQ(clauses.size(), 4u);
  EXPECT_EQ(page.clause_topics(page.clause(report, "2")),
            Ids{"movement_restriction"});
}

// A message the writer quotes, addressed on one "To" line to two
// commanders with their offices and signed with his name and titles ("M. B.
// Ridgway, General, United States Army, Commander in Chief, ..."): a
// document of its own, from him to them.
TEST(BodyLinesTest, ASignatureWithTitlesAndAToLineOfTwoAddressees) {
  Page page(R"(August 5, 1951

Telegram, Ridgway to the Joint Chiefs of Staff

I have directed that the following message be broadcast today:

"To General Kim Il Sung, Supreme Commander of the Korean People's Army, and General Peng Teh-huai, Commander of the Chinese People's Volunteers:

The United Nations Command delegation will not return to Kaesong until I have received from you:

(a) a satisfactory explanation of this violation;

(b) your assurance that violations of the neutrality of the conference zone will not recur.

M. B. Ridgway, General, United States Army, Commander in Chief, United Nations Command."

Will report reply on receipt.

RIDGWAY
)");
  std::string message = page.embedded(page.outer());
  EXPECT_EQ(page.authors(message), Ids{"person:matthew-ridgway"});
  EXPECT_EQ(page.targets(message, EdgeKind::kAddressedTo),
            (Ids{"person:kim-il-sung", "person:peng-dehuai"}));
}

// "Transmitted at the request of Comrade KIM IL SUNG." over "RAZUVAEV": the
// ambassador passed the telegram on; Kim Il Sung signed it.
TEST(BodyLinesTest, ASignatureUnderATransmittalNoteIsTheRelays) {
  Page page(
      R"(104. 23 January 1952, ciphered telegram, Kim Il Sung to Filippov (Stalin)

CIPHERED TELEGRAM No. 600392

To Comrade FILIPPOV

Dear Comrade FILIPPOV!

I would ask you to give us your advice on how the negotiations should be conducted further.

With deep respect,
KIM IL SUNG

Transmitted at the request of Comrade KIM IL SUNG.
RAZUVAEV

[Source: APRF, Fond 45, Opis 1, Delo 343, Listy 22-24]
)");
  EXPECT_EQ(page.authors(page.outer()), Ids{"person:kim-il-sung"});
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kVia),
            Ids{"person:vladimir-razuvaev"});
}

}  // namespace
}  // namespace parley::importers::test_data
