// `export --query "trace buffer zone"`: a query command line run by the
// query command's own code (its options, name resolution and query), its
// answer taken as a selection instead of printed.
#ifndef PARLEY_CLI_EXPORT_QUERY_H_
#define PARLEY_CLI_EXPORT_QUERY_H_

#include <optional>
#include <string>

#include "cli/context.h"
#include "queries/selection.h"

namespace parley::cli {

struct QueryAnswer {
  // The answer; nullopt when the command failed before answering (it has
  // said why on stderr, and `exit_code` says how).
  std::optional<queries::AnswerGraph> answer;
  int exit_code = kExitOk;  // the command's: 1 when it found nothing
};

// Runs `line` ("trace buffer zone", "path 'Kim Il Sung' Stalin --max 3",
// "neighbors person:nam-il --depth 2", "who-proposed --by Filippov",
// "timeline --from 1951-07 --to 1951-07"), split as a shell would (quotes,
// backslashes). The words of a trace or who-proposed query need no quotes.
// kInvalidArgument for another command or bad usage, naming what is wrong.
Result<QueryAnswer> RunQueryLine(const std::string& line, Context& context);

}  // namespace parley::cli

#endif  // PARLEY_CLI_EXPORT_QUERY_H_
