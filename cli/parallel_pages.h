// Reading pages on every core with one writer: `RunInOrder` hands inputs to
// worker threads and gives their results back to the calling thread in input
// order, holding only a bounded window of them, so that a command's output
// and the database it writes are the same whatever the number of threads.
// Also `--jobs` (shared by import and extract) and the progress line.
#ifndef PARLEY_CLI_PARALLEL_PAGES_H_
#define PARLEY_CLI_PARALLEL_PAGES_H_

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include "graph/fragment.h"
#include "graph/status.h"
#include "importers/knowledge.h"
#include "storage/store.h"

namespace CLI {
class App;
}

namespace parley::cli {

// Every core (std::thread::hardware_concurrency), at least 1.
int DefaultJobs();

// Registers `--jobs N` on `command` (default DefaultJobs(); 1 reads one page
// after another on the calling thread).
void AddJobsOption(CLI::App& command, int& jobs);

// How far RunInOrder may run ahead of its consumer.
template <typename Out>
struct ReadAhead {
  size_t results = 0;
  size_t bytes = 0;
  std::function<size_t(const Out&)> weight;
};

// Calls `next()` for inputs until it returns nothing, `work(input)` on each
// and `consume(result)` on the calling thread in the order `next` gave the
// inputs. With `jobs` <= 1 everything runs on the calling thread, one input
// at a time. Otherwise `jobs` threads run `next` (one at a time, under a
// lock, so it may read a stream) and `work` (concurrently: it must not touch
// shared mutable state), and at most `ahead.results` results (0: 4 * jobs)
// wait for `consume`, and no new input is taken while those waiting weigh
// `ahead.bytes` or more by `ahead.weight` (when set). A consumer that takes
// its results in bursts (a writer storing pages in groups) wants a burst's
// worth read ahead. An exception from `work` or `consume` stops the workers and
// is rethrown here once they are joined.
template <typename In, typename Out>
void RunInOrder(int jobs, const std::function<std::optional<In>()>& next,
                const std::function<Out(In)>& work,
                const std::function<void(Out)>& consume,
                const ReadAhead<Out>& ahead = {}) {
  if (jobs <= 1) {
    while (std::optional<In> in = next()) consume(work(std::move(*in)));
    return;
  }
  const size_t window =
      ahead.results > 0 ? ahead.results : 4 * static_cast<size_t>(jobs);
  auto weight = [&](const Out& out) -> size_t {
    return ahead.weight ? ahead.weight(out) : 0;
  };
  size_t held = 0;  // the weight of `done`
  std::mutex mu;
  std::condition_variable room;   // a worker waits for room in the window
  std::condition_variable ready;  // the caller waits for the next result
  std::map<size_t, Out> done;     // finished, by input sequence number
  size_t taken = 0;               // inputs handed out
  size_t consumed = 0;            // results given to `consume`
  size_t running = static_cast<size_t>(jobs);
  bool exhausted = false;  // `next` returned nothing
  bool stop = false;       // an exception: every worker ends
  std::exception_ptr failure;

  auto worker = [&] {
    for (;;) {
      std::optional<In> in;
      size_t seq = 0;
      try {
        std::unique_lock lock(mu);
        room.wait(lock, [&] {
          return stop || exhausted ||
                 (taken < consumed + window &&
                  (!ahead.weight || held < ahead.bytes));
        });
        if (stop || exhausted) break;
        in = next();
        if (!in) {
          exhausted = true;
          room.notify_all();
          break;
        }
        seq = taken++;
        lock.unlock();
        Out out = work(std::move(*in));
        size_t w = weight(out);
        lock.lock();
        held += w;
        done.emplace(seq, std::move(out));
        ready.notify_all();
      } catch (...) {
        std::lock_guard lock(mu);
        if (!failure) failure = std::current_exception();
        stop = true;
        room.notify_all();
        break;
      }
    }
    std::lock_guard lock(mu);
    --running;
    ready.notify_all();
  };

  std::vector<std::thread> threads;
  threads.reserve(static_cast<size_t>(jobs));
  for (int i = 0; i < jobs; ++i) threads.emplace_back(worker);
  try {
    for (;;) {
      std::unique_lock lock(mu);
      ready.wait(lock, [&] {
        return stop || done.count(consumed) > 0 || running == 0;
      });
      auto it = done.find(consumed);
      if (stop || it == done.end()) break;
      Out out = std::move(it->second);
      done.erase(it);
      held -= weight(out);
      ++consumed;
      room.notify_all();
      lock.unlock();
      consume(std::move(out));
    }
  } catch (...) {
    std::lock_guard lock(mu);
    if (!failure) failure = std::current_exception();
    stop = true;
    room.notify_all();
  }
  for (std::thread& t : threads) t.join();
  if (failure) std::rethrow_exception(failure);
}

// The largest file import, extract and dry runs read by default: 64 MiB
// (`--max-page-size` sets another). A larger file is an error naming it,
// read no further; the largest real inputs, TEI volumes of a whole FRUS
// book, are a few MiB, and an import holds about 25 times a page's size
// while it stores it (docs/input-limits.md).
inline constexpr size_t kMaxPageBytes = size_t{64} << 20;

// Registers `--max-page-size SIZE` ("64MiB", "200mb", "1gb", bytes) on
// `command`, setting `max_bytes` (default kMaxPageBytes).
void AddMaxPageSizeOption(CLI::App& command, size_t& max_bytes);

// A path to read, or what is wrong with it: a folder walk reports what it
// cannot read (a folder it cannot open, a broken symbolic link, a FIFO or
// device with a page's name, a folder with nothing to import) as an entry
// whose `problem` is the one-line error naming it, in its place in the
// sorted order, so that it is reported and counted like a bad page.
struct InputFile {
  std::string path;
  Status problem;  // ok: read `path`
};

// The files named by `paths`, a folder meaning every page (.txt), JSON
// document (.json) and TEI volume (.xml) below it (extensions in any case:
// ".TXT" too), sorted; other paths as given. Symbolic links to files are
// followed, links to folders are not (so a walk cannot loop).
std::vector<InputFile> ExpandPaths(const std::vector<std::string>& paths);

// The pages a database holds, by content hash (importers::FileContentHash),
// those stored with their report: a file whose bytes hash to one of them is
// that page, unchanged, and is not parsed again.
using StoredPages = std::unordered_map<std::string, storage::PageInfo>;

// The pages of `pages` (Reader::Pages) for StoredPages.
StoredPages StoredPagesOf(std::vector<storage::PageInfo> pages);

// A file as the importer read it: the path as given, and its Fragment or
// the one-line error naming the file; or, for a file whose bytes are a page
// the database holds (read the same way), that page, with no fragment read.
struct ReadPage {
  std::string file;
  Result<graph::Fragment> fragment;
  const storage::PageInfo* stored = nullptr;
};

// The bytes of the regular file `path`: an error naming it when it cannot
// be opened or read, is not a regular file (a FIFO is refused, never waited
// on) or is larger than `max_bytes`.
Result<std::string> ReadPageBytes(const std::string& path,
                                  size_t max_bytes = kMaxPageBytes);

// How files are read: the size limit, and the pages stored already.
struct PageReadOptions {
  size_t max_bytes = kMaxPageBytes;
  // A file whose bytes are one of these pages is only hashed (may be null).
  const StoredPages* stored = nullptr;
  // Pages ReadPagesInOrder may read ahead of `consume`; 0: 4 per thread.
  // Never more than 16 MiB of page text (RunInOrder's ReadAhead).
  size_t ahead = 0;
};

// Reads `input` and imports it with `knowledge` (an input with a problem is
// that error, nothing read). Touches nothing shared, so it runs on any
// thread. An exception thrown by a library becomes an error naming the file.
ReadPage ReadPageFile(const InputFile& input,
                      const importers::Knowledge& knowledge,
                      const PageReadOptions& options = {});

// Reading `pages` ahead (0: 4 per thread), and never more than 16 MiB of
// page text: for RunInOrder over pages.
ReadAhead<ReadPage> ReadAheadOfPages(size_t pages);

// ReadPageFile on each of `files` on `jobs` threads; `consume` gets the
// pages on the calling thread in the order of `files`.
void ReadPagesInOrder(const std::vector<InputFile>& files,
                      const importers::Knowledge& knowledge, int jobs,
                      const std::function<void(ReadPage)>& consume,
                      const PageReadOptions& options = {});

// "pages done / total, pages/s, ETA" on stderr, one line rewritten in place
// at most four times a second, when stderr is a terminal; nothing otherwise.
class Progress {
 public:
  // `what` names the command ("import"); `total` is the number of pages, 0
  // when not known (then neither total nor ETA is shown).
  Progress(std::string what, size_t total);
  ~Progress();  // clears the line
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // `done` pages are finished; redraws the line when it is due.
  void Update(size_t done);
  // Takes the line off the terminal before other output (an error on stderr,
  // a report on a stdout that is the same terminal); the next due Update
  // draws it again.
  void Clear();
  // Clear() when stdout is a terminal: before printing there.
  void ClearForStdout();
  // Shows `what_: note` in place of the count ("import: compacting the
  // database"), for a long step after the pages.
  void Note(const std::string& note);

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  bool stdout_terminal_;
  bool shown_ = false;
  std::string what_;
  size_t total_;
  Clock::time_point start_;
  Clock::time_point last_draw_;
};

}  // namespace parley::cli

#endif  // PARLEY_CLI_PARALLEL_PAGES_H_
