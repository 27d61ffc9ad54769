// The content readers' entry: one DocumentRecord, whatever its layout, read
// into nodes and edges (quotations and embedded messages, points and terms,
// the delegation, replies and stances, mentions).
#ifndef PARLEY_IMPORTERS_DETAIL_DOCUMENT_READER_H_
#define PARLEY_IMPORTERS_DETAIL_DOCUMENT_READER_H_

#include <string>
#include <string_view>

#include "graph/fragment.h"
#include "importers/document_record.h"
#include "importers/knowledge.h"

namespace parley::importers {

// The facts of `record`, a document of `source` (the file's bytes, which
// evidence offsets and quotes point into). Evidence names no document yet:
// the caller sets it once every document of the source is read.
graph::Fragment ReadDocument(const DocumentRecord& record,
                             std::string_view source,
                             const std::string& source_path,
                             const Knowledge& knowledge);

}  // namespace parley::importers

#endif  // PARLEY_IMPORTERS_DETAIL_DOCUMENT_READER_H_
