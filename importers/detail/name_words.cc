// Names as a page writes them: initials, forms of address, capitals and the
// words of an organisation. (The Latin key that pairs a Russian spelling
// with an English one is text::LatinKey.)
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "importers/clause_terms.h"
#include "importers/detail/page_reader.h"
#include "text/chars.h"
#include "text/utf8.h"

namespace parley::importers::detail {

// Initials written before a surname: "A.", "I.V.", "A.Ia.".
bool IsInitials(std::string_view w) {
  if (w.size() < 2 || w.back() != '.') return false;
  size_t run = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    if (c == '.') {
      if (run == 0) return false;
      run = 0;
      continue;
    }
    if (c >= 0x80) return false;
    if (!std::isalpha(c) || (run == 0 && !std::isupper(c)) || ++run > 2)
      return false;
  }
  return true;
}

// Words that may be a person's name: capitalised, letters only.
bool LooksLikeName(const Gazetteer& g, std::string_view name) {
  std::vector<std::string_view> words = Words(name);
  if (words.empty() || words.size() > 4) return false;
  // The particles of a surname ("Baron van Boetzelaer", "de Gaulle"), in
  // lower case before the name they lead to.
  static constexpr std::string_view kParticles[] = {
      "van", "von", "de",    "der", "den", "du", "da",
      "di",  "del", "della", "la",  "le",  "ter"};
  for (size_t k = 0; k < words.size(); ++k) {
    std::string_view w = words[k];
    std::string bare = StripTrailing(w, ".,;:!");
    if (k + 1 < words.size() &&
        std::find(std::begin(kParticles), std::end(kParticles), bare) !=
            std::end(kParticles))
      continue;
    if (bare.empty() || g.IsStopWord(bare)) return false;
    size_t after_first = 0;
    if (!text::IsUpper(text::NextCodePoint(bare, after_first))) return false;
    for (unsigned char ch : bare) {
      if (std::isdigit(ch) || ch == '[' || ch == ']' || ch == '(' ||
          ch == ')') {
        return false;
      }
    }
  }
  return true;
}

// A word of a name without what may follow it in running text: closing
// punctuation and quotes, an English possessive ("Kravtsov's").
std::string_view NameWord(std::string_view w) {
  for (std::string_view possessive : {"'s", "’s"}) {
    if (w.size() > possessive.size() &&
        w.substr(w.size() - possessive.size()) == possessive) {
      return w.substr(0, w.size() - possessive.size());
    }
  }
  bool again = true;
  while (again && !w.empty()) {
    again = false;
    for (std::string_view mark :
         {".", ",", ";", ":", "!", "?", "\"", "'", "»", "”", ")"}) {
      if (w.size() >= mark.size() && w.substr(w.size() - mark.size()) == mark) {
        w.remove_suffix(mark.size());
        again = true;
      }
    }
  }
  return w;
}

std::string TitleCase(std::string_view name) {
  // Cyrillic stays as written; Latin upper-case words become "Nam", "Il".
  std::string out;
  for (std::string_view w : Words(name)) {
    if (!out.empty()) out += ' ';
    std::string word(w);
    if (IsUpperWord(w) && word.size() > 1 &&
        static_cast<unsigned char>(word[0]) < 0x80) {
      for (size_t i = 1; i < word.size(); ++i) {
        word[i] = static_cast<char>(
            std::tolower(static_cast<unsigned char>(word[i])));
      }
    }
    out += word;
  }
  return out;
}

namespace {

// "Li Kenong[1]", "李克农〔1〕": an editors' note marker glued to a name.
std::string WithoutNoteMarkers(std::string_view name) {
  std::string out;
  for (size_t i = 0; i < name.size();) {
    bool marker = false;
    for (auto [open, close] :
         {std::pair<std::string_view, std::string_view>{"[", "]"},
          {"〔", "〕"},
          {"［", "］"}}) {
      if (name.substr(i, open.size()) != open) continue;
      size_t k = i + open.size(), digits = 0;
      while (k < name.size() &&
             std::isdigit(static_cast<unsigned char>(name[k]))) {
        ++k;
        ++digits;
      }
      if (digits > 0 && digits <= 3 && name.substr(k, close.size()) == close) {
        i = k + close.size();
        marker = true;
        break;
      }
    }
    if (!marker) out += name[i++];
  }
  return out;
}

}  // namespace

std::string CleanName(std::string_view raw) {
  std::string unmarked = WithoutNoteMarkers(raw);
  std::string_view name = unmarked;
  std::string s(TrimView(name));
  static constexpr std::string_view kPrefixes[] = {
      // "Cornrade": the OCR's "rn" for "m".
      "Comrades ", "Comrade ", "Cornrades ", "Cornrade ", "Cdes. ", "Cde. ",
      "Cde ",      "Tov. ",    "Товарищу ",  "Товарищ ",  "Тов. ",  "тов. ",
      "т. ",       "For ",     "To ",        "TO "};
  bool again = true;
  while (again) {
    again = false;
    for (std::string_view p : kPrefixes) {
      if (s.size() > p.size() && s.compare(0, p.size(), p) == 0) {
        s = std::string(TrimView(std::string_view(s).substr(p.size())));
        again = true;
      }
    }
  }
  return StripTrailing(s, ".,:;!\"»”' ");
}

}  // namespace parley::importers::detail
