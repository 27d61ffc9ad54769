// Pages copied from a book viewer give the print line for line: headings,
// citations, lists and sentences broken over a narrow column, words
// hyphenated at the break. The readers take them whole again.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "importers/layouts/furniture.h"
#include "tests/importers/page_fixture.h"

namespace parley::importers::test_data {
namespace {

// A CWIHP Bulletin item as the viewer gives it: every part of it broken by
// the column (the wording is ours).
constexpr std::string_view kColumnPage =
    R"(76 COLD WAR INTERNATIONAL HISTORY PROJECT BULLETIN

91. 2 September 1951, ciphered telegram, Mao
Zedong to Filippov (Stalin)

SECOND MAIN ADMINISTRATION OF
THE GENERAL STAFF OF THE SOVIET
ARMY

CIPHERED TELEGRAM No. 23511

Copies: Stalin (2), Molotov, Malenkov, Beria,
Bulganin

From BEIJING Received 21:10 2.9.1951

To Comrade FILIPPOV [Stalin]

Comrade FILIPPOV!

I agree that it is not advisable for us to
raise the question of the neutral zone again
at the next session of the delegations, and
I have told Comrade KIM IL SUNG so. The So-
viet Government will be informed by our am-
bassador in Moscow of the decision.

MAO ZEDONG

[Source: APRF, Fond 45, Opis 1, Delo 340,
Listy 95-96]
)";

TEST(PrintColumnsTest, AParagraphBrokenByTheColumnIsWholeAgainInPlace) {
  std::string page =
      "The Soviet Government will be informed by our am-\n"
      "bassador in Moscow of the decision that we have\n"
      "taken together with the Korean comrades today.\n"
      "MAO ZEDONG\n"
      "\n"
      "A second paragraph that runs over the column and\n"
      "on to the next line of the print, as they all do.\n";
  std::string whole = layouts::UnwrapColumns(page);
  // Byte for byte in place: spans into one are spans into the other.
  ASSERT_EQ(whole.size(), page.size());
  EXPECT_NE(whole.find("our am\xC2\xAD"
                       "bassador in Moscow"),
            std::string::npos)
      << whole;
  EXPECT_NE(whole.find("we have taken together"), std::string::npos) << whole;
  // A sentence that ends the line before a signature ends the paragraph.
  EXPECT_NE(whole.find("today.\nMAO ZEDONG"), std::string::npos) << whole;
  EXPECT_NE(whole.find("column and on to"), std::string::npos) << whole;
  // A page whose lines are paragraphs already is left as it is.
  std::string paragraphs =
      "We agree that the talks should go on at Kaesong, and we ask you to "
      "inform Comrade Kim Il Sung at once of our view on the neutral zone.\n"
      "The enemy has not answered our proposal of 27 August, and we do not "
      "expect an answer from him before the session of the delegations.\n"
      "We shall report to you on the results of the session as soon as we "
      "learn of them from Comrade Li Kenong in Kaesong.\n"
      "The Chinese volunteers are ready for whatever the enemy may do.\n"
      "Kim Il Sung shares this opinion and sends you his greetings, as do "
      "all of us here.\n";
  EXPECT_EQ(layouts::UnwrapColumns(paragraphs), paragraphs);
}

TEST(PrintColumnsTest, TheHeadingCopiesAndSourceLineBrokenByTheColumn) {
  Page page(kColumnPage);
  EXPECT_EQ(page.fragment().layout, "cwihp-print");
  const std::string& doc = page.outer();
  EXPECT_EQ(page.prop(doc, "date"), "1951-09-02");
  EXPECT_EQ(page.authors(doc), Ids{"person:mao-zedong"});
  EXPECT_EQ(page.targets(doc, EdgeKind::kAddressedTo),
            Ids{"person:joseph-stalin"});
  EXPECT_EQ(page.targets(doc, EdgeKind::kCopyTo),
            (Ids{"person:georgy-malenkov", "person:joseph-stalin",
                 "person:lavrentiy-beria", "person:nikolai-bulganin",
                 "person:vyacheslav-molotov"}));
  const Value* source = page.node(doc).props.Get("source");
  ASSERT_NE(source, nullptr);
  ASSERT_EQ(source->as_array().size(), 1u);
  EXPECT_EQ(source->as_array()[0].GetString("delo"), "340");
  EXPECT_EQ(source->as_array()[0].GetString("pages"), "95-96");
}

// The Bulletin also prints the date last ("101. Ciphered telegram, Mao
// Zedong to" over "Filippov (Stalin), 2 February 1952").
TEST(PrintColumnsTest, AHeadingWithTheDateLast) {
  std::string text(kColumnPage);
  std::string_view old_heading =
      "91. 2 September 1951, ciphered telegram, Mao\nZedong to Filippov "
      "(Stalin)";
  size_t at = text.find(old_heading);
  ASSERT_NE(at, std::string::npos);
  text.replace(at, old_heading.size(),
               "91. Ciphered telegram, Mao Zedong to\nFilippov (Stalin), 2 "
               "September 1951");
  Page page(text);
  EXPECT_EQ(page.fragment().layout, "cwihp-print");
  const std::string& doc = page.outer();
  EXPECT_EQ(page.prop(doc, "doc_type"), "telegram");
  EXPECT_EQ(page.prop(doc, "date"), "1951-09-02");
  EXPECT_EQ(page.authors(doc), Ids{"person:mao-zedong"});
  EXPECT_EQ(page.targets(doc, EdgeKind::kAddressedTo),
            Ids{"person:joseph-stalin"});

  // The kind hyphenated by the column ("ciphered tele-" over "gram").
  std::string hyphenated(kColumnPage);
  at = hyphenated.find(old_heading);
  hyphenated.replace(at, old_heading.size(),
                     "91. 2 September 1951, ciphered tele-\ngram, Mao Zedong "
                     "to Filippov (Stalin)");
  Page broken(hyphenated);
  EXPECT_EQ(broken.prop(broken.outer(), "doc_type"), "telegram");
  EXPECT_EQ(broken.prop(broken.outer(), "date"), "1951-09-02");
}

TEST(PrintColumnsTest, NamesAndSentencesBrokenByTheColumnAreRead) {
  Page page(kColumnPage);
  const std::string& doc = page.outer();
  Ids mentioned = page.targets(doc, EdgeKind::kMentions);
  auto has = [&](const std::string& id) {
    return std::find(mentioned.begin(), mentioned.end(), id) != mentioned.end();
  };
  // Over three lines of capitals, and hyphenated at a line's end.
  EXPECT_TRUE(has("org:general-staff-second-main-directorate"));
  EXPECT_TRUE(has("org:soviet-government"));
  // The header's words make no one: "General" there is no rank.
  EXPECT_EQ(
      page.persons(),
      (Ids{"person:georgy-malenkov", "person:joseph-stalin",
           "person:kim-il-sung", "person:lavrentiy-beria", "person:mao-zedong",
           "person:nikolai-bulganin", "person:vyacheslav-molotov"}));
  // The sentence of agreement, read whole across the column's lines.
  const Value* stances = page.node(doc).props.Get("stances");
  ASSERT_NE(stances, nullptr);
  ASSERT_FALSE(stances->as_array().empty());
  const Value& agree = stances->as_array()[0];
  EXPECT_EQ(agree.GetString("stance"), "accepts");
  EXPECT_NE(agree.GetString("quote").find("again at the next session"),
            std::string::npos)
      << agree.GetString("quote");
}

TEST(PrintColumnsTest, AnAmbassadorInAHeaderInCapitalsIsNoName) {
  std::string text(kColumnPage);
  text.replace(text.find("CIPHERED TELEGRAM No. 23511"),
               std::string_view("CIPHERED TELEGRAM No. 23511").size(),
               "RECEPTION OF THE AMBASSADOR OF THE USA");
  Page page(text);
  for (const std::string& p : page.persons())
    EXPECT_EQ(p.find("of-the"), std::string::npos) << p;
}

// A point that runs on over a page break, a word hyphenated at it: the
// running head between is no part of it, and the point is read whole.
TEST(PrintColumnsTest, APointRunsOnOverThePageBreak) {
  Page page(R"(82   COLD WAR INTERNATIONAL HISTORY PROJECT BULLETIN

112. 17 September 1952, hand-delivered
letter, Filippov (Stalin) to Mao Zedong

FOR Comrade MAO ZEDONG

The delegation of the USSR will seek to
obtain the following:

1. The immediate cessation of military
operations on land, at sea and in the air.

2. The withdrawal from Korea of the for-

NEW EVIDENCE ON THE KOREAN WAR   83

eign troops within 2-3 months, under the
observation of a commission.

FILIPPOV [Stalin]

[Source: APRF, Fond 45, Opis 1, Delo 343,
Listy 72-73]
)");
  const std::string& doc = page.outer();
  std::string point = page.clause(doc, "2");
  EXPECT_EQ(page.clause_topics(point),
            (Ids{"foreign_forces_withdrawal", "supervision"}));
  std::string text = page.node(point).props.Get("text")->GetString("en");
  EXPECT_EQ(text.find("EVIDENCE"), std::string::npos) << text;
  EXPECT_NE(text.find("within 2-3 months"), std::string::npos) << text;
  // The letter's own points, which its writer's side is to put forward.
  EXPECT_EQ(page.sources(point, EdgeKind::kProposes),
            Ids{"person:joseph-stalin"});
}

// A lettered point after the running head opens a paragraph of its own,
// though its letter is a small one: "c) Comrade ..." is no run-on of "b)".
TEST(PrintColumnsTest, ALetteredPointAfterThePageBreakIsItsOwn) {
  Page page(R"(84     COLD WAR INTERNATIONAL HISTORY PROJECT BULLETIN

117. 24 March 1953, ciphered telegram, Molotov to Kuznetsov (Beijing)

The Soviet Government considers that the following steps should be taken:

a) Kim Il Sung and Peng Dehuai should answer the letter of General Clark.

b) Comrade Zhou Enlai should make a statement in the name of the Government of the PRC.


NEW EVIDENCE ON THE KOREAN WAR     85


c) Comrade Kim Il Sung should make a statement in Pyongyang.

