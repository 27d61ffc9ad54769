// Snapshot: what one query command reads. Point lookups go straight to the
// storage Reader (a RocksDB snapshot); the in-memory graph (graph::GraphView,
// a Boost compressed-sparse-row graph) is built from the same snapshot only
// when a query first needs a traversal, and then shared by every query of
// the command.
#ifndef PARLEY_QUERIES_SNAPSHOT_H_
#define PARLEY_QUERIES_SNAPSHOT_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>

#include "graph/graph_view.h"
#include "graph/status.h"
#include "storage/store.h"

namespace parley::queries {

class Snapshot {
 public:
  // `reader` must outlive the snapshot.
  explicit Snapshot(storage::Reader& reader);
  ~Snapshot();
  Snapshot(const Snapshot&) = delete;
  Snapshot& operator=(const Snapshot&) = delete;

  storage::Reader& reader() { return reader_; }

  // The node `id` as Reader::GetNode merges it, read on the first call and
  // kept for the snapshot's life: a person named on every page is merged
  // from thousands of records, and a query names him again and again.
  // nullptr when absent.
  const graph::Node* Find(const graph::NodeId& id);

  // The node `id` without its evidence (Reader::GetNodeHead: one read
  // however many pages name it), kept for the snapshot's life; the node
  // Find already holds when it was read whole. For the people and
  // documents a chain names, which are hubs. nullptr when absent.
  const graph::Node* FindHead(const graph::NodeId& id);

  // The NodeId of dense id `dense` (Reader::NodeIdOf), read once and kept:
  // a traversal works on dense ids and names only the nodes it must order
  // or print. nullptr when the reader knows no such id.
  const graph::NodeId* IdOf(uint32_t dense);

  // The whole graph, read through the reader on the first call (every node
  // and edge, merged) and kept for later calls. Nodes or edges the reader
  // could not read are left out; reader().status() then says why.
  const graph::GraphView& View();

  // Whether View() has been built: false after queries that only looked
  // nodes up, which is what keeps `show ID` cheap on a large database.
  bool has_view() const { return view_ != nullptr; }

 private:
  storage::Reader& reader_;
  std::map<graph::NodeId, std::optional<graph::Node>> nodes_;
  std::map<graph::NodeId, std::optional<graph::Node>> heads_;
  std::unordered_map<uint32_t, std::optional<graph::NodeId>> ids_;
  std::unique_ptr<graph::GraphView> view_;
};

}  // namespace parley::queries

#endif  // PARLEY_QUERIES_SNAPSHOT_H_
