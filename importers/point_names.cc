// How a reply names what it answers: the points ("points 1, 2 and 3", "the
// first and second points", "Третий пункт", "para 5 a", "第三点") and the
// messages it cites by number ("Reurmsg C 62859").
#include "importers/detail/point_names.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "importers/detail/page_reader.h"
#include "text/chars.h"

namespace parley::importers::detail {

namespace {

// A number at `i` of `s` in Han numerals or ASCII digits; `i` moves past it.
std::optional<int> ReadChineseNumber(std::string_view s, size_t& i) {
  int value = 0;
  size_t end = ReadAnyNumber(s, i, value);
  if (end == i) return std::nullopt;
  i = end;
  return value;
}

// The points a Chinese text names: "第三点", "第二项建议", "第一、二两条",
// "第四和第五款"; each number after "第", joined by "、", "和" or "及", up to
// the word for a point.
std::vector<std::string> ChinesePointsNamed(std::string_view part) {
  constexpr std::string_view kOrdinal = "第";
  static constexpr std::string_view kJoins[] = {"、", "和", "及", "与"};
  static constexpr std::string_view kPointWords[] = {"点", "項", "项", "条",
                                                     "條", "款", "段"};
  std::vector<std::string> out;
  for (size_t at = part.find(kOrdinal); at != std::string_view::npos;
       at = part.find(kOrdinal, at + 1)) {
    std::vector<std::string> run;
    size_t i = at + kOrdinal.size();
    while (std::optional<int> n = ReadChineseNumber(part, i)) {
      run.push_back(std::to_string(*n));
      bool joined = false;
      for (std::string_view join : kJoins) {
        if (part.substr(i, join.size()) == join) {
          i += join.size();
          joined = true;
          break;
        }
      }
      if (!joined) break;
      if (part.substr(i, kOrdinal.size()) == kOrdinal) i += kOrdinal.size();
    }
    if (run.empty()) continue;
    // "一、二两条": a count of the points may stand before the word.
    size_t counted = i;
    if (ReadChineseNumber(part, counted)) i = counted;
    for (std::string_view two : {"两", "兩"}) {
      if (part.substr(i, two.size()) == two) i += two.size();
    }
    size_t word = 0;
    for (std::string_view w : kPointWords) {
      if (part.substr(i, w.size()) == w) word = w.size();
    }
    if (word == 0) continue;
    // "第二项议程", "议程第二项": an item of the talks' agenda, not a point
    // answered.
    bool agenda = false;
    for (std::string_view a : {"议程", "議程"}) {
      agenda = agenda || part.substr(i + word, a.size()) == a ||
               (at >= a.size() && part.substr(at - a.size(), a.size()) == a);
    }
    if (agenda) continue;
    for (std::string& n : run) {
      if (std::find(out.begin(), out.end(), n) == out.end())
        out.push_back(std::move(n));
    }
  }
  return out;
}

}  // namespace

// The points `part` names ("points 1, 2 and 3", "the first and second
// points", "Третий пункт", "sub-para (1)"); `pl` is `part` in lower case.
// "Accept a.", "Concur in a, c and e": a cable's answer names lettered
// points by the letter alone right after its verb. Each letter stands
// before a comma, a full stop, "and" or nothing; "Accept a proposal" names
// none.
std::vector<std::string> LettersAfterVerb(std::string_view part) {
  std::vector<std::string_view> ws = Words(part);
  if (ws.size() < 2) return {};
  static constexpr std::string_view kVerbs[] = {"accept", "concur", "approve",
                                                "agree", "reject"};
  std::string verb = LowerText(ws[0]);
  if (std::find(std::begin(kVerbs), std::end(kVerbs), verb) == std::end(kVerbs))
    return {};
  size_t w = 1;
  if (std::string lw = LowerText(ws[w]); lw == "in" || lw == "to") ++w;
  std::vector<std::string> letters;
  for (; w < ws.size(); ++w) {
    std::string_view word = ws[w];
    char last = word.back();
    std::string bare = LowerText(StripTrailing(word, ".,;:"));
    if (bare.size() != 1 || bare[0] < 'a' || bare[0] > 'j') return letters;
    letters.push_back(bare);
    if (last == ',') continue;
    if (last == '.' || last == ';' || last == ':' || w + 1 == ws.size())
      return letters;
    std::string next = LowerText(ws[w + 1]);
    if (next != "and") return {};
    ++w;
  }
  return letters;
}

namespace {

// "On (e) he said ...", "As to (b), ...": the bracketed mark after a
// clause's opening words names the point without a point word; "" when
// `pl` (lower case) opens with no such mark.
std::string MarkAfterOpener(const std::string& pl) {
  for (std::string_view opener :
       {"on (", "as to (", "as for (", "re (", "regarding ("}) {
    if (pl.compare(0, opener.size(), opener) != 0) continue;
    size_t close = pl.find(')', opener.size());
    if (close == std::string::npos || close - opener.size() > 2) return {};
    std::string mark = pl.substr(opener.size(), close - opener.size());
    bool letter = mark.size() == 1 && mark[0] >= 'a' && mark[0] <= 'h';
    bool number =
        !mark.empty() && std::all_of(mark.begin(), mark.end(), [](char c) {
          return std::isdigit(static_cast<unsigned char>(c));
        });
    return letter || number ? mark : std::string();
  }
  return {};
}

// "UNC could accept (1), (2) and (4) as they stand. (3) is acceptable
// ...": numbers in brackets, alone or joined by commas and "and", name the
// points without a point word; none when `part` has no such word.
std::vector<std::string> BracketedPoints(std::string_view part) {
  std::vector<std::string_view> ws = Words(part);
  std::vector<std::string> out;
  auto number = [](std::string_view w) { return BracketedNumber(w); };
  for (size_t w = 0; w < ws.size(); ++w) {
    std::string n = number(ws[w]);
    if (n.empty()) continue;
    if (w > 0 && RestatesNumber(ws[w - 1], std::stoi(n))) continue;
    if (std::ranges::find(out, n) == out.end()) out.push_back(n);
    // "(1), (2) and (4)": the list runs on.
    while (w + 1 < ws.size()) {
      std::string join = LowerText(ws[w + 1]);
      if ((join == "and" || join == "or" || join == "и") && w + 2 < ws.size() &&
          !number(ws[w + 2]).empty()) {
        w += 1;
      } else if (ws[w].back() != ',' || number(ws[w + 1]).empty()) {
        break;
      }
      n = number(ws[++w]);
      if (std::ranges::find(out, n) == out.end()) out.push_back(n);
    }
  }
  return out;
}

// PointsNamed, by the point words and marks it holds.
std::vector<std::string> WordNamedPoints(const CueTable& cues,
                                         std::string_view part,
                                         const std::string& pl,
                                         std::vector<std::string>* cited) {
  std::vector<std::string> ordinals = ChinesePointsNamed(part);
  if (!ordinals.empty()) return ordinals;
  ordinals = LettersAfterVerb(part);
  if (!ordinals.empty()) return ordinals;
  if (std::string mark = MarkAfterOpener(pl); !mark.empty()) return {mark};
  // "Re 3 a. Concur.": a cable's answer opens with the paragraph it takes
  // up, without a point word.
  // So does "Concur in 1.", "Concur in 2 c except ...".
  size_t opener_words = 0;
  for (auto [opener, words] :
       {std::pair<std::string_view, size_t>{"re ", 1}, {"concur in ", 2}}) {
    if (pl.size() > opener.size() && pl.starts_with(opener) &&
        std::isdigit(static_cast<unsigned char>(pl[opener.size()])))
      opener_words = words;
  }
  if (opener_words == 0 && !cues.Contains("point_word", pl)) return ordinals;
  return PointsAfterPointWords(cues, part, opener_words, cited);
}

}  // namespace

std::string ElidedPoint(std::string_view part) {
  std::vector<std::string_view> ws = FirstWords(part, 3);
  if (ws.size() < 3) return "";
  std::string article = LowerText(ws[0]);
  if (article != "the") return "";
  bool adjective = false;
  std::string ordinal = OrdinalWord(LowerText(ws[1]), &adjective);
  if (ordinal.empty() || !adjective) return "";
  // A pronoun or a verb next, not the noun ("The second session").
  static constexpr std::string_view kNext[] = {
      "i",   "we",  "he",   "she",    "they",   "it",   "is",
      "was", "can", "may",  "must",   "should", "will", "shall",
      "has", "had", "have", "cannot", "could",  "would"};
  std::string next = LowerText(StripTrailing(ws[2], ",:;"));
  return std::ranges::find(kNext, next) != std::end(kNext) ? ordinal : "";
}

std::vector<std::string> PointsNamed(const CueTable& cues,
                                     std::string_view part,
                                     const std::string& pl,
                                     std::vector<std::string>* cited) {
  std::vector<std::string> of_cited;
  std::vector<std::string>& cited_here = cited != nullptr ? *cited : of_cited;
  const size_t cited_before = cited_here.size();
  std::vector<std::string> ordinals =
      WordNamedPoints(cues, part, pl, &cited_here);
  // "(3) is acceptable except for the islands named in para c below": the
  // points a point word names are of another text, those in brackets are
  // answered.
  if (ordinals.empty()) ordinals = BracketedPoints(part);
  // "Dept does not favor 5(c)": no point word; not "para 13 c of ref B",
  // whose points are of the text cited here.
  if (ordinals.empty() && cited_here.size() == cited_before)
    ordinals = NumberedLetterPoints(part);
  return ordinals;
}

}  // namespace parley::importers::detail
