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
#include "queries/lineage_web.h"
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

// The webs the seeds are in, each read once (LineageWebOf), and which web
// each clause met is in.
class Webs {
 public:
  explicit Webs(Snapshot& snapshot) : snapshot_(snapshot) {}

  struct Place {
    const LineageWeb* web = nullptr;
    uint32_t index = 0;  // of the clause in `web`
  };
  Place Of(uint32_t dense) {
    if (auto it = web_of_.find(dense); it != web_of_.end()) {
      const LineageWeb* web = webs_[it->second].get();
      return {web, *web->IndexOf(dense)};
    }
    webs_.push_back(
        std::make_unique<LineageWeb>(LineageWebOf(snapshot_, dense)));
    const LineageWeb* web = webs_.back().get();
    for (uint32_t c : web->clauses) web_of_[c] = webs_.size() - 1;
    return {web, *web->IndexOf(dense)};
  }

 private:
  Snapshot& snapshot_;
  std::vector<std::unique_ptr<LineageWeb>> webs_;
  std::unordered_map<uint32_t, size_t> web_of_;
};

// The link of clause `a` with clause `b` of `web` (indexes): a -> b
// first, then b -> a; nullptr when they are not linked.
const LineageWeb::Link* Between(const LineageWeb& web, uint32_t a, uint32_t b) {
  const LineageWeb::Link* found = nullptr;
  for (const LineageWeb::Link& l : web.LinksOf(a)) {
    if (l.other != b) continue;
    if (l.out) return &l;
    found = &l;
  }
  return found;
}

// The edge of link `l` of clause `a` of `web`, without evidence.
std::optional<Edge> EdgeOf(Snapshot& snapshot, const LineageWeb& web,
                           uint32_t a, const LineageWeb::Link& l) {
  const NodeId* near = snapshot.IdOf(web.clauses[a]);
  const NodeId* far = snapshot.IdOf(web.clauses[l.other]);
  if (near == nullptr || far == nullptr) return std::nullopt;
  return snapshot.reader().GetEdge(l.out ? *near : *far, EdgeKind::kVariantOf,
                                   l.out ? *far : *near);
}

