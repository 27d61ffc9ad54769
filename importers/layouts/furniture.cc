#include "importers/layouts/furniture.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <string>

#include "text/chars.h"
#include "text/utf8.h"

namespace parley::importers::layouts {
namespace {

using detail::FindNoCase;
using detail::StartsWithNoCase;
using detail::StripTrailing;
using detail::TrimView;

Printed PrintedAt(std::string_view whole, std::string_view piece,
                  size_t offset) {
  size_t at = offset + static_cast<size_t>(piece.data() - whole.data());
  return {std::string(piece), {at, at + piece.size()}};
}

// Whether a field's key ("op.", "d.", "Listy") starts at `at` of `cite`.
bool FieldKeyAt(std::string_view cite, size_t at) {
  static constexpr std::string_view kKeys[] = {
      "fond ", "f. ",    "opis ", "op. ", "delo ", "d. ",  "papka ",
      "p. ",   "listy ", "list ", "ll. ", "l. ",   "pp. ", "pages "};
  // A figure after it: "John F. Kennedy Library" has no field "f.".
  return std::ranges::any_of(kKeys, [&](std::string_view k) {
    size_t v = at + k.size();
    while (v < cite.size() && cite[v] == ' ') ++v;
    return StartsWithNoCase(cite.substr(at), k) && v < cite.size() &&
           std::isdigit(static_cast<unsigned char>(cite[v]));
  });
}

// The value after one of `keys` in a citation ("f. 45", "Fond 45"), up to
// the next comma.
std::string CitationField(std::string_view cite,
                          std::initializer_list<std::string_view> keys) {
  for (std::string_view k : keys) {
    size_t at = FindNoCase(cite, k);
    while (at != std::string::npos) {
      bool boundary = at == 0 || cite[at - 1] == ' ' || cite[at - 1] == ',' ||
                      cite[at - 1] == '\n';
      if (boundary) break;
      at = FindNoCase(cite, k, at + 1);
    }
    if (at == std::string::npos) continue;
    size_t v = at + k.size();
    while (v < cite.size() && (cite[v] == ' ' || cite[v] == '.')) ++v;
    size_t e = v;
    // Up to a comma, or a full stop before the next field ("F. 3. Op. 65.
    // D. 830. pp. 148-151"), or the next field's key after a space ("f. 45
    // op. 1 d. 348").
    while (e < cite.size() && cite[e] != ',' && cite[e] != ';' &&
           !(cite[e] == '.' && e + 1 < cite.size() && cite[e + 1] == ' ') &&
           !(cite[e] == ' ' && FieldKeyAt(cite, e + 1)))
      ++e;
    std::string val = StripTrailing(TrimView(cite.substr(v, e - v)), ". ");
    if (!val.empty()) return val;
  }
  return {};
}

// Bytes of the archive's initials that open `t` before a file number
// with digits ("PRC FMA 206-00048-07" -> 7: "PRC FMA"), or 0: one to three
// words of two to six capital letters each.
size_t ArchiveInitials(std::string_view t) {
  size_t at = 0;
  int words = 0;
  while (at < t.size()) {
    size_t end = std::min(t.find(' ', at), t.size());
    std::string_view w = t.substr(at, end - at);
    bool initials = w.size() >= 2 && w.size() <= 6 &&
                    std::all_of(w.begin(), w.end(),
                                [](char ch) { return ch >= 'A' && ch <= 'Z'; });
    if (!initials) {
      bool file = words > 0 && std::any_of(w.begin(), w.end(), [](char ch) {
                    return std::isdigit(static_cast<unsigned char>(ch));
                  });
      return file ? at - 1 : 0;
    }
    if (++words > 3) return 0;
    at = end + 1;
  }
  return 0;
}

Citation ReadCitation(std::string_view part, Span span) {
  Citation c;
  // A citation broken over lines reads as one ("Delo 340,\nListy 91-92").
  std::string joined(part);
  std::replace(joined.begin(), joined.end(), '\n', ' ');
  c.citation = StripTrailing(joined, ". ");
  c.span = span;
  // The archive: what comes before the first comma, or before the first
  // full stop when there is none ("AP RF. F. 3. Op. 65. ..."); an acronym
  // written in parts ("AP RF", "AVP RF") in one.
  size_t end = c.citation.find(',');
  if (end == std::string::npos) end = c.citation.find(". ");
  // "APRF f. 45 op. 1 d. 348 ll. 63-66": up to the first field's key, when
  // that comes first.
  for (size_t space = c.citation.find(' ');
       space != std::string::npos && space < end;
       space = c.citation.find(' ', space + 1))
    if (FieldKeyAt(c.citation, space + 1)) end = space;
  c.archive =
      std::string(TrimView(std::string_view(c.citation).substr(0, end)));
  // "Archive of the President of the Russian Federation (APRF)": the
  // archive by its short name.
  if (size_t open = c.archive.rfind(" ("); open != std::string::npos &&
                                           c.archive.back() == ')' &&
                                           c.archive.size() - open <= 12)
    c.archive = c.archive.substr(open + 2, c.archive.size() - open - 3);
  // "PRC FMA 206-Y0046": the archive's initials before its file number.
  if (size_t initials = ArchiveInitials(c.archive); initials > 0) {
    c.archive = std::string(TrimView(c.archive.substr(0, initials)));
  }
  // "AP RF", "AVP RF": an acronym written in parts is one word; "PRC FMA"
  // is two.
  if (c.archive.size() <= 8 &&
      std::all_of(
          c.archive.begin(), c.archive.end(),
          [](char ch) { return ch == ' ' || (ch >= 'A' && ch <= 'Z'); }) &&
      c.archive.find(' ') <= 3 &&
      c.archive.size() - c.archive.rfind(' ') <= 3) {
    std::erase(c.archive, ' ');
  }
  c.fond = CitationField(c.citation, {"fond", "f."});
  c.opis = CitationField(c.citation, {"opis", "op."});
  c.delo = CitationField(c.citation, {"delo", "d."});
  c.papka = CitationField(c.citation, {"papka", "p."});
  c.pages =
      CitationField(c.citation, {"listy", "list", "ll.", "l.", "pp.", "pages"});
  // "PRC FMA 206-00048-07, 14-17": the pages after the file number.
  if (size_t comma = c.citation.rfind(", "); c.pages.empty() &&
                                             ArchiveInitials(c.citation) > 0 &&
                                             comma != std::string::npos) {
    std::string_view last = std::string_view(c.citation).substr(comma + 2);
    if (!last.empty() && std::all_of(last.begin(), last.end(), [](char ch) {
          return std::isdigit(static_cast<unsigned char>(ch)) || ch == '-';
        }))
      c.pages = std::string(last);
  }
  return c;
}

}  // namespace

TitleParts ParseTitle(std::string_view title, size_t offset) {
  TitleParts out;
  // "..., with 13 June 1951 handwritten letter from ...", "..., transmitting
  // message from ..." describe an attachment: the document quoted inside.
  std::string_view main = title;
  size_t cut = std::string_view::npos, cut_len = 0;
  auto earliest = [&](std::string_view cue) {
    size_t at = title.find(cue);
    if (at < cut) {
      cut = at;
      cut_len = cue.size();
    }
  };
  for (std::string_view cue : kAttachmentLeads) earliest(cue);
  earliest(" with ");
  if (cut != std::string_view::npos) {
    main = title.substr(0, cut);
    out.attachment = PrintedAt(title, title.substr(cut + cut_len), offset);
  }
  out.doc_type = detail::DocTypeFromWords(detail::ToLowerAscii(main));
  for (std::string_view marker : detail::kNumberSigns) {
    size_t at = main.find(marker);
    if (at == std::string_view::npos) continue;
    size_t v = at + marker.size();
    while (v < main.size() && main[v] == ' ') ++v;
    size_t e = v;
    while (e < main.size() && main[e] != ',' && main[e] != ' ') ++e;
    std::string number = StripTrailing(main.substr(v, e - v), ".");
    if (!number.empty()) {
      out.number = PrintedAt(title, main.substr(v, number.size()), offset);
    }
    break;
  }
  // Parties: after "from" ("Handwritten letter from A and B to C"), or after
  // the first comma ("Ciphered Telegram No. 3950, A to B, for C").
  std::string_view parties;
  size_t from = FindNoCase(main, " from ");
  size_t comma = main.find(", ");
  if (from != std::string_view::npos && from < comma) {
    parties = main.substr(from + 6);
  } else if (comma != std::string_view::npos) {
    parties = main.substr(comma + 2);
  }
  if (!parties.empty()) out.parties = PrintedAt(title, parties, offset);
  return out;
}

void SetTitle(std::string_view title, size_t offset, DocumentRecord& record) {
  TitleParts parts = ParseTitle(title, offset);
  record.title = {std::string(title), {offset, offset + title.size()}};
  if (!parts.doc_type.empty()) record.doc_type = parts.doc_type;
  if (!parts.number.empty()) record.numbers.push_back(parts.number);
  record.title_parties = parts.parties;
  record.attachment = parts.attachment;
}

bool IsCitationLine(std::string_view t) {
  return (FindNoCase(t, "f. ") != std::string_view::npos ||
          FindNoCase(t, "fond") != std::string_view::npos) &&
         (FindNoCase(t, "op") != std::string_view::npos ||
          FindNoCase(t, "d. ") != std::string_view::npos ||
          FindNoCase(t, "delo") != std::string_view::npos);
}

std::vector<Citation> ParseCitations(std::string_view t, size_t offset) {
  std::vector<Citation> out;
  if (!IsCitationLine(t)) return out;
  size_t b = 0;
  for (size_t k = 0; k <= t.size(); ++k) {
    bool semicolon = k < t.size() && t[k] == ';';
    bool cut = k == t.size() || semicolon || t.substr(k, 5) == " and ";
    if (!cut) continue;
    std::string_view part = TrimView(t.substr(b, k - b));
    if (!part.empty()) {
      size_t at = offset + static_cast<size_t>(part.data() - t.data());
      out.push_back(ReadCitation(part, {at, at + part.size()}));
    }
    b = k + (semicolon ? 1 : 5);
    if (!semicolon) k += 4;
  }
  return out;
}

namespace {

constexpr std::string_view kFooterLabels[] = {"Source",
                                              "Original Uploaded Date",
                                              "Type",
                                              "Language",
                                              "Record ID",
                                              "Author(s):",
                                              "Original Archive",
                                              "Original Language",
                                              "Translated by",
                                              "Rights",
                                              "Subjects Discussed",
                                              "Keywords",
                                              "Document Information",
                                              "Contents",
                                              "Related Documents"};

bool IsFooterLabel(std::string_view t) {
  for (std::string_view l : kFooterLabels) {
    if (t == l) return true;
  }
  return false;
}

// The value line after label line `i`, unless another label comes first.
std::optional<size_t> ValueAfter(const std::vector<detail::Line>& lines,
                                 size_t i) {
  for (size_t k = i + 1; k < lines.size(); ++k) {
    if (lines[k].blank()) continue;
    if (IsFooterLabel(lines[k].text)) return std::nullopt;
    return k;
  }
  return std::nullopt;
}

void AddLanguages(std::string_view value, std::vector<std::string>& into) {
  std::string lower = detail::ToLowerAscii(value);
  for (auto [word, code] : {std::pair{"russian", "ru"},
                            {"english", "en"},
                            {"chinese", "zh"},
                            {"korean", "ko"}}) {
    if (lower.find(word) != std::string::npos) into.push_back(code);
  }
}

}  // namespace

void ReadDocumentInformation(const std::vector<detail::Line>& lines,
                             size_t footer, DocumentRecord& record) {
  for (size_t i = footer; i < lines.size(); ++i) {
    std::string_view t = lines[i].text;
    if (t == "Type") {
      if (auto v = ValueAfter(lines, i); v && record.doc_type.empty())
        record.doc_type = detail::ToLowerAscii(lines[*v].text);
    } else if (t == "Language") {
      if (auto v = ValueAfter(lines, i))
        AddLanguages(lines[*v].text, record.languages);
    } else if (StartsWithNoCase(t, "Record ID")) {
      std::string_view rest = TrimView(t.substr(9));
      if (!rest.empty() && (rest[0] == ':' || rest[0] == '='))
        rest = TrimView(rest.substr(1));
      if (!rest.empty()) {
        record.record_id = PrintedAt(lines[i].text, rest, lines[i].trim_start);
      } else if (auto v = ValueAfter(lines, i)) {
        record.record_id = {std::string(lines[*v].text), LineSpan(lines[*v])};
      }
    } else if (t == "Source") {
      // "Source" over an archive's short name ("APRF") when the footer has
      // no full reference.
      auto v = ValueAfter(lines, i);
      std::string_view name = v ? lines[*v].text : std::string_view();
      bool short_name = !name.empty() && name.size() <= 12 &&
                        name.find(' ') == std::string_view::npos &&
                        detail::ToLowerAscii(name) != name;
      if (short_name && !IsCitationLine(name)) {
        Citation c;
        c.citation = c.archive = std::string(name);
        c.span = LineSpan(lines[*v]);
        record.sources.push_back(std::move(c));
        i = *v;
      } else if (!name.empty() && !IsCitationLine(name) &&
                 ArchiveInitials(name) > 0) {
        // "PRC FMA 206-00048-07, 14-17. Translated by Charles Kraus.": an
        // archive's file, up to the sentence after it.
        std::string_view cite = name.substr(0, name.find(". "));
        record.sources.push_back(ReadCitation(
            cite, {lines[*v].trim_start, lines[*v].trim_start + cite.size()}));
        i = *v;
      } else if (!name.empty() && !IsCitationLine(name) &&
                 IsPublication(name)) {
        // A published edition ("Jianguo yilai Mao Zedong wengao [...], vol.
        // 2 (Beijing: Zhongyang wenxian chubanshe, 1988), 513-514."): the
        // whole line is the citation.
        Citation c;
        c.citation = StripTrailing(name, ". ");
        c.span = {lines[*v].trim_start,
                  lines[*v].trim_start + c.citation.size()};
        record.sources.push_back(std::move(c));
        i = *v;
      }
    } else if (t == "Translated by") {
      // The label over the translator's name.
      if (auto v = ValueAfter(lines, i)) {
        if (std::optional<Party> p =
                PersonNamed(lines[*v].text, lines[*v].trim_start)) {
          record.persons.push_back(*p);
          i = *v;
        }
      }
    } else if (!t.empty() && !IsFooterLabel(t)) {
      for (Citation& c : ParseCitations(t, lines[i].trim_start))
        record.sources.push_back(std::move(c));
    }
  }
}

bool IsPublication(std::string_view t) {
  // "Jianguo yilai Mao Zedong wengao, vol. 3, 488-489": a volume number.
  for (size_t at = FindNoCase(t, "vol. "); at != std::string_view::npos;
       at = FindNoCase(t, "vol. ", at + 1)) {
    if (at > 0 && at + 5 < t.size() &&
        std::isdigit(static_cast<unsigned char>(t[at + 5])))
      return true;
  }
  // "(Beijing: Zhongyang wenxian chubanshe, 1988)": place, publisher, year.
  for (size_t open = t.find('('); open != std::string_view::npos;
       open = t.find('(', open + 1)) {
    size_t close = t.find(')', open);
    if (close == std::string_view::npos) break;
    std::string_view inside = t.substr(open + 1, close - open - 1);
    if (inside.find(": ") == std::string_view::npos || inside.size() < 10)
      continue;
    std::string_view year = inside.substr(inside.size() - 4);
    if (std::all_of(year.begin(), year.end(), [](char c) {
          return std::isdigit(static_cast<unsigned char>(c));
        }))
      return true;
  }
  return false;
}

std::optional<Party> Translator(std::string_view citation, size_t offset) {
  size_t at = FindNoCase(citation, "translated ");
  if (at == std::string_view::npos) return std::nullopt;
  size_t by = FindNoCase(citation, " by ", at);
  if (by == std::string_view::npos || by > at + 30) return std::nullopt;
  return PersonNamed(citation.substr(by + 4), offset + by + 4);
}

std::optional<Party> PersonNamed(std::string_view text, size_t offset) {
  size_t e = 0;
  while (e < text.size() && text[e] != ',' && text[e] != ';' &&
         !(text[e] == '.' &&
           (e + 1 == text.size() || text[e + 1] == ' ' || text[e + 1] == '"')))
    ++e;
  std::string_view name = TrimView(text.substr(0, e));
  // A name of two to four words, each capitalised.
  std::vector<std::string_view> words;
  for (size_t i = 0; i < name.size();) {
    size_t space = name.find(' ', i);
    if (space == std::string_view::npos) space = name.size();
    if (space > i) words.push_back(name.substr(i, space - i));
    i = space + 1;
  }
  if (words.size() < 2 || words.size() > 4 ||
      !std::all_of(words.begin(), words.end(), [](std::string_view w) {
        return std::isupper(static_cast<unsigned char>(w[0]));
      }))
    return std::nullopt;
  size_t start = offset + static_cast<size_t>(name.data() - text.data());
  return Party{std::string(name), {start, start + name.size()}, 0};
}

std::string UnwrapColumns(std::string_view page) {
  std::vector<detail::Line> lines = detail::SplitLines(page);
  // The column's width: most lines of a column come near it. Lines as long
  // as paragraphs (past 80 characters) are no column.
  std::vector<size_t> widths;
  for (const detail::Line& l : lines) {
    size_t chars = text::CodePointCount(l.text);
    if (chars >= 20) widths.push_back(chars);
  }
  std::string out(page);
  if (widths.size() < 5) return out;
  std::sort(widths.begin(), widths.end());
  size_t width = widths[widths.size() * 4 / 5];
  if (width > 80) return out;
  auto sentence_end = [](char c) {
    return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
  };
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    const detail::Line& a = lines[i];
    const detail::Line& b = lines[i + 1];
    if (a.blank() || b.blank()) continue;
    size_t first = 0;
    bool lower_next = text::IsLower(text::NextCodePoint(b.text, first));
    bool letter_before_hyphen =
        a.text.size() >= 2 &&
        std::isalpha(static_cast<unsigned char>(a.text[a.text.size() - 2]));
    // "represen-" over "tatives": one word, when nothing stands between.
    if (a.text.back() == '-' && letter_before_hyphen && lower_next &&
        a.trim_start + a.text.size() == a.end && b.start == a.end + 1 &&
        b.trim_start == b.start && page[a.end] == '\n') {
      out.replace(a.end - 1, 2, "\xC2\xAD");
      continue;
    }
    // A full line runs on, unless a sentence ends with it and the next
    // line starts another (a signature, a heading, a list's next point).
    bool full = text::CodePointCount(a.text) * 4 >= width * 3;
    if (!full || (sentence_end(a.text.back()) && !lower_next)) continue;
    for (size_t k = a.trim_start + a.text.size(); k < b.trim_start; ++k)
      out[k] = ' ';
  }
  return out;
}

}  // namespace parley::importers::layouts
