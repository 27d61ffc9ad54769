// The clauses stage (importers/clauses.cc): numbered and lettered points in
// each language, aligned across the original and the translation into one
// clause node each, with their terms, topics, places and proposers.
// Pages go through ImportPage, as a user's import does.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tests/importers/page_fixture.h"

namespace parley::importers::test_data {
namespace {

TEST(ClausesTest, LetteredPointsNestedInANumberedItem) {
  Page page(kKimLetter);
  const std::string& letter = page.outer();
  Ids clauses = page.targets(letter, EdgeKind::kHasClause);
  ASSERT_EQ(clauses.size(), 6u);
  // The letters are the clauses; the numbered items around them are not.
  const std::pair<std::string_view, std::string_view> kLetters[] = {
      {"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"д", "d"}, {"е", "e"}};
  for (const auto& [ru, en] : kLetters) {
    std::string clause = page.clause(letter, ru);
    // The Latin letters of the translation are the same clauses.
    EXPECT_EQ(page.clause(letter, en), clause);
    const Value* text = page.node(clause).props.Get("text");
    ASSERT_NE(text, nullptr);
    EXPECT_FALSE(text->GetString("ru").empty()) << ru;
    EXPECT_FALSE(text->GetString("en").empty()) << en;
    // "HAM ИР выдвинет такие пункты": Nam Il puts them forward.
    EXPECT_EQ(page.sources(clause, EdgeKind::kProposes), Ids{"person:nam-il"})
        << ru;
  }
  EXPECT_EQ(
      page.node(page.clause(letter, "б")).props.Get("text")->GetString("ru"),
      "отвод войск обеих сторон на 10 км от 38 параллели в течение трёх дней;");
}

TEST(ClausesTest, LetteredPointsWithoutANumberedItem) {
  std::string text = R"(July 1, 1951

Ciphered Telegram No. 501870, Razuvaev to Shtemenko

Ожидается, что КИМ ИР СЕН выдвинет такие пункты:

а) прекращение огня;
б) отвод войск на 5–10 км от 38 параллели.

РАЗУВАЕВ

Kim Il Sung is expected to put forward these points:

a) a ceasefire;
b) troops pulled back 5-10 km from the 38th parallel.

RAZUVAEV
)";
  Page page(text);
  ASSERT_EQ(page.targets(page.outer(), EdgeKind::kHasClause).size(), 2u);
  std::string b = page.clause(page.outer(), "б");
  EXPECT_EQ(page.clause(page.outer(), "b"), b);
  EXPECT_EQ(page.sources(b, EdgeKind::kProposes), Ids{"person:kim-il-sung"});
  std::vector<Term> distances = TermList(page.terms(b), "distances");
  ASSERT_EQ(distances.size(), 1u);
  EXPECT_EQ(distances[0].min, 5);
  EXPECT_EQ(distances[0].max, 10);
  EXPECT_EQ(distances[0].unit, "km");
}

// The ordinals of the page's outer document's clauses, sorted.
std::vector<std::string> SortedOrdinals(const Page& page) {
  std::vector<std::string> ordinals;
  for (const std::string& c :
       page.targets(page.outer(), EdgeKind::kHasClause)) {
    ordinals.push_back(page.node(c).props.GetString("ordinal"));
  }
  std::sort(ordinals.begin(), ordinals.end());
  return ordinals;
}

// Who proposes the outer document's point `ordinal`.
Ids OuterProposers(const Page& page, std::string_view ordinal) {
  return page.sources(page.clause(page.outer(), ordinal), EdgeKind::kProposes);
}

// A draft of instructions numbers its own points and letters those inside
// one: every point of both levels is a clause, in the order printed.
TEST(ClausesTest, NumberedInstructionsKeepTheirLetteredSubPoints) {
  std::string text = R"(November 02, 1951

Memorandum No. 298/gr, A. Gromyko to Cde. I.V. Stalin

To Comrade STALIN I.V.

We submit for your approval the following draft of instructions:

1. To table the draft resolution in the course of the general debate.

2. To provide in the point on Korea that the General Assembly recognises it to be necessary:

a) that the countries taking part in the Korean war immediately cease military operations;

b) that the troops of the sides be withdrawn from the 38th parallel within ten days.

3. In the speech, to stress that the talks are being dragged out by the American command.

A. GROMYKO
)";
  Page page(text);
  std::vector<std::string> ordinals = SortedOrdinals(page);
  EXPECT_EQ(ordinals, (std::vector<std::string>{"1", "2", "3", "a", "b"}));
  std::vector<Term> durations =
      TermList(page.terms(page.clause(page.outer(), "b")), "durations");
  ASSERT_EQ(durations.size(), 1u);
  EXPECT_EQ(durations[0].min, 10);
}

// Letters after the report's own words answer the numbered points ("He then
// took the points in order: a. On point (1). ..."): they are not points of
// the last numbered one, and the numbered points stay the clauses.
TEST(ClausesTest, LettersAfterTheReportsOwnWordsAreNotSubPoints) {
  std::string text =
      R"(Foreign Relations of the United States, 1951, Korea and China, Volume VII, Part 1

Document 830

830. The Senior Delegate (Joy) to the Commander in Chief, Far East (Ridgway)

Munsan-ni, 12 December 1951.

HNC-550. Part 2. The Communist proposal as handed across the table:

(1) To decide upon the principle that both sides release all the prisoners of war.

(2) To recommend that Pan Mun Jom be the place where both sides hand over prisoners of war.

Part 3. UNC reply. Admiral Libby took the points in order:

a. On point (1). The UNC cannot agree while the Communists refuse to say whom they hold.

b. On point (2). The UNC accepts point (2).

Signed Joy.
)";
  Page page(text);
  std::vector<std::string> ordinals = SortedOrdinals(page);
  EXPECT_EQ(ordinals, (std::vector<std::string>{"1", "2"}));
}

// The topics of one clause of `page`'s outer document.
std::vector<std::string> TopicsOf(const Page& page, std::string_view ordinal) {
  std::vector<std::string> out;
  std::string c = page.clause(page.outer(), ordinal);
  if (c.empty()) return out;
  if (const Value* t = page.node(c).props.Get("topics"); t && t->is_array())
    for (const Value& v : t->as_array()) out.push_back(v.as_string());
  return out;
}

// A point that names no topic speaks of the one its list's introduction
// names, when another point of the list names it too ("... proposal for
// the exchange of sick and wounded prisoners: ... b. Delivery will begin
// ..."); an introduction's topic no point shares gives none.
TEST(ClausesTest, APointWithoutATopicTakesItsIntroductionsShared) {
  auto page_with = [](std::string_view first) {
    return Page(R"(April 7, 1953

Ciphered Telegram No. 61752, Clark to the Joint Chiefs of Staff

Following is the UNC proposal for the exchange of sick and wounded prisoners which Daniel tabled today:

a. )" + std::string(first) +
                R"(

b. Delivery will begin not more than seven days after the arrangements are signed.

c. Staff officers will work out the details.

Clark
)");
  };
  Page shared = page_with(
      "Each side will deliver all seriously sick and wounded captured "
      "personnel.");
  EXPECT_EQ(TopicsOf(shared, "b"),
            std::vector<std::string>{"prisoners_of_war"});
  Page alone = page_with("Each side will name a delegate of its own.");
  EXPECT_EQ(TopicsOf(alone, "b"), std::vector<std::string>{});
}

// A counterproposal's point labelled as the answer to the point it
// replaces ("Point 4. Our point 4 replaces their point 4: "...:" over
// "(1) ..." and "(2) ..."): the label is no clause, the quoted point is,
// with its numbered sub-points "4(1)" and "4(2)"; "Sub-point (2) of their
// point 4" names the second.
TEST(ClausesTest, ACounterproposalsPointKeepsItsSubPoints) {
  Page page(R"(June 1, 1953

Ciphered Telegram No. 16205, Kuznetsov to Cde. Molotov

The proposal of the other side of 25 May can, as a whole, be taken as the basis of an agreement. On its several points:

Points 1, 2 and 3 we accept as they stand.

Point 4. Our point 4 replaces their point 4: "For ninety days after the Commission has taken the prisoners of war into its custody: (1) the nations to which the prisoners belong send representatives to explain to them their rights, not fewer than ten for every thousand prisoners; (2) as in the text of the other side." Sub-point (2) of their point 4 is thus accepted.

Table these amendments at the session of 4 June.

KUZNETSOV
)");
  // A numbered paragraph after the counterproposal is none of its
  // sub-points.
  Page after(R"(May 13, 1953

Ciphered Telegram No. 62479, Clark to the Joint Chiefs of Staff

Our point 2 replaces their point 2: "Both sides shall:
(1) hand over all POWs who insist on repatriation within sixty days;
(2) hand over the rest to the Commission in Korea."

3. Nam Il then asked for a recess until 1100 hours on 14 May.

Clark
)");
  for (const std::string& c :
       after.targets(after.outer(), EdgeKind::kHasClause))
    EXPECT_NE(after.node(c).props.GetString("ordinal"), "2(3)");
  EXPECT_EQ(SortedOrdinals(page),
            (std::vector<std::string>{"4", "4(1)", "4(2)"}));
  std::string first = page.clause(page.outer(), "4(1)");
  EXPECT_NE(page.node(first).props.Get("text")->GetString("en").find(
                "ten for every thousand"),
            std::string::npos);
  // Points 1 to 3 are accepted; the words before the quoted point amend
  // their point 4; the sentence after it accepts their sub-point (2);
  // tabling the amendments takes no position.
  std::vector<std::string> taken;
  const Value* stances = page.node(page.outer()).props.Get("stances");
  ASSERT_NE(stances, nullptr);
  for (const Value& st : stances->as_array()) {
    std::string said = st.GetString("stance") + ":";
    if (const Value* ordinals = st.Get("ordinals"))
      for (const Value& o : ordinals->as_array()) said += o.as_string() + " ";
    taken.push_back(said);
  }
  EXPECT_EQ(taken, (std::vector<std::string>{"accepts:1 2 3 ", "amends:4 ",
                                             "accepts:4(2) "}));
}

// A counterproposal given point by point against another's list: "Our point
// N: “...”" and "Our point 4 replaces Commie point 4: “...”" are the
// writer's clauses, numbered as the points they answer; the point answered
// without one of its own ("Commie point 5 is accepted") gives none, nor
// does "our point" named in passing.
TEST(ClausesTest, ACounterproposalsPointsNamedByTheirNumbers) {
  Page page(R"(May 10, 1953

Ciphered Telegram No. 62384, Clark to the Joint Chiefs of Staff

Following is counterproposal keyed point by point to Commie eight points of 7 May.

Commie point 1 is accepted with amendment. Our point 1: “Within two months after the armistice agreement becomes effective both sides shall repatriate all POWs who insist on repatriation.”

Our point 4 replaces Commie point 4: “No POW shall be repatriated unless the Commission, by majority vote, is satisfied.”

Commie point 5 is accepted as it stands. It agrees with our point 3 of 25 May.

Clark
)");
  EXPECT_EQ(SortedOrdinals(page), (std::vector<std::string>{"1", "4"}));
  std::string four = page.clause(page.outer(), "4");
  ASSERT_FALSE(four.empty());
  EXPECT_EQ(page.node(four).props.Get("text")->GetString("en"),
            "No POW shall be repatriated unless the Commission, by majority "
            "vote, is satisfied.");

  // "Our para 3 reads:" with no point 1 of the writer's own: the list
  // starts where the answered points it replaces do.
  Page paras(R"(May 13, 1953

Ciphered Telegram No. 62471, Clark to the Joint Chiefs of Staff

Commie paras and UNC answer, para by para:

Commie para 1 accepted as it stands.

Commie para 3 not acceptable as written. Our para 3 reads: "Both sides agree that for sixty days the Commission shall hold the prisoners of war who refuse repatriation."

Commie para 6: delete para 6. Our para 6 reads: "At the expiration of sixty days any prisoners remaining shall be released to civilian status."

Clark
)");
  EXPECT_EQ(SortedOrdinals(paras), (std::vector<std::string>{"3", "6"}));
  // The counterproposal's own words take no position ("Both sides agree
  // that ..." accepts nothing).
  const Value* stances = paras.node(paras.outer()).props.Get("stances");
  ASSERT_NE(stances, nullptr);
  for (const Value& st : stances->as_array())
    EXPECT_EQ(st.GetString("quote").find("Both sides agree"), std::string::npos)
        << st.GetString("quote");
}

