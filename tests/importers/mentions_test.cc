// The mentions stage (importers/mentions.cc): the people, organisations and
// places a document names anywhere, and only within the document.
// Pages go through ImportPage, as a user's import does.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "tests/importers/page_fixture.h"

namespace parley::importers::test_data {
namespace {

TEST(MentionsTest, StraySummaryOfAnotherRecordIsNoFact) {
  Page page(kZhouCable);
  // "Peng Dehuai reports to Mao Zedong ..." stands before the date line.
  EXPECT_FALSE(page.has("person:peng-dehuai"));
  EXPECT_FALSE(page.has("person:mao-zedong"));
  Page kravtsov(kKravtsovReport);
  EXPECT_FALSE(kravtsov.has("person:gao-gang"));
  EXPECT_FALSE(kravtsov.has("person:peng-dehuai"));
  EXPECT_FALSE(kravtsov.has("person:zhou-enlai"));
}

TEST(MentionsTest, ExtremelyLongLines) {
  std::string text =
      "July 3, 1951\n\nCiphered Telegram No. 1, Mao Zedong to Cde. Filippov "
      "[Stalin]\n\n";
  for (int i = 0; i < 20000; ++i) {
    text += "Comrade KIM IL SUNG proposes 10 km from the 38th parallel, ";
  }
  text += "\n\n" + std::string(300000, 'x') + "\n\n";
  for (int i = 0; i < 5000; ++i) text += "«";
  text += "\n";
  for (int i = 0; i < 30000; ++i) text += "1. ";
  text += "\n";
  Result<Fragment> r = TryImport(text);
  ASSERT_TRUE(r.ok()) << r.status().message();
  Page page(text);
  EXPECT_TRUE(page.has("person:kim-il-sung"));
  const Edge* mentions =
      page.edge(page.outer(), EdgeKind::kMentions, "person:kim-il-sung");
  ASSERT_NE(mentions, nullptr);
  // Enough evidence to check, not twenty thousand copies of it.
  EXPECT_GE(mentions->evidence.size(), 10u);
  EXPECT_LE(mentions->evidence.size(), 100u);
  ExpectEvidenceHolds(page.fragment(), "long lines");
}

// A "Present:" list that a comma or semicolon carries on to the next line.
TEST(MentionsTest, APresentListRunsOnOverLines) {
  Page page(R"(September 19, 1952

Record of conversation between Comrade I.V. Stalin and Zhou Enlai

Present: Cdes. Molotov, Malenkov, Beria;
Li Fuchun, Zhang Wentian, Su Yu.

STALIN opens the conversation.
)");
  for (const char* id :
       {"person:vyacheslav-molotov", "person:lavrentiy-beria",
        "person:li-fuchun", "person:zhang-wentian", "person:su-yu"}) {
    EXPECT_NE(page.edge(page.outer(), EdgeKind::kMentions, id), nullptr) << id;
  }
}

// A body named after its country names the country too: "the government of
// the DPRK", "Правительство КНДР".
TEST(MentionsTest, ABodyNamedAfterItsCountryNamesTheCountry) {
  Page page(R"(August 29, 1953

Ciphered Telegram No. 1036, Molotov to the Soviet Ambassador in Pyongyang

It would be expedient for the government of the DPRK to state these proposals in a statement of its own.

V. MOLOTOV
)");
  EXPECT_NE(page.edge(page.outer(), EdgeKind::kMentions,
                      "org:north-korean-government"),
            nullptr);
  EXPECT_NE(page.edge(page.outer(), EdgeKind::kMentions, "place:north-korea"),
            nullptr);
}

// A short report naming people the gazetteer knows, one it lacks (after
// "Comrade"), a rank before a name in capitals, a body without a name, and
// an organisation by its words.
constexpr std::string_view kMentionsReport = R"(September 2, 1951

Ciphered Telegram No. 31501, Kravtsov to Shtemenko

To Comrade SHTEMENKO

Comrade Shtemenko!

Present at the meeting in Kaesong: Comrade Nam Il, Comrade Deng Hua and Comrade ZAKHARCHENKO. General DOLGOPOLOV reported on the work of the General Staff and of the Neutral Nations Supervisory Commission.

KRAVTSOV
)";

// A FRUS TEI names people by surname with the edition's id, whose letters
// are the surname's initial and the given names' ("#p_LSC1"): the one
// person of the gazetteer they fit, quoted without the markup.
TEST(MentionsTest, ASurnameWithTheEditionsIdIsThePersonItFits) {
  std::string text = CorpusText("frus-tei-1951-07-26-hnc-142.xml");
  const std::string kAnchor = "<p>HNC–112. Personal from Ridgway.";
  size_t at = text.find(kAnchor);
  ASSERT_NE(at, std::string::npos);
  text.insert(at,
              "<p>The meeting opened with <persName "
              "corresp=\"#p_LSC1\">Lee</persName> asking about the neutral "
              "organ; <persName corresp=\"#p_JCT1\">Joy</persName> "
              "answered, and <persName corresp=\"#p_LXY1\">Lee</persName> "
              "of no known name listened.</p>");
  Page page(text);
  Ids people = page.persons();
  EXPECT_NE(std::find(people.begin(), people.end(), "person:lee-sang-cho"),
            people.end());
  EXPECT_NE(std::find(people.begin(), people.end(), "person:c-turner-joy"),
            people.end());
  EXPECT_EQ(std::find(people.begin(), people.end(), "person:joy"),
            people.end());
  for (const Node& n : page.fragment().nodes()) {
    if (n.id != "person:lee-sang-cho") continue;
    for (const Evidence& ev : n.evidence) EXPECT_EQ(ev.quote, "Lee");
  }
}

// The edition's list of persons names the people its markup ties to it:
// "Ferenbaugh" is the list's "Ferenbaugh, Maj. Gen. Claude B." of the UNC
// delegation, whom the gazetteer lacks, and he tabled the draft; "Joy" is
// the gazetteer's C. Turner Joy; "Young", which the page also writes as a
// word ("young men"), is Kenneth T. Young only where the markup says so.
TEST(MentionsTest, TheEditionsListOfPersonsNamesThePeopleItsMarkupTies) {
  const std::string source =
      R"(<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <text><front><div>
    <list type="participants">
      <item xml:id="p_JCT1"><hi rend="strong">Joy, Vice Adm. C. Turner</hi>, USN, Senior Delegate</item>
      <item xml:id="p_FCB1"><hi rend="strong">Ferenbaugh, Maj. Gen. Claude B.</hi>, USA, member of the United Nations Command Delegation</item>
      <item><hi rend="strong"><persName xml:id="p_YKT1">Young, Kenneth T.</persName></hi>, Department of State</item>
    </list>
  </div></front>
  <body>
    <div type="document" n="5">
      <head>The Senior Delegate (<persName type="from" corresp="#p_JCT1">Joy</persName>) to the Commander in Chief, United Nations Command (<persName type="to">Ridgway</persName>)<note type="source">Black Book, Tab 198: Telegram</note></head>
      <opener><dateline><placeName>Munsan-ni</placeName>, <date when="1952-01-07">January 7, 1952</date></dateline></opener>
      <p>HNC 671. <persName corresp="#p_FCB1">Ferenbaugh</persName> tabled the following draft, which <persName corresp="#p_YKT1">Young</persName> saw:</p>
      <list>
        <label>1.</label><item>Both sides withdraw all forces from the demilitarized zone within 72 hours.</item>
        <label>2.</label><item>No young men are sent to Korea as reinforcements.</item>
      </list>
    </div>
  </body></text>
</TEI>
)";
  Page page(source);
  ASSERT_TRUE(page.has("person:claude-b-ferenbaugh"));
  EXPECT_EQ(page.node("person:claude-b-ferenbaugh").label,
            "Claude B. Ferenbaugh");
  EXPECT_EQ(page.prop("person:claude-b-ferenbaugh", "side"), "unc");
  EXPECT_EQ(page.sources(page.outer() + "/clause-1", EdgeKind::kProposes),
            Ids{"person:claude-b-ferenbaugh"});
  EXPECT_EQ(page.authors(page.outer()), Ids{"person:c-turner-joy"});
  // Young is named where the markup tags him, and only there.
  ASSERT_TRUE(page.has("person:kenneth-t-young"));
  for (const Evidence& ev : page.node("person:kenneth-t-young").evidence)
    EXPECT_EQ(ev.quote, "Young");
}

