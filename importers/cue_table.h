// CueTable: the cue words the content readers look for (introductions of a
// quoted message, proposing verbs, forms of address and ranks, formalities
// of a telegram's header, words of an organisation's name, ...), loaded
// from data/cues.tsv so that a historian can add a cue without a rebuild.
#ifndef PARLEY_IMPORTERS_CUE_TABLE_H_
#define PARLEY_IMPORTERS_CUE_TABLE_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"

namespace parley::importers {

class CueTable {
 public:
  // An empty table: every look-up finds nothing.
  CueTable() = default;

  // Reads rows "kind<TAB>lang<TAB>cue | cue | ...". Blank lines and lines
  // starting with # are skipped. Cues are lower-cased (ASCII and Cyrillic)
  // as they are loaded; "_" at either end of a cue stands for a space.
  // InvalidArgument "SOURCE:LINE: ..." on a malformed row.
  static Result<CueTable> Parse(std::string_view text,
                                const std::string& source);
  static Result<CueTable> LoadFile(const std::string& path);

  // The cues of `kind` in every language, in table order, each "_" edge as
  // a space; empty for a kind the table lacks.
  const std::vector<std::string>& Cues(std::string_view kind) const;
  // True when `lower` (lower-cased text) contains a cue of `kind`; a cue's
  // "_" edge must fall on a word's edge (a space, punctuation, the text's
  // start or end).
  bool Contains(std::string_view kind, std::string_view lower) const;
  // Where the first cue of `kind` in `lower` starts (its "_" edge left
  // out), or npos.
  size_t Find(std::string_view kind, std::string_view lower) const;
  // True when `lower` is exactly a cue of `kind`.
  bool Is(std::string_view kind, std::string_view lower) const;
  // True when `lower` starts with a cue of `kind` (a "_" end: a space).
  bool Opens(std::string_view kind, std::string_view lower) const;

 private:
  std::map<std::string, std::vector<std::string>, std::less<>> cues_;
};

}  // namespace parley::importers

#endif  // PARLEY_IMPORTERS_CUE_TABLE_H_
