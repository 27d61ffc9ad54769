// libFuzzer target for the importers: feeds arbitrary bytes to the archive-page
// importer (as they are, and as the body of a page with a valid header, so
// that mutations reach the body reader) and to the JSON-document importer,
// with the real gazetteer and topic list. Besides crashes and sanitizer
// reports it aborts when a page import breaks the evidence contract: every
// quote must be the page's bytes [start, end).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "graph/fragment.h"
#include "importers/gazetteer.h"
#include "importers/import_file.h"
#include "importers/json_importer.h"
#include "importers/topics.h"

namespace {

using parley::graph::Evidence;
using parley::graph::Fragment;
using parley::importers::Gazetteer;
using parley::importers::Knowledge;
using parley::importers::TopicList;

// Loaded once: from PARLEY_DATA when set, else the source tree's data/.
const Knowledge& LoadData() {
  static const Knowledge* data = [] {
    const char* env = std::getenv("PARLEY_DATA");
    std::string dir = env != nullptr && *env != '\0' ? env : PARLEY_DATA_DIR;
    auto knowledge = parley::importers::LoadKnowledge(dir);
    if (!knowledge.ok()) {
      std::fprintf(stderr, "page_fuzzer: cannot load the data files in %s\n",
                   dir.c_str());
      std::abort();
    }
    return new Knowledge(std::move(knowledge).value());
  }();
  return *data;
}

void CheckEvidence(const Evidence& ev, const Fragment& fragment) {
  const std::string& text = fragment.text;
  if (ev.start > ev.end || ev.end > text.size() ||
      text.compare(ev.start, ev.end - ev.start, ev.quote) != 0 ||
      ev.doc != fragment.page_id) {
    std::fprintf(stderr, "bad evidence [%u, %u) \"%s\" in %s\n", ev.start,
                 ev.end, ev.quote.c_str(), ev.doc.c_str());
    std::abort();
  }
}

// Imports `page` as a file named `name` (its extension picks the reader)
// and checks every fact's evidence against the bytes.
void ImportPage(const Knowledge& knowledge, std::string_view page,
                const std::string& name) {
  auto fragment = parley::importers::ImportFile(name, page, knowledge);
  if (!fragment.ok()) return;
  const Fragment& f = fragment.value();
  if (f.text != page) std::abort();
  for (const auto& node : f.nodes()) {
    if (node.id.empty()) std::abort();
    for (const Evidence& ev : node.evidence) CheckEvidence(ev, f);
  }
  for (const auto& edge : f.edges()) {
    if (f.FindNode(edge.source) == nullptr ||
        f.FindNode(edge.target) == nullptr) {
      std::fprintf(stderr, "edge %s -> %s has no node\n", edge.source.c_str(),
                   edge.target.c_str());
      std::abort();
    }
    for (const Evidence& ev : edge.evidence) CheckEvidence(ev, f);
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  LoadData();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  const Knowledge& data = LoadData();
  std::string_view input(reinterpret_cast<const char*>(bytes), size);
  ImportPage(data, input, "fuzz.txt");
  static const std::string kHeader =
      "July 3, 1951\n\nCiphered Telegram No. 21404, Mao Zedong to Cde. "
      "Filippov [Stalin]\n\n";
  ImportPage(data, kHeader + std::string(input), "fuzz.txt");
  // The TEI reader, inside a volume's markup.
  static const std::string kTeiOpen =
      "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>"
      "<div type=\"document\" n=\"1\"><head>The Secretary of State to the "
      "Embassy in Korea</head><p>";
  ImportPage(data,
             kTeiOpen + std::string(input) + "</p></div></body></text></TEI>",
             "fuzz.xml");
  ImportPage(data, input, "fuzz.xml");
  (void)parley::importers::ImportFile("fuzz.json", input, data);
  return 0;
}
