// What every `parley` subcommand shares: the global options, opening the
// database, loading the data files, output format, errors and exit codes.
#ifndef PARLEY_CLI_CONTEXT_H_
#define PARLEY_CLI_CONTEXT_H_

#include <memory>
#include <string>

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

struct Context {
  std::string db_path = "parley.db";  // --db
  std::string data_dir;               // --data (default: see DataDir)
  int exit_code = kExitOk;

  // Opens the database for writing (import) or reading (queries; a reader
  // takes no lock, so queries run beside an import).
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

// Prints "parley: <message>" on stderr and returns the exit code for it.
int ReportError(const Status& status);

// Output formats of query commands.
enum class OutputFormat { kTable, kJson, kCsv };
// Registers --format table|json|csv on `command` (default table).
void AddFormatOption(CLI::App& command, OutputFormat& format);

}  // namespace parley::cli

#endif  // PARLEY_CLI_CONTEXT_H_
