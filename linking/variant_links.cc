// VARIANT_OF: a clause and its earlier version, chosen by what the two say.
//
// The candidates of a document's clauses are the clauses of the nearest few
// earlier documents (of other families) holding a clause of one of its
// topics. Within each candidate document the clauses are paired one to one,
// most alike first; a clause left over joins its most alike counterpart (an
// earlier point split in two, or two points merged into one). Each clause
// then takes its version in the candidate document it matches best, the
// nearer document winning a near tie, and in each other candidate document
// that restates it (a match of kMinScoreOtherVersion or more).
#include <algorithm>
#include <cmath>
#include <optional>

#include "linking/detail/changes.h"
#include "linking/detail/clause_similarity.h"
#include "linking/detail/link_index.h"

namespace parley::linking {

using graph::NodeId;
using graph::Value;
namespace prop = graph::prop;

namespace {

// Below this a pair of clauses is not a version of one another.
constexpr double kMinScore = 0.25;
// A candidate document other than the nearest gives a clause another version
// when its best match scores this much: the same point as other documents
// restate it (Nam Il's 38th parallel in Mao's cable, in Ridgway's report and
// in Kim's telegram), so that a lineage reaches each of them.
constexpr double kMinScoreOtherVersion = 0.5;
// Clauses sharing no topic are versions only when their words agree this
// much.
constexpr double kMinTextWithoutTopic = 0.5;
// Clauses in a common language that share a topic but hardly a word are
// versions only when their terms agree.
constexpr double kMinTextWithTopic = 0.1;
// Clauses with no language in common are versions only when the earlier
// covers this much of the later one's topics: a place both name ("Korea")
// does not make an airfield clause a version of a withdrawal.
constexpr double kMinTopicsAcrossLanguages = 0.5;
// A clause left over joins another (a split or a merge) only on a shared
// topic and this much agreement of words, or, with no language in common,
// this score.
constexpr double kMinTextLeftOver = 0.2;
constexpr double kMinScoreLeftOver = 0.5;
// A nearer candidate document wins when its match is this close to the best.
constexpr double kNearTie = 0.25;

bool ShareTopic(const ClauseInfo& a, const ClauseInfo& b) {
  return std::any_of(a.topics.begin(), a.topics.end(),
                     [&](const std::string& t) { return b.topics.count(t); });
}

bool ShareLanguage(const ClauseInfo& a, const ClauseInfo& b) {
  return std::any_of(a.stems.begin(), a.stems.end(), [&](const auto& s) {
    return !s.second.empty() && b.stems.count(s.first) &&
           !b.stems.at(s.first).empty();
  });
}

bool LeftOverMayJoin(const ClauseInfo& a, const ClauseInfo& b,
                     const ClauseMatch& m) {
  if (!ShareTopic(a, b)) return false;
  return ShareLanguage(a, b) ? m.text >= kMinTextLeftOver
                             : m.score >= kMinScoreLeftOver;
}

struct PairMatch {
  size_t earlier = 0;  // index into the candidate document's clauses
  ClauseMatch match;
  bool one_to_one = false;
};

// The matches of each of `mine` among `theirs` (see the file comment).
std::vector<std::vector<PairMatch>> MatchDocuments(
    const std::vector<const ClauseInfo*>& mine,
    const std::vector<const ClauseInfo*>& theirs) {
  std::vector<std::vector<ClauseMatch>> m(mine.size());
  struct Cell {
    double score;
    size_t i, j;
  };
  std::vector<Cell> cells;
  for (size_t i = 0; i < mine.size(); ++i) {
    for (size_t j = 0; j < theirs.size(); ++j) {
      m[i].push_back(CompareClauses(*mine[i], *theirs[j]));
      const ClauseMatch& x = m[i].back();
      bool by_terms = std::find(x.matched_by.begin(), x.matched_by.end(),
                                "terms") != x.matched_by.end();
      bool eligible;
      if (!ShareTopic(*mine[i], *theirs[j])) {
        eligible = x.text >= kMinTextWithoutTopic;
      } else if (!ShareLanguage(*mine[i], *theirs[j])) {
        eligible =
            x.score >= kMinScore && x.topics >= kMinTopicsAcrossLanguages;
      } else {
        eligible =
            x.score >= kMinScore && (x.text >= kMinTextWithTopic || by_terms);
      }
      if (eligible) cells.push_back({x.score, i, j});
    }
  }
  std::stable_sort(
      cells.begin(), cells.end(),
      [](const Cell& a, const Cell& b) { return a.score > b.score; });
  std::vector<std::vector<PairMatch>> out(mine.size());
  std::vector<bool> used_i(mine.size()), used_j(theirs.size());
  for (const Cell& c : cells) {
    if (used_i[c.i] || used_j[c.j]) continue;
    used_i[c.i] = used_j[c.j] = true;
    out[c.i].push_back({c.j, m[c.i][c.j], true});
  }
  // Left over: a later clause takes its best earlier one (a split); an
  // earlier clause joins its best later one (a merge).
  for (const Cell& c : cells) {
    if (!used_i[c.i] &&
        LeftOverMayJoin(*mine[c.i], *theirs[c.j], m[c.i][c.j])) {
      used_i[c.i] = true;
      out[c.i].push_back({c.j, m[c.i][c.j], false});
    }
  }
  for (const Cell& c : cells) {
    if (!used_j[c.j] &&
        LeftOverMayJoin(*mine[c.i], *theirs[c.j], m[c.i][c.j])) {
      used_j[c.j] = true;
      out[c.i].push_back({c.j, m[c.i][c.j], false});
    }
  }
  return out;
}

}  // namespace

std::vector<const DocInfo*> LinkIndex::CandidateDocuments(
    const DocInfo& doc) const {
  std::set<std::string> topics;
  for (const ClauseInfo* c : ClausesOf(doc))
    topics.insert(c->topics.begin(), c->topics.end());
  std::map<std::string, const DocInfo*> found;  // by ChainKey
  const NodeId& family = Family(doc);
  for (const std::string& t : topics) {
    auto chain = topic_chains.find(t);
    if (chain == topic_chains.end()) continue;
    size_t taken = 0;
    for (auto at = chain->second.lower_bound(ChainKey(doc.date, doc.id));
         at != chain->second.begin() && taken < kCandidatesPerTopic;) {
      --at;
      const DocInfo& other = docs.at(at->second);
      if (Family(other) == family) continue;
      ++taken;
      found.emplace(at->first, &other);
    }
  }
  std::vector<const DocInfo*> out;
  for (auto it = found.rbegin(); it != found.rend(); ++it)
    out.push_back(it->second);
  return out;  // nearest first
}

const std::vector<VariantLink>& LinkIndex::VariantsOf(const DocInfo& doc) {
  auto known = variants_of_doc_.find(doc.id);
  if (known != variants_of_doc_.end() && !known->second.unsure)
    return known->second.links;
  std::vector<const ClauseInfo*> mine = ClausesOf(doc);
  std::vector<const DocInfo*> candidates =
      mine.empty() ? std::vector<const DocInfo*>() : CandidateDocuments(doc);
  std::vector<std::pair<NodeId, uint64_t>> inputs;
  inputs.reserve(candidates.size());
  for (const DocInfo* c : candidates) inputs.emplace_back(c->id, c->stamp);
  // A change before the document in the chains that left its candidates
  // as they were leaves its versions as they were.
  if (known != variants_of_doc_.end() && known->second.stamp == doc.stamp &&
      known->second.candidates == inputs) {
    known->second.unsure = false;
    versions_by_key_[ChainKey(doc.date, doc.id)] = doc.id;
    return known->second.links;
  }
  std::vector<VariantLink> links;
  // For each of my clauses: the candidate documents it takes versions in,
  // the one it matches best first, and its matches there.
  struct Choice {
    std::vector<PairMatch> matches;
    const std::vector<const ClauseInfo*>* theirs = nullptr;
  };
  std::vector<std::vector<Choice>> choice(mine.size());
  std::vector<std::vector<const ClauseInfo*>> theirs_of(candidates.size());
  // The best score of each of my clauses in each candidate document.
  std::vector<std::vector<std::vector<PairMatch>>> matches(candidates.size());
  std::vector<double> top(mine.size(), 0);
  for (size_t k = 0; k < candidates.size(); ++k) {
    theirs_of[k] = ClausesOf(*candidates[k]);
    matches[k] = MatchDocuments(mine, theirs_of[k]);
    for (size_t i = 0; i < mine.size(); ++i) {
      for (const PairMatch& p : matches[k][i])
        top[i] = std::max(top[i], p.match.score);
    }
  }
  // The nearest document whose match comes within a near tie of the best:
  // a lineage runs through every version, not from the best one only.
  // Documents of one day are equally near: the best of them wins.
  auto best_of = [&](size_t k, size_t i) {
    double best = 0;
    for (const PairMatch& p : matches[k][i])
      best = std::max(best, p.match.score);
    return best;
  };
  for (size_t i = 0; i < mine.size(); ++i) {
    std::optional<size_t> taken;
    for (size_t k = 0; k < candidates.size(); ++k) {
      if (taken && candidates[k]->date != candidates[*taken]->date) break;
      if (matches[k][i].empty() || best_of(k, i) < top[i] - kNearTie) continue;
      if (!taken || best_of(k, i) > best_of(*taken, i)) taken = k;
    }
    if (!taken) continue;
    choice[i].push_back({std::move(matches[*taken][i]), &theirs_of[*taken]});
    // Other documents restating the point: their matches that score as
    // much as a restatement does.
    for (size_t k = 0; k < candidates.size(); ++k) {
      if (k == *taken) continue;
      Choice other{{}, &theirs_of[k]};
      for (const PairMatch& p : matches[k][i]) {
        if (p.match.score >= kMinScoreOtherVersion) other.matches.push_back(p);
      }
      if (!other.matches.empty()) choice[i].push_back(std::move(other));
    }
  }
  // How many of my clauses took each earlier clause as their nearest
  // version (a split).
  std::map<NodeId, size_t> takers;
  for (const auto& cs : choice) {
    if (cs.empty()) continue;
    for (const PairMatch& p : cs.front().matches)
      ++takers[(*cs.front().theirs)[p.earlier]->id];
  }
  for (size_t i = 0; i < mine.size(); ++i) {
    for (size_t n = 0; n < choice[i].size(); ++n) {
      const Choice& ch = choice[i][n];
      for (const PairMatch& p : ch.matches) {
        VariantLink link;
        link.later = mine[i];
        link.earlier = (*ch.theirs)[p.earlier];
        link.similarity = p.match.text;
        link.matched_by = p.match.matched_by;
        bool topical = ShareTopic(*link.later, *link.earlier);
        link.confidence =
            std::min(0.95, (p.one_to_one ? 0.35 : 0.25) + p.match.score -
                               (topical ? 0.0 : 0.1));
        link.merged = ch.matches.size();
        link.nearest = n == 0;
        // Another document restating the point: said so.
        if (!link.nearest) link.matched_by.push_back("restated");
        // A restating document's point no clause took as nearest: one.
        link.split = std::max<size_t>(1, takers[link.earlier->id]);
        links.push_back(std::move(link));
      }
    }
  }
  versions_by_key_[ChainKey(doc.date, doc.id)] = doc.id;
  KnownVersions& out = variants_of_doc_[doc.id];
  out = {doc.stamp, std::move(inputs), std::move(links), false};
  return out.links;
}

std::vector<const ClauseInfo*> LinkIndex::Ancestors(const ClauseInfo& clause) {
  std::vector<const ClauseInfo*> out;
  std::set<NodeId> seen = {clause.id};
  std::vector<const ClauseInfo*> frontier = {&clause};
  for (int depth = 0; depth < kLineageDepth && !frontier.empty(); ++depth) {
    std::vector<const ClauseInfo*> next;
    for (const ClauseInfo* c : frontier) {
      auto d = docs.find(c->doc);
      if (d == docs.end()) continue;
      for (const VariantLink& link : VariantsOf(d->second)) {
        if (link.later != c || !link.nearest ||
            !seen.insert(link.earlier->id).second)
          continue;
        next.push_back(link.earlier);
      }
    }
    std::stable_sort(next.begin(), next.end(),
                     [](const ClauseInfo* a, const ClauseInfo* b) {
                       return a->date > b->date;
                     });
    out.insert(out.end(), next.begin(), next.end());
    frontier = std::move(next);
  }
  return out;
}

void LinkIndex::LinkVariants(const DocInfo& doc, graph::Fragment& out) {
  // The edges depend on the versions of `doc` and of its ancestors, all
  // before it in the chains: they are forgotten with its versions.
  if (auto known = variant_edges_.find(doc.id);
      known != variant_edges_.end() && variants_of_doc_.count(doc.id) &&
      !variants_of_doc_.at(doc.id).unsure) {
    for (const graph::Edge& e : known->second) out.AddEdge(e);
    return;
  }
  // A few thousand documents are kept, those most recently linked: the
  // pages a new one changes are mostly its neighbours in the chains.
  while (variant_edges_order_.size() >= kVariantEdgesKept) {
    variant_edges_.erase(variant_edges_order_.front());
    variant_edges_order_.pop_front();
  }
  variant_edges_order_.push_back(doc.id);
  std::vector<graph::Edge>& made = variant_edges_[doc.id];
  made.clear();
  for (const VariantLink& link : VariantsOf(doc)) {
    std::vector<const ClauseInfo*> older = Ancestors(*link.earlier);
    Value props = LinkProps(link.matched_by, link.confidence, {});
    props[prop::kSimilarity] = std::round(link.similarity * 100) / 100;
    props[prop::kSimilarityBasis] = "text";
    props[prop::kFromDate] = link.earlier->date;
    props[prop::kToDate] = link.later->date;
    props[prop::kChanges] = Changes(link, older, place_labels);
    graph::Edge e;
    e.source = link.later->id;
    e.target = link.earlier->id;
    e.kind = graph::EdgeKind::kVariantOf;
    e.props = std::move(props);
    e.evidence = {link.later->evidence, link.earlier->evidence};
    made.push_back(e);
    out.AddEdge(std::move(e));
  }
}

}  // namespace parley::linking