// "Para 1." over each paragraph of a draft the report gives (a TEI list's
// labels) numbers its clauses as "1." does.
TEST(ClausesTest, ParagraphsLabelledParaAreClauses) {
  Page page(R"(June 4, 1953

Ciphered Telegram No. 62768, Clark to the Joint Chiefs of Staff

At executive session today Nam Il tabled the following counter-draft:

Para 1. NNRC of Sweden, Switzerland, Poland, Czechoslovakia and India to take custody in Korea of all POW's not repatriated.

Para 2. India exclusively to provide armed forces and operating personnel.

Para 3. Within sixty days after armistice effective, detaining side to hand over such POW's to NNRC.

Clark
)");
  EXPECT_EQ(SortedOrdinals(page), (std::vector<std::string>{"1", "2", "3"}));

  // "Para 5. Concur.": a word on the paragraph answered, no paragraph of a
  // draft of the writer's.
  Page answer(R"(June 5, 1953

Ciphered Telegram No. 941054, Joint Chiefs of Staff to Clark

Reur CX 62768. Comments on Commie draft follow:

Para 1. Concur.

Para 3. Not acceptable as it stands.

JCS
)");
  EXPECT_EQ(SortedOrdinals(answer), std::vector<std::string>{});
}

// A draft's paragraphs quoted each in its quotation marks, a lettered one
// printed with its paragraph's number and a space ("“13 a. ...", "“13 c.
// ...", then "“37. ..." and "“38. ..."): clauses by the numbers printed.
TEST(ClausesTest, DraftParagraphsQuotedWithTheirNumbersAndASpace) {
  Page page(R"(June 10, 1953

Ciphered Telegram No. 62741, Clark to the Joint Chiefs of Staff

For three of them Harrison and I propose that UNC staff officers table the following texts in place of those now in the draft:

“13 a. Within seventy-two (72) hours after this Armistice Agreement becomes effective, withdraw all of their military forces from the demilitarized zone.

“13 c. Cease the introduction into Korea of reinforcing military personnel.

“37. The Neutral Nations Supervisory Commission shall be composed of four (4) senior officers.

“38. The senior officers may be assisted by staff assistants.”

Para 13 a changes nothing of substance.

Clark
)");
  EXPECT_EQ(SortedOrdinals(page),
            (std::vector<std::string>{"13 a", "13 c", "37", "38"}));
}

// A report quoted in double marks, with the wording it proposes for a
// draft's sub-paragraph in single ones ("'13 c. Cease ..."): the
// sub-paragraph is the report's clause, by the number printed.
TEST(ClausesTest, ASubParagraphInSingleMarksInsideAQuotedReport) {
  Page page(R"(June 14, 1953

Ciphered Telegram No. 15384, Kuznetsov to Molotov

MAO ZEDONG passed on the report he had received from Comrade LI KENONG:

"To Chairman Mao.

We propose to replace the American text of 13 c in full with the following wording:

'13 c. Cease the introduction into Korea of reinforcing military personnel. The rotation of units on a man-for-man basis is permitted.'

Li Kenong. 13 June."

KUZNETSOV
)");
  std::vector<std::string> embedded =
      page.targets(page.outer(), EdgeKind::kEmbeds);
  ASSERT_EQ(embedded.size(), 1u);
  EXPECT_FALSE(page.clause(embedded[0], "13 c").empty());
}

// A draft's paragraphs quoted by their own numbers in cable-ese ("13(c).
// Quote. ... Unquote.", "37. Quote. ..."): clauses, though no list starts
// at 1 and 13(c) has no paragraph 13 over it.
TEST(ClausesTest, DraftParagraphsQuotedByTheirNumbers) {
  Page page(R"(February 21, 1952

Ciphered Telegram No. 907, Ridgway to the Joint Chiefs of Staff

Part 1. At 1100K UNC staff officers, Col Darrow and Col Kinney, handed Commie staff officers the UNC revision of the paras on rotation and the supervisory organ:

13(c). Quote. Cease the introduction into Korea of reinforcing military personnel, except on a man-for-man basis. Unquote.

37. Quote. The Neutral Nations Supervisory Commission shall be composed of six senior officers. Unquote.

Part 2. Col Chang Chun San said the words in para 37 were written to give the UNC a veto.

Ridgway
)");
  std::vector<std::string> ordinals = SortedOrdinals(page);
  EXPECT_EQ(ordinals, (std::vector<std::string>{"13(c)", "37"}));
  std::string c = page.clause(page.outer(), "37");
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(page.node(c).props.Get("text")->GetString("en"),
            "The Neutral Nations Supervisory Commission shall be composed of "
            "six senior officers.");
}

// "Vyshinsky spoke ... Main points of his statement, in order given:" over
// lettered points, then "Our delegation recommends:" over numbered ones:
// two lists, the letters the speaker's.
TEST(ClausesTest, TheMainPointsOfAStatementAreAListOfTheirOwn) {
  Page page(R"(November 24, 1952

Ciphered Telegram No. 266, Acheson to the Department of State

Delga 266. Vyshinsky spoke for two hours in First Comite this afternoon. Main points of his statement, in order given:

(a) Indian res retains the principle of voluntary repatriation of prisoners of war.

(b) A repatriation commission of four powers with an umpire is unacceptable.

Comment: Our delegation recommends:

1. That US now announce support for Indian res.

2. That we continue to vote against Soviet draft.

Acheson
)");
  std::vector<std::string> ordinals = SortedOrdinals(page);
  EXPECT_EQ(ordinals, (std::vector<std::string>{"1", "2", "a", "b"}));
  for (const std::string& c :
       page.targets(page.outer(), EdgeKind::kHasClause)) {
    if (std::isalpha(page.node(c).props.GetString("ordinal")[0])) {
      EXPECT_EQ(page.sources(c, EdgeKind::kProposes),
                Ids{"person:andrey-vyshinsky"})
          << c;
    }
  }
}

// Between a report's numbered paragraphs, letters that a sentence of what
// was agreed leads into ("The liaison officers agreed that:") are the
// clauses, proposed by no one; a translation that prints the Russian
// letters transliterated ("v)", "g)") keeps the Russian letter too.
TEST(ClausesTest, LettersOfWhatWasAgreedAndTheirRussianLetters) {
  Page page(R"(July 9, 1951

Ciphered Telegram No. 502031, Razuvaev to Shtemenko

1. On 8 July the liaison officers of the two sides met in KAESONG.

The liaison officers agreed that:

a) the first session of the delegations opens on 10 July in KAESONG;
b) the UN delegation consists of five persons;
v) the UN delegation travels from MUNSAN in motor vehicles flying white flags;
g) the Korean-Chinese side answers for the safety of the UN delegation.

2. The Americans raised the question of declaring the KAESONG area neutral.

RAZUVAEV
)");
  Ids letters;
  for (const std::string& c :
       page.targets(page.outer(), EdgeKind::kHasClause)) {
    const Value* ordinals = page.node(c).props.Get("ordinals");
    std::string ordinal = page.node(c).props.GetString("ordinal");
    if (ordinal.size() != 1 || !std::isalpha(ordinal[0])) continue;
    letters.push_back(ordinal + "/" +
                      (ordinals != nullptr ? ordinals->GetString("ru") : ""));
    EXPECT_EQ(page.sources(c, EdgeKind::kProposes), Ids{}) << c;
  }
  std::sort(letters.begin(), letters.end());
  EXPECT_EQ(letters, (Ids{"a/а", "b/б", "g/г", "v/в"}));
}

// A draft read out, or handed over, at the table is proposed: its letters
// after the numbered points of the report are a list of their own.
TEST(ClausesTest, LettersOfADraftReadOutAreAListOfTheirOwn) {
  for (std::string verb : {"read out", "handed us"}) {
    std::string text =
        R"(Foreign Relations of the United States, 1951, Korea and China, Volume VII, Part 1

Document 700

700. The Commander in Chief, United Nations Command (Ridgway) to the Joint Chiefs of Staff

Tokyo, 11 July 1951.

CX 66001. Nam Il put forward three points:

1. Both sides order a cease-fire at once.

2. The 38th parallel is the demarcation line.

3. All foreign troops are withdrawn from Korea.

Admiral Joy for his part )" +
        verb + R"( a draft agenda of three points:

a) Adoption of the agenda.

b) Location of prisoner of war camps.

c) Composition of a military armistice commission.
)";
    Page page(text);
    EXPECT_EQ(SortedOrdinals(page),
              (std::vector<std::string>{"1", "2", "3", "a", "b", "c"}))
        << verb;
    EXPECT_EQ(page.sources(page.outer() + "/clause-a", EdgeKind::kProposes),
              Ids{"person:c-turner-joy"})
        << verb;
  }
}

// A cable's capital letters alone on their lines: the lettered points of a
// numbered point that leads into them, which speaks of what they all speak
// of; under a part's heading, paragraphs of the writer's own.
TEST(ClausesTest, CapitalLettersAloneUnderAPointThatLeadsIntoThem) {
  const std::string head =
      R"(Foreign Relations of the United States, 1952–1954, Korea, Volume XV, Part 1

Document 59

59. The Joint Chiefs of Staff to the Commander in Chief Far East (Ridgway)

Washington, March 15, 1952—7:44 p.m.

JCS 903687. From JCS.

)";
  Page led(head + R"(1.
We agree that the time is close for a final position.
2.
In broad outline this course might run as follows:
A.
Settle the minor issues at sub-delegation level.
B.
Move the negotiations to a plenary session.
3.
Your comments are requested.
)");
  EXPECT_EQ(SortedOrdinals(led),
            (std::vector<std::string>{"1", "2", "3", "A", "B"}));
  EXPECT_EQ(led.clause_topics(led.outer() + "/clause-2"),
            Ids{"negotiation_procedure"});
  Page parts(head + R"(Part 1. Reference JCS 90388.

A.
The Communists may raise the question of the countries concerned.
B.
Our delegation will try to limit its own side to the United Nations.
)");
  EXPECT_EQ(SortedOrdinals(parts), std::vector<std::string>{});
}

// A report quotes the other side's numbered principles, then its own side's
// counterproposal in letters: both lists are clauses, each its proposer's.
TEST(ClausesTest, AQuotedListAndTheCounterproposalSetApartAfterIt) {
  std::string text =
      R"(Foreign Relations of the United States, 1951, Korea and China, Volume VII, Part 1

Document 791

791. The Commander in Chief, Far East (Ridgway) to the Joint Chiefs of Staff

Tokyo, December 14, 1951.

CX 59325. Part 1. Lee Sang Cho opened by reading once more the principles of his side. As read they are:

"(1) From the day the armistice agreement is signed, the armed forces of both sides cease all hostilities.

(2) Within 3 days after the armistice agreement is signed, the armed forces of both sides withdraw from the demilitarized zone."

Part 2. Hodes replied that UNC could accept (1). Hodes then tabled the UNC counterproposal as follows:

"a. Hostilities cease on all fronts 24 hours after the armistice agreement is signed.

b. The forces of both sides withdraw from the demilitarized zone within 72 hours after the cease-fire."
)";
  Page page(text);
  EXPECT_EQ(SortedOrdinals(page),
            (std::vector<std::string>{"1", "2", "a", "b"}));
  EXPECT_EQ(OuterProposers(page, "a"), Ids{"person:henry-hodes"});
  EXPECT_NE(OuterProposers(page, "1"), Ids{"person:henry-hodes"});
}

// FRUS prints a paragraph's number or letter alone on its line, over the
// paragraph: "5." then its text, "a." then its text.
TEST(ClausesTest, LettersAloneOnTheirLinesAreSubPoints) {
  std::string text =
      R"(Foreign Relations of the United States, 1951, Korea and China, Volume VII, Part 1

Document 858

858. The Joint Chiefs of Staff to the Commander in Chief, Far East (Ridgway)

Washington, 19 December 1951.

JCS 90083.

1.
Your analysis in HNC 588 was most helpful.

2.
In the light of the above, the folg will guide you on the item 3 questions still open:
a.
Inspection. You may agree that inspection behind the lines be confined to ports of entry.
b.
Rotation. You should hold to the figure of 40,000 men a month.
)";
  Page page(text);
  EXPECT_EQ(SortedOrdinals(page),
            (std::vector<std::string>{"1", "2", "a", "b"}));
}

// A proposal "as read by Nam Il" is his, though the passive names him after
// the verb.
TEST(ClausesTest, TheProposerAfterAPassiveVerb) {
  std::string text =
      R"(Foreign Relations of the United States, 1951, Korea and China, Volume VII, Part 1

Document 830

830. The Senior Delegate (Joy) to the Commander in Chief, Far East (Ridgway)

Munsan-ni, 12 December 1951.

HNC-550. The Communist proposal as read by Nam Il and handed across the table:

(1) To decide upon the principle that both sides release all the prisoners of war.

(2) To recommend that Pan Mun Jom be the place where both sides hand over prisoners of war.

Signed Joy.
)";
  Page page(text);
  for (std::string_view ordinal : {"1", "2"})
    EXPECT_EQ(OuterProposers(page, ordinal), Ids{"person:nam-il"}) << ordinal;
}

