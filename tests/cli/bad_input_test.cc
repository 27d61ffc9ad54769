// Bad input end to end (DESIGN.md, "Quality bars"), beyond the one-line
// cases of the matrix (bad_input_matrix_test.cc): what a folder walk says of
// each entry it cannot import, impossible dates, a full stdout, a database
// of a newer schema, a database held by another writer, and queries beside a
// writer.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "storage/detail/keys.h"
#include "storage/detail/testing.h"
#include "storage/store.h"
#include "tests/cli/cli_test_util.h"

namespace parley::cli_test {
namespace {

using nlohmann::json;

// A page every database of these tests already holds, so that "unchanged"
// is checked against a non-empty graph.
std::string FirstPage() {
  return (TestDataDir() / "corpus" / "1951-07-03-telegram-3950.txt").string();
}

// A real binary file: its first bytes are not UTF-8 either, but "binary"
// is what the user needs to hear.
TEST(BadInputBinaryTest, AnImageIsReportedAsBinary) {
  TempDir dir;
  std::string image = dir.Write(
      "scan.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x02\x80", 20));
  RunResult r = RunParleyOn(dir.db(), {"import", image, SeedPage()});
  EXPECT_EQ(r.exit_code, 2) << r;
  ASSERT_EQ(r.ErrLines().size(), 1u) << r;
  EXPECT_NE(r.err.find(image + ": binary file"), std::string::npos) << r.err;
}

TEST(BadInputFolderTest, AFolderWithABadFileImportsTheRest) {
  TempDir dir;
  fs::path folder = dir.root() / "pages";
  WriteBytes(folder / "a-empty.txt", "");
  fs::copy_file(SeedPage(), folder / "b-seed.txt");
  WriteBytes(folder / "c-readme.md", "not a page, not imported\n");
  RunResult r = RunParleyOn(dir.db(), {"import", folder.string()});
  EXPECT_EQ(r.exit_code, 2) << r;
  ASSERT_EQ(r.ErrLines().size(), 1u) << r;
  EXPECT_NE(r.err.find("a-empty.txt"), std::string::npos) << r;
  EXPECT_NE(r.out.find("1 added, 0 replaced, 0 unchanged, 1 failed"),
            std::string::npos)
      << r;
}

TEST(BadInputFolderTest, AMissingFileIsNamed) {
  TempDir dir;
  std::string missing = dir.Path("no-such-page.txt");
  RunResult r = RunParleyOn(dir.db(), {"import", missing, SeedPage()});
  EXPECT_EQ(r.exit_code, 2) << r;
  ASSERT_EQ(r.ErrLines().size(), 1u) << r;
  EXPECT_NE(r.err.find(missing), std::string::npos) << r;
  EXPECT_NE(ExportJson(dir.db()).find("\"doc:telegram-21404-1951-07-03\""),
            std::string::npos);
}

// Files that are no pages: a FIFO named like one (never waited on),
// /dev/zero (never read without end), a file past the 64 MiB limit. Each is
// one line naming it; the seed beside it is imported.
TEST(BadInputSpecialFileTest, AFifoADeviceAndAHugeFileAreRefusedAtOnce) {
  TempDir dir;
  std::string fifo = dir.Path("x.txt");
  ASSERT_EQ(mkfifo(fifo.c_str(), 0644), 0);
  std::string huge = dir.Write("huge.txt", "");
  fs::resize_file(huge, (64u << 20) + 1);  // sparse: no 64 MiB written
  struct Case {
    std::string file;
    std::string says;
  };
  for (const Case& c : {Case{fifo, ": not a regular file (a FIFO)"},
                        Case{"/dev/zero", ": not a regular file (a device)"},
                        Case{huge, ": file too large (more than 64 MiB"}}) {
    SCOPED_TRACE(c.file);
    RunResult r = RunParleyOn(dir.db(), {"import", c.file, SeedPage()});
    EXPECT_EQ(r.exit_code, 2) << r;
    ASSERT_EQ(r.ErrLines().size(), 1u) << r;
    EXPECT_EQ(r.err.rfind("parley: " + c.file + c.says, 0), 0u) << r;
    EXPECT_NE(r.out.find(" 1 failed;"), std::string::npos) << r;
    EXPECT_NE(ExportJson(dir.db()).find("\"doc:telegram-21404-1951-07-03\""),
              std::string::npos);
    RunResult dry = RunParley({"import", "--dry-run", c.file});
    EXPECT_EQ(dry.exit_code, 2) << dry;
    EXPECT_NE(dry.err.find(c.says), std::string::npos) << dry;
  }
}

// What a folder walk cannot import is said, one line each, in the sorted
// order of the walk, and counted as failed: a dangling symbolic link, a
// symbolic link loop, a FIFO with a page's name. A page named ".TXT" is a
// page. Folders with the rest are all walked.
TEST(BadInputFolderTest, EveryEntryAWalkCannotImportIsNamed) {
  TempDir dir;
  fs::path folder = dir.root() / "pages";
  fs::create_directories(folder / "a");
  fs::copy_file(SeedPage(), folder / "a" / "SEED.TXT");
  fs::create_symlink("nowhere.txt", folder / "a" / "dangling.txt");
  fs::create_symlink("loop-2", folder / "a" / "loop-1");
  fs::create_symlink("loop-1", folder / "a" / "loop-2");
  ASSERT_EQ(mkfifo((folder / "b-x.txt").c_str(), 0644), 0);
  fs::create_directories(folder / "c");
  fs::copy_file(FirstPage(), folder / "c" / "first.txt");
  RunResult r = RunParleyOn(dir.db(), {"import", folder.string()});
  EXPECT_EQ(r.exit_code, 2) << r;
  std::string f = folder.string();
  EXPECT_EQ(r.ErrLines(),
            (std::vector<std::string>{
                "parley: " + f + "/a/dangling.txt: dangling symbolic link",
                "parley: " + f + "/a/loop-1: symbolic link loop",
                "parley: " + f + "/a/loop-2: symbolic link loop",
                "parley: " + f +
                    "/b-x.txt: not a regular file (a FIFO); only files are "
                    "imported"}))
      << r;
  EXPECT_NE(r.out.find("2 added, 0 replaced, 0 unchanged, 4 failed"),
            std::string::npos)
      << r;
  std::string exported = ExportJson(dir.db());
  EXPECT_NE(exported.find("\"doc:telegram-21404-1951-07-03\""),
            std::string::npos);
  EXPECT_NE(exported.find("\"doc:telegram-3950-1951-07-03\""),
            std::string::npos);
}

TEST(BadInputFolderTest, AFolderWithNothingToImportIsAnError) {
  TempDir dir;
  fs::path folder = dir.root() / "notes";
  WriteBytes(folder / "readme.md", "not a page\n");
  fs::create_directories(folder / "empty");
  RunResult r = RunParleyOn(dir.db(), {"import", folder.string(), SeedPage()});
  EXPECT_EQ(r.exit_code, 2) << r;
  EXPECT_EQ(r.ErrLines(),
            (std::vector<std::string>{
                "parley: " + folder.string() +
                ": nothing to import in this folder (no .txt, .json or .xml "
                "file)"}))
      << r;
  EXPECT_NE(r.out.find("1 added, 0 replaced, 0 unchanged, 1 failed"),
            std::string::npos)
      << r;
}

// A subfolder the user may not read is named and counted; the walk goes on
// with the folders after it. Root reads every folder, so as root parley runs
// as nobody (setpriv).
TEST(BadInputFolderTest, AnUnreadableSubfolderIsNamedAndTheWalkGoesOn) {
  TempDir dir;
  fs::permissions(dir.root(), fs::perms::all);
  fs::path folder = dir.root() / "pages";
  for (const char* sub : {"a", "b", "c", "d"})
    fs::create_directories(folder / sub);
  fs::copy_file(SeedPage(), folder / "a" / "seed.txt");
  fs::copy_file(FirstPage(), folder / "b" / "first.txt");
  fs::copy_file(FirstPage(), folder / "d" / "first.txt");
  fs::permissions(folder / "b", fs::perms::none);
  std::vector<std::string> args = {"--db", dir.db(), "import", folder.string()};
  RunResult r;
  if (geteuid() == 0) {
    if (RunProgram("setpriv", {"--version"}).exit_code != 0)
      GTEST_SKIP() << "root without setpriv: every folder is readable";
    std::vector<std::string> as_nobody = {"--reuid=65534", "--regid=65534",
                                          "--clear-groups", PARLEY_BINARY};
    as_nobody.insert(as_nobody.end(), args.begin(), args.end());
    r = RunProgram("setpriv", as_nobody);
  } else {
    r = RunParley(args);
  }
  fs::permissions(folder / "b", fs::perms::owner_all);
  EXPECT_EQ(r.exit_code, 2) << r;
  EXPECT_EQ(r.ErrLines(),
            (std::vector<std::string>{"parley: " + (folder / "b").string() +
                                      ": cannot read folder (Permission "
                                      "denied)"}))
      << r;
  // a/ and d/ are imported (d's page is the same as b's, unread).
  EXPECT_NE(r.out.find("2 added, 0 replaced, 0 unchanged, 1 failed"),
            std::string::npos)
      << r;
}

// "February 30, 1951" on a page's date line: imported without a date, with a
// warning naming the line; no id or date holds 1951-02-30.
TEST(BadInputDateTest, AnImpossibleDateIsNoDateAndIsWarnedOf) {
  TempDir dir;
  std::string page = ReadBytes(SeedPage());
  page.replace(page.find("July 3, 1951"), 12, "February 30, 1951");
  std::string file = dir.Write("feb30.txt", page);
  RunResult r = RunParleyOn(dir.db(), {"import", file});
  EXPECT_EQ(r.exit_code, 0) << r;
  EXPECT_NE(Unwrapped(r.out).find(
                "warning: line 3: \"February 30, 1951\" is not a date on the "
                "calendar; not read as one"),
            std::string::npos)
      << r;
  EXPECT_EQ(ExportJson(dir.db()).find("1951-02-30"), std::string::npos);
}

// An answer that cannot be written (stdout on a full disk) is an error: one
// line, exit 2, for every command that prints to stdout.
TEST(OutputErrorTest, AFullStdoutIsAnErrorForEveryCommand) {
  TempDir dir;
  ASSERT_EQ(RunParleyOn(dir.db(), {"import", SeedPage()}).exit_code, 0);
  std::vector<std::vector<std::string>> commands = {
      {"stats"},
      {"who-proposed"},
      {"show", "person:kim-il-sung"},
      {"timeline"},
      {"search", "ceasefire"},
      {"export", "--format", "json"},
      {"import", FirstPage()},
      {"import", "--dry-run", SeedPage()},
      {"extract", SeedPage()},
      {"--help"}};
  for (const auto& command : commands) {
    SCOPED_TRACE(command.front() + " " + command.back());
    std::vector<std::string> args = {"-c", "exec \"$0\" \"$@\" > /dev/full",
                                     PARLEY_BINARY, "--db", dir.db()};
    args.insert(args.end(), command.begin(), command.end());
    RunResult r = RunProgram("sh", args);
    EXPECT_EQ(r.exit_code, 2) << r;
    ASSERT_EQ(r.ErrLines().size(), 1u) << r;
    EXPECT_EQ(r.err.rfind("parley: ", 0), 0u) << r;
    EXPECT_NE(r.err.find("No space left on device"), std::string::npos) << r;
  }
}

// A database written by a newer Parley is refused by every command, and
// left as it was.
TEST(DatabaseRefusedTest, ANewerSchemaGetsAClearError) {
  TempDir dir;
  ASSERT_EQ(RunParleyOn(dir.db(), {"import", SeedPage()}).exit_code, 0);
  {
    auto store = storage::Store::Open(dir.db());
    ASSERT_TRUE(store.ok()) << store.status().message();
    ASSERT_TRUE(storage::detail::PutRawForTesting(
                    **store, "meta", storage::detail::kSchemaVersionKey,
                    storage::detail::EncodeUint32(storage::kSchemaVersion + 1))
                    .ok());
  }
  std::vector<std::vector<std::string>> commands = {
      {"import", FirstPage()},
      {"who-proposed"},
      {"show", "person:kim-il-sung"},
      {"export", "--format", "json"}};
  for (const auto& command : commands) {
    RunResult r = RunParleyOn(dir.db(), command);
    SCOPED_TRACE(command.front());
    EXPECT_EQ(r.exit_code, 2) << r;
    ASSERT_EQ(r.ErrLines().size(), 1u) << r;
    EXPECT_NE(r.err.find(dir.db()), std::string::npos) << r;
    EXPECT_NE(r.err.find("newer"), std::string::npos) << r;
    EXPECT_TRUE(r.out.empty()) << r;
  }
}

class SecondWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    RunResult r = RunParleyOn(dir_.db(), {"import", SeedPage()});
    ASSERT_EQ(r.exit_code, 0) << r;
    before_ = ExportJson(dir_.db());
    // This test process is the writer that holds the database.
    auto store = storage::Store::Open(dir_.db());
    ASSERT_TRUE(store.ok()) << store.status().message();
    writer_ = std::move(store).value();
  }

  TempDir dir_;
  std::string before_;
  std::unique_ptr<storage::Store> writer_;
};

