// Stage: what the header lines of each document say: numbers, copies,
// sent and received stamps, origin and routing (the address lines and the
// salutation: address_lines.cc).
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "graph/props.h"
#include "importers/clause_terms.h"
#include "importers/detail/page_reader.h"
#include "text/chars.h"
#include "text/utf8.h"

namespace parley::importers::detail {

int PageReader::HeadedDocument(size_t i) const {
  for (size_t j = i + 1; j < body_end_; ++j) {
    if (lines_[j].blank()) continue;
    if (line_region_[j] != line_region_[i] && line_region_[j] >= 0 &&
        regions_[line_region_[j]].first == j) {
      return line_doc_[j];
    }
    LineKind k = kinds_[j];
    if (k == LineKind::kText || k == LineKind::kSignature) break;
  }
  return line_doc_[i];
}

void PageReader::ReadNumberLine(std::string_view t, DocDraft& doc) {
  std::string n = NumberAfterMarker(t);
  if (!n.empty() &&
      std::find(doc.numbers.begin(), doc.numbers.end(), n) == doc.numbers.end())
    doc.numbers.push_back(n);
  size_t copies = FindNoCase(t, "Copies:");
  if (copies == std::string_view::npos) return;
  for (auto [name, count] : SplitNames(t.substr(copies + 7))) {
    Evidence ev = Ev(Offset(name), Offset(name) + name.size());
    AddParty(doc.copies, PersonFromName(name, ev), ev, count);
  }
}

void PageReader::ReadCopiesLine(size_t i, MetaLineState& state) {
  std::string_view list = Unbracketed(lines_[i].text);
  DocDraft& doc = docs_[line_doc_[i]];
  // One line per copy: each names its holder once more.
  auto one_copy_each = [&](std::string_view names) {
    for (auto [name, count] : SplitNames(names)) {
      Evidence ev = Ev(Offset(name), Offset(name) + name.size());
      NodeId id = PersonFromName(name, ev);
      AddParty(doc.copies, id, ev, ++state.numbered_copies[{line_doc_[i], id}]);
    }
  };
  if (std::string_view numbered = NumberedCopyNames(list); !numbered.empty()) {
    one_copy_each(numbered);
    return;
  }
  // "Copies to Cde. Stalin" over "to Cde. Stalin", "to Cde. Molotov":
  // each line is one copy, and a name twice is two copies.
  if (list.rfind("to ", 0) == 0) {
    one_copy_each(list.substr(3));
    return;
  }
  if (i + 1 < body_end_ && kinds_[i + 1] == LineKind::kCopies &&
      lines_[i + 1].text.rfind("to ", 0) == 0) {
    one_copy_each(list.substr(FindNoCase(list, " to ") + 4));
    return;
  }
  if (StartsWithNoCase(list, "Copies to") ||
      StartsWithNoCase(list, "Copy to")) {
    list = list.substr(list.find("to") + 2);
  } else if (size_t colon = list.find(':'); colon != std::string_view::npos) {
    list = list.substr(colon + 1);
  } else if (StartsWithNoCase(list, "To ")) {
    list = list.substr(3);
  }
  for (auto [name, count] : SplitNames(list)) {
    Evidence ev = Ev(Offset(name), Offset(name) + name.size());
    AddParty(doc.copies, PersonFromName(name, ev), ev, count);
  }
}

std::string PageReader::StampAfter(std::string_view t, size_t from) const {
  auto d = detail::FindDate(t, DefaultYear(), from);
  if (!d) return {};
  auto tm = detail::FindTime(t, from);
  if (tm && tm->start >= d->start && tm->start < d->end)
    tm = detail::FindTime(t, d->end);
  std::optional<detail::Time> clock;
  if (tm && tm->time.ok()) clock = tm->time;
  // "received 1750 11 July 1951", "sent at 1750 on 11 July": a clock time
  // without a colon between the word and the date.
  if (!clock) clock = CompactTimeBefore(t, from, d->start);
  // "Sent 14.V.1953 12.40": a clock with a dot after the date.
  if (!clock) {
    if (auto after = detail::ClockAfterDate(t, d->end)) clock = after->time;
  }
  // "Sent 29 August 1953 2340": four digits and nothing more after it.
  if (std::string_view rest = TrimView(t.substr(d->end));
      !clock && rest.size() == 4 &&
      std::all_of(rest.begin(), rest.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      })) {
    int hour = (rest[0] - '0') * 10 + (rest[1] - '0');
    int minute = (rest[2] - '0') * 10 + (rest[3] - '0');
    if (hour < 24 && minute < 60) clock = detail::Time{hour, minute};
  }
  return detail::IsoDateTime(d->date, clock);
}

