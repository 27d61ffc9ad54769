#include "importers/cue_table.h"

#include <algorithm>
#include <cctype>

#include "importers/detail/page_text.h"
#include "importers/detail/table_file.h"

namespace parley::importers {

Result<CueTable> CueTable::Parse(std::string_view text,
                                 const std::string& source) {
  CueTable table;
  Status read = detail::ForEachTableRow(
      text, source, {3, 3, "kind, language, cues"},
      [&](const detail::TableRow& row) {
        std::vector<std::string>& into =
            table.cues_[std::string(row.fields[0])];
        std::string_view cues = row.fields[2];
        for (size_t b = 0; b <= cues.size();) {
          size_t bar = cues.find(" | ", b);
          if (bar == std::string_view::npos) bar = cues.size();
          std::string_view cue = detail::TrimView(cues.substr(b, bar - b));
          b = bar + 3;
          if (cue.empty()) continue;
          // "_" at either end marks a word's edge: "_our telegram" is not in
          // "four telegrams", "agree_" not in "agreement".
          std::string written = detail::LowerText(cue);
          if (written.front() == '_') written.front() = ' ';
          if (written.back() == '_') written.back() = ' ';
          into.push_back(std::move(written));
        }
        return std::string();
      });
  if (!read.ok()) return read;
  return table;
}

Result<CueTable> CueTable::LoadFile(const std::string& path) {
  Result<std::string> text = detail::ReadTableFile(path, "cues");
  if (!text.ok()) return text.status();
  return Parse(*text, path);
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

// Where `cue` ("_my telegram", "command_", "telegram") first occurs in
// `text` with a word's edge wherever it has "_" (stored as a space), or
// npos.
size_t FindCue(std::string_view text, std::string_view cue) {
  bool start_edge = !cue.empty() && cue.front() == ' ';
  bool end_edge = cue.size() > 1 && cue.back() == ' ';
  std::string_view bare =
      cue.substr(start_edge, cue.size() - start_edge - end_edge);
  if (bare.empty()) return std::string_view::npos;
  for (size_t at = text.find(bare); at != std::string_view::npos;
       at = text.find(bare, at + 1)) {
    if (start_edge && at > 0 && WordByte(text[at - 1])) continue;
    size_t end = at + bare.size();
    if (end_edge && end < text.size() && WordByte(text[end])) continue;
    return at;
  }
  return std::string_view::npos;
}

}  // namespace

bool CueTable::Contains(std::string_view kind, std::string_view lower) const {
  const std::vector<std::string>& cues = Cues(kind);
  return std::any_of(cues.begin(), cues.end(), [&](const std::string& cue) {
    return FindCue(lower, cue) != std::string_view::npos;
  });
}

size_t CueTable::Find(std::string_view kind, std::string_view lower) const {
  size_t first = std::string_view::npos;
  for (const std::string& cue : Cues(kind))
    first = std::min(first, FindCue(lower, cue));
  return first;
}

bool CueTable::Is(std::string_view kind, std::string_view lower) const {
  for (const std::string& cue : Cues(kind)) {
    if (lower == cue) return true;
  }
  return false;
}

bool CueTable::Opens(std::string_view kind, std::string_view lower) const {
  for (const std::string& cue : Cues(kind)) {
    if (lower.substr(0, cue.size()) == cue) return true;
  }
  return false;
}

}  // namespace parley::importers
