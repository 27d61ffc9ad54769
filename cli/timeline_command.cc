#include "cli/timeline_command.h"

#include <CLI/CLI.hpp>
#include <cstdint>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/output.h"
#include "cli/query_support.h"
#include "graph/props.h"
#include "queries/documents.h"
#include "queries/timeline.h"

namespace parley::cli {
namespace {

using nlohmann::ordered_json;
namespace prop = graph::prop;

struct TimelineOptions {
  std::string from, to, person;
  std::string lang = "en";
  size_t limit = SIZE_MAX;
  OutputFormat format = OutputFormat::kTable;
};

// "Mao Zedong → Joseph Stalin via Krasovsky".
std::string Route(const queries::TimelineEntry& e) {
  std::string out =
      JoinLabels(e.authors, "?") + " → " + JoinLabels(e.recipients, "?");
  if (!e.relays.empty()) out += " via " + JoinLabels(e.relays);
  return out;
}

std::string Times(const queries::TimelineEntry& e) {
  std::vector<std::string> parts;
  if (!e.sent.empty()) parts.push_back("sent " + ReadableTime(e.sent));
  if (!e.received.empty())
    parts.push_back("received " + ReadableTime(e.received));
  return Join(parts, ", ");
}

// A clause in one line: "2. Beginning from a certain day … (Kim Il Sung)".
std::string ClauseLine(const queries::TimelineClause& c,
                       const std::string& lang) {
  std::string text = queries::ClauseText(c.clause, lang);
  std::string who =
      c.proposers.empty() ? "" : " (" + JoinLabels(c.proposers) + ")";
  constexpr size_t kMax = 110;
  if (DisplayWidth(text) > kMax) {
    std::vector<std::string> lines = Wrap(text, kMax, "");
    text = lines[0] + " …";
  }
  return c.clause.props.GetString(prop::kOrdinal) + ". " + text + who;
}

void PrintTable(const queries::TimelineResult& r, const std::string& lang) {
  for (size_t i = 0; i < r.entries.size(); ++i) {
    const queries::TimelineEntry& e = r.entries[i];
    if (i > 0) std::cout << "\n";
    std::string date = e.date.empty() ? "(undated)" : e.date;
    std::string title = e.document.props.GetString(prop::kTitle);
    std::cout << WrapLabelled(
        date + "  ", queries::DocumentLabel(e.document) + ": " + Route(e));
    std::string indent(DisplayWidth(date) + 2, ' ');
    std::cout << WrapLabelled(indent, e.document.id);
    if (!title.empty()) std::cout << WrapLabelled(indent, title);
    if (!e.outer.empty())
      std::cout << WrapLabelled(indent + "inside ", e.outer);
    std::string times = Times(e);
    if (!times.empty()) std::cout << WrapLabelled(indent, times);
    for (const std::string& w : DocumentWarnings(e.document)) {
      std::cout << WrapLabelled(indent + "warning: ", w);
    }
    if (!e.roles.empty()) {
      std::cout << WrapLabelled(indent,
                                r.person->label + ": " + Join(e.roles, ", "));
    }
    for (const queries::TimelineClause& c : e.clauses) {
      std::cout << WrapLabelled(indent + "  ", ClauseLine(c, lang));
    }
  }
  if (r.total > r.entries.size()) {
    std::cout << "\n"
              << MoreLine(r.total - r.entries.size(), "documents") << "\n";
  }
}

void PrintCsv(const queries::TimelineResult& r, const std::string& lang) {
  std::cout
      << "date,sent,received,document,type,outer_document,authors,recipients,"
         "relays,roles,clause,ordinal,proposers,quote\n";
  for (const queries::TimelineEntry& e : r.entries) {
    auto row = [&](const queries::TimelineClause* c) {
      std::cout << CsvField(e.date) << ',' << CsvField(e.sent) << ','
                << CsvField(e.received) << ',' << CsvField(e.document.id) << ','
                << CsvField(e.document.props.GetString(prop::kDocType)) << ','
                << CsvField(e.outer) << ',' << CsvField(JoinLabels(e.authors))
                << ',' << CsvField(JoinLabels(e.recipients)) << ','
                << CsvField(JoinLabels(e.relays)) << ','
                << CsvField(Join(e.roles, "; ")) << ',';
      if (c != nullptr) {
        std::cout << CsvField(c->clause.id) << ','
                  << CsvField(c->clause.props.GetString(prop::kOrdinal)) << ','
                  << CsvField(JoinLabels(c->proposers)) << ','
                  << CsvField(queries::ClauseText(c->clause, lang));
      } else {
        std::cout << ",,,";
      }
      std::cout << '\n';
    };
    row(nullptr);
    for (const queries::TimelineClause& c : e.clauses) row(&c);
  }
  // CSV holds only rows: what --limit left out is said on stderr.
  if (r.total > r.entries.size())
    std::cerr << MoreLine(r.total - r.entries.size(), "documents") << "\n";
}

ordered_json Refs(const std::vector<graph::Node>& nodes) {
  ordered_json out = ordered_json::array();
  for (const graph::Node& n : nodes) out.push_back(NodeRefJson(n));
  return out;
}

void PrintJsonResult(const TimelineOptions& options,
                     const queries::TimelineResult& r) {
  ordered_json entries = ordered_json::array();
  for (const queries::TimelineEntry& e : r.entries) {
    ordered_json item = DocumentJson(e.document);
    item["type"] = e.document.props.GetString(prop::kDocType);
    item["outer_document"] =
        e.outer.empty() ? ordered_json() : ordered_json(e.outer);
    item["authors"] = Refs(e.authors);
    item["recipients"] = Refs(e.recipients);
    item["relays"] = Refs(e.relays);
    item["roles"] = e.roles;
    if (std::vector<std::string> w = DocumentWarnings(e.document); !w.empty())
      item["warnings"] = w;
    ordered_json clauses = ordered_json::array();
    for (const queries::TimelineClause& c : e.clauses) {
      clauses.push_back(
          {{"clause", c.clause.id},
           {"ordinal", c.clause.props.GetString(prop::kOrdinal)},
           {"proposers", Refs(c.proposers)},
           {"quote", queries::ClauseText(c.clause, options.lang)}});
    }
    item["clauses"] = clauses;
    entries.push_back(std::move(item));
  }
  ordered_json out = {
      {"query",
       {{"from", options.from},
        {"to", options.to},
        {"person", options.person},
        {"lang", options.lang}}},
      {"person", r.person ? NodeRefJson(*r.person) : ordered_json()}};
  // Only with --limit, so that the output of a plain query stays as it was.
  if (options.limit != SIZE_MAX) {
    out["total"] = r.total;
    out["truncated"] = r.total > r.entries.size();
  }
  out["documents"] = std::move(entries);
  PrintJson(out);
}

int RunTimeline(const TimelineOptions& options, Context& context) {
  auto store = context.OpenForRead();
  if (!store.ok()) return ReportError(store.status());
  auto reader = (*store)->NewReader();
  queries::Snapshot snapshot(*reader);
  QueryKnowledge knowledge(context);
  queries::TimelineQuery query;
  query.from = options.from;
  query.to = options.to;
  query.person = options.person;
  query.hint = knowledge.NameHint();
  query.limit = options.limit;
  auto result = queries::Timeline(snapshot, query);
  if (!result.ok()) return ReportError(result.status());
  switch (options.format) {
    case OutputFormat::kTable:
      PrintTable(*result, options.lang);
      break;
    case OutputFormat::kJson:
      PrintJsonResult(options, *result);
      break;
    case OutputFormat::kCsv:
      PrintCsv(*result, options.lang);
      break;
  }
  if (result->entries.empty())
    return NothingFound("no document in that time or for that person");
  return kExitOk;
}

}  // namespace

void SetupTimelineCommand(CLI::App& app, Context& context) {
  auto options = std::make_shared<TimelineOptions>();
  CLI::App* command = app.add_subcommand("timeline",
                                         "Documents and their clauses in time "
                                         "order, with sent and received times");
  command
      ->add_option("--from", options->from,
                   "from this date on (YYYY, YYYY-MM or YYYY-MM-DD)")
      ->check(DateBound());
  command
      ->add_option("--to", options->to,
                   "up to this date, inclusive (a month or year: all of it)")
      ->check(DateBound());
  command->add_option(
      "--person", options->person,
      "only documents this person wrote, received, relayed, was copied on or "
      "proposed in");
  command->add_option("--lang", options->lang,
                      "language of the clause texts: en (default), ru");
  AddLimitOption(*command, options->limit, "documents");
  AddFormatOption(*command, options->format);
  command->callback([options, &context]() {
    context.exit_code = RunTimeline(*options, context);
  });
}

}  // namespace parley::cli
