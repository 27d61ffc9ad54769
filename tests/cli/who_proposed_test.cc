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

}  // namespace
}  // namespace parley::cli_test