void PageReader::ReadTimestampLine(size_t i, MetaLineState& state) {
  std::string_view t = lines_[i].text;
  DocDraft& doc = docs_[line_doc_[i]];
  // LowerText keeps byte offsets: Cyrillic capitals and small letters
  // are both two bytes.
  std::string lower = LowerText(t);
  // "18:45 Received ...": the time of the stamp on the line above.
  if (auto lead = detail::FindTime(t);
      state.open_stamp != nullptr && lead && lead->start == 0 &&
      state.open_stamp->find('T') == std::string::npos) {
    *state.open_stamp += detail::IsoTime(lead->time);
  }
  state.open_stamp = nullptr;
  size_t sent = FindWordStart(lower, {"sent", "отправлен"});
  // "Sent to 8th Administration ... 17.7 21:10" routes the telegram
  // onward inside the receiving office: no time of dispatch.
  if (sent != std::string_view::npos && lower.compare(sent, 8, "sent to ") == 0)
    sent = std::string_view::npos;
  size_t recv = FindWordStart(lower, {"received", "получен", "поступил"});
  size_t disp = FindWordStart(lower, {"dispatched", "разослан"});
  if (sent != std::string_view::npos) {
    doc.sent = StampAfter(t, sent);
    state.open_stamp = &doc.sent;
  }
  if (recv != std::string_view::npos) {
    // A register's stamp: the cipher office received the telegram,
    // not (yet) its addressee.
    doc.received = StampAfter(t, recv);
    if (!doc.received.empty())
      doc.received_by = std::string(graph::prop::kCipherOffice);
    state.open_stamp = &doc.received;
  }
  if (disp != std::string_view::npos) doc.dispatched = StampAfter(t, disp);
  size_t from = FindWordStart(lower, {"from ", "из "});
  if (from == std::string_view::npos) return;
  if (sent == std::string_view::npos && recv == std::string_view::npos &&
      disp == std::string_view::npos) {
    // "From BEIJING 01:30 27.8.1951" says neither sent nor received:
    // a dateline. It is the cipher register's line, so it is read as
    // the office's receipt too (the corpus's facts read it so);
    // `dateline` equal to `received` tells a reader the page did not
    // say "received".
    doc.dateline = StampAfter(t, from);
    if (!doc.dateline.empty() && doc.received.empty()) {
      doc.received = doc.dateline;
      doc.received_by = std::string(graph::prop::kCipherOffice);
    }
    state.open_stamp = &doc.dateline;
  }
  // "From BEIJING ...", "from [BEIJING] received ...", "Из ПЕКИНА ..."
  std::string_view rest = t.substr(lower.find(' ', from) + 1);
  std::vector<std::string_view> words = Words(rest);
  if (words.empty()) return;
  std::string_view w = words[0];
  std::string bare = StripTrailing(w, ".,]");
  if (!bare.empty() && bare.front() == '[') bare.erase(0, 1);
  if (const GazetteerEntry* e = gazetteer_.Resolve(bare, NodeKind::kPlace))
    doc.origin =
        AddEntity(*e, bare, false, Ev(Offset(w), Offset(w) + w.size()));
}

