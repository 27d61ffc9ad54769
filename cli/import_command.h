// `parley import PATH...`: reads archive pages (.txt) and JSON documents
// (.json), a folder meaning every such file below it, and stores each page
// atomically; `--dry-run` prints what would be extracted instead.
#ifndef PARLEY_CLI_IMPORT_COMMAND_H_
#define PARLEY_CLI_IMPORT_COMMAND_H_

#include "cli/context.h"

namespace parley::cli {

void SetupImportCommand(CLI::App& app, Context& context);

}  // namespace parley::cli

#endif  // PARLEY_CLI_IMPORT_COMMAND_H_
