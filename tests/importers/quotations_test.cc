// The quotations stage (importers/quotations.cc): quoted regions in every
// kind of mark, nested, closed or not, and the document each one is, with its
// author and date from its signature or the line that introduces it.
// Pages go through ImportPage, as a user's import does.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "tests/importers/page_fixture.h"

namespace parley::importers::test_data {
namespace {

TEST(QuotationsTest, MessageForwardingAMessageForwardingAMessage) {
  Page page(kRoshchinCable);
  const std::string& cable = page.outer();
  EXPECT_EQ(page.authors(cable), Ids{"person:nikolai-roshchin"});
  EXPECT_EQ(page.targets(cable, EdgeKind::kAddressedTo),
            Ids{"person:andrey-vyshinsky"});
  EXPECT_EQ(page.prop(cable, "received"), "1951-10-19T11:35");

  std::string letter = page.embedded(cable);
  EXPECT_EQ(page.prop(letter, "doc_type"), "letter");
  EXPECT_EQ(page.authors(letter), Ids{"person:zhou-enlai"});
  EXPECT_EQ(page.targets(letter, EdgeKind::kAddressedTo),
            Ids{"person:nikolai-roshchin"});

  std::string mao = page.embedded(letter);
  EXPECT_EQ(page.authors(mao), Ids{"person:mao-zedong"});
  EXPECT_EQ(page.targets(mao, EdgeKind::kAddressedTo),
            Ids{"person:joseph-stalin"});
  EXPECT_EQ(page.prop(mao, "date"), "1951-10-18");

  std::string kim = page.embedded(mao);
  EXPECT_EQ(page.authors(kim), Ids{"person:kim-il-sung"});
  EXPECT_EQ(page.targets(kim, EdgeKind::kAddressedTo),
            Ids{"person:mao-zedong"});
  EXPECT_EQ(page.prop(kim, "date"), "1951-10-17");
  EXPECT_EQ(page.targets(kim, EdgeKind::kEmbeds), Ids{});
  // Kim Il Sung's points are in his message only (who proposes them:
  // ClausesTest.TheWritersProposeWhatTheyPutForward).
  EXPECT_EQ(page.targets(kim, EdgeKind::kHasClause).size(), 2u);
  EXPECT_EQ(page.targets(mao, EdgeKind::kHasClause), Ids{});
}

// The same chain with the inner quotations never closed: each ends at its
// signature, and the outer closing mark ends them all.
// A report that gives "Text of the UNC proposal:", unsigned and undated,
// gives its own account of what was tabled: the points are the report's,
// put forward by the one a sentence above has table them (past an aside
// "as authorized by ...," with a footnote's number on its comma); the text
// of an agreement ratified has no proposer; "Text of the telegram:" still
// quotes a document.
TEST(QuotationsTest, TheTextOfAProposalOrAnAgreementIsTheReportsAccount) {
  auto report = [](const char* part1, const char* heading) {
    return std::string(
               R"(Foreign Relations of the United States, 1951, Korea and China, Volume VII, Part 1

Document 726

726. The Commander in Chief, United Nations Command (Ridgway) to the Joint Chiefs of Staff

Tokyo, November 17, 1951—10:12 p.m.

HNC-519. This msg in three parts.

Part 1. )") +
           part1 + R"(

Part 2. )" +
           heading + R"(

"a. The line of contact will be the military demarcation line.

"b. Each side will withdraw its forces 2 kilometers from that line."

Part 3. Comment: UNC del believes the Communists will accept.
)";
  };
  Page proposal(
      report("At 1100K Hodes, as authorized by your msg of 13 Nov,2 "
             "tabled the proposal in part 2. Lee Sang Cho asked "
             "for a recess to study the proposal.",
             "Text of the UNC proposal:"));
  EXPECT_TRUE(proposal.targets(proposal.outer(), EdgeKind::kEmbeds).empty());
  for (const char* point : {"a", "b"}) {
    EXPECT_EQ(proposal.sources(proposal.clause(proposal.outer(), point),
                               EdgeKind::kProposes),
              Ids{"person:henry-hodes"})
        << point;
  }
  Page agreement(report("The delegations ratified the agreement on item 2.",
                        "Text of the agreement on item 2 as ratified reads:"));
  EXPECT_TRUE(agreement.targets(agreement.outer(), EdgeKind::kEmbeds).empty());
  EXPECT_EQ(agreement.sources(agreement.clause(agreement.outer(), "a"),
                              EdgeKind::kProposes),
            Ids{});
  Page telegram(
      report("Nam Il handed over a telegram.", "Text of the telegram:"));
  EXPECT_EQ(telegram.targets(telegram.outer(), EdgeKind::kEmbeds).size(), 1u);
}

// A quoted letter whose every paragraph opens with the mark, the first its
// address ending in a colon, ends where its last paragraph closes: the
// lettered instructions after it are the cable's own.
TEST(QuotationsTest, AQuotedLettersAddressLineDoesNotNestItsParagraphs) {
  Page page(
      R"(Foreign Relations of the United States, 1951, Korea and China, Volume VII, Part 1

Document 943

943. The Commander in Chief, United Nations Command (Ridgway) to the Joint Chiefs of Staff

Tokyo, September 21, 1951—6 p.m.

C-51315. This msg in 3 parts.

Part 2. The fol reply will be handed to the Communist liaison officers:

“General Kim Il Sung, General Peng Teh-huai:

“Your message of 19 Sept 1951 has been received and noted.

“I accept your second proposal. My liaison officers will be at the bridge at Pan Mun Jom on 24 Sept.”

Part 3. My liaison officers will be instructed as fols:

a. To propose that the conference be moved to a new site.

b. Not to discuss the substance of agenda Item 2 in any form.
)");
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kEmbeds).size(), 1u);
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kHasClause).size(), 2u);
}

// "FROM THE DIARY OF A.A. GROMYKO": the diary's keeper wrote the record and
// speaks its points, though another took the notes.
TEST(QuotationsTest, ARecordFromADiaryIsItsKeepers) {
  Page page(R"(June 27, 1951

Record of Conversation between A. A. Gromyko and US Ambassador Kirk

FROM THE DIARY OF A.A. GROMYKO

RECORD OF CONVERSATION with the US Ambassador to the USSR KIRK

I received KIRK at his request. I answered that the statement of Y.A. MALIK gives the view of the Soviet government, and set it out as follows:

1. The armistice is concluded by the representatives of the commands of both sides.

2. The armistice provides for a ceasefire.

A. GROMYKO

Recorded by S. Tsarapkin
)");
  EXPECT_EQ(page.authors(page.outer()), Ids{"person:andrei-gromyko"});
  EXPECT_EQ(page.sources(page.clause(page.outer(), "1"), EdgeKind::kProposes),
            Ids{"person:andrei-gromyko"});
}

// A record of conversation numbers what its visitor set out: the one the
// record has speaking ("Zhou Enlai said that ..."), in the paragraph that
// leads into the points or the one before it, puts them forward, also when
// he speaks for a side ("the Chinese side proposes"); not the writer, who
// speaks as "I".
TEST(QuotationsTest, AVisitorsPointsInARecordOfConversationAreHis) {
  const std::string head = R"(August 22, 1952

Record of Conversation between A.Ya. Vyshinsky and Zhou Enlai

FROM THE DIARY OF A.YA. VYSHINSKY

I received Zhou Enlai at his request. Present was the interpreter Shi Zhe.

)";
  const std::string points = R"(

1. To go on insisting on the return of all prisoners of war.

2. To propose an immediate ceasefire.

A. VYSHINSKY
)";
  Page before(
      head +
      R"(Zhou Enlai said that on the instructions of Chairman Mao Zedong he wished to set out to me the considerations of the Chinese government. These considerations have been agreed with Comrade Kim Il Sung.

They come down to the following:)" +
      points);
  EXPECT_EQ(before.authors(before.outer()), Ids{"person:andrey-vyshinsky"});
  EXPECT_EQ(
      before.sources(before.clause(before.outer(), "1"), EdgeKind::kProposes),
      Ids{"person:zhou-enlai"});
  Page side(
      head +
      R"(Zhou Enlai said that Chairman Mao Zedong agrees with these considerations. In accordance with them the Chinese side proposes the following steps:)" +
      points);
  EXPECT_EQ(side.sources(side.clause(side.outer(), "2"), EdgeKind::kProposes),
            Ids{"person:zhou-enlai"});
  Page mine(head +
            R"(Zhou Enlai said that the Chinese government awaits our view.

I answered that the Soviet government holds the following view:)" +
            points);
  EXPECT_EQ(mine.sources(mine.clause(mine.outer(), "1"), EdgeKind::kProposes),
            Ids{"person:andrey-vyshinsky"});
}

// "Following msg was broadcast ... to Kim Il Sung and Peng Teh-huai:": a
// message the writer's telegram says was sent, naming no sender, is the
// writer's own.
TEST(QuotationsTest, AMessageSaidToHaveBeenSentIsTheWriters) {
  Page page(R"(September 27, 1951

Telegram No. 52307, Ridgway to the Joint Chiefs of Staff

C-52307. Following msg was broadcast at 1100K today to Kim Il Sung and Peng Teh-huai:

"To General Kim Il Sung and General Peng Teh-huai.

So that the delegations may meet again, I propose:

1. That the delegations resume their meetings at Songhyon-ni.

2. That a circular area round the site be a neutral zone."

RIDGWAY
)");
  std::string message = page.embedded(page.outer());
  ASSERT_FALSE(message.empty());
  EXPECT_EQ(page.authors(message), Ids{"person:matthew-ridgway"});
  EXPECT_EQ(page.sources(page.clause(message, "1"), EdgeKind::kProposes),
            Ids{"person:matthew-ridgway"});
}

// "The first is from Cde. LI KENONG, of 28 January:": the line introduces
// the quoted message, whose writer's day it gives.
TEST(QuotationsTest, AMessageFromAWriterOfADay) {
  Page page(R"(January 29, 1952

Ciphered Telegram No. 15918, Mao Zedong to Filippov [Stalin]

Comrade Filippov!

Yesterday a telegram reached me about the supervision of the armistice.

The first is from Cde. LI KENONG, of 28 January:

"To Cde. MAO ZEDONG.

The enemy's representative handed over a revised draft on supervision.

LI KENONG"

MAO ZEDONG
)");
  std::string report = page.embedded(page.outer());
  EXPECT_EQ(page.prop(report, "date"), "1952-01-28");
  EXPECT_EQ(page.authors(report), Ids{"person:li-kenong"});
}

TEST(QuotationsTest, UnclosedQuotationsEndAtTheirSignature) {
  std::string text(kRoshchinCable);
  for (std::string_view close :
       {"Kim Il Sung 17.10.1951\"", "Mao Zedong 18.10.1951”"}) {
    size_t at = text.find(close);
    ASSERT_NE(at, std::string::npos);
    text.erase(at + close.size() - (close.back() == '"' ? 1 : 3),
               close.back() == '"' ? 1 : 3);
  }
  Page page(text);
  std::string letter = page.embedded(page.outer());
  std::string mao = page.embedded(letter);
  std::string kim = page.embedded(mao);
  EXPECT_EQ(page.authors(letter), Ids{"person:zhou-enlai"});
  EXPECT_EQ(page.authors(mao), Ids{"person:mao-zedong"});
  EXPECT_EQ(page.authors(kim), Ids{"person:kim-il-sung"});
  EXPECT_EQ(page.targets(kim, EdgeKind::kHasClause).size(), 2u);
}