void PageReader::ReadRoutingLine(size_t i, MetaLineState& state) {
  std::optional<RoutingLine> routing = ParseRouting(lines_[i].text);
  if (!routing) return;
  int target = HeadedDocument(i);
  auto read = [&](const std::vector<std::string_view>& names,
                  std::vector<std::pair<NodeId, Evidence>>& into) {
    for (std::string_view name : names) {
      Evidence ev = Ev(Offset(name), Offset(name) + name.size());
      NodeId id = PersonOrBodyFromName(name, ev);
      if (!id.empty()) into.emplace_back(id, ev);
    }
  };
  std::vector<std::pair<NodeId, Evidence>> addressed;
  read(routing->addressees, addressed);
  for (auto& [id, ev] : addressed) AddParty(docs_[target].recipients, id, ev);
  read(routing->to, state.routed_to[target]);
  read(routing->for_whom, state.routed_for[target]);
  std::vector<std::pair<NodeId, Evidence>> copied;
  read(routing->copies, copied);
  for (auto& [id, ev] : copied) AddParty(docs_[target].copies, id, ev);
}

void PageReader::ReadSentNote(std::string_view t) {
  std::string lower = LowerText(t);
  size_t sent = FindWordStart(lower, {"sent", "dispatched", "отправлен"});
  if (sent == std::string::npos) return;
  // The sentence that says so: "[Ed. note: On 13 January the answer was
  // sent to Beijing as ciphered telegram No. 262. The proposal had been
  // tabled on 2 January ...]" sent it on the 13th.
  // A sentence ends at a full stop before a capital ("No. 262" goes on).
  auto ends_at = [&](size_t k) {
    if (k + 2 >= t.size() || t.substr(k, 2) != ". ") return false;
    size_t next = k + 2;
    return text::IsUpper(text::NextCodePoint(t, next));
  };
  size_t from = 0, to = std::string::npos;
  for (size_t k = 0; k + 2 < t.size(); ++k) {
    if (!ends_at(k)) continue;
    if (k < sent) from = k + 2;
    if (k > sent) {
      to = k;
      break;
    }
  }
  std::string_view sentence =
      t.substr(from, to == std::string::npos ? std::string::npos : to - from);
  std::string_view lower_sentence = std::string_view(lower).substr(
      from, to == std::string::npos ? std::string::npos : to - from);
  const size_t at = sent - from;
  // The day after the word ("[Sent 03:10 15.VII.51]", "[Отправлена
  // 15.VII.51 г. в 3 ч. 10 м.]", "was sent on 15 July at 1750"), with its
  // hour; else the sentence's day before it ("On 13 January the answer
  // was sent").
  // A date the note cites ("sent in reply to Mao's telegram of 10 January
  // on 13 January") is that document's, not the dispatch's.
  auto cited = [&](size_t start) {
    std::string_view before = lower_sentence.substr(0, start);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    bool of = false;
    for (std::string_view w : {" of", " dated", " from", " от"})
      of = of || before.ends_with(w);
    if (!of) return false;
    std::string_view window =
        before.substr(before.size() > 40 ? before.size() - 40 : 0);
    for (std::string_view word : cues_.Cues("cited_document"))
      if (FindWordStart(window, {word}) != std::string_view::npos) return true;
    return false;
  };
  size_t from_date = at;
  for (auto d = detail::FindDate(sentence, DefaultYear(), from_date);
       d && cited(d->start);
       d = detail::FindDate(sentence, DefaultYear(), from_date))
    from_date = d->end;
  std::string stamp = StampAfter(sentence, from_date);
  if (stamp.empty()) stamp = StampAfter(sentence.substr(0, at), 0);
  if (stamp.empty()) return;
  // The note speaks of the telegram that went out: the quoted message
  // where there is one.
  int target = docs_.size() > 1 ? static_cast<int>(docs_.size()) - 1 : 0;
  docs_[target].sent = std::move(stamp);
  // "... sent to Beijing as ciphered telegram No. 262": the number it
  // went out under, named as what was sent; no other number of the note.
  std::string_view after = lower_sentence.substr(at);
  size_t as = FindWordStart(after, {"as ", "как ", "под ", "за ", "under "});
  // "[Notation: Sent 19.XI.51 at 22:40, No. 1368.]": the number after the
  // stamp, set off by a comma.
  if (as == std::string_view::npos || as > 60) {
    size_t marker = 0;
    while (marker < after.size() && marker <= 60 &&
           NumberMarkerAt(sentence.substr(at), marker) == 0)
      ++marker;
    if (marker > 60 || marker >= after.size() ||
        !after.substr(0, marker).ends_with(", "))
      return;
    as = marker;
  }
  std::string_view as_what = sentence.substr(at + as);
  size_t marker = 0;
  while (marker < as_what.size() && NumberMarkerAt(as_what, marker) == 0)
    ++marker;
  if (marker > 40) return;
  // The number right after that marker, whatever marker the sentence
  // names after it ("as telegram Nº 262, in reply to No. 4279").
  std::string_view named = as_what.substr(marker);
  named = named.substr(0, named.find_first_of(",;)"));
  if (std::string number = NumberAfterMarker(named);
      !number.empty() && docs_[target].numbers.empty())
    docs_[target].numbers.push_back(number);
}

