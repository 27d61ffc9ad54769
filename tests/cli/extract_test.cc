// Fast import (issue 8): `parley import --jobs N` stores and reports exactly
// what --jobs 1 does; `parley extract` writes each page as a JSON line
// without a database, and `parley ingest` of those lines stores what import
// stores, with the same report.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tests/cli/cli_test_util.h"
#include "tests/cli/data_pages_db.h"

namespace parley::cli_test {
namespace {

using nlohmann::json;

// Every page of data/ (pages, TEI volumes, the JSON document) and the
// held-out pages, sorted within each folder.
std::vector<std::string> AllPages() {
  std::vector<std::string> pages = DataPages();
  std::vector<std::string> heldout;
  for (const auto& entry : fs::directory_iterator(TestDataDir() / "heldout")) {
    if (entry.path().extension() == ".txt")
      heldout.push_back(entry.path().string());
  }
  std::sort(heldout.begin(), heldout.end());
  pages.insert(pages.end(), heldout.begin(), heldout.end());
  return pages;
}

std::vector<std::string> With(std::vector<std::string> args,
                              const std::vector<std::string>& more) {
  args.insert(args.end(), more.begin(), more.end());
  return args;
}

TEST(ImportJobsTest, FourThreadsStoreAndReportWhatOneDoes) {
  std::vector<std::string> pages = AllPages();
  for (std::string format : {"table", "json"}) {
    TempDir one, four;
    RunResult a = RunParleyOn(
        one.db(), With({"import", "--jobs", "1", "--format", format}, pages));
    RunResult b = RunParleyOn(
        four.db(), With({"import", "--jobs", "4", "--format", format}, pages));
    ASSERT_EQ(a.exit_code, 0) << a;
    ASSERT_EQ(b.exit_code, 0) << b;
    EXPECT_EQ(FirstDifference(a.out, b.out), "") << format;
    EXPECT_EQ(FirstDifference(a.err, b.err), "") << format;
    std::string exported = ExportJson(one.db());
    EXPECT_FALSE(exported.empty());
    EXPECT_EQ(FirstDifference(exported, ExportJson(four.db())), "") << format;
  }
}

TEST(ImportJobsTest, BadPagesAreReportedInFileOrderWhateverTheThreads) {
  TempDir dir;
  std::vector<std::string> pages = AllPages();
  // Bad files between good ones: a missing file and an empty page.
  pages.insert(pages.begin() + 2, dir.Path("missing.txt"));
  pages.insert(pages.begin() + 5, dir.Write("empty.txt", ""));
  TempDir one, three;
  RunResult a = RunParleyOn(one.db(), With({"import", "--jobs", "1"}, pages));
  RunResult b = RunParleyOn(three.db(), With({"import", "-j", "3"}, pages));
  EXPECT_EQ(a.exit_code, 2) << a;
  EXPECT_EQ(b.exit_code, 2) << b;
  EXPECT_EQ(FirstDifference(a.out, b.out), "");
  EXPECT_EQ(FirstDifference(a.err, b.err), "");
  ASSERT_EQ(b.ErrLines().size(), 2u) << b;
  EXPECT_NE(b.ErrLines()[0].find("missing.txt"), std::string::npos) << b;
  EXPECT_NE(b.ErrLines()[1].find("empty.txt"), std::string::npos) << b;
  EXPECT_NE(b.out.find("failed"), std::string::npos) << b;
  EXPECT_EQ(FirstDifference(ExportJson(one.db()), ExportJson(three.db())), "");
}

TEST(ImportJobsTest, ProgressIsSilentWhenStderrIsNotATerminal) {
  TempDir dir;
  RunResult r = RunParleyOn(dir.db(), {"import", "--jobs", "2", SeedPage()});
  ASSERT_EQ(r.exit_code, 0) << r;
  EXPECT_EQ(r.err, "");
}

TEST(ImportJobsTest, RefusesZeroJobs) {
  TempDir dir;
  RunResult r = RunParleyOn(dir.db(), {"import", "--jobs", "0", SeedPage()});
  EXPECT_EQ(r.exit_code, 2) << r;
}

TEST(ExtractTest, WritesOneJsonLinePerPageInOrder) {
  TempDir dir;
  std::vector<std::string> pages = AllPages();
  std::string out = dir.Path("fragments.jsonl");
  RunResult r = RunParley(With({"extract", "-o", out, "--jobs", "3"}, pages));
  ASSERT_EQ(r.exit_code, 0) << r;
  EXPECT_EQ(r.out, "");
  std::vector<std::string> lines = Lines(ReadBytes(out));
  ASSERT_EQ(lines.size(), pages.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    json j = json::parse(lines[i]);
    EXPECT_EQ(j["source_path"], pages[i]);
    EXPECT_EQ(j["text"], ReadBytes(pages[i])) << pages[i];
    for (const char* key : {"page_id", "content_hash", "layout"})
      EXPECT_TRUE(j[key].is_string()) << key << " of " << pages[i];
    EXPECT_TRUE(j["warnings"].is_array());
    ASSERT_TRUE(j["nodes"].is_array());
    EXPECT_FALSE(j["nodes"].empty()) << pages[i];
    EXPECT_TRUE(j["edges"].is_array());
  }
  // The seed's telegram and its clause, as the export contract writes them.
  json seed = json::parse(lines[0]);
  EXPECT_EQ(seed["page_id"], "doc:telegram-21404-1951-07-03");
  bool clause = false;
  for (const json& n : seed["nodes"]) {
    if (n["id"] ==
        "doc:telegram-21404-1951-07-03/message-1951-06-30/clause-2") {
      clause = true;
      EXPECT_EQ(n["kind"], "Clause");
      EXPECT_TRUE(n["evidence"].is_array());
    }
  }
  EXPECT_TRUE(clause);
  // No -o, or -o -: standard output, the same lines; --jobs 1 the same.
  RunResult stdout_run = RunParley(With({"extract", "--jobs", "1"}, pages));
  ASSERT_EQ(stdout_run.exit_code, 0) << stdout_run;
  EXPECT_EQ(stdout_run.out, ReadBytes(out));
  RunResult dash = RunParley(With({"extract", "-o", "-"}, pages));
  EXPECT_EQ(dash.out, ReadBytes(out));
}

TEST(ExtractTest, ABadPageIsOneErrorLineAndTheRestGoesOn) {
  TempDir dir;
  std::string bad = dir.Write("binary.txt", std::string("\x00\x01\x02", 3));
  RunResult r = RunParley(
      {"extract", SeedPage(), bad,
       (TestDataDir() / "corpus" / "1951-07-03-telegram-3950.txt").string()});
  EXPECT_EQ(r.exit_code, 2) << r;
  ASSERT_EQ(r.ErrLines().size(), 1u) << r;
  EXPECT_NE(r.err.find("binary.txt"), std::string::npos) << r;
  EXPECT_EQ(Lines(r.out).size(), 2u) << r;
}

TEST(IngestTest, StoresWhatImportStoresWithTheSameReport) {
  TempDir dir;
  std::vector<std::string> pages = AllPages();
  std::string fragments = dir.Path("fragments.jsonl");
  RunResult extracted = RunParley(With({"extract", "-o", fragments}, pages));
  ASSERT_EQ(extracted.exit_code, 0) << extracted;
  TempDir imported, ingested;
  RunResult a = RunParleyOn(imported.db(), With({"import"}, pages));
  RunResult b = RunParleyOn(ingested.db(), {"ingest", fragments});
  ASSERT_EQ(a.exit_code, 0) << a;
  ASSERT_EQ(b.exit_code, 0) << b;
  EXPECT_EQ(a.out, b.out);
  EXPECT_EQ(
      FirstDifference(ExportJson(imported.db()), ExportJson(ingested.db())),
      "");
  // Search finds the ingested text as it finds the imported one.
  RunResult search_a = RunParleyOn(imported.db(), {"search", "Kaesong"});
  RunResult search_b = RunParleyOn(ingested.db(), {"search", "Kaesong"});
  EXPECT_EQ(search_a.exit_code, 0) << search_a;
  EXPECT_EQ(search_a.out, search_b.out);
  // Ingesting the same lines again changes nothing.
  RunResult again = RunParleyOn(ingested.db(), {"ingest", fragments});
  ASSERT_EQ(again.exit_code, 0) << again;
  EXPECT_NE(again.out.find("\n0 added, 0 replaced, " +
                           std::to_string(pages.size()) + " unchanged"),
            std::string::npos)
      << again;
}

TEST(IngestTest, ReadsAPipeFromExtract) {
  if (!HaveProgram("sh")) GTEST_SKIP() << "no sh";
  TempDir piped, imported;
  std::vector<std::string> pages = {
      SeedPage(),
      (TestDataDir() / "corpus" / "1951-07-03-telegram-3950.txt").string()};
  std::string command = std::string("'") + PARLEY_BINARY + "' extract";
  for (const std::string& p : pages) command += " '" + p + "'";
  command += " | '" + std::string(PARLEY_BINARY) + "' --db '" + piped.db() +
             "' ingest --jobs 2 -";
  RunResult r = RunProgram("sh", {"-c", command});
  ASSERT_EQ(r.exit_code, 0) << r;
  ASSERT_EQ(RunParleyOn(imported.db(), With({"import"}, pages)).exit_code, 0);
  EXPECT_EQ(FirstDifference(ExportJson(piped.db()), ExportJson(imported.db())),
            "");
}

TEST(IngestTest, ABadLineNamesFileAndLineAndTheRestGoesOn) {
  TempDir dir;
  RunResult extracted = RunParley({"extract", SeedPage()});
  ASSERT_EQ(extracted.exit_code, 0) << extracted;
  json no_text = json::parse(extracted.out);
  no_text.erase("text");
  std::string fragments =
      dir.Write("fragments.jsonl",
                "{not json\n" + no_text.dump() + "\n\n" + extracted.out);
  RunResult r =
      RunParleyOn(dir.db(), {"ingest", fragments, dir.Path("missing.jsonl")});
  EXPECT_EQ(r.exit_code, 2) << r;
  std::vector<std::string> errors = r.ErrLines();
  ASSERT_EQ(errors.size(), 3u) << r;
  EXPECT_NE(errors[0].find("fragments.jsonl:1: "), std::string::npos) << r;
  EXPECT_NE(errors[1].find("fragments.jsonl:2: \"text\" is missing"),
            std::string::npos)
      << r;
  EXPECT_NE(errors[2].find("missing.jsonl"), std::string::npos) << r;
  EXPECT_NE(r.out.find("1 added, 0 replaced, 0 unchanged, 3 failed"),
            std::string::npos)
      << r;
  RunResult show =
      RunParleyOn(dir.db(), {"show", "doc:telegram-21404-1951-07-03"});
  EXPECT_EQ(show.exit_code, 0) << show;
}

// Pages are stored in groups, each in one write; a page the store refuses
// (here an edge end holding a NUL byte, which a fragment line can carry)
// fails alone, named by its file, and the pages around it are stored, with
// their reports in the order given.
TEST(IngestTest, APageTheStoreRefusesFailsAloneAndTheRestIsStored) {
  TempDir dir;
  std::vector<std::string> pages = DataPages();
  ASSERT_GE(pages.size(), 3u);
  std::vector<json> lines;
  for (size_t i = 0; i < 3; ++i) {
    RunResult r = RunParley({"extract", pages[i]});
    ASSERT_EQ(r.exit_code, 0) << r;
    lines.push_back(json::parse(r.out));
  }
  ASSERT_FALSE(lines[1]["edges"].empty());
  lines[1]["edges"][0]["target"] = std::string("x\0y", 3);
  std::string text;
  for (const json& line : lines) text += line.dump() + "\n";
  std::string fragments = dir.Write("fragments.jsonl", text);
  RunResult r = RunParleyOn(dir.db(), {"ingest", fragments});
  EXPECT_EQ(r.exit_code, 2) << r;
  std::vector<std::string> errors = r.ErrLines();
  ASSERT_EQ(errors.size(), 1u) << r;
  EXPECT_NE(errors[0].find(pages[1] + ": "), std::string::npos) << r;
  EXPECT_NE(errors[0].find("an edge end is empty or holds a NUL byte"),
            std::string::npos)
      << r;
  size_t first = r.out.find("imported " + pages[0]);
  size_t third = r.out.find("imported " + pages[2]);
  EXPECT_NE(first, std::string::npos) << r;
  EXPECT_NE(third, std::string::npos) << r;
  EXPECT_LT(first, third) << r;
  EXPECT_NE(r.out.find("2 added, 0 replaced, 0 unchanged, 1 failed"),
            std::string::npos)
      << r;
  for (size_t i : {0, 2}) {
    RunResult show =
        RunParleyOn(dir.db(), {"show", lines[i]["page_id"].get<std::string>()});
    EXPECT_EQ(show.exit_code, 0) << show;
  }
  RunResult refused =
      RunParleyOn(dir.db(), {"show", lines[1]["page_id"].get<std::string>()});
  EXPECT_NE(refused.exit_code, 0) << refused;
}

}  // namespace
}  // namespace parley::cli_test
