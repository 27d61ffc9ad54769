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
#include "text/chars.h"
#include "text/utf8.h"

namespace parley::importers::detail {

// Entities named anywhere on the page

void PageReader::MentionsIn(std::string_view t, int doc,
                            MentionCounts& counts) {
  if (t.empty()) return;
  std::vector<Mention> mentions = gazetteer_.FindMentions(t, Offset(t));
  for (const Mention& m : mentions) {
    // Enough quotes to check a mention by; a pathological page that names
    // someone thousands of times must not make the fragment quadratic.
    if (++counts[{doc, m.entry}] > kMaxMentionEvidence) continue;
    Evidence ev = Ev(m.start, m.end);
    NodeId id = AddEntity(*m.entry, m.surface, m.codename, ev);
    AddEdge(docs_[doc].id, id, EdgeKind::kMentions, ev);
    if (m.entry->kind == NodeKind::kOrganization) PlacesInsideName(m, doc);
  }
  DepartmentsByWord(t, doc, mentions, counts);
  CuedNames(t, doc, mentions);
}

void PageReader::CuedNames(std::string_view t, int doc,
                           const std::vector<Mention>& mentions) {
  // "Comrade X" / "Cde. X" / "товарищ X" naming someone the gazetteer
  // lacks; after a rank only a name in capitals ("General DOLGOPOLOV"), as
  // "General Staff" is no one.
  struct Cue {
    std::string_view text;
    bool capitals_only;
  };
  std::vector<Cue> name_cues;
  for (const std::string& c : cues_.Cues("address"))
    name_cues.push_back({c, false});
  for (const std::string& c : cues_.Cues("rank"))
    name_cues.push_back({c, true});
  std::string lower = LowerText(t);
  for (const Cue& cue : name_cues) {
    for (size_t at = lower.find(cue.text); at != std::string::npos;
         at = lower.find(cue.text, at + 1)) {
      if (at > 0 && t[at - 1] != ' ' && t[at - 1] != '(' && t[at - 1] != '"')
        continue;
      // A rank in capitals is a header's word ("THE GENERAL STAFF OF",
      // "AMBASSADOR OF THE USA"): its case tells nothing of the next.
      if (cue.capitals_only &&
          IsUpperWord(NameWord(t.substr(at, cue.text.size()))))
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
      bool covered = next != mentions.end() && next->start <= Offset(t) + s + 1;
      if (covered) continue;
      // A name is at most three words; the fourth only ends it.
      std::vector<std::string_view> ws = FirstWords(t.substr(s), 4);
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
        // "AMBASSADOR OF THE USA": a joining word is no part of a name.
        std::string low = LowerText(bare);
        bool joiner = low == "of" || low == "the" || low == "and";
        if (!cap || joiner || gazetteer_.IsStopWord(bare) || n == 3) break;
        if (n == 0) first = w;
        last = w;
        last_size = bare.size();
        ++n;
        // Punctuation ends the name, but for a middle initial ("John D.
        // Hickerson").
        if (bare.size() != w.size() && !(n > 1 && IsInitials(w))) break;
      }
      if (n == 0) continue;
      size_t b = Offset(first);
      size_t e = Offset(last) + last_size;
      NodeId id = PersonFromName(text_.substr(b, e - b), Ev(b, e));
      if (!id.empty())
        AddEdge(docs_[doc].id, id, EdgeKind::kMentions, Ev(b, e));
    }
  }
}

