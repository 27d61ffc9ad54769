// What every `parley` subcommand shares: the global options, opening the
// database, loading the data files, output format, errors and exit codes.
#ifndef PARLEY_CLI_CONTEXT_H_
#define PARLEY_CLI_CONTEXT_H_

#include <memory>
#include <string>
#include <utility>

#include "graph/status.h"
#include "importers/knowledge.h"
#include "storage/store.h"

namespace CLI {
class App;
}

namespace parley::cli {

// Exit codes, as DESIGN.md sets them.
inline constexpr int kExitOk = 0;
inline constexpr int kExitNothingFound = 1;
inline constexpr int kExitBadInput = 2;
// The database is damaged (storage::IsDamage): an answer from it would miss
// what could not be read. `parley check` says what; `parley repair`
// rebuilds it from the page texts.
inline constexpr int kExitDamaged = 3;

// What the readers of Context::OpenForRead throw when a read fails (damage,
// an I/O error): Reader calls cannot return a Status, and a command must
// not go on to print or write an answer that misses what could not be
// read. `main` catches it and reports the one line (ReportError). Not a
// std::exception, so that no handler meant for a library's exceptions
// turns it into another error.
class ReadFailure {
 public:
  explicit ReadFailure(Status status) : status_(std::move(status)) {}
  const Status& status() const { return status_; }

 private:
  Status status_;
};

struct Context {
  std::string db_path = "parley.db";  // --db
  std::string data_dir;               // --data (default: see DataDir)
  int exit_code = kExitOk;

  // Opens the database for writing (import) or reading (queries; a reader
  // takes no lock, so queries run beside an import). The readers of
  // OpenForRead's store throw ReadFailure at the first read that fails.
  Result<std::unique_ptr<storage::Store>> OpenForWrite() const;
  Result<std::unique_ptr<storage::Store>> OpenForRead() const;

  // The folder holding gazetteer.tsv and topics.tsv: --data, else
  // $PARLEY_DATA, else the source tree's data/ the binary was built from,
  // else ./data.
  std::string DataDir() const;
};

// Loaded data files, for the commands that read pages or names.
using Knowledge = importers::Knowledge;
// Loads the data files of context.DataDir(). InvalidArgument or IOError
// naming the file when one is missing or unreadable.
Result<Knowledge> LoadKnowledge(const Context& context);

// Prints "parley: <message>" on stderr and returns the exit code for it:
// 1 for kNotFound, 3 for damage (storage::IsDamage), else 2.
int ReportError(const Status& status);

// Output formats of query commands.
enum class OutputFormat { kTable, kJson, kCsv };
// Registers --format table|json|csv on `command` (default table).
void AddFormatOption(CLI::App& command, OutputFormat& format);

}  // namespace parley::cli

#endif  // PARLEY_CLI_CONTEXT_H_
