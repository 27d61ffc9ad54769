// Footnotes for documents: the archive's reference, a translation said as
// such, a missing reference said rather than skipped, a quoted document
// cited inside the page that quotes it, and curated text as a paraphrase.
#include "queries/citation.h"

#include <gtest/gtest.h>

#include <string>

#include "graph/fragment.h"
#include "storage/store.h"
#include "tests/queries/query_graph.h"
#include "tests/storage/test_dir.h"

namespace parley::queries {
namespace {

using namespace testing;  // NOLINT: the ids of the test graph

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(CitationTest, ChicagoNoteOfAPageWithItsArchivalReference) {
  QueryGraph g;
  auto c = CiteDocument(g.snapshot(), kTelegram21404);
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_TRUE(c->reference_gap.empty());
  std::string note = FormatCitation(*c, CitationStyle::kChicago);
  EXPECT_TRUE(Has(note, "Mao Zedong, \u201C")) << note;
  EXPECT_TRUE(Has(note, "July 3, 1951")) << note;
  EXPECT_TRUE(Has(note, "APRF, f. 45, op. 1, d. 339, ll. 6-7")) << note;
  // A Russian archive's record given in English is a translation.
  EXPECT_TRUE(Has(note, "translated from the Russian")) << note;
  EXPECT_EQ(note.back(), '.');
  std::string plain = FormatCitation(*c, CitationStyle::kPlain);
  EXPECT_TRUE(Has(plain, "1951-07-03")) << plain;
  EXPECT_FALSE(Has(plain, "\u201C")) << plain;
}

TEST(CitationTest, AClauseCitesTheQuotedDocumentInsideItsPage) {
  QueryGraph g;
  auto c = CiteDocument(g.snapshot(), kBufferZone);
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_EQ(c->document, kMessage);
  ASSERT_NE(c->container, nullptr);
  EXPECT_EQ(c->container->document, kTelegram21404);
  std::string note = FormatCitation(*c, CitationStyle::kChicago);
  EXPECT_EQ(note.rfind("Kim Il Sung, message to Mao Zedong, June 30, 1951, in "
                       "Mao Zedong",
                       0),
            0u)
      << note;
  EXPECT_TRUE(Has(note, "APRF, f. 45")) << note;
}

TEST(CitationTest, AMissingReferenceIsSaid) {
  QueryGraph g;
  auto c = CiteDocument(g.snapshot(), kReport);
  ASSERT_TRUE(c.ok()) << c.status().message();
  EXPECT_TRUE(c->references.empty());
  EXPECT_TRUE(Has(FormatCitation(*c, CitationStyle::kChicago),
                  "no archival reference"));
  EXPECT_TRUE(Has(SourceLine(g.snapshot(), kReport), "no archival reference"));
  EXPECT_TRUE(SourceLine(g.snapshot(), "doc:nothing").empty());
}

TEST(CitationTest, NeitherDocumentNorClauseIsNotFound) {
  QueryGraph g;
  auto c = CiteDocument(g.snapshot(), kKim);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().code(), Status::Code::kNotFound);
  EXPECT_EQ(ParseCitationStyle("chicago"), CitationStyle::kChicago);
  EXPECT_FALSE(ParseCitationStyle("apa").has_value());
}

TEST(CitationTest, CuratedTextIsAParaphraseAndARecordNamesItsSite) {
  storage::TestDir dir;
  auto store = storage::Store::Open(dir.db());
  ASSERT_TRUE(store.ok()) << store.status().message();
  graph::Fragment f;
  f.page_id = "doc:agreement-1953-07-27";
  f.source_path = "agreement.json";
  f.text = "summary";
  f.content_hash = graph::ContentHash(f.text);
  graph::Node doc;
  doc.id = "doc:agreement-1953-07-27";
  doc.kind = graph::NodeKind::kDocument;
  doc.label = "Korean Armistice Agreement (curated summary)";
  doc.props["title"] = doc.label;
  doc.props["date"] = "1953-07-27";
  doc.props["curated"] = true;
  doc.props["languages"] = graph::Value::Array{"en"};
  f.AddNode(doc);
  graph::Node page;
  page.id = "doc:cable-21680-1951-07-11";
  page.kind = graph::NodeKind::kDocument;
  page.label = "Cable No. 21680";
  page.props["title"] = page.label;
  page.props["date"] = "1951-07-11";
  page.props["record_id"] = "117409";
  page.props["languages"] = graph::Value::Array{"en"};
  graph::Value bare = graph::Value::MakeObject();
  bare["citation"] = "APRF";
  bare["archive"] = "APRF";
  page.props["source"] = graph::Value::Array{bare};
  f.AddNode(page);
  ASSERT_TRUE((*store)->ApplyPage(f).ok());
  auto reader = (*store)->NewReader();
  Snapshot snapshot(*reader);

  auto curated = CiteDocument(snapshot, doc.id);
  ASSERT_TRUE(curated.ok()) << curated.status().message();
  EXPECT_TRUE(curated->paraphrase);
  EXPECT_TRUE(curated->translated_from.empty());
  // Plain style starts each part with a capital.
  EXPECT_TRUE(
      Has(FormatCitation(*curated, CitationStyle::kPlain), "Paraphrase"));
  EXPECT_TRUE(
      Has(FormatCitation(*curated, CitationStyle::kChicago), "paraphrase"));
  EXPECT_TRUE(Has(SourceLine(snapshot, doc.id), "paraphrase"));

  auto cable = CiteDocument(snapshot, page.id);
  ASSERT_TRUE(cable.ok()) << cable.status().message();
  std::string note = FormatCitation(*cable, CitationStyle::kChicago);
  EXPECT_TRUE(Has(note, "Wilson Center Digital Archive, record 117409"))
      << note;
  // The archive alone is no reference to a file: the gap is said.
  EXPECT_TRUE(Has(note, "no fond, file or page")) << note;
  EXPECT_TRUE(Has(note, "translated from the Russian")) << note;
}

}  // namespace
}  // namespace parley::queries