// Points printed under their numbers alone ("1." over its text) all take
// the list's introduction, not the text of the point before them.
TEST(ClausesTest, PointsUnderNumbersAloneShareTheIntroduction) {
  std::string text =
      R"(Foreign Relations of the United States, 1952-1954, Korea, Volume XV, Part 1

Document 513

513. The Senior Delegate (Harrison) to the Commander in Chief, United Nations Command (Clark)

Munsan-ni, May 7, 1953.

HNC 1603. At opening of morning session Nam Il read out a new proposal as follows:

1.
Within two months after the armistice agreement becomes effective, each side shall repatriate all prisoners of war who insist upon repatriation.
2.
The prisoners of war who are not repatriated shall be handed over to a neutral nations repatriation commission.
3.
The commission shall decide all questions by majority vote.
)";
  Page page(text);
  for (std::string_view ordinal : {"1", "2", "3"})
    EXPECT_EQ(OuterProposers(page, ordinal), Ids{"person:nam-il"}) << ordinal;
}

// A last sentence in the writers' own voice leading into the points ("We
// have talked our views over with PENG DEHUAI and would like to know your
// opinion of them:") makes them the writers', though a sentence before
// names a delegate who is to put proposals forward.
TEST(ClausesTest, TheWritersOwnVoiceLeadsIntoTheirPoints) {
  std::string text = R"(February 5, 1952

Ciphered Telegram No. 600437 from Pyongyang, Kim Il Sung to Cde. Filippov [Stalin] (via Razuvaev)

To Comrade FILIPPOV

Our delegation headed by Comrade NAM IL is getting ready to put forward proposals on the fifth point. We have talked our views over with Comrade PENG DEHUAI and would like to know your opinion of them:

a) to convene a political conference within three months after the signing of the armistice;

b) to withdraw all foreign troops from Korea.

KIM IL SUNG
)";
  Page page(text);
  for (std::string_view ordinal : {"a", "b"})
    EXPECT_EQ(OuterProposers(page, ordinal), Ids{"person:kim-il-sung"})
        << ordinal;
}

TEST(ClausesTest, ClauseTermsForEveryPoint) {
  Page page(kKimLetter);
  const std::string& letter = page.outer();
  std::string a = page.clause(letter, "а");
  EXPECT_EQ(page.clause_topics(a), Ids{"ceasefire"});
  EXPECT_EQ(page.terms(a).GetString("time_reference"), "Pyongyang time");

  std::string b = page.clause(letter, "б");
  EXPECT_EQ(page.clause_topics(b), Ids{"withdrawal"});
  std::vector<Term> distances = TermList(page.terms(b), "distances");
  ASSERT_EQ(distances.size(), 1u);
  EXPECT_EQ(distances[0].min, 10);
  EXPECT_EQ(distances[0].max, 10);
  EXPECT_EQ(distances[0].from, "38th parallel");
  std::vector<Term> durations = TermList(page.terms(b), "durations");
  ASSERT_EQ(durations.size(), 1u);
  EXPECT_EQ(durations[0].min, 3);
  EXPECT_EQ(durations[0].unit, "day");
  EXPECT_EQ(page.targets(b, EdgeKind::kConcerns), Ids{"place:38th-parallel"});
  const Value* actors = page.terms(b).Get("actors");
  ASSERT_NE(actors, nullptr);
  EXPECT_EQ(actors->as_array()[0].as_string(), "both sides");

  std::string v = page.clause(letter, "в");
  EXPECT_EQ(page.clause_topics(v), Ids{"movement_restriction"});
  EXPECT_EQ(page.targets(v, EdgeKind::kConcerns), Ids{"place:38th-parallel"});

  std::string d = page.clause(letter, "д");
  EXPECT_EQ(page.clause_topics(d), Ids{"foreign_forces_withdrawal"});
  durations = TermList(page.terms(d), "durations");
  ASSERT_EQ(durations.size(), 1u);
  EXPECT_EQ(durations[0].min, 2);
  EXPECT_EQ(durations[0].unit, "month");
  EXPECT_EQ(durations[0].from, "ceasefire");
  EXPECT_EQ(page.targets(d, EdgeKind::kConcerns), Ids{"place:korea"});

  std::string e = page.clause(letter, "е");
  EXPECT_EQ(page.clause_topics(e), (Ids{"civilians", "prisoners_of_war"}));

  Page zhou(kZhouCable);
  std::string one = zhou.clause(zhou.outer(), "1");
  distances = TermList(zhou.terms(one), "distances");
  ASSERT_EQ(distances.size(), 1u);
  EXPECT_EQ(distances[0].min, 2);
  EXPECT_EQ(zhou.clause_topics(one),
            (Ids{"buffer_zone", "demarcation_line", "negotiation_procedure",
                 "withdrawal"}));
  std::string two = zhou.clause(zhou.outer(), "2");
  durations = TermList(zhou.terms(two), "durations");
  ASSERT_EQ(durations.size(), 1u);
  EXPECT_EQ(durations[0].min, 30);
  EXPECT_EQ(durations[0].unit, "day");
  std::string three = zhou.clause(zhou.outer(), "3");
  durations = TermList(zhou.terms(three), "durations");
  ASSERT_EQ(durations.size(), 1u);
  EXPECT_EQ(durations[0].min, 2);
  EXPECT_EQ(durations[0].unit, "month");
  EXPECT_EQ(zhou.clause_topics(three), Ids{"prisoners_of_war"});
}

TEST(ClausesTest, TopicsFromEitherLanguage) {
  Page page(kKimLetter);
  // "г) уход военно-морского флота из территориальных вод КОРЕИ" / "g) the
  // navy goes home": the topic is in the Russian words only.
  std::string g = page.clause(page.outer(), "г");
  EXPECT_EQ(page.clause_topics(g), Ids{"naval_blockade"});
  EXPECT_EQ(page.targets(g, EdgeKind::kConcerns), Ids{"place:korea"});
}

TEST(ClausesTest, ClausesOfARussianAndEnglishReplyAlign) {
  Page page(kStalinReply);
  Ids clauses = page.targets(page.outer(), EdgeKind::kHasClause);
  ASSERT_EQ(clauses.size(), 2u);
  std::string two = page.clause(page.outer(), "2");
  const Value* text = page.node(two).props.Get("text");
  ASSERT_NE(text, nullptr);
  EXPECT_NE(text->GetString("ru").find("военнопленными"), std::string::npos);
  EXPECT_NE(text->GetString("en").find("all for all"), std::string::npos);
  EXPECT_EQ(page.sources(two, EdgeKind::kProposes),
            Ids{"person:joseph-stalin"});
  std::vector<Term> durations = TermList(page.terms(two), "durations");
  ASSERT_EQ(durations.size(), 1u);
  EXPECT_EQ(durations[0].min, 1);
  EXPECT_EQ(durations[0].unit, "month");
}

TEST(ClausesTest, TwoHundredNumberedPoints) {
  std::string text = R"(July 3, 1951

Ciphered Telegram No. 21404, Mao Zedong to Cde. Filippov [Stalin]

To Comrade FILIPPOV [Stalin]

We propose the following points:

)";
  for (int i = 1; i <= 200; ++i) {
    text += std::to_string(i) + ". Both sides withdraw " + std::to_string(i) +
            " km from the 38th parallel within " + std::to_string(i % 30 + 1) +
            " days.\n\n";
  }
  text += "Mao Zedong\n";
  Page page(text);
  Ids clauses = page.targets(page.outer(), EdgeKind::kHasClause);
  ASSERT_EQ(clauses.size(), 200u);
  std::string last = page.clause(page.outer(), "200");
  std::vector<Term> distances = TermList(page.terms(last), "distances");
  ASSERT_EQ(distances.size(), 1u);
  EXPECT_EQ(distances[0].min, 200);
  EXPECT_EQ(page.sources(last, EdgeKind::kProposes), Ids{"person:mao-zedong"});
}

// A list runs past point 999 (issue 10: a page of 10,000 points gave 999
// clauses): every point is a clause.
TEST(ClausesTest, AListPastPoint999IsReadWhole) {
  std::string text = R"(July 3, 1951

Ciphered Telegram No. 21404, Mao Zedong to Cde. Filippov [Stalin]

To Comrade FILIPPOV [Stalin]

We propose the following points:

)";
  for (int i = 1; i <= 1200; ++i) {
    text += std::to_string(i) + ". Both sides withdraw " + std::to_string(i) +
            " km from the 38th parallel.\n\n";
  }
  text += "Mao Zedong\n";
  Page page(text);
  Ids clauses = page.targets(page.outer(), EdgeKind::kHasClause);
  EXPECT_EQ(clauses.size(), 1200u);
  std::string last = page.clause(page.outer(), "1200");
  std::vector<Term> distances = TermList(page.terms(last), "distances");
  ASSERT_EQ(distances.size(), 1u);
  EXPECT_EQ(distances[0].min, 1200);
}

// A number of four digits continues a list only as its next point: "1951."
// after point 3 is a year, not a fourth clause.
TEST(ClausesTest, AYearAfterThePointsIsNoPoint) {
  Page page(R"(July 3, 1951

Ciphered Telegram No. 21404, Mao Zedong to Cde. Filippov [Stalin]

To Comrade FILIPPOV [Stalin]

We propose the following points:

1. Both sides cease fire.

2. Both sides withdraw 10 km from the 38th parallel.

3. Prisoners of war are exchanged.

1951. The year the talks began.

Mao Zedong
)");
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kHasClause).size(), 3u);
}

// "The enemy has agreed to resume the talks at Panmunjom. We intend to put
// forward the following:": the sentence that introduces the points is the
// last; the earlier "agreed" is no agreed text.
TEST(ClausesTest, TheWritersProposeWhatTheyPutForward) {
  Page page(kRoshchinCable);
  std::string kim = page.embedded(page.embedded(page.embedded(page.outer())));
  EXPECT_EQ(page.sources(page.clause(kim, "1"), EdgeKind::kProposes),
            Ids{"person:kim-il-sung"});
  EXPECT_EQ(page.sources(page.clause(kim, "2"), EdgeKind::kProposes),
            Ids{"person:kim-il-sung"});
  // The same introduction in a page of its own.
  for (std::string_view intro :
       {"The enemy has agreed to resume the talks. We intend to put forward "
        "the following:",
        "We intend to put forward the following:",
        // The writers' own delegation puts their points forward.
        "Our delegation intends to table the following proposal on that "
        "point:"}) {
    Page own(R"(October 17, 1951

Ciphered Telegram No. 5501, Kim Il Sung to Mao Zedong

Comrade Mao Zedong!

)" + std::string(intro) +
             R"(

1. The talks are to resume on 25 October at Panmunjom.

2. A neutral zone with a radius of 3 km is to be set up around Panmunjom.

Kim Il Sung
)");
    EXPECT_EQ(own.sources(own.clause(own.outer(), "2"), EdgeKind::kProposes),
              Ids{"person:kim-il-sung"})
        << intro;
  }
}

// "We propose that point 3 read as follows:" over the point quoted: the
// writer's words for point 3, proposed by the writer, under its own number
// though no point 1 comes before it; in Russian too. A quoted "3." under
// words that propose none is no clause.
TEST(ClausesTest, APointQuotedUnderTheWordsProposedForIt) {
  auto page_of = [](std::string_view intro, std::string_view point) {
    return R"(May 5, 1953

Ciphered Telegram No. 1196, V.M. Molotov to V.V. Kuznetsov in Beijing

Your No. 12436 of 4 May.

The draft is acceptable, except for one addition to point 3.

)" + std::string(intro) +
           "\n\n" + std::string(point) + R"(

The remaining points of the draft are acceptable.

MOLOTOV
)";
  };
  Page en(page_of("We propose that point 3 read as follows:",
                  "\"3. For four months after the prisoners of war are "
                  "handed over, their countries may send representatives "
                  "to explain to them their right to return home.\""));
  std::string clause = en.clause(en.outer(), "3");
  ASSERT_FALSE(clause.empty());
  EXPECT_EQ(en.sources(clause, EdgeKind::kProposes),
            Ids{"person:vyacheslav-molotov"});
  // The line right over the point, with no blank between.
  Page close(
      page_of("We propose that point 3 read as follows:\n"
              "\"3. For four months after the prisoners of war are "
              "handed over, their countries may send representatives "
              "to explain to them their right to return home.\"",
              ""));
  EXPECT_EQ(close.prop(close.clause(close.outer(), "3"), "ordinal"), "3");
  Page ru(page_of("Пункт 3 предлагаем изложить так:",
                  "«3. В течение четырёх месяцев после передачи "
                  "военнопленных их государства могут направлять своих "
                  "представителей для разъяснений.»"));
  EXPECT_EQ(ru.prop(ru.clause(ru.outer(), "3"), "ordinal"), "3");
  Page none(page_of("He quoted the point again:",
                    "\"3. For four months after the prisoners of war are "
                    "handed over, their countries may send representatives "
                    "to explain to them their right to return home.\""));
  EXPECT_TRUE(none.targets(none.outer(), EdgeKind::kHasClause).empty());
}

