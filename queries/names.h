// Finding the node a user means from what they typed: an id, a name in any
// script, case or inflection, a codename ("Filippov" for Stalin), part of a
// name, or a document number; with the candidates when a name is ambiguous
// and the nearest names when it is misspelt.
#ifndef PARLEY_QUERIES_NAMES_H_
#define PARLEY_QUERIES_NAMES_H_

#include <functional>
#include <optional>
#include <string_view>

#include "graph/model.h"
#include "graph/status.h"
#include "queries/snapshot.h"

namespace parley::queries {

// Names known beyond the stored labels and aliases: given a name as typed
// and the kind wanted (if any), the id of the node it stands for, or
// nullopt. The CLI makes one from the gazetteer (codenames, Russian case
// endings, transliterations), which queries/ does not depend on.
using NameHint = std::function<std::optional<graph::NodeId>(
    std::string_view name, std::optional<graph::NodeKind> kind)>;

// The one node of kind `kind` (any kind when unset) that `text` names,
// trying in turn: a node id; a stored label or alias folded as the names
// index folds it ("ФИЛИППОВ", "kim il-sung"), together with what `hint`
// says; the nodes whose label or an alias holds every word of `text`
// ("Stalin" for "Joseph Stalin"); for documents, a number or title
// ("21404", "telegram 21404"). Fails with kNotFound when nothing matches
// (the message suggests the nearest names, "did you mean 'Joseph
// Stalin'?"), and with kNotFound listing the candidates, label and id, when
// `text` fits several nodes equally well. The node comes without aliases and
// evidence (see Brief).
Result<graph::Node> ResolveNode(Snapshot& snapshot, std::string_view text,
                                std::optional<graph::NodeKind> kind = {},
                                const NameHint& hint = {});

}  // namespace parley::queries

#endif  // PARLEY_QUERIES_NAMES_H_
