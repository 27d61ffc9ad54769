// A fresh temporary directory per test, removed when the test ends.
#ifndef PARLEY_TESTS_STORAGE_TEST_DIR_H_
#define PARLEY_TESTS_STORAGE_TEST_DIR_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <string>

namespace parley::storage {

class TestDir {
 public:
  TestDir() {
    static std::atomic<int> counter{0};
    const ::testing::TestInfo* info =
        ::testing::UnitTest::GetInstance()->current_test_info();
    std::string name = std::string("parley_storage_") +
                       (info != nullptr ? info->name() : "test") + "_" +
                       std::to_string(getpid()) + "_" +
                       std::to_string(counter++);
    root_ = std::filesystem::temp_directory_path() / name;
    std::filesystem::remove_all(root_);
    std::filesystem::create_directories(root_);
  }
  ~TestDir() {
    std::error_code ec;
    std::filesystem::remove_all(root_, ec);
  }
  TestDir(const TestDir&) = delete;
  TestDir& operator=(const TestDir&) = delete;

  // A path inside the directory that does not exist yet: where a database
  // will be created.
  std::string db() const { return (root_ / "parley.db").string(); }
  const std::filesystem::path& root() const { return root_; }

 private:
  std::filesystem::path root_;
};

}  // namespace parley::storage

#endif  // PARLEY_TESTS_STORAGE_TEST_DIR_H_
