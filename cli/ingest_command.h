// `parley ingest FRAGMENTS.jsonl...`: stores the pages `parley extract`
// wrote ("-" reads standard input), linked and indexed as `parley import`
// would store them, with the same report.
#ifndef PARLEY_CLI_INGEST_COMMAND_H_
#define PARLEY_CLI_INGEST_COMMAND_H_

#include "cli/context.h"

namespace parley::cli {

void SetupIngestCommand(CLI::App& app, Context& context);

}  // namespace parley::cli

#endif  // PARLEY_CLI_INGEST_COMMAND_H_
