#include "cli/trace_command.h"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/output.h"
#include "cli/query_support.h"
#include "graph/props.h"
#include "queries/json_value.h"
#include "queries/trace.h"

namespace parley::cli {
namespace {

using nlohmann::ordered_json;
namespace prop = graph::prop;

struct TraceOptions {
  std::string query;
  std::string lang = "en";
  OutputFormat format = OutputFormat::kTable;
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
  std::string received = page.props.GetString(prop::kReceived);
  if (!sent.empty()) out += ", sent " + ReadableTime(sent);
  if (!received.empty()) out += ", received " + ReadableTime(received);
  return out;
}

std::string Similarity(const std::optional<double>& s) {
  if (!s) return "";
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.2f", *s);
  return buffer;
}

const queries::ClauseVersion* FindVersion(const queries::Lineage& lineage,
                                          const graph::NodeId& id) {
  for (const queries::ClauseVersion& v : lineage.versions) {
    if (v.clause.id == id) return &v;
  }
  return nullptr;
}

void PrintTable(const std::vector<queries::Lineage>& lineages,
                const std::string& lang) {
  for (size_t l = 0; l < lineages.size(); ++l) {
    const queries::Lineage& lineage = lineages[l];
    if (l > 0) std::cout << "\n";
    const auto& first = lineage.versions.front();
    const auto& last = lineage.versions.back();
    std::string span =
        first.date == last.date ? first.date : first.date + " to " + last.date;
    std::cout << "Lineage " << l + 1 << " of " << lineages.size() << ": "
              << lineage.versions.size()
              << (lineage.versions.size() == 1 ? " version" : " versions")
              << (span.empty() ? "" : ", " + span) << "\n";
    for (const queries::ClauseVersion& v : lineage.versions) {
      std::cout << "\n";
      std::string head = VersionLabel(v);
      if (!v.proposers.empty())
        head += ", proposed by " + JoinLabels(v.proposers);
      std::cout << WrapLabelled((v.date.empty() ? "(undated)" : v.date) + "  ",
                                head);
      std::cout << WrapLabelled("  ", v.clause.id);
      std::cout << WrapLabelled("  \"",
                                queries::ClauseText(v.clause, lang) + "\"");
      std::cout << WrapLabelled("  document: ", DocumentLine(v));
      if (!v.chain.empty())
        std::cout << WrapLabelled("  chain:    ", ChainText(v.chain));
      if (!v.compared_with.empty()) {
        const queries::ClauseVersion* before =
            FindVersion(lineage, v.compared_with);
        std::string from = before ? VersionLabel(*before) : v.compared_with;
        std::string similarity = Similarity(v.similarity);
        std::cout << WrapLabelled(
            "  changed:  ",
            "from " + from +
                (similarity.empty() ? "" : " (similarity " + similarity + ")"));
        for (const std::string& c : v.changes)
          std::cout << WrapLabelled("            - ", c);
      }
      for (const queries::Stance& s : v.stances) {
        std::cout << WrapLabelled("  stance:   ", StanceText(s));
      }
      for (const std::string& c : v.citations)
        std::cout << WrapLabelled("  source:   ", c);
    }
  }
}

void PrintCsv(const std::vector<queries::Lineage>& lineages,
              const std::string& lang) {
  std::cout
      << "lineage,version,date,clause,ordinal,document,outer_document,sent,"
         "received,proposers,compared_with,similarity,changes,stances,quote\n";
  for (size_t l = 0; l < lineages.size(); ++l) {
    for (size_t i = 0; i < lineages[l].versions.size(); ++i) {
      const queries::ClauseVersion& v = lineages[l].versions[i];
      std::vector<std::string> stances;
      for (const queries::Stance& s : v.stances)
        stances.push_back(StanceText(s));
      std::cout << l + 1 << ',' << i + 1 << ',' << CsvField(v.date) << ','
                << CsvField(v.clause.id) << ','
                << CsvField(v.clause.props.GetString(prop::kOrdinal)) << ','
                << CsvField(v.document.id) << ',' << CsvField(v.outer.id) << ','
                << CsvField(v.outer.props.GetString(prop::kSent)) << ','
                << CsvField(v.outer.props.GetString(prop::kReceived)) << ','
                << CsvField(JoinLabels(v.proposers)) << ','
                << CsvField(v.compared_with) << ',' << Similarity(v.similarity)
                << ',' << CsvField(Join(v.changes, "; ")) << ','
                << CsvField(Join(stances, "; ")) << ','
                << CsvField(queries::ClauseText(v.clause, lang)) << '\n';
    }
  }
}

ordered_json Prop(const graph::Node& n, std::string_view key,
                  graph::Value fallback) {
  const graph::Value* v = n.props.Get(key);
  return queries::ToJson(v ? *v : fallback);
}

void PrintJsonResult(const TraceOptions& options,
                     const std::vector<queries::Lineage>& lineages) {
  ordered_json out;
  out["query"] = {{"text", options.query}, {"lang", options.lang}};
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
      item["document"] = DocumentJson(v.document);
      item["outer_document"] = DocumentJson(v.outer);
      item["chain"] = ChainJson(v.chain);
      item["citations"] = v.citations;
      item["compared_with"] = v.compared_with.empty()
                                  ? ordered_json()
                                  : ordered_json(v.compared_with);
      item["similarity"] =
          v.similarity ? ordered_json(*v.similarity) : ordered_json();
      item["changes"] = v.changes;
      ordered_json stances = ordered_json::array();
      for (const queries::Stance& s : v.stances)
        stances.push_back(StanceJson(s));
      item["stances"] = stances;
      versions.push_back(std::move(item));
    }
    list.push_back({{"versions", versions}});
  }
  out["lineages"] = list;
  PrintJson(out);
}

int RunTrace(const TraceOptions& options, Context& context) {
  auto store = context.OpenForRead();
  if (!store.ok()) return ReportError(store.status());
  auto reader = (*store)->NewReader();
  queries::Snapshot snapshot(*reader);
  queries::TraceQuery query;
  query.text = options.query;
  if (snapshot.Find(options.query) == nullptr) {
    QueryKnowledge knowledge(context);
    query.topics = knowledge.TopicsIn(options.query);
  }
  auto lineages = queries::TraceClause(snapshot, query);
  if (!lineages.ok()) return ReportError(lineages.status());
  switch (options.format) {
    case OutputFormat::kTable:
      PrintTable(*lineages, options.lang);
      break;
    case OutputFormat::kJson:
      PrintJsonResult(options, *lineages);
      break;
    case OutputFormat::kCsv:
      PrintCsv(*lineages, options.lang);
      break;
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
  AddFormatOption(*command, options->format);
  command->callback([options, &context]() {
    context.exit_code = RunTrace(*options, context);
  });
}

}  // namespace parley::cli
