// The JSON-document importer: documents that are not archive pages (an
// agreed text, a curated summary) written in Parley's "parley-document"
// schema (docs/json-documents.md), read into a Fragment like a page.
#ifndef PARLEY_IMPORTERS_JSON_IMPORTER_H_
#define PARLEY_IMPORTERS_JSON_IMPORTER_H_

#include <string>
#include <string_view>

#include "graph/fragment.h"
#include "graph/status.h"
#include "importers/gazetteer.h"
#include "importers/topics.h"

namespace parley::importers {

// Reads one "parley-document" JSON text. Evidence points at the bytes of
// each value in `text`. InvalidArgument on bad JSON ("line 12: invalid
// JSON: unexpected end of input") or a schema violation ("document.date:
// expected an ISO date"); the caller adds the file name.
Result<graph::Fragment> ImportJsonDocument(std::string_view text,
                                           const std::string& source_path,
                                           const Gazetteer& gazetteer,
                                           const TopicList& topics);

}  // namespace parley::importers

#endif  // PARLEY_IMPORTERS_JSON_IMPORTER_H_