// "The Communist staff officers tabled a complete draft ... They read:
// “17. ...": a text a side named by no person put forward at the table is
// the report's account, its points from the number they start at, proposed
// by no one by name; not one a side is only compared with ("such as the UNC
// put forward").
TEST(ClausesTest, ATextASideTabledIsTheReportsAccount) {
  Page page(R"(<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc><titleStmt><title type="complete">Foreign Relations of the United States, 1952–1954, Korea, Volume XV, Part 1</title></titleStmt></fileDesc></teiHeader>
  <text><body>
    <div type="document" xml:id="d36" n="36">
      <note rend="inline" type="source">795.00/2–1452: Telegram</note>
      <head>The Commander in Chief, Far East (<persName type="from">Ridgway</persName>) to the <gloss type="to">Joint Chiefs of Staff</gloss></head>
      <opener><dateline><placeName>Tokyo</placeName>, <date when="1952-02-14T17:12:00+09:00">February 14, 1952—5:12 p.m.</date></dateline></opener>
      <p>C 63344. Part 1. This morning the Communist staff officers tabled a complete draft of the paragraphs on prisoners of war, such as the UNC put forward on 8 Feb. Paras 17 through 19 are new. They read: <list>
        <label>“17.</label><item>Within two months after the armistice each side shall release and repatriate all prisoners of war held in its custody.</item>
        <label>“18.</label><item>Each side shall permit all civilians to return home.</item>
        <label>“19.</label><item>A Committee for Repatriation of Prisoners of War shall direct the exchange at Panmunjom.”</item>
      </list></p>
      <p>Part 2. Para 17 is unacceptable.</p>
    </div>
  </body></text>
</TEI>
)");
  EXPECT_TRUE(page.targets(page.outer(), EdgeKind::kEmbeds).empty());
  for (const char* o : {"17", "18", "19"}) {
    std::string clause = page.clause(page.outer(), o);
    ASSERT_FALSE(clause.empty()) << o;
    EXPECT_TRUE(page.sources(clause, EdgeKind::kProposes).empty()) << o;
  }
  // A side only compared with, or a document the writer quotes, is no text
  // a side tabled: each stays a document of its own.
  for (std::string_view intro :
       {"The enemy's draft, such as the UNC put forward on 8 Feb, reads:",
        "The enemy proposed on 10 July to resume the talks. Peng Dehuai "
        "sent me the following telegram:"}) {
    Page quoted(R"(July 11, 1951

Ciphered Telegram No. 5502, Mao Zedong to Filippov [Stalin]

Comrade Filippov!

)" + std::string(intro) +
                R"(

"1. The talks are to resume on 15 July at Kaesong.

2. A neutral zone with a radius of 5 km is to be set up around Kaesong."

Mao Zedong
)");
    EXPECT_EQ(quoted.targets(quoted.outer(), EdgeKind::kEmbeds).size(), 1u)
        << intro;
  }
}

// A cable's paragraph numbers alone on their lines, each over a paragraph
// that opens on the point it answers ("2." over "Para 3. UNC del will
// insist ..."): the paragraphs are numbered as printed.
TEST(ClausesTest, ANumberAloneOverAParagraphNamingThePointItAnswers) {
  Page page(R"(Office of the Historian

Foreign Relations of the United States, 1952–1954, Korea, Volume XV, Part 1

Document 26

26. The Commander in Chief, Far East (Ridgway) to the Joint Chiefs of Staff

Tokyo, February 8, 1952—4:12 p.m.

top secret

C 62971. Re JCS 900426. Comments follow by para of ref.

1.
Concur in paras 1, 2 and 5.
2.
Para 3. UNC del will insist that the political conference take up only Korean questions.
3.
Para 4. I would accept withdrawal of foreign forces as a question for the conference only on condition that the Communists drop other questions.

Previous Next
)");
  Ids ordinals;
  for (const std::string& id : page.targets(page.outer(), EdgeKind::kHasClause))
    ordinals.push_back(page.prop(id, "ordinal"));
  std::sort(ordinals.begin(), ordinals.end());
  EXPECT_EQ(ordinals, (Ids{"1", "2", "3"}));
}

// An earlier sentence of the introduction names another's proposal
// ("Ridgway again proposes ..."); the sentence leading into the points
// ("... with proposals of our own, as follows:") is the writers'.
TEST(ClausesTest, TheSentenceLeadingIntoThePointsSaysWhoseTheyAre) {
  Page page(R"(October 3, 1951

Ciphered Telegram No. 4970, Peng Dehuai to Mao Zedong

Comrade Mao Zedong!

In his latest message Ridgway again proposes that the talks be moved to Songhyon-ni. To take the initiative, we consider it advisable to answer him with proposals of our own, as follows:

1. The conference site is to move from Kaesong to Panmunjom.

2. Liaison officers are to meet at Panmunjom within 2 days.

Peng Dehuai
)");
  for (const char* point : {"1", "2"}) {
    EXPECT_EQ(
        page.sources(page.clause(page.outer(), point), EdgeKind::kProposes),
        Ids{"person:peng-dehuai"})
        << "point " << point;
  }
}

// "Having discussed the matter with Comrades LI KENONG and XIE FANG, we
// consider ...": the writers, the subject after the names, propose; the
// names they consulted do not.
TEST(ClausesTest, TheWritersAfterTheNamesTheyConsultedPropose) {
  Page page(R"(February 4, 1952

Telegram, Kim Il Sung and Peng Dehuai to Mao Zedong

Chairman MAO:

Having discussed the matter with Comrades LI KENONG and XIE FANG, we consider that our side should come forward at the next plenary session with the following proposal:

1. The delegations of both sides recommend a political conference of a higher level within three months.

2. The conference is to settle the withdrawal of all foreign forces from Korea.

KIM IL SUNG
PENG DEHUAI
)");
  for (const char* point : {"1", "2"}) {
    EXPECT_EQ(
        page.sources(page.clause(page.outer(), point), EdgeKind::kProposes),
        (Ids{"person:kim-il-sung", "person:peng-dehuai"}))
        << "point " << point;
  }
}

// In a list that names the demilitarized zone and the demarcation line in
// full, "the zone" and "the line" of a later point stand for them.
TEST(ClausesTest, TheZoneAndTheLineOfAListNamingThemInFull) {
  Page page(R"(August 17, 1951

Telegram, Ridgway to the Joint Chiefs of Staff

Hodes set out the UNC position as follows:

a. The military demarcation line and the demilitarized zone are to be fixed in the general area of the present battle line.

b. The location of the zone must take into account the whole military situation.

c. Adjustments to the line are to be worked out by the subcommittee itself.

RIDGWAY
)");
  std::string doc = page.outer();
  EXPECT_EQ(page.clause_topics(page.clause(doc, "b")), Ids{"buffer_zone"});
  Ids c = page.clause_topics(page.clause(doc, "c"));
  EXPECT_TRUE(std::ranges::count(c, "demarcation_line") == 1);
}

// "Cde. XIE FANG replied in our name that airfields are an internal affair
// which we will not discuss, and put forward the following:": the "we" of a
// clause further on is not the subject; the one named proposes.
TEST(ClausesTest, AFirstPersonFurtherOnIsNoSubjectAfterTheName) {
  Page page(R"(December 14, 1951

Telegram, Li Kenong to Mao Zedong

To Comrade MAO ZEDONG:

Cde. XIE FANG replied in our name that airfields are an internal affair of each side which we will not discuss, and put forward the following:

1. Rotation of troops is allowed up to 5,000 persons a month.

2. Three ports of entry on each side.

LI KENONG
)");
  for (const char* point : {"1", "2"}) {
    EXPECT_EQ(
        page.sources(page.clause(page.outer(), point), EdgeKind::kProposes),
        Ids{"person:xie-fang"})
        << "point " << point;
  }
}

