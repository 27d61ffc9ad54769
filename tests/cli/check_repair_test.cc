// A damaged database says so (issue 10, §2): every query that meets damage
// exits 3 with one line naming the column family and key, `parley check`
// lists what is damaged, and `parley repair` rebuilds the database from
// its stored page texts.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "storage/detail/keys.h"
#include "storage/detail/testing.h"
#include "storage/store.h"
#include "tests/cli/cli_test_util.h"
#include "tests/cli/data_pages_db.h"

namespace parley::cli_test {
namespace {

constexpr int kExitDamaged = 3;

// Writes `value` under `key` of column family `cf` of `db`.
void PutRaw(const std::string& db, const std::string& cf,
            const std::string& key, const std::string& value) {
  auto store = storage::Store::Open(db);
  ASSERT_TRUE(store.ok()) << store.status().message();
  ASSERT_TRUE(storage::detail::PutRawForTesting(**store, cf, key, value).ok());
}

// XORs 8 bytes in the middle of `file` with 0xff.
void FlipMiddle(const fs::path& file) {
  std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
  f.seekg(0, std::ios::end);
  std::streamoff middle = f.tellg() / 2;
  char bytes[8];
  f.seekg(middle);
  f.read(bytes, sizeof bytes);
  for (char& b : bytes) b = static_cast<char>(b ^ 0xff);
  f.seekp(middle);
  f.write(bytes, sizeof bytes);
}

// The folders beside `db` whose names start with `db` + `what`.
std::vector<fs::path> Beside(const std::string& db, const std::string& what) {
  std::vector<fs::path> found;
  std::string prefix = fs::path(db).filename().string() + what;
  for (const auto& entry : fs::directory_iterator(fs::path(db).parent_path())) {
    if (entry.path().filename().string().rfind(prefix, 0) == 0)
      found.push_back(entry.path());
  }
  return found;
}

// `out` without the database's size on disk (stats), which a raw write
// changes however the data reads.
std::string WithoutDiskBytes(const std::string& out) {
  nlohmann::json j = nlohmann::json::parse(out, nullptr, false);
  if (!j.is_object() || !j.contains("disk_bytes")) return out;
  j.erase("disk_bytes");
  return j.dump();
}

// The queries every damaged database is tried with.
const std::vector<std::vector<std::string>>& Queries() {
  static const std::vector<std::vector<std::string>> queries = {
      {"export", "--format", "json"}, {"export", "--format", "dot"},
      {"show", "Mao Zedong"},         {"show", "person:kim-il-sung"},
      {"stats", "--format", "json"},  {"who-proposed", "--format", "json"},
  };
  return queries;
}

class DamageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    RunResult r = RunParleyOn(db(), {"import", PARLEY_DATA_DIR});
    ASSERT_EQ(r.exit_code, 0) << r;
    for (const auto& query : Queries()) clean_.push_back(Run(query));
  }

  const std::string db() const { return dir_.db(); }
  RunResult Run(const std::vector<std::string>& args) const {
    return RunParleyOn(db(), args);
  }

  // Each query either answers exactly as on the clean database (it read
  // nothing damaged) or exits 3 with one line naming the damage; what it
  // printed before it met the damage (show and the JSON export print as
  // they read) is the clean answer cut short, nothing read around the
  // damage. Returns how many exited 3.
  int ExpectNoSilentLoss(const std::string& db) {
    int damaged = 0;
    for (size_t i = 0; i < Queries().size(); ++i) {
      RunResult r = RunParleyOn(db, Queries()[i]);
      SCOPED_TRACE(Queries()[i][0] + " " + Queries()[i].back());
      if (r.exit_code == kExitDamaged) {
        ++damaged;
        EXPECT_EQ(r.ErrLines().size(), 1u) << r;
        EXPECT_EQ(r.err.rfind("parley: " + db + ": damaged: ", 0), 0u) << r;
        EXPECT_EQ(clean_[i].out.rfind(r.out, 0), 0u)
            << "not the clean answer cut short: " << r;
      } else {
        EXPECT_EQ(r.exit_code, clean_[i].exit_code) << r;
        EXPECT_EQ(WithoutDiskBytes(r.out), WithoutDiskBytes(clean_[i].out))
            << "an answer differs, unsaid";
      }
    }
    return damaged;
  }

