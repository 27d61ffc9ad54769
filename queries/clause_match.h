// Which clauses a query means: a clause id, a document id (its clauses), the
// words of a clause in any of its languages ("buffer zone", "prisoners",
// "военнопленными"; each word a prefix of a word or stem of the text), or a
// topic, written whole ("prisoners_of_war") or in part ("prisoners").
// Shared by who-proposed and trace.
#ifndef PARLEY_QUERIES_CLAUSE_MATCH_H_
#define PARLEY_QUERIES_CLAUSE_MATCH_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "queries/snapshot.h"
#include "storage/store.h"

namespace parley::queries {

struct ClauseQuery {
  // A clause id, a document id, words of a clause, or a topic; empty means
  // every clause.
  std::string text;
  // Topics the caller found in `text` with its own topic list (the CLI uses
  // importers::TopicList::Classify, which knows Russian cue words); a clause
  // with one of them matches too. Default: none.
  std::vector<std::string> topics;
};

// How a clause matched, best first. A topic named by the query ranks above
// words found in the text: "ceasefire" means the ceasefire clause more than
// a clause counting days "from the day of the ceasefire".
enum class MatchedBy {
  kId,             // the query is the clause's id
  kDocument,       // the query is the id of a document holding it
  kWordsAndTopic,  // both of the next two
  kTopic,          // one of its topics fits the query
  kWords,          // every word of the query is in the clause's text
  kAll,            // the query is empty
};
// "id", "document", "words+topic", "topic", "words", "all".
std::string_view MatchedByName(MatchedBy by);

struct ClauseMatch {
  // Whole for an id or document query; matched by words or topic, its
  // head (Reader::GetNodeHead: no evidence), as a pass over every clause
  // needs no more.
  graph::Node clause;
  MatchedBy by = MatchedBy::kAll;
};

// The clauses `query` matches, in key (id) order; empty when none. A
// clause id or document id is looked up directly; topics through the topic
// index (Reader::LookupRange over Index::kTopic), words through the index
// of clause words (Index::kWord: the terms each query word begins), and
// only the heads of the clauses found are read.
std::vector<ClauseMatch> MatchClauses(Snapshot& snapshot,
                                      const ClauseQuery& query);

// The clauses a query of words or topics matches, before anything of them
// is read: their ids in id order, kept in one buffer (a common topic holds
// hundreds of thousands at 10^6 pages, and a string each was most of the
// memory a query touched).
class ClauseIdMatches {
 public:
  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  std::string_view id(size_t i) const {
    return std::string_view(ids_).substr(entries_[i].offset, entries_[i].size);
  }
  MatchedBy by(size_t i) const { return entries_[i].by; }

  // Adds a match; ids are added in id order, each once.
  void Add(std::string_view id, MatchedBy by);

  // The indexes of the matches whose id names `document`
  // ("DOCUMENT/clause-N", as importers name clauses; DocumentInClauseId), in
  // id order; empty when none. A binary search: no map of all the matches.
  std::vector<size_t> InDocument(std::string_view document) const;

 private:
  struct Entry {
    uint32_t offset = 0;
    uint32_t size = 0;
    MatchedBy by = MatchedBy::kWords;
  };
  std::string ids_;
  std::vector<Entry> entries_;
};

// The document a clause id names: importers name a clause "DOC/clause-N"
// (graph/model.h); "" when the id is not of that form.
std::string_view DocumentInClauseId(std::string_view clause_id);

// For a query of words or a topic (not empty, not a clause or document id):
// the clauses MatchClauses would return, in id order, found in the topic
// index and the index of clause words alone, so that a caller wanting the
// first few in another order reads only those. nullopt for the other
// queries. Ids only: a stored clause is in those indexes by its head, so
// each is a clause.
std::optional<ClauseIdMatches> MatchClauseIds(Snapshot& snapshot,
                                              const ClauseQuery& query);

// Whether a topic name fits the query words: each is a prefix of a word of
// the topic ("prisoners" fits "prisoners_of_war", "buffer zone" fits
// "buffer_zone").
bool TopicFits(std::string_view topic, std::string_view query);

// The id of the document holding `clause` (its "document" property, else
// the source of its HAS_CLAUSE edge); "" when neither is known.
graph::NodeId DocumentOfClause(storage::Reader& reader,
                               const graph::Node& clause);

}  // namespace parley::queries

#endif  // PARLEY_QUERIES_CLAUSE_MATCH_H_
