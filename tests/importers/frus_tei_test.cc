#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "importers/layout.h"
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

// The XML bytes that the text span maps back to: what an evidence quote is.
std::string_view SourceOf(std::string_view source, const DocumentRecord& r,
                          Span s) {
  Span in = r.source_map.ToSource(s);
  return source.substr(in.start, in.end - in.start);
}

Span SpanOfWord(const DocumentRecord& r, std::string_view word) {
  size_t at = r.text.find(word);
  EXPECT_NE(at, std::string::npos) << word;
  if (at == std::string::npos) return {};
  return {at, at + word.size()};
}

std::vector<DocumentRecord> ReadAll(std::string_view source) {
  auto reader = MakeFrusTeiReader();
  Result<std::vector<DocumentRecord>> records = reader->Read(source);
  EXPECT_TRUE(records.ok()) << records.status().message();
  return records.ok() ? std::move(records).value()
                      : std::vector<DocumentRecord>{};
}

std::vector<std::string> Lines(std::string_view text) {
  std::vector<std::string> lines;
  std::istringstream in{std::string(text)};
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST(FrusTeiReaderTest, EachDocumentDivIsARecord) {
  std::string source = ReadCorpus("frus-tei-1951-07-26-hnc-142.xml");
  std::vector<DocumentRecord> records = ReadAll(source);
  ASSERT_EQ(records.size(), 2u);
  const char* numbers[] = {"HNC–112", "HNC–142"};
  const char* dates[] = {"1951-07-18", "1951-07-26"};
  const char* tabs[] = {"Lot 55D128: Black Book, Tab 81",
                        "Lot 55D128: Black Book, Tab 115"};
  for (size_t i = 0; i < records.size(); ++i) {
    const DocumentRecord& r = records[i];
    EXPECT_EQ(r.layout, "frus-tei");
    EXPECT_EQ(r.languages, std::vector<std::string>{"en"});
    ASSERT_EQ(r.numbers.size(), 1u);
    EXPECT_EQ(r.numbers[0].text, numbers[i]);
    ASSERT_TRUE(r.date);
    EXPECT_EQ(r.date->Iso(), dates[i]);
    ASSERT_EQ(r.authors.size(), 1u);
    EXPECT_EQ(r.authors[0].name, "Ridgway");
    EXPECT_EQ(At(r, r.authors[0].span), "Ridgway");
    ASSERT_EQ(r.recipients.size(), 1u);
    EXPECT_EQ(r.recipients[0].name, "Joint Chiefs of Staff");
    EXPECT_EQ(r.origin.text, "Tokyo");
    EXPECT_EQ(r.doc_type, "telegram");
    ASSERT_EQ(r.sources.size(), 1u);
    EXPECT_EQ(r.sources[0].citation, tabs[i]);
    ASSERT_EQ(r.classification.size(), 1u);
    EXPECT_EQ(r.classification[0].text, "secret");
    EXPECT_EQ(r.title.text,
              "The Commander in Chief, United Nations Command (Ridgway) to "
              "the Joint Chiefs of Staff");
  }
  EXPECT_TRUE(records[0].precedence.empty());
  ASSERT_EQ(records[1].precedence.size(), 1u);
  EXPECT_EQ(records[1].precedence[0].text, "priority");
}

TEST(FrusTeiReaderTest, TextInReadingOrderWithoutFootnotesOrPageBreaks) {
  std::string source = ReadCorpus("frus-tei-1951-07-26-hnc-142.xml");
  std::vector<DocumentRecord> records = ReadAll(source);
  ASSERT_EQ(records.size(), 2u);
  const DocumentRecord& r = records[1];
  std::vector<std::string> lines = Lines(r.text);
  ASSERT_GE(lines.size(), 12u);
  EXPECT_EQ(lines[0], "Lot 55D128: Black Book, Tab 115: Telegram");
  EXPECT_EQ(lines[1],
            "The Commander in Chief, United Nations Command (Ridgway) to the "
            "Joint Chiefs of Staff");
  EXPECT_EQ(lines[2], "[Tokyo,] July 26, 1951.");
  EXPECT_EQ(lines[3], "secret priority");
  EXPECT_EQ(lines[4],
            "HNC–142. This msg in 5 parts. Subj: Armistice Conference at "
            "Kaesong 26 Jul 1951.");
  EXPECT_EQ(lines[5],
            "Part 1. End Summary: The agenda of the Military Armistice "
            "Conference was agreed and formally adopted at 1409K. It reads:");
  EXPECT_EQ(lines[6], "“1. Adoption of agenda.");
  // The footnote comes after the text, as a note: never the document's.
  EXPECT_EQ(lines.back(), "See Document 449 and supra.");
  ASSERT_EQ(r.notes.size(), 1u);
  EXPECT_EQ(At(r, r.notes[0]), "See Document 449 and supra.");
  EXPECT_EQ(At(r, r.body.back()), "[Here follow parts 2 through 5.]");
  for (const Span& s : r.body) {
    EXPECT_EQ(At(r, s).find("Document 449"), std::string::npos);
    EXPECT_EQ(At(r, s).find("supra"), std::string::npos);
  }
  // Page numbers are nowhere.
  EXPECT_EQ(r.text.find("736"), std::string::npos);
  EXPECT_NE(r.text.find("purely military terms that bind only"),
            std::string::npos);
  // The other document's text is not in this one.
  EXPECT_EQ(r.text.find("HNC–112"), std::string::npos);
  // The body starts at the first paragraph.
  ASSERT_FALSE(r.body.empty());
  EXPECT_EQ(At(r, r.body.front()), lines[4]);
  EXPECT_EQ(r.body.size(), lines.size() - 5);
}

TEST(FrusTeiReaderTest, EveryCharacterMapsBackToTheSameXmlByte) {
  std::string source = ReadCorpus("frus-tei-1951-07-26-hnc-142.xml");
  for (const DocumentRecord& r : ReadAll(source)) {
    ASSERT_FALSE(r.source_map.identity());
    for (size_t i = 0; i < r.text.size(); ++i) {
      if (r.text[i] == '\n') continue;
      size_t at = r.source_map.ToSource(i);
      ASSERT_LT(at, source.size());
      if (r.text[i] == ' ') {
        EXPECT_TRUE(source[at] == ' ' || source[at] == '\n' ||
                    r.text.compare(i - 1, 2, ". ") == 0)  // label, item
            << "text offset " << i;
      } else {
        EXPECT_EQ(source[at], r.text[i]) << "text offset " << i;
      }
    }
    EXPECT_TRUE(r.warnings.empty()) << r.warnings.front();
  }
}

TEST(FrusTeiReaderTest, EvidenceQuotesAreTheXmlBytes) {
  std::string source = ReadCorpus("frus-tei-1951-07-26-hnc-142.xml");
  std::vector<DocumentRecord> records = ReadAll(source);
  ASSERT_EQ(records.size(), 2u);
  const DocumentRecord& r = records[1];
  for (std::string_view word :
       {"Ridgway", "Joint Chiefs of Staff", "Adoption of agenda",
        "July 26, 1951", "HNC–142", "Lot 55D128: Black Book, Tab 115"}) {
    EXPECT_EQ(SourceOf(source, r, SpanOfWord(r, word)), word);
  }
  EXPECT_EQ(SourceOf(source, r, r.date_span), "July 26, 1951");
  EXPECT_EQ(SourceOf(source, r, r.authors[0].span), "Ridgway");
  EXPECT_EQ(SourceOf(source, r, r.recipients[0].span), "Joint Chiefs of Staff");
  EXPECT_EQ(SourceOf(source, r, r.numbers[0].span), "HNC–142");
  // A span across markup quotes the markup between.
  std::string_view across =
      SourceOf(source, r, SpanOfWord(r, "(Ridgway) to the Joint"));
  EXPECT_TRUE(across.starts_with("(<persName")) << across;
  EXPECT_TRUE(across.ends_with("Joint")) << across;
  // Each of the two documents maps into its own part of the file.
  EXPECT_GT(r.source_map.ToSource(0), records[0].source_map.ToSource(0));
}

TEST(FrusTeiReaderTest, SecondFileOneDocument) {
  std::string source = ReadCorpus("frus-tei-1951-11-27-c-58115.xml");
  std::vector<DocumentRecord> records = ReadAll(source);
  ASSERT_EQ(records.size(), 1u);
  const DocumentRecord& r = records[0];
  ASSERT_EQ(r.numbers.size(), 1u);
  EXPECT_EQ(r.numbers[0].text, "C–58115");
  EXPECT_EQ(r.date->Iso(), "1951-11-27");
  EXPECT_EQ(r.authors.at(0).name, "Ridgway");
  EXPECT_EQ(r.recipients.at(0).name, "Joint Chiefs of Staff");
  ASSERT_EQ(r.precedence.size(), 1u);
  EXPECT_EQ(r.precedence[0].text, "operational immediate");
  for (const Span& s : r.body)  // in a footnote, not the text
    EXPECT_EQ(At(r, s).find("C–57837"), std::string::npos);
  ASSERT_EQ(r.notes.size(), 1u);
  EXPECT_NE(At(r, r.notes[0]).find("C–57837"), std::string::npos);
  EXPECT_NE(r.text.find("Once agenda Item 2 had been ratified"),
            std::string::npos);
  EXPECT_NE(r.text.find("before taking up agenda Item 3, to consider"),
            std::string::npos);
  EXPECT_EQ(SourceOf(source, r, SpanOfWord(r, "Nam Il")), "Nam Il");
}

// A document whose heading and source note say nothing of its kind, and
// that ends on a signature (<closer><signed>), is a letter.
TEST(FrusTeiReaderTest, AnUntypedDocumentSignedInACloserIsALetter) {
  std::string source =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>\n"
      "<div type=\"document\" n=\"612\">\n"
      "<note type=\"source\">795.00/6&#x2013;2953</note>\n"
      "<head>The Commander in Chief, United Nations Command (<persName "
      "type=\"from\">Clark</persName>) to the Supreme Commander of the "
      "Korean People&#x2019;s Army (<persName type=\"to\">Kim "
      "Il-sung</persName>)"
      "</head>\n"
      "<opener><dateline>[Tokyo,] <date when=\"1953-06-29\">June 29, "
      "1953</date>.</dateline></opener>\n"
      "<p>I have received your letter of June 20.</p>\n"
      "<closer><signed>Mark W. Clark<lb/>General, United States Army</signed>"
      "</closer>\n"
      "</div></body></text></TEI>\n";
  std::vector<DocumentRecord> records = ReadAll(source);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].doc_type, "letter");
}

