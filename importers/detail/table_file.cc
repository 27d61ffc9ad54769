#include "importers/detail/table_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "importers/detail/name_match.h"
#include "text/utf8.h"

namespace parley::importers::detail {

Result<std::string> ReadTableFile(const std::string& path,
                                  std::string_view what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::IOError(path + ": cannot open " + std::string(what) +
                           " file (" + std::strerror(errno) + ")");
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) {
    return Status::IOError(path + ": cannot read " + std::string(what) +
                           " file");
  }
  return text.str();
}

std::vector<std::string_view> SplitAt(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  for (size_t begin = 0;;) {
    size_t at = s.find(sep, begin);
    parts.push_back(s.substr(begin, at == s.npos ? s.npos : at - begin));
    if (at == s.npos) return parts;
    begin = at + 1;
  }
}

Status TableError(const std::string& source, size_t line,
                  const std::string& message) {
  return Status::InvalidArgument(source + ":" + std::to_string(line) + ": " +
                                 message);
}

Status ForEachTableRow(std::string_view text, const std::string& source,
                       const TableShape& shape,
                       const std::function<std::string(const TableRow&)>& row) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  TableRow current;
  for (std::string_view line : SplitAt(text, '\n')) {
    ++current.line;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::string_view content = Trim(line);
    if (content.empty() || content.front() == '#') continue;
    if (!text::IsValidUtf8(line)) {
      return TableError(source, current.line, "invalid UTF-8");
    }
    current.fields = SplitAt(line, '\t');
    size_t found = current.fields.size();
    if (found < shape.min_fields || found > shape.max_fields) {
      std::string expected = std::to_string(shape.min_fields);
      if (shape.max_fields != shape.min_fields) {
        expected +=
            (shape.max_fields == shape.min_fields + 1 ? " or " : " to ") +
            std::to_string(shape.max_fields);
      }
      return TableError(source, current.line,
                        "expected " + expected + " tab-separated fields (" +
                            std::string(shape.field_names) + "), found " +
                            std::to_string(found));
    }
    for (std::string_view& field : current.fields) field = Trim(field);
    if (std::string error = row(current); !error.empty()) {
      return TableError(source, current.line, error);
    }
  }
  return Status::Ok();
}

bool SplitPhrase(std::string_view written, std::vector<PhrasePiece>& pieces,
                 std::string& error) {
  pieces.clear();
  const std::string quoted = "\"" + std::string(written) + "\"";
  auto is_gap = [](std::string_view p) { return p == "..." || p == "\u2026"; };
  bool gap = false;
  std::istringstream words{std::string(written)};
  std::string piece;
  while (words >> piece) {
    if (is_gap(piece)) {
      if (pieces.empty() || gap) {
        error = "'...' must stand between two words in " + quoted;
        return false;
      }
      gap = true;
      continue;
    }
    if (piece.find("...") != std::string::npos ||
        piece.find("\u2026") != std::string::npos) {
      error = "write '...' apart from the words around it in " + quoted;
      return false;
    }
    bool whole = piece.size() > 1 && piece.back() == '$';
    if (whole) piece.pop_back();
    pieces.push_back({std::move(piece), whole, gap});
    gap = false;
  }
  if (gap) {
    error = "'...' must stand between two words in " + quoted;
    return false;
  }
  if (pieces.empty()) {
    error = "empty phrase";
    return false;
  }
  return true;
}

}  // namespace parley::importers::detail
