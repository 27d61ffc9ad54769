// Lineage webs: the clauses VARIANT_OF links connect, held in memory with
// what a lineage grows by and is ordered by (each link's similarity, each
// clause's document, that document's date, the order of the clauses'
// ids), so that `trace` grows lineages without a read per clause. A web is
// read from the store clause by clause, or, for a large one, from the
// record an import keeps of it (WriteLineageWebs).
#ifndef PARLEY_QUERIES_LINEAGE_WEB_H_
#define PARLEY_QUERIES_LINEAGE_WEB_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"
#include "storage/store.h"

namespace parley::queries {

class Snapshot;

struct LineageWeb {
  struct Link {
    uint32_t other = 0;     // the other clause, by its index in the web
    double similarity = 0;  // 0 when the edge gives none
    bool out = true;        // the edge leaves this clause
    bool operator==(const Link&) const = default;
  };

  // The clauses, by index: their dense ids, ascending.
  std::vector<uint32_t> clauses;
  // The dense id of each clause's document (the source of its HAS_CLAUSE
  // edge, else the document its head names), or the clause's own dense id
  // when it is in none, so that it counts as a document of its own.
  std::vector<uint32_t> documents;
  // 1 when the clause's head is stored (a link may reach a clause whose
  // page was replaced).
  std::vector<uint8_t> stored;
  // Each clause's document's date, as an index into `date_names` (sorted;
  // "" for none), so that the indexes order as the dates do.
  std::vector<uint32_t> dates;
  std::vector<std::string> date_names;
  // Each clause's place in the order of the web's clause ids (NodeId): the
  // order ties are broken in, without naming every clause.
  std::vector<uint32_t> ranks;
  // Clause i's links are links[first_link[i] .. first_link[i + 1]): its
  // out-edges, then its in-edges, each by the other end's dense id.
  std::vector<uint32_t> first_link;
  std::vector<Link> links;

  size_t size() const { return clauses.size(); }
  // The index of the clause of dense id `dense`; nullopt when not here.
  std::optional<uint32_t> IndexOf(uint32_t dense) const;
  std::span<const Link> LinksOf(uint32_t index) const;
  const std::string& DateOf(uint32_t index) const {
    return date_names[dates[index]];
  }
  // Whether clause `index` is in a document (see `documents`).
  bool InDocument(uint32_t index) const {
    return documents[index] != clauses[index];
  }
  bool operator==(const LineageWeb&) const = default;
};

// The web holding the clause of dense id `dense` (the clause alone when it
// has no VARIANT_OF link): the import's record of it when the database
// keeps one and it is current (Reader::Derived), else read from the store,
// each clause of it in turn.
LineageWeb LineageWebOf(Snapshot& snapshot, uint32_t dense);

// The web holding `dense`, read from the store clause by clause.
LineageWeb ReadLineageWeb(Snapshot& snapshot, uint32_t dense);

// Webs of fewer clauses are read clause by clause: that costs about 25 µs
// a clause, a few milliseconds for this many.
inline constexpr size_t kStoredWebMinimum = 256;

// Works out every web of at least `min_clauses` clauses from a reader of
// `store` and keeps a record of each (Store::ReplaceDerived), replacing
// those kept before; *kept (when given) says how many. For the end of an
// import: any later write leaves the records unused until the next.
Status WriteLineageWebs(storage::Store& store,
                        size_t min_clauses = kStoredWebMinimum,
                        size_t* kept = nullptr);

// Whether the webs' records are current for the database `reader` sees
// (nothing was written since WriteLineageWebs).
bool LineageWebsCurrent(storage::Reader& reader);

// A web's record, and back; nullopt when `bytes` is no such record.
std::string EncodeLineageWeb(const LineageWeb& web);
std::optional<LineageWeb> DecodeLineageWeb(std::string_view bytes);

}  // namespace parley::queries

#endif  // PARLEY_QUERIES_LINEAGE_WEB_H_