// "we have agreed with Comrade KIM IL SUNG on the following line" is the
// writers' line, worked out with another, not a text the two sides agreed:
// the writers propose its points, in English and in Chinese.
TEST(ClausesTest, TheWritersWhoAgreedTheirLineWithAnotherProposeIt) {
  for (const char* lead :
       {"On the talks at Panmunjom we have agreed with Comrade KIM IL SUNG on "
        "the following line, and we ask the Soviet government to give its "
        "opinion:",
        "关于板门店的会谈，我们已同金日成同志商定如下方针，请苏联政府提出意见"
        "："}) {
    Page page(std::string(R"(October 23, 1953

Telegram, Zhou Enlai to V. M. Molotov

To Comrade MOLOTOV:

)") + lead + R"(

1. The conference should convene within one month after the talks agree.

2. The place should be Panmunjom.

ZHOU ENLAI
)");
    for (const char* point : {"1", "2"})
      EXPECT_EQ(OuterProposers(page, point), Ids{"person:zhou-enlai"})
          << lead << " point " << point;
  }
}

// "he and Cde. PENG DEHUAI had agreed on the following measures": allies
// who agreed points among themselves put them forward; the two sides
// agreeing a text ("Nam Il and Joy agreed") leave it no one's.
TEST(ClausesTest, AlliesWhoAgreedPointsAmongThemselvesProposeThem) {
  auto proposers = [](const char* lead) {
    Page page(std::string(R"(September 7, 1953

Ciphered Telegram No. 24117, Suzdalev to Cde. Molotov

To Comrade MOLOTOV V.M.

)") + lead + R"(

1. To set up at once a group of explainers for the 90 days.

2. To insist that the political conference take up the question.

SUZDALEV
)");
    return OuterProposers(page, "1");
  };
  EXPECT_EQ(proposers("KIM IL SUNG said that he and Cde. PENG DEHUAI had "
                      "agreed on the following measures:"),
            (Ids{"person:kim-il-sung", "person:peng-dehuai"}));
  EXPECT_EQ(proposers("NAM IL and JOY agreed on the following measures:"),
            Ids{});
}

// FRUS prints a list's labels on lines of their own, "(a)" over its text:
// each label with the line under it is a point.
TEST(ClausesTest, ABracketedLetterAloneOverItsText) {
  Page page(
      R"(Foreign Relations of the United States, 1952–1954, Korea, Volume XV, Part 2

Document 789

789. The Representative for the Korean Political Conference (Dean) to the Department of State

Munsan-ni, November 30, 1953—10 p.m.

118. At plenary today Ki Sok Bok read out Communist proposal. Substance as follows:

(a)
Political conference to convene December 28, 1953.
(b)
Conference to be held at New Delhi.

I said New Delhi might be acceptable.
)");
  EXPECT_EQ(SortedOrdinals(page), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(page.node(page.clause(page.outer(), "b"))
                .props.Get("text")
                ->GetString("en"),
            "Conference to be held at New Delhi.");
}

// Points added to a list given before, run into the paragraph after a colon
// ("Text as read by him: 6) ... 7) ..."), are points 6 and 7.
TEST(ClausesTest, AListRunOnFromOneGivenBeforeKeepsItsNumbers) {
  Page page(R"(December 3, 1951

Telegram C-58532, Ridgway to the Joint Chiefs of Staff

Nam Il wished to add two principles to the five it had tabled on agenda Item 3. Text as read by him: 6) Both sides shall undertake not to introduce into Korea any military forces, weapons and ammunition under any pretext. 7) Both sides agree to invite representatives of neutral nations to inspect such ports of entry as both sides agree upon.

Joy replied that UNC would study the new principles.
)");
  EXPECT_EQ(SortedOrdinals(page), (std::vector<std::string>{"6", "7"}));
}

// "Vyshinsky spoke ... At close he tabled USSR draft res, of which
// operative paras read:": "he" who tables the text is the one the paragraph
// named, and he proposes its points, not the report's writer.
TEST(ClausesTest, HeWhoTablesTheTextIsTheOneNamedBefore) {
  Page page(
      R"(Foreign Relations of the United States, 1952–1954, Korea, Volume XV, Part 1

Document 297

297. The Secretary of State to the Department of State

New York, November 10, 1952—9 p.m.

Delga 163. Vyshinsky spoke in Comite 1 this afternoon for two hours. At close he tabled USSR draft res, of which operative paras read:

“1. Recommends to the belligerents in Korea immediately to cease fire;

“2. Establishes a commission for the peaceful settlement of the Korean question.”

USDel will of course oppose res.

Acheson
)");
  EXPECT_EQ(OuterProposers(page, "1"), Ids{"person:andrey-vyshinsky"});
}

// Paragraphs of a draft quoted by their own numbers after "they read:"
// ("“14. ..." and "17. ...") are its points 14 and 17.
TEST(ClausesTest, ParagraphsQuotedAsTheyReadKeepTheirNumbers) {
  Page page(R"(November 25, 1952

Ciphered Telegram No. 28106, Vyshinsky to Stalin

On 23 November MENON revised two points of his draft. In the new text they read:

"14. At its first meeting the Commission appoints an umpire.

17. At the end of 90 days the disposition of the prisoners of war is referred to the political conference."

A. VYSHINSKY
)");
  std::string quoted = page.embedded(page.outer());
  ASSERT_FALSE(quoted.empty());
  std::vector<std::string> ordinals;
  for (const std::string& c : page.targets(quoted, EdgeKind::kHasClause))
    ordinals.push_back(page.node(c).props.GetString("ordinal"));
  std::sort(ordinals.begin(), ordinals.end());
  EXPECT_EQ(ordinals, (std::vector<std::string>{"14", "17"}));
}

// Some lists are labelled with Roman numerals, "(i)" to "(vi)": each is a
// point, named as printed.
TEST(ClausesTest, RomanNumeralsInBracketsLabelPoints) {
  Page page(
      R"(Foreign Relations of the United States, 1952–1954, Korea, Volume XV, Part 1

Document 163

163. The Joint Chiefs of Staff to the Commander in Chief, Far East (Clark)

Washington, June 5, 1952—7:03 p.m.

JCS 910763. On the supervisory commission the staff officers should be guided as follows:

(i)
The commission is to be composed of four senior officers.
(ii)
There are to be 20 inspection teams.
(iii)
Each team is to consist of not less than four officers.
(iv)
The teams are to report only to the Military Armistice Commission.
)");
  EXPECT_EQ(SortedOrdinals(page),
            (std::vector<std::string>{"i", "ii", "iii", "iv"}));
}

// "a letter from KIM IL SUNG and PENG DEHUAI to RIDGWAY is to propose": a
// name after a preposition, or joined to one, is no subject of the verb;
// the point is the one's who set it out.
TEST(ClausesTest, NamesAfterAPrepositionDoNotProposeAPoint) {
  Page page(R"(September 14, 1951

Ciphered Telegram No. 1187, Razuvaev to Cde. Vasilevsky

To Comrade VASILEVSKY

On 14 September KIM IL SUNG received me. He considers it time to propose that the talks be resumed, and he set out the following:

1. Within 5 days a letter from KIM IL SUNG and PENG DEHUAI to RIDGWAY is to propose that the talks be resumed.

2. The liaison officers are to settle the security of the conference area.

RAZUVAEV
)");
  for (const char* point : {"1", "2"})
    EXPECT_EQ(OuterProposers(page, point), Ids{"person:kim-il-sung"}) << point;
}

// "Принять нельзя" (cannot be accepted) before the letters says nothing of
// an agreed text: the writer's letters stay his, in Russian as in English.
TEST(ClausesTest, ARefusalBeforeTheLettersLeavesThemTheWriters) {
  Page page(R"(April 30, 1952

Ciphered Telegram No. 18873, Mao Zedong to Cde. Filippov [Stalin]

Товарищу ФИЛИППОВУ.

Мы считаем необходимым дать противнику следующий ответ:

1. Цифру в 70 000 человек принять нельзя. По вопросу о военнопленных наша делегация:

а) будет твёрдо настаивать на репатриации всех военнопленных;

б) заявит, что мы не признаём так называемой «фильтрации».

МАО ЦЗЭДУН
)");
  for (const char* letter : {"а", "б"}) {
    EXPECT_EQ(
        page.sources(page.clause(page.outer(), letter), EdgeKind::kProposes),
        (Ids{"person:mao-zedong"}))
        << "point " << letter;
  }
  // Screening ("фильтрация") is of the prisoners, in the words of the time.
  EXPECT_EQ(page.clause_topics(page.clause(page.outer(), "б")),
            Ids{"prisoners_of_war"});
}

// Two telegrams of one FRUS file (TEI): the Department's instruction, whose
// points a delegation "at Panmunjom will table" (a body, no person, though
// the sentence names Nehru first), and the ambassador's report, whose
// conditions are Nehru's ("he said ... only on three conditions:", the
// pronoun after an opening phrase). Each <p> is a whole paragraph: the last
// condition ends where its paragraph does.
constexpr char kTwoTelegrams[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc><titleStmt><title type="complete">Foreign Relations of the United States, 1952–1954, Korea, Volume XV, Part 1</title></titleStmt></fileDesc></teiHeader>
  <text><body>
    <div type="document" xml:id="d558" n="558">
      <note rend="inline" type="source">795.00/5–2153: Telegram</note>
      <head>The Secretary of State to the <gloss type="to">Embassy in India</gloss></head>
      <opener><dateline><placeName>Washington</placeName>, <date when="1953-05-21T19:14:00-05:00">May 21, 1953—7:14 p.m.</date></dateline></opener>
      <p>1401. Eyes only for the Ambassador. You should seek an appointment with Nehru at the earliest possible moment and inform him in strictest confidence that on May 25 the UNC delegation at Panmunjom will table a new proposal on the POW question, on the following lines:</p>
      <list>
        <label>(a)</label><item>A Neutral Nations Repatriation Commission of five nations would take charge of all POWs who do not exercise their right to repatriation.</item>
        <label>(b)</label><item>India alone would furnish the armed forces needed to hold these POWs in custody in Korea.</item>
      </list>
      <closer><signed>Dulles</signed></closer>
    </div>
    <div type="document" xml:id="d561" n="561">
      <note rend="inline" type="source">795.00/5–2353: Telegram</note>
      <head>The Ambassador in India (<persName type="from">Allen</persName>) to the <gloss type="to">Department of State</gloss></head>
      <opener><dateline><placeName>New Delhi</placeName>, <date when="1953-05-23T18:00:00+05:30">May 23, 1953—6 p.m.</date></dateline></opener>
      <p>1712. Deptel 1401. Saw Nehru this afternoon.</p>
      <p>Nehru said India would accept the chairmanship of the commission. On the custodial force he said the Government of India would provide the troops, perhaps a brigade or more, but only on three conditions:</p>
      <p>1. That both sides formally invite India to serve.</p>
      <p>2. That Indian troops not be called upon to use force against prisoners either to compel or to prevent their repatriation.</p>
      <p>3. That the Indian troops not be required to pass through or be stationed on ROK-controlled territory outside the demilitarized zone; he would expect the UNC to carry them directly from the port of entry to the zone.</p>
      <p>On point (d) Nehru was less happy. He doubted that any political conference could settle the matter in 30 days, and suggested that the prisoners be referred to the United Nations General Assembly rather than released.</p>
      <closer><signed>Allen</signed></closer>
    </div>
  </body></text>
</TEI>
)";

TEST(ClausesTest, WhoseConditionsAReportGivesAndWhereTheLastEnds) {
  Page page(kTwoTelegrams);
  const std::string instruction = "doc:telegram-1401-1953-05-21";
  const std::string report = "doc:telegram-1712-1953-05-23";
  for (const char* point : {"a", "b"}) {
    EXPECT_TRUE(
        page.sources(page.clause(instruction, point), EdgeKind::kProposes)
            .empty())
        << "point " << point;
  }
  for (const char* point : {"1", "2", "3"}) {
    EXPECT_EQ(page.sources(page.clause(report, point), EdgeKind::kProposes),
              Ids{"person:jawaharlal-nehru"})
        << "point " << point;
  }
  std::string last =
      page.node(page.clause(report, "3")).props.Get("text")->GetString("en");
  EXPECT_TRUE(last.ends_with("to the zone.")) << last;
  // "Deptel 1401": the report answers the Department's telegram.
  const Value* refs = page.node(report).props.Get("references");
  ASSERT_NE(refs, nullptr);
  ASSERT_EQ(refs->as_array().size(), 1u);
  EXPECT_EQ(refs->as_array()[0].GetString("number"), "1401");
}

// A paper quotes the other side's numbered proposal, then leads into its own
// lettered position with "the following position ...:": the letters are a
// list of their own, not sub-points of the last quoted paragraph.
TEST(ClausesTest, ALetteredPositionAfterAQuotedListIsAListOfItsOwn) {
  Page page(R"(<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc><titleStmt><title type="complete">Foreign Relations of the United States, 1952–1954, Korea, Volume XV, Part 1</title></titleStmt></fileDesc></teiHeader>
  <text><body>
    <div type="document" xml:id="d5" n="5">
      <note rend="inline" type="source">S/S files, lot 59 D 95, TCT D–4/3a</note>
      <head>Paper Prepared in the Department of State</head>
      <opener><dateline><placeName>Washington</placeName>, <date when="1952-01-04">January 4, 1952</date>.</dateline></opener>
      <p>On January 2, 1952, Rear Admiral R. E. Libby, the senior UNC subdelegate, tabled the following proposal:</p>
      <list>
        <label>(1)</label><item>Prisoners of war who elect repatriation shall be exchanged on a one-for-one basis until one side has exchanged all such prisoners held by it.</item>
        <label>(2)</label><item>All prisoners of war not electing repatriation shall be released from prisoner-of-war status and paroled, on the understanding that they will not again bear arms in the Korean conflict.</item>
      </list>
      <p>The Communists at once denounced the proposal as a "barter of human beings" and a violation of the Geneva Convention of 1949.</p>
      <p>The United States should seek British support for the following position, which has the concurrence of the Department of Defense and of the JCS:</p>
      <list>
        <label>a.</label><item>No prisoner of war should be returned to the Communists against his will.</item>
        <label>b.</label><item>The UNC should continue to press for visits by the ICRC to the prisoner-of-war camps of both sides before the armistice.</item>
      </list>
    </div>
  </body></text>
</TEI>
)");
  for (const char* point : {"a", "b"}) {
    EXPECT_TRUE(page.has(page.clause(page.outer(), point))) << point;
  }
  std::string second = page.node(page.clause(page.outer(), "2"))
                           .props.Get("text")
                           ->GetString("en");
  EXPECT_TRUE(second.ends_with("in the Korean conflict.")) << second;
}

// A report's numbered paragraph leads into a list numbered anew in brackets
// ("1. ... He then set forth the UNC position as follows:" over "(1) ...
// (2) ..."): the bracketed points are the clauses, put forward by the one
// the paragraph names before "He".
TEST(ClausesTest, BracketedPointsUnderAReportsParagraphAreTheClauses) {
  Page page(R"(<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc><titleStmt><title type="complete">Foreign Relations of the United States, 1952–1954, Korea, Volume XV, Part 1</title></titleStmt></fileDesc></teiHeader>
  <text><body>
    <div type="document" xml:id="d193" n="193">
      <note rend="inline" type="source">795.00/7–1352: Telegram</note>
      <head>The Commander in Chief, United Nations Command (<persName type="from">Clark</persName>) to the <gloss type="to">Joint Chiefs of Staff</gloss></head>
      <opener><dateline><placeName>Tokyo</placeName>, <date when="1952-07-13">July 13, 1952</date>.</dateline></opener>
      <p>HNC–1271. Subj: Executive session of delegations, 13 Jul 52.</p>
      <p>1. Harrison opened the session by informing the Communists that the recheck of all POWs in UNC custody had been completed. He then set forth the UNC position as follows:</p>
      <list>
        <label>(1)</label><item>The UNC will deliver to the Communist side approximately 83,000 POWs and civilian internees.</item>
        <label>(2)</label><item>No prisoner who has stated that he would violently resist return will be delivered against his will.</item>
      </list>
      <p>2. Nam Il asked how many of the 83,000 were civilian internees and asked for a recess.</p>
    </div>
  </body></text>
</TEI>
)");
  for (const char* point : {"1", "2"}) {
    std::string id = page.clause(page.outer(), point);
    EXPECT_EQ(page.sources(id, EdgeKind::kProposes),
              Ids{"person:william-harrison"})
        << "point " << point;
    EXPECT_TRUE(page.node(id).props.Get("text")->GetString("en").starts_with(
        point[0] == '1' ? "The UNC will deliver" : "No prisoner"))
        << "point " << point;
  }
}

