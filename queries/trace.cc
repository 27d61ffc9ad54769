#include "queries/trace.h"

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <queue>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "graph/props.h"
#include "queries/changes.h"
#include "queries/citation.h"
#include "queries/stances.h"
#include "queries/timeline.h"

namespace parley::queries {

using graph::Edge;
using graph::EdgeKind;
using graph::Node;
using graph::NodeId;
namespace prop = graph::prop;

namespace {

int64_t ClausePosition(const Node& clause) {
  return graph::IntAt(clause.props, prop::kPosition);
}

std::optional<double> Similarity(const Edge& e) {
  return storage::EdgeWeight(e.props);
}

// The VARIANT_OF links of the clauses met so far, by dense id, read once
// per clause from the store's weighted adjacency: the other end and the
// link's similarity, all a lineage grows by. The edge a version is
// compared along is read whole only for the versions shown (EdgeOf).
class VariantIndex {
 public:
  struct Link {
    uint32_t other = 0;
    double similarity = 0;  // 0 when the edge says none
    bool out = true;        // the edge leaves the clause asked about
  };

  explicit VariantIndex(Snapshot& snapshot) : snapshot_(snapshot) {}

  // The clauses `clause` is a version of (out) or has as versions (in).
  const std::vector<Link>& LinksOf(uint32_t clause) {
    auto [it, added] = by_node_.try_emplace(clause);
    if (!added) return it->second;
    read_.clear();
    snapshot_.reader().WeightedAdjacency(clause, EdgeKind::kVariantOf, read_);
    for (const storage::Reader::Weighted& w : read_)
      it->second.push_back({w.node, w.weight.value_or(0), w.forward});
    return it->second;
  }

  // The link of `a` (whose links were read) with `b`: a -> b first, then
  // b -> a; nullptr when they are not linked.
  const Link* Between(uint32_t a, uint32_t b) const {
    auto it = by_node_.find(a);
    if (it == by_node_.end()) return nullptr;
    const Link* found = nullptr;
    for (const Link& l : it->second) {
      if (l.other != b) continue;
      if (l.out) return &l;
      found = &l;
    }
    return found;
  }

  // The edge of link `l` of `a`, without evidence.
  std::optional<Edge> EdgeOf(uint32_t a, const Link& l) const {
    const NodeId* near = snapshot_.IdOf(a);
    const NodeId* far = snapshot_.IdOf(l.other);
    if (near == nullptr || far == nullptr) return std::nullopt;
    return snapshot_.reader().GetEdge(
        l.out ? *near : *far, EdgeKind::kVariantOf, l.out ? *far : *near);
  }

 private:
  Snapshot& snapshot_;
  std::unordered_map<uint32_t, std::vector<Link>> by_node_;
  std::vector<storage::Reader::Weighted> read_;
};

// Where a clause met stands: the dense id of its document (the source of
// its HAS_CLAUSE edge), or its own when it is in none (so that each counts
// as a document of its own); `stored` false when no head of it is stored.
// Read from the adjacency, or from the head for a clause in no document: a
// lineage may run through tens of thousands of clauses.
struct ClausePlace {
  uint32_t document = 0;
  bool stored = false;
};

class Places {
 public:
  explicit Places(Snapshot& snapshot) : snapshot_(snapshot) {}

  const ClausePlace& Of(uint32_t clause) {
    auto [it, added] = places_.try_emplace(clause);
    if (!added) return it->second;
    ClausePlace& place = it->second;
    storage::Reader& reader = snapshot_.reader();
    read_.clear();
    reader.Adjacency(clause, storage::Reader::Direction::kIn,
                     {EdgeKind::kHasClause}, read_, 1);
    if (!read_.empty()) {
      place.document = read_[0].node;
      place.stored = true;
      return place;
    }
    place.document = clause;
    const NodeId* id = snapshot_.IdOf(clause);
    if (id == nullptr) return place;
    if (std::optional<Node> n = reader.GetNodeHead(*id)) {
      place.stored = true;
      NodeId doc = DocumentOfClause(reader, *n);
      if (std::optional<uint32_t> d =
              doc.empty() ? std::nullopt : reader.DenseId(doc)) {
        place.document = *d;
      }
    }
    return place;
  }

