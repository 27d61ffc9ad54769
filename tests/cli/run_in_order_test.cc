// RunInOrder (cli/parallel_pages.h), the reader of pages on every core:
// results come back in input order, and what waits for a slow consumer
// stays within the read-ahead it was given, in results and in weight.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <optional>
#include <thread>
#include <vector>

#include "cli/parallel_pages.h"

namespace parley::cli {
namespace {

struct Waiting {
  std::vector<int> order;   // the results, as consumed
  size_t most_waiting = 0;  // the most done but not yet consumed
};

// Runs 200 inputs on 2 threads, each result weighing `weight` units, with a
// consumer slower than the workers.
Waiting RunSlowly(const ReadAhead<int>& ahead) {
  int next = 0;
  std::atomic<size_t> done{0};
  Waiting w;
  RunInOrder<int, int>(
      2,
      [&]() -> std::optional<int> {
        if (next == 200) return std::nullopt;
        return next++;
      },
      [&](int in) {
        ++done;
        return in;
      },
      [&](int out) {
        std::this_thread::sleep_for(std::chrono::microseconds(300));
        w.most_waiting = std::max(w.most_waiting, done - w.order.size() - 1);
        w.order.push_back(out);
      },
      ahead);
  return w;
}

TEST(RunInOrderTest, ResultsComeInOrderAndNoMoreWaitThanTheWindow) {
  Waiting w = RunSlowly({});
  std::vector<int> expected(200);
  for (int i = 0; i < 200; ++i) expected[i] = i;
  EXPECT_EQ(w.order, expected);
  // 4 a thread; a worker may have finished one more while the consumer ran.
  EXPECT_LE(w.most_waiting, 8u + 2u);
  EXPECT_GE(w.most_waiting, 4u) << "the workers should run ahead";
}

TEST(RunInOrderTest, AWeightBudgetHoldsBackAWideWindow) {
  ReadAhead<int> wide{100, 0, nullptr};
  EXPECT_GE(RunSlowly(wide).most_waiting, 50u) << "a wide window fills up";
  // Each result weighs 3; no input is taken once 12 wait.
  ReadAhead<int> weighed{100, 12, [](const int&) -> size_t { return 3; }};
  Waiting w = RunSlowly(weighed);
  EXPECT_EQ(w.order.size(), 200u);
  EXPECT_TRUE(std::is_sorted(w.order.begin(), w.order.end()));
  // 4 waiting reach the budget; each thread may finish one more.
  EXPECT_LE(w.most_waiting, 4u + 2u);
}

}  // namespace
}  // namespace parley::cli
