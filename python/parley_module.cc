// `import parley`: a database opened read-only, its queries answering as
// lists of dicts (one per row, ready for pandas.DataFrame) and its graph as
// a networkx.MultiDiGraph. The queries are those of the `parley` command
// (queries/), given the same hints from the gazetteer and topic list.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "python/database.h"
#include "python/networkx.h"
#include "python/rows.h"
#include "queries/paths.h"
#include "queries/search.h"
#include "queries/snapshot.h"
#include "queries/stats.h"
#include "queries/trace.h"
#include "queries/who_proposed.h"
#include "storage/store.h"
#include "storage/text_index.h"

namespace parley::python {
namespace {

using namespace pybind11::literals;
using OptString = std::optional<std::string>;
using OptSize = std::optional<size_t>;

// --limit: none means no limit; 0 is a usage error, as on the command line.
size_t Limit(const OptSize& limit) {
  if (!limit) return SIZE_MAX;
  if (*limit == 0)
    ThrowStatus(Status::InvalidArgument("limit must be at least 1"));
  return *limit;
}

// `kinds` as the CLI's --kinds takes it: None (every kind), "AUTHORED,VIA"
// or a list of names.
graph::EdgeKindSet Kinds(const py::object& kinds) {
  if (kinds.is_none()) return graph::EdgeKindSet::All();
  std::string list;
  if (py::isinstance<py::str>(kinds)) {
    list = kinds.cast<std::string>();
  } else {
    for (const py::handle& k : kinds) {
      if (!list.empty()) list += ",";
      list += py::str(k).cast<std::string>();
    }
  }
  auto parsed = queries::ParseEdgeKinds(list);
  if (!parsed.ok()) ThrowStatus(parsed.status());
  return *parsed;
}

// A reader of the database as it is now, for one query.
std::unique_ptr<storage::Reader> NewReader(Database& db) {
  auto store = db.store();
  if (!store.ok()) ThrowStatus(store.status());
  return (*store)->NewReader();
}

py::list WhoProposed(Database& db, const std::string& text, const OptString& by,
                     const std::string& lang, const OptSize& limit,
                     const OptString& side, const OptString& from,
                     const OptString& to) {
  auto reader = NewReader(db);
  queries::Snapshot snapshot(*reader);
  queries::WhoProposedQuery query;
  query.text = text;
  query.by = by.value_or("");
  query.hint = db.NameHint();
  query.side = side.value_or("");
  query.from = from.value_or("");
  query.to = to.value_or("");
  query.limit = Limit(limit);
  // A clause or document id needs no topic list, as in the CLI.
  if (!text.empty() && snapshot.FindHead(text) == nullptr)
    query.topics = db.TopicsIn(text);
  auto result = queries::WhoProposed(snapshot, query);
  if (!result.ok()) ThrowStatus(result.status());
  return WhoProposedRows(*result, lang);
}

py::list Trace(Database& db, const std::string& text, const std::string& lang,
               const OptString& side, const OptString& from,
               const OptString& to, const OptSize& limit) {
  auto reader = NewReader(db);
  queries::Snapshot snapshot(*reader);
  queries::TraceQuery query;
  query.text = text;
  query.side = side.value_or("");
  query.from = from.value_or("");
  query.to = to.value_or("");
  query.limit = Limit(limit);
  if (snapshot.FindHead(text) == nullptr) query.topics = db.TopicsIn(text);
  auto result = queries::TraceClause(snapshot, query, {});
  // No clause matching is an empty answer, not an error (the CLI exits 1).
  if (!result.ok() && result.status().code() == Status::Code::kNotFound)
    return py::list();
  if (!result.ok()) ThrowStatus(result.status());
  return TraceRows(*result, lang);
}

py::list Search(Database& db, const std::string& text, size_t limit) {
  queries::SearchQuery query;
  query.text = text;
  query.limit = Limit(limit);
  query.spellings = [&db](std::string_view name) { return db.Spellings(name); };
  if (queries::QueryGroups(query).empty()) {
    ThrowStatus(
        Status::InvalidArgument("nothing to search for in '" + text + "'"));
  }
  auto reader = NewReader(db);
  auto index = db.text_index();
  if (!index.ok()) ThrowStatus(index.status());
  queries::Snapshot snapshot(*reader);
  auto result = queries::Search(snapshot, **index, query);
  if (!result.ok()) ThrowStatus(result.status());
  return SearchRows(*result);
}

py::list Neighbors(Database& db, const std::string& node, int depth,
                   const py::object& kinds, bool outward,
                   const OptSize& limit) {
  queries::NeighborsQuery query;
  query.node = node;
  query.depth = depth;
  query.kinds = Kinds(kinds);
  query.directed = outward;
  query.hint = db.NameHint();
  query.limit = Limit(limit);
  query.with_edges = false;
  auto reader = NewReader(db);
  queries::Snapshot snapshot(*reader);
  auto result = queries::Neighbors(snapshot, query);
  if (!result.ok()) ThrowStatus(result.status());
  return NeighborRows(*result);
}

py::dict Stats(Database& db) {
  auto reader = NewReader(db);
  auto stats = queries::CountGraph(*reader);
  if (!stats.ok()) ThrowStatus(stats.status());
  py::dict nodes, edges;
  for (int k = 0; k < graph::kNodeKindCount; ++k) {
    nodes[py::str(
        std::string(graph::NodeKindName(static_cast<graph::NodeKind>(k))))] =
        stats->nodes[k];
  }
  for (int k = 0; k < graph::kEdgeKindCount; ++k) {
    edges[py::str(
        std::string(graph::EdgeKindName(static_cast<graph::EdgeKind>(k))))] =
        stats->edges[k];
  }
  return py::dict("nodes"_a = stats->node_total(), "nodes_by_kind"_a = nodes,
                  "edges"_a = stats->edge_total(), "edges_by_kind"_a = edges,
                  "unresolved"_a = stats->unresolved, "pages"_a = stats->pages,
                  "page_bytes"_a = stats->page_bytes);
}

// `selection`: None (the whole graph, or `focus`'s neighbourhood), a dict
// {"focus", "depth", "kinds"}, or node ids, or rows of a query (each row's
// "id", else "clause", else "document" is taken).
py::object ToGraph(Database& db, const py::object& selection,
                   const OptString& focus, int depth, const py::object& kinds,
                   bool evidence) {
  GraphSelection s;
  s.focus = focus.value_or("");
  s.depth = depth;
  s.kinds = Kinds(kinds);
  s.with_evidence = evidence;
  if (py::isinstance<py::dict>(selection)) {
    py::dict d = selection.cast<py::dict>();
    if (d.contains("focus")) s.focus = d["focus"].cast<std::string>();
    if (d.contains("depth")) s.depth = d["depth"].cast<int>();
    if (d.contains("kinds")) s.kinds = Kinds(d["kinds"]);
  } else if (py::isinstance<py::str>(selection)) {
    s.focus = selection.cast<std::string>();
  } else if (!selection.is_none()) {
    s.ids.emplace();
    for (const py::handle& item : selection) {
      if (py::isinstance<py::dict>(item)) {
        py::dict row = py::reinterpret_borrow<py::dict>(item);
        for (const char* key : {"id", "clause", "document"}) {
          if (row.contains(key)) {
            s.ids->push_back(row[key].cast<std::string>());
            break;
          }
        }
      } else {
        s.ids->push_back(item.cast<std::string>());
      }
    }
  }
  if (!s.focus.empty() && s.depth < 0)
    ThrowStatus(Status::InvalidArgument("depth must be 0 or more"));
  return ToNetworkx(db, s);
}

std::unique_ptr<Database> Open(const std::string& path, const OptString& data) {
  auto db = Database::Open(path, data.value_or(""));
  if (!db.ok()) ThrowStatus(db.status());
  return std::move(db).value();
}

}  // namespace
}  // namespace parley::python

