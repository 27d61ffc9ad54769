// `parley who-proposed [QUERY] [--by PERSON] [--lang en|ru]`: each matching
// clause with its proposer, the chain of transmission with dates, the
// document, the archival citation and the quote.
#ifndef PARLEY_CLI_WHO_PROPOSED_COMMAND_H_
#define PARLEY_CLI_WHO_PROPOSED_COMMAND_H_

#include "cli/context.h"

namespace parley::cli {

void SetupWhoProposedCommand(CLI::App& app, Context& context);

}  // namespace parley::cli

#endif  // PARLEY_CLI_WHO_PROPOSED_COMMAND_H_
