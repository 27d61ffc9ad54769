#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "importers/layout.h"
#include "importers/layouts/furniture.h"
#include "importers/layouts/readers.h"
#include "tests/importers/real_data.h"

namespace parley::importers::layouts {
namespace {

std::string ReadCorpus(const std::string& name) {
  return test_data::CorpusText(name);
}

std::string_view At(const DocumentRecord& r, Span s) {
  return std::string_view(r.text).substr(s.start, s.end - s.start);
}

// The body as its lines, one per span.
std::vector<std::string> BodyLines(const DocumentRecord& r) {
  std::vector<std::string> lines;
  for (Span s : r.body) lines.emplace_back(At(r, s));
  return lines;
}

std::string BodyText(const DocumentRecord& r) {
  std::string text;
  for (const std::string& line : BodyLines(r)) text += line + "\n";
  return text;
}

DocumentRecord ReadOne(std::string_view source) {
  auto reader = MakeFrusPageReader();
  Result<std::vector<DocumentRecord>> records = reader->Read(source);
  EXPECT_TRUE(records.ok()) << records.status().message();
  if (!records.ok() || records->size() != 1) return {};
  return records->front();
}

constexpr std::string_view kPage =
    "Office of the Historian\n"
    "\n"
    "Foreign Relations of the United States, 1951, Korea and China, Volume "
    "VII, Part 1\n"
    "\n"
    "Document 450\n"
    "\n"
    "795.00/7–1951: Telegram\n"
    "\n"
    "450. The Ambassador in Korea (Muccio) to the Secretary of State1\n"
    "\n"
    "Pusan, July 18, 1951—2 p.m.\n"
    "\n"
    "secret\n"
    "priority\n"
    "\n"
    "123. For Rusk from Muccio. Rhee called me in.2\n"
    "\n"
    "1.\n"
    "The ROK delegate will not sign.\n"
    "2.\n"
    "He wants the Chinese out first.\n"
    "\n"
    "    1. Repeated to Tokyo.\n"
    "    2. Not printed.\n"
    "\n"
    "Previous Next\n";

TEST(FrusPageReaderTest, ReadsTheFurnitureOfASyntheticPage) {
  DocumentRecord r = ReadOne(kPage);
  EXPECT_EQ(r.layout, "frus-page");
  EXPECT_EQ(r.text, kPage);
  EXPECT_TRUE(r.source_map.identity());
  EXPECT_EQ(r.languages, std::vector<std::string>{"en"});
  EXPECT_EQ(r.title.text,
            "The Ambassador in Korea (Muccio) to the Secretary of State");
  ASSERT_EQ(r.authors.size(), 1u);
  EXPECT_EQ(r.authors[0].name, "Muccio");
  EXPECT_EQ(At(r, r.authors[0].span), "Muccio");
  ASSERT_EQ(r.recipients.size(), 1u);
  EXPECT_EQ(r.recipients[0].name, "Secretary of State");
  // The dateline's date wins over the file number's (19 July).
  ASSERT_TRUE(r.date);
  EXPECT_EQ(r.date->Iso(), "1951-07-18");
  EXPECT_EQ(At(r, r.date_span), "July 18, 1951");
  EXPECT_EQ(r.sent, "1951-07-18T14:00");
  EXPECT_EQ(r.origin.text, "Pusan");
  ASSERT_EQ(r.numbers.size(), 1u);
  EXPECT_EQ(r.numbers[0].text, "123");
  ASSERT_EQ(r.sources.size(), 1u);
  EXPECT_EQ(r.sources[0].citation, "795.00/7–1951");
  EXPECT_EQ(r.doc_type, "telegram");
  ASSERT_EQ(r.classification.size(), 1u);
  EXPECT_EQ(r.classification[0].text, "secret");
  ASSERT_EQ(r.precedence.size(), 1u);
  EXPECT_EQ(r.precedence[0].text, "priority");
}

// Where the telegram says it went: "Eyes only Murphy for delivery to General
// Clark." (the addressee, and the ambassador and embassy that hand it over),
// the posts of "Sent Tokyo 1419, rptd info Pusan 402, USUN 311.", and
// without that line, those of the note on the heading ("Repeated to ...").
TEST(FrusPageReaderTest, DeliveryAndRepeatsNameAddresseeRelaysAndCopies) {
  std::string page(kPage);
  page.replace(page.find("(Muccio) to the Secretary of State"),
               std::string_view("(Muccio) to the Secretary of State").size(),
               "(Bruce) to the Embassy in Japan");
  page.replace(page.find("For Rusk from Muccio."),
               std::string_view("For Rusk from Muccio.").size(),
               "Eyes only Murphy for delivery to General Clark.");
  std::string sent = page;
  sent.replace(sent.find("He wants the Chinese out first.\n"),
               std::string_view("He wants the Chinese out first.\n").size(),
               "He wants the Chinese out first.\n\nSent Tokyo 123, rptd "
               "info Pusan 402, USUN 311.\n");
  DocumentRecord r = ReadOne(sent);
  auto names = [&](const std::vector<Party>& parties) {
    std::vector<std::string> out;
    for (const Party& p : parties) out.emplace_back(At(r, p.span));
    return out;
  };
  EXPECT_EQ(names(r.recipients), std::vector<std::string>{"General Clark"});
  EXPECT_EQ(names(r.via),
            (std::vector<std::string>{"Murphy", "Embassy in Japan"}));
  EXPECT_EQ(names(r.copies), (std::vector<std::string>{"Pusan", "USUN"}));
  // The note on the heading, when no line says where it was repeated.
  r = ReadOne(page);
  EXPECT_EQ(names(r.copies), std::vector<std::string>{"Tokyo"});
}

// "Personal for Ridgway and Clark": each one the message is for that the
// heading does not name is an addressee too; "Personal for JCS from
// Ridgway" names none the heading lacks.
TEST(FrusPageReaderTest, PersonalForNamesTheAddressees) {
  auto recipients = [](const std::string& heading_to, const std::string& line) {
    std::string page(kPage);
    page.replace(page.find("the Secretary of State"),
                 std::string_view("the Secretary of State").size(), heading_to);
    page.replace(page.find("For Rusk from Muccio."),
                 std::string_view("For Rusk from Muccio.").size(), line);
    DocumentRecord r = ReadOne(page);
    std::vector<std::string> out;
    for (const Party& p : r.recipients) out.emplace_back(At(r, p.span));
    return out;
  };
  EXPECT_EQ(recipients("the Commander in Chief, Far East (Ridgway)",
                       "From JCS. Personal for Ridgway and Clark."),
            (std::vector<std::string>{"Ridgway", "Clark"}));
  EXPECT_EQ(
      recipients("the Joint Chiefs of Staff", "Personal for JCS from Ridgway."),
      std::vector<std::string>{"Joint Chiefs of Staff"});
}

TEST(FrusPageReaderTest, BodyKeepsParagraphNumbersAsLinesAndDropsFootnotes) {
  DocumentRecord r = ReadOne(kPage);
  EXPECT_EQ(BodyLines(r), (std::vector<std::string>{
                              "123. For Rusk from Muccio. Rhee called me in.2",
                              "1.", "The ROK delegate will not sign.", "2.",
                              "He wants the Chinese out first."}));
}

// A page whose heading and source note name no kind and whose text opens on
// a salutation is a letter.
TEST(FrusPageReaderTest, AnUntypedPageOpeningOnASalutationIsALetter) {
  std::string page(kPage);
  page.replace(page.find("795.00/7–1951: Telegram"),
               std::string_view("795.00/7–1951: Telegram").size(),
               "795.00/7–1951");
  page.replace(page.find("123. For Rusk from Muccio. Rhee called me in.2"),
               std::string_view("123. For Rusk from Muccio. Rhee called me "
                                "in.2")
                   .size(),
               "General Kim Il Sung, Supreme Commander, Korean People’s "
               "Army:\n\nI have received your letter of June 20.2");
  EXPECT_EQ(ReadOne(page).doc_type, "letter");
  std::string untyped(kPage);
  untyped.replace(untyped.find("795.00/7–1951: Telegram"),
                  std::string_view("795.00/7–1951: Telegram").size(),
                  "795.00/7–1951");
  untyped.replace(untyped.find("123. For Rusk"),
                  std::string_view("123. For Rusk").size(), "For Rusk");
  EXPECT_EQ(ReadOne(untyped).doc_type, "");
}

// A telegram that passes on the delegation's report prints the report's
// number after its own ("C–58911. HNC 525.") or as the advance copy ("For
// info CINCUNC Adv HNC 513."); a paragraph number after it is no number.
TEST(FrusPageReaderTest, TheNumberOfTheMessageATelegramPassesOn) {
  for (auto [line, passed] : std::vector<std::pair<std::string, std::string>>{
           {"C–58911. HNC 525. For info CINCUNC Adv HNC 525.", "HNC 525"},
           {"C–58639. For info CINCUNC Adv HNC 513.", "HNC 513"},
           {"123. 1. Rhee called me in.", ""}}) {
    std::string page(kPage);
    page.replace(page.find("123. For Rusk from Muccio. Rhee called me in.2"),
                 std::string_view("123. For Rusk from Muccio. Rhee called me "
                                  "in.2")
                     .size(),
                 line);
    DocumentRecord r = ReadOne(page);
    EXPECT_EQ(r.forwarded_number.text, passed) << line;
    if (!passed.empty()) {
      EXPECT_EQ(At(r, r.forwarded_number.span), passed);
    }
  }
}

// FRUS prints the sender's name under the text: the last line, a name
// alone. A last line that is a sentence signs nothing.
TEST(FrusPageReaderTest, TheNameUnderTheTextIsTheSignature) {
  EXPECT_TRUE(ReadOne(kPage).signature.empty());
  std::string page(kPage);
  const std::string last = "He wants the Chinese out first.\n";
  for (std::string_view name : {"Bruce", "U. Alexis Johnson"}) {
    std::string signed_page = page;
    signed_page.replace(signed_page.find(last), last.size(),
                        last + std::string(name) + "\n");
    DocumentRecord r = ReadOne(signed_page);
    EXPECT_EQ(At(r, r.signature), name);
  }
}

// A copied page may wrap the dateline's clock: "—2" here, "p.m." on the
// next line. The message number still opens the body.
TEST(FrusPageReaderTest, ADatelineClockWrappedOntoTheNextLine) {
  std::string page(kPage);
  const std::string clock = "—2 p.m.";
  page.replace(page.find(clock), clock.size(), "—10:41\np.m.");
  DocumentRecord r = ReadOne(page);
  EXPECT_EQ(r.sent, "1951-07-18T22:41");
  ASSERT_EQ(r.numbers.size(), 1u);
  EXPECT_EQ(r.numbers[0].text, "123");
  ASSERT_FALSE(r.body.empty());
  EXPECT_EQ(BodyLines(r).front(),
            "123. For Rusk from Muccio. Rhee called me in.2");
  // Without the wrap the clock has no a.m. or p.m.: no time is read.
  page.replace(page.find("\np.m."), 5, "");
  EXPECT_EQ(ReadOne(page).sent, "");
}

TEST(FrusPageReaderTest, WithoutADatelineTheFileNumberDates) {
  std::string page(kPage);
  page.erase(page.find("Pusan"), page.find("secret") - page.find("Pusan"));
  DocumentRecord r = ReadOne(page);
  ASSERT_TRUE(r.date);
  EXPECT_EQ(r.date->Iso(), "1951-07-19");
  EXPECT_EQ(At(r, r.date_span), "795.00/7–1951");
  EXPECT_EQ(r.sent, "");
  EXPECT_TRUE(r.origin.empty());
}

TEST(FrusPageReaderTest, AnIndentedListWithoutMarkersIsNotFootnotes) {
  std::string page(kPage);
  page.replace(page.find("Rhee called me in.2"), 19, "Agenda:");
  page.replace(page.find("State1"), 6, "State");
  // Nothing above is marked "1" now: the indented lines are the document's.
  DocumentRecord r = ReadOne(page);
  std::vector<std::string> lines = BodyLines(r);
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines.back(), "2. Not printed.");
}

TEST(FrusPageReaderTest, SourceNoteInTheFirstFootnote) {
  std::string page(kPage);
  page.erase(page.find("795.00/7–1951: Telegram\n"),
             std::string_view("795.00/7–1951: Telegram\n").size());
  page.replace(page.find("1. Repeated to Tokyo."), 21,
               "1. Source: 795.00/7–1851: Telegram.");
  page.erase(page.find("Pusan"), page.find("secret") - page.find("Pusan"));
  DocumentRecord r = ReadOne(page);
  ASSERT_EQ(r.sources.size(), 1u);
  EXPECT_EQ(r.sources[0].citation, "795.00/7–1851");
  EXPECT_EQ(At(r, r.sources[0].span), "795.00/7–1851");
  EXPECT_EQ(r.doc_type, "telegram");
  ASSERT_TRUE(r.date);
  EXPECT_EQ(r.date->Iso(), "1951-07-18");
}

// An archive named in full with its short name after it is the short name;
// the citation's fields read as ever.
TEST(FrusPageReaderTest, AnArchiveSpeltOutIsItsShortName) {
  std::vector<Citation> c = ParseCitations(
      "Archive of the President of the Russian Federation (APRF), Fond 45, "
      "Opis 1, Delo 341, Listy 71-73.",
      0);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].archive, "APRF");
  EXPECT_EQ(c[0].fond, "45");
  EXPECT_EQ(c[0].pages, "71-73");
}

