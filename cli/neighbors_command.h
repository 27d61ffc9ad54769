// `parley neighbors ID [--depth N] [--kinds K1,K2] [--out] [--limit N |
// --all]`: the nodes within N hops of a node (an id or a name), each with
// the edge it was reached by; the first 50 unless told otherwise.
#ifndef PARLEY_CLI_NEIGHBORS_COMMAND_H_
#define PARLEY_CLI_NEIGHBORS_COMMAND_H_

#include "cli/context.h"

namespace parley::cli {

void SetupNeighborsCommand(CLI::App& app, Context& context);

}  // namespace parley::cli

#endif  // PARLEY_CLI_NEIGHBORS_COMMAND_H_
