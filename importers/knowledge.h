// What the importers read besides the pages: the gazetteer, the topics and
// the cue tables of data/, loaded once per command, with a fingerprint of
// them that becomes part of each page's content hash.
#ifndef PARLEY_IMPORTERS_KNOWLEDGE_H_
#define PARLEY_IMPORTERS_KNOWLEDGE_H_

#include <string>

#include "graph/status.h"
#include "importers/cue_table.h"
#include "importers/gazetteer.h"
#include "importers/stance_reader.h"
#include "importers/topics.h"

namespace parley::importers {

struct Knowledge {
  Gazetteer gazetteer;
  TopicList topics;
  StanceCues stance_cues;
  CueTable cues;
  // A digest of every `*.tsv` file of the data folder (names and bytes, in
  // name order). Importing an unchanged page after a name or a cue was
  // edited reads it anew, because this is part of its content hash.
  std::string fingerprint;
};

// Loads gazetteer.tsv, topics.tsv, stance_cues.tsv and cues.tsv from
// `data_dir`.
// InvalidArgument or IOError naming the file (and line) when one is missing
// or malformed.
Result<Knowledge> LoadKnowledge(const std::string& data_dir);

}  // namespace parley::importers

#endif  // PARLEY_IMPORTERS_KNOWLEDGE_H_
