// The builder stage (importers/document_builder.cc): the Document nodes with
// their ids, titles and properties (numbers, languages, sources, record id),
// and the party and EMBEDS edges.
// Pages go through ImportPage, as a user's import does.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "importers/layouts/furniture.h"
#include "tests/importers/page_fixture.h"

namespace parley::importers::test_data {
namespace {

TEST(DocumentBuilderTest, RecordIdWithAndWithoutValue) {
  Page zhou(kZhouCable);
  EXPECT_EQ(zhou.prop(zhou.outer(), "record_id"), "113402");
  Page roshchin(kRoshchinCable);
  EXPECT_EQ(roshchin.node(roshchin.outer()).props.Get("record_id"), nullptr);
  // "Record ID" as the page's last line, its value on the same line.
  std::string inline_id(kRoshchinCable);
  inline_id += "Record ID 117203\n";
  Page with_value(inline_id);
  EXPECT_EQ(with_value.prop(with_value.outer(), "record_id"), "117203");
}

// Citation `c` has these parts ("" for one it lacks).
void ExpectCitation(const Value& c, std::string_view archive,
                    std::string_view fond, std::string_view opis,
                    std::string_view delo, std::string_view pages) {
  EXPECT_EQ(c.GetString("archive"), archive);
  EXPECT_EQ(c.GetString("fond"), fond);
  EXPECT_EQ(c.GetString("opis"), opis);
  EXPECT_EQ(c.GetString("delo"), delo);
  EXPECT_EQ(c.GetString("pages"), pages);
}

TEST(DocumentBuilderTest, SeveralCitationsInOneSource) {
  Page zhou(kZhouCable);
  const Value* source = zhou.node(zhou.outer()).props.Get("source");
  ASSERT_NE(source, nullptr);
  ASSERT_EQ(source->as_array().size(), 2u);
  const Value& aprf = source->as_array()[0];
  EXPECT_EQ(aprf.GetString("citation"),
            "APRF, f. 45, op. 1, d. 342, ll. 16-19");
  ExpectCitation(aprf, "APRF", "45", "1", "342", "16-19");
  const Value& avprf = source->as_array()[1];
  ExpectCitation(avprf, "AVPRF", "059a", "5a", "5", "60-62");
  EXPECT_EQ(avprf.GetString("papka"), "11");

  Page kim(kKimLetter);  // joined by " and "
  source = kim.node(kim.outer()).props.Get("source");
  ASSERT_NE(source, nullptr);
  ASSERT_EQ(source->as_array().size(), 2u);
  EXPECT_EQ(source->as_array()[0].GetString("pages"), "10-12");
  EXPECT_EQ(source->as_array()[1].GetString("archive"), "AVPRF");
  EXPECT_EQ(source->as_array()[1].GetString("delo"), "4");
}

// The form with full stops for commas ("AP RF. F. 3. Op. 65. D. 830. pp.
// 148-151."), a number sign for "No." and a precedence line where a
// quotation never closed runs on: the archive as one acronym, each field up
// to the next, the number read, and no one named "Top Priority".
TEST(DocumentBuilderTest, CitationWithFullStopsNumberSignAndPrecedence) {
  Page page(R"(July 4, 1953

Telegram from V.M. Molotov to Cde. Mao Zedong

Ciphered Telegram # 13464

To Comrade MAO ZEDONG.

«1. The Soviet government agrees that the delegations meet again at Panmunjom.

TOP PRIORITY

Document Information

Source

AP RF. F. 3. Op. 65. D. 830. pp. 148-151.

Type

Telegram
)");
  EXPECT_EQ(Numbers(page.node(page.outer())), Ids{"13464"});
  const Value* source = page.node(page.outer()).props.Get("source");
  ASSERT_NE(source, nullptr);
  ASSERT_EQ(source->as_array().size(), 1u);
  ExpectCitation(source->as_array()[0], "APRF", "3", "65", "830", "148-151");
  EXPECT_FALSE(page.has("person:top-priority"));
}

// The form with spaces alone between the fields ("APRF f. 45 op. 1 d. 348
// ll. 63-66"), also with a book after it: each field up to the next key.
TEST(DocumentBuilderTest, CitationWithSpacesAloneBetweenTheFields) {
  for (std::string source_line :
       {"APRF f. 45 op. 1 d. 348 ll. 63-66",
        "APRF f. 45 op. 1 d. 348 ll. 63-66. Russian text also in A.V. "
        "Torkunov, Zagadochnaia voina (Moscow: ROSSPEN, 2000)."}) {
    Page page(R"(April 29, 1952

Ciphered Telegram No. 601386, Razuvaev to Filippov [Stalin]

To Comrade FILIPPOV.

The talks go on.

RAZUVAEV

Document Information

Source

)" + source_line +
              R"(

Type

Telegram
)");
    const Value* source = page.node(page.outer()).props.Get("source");
    ASSERT_NE(source, nullptr);
    ASSERT_EQ(source->as_array().size(), 1u) << source_line;
    ExpectCitation(source->as_array()[0], "APRF", "45", "1", "348", "63-66");
  }
}

// A published edition under "Source" is the citation, whole; a sentence of
// the site's is none.
TEST(DocumentBuilderTest, APublishedEditionIsTheSource) {
  Page page(R"(October 29, 1951

Telegram, Mao Zedong to Peng Dehuai and Kim Il Sung

Your telegram of 27 October has been received.

Mao Zedong

Document Information

Source

Jianguo yilai Mao Zedong wengao, vol. 2 (Beijing: Zhongyang wenxian chubanshe, 1988), 513-514.

Type

Telegram
)");
  const Value* source = page.node(page.outer()).props.Get("source");
  ASSERT_NE(source, nullptr);
  ASSERT_EQ(source->as_array().size(), 1u);
  EXPECT_EQ(source->as_array()[0].GetString("citation"),
            "Jianguo yilai Mao Zedong wengao, vol. 2 (Beijing: Zhongyang "
            "wenxian chubanshe, 1988), 513-514");
  EXPECT_EQ(source->as_array()[0].GetString("archive"), "");
  // A volume number alone marks a published edition too.
  EXPECT_TRUE(
      layouts::IsPublication("Jianguo yilai Mao Zedong wengao, vol. 3"));
  EXPECT_FALSE(
      layouts::IsPublication("Digital Archive materials may be reused"));
}

// "PRC FMA 206-00048-07, 14-17. Translated by ...": an archive's initials
// before its file number, the pages after it; the translator's sentence is
// no part of the citation.
TEST(DocumentBuilderTest, AnArchivesFileNumberAndPagesAreTheSource) {
  Page page(R"(November 21, 1953

Cable, Zhou Enlai to Huang Hua

Your telegram of 19 November has been received.

Zhou Enlai

Document Information

Source

PRC FMA 206-00048-07, 14-17. Translated by Charles Kraus.

Type

Telegram
)");
  const Value* source = page.node(page.outer()).props.Get("source");
  ASSERT_NE(source, nullptr);
  ASSERT_EQ(source->as_array().size(), 1u);
  const Value& s = source->as_array()[0];
  EXPECT_EQ(s.GetString("citation"), "PRC FMA 206-00048-07, 14-17");
  EXPECT_EQ(s.GetString("archive"), "PRC FMA");
  EXPECT_EQ(s.GetString("pages"), "14-17");
}

TEST(DocumentBuilderTest, OnlyAHeaderAndAFooter) {
  Page page(R"(July 3, 1951

Ciphered Telegram No. 21404, Mao Zedong to Cde. Filippov [Stalin]

Document Information

Source

APRF, f. 45, op. 1, d. 339, ll. 6-7.

Type

Telegram

Language

English

Record ID
)");
  EXPECT_EQ(page.outer(), "doc:telegram-21404-1951-07-03");
  EXPECT_EQ(page.authors(page.outer()), Ids{"person:mao-zedong"});
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kHasClause), Ids{});
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kEmbeds), Ids{});
  const Value* langs = page.node(page.outer()).props.Get("languages");
  ASSERT_NE(langs, nullptr);
  ASSERT_EQ(langs->as_array().size(), 1u);
  EXPECT_EQ(langs->as_array()[0].as_string(), "en");
}

