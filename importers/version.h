// The version of what the importers extract from a page. It is part of each
// page's content hash, so that after an importer changes, importing an
// unchanged page again refreshes its facts instead of reporting "unchanged".
#ifndef PARLEY_IMPORTERS_VERSION_H_
#define PARLEY_IMPORTERS_VERSION_H_

namespace parley::importers {

// Bump when a change to the importers, the gazetteer or the topics changes
// the facts read from the same page.
inline constexpr int kExtractionVersion = 41;

}  // namespace parley::importers

#endif  // PARLEY_IMPORTERS_VERSION_H_
