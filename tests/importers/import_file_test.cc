// The importers' entry point (importers/import_file.h): bad input, line ends,
// layout detection and the generic fallback, TEI volumes of several
// documents, and evidence that quotes the file's bytes on every sample page.
// Pages go through ImportPage, as a user's import does.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "tests/importers/page_fixture.h"

namespace parley::importers::test_data {
namespace {

TEST(ImportFileTest, BadInputIsAOneLineError) {
  struct Case {
    std::string text;
    std::string message;
  };
  const Case kCases[] = {
      {"", "empty file"},
      {"\n  \n", "empty file"},
      {std::string("July 3, 1951\n\nTitle\0", 20),
       "binary file (NUL byte on line 3)"},
      {"July 3, 1951\n\nTelegram \xd0\n", "invalid UTF-8 on line 3"},
      {"Some notes\nwith no date line\n",
       "no date anywhere in the text (line 1 onwards): not a document Parley "
       "can read"},
      {"Skip to content\n\nJuly 3, 1951\n\n", "no document text after line 1"},
  };
  for (const Case& c : kCases) {
    Result<Fragment> r = TryImport(c.text);
    ASSERT_FALSE(r.ok()) << c.message;
    EXPECT_EQ(r.status().message(), c.message);
    EXPECT_EQ(r.status().message().find('\n'), std::string::npos);
  }
}

TEST(ImportFileTest, CrlfLineEndsGiveTheSameFacts) {
  std::string crlf;
  for (char c : kKimLetter) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  Page unix_page(kKimLetter), dos_page(crlf);
  Ids a, b;
  for (const Node& n : unix_page.fragment().nodes()) a.push_back(n.id);
  for (const Node& n : dos_page.fragment().nodes()) b.push_back(n.id);
  EXPECT_EQ(Sorted(a), Sorted(b));
  EXPECT_EQ(unix_page.fragment().edges().size(),
            dos_page.fragment().edges().size());
  std::string clause = dos_page.clause(dos_page.outer(), "б");
  EXPECT_EQ(dos_page.node(clause).props.Get("text")->GetString("ru").find('\r'),
            std::string::npos);
  ExpectEvidenceHolds(dos_page.fragment(), "crlf");
}

TEST(ImportFileTest, SkipToContentChangesNothing) {
  std::string with = "Skip to content\n\n" + std::string(kZhouCable);
  Page a(kZhouCable), b(with);
  ASSERT_EQ(a.fragment().nodes().size(), b.fragment().nodes().size());
  ASSERT_EQ(a.fragment().edges().size(), b.fragment().edges().size());
  for (size_t i = 0; i < a.fragment().nodes().size(); ++i) {
    const Node& x = a.fragment().nodes()[i];
    const Node& y = b.fragment().nodes()[i];
    EXPECT_EQ(x.id, y.id);
    EXPECT_EQ(x.props, y.props) << x.id;
    ASSERT_EQ(x.evidence.size(), y.evidence.size()) << x.id;
    for (size_t k = 0; k < x.evidence.size(); ++k) {
      EXPECT_EQ(x.evidence[k].start + 17, y.evidence[k].start);
      EXPECT_EQ(x.evidence[k].quote, y.evidence[k].quote);
    }
  }
}

TEST(ImportFileTest, EvidenceQuotesThePageBytesOnEverySamplePage) {
  std::vector<fs::path> pages = SamplePages();
  ASSERT_GE(pages.size(), 16u) << "the seed and the corpus pages";
  std::set<std::string> layouts;
  for (const fs::path& path : pages) {
    Result<Fragment> f = TryImport(ReadFile(path));
    ASSERT_TRUE(f.ok()) << path << ": " << f.status().message();
    ExpectEvidenceHolds(*f, path.filename().string());
    layouts.insert(f->layout);
  }
  // The corpus has a page in every layout, and none falls back.
  EXPECT_EQ(layouts,
            (std::set<std::string>{"cwihp-print", "frus-page", "frus-tei",
                                   "wilson-current", "wilson-older"}));
  for (std::string_view text : SyntheticPages()) {
    Page page(text);
    ExpectEvidenceHolds(page.fragment(), page.outer());
  }
}

// ---------------------------------------------------------------------------
// Layout detection: a small page of each layout is read by its reader.

// The Wilson Center's older page: the quoted title in the citation block is
// the only title.
constexpr std::string_view kWilsonOlderPage = R"(Search in

Digital Archive International History Declassified

July 11, 1951

