// Words of a body line: capitals, word lists, cue tests, numbers after "No."
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "importers/clause_terms.h"
#include "importers/detail/page_reader.h"

namespace parley::importers::detail {

bool IsUpperWord(std::string_view w) {
  bool letter = false;
  for (size_t i = 0; i < w.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    if (c < 0x80) {
      if (std::islower(c)) return false;
      if (std::isupper(c)) letter = true;
    } else if (c == 0xD0 || c == 0xD1) {
      if (i + 1 >= w.size()) break;
      unsigned char d = static_cast<unsigned char>(w[i + 1]);
      // А-Я is D0 90..D0 AF, Ё is D0 81; lower case is D0 B0..D1 8F, ё D1 91.
      if (c == 0xD0 && ((d >= 0x90 && d <= 0xAF) || d == 0x81))
        letter = true;
      else if (c == 0xD0 && d >= 0xB0)
        return false;
      else if (c == 0xD1)
        return false;
      ++i;
    }
  }
  return letter;
}

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

// Share of upper-case words among the words with letters.
bool MostlyUpper(std::string_view s) {
  size_t upper = 0, total = 0;
  for (std::string_view w : Words(s)) {
    bool has_letter = false;
    for (unsigned char c : w) {
      if (std::isalpha(c) || c >= 0xC0) has_letter = true;
    }
    if (!has_letter) continue;
    ++total;
    if (IsUpperWord(w)) ++upper;
  }
  return total > 0 && upper * 5 >= total * 4;
}

// Where the first word of `lower` that starts with one of `stems` begins,
// or npos ("sent" but not "represent").
size_t FindWordStart(std::string_view lower,
                     const std::vector<std::string_view>& stems) {
  size_t best = std::string_view::npos;
  for (std::string_view stem : stems) {
    for (size_t at = lower.find(stem); at != std::string_view::npos;
         at = lower.find(stem, at + 1)) {
      unsigned char before =
          at == 0 ? ' ' : static_cast<unsigned char>(lower[at - 1]);
      if (std::isalnum(before) || before >= 0x80) continue;
      best = std::min(best, at);
      break;
    }
  }
  return best;
}

// Bytes of the conjunction joining two list items at `s[i]` (" and ", " и ",
// " а также "), or 0.
size_t ConjunctionAt(std::string_view s, size_t i) {
  for (std::string_view c : {" and ", " и ", " а также "}) {
    if (s.substr(i, c.size()) == c) return c.size();
  }
  return 0;
}

bool ContainsAny(std::string_view lower,
                 std::initializer_list<std::string_view> cues) {
  for (std::string_view c : cues) {
    if (lower.find(c) != std::string_view::npos) return true;
  }
  return false;
}

// Body lines

// The number after "No." / "Nº" / "№" in `t`.
std::string NumberAfterMarker(std::string_view t) {
  for (std::string_view marker : {"No.", "Nº", "N°", "№", "NO."}) {
    size_t at = t.find(marker);
    if (at == std::string_view::npos) continue;
    size_t v = at + marker.size();
    while (v < t.size() && t[v] == ' ') ++v;
    size_t e = v;
    // "21404", "P83/280", "858-372сс", "502597/sh": up to a space or comma.
    while (e < t.size() && t[e] != ' ' && t[e] != ',') ++e;
    std::string n = StripTrailing(t.substr(v, e - v), ".);]");
    if (!n.empty()) return n;
  }
  return {};
}

// Clauses and the delegation

// `s` cut to at most `max` bytes on a character boundary, with "…" added.
std::string Abbreviate(std::string_view s, size_t max) {
  if (s.size() <= max) return std::string(s);
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(TrimView(s.substr(0, cut))) + "…";
}

}  // namespace parley::importers::detail