constexpr std::string_view kSmallTei =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n"
    "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>\r\n"
    "<div type=\"document\" n=\"5\">\r\n"
    "<note type=\"source\">795.00/7&#x2013;251: Telegram</note>\r\n"
    "<head>The <gloss type=\"from\">Joint Chiefs of Staff</gloss> to the "
    "Commander in Chief, Far East (<persName "
    "type=\"to\">Ridgway</persName>)</head>\r\n"
    "<p>JCS 95354. Talks at Kaesong &amp; Panmunjom\r\n"
    "  &#x2014; &#8220;final&#x201D;.<note n=\"1\">Not printed.</note></p>\r\n"
    "<p><![CDATA[a < b]]> and &lt;c&gt;</p>\r\n"
    "</div></body></text></TEI>\r\n";

TEST(FrusTeiReaderTest, EntitiesAndLineEndsMapToTheirOwnBytes) {
  std::vector<DocumentRecord> records = ReadAll(kSmallTei);
  ASSERT_EQ(records.size(), 1u);
  const DocumentRecord& r = records[0];
  std::vector<std::string> lines = Lines(r.text);
  ASSERT_EQ(lines.size(), 5u) << r.text;  // the footnote last
  EXPECT_EQ(lines[4], "Not printed.");
  EXPECT_EQ(lines[0], "795.00/7–251: Telegram");
  EXPECT_EQ(lines[2], "JCS 95354. Talks at Kaesong & Panmunjom — “final”.");
  EXPECT_EQ(lines[3], "a < b and <c>");
  EXPECT_EQ(SourceOf(kSmallTei, r, SpanOfWord(r, "Kaesong & Panmunjom")),
            "Kaesong &amp; Panmunjom");
  EXPECT_EQ(SourceOf(kSmallTei, r, SpanOfWord(r, "—")), "&#x2014;");
  EXPECT_EQ(SourceOf(kSmallTei, r, SpanOfWord(r, "“final”")),
            "&#8220;final&#x201D;");
  EXPECT_EQ(SourceOf(kSmallTei, r, SpanOfWord(r, "final")), "final");
  EXPECT_EQ(SourceOf(kSmallTei, r, SpanOfWord(r, "Panmunjom")), "Panmunjom");
  EXPECT_EQ(SourceOf(kSmallTei, r, SpanOfWord(r, "a < b")), "a < b");
  EXPECT_EQ(SourceOf(kSmallTei, r, SpanOfWord(r, "and <c")), "and &lt;c");
  EXPECT_TRUE(r.warnings.empty());
  // Parties from <gloss type="from"> and <persName type="to">.
  ASSERT_EQ(r.authors.size(), 1u);
  EXPECT_EQ(r.authors[0].name, "Joint Chiefs of Staff");
  ASSERT_EQ(r.recipients.size(), 1u);
  EXPECT_EQ(r.recipients[0].name, "Ridgway");
  // No dateline: the file number in the source note dates it.
  ASSERT_TRUE(r.date);
  EXPECT_EQ(r.date->Iso(), "1951-07-02");
  EXPECT_EQ(SourceOf(kSmallTei, r, r.date_span), "795.00/7&#x2013;251");
  EXPECT_EQ(r.numbers.at(0).text, "JCS 95354");
  for (const Span& b : r.body)
    EXPECT_EQ(At(r, b).find("Not printed"), std::string::npos);
  EXPECT_EQ(SourceOf(kSmallTei, r, r.notes.at(0)), "Not printed.");
}

