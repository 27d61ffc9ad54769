#include "cli/search_command.h"

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/output.h"
#include "cli/query_support.h"
#include "queries/search.h"

namespace parley::cli {
namespace {

using nlohmann::ordered_json;

struct SearchOptions {
  std::vector<std::string> words;
  std::string kind;
  size_t limit = 20;
  OutputFormat format = OutputFormat::kTable;
};

std::string Score(double score) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", score);
  return buffer;
}

std::string FieldName(const queries::SearchField& f) {
  return f.lang.empty() ? f.name : f.name + "[" + f.lang + "]";
}

void PrintTable(const std::vector<queries::SearchHit>& hits) {
  for (size_t i = 0; i < hits.size(); ++i) {
    const queries::SearchHit& h = hits[i];
    if (i > 0) std::cout << "\n";
    std::string kind(graph::NodeKindName(h.node.kind));
    std::cout << WrapLabelled(std::to_string(i + 1) + ". ",
                              Score(h.score) + "  " + kind + "  " + h.node.id);
    for (const queries::SearchField& f : h.fields) {
      std::string label = "   " + FieldName(f) + ": ";
      std::cout << WrapLabelled(label, queries::MarkMatches(f, "[", "]"));
    }
  }
}

void PrintCsv(const std::vector<queries::SearchHit>& hits) {
  std::cout << "rank,score,id,kind,document,field,text\n";
  for (size_t i = 0; i < hits.size(); ++i) {
    const queries::SearchHit& h = hits[i];
    for (const queries::SearchField& f : h.fields) {
      std::cout << i + 1 << ',' << Score(h.score) << ',' << CsvField(h.node.id)
                << ',' << graph::NodeKindName(h.node.kind) << ','
                << CsvField(h.document) << ',' << CsvField(FieldName(f)) << ','
                << CsvField(queries::MarkMatches(f, "[", "]", 100000)) << '\n';
    }
  }
}

void PrintJsonResult(const std::string& text,
                     const std::vector<queries::SearchHit>& hits) {
  ordered_json list = ordered_json::array();
  for (const queries::SearchHit& h : hits) {
    ordered_json fields = ordered_json::array();
    for (const queries::SearchField& f : h.fields) {
      ordered_json matches = ordered_json::array();
      for (auto [start, end] : f.matches) matches.push_back({start, end});
      fields.push_back({{"field", f.name},
                        {"lang", f.lang},
                        {"text", f.text},
                        {"matches", matches},
                        {"marked", queries::MarkMatches(f, "[", "]", 100000)}});
    }
    ordered_json item = NodeRefJson(h.node);
    item["score"] = std::round(h.score * 1000) / 1000;
    item["document"] =
        h.document.empty() ? ordered_json() : ordered_json(h.document);
    item["fields"] = fields;
    list.push_back(std::move(item));
  }
  PrintJson({{"query", text}, {"hits", list}});
}

int RunSearch(const SearchOptions& options, Context& context) {
  queries::SearchQuery query;
  query.text = Join(options.words, " ");
  query.limit = options.limit;
  if (options.kind == "clause") query.kind = graph::NodeKind::kClause;
  if (options.kind == "document") query.kind = graph::NodeKind::kDocument;
  auto store = context.OpenForRead();
  if (!store.ok()) return ReportError(store.status());
  auto reader = (*store)->NewReader();
  queries::Snapshot snapshot(*reader);
  auto hits = queries::Search(snapshot, query);
  if (!hits.ok()) return ReportError(hits.status());
  switch (options.format) {
    case OutputFormat::kTable:
      PrintTable(*hits);
      break;
    case OutputFormat::kJson:
      PrintJsonResult(query.text, *hits);
      break;
    case OutputFormat::kCsv:
      PrintCsv(*hits);
      break;
  }
  if (hits->empty())
    return NothingFound("nothing matches '" + query.text + "'");
  return kExitOk;
}

}  // namespace

void SetupSearchCommand(CLI::App& app, Context& context) {
  auto options = std::make_shared<SearchOptions>();
  CLI::App* command =
      app.add_subcommand("search",
                         "Full-text search over clauses and documents, ranked, "
                         "matches in [brackets]");
  command->add_option("text", options->words, "words to find, in any language")
      ->required();
  command->add_option("--kind", options->kind, "only clauses or only documents")
      ->check(CLI::IsMember({"clause", "document"}));
  command
      ->add_option("--limit", options->limit,
                   "at most this many hits (default 20)")
      ->check(CLI::PositiveNumber);
  AddFormatOption(*command, options->format);
  command->callback([options, &context]() {
    context.exit_code = RunSearch(*options, context);
  });
}

}  // namespace parley::cli
