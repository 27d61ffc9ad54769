// STANCE on quoted points: the positions a document takes by number on the
// points of another's list it quotes, or on the points another put forward
// that it reports, when it answers no other document.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "graph/props.h"
#include "linking/detail/link_index.h"
#include "linking/detail/reply_content.h"

namespace parley::linking {

namespace prop = graph::prop;
using graph::NodeId;
using graph::StanceClaim;
using graph::Value;

bool LinkIndex::TieQuotedPoints(const DocInfo& doc,
                                std::map<NodeId, graph::Fragment>& out) {
  if (std::none_of(doc.stances.begin(), doc.stances.end(),
                   [](const StanceClaim& st) {
                     return !st.ordinals.empty() || !st.whole.empty();
                   }))
    return false;
  bool tied = false;
  NodeId holder = doc.authors.empty() ? NodeId() : *doc.authors.begin();
  auto writers = [&](const std::set<NodeId>& people) {
    return std::any_of(people.begin(), people.end(),
                       [&](const NodeId& a) { return doc.authors.count(a); });
  };
  // Ties the claims that name points by number to `points`, the list of
  // `whose` that `list` holds, and then those on a whole list ("I consider
  // Comrade LI KENONG's proposals correct") to the points no claim names.
  // One position a point: the first claim that names it.
  // "I consider the proposals correct" names no one's list: it is the
  // quoted list's only when the document quotes one list of points.
  size_t quoted_lists = 0;
  for (const NodeId& child_id : doc.children) {
    auto found = docs.find(child_id);
    if (found != docs.end() && !found->second.clause_infos.empty())
      ++quoted_lists;
  }
  auto tie = [&](const std::vector<const ClauseInfo*>& points,
                 const std::set<NodeId>& whose, const DocInfo& list) {
    const NodeId& via = list.id;
    std::set<const ClauseInfo*> placed;
    for (const StanceClaim& st : doc.stances) {
      // "points 1 and 3 of Comrade Li Kenong": whose points, when named,
      // must be the quoted list's.
      bool theirs =
          std::all_of(st.points_of.begin(), st.points_of.end(),
                      [&](const std::string& p) { return whose.count(p) > 0; });
      if (st.ordinals.empty() || !theirs) continue;
      for (const ClauseInfo* c : points) {
        if (placed.count(c) ||
            std::none_of(
                st.ordinals.begin(), st.ordinals.end(),
                [&](const std::string& o) { return c->ordinals.count(o); }))
          continue;
        placed.insert(c);
        tied = true;
        graph::Fragment& into = out[c->doc];
        into.page_id = doc.page;
        into.AddEdge(
            StanceEdge(doc, st, *c, {"number", "quoted"}, 0.7, holder, via));
      }
    }
    for (const StanceClaim& st : doc.stances) {
      if (st.whole.empty() || (st.whole == prop::kWholeList &&
                               st.points_of.empty() && quoted_lists > 1))
        continue;
      for (const ClauseInfo* c : WholeListPoints(st, doc, list, points)) {
        if (!placed.insert(c).second) continue;
        tied = true;
        graph::Fragment& into = out[c->doc];
        into.page_id = doc.page;
        into.AddEdge(StanceEdge(doc, st, *c, {"whole list", "quoted"}, 0.6,
                                holder, via));
      }
    }
  };
  for (const NodeId& child_id : doc.children) {
    auto found = docs.find(child_id);
    const DocInfo* child = found == docs.end() ? nullptr : &found->second;
    // Another's document: one the writer quotes, not his own earlier text.
    if (child == nullptr || child->authors.empty() || writers(child->authors))
      continue;
    std::vector<const ClauseInfo*> points;
    for (const ClauseInfo* c : Subtree(*child))
      if (c->doc == child->id) points.push_back(c);
    tie(points, child->authors, *child);
  }
  // A message forwarded beside a report of another's points takes its
  // positions on them ("The report of Comrade Li Kenong:" quoting Hodes's
  // proposal, then "Comrade Kim Il Sung wrote to me: ... Its first and
  // second points ... we should agree to them"): the points an earlier text
  // of the same page gives, put forward by others than its writers. Only
  // where one such text comes before it.
  if (!tied && !doc.parent.empty() && doc.children.empty() &&
      !doc.authors.empty()) {
    auto parent = docs.find(doc.parent);
    const DocInfo* beside = nullptr;
    size_t lists = 0;
    if (parent != docs.end()) {
      for (const NodeId& sibling_id : parent->second.children) {
        if (sibling_id == doc.id) break;
        auto found = docs.find(sibling_id);
        if (found == docs.end() || found->second.clause_infos.empty()) continue;
        ++lists;
        beside = &found->second;
      }
    }
    if (lists == 1 && !writers(beside->authors)) {
      std::vector<const ClauseInfo*> points;
      std::set<NodeId> proposers;
      for (const ClauseInfo* c : beside->clause_infos) {
        if (c->doc != beside->id || c->proposers.empty() ||
            writers(c->proposers))
          continue;
        points.push_back(c);
        proposers.insert(c->proposers.begin(), c->proposers.end());
      }
      if (points.size() == beside->clause_infos.size())
        tie(points, proposers, *beside);
    }
  }
  // The points another put forward at the table, which a report by message
  // gives as its own account (Nam Il's proposal read out, quoted in Clark's
  // telegram), or a visitor set out in a record of conversation ("Zhou
  // Enlai said that ... the Chinese side proposes the following steps: 1.
  // ... On the first point I said that the Soviet Government fully agrees
  // with it."): the writer's positions by number are on them.
  static const std::set<std::string> kMessages = {
      "telegram", "cable", "message", "letter", "record of conversation"};
  if (!kMessages.count(doc.doc_type)) return tied;
  std::vector<const ClauseInfo*> reported;
  std::set<NodeId> proposers;
  for (const ClauseInfo* c : doc.clause_infos) {
    if (!ReportsAnothers(doc, *c)) continue;
    reported.push_back(c);
    proposers.insert(c->proposers.begin(), c->proposers.end());
  }
  if (!reported.empty()) tie(reported, proposers, doc);
  return tied;
}

}  // namespace parley::linking
