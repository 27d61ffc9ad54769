// `parley export --format json|dot|graphml|gexf|cypher [-o FILE]`: the whole
// graph for Graphviz, Gephi, yEd, Cytoscape, networkx or Neo4j.
#ifndef PARLEY_CLI_EXPORT_COMMAND_H_
#define PARLEY_CLI_EXPORT_COMMAND_H_

#include "cli/context.h"

namespace parley::cli {

void SetupExportCommand(CLI::App& app, Context& context);

}  // namespace parley::cli

#endif  // PARLEY_CLI_EXPORT_COMMAND_H_