// Two of the list's people of one surname: the markup's "Smith" is each
// where it is tagged, by the initials of its id, and neither page-wide.
TEST(MentionsTest, ASurnameTheListGivesTwoPeopleNamesEachOnlyWhereTagged) {
  const std::string source =
      R"(<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <text><front><div>
    <list type="participants">
      <item xml:id="p_SJA1"><hi rend="strong">Smith, Col. John A.</hi>, USA, Department of the Army</item>
      <item xml:id="p_SRB1"><hi rend="strong">Smith, Robert B.</hi>, Department of State</item>
    </list>
  </div></front>
  <body>
    <div type="document" n="9">
      <head>The Senior Delegate (<persName type="from" corresp="#p_JCT1">Joy</persName>) to the Commander in Chief, United Nations Command (<persName type="to">Ridgway</persName>)</head>
      <opener><dateline><placeName>Munsan-ni</placeName>, <date when="1952-01-09">January 9, 1952</date></dateline></opener>
      <p>HNC 680. <persName corresp="#p_SRB1">Smith</persName> of State saw the draft; <persName corresp="#p_SJA1">Smith</persName> of the Army did not.</p>
    </div>
  </body></text>
</TEI>
)";
  Page page(source);
  for (const char* id : {"person:john-a-smith", "person:robert-b-smith"}) {
    ASSERT_TRUE(page.has(id)) << id;
    EXPECT_EQ(page.node(id).evidence.size(), 1u) << id;
  }
  EXPECT_LT(page.node("person:robert-b-smith").evidence[0].start,
            page.node("person:john-a-smith").evidence[0].start);
}

