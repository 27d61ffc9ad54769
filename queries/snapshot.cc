#include "queries/snapshot.h"

#include <utility>

#include "queries/export.h"

namespace parley::queries {

Snapshot::Snapshot(storage::Reader& reader) : reader_(reader) {}
Snapshot::~Snapshot() = default;

const graph::GraphView& Snapshot::View() {
  if (view_ == nullptr) {
    GraphData data = LoadGraph(reader_);
    view_ = std::make_unique<graph::GraphView>(std::move(data.nodes),
                                               std::move(data.edges));
  }
  return *view_;
}

}  // namespace parley::queries
