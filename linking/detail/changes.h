// What changed from one version of a clause to the next, as structured
// changes ({field, from, to, note?, compared_with?}); queries/ puts them in
// words. Internal to linking/.
#ifndef PARLEY_LINKING_DETAIL_CHANGES_H_
#define PARLEY_LINKING_DETAIL_CHANGES_H_

#include <map>
#include <string>
#include <vector>

#include "graph/value.h"
#include "linking/detail/link_index.h"

namespace parley::linking {

// The changes from `link.earlier` to `link.later`. A term the earlier
// version does not carry is compared with the nearest of `older` (the
// earlier version's own earlier versions, nearest first) that carries it,
// whose id the change names as `compared_with`. Durations are compared only
// when they measure the same thing (DurationsComparable); places are named
// by `place_labels`.
graph::Value Changes(const VariantLink& link,
                     const std::vector<const ClauseInfo*>& older,
                     const std::map<graph::NodeId, std::string>& place_labels);

}  // namespace parley::linking

#endif  // PARLEY_LINKING_DETAIL_CHANGES_H_
