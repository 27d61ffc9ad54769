// The import report's data-quality warnings (cli/import_report): a page
// whose header and body print different numbers says so, in the text
// report and in --format json, and keeps both numbers.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "tests/cli/cli_test_util.h"

namespace parley::cli_test {
namespace {

using json = nlohmann::json;

const std::string k3950 =
    std::string(PARLEY_DATA_DIR) + "/1951-07-03-telegram-3950.txt";
const std::string kSeed =
    std::string(PARLEY_DATA_DIR) + "/000_7b6558650d750d46.txt";

TEST(ImportReportWarningsTest, NumberMismatchInTheTextReport) {
  TempDir dir;
  RunResult r = RunParleyOn(dir.db(), {"import", k3950, kSeed});
  ASSERT_EQ(r.exit_code, 0) << r;
  std::string out = Unwrapped(r.out);
  EXPECT_NE(out.find("warning: doc:telegram-3950-1951-07-03: header number "
                     "2950 differs from body number 3950"),
            std::string::npos)
      << r;
  // The seed's numbers agree: no such warning.
  EXPECT_EQ(out.find("differs from body number 21404"), std::string::npos) << r;
}

TEST(ImportReportWarningsTest, NumberMismatchInTheJsonReportAndTheGraph) {
  TempDir dir;
  RunResult r = RunParleyOn(dir.db(), {"import", "--format", "json", k3950});
  ASSERT_EQ(r.exit_code, 0) << r;
  json report = json::parse(r.out, nullptr, false);
  ASSERT_TRUE(report.is_array()) << r;
  ASSERT_EQ(report.size(), 1u);
  EXPECT_NE(report[0]["warnings"].dump().find(
                "header number 2950 differs from body number 3950"),
            std::string::npos)
      << report[0].dump();
  // Stored on the Document, both numbers kept.
  json graph = json::parse(ExportJson(dir.db()), nullptr, false);
  ASSERT_TRUE(graph.is_object());
  bool found = false;
  for (const json& n : graph["nodes"]) {
    if (n["id"] != "doc:telegram-3950-1951-07-03") continue;
    found = true;
    EXPECT_EQ(n["props"]["number"], json::array({"3950", "2950"}));
    EXPECT_EQ(n["props"]["warnings"],
              json::array({"header number 2950 differs from body number "
                           "3950"}));
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace parley::cli_test
