#include "graph/fragment.h"

#include <cstdio>

namespace parley::graph {

Node& Fragment::AddNode(Node node) {
  if (Node* existing = FindNode(node.id)) {
    MergeNode(*existing, node);
    return *existing;
  }
  nodes_.push_back(std::move(node));
  return nodes_.back();
}

Edge& Fragment::AddEdge(Edge edge) {
  for (Edge& e : edges_) {
    if (e.kind == edge.kind && e.source == edge.source &&
        e.target == edge.target) {
      MergeEdge(e, edge);
      return e;
    }
  }
  edges_.push_back(std::move(edge));
  return edges_.back();
}

Node* Fragment::FindNode(const NodeId& id) {
  for (Node& n : nodes_) {
    if (n.id == id) return &n;
  }
  return nullptr;
}

const Node* Fragment::FindNode(const NodeId& id) const {
  for (const Node& n : nodes_) {
    if (n.id == id) return &n;
  }
  return nullptr;
}

std::string ContentHash(std::string_view bytes) {
  uint64_t a = 14695981039346656037ull;
  uint64_t b = 1099511628211ull * 31;
  for (unsigned char c : bytes) {
    a = (a ^ c) * 1099511628211ull;
    b = (b ^ c) * 0x100000001b3ull + 0x9e3779b97f4a7c15ull;
  }
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx",
                static_cast<unsigned long long>(a),
                static_cast<unsigned long long>(b));
  return buf;
}

}  // namespace parley::graph
