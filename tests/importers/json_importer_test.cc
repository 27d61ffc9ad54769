#include "importers/json_importer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "graph/fragment.h"
#include "graph/model.h"
#include "importers/gazetteer.h"
#include "importers/topics.h"
#include "tests/importers/real_data.h"

namespace parley::importers {
namespace {

using graph::Edge;
using graph::EdgeKind;
using graph::Evidence;
using graph::Fragment;
using graph::Node;
using graph::NodeKind;

using test_data::RealGazetteer;
using test_data::RealTopics;

Result<Fragment> Import(const std::string& text) {
  return ImportJsonDocument(text, "test.json", RealGazetteer(), RealTopics());
}

constexpr char kProposal[] = R"({
  "format": "parley-document",
  "version": 1,
  "document": {
    "type": "message",
    "number": "12",
    "date": "1951-06-30",
    "title": "Kim Il Sung to Mao Zedong, 30 June 1951",
    "languages": ["ru", "en"],
    "authors": ["КИМ ИР СЕН"],
    "recipients": ["Mao Zedong"],
    "via": ["Krasovsky"],
    "copies": [{"name": "Filippov", "count": 2}, "Molotov"],
    "received": "1951-07-03T12:10",
    "source": [{"citation": "APRF, f. 45, op. 1, d. 339, ll. 6-7",
                "archive": "APRF", "fond": "45"}]
  },
  "clauses": [
    {"ordinal": "2",
     "text": {"ru": "Войска обеих сторон должны отойти на 10 км от 38 параллели.",
              "en": "The troops of both sides must withdraw 10 km from the 38th parallel."}},
    {"ordinal": 6,
     "text": {"en": "Prisoners of war are exchanged within two months."},
     "topics": ["prisoners_of_war"],
     "proposer": "Nam Il"}
  ]
}
)";

constexpr char kDocId[] = "doc:message-12-1951-06-30";

const Node* FindNode(const Fragment& f, const std::string& id) {
  for (const Node& n : f.nodes()) {
    if (n.id == id) return &n;
  }
  return nullptr;
}

std::vector<std::string> Sources(const Fragment& f, const std::string& target,
                                 EdgeKind kind) {
  std::vector<std::string> out;
  for (const Edge& e : f.edges()) {
    if (e.target == target && e.kind == kind) out.push_back(e.source);
  }
  return out;
}

std::vector<const Edge*> OutEdges(const Fragment& f, const std::string& source,
                                  EdgeKind kind) {
  std::vector<const Edge*> out;
  for (const Edge& e : f.edges()) {
    if (e.source == source && e.kind == kind) out.push_back(&e);
  }
  return out;
}

std::vector<std::string> Topics(const Node& clause) {
  std::vector<std::string> out;
  if (const graph::Value* t = clause.props.Get("topics"); t && t->is_array()) {
    for (const graph::Value& v : t->as_array()) out.push_back(v.as_string());
  }
  return out;
}

// Every node and edge has evidence, and every evidence quotes the bytes of
// the text it points at.
void ExpectEvidenceQuotesTheText(const Fragment& f) {
  auto check = [&](const std::vector<Evidence>& evidence,
                   const std::string& what) {
    EXPECT_FALSE(evidence.empty()) << what << " has no evidence";
    for (const Evidence& ev : evidence) {
      EXPECT_EQ(ev.doc, f.page_id) << what;
      ASSERT_LE(ev.start, ev.end) << what;
      ASSERT_LE(ev.end, f.text.size()) << what;
      EXPECT_EQ(f.text.substr(ev.start, ev.end - ev.start), ev.quote) << what;
      EXPECT_LT(ev.end - ev.start, f.text.size())
          << what << ": evidence should point at its value, not the whole file";
    }
  };
  for (const Node& n : f.nodes()) check(n.evidence, n.id);
  for (const Edge& e : f.edges()) {
    check(e.evidence, std::string(graph::EdgeKindName(e.kind)) + " " +
                          e.source + " -> " + e.target);
  }
}

