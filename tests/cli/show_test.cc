// `parley show` and the one name resolver every command shares, end to end
// on the pages of data/: every spelling and codename the gazetteer gives a
// person of those pages names that person, in every command, and a typo
// gets a suggestion everywhere.
#include <gtest/gtest.h>

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

}  // namespace
}  // namespace parley::cli_test