  • Citation

    get citation

    Mao tells Stalin how the first session at Kaesong went.
    "Cable No. 21680, Mao Zedong to Cde. Filippov [Stalin]," July 11, 1951, History and Public Policy Program Digital Archive, APRF.
  • share document


English HTML


CABLE Nº 21680

To Comrade FILIPPOV [Stalin]

Cde. Filippov!

The conference at Kaesong opened at 10 o'clock. Cde. NAM IL set out our three proposals.

MAO ZEDONG
)";

// The CWIHP Bulletin as printed: running head, item heading, source line.
constexpr std::string_view kCwihpPrintPage =
    R"(NEW EVIDENCE ON THE KOREAN WAR                COLD WAR INTERNATIONAL HISTORY PROJECT BULLETIN 75

93. 14 November 1951, ciphered telegram, Mao Zedong to Filippov (Stalin)

CIPHERED TELEGRAM No. 25902

To Comrade FILIPPOV [Stalin]

The chief question in the talks is where the demarcation line will run.

MAO ZEDONG

[Source: APRF, Fond 45, Opis 1, Delo 342, Listy 16-19]
)";

// A FRUS document page as copied from history.state.gov.
constexpr std::string_view kFrusPage = R"(Office of the Historian

Foreign Relations of the United States, 1951, Korea and China, Volume VII, Part 1

Document 450

795.00/7–1851: Telegram

450. The Commander in Chief, Far East (Ridgway) to the Joint Chiefs of Staff

Tokyo, July 18, 1951—2 p.m.

secret

C–66911. The delegations met at Kaesong today and agreed on four items of the agenda.

Previous Next
)";

// A FRUS TEI volume with two documents in one chapter.
constexpr std::string_view kFrusTeiVolume =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="frus1951v07p1">
  <text>
    <body>
      <div type="chapter" xml:id="ch4">
        <div type="document" xml:id="d451" n="451">
          <note rend="inline" type="source">Lot 55D128: Black Book, Tab 100: Telegram</note>
          <head>The Commander in Chief, United Nations Command (<persName type="from">Ridgway</persName>) to the <gloss type="to">Joint Chiefs of Staff</gloss></head>
          <opener>
            <dateline>[<placeName>Tokyo</placeName>,] <date when="1951-07-18">July 18, 1951</date>.</dateline>
          </opener>
          <p>HNC–112. The delegations met at Kaesong and agreed on four items of the agenda.</p>
        </div>
        <div type="document" xml:id="d472" n="472">
          <note rend="inline" type="source">Lot 55D128: Black Book, Tab 115: Telegram</note>
          <head>The Commander in Chief, United Nations Command (<persName type="from">Ridgway</persName>) to the <gloss type="to">Joint Chiefs of Staff</gloss></head>
          <opener>
            <dateline>[<placeName>Tokyo</placeName>,] <date when="1951-07-26">July 26, 1951</date>.</dateline>
          </opener>
          <p>HNC–142. The delegations adopted the agenda at Kaesong today.</p>
        </div>
      </div>
    </body>
  </text>
</TEI>
)";

// A transcript in no archive's layout: a title, a date, a salutation, points
// and a signature.
constexpr std::string_view kPlainTranscript =
    R"(Kim Il Sung to Mao Zedong on the armistice terms

Pyongyang, 30 June 1951

Comrade Mao Zedong!

I propose the following terms for the talks:

1. Both sides cease fire at the same hour.
2. Both sides pull back 10 km from the 38th parallel.

KIM IL SUNG
)";

bool HasWarning(const Fragment& f, std::string_view words) {
  return std::any_of(
      f.warnings.begin(), f.warnings.end(),
      [&](const std::string& w) { return w.find(words) != std::string::npos; });
}

