// Graphviz DOT through Boost's write_graphviz_dp, with the escaping it lacks
// (queries/detail/escape.h).
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/dynamic_property_map.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <string>

#include "graph/csr_graph.h"
#include "queries/detail/escape.h"
#include "queries/export/common.h"

namespace parley::queries::exporter {
namespace {

using graph::CsrEdge;
using graph::CsrGraph;
using graph::CsrVertex;

// Long clause texts make unreadable drawings; the full text stays in the
// other formats.
constexpr size_t kDotLabelCodePoints = 60;

template <typename Fn>
auto VertexStrings(Fn fn) {
  return boost::make_function_property_map<CsrVertex, std::string>(fn);
}

template <typename Fn>
auto EdgeStrings(Fn fn) {
  return boost::make_function_property_map<CsrEdge, std::string>(fn);
}

}  // namespace

void WriteDot(const graph::GraphView& view, std::ostream& out) {
  using detail::DotString;
  const CsrGraph& g = view.csr().graph;
  boost::dynamic_properties dp;
  dp.property("node_id", VertexStrings([&](CsrVertex v) {
                return DotString(view.node(v).id);
              }));
  dp.property("label", VertexStrings([&](CsrVertex v) {
                return DotString(detail::Abbreviate(NodeLabel(view.node(v)),
                                                    kDotLabelCodePoints));
              }));
  dp.property("tooltip", VertexStrings([&](CsrVertex v) {
                return DotString(view.node(v).id);
              }));
  dp.property("kind", VertexStrings([&](CsrVertex v) {
                return std::string(graph::NodeKindName(g[v].kind));
              }));
  dp.property("shape", VertexStrings([&](CsrVertex v) {
                return std::string(StyleOf(g[v].kind).shape);
              }));
  dp.property("style", VertexStrings([&](CsrVertex v) {
                return std::string(StyleOf(g[v].kind).style);
              }));
  dp.property("fillcolor", VertexStrings([&](CsrVertex v) {
                return std::string(StyleOf(g[v].kind).fill);
              }));
  dp.property("label", EdgeStrings([&](CsrEdge e) {
                return std::string(graph::EdgeKindName(g[e].kind));
              }));
  dp.property("kind", EdgeStrings([&](CsrEdge e) {
                return std::string(graph::EdgeKindName(g[e].kind));
              }));
  boost::write_graphviz_dp(out, g, dp, "node_id");
}

}  // namespace parley::queries::exporter
