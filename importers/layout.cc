#include "importers/layout.h"

#include "importers/layouts/readers.h"

namespace parley::importers {

const std::vector<std::unique_ptr<LayoutReader>>& LayoutReaders() {
  static const auto* readers = [] {
    auto* list = new std::vector<std::unique_ptr<LayoutReader>>();
    list->push_back(layouts::MakeFrusTeiReader());
    list->push_back(layouts::MakeFrusPageReader());
    list->push_back(layouts::MakeCwihpPrintReader());
    list->push_back(layouts::MakeWilsonOlderReader());
    list->push_back(layouts::MakeWilsonCurrentReader());
    list->push_back(layouts::MakeGenericReader());
    return list;
  }();
  return *readers;
}

const LayoutReader& DetectLayout(std::string_view source) {
  const auto& readers = LayoutReaders();
  const LayoutReader* best = readers.back().get();
  int best_score = 0;
  for (const auto& reader : readers) {
    int score = reader->Score(source);
    // Ties go to the reader listed first: the more specific layout.
    if (score > best_score) {
      best = reader.get();
      best_score = score;
    }
  }
  return *best;
}

}  // namespace parley::importers