// The editors' note of receipt in a <seg> of the opener, under the
// dateline: "[Received August 6—1:42 p.m.]", the dateline's year.
TEST(FrusTeiReaderTest, TheNoteOfReceiptInTheOpener) {
  constexpr std::string_view kReceived =
      "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>\n"
      "<div type=\"document\" n=\"761\">\n"
      "<note rend=\"inline\" type=\"source\">795.00/8–653: Telegram</note>\n"
      "<head>The Ambassador in India (<persName type=\"from\">Allen</persName>)"
      " to the <gloss type=\"to\">Department of State</gloss></head>\n"
      "<opener><dateline><placeName>New Delhi</placeName>, <date "
      "when=\"1953-08-06T19:00:00+05:30\">August 6, 1953—7 "
      "p.m.</date></dateline>\n"
      "<seg>[Received August 6—1:42 p.m.]</seg>\n"
      "<seg>secret niact</seg></opener>\n"
      "<p>246. Pillai read to me the Government of India’s position.</p>\n"
      "</div></body></text></TEI>\n";
  std::vector<DocumentRecord> records = ReadAll(kReceived);
  ASSERT_EQ(records.size(), 1u);
  const DocumentRecord& r = records[0];
  EXPECT_EQ(r.received, "1953-08-06T13:42");
  EXPECT_EQ(SourceOf(kReceived, r, r.received_span), "August 6—1:42 p.m.");
  EXPECT_FALSE(r.classification.empty());
}