// Straight quotes at every level, and no signatures: the introductions name
// the authors ("the telegram ... from Comrade Kim Il Sung").
TEST(QuotationsTest, StraightQuotesAndAuthorsFromTheIntroduction) {
  std::string text(kRoshchinCable);
  for (std::string_view from : {"«", "»", "“", "”"}) {
    for (size_t at = text.find(from); at != std::string::npos;
         at = text.find(from)) {
      text.replace(at, from.size(), "\"");
    }
  }
  for (std::string_view signature :
       {"Kim Il Sung 17.10.1951", "Mao Zedong 18.10.1951",
        "With greetings,\nZhou Enlai"}) {
    size_t at = text.find(signature);
    ASSERT_NE(at, std::string::npos);
    text.erase(at, signature.size());
  }
  Page page(text);
  std::string letter = page.embedded(page.outer());
  std::string mao = page.embedded(letter);
  std::string kim = page.embedded(mao);
  EXPECT_EQ(page.authors(page.outer()), Ids{"person:nikolai-roshchin"});
  EXPECT_EQ(page.authors(letter), Ids{"person:zhou-enlai"});
  EXPECT_EQ(page.authors(mao), Ids{"person:mao-zedong"});
  EXPECT_EQ(page.authors(kim), Ids{"person:kim-il-sung"});
}

// A draft in single quotation marks inside the double-quoted telegram is a
// document of its own, signed where the single mark closes; an apostrophe
// ("Korea's", "'51") opens and closes nothing.
// An answer quoted to be sent under two signatures, each name under its
// signer's office: both sign it, and the text above them does not.
TEST(QuotationsTest, SignersUnderTheirOfficesAllSignTheQuotation) {
  Page page(R"(July 1, 1951

Ciphered Telegram No. 3920, Filippov [Stalin] to Mao Zedong

Send Ridgway an answer as follows:

'To General Ridgway.

We agree to a meeting of our representatives in the Kaesong area.

Commander of the Korean People's Army

KIM IL SUNG

Commander of the Chinese People's Volunteers

PENG DEHUAI'

FILIPPOV
)");
  Ids signers = page.authors(page.embedded(page.outer()));
  std::sort(signers.begin(), signers.end());
  EXPECT_EQ(signers, (Ids{"person:kim-il-sung", "person:peng-dehuai"}));
}

TEST(QuotationsTest, SingleMarksQuoteInsideDoubleOnes) {
  Page page(R"(June 30, 1951

Ciphered Telegram No. 3917, Filippov [Stalin] to Mao Zedong

"Comrade Mao Zedong!

In our view Ridgway must be answered at once. Korea's answer of '51 must be firm.

Send Ridgway an answer roughly as follows:

'Your statement about an armistice has been received. We agree to a meeting of our representatives with yours.

KIM IL SUNG'

FILIPPOV"
)");
  // The double quotes hold the telegram's own text; the draft is the one
  // document quoted in it.
  std::string draft = page.embedded(page.outer());
  EXPECT_EQ(page.authors(page.outer()), Ids{"person:joseph-stalin"});
  EXPECT_EQ(page.authors(draft), Ids{"person:kim-il-sung"});
  EXPECT_EQ(page.targets(draft, EdgeKind::kEmbeds), Ids{});
}

TEST(QuotationsTest, RussianOriginalAndTranslationOfAForwardedMessage) {
  Page page(kMaoForward);
  EXPECT_EQ(page.prop(page.outer(), "received"), "1951-07-13T04:15");
  EXPECT_EQ(page.prop(page.outer(), "origin"), "place:beijing");
  EXPECT_EQ(page.authors(page.outer()), Ids{"person:mao-zedong"});
  // One quoted message in two languages.
  std::string kim = page.embedded(page.outer());
  EXPECT_EQ(page.authors(kim), Ids{"person:kim-il-sung"});
  EXPECT_EQ(page.targets(kim, EdgeKind::kAddressedTo),
            Ids{"person:mao-zedong"});
  EXPECT_EQ(page.prop(kim, "date"), "1951-07-12");
  const Value* langs = page.node(kim).props.Get("languages");
  ASSERT_NE(langs, nullptr);
  EXPECT_EQ(langs->as_array().size(), 2u);
  ASSERT_EQ(page.targets(kim, EdgeKind::kHasClause).size(), 2u);
  std::string zone = page.clause(kim, "2");
  EXPECT_EQ(page.clause_topics(zone), Ids{"buffer_zone"});
  std::vector<Term> distances = TermList(page.terms(zone), "distances");
  ASSERT_EQ(distances.size(), 1u);
  EXPECT_EQ(distances[0].min, 20);
  EXPECT_EQ(page.targets(page.clause(kim, "1"), EdgeKind::kConcerns),
            Ids{"place:38th-parallel"});
}

TEST(QuotationsTest, DateWithoutYearTakesThePagesYear) {
  std::string text = R"(June 30, 1951

Ciphered Telegram No. 21336 from Beijing, Mao Zedong to Cde. Filippov [Stalin]

To Comrade FILIPPOV [Stalin]

A telegram from Comrade Kim Il Sung.

“Comrade Mao Zedong!

What reply should we make if Ridgway asks for talks?

Kim Il Sung 29.6”

Mao Zedong

No. 3261

30.6
)";
  Page page(text);
  std::string message = page.embedded(page.outer());
  EXPECT_EQ(page.prop(message, "date"), "1951-06-29");
  EXPECT_EQ(page.authors(message), Ids{"person:kim-il-sung"});
  EXPECT_EQ(page.prop(page.outer(), "outgoing_number"), "3261");
}

// The date the introduction gives the quoted telegram, after "of", "от",
// "dated" or "sent me on"; a date the introduction gives something else
// ("the proposal put forward on April 26") is not the quotation's.
TEST(QuotationsTest, TheIntroductionDatesWhatItQuotes) {
  for (const auto& [intro, date] :
       std::vector<std::pair<std::string, std::string>>{
           {"I send you the text of a telegram that Cde. PENG DEHUAI sent me "
            "on 3 October:",
            "1951-10-03"},
           {"Направляю Вам телеграмму тов. ПЭН ДЭ-ХУАЯ от 3 октября:",
            "1951-10-03"},
           {"Peng Dehuai, who had put forward a proposal on 2 October, now "
            "writes:",
            "1951-10-04"},
           {"The talks met for the first time since the recess of 2 October. "
            "I send you the text of a telegram from Cde. PENG DEHUAI:",
            "1951-10-04"}}) {
    Page page(R"(October 4, 1951

Ciphered Telegram No. 24556, Mao Zedong to Cde. Filippov [Stalin]

To Comrade FILIPPOV [Stalin]

)" + intro + R"(

"To Cde. MAO ZEDONG.

The talks are to resume at Panmunjom.

PENG DEHUAI"

MAO ZEDONG
)");
    std::string message = page.embedded(page.outer());
    EXPECT_EQ(page.prop(message, "date"), date) << intro;
  }
}

// A quotation is an agreement when its first words say so, not when its
// first line speaks of the armistice agreement.
TEST(QuotationsTest, AQuotedProposalMentioningTheAgreementIsNoAgreement) {
  for (const auto& [first, type] :
       std::vector<std::pair<std::string, std::string>>{
           {"Within two months after the armistice agreement has become "
            "effective, each side shall repatriate all prisoners of war.",
            "message"},
           {"Agreement on the exchange of sick and injured prisoners of war.",
            "agreement"}}) {
    Page page(R"(May 7, 1953

Ciphered Telegram No. 36484, Mark W. Clark to the Joint Chiefs of Staff

At today's session Nam Il read the following text:

")" + first + R"("

Clark
)");
    EXPECT_EQ(page.prop(page.embedded(page.outer()), "doc_type"), type)
        << first;
  }
}

// "... telegraphed me from Kaesong:" introduces a telegram of theirs, a
// document of its own, whatever agreement the sentence before names.
TEST(QuotationsTest, ATextTheyTelegraphedIsATelegram) {
  Page page(R"(December 22, 1951

Cable No. 26958, Mao Zedong to Filippov [Stalin]

Cde. Filippov!

The thirty days fixed by the agreement of 27 November run out on 27 December. On 21 December Cdes. LI KENONG and QIAO GUANHUA telegraphed me from Kaesong:

«The enemy has made local attacks west of Chorwon. All these attacks have been beaten off.»

MAO ZEDONG
)");
  const std::string quoted = page.embedded(page.outer());
  EXPECT_EQ(page.prop(quoted, "doc_type"), "telegram");
  const Ids authors = page.authors(quoted);
  EXPECT_NE(std::ranges::find(authors, "person:li-kenong"), authors.end());
}

// The kind word nearest the quotation names it: a statement on the agreement
// reached, then "the following proposal:", quotes a proposal.
TEST(QuotationsTest, TheKindWordNearestTheQuotationNamesIt) {
  Page page(R"(April 26, 1953

Ciphered Telegram No. 1586, Harrison to Clark

Nam Il opened with a long statement on the agreement reached on the exchange of sick and wounded prisoners and then read the following proposal:

"Within two months after the armistice becomes effective, both sides shall repatriate all prisoners of war who insist upon repatriation.

NAM IL"

Harrison
)");
  EXPECT_EQ(page.prop(page.embedded(page.outer()), "doc_type"), "proposal");
}

// A proposal read out at the table and quoted in the report, with no
// signature, address or date of its own, is the report's account: its
// points are the report's, proposed by the one who read them, whatever the
// quoted words say of who recommends them.
TEST(QuotationsTest, AProposalReadOutAndQuotedInAReportIsTheReadersPoints) {
  Page page(R"(April 26, 1953

Ciphered Telegram No. 1586, Harrison to Clark

1. Plenary session convened at 1100I, the first since the recess of 8 Oct 52. Nam Il opened with a long statement on the agreement reached on the exchange of sick and wounded prisoners and then read the following proposal:

"Quote (1) Within two months after the armistice agreement becomes effective, both sides shall repatriate all prisoners of war who insist upon repatriation.

(2) The detaining side shall send the remaining prisoners of war to a neutral state. Unquote."

2. UNC Del asked the Communists to name a neutral state.

Harrison
)");
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kEmbeds), Ids{});
  // The report's own paragraphs 1 and 2 are no clauses beside the proposal.
  Ids clauses = page.targets(page.outer(), EdgeKind::kHasClause);
  ASSERT_EQ(clauses.size(), 2u);
  for (const std::string& c : clauses)
    EXPECT_EQ(page.sources(c, EdgeKind::kProposes), Ids{"person:nam-il"}) << c;
  std::string first = page.clause(page.outer(), "1");
  ASSERT_FALSE(first.empty());
  EXPECT_EQ(page.node(first).props.Get("text")->GetString("en").rfind(
                "Within two months", 0),
            0u);
}

