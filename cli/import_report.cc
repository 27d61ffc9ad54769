#include "cli/import_report.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <unordered_set>

#include "cli/output.h"
#include "graph/props.h"

namespace parley::cli {
namespace {

using graph::EdgeKind;
using graph::NodeKind;
namespace prop = graph::prop;

// "1 document", "7 clauses".
std::string Count(size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

bool Resolved(const graph::Node& person) {
  const graph::Value* resolved = person.props.Get(prop::kResolved);
  return resolved != nullptr && resolved->is_bool() && resolved->as_bool();
}

// What each document of `f` lacks: an author (a person or an organisation:
// either is an AUTHORED edge), a recipient, a date.
std::vector<std::string> MissingParts(const graph::Fragment& f) {
  std::unordered_set<std::string> authored, addressed;
  for (const graph::Edge& e : f.edges()) {
    if (e.kind == EdgeKind::kAuthored) authored.insert(e.target);
    if (e.kind == EdgeKind::kAddressedTo) addressed.insert(e.source);
  }
  std::vector<std::string> out;
  for (const graph::Node& n : f.nodes()) {
    if (n.kind != NodeKind::kDocument) continue;
    if (authored.count(n.id) == 0) out.push_back(n.id + ": no author");
    // A decision or an agreement is addressed to no one.
    std::string type = n.props.GetString(prop::kDocType);
    bool unaddressed =
        type == "decision" || type == "resolution" || type == "agreement";
    if (addressed.count(n.id) == 0 && !unaddressed)
      out.push_back(n.id + ": no recipient");
    if (n.props.GetString(prop::kDate).empty())
      out.push_back(n.id + ": no date");
  }
  return out;
}

}  // namespace

std::string_view FileStatusName(FileStatus status) {
  switch (status) {
    case FileStatus::kImported:
      return "imported";
    case FileStatus::kReplaced:
      return "replaced";
    case FileStatus::kUnchanged:
      return "unchanged";
    case FileStatus::kDryRun:
      return "dry-run";
    case FileStatus::kError:
      return "error";
  }
  return "error";
}

FileReport BuildFileReport(const std::string& file, FileStatus status,
                           const graph::Fragment& fragment) {
  FileReport r;
  r.file = file;
  r.status = status;
  r.page_id = fragment.page_id;
  r.layout = fragment.layout;
  r.nodes = fragment.nodes().size();
  r.edges = fragment.edges().size();
  for (const graph::Node& n : fragment.nodes()) {
    if (n.kind == NodeKind::kDocument) ++r.documents;
    if (n.kind == NodeKind::kClause) ++r.clauses;
    if (n.kind == NodeKind::kPerson) {
      ++r.people;
      if (!Resolved(n)) r.unresolved.push_back(n.label);
    }
  }
  // The importer may have said some of these already, in the same words.
  auto warn = [&](const std::string& w) {
    if (std::find(r.warnings.begin(), r.warnings.end(), w) == r.warnings.end())
      r.warnings.push_back(w);
  };
  if (fragment.layout == "generic") warn("fell back to the generic reader");
  for (const std::string& w : fragment.warnings) warn(w);
  // The documents' own data-quality warnings ("header number 2950 differs
  // from body number 3950"), stored on each Document.
  for (const graph::Node& n : fragment.nodes()) {
    if (n.kind != NodeKind::kDocument) continue;
    for (const std::string& w : graph::Strings(n.props.Get(prop::kWarnings)))
      warn(n.id + ": " + w);
  }
  for (const std::string& w : MissingParts(fragment)) warn(w);
  if (!r.unresolved.empty()) {
    std::string names;
    for (const std::string& n : r.unresolved)
      names += (names.empty() ? "" : ", ") + n;
    warn("names not resolved: " + names);
  }
  return r;
}

FileReport FailedFileReport(const std::string& file, const Status& error) {
  FileReport r;
  r.file = file;
  r.status = FileStatus::kError;
  r.error = error.message();
  return r;
}

void ImportTotals::Add(const FileReport& report) {
  switch (report.status) {
    case FileStatus::kImported:
      ++imported;
      break;
    case FileStatus::kReplaced:
      ++replaced;
      break;
    case FileStatus::kUnchanged:
      ++unchanged;
      break;
    case FileStatus::kError:
      ++failed;
      break;
    case FileStatus::kDryRun:
      break;
  }
  if (!report.warnings.empty()) ++with_warnings;
}

std::string EncodeStoredReport(const FileReport& r) {
  nlohmann::json j = {{"page", r.page_id},         {"layout", r.layout},
                      {"nodes", r.nodes},          {"edges", r.edges},
                      {"documents", r.documents},  {"clauses", r.clauses},
                      {"people", r.people},        {"warnings", r.warnings},
                      {"unresolved", r.unresolved}};
  if (!r.source_key.empty()) j["source_key"] = r.source_key;
  // Labels are the page's UTF-8; a byte that is not must not end the import.
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string StoredSourceKey(std::string_view stored_report) {
  // Read without parsing the whole report: an import opens every page's.
  constexpr std::string_view kField = "\"source_key\":\"";
  size_t at = stored_report.find(kField);
  if (at == std::string_view::npos) return "";
  size_t open = at + kField.size() - 1, end = open + 1;
  while (end < stored_report.size() && stored_report[end] != '"')
    end += stored_report[end] == '\\' ? 2 : 1;
  if (end >= stored_report.size()) return "";
  nlohmann::json value = nlohmann::json::parse(
      stored_report.substr(open, end + 1 - open), nullptr, false);
  return value.is_string() ? value.get<std::string>() : "";
}

std::optional<FileReport> StoredPageReport(const std::string& file,
                                           const storage::PageInfo& page) {
  nlohmann::json j = nlohmann::json::parse(page.report, nullptr, false);
  if (!j.is_object()) return std::nullopt;
  try {
    FileReport r;
    r.file = file;
    r.status = FileStatus::kUnchanged;
    r.page_id = page.page_id;
    r.layout = j.at("layout").get<std::string>();
    r.nodes = j.at("nodes").get<size_t>();
    r.edges = j.at("edges").get<size_t>();
    r.documents = j.at("documents").get<size_t>();
    r.clauses = j.at("clauses").get<size_t>();
    r.people = j.at("people").get<size_t>();
    r.warnings = j.at("warnings").get<std::vector<std::string>>();
    r.unresolved = j.at("unresolved").get<std::vector<std::string>>();
    return r;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

void PrintImportTotals(const ImportTotals& t, std::ostream& out) {
  out << t.imported << " added, " << t.replaced << " replaced, " << t.unchanged
      << " unchanged, " << t.failed << " failed; " << t.with_warnings
      << " with warnings\n";
}

void PrintFileReport(const FileReport& r, std::ostream& out) {
  if (r.status == FileStatus::kError) return;
  out << FileStatusName(r.status) << " " << r.file << " -> " << r.page_id
      << " (" << r.nodes << " nodes, " << r.edges << " edges)\n";
  for (const std::string& old : r.replaces)
    out << "  in place of " << old << "\n";
  PrintFileReportDetails(r, out);
}

void PrintFileReportDetails(const FileReport& r, std::ostream& out) {
  out << "  layout " << (r.layout.empty() ? "-" : r.layout) << ", "
      << Count(r.documents, "document", "documents") << ", "
      << Count(r.clauses, "clause", "clauses") << ", "
      << Count(r.people, "person", "people") << "\n";
  for (const std::string& w : r.warnings) out << WrapLabelled("  warning: ", w);
}

void PrintReportsJson(const std::vector<FileReport>& reports,
                      std::ostream& out) {
  nlohmann::ordered_json all = nlohmann::ordered_json::array();
  for (const FileReport& r : reports) {
    nlohmann::ordered_json j = {
        {"file", r.file},
        {"status", std::string(FileStatusName(r.status))},
        {"page", r.page_id},
        {"layout", r.layout.empty() ? nlohmann::ordered_json()
                                    : nlohmann::ordered_json(r.layout)},
        {"nodes", r.nodes},
        {"edges", r.edges},
        {"documents", r.documents},
        {"clauses", r.clauses},
        {"people", r.people},
        {"warnings", r.warnings},
        {"unresolved", r.unresolved}};
    if (!r.replaces.empty()) j["replaces"] = r.replaces;
    if (r.status == FileStatus::kError) j["error"] = r.error;
    all.push_back(std::move(j));
  }
  // A path or a label that is not UTF-8 must not end the report.
  UnescapedOutput json_as_written;
  out << all.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
      << "\n";
}

}  // namespace parley::cli
