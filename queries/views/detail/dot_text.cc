#include "queries/views/detail/dot_text.h"

#include "text/utf8.h"

namespace parley::views::detail {

std::vector<std::string> WrapLines(std::string_view text, size_t width,
                                   size_t max_lines) {
  const std::u32string chars = text::ToUtf32(text::ValidUtf8(text));
  std::vector<std::u32string> lines;
  std::u32string line;
  size_t i = 0;
  while (i < chars.size()) {
    // Blanks (and line breaks) separate words.
    if (chars[i] == U' ' || chars[i] == U'\n' || chars[i] == U'\t' ||
        chars[i] == U'\r') {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < chars.size() && chars[end] != U' ' && chars[end] != U'\n' &&
           chars[end] != U'\t' && chars[end] != U'\r') {
      ++end;
    }
    std::u32string word = chars.substr(i, end - i);
    i = end;
    while (!word.empty()) {
      const size_t room = line.empty() ? width : width - line.size() - 1;
      if (line.size() < width && word.size() <= room) {
        if (!line.empty()) line += U' ';
        line += word;
        word.clear();
      } else if (line.empty()) {
        lines.push_back(word.substr(0, width));
        word.erase(0, width);
      } else {
        lines.push_back(std::move(line));
        line.clear();
      }
    }
  }
  if (!line.empty()) lines.push_back(std::move(line));
  std::vector<std::string> out;
  for (size_t n = 0; n < lines.size() && n < max_lines; ++n) {
    out.push_back(text::ToUtf8(lines[n]));
  }
  if (lines.size() > max_lines && !out.empty()) {
    std::u32string last = lines[max_lines - 1];
    if (last.size() + 1 > width) last.resize(width - 1);
    out.back() = text::ToUtf8(last + U"…");
  }
  return out;
}

std::string Html(std::string_view text) {
  std::string out;
  for (char c : text::ValidUtf8(text)) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        // Graphviz takes no control characters in a label.
        if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) out += c;
    }
  }
  return out;
}

std::string HtmlLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) {
    out += Html(line) + "<BR ALIGN=\"LEFT\"/>";
  }
  return out;
}

std::string Quoted(std::string_view text) {
  std::string out = "\"";
  for (char c : text::ValidUtf8(text)) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) >= 0x20) out += c;
  }
  return out + "\"";
}

std::string Preamble(std::string_view name, std::string_view rankdir,
                     std::string_view title, const LegendRows& legend) {
  const std::string font(kFont);
  std::string out = "digraph " + Quoted(name) + " {\n";
  out += "  graph [rankdir=" + std::string(rankdir) + ", fontname=\"" + font +
         "\", fontsize=14, bgcolor=\"white\", labelloc=t, labeljust=l, "
         "nodesep=0.25, ranksep=0.45, newrank=true, pad=0.2, "
         "label=<<TABLE BORDER=\"0\" CELLSPACING=\"0\"><TR><TD "
         "ALIGN=\"LEFT\" BALIGN=\"LEFT\"><B>" +
         HtmlLines(WrapLines(title, 2 * kLineWidth)) +
         "</B></TD></TR><TR><TD ALIGN=\"LEFT\">" + Legend(legend) +
         "</TD></TR></TABLE>>];\n";
  out += "  node [fontname=\"" + font +
         "\", fontsize=10, shape=box, style=\"rounded,filled\", "
         "fillcolor=\"#ffffff\", color=\"#555555\", margin=\"0.12,0.06\"];\n";
  out += "  edge [fontname=\"" + font +
         "\", fontsize=9, color=\"#555555\", arrowsize=0.7];\n";
  return out;
}

Colour StanceColour(std::string_view stance) {
  if (stance == "accepts") return {"#d9f2d9", "#2e7d32"};
  if (stance == "rejects") return {"#f9d6d5", "#c62828"};
  if (stance == "insists") return {"#ffe3bf", "#e65100"};
  if (stance == "amends") return {"#d6e4f9", "#1565c0"};
  if (stance == "conditional") return {"#eadcf5", "#6a1b9a"};
  return {"#eeeeee", "#616161"};  // drops, supports, anything else
}

Colour SideColour(std::string_view side) {
  if (side == "kpa-cpv") return {"#fbe3e1", "#b71c1c"};
  if (side == "unc") return {"#dfe9f8", "#0d47a1"};
  if (side == "both") return {"#fff4c2", "#8d6e00"};
  return {"#f2f2f2", "#616161"};
}

std::string Legend(const LegendRows& rows) {
  std::string row = "<TD ALIGN=\"LEFT\"><B>Legend</B></TD>";
  for (const auto& [colour, text] : rows) {
    if (colour.empty()) {
      row += "<TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><B>" +
             HtmlLines(WrapLines(text, kLineWidth / 2)) + "</B></TD>";
      continue;
    }
    row += "<TD BGCOLOR=\"" + Html(colour) +
           "\" BORDER=\"1\" WIDTH=\"18\" HEIGHT=\"12\"></TD><TD "
           "ALIGN=\"LEFT\" BALIGN=\"LEFT\">" +
           HtmlLines(WrapLines(text, kLineWidth / 2)) + "</TD>";
  }
  return "<FONT POINT-SIZE=\"10\"><TABLE BORDER=\"1\" COLOR=\"#999999\" "
         "CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"2\" "
         "STYLE=\"ROUNDED\"><TR>" +
         row + "</TR></TABLE></FONT>";
}

}  // namespace parley::views::detail
