#include "cli/page_writer.h"

#include <CLI/CLI.hpp>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>
#include <utility>

#include "cli/allocator.h"
#include "queries/lineage_web.h"

namespace parley::cli {
namespace {

// An import that adds at least this many pages ends with a compaction.
constexpr size_t kBulkPages = 1000;

// Pages are stored in groups of at most PageWriter::kGroupPages, or of
// this much text. Not of the pages read in a given time: the groups, and so
// the graph, must not depend on how busy the machine is (the links of two
// copies of one document still depend on which group holds each).
constexpr size_t kGroupBytes = 16u << 20;

// The key of a file's path: absolute and normal, so that "data/a.txt" and
// "./data/a.txt" from the same folder are one file; "" for none.
std::string SourceKey(const std::string& path) {
  if (path.empty()) return "";
  std::error_code error;
  std::filesystem::path absolute = std::filesystem::absolute(path, error);
  if (error) return path;
  return absolute.lexically_normal().string();
}

FileStatus StatusOf(storage::ApplyOutcome outcome) {
  switch (outcome) {
    case storage::ApplyOutcome::kAdded:
      return FileStatus::kImported;
    case storage::ApplyOutcome::kReplaced:
      return FileStatus::kReplaced;
    case storage::ApplyOutcome::kUnchanged:
      return FileStatus::kUnchanged;
  }
  return FileStatus::kImported;
}

}  // namespace

void AddReportFormatOption(CLI::App& command, OutputFormat& format,
                           const std::string& per) {
  std::map<std::string, OutputFormat> formats = {
      {"table", OutputFormat::kTable}, {"json", OutputFormat::kJson}};
  command
      .add_option("--format", format,
                  "report: table (default: a few lines per file) or json "
                  "(an array, an object per " +
                      per + ")")
      ->transform(
          CLI::CheckedTransformer(formats, CLI::ignore_case).description(""))
      ->type_name("table|json");
}

class PageWriter::Indexer {
 public:
  explicit Indexer(storage::TextIndex& index)
      : index_(index), thread_([this] { Run(); }) {}
  ~Indexer() { Stop(); }

  // Indexes the text of page `page_id` (read from `file`) unless the index
  // holds it with `content_hash` already. Waits while many pages are
  // queued, so memory stays bounded.
  void Add(std::string file, std::string page_id, std::string content_hash,
           std::string text, std::vector<storage::DocumentSpan> spans) {
    // Two groups of pages, so that the writer does not wait for the index
    // while it stores the next; but not more than this much text.
    constexpr size_t kQueued = 2 * kGroupPages;
    constexpr size_t kQueuedBytes = 64u << 20;
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] {
      return queue_.empty() ||
             (queue_.size() < kQueued && queued_bytes_ < kQueuedBytes);
    });
    queued_bytes_ += text.size();
    queue_.push_back({std::move(file), std::move(page_id),
                      std::move(content_hash), std::move(text),
                      std::move(spans)});
    work_.notify_one();
  }

  // Waits until every page given is indexed; returns the failures, each
  // naming its file. Further calls return nothing.
  std::vector<Status> Stop() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    work_.notify_one();
    if (thread_.joinable()) thread_.join();
    return std::move(errors_);
  }

 private:
  struct Item {
    std::string file, page_id, content_hash, text;
    std::vector<storage::DocumentSpan> spans;
  };

  void Run() {
    for (;;) {
      Item item;
      {
        std::unique_lock lock(mutex_);
        work_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
        if (queue_.empty()) return;
        item = std::move(queue_.front());
        queue_.pop_front();
        queued_bytes_ -= item.text.size();
      }
      room_.notify_one();
      // A page the index holds already (re-imported) is not indexed again.
      if (index_.Holds(item.page_id, item.content_hash)) continue;
      Status s = index_.IndexPage(item.page_id, item.content_hash, item.text,
                                  item.spans);
      if (!s.ok()) errors_.push_back(s.WithContext(item.file));
    }
  }

  storage::TextIndex& index_;
  std::mutex mutex_;
  std::condition_variable work_, room_;
  std::deque<Item> queue_;
  size_t queued_bytes_ = 0;  // of the texts in queue_
  bool stopping_ = false;
  std::vector<Status> errors_;  // the thread's until it is joined
  std::thread thread_;          // last: starts once the rest is ready
};