TEST(MentionsTest, PeoplePlacesAndBodiesNamedInTheText) {
  Page page(kMentionsReport);
  Ids mentioned = page.targets(page.outer(), EdgeKind::kMentions);
  for (const char* id : {"person:nam-il", "person:deng-hua", "place:kaesong"}) {
    EXPECT_NE(std::find(mentioned.begin(), mentioned.end(), id),
              mentioned.end())
        << id;
  }
  // "Comrade ZAKHARCHENKO", whom the gazetteer lacks, is someone.
  ASSERT_TRUE(page.has("person:zakharchenko"));
  EXPECT_FALSE(
      page.node("person:zakharchenko").props.Get("resolved")->as_bool());
  // After a rank only a name in capitals: DOLGOPOLOV is someone, the
  // General Staff is no one.
  EXPECT_TRUE(page.has("person:dolgopolov"));
  for (const std::string& id : page.persons()) {
    EXPECT_EQ(page.node(id).label.find("Staff"), std::string::npos) << id;
  }
}

// American cables name the departments by a word each ("State and Defense
// concur", "a joint State–Defense message"); a FRUS document's "Department"
// alone is the Department of State, whose historians edit the series, not
// a department named after the word ("Department of the Army"), nor the
// department a writer of another one or of a command means.
constexpr std::string_view kJcsHeading =
    "The Joint Chiefs of Staff to the Commander in Chief, United Nations "
    "Command (Clark)";