void PageReader::MentionsAcrossLines(MentionCounts& counts) {
  // A name the print broke over lines ("the Soviet" over "Government",
  // "Neutral Nations Re-" over "patriation Commission"): the end of one line
  // and the start of the next (and of the one after, when that is short)
  // read as one, a word hyphenated at the break joined again.
  for (size_t i = body_begin_; i + 1 < body_end_; ++i) {
    if (kinds_[i] == LineKind::kBlank || kinds_[i + 1] == LineKind::kBlank ||
        line_doc_[i] != line_doc_[i + 1])
      continue;
    std::vector<std::string_view> tail = LastWords(lines_[i].text, 6);
    if (tail.empty()) continue;
    std::string joined;
    std::vector<size_t> at;  // page offset of each byte of `joined`
    auto append = [&](std::string_view piece) {
      for (size_t k = 0; k < piece.size(); ++k) {
        joined.push_back(piece[k]);
        at.push_back(Offset(piece) + k);
      }
    };
    std::string_view first = lines_[i].text;
    first =
        first.substr(static_cast<size_t>(tail.front().data() - first.data()));
    append(first);
    size_t boundary = joined.size();
    for (size_t j = i + 1; j < body_end_ && j <= i + 2; ++j) {
      if (kinds_[j] == LineKind::kBlank || line_doc_[j] != line_doc_[i]) break;
      std::vector<std::string_view> head = FirstWords(lines_[j].text, 8);
      if (head.empty()) break;
      std::string_view next(
          head.front().data(),
          static_cast<size_t>(head.back().data() - head.front().data()) +
              head.back().size());
      size_t cp = 0;
      bool lower_next = text::IsLower(text::NextCodePoint(next, cp));
      bool hyphen =
          joined.size() >= 2 && joined.back() == '-' &&
          std::isalpha(static_cast<unsigned char>(joined[joined.size() - 2]));
      if (hyphen && lower_next) {
        joined.pop_back();
        at.pop_back();
      } else {
        joined.push_back(' ');
        at.push_back(at.back() + 1);
      }
      append(next);
      if (head.size() == 8) break;
    }
    at.push_back(at.back() + 1);
    for (const Mention& m : gazetteer_.FindMentions(joined, 0)) {
      if (m.start >= boundary || m.end <= boundary) continue;
      int doc = line_doc_[i];
      if (++counts[{doc, m.entry}] > kMaxMentionEvidence) continue;
      Evidence ev = Ev(at[m.start], at[m.end - 1] + 1);
      NodeId id = AddEntity(*m.entry, m.surface, m.codename, ev);
      AddEdge(docs_[doc].id, id, EdgeKind::kMentions, ev);
    }
  }
}

void PageReader::MentionPresentLists() {
  for (size_t i = body_begin_; i < body_end_; ++i) {
    if (kinds_[i] == LineKind::kBlank) continue;
    if (MentionPresent(lines_[i].text, line_doc_[i])) {
      // "Participants:" over a list, one line each, up to a blank line.
      for (size_t j = i + 1; j < body_end_ && !lines_[j].blank(); ++j)
        MentionParticipant(lines_[j].text, line_doc_[j]);
    } else if (IsPresentLine(lines_[i].text)) {
      // "Present: Cdes. Molotov, ..., Vyshinskii;" runs on over the next
      // lines until one ends the sentence.
      for (size_t j = i; j + 1 < body_end_ && !lines_[j + 1].blank(); ++j) {
        char end = lines_[j].text.back();
        if (end != ';' && end != ',') break;
        MentionPresentGroups(lines_[j + 1].text, line_doc_[j + 1]);
      }
    }
    if (kinds_[i] == LineKind::kText)
      MentionOrganizations(lines_[i].text, line_doc_[i]);
  }
}

namespace {

// "Turner, Maj. Gen. Howard M." -> "Howard M. Turner"; "Nam Il, General"
// -> "Nam Il": the surname before the first comma, the given names after
// it without ranks and forms of address, and no "Jr." after them.
std::string ListedName(const Knowledge& knowledge, std::string_view listed) {
  size_t comma = listed.find(',');
  std::string_view surname = TrimView(listed.substr(0, comma));
  if (comma == std::string_view::npos) return std::string(surname);
  std::string_view rest = listed.substr(comma + 1);
  rest = rest.substr(0, rest.find(','));
  std::string given;
  for (std::string_view w : Words(rest)) {
    std::string lower = LowerText(w);
    if (knowledge.gazetteer.IsStopWord(StripTrailing(w, ".")) ||
        knowledge.cues.Contains("rank_word", lower))
      continue;
    given += std::string(w) + " ";
  }
  return given + std::string(surname);
}

// True when `text` has `form` in lower case as a word of its own ("young"
// for Young): then the form names no one there.
bool WrittenAsAWord(std::string_view text, const std::string& form) {
  std::string lower = LowerText(form);
  if (lower == form) return true;
  for (size_t at = text.find(lower); at != std::string_view::npos;
       at = text.find(lower, at + 1)) {
    size_t end = at + lower.size();
    size_t next = end;
    if ((at == 0 || !text::IsLetter(text::LastCodePoint(text.substr(0, at)))) &&
        (end == text.size() ||
         !text::IsLetter(text::NextCodePoint(text, next))))
      return true;
  }
  return false;
}

}  // namespace

