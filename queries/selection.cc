#include "queries/selection.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "graph/props.h"

namespace parley::queries {
namespace {

using graph::EdgeKind;
using graph::NodeId;
using graph::NodeKind;
using Adjacent = storage::Reader::Adjacent;
using Direction = storage::Reader::Direction;
using IdSet = std::set<NodeId>;

std::string Lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

std::optional<NodeKind> NodeKindWord(std::string word) {
  if (word == "people" || word == "persons") return NodeKind::kPerson;
  if (word == "org" || word == "orgs" || word == "organisation" ||
      word == "organisations") {
    return NodeKind::kOrganization;
  }
  if (word.size() > 1 && word.back() == 's') word.pop_back();
  for (int k = 0; k < graph::kNodeKindCount; ++k) {
    const auto kind = static_cast<NodeKind>(k);
    if (Lower(graph::NodeKindName(kind)) == word) return kind;
  }
  return std::nullopt;
}

std::optional<EdgeKind> EdgeKindWord(const std::string& word) {
  for (int k = 0; k < graph::kEdgeKindCount; ++k) {
    const auto kind = static_cast<EdgeKind>(k);
    if (Lower(graph::EdgeKindName(kind)) == word) return kind;
  }
  return std::nullopt;
}

std::vector<std::string> SplitList(std::string_view list) {
  std::vector<std::string> items;
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string_view::npos) comma = list.size();
    std::string_view item = list.substr(start, comma - start);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) items.emplace_back(item);
    start = comma + 1;
  }
  return items;
}

// The far ends of `id`'s edges of `kinds` (every kind when empty) in
// `direction`, named.
std::vector<NodeId> Ends(Snapshot& snapshot, const NodeId& id,
                         Direction direction,
                         const std::vector<EdgeKind>& kinds) {
  std::vector<NodeId> ids;
  std::optional<uint32_t> dense = snapshot.reader().DenseId(id);
  if (!dense) return ids;
  std::vector<Adjacent> adjacent;
  snapshot.reader().Adjacency(*dense, direction, kinds, adjacent);
  for (const Adjacent& a : adjacent) {
    if (const NodeId* far = snapshot.IdOf(a.node)) ids.push_back(*far);
  }
  return ids;
}

void AddAll(IdSet& set, const std::vector<NodeId>& ids) {
  set.insert(ids.begin(), ids.end());
}

Result<IdSet> FocusNodes(Snapshot& snapshot, const Selection& selection) {
  NeighborsQuery query;
  query.node = selection.focus;
  query.depth = selection.depth;
  query.kinds = selection.edge_kinds;
  query.hint = selection.hint;
  query.with_edges = false;
  auto result = Neighbors(snapshot, query);
  if (!result.ok()) return result.status();
  IdSet ids = {result->centre.id};
  for (const Neighbor& n : result->neighbors) ids.insert(n.node.id);
  return ids;
}

// The clauses of the topics, and around each what makes it readable: the
// documents holding it and taking a stance on it with their authors, its
// proposers, and its other versions.
IdSet TopicNodes(Snapshot& snapshot, const std::vector<std::string>& topics) {
  IdSet ids;
  for (const std::string& topic : topics) {
    for (const NodeId& clause :
         snapshot.reader().Lookup(storage::Reader::Index::kTopic, topic)) {
      ids.insert(clause);
      AddAll(ids,
             Ends(snapshot, clause, Direction::kBoth, {EdgeKind::kVariantOf}));
      std::vector<NodeId> documents =
          Ends(snapshot, clause, Direction::kIn,
               {EdgeKind::kHasClause, EdgeKind::kStance});
      AddAll(ids, documents);
      AddAll(ids,
             Ends(snapshot, clause, Direction::kIn, {EdgeKind::kProposes}));
      for (const NodeId& doc : documents) {
        AddAll(ids, Ends(snapshot, doc, Direction::kIn, {EdgeKind::kAuthored}));
      }
    }
  }
  return ids;
}

