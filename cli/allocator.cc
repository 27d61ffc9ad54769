#include "cli/allocator.h"

#if defined(__linux__)
#include <sys/prctl.h>
#endif

// The allocator of the `parley` binary: jemalloc (cli/CMakeLists.txt links
// it in place of glibc's malloc), set up for commands that run one at a time.
//
// A cold command touches tens of megabytes for the first time: RocksDB's
// blocks as it reads them, the walk's tables, the answer. With 4 KiB pages,
// each first touch is a page fault, and on a virtual machine a fault costs
// 10 to 25 µs: two thirds of a 10^6 `path` went on them (49,000 faults).
// Transparent huge pages for the heap (`thp:always`, and for jemalloc's own
// tables `metadata_thp:always`) take one fault per 2 MiB instead. The kernel
// honours them when /sys/kernel/mm/transparent_hugepage/enabled is
// `always` or `madvise`; elsewhere the options change nothing.
//
// jemalloc reads this before its first allocation, so it holds from the
// start of the process; MALLOC_CONF in the environment still overrides it.
// The commands that store pages turn huge pages off (UseSmallPagesFromNow).
extern "C" {
const char* malloc_conf = "thp:always,metadata_thp:always";
}

namespace parley::cli {

void UseSmallPagesFromNow() {
#if defined(__linux__)
  // A refusal (a kernel before 3.15) leaves huge pages on: slower, not wrong.
  (void)prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0);
#endif
}

}  // namespace parley::cli
