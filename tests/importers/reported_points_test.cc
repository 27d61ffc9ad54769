// Who wrote, who was sent and who put forward what a telegram reports or
// forwards: signers listed on one line, a forwarded letter's address with
// its copies, a letter named as proposing, a paragraph that opens by naming
// whose account it gives, letters under a point, and a name in a point's
// later sentence. The wording is ours; the people and dates are those of
// the 1951-54 correspondence.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "tests/importers/page_fixture.h"

namespace parley::importers::test_data {
namespace {

// A Wilson Center telegram of 7 May 1952 from `parties` (its title's "A to
// B") whose body is `body`.
std::string Telegram(std::string_view header, std::string_view body,
                     std::string_view parties =
                         "Mao Zedong to Cde. Filippov "
                         "[Stalin]") {
  return "May 7, 1952\n\nCiphered Telegram No. 19187, " + std::string(parties) +
         "\n\nCIPHERED TELEGRAM No. 19187\n\n" + std::string(header) + "\n\n" +
         std::string(body) + "\n\nMAO ZEDONG\n";
}

// Two telegrams forwarded under "I." and "II.": the first signed by two on
// one line, the second the writer's own answer, addressed with its copies.
TEST(ReportedPointsTest, ForwardedTelegramsWithTheirSignersAndCopies) {
  Page page(Telegram(
      "To Comrade FILIPPOV [Stalin]",
      R"(I send you the telegram of LI KE-NUN and QIAO GUANHUA of 5 May and my answer to them of 6 May.

I. Telegram of LI KE-NUN and QIAO GUANHUA:

"To Chairman MAO ZEDONG, Premier ZHOU ENLAI. Copies to PENG DEHUAI, DENG HUA.

We propose the following steps:

a) to go on insisting that all prisoners of war be released after the armistice;

b) to propose a break in the plenary sessions for 3-7 days.

LI KE-NUN, QIAO GUANHUA

5.5."

II. My answer:

"To LI KE-NUN, QIAO GUANHUA, copies to DENG HUA and to Premier KIM IL SUNG.

1. The composition of the commission is our last concession.

2. The question of prisoners of war is now the only one in dispute.

MAO ZEDONG 6.5.")"));
  const std::string& outer = page.outer();
  EXPECT_EQ(page.targets(outer, EdgeKind::kHasClause), Ids{});
  Ids embedded = page.targets(outer, EdgeKind::kEmbeds);
  ASSERT_EQ(embedded.size(), 2u);
  std::string report = embedded[0], answer = embedded[1];
  if (page.prop(report, "date") != "1952-05-05") std::swap(report, answer);
  EXPECT_EQ(Sorted(page.authors(report)),
            (Ids{"person:li-kenong", "person:qiao-guanhua"}));
  EXPECT_EQ(page.sources(page.clause(report, "a"), EdgeKind::kProposes),
            (Ids{"person:li-kenong", "person:qiao-guanhua"}));
  EXPECT_EQ(page.prop(answer, "date"), "1952-05-06");
  EXPECT_EQ(page.authors(answer), Ids{"person:mao-zedong"});
  EXPECT_EQ(page.targets(answer, EdgeKind::kAddressedTo),
            (Ids{"person:li-kenong", "person:qiao-guanhua"}));
  EXPECT_EQ(page.targets(answer, EdgeKind::kCopyTo),
            (Ids{"person:deng-hua", "person:kim-il-sung"}));
  EXPECT_EQ(page.targets(answer, EdgeKind::kHasClause).size(), 2u);
}

