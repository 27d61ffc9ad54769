#include "graph/fragment.h"

#include <algorithm>
#include <cstdio>

namespace parley::graph {
namespace {

std::string EdgeKey(const Edge& e) {
  std::string key = e.source;
  key += '\0';
  key += static_cast<char>(e.kind);
  key += '\0';
  key += e.target;
  return key;
}

}  // namespace

Node& Fragment::AddNode(Node node) {
  auto it = node_index_.find(node.id);
  if (it == node_index_.end()) {
    node_index_.emplace(node.id, nodes_.size());
    node_evidence_[node.id].Index(node.evidence);
    nodes_.push_back(std::move(node));
    return nodes_.back();
  }
  Node& into = nodes_[it->second];
  for (std::string& a : node.aliases) {
    if (std::find(into.aliases.begin(), into.aliases.end(), a) ==
        into.aliases.end()) {
      into.aliases.push_back(std::move(a));
    }
  }
  EvidenceSet& seen = node_evidence_[into.id];
  for (const Evidence& ev : node.evidence) seen.Append(into.evidence, ev);
  MergeValue(into.props, node.props);
  if (into.label.empty()) into.label = std::move(node.label);
  return into;
}

Edge& Fragment::AddEdge(Edge edge) {
  std::string key = EdgeKey(edge);
  auto it = edge_index_.find(key);
  if (it == edge_index_.end()) {
    edge_index_.emplace(key, edges_.size());
    edge_evidence_[key].Index(edge.evidence);
    edges_.push_back(std::move(edge));
    return edges_.back();
  }
  Edge& into = edges_[it->second];
  EvidenceSet& seen = edge_evidence_[key];
  for (const Evidence& ev : edge.evidence) seen.Append(into.evidence, ev);
  MergeValue(into.props, edge.props);
  return into;
}

Node* Fragment::FindNode(const NodeId& id) {
  auto it = node_index_.find(id);
  return it == node_index_.end() ? nullptr : &nodes_[it->second];
}

const Node* Fragment::FindNode(const NodeId& id) const {
  auto it = node_index_.find(id);
  return it == node_index_.end() ? nullptr : &nodes_[it->second];
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
