// `parley timeline [--from D] [--to D] [--person P]`: documents and their
// clauses in time order, with when each was sent and received.
#ifndef PARLEY_CLI_TIMELINE_COMMAND_H_
#define PARLEY_CLI_TIMELINE_COMMAND_H_

#include "cli/context.h"

namespace parley::cli {

void SetupTimelineCommand(CLI::App& app, Context& context);

}  // namespace parley::cli

#endif  // PARLEY_CLI_TIMELINE_COMMAND_H_