TEST(DocumentBuilderTest, EmbeddedDocumentsAreTitledAndIdentifiedByTheirPlace) {
  Page page(kRoshchinCable);
  const std::string& cable = page.outer();
  EXPECT_EQ(cable, "doc:cable-2411-1951-10-19");
  // The page's title is the outer document's; an embedded one is described.
  EXPECT_EQ(page.node(cable).label,
            "Cable No. 2411 from Beijing, Roshchin to Vyshinsky");
  std::string letter = page.embedded(cable);
  std::string mao = page.embedded(letter);
  std::string kim = page.embedded(mao);
  EXPECT_EQ(letter, cable + "/letter-1951-10-19");
  // "I forward to you the telegram that I have received from Comrade Kim
  // Il Sung": the writer names its kind.
  EXPECT_EQ(kim, mao + "/telegram-1951-10-17");
  EXPECT_EQ(page.node(kim).label, "Telegram from Kim Il Sung of 1951-10-17");
  EXPECT_EQ(page.prop(kim, "title"), page.node(kim).label);
  EXPECT_EQ(page.prop(kim, "embedded_in"), mao);
  // Only the outer document names the file it was read from.
  EXPECT_EQ(page.prop(cable, "source_file"), "page.txt");
  EXPECT_EQ(page.node(kim).props.Get("source_file"), nullptr);
}