// The documents of the window and what they evidence (see Selection).
Result<IdSet> WindowNodes(Snapshot& snapshot, const Selection& selection) {
  for (const std::string* d : {&selection.from, &selection.to}) {
    if (!d->empty() && !IsIsoDatePrefix(*d)) {
      return Status::InvalidArgument("'" + *d +
                                     "' is not a date (YYYY, YYYY-MM or "
                                     "YYYY-MM-DD)");
    }
  }
  storage::Reader& reader = snapshot.reader();
  std::vector<NodeId> documents;
  const std::string upper = selection.to.empty() ? "" : selection.to + "\xff";
  reader.LookupRange(storage::Reader::Index::kDate, selection.from, upper,
                     [&](std::string_view, const NodeId& id) {
                       documents.push_back(id);
                       return true;
                     });
  IdSet ids(documents.begin(), documents.end());
  // Facts a page evidences, but not the other documents it answers.
  std::vector<EdgeKind> evidenced;
  for (int k = 0; k < graph::kEdgeKindCount; ++k) {
    const auto kind = static_cast<EdgeKind>(k);
    if (kind != EdgeKind::kEmbeds && kind != EdgeKind::kRespondsTo)
      evidenced.push_back(kind);
  }
  std::vector<NodeId> held;  // clauses and delegations
  for (size_t i = 0; i < documents.size(); ++i) {
    const NodeId doc = documents[i];
    for (const NodeId& inner :
         Ends(snapshot, doc, Direction::kOut, {EdgeKind::kEmbeds})) {
      const graph::Node* head = snapshot.FindHead(inner);
      if (head && head->props.GetString(graph::prop::kDate).empty() &&
          ids.insert(inner).second) {
        documents.push_back(inner);
      }
    }
    AddAll(ids, Ends(snapshot, doc, Direction::kIn, {EdgeKind::kAuthored}));
    for (const NodeId& far : Ends(snapshot, doc, Direction::kOut, evidenced)) {
      const graph::Node* head = snapshot.FindHead(far);
      if (!head || head->kind == NodeKind::kDocument) continue;
      ids.insert(far);
      if (head->kind == NodeKind::kClause ||
          head->kind == NodeKind::kDelegation)
        held.push_back(far);
    }
  }
  for (const NodeId& id : held) {
    AddAll(ids,
           Ends(snapshot, id, Direction::kIn,
                {EdgeKind::kProposes, EdgeKind::kHeads, EdgeKind::kMemberOf}));
  }
  return ids;
}

void Intersect(std::optional<IdSet>& into, IdSet set) {
  if (!into) {
    into = std::move(set);
    return;
  }
  std::erase_if(*into, [&](const NodeId& id) { return !set.contains(id); });
}

bool KindWanted(const Selection& selection, NodeKind kind) {
  return selection.node_kinds.empty() ||
         std::find(selection.node_kinds.begin(), selection.node_kinds.end(),
                   kind) != selection.node_kinds.end();
}

// Every node and edge, as LoadGraph reads them, with the kinds applied.
GraphData WholeGraph(storage::Reader& reader, const Selection& selection) {
  GraphData data;
  std::unordered_set<NodeId> kept;
  reader.ForEachNode([&](const graph::Node& node) {
    if (!KindWanted(selection, node.kind)) return true;
    data.nodes.push_back(node);
    kept.insert(node.id);
    return true;
  });
  reader.ForEachEdge([&](const graph::Edge& edge) {
    if (selection.edge_kinds.Contains(edge.kind) &&
        kept.contains(edge.source) && kept.contains(edge.target)) {
      data.edges.push_back(edge);
    }
    return true;
  });
  return data;
}

}  // namespace

