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
  // Of each list (edges out, edges in, evidence), how many are printed.
  // A node is read on one screen: a person named on every page of an
  // archive has hundreds of thousands of each, so the default is a page's
  // worth; --all sets SIZE_MAX.
  size_t limit = kDefaultPageLimit;
  bool all = false;
};

using EdgeEnd = std::pair<graph::EdgeKind, graph::NodeId>;

// What show prints of a node: its properties, and of each list (edges out,
// edges in, evidence) the first `limit` and how many there are in all.
struct Shown {
  graph::Node node;  // with the evidence shown
  std::vector<EdgeEnd> out, in;
  size_t out_total = 0, in_total = 0, evidence_total = 0;
};

std::string Scalar(const graph::Value& v) {
  if (v.is_string()) return v.as_string();
  if (v.is_int()) return std::to_string(v.as_int());
  if (v.is_bool()) return v.as_bool() ? "true" : "false";
  return queries::ToJson(v).dump(-1, ' ', false,
                                 nlohmann::json::error_handler_t::replace);
}

// The kind and far end of `id`'s first `limit` edges in `direction`, in
// the order OutEdges / InEdges give them (by kind, then the far end's id),
// from the edges' keys: no edge is merged with its evidence. `total` is
// how many there are, counted on the adjacency when there are more.
std::vector<EdgeEnd> EdgeEnds(storage::Reader& reader, const graph::NodeId& id,
                              storage::Reader::Direction direction,
                              size_t limit, size_t& total) {
  std::vector<EdgeEnd> ends;
  reader.ForEachEdgeEnd(id, direction,
                        [&](graph::EdgeKind kind, const graph::NodeId& far) {
                          ends.emplace_back(kind, far);
                          return ends.size() < limit;
                        });
  total = ends.size();
  if (ends.size() < limit) return ends;
  if (std::optional<uint32_t> dense = reader.DenseId(id))
    total = std::max(total, reader.AdjacencyCount(*dense, direction));
  return ends;
}

// Node `id` as show prints it, nullopt when there is none. Within a limit,
// only the evidence shown is read (a person named on every page has
// thousands of pieces).
std::optional<Shown> ReadShown(storage::Reader& reader, const graph::NodeId& id,
                               size_t limit) {
  Shown s;
  if (limit == SIZE_MAX) {
    std::optional<graph::Node> node = reader.GetNode(id);
    if (!node) return std::nullopt;
    s.node = std::move(*node);
    s.evidence_total = s.node.evidence.size();
  } else {
    std::optional<graph::Node> head = reader.GetNodeHead(id, &s.evidence_total);
    if (!head) return std::nullopt;
    s.node = std::move(*head);
    s.node.evidence = reader.FirstEvidence(id, limit);
  }
  s.out = EdgeEnds(reader, id, storage::Reader::Direction::kOut, limit,
                   s.out_total);
  s.in =
      EdgeEnds(reader, id, storage::Reader::Direction::kIn, limit, s.in_total);
  return s;
}

// "… and 12 more edges out; use --limit or --all" when a list of `total`
// shows `shown`; "" when it shows them all.
std::string More(size_t total, size_t shown, std::string_view noun) {
  return total > shown ? MoreLine(total - shown, noun) + " or --all" : "";
}
std::string MoreOut(const Shown& s) {
  return More(s.out_total, s.out.size(), "edges out");
}
std::string MoreIn(const Shown& s) {
  return More(s.in_total, s.in.size(), "edges in");
}
std::string MoreEvidence(const Shown& s) {
  return More(s.evidence_total, s.node.evidence.size(), "pieces of evidence");
}

// The lines above for each list cut short.
std::vector<std::string> MoreLines(const Shown& s) {
  std::vector<std::string> lines;
  for (std::string line : {MoreOut(s), MoreIn(s), MoreEvidence(s)}) {
    if (!line.empty()) lines.push_back(std::move(line));
  }
  return lines;
}

