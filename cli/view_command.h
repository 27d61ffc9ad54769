// `parley view [SELECTION] -o view.html`: the graph, or the part a selection
// names (the options of export), as one self-contained HTML page to open in
// a browser from file:// (queries/page/html_page.h): a search box, filters
// by kind, topic and stance, a date slider that replays the talks, and the
// evidence of whatever is clicked, with its archival citation.
#ifndef PARLEY_CLI_VIEW_COMMAND_H_
#define PARLEY_CLI_VIEW_COMMAND_H_

#include "cli/context.h"

namespace parley::cli {

void SetupViewCommand(CLI::App& app, Context& context);

}  // namespace parley::cli

#endif  // PARLEY_CLI_VIEW_COMMAND_H_