PageWriter::PageWriter() = default;

Result<std::unique_ptr<PageWriter>> PageWriter::Open(const Context& context,
                                                     bool json,
                                                     Progress* progress) {
  // An import runs for minutes over gigabytes: huge pages slow it.
  UseSmallPagesFromNow();
  std::unique_ptr<PageWriter> writer(new PageWriter());
  auto store = context.OpenForWrite();
  if (!store.ok()) return store.status();
  writer->store_ = std::move(store).value();
  auto index = storage::TextIndex::OpenForWrite(context.db_path);
  if (!index.ok()) return index.status();
  writer->text_index_ = std::move(index).value();
  writer->linker_ = std::make_unique<linking::Linker>(*writer->store_);
  writer->json_ = json;
  writer->progress_ = progress;
  writer->pages_before_ = writer->text_index_->page_count();
  writer->indexer_ = std::make_unique<Indexer>(*writer->text_index_);
  std::vector<storage::PageInfo> pages = writer->store_->NewReader()->Pages();
  for (const storage::PageInfo& page : pages) {
    // The file's key as stored with the page; a path stored as typed by a
    // Parley before keys were kept is known only when it was absolute (a
    // relative one may have been typed in another folder).
    std::string source = StoredSourceKey(page.report);
    if (source.empty() && std::filesystem::path(page.source_path).is_absolute())
      source = SourceKey(page.source_path);
    if (source.empty()) continue;
    writer->pages_of_source_[source].push_back(page.page_id);
    writer->sources_of_page_[page.page_id].insert(source);
  }
  writer->stored_pages_ = StoredPagesOf(std::move(pages));
  return writer;
}

void PageWriter::KnowRelativePaths(bool know) { relative_paths_ = know; }

void PageWriter::SetRereader(std::function<ReadPage(const std::string&)> f) {
  reread_ = std::move(f);
}

bool PageWriter::Removed(const std::string& page_id) const {
  return removed_.count(page_id) > 0;
}

PageWriter::~PageWriter() = default;

void PageWriter::Add(const std::string& file, Result<graph::Fragment> page) {
  Pending entry;
  if (!page.ok()) {
    entry.error = page.status();
    entry.report = FailedFileReport(file, page.status());
    Queue(std::move(entry));
    return;
  }
  // Two files that read as one document in other words (two transcriptions
  // of one letter): the one met second is stored beside the other, under
  // the document's id and its file's name, not over it; importing both
  // again then changes nothing.
  if (std::string key = KeyOf(page->source_path); !key.empty()) {
    auto known = sources_of_page_.find(page->page_id);
    if (known != sources_of_page_.end() && !known->second.empty() &&
        known->second.count(key) == 0) {
      std::string name =
          std::filesystem::path(page->source_path).filename().string();
      page->page_id += "~" + graph::ContentHash(name).substr(0, 8);
    }
  }
  // A page of an id the group holds already (the same page twice in one
  // import) is stored after the group, as a replacement of it.
  if (group_ids_.count(page->page_id)) Flush();
  entry.report = BuildFileReport(file, FileStatus::kImported, *page);
  entry.report.source_key = KeyOf(page->source_path);
  page->report = EncodeStoredReport(entry.report);
  entry.report.replaces = Supersede(entry.report.source_key, page->page_id);
  group_ids_.insert(page->page_id);
  group_bytes_ += page->text.size();
  entry.page = std::move(page).value();
  Queue(std::move(entry));
}

