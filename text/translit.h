// Russian Cyrillic in Latin letters, for keys and ids. One table of the
// Russian alphabet with a column per scheme: node ids (graph::Slug) and
// the gazetteer's name keys must never change, and ICU's transliterators
// disagree with both (Russian-Latin/BGN spells "й" "y", "я" "ya", "ъ" "ʺ"
// and "е" "ye" after a vowel; it matches 142 of the 264 Russian names of
// data/gazetteer.tsv in the id scheme), so those two are hand tables.
// Place names use ICU's BGN/PCGN romanization itself.
#ifndef PARLEY_TEXT_TRANSLIT_H_
#define PARLEY_TEXT_TRANSLIT_H_

#include <optional>
#include <string>
#include <string_view>

#include "text/utf8.h"

namespace parley::text {

enum class LatinScheme {
  // Passport style (ICAO 9303): ё "e", й "i", х "kh", ц "ts", щ "shch", ъ
  // and ь nothing, ю "iu", я "ia". What node ids are made of
  // ("Пхеньян" -> "pkhenian").
  kId,
  // Korean and Chinese names written in Russian, spelled to meet their
  // English spellings: х "h", ё "yo", ю "yu", я "ya", the Palladius and
  // Kontsevich digraphs (цз "z", чж "zh", пх/тх/кх "p"/"t"/"k", чх "ch")
  // and a final "-ун" as "ung" ("Мао Цзэдун" -> "mao zedung", "Пхеньян" ->
  // "penyan", "ПАК ДЕНЧО" -> "pak dencho").
  kNames,
  // Place names: ICU's "Russian-Latin/BGN" without its marks (ʹ ʺ ·):
  // "хабаров" -> "khabarov", "ейск" -> "yeysk".
  kPlaces,
};

// The Latin spelling of one Russian letter (either case; "ё" included) in
// the kId or kNames scheme (kPlaces reads as kId), one letter at a time, no
// digraphs; "" for ъ and ь; std::nullopt for any other character.
std::optional<std::string_view> LatinLetter(CodePoint c, LatinScheme scheme);

// `text` lower-cased, with its Russian letters in Latin by `scheme`; other
// characters are kept (lower-cased) as they are.
std::string ToLatin(std::string_view text, LatinScheme scheme);

// `name` in the letters a-z only, for comparing a Russian spelling with an
// English one ("ЛИ ХАК ГУ" and "LI HAK GU" -> "lihakgu"): kNames, spaces
// and punctuation dropped, "kh" read as "h".
std::string LatinKey(std::string_view name);

}  // namespace parley::text

#endif  // PARLEY_TEXT_TRANSLIT_H_