// A lot file named after its office, without a colon, is the source note.
TEST(FrusPageReaderTest, ALotFileIsTheSourceNote) {
  std::string page(kPage);
  page.replace(page.find("795.00/7–1951: Telegram"),
               std::string_view("795.00/7–1951: Telegram").size(),
               "FE files, lot 55 D 128, tab 108");
  DocumentRecord r = ReadOne(page);
  ASSERT_EQ(r.sources.size(), 1u);
  EXPECT_EQ(r.sources[0].citation, "FE files, lot 55 D 128, tab 108");
}

TEST(FrusPageReaderTest, WarnsWhenTheHeadingNumberDisagrees) {
  std::string page(kPage);
  page.replace(page.find("450. The"), 3, "451");
  DocumentRecord r = ReadOne(page);
  EXPECT_EQ(r.authors.at(0).name, "Muccio");
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_EQ(r.warnings[0], "heading number 451 differs from \"Document 450\"");
}

TEST(FrusPageReaderTest, RealPageHnc108) {
  std::string source = ReadCorpus("frus-1951-07-17-hnc-108.txt");
  DocumentRecord r = ReadOne(source);
  EXPECT_EQ(r.title.text,
            "The Commander in Chief, United Nations Command (Ridgway) to the "
            "Joint Chiefs of Staff");
  ASSERT_EQ(r.authors.size(), 1u);
  EXPECT_EQ(At(r, r.authors[0].span), "Ridgway");
  ASSERT_EQ(r.recipients.size(), 1u);
  EXPECT_EQ(At(r, r.recipients[0].span), "Joint Chiefs of Staff");
  ASSERT_EQ(r.numbers.size(), 1u);
  EXPECT_EQ(r.numbers[0].text, "HNC–108");
  // No dateline: the subject line dates it.
  ASSERT_TRUE(r.date);
  EXPECT_EQ(r.date->Iso(), "1951-07-17");
  EXPECT_EQ(At(r, r.date_span), "17 July 1951");
  ASSERT_EQ(r.sources.size(), 1u);
  EXPECT_EQ(r.sources[0].citation, "Lot 55D128: Black Book, Tab 78");
  EXPECT_EQ(r.doc_type, "telegram");
  ASSERT_EQ(r.classification.size(), 1u);
  EXPECT_EQ(r.classification[0].text, "secret");
  ASSERT_EQ(r.precedence.size(), 1u);
  EXPECT_EQ(r.precedence[0].text, "flash");

  std::string body = BodyText(r);
  EXPECT_TRUE(body.starts_with("HNC–108. This msg")) << body;
  EXPECT_NE(body.find("Item 5. Arrangements concerning prisoners of war."),
            std::string::npos);
  EXPECT_NE(body.find("[Here follow parts 3 through 5"), std::string::npos);
  EXPECT_EQ(body.find("Headed by Vice Admiral"), std::string::npos);
  EXPECT_EQ(body.find("Document 447."), std::string::npos);
  EXPECT_EQ(body.find("Previous Next"), std::string::npos);
  EXPECT_EQ(body.find("449."), std::string::npos);
}

