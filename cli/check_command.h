// `parley check`: verifies the whole database (every table file against its
// checksums, every record decoded, the layout's cheap promises) and says
// what is damaged.
#ifndef PARLEY_CLI_CHECK_COMMAND_H_
#define PARLEY_CLI_CHECK_COMMAND_H_

#include "cli/context.h"

namespace parley::cli {

void SetupCheckCommand(CLI::App& app, Context& context);

}  // namespace parley::cli

#endif  // PARLEY_CLI_CHECK_COMMAND_H_
