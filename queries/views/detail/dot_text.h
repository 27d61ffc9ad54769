// Internal to queries/views/: the pieces every drawing is made of — lines of
// at most 40 characters, text escaped for Graphviz's HTML-like labels, the
// fonts, the stance and side colours, and the legend.
#ifndef PARLEY_QUERIES_VIEWS_DETAIL_DOT_TEXT_H_
#define PARLEY_QUERIES_VIEWS_DETAIL_DOT_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace parley::views::detail {

// The longest label line, in characters: readable on a screen and, at 10
// points, on A4.
inline constexpr size_t kLineWidth = 40;

// A font with Latin and Cyrillic (fonts-dejavu-core).
inline constexpr std::string_view kFont = "DejaVu Sans";

// `text` as lines of at most `width` characters (code points), broken at
// spaces; a word longer than a line is cut. At most `max_lines` lines, the
// last ending in "…" when text was left out. Invalid UTF-8 is replaced.
std::vector<std::string> WrapLines(std::string_view text,
                                   size_t width = kLineWidth,
                                   size_t max_lines = 1000);

// `text` escaped for an HTML-like label (&, <, >, ", control characters
// dropped; invalid UTF-8 replaced).
std::string Html(std::string_view text);

// Lines, each escaped, joined by left-aligned line breaks.
std::string HtmlLines(const std::vector<std::string>& lines);

// `text` as a DOT quoted id.
std::string Quoted(std::string_view text);

// A legend's entries: (fill colour, text); an entry with an empty colour
// is a heading.
using LegendRows = std::vector<std::pair<std::string, std::string>>;

// The graph, node and edge defaults every view opens with: the font, its
// sizes, a white background; `rankdir` "LR" or "TB"; the title and, under
// it, the legend in one row of swatches, at the top left, so that it takes
// no column or rank of the drawing.
std::string Preamble(std::string_view name, std::string_view rankdir,
                     std::string_view title, const LegendRows& legend);

// Fill and line colour of a stance (accepts green, rejects red, insists
// orange, amends blue, drops grey, conditional purple, other grey).
struct Colour {
  std::string_view fill;
  std::string_view line;
};
Colour StanceColour(std::string_view stance);
// Of a side: "kpa-cpv" red, "unc" blue, "both" (agreed text) gold, unknown
// grey.
Colour SideColour(std::string_view side);

// The legend as an HTML-like table: "Legend", then each heading and each
// swatch with what it means, side by side.
std::string Legend(const LegendRows& rows);

}  // namespace parley::views::detail

#endif  // PARLEY_QUERIES_VIEWS_DETAIL_DOT_TEXT_H_