// The paragraph may say who read the proposal in a sentence before the one
// that hands the text over ("Communist proposal, as read by Nam Il. English
// text handed over by Communist del follows:"); the proposal's own words
// ("each side shall repatriate ... all those who insist") are no position of
// the report's.
TEST(QuotationsTest, AReaderNamedBeforeTheTextIsHandedOverReadsIt) {
  Page page(R"(April 26, 1953

Ciphered Telegram No. 62071, Clark to the Joint Chiefs of Staff

Part 2. Communist proposal, as read by Nam Il. English text handed over by Communist del follows:

"Quote.
1. Within two months after the armistice agreement has come into effect, each side shall repatriate all those prisoners of war in its custody who insist upon repatriation.
2. Within one month thereafter, the detaining side shall send the remaining prisoners of war to a neutral state.
Unquote."

Part 3. Comment.

a. Para 2 is unacceptable.

Clark
)");
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kEmbeds), Ids{});
  Ids clauses = page.targets(page.outer(), EdgeKind::kHasClause);
  ASSERT_EQ(clauses.size(), 2u);
  for (const std::string& c : clauses)
    EXPECT_EQ(page.sources(c, EdgeKind::kProposes), Ids{"person:nam-il"}) << c;
  const Value* stances = page.node(page.outer()).props.Get("stances");
  ASSERT_NE(stances, nullptr);
  ASSERT_EQ(stances->as_array().size(), 1u);
  EXPECT_EQ(stances->as_array()[0].GetString("quote"),
            "Para 2 is unacceptable");
}

// Cable-ese "Unquote." on a line of its own ends the last point quoted, as
// a closing mark would, though no blank line parts it from the report's
// next paragraph (a TEI file's paragraphs are one line each).
TEST(QuotationsTest, UnquoteAloneEndsTheLastPointQuoted) {
  Page page(R"(May 7, 1953

Ciphered Telegram No. 62288, Clark to the Joint Chiefs of Staff

Part 1. Nam Il read the following proposal. Quote:
1. All prisoners of war who insist on repatriation shall be repatriated within two months.
2. The terms of this agreement shall be made known to all prisoners of war.
Unquote.
Part 2. Harrison asked whether the details could be worked out by the staff officers.

Clark
)");
  std::string second = page.clause(page.outer(), "2");
  ASSERT_FALSE(second.empty());
  EXPECT_EQ(page.node(second).props.Get("text")->GetString("en"),
            "The terms of this agreement shall be made known to all prisoners "
            "of war.");
}

// A draft handed across the table and quoted with no signature or date of
// its own ("Text as handed over follows:") is the report's account of it,
// put forward by those the paragraph has hand it over. Its sub-paragraphs
// print the number of their paragraph ("Para 13(a)."), which is a clause
// though it is no list's first.
TEST(QuotationsTest, ADraftHandedAcrossIsTheReportsAccountOfIt) {
  Page page(R"(February 1, 1952

Ciphered Telegram No. 806, Ridgway to the Joint Chiefs of Staff

Part 1. At 1100K UNC staff officers, Col Darrow and Lt Col Levie, handed Commie staff officers Col Chang Chun San and Col Tsai Cheng Wen the UNC draft of para 13 of the armistice agreement. Text as handed over follows:

"13. The Commanders of the opposing sides shall:

"Para 13(a). Within five (5) days after this Armistice Agreement becomes effective, withdraw all of their military forces from the coastal islands of the other side.

"Para 13(b). Cease the introduction into Korea of reinforcing military personnel, except on a man-for-man basis."

Part 2. Commie staff officers accepted the text for study.

Ridgway
)");
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kEmbeds), Ids{});
  Ids clauses = page.targets(page.outer(), EdgeKind::kHasClause);
  ASSERT_EQ(clauses.size(), 3u);
  std::vector<std::string> ordinals;
  for (const std::string& c : clauses) {
    ordinals.push_back(page.node(c).props.GetString("ordinal"));
    Ids proposers = page.sources(c, EdgeKind::kProposes);
    ASSERT_EQ(proposers.size(), 1u) << c;
    EXPECT_TRUE(proposers[0] == "person:don-o-darrow" ||
                proposers[0] == "person:howard-s-levie")
        << proposers[0];
  }
  EXPECT_EQ(ordinals, (std::vector<std::string>{"13", "13(a)", "13(b)"}));
}

// The date in a relative clause on another's document ("my answer to Cde.
// LI KENONG, whose telegram of 11 February I sent you") dates that
// telegram, not the answer quoted.
TEST(QuotationsTest, ADateOfTheDocumentAQuotedAnswerIsToDatesNotTheAnswer) {
  Page page(R"(February 14, 1952

Ciphered Telegram No. 16587, Mao Zedong to Filippov [Stalin]

Cde. Filippov!

I forward to you for your information my answer to Cde. LI KENONG, whose telegram of 11 February on the draft article on the cease-fire I sent you on 12 February.

"To Cde. LI KENONG.

We agree with the first point as you have drafted it."

MAO ZEDONG
)");
  std::string answer = page.embedded(page.outer());
  EXPECT_NE(page.prop(answer, "date"), "1952-02-11");
}

// So is a text the other side's liaison officer "handed over" ("handed
// over the following text of the arrangements for the signing"): the
// arrangements proposed at the table are the report's points.
TEST(QuotationsTest, ATextHandedOverIsTheReportsAccountOfIt) {
  Page page(R"(July 25, 1953

Telegram CX 64253, Clark to the Joint Chiefs of Staff

Part 1. Staff officers completed their final check of the demarcation line today.

Part 2. At the liaison officers' meeting the Communist senior liaison officer handed over the following text of the arrangements for the signing, and asked that both sides confirm it in writing:

"1. The Armistice Agreement shall be signed at Panmunjom at 1000 hours, 27 July 1953.

2. Hostilities shall cease completely at 2200 hours, 27 July 1953.

3. The Military Armistice Commission shall hold its first meeting at Panmunjom at 1100 hours, 28 July 1953."

Part 3. Request your instructions by 0800K 26 July.

Clark
)");
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kEmbeds), Ids{});
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kHasClause).size(), 3u);
}

// "Following changes were agreed ad referendum ...:" leads into the
// report's account of what was agreed, no document of its own.
TEST(QuotationsTest, ChangesAgreedAreTheReportsAccount) {
  Page page(R"(June 16, 1953

Ciphered Telegram No. 1684, Harrison to Clark

HNC-1684. Staff officers today completed their review of the draft armistice agreement. Following changes were agreed ad referendum, subject to approval of senior delegates:

"a. Para 13(c). After the words 'the rotation of units' insert the words 'and of personnel on temporary duty'.

b. Para 13(b). Delete the words 'five (5) days' and insert 'ten (10) days'."

Harrison
)");
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kEmbeds), Ids{});
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kHasClause).size(), 2u);
}

// "Saw Gromyko ... the main points of his replies ... are these:": the
// points of what he said are his, named by the possessive.
TEST(QuotationsTest, PointsOfHisRepliesAreHis) {
  Page page(R"(June 27, 1951

Ciphered Telegram No. 2180, Kirk to the Secretary of State

Saw Gromyko for twenty minutes this afternoon. Full report being drafted.2 Meanwhile, the main points of his replies to the Dept's questions, taken in order, are these:

1. Sov Govt has in mind a meeting of the opposing commands to work out military arrangements for an armistice.

2. The representatives would conclude a strictly military armistice.

Kirk
)");
  Ids clauses = page.targets(page.outer(), EdgeKind::kHasClause);
  ASSERT_EQ(clauses.size(), 2u);
  for (const std::string& c : clauses)
    EXPECT_EQ(page.sources(c, EdgeKind::kProposes),
              Ids{"person:andrei-gromyko"})
        << c;
}

// "... broadcast a statement by Chou En-lai ... Main points as monitored
// here follow. Quote:": the points are those of the statement's author.
TEST(QuotationsTest, MainPointsOfAStatementByAnotherAreHis) {
  Page page(R"(March 31, 1953

Ciphered Telegram No. 61694, Clark to the Joint Chiefs of Staff

C 61694. Peiping radio at 2000 hours 30 March broadcast a statement by Chou En-lai on the POW question. Main points as monitored here follow. Quote:

a. Both sides should repatriate immediately after the cessation of hostilities all those prisoners of war in their custody who insist upon repatriation.

b. The remaining prisoners of war should be handed over to a neutral state.

Clark
)");
  Ids clauses = page.targets(page.outer(), EdgeKind::kHasClause);
  ASSERT_EQ(clauses.size(), 2u);
  for (const std::string& c : clauses)
    EXPECT_EQ(page.sources(c, EdgeKind::kProposes), Ids{"person:zhou-enlai"})
        << c;
}

// Signers under a quoted letter, each with his office after a comma; a
// delegate's line in a list, ended as a sentence, signs nothing.
TEST(QuotationsTest, SignersWithTheirOfficesSignTheLetter) {
  Page page(R"(March 27, 1953

Ciphered Telegram No. 10768, Kuznetsov to Molotov

The text of the reply, in our translation, reads:

«To General Mark W. Clark, Commander-in-Chief of the United Nations Forces.

We have received your letter of 22 February 1953. Our delegation now consists of:

SE FAN [Xie Fang], chief of staff of the Chinese people's volunteers.

We fully agree to your proposal.

KIM IL SUNG, Supreme Commander of the Korean People's Army
PENG DEHUAI, Commander of the Chinese People's Volunteers
28 March 1953»

V. KUZNETSOV
)");
  std::string letter = page.embedded(page.outer());
  EXPECT_EQ(page.authors(letter),
            (Ids{"person:kim-il-sung", "person:peng-dehuai"}));
}

// "... yesterday, 4 April, with the knowledge of Chairman MAO ZEDONG, he had
// sent LI KENONG the following instructions: "In his letter of 31 March
// CLARK agreed ...": the instructions are of 4 April and no letter, and
// the one who knew of them did not write them.
TEST(QuotationsTest, InstructionsCitingALetterAreNoLetter) {
  Page page(R"(April 5, 1953

Ciphered Telegram No. 11874, Kuznetsov to Molotov

Today, 5 April, ZHOU ENLAI asked me to call on him and told me that yesterday, 4 April, with the knowledge of Chairman MAO ZEDONG, he had sent LI KENONG the following instructions:

"In his letter of 31 March CLARK agreed that the liaison officers should meet on 6 April. In this connection:

1. At the very first meeting declare that our side is ready to exchange sick and wounded prisoners of war at once.

2. Seek to have the exchange begin no later than 10 days after the agreement is signed."

KUZNETSOV
)");
  std::string quoted = page.embedded(page.outer());
  EXPECT_EQ(page.prop(quoted, "doc_type"), "message");
  EXPECT_EQ(page.prop(quoted, "date"), "1953-04-04");
  EXPECT_EQ(page.authors(quoted), Ids{"person:zhou-enlai"});
}

// A cable sets off the letter it quotes with words for the marks ("Quote.
// Marshal Kim Il Sung, ...; General Peng Teh-huai, ... Unquote."): a letter
// from its signer to those its first line lists.
TEST(QuotationsTest, ALetterBetweenQuoteAndUnquote) {
  Page page(R"(February 22, 1953

Ciphered Telegram No. 61148, Clark to the Joint Chiefs of Staff

1. At 1100I today the UNC liaison officer handed the senior Communist liaison officer my letter to Kim Il Sung and Peng Teh-huai:

Quote. Marshal Kim Il Sung, Supreme Commander, Korean People's Army; General Peng Teh-huai, Commander, Chinese People's Volunteers.

I wish to learn whether you are prepared to repatriate the seriously sick and seriously wounded captured personnel.

Mark W. Clark, General, United States Army, Commander in Chief, United Nations Command. Unquote.

2. The letter will be given to the press here.

Clark
)");
  std::string letter = page.embedded(page.outer());
  EXPECT_EQ(page.prop(letter, "doc_type"), "letter");
  EXPECT_EQ(page.authors(letter), Ids{"person:mark-clark"});
  EXPECT_EQ(page.targets(letter, EdgeKind::kAddressedTo),
            (Ids{"person:kim-il-sung", "person:peng-dehuai"}));
}

