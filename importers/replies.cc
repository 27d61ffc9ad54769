// Stage: what a reply says of earlier documents: references ("your
// telegram of 3 July") and the stances it takes on their points.
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
#include "importers/stance_reader.h"

namespace parley::importers::detail {

// What a reply says of earlier documents

// The number of the point a word names: "one"/"first"/"3" -> "3"; Russian
// ordinal adjectives in any case ("третьего", "четвёртым", "пятый"); ""
// if none. `adjective` says whether it is an ordinal ("first", "третьего"),
// which names a point wherever it stands, rather than a number ("one",
// "3"), which does only after a point word ("point one", "points 1 and 2";
// not "with one amendment", "2 km").
std::string OrdinalWord(std::string_view word, bool* adjective = nullptr) {
  // "(1)" as FRUS numbers a draft's sub-paragraphs.
  if (word.size() > 1 && word.front() == '(') word.remove_prefix(1);
  std::string w = LowerText(StripTrailing(word, ".,;:!?)"));
  if (adjective != nullptr) *adjective = false;
  static constexpr std::pair<std::string_view, int> kNumbers[] = {
      {"one", 1}, {"two", 2},   {"three", 3}, {"four", 4}, {"five", 5},
      {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}};
  for (auto [name, n] : kNumbers) {
    if (w == name) return std::to_string(n);
  }
  static constexpr std::pair<std::string_view, int> kOrdinals[] = {
      {"first", 1}, {"second", 2}, {"third", 3},   {"fourth", 4},
      {"fifth", 5}, {"sixth", 6},  {"seventh", 7}, {"eighth", 8},
      {"ninth", 9}, {"tenth", 10}};
  static constexpr std::pair<std::string_view, int> kRussian[] = {
      {"перв", 1}, {"втор", 2},  {"трет", 3},  {"четверт", 4}, {"пят", 5},
      {"шест", 6}, {"седьм", 7}, {"восьм", 8}, {"девят", 9},   {"десят", 10}};
  for (auto [name, n] : kOrdinals) {
    if (w != name) continue;
    if (adjective != nullptr) *adjective = true;
    return std::to_string(n);
  }
  for (auto [stem, n] : kRussian) {
    // Up to six letters of ending (two bytes each).
    if (w.rfind(stem, 0) != 0 || w.size() > stem.size() + 12) continue;
    if (adjective != nullptr) *adjective = true;
    return std::to_string(n);
  }
  if (!w.empty() && w.size() <= 2 &&
      std::all_of(w.begin(), w.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      })) {
    return w;
  }
  return {};
}

// A message number a cable cites as the one it answers, and where the
// citation stands in the line.
struct CitedNumber {
  std::string number;  // as the cited message prints it: "C 62859"
  size_t start = 0, end = 0;
};