// The node as CSV rows (what, key, value, document, lang, start, end): its
// id, kind, label, aliases, warnings, properties ("text" with the language
// as key), edges ("out"/"in" with the edge kind as key and the far end as
// value), evidence (the quote, its document, language and bytes) and each
// evidence's sources.
PaperTable ShowPaperTable(
    const Shown& shown,
    const std::function<const std::vector<std::string>&(const graph::NodeId&)>&
        cites) {
  const graph::Node& node = shown.node;
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
  for (const auto& [kind, target] : shown.out)
    t.rows.push_back({"out", std::string(graph::EdgeKindName(kind)), target});
  for (const auto& [kind, source] : shown.in)
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
  std::optional<Shown> shown = ReadShown(*reader, options.id, options.limit);
  if (!shown) {
    QueryKnowledge knowledge(context);
    auto named = ResolveName(knowledge, snapshot, options.id);
    if (!named.ok()) return ReportError(named.status());
    shown = ReadShown(*reader, named->id, options.limit);
  }
  if (!shown)
    return ReportError(Status::NotFound("no node '" + options.id + "'"));
  const graph::Node* node = &shown->node;
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
    std::vector<graph::Edge> out, in;
    if (options.limit == SIZE_MAX) {
      out = reader->OutEdges(node->id);
      in = reader->InEdges(node->id);
    } else {
      // The edges shown, each merged with its evidence.
      for (const auto& [kind, far] : shown->out) {
        if (auto e = reader->GetEdge(node->id, kind, far, true))
          out.push_back(std::move(*e));
      }
      for (const auto& [kind, far] : shown->in) {
        if (auto e = reader->GetEdge(far, kind, node->id, true))
          in.push_back(std::move(*e));
      }
    }
    nlohmann::ordered_json j = queries::ToJson(*node);
    j["out_edges"] = nlohmann::ordered_json::array();
    for (const auto& e : out) j["out_edges"].push_back(queries::ToJson(e));
    j["in_edges"] = nlohmann::ordered_json::array();
    for (const auto& e : in) j["in_edges"].push_back(queries::ToJson(e));
    nlohmann::ordered_json cites_json = nlohmann::ordered_json::object();
    for (const auto& ev : node->evidence) cites_json[ev.doc] = cites(ev.doc);
    j["citations"] = cites_json;
    if (options.limit != SIZE_MAX) {
      j["total"] = {{"out_edges", shown->out_total},
                    {"in_edges", shown->in_total},
                    {"evidence", shown->evidence_total}};
      j["truncated"] = !MoreLines(*shown).empty();
    }
    UnescapedOutput json_as_written;
    std::cout << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
              << "\n";
    return kExitOk;
  }
  if (options.format == OutputFormat::kCsv) {
    WriteCsv(std::cout, ShowPaperTable(*shown, cites));
    // A paper table holds only rows: the counts go to stderr.
    for (const std::string& line : MoreLines(*shown)) std::cerr << line << "\n";
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
  for (const auto& [kind, target] : shown->out) {
    std::cout << WrapLabelled(
        "  " + std::string(graph::EdgeKindName(kind)) + " → ", target);
  }
  if (std::string more = MoreOut(*shown); !more.empty())
    std::cout << "  " << more << "\n";
  for (const auto& [kind, source] : shown->in) {
    std::cout << WrapLabelled(
        "  " + std::string(graph::EdgeKindName(kind)) + " ← ", source);
  }
  if (std::string more = MoreIn(*shown); !more.empty())
    std::cout << "  " << more << "\n";
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
  if (std::string more = MoreEvidence(*shown); !more.empty())
    std::cout << "    " << more << "\n";
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
  AddPageLimitOptions(*command, options->limit, options->all,
                      "edges out, edges in and pieces of evidence each");
  command->callback([options, &context]() {
    ApplyAll(options->all, options->limit);
    context.exit_code = RunShow(*options, context);
  });
}

}  // namespace parley::cli
