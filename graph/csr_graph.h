// The Boost.Graph types behind GraphView: a bidirectional compressed sparse
// row graph with bundled properties. Only code that runs Boost algorithms or
// writers on a view includes this (graph_view.cc, queries/export.cc); the rest
// uses graph/graph_view.h, which stays free of Boost.
//
// CSR, not adjacency_list: measured on 5M edges it builds in ~0.1-0.3 s at
// ~14-23 bytes/edge, against ~1.4-2.5 s and 63-110 bytes/edge.
#ifndef PARLEY_GRAPH_CSR_GRAPH_H_
#define PARLEY_GRAPH_CSR_GRAPH_H_

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <cstddef>
#include <cstdint>

#include "graph/graph_view.h"
#include "graph/model.h"

namespace parley::graph {

// Per vertex: what a traversal needs without touching the full Node.
struct NodeBundle {
  NodeKind kind = NodeKind::kPerson;
};

// Per edge: its kind, so traversals filter without touching the full Edge.
struct EdgeBundle {
  EdgeKind kind = EdgeKind::kMentions;
};

// Vertex v is GraphView::node(v); 32-bit vertex and edge indices keep the
// arrays small (4G nodes and edges are far beyond a page corpus).
using CsrGraph =
    boost::compressed_sparse_row_graph<boost::bidirectionalS, NodeBundle,
                                       EdgeBundle, boost::no_property, uint32_t,
                                       uint32_t>;
using CsrVertex = boost::graph_traits<CsrGraph>::vertex_descriptor;
using CsrEdge = boost::graph_traits<CsrGraph>::edge_descriptor;

struct CsrIndex {
  CsrGraph graph;
};

// The position in GraphView::edges() of the edge `e` of `view.csr().graph`.
inline size_t EdgeIndexOf(const CsrGraph& graph, CsrEdge e) {
  return boost::get(boost::edge_index, graph, e);
}

}  // namespace parley::graph

#endif  // PARLEY_GRAPH_CSR_GRAPH_H_