PYBIND11_MODULE(parley, m) {
  using namespace parley::python;
  using namespace pybind11::literals;
  namespace py = pybind11;
  m.doc() =
      "Parley, a knowledge graph of treaty proposals, from Python.\n\n"
      "    db = parley.open('parley.db')\n"
      "    pandas.DataFrame(db.who_proposed(by='Kim Il Sung'))\n\n"
      "Every query returns a list of dicts, one per row; to_networkx gives "
      "the graph.";
  RegisterExceptions(m);

  py::class_<Database>(m, "Database",
                       "A Parley database opened read-only (parley.open).")
      .def_property_readonly("path", &Database::path,
                             "The folder of the database.")
      .def_property_readonly("closed", &Database::closed)
      .def("who_proposed", &WhoProposed, "query"_a = "", "by"_a = py::none(),
           "lang"_a = "en", "limit"_a = py::none(), "side"_a = py::none(),
           "from_"_a = py::none(), "to"_a = py::none(),
           "Who proposed each clause `query` matches (a topic, words of a "
           "clause in either language, a clause or document id; '' = every "
           "clause); `by` a person (any spelling or codename). One row per "
           "clause: clause, ordinal, quote (in `lang`), proposer, side, "
           "document, date, citation, chain_text, stances ... Empty when "
           "nothing matches.")
      .def("trace", &Trace, "query"_a, "lang"_a = "en", "side"_a = py::none(),
           "from_"_a = py::none(), "to"_a = py::none(), "limit"_a = py::none(),
           "The versions of a clause across documents, oldest first: one row "
           "per version with lineage, version, clause, date, quote, "
           "proposer, document, changes, similarity, stances ... Empty when "
           "no clause matches.")
      .def("search", &Search, "text"_a, "limit"_a = 20,
           "Full-text search over whole pages, both languages, every "
           "spelling of a name; one row per page, best first: document, "
           "date, score, snippet, quote, start, end (bytes of the page "
           "text).")
      .def("neighbors", &Neighbors, "node_id"_a, "depth"_a = 1,
           "kinds"_a = py::none(), "outward"_a = false, "limit"_a = py::none(),
           "The nodes within `depth` hops of a node (an id or a name), over "
           "edges of `kinds` (None = all, or 'AUTHORED,VIA' or a list): one "
           "row per neighbour with id, kind, label, hops, via_node, "
           "via_kind, forward, date.")
      .def("to_networkx", &ToGraph, "selection"_a = py::none(), py::kw_only(),
           "focus"_a = py::none(), "depth"_a = 1, "kinds"_a = py::none(),
           "evidence"_a = false,
           "The graph as a networkx.MultiDiGraph: the whole graph; or the "
           "neighbourhood of `focus` within `depth` hops (selection may also "
           "be a node id or {'focus': ID, 'depth': N}); or the nodes of a "
           "list of ids or of query rows, with the edges among them. Nodes "
           "carry kind, label, aliases, evidence_count and their props "
           "flattened (text_en, topics, date ...); edges are keyed by kind. "
           "evidence=True adds each evidence list.")
      .def("stats", &Stats,
           "What the database holds: nodes, nodes_by_kind, edges, "
           "edges_by_kind, unresolved, pages, page_bytes (as `parley "
           "stats`).")
      .def("close", &Database::Close, "Releases the database.")
      .def(
          "__enter__", [](Database& db) -> Database& { return db; },
          py::return_value_policy::reference)
      .def("__exit__", [](Database& db, const py::args&) { db.Close(); })
      .def("__repr__", [](const Database& db) {
        return "<parley.Database " + db.path() +
               (db.closed() ? " (closed)>" : ">");
      });

  m.def("open", &Open, "db"_a, "data"_a = py::none(),
        "Opens the database in folder `db` read-only. `data` is the folder "
        "of gazetteer.tsv and topics.tsv (default: $PARLEY_DATA, else the "
        "data/ the module was built with). Raises parley.NotFoundError when "
        "there is no database.");
}
