// STANCE on quoted points: the positions a document takes by number on the
// points of another's list it quotes, when it answers no other document.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "graph/props.h"
#include "linking/detail/link_index.h"

namespace parley::linking {

namespace prop = graph::prop;
using graph::NodeId;
using graph::StanceClaim;
using graph::Value;

void LinkIndex::TieQuotedPoints(const DocInfo& doc,
                                std::map<NodeId, graph::Fragment>& out) {
  if (std::none_of(doc.stances.begin(), doc.stances.end(),
                   [](const StanceClaim& st) { return !st.ordinals.empty(); }))
    return;
  NodeId holder = doc.authors.empty() ? NodeId() : *doc.authors.begin();
  for (const NodeId& child_id : doc.children) {
    auto found = docs.find(child_id);
    const DocInfo* child = found == docs.end() ? nullptr : &found->second;
    // Another's document: one the writer quotes, not his own earlier text.
    if (child == nullptr || child->authors.empty() ||
        std::any_of(child->authors.begin(), child->authors.end(),
                    [&](const NodeId& a) { return doc.authors.count(a); }))
      continue;
    std::vector<const ClauseInfo*> points = Subtree(*child);
    // One position a point: the first claim that names it by number.
    std::set<const ClauseInfo*> placed;
    for (const StanceClaim& st : doc.stances) {
      // "points 1 and 3 of Comrade Li Kenong": whose points, when named,
      // must be the quoted document's writer's.
      bool theirs = std::all_of(
          st.points_of.begin(), st.points_of.end(),
          [&](const std::string& p) { return child->authors.count(p) > 0; });
      if (st.ordinals.empty() || !theirs) continue;
      for (const ClauseInfo* c : points) {
        if (c->doc != child->id || placed.count(c) ||
            std::none_of(
                st.ordinals.begin(), st.ordinals.end(),
                [&](const std::string& o) { return c->ordinals.count(o); }))
          continue;
        placed.insert(c);
        graph::Fragment& into = out[child->id];
        into.page_id = doc.page;
        into.AddEdge(StanceEdge(doc, st, *c, {"number", "quoted"}, 0.7, holder,
                                child->id));
      }
    }
  }
}

}  // namespace parley::linking