// Two telegrams to the writer forwarded under "I." and "II.", each dated in
// its address line ("To Chairman Mao. 5 May, 21:00."): the first,
// unsigned, is his who the sentence before "I." names, and neither is the
// writer's own text.
TEST(ReportedPointsTest, TelegramsToTheWriterDatedInTheirAddress) {
  Page page(Telegram(
      "To Comrade FILIPPOV [Stalin]",
      R"(I forward to you two telegrams from Cde. Li Kenong about the exchange of the lists.

I.

"To Chairman Mao. 5 May, 21:00.

Today at 14:00 at Panmunjom the subcommittee exchanged the lists of prisoners of war.

Both sides agreed to study the lists and to meet again tomorrow."

II.

"To Chairman Mao. Copies to Cdes. Kim Il Sung and Peng Dehuai. 6 May.

We propose to act as follows:

1. to keep firmly to the principle of releasing all prisoners of war;

2. to demand that the enemy account for the persons struck off his list.

Li Kenong")",
      "Mao Zedong to Cde. Filippov [Stalin]"));
  Ids embedded = page.targets(page.outer(), EdgeKind::kEmbeds);
  ASSERT_EQ(embedded.size(), 2u);
  std::string first = embedded[0], second = embedded[1];
  if (page.prop(first, "date") != "1952-05-05") std::swap(first, second);
  EXPECT_EQ(page.prop(first, "date"), "1952-05-05");
  EXPECT_EQ(page.authors(first), Ids{"person:li-kenong"});
  EXPECT_EQ(page.targets(first, EdgeKind::kAddressedTo),
            Ids{"person:mao-zedong"});
  EXPECT_EQ(page.prop(first, "doc_type"), "message");
  EXPECT_EQ(page.prop(second, "date"), "1952-05-06");
  EXPECT_EQ(page.prop(second, "doc_type"), "message");
  EXPECT_EQ(page.targets(second, EdgeKind::kCopyTo),
            (Ids{"person:kim-il-sung", "person:peng-dehuai"}));
  EXPECT_EQ(page.targets(second, EdgeKind::kHasClause).size(), 2u);
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kHasClause), Ids{});
}

// A Russian address in the dative that opens with a known name, its copies
// after "копии", closed like a sentence: the quoted answer is a letter to
// them, not the writer's own text.
TEST(ReportedPointsTest, ARussianAddressWithItsCopies) {
  Page page(R"(May 7, 1952

Ciphered Telegram No. 19187, Mao Zedong to Cde. Filippov [Stalin]

ШИФРТЕЛЕГРАММА №19187

Товарищу ФИЛИППОВУ

Посылаю Вам мой ответ ЛИ КЭ-НУНУ от 6 мая.

II. Мой ответ:

«ЛИ КЭ-НУНУ, ЦЯО ГУАНЬ-ХУА, копии ДЭН ХУА и премьеру КИМ ИР СЕНУ.

1. Состав комиссии нейтральных стран есть наша последняя уступка.

2. Вопрос о военнопленных теперь единственный спорный.

МАО ЦЗЭ-ДУН 6.5.»

МАО ЦЗЭ-ДУН
)");
  Ids embedded = page.targets(page.outer(), EdgeKind::kEmbeds);
  ASSERT_EQ(embedded.size(), 1u);
  EXPECT_EQ(page.targets(embedded[0], EdgeKind::kAddressedTo),
            (Ids{"person:li-kenong", "person:qiao-guanhua"}));
  EXPECT_EQ(page.targets(embedded[0], EdgeKind::kCopyTo),
            (Ids{"person:deng-hua", "person:kim-il-sung"}));
  EXPECT_EQ(page.targets(embedded[0], EdgeKind::kHasClause).size(), 2u);
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kHasClause), Ids{});
}

// "According to NAM IL, the letter proposes the following:": the letter
// the paragraph before names proposes, and its signers put the points
// forward, the letters under point 2 too.
TEST(ReportedPointsTest, ALetterNamedAsProposingIsItsSigners) {
  Page page(Telegram(
      "To the MINISTER OF FOREIGN AFFAIRS OF THE USSR Cde. MOLOTOV V.M.",
      R"(On 1 October NAM IL told me that on 29 September the command of the KPA and the CPV had handed General THIMAYYA a letter signed by KIM IL SUNG and PENG DEHUAI with proposals on the explanations.

According to NAM IL, the letter proposes the following:

1. Every prisoner of war is to be brought to the explanations.

2. Before the explanations begin the Commission must:

a) remove from the camps the agents who keep the prisoners in fear;

b) put the prisoners in small groups.

3. The 90 days are to be counted from the day the explanations begin.)"));
  Ids signers = {"person:kim-il-sung", "person:peng-dehuai"};
  for (const char* point : {"1", "2", "a", "b", "3"}) {
    EXPECT_EQ(
        page.sources(page.clause(page.outer(), point), EdgeKind::kProposes),
        signers)
        << point;
  }
}

