// `parley path` end to end on the seed and the corpus imported together.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/cli/query_golden.h"

namespace parley::cli_test {
namespace {

using nlohmann::json;

TEST(PathCommandTest, KimIlSungToFilippovByNames) {
  RunResult r = ExpectGoldenQuery("path_kim_stalin.txt",
                                  {"path", "Kim Il Sung", "Filippov"});
  EXPECT_NE(r.out.find("from Kim Il Sung to Joseph Stalin"), std::string::npos)
      << r.out;
  RunResult j = ExpectGoldenQuery(
      "path_kim_stalin.json",
      {"path", "КИМ ИР СЕН", "person:joseph-stalin", "--format", "json"});
  json out = json::parse(j.out);
  EXPECT_EQ(out["from"]["id"], "person:kim-il-sung");
  ASSERT_FALSE(out["paths"].empty());
  for (const json& edge : out["paths"][0]["edges"]) {
    EXPECT_NE(edge["kind"], "MENTIONS");
    EXPECT_FALSE(edge["date"].get<std::string>().empty()) << edge;
  }
}

TEST(PathCommandTest, KindsAndDirection) {
  ExpectGoldenQuery("path_mao_krasovsky.csv",
                    {"path", "Mao Zedong", "Krasovsky", "--kinds",
                     "AUTHORED,ADDRESSED_TO,VIA", "--format", "csv"});
  // Nothing points at Razuvaev but what mentions him: reached only when
  // edges are walked both ways.
  EXPECT_EQ(Query({"path", "Kim Il Sung", "Razuvaev"}).exit_code, 0);
  RunResult directed = Query({"path", "Kim Il Sung", "Razuvaev", "--directed"});
  EXPECT_EQ(directed.exit_code, 1) << directed;
  EXPECT_NE(
      directed.err.find(
          "no path joins person:kim-il-sung and person:vladimir-razuvaev"),
      std::string::npos)
      << directed;
}

TEST(PathCommandTest, AmbiguousMisspeltAndBadKinds) {
  RunResult ambiguous = Query({"path", "Soviet", "Stalin"});
  EXPECT_EQ(ambiguous.exit_code, 1);
  EXPECT_NE(ambiguous.err.find("Soviet government (org:soviet-government)"),
            std::string::npos)
      << ambiguous;
  RunResult typo = Query({"path", "Shtemenkov", "Stalin"});
  EXPECT_EQ(typo.exit_code, 1);
  EXPECT_NE(typo.err.find("did you mean 'Sergei Shtemenko'"), std::string::npos)
      << typo;
  RunResult bad = Query({"path", "Mao", "Stalin", "--kinds", "WROTE"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("unknown edge kind 'WROTE'"), std::string::npos)
      << bad;
}

}  // namespace
}  // namespace parley::cli_test
