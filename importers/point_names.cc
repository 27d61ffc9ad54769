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

// The letter word `w` names after a point word: "point c", "point (c)",
// "point \"c\"", "пункт «в»", "sub-paras b and d"; "" when none. "a" and
// "в" may be the article and the preposition ("at this point a new ...",
// "пункт в проекте"): they count only set off by brackets or quotation
// marks, or before a comma, a full stop, a bracket, "and" or nothing.
std::string LetterAfterPointWord(const std::vector<std::string_view>& ws,
                                 size_t w) {
  static constexpr std::string_view kMarks[] = {
      "(",      ")",      "\"",     "'",      "\u201C",
      "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB"};
  std::string_view word = ws[w];
  bool set_off = false;
  auto strip = [&](bool front) {
    for (bool again = true; again && !word.empty();) {
      again = false;
      for (std::string_view m : kMarks) {
        if (front ? word.substr(0, m.size()) == m
                  : word.size() >= m.size() &&
                        word.substr(word.size() - m.size()) == m) {
          word = front ? word.substr(m.size())
                       : word.substr(0, word.size() - m.size());
          set_off = again = true;
          break;
        }
      }
    }
  };
  strip(true);
  // StripTrailing returns a copy: keep it while `word` looks into it.
  std::string bare = StripTrailing(word, ".,;:!?");
  bool punct = bare.size() < word.size();
  word = bare;
  strip(false);
  // The letters a point may have, as after its number ("4c").
  std::string letter = SubPointLetter("1" + std::string(word));
  if (letter.empty()) return {};
  if (letter != "a" && letter != "\u0432") return letter;
  if (set_off || punct || w + 1 == ws.size()) return letter;
  std::string next = LowerText(ws[w + 1]);
  return next == "and" || next == "or" || next == "и" ? letter : "";
}

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
  bool re_opening = opener_words > 0;
  if (!re_opening && !cues.Contains("point_word", pl)) return ordinals;

  std::vector<std::string_view> ws = Words(part);
  auto joins = [](const std::string& lw) {
    return lw == "and" || lw == "or" || lw == "и" || lw == "или";
  };
  auto point_word = [&](size_t w) {
    // "agenda item 3", "item four of the agenda", "пункт 4 повестки дня"
    // are the talks' agenda, not a point answered.
    if (w > 0) {
      std::string before = LowerText(StripTrailing(ws[w - 1], ".,;:"));
      if (before == "agenda" || before == "повестки") return false;
    }
    for (size_t k = w + 2; k < ws.size() && k <= w + 4; ++k) {
      std::string after = LowerText(StripTrailing(ws[k], ".,;:"));
      if (after == "agenda" || after == "повестки") return false;
      if (after != "of" && after != "the") break;
    }
    std::string word = LowerText(StripTrailing(ws[w], ".,;:!?)"));
    if (!cues.Contains("point_word", word)) return false;
    // "UNC rejected para 1) insofar as ... while items 3, 4 and 5 are
    // still open": items after another point word are the agenda's.
    if (word == "item" || word == "items")
      for (size_t k = 0; k < w; ++k) {
        std::string other = LowerText(StripTrailing(ws[k], ".,;:!?)"));
        if (other != "item" && other != "items" &&
            cues.Contains("point_word", other) && k + 1 < ws.size() &&
            !OrdinalWord(ws[k + 1]).empty())
          return false;
      }
    return true;
  };
  // Whether the ordinals from word `w` on, joined by "and", lead to
  // a point word ("the first and second points", "the first and the
  // seventh points", "Третий пункт", "по первому и второму пунктам"; not
  // "the first session", "the second half of point three").
  auto leads_to_point = [&](size_t w) {
    for (; w < ws.size(); ++w) {
      if (point_word(w)) return true;
      std::string lw = LowerText(StripTrailing(ws[w], ".,;:!?)"));
      // "first of Pyun's points", "the second of your proposals": whose
      // list, then its point word.
      if (lw == "of") {
        for (size_t k = w + 1; k < ws.size() && k <= w + 3; ++k) {
          if (point_word(k)) return true;
          std::string whose = LowerText(ws[k]);
          bool owner = whose == "the" || whose == "your" || whose == "their" ||
                       whose == "his" || whose == "our" ||
                       whose.ends_with("'s") || whose.ends_with("’s") ||
                       std::isupper(static_cast<unsigned char>(ws[k][0]));
          if (!owner) break;
        }
        return false;
      }
      if (OrdinalWord(ws[w]).empty() && !joins(lw) && lw != "the") return false;
    }
    return false;
  };
  // In the list after a point word ("points 1, 2 and 3").
  bool after_point = false;
  // The point whose numbered sub-points the list names ("4" of "para 4 (1)
  // and (2)"), once it names one.
  std::string sub_parent;
  // Where the list that is running began in `ordinals`, and its last word.
  size_t run_begin = 0, last_in_run = 0;
  // "Sub-points "a" and "b" of the second point": the point the letters
  // are of names them, not another point; the number after "of" is theirs.
  size_t letters_of = 0;  // the word after "of", when one; 0: none
  // "In point 4 we do not object to sub-points (1) and (2)": the point a
  // sub-point word's numbers are inside, named before it by its number.
  std::string main_point;
  bool in_sub_word = false;
  auto add = [&](const std::string& o) {
    if (std::find(ordinals.begin(), ordinals.end(), o) == ordinals.end())
      ordinals.push_back(o);
  };
  // After word `w`, a sub-point's last: the run goes on, or ends at a
  // colon, a semicolon or a full stop ("Para 4 (1): 3 months ...").
  auto ends_run = [&](size_t w) {
    last_in_run = w;
    char last = ws[w].back();
    if (last == ':' || last == ';' || last == '.') {
      after_point = false;
      sub_parent.clear();
    }
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
    // "the Commie paragraphs one by one", "one after another": no number.
    if (o == "1" && w + 1 < ws.size() && LowerText(ws[w]).starts_with("one")) {
      std::string next = LowerText(ws[w + 1]);
      if (next == "by" || next == "after" || next.starts_with("another"))
        o.clear();
    }
    if (w < opener_words) {
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
        // "para 13 a (2)": the numbered point inside the letter, "a(2)".
        size_t at = SubPointLetter(ws[w]).empty() ? w + 1 : w;
        if (at + 1 < ws.size()) {
          if (std::string inner = BracketedNumber(ws[at + 1]); !inner.empty()) {
            add(letter + "(" + inner + ")");
            sub_parent = letter;
            w = at + 1;
            ends_run(w);
            continue;
          }
        }
        add(letter);
        if (!SubPointLetter(ws[w]).empty() || w + 1 == ws.size()) continue;
        ++w;
        continue;
      }
    }
    if (o.empty() && after_point) {
      if (std::string letter = LetterAfterPointWord(ws, w); !letter.empty()) {
        add(letter);
        char last = ws[w].back();
        if (last == ':' || last == ';' || last == '.') after_point = false;
        continue;
      }
      // "1-6" written as one word.
      const std::string bare = StripTrailing(ws[w], ".,;:!?)");
      size_t dash = bare.find('-');
      if (dash != std::string_view::npos) {
        std::string a = OrdinalWord(bare.substr(0, dash));
        std::string b = OrdinalWord(bare.substr(dash + 1));
        if (!a.empty() && !b.empty()) add_range(a, b);
      }
    }
    // "Its first two points", "первые два пункта": the count from the
    // first.
    if (o == "1" && adjective && w + 1 < ws.size()) {
      bool counted = false;
      std::string count = OrdinalWord(ws[w + 1], &counted);
      // Not "the first two sub-points", letters of a point.
      std::string noun =
          w + 2 < ws.size() ? LowerText(ws[w + 2]) : std::string();
      if (!count.empty() && !counted && count != "1" &&
          std::isdigit(static_cast<unsigned char>(count[0])) &&
          !noun.starts_with("sub") && !noun.starts_with("подпункт") &&
          leads_to_point(w + 2)) {
        add_range("1", count);
        ++w;
        continue;
      }
    }
    // "all three variants must be rejected": every point of the count.
    if (!o.empty() && !adjective && w > 0 && o != "1" &&
        std::isdigit(static_cast<unsigned char>(o[0])) && !after_point) {
      std::string before = LowerText(ws[w - 1]);
      if ((before == "all" || before == "все" || before == "всех") &&
          leads_to_point(w + 1)) {
        add_range("1", o);
        continue;
      }
    }
    // "Sub-point (2) of their point 4": the numbered point inside point 4;
    // "Sub-para (1) of para 51 of the draft ..." cites another text's.
    if (std::string sub = SubPointOfPoint(ws, w); !sub.empty()) {
      if (!after_point) run_begin = ordinals.size();
      after_point = true;
      add(sub);
      ends_run(w);
      continue;
    }
    // "sub-para 3 (4)", "point 3(4)": the numbered point inside point 3,
    // and "(1) and (2)" after "para 4 (1)" go on inside it.
    if (after_point && !adjective) {
      if (std::string sub = NumberedSubPoint(ws, w, o); !sub.empty()) {
        add(sub);
        sub_parent = sub.substr(0, sub.find('('));
        ends_run(w);
        continue;
      }
      if (!sub_parent.empty() && ws[w].front() == '(' && !o.empty() &&
          std::isdigit(static_cast<unsigned char>(o[0]))) {
        add(sub_parent + "(" + o + ")");
        ends_run(w);
        continue;
      }
    }
    if (!o.empty() && (after_point || (adjective && leads_to_point(w + 1)))) {
      if (letters_of > 0 && w <= letters_of + 2) {
        letters_of = 0;
        after_point = false;
        continue;
      }
      // "С подпунктом а) второго пункта": the genitive right after a
      // letter names the point the letter is of.
      if (adjective && w > 0 && w + 1 < ws.size() &&
          LowerText(ws[w + 1]).starts_with("пункта") &&
          IsLetterWord(ws[w - 1])) {
        after_point = false;
        continue;
      }
      add(o);
      if (!in_sub_word && std::isdigit(static_cast<unsigned char>(o[0])))
        main_point = o;
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
      sub_parent.clear();
      in_sub_word = lw.starts_with("sub") || lw.starts_with("подпункт");
      // The numbers in brackets after it are inside the point named
      // before, which names no point of its own.
      // Not when the list names its point after it ("sub-points (1) and
      // (2) of point 6").
      size_t after_list = w + 1;
      while (after_list < ws.size() &&
             (!BracketedNumber(ws[after_list]).empty() ||
              joins(LowerText(StripTrailing(ws[after_list], ",")))))
        ++after_list;
      bool parent_after =
          after_list < ws.size() && LowerText(ws[after_list]) == "of";
      if (in_sub_word && !main_point.empty() && w + 1 < ws.size() &&
          !BracketedNumber(ws[w + 1]).empty() && !parent_after) {
        sub_parent = main_point;
        std::erase(ordinals, main_point);
        run_begin = std::min(run_begin, ordinals.size());
        main_point.clear();
      }
    } else if (o.empty() && !joins(lw)) {
      // "para 51 of the draft armistice agreement", "subparas c and d,
      // para 1, Part 4 of ref B": the points of a text the reply cites,
      // not of the one it answers, a few words of headings between.
      // "the islands named in para c below": a point of the writer's own
      // text, above or below.
      bool own_text =
          (lw == "below" || lw == "above" || lw == "ниже" || lw == "выше") &&
          (after_point || w == last_in_run + 1);
      if (lw == "of" && after_point && run_begin < ordinals.size() &&
          std::all_of(ordinals.begin() + run_begin, ordinals.end(),
                      [](const std::string& x) {
                        return !std::isdigit(static_cast<unsigned char>(x[0]));
                      }))
        letters_of = w + 1;
      if (own_text || (lw == "of" && (after_point || w <= last_in_run + 3))) {
        std::string next;
        for (std::string_view x : FirstWords(
                 part.substr(static_cast<size_t>(ws[w].data() - part.data())),
                 6))
          next += LowerText(x) + " ";
        // "paragraph 8 of the terms of reference": the agreement's own
        // points, not those of a text cited as "reference B".
        if (own_text ||
            (cues.Contains("cited_text", next) &&
             next.find("terms of reference") == std::string::npos)) {
          if (cited != nullptr && run_begin < ordinals.size())
            cited->insert(cited->end(), ordinals.begin() + run_begin,
                          ordinals.end());
          ordinals.resize(std::min(ordinals.size(), run_begin));
        }
      }
      after_point = false;
    }
    if (after_point) last_in_run = w;
    // "Para 3: six months ...": the list ends at a colon or a full stop.
    char last = ws[w].back();
    if (last == ':' || last == ';' || (last == '.' && o.empty()))
      after_point = false;
  }
  return ordinals;
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
