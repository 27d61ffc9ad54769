#include "cli/output.h"

namespace parley::cli {
namespace {

bool IsContinuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

}  // namespace

size_t DisplayWidth(std::string_view s) {
  size_t n = 0;
  for (char c : s) {
    if (!IsContinuation(c)) ++n;
  }
  return n;
}

std::vector<std::string> Wrap(std::string_view text, size_t width,
                              std::string_view indent) {
  std::vector<std::string> lines;
  size_t room =
      width > DisplayWidth(indent) + 10 ? width - DisplayWidth(indent) : 10;
  std::string line;
  size_t line_width = 0;
  auto flush = [&]() {
    lines.push_back(std::string(indent) + line);
    line.clear();
    line_width = 0;
  };
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() &&
           (text[i] == ' ' || text[i] == '\n' || text[i] == '\t'))
      ++i;
    size_t b = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\n' &&
           text[i] != '\t')
      ++i;
    std::string_view word = text.substr(b, i - b);
    if (word.empty()) break;
    size_t w = DisplayWidth(word);
    if (line_width > 0 && line_width + 1 + w > room) flush();
    while (w > room) {
      // Cut an overlong word on a character boundary.
      size_t cut = 0, chars = 0;
      while (cut < word.size() && chars < room) {
        ++cut;
        while (cut < word.size() && IsContinuation(word[cut])) ++cut;
        ++chars;
      }
      line = std::string(word.substr(0, cut));
      line_width = chars;
      flush();
      word = word.substr(cut);
      w = DisplayWidth(word);
    }
    if (line_width > 0) {
      line += ' ';
      ++line_width;
    }
    line += word;
    line_width += w;
  }
  if (line_width > 0 || lines.empty()) flush();
  return lines;
}

std::string WrapLabelled(std::string_view label, std::string_view text,
                         size_t width) {
  std::string indent(DisplayWidth(label), ' ');
  std::vector<std::string> lines = Wrap(text, width, indent);
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i == 0) {
      out += std::string(label) + lines[0].substr(indent.size());
    } else {
      out += lines[i];
    }
    out += '\n';
  }
  return out;
}

std::string CsvField(std::string_view s) {
  if (s.find_first_of(",\"\n\r") == std::string_view::npos)
    return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace parley::cli
