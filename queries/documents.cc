#include "queries/documents.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <unordered_set>

#include "graph/props.h"
#include "queries/detail/walk.h"

namespace parley::queries {

using graph::EdgeKind;
using graph::Node;
using graph::NodeId;
namespace prop = graph::prop;

std::string DocumentLabel(const Node& doc) {
  std::string type = doc.props.GetString(prop::kDocType);
  if (type.empty()) type = "document";
  std::vector<std::string> numbers = StringList(doc.props.Get(prop::kNumber));
  if (!numbers.empty()) return type + " " + numbers[0];
  std::string date = doc.props.GetString(prop::kDate);
  return date.empty() ? type : type + " of " + date;
}

Node Brief(const Node& node) {
  Node out;
  out.id = node.id;
  out.kind = node.kind;
  out.label = node.label;
  out.props = node.props;
  return out;
}

std::vector<std::string> StringList(const graph::Value* value) {
  return graph::Strings(value);
}

std::string ClauseText(const Node& clause, std::string_view lang) {
  const graph::Value* text = clause.props.Get(prop::kText);
  if (text == nullptr || !text->is_object()) return "";
  if (const graph::Value* t = text->Get(lang); t && t->is_string()) {
    return t->as_string();
  }
  for (const auto& [l, t] : text->as_object()) {
    if (t.is_string()) return t.as_string();
  }
  return "";
}

uint32_t OuterDocument(Snapshot& snapshot, uint32_t doc) {
  // Up the EMBEDS edges on dense ids (no edge is decoded): a document has
  // one parent, and of several the least id, as the in-edges sort.
  storage::Reader& reader = snapshot.reader();
  std::set<uint32_t> seen;
  std::vector<storage::Reader::Adjacent> parents;
  while (seen.insert(doc).second) {
    parents.clear();
    reader.Adjacency(doc, storage::Reader::Direction::kIn, {EdgeKind::kEmbeds},
                     parents);
    if (parents.empty()) break;
    uint32_t parent = parents[0].node;
    if (parents.size() > 1) {
      const NodeId* least = nullptr;
      for (const storage::Reader::Adjacent& a : parents) {
        const NodeId* id = snapshot.IdOf(a.node);
        if (id != nullptr && (least == nullptr || *id < *least)) {
          least = id;
          parent = a.node;
        }
      }
    }
    doc = parent;
  }
  return doc;
}

NodeId OuterDocumentId(Snapshot& snapshot, const NodeId& doc_id) {
  std::optional<uint32_t> dense = snapshot.reader().DenseId(doc_id);
  if (!dense) return doc_id;
  uint32_t outer = OuterDocument(snapshot, *dense);
  const NodeId* id = outer == *dense ? nullptr : snapshot.IdOf(outer);
  return id ? *id : doc_id;
}

std::vector<std::string> CitationsOf(Snapshot& snapshot, const NodeId& doc_id) {
  std::vector<std::string> out;
  const Node* doc = snapshot.FindHead(OuterDocumentId(snapshot, doc_id));
  if (doc == nullptr) return out;
  for (const graph::SourceCitation& s :
       graph::DocumentProps::From(*doc).sources) {
    if (!s.citation.empty()) out.push_back(s.citation);
  }
  return out;
}

std::vector<std::string> CitationsOf(storage::Reader& reader,
                                     const NodeId& doc_id) {
  Snapshot snapshot(reader);
  return CitationsOf(snapshot, doc_id);
}

std::vector<Node> SourcesOf(Snapshot& snapshot, const NodeId& id,
                            EdgeKind kind) {
  std::vector<Node> out;
  // Only the ends: no edge is merged with its evidence.
  for (const NodeId& source :
       detail::FarEnds(snapshot, id, detail::Direction::kIn, kind)) {
    if (const Node* n = snapshot.FindHead(source)) out.push_back(Brief(*n));
  }
  return out;
}

std::unordered_map<NodeId, std::string> DocumentDates(
    storage::Reader& reader, std::vector<NodeId> documents,
    size_t from_index_above, size_t keys_per_document) {
  using Index = storage::Reader::Index;
  std::sort(documents.begin(), documents.end());
  documents.erase(std::unique(documents.begin(), documents.end()),
                  documents.end());
  std::unordered_map<NodeId, std::string> dates;
  auto from_head = [&](const NodeId& id) {
    std::optional<Node> d = reader.GetNodeHead(id);
    dates[id] = d ? d->props.GetString(prop::kDate) : "";
  };
  if (documents.size() >= from_index_above && reader.Indexes(Index::kUndated)) {
    std::unordered_set<std::string_view> wanted(documents.begin(),
                                                documents.end());
    reader.LookupRange(Index::kUndated, "", "",
                       [&](std::string_view, const NodeId& id) {
                         if (wanted.erase(id)) dates[id] = "";
                         return true;
                       });
    size_t budget = keys_per_document * documents.size();
    bool whole = true;
    reader.LookupRange(Index::kDate, "", "",
                       [&](std::string_view date, const NodeId& id) {
                         if (budget-- == 0) return whole = false;
                         if (wanted.erase(id)) dates[id] = std::string(date);
                         return !wanted.empty();
                       });
    // A document under no date term, met by the whole pass, is not stored:
    // its head would give no date either.
    if (whole || wanted.empty()) return dates;
    for (std::string_view id : wanted) from_head(NodeId(id));
    return dates;
  }
  for (const NodeId& id : documents) from_head(id);
  return dates;
}

std::vector<Node> TargetsOf(Snapshot& snapshot, const NodeId& id,
                            EdgeKind kind) {
  std::vector<Node> out;
  for (const NodeId& target :
       detail::FarEnds(snapshot, id, detail::Direction::kOut, kind)) {
    if (const Node* n = snapshot.FindHead(target)) out.push_back(Brief(*n));
  }
  return out;
}

LinkEvidence LinkEvidenceOf(const graph::Edge& edge) {
  LinkEvidence l;
  l.matched_by = StringList(edge.props.Get(prop::kMatchedBy));
  if (const graph::Value* c = edge.props.Get(prop::kConfidence)) {
    if (c->is_double()) l.confidence = c->as_double();
    if (c->is_int()) l.confidence = static_cast<double>(c->as_int());
  }
  l.conflicts = StringList(edge.props.Get(prop::kConflicts));
  l.weak = edge.props.GetString(prop::kStrength) == prop::kWeak ||
           !l.conflicts.empty();
  return l;
}

std::vector<Proposer> ProposersOf(Snapshot& snapshot, const NodeId& clause_id) {
  std::vector<Proposer> out;
  for (const graph::Edge& e : detail::EdgesWithoutEvidence(
           snapshot, clause_id, storage::Reader::Direction::kIn,
           EdgeKind::kProposes)) {
    const Node* n = snapshot.FindHead(e.source);
    if (n == nullptr) continue;
    Proposer p;
    p.person = Brief(*n);
    p.modality = e.props.GetString(prop::kModality);
    std::string by = e.props.GetString(prop::kReportedBy);
    if (const Node* r = by.empty() ? nullptr : snapshot.FindHead(by)) {
      p.reported_by = Brief(*r);
    }
    out.push_back(std::move(p));
  }
  return out;
}

std::string SideOf(Snapshot& snapshot, const Node& node) {
  std::string side = node.props.GetString(prop::kSide);
  if (!side.empty() || node.kind != graph::NodeKind::kDocument) return side;
  NodeId outer = OuterDocumentId(snapshot, node.id);
  if (outer == node.id) return "";
  const Node* page = snapshot.FindHead(outer);
  return page ? page->props.GetString(prop::kSide) : "";
}

std::string SideOfProposal(Snapshot& snapshot,
                           const std::vector<Proposer>& proposers,
                           const Node& document) {
  std::set<std::string> sides;
  bool agreed = !proposers.empty();
  for (const Proposer& p : proposers) {
    std::string side = p.person.props.GetString(prop::kSide);
    if (!side.empty()) sides.insert(side);
    agreed = agreed && p.modality == prop::kAgreed;
  }
  if (agreed || sides.size() > 1) return "both";
  if (sides.size() == 1) return *sides.begin();
  // An agreed text is both sides', whoever forwarded it.
  if (document.props.GetString(prop::kDocType) == "agreement") return "both";
  return document.id.empty() ? "" : SideOf(snapshot, document);
}

std::string SideLabel(std::string_view side) {
  if (side == prop::kSideKpaCpv) return "KPA/CPV";
  if (side == prop::kSideUnc) return "UNC";
  if (side == "both") return "both sides";
  return std::string(side);
}

std::optional<std::string> ParseSide(std::string_view text) {
  std::string t;
  for (char c : text) {
    if (std::isalpha(static_cast<unsigned char>(c)))
      t += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (t == "kpacpv" || t == "kpa" || t == "cpv" || t == "communist" ||
      t == "communists")
    return std::string(prop::kSideKpaCpv);
  if (t == "unc" || t == "un" || t == "unitednationscommand")
    return std::string(prop::kSideUnc);
  if (t == "both") return std::string("both");
  return std::nullopt;
}

std::string_view RoleName(TransmissionStep::Role role) {
  switch (role) {
    case TransmissionStep::Role::kProposer:
      return "proposed";
    case TransmissionStep::Role::kAuthor:
      return "wrote";
    case TransmissionStep::Role::kForwarder:
      return "forwarded";
    case TransmissionStep::Role::kRelay:
      return "via";
    case TransmissionStep::Role::kAddressee:
      return "to";
    case TransmissionStep::Role::kReporter:
      return "reported";
  }
  return "";
}

namespace {

TransmissionStep Step(TransmissionStep::Role role, const Node& person,
                      const Node& doc) {
  TransmissionStep s;
  s.role = role;
  s.person = person.id;
  s.person_label = person.label;
  s.document = doc.id;
  s.document_label = DocumentLabel(doc);
  s.date = doc.props.GetString(prop::kDate);
  s.sent = doc.props.GetString(prop::kSent);
  s.received = doc.props.GetString(prop::kReceived);
  s.received_by = doc.props.GetString(prop::kReceivedBy);
  s.dateline = doc.props.GetString(prop::kDateline);
  return s;
}

}  // namespace

std::vector<TransmissionStep> TransmissionChain(
    Snapshot& snapshot, const NodeId& doc_id, const std::set<NodeId>& proposers,
    const std::set<NodeId>& reporters) {
  using Role = TransmissionStep::Role;
  std::vector<TransmissionStep> chain;
  const Node* doc = snapshot.FindHead(doc_id);
  if (doc == nullptr) return chain;
  for (const Node& a : SourcesOf(snapshot, doc->id, EdgeKind::kAuthored)) {
    Role role = proposers.count(a.id)   ? Role::kProposer
                : reporters.count(a.id) ? Role::kReporter
                                        : Role::kAuthor;
    chain.push_back(Step(role, a, *doc));
  }
  Node current = *doc;
  std::set<NodeId> seen = {current.id};
  while (true) {
    std::vector<Node> parents =
        SourcesOf(snapshot, current.id, EdgeKind::kEmbeds);
    if (parents.empty() || seen.count(parents[0].id)) break;
    const Node& parent = parents[0];
    std::vector<Node> forwarders =
        SourcesOf(snapshot, parent.id, EdgeKind::kAuthored);
    // Whoever the inner text was addressed to is a step of its own when
    // they are not the one who passes it on.
    for (const Node& r :
         TargetsOf(snapshot, current.id, EdgeKind::kAddressedTo)) {
      bool forwards = std::any_of(forwarders.begin(), forwarders.end(),
                                  [&](const Node& f) { return f.id == r.id; });
      if (!forwards) chain.push_back(Step(Role::kAddressee, r, current));
    }
    for (const Node& f : forwarders) {
      chain.push_back(Step(Role::kForwarder, f, parent));
    }
    for (const Node& v : TargetsOf(snapshot, parent.id, EdgeKind::kVia)) {
      chain.push_back(Step(Role::kRelay, v, parent));
    }
    current = parent;
    seen.insert(current.id);
  }
  if (current.id == doc->id) {
    for (const Node& v : TargetsOf(snapshot, current.id, EdgeKind::kVia)) {
      chain.push_back(Step(Role::kRelay, v, current));
    }
  }
  for (const Node& r :
       TargetsOf(snapshot, current.id, EdgeKind::kAddressedTo)) {
    chain.push_back(Step(Role::kAddressee, r, current));
  }
  return chain;
}

namespace {

Stance MakeStance(Snapshot& snapshot, const graph::Edge& edge,
                  const Node& doc) {
  Stance s;
  s.clause = edge.target;
  s.document = doc.id;
  s.document_label = DocumentLabel(doc);
  s.date = doc.props.GetString(prop::kDate);
  std::string holder = edge.props.GetString(prop::kHolder);
  if (const Node* h = holder.empty() ? nullptr : snapshot.FindHead(holder)) {
    s.authors = {Brief(*h)};
  } else {
    s.authors = SourcesOf(snapshot, doc.id, EdgeKind::kAuthored);
  }
  s.stance = edge.props.GetString(prop::kStance);
  s.partial = graph::IsTrue(edge.props, prop::kPartial);
  s.supported_stance = edge.props.GetString(prop::kSupportedStance);
  s.negated = graph::IsTrue(edge.props, prop::kNegated);
  s.conditional = graph::IsTrue(edge.props, prop::kConditional);
  s.link = LinkEvidenceOf(edge);
  s.via = edge.props.GetString(prop::kVia);
  if (const Node* via = s.via.empty() ? nullptr : snapshot.FindHead(s.via)) {
    s.via_label = DocumentLabel(*via);
  }
  if (!edge.evidence.empty()) {
    s.quote = edge.evidence[0].quote;
    s.lang = edge.evidence[0].lang;
  }
  return s;
}

void SortByDate(std::vector<Stance>& stances) {
  std::stable_sort(stances.begin(), stances.end(),
                   [](const Stance& a, const Stance& b) {
                     if (a.date != b.date) return a.date < b.date;
                     if (a.document != b.document)
                       return a.document < b.document;
                     return a.clause < b.clause;
                   });
}

}  // namespace

std::vector<Stance> StancesOn(Snapshot& snapshot, const NodeId& clause_id) {
  std::vector<Stance> out;
  for (const graph::Edge& e :
       snapshot.reader().InEdges(clause_id, EdgeKind::kStance)) {
    if (const Node* doc = snapshot.FindHead(e.source)) {
      out.push_back(MakeStance(snapshot, e, *doc));
    }
  }
  SortByDate(out);
  return out;
}

std::vector<Stance> StancesBy(Snapshot& snapshot, const NodeId& person_id) {
  std::vector<Stance> out;
  storage::Reader& reader = snapshot.reader();
  for (const graph::Edge& a : reader.OutEdges(person_id, EdgeKind::kAuthored)) {
    const Node* doc = snapshot.FindHead(a.target);
    if (doc == nullptr) continue;
    for (const graph::Edge& e : reader.OutEdges(doc->id, EdgeKind::kStance)) {
      out.push_back(MakeStance(snapshot, e, *doc));
    }
  }
  SortByDate(out);
  return out;
}

}  // namespace parley::queries
