// How alike two clauses are in what they say: the words of their texts
// (stemmed, per language), their terms (distances, durations, forces,
// places, scope), their topics and their parties. Internal to linking/.
#ifndef PARLEY_LINKING_DETAIL_CLAUSE_SIMILARITY_H_
#define PARLEY_LINKING_DETAIL_CLAUSE_SIMILARITY_H_

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "graph/value.h"
#include "linking/detail/link_index.h"

namespace parley::linking {

// The stems of the content words of `text` in `lang` ("en", "ru"; another
// language: its words folded, unstemmed): function words dropped, words
// folded (text::FoldWord) and stemmed by Snowball (Xapian::Stem), as their
// ids in `table`.
Stems TextStems(std::string_view text, std::string_view lang, StemTable& table);

// Dice's coefficient of the stems of the two clauses in the language they
// share that gives the highest value; 0 when they share none.
double TextSimilarity(const ClauseInfo& a, const ClauseInfo& b);

// Shared topics over all topics (Jaccard); 0 when neither has any.
double TopicSimilarity(const ClauseInfo& a, const ClauseInfo& b);
// The share of `later`'s topics that `earlier` holds (a point split off
// another is wholly covered by it); 0 when `later` has none.
double TopicCoverage(const ClauseInfo& later, const ClauseInfo& earlier);

// How alike the terms of two clauses are, over the kinds of term both
// carry (0..1), or nullopt when they carry no kind of term in common.
std::optional<double> TermSimilarity(const graph::Value& a,
                                     const graph::Value& b);

// A duration in days (months of 30 days, years of 365), or -1.
double DurationDays(const graph::Value& duration);
// Two durations measure the same thing: same kind and subject, and the same
// anchor when both name one (the ceasefire and the armistice's taking
// effect are one moment).
bool DurationsComparable(const graph::Value& a, const graph::Value& b);

// How likely `earlier` is an earlier version of `later`, 0..1, with what
// matched ("terms", "words", "parties", "topics") and the text similarity.
struct ClauseMatch {
  double score = 0;
  double text = 0;
  double topics = 0;  // TopicCoverage
  std::vector<std::string> matched_by;
};
ClauseMatch CompareClauses(const ClauseInfo& later, const ClauseInfo& earlier);

}  // namespace parley::linking

#endif  // PARLEY_LINKING_DETAIL_CLAUSE_SIMILARITY_H_
