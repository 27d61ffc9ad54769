// The points a position on a whole list leaves out ("acceptable as a whole,
// except for one addition to point 3", "All paragraphs but 17 may be
// accepted").
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "importers/cue_table.h"
#include "importers/detail/line_words.h"
#include "importers/detail/page_text.h"
#include "importers/detail/point_names.h"

namespace parley::importers::detail {

namespace {

bool IsNumberWord(std::string_view w) {
  while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back())))
    w.remove_suffix(1);
  return !w.empty() && w.size() <= 3 &&
         std::all_of(w.begin(), w.end(), [](char c) {
           return std::isdigit(static_cast<unsigned char>(c)) != 0;
         });
}

// The exception's own words: up to a comma or semicolon that a point's
// number does not follow ("except paras 3, 4 and 5, subject to ...").
size_t ExceptionEnd(std::string_view lower, size_t from) {
  for (size_t at = lower.find_first_of(",;", from);
       at != std::string_view::npos; at = lower.find_first_of(",;", at + 1)) {
    std::vector<std::string_view> next = FirstWords(lower.substr(at + 1), 1);
    if (lower[at] == ';' || next.empty() || !IsNumberWord(next[0])) return at;
  }
  return lower.size();
}

}  // namespace

WholeException ExceptedPoints(const CueTable& cues, std::string_view part) {
  std::string lower = LowerText(part);
  size_t at = cues.Find("whole_except", lower);
  if (at == std::string::npos) return {};
  std::string_view head = std::string_view(lower).substr(0, at);
  // "acceptable as a whole, except ...": the whole is named before the
  // exception, and no point is.
  if (!cues.Contains("whole_entire", head) ||
      !PointsNamed(cues, part.substr(0, at), std::string(head)).empty())
    return {};
  size_t end = ExceptionEnd(lower, at);
  WholeException out;
  out.start = at;
  out.end = end;
  std::string_view tail = part.substr(at, end - at);
  out.points = PointsNamed(cues, tail, lower.substr(at, end - at));
  if (out.points.empty()) {
    // "All paragraphs but 17": the numbers after the exception are points
    // when the whole before it is a list of points.
    std::vector<std::string_view> before = Words(head);
    if (before.empty() ||
        !cues.Contains("point_word", " " + std::string(before.back())))
      return {};
    out.bare = true;
    // The numbers start within the cue's words' reach ("except for 17").
    std::vector<std::string_view> words = Words(tail);
    size_t w = 1;
    while (w < words.size() && w < 4 && !IsNumberWord(words[w])) ++w;
    for (; w < words.size(); ++w) {
      std::string_view word = words[w];
      if (IsNumberWord(word)) {
        while (std::ispunct(static_cast<unsigned char>(word.back())))
          word.remove_suffix(1);
        out.points.emplace_back(word);
      } else if (LowerText(word) != "and" || out.points.empty()) {
        break;
      }
    }
  }
  out.changed = cues.Contains("whole_except_change",
                              std::string_view(lower).substr(at, end - at));
  return out;
}

}  // namespace parley::importers::detail
