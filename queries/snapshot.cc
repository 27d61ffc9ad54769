#include "queries/snapshot.h"

#include <utility>

#include "queries/export.h"

namespace parley::queries {

Snapshot::Snapshot(storage::Reader& reader) : reader_(reader) {}
Snapshot::~Snapshot() = default;

const graph::Node* Snapshot::Find(const graph::NodeId& id) {
  auto it = nodes_.find(id);
  if (it == nodes_.end()) it = nodes_.emplace(id, reader_.GetNode(id)).first;
  return it->second ? &*it->second : nullptr;
}

const graph::Node* Snapshot::FindHead(const graph::NodeId& id) {
  if (auto it = nodes_.find(id); it != nodes_.end())
    return it->second ? &*it->second : nullptr;
  auto it = heads_.find(id);
  if (it == heads_.end())
    it = heads_.emplace(id, reader_.GetNodeHead(id)).first;
  return it->second ? &*it->second : nullptr;
}

const graph::NodeId* Snapshot::IdOf(uint32_t dense) {
  auto it = ids_.find(dense);
  if (it == ids_.end()) it = ids_.emplace(dense, reader_.NodeIdOf(dense)).first;
  return it->second ? &*it->second : nullptr;
}

const graph::GraphView& Snapshot::View() {
  if (view_ == nullptr) {
    GraphData data = LoadGraph(reader_);
    view_ = std::make_unique<graph::GraphView>(std::move(data.nodes),
                                               std::move(data.edges));
  }
  return *view_;
}

}  // namespace parley::queries
