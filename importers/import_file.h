// The importers' one entry point: a file's bytes in, its facts out as a
// Fragment that storage applies atomically. Pages (.txt) go through layout
// detection, a layout reader and the content readers; TEI volumes (.xml)
// through the TEI reader; JSON documents (.json) through their schema.
#ifndef PARLEY_IMPORTERS_IMPORT_FILE_H_
#define PARLEY_IMPORTERS_IMPORT_FILE_H_

#include <string>
#include <string_view>

#include "graph/fragment.h"
#include "graph/status.h"
#include "importers/knowledge.h"

namespace parley::importers {

// Reads one page or TEI file in whichever layout fits best. Evidence offsets
// are bytes of `source`. On bad input (empty, binary, invalid UTF-8, no date
// at all) returns InvalidArgument with a one-line message naming the line;
// the caller adds the file name. The fragment's `layout` names the reader
// used and `warnings` what it could not read.
Result<graph::Fragment> ImportPage(std::string_view source,
                                   const std::string& source_path,
                                   const Knowledge& knowledge);

// Reads the file `path` whose bytes are `bytes`: a JSON document by its
// ".json" extension, else a page (a TEI volume is a page too). Errors are
// prefixed with `path`. The content hash covers the bytes, the extraction
// version and the knowledge's fingerprint: the same bytes read with other
// names or cues are a changed page.
Result<graph::Fragment> ImportFile(const std::string& path,
                                   std::string_view bytes,
                                   const Knowledge& knowledge);

// The content hash ImportFile gives the fragment of `bytes`, without reading
// them: an import asks it before parsing, so that a page stored already is
// only read and hashed.
std::string FileContentHash(std::string_view bytes, const Knowledge& knowledge);

// Whether ImportFile reads `path` as a JSON document (by its extension).
bool IsJsonDocumentPath(const std::string& path);

}  // namespace parley::importers

#endif  // PARLEY_IMPORTERS_IMPORT_FILE_H_
