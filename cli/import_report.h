// The report of `parley import`: for each file, how it was read (the layout
// reader, what the page holds) and what a historian should check (documents
// without author, recipient or date, names the gazetteer lacks, the
// importer's own warnings), printed as lines under each file or as JSON.
#ifndef PARLEY_CLI_IMPORT_REPORT_H_
#define PARLEY_CLI_IMPORT_REPORT_H_

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/fragment.h"
#include "graph/status.h"
#include "storage/store.h"

namespace parley::cli {

// What became of a file.
enum class FileStatus {
  kImported,   // a new page
  kReplaced,   // a changed page replaced its old facts
  kUnchanged,  // the same page, read with the same data files, was stored
  kDryRun,     // read, not stored (--dry-run)
  kError,      // not read or not stored; `error` says why
};
// "imported", "replaced", "unchanged", "dry-run", "error".
std::string_view FileStatusName(FileStatus status);

struct FileReport {
  std::string file;  // the path as given
  FileStatus status = FileStatus::kError;
  std::string page_id;
  std::string layout;  // the layout reader's name; "" when not known
  size_t nodes = 0, edges = 0;
  size_t documents = 0, clauses = 0, people = 0;
  // One line each: "fell back to the generic reader", "<document id>: no
  // author" (no recipient, no date), the importer's own warnings, each
  // Document's `warnings` ("<document id>: header number 2950 differs from
  // body number 3950"), "names not resolved: Sokolovsky"; no line twice.
  std::vector<std::string> warnings;
  // The labels of the Person nodes not resolved through the gazetteer.
  std::vector<std::string> unresolved;
  std::string error;  // the one-line error, for kError
  // The pages this file gave before and gives no more (an older Parley read
  // its first document otherwise, or the file now holds another one),
  // removed when this page was stored.
  std::vector<std::string> replaces;
  // The file's path made absolute, as stored with the page's report, by
  // which a later import knows the file (not printed).
  std::string source_key;
};

// The report of `file`, read into `fragment` (whatever its status).
FileReport BuildFileReport(const std::string& file, FileStatus status,
                           const graph::Fragment& fragment);
// The report of a file that failed with `error` (its message already names
// the file).
FileReport FailedFileReport(const std::string& file, const Status& error);

// What `parley import` counts over its files, for its last line.
struct ImportTotals {
  int imported = 0, replaced = 0, unchanged = 0, failed = 0;
  int with_warnings = 0;  // files with at least one warning
  void Add(const FileReport& report);
};
// A report as stored with its page (graph::Fragment::report): what it says
// of the page (page, layout, counts, warnings, unresolved names) and the
// file's source_key, not the file as given, the status or an error. Compact
// JSON.
std::string EncodeStoredReport(const FileReport& report);
// The source_key a stored report holds; "" when it holds none (stored by a
// Parley before it was kept).
std::string StoredSourceKey(std::string_view stored_report);
// The report of `file`, the unchanged page `page` as stored, from its
// stored report; nullopt when `page` holds none that can be read.
std::optional<FileReport> StoredPageReport(const std::string& file,
                                           const storage::PageInfo& page);

// "9 added, 0 replaced, 0 unchanged, 0 failed; 3 with warnings".
void PrintImportTotals(const ImportTotals& totals, std::ostream& out);

// The lines `parley import` prints for a file: a heading, "imported FILE ->
// PAGE (N nodes, M edges)", a line "  in place of OLD" for each page it
// replaces, then the indented details below. Prints nothing for a failed
// file: its error goes to stderr.
void PrintFileReport(const FileReport& report, std::ostream& out);
// The indented details alone, "  layout wilson-current, 1 document, 7
// clauses, 5 people" and "  warning: ..." lines: --dry-run prints them
// under its own listing.
void PrintFileReportDetails(const FileReport& report, std::ostream& out);
// The reports as one JSON array, an object per file: file, status, page,
// layout (null when not known), nodes, edges, documents, clauses, people,
// warnings, unresolved, and error for a failed file.
void PrintReportsJson(const std::vector<FileReport>& reports,
                      std::ostream& out);

}  // namespace parley::cli

#endif  // PARLEY_CLI_IMPORT_REPORT_H_