TEST(MentionsTest, DepartmentsNamedByAWord) {
  auto frus_page = [](std::string_view body,
                      std::string_view heading = kJcsHeading) {
    return "Office of the Historian\n\nForeign Relations of the United "
           "States, 1952–1954, Korea, Volume XV, Part 1\n\nDocument 585\n\n"
           "585. " +
           std::string(heading) +
           "\n\nWashington, June 5, 1953.\n\ntop secret\n\n" +
           std::string(body) + "\n\nPrevious Next\n";
  };
  auto mentions = [](const Page& page, const char* id) {
    return page.edge(page.outer(), EdgeKind::kMentions, id) != nullptr;
  };
  Page joint(frus_page(
      "JCS 941054. From JCS. This is a joint State–Defense message. Reur CX "
      "62768. Drafted in the Department of the Army."));
  EXPECT_TRUE(mentions(joint, "org:us-department-of-state"));
  EXPECT_TRUE(mentions(joint, "org:us-department-of-defense"));
  EXPECT_TRUE(mentions(joint, "org:us-department-of-the-army"));
  Page concur(frus_page("JCS 941055. From JCS. State and Defense concur."));
  EXPECT_TRUE(mentions(concur, "org:us-department-of-state"));
  EXPECT_TRUE(mentions(concur, "org:us-department-of-defense"));

  constexpr std::string_view kStudied =
      "Department has studied the letter of October 16, and in the "
      "Department's view it calls for no answer.";
  Page home(frus_page(
      kStudied, "The Secretary of State to the Embassy in the United Kingdom"));
  EXPECT_TRUE(mentions(home, "org:us-department-of-state"));
  for (std::string_view heading :
       {kJcsHeading,
        std::string_view("The Secretary of Defense (Lovett) to the "
                         "Secretary of State")}) {
    Page other(frus_page(kStudied, heading));
    EXPECT_FALSE(mentions(other, "org:us-department-of-state")) << heading;
  }
  // A dashed pair may end the text.
  Page cleared(frus_page("Cleared by State–Defense"));
  EXPECT_TRUE(mentions(cleared, "org:us-department-of-state"));
  EXPECT_TRUE(mentions(cleared, "org:us-department-of-defense"));
  Page army(frus_page("JCS 941057. Drafted in the Department of the Army."));
  EXPECT_FALSE(mentions(army, "org:us-department-of-state"));
  // Outside FRUS a department alone names none.
  Page soviet(R"(June 5, 1953

Ciphered Telegram No. 1, Molotov to Kuznetsov

The Department has studied the letter of October 16.

V. MOLOTOV
)");
  EXPECT_FALSE(mentions(soviet, "org:us-department-of-state"));
}

// A "Participants:" list, one line each: the country before the dash, and
// each name after a form of address or a rank (a surname's particle in lower
// case too); the offices and posts around them are no one.
TEST(MentionsTest, ParticipantsListedOneALine) {
  Page page(R"(November 9, 1951

Memorandum of Conversation, by Elizabeth A. Brown, on the briefing of the representatives on Korea

Participants:
Australia —Mr. McNichol, Second Secretary
Colombia —Dr. Pastrana, Minister Counselor
Luxembourg —Absent
Netherlands —Baron van Boetzelaer, First Secretary
United States —UNA, Mr. Thomas J. Cory
Army, Captain Hooks

Captain Hooks began with the enemy order of battle. Mr. Cory asked about the prisoners.
)");
  Ids mentioned = page.targets(page.outer(), EdgeKind::kMentions);
  for (const char* id :
       {"place:australia", "place:colombia", "place:luxembourg",
        "place:united-states", "person:mcnichol", "person:pastrana",
        "person:thomas-j-cory", "person:hooks", "person:van-boetzelaer"}) {
    EXPECT_NE(std::find(mentioned.begin(), mentioned.end(), id),
              mentioned.end())
        << id;
  }
  // A middle initial does not end the name "Mr." leads to, and the surname
  // alone later is the same person.
  EXPECT_EQ(page.node("person:thomas-j-cory").label, "Thomas J. Cory");
  EXPECT_FALSE(page.has("person:cory"));
  for (const std::string& id : page.persons()) {
    EXPECT_NE(page.node(id).label, "John D") << id;
    for (const char* office : {"Secretary", "Counselor", "Absent", "Una"})
      EXPECT_EQ(page.node(id).label.find(office), std::string::npos) << id;
  }
}

TEST(MentionsTest, EveryMentionQuotesWhereItIsNamed) {
  Page page(kMentionsReport);
  const Edge* kaesong =
      page.edge(page.outer(), EdgeKind::kMentions, "place:kaesong");
  ASSERT_NE(kaesong, nullptr);
  ASSERT_FALSE(kaesong->evidence.empty());
  EXPECT_EQ(kaesong->evidence[0].quote, "Kaesong");
  EXPECT_EQ(page.text().substr(kaesong->evidence[0].start, 7), "Kaesong");
}

}  // namespace
}  // namespace parley::importers::test_data
