#include "queries/who_proposed.h"

#include <algorithm>
#include <set>

namespace parley::queries {
namespace {

using graph::EdgeKind;
using graph::Node;
using graph::NodeId;
using graph::NodeKind;

std::string PropString(const Node& n, std::string_view key) {
  return n.props.GetString(key);
}

// "telegram 21404", "message of 1951-06-30".
std::string ShortDocLabel(const Node& doc) {
  std::string type = PropString(doc, "doc_type");
  if (type.empty()) type = "document";
  const graph::Value* number = doc.props.Get("number");
  if (number != nullptr && number->is_string()) return type + " " + number->as_string();
  if (number != nullptr && number->is_array() && !number->as_array().empty() &&
      number->as_array()[0].is_string()) {
    return type + " " + number->as_array()[0].as_string();
  }
  std::string date = PropString(doc, "date");
  return date.empty() ? type : type + " of " + date;
}

std::vector<Node> Sources(storage::Reader& reader, const NodeId& id, EdgeKind kind) {
  std::vector<Node> out;
  for (const graph::Edge& e : reader.InEdges(id, kind)) {
    if (auto n = reader.GetNode(e.source)) out.push_back(std::move(*n));
  }
  return out;
}

std::vector<Node> Targets(storage::Reader& reader, const NodeId& id, EdgeKind kind) {
  std::vector<Node> out;
  for (const graph::Edge& e : reader.OutEdges(id, kind)) {
    if (auto n = reader.GetNode(e.target)) out.push_back(std::move(*n));
  }
  return out;
}

TransmissionStep Step(TransmissionStep::Role role, const Node& person, const Node& doc) {
  TransmissionStep s;
  s.role = role;
  s.person = person.id;
  s.person_label = person.label;
  s.document = doc.id;
  s.document_label = ShortDocLabel(doc);
  s.date = PropString(doc, "date");
  s.sent = PropString(doc, "sent");
  s.received = PropString(doc, "received");
  return s;
}

// Every word of `query` occurs in `text` (both folded).
bool ContainsWords(const std::string& text, const std::string& query) {
  size_t b = 0;
  while (b < query.size()) {
    size_t e = query.find(' ', b);
    if (e == std::string::npos) e = query.size();
    if (e > b && text.find(query.substr(b, e - b)) == std::string::npos) return false;
    b = e + 1;
  }
  return true;
}

std::string ClauseText(const Node& clause) {
  std::string all;
  if (const graph::Value* text = clause.props.Get("text"); text && text->is_object()) {
    for (const auto& [lang, v] : text->as_object()) {
      if (v.is_string()) all += v.as_string() + " ";
    }
  }
  return storage::NameKey(all + clause.label);
}

bool HasTopic(const Node& clause, const std::string& topic) {
  const graph::Value* topics = clause.props.Get("topics");
  if (topics == nullptr || !topics->is_array()) return false;
  for (const graph::Value& t : topics->as_array()) {
    if (t.is_string() && t.as_string() == topic) return true;
  }
  return false;
}

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string_view RoleName(TransmissionStep::Role role) {
  switch (role) {
    case TransmissionStep::Role::kProposer: return "proposed";
    case TransmissionStep::Role::kForwarder: return "forwarded";
    case TransmissionStep::Role::kRelay: return "via";
    case TransmissionStep::Role::kAddressee: return "to";
  }
  return "";
}

std::vector<TransmissionStep> TransmissionChain(storage::Reader& reader,
                                                const NodeId& doc_id) {
  std::vector<TransmissionStep> chain;
  auto doc = reader.GetNode(doc_id);
  if (!doc) return chain;
  for (const Node& a : Sources(reader, doc->id, EdgeKind::kAuthored)) {
    chain.push_back(Step(TransmissionStep::Role::kProposer, a, *doc));
  }
  Node current = *doc;
  std::set<NodeId> seen = {current.id};
  while (true) {
    std::vector<Node> parents = Sources(reader, current.id, EdgeKind::kEmbeds);
    if (parents.empty() || seen.count(parents[0].id)) break;
    // Whoever the embedded text was addressed to, when they are not the one
    // who passes it on, is a step too.
    const Node& parent = parents[0];
    std::vector<Node> forwarders = Sources(reader, parent.id, EdgeKind::kAuthored);
    for (const Node& r : Targets(reader, current.id, EdgeKind::kAddressedTo)) {
      bool forwards = std::any_of(forwarders.begin(), forwarders.end(),
                                  [&](const Node& f) { return f.id == r.id; });
      if (!forwards) chain.push_back(Step(TransmissionStep::Role::kAddressee, r, current));
    }
    for (const Node& f : forwarders) {
      chain.push_back(Step(TransmissionStep::Role::kForwarder, f, parent));
    }
    for (const Node& v : Targets(reader, parent.id, EdgeKind::kVia)) {
      chain.push_back(Step(TransmissionStep::Role::kRelay, v, parent));
    }
    current = parent;
    seen.insert(current.id);
  }
  if (current.id == doc->id) {
    for (const Node& v : Targets(reader, current.id, EdgeKind::kVia)) {
      chain.push_back(Step(TransmissionStep::Role::kRelay, v, current));
    }
  }
  for (const Node& r : Targets(reader, current.id, EdgeKind::kAddressedTo)) {
    chain.push_back(Step(TransmissionStep::Role::kAddressee, r, current));
  }
  return chain;
}

std::vector<std::string> CitationsOf(storage::Reader& reader, const NodeId& doc_id) {
  // The outer document of the page holds the citation.
  NodeId id = doc_id;
  std::set<NodeId> seen;
  while (seen.insert(id).second) {
    std::vector<graph::Edge> parents = reader.InEdges(id, EdgeKind::kEmbeds);
    if (parents.empty()) break;
    id = parents[0].source;
  }
  std::vector<std::string> out;
  auto doc = reader.GetNode(id);
  if (!doc) return out;
  if (const graph::Value* src = doc->props.Get("source"); src && src->is_array()) {
    for (const graph::Value& s : src->as_array()) {
      std::string c = s.GetString("citation");
      if (!c.empty()) out.push_back(c);
    }
  }
  return out;
}

Result<std::vector<NodeId>> FindPersons(storage::Reader& reader, const std::string& name) {
  if (auto n = reader.GetNode(name); n && n->kind == NodeKind::kPerson) {
    return std::vector<NodeId>{n->id};
  }
  std::vector<NodeId> found;
  for (const NodeId& id : reader.LookupName(name)) {
    if (auto n = reader.GetNode(id); n && n->kind == NodeKind::kPerson) found.push_back(id);
  }
  if (!found.empty()) return found;
  // A part of a name ("Stalin" for "Joseph Stalin"), then the nearest names.
  std::string key = storage::NameKey(name);
  std::vector<std::pair<size_t, std::string>> near;
  reader.ForEachNode([&](const Node& n) {
    if (n.kind != NodeKind::kPerson) return true;
    std::vector<std::string> names = n.aliases;
    names.push_back(n.label);
    size_t best = std::string::npos;
    for (const std::string& a : names) {
      std::string k = storage::NameKey(a);
      std::string padded = " " + k + " ";
      if (padded.find(" " + key + " ") != std::string::npos) {
        found.push_back(n.id);
        return true;
      }
      best = std::min(best, EditDistance(k, key));
    }
    near.emplace_back(best, n.label);
    return true;
  });
  if (!found.empty()) return found;
  std::sort(near.begin(), near.end());
  std::string message = "no person named '" + name + "'";
  if (!near.empty() && near[0].first <= std::max<size_t>(2, key.size() / 3)) {
    message += "; did you mean";
    for (size_t i = 0; i < near.size() && i < 3; ++i) {
      if (near[i].first > near[0].first + 1) break;
      message += (i ? ", '" : " '") + near[i].second + "'";
    }
    message += "?";
  }
  return Status::NotFound(message);
}

Result<std::vector<ProposalAnswer>> WhoProposed(storage::Reader& reader,
                                                const WhoProposedQuery& query) {
  std::set<NodeId> by;
  if (!query.by.empty()) {
    auto persons = FindPersons(reader, query.by);
    if (!persons.ok()) return persons.status();
    by.insert(persons->begin(), persons->end());
  }
  std::vector<Node> clauses;
  if (auto n = reader.GetNode(query.text); n && n->kind == NodeKind::kClause) {
    clauses.push_back(std::move(*n));
  } else {
    std::string words = storage::NameKey(query.text);
    reader.ForEachNode([&](const Node& n) {
      if (n.kind != NodeKind::kClause) return true;
      if (query.text.empty() || HasTopic(n, query.text) ||
          ContainsWords(ClauseText(n), words)) {
        clauses.push_back(n);
      }
      return true;
    });
  }
  std::vector<ProposalAnswer> answers;
  for (Node& clause : clauses) {
    ProposalAnswer a;
    a.proposers = Sources(reader, clause.id, EdgeKind::kProposes);
    if (!by.empty() && std::none_of(a.proposers.begin(), a.proposers.end(),
                                    [&](const Node& p) { return by.count(p.id) > 0; })) {
      continue;
    }
    std::vector<Node> docs = Sources(reader, clause.id, EdgeKind::kHasClause);
    if (!docs.empty()) {
      a.document = docs[0];
      a.chain = TransmissionChain(reader, a.document.id);
      a.citations = CitationsOf(reader, a.document.id);
      NodeId outer = a.document.id;
      std::set<NodeId> seen;
      while (seen.insert(outer).second) {
        auto parents = reader.InEdges(outer, EdgeKind::kEmbeds);
        if (parents.empty()) break;
        outer = parents[0].source;
      }
      if (auto o = reader.GetNode(outer)) a.page_title = PropString(*o, "title");
    }
    a.clause = std::move(clause);
    answers.push_back(std::move(a));
  }
  if (answers.empty()) {
    return Status::NotFound(query.by.empty()
                                ? "no clause matches '" + query.text + "'"
                                : "no clause proposed by '" + query.by + "' matches");
  }
  std::stable_sort(answers.begin(), answers.end(), [](const ProposalAnswer& x, const ProposalAnswer& y) {
    std::string dx = PropString(x.document, "date"), dy = PropString(y.document, "date");
    if (dx != dy) return dx < dy;
    if (x.document.id != y.document.id) return x.document.id < y.document.id;
    const graph::Value* px = x.clause.props.Get("position");
    const graph::Value* py = y.clause.props.Get("position");
    int64_t ix = px && px->is_int() ? px->as_int() : 0;
    int64_t iy = py && py->is_int() ? py->as_int() : 0;
    return ix < iy;
  });
  return answers;
}

}  // namespace parley::queries
