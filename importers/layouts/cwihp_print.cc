// The Cold War International History Project Bulletin as printed (and as a
// book viewer shows its text): running heads with the page number, an item
// heading "93. 14 November 1951, ciphered telegram, Mao Zedong to Filippov
// (Stalin)", the translated document, and a bracketed source line
// "[Source: APRF, Fond 45, Opis 1, Delo 342, Listy 16-19]".
#include <algorithm>
#include <cctype>
#include <optional>

#include "importers/layouts/furniture.h"
#include "importers/layouts/readers.h"
#include "text/chars.h"
#include "text/utf8.h"

namespace parley::importers::layouts {
namespace {

using detail::Line;

// A running head: "NEW EVIDENCE ON THE KOREAN WAR ... BULLETIN 75", "78
// COLD WAR INTERNATIONAL HISTORY PROJECT BULLETIN", "NEW EVIDENCE ON THE
// KOREAN WAR   83".
bool IsRunningHead(std::string_view t) {
  bool bulletin = t.find("BULLETIN") != std::string_view::npos;
  bool cold_war = t.find("COLD WAR") != std::string_view::npos;
  bool evidence = t.find("NEW EVIDENCE ON THE") != std::string_view::npos;
  return t.size() < 100 &&
         ((bulletin && (cold_war || evidence)) || evidence ||
          t.find("COLD WAR INTERNATIONAL HISTORY") != std::string_view::npos);
}

// A line of the viewer around the print: no Latin or Cyrillic word of three
// letters ("網頁圖片", "PDF", "ePub 版", "« 上一頁     繼續 »").
bool IsViewerLine(std::string_view t) {
  size_t run = 0, best = 0;
  for (size_t i = 0; i < t.size();) {
    text::CodePoint c = text::NextCodePoint(t, i);
    bool letter =
        text::IsLatinLetter(c) || (text::IsCyrillic(c) && text::IsLetter(c));
    run = letter ? run + 1 : 0;
    best = std::max(best, run);
  }
  if (t == "PDF" || t.rfind("ePub", 0) == 0) return true;
  // A number after its sign is print ("No. 5302" alone under a signature,
  // "13.IV.53   No. 287": the signer's date and number across a gap).
  bool numbered = false;
  for (std::string_view sign : detail::kNumberSigns) {
    size_t at = t.find(sign);
    if (at == std::string_view::npos) continue;
    std::string_view rest = detail::TrimView(t.substr(at + sign.size()));
    numbered = numbered || (!rest.empty() &&
                            std::isdigit(static_cast<unsigned char>(rest[0])));
  }
  return best < 3 && !numbered;
}

// The document type a heading's words name, a word the column hyphenated
// ("ciphered tele-" over "gram", joined by a soft hyphen) read whole.
std::string KindOf(std::string_view words) {
  std::string joined(words);
  for (size_t at = joined.find("\xC2\xAD"); at != std::string::npos;
       at = joined.find("\xC2\xAD", at))
    joined.erase(at, 2);
  std::replace(joined.begin(), joined.end(), '\n', ' ');
  return detail::DocTypeFromWords(detail::ToLowerAscii(joined));
}

// "93. 14 November 1951, ciphered telegram, Mao Zedong to Filippov
// (Stalin)": the item number, then a date, a kind and the parties; or the
// kind and the parties, then the date ("101. Ciphered telegram, Mao Zedong
// to Filippov (Stalin), 2 February 1952").
struct Heading {
  size_t line = 0;
  size_t end_line = 0;    // the line after the heading
  std::string_view text;  // after the item number
  detail::DateMatch date;
  std::string_view kind, parties;  // views of `text`
  // What the heading says comes with the document (", with draft
  // instructions to Krasovsky and Razuvaev"): a document quoted inside.
  std::string_view attachment;
  // Under an item number ("112. ...", or "DOCUMENT No. 14" over it); a
  // heading of its own is one document of an item that prints several.
  bool numbered = false;
  // "16 and 17 January 1952": the last day of a heading's range (`date` is
  // the first); 0 for one day.
  int last_day = 0;
};

// "16 and 17 January 1952, ...", "16-17 January 1952, ...": the first day
// of a range, in the month and year of the date that ends it.
std::optional<detail::DateMatch> DayRangeAt(std::string_view rest,
                                            int& last_day) {
  size_t digits = 0;
  while (digits < rest.size() && digits < 2 &&
         std::isdigit(static_cast<unsigned char>(rest[digits])))
    ++digits;
  if (digits == 0) return std::nullopt;
  for (std::string_view joiner : {" and ", "-", "–", " & "}) {
    if (rest.substr(digits, joiner.size()) != joiner) continue;
    auto end = detail::FindDate(rest, 0, digits + joiner.size());
    if (!end || end->start != digits + joiner.size() || !end->date.ok())
      return std::nullopt;
    detail::DateMatch first = *end;
    first.date.day = std::stoi(std::string(rest.substr(0, digits)));
    first.start = 0;
    if (first.date.day >= end->date.day) return std::nullopt;
    last_day = end->date.day;
    return first;
  }
  return std::nullopt;
}

// A heading after its item number: "17 September 1952, ciphered telegram,
// A to B", or the kind and the parties, then the date ("Ciphered Telegram
// from Vyshinsky (New York) to Stalin, 22 November 1952"), maybe with what
// comes with it after the date.
std::optional<Heading> ParseHeadingText(std::string_view rest) {
  Heading h{0, 0, rest, {}, {}, {}, {}, false, 0};
  auto date = detail::FindDate(rest, 0);
  if (auto range = DayRangeAt(rest, h.last_day)) date = range;
  if (date && date->start == 0 && date->date.ok()) {
    if (rest.find(", ", date->end) != date->end) return std::nullopt;
    h.date = *date;
    std::string_view after = rest.substr(date->end + 2);
    // "19 March 1953, resolution of the USSR Council of Ministers, with
    // draft letters of the Soviet Government to Mao Zedong and Kim Il Sung":
    // what comes with it, not its parties.
    for (std::string_view lead : kAttachmentLeads) {
      size_t at = after.find(lead);
      if (at == std::string_view::npos) continue;
      h.attachment = after.substr(at + lead.size());
      while (!h.attachment.empty() && h.attachment.back() == '.')
        h.attachment.remove_suffix(1);
      after = after.substr(0, at);
      break;
    }
    size_t comma = after.find(", ");
    h.kind = comma == std::string_view::npos ? after : after.substr(0, comma);
    if (comma != std::string_view::npos) h.parties = after.substr(comma + 2);
    return h;
  }
  // The date last, after the parties; the kind must name a document.
  std::string_view body = detail::TrimView(rest);
  while (!body.empty() && body.back() == '.') body.remove_suffix(1);
  for (std::string_view lead : kAttachmentLeads) {
    size_t at = body.find(lead);
    if (at == std::string_view::npos) continue;
    // Only after the date: "Memorandum from A to B, 2 March 1953, with
    // draft instructions ...".
    size_t before = body.rfind(", ", at == 0 ? 0 : at - 1);
    auto dated = before == std::string_view::npos
                     ? std::nullopt
                     : detail::FindDate(body, 0, before + 2);
    if (!dated || dated->start != before + 2 || dated->end != at) continue;
    h.attachment = body.substr(at + lead.size());
    body = body.substr(0, at);
    break;
  }
  size_t last = body.rfind(", ");
  size_t first = body.find(", ");
  if (last == std::string_view::npos) return std::nullopt;
  date = detail::FindDate(body, 0, last + 2);
  if (!date || date->start != last + 2 || date->end != body.size() ||
      !date->date.ok())
    return std::nullopt;
  // "Ciphered Telegram from Vyshinsky (New York) to Stalin, 22 November
  // 1952": the kind, then "from" the parties.
  size_t from = body.find(" from ");
  if (first == last) {
    if (from == std::string_view::npos || from > last) return std::nullopt;
    h.kind = body.substr(0, from);
    h.parties = body.substr(from + 6, last - from - 6);
  } else {
    h.kind = body.substr(0, first);
    h.parties = body.substr(first + 2, last - first - 2);
  }
  if (KindOf(h.kind).empty()) return std::nullopt;
  h.date = *date;
  h.date.start += static_cast<size_t>(body.data() - rest.data());
  h.date.end += static_cast<size_t>(body.data() - rest.data());
  return h;
}

// "112. 17 September 1952, ...", "Document 114: Ciphered Telegram from
// ...": a heading under its item number.
std::optional<Heading> ParseHeading(const Line& line) {
  std::string_view t = line.text;
  size_t i = 0;
  if (t.rfind("Document ", 0) == 0) i = 9;
  size_t digits = i;
  while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i]))) ++i;
  if (i == digits || i - digits > 4 ||
      (t.substr(i, 2) != ". " && (digits == 0 || t.substr(i, 2) != ": ")))
    return std::nullopt;
  std::optional<Heading> h = ParseHeadingText(t.substr(i + 2));
  if (h) h->numbered = true;
  return h;
}

