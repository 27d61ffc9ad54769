// The delegation view: each delegation with its head, members and roles.
#include <set>

#include "graph/props.h"
#include "queries/documents.h"
#include "queries/views/detail/dot_text.h"
#include "queries/views/views.h"

namespace parley::views {
namespace {

using detail::Html;
using detail::HtmlLines;
using detail::Quoted;
using detail::WrapLines;
namespace prop = graph::prop;

// The role as each language gives it: "chief of general staff /
// начальника генштаба"; "" when none.
std::vector<std::string> RoleLines(const graph::Edge& edge) {
  std::vector<std::string> lines;
  const graph::Value* texts = edge.props.Get(prop::kRoleText);
  std::set<std::string> seen;
  if (texts != nullptr && texts->is_object()) {
    for (const char* lang : {"en", "ru"}) {
      const graph::Value* t = texts->Get(lang);
      if (t && t->is_string() && seen.insert(t->as_string()).second) {
        for (std::string& l : WrapLines(t->as_string())) lines.push_back(l);
      }
    }
  }
  const std::string role = edge.props.GetString(prop::kRole);
  if (lines.empty() && !role.empty()) lines = WrapLines(role);
  return lines;
}

std::string MemberLabel(const graph::Node& member, const graph::Edge& edge,
                        bool head) {
  std::string label = "<B>" + HtmlLines(WrapLines(member.label)) + "</B>";
  if (head) label += "<I>head of the delegation</I><BR ALIGN=\"LEFT\"/>";
  if (edge.props.Get(prop::kUnnamed) != nullptr) {
    label +=
        "<I>" +
        Html(edge.props.GetString(prop::kRole).empty()
                 ? std::string("a member, not named")
                 : "a " + edge.props.GetString(prop::kRole) + ", not named") +
        "</I><BR ALIGN=\"LEFT\"/>";
  } else {
    label += HtmlLines(RoleLines(edge));
  }
  return label;
}

}  // namespace

Result<std::string> DelegationDot(queries::Snapshot& snapshot) {
  storage::Reader& reader = snapshot.reader();
  const std::vector<graph::NodeId> delegations =
      reader.Lookup(storage::Reader::Index::kKind,
                    graph::NodeKindName(graph::NodeKind::kDelegation));
  const detail::LegendRows legend = {
      {"", "Delegations (frames), by side"},
      {std::string(detail::SideColour("kpa-cpv").fill), "KPA/CPV"},
      {std::string(detail::SideColour("unc").fill), "UNC"},
      {"", "Members"},
      {"#ffffff", "thick frame: the head; roles as each language gives them"},
  };
  std::string dot = detail::Preamble(
      "delegation", "TB",
      std::to_string(delegations.size()) +
          (delegations.size() == 1 ? " delegation" : " delegations") +
          ": heads, members and roles",
      legend);
  size_t members = 0;
  for (size_t d = 0; d < delegations.size(); ++d) {
    const graph::Node* delegation = snapshot.FindHead(delegations[d]);
    if (delegation == nullptr) continue;
    const detail::Colour colour =
        detail::SideColour(delegation->props.GetString(prop::kSide));
    std::vector<std::string> title = WrapLines(delegation->label);
    const graph::Node* doc =
        snapshot.FindHead(delegation->props.GetString(prop::kDocument));
    std::string proposers;
    for (const graph::Edge& e :
         reader.InEdges(delegation->id, graph::EdgeKind::kProposes)) {
      if (const graph::Node* p = snapshot.FindHead(e.source))
        proposers += (proposers.empty() ? "" : ", ") + p->label;
    }
    if (!proposers.empty()) {
      for (std::string& l : WrapLines("proposed by " + proposers))
        title.push_back(std::move(l));
    }
    if (doc != nullptr) {
      for (std::string& l : WrapLines("in " + queries::DocumentLabel(*doc)))
        title.push_back(std::move(l));
    }
    const std::string side =
        queries::SideLabel(delegation->props.GetString(prop::kSide));
    if (!side.empty()) title.push_back("side: " + side);
    dot += "  subgraph cluster_d" + std::to_string(d + 1) +
           " {\n    id=" + Quoted(delegation->id) +
           "; style=\"rounded,filled\"; fillcolor=\"" +
           std::string(colour.fill) + "\"; color=\"" +
           std::string(colour.line) +
           "\"; penwidth=2; fontsize=11;\n"
           "    label=<" +
           HtmlLines(title) + ">;\n";
    std::set<graph::NodeId> heads;
    for (const graph::Edge& e :
         reader.InEdges(delegation->id, graph::EdgeKind::kHeads)) {
      heads.insert(e.source);
    }
    const bool head_drawn = !heads.empty();
    std::vector<std::string> nodes;
    for (const graph::Edge& e :
         reader.InEdges(delegation->id, graph::EdgeKind::kMemberOf)) {
      const graph::Node* member = snapshot.FindHead(e.source);
      if (member == nullptr) continue;
      const bool head = heads.erase(e.source) > 0;
      const std::string node = "m" + std::to_string(++members);
      dot += "    " + node + " [id=" + Quoted(member->id) + ", " +
             (head ? "penwidth=3, " : "") + "label=<" +
             MemberLabel(*member, e, head) + ">];\n";
      nodes.insert(head ? nodes.begin() : nodes.end(), node);
    }
    for (const graph::NodeId& id : heads) {  // a head not also a member
      const graph::Node* member = snapshot.FindHead(id);
      if (member == nullptr) continue;
      const std::string node = "m" + std::to_string(++members);
      dot += "    " + node + " [id=" + Quoted(id) + ", penwidth=3, label=<" +
             MemberLabel(*member, graph::Edge{}, true) + ">];\n";
      nodes.insert(nodes.begin(), node);
    }
    // The head first, the members below: invisible arrows set the order.
    for (size_t i = 1; head_drawn && i < nodes.size(); ++i) {
      dot += "    " + nodes[0] + " -> " + nodes[i] + " [style=invis];\n";
    }
    dot += "  }\n";
  }
  return dot + "}\n";
}

}  // namespace parley::views
