// The layout readers, one factory each; LayoutReaders() (layout.cc) lists
// them in the order detection breaks ties.
#ifndef PARLEY_IMPORTERS_LAYOUTS_READERS_H_
#define PARLEY_IMPORTERS_LAYOUTS_READERS_H_

#include <memory>

#include "importers/layout.h"

namespace parley::importers::layouts {

std::unique_ptr<LayoutReader> MakeWilsonCurrentReader();
std::unique_ptr<LayoutReader> MakeWilsonOlderReader();
std::unique_ptr<LayoutReader> MakeCwihpPrintReader();
std::unique_ptr<LayoutReader> MakeFrusPageReader();
std::unique_ptr<LayoutReader> MakeFrusTeiReader();
// Title, date, salutation, signature, body: for a page no other reader
// recognises. Refuses only text with no date at all.
std::unique_ptr<LayoutReader> MakeGenericReader();

}  // namespace parley::importers::layouts

#endif  // PARLEY_IMPORTERS_LAYOUTS_READERS_H_
