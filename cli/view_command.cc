#include "cli/view_command.h"

#include <CLI/CLI.hpp>
#include <map>
#include <set>
#include <string>

#include "cli/graph_output.h"
#include "cli/output.h"
#include "cli/query_support.h"
#include "cli/selection_options.h"
#include "queries/citation.h"
#include "queries/page/html_page.h"

namespace parley::cli {
namespace {

struct ViewOptions {
  SelectionOptions selection;
  std::string output;
  std::string title = "Parley";
};

int RunView(const ViewOptions& options, Context& context) {
  int query_exit = kExitOk;
  auto selection = BuildSelection(options.selection, context, query_exit);
  if (!selection.ok()) return ReportError(selection.status());
  if (!selection->answer && !options.selection.query.empty()) return query_exit;
  auto store = context.OpenForRead();
  if (!store.ok()) return ReportError(store.status());
  auto reader = (*store)->NewReader();
  queries::Snapshot snapshot(*reader);
  QueryKnowledge knowledge(context);
  selection->hint = knowledge.NameHint();
  auto data = queries::Select(snapshot, *selection);
  if (!data.ok()) return ReportError(data.status());
  // Where each quoted document's text comes from, for the evidence panel.
  std::set<std::string> documents;
  for (const graph::Node& n : data->nodes)
    for (const graph::Evidence& e : n.evidence) documents.insert(e.doc);
  for (const graph::Edge& e : data->edges)
    for (const graph::Evidence& ev : e.evidence) documents.insert(ev.doc);
  std::map<std::string, std::string> citations;
  for (const std::string& doc : documents) {
    std::string line = queries::SourceLine(snapshot, doc);
    if (!line.empty()) citations.emplace(doc, std::move(line));
  }
  const graph::GraphView view(std::move(data->nodes), std::move(data->edges));
  Status written = WriteFileAtomically(options.output, [&](std::ostream& out) {
    return queries::WriteViewPage(view, citations, options.title, out);
  });
  if (!written.ok()) return ReportError(written);
  int reported =
      ReportWritten(options.output, view.node_count(), view.edge_count());
  return reported != kExitOk ? reported : query_exit;
}

}  // namespace

void SetupViewCommand(CLI::App& app, Context& context) {
  auto options = std::make_shared<ViewOptions>();
  CLI::App* command = app.add_subcommand(
      "view",
      "Write the graph, or the part a selection names, as one HTML page to "
      "explore offline: search, filters, a date slider, evidence on click");
  command->add_option("-o,--output", options->output, "the page to write")
      ->required();
  command->add_option("--title", options->title,
                      "the page's title (default: Parley)");
  AddSelectionOptions(*command, options->selection);
  command->callback([options, &context]() {
    context.exit_code = RunView(*options, context);
  });
}

}  // namespace parley::cli