MOLOTOV

[Source: APRF, Fond 3, Opis 65, Delo 830, Listy 81-83]
)");
  const std::string& doc = page.outer();
  EXPECT_EQ(page.targets(doc, EdgeKind::kHasClause).size(), 3u);
  std::string b =
      page.node(page.clause(doc, "b")).props.Get("text")->GetString("en");
  EXPECT_EQ(b.find("Pyongyang"), std::string::npos) << b;
}

// An item headed "Document 114: Ciphered Telegram from A to B, DATE", after
// the end of the item before it; a quoted draft whose first point follows
// the editors' cut ("[...] 1."), dated by none of its points' dates, and
// written by the one the paragraph before names.
TEST(PrintColumnsTest, ADocumentHeadingAndACutQuotedDraft) {
  Page page(R"(NEW EVIDENCE ON THE KOREAN WAR   79

the Korean comrades should be told of this through our ambassador.

[Source: APRF, Fond 45, Opis 1, Delo 347, Listy 62-63]

Document 114: Ciphered Telegram from Vyshinsky (New York) to Stalin, 22 November 1952

CIPHERED TELEGRAM No. 1939

To Comrade STALIN I.V.

On 19 November Menon, on behalf of the Indian delegation, put before the First Committee a revised text of his draft resolution.

I give the text of the main paragraphs of the draft:

"[...] 1. In accordance with Article 118 of the Geneva Convention of 12 August 1949, all prisoners of war have the right to be released.

2. A Repatriation Commission is set up."

Paragraph 2 has to be rejected.

A. VYSHINSKY

[Source: AVPRF, Fond 07, Opis 27, Papka 33, Delo 115, Listy 48-52]
)");
  const std::string& doc = page.outer();
  EXPECT_EQ(page.prop(doc, "doc_type"), "telegram");
  EXPECT_EQ(page.authors(doc), Ids{"person:andrey-vyshinsky"});
  const Value* source = page.node(doc).props.Get("source");
  ASSERT_TRUE(source != nullptr && source->is_array() &&
              !source->as_array().empty());
  EXPECT_EQ(source->as_array()[0].GetString("delo"), "115");
  std::string draft = page.embedded(doc);
  EXPECT_EQ(page.authors(draft), Ids{"person:krishna-menon"});
  EXPECT_NE(page.prop(draft, "date"), "1949-08-12");
  EXPECT_EQ(page.sources(page.clause(draft, "1"), EdgeKind::kProposes),
            Ids{"person:krishna-menon"});
}

