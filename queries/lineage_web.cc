#include "queries/lineage_web.h"

#include <algorithm>
#include <bit>
#include <functional>
#include <map>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "queries/clause_match.h"
#include "queries/documents.h"
#include "queries/snapshot.h"

namespace parley::queries {

using graph::EdgeKind;
using graph::NodeId;

namespace {

// The derived set the webs are kept in (Store::ReplaceDerived): "w" and
// the first clause's dense id -> a web's record; "m" and a clause's dense
// id -> the key of its web's record.
constexpr std::string_view kWebSet = "lineage_webs";

std::string MemberKey(uint32_t dense) { return "m" + std::to_string(dense); }
std::string WebKey(const LineageWeb& web) {
  return "w" + std::to_string(web.clauses.front());
}

// The links of each clause VARIANT_OF links reach from `seed`, by dense id.
std::map<uint32_t, std::vector<storage::Reader::Weighted>> ReachedClauses(
    storage::Reader& reader, uint32_t seed) {
  std::map<uint32_t, std::vector<storage::Reader::Weighted>> reached;
  std::vector<uint32_t> queue = {seed};
  reached[seed];
  for (size_t i = 0; i < queue.size(); ++i) {
    std::vector<storage::Reader::Weighted>& links = reached[queue[i]];
    reader.WeightedAdjacency(queue[i], EdgeKind::kVariantOf, links);
    for (const storage::Reader::Weighted& w : links) {
      if (reached.try_emplace(w.node).second) queue.push_back(w.node);
    }
  }
  return reached;
}

// The ids of dense ids: from the snapshot one at a time, or, for a pass
// over every web of a database, all read at once in one scan of the ids.
class Names {
 public:
  explicit Names(Snapshot& snapshot) : snapshot_(snapshot) {}

  // Reads every id (Reader::ForEachDenseId), and gives the dense ids of
  // `wanted` (sorted ids) in their order, those without one left out.
  std::vector<uint32_t> ReadAll(const std::vector<NodeId>& wanted) {
    std::vector<uint32_t> dense_of_wanted;
    size_t w = 0;
    snapshot_.reader().ForEachDenseId(
        "", [&](const NodeId& id, uint32_t dense) {
          if (dense >= ids_.size()) ids_.resize(size_t{dense} + 1);
          ids_[dense] = id;
          while (w < wanted.size() && wanted[w] < id) ++w;
          if (w < wanted.size() && wanted[w] == id)
            dense_of_wanted.push_back(dense);
          return true;
        });
    all_ = true;
    return dense_of_wanted;
  }

  // nullptr when the reader knows no such dense id.
  const NodeId* Of(uint32_t dense) {
    if (!all_) return snapshot_.IdOf(dense);
    return dense < ids_.size() && !ids_[dense].empty() ? &ids_[dense] : nullptr;
  }

