// Stage: sides and governments (detail/sides.h). Runs over a page's whole
// fragment, when every document's authors, roles and mentions are known.
#include "importers/detail/sides.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "graph/props.h"
#include "importers/detail/line_words.h"
#include "importers/detail/page_text.h"
#include "text/chars.h"
#include "text/utf8.h"

namespace parley::importers::detail {
namespace {

namespace prop = graph::prop;
using graph::Edge;
using graph::EdgeKind;
using graph::Evidence;
using graph::Node;
using graph::NodeId;
using graph::NodeKind;

// A person named at most this many words from an office is the holder of
// the office named ("ПАК ДЕНЧО — заместитель министра иностранных дел",
// "the deputy minister of foreign affairs PAK DEN CHO").
constexpr size_t kAppositionWords = 2;

// The words of `s`, or nullopt when a sentence or a paragraph ends in it.
std::optional<size_t> WordsBetween(std::string_view s) {
  if (s.find(". ") != std::string_view::npos ||
      s.find('\n') != std::string_view::npos ||
      s.find(';') != std::string_view::npos ||
      s.find('<') != std::string_view::npos) {
    return std::nullopt;
  }
  size_t words = 0;
  bool in_word = false;
  for (size_t i = 0; i < s.size();) {
    bool letter = text::IsLetterOrDigit(text::NextCodePoint(s, i));
    if (letter && !in_word) ++words;
    in_word = letter;
  }
  return words;
}

class SideReader {
 public:
  SideReader(const Gazetteer& gazetteer, std::string_view source,
             graph::Fragment fragment)
      : gazetteer_(gazetteer), source_(source), in_(std::move(fragment)) {
    for (const Edge& e : in_.edges()) {
      if (e.kind == EdgeKind::kAuthored) authors_[e.target].push_back(e.source);
    }
  }

  graph::Fragment Run() {
    std::vector<Node> nodes = in_.nodes();
    std::vector<Edge> edges = in_.edges();
    ResolveOffices(nodes, edges);
    for (Node& n : nodes) index_[n.id] = &n;
    for (Node& n : nodes) {
      if (n.kind == NodeKind::kPerson || n.kind == NodeKind::kOrganization)
        SetFromGazetteer(n);
    }
    for (Node& n : nodes) {
      if (n.kind == NodeKind::kDocument) SetDocumentSide(n);
    }
    for (Node& n : nodes) {
      if (n.kind == NodeKind::kDelegation) SetDelegationSide(n, edges);
    }
    for (Node& n : nodes) {
      if (n.kind == NodeKind::kPerson && Side(n).empty())
        SetFromRoles(n, edges);
    }
    graph::Fragment out;
    out.page_id = in_.page_id;
    out.source_path = in_.source_path;
    out.text = std::move(in_.text);
    out.content_hash = in_.content_hash;
    out.layout = in_.layout;
    out.warnings = in_.warnings;
    for (Node& n : nodes) out.AddNode(std::move(n));
    for (Edge& e : edges) out.AddEdge(std::move(e));
    return out;
  }

 private:
  static std::string Side(const Node& n) {
    return n.props.GetString(prop::kSide);
  }

  static void Set(Node& n, const std::string& side, const std::string& role) {
    if (side.empty()) return;
    n.props[prop::kSide] = side;
    if (!role.empty()) n.props[prop::kSideRole] = role;
  }

  std::string GovernmentOf(const NodeId& id) const {
    const GazetteerEntry* e = gazetteer_.FindById(id);
    return e == nullptr ? std::string() : e->government;
  }

  // The government a document speaks for: its first author's that has one.
  std::string DocumentGovernment(const NodeId& doc) const {
    auto it = authors_.find(doc);
    if (it == authors_.end()) return {};
    for (const NodeId& a : it->second) {
      if (std::string g = GovernmentOf(a); !g.empty()) return g;
    }
    return {};
  }

  // The government of the person named beside `ev` (kAppositionWords),
  // the nearest one.
  std::string BesideGovernment(const Evidence& ev,
                               const std::vector<Node>& nodes) const {
    std::string best;
    size_t best_words = kAppositionWords + 1;
    for (const Node& n : nodes) {
      if (n.kind != NodeKind::kPerson) continue;
      std::string g = GovernmentOf(n.id);
      if (g.empty()) continue;
      for (const Evidence& p : n.evidence) {
        if (p.doc != ev.doc || p.end > source_.size() ||
            ev.end > source_.size()) {
          continue;
        }
        size_t from = std::min(p.end, ev.end);
        size_t to = std::max(p.start, ev.start);
        if (to < from) continue;  // overlapping spans
        std::optional<size_t> words =
            WordsBetween(source_.substr(from, to - from));
        if (words && *words < best_words) {
          best_words = *words;
          best = g;
        }
      }
    }
    return best;
  }