// The print's running head and the editors' cut between two points of a
// list do not part the later points from the sentence that leads into
// them: Zhou Enlai puts all of them forward.
TEST(PrintColumnsTest, ARunningHeadInsideAListLeavesItsIntroduction) {
  Page page(R"(84     COLD WAR INTERNATIONAL HISTORY PROJECT BULLETIN

121. 31 July 1953, ciphered telegram, Kuznetsov to Molotov

CIPHERED TELEGRAM No. 18912

To Comrade MOLOTOV V.M.

On 30 July ZHOU ENLAI informed me of the following:

1. The Korean-Chinese side has named its members of the Military Armistice Commission.

2. The Neutral Nations Supervisory Commission must begin work at once.

[...]

86                                   COLD WAR INTERNATIONAL HISTORY PROJECT BULLETIN

3. The repatriation of prisoners will begin on 5 August at Panmunjom.

V. KUZNETSOV

[Source: AVPRF, Fond 059a, Opis 5a, Delo 5, Papka 11, Listy 188-190]
)");
  ASSERT_EQ(page.fragment().layout, "cwihp-print");
  for (const char* point : {"1", "2", "3"}) {
    EXPECT_EQ(
        page.sources(page.clause(page.outer(), point), EdgeKind::kProposes),
        Ids{"person:zhou-enlai"})
        << "point " << point;
  }
}

