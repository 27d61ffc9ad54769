// How a reply names what it answers: the points of the document it replies
// to, by number, ordinal word or letter, and the messages it cites by their
// numbers. Used by the replies stage (replies.cc) and its tests.
#ifndef PARLEY_IMPORTERS_DETAIL_POINT_NAMES_H_
#define PARLEY_IMPORTERS_DETAIL_POINT_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

#include "importers/cue_table.h"
#include "importers/detail/stage_state.h"

namespace parley::importers::detail {

// The number of the point a word names: "one"/"first"/"3" -> "3"; Russian
// ordinal adjectives in any case ("третьего", "четвёртым", "пятый"); ""
// if none. `adjective` says whether it is an ordinal ("first", "третьего"),
// which names a point wherever it stands, rather than a number ("one",
// "3"), which does only after a point word ("point one", "points 1 and 2";
// not "with one amendment", "2 km").
std::string OrdinalWord(std::string_view word, bool* adjective = nullptr);
// Whether `word_before` spells the number `n` that a figure in brackets
// after it repeats ("five (5) days", "ten (10) senior officers"), as
// agreements write numbers: then the bracket marks no point.
bool RestatesNumber(std::string_view word_before, int n);
// The point an ordinal opening `part` names with its noun left out ("The
// second I have changed", "The third is acceptable"): the ordinal then a
// pronoun or a verb; "" for none ("The second session").
std::string ElidedPoint(std::string_view part);

// A message number a cable cites as the one it answers, and where the
// citation stands in the line.
struct CitedNumber {
  std::string number;  // as the cited message prints it: "C 62859"
  size_t start = 0, end = 0;
  bool own = false;  // the writers' own: "point 4 of our No. 1368"
};

// "Reurmsg C 62859", "Reurtel 1862", "Reur CX 61348.1", "Refs: A. CX 61670",
// "Reference JCS 941872", "Deptel 1401": the cable abbreviations for
// "regarding your message", "references" and the other's telegram, then a
// number with or without its series letters. Also the addressee's document
// named by one of `document_words` and its number ("the contents of your
// telegram No. 5463", "вашу телеграмму № 5463"), and the writers' own ("point 4
// of our No. 1368", "нашей телеграммы № 1368").
std::vector<CitedNumber> CitedNumbers(
    std::string_view t, const std::vector<std::string>& document_words);

// Lettered points (sub_point_names.cc).

// Whether `word` is a small Roman numeral in lower case ("iv"), as FRUS
// labels a list's items "(i)", "(ii)".
bool IsRomanNumeral(std::string_view word);

// Whether `word` is a letter alone, in its brackets or quotation marks:
// "а)", "(b)", "«в»".
bool IsLetterWord(std::string_view word);

// The letter of a lettered point written after its numbered one: "4a",
// "3(b)", "5.c" as one word, "3(iv)" with a Roman numeral in brackets; ""
// when `word` is not one.
std::string SubPointLetter(std::string_view word);

// The lettered point that word `w` (a point's number) and the word after
// it name ("para 5 a and 5 b", "Re 3 (c)"), or that word `w` names alone
// ("4a"); "" when none. A bare "a" counts only where it cannot be the
// article: before a comma, a full stop, "and", "or", "to", a verb ("13 a
// is approved"), a word opening on a vowel ("2 a acceptable"), a bracket
// ("para 13 a (2)") or nothing.
std::string SubPointLetter(const std::vector<std::string_view>& ws, size_t w);

// Numbered sub-points (sub_point_names.cc).

// Whether `d` is a number of one or two digits, not opening with 0.
bool SmallNumber(std::string_view d);

// The number in brackets `word` is ("(2)", "(2),"); "" when it is none.
std::string BracketedNumber(std::string_view word);

// The numbered sub-point words `w` and after name: "3(4)" as one word, or
// "3" then "(4)" (`o`: word w's number); "" when they name none. Not a
// bracket opening on a figure ("point 5 (90 days ..."). `w` moves to the
// last word read.
std::string NumberedSubPoint(const std::vector<std::string_view>& ws, size_t& w,
                             const std::string& o);

// "sub-point (2) of their point 4", "sub-para (1) of para 3": the numbered
// point inside another, named from word `w`, a sub-point word; "" when
// none. `w` moves to the parent's number.
std::string SubPointOfPoint(const std::vector<std::string_view>& ws, size_t& w);

// The lettered points `part` names by their number and letter with no
// point word before them ("As to 5(b), ...", "Dept does not favor 5(c)",
// "the American text of 13 c"): their letters, in order.
std::vector<std::string> NumberedLetterPoints(std::string_view part);

// The points the words of `part` name after point words ("points 1, 2 and
// 3", "the first and second points", "Третий пункт", "para 4 (1) and (2)",
// "points one to six"), read word by word (point_word_scan.cc); the first
// `opener_words` words open a list with no point word ("Re 3 a.", "Concur
// in 1."). `cited`, when given, gets the points of a text only cited.
std::vector<std::string> PointsAfterPointWords(const CueTable& cues,
                                               std::string_view part,
                                               size_t opener_words,
                                               std::vector<std::string>* cited);

// The points `part` names ("points 1, 2 and 3", "the first and second
// points", "Третий пункт", "sub-para (1)", "第一、二两条"); `pl` is `part`
// in lower case. Points of a text the reply only cites ("subparas c and d
// of ref B") are not among them; `cited`, when given, gets them.
std::vector<std::string> PointsNamed(const CueTable& cues,
                                     std::string_view part,
                                     const std::string& pl,
                                     std::vector<std::string>* cited = nullptr);

// A position on a whole list but some of its points ("acceptable as a
// whole, except for one addition to point 3", "All paragraphs but 17 may be
// accepted"), read by ExceptedPoints.
struct WholeException {
  std::vector<std::string> points;  // the points excepted; none: no exception
  size_t start = 0, end = 0;        // the exception's words ("except for ...")
  bool changed = false;             // it says they are changed ("one addition")
  // The points are bare numbers after a whole list of points ("All
  // paragraphs but 17"): the exception shares the whole's verb.
  bool bare = false;
};

// The exception in `part`, a clause taking one position: a whole named
// (data/cues.tsv `whole_entire`) and no point before a `whole_except` cue,
// the points named after it; empty when there is none.
WholeException ExceptedPoints(const CueTable& cues, std::string_view part);

// "the first and second points of Comrade PENG DEHUAI's proposals": the
// persons of `named` (found in the part at `part_at`, `lower` its lower
// case) whose points the numbers are, when not a party of `doc`. Only a
// name beside the point word counts (point_owners.cc).
std::vector<graph::NodeId> OwnersBesidePointWords(
    const CueTable& cues, const DocDraft& doc, std::string_view lower,
    size_t part_at,
    const std::vector<std::pair<graph::NodeId, graph::Evidence>>& named);
// Whether `lower` names a point as "his": "his second point", "his fourth
// point"; the owner is then the one the paragraph named before.
bool HisPointNamed(const CueTable& cues, std::string_view lower);

}  // namespace parley::importers::detail

#endif  // PARLEY_IMPORTERS_DETAIL_POINT_NAMES_H_
