// The marks a document's number follows ("No.", "Nº", "№", "NO.", "no.",
// "#"), and the number after them: one list for every reader.
#ifndef PARLEY_IMPORTERS_DETAIL_NUMBER_MARKERS_H_
#define PARLEY_IMPORTERS_DETAIL_NUMBER_MARKERS_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace parley::importers::detail {

// Every mark a number is read after: the signs (kNumberSigns), "No." in
// capitals or in lower case ("NO. 4279", "as telegram no. 262"), and "#" ("#
// 13464"). "no." counts only where it starts a word and "#" only before a digit
// (`NumberMarkerAt`).
inline constexpr std::string_view kNumberMarkers[] = {"No.", "Nº",  "N°",  "№",
                                                      "Nє",  "NO.", "no.", "#"};

// The length of the number marker (`kNumberMarkers`) that starts at t[at],
// or 0 where none does: "#" and a lower-case "no." count only before a
// digit, "no." only where it starts a word.
size_t NumberMarkerAt(std::string_view t, size_t at);

// Whether `t`, trailing spaces aside, ends with a number marker ("No. ",
// "telegram #"): a number after it is no clock time or count.
bool EndsWithNumberMarker(std::string_view t);

// The number after the first number marker in `t` that has one: "Cable
// Nº 21680" -> "21680", "NO. 4279", "as telegram no. 262", "# 13464"; the
// OCR's letters for digits mended ("CABLE N° 2l59O" -> "21590").
std::string NumberAfterMarker(std::string_view t);

// `n` with the OCR's l and I read as 1 and O as 0, when every other
// character of it is a digit and at least two are.
std::string RepairOcrDigits(std::string n);

}  // namespace parley::importers::detail

#endif  // PARLEY_IMPORTERS_DETAIL_NUMBER_MARKERS_H_
