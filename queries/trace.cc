#include "queries/trace.h"

#include <algorithm>
#include <map>
#include <optional>
#include <queue>
#include <set>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "graph/props.h"
#include "queries/changes.h"
#include "queries/citation.h"
#include "queries/detail/walk.h"
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
  const graph::Value* s = e.props.Get(prop::kSimilarity);
  if (s == nullptr) return std::nullopt;
  if (s->is_double()) return s->as_double();
  if (s->is_int()) return static_cast<double>(s->as_int());
  return std::nullopt;
}

// The VARIANT_OF links of the clauses met so far, read once per clause:
// the other end and the link's similarity, all a lineage grows by. The
// edge a version is compared along is read whole only for the versions
// shown (Edge).
class VariantIndex {
 public:
  struct Link {
    NodeId other;
    double similarity = 0;  // 0 when the edge says none
    bool out = true;        // the edge leaves the clause asked about
  };

  explicit VariantIndex(Snapshot& snapshot) : snapshot_(snapshot) {}

  // The clauses `id` is a version of (out) or has as versions (in).
  const std::vector<Link>& LinksOf(const NodeId& id) {
    auto it = by_node_.find(id);
    if (it != by_node_.end()) return it->second;
    std::vector<Link>& list = by_node_[id];
    for (storage::Reader::Direction direction :
         {storage::Reader::Direction::kOut, storage::Reader::Direction::kIn}) {
      bool out = direction == storage::Reader::Direction::kOut;
      for (const Edge& e : detail::EdgesWithoutEvidence(
               snapshot_, id, direction, EdgeKind::kVariantOf)) {
        list.push_back(
            {out ? e.target : e.source, Similarity(e).value_or(0), out});
      }
    }
    return list;
  }

  // The link of `a` (whose links were read) with `b`: a -> b first, then
  // b -> a; nullptr when they are not linked.
  const Link* Between(const NodeId& a, const NodeId& b) const {
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
  std::optional<Edge> EdgeOf(const NodeId& a, const Link& l) const {
    return snapshot_.reader().GetEdge(l.out ? a : l.other, EdgeKind::kVariantOf,
                                      l.out ? l.other : a);
  }

 private:
  Snapshot& snapshot_;
  std::map<NodeId, std::vector<Link>> by_node_;
};

// Where a clause met stands: its document, or its own id when it is in
// none (so that each counts as a document of its own); `stored` false when
// no head of it is stored. Read from the heads without keeping them: a
// lineage may run through tens of thousands of clauses.
struct ClausePlace {
  NodeId document;
  bool stored = false;
};

// The clauses of one lineage grown from `seed`: repeatedly the strongest
// VARIANT_OF link from the lineage to a clause of a document not yet in it,
// among links that are mutual best matches: the linker ties a clause to
// every point of another document sharing a topic, and only the closest on
// both sides is the same clause.
std::vector<NodeId> GrowLineage(Snapshot& snapshot, VariantIndex& index,
                                const Node& seed,
                                std::map<NodeId, ClausePlace>& places) {
  auto doc_of = [&](const NodeId& id) -> const NodeId& {
    auto it = places.find(id);
    if (it != places.end()) return it->second.document;
    ClausePlace place;
    if (std::optional<Node> n = snapshot.reader().GetNodeHead(id)) {
      place.document = DocumentOfClause(snapshot.reader(), *n);
      place.stored = true;
    }
    if (place.document.empty()) place.document = id;
    return places.emplace(id, std::move(place)).first->second.document;
  };
  // The similarity of `id`'s closest version in document `doc`, cached.
  std::map<std::pair<NodeId, NodeId>, double> best_cache;
  auto best_in = [&](const NodeId& id, const NodeId& doc) {
    auto key = std::make_pair(id, doc);
    if (auto it = best_cache.find(key); it != best_cache.end())
      return it->second;
    double best = 0;
    for (const VariantIndex::Link& l : index.LinksOf(id)) {
      if (doc_of(l.other) == doc) best = std::max(best, l.similarity);
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
    for (const VariantIndex::Link& l : index.LinksOf(m)) {
      if (in_lineage.count(l.other)) continue;
      double s = l.similarity;
      if (s < best_in(m, doc_of(l.other)) || s < best_in(l.other, doc_of(m)))
        continue;
      frontier.emplace(s, l.other);
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
  NodeId document;  // "" when the clause is in none
  std::string date;
  bool matched = false;
  std::optional<ClauseVersion> version;  // read when first needed
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
    p.version = MakeVersion(snapshot, *snapshot.FindHead(p.clause));
    p.version->matched = p.matched;
  }
  return *p.version;
}

// The earlier version version `i` is compared with: the latest earlier one
// it has an edge with, and that link; nullopt for none.
std::optional<std::pair<size_t, const VariantIndex::Link*>> ComparedWith(
    const VariantIndex& index, const std::vector<Placed>& all, size_t i) {
  for (size_t j = i; j-- > 0;) {
    if (const VariantIndex::Link* l =
            index.Between(all[i].clause, all[j].clause))
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
    std::optional<Edge> edge = index.EdgeOf(v.clause.id, *compared->second);
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
  std::map<NodeId, ClausePlace> places;
  std::set<NodeId> placed;
  std::vector<Grown> grown;
  std::vector<std::vector<NodeId>> lineage_members;
  for (const Node& seed : seeds) {
    if (placed.count(seed.id)) continue;
    lineage_members.push_back(GrowLineage(snapshot, index, seed, places));
    placed.insert(lineage_members.back().begin(), lineage_members.back().end());
  }
  // The documents of the lineages' versions (`places` also holds the
  // clauses met beside them).
  std::vector<NodeId> documents;
  for (const std::vector<NodeId>& members : lineage_members) {
    for (const NodeId& id : members) {
      const ClausePlace& place = places[id];
      if (place.stored && place.document != id)
        documents.push_back(place.document);
    }
  }
  std::unordered_map<NodeId, std::string> dates =
      DocumentDates(reader, std::move(documents));
  for (const std::vector<NodeId>& members : lineage_members) {
    Grown g;
    for (const NodeId& id : members) {
      const ClausePlace& place = places[id];
      if (!place.stored) continue;
      Placed p;
      p.clause = id;
      if (place.document != id) {
        p.document = place.document;
        p.date = dates[p.document];
      }
      p.matched = matched.count(id) > 0;
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
