#include "linking/linker.h"

namespace parley::linking {

std::string LinkOwner(const std::string& page_id) { return "links:" + page_id; }

Result<storage::ApplyOutcome> ApplyPageWithLinks(storage::Store& store,
                                                 const graph::Fragment& page) {
  auto outcomes = store.ApplyBatch({&page}, {});
  if (!outcomes.ok()) return outcomes.status();
  return outcomes->front();
}

}  // namespace parley::linking
