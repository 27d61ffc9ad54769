// Stage: a list run into one paragraph ("Under it (1) all POWs ...; (2)
// within 1 month ..."), for the points a document marks
// (point_markers.cc).
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "importers/detail/page_reader.h"
#include "importers/detail/point_names.h"

namespace parley::importers::detail {

namespace {

// The word before t[at].
std::string_view WordBefore(std::string_view t, size_t at) {
  std::vector<std::string_view> before = LastWords(t.substr(0, at), 1);
  return before.empty() ? std::string_view() : before[0];
}

// The first " (n) " in t from `from` that is no number restated ("five (5)
// of whom", "ten (10) Joint Observer Teams").
size_t FindMarker(std::string_view t, const std::string& marker, int n,
                  size_t from) {
  for (size_t at = t.find(marker, from); at != std::string_view::npos;
       at = t.find(marker, at + 1)) {
    if (!RestatesNumber(WordBefore(t, at), n)) return at;
  }
  return std::string_view::npos;
}

}  // namespace

std::vector<Point> PageReader::InlinePoints(size_t i) const {
  std::string_view t = lines_[i].text;
  std::vector<Point> out;
  // "(1) " anywhere in the paragraph, then "(2) ", ... ("Under it (1) all
  // POWs ...; (2) within 1 month ..."). A list after a colon ("...: 1) ...;
  // 2) ...", any labels) is on lines of its own already (SplitInlinePoints).
  bool parenthesized = false;
  int first = 1;
  size_t open = FindMarker(t, " (1) ", 1, 0);
  if (open != std::string_view::npos) {
    open += 1;
    parenthesized = true;
  } else {
    // Points added to a list given before ("two new principles to be added
    // to his original five: (6) ... (7) ..."): "(N) " then "(N+1) ", each
    // with a sentence's worth of words.
    for (size_t at = t.find(" ("); at != std::string_view::npos;
         at = t.find(" (", at + 1)) {
      size_t close = t.find(") ", at);
      if (close == std::string_view::npos || close - at < 3 || close - at > 4)
        continue;
      std::string_view digits = t.substr(at + 2, close - at - 2);
      if (!std::all_of(digits.begin(), digits.end(), [](char c) {
            return std::isdigit(static_cast<unsigned char>(c));
          }))
        continue;
      int n = std::stoi(std::string(digits));
      if (RestatesNumber(WordBefore(t, at), n)) continue;
      size_t next =
          FindMarker(t, " (" + std::to_string(n + 1) + ") ", n + 1, close);
      if (next == std::string_view::npos) continue;
      // "accept (1), (2) and (4) as they stand. (3) is acceptable ...":
      // points named in a list, not put forward.
      std::vector<std::string_view> words =
          Words(t.substr(close + 2, next - close - 2));
      if (words.size() < 5 || words[0] == "and" || words[0] == "or" ||
          words[0] == "и")
        continue;
      open = at + 1;
      first = n;
      parenthesized = true;
      break;
    }
    if (open == std::string_view::npos) return out;
  }
  auto marker_of = [&](int n) {
    return (parenthesized ? "(" : "") + std::to_string(n) + ") ";
  };
  std::vector<size_t> at = {open};
  for (int n = first + 1;; ++n) {
    size_t next = parenthesized
                      ? FindMarker(t, " " + marker_of(n), n, at.back())
                      : t.find(" " + marker_of(n), at.back());
    if (next == std::string_view::npos) break;
    at.push_back(next + 1);
  }
  if (at.size() < 2) return out;
  for (size_t k = 0; k < at.size(); ++k) {
    Point p;
    p.line = i;
    p.ordinal = std::to_string(first + static_cast<int>(k));
    p.continues = first > 1;
    p.inline_intro_end = lines_[i].trim_start + open - 1;
    size_t marker_len = marker_of(first + static_cast<int>(k)).size();
    p.text_start = lines_[i].trim_start + at[k] + marker_len;
    size_t end = k + 1 < at.size() ? at[k + 1] - 1 : t.size();
    p.text_end = lines_[i].trim_start + end;
    out.push_back(p);
  }
  return out;
}

}  // namespace parley::importers::detail