// An item that prints two documents, each under a heading of its own and
// ending with its source line: two documents of the page, each with its
// own heading's date, parties and source.
TEST(PrintColumnsTest, AnItemThatPrintsTwoDocuments) {
  Page page(R"(80 COLD WAR INTERNATIONAL HISTORY PROJECT BULLETIN

108. Mao Zedong's telegram to Filippov (Stalin) of 5 June 1952 on the prisoners, and Filippov's reply of 7 June 1952

5 June 1952, ciphered telegram, Mao Zedong to Filippov (Stalin)

CIPHERED TELEGRAM No. 20284

Comrade Filippov!

We intend to insist that all prisoners of war are repatriated after the armistice.

MAO ZEDONG

[Source: APRF, Fond 45, Opis 1, Delo 343, Listy 69-71]

7 June 1952, ciphered telegram, Filippov (Stalin) to Mao Zedong

CIPHERED TELEGRAM No. 3511

Comrade Mao Zedong!

Your telegram of 5 June has reached us. We agree with your position.

FILIPPOV

[Source: APRF, Fond 45, Opis 1, Delo 343, List 75]
)");
  EXPECT_EQ(page.fragment().layout, "cwihp-print");
  Ids docs = page.top_documents();
  ASSERT_EQ(docs.size(), 2u);
  auto delo_and_pages = [&](const std::string& doc) {
    const Value* source = page.node(doc).props.Get("source");
    if (source == nullptr || !source->is_array() || source->as_array().empty())
      return std::string("(none)");
    return source->as_array()[0].GetString("pages");
  };
  std::string mao = docs[0], reply = docs[1];
  if (page.prop(mao, "date") != "1952-06-05") std::swap(mao, reply);
  EXPECT_EQ(page.prop(mao, "date"), "1952-06-05");
  EXPECT_EQ(page.authors(mao), Ids{"person:mao-zedong"});
  EXPECT_EQ(delo_and_pages(mao), "69-71");
  EXPECT_EQ(page.prop(reply, "date"), "1952-06-07");
  EXPECT_EQ(page.authors(reply), Ids{"person:joseph-stalin"});
  EXPECT_EQ(page.targets(reply, EdgeKind::kAddressedTo),
            Ids{"person:mao-zedong"});
  EXPECT_EQ(delo_and_pages(reply), "75");
}

