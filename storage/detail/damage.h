// How storage names damage to the stored data in its errors, so that every
// reader of the database says the same thing and the CLI can tell damage
// from other errors (storage::IsDamage in store.h).
#ifndef PARLEY_STORAGE_DETAIL_DAMAGE_H_
#define PARLEY_STORAGE_DETAIL_DAMAGE_H_

#include <string>
#include <string_view>

#include "graph/status.h"
#include "storage/detail/keys.h"

namespace parley::storage::detail {

// Every damage error's message holds this, then where and why.
inline constexpr std::string_view kDamaged = "damaged: ";

// "damaged: column family CF, key \"KEY\"" (the key printable).
inline std::string DamageWhere(std::string_view column_family,
                               std::string_view key) {
  return std::string(kDamaged) + "column family " + std::string(column_family) +
         ", key \"" + PrintableKey(key) + "\"";
}

// Corruption("damaged: column family CF, key \"KEY\": why").
inline Status Damage(std::string_view column_family, std::string_view key,
                     const std::string& why) {
  return Status::Corruption(DamageWhere(column_family, key) + ": " + why);
}

}  // namespace parley::storage::detail

#endif  // PARLEY_STORAGE_DETAIL_DAMAGE_H_