Status ParseKinds(std::string_view list, std::vector<NodeKind>& nodes,
                  graph::EdgeKindSet& edges) {
  bool any_edge = false;
  graph::EdgeKindSet edge_kinds = graph::EdgeKindSet::None();
  for (const std::string& item : SplitList(list)) {
    const std::string word = Lower(item);
    if (auto kind = NodeKindWord(word)) {
      nodes.push_back(*kind);
    } else if (auto edge = EdgeKindWord(word)) {
      edge_kinds.Add(*edge);
      any_edge = true;
    } else {
      return Status::InvalidArgument(
          "unknown kind '" + item +
          "' (node kinds: person, organization, place, document, clause, "
          "delegation; or edge kinds such as AUTHORED, STANCE)");
    }
  }
  if (any_edge) edges = edge_kinds;
  return Status::Ok();
}

std::vector<std::string> ParseTopics(std::string_view list) {
  std::vector<std::string> topics;
  for (std::string topic : SplitList(list)) {
    topic = Lower(topic);
    std::replace(topic.begin(), topic.end(), '-', '_');
    std::replace(topic.begin(), topic.end(), ' ', '_');
    topics.push_back(std::move(topic));
  }
  return topics;
}

GraphData InducedGraph(Snapshot& snapshot, const std::vector<NodeId>& ids,
                       graph::EdgeKindSet kinds) {
  storage::Reader& reader = snapshot.reader();
  GraphData data;
  std::unordered_map<uint32_t, size_t> position;  // dense id -> data.nodes
  for (const NodeId& id : ids) {
    std::optional<graph::Node> node = reader.GetNode(id);
    if (!node) continue;
    data.nodes.push_back(std::move(*node));
    if (auto dense = reader.DenseId(id))
      position.emplace(*dense, data.nodes.size() - 1);
  }
  std::vector<Adjacent> adjacent;
  for (const auto& [dense, index] : position) {
    adjacent.clear();
    reader.Adjacency(dense, Direction::kOut, {}, adjacent);
    for (const Adjacent& a : adjacent) {
      auto far = position.find(a.node);
      if (far == position.end() || !kinds.Contains(a.kind)) continue;
      std::optional<graph::Edge> edge =
          reader.GetEdge(data.nodes[index].id, a.kind,
                         data.nodes[far->second].id, /*with_evidence=*/true);
      if (edge) data.edges.push_back(std::move(*edge));
    }
  }
  return data;
}

Result<GraphData> Select(Snapshot& snapshot, const Selection& selection) {
  if (!selection.narrows_nodes()) {
    return WholeGraph(snapshot.reader(), selection);
  }
  std::optional<IdSet> ids;
  if (selection.answer) {
    Intersect(ids, IdSet(selection.answer->nodes.begin(),
                         selection.answer->nodes.end()));
  }
  if (!selection.focus.empty()) {
    auto focus = FocusNodes(snapshot, selection);
    if (!focus.ok()) return focus.status();
    Intersect(ids, std::move(*focus));
  }
  if (!selection.topics.empty()) {
    Intersect(ids, TopicNodes(snapshot, selection.topics));
  }
  if (!selection.from.empty() || !selection.to.empty()) {
    auto window = WindowNodes(snapshot, selection);
    if (!window.ok()) return window.status();
    Intersect(ids, std::move(*window));
  }
  std::vector<NodeId> kept;
  for (const NodeId& id : *ids) {
    const graph::Node* head = snapshot.FindHead(id);
    if (head && KindWanted(selection, head->kind)) kept.push_back(id);
  }
  if (!selection.answer || selection.answer->edges.empty()) {
    return InducedGraph(snapshot, kept, selection.edge_kinds);
  }
  // A path: its own edges, not every edge among its nodes.
  GraphData data = InducedGraph(snapshot, kept, graph::EdgeKindSet::None());
  const IdSet present(kept.begin(), kept.end());
  for (const graph::Edge& key : selection.answer->edges) {
    if (!selection.edge_kinds.Contains(key.kind) ||
        !present.contains(key.source) || !present.contains(key.target)) {
      continue;
    }
    std::optional<graph::Edge> edge = snapshot.reader().GetEdge(
        key.source, key.kind, key.target, /*with_evidence=*/true);
    if (edge) data.edges.push_back(std::move(*edge));
  }
  return data;
}

}  // namespace parley::queries
