// The time a clause's clock times are in: "Pyongyang time", "по
// пхеньянскому времени", a capitalised place before "time".
#include <cstdlib>
#include <string>

#include "graph/props.h"
#include "importers/detail/clause_term_stages.h"
#include "text/translit.h"

namespace parley::importers::detail {
namespace {

namespace prop = graph::prop;

// Time references.

struct PlaceTime {
  std::string_view stem;  // folded English word or Russian adjective stem
  std::string_view place;
};
constexpr PlaceTime kPlaceTimes[] = {
    {"pyongyang", "Pyongyang"},
    {"пхеньян", "Pyongyang"},
    {"moscow", "Moscow"},
    {"москов", "Moscow"},
    {"beijing", "Beijing"},
    {"peking", "Beijing"},
    {"peiping", "Beijing"},
    {"пекин", "Beijing"},
    {"seoul", "Seoul"},
    {"сеуль", "Seoul"},
    {"tokyo", "Tokyo"},
    {"токий", "Tokyo"},
    {"токи", "Tokyo"},
    {"harbin", "Harbin"},
    {"харбин", "Harbin"},
    {"kaesong", "Kaesong"},
    {"кэсон", "Kaesong"},
    {"кесон", "Kaesong"},
    {"vladivostok", "Vladivostok"},
    {"владивосток", "Vladivostok"},
    {"greenwich", "Greenwich"},
    {"гринвич", "Greenwich"},
    {"korean", "Korean"},
    {"корей", "Korean"},
    {"chinese", "Chinese"},
    {"китай", "Chinese"},
    {"local", "local"},
    {"местн", "local"},
};

std::string_view KnownPlace(std::string_view stem) {
  for (const PlaceTime& p : kPlaceTimes) {
    if (p.stem == stem) return p.place;
  }
  return {};
}

// A Russian place-name stem in Latin letters, capitalised ("хабаров" ->
// "Khabarov"): BGN/PCGN, the romanization of geographic names.
std::string TransliterateStem(std::string_view stem) {
  std::string out = text::ToLatin(stem, text::LatinScheme::kPlaces);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] -= 'a' - 'A';
  return out;
}

// The stem of a Russian adjective ("пхеньянскому" -> "пхеньянск").
std::string_view AdjectiveStem(std::string_view w) {
  static constexpr std::string_view kEndings[] = {
      "ому", "ему", "ого", "его", "ыми", "ими", "ом", "ем", "ое", "ее", "ая",
      "яя",  "ую",  "юю",  "ой",  "ей",  "ый",  "ий", "ым", "им", "ые", "ие"};
  for (std::string_view e : kEndings) {
    if (EndsWith(w, e) && w.size() > e.size() + 2) {
      return w.substr(0, w.size() - e.size());
    }
  }
  return w;
}

// Words that stand before "time" without naming a place.
bool IsCommonTimeWord(std::string_view w) {
  return OneOf(
      w, {"the",     "same",  "that",     "this",    "what",   "which", "some",
          "any",     "no",    "first",    "last",    "next",   "each",  "every",
          "one",     "such",  "a",        "short",   "long",   "due",   "right",
          "certain", "given", "set",      "our",     "their",  "his",   "her",
          "its",     "your",  "my",       "present", "proper", "real",  "full",
          "war",     "peace", "standard", "summer",  "winter", "at",    "in",
          "on",      "by",    "of",       "for"});
}

}  // namespace

std::string ExtractTimeReference(std::string_view text, const Tokens& t) {
  for (size_t i = 1; i < t.size(); ++i) {
    const WordToken& prev = t[i - 1];
    if (!prev.is_word() || !t[i].is_word()) continue;
    if (t[i].folded == "time") {
      std::string_view place = KnownPlace(prev.folded);
      if (!place.empty()) return std::string(place) + " time";
      bool sentence_start = i < 2 || t[i - 2].sentence != prev.sentence;
      if (prev.capitalized && !sentence_start &&
          !IsCommonTimeWord(prev.folded)) {
        std::string name(text.substr(prev.start, prev.end - prev.start));
        // "PYONGYANG" -> "Pyongyang"; only ASCII letters are re-cased.
        for (size_t k = 1; k < name.size(); ++k) {
          if (name[k] >= 'A' && name[k] <= 'Z') name[k] += 'a' - 'A';
        }
        return name + " time";
      }
      continue;
    }
    if (StartsWith(t[i].folded, "врем")) {
      std::string_view stem = AdjectiveStem(prev.folded);
      if (stem == prev.folded) continue;
      if (stem == "местн") return "local time";
      if (!EndsWith(stem, "ск")) continue;
      stem.remove_suffix(std::string_view("ск").size());
      std::string_view place = KnownPlace(stem);
      if (!place.empty()) return std::string(place) + " time";
      return TransliterateStem(stem) + " time";
    }
  }
  return "";
}

}  // namespace parley::importers::detail
