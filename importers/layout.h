// Layout readers: one per kind of source (Wilson Center pages current and
// older, the CWIHP Bulletin in print, FRUS pages and TEI volumes, and a
// generic fallback). Each knows its source's page furniture and nothing
// else; detection scores every reader and the best one reads the source.
#ifndef PARLEY_IMPORTERS_LAYOUT_H_
#define PARLEY_IMPORTERS_LAYOUT_H_

#include <memory>
#include <string_view>
#include <vector>

#include "graph/status.h"
#include "importers/document_record.h"

namespace parley::importers {

class LayoutReader {
 public:
  virtual ~LayoutReader() = default;
  // "wilson-current", "frus-tei", ...: the name the import report shows.
  virtual std::string_view name() const = 0;
  // How surely `source` is in this layout: 0 (not at all) to 100. Cheap:
  // looks at the first and last lines or the root element only.
  virtual int Score(std::string_view source) const = 0;
  // The documents of `source` (valid UTF-8, checked by the caller): one for
  // a page, one per document of a TEI volume. InvalidArgument with a
  // one-line message naming the line when the source cannot be read in
  // this layout; the caller adds the file name.
  virtual Result<std::vector<DocumentRecord>> Read(
      std::string_view source) const = 0;
};

// Every layout reader, the generic fallback last.
const std::vector<std::unique_ptr<LayoutReader>>& LayoutReaders();

// The reader that scores best on `source`; the generic reader when no other
// scores above zero.
const LayoutReader& DetectLayout(std::string_view source);

}  // namespace parley::importers

#endif  // PARLEY_IMPORTERS_LAYOUT_H_
