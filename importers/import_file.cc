#include "importers/import_file.h"

#include <cctype>
#include <filesystem>

#include "importers/detail/document_reader.h"
#include "importers/detail/page_text.h"
#include "importers/json_importer.h"
#include "importers/layout.h"
#include "importers/version.h"

namespace parley::importers {
namespace {

// What a layout reader could not read, for the import report (which adds
// the documents that lack an author, a recipient or a date).
void AddWarnings(const DocumentRecord& record, std::vector<std::string>& into) {
  for (const std::string& w : record.warnings) into.push_back(w);
}

// The same document reached through two sources (the Wilson Center's page
// and the CWIHP Bulletin's print of one telegram) is one Document node with
// both sources, read from two pages: a page is stored per source, so the
// print's page id is the document's with the source after "@". The
// archive's own pages (Wilson Center, current or older) and JSON documents
// take the document's id itself.
std::string SourceSuffix(std::string_view layout) {
  if (layout.rfind("cwihp", 0) == 0) return "@cwihp";
  if (layout.rfind("frus", 0) == 0) return "@frus";
  return {};
}

// "line 3: \"February 30, 1951\" is not a date on the calendar; not read as
// one" for each date-shaped text of `source` that no calendar has (at most
// kMaxDateWarnings of them), so that a date silently missing from a
// document is explained.
std::vector<std::string> ImpossibleDates(std::string_view source) {
  constexpr size_t kMaxDateWarnings = 10;
  std::vector<std::string> out;
  for (const detail::Line& line : detail::SplitLines(source)) {
    for (auto m = detail::FindImpossibleDate(line.text);
         m && out.size() < kMaxDateWarnings;
         m = detail::FindImpossibleDate(line.text, m->end)) {
      out.push_back("line " + std::to_string(line.number) + ": \"" +
                    std::string(line.text.substr(m->start, m->end - m->start)) +
                    "\" is not a date on the calendar; not read as one");
    }
  }
  return out;
}

}  // namespace

Result<graph::Fragment> ImportPage(std::string_view source,
                                   const std::string& source_path,
                                   const Knowledge& knowledge) {
  if (Status s = detail::CheckPageBytes(source); !s.ok()) return s;
  const LayoutReader& layout = DetectLayout(source);
  Result<std::vector<DocumentRecord>> records = layout.Read(source);
  std::vector<std::string> impossible_dates = ImpossibleDates(source);
  if (!records.ok() && !impossible_dates.empty()) {
    // "no date anywhere" when the only date is one no calendar has.
    return Status::InvalidArgument(records.status().message() + " (" +
                                   impossible_dates.front() + ")");
  }
  if (!records.ok()) return records.status();
  if (records->empty())
    return Status::InvalidArgument("no document found in the file");

  graph::Fragment out;
  out.source_path = source_path;
  out.text = std::string(source);
  out.content_hash = graph::ContentHash(source);
  out.layout = std::string(layout.name());
  if (layout.name() == "generic")
    out.warnings.push_back("fell back to the generic reader");
  for (std::string& w : impossible_dates) out.warnings.push_back(std::move(w));
  std::vector<graph::Fragment> parts;
  for (const DocumentRecord& record : *records) {
    parts.push_back(ReadDocument(record, source, source_path, knowledge));
    AddWarnings(record, out.warnings);
  }
  // The file is stored under its first document's id, and its last's when
  // it holds several (two TEI files may open on the same document and go
  // on to others); each fact's evidence names the document it was read in,
  // its offsets bytes of the file.
  out.page_id = parts.front().page_id;
  if (parts.size() > 1 && parts.back().page_id != parts.front().page_id)
    out.page_id += "+" + parts.back().page_id;
  out.page_id += SourceSuffix(layout.name());
  for (graph::Fragment& part : parts) {
    for (graph::Node n : part.nodes()) {
      for (graph::Evidence& ev : n.evidence) ev.doc = part.page_id;
      out.AddNode(std::move(n));
    }
    for (graph::Edge e : part.edges()) {
      for (graph::Evidence& ev : e.evidence) ev.doc = part.page_id;
      out.AddEdge(std::move(e));
    }
  }
  return out;
}

bool IsJsonDocumentPath(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  for (char& c : extension)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return extension == ".json";  // ".JSON" too
}

std::string FileContentHash(std::string_view bytes,
                            const Knowledge& knowledge) {
  return graph::ContentHash(bytes) + "-x" + std::to_string(kExtractionVersion) +
         "-k" + knowledge.fingerprint;
}

Result<graph::Fragment> ImportFile(const std::string& path,
                                   std::string_view bytes,
                                   const Knowledge& knowledge) {
  Result<graph::Fragment> fragment =
      IsJsonDocumentPath(path)
          ? ImportJsonDocument(bytes, path, knowledge.gazetteer,
                               knowledge.topics)
          : ImportPage(bytes, path, knowledge);
  if (!fragment.ok()) return fragment.status().WithContext(path);
  fragment->content_hash = FileContentHash(bytes, knowledge);
  return fragment;
}

}  // namespace parley::importers
