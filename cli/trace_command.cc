#include "cli/trace_command.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/graph_output.h"
#include "cli/output.h"
#include "cli/query_support.h"
#include "cli/table_format.h"
#include "graph/props.h"
#include "queries/json_value.h"
#include "queries/selection.h"
#include "queries/trace.h"

namespace parley::cli {
namespace {

using nlohmann::ordered_json;
namespace prop = graph::prop;

struct TraceOptions {
  std::string query;
  std::string lang = "en";
  std::string side;
  std::string from, to;
  size_t limit = SIZE_MAX;
  TableFormat format = TableFormat::kTable;
  GraphOutput graph;  // --format graphml, dot, ...: the answer as a graph
};

// "point 2 of message of 1951-06-30".
std::string VersionLabel(const queries::ClauseVersion& v) {
  return "point " + v.clause.props.GetString(prop::kOrdinal) + " of " +
         queries::DocumentLabel(v.document);
}

// Where the version was written and how its page went: "message of
// 1951-06-30, in telegram 21404 of 1951-07-03, received 1951-07-03 12:10".
std::string DocumentLine(const queries::ClauseVersion& v) {
  std::string out = queries::DocumentLabel(v.document);
  const graph::Node& page = v.outer.id.empty() ? v.document : v.outer;
  if (page.id != v.document.id) {
    out += ", in " + queries::DocumentLabel(page);
    std::string date = page.props.GetString(prop::kDate);
    if (!date.empty() && out.find(date) == std::string::npos)
      out += " of " + date;
  }
  std::string sent = page.props.GetString(prop::kSent);
  std::string dateline = page.props.GetString(prop::kDateline);
  std::string received = page.props.GetString(prop::kReceived);
  std::string received_by = page.props.GetString(prop::kReceivedBy);
  if (!sent.empty()) out += ", sent " + ReadableTime(sent);
  // A dateline says neither sent nor received.
  if (sent.empty() && !dateline.empty())
    out += ", dateline " + ReadableTime(dateline);
  if (!received.empty()) {
    out += ", " + (received_by.empty() ? "" : received_by + " ") + "received " +
           ReadableTime(received);
  }
  return out;
}

std::string Similarity(const std::optional<double>& s) {
  if (!s) return "";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.2f", *s);
  return buffer;
}

// "text similarity 0.42"; the basis as the link states it.
std::string SimilarityText(const queries::ClauseVersion& v) {
  std::string s = Similarity(v.similarity);
  if (s.empty()) return "";
  return (v.similarity_basis.empty() ? std::string("similarity")
                                     : v.similarity_basis + " similarity") +
         " " + s;
}

// "from point 2 of message of 1951-06-30 (doc:…/clause-2), text similarity
// 0.35; weak link: by topics, confidence 0.53".
std::string ChangedFromText(const queries::ClauseVersion& v) {
  std::string out = "from " + v.compared_label + " (" + v.compared_with + ")";
  std::string similarity = SimilarityText(v);
  if (!similarity.empty()) out += ", " + similarity;
  if (v.link.weak) out += "; " + LinkText(v.link);
  return out;
}

std::string Head(const queries::ClauseVersion& v) {
  std::string head = VersionLabel(v);
  if (!v.proposals.empty()) {
    bool agreed = std::all_of(
        v.proposals.begin(), v.proposals.end(),
        [](const queries::Proposer& p) { return p.modality == prop::kAgreed; });
    head += (agreed ? ", agreed by " : ", proposed by ") +
            ProposersText(v.proposals);
    if (agreed && head.ends_with(" (agreed)"))
      head.resize(head.size() - std::string(" (agreed)").size());
  }
  std::string side = queries::SideLabel(v.side);
  if (!side.empty()) head += " [" + side + "]";
  return head;
}

void PrintVersion(const queries::ClauseVersion& v, const std::string& lang) {
  std::cout << WrapLabelled((v.date.empty() ? "(undated)" : v.date) + "  ",
                            Head(v));
  std::cout << WrapLabelled("  ", v.clause.id);
  std::cout << WrapLabelled("  \"", queries::ClauseText(v.clause, lang) + "\"");
  std::cout << WrapLabelled("  document: ", DocumentLine(v));
  if (!v.chain.empty())
    std::cout << WrapLabelled("  chain:    ", ChainText(v.chain));
  if (!v.crossed_from.empty()) {
    std::cout << WrapLabelled("  crossed the table: ",
                              queries::SideLabel(v.crossed_from) + " → " +
                                  queries::SideLabel(v.side));
  }
  if (!v.compared_with.empty()) {
    std::cout << WrapLabelled("  changed:  ", ChangedFromText(v));
    for (const std::string& c : v.changes)
      std::cout << WrapLabelled("            - ", c);
  }
  for (const queries::Stance& s : v.stances)
    std::cout << WrapLabelled("  stance:   ", StanceText(s));
  if (!v.source_line.empty()) {
    std::cout << WrapLabelled("  source:   ", v.source_line);
  } else {
    for (const std::string& c : v.citations)
      std::cout << WrapLabelled("  source:   ", c);
  }
}

// The heading of lineage `l`, before its first version.
void PrintLineageHead(const std::vector<queries::Lineage>& lineages, size_t l) {
  {
    const queries::Lineage& lineage = lineages[l];
    if (l > 0) std::cout << "\n";
    const auto& first = lineage.versions.front();
    const auto& last = lineage.versions.back();
    std::string span =
        first.date == last.date ? first.date : first.date + " to " + last.date;
    std::string head =
        "Lineage " + std::to_string(l + 1) + " of " +
        std::to_string(lineages.size()) + ": " +
        std::to_string(lineage.versions.size()) +
        (lineage.versions.size() == 1 ? " version" : " versions") +
        (span.empty() ? "" : ", " + span);
    if (lineage.branch_of >= 0) {
      head += ", branching from lineage " +
              std::to_string(lineage.branch_of + 1) + " at " +
              lineage.branches_from_label;
    }
    std::cout << WrapLabelled("", head);
  }
}

// Prints version `i` of lineage `l` as soon as it is filled in (flushed,
// so the first appears at once), after the lineage's heading.
void PrintTableVersion(const std::vector<queries::Lineage>& lineages, size_t l,
                       size_t i, const std::string& lang) {
  if (i == 0) PrintLineageHead(lineages, l);
  std::cout << "\n";
  PrintVersion(lineages[l].versions[i], lang);
  std::cout << std::flush;
}

PaperTable TracePaperTable(const std::vector<queries::Lineage>& lineages) {
  PaperTable t;
  t.caption = "Versions of the clause, in the order written";
  t.columns = {"lineage",  "version",       "date",       "clause",  "ordinal",
               "document", "side",          "proposers",  "topics",  "text_en",
               "text_ru",  "compared_with", "similarity", "changes", "crossed",
               "stances",  "source"};
  for (size_t l = 0; l < lineages.size(); ++l) {
    for (size_t i = 0; i < lineages[l].versions.size(); ++i) {
      const queries::ClauseVersion& v = lineages[l].versions[i];
      std::vector<std::string> stances;
      for (const queries::Stance& s : v.stances)
        stances.push_back(StanceText(s));
      auto text = [&](const char* lang) {
        const graph::Value* t = v.clause.props.Get(prop::kText);
        const graph::Value* x = t && t->is_object() ? t->Get(lang) : nullptr;
        return x && x->is_string() ? x->as_string() : std::string();
      };
      std::string crossed = v.crossed_from.empty()
                                ? ""
                                : queries::SideLabel(v.crossed_from) + " → " +
                                      queries::SideLabel(v.side);
      t.rows.push_back(
          {std::to_string(l + 1), std::to_string(i + 1), v.date, v.clause.id,
           v.clause.props.GetString(prop::kOrdinal), DocumentLine(v),
           queries::SideLabel(v.side), ProposersText(v.proposals),
           Join(queries::StringList(v.clause.props.Get(prop::kTopics)), ", "),
           text("en"), text("ru"),
           v.compared_with.empty()
               ? ""
               : v.compared_label + " (" + v.compared_with + ")",
           SimilarityText(v), Join(v.changes, "; "), crossed,
           Join(stances, "; "),
           v.source_line.empty() ? Join(v.citations, "; ") : v.source_line});
    }
  }
  return t;
}

ordered_json Prop(const graph::Node& n, std::string_view key,
                  graph::Value fallback) {
  const graph::Value* v = n.props.Get(key);
  return queries::ToJson(v ? *v : fallback);
}

void PrintJsonResult(const TraceOptions& options,
                     const queries::TraceResult& result) {
  const std::vector<queries::Lineage>& lineages = result.lineages;
  ordered_json out;
  out["query"] = {{"text", options.query}, {"lang", options.lang}};
  // Only with --limit or dates, so that the output of a plain query stays
  // as it was.
  if (!options.from.empty()) out["query"]["from"] = options.from;
  if (!options.to.empty()) out["query"]["to"] = options.to;
  if (options.limit != SIZE_MAX) out["query"]["limit"] = options.limit;
  ordered_json list = ordered_json::array();
  for (const queries::Lineage& lineage : lineages) {
    ordered_json versions = ordered_json::array();
    for (const queries::ClauseVersion& v : lineage.versions) {
      ordered_json item;
      item["clause"] = v.clause.id;
      item["ordinal"] = v.clause.props.GetString(prop::kOrdinal);
      item["date"] = v.date;
      item["matched"] = v.matched;
      item["quote"] = queries::ClauseText(v.clause, options.lang);
      item["text"] = Prop(v.clause, prop::kText, graph::Value::MakeObject());
      item["topics"] = Prop(v.clause, prop::kTopics, graph::Value::MakeArray());
      item["terms"] = Prop(v.clause, prop::kTerms, graph::Value::MakeObject());
      ordered_json proposers = ordered_json::array();
      for (const graph::Node& p : v.proposers)
        proposers.push_back(NodeRefJson(p));
      item["proposers"] = proposers;
      ordered_json proposals = ordered_json::array();
      for (const queries::Proposer& p : v.proposals) {
        proposals.push_back(
            {{"person", NodeRefJson(p.person)},
             {"modality", p.modality},
             {"reported_by", p.reported_by.id.empty()
                                 ? ordered_json()
                                 : NodeRefJson(p.reported_by)}});
      }
      item["proposals"] = proposals;
      item["side"] = v.side;
      item["document"] = DocumentJson(v.document);
      item["outer_document"] = DocumentJson(v.outer);
      item["chain"] = ChainJson(v.chain);
      item["citations"] = v.citations;
      item["source_line"] = v.source_line;
      item["compared_with"] = v.compared_with.empty()
                                  ? ordered_json()
                                  : ordered_json(v.compared_with);
      item["similarity"] =
          v.similarity ? ordered_json(*v.similarity) : ordered_json();
      item["compared_label"] = v.compared_label;
      item["similarity_basis"] = v.similarity_basis;
      item["link"] =
          v.compared_with.empty() ? ordered_json() : LinkJson(v.link);
      item["changes"] = v.changes;
      item["crossed_the_table"] =
          v.crossed_from.empty()
              ? ordered_json()
              : ordered_json({{"from", v.crossed_from}, {"to", v.side}});
      ordered_json stances = ordered_json::array();
      for (const queries::Stance& s : v.stances)
        stances.push_back(StanceJson(s));
      item["stances"] = stances;
      versions.push_back(std::move(item));
    }
    ordered_json entry = {{"versions", versions}};
    entry["branches_from"] = lineage.branches_from.empty()
                                 ? ordered_json()
                                 : ordered_json(lineage.branches_from);
    entry["branch_of"] = lineage.branch_of >= 0
                             ? ordered_json(lineage.branch_of + 1)
                             : ordered_json();
    list.push_back(std::move(entry));
  }
  out["lineages"] = list;
  if (options.limit != SIZE_MAX) {
    size_t shown = 0;
    for (const queries::Lineage& l : lineages) shown += l.versions.size();
    out["total"] = result.total;
    out["truncated"] = result.total > shown;
  }
  PrintJson(out);
}

int RunTrace(const TraceOptions& options, Context& context) {
  auto store = context.OpenForRead();
  if (!store.ok()) return ReportError(store.status());
  auto reader = (*store)->NewReader();
  queries::Snapshot snapshot(*reader);
  queries::TraceQuery query;
  query.text = options.query;
  query.side = options.side;
  query.from = options.from;
  query.to = options.to;
  query.limit = options.limit;
  if (snapshot.FindHead(options.query) == nullptr) {
    QueryKnowledge knowledge(context);
    query.topics = knowledge.TopicsIn(options.query);
  }
  // The table is printed version by version as they are filled in.
  queries::VersionSink sink;
  if (options.format == TableFormat::kTable && !options.graph.format) {
    sink = [&](const std::vector<queries::Lineage>& lineages, size_t l,
               size_t i) { PrintTableVersion(lineages, l, i, options.lang); };
  }
  auto result = queries::TraceClause(snapshot, query, sink);
  if (!result.ok()) return ReportError(result.status());
  size_t shown = 0;
  for (const queries::Lineage& l : result->lineages) shown += l.versions.size();
  if (options.graph.format) {
    const int code =
        WriteAnswerGraph(options.graph, snapshot, queries::AnswerOf(*result));
    if (code != kExitOk) return code;
  } else {
    switch (options.format) {
      case TableFormat::kTable:
        if (result->total > shown)
          std::cout << "\n"
                    << MoreLine(result->total - shown, "versions") << "\n";
        break;
      case TableFormat::kJson:
        PrintJsonResult(options, *result);
        break;
      default:
        WritePaperTable(std::cout, TracePaperTable(result->lineages),
                        options.format);
        // A paper table holds only rows: the count goes to stderr.
        if (result->total > shown)
          std::cerr << MoreLine(result->total - shown, "versions") << "\n";
    }
  }
  if (result->lineages.empty()) {
    std::string why = "no version of '" + options.query + "'";
    if (!options.side.empty()) why += " on side " + options.side;
    if (!options.from.empty()) why += " from " + options.from;
    if (!options.to.empty()) why += " to " + options.to;
    return NothingFound(why);
  }
  return kExitOk;
}

}  // namespace

void SetupTraceCommand(CLI::App& app, Context& context) {
  auto options = std::make_shared<TraceOptions>();
  CLI::App* command =
      app.add_subcommand("trace",
                         "A clause's versions across documents, in the order "
                         "written, with what changed");
  command
      ->add_option(
          "query", options->query,
          "a clause id, words of a clause in either language, or a topic")
      ->required();
  command->add_option(
      "--lang", options->lang,
      "language of the quotes: en (default), ru; a clause without it "
      "is quoted in the language it has");
  command->add_option("--side", options->side,
                      "only versions of this side: kpa-cpv or unc (agreed "
                      "text counts for both)");
  command
      ->add_option("--from", options->from,
                   "only versions of documents from this date on (YYYY, "
                   "YYYY-MM or YYYY-MM-DD)")
      ->check(DateBound());
  command
      ->add_option("--to", options->to,
                   "only versions of documents up to this date (YYYY, "
                   "YYYY-MM or YYYY-MM-DD)")
      ->check(DateBound());
  AddLimitOption(*command, options->limit, "versions");
  AddAnswerFormatOption(*command, options->format, options->graph);
  command->callback([options, &context]() {
    context.exit_code = RunTrace(*options, context);
  });
}

}  // namespace parley::cli
