// PageImporter: the page importer as an object, for callers that keep one
// gazetteer and topic list; the same as ImportPage (import_file.h).
#ifndef PARLEY_IMPORTERS_PAGE_IMPORTER_H_
#define PARLEY_IMPORTERS_PAGE_IMPORTER_H_

#include <string>
#include <string_view>

#include "graph/fragment.h"
#include "graph/status.h"
#include "importers/gazetteer.h"
#include "importers/topics.h"

namespace parley::importers {

class PageImporter {
 public:
  // Both must outlive the importer.
  PageImporter(const Gazetteer& gazetteer, const TopicList& topics)
      : gazetteer_(gazetteer), topics_(topics) {}

  // Reads `text` (the page exactly as stored; evidence offsets are bytes
  // into it). `source_path` is recorded on the fragment. On bad input returns
  // InvalidArgument with a one-line message naming the line where it
  // applies ("invalid UTF-8 on line 7", "no archive header: expected a date
  // line such as 'July 3, 1951' on line 1"); the caller adds the file name.
  Result<graph::Fragment> Import(std::string_view text,
                                 const std::string& source_path) const;

 private:
  const Gazetteer& gazetteer_;
  const TopicList& topics_;
};

}  // namespace parley::importers

#endif  // PARLEY_IMPORTERS_PAGE_IMPORTER_H_
