// How a reply names what it answers: the points of the document it replies
// to, by number, ordinal word or letter, and the messages it cites by their
// numbers. Used by the replies stage (replies.cc) and its tests.
#ifndef PARLEY_IMPORTERS_DETAIL_POINT_NAMES_H_
#define PARLEY_IMPORTERS_DETAIL_POINT_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

#include "importers/cue_table.h"

namespace parley::importers::detail {

// The number of the point a word names: "one"/"first"/"3" -> "3"; Russian
// ordinal adjectives in any case ("третьего", "четвёртым", "пятый"); ""
// if none. `adjective` says whether it is an ordinal ("first", "третьего"),
// which names a point wherever it stands, rather than a number ("one",
// "3"), which does only after a point word ("point one", "points 1 and 2";
// not "with one amendment", "2 km").
std::string OrdinalWord(std::string_view word, bool* adjective = nullptr);

// A message number a cable cites as the one it answers, and where the
// citation stands in the line.
struct CitedNumber {
  std::string number;  // as the cited message prints it: "C 62859"
  size_t start = 0, end = 0;
};

// "Reurmsg C 62859", "Reurtel 1862", "Reur CX 61348.1", "Refs: A. CX 61670",
// "Deptel 1401": the cable abbreviations for "regarding your message",
// "references" and the other's telegram, then a number with or without its
// series letters.
std::vector<CitedNumber> CitedNumbers(std::string_view t);

// The letter of a lettered point written after its numbered one: "4a",
// "3(b)", "5.c" as one word; "" when `word` is not one.
std::string SubPointLetter(std::string_view word);

// The lettered point that word `w` (a point's number) and the word after
// it name ("para 5 a and 5 b", "Re 3 (c)"), or that word `w` names alone
// ("4a"); "" when none. A bare "a" counts only where it cannot be the
// article: before a comma, a full stop, "and", "or", "to" or nothing.
std::string SubPointLetter(const std::vector<std::string_view>& ws, size_t w);

// The points `part` names ("points 1, 2 and 3", "the first and second
// points", "Третий пункт", "sub-para (1)", "第一、二两条"); `pl` is `part`
// in lower case. Points of a text the reply only cites ("subparas c and d
// of ref B") are not among them; `cited`, when given, gets them.
std::vector<std::string> PointsNamed(const CueTable& cues,
                                     std::string_view part,
                                     const std::string& pl,
                                     std::vector<std::string>* cited = nullptr);

}  // namespace parley::importers::detail

#endif  // PARLEY_IMPORTERS_DETAIL_POINT_NAMES_H_
