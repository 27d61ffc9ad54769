// `parley stats` end to end on the query pages imported together.
// The size on disk varies from run to run (RocksDB's logs), so it is
// checked for being there and masked before the golden comparison.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "tests/cli/query_golden.h"

namespace parley::cli_test {
namespace {

using nlohmann::json;

TEST(StatsCommandTest, CountsByKindPagesAndSize) {
  RunResult r = Query({"stats"});
  ASSERT_EQ(r.exit_code, 0) << r;
  ExpectFitsEightyColumns(r.out);
  std::regex size(R"(database on disk( +)[0-9.]+ [KMG]?i?B)");
  EXPECT_TRUE(std::regex_search(r.out, size)) << r.out;
  ExpectGolden("stats.txt",
               std::regex_replace(r.out, size, "database on disk$1<size>"));

  RunResult j = Query({"stats", "--format", "json"});
  ASSERT_EQ(j.exit_code, 0) << j;
  json out = json::parse(j.out);
  EXPECT_GT(out["disk_bytes"].get<uint64_t>(),
            out["page_bytes"].get<uint64_t>());
  EXPECT_EQ(out["pages"], QueryPages().size());
  out["disk_bytes"] = 0;
  ExpectGolden("stats.json", out.dump(2) + "\n");
}

TEST(StatsCommandTest, NoDatabaseIsABadInput) {
  TempDir dir;
  RunResult r = RunParleyOn(dir.db(), {"stats"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no database here"), std::string::npos) << r;
}

}  // namespace
}  // namespace parley::cli_test
