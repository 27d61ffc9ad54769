// Stage: the date and number of a quoted document, from the line that
// introduces it ("the texts of four telegrams of 10 July", "Following is C
// 62235 of May 7 from General Clark to JCS:", "On 17 November ... tabled")
// or from its own first lines.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "importers/detail/page_reader.h"

namespace parley::importers::detail {

namespace {

// "your", "my", "our" and their Russian forms ("вашу", "нашей", "моего"):
// a document of the addressee or of the writers.
bool IsPossessiveOfParty(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "your", "ur",  "my",  "our",   "мой",  "моя", "мою",
      "моей", "моё", "мое", "моего", "моём", "моем"};
  return std::ranges::find(kWords, word) != std::end(kWords) ||
         word.starts_with("ваш") || word.starts_with("наш");
}

// "C 62235 of May 7", "the telegram of Comrade KIM IL SUNG No. 118 of 7
// December": a message number, its series in capitals or the sign of a
// number, and the date it is "of", the first such in `t`.
std::optional<std::pair<std::string, Date>> NumberOfDate(std::string_view t,
                                                         int default_year) {
  std::vector<std::string_view> ws = Words(t);
  for (size_t w = 0; w + 1 < ws.size(); ++w) {
    std::string_view series = ws[w], digits = ws[w + 1];
    bool letters = series.size() <= 4 &&
                   std::all_of(series.begin(), series.end(),
                               [](char c) { return c >= 'A' && c <= 'Z'; });
    bool sign = std::ranges::find(detail::kNumberSigns, series) !=
                std::end(detail::kNumberSigns);
    size_t n = 0;
    while (n < digits.size() &&
           std::isdigit(static_cast<unsigned char>(digits[n])))
      ++n;
    if (!(letters || sign) || n < (sign ? 1 : 3) || n > 7 || n != digits.size())
      continue;
    size_t after = static_cast<size_t>(digits.data() - t.data()) + n;
    if (FindNoCase(t.substr(after, 4), " of ") != 0) continue;
    auto d = detail::FindDate(t, default_year, after + 4);
    if (!d || d->start != after + 4) continue;
    std::string number(digits);
    if (!sign) number = std::string(series) + " " + number;
    return std::pair{number, d->date};
  }
  return std::nullopt;
}

// "0300 " at t[at]: four digits of a clock, then a space.
std::optional<detail::Time> FourDigitClock(std::string_view t, size_t at) {
  if (at + 5 > t.size() || t[at + 4] != ' ') return std::nullopt;
  for (size_t k = at; k < at + 4; ++k)
    if (!std::isdigit(static_cast<unsigned char>(t[k]))) return std::nullopt;
  int hour = (t[at] - '0') * 10 + (t[at + 1] - '0');
  int minute = (t[at + 2] - '0') * 10 + (t[at + 3] - '0');
  if (hour > 23 || minute > 59) return std::nullopt;
  return detail::Time{hour, minute};
}

}  // namespace

std::string PageReader::DateQuote(const QuoteRegion& region, QuoteReading& q,
                                  std::string& type) {
  DateFromIntroduction(q);
  // "Following is C 62235 of May 7 from General Clark to JCS:" the
  // quoted message's number, a telegram's, and its date.
  std::string intro_number;
  if (q.has_intro) {
    if (auto cited = NumberOfDate(lines_[q.intro_line].text, DefaultYear())) {
      intro_number = cited->first;
      if (!q.date) q.date = cited->second;
      if (type == "message") type = "telegram";
    }
  }
  // "At the plenary session yesterday General Nam Il ... tabled the
  // following proposal:": a day the introduction counts from the day of
  // the document that quotes it.
  if (!q.date && q.has_intro &&
      (cues_.Contains("proposing", q.intro_lower) ||
       cues_.Contains("reading_out", q.intro_lower))) {
    int parent =
        region.parent_region >= 0 ? regions_[region.parent_region].doc : 0;
    const std::optional<Date>& day = docs_[std::max(parent, 0)].date;
    if (day && day->ok()) {
      if (cues_.Contains("day_before", q.intro_lower)) {
        q.date = day->PlusDays(-1);
      } else if (cues_.Contains("same_day", q.intro_lower)) {
        q.date = day;
      }
    }
  }
  if (!q.date && q.is_attachment) {
    q.date = AttachmentDateNamed(region);
    // ... and names its kind: "the telegram of 13 September".
    if (q.date && (type.empty() || type == "message")) type = attach_type_;
    if (!q.date) q.date = attach_date_;
  }
  if (!q.date) q.date = DateInQuote(region);
  return intro_number;
}