 private:
  Snapshot& snapshot_;
  std::unordered_map<uint32_t, ClausePlace> places_;
  std::vector<storage::Reader::Adjacent> read_;
};

// The clauses of one lineage grown from `seed` (a dense id): repeatedly
// the strongest VARIANT_OF link from the lineage to a clause of a document
// not yet in it, among links that are mutual best matches: the linker ties
// a clause to every point of another document sharing a topic, and only
// the closest on both sides is the same clause.
std::vector<uint32_t> GrowLineage(Snapshot& snapshot, VariantIndex& index,
                                  uint32_t seed, Places& places) {
  auto doc_of = [&](uint32_t clause) { return places.Of(clause).document; };
  // The similarity of `clause`'s closest version in document `doc`, cached.
  std::unordered_map<uint64_t, double> best_cache;
  auto best_in = [&](uint32_t clause, uint32_t doc) {
    uint64_t key = (static_cast<uint64_t>(clause) << 32) | doc;
    auto [it, added] = best_cache.try_emplace(key, 0);
    if (!added) return it->second;
    double best = 0;
    for (const VariantIndex::Link& l : index.LinksOf(clause)) {
      if (doc_of(l.other) == doc) best = std::max(best, l.similarity);
    }
    return it->second = best;
  };
  // Best first, as Prim's algorithm grows a tree: the strongest link from
  // the lineage (ties: the smallest id, named only for ties) to a document
  // not yet in it.
  using Candidate = std::pair<double, uint32_t>;
  auto weaker = [&](const Candidate& a, const Candidate& b) {
    if (a.first != b.first) return a.first < b.first;
    const NodeId* x = snapshot.IdOf(a.second);
    const NodeId* y = snapshot.IdOf(b.second);
    if (x == nullptr || y == nullptr) return a.second > b.second;
    return *x > *y;
  };
  std::priority_queue<Candidate, std::vector<Candidate>, decltype(weaker)>
      frontier(weaker);
  std::vector<uint32_t> members;
  std::unordered_set<uint32_t> in_lineage;
  std::unordered_set<uint32_t> documents;
  auto add = [&](uint32_t m) {
    members.push_back(m);
    in_lineage.insert(m);
    documents.insert(doc_of(m));
    for (const VariantIndex::Link& l : index.LinksOf(m)) {
      if (in_lineage.count(l.other)) continue;
      double s = l.similarity;
      if (s < best_in(m, doc_of(l.other)) || s < best_in(l.other, doc_of(m)))
        continue;
      frontier.emplace(s, l.other);
    }
  };
  add(seed);
  while (!frontier.empty()) {
    uint32_t next = frontier.top().second;
    frontier.pop();
    if (in_lineage.count(next) || documents.count(doc_of(next))) continue;
    add(next);
  }
  return members;
}

// What places and compares a version: its proposers, document, date and
// side. FillVersion adds the rest.
ClauseVersion MakeVersion(Snapshot& snapshot, Node clause) {
  ClauseVersion v;
  v.proposals = ProposersOf(snapshot, clause.id);
  for (const Proposer& p : v.proposals) v.proposers.push_back(p.person);
  NodeId doc_id = DocumentOfClause(snapshot.reader(), clause);
  if (const Node* doc = snapshot.FindHead(doc_id)) v.document = Brief(*doc);
  v.date = v.document.props.GetString(prop::kDate);
  v.side = SideOfProposal(snapshot, v.proposals, v.document);
  v.clause = std::move(clause);
  return v;
}

// The page, chain, citations and stances of version `v`.
void FillVersion(Snapshot& snapshot, PositionCache& positions,
                 ClauseVersion& v) {
  NodeId doc_id = DocumentOfClause(snapshot.reader(), v.clause);
  if (!doc_id.empty()) {
    if (const Node* outer =
            snapshot.FindHead(OuterDocumentId(snapshot, doc_id))) {
      v.outer = Brief(*outer);
    }
    std::set<NodeId> proposer_ids, reporter_ids;
    for (const Proposer& p : v.proposals) {
      proposer_ids.insert(p.person.id);
      if (!p.reported_by.id.empty()) reporter_ids.insert(p.reported_by.id);
    }
    v.chain = TransmissionChain(snapshot, doc_id, proposer_ids, reporter_ids);
    v.citations = CitationsOf(snapshot, doc_id);
    v.source_line = SourceLine(snapshot, doc_id);
  }
  v.stances = AllStancesOn(positions, v.clause.id);
}

// "point 2 of message of 1951-06-30"; the id when the clause is unknown.
std::string ClauseLabel(Snapshot& snapshot, const NodeId& id) {
  const Node* clause = snapshot.FindHead(id);
  if (clause == nullptr) return id;
  const Node* doc =
      snapshot.FindHead(DocumentOfClause(snapshot.reader(), *clause));
  return "point " + clause->props.GetString(prop::kOrdinal) +
         (doc ? " of " + DocumentLabel(*doc) : "");
}

// What edge `e` says changed, in words; a change found against another
// version than `compared_with` names it.
std::vector<std::string> ChangeTexts(Snapshot& snapshot, const Edge& e,
                                     const NodeId& compared_with) {
  PlaceLabeler places = [&](const NodeId& id) -> std::string {
    const Node* n = snapshot.FindHead(id);
    return n ? n->label : "";
  };
  std::vector<std::string> out;
  for (const RenderedChange& c :
       RenderChanges(e.props.Get(prop::kChanges), places)) {
    std::string text = c.text;
    if (!c.compared_with.empty() && c.compared_with != compared_with)
      text += " (compared with " + ClauseLabel(snapshot, c.compared_with) + ")";
    out.push_back(std::move(text));
  }
  return out;
}

// A version as its lineage places it: what orders and filters versions.
// The rest (MakeVersion) is read only for the versions shown and those
// their sides are compared with.
struct Placed {
  NodeId clause;
  uint32_t dense = 0;  // the clause's dense id
  NodeId document;     // "" when the clause is in none
  std::string date;
  bool matched = false;
  // Read when first needed; held apart, as a lineage places tens of
  // thousands of versions and reads few.
  std::unique_ptr<ClauseVersion> version;
};

// One lineage as grown, oldest first, and which of its versions it lists:
// those no earlier lineage lists and the filters keep.
struct Grown {
  std::vector<Placed> all;
  std::vector<size_t> listed;
  NodeId branches_from;
  std::string branches_from_label;
  int branch_of = -1;
};

ClauseVersion& Full(Snapshot& snapshot, Placed& p) {
  if (!p.version) {
    // Placed only when its head is stored (TraceClause).
    p.version = std::make_unique<ClauseVersion>(
        MakeVersion(snapshot, *snapshot.FindHead(p.clause)));
    p.version->matched = p.matched;
  }
  return *p.version;
}

// The earlier version version `i` is compared with: the latest earlier one
// it has an edge with, and that link; nullopt for none.
std::optional<std::pair<size_t, const VariantIndex::Link*>> ComparedWith(
    const VariantIndex& index, const std::vector<Placed>& all, size_t i) {
  for (size_t j = i; j-- > 0;) {
    if (const VariantIndex::Link* l = index.Between(all[i].dense, all[j].dense))
      return std::make_pair(j, l);
  }
  return std::nullopt;
}

// Fills in what version `i` of `g` is compared with and whether the point
// crossed the table to it.
void CompareVersion(Snapshot& snapshot, const VariantIndex& index, Grown& g,
                    size_t i) {
  ClauseVersion& v = Full(snapshot, g.all[i]);
  if (auto compared = ComparedWith(index, g.all, i)) {
    const NodeId& before = g.all[compared->first].clause;
    std::optional<Edge> edge = index.EdgeOf(g.all[i].dense, *compared->second);
    Edge e = edge ? std::move(*edge) : Edge{};
    v.compared_with = before;
    v.compared_label = ClauseLabel(snapshot, before);
    v.changes = ChangeTexts(snapshot, e, v.compared_with);
    v.similarity = Similarity(e);
    v.similarity_basis = e.props.GetString(prop::kSimilarityBasis);
    v.link = LinkEvidenceOf(e);
  }
  // Crossing the table: the side differs from the latest earlier version
  // put forward by one side (agreed text, of both, is passed over).
  if (v.side.empty() || v.side == "both") return;
  for (size_t j = i; j-- > 0;) {
    const std::string& earlier = Full(snapshot, g.all[j]).side;
    if (earlier.empty() || earlier == "both") continue;
    if (earlier != v.side) v.crossed_from = earlier;
    break;
  }
}

// Leaves out the versions earlier lineages already list: a lineage left
// with none goes, one that lost some becomes a branch of the lineage
// listing the version its first own version is compared with.
void WithoutRepeats(Snapshot& snapshot, const VariantIndex& index,
                    std::vector<Grown>& lineages) {
  std::vector<Grown> out;
  std::map<NodeId, int> listed;  // clause -> index in `out`
  for (Grown& g : lineages) {
    for (size_t i = 0; i < g.all.size(); ++i) {
      if (!listed.count(g.all[i].clause)) g.listed.push_back(i);
    }
    if (g.listed.empty()) continue;
    if (g.listed.size() < g.all.size()) {
      if (auto compared = ComparedWith(index, g.all, g.listed.front())) {
        const NodeId& before = g.all[compared->first].clause;
        if (auto it = listed.find(before); it != listed.end()) {
          g.branches_from = before;
          g.branches_from_label = ClauseLabel(snapshot, g.branches_from);
          g.branch_of = it->second;
        }
      }
    }
    for (size_t i : g.listed)
      listed[g.all[i].clause] = static_cast<int>(out.size());
    out.push_back(std::move(g));
  }
  lineages = std::move(out);
}

bool OnSide(const ClauseVersion& v, const std::string& side) {
  return v.side == side || v.side == "both";
}

bool InDates(const std::string& date, const TraceQuery& query) {
  if (!query.from.empty() && (date.empty() || date < query.from)) return false;
  if (!query.to.empty() &&
      (date.empty() || date.substr(0, query.to.size()) > query.to))
    return false;
  return true;
}

// Lists only the versions `keep` takes (by index into Grown::all) and
// drops the lineages left with none; a branch of a lineage dropped is a
// branch no more.
template <typename Keep>
void KeepVersions(std::vector<Grown>& lineages, const Keep& keep) {
  std::vector<Grown> kept;
  std::map<int, int> new_index;
  for (size_t l = 0; l < lineages.size(); ++l) {
    Grown& g = lineages[l];
    std::erase_if(g.listed, [&](size_t i) { return !keep(g, i); });
    if (g.listed.empty()) continue;
    new_index[static_cast<int>(l)] = static_cast<int>(kept.size());
    auto it = new_index.find(g.branch_of);
    g.branch_of = it == new_index.end() ? -1 : it->second;
    if (g.branch_of < 0) g.branches_from.clear();
    kept.push_back(std::move(g));
  }
  lineages = std::move(kept);
}

}  // namespace

Result<std::vector<Lineage>> TraceClause(Snapshot& snapshot,
                                         const TraceQuery& query) {
  auto result = TraceClause(snapshot, query, VersionSink());
  if (!result.ok()) return result.status();
  return std::move(result->lineages);
}

Result<TraceResult> TraceClause(Snapshot& snapshot, const TraceQuery& query,
                                const VersionSink& sink) {
  storage::Reader& reader = snapshot.reader();
  if (query.text.empty()) {
    return Status::InvalidArgument(
        "trace needs a clause: an id, words or a topic");
  }
  std::string side;
  if (!query.side.empty()) {
    std::optional<std::string> s = ParseSide(query.side);
    if (!s) {
      return Status::InvalidArgument("'" + query.side +
                                     "' is not a side (kpa-cpv or unc)");
    }
    side = *s;
  }
  for (const std::string* d : {&query.from, &query.to}) {
    if (!d->empty() && !IsIsoDatePrefix(*d)) {
      return Status::InvalidArgument(
          "'" + *d + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }
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
    const Node* d = snapshot.FindHead(doc);
    seed_keys[s.id] = {d ? d->props.GetString(prop::kDate) : "", doc};
  }
  std::stable_sort(seeds.begin(), seeds.end(),
                   [&](const Node& a, const Node& b) {
                     if (seed_keys[a.id] != seed_keys[b.id])
                       return seed_keys[a.id] < seed_keys[b.id];
                     return ClausePosition(a) < ClausePosition(b);
                   });

  VariantIndex index(snapshot);
  Places places(snapshot);
  std::unordered_set<uint32_t> placed;
  std::vector<Grown> grown;
  std::vector<std::vector<uint32_t>> lineage_members;
  for (const Node& seed : seeds) {
    std::optional<uint32_t> dense = reader.DenseId(seed.id);
    if (!dense || placed.count(*dense)) continue;
    lineage_members.push_back(GrowLineage(snapshot, index, *dense, places));
    placed.insert(lineage_members.back().begin(), lineage_members.back().end());
  }
  // The documents of the lineages' versions, named.
  std::vector<NodeId> documents;
  for (const std::vector<uint32_t>& members : lineage_members) {
    for (uint32_t m : members) {
      const ClausePlace& place = places.Of(m);
      if (!place.stored || place.document == m) continue;
      if (const NodeId* doc = snapshot.IdOf(place.document))
        documents.push_back(*doc);
    }
  }
  std::unordered_map<NodeId, std::string> dates =
      DocumentDates(reader, std::move(documents));
  for (const std::vector<uint32_t>& members : lineage_members) {
    Grown g;
    g.all.reserve(members.size());
    for (uint32_t m : members) {
      const ClausePlace& place = places.Of(m);
      const NodeId* id = snapshot.IdOf(m);
      if (!place.stored || id == nullptr) continue;
      Placed p;
      p.clause = *id;
      p.dense = m;
      if (place.document != m) {
        if (const NodeId* doc = snapshot.IdOf(place.document)) {
          p.document = *doc;
          p.date = dates[p.document];
        }
      }
      p.matched = matched.count(*id) > 0;
      g.all.push_back(std::move(p));
    }
    std::sort(g.all.begin(), g.all.end(), [](const Placed& a, const Placed& b) {
      return std::tie(a.date, a.clause) < std::tie(b.date, b.clause);
    });
    grown.push_back(std::move(g));
  }
  WithoutRepeats(snapshot, index, grown);
  if (!side.empty() || !query.from.empty() || !query.to.empty()) {
    KeepVersions(grown, [&](Grown& g, size_t i) {
      return InDates(g.all[i].date, query) &&
             (side.empty() || OnSide(Full(snapshot, g.all[i]), side));
    });
  }
  TraceResult result;
  for (const Grown& g : grown) result.total += g.listed.size();
  if (result.total > query.limit) {
    size_t left = query.limit;
    for (Grown& g : grown) {
      size_t n = std::min(left, g.listed.size());
      g.listed.resize(n);
      left -= n;
    }
    KeepVersions(grown, [](Grown&, size_t) { return true; });
  }
  // Only the versions listed are read whole and compared (with the sides
  // of the versions before them), then get their chains, citations and
  // stances; the unlinked positions of a reply are worked out once for all.
  std::vector<Lineage> lineages;
  for (Grown& g : grown) {
    for (size_t i : g.listed) CompareVersion(snapshot, index, g, i);
  }
  for (Grown& g : grown) {
    Lineage l;
    for (size_t i : g.listed)
      l.versions.push_back(std::move(*g.all[i].version));
    l.branches_from = std::move(g.branches_from);
    l.branches_from_label = std::move(g.branches_from_label);
    l.branch_of = g.branch_of;
    lineages.push_back(std::move(l));
  }
  PositionCache positions(snapshot);
  for (size_t l = 0; l < lineages.size(); ++l) {
    for (size_t i = 0; i < lineages[l].versions.size(); ++i) {
      FillVersion(snapshot, positions, lineages[l].versions[i]);
      if (sink) sink(lineages, l, i);
    }
  }
  result.lineages = std::move(lineages);
  if (Status s = reader.status(); !s.ok()) return s;
  return result;
}

}  // namespace parley::queries
