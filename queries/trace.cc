#include "queries/trace.h"

#include <algorithm>
#include <map>
#include <queue>
#include <set>
#include <utility>

#include "graph/props.h"

namespace parley::queries {

using graph::Edge;
using graph::EdgeKind;
using graph::Node;
using graph::NodeId;
namespace prop = graph::prop;

namespace {

int64_t Position(const Node& clause) {
  return graph::IntAt(clause.props, prop::kPosition);
}

std::optional<double> Similarity(const Edge& e) {
  const graph::Value* s = e.props.Get(prop::kSimilarity);
  if (s == nullptr) return std::nullopt;
  if (s->is_double()) return s->as_double();
  if (s->is_int()) return static_cast<double>(s->as_int());
  return std::nullopt;
}

// The VARIANT_OF edges of the clauses met so far, read once per clause.
class VariantIndex {
 public:
  explicit VariantIndex(storage::Reader& reader) : reader_(reader) {}

  // The clauses `id` is a version of or has as versions, with the edge.
  const std::vector<const Edge*>& EdgesOf(const NodeId& id) {
    auto it = by_node_.find(id);
    if (it != by_node_.end()) return it->second;
    std::vector<const Edge*>& list = by_node_[id];
    for (bool out : {true, false}) {
      for (Edge& e : out ? reader_.OutEdges(id, EdgeKind::kVariantOf)
                         : reader_.InEdges(id, EdgeKind::kVariantOf)) {
        auto key = std::make_pair(e.source, e.target);
        auto [pos, added] = edges_.emplace(key, std::move(e));
        list.push_back(&pos->second);
      }
    }
    return list;
  }

  // The edge joining `a` and `b` either way, or nullptr.
  const Edge* Between(const NodeId& a, const NodeId& b) const {
    if (auto it = edges_.find({a, b}); it != edges_.end()) return &it->second;
    if (auto it = edges_.find({b, a}); it != edges_.end()) return &it->second;
    return nullptr;
  }