TEST(FrusTeiReaderTest, MalformedXmlNamesTheLine) {
  auto reader = MakeFrusTeiReader();
  Result<std::vector<DocumentRecord>> r = reader->Read(
      "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<text>\n<body>\n"
      "<div type=\"document\">\n<p>unclosed</div>\n</body></text></TEI>\n");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Status::Code::kInvalidArgument);
  EXPECT_TRUE(r.status().message().starts_with("XML error on line 5: "))
      << r.status().message();
  EXPECT_EQ(r.status().message().find('\n'), std::string::npos);

  r = reader->Read("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text/></TEI>");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("div type=\"document\""),
            std::string::npos);
}

TEST(FrusTeiReaderTest, ScoresTeiRootsOnly) {
  auto reader = MakeFrusTeiReader();
  EXPECT_GE(reader->Score(ReadCorpus("frus-tei-1951-07-26-hnc-142.xml")), 90);
  EXPECT_GE(reader->Score(ReadCorpus("frus-tei-1951-11-27-c-58115.xml")), 90);
  EXPECT_GT(reader->Score(kSmallTei), 0);
  EXPECT_EQ(reader->Score(ReadCorpus("frus-1951-07-17-hnc-108.txt")), 0);
  EXPECT_EQ(reader->Score("<?xml version=\"1.0\"?><html><body/></html>"), 0);
  EXPECT_EQ(reader->Score("<TEI><text/></TEI>"), 0);  // no TEI namespace
  EXPECT_EQ(reader->Score("<!-- <TEI xmlns=\"http://www.tei-c.org/ns/1.0\"> "
                          "--><html/>"),
            0);
}

TEST(FrusTeiReaderTest, DetectLayoutPicksItForTeiFiles) {
  for (const char* name :
       {"frus-tei-1951-07-26-hnc-142.xml", "frus-tei-1951-11-27-c-58115.xml"}) {
    EXPECT_EQ(DetectLayout(ReadCorpus(name)).name(), "frus-tei") << name;
  }
}

}  // namespace
}  // namespace parley::importers::layouts
