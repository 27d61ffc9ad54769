#include "cli/cite_command.h"

#include <CLI/CLI.hpp>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "cli/output.h"
#include "cli/query_support.h"
#include "queries/citation.h"
#include "queries/compare.h"

namespace parley::cli {
namespace {

using nlohmann::ordered_json;

struct CiteOptions {
  std::string id;
  queries::CitationStyle style = queries::CitationStyle::kChicago;
  OutputFormat format = OutputFormat::kTable;
};

ordered_json PartsJson(const queries::DocumentCitation& c) {
  ordered_json out;
  out["document"] = c.document;
  out["authors"] = c.authors;
  out["recipients"] = c.recipients;
  out["title"] = c.title;
  out["doc_type"] = c.doc_type;
  out["number"] = c.number;
  out["date"] = c.date;
  out["references"] = c.references;
  out["reference_gap"] = c.reference_gap;
  out["record"] = c.record;
  out["translated_from"] = c.translated_from;
  out["original_on_page"] = c.original_on_page;
  out["paraphrase"] = c.paraphrase;
  out["in"] = c.container ? PartsJson(*c.container) : ordered_json();
  return out;
}

// The document or clause `text` names: an id, a document as every command
// names one (a number, "telegram 21404", a title's words), or a clause as
// compare names one ("21404 point 2").
Result<graph::NodeId> Resolve(QueryKnowledge& knowledge,
                              queries::Snapshot& snapshot,
                              const std::string& text) {
  if (const graph::Node* n = snapshot.Find(text)) return n->id;
  auto doc = ResolveName(knowledge, snapshot, text, graph::NodeKind::kDocument);
  if (doc.ok()) return doc->id;
  auto clause =
      queries::ResolveClause(snapshot, text, {}, knowledge.NameHint());
  if (clause.ok()) return clause->id;
  return doc.status();
}

int RunCite(const CiteOptions& options, Context& context) {
  auto store = context.OpenForRead();
  if (!store.ok()) return ReportError(store.status());
  auto reader = (*store)->NewReader();
  queries::Snapshot snapshot(*reader);
  QueryKnowledge knowledge(context);
  auto id = Resolve(knowledge, snapshot, options.id);
  if (!id.ok()) return ReportError(id.status());
  auto citation = queries::CiteDocument(snapshot, *id);
  if (!citation.ok()) return ReportError(citation.status());
  std::string footnote = queries::FormatCitation(*citation, options.style);
  if (options.format == OutputFormat::kJson) {
    ordered_json out;
    out["query"] = options.id;
    out["cited"] = *id;
    out["style"] =
        options.style == queries::CitationStyle::kChicago ? "chicago" : "plain";
    out["footnote"] = footnote;
    out["source_line"] = queries::SourceLine(snapshot, citation->document);
    out["parts"] = PartsJson(*citation);
    PrintJson(out);
  } else if (options.format == OutputFormat::kCsv) {
    std::cout << "cited,document,footnote\n"
              << CsvField(*id) << ',' << CsvField(citation->document) << ','
              << CsvField(footnote) << "\n";
  } else {
    // One paragraph, unwrapped, to paste into a paper.
    std::cout << footnote << "\n";
  }
  return kExitOk;
}

}  // namespace

void SetupCiteCommand(CLI::App& app, Context& context) {
  auto options = std::make_shared<CiteOptions>();
  CLI::App* command = app.add_subcommand(
      "cite",
      "A footnote for a document (or the document holding a clause): author, "
      "title, date, archive and reference, site and record");
  command
      ->add_option("id", options->id,
                   "a document or clause id, a document number (\"21404\"), "
                   "or \"DOCUMENT point N\"")
      ->required();
  std::map<std::string, queries::CitationStyle> styles = {
      {"chicago", queries::CitationStyle::kChicago},
      {"plain", queries::CitationStyle::kPlain}};
  command
      ->add_option("--style", options->style,
                   "chicago (default): a Chicago-style note; plain: the same "
                   "parts with full stops and ISO dates")
      ->transform(
          CLI::CheckedTransformer(styles, CLI::ignore_case).description(""))
      ->type_name("chicago|plain");
  AddFormatOption(*command, options->format);
  command->callback([options, &context]() {
    context.exit_code = RunCite(*options, context);
  });
}

}  // namespace parley::cli
