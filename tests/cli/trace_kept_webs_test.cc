// The trace goldens once more, with every lineage web of data/ kept as a
// record. An import keeps records only of webs of 256 clauses or more, which
// data/ has none of, so trace_test.cc reads each web clause by clause; here
// the same answers must come from the records.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "queries/lineage_web.h"
#include "storage/store.h"
#include "tests/cli/query_golden.h"

namespace parley::cli_test {
namespace {

TEST(TraceWithKeptWebsTest, TheGoldensHoldWhenEveryWebIsKept) {
  TempDir dir;
  const std::string db = dir.db();
  RunResult imported = RunParleyOn(db, {"import", PARLEY_DATA_DIR});
  ASSERT_EQ(imported.exit_code, 0) << imported;
  {
    auto store = storage::Store::Open(db);
    ASSERT_TRUE(store.ok()) << store.status().message();
    size_t kept = 0;
    Status written = queries::WriteLineageWebs(**store, 1, &kept);
    ASSERT_TRUE(written.ok()) << written.message();
    EXPECT_GT(kept, 3u);
  }
  {
    storage::OpenOptions read_only;
    read_only.read_only = true;
    auto store = storage::Store::Open(db, read_only);
    ASSERT_TRUE(store.ok()) << store.status().message();
    EXPECT_TRUE(queries::LineageWebsCurrent(*(*store)->NewReader()));
  }
  const std::vector<std::pair<std::string, std::vector<std::string>>> goldens =
      {{"trace_buffer_zone.txt", {"trace", "buffer zone"}},
       {"trace_buffer_zone.json", {"trace", "buffer zone", "--format", "json"}},
       {"trace_prisoners_ru.txt", {"trace", "prisoners", "--lang", "ru"}},
       {"trace_ceasefire.csv", {"trace", "ceasefire", "--format", "csv"}}};
  for (const auto& [name, args] : goldens) {
    RunResult r = RunParleyOn(db, args);
    ASSERT_EQ(r.exit_code, 0) << r;
    ExpectGolden(name, r.out);
  }
}

}  // namespace
}  // namespace parley::cli_test