// "Adm Joy read the statement ..., offering the Communists the UNC
// solution ...: Its substance was:": the points are Joy's.
TEST(ClausesTest, TheOneWhoOffersTheSolutionPutsItsPointsForward) {
  Page page(R"(Office of the Historian
Historical Documents
Foreign Relations of the United States, 1952–1954, Korea, Volume XV, Part 1
Document 118
795.00/4–2852: Telegram
118. The Commander in Chief, United Nations Command (Ridgway) to the Joint Chiefs of Staff
Tokyo, April 28, 1952—8:12 p.m.
top secret
HNC–1162. Subj: Exec session of delegations, Panmunjom, 28 Apr 52.
1. At the executive session, Adm Joy read the statement approved by Wash, offering the Communists the UNC solution of the three issues still outstanding as a single package. Its substance was:
a. The UNC will not insist on its proposal that the armistice agreement prohibit the rehabilitation of airfields.
b. The UNC will not agree to any settlement of the POW question which requires the forcible return of prisoners of war.
2. Nam Il asked for a recess.
)");
  for (const char* point : {"a", "b"}) {
    EXPECT_EQ(
        page.sources(page.clause(page.outer(), point), EdgeKind::kProposes),
        Ids{"person:c-turner-joy"})
        << "point " << point;
  }
}

// Two proposing verbs lead into the points: the one nearest them speaks
// for them ("... principles 6 and 7, which Comrade NAM IL tabled ..., and
// TURNER put forward ... the following points:").
TEST(ClausesTest, TheSubjectOfTheVerbNearestThePointsProposesThem) {
  Page page(R"(December 7, 1951

Ciphered Telegram No. 26718, Li Kenong to Mao Zedong

On 4 December the subcommittee on the third point held its first session. The enemy refused to discuss our supplementary principles 6 and 7, which Comrade NAM IL tabled at the plenary session of 3 December, and TURNER put forward, in the name of the American side, the following points:

1. Neither side increases the strength of its troops in Korea.

2. Neither side rehabilitates or builds airfields.

We consider that point 1 can be agreed to.

LI KENONG
)");
  for (const char* point : {"1", "2"}) {
    EXPECT_EQ(
        page.sources(page.clause(page.outer(), point), EdgeKind::kProposes),
        Ids{"person:howard-m-turner"})
        << "point " << point;
  }
}

// A person named after the body he heads proposes, and an aside set off by
// commas before the verb ("calling it the "final effort" of his side")
// makes neither him nor his side its subject.
TEST(ClausesTest, TheHeadNamedAfterHisDelegationProposes) {
  for (const char* lead :
       {"the head of the American delegation HARRISON put forward three "
        "variants:",
        "the head of the American delegation HARRISON, calling it the "
        "\"final effort\" of his side, offered a choice of three variants:"}) {
    Page page(std::string(R"(September 30, 1952

Ciphered Telegram No. 24815, Li Kenong to Mao Zedong

At the session of 28 September )") +
              lead + R"(

1. All prisoners of war are brought to an exchange point.

2. Prisoners of war who object to repatriation are interviewed by neutral representatives.

LI KENONG
)");
    EXPECT_EQ(page.sources(page.clause(page.outer(), "1"), EdgeKind::kProposes),
              Ids{"person:william-harrison"})
        << lead;
  }
}

// "Joy read into the record the following statement ...:" reads the points
// out at the table: they are Joy's, named by his surname alone.
TEST(ClausesTest, PointsReadIntoTheRecordAreTheReaders) {
  Page page(
      R"(Foreign Relations of the United States, 1952–1954, Korea, Volume XV, Part 1

Document 44

44. The Commander in Chief, United Nations Command (Ridgway) to the Joint Chiefs of Staff

Tokyo, February 16, 1952—6 p.m.

HNC–887. Part 2. Before the recess Joy read into the record the following statement of the UNC understanding of the text:
1.
The UNC will make the recommendation to the United Nations as well as to the Government of the Republic of Korea.
2.
The term "foreign forces" as used in the text means non-Korean forces.
Part 3. Nam Il accepted the UNC wording.
)");
  for (const char* point : {"1", "2"}) {
    EXPECT_EQ(
        page.sources(page.clause(page.outer(), point), EdgeKind::kProposes),
        Ids{"person:c-turner-joy"})
        << point;
  }
}

// Numbered answers to another's points, then a list numbered anew in
// brackets that the writer's side is to put forward: the second list is the
// cable's proposal, in each language, and the answers are none.
TEST(ClausesTest, ACounterproposalNumberedAnewAfterTheAnswersIsTheProposal) {
  Page page(R"(November 21, 1953

Cable from Zhou Enlai to Huang Hua

一、关于第一点，日内瓦亦可接受。

二、第二点的期限太长。

在适当时机，我方应提出如下对案：

（一）会议地点在新德里或日内瓦。

（二）会议于预备会谈达成协议后一个月内召开。

1. On the first point: Geneva can also be accepted.

2. The time limit of the second point is too long.

At a suitable moment our side should put forward the following counterproposal:

(1) The conference is held in New Delhi or in Geneva.

(2) The conference convenes within one month after agreement is reached in the preliminary talks.

Zhou Enlai
)");
  Ids clauses = page.targets(page.outer(), EdgeKind::kHasClause);
  ASSERT_EQ(clauses.size(), 2u);
  std::string first = page.clause(page.outer(), "1");
  ASSERT_FALSE(first.empty());
  std::set<std::string> quotes;
  for (const Evidence& ev : page.node(first).evidence) quotes.insert(ev.quote);
  EXPECT_TRUE(
      quotes.count("The conference is held in New Delhi or in Geneva."));
  EXPECT_TRUE(quotes.count("会议地点在新德里或日内瓦。"));
}

// "The conference" in a list on the political conference is that
// conference; in a list that never names it, the word gives no topic.
TEST(ClausesTest, TheConferenceOfAListOnThePoliticalConference) {
  Page page(R"(November 19, 1953

Telegram No. 498, Dean to the Department of State

Dean tabled the following proposals:

1. The political conference shall convene at Geneva.

2. The conference shall be composed of the belligerents on each side.

DEAN
)");
  Ids second = page.clause_topics(page.clause(page.outer(), "2"));
  EXPECT_NE(std::find(second.begin(), second.end(), "political_settlement"),
            second.end());
  Page talks(R"(July 9, 1951

Telegram No. 21500, Mao Zedong to Filippov [Stalin]

We propose the following:

1. The conference shall meet at Kaesong.

2. Each delegation shall have five members.

MAO ZEDONG
)");
  Ids first = talks.clause_topics(talks.clause(talks.outer(), "1"));
  EXPECT_EQ(std::find(first.begin(), first.end(), "political_settlement"),
            first.end());
}

// Writers who have another table their points propose them: "to have Cde.
// NAM IL put forward" after "we consider it possible"; the full stop of
// "Cde." ends no sentence, so the names before it stay in the one that
// leads into the points.
TEST(ClausesTest, TheWritersWhoHaveAnotherTableThePointsPropose) {
  Page page(R"(June 18, 1952

Cable No. 20731, Mao Zedong to Cde. Filippov [Stalin]

Cde. Filippov!

After consulting Cde. KIM IL SUNG and Cde. PENG DEHUAI, we consider it possible to have Cde. NAM IL put forward at one of the coming sessions the following proposals:

1. Both sides repatriate all prisoners of war within two months.

2. A political conference is convened within three months.

MAO ZEDONG
)");
  for (const char* point : {"1", "2"}) {
    EXPECT_EQ(
        page.sources(page.clause(page.outer(), point), EdgeKind::kProposes),
        (Ids{"person:mao-zedong"}))
        << "point " << point;
  }
  // Without the writers' verb, the one named puts the points forward.
  Page told(R"(June 18, 1952

Cable No. 20731, Mao Zedong to Cde. Filippov [Stalin]

Cde. Filippov!

After consulting Cde. KIM IL SUNG, Cde. NAM IL will put forward at one of the coming sessions the following proposals:

1. Both sides repatriate all prisoners of war within two months.

MAO ZEDONG
)");
  EXPECT_EQ(told.sources(told.clause(told.outer(), "1"), EdgeKind::kProposes),
            (Ids{"person:nam-il"}));
}

// The one a report names as speaking puts forward what follows: "On 30
// July ZHOU ENLAI informed me of the following:", and "He then put forward
// the following proposals:" after "Nam Il stated that ...", with the
// paragraph under a "1." alone on its line leading into the letters.
TEST(ClausesTest, TheOneAReportNamesAsSpeakingProposes) {
  Page informed(R"(July 31, 1953

Ciphered Telegram No. 18912, Kuznetsov to Molotov

To Comrade MOLOTOV V.M.

On 30 July ZHOU ENLAI informed me of the following:

1. The prisoners are to be exchanged at Panmunjom from 5 August.

2. The commission is to meet in the demilitarized zone.

[...]

3. The Indian chairman is to arrive with the Polish and Czechoslovak members.

V. KUZNETSOV
)");
  // The editors' cut before point 3 does not part it from the sentence.
  for (const char* point : {"1", "2", "3"}) {
    EXPECT_EQ(informed.sources(informed.clause(informed.outer(), point),
                               EdgeKind::kProposes),
              Ids{"person:zhou-enlai"})
        << "point " << point;
  }
  Page pronoun(
      R"(Foreign Relations of the United States, 1952–1954, Korea, Volume XV, Part 1

Document 702

702. The Commander in Chief, United Nations Command (Clark) to the Joint Chiefs of Staff

Tokyo, July 20, 1953.

CX 63812.

1.
At the plenary session of 19 Jul, after Harrison had set out the assurances given in my letter to Kim Il Sung, Nam Il stated that the Communist side was ready to go on. He then put forward the following proposals:
a.
Staff officers to begin at once to revise the military demarcation line.
b.
Staff officers to work out the arrangements for signing.
2.
Request your approval.
)");
  for (const char* point : {"a", "b"}) {
    EXPECT_EQ(pronoun.sources(pronoun.clause(pronoun.outer(), point),
                              EdgeKind::kProposes),
              Ids{"person:nam-il"})
        << "point " << point;
  }
}

// A paragraph of a draft quoted alone with its sub-paragraphs, three
// levels deep ("13. ... shall:" over "a. ...", "(1) ...", "(2) ...", "b.
// ..."): 13 stands on its own number, "(1)" and "(2)" are a's ("a(1)",
// "a(2)"), and "b." is 13's again. "Text as tabled follows:" is the
// report's account, put forward by the one its paragraph has table it.
TEST(ClausesTest, ADraftParagraphsSubParagraphsThreeLevelsDeep) {
  Page page(
      R"(Foreign Relations of the United States, 1952–1954, Korea, Volume XV, Part 1

Document 61

61. The Senior Delegate, United Nations Command Delegation (Joy) to the Commander in Chief, United Nations Command (Ridgway)

Munsan-ni, March 4, 1952.

HNC 972. Staff officers met at Panmunjom. Col Darrow tabled the revised UNC draft of para 13 of the armistice agreement. Text as tabled follows:

"13. In order to insure the stability of the military armistice, the Commanders of the opposing sides shall:

a. Within seventy-two (72) hours after this Armistice Agreement becomes effective, withdraw all of their military forces from the Demilitarized Zone.

(1) All demolitions and minefields known to exist within the Demilitarized Zone shall be reported to the Military Armistice Commission.

(2) Such hazards shall thereafter be removed within forty-five (45) days.

b. Within ten (10) days after this Armistice Agreement becomes effective, withdraw all of their military forces from the coastal islands of the other side.

c. Refrain from constructing military airfields in Korea during the period of the armistice."

Col Chang took the draft under study.
)");
  EXPECT_EQ(SortedOrdinals(page),
            (std::vector<std::string>{"13", "a", "a(1)", "a(2)", "b", "c"}));
  EXPECT_EQ(OuterProposers(page, "a(2)"), Ids{"person:don-o-darrow"});
  EXPECT_EQ(OuterProposers(page, "b"), Ids{"person:don-o-darrow"});
}