// "He then read out again the agenda ...": the pronoun is the one the
// paragraph named before, and the list he read is his.
TEST(QuotationsTest, AListReadOutByAPronounIsTheOneNamedBefore) {
  Page page(R"(July 11, 1951

Ciphered Telegram No. 60, Ridgway to the Joint Chiefs of Staff

Part 3. Nam Il objected that a visit of prisoner of war camps is not a military question. He then read out again the agenda his delegation had proposed on 10 July and said his side would not change items 2 and 3:

"(1) Adoption of the agenda.

(2) Establishment of the 38th parallel as the military demarcation line.

(3) Withdrawal of all foreign armed forces from Korea."

Ridgway
)");
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kEmbeds), Ids{});
  Ids clauses = page.targets(page.outer(), EdgeKind::kHasClause);
  ASSERT_EQ(clauses.size(), 3u);
  for (const std::string& c : clauses)
    EXPECT_EQ(page.sources(c, EdgeKind::kProposes), Ids{"person:nam-il"}) << c;
}

// A report that quotes the other side's list as read out and then leads
// into a list of its own holds two lists: the quoted one is the reader's
// document, dated by the session, and the points of the report are its
// own, not merged with the quoted ones.
TEST(QuotationsTest, AQuotedListReadOutBesideTheReportsOwnListIsADocument) {
  Page page(R"(July 13, 1951

Ciphered Telegram No. 21811, Mao Zedong to Cde. Filippov [Stalin]

At the session of 10 July Vice Admiral JOY read out an agenda of three points, which the American side wants adopted:

"1. Adoption of the agenda.

2. Location of the prisoner-of-war camps.

3. Arrangements concerning prisoners of war."

On 11 July Cde. NAM IL put forward our own agenda:

1. Adoption of the agenda.

2. Establishment of the 38th parallel as the military demarcation line.

MAO ZEDONG
)");
  std::string agenda = page.embedded(page.outer());
  ASSERT_FALSE(agenda.empty());
  EXPECT_EQ(page.authors(agenda), Ids{"person:c-turner-joy"});
  EXPECT_EQ(page.prop(agenda, "date"), "1951-07-10");
  EXPECT_EQ(page.targets(agenda, EdgeKind::kHasClause).size(), 3u);
  Ids own = page.targets(page.outer(), EdgeKind::kHasClause);
  ASSERT_EQ(own.size(), 2u);
  EXPECT_NE(page.node(page.clause(page.outer(), "2"))
                .props.Get("text")
                ->GetString("en")
                .find("38th parallel"),
            std::string::npos);
}

// A telegram to an ambassador that tells him to pass a message on ("tell
// him the following", "Pass on to Comrade ZHOU ENLAI the following"): the
// quoted message is the writer's own, to the one it is passed to, with the
// ambassador as the relay; its points are the writer's.
TEST(QuotationsTest, AMessageToPassOnIsTheWritersOwnToTheOneItIsFor) {
  for (std::string_view lines :
       {"ПЕКИН\n\nСОВПОСОЛУ КУЗНЕЦОВУ\n\nПосетите ЧЖОУ ЭНЬ-ЛАЯ и передайте "
        "ему следующее:\n\n«Товарищ ЧЖОУ ЭНЬ-ЛАЙ!\n\n1. Срок сократить с "
        "шести до четырёх месяцев.\n\n2. Индию назвать нейтральным "
        "государством.»",
        "BEIJING\n\nTO SOVIET AMBASSADOR KUZNETSOV\n\nVisit ZHOU ENLAI and "
        "tell him the following on behalf of the Soviet Government:\n\n\""
        "Comrade ZHOU ENLAI!\n\n1. Cut the period from six months to "
        "four.\n\n2. Name India as the neutral state.\"",
        "BEIJING\n\nTO SOVIET AMBASSADOR KUZNETSOV\n\nPass on to Comrade "
        "ZHOU ENLAI the following:\n\n\"Comrade ZHOU ENLAI!\n\n1. Cut the "
        "period from six months to four.\n\n2. Name India as the neutral "
        "state.\"",
        "ПЕКИН\n\nСОВПОСОЛУ КУЗНЕЦОВУ\n\nПередайте тов. ЧЖОУ ЭНЬ-ЛАЮ "
        "следующее:\n\n«Товарищ ЧЖОУ ЭНЬ-ЛАЙ!\n\n1. Срок сократить с "
        "шести до четырёх месяцев.\n\n2. Индию назвать нейтральным "
        "государством.»"}) {
    Page page(R"(April 24, 1953

Ciphered Telegram from V.M. Molotov to Soviet Ambassador in Beijing V.V. Kuznetsov, for transmission to Zhou Enlai

CIPHERED TELEGRAM No. 5141

)" + std::string(lines) +
              R"(

V. MOLOTOV
)");
    const std::string& doc = page.outer();
    EXPECT_EQ(page.targets(doc, EdgeKind::kEmbeds), Ids{}) << lines;
    EXPECT_EQ(page.authors(doc), Ids{"person:vyacheslav-molotov"}) << lines;
    EXPECT_EQ(page.targets(doc, EdgeKind::kAddressedTo),
              Ids{"person:zhou-enlai"})
        << lines;
    EXPECT_EQ(page.targets(doc, EdgeKind::kVia), Ids{"person:vasily-kuznetsov"})
        << lines;
    std::string second = page.clause(doc, "2");
    EXPECT_EQ(page.sources(second, EdgeKind::kProposes),
              Ids{"person:vyacheslav-molotov"})
        << lines;
  }
}

// The delegation's report a FRUS telegram passes on whole, every
// paragraph opening a quotation: the report is the telegram its number
// names, dated as the telegram, not by the next meeting its last sentence
// announces before "Signed Joy."
TEST(QuotationsTest, AReportPassedOnTakesItsNumberAndNotTheNextMeetingsDate) {
  Page page(R"(Office of the Historian

Foreign Relations of the United States, 1951, Korea and China, Volume VII, Part 1

Document 798

Lot 55D128: Black Book, Tab 46: Telegram

798. The Commander in Chief, Far East (Ridgway) to the Joint Chiefs of Staff

Tokyo, December 8, 1951—11:05 p.m.

secret

C–58911. HNC 525. For info CINCUNC Adv HNC 525.

“At sub-delegation meeting on agenda item 3 this date UNC rejected the ban on rotation.

“Communists made no answer beyond restating their position. Sub-delegations meet again 1100, 9 Dec. Signed Joy.”

Previous Next
)");
  std::string report = page.embedded(page.outer());
  ASSERT_FALSE(report.empty());
  EXPECT_EQ(page.prop(report, "number"), "HNC 525");
  EXPECT_EQ(page.prop(report, "doc_type"), "telegram");
  EXPECT_EQ(page.prop(report, "date"), "1951-12-08");
  EXPECT_EQ(page.authors(report), Ids{"person:c-turner-joy"});
}

// A draft the writer proposes to table, quoted without a signature, is the
// writer's own proposal: its points are the telegram's, proposed by him.
TEST(QuotationsTest, ADraftTheWriterProposesIsHisOwnText) {
  Page page(R"(January 28, 1952

Telegram CX 62466, Ridgway to the Joint Chiefs of Staff

I therefore propose that at the first plenary session on item 5 the UNC Delegation table the following draft:

“1. That within 90 days after the armistice agreement is signed, a conference of the governments concerned be convened.

“2. That the armistice agreement remain in effect until superseded.”

Ridgway
)");
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kEmbeds), Ids{});
  std::string first = page.clause(page.outer(), "1");
  EXPECT_EQ(page.sources(first, EdgeKind::kProposes),
            Ids{"person:matthew-ridgway"});
}

// "Following is C 62235 of May 7 from General Clark to JCS": the quoted
// message's number and date, a telegram.
TEST(QuotationsTest, TheNumberAndDateTheIntroductionGivesTheQuotedTelegram) {
  Page page(R"(May 9, 1953

Telegram 1217, the Secretary of State to the Embassy in India

1217. For the Ambassador. Following is C 62235 of May 7 from General Clark to JCS, repeated to Department:

“Begin verbatim text. At plenary session today Nam Il tabled an eight-point proposal on the POW question. End verbatim text.”

Dulles
)");
  std::string quoted = page.embedded(page.outer());
  ASSERT_FALSE(quoted.empty());
  EXPECT_EQ(page.prop(quoted, "number"), "C 62235");
  EXPECT_EQ(page.prop(quoted, "date"), "1953-05-07");
  EXPECT_EQ(page.prop(quoted, "doc_type"), "telegram");
}

// "On 17 November the Indian delegate tabled the draft ...:" dates the draft;
// a date its text cites ("the Geneva Convention of 12 August 1949") does not.
TEST(QuotationsTest, TheDayATextWasTabledDatesIt) {
  Page page(R"(November 18, 1952

Ciphered Telegram No. 27644, Vyshinsky to Stalin

On 17 November the Indian delegate formally tabled in the Political Committee the draft resolution on prisoners of war. Its main provisions come down to the following:

"1. The release and repatriation of prisoners of war shall be effected in accordance with the Geneva Convention of 12 August 1949.

2. Force shall not be used against prisoners of war."

VYSHINSKY
)");
  std::string draft = page.embedded(page.outer());
  ASSERT_FALSE(draft.empty());
  EXPECT_EQ(page.prop(draft, "date"), "1952-11-17");
}

// A draft the Assembly is to vote on is a resolution, in either language.
TEST(QuotationsTest, ADraftResolutionIsAResolution) {
  Page page(R"(October 28, 1952

Шифротелеграмма № 27114, Вышинский — Сталину

Представляю на Ваше утверждение текст проекта резолюции:

«1. Немедленно прекратить военные действия в Корее.

2. Передать вопрос о военнопленных комиссии из одиннадцати государств.»

ВЫШИНСКИЙ
)");
  std::string draft = page.embedded(page.outer());
  ASSERT_FALSE(draft.empty());
  EXPECT_EQ(page.prop(draft, "doc_type"), "resolution");
}

// So does the day a letter was handed over, after the paragraph's number.
TEST(QuotationsTest, TheDayALetterWasHandedOverDatesIt) {
  Page page(R"(February 23, 1953

Ciphered Telegram No. 4511, Razuvaev to Cde. Vyshinsky

1. On 22 February at Panmunjom the liaison officer of the American side handed to our liaison officer a letter from General CLARK. The text of the letter reads:

"To Marshal Kim Il Sung and General Peng Teh-huai.

I should like to know whether you are ready to repatriate the seriously sick and wounded prisoners."

RAZUVAEV
)");
  std::string letter = page.embedded(page.outer());
  ASSERT_FALSE(letter.empty());
  EXPECT_EQ(page.prop(letter, "date"), "1953-02-22");
}

