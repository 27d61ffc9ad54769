// `parley who-proposed` end to end on the seed and the corpus imported
// together: golden tables and JSON, and the answers the issue asks for.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

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

TEST(WhoProposedCommandTest, ByFilippovIsStalinWhoProposedNoClause) {
  for (const char* name : {"Filippov", "ФИЛИППОВ", "Сталин", "Stalin"}) {
    RunResult r = Query({"who-proposed", "--by", name});
    EXPECT_EQ(r.exit_code, 1) << name << "\n" << r;
    EXPECT_EQ(r.out, "") << name;
    EXPECT_NE(
        r.err.find("Joseph Stalin (person:joseph-stalin) proposed no clause"),
        std::string::npos)
        << name << "\n"
        << r;
    // What he did do: insist, in telegram 3950.
    EXPECT_NE(r.err.find("insists"), std::string::npos) << r;
  }
  RunResult j = Query({"who-proposed", "--by", "Filippov", "--format", "json"});
  EXPECT_EQ(j.exit_code, 1);
  json out = json::parse(j.out);
  EXPECT_EQ(out["by"]["id"], "person:joseph-stalin");
  EXPECT_TRUE(out["answers"].empty());
  EXPECT_FALSE(out["stances_by"].empty());
}

TEST(WhoProposedCommandTest, ByKimIlSungListsHisPoints) {
  RunResult r =
      Query({"who-proposed", "--by", "КИМ ИР СЕНА", "--format", "csv"});
  EXPECT_EQ(r.exit_code, 0) << r;
  // The header and the seven points of his message of 30 June.
  std::vector<std::string> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 8u) << r.out;
  EXPECT_EQ(
      lines[1].rfind(
          "doc:telegram-21404-1951-07-03/message-1951-06-30/clause-1,", 0),
      0u);
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

}  // namespace
}  // namespace parley::cli_test