void PageReader::ReadTitleNumbers() {
  DocDraft& outer = docs_[0];
  // A title's number the body does not print ("Ciphered Telegram No. 2950"
  // over "CIPHERED TELEGRAM No. 3950"): both are kept, and the disagreement
  // is a warning for the historian.
  const std::vector<std::string> body_numbers = outer.numbers;
  for (const Printed& number : record_.numbers) {
    if (std::find(outer.numbers.begin(), outer.numbers.end(), number.text) !=
        outer.numbers.end())
      continue;
    // "502597" over "502597/sh" is one number with the office's series.
    bool same_series = !body_numbers.empty() &&
                       (body_numbers.front().rfind(number.text + "/", 0) == 0 ||
                        number.text.rfind(body_numbers.front() + "/", 0) == 0);
    if (!body_numbers.empty() && !same_series &&
        number.span.start >= record_.title.span.start &&
        number.span.end <= record_.title.span.end && !record_.title.empty()) {
      outer.warnings.push_back("header number " + number.text +
                               " differs from body number " +
                               body_numbers.front());
    }
    outer.numbers.push_back(number.text);
  }
  // A memorandum numbered only under its signature ("25 December 1951
  // No. 396") has that number as its own.
  for (DocDraft& d : docs_) {
    if (d.numbers.empty() && !d.outgoing_number.empty())
      d.numbers.push_back(d.outgoing_number);
  }
}

void PageReader::ReadDocumentLanguages() {
  for (size_t i = body_begin_; i < body_end_; ++i) {
    bool names_someone = kinds_[i] == LineKind::kRouting &&
                         ParseRouting(lines_[i].text)->names_someone();
    if (kinds_[i] == LineKind::kText || kinds_[i] == LineKind::kSignature ||
        names_someone) {
      if (!line_lang_[i].empty())
        docs_[line_doc_[i]].languages.insert(line_lang_[i]);
    }
  }
  // The outer document holds every language on the page.
  DocDraft& outer = docs_[0];
  for (size_t d = 1; d < docs_.size(); ++d) {
    for (const std::string& l : docs_[d].languages) outer.languages.insert(l);
  }
  if (outer.languages.empty()) {
    for (const std::string& l : record_.languages) outer.languages.insert(l);
  }
}

void PageReader::ReadCopySentence(std::string_view t, DocDraft& doc) {
  std::string lower = LowerText(t);
  for (const std::string& cue : cues_.Cues("copy_sentence")) {
    size_t at = lower.find(cue);
    if (at == std::string::npos) continue;
    // The names up to the end of the sentence, in lower case and the text
    // alike (LowerText keeps byte offsets).
    size_t from = at + cue.size();
    size_t end = lower.find(". ", from);
    std::string_view rest = t.substr(
        from, end == std::string::npos ? std::string_view::npos : end - from);
    // "is being sent through Razuvaev to Comrade Kim Il Sung": the relay
    // gets no copy.
    std::set<NodeId> relays;
    for (const Mention& m : gazetteer_.FindMentions(rest, Offset(rest))) {
      std::string before = LowerText(rest.substr(0, m.start - Offset(rest)));
      if (before.ends_with("through ") || before.ends_with("via ") ||
          before.ends_with("через "))
        relays.insert(
            AddEntity(*m.entry, m.surface, m.codename, Ev(m.start, m.end)));
    }
    for (auto& [id, ev] : PersonsIn(rest)) {
      bool party =
          std::any_of(doc.recipients.begin(), doc.recipients.end(),
                      [&](const DocDraft::Party& p) { return p.id == id; });
      if (!party && !relays.count(id)) AddParty(doc.copies, id, ev);
    }
    return;
  }
}

