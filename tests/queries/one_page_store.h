// A store in a fresh directory holding one page whose facts a test builds:
// for the queries that need the stored records (dense ids, adjacency,
// indexes) of a graph shaped for them.
#ifndef PARLEY_TESTS_QUERIES_ONE_PAGE_STORE_H_
#define PARLEY_TESTS_QUERIES_ONE_PAGE_STORE_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "graph/fragment.h"
#include "storage/store.h"
#include "tests/storage/test_dir.h"

namespace parley::queries::testing {

class OnePageStore {
 public:
  OnePageStore() {
    auto opened = storage::Store::Open(dir_.db());
    EXPECT_TRUE(opened.ok()) << opened.status().message();
    if (opened.ok()) store_ = std::move(opened).value();
    page_.page_id = "page";
    page_.text = "page";
    page_.content_hash = "page";
  }

  // The page to fill in before Store().
  graph::Fragment& page() { return page_; }

  // Stores the page and gives a reader of the store; nullptr when it could
  // not be stored (the test has failed).
  std::unique_ptr<storage::Reader> Store() {
    if (store_ == nullptr) return nullptr;
    auto outcome = store_->ApplyPage(page_);
    EXPECT_TRUE(outcome.ok()) << outcome.status().message();
    return outcome.ok() ? store_->NewReader() : nullptr;
  }

 private:
  storage::TestDir dir_;
  std::unique_ptr<storage::Store> store_;
  graph::Fragment page_;
};

}  // namespace parley::queries::testing

#endif  // PARLEY_TESTS_QUERIES_ONE_PAGE_STORE_H_