// The page ends on the next item's heading, cut off by the page: one
// document, the item the page prints, and no second one of that heading's
// date; nor are its parties named in this one.
TEST(PrintColumnsTest, TheNextItemsHeadingWhereThePageEndsIsNoDocument) {
  Page page(R"(83 COLD WAR INTERNATIONAL HISTORY PROJECT BULLETIN

104. 4 March 1952, ciphered telegram, Filippov (Stalin) to Mao Zedong

Comrade Mao Zedong!

We think that points 1 and 3 of the draft can be accepted.

FILIPPOV

[Source: APRF, Fond 45, Opis 1, Delo 343, List 104]

105. 8 March 1952, ciphered telegram, Razuvaev to Shtemenko
)");
  Ids docs = page.top_documents();
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(page.prop(docs[0], "date"), "1952-03-04");
  EXPECT_EQ(page.authors(docs[0]), Ids{"person:joseph-stalin"});
  for (const Node& n : page.fragment().nodes())
    EXPECT_TRUE(n.id != "person:vladimir-razuvaev" &&
                n.id != "person:sergei-shtemenko")
        << n.id;
}

// One heading over two documents printed as parts "I." and "II.", each
// with its source line: each part is a document of its own, with its day of
// the heading's range and its pair of parties; the reply's date and number
// under its signature, across a wide gap, date and number it.
TEST(PrintColumnsTest, AnItemThatPrintsTwoDocumentsAsParts) {
  Page page(R"(80 COLD WAR INTERNATIONAL HISTORY PROJECT BULLETIN

101. 16 and 17 January 1952, ciphered telegrams, Mao Zedong to Filippov (Stalin) and Filippov (Stalin) to Mao Zedong

I.

CIPHERED TELEGRAM No. 15247

To Comrade FILIPPOV [Stalin]

1. On the fourth point of the agenda. We shall insist that all prisoners of war are released after the armistice.

2. On civilians. We can agree that civilians who wish to go home may return.

MAO ZEDONG

[Source: APRF, Fond 45, Opis 1, Delo 342, Listy 62-64]

II.

"Comrade Mao Zedong!

Your telegram of 16 January has reached us. We agree with your first point."

FILIPPOV

17.I.52     No. 318

[Source: APRF, Fond 45, Opis 1, Delo 342, List 65]
)");
  EXPECT_EQ(page.fragment().layout, "cwihp-print");
  Ids docs = page.top_documents();
  ASSERT_EQ(docs.size(), 2u);
  std::string mao = docs[0], reply = docs[1];
  if (page.prop(mao, "date") != "1952-01-16") std::swap(mao, reply);
  EXPECT_EQ(page.prop(mao, "date"), "1952-01-16");
  EXPECT_EQ(Numbers(page.node(mao)), Ids{"15247"});
  EXPECT_EQ(page.authors(mao), Ids{"person:mao-zedong"});
  EXPECT_EQ(page.targets(mao, EdgeKind::kHasClause).size(), 2u);
  EXPECT_EQ(page.prop(reply, "date"), "1952-01-17");
  EXPECT_EQ(Numbers(page.node(reply)), Ids{"318"});
  EXPECT_EQ(page.authors(reply), Ids{"person:joseph-stalin"});
  EXPECT_EQ(page.targets(reply, EdgeKind::kAddressedTo),
            Ids{"person:mao-zedong"});
}