// A proposal's point that leads into a list of another style numbered
// from 1 ("3. ... on the following terms:" over "(1) ... (4)", then "4.")
// holds it: "3(1)" to "3(4)" are its sub-points, and the proposal's own
// numbering goes on after them.
TEST(ClausesTest, APointLeadingIntoANumberedListHoldsItsSubPoints) {
  Page page(R"(May 7, 1953

Ciphered Telegram No. 12873, Kuznetsov to Cde. Molotov

Today Cde. NAM IL tabled the following new proposal of five points:

1. Within two months after the armistice agreement comes into force each side shall repatriate all the prisoners of war who insist on repatriation.

2. The Neutral Nations Repatriation Commission is set up on the following terms:

(1) it is made up of one representative each of Poland, Czechoslovakia, Switzerland, Sweden and India;

(2) the Commission takes its decisions by majority vote.

3. Within four months after the Commission has taken custody the states to which the prisoners belong may send representatives to explain to them.

4. Neither side shall use force against the prisoners of war.

KUZNETSOV
)");
  EXPECT_EQ(SortedOrdinals(page),
            (std::vector<std::string>{"1", "2", "2(1)", "2(2)", "3", "4"}));
  std::string vote = page.clause(page.outer(), "2(2)");
  EXPECT_NE(page.node(vote).label.find("majority vote"), std::string::npos);
  EXPECT_EQ(OuterProposers(page, "2(2)"), Ids{"person:nam-il"});
}

// English quotes several paragraphs by opening each with the mark and
// closing only the last; a paragraph's sub-points on lines of their own
// ("“3. The Commission:" over "a. ...") do not part the paragraphs after
// them from the quotation.
TEST(ClausesTest, AQuotedParagraphsSubPointsKeepTheQuotationWhole) {
  Page page(
      R"(Foreign Relations of the United States, 1952–1954, Korea, Volume XV, Part 1

Document 530

530. The Senior Delegate, United Nations Command Delegation (Harrison) to the Commander in Chief, United Nations Command (Clark)

Munsan-ni, May 25, 1953.

HNC 1668. Executive session, Panmunjom, 25 May.

1. At 1100 UNC Del tabled its final proposal on the POW question.

2. Text as tabled:
“1. Within sixty days after the armistice agreement becomes effective, each side shall directly repatriate all POWs who insist on repatriation.
“2. The Neutral Nations Repatriation Commission:
    a. shall be composed of one representative each of Sweden, Switzerland, Poland, Czechoslovakia and India;
    b. shall take its decisions by majority vote.
“3. For ninety days after the Commission has taken custody:
    (1) the nations to which the POWs belong shall have freedom to send representatives to explain to the POWs their rights;
    (2) representatives of the detaining side may be present at all explanations.
“4. No force or threat of force shall be used against the POWs.”

3. Nam Il took the paper and asked for a recess.
)");
  std::string text = page.embedded(page.outer());
  std::vector<std::string> ordinals;
  for (const std::string& c : page.targets(text, EdgeKind::kHasClause))
    ordinals.push_back(page.node(c).props.GetString("ordinal"));
  std::sort(ordinals.begin(), ordinals.end());
  EXPECT_EQ(ordinals, (std::vector<std::string>{"1", "2", "3", "3(1)", "3(2)",
                                                "4", "a", "b"}));
  // The report's paragraph after the quotation is no part of it.
  for (const std::string& c : page.targets(text, EdgeKind::kHasClause))
    EXPECT_EQ(page.node(c).label.find("recess"), std::string::npos) << c;
  EXPECT_EQ(page.edge(text, EdgeKind::kMentions, "person:nam-il"), nullptr);
  EXPECT_NE(page.edge(page.outer(), EdgeKind::kMentions, "person:nam-il"),
            nullptr);
}

// A report's paragraph that leads into a list numbered anew in another
// style ("2. ... He is of the opinion that:" over "1) ... 2) ..."): the
// list's points are the clauses, put forward by the one the paragraph
// names as speaking; the report's own paragraphs are not.
TEST(ClausesTest, AListNumberedAnewInsideAReportsParagraph) {
  Page page(R"(February 23, 1953

Ciphered Telegram No. 4511, Razuvaev to Cde. Vyshinsky

To Comrade VYSHINSKY A.Ya.

1. On 22 February the liaison officer of the American side handed over a letter of General CLARK.

2. On 23 February KIM IL SUNG received me. KIM IL SUNG said that the letter cannot be left without an answer. He is of the opinion that:

1) the proposal to exchange the sick and wounded prisoners should be accepted in principle;

2) the exchange should take place at Panmunjom.

3. The Korean friends are ready for it.

RAZUVAEV
)");
  EXPECT_EQ(SortedOrdinals(page), (std::vector<std::string>{"1", "2"}));
  for (const char* point : {"1", "2"}) {
    EXPECT_EQ(
        page.sources(page.clause(page.outer(), point), EdgeKind::kProposes),
        Ids{"person:kim-il-sung"})
        << "point " << point;
  }
}

// "246. Pillai, Secretary General of External Affairs, asked me to call
// ... and read to me Government of India's position ... In summary:": the
// telegram's own number opening the paragraph is no point, a short last
// sentence leads on from the one before it, and the office set off after
// the name does not part him from his verb.
TEST(ClausesTest, TheOneWhoseOfficeFollowsHisNameSpeaks) {
  Page page(
      R"(Foreign Relations of the United States, 1952–1954, Korea, Volume XV, Part 2

Document 761

761. The Ambassador in India (Allen) to the Department of State

New Delhi, August 6, 1953—7 p.m.

246. Pillai, Secretary General of External Affairs, asked me to call this afternoon and read to me the Government of India's position on the Repatriation Commission. In summary:

1. India accepts chairmanship of the Commission and will furnish the custodian force.

2. The Commission and the prisoners in its custody stay within the demilitarized zone.

Allen
)");
  for (const char* point : {"1", "2"}) {
    EXPECT_EQ(
        page.sources(page.clause(page.outer(), point), EdgeKind::kProposes),
        Ids{"person:n-r-pillai"})
        << "point " << point;
  }
}

// A draft its sender quotes says what "both sides have agreed" of an
// agreement to come: the sender puts its points forward. The same text
// quoted as the agreement reached is no one's proposal.
TEST(ClausesTest, TheSenderOfAQuotedDraftProposesItsPoints) {
  auto page_with = [](const std::string& title) {
    return R"(November 2, 1951

Ciphered Telegram No. 5120, Peng Dehuai to Mao Zedong

I send you the text on the demarcation line.

")" + title +
           R"(

The delegations of both sides have agreed on the following:

1. The line of contact becomes the military demarcation line.

2. Each side withdraws 2 km from the line."

Peng Dehuai
)";
  };
  Page draft(page_with("Agreement on the military demarcation line (draft)."));
  Page agreed(page_with("Agreement on the military demarcation line."));
  for (const char* point : {"1", "2"}) {
    EXPECT_EQ(draft.sources(draft.clause(draft.embedded(draft.outer()), point),
                            EdgeKind::kProposes),
              Ids{"person:peng-dehuai"})
        << "point " << point;
    EXPECT_EQ(
        agreed.sources(agreed.clause(agreed.embedded(agreed.outer()), point),
                       EdgeKind::kProposes),
        Ids{})
        << "point " << point;
  }
}

// Points numbered "(1)", "(2)", ... inside one paragraph, with no colon
// before them, each a clause with its own terms; "(1)" alone is no list.
TEST(ClausesTest, ParenthesizedPointsInsideAParagraph) {
  Page page(R"(April 28, 1953

Ciphered Telegram No. 1066, Dulles to Cde. Muccio

At the first session the Communists tabled a proposal on the POW question. Under it (1) all POWs willing to go home would be repatriated within 2 months after the signing of the armistice; (2) within 1 month after that, all POWs not repatriated would be sent to an agreed neutral state; (3) their disposition would be referred to the political conference.

Their answer (1) is not yet known.
)");
  std::string first = page.clause(page.outer(), "1");
  std::string third = page.clause(page.outer(), "3");
  auto english = [&](const std::string& clause) {
    const Value* text = page.node(clause).props.Get("text");
    return text == nullptr ? std::string() : text->GetString("en");
  };
  EXPECT_EQ(english(first),
            "all POWs willing to go home would be repatriated within 2 months "
            "after the signing of the armistice;");
  EXPECT_EQ(english(third),
            "their disposition would be referred to the political "
            "conference.");
  const Value* terms = page.node(first).props.Get("terms");
  ASSERT_NE(terms, nullptr);
  ASSERT_NE(terms->Get("durations"), nullptr);
  EXPECT_EQ(terms->Get("durations")->as_array()[0].GetString("unit"), "month");
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kHasClause).size(), 3u);
}

// The modality of a PROPOSES edge: the writer's own proposal, another's
// the writer reports, or one still to come.
std::string Modality(const Page& page, const std::string& person,
                     const std::string& clause) {
  const Edge* e = page.edge(person, EdgeKind::kProposes, clause);
  return e == nullptr ? "(no edge)" : e->props.GetString("modality");
}

TEST(ClausesTest, APlannedProposalIsPlannedAndReported) {
  // Razuvaev reports that Nam Il is expected to put the points forward.
  Page page(
      ReadFile(fs::path(PARLEY_DATA_DIR) / "1951-07-01-telegram-501869.txt"));
  for (std::string_view ordinal : {"а", "б", "в", "г", "д", "е"}) {
    std::string c = page.clause(page.outer(), ordinal);
    EXPECT_EQ(page.sources(c, EdgeKind::kProposes), Ids{"person:nam-il"})
        << ordinal;
    EXPECT_EQ(Modality(page, "person:nam-il", c), "planned") << ordinal;
    const Edge* e = page.edge("person:nam-il", EdgeKind::kProposes, c);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->props.GetString("reported_by"), "person:vladimir-razuvaev");
  }
  // The same in a letter of Kim's, in Russian only: "HAM ИР выдвинет".
  Page kim(kKimLetter);
  Ids planned;
  for (const Edge& e : kim.fragment().edges()) {
    if (e.kind == EdgeKind::kProposes && e.source == "person:nam-il")
      planned.push_back(e.props.GetString("modality"));
  }
  ASSERT_FALSE(planned.empty());
  for (const std::string& m : planned) EXPECT_EQ(m, "planned");
}

TEST(ClausesTest, TheWritersOwnProposalIsProposedAnotherIsReported) {
  Page page(kRoshchinCable);
  std::string kim = page.embedded(page.embedded(page.embedded(page.outer())));
  EXPECT_EQ(Modality(page, "person:kim-il-sung", page.clause(kim, "1")),
            "proposed");
  for (auto [intro, lang] :
       {std::pair{"At today's session NAM IL proposed the following:", "en"},
        std::pair{"На сегодняшнем заседании НАМ ИР предложил следующее:",
                  "ru"}}) {
    Page report(R"(October 17, 1951

Ciphered Telegram No. 5502, Razuvaev to Shtemenko

)" + std::string(intro) +
                R"(

1. The talks are to resume on 25 October at Panmunjom.

2. A neutral zone with a radius of 3 km is to be set up around Panmunjom.

Razuvaev
)");
    std::string c = report.clause(report.outer(), "1");
    EXPECT_EQ(Modality(report, "person:nam-il", c), "reported") << lang;
    const Edge* e = report.edge("person:nam-il", EdgeKind::kProposes, c);
    ASSERT_NE(e, nullptr) << lang;
    EXPECT_EQ(e->props.GetString("reported_by"), "person:vladimir-razuvaev");
  }
}

// The verb nearest the points says whose they are: in a sentence that
// first answers a body's proposal and then reads out a counter-proposal,
// the points are the reader's, not the body's.
TEST(ClausesTest, TheProposingVerbNearestThePointsSpeaksForThem) {
  Page report(R"(May 14, 1953

Ciphered Telegram No. 14710, Kuznetsov to Molotov

The head of the American delegation, General HARRISON, gave the answer of the United Nations Command to the proposal that our side had tabled on 7 May, and read out a counter-proposal. Its main points come to the following:

1. Prisoners of war who insist on repatriation are sent home within two months.

2. The others are handed over to a commission of neutral states in Korea.

KUZNETSOV
)");
  for (std::string_view point : {"1", "2"}) {
    std::string c = report.clause(report.outer(), point);
    EXPECT_EQ(report.sources(c, EdgeKind::kProposes),
              Ids{"person:william-harrison"})
        << point;
  }
}

// A side's proposal that the paragraph says a delegate read out at the
// table is the reader's; without a reader it is the side's, no person's.
TEST(ClausesTest, TheOneWhoReadASidesProposalOutProposesIt) {
  auto report = [](std::string_view paragraph) {
    return Page(R"(May 2, 1952

Ciphered Telegram No. 502190, Razuvaev to Vasilevsky

)" + std::string(paragraph) +
                R"(

a) the commission of neutral states to be made up of Poland, Czechoslovakia, Sweden and Switzerland;

b) all prisoners of war to be repatriated within two months.

