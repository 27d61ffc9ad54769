#include "cli/who_proposed_command.h"

#include <CLI/CLI.hpp>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/output.h"
#include "cli/query_support.h"
#include "graph/props.h"
#include "queries/json_value.h"
#include "queries/who_proposed.h"

namespace parley::cli {
namespace {

using nlohmann::ordered_json;
namespace prop = graph::prop;

struct WhoProposedOptions {
  std::string query;
  std::string by;
  std::string lang = "en";
  OutputFormat format = OutputFormat::kTable;
};

std::string Topics(const graph::Node& clause) {
  return Join(queries::StringList(clause.props.Get(prop::kTopics)), ", ");
}

// "message of 1951-06-30 in telegram 21404: Ciphered Telegram No. 21404, ..."
std::string DocumentText(const queries::ProposalAnswer& a) {
  std::string outer_title = a.outer.props.GetString(prop::kTitle);
  if (a.outer.id == a.document.id) {
    return queries::DocumentLabel(a.document) +
           (outer_title.empty() ? "" : ": " + outer_title);
  }
  return queries::DocumentLabel(a.document) + ", in " +
         queries::DocumentLabel(a.outer) +
         (outer_title.empty() ? "" : ": " + outer_title);
}

void PrintTable(const queries::WhoProposedResult& result,
                const std::string& lang) {
  for (size_t i = 0; i < result.answers.size(); ++i) {
    const queries::ProposalAnswer& a = result.answers[i];
    if (i > 0) std::cout << "\n";
    std::cout << WrapLabelled(
        "Point " + a.clause.props.GetString(prop::kOrdinal) + "  ",
        a.clause.id);
    std::cout << WrapLabelled("  \"",
                              queries::ClauseText(a.clause, lang) + "\"");
    std::string topics = Topics(a.clause);
    if (!topics.empty()) std::cout << WrapLabelled("  topics:      ", topics);
    std::cout << WrapLabelled(
        "  proposed by: ", JoinLabels(a.proposers, "(no proposer recorded)"));
    if (!a.chain.empty())
      std::cout << WrapLabelled("  chain:       ", ChainText(a.chain));
    std::cout << WrapLabelled("  document:    ", DocumentText(a));
    for (const std::string& c : a.citations) {
      std::cout << WrapLabelled("  source:      ", c);
    }
    for (const queries::Stance& s : a.stances) {
      std::cout << WrapLabelled("  stance:      ", StanceText(s));
    }
  }
}

void PrintCsv(const queries::WhoProposedResult& result,
              const std::string& lang) {
  std::cout << "clause,ordinal,proposers,chain,document,outer_document,date,"
               "citations,stances,quote\n";
  for (const queries::ProposalAnswer& a : result.answers) {
    std::vector<std::string> stances;
    for (const queries::Stance& s : a.stances) stances.push_back(StanceText(s));
    std::cout << CsvField(a.clause.id) << ','
              << CsvField(a.clause.props.GetString(prop::kOrdinal)) << ','
              << CsvField(JoinLabels(a.proposers)) << ','
              << CsvField(ChainText(a.chain)) << ',' << CsvField(a.document.id)
              << ',' << CsvField(a.outer.id) << ','
              << CsvField(a.document.props.GetString(prop::kDate)) << ','
              << CsvField(Join(a.citations, "; ")) << ','
              << CsvField(Join(stances, "; ")) << ','
              << CsvField(queries::ClauseText(a.clause, lang)) << '\n';
  }
}

ordered_json Prop(const graph::Node& n, std::string_view key,
                  graph::Value fallback) {
  const graph::Value* v = n.props.Get(key);
  return queries::ToJson(v ? *v : fallback);
}

void PrintJsonResult(const WhoProposedOptions& options,
                     const queries::WhoProposedResult& result) {
  ordered_json out;
  out["query"] = {
      {"text", options.query}, {"by", options.by}, {"lang", options.lang}};
  out["by"] = result.by ? NodeRefJson(*result.by) : ordered_json();
  ordered_json answers = ordered_json::array();
  for (const queries::ProposalAnswer& a : result.answers) {
    ordered_json item;
    item["clause"] = a.clause.id;
    item["ordinal"] = a.clause.props.GetString(prop::kOrdinal);
    item["matched_by"] = std::string(queries::MatchedByName(a.matched_by));
    item["quote"] = queries::ClauseText(a.clause, options.lang);
    item["text"] = Prop(a.clause, prop::kText, graph::Value::MakeObject());
    item["topics"] = Prop(a.clause, prop::kTopics, graph::Value::MakeArray());
    item["terms"] = Prop(a.clause, prop::kTerms, graph::Value::MakeObject());
    ordered_json proposers = ordered_json::array();
    for (const graph::Node& p : a.proposers)
      proposers.push_back(NodeRefJson(p));
    item["proposers"] = proposers;
    item["chain"] = ChainJson(a.chain);
    item["document"] = DocumentJson(a.document);
    item["outer_document"] = DocumentJson(a.outer);
    item["citations"] = a.citations;
    ordered_json stances = ordered_json::array();
    for (const queries::Stance& s : a.stances) stances.push_back(StanceJson(s));
    item["stances"] = stances;
    ordered_json evidence = ordered_json::array();
    for (const graph::Evidence& ev : a.clause.evidence)
      evidence.push_back(queries::ToJson(ev));
    item["evidence"] = evidence;
    answers.push_back(std::move(item));
  }
  out["answers"] = answers;
  ordered_json stances_by = ordered_json::array();
  for (const queries::Stance& s : result.stances_by)
    stances_by.push_back(StanceJson(s));
  out["stances_by"] = stances_by;
  PrintJson(out);
}

// Why nothing was found, and for a person who proposed nothing, what they
// did do.
std::string NothingMessage(const WhoProposedOptions& options,
                           const queries::WhoProposedResult& result) {
  if (!result.by) return "no clause matches '" + options.query + "'";
  std::string who = result.by->label + " (" + result.by->id + ")";
  std::string message =
      options.query.empty()
          ? who + " proposed no clause"
          : who + " proposed no clause matching '" + options.query + "'";
  if (!result.stances_by.empty()) {
    message += "; positions taken in documents " + result.by->label + " wrote:";
    for (const queries::Stance& s : result.stances_by) {
      message += "\n  " + s.stance + (s.partial ? " (in part)" : "") + " on " +
                 s.clause + " (" + s.document_label +
                 (s.date.empty() ? "" : ", " + s.date) + ")";
    }
  }
  return message;
}

int RunWhoProposed(const WhoProposedOptions& options, Context& context) {
  auto store = context.OpenForRead();
  if (!store.ok()) return ReportError(store.status());
  auto reader = (*store)->NewReader();
  queries::Snapshot snapshot(*reader);
  QueryKnowledge knowledge(context);
  queries::WhoProposedQuery query;
  query.text = options.query;
  query.by = options.by;
  query.hint = knowledge.NameHint();
  // A clause or document id needs no topic list.
  if (!options.query.empty() && snapshot.Find(options.query) == nullptr) {
    query.topics = knowledge.TopicsIn(options.query);
  }
  auto result = queries::WhoProposed(snapshot, query);
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
  if (result->answers.empty())
    return NothingFound(NothingMessage(options, *result));
  return kExitOk;
}

}  // namespace

void SetupWhoProposedCommand(CLI::App& app, Context& context) {
  auto options = std::make_shared<WhoProposedOptions>();
  CLI::App* command =
      app.add_subcommand("who-proposed",
                         "Who proposed each clause, and how it travelled "
                         "(author → forwarder → addressee)");
  command->add_option(
      "query", options->query,
      "a topic (prisoners_of_war, prisoners), words of a clause in either "
      "language, a clause id or a document id");
  command->add_option(
      "--by", options->by,
      "only what this person proposed (\"Filippov\", \"Kim Il Sung\", an id)");
  command->add_option(
      "--lang", options->lang,
      "language of the quotes: en (default), ru; a clause without it "
      "is quoted in the language it has");
  AddFormatOption(*command, options->format);
  command->callback([options, &context]() {
    context.exit_code = RunWhoProposed(*options, context);
  });
}

}  // namespace parley::cli
