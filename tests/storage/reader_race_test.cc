// Readers never fail because a writer is running (issue 10, §3): a writer
// process creates a database and keeps writing, flushing and compacting it
// while this process opens it read-only and reads it, again and again.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "graph/fragment.h"
#include "graph/model.h"
#include "storage/store.h"
#include "tests/storage/test_dir.h"

extern char** environ;

namespace parley::storage {
namespace {

namespace fs = std::filesystem;

constexpr const char* kWriterDbVariable = "PARLEY_RACE_WRITER_DB";

// Page `n`: a document naming a few people out of a pool, with a text long
// enough that a few hundred pages fill several table files.
graph::Fragment Page(int n) {
  graph::Fragment page;
  page.page_id = "doc:race-" + std::to_string(n);
  page.source_path = "race/" + std::to_string(n) + ".txt";
  for (int line = 0; line < 40; ++line) {
    page.text += "Page " + std::to_string(n) + " line " + std::to_string(line) +
                 ": the delegations met at Kaesong and argued the line.\n";
  }
  page.content_hash = graph::ContentHash(page.text);
  graph::Node doc;
  doc.id = page.page_id;
  doc.kind = graph::NodeKind::kDocument;
  doc.label = "Race page " + std::to_string(n);
  page.AddNode(doc);
  for (int p = 0; p < 5; ++p) {
    graph::Node person;
    person.id = "person:p" + std::to_string((n * 7 + p * 13) % 97);
    person.kind = graph::NodeKind::kPerson;
    person.label = "Person " + person.id.substr(8);
    person.evidence = {{page.page_id, "en", 0, 4, "Page"}};
    page.AddNode(person);
    graph::Edge edge;
    edge.source = page.page_id;
    edge.target = person.id;
    edge.kind = graph::EdgeKind::kMentions;
    page.AddEdge(edge);
  }
  return page;
}

// The writer, run in a child process (ReaderRaceTest.ManyReadersBesideAWriter
// starts this binary again with only this test and kWriterDbVariable set):
// creates the database, then until DB.stop exists, writes pages in rounds,
// each round closing the store (a flush, which deletes the write-ahead
// log) and every third one compacting (which deletes table files).
TEST(ReaderRaceTest, DISABLED_Writer) {
  const char* db = std::getenv(kWriterDbVariable);
  if (db == nullptr) GTEST_SKIP() << "run by ManyReadersBesideAWriter only";
  const std::string stop = std::string(db) + ".stop";
  int next = 0;
  for (int round = 0; !fs::exists(stop); ++round) {
    auto store = Store::Open(db);
    ASSERT_TRUE(store.ok()) << store.status().message();
    for (int i = 0; i < 20; ++i) {
      // Pages are replaced as well as added: deletes and rewrites too.
      int n = next++ % 400;
      graph::Fragment page = Page(n);
      if (next > 400) page.text += "Again.\n";
      page.content_hash = graph::ContentHash(page.text + std::to_string(next));
      ASSERT_TRUE((*store)->ApplyPage(page).ok());
    }
    if (round % 3 == 2) ASSERT_TRUE((*store)->Compact().ok());
  }
}

// Starts this test binary as the writer of `db`.
pid_t StartWriter(const std::string& db) {
  std::vector<std::string> args = {
      "/proc/self/exe", "--gtest_also_run_disabled_tests",
      "--gtest_filter=ReaderRaceTest.DISABLED_Writer"};
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<std::string> env_store;
  for (char** e = environ; *e != nullptr; ++e) env_store.emplace_back(*e);
  env_store.push_back(std::string(kWriterDbVariable) + "=" + db);
  std::vector<char*> envp;
  for (std::string& e : env_store) envp.push_back(e.data());
  envp.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  int rc = posix_spawn(&pid, "/proc/self/exe", &actions, nullptr, argv.data(),
                       envp.data());
  posix_spawn_file_actions_destroy(&actions);
  return rc == 0 ? pid : -1;
}

TEST(ReaderRaceTest, ManyReadersBesideAWriter) {
  TestDir dir;
  const std::string db = dir.db();
  pid_t writer = StartWriter(db);
  ASSERT_GT(writer, 0);
  // The readers start as soon as the writer has made the folder, so that
  // the first ones meet a database being created.
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (!fs::exists(db) && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::microseconds(200));

  constexpr int kReaderRuns = 100;
  std::vector<std::string> failures;
  size_t last_pages = 0;
  for (int run = 0; run < kReaderRuns; ++run) {
    auto store = OpenForReading(db);
    if (!store.ok()) {
      failures.push_back("open: " + store.status().message());
      continue;
    }
    auto reader = (*store)->NewReader();
    size_t pages = reader->Pages().size();
    size_t nodes = 0;
    reader->ForEachNode([&](const graph::Node&) {
      ++nodes;
      return true;
    });
    reader->GetNodeHead("person:p1");
    if (!reader->status().ok()) {
      failures.push_back("read: " + reader->status().message());
    }
    if (pages > 0 && nodes == 0) failures.push_back("pages without nodes");
    last_pages = std::max(last_pages, pages);
  }
  std::ofstream(db + ".stop").put('\n');
  int status = 0;
  waitpid(writer, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0)
      << "the writer failed";
  EXPECT_TRUE(failures.empty())
      << failures.size() << " of " << kReaderRuns
      << " reader runs failed; the first: " << failures.front();
  // The readers did run beside the writer, not before it wrote anything.
  EXPECT_GT(last_pages, 0u);
  std::error_code ec;
  fs::remove(db + ".stop", ec);
}

// The first moments of a database, again and again: a reader that opens it
// while its writer is creating it (the folder, RocksDB's first files, the
// column families one by one, the schema version) waits and reads it.
TEST(ReaderRaceTest, ReadersWhileTheDatabaseIsCreated) {
  constexpr int kCreations = 10;
  std::vector<std::string> failures;
  for (int i = 0; i < kCreations; ++i) {
    TestDir dir;
    const std::string db = dir.db();
    pid_t writer = StartWriter(db);
    ASSERT_GT(writer, 0);
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (!fs::exists(db) && std::chrono::steady_clock::now() < deadline)
      std::this_thread::yield();
    for (int run = 0; run < 3; ++run) {
      auto store = OpenForReading(db);
      if (!store.ok()) {
        failures.push_back(store.status().message());
        continue;
      }
      auto reader = (*store)->NewReader();
      reader->Pages();
      if (!reader->status().ok())
        failures.push_back(reader->status().message());
    }
    std::ofstream(db + ".stop").put('\n');
    int status = 0;
    waitpid(writer, &status, 0);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    std::error_code ec;
    fs::remove(db + ".stop", ec);
  }
  EXPECT_TRUE(failures.empty())
      << failures.size() << " of " << 3 * kCreations
      << " reader runs failed; the first: " << failures.front();
}

}  // namespace
}  // namespace parley::storage