TEST(JsonImporterTest, ReadsTheDocumentAndItsPeople) {
  Result<Fragment> f = Import(kProposal);
  ASSERT_TRUE(f.ok()) << f.status().message();
  EXPECT_EQ(f->page_id, kDocId);
  EXPECT_EQ(f->text, kProposal);
  EXPECT_EQ(f->content_hash, graph::ContentHash(kProposal));
  const Node* doc = FindNode(*f, kDocId);
  ASSERT_NE(doc, nullptr);
  EXPECT_EQ(doc->kind, NodeKind::kDocument);
  EXPECT_EQ(doc->label, "Kim Il Sung to Mao Zedong, 30 June 1951");
  EXPECT_EQ(doc->props.GetString("doc_type"), "message");
  EXPECT_EQ(doc->props.GetString("number"), "12");
  EXPECT_EQ(doc->props.GetString("date"), "1951-06-30");
  EXPECT_EQ(doc->props.GetString("received"), "1951-07-03T12:10");
  EXPECT_EQ(doc->props.GetString("source_file"), "test.json");
  ASSERT_NE(doc->props.Get("source"), nullptr);
  EXPECT_EQ(doc->props.Get("source")->as_array().at(0).GetString("citation"),
            "APRF, f. 45, op. 1, d. 339, ll. 6-7");
  // Names are resolved through the gazetteer: Cyrillic, codenames.
  EXPECT_EQ(Sources(*f, kDocId, EdgeKind::kAuthored),
            std::vector<std::string>{"person:kim-il-sung"});
  ASSERT_EQ(OutEdges(*f, kDocId, EdgeKind::kAddressedTo).size(), 1u);
  EXPECT_EQ(OutEdges(*f, kDocId, EdgeKind::kAddressedTo)[0]->target,
            "person:mao-zedong");
  ASSERT_EQ(OutEdges(*f, kDocId, EdgeKind::kVia).size(), 1u);
  EXPECT_EQ(OutEdges(*f, kDocId, EdgeKind::kVia)[0]->target,
            "person:krasovsky");
  std::vector<const Edge*> copies = OutEdges(*f, kDocId, EdgeKind::kCopyTo);
  ASSERT_EQ(copies.size(), 2u);
  EXPECT_EQ(copies[0]->target, "person:joseph-stalin");
  ASSERT_NE(copies[0]->props.Get("count"), nullptr);
  EXPECT_EQ(copies[0]->props.Get("count")->as_int(), 2);
  EXPECT_EQ(copies[1]->props.Get("count"), nullptr);
  const Node* kim = FindNode(*f, "person:kim-il-sung");
  ASSERT_NE(kim, nullptr);
  EXPECT_EQ(kim->label, "Kim Il Sung");
  EXPECT_NE(std::find(kim->aliases.begin(), kim->aliases.end(), "КИМ ИР СЕН"),
            kim->aliases.end());
}

TEST(JsonImporterTest, ReadsClausesWithTopicsTermsAndProposers) {
  Result<Fragment> f = Import(kProposal);
  ASSERT_TRUE(f.ok()) << f.status().message();
  std::string c2 = std::string(kDocId) + "/clause-2";
  std::string c6 = std::string(kDocId) + "/clause-6";
  std::vector<std::string> clauses;
  for (const Edge* e : OutEdges(*f, kDocId, EdgeKind::kHasClause)) {
    clauses.push_back(e->target);
  }
  EXPECT_EQ(clauses, (std::vector<std::string>{c2, c6}));

  const Node* two = FindNode(*f, c2);
  ASSERT_NE(two, nullptr);
  EXPECT_EQ(two->props.GetString("ordinal"), "2");
  const graph::Value* text = two->props.Get("text");
  ASSERT_NE(text, nullptr);
  EXPECT_EQ(text->GetString("ru"),
            "Войска обеих сторон должны отойти на 10 км от 38 параллели.");
  // Topics read from the text when the clause gives none.
  std::vector<std::string> topics = Topics(*two);
  EXPECT_NE(std::find(topics.begin(), topics.end(), "withdrawal"),
            topics.end());
  const graph::Value* distances = two->props.Get("terms")->Get("distances");
  ASSERT_NE(distances, nullptr);
  ASSERT_FALSE(distances->as_array().empty());
  EXPECT_EQ(distances->as_array()[0].Get("max")->as_int(), 10);
  std::vector<const Edge*> concerns = OutEdges(*f, c2, EdgeKind::kConcerns);
  ASSERT_EQ(concerns.size(), 1u);
  EXPECT_EQ(concerns[0]->target, "place:38th-parallel");
  // The author proposes a point that names no proposer of its own.
  EXPECT_EQ(Sources(*f, c2, EdgeKind::kProposes),
            std::vector<std::string>{"person:kim-il-sung"});

  const Node* six = FindNode(*f, c6);
  ASSERT_NE(six, nullptr);
  EXPECT_EQ(six->props.GetString("ordinal"), "6");
  EXPECT_EQ(Topics(*six), std::vector<std::string>{"prisoners_of_war"});
  EXPECT_EQ(Sources(*f, c6, EdgeKind::kProposes),
            std::vector<std::string>{"person:nam-il"});
}

