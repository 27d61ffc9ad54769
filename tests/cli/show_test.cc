// `parley show` and the one name resolver every command shares, end to end
// on the pages of data/: every spelling and codename the gazetteer gives a
// person of those pages names that person, in every command, and a typo
// gets a suggestion everywhere.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "tests/cli/data_pages_db.h"

namespace parley::cli_test {
namespace {

using nlohmann::json;

// The gazetteer's people that the pages of data/ name.
std::vector<GazetteerLine> PeopleOnThePages() {
  std::set<std::string> ids = NodeIds(DataPagesDb());
  std::vector<GazetteerLine> people;
  for (GazetteerLine& g : GazetteerLines()) {
    if (g.kind == "person" && ids.count(g.id)) people.push_back(std::move(g));
  }
  return people;
}

// The id `show NAME` shows, or "" with the reason in `why`.
std::string ShownId(const std::string& name, std::string& why) {
  RunResult r = OnDataPages({"show", name, "--format", "json"});
  json j = json::parse(r.out, nullptr, false);
  if (r.exit_code != 0 || !j.is_object()) {
    why = "exit " + std::to_string(r.exit_code) + ": " + r.err;
    return "";
  }
  return j["id"].get<std::string>();
}

TEST(ShowNamesTest, EveryGazetteerSpellingOfThePeopleOnThePages) {
  std::vector<GazetteerLine> people = PeopleOnThePages();
  ASSERT_GE(people.size(), 10u);
  size_t tried = 0;
  for (const GazetteerLine& person : people) {
    std::vector<std::string> names = person.spellings;
    names.push_back(person.label);
    for (const std::string& name : names) {
      std::string why;
      EXPECT_EQ(ShownId(name, why), person.id)
          << "show '" << name << "' " << why;
      ++tried;
    }
  }
  EXPECT_GE(tried, 50u);
}

TEST(ShowNamesTest, TheNamesTheHistoriansTried) {
  // `show` once failed on each of these though --by and path took them.
  std::string why;
  EXPECT_EQ(ShownId("Сталин", why), "person:joseph-stalin") << why;
  EXPECT_EQ(ShownId("Filipov", why), "person:joseph-stalin") << why;
  EXPECT_EQ(ShownId("George Kennan", why), "person:george-kennan") << why;
  EXPECT_EQ(ShownId("Peng", why), "person:peng-dehuai") << why;
  EXPECT_EQ(ShownId("Razuvayev", why), "person:vladimir-razuvaev") << why;
  // An id and a place name still work.
  EXPECT_EQ(ShownId("person:mao-zedong", why), "person:mao-zedong") << why;
}

// A misspelling of `label`'s last word: one letter doubled.
std::string Typo(const std::string& label) {
  std::string word = label.substr(label.rfind(' ') + 1);
  if (word.size() < 4) return "";
  return word.substr(0, 3) + word.substr(2);
}

// Whether `r` either found `person` (exit 0) or suggests `label`.
::testing::AssertionResult FoundOrSuggested(const RunResult& r,
                                            const std::string& person,
                                            const std::string& label) {
  if (r.exit_code == 0 && r.out.find(person) != std::string::npos)
    return ::testing::AssertionSuccess();
  if (r.exit_code == 1 && r.err.find("did you mean") != std::string::npos &&
      r.err.find("'" + label + "'") != std::string::npos)
    return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << r;
}

TEST(ShowNamesTest, ATypoGetsASuggestionInEveryCommand) {
  size_t tried = 0;
  for (const GazetteerLine& person : PeopleOnThePages()) {
    std::string typo = Typo(person.label);
    if (typo.empty()) continue;
    std::vector<std::vector<std::string>> commands = {
        {"show", typo, "--format", "json"},
        {"neighbors", typo, "--format", "json"},
        {"path", typo, person.label, "--format", "json"},
        {"timeline", "--person", typo, "--format", "json"},
    };
    for (const auto& args : commands) {
      EXPECT_TRUE(FoundOrSuggested(OnDataPages(args), person.id, person.label))
          << args[0] << " '" << typo << "'";
    }
    if (++tried == 6) break;
  }
  EXPECT_EQ(tried, 6u);
  // A name nothing resembles says so, with no suggestion.
  RunResult none = OnDataPages({"show", "Zzyzx Qwertyuiop"});
  EXPECT_EQ(none.exit_code, 1) << none;
  EXPECT_EQ(none.err.find("did you mean"), std::string::npos) << none;
}

TEST(ShowNamesTest, EveryCommandResolvesACodenameToThePersonShowFinds) {
  for (const GazetteerLine& person : PeopleOnThePages()) {
    for (const std::string& name : person.spellings) {
      std::string why;
      if (ShownId(name, why) != person.id) continue;  // reported above
      RunResult n = OnDataPages({"neighbors", name, "--format", "json"});
      ASSERT_EQ(n.exit_code, 0) << name << "\n" << n;
      EXPECT_EQ(json::parse(n.out)["centre"]["id"], person.id) << name;
    }
    if (!person.spellings.empty() && person.id == "person:joseph-stalin") {
      RunResult t = OnDataPages({"timeline", "--person",
                                 person.spellings.back(), "--format", "json"});
      ASSERT_EQ(t.exit_code, 0) << t;
      EXPECT_EQ(json::parse(t.out)["person"]["id"], person.id);
    }
  }
}

TEST(ShowTest, DocumentWarningsArePrintedByShowAndTimeline) {
  json graph = json::parse(ExportJson(DataPagesDb()));
  for (const json& n : graph["nodes"]) {
    if (n["kind"] != "Document" || !n["props"].contains("warnings")) continue;
    RunResult show = OnDataPages({"show", n["id"].get<std::string>()});
    ASSERT_EQ(show.exit_code, 0) << show;
    std::string date = n["props"].value("date", "");
    RunResult timeline =
        OnDataPages({"timeline", "--from", date, "--to", date});
    for (const json& w : n["props"]["warnings"]) {
      std::string line = "warning: " + w.get<std::string>();
      EXPECT_NE(Unwrapped(show.out).find(line), std::string::npos) << show;
      if (!date.empty()) {
        EXPECT_NE(Unwrapped(timeline.out).find(line), std::string::npos)
            << timeline;
      }
    }
  }
}

// A hub shown with --limit: the first of each list as the whole answer has
// them, and how many more there are; a limit past every list changes
// nothing.
TEST(ShowTest, ALimitShowsTheFirstOfEachListAndCountsTheRest) {
  const std::string hub = "person:mao-zedong";
  RunResult all = OnDataPages({"show", hub, "--format", "json", "--all"});
  RunResult two =
      OnDataPages({"show", hub, "--format", "json", "--limit", "2"});
  ASSERT_EQ(all.exit_code, 0) << all;
  ASSERT_EQ(two.exit_code, 0) << two;
  json whole = json::parse(all.out), cut = json::parse(two.out);
  for (const char* list : {"out_edges", "in_edges", "evidence"}) {
    ASSERT_GT(whole[list].size(), 2u) << list;
    EXPECT_EQ(cut[list], json(std::vector<json>(whole[list].begin(),
                                                whole[list].begin() + 2)))
        << list;
    EXPECT_EQ(cut["total"][list], whole[list].size()) << list;
  }
  EXPECT_EQ(cut["truncated"], true);
  EXPECT_EQ(cut["props"], whole["props"]);
  EXPECT_FALSE(whole.contains("total"));

  // The table: the whole table's lines but those past the limit, and a
  // line saying how many more after each list cut short.
  RunResult table = OnDataPages({"show", hub, "--all"});
  RunResult cut_table = OnDataPages({"show", hub, "--limit", "2"});
  ASSERT_EQ(cut_table.exit_code, 0) << cut_table;
  std::vector<std::string> kept;
  for (const std::string& line : Lines(cut_table.out)) {
    if (line.find("more") == std::string::npos) kept.push_back(line);
  }
  std::vector<std::string> whole_lines = Lines(table.out);
  size_t from = 0;
  for (const std::string& line : kept) {
    auto it = std::find(whole_lines.begin() + from, whole_lines.end(), line);
    ASSERT_NE(it, whole_lines.end()) << line;
    from = it - whole_lines.begin() + 1;
  }
  auto more = [](size_t n, const std::string& noun) {
    return "… and " + std::to_string(n) + " more " + noun +
           "; use --limit or --all";
  };
  const std::string text = cut_table.out;
  EXPECT_NE(text.find("  " + more(whole["out_edges"].size() - 2, "edges out")),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("  " + more(whole["in_edges"].size() - 2, "edges in")),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("    " +
                      more(whole["evidence"].size() - 2, "pieces of evidence")),
            std::string::npos)
      << text;
  // Of the evidence, two quotes with their documents and sources.
  EXPECT_EQ(std::count_if(kept.begin(), kept.end(),
                          [](const std::string& l) {
                            return l.starts_with("      in ");
                          }),
            2);

  // CSV keeps rows only: the counts go to stderr.
  RunResult csv = OnDataPages({"show", hub, "--format", "csv", "--limit", "2"});
  ASSERT_EQ(csv.exit_code, 0) << csv;
  EXPECT_EQ(csv.ErrLines(),
            (std::vector<std::string>{
                more(whole["out_edges"].size() - 2, "edges out"),
                more(whole["in_edges"].size() - 2, "edges in"),
                more(whole["evidence"].size() - 2, "pieces of evidence")}));

  // A limit no list reaches: the whole answer.
  const std::string wide = "100000";
  EXPECT_EQ(OnDataPages({"show", hub, "--limit", wide}).out, table.out);
  json wide_json = json::parse(
      OnDataPages({"show", hub, "--format", "json", "--limit", wide}).out);
  EXPECT_EQ(wide_json["truncated"], false);
  wide_json.erase("total");
  wide_json.erase("truncated");
  EXPECT_EQ(wide_json, whole);
}

// Without options, a node is shown a screen at a time: a person named on
// every page would otherwise print every piece of evidence of the archive.
// --all prints the whole node.
TEST(ShowTest, ByDefaultEachListStopsAtFiftyAndAllPrintsTheWholeNode) {
  const std::string hub = "person:joseph-stalin";
  RunResult all = OnDataPages({"show", hub, "--format", "json", "--all"});
  RunResult plain = OnDataPages({"show", hub, "--format", "json"});
  ASSERT_EQ(all.exit_code, 0) << all;
  ASSERT_EQ(plain.exit_code, 0) << plain;
  json whole = json::parse(all.out), shown = json::parse(plain.out);
  // The pages of data/ name Stalin more than fifty times.
  ASSERT_GT(whole["evidence"].size(), 50u);
  EXPECT_EQ(shown["evidence"],
            json(std::vector<json>(whole["evidence"].begin(),
                                   whole["evidence"].begin() + 50)));
  EXPECT_EQ(shown["total"]["evidence"], whole["evidence"].size());
  EXPECT_EQ(shown["truncated"], true);

  RunResult table = OnDataPages({"show", hub});
  ASSERT_EQ(table.exit_code, 0) << table;
  EXPECT_NE(table.out.find("    … and " +
                           std::to_string(whole["evidence"].size() - 50) +
                           " more pieces of evidence; use --limit or --all"),
            std::string::npos)
      << table;
  EXPECT_EQ(table.out, OnDataPages({"show", hub, "--limit", "50"}).out);

  // A limit and --all contradict each other.
  RunResult both = OnDataPages({"show", hub, "--all", "--limit", "5"});
  EXPECT_NE(both.exit_code, 0);
  EXPECT_NE(both.err.find("--all"), std::string::npos) << both;
}

}  // namespace
}  // namespace parley::cli_test
