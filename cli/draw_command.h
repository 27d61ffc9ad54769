// `parley draw lineage QUERY | correspondence | delegation [-o FILE]
// [--format svg|png|dot]`: the views designed for reading
// (queries/views/views.h), rendered by Graphviz. The format follows the
// file's extension; without -o the DOT goes to standard output.
#ifndef PARLEY_CLI_DRAW_COMMAND_H_
#define PARLEY_CLI_DRAW_COMMAND_H_

#include "cli/context.h"

namespace parley::cli {

void SetupDrawCommand(CLI::App& app, Context& context);

}  // namespace parley::cli

#endif  // PARLEY_CLI_DRAW_COMMAND_H_
