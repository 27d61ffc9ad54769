#include "cli/output.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "text/utf8.h"

namespace parley::cli {
size_t DisplayWidth(std::string_view s) { return text::CodePointCount(s); }

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
      size_t cut = text::PrefixBytes(word, room);
      line = std::string(word.substr(0, cut));
      line_width = DisplayWidth(line);
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

int FinishStandardOutput(int exit_code) {
  errno = 0;
  std::cout.flush();
  bool failed = std::fflush(stdout) != 0;
  int error = errno;
  failed = failed || std::ferror(stdout) != 0 || !std::cout;
  if (!failed) return exit_code;
  // A command that failed has said why on its own line (export names the
  // output it could not write): no second line for the same failure.
  constexpr int kFailed = 2;  // kExitBadInput (context.h, not linked here)
  if (exit_code == kFailed) return exit_code;
  // A write that failed earlier leaves no errno behind (the stream keeps
  // only its error flag): one more byte, to a stream already damaged, says
  // why when the output still refuses it.
  if (error == 0) {
    std::clearerr(stdout);
    if (std::fputc('\n', stdout) == EOF || std::fflush(stdout) != 0)
      error = errno;
  }
  std::cerr << "parley: standard output: "
            << (error != 0 ? std::strerror(error) : "write error") << "\n";
  return kFailed;
}

}  // namespace parley::cli
