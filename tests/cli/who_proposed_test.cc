// `parley who-proposed` end to end on the seed and the corpus imported
// together: golden tables and JSON, and the answers the issue asks for.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <utility>

#include "tests/cli/query_golden.h"

namespace parley::cli_test {
namespace {

using nlohmann::json;

constexpr char kKimPoint6[] =
    "doc:telegram-21404-1951-07-03/message-1951-06-30/clause-6";
constexpr char kReportPointE[] = "doc:telegram-501869-1951-07-01/clause-e";

TEST(WhoProposedCommandTest,
     PrisonersIsKimsPointSixViaMaoToStalinAndPointEOf501869) {
  RunResult r = ExpectGoldenQuery("who_proposed_prisoners.txt",
                                  {"who-proposed", "prisoners"});
  std::string text = Unwrapped(r.out);
  EXPECT_NE(text.find(std::string("Point 6 ") + kKimPoint6), std::string::npos)
      << r.out;
  EXPECT_NE(text.find("proposed by: Kim Il Sung"), std::string::npos);
  EXPECT_NE(
      text.find(
          "Kim Il Sung (message of 1951-06-30) → Mao Zedong (forwarded in "
          "telegram 21404, 1951-07-03) → Joseph Stalin"),
      std::string::npos)
      << r.out;
  EXPECT_NE(text.find(std::string("Point е ") + kReportPointE),
            std::string::npos)
      << r.out;
}

TEST(WhoProposedCommandTest, JsonKeepsProposerAndForwarderApart) {
  RunResult r =
      ExpectGoldenQuery("who_proposed_prisoners.json",
                        {"who-proposed", "prisoners", "--format", "json"});
  json out = json::parse(r.out);
  ASSERT_GE(out["answers"].size(), 2u);
  const json& kim = out["answers"][0];
  EXPECT_EQ(kim["clause"], kKimPoint6);
  EXPECT_EQ(kim["proposers"][0]["id"], "person:kim-il-sung");
  std::vector<std::string> roles;
  for (const json& step : kim["chain"]) {
    roles.push_back(step["role"].get<std::string>() + " " +
                    step["person"].get<std::string>());
  }
  EXPECT_EQ(roles, (std::vector<std::string>{"proposed person:kim-il-sung",
                                             "forwarded person:mao-zedong",
                                             "to person:joseph-stalin"}));
  EXPECT_EQ(kim["citations"][0], "APRF, f. 45, op. 1, d. 339, ll. 6-7");
}

TEST(WhoProposedCommandTest, RussianWordsAndQuotes) {
  ExpectGoldenQuery("who_proposed_voennoplennymi_ru.txt",
                    {"who-proposed", "военнопленными", "--lang", "ru"});
  ExpectGoldenQuery("who_proposed_buffer_zone.csv",
                    {"who-proposed", "buffer zone", "--format", "csv"});
}

TEST(WhoProposedCommandTest, ByFilippovListsStalinsPositionsOnStdout) {
  for (const char* name : {"Filippov", "ФИЛИППОВ", "Сталин", "Stalin"}) {
    RunResult r = Query({"who-proposed", "--by", name});
    EXPECT_EQ(r.exit_code, 0) << name << "\n" << r;
    EXPECT_EQ(r.err, "") << name;
    std::string text = Unwrapped(r.out);
    // He proposed nothing (he answers), and says what he did.
    EXPECT_NE(text.find("Joseph Stalin proposed no clause"), std::string::npos)
        << name << "\n"
        << r;
    EXPECT_NE(text.find("Positions taken by Joseph Stalin"), std::string::npos);
    EXPECT_NE(text.find("insists"), std::string::npos) << r;
    EXPECT_NE(text.find("unlinked:"), std::string::npos) << r;
  }
  RunResult j = Query({"who-proposed", "--by", "Filippov", "--format", "json"});
  EXPECT_EQ(j.exit_code, 0);
  json out = json::parse(j.out);
  EXPECT_EQ(out["by"]["id"], "person:joseph-stalin");
  EXPECT_TRUE(out["answers"].empty());
  size_t in_3950 = 0;
  for (const json& p : out["stances_by"])
    in_3950 += p["document"] == "doc:telegram-3950-1951-07-03";
  EXPECT_EQ(in_3950, 7u);
}

TEST(WhoProposedCommandTest, ModalityStampsAndUnlinkedPositions) {
  RunResult r = Query({"who-proposed", "prisoners"});
  ASSERT_EQ(r.exit_code, 0) << r;
  std::string text = Unwrapped(r.out);
  // Razuvaev reports what Nam Il is expected to put forward.
  EXPECT_NE(text.find("proposed by: Nam Il (planned; reported by Vladimir "
                      "Razuvaev)"),
            std::string::npos)
      << r.out;
  EXPECT_NE(text.find("Vladimir Razuvaev (reported in telegram 501869"),
            std::string::npos);
  // A receipt stamp is the cipher office's, not Stalin's.
  EXPECT_NE(text.find("cipher office received 1951-07-03 12:10"),
            std::string::npos);
  EXPECT_EQ(text.find("Joseph Stalin (received"), std::string::npos);
  // The agreed text names its parties as agreed.
  EXPECT_NE(text.find("agreed by:"), std::string::npos);
  // Stalin's numbered points show on Kim's points, marked unlinked.
  RunResult kim = Query(
      {"who-proposed", "doc:telegram-21404-1951-07-03/message-1951-06-30"});
  ASSERT_EQ(kim.exit_code, 0) << kim;
  EXPECT_NE(Unwrapped(kim.out).find("[unlinked, may bear on it:"),
            std::string::npos)
      << kim.out;
  EXPECT_NE(Unwrapped(kim.out).find("[weak link"), std::string::npos);
}

TEST(WhoProposedCommandTest, SidesAndPaperFormats) {
  RunResult unc = Query({"who-proposed", "--side", "unc", "--format", "json"});
  ASSERT_EQ(unc.exit_code, 0) << unc;
  json answers = json::parse(unc.out)["answers"];
  ASSERT_FALSE(answers.empty());
  for (const json& a : answers) EXPECT_EQ(a["side"], "unc");
  RunResult grouped = Query({"who-proposed", "--group", "side"});
  ASSERT_EQ(grouped.exit_code, 0);
  size_t kpa = grouped.out.find("== KPA/CPV =="),
         uncs = grouped.out.find("== UNC ==");
  EXPECT_NE(kpa, std::string::npos);
  EXPECT_NE(uncs, std::string::npos);
  EXPECT_LT(kpa, uncs);
  RunResult tex = Query({"who-proposed", "prisoners", "--format", "latex"});
  ASSERT_EQ(tex.exit_code, 0);
  EXPECT_NE(tex.out.find("prisoners\\_of\\_war"), std::string::npos);
  RunResult md = Query({"who-proposed", "prisoners", "--format", "md"});
  ASSERT_EQ(md.exit_code, 0);
  EXPECT_NE(md.out.find("| text_en | text_ru |"), std::string::npos);
  EXPECT_EQ(Query({"who-proposed", "--side", "north"}).exit_code, 2);
}

TEST(WhoProposedCommandTest, ByKimIlSungListsHisPoints) {
  RunResult r =
      Query({"who-proposed", "--by", "КИМ ИР СЕНА", "--format", "csv"});
  EXPECT_EQ(r.exit_code, 0) << r;
  // The seven points of his message of 30 June, first (by date), then the
  // armistice clauses he agreed to.
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_GE(lines.size(), 8u) << r.out;
  for (size_t i = 1; i <= 7; ++i) {
    EXPECT_EQ(lines[i].rfind(
                  "doc:telegram-21404-1951-07-03/message-1951-06-30/clause-" +
                      std::to_string(i) + ",",
                  0),
              0u)
        << lines[i];
  }
}

TEST(WhoProposedCommandTest, NamesThatFitNoneOrSeveralAndBadUsage) {
  RunResult typo = Query({"who-proposed", "--by", "Shtemenkov"});
  EXPECT_EQ(typo.exit_code, 1);
  EXPECT_NE(typo.err.find("did you mean 'Sergei Shtemenko'?"),
            std::string::npos)
      << typo;
  RunResult nothing = Query({"who-proposed", "zeppelin"});
  EXPECT_EQ(nothing.exit_code, 1);
  EXPECT_EQ(nothing.out, "");
  EXPECT_NE(nothing.err.find("no clause matches 'zeppelin'"),
            std::string::npos);
  EXPECT_EQ(Query({"who-proposed", "--format", "xml"}).exit_code, 2);
}

TEST(WhoProposedCommandTest, AClauseIdGivesJustThatClause) {
  RunResult r = Query({"who-proposed", kKimPoint6, "--format", "json"});
  EXPECT_EQ(r.exit_code, 0) << r;
  json out = json::parse(r.out);
  ASSERT_EQ(out["answers"].size(), 1u);
  EXPECT_EQ(out["answers"][0]["matched_by"], "id");
}

// The answers of the full query, as JSON.
json AllAnswers(const std::vector<std::string>& args) {
  std::vector<std::string> a = args;
  a.insert(a.end(), {"--format", "json"});
  RunResult r = Query(a);
  EXPECT_EQ(r.exit_code, 0) << r;
  return json::parse(r.out)["answers"];
}

TEST(WhoProposedCommandTest, LimitPrintsTheFirstAnswersAndCountsTheRest) {
  json all = AllAnswers({"who-proposed", "prisoners"});
  ASSERT_GE(all.size(), 3u);
  RunResult full = Query({"who-proposed", "prisoners"});
  RunResult two = Query({"who-proposed", "prisoners", "--limit", "2"});
  ASSERT_EQ(two.exit_code, 0) << two;
  // The first two answers as the full table has them, then the count.
  std::string more = "… and " + std::to_string(all.size() - 2) +
                     " more answers; use --limit\n";
  ASSERT_TRUE(two.out.ends_with("\n" + more)) << two.out;
  std::string shown = two.out.substr(0, two.out.size() - more.size() - 1);
  EXPECT_EQ(full.out.rfind(shown, 0), 0u) << two.out;
  EXPECT_NE(full.out.find(all[2]["clause"].get<std::string>()),
            std::string::npos);
  EXPECT_EQ(shown.find(all[2]["clause"].get<std::string>()),
            std::string::npos);

  RunResult j =
      Query({"who-proposed", "prisoners", "--limit", "2", "--format", "json"});
  ASSERT_EQ(j.exit_code, 0) << j;
  json out = json::parse(j.out);
  ASSERT_EQ(out["answers"].size(), 2u);
  EXPECT_EQ(out["answers"][0]["clause"], all[0]["clause"]);
  EXPECT_EQ(out["answers"][1]["clause"], all[1]["clause"]);
  EXPECT_EQ(out["total"], all.size());
  EXPECT_EQ(out["truncated"], true);
  json enough = json::parse(Query({"who-proposed", "prisoners", "--limit",
                                   "1000", "--format", "json"})
                                .out);
  EXPECT_EQ(enough["answers"], all);
  EXPECT_EQ(enough["total"], all.size());
  EXPECT_EQ(enough["truncated"], false);
  // Without --limit the JSON is as it always was.
  EXPECT_FALSE(json::parse(Query({"who-proposed", "prisoners", "--format",
                                  "json"}).out)
                   .contains("total"));
  // CSV holds rows only: the count goes to stderr.
  RunResult csv =
      Query({"who-proposed", "prisoners", "--limit", "1", "--format", "csv"});
  EXPECT_NE(csv.out.find(all[0]["clause"].get<std::string>()),
            std::string::npos);
  EXPECT_EQ(csv.out.find(all[1]["clause"].get<std::string>()),
            std::string::npos);
  EXPECT_NE(csv.err.find("more answers; use --limit"), std::string::npos);
  EXPECT_EQ(Query({"who-proposed", "prisoners", "--limit", "0"}).exit_code, 2);
  EXPECT_EQ(Query({"who-proposed", "prisoners", "--limit", "many"}).exit_code,
            2);
}

TEST(WhoProposedCommandTest, FromAndToKeepTheClausesOfDocumentsInBetween) {
  json all = AllAnswers({"who-proposed"});
  size_t in_july = 0;
  for (const json& a : all)
    in_july += a["document"]["date"].get<std::string>().starts_with("1951-07");
  ASSERT_GT(in_july, 0u);
  ASSERT_LT(in_july, all.size());
  for (std::vector<std::string> range :
       {std::vector<std::string>{"--from", "1951-07", "--to", "1951-07"},
        std::vector<std::string>{"--from", "1951-07-01", "--to",
                                 "1951-07-31"}}) {
    std::vector<std::string> args = {"who-proposed"};
    args.insert(args.end(), range.begin(), range.end());
    json july = AllAnswers(args);
    EXPECT_EQ(july.size(), in_july);
    for (const json& a : july)
      EXPECT_TRUE(a["document"]["date"].get<std::string>().starts_with(
          "1951-07"))
          << a["clause"];
  }
  json from_1952 = AllAnswers({"who-proposed", "--from", "1952"});
  for (const json& a : from_1952) EXPECT_GE(a["document"]["date"], "1952");
  EXPECT_EQ(Query({"who-proposed", "--from", "July"}).exit_code, 2);
  RunResult none = Query({"who-proposed", "prisoners", "--to", "1900"});
  EXPECT_EQ(none.exit_code, 1);
  EXPECT_EQ(none.out, "");
}

TEST(WhoProposedCommandTest, SummaryCountsProposerAndTopicWithDates) {
  json all = AllAnswers({"who-proposed"});
  // What the summary must say, from the answers themselves.
  struct Row {
    size_t count = 0;
    std::string first, last;
  };
  std::map<std::pair<std::string, std::string>, Row> expected;
  for (const json& a : all) {
    std::vector<std::string> proposers;
    for (const json& p : a["proposers"]) {
      std::string id = p["id"];
      if (std::find(proposers.begin(), proposers.end(), id) ==
          proposers.end())
        proposers.push_back(id);
    }
    if (proposers.empty()) proposers.push_back("");
    std::vector<std::string> topics;
    for (const json& t : a["topics"]) topics.push_back(t);
    if (topics.empty()) topics.push_back("");
    std::string date = a["document"]["date"];
    for (const std::string& p : proposers) {
      for (const std::string& t : topics) {
        Row& row = expected[{p, t}];
        ++row.count;
        if (date.empty()) continue;
        if (row.first.empty() || date < row.first) row.first = date;
        if (date > row.last) row.last = date;
      }
    }
  }
  RunResult r = Query({"who-proposed", "--summary", "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << r;
  json summary = json::parse(r.out)["summary"];
  ASSERT_EQ(summary.size(), expected.size());
  for (const json& row : summary) {
    std::string proposer =
        row["proposer"].is_null() ? "" : row["proposer"]["id"].get<std::string>();
    auto it = expected.find({proposer, row["topic"].get<std::string>()});
    ASSERT_NE(it, expected.end()) << row;
    EXPECT_EQ(row["count"], it->second.count) << row;
    EXPECT_EQ(row["first_date"], it->second.first) << row;
    EXPECT_EQ(row["last_date"], it->second.last) << row;
  }
  // Kim Il Sung's prisoners point of 30 June, in the table.
  RunResult table = Query({"who-proposed", "prisoners", "--summary"});
  ASSERT_EQ(table.exit_code, 0) << table;
  EXPECT_EQ(table.out.rfind("proposer", 0), 0u) << table.out;
  bool kim = false;
  for (const std::string& line : Lines(table.out)) {
    kim |= line.starts_with("Kim Il Sung") &&
           line.find("prisoners_of_war") != std::string::npos &&
           line.find("1951-06-30") != std::string::npos;
  }
  EXPECT_TRUE(kim) << table.out;
  RunResult csv = Query({"who-proposed", "--summary", "--format", "csv"});
  ASSERT_EQ(csv.exit_code, 0);
  EXPECT_EQ(Lines(csv.out)[0].rfind("proposer,topic,clauses,first,last", 0),
            0u);
  EXPECT_EQ(Lines(csv.out).size(), expected.size() + 1);
}

}  // namespace
}  // namespace parley::cli_test
