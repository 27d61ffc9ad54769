// The `parley` binary runs on jemalloc with transparent huge pages
// (cli/allocator.cc): without them every cold command on a virtual machine
// pays a page fault for each 4 KiB it touches, several times its own work.
// The link or the options could be lost without any answer changing, so
// the process's allocator is asked directly.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <string>

#include "tests/cli/cli_test_util.h"

namespace parley::cli_test {
namespace {

// Runs `parley --version` with MALLOC_CONF set to `conf` (unset when
// empty), restoring the environment after.
RunResult VersionWithMallocConf(const char* conf) {
  const char* before = getenv("MALLOC_CONF");
  std::string saved = before ? before : "";
  if (*conf) {
    setenv("MALLOC_CONF", conf, 1);
  } else {
    unsetenv("MALLOC_CONF");
  }
  RunResult r = RunParley({"--version"});
  if (before) {
    setenv("MALLOC_CONF", saved.c_str(), 1);
  } else {
    unsetenv("MALLOC_CONF");
  }
  return r;
}

TEST(AllocatorTest, TheBinaryRunsOnJemallocWithHugePages) {
  // jemalloc prints its options at exit when asked; glibc's malloc ignores
  // MALLOC_CONF and prints nothing.
  RunResult r = VersionWithMallocConf("stats_print:true");
  ASSERT_EQ(r.exit_code, 0) << r;
  EXPECT_NE(r.err.find("jemalloc statistics"), std::string::npos) << r;
  EXPECT_NE(r.err.find("opt.thp: \"always\""), std::string::npos) << r;
  EXPECT_NE(r.err.find("opt.metadata_thp: \"always\""), std::string::npos) << r;
}

TEST(AllocatorTest, ItsOptionsAreAcceptedWithoutAWord) {
  // An option jemalloc does not know is reported on stderr by every
  // command ("<jemalloc>: Invalid conf pair").
  RunResult r = VersionWithMallocConf("");
  ASSERT_EQ(r.exit_code, 0) << r;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out, "parley 0.1\n");
}

}  // namespace
}  // namespace parley::cli_test
