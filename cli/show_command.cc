#include "cli/show_command.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <functional>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "cli/output.h"
#include "cli/query_support.h"
#include "cli/table_format.h"
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

// The kind and far end of each of `id`'s edges in `direction`, in the order
// OutEdges / InEdges give them (by kind, then the far end's id), read from
// the adjacency: no edge is merged with its evidence.
std::vector<std::pair<graph::EdgeKind, graph::NodeId>> EdgeEnds(
    queries::Snapshot& snapshot, const graph::NodeId& id,
    storage::Reader::Direction direction) {
  std::vector<std::pair<graph::EdgeKind, graph::NodeId>> ends;
  std::optional<uint32_t> dense = snapshot.reader().DenseId(id);
  if (!dense) return ends;
  std::vector<storage::Reader::Adjacent> adjacent;
  snapshot.reader().Adjacency(*dense, direction, {}, adjacent);
  for (const storage::Reader::Adjacent& a : adjacent) {
    if (const graph::NodeId* far = snapshot.IdOf(a.node))
      ends.emplace_back(a.kind, *far);
  }
  std::sort(ends.begin(), ends.end());
  return ends;
}

// The node as CSV rows (what, key, value, document, lang, start, end): its
// id, kind, label, aliases, warnings, properties ("text" with the language
// as key), edges ("out"/"in" with the edge kind as key and the far end as
// value), evidence (the quote, its document, language and bytes) and each
// evidence's sources.
PaperTable ShowPaperTable(
    const graph::Node& node, queries::Snapshot& snapshot,
    const std::function<const std::vector<std::string>&(const graph::NodeId&)>&
        cites) {
  PaperTable t;
  t.columns = {"what", "key", "value", "document", "lang", "start", "end"};
  t.rows.push_back({"id", "", node.id});
  t.rows.push_back({"kind", "", std::string(graph::NodeKindName(node.kind))});
  t.rows.push_back({"label", "", node.label});
  for (const auto& a : node.aliases) t.rows.push_back({"alias", "", a});
  for (const std::string& w : DocumentWarnings(node))
    t.rows.push_back({"warning", "", w});
  if (node.props.is_object()) {
    for (const auto& [key, v] : node.props.as_object()) {
      if (key == graph::prop::kWarnings) continue;
      if (key == graph::prop::kText && v.is_object()) {
        for (const auto& [lang, text] : v.as_object())
          t.rows.push_back({"text", lang, Scalar(text)});
        continue;
      }
      t.rows.push_back({"property", key, Scalar(v)});
    }
  }
  for (const auto& [kind, target] :
       EdgeEnds(snapshot, node.id, storage::Reader::Direction::kOut))
    t.rows.push_back({"out", std::string(graph::EdgeKindName(kind)), target});
  for (const auto& [kind, source] :
       EdgeEnds(snapshot, node.id, storage::Reader::Direction::kIn))
    t.rows.push_back({"in", std::string(graph::EdgeKindName(kind)), source});
  for (const auto& ev : node.evidence) {
    t.rows.push_back({"evidence", "", ev.quote, ev.doc, ev.lang,
                      std::to_string(ev.start), std::to_string(ev.end)});
    for (const std::string& c : cites(ev.doc))
      t.rows.push_back({"source", "", c, ev.doc});
  }
  return t;
}

int RunShow(const ShowOptions& options, Context& context) {
  auto store = context.OpenForRead();
  if (!store.ok()) return ReportError(store.status());
  auto reader = (*store)->NewReader();
  queries::Snapshot snapshot(*reader);
  // An id, or a name as every command reads one.
  std::optional<graph::Node> node = reader->GetNode(options.id);
  if (!node) {
    QueryKnowledge knowledge(context);
    auto named = ResolveName(knowledge, snapshot, options.id);
    if (!named.ok()) return ReportError(named.status());
    node = reader->GetNode(named->id);
  }
  if (!node)
    return ReportError(Status::NotFound("no node '" + options.id + "'"));
  // A person named on every page has evidence in thousands of documents,
  // many of one page: each page's citations are read once.
  std::map<graph::NodeId, std::vector<std::string>> citations;
  auto cites =
      [&](const graph::NodeId& doc) -> const std::vector<std::string>& {
    auto it = citations.find(doc);
    if (it == citations.end())
      it = citations.emplace(doc, queries::CitationsOf(snapshot, doc)).first;
    return it->second;
  };
  if (options.format == OutputFormat::kJson) {
    std::vector<graph::Edge> out = reader->OutEdges(node->id);
    std::vector<graph::Edge> in = reader->InEdges(node->id);
    nlohmann::ordered_json j = queries::ToJson(*node);
    j["out_edges"] = nlohmann::ordered_json::array();
    for (const auto& e : out) j["out_edges"].push_back(queries::ToJson(e));
    j["in_edges"] = nlohmann::ordered_json::array();
    for (const auto& e : in) j["in_edges"].push_back(queries::ToJson(e));
    nlohmann::ordered_json cites_json = nlohmann::ordered_json::object();
    for (const auto& ev : node->evidence) cites_json[ev.doc] = cites(ev.doc);
    j["citations"] = cites_json;
    UnescapedOutput json_as_written;
    std::cout << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
              << "\n";
    return kExitOk;
  }
  if (options.format == OutputFormat::kCsv) {
    WriteCsv(std::cout, ShowPaperTable(*node, snapshot, cites));
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
  for (const auto& [kind, target] :
       EdgeEnds(snapshot, node->id, storage::Reader::Direction::kOut)) {
    std::cout << WrapLabelled(
        "  " + std::string(graph::EdgeKindName(kind)) + " → ", target);
  }
  for (const auto& [kind, source] :
       EdgeEnds(snapshot, node->id, storage::Reader::Direction::kIn)) {
    std::cout << WrapLabelled(
        "  " + std::string(graph::EdgeKindName(kind)) + " ← ", source);
  }
  std::cout << "  evidence:\n";
  for (const auto& ev : node->evidence) {
    std::cout << WrapLabelled("    \"", ev.quote + "\"");
    std::string where = ev.doc + " [" + ev.lang + ", bytes " +
                        std::to_string(ev.start) + "-" +
                        std::to_string(ev.end) + "]";
    std::cout << WrapLabelled("      in ", where);
    for (const std::string& c : cites(ev.doc)) {
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
