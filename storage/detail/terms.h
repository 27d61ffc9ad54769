// The index terms of a node (Reader::Index): its kind name, a Clause's
// topics and the words of its text, a Document's date and numbers, and its
// date again when it takes positions, or "" when its date is not one
// string. Shared by
// the RocksDB store, which keeps them in the `index` column family, and the
// Reader defaults.
#ifndef PARLEY_STORAGE_DETAIL_TERMS_H_
#define PARLEY_STORAGE_DETAIL_TERMS_H_

#include <functional>
#include <string>

#include "graph/model.h"
#include "storage/store.h"

namespace parley::storage::detail {

// Whether `node` is a document taking positions (it has props.stances):
// indexed under its date in Reader::Index::kPositions.
bool TakesPositions(const graph::Node& node);

// Calls add(index, term) for every term of `node` (duplicates possible).
void ForEachIndexTerm(
    const graph::Node& node,
    const std::function<void(Reader::Index, std::string)>& add);

}  // namespace parley::storage::detail

#endif  // PARLEY_STORAGE_DETAIL_TERMS_H_
