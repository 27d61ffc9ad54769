// `parley search TEXT [--kind clause|document] [--limit N]`: full-text search
// over clause texts (every language) and document titles and summaries,
// ranked, with the matched words marked.
#ifndef PARLEY_CLI_SEARCH_COMMAND_H_
#define PARLEY_CLI_SEARCH_COMMAND_H_

#include "cli/context.h"

namespace parley::cli {

void SetupSearchCommand(CLI::App& app, Context& context);

}  // namespace parley::cli

#endif  // PARLEY_CLI_SEARCH_COMMAND_H_
