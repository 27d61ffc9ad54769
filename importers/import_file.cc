#include "importers/import_file.h"

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

}  // namespace

Result<graph::Fragment> ImportPage(std::string_view source,
                                   const std::string& source_path,
                                   const Knowledge& knowledge) {
  if (Status s = detail::CheckPageBytes(source); !s.ok()) return s;
  const LayoutReader& layout = DetectLayout(source);
  Result<std::vector<DocumentRecord>> records = layout.Read(source);
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
  std::vector<graph::Fragment> parts;
  for (const DocumentRecord& record : *records) {
    parts.push_back(ReadDocument(record, source, source_path, knowledge));
    AddWarnings(record, out.warnings);
  }
  // The file is stored under its first document's id; each fact's
  // evidence names the document it was read in (a TEI volume holds
  // several), its offsets bytes of the file.
  out.page_id = parts.front().page_id + SourceSuffix(layout.name());
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

Result<graph::Fragment> ImportFile(const std::string& path,
                                   std::string_view bytes,
                                   const Knowledge& knowledge) {
  bool json = std::filesystem::path(path).extension() == ".json";
  Result<graph::Fragment> fragment =
      json ? ImportJsonDocument(bytes, path, knowledge.gazetteer,
                                knowledge.topics)
           : ImportPage(bytes, path, knowledge);
  if (!fragment.ok()) return fragment.status().WithContext(path);
  fragment->content_hash = graph::ContentHash(bytes) + "-x" +
                           std::to_string(kExtractionVersion) + "-k" +
                           knowledge.fingerprint;
  return fragment;
}

}  // namespace parley::importers