TEST(JsonImporterTest, EveryEvidenceQuotesTheBytesOfTheFile) {
  Result<Fragment> f = Import(kProposal);
  ASSERT_TRUE(f.ok()) << f.status().message();
  ExpectEvidenceQuotesTheText(*f);
}

// A value written with JSON escapes ("\u041a", "\"") is still found in the
// file: its evidence points at the escaped bytes as written.
TEST(JsonImporterTest, EvidenceOfEscapedValuesQuotesTheFile) {
  std::string text = R"({"format": "parley-document", "version": 1,
  "document": {"type": "message", "date": "1951-06-30",
    "title": "Message \"of 30 June\"",
    "authors": ["\u041a\u0418\u041c \u0418\u0420 \u0421\u0415\u041d"]},
  "clauses": [{"ordinal": "1", "text": {"en": "Both sides cease fire."}}]}
)";
  Result<Fragment> f = Import(text);
  ASSERT_TRUE(f.ok()) << f.status().message();
  const Node* doc = FindNode(*f, "doc:message-1951-06-30");
  ASSERT_NE(doc, nullptr);
  EXPECT_EQ(doc->label, "Message \"of 30 June\"");
  EXPECT_EQ(Sources(*f, doc->id, EdgeKind::kAuthored),
            std::vector<std::string>{"person:kim-il-sung"});
  ExpectEvidenceQuotesTheText(*f);
}

TEST(JsonImporterTest, AnAgreementsSignatoriesAgreeItsPoints) {
  std::string text = R"({"format": "parley-document", "version": 1,
  "document": {"type": "agreement", "date": "1953-07-27", "title": "Armistice",
               "authors": ["Kim Il Sung", "Peng Dehuai"]},
  "clauses": [{"ordinal": "I.1",
               "text": {"en": "Each side pulls back two kilometres from the line."}}]}
)";
  Result<Fragment> f = Import(text);
  ASSERT_TRUE(f.ok()) << f.status().message();
  std::string clause = "doc:agreement-1953-07-27/clause-" + graph::Slug("I.1");
  ASSERT_NE(FindNode(*f, clause), nullptr);
  // Each signatory agreed the point; none proposed it.
  EXPECT_EQ(
      Sources(*f, clause, EdgeKind::kProposes),
      (std::vector<std::string>{"person:kim-il-sung", "person:peng-dehuai"}));
  for (const graph::Edge& e : f->edges()) {
    if (e.kind == EdgeKind::kProposes) {
      EXPECT_EQ(e.props.GetString("modality"), "agreed");
    }
  }
  EXPECT_EQ(Sources(*f, "doc:agreement-1953-07-27", EdgeKind::kAuthored).size(),
            2u);
}

TEST(JsonImporterTest, TheSameTextGivesTheSameFragment) {
  Result<Fragment> a = Import(kProposal);
  Result<Fragment> b = Import(kProposal);
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_EQ(a->nodes().size(), b->nodes().size());
  for (size_t i = 0; i < a->nodes().size(); ++i) {
    EXPECT_EQ(a->nodes()[i].id, b->nodes()[i].id);
    EXPECT_EQ(a->nodes()[i].props, b->nodes()[i].props);
    EXPECT_EQ(a->nodes()[i].evidence, b->nodes()[i].evidence);
  }
  EXPECT_EQ(a->content_hash, b->content_hash);
}

