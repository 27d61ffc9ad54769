// The database's integrity: verifying every byte and record of it (`parley
// check`), and reading what can still be read of a damaged one, its page
// texts, from which `parley repair` rebuilds it. No RocksDB header here.
#ifndef PARLEY_STORAGE_INTEGRITY_H_
#define PARLEY_STORAGE_INTEGRITY_H_

#include <cstddef>
#include <string>
#include <vector>

#include "graph/status.h"

namespace parley::storage {

// What CheckDatabase found.
struct CheckReport {
  // The first problems found, at most the limit given, each one line:
  // "damaged: column family CF, key \"KEY\": why", or RocksDB's own words
  // for a table file that fails its checksums.
  std::vector<std::string> problems;
  size_t problem_count = 0;  // every problem found, listed or not
  size_t records = 0;        // key-value pairs read
  size_t column_families = 0;
  bool clean() const { return problem_count == 0; }
};

// Verifies the database in `dir`, read-only (it may run beside an import,
// and then checks the database as of its start): RocksDB's VerifyChecksum
// over every table file, then every record of every column family read
// with checksums on and decoded (keys parsed, values decoded as their
// column family stores them), and the cheap promises of the layout: every
// in_edges key has its out_edges record, every adjacency key's ends have
// dense ids, both ids keys of a node agree. A scan that cannot read on is
// one problem and its column family's check ends there. Fails (rather
// than reporting) only when the database cannot be opened.
Result<CheckReport> CheckDatabase(const std::string& dir,
                                  size_t max_listed = 20);

// A page whose stored text could be read back.
struct RecoveredPage {
  std::string page_id;
  // Where it was imported from, as stored; when its page record is lost,
  // a name made from the page id with the extension its text suggests
  // (".json" or ".txt"), so that it is read as the same kind of file.
  std::string source_path;
  std::string text;
};

// A page known to have been stored whose text could not be read back.
struct LostPage {
  std::string page_id;
  std::string source_path;  // empty when its page record is lost too
  std::string why;
};

struct PageRecovery {
  std::vector<RecoveredPage> pages;  // by source path, as import reads
  std::vector<LostPage> lost;        // by page id
};

// Reads every page text of the database in `dir` that can still be read.
// The pages stored are found wherever they are named (the page records,
// the page texts, the owners of the facts, the full-text index), so that
// a damaged block of the page list loses only the pages it held. Fails
// only when the database cannot be opened at all.
Result<PageRecovery> RecoverPages(const std::string& dir);

}  // namespace parley::storage

#endif  // PARLEY_STORAGE_INTEGRITY_H_
