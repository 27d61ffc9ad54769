#include "importers/layouts/wilson_page.h"

#include <optional>

#include "importers/layouts/furniture.h"

namespace parley::importers::layouts {
namespace {

bool StartsWithQuote(std::string_view t) {
  for (std::string_view mark : {"\"", "«", "“", "„"}) {
    if (t.substr(0, mark.size()) == mark) return true;
  }
  return false;
}

bool EndsWithQuote(std::string_view t) {
  while (!t.empty() && (t.back() == '.' || t.back() == ' ')) t.remove_suffix(1);
  for (std::string_view mark : {"\"", "»", "”"}) {
    if (t.size() >= mark.size() && t.substr(t.size() - mark.size()) == mark)
      return true;
  }
  return false;
}

// The summary: the last sentence before the footer ("Author(s):" and other
// labels skipped, with the value under one: "Molotov, Vyacheslav
// Mikhailovich, 1890-1986"), or none.
std::optional<size_t> SummaryLine(const std::vector<detail::Line>& lines,
                                  size_t begin, size_t footer) {
  for (size_t i = footer; i-- > begin;) {
    std::string_view t = lines[i].text;
    if (t.empty() || t.back() == ':') continue;
    // "Copies: Stalin (2), Molotov, ... Vyshinsky.": a labelled line of
    // the document, not the archive's sentence about it.
    size_t colon = t.find(": ");
    bool labelled = colon != std::string_view::npos && colon < 20 &&
                    t.substr(0, colon).find(' ') == std::string_view::npos;
    bool sentence = t.size() > 30 && !StartsWithQuote(t) && t.back() == '.' &&
                    !EndsWithQuote(t) && !labelled;
    if (sentence) return i;
    size_t label = i;
    while (label > begin && lines[label - 1].blank()) --label;
    if (label > begin && lines[label - 1].text.back() == ':' &&
        lines[label - 1].text.size() <= 20)
      continue;
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

size_t FindFooter(const std::vector<detail::Line>& lines, size_t from) {
  for (size_t i = from; i < lines.size(); ++i) {
    if (lines[i].text == "Document Information" ||
        lines[i].text == "Related Documents")
      return i;
  }
  return lines.size();
}

void ReadWilsonBody(const std::vector<detail::Line>& lines, size_t begin,
                    DocumentRecord& record) {
  size_t footer = FindFooter(lines, begin);
  size_t end = footer;
  if (footer < lines.size()) {
    if (auto summary = SummaryLine(lines, begin, footer)) {
      record.summary = {std::string(lines[*summary].text),
                        LineSpan(lines[*summary])};
      end = *summary;
    }
    ReadDocumentInformation(lines, footer, record);
  }
  if (begin < end)
    record.body.push_back({lines[begin].start, lines[end - 1].end});
}

}  // namespace parley::importers::layouts