// What a text is tabled for is not what it is: "as the basis for
// agreement" after "tabled" quotes a proposal, whatever the sides agreed
// before it.
TEST(QuotationsTest, ATextTabledAsTheBasisForAgreementIsAProposal) {
  Page page(R"(February 6, 1952

Ciphered Telegram No. 62859, Ridgway to the Joint Chiefs of Staff

Nam Il said his side had agreed in July to leave the question aside. He then tabled the following text as the basis for agreement on item 5:

'The delegations of both sides recommend to the governments concerned:

(1) The withdrawal of all foreign forces from Korea;

(2) The peaceful settlement of the Korean question.'

(3) Our delegation will comment tomorrow on the second point.

Ridgway
)");
  std::string draft = page.embedded(page.outer());
  EXPECT_EQ(page.prop(draft, "doc_type"), "message");
  EXPECT_EQ(page.authors(draft), Ids{"person:nam-il"});
  // "... question.'" closes the draft: what follows is Ridgway's.
  EXPECT_EQ(page.targets(draft, EdgeKind::kHasClause).size(), 2u);
  EXPECT_EQ(page.authors(page.outer()), Ids{"person:matthew-ridgway"});
}

// English opens each paragraph of a long quotation with the mark and closes
// only the last; a relayed cable ends "Signed Joy", its signer's surname.
TEST(QuotationsTest, AQuotationOfSeveralParagraphsIsOneSignedDocument) {
  Page page(R"(December 4, 1951

Ciphered Telegram No. 58639, Ridgway to the Joint Chiefs of Staff

C-58639. For info CINCUNC Adv HNC 513.

“Report of sub-committee meeting of 4 December. The Communists gave the following answers:

“1. Rotation or replacement is not permissible for the whole duration of the armistice.

“2. Replenishment and exchange of any weapons and ammunition are not permissible.

“3. Our side will submit its list of neutral nations later. Session continuing. Signed Joy”.

Ridgway
)");
  std::string report = page.embedded(page.outer());
  EXPECT_EQ(page.authors(report), Ids{"person:c-turner-joy"});
  EXPECT_EQ(page.targets(report, EdgeKind::kHasClause).size(), 3u);
  EXPECT_EQ(page.targets(report, EdgeKind::kEmbeds), Ids{});
  EXPECT_EQ(page.authors(page.outer()), Ids{"person:matthew-ridgway"});
}

// The writer's own draft letter, quoted whole in his telegram, is a letter
// to those it addresses, not the telegram's own text.
TEST(QuotationsTest, AQuotedLetterOfTheWritersIsALetterToThoseItAddresses) {
  Page page(R"(March 29, 1953

Ciphered Telegram No. 61673, Mark W. Clark to the Joint Chiefs of Staff

I intend, subj to your approval, to send the Communist commanders the fol reply:

“General Kim Il Sung, Supreme Commander, Korean People's Army.

“General Peng Dehuai, Commander, Chinese People's Volunteers.

“1. I propose that liaison groups meet at Panmunjom to arrange the exchange of sick and wounded prisoners.

“2. The delegations will meet again when you accept one of our proposals.

“Mark W. Clark, General, United States Army.”

Request your approval by 30 Mar.
)");
  std::string letter = page.embedded(page.outer());
  EXPECT_EQ(page.targets(letter, EdgeKind::kAddressedTo),
            (Ids{"person:kim-il-sung", "person:peng-dehuai"}));
  EXPECT_EQ(page.targets(letter, EdgeKind::kHasClause).size(), 2u);
}

// A paragraph that ends "as follows:" inside a quotation of several
// paragraphs does not open another: the numbered paragraphs after it, each
// opened with the mark, are the letter's own points. The addressee's letter
// it acknowledges ("your letter of 19 June") does not date it.
TEST(QuotationsTest, AParagraphEndingInAColonGoesOnWithTheQuotation) {
  Page page(R"(June 29, 1953

Ciphered Telegram No. 63392, Mark W. Clark to the Joint Chiefs of Staff

Fol is text of my ltr to Kim Il Sung and Peng Teh-huai, handed over at Panmunjom today:

“Marshal Kim Il Sung, Supreme Commander, Korean People's Army; General Peng Teh-huai, Commander, Chinese People's Volunteers.

“I have received your letter of 19 June 1953. In reply to the questions which it raises I wish to set forth the position of the United Nations Command as follows:

“1. The United Nations Command will make every effort to obtain the cooperation of the Government of the Republic of Korea.

“2. I propose that the delegations of both sides meet at Panmunjom to fix the date of signing.

“Mark W. Clark, General, United States Army.”
)");
  std::string letter = page.embedded(page.outer());
  EXPECT_EQ(page.targets(letter, EdgeKind::kEmbeds), Ids{});
  EXPECT_EQ(page.targets(letter, EdgeKind::kHasClause).size(), 2u);
  EXPECT_EQ(page.targets(letter, EdgeKind::kAddressedTo),
            (Ids{"person:kim-il-sung", "person:peng-dehuai"}));
  EXPECT_NE(page.prop(letter, "date"), "1953-06-19");
}

// A date a quotation's running text cites ("interested in the Communist
// proposal of 3 Dec") is the cited proposal's, not the quotation's; one
// in brackets after its heading ("(agreement of 23 November 1951)") is.
TEST(QuotationsTest, ADateTheRunningTextCitesDatesNotTheQuotation) {
  Page page(R"(December 8, 1951

Ciphered Telegram No. 58911, Ridgway to the Joint Chiefs of Staff

C-58911. For info CINCUNC Adv HNC 525.

“At sub-delegation meeting on agenda item 3 this date UNC opened with a statement denying the Communist charge of stalling. UNC said it was interested in the Communist proposal of 3 Dec and regarded it as a basis for discussion.

“Communists made no answer beyond restating their position. Signed Joy.”
)");
  std::string report = page.embedded(page.outer());
  EXPECT_NE(page.prop(report, "date"), "1951-12-03");
}

// "two telegrams of Comrade Li Kenong of 12 July": two quotations in one
// language are two messages, even of one writer and one day.
TEST(QuotationsTest, TwoMessagesOfOneWriterAndDayAreTwoDocuments) {
  Page page(R"(July 13, 1951

Ciphered Telegram No. 21841, Mao Zedong to Cde. Filippov [Stalin]

To Comrade FILIPPOV [Stalin]

I forward to you two telegrams of Comrade Li Kenong of 12 July.

"Comrade Mao Zedong!

The Americans refuse to discuss the withdrawal of foreign troops.

Li Kenong 12.7.1951"

"Comrade Mao Zedong!

The Americans propose to set up a neutral zone around Kaesong.

Li Kenong 12.7.1951"

Mao Zedong
)");
  Ids embedded = page.targets(page.outer(), EdgeKind::kEmbeds);
  ASSERT_EQ(embedded.size(), 2u);
  for (const std::string& id : embedded) {
    EXPECT_EQ(page.authors(id), Ids{"person:li-kenong"}) << id;
    EXPECT_EQ(page.prop(id, "date"), "1951-07-12") << id;
  }
}

// "the telegram I addressed to Cde. Li Kenong at 0530 on 18 October": the
// writer's own message, dated and timed by the introduction; a telegram the
// writer received is its sender's.
TEST(QuotationsTest, TheWritersOwnTelegramIsHisAndSentWhenTheIntroSays) {
  for (const auto& [intro, author, sent] :
       std::vector<std::tuple<std::string, std::string, std::string>>{
           {"For your information I am sending you the text of the telegram "
            "I addressed to Cde. Li Kenong at 0530 on 18 October 1951:",
            "person:mao-zedong", "1951-10-18T05:30"},
           {"Направляю Вам текст телеграммы, которую я направил тов. Ли "
            "Кэнуну 18 октября:",
            "person:mao-zedong", ""},
           {"I forward to you the telegram that I have received from Comrade "
            "Kim Il Sung on 17 October:",
            "person:kim-il-sung", ""},
           // The clock first, as a cable writes it: "of 0300 15 July".
           {"For your information I send you the text of my telegram to Cde. "
            "Li Kenong of 0300 17 October:",
            "person:mao-zedong", "1951-10-17T03:00"}}) {
    Page page(R"(October 18, 1951

Cable No. 25025, Mao Zedong to Filippov [Stalin]

Cde. FILIPPOV!

)" + intro + R"(

"Your telegram has reached me. We must not be in a hurry.

The proposal we have made is no serious concession."

MAO ZEDONG
)");
    std::string message = page.embedded(page.outer());
    ASSERT_FALSE(message.empty()) << intro;
    EXPECT_EQ(page.authors(message), Ids{author}) << intro;
    EXPECT_EQ(page.prop(message, "sent"), sent) << intro;
  }
}

// A record of conversation: a speaker's paragraph, opening with the name in
// capitals, is the speaker's, and so are the points it quotes, though it
// names another's opinion on the way; a quotation its last sentence gives
// to another is that one's.
TEST(QuotationsTest, WhatASpeakerQuotesInARecordOfConversationIsHis) {
  const std::string kHead =
      R"(NEW EVIDENCE ON THE KOREAN WAR        COLD WAR INTERNATIONAL HISTORY PROJECT BULLETIN 81

109. 19 September 1952, record of conversation, I.V. Stalin and Zhou Enlai

RECORD OF CONVERSATION
between Comrade I.V. STALIN and ZHOU ENLAI

19 September 1952

)";
  Page page(
      kHead +
      R"(STALIN begins with the Indian proposal. He says that we share the opinion of Mao Zedong. The Soviet delegation will press for the following:

"1. Immediate cessation of military operations on land, at sea and in the air.

2. Return of all prisoners of war to their homeland."

ZHOU ENLAI answers that the Chinese government agrees.
)");
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kEmbeds), Ids{});
  std::string second = page.clause(page.outer(), "2");
  ASSERT_FALSE(second.empty());
  EXPECT_EQ(page.sources(second, EdgeKind::kProposes),
            Ids{"person:joseph-stalin"});

  Page quoting(
      kHead +
      R"(ZHOU ENLAI says that the talks have stalled. He reads out the telegram of Mao Zedong:

"1. Immediate cessation of military operations on land, at sea and in the air.

2. Return of all prisoners of war to their homeland."
)");
  std::string telegram = quoting.embedded(quoting.outer());
  ASSERT_FALSE(telegram.empty());
  EXPECT_EQ(quoting.authors(telegram), Ids{"person:mao-zedong"});
}

// A sheet handed over in a conversation and read into the record in single
// quotation marks, its points numbered: a document of its own, unsigned.
TEST(QuotationsTest, ASheetHandedOverAndQuotedInSingleMarksIsADocument) {
  Page page(
      R"(NEW EVIDENCE ON THE KOREAN WAR        COLD WAR INTERNATIONAL HISTORY PROJECT BULLETIN 184

18. 3 June 1953, record of conversation, V.M. Molotov with US Ambassador Charles Bohlen

Moscow, 3 June 1953

BOHLEN handed over a sheet without heading or signature. It reads:

'1. Within 60 days after the armistice comes into effect, each side repatriates all prisoners of war who insist on repatriation.

2. The prisoners who are not repatriated are released into the custody of a commission of neutral nations.'

MOLOTOV said that he would study the sheet.
)");
  std::string sheet = page.embedded(page.outer());
  ASSERT_FALSE(sheet.empty());
  EXPECT_EQ(page.authors(sheet), Ids{});
  EXPECT_EQ(page.targets(sheet, EdgeKind::kHasClause).size(), 2u);
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kHasClause), Ids{});
}