// "DOCUMENT No. 14", "Document 14", "No. 14": an item number on a line of
// its own, the heading on the next.
bool IsItemNumberLine(std::string_view t) {
  t = detail::TrimView(t);
  if (detail::StartsWithNoCase(t, "Document ")) t = t.substr(9);
  for (std::string_view sign : {"No. ", "No.", "№ "}) {
    if (t.rfind(sign, 0) == 0) {
      t = t.substr(sign.size());
      break;
    }
  }
  while (!t.empty() && (t.back() == '.' || t.back() == ':')) t.remove_suffix(1);
  return !t.empty() && t.size() <= 4 &&
         std::all_of(t.begin(), t.end(), [](char c) {
           return std::isdigit(static_cast<unsigned char>(c));
         });
}

// A heading of its own, one of the documents an item prints ("5 June 1952,
// ciphered telegram, Mao Zedong to Filippov (Stalin)", under the item's
// "108. Mao Zedong's telegram ... and Filippov's reply ..."): the date
// first, and a kind that names a document.
std::optional<Heading> ParseSubheading(const Line& line) {
  std::optional<Heading> h = ParseHeadingText(line.text);
  if (!h || h->date.start != 0 || KindOf(h->kind).empty() || h->parties.empty())
    return std::nullopt;
  return h;
}

