// The options that select part of the graph, shared by `export` and `view`:
// --query "LINE", --focus ID --depth N, --kinds, --topics, --from/--to; and
// the graph they select, read as the query commands read it.
#ifndef PARLEY_CLI_SELECTION_OPTIONS_H_
#define PARLEY_CLI_SELECTION_OPTIONS_H_

#include <string>

#include "cli/context.h"
#include "graph/status.h"
#include "queries/export.h"
#include "queries/selection.h"
#include "queries/snapshot.h"

namespace parley::cli {

struct SelectionOptions {
  std::string query;  // a query command line; "" for none
  std::string focus;
  int depth = 1;
  std::string kinds;
  std::string topics;
  std::string from, to;
};

// Registers the options on `command`.
void AddSelectionOptions(CLI::App& command, SelectionOptions& options);

// The Selection `options` say, the query line run (it may print its own
// error and leave `exit_code` at its exit code, with no answer: then the
// caller returns that code). kInvalidArgument for a bad kind or query line.
Result<queries::Selection> BuildSelection(const SelectionOptions& options,
                                          Context& context, int& exit_code);

}  // namespace parley::cli

#endif  // PARLEY_CLI_SELECTION_OPTIONS_H_
