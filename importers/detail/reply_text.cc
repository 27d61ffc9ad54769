// The text of a reply's part as its position is read (reply_text.h).
#include "importers/detail/reply_text.h"

#include <algorithm>
#include <initializer_list>

#include "importers/detail/page_text.h"

namespace parley::importers::detail {

std::string BlankEditorsBrackets(std::string_view s) {
  std::string out(s);
  for (size_t open = out.find('['); open != std::string::npos;
       open = out.find('[', open + 1)) {
    size_t close = out.find(']', open);
    if (close == std::string::npos) break;
    std::string_view inside = std::string_view(out).substr(open, close - open);
    if (!inside.ends_with("ed.") && !inside.ends_with("Ed.")) continue;
    char before = inside[inside.size() - 4];
    if (before != ' ' && before != '-' && !inside.ends_with("—ed.") &&
        !inside.ends_with("—Ed."))
      continue;
    std::fill(out.begin() + static_cast<long>(open),
              out.begin() + static_cast<long>(close) + 1, ' ');
  }
  return out;
}

std::string BlankPointAside(const CueTable& cues, const std::string& s) {
  std::string out = s;
  // An em dash, or a dash set off by spaces ("предложение «а» — чтобы ...
  // — считаем правильным").
  for (std::string_view dash : {"—", " – ", " - "}) {
    size_t open = out.find(dash);
    if (open == std::string::npos) continue;
    size_t close = out.find(dash, open + dash.size());
    if (close == std::string::npos || close + dash.size() >= out.size())
      continue;
    // The point's name right before the first dash.
    std::string before = LowerText(std::string_view(out).substr(
        open > 40 ? open - 40 : 0, std::min<size_t>(open, 40)));
    if (!cues.Contains("point_word", before)) continue;
    std::fill(out.begin() + static_cast<long>(open),
              out.begin() + static_cast<long>(close + dash.size()), ' ');
    break;
  }
  return out;
}

}  // namespace parley::importers::detail
