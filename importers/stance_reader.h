// The stance one clause of a reply takes ("we do not object", "надо
// отвергнуть", "we support your line of insisting"), read by the cue table
// data/stance_cues.tsv with negation and its scope, conditions, and support of
// the addressee's own stance. Which points a stance bears on is the caller's.
#ifndef PARLEY_IMPORTERS_STANCE_READER_H_
#define PARLEY_IMPORTERS_STANCE_READER_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "graph/status.h"
#include "importers/cue_table.h"

namespace parley::importers {

namespace detail {
struct StanceCueTable;
}  // namespace detail

// What one clause says: the stance it takes, and how it was read.
struct StanceReading {
  // accepts, rejects, amends, insists, drops, conditional (an acceptance
  // under a condition), or supports (of the addressee's stance).
  std::string stance;
  // A negator flipped the cue: "shall on no account agree" reads rejects,
  // "we do not insist" drops. A cue that holds its own negation ("do not
  // object", "cannot accept", "не возражаем") is read as written, not negated.
  bool negated = false;
  // The clause states a condition ("if", "should the Americans", "при
  // условии"); an acceptance under one reads conditional, other stances
  // keep their name.
  bool conditional = false;
  // Who holds the stance read: "writer" (the reply's author), also for
  // supports, which is a stance of the writer's own; "other" when a third
  // party is the subject ("the Americans rejected our proposal"): reported,
  // not the document's stance.
  std::string holder = "writer";
  // For holder "other" named before the cue: the byte offset in the clause
  // of the words that name the party ("he agrees").
  size_t holder_at = 0;
  // For supports: the addressee's stance the writer backs ("insists" in "we
  // support your line of insisting"); "" when the clause names none ("we
  // share your view of where the talks stand").
  std::string supported_stance;
  // For supports: who holds the stance backed, "addressee"; "" otherwise.
  std::string supported_holder;
  // Byte offsets in the clause read: the cue with the negator that flipped
  // it ("on no account agree"); for supports, through the supported cue.
  size_t start = 0;
  size_t end = 0;
  // Byte offset in the clause where its first condition starts ("on
  // condition that ..."); the clause's size when it states none.
  size_t condition_start = 0;
};

class StanceCues;

// The stance `clause_text` takes, one clause of a sentence (the caller cuts
// sentences and their ";" parts), by the cues of `lang` ("en", "ru"; cues
// of lang "*" always apply; an empty `lang` tries every cue). Among the
// clause's cues the first outside a condition wins ("should the Americans
// put it forward, it can be accepted" accepts, conditionally); when the
// clause is one condition the last cue inside it wins ("if they insist we
// reject it"). A negator flips the first cue after it within its scope in
// words and its comma-delimited segment, by the table's negated rows; a
// negation that leaves no stance passes to the next cue. An acceptance
// with a refusal after "but" amends, unless the refusal names a point of
// its own by the point words of `point_cues` (data/cues.tsv). nullopt when
// the clause takes no stance.
std::optional<StanceReading> ReadStance(std::string_view clause_text,
                                        std::string_view lang,
                                        const StanceCues& cues,
                                        const CueTable& point_cues);

// The cue table of data/stance_cues.tsv (format: data/README.md, "Stance
// cues"). Immutable once loaded; copies share it.
class StanceCues {
 public:
  // A table without cues: every clause reads no stance.
  StanceCues();

  // Parses the cue table format; errors name `source` and the line
  // ("stance_cues.tsv:12: unknown kind ...").
  static Result<StanceCues> Parse(std::string_view text,
                                  const std::string& source);
  // Reads and parses the file at `path`; IOError naming it when unreadable.
  static Result<StanceCues> LoadFile(const std::string& path);

  // How many phrases the table holds, of every kind.
  size_t size() const;

 private:
  explicit StanceCues(std::shared_ptr<const detail::StanceCueTable> table);
  friend std::optional<StanceReading> ReadStance(std::string_view clause_text,
                                                 std::string_view lang,
                                                 const StanceCues& cues,
                                                 const CueTable& point_cues);

  std::shared_ptr<const detail::StanceCueTable> table_;
};

}  // namespace parley::importers

#endif  // PARLEY_IMPORTERS_STANCE_READER_H_
