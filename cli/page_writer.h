// The one writer of `parley import` and `parley ingest`: stores read pages in
// the order given, each with its links (the Linker) in one atomic write,
// indexes their text, prints the report of each file, and at the end brings
// the full-text index level, compacts the database after a bulk import and
// prints the totals. Both commands so store the same page the same way.
#ifndef PARLEY_CLI_PAGE_WRITER_H_
#define PARLEY_CLI_PAGE_WRITER_H_

#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "cli/context.h"
#include "cli/import_report.h"
#include "cli/parallel_pages.h"
#include "graph/fragment.h"
#include "graph/status.h"
#include "linking/linker.h"
#include "storage/store.h"
#include "storage/text_index.h"

namespace CLI {
class App;
}

namespace parley::cli {

// Registers `--format table|json` for the report of a writing command;
// `per` says what one JSON object of the array stands for ("file", "page").
void AddReportFormatOption(CLI::App& command, OutputFormat& format,
                           const std::string& per);

class PageWriter {
 public:
  // Pages are stored in groups of at most this many (or 16 MiB of text, or
  // the pages read within a second), each with its links in one atomic
  // write (Linker::ApplyAll): what several pages of a group
  // change is linked and written once. A reader of pages may read this many
  // ahead, so that reading goes on while a group is stored.
  static constexpr size_t kGroupPages = 256;

  // Opens the database of `context` for writing, its full-text index and a
  // Linker. `json` prints the report as one JSON array at the end instead of
  // lines per file; `progress` (owned by the caller, may be null) is taken
  // off the terminal before anything is printed.
  static Result<std::unique_ptr<PageWriter>> Open(const Context& context,
                                                  bool json,
                                                  Progress* progress);
  ~PageWriter();

  // Stores `page` (read from `file`, the name its report gives) with its
  // links and indexes its text; or, for an error, prints it on stderr. Either
  // way the file's report is printed (or kept for the JSON array). Pages
  // are stored in groups, each in one atomic write with its links, and
  // their reports printed in order once their group is stored (Finish
  // stores the last).
  void Add(const std::string& file, Result<graph::Fragment> page);
  // Add for a page ReadPageFile found stored already (ReadPage::stored): its
  // stored report is printed, as unchanged, and nothing is written; unless
  // the file gave another page before, which is removed (the report then
  // says replaced), or this import removed the page (another file gave it
  // and now gives another): then the file is read again (SetRereader) and
  // stored.
  void Add(ReadPage page);

  // Files are known by their paths made absolute, so that a file that now
  // gives another page replaces the one it gave. With `know` false (ingest,
  // whose fragments may have been read in another folder), only by paths
  // that were absolute already. Default: true.
  void KnowRelativePaths(bool know);
  // How to read a file anew, without the stored pages, for Add(ReadPage).
  void SetRereader(std::function<ReadPage(const std::string& file)> reread);
  // Whether this import removed page `page_id`.
  bool Removed(const std::string& page_id) const;

  // The pages the database held when it was opened, for ReadPageFile.
  const StoredPages& stored_pages() const { return stored_pages_; }

  // Indexes the text of stored pages the full-text index lacks, compacts the
  // database when this import added many pages, prints the JSON report or
  // the totals. Returns the exit code: kExitBadInput when a file failed.
  int Finish();

 private:
  // Indexes page texts on a thread of its own, in the order given, while
  // the writer stores the next pages (page_writer.cc).
  class Indexer;

  // A file given to Add, waiting for its group to be stored.
  struct Pending {
    FileReport report;  // `replaces`: the pages to remove with this one
    std::optional<graph::Fragment> page;  // to store; none: report only
    std::optional<Status> error;          // printed on stderr
  };

  PageWriter();
  // The key of the file `source_path` (its path made absolute and normal),
  // or "" when files are not known by it (KnowRelativePaths).
  std::string KeyOf(const std::string& source_path) const;
  // Records that the file of key `source` now gives page `page_id`; returns
  // the other pages it gave before that no other file gives, to be removed
  // with it.
  std::vector<std::string> Supersede(const std::string& source,
                                     const std::string& page_id);
  // Stores `page` with its links in a write of its own, removing the pages
  // `removed` in it.
  Result<storage::ApplyOutcome> ApplyAlone(
      const graph::Fragment& page, const std::vector<std::string>& removed);
  void Queue(Pending entry);
  // Stores the pages waiting, prints their reports and queues their texts
  // for indexing.
  void Flush();
  void Print(FileReport report);

  std::unique_ptr<storage::Store> store_;
  std::unique_ptr<storage::TextIndex> text_index_;
  std::unique_ptr<linking::Linker> linker_;
  std::unique_ptr<Indexer> indexer_;  // uses text_index_ until Finish
  bool json_ = false;
  Progress* progress_ = nullptr;
  size_t pages_before_ = 0;  // pages indexed when the import began
  StoredPages stored_pages_;
  // The ids of the pages stored from each file, by SourceKey of its path,
  // as this import leaves them.
  std::unordered_map<std::string, std::vector<std::string>> pages_of_source_;
  // The keys of the files each page is known to come from.
  std::unordered_map<std::string, std::set<std::string>> sources_of_page_;
  std::set<std::string> removed_;  // pages this import removed
  bool relative_paths_ = true;
  std::function<ReadPage(const std::string&)> reread_;
  std::vector<Pending> pending_;     // in the order given
  std::set<std::string> group_ids_;  // page ids of pending_
  size_t group_bytes_ = 0;           // their text
  std::vector<FileReport> reports_;  // for the JSON report
  ImportTotals totals_;
};

}  // namespace parley::cli

#endif  // PARLEY_CLI_PAGE_WRITER_H_
