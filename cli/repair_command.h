// `parley repair`: rebuilds a damaged database from the page texts it
// stores (the source of truth), beside it, and puts the rebuilt one in its
// place; the damaged one is kept.
#ifndef PARLEY_CLI_REPAIR_COMMAND_H_
#define PARLEY_CLI_REPAIR_COMMAND_H_

#include "cli/context.h"

namespace parley::cli {

void SetupRepairCommand(CLI::App& app, Context& context);

}  // namespace parley::cli

#endif  // PARLEY_CLI_REPAIR_COMMAND_H_
