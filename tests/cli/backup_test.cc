// `parley backup DIR` and `parley restore DIR`: a restored database answers
// byte for byte as the one backed up, its full-text index rebuilt.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "storage/detail/keys.h"
#include "storage/detail/testing.h"
#include "storage/store.h"
#include "tests/cli/cli_test_util.h"

namespace parley::cli_test {
namespace {

class BackupTest : public ::testing::Test {
 protected:
  void SetUp() override {
    RunResult r = RunParleyOn(dir_.db(), {"import", PARLEY_DATA_DIR});
    ASSERT_EQ(r.exit_code, 0) << r;
    export_ = ExportJson(dir_.db());
    search_ = RunParleyOn(dir_.db(), {"search", "Kaesong"});
    ASSERT_EQ(search_.exit_code, 0) << search_;
    RunResult backup = RunParleyOn(dir_.db(), {"backup", backups()});
    ASSERT_EQ(backup.exit_code, 0) << backup;
    EXPECT_NE(backup.out.find("as backup 1"), std::string::npos) << backup;
  }

  std::string backups() const { return dir_.Path("backups"); }
  void ExpectAsBackedUp() {
    EXPECT_EQ(ExportJson(dir_.db()), export_);
    RunResult search = RunParleyOn(dir_.db(), {"search", "Kaesong"});
    EXPECT_EQ(search.exit_code, 0) << search;
    EXPECT_EQ(search.out, search_.out);
    EXPECT_EQ(RunParleyOn(dir_.db(), {"check"}).exit_code, 0);
  }

  TempDir dir_;
  std::string export_;
  RunResult search_;
};

TEST_F(BackupTest, ADeletedDatabaseIsRestored) {
  fs::remove_all(dir_.db());
  RunResult restore = RunParleyOn(dir_.db(), {"restore", backups()});
  EXPECT_EQ(restore.exit_code, 0) << restore;
  EXPECT_NE(restore.out.find("full-text index rebuilt"), std::string::npos)
      << restore;
  ExpectAsBackedUp();
}

TEST_F(BackupTest, ADamagedDatabaseIsReplacedAndKept) {
  {
    auto store = storage::Store::Open(dir_.db());
    ASSERT_TRUE(store.ok()) << store.status().message();
    ASSERT_TRUE(storage::detail::PutRawForTesting(
                    **store, "nodes",
                    storage::detail::NodeKey("person:kim-il-sung", "doc:zz"),
                    "\x7f")
                    .ok());
  }
  ASSERT_EQ(RunParleyOn(dir_.db(), {"export"}).exit_code, 3);
  RunResult restore = RunParleyOn(dir_.db(), {"restore", backups()});
  EXPECT_EQ(restore.exit_code, 0) << restore;
  ExpectAsBackedUp();
  bool kept = false;
  for (const auto& entry : fs::directory_iterator(dir_.root())) {
    if (entry.path().filename().string().rfind("parley.db.replaced-", 0) == 0)
      kept = RunParleyOn(entry.path().string(), {"check"}).exit_code == 3;
  }
  EXPECT_TRUE(kept) << "the damaged database is kept beside";
}

TEST_F(BackupTest, ASecondBackupAddsToTheFolder) {
  RunResult again = RunParleyOn(dir_.db(), {"backup", backups()});
  EXPECT_EQ(again.exit_code, 0) << again;
  EXPECT_NE(again.out.find("as backup 2"), std::string::npos) << again;
  EXPECT_NE(again.out.find("2 backups there"), std::string::npos) << again;
}

TEST_F(BackupTest, BackupWaitsForNoWriter) {
  auto writer = storage::Store::Open(dir_.db());
  ASSERT_TRUE(writer.ok()) << writer.status().message();
  RunResult backup = RunParleyOn(dir_.db(), {"backup", backups()});
  EXPECT_EQ(backup.exit_code, 2) << backup;
  EXPECT_NE(backup.err.find("database is in use"), std::string::npos) << backup;
  RunResult restore = RunParleyOn(dir_.db(), {"restore", backups()});
  EXPECT_EQ(restore.exit_code, 2) << restore;
  EXPECT_NE(restore.err.find("database is in use"), std::string::npos)
      << restore;
}

TEST_F(BackupTest, NoBackupToRestoreIsSaid) {
  TempDir empty;
  fs::create_directories(empty.Path("none"));
  RunResult restore = RunParleyOn(dir_.db(), {"restore", empty.Path("none")});
  EXPECT_NE(restore.exit_code, 0) << restore;
  ASSERT_EQ(restore.ErrLines().size(), 1u) << restore;
  EXPECT_NE(restore.err.find("no backup"), std::string::npos) << restore;
  EXPECT_EQ(ExportJson(dir_.db()), export_);
}

}  // namespace
}  // namespace parley::cli_test
