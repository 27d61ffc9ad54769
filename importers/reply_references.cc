// Stage: the earlier documents a reply cites ("your telegram of 3 July",
// "Telegram of Comrade Mao Zedong of 27 August (No. 4279)", "Reurmsg C
// 62859"), and whose they are.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "graph/props.h"
#include "importers/detail/page_reader.h"
#include "importers/detail/point_names.h"
#include "text/chars.h"

namespace parley::importers::detail {

namespace {

// The day `between` gives before another ("of 11 and " before "13 July"):
// a word of "of", "from", "dated" or "от", a day and "and" or "и".
std::optional<int> DayBefore(std::string_view between) {
  std::vector<std::string_view> ws = Words(between);
  if (ws.size() != 3 || (ws[2] != "and" && ws[2] != "и")) return std::nullopt;
  std::string_view day = ws[1];
  if (day.empty() || day.size() > 2 ||
      !std::all_of(day.begin(), day.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      }))
    return std::nullopt;
  int n = std::stoi(std::string(day));
  return n >= 1 && n <= 31 ? std::optional<int>(n) : std::nullopt;
}

}  // namespace

bool PageReader::IntroducesQuoteOf(size_t line, size_t d,
                                   const std::string& date) const {
  return std::any_of(
      regions_.begin(), regions_.end(), [&](const QuoteRegion& r) {
        return r.intro_line == line && !r.restated && r.doc >= 0 &&
               docs_[r.doc].parent == static_cast<int>(d) &&
               docs_[r.doc].date && docs_[r.doc].date->Iso() == date;
      });
}

std::optional<NodeId> PageReader::PossessorBefore(std::string_view line,
                                                  size_t at) {
  std::string_view before = line.substr(0, at);
  size_t apostrophe = std::string_view::npos;
  for (std::string_view s : {"'s ", "'S ", "\u2019s ", "\u2019S "}) {
    if (before.size() >= s.size() &&
        before.substr(before.size() - s.size()) == s)
      apostrophe = before.size() - s.size();
  }
  if (apostrophe == std::string_view::npos) return std::nullopt;
  size_t from = apostrophe > 40 ? apostrophe - 40 : 0;
  // The name that ends at the apostrophe, in text offsets: a TEI page's
  // evidence is in source bytes, which differ.
  std::string_view piece = line.substr(from, apostrophe - from);
  size_t end = Offset(piece) + piece.size();
  std::optional<NodeId> whose;
  for (const Mention& m : gazetteer_.FindMentions(piece, Offset(piece))) {
    if (m.entry->kind == NodeKind::kPerson && m.end == end)
      whose = AddEntity(*m.entry, m.surface, m.codename, Ev(m.start, m.end));
  }
  return whose;
}

std::optional<std::vector<NodeId>> PageReader::ReferenceAuthors(
    const DocDraft& doc, std::string_view t, std::string_view lower, size_t at,
    std::string_view window, const detail::DateMatch& date) {
  std::vector<NodeId> authors;
  // Whose: "your" = the addressee of this document; "of Comrade X".
  // The dozen bytes before the word, and with the dozen after it.
  const size_t from = at >= 12 ? at - 12 : 0;
  std::string_view before = lower.substr(from, at - from);
  if (cues_.Contains("your", before)) {
    for (const DocDraft::Party& r : doc.recipients) authors.push_back(r.id);
    return authors;
  }
  // The word itself in full: "моей телеграмме" is 18 bytes past "моей".
  if (cues_.Contains("own_document", lower.substr(from, at - from + 24))) {
    // "Further to my telegram of 11 July": the writers' own; when the
    // page does not say who they are, a document of that day is anyone's,
    // and the reference ties nothing.
    if (doc.authors.empty()) return std::nullopt;
    for (const DocDraft::Party& a : doc.authors) authors.push_back(a.id);
    return authors;
  }
  for (auto& [id, ev] : PersonsIn(window.substr(0, date.start)))
    authors.push_back(id);
  // "General CLARK's letter of 22 February": the writer before it.
  if (authors.empty())
    if (auto whose = PossessorBefore(t, at)) authors.push_back(*whose);
  // "the letter of June 19 from Kim Il Sung and Peng Teh-huai to General
  // Clark": the writers after the date, to the addressee.
  std::string_view rest = window.substr(date.end);
  // "letter of October 16 to NNRC from Lee Sang Cho and Ting Kuo-yu": the
  // addressee may come first.
  if (size_t from_at = rest.find(" from ");
      rest.starts_with(" to ") && from_at != std::string_view::npos &&
      Words(rest.substr(0, from_at)).size() <= 6)
    rest = rest.substr(from_at);
  if (authors.empty() && rest.starts_with(" from ")) {
    rest = rest.substr(6);
    rest = rest.substr(0, std::min({rest.find(" to "), rest.find(','),
                                    rest.find(". "), rest.size()}));
    for (auto& [id, ev] : PersonsIn(rest)) authors.push_back(id);
  }
  return authors;
}

