// `parley cite ID [--style chicago|plain] [--format table|json]`: the
// footnote for a document, or for the document holding a clause, with the
// archive's reference, the site's record, "translated from the Russian"
// where that applies, "paraphrase" for curated text, and a missing
// reference said rather than skipped.
#ifndef PARLEY_CLI_CITE_COMMAND_H_
#define PARLEY_CLI_CITE_COMMAND_H_

#include "cli/context.h"

namespace parley::cli {

void SetupCiteCommand(CLI::App& app, Context& context);

}  // namespace parley::cli

#endif  // PARLEY_CLI_CITE_COMMAND_H_
