// The Parley domain model: node and edge kinds, evidence, nodes, edges and
// stable ids, exactly as DESIGN.md's export contract names them. Every other
// folder speaks in these types.
#ifndef PARLEY_GRAPH_MODEL_H_
#define PARLEY_GRAPH_MODEL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/value.h"

namespace parley::graph {

// Stable, readable id: "person:kim-il-sung", "doc:telegram-21404-1951-07-03",
// "doc:telegram-21404-1951-07-03/message-1/clause-2".
using NodeId = std::string;

enum class NodeKind : uint8_t {
  kPerson,
  kOrganization,
  kPlace,
  kDocument,
  kClause,
  kDelegation,
};
inline constexpr int kNodeKindCount = 6;

enum class EdgeKind : uint8_t {
  kAuthored,     // Person -> Document
  kAddressedTo,  // Document -> Person or Organization
  kVia,          // Document -> Person: the relay
  kCopyTo,       // Document -> Person, props.count
  kEmbeds,       // Document -> Document it quotes or forwards
  kHasClause,    // Document -> Clause
  kProposes,     // Person -> Clause or Delegation
  kMemberOf,     // Person (or, unnamed, Organization) -> Delegation
  kHeads,        // Person -> Delegation
  kHoldsRole,    // Person -> Organization, props.role
  kMentions,     // Document -> any entity
  kConcerns,     // Clause -> Place
  kRespondsTo,   // Document -> earlier Document it answers
  kStance,       // Document -> Clause, props.stance
  kVariantOf,    // Clause -> the same clause in an earlier document
};
inline constexpr int kEdgeKindCount = 15;

// Contract names: "Person", "AUTHORED", ...
std::string_view NodeKindName(NodeKind kind);
std::string_view EdgeKindName(EdgeKind kind);
std::optional<NodeKind> ParseNodeKind(std::string_view name);
std::optional<EdgeKind> ParseEdgeKind(std::string_view name);

// Where a fact was read: byte offsets [start, end) into the stored page text
// of document `doc` (the page's outermost document id), and the quote itself.
struct Evidence {
  std::string doc;
  std::string lang;  // "ru", "en", ...
  uint32_t start = 0;
  uint32_t end = 0;
  std::string quote;

  friend bool operator==(const Evidence&, const Evidence&) = default;
  template <class Archive>
  void serialize(Archive& ar) {
    ar(doc, lang, start, end, quote);
  }
};

struct Node {
  NodeId id;
  NodeKind kind = NodeKind::kPerson;
  std::string label;
  std::vector<std::string> aliases;
  Value props = Value::MakeObject();
  std::vector<Evidence> evidence;

  template <class Archive>
  void serialize(Archive& ar) {
    ar(id, kind, label, aliases, props, evidence);
  }
};

struct Edge {
  NodeId source;
  NodeId target;
  EdgeKind kind = EdgeKind::kMentions;
  Value props = Value::MakeObject();
  std::vector<Evidence> evidence;

  template <class Archive>
  void serialize(Archive& ar) {
    ar(source, target, kind, props, evidence);
  }
};

// Folds `from` into `into` (same id): aliases and evidence are unioned in
// order, props merge by MergeValue; label and kind of `into` stay.
void MergeNode(Node& into, const Node& from);
// The same for two edges with the same source, kind and target.
void MergeEdge(Edge& into, const Edge& from);

// A node id's slug: "Kim Il Sung" -> "kim-il-sung", "Пхеньян" ->
// "pkhenian". ASCII letters are lower-cased and digits kept; Russian letters
// are spelled in text::LatinScheme::kId; apostrophes vanish ("People's" ->
// "peoples"); every other run of characters (spaces, punctuation, other
// scripts) becomes one hyphen, none at either end. Ids are a public
// contract: tests/graph/slug_test.cc pins them.
std::string Slug(std::string_view text);

}  // namespace parley::graph

#endif  // PARLEY_GRAPH_MODEL_H_