// "In ZHOU ENLAI's words, ...": the points of the paragraph's account are
// the one's it names.
TEST(ReportedPointsTest, AParagraphThatNamesWhoseAccountItGives) {
  for (const char* opening :
       {"In ZHOU ENLAI's words,", "According to ZHOU ENLAI,"}) {
    Page page(Telegram(
        "To Comrade MOLOTOV V.M.",
        std::string(opening) +
            R"( the Chinese government regards the release as a gross breach of the Terms of Reference. The Chinese comrades intend to act as follows:

1. The Ministry of Foreign Affairs of the PRC will publish a statement.

2. At Panmunjom the Chinese side will propose that the preliminary talks be resumed.)"));
    for (const char* point : {"1", "2"}) {
      EXPECT_EQ(
          page.sources(page.clause(page.outer(), point), EdgeKind::kProposes),
          Ids{"person:zhou-enlai"})
          << opening << " " << point;
    }
  }
}

// A name with a proposing verb in a point's later sentence ("the plan
// Comrade Nam Il put forward") does not make the point his.
TEST(ReportedPointsTest, APointIsProposedByWhomItsFirstSentenceNames) {
  Page page(Telegram("Comrade [Zhou] Enlai:",
                     R"(Our views on the three points are these:

1. We agree with point one. In your speech you should stand firmly behind the plan Comrade Nam Il put forward.

2. Nam Il proposed that the conference meet again on 3 May.)"));
  EXPECT_EQ(page.sources(page.clause(page.outer(), "1"), EdgeKind::kProposes),
            Ids{"person:mao-zedong"});
  EXPECT_EQ(page.sources(page.clause(page.outer(), "2"), EdgeKind::kProposes),
            Ids{"person:nam-il"});
}

// "Following are our views and your instructions:" leads into points of
// the writers' own, though a sentence before names who tabled the points
// they answer.
TEST(ReportedPointsTest, ALeadNamingTheWritersViewsMakesThePointsTheirs) {
  Page page(Telegram(
      "Comrade [Zhou] Enlai:",
      R"(We have reviewed the five principles that Nam Il tabled on 27 Nov. Following are our views and your instructions:

1. The Communist principles 1, 2 and 4 are acceptable in substance.

2. Principle 3 is acceptable only on condition that the islands remain under our control.)"));
  for (const char* point : {"1", "2"})
    EXPECT_EQ(
        page.sources(page.clause(page.outer(), point), EdgeKind::kProposes),
        Ids{"person:mao-zedong"})
        << point;
}

// "LEE SANG CHO tabled in the name of our side the following proposals:":
// the side in whose name is not who tables; "внёс" tables in Russian.
TEST(ReportedPointsTest, TabledInTheNameOfASideIsTheTablersProposal) {
  for (const char* lead :
       {"At the session of 3 August LEE SANG CHO tabled in the name of our "
        "side the following proposals:",
        "На заседании 3 августа ЛИ САН ЧО внёс от имени нашей стороны "
        "следующие предложения:"}) {
    Page page(Telegram("Comrade [Zhou] Enlai:", std::string(lead) + R"(

1. The ten joint observer teams begin work in the demilitarized zone within 3 days.

2. The civil police of each side in the demilitarized zone shall not exceed 1000 men.)"));
    for (const char* point : {"1", "2"})
      EXPECT_EQ(
          page.sources(page.clause(page.outer(), point), EdgeKind::kProposes),
          Ids{"person:lee-sang-cho"})
          << lead << " " << point;
  }
}

// The sentence leading into the points speaks of "the enemy's proposal";
// the one before names who tabled it. In the first person, the points are
// the writers' own.
TEST(ReportedPointsTest, AProposalTabledASentenceBeforeIsTheTablers) {
  const std::string tabled =
      "Today at a closed session the American representative GARRISON "
      "[Harrison] tabled a revised proposal on the prisoners of war. The "
      "South Korean representative did not come to the session. ";
  const std::string points = R"(

1. The Commission is made up of Poland, Czechoslovakia, Switzerland, Sweden and India.

2. The Commission decides all questions by a majority of votes.)";
  Page reported(Telegram(
      "Comrade [Mao] Zedong:",
      tabled +
          "In substance the enemy's proposal comes down to the following:" +
          points));
  EXPECT_EQ(reported.sources(reported.clause(reported.outer(), "1"),
                             EdgeKind::kProposes),
            Ids{"person:william-harrison"});
  Page ours(Telegram(
      "Comrade [Mao] Zedong:",
      tabled + "Our own proposal comes down to the following:" + points));
  EXPECT_NE(ours.sources(ours.clause(ours.outer(), "1"), EdgeKind::kProposes),
            Ids{"person:william-harrison"});
}

// A point whose paragraph the print wraps ("... so that a de-" over
// "militarized zone ...") does not lead into the points after it.
TEST(ReportedPointsTest, APointWrappedOverTwoLinesLeadsIntoNoOther) {
  Page page(Telegram(
      "To Comrade FILIPPOV [Stalin]",
      R"(On 7 November our representatives in the sub-delegation, Cdes. LI SANG CHO and XIE FANG, put forward the following proposal:

1. The actual line of contact is made the military demarcation line, and each side withdraws 2 kilometers from it, so that a de-
militarized zone 4 kilometers wide is formed.

2. The sub-delegations at once check the present line of contact along the whole front.)"));
  for (const char* point : {"1", "2"})
    EXPECT_EQ(
        page.sources(page.clause(page.outer(), point), EdgeKind::kProposes),
        Ids{"person:xie-fang"})
        << point;
}

// "set out his side's proposal": the one who set it out proposes it.
TEST(ReportedPointsTest, ProposalsSetOutAreTheirs) {
  Page page(Telegram(
      "To Comrade MAO ZEDONG.",
      R"(On 27 July, at the session in Kaesong, the American representative JOY rejected the 38th parallel and set out his side's proposal on the second point of the agenda. Its substance is as follows:

1. The military demarcation line is to be fixed on the basis of the general military situation.

2. A demilitarized zone about 32 km wide is to lie to the north of the present front line.)"));
  for (const char* point : {"1", "2"})
    EXPECT_EQ(
        page.sources(page.clause(page.outer(), point), EdgeKind::kProposes),
        Ids{"person:c-turner-joy"})
        << point;
}

// "MOSCOW, CC CPSU": a place, then the body the telegram is sent to.
TEST(ReportedPointsTest, AnAddressToABodyAfterThePlace) {
  Page page(Telegram("MOSCOW, CC CPSU",
                     "At today's session PYUN YUNG TAI put forward a "
                     "proposal of fourteen points.",
                     "V.M. Molotov to the CC CPSU"));
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kAddressedTo),
            Ids{"org:vkpb"});
  Ids persons = page.persons();
  EXPECT_NE(std::find(persons.begin(), persons.end(), "person:pyun-yung-tai"),
            persons.end());
}

// A quoted plan introduced in Chinese ("方案全文如下：") is a document of
// its own in both languages, not the writer's points.
TEST(ReportedPointsTest, AChineseIntroductionQuotesADocument) {
  Page page(R"(April 27, 1954

Telegram from Zhou Enlai to Mao Zedong on Nam Il's Proposal

主席：

南日外长在会上发言。方案全文如下：

“为了恢复朝鲜的国家统一，会议认为必须：

1. 举行国民议会的选举。

2. 在六个月内从朝鲜领土撤出一切外国武装力量。”

我们的意见如下：

1. 全力支持南日方案。

周恩来

Chairman [Mao Zedong]:

Foreign Minister Nam Il spoke at the session. The full text of his plan is as follows:

"To restore the national unity of Korea, the conference deems it necessary:

1. That elections to a National Assembly be held.

2. That all foreign armed forces be withdrawn from Korea within six months."

Our views are as follows:

1. I will back Nam Il's plan to the full.

Zhou Enlai
)");
  const std::string& outer = page.outer();
  Ids embedded = page.targets(outer, EdgeKind::kEmbeds);
  ASSERT_EQ(embedded.size(), 1u);
  EXPECT_EQ(page.targets(embedded[0], EdgeKind::kHasClause).size(), 2u);
  EXPECT_EQ(page.targets(outer, EdgeKind::kHasClause).size(), 1u);
  const Value* languages = page.node(embedded[0]).props.Get("languages");
  ASSERT_NE(languages, nullptr);
  EXPECT_EQ(languages->as_array().size(), 2u);
}

}  // namespace
}  // namespace parley::importers::test_data