void PageReader::ReadSignedHour(size_t i, DocDraft& doc) {
  // Quotations read their own (ReadQuoteSignature).
  if (line_region_[i] >= 0 || !doc.sent.empty()) return;
  size_t above = i;
  while (above > body_begin_ && lines_[above - 1].blank()) --above;
  // A day alone, or one under the sender's outgoing number ("No. 3261"
  // over "30.6"), dates the document but says nothing of its sending: a
  // reply may cite it by that day ("No. 6231" over "11.XII.51" on a
  // telegram received on the 12th).
  std::string_view t = lines_[i].text;
  auto d = detail::FindDate(t, DefaultYear());
  if (above > body_begin_ && kinds_[above - 1] == LineKind::kOutgoingNumber &&
      d && d->date.ok())
    doc.written_on = d->date.Iso();
  if (above == body_begin_ || kinds_[above - 1] != LineKind::kSignature) return;
  if (!d || d->date.day == 0) return;
  auto tm = detail::ClockAfterDate(t, d->end);
  if (!tm || !tm->time.ok()) return;
  doc.sent = detail::IsoDateTime(d->date, tm->time);
}

void PageReader::ReadMetaLines() {
  MetaLineState state;
  for (size_t i = body_begin_; i < body_end_; ++i) {
    std::string_view t = lines_[i].text;
    DocDraft& doc = docs_[line_doc_[i]];
    if (kinds_[i] != LineKind::kTimestamp && !t.empty())
      state.open_stamp = nullptr;
    switch (kinds_[i]) {
      case LineKind::kNumber:
        ReadNumberLine(t, doc);
        break;
      case LineKind::kOutgoingNumber:
        doc.outgoing_number = NumberAfterMarker(t);
        break;
      case LineKind::kStamp:
        // "[Stamp: ... / Outgoing No. 1074-gs / 13 XII 1951]": the office's
        // outgoing number, a memorandum's only one.
        if (doc.outgoing_number.empty() &&
            (StartsWithNoCase(t, "Outgoing") || t.starts_with("Исх")))
          doc.outgoing_number = NumberAfterMarker(t);
        break;
      case LineKind::kCopies:
        ReadCopiesLine(i, state);
        break;
      case LineKind::kTimestamp:
        ReadTimestampLine(i, state);
        break;
      case LineKind::kRouting:
        ReadRoutingLine(i, state);
        break;
      case LineKind::kEditorial:
        ReadSentNote(t);
        break;
      case LineKind::kText:
        ReadSalutation(t, doc);
        ReadCopySentence(t, doc);
        break;
      case LineKind::kLoneDate:
        ReadSignedHour(i, doc);
        break;
      default:
        break;
    }
  }
  // "TO KRASOVSKY" with "For Comrade MAO ZEDONG", or under a title or an
  // address naming Mao: the first is the relay. Alone ("To RAZUVAEV"), or
  // naming the one the title names, it is the addressee.
  for (auto& [d, list] : state.routed_to) {
    auto named_for = state.routed_for.find(d);
    bool relay =
        named_for != state.routed_for.end() && !named_for->second.empty();
    for (const DocDraft::Party& r : docs_[d].recipients) {
      relay = relay ||
              std::none_of(list.begin(), list.end(),
                           [&](const auto& to) { return to.first == r.id; });
    }
    for (auto& [id, ev] : list) {
      AddParty(relay ? docs_[d].via : docs_[d].recipients, id, ev);
    }
  }
  for (auto& [d, list] : state.routed_for) {
    for (auto& [id, ev] : list) AddParty(docs_[d].recipients, id, ev);
  }
  ReadTitleNumbers();
  ReadDocumentLanguages();
}

}  // namespace parley::importers::detail
