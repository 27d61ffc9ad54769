#include "cli/who_proposed_command.h"

#include <iostream>
#include <nlohmann/json.hpp>

#include <CLI/CLI.hpp>

#include "cli/output.h"
#include "queries/json_value.h"
#include "queries/who_proposed.h"

namespace parley::cli {
namespace {

struct WhoProposedOptions {
  std::string query;
  std::string by;
  std::string lang = "en";
  OutputFormat format = OutputFormat::kTable;
};

// The clause's text in `lang`, or in the first language it has.
std::string Quote(const graph::Node& clause, const std::string& lang) {
  const graph::Value* text = clause.props.Get("text");
  if (text == nullptr || !text->is_object() || text->as_object().empty()) return "";
  if (const graph::Value* t = text->Get(lang); t && t->is_string()) return t->as_string();
  return text->as_object().begin()->second.as_string();
}

std::string Stamp(const queries::TransmissionStep& s) {
  std::string when = s.date;
  if (s.role == queries::TransmissionStep::Role::kAddressee && !s.received.empty()) {
    when = "received " + s.received;
  } else if (s.role == queries::TransmissionStep::Role::kForwarder && !s.sent.empty()) {
    when = "sent " + s.sent;
  }
  for (char& c : when) {
    if (c == 'T') c = ' ';
  }
  return when;
}

std::string ChainText(const std::vector<queries::TransmissionStep>& chain) {
  std::string out;
  for (const queries::TransmissionStep& s : chain) {
    if (!out.empty()) out += s.role == queries::TransmissionStep::Role::kRelay ? " via " : " → ";
    out += s.person_label;
    std::string stamp = Stamp(s);
    if (s.role == queries::TransmissionStep::Role::kAddressee) {
      out += stamp.empty() ? "" : " (" + stamp + ")";
    } else if (s.role != queries::TransmissionStep::Role::kRelay) {
      bool dated = stamp.empty() || s.document_label.find(stamp) != std::string::npos;
      out += " (" + s.document_label + (dated ? "" : ", " + stamp) + ")";
    }
  }
  return out;
}

std::string Labels(const std::vector<graph::Node>& nodes) {
  std::string out;
  for (const graph::Node& n : nodes) out += (out.empty() ? "" : ", ") + n.label;
  return out.empty() ? "(no proposer recorded)" : out;
}

std::string Topics(const graph::Node& clause) {
  std::string out;
  if (const graph::Value* t = clause.props.Get("topics"); t && t->is_array()) {
    for (const graph::Value& v : t->as_array()) out += (out.empty() ? "" : ", ") + v.as_string();
  }
  return out;
}

void PrintTable(const std::vector<queries::ProposalAnswer>& answers, const std::string& lang) {
  for (size_t i = 0; i < answers.size(); ++i) {
    const queries::ProposalAnswer& a = answers[i];
    if (i > 0) std::cout << "\n";
    std::string ordinal = a.clause.props.GetString("ordinal");
    std::cout << WrapLabelled("Point " + ordinal + "  ", a.clause.id);
    std::cout << WrapLabelled("  \"", Quote(a.clause, lang) + "\"");
    std::string topics = Topics(a.clause);
    if (!topics.empty()) std::cout << WrapLabelled("  topics:      ", topics);
    std::cout << WrapLabelled("  proposed by: ", Labels(a.proposers));
    if (!a.chain.empty()) std::cout << WrapLabelled("  chain:       ", ChainText(a.chain));
    std::cout << WrapLabelled("  document:    ", a.page_title.empty() ? a.document.label : a.page_title);
    for (const std::string& c : a.citations) std::cout << WrapLabelled("  source:      ", c);
  }
}

void PrintCsv(const std::vector<queries::ProposalAnswer>& answers, const std::string& lang) {
  std::cout << "clause,ordinal,proposers,chain,document,date,citation,quote\n";
  for (const queries::ProposalAnswer& a : answers) {
    std::string citations;
    for (const std::string& c : a.citations) citations += (citations.empty() ? "" : "; ") + c;
    std::cout << CsvField(a.clause.id) << ',' << CsvField(a.clause.props.GetString("ordinal")) << ','
              << CsvField(Labels(a.proposers)) << ',' << CsvField(ChainText(a.chain)) << ','
              << CsvField(a.document.id) << ',' << CsvField(a.document.props.GetString("date")) << ','
              << CsvField(citations) << ',' << CsvField(Quote(a.clause, lang)) << '\n';
  }
}

void PrintJson(const std::vector<queries::ProposalAnswer>& answers, const std::string& lang) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const queries::ProposalAnswer& a : answers) {
    nlohmann::ordered_json item;
    item["clause"] = a.clause.id;
    item["ordinal"] = a.clause.props.GetString("ordinal");
    item["quote"] = Quote(a.clause, lang);
    item["lang"] = lang;
    item["text"] = queries::ToJson(a.clause.props.Get("text") ? *a.clause.props.Get("text") : graph::Value());
    item["topics"] = queries::ToJson(a.clause.props.Get("topics") ? *a.clause.props.Get("topics") : graph::Value());
    item["terms"] = queries::ToJson(a.clause.props.Get("terms") ? *a.clause.props.Get("terms") : graph::Value());
    nlohmann::ordered_json proposers = nlohmann::ordered_json::array();
    for (const graph::Node& p : a.proposers) proposers.push_back({{"id", p.id}, {"label", p.label}});
    item["proposers"] = proposers;
    nlohmann::ordered_json chain = nlohmann::ordered_json::array();
    for (const queries::TransmissionStep& s : a.chain) {
      nlohmann::ordered_json step;
      step["role"] = std::string(queries::RoleName(s.role));
      step["person"] = s.person;
      step["person_label"] = s.person_label;
      step["document"] = s.document;
      step["date"] = s.date;
      if (!s.sent.empty()) step["sent"] = s.sent;
      if (!s.received.empty()) step["received"] = s.received;
      chain.push_back(step);
    }
    item["chain"] = chain;
    item["document"] = {{"id", a.document.id},
                        {"label", a.document.label},
                        {"date", a.document.props.GetString("date")},
                        {"page_title", a.page_title}};
    item["citations"] = a.citations;
    item["evidence"] = nlohmann::ordered_json::array();
    for (const graph::Evidence& ev : a.clause.evidence) item["evidence"].push_back(queries::ToJson(ev));
    out.push_back(item);
  }
  std::cout << out.dump(2) << "\n";
}