void PageWriter::Add(ReadPage page) {
  if (page.stored != nullptr) {
    // A copy of a page this import removes (its file now gives another) is
    // read and stored again.
    const std::string& id = page.stored->page_id;
    if (std::ranges::any_of(pending_, [&](const Pending& p) {
          return std::ranges::count(p.report.replaces, id) > 0;
        }))
      Flush();
    if (Removed(id) && reread_) page = reread_(page.file);
  }
  if (page.stored == nullptr) {
    Add(page.file, std::move(page.fragment));
    return;
  }
  std::optional<FileReport> report = StoredPageReport(page.file, *page.stored);
  if (!report) {  // unreadable: the page and status alone
    report.emplace();
    report->file = page.file;
    report->status = FileStatus::kUnchanged;
    report->page_id = page.stored->page_id;
  }
  Pending entry;
  entry.report = std::move(*report);
  entry.report.replaces = Supersede(KeyOf(page.file), page.stored->page_id);
  if (!entry.report.replaces.empty())
    entry.report.status = FileStatus::kReplaced;
  Queue(std::move(entry));
}

Result<storage::ApplyOutcome> PageWriter::ApplyAlone(
    const graph::Fragment& page, const std::vector<std::string>& removed) {
  auto outcomes = linker_->ApplyAll({&page}, removed);
  if (!outcomes.ok()) return outcomes.status();
  return outcomes->front();
}

std::string PageWriter::KeyOf(const std::string& source_path) const {
  if (!relative_paths_ && !std::filesystem::path(source_path).is_absolute())
    return "";
  return SourceKey(source_path);
}

std::vector<std::string> PageWriter::Supersede(const std::string& source,
                                               const std::string& page_id) {
  if (source.empty()) return {};
  std::vector<std::string>& ids = pages_of_source_[source];
  std::vector<std::string> old;
  for (const std::string& id : ids) {
    if (id == page_id) continue;
    // A page another file gives too (a copy) stays.
    std::set<std::string>& sources = sources_of_page_[id];
    sources.erase(source);
    if (sources.empty()) old.push_back(id);
  }
  ids = {page_id};
  sources_of_page_[page_id].insert(source);
  return old;
}

void PageWriter::Queue(Pending entry) {
  pending_.push_back(std::move(entry));
  if (pending_.size() >= kGroupPages || group_bytes_ >= kGroupBytes) Flush();
}

void PageWriter::Flush() {
  std::vector<const graph::Fragment*> pages;
  for (const Pending& entry : pending_)
    if (entry.page) pages.push_back(&*entry.page);
  // A page another file of the group stores again is not removed.
  for (Pending& entry : pending_) {
    std::erase_if(entry.report.replaces,
                  [&](const std::string& id) { return group_ids_.count(id); });
    if (!entry.page && entry.report.replaces.empty() &&
        entry.report.status == FileStatus::kReplaced)
      entry.report.status = FileStatus::kUnchanged;
  }
  std::vector<std::string> removed;
  for (const Pending& entry : pending_)
    for (const std::string& id : entry.report.replaces) removed.push_back(id);
  // The group and the links that involve it land in one atomic write. When
  // that fails, each page is stored on its own, so that the error names its
  // file and the others are stored. A group of reports alone (pages stored
  // already, only hashed) does not touch the linker, which would read the
  // whole database on first use.
  Result<std::vector<storage::ApplyOutcome>> outcomes =
      pages.empty() && removed.empty() ? std::vector<storage::ApplyOutcome>()
                                       : linker_->ApplyAll(pages, removed);
  if (outcomes.ok()) removed_.insert(removed.begin(), removed.end());
  size_t next = 0;
  for (Pending& entry : pending_) {
    if (!entry.page) {
      if (!outcomes.ok() && !entry.report.replaces.empty()) {
        auto removed_alone = linker_->ApplyAll({}, entry.report.replaces);
        if (removed_alone.ok()) {
          removed_.insert(entry.report.replaces.begin(),
                          entry.report.replaces.end());
        } else {
          entry.error = removed_alone.status().WithContext(entry.report.file);
        }
      }
      continue;
    }
    Result<storage::ApplyOutcome> outcome =
        outcomes.ok() ? Result<storage::ApplyOutcome>((*outcomes)[next++])
                      : ApplyAlone(*entry.page, entry.report.replaces);
    if (outcome.ok()) {
      if (!outcomes.ok())
        removed_.insert(entry.report.replaces.begin(),
                        entry.report.replaces.end());
      entry.report.status = entry.report.replaces.empty()
                                ? StatusOf(*outcome)
                                : FileStatus::kReplaced;
    } else {
      entry.error = outcome.status().WithContext(entry.report.file);
      entry.report = FailedFileReport(entry.report.file, *entry.error);
      entry.page.reset();
    }
  }
  for (Pending& entry : pending_) {
    if (entry.error) {
      if (progress_) progress_->Clear();
      ReportError(*entry.error);
    }
    std::string file = entry.report.file;
    Print(std::move(entry.report));
    if (!entry.page) continue;
    // The text is indexed when the index lacks it (a new or changed page,
    // or one whose indexing an interrupted import missed), on the
    // indexer's thread. A failure is reported in Finish and left to its
    // catch-up.
    graph::Fragment& stored = *entry.page;
    std::vector<storage::DocumentSpan> spans = storage::DocumentSpans(stored);
    indexer_->Add(std::move(file), stored.page_id, stored.content_hash,
                  std::move(stored.text), std::move(spans));
  }
  pending_.clear();
  group_ids_.clear();
  group_bytes_ = 0;
}