 private:
  Snapshot& snapshot_;
  bool all_ = false;
  std::vector<NodeId> ids_;  // by dense id, when all_
};

// The clauses VARIANT_OF links reach from `seed`, with their links:
// web.clauses, web.first_link and web.links.
LineageWeb ReachWeb(storage::Reader& reader, uint32_t seed) {
  std::map<uint32_t, std::vector<storage::Reader::Weighted>> reached =
      ReachedClauses(reader, seed);
  LineageWeb web;
  web.clauses.reserve(reached.size());
  for (const auto& [clause, links] : reached) web.clauses.push_back(clause);
  web.first_link.push_back(0);
  for (const auto& [clause, links] : reached) {
    for (const storage::Reader::Weighted& w : links) {
      web.links.push_back(
          {*web.IndexOf(w.node), w.weight.value_or(0), w.forward});
    }
    web.first_link.push_back(static_cast<uint32_t>(web.links.size()));
  }
  return web;
}

// Fills web.documents and web.stored: the source of each clause's
// HAS_CLAUSE edge, read from the adjacency, or, for a clause in none, the
// document its head names.
void PlaceClauses(storage::Reader& reader, Names& names, LineageWeb& web) {
  std::vector<storage::Reader::Adjacent> read;
  web.documents = web.clauses;
  web.stored.assign(web.size(), 0);
  for (uint32_t i = 0; i < web.size(); ++i) {
    read.clear();
    reader.Adjacency(web.clauses[i], storage::Reader::Direction::kIn,
                     {EdgeKind::kHasClause}, read, 1);
    if (!read.empty()) {
      web.documents[i] = read[0].node;
      web.stored[i] = 1;
      continue;
    }
    const NodeId* id = names.Of(web.clauses[i]);
    if (id == nullptr) continue;
    if (std::optional<graph::Node> head = reader.GetNodeHead(*id)) {
      web.stored[i] = 1;
      NodeId doc = DocumentOfClause(reader, *head);
      if (std::optional<uint32_t> d =
              doc.empty() ? std::nullopt : reader.DenseId(doc)) {
        web.documents[i] = *d;
      }
    }
  }
}

// The ids of the documents of web's clauses.
void AddDocuments(const LineageWeb& web, Names& names,
                  std::vector<NodeId>& documents) {
  for (uint32_t i = 0; i < web.size(); ++i) {
    if (!web.InDocument(i)) continue;
    if (const NodeId* doc = names.Of(web.documents[i]))
      documents.push_back(*doc);
  }
}

// Fills web.dates and web.date_names from `dates`, the documents' dates
// (DocumentDates).
void DateClauses(const std::unordered_map<NodeId, std::string>& dates,
                 Names& names, LineageWeb& web) {
  std::vector<std::string> of_clause(web.size());
  std::map<std::string, uint32_t> date_index = {{"", 0}};
  for (uint32_t i = 0; i < web.size(); ++i) {
    if (!web.InDocument(i)) continue;
    const NodeId* doc = names.Of(web.documents[i]);
    if (doc == nullptr) continue;
    if (auto it = dates.find(*doc); it != dates.end())
      of_clause[i] = it->second;
    date_index.try_emplace(of_clause[i], 0);
  }
  for (auto& [name, index] : date_index) {
    index = static_cast<uint32_t>(web.date_names.size());
    web.date_names.push_back(name);
  }
  web.dates.reserve(web.size());
  for (const std::string& date : of_clause)
    web.dates.push_back(date_index[date]);
}

// Fills web.ranks: the clauses by id, those without one (none is expected)
// last by dense id.
void RankClauses(Names& names, LineageWeb& web) {
  std::vector<std::pair<const NodeId*, uint32_t>> named;
  named.reserve(web.size());
  for (uint32_t i = 0; i < web.size(); ++i)
    named.emplace_back(names.Of(web.clauses[i]), i);
  std::sort(named.begin(), named.end(), [&](const auto& a, const auto& b) {
    if ((a.first == nullptr) != (b.first == nullptr)) return b.first == nullptr;
    if (a.first != nullptr && *a.first != *b.first) return *a.first < *b.first;
    return a.second < b.second;
  });
  web.ranks.assign(web.size(), 0);
  for (uint32_t r = 0; r < named.size(); ++r) web.ranks[named[r].second] = r;
}

// Little-endian fixed-width fields, for a web's record.
class RecordWriter {
 public:
  void U32(uint32_t v) {
    for (int shift = 0; shift < 32; shift += 8)
      out_.push_back(static_cast<char>((v >> shift) & 0xff));
  }
  void U64(uint64_t v) {
    U32(static_cast<uint32_t>(v));
    U32(static_cast<uint32_t>(v >> 32));
  }
  void Bytes(std::string_view b) { out_.append(b); }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

class RecordReader {
 public:
  explicit RecordReader(std::string_view in) : in_(in) {}
  bool U32(uint32_t& v) {
    if (in_.size() < 4) return false;
    v = 0;
    for (int i = 3; i >= 0; --i)
      v = (v << 8) | static_cast<unsigned char>(in_[static_cast<size_t>(i)]);
    in_.remove_prefix(4);
    return true;
  }
  bool U64(uint64_t& v) {
    uint32_t low = 0, high = 0;
    if (!U32(low) || !U32(high)) return false;
    v = (static_cast<uint64_t>(high) << 32) | low;
    return true;
  }
  bool Bytes(size_t n, std::string_view& b) {
    if (in_.size() < n) return false;
    b = in_.substr(0, n);
    in_.remove_prefix(n);
    return true;
  }
  bool done() const { return in_.empty(); }

