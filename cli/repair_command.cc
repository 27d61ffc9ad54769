#include "cli/repair_command.h"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>
#include <streambuf>

#include "cli/page_writer.h"
#include "importers/import_file.h"
#include "storage/backup.h"
#include "storage/integrity.h"

namespace parley::cli {
namespace {

struct RepairOptions {
  bool force = false;
};

// While it lives, std::cout writes nowhere: the import report of every
// re-imported page is not repair's answer.
class SilencedStdout {
 public:
  SilencedStdout() : old_(std::cout.rdbuf(&none_)) {}
  ~SilencedStdout() { std::cout.rdbuf(old_); }
  SilencedStdout(const SilencedStdout&) = delete;
  SilencedStdout& operator=(const SilencedStdout&) = delete;

 private:
  class NoBuffer : public std::streambuf {
   protected:
    int_type overflow(int_type c) override { return traits_type::not_eof(c); }
    std::streamsize xsputn(const char*, std::streamsize n) override {
      return n;
    }
  };
  NoBuffer none_;
  std::streambuf* old_;
};

// Re-imports `pages` into a new database at `fresh` through import's own
// writer (links, full-text index, compaction); the pages the importer
// cannot read any more join `lost`. `failed` is set when the writer could
// not store a page (it has said which on stderr).
Status Rebuild(const Context& context, const std::string& fresh,
               const std::vector<storage::RecoveredPage>& pages,
               std::vector<storage::LostPage>& lost, size_t& rebuilt,
               bool& failed) {
  auto knowledge = LoadKnowledge(context);
  if (!knowledge.ok()) return knowledge.status();
  Context fresh_context = context;
  fresh_context.db_path = fresh;
  SilencedStdout silenced;
  auto writer = PageWriter::Open(fresh_context, /*json=*/false, nullptr);
  if (!writer.ok()) return writer.status();
  for (const storage::RecoveredPage& page : pages) {
    // The stored text is the file's bytes; its stored path tells the
    // importer which kind of file it was.
    Result<graph::Fragment> fragment =
        importers::ImportFile(page.source_path, page.text, *knowledge);
    if (!fragment.ok()) {
      lost.push_back(
          {page.page_id, page.source_path,
           "its text no longer imports: " + fragment.status().message()});
      continue;
    }
    (*writer)->Add(page.source_path, std::move(fragment));
    ++rebuilt;
  }
  failed = (*writer)->Finish() != kExitOk;
  return Status::Ok();
}

int RunRepair(const RepairOptions& options, Context& context) {
  const std::string& db = context.db_path;
  if (!std::filesystem::exists(db)) {
    return ReportError(Status::NotFound(db + ": no database here"));
  }
  // The writer of an import would go on writing into the database put
  // aside.
  if (storage::HeldByWriter(db)) {
    return ReportError(
        Status::Busy(db + ": database is in use by another writer; repair "
                          "when the import has ended"));
  }
  if (!options.force) {
    auto check = storage::CheckDatabase(db, 0);
    if (check.ok() && check->clean()) {
      std::cout << db
                << ": no damage found; nothing to repair (--force "
                   "rebuilds it anyway)\n";
      return kExitOk;
    }
  }
  auto recovery = storage::RecoverPages(db);
  if (!recovery.ok()) return ReportError(recovery.status());
  if (recovery->pages.empty()) {
    // A database rebuilt from nothing would only hide the old one.
    return ReportError(Status::Corruption(
        db + ": damaged: no page text could be read back (" +
        std::to_string(recovery->lost.size()) +
        " pages lost); the database is left as it is: restore a backup"));
  }
  std::vector<storage::LostPage> lost = recovery->lost;
  size_t rebuilt = 0;
  bool failed = false;
  std::string fresh = storage::AsideName(db, "repairing");
  Status built =
      Rebuild(context, fresh, recovery->pages, lost, rebuilt, failed);
  if (!built.ok()) {
    std::error_code ec;
    std::filesystem::remove_all(fresh, ec);
    return ReportError(built);
  }
  std::string kept = storage::AsideName(db, "damaged");
  Status swapped = storage::ReplaceDatabase(fresh, db, kept);
  if (!swapped.ok()) return ReportError(swapped);

  for (const storage::LostPage& page : lost) {
    std::cout << "lost " << page.page_id;
    if (!page.source_path.empty()) std::cout << " (" << page.source_path << ")";
    std::cout << ": " << page.why << "\n";
  }
  std::cout << db << ": rebuilt from " << rebuilt << " of "
            << (rebuilt + lost.size()) << " stored pages (" << lost.size()
            << " lost); the damaged database is kept at " << kept << "\n";
  if (failed) return kExitBadInput;
  return lost.empty() ? kExitOk : kExitDamaged;
}

}  // namespace

void SetupRepairCommand(CLI::App& app, Context& context) {
  auto options = std::make_shared<RepairOptions>();
  CLI::App* command = app.add_subcommand(
      "repair",
      "Rebuild a damaged database from its stored page texts; the damaged "
      "one is kept as DB.damaged-TIME");
  command->add_flag("--force", options->force,
                    "rebuild even when check finds no damage");
  command->callback([options, &context]() {
    context.exit_code = RunRepair(*options, context);
  });
}

}  // namespace parley::cli