// A heading the column broke over lines ("90. 30 August 1951, ciphered
// telegram, Mao" over "Zedong to Filippov (Stalin)") runs on until a blank
// line or a header in capitals; the view then spans the lines as printed.
std::string_view RunOn(const std::vector<Line>& lines, size_t i) {
  std::string_view t = lines[i].text;
  for (size_t j = i + 1; j < lines.size() && j <= i + 2; ++j) {
    std::string_view next = lines[j].text;
    bool lower = std::any_of(next.begin(), next.end(),
                             [](char c) { return c >= 'a' && c <= 'z'; });
    if (next.empty() || !lower) break;
    t = std::string_view(
        t.data(), static_cast<size_t>(next.data() - t.data()) + next.size());
  }
  return t;
}

// The heading at line `i`: under an item number on the line or over it,
// or a heading of its own (the first may stand under an item line that
// describes several documents).
std::optional<Heading> HeadingAt(const std::vector<Line>& lines, size_t i) {
  auto at = [&](size_t k, auto parse) -> std::optional<Heading> {
    Line whole = lines[k];
    whole.text = RunOn(lines, k);
    std::optional<Heading> h = parse(whole);
    if (!h) return std::nullopt;
    h->line = k;
    h->end_line = k + 1 +
                  static_cast<size_t>(
                      std::count(whole.text.begin(), whole.text.end(), '\n'));
    return h;
  };
  if (auto h = at(i, ParseHeading)) return h;
  if (IsItemNumberLine(lines[i].text)) {
    size_t k = i + 1;
    while (k < lines.size() && lines[k].blank()) ++k;
    if (k == lines.size()) return std::nullopt;
    std::optional<Heading> h =
        at(k, [](const Line& l) { return ParseHeadingText(l.text); });
    if (h) h->numbered = true;
    return h;
  }
  return at(i, ParseSubheading);
}

std::optional<Heading> FindHeading(const std::vector<Line>& lines) {
  for (size_t i = 0; i < lines.size() && i < 40; ++i) {
    if (auto h = HeadingAt(lines, i)) return h;
  }
  return std::nullopt;
}

// "[Source: APRF, Fond 45, ...]" -> the text between "Source:" and "]", also
// when the column broke it over lines ("... Delo 340," over "Listy 91-92]").
std::optional<std::string_view> SourceLine(const std::vector<Line>& lines,
                                           size_t i) {
  std::string_view t = lines[i].text;
  if (t.rfind("[Source:", 0) != 0) return std::nullopt;
  for (size_t j = i; j < lines.size() && j <= i + 3; ++j) {
    std::string_view end = lines[j].text;
    if (end.empty()) return std::nullopt;
    if (end.back() != ']') continue;
    std::string_view whole(
        t.data(), static_cast<size_t>(end.data() - t.data()) + end.size());
    return detail::TrimView(whole.substr(8, whole.size() - 9));
  }
  return std::nullopt;
}