  TempDir dir_;
  std::vector<RunResult> clean_;
};

TEST_F(DamageTest, CheckFindsNoDamageInACleanDatabase) {
  RunResult r = Run({"check"});
  EXPECT_EQ(r.exit_code, 0) << r;
  EXPECT_NE(r.out.find("no damage found"), std::string::npos) << r;
  RunResult repair = Run({"repair"});
  EXPECT_EQ(repair.exit_code, 0) << repair;
  EXPECT_NE(repair.out.find("nothing to repair"), std::string::npos) << repair;
  EXPECT_TRUE(Beside(db(), ".damaged-").empty());
}

// The recipe: 8 bytes flipped in the middle of one table file, for
// each table file in turn.
TEST_F(DamageTest, AFlippedTableFileIsNeverAnsweredFromInSilence) {
  std::vector<fs::path> tables;
  for (const auto& entry : fs::directory_iterator(db())) {
    if (entry.path().extension() == ".sst") tables.push_back(entry.path());
  }
  std::sort(tables.begin(), tables.end());
  ASSERT_GE(tables.size(), 5u);
  int damaged_answers = 0;
  for (const fs::path& table : tables) {
    SCOPED_TRACE(table.filename().string());
    TempDir copy;
    fs::copy(db(), copy.db(), fs::copy_options::recursive);
    FlipMiddle(fs::path(copy.db()) / table.filename());
    RunResult check = RunParleyOn(copy.db(), {"check"});
    EXPECT_EQ(check.exit_code, kExitDamaged) << check;
    EXPECT_NE((check.out + check.err).find("damaged"), std::string::npos)
        << check;
    damaged_answers += ExpectNoSilentLoss(copy.db());
  }
  // The files the queries read (nodes, names, out_edges...) were damaged.
  EXPECT_GT(damaged_answers, 0);
}

// Repair after each of those flips: the database comes back whole (export
// as before), or repair says what it lost; a database from which no page
// text can be read is left as it is.
TEST_F(DamageTest, RepairAfterAFlippedTableFileRebuildsOrSaysWhatIsLost) {
  std::string before = ExportJson(db());
  int rebuilt = 0;
  for (const auto& entry : fs::directory_iterator(db())) {
    if (entry.path().extension() != ".sst") continue;
    SCOPED_TRACE(entry.path().filename().string());
    TempDir copy;
    fs::copy(db(), copy.db(), fs::copy_options::recursive);
    FlipMiddle(fs::path(copy.db()) / entry.path().filename());
    RunResult repair = RunParleyOn(copy.db(), {"repair"});
    if (repair.exit_code == 0) {
      ++rebuilt;
      EXPECT_NE(repair.out.find("(0 lost)"), std::string::npos) << repair;
      EXPECT_EQ(ExportJson(copy.db()), before);
      EXPECT_EQ(RunParleyOn(copy.db(), {"check"}).exit_code, 0);
    } else {
      EXPECT_EQ(repair.exit_code, kExitDamaged) << repair;
      EXPECT_NE((repair.out + repair.err).find("lost"), std::string::npos)
          << repair;
    }
  }
  EXPECT_GT(rebuilt, 0);
}

struct RawDamage {
  const char* name;
  std::string cf;
  std::string key;
  std::string value;
  std::vector<std::string> query;  // a query that reads the record
};

TEST_F(DamageTest, UnreadableRecordsFailEveryQueryThatReadsThem) {
  std::string kim = "person:kim-il-sung";
  std::string bad_kind =
      kim + '\0' + '\x7f' + "person:peng-dehuai" + '\0' + "doc:telegram-21404";
  std::vector<RawDamage> cases = {
      {"unknown format byte",
       "nodes",
       storage::detail::NodeKey(kim, "doc:zz"),
       "\x7f future",
       {"show", kim}},
      {"truncated record",
       "nodes",
       storage::detail::NodeKey(kim, "doc:zz"),
       std::string("\x01\x01\x01\x00", 4),
       {"show", kim}},
      {"bad edge kind byte",
       "out_edges",
       bad_kind,
       "",
       {"export", "--format", "dot"}},
      {"unreadable head", "heads", kim, "\x01", {"stats"}},
  };
  for (const RawDamage& c : cases) {
    SCOPED_TRACE(c.name);
    TempDir copy;
    fs::copy(db(), copy.db(), fs::copy_options::recursive);
    PutRaw(copy.db(), c.cf, c.key, c.value);
    std::string where = "damaged: column family " + c.cf + ", key \"" +
                        storage::detail::PrintableKey(c.key) + "\"";
    RunResult query = RunParleyOn(copy.db(), c.query);
    EXPECT_EQ(query.exit_code, kExitDamaged) << query;
    ASSERT_EQ(query.ErrLines().size(), 1u) << query;
    EXPECT_EQ(query.err.rfind("parley: " + copy.db() + ": " + where + ": ", 0),
              0u)
        << query;
    EXPECT_TRUE(query.out.empty()) << query;
    RunResult check = RunParleyOn(copy.db(), {"check"});
    EXPECT_EQ(check.exit_code, kExitDamaged) << check;
    EXPECT_NE(check.out.find(where), std::string::npos) << check;
    EXPECT_NE(check.out.find(": 1 problem "), std::string::npos) << check;
    EXPECT_GT(ExpectNoSilentLoss(copy.db()), 0);
  }
}