// A forwarded telegram signed over its date and hour ("30.10.51 г. 22.00"),
// the Russian original quoted above the page's header and the translation
// below it, each with a copy line: one message, dated and sent as signed.
TEST(QuotationsTest, ASignatureOverItsDateAndHourDatesAndSendsTheMessage) {
  Page page(R"(October 31, 1951

Ciphered Telegram No. 25431 from Beijing, Mao Zedong to Cde. Filippov [Stalin]

«Товарищу МАО ЦЗЭДУНУ.

Копия: товарищу КИМ ИР СЕНУ.

1. Предлагаю отвести войска каждой стороны на 2 км от демаркационной линии.

ПЭН ДЭ-ХУАЙ

30.10.51 г. 22.00»

CIPHERED TELEGRAM No. 25431

To Comrade FILIPPOV [Stalin]

I send you for your information the telegram of Comrade Peng Dehuai.

"To Comrade MAO ZEDONG.

Copy to Comrade KIM IL SUNG.

1. I propose that each side pull its troops back 2 km from the demarcation line.

PENG DEHUAI

30.10.51, 22:00"

MAO ZEDONG
)");
  Ids embedded = page.targets(page.outer(), EdgeKind::kEmbeds);
  ASSERT_EQ(embedded.size(), 1u);
  const std::string& message = embedded[0];
  EXPECT_EQ(page.authors(message), Ids{"person:peng-dehuai"});
  EXPECT_EQ(page.prop(message, "date"), "1951-10-30");
  EXPECT_EQ(page.prop(message, "sent"), "1951-10-30T22:00");
  EXPECT_EQ(page.targets(message, EdgeKind::kCopyTo),
            Ids{"person:kim-il-sung"});
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kHasClause), Ids{});
}

// A Politburo decision prints the text it approves under "To p. 33(op) pr.
// PB No. 86" and a memo under "[Attachment]", neither in quotation marks:
// each is a document of its own, signed by its writer.
TEST(QuotationsTest, UnquotedAttachmentsOfAProtocolAreDocumentsOfTheirOwn) {
  Page page(R"(April 26, 1952

Soviet Politburo Decision with Approved Message from Gromyko to Razuvaev

All-Union Communist Party (bolsheviks). CENTRAL COMMITTEE

No. P86/33

Excerpt from protocol No. 86 of the meeting of the Politburo CC VKP(b)

To approve the attached draft instructions to Cde. Razuvaev.

SECRETARY CC

To p. 33(op) pr. PB No. 86

NORTH KOREA

SOVIET AMBASSADOR

188-190. We consider your proposal that an interview of Kim Il Sung be published to be unacceptable.

A. GROMYKO

[Attachment]

To Comrade STALIN I.V.

The USSR Ambassador in Korea proposes that Kim Il Sung give an interview.

I ask for your decision.

A. GROMYKO
)");
  Ids embedded = page.targets(page.outer(), EdgeKind::kEmbeds);
  ASSERT_EQ(embedded.size(), 2u);
  for (const std::string& id : embedded)
    EXPECT_EQ(page.authors(id), Ids{"person:andrei-gromyko"}) << id;
  EXPECT_EQ(page.authors(page.outer()), Ids{"org:politburo"});
}

// An approved telegram printed without quotation marks that quotes the
// point it words anew: the quotation is part of the telegram, whose points
// and the letters inside its third are its clauses; the decision's holders
// ("To Cdes. Malenkov, Molotov — in full; to Vyshinsky (Paris) — by
// telegraph") are its copies.
TEST(QuotationsTest, AnAttachedTelegramQuotingThePointItRewords) {
  Page page(R"(November 5, 1951

CC Politburo decision P84/243 with the approved text of a telegram to A.Ia. Vyshinsky in Paris

All-Union Communist Party (bolsheviks). CENTRAL COMMITTEE

No. P84/243

To Cdes. Malenkov, Molotov — in full; to Vyshinsky (Paris) — by telegraph.

Excerpt from protocol No. 84 of the meeting of the Politburo CC VKP(b)

To approve the attached draft of a telegram to Cde. Vyshinsky.

SECRETARY CC

To p.243(op) pr.PB No. 84

PARIS

TO VYSHINSKY

To your No. 41.

1. We agree that the draft resolution be tabled in the course of the general debate.

2. The proposals in points "a" and "b" are accepted, the period for the withdrawal of the foreign troops is to be set at three months.

3. The point on Korea is to read as follows:

"The General Assembly recognises it to be necessary:

a) that the countries taking part in the Korean war immediately cease military operations;

b) that the foreign troops be withdrawn from Korea within three months."

The text of the point on Korea has been communicated to Cdes. Mao Zedong and Kim Il Sung.

INSTANTSIIA
)");
  Ids embedded = page.targets(page.outer(), EdgeKind::kEmbeds);
  ASSERT_EQ(embedded.size(), 1u);
  std::vector<std::string> ordinals;
  for (const std::string& c : page.targets(embedded[0], EdgeKind::kHasClause)) {
    ordinals.push_back(page.node(c).props.GetString("ordinal"));
  }
  std::sort(ordinals.begin(), ordinals.end());
  EXPECT_EQ(ordinals, (std::vector<std::string>{"1", "2", "3", "a", "b"}));
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kHasClause), Ids{});
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kCopyTo),
            (Ids{"person:andrey-vyshinsky", "person:georgy-malenkov",
                 "person:vyacheslav-molotov"}));
  // Holders who all get the whole text: "To Cdes. ... — all."
  std::string all = page.text();
  all.replace(all.find("To Cdes. Malenkov, Molotov — in full; to Vyshinsky "
                       "(Paris) — by telegraph."),
              std::string_view("To Cdes. Malenkov, Molotov — in full; to "
                               "Vyshinsky (Paris) — by telegraph.")
                  .size(),
              "To Cdes. Malenkov, Molotov, Vyshinsky — all.");
  Page whole(all);
  EXPECT_EQ(whole.targets(whole.outer(), EdgeKind::kCopyTo),
            (Ids{"person:andrey-vyshinsky", "person:georgy-malenkov",
                 "person:vyacheslav-molotov"}));
}

// A quotation opened in point 2 of the writer's list and never closed ends
// before point 3: the points after it and the signature are the writer's.
TEST(QuotationsTest, AnUnclosedQuotationEndsBeforeTheWritersNextPoint) {
  Page page(
      R"(117. 24 March 1953, ciphered telegram, Molotov to Kuznetsov (Beijing)

CIPHERED TELEGRAM Nº 3181

To Comrade KUZNETSOV V.V.

1. We agree with the views Comrade Mao Zedong set out to you.

2. Visit Comrade Mao Zedong once more and hand him the following:

«Comrade Mao Zedong!

a) Kim Il Sung and Peng Dehuai should give a positive answer to the letter of General Clark.

b) Comrade Zhou Enlai should make a statement in the name of the Government of the PRC.

3. Acquaint Comrade Suzdalev in Pyongyang with this telegram.

4. Telegraph fulfillment.

MOLOTOV
)");
  EXPECT_EQ(page.authors(page.outer()), Ids{"person:vyacheslav-molotov"});
  std::vector<std::string> ordinals;
  for (const std::string& c :
       page.targets(page.outer(), EdgeKind::kHasClause)) {
    ordinals.push_back(page.node(c).props.GetString("ordinal"));
  }
  std::sort(ordinals.begin(), ordinals.end());
  EXPECT_EQ(ordinals, (std::vector<std::string>{"1", "2", "3", "4"}));
  Ids embedded = page.targets(page.outer(), EdgeKind::kEmbeds);
  ASSERT_EQ(embedded.size(), 1u);
  EXPECT_EQ(page.targets(embedded[0], EdgeKind::kHasClause).size(), 2u);
}

// A quoted agreement signed by several, each name before a rank and an
// arm ("Signed: Andrew J. Kinney, Colonel, USAF; ..."): all of them sign
// it, and an initial's stop parts no name.
// "The reply which Cdes. KIM IL SUNG and PENG DEHUAI broadcast": both
// names, the subject of the relative clause on the message, write it; not
// Ridgway, named first in the paragraph.
TEST(QuotationsTest, TheSubjectOfARelativeClauseOnTheMessageWritesIt) {
  Page page(R"(August 07, 1951

Cable No. 22531, Mao Zedong to Cde. Filippov [Stalin]

Cde. Filippov!

On 5 August Ridgway, by radio, demanded from us an explanation of the passage of our guard unit through the neutral zone of Kaesong on 4 August. Having discussed the matter with Cdes. KIM IL SUNG and PENG DEHUAI, we considered it advantageous not to give the enemy a pretext for breaking off the talks. The reply which Cdes. KIM IL SUNG and PENG DEHUAI broadcast on 6 August is as follows:

"General Ridgway!

We have received your message of 5 August. We propose:

1. That the delegations of the two sides resume their meetings at Kaesong on 10 August.

Kim Il Sung, Supreme Commander of the Korean People's Army
Peng Dehuai, Commander of the Chinese People's Volunteers
6 August 1951"

MAO ZEDONG
)");
  EXPECT_EQ(page.authors(page.embedded(page.outer())),
            (Ids{"person:kim-il-sung", "person:peng-dehuai"}));
}

TEST(QuotationsTest, AnAgreementSignedByAListOfOfficers) {
  Page page(R"(October 22, 1951

Telegram C 55613, Ridgway to JCS

C 55613. The liaison officers signed the following agreement. Text as signed:

"Agreement on security arrangements for the conference site area.

1. The conference site is at Pan Mun Jom.

Signed: Andrew J. Kinney, Colonel, USAF; James C. Murray, Colonel, USMC, for the United Nations Command. Chang Chun San, Colonel, Korean People's Army; Tsai Cheng Wen, Colonel, Chinese People's Volunteers."

Ridgway
)");
  std::string agreement = page.embedded(page.outer());
  EXPECT_EQ(page.authors(agreement),
            (Ids{"person:andrew-j-kinney", "person:chai-chengwen",
                 "person:chang-chun-san", "person:james-c-murray"}));
  EXPECT_EQ(page.authors(page.outer()), Ids{"person:matthew-ridgway"});
}

// "Unless otherwise directed I intend to reply as follows:": the reply the
// writer means to send is his own message, to those its salutation names;
// the message it answers, signed by two commanders on one line with their
// offices ("Kim Il Sung, Supreme Commander, ...; Peng Teh-huai, Commander,
// ..."), is theirs.
TEST(QuotationsTest, AReplyTheWriterIntendsToSendIsHisOwn) {
  Page page(R"(October 8, 1951

Telegram C-54168, Ridgway to JCS

C-54168. Following is text of msg from Kim Il Sung and Peng Teh-huai broadcast 072300K:

"General Ridgway, Commander in Chief, United Nations Forces:

"Your reply of October 4 has been received. We propose:

"1. That the site of the conference be moved to Panmunjom.

"Kim Il Sung, Supreme Commander, Korean People's Army; Peng Teh-huai, Commander, Chinese People's Volunteers."

Unless otherwise directed I intend to reply at 090900K as follows:

"General Kim Il Sung, Supreme Commander, Korean People's Army; General Peng Teh-huai, Commander, Chinese People's Volunteers:

"Your message of 7 October has been received.

"1. I agree that the conference be held at Panmunjom."

Ridgway
)");
  Ids embedded = page.targets(page.outer(), EdgeKind::kEmbeds);
  ASSERT_EQ(embedded.size(), 2u);
  std::string theirs =
      page.authors(embedded[0]).size() == 2 ? embedded[0] : embedded[1];
  std::string reply = theirs == embedded[0] ? embedded[1] : embedded[0];
  EXPECT_EQ(page.authors(theirs),
            (Ids{"person:kim-il-sung", "person:peng-dehuai"}));
  EXPECT_EQ(page.authors(reply), Ids{"person:matthew-ridgway"});
  EXPECT_EQ(page.targets(reply, EdgeKind::kAddressedTo),
            (Ids{"person:kim-il-sung", "person:peng-dehuai"}));
}