  // The government of a mention `ev` of generic office `office`, which
  // edge `edge` (or none) carries.
  std::string GovernmentAt(const Evidence& ev, const NodeId& office,
                           const Edge* edge, const std::vector<Node>& nodes,
                           const std::vector<Edge>& edges) const {
    if (edge != nullptr && (edge->kind == EdgeKind::kHoldsRole ||
                            edge->kind == EdgeKind::kMemberOf)) {
      if (std::string g = GovernmentOf(edge->source); !g.empty()) return g;
    }
    if (std::string g = BesideGovernment(ev, nodes); !g.empty()) return g;
    for (const Edge& e : edges) {
      if (e.kind != EdgeKind::kHoldsRole || e.target != office) continue;
      std::string g = GovernmentOf(e.source);
      if (g.empty()) continue;
      for (const Evidence& r : e.evidence) {
        if (r.doc == ev.doc && r.start <= ev.start && ev.end <= r.end) return g;
      }
    }
    NodeId doc;
    if (edge != nullptr) {
      doc = edge->kind == EdgeKind::kAuthored ? edge->target : edge->source;
    } else {
      for (const Edge& e : edges) {
        if (e.kind != EdgeKind::kMentions || e.target != office) continue;
        if (std::find(e.evidence.begin(), e.evidence.end(), ev) !=
            e.evidence.end()) {
          doc = e.source;
        }
      }
    }
    if (std::string g = DocumentGovernment(doc); !g.empty()) return g;
    return DocumentGovernment(in_.page_id);
  }

  // Moves the mentions and edges of generic offices to their governments'.
  void ResolveOffices(std::vector<Node>& nodes, std::vector<Edge>& edges) {
    std::map<NodeId, const GazetteerEntry*> generic;
    for (const Node& n : nodes) {
      if (n.kind == NodeKind::kOrganization && gazetteer_.HasOffices(n.id))
        generic[n.id] = gazetteer_.FindById(n.id);
    }
    if (generic.empty()) return;
    auto office_for = [&](const NodeId& id, const std::string& government) {
      const GazetteerEntry* e = gazetteer_.OfficeOf(id, government);
      return e == nullptr ? id : e->id;
    };
    std::vector<Edge> moved_edges;
    for (const Edge& e : edges) {
      const bool to = generic.count(e.target) > 0;
      const bool from = generic.count(e.source) > 0;
      if (!to && !from) {
        moved_edges.push_back(e);
        continue;
      }
      const NodeId& office = to ? e.target : e.source;
      std::map<NodeId, Edge> split;
      for (const Evidence& ev : e.evidence) {
        NodeId id =
            office_for(office, GovernmentAt(ev, office, &e, nodes, edges));
        auto [it, fresh] = split.try_emplace(id, e);
        if (fresh) {
          it->second.evidence.clear();
          (to ? it->second.target : it->second.source) = id;
        }
        it->second.evidence.push_back(ev);
      }
      for (auto& [id, part] : split) moved_edges.push_back(std::move(part));
    }
    std::vector<Node> moved_nodes;
    for (const Node& n : nodes) {
      if (generic.count(n.id) == 0) {
        moved_nodes.push_back(n);
        continue;
      }
      std::map<NodeId, Node> split;
      for (const Evidence& ev : n.evidence) {
        NodeId id =
            office_for(n.id, GovernmentAt(ev, n.id, nullptr, nodes, edges));
        auto [it, fresh] = split.try_emplace(id, n);
        Node& part = it->second;
        if (fresh) {
          part.evidence.clear();
          part.aliases.clear();
          if (const GazetteerEntry* entry = gazetteer_.FindById(id)) {
            part.id = entry->id;
            part.label = entry->label;
          }
        }
        part.evidence.push_back(ev);
        // The spellings this office was named by on the page.
        std::string alias = ev.quote;
        if (!alias.empty() && alias != part.label &&
            std::find(part.aliases.begin(), part.aliases.end(), alias) ==
                part.aliases.end()) {
          part.aliases.push_back(alias);
        }
      }
      for (auto& [id, part] : split) moved_nodes.push_back(std::move(part));
    }
    // An edge moved to an office no mention named still needs its node.
    std::set<NodeId> present;
    for (const Node& n : moved_nodes) present.insert(n.id);
    for (const Edge& e : moved_edges) {
      for (const NodeId& id : {e.source, e.target}) {
        const GazetteerEntry* entry = gazetteer_.FindById(id);
        if (present.count(id) > 0 || entry == nullptr || entry->office.empty())
          continue;
        Node n;
        n.id = entry->id;
        n.kind = entry->kind;
        n.label = entry->label;
        n.props[prop::kResolved] = true;
        n.evidence = e.evidence;
        moved_nodes.push_back(std::move(n));
        present.insert(id);
      }
    }
    nodes = std::move(moved_nodes);
    edges = std::move(moved_edges);
  }