// A paragraph that runs on over a page break ("... of the for-", the
// running head "NEW EVIDENCE ON THE KOREAN WAR   83", "eign troops ..."),
// made one line, byte for byte: the head and the blank lines become spaces,
// and a word hyphenated at the break is joined by a soft hyphen, its second
// half moved up to the first.
std::string JoinPageBreaks(std::string text) {
  std::vector<Line> lines = detail::SplitLines(text);
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    const Line& a = lines[i];
    if (a.blank() || IsRunningHead(a.text)) continue;
    size_t k = i + 1;
    bool head = false;
    while (k < lines.size() &&
           (lines[k].blank() || IsRunningHead(lines[k].text))) {
      head |= !lines[k].blank();
      ++k;
    }
    if (!head || k == lines.size()) continue;
    const Line& b = lines[k];
    size_t first = 0;
    if (!text::IsLower(text::NextCodePoint(b.text, first))) continue;
    // "c) Comrade Kim Il Sung ...": a lettered point opens a paragraph.
    if (first + 1 < b.text.size() &&
        (b.text[first] == ')' || b.text[first] == '.') &&
        b.text[first + 1] == ' ')
      continue;
    size_t a_end = a.trim_start + a.text.size();
    size_t b_start = b.trim_start;
    bool hyphen =
        a.text.size() >= 2 && a.text.back() == '-' &&
        std::isalpha(static_cast<unsigned char>(a.text[a.text.size() - 2]));
    if (hyphen) {
      size_t word = 0;
      while (word < b.text.size() &&
             std::isalpha(static_cast<unsigned char>(b.text[word])))
        ++word;
      std::string joined = "\xC2\xAD" + std::string(b.text.substr(0, word));
      joined.append(b_start + word - (a_end - 1) - joined.size(), ' ');
      text.replace(a_end - 1, joined.size(), joined);
    } else {
      std::fill(text.begin() + static_cast<long>(a_end),
                text.begin() + static_cast<long>(b_start), ' ');
    }
    i = k - 1;
  }
  return text;
}