void PageWriter::Print(FileReport report) {
  totals_.Add(report);
  if (json_) {
    reports_.push_back(std::move(report));
    return;
  }
  if (report.status == FileStatus::kError) return;  // said on stderr
  if (progress_) progress_->ClearForStdout();
  PrintFileReport(report, std::cout);
}

int PageWriter::Finish() {
  Flush();
  // The linker's index is not freed: no page is stored after Finish, the
  // commands that call it end soon after, and freeing millions of small
  // records one by one took 15% of adding one page to the 10^5 database
  // (6 s). The process's exit returns the memory at once, as compilers do
  // with their trees.
  static_cast<void>(linker_.release());
  // A bulk import leaves many overlapping files in the database's first
  // level; compacting them spares every later read from paying for it. The
  // compaction runs while the full-text index finishes its queue.
  size_t added = static_cast<size_t>(totals_.imported + totals_.replaced);
  // Lineages grow through webs of tens of thousands of clauses in a large
  // collection; a record of each lets `trace` read one where it would
  // read every clause. Kept anew after any write, before the compaction,
  // which then compacts them too; a failure only leaves `trace` slower.
  if (!queries::LineageWebsCurrent(*store_->NewReader())) {
    if (progress_) progress_->Note("keeping the lineage webs");
    if (Status kept = queries::WriteLineageWebs(*store_); !kept.ok())
      ReportError(kept.WithContext("keeping the lineage webs"));
  }
  Status compacted = Status::Ok();
  std::jthread compaction;  // joined on every way out
  if (added >= kBulkPages || added > pages_before_) {
    if (progress_) progress_->Note("compacting the database");
    compaction = std::jthread([&] { compacted = store_->Compact(); });
  }
  std::vector<Status> failures = indexer_->Stop();
  // Pages stored by an import that was interrupted before their text was
  // indexed (or by an older parley), and those whose indexing failed above,
  // are indexed now.
  auto reader = store_->NewReader();
  auto caught_up = text_index_->CatchUp(*reader);
  reader.reset();
  if (compaction.joinable()) compaction.join();
  if (progress_) progress_->Clear();
  for (const Status& failed : failures) ReportError(failed);
  // The pages are stored; a compaction that fails only leaves reads slower.
  if (!compacted.ok()) ReportError(compacted.WithContext("compacting"));
  if (!caught_up.ok()) return ReportError(caught_up.status());
  if (json_) {
    PrintReportsJson(reports_, std::cout);
  } else {
    PrintImportTotals(totals_, std::cout);
  }
  return totals_.failed > 0 ? kExitBadInput : kExitOk;
}

}  // namespace parley::cli
