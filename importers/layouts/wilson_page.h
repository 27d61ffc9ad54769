// What the Wilson Center's current and older pages share below the title:
// the document, its one-sentence summary, and the "Document Information"
// footer.
#ifndef PARLEY_IMPORTERS_LAYOUTS_WILSON_PAGE_H_
#define PARLEY_IMPORTERS_LAYOUTS_WILSON_PAGE_H_

#include <vector>

#include "importers/detail/page_text.h"
#include "importers/document_record.h"

namespace parley::importers::layouts {

// The line "Document Information" (or "Related Documents" before it) at or
// after `from`; lines.size() when there is none.
size_t FindFooter(const std::vector<detail::Line>& lines, size_t from);

// Sets `record`'s body (lines from `begin` to the footer, less the summary),
// summary, and what the footer says.
void ReadWilsonBody(const std::vector<detail::Line>& lines, size_t begin,
                    DocumentRecord& record);

}  // namespace parley::importers::layouts

#endif  // PARLEY_IMPORTERS_LAYOUTS_WILSON_PAGE_H_
