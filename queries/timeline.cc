#include "queries/timeline.h"

#include <algorithm>

#include "graph/props.h"
#include "queries/documents.h"

namespace parley::queries {

using graph::Adjacent;
using graph::EdgeKind;
using graph::GraphView;
using graph::Node;
using graph::NodeKind;
namespace prop = graph::prop;

namespace {

bool IsDigits(std::string_view s, size_t n) {
  return s.size() == n && std::all_of(s.begin(), s.end(), [](char c) {
           return c >= '0' && c <= '9';
         });
}

std::vector<Node> Ends(const GraphView& view,
                       const std::vector<Adjacent>& adj) {
  std::vector<Node> out;
  for (const Adjacent& a : adj) {
    if (auto i = view.IndexOf(a.node)) out.push_back(Brief(view.node(*i)));
  }
  return out;
}

bool Has(const std::vector<Node>& nodes, const graph::NodeId& id) {
  return std::any_of(nodes.begin(), nodes.end(),
                     [&](const Node& n) { return n.id == id; });
}

int64_t Position(const Node& clause) {
  return graph::IntAt(clause.props, prop::kPosition);
}

}  // namespace

bool IsIsoDatePrefix(std::string_view date) {
  if (date.size() < 4 || !IsDigits(date.substr(0, 4), 4)) return false;
  if (date.size() == 4) return true;
  if (date.size() < 7 || date[4] != '-' || !IsDigits(date.substr(5, 2), 2)) {
    return false;
  }
  int month = std::stoi(std::string(date.substr(5, 2)));
  if (month < 1 || month > 12) return false;
  if (date.size() == 7) return true;
  if (date.size() != 10 || date[7] != '-' || !IsDigits(date.substr(8, 2), 2)) {
    return false;
  }
  int day = std::stoi(std::string(date.substr(8, 2)));
  return day >= 1 && day <= 31;
}

Result<TimelineResult> Timeline(Snapshot& snapshot,
                                const TimelineQuery& query) {
  for (const std::string* d : {&query.from, &query.to}) {
    if (!d->empty() && !IsIsoDatePrefix(*d)) {
      return Status::InvalidArgument(
          "'" + *d + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }
  }
  TimelineResult result;
  if (!query.person.empty()) {
    auto person =
        ResolveNode(snapshot, query.person, NodeKind::kPerson, query.hint);
    if (!person.ok()) return person.status();
    result.person = std::move(person).value();
  }
  const GraphView& view = snapshot.View();
  for (const Node& doc : view.nodes()) {
    if (doc.kind != NodeKind::kDocument) continue;
    TimelineEntry e;
    e.date = doc.props.GetString(prop::kDate);
    if (!query.from.empty() && (e.date.empty() || e.date < query.from))
      continue;
    if (!query.to.empty() &&
        (e.date.empty() || e.date.substr(0, query.to.size()) > query.to)) {
      continue;
    }
    e.sent = doc.props.GetString(prop::kSent);
    e.received = doc.props.GetString(prop::kReceived);
    e.authors = Ends(view, view.InNeighbors(doc.id, {EdgeKind::kAuthored}));
    e.recipients =
        Ends(view, view.OutNeighbors(doc.id, {EdgeKind::kAddressedTo}));
    e.relays = Ends(view, view.OutNeighbors(doc.id, {EdgeKind::kVia}));
    std::vector<Adjacent> parents =
        view.InNeighbors(doc.id, {EdgeKind::kEmbeds});
    if (!parents.empty()) e.outer = parents[0].node;
    for (const Node& c :
         Ends(view, view.OutNeighbors(doc.id, {EdgeKind::kHasClause}))) {
      e.clauses.push_back(
          {c, Ends(view, view.InNeighbors(c.id, {EdgeKind::kProposes}))});
    }
    std::stable_sort(e.clauses.begin(), e.clauses.end(),
                     [](const TimelineClause& a, const TimelineClause& b) {
                       return Position(a.clause) < Position(b.clause);
                     });
    if (result.person) {
      const graph::NodeId& p = result.person->id;
      if (Has(e.authors, p)) e.roles.push_back("author");
      if (Has(e.recipients, p)) e.roles.push_back("addressee");
      if (Has(e.relays, p)) e.roles.push_back("relay");
      if (Has(Ends(view, view.OutNeighbors(doc.id, {EdgeKind::kCopyTo})), p)) {
        e.roles.push_back("copy");
      }
      if (std::any_of(
              e.clauses.begin(), e.clauses.end(),
              [&](const TimelineClause& c) { return Has(c.proposers, p); })) {
        e.roles.push_back("proposer");
      }
      if (e.roles.empty()) continue;
    }
    e.document = doc;
    result.entries.push_back(std::move(e));
  }
  auto time = [](const TimelineEntry& e) {
    return e.sent.empty() ? e.received : e.sent;
  };
  std::stable_sort(result.entries.begin(), result.entries.end(),
                   [&](const TimelineEntry& a, const TimelineEntry& b) {
                     if (a.date.empty() != b.date.empty())
                       return b.date.empty();
                     if (a.date != b.date) return a.date < b.date;
                     if (time(a) != time(b)) return time(a) < time(b);
                     return a.document.id < b.document.id;
                   });
  // A reply of the same day as what it answers comes after it, whatever
  // times the pages give (often none).
  std::vector<TimelineEntry>& list = result.entries;
  auto answers = [&](const TimelineEntry& reply, const TimelineEntry& target) {
    for (const Adjacent& a :
         view.OutNeighbors(reply.document.id, {EdgeKind::kRespondsTo})) {
      if (a.node == target.document.id) return true;
    }
    return false;
  };
  for (size_t pass = 0; pass < list.size(); ++pass) {
    bool moved = false;
    for (size_t i = 0; i + 1 < list.size() && !moved; ++i) {
      for (size_t j = i + 1; j < list.size() && list[j].date == list[i].date;
           ++j) {
        if (answers(list[i], list[j])) {
          std::rotate(list.begin() + i, list.begin() + i + 1,
                      list.begin() + j + 1);
          moved = true;
          break;
        }
      }
    }
    if (!moved) break;
  }
  return result;
}

}  // namespace parley::queries
