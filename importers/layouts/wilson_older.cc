// The Wilson Center Digital Archive's older page: "Search in / Digital
// Archive ...", a date line, a "Citation" block whose quoted title
// ("\"Cable No. 21680, Mao Zedong to Cde. Filippov [Stalin],\" July 11,
// 1951, History and Public Policy Program Digital Archive, APRF.") is the
// page's only title, "English HTML", the document, then "Related
// Documents" and "Document Information".
#include <algorithm>
#include <optional>

#include "importers/layouts/furniture.h"
#include "importers/layouts/readers.h"
#include "importers/layouts/wilson_page.h"

namespace parley::importers::layouts {
namespace {

using detail::Line;

constexpr size_t kHeaderLines = 16;

// The quoted title of the citation block: the text between the opening
// quote and the `,"` that closes it, and what follows the quote.
struct QuotedTitle {
  size_t line = 0;
  std::string_view title, after;
};

std::optional<QuotedTitle> FindQuotedTitle(const std::vector<Line>& lines,
                                           size_t limit) {
  for (size_t i = 0; i < lines.size() && i < limit; ++i) {
    std::string_view t = lines[i].text;
    for (auto [open, close] :
         {std::pair<std::string_view, std::string_view>{"\"", ",\""},
          {"“", ",”"}}) {
      if (t.substr(0, open.size()) != open) continue;
      size_t end = t.find(close, open.size());
      if (end == std::string_view::npos) continue;
      return QuotedTitle{i, t.substr(open.size(), end - open.size()),
                         detail::TrimView(t.substr(end + close.size()))};
    }
  }
  return std::nullopt;
}

// "• Citation": the list marker is the page's, not the word's.
bool IsCitationLabel(std::string_view t) {
  if (t.substr(0, 3) == "•") t = detail::TrimView(t.substr(3));
  return t == "Citation";
}

// Where the document starts: after "English HTML" (or any "... HTML"), else
// after "share document".
size_t BodyStart(const std::vector<Line>& lines, size_t from) {
  for (size_t i = from; i < lines.size(); ++i) {
    std::string_view t = lines[i].text;
    if (t.size() > 5 && t.size() < 30 && t.substr(t.size() - 5) == " HTML")
      return i + 1;
  }
  for (size_t i = from; i < lines.size(); ++i) {
    if (lines[i].text.find("share document") != std::string_view::npos)
      return i + 1;
  }
  return from;
}

// "..., History and Public Policy Program Digital Archive, APRF." -> the
// archive named last.
void ReadCitationTail(std::string_view after, size_t offset,
                      DocumentRecord& record) {
  size_t archive = after.find("Digital Archive, ");
  if (archive == std::string_view::npos) return;
  std::string_view rest = after.substr(archive + 17);
  std::vector<Citation> full =
      ParseCitations(rest, offset + (rest.data() - after.data()));
  if (!full.empty()) {
    for (Citation& c : full) record.sources.push_back(std::move(c));
    return;
  }
  std::string name = detail::StripTrailing(detail::TrimView(rest), ". ");
  if (name.empty()) return;
  Citation c;
  c.citation = c.archive = name;
  size_t at = offset + static_cast<size_t>(rest.data() - after.data());
  c.span = {at, at + name.size()};
  record.sources.push_back(std::move(c));
}

class WilsonOlderReader : public LayoutReader {
 public:
  std::string_view name() const override { return "wilson-older"; }

  int Score(std::string_view source) const override {
    std::vector<Line> lines = detail::SplitLines(source);
    size_t limit = std::min<size_t>(lines.size(), 60);
    bool citation = false;
    for (size_t i = 0; i < limit; ++i)
      citation |= IsCitationLabel(lines[i].text);
    if (!citation || !FindQuotedTitle(lines, limit)) return 0;
    return 90;
  }

  Result<std::vector<DocumentRecord>> Read(
      std::string_view source) const override {
    std::vector<Line> lines = detail::SplitLines(source);
    size_t limit = std::min<size_t>(lines.size(), 60);
    std::optional<QuotedTitle> quoted = FindQuotedTitle(lines, limit);
    if (!quoted) {
      return Status::InvalidArgument(
          "no citation: expected a quoted title such as '\"Cable No. 21680, "
          "A to B,\" July 11, 1951, ...' near line 1");
    }
    DocumentRecord record;
    record.layout = std::string(name());
    record.text = std::string(source);
    size_t title_at = static_cast<size_t>(quoted->title.data() - source.data());
    SetTitle(quoted->title, title_at, record);
    ReadDate(lines, *quoted, record);
    ReadSummary(lines, quoted->line, record);
    size_t after_at = static_cast<size_t>(quoted->after.data() - source.data());
    ReadWilsonBody(lines, BodyStart(lines, quoted->line + 1), record);
    // The quoted citation may give the full reference ("AVPRF, fond 059a,
    // opis 5a, ..."), where the footer has only the archive's name.
    bool bare = std::all_of(record.sources.begin(), record.sources.end(),
                            [](const Citation& c) { return c.fond.empty(); });
    if (bare) {
      DocumentRecord tail;
      ReadCitationTail(quoted->after, after_at, tail);
      bool full =
          std::any_of(tail.sources.begin(), tail.sources.end(),
                      [](const Citation& c) { return !c.fond.empty(); });
      if (full || record.sources.empty()) record.sources = tail.sources;
    }
    // "... ll. 97-99. Translated by Kathryn Weathersby.": the translator is
    // a person the page names.
    if (std::optional<Party> t = Translator(quoted->after, after_at))
      record.persons.push_back(*t);
    std::vector<DocumentRecord> out;
    out.push_back(std::move(record));
    return out;
  }

 private:
  // The page's date line; else the date after the quoted title.
  static void ReadDate(const std::vector<Line>& lines, const QuotedTitle& q,
                       DocumentRecord& record) {
    size_t nonblank = 0;
    for (size_t i = 0; i < q.line && nonblank < kHeaderLines; ++i) {
      if (lines[i].blank()) continue;
      ++nonblank;
      if (auto d = detail::ParseDateLine(lines[i].text)) {
        record.date = *d;
        record.date_span = LineSpan(lines[i]);
        return;
      }
    }
    if (auto d = detail::FindDate(q.after, 0)) {
      record.date = d->date;
      size_t at =
          static_cast<size_t>(q.after.data() - lines[q.line].text.data()) +
          lines[q.line].trim_start;
      record.date_span = {at + d->start, at + d->end};
    }
  }

  // The sentence above the quoted title, under "get citation".
  static void ReadSummary(const std::vector<Line>& lines, size_t title_line,
                          DocumentRecord& record) {
    for (size_t i = title_line; i-- > 0;) {
      std::string_view t = lines[i].text;
      if (t.empty()) continue;
      if (t == "get citation" || IsCitationLabel(t)) return;
      record.summary = {std::string(t), LineSpan(lines[i])};
      return;
    }
  }
};

}  // namespace

std::unique_ptr<LayoutReader> MakeWilsonOlderReader() {
  return std::make_unique<WilsonOlderReader>();
}

}  // namespace parley::importers::layouts
