#include "importers/cue_table.h"

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
    size_t tab2 = tab1 == std::string_view::npos ? tab1 : line.find('\t', tab1 + 1);
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
      // "_" at either end stands for a space that must be there: "_of_"
      // is " of ", "agree_" does not match "agreement".
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

bool CueTable::Contains(std::string_view kind, std::string_view lower) const {
  for (const std::string& cue : Cues(kind)) {
    if (lower.find(cue) != std::string_view::npos) return true;
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
