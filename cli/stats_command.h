// `parley stats`: what the database holds: nodes and edges by kind, pages,
// and its size on disk.
#ifndef PARLEY_CLI_STATS_COMMAND_H_
#define PARLEY_CLI_STATS_COMMAND_H_

#include "cli/context.h"

namespace parley::cli {

void SetupStatsCommand(CLI::App& app, Context& context);

}  // namespace parley::cli

#endif  // PARLEY_CLI_STATS_COMMAND_H_