RAZUVAEV
)");
  };
  Page read(report(
      "NAM IL read out at today's plenary session the answer agreed with "
      "Comrade MAO ZEDONG. The Korean-Chinese side proposed:"));
  Page unread(
      report("At today's plenary session the Korean-Chinese side proposed:"));
  for (std::string_view point : {"a", "b"}) {
    EXPECT_EQ(
        read.sources(read.clause(read.outer(), point), EdgeKind::kProposes),
        Ids{"person:nam-il"})
        << point;
    EXPECT_EQ(unread.sources(unread.clause(unread.outer(), point),
                             EdgeKind::kProposes),
              Ids{})
        << point;
  }
}

// A point of a prisoner list that speaks only of the commission holding
// the prisoners is a prisoner point too; in a list of other matters, or a
// short one, a commission point keeps its own topic.
TEST(ClausesTest, ACommissionPointTakesTheTopicOfItsList) {
  const std::string kHead = R"(May 9, 1953

Ciphered Telegram No. 14650, Kuznetsov to Molotov

The Chinese side proposes the following:

)";
  const std::string kPrisoners =
      R"(1. Prisoners of war who insist on repatriation are sent home within two months.

2. The other prisoners of war are handed over to a commission of five neutral states.

3. The commission decides every question by a majority vote.

4. Prisoners of war not repatriated within four months are released.

KUZNETSOV
)";
  Page page(kHead + kPrisoners);
  EXPECT_EQ(page.clause_topics(page.clause(page.outer(), "3")),
            (Ids{"prisoners_of_war", "supervision"}));
  EXPECT_EQ(page.clause_topics(page.clause(page.outer(), "1")),
            Ids{"prisoners_of_war"});
  // Three points are no list to speak of.
  std::string three = kPrisoners;
  three.erase(three.find("4. Prisoners"),
              three.find("KUZNETSOV") - three.find("4. Prisoners"));
  Page short_list(kHead + three);
  EXPECT_EQ(
      short_list.clause_topics(short_list.clause(short_list.outer(), "3")),
      Ids{"supervision"});
}

// A report that numbers its paragraphs and runs the points that go on an
// earlier list into one of them ("two new principles to be added to his
// original five: (6) ... (7) ..."): the points are the clauses, numbered as
// printed, and the report's paragraphs are not.
TEST(ClausesTest, PointsThatGoOnAnEarlierListInsideANumberedParagraph) {
  Page page(R"(December 3, 1951

Telegram C-58580, Ridgway to the Joint Chiefs of Staff

1. Nam Il put forward two new principles to be added to his original five principle proposal: (6) Both sides undertake not to introduce into Korea any military forces, weapons and ammunition under any pretext. (7) Both sides agree to invite representatives of neutral nations to form a supervisory organ for the ports of entry.

2. Nam Il asked that the plenary session accept the seven principles as one whole.

Ridgway
)");
  Ids clauses = page.targets(page.outer(), EdgeKind::kHasClause);
  ASSERT_EQ(clauses.size(), 2u);
  std::string six = page.clause(page.outer(), "6");
  EXPECT_EQ(page.sources(six, EdgeKind::kProposes), Ids{"person:nam-il"});
  EXPECT_EQ(page.clause_topics(six),
            (Ids{"military_aid", "movement_restriction"}));
  EXPECT_FALSE(page.clause(page.outer(), "7").empty());
}

// The ordinals of every clause the page gives, in any of its documents,
// sorted.
Ids ClauseOrdinals(const Page& page) {
  Ids out;
  for (const graph::Node& n : page.fragment().nodes())
    if (n.kind == NodeKind::kClause)
      out.push_back(n.props.GetString("ordinal"));
  return Sorted(out);
}

// A number written out and then in figures, as agreements write them
// ("ten (10) senior officers, five (5) of whom ..."), marks no point: the
// numbered paragraphs of the text are its clauses, whole.
TEST(ClausesTest, ANumberRestatedInFiguresIsNoPoint) {
  Page page(R"(February 14, 1952

Telegram CX 62784, Ridgway to the Joint Chiefs of Staff

The Communist staff officers handed over the following text:

1. Both sides shall cease the introduction into Korea of reinforcing military personnel, rotation not to exceed twenty-five thousand (25,000) per month.

2. The Military Armistice Commission shall be composed of ten (10) senior officers, five (5) of whom shall be appointed by each side. It shall have under it ten (10) Joint Observer Teams, each composed of not less than four (4) nor more than six (6) officers of field grade.

Ridgway
)");
  EXPECT_EQ(ClauseOrdinals(page), (Ids{"1", "2"}));
}

// A cable quoting a draft's paragraphs from the number they bear ("Text
// follows paragraph by paragraph: “12. ... “13. ... “14. ...") gives them
// as clauses, though the list opens past 1.
TEST(ClausesTest, AQuotedRunOfParagraphsOpensOnItsOwnNumber) {
  Page page(R"(February 14, 1952

Telegram CX 62784, Ridgway to the Joint Chiefs of Staff

1. The Communist staff officers handed over their text of Article II. Text follows paragraph by paragraph:

“12. The Commanders shall order a complete cessation of all hostilities in Korea twelve (12) hours after this Armistice Agreement is signed.

“13. Within seventy-two (72) hours both sides shall withdraw all of their military forces from the demilitarized zone.

“14. Within five (5) days both sides shall withdraw all of their military forces from the coastal islands of the other side.”

2. Request your guidance on para 14.

Ridgway
)");
  Ids ordinals = ClauseOrdinals(page);
  for (const char* o : {"12", "13", "14"})
    EXPECT_TRUE(std::ranges::count(ordinals, o)) << o;
}

// The names in an aside set off by commas are not the proposing verb's
// subject: "NAM IL, with the agreement of Comrades KIM IL SUNG and PENG
// DEHUAI, will put forward the following proposals:".
TEST(ClausesTest, TheNamesOfAnAsideDoNotPropose) {
  Page report(R"(October 24, 1951

Ciphered Telegram No. 503743, Razuvaev to Vasilevsky

At the first session of the subcommittee NAM IL, with the agreement of Comrades KIM IL SUNG and PENG DEHUAI, will put forward the following proposals:

1. The line of contact is to be the military demarcation line.

2. The troops of both sides pull back 2 km from this line.

RAZUVAEV
)");
  EXPECT_EQ(
      report.sources(report.clause(report.outer(), "1"), EdgeKind::kProposes),
      Ids{"person:nam-il"});
}

// Points of a quoted list, each opening with a mark and the last closing
// it, on lines with no blank between: the paragraph after the list is not
// the last point's.
TEST(ClausesTest, AQuotedListEndsWhereItsLastPointClosesTheQuotation) {
  Page page(R"(July 26, 1951

Telegram HNC-142, Ridgway to the Joint Chiefs of Staff

The agenda of the conference was adopted today. It reads:
“1. Fixing a military demarcation line between the two sides.
“2. Arrangements concerning prisoners of war.”
UNC handed the Communists a written outline of the armistice agreement.

Ridgway
)");
  std::string two = page.clause(page.outer(), "2");
  ASSERT_FALSE(two.empty());
  EXPECT_EQ(page.node(two).props.Get("text")->GetString("en"),
            "Arrangements concerning prisoners of war.");
}

// A memorandum that quotes the other side's numbered points, then speaks of
// each ("Point 2. Not acceptable ..."), then recommends lettered points of
// its own: the quoted points are the other side's document, dated by the
// introduction's "yesterday"; the "Point N." paragraphs are the writer's
// word on them, not clauses; the letters are the memorandum's clauses.
TEST(ClausesTest, PointsQuotedThenAnsweredOneByOneThenALetteredProposal) {
  Page page(R"(Memorandum, Johnson to the Secretary of State
[Washington,] June 4, 1953.

At the plenary session yesterday General Nam Il tabled the following proposal:
“1. All prisoners who insist upon repatriation shall be exchanged within two months.
2. The others shall be handed over to a commission of five neutral nations.
3. Their fate shall be settled by the political conference.”
Point 1. Acceptable.
Point 2. Not acceptable as it stands; India alone should hold them.
Point 3. This must be rejected.
I recommend that we reply with a counterproposal on the following lines:
a. Accept the commission if India alone furnishes the guards.
b. Release all who do not elect repatriation after sixty days.

Johnson
)");
  const std::string memo = page.outer();
  std::string proposal = page.embedded(memo);
  ASSERT_FALSE(proposal.empty());
  EXPECT_EQ(page.authors(proposal), Ids{"person:nam-il"});
  EXPECT_EQ(page.prop(proposal, "date"), "1953-06-03");
  EXPECT_EQ(page.targets(proposal, EdgeKind::kHasClause).size(), 3u);
  Ids own = page.targets(memo, EdgeKind::kHasClause);
  ASSERT_EQ(own.size(), 2u);
  EXPECT_FALSE(page.clause(memo, "a").empty());
  EXPECT_FALSE(page.clause(memo, "b").empty());
}

// "Maj Gen Lee Sang Cho, the senior Communist member, again turned down
// the proposal which Rear Adm Libby had made ... He ... then tabled ... the
// following principles:": "he" is the subject of the sentence before, not
// the last one named in it.
TEST(ClausesTest, HeWhoTablesIsTheSubjectOfTheSentenceBefore) {
  Page page(R"(December 12, 1951

Telegram C-58976, Ridgway to JCS

At the second session of the Item 4 subdelegations Maj Gen Lee Sang Cho, the senior Communist member, again turned down the proposal which Rear Adm R. E. Libby had made for UNC on 11 Dec. He said such matters could be taken up only after agreement in principle, and then tabled, as the Communist proposal on Item 4, the following principles:

a. Both sides release all the POW's now held in their custody after the armistice agreement is signed.

b. The area of Kaesong - Panmunjom be designated as the place where POW's are handed over and received.

Ridgway
)");
  EXPECT_EQ(page.sources(page.clause(page.outer(), "a"), EdgeKind::kProposes),
            Ids{"person:lee-sang-cho"});
}

}  // namespace
// The edition's page marker ("[Page 560]") between two points of a list
// does not end it: the points after it are the same proposer's.
TEST(ClausesTest, APageMarkerInsideAListDoesNotEndIt) {
  Page page(
      R"(Foreign Relations of the United States, 1951, Korea and China, Volume VII, Part 1

Document 368

310.361/6–2751: Telegram

368. The Ambassador in the Soviet Union (Kirk) to the Secretary of State

Moscow, June 27, 1951—7 p.m.

secret

2180. Gromyko received me this afternoon. Gist of his replies to Dept’s questions, taken in order, is as fols:

1. Gromyko held that the cease-fire would be concluded between the opposing commands.

2. Gromyko said no political or territorial questions would enter the armistice.

[Page 560]

3. Gromyko said the Soviet Government was unaware of the attitude of the Chinese Government.

Kirk

Previous Next
)");
  for (const char* point : {"1", "2", "3"}) {
    EXPECT_EQ(
        page.sources(page.clause(page.outer(), point), EdgeKind::kProposes),
        Ids{"person:andrei-gromyko"})
        << point;
  }
}

// The points of a statement a person "made" at the session are his, as
// the report gives them.
TEST(ClausesTest, ThePointsOfAStatementAPersonMadeAreHis) {
  Page page(R"(May 18, 1952

Cable No. 15288, Mao Zedong to Filippov [Stalin]

Cde. Filippov!

At the session of 17 May Cde. NAM IL made a statement on the events on Koje Island. Its main points were as follows:

1. The American side bears full responsibility for the killing and wounding of our captured personnel.

2. The so-called screening must stop at once.

MAO ZEDONG
)");
  for (std::string_view ordinal : {"1", "2"}) {
    std::string c = page.clause(page.outer(), ordinal);
    EXPECT_EQ(page.sources(c, EdgeKind::kProposes), Ids{"person:nam-il"})
        << ordinal;
    EXPECT_EQ(Modality(page, "person:nam-il", c), "reported") << ordinal;
  }
}

// A draft's articles, "Article 1." and "Статья 1.", are its points.
TEST(ClausesTest, ArticlesAreAListsPoints) {
  for (std::string_view article : {"Article", "Статья"}) {
    std::string page_text =
        "August 4, 1953\n\nCiphered Telegram No. 17294, Kuznetsov to "
        "Molotov\n\nLi Sang Cho means to table the following draft rules of "
        "procedure:\n\n";
    const std::string_view texts[] = {
        "The headquarters of the Commission is in the Panmunjom area.",
        "A meeting is called at the request of either side.",
        "The senior members of the two sides take the chair in turn."};
    for (size_t n = 0; n < std::size(texts); ++n)
      page_text += std::string(article) + " " + std::to_string(n + 1) + ". " +
                   std::string(texts[n]) + "\n\n";
    Page page(page_text + "KUZNETSOV\n");
    EXPECT_EQ(page.targets(page.outer(), EdgeKind::kHasClause).size(), 3u)
        << article;
  }
}

}  // namespace parley::importers::test_data
