// Folding text for comparison: one word fold (NFKC, case folding, ё as е,
// Latin diacritics dropped) that names, cues and search words all go
// through, the name fold built on it, and a lower-casing that keeps byte
// offsets for matching cues inside whole lines.
#ifndef PARLEY_TEXT_FOLD_H_
#define PARLEY_TEXT_FOLD_H_

#include <optional>
#include <string>
#include <string_view>

namespace parley::text {

// `word` NFKC-normalized and case-folded (ICU's NFKC_Casefold: "ＵＮ" ->
// "un", a soft hyphen dropped), "ё" as "е", and the diacritics of Latin
// letters dropped ("Pyŏngyang" -> "pyongyang"). Other scripts keep their
// marks once composed ("й" stays "й"). Meant for one word; spaces and
// punctuation are folded like any other character.
std::string FoldWord(std::string_view word);

// True for an ending that makes a number ordinal, folded: "st", "nd", "rd",
// "th", and the Russian "й", "я", "го", "му", "ого", ... ("38-го").
bool IsOrdinalEnding(std::string_view folded);

// The number of an ordinal written as one word ("38th", "38-й", "38я" ->
// "38"); std::nullopt for any other word.
std::optional<std::string> OrdinalNumber(std::string_view word);

// One word of a name folded for comparison: an ordinal as its number,
// apostrophes dropped ("People's" -> "peoples"), Latin look-alike letters
// inside a Cyrillic word read as Cyrillic ("КИM" -> "ким"), then FoldWord.
std::string FoldNameWord(std::string_view word);

// The Cyrillic reading of a word written only in Latin letters that all
// have Cyrillic twins, and digits ("HAM" -> "нам", "PAK" -> "рак"),
// folded; "" for any other word ("Kim", "Ким").
std::string CyrillicLookalike(std::string_view word);

// A name folded for comparison: its words (FindWords with ordinal endings)
// each folded by FoldNameWord and joined by single spaces ("Kim Il-sung" ->
// "kim il sung", "  КИМ   ИР\tСЕН " -> "ким ир сен", "VKP(b)" -> "vkp b",
// "38-я армия" -> "38 армия"); Han characters written together stay
// together ("毛泽东"). "" when the name has no letters or digits.
std::string FoldName(std::string_view name);

// `s` with ASCII and Russian capitals lower-cased and "Ё"/"ё" written "е",
// every other byte as it was. Each letter keeps its byte length, so offsets
// found in the result are offsets in `s`: for finding cue words in whole
// lines. Malformed bytes are copied.
std::string LowerText(std::string_view s);

}  // namespace parley::text

#endif  // PARLEY_TEXT_FOLD_H_
