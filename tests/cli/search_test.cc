// `parley search` end to end on the seed and the corpus imported together.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "tests/cli/query_golden.h"

namespace parley::cli_test {
namespace {

using nlohmann::json;

TEST(SearchCommandTest, PrisonersExchangeRankedWithMatchesMarked) {
  RunResult r = ExpectGoldenQuery("search_prisoners_exchange.txt",
                                  {"search", "prisoners", "exchange"});
  EXPECT_NE(r.out.find("[prisoners]"), std::string::npos) << r.out;
  RunResult j =
      ExpectGoldenQuery("search_prisoners_exchange.json",
                        {"search", "prisoners exchange", "--format", "json"});
  json out = json::parse(j.out);
  ASSERT_GE(out["hits"].size(), 2u);
  double previous = 1e9;
  for (const json& hit : out["hits"]) {
    EXPECT_LE(hit["score"].get<double>(), previous);
    previous = hit["score"].get<double>();
  }
}

TEST(SearchCommandTest, RussianAndDocuments) {
  ExpectGoldenQuery("search_bufernaya_zona.txt", {"search", "буферная зона"});
  ExpectGoldenQuery(
      "search_kaesong_documents.csv",
      {"search", "Kaesong", "--kind", "document", "--format", "csv"});
}

TEST(SearchCommandTest, NothingFoundAndBadUsage) {
  RunResult none = Query({"search", "zeppelin"});
  EXPECT_EQ(none.exit_code, 1);
  EXPECT_EQ(none.out, "");
  EXPECT_EQ(Query({"search", "--kind", "person", "Stalin"}).exit_code, 2);
  EXPECT_EQ(Query({"search", "--", "—"}).exit_code, 2);
}

}  // namespace
}  // namespace parley::cli_test