 private:
  storage::Reader& reader_;
  std::map<std::pair<NodeId, NodeId>, Edge> edges_;
  std::map<NodeId, std::vector<const Edge*>> by_node_;
};

// The clauses of one lineage grown from `seed`: repeatedly the strongest
// VARIANT_OF link from the lineage to a clause of a document not yet in it,
// among links that are mutual best matches: the linker ties a clause to
// every point of another document sharing a topic, and only the closest on
// both sides is the same clause.
std::vector<NodeId> GrowLineage(Snapshot& snapshot, VariantIndex& index,
                                const Node& seed,
                                std::map<NodeId, NodeId>& document_of) {
  auto doc_of = [&](const NodeId& id) -> const NodeId& {
    auto it = document_of.find(id);
    if (it != document_of.end()) return it->second;
    NodeId doc;
    if (const Node* n = snapshot.Find(id)) {
      doc = DocumentOfClause(snapshot.reader(), *n);
    }
    return document_of[id] = doc.empty() ? id : doc;
  };
  // The similarity of `id`'s closest version in document `doc`, cached.
  std::map<std::pair<NodeId, NodeId>, double> best_cache;
  auto best_in = [&](const NodeId& id, const NodeId& doc) {
    auto key = std::make_pair(id, doc);
    if (auto it = best_cache.find(key); it != best_cache.end())
      return it->second;
    double best = 0;
    for (const Edge* e : index.EdgesOf(id)) {
      const NodeId& other = e->source == id ? e->target : e->source;
      if (doc_of(other) == doc)
        best = std::max(best, Similarity(*e).value_or(0));
    }
    return best_cache[key] = best;
  };
  // Best first, as Prim's algorithm grows a tree: the strongest link from
  // the lineage (ties: the smallest id) to a document not yet in it.
  using Candidate = std::pair<double, NodeId>;
  auto weaker = [](const Candidate& a, const Candidate& b) {
    return a.first != b.first ? a.first < b.first : a.second > b.second;
  };
  std::priority_queue<Candidate, std::vector<Candidate>, decltype(weaker)>
      frontier(weaker);
  std::vector<NodeId> members;
  std::set<NodeId> in_lineage;
  std::set<NodeId> documents;
  auto add = [&](const NodeId& m) {
    members.push_back(m);
    in_lineage.insert(m);
    documents.insert(doc_of(m));
    for (const Edge* e : index.EdgesOf(m)) {
      const NodeId& other = e->source == m ? e->target : e->source;
      if (in_lineage.count(other)) continue;
      double s = Similarity(*e).value_or(0);
      if (s < best_in(m, doc_of(other)) || s < best_in(other, doc_of(m)))
        continue;
      frontier.emplace(s, other);
    }
  };
  add(seed.id);
  while (!frontier.empty()) {
    NodeId next = frontier.top().second;
    frontier.pop();
    if (in_lineage.count(next) || documents.count(doc_of(next))) continue;
    add(next);
  }
  return members;
}

ClauseVersion MakeVersion(Snapshot& snapshot, Node clause) {
  ClauseVersion v;
  v.proposers = SourcesOf(snapshot, clause.id, EdgeKind::kProposes);
  NodeId doc_id = DocumentOfClause(snapshot.reader(), clause);
  if (const Node* doc = snapshot.Find(doc_id)) v.document = Brief(*doc);
  v.date = v.document.props.GetString(prop::kDate);
  if (!doc_id.empty()) {
    if (const Node* outer = snapshot.Find(OuterDocumentId(snapshot, doc_id))) {
      v.outer = Brief(*outer);
    }
    std::set<NodeId> proposer_ids;
    for (const Node& p : v.proposers) proposer_ids.insert(p.id);
    v.chain = TransmissionChain(snapshot, doc_id, proposer_ids);
    v.citations = CitationsOf(snapshot, doc_id);
  }
  v.stances = StancesOn(snapshot, clause.id);
  v.clause = std::move(clause);
  return v;
}

}  // namespace

Result<std::vector<Lineage>> TraceClause(Snapshot& snapshot,
                                         const TraceQuery& query) {
  storage::Reader& reader = snapshot.reader();
  if (query.text.empty()) {
    return Status::InvalidArgument(
        "trace needs a clause: an id, words or a topic");
  }
  std::vector<ClauseMatch> matches =
      MatchClauses(snapshot, ClauseQuery{query.text, query.topics});
  if (matches.empty()) {
    if (Status s = reader.status(); !s.ok()) return s;
    return Status::NotFound("no clause matches '" + query.text + "'");
  }
  // Only the best kind of match (see MatchedBy) seeds lineages: for "buffer
  // zone", Kim Il Sung's point whose words and topic both fit, not every
  // clause of the buffer_zone topic.
  MatchedBy best = matches[0].by;
  for (const ClauseMatch& m : matches) best = std::min(best, m.by);
  std::vector<Node> seeds;
  std::set<NodeId> matched;
  for (ClauseMatch& m : matches) {
    matched.insert(m.clause.id);
    if (m.by == best) seeds.push_back(std::move(m.clause));
  }
  // Seeds in the order written: date, document, position.
  std::map<NodeId, std::pair<std::string, NodeId>> seed_keys;
  for (const Node& s : seeds) {
    NodeId doc = DocumentOfClause(reader, s);
    const Node* d = snapshot.Find(doc);
    seed_keys[s.id] = {d ? d->props.GetString(prop::kDate) : "", doc};
  }
  std::stable_sort(seeds.begin(), seeds.end(),
                   [&](const Node& a, const Node& b) {
                     if (seed_keys[a.id] != seed_keys[b.id])
                       return seed_keys[a.id] < seed_keys[b.id];
                     return Position(a) < Position(b);
                   });

  VariantIndex index(reader);
  std::map<NodeId, NodeId> document_of;
  std::set<NodeId> placed;
  std::vector<Lineage> lineages;
  for (const Node& seed : seeds) {
    if (placed.count(seed.id)) continue;
    Lineage lineage;
    for (const NodeId& id : GrowLineage(snapshot, index, seed, document_of)) {
      placed.insert(id);
      const Node* clause = snapshot.Find(id);
      if (clause == nullptr) continue;
      lineage.versions.push_back(MakeVersion(snapshot, *clause));
      lineage.versions.back().matched = matched.count(id) > 0;
    }
    std::stable_sort(lineage.versions.begin(), lineage.versions.end(),
                     [](const ClauseVersion& a, const ClauseVersion& b) {
                       if (a.date != b.date) return a.date < b.date;
                       return a.clause.id < b.clause.id;
                     });
    for (size_t i = 1; i < lineage.versions.size(); ++i) {
      ClauseVersion& v = lineage.versions[i];
      for (size_t j = i; j-- > 0;) {
        const Edge* e =
            index.Between(v.clause.id, lineage.versions[j].clause.id);
        if (e == nullptr) continue;
        v.compared_with = lineage.versions[j].clause.id;
        v.changes = StringList(e->props.Get(prop::kChanges));
        v.similarity = Similarity(*e);
        break;
      }
    }
    lineages.push_back(std::move(lineage));
  }
  if (Status s = reader.status(); !s.ok()) return s;
  return lineages;
}

}  // namespace parley::queries
