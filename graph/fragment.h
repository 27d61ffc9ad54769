// Fragment: what an importer or a linker returns and storage applies in one
// atomic write: the nodes and edges read from one page, with the page text
// that their evidence offsets point into.
#ifndef PARLEY_GRAPH_FRAGMENT_H_
#define PARLEY_GRAPH_FRAGMENT_H_

#include <string>
#include <vector>

#include "graph/model.h"

namespace parley::graph {

class Fragment {
 public:
  // The page's outermost document id; owns every fact of the fragment.
  std::string page_id;
  // Where the page came from (a path as given by the user).
  std::string source_path;
  // The page text exactly as read; evidence offsets are bytes into it.
  std::string text;
  // Hex digest of `text`; equal digests mean an unchanged page.
  std::string content_hash;

  const std::vector<Node>& nodes() const { return nodes_; }
  const std::vector<Edge>& edges() const { return edges_; }

  // Adds a node, or merges it into the node of the same id already added
  // (MergeNode). Returns the stored node.
  Node& AddNode(Node node);
  // Adds an edge, or merges it into the one with the same (source, kind,
  // target). Returns the stored edge.
  Edge& AddEdge(Edge edge);

  Node* FindNode(const NodeId& id);
  const Node* FindNode(const NodeId& id) const;

 private:
  std::vector<Node> nodes_;
  std::vector<Edge> edges_;
};

// A stable hex digest (FNV-1a 64, twice with different bases) of `bytes`.
std::string ContentHash(std::string_view bytes);

}  // namespace parley::graph

#endif  // PARLEY_GRAPH_FRAGMENT_H_
