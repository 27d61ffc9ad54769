// The Wilson Center Digital Archive's current page: a date line ("July 3,
// 1951"), the title ("Ciphered Telegram No. 21404, Mao Zedong to Cde.
// Filippov [Stalin]"), the document, a one-sentence summary, and the
// "Document Information" footer with the citation and the record id.
#include <optional>

#include "importers/layouts/furniture.h"
#include "importers/layouts/readers.h"
#include "importers/layouts/wilson_page.h"

namespace parley::importers::layouts {
namespace {

using detail::Line;

// How many non-blank lines may come before the date line: site links, a
// stray summary of another record, "Skip to content".
constexpr size_t kHeaderLines = 12;

std::optional<size_t> DateLine(const std::vector<Line>& lines) {
  size_t nonblank = 0;
  for (size_t i = 0; i < lines.size() && nonblank < kHeaderLines; ++i) {
    if (lines[i].blank()) continue;
    ++nonblank;
    // An impossible date ("February 30, 1951") still marks the header; the
    // page is read without a date, and the import warns of it.
    if (detail::ParseDateLine(lines[i].text) ||
        detail::IsImpossibleDateLine(lines[i].text)) {
      return i;
    }
  }
  return std::nullopt;
}

std::optional<size_t> NextNonBlank(const std::vector<Line>& lines, size_t i) {
  for (++i; i < lines.size(); ++i) {
    if (!lines[i].blank()) return i;
  }
  return std::nullopt;
}

class WilsonCurrentReader : public LayoutReader {
 public:
  std::string_view name() const override { return "wilson-current"; }

  int Score(std::string_view source) const override {
    std::vector<Line> lines = detail::SplitLines(source);
    std::optional<size_t> date = DateLine(lines);
    if (!date) return 0;
    std::optional<size_t> title = NextNonBlank(lines, *date);
    if (!title) return 0;
    bool titled = !ParseTitle(lines[*title].text, 0).doc_type.empty();
    bool footer = FindFooter(lines, *title) < lines.size();
    return 40 + (titled ? 25 : 0) + (footer ? 20 : 0);
  }

  Result<std::vector<DocumentRecord>> Read(
      std::string_view source) const override {
    std::vector<Line> lines = detail::SplitLines(source);
    std::optional<size_t> date = DateLine(lines);
    if (!date) {
      return Status::InvalidArgument(
          "no archive header: expected a date line such as 'July 3, 1951' "
          "near line 1");
    }
    std::optional<size_t> title = NextNonBlank(lines, *date);
    if (!title) {
      return Status::InvalidArgument("no title after the date line (line " +
                                     std::to_string(lines[*date].number) + ")");
    }
    DocumentRecord record;
    record.layout = std::string(name());
    record.text = std::string(source);
    record.date = detail::ParseDateLine(lines[*date].text);
    record.date_span = LineSpan(lines[*date]);
    SetTitle(lines[*title].text, lines[*title].trim_start, record);
    ReadWilsonBody(lines, *title + 1, record);
    std::vector<DocumentRecord> out;
    out.push_back(std::move(record));
    return out;
  }
};

}  // namespace

std::unique_ptr<LayoutReader> MakeWilsonCurrentReader() {
  return std::make_unique<WilsonCurrentReader>();
}

}  // namespace parley::importers::layouts
