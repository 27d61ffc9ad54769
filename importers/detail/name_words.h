// Names as written in the pages (name_words.cc): initials, the words of a
// name in running text, a name cleaned of its forms of address.
#ifndef PARLEY_IMPORTERS_DETAIL_NAME_WORDS_H_
#define PARLEY_IMPORTERS_DETAIL_NAME_WORDS_H_

#include <string>
#include <string_view>

#include "importers/gazetteer.h"

namespace parley::importers::detail {

// Initials written before a surname: "A.", "I.V.", "A.Ia.".
bool IsInitials(std::string_view w);

// Words that may be a person's name: capitalised, letters only.
bool LooksLikeName(const Gazetteer& g, std::string_view name);

// A word of a name without what may follow it in running text: closing
// punctuation and quotes, an English possessive ("Kravtsov's").
std::string_view NameWord(std::string_view w);

std::string TitleCase(std::string_view name);

std::string CleanName(std::string_view name);

}  // namespace parley::importers::detail

#endif  // PARLEY_IMPORTERS_DETAIL_NAME_WORDS_H_
