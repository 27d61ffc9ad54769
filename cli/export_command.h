// `parley export --format json|dot|graphml|gexf|cytoscape|turtle|jsonld|cypher
// [-o FILE]` and `export --format neo4j -o FOLDER`: the whole graph, or the
// part a selection names (--query, --focus/--depth, --kinds, --topics,
// --from/--to; queries/selection.h), for Graphviz, Gephi, yEd,
// Cytoscape(.js), networkx, RDF tools or Neo4j. A file
// is written beside its place and renamed; a failed write is one line naming
// the file, exit 2, and nothing left behind.
#ifndef PARLEY_CLI_EXPORT_COMMAND_H_
#define PARLEY_CLI_EXPORT_COMMAND_H_

#include "cli/context.h"

namespace parley::cli {

void SetupExportCommand(CLI::App& app, Context& context);

}  // namespace parley::cli

#endif  // PARLEY_CLI_EXPORT_COMMAND_H_