// "Reurmsg C 62859", "Reurtel 1862", "Reur CX 61348.1", "Refs: A. CX 61670":
// the cable abbreviations for "regarding your message" and "references",
// then a number with or without its series letters.
std::vector<CitedNumber> CitedNumbers(std::string_view t) {
  static constexpr std::string_view kCues[] = {"reurmsg", "reurtel", "reur",
                                               "urmsg",   "urtel",   "ref",
                                               "refs",    "reftel",  "re"};
  std::vector<CitedNumber> out;
  std::vector<std::string_view> ws = Words(t);
  auto bare = [](std::string_view w) { return StripTrailing(w, ".,;:)"); };
  auto digits = [](std::string_view w) {
    size_t n = 0;
    while (n < w.size() && std::isdigit(static_cast<unsigned char>(w[n]))) ++n;
    return n;
  };
  for (size_t w = 0; w + 1 < ws.size(); ++w) {
    std::string cue = LowerText(bare(ws[w]));
    auto number_sign = [&](size_t k) {
      return ws[k] == "No" ||
             std::find(std::begin(kNumberSigns), std::end(kNumberSigns),
                       ws[k]) != std::end(kNumberSigns);
    };
    // "На № 12208." heading a Soviet reply: the number it answers.
    bool reply_to = w == 0 && cue == "на" && number_sign(w + 1);
    if (!reply_to &&
        std::find(std::begin(kCues), std::end(kCues), cue) == std::end(kCues))
      continue;
    size_t k = w + 1;
    // "Ref my C 62288": whose message it is.
    if (k + 1 < ws.size()) {
      std::string whose = LowerText(ws[k]);
      if (whose == "my" || whose == "our" || whose == "your" || whose == "ur")
        ++k;
    }
    // "Re: No. 12208."
    if (k + 1 < ws.size() && number_sign(k)) ++k;
    // "Refs: A. CX 61670": a list's letter.
    if (k + 1 < ws.size() && ws[k].size() == 2 && ws[k][1] == '.' &&
        std::isupper(static_cast<unsigned char>(ws[k][0]))) {
      ++k;
    }
    std::string series;
    std::string_view number = ws[k];
    if (digits(number) == 0 && k + 1 < ws.size()) {
      series = std::string(bare(ws[k]));
      bool letters = !series.empty() && series.size() <= 4 &&
                     std::all_of(series.begin(), series.end(), [](char c) {
                       return std::isupper(static_cast<unsigned char>(c));
                     });
      if (!letters) continue;
      number = ws[++k];
    }
    size_t n = digits(number);
    if (n < (series.empty() ? 3 : 2) || n > 7) continue;
    CitedNumber c;
    c.number = series.empty() ? std::string(number.substr(0, n))
                              : series + " " + std::string(number.substr(0, n));
    c.start = static_cast<size_t>(ws[w].data() - t.data());
    c.end = static_cast<size_t>(number.data() - t.data()) + n;
    out.push_back(std::move(c));
  }
  return out;
}

// The letter of a lettered point written after its numbered one: "4a",
// "3(b)", "5.c" as one word; "" when `word` is not one.
std::string SubPointLetter(std::string_view word) {
  word = StripTrailing(word, ".,;:!?");
  size_t digits = 0;
  while (digits < word.size() &&
         std::isdigit(static_cast<unsigned char>(word[digits])))
    ++digits;
  if (digits == 0 || digits > 2) return {};
  std::string_view rest = word.substr(digits);
  if (!rest.empty() && (rest.front() == '(' || rest.front() == '.'))
    rest.remove_prefix(1);
  if (!rest.empty() && rest.back() == ')') rest.remove_suffix(1);
  std::string letter = LowerText(rest);
  if (letter.size() == 1 && letter[0] >= 'a' && letter[0] <= 'h') return letter;
  // а to е in UTF-8
  if (letter.size() == 2 && letter[0] == '\xD0' && letter[1] >= '\xB0' &&
      letter[1] <= '\xB5')
    return letter;
  return {};
}

// The lettered point that word `w` (a point's number) and the word after
// it name ("para 5 a and 5 b", "Re 3 (c)"), or that word `w` names alone
// ("4a"); "" when none. A bare "a" counts only where it cannot be the
// article: before a comma, a full stop, "and", "or", "to" or nothing.
std::string SubPointLetter(const std::vector<std::string_view>& ws, size_t w) {
  if (std::string alone = SubPointLetter(ws[w]); !alone.empty()) return alone;
  if (w + 1 >= ws.size()) return {};
  std::string_view next = ws[w + 1];
  bool bracketed = next.size() > 1 && next.front() == '(';
  std::string letter = SubPointLetter("1" + std::string(next));
  if (letter.empty()) return {};
  if (letter != "a" || bracketed) return letter;
  char last = next.back();
  if (last == ',' || last == '.' || last == ';' || last == ':') return letter;
  if (w + 2 >= ws.size()) return letter;
  std::string after = LowerText(ws[w + 2]);
  if (after == "and" || after == "or" || after == "to" || after == "through")
    return letter;
  return {};
}

