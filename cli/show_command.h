// `parley show ID`: one node with its properties, its edges and the evidence
// behind it (quotes with the archival citation of their page).
#ifndef PARLEY_CLI_SHOW_COMMAND_H_
#define PARLEY_CLI_SHOW_COMMAND_H_

#include "cli/context.h"

namespace parley::cli {

void SetupShowCommand(CLI::App& app, Context& context);

}  // namespace parley::cli

#endif  // PARLEY_CLI_SHOW_COMMAND_H_
