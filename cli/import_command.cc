#include "cli/import_command.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "cli/import_report.h"
#include "cli/output.h"
#include "graph/props.h"
#include "importers/import_file.h"
#include "importers/version.h"
#include "linking/linker.h"
#include "storage/text_index.h"

namespace parley::cli {
namespace {

namespace fs = std::filesystem;
namespace prop = graph::prop;

struct ImportOptions {
  std::vector<std::string> paths;
  bool dry_run = false;
  OutputFormat format = OutputFormat::kTable;  // --format table|json
};

bool Importable(const fs::path& p) {
  std::string ext = p.extension().string();
  return ext == ".txt" || ext == ".json" || ext == ".xml";
}

// The files named by `paths`, folders expanded (recursively, sorted).
Result<std::vector<std::string>> ExpandPaths(
    const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(p, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file() && Importable(it->path()))
          found.push_back(it->path().string());
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.push_back(p);
    }
  }
  return files;
}

Result<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::InvalidArgument(path + ": cannot open file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::IOError(path + ": read error");
  return buffer.str();
}

// What a dry run shows: the documents, people, clauses and terms of a page.
void PrintDryRun(const graph::Fragment& f) {
  auto label_of = [&](const graph::NodeId& id) {
    const graph::Node* n = f.FindNode(id);
    return n ? n->label : id;
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
    for (const graph::Edge& e : f.edges()) {
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
    for (const graph::Edge& e : f.edges()) {
      if (e.kind == graph::EdgeKind::kProposes && e.target == n.id) {
        std::cout << "    proposed by: " << label_of(e.source) << "\n";
      }
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

FileStatus StatusOf(storage::ApplyOutcome outcome) {
  switch (outcome) {
    case storage::ApplyOutcome::kAdded:
      return FileStatus::kImported;
    case storage::ApplyOutcome::kReplaced:
      return FileStatus::kReplaced;
    case storage::ApplyOutcome::kUnchanged:
      return FileStatus::kUnchanged;
  }
  return FileStatus::kImported;
}

// Reads `path` and, unless this is a dry run, stores it with its links.
// Prints a failure on stderr and reports it; prints nothing else.
FileReport ImportOne(const std::string& path, const Knowledge& knowledge,
                     linking::Linker* linker, graph::Fragment& fragment) {
  auto text = ReadFile(path);
  auto read = text.ok() ? importers::ImportFile(path, *text, knowledge)
                        : Result<graph::Fragment>(text.status());
  if (!read.ok()) {
    ReportError(read.status());
    return FailedFileReport(path, read.status());
  }
  fragment = std::move(read).value();
  if (linker == nullptr)
    return BuildFileReport(path, FileStatus::kDryRun, fragment);
  // The page and the links that involve it land in one atomic write.
  auto outcome = linker->Apply(fragment);
  if (!outcome.ok()) {
    Status error = outcome.status().WithContext(path);
    ReportError(error);
    return FailedFileReport(path, error);
  }
  return BuildFileReport(path, StatusOf(*outcome), fragment);
}

// Indexes the text of a stored page when the full-text index lacks it (a
// new or changed page, or one whose indexing an interrupted import missed).
// A failure is reported and left to the catch-up at the end of the import.
void IndexText(const FileReport& report, const graph::Fragment& fragment,
               storage::TextIndex& index) {
  if (report.status != FileStatus::kImported &&
      report.status != FileStatus::kReplaced &&
      report.status != FileStatus::kUnchanged) {
    return;
  }
  if (index.Holds(fragment.page_id, fragment.content_hash)) return;
  Status s = index.IndexPage(fragment);
  if (!s.ok()) ReportError(s.WithContext(report.file));
}

int RunImport(const ImportOptions& options, Context& context) {
  auto knowledge = LoadKnowledge(context);
  if (!knowledge.ok()) return ReportError(knowledge.status());
  auto files = ExpandPaths(options.paths);
  if (!files.ok()) return ReportError(files.status());
  std::unique_ptr<storage::Store> store;
  if (!options.dry_run) {
    auto opened = context.OpenForWrite();
    if (!opened.ok()) return ReportError(opened.status());
    store = std::move(opened).value();
  }
  std::unique_ptr<storage::TextIndex> text_index;
  if (store) {
    auto opened = storage::TextIndex::OpenForWrite(context.db_path);
    if (!opened.ok()) return ReportError(opened.status());
    text_index = std::move(opened).value();
  }
  std::unique_ptr<linking::Linker> linker;
  if (store) linker = std::make_unique<linking::Linker>(*store);
  bool json = options.format == OutputFormat::kJson;
  std::vector<FileReport> reports;  // for --format json, printed at the end
  ImportTotals totals;
  for (const std::string& path : *files) {
    graph::Fragment fragment;
    FileReport report = ImportOne(path, *knowledge, linker.get(), fragment);
    totals.Add(report);
    if (text_index) IndexText(report, fragment, *text_index);
    if (json) {
      reports.push_back(std::move(report));
    } else if (report.status == FileStatus::kDryRun) {
      PrintDryRun(fragment);
      PrintFileReportDetails(report, std::cout);
    } else {
      PrintFileReport(report, std::cout);
    }
  }
  if (text_index) {
    // Pages stored by an import that was interrupted before their text was
    // indexed (or by an older parley) are indexed now.
    auto reader = store->NewReader();
    auto caught_up = text_index->CatchUp(*reader);
    if (!caught_up.ok()) return ReportError(caught_up.status());
  }
  if (json) {
    PrintReportsJson(reports, std::cout);
  } else if (!options.dry_run) {
    PrintImportTotals(totals, std::cout);
  }
  return totals.failed > 0 ? kExitBadInput : kExitOk;
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
  std::map<std::string, OutputFormat> formats = {
      {"table", OutputFormat::kTable}, {"json", OutputFormat::kJson}};
  command
      ->add_option("--format", options->format,
                   "report: table (default: a few lines per file) or json "
                   "(an array, an object per file)")
      ->transform(
          CLI::CheckedTransformer(formats, CLI::ignore_case).description(""))
      ->type_name("table|json");
  command->callback([options, &context]() {
    context.exit_code = RunImport(*options, context);
  });
}

}  // namespace parley::cli