// "Text as signed follows:" quotes an agreement; both senior delegates'
// signatures under it, each with his rank and delegation on one long line,
// sign it.
TEST(QuotationsTest, ATextAsSignedIsAnAgreementOfItsSignatories) {
  Page page(R"(June 8, 1953

Telegram CX 62877, Clark to JCS

CX 62877. Today at Panmunjom Lt Gen Harrison and Gen Nam Il signed the terms of reference. Text as signed follows:

"1. Both sides shall request Sweden, Switzerland, Poland, Czechoslovakia and India each to appoint a member to a Neutral Nations Repatriation Commission.

2. The armed forces needed to assist the Commission shall be furnished by India alone.

William K. Harrison, Jr., Lieutenant General, United States Army, Senior Delegate, United Nations Command Delegation
Nam Il, General, Korean People's Army, Senior Delegate, Delegation of the Korean People's Army and the Chinese People's Volunteers"

Clark
)");
  std::string agreement = page.embedded(page.outer());
  EXPECT_EQ(page.prop(agreement, "doc_type"), "agreement");
  EXPECT_EQ(page.authors(agreement),
            (Ids{"person:nam-il", "person:william-harrison"}));
}

// "In answer to the points of your letter I state the following: “1. ...":
// the writer's own statement, point by point, is his text, not another
// document quoted.
TEST(QuotationsTest, WhatTheWriterStatesInQuotationMarksIsHisOwnText) {
  Page page(R"(June 29, 1953

Letter, Clark to Kim Il Sung and Peng Dehuai

I have received your letter of June 20.

In answer to the points of your letter I state the following:

“1. The prisoners who left the camps cannot be recovered.

2. The United Nations Command will observe the armistice.”

Mark W. Clark
)");
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kEmbeds), Ids{});
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kHasClause).size(), 2u);
}

// Another's draft summed up point by point ("I set out the main provisions
// of the draft:") is his document, as the writer restates it; an agreement
// summed up is the report's own account of an agreed text.
TEST(QuotationsTest, ADraftSummedUpIsItsAuthorsDocument) {
  auto page = [](std::string_view handed, std::string_view summed) {
    return Page(R"(November 17, 1952

Ciphered Telegram No. 1807, Vyshinsky to Stalin

)" + std::string(handed) +
                "\n\n" + std::string(summed) + R"(

1. The prisoners of war are to be released and repatriated in accordance with the Geneva Convention.

2. All prisoners of war are to be handed over to a Repatriation Commission.

Points 1 and 2 are unacceptable.

VYSHINSKY
)");
  };
  Page draft(
      page("Today the Indian delegation, through MENON, handed to the "
           "First Committee its draft resolution.",
           "I set out the main provisions of the draft:"));
  std::string summed = draft.embedded(draft.outer());
  EXPECT_EQ(draft.authors(summed), Ids{"person:krishna-menon"});
  EXPECT_EQ(draft.prop(summed, "doc_type"), "resolution");
  EXPECT_EQ(draft.sources(draft.clause(summed, "1"), EdgeKind::kProposes),
            Ids{"person:krishna-menon"});
  EXPECT_TRUE(draft.targets(draft.outer(), EdgeKind::kHasClause).empty());

  Page agreed(page("Today the two sides signed the agreement on prisoners.",
                   "I set out the main provisions of the agreement:"));
  EXPECT_TRUE(agreed.targets(agreed.outer(), EdgeKind::kEmbeds).empty());
  EXPECT_EQ(agreed.targets(agreed.outer(), EdgeKind::kHasClause).size(), 2u);
}

// A report passed on in Russian and in English, introduced once as "текст
// донесения" and once as "the text of ... report", and once by no kind at
// all: one document in both languages, a report.
TEST(QuotationsTest, AReportQuotedInTwoLanguagesIsOneDocument) {
  auto page = [](std::string_view ru_intro, std::string_view en_intro) {
    return R"(April 27, 1953

Ciphered Telegram No. 10936, Kuznetsov to Cde. Molotov

)" + std::string(ru_intro) +
           R"(

«Тт. МАО ЦЗЭ-ДУНУ, ЧЖОУ ЭНЬ-ЛАЮ.

Сегодня возобновилось пленарное заседание делегаций.

ЛИ КЭ-НУН»

КУЗНЕЦОВ

)" + std::string(en_intro) +
           R"(

"To Cdes. MAO ZEDONG and ZHOU ENLAI.

Today the plenary session of the delegations resumed.

LI KENONG"

KUZNETSOV
)";
  };
  for (auto [ru, en] :
       {std::pair{"Передаю текст донесения тов. ЛИ КЭ-НУНА полностью:",
                  "I pass on the text of Cde. LI KENONG's report in full:"},
        {"Передаю его полностью:",
         "I pass on the text of Cde. LI KENONG's report in full:"}}) {
    Page p(page(ru, en));
    const std::string& cable = p.outer();
    Ids embedded = p.targets(cable, EdgeKind::kEmbeds);
    ASSERT_EQ(embedded.size(), 1u) << ru;
    EXPECT_EQ(p.prop(embedded[0], "doc_type"), "report") << ru;
    EXPECT_EQ(p.authors(embedded[0]), Ids{"person:li-kenong"}) << ru;
    const Value* langs = p.node(embedded[0]).props.Get("languages");
    ASSERT_NE(langs, nullptr);
    EXPECT_EQ(langs->as_array().size(), 2u) << ru;
  }
}

// An attachment headed "[Tab A]" that quotes paragraphs of another's draft
// by their numbers: a document of its own whose paragraphs are points, and
// not the proposal of the memorandum's writer.
TEST(QuotationsTest, AnAttachedTabQuotingAnothersDraftIsNotTheWritersProposal) {
  Page page(
      R"(Foreign Relations of the United States, 1952–1954, Korea, Volume XV, Part 1

Document 343

795.00/11–2452

343. Memorandum of Conversation, by the Deputy Assistant Secretary of State for Far Eastern Affairs (Johnson)

[Washington,] November 24, 1952.

Sir Oliver Franks called to give the substance of a message from Mr. Eden. The Acting Secretary said that paragraph 14 could be accepted provided the umpire is chosen before the armistice.

U. Alexis Johnson

[Tab A]

Paragraphs 14 and 17 of the Indian Draft Resolution, as Revised November 23, 1952

14. In the event of a deadlock in the Repatriation Commission the matter shall be referred to an umpire.

17. At the end of ninety days the disposition of any prisoners of war not repatriated shall be referred to the political conference.
)");
  const std::string& memo = page.outer();
  std::string tab = page.embedded(memo);
  ASSERT_FALSE(tab.empty());
  for (std::string_view point : {"14", "17"}) {
    std::string clause = page.clause(tab, point);
    ASSERT_FALSE(clause.empty()) << point;
    EXPECT_EQ(page.sources(clause, EdgeKind::kProposes), Ids{}) << point;
  }
}

// "доклад товарища ЛИ КЭ-НУНА от 29 сентября": a report, of that day.
TEST(QuotationsTest, ARussianReportIsNamedAndDatedByItsIntroduction) {
  Page page(R"(September 30, 1952

Ciphered Telegram No. 24815, Mao Zedong to Filippov [Stalin]

Товарищ ФИЛИППОВ!

Пересылаю Вам доклад товарища ЛИ КЭ-НУНА от 29 сентября.

«Товарищу МАО ЦЗЭ-ДУНУ.

Американская делегация предложила прервать заседания на десять дней.

ЛИ КЭ-НУН»

МАО ЦЗЭ-ДУН
)");
  std::string report = page.embedded(page.outer());
  EXPECT_EQ(page.prop(report, "doc_type"), "report");
  EXPECT_EQ(page.prop(report, "date"), "1952-09-29");
}

// A plan quoted after "points read:" in a paragraph on an aide-mémoire
// (the accented spelling too) is a document of its own, not the cable's
// points.
TEST(QuotationsTest, PointsQuotedAfterPointsReadAreAnotherDocument) {
  Page page(
      R"(Foreign Relations of the United States, 1952–1954, Korea, Volume XV, Part 1

Document 312

795.00/10–2952: Telegram

312. The Secretary of State to the Embassy in Mexico

Washington, October 29, 1952—7 p.m.

412. Dept has studied aide-mémoire which FonMin handed you Oct 27 setting forth in four points plan of President for disposition of POWs in Korea. As summarized in Embtel, points read:
“1. An armistice to be concluded at once on the basis of the points already agreed upon.
2. Prisoners of war who wish to be repatriated to be exchanged immediately after the armistice is signed.”
You should inform FonMin that points 1 and 2 are wholly acceptable to us.

Acheson
)");
  std::string plan = page.embedded(page.outer());
  ASSERT_FALSE(plan.empty());
  EXPECT_FALSE(page.clause(plan, "1").empty());
  EXPECT_FALSE(page.clause(plan, "2").empty());
}

// "... since letter of Kim Il Sung and Peng Teh-huai of 28 Mar accepting my
// proposal of 22 Feb. RAdm Daniel ... opened by tabling following
// proposals:": the last sentence puts the quoted points forward, so they
// are Daniel's, read at the table, not a letter of Kim's and Peng's of
// 28 March.
TEST(QuotationsTest, TheSentenceThatTablesTheTextSaysWhoseItIs) {
  Page page(
      R"(Foreign Relations of the United States, 1952–1954, Korea, Volume XV, Part 1

Document 437

Lot 55D128: Black Book, Tab 412: Telegram

437. The Commander in Chief, United Nations Command (Clark) to the Joint Chiefs of Staff

Tokyo, April 6, 1953.

C 61738. Part 1. Liaison groups met at Panmunjom, first meeting since letter of Kim Il Sung and Peng Teh-huai of 28 Mar accepting my proposal of 22 Feb. RAdm Daniel, senior UNC liaison officer, opened by tabling following proposals:
“1. The exchange of sick and wounded captured personnel will take place at Panmunjom.
2. No sick or wounded captured personnel will be repatriated against his will.”
Part 2. Lee Sang Cho said his side agreed in principle.
)");
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kEmbeds), Ids{});
  for (const char* point : {"1", "2"}) {
    std::string clause = page.clause(page.outer(), point);
    ASSERT_FALSE(clause.empty()) << point;
    EXPECT_EQ(page.sources(clause, EdgeKind::kProposes),
              Ids{"person:john-c-daniel"})
        << point;
  }
}

// "Since my telegram of 23 December ... On 27 March the staff officers ...
// agreed on the following wording:": the sentence that leads into the text
// opens on its day, not the day of a telegram a sentence before cites.
TEST(QuotationsTest, TheLeadingSentencesDayDatesTheText) {
  Page page(
      "March 29, 1952\n\nCiphered Telegram No. 17862, Mao Zedong to "
      "Filippov (Stalin)\n\nSince my telegram of 23 December the delegations "
      "have passed the questions of rotation to their staff officers. On 27 "
      "March the staff officers of both sides finished revising the text and "
      "agreed on the following wording:\n\n\"1. The rotation of units and "
      "personnel is permitted on a man-for-man basis.\n\n2. Both sides cease "
      "the introduction into Korea of reinforcing combat aircraft.\"\n\nMAO "
      "ZEDONG\n");
  EXPECT_EQ(page.prop(page.embedded(page.outer()), "date"), "1952-03-27");
}

