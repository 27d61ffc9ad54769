// Answers written as graphs: the `--format` of the query commands that also
// takes the export formats (`trace … --format graphml`), writing a graph to
// standard output, a file (written beside it and renamed) or a folder
// (neo4j), and the capture through which `export --query` runs a query
// command's own code and takes its answer as a selection.
#ifndef PARLEY_CLI_GRAPH_OUTPUT_H_
#define PARLEY_CLI_GRAPH_OUTPUT_H_

#include <functional>
#include <optional>
#include <ostream>
#include <string>

#include "cli/context.h"
#include "cli/table_format.h"
#include "graph/graph_view.h"
#include "queries/export.h"
#include "queries/selection.h"
#include "queries/snapshot.h"

namespace CLI {
class App;
}

namespace parley::cli {

// A query command's answer as a graph: set when --format named an export
// format; `output` is -o (standard output when empty or "-").
struct GraphOutput {
  std::optional<queries::ExportFormat> format;
  std::string output;
};

// Registers `--format` taking the command's own formats (table, json, csv;
// with TableFormat also md and latex) and every export format but `json`,
// which keeps its meaning (the command's JSON): the graph contract is
// `--format graph` (or `parley-graph`). Also registers `-o,--output`.
void AddAnswerFormatOption(CLI::App& command, OutputFormat& format,
                           GraphOutput& graph);
void AddAnswerFormatOption(CLI::App& command, TableFormat& format,
                           GraphOutput& graph);

// Writes `answer` (queries::Selection::answer: its nodes with their
// evidence and the edges among them, or a path's own edges) as
// `graph.format` says, and returns the exit code: kExitOk, or kExitBadInput
// after saying why on stderr. Under an AnswerCapture, hands the answer to
// it instead and writes nothing.
int WriteAnswerGraph(const GraphOutput& graph, queries::Snapshot& snapshot,
                     queries::AnswerGraph answer);

// Writes `view` in `format` to standard output (`output` empty or "-"), to
// the file `output` (beside it, then renamed: a failed write leaves what
// was there), or, for neo4j, into the folder `output`; then "wrote FILE (N
// nodes, M edges)" on stderr. Returns the exit code, after one line on
// stderr when it failed.
int WriteGraph(const graph::GraphView& view, queries::ExportFormat format,
               const std::string& output);

// Writes the file `path` through `write`: a regular file (or a new one)
// beside its place and renamed over it; a device or pipe (/dev/stdout,
// /dev/full) in place. A failed write names the file, with the system's
// reason, and leaves nothing behind.
Status WriteFileAtomically(const std::string& path,
                           const std::function<Status(std::ostream&)>& write);

// "wrote WHAT (N nodes, M edges)" on stderr; returns kExitOk.
int ReportWritten(const std::string& what, size_t nodes, size_t edges);

// While it lives, WriteAnswerGraph keeps the answer here instead of
// writing it: `export --query "trace buffer zone"` runs the trace command
// itself and exports what it answered. One at a time.
class AnswerCapture {
 public:
  AnswerCapture();
  ~AnswerCapture();
  AnswerCapture(const AnswerCapture&) = delete;
  AnswerCapture& operator=(const AnswerCapture&) = delete;

  // The answer the command gave; nullopt when it gave none (bad usage).
  std::optional<queries::AnswerGraph> answer;
};

}  // namespace parley::cli

#endif  // PARLEY_CLI_GRAPH_OUTPUT_H_
