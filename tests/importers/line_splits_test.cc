// Points a paragraph lists inline after a colon, quoted or not, are read as
// points printed one a line; references cited under letters, and a list
// numbered inside a lettered paragraph, are not.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "tests/importers/page_fixture.h"

namespace parley::importers::test_data {
namespace {

// The English text of clause `ordinal` of the page's document.
std::string ClauseText(const Page& page, std::string_view ordinal) {
  const Value* text =
      page.node(page.clause(page.outer(), ordinal)).props.Get("text");
  return text == nullptr ? std::string() : text->GetString("en");
}

// A FRUS telegram whose one paragraph gives `paragraph` (the wording is
// ours).
std::string FrusTelegram(std::string_view paragraph) {
  return std::string(R"(Office of the Historian

Foreign Relations of the United States, 1952–1954, Korea, Volume XV, Part 1

Document 4

695A.0024/1–252: Telegram

4. The Secretary of State to the Embassy in the United Kingdom

Washington, January 2, 1952—7 p.m.

)") + std::string(paragraph) +
         R"(

Communists made no formal reply today.

Acheson
)";
}

TEST(LineSplitsTest, PointsListedInlineAfterAColonAreClauses) {
  Page page(FrusTelegram(
      "3047. At Jan 2 mtg of subcomite on Item 4 Adm Libby tabled UNC "
      "proposal. Release and exchange of POWs shall be conducted on these "
      "bases: (a) POWs who elect repatriation shall be exchanged one for one; "
      "(b) the side which then still holds POWs shall repatriate those "
      "remaining in exchange for civilians; (c) all POWs not repatriated "
      "under (a) and (b) shall be released and paroled."));
  for (const char* point : {"a", "b", "c"}) {
    std::string clause = page.clause(page.outer(), point);
    EXPECT_TRUE(page.has(clause)) << point;
  }
  // "(c) ... under (a) and (b)": a point's words may name others; the
  // marks inside it start no points.
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kHasClause).size(), 3u);
  EXPECT_NE(ClauseText(page, "c").find("under (a) and (b)"), std::string::npos);
}

// The list quoted after the colon ("as a formal proposal: “1) ...; 2)
// ...”"): its opening mark goes with its first point, and each point is a
// clause of the one who tabled it.
TEST(LineSplitsTest, AListQuotedAfterTheColonIsItsPoints) {
  Page page(FrusTelegram(
      "At today's meeting Lee Sang Cho tabled the following as a formal "
      "proposal: \u201C1) The present line of contact is to be the military "
      "demarcation line, and each side withdraws 2 kilometers from it. 2) The "
      "subdelegations are at once to check the present line of contact. 3) "
      "As soon as the line has been fixed, the conference proceeds to item "
      "3.\u201D"));
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kHasClause).size(), 3u);
  EXPECT_EQ(ClauseText(page, "1").substr(0, 25), "The present line of conta");
  EXPECT_EQ(page.sources(page.clause(page.outer(), "2"), EdgeKind::kProposes),
            Ids{"person:lee-sang-cho"});
}

TEST(LineSplitsTest, LetteredReferencesAreNoPoints) {
  Page page(FrusTelegram(
      "JCS 912131. From JCS. Ref: (a) your CX 50761, DTG 250915Z; (b) your "
      "CX 50802, DTG 260230Z; (c) HNC 1247, DTG 241830I. Results of strikes "
      "reported in ref (a) noted with gratification."));
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kHasClause), Ids{});
}

TEST(LineSplitsTest, AListNumberedInsideALetteredParagraphStaysInIt) {
  Page page(
      FrusTelegram(R"(JCS 84520. From JCS. Following guidance is furnished.

a.
Paper you propose for presenting UNC solution of agenda item 2 is approved.

b.
Arrangements you propose for the neutrality of the conference site are approved, namely: (1) a circular area of 1,000 yards radius around the site; (2) circular areas of 3 miles radius around Kaesong and Munsan-ni; and (3) the road between them.)"));
  EXPECT_TRUE(page.has(page.clause(page.outer(), "a")));
  EXPECT_TRUE(page.has(page.clause(page.outer(), "b")));
  EXPECT_NE(ClauseText(page, "b").find("(2) circular areas"),
            std::string::npos);
  // So does one quoted after the colon.
  Page quoted(
      FrusTelegram(R"(JCS 84520. From JCS. Following guidance is furnished.

a.
Paper you propose for presenting UNC solution of agenda item 2 is approved.

b.
Arrangements you propose are approved, namely: “1) a circular area of 1,000 yards radius around the site; 2) circular areas of 3 miles radius around Kaesong and Munsan-ni.”)"));
  EXPECT_TRUE(quoted.has(quoted.clause(quoted.outer(), "b")));
  EXPECT_NE(ClauseText(quoted, "b").find("2) circular areas"),
            std::string::npos);
}

}  // namespace
}  // namespace parley::importers::test_data