TEST(FrusPageReaderTest, RealPageJcs92059IsDatedByItsFileNumber) {
  std::string source = ReadCorpus("frus-1952-01-31-jcs-92059.txt");
  DocumentRecord r = ReadOne(source);
  ASSERT_TRUE(r.date);
  EXPECT_EQ(r.date->Iso(), "1952-01-31");
  EXPECT_EQ(At(r, r.date_span), "795.00/1–3152");
  ASSERT_EQ(r.numbers.size(), 1u);
  EXPECT_EQ(r.numbers[0].text, "JCS 92059");
  ASSERT_EQ(r.authors.size(), 1u);
  EXPECT_EQ(r.authors[0].name, "Joint Chiefs of Staff");
  ASSERT_EQ(r.recipients.size(), 1u);
  EXPECT_EQ(r.recipients[0].name, "Ridgway");
  EXPECT_EQ(r.sources.at(0).citation, "795.00/1–3152");
  ASSERT_EQ(r.classification.size(), 1u);
  EXPECT_EQ(r.classification[0].text, "top secret");
  ASSERT_EQ(r.precedence.size(), 1u);
  EXPECT_EQ(r.precedence[0].text, "operational immediate");

  std::vector<std::string> lines = BodyLines(r);
  ASSERT_GE(lines.size(), 3u);
  EXPECT_EQ(lines[0], "JCS 92059. From JCS. Reur CX 61348.1");
  EXPECT_EQ(lines[1], "1.");
  EXPECT_EQ(lines[2],
            "We agree with the views set out in part 2 A of your "
            "message.");
  EXPECT_TRUE(lines.back().ends_with("every civilian on the lists. [...]"));
  std::string body = BodyText(r);
  EXPECT_EQ(body.find("Document 13."), std::string::npos);
  EXPECT_EQ(body.find("Previous Next"), std::string::npos);
}

