// The migrations of an open database to the next schema: each writes what
// that schema added from what the database holds, then the schema
// version, last, so that one stopped half-way starts over at the next
// open.
#ifndef PARLEY_STORAGE_DETAIL_MIGRATIONS_H_
#define PARLEY_STORAGE_DETAIL_MIGRATIONS_H_

#include <string>

#include "graph/status.h"
#include "storage/detail/database.h"

namespace parley::storage::detail {

// Heads, dense ids, adjacency and indexes, from a schema-1 database's facts.
Status MigrateToSchema2(const std::string& dir, Database& database);
// The index of clause words.
Status MigrateToSchema3(const std::string& dir, Database& database);
// One adjacency list per node, direction and kind.
Status MigrateToSchema4(const std::string& dir, Database& database);
// The indexes of the documents taking positions and of undated documents.
Status MigrateToSchema5(const std::string& dir, Database& database);
// The weights of the weighted edges, by either end.
Status MigrateToSchema6(const std::string& dir, Database& database);

}  // namespace parley::storage::detail

#endif  // PARLEY_STORAGE_DETAIL_MIGRATIONS_H_
