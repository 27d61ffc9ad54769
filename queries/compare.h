// Two versions of a clause side by side (`parley compare A B`): where each
// was written and by whom, a word-level diff of their texts in each
// language, and what changed in substance: the structured changes of the
// VARIANT_OF edge between them, or, when no edge joins them, their terms
// compared here (queries/changes.h).
#ifndef PARLEY_QUERIES_COMPARE_H_
#define PARLEY_QUERIES_COMPARE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"
#include "graph/value.h"
#include "queries/names.h"
#include "queries/snapshot.h"

namespace parley::queries {

// The one clause `text` means: a clause id; "DOCUMENT point ORDINAL" (also
// "DOCUMENT пункт ORDINAL", "DOCUMENT #ORDINAL"), the document named as
// ResolveNode names one ("21404", "telegram 21404", an id) and the ordinal
// as printed ("2", "б", "I.1"), among its clauses and those of the
// documents it quotes; or what trace takes (words of the clause, a topic;
// `topics` as ClauseQuery::topics), when the best-ranked matches are one
// clause. Fails with kNotFound when nothing matches, or when several clauses
// do (the message lists them, ordinal, document and id).
Result<graph::Node> ResolveClause(Snapshot& snapshot, std::string_view text,
                                  const std::vector<std::string>& topics = {},
                                  const NameHint& hint = {});

// A run of words of a word-level diff.
struct DiffPiece {
  enum class Op { kSame, kRemoved, kAdded };
  Op op = Op::kSame;
  std::string text;  // the words as written, with the punctuation between
};
// "same", "removed", "added".
std::string_view DiffOpName(DiffPiece::Op op);

// The word-level diff from `before` to `after`: the longest common
// subsequence of their words (text::FindWords, compared folded, so case and
// ё/е do not count), the rest removed from `before` or added in `after`.
// Runs are merged; a removed run comes before the added run that replaces
// it. Texts beyond 4,000 words each are compared as wholes.
std::vector<DiffPiece> DiffWords(std::string_view before,
                                 std::string_view after);

// The pieces as one line with `[-removed-]` and `{+added+}` markers (the
// same words side by side read as "[-a b-]{+c+}").
std::string MarkedDiff(const std::vector<DiffPiece>& pieces);

struct ComparedVersion {
  graph::Node clause;
  graph::Node document;  // the document holding it (Brief)
  graph::Node outer;     // the page's own document (Brief)
  std::string date;      // its document's date (ISO)
  // Who proposed it, with the PROPOSES edge's modality ("proposed",
  // "planned", "reported", "agreed"; "" when the edge has none).
  struct Proposer {
    graph::Node person;
    std::string modality;
  };
  std::vector<Proposer> proposers;
  std::string source;  // SourceLine of its document
  // Its terms in words (RenderTerms, places by their labels).
  std::vector<std::string> terms_text;
};

struct LanguageDiff {
  std::string lang;
  std::string before, after;      // "" when that version lacks this language
  std::vector<DiffPiece> pieces;  // empty unless both have it
};

struct ClauseComparison {
  // The two versions, the earlier first (by their documents' dates, or the
  // VARIANT_OF edge's direction when one joins them; ties keep the order
  // given).
  ComparedVersion before, after;
  bool swapped = false;             // true when `after` was given first
  std::vector<LanguageDiff> diffs;  // one per language, "en" and "ru" first
  // The structured changes from `before` to `after` (a list of {field,
  // from, to, ...}) and whether they are the VARIANT_OF edge's (true) or
  // computed here from the clauses' terms (false).
  graph::Value changes = graph::Value::MakeArray();
  bool changes_from_edge = false;
  // The changes in words (ChangeLines, places by their labels).
  std::vector<std::string> change_lines;
  // The VARIANT_OF edge's props when an edge joins them, else null.
  graph::Value edge;
};

// Compares clauses `a` and `b` (ids of stored clauses). Fails with
// kNotFound naming an id that is not a stored clause.
Result<ClauseComparison> CompareClauses(Snapshot& snapshot,
                                        const graph::NodeId& a,
                                        const graph::NodeId& b);

}  // namespace parley::queries

#endif  // PARLEY_QUERIES_COMPARE_H_
