#include "importers/cue_table.h"

#include <cctype>
#include <fstream>
#include <sstream>

#include "importers/detail/page_text.h"

namespace parley::importers {

Result<CueTable> CueTable::Parse(std::string_view text,
                                 const std::string& source) {
  CueTable table;
  size_t number = 0;
  for (size_t begin = 0; begin <= text.size();) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    begin = end + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (detail::TrimView(line).empty() || line[0] == '#') continue;
    size_t tab1 = line.find('\t');
    size_t tab2 =
        tab1 == std::string_view::npos ? tab1 : line.find('\t', tab1 + 1);
    if (tab2 == std::string_view::npos) {
      return Status::InvalidArgument(
          source + ":" + std::to_string(number) +
          ": expected three tab-separated columns: kind, language, cues");
    }
    std::string kind(detail::TrimView(line.substr(0, tab1)));
    std::string_view cues = line.substr(tab2 + 1);
    std::vector<std::string>& into = table.cues_[kind];
    for (size_t b = 0; b <= cues.size();) {
      size_t bar = cues.find(" | ", b);
      if (bar == std::string_view::npos) bar = cues.size();
      std::string_view cue = cues.substr(b, bar - b);
      b = bar + 3;
      cue = detail::TrimView(cue);
      if (cue.empty()) continue;
      // "_" at either end marks a word's edge: "_our telegram" is not in
      // "four telegrams", "agree_" not in "agreement".
      std::string written = detail::LowerText(cue);
      if (written.front() == '_') written.front() = ' ';
      if (written.back() == '_') written.back() = ' ';
      into.push_back(std::move(written));
    }
  }
  return table;
}

Result<CueTable> CueTable::LoadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::InvalidArgument(path + ": cannot open file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return Parse(buffer.str(), path);
}

const std::vector<std::string>& CueTable::Cues(std::string_view kind) const {
  static const std::vector<std::string> kNone;
  auto it = cues_.find(kind);
  return it == cues_.end() ? kNone : it->second;
}

namespace {

// A letter or digit of any script (UTF-8 bytes of non-ASCII letters count).
bool WordByte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return std::isalnum(u) || u >= 0x80;
}

// True when `cue` ("_my telegram", "command_", "telegram") occurs in `text`
// with a word's edge wherever it has "_" (stored as a space).
bool Occurs(std::string_view text, std::string_view cue) {
  bool start_edge = !cue.empty() && cue.front() == ' ';
  bool end_edge = cue.size() > 1 && cue.back() == ' ';
  std::string_view bare =
      cue.substr(start_edge, cue.size() - start_edge - end_edge);
  if (bare.empty()) return false;
  for (size_t at = text.find(bare); at != std::string_view::npos;
       at = text.find(bare, at + 1)) {
    if (start_edge && at > 0 && WordByte(text[at - 1])) continue;
    size_t end = at + bare.size();
    if (end_edge && end < text.size() && WordByte(text[end])) continue;
    return true;
  }
  return false;
}

}  // namespace

bool CueTable::Contains(std::string_view kind, std::string_view lower) const {
  for (const std::string& cue : Cues(kind)) {
    if (Occurs(lower, cue)) return true;
  }
  return false;
}

bool CueTable::Is(std::string_view kind, std::string_view lower) const {
  for (const std::string& cue : Cues(kind)) {
    if (lower == cue) return true;
  }
  return false;
}

}  // namespace parley::importers