// A note "conveying telegram from Mao Zedong" whose cover text says "I am
// sending you ... the telegram of 13 September" over its own signature and
// date: the quoted telegram is of 13 September, and a telegram.
TEST(QuotationsTest, TheCoverNotesSentenceOfSendingDatesTheAttachment) {
  Page page(
      "September 16, 1952\n\nHand-delivered note, Zhou Enlai to Stalin, "
      "conveying telegram from Mao Zedong to Zhou Enlai\n\nTo Comrade "
      "STALIN, I.V.\n\nI am sending you a Russian translation of the "
      "telegram of 13 September which I have received from Comrade MAO "
      "ZEDONG.\n\nWith communist greetings,\n\nZHOU ENLAI\n\n16 "
      "September 1952\n\n\"Comrade ZHOU ENLAI!\n\n1. We intend to come "
      "out against the Mexican variant.\n\n2. The Soviet delegation could "
      "put forward an immediate cease-fire.\n\nMAO ZEDONG\n");
  std::string telegram = page.embedded(page.outer());
  EXPECT_EQ(page.prop(telegram, "date"), "1952-09-13");
  EXPECT_EQ(page.prop(telegram, "doc_type"), "telegram");
}

// "I am sending you the telegram of Comrade KIM IL SUNG No. 118 of 7
// December": the attachment's number and date, after the sign of a number.
TEST(QuotationsTest, TheSentenceOfSendingNumbersTheAttachment) {
  Page page(
      "December 8, 1951\n\nCiphered Telegram No. 27093, Razuvaev to "
      "Filippov (Stalin)\n\nTo Comrade FILIPPOV.\n\nI am sending you the "
      "telegram of Comrade KIM IL SUNG No. 118 of 7 December, which he "
      "handed to me for transmission to you.\n\n\"Comrade FILIPPOV!\n\n1. "
      "Inspection only at the ports of entry agreed by both sides.\n\n2. "
      "Rotation of no more than 5,000 men a month.\n\nKIM IL SUNG\"\n\n"
      "RAZUVAEV\n");
  std::string telegram = page.embedded(page.outer());
  ASSERT_FALSE(telegram.empty());
  EXPECT_EQ(page.prop(telegram, "number"), "118");
  EXPECT_EQ(page.prop(telegram, "date"), "1951-12-07");
}

// "Fol is HNC 1384 from Harrison, exec session 13 Jul:" (cable-ese for
// "Following is") over paragraphs each opened with a quotation mark: the
// quoted report is Harrison's, and the letters after it the writer's own.
TEST(QuotationsTest, FolIsIntroducesAQuotedMessage) {
  Page page(
      "July 13, 1952\n\nTelegram C 51874, Clark to the Joint Chiefs of "
      "Staff\n\nPart 1. Fol is HNC 1384 from Harrison, exec session 13 "
      "Jul:\n\n\u201C1. This morning UNC del gave Communists the figure of "
      "83,000.\n\n\u201C2. Nam Il asked for a recess until 18 Jul.\u201D\n\n"
      "Part 2. I concur in Harrison's estimate. Recommend:\n\na. That UNC "
      "del make no change in the 83,000 figure.\n\nb. That exec sessions "
      "be ended should the Communists reject the figure.\n\nClark\n");
  std::string report = page.embedded(page.outer());
  ASSERT_FALSE(report.empty());
  EXPECT_EQ(page.sources(report, EdgeKind::kAuthored),
            Ids{"person:william-harrison"});
  EXPECT_FALSE(page.clause(page.outer(), "a").empty());
  EXPECT_FALSE(page.clause(page.outer(), "b").empty());
}

// A salutation the OCR spelled "Cornrades" (its "rn" for "m") addresses
// the quoted telegram as "Comrades" does.
TEST(QuotationsTest, AnOcrSalutationStillAddressesTheTelegram) {
  Page page(
      "June 17, 1953\n\nCable No. 15561, Kuznetsov to Molotov\n\nMao "
      "Zedong acquainted me with his telegram of today, the text of which "
      "follows:\n\n\"Cornrades Peng Dehuai and Li Kenong!\n\n1. The "
      "demarcation line is to be approved.\n\nMao Zedong\n17 June\"\n\n"
      "KUZNETSOV\n");
  std::vector<std::string> to =
      page.targets(page.embedded(page.outer()), EdgeKind::kAddressedTo);
  std::sort(to.begin(), to.end());
  EXPECT_EQ(
      to, (std::vector<std::string>{"person:li-kenong", "person:peng-dehuai"}));
}

// "Subdels (Hodes, Burke; Lee Sang Cho, Hsieh Fang) agreed ... on the
// following text": the agreed text is the four's, not the first one's.
TEST(QuotationsTest, ATextAgreedAmongThoseNamedIsAllOfTheirs) {
  Page page(
      "Foreign Relations of the United States, 1951, Korea and China, Volume "
      "VII, Part 1\n\nDocument 737\n\n795.00/11-2351: Telegram\n\n737. "
      "The Commander in Chief, Far East (Ridgway) to the Joint Chiefs of "
      "Staff\n\nTokyo, November 23, 1951.\n\nC-57837. Subdels (Hodes, "
      "Burke; Lee Sang Cho, Hsieh Fang) agreed at 1545K today on the "
      "following text for Item 2:\n\n\"1. The actual line of contact "
      "between both sides will be made the military demarcation line.\n\n2. "
      "Both sides will withdraw two kilometers from this line.\"\n\nThe "
      "staff officers began checking the line at 1600K.\n");
  Ids authors = page.authors(page.embedded(page.outer()));
  std::sort(authors.begin(), authors.end());
  EXPECT_EQ(authors, (Ids{"person:arleigh-burke", "person:henry-hodes",
                          "person:lee-sang-cho", "person:xie-fang"}));
  // One named further from the verb, or after "disagreed", is no party.
  Page told(
      "March 3, 1952\n\nCiphered Telegram No. 17001, Mao Zedong to "
      "Filippov (Stalin)\n\nI informed Ridgway that Nam Il agreed on the "
      "following text:\n\n\"1. The staff officers check the line at "
      "once.\n\n2. The line is not changed for thirty days.\"\n\nMAO "
      "ZEDONG\n");
  EXPECT_EQ(told.authors(told.embedded(told.outer())), Ids{"person:nam-il"});
}

// Mao's cable to Filippov with `body` between the salutation and the
// signature.
std::string MaosCable(std::string_view body) {
  return R"(July 13, 1951

Cable No. 21756, Mao Zedong to Cde. Filippov [Stalin]

to Cde. FILIPPOV

Cde. Filippov!

)" + std::string(body) +
         R"(

MAO ZEDONG

Mao tells Stalin what agenda the delegation will propose.
)";
}

// "Having gone through the reports of Cde. LI KENONG, we mean to propose
// the following": the name before "we" is no subject of the verb, and the
// points are the writer's; "our delegation (Cdes. NAM IL, head of the
// delegation, LEE SANG CHO, ...)": the role after the name is his, the
// form of address none.
TEST(QuotationsTest, PointsWeProposeAfterNamingAnotherAreOurs) {
  Page page(MaosCable(
      "At the first session our delegation (Cdes. NAM IL, head of the "
      "delegation, LEE SANG CHO, DENG HUA and XIE FANG) took the "
      "initiative.\n\nHaving gone through the reports of Cde. LI KENONG, we "
      "mean to propose the following general agenda:\n\n1. Adoption of the "
      "agenda.\n\n2. Withdrawal of all foreign troops from Korea.\n\nIs the "
      "above correct?"));
  for (const char* point : {"1", "2"}) {
    EXPECT_EQ(
        page.sources(page.clause(page.outer(), point), EdgeKind::kProposes),
        Ids{"person:mao-zedong"})
        << point;
  }
  std::string delegation = page.outer() + "/delegation";
  EXPECT_EQ(page.sources(delegation, EdgeKind::kHeads), Ids{"person:nam-il"});
  const Edge* nam = page.edge("person:nam-il", EdgeKind::kMemberOf, delegation);
  ASSERT_NE(nam, nullptr);
  EXPECT_EQ(nam->props.GetString("role"), "head of the delegation");
}

// "At second plenary, Molotov presiding, Nam Il ... closed by tabling draft
// recommendation. Following is Delegation's translation:": the chair of
// the session wrote nothing, and the text is Nam Il's. A heading that
// names a body ("The United States Delegation to the Department of State")
// gives an organisation, not a person.
TEST(QuotationsTest, TheChairOfTheSessionWritesNothing) {
  Page page(
      R"(Foreign Relations of the United States, 1952–1954, The Geneva Conference, Volume XVI

Document 85

396.1 GE/4–2754: Telegram

85. The United States Delegation to the Department of State

Geneva, April 27, 1954—11 p.m.

confidential

Secto 17. At second plenary on Korea this afternoon, Molotov presiding, Nam Il followed Foreign Minister Pyun with long review of events in Korea and closed by tabling draft recommendation of conference. Following is Delegation’s translation from Russian text:

“1. General elections to an all-Korean National Assembly are to be held.

2. All foreign armed forces are to be withdrawn from Korea within six months.”

Dulles

Previous Next
)");
  std::string draft = page.embedded(page.outer());
  EXPECT_EQ(page.authors(draft), Ids{"person:nam-il"});
  for (const Node& n : page.fragment().nodes())
    EXPECT_NE(n.id, "person:united-states-delegation");
}

// "I send you the text of a statement by Comrade Zhou Enlai on the draft
// resolution of the Indian delegation": a statement, not the resolution it
// is about.
TEST(QuotationsTest, AStatementOnADraftResolutionIsAStatement) {
  Page page(MaosCable(
      "I send you the text of a statement by Comrade Zhou Enlai on the "
      "draft resolution of the Indian delegation.\n\n\"STATEMENT OF THE "
      "MINISTER OF FOREIGN AFFAIRS ZHOU ENLAI\n\nThe Indian draft cannot "
      "serve as a basis for a settlement.\n\nZHOU ENLAI\""));
  EXPECT_EQ(page.node(page.embedded(page.outer())).props.GetString("doc_type"),
            "statement");
}

// "the text of RIDGWAY's statement of 13 July, broadcast by radio": the
// statement is of that day, not of the telegram that passes it on.
TEST(QuotationsTest, AStatementOfADayIsOfThatDay) {
  Page page(
      "July 14, 1951\n\nCable No. 21786, Mao Zedong to Cde. Filippov "
      "[Stalin]\n\nCde. Filippov!\n\nI am passing on to you the text of "
      "RIDGWAY's statement of 13 July, broadcast by radio to Comrades KIM IL "
      "SUNG and PENG DEHUAI:\n\n\"1. The conference area is to be free of "
      "armed personnel.\n\n2. Twenty correspondents may come to "
      "Kaesong.\"\n\nMAO ZEDONG\n");
  std::string statement = page.embedded(page.outer());
  EXPECT_EQ(page.prop(statement, "date"), "1951-07-13");
  EXPECT_EQ(page.prop(statement, "doc_type"), "statement");
}

}  // namespace
}  // namespace parley::importers::test_data