 private:
  std::string_view in_;
};

constexpr uint32_t kRecordFormat = 1;

}  // namespace

std::optional<uint32_t> LineageWeb::IndexOf(uint32_t dense) const {
  auto it = std::lower_bound(clauses.begin(), clauses.end(), dense);
  if (it == clauses.end() || *it != dense) return std::nullopt;
  return static_cast<uint32_t>(it - clauses.begin());
}

std::span<const LineageWeb::Link> LineageWeb::LinksOf(uint32_t index) const {
  return std::span<const Link>(links).subspan(
      first_link[index], first_link[index + 1] - first_link[index]);
}

LineageWeb ReadLineageWeb(Snapshot& snapshot, uint32_t dense) {
  storage::Reader& reader = snapshot.reader();
  Names names(snapshot);
  LineageWeb web = ReachWeb(reader, dense);
  PlaceClauses(reader, names, web);
  std::vector<NodeId> documents;
  AddDocuments(web, names, documents);
  DateClauses(DocumentDates(reader, std::move(documents)), names, web);
  RankClauses(names, web);
  return web;
}

LineageWeb LineageWebOf(Snapshot& snapshot, uint32_t dense) {
  storage::Reader& reader = snapshot.reader();
  if (reader.DerivedCurrent(kWebSet)) {
    if (std::optional<std::string> key =
            reader.Derived(kWebSet, MemberKey(dense))) {
      if (std::optional<std::string> record = reader.Derived(kWebSet, *key)) {
        std::optional<LineageWeb> web = DecodeLineageWeb(*record);
        if (web && web->IndexOf(dense)) return std::move(*web);
      }
    }
  }
  return ReadLineageWeb(snapshot, dense);
}

bool LineageWebsCurrent(storage::Reader& reader) {
  return reader.DerivedCurrent(kWebSet);
}

Status WriteLineageWebs(storage::Store& store, size_t min_clauses,
                        size_t* kept) {
  std::unique_ptr<storage::Reader> reader = store.NewReader();
  // Every web is read here, so the ids are read in one scan, and the
  // documents' dates in one pass over the date index, not web by web.
  std::vector<LineageWeb> webs;
  {
    Snapshot snapshot(*reader);
    Names names(snapshot);
    std::vector<uint32_t> clauses = names.ReadAll(
        reader->Lookup(storage::Reader::Index::kKind,
                       graph::NodeKindName(graph::NodeKind::kClause)));
    std::sort(clauses.begin(), clauses.end());
    std::unordered_set<uint32_t> done;
    std::vector<storage::Reader::Weighted> links;
    std::vector<NodeId> documents;
    for (uint32_t clause : clauses) {
      if (done.count(clause)) continue;
      links.clear();
      reader->WeightedAdjacency(clause, EdgeKind::kVariantOf, links);
      if (links.empty()) continue;
      LineageWeb web = ReachWeb(*reader, clause);
      done.insert(web.clauses.begin(), web.clauses.end());
      if (web.size() < min_clauses) continue;
      PlaceClauses(*reader, names, web);
      AddDocuments(web, names, documents);
      webs.push_back(std::move(web));
    }
    std::unordered_map<NodeId, std::string> dates =
        DocumentDates(*reader, std::move(documents));
    for (LineageWeb& web : webs) {
      DateClauses(dates, names, web);
      RankClauses(names, web);
    }
  }
  if (Status s = reader->status(); !s.ok()) return s;
  std::vector<std::pair<std::string, std::string>> records;
  for (const LineageWeb& web : webs) {
    std::string key = WebKey(web);
    for (uint32_t member : web.clauses)
      records.emplace_back(MemberKey(member), key);
    records.emplace_back(std::move(key), EncodeLineageWeb(web));
  }
  const size_t count = webs.size();
  webs.clear();
  if (Status s = store.ReplaceDerived(kWebSet, records, *reader); !s.ok())
    return s;
  if (kept != nullptr) *kept = count;
  return Status::Ok();
}

std::string EncodeLineageWeb(const LineageWeb& web) {
  RecordWriter w;
  w.U32(kRecordFormat);
  w.U32(static_cast<uint32_t>(web.size()));
  w.U32(static_cast<uint32_t>(web.date_names.size()));
  w.U32(static_cast<uint32_t>(web.links.size()));
  for (size_t i = 0; i < web.size(); ++i) {
    w.U32(web.clauses[i]);
    w.U32(web.documents[i]);
    w.U32(web.dates[i] | (web.stored[i] ? 0x80000000u : 0));
    w.U32(web.ranks[i]);
    w.U32(web.first_link[i + 1]);
  }
  for (const LineageWeb::Link& l : web.links) {
    w.U32(l.other | (l.out ? 0x80000000u : 0));
    w.U64(std::bit_cast<uint64_t>(l.similarity));
  }
  for (const std::string& date : web.date_names) {
    w.U32(static_cast<uint32_t>(date.size()));
    w.Bytes(date);
  }
  return w.Take();
}

std::optional<LineageWeb> DecodeLineageWeb(std::string_view bytes) {
  RecordReader r(bytes);
  uint32_t format = 0, n = 0, n_dates = 0, n_links = 0;
  if (!r.U32(format) || format != kRecordFormat || !r.U32(n) ||
      !r.U32(n_dates) || !r.U32(n_links) || n == 0 || n_dates == 0 ||
      bytes.size() <
          16 + size_t{n} * 20 + size_t{n_links} * 12 + size_t{n_dates} * 4) {
    return std::nullopt;
  }
  LineageWeb web;
  web.clauses.resize(n);
  web.documents.resize(n);
  web.stored.resize(n);
  web.dates.resize(n);
  web.ranks.resize(n);
  web.first_link.assign(n + 1, 0);
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t date = 0;
    r.U32(web.clauses[i]);
    r.U32(web.documents[i]);
    r.U32(date);
    r.U32(web.ranks[i]);
    r.U32(web.first_link[i + 1]);
    web.stored[i] = (date & 0x80000000u) != 0;
    web.dates[i] = date & 0x7fffffffu;
    if (web.dates[i] >= n_dates || web.ranks[i] >= n ||
        web.first_link[i + 1] < web.first_link[i] ||
        web.first_link[i + 1] > n_links ||
        (i > 0 && web.clauses[i] <= web.clauses[i - 1])) {
      return std::nullopt;
    }
  }
  if (web.first_link[n] != n_links) return std::nullopt;
  web.links.resize(n_links);
  for (LineageWeb::Link& l : web.links) {
    uint32_t other = 0;
    uint64_t similarity = 0;
    r.U32(other);
    r.U64(similarity);
    l.other = other & 0x7fffffffu;
    l.out = (other & 0x80000000u) != 0;
    l.similarity = std::bit_cast<double>(similarity);
    if (l.other >= n) return std::nullopt;
  }
  web.date_names.resize(n_dates);
  for (std::string& date : web.date_names) {
    uint32_t size = 0;
    std::string_view b;
    if (!r.U32(size) || !r.Bytes(size, b)) return std::nullopt;
    date = b;
  }
  if (!r.done()) return std::nullopt;
  // The dates order as their indexes do, "" first; the ranks are an order.
  if (!web.date_names.front().empty() ||
      std::adjacent_find(web.date_names.begin(), web.date_names.end(),
                         std::greater_equal<>()) != web.date_names.end()) {
    return std::nullopt;
  }
  std::vector<bool> ranked(n);
  for (uint32_t rank : web.ranks) {
    if (ranked[rank]) return std::nullopt;
    ranked[rank] = true;
  }
  return web;
}

}  // namespace parley::queries
