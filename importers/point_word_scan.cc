// How a reply names points by point words, read word by word: "points 1, 2
// and 3", "the first and seventh points", "para 5 a and 5 b", "sub-para 3
// (4)", "points one to six", "all three variants" (PointsAfterPointWords).
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "importers/detail/line_words.h"
#include "importers/detail/point_names.h"
#include "text/chars.h"

namespace parley::importers::detail {

namespace {

// The letter word `w` names after a point word: "point c", "point (c)",
// "point \"c\"", "пункт «в»", "sub-paras b and d"; "" when none. "a" and
// "в" may be the article and the preposition ("at this point a new ...",
// "пункт в проекте"): they count only set off by brackets or quotation
// marks, or before a comma, a full stop, a bracket, "and", "of" or nothing.
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
  // "para a of your msg": the point of a message named.
  std::string next = LowerText(ws[w + 1]);
  return next == "and" || next == "or" || next == "и" || next == "of" ? letter
                                                                      : "";
}

bool Joins(const std::string& lw) {
  return lw == "and" || lw == "or" || lw == "и" || lw == "или";
}

// The last character of word `word`: a colon, semicolon or full stop there
// ends the list that is running.
bool EndsSentencePart(std::string_view word) {
  char last = word.back();
  return last == ':' || last == ';' || last == '.';
}

// One sentence's words read for the points they name, with what the list
// that is running holds so far.
class PointWordScan {
 public:
  PointWordScan(const CueTable& cues, std::string_view part,
                std::vector<std::string>* cited)
      : cues_(cues), part_(part), ws_(Words(part)), cited_(cited) {}

  std::vector<std::string> Run(size_t opener_words);

 private:
  bool PointWord(size_t w) const;
  bool LeadsToPoint(size_t w) const;
  void Add(const std::string& o) {
    if (std::ranges::find(ordinals_, o) == ordinals_.end())
      ordinals_.push_back(o);
  }
  // After word `w`, a sub-point's last: the run goes on, or ends at a
  // colon, a semicolon or a full stop ("Para 4 (1): 3 months ...").
  void EndRunAt(size_t w) {
    last_in_run_ = w;
    if (EndsSentencePart(ws_[w])) {
      after_point_ = false;
      sub_parent_.clear();
    }
  }
  // "points one to six", "paras 1 through 4", "points 1-6": every number
  // between.
  void AddRange(const std::string& from, const std::string& to) {
    int a = std::stoi(from), b = std::stoi(to);
    if (a < b && b - a < 20)
      for (int n = a; n <= b; ++n) Add(std::to_string(n));
  }
  // Each step reads word `w` (number `o`, an `adjective` ordinal or not)
  // when it is of its kind and says so; `w` moves to the last word read.
  bool ReadLettered(size_t& w, const std::string& o, bool adjective);
  bool ReadLetterOrRange(size_t w, const std::string& o);
  bool ReadCount(size_t& w, const std::string& o, bool adjective);
  bool ReadSubPoint(size_t& w, const std::string& o, bool adjective);
  bool ReadNumber(size_t& w, const std::string& o, bool adjective);
  void ReadPointWord(size_t w, const std::string& lw);
  void ReadOtherWord(size_t w, const std::string& lw);

