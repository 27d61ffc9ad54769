// `parley trace QUERY [--lang en|ru]`: a clause's lineage across documents
// in the order written, with what changed at each step, when each page was
// sent and received, and who accepted, rejected or insisted on it.
#ifndef PARLEY_CLI_TRACE_COMMAND_H_
#define PARLEY_CLI_TRACE_COMMAND_H_

#include "cli/context.h"

namespace parley::cli {

void SetupTraceCommand(CLI::App& app, Context& context);

}  // namespace parley::cli

#endif  // PARLEY_CLI_TRACE_COMMAND_H_