// Printed text broken over lines, as one line of the same length.
std::string OneLine(std::string_view t) {
  std::string out(t);
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

// "II.": the number of part `n` of an item, alone on its line.
bool IsPartNumber(std::string_view t, size_t n) {
  static constexpr std::string_view kRoman[] = {"I.", "II.", "III.", "IV.",
                                                "V."};
  return n >= 1 && n <= std::size(kRoman) && t == kRoman[n - 1];
}

// "Mao Zedong to Filippov (Stalin) and Filippov (Stalin) to Mao Zedong": the
// pairs of sender and addressee the parties of a heading name, in order;
// one for a single pair.
std::vector<std::string_view> PartyPairs(std::string_view parties) {
  std::vector<std::string_view> out;
  size_t from = 0;
  for (size_t at = parties.find(" and "); at != std::string_view::npos;
       at = parties.find(" and ", at + 5)) {
    std::string_view left = parties.substr(from, at - from);
    std::string_view right = parties.substr(at + 5);
    if (left.find(" to ") == std::string_view::npos ||
        right.find(" to ") == std::string_view::npos)
      continue;
    out.push_back(left);
    from = at + 5;
  }
  out.push_back(parties.substr(from));
  return out;
}

class CwihpPrintReader : public LayoutReader {
 public:
  std::string_view name() const override { return "cwihp-print"; }

  int Score(std::string_view source) const override {
    std::vector<Line> lines = detail::SplitLines(source);
    bool head = false, source_line = false;
    for (size_t i = 0; i < lines.size(); ++i) {
      head |= IsRunningHead(lines[i].text);
      source_line |= SourceLine(lines, i).has_value();
    }
    std::optional<Heading> heading = FindHeading(lines);
    // A heading of its own, without an item number, only with the print's
    // running heads: elsewhere it is a line of another page's text.
    if (!heading || (!heading->numbered && !head)) return 0;
    return 50 + (head ? 40 : 0) + (source_line ? 5 : 0);
  }

  Result<std::vector<DocumentRecord>> Read(
      std::string_view source) const override {
    // A book viewer gives the print's columns line for line.
    std::string text = UnwrapColumns(JoinPageBreaks(std::string(source)));
    std::vector<Line> lines = detail::SplitLines(text);
    std::optional<Heading> heading = FindHeading(lines);
    if (!heading) {
      return Status::InvalidArgument(
          "no bulletin heading: expected an item such as '93. 14 November "
          "1951, ciphered telegram, A to B' near line 1");
    }
    // An item may print several documents, each under its own heading and
    // ending with its source line: one record each, over the same text.
    std::vector<DocumentRecord> out;
    while (heading) {
      // "I." ... "II.": an item may print its documents as parts under one
      // heading ("16 and 17 January 1952, ciphered telegrams, Mao Zedong to
      // Filippov (Stalin) and Filippov (Stalin) to Mao Zedong"), each part
      // ending with its source line; each part has its day and its parties.
      std::vector<std::string_view> pairs = PartyPairs(heading->parties);
      size_t begin = heading->end_line, end = begin;
      for (size_t part = 0;; ++part) {
        Heading h = *heading;
        if (pairs.size() > 1)
          h.parties = pairs[std::min(part, pairs.size() - 1)];
        if (part > 0 && h.last_day > 0) h.date.date.day = h.last_day;
        DocumentRecord& record = out.emplace_back();
        record.layout = std::string(name());
        record.text = text;
        ReadHeading(lines[heading->line], h, record);
        end = ReadBody(lines, begin, record);
        size_t next = end;
        while (next < lines.size() && lines[next].blank()) ++next;
        if (end == lines.size() || next == lines.size() ||
            !IsPartNumber(lines[next].text, part + 2))
          break;
        // The part's own number is no line of its text.
        std::erase_if(record.body, [&](const Span& b) {
          std::string_view t = detail::TrimView(
              std::string_view(text).substr(b.start, b.end - b.start));
          return IsPartNumber(t, part + 1);
        });
        begin = next + 1;
      }
      // A heading with nothing under it where the page ends ("105. 8 March
      // 1952, ciphered telegram, Mao Zedong to") is the next item's, cut
      // off by the page: no document of this one, and no one it names is
      // of this one's (the next item's "Razuvaev to Shtemenko").
      if (out.size() > 1 && end == lines.size() && out.back().body.empty() &&
          out.back().sources.empty())
        out.pop_back();
      heading.reset();
      // After the source line: the next document's heading, or the
      // editors' endnotes.
      for (size_t i = end; i < lines.size() && !heading; ++i) {
        if (lines[i].blank()) continue;
        heading = HeadingAt(lines, i);
        if (!heading && !IsRunningHead(lines[i].text) &&
            !IsViewerLine(lines[i].text))
          out.back().notes.push_back({lines[i].start, lines[i].end});
      }
    }
    return out;
  }

 private:
  static void ReadHeading(const Line& line, const Heading& h,
                          DocumentRecord& record) {
    size_t at =
        line.trim_start + static_cast<size_t>(h.text.data() - line.text.data());
    record.title = {OneLine(h.text), {at, at + h.text.size()}};
    record.date = h.date.date;
    record.date_span = {at + h.date.start, at + h.date.end};
    // "ciphered telegram", "Mao Zedong to Filippov (Stalin)"
    record.doc_type = KindOf(h.kind);
    if (!h.attachment.empty()) {
      size_t a = at + static_cast<size_t>(h.attachment.data() - h.text.data());
      record.attachment = {OneLine(h.attachment), {a, a + h.attachment.size()}};
    }
    if (h.parties.empty()) return;
    size_t p = at + static_cast<size_t>(h.parties.data() - h.text.data());
    record.title_parties = {OneLine(h.parties), {p, p + h.parties.size()}};
  }

  // The document: the lines after the heading up to the source line, less
  // the print's running heads and the viewer's lines. Returns the line after
  // the source line (the end when there is none).
  static size_t ReadBody(const std::vector<Line>& lines, size_t begin,
                         DocumentRecord& record) {
    for (size_t i = begin; i < lines.size(); ++i) {
      std::string_view t = lines[i].text;
      if (auto cite = SourceLine(lines, i)) {
        size_t at =
            lines[i].trim_start + static_cast<size_t>(cite->data() - t.data());
        for (Citation& c : ParseCitations(*cite, at))
          record.sources.push_back(std::move(c));
        return i + 1;
      }
      if (t.empty() || IsRunningHead(t) || IsViewerLine(t)) continue;
      record.body.push_back({lines[i].start, lines[i].end});
    }
    return lines.size();
  }
};

}  // namespace

std::unique_ptr<LayoutReader> MakeCwihpPrintReader() {
  return std::make_unique<CwihpPrintReader>();
}

}  // namespace parley::importers::layouts
