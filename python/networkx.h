// The stored graph, or a part of it, as a networkx.MultiDiGraph: nodes keyed
// by their NodeId, edges keyed by their kind (one edge per source, kind and
// target, as stored), each with its kind, props flattened into attributes,
// and its evidence count.
#ifndef PARLEY_PYTHON_NETWORKX_H_
#define PARLEY_PYTHON_NETWORKX_H_

#include <pybind11/pybind11.h>

#include <optional>
#include <string>
#include <vector>

#include "graph/graph_view.h"
#include "graph/model.h"

namespace parley::python {

class Database;
namespace py = pybind11;

// Which part of the graph: every node (the default), the nodes `ids` names,
// or the neighbourhood of `focus` within `depth` hops over `kinds`. Only
// edges of `kinds` whose two ends are both selected are kept.
struct GraphSelection {
  std::optional<std::vector<graph::NodeId>> ids;
  std::string focus;  // an id or a name (as neighbors takes it)
  int depth = 1;
  graph::EdgeKindSet kinds;
  bool with_evidence = false;  // also each node's and edge's evidence list
};

// The graph of `selection`; networkx is imported on the call. Throws
// parley.Error (see ThrowStatus) when the database cannot be read or
// `focus` names no node.
py::object ToNetworkx(Database& db, const GraphSelection& selection);

}  // namespace parley::python

#endif  // PARLEY_PYTHON_NETWORKX_H_