std::optional<Gazetteer> PageReader::WithListedPersons(
    const Knowledge& knowledge, const DocumentRecord& record) {
  if (record.listed_persons.empty()) return std::nullopt;
  const Gazetteer& gazetteer = knowledge.gazetteer;
  // A surname the markup ties to two of the list's people ("Kim" for Kim
  // Il Sung and Kim Chaek) names neither page-wide.
  std::map<std::string, int> listed_with;
  for (const DocumentRecord::ListedPerson& p : record.listed_persons) {
    for (const std::string& form :
         std::set<std::string>(p.forms.begin(), p.forms.end()))
      ++listed_with[form];
  }
  // Forms the gazetteer does not yet read: a name it knows is no news.
  auto new_forms = [&](const std::vector<std::string>& forms) {
    std::vector<std::string> out;
    for (const std::string& form : forms) {
      if (listed_with[form] == 1 && !WrittenAsAWord(record.text, form) &&
          gazetteer.Resolve(form) == nullptr)
        out.push_back(form);
    }
    return out;
  };
  std::vector<GazetteerEntry> added;
  std::vector<std::pair<NodeId, std::string>> aliases;
  for (const DocumentRecord::ListedPerson& p : record.listed_persons) {
    std::string full = ListedName(knowledge, p.name);
    if (Words(full).empty()) continue;
    std::vector<std::string> forms = new_forms(p.forms);
    const GazetteerEntry* known = gazetteer.Resolve(full, NodeKind::kPerson);
    NodeId id = "person:" + graph::Slug(full);
    if (known == nullptr) known = gazetteer.FindById(id);
    if (known != nullptr) {
      // One the gazetteer knows, perhaps by other names: the list's are
      // his too.
      if (gazetteer.Resolve(full) == nullptr) forms.push_back(full);
      for (const std::string& form : forms)
        aliases.emplace_back(known->id, form);
      continue;
    }
    GazetteerEntry entry;
    // "..., member of the United Nations Command Delegation": the side of
    // the body the list says the person belongs to.
    for (const Mention& m : gazetteer.FindMentions(p.description)) {
      if (m.entry->kind != NodeKind::kOrganization) continue;
      entry.side = gazetteer.SideOf(*m.entry);
      if (!entry.side.empty()) break;
    }
    entry.id = std::move(id);
    entry.kind = NodeKind::kPerson;
    entry.label = full;
    entry.names = {full};
    entry.names.insert(entry.names.end(), forms.begin(), forms.end());
    added.push_back(std::move(entry));
  }
  if (added.empty() && aliases.empty()) return std::nullopt;
  return gazetteer.WithNames(std::move(added), aliases);
}

void PageReader::MentionMarkupPersons() {
  // People the markup names as such (a TEI persName).
  for (const Party& p : record_.persons) {
    Evidence ev = Ev(p.span);
    NodeId id;
    if (!p.initials.empty() &&
        gazetteer_.Resolve(p.name, NodeKind::kPerson) == nullptr) {
      if (const GazetteerEntry* e = PersonByInitials(p.name, p.initials))
        id = AddEntity(*e, p.name, false, ev);
    }
    if (id.empty()) id = PersonFromName(p.name, ev);
    if (!id.empty()) AddEdge(docs_[0].id, id, EdgeKind::kMentions, ev);
  }
}

