#include "cli/show_command.h"

#include <CLI/CLI.hpp>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/output.h"
#include "cli/query_support.h"
#include "graph/props.h"
#include "queries/json_value.h"
#include "queries/snapshot.h"
#include "queries/who_proposed.h"

namespace parley::cli {
namespace {

struct ShowOptions {
  std::string id;
  OutputFormat format = OutputFormat::kTable;
};

std::string Scalar(const graph::Value& v) {
  if (v.is_string()) return v.as_string();
  if (v.is_int()) return std::to_string(v.as_int());
  if (v.is_bool()) return v.as_bool() ? "true" : "false";
  return queries::ToJson(v).dump(-1, ' ', false,
                                 nlohmann::json::error_handler_t::replace);
}

int RunShow(const ShowOptions& options, Context& context) {
  auto store = context.OpenForRead();
  if (!store.ok()) return ReportError(store.status());
  auto reader = (*store)->NewReader();
  // An id, or a name as every command reads one.
  std::optional<graph::Node> node = reader->GetNode(options.id);
  if (!node) {
    queries::Snapshot snapshot(*reader);
    QueryKnowledge knowledge(context);
    auto named = ResolveName(knowledge, snapshot, options.id);
    if (!named.ok()) return ReportError(named.status());
    node = reader->GetNode(named->id);
  }
  if (!node)
    return ReportError(Status::NotFound("no node '" + options.id + "'"));
  std::vector<graph::Edge> out = reader->OutEdges(node->id);
  std::vector<graph::Edge> in = reader->InEdges(node->id);
  if (options.format == OutputFormat::kJson) {
    nlohmann::ordered_json j = queries::ToJson(*node);
    j["out_edges"] = nlohmann::ordered_json::array();
    for (const auto& e : out) j["out_edges"].push_back(queries::ToJson(e));
    j["in_edges"] = nlohmann::ordered_json::array();
    for (const auto& e : in) j["in_edges"].push_back(queries::ToJson(e));
    nlohmann::ordered_json cites = nlohmann::ordered_json::object();
    for (const auto& ev : node->evidence)
      cites[ev.doc] = queries::CitationsOf(*reader, ev.doc);
    j["citations"] = cites;
    std::cout << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
              << "\n";
    return kExitOk;
  }
  std::cout << node->id << "  (" << graph::NodeKindName(node->kind) << ")\n";
  std::cout << WrapLabelled("  label:   ", node->label);
  if (!node->aliases.empty()) {
    std::string aliases;
    for (const auto& a : node->aliases)
      aliases += (aliases.empty() ? "" : ", ") + a;
    std::cout << WrapLabelled("  aliases: ", aliases);
  }
  // Data-quality warnings first, one a line, where a reader cannot miss
  // them.
  for (const std::string& w : DocumentWarnings(*node)) {
    std::cout << WrapLabelled("  warning: ", w);
  }
  if (node->props.is_object()) {
    for (const auto& [key, v] : node->props.as_object()) {
      if (key == graph::prop::kWarnings) continue;
      if (key == graph::prop::kText && v.is_object()) {
        for (const auto& [lang, t] : v.as_object()) {
          std::cout << WrapLabelled("  text[" + lang + "]: ", Scalar(t));
        }
        continue;
      }
      std::cout << WrapLabelled("  " + key + ": ", Scalar(v));
    }
  }
  for (const auto& e : out) {
    std::cout << WrapLabelled(
        "  " + std::string(graph::EdgeKindName(e.kind)) + " → ", e.target);
  }
  for (const auto& e : in) {
    std::cout << WrapLabelled(
        "  " + std::string(graph::EdgeKindName(e.kind)) + " ← ", e.source);
  }
  std::cout << "  evidence:\n";
  for (const auto& ev : node->evidence) {
    std::cout << WrapLabelled("    \"", ev.quote + "\"");
    std::string where = ev.doc + " [" + ev.lang + ", bytes " +
                        std::to_string(ev.start) + "-" +
                        std::to_string(ev.end) + "]";
    std::cout << WrapLabelled("      in ", where);
    for (const std::string& c : queries::CitationsOf(*reader, ev.doc)) {
      std::cout << WrapLabelled("      source: ", c);
    }
  }
  return kExitOk;
}

}  // namespace

void SetupShowCommand(CLI::App& app, Context& context) {
  auto options = std::make_shared<ShowOptions>();
  CLI::App* command = app.add_subcommand(
      "show", "A node with its properties, edges and evidence");
  command
      ->add_option("id", options->id,
                   "a node id (person:kim-il-sung) or a name")
      ->required();
  AddFormatOption(*command, options->format);
  command->callback([options, &context]() {
    context.exit_code = RunShow(*options, context);
  });
}

}  // namespace parley::cli
