#include "cli/who_proposed_command.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdint>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/graph_output.h"
#include "cli/output.h"
#include "cli/query_support.h"
#include "cli/stances_command.h"
#include "cli/table_format.h"
#include "graph/props.h"
#include "queries/json_value.h"
#include "queries/selection.h"
#include "queries/who_proposed.h"

namespace parley::cli {
namespace {

using nlohmann::ordered_json;
namespace prop = graph::prop;

struct WhoProposedOptions {
  std::string query;
  std::string by;
  std::string lang = "en";
  std::string side;
  std::string group;
  std::string from, to;
  size_t limit = SIZE_MAX;
  bool summary = false;
  TableFormat format = TableFormat::kTable;
  GraphOutput graph;  // --format graphml, dot, ...: the answer as a graph
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

std::string AnswerBlock(const queries::ProposalAnswer& a,
                        const std::string& lang) {
  std::string out;
  out += WrapLabelled(
      "Point " + a.clause.props.GetString(prop::kOrdinal) + "  ", a.clause.id);
  out += WrapLabelled("  \"", queries::ClauseText(a.clause, lang) + "\"");
  std::string topics = Topics(a.clause);
  if (!topics.empty()) out += WrapLabelled("  topics:      ", topics);
  bool agreed = !a.proposals.empty() &&
                std::all_of(a.proposals.begin(), a.proposals.end(),
                            [](const queries::Proposer& p) {
                              return p.modality == prop::kAgreed;
                            });
  out += WrapLabelled(agreed ? "  agreed by:   " : "  proposed by: ",
                      ProposersText(a.proposals, "(no proposer recorded)"));
  std::string side = queries::SideLabel(a.side);
  if (!side.empty()) out += WrapLabelled("  side:        ", side);
  if (!a.chain.empty())
    out += WrapLabelled("  chain:       ", ChainText(a.chain));
  out += WrapLabelled("  document:    ", DocumentText(a));
  if (!a.source_line.empty()) {
    out += WrapLabelled("  source:      ", a.source_line);
  } else {
    for (const std::string& c : a.citations)
      out += WrapLabelled("  source:      ", c);
  }
  for (const queries::Stance& s : a.stances)
    out += WrapLabelled("  stance:      ", StanceText(s));
  return out;
}

// Prints the answers of the table one by one as they are built (flushed,
// so the first appears at once), with a heading per side when grouped.
class TablePrinter {
 public:
  explicit TablePrinter(const WhoProposedOptions& options)
      : options_(options) {}

  void Print(const queries::ProposalAnswer& a) {
    bool group = options_.group == "side";
    if (group && a.side != current_) {
      current_ = a.side;
      if (printed_ > 0) std::cout << "\n";
      std::cout << "== "
                << (a.side.empty() ? "side unknown"
                                   : queries::SideLabel(a.side))
                << " ==\n";
    }
    if (printed_ > 0 || group) std::cout << "\n";
    std::cout << AnswerBlock(a, options_.lang) << std::flush;
    ++printed_;
  }
  size_t printed() const { return printed_; }

