#include "queries/trace.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace parley::queries {

using graph::Edge;
using graph::EdgeKind;
using graph::Node;
using graph::NodeId;

namespace {

int64_t Position(const Node& clause) {
  const graph::Value* p = clause.props.Get("position");
  return p && p->is_int() ? p->as_int() : 0;
}

std::optional<double> Similarity(const Edge& e) {
  const graph::Value* s = e.props.Get("similarity");
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
std::vector<NodeId> GrowLineage(storage::Reader& reader, VariantIndex& index,
                                const Node& seed,
                                std::map<NodeId, NodeId>& document_of) {
  auto doc_of = [&](const NodeId& id) -> const NodeId& {
    auto it = document_of.find(id);
    if (it != document_of.end()) return it->second;
    NodeId doc;
    if (auto n = reader.GetNode(id)) doc = DocumentOfClause(reader, *n);
    return document_of[id] = doc.empty() ? id : doc;
  };
  // The similarity of `id`'s closest version in document `doc`.
  auto best_in = [&](const NodeId& id, const NodeId& doc) {
    double best = 0;
    for (const Edge* e : index.EdgesOf(id)) {
      const NodeId& other = e->source == id ? e->target : e->source;
      if (doc_of(other) == doc)
        best = std::max(best, Similarity(*e).value_or(0));
    }
    return best;
  };
  std::vector<NodeId> members = {seed.id};
  std::set<NodeId> in_lineage = {seed.id};
  std::set<NodeId> documents = {doc_of(seed.id)};
  while (true) {
    NodeId best_other;
    double best_similarity = -1;
    for (const NodeId& m : members) {
      for (const Edge* e : index.EdgesOf(m)) {
        const NodeId& other = e->source == m ? e->target : e->source;
        if (in_lineage.count(other) || documents.count(doc_of(other))) continue;
        double s = Similarity(*e).value_or(0);
        if (s < best_in(m, doc_of(other)) || s < best_in(other, doc_of(m)))
          continue;
        if (s > best_similarity ||
            (s == best_similarity && other < best_other)) {
          best_other = other;
          best_similarity = s;
        }
      }
    }
    if (best_similarity < 0) break;
    members.push_back(best_other);
    in_lineage.insert(best_other);
    documents.insert(doc_of(best_other));
  }
  return members;
}

ClauseVersion MakeVersion(storage::Reader& reader, Node clause) {
  ClauseVersion v;
  v.proposers = SourcesOf(reader, clause.id, EdgeKind::kProposes);
  NodeId doc_id = DocumentOfClause(reader, clause);
  if (auto doc = reader.GetNode(doc_id)) v.document = std::move(*doc);
  v.date = v.document.props.GetString("date");
  if (!doc_id.empty()) {
    NodeId outer_id = OuterDocumentId(reader, doc_id);
    if (outer_id == doc_id) {
      v.outer = v.document;
    } else if (auto outer = reader.GetNode(outer_id)) {
      v.outer = std::move(*outer);
    }
    std::set<NodeId> proposer_ids;
    for (const Node& p : v.proposers) proposer_ids.insert(p.id);
    v.chain = TransmissionChain(reader, doc_id, proposer_ids);
    v.citations = CitationsOf(reader, doc_id);
  }
  v.stances = StancesOn(reader, clause.id);
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
      MatchClauses(reader, ClauseQuery{query.text, query.topics});
  if (matches.empty()) {
    if (Status s = reader.status(); !s.ok()) return s;
    return Status::NotFound("no clause matches '" + query.text + "'");
  }
  // Only the best kind of match seeds lineages: a clause whose words match
  // "buffer zone" is what the user means, more than every clause of the
  // buffer_zone topic.
  MatchedBy best = matches[0].by;
  for (const ClauseMatch& m : matches) best = std::min(best, m.by);
  std::vector<Node> seeds;
  std::set<NodeId> matched;
  for (ClauseMatch& m : matches) {
    matched.insert(m.clause.id);
    if (m.by == best) seeds.push_back(std::move(m.clause));
  }
  std::map<NodeId, std::string> seed_dates;
  for (const Node& s : seeds) {
    if (auto doc = reader.GetNode(DocumentOfClause(reader, s))) {
      seed_dates[s.id] = doc->props.GetString("date");
    }
  }
  std::stable_sort(
      seeds.begin(), seeds.end(), [&](const Node& a, const Node& b) {
        if (seed_dates[a.id] != seed_dates[b.id])
          return seed_dates[a.id] < seed_dates[b.id];
        if (DocumentOfClause(reader, a) != DocumentOfClause(reader, b)) {
          return DocumentOfClause(reader, a) < DocumentOfClause(reader, b);
        }
        return Position(a) < Position(b);
      });

  VariantIndex index(reader);
  std::map<NodeId, NodeId> document_of;
  std::set<NodeId> placed;
  std::vector<Lineage> lineages;
  for (const Node& seed : seeds) {
    if (placed.count(seed.id)) continue;
    Lineage lineage;
    for (const NodeId& id : GrowLineage(reader, index, seed, document_of)) {
      placed.insert(id);
      auto clause = reader.GetNode(id);
      if (!clause) continue;
      lineage.versions.push_back(MakeVersion(reader, std::move(*clause)));
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
        v.changes = StringList(e->props.Get("changes"));
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
