// Checks an exported graph (`parley export --format json`) against a page's
// expected-facts file (tests/data/expected/NAME.json, see the corpus README):
// the same facts, counted the same way, as ../shared/tools/score-extraction
// checks for one page, so that a regression in any of them fails a test of
// the project itself. Names match as in the scorer: case- and
// punctuation-insensitive (storage::NameKey folds like the scorer's norm),
// "A|B" alternatives, and a shorter name matches a longer one holding all
// its words ("Stalin" matches "Joseph Stalin"). As in the scorer, a page's
// documents are those imported from its file (their `source_file`; a TEI
// volume holds several, the best fit is the page's), a page without one
// misses every fact, and a revision holds along a chain of VARIANT_OF edges.
#ifndef PARLEY_TESTS_CLI_E2E_EXPECTED_FACTS_H_
#define PARLEY_TESTS_CLI_E2E_EXPECTED_FACTS_H_

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "storage/store.h"

namespace parley::cli_test {

using nlohmann::json;

inline std::string Norm(const std::string& s) { return storage::NameKey(s); }

inline std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> words;
  std::istringstream in(s);
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

// A JSON value as the scorer's str(): strings as they are, others dumped.
inline std::string Str(const json& v) {
  return v.is_string() ? v.get<std::string>() : v.dump();
}

inline std::string GetStr(const json& o, const char* key) {
  if (!o.is_object()) return "";
  auto it = o.find(key);
  if (it == o.end() || it->is_null()) return "";
  return Str(*it);
}

inline const json& Props(const json& node_or_edge) {
  static const json kEmpty = json::object();
  auto it = node_or_edge.find("props");
  return it != node_or_edge.end() && it->is_object() ? *it : kEmpty;
}

// Every list of `spec[key]`, or an empty list.
inline const json& List(const json& spec, const char* key) {
  static const json kEmpty = json::array();
  if (!spec.is_object()) return kEmpty;
  auto it = spec.find(key);
  return it != spec.end() && it->is_array() ? *it : kEmpty;
}

inline std::vector<std::string> NamesOf(const json& node) {
  std::vector<std::string> out;
  if (std::string label = GetStr(node, "label"); !label.empty()) {
    out.push_back(label);
  }
  for (const json& a : List(node, "aliases")) {
    if (a.is_string()) out.push_back(a.get<std::string>());
  }
  const json& p = Props(node);
  for (const char* key : {"name", "codenames"}) {
    auto it = p.find(key);
    if (it == p.end()) continue;
    if (it->is_string()) out.push_back(it->get<std::string>());
    if (it->is_array()) {
      for (const json& x : *it) {
        if (x.is_string()) out.push_back(x.get<std::string>());
      }
    }
  }
  return out;
}

inline bool NameMatch(const std::string& expected, const json& node) {
  std::vector<std::string> names;
  for (const std::string& n : NamesOf(node)) names.push_back(Norm(n));
  std::istringstream alts(expected);
  for (std::string alt; std::getline(alts, alt, '|');) {
    std::string a = Norm(alt);
    if (a.empty()) continue;
    std::vector<std::string> want = Words(a);
    for (const std::string& n : names) {
      if (a == n) return true;
      std::vector<std::string> have = Words(n);
      if (std::all_of(want.begin(), want.end(), [&](const std::string& w) {
            return std::find(have.begin(), have.end(), w) != have.end();
          })) {
        return true;
      }
    }
  }
  return false;
}

inline std::string OrdinalNorm(const std::string& o) {
  std::string n = Norm(o);
  n.erase(std::remove(n.begin(), n.end(), ' '), n.end());
  return n;
}

// A clause's ordinal as printed; `ordinals` may hold other languages'.
inline bool OrdinalMatches(const json& clause, const std::string& ordinal) {
  const json& p = Props(clause);
  std::vector<std::string> printed = {GetStr(p, "ordinal")};
  if (auto it = p.find("ordinals"); it != p.end()) {
    for (const json& x : *it) printed.push_back(Str(x));
  }
  return std::any_of(printed.begin(), printed.end(), [&](const std::string& x) {
    return OrdinalNorm(x) == OrdinalNorm(ordinal);
  });
}

inline bool NumbersMatch(const json* value, const std::string& expected) {
  return value != nullptr && !value->is_null() &&
         value->dump().find(expected) != std::string::npos;
}

inline const json* Find(const json& o, const char* key) {
  if (!o.is_object()) return nullptr;
  auto it = o.find(key);
  return it == o.end() ? nullptr : &*it;
}

inline bool StartsWith(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

// The exported graph with the lookups the checks need.
class ExportedGraph {
 public:
  explicit ExportedGraph(json data) : data_(std::move(data)) {
    for (const json& n : data_["nodes"])
      nodes_[n["id"].get<std::string>()] = &n;
    for (const json& e : data_["edges"]) {
      out_[{e["source"].get<std::string>(), e["kind"].get<std::string>()}]
          .push_back(&e);
      in_[{e["target"].get<std::string>(), e["kind"].get<std::string>()}]
          .push_back(&e);
    }
  }

  const json& data() const { return data_; }
  const json* Node(const std::string& id) const {
    auto it = nodes_.find(id);
    return it == nodes_.end() ? nullptr : it->second;
  }
  const std::vector<const json*>& OutEdges(const std::string& id,
                                           const std::string& kind) const {
    return Lookup(out_, id, kind);
  }
  const std::vector<const json*>& InEdges(const std::string& id,
                                          const std::string& kind) const {
    return Lookup(in_, id, kind);
  }
  std::vector<std::string> Targets(const std::string& id,
                                   const std::string& kind) const {
    std::vector<std::string> out;
    for (const json* e : OutEdges(id, kind)) out.push_back((*e)["target"]);
    return out;
  }
  std::vector<std::string> Sources(const std::string& id,
                                   const std::string& kind) const {
    std::vector<std::string> out;
    for (const json* e : InEdges(id, kind)) out.push_back((*e)["source"]);
    return out;
  }
  // Nodes of `kind` in export order.
  std::vector<const json*> OfKind(const std::string& kind) const {
    std::vector<const json*> out;
    for (const json& n : data_["nodes"]) {
      if (n.value("kind", "") == kind) out.push_back(&n);
    }
    return out;
  }

 private:
  using Index =
      std::map<std::pair<std::string, std::string>, std::vector<const json*>>;
  static const std::vector<const json*>& Lookup(const Index& index,
                                                const std::string& id,
                                                const std::string& kind) {
    static const std::vector<const json*> kNone;
    auto it = index.find({id, kind});
    return it == index.end() ? kNone : it->second;
  }

  json data_;
  std::map<std::string, const json*> nodes_;
  Index out_, in_;
};

// Checks the facts of one page's expected file; `misses()` names each fact
// that is not in the graph.
class ExpectedFactsChecker {
 public:
  explicit ExpectedFactsChecker(const ExportedGraph& g) : g_(g) {}

  // Checks `spec` (the parsed expected file of the page file named `page`
  // without its extension, "1951-07-03-telegram-3950"). With `together`, also
  // the facts that span documents (stances, responds_to, revises) and the
  // links the page's documents hold.
  void CheckPage(const json& spec, const std::string& page, bool together) {
    const json* outer = FindOuter(spec, page);
    if (!Check(outer != nullptr, "document exists")) {
      // Every expected fact of a page that was not read is missed.
      static const json kMissing = {{"id", "__missing__"},
                                    {"kind", "Document"},
                                    {"props", json::object()}};
      outer = &kMissing;
    }
    const json& doc_spec =
        spec.contains("document") ? spec["document"] : json::object();
    CheckDocument(*outer, doc_spec, "document");
    for (const json& c : List(spec, "clauses")) {
      CheckClause((*outer)["id"], c, "document");
    }
    if (const json* d = Find(spec, "delegation");
        d && d->is_object() && !d->empty()) {
      CheckDelegation((*outer)["id"], *d, "document");
    }
    std::vector<std::string> embedded = g_.Targets((*outer)["id"], "EMBEDS");
    int i = 0;
    for (const json& espec : List(spec, "embedded")) {
      std::string where = "embedded[" + std::to_string(i++) + "]";
      std::vector<const json*> cands;
      for (const std::string& id : embedded) {
        if (const json* n = g_.Node(id)) cands.push_back(n);
      }
      if (!Check(!cands.empty(), where + " exists")) continue;
      CheckDocument(*Best(cands, espec), espec, where);
    }
    std::vector<std::string> docs = PageDocuments((*outer)["id"]);
    CheckEntities(docs, spec);
    if (together) {
      CheckCrossDocument(docs, spec);
      CheckLinks(docs, spec);
    }
    CountPersons(docs, spec);
  }

  int passed() const { return passed_; }
  int total() const { return total_; }
  const std::vector<std::string>& misses() const { return misses_; }
  // Person nodes tied to the page that the expected file does not name.
  const std::vector<std::string>& extra_persons() const {
    return extra_persons_;
  }
  int persons_found() const { return persons_found_; }
  // Together only: the STANCE and RESPONDS_TO edges from the page's
  // documents, and those that no expected stance or response accounts for.
  int links_found() const { return links_found_; }
  const std::vector<std::string>& extra_links() const { return extra_links_; }

 private:
  bool Check(bool ok, const std::string& what) {
    ++total_;
    if (ok) {
      ++passed_;
    } else {
      misses_.push_back(what);
    }
    return ok;
  }

  int DocFitness(const json& node, const json& spec) const {
    const json& p = Props(node);
    int hits = 0;
    std::string number = GetStr(spec, "number");
    if (!number.empty() && NumbersMatch(Find(p, "number"), number)) hits += 3;
    std::string date = GetStr(spec, "date");
    if (!date.empty() && StartsWith(GetStr(p, "date"), date)) hits += 2;
    for (const json& a : List(spec, "authors")) {
      for (const std::string& s : g_.Sources(node["id"], "AUTHORED")) {
        if (const json* n = g_.Node(s); n && NameMatch(Str(a), *n)) {
          ++hits;
          break;
        }
      }
    }
    return hits;
  }

  // The first candidate of the highest fitness (as Python's max()).
  const json* Best(const std::vector<const json*>& cands,
                   const json& spec) const {
    const json* best = nullptr;
    int best_fit = -1;
    for (const json* c : cands) {
      int fit = DocFitness(*c, spec);
      if (fit > best_fit) {
        best = c;
        best_fit = fit;
      }
    }
    return best;
  }

  bool Linked(const std::string& id, const std::string& kind,
              const std::string& expected, bool out) const {
    std::vector<std::string> ids =
        out ? g_.Targets(id, kind) : g_.Sources(id, kind);
    return std::any_of(ids.begin(), ids.end(), [&](const std::string& x) {
      const json* n = g_.Node(x);
      return n != nullptr && NameMatch(expected, *n);
    });
  }

  void CheckDocument(const json& node, const json& spec,
                     const std::string& where) {
    const json& p = Props(node);
    std::string did = node["id"];
    if (std::string type = GetStr(spec, "type"); !type.empty()) {
      std::string got = Norm(p.contains("doc_type") ? GetStr(p, "doc_type")
                                                    : GetStr(p, "type"));
      Check(got.find(Norm(type)) != std::string::npos,
            where + ": type " + type + " (got '" + got + "')");
    }
    if (std::string number = GetStr(spec, "number"); !number.empty()) {
      Check(NumbersMatch(Find(p, "number"), number),
            where + ": number " + number);
    }
    if (std::string date = GetStr(spec, "date"); !date.empty()) {
      Check(StartsWith(GetStr(p, "date"), date),
            where + ": date " + date + " (got " + GetStr(p, "date") + ")");
    }
    for (const json& a : List(spec, "authors")) {
      Check(Linked(did, "AUTHORED", Str(a), false),
            where + ": author " + Str(a));
    }
    for (const json& r : List(spec, "recipients")) {
      Check(Linked(did, "ADDRESSED_TO", Str(r), true),
            where + ": recipient " + Str(r));
    }
    for (const json& v : List(spec, "via")) {
      Check(Linked(did, "VIA", Str(v), true), where + ": via " + Str(v));
    }
    for (const json& c : List(spec, "copies")) {
      std::string name = c.is_object() ? GetStr(c, "name") : Str(c);
      std::vector<const json*> edges;
      for (const json* e : g_.OutEdges(did, "COPY_TO")) {
        const json* n = g_.Node((*e)["target"]);
        if (n != nullptr && NameMatch(name, *n)) edges.push_back(e);
      }
      Check(!edges.empty(), where + ": copy to " + name);
      if (c.is_object() && c.contains("count")) {
        Check(std::any_of(edges.begin(), edges.end(),
                          [&](const json* e) {
                            const json* count = Find(Props(*e), "count");
                            return count != nullptr && *count == c["count"];
                          }),
              where + ": copy count " + name + "=" + c["count"].dump());
      }
    }
    for (const char* key : {"sent", "received"}) {
      if (std::string want = GetStr(spec, key); !want.empty()) {
        Check(
            StartsWith(GetStr(p, key), want),
            where + ": " + key + " " + want + " (got " + GetStr(p, key) + ")");
      }
    }
    if (const json* source = Find(spec, "source");
        source && source->is_object() && !source->empty()) {
      json sources = p.contains("source") ? p["source"] : json::array();
      if (!sources.is_array()) sources = json::array({sources});
      for (auto it = source->begin(); it != source->end(); ++it) {
        bool ok = false;
        for (const json& s : sources) {
          ok = ok || (s.is_object() &&
                      Norm(GetStr(s, it.key().c_str())) == Norm(Str(*it)));
        }
        Check(ok, where + ": source " + it.key() + "=" + Str(*it));
      }
    }
    if (std::string id = GetStr(spec, "record_id"); !id.empty()) {
      Check(GetStr(p, "record_id") == id, where + ": record_id " + id);
    }
    for (const json& lang : List(spec, "languages")) {
      bool ok = false;
      for (const json& l : List(p, "languages")) ok = ok || l == lang;
      Check(ok, where + ": language " + Str(lang));
    }
    if (const json* d = Find(spec, "delegation");
        d && d->is_object() && !d->empty()) {
      CheckDelegation(did, *d, where);
    }
    for (const json& c : List(spec, "clauses")) CheckClause(did, c, where);
  }

  std::vector<std::string> PageDocuments(const std::string& outer) const {
    std::vector<std::string> seen, todo = {outer};
    while (!todo.empty()) {
      std::string d = todo.back();
      todo.pop_back();
      if (std::find(seen.begin(), seen.end(), d) != seen.end()) continue;
      seen.push_back(d);
      for (const std::string& t : g_.Targets(d, "EMBEDS")) todo.push_back(t);
    }
    return seen;
  }

  const json* ClauseOf(const std::string& doc,
                       const std::string& ordinal) const {
    for (const std::string& cid : g_.Targets(doc, "HAS_CLAUSE")) {
      const json* c = g_.Node(cid);
      if (c != nullptr && OrdinalMatches(*c, ordinal)) return c;
    }
    return nullptr;
  }

  void CheckClause(const std::string& doc, const json& spec,
                   const std::string& where) {
    std::string ordinal = Str(spec["ordinal"]);
    std::string at = where + ": clause " + ordinal;
    const json* c = ClauseOf(doc, ordinal);
    if (!Check(c != nullptr, at + " exists")) {
      size_t absent = List(spec, "topics").size() +
                      (spec.contains("terms") ? spec["terms"].size() : 0) +
                      (GetStr(spec, "proposer").empty() ? 0 : 1);
      for (size_t i = 0; i < absent; ++i) Check(false, at + " (absent)");
      return;
    }
    const json& p = Props(*c);
    std::set<std::string> topics;
    for (const json& t : List(p, "topics")) topics.insert(Str(t));
    for (const json& t : List(spec, "topics")) {
      Check(topics.count(Str(t)) > 0, at + ": topic " + Str(t));
    }
    const json terms = p.contains("terms") && p["terms"].is_object()
                           ? p["terms"]
                           : json::object();
    if (const json* want_terms = Find(spec, "terms")) {
      for (auto it = want_terms->begin(); it != want_terms->end(); ++it) {
        CheckTerm(*c, terms, it.key(), *it, at);
      }
    }
    if (std::string proposer = GetStr(spec, "proposer"); !proposer.empty()) {
      Check(Linked((*c)["id"], "PROPOSES", proposer, false),
            at + ": proposed by " + proposer);
    }
  }

  void CheckTerm(const json& clause, const json& terms, const std::string& key,
                 const json& want, const std::string& at) {
    if (key == "places") {
      std::set<std::string> ids;
      for (const std::string& t : g_.Targets(clause["id"], "CONCERNS")) {
        ids.insert(t);
      }
      for (const json& x : List(terms, "places")) {
        if (x.is_string()) ids.insert(x.get<std::string>());
      }
      for (const json& place : want) {
        bool ok =
            std::any_of(ids.begin(), ids.end(), [&](const std::string& id) {
              const json* n = g_.Node(id);
              return n != nullptr && NameMatch(Str(place), *n);
            });
        Check(ok, at + ": concerns place " + Str(place));
      }
      return;
    }
    if (key == "time_reference") {
      const json* got = Find(terms, "time_reference");
      Check(got != nullptr &&
                Norm(got->dump()).find(Norm(Str(want))) != std::string::npos,
            at + ": time reference " + Str(want) + " (got " +
                (got ? got->dump() : "nothing") + ")");
      return;
    }
    std::string unit = key == "distance_km"       ? "km"
                       : key == "duration_days"   ? "day"
                       : key == "duration_months" ? "month"
                                                  : "";
    const json& pool =
        List(terms, key == "distance_km" ? "distances" : "durations");
    json wants = want.is_array() ? want : json::array({want});
    auto hit = [&](const json& item) {
      if (!item.is_object()) return false;
      if (unit.empty() || !StartsWith(Norm(GetStr(item, "unit")), unit)) {
        return false;
      }
      json lo =
          item.contains("min") ? item["min"] : item.value("value", json());
      json hi =
          item.contains("max") ? item["max"] : item.value("value", json());
      return lo == wants.front() && hi == wants.back();
    };
    Check(std::any_of(pool.begin(), pool.end(), hit),
          at + ": " + key + "=" + want.dump() + " (got " + pool.dump() + ")");
  }

  void CheckDelegation(const std::string& doc, const json& spec,
                       const std::string& where) {
    std::vector<std::string> docs = PageDocuments(doc);
    auto in_docs = [&](const std::string& id) {
      return std::find(docs.begin(), docs.end(), id) != docs.end();
    };
    std::vector<const json*> cands;
    for (const json* n : g_.OfKind("Delegation")) {
      bool tied = false;
      for (const json& ev : List(*n, "evidence")) {
        tied = tied || in_docs(GetStr(ev, "doc"));
      }
      for (const json& e : g_.data()["edges"]) {
        if (e["source"] != (*n)["id"] && e["target"] != (*n)["id"]) continue;
        tied = tied || in_docs(e["source"]) || in_docs(e["target"]);
      }
      if (tied) cands.push_back(n);
    }
    if (!Check(!cands.empty(), where + ": delegation exists")) return;
    const json& d = *cands.front();
    if (std::string head = GetStr(spec, "head"); !head.empty()) {
      Check(Linked(d["id"], "HEADS", head, false),
            where + ": delegation head " + head);
    }
    for (const json& m : List(spec, "members")) {
      Check(Linked(d["id"], "MEMBER_OF", Str(m), false),
            where + ": delegation member " + Str(m));
    }
    if (const json* size = Find(spec, "size"); size && !size->is_null()) {
      const json* got = Find(Props(d), "size");
      Check(got != nullptr && *got == *size,
            where + ": delegation size " + size->dump() + " (got " +
                (got ? got->dump() : "nothing") + ")");
    }
  }

  bool TiedTo(const json& node, const std::vector<std::string>& docs) const {
    auto in_docs = [&](const std::string& id) {
      return std::find(docs.begin(), docs.end(), id) != docs.end();
    };
    for (const json& ev : List(node, "evidence")) {
      if (in_docs(GetStr(ev, "doc"))) return true;
    }
    std::string id = node["id"];
    for (const std::string& d : docs) {
      for (const char* kind :
           {"MENTIONS", "AUTHORED", "ADDRESSED_TO", "VIA", "COPY_TO"}) {
        std::vector<std::string> t = g_.Targets(d, kind);
        if (std::find(t.begin(), t.end(), id) != t.end()) return true;
      }
    }
    for (const std::string& t : g_.Targets(id, "AUTHORED")) {
      if (in_docs(t)) return true;
    }
    return false;
  }

  void CheckEntities(const std::vector<std::string>& docs, const json& spec) {
    for (auto [kind, key] : {std::pair{"Person", "persons"},
                             std::pair{"Organization", "organizations"},
                             std::pair{"Place", "places"}}) {
      for (const json& name : List(spec, key)) {
        std::vector<const json*> nodes = g_.OfKind(kind);
        bool ok = std::any_of(nodes.begin(), nodes.end(), [&](const json* n) {
          return NameMatch(Str(name), *n) && TiedTo(*n, docs);
        });
        Check(ok, std::string(kind) + " " + Str(name));
      }
    }
  }

  void CheckCrossDocument(const std::vector<std::string>& docs,
                          const json& spec) {
    auto in_docs = [&](const std::string& id) {
      return std::find(docs.begin(), docs.end(), id) != docs.end();
    };
    for (const json& st : List(spec, "stances")) {
      bool ok = false;
      for (const json& e : g_.data()["edges"]) {
        if (e["kind"] != "STANCE" || !in_docs(e["source"])) continue;
        const json* c = g_.Node(e["target"]);
        if (c == nullptr ||
            GetStr(Props(e), "stance") != GetStr(st, "stance")) {
          continue;
        }
        if (st.contains("topic")) {
          for (const json& t : List(Props(*c), "topics")) {
            ok = ok || t == st["topic"];
          }
        } else {
          ok = ok || OrdinalMatches(*c, Str(st["ordinal"]));
        }
      }
      Check(ok, "stance " + GetStr(st, "stance") + " on " +
                    (st.contains("topic") ? GetStr(st, "topic")
                                          : "point " + GetStr(st, "ordinal")));
    }
    for (const json& r : List(spec, "responds_to")) {
      bool ok = false;
      for (const std::string& d : docs) {
        for (const std::string& t : g_.Targets(d, "RESPONDS_TO")) {
          const json* n = g_.Node(t);
          ok = ok || (n != nullptr && DocFitness(*n, r) >= 2);
        }
      }
      Check(ok, "responds to " + r.dump());
    }
    for (const json& rv : List(spec, "revises")) {
      std::string ordinal = Str(rv["ordinal"]);
      std::vector<const json*> mine;
      for (const std::string& d : docs) {
        if (const json* c = ClauseOf(d, ordinal)) mine.push_back(c);
      }
      json other = rv.contains("revised_by") && !rv["revised_by"].is_null()
                       ? rv["revised_by"]
                   : rv.contains("revises") ? rv["revises"]
                                            : json::object();
      std::string other_doc = other.contains("document")
                                  ? Str(other["document"])
                                  : std::string("~");
      std::vector<const json*> theirs;
      for (const json* d : g_.OfKind("Document")) {
        if (!NumbersMatch(Find(Props(*d), "number"), other_doc)) continue;
        for (const std::string& dd : PageDocuments((*d)["id"])) {
          if (const json* c = ClauseOf(dd, GetStr(other, "ordinal"))) {
            theirs.push_back(c);
          }
        }
      }
      bool ok = false;
      for (const json* a : mine) {
        for (const json* b : theirs) {
          ok = ok || VariantReachable((*a)["id"], (*b)["id"]) ||
               VariantReachable((*b)["id"], (*a)["id"]);
        }
      }
      Check(ok, "clause " + ordinal + " is a variant of " + other_doc + "/" +
                    GetStr(other, "ordinal"));
    }
  }

  // True when `earlier` is an ancestor of `later` along VARIANT_OF edges
  // (clause -> earlier version), at most `limit` steps away: a lineage holds
  // whether the linker ties each version to the one before it or to all
  // before it.
  bool VariantReachable(const std::string& later, const std::string& earlier,
                        int limit = 8) const {
    std::vector<std::string> frontier = {later};
    std::set<std::string> seen = {later};
    for (int step = 0; step < limit && !frontier.empty(); ++step) {
      std::vector<std::string> next;
      for (const std::string& n : frontier) {
        for (const std::string& t : g_.Targets(n, "VARIANT_OF")) {
          if (t == earlier) return true;
          if (seen.insert(t).second) next.push_back(t);
        }
      }
      frontier = std::move(next);
    }
    return false;
  }

  // The scorer's link precision: each STANCE or RESPONDS_TO edge from the
  // page's documents must be one of the page's expected stances (same
  // stance, on a clause of that ordinal or topic) or responses.
  void CheckLinks(const std::vector<std::string>& docs, const json& spec) {
    auto in_docs = [&](const std::string& id) {
      return std::find(docs.begin(), docs.end(), id) != docs.end();
    };
    for (const json& e : g_.data()["edges"]) {
      std::string kind = e["kind"];
      if (kind != "STANCE" && kind != "RESPONDS_TO") continue;
      const json* target = g_.Node(e["target"]);
      if (!in_docs(e["source"]) || target == nullptr) continue;
      bool good = false;
      if (kind == "STANCE") {
        for (const json& st : List(spec, "stances")) {
          if (GetStr(Props(e), "stance") != GetStr(st, "stance")) continue;
          if (st.contains("topic")) {
            for (const json& t : List(Props(*target), "topics")) {
              good = good || t == st["topic"];
            }
          } else {
            good = good || OrdinalMatches(*target, Str(st["ordinal"]));
          }
        }
      } else {
        for (const json& r : List(spec, "responds_to")) {
          good = good || DocFitness(*target, r) >= 2;
        }
      }
      ++links_found_;
      if (!good) {
        extra_links_.push_back(kind + " " + GetStr(Props(e), "stance") + " " +
                               GetStr(e, "source") + " -> " +
                               GetStr(e, "target"));
      }
    }
  }

  void CountPersons(const std::vector<std::string>& docs, const json& spec) {
    std::vector<std::string> allowed;
    for (const json& p : List(spec, "persons")) allowed.push_back(Str(p));
    std::function<void(const json&)> collect = [&](const json& d) {
      if (!d.is_object()) return;
      for (const char* key : {"authors", "recipients", "via"}) {
        for (const json& x : List(d, key)) allowed.push_back(Str(x));
      }
      for (const json& c : List(d, "copies")) {
        allowed.push_back(c.is_object() ? GetStr(c, "name") : Str(c));
      }
      if (const json* dl = Find(d, "delegation"); dl && dl->is_object()) {
        for (const json& m : List(*dl, "members")) allowed.push_back(Str(m));
        if (std::string h = GetStr(*dl, "head"); !h.empty()) {
          allowed.push_back(h);
        }
      }
      for (const json& e : List(d, "embedded")) collect(e);
    };
    if (const json* d = Find(spec, "document")) collect(*d);
    for (const json& e : List(spec, "embedded")) collect(e);
    for (const json* n : g_.OfKind("Person")) {
      if (!TiedTo(*n, docs)) continue;
      ++persons_found_;
      if (std::none_of(
              allowed.begin(), allowed.end(),
              [&](const std::string& a) { return NameMatch(a, *n); })) {
        extra_persons_.push_back(GetStr(*n, "label"));
      }
    }
  }

  // The file name of `path` without its folder and extension.
  static std::string Stem(const std::string& path) {
    size_t slash = path.find_last_of('/');
    std::string name =
        slash == std::string::npos ? path : path.substr(slash + 1);
    size_t dot = name.find_last_of('.');
    return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
  }

  // The page's outermost document: among the documents imported from the
  // page's file (their `source_file`), the one that fits the expected facts
  // best; nullptr when the page has none (it was refused), never another
  // page's. An export without `source_file` falls back to the best fit by
  // number, date and author.
  const json* FindOuter(const json& spec, const std::string& page) const {
    std::set<std::string> embedded;
    for (const json& e : g_.data()["edges"]) {
      if (e["kind"] == "EMBEDS") embedded.insert(e["target"]);
    }
    std::vector<const json*> docs;
    for (const json* d : g_.OfKind("Document")) {
      if (!embedded.count((*d)["id"])) docs.push_back(d);
    }
    if (docs.empty()) docs = g_.OfKind("Document");
    if (docs.empty()) return nullptr;
    const json& doc_spec =
        spec.contains("document") ? spec["document"] : json::object();
    auto stem = [](const json* d) {
      return Stem(GetStr(Props(*d), "source_file"));
    };
    if (std::any_of(docs.begin(), docs.end(),
                    [&](const json* d) { return !stem(d).empty(); })) {
      std::vector<const json*> mine;
      for (const json* d : docs) {
        if (stem(d) == page) mine.push_back(d);
      }
      return mine.empty() ? nullptr : Best(mine, doc_spec);
    }
    const json* best = Best(docs, doc_spec);
    bool fits = DocFitness(*best, doc_spec) >= 2 || doc_spec.empty();
    return fits ? best : nullptr;
  }

  const ExportedGraph& g_;
  int passed_ = 0;
  int total_ = 0;
  std::vector<std::string> misses_;
  std::vector<std::string> extra_persons_;
  int persons_found_ = 0;
  int links_found_ = 0;
  std::vector<std::string> extra_links_;
};

// What is wrong with the evidence of the exported graph: a node or edge
// without evidence, or an evidence whose quote is not the bytes
// [start, end) of its page. A page (evidence `doc`) is read from the file its
// Document node names in props.source_file. Empty when all is well.
inline std::vector<std::string> EvidenceProblems(const ExportedGraph& g) {
  std::vector<std::string> problems;
  std::map<std::string, std::string> pages;
  auto page_text = [&](const std::string& doc) -> const std::string* {
    auto it = pages.find(doc);
    if (it != pages.end()) return &it->second;
    const json* node = g.Node(doc);
    if (node == nullptr) return nullptr;
    std::string file = GetStr(Props(*node), "source_file");
    if (file.empty()) return nullptr;
    std::ifstream in(file, std::ios::binary);
    if (!in) return nullptr;
    std::string text((std::istreambuf_iterator<char>(in)),
                     std::istreambuf_iterator<char>());
    return &pages.emplace(doc, std::move(text)).first->second;
  };
  auto check = [&](const json& item, const std::string& what) {
    const json& evidence = List(item, "evidence");
    if (evidence.empty()) {
      problems.push_back(what + ": no evidence");
      return;
    }
    for (const json& ev : evidence) {
      std::string doc = GetStr(ev, "doc");
      const std::string* text = page_text(doc);
      if (text == nullptr) {
        problems.push_back(what + ": evidence doc '" + doc +
                           "' is no Document with a readable source_file");
        continue;
      }
      int64_t start = ev.value("start", int64_t{-1});
      int64_t end = ev.value("end", int64_t{-1});
      std::string quote = GetStr(ev, "quote");
      if (start < 0 || end < start || static_cast<size_t>(end) > text->size()) {
        problems.push_back(what + ": evidence [" + std::to_string(start) +
                           ", " + std::to_string(end) + ") outside " + doc);
      } else if (text->compare(start, end - start, quote) != 0) {
        problems.push_back(
            what + ": quote '" + quote.substr(0, 80) + "' is not bytes [" +
            std::to_string(start) + ", " + std::to_string(end) + ") of " + doc +
            ": '" + text->substr(start, std::min<int64_t>(end - start, 80)) +
            "'");
      }
    }
  };
  for (const json& n : g.data()["nodes"]) check(n, GetStr(n, "id"));
  for (const json& e : g.data()["edges"]) {
    check(e, GetStr(e, "kind") + " " + GetStr(e, "source") + " -> " +
                 GetStr(e, "target"));
  }
  return problems;
}

}  // namespace parley::cli_test

#endif  // PARLEY_TESTS_CLI_E2E_EXPECTED_FACTS_H_
