// ExtractTerms reads a clause's terms stage by stage (detail/term_*.cc:
// distances, durations, the parties, time references); MergeTerms joins
// two languages' readings of one clause.
#include "importers/clause_terms.h"

#include <algorithm>
#include <string>
#include <utility>

#include "graph/props.h"
#include "importers/detail/clause_term_stages.h"

namespace parley::importers {
namespace {

namespace prop = graph::prop;

using detail::Tokens;
using detail::WordToken;

// Two term objects describe the same thing when they agree on every key
// both hold, including the unit ("10 km" with and without its "from").
bool SameTerm(const graph::Value& a, const graph::Value& b) {
  if (!a.is_object() || !b.is_object()) return false;
  if (a.GetString(prop::kUnit) != b.GetString(prop::kUnit)) return false;
  for (const auto& [key, v] : a.as_object()) {
    const graph::Value* other = b.Get(key);
    if (other != nullptr && *other != v) return false;
  }
  return true;
}

bool IsUpTo(const graph::Value& d) {
  return d.GetString(prop::kBound) == prop::kBoundUpTo;
}

// Two readings of one distance in two languages that differ only in its
// bound: "до 10 км" (0–10) and "10 km" (10).
bool BoundDiffers(const graph::Value& a, const graph::Value& b) {
  if (!a.is_object() || !b.is_object() || IsUpTo(a) == IsUpTo(b)) return false;
  const graph::Value& exact = IsUpTo(a) ? b : a;
  if (a.GetString(prop::kUnit) != b.GetString(prop::kUnit) ||
      a.Get(prop::kMax) == nullptr || b.Get(prop::kMax) == nullptr ||
      *a.Get(prop::kMax) != *b.Get(prop::kMax) ||
      exact.Get(prop::kMin) == nullptr ||
      *exact.Get(prop::kMin) != *exact.Get(prop::kMax)) {
    return false;
  }
  std::string fa = a.GetString(prop::kFrom), fb = b.GetString(prop::kFrom);
  return fa.empty() || fb.empty() || fa == fb;
}

std::string LanguageName(std::string_view lang) {
  if (lang == "en") return "English";
  if (lang == "ru") return "Russian";
  return std::string(lang);
}

// `earlier` (read before, in another language) and `item` (read in `lang`)
// disagree on a bound: the Russian original governs, else the earlier
// reading; the note says what the translation does with "up to".
void SettleBound(graph::Value& earlier, graph::Value item,
                 std::string_view lang) {
  bool item_governs = lang == "ru";
  graph::Value& governing = item_governs ? item : earlier;
  // The governed reading's language, when known (an item of `into` keeps
  // it only when it came straight from ExtractTerms).
  std::string other =
      item_governs ? earlier.GetString(prop::kLang) : std::string(lang);
  std::string translation = other.empty() || other == "ru"
                                ? "the translation"
                                : "the " + LanguageName(other) + " translation";
  governing[prop::kNote] =
      translation + (IsUpTo(governing) ? " drops" : " adds") + " \"up to\"";
  if (item_governs) earlier = std::move(item);
}

void MergeList(graph::Value& into, const graph::Value& from,
               std::string_view key) {
  for (graph::Value item : from.as_array()) {
    std::string lang;
    if (item.is_object()) {
      lang = item.GetString(prop::kLang);
      item.as_object().erase(std::string(prop::kLang));
    }
    auto& items = into.as_array();
    if (key == prop::kDistances) {
      auto differs = std::find_if(
          items.begin(), items.end(),
          [&](const graph::Value& v) { return BoundDiffers(v, item); });
      if (differs != items.end()) {
        SettleBound(*differs, std::move(item), lang);
        continue;
      }
    }
    auto same = std::find_if(
        items.begin(), items.end(),
        [&](const graph::Value& v) { return v == item || SameTerm(v, item); });
    if (same == items.end()) {
      items.push_back(item);
    } else if (*same != item) {
      graph::MergeValue(*same, item);
    }
  }
}

// The language of a text by its letters: "ru" when Cyrillic letters
// outnumber Latin ones, else "en".
std::string_view LanguageOf(std::string_view text) {
  size_t cyrillic = 0, latin = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ++latin;
    if (c == 0xD0 || c == 0xD1) ++cyrillic;
  }
  return cyrillic > latin ? "ru" : "en";
}

}  // namespace

int ParseNumberWord(std::string_view word) {
  Tokens t = detail::TokenizeWords(word);
  t.erase(std::remove_if(t.begin(), t.end(),
                         [](const WordToken& w) { return w.is_punct("-"); }),
          t.end());
  if (t.empty() || t.size() > 2) return -1;
  if (std::any_of(t.begin(), t.end(), [](const WordToken& w) {
        return w.kind == WordToken::Kind::kPunct;
      })) {
    return -1;
  }
  int first = detail::FoldedNumberValue(t[0].folded);
  if (t.size() == 1) return first;
  int second = detail::FoldedNumberValue(t[1].folded);
  if (t[0].is_word() && t[1].is_word() && detail::IsTens(first) &&
      second >= 1 && second <= 9) {
    return first + second;
  }
  return -1;
}

graph::Value ExtractTerms(std::string_view text, std::string_view lang) {
  // Both languages' patterns are tried on any text, so `lang` only
  // documents the caller's intent: a clause with a stray phrase of the other
  // language still yields its terms, and the cue words of one language never
  // look like the other's.
  Tokens tokens = detail::TokenizeWords(text);
  graph::Value terms = graph::Value::MakeObject();
  std::string_view read_as =
      lang == "ru" || lang == "en" ? lang : LanguageOf(text);
  detail::ExtractDistances(tokens, read_as, terms);
  detail::ExtractDurations(text, tokens, terms);
  detail::ExtractActors(tokens, terms);
  detail::ExtractForces(tokens, terms);
  detail::ExtractScope(tokens, terms);
  std::string time = detail::ExtractTimeReference(text, tokens);
  if (!time.empty()) terms[prop::kTimeReference] = time;
  return terms;
}

void MergeTerms(graph::Value& into, const graph::Value& from) {
  if (!from.is_object()) return;
  if (into.is_null()) into = graph::Value::MakeObject();
  if (!into.is_object()) return;
  for (const auto& [key, value] : from.as_object()) {
    graph::Value& slot = into[key];
    if (value.is_array() && (slot.is_null() || slot.is_array())) {
      if (slot.is_null()) slot = graph::Value::MakeArray();
      MergeList(slot, value, key);
    } else {
      graph::MergeValue(slot, value);
    }
  }
  // The language a distance was read in served the merge; it is not a term.
  if (into.Get(prop::kDistances) != nullptr &&
      into[prop::kDistances].is_array()) {
    for (graph::Value& d : into[prop::kDistances].as_array()) {
      if (d.is_object()) d.as_object().erase(std::string(prop::kLang));
    }
  }
}

}  // namespace parley::importers
