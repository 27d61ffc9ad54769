#include "cli/selection_options.h"

#include <CLI/CLI.hpp>

#include "cli/export_query.h"
#include "cli/query_support.h"

namespace parley::cli {

void AddSelectionOptions(CLI::App& command, SelectionOptions& options) {
  command.add_option("--query", options.query,
                     "only the answer of a query command line, e.g. "
                     "\"trace buffer zone\", \"path 'Kim Il Sung' "
                     "Stalin\" (who-proposed, trace, neighbors, path, "
                     "timeline)");
  command.add_option("--focus", options.focus,
                     "only the nodes within --depth hops of this node (an "
                     "id or a name)");
  command.add_option("--depth", options.depth, "hops from --focus (default 1)")
      ->check(CLI::Range(0, 100));
  command.add_option("--kinds", options.kinds,
                     "only nodes of these kinds (person, organization, "
                     "place, document, clause, delegation) and edges of "
                     "these kinds (AUTHORED, STANCE, ...)");
  command.add_option("--topics", options.topics,
                     "only clauses of these topics (buffer-zone, ...) with "
                     "their documents, proposers, stances and versions");
  command
      .add_option("--from", options.from,
                  "only documents from this date (YYYY, YYYY-MM or "
                  "YYYY-MM-DD) and what they evidence")
      ->check(DateBound());
  command
      .add_option("--to", options.to,
                  "only documents up to this date and what they evidence")
      ->check(DateBound());
}

Result<queries::Selection> BuildSelection(const SelectionOptions& options,
                                          Context& context, int& exit_code) {
  queries::Selection selection;
  Status parsed = queries::ParseKinds(options.kinds, selection.node_kinds,
                                      selection.edge_kinds);
  if (!parsed.ok()) return parsed;
  selection.topics = queries::ParseTopics(options.topics);
  selection.focus = options.focus;
  selection.depth = options.depth;
  selection.from = options.from;
  selection.to = options.to;
  exit_code = kExitOk;
  if (!options.query.empty()) {
    auto ran = RunQueryLine(options.query, context);
    if (!ran.ok()) return ran.status();
    exit_code = ran->exit_code;
    // Nothing found is still a selection (an empty graph), exit code 1.
    if (ran->answer) selection.answer = std::move(ran->answer);
  }
  return selection;
}

}  // namespace parley::cli
