#include "cli/page_writer.h"

#include <CLI/CLI.hpp>
#include <iostream>
#include <map>
#include <utility>

namespace parley::cli {
namespace {

// An import that adds at least this many pages ends with a compaction.
constexpr size_t kBulkPages = 1000;

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

Result<std::unique_ptr<PageWriter>> PageWriter::Open(const Context& context,
                                                     bool json,
                                                     Progress* progress) {
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
  return writer;
}

PageWriter::~PageWriter() = default;

void PageWriter::Add(const std::string& file, Result<graph::Fragment> page) {
  if (!page.ok()) {
    if (progress_) progress_->Clear();
    ReportError(page.status());
    Print(FailedFileReport(file, page.status()));
    return;
  }
  const graph::Fragment& fragment = *page;
  // The page and the links that involve it land in one atomic write.
  auto outcome = linker_->Apply(fragment);
  if (!outcome.ok()) {
    Status error = outcome.status().WithContext(file);
    if (progress_) progress_->Clear();
    ReportError(error);
    Print(FailedFileReport(file, error));
    return;
  }
  // The text is indexed when the index lacks it (a new or changed page, or
  // one whose indexing an interrupted import missed). A failure is reported
  // and left to the catch-up in Finish.
  if (!text_index_->Holds(fragment.page_id, fragment.content_hash)) {
    Status s = text_index_->IndexPage(fragment);
    if (!s.ok()) {
      if (progress_) progress_->Clear();
      ReportError(s.WithContext(file));
    }
  }
  Print(BuildFileReport(file, StatusOf(*outcome), fragment));
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
  // Pages stored by an import that was interrupted before their text was
  // indexed (or by an older parley) are indexed now.
  auto reader = store_->NewReader();
  auto caught_up = text_index_->CatchUp(*reader);
  reader.reset();
  if (progress_) progress_->Clear();
  if (!caught_up.ok()) return ReportError(caught_up.status());
  // A bulk import leaves many overlapping files in the database's first
  // level; compacting them now spares every later read from paying for it.
  size_t added = static_cast<size_t>(totals_.imported + totals_.replaced);
  if (added >= kBulkPages || added > pages_before_) {
    if (progress_) progress_->Note("compacting the database");
    Status compacted = store_->Compact();
    // The pages are stored; a compaction that fails only leaves reads slower.
    if (progress_) progress_->Clear();
    if (!compacted.ok()) ReportError(compacted.WithContext("compacting"));
  }
  if (json_) {
    PrintReportsJson(reports_, std::cout);
  } else {
    PrintImportTotals(totals_, std::cout);
  }
  return totals_.failed > 0 ? kExitBadInput : kExitOk;
}

}  // namespace parley::cli
