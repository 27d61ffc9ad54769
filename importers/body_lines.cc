// Stage: what each body line is (text, stamp, copies, number, routing,
// signature, ...), and the routing lines' parties.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "importers/clause_terms.h"
#include "importers/detail/page_reader.h"

namespace parley::importers::detail {

namespace {

// "Outgoing No. 116", "Исх. № 116": the sender's own register number.
bool IsOutgoingMark(std::string_view t) {
  std::string lower = LowerText(t.substr(0, 24));
  for (std::string_view mark :
       {"outgoing no", "outgoing №", "исх. №", "исх.№", "исходящий №"}) {
    if (lower.rfind(mark, 0) == 0) return Words(t).size() <= 4;
  }
  return false;
}

// A document's kind and number as its heading: "ПОСТАНОВЛЕНИЕ № 858-372сс",
// "RESOLUTION No. 12", "PROTOCOL No. 83" (`lower`: `t` lower-cased).
bool IsKindAndNumber(std::string_view t, std::string_view lower) {
  size_t marker = std::string_view::npos;
  for (std::string_view m : {"no.", "№", "nº"})
    marker = std::min(marker, lower.find(m));
  if (marker == 0 || marker == std::string_view::npos) return false;
  std::string_view kind = lower.substr(0, marker);
  std::string number = NumberAfterMarker(t);
  return Words(kind).size() <= 2 && !DocTypeFromWords(kind).empty() &&
         Words(t).size() <= 4 && !number.empty() &&
         std::isdigit(static_cast<unsigned char>(number[0]));
}

}  // namespace

std::optional<RoutingLine> PageReader::ParseRouting(std::string_view t) const {
  // "«Товарищу МАО ЦЗЭДУНУ": the address heading a quoted letter, which
  // opens the quotation.
  t = AfterOpenQuotes(t);
  // "To RAZUVAEV              TOP PRIORITY": the form's mark in a column
  // of its own is no part of the name.
  if (size_t gap = t.find("   "); gap != std::string_view::npos) {
    std::string_view column = TrimView(t.substr(gap));
    if (cues_.Opens("formality", LowerText(column)))
      t = TrimView(t.substr(0, gap));
  }
  if (t.empty() || Words(t).size() > 16) return std::nullopt;
  // Salutations ("Comrade Filippov!", "To Comrades A and B:") open a text.
  if (t.back() == '!' || t.back() == '?' || t.back() == ':') {
    return std::nullopt;
  }
  // Sentences: "BEIJING, TO KRASOVSKY. For Comrade MAO ZEDONG."; the full
  // stop of "Cde." or of an initial does not end one.
  std::vector<std::string_view> segments;
  size_t b = 0;
  for (size_t k = 0; k + 1 < t.size(); ++k) {
    if (t[k] != '.' || t[k + 1] != ' ') continue;
    size_t w = k;
    while (w > b && t[w - 1] != ' ') --w;
    std::string_view word = t.substr(w, k - w);
    bool initial = word.size() == 1 ||
                   (word.size() == 2 && detail::DetectLanguage(word) == "ru");
    if (initial || gazetteer_.IsStopWord(word)) continue;
    segments.push_back(t.substr(b, k - b));
    b = k + 1;
  }
  segments.push_back(t.substr(b));
  auto is_place = [&](std::string_view seg) {
    return MostlyUpper(seg) &&
           gazetteer_.Resolve(seg, NodeKind::kPlace) != nullptr;
  };
  // "BEIJING, TO KRASOVSKY": the place first, then the rest.
  bool place = false;
  if (size_t comma = segments[0].find(", ");
      comma != std::string_view::npos &&
      is_place(segments[0].substr(0, comma))) {
    place = true;
    segments[0] = segments[0].substr(comma + 2);
  }
  RoutingLine out;
  // The names after a prefix; false when one of them is not a name.
  auto take = [&](std::string_view list, std::vector<std::string_view>& into) {
    auto names = SplitNames(list);
    if (names.empty()) return false;
    for (auto [name, count] : names) {
      if (count != 0 || !IsAddresseeName(name)) return false;
      into.push_back(name);
    }
    return true;
  };
  // The routing cues (data/cues.tsv) and whom the names after each are:
  // the addressee or the relay ("TO KRASOVSKY"), the one a relay passes
  // the message to ("For Comrade MAO ZEDONG"), the addressees by name or
  // office ("Товарищу", "Chairman"), or copies.
  static constexpr std::pair<std::string_view,
                             std::vector<std::string_view> RoutingLine::*>
      kPrefixKinds[] = {{"routing_to", &RoutingLine::to},
                        {"routing_for", &RoutingLine::for_whom},
                        {"routing_addressee", &RoutingLine::addressees},
                        {"routing_copies", &RoutingLine::copies}};
  for (std::string_view seg : segments) {
    seg = TrimView(seg);
    while (!seg.empty() &&
           (seg.back() == '.' || seg.back() == ',' || seg.back() == ';')) {
      seg = TrimView(seg.substr(0, seg.size() - 1));
    }
    if (seg.empty()) continue;
    if (Words(seg).size() <= 3 && is_place(seg)) {
      place = true;
      continue;
    }
    // The longest cue that opens the segment ("for transmission to ", not
    // "for ").
    std::string lower = LowerText(seg);
    std::vector<std::string_view> RoutingLine::*prefix_list = nullptr;
    size_t prefix_size = 0;
    for (auto [kind, list] : kPrefixKinds) {
      for (const std::string& cue : cues_.Cues(kind)) {
        if (cue.size() > prefix_size && lower.rfind(cue, 0) == 0) {
          prefix_list = list;
          prefix_size = cue.size();
        }
      }
    }
    if (prefix_list != nullptr) {
      std::string_view names = seg.substr(prefix_size);
      auto* list = &(out.*prefix_list);
      // "To Comrade X" names the addressee; a bare "TO X" may be the relay.
      if (prefix_list == &RoutingLine::to &&
          gazetteer_.IsStopWord(StripTrailing(
              Words(names).empty() ? "" : Words(names)[0], "."))) {
        list = &out.addressees;
      }
      // "To LI KE-NUN, QIAO GUANHUA, copies to DENG HUA and to Premier KIM
      // IL SUNG.": those after the copy's lead are copies.
      std::string_view copied;
      for (const std::string& lead : cues_.Cues("copy_lead")) {
        if (size_t at = FindNoCase(names, lead); at != std::string_view::npos) {
          copied = names.substr(at + lead.size());
          names = names.substr(0, at);
          break;
        }
      }
      if (!take(names, *list)) return std::nullopt;
      if (!copied.empty() && !take(copied, out.copies)) return std::nullopt;
      continue;
    }
    // "ПЕКИН, КРАСОВСКОМУ", "MOSCOW, CC CPSU": a known name after the
    // place.
    if (place &&
        (gazetteer_.Resolve(CleanName(seg), NodeKind::kPerson) != nullptr ||
         gazetteer_.Resolve(CleanName(seg), NodeKind::kOrganization) !=
             nullptr)) {
      out.to.push_back(seg);
      continue;
    }
    return std::nullopt;
  }
  if (!out.names_someone() && !(place && Words(t).size() <= 3)) {
    return std::nullopt;
  }
  return out;
}

LineKind PageReader::LineKindOf(std::string_view t) const {
  std::string lower = LowerText(t);
  std::string bare = StripTrailing(t, ". ");
  if (bare == "[...]" || bare == "[…]" || bare == "[ ... ]" || bare == "…" ||
      bare == "...")
    return LineKind::kElision;
  if (cues_.Opens("stamp_line", lower)) return LineKind::kStamp;
  if (t[0] == '[' && (t.back() == ']' || bare.back() == ']'))
    return LineKind::kEditorial;
  // "Copies: Stalin (2), ...", "Разослать: ...", and one the print sets in
  // brackets ("(copies to Comrades LI KENONG and QIAO GUANHUA)").
  if (IsNumberedCopyLine(t) || cues_.Opens("copies_line", lower) ||
      cues_.Opens("copies_line", LowerText(Unbracketed(t))))
    return LineKind::kCopies;
  // A Politburo extract's holders: "Тт. Маленкову, Молотову — всё;
  // Вышинскому (Париж) — по телеграфу."
  if (cues_.Opens("holders_line", lower) &&
      cues_.Contains("holders_share", lower))
    return LineKind::kCopies;
  // "To Comrade Mao Zedong (2 copies)".
  if (StartsWithNoCase(t, "To ") &&
      FindNoCase(t, " copies)") != std::string_view::npos)
    return LineKind::kCopies;
  if (cues_.Opens("number_heading", lower) || IsKindAndNumber(t, lower))
    return LineKind::kNumber;
  // "Outgoing No. 116", "Исх. № 116": the sender's own register number.
  if (IsOutgoingMark(t)) return LineKind::kOutgoingNumber;
  if (StartsWithNoCase(t, "No.") ||
      std::any_of(
          std::begin(kNumberSigns), std::end(kNumberSigns),
          [&](std::string_view sign) { return t.rfind(sign, 0) == 0; })) {
    for (size_t k = 2; k < std::min<size_t>(t.size(), 8); ++k) {
      if (std::isdigit(static_cast<unsigned char>(t[k])))
        return LineKind::kNumber;
    }
  }
  bool stamp_time =
      detail::FindTime(t).has_value() || detail::FindDate(t, 0).has_value();
  if (stamp_time && IsTimestampLine(t)) return LineKind::kTimestamp;
  // Lines of a telegram's form, not its text ("TOP SECRET", "Series G"):
  // a formality alone, or one of more than three letters opening a short
  // line.
  std::string lbare = LowerText(StripTrailing(t, ".: "));
  for (const std::string& f : cues_.Cues("formality")) {
    if (lbare == f || (f.size() > 3 && lbare.rfind(f, 0) == 0 &&
                       (lbare.size() < f.size() + 40)))
      return LineKind::kFormality;
  }
  // "25 December 1951 No. 396" under a signature, "of 19 March 1953
  // No. 858-372ss" under "RESOLUTION": date and number.
  std::optional<detail::DateMatch> d = detail::FindDate(t, DefaultYear());
  bool of_date = d && (StartsWithNoCase(t, "of ") || t.starts_with("от ")) &&
                 d->start == t.find(' ') + 1;
  if (d && (d->start == 0 || of_date)) {
    std::string_view rest = TrimView(t.substr(d->end));
    if (!NumberAfterMarker(rest).empty() && Words(rest).size() <= 2 &&
        (StartsWithNoCase(rest, "No") || rest.rfind("№", 0) == 0))
      return LineKind::kNumber;
  }
  if (d && d->start == 0) {
    // A date standing alone ("30.6", "14 June 1951"), or with the hour
    // under a signature ("30.10.51 г. 22.00").
    std::string_view rest = t.substr(d->end);
    if (auto tm = detail::ClockAfterDate(t, d->end)) rest = t.substr(tm->end);
    if (StripTrailing(rest, ". г»”\"").empty()) return LineKind::kLoneDate;
  }
  if (MostlyUpper(t) && Words(t).size() >= 4 && cues_.Contains("office", lower))
    return LineKind::kOffice;
  if (ParseRouting(t)) return LineKind::kRouting;
  return LineKind::kText;
}

void PageReader::ClassifyLines() {
  kinds_.assign(lines_.size(), LineKind::kBlank);
  line_lang_.assign(lines_.size(), "");
  for (size_t i = 0; i < lines_.size(); ++i) {
    line_lang_[i] = detail::DetectLanguage(lines_[i].text);
  }
  bool in_stamp = false;
  bool in_copies = false;
  for (size_t i = body_begin_; i < body_end_; ++i) {
    std::string_view t = lines_[i].text;
    if (t.empty() || !in_body_[i]) {
      in_copies = false;
      kinds_[i] = LineKind::kBlank;
      continue;
    }
    if (in_stamp) {
      kinds_[i] = LineKind::kStamp;
      if (t.find(']') != std::string_view::npos) in_stamp = false;
      continue;
    }
    bool after_copies = i > body_begin_ && kinds_[i - 1] == LineKind::kCopies;
    size_t above = i;  // the line above, past blank lines
    while (above > body_begin_ && lines_[above - 1].blank()) --above;
    bool under_copies =
        above > body_begin_ && kinds_[above - 1] == LineKind::kCopies;
    // "Copies: Stalin (2), Molotov, Beria," over "Bulganin": a list the
    // column broke runs on after its comma; "Copies to Cde. Stalin" over
    // "to Cde. Molotov" (a blank line between or not): one copy a line.
    if (in_copies || (after_copies && lines_[i - 1].text.back() == ',') ||
        (under_copies && t.rfind("to ", 0) == 0 && Words(t).size() <= 5)) {
      kinds_[i] = LineKind::kCopies;
      continue;
    }
    kinds_[i] = LineKindOf(t);
    in_stamp =
        kinds_[i] == LineKind::kStamp && t.find(']') == std::string_view::npos;
    // "Copies to:", "Distribution:", "Расписано:" alone: the names follow,
    // one a line, to a blank line.
    bool copies_to =
        StartsWithNoCase(t, "Copies to") || StartsWithNoCase(t, "Copy to");
    in_copies =
        kinds_[i] == LineKind::kCopies && !IsNumberedCopyLine(t) &&
        (copies_to
             ? StripTrailing(TrimView(t.substr(t.find("to") + 2)), ": ").empty()
             : t.back() == ':');
  }
  // Signatures and the sender's outgoing number, which need context. A
  // name over a salutation ("ФИЛИППОВУ" over "Товарищ ФИЛИППОВ!") addresses
  // the text; it signs none.
  for (size_t i = body_begin_; i < body_end_; ++i) {
    if (kinds_[i] != LineKind::kText) continue;
    size_t next = i + 1;
    while (next < body_end_ && lines_[next].blank()) ++next;
    bool over_salutation = next < body_end_ &&
                           kinds_[next] == LineKind::kText &&
                           TrimView(lines_[next].text).ends_with('!');
    if (!over_salutation && SignatureOf(i)) kinds_[i] = LineKind::kSignature;
  }
  MarkOutgoingNumbers();
}

void PageReader::MarkOutgoingNumbers() {
  for (size_t i = body_begin_; i < body_end_; ++i) {
    if (kinds_[i] != LineKind::kNumber) continue;
    std::string_view t = lines_[i].text;
    if (auto d = detail::FindDate(t, DefaultYear()); d && d->start == 0)
      t = TrimView(t.substr(d->end));
    if (!StartsWithNoCase(t, "No") &&
        std::none_of(
            std::begin(kNumberSigns), std::end(kNumberSigns),
            [&](std::string_view sign) { return t.starts_with(sign); }))
      continue;
    if (Words(t).size() > 2) continue;
    // Past the copies list that may follow the signature.
    size_t p = i;
    while (p > body_begin_ &&
           (lines_[p - 1].blank() || kinds_[p - 1] == LineKind::kCopies))
      --p;
    if (p == body_begin_) continue;
    // "A. VYSHINSKY" over "13.IV.53" over "No. 287": past the signer's date.
    if (kinds_[p - 1] == LineKind::kLoneDate) {
      size_t s = p - 1;
      while (s > body_begin_ && lines_[s - 1].blank()) --s;
      if (s > body_begin_ && kinds_[s - 1] == LineKind::kSignature) p = s;
    }
    LineKind before = kinds_[p - 1];
    std::string_view prev = lines_[p - 1].text;
    if (before == LineKind::kSignature || ClosesQuote(prev)) {
      kinds_[i] = LineKind::kOutgoingNumber;
    }
  }
}

std::optional<std::pair<NodeId, Evidence>> PageReader::SignedAtEnd(size_t i) {
  std::string_view t = lines_[i].text;
  for (std::string_view mark : {"Signed ", "Sgd ", "Signed: "}) {
    size_t at = t.rfind(mark);
    if (at == std::string_view::npos) continue;
    // The mark opens the line or follows a sentence's end.
    std::string_view before = TrimView(t.substr(0, at));
    if (!before.empty() &&
        std::string_view(".;").find(before.back()) == std::string_view::npos) {
      continue;
    }
    std::string_view rest = t.substr(at + mark.size());
    std::string name = StripTrailing(rest, ".,;\"»”'’ ");
    if (name.empty() || Words(name).size() > 3) continue;
    // Nothing but closing marks after the name.
    if (TrimView(rest).size() > name.size() + 4) continue;
    const GazetteerEntry* e = gazetteer_.Resolve(name, NodeKind::kPerson);
    // A cable signs with the surname alone ("Signed Joy"): the one person
    // whose English name ends with it.
    if (e == nullptr && Words(name).size() == 1) {
      std::string folded = LowerText(name);
      for (const GazetteerEntry& g : gazetteer_.entries()) {
        if (g.kind != NodeKind::kPerson) continue;
        std::vector<std::string_view> ws = Words(g.label);
        if (ws.empty() || LowerText(ws.back()) != folded) continue;
        if (e != nullptr) {  // two of that name: neither
          e = nullptr;
          break;
        }
        e = &g;
      }
    }
    if (e == nullptr) continue;
    size_t start = Offset(rest);
    Evidence ev = Ev(start, start + name.size());
    return std::pair{AddEntity(*e, name, false, ev), ev};
  }
  return std::nullopt;
}

std::vector<std::pair<NodeId, Evidence>> PageReader::Signatories(size_t i) {
  std::vector<std::pair<NodeId, Evidence>> out;
  std::string_view t = AfterOpenQuotes(lines_[i].text);
  std::string lower = LowerText(t.substr(0, 24));
  for (std::string_view mark : {"signed:", "signed by:", "подписали:"}) {
    if (lower.rfind(mark, 0) != 0) continue;
    std::string_view list = t.substr(mark.size());
    // One signatory a part: parts end at ";" or a sentence's end.
    size_t begin = 0;
    for (size_t k = 0; k <= list.size(); ++k) {
      // Not the stop of an initial ("Andrew J. Kinney").
      bool initial = k >= 2 && list[k - 2] == ' ' &&
                     std::isupper(static_cast<unsigned char>(list[k - 1]));
      bool end = k == list.size() || list[k] == ';' ||
                 (list[k] == '.' && !initial && k + 1 < list.size() &&
                  list[k + 1] == ' ');
      if (!end) continue;
      std::string_view part = TrimView(list.substr(begin, k - begin));
      begin = k + 1;
      // The name before the rank: "Andrew J. Kinney, Colonel, USAF".
      std::string_view name = TrimView(part.substr(0, part.find(',')));
      std::string cleaned = StripTrailing(name, ".,;:\"»”'’ ");
      if (cleaned.empty() || Words(cleaned).size() > 4) continue;
      const GazetteerEntry* e = gazetteer_.Resolve(cleaned, NodeKind::kPerson);
      if (e == nullptr && !LooksLikeName(gazetteer_, cleaned)) continue;
      Evidence ev = Ev(Offset(name), Offset(name) + cleaned.size());
      NodeId id =
          e ? AddEntity(*e, cleaned, false, ev) : PersonFromName(cleaned, ev);
      if (!id.empty()) out.emplace_back(id, ev);
    }
    break;
  }
  if (!out.empty() || t.find(", ") == std::string_view::npos) return out;
  // "Kim Il Sung, Supreme Commander, Korean People's Army; Peng Teh-huai,
  // Commander, Chinese People's Volunteers.": each signer a part, his name
  // known, then his offices.
  if (t.find("; ") != std::string_view::npos && Words(t).size() <= 30) {
    std::string_view rest = t;
    while (!rest.empty()) {
      size_t semi = rest.find("; ");
      std::string_view part = TrimView(rest.substr(0, semi));
      rest = semi == std::string_view::npos ? std::string_view()
                                            : rest.substr(semi + 2);
      size_t comma = part.find(", ");
      std::string_view name = TrimView(part.substr(0, comma));
      const GazetteerEntry* e =
          Words(name).size() <= 4 ? gazetteer_.Resolve(name, NodeKind::kPerson)
                                  : nullptr;
      if (e == nullptr || comma == std::string_view::npos ||
          !cues_.Contains("signer_title", LowerText(part.substr(comma + 2)))) {
        out.clear();
        break;
      }
      Evidence ev = Ev(Offset(name), Offset(name) + name.size());
      out.emplace_back(AddEntity(*e, name, false, ev), ev);
    }
    if (out.size() >= 2) return out;
    out.clear();
  }
  // "LI KE-NUN, QIAO GUANHUA", "Ким Ир Сен, Пэн Дэ-хуай 5.5.": several who
  // sign together on one line, each a person the gazetteer knows; a date
  // may follow the last.
  std::string_view names = t;
  if (auto d = detail::FindDate(t, DefaultYear()))
    names = t.substr(0, d->start);
  if (Words(names).size() > 12) return out;
  std::vector<std::pair<std::string_view, int64_t>> parts = SplitNames(names);
  if (parts.size() < 2) return out;
  std::vector<const GazetteerEntry*> entries;
  for (auto [name, count] : parts) {
    const GazetteerEntry* e = count == 0 && Words(name).size() <= 4
                                  ? gazetteer_.Resolve(name, NodeKind::kPerson)
                                  : nullptr;
    if (e == nullptr) return out;
    entries.push_back(e);
  }
  for (size_t k = 0; k < parts.size(); ++k) {
    std::string_view name = parts[k].first;
    Evidence ev = Ev(Offset(name), Offset(name) + name.size());
    out.emplace_back(AddEntity(*entries[k], name, false, ev), ev);
  }
  return out;
}

namespace {

// "II. Armistice Terms", "I. The Problem": a section's number and title,
// no one's name ("I. STALIN" is one: an initial before a name).
bool IsSectionHeading(std::string_view line) {
  std::vector<std::string_view> words = Words(line);
  std::string_view first = words[0];
  bool roman = first.size() > 1 && first.back() == '.' &&
               std::all_of(first.begin(), first.end() - 1, [](char c) {
                 return c == 'I' || c == 'V' || c == 'X';
               });
  if (roman && first.size() > 2) return true;
  for (std::string_view w : words) {
    std::string lw = LowerText(w);
    if (lw == "the" || lw == "of" || lw == "and") return true;
  }
  return false;
}

}  // namespace

std::optional<std::pair<NodeId, Evidence>> PageReader::SignatureOf(size_t i) {
  std::string_view t = lines_[i].text;
  // Drop quotes, a trailing date and "г.".
  std::string_view s = AfterOpenQuotes(t);
  // "With communist greetings, Mao Zedong": the name after the valediction.
  if (size_t comma = s.find(", ");
      comma != std::string_view::npos &&
      cues_.Contains("closing", LowerText(s.substr(0, comma)))) {
    s = s.substr(comma + 2);
  }
  // "Председатель Совета Министров Союза ССР          Г. МАЛЕНКОВ": the
  // signer's office, then across a wide gap the name.
  if (size_t gap = s.rfind("   "); gap != std::string_view::npos) {
    std::string_view office = TrimView(s.substr(0, gap));
    std::string_view name = TrimView(s.substr(gap));
    if (!office.empty() && !name.empty() && Words(office).size() <= 10 &&
        office.find_first_of(".!?:;") == std::string_view::npos) {
      s = name;
    }
  }
  // "Chairman of the Council of Ministers of the USSR G. MALENKOV": the
  // office, then the initials and the name in capitals.
  if (std::vector<std::string_view> w = Words(s);
      w.size() >= 4 && w.size() <= 14 && IsUpperWord(w.back()) &&
      IsInitials(w[w.size() - 2]) && !IsInitials(w[w.size() - 3]) &&
      std::isupper(static_cast<unsigned char>(s[0])) &&
      s.find_first_of(",;:!?") == std::string_view::npos)
    s = s.substr(w[w.size() - 2].data() - s.data());
  // "Kim Il Sung, Supreme Commander, Korean People's Army": a name the
  // gazetteer knows, then the signer's offices.
  // The offices are titles, capitalized: "SE FAN [Xie Fang], chief of
  // staff of the Chinese people's volunteers." is a delegate in a list.
  if (size_t comma = s.find(", ");
      comma != std::string_view::npos && Words(s).size() > 5 &&
      Words(s).size() <= 20 &&
      s.find_first_of(";:!?") == std::string_view::npos &&
      comma + 2 < s.size() &&
      std::isupper(static_cast<unsigned char>(s[comma + 2]))) {
    // StripTrailing returns a copy: the name is cut from `s` itself.
    std::string_view head = s.substr(0, comma);
    while (head.ends_with('.')) head.remove_suffix(1);
    std::string_view offices = s.substr(comma + 2);
    if (gazetteer_.Resolve(head, NodeKind::kPerson) &&
        cues_.Contains("signer_title", LowerText(offices)))
      s = head;
  }
  size_t cut = s.size(), date_end = s.size();
  if (auto d = detail::FindDate(s, DefaultYear())) {
    cut = std::min(cut, d->start);
    date_end = d->end;
  }
  std::string_view name = TrimView(s.substr(0, cut));
  std::string cleaned = StripTrailing(name, ".,:;!\"»”'’ ");
  if (cleaned.empty() || Words(cleaned).size() > 5) return std::nullopt;
  // Whatever follows the name must be a date ("Li Kenong. 30 March.") and
  // closing marks only.
  std::string_view rest = s.substr(std::max(cut, date_end));
  for (unsigned char c : rest) {
    if (std::isalpha(c)) return std::nullopt;
  }
  if (cleaned.find('!') != std::string::npos) return std::nullopt;
  if (t.back() == '!' || t.back() == ':' || t.back() == '?') {
    return std::nullopt;
  }
  // "Comrade V.M. MOLOTOV" under "To the Minister of Foreign Affairs":
  // one addressed, not one signing; "с МАО ЦЗЭ-ДУНОМ" under "ЗАПИСЬ
  // БЕСЕДЫ": the one spoken with.
  std::string lower = LowerText(cleaned);
  for (std::string_view address :
       {"comrade ", "cde. ", "cdes. ", "товарищ", "тов. ", "to ", "with ", "с ",
        "со ", "for ", "для "}) {
    if (lower.rfind(address, 0) == 0) return std::nullopt;
  }
  const GazetteerEntry* e = gazetteer_.Resolve(cleaned, NodeKind::kPerson);
  if (e == nullptr) {
    // Several signatories on consecutive lines, or an unknown name in
    // capitals; "ЗАПИСЬ БЕСЕДЫ" heads a record of conversation, "ДЕСЯТЫЙ
    // ОТДЕЛ" names an office.
    if (!IsUpperWord(Words(cleaned)[0]) || !DocTypeFromWords(lower).empty() ||
        cues_.Contains("office", lower) ||
        !LooksLikeName(gazetteer_, cleaned) || Words(cleaned).size() < 2 ||
        IsSectionHeading(cleaned)) {
      return std::nullopt;
    }
  }
  Evidence ev = Ev(Offset(name), Offset(name) + cleaned.size());
  NodeId id =
      e ? AddEntity(*e, cleaned, false, ev) : PersonFromName(cleaned, ev);
  if (id.empty()) return std::nullopt;
  return std::make_pair(id, ev);
}

}  // namespace parley::importers::detail
