#include "cli/import_command.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <iostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "cli/import_report.h"
#include "cli/output.h"
#include "cli/page_writer.h"
#include "cli/parallel_pages.h"
#include "graph/props.h"

namespace parley::cli {
namespace {

namespace prop = graph::prop;

struct ImportOptions {
  std::vector<std::string> paths;
  bool dry_run = false;
  OutputFormat format = OutputFormat::kTable;  // --format table|json
  int jobs = 1;                                // --jobs, see AddJobsOption
  size_t max_page_bytes = kMaxPageBytes;       // --max-page-size
};

// What a dry run shows: the documents, people, clauses and terms of a page.
void PrintDryRun(const graph::Fragment& f) {
  auto label_of = [&](const graph::NodeId& id) {
    const graph::Node* n = f.FindNode(id);
    return n ? n->label : id;
  };
  // Each node's edges, found once: a page of 10,000 points is listed in
  // time proportional to its size.
  std::unordered_map<std::string_view, std::vector<const graph::Edge*>> from,
      to;
  for (const graph::Edge& e : f.edges()) {
    from[e.source].push_back(&e);
    to[e.target].push_back(&e);
  }
  auto edges_of = [](const auto& index, const graph::NodeId& id) {
    auto it = index.find(id);
    return it == index.end() ? std::vector<const graph::Edge*>() : it->second;
  };
  std::cout << "page " << f.page_id << "  (" << f.source_path << ", "
            << f.nodes().size() << " nodes, " << f.edges().size()
            << " edges)\n";
  for (const graph::Node& n : f.nodes()) {
    if (n.kind != graph::NodeKind::kDocument) continue;
    std::cout << WrapLabelled("  document ", n.id);
    std::cout << WrapLabelled("    title: ", n.label);
    for (std::string_view key : {prop::kDocType, prop::kDate, prop::kSent,
                                 prop::kReceived, prop::kOrigin}) {
      std::string v = n.props.GetString(key);
      if (!v.empty()) std::cout << "    " << key << ": " << v << "\n";
    }
    // In the fragment's edge order, as before the index: authors (edges to
    // the document) and the document's own edges interleaved.
    std::vector<const graph::Edge*> mine = edges_of(to, n.id);
    for (const graph::Edge* e : edges_of(from, n.id)) {
      if (e->target != n.id) mine.push_back(e);
    }
    std::sort(mine.begin(), mine.end());
    for (const graph::Edge* edge : mine) {
      const graph::Edge& e = *edge;
      if (e.kind == graph::EdgeKind::kAuthored && e.target == n.id) {
        std::cout << "    author: " << label_of(e.source) << "\n";
      }
      if (e.source != n.id) continue;
      switch (e.kind) {
        case graph::EdgeKind::kAddressedTo:
          std::cout << "    to: " << label_of(e.target) << "\n";
          break;
        case graph::EdgeKind::kVia:
          std::cout << "    via: " << label_of(e.target) << "\n";
          break;
        case graph::EdgeKind::kCopyTo:
          std::cout << "    copy: " << label_of(e.target) << "\n";
          break;
        case graph::EdgeKind::kEmbeds:
          std::cout << "    embeds: " << e.target << "\n";
          break;
        default:
          break;
      }
    }
  }
  for (const graph::Node& n : f.nodes()) {
    if (n.kind != graph::NodeKind::kClause) continue;
    std::cout << WrapLabelled("  clause ", n.id);
    std::string topics;
    if (const graph::Value* t = n.props.Get(prop::kTopics);
        t && t->is_array()) {
      for (const graph::Value& v : t->as_array())
        topics += (topics.empty() ? "" : ", ") + v.as_string();
    }
    std::cout << WrapLabelled("    ", n.label);
    if (!topics.empty()) std::cout << "    topics: " << topics << "\n";
    for (const graph::Edge* e : edges_of(to, n.id)) {
      if (e->kind == graph::EdgeKind::kProposes)
        std::cout << "    proposed by: " << label_of(e->source) << "\n";
    }
    if (const graph::Value* terms = n.props.Get(prop::kTerms);
        terms && terms->is_object()) {
      for (const auto& [key, v] : terms->as_object()) {
        std::string desc;
        if (v.is_array()) {
          for (const graph::Value& item : v.as_array()) {
            std::string one;
            if (item.is_string()) one = item.as_string();
            if (item.is_object()) {
              for (const auto& [k, x] : item.as_object()) {
                std::string xs = x.is_string() ? x.as_string()
                                 : x.is_int()  ? std::to_string(x.as_int())
                                               : "";
                if (!xs.empty()) one += (one.empty() ? "" : " ") + k + "=" + xs;
              }
            }
            desc += (desc.empty() ? "" : "; ") + one;
          }
        } else if (v.is_string()) {
          desc = v.as_string();
        }
        std::cout << WrapLabelled("    " + key + ": ", desc);
      }
    }
  }
  std::vector<std::string> people;
  for (const graph::Node& n : f.nodes()) {
    if (n.kind != graph::NodeKind::kPerson) continue;
    const graph::Value* resolved = n.props.Get(prop::kResolved);
    bool ok = resolved && resolved->is_bool() && resolved->as_bool();
    people.push_back(n.label + (ok ? "" : " (unresolved)"));
  }
  std::string joined;
  for (const std::string& p : people)
    joined += (joined.empty() ? "" : ", ") + p;
  std::cout << WrapLabelled("  people: ", joined);
  for (const graph::Node& n : f.nodes()) {
    if (n.kind == graph::NodeKind::kDelegation)
      std::cout << WrapLabelled("  delegation: ", n.label);
  }
}

// --dry-run: prints what each file holds; touches no database.
int RunDryRun(const ImportOptions& options, const std::vector<InputFile>& files,
              const Knowledge& knowledge) {
  bool json = options.format == OutputFormat::kJson;
  std::vector<FileReport> reports;  // for --format json, printed at the end
  ImportTotals totals;
  Progress progress("import --dry-run", files.size());
  size_t done = 0;
  PageReadOptions reading{options.max_page_bytes};
  ReadPagesInOrder(
      files, knowledge, options.jobs,
      [&](ReadPage page) {
        FileReport report =
            page.fragment.ok()
                ? BuildFileReport(page.file, FileStatus::kDryRun,
                                  *page.fragment)
                : FailedFileReport(page.file, page.fragment.status());
        totals.Add(report);
        if (!page.fragment.ok()) {
          progress.Clear();
          ReportError(page.fragment.status());
        }
        if (json) {
          reports.push_back(std::move(report));
        } else if (page.fragment.ok()) {
          progress.ClearForStdout();
          PrintDryRun(*page.fragment);
          PrintFileReportDetails(report, std::cout);
        }
        progress.Update(++done);
      },
      reading);
  progress.Clear();
  if (json) PrintReportsJson(reports, std::cout);
  return totals.failed > 0 ? kExitBadInput : kExitOk;
}

int RunImport(const ImportOptions& options, Context& context) {
  auto knowledge = LoadKnowledge(context);
  if (!knowledge.ok()) return ReportError(knowledge.status());
  std::vector<InputFile> files = ExpandPaths(options.paths);
  if (options.dry_run) return RunDryRun(options, files, *knowledge);
  Progress progress("import", files.size());
  auto writer = PageWriter::Open(context, options.format == OutputFormat::kJson,
                                 &progress);
  if (!writer.ok()) return ReportError(writer.status());
  (*writer)->SetRereader([&](const std::string& file) {
    return ReadPageFile({file, Status::Ok()}, *knowledge,
                        PageReadOptions{options.max_page_bytes});
  });
  size_t done = 0;
  // Pages are read on `jobs` threads and stored here, in file order, so the
  // database and the report are those of --jobs 1. A page stored already,
  // with the same bytes and data files, is only read and hashed.
  ReadPagesInOrder(
      files, *knowledge, options.jobs,
      [&](ReadPage page) {
        (*writer)->Add(std::move(page));
        progress.Update(++done);
      },
      PageReadOptions{options.max_page_bytes, &(*writer)->stored_pages(),
                      PageWriter::kGroupPages});
  return (*writer)->Finish();
}

}  // namespace

void SetupImportCommand(CLI::App& app, Context& context) {
  auto options = std::make_shared<ImportOptions>();
  CLI::App* command =
      app.add_subcommand("import",
                         "Import archive pages (.txt) and JSON documents "
                         "(.json); a folder imports all");
  command
      ->add_option("paths", options->paths, "pages, JSON documents or folders")
      ->required();
  command->add_flag("--dry-run", options->dry_run,
                    "print what would be extracted; do not touch the database");
  AddJobsOption(*command, options->jobs);
  AddMaxPageSizeOption(*command, options->max_page_bytes);
  AddReportFormatOption(*command, options->format, "file");
  command->callback([options, &context]() {
    context.exit_code = RunImport(*options, context);
  });
}

}  // namespace parley::cli