struct BadDocument {
  std::string name;
  std::string from;  // a piece of kProposal...
  std::string to;    // ...replaced by this
  std::string message_starts;
};

void PrintTo(const BadDocument& d, std::ostream* os) { *os << d.name; }

class JsonImporterSchemaTest : public ::testing::TestWithParam<BadDocument> {};

TEST_P(JsonImporterSchemaTest, TheErrorNamesTheField) {
  std::string text = kProposal;
  size_t at = text.find(GetParam().from);
  ASSERT_NE(at, std::string::npos) << GetParam().from;
  text.replace(at, GetParam().from.size(), GetParam().to);
  Result<Fragment> f = Import(text);
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(f.status().message().rfind(GetParam().message_starts, 0), 0u)
      << f.status().message();
  EXPECT_EQ(f.status().message().find('\n'), std::string::npos)
      << "one line: " << f.status().message();
}

INSTANTIATE_TEST_SUITE_P(
    Fields, JsonImporterSchemaTest,
    ::testing::Values(
        BadDocument{"NotAnObject", kProposal, "[1, 2, 3]", "format:"},
        BadDocument{"Format", "\"parley-document\"", "\"parley-graph\"",
                    "format:"},
        BadDocument{"Version", "\"version\": 1", "\"version\": 3", "version:"},
        BadDocument{"Document", "\"document\": {", "\"doc\": {", "document:"},
        BadDocument{"Type", "\"type\": \"message\",", "", "document.type:"},
        BadDocument{"Date", "\"1951-06-30\"", "\"30.6.1951\"",
                    "document.date:"},
        BadDocument{"Title",
                    "\"title\": \"Kim Il Sung to Mao Zedong, 30 June 1951\",",
                    "", "document.title:"},
        BadDocument{"Recipients", "\"recipients\": [\"Mao Zedong\"]",
                    "\"recipients\": \"Mao Zedong\"", "document.recipients:"},
        BadDocument{"CopyWithoutName", "{\"name\": \"Filippov\", \"count\": 2}",
                    "{\"count\": 2}", "document.copies[0].name:"},
        BadDocument{"Source", "\"source\": [{", "\"source\": [\"APRF\", {",
                    "document.source[0]:"},
        BadDocument{"Clauses", "\"clauses\": [",
                    "\"clauses\": \"two\", \"points\": [", "clauses:"},
        BadDocument{"ClauseText", "\"text\": {\"en\": \"Prisoners",
                    "\"text\": {\"en\": 6, \"fr\": \"Prisoners",
                    "clauses[1].text.en:"},
        BadDocument{
            "ClauseWithoutText",
            "\"text\": {\"en\": \"Prisoners of war are exchanged within "
            "two months.\"},",
            "", "clauses[1].text:"}),
    [](const auto& info) { return info.param.name; });

// A field of the wrong JSON type is an error naming the field, the type
// expected, the type found and the line, never an exception.
struct WrongType {
  std::string name;
  std::string from;  // a piece of kProposal...
  std::string to;    // ...replaced by this
  std::string message;
};

void PrintTo(const WrongType& d, std::ostream* os) { *os << d.name; }

class JsonImporterTypeTest : public ::testing::TestWithParam<WrongType> {};