// The points `part` names ("points 1, 2 and 3", "the first and second
// points", "Третий пункт", "sub-para (1)"); `pl` is `part` in lower case.
std::vector<std::string> PointsNamed(const CueTable& cues,
                                     std::string_view part,
                                     const std::string& pl) {
  std::vector<std::string> ordinals;
  // "Re 3 a. Concur.": a cable's answer opens with the paragraph it takes
  // up, without a point word.
  bool re_opening = pl.size() > 3 && pl.compare(0, 3, "re ") == 0 &&
                    std::isdigit(static_cast<unsigned char>(pl[3]));
  if (!re_opening && !cues.Contains("point_word", pl)) return ordinals;

  std::vector<std::string_view> ws = Words(part);
  auto joins = [](const std::string& lw) {
    return lw == "and" || lw == "or" || lw == "и" || lw == "или";
  };
  auto point_word = [&](size_t w) {
    // "agenda item 3" is the talks' agenda, not a point answered.
    if (w > 0) {
      std::string before = LowerText(StripTrailing(ws[w - 1], ".,;:"));
      if (before == "agenda" || before == "повестки") return false;
    }
    return cues.Contains("point_word",
                         LowerText(StripTrailing(ws[w], ".,;:!?)")));
  };
  // Whether the ordinals from word `w` on, joined by "and", lead to
  // a point word ("the first and second points", "Третий пункт",
  // "по первому и второму пунктам"; not "the first session", "the
  // second half of point three").
  auto leads_to_point = [&](size_t w) {
    for (; w < ws.size(); ++w) {
      if (point_word(w)) return true;
      std::string lw = LowerText(StripTrailing(ws[w], ".,;:!?)"));
      if (OrdinalWord(ws[w]).empty() && !joins(lw)) return false;
    }
    return false;
  };
  // In the list after a point word ("points 1, 2 and 3").
  bool after_point = false;
  // Where the list that is running began in `ordinals`.
  size_t run_begin = 0;
  auto add = [&](const std::string& o) {
    if (std::find(ordinals.begin(), ordinals.end(), o) == ordinals.end())
      ordinals.push_back(o);
  };
  // "points one to six", "paras 1 through 4", "points 1-6": every number
  // between.
  auto add_range = [&](const std::string& from, const std::string& to) {
    int a = std::stoi(from), b = std::stoi(to);
    if (a < b && b - a < 20)
      for (int n = a; n <= b; ++n) add(std::to_string(n));
  };
  for (size_t w = 0; w < ws.size(); ++w) {
    bool adjective = false;
    std::string o = OrdinalWord(ws[w], &adjective);
    if (w == 0 && re_opening) {
      after_point = true;
      run_begin = ordinals.size();
      continue;
    }
    if (after_point &&
        ((!o.empty() && !adjective) || !SubPointLetter(ws[w]).empty())) {
      // "para 5 a and 5 b", "3(b)", "4a": the lettered point inside the
      // numbered one.
      std::string letter = SubPointLetter(ws, w);
      if (!letter.empty()) {
        add(letter);
        if (!SubPointLetter(ws[w]).empty() || w + 1 == ws.size()) continue;
        ++w;
        continue;
      }
    }
    if (o.empty() && after_point) {
      // "1-6" written as one word.
      std::string_view bare = StripTrailing(ws[w], ".,;:!?)");
      size_t dash = bare.find('-');
      if (dash != std::string_view::npos) {
        std::string a = OrdinalWord(bare.substr(0, dash));
        std::string b = OrdinalWord(bare.substr(dash + 1));
        if (!a.empty() && !b.empty()) add_range(a, b);
      }
    }
    if (!o.empty() && (after_point || (adjective && leads_to_point(w + 1)))) {
      add(o);
      // "one to six": the range's end.
      if (w + 2 < ws.size()) {
        std::string join = LowerText(ws[w + 1]);
        std::string end = OrdinalWord(ws[w + 2]);
        if ((join == "to" || join == "through" || join == "thru" ||
             join == "по") &&
            !end.empty()) {
          add_range(o, end);
          w += 2;
          continue;
        }
      }
    }
    std::string lw = LowerText(StripTrailing(ws[w], ".,;:!?)"));
    if (point_word(w)) {
      if (!after_point) run_begin = ordinals.size();
      after_point = true;
    } else if (o.empty() && !joins(lw)) {
      // "para 51 of the draft armistice agreement": the points of a text
      // the reply cites, not of the one it answers.
      if (after_point && lw == "of") {
        std::string next;
        for (std::string_view x : FirstWords(
                 part.substr(static_cast<size_t>(ws[w].data() - part.data())),
                 6))
          next += LowerText(x) + " ";
        if (cues.Contains("cited_text", next))
          ordinals.resize(std::min(ordinals.size(), run_begin));
      }
      after_point = false;
    }
    // "Para 3: six months ...": the list ends at a colon or a full stop.
    char last = ws[w].back();
    if (last == ':' || last == ';' || (last == '.' && o.empty()))
      after_point = false;
  }
  return ordinals;
}