// The writer's sentence names a forwarded text's kind ("I send you ... the
// telegram of Comrade LI KENONG"); a heading over it, as in the seed
// ("Telegram of Comrade KIM IL SUNG."), names its sender, and the text is
// a message.
TEST(DocumentBuilderTest, AForwardedTelegramIsATelegramWhenTheWriterSaysSo) {
  auto page_with = [](std::string_view intro) {
    return Page(R"(December 19, 1951

Ciphered Telegram No. 27311, Mao Zedong to Cde. Filippov [Stalin]

To Comrade FILIPPOV [Stalin]

)" + std::string(intro) +
                R"(

"Comrade Mao Zedong!

The Americans refuse to exchange all prisoners for all.

Li Kenong 18.12.1951"

Mao Zedong
)");
  };
  Page sent = page_with(
      "I send you for your information the telegram of Comrade LI KENONG of "
      "18 December.");
  EXPECT_EQ(sent.prop(sent.embedded(sent.outer()), "doc_type"), "telegram");
  Page headed = page_with("Telegram of Comrade LI KENONG.");
  EXPECT_EQ(headed.prop(headed.embedded(headed.outer()), "doc_type"),
            "message");
}

// Two messages of one kind and day from two writers: their ids would be the
// same ("message-1951-07-12"), so the second is numbered.
TEST(DocumentBuilderTest, TwoQuotedMessagesOfOneDayGetTwoIds) {
  Page page(R"(July 13, 1951

Ciphered Telegram No. 21841, Mao Zedong to Cde. Filippov [Stalin]

To Comrade FILIPPOV [Stalin]

I forward to you the telegrams of Comrade Li Kenong and Comrade Peng Dehuai of 12 July.

"Comrade Mao Zedong!

The Americans refuse to discuss the withdrawal of foreign troops.

Li Kenong 12.7.1951"

"Comrade Mao Zedong!

The Americans propose to set up a neutral zone around Kaesong.

Peng Dehuai 12.7.1951"

Mao Zedong
)");
  const std::string base = page.outer() + "/message-1951-07-12";
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kEmbeds),
            (Ids{base, base + "-2"}));
  EXPECT_EQ(page.authors(base), Ids{"person:li-kenong"});
  EXPECT_EQ(page.authors(base + "-2"), Ids{"person:peng-dehuai"});
}

}  // namespace
}  // namespace parley::importers::test_data