TEST(ImportFileTest, EachLayoutIsReadByItsOwnReader) {
  struct Case {
    std::string_view text, layout, date, author;
  };
  const Case kCases[] = {
      {kZhouCable, "wilson-current", "1951-11-21", "person:zhou-enlai"},
      {kWilsonOlderPage, "wilson-older", "1951-07-11", "person:mao-zedong"},
      {kCwihpPrintPage, "cwihp-print", "1951-11-14", "person:mao-zedong"},
      {kFrusPage, "frus-page", "1951-07-18", "person:matthew-ridgway"},
      {kFrusTeiVolume, "frus-tei", "1951-07-18", "person:matthew-ridgway"},
      {kPlainTranscript, "generic", "1951-06-30", "person:kim-il-sung"},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.layout);
    Page page(c.text);
    EXPECT_EQ(page.fragment().layout, c.layout);
    EXPECT_EQ(page.prop(page.outer(), "date"), c.date);
    EXPECT_EQ(page.authors(page.outer()), Ids{std::string(c.author)});
    // Only the fallback says it fell back.
    EXPECT_EQ(HasWarning(page.fragment(), "fell back to the generic reader"),
              c.layout == "generic");
    ExpectEvidenceHolds(page.fragment(), std::string(c.layout));
  }
}

TEST(ImportFileTest, TheLayoutsReadersFindTheirOwnFurniture) {
  Page older(kWilsonOlderPage);
  EXPECT_EQ(Numbers(older.node(older.outer())), Ids{"21680"});
  EXPECT_EQ(older.prop(older.outer(), "doc_type"), "cable");
  EXPECT_EQ(older.targets(older.outer(), EdgeKind::kAddressedTo),
            Ids{"person:joseph-stalin"});

  Page cwihp(kCwihpPrintPage);
  EXPECT_EQ(Numbers(cwihp.node(cwihp.outer())), Ids{"25902"});
  const Value* source = cwihp.node(cwihp.outer()).props.Get("source");
  ASSERT_NE(source, nullptr);
  ASSERT_EQ(source->as_array().size(), 1u);
  EXPECT_EQ(source->as_array()[0].GetString("delo"), "342");
  EXPECT_EQ(source->as_array()[0].GetString("pages"), "16-19");

  Page frus(kFrusPage);
  EXPECT_EQ(Numbers(frus.node(frus.outer())), Ids{"C–66911"});
  EXPECT_EQ(frus.targets(frus.outer(), EdgeKind::kAddressedTo),
            Ids{"org:joint-chiefs-of-staff"});
  EXPECT_EQ(frus.prop(frus.outer(), "origin"), "place:tokyo");
  const Value* classification =
      frus.node(frus.outer()).props.Get("classification");
  ASSERT_NE(classification, nullptr);
  EXPECT_EQ(classification->as_array()[0].as_string(), "secret");
}

// The translator a citation names is a person the page mentions.
TEST(ImportFileTest, TheTranslatorOfTheCitationIsAPersonMentioned) {
  std::string text(kWilsonOlderPage);
  text.replace(text.find("Digital Archive, APRF."),
               std::string_view("Digital Archive, APRF.").size(),
               "Digital Archive, APRF. Translated by Kathryn Weathersby.");
  Page page(text);
  Ids mentioned = page.targets(page.outer(), EdgeKind::kMentions);
  EXPECT_NE(std::find(mentioned.begin(), mentioned.end(),
                      "person:kathryn-weathersby"),
            mentioned.end());
  // Without a translator, no such person.
  Page plain(kWilsonOlderPage);
  for (const std::string& p : plain.persons())
    EXPECT_EQ(p.find("weathersby"), std::string::npos);
}

TEST(ImportFileTest, TheGenericFallbackReadsAndWarns) {
  Page page(kPlainTranscript);
  EXPECT_EQ(page.fragment().layout, "generic");
  EXPECT_TRUE(HasWarning(page.fragment(), "fell back to the generic reader"));
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kHasClause).size(), 2u);
  // A page in a known layout does not fall back.
  Page known(kZhouCable);
  EXPECT_FALSE(HasWarning(known.fragment(), "generic"));
}

