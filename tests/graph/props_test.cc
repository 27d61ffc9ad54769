#include "graph/props.h"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace parley::graph {
namespace {

// Every constant of the contract with its spelling as stored and exported.
// A renamed constant value breaks the JSON export: this list is the check.
const std::vector<std::pair<std::string_view, std::string_view>>&
ContractNames() {
  static const std::vector<std::pair<std::string_view, std::string_view>>
      kNames = {
          {prop::kResolved, "resolved"},
          {prop::kWikidata, "wikidata"},
          {prop::kCodenames, "codenames"},
          {prop::kCodenameSeen, "codename_seen"},
          {prop::kTitle, "title"},
          {prop::kDocType, "doc_type"},
          {prop::kNumber, "number"},
          {prop::kDate, "date"},
          {prop::kSent, "sent"},
          {prop::kReceived, "received"},
          {prop::kOrigin, "origin"},
          {prop::kLanguages, "languages"},
          {prop::kSource, "source"},
          {prop::kRecordId, "record_id"},
          {prop::kSummary, "summary"},
          {prop::kOutgoingNumber, "outgoing_number"},
          {prop::kDispatched, "dispatched"},
          {prop::kWrittenOn, "written_on"},
          {prop::kDateInferred, "date_inferred"},
          {prop::kEmbeddedIn, "embedded_in"},
          {prop::kRestated, "restated"},
          {prop::kReferences, "references"},
          {prop::kStances, "stances"},
          {prop::kClassification, "classification"},
          {prop::kPrecedence, "precedence"},
          {prop::kSourceFile, "source_file"},
          {prop::kCurated, "curated"},
          {prop::kCitation, "citation"},
          {prop::kArchive, "archive"},
          {prop::kFond, "fond"},
          {prop::kOpis, "opis"},
          {prop::kDelo, "delo"},
          {prop::kPapka, "papka"},
          {prop::kPages, "pages"},
          {prop::kAuthors, "authors"},
          {prop::kQuote, "quote"},
          {prop::kStart, "start"},
          {prop::kEnd, "end"},
          {prop::kLang, "lang"},
          {prop::kSupportedStance, "supported_stance"},
          {prop::kPointsOf, "points_of"},
          {prop::kWhole, "whole"},
          {prop::kWholeCount, "whole_count"},
          {prop::kExcept, "except"},
          {prop::kNegated, "negated"},
          {prop::kConditional, "conditional"},
          {prop::kOrdinal, "ordinal"},
          {prop::kText, "text"},
          {prop::kTopics, "topics"},
          {prop::kTerms, "terms"},
          {prop::kOrdinals, "ordinals"},
          {prop::kDocument, "document"},
          {prop::kPosition, "position"},
          {prop::kDistances, "distances"},
          {prop::kDurations, "durations"},
          {prop::kActors, "actors"},
          {prop::kPlaces, "places"},
          {prop::kTimeReference, "time_reference"},
          {prop::kMin, "min"},
          {prop::kMax, "max"},
          {prop::kUnit, "unit"},
          {prop::kFrom, "from"},
          {prop::kValue, "value"},
          {prop::kAnchor, "anchor"},
          {prop::kSize, "size"},
          {prop::kUnnamedMembers, "unnamed_members"},
          {prop::kCount, "count"},
          {prop::kRole, "role"},
          {prop::kRoleText, "role_text"},
          {prop::kUnnamed, "unnamed"},
          {prop::kMatchedBy, "matched_by"},
          {prop::kStance, "stance"},
          {prop::kPartial, "partial"},
          {prop::kChanges, "changes"},
          {prop::kSimilarity, "similarity"},
          {prop::kFromDate, "from_date"},
          {prop::kToDate, "to_date"},
          {prop::kConfidence, "confidence"},
          {prop::kStrength, "strength"},
          {prop::kStrong, "strong"},
          {prop::kWeak, "weak"},
          {prop::kConflicts, "conflicts"},
          {prop::kHolder, "holder"},
          {prop::kVia, "via"},
          {prop::kClaimStart, "claim_start"},
          {prop::kClaimEnd, "claim_end"},
          {prop::kSimilarityBasis, "similarity_basis"},
          {prop::kField, "field"},
          {prop::kTo, "to"},
          {prop::kNote, "note"},
          {prop::kComparedWith, "compared_with"},
          {prop::kBound, "bound"},
          {prop::kBoundUpTo, "up_to"},
          {prop::kKind, "kind"},
          {prop::kDeadline, "deadline"},
          {prop::kWindow, "window"},
          {prop::kPeriod, "period"},
          {prop::kSubject, "subject"},
          {prop::kForces, "forces"},
          {prop::kScope, "scope"},
          {prop::kOriginalLanguage, "original_language"},
          {prop::kModality, "modality"},
          {prop::kProposed, "proposed"},
          {prop::kPlanned, "planned"},
          {prop::kReported, "reported"},
          {prop::kAgreed, "agreed"},
          {prop::kReportedBy, "reported_by"},
          {prop::kReceivedBy, "received_by"},
          {prop::kCipherOffice, "cipher office"},
          {prop::kDateline, "dateline"},
          {prop::kWarnings, "warnings"},
          {prop::kSide, "side"},
          {prop::kSideRole, "side_role"},
          {prop::kGovernment, "government"},
          {prop::kSideKpaCpv, "kpa-cpv"},
          {prop::kSideUnc, "unc"},
      };
  return kNames;
}

TEST(PropsTest, ConstantsKeepTheirExportedSpelling) {
  std::set<std::string_view> seen;
  for (const auto& [constant, spelled] : ContractNames()) {
    EXPECT_EQ(constant, spelled);
    EXPECT_TRUE(seen.insert(constant).second) << "twice: " << constant;
  }
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The property names the rows of a document's tables of node and edge
// kinds (tables whose first column is "kind") write in backticks:
// `doc_type`, and each name of `[{date, authors, number}]`. Quoted strings
// ("ru"), ids (doc:...), paths and kind names (`Person`, `AUTHORED`) are
// not property names and are left out.
std::set<std::string> NamesInTables(const std::string& markdown) {
  std::set<std::string> names;
  static const std::regex kCode("`([^`]*)`");
  static const std::regex kQuoted("\"[^\"]*\"");
  static const std::regex kPiece("[^{}\\[\\],\\s]+");
  static const std::regex kName("[a-z][a-z_]*");
  static const std::regex kKindHeader("\\|\\s*kind\\s*\\|.*");
  std::istringstream lines(markdown);
  bool in_table = false, kinds = false;
  for (std::string line; std::getline(lines, line);) {
    bool row = !line.empty() && line[0] == '|';
    if (row && !in_table) kinds = std::regex_match(line, kKindHeader);
    in_table = row;
    if (!row || !kinds) continue;
    for (std::sregex_iterator code(line.begin(), line.end(), kCode), end;
         code != end; ++code) {
      std::string inside = std::regex_replace((*code)[1].str(), kQuoted, "");
      for (std::sregex_iterator piece(inside.begin(), inside.end(), kPiece);
           piece != end; ++piece) {
        if (std::regex_match(piece->str(), kName)) names.insert(piece->str());
      }
    }
  }
  return names;
}

// Every property DESIGN.md and docs/model.md name in their tables has its
// constant: a property the docs promise is in the contract.
TEST(PropsTest, EveryDocumentedPropertyHasAConstant) {
  std::set<std::string> contract;
  for (const auto& [constant, spelled] : ContractNames())
    contract.emplace(constant);
  for (const std::string& path :
       {std::string(PARLEY_SHARED_DIR) + "/DESIGN.md",
        std::string(PARLEY_SOURCE_DIR) + "/docs/model.md"}) {
    std::set<std::string> documented = NamesInTables(ReadFile(path));
    EXPECT_GE(documented.size(), 10u) << "no tables read in " << path;
    for (const std::string& name : documented)
      EXPECT_TRUE(contract.count(name)) << path << " names `" << name << "`";
  }
}

TEST(PropsTest, TableNamesAreReadFromBackticks) {
  std::set<std::string> names = NamesInTables(
      "| kind | property |\n"
      "| --- | --- |\n"
      "| Document | `references` | cites: `[{date, authors}]` (`{\"ru\": "
      "…}`) |\n"
      "| `Person` | `doc:<type>-<date>` `graph/` `AUTHORED` |\n"
      "not a row: `ignored`\n"
      "| node | id |\n"
      "| clause | `<document id>/clause-<ordinal>`, `б` → `b` |\n");
  EXPECT_EQ(names, (std::set<std::string>{"references", "date", "authors"}));
}

TEST(PropsTest, ReferenceRoundTripsThroughValue) {
  Reference r;
  r.date = "1951-07-03";
  r.authors = {"person:mao-zedong"};
  r.number = "3304";
  r.quote = "your telegram of 3 July";
  r.start = 812;
  r.end = 835;
  Value v = r.ToValue();
  EXPECT_EQ(v.GetString("date"), "1951-07-03");
  EXPECT_EQ(v.GetString("number"), "3304");
  ASSERT_TRUE(v.Get("authors") && v.Get("authors")->is_array());
  EXPECT_EQ(v.Get("start")->as_int(), 812);
  EXPECT_EQ(Reference::FromValue(v), r);
}

TEST(PropsTest, ReferenceWithoutNumberHasNoNumberKey) {
  Reference r;
  r.date = "1951-07-03";
  Value v = r.ToValue();
  EXPECT_EQ(v.Get("number"), nullptr);
  ASSERT_TRUE(v.Get("authors") != nullptr);
  EXPECT_TRUE(v.Get("authors")->as_array().empty());
  std::optional<Reference> back = Reference::FromValue(v);
  ASSERT_TRUE(back);
  EXPECT_FALSE(back->number.has_value());
  EXPECT_EQ(*back, r);
  // A printed "No." without a number still writes the key.
  r.number = "";
  EXPECT_EQ(r.ToValue().GetString("number"), "");
  ASSERT_NE(r.ToValue().Get("number"), nullptr);
}

TEST(PropsTest, ReferenceReadsLiteralKeysLeniently) {
  Value v = Value::MakeObject();
  v["date"] = "1951-08-27";
  v["authors"] = "person:stalin";  // one author as a bare string
  v["start"] = "12";               // mistyped: reads as 0
  std::optional<Reference> r = Reference::FromValue(v);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->date, "1951-08-27");
  EXPECT_EQ(r->authors, std::vector<std::string>{"person:stalin"});
  EXPECT_EQ(r->start, 0);
  EXPECT_FALSE(Reference::FromValue(Value("not an object")));
}

TEST(PropsTest, StanceClaimRoundTripsThroughValue) {
  StanceClaim s;
  s.stance = "supports";
  s.ordinals = {"4", "5"};
  s.topics = {"prisoners_of_war"};
  s.partial = true;
  s.quote = "we support your line of insisting";
  s.lang = "en";
  s.start = 100;
  s.end = 133;
  s.supported_stance = "insists";
  s.negated = true;
  s.conditional = true;
  s.whole = "other";
  s.whole_count = 2;
  Value v = s.ToValue();
  EXPECT_EQ(v.GetString("stance"), "supports");
  EXPECT_EQ(v.GetString("whole"), "other");
  EXPECT_EQ(v.GetString("supported_stance"), "insists");
  EXPECT_TRUE(v.Get("negated")->as_bool());
  EXPECT_TRUE(v.Get("partial")->as_bool());
  EXPECT_EQ(StanceClaim::FromValue(v), s);
}

TEST(PropsTest, StanceClaimLeavesOutWhatItDoesNotSay) {
  StanceClaim s;
  s.stance = "accepts";
  s.lang = "ru";
  Value v = s.ToValue();
  // Always written: partial false and empty lists, as the importer writes.
  ASSERT_NE(v.Get("partial"), nullptr);
  EXPECT_FALSE(v.Get("partial")->as_bool());
  ASSERT_NE(v.Get("ordinals"), nullptr);
  EXPECT_TRUE(v.Get("ordinals")->as_array().empty());
  EXPECT_EQ(v.Get("supported_stance"), nullptr);
  EXPECT_EQ(v.Get("negated"), nullptr);
  EXPECT_EQ(v.Get("conditional"), nullptr);
  EXPECT_EQ(v.Get("whole"), nullptr);
  EXPECT_EQ(v.Get("whole_count"), nullptr);
  EXPECT_EQ(v.as_object().size(), 8u);
  EXPECT_EQ(StanceClaim::FromValue(v), s);
}

Node DocumentWithLiteralKeys() {
  Node n;
  n.id = "doc:telegram-21404-1951-07-03";
  n.kind = NodeKind::kDocument;
  Value& p = n.props;
  p["title"] = "Ciphered Telegram No. 21404";
  p["doc_type"] = "telegram";
  p["number"] = Value(Value::Array{"21404", "21405"});
  p["outgoing_number"] = "3304";
  p["date"] = "1951-07-03";
  p["date_inferred"] = true;
  p["sent"] = "1951-07-03T03:40";
  p["received"] = "1951-07-03T12:10";
  p["dispatched"] = "1951-07-03";
  p["origin"] = "place:beijing";
  p["languages"] = Value(Value::Array{"ru", "en"});
  Value source = Value::MakeObject();
  source["citation"] = "APRF, f. 45, op. 1, d. 339, ll. 6-7";
  source["archive"] = "APRF";
  source["fond"] = "45";
  source["opis"] = "1";
  source["delo"] = "339";
  source["pages"] = "6-7";
  p["source"] = Value(Value::Array{source});
  p["record_id"] = "113744";
  p["summary"] = "Kim's seven points.";
  p["classification"] = Value(Value::Array{"secret"});
  p["precedence"] = Value(Value::Array{"flash"});
  p["embedded_in"] = "doc:outer";
  Value ref = Value::MakeObject();
  ref["date"] = "1951-06-30";
  ref["authors"] = Value(Value::Array{"person:kim-il-sung"});
  ref["quote"] = "your message of 30 June";
  ref["start"] = 5;
  ref["end"] = 28;
  p["references"] = Value(Value::Array{ref, Value("skipped")});
  Value st = Value::MakeObject();
  st["stance"] = "rejects";
  st["ordinals"] = Value(Value::Array{"2"});
  st["topics"] = Value::MakeArray();
  st["partial"] = false;
  st["quote"] = "point two must be rejected";
  st["lang"] = "en";
  st["start"] = 40;
  st["end"] = 66;
  p["stances"] = Value(Value::Array{st});
  p["source_file"] = "data/seed.txt";
  p["curated"] = true;
  return n;
}

TEST(PropsTest, DocumentPropsReadsEveryField) {
  DocumentProps d = DocumentProps::From(DocumentWithLiteralKeys());
  EXPECT_EQ(d.title, "Ciphered Telegram No. 21404");
  EXPECT_EQ(d.doc_type, "telegram");
  EXPECT_EQ(d.numbers, (std::vector<std::string>{"21404", "21405"}));
  EXPECT_EQ(d.outgoing_number, "3304");
  EXPECT_EQ(d.date, "1951-07-03");
  EXPECT_TRUE(d.date_inferred);
  EXPECT_EQ(d.sent, "1951-07-03T03:40");
  EXPECT_EQ(d.received, "1951-07-03T12:10");
  EXPECT_EQ(d.dispatched, "1951-07-03");
  EXPECT_EQ(d.origin, "place:beijing");
  EXPECT_EQ(d.languages, (std::vector<std::string>{"ru", "en"}));
  ASSERT_EQ(d.sources.size(), 1u);
  EXPECT_EQ(d.sources[0].citation, "APRF, f. 45, op. 1, d. 339, ll. 6-7");
  EXPECT_EQ(d.sources[0].fond, "45");
  EXPECT_EQ(d.sources[0].pages, "6-7");
  EXPECT_EQ(d.sources[0].papka, "");
  EXPECT_EQ(d.record_id, "113744");
  EXPECT_EQ(d.summary, "Kim's seven points.");
  EXPECT_EQ(d.classification, std::vector<std::string>{"secret"});
  EXPECT_EQ(d.precedence, std::vector<std::string>{"flash"});
  EXPECT_EQ(d.embedded_in, "doc:outer");
  ASSERT_EQ(d.references.size(), 1u);  // the non-object item is skipped
  EXPECT_EQ(d.references[0].date, "1951-06-30");
  EXPECT_EQ(d.references[0].authors,
            std::vector<std::string>{"person:kim-il-sung"});
  EXPECT_FALSE(d.references[0].number.has_value());
  EXPECT_EQ(d.references[0].end, 28);
  ASSERT_EQ(d.stances.size(), 1u);
  EXPECT_EQ(d.stances[0].stance, "rejects");
  EXPECT_EQ(d.stances[0].ordinals, std::vector<std::string>{"2"});
  EXPECT_EQ(d.stances[0].start, 40);
  EXPECT_EQ(d.source_file, "data/seed.txt");
  EXPECT_TRUE(d.curated);
}

TEST(PropsTest, DocumentPropsReadsOneNumberAndMissingFields) {
  Node n;
  n.kind = NodeKind::kDocument;
  n.props["number"] = "21404";
  DocumentProps d = DocumentProps::From(n);
  EXPECT_EQ(d.numbers, std::vector<std::string>{"21404"});
  EXPECT_EQ(d.date, "");
  EXPECT_FALSE(d.curated);
  EXPECT_TRUE(d.references.empty());
}

TEST(PropsTest, ClausePropsReadsEveryField) {
  Node n;
  n.id = "doc:telegram-21404-1951-07-03/clause-b";
  n.kind = NodeKind::kClause;
  Value& p = n.props;
  p["ordinal"] = "б";
  Value ordinals = Value::MakeObject();
  ordinals["ru"] = "б";
  ordinals["en"] = "b";
  p["ordinals"] = ordinals;
  Value text = Value::MakeObject();
  text["ru"] = "отвести войска на 10 км";
  text["en"] = "withdraw troops 10 km";
  p["text"] = text;
  p["topics"] = Value(Value::Array{"withdrawal", "buffer_zone"});
  Value terms = Value::MakeObject();
  Value distance = Value::MakeObject();
  distance["min"] = 10;
  distance["max"] = 10;
  distance["unit"] = "km";
  terms["distances"] = Value(Value::Array{distance});
  p["terms"] = terms;
  p["document"] = "doc:telegram-21404-1951-07-03";
  p["position"] = 2;
  ClauseProps c = ClauseProps::From(n);
  EXPECT_EQ(c.ordinal, "б");
  EXPECT_EQ(c.ordinals,
            (std::map<std::string, std::string>{{"en", "b"}, {"ru", "б"}}));
  EXPECT_EQ(c.text.at("en"), "withdraw troops 10 km");
  EXPECT_EQ(c.text.at("ru"), "отвести войска на 10 км");
  EXPECT_EQ(c.topics, (std::vector<std::string>{"withdrawal", "buffer_zone"}));
  EXPECT_EQ(c.terms, terms);
  ASSERT_NE(c.terms.Get(prop::kDistances), nullptr);
  EXPECT_EQ(c.document, "doc:telegram-21404-1951-07-03");
  EXPECT_EQ(c.position, 2);
}

TEST(PropsTest, LenientReadersTakeOnlyTheirType) {
  Value v = Value::MakeObject();
  v["n"] = 3;
  v["s"] = "x";
  v["t"] = true;
  v["f"] = false;
  v["list"] = Value(Value::Array{"a", 1, "b"});
  EXPECT_EQ(IntAt(v, "n"), 3);
  EXPECT_EQ(IntAt(v, "s"), 0);
  EXPECT_EQ(IntAt(v, "missing"), 0);
  EXPECT_TRUE(IsTrue(v, "t"));
  EXPECT_FALSE(IsTrue(v, "f"));
  EXPECT_FALSE(IsTrue(v, "s"));
  EXPECT_EQ(Strings(v.Get("list")), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(Strings(v.Get("s")), std::vector<std::string>{"x"});
  EXPECT_TRUE(Strings(v.Get("n")).empty());
  EXPECT_TRUE(Strings(nullptr).empty());
}

}  // namespace
}  // namespace parley::graph
