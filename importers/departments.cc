// Stage: departments named by a word alone, as American cables name them
// ("State and Defense concur"), and an edition's own department named
// "the Department" (DocumentRecord::home_department).
#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "importers/detail/page_reader.h"

namespace parley::importers::detail {

namespace {

bool Capitalized(std::string_view w) {
  return !w.empty() && std::isupper(static_cast<unsigned char>(w[0]));
}

}  // namespace

// Departments named by a word alone, as American cables name them: two
// joined ("State and Defense concur", "a joint State–Defense message"), each
// the last word of a department the gazetteer knows ("Department of
// State"); and, on a page of an edition that calls its own department so,
// a bare "Department" or "Dept" ("Department has studied ...", "the
// Department's view"), not one followed by its name ("Department of the
// Army") or by another capitalised word ("Department History").
void PageReader::DepartmentsByWord(std::string_view t, int doc,
                                   const std::vector<Mention>& mentions,
                                   MentionCounts& counts) {
  auto named = [&](size_t b, size_t e) {
    return std::any_of(mentions.begin(), mentions.end(), [&](const Mention& m) {
      return m.start < e && b < m.end;
    });
  };
  auto add = [&](const GazetteerEntry* entry, std::string_view w) {
    if (++counts[{doc, entry}] > kMaxMentionEvidence) return;
    Evidence ev = Ev(Offset(w), Offset(w) + w.size());
    NodeId id = AddEntity(*entry, w, false, ev);
    AddEdge(docs_[doc].id, id, EdgeKind::kMentions, ev);
  };
  auto entry_named = [&](const std::string& name) -> const GazetteerEntry* {
    for (const Mention& m : gazetteer_.FindMentions(name, 0))
      if (m.start == 0 && m.end == name.size() &&
          m.entry->kind == NodeKind::kOrganization)
        return m.entry;
    return nullptr;
  };
  // The last words of the departments the gazetteer knows ("state",
  // "defense"), once a page: most words are none, and need no lookup.
  if (!department_words_) {
    department_words_.emplace();
    constexpr std::string_view kDepartment = "Department of ";
    for (const GazetteerEntry& e : gazetteer_.entries()) {
      if (e.kind != NodeKind::kOrganization) continue;
      for (const std::string& name : e.names)
        if (name.starts_with(kDepartment) &&
            name.find(' ', kDepartment.size()) == std::string::npos)
          department_words_->insert(LowerText(name.substr(kDepartment.size())));
    }
  }
  auto department_of = [&](std::string_view w) -> const GazetteerEntry* {
    if (!Capitalized(w) || !department_words_->count(LowerText(w)) ||
        gazetteer_.IsStopWord(w))
      return nullptr;
    return entry_named("Department of " + std::string(w));
  };
  std::vector<std::string_view> words = Words(t);
  std::vector<std::string_view> bare(words.size());
  for (size_t k = 0; k < words.size(); ++k) bare[k] = NameWord(words[k]);
  for (size_t k = 0; k < words.size(); ++k) {
    // "State and Defense", "State–Defense", "State, Defense and JCS"; a
    // dashed pair may be the text's last word ("cleared by State–Defense.").
    std::string_view a = bare[k], b;
    size_t next = k + 1;
    if (next + 1 < words.size() && LowerText(words[next]) == "and") {
      b = bare[next + 1];
    } else if (next < words.size() && words[k].size() > a.size() &&
               words[k].back() == ',') {
      b = bare[next];
    } else {
      // Joined by a dash inside one word: "State–Defense".
      for (std::string_view dash : {"-", "–", "—"}) {
        size_t at = words[k].find(dash);
        if (at == std::string_view::npos || at == 0) continue;
        a = NameWord(words[k].substr(0, at));
        b = NameWord(words[k].substr(at + dash.size()));
        break;
      }
      if (b.empty()) continue;
    }
    const GazetteerEntry* first = department_of(a);
    const GazetteerEntry* second = department_of(b);
    if (!first || !second || first == second) continue;
    for (auto [entry, w] : {std::pair{first, a}, std::pair{second, b}})
      if (!named(Offset(w), Offset(w) + w.size())) add(entry, w);
  }
  // A writer of another department or command means his own by
  // "Department" ("The Secretary of Defense (Lovett) to ...": the heading's
  // parties before " to ").
  std::string writer = LowerText(record_.title_parties.text.empty()
                                     ? record_.title.text
                                     : record_.title_parties.text);
  // The writer's part only: a title that names none ("Substance of
  // Discussions at a Meeting With the Joint Chiefs of Staff") says nothing.
  size_t to = writer.find(" to ");
  writer = to == std::string::npos ? std::string() : writer.substr(0, to);
  for (const Party& p : record_.authors) writer += " | " + LowerText(p.name);
  if (record_.home_department.empty() ||
      cues_.Contains("other_department_writer", writer))
    return;
  const GazetteerEntry* home = entry_named(record_.home_department);
  if (!home) return;
  for (size_t k = 0; k < words.size(); ++k) {
    std::string_view w = bare[k];
    if (!Capitalized(w) ||
        !cues_.Contains("home_department", "_" + LowerText(w) + "_") ||
        named(Offset(w), Offset(w) + w.size()))
      continue;
    // Punctuation after it ends the name: "Dept, Defense and JCS".
    bool ends = words[k].size() > w.size() && words[k][w.size()] != '\'' &&
                words[k].substr(w.size(), 3) != "’";
    if (!ends && k + 1 < words.size() &&
        (LowerText(words[k + 1]) == "of" || Capitalized(bare[k + 1])))
      continue;
    // "Army Department", "State Department": a name of its own, unless the
    // word before ends a sentence or is an article.
    if (k > 0 && Capitalized(bare[k - 1]) && LowerText(bare[k - 1]) != "the" &&
        words[k - 1].size() == bare[k - 1].size())
      continue;
    add(home, w);
  }
}

// "the Government of the DPRK", "Правительство КНДР": a body named after
// its country names the country too, which the longer name hides.
void PageReader::PlacesInsideName(const Mention& org, int doc) {
  std::string_view name = text_.substr(org.start, org.end - org.start);
  std::vector<std::string_view> words = Words(name);
  for (size_t w = 1; w < words.size(); ++w) {
    std::string_view rest = name.substr(words[w].data() - name.data());
    for (const Mention& p : gazetteer_.FindMentions(rest, Offset(rest))) {
      if (p.entry->kind != NodeKind::kPlace || p.start != Offset(rest))
        continue;
      Evidence ev = Ev(p.start, p.end);
      AddEdge(docs_[doc].id, AddEntity(*p.entry, p.surface, p.codename, ev),
              EdgeKind::kMentions, ev);
      return;
    }
  }
}

}  // namespace parley::importers::detail