TEST(ImportFileTest, ATeiVolumeGivesATopLevelDocumentPerDiv) {
  Page page(kFrusTeiVolume);
  Ids top = page.top_documents();
  ASSERT_EQ(top.size(), 2u);
  // The file is stored under its first document (and its last).
  EXPECT_EQ(page.fragment().page_id.rfind(top[0], 0), 0u)
      << page.fragment().page_id;
  EXPECT_NE(top[0], top[1]);
  EXPECT_EQ(page.prop(top[0], "date"), "1951-07-18");
  EXPECT_EQ(page.prop(top[1], "date"), "1951-07-26");
  EXPECT_EQ(Numbers(page.node(top[0])), Ids{"HNC–112"});
  EXPECT_EQ(Numbers(page.node(top[1])), Ids{"HNC–142"});
  // Two documents side by side: neither holds the other.
  EXPECT_EQ(page.targets(top[0], EdgeKind::kEmbeds), Ids{});
  EXPECT_EQ(page.targets(top[1], EdgeKind::kEmbeds), Ids{});
  // Each fact's evidence names the document it was read in, and quotes the
  // XML bytes it came from.
  for (const std::string& doc : top) {
    SCOPED_TRACE(doc);
    EXPECT_EQ(page.authors(doc), Ids{"person:matthew-ridgway"});
    const Edge* authored =
        page.edge("person:matthew-ridgway", EdgeKind::kAuthored, doc);
    ASSERT_NE(authored, nullptr);
    for (const Evidence& ev : authored->evidence) {
      EXPECT_EQ(ev.doc, doc);
      EXPECT_EQ(ev.quote, "Ridgway");
    }
    for (const Evidence& ev : page.node(doc).evidence) EXPECT_EQ(ev.doc, doc);
  }
  ExpectEvidenceHolds(page.fragment(), "tei volume");
}

TEST(ImportFileTest, ImportFileNamesThePathOfABadFile) {
  Result<Fragment> r = ImportFile("pages/empty.txt", "\n\n", RealKnowledge());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("pages/empty.txt"), std::string::npos)
      << r.status().message();
  EXPECT_NE(r.status().message().find("empty file"), std::string::npos)
      << r.status().message();
  Result<Fragment> xml =
      ImportFile("volume.xml",
                 "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">"
                 "<text><body><div type=\"document\">",
                 RealKnowledge());
  ASSERT_FALSE(xml.ok());
  EXPECT_NE(xml.status().message().find("volume.xml"), std::string::npos)
      << xml.status().message();
}

TEST(ImportFileTest, ImportFileReadsAJsonDocumentByItsExtension) {
  constexpr std::string_view kJson = R"({
  "format": "parley-document",
  "version": 1,
  "document": {"type": "proposal", "number": "7-b", "date": "1951-07-10",
               "title": "Draft agenda", "authors": ["Nam Il"]},
  "clauses": [{"ordinal": "1", "text": {"en": "Both sides cease fire."}}]
})";
  Result<Fragment> json = ImportFile("proposal.json", kJson, RealKnowledge());
  ASSERT_TRUE(json.ok()) << json.status().message();
  EXPECT_EQ(json->page_id, "doc:proposal-7-b-1951-07-10");
  // The same bytes under another name are read as a page, and refused.
  EXPECT_FALSE(ImportFile("proposal.txt", kJson, RealKnowledge()).ok());
}

TEST(ImportFileTest, AJsonDocumentsExtensionInAnyCase) {
  constexpr std::string_view kJson = R"({
  "format": "parley-document",
  "version": 1,
  "document": {"type": "proposal", "date": "1951-07-10",
               "title": "Draft agenda", "authors": ["Nam Il"]},
  "clauses": [{"ordinal": "1", "text": {"en": "Both sides cease fire."}}]
})";
  Result<Fragment> json = ImportFile("PROPOSAL.JSON", kJson, RealKnowledge());
  ASSERT_TRUE(json.ok()) << json.status().message();
  EXPECT_EQ(json->layout, "json");
}

// "February 30, 1951" on the date line: the page is read in its layout,
// its document has no date (no id made of 1951-02-30), and a warning names
// the line.
TEST(ImportFileTest, ADateNotOnTheCalendarIsNoDateAndIsWarnedOf) {
  std::string page =
      ReadFile(std::string(PARLEY_DATA_DIR) + "/000_7b6558650d750d46.txt");
  size_t at = page.find("July 3, 1951");
  ASSERT_NE(at, std::string::npos);
  page.replace(at, 12, "February 30, 1951");
  Result<Fragment> f = ImportFile("seed.txt", page, RealKnowledge());
  ASSERT_TRUE(f.ok()) << f.status().message();
  EXPECT_EQ(f->layout, "wilson-current");
  EXPECT_EQ(f->page_id, "doc:telegram-21404");
  for (const Node& n : f->nodes()) {
    EXPECT_EQ(n.id.find("02-30"), std::string::npos) << n.id;
    EXPECT_NE(n.props.GetString("date"), "1951-02-30") << n.id;
  }
  EXPECT_NE(std::find(f->warnings.begin(), f->warnings.end(),
                      "line 3: \"February 30, 1951\" is not a date on the "
                      "calendar; not read as one"),
            f->warnings.end())
      << ::testing::PrintToString(f->warnings);
}

