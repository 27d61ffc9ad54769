// Rendering the structured changes of VARIANT_OF edges and a clause's terms
// in words, and comparing two clauses' terms, on Values built here.
#include "queries/changes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "graph/props.h"

namespace parley::queries {
namespace {

using graph::Value;

Value Distance(Value min, Value max, const char* from,
               const char* bound = nullptr) {
  Value d = Value::MakeObject();
  d["min"] = std::move(min);
  d["max"] = std::move(max);
  d["unit"] = "km";
  d["from"] = from;
  if (bound != nullptr) d["bound"] = bound;
  return d;
}

Value Duration(int value, const char* unit, const char* anchor,
               const char* kind, const char* subject = nullptr) {
  Value d = Value::MakeObject();
  d["value"] = value;
  d["unit"] = unit;
  d["anchor"] = anchor;
  d["kind"] = kind;
  if (subject != nullptr) d["subject"] = subject;
  return d;
}

Value Change(const char* field, Value from, Value to) {
  Value c = Value::MakeObject();
  c["field"] = field;
  c["from"] = std::move(from);
  c["to"] = std::move(to);
  return c;
}

Value List(std::vector<std::string> items) {
  Value v = Value::MakeArray();
  for (std::string& s : items) v.Append(std::move(s));
  return v;
}

graph::Node Clause(const char* id, Value terms,
                   std::vector<std::string> topics) {
  graph::Node n;
  n.id = id;
  n.kind = graph::NodeKind::kClause;
  n.props["terms"] = std::move(terms);
  n.props["topics"] = List(std::move(topics));
  return n;
}

TEST(ChangesTest, RendersAnUpToRangeAsFromZeroAndTheNoteOfTheRussian) {
  Value from = Distance(0, 10, "38th parallel", "up_to");
  from["note"] = "the English translation drops \"up to\"";
  Value change = Change("distance", from, Distance(2, 2, "line of contact"));
  RenderedChange r = RenderChange(change);
  EXPECT_EQ(r.field, "distance");
  EXPECT_NE(r.text.find("0–10 km from the 38th parallel → 2 km from the line "
                        "of contact"),
            std::string::npos)
      << r.text;
  EXPECT_NE(r.text.find("Russian"), std::string::npos) << r.text;
  EXPECT_NE(r.text.find("drops \"up to\""), std::string::npos) << r.text;
  EXPECT_FALSE(r.note.empty());
}

TEST(ChangesTest, SaysWhichForcesWereDropped) {
  Value change =
      Change("forces", List({"land", "naval", "air"}), List({"air", "land"}));
  EXPECT_EQ(RenderChange(change).text, "forces dropped: naval");
  Value added = Change("forces", List({"land"}), List({"land", "naval"}));
  EXPECT_EQ(RenderChange(added).text, "forces added: naval");
}

TEST(ChangesTest, RendersANarrowedScope) {
  Value change = Change("scope", Value("all"), Value("wishing repatriation"));
  EXPECT_EQ(RenderChange(change).text,
            "scope: all → those wishing repatriation");
}

TEST(ChangesTest, NamesWhatADurationCountsAndSeesEqualLengths) {
  Value change = Change(
      "duration", Duration(2, "month", "ceasefire", "deadline", "withdrawal"),
      Duration(60, "day", "ceasefire", "deadline", "withdrawal"));
  EXPECT_EQ(RenderChange(change).text,
            "duration (deadline from the ceasefire, withdrawal): 2 months → "
            "60 days (same)");
  Value longer =
      Change("duration", Duration(2, "month", "ceasefire", "deadline"),
             Duration(3, "month", "ceasefire", "deadline"));
  EXPECT_NE(RenderChange(longer).text.find("(longer)"), std::string::npos);
}

TEST(ChangesTest, TheCeasefireAndTheEntryIntoForceAreOneMoment) {
  Value a = Value::MakeObject();
  a["durations"].Append(
      Duration(2, "month", "ceasefire", "deadline", "exchange"));
  Value b = Value::MakeObject();
  b["durations"].Append(
      Duration(60, "day", "entry into force", "deadline", "exchange"));
  Value changes = CompareClauseTerms(Clause("c:1", a, {"prisoners_of_war"}),
                                     Clause("c:2", b, {"prisoners_of_war"}));
  std::vector<std::string> lines = ChangeLines(&changes);
  ASSERT_EQ(lines.size(), 1u) << ::testing::PrintToString(lines);
  EXPECT_EQ(lines[0],
            "duration (deadline, exchange): 2 months from the ceasefire → 60 "
            "days from the entry into force (same)");
}

TEST(ChangesTest, AnAddedDurationIsNotALongerOne) {
  Value change = Change(
      "duration", Value(),
      Duration(3, "month", "armistice", "deadline", "political_conference"));
  std::string text = RenderChange(change).text;
  EXPECT_EQ(text.rfind("duration added", 0), 0u) << text;
  EXPECT_NE(text.find("political conference"), std::string::npos) << text;
  EXPECT_NE(text.find("3 months"), std::string::npos) << text;
  EXPECT_EQ(text.find("→"), std::string::npos) << text;
}

TEST(ChangesTest, LegacyStringItemsRenderAsThemselves) {
  Value changes = Value::MakeArray();
  changes.Append("distance: 10 km from the 38th parallel → 5–10 km");
  changes.Append(Change("forces", List({"land", "naval"}), List({"land"})));
  std::vector<std::string> lines = ChangeLines(&changes);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0], "distance: 10 km from the 38th parallel → 5–10 km");
  EXPECT_EQ(lines[1], "forces dropped: naval");
  EXPECT_TRUE(ChangeLines(nullptr).empty());
}

