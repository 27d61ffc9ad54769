// One document reached through two sources: the Wilson Center's page and
// the CWIHP Bulletin's print of Ciphered Telegram No. 25902 (same number,
// date and author) are one Document node carrying both citations.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "tests/cli/cli_test_util.h"

namespace parley::cli_test {
namespace {

using nlohmann::json;

std::string SourcesPage(const std::string& name) {
  return (TestDataDir() / "sources" / name).string();
}

TEST(SeveralSourcesTest, TheSameTelegramFromTwoSourcesIsOneDocument) {
  TempDir dir;
  RunResult r = RunParleyOn(
      dir.db(), {"import", SourcesPage("1951-11-14-wilson-25902.txt"),
                 SourcesPage("1951-11-14-cwihp-25902.txt")});
  ASSERT_EQ(r.exit_code, 0) << r;
  // Two pages stored, one per source.
  EXPECT_NE(r.out.find("-> doc:telegram-25902-1951-11-14 "), std::string::npos)
      << r;
  EXPECT_NE(r.out.find("-> doc:telegram-25902-1951-11-14@cwihp "),
            std::string::npos)
      << r;
  json graph = json::parse(ExportJson(dir.db()));
  int documents = 0;
  const json* doc = nullptr;
  for (const json& n : graph["nodes"]) {
    if (n["kind"] != "Document") continue;
    ++documents;
    doc = &n;
  }
  ASSERT_EQ(documents, 1) << graph.dump(1);
  EXPECT_EQ((*doc)["id"], "doc:telegram-25902-1951-11-14");
  const json& sources = (*doc)["props"]["source"];
  ASSERT_EQ(sources.size(), 2u) << sources.dump();
  bool wilson = false, cwihp = false;
  for (const json& s : sources) {
    std::string c = s["citation"];
    wilson = wilson || c == "APRF, f. 45, op. 1, d. 342, ll. 16-19";
    cwihp = cwihp || c == "APRF, Fond 45, Opis 1, Delo 342, Listy 16-19";
  }
  EXPECT_TRUE(wilson && cwihp) << sources.dump();
}

// Two files that read as one document in other words (two transcriptions
// of one telegram in one layout): both are stored, as one Document, and
// importing them again changes nothing (each used to replace the other).
TEST(SeveralSourcesTest, TwoTranscriptionsOfOneDocumentReimportUnchanged) {
  TempDir dir;
  std::string page = ReadBytes(SourcesPage("1951-11-14-wilson-25902.txt"));
  ASSERT_FALSE(page.empty());
  std::string other = page;
  size_t at = other.rfind("Comrade");
  ASSERT_NE(at, std::string::npos);
  other.replace(at, std::string_view("Comrade").size(), "Cde.");
  std::vector<std::string> both = {"import", dir.Write("first.txt", page),
                                   dir.Write("second.txt", other)};
  RunResult r = RunParleyOn(dir.db(), both);
  ASSERT_EQ(r.exit_code, 0) << r;
  EXPECT_NE(r.out.find("\n2 added, 0 replaced, 0 unchanged"), std::string::npos)
      << r;
  for (int k = 0; k < 2; ++k) {
    RunResult again = RunParleyOn(dir.db(), both);
    ASSERT_EQ(again.exit_code, 0) << again;
    EXPECT_NE(again.out.find("\n0 added, 0 replaced, 2 unchanged"),
              std::string::npos)
        << again;
  }
  json graph = json::parse(ExportJson(dir.db()));
  int documents = 0;
  for (const json& n : graph["nodes"]) documents += n["kind"] == "Document";
  EXPECT_EQ(documents, 1);
}

TEST(SeveralSourcesTest, EachSourceReimportsUnchangedAndAloneReplacesNothing) {
  TempDir dir;
  std::vector<std::string> both = {"import",
                                   SourcesPage("1951-11-14-wilson-25902.txt"),
                                   SourcesPage("1951-11-14-cwihp-25902.txt")};
  ASSERT_EQ(RunParleyOn(dir.db(), both).exit_code, 0);
  std::string before = ExportJson(dir.db());
  RunResult again = RunParleyOn(dir.db(), both);
  ASSERT_EQ(again.exit_code, 0) << again;
  EXPECT_NE(again.out.find("0 added, 0 replaced, 2 unchanged"),
            std::string::npos)
      << again;
  EXPECT_EQ(ExportJson(dir.db()), before);
}

}  // namespace
}  // namespace parley::cli_test