TEST_F(DamageTest, RepairRebuildsTheDatabaseFromItsPageTexts) {
  std::string before = ExportJson(db());
  PutRaw(db(), "nodes",
         storage::detail::NodeKey("person:kim-il-sung", "doc:zz"), "\x7f");
  PutRaw(db(), "heads", "person:mao-zedong", "\x01");
  ASSERT_EQ(Run({"check"}).exit_code, kExitDamaged);

  RunResult repair = Run({"repair"});
  EXPECT_EQ(repair.exit_code, 0) << repair;
  EXPECT_NE(repair.out.find("(0 lost)"), std::string::npos) << repair;
  EXPECT_EQ(Run({"check"}).exit_code, 0);
  EXPECT_EQ(ExportJson(db()), before);
  // Search reads the rebuilt full-text index.
  EXPECT_EQ(Run({"search", "Kaesong"}).exit_code, 0);
  std::vector<fs::path> kept = Beside(db(), ".damaged-");
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_EQ(RunParleyOn(kept[0].string(), {"check"}).exit_code, kExitDamaged);
}

TEST_F(DamageTest, RepairSaysWhichPagesAreLostAndKeepsTheRest) {
  // One page's text is unreadable.
  auto store = storage::OpenForReading(db());
  ASSERT_TRUE(store.ok()) << store.status().message();
  std::vector<storage::PageInfo> pages = (*store)->NewReader()->Pages();
  store->reset();
  ASSERT_GT(pages.size(), 3u);
  const storage::PageInfo& victim = pages[2];
  PutRaw(
      db(), "pages",
      storage::detail::PageKey(storage::detail::kPageTextTag, victim.page_id),
      "\x7f");

  RunResult repair = Run({"repair"});
  EXPECT_EQ(repair.exit_code, kExitDamaged) << repair;
  EXPECT_NE(repair.out.find("lost " + victim.page_id + " (" +
                            victim.source_path + ")"),
            std::string::npos)
      << repair;
  EXPECT_NE(repair.out.find("(1 lost)"), std::string::npos) << repair;

  // The rest is what importing every other page gives.
  TempDir others;
  std::vector<std::string> args = {"import"};
  for (const std::string& page : DataPages()) {
    if (fs::path(page).filename() != fs::path(victim.source_path).filename())
      args.push_back(page);
  }
  ASSERT_EQ(args.size(), DataPages().size());  // one page left out
  ASSERT_EQ(RunParleyOn(others.db(), args).exit_code, 0);
  EXPECT_EQ(ExportJson(db()), ExportJson(others.db()));
  EXPECT_EQ(Run({"check"}).exit_code, 0);
}

TEST_F(DamageTest, RepairWaitsForNoWriter) {
  PutRaw(db(), "heads", "person:mao-zedong", "\x01");
  auto writer = storage::Store::Open(db());
  ASSERT_TRUE(writer.ok()) << writer.status().message();
  RunResult repair = Run({"repair"});
  EXPECT_EQ(repair.exit_code, 2) << repair;
  EXPECT_NE(repair.err.find("database is in use"), std::string::npos) << repair;
  EXPECT_TRUE(Beside(db(), ".damaged-").empty());
  EXPECT_TRUE(Beside(db(), ".repairing-").empty());
}

}  // namespace
}  // namespace parley::cli_test