TEST(ChangesTest, NamesTheVersionAChangeWasFoundAgainst) {
  Value change = Change("scope", Value("all"), Value("wishing repatriation"));
  change["compared_with"] = "doc:message-1951-06-30/clause-6";
  std::vector<RenderedChange> r = RenderChanges(&change);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].compared_with, "doc:message-1951-06-30/clause-6");
  Value list = Value::MakeArray();
  list.Append(change);
  EXPECT_NE(ChangeLines(&list)[0].find("compared with "
                                       "doc:message-1951-06-30/clause-6"),
            std::string::npos);
}

TEST(ChangesTest, PlacesShowTheirLabels) {
  Value change = Change("places", List({"place:kaesong"}),
                        List({"place:kaesong", "place:north-korea"}));
  EXPECT_EQ(RenderChange(change).text, "places added: north korea");
  auto labels = [](const graph::NodeId& id) {
    return id == "place:north-korea" ? std::string("North Korea")
                                     : std::string();
  };
  EXPECT_EQ(RenderChange(change, labels).text, "places added: North Korea");
}

TEST(ChangesTest, RendersAClausesTermsInWords) {
  Value terms = Value::MakeObject();
  Value d = Distance(0, 10, "38th parallel", "up_to");
  terms["distances"].Append(d);
  terms["durations"].Append(Duration(3, "day", "", "deadline"));
  terms["forces"] = List({"land", "naval", "air"});
  terms["time_reference"] = "Pyongyang time";
  std::vector<std::string> lines = RenderTerms(terms);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0], "distance: 0–10 km from the 38th parallel");
  EXPECT_EQ(lines[1], "duration: 3 days (deadline)");
  EXPECT_EQ(lines[2], "forces: land, naval, air");
  EXPECT_EQ(lines[3], "time reference: Pyongyang time");
  EXPECT_TRUE(RenderTerms(Value::MakeObject()).empty());
}

TEST(ChangesTest, ComparesTermsFieldByField) {
  Value a = Value::MakeObject();
  a["distances"].Append(Distance(0, 10, "38th parallel", "up_to"));
  a["durations"].Append(
      Duration(2, "month", "ceasefire", "deadline", "withdrawal"));
  a["forces"] = List({"land", "naval", "air"});
  Value b = Value::MakeObject();
  b["distances"].Append(Distance(2, 2, "military demarcation line"));
  b["durations"].Append(
      Duration(3, "month", "armistice", "deadline", "political_conference"));
  b["forces"] = List({"air", "land"});
  graph::Node earlier = Clause("c:1", a, {"withdrawal", "buffer_zone"});
  graph::Node later = Clause("c:2", b, {"withdrawal"});
  Value changes = CompareClauseTerms(earlier, later);
  std::vector<std::string> lines = ChangeLines(&changes);
  auto has = [&](const std::string& part) {
    for (const std::string& l : lines) {
      if (l.find(part) != std::string::npos) return true;
    }
    return false;
  };
  EXPECT_TRUE(
      has("distance: 0–10 km from the 38th parallel → 2 km from the "
          "military demarcation line"));
  EXPECT_TRUE(has("forces dropped: naval"));
  EXPECT_TRUE(has("topics dropped: buffer_zone"));
  // A political-conference deadline is not the withdrawal deadline grown.
  EXPECT_TRUE(
      has("duration dropped (deadline from the ceasefire, "
          "withdrawal): 2 months"));
  EXPECT_TRUE(has("duration added"));
  EXPECT_FALSE(has("(longer)"));
  EXPECT_TRUE(CompareClauseTerms(earlier, earlier).as_array().empty());
}

TEST(ChangesTest, AVersionSilentOnForcesHasNotDroppedThem) {
  Value a = Value::MakeObject();
  a["forces"] = List({"land", "naval", "air"});
  graph::Node earlier = Clause("c:1", a, {"ceasefire"});
  graph::Node later = Clause("c:2", Value::MakeObject(), {"ceasefire"});
  EXPECT_TRUE(CompareClauseTerms(earlier, later).as_array().empty());
}

}  // namespace
}  // namespace parley::queries