  const CueTable& cues_;
  std::string_view part_;
  std::vector<std::string_view> ws_;
  std::vector<std::string>* cited_;
  std::vector<std::string> ordinals_;
  // In the list after a point word ("points 1, 2 and 3").
  bool after_point_ = false;
  // The point whose numbered sub-points the list names ("4" of "para 4 (1)
  // and (2)"), once it names one.
  std::string sub_parent_;
  // Where the list that is running began in `ordinals_`, and its last word.
  size_t run_begin_ = 0, last_in_run_ = 0;
  // "Sub-points "a" and "b" of the second point": the point the letters
  // are of names them, not another point; the number after "of" is theirs.
  size_t letters_of_ = 0;  // the word after "of", when one; 0: none
  // "In point 4 we do not object to sub-points (1) and (2)": the point a
  // sub-point word's numbers are inside, named before it by its number.
  std::string main_point_;
  bool in_sub_word_ = false;
};

bool PointWordScan::PointWord(size_t w) const {
  // "agenda item 3", "item four of the agenda", "пункт 4 повестки дня"
  // are the talks' agenda, not a point answered.
  if (w > 0) {
    std::string before = LowerText(StripTrailing(ws_[w - 1], ".,;:"));
    if (before == "agenda" || before == "повестки") return false;
  }
  for (size_t k = w + 2; k < ws_.size() && k <= w + 4; ++k) {
    std::string after = LowerText(StripTrailing(ws_[k], ".,;:"));
    if (after == "agenda" || after == "повестки") return false;
    if (after != "of" && after != "the") break;
  }
  std::string word = LowerText(StripTrailing(ws_[w], ".,;:!?)"));
  if (!cues_.Contains("point_word", word)) return false;
  // "UNC rejected para 1) insofar as ... while items 3, 4 and 5 are
  // still open": items after another point word are the agenda's.
  if (word == "item" || word == "items")
    for (size_t k = 0; k < w; ++k) {
      std::string other = LowerText(StripTrailing(ws_[k], ".,;:!?)"));
      if (other != "item" && other != "items" &&
          cues_.Contains("point_word", other) && k + 1 < ws_.size() &&
          !OrdinalWord(ws_[k + 1]).empty())
        return false;
    }
  return true;
}

// Whether the ordinals from word `w` on, joined by "and", lead to a point
// word ("the first and second points", "the first and the seventh points",
// "Третий пункт", "по первому и второму пунктам"; not "the first session",
// "the second half of point three").
bool PointWordScan::LeadsToPoint(size_t w) const {
  for (; w < ws_.size(); ++w) {
    if (PointWord(w)) return true;
    std::string lw = LowerText(StripTrailing(ws_[w], ".,;:!?)"));
    // "first of Pyun's points", "the second of your proposals", "the first
    // of these proposals": whose list, then its point word.
    if (lw == "of") {
      for (size_t k = w + 1; k < ws_.size() && k <= w + 3; ++k) {
        if (PointWord(k)) return true;
        std::string whose = LowerText(ws_[k]);
        bool owner = whose == "the" || whose == "your" || whose == "their" ||
                     whose == "his" || whose == "our" || whose == "these" ||
                     whose == "those" || whose == "its" || whose == "my" ||
                     whose.ends_with("'s") || whose.ends_with("’s") ||
                     std::isupper(static_cast<unsigned char>(ws_[k][0]));
        if (!owner) break;
      }
      return false;
    }
    if (OrdinalWord(ws_[w]).empty() && !Joins(lw) && lw != "the") return false;
  }
  return false;
}

// "para 5 a and 5 b", "3(b)", "4a": the lettered point inside the numbered
// one; "para 13 a (2)": the numbered point inside the letter, "a(2)".
bool PointWordScan::ReadLettered(size_t& w, const std::string& o,
                                 bool adjective) {
  if (!after_point_ ||
      ((o.empty() || adjective) && SubPointLetter(ws_[w]).empty()))
    return false;
  std::string letter = SubPointLetter(ws_, w);
  if (letter.empty()) return false;
  size_t at = SubPointLetter(ws_[w]).empty() ? w + 1 : w;
  if (at + 1 < ws_.size()) {
    if (std::string inner = BracketedNumber(ws_[at + 1]); !inner.empty()) {
      Add(letter + "(" + inner + ")");
      sub_parent_ = letter;
      w = at + 1;
      EndRunAt(w);
      return true;
    }
  }
  Add(letter);
  if (SubPointLetter(ws_[w]).empty() && w + 1 < ws_.size()) ++w;
  return true;
}

// In a list, a word with no number: a letter ("point c", "sub-paras b and
// d"), read; or "1-6" written as one word, whose numbers are added and the
// word read on.
bool PointWordScan::ReadLetterOrRange(size_t w, const std::string& o) {
  if (!o.empty() || !after_point_) return false;
  if (std::string letter = LetterAfterPointWord(ws_, w); !letter.empty()) {
    Add(letter);
    if (EndsSentencePart(ws_[w])) after_point_ = false;
    return true;
  }
  const std::string bare = StripTrailing(ws_[w], ".,;:!?)");
  size_t dash = bare.find('-');
  if (dash != std::string_view::npos) {
    std::string a = OrdinalWord(bare.substr(0, dash));
    std::string b = OrdinalWord(bare.substr(dash + 1));
    if (!a.empty() && !b.empty()) AddRange(a, b);
  }
  return false;
}

// A count of points: "Its first two points", "первые два пункта", from the
// first (not "the first two sub-points", letters of a point); "all three
// variants must be rejected", every point of the count.
bool PointWordScan::ReadCount(size_t& w, const std::string& o, bool adjective) {
  if (o == "1" && adjective && w + 1 < ws_.size()) {
    bool counted = false;
    std::string count = OrdinalWord(ws_[w + 1], &counted);
    std::string noun =
        w + 2 < ws_.size() ? LowerText(ws_[w + 2]) : std::string();
    if (!count.empty() && !counted && count != "1" &&
        std::isdigit(static_cast<unsigned char>(count[0])) &&
        !noun.starts_with("sub") && !noun.starts_with("подпункт") &&
        LeadsToPoint(w + 2)) {
      AddRange("1", count);
      ++w;
      return true;
    }
  }
  if (!o.empty() && !adjective && w > 0 && o != "1" &&
      std::isdigit(static_cast<unsigned char>(o[0])) && !after_point_) {
    std::string before = LowerText(ws_[w - 1]);
    if ((before == "all" || before == "все" || before == "всех") &&
        LeadsToPoint(w + 1)) {
      AddRange("1", o);
      return true;
    }
  }
  return false;
}

// A numbered point inside another: "Sub-point (2) of their point 4" (and
// "Sub-para (1) of para 51 of the draft ..." cites another text's);
// "sub-para 3 (4)", "point 3(4)", and "(1) and (2)" after "para 4 (1)" go
// on inside it.
bool PointWordScan::ReadSubPoint(size_t& w, const std::string& o,
                                 bool adjective) {
  if (std::string sub = SubPointOfPoint(ws_, w); !sub.empty()) {
    if (!after_point_) run_begin_ = ordinals_.size();
    after_point_ = true;
    Add(sub);
    EndRunAt(w);
    return true;
  }
  if (!after_point_ || adjective) return false;
  if (std::string sub = NumberedSubPoint(ws_, w, o); !sub.empty()) {
    Add(sub);
    sub_parent_ = sub.substr(0, sub.find('('));
    EndRunAt(w);
    return true;
  }
  if (!sub_parent_.empty() && ws_[w].front() == '(' && !o.empty() &&
      std::isdigit(static_cast<unsigned char>(o[0]))) {
    Add(sub_parent_ + "(" + o + ")");
    EndRunAt(w);
    return true;
  }
  return false;
}

// A point's number in a list, or an ordinal leading to a point word, with
// the end of its range ("one to six"). The number after "of" in "Sub-points
// "a" and "b" of the second point", and the genitive after a letter ("С
// подпунктом а) второго пункта"), name the point the letters are of: read,
// and the list ends. Whether the word was read whole.
bool PointWordScan::ReadNumber(size_t& w, const std::string& o,
                               bool adjective) {
  if (o.empty() || !(after_point_ || (adjective && LeadsToPoint(w + 1))))
    return false;
  if (letters_of_ > 0 && w <= letters_of_ + 2) {
    letters_of_ = 0;
    after_point_ = false;
    return true;
  }
  if (adjective && w > 0 && w + 1 < ws_.size() &&
      LowerText(ws_[w + 1]).starts_with("пункта") && IsLetterWord(ws_[w - 1])) {
    after_point_ = false;
    return true;
  }
  Add(o);
  if (!in_sub_word_ && std::isdigit(static_cast<unsigned char>(o[0])))
    main_point_ = o;
  if (w + 2 < ws_.size()) {
    std::string join = LowerText(ws_[w + 1]);
    std::string end = OrdinalWord(ws_[w + 2]);
    if ((join == "to" || join == "through" || join == "thru" || join == "по") &&
        !end.empty()) {
      AddRange(o, end);
      w += 2;
      return true;
    }
  }
  return false;
}

// A point word opens a list. After a sub-point word, the numbers in
// brackets are inside the point named before it, which names no point of
// its own ("In point 4 ... sub-points (1) and (2)"); not when the list names
// its point after it ("sub-points (1) and (2) of point 6").
void PointWordScan::ReadPointWord(size_t w, const std::string& lw) {
  if (!after_point_) run_begin_ = ordinals_.size();
  after_point_ = true;
  sub_parent_.clear();
  in_sub_word_ = lw.starts_with("sub") || lw.starts_with("подпункт");
  size_t after_list = w + 1;
  while (after_list < ws_.size() &&
         (!BracketedNumber(ws_[after_list]).empty() ||
          Joins(LowerText(StripTrailing(ws_[after_list], ",")))))
    ++after_list;
  bool parent_after =
      after_list < ws_.size() && LowerText(ws_[after_list]) == "of";
  if (in_sub_word_ && !main_point_.empty() && w + 1 < ws_.size() &&
      !BracketedNumber(ws_[w + 1]).empty() && !parent_after) {
    sub_parent_ = main_point_;
    std::erase(ordinals_, main_point_);
    run_begin_ = std::min(run_begin_, ordinals_.size());
    main_point_.clear();
  }
}

// A word that is neither number nor join ends the list. "para 51 of the
// draft armistice agreement", "subparas c and d, para 1, Part 4 of ref B":
// the points of a text the reply cites, not of the one it answers, a few
// words of headings between; "the islands named in para c below": a point
// of the writer's own text, above or below. Neither is kept.
void PointWordScan::ReadOtherWord(size_t w, const std::string& lw) {
  bool own_text =
      (lw == "below" || lw == "above" || lw == "ниже" || lw == "выше") &&
      (after_point_ || w == last_in_run_ + 1);
  if (lw == "of" && after_point_ && run_begin_ < ordinals_.size() &&
      std::all_of(ordinals_.begin() + run_begin_, ordinals_.end(),
                  [](const std::string& x) {
                    return !std::isdigit(static_cast<unsigned char>(x[0]));
                  }))
    letters_of_ = w + 1;
  if (own_text || (lw == "of" && (after_point_ || w <= last_in_run_ + 3))) {
    std::string next;
    for (std::string_view x : FirstWords(
             part_.substr(static_cast<size_t>(ws_[w].data() - part_.data())),
             6))
      next += LowerText(x) + " ";
    // "paragraph 8 of the terms of reference": the agreement's own points,
    // not those of a text cited as "reference B".
    if (own_text || (cues_.Contains("cited_text", next) &&
                     next.find("terms of reference") == std::string::npos)) {
      if (cited_ != nullptr && run_begin_ < ordinals_.size())
        cited_->insert(cited_->end(), ordinals_.begin() + run_begin_,
                       ordinals_.end());
      ordinals_.resize(std::min(ordinals_.size(), run_begin_));
    }
  }
  after_point_ = false;
}

std::vector<std::string> PointWordScan::Run(size_t opener_words) {
  for (size_t w = 0; w < ws_.size(); ++w) {
    bool adjective = false;
    std::string o = OrdinalWord(ws_[w], &adjective);
    // "the Commie paragraphs one by one", "one after another": no number.
    if (o == "1" && w + 1 < ws_.size() &&
        LowerText(ws_[w]).starts_with("one")) {
      std::string next = LowerText(ws_[w + 1]);
      if (next == "by" || next == "after" || next.starts_with("another"))
        o.clear();
    }
    if (w < opener_words) {
      after_point_ = true;
      run_begin_ = ordinals_.size();
      continue;
    }
    if (ReadLettered(w, o, adjective) || ReadLetterOrRange(w, o) ||
        ReadCount(w, o, adjective) || ReadSubPoint(w, o, adjective) ||
        ReadNumber(w, o, adjective))
      continue;
    std::string lw = LowerText(StripTrailing(ws_[w], ".,;:!?)"));
    if (PointWord(w))
      ReadPointWord(w, lw);
    else if (o.empty() && !Joins(lw))
      ReadOtherWord(w, lw);
    if (after_point_) last_in_run_ = w;
    // "Para 3: six months ...": the list ends at a colon or a full stop.
    char last = ws_[w].back();
    if (last == ':' || last == ';' || (last == '.' && o.empty()))
      after_point_ = false;
  }
  return std::move(ordinals_);
}

}  // namespace

std::vector<std::string> PointsAfterPointWords(
    const CueTable& cues, std::string_view part, size_t opener_words,
    std::vector<std::string>* cited) {
  return PointWordScan(cues, part, cited).Run(opener_words);
}

}  // namespace parley::importers::detail
