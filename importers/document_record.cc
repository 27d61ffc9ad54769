#include "importers/document_record.h"

#include <algorithm>

namespace parley::importers {

void SourceMap::AddPiece(size_t text_start, size_t source_start,
                         size_t length) {
  if (length == 0) return;
  pieces_.push_back({text_start, source_start, length});
}

size_t SourceMap::ToSource(size_t at) const {
  if (pieces_.empty()) return at;
  // The last piece that starts at or before `at`.
  auto it = std::upper_bound(
      pieces_.begin(), pieces_.end(), at,
      [](size_t offset, const Piece& p) { return offset < p.text_start; });
  if (it == pieces_.begin()) return pieces_.front().source_start;
  const Piece& p = *std::prev(it);
  size_t into = std::min(at - p.text_start, p.length);
  return p.source_start + into;
}

Span SourceMap::ToSource(Span s) const {
  if (pieces_.empty() || s.empty()) {
    size_t at = ToSource(s.start);
    return {at, pieces_.empty() ? s.end : at};
  }
  return {ToSource(s.start), ToSource(s.end - 1) + 1};
}

}  // namespace parley::importers
