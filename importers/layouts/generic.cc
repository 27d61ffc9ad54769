// The fallback for a page no other reader recognises: its first line is the
// title, the first date on the page the date, and the rest the document
// (salutation, text, signature), read by the same content readers. Only
// text with no date at all is refused.
#include "importers/layouts/furniture.h"
#include "importers/layouts/readers.h"

namespace parley::importers::layouts {
namespace {

using detail::Line;

// True when a line from `from` on is running text: four words or more, not
// a date line.
bool HasRunningText(const std::vector<Line>& lines, size_t from) {
  for (size_t i = from; i < lines.size(); ++i) {
    std::string_view t = lines[i].text;
    if (t.empty() || detail::ParseDateLine(t)) continue;
    size_t words = 1;
    for (char c : t) words += c == ' ';
    if (words >= 4) return true;
  }
  return false;
}

class GenericReader : public LayoutReader {
 public:
  std::string_view name() const override { return "generic"; }

  int Score(std::string_view source) const override { return 1; }

  Result<std::vector<DocumentRecord>> Read(
      std::string_view source) const override {
    std::vector<Line> lines = detail::SplitLines(source);
    size_t first = 0;
    while (first < lines.size() && lines[first].blank()) ++first;
    if (first == lines.size()) return Status::InvalidArgument("empty file");
    DocumentRecord record;
    record.layout = std::string(name());
    record.text = std::string(source);
    // A date on a line of its own dates the document ("March 28, 1953"
    // under the signatures); a date in the text may be another's ("your
    // letter of February 22"), so it is only the fallback.
    for (const Line& l : lines) {
      auto d = detail::ParseDateLine(l.text);
      if (!d || !d->ok()) continue;
      record.date = *d;
      record.date_span = LineSpan(l);
      break;
    }
    for (size_t i = 0; i < lines.size() && !record.date; ++i) {
      const Line& l = lines[i];
      auto d = detail::FindDate(l.text, 0);
      if (!d || d->date.year == 0) continue;
      record.date = d->date;
      record.date_span = {l.trim_start + d->start, l.trim_start + d->end};
    }
    if (!record.date) {
      return Status::InvalidArgument(
          "no date anywhere in the text (line " +
          std::to_string(lines[first].number) +
          " onwards): not a document Parley can read");
    }
    const Line& title = lines[first];
    if (!HasRunningText(lines, first + 1)) {
      return Status::InvalidArgument("no document text after line " +
                                     std::to_string(title.number));
    }
    SetTitle(title.text, title.trim_start, record);
    if (first + 1 < lines.size())
      record.body.push_back({lines[first + 1].start, lines.back().end});
    std::vector<DocumentRecord> out;
    out.push_back(std::move(record));
    return out;
  }
};

}  // namespace

std::unique_ptr<LayoutReader> MakeGenericReader() {
  return std::make_unique<GenericReader>();
}

}  // namespace parley::importers::layouts