void PageReader::ReadMentions() {
  MentionCounts counts;
  auto span_text = [&](const Printed& p) {
    return p.empty() ? std::string_view()
                     : text_.substr(p.span.start, p.span.end - p.span.start);
  };
  MentionsIn(span_text(record_.title), 0, counts);
  for (size_t i = body_begin_; i < body_end_; ++i) {
    if (kinds_[i] == LineKind::kBlank) continue;
    MentionsIn(lines_[i].text, line_doc_[i], counts);
  }
  MentionsAcrossLines(counts);
  MentionsIn(span_text(record_.summary), 0, counts);
  for (const Span& note : record_.notes)
    MentionsIn(text_.substr(note.start, note.end - note.start), 0, counts);
  MentionPresentLists();
  MentionMarkupPersons();
}

const GazetteerEntry* PageReader::PersonByInitials(
    std::string_view surname, std::string_view initials) const {
  // "Lee" with "LSC": a person one of whose names has the word "Lee" and
  // whose other words' initials come in order among "SC".
  const GazetteerEntry* found = nullptr;
  std::string want = FoldName(surname);
  for (const GazetteerEntry& e : gazetteer_.entries()) {
    if (e.kind != NodeKind::kPerson) continue;
    std::vector<std::string> spellings = e.names;
    spellings.push_back(e.label);
    bool fits = false;
    for (const std::string& name : spellings) {
      std::vector<std::string_view> words = Words(name);
      auto at = std::find_if(words.begin(), words.end(), [&](auto w) {
        return FoldName(StripTrailing(w, ".,")) == want;
      });
      if (at == words.end() || initials.empty() ||
          std::toupper(static_cast<unsigned char>((*at)[0])) != initials[0])
        continue;
      // A hyphenated given name gives an initial for each part ("Sang-cho"
      // S and C, "Soo-young" S and Y).
      size_t k = 1;
      bool in_order = true;
      for (auto w = words.begin(); w != words.end() && in_order; ++w) {
        if (w == at) continue;
        for (size_t part = 0; part < w->size() && in_order;) {
          char c = static_cast<char>(
              std::toupper(static_cast<unsigned char>((*w)[part])));
          while (k < initials.size() && initials[k] != c) ++k;
          in_order = k < initials.size();
          ++k;
          size_t hyphen = w->find('-', part);
          part = hyphen == std::string_view::npos ? w->size() : hyphen + 1;
        }
      }
      fits = fits || (in_order && words.size() > 1);
    }
    if (!fits) continue;
    if (found != nullptr && found != &e) return nullptr;  // two fit: neither
    found = &e;
  }
  return found;
}

bool PageReader::IsPresentLine(std::string_view t) const {
  size_t colon = t.find(':');
  if (colon == std::string_view::npos || colon > 30) return false;
  std::string lower = LowerText(t.substr(0, colon));
  return cues_.Is("present", TrimView(std::string_view(lower)));
}

bool PageReader::MentionPresent(std::string_view t, int doc) {
  // "Present: on the Soviet side, Cdes. Molotov, Vyshinsky and Fedorenko
  // (interpreter); on the Chinese side, Zhou Enlai, Chen Yun ...".
  if (!IsPresentLine(t)) return false;
  std::string_view rest = t.substr(t.find(':') + 1);
  if (TrimView(rest).empty()) return true;
  MentionPresentGroups(rest, doc);
  return false;
}

void PageReader::MentionPresentGroups(std::string_view rest, int doc) {
  for (size_t b = 0; b <= rest.size();) {
    size_t semi = rest.find(';', b);
    if (semi == std::string_view::npos) semi = rest.size();
    std::string_view group = rest.substr(b, semi - b);
    b = semi + 1;
    // "on the Soviet side, ..." names the side before the people.
    if (size_t side = FindNoCase(group, " side,");
        side != std::string_view::npos)
      group = group.substr(side + 6);
    for (auto [name, count] : SplitNames(group)) {
      std::string_view bare = name;
      if (size_t paren = bare.find(" ("); paren != std::string_view::npos)
        bare = TrimView(bare.substr(0, paren));
      Evidence ev = Ev(Offset(bare), Offset(bare) + bare.size());
      NodeId id = PersonFromName(bare, ev);
      if (!id.empty()) AddEdge(docs_[doc].id, id, EdgeKind::kMentions, ev);
    }
  }
}

