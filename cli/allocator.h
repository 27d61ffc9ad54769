// The `parley` binary's allocator: jemalloc on transparent huge pages
// (cli/allocator.cc says why), and the one command kind that does without.
#pragma once

namespace parley::cli {

// Turns transparent huge pages off for the rest of the process (Linux
// prctl PR_SET_THP_DISABLE; nothing elsewhere, and nothing when the kernel
// refuses). For the commands that store pages: they run for minutes and
// allocate gigabytes, and on huge pages the 10^5 import took 453 and 485 s
// against 409 s without (docs/scale.md, *Page faults, and the allocator*).
void UseSmallPagesFromNow();

}  // namespace parley::cli