TEST_P(JsonImporterTypeTest, TheErrorNamesTheFieldTheTypesAndTheLine) {
  std::string text = kProposal;
  size_t at = text.find(GetParam().from);
  ASSERT_NE(at, std::string::npos) << GetParam().from;
  text.replace(at, GetParam().from.size(), GetParam().to);
  Result<Fragment> f = Import(text);
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(f.status().message(), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    Fields, JsonImporterTypeTest,
    ::testing::Values(
        WrongType{"FormatAsANumber", "\"format\": \"parley-document\"",
                  "\"format\": 1",
                  "format: expected a string, got number (line 2)"},
        WrongType{"VersionAsAString", "\"version\": 1", "\"version\": \"1\"",
                  "version: expected a number, got string (line 3)"},
        WrongType{"DocumentAsAString", "\"document\": {",
                  "\"document\": \"Kim to Mao\", \"doc\": {",
                  "document: expected an object, got string (line 4)"},
        WrongType{"DateAsANumber", "\"date\": \"1951-06-30\"",
                  "\"date\": 19510630",
                  "document.date: expected a string, got number (line 7)"},
        WrongType{"LanguagesAsAString", "\"languages\": [\"ru\", \"en\"]",
                  "\"languages\": \"ru\"",
                  "document.languages: expected an array, got string (line "
                  "9)"},
        WrongType{"AuthorAsANumber", "\"authors\": [\"КИМ ИР СЕН\"]",
                  "\"authors\": [12]",
                  "document.authors[0]: expected a name or {\"name\": ...}, "
                  "got number (line 10)"},
        WrongType{"CopyCountAsAString", "\"count\": 2", "\"count\": \"two\"",
                  "document.copies[0].count: expected an integer, got string "
                  "(line 13)"},
        // Nested objects that give no fact of their own, so no evidence.
        WrongType{"SourceAsAnObject", "\"source\": [{",
                  "\"source\": {\"archive\": {\"name\": \"APRF\"}}, "
                  "\"sources\": [{",
                  "document.source: expected an array, got object (line 15)"},
        WrongType{"SourcePartAsAnObject", "\"fond\": \"45\"",
                  "\"fond\": {\"number\": 45}",
                  "document.source[0].fond: expected a string, got object "
                  "(line 16)"},
        WrongType{"ClausesAsAnObject", "\"clauses\": [",
                  "\"clauses\": {}, \"points\": [",
                  "clauses: expected an array, got object (line 18)"},
        WrongType{"ClauseAsANumber", "{\"ordinal\": \"2\",",
                  "7, {\"ordinal\": \"2\",",
                  "clauses[0]: expected an object, got number (line 19)"},
        WrongType{"OrdinalAsAFraction", "{\"ordinal\": 6,",
                  "{\"ordinal\": 6.5,",
                  "clauses[1].ordinal: expected a string or an integer, got "
                  "number (line 22)"},
        WrongType{"ClauseTextAsANumber",
                  "\"text\": {\"en\": \"Prisoners of war are exchanged within "
                  "two months.\"}",
                  "\"text\": 6",
                  "clauses[1].text: expected an object {\"en\": ..., \"ru\": "
                  "...}, got number (line 23)"},
        WrongType{"ClauseTextInOneLanguageAsANumber",
                  "\"en\": \"Prisoners of war are exchanged within two "
                  "months.\"",
                  "\"en\": 6",
                  "clauses[1].text.en: expected a string, got number (line "
                  "23)"},
        WrongType{"TopicAsANumber", "\"topics\": [\"prisoners_of_war\"]",
                  "\"topics\": [\"prisoners_of_war\", 7]",
                  "clauses[1].topics[1]: expected a string, got number (line "
                  "24)"},
        WrongType{"ProposerAsAnObject", "\"proposer\": \"Nam Il\"",
                  "\"proposer\": {\"name\": \"Nam Il\"}",
                  "clauses[1].proposer: expected a string, got object (line "
                  "25)"}),
    [](const auto& info) { return info.param.name; });

// Values of the right type that no document can hold: refused with the
// value and the field named, never dropped, wrapped or merged.
INSTANTIATE_TEST_SUITE_P(
    Values, JsonImporterTypeTest,
    ::testing::Values(
        WrongType{"CopyCountOf10To30", "\"count\": 2",
                  "\"count\": 1000000000000000000000000000000",
                  "document.copies[0].count: 1e+30 is out of range (1 to "
                  "1000000) (line 13)"},
        WrongType{"CopyCountPast64Bits", "\"count\": 2",
                  "\"count\": 18446744073709551615",
                  "document.copies[0].count: 18446744073709551615 is out of "
                  "range (1 to 1000000) (line 13)"},
        WrongType{"CopyCountOfZero", "\"count\": 2", "\"count\": 0",
                  "document.copies[0].count: 0 is out of range (1 to "
                  "1000000) (line 13)"},
        WrongType{"CopyCountNegative", "\"count\": 2", "\"count\": -3",
                  "document.copies[0].count: -3 is out of range (1 to "
                  "1000000) (line 13)"},
        WrongType{"DateOfThirtiethFebruary", "\"date\": \"1951-06-30\"",
                  "\"date\": \"1953-02-30\"",
                  "document.date: expected an ISO date (YYYY-MM-DD) on the "
                  "calendar, got \"1953-02-30\" (line 7)"},
        WrongType{"DateOfTwentyNinthFebruaryOutsideALeapYear",
                  "\"date\": \"1951-06-30\"", "\"date\": \"1951-02-29\"",
                  "document.date: expected an ISO date (YYYY-MM-DD) on the "
                  "calendar, got \"1951-02-29\" (line 7)"},
        WrongType{"DateOfMonthThirteen", "\"date\": \"1951-06-30\"",
                  "\"date\": \"1951-13-01\"",
                  "document.date: expected an ISO date (YYYY-MM-DD) on the "
                  "calendar, got \"1951-13-01\" (line 7)"},
        WrongType{"OrdinalPast64Bits", "{\"ordinal\": 6,",
                  "{\"ordinal\": 99999999999999999999999,",
                  "clauses[1].ordinal: 9.999999999999999e+22 is too large for "
                  "an integer; write the ordinal as a string (line 22)"},
        WrongType{"TwoClausesWithOneOrdinal", "{\"ordinal\": 6,",
                  "{\"ordinal\": 2,",
                  "clauses[1].ordinal: ordinal \"2\" is already "
                  "clauses[0]'s; each clause needs its own (line 22)"},
        WrongType{"TwoOrdinalsWithOneId", "{\"ordinal\": 6,",
                  "{\"ordinal\": \"2.\",",
                  "clauses[1].ordinal: ordinal \"2.\" gives the same clause "
                  "id as clauses[0]'s \"2\"; each clause needs its own (line "
                  "22)"},
        WrongType{"VersionPastEveryDouble", "\"version\": 1",
                  "\"version\": 1e400",
                  "line 3: invalid JSON: number 1e400 is out of range"}),
    [](const auto& info) { return info.param.name; });

// 2^63 is a JSON integer (nlohmann holds it unsigned): the ordinal is
// written as given, never wrapped to -9223372036854775808.
TEST(JsonImporterTest, AnOrdinalOf2To63IsKeptAsWritten) {
  std::string text = kProposal;
  text.replace(text.find("{\"ordinal\": 6,"), 14,
               "{\"ordinal\": 9223372036854775808,");
  Result<Fragment> f = Import(text);
  ASSERT_TRUE(f.ok()) << f.status().message();
  const Node* clause =
      FindNode(*f, std::string(kDocId) + "/clause-9223372036854775808");
  ASSERT_NE(clause, nullptr);
  EXPECT_EQ(clause->props.GetString("ordinal"), "9223372036854775808");
  EXPECT_EQ(clause->label.rfind("Point 9223372036854775808: ", 0), 0u)
      << clause->label;
}

// The largest count a copy line may have is kept.
TEST(JsonImporterTest, ACopyCountOfAMillionIsKept) {
  std::string text = kProposal;
  text.replace(text.find("\"count\": 2"), 10, "\"count\": 1000000");
  Result<Fragment> f = Import(text);
  ASSERT_TRUE(f.ok()) << f.status().message();
  bool found = false;
  for (const Edge& e : f->edges()) {
    if (e.kind != EdgeKind::kCopyTo || e.props.Get("count") == nullptr)
      continue;
    EXPECT_EQ(e.props.Get("count")->as_int(), 1000000);
    found = true;
  }
  EXPECT_TRUE(found);
}

TEST(JsonImporterTest, AnOptionalFieldWrittenAsNullIsAbsent) {
  std::string text = kProposal;
  text.replace(text.find("\"number\": \"12\""),
               std::string("\"number\": \"12\"").size(), "\"number\": null");
  Result<Fragment> f = Import(text);
  ASSERT_TRUE(f.ok()) << f.status().message();
  EXPECT_EQ(f->page_id, "doc:message-1951-06-30");
  EXPECT_EQ(f->layout, "json");
}

// Every value of kProposal, at any depth, replaced by a value of each JSON
// type: the import gives a fragment or a one-line InvalidArgument naming
// that field (or a field inside it), never an exception.
void CollectPointers(const nlohmann::json& v,
                     const nlohmann::json::json_pointer& at,
                     std::vector<nlohmann::json::json_pointer>& out) {
  out.push_back(at);
  if (v.is_object()) {
    for (auto it = v.begin(); it != v.end(); ++it)
      CollectPointers(*it, at / it.key(), out);
  } else if (v.is_array()) {
    for (size_t i = 0; i < v.size(); ++i) CollectPointers(v[i], at / i, out);
  }
}

// "/clauses/1/text/en" as errors write it: "clauses[1].text.en".
std::string FieldOf(const nlohmann::json::json_pointer& pointer) {
  std::string field;
  std::string s = pointer.to_string();  // "/clauses/1/text/en"
  for (size_t i = 1; i <= s.size();) {
    size_t next = std::min(s.find('/', i), s.size());
    std::string step = s.substr(i, next - i);
    bool index = !step.empty() &&
                 step.find_first_not_of("0123456789") == std::string::npos;
    field += index ? "[" + step + "]" : (field.empty() ? "" : ".") + step;
    i = next + 1;
  }
  return field;
}

TEST(JsonImporterTest, AnyFieldOfAnyTypeGivesAFragmentOrAnError) {
  nlohmann::json proposal = nlohmann::json::parse(kProposal);
  std::vector<nlohmann::json::json_pointer> pointers;
  CollectPointers(proposal, nlohmann::json::json_pointer(), pointers);
  const std::vector<nlohmann::json> replacements = {7,
                                                    1.5,
                                                    "x",
                                                    "",
                                                    true,
                                                    nullptr,
                                                    nlohmann::json::object(),
                                                    nlohmann::json::array(),
                                                    {1, 2},
                                                    {{"a", {{"b", 1}}}}};
  size_t tried = 0;
  for (const auto& pointer : pointers) {
    if (pointer.empty()) continue;
    std::string field = FieldOf(pointer);
    for (const nlohmann::json& replacement : replacements) {
      nlohmann::json changed = proposal;
      changed[pointer] = replacement;
      std::string text = changed.dump(2);
      SCOPED_TRACE(field + " = " + replacement.dump());
      Result<Fragment> f = Status::InvalidArgument("not run");
      ASSERT_NO_THROW(f = Import(text));
      ++tried;
      if (f.ok()) continue;
      const std::string& message = f.status().message();
      EXPECT_EQ(f.status().code(), Status::Code::kInvalidArgument) << message;
      EXPECT_EQ(message.find('\n'), std::string::npos) << message;
      EXPECT_EQ(message.rfind(field, 0), 0u)
          << "'" << message << "' should name " << field;
      EXPECT_NE(message.find("(line "), std::string::npos) << message;
    }
  }
  EXPECT_GT(tried, 300u);
}

TEST(JsonImporterTest, ATruncatedDocumentNamesTheLine) {
  std::string text = kProposal;
  // Cut inside the Russian text of the first clause, on line 20.
  text = text.substr(0, text.find("должны отойти"));
  Result<Fragment> f = Import(text);
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(f.status().message().rfind("line 20: invalid JSON", 0), 0u)
      << f.status().message();
}

TEST(JsonImporterTest, ASyntaxErrorNamesItsLine) {
  std::string text = kProposal;
  // A missing comma at the end of line 7: the error is where "title" stands.
  text.replace(text.find("\"date\": \"1951-06-30\","),
               std::string("\"date\": \"1951-06-30\",").size(),
               "\"date\": \"1951-06-30\"");
  Result<Fragment> f = Import(text);
  ASSERT_FALSE(f.ok());
  EXPECT_EQ(f.status().message().rfind("line 8: invalid JSON", 0), 0u)
      << f.status().message();
}

TEST(JsonImporterTest, BytesThatAreNoTextAreRefused) {
  for (const std::string& text :
       {std::string(""), std::string("  \n"), std::string("{\"a\": \"\xff\"}"),
        std::string("{\0}", 3)}) {
    Result<Fragment> f = Import(text);
    ASSERT_FALSE(f.ok());
    EXPECT_EQ(f.status().code(), Status::Code::kInvalidArgument);
    EXPECT_FALSE(f.status().message().empty());
  }
}

}  // namespace
}  // namespace parley::importers