// One line of a participants list: "Australia —Mr. McNichol, Second
// Secretary", "UNP, Miss Brown", "Army, Captain Hooks": the country before
// the dash when the gazetteer knows it, and each name after a form of
// address or a rank (up to a comma).
void PageReader::MentionParticipant(std::string_view t, int doc) {
  std::string_view people = t;
  if (size_t dash = t.find("—"); dash != std::string_view::npos) {
    std::string_view country = TrimView(t.substr(0, dash));
    if (const GazetteerEntry* e =
            gazetteer_.Resolve(country, NodeKind::kPlace)) {
      Evidence ev = Ev(Offset(country), Offset(country) + country.size());
      AddEdge(docs_[doc].id, AddEntity(*e, country, false, ev),
              EdgeKind::kMentions, ev);
    }
    people = t.substr(dash + std::string_view("—").size());
  }
  for (size_t b = 0; b < people.size();) {
    size_t comma = people.find(',', b);
    if (comma == std::string_view::npos) comma = people.size();
    std::string_view part = people.substr(b, comma - b);
    b = comma + 1;
    std::vector<std::string_view> words = Words(part);
    size_t k = 0;
    while (k < words.size() &&
           gazetteer_.IsStopWord(StripTrailing(words[k], ".")))
      ++k;
    if (k == 0 || k == words.size() || words.size() - k > 3) continue;
    std::string_view first = words[k], last = words.back();
    std::string_view name(first.data(),
                          last.data() + last.size() - first.data());
    Evidence ev = Ev(Offset(name), Offset(name) + name.size());
    NodeId id = PersonFromName(name, ev);
    if (!id.empty()) AddEdge(docs_[doc].id, id, EdgeKind::kMentions, ev);
  }
}

void PageReader::MentionOrganizations(std::string_view t, int doc) {
  // Russian names of bodies are inflected ("Совета Министров Союза ССР"):
  // the gazetteer, which knows their cases, finds them.
  if (detail::DetectLanguage(t) != "en") return;
  // A run of capitalised words holding an organisation's word ("the
  // Neutral Nations Repatriation Commission", "International Committee of
  // the Red Cross"); "of", "the", "for" and "and" may join its words.
  std::vector<std::string_view> words = Words(t);
  size_t i = 0;
  auto capital = [](std::string_view w) {
    unsigned char c = static_cast<unsigned char>(w.empty() ? 0 : w[0]);
    return std::isupper(c) || (c == 0xD0 && w.size() > 1 &&
                               static_cast<unsigned char>(w[1]) <= 0xAF);
  };
  while (i < words.size()) {
    std::string first_lower = LowerText(words[i]);
    if (!capital(words[i]) || first_lower == "the") {
      ++i;
      continue;
    }
    // A name in capitals after a title-case name ("... Army NAM IL") is a
    // person's: the run keeps the case it started with.
    bool caps = IsUpperWord(NameWord(words[i]));
    size_t j = i, last = i;
    while (j < words.size()) {
      std::string_view w = NameWord(words[j]);
      std::string lw = LowerText(w);
      bool joiner = lw == "of" || lw == "the" || lw == "for" || lw == "and";
      if (!joiner && (!capital(w) || (j > i && IsUpperWord(w) != caps))) break;
      if (!joiner) last = j;
      if (w.size() != words[j].size()) break;  // punctuation ends the name
      ++j;
    }
    if (last > i) {
      std::string_view first = words[i];
      std::string_view end_word = NameWord(words[last]);
      size_t b = Offset(first);
      size_t e = Offset(end_word) + end_word.size();
      std::string_view phrase = text_.substr(b, e - b);
      // A name the gazetteer knows within the run was mentioned already.
      bool known = !gazetteer_.FindMentions(phrase, b).empty();
      if (!known && cues_.Contains("organization", LowerText(phrase))) {
        NodeId id = OrganizationFromName(phrase, Ev(b, e));
        if (!id.empty())
          AddEdge(docs_[doc].id, id, EdgeKind::kMentions, Ev(b, e));
      }
    }
    i = std::max(last, i) + 1;
  }
}

}  // namespace parley::importers::detail
