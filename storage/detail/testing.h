// Hooks for tests of storage/ only: they reach below the Store interface to
// look at or damage the raw key-value pairs. Nothing outside tests/storage
// may call them.
#ifndef PARLEY_STORAGE_DETAIL_TESTING_H_
#define PARLEY_STORAGE_DETAIL_TESTING_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"
#include "storage/store.h"

namespace parley::storage::detail {

// Every key-value pair of every Parley column family, one line each:
// "cf <TAB> printable key <TAB> hex value", in column family then key order.
// `store` must come from Store::Open.
std::vector<std::string> DumpForTesting(Store& store);

// Writes `value` under `key` of `column_family` ("nodes", "meta", ...)
// directly, bypassing manifests and encoding.
Status PutRawForTesting(Store& store, std::string_view column_family,
                        std::string_view key, std::string_view value);

// Makes `store`'s database look as schema 1 left it: drops the column
// families schema 2 added and writes schema version 1. Reopen it to see a
// schema-1 database (read-only: answered by Reader's defaults; read-write:
// migrated).
Status DowngradeToSchema1ForTesting(Store& store);

// Makes `store`'s database look as schema 5 left it: without the weights
// column family; schema version 5.
Status DowngradeToSchema5ForTesting(Store& store);

// Makes `store`'s database look as schema 4 left it: as schema 5 did, and
// without the indexes of the documents taking positions and of the undated
// ones; schema version 4.
Status DowngradeToSchema4ForTesting(Store& store);

// Makes `store`'s database look as schema 3 left it: as schema 4 did, and
// one adjacency key per edge end instead of lists; schema version 3; or, with
// `lists_kept`, as a migration to schema 4 that stopped after packing that many
// lists.
Status DowngradeToSchema3ForTesting(Store& store, size_t lists_kept = 0);

// Makes `store`'s database look as schema 2 left it: as schema 3 did, and
// without the index of clause words; schema version 2.
Status DowngradeToSchema2ForTesting(Store& store);

}  // namespace parley::storage::detail

#endif  // PARLEY_STORAGE_DETAIL_TESTING_H_