// "13.IV.53   No. 287" under the signature: the sender's date, then his
// own register number, which a reply may cite.
TEST(PrintColumnsTest, TheSignersDateAndNumberAcrossAGap) {
  Page page(R"(88 COLD WAR INTERNATIONAL HISTORY PROJECT BULLETIN 6/7

114. 13 April 1953, ciphered telegram, Vyshinsky (New York) to Molotov

CIPHERED TELEGRAM No. 9658

To Comrade MOLOTOV V.M.

I propose to vote for the Brazilian draft.

A. VYSHINSKY

13.IV.53   No. 287

[Source: AVPRF, Fond 07, Opis 28, Papka 24, Delo 15, Listy 102-104]
)");
  EXPECT_EQ(Numbers(page.node(page.outer())), Ids{"9658"});
  EXPECT_EQ(page.prop(page.outer(), "outgoing_number"), "287");
}

// The same on lines of their own: the signer's date, then his number.
TEST(PrintColumnsTest, TheSignersDateOverHisNumber) {
  Page page(R"(May 7, 1952

Ciphered Telegram No. 19187, Mao Zedong to Cde. Filippov [Stalin]

CIPHERED TELEGRAM No. 19187

To Comrade FILIPPOV [Stalin]

I send you the telegram of Li Kenong.

MAO ZEDONG

6.5.52

No. 1497
)");
  EXPECT_EQ(Numbers(page.node(page.outer())), Ids{"19187"});
  EXPECT_EQ(page.prop(page.outer(), "outgoing_number"), "1497");
}

// "DOCUMENT No. 14" on a line of its own over the heading, which names what
// comes with the document after its date; a source line that names a copy
// in a second archive keeps both.
TEST(PrintColumnsTest, AnItemNumberOverAHeadingWithAnAttachment) {
  Page page(R"(COLD WAR INTERNATIONAL HISTORY PROJECT BULLETIN 11      81

   DOCUMENT No. 14

   Memorandum from A.A. Gromyko to I.V. Stalin, 2 March 1953, with draft instructions to Razuvaev

To Comrade STALIN I.V.

   The Ministry considers it expedient to advise the Korean friends to accept the exchange of sick and wounded prisoners. A draft of the instructions is attached.

                                        A. GROMYKO

                                   Attachment

                                                          Draft

PYONGYANG, TO RAZUVAEV.
For Comrade KIM IL SUNG.

   1. To answer the letter of General Clark agreeing to the exchange of sick and wounded prisoners.

   2. To propose that the liaison officers meet at Panmunjom.

[Source: APRF, Fond 3, Opis 65, Delo 830, Listy 52-55; copy in AVPRF, Fond 07, Opis 28, Papka 43, Delo 20, Listy 12-15.]
)");
  EXPECT_EQ(page.fragment().layout, "cwihp-print");
  const std::string& memo = page.outer();
  EXPECT_EQ(page.prop(memo, "doc_type"), "memorandum");
  EXPECT_EQ(page.prop(memo, "date"), "1953-03-02");
  EXPECT_EQ(page.authors(memo), Ids{"person:andrei-gromyko"});
  const Value* source = page.node(memo).props.Get("source");
  ASSERT_TRUE(source != nullptr && source->is_array());
  ASSERT_EQ(source->as_array().size(), 2u);
  EXPECT_EQ(source->as_array()[0].GetString("archive"), "APRF");
  EXPECT_EQ(source->as_array()[0].GetString("delo"), "830");
  EXPECT_EQ(source->as_array()[1].GetString("delo"), "20");
  // The draft under "Attachment" / "Draft", unsigned, is Gromyko's proposal.
  std::string draft = page.embedded(memo);
  ASSERT_FALSE(draft.empty());
  EXPECT_EQ(page.sources(page.clause(draft, "1"), EdgeKind::kProposes),
            Ids{"person:andrei-gromyko"});
}

}  // namespace
}  // namespace parley::importers::test_data
