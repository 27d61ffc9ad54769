// Quoted texts: the kind of a quoted document (quoted_documents.cc) and the
// lines split before a quotation that opens in mid-line (document_reader.cc).
#ifndef PARLEY_IMPORTERS_DETAIL_QUOTED_TEXTS_H_
#define PARLEY_IMPORTERS_DETAIL_QUOTED_TEXTS_H_

#include <string>
#include <vector>

#include "importers/cue_table.h"
#include "importers/detail/page_text.h"

namespace parley::importers::detail {

// The kind of a quoted document: its introduction's word, else the title's
// attachment's, else its own first words; "message" when none names one.
std::string EmbeddedType(const std::string& intro, const std::string& attached,
                         const std::string& first_line);

// Lines of a record with a quotation that opens after a colon in mid-line
// ("...: «To Cde. MAO ZEDONG.") split before its mark.
std::vector<Line> SplitOpeningQuotes(std::vector<Line> lines,
                                     const CueTable& cues);

}  // namespace parley::importers::detail

#endif  // PARLEY_IMPORTERS_DETAIL_QUOTED_TEXTS_H_
