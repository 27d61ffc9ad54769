#include "cli/draw_command.h"

#include <CLI/CLI.hpp>
#include <iostream>
#include <memory>

#include "cli/graph_output.h"
#include "cli/output.h"
#include "cli/query_support.h"
#include "queries/trace.h"
#include "queries/views/views.h"

namespace parley::cli {
namespace {

enum class View { kLineage, kCorrespondence, kDelegation };

struct DrawOptions {
  View view = View::kLineage;
  std::string query;  // lineage: what to trace
  std::string lang = "en";
  // lineage: at most this many versions (a picture of hundreds is neither
  // readable nor, at 10^4 pages, drawn by Graphviz 2.42 in reasonable time).
  size_t limit = 40;
  std::string format;  // svg, png, dot; default: by -o's extension
  std::string output;
};

// "Lineage of 'buffer zone': 11 versions, 1951-06-13 to 1953-07-27".
std::string LineageTitle(const std::string& query,
                         const queries::TraceResult& trace) {
  std::string first, last;
  size_t versions = 0;
  for (const queries::Lineage& l : trace.lineages) {
    for (const queries::ClauseVersion& v : l.versions) {
      ++versions;
      if (v.date.empty()) continue;
      if (first.empty() || v.date < first) first = v.date;
      if (last.empty() || v.date > last) last = v.date;
    }
  }
  std::string title = "Lineage of ‘" + query + "’: " +
                      (trace.total > versions
                           ? "the first " + std::to_string(versions) + " of " +
                                 std::to_string(trace.total) + " versions"
                           : std::to_string(versions) +
                                 (versions == 1 ? " version" : " versions"));
  if (!first.empty())
    title += ", " + (first == last ? first : first + " to " + last);
  return title;
}

// The lineage of `options.query`: "buffer-zone" reads as "buffer zone"
// unless it is a node id. kNotFound when nothing matches.
Result<std::string> LineageView(const DrawOptions& options, Context& context,
                                queries::Snapshot& snapshot) {
  queries::TraceQuery query;
  query.text = options.query;
  query.limit = options.limit;
  if (snapshot.FindHead(options.query) == nullptr) {
    for (char& c : query.text) {
      if (c == '-' || c == '_') c = ' ';
    }
    QueryKnowledge knowledge(context);
    query.topics = knowledge.TopicsIn(query.text);
  }
  auto trace = queries::TraceClause(snapshot, query, {});
  if (!trace.ok()) return trace.status();
  if (trace->lineages.empty()) {
    return Status::NotFound("no version of '" + options.query + "'");
  }
  size_t drawn = 0;
  for (const queries::Lineage& l : trace->lineages) drawn += l.versions.size();
  if (trace->total > drawn) {
    std::cerr << MoreLine(trace->total - drawn, "versions") << "\n";
  }
  return views::LineageDot(*trace, LineageTitle(query.text, *trace),
                           options.lang);
}

Result<views::ImageFormat> FormatOf(const DrawOptions& options) {
  if (!options.format.empty()) {
    auto format = views::ParseImageFormat(options.format);
    if (!format) {
      return Status::InvalidArgument("unknown drawing format '" +
                                     options.format + "' (svg, png or dot)");
    }
    return *format;
  }
  if (options.output.empty() || options.output == "-")
    return views::ImageFormat::kDot;
  auto format = views::ImageFormatOfPath(options.output);
  if (!format) {
    return Status::InvalidArgument(options.output +
                                   ": cannot tell the format from the name; "
                                   "give --format svg, png or dot");
  }
  return *format;
}

int RunDraw(const DrawOptions& options, Context& context) {
  auto format = FormatOf(options);
  if (!format.ok()) return ReportError(format.status());
  auto store = context.OpenForRead();
  if (!store.ok()) return ReportError(store.status());
  auto reader = (*store)->NewReader();
  queries::Snapshot snapshot(*reader);
  Result<std::string> dot = std::string();
  switch (options.view) {
    case View::kLineage:
      dot = LineageView(options, context, snapshot);
      break;
    case View::kCorrespondence:
      dot = views::CorrespondenceDot(snapshot);
      break;
    case View::kDelegation:
      dot = views::DelegationDot(snapshot);
      break;
  }
  if (!dot.ok()) {
    if (dot.status().code() == Status::Code::kNotFound)
      return NothingFound(dot.status().message());
    return ReportError(dot.status());
  }
  auto image = views::Render(*dot, *format);
  if (!image.ok()) return ReportError(image.status());
  if (options.output.empty() || options.output == "-") {
    UnescapedOutput as_written;
    std::cout << *image << std::flush;
    return kExitOk;
  }
  Status s = WriteFileAtomically(options.output, [&](std::ostream& out) {
    out << *image;
    return out ? Status::Ok() : Status::IOError("could not write the drawing");
  });
  if (!s.ok()) return ReportError(s);
  std::cerr << "wrote " << options.output << "\n";
  return kExitOk;
}

CLI::App* AddView(CLI::App& draw, Context& context, View view,
                  const std::string& name, const std::string& description) {
  auto options = std::make_shared<DrawOptions>();
  options->view = view;
  CLI::App* command = draw.add_subcommand(name, description);
  if (view == View::kLineage) {
    command
        ->add_option("query", options->query,
                     "a topic (buffer-zone), words of a clause or a clause id")
        ->required();
    command->add_option("--lang", options->lang,
                        "language of the versions' words: en (default), ru");
    command
        ->add_option("--limit", options->limit,
                     "draw at most N versions, the first (default 40)")
        ->check(CLI::PositiveNumber);
  }
  command->add_option("-o,--output", options->output,
                      "write to FILE; its extension (.svg, .png, .dot) says "
                      "the format (default: DOT on standard output)");
  command->add_option("--format", options->format,
                      "svg, png or dot (default: by the extension of -o)");
  command->callback([options, &context]() {
    context.exit_code = RunDraw(*options, context);
  });
  return command;
}

}  // namespace

void SetupDrawCommand(CLI::App& app, Context& context) {
  CLI::App* draw = app.add_subcommand(
      "draw",
      "Pictures designed for reading, drawn by Graphviz: lineage, "
      "correspondence, delegation");
  draw->require_subcommand(1);
  AddView(*draw, context, View::kLineage, "lineage",
          "A clause across documents, left to right by date: each version's "
          "words, what changed, the positions taken, the agreed text");
  AddView(*draw, context, View::kCorrespondence, "correspondence",
          "Who wrote to whom: people and organisations, arrows by number of "
          "documents, relays, coloured by side");
  AddView(*draw, context, View::kDelegation, "delegation",
          "The delegations: heads, members and their roles");
}

}  // namespace parley::cli