namespace {

// The paragraphs a sentence names by a range ("paras 1 through 4", "paras
// 2-5"), in lower case; nothing when it names none.
std::optional<std::pair<int, int>> ParagraphRange(std::string_view lower) {
  std::vector<std::string_view> ws = Words(lower);
  auto number = [&](size_t w) {
    std::string_view x = ws[w];
    while (!x.empty() && !std::isdigit(static_cast<unsigned char>(x.back())))
      x.remove_suffix(1);
    if (x.empty() || x.size() > 3 ||
        !std::all_of(x.begin(), x.end(), [](char c) {
          return std::isdigit(static_cast<unsigned char>(c));
        }))
      return -1;
    return std::stoi(std::string(x));
  };
  for (size_t w = 0; w + 3 < ws.size(); ++w) {
    if (ws[w] != "paras" && ws[w] != "paragraphs" && ws[w] != "пункты")
      continue;
    std::string_view join = ws[w + 2];
    if (join != "through" && join != "to" && join != "thru" && join != "-" &&
        join != "–" && join != "по")
      continue;
    int a = number(w + 1), b = number(w + 3);
    if (a > 0 && b >= a) return std::pair{a, b};
  }
  return std::nullopt;
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

std::pair<int, int> PageReader::AnsweredNumbering(size_t d) const {
  // "Paras 1 through 4 below ... are numbered as in your msg": the reply's
  // own paragraph numbers are those of the points it answers; only the
  // paragraphs the sentence names, when it names a range: a paragraph after
  // them is a point of the reply's own.
  for (size_t i = body_begin_; i < body_end_; ++i) {
    if (line_doc_[i] != static_cast<int>(d) || kinds_[i] != LineKind::kText)
      continue;
    std::string lower = LowerText(lines_[i].text);
    if (!cues_.Contains("numbered_as_answered", lower)) continue;
    return ParagraphRange(lower).value_or(std::pair{1, 999});
  }
  return {0, -1};
}

void PageReader::ReadReferences(size_t d, size_t i) {
  DocDraft& doc = docs_[d];
  std::string_view t = lines_[i].text;
  std::string lower = LowerText(t);
  // References: "your telegram of 3 July", "Telegram of Comrade Mao
  // Zedong of 27 August (No. 4279)", "Ваша телеграмма от 3 июля".
  for (std::string_view word : {"telegram", "cable", "letter", "message",
                                "телеграмм", "письм", "сообщени"}) {
    for (size_t at = lower.find(word); at != std::string::npos;
         at = lower.find(word, at + 1)) {
      size_t window_end = std::min(lower.size(), at + 90);
      std::string_view window = t.substr(at, window_end - at);
      size_t of = std::string_view::npos;
      for (std::string_view w : {" of ", " from ", " dated ", " от "}) {
        size_t k = window.find(w);
        if (k != std::string_view::npos && k < of) of = k;
      }
      if (of == std::string_view::npos) continue;
      auto date = detail::FindDate(window, DefaultYear(), of);
      if (!date || date->start > of + 40) continue;
      // Whose: "your" = the addressee of this document; "of Comrade X".
      std::string before =
          lower.substr(at >= 12 ? at - 12 : 0, at >= 12 ? 12 : at);
      graph::Reference ref;
      ref.date = date->date.Iso();
      // "Below are the texts of four telegrams of 10 July ...:" cites the
      // documents it introduces, quoted right here.
      if (IntroducesQuoteOf(i, d, ref.date)) continue;
      if (cues_.Contains("your", before)) {
        for (const DocDraft::Party& r : doc.recipients)
          ref.authors.push_back(r.id);
      } else if (cues_.Contains("own_document",
                                lower.substr(at >= 12 ? at - 12 : 0,
                                             (at >= 12 ? 12 : at) + 12))) {
        // "Further to my telegram of 11 July": the writers' own.
        for (const DocDraft::Party& a : doc.authors)
          ref.authors.push_back(a.id);
      } else {
        for (auto& [id, ev] : PersonsIn(window.substr(0, date->start)))
          ref.authors.push_back(id);
      }
      std::string_view after = window.substr(date->end);
      if (size_t no = after.find("No.");
          no != std::string_view::npos && no < 6) {
        ref.number = NumberAfterMarker(after.substr(no));
      }
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
    }
  }
  // Cables cite the message they answer by its number alone: "Reurmsg C
  // 62859", "Reurtel 1862", "Reur CX 61348.1" (a footnote marker glued
  // on), "Refs: A. CX 61670", "Re: No. 12208.", "На № 12208.".
  for (const CitedNumber& cited : CitedNumbers(t)) {
    graph::Reference ref;
    ref.number = cited.number;
    Evidence in_source = Ev(Offset(t) + cited.start, Offset(t) + cited.end);
    ref.start = in_source.start;
    ref.end = in_source.end;
    ref.quote = std::string(t.substr(cited.start, cited.end - cited.start));
    doc.references.AppendUnique(ref.ToValue());
  }
}

bool PageReader::ReadAmendingItem(size_t d, size_t i) {
  std::string_view t = TrimView(lines_[i].text);
  std::optional<PointMarker> marker = MarkerOf(t);
  if (!marker) return false;
  // The list's introduction: the text line before its first point.
  size_t intro = i;
  while (intro > body_begin_ && (lines_[intro - 1].blank() ||
                                 MarkerOf(TrimView(lines_[intro - 1].text))))
    --intro;
  if (intro == body_begin_ || line_doc_[intro - 1] != static_cast<int>(d))
    return false;
  std::string_view lead = TrimView(lines_[intro - 1].text);
  if (lead.empty() || lead.back() != ':' ||
      !cues_.Contains("amending_list", LowerText(LastSentence(lead))))
    return false;
  // "(a) Para 2. Only the non-Korean POWs ...": the point it changes is
  // named first.
  std::string_view item = TrimView(t.substr(marker->length));
  size_t stop = item.find(". ");
  std::string_view head = item.substr(0, std::min(item.size(), stop));
  std::vector<std::string> ordinals = PointsNamed(cues_, head, LowerText(head));
  if (ordinals.empty()) return false;
  graph::StanceClaim st;
  // "Para 6. Deleted, and replaced by: ...": the point goes.
  std::string rest = LowerText(item.substr(head.size()).substr(0, 40));
  st.stance = cues_.Contains("deleting", rest) ? "rejects" : "amends";
  st.ordinals = std::move(ordinals);
  Evidence at = Ev(Offset(item), Offset(item) + item.size());
  st.start = at.start;
  st.end = at.end;
  st.quote = std::string(item);
  st.lang = LineLang(i);
  docs_[d].stances.Append(st.ToValue());
  return true;
}

void PageReader::ReadTurn(ParagraphTurns& turns, graph::StanceClaim& st,
                          std::string_view part, std::string_view lang,
                          Value& stances) {
  auto amend = [&](size_t earlier) {
    st.stance = "amends";
    stances.as_array()[earlier][graph::prop::kStance] = "amends";
  };
  // "The 5-day limit may be accepted. You should not, however, agree to a
  // withdrawal from all coastal islands": accepted with a change.
  if (auto earlier = turns.accepted.find(st.ordinals);
      earlier != turns.accepted.end() && st.stance == "rejects" &&
      cues_.Contains("contrast", LowerText(part))) {
    amend(earlier->second);
    turns.accepted.erase(earlier);
  }
  // "Para 3: six months is wholly unacceptable. You should hold to a period
  // of 60 days": refused, with a figure of the writer's in its place.
  if (!turns.rejected.empty() && st.ordinals.empty() &&
      st.stance == "insists") {
    Value terms = ExtractTerms(part, std::string(lang));
    if (terms.Get(graph::prop::kDurations) != nullptr ||
        terms.Get(graph::prop::kDistances) != nullptr) {
      st.ordinals = turns.rejected.rbegin()->first;
      amend(turns.rejected.rbegin()->second);
      turns.rejected.clear();
    }
  }
  size_t at = stances.as_array().size();
  if (st.ordinals.empty()) return;
  if (st.stance == "accepts") turns.accepted[st.ordinals] = at;
  if (st.stance == "rejects") turns.rejected = {{st.ordinals, at}};
}

void PageReader::ReadStances(size_t d, size_t i, std::pair<int, int> answered) {
  DocDraft& doc = docs_[d];
  std::string_view t = lines_[i].text;
  // A point of a list of changes ("The others are changed as follows:")
  // amends the point it names; its own words are the new text.
  if (ReadAmendingItem(d, i)) return;
  // Stances, sentence by sentence; a part after ";" without its own points
  // speaks of the points of the part before ("...dropped; should the
  // Americans put it forward, it can be accepted").
  size_t sentence_begin = 0;
  std::vector<std::string> line_ordinals;
  if (auto marker = ReadPointMarker(TrimView(t));
      marker && marker->numbered && marker->number >= answered.first &&
      marker->number <= answered.second)
    line_ordinals = {std::to_string(marker->number)};
  // The last position the paragraph took on points it named by number.
  std::string named_stance;
  std::vector<std::string> named_ordinals;
  ParagraphTurns turns;
  for (size_t k = 0; k <= t.size(); ++k) {
    bool end = k == t.size() || ((t[k] == '.' || t[k] == '!') &&
                                 (k + 1 == t.size() || t[k + 1] == ' '));
    if (!end) continue;
    std::string_view sentence = t.substr(sentence_begin, k - sentence_begin);
    sentence_begin = k + 1;
    std::vector<std::string> inherited_ordinals;
    std::vector<std::string> inherited_topics;
    size_t part_begin = 0;
    for (size_t q = 0; q <= sentence.size(); ++q) {
      if (q < sentence.size() && sentence[q] != ';') continue;
      std::string_view part =
          TrimView(sentence.substr(part_begin, q - part_begin));
      part_begin = q + 1;
      // The mark closing a quoted telegram is not the writer's words.
      if (std::string_view mark = ClosingQuoteMark(part); !mark.empty()) {
        part = TrimView(part.substr(0, part.rfind(mark)));
      }
      if (part.empty()) continue;
      // "... we propose to put forward the following points:" opens the
      // document's own proposal, never a stance on it.
      if (part.back() == ':') continue;
      // "(7) ... both sides agree to invite ...": the words of a point
      // another put forward, reported, are his (a part mostly inside it).
      size_t part_at = Offset(part);
      if (std::any_of(reported_points_.begin(), reported_points_.end(),
                      [&](const Span& p) {
                        size_t b = std::max(p.start, part_at);
                        size_t e = std::min(p.end, part_at + part.size());
                        return e > b && 2 * (e - b) > part.size();
                      }))
        continue;
      std::string pl = LowerText(part);
      std::optional<StanceReading> reading =
          ReadStance(part, LineLang(i), stance_cues_);
      std::vector<std::string> ordinals = PointsNamed(cues_, part, pl);
      // "Re sub-para (1) of Commie draft." names the point the line's
      // later sentences take their stance on.
      if ((!reading || reading->stance.empty()) && !ordinals.empty()) {
        line_ordinals = ordinals;
      }
      // A third party's position ("the Americans reject ...") is reported,
      // not taken.
      if (!reading || reading->holder == "other") continue;
      std::string stance = reading->stance;
      if (stance.empty()) continue;
      std::vector<std::string> topics = topics_.Classify(part);
      if (ordinals.empty() && topics.empty()) {
        ordinals = inherited_ordinals;
        topics = inherited_topics;
      }
      if (ordinals.empty()) ordinals = line_ordinals;
      // "Para 5 is unacceptable. ... You should not agree to any formula
      // that leaves their final disposition to the political conference.":
      // the paragraph goes on about the points it named, as long as its
      // position is the same.
      if (ordinals.empty() && stance == named_stance) ordinals = named_ordinals;
      // A figure in place of a refused point may name nothing else.
      bool counter = stance == "insists" && !turns.rejected.empty();
      if (ordinals.empty() && topics.empty() && !counter) continue;
      if (!ordinals.empty()) {
        named_stance = stance;
        named_ordinals = ordinals;
      }
      inherited_ordinals = ordinals;
      inherited_topics = topics;
      graph::StanceClaim st;
      st.stance = stance;
      // "We support your line of insisting": the writer supports a
      // stance the addressee holds.
      st.supported_stance = reading->supported_stance;
      st.negated = reading->negated;
      st.conditional = reading->conditional;
      // "the first and second points of Comrade PENG DEHUAI's
      // proposals": whose points the numbers are, when not the
      // addressee's own.
      if (!ordinals.empty()) {
        // Only a name beside the point word says whose points they are:
        // "the detention of prisoners by the Americans and Syngman Rhee"
        // later in the sentence does not.
        std::vector<size_t> point_at;
        for (const std::string& cue : cues_.Cues("point_word")) {
          for (size_t k = pl.find(cue); k != std::string::npos;
               k = pl.find(cue, k + 1))
            point_at.push_back(k);
        }
        for (auto& [person, ev] : PersonsIn(part)) {
          size_t at = ev.start - Offset(part);
          if (std::none_of(point_at.begin(), point_at.end(), [&](size_t k) {
                return (k > at ? k - at : at - k) <= 40;
              }))
            continue;
          bool party =
              std::any_of(
                  doc.recipients.begin(), doc.recipients.end(),
                  [&](const DocDraft::Party& p) { return p.id == person; }) ||
              std::any_of(
                  doc.authors.begin(), doc.authors.end(),
                  [&](const DocDraft::Party& p) { return p.id == person; });
          if (!party) st.points_of.push_back(person);
        }
      }
      st.ordinals = std::move(ordinals);
      st.topics = std::move(topics);
      st.partial = cues_.Contains("partial", pl);
      ReadTurn(turns, st, part, LineLang(i), doc.stances);
      if (st.ordinals.empty() && st.topics.empty()) continue;
      Evidence at = Ev(part_at, part_at + part.size());
      st.start = at.start;
      st.end = at.end;
      st.quote = std::string(part);
      st.lang = LineLang(i);
      doc.stances.Append(st.ToValue());
    }
  }
}

void PageReader::ReadReplies(size_t d) {
  std::pair<int, int> answered = AnsweredNumbering(d);
  for (size_t i = body_begin_; i < body_end_; ++i) {
    if (line_doc_[i] != static_cast<int>(d) ||
        (kinds_[i] != LineKind::kText && kinds_[i] != LineKind::kNumber)) {
      continue;
    }
    // A proposal another read out at the table, quoted in the report, is
    // his text: it takes no stance and cites nothing of the writer's.
    // The addressee's points as the writer restates them are the writer's
    // summary: no position of either's.
    if (int r = line_region_[i];
        r >= 0 && (regions_[r].read_by || regions_[r].restated))
      continue;
    ReadReferences(d, i);
    ReadStances(d, i, answered);
  }
}

}  // namespace parley::importers::detail