void PageReader::ReadReferences(size_t d, size_t i) {
  DocDraft& doc = docs_[d];
  std::string_view t = lines_[i].text;
  std::string lower = LowerText(t);
  // References: "your telegram of 3 July", "Telegram of Comrade Mao
  // Zedong of 27 August (No. 4279)", "Ваша телеграмма от 3 июля".
  for (std::string_view word : cues_.Cues("cited_document")) {
    for (size_t at = lower.find(word); at != std::string::npos;
         at = lower.find(word, at + 1)) {
      // The start of a word: no "newsletter", no "applicable".
      if (at > 0 && text::IsLetter(text::LastCodePoint(
                        std::string_view(lower).substr(0, at))))
        continue;
      size_t window_end = std::min(lower.size(), at + 90);
      std::string_view window = t.substr(at, window_end - at);
      size_t of = std::string_view::npos;
      for (std::string_view w : {" of ", " from ", " dated ", " от "}) {
        size_t k = window.find(w);
        if (k != std::string_view::npos && k < of) of = k;
      }
      if (of == std::string_view::npos) continue;
      auto date = detail::FindDate(window, DefaultYear(), of);
      if (!date || date->start > of + 12)
        if (auto day = DayOfTheMonth(window, of, doc.date)) date = day;
      // "the telegram of Comrades Peng Dehuai and Kim Il Sung of 21 July":
      // the writers' names may part the word from its date.
      if (!date) continue;
      if (date->start > of + 40 &&
          (date->start > of + 80 ||
           PersonsIn(window.substr(of, date->start - of)).empty()))
        continue;
      // "The UNC Senior Delegate's ltr of 16 Oct" in a cable of 28 March
      // 1953: a day printed without its year, after the document's own, is
      // of the year before.
      if (std::string_view printed =
              window.substr(date->start, date->end - date->start);
          doc.date && date->date.Iso() > doc.date->Iso() &&
          printed.find(std::to_string(date->date.year)) == std::string::npos)
        --date->date.year;
      graph::Reference ref;
      ref.date = date->date.Iso();
      // "Below are the texts of four telegrams of 10 July ...:" cites the
      // documents it introduces, quoted right here.
      if (IntroducesQuoteOf(i, d, ref.date)) continue;
      std::optional<std::vector<NodeId>> authors =
          ReferenceAuthors(doc, t, lower, at, window, *date);
      if (!authors) continue;
      ref.authors = std::move(*authors);
      std::string_view after = window.substr(date->end);
      // "of 10 January No. 4279", "от 10 января № 4279"; "telegram No.
      // 5847 of 6 December", the number between the word and its date.
      std::string_view numbered = window.substr(word.size(), of - word.size());
      // "of 24 February (incoming No. 17226)": the number in a bracket.
      std::string_view bracketed;
      if (std::string_view a = TrimView(after); a.starts_with("(")) {
        size_t close = a.find(')');
        if (close != std::string_view::npos && close < 30)
          bracketed = a.substr(1, close - 1);
      }
      for (std::string_view part : {after, numbered, bracketed}) {
        size_t reach = part == bracketed ? part.size() : 6;
        for (size_t no = 0; no < std::min<size_t>(part.size(), reach); ++no) {
          if (NumberMarkerAt(part, no) == 0) continue;
          ref.number = NumberAfterMarker(part.substr(no));
          break;
        }
        if (ref.number) break;
      }
      // "by their letter of 28 March": a third party's, which the reply
      // cites and does not answer, unless its number names it ("his
      // telegram No. 15410", the relay's that carried the addressee's).
      // "Li Kenong ... reported this to me in his telegram of 20 April":
      // "his" is the writer's correspondent, who sent it to him.
      std::string_view lead = std::string_view(lower).substr(
          at >= 40 ? at - 40 : 0, std::min<size_t>(at, 40));
      bool sent_to_writer = lead.find(" to me ") != std::string_view::npos ||
                            lead.find(" to us ") != std::string_view::npos;
      if (!ref.number && !sent_to_writer &&
          cues_.Contains(
              "third_party_document",
              lower.substr(at >= 12 ? at - 12 : 0, std::min<size_t>(at, 12))))
        continue;
      size_t start = Offset(t) + at;
      Evidence in_source = Ev(start, Offset(window) + date->end);
      ref.start = in_source.start;
      ref.end = in_source.end;
      ref.quote =
          std::string(text_.substr(start, Offset(window) + date->end - start));
      doc.references.AppendUnique(ref.ToValue());
      // "your telegrams of January 31 and February 2"
      std::string_view more = window.substr(date->end);
      if (more.rfind(" and ", 0) == 0 || more.rfind(" и ", 0) == 0) {
        if (auto d2 = detail::FindDate(more, DefaultYear());
            d2 && d2->start <= 5) {
          graph::Reference r2 = ref;
          r2.date = d2->date.Iso();
          doc.references.AppendUnique(r2.ToValue());
        }
      }
      // "your telegrams of 11 and 13 July", "от 11 и 13 июля": the day
      // before the date is one of its month.
      if (auto day = DayBefore(window.substr(of, date->start - of))) {
        detail::Date earlier = date->date;
        earlier.day = *day;
        if (detail::IsOnCalendar(earlier.year, earlier.month, earlier.day)) {
          graph::Reference r0 = ref;
          r0.date = earlier.Iso();
          doc.references.AppendUnique(r0.ToValue());
        }
      }
    }
  }
  // Cables cite the message they answer by its number alone: "Reurmsg C
  // 62859", "Reurtel 1862", "Reur CX 61348.1" (a footnote marker glued
  // on), "Refs: A. CX 61670", "Re: No. 12208.", "На № 12208.".
  for (const CitedNumber& cited :
       CitedNumbers(t, cues_.Cues("cited_document"))) {
    // "Your telegram No. 5847 of 6 December": read with its date above;
    // the same number cited again elsewhere ("point 3 of our No. 1368"
    // after "point 4 of our No. 1368") is cited there too.
    Evidence in_source = Ev(Offset(t) + cited.start, Offset(t) + cited.end);
    if (std::ranges::any_of(doc.references.as_array(), [&](const Value& v) {
          std::optional<graph::Reference> r = graph::Reference::FromValue(v);
          return r && r->number == cited.number &&
                 r->start < static_cast<int64_t>(in_source.end) &&
                 r->end > static_cast<int64_t>(in_source.start);
        }))
      continue;
    graph::Reference ref;
    ref.number = cited.number;
    // The writers' own document; whose it is unknown when the page does
    // not say who wrote it.
    if (cited.own) {
      if (doc.authors.empty()) continue;
      for (const DocDraft::Party& a : doc.authors) ref.authors.push_back(a.id);
    }
    ref.start = in_source.start;
    ref.end = in_source.end;
    ref.quote = std::string(t.substr(cited.start, cited.end - cited.start));
    doc.references.AppendUnique(ref.ToValue());
  }
}

}  // namespace parley::importers::detail