TEST_F(SecondWriterTest, ASecondImportGetsDatabaseIsInUse) {
  RunResult r = RunParleyOn(dir_.db(), {"import", FirstPage()});
  EXPECT_EQ(r.exit_code, 2) << r;
  ASSERT_EQ(r.ErrLines().size(), 1u) << r;
  EXPECT_NE(r.err.find("database is in use"), std::string::npos) << r;
  EXPECT_NE(r.err.find(dir_.db()), std::string::npos) << r;

  writer_.reset();
  RunResult again = RunParleyOn(dir_.db(), {"import", FirstPage()});
  EXPECT_EQ(again.exit_code, 0) << "once the writer is gone: " << again;
}

TEST_F(SecondWriterTest, QueriesStillWorkBesideTheWriter) {
  RunResult who = RunParleyOn(dir_.db(), {"who-proposed", "--format", "json"});
  ASSERT_EQ(who.exit_code, 0) << who;
  EXPECT_EQ(WhoProposedAnswers(who.out).size(), 7u) << who;
  RunResult show = RunParleyOn(dir_.db(), {"show", "person:kim-il-sung"});
  EXPECT_EQ(show.exit_code, 0) << show;
  EXPECT_EQ(ExportJson(dir_.db()), before_);
}

}  // namespace
}  // namespace parley::cli_test