int RunWhoProposed(const WhoProposedOptions& options, Context& context) {
  auto store = context.OpenForRead();
  if (!store.ok()) return ReportError(store.status());
  auto reader = (*store)->NewReader();
  queries::WhoProposedQuery query{options.query, options.by};
  // A name the gazetteer knows ("Filippov", "Сталин") stands for its person.
  if (!query.by.empty()) {
    if (auto knowledge = LoadKnowledge(context); knowledge.ok()) {
      if (const auto* e = knowledge->gazetteer.Resolve(query.by, graph::NodeKind::kPerson)) {
        query.by = e->id;
      }
    }
  }
  auto answers = queries::WhoProposed(*reader, query);
  if (!answers.ok()) return ReportError(answers.status());
  switch (options.format) {
    case OutputFormat::kTable: PrintTable(*answers, options.lang); break;
    case OutputFormat::kJson: PrintJson(*answers, options.lang); break;
    case OutputFormat::kCsv: PrintCsv(*answers, options.lang); break;
  }
  return kExitOk;
}

}  // namespace

void SetupWhoProposedCommand(CLI::App& app, Context& context) {
  auto options = std::make_shared<WhoProposedOptions>();
  CLI::App* command = app.add_subcommand(
      "who-proposed", "Who proposed each clause, and how it travelled (author → forwarder → addressee)");
  command->add_option("query", options->query,
                      "a topic (prisoners_of_war), words of a clause in either language, or a clause id");
  command->add_option("--by", options->by, "only what this person proposed (\"Filippov\", \"Kim Il Sung\")");
  command->add_option("--lang", options->lang, "language of the quotes: en (default) or ru");
  AddFormatOption(*command, options->format);
  command->callback([options, &context]() { context.exit_code = RunWhoProposed(*options, context); });
}

}  // namespace parley::cli
