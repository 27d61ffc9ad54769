// `parley path A B [--kinds K1,K2] [--directed] [--max N]`: the shortest
// paths between two nodes (ids or names), with each edge's kind, direction
// and date.
#ifndef PARLEY_CLI_PATH_COMMAND_H_
#define PARLEY_CLI_PATH_COMMAND_H_

#include "cli/context.h"

namespace parley::cli {

void SetupPathCommand(CLI::App& app, Context& context);

}  // namespace parley::cli

#endif  // PARLEY_CLI_PATH_COMMAND_H_
