// Whether what a reply says fits the document it cites: the proposals it
// names as the addressee's ("your proposal for a commission of neutral
// countries") and its numbering against the cited document's points.
#ifndef PARLEY_LINKING_DETAIL_REPLY_CONTENT_H_
#define PARLEY_LINKING_DETAIL_REPLY_CONTENT_H_

#include <string>
#include <vector>

#include "linking/detail/link_index.h"

namespace parley::linking {

// What the content of a reply says of one candidate document.
struct ContentCheck {
  bool named_found = false;  // a proposal the reply names is in the target
  // Each thing that speaks against the tie, in words ("the reply's point 3
  // has no point 3 in telegram 21404").
  std::vector<std::string> conflicts;
  // Of them, those where another position of the reply falls on a point
  // the reply names by number ("the reply puts movement restriction, point
  // 5 of ..., apart from its point 5"): a topic several things carry.
  size_t apart = 0;
};

// The check of `reply` against `target`, whose points are `points`;
// nothing is checked when it has none.
ContentCheck CheckContent(const DocInfo& reply, const DocInfo& target,
                          const std::vector<const ClauseInfo*>& points);

// The topics that can tell one numbering from another: all but the
// procedure of the talks, which nearly every reply's narrative names.
std::vector<std::string> TellingTopics(const std::vector<std::string>& topics);

// True when clause `c` has one of `topics`.
bool Carries(const ClauseInfo& c, const std::vector<std::string>& topics);

// The points of `points` (those of `list`, a document `reply` answers or
// quotes) that `st`, a position on a list as a whole (`st.whole`), is on:
// those of the persons it names, or else the list's own (put forward by
// its writers, or by no one named); those of the side it names ("the
// enemy's points": the side other than the reply's). None when the
// number it gives ("both") is not theirs.
std::vector<const ClauseInfo*> WholeListPoints(
    const graph::StanceClaim& st, const DocInfo& reply, const DocInfo& list,
    const std::vector<const ClauseInfo*>& points);

}  // namespace parley::linking

#endif  // PARLEY_LINKING_DETAIL_REPLY_CONTENT_H_
