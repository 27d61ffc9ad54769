#include "queries/timeline.h"

#include <algorithm>
#include <unordered_map>

#include "graph/props.h"
#include "queries/detail/walk.h"
#include "queries/documents.h"

namespace parley::queries {

using graph::EdgeKind;
using graph::Node;
using graph::NodeId;
using graph::NodeKind;
namespace prop = graph::prop;

namespace {

using detail::Direction;

bool IsDigits(std::string_view s, size_t n) {
  return s.size() == n && std::all_of(s.begin(), s.end(), [](char c) {
           return c >= '0' && c <= '9';
         });
}

// Brief copies of the stored nodes among `ids`, in their order.
std::vector<Node> Ends(Snapshot& snapshot, const std::vector<NodeId>& ids) {
  std::vector<Node> out;
  for (const NodeId& id : ids) {
    if (const Node* n = snapshot.FindHead(id)) out.push_back(Brief(*n));
  }
  return out;
}

bool Has(const std::vector<Node>& nodes, const NodeId& id) {
  return std::any_of(nodes.begin(), nodes.end(),
                     [&](const Node& n) { return n.id == id; });
}

int64_t Position(const Node& clause) {
  return graph::IntAt(clause.props, prop::kPosition);
}

bool InRange(const TimelineQuery& query, const std::string& date) {
  if (!query.from.empty() && (date.empty() || date < query.from)) return false;
  if (!query.to.empty() &&
      (date.empty() || date.substr(0, query.to.size()) > query.to)) {
    return false;
  }
  return true;
}

// The documents a person may have a role in: those they wrote (AUTHORED
// out), were addressed, relayed or copied (ADDRESSED_TO, VIA, COPY_TO in),
// and those holding a clause they proposed. Read from the person's own
// adjacency; sorted by id.
std::vector<NodeId> DocumentsOf(Snapshot& snapshot, const NodeId& person) {
  std::vector<NodeId> ids;
  auto add = [&](const std::vector<NodeId>& more) {
    ids.insert(ids.end(), more.begin(), more.end());
  };
  add(detail::FarEnds(snapshot, person, Direction::kOut, EdgeKind::kAuthored));
  for (EdgeKind kind :
       {EdgeKind::kAddressedTo, EdgeKind::kVia, EdgeKind::kCopyTo}) {
    add(detail::FarEnds(snapshot, person, Direction::kIn, kind));
  }
  for (const NodeId& clause : detail::FarEnds(snapshot, person, Direction::kOut,
                                              EdgeKind::kProposes)) {
    // A clause that is not stored makes no one its proposer.
    if (snapshot.FindHead(clause) == nullptr) continue;
    add(detail::FarEnds(snapshot, clause, Direction::kIn,
                        EdgeKind::kHasClause));
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

// The documents of the timeline, before the person's roles are checked:
// the person's, else those dated in range (the date index), else every
// document.
std::vector<NodeId> Candidates(Snapshot& snapshot, const TimelineQuery& query,
                               const std::optional<Node>& person) {
  if (person) return DocumentsOf(snapshot, person->id);
  storage::Reader& reader = snapshot.reader();
  if (query.from.empty() && query.to.empty()) {
    return reader.Lookup(storage::Reader::Index::kKind,
                         graph::NodeKindName(NodeKind::kDocument));
  }
  std::vector<NodeId> ids;
  // `to` is a prefix: "1951-07" takes in "1951-07-31".
  std::string upper = query.to.empty() ? "" : query.to + "\xff";
  reader.LookupRange(storage::Reader::Index::kDate, query.from, upper,
                     [&](std::string_view date, const NodeId& id) {
                       if (InRange(query, std::string(date))) ids.push_back(id);
                       return true;
                     });
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

// The entry of `doc` with its people and clauses.
TimelineEntry MakeEntry(Snapshot& snapshot, const Node& doc,
                        const std::optional<Node>& person) {
  TimelineEntry e;
  e.date = doc.props.GetString(prop::kDate);
  e.sent = doc.props.GetString(prop::kSent);
  e.received = doc.props.GetString(prop::kReceived);
  auto ends = [&](const NodeId& id, Direction direction, EdgeKind kind) {
    return Ends(snapshot, detail::FarEnds(snapshot, id, direction, kind));
  };
  e.authors = ends(doc.id, Direction::kIn, EdgeKind::kAuthored);
  e.recipients = ends(doc.id, Direction::kOut, EdgeKind::kAddressedTo);
  e.relays = ends(doc.id, Direction::kOut, EdgeKind::kVia);
  std::vector<NodeId> parents =
      detail::FarEnds(snapshot, doc.id, Direction::kIn, EdgeKind::kEmbeds);
  if (!parents.empty()) e.outer = parents[0];
  for (const Node& c : ends(doc.id, Direction::kOut, EdgeKind::kHasClause)) {
    e.clauses.push_back({c, ends(c.id, Direction::kIn, EdgeKind::kProposes)});
  }
  std::stable_sort(e.clauses.begin(), e.clauses.end(),
                   [](const TimelineClause& a, const TimelineClause& b) {
                     return Position(a.clause) < Position(b.clause);
                   });
  if (person) {
    const NodeId& p = person->id;
    if (Has(e.authors, p)) e.roles.push_back("author");
    if (Has(e.recipients, p)) e.roles.push_back("addressee");
    if (Has(e.relays, p)) e.roles.push_back("relay");
    if (Has(ends(doc.id, Direction::kOut, EdgeKind::kCopyTo), p)) {
      e.roles.push_back("copy");
    }
    if (std::any_of(
            e.clauses.begin(), e.clauses.end(),
            [&](const TimelineClause& c) { return Has(c.proposers, p); })) {
      e.roles.push_back("proposer");
    }
  }
  e.document = doc;
  return e;
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

  // The order needs only the documents' heads (date, sent, received) and
  // their RESPONDS_TO edges; people and clauses are read for the entries
  // listed.
  struct Item {
    const Node* doc;
    std::string date, time;
  };
  std::vector<Item> list;
  for (const NodeId& id : Candidates(snapshot, query, result.person)) {
    const Node* doc = snapshot.FindHead(id);
    if (doc == nullptr || doc->kind != NodeKind::kDocument) continue;
    std::string date = doc->props.GetString(prop::kDate);
    if (!InRange(query, date)) continue;
    std::string sent = doc->props.GetString(prop::kSent);
    list.push_back({doc, std::move(date),
                    sent.empty() ? doc->props.GetString(prop::kReceived)
                                 : std::move(sent)});
  }
  std::stable_sort(list.begin(), list.end(), [](const Item& a, const Item& b) {
    if (a.date.empty() != b.date.empty()) return b.date.empty();
    if (a.date != b.date) return a.date < b.date;
    if (a.time != b.time) return a.time < b.time;
    return a.doc->id < b.doc->id;
  });
  // A reply of the same day as what it answers comes after it, whatever
  // times the pages give (often none).
  std::unordered_map<NodeId, std::vector<NodeId>> answered;
  auto answers = [&](const Item& reply, const Item& target) {
    auto it = answered.find(reply.doc->id);
    if (it == answered.end()) {
      it = answered
               .emplace(reply.doc->id,
                        detail::FarEnds(snapshot, reply.doc->id,
                                        Direction::kOut, EdgeKind::kRespondsTo))
               .first;
    }
    return std::binary_search(it->second.begin(), it->second.end(),
                              target.doc->id);
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

  size_t i = 0;
  for (; i < list.size() && result.entries.size() < query.limit; ++i) {
    TimelineEntry e = MakeEntry(snapshot, *list[i].doc, result.person);
    if (result.person && e.roles.empty()) continue;
    result.entries.push_back(std::move(e));
  }
  // Beyond --limit only counted: each of a person's documents was found
  // through one of their roles.
  result.total = result.entries.size() + (list.size() - i);
  return result;
}

}  // namespace parley::queries
