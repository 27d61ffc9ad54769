// What the fuzz targets share: the data files loaded once, and the import
// contract checked on every fragment (each failure aborts with a line saying
// which rule broke, so that libFuzzer keeps the input as a crash).
#ifndef PARLEY_FUZZ_FUZZ_SUPPORT_H_
#define PARLEY_FUZZ_FUZZ_SUPPORT_H_

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "graph/fragment.h"
#include "graph/model.h"
#include "importers/import_file.h"
#include "importers/knowledge.h"
#include "text/utf8.h"

namespace parley::fuzz {

// Aborts with `what` (and `detail`) on stderr: the input broke a contract.
[[noreturn]] inline void Fail(const char* what, std::string_view detail = {}) {
  std::fprintf(stderr, "contract broken: %s%s%.*s\n", what,
               detail.empty() ? "" : ": ", static_cast<int>(detail.size()),
               detail.data());
  std::abort();
}

inline void Require(bool holds, const char* what,
                    std::string_view detail = {}) {
  if (!holds) Fail(what, detail);
}

// The data folder: PARLEY_DATA when set, else the source tree's data/.
inline std::string DataDir() {
  const char* env = std::getenv("PARLEY_DATA");
  return env != nullptr && *env != '\0' ? env : PARLEY_DATA_DIR;
}

// The gazetteer, topics and cue tables of the data folder, loaded once.
inline const importers::Knowledge& LoadData() {
  static const importers::Knowledge* data = [] {
    std::string dir = DataDir();
    auto knowledge = importers::LoadKnowledge(dir);
    if (!knowledge.ok()) {
      std::fprintf(stderr, "fuzzer: cannot load the data files in %s: %s\n",
                   dir.c_str(), knowledge.status().message().c_str());
      std::abort();
    }
    return new importers::Knowledge(std::move(knowledge).value());
  }();
  return *data;
}

// Every quote is the page's bytes [start, end), read in a document of the
// page (or the page itself).
inline void CheckEvidence(const graph::Evidence& ev,
                          const graph::Fragment& fragment) {
  const std::string& text = fragment.text;
  bool bytes = ev.start <= ev.end && ev.end <= text.size() &&
               text.compare(ev.start, ev.end - ev.start, ev.quote) == 0;
  const graph::Node* doc = fragment.FindNode(ev.doc);
  bool in_document =
      ev.doc == fragment.page_id ||
      (doc != nullptr && doc->kind == graph::NodeKind::kDocument);
  if (!bytes || !in_document) {
    std::fprintf(stderr, "bad evidence [%u, %u) \"%s\" in %s (page %s)\n",
                 ev.start, ev.end, ev.quote.c_str(), ev.doc.c_str(),
                 fragment.page_id.c_str());
    std::abort();
  }
}

// Imports `bytes` as the file `name` (its extension picks the reader) and
// checks ImportFile's contract: no exception; on failure one line naming the
// file; on success the page's own bytes and hash, an id for every node,
// evidence that quotes the bytes, edges that join nodes of the fragment.
// Returns the fragment's layout ("" on failure, with the message in `error`
// when given).
inline std::string ImportAndCheck(std::string_view bytes,
                                  const std::string& name,
                                  std::string* error = nullptr) {
  const importers::Knowledge& knowledge = LoadData();
  Result<graph::Fragment> fragment = [&]() -> Result<graph::Fragment> {
    try {
      return importers::ImportFile(name, bytes, knowledge);
    } catch (const std::exception& e) {
      Fail("ImportFile threw", e.what());
    }
  }();
  if (!fragment.ok()) {
    const std::string& message = fragment.status().message();
    Require(
        message.starts_with(name + ": ") && message.size() > name.size() + 2,
        "an import error names the file and says what is wrong", message);
    Require(message.find('\n') == std::string::npos,
            "an import error is one line", message);
    if (error != nullptr) *error = message;
    return "";
  }
  const graph::Fragment& f = fragment.value();
  Require(f.text == bytes, "the fragment holds the page's bytes");
  Require(!f.page_id.empty(), "the page has an id");
  Require(f.content_hash == importers::FileContentHash(bytes, knowledge),
          "the content hash is FileContentHash's", f.content_hash);
  bool has_document = false;
  for (const graph::Node& node : f.nodes()) {
    Require(!node.id.empty(), "every node has an id", node.label);
    has_document |= node.kind == graph::NodeKind::kDocument;
    for (const graph::Evidence& ev : node.evidence) CheckEvidence(ev, f);
  }
  for (const graph::Edge& edge : f.edges()) {
    if (f.FindNode(edge.source) == nullptr ||
        f.FindNode(edge.target) == nullptr) {
      Fail("every edge joins two nodes of the fragment",
           edge.source + " -> " + edge.target);
    }
    for (const graph::Evidence& ev : edge.evidence) CheckEvidence(ev, f);
  }
  Require(has_document, "an imported page holds a document", f.page_id);
  return f.layout.empty() ? "?" : f.layout;
}

}  // namespace parley::fuzz

#endif  // PARLEY_FUZZ_FUZZ_SUPPORT_H_
