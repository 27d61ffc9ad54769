// The text of a reply's part as its position is read: words that are no
// part of the position blanked, byte for byte, so that offsets hold. Used by
// the replies stage (replies.cc).
#pragma once

#include <string>
#include <string_view>

#include "importers/cue_table.h"

namespace parley::importers::detail {

// `s` with each editors' bracket ("[... see document 119 above—ed.]") made
// spaces.
std::string BlankEditorsBrackets(std::string_view s);

// `s` with what a point says, set off by dashes after its name, made
// spaces: "Comrade Li Kenong's first point—to turn down the figure flatly
// ...—is correct" takes no position by "turn down".
std::string BlankPointAside(const CueTable& cues, const std::string& s);

}  // namespace parley::importers::detail
