// The full-text index of the stored pages: a Xapian database beside the
// RocksDB store (DIR/fulltext), one Xapian document per page holding every
// word of the page text, stemmed by Snowball (Russian for Cyrillic words,
// English for the rest) with positions for phrases. Kept up to date by
// import; Xapian stays inside storage/ as RocksDB does.
#ifndef PARLEY_STORAGE_TEXT_INDEX_H_
#define PARLEY_STORAGE_TEXT_INDEX_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/fragment.h"
#include "graph/status.h"
#include "storage/store.h"

namespace parley::storage {

// A word of a text as the index reads it: bytes [start, end) of the text,
// and its term (folded by text::FoldWord, then stemmed: "prisoners" ->
// "prison", "военнопленными" -> "военноплен"). Words are whole: "first"
// never holds the term of "fire".
struct IndexWord {
  size_t start = 0;
  size_t end = 0;
  std::string term;
};

// The byte ranges of `text` that are prose, in order: the whole text of a
// page; for an XML file (TEI) everything outside the tags; for a JSON
// document the string values (not the keys), split at escapes. Markup is
// neither indexed nor shown in a snippet.
std::vector<std::pair<size_t, size_t>> ProseRanges(std::string_view text);

// The words of the prose of `text` with their terms, in order. A word longer
// than the index can hold (over 200 bytes) has an empty term and is not
// indexed.
std::vector<IndexWord> IndexWords(std::string_view text);

// The term of one word (folded and stemmed), "" when it has no letter or
// digit.
std::string IndexTerm(std::string_view word);

// A search: every group must match (AND); a group matches a page holding any
// one of its phrases (OR); a phrase is one or more words, matched in order
// (inflected forms included, through the stems). Example: {{"Kaesong",
// "Кэсон", "Kaeseong"}, {"talks"}}.
struct TextQuery {
  std::vector<std::vector<std::string>> groups;
  size_t limit = 20;  // at most this many hits
};

// Bytes [start, end) of a page that belong to one document of it (a TEI
// volume holds several; a telegram embeds a message).
struct DocumentSpan {
  std::string document;  // the Document node's id
  size_t start = 0;
  size_t end = 0;
};

// The spans of the documents of `page`, from their evidence and their
// clauses': an embedded document from its first to its last evidence; a
// document of its own on to the next such document or the end of the page.
std::vector<DocumentSpan> DocumentSpans(const graph::Fragment& page);

struct TextHit {
  std::string page_id;
  std::vector<DocumentSpan> documents;  // as IndexPage was given them
  double score = 0;  // Xapian's BM25 weight, higher is better
  // The terms of the query found in the page (as IndexWord::term).
  std::vector<std::string> matched_terms;
};

struct TextResults {
  std::vector<TextHit> hits;   // best first
  size_t estimated_total = 0;  // how many pages match in all (an estimate)
};

class TextIndex {
 public:
  ~TextIndex();

  // The folder of the index of the database in `db_dir`.
  static std::string PathFor(const std::string& db_dir);

  // Opens the index of the database in `db_dir` for writing, creating it
  // when absent. Fails with kBusy when another process writes it.
  static Result<std::unique_ptr<TextIndex>> OpenForWrite(
      const std::string& db_dir);
  // Opens it for reading; kNotFound when the database has no index yet.
  static Result<std::unique_ptr<TextIndex>> OpenForRead(
      const std::string& db_dir);

  // True when page `page_id` is indexed with the text of `content_hash`.
  bool Holds(const std::string& page_id, const std::string& content_hash);

  // Indexes (or re-indexes) page `page_id` with `text`, keeping `documents`
  // to tell a hit which document it lies in; the change is durable after
  // Commit. Needs an index opened for writing.
  Status IndexPage(const std::string& page_id, const std::string& content_hash,
                   std::string_view text,
                   const std::vector<DocumentSpan>& documents = {});
  // The same for a stored page's Fragment (its DocumentSpans).
  Status IndexPage(const graph::Fragment& page);
  // Removes page `page_id`; nothing happens when it is not indexed.
  Status RemovePage(const std::string& page_id);
  Status Commit();

  // The pages of `stored` that the index lacks or holds with another
  // content hash, and the ids of indexed pages that are not in `stored`.
  struct Drift {
    std::vector<PageInfo> missing;
    std::vector<std::string> stale;
  };
  Result<Drift> Compare(const std::vector<PageInfo>& stored);

  // Brings the index level with the store `reader` sees: indexes the pages
  // Compare finds missing (their text read through `reader`), removes the
  // stale ones, and commits. Returns how many pages it indexed. This is what
  // keeps the two stores consistent after an interrupted import.
  Result<size_t> CatchUp(Reader& reader);

  // The pages matching `query`, best first (ties by page id). Fails with
  // kInvalidArgument when the query holds no word.
  Result<TextResults> Search(const TextQuery& query);

  size_t page_count();

 private:
  struct Impl;
  explicit TextIndex(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace parley::storage

#endif  // PARLEY_STORAGE_TEXT_INDEX_H_