  void SetFromGazetteer(Node& n) const {
    const GazetteerEntry* e = gazetteer_.FindById(n.id);
    if (e == nullptr) return;
    Set(n, gazetteer_.SideOf(*e), e->side_role);
    if (n.kind == NodeKind::kPerson && !e->government.empty())
      n.props[prop::kGovernment] = e->government;
  }

  // A document acts for its authors' side and government, each when they
  // agree.
  void SetDocumentSide(Node& doc) const {
    auto it = authors_.find(doc.id);
    if (it == authors_.end()) return;
    std::set<std::string> sides, roles, governments;
    for (const NodeId& a : it->second) {
      auto n = index_.find(a);
      if (n == index_.end()) continue;
      if (std::string g = n->second->props.GetString(prop::kGovernment);
          !g.empty())
        governments.insert(std::move(g));
      std::string side = Side(*n->second);
      if (side.empty()) continue;
      sides.insert(side);
      roles.insert(n->second->props.GetString(prop::kSideRole));
    }
    if (governments.size() == 1)
      doc.props[prop::kGovernment] = *governments.begin();
    if (sides.size() != 1) return;
    Set(doc, *sides.begin(), roles.size() == 1 ? *roles.begin() : "");
  }

  // A delegation acts for its members' side, else its document's.
  void SetDelegationSide(Node& delegation, const std::vector<Edge>& edges) {
    std::set<std::string> sides;
    for (const Edge& e : edges) {
      if (e.target != delegation.id ||
          (e.kind != EdgeKind::kMemberOf && e.kind != EdgeKind::kHeads)) {
        continue;
      }
      auto n = index_.find(e.source);
      if (n != index_.end() && !Side(*n->second).empty())
        sides.insert(Side(*n->second));
    }
    if (sides.empty()) {
      auto doc = index_.find(delegation.props.GetString(prop::kDocument));
      if (doc != index_.end() && !Side(*doc->second).empty())
        sides.insert(Side(*doc->second));
    }
    if (sides.size() == 1) Set(delegation, *sides.begin(), "delegation");
  }

  // A person the gazetteer lacks acts for the delegation he is a member
  // of, or the organisation he holds a role in.
  void SetFromRoles(Node& person, const std::vector<Edge>& edges) const {
    for (const Edge& e : edges) {
      if (e.source != person.id) continue;
      auto n = index_.find(e.target);
      if (n == index_.end() || Side(*n->second).empty()) continue;
      if (e.kind == EdgeKind::kMemberOf || e.kind == EdgeKind::kHeads) {
        Set(person, Side(*n->second), "delegation");
        return;
      }
      if (e.kind == EdgeKind::kHoldsRole) {
        Set(person, Side(*n->second),
            n->second->props.GetString(prop::kSideRole));
        return;
      }
    }
  }

  const Gazetteer& gazetteer_;
  std::string_view source_;
  graph::Fragment in_;
  std::map<NodeId, std::vector<NodeId>> authors_;  // document -> authors
  std::map<NodeId, Node*> index_;
};

}  // namespace

graph::Fragment AssignSides(const Gazetteer& gazetteer, std::string_view source,
                            graph::Fragment fragment) {
  return SideReader(gazetteer, source, std::move(fragment)).Run();
}

int SideAgainst(const Gazetteer& gazetteer, const GazetteerEntry& person,
                const std::vector<DocDraft::Party>& writers) {
  std::string theirs = gazetteer.SideOf(person);
  if (theirs.empty() || writers.empty()) return 0;
  for (const DocDraft::Party& writer : writers) {
    const GazetteerEntry* e = gazetteer.FindById(writer.id);
    std::string ours = e != nullptr ? gazetteer.SideOf(*e) : "";
    if (ours.empty()) return 0;
    if (ours == theirs) return 1;
  }
  return -1;
}

bool OwnSidePronoun(const Gazetteer& gazetteer, std::string_view line,
                    std::string_view part, size_t at,
                    const std::vector<DocDraft::Party>& writers) {
  std::vector<std::string_view> word = FirstWords(part.substr(at), 1);
  static constexpr std::string_view kPronouns[] = {"he", "she", "он", "она"};
  if (word.empty() ||
      std::ranges::find(kPronouns, LowerText(word[0])) == std::end(kPronouns))
    return false;
  std::string_view before =
      line.substr(0, static_cast<size_t>(part.data() - line.data()) + at);
  const Mention* last = nullptr;
  std::vector<Mention> mentions = gazetteer.FindMentions(before, 0);
  for (const Mention& m : mentions)
    if (m.entry->kind == NodeKind::kPerson) last = &m;
  return last != nullptr && SideAgainst(gazetteer, *last->entry, writers) > 0;
}

}  // namespace parley::importers::detail