std::optional<Date> PageReader::AttachmentDateNamed(
    const QuoteRegion& region) const {
  if (attach_type_.empty()) return std::nullopt;
  const std::string named = attach_type_ + " of ";
  for (size_t i = body_begin_; i < region.first && i < body_end_; ++i) {
    if (kinds_[i] != LineKind::kText || line_region_[i] >= 0) continue;
    const std::string lower = LowerText(lines_[i].text);
    if (!cues_.Contains("forwarding", lower)) continue;
    for (size_t at = lower.find(named); at != std::string::npos;
         at = lower.find(named, at + 1)) {
      // "your telegram of 21 March" is the one answered, not attached.
      std::vector<std::string_view> before =
          LastWords(std::string_view(lower).substr(0, at), 1);
      if (!before.empty() && before[0] == "your") continue;
      size_t from = at + named.size();
      auto d = detail::FindDate(lines_[i].text, DefaultYear(), from);
      if (d && d->start == from) return d->date;
    }
  }
  return std::nullopt;
}

void PageReader::DateFromIntroduction(QuoteReading& q) {
  if (q.date || !q.has_intro) return;
  // A date the introduction gives: "the texts of four telegrams of 10
  // July", "телеграмму ... от 20 марта", "a telegram that Cde. PENG DEHUAI
  // sent me on 3 October", "his letter dated 12 June": the first date
  // right after one of these words. Only a date that follows a word for a
  // document: "... since the recess of 8 Oct 52. Nam Il ... read the
  // following proposal:" dates the recess, not the proposal.
  std::string_view line = lines_[q.intro_line].text;
  bool reading = cues_.Contains("reading_out", q.intro_lower);
  // "... On 27 March the staff officers of both sides finished revising
  // the text and agreed on the following wording:": the sentence that
  // leads into the text opens on its day.
  if (std::string_view last = LastSentence(line);
      last.size() < line.size() && TrimView(last).ends_with(':')) {
    for (std::string_view on : {"On ", "В "}) {
      if (!StartsWithNoCase(last, on)) continue;
      if (auto d = detail::FindDate(last, DefaultYear(), on.size());
          d && d->start == on.size()) {
        q.date = d->date;
        return;
      }
    }
  }
  // The sentence that puts the text forward dates it, not the documents
  // the sentences before cite.
  std::string_view t = IntroLead(line);
  size_t first = std::string_view::npos;
  for (std::string_view lead : {" of ", " от ", " dated ", " sent me on ",
                                " sent us on ", " sent on ", " on "}) {
    for (size_t at = FindNoCase(t, lead); at != std::string_view::npos;
         at = FindNoCase(t, lead, at + 1)) {
      size_t from = at + lead.size();
      if (from >= first) break;
      std::vector<std::string_view> before = LastWords(t.substr(0, at), 10);
      std::string words;
      for (std::string_view w : before) words += LowerText(w) + " ";
      // "a proposal of 2 October", but not "who had put forward a
      // proposal on 2 October, now writes:": that dates the proposal.
      bool proposal =
          lead != " on " && (words.find("proposal") != std::string::npos ||
                             words.find("предложени") != std::string::npos);
      // "At the session of 10 July JOY read out an agenda": the day it
      // was read out.
      bool session = reading && (words.find("session") != std::string::npos ||
                                 words.find("meeting") != std::string::npos ||
                                 words.find("заседани") != std::string::npos);
      // "The first is from Cde. LI KENONG, of 28 January:": the writer's
      // message of that day.
      size_t from_at = FindNoCase(t.substr(0, at), " from ");
      bool from_writer = from_at != std::string_view::npos &&
                         t.substr(0, at).ends_with(",") &&
                         !PersonsIn(t.substr(from_at, at - from_at)).empty();
      // "RIDGWAY's statement of 13 July, broadcast by radio": the day of
      // the statement.
      bool statement =
          lead != " on " && (words.find("statement") != std::string::npos ||
                             words.find("заявлени") != std::string::npos);
      bool names_document = !DocTypeFromWords(words).empty() || proposal ||
                            statement || session || from_writer;
      if (!names_document) continue;
      // "my answer to Cde. LI KENONG, whose telegram of 11 February ...":
      // the date of the document the answer is to, not of the one quoted.
      if (words.find("whose ") != std::string::npos) continue;
      // "my telegram ... of 0300 15 July": the hour it went out first.
      std::optional<detail::Time> clock = FourDigitClock(t, from);
      size_t date_at = clock ? from + 5 : from;
      auto d = detail::FindDate(t, DefaultYear(), date_at);
      if (!d || d->start != date_at) continue;
      q.date = d->date;
      first = from;
      // "the telegram I addressed to ... at 0530 on 18 October 1951":
      // the writer's own message went out at that time.
      size_t at_word = FindNoCase(t, " at ", at > 10 ? at - 10 : 0);
      if (!clock && q.own_document && at_word != std::string_view::npos &&
          at_word < at) {
        auto tm = detail::FindTime(t, at_word);
        if (tm && tm->start < at && tm->time.ok()) clock = tm->time;
        if (!clock) clock = CompactTimeBefore(t, at_word + 1, at);
      }
      if (clock) q.sent = detail::IsoDateTime(*q.date, clock);
      break;
    }
  }
  // "On 17 November the Indian delegate MENON formally tabled ... the
  // draft resolution ...: " the day a text was tabled or read out dates it.
  // So does the day a letter was handed over ("1. On 22 February at
  // Panmunjom the liaison officer ... handed ... a letter from General
  // CLARK"), after the paragraph's number if any.
  if (!q.date && (cues_.Contains("proposing", q.intro_lower) || reading ||
                  cues_.Contains("handing_over", q.intro_lower))) {
    std::string_view opening = line;
    if (auto m = MarkerOf(line); m && m->numbered)
      opening = TrimView(line.substr(m->length));
    for (std::string_view on : {"On ", "At ", "В "}) {
      if (!StartsWithNoCase(opening, on)) continue;
      if (auto d = detail::FindDate(opening, DefaultYear(), on.size());
          d && d->start == on.size())
        q.date = d->date;
      break;
    }
  }
  // "... told me that yesterday, 4 April, ... he had sent LI KENONG the
  // following instructions": the day the sentence puts it on.
  if (!q.date) {
    std::string_view lead = IntroLead(line);
    for (std::string_view day : {"yesterday, ", "вчера, "}) {
      size_t at = FindNoCase(lead, day);
      if (at == std::string_view::npos) continue;
      if (auto d = detail::FindDate(lead, DefaultYear(), at + day.size());
          d && d->start == at + day.size())
        q.date = d->date;
    }
  }
}