TEST(FrusPageReaderTest, ScoresFrusPagesOnly) {
  auto reader = MakeFrusPageReader();
  EXPECT_GE(reader->Score(ReadCorpus("frus-1951-07-17-hnc-108.txt")), 85);
  EXPECT_GE(reader->Score(ReadCorpus("frus-1952-01-31-jcs-92059.txt")), 85);
  EXPECT_GE(reader->Score(kPage), 85);
  EXPECT_EQ(reader->Score(ReadCorpus("frus-tei-1951-07-26-hnc-142.xml")), 0);
  EXPECT_EQ(reader->Score(ReadCorpus("1951-06-30-telegram-21336.txt")), 0);
  EXPECT_EQ(reader->Score(ReadCorpus("1951-11-14-cwihp-25902.txt")), 0);
  EXPECT_EQ(reader->Score(""), 0);
}

TEST(FrusPageReaderTest, DetectLayoutPicksItForFrusPages) {
  for (const char* name :
       {"frus-1951-07-17-hnc-108.txt", "frus-1952-01-31-jcs-92059.txt"}) {
    EXPECT_EQ(DetectLayout(ReadCorpus(name)).name(), "frus-page") << name;
  }
}

TEST(FrusPageReaderTest, RefusesAPageWithoutAHeading) {
  auto reader = MakeFrusPageReader();
  Result<std::vector<DocumentRecord>> r = reader->Read(
      "Foreign Relations of the United States, 1951, Korea\n\nDocument 3\n\n"
      "Some text without a heading.\n");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(r.status().message(),
            "line 3: no FRUS heading (\"N. ...\") after this line");
  EXPECT_FALSE(reader->Read("July 3, 1951\nCiphered Telegram No. 1\n").ok());
}

}  // namespace
}  // namespace parley::importers::layouts
