// Folding many contributions of one node or edge (one per page that names
// Stalin, say) into one, in time linear in their total size. MergeNode and
// MergeEdge fold two; folding thousands with them would be quadratic.
#ifndef PARLEY_GRAPH_MERGE_H_
#define PARLEY_GRAPH_MERGE_H_

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "graph/model.h"

namespace parley::graph {

// Hash of all of an Evidence's fields.
size_t HashEvidence(const Evidence& ev);

// Keeps a vector of Evidence free of duplicates, in first-seen order.
class EvidenceSet {
 public:
  // Indexes `list`, dropping its duplicates (the first of each stays).
  void Index(std::vector<Evidence>& list);
  // Appends `ev` to `list` unless an equal one is there; `list` must be the
  // vector indexed.
  void Append(std::vector<Evidence>& list, const Evidence& ev);
  void clear() { by_hash_.clear(); }

 private:
  std::unordered_multimap<size_t, size_t> by_hash_;  // hash -> index in list
};

// The merge of the contributions Add()ed, as MergeNode would give them.
class NodeMerger {
 public:
  void Add(Node part);
  bool has_value() const { return node_.has_value(); }
  const Node& get() const { return *node_; }
  // The merged node (nullopt when nothing was added); the merger is empty
  // afterwards.
  std::optional<Node> Take();

 private:
  std::optional<Node> node_;
  std::unordered_set<std::string> aliases_;
  EvidenceSet evidence_;
};

class EdgeMerger {
 public:
  void Add(Edge part);
  bool has_value() const { return edge_.has_value(); }
  const Edge& get() const { return *edge_; }
  std::optional<Edge> Take();

 private:
  std::optional<Edge> edge_;
  EvidenceSet evidence_;
};

}  // namespace parley::graph

#endif  // PARLEY_GRAPH_MERGE_H_
