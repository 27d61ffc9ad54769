// `parley compare A B [--format table|json|md] [--lang ...] [--color ...]`:
// two versions of a clause side by side (documents, dates, proposers,
// sources), a word-level diff of their texts in each language, and the
// structured changes between them.
#ifndef PARLEY_CLI_COMPARE_COMMAND_H_
#define PARLEY_CLI_COMPARE_COMMAND_H_

#include "cli/context.h"

namespace parley::cli {

void SetupCompareCommand(CLI::App& app, Context& context);

}  // namespace parley::cli

#endif  // PARLEY_CLI_COMPARE_COMMAND_H_
