// The document types the words of a heading or an introduction name
// ("ciphered telegram", "запись беседы"), for every reader (declared in
// page_text.h).
#include <string>
#include <string_view>

#include "importers/detail/page_text.h"

namespace parley::importers::detail {

// A party's leading body (the Politburo, the Central Committee) takes
// decisions; a government or the United Nations passes resolutions.
std::string ResolutionType(std::string_view lower) {
  for (std::string_view body :
       {"politburo", "политбюро", "central committee", "cc vkp", "cc cpsu",
        "цк вкп", "цк кпсс", "вкп(б)"}) {
    if (lower.find(body) != std::string_view::npos) return "decision";
  }
  return "resolution";
}

// "ciphered telegram" -> "telegram", ... ; "" when no document word.
std::string DocTypeFromWords(std::string_view lower) {
  struct Cue {
    std::string_view word;
    std::string_view type;
  };
  static constexpr Cue kCues[] = {
      {"telegram", "telegram"},
      {"телеграмм", "telegram"},
      {"cable", "cable"},
      {"letter", "letter"},
      {"письмо", "letter"},
      {"decision", "decision"},
      {"resolution", "resolution"},
      {"постановлени", "resolution"},
      {"резолюци", "resolution"},
      {"agreement", "agreement"},
      {"agreed", "agreement"},
      {"соглашени", "agreement"},
      {"memorandum", "memorandum"},
      {"record of conversation", "record of conversation"},
      {"запись беседы", "record of conversation"},
      {"report", "report"},
      {"доклад ", "report"},
      {"доклада", "report"},
      {"докладе", "report"},
      {"message", "message"},
      {"note", "note"},
      {"directive", "directive"},
      {"instruction", "directive"},
  };
  size_t best = std::string_view::npos;
  std::string type;
  for (const Cue& c : kCues) {
    size_t at = lower.find(c.word);
    if (at != std::string_view::npos && at < best) {
      best = at;
      type = c.type;
    }
  }
  return type == "resolution" ? ResolutionType(lower) : type;
}

}  // namespace parley::importers::detail