 private:
  const WhoProposedOptions& options_;
  std::string current_ = "\x01";
  size_t printed_ = 0;
};

// What follows the answers in the table: how many more there are, and the
// positions of --by.
void PrintTableEnd(const WhoProposedOptions& options,
                   const queries::WhoProposedResult& result, size_t printed) {
  if (result.total > printed)
    std::cout << "\n" << MoreLine(result.total - printed, "answers") << "\n";
  bool group = options.group == "side";
  if (result.by && !result.stances_by.empty()) {
    if (printed > 0) {
      std::cout << "\n";
    } else {
      // Positions are not proposals; say so before listing them.
      std::cout << result.by->label << " proposed no clause"
                << (options.query.empty() ? ""
                                          : " matching '" + options.query + "'")
                << ".\n\n";
    }
    std::cout << "Positions taken by " << result.by->label << " ("
              << result.stances_by.size() << "):\n\n"
              << PositionsTableText(result.stances_by, group);
  }
}

void PrintSummary(const WhoProposedOptions& options,
                  const std::vector<queries::ProposalCount>& counts) {
  PaperTable t;
  t.caption = "Who proposed what: clauses by proposer and topic";
  t.columns = {"proposer", "topic", "clauses", "first", "last"};
  for (const queries::ProposalCount& c : counts) {
    t.rows.push_back(
        {c.proposer.id.empty() ? "(no proposer recorded)" : c.proposer.label,
         c.topic.empty() ? "(no topic)" : c.topic, std::to_string(c.count),
         c.first_date, c.last_date});
  }
  if (options.format == TableFormat::kJson) {
    ordered_json rows = ordered_json::array();
    for (const queries::ProposalCount& c : counts) {
      rows.push_back(
          {{"proposer",
            c.proposer.id.empty() ? ordered_json() : NodeRefJson(c.proposer)},
           {"topic", c.topic},
           {"count", c.count},
           {"first_date", c.first_date},
           {"last_date", c.last_date}});
    }
    ordered_json out;
    out["query"] = {{"text", options.query},
                    {"by", options.by},
                    {"from", options.from},
                    {"to", options.to}};
    out["summary"] = rows;
    PrintJson(out);
    return;
  }
  if (options.format != TableFormat::kTable) {
    WritePaperTable(std::cout, t, options.format);
    return;
  }
  // Aligned columns; the proposer and topic are as wide as their longest.
  std::vector<size_t> width(t.columns.size(), 0);
  for (size_t i = 0; i < t.columns.size(); ++i)
    width[i] = DisplayWidth(t.columns[i]);
  for (const auto& row : t.rows) {
    for (size_t i = 0; i < row.size(); ++i)
      width[i] = std::max(width[i], DisplayWidth(row[i]));
  }
  auto line = [&](const std::vector<std::string>& row) {
    std::string out;
    for (size_t i = 0; i < row.size(); ++i) {
      std::string pad(width[i] - DisplayWidth(row[i]), ' ');
      // Counts align right, the rest left.
      out += i == 2 ? pad + row[i] : row[i] + (i + 1 < row.size() ? pad : "");
      if (i + 1 < row.size()) out += "  ";
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    std::cout << out << "\n";
  };
  line(t.columns);
  for (const auto& row : t.rows) line(row);
}

PaperTable AnswersPaperTable(const queries::WhoProposedResult& result) {
  PaperTable t;
  t.caption = "Who proposed each clause";
  t.columns = {"clause",  "ordinal",   "date",    "document",
               "side",    "proposers", "topics",  "text_en",
               "text_ru", "chain",     "stances", "source"};
  for (const queries::ProposalAnswer& a : result.answers) {
    std::vector<std::string> stances;
    for (const queries::Stance& s : a.stances) stances.push_back(StanceText(s));
    auto text = [&](const char* lang) {
      const graph::Value* t = a.clause.props.Get(prop::kText);
      const graph::Value* v = t && t->is_object() ? t->Get(lang) : nullptr;
      return v && v->is_string() ? v->as_string() : std::string();
    };
    t.rows.push_back(
        {a.clause.id, a.clause.props.GetString(prop::kOrdinal),
         a.document.props.GetString(prop::kDate), DocumentText(a),
         queries::SideLabel(a.side), ProposersText(a.proposals),
         Topics(a.clause), text("en"), text("ru"), ChainText(a.chain),
         Join(stances, "; "),
         a.source_line.empty() ? Join(a.citations, "; ") : a.source_line});
  }
  return t;
}

void PrintPaper(const WhoProposedOptions& options,
                const queries::WhoProposedResult& result) {
  bool positions = result.by && !result.stances_by.empty();
  if (!result.answers.empty() || !positions ||
      options.format != TableFormat::kCsv) {
    WritePaperTable(std::cout, AnswersPaperTable(result), options.format);
  }
  if (!positions) return;
  if (options.format != TableFormat::kCsv) {
    std::cout << "\n";
  } else if (!result.answers.empty()) {
    return;  // CSV holds one table: the answers
  }
  WritePaperTable(std::cout,
                  PositionsPaperTable(result.stances_by,
                                      "Positions taken by " + result.by->label),
                  options.format);
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
  // Only with --limit or dates, so that the output of a plain query stays
  // as it was.
  if (!options.from.empty()) out["query"]["from"] = options.from;
  if (!options.to.empty()) out["query"]["to"] = options.to;
  if (options.limit != SIZE_MAX) out["query"]["limit"] = options.limit;
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
    ordered_json proposals = ordered_json::array();
    for (const queries::Proposer& p : a.proposals) {
      proposals.push_back({{"person", NodeRefJson(p.person)},
                           {"modality", p.modality},
                           {"reported_by", p.reported_by.id.empty()
                                               ? ordered_json()
                                               : NodeRefJson(p.reported_by)}});
    }
    item["proposals"] = proposals;
    item["side"] = a.side;
    item["chain"] = ChainJson(a.chain);
    item["document"] = DocumentJson(a.document);
    item["outer_document"] = DocumentJson(a.outer);
    item["citations"] = a.citations;
    item["source_line"] = a.source_line;
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
  if (options.limit != SIZE_MAX) {
    out["total"] = result.total;
    out["truncated"] = result.total > result.answers.size();
  }
  ordered_json stances_by = ordered_json::array();
  for (const queries::Position& p : result.stances_by)
    stances_by.push_back(PositionJson(p));
  out["stances_by"] = stances_by;
  PrintJson(out);
}

// Why nothing was found.
std::string NothingMessage(const WhoProposedOptions& options,
                           const queries::WhoProposedResult& result) {
  if (!result.by) return "no clause matches '" + options.query + "'";
  std::string who = result.by->label + " (" + result.by->id + ")";
  std::string message =
      options.query.empty()
          ? who + " proposed no clause"
          : who + " proposed no clause matching '" + options.query + "'";
  return message + " and took no position";
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
  query.side = options.side;
  query.from = options.from;
  query.to = options.to;
  query.group_by_side = options.group == "side";
  query.limit = options.limit;
  // A clause or document id needs no topic list.
  if (!options.query.empty() && snapshot.FindHead(options.query) == nullptr) {
    query.topics = knowledge.TopicsIn(options.query);
  }
  if (options.summary) {
    auto counts = queries::SummarizeProposals(snapshot, query);
    if (!counts.ok()) return ReportError(counts.status());
    PrintSummary(options, *counts);
    if (counts->empty())
      return NothingFound("no clause matches '" + options.query + "'");
    return kExitOk;
  }
  // The table is printed answer by answer as they are built.
  TablePrinter printer(options);
  queries::AnswerSink sink;
  if (options.format == TableFormat::kTable && !options.graph.format)
    sink = [&](queries::ProposalAnswer&& a) { printer.Print(a); };
  auto result = queries::WhoProposed(snapshot, query, sink);
  if (!result.ok()) return ReportError(result.status());
  size_t shown = sink ? printer.printed() : result->answers.size();
  if (options.graph.format) {
    const int code =
        WriteAnswerGraph(options.graph, snapshot, queries::AnswerOf(*result));
    if (code != kExitOk) return code;
  } else {
    switch (options.format) {
      case TableFormat::kTable:
        PrintTableEnd(options, *result, shown);
        break;
      case TableFormat::kJson:
        PrintJsonResult(options, *result);
        break;
      default:
        PrintPaper(options, *result);
        // A paper table holds only rows: the count goes to stderr.
        if (result->total > shown)
          std::cerr << MoreLine(result->total - shown, "answers") << "\n";
    }
  }
  if (result->total == 0 && result->stances_by.empty())
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
  command->add_option("--side", options->side,
                      "only clauses of this side: kpa-cpv, unc, or both "
                      "(agreed text)");
  command
      ->add_option("--from", options->from,
                   "only clauses of documents from this date on (YYYY, "
                   "YYYY-MM or YYYY-MM-DD)")
      ->check(DateBound());
  command
      ->add_option("--to", options->to,
                   "only clauses of documents up to this date (YYYY, "
                   "YYYY-MM or YYYY-MM-DD)")
      ->check(DateBound());
  AddLimitOption(*command, options->limit, "answers");
  command->add_flag("--summary", options->summary,
                    "proposer × topic counts, with the first and last date "
                    "of each, instead of the answers");
  AddGroupOption(*command, options->group);
  AddAnswerFormatOption(*command, options->format, options->graph);
  command->callback([options, &context]() {
    context.exit_code = RunWhoProposed(*options, context);
  });
}

}  // namespace parley::cli