std::optional<Date> PageReader::DateInQuote(const QuoteRegion& region) const {
  // "To Chairman Mao. 18 December, 21:00.": a sentence of the first line
  // that is a date alone (a clock may follow) after the address.
  std::string_view first = AfterOpenQuotes(lines_[region.first].text);
  if (auto d = detail::DateOpeningASentence(first, DefaultYear());
      d && d->date.ok() && StartsWithNoCase(first, "To ")) {
    size_t end = d->end;
    if (auto clock = detail::ClockAfterDate(first, end)) end = clock->end;
    if (StripTrailing(first.substr(end), ".\"”» ").empty()) return d->date;
  }
  // "(agreement of 23 November 1951)" in its first two lines.
  for (size_t i = region.first; i <= std::min(region.last, region.first + 1);
       ++i) {
    std::string_view t = lines_[i].text;
    // A point's own words cite other texts' dates ("the Geneva Convention
    // ... of 12 August 1949"), and so does a paragraph's running text ("UNC
    // said it was interested in the Communist proposal of 3 Dec"), but for
    // a date in brackets.
    if (MarkerOf(t)) continue;
    const bool running = Words(t).size() > 20;
    for (size_t of = FindNoCase(t, " of "); of != std::string_view::npos;
         of = FindNoCase(t, " of ", of + 1)) {
      if (running && std::ranges::count(t.substr(0, of), '(') <=
                         std::ranges::count(t.substr(0, of), ')'))
        continue;
      // "In his letter of 31 March CLARK agreed ...": a document the text
      // cites, someone's, dates nothing of the text's own. Nor does the
      // addressee's or the writer's own ("Your reply of October 4 has been
      // received", "I have received your letter of 19 June").
      std::vector<std::string_view> before = LastWords(t.substr(0, of), 2);
      if (before.size() == 2 &&
          (cues_.Contains("third_party_document",
                          " " + LowerText(before[0]) + " ") ||
           IsPossessiveOfParty(LowerText(AfterOpenQuotes(before[0])))))
        continue;
      if (auto d = detail::FindDate(t, DefaultYear(), of + 4);
          d && d->start == of + 4)
        return d->date;
    }
  }
  return std::nullopt;
}

}  // namespace parley::importers::detail
