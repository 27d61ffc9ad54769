#include "graph/merge.h"

#include <functional>

namespace parley::graph {

size_t HashEvidence(const Evidence& ev) {
  std::hash<std::string> h;
  size_t seed = h(ev.doc);
  auto mix = [&seed](size_t v) {
    seed ^= v + 0x9e3779b97f4a7c15ull + (seed << 6) + (seed >> 2);
  };
  mix(h(ev.lang));
  mix(ev.start);
  mix(ev.end);
  mix(h(ev.quote));
  return seed;
}

void EvidenceSet::Index(std::vector<Evidence>& list) {
  by_hash_.clear();
  std::vector<Evidence> all = std::move(list);
  list.clear();
  for (const Evidence& ev : all) Append(list, ev);
}

void EvidenceSet::Append(std::vector<Evidence>& list, const Evidence& ev) {
  size_t hash = HashEvidence(ev);
  auto [begin, end] = by_hash_.equal_range(hash);
  for (auto it = begin; it != end; ++it) {
    if (list[it->second] == ev) return;
  }
  by_hash_.emplace(hash, list.size());
  list.push_back(ev);
}

void NodeMerger::Add(Node part) {
  if (!node_) {
    node_ = std::move(part);
    aliases_.clear();
    aliases_.insert(node_->aliases.begin(), node_->aliases.end());
    evidence_.Index(node_->evidence);
    return;
  }
  for (std::string& a : part.aliases) {
    if (aliases_.insert(a).second) node_->aliases.push_back(std::move(a));
  }
  for (const Evidence& ev : part.evidence)
    evidence_.Append(node_->evidence, ev);
  MergeValue(node_->props, part.props);
  if (node_->label.empty()) node_->label = std::move(part.label);
}

std::optional<Node> NodeMerger::Take() {
  std::optional<Node> out = std::move(node_);
  node_.reset();
  aliases_.clear();
  evidence_.clear();
  return out;
}

void EdgeMerger::Add(Edge part) {
  if (!edge_) {
    edge_ = std::move(part);
    evidence_.Index(edge_->evidence);
    return;
  }
  for (const Evidence& ev : part.evidence)
    evidence_.Append(edge_->evidence, ev);
  MergeValue(edge_->props, part.props);
}

std::optional<Edge> EdgeMerger::Take() {
  std::optional<Edge> out = std::move(edge_);
  edge_.reset();
  evidence_.clear();
  return out;
}

}  // namespace parley::graph
