// Links between stored documents, made after a page is read and written in
// the same atomic batch as the page: RESPONDS_TO (a reply to the telegram
// it answers), STANCE (a reply's position on the points it judges) and
// VARIANT_OF (a clause and its versions in other documents). Links are
// recomputed for every document a new page affects, so the order in which
// pages are imported does not change the graph.
#ifndef PARLEY_LINKING_LINKER_H_
#define PARLEY_LINKING_LINKER_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "graph/fragment.h"
#include "graph/status.h"
#include "storage/store.h"

namespace parley::linking {

// Stores `page` and the links that involve it in one atomic write: the
// links from its documents, and those of stored pages whose links change
// because it arrived. Returns the page's outcome; on kUnchanged nothing is
// written.
Result<storage::ApplyOutcome> ApplyPageWithLinks(storage::Store& store,
                                                 const graph::Fragment& page);

// The owner name under which the links made from page `page_id` are stored.
std::string LinkOwner(const std::string& page_id);

}  // namespace parley::linking

#endif  // PARLEY_LINKING_LINKER_H_