// The clauses (indexes into `web`) of one lineage grown from `seed`:
// repeatedly the strongest VARIANT_OF link from the lineage to a clause of
// a document not yet in it, among links that are mutual best matches: the
// linker ties a clause to every point of another document sharing a
// topic, and only the closest on both sides is the same clause.
std::vector<uint32_t> GrowLineage(const LineageWeb& web, uint32_t seed) {
  // The similarity of `clause`'s closest version in document `doc`, cached.
  std::unordered_map<uint64_t, double> best_cache;
  auto best_in = [&](uint32_t clause, uint32_t doc) {
    uint64_t key = (static_cast<uint64_t>(clause) << 32) | doc;
    auto [it, added] = best_cache.try_emplace(key, 0);
    if (!added) return it->second;
    double best = 0;
    for (const LineageWeb::Link& l : web.LinksOf(clause)) {
      if (web.documents[l.other] == doc) best = std::max(best, l.similarity);
    }
    return it->second = best;
  };
  // Best first, as Prim's algorithm grows a tree: the strongest link from
  // the lineage (ties: the smallest id) to a document not yet in it.
  using Candidate = std::pair<double, uint32_t>;
  auto weaker = [&](const Candidate& a, const Candidate& b) {
    if (a.first != b.first) return a.first < b.first;
    return web.ranks[a.second] > web.ranks[b.second];
  };
  std::priority_queue<Candidate, std::vector<Candidate>, decltype(weaker)>
      frontier(weaker);
  std::vector<uint32_t> members;
  std::vector<bool> in_lineage(web.size());
  std::unordered_set<uint32_t> documents;
  auto add = [&](uint32_t m) {
    members.push_back(m);
    in_lineage[m] = true;
    documents.insert(web.documents[m]);
    for (const LineageWeb::Link& l : web.LinksOf(m)) {
      if (in_lineage[l.other]) continue;
      double s = l.similarity;
      if (s < best_in(m, web.documents[l.other]) ||
          s < best_in(l.other, web.documents[m]))
        continue;
      frontier.emplace(s, l.other);
    }
  };
  add(seed);
  while (!frontier.empty()) {
    uint32_t next = frontier.top().second;
    frontier.pop();
    if (in_lineage[next] || documents.count(web.documents[next])) continue;
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
  uint32_t index = 0;  // the clause's, in its web
  // Read when first needed; held apart, as a lineage places tens of
  // thousands of versions and reads few.
  std::unique_ptr<ClauseVersion> version;
};

// One lineage as grown, oldest first, and which of its versions it lists:
// those no earlier lineage lists and the filters keep.
struct Grown {
  const LineageWeb* web = nullptr;
  std::vector<Placed> all;
  std::vector<size_t> listed;
  NodeId branches_from;
  std::string branches_from_label;
  int branch_of = -1;
};

// The id of version `i` of `g`; "" for a dense id without one (none is
// expected: a dense id is never removed).
const NodeId& ClauseIdOf(Snapshot& snapshot, const Grown& g, size_t i) {
  static const NodeId kNone;
  const NodeId* id = snapshot.IdOf(g.web->clauses[g.all[i].index]);
  return id ? *id : kNone;
}

ClauseVersion& Full(Snapshot& snapshot, const std::vector<NodeId>& matched,
                    Grown& g, size_t i) {
  Placed& p = g.all[i];
  if (!p.version) {
    // Placed only when its head is stored (TraceClause).
    const NodeId& id = ClauseIdOf(snapshot, g, i);
    const Node* head = snapshot.FindHead(id);
    p.version = std::make_unique<ClauseVersion>(
        head ? MakeVersion(snapshot, *head) : ClauseVersion{});
    p.version->matched = std::binary_search(matched.begin(), matched.end(), id);
  }
  return *p.version;
}

// The earlier version version `i` of `g` is compared with: the latest
// earlier one it has an edge with, and that link; nullopt for none.
std::optional<std::pair<size_t, const LineageWeb::Link*>> ComparedWith(
    const Grown& g, size_t i) {
  for (size_t j = i; j-- > 0;) {
    if (const LineageWeb::Link* l =
            Between(*g.web, g.all[i].index, g.all[j].index))
      return std::make_pair(j, l);
  }
  return std::nullopt;
}

// Fills in what version `i` of `g` is compared with and whether the point
// crossed the table to it.
void CompareVersion(Snapshot& snapshot, const std::vector<NodeId>& matched,
                    Grown& g, size_t i) {
  ClauseVersion& v = Full(snapshot, matched, g, i);
  if (auto compared = ComparedWith(g, i)) {
    const NodeId& before = ClauseIdOf(snapshot, g, compared->first);
    std::optional<Edge> edge =
        EdgeOf(snapshot, *g.web, g.all[i].index, *compared->second);
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
    const std::string& earlier = Full(snapshot, matched, g, j).side;
    if (earlier.empty() || earlier == "both") continue;
    if (earlier != v.side) v.crossed_from = earlier;
    break;
  }
}

// Leaves out the versions earlier lineages already list: a lineage left
// with none goes, one that lost some becomes a branch of the lineage
// listing the version its first own version is compared with.
void WithoutRepeats(Snapshot& snapshot, std::vector<Grown>& lineages) {
  std::vector<Grown> out;
  std::unordered_map<uint32_t, int> listed;  // clause -> index in `out`
  auto dense = [](const Grown& g, size_t i) {
    return g.web->clauses[g.all[i].index];
  };
  for (Grown& g : lineages) {
    for (size_t i = 0; i < g.all.size(); ++i) {
      if (!listed.count(dense(g, i))) g.listed.push_back(i);
    }
    if (g.listed.empty()) continue;
    if (g.listed.size() < g.all.size()) {
      if (auto compared = ComparedWith(g, g.listed.front())) {
        if (auto it = listed.find(dense(g, compared->first));
            it != listed.end()) {
          g.branches_from = ClauseIdOf(snapshot, g, compared->first);
          g.branches_from_label = ClauseLabel(snapshot, g.branches_from);
          g.branch_of = it->second;
        }
      }
    }
    for (size_t i : g.listed)
      listed[dense(g, i)] = static_cast<int>(out.size());
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

// A clause a lineage may grow from, and its place in its web.
struct Seed {
  uint32_t dense = 0;
  Webs::Place at;
};

// Calls grow(seed) for each of `seeds` not yet in `placed` (which grow
// adds to), in the order the seeds were written: by their documents'
// dates, then documents, then positions, then ids (the order `seeds` come
// in). Only the dates are known of every seed (its web has them); the
// documents and positions are read for a date's seeds when that date is
// reached, and a date whose seeds an earlier lineage took costs nothing.
template <typename Grow>
void ForEachSeedInOrder(Snapshot& snapshot, std::vector<Seed>& seeds,
                        const std::unordered_set<uint32_t>& placed,
                        const Grow& grow) {
  auto date_of = [](const Seed& s) -> const std::string& {
    return s.at.web->DateOf(s.at.index);
  };
  std::stable_sort(
      seeds.begin(), seeds.end(),
      [&](const Seed& a, const Seed& b) { return date_of(a) < date_of(b); });
  struct Keyed {
    NodeId document;
    int64_t position = 0;
    const Seed* seed = nullptr;
  };
  for (size_t begin = 0; begin < seeds.size();) {
    size_t end = begin + 1;
    while (end < seeds.size() && date_of(seeds[end]) == date_of(seeds[begin]))
      ++end;
    std::vector<Keyed> day;
    for (size_t i = begin; i < end; ++i) {
      const Seed& s = seeds[i];
      if (placed.count(s.dense)) continue;
      Keyed k;
      k.seed = &s;
      const LineageWeb& web = *s.at.web;
      if (web.InDocument(s.at.index)) {
        if (const NodeId* doc = snapshot.IdOf(web.documents[s.at.index]))
          k.document = *doc;
      }
      if (const NodeId* id = snapshot.IdOf(s.dense)) {
        if (const Node* head = snapshot.FindHead(*id))
          k.position = ClausePosition(*head);
      }
      day.push_back(std::move(k));
    }
    std::stable_sort(day.begin(), day.end(),
                     [](const Keyed& a, const Keyed& b) {
                       return std::tie(a.document, a.position) <
                              std::tie(b.document, b.position);
                     });
    for (const Keyed& k : day) {
      if (!placed.count(k.seed->dense)) grow(*k.seed);
    }
    begin = end;
  }
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
  // The clauses matched, in id order, and those of the best kind of match
  // (see MatchedBy), which seed lineages: for "buffer zone", Kim Il Sung's
  // point whose words and topic both fit, not every clause of the
  // buffer_zone topic. Words and topics are matched from the indexes
  // alone: a topic's seeds may be tens of thousands, and most of them fall
  // in the first lineage.
  ClauseQuery clause_query{query.text, query.topics};
  std::vector<NodeId> matched, seeds;
  if (std::optional<ClauseIdMatches> ids =
          MatchClauseIds(snapshot, clause_query)) {
    MatchedBy best = MatchedBy::kAll;
    for (size_t i = 0; i < ids->size(); ++i) best = std::min(best, ids->by(i));
    for (size_t i = 0; i < ids->size(); ++i) {
      matched.emplace_back(ids->id(i));
      if (ids->by(i) == best) seeds.emplace_back(ids->id(i));
    }
  } else {
    std::vector<ClauseMatch> matches = MatchClauses(snapshot, clause_query);
    MatchedBy best = MatchedBy::kAll;
    for (const ClauseMatch& m : matches) best = std::min(best, m.by);
    for (const ClauseMatch& m : matches) {
      matched.push_back(m.clause.id);
      if (m.by == best) seeds.push_back(m.clause.id);
    }
    std::sort(matched.begin(), matched.end());
  }
  if (matched.empty()) {
    if (Status s = reader.status(); !s.ok()) return s;
    return Status::NotFound("no clause matches '" + query.text + "'");
  }

  Webs webs(snapshot);
  std::vector<Seed> ordered;
  for (const NodeId& id : seeds) {
    if (std::optional<uint32_t> dense = reader.DenseId(id))
      ordered.push_back({*dense, webs.Of(*dense)});
  }
  std::unordered_set<uint32_t> placed;
  std::vector<Grown> grown;
  ForEachSeedInOrder(snapshot, ordered, placed, [&](const Seed& seed) {
    const LineageWeb& web = *seed.at.web;
    Grown g;
    g.web = &web;
    for (uint32_t m : GrowLineage(web, seed.at.index)) {
      placed.insert(web.clauses[m]);
      if (!web.stored[m]) continue;
      g.all.push_back({m, nullptr});
    }
    // Oldest first; a date's versions (and the undated, first) by id.
    std::sort(g.all.begin(), g.all.end(),
              [&](const Placed& a, const Placed& b) {
                return std::tie(web.dates[a.index], web.ranks[a.index]) <
                       std::tie(web.dates[b.index], web.ranks[b.index]);
              });
    grown.push_back(std::move(g));
  });
  WithoutRepeats(snapshot, grown);
  if (!side.empty() || !query.from.empty() || !query.to.empty()) {
    KeepVersions(grown, [&](Grown& g, size_t i) {
      return InDates(g.web->DateOf(g.all[i].index), query) &&
             (side.empty() || OnSide(Full(snapshot, matched, g, i), side));
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
    for (size_t i : g.listed) CompareVersion(snapshot, matched, g, i);
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
