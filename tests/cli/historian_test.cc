// The answers a historian checked against the pages of data/ (issue 11's
// "done when"), asked through the command line as a user asks them: each
// test holds one fix, so that a change that brings the old error back fails
// here by name.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "tests/cli/data_pages_db.h"

namespace parley::cli_test {
namespace {

using nlohmann::json;

json JsonOf(const std::vector<std::string>& args) {
  std::vector<std::string> with = args;
  with.insert(with.end(), {"--format", "json"});
  RunResult r = OnDataPages(with);
  EXPECT_EQ(r.exit_code, 0) << r;
  return json::parse(r.out, nullptr, false);
}

// The lineage of Kim Il Sung's point 7 (civilians) stays with civilians: it
// ends at the armistice's article on civilians (III.59), never at the one on
// prisoners of war (III.51).
TEST(HistorianTest, TheCiviliansLineageEndsAtTheCiviliansArticle) {
  json trace = JsonOf({"trace", "civilians"});
  ASSERT_TRUE(trace.contains("lineages")) << trace.dump();
  std::set<std::string> clauses;
  std::string last;
  for (const json& lineage : trace["lineages"]) {
    for (const json& v : lineage["versions"]) {
      clauses.insert(v["clause"].get<std::string>());
      last = v["clause"].get<std::string>();
    }
  }
  EXPECT_TRUE(clauses.count(
      "doc:telegram-21404-1951-07-03/message-1951-06-30/clause-7"));
  EXPECT_EQ(last, "doc:agreement-1953-07-27/clause-iii-59");
  EXPECT_FALSE(clauses.count("doc:agreement-1953-07-27/clause-iii-51"));
}

// Telegram 3950's seven positions all appear under Stalin; the ones that
// name a point by number are unlinked, with the reason, because the reply
// link to telegram 21404 conflicts with what the reply says.
TEST(HistorianTest, StalinsSevenPositionsAreAllListed) {
  json stances = JsonOf({"stances", "--by", "Stalin"});
  size_t in_3950 = 0, numbered = 0;
  for (const json& p : stances["positions"]) {
    if (p["document"] != "doc:telegram-3950-1951-07-03") continue;
    ++in_3950;
    if (p["ordinals"].empty()) continue;
    ++numbered;
    EXPECT_FALSE(p["linked"].get<bool>()) << p.dump();
    EXPECT_NE(p["unlinked_reason"].get<std::string>().find("weak"),
              std::string::npos)
        << p.dump();
    EXPECT_FALSE(p["reply_conflicts"].empty()) << p.dump();
  }
  EXPECT_EQ(in_3950, 7u) << stances.dump(1);
  EXPECT_GE(numbered, 4u);
  // who-proposed --by answers on stdout with exit 0 when there are positions.
  RunResult r = OnDataPages({"who-proposed", "--by", "Filippov"});
  EXPECT_EQ(r.exit_code, 0) << r;
  EXPECT_NE(r.out.find("Point four need not be raised"), std::string::npos)
      << r;
}

// "We shall on no account agree to a neutral zone carved out of North Korean
// territory only" rejects; it does not accept.
TEST(HistorianTest, MaosNeutralZoneOfThirteenJuneIsRejected) {
  json stances = JsonOf({"stances", "--by", "Mao Zedong"});
  bool found = false;
  for (const json& p : stances["positions"]) {
    std::string en = p["quotes"].value("en", json::object()).value("text", "");
    if (en.find("on no account agree to a neutral zone") == std::string::npos)
      continue;
    found = true;
    EXPECT_EQ(p["stance"], "rejects") << p.dump();
    EXPECT_EQ(p["date"], "1951-06-13");
  }
  EXPECT_TRUE(found) << stances.dump(1);
}

json ExportedGraph() {
  return json::parse(ExportJson(DataPagesDb()), nullptr, false);
}

const json* NodeIn(const json& graph, const std::string& id) {
  for (const json& n : graph["nodes"]) {
    if (n["id"] == id) return &n;
  }
  return nullptr;
}

// "на расстояние до 10 км": up to 10 km is 0-10 km, though the English
// translation says "10 km".
TEST(HistorianTest, UpToTenKilometresIsARangeFromZero) {
  json graph = ExportedGraph();
  const json* clause = NodeIn(
      graph, "doc:telegram-21404-1951-07-03/message-1951-06-30/clause-2");
  ASSERT_NE(clause, nullptr);
  const json& d = clause->at("props").at("terms").at("distances").at(0);
  EXPECT_EQ(d["min"], 0);
  EXPECT_EQ(d["max"], 10);
  EXPECT_EQ(d["unit"], "km");
}

// Kim's "land, naval and air forces" became "by air or by land": the naval
// part dropped is a stored change, and trace says it.
TEST(HistorianTest, TheNavalForcesDroppedAreReported) {
  json graph = ExportedGraph();
  std::string later;
  for (const json& e : graph["edges"]) {
    if (e["kind"] != "VARIANT_OF") continue;
    for (const json& c : e["props"].value("changes", json::array())) {
      if (!c.is_object() || c.value("field", "") != "forces") continue;
      std::string from = c["from"].dump(), to = c["to"].dump();
      if (from.find("naval") != std::string::npos &&
          to.find("naval") == std::string::npos)
        later = e["source"].get<std::string>();
    }
  }
  ASSERT_FALSE(later.empty()) << "no VARIANT_OF drops the naval forces";
  RunResult r = OnDataPages({"trace", later});
  EXPECT_EQ(r.exit_code, 0) << r;
  EXPECT_NE(Unwrapped(r.out).find("forces dropped: naval"), std::string::npos)
      << r;
}

// Article IV.60's three months are the deadline for a political conference:
// never compared with the withdrawal deadlines of earlier drafts.
TEST(HistorianTest, TheConferenceDeadlineIsNoWithdrawalDeadline) {
  json graph = ExportedGraph();
  const json* clause = NodeIn(graph, "doc:agreement-1953-07-27/clause-iv-60");
  ASSERT_NE(clause, nullptr);
  const json& durations = clause->at("props").at("terms").at("durations");
  ASSERT_FALSE(durations.empty());
  for (const json& d : durations)
    EXPECT_NE(d.value("subject", ""), "withdrawal");
  for (const json& e : graph["edges"]) {
    if (e["kind"] != "VARIANT_OF" ||
        e["source"] != "doc:agreement-1953-07-27/clause-iv-60")
      continue;
    for (const json& c : e["props"].value("changes", json::array())) {
      if (!c.is_object() || c.value("field", "") != "duration") continue;
      // A duration change pairs two durations only when they measure the
      // same thing; otherwise one side is empty (dropped or added).
      if (c["from"].is_object() && c["to"].is_object())
        EXPECT_EQ(c["from"].value("subject", ""), c["to"].value("subject", ""))
            << e.dump();
    }
  }
}

// Names in any script reach their node in show.
TEST(HistorianTest, ShowFindsStalinByHisRussianName) {
  json node = JsonOf({"show", "Сталин"});
  EXPECT_EQ(node["id"], "person:joseph-stalin");
}

// The gazetteer's spellings widen a search: "Kaeseong" finds the pages that
// write "Gaeseong [Kaesong]".
TEST(HistorianTest, SearchForKaeseongFindsTheKaesongPages) {
  json found = JsonOf({"search", "Kaeseong"});
  ASSERT_FALSE(found["hits"].empty()) << found.dump();
  bool kaesong = false;
  for (const json& hit : found["hits"]) {
    if (hit["snippet"].get<std::string>().find("Kaesong") != std::string::npos)
      kaesong = true;
  }
  EXPECT_TRUE(kaesong) << found.dump(1);
}

}  // namespace
}  // namespace parley::cli_test
