// Fragment: what an importer or a linker returns and storage applies in one
// atomic write: the nodes and edges read from one page, with the page text
// that their evidence offsets point into.
#ifndef PARLEY_GRAPH_FRAGMENT_H_
#define PARLEY_GRAPH_FRAGMENT_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "graph/merge.h"
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
  // The layout reader that read the page ("wilson-current", "frus-tei",
  // "generic", "json"), and what it could not read well, one line each
  // ("no author", "fell back to the generic reader"), for the import report.
  // Neither is stored.
  std::string layout;
  std::vector<std::string> warnings;
  // What the import report said of the page (cli/import_report.h; opaque
  // here), stored with it, so that re-importing the same bytes is reported
  // from the database without reading the page again.
  std::string report;

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
  // Indexes that keep adding linear in the size of a page.
  std::unordered_map<NodeId, size_t> node_index_;
  std::unordered_map<std::string, size_t>
      edge_index_;  // source \0 kind \0 target
  std::unordered_map<NodeId, EvidenceSet> node_evidence_;
  std::unordered_map<std::string, EvidenceSet> edge_evidence_;
};

// A stable hex digest (FNV-1a 64, twice with different bases) of `bytes`.
std::string ContentHash(std::string_view bytes);

}  // namespace parley::graph

#endif  // PARLEY_GRAPH_FRAGMENT_H_
