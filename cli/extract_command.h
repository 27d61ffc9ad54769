// `parley extract PAGES... [-o FILE]`: the importer as a filter, no database.
// Writes one JSON object per line per page (its Fragment: page_id,
// source_path, text, content_hash, layout, warnings, nodes, edges) for
// `parley ingest`, so pages can be read on many machines and stored on one.
#ifndef PARLEY_CLI_EXTRACT_COMMAND_H_
#define PARLEY_CLI_EXTRACT_COMMAND_H_

#include "cli/context.h"

namespace parley::cli {

void SetupExtractCommand(CLI::App& app, Context& context);

}  // namespace parley::cli

#endif  // PARLEY_CLI_EXTRACT_COMMAND_H_
