// Stage: entities named anywhere in the document: gazetteer mentions and
// "Comrade X" naming someone the gazetteer lacks.
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

namespace parley::importers::detail {

// Entities named anywhere on the page

void PageReader::ReadMentions() {
  std::map<std::pair<int, const GazetteerEntry*>, int> mention_counts;
  auto scan = [&](std::string_view t, int doc) {
    if (t.empty()) return;
    std::vector<Mention> mentions = gazetteer_.FindMentions(t, Offset(t));
    for (const Mention& m : mentions) {
      // Enough quotes to check a mention by; a pathological page that names
      // someone thousands of times must not make the fragment quadratic.
      if (++mention_counts[{doc, m.entry}] > kMaxMentionEvidence) continue;
      Evidence ev = Ev(m.start, m.end);
      NodeId id = AddEntity(*m.entry, m.surface, m.codename, ev);
      AddEdge(docs_[doc].id, id, EdgeKind::kMentions, ev);
    }
    // "Comrade X" / "Cde. X" / "товарищ X" naming someone the gazetteer
    // lacks; after a rank only a name in capitals ("General DOLGOPOLOV"), as
    // "General Staff" is no one.
    struct Cue {
      std::string_view text;
      bool capitals_only;
    };
    static constexpr Cue kCues[] = {
        {"Comrade ", false}, {"Cde. ", false},   {"Товарищ ", false},
        {"товарищ ", false}, {"Тов. ", false},   {"тов. ", false},
        {"General ", true},  {"Marshal ", true}, {"Colonel ", true},
        {"Admiral ", true},  {"Генерал ", true}, {"генерал ", true},
        {"Маршал ", true},   {"маршал ", true},  {"полковник ", true}};
    for (const Cue& cue : kCues) {
      for (size_t at = t.find(cue.text); at != std::string_view::npos;
           at = t.find(cue.text, at + 1)) {
        if (at > 0 && t[at - 1] != ' ' && t[at - 1] != '(' && t[at - 1] != '"')
          continue;
        size_t s = at + cue.text.size();
        // "Comrade A.Ia. Vyshinsky": initials lead to the name.
        while (s < t.size()) {
          size_t space = t.find(' ', s);
          if (space == std::string_view::npos ||
              !IsInitials(t.substr(s, space - s)))
            break;
          s = space + 1;
        }
        // Mentions are left to right and do not overlap.
        auto next = std::upper_bound(
            mentions.begin(), mentions.end(), Offset(t) + s,
            [](size_t offset, const Mention& m) { return offset < m.end; });
        bool covered =
            next != mentions.end() && next->start <= Offset(t) + s + 1;
        if (covered) continue;
        std::vector<std::string_view> ws = Words(t.substr(s));
        std::string_view first, last;
        size_t n = 0;
        size_t last_size = 0;
        for (std::string_view w : ws) {
          std::string_view bare = NameWord(w);
          unsigned char c =
              static_cast<unsigned char>(bare.empty() ? 0 : bare[0]);
          bool cap =
              std::isupper(c) || (c == 0xD0 && bare.size() > 1 &&
                                  static_cast<unsigned char>(bare[1]) <= 0xAF);
          if (cue.capitals_only && !IsUpperWord(bare)) cap = false;
          if (!cap || gazetteer_.IsStopWord(bare) || n == 3) break;
          if (n == 0) first = w;
          last = w;
          last_size = bare.size();
          ++n;
          if (bare.size() != w.size()) break;  // punctuation ends the name
        }
        if (n == 0) continue;
        size_t b = Offset(first);
        size_t e = Offset(last) + last_size;
        NodeId id = PersonFromName(text_.substr(b, e - b), Ev(b, e));
        if (!id.empty())
          AddEdge(docs_[doc].id, id, EdgeKind::kMentions, Ev(b, e));
      }
    }
  };
  auto span_text = [&](const Printed& p) {
    return p.empty() ? std::string_view()
                     : text_.substr(p.span.start, p.span.end - p.span.start);
  };
  scan(span_text(record_.title), 0);
  for (size_t i = body_begin_; i < body_end_; ++i) {
    if (kinds_[i] == LineKind::kBlank) continue;
    scan(lines_[i].text, line_doc_[i]);
  }
  scan(span_text(record_.summary), 0);
  for (const Span& note : record_.notes)
    scan(text_.substr(note.start, note.end - note.start), 0);
}

}  // namespace parley::importers::detail
