#include "importers/detail/number_markers.h"

#include <cctype>

#include "importers/detail/page_text.h"

namespace parley::importers::detail {

size_t NumberMarkerAt(std::string_view t, size_t at) {
  auto digit_after = [&](size_t v) {
    while (v < t.size() && t[v] == ' ') ++v;
    return v < t.size() && std::isdigit(static_cast<unsigned char>(t[v]));
  };
  for (std::string_view marker : kNumberMarkers) {
    if (t.substr(at, marker.size()) != marker) continue;
    // "# 13464", "as telegram no. 262": a number sign, or "No." in lower
    // case starting a word, only before digits ("said no. The ...").
    if (marker == "#" && !digit_after(at + marker.size())) continue;
    if (marker == "no.") {
      bool word_start =
          at == 0 || !(std::isalnum(static_cast<unsigned char>(t[at - 1])) ||
                       static_cast<unsigned char>(t[at - 1]) >= 0x80);
      if (!word_start || !digit_after(at + marker.size())) continue;
    }
    return marker.size();
  }
  return 0;
}

bool EndsWithNumberMarker(std::string_view t) {
  while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
  for (std::string_view marker : kNumberMarkers) {
    if (!t.ends_with(marker)) continue;
    size_t at = t.size() - marker.size();
    bool word_start =
        at == 0 || !std::isalnum(static_cast<unsigned char>(t[at - 1]));
    if (marker != "no." || word_start) return true;
  }
  return false;
}

// "CABLE N° 2l59O": the OCR's letter l (or I) for the digit 1 and O for 0,
// in a number of digits otherwise; a number with other letters ("P83/280",
// "502597/sh") is kept as printed.
std::string RepairOcrDigits(std::string n) {
  size_t digits = 0;
  for (char c : n) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      ++digits;
    } else if (c != 'l' && c != 'I' && c != 'O' && c != 'o') {
      return n;
    }
  }
  if (digits < 2 || digits == n.size()) return n;
  for (char& c : n) {
    if (c == 'l' || c == 'I') c = '1';
    if (c == 'O' || c == 'o') c = '0';
  }
  return n;
}

std::string NumberAfterMarker(std::string_view t) {
  for (size_t at = 0; at < t.size(); ++at) {
    size_t marker = NumberMarkerAt(t, at);
    if (marker == 0) continue;
    size_t v = at + marker;
    while (v < t.size() && t[v] == ' ') ++v;
    size_t e = v;
    // "21404", "P83/280", "858-372сс", "502597/sh": up to a space or comma.
    while (e < t.size() && t[e] != ' ' && t[e] != ',') ++e;
    std::string n = StripTrailing(t.substr(v, e - v), ".);]");
    if (!n.empty()) return RepairOcrDigits(n);
    at = v > at ? v - 1 : at;
  }
  return {};
}

}  // namespace parley::importers::detail