// A page whose only date is impossible is refused, and the error says why.
TEST(ImportFileTest, APageWhoseOnlyDateIsImpossibleSaysSo) {
  Result<Fragment> f =
      ImportFile("note.txt", "A note of the talks\nwritten on 30.2.1951\n",
                 RealKnowledge());
  ASSERT_FALSE(f.ok());
  EXPECT_NE(f.status().message().find("\"30.2.1951\" is not a date on the "
                                      "calendar"),
            std::string::npos)
      << f.status().message();
}

TEST(ImportFileTest, TheContentHashCoversTheBytesAndTheExtraction) {
  Result<Fragment> a = ImportFile("a.txt", kZhouCable, RealKnowledge());
  Result<Fragment> b = ImportFile("b.txt", kZhouCable, RealKnowledge());
  std::string changed(kZhouCable);
  changed.replace(changed.find("20 November"), 11, "21 November");
  Result<Fragment> c = ImportFile("a.txt", changed, RealKnowledge());
  ASSERT_TRUE(a.ok() && b.ok() && c.ok());
  EXPECT_EQ(a->content_hash, b->content_hash);
  EXPECT_NE(a->content_hash, c->content_hash);
  // The extraction version and the data tables' fingerprint are part of it.
  EXPECT_NE(a->content_hash.find("-x"), std::string::npos) << a->content_hash;
  EXPECT_NE(a->content_hash.find("-k" + RealKnowledge().fingerprint),
            std::string::npos)
      << a->content_hash;
}

// Two FRUS files that each open with an editorial note (no number, date or
// author) are two pages: neither replaces the other, and the notes are two
// documents.
TEST(ImportFileTest, TwoFilesOpeningWithEditorialNotesAreTwoPages) {
  auto tei = [](std::string_view note) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>\n"
           "<div type=\"document\" n=\"1\" subtype=\"editorial-note\">\n"
           "<head>Editorial Note</head>\n<p>" +
           std::string(note) +
           "</p>\n</div>\n"
           "<div type=\"document\" n=\"2\">\n"
           "<note type=\"source\">795.00/7&#x2013;251: Telegram</note>\n"
           "<head>The <gloss type=\"from\">Joint Chiefs of Staff</gloss> to "
           "the Commander in Chief, Far East (<persName "
           "type=\"to\">Ridgway</persName>)</head>\n"
           "<dateline>Washington, <date when=\"1951-07-02\">July 2, "
           "1951</date>.</dateline>\n"
           "<p>JCS 95354. Proceed to Kaesong.</p>\n"
           "</div></body></text></TEI>\n";
  };
  Page first(tei("The talks opened at Kaesong on July 10."));
  Page second(tei("The talks were broken off on August 23."));
  EXPECT_NE(first.fragment().page_id, second.fragment().page_id);
  EXPECT_NE(first.outer(), second.outer());
  // The same file twice is the same page.
  Page again(tei("The talks opened at Kaesong on July 10."));
  EXPECT_EQ(first.fragment().page_id, again.fragment().page_id);
}

// Two FRUS files that open on the same telegram and go on to others are
// two pages: the second does not replace the first.
TEST(ImportFileTest, TwoFilesOpeningOnTheSameDocumentAreTwoPages) {
  auto div = [](std::string_view number, std::string_view day) {
    return "<div type=\"document\" n=\"" + std::string(number) +
           "\">\n<head>The Commander in Chief, Far East (<persName "
           "type=\"from\">Ridgway</persName>) to the <gloss "
           "type=\"to\">Joint Chiefs of Staff</gloss></head>\n"
           "<dateline>Tokyo, <date when=\"1951-11-" +
           std::string(day) + "\">November " + std::string(day) +
           ", 1951</date>.</dateline>\n<p>HNC " + std::string(number) +
           ". The subdelegations met today.</p>\n</div>\n";
  };
  auto tei = [&](std::string_view second_number, std::string_view day) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>\n" +
           div("503", "07") + div(second_number, day) +
           "</body></text></TEI>\n";
  };
  Page first(tei("506", "08"));
  Page second(tei("525", "16"));
  EXPECT_NE(first.fragment().page_id, second.fragment().page_id);
  Page again(tei("506", "08"));
  EXPECT_EQ(first.fragment().page_id, again.fragment().page_id);
}

}  // namespace
}  // namespace parley::importers::test_data
