// Stage: the delegation a document proposes: its size, head, members and
// their roles.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "graph/props.h"
#include "importers/clause_terms.h"
#include "importers/detail/page_reader.h"

namespace parley::importers::detail {

namespace prop = graph::prop;

namespace {

// The size a line gives a delegation: "three persons", "трёх человек",
// "3 members"; 0 when none.
int64_t DelegationSize(std::string_view t) {
  int64_t size = 0;
  std::vector<std::string_view> words = Words(t);
  for (size_t w = 0; w + 1 < words.size(); ++w) {
    std::string next = LowerText(StripTrailing(words[w + 1], ".,:;"));
    // "two representatives", "двух представителей"; "одного представителя
    // от добровольческих войск" is one member of a list, not its size.
    bool representatives = next == "representatives" ||
                           next == "представителя" || next == "представителей";
    if (next == "persons" || next == "people" || next == "members" ||
        next == "men" || next == "человек" || next == "человека" ||
        next == "лиц" || representatives) {
      int n = ParseNumberWord(LowerText(StripTrailing(words[w], ".,:;")));
      if (n > (representatives ? 1 : 0)) size = n;
    }
  }
  return size;
}

// The members of a list, one segment each: "chief of general staff ... NAM
// IL (head of the delegation)", "deputy minister ... PAK DON CHO", "one
// representative from ...". Commas inside parentheses cut nothing.
std::vector<std::string_view> DelegationSegments(std::string_view list) {
  std::vector<std::string_view> segments;
  size_t b = 0;
  int depth = 0;
  for (size_t k = 0; k <= list.size(); ++k) {
    if (k < list.size() && list[k] == '(') ++depth;
    if (k < list.size() && list[k] == ')') --depth;
    size_t conjunction = k < list.size() ? ConjunctionAt(list, k) : 0;
    bool cut =
        k == list.size() ||
        (depth == 0 && (list[k] == ',' || list[k] == ';' || conjunction > 0));
    if (!cut) continue;
    std::string_view seg = TrimView(list.substr(b, k - b));
    if (!seg.empty()) segments.push_back(seg);
    size_t skip = k == list.size() ? 0 : conjunction > 0 ? conjunction : 1;
    b = k + skip;
    if (skip > 1) k += skip - 1;
  }
  return segments;
}

}  // namespace

std::optional<Span> PageReader::CapitalName(std::string_view seg) const {
  // An unknown delegate written in capitals: "LI SANG CHO".
  std::vector<std::string_view> ws = Words(seg);
  size_t run_b = 0, run_n = 0, best_b = 0, best_n = 0;
  for (size_t w = 0; w < ws.size(); ++w) {
    std::string bare = StripTrailing(ws[w], ".,;:()");
    if (IsUpperWord(bare) && bare.size() > 1 && !gazetteer_.IsStopWord(bare)) {
      if (run_n == 0) run_b = w;
      ++run_n;
      if (run_n > best_n) {
        best_n = run_n;
        best_b = run_b;
      }
    } else {
      run_n = 0;
    }
  }
  if (best_n < 2) return std::nullopt;
  std::string_view first = ws[best_b], last = ws[best_b + best_n - 1];
  size_t s = Offset(first);
  return Span{s, Offset(last) + StripTrailing(last, ".,;:()").size()};
}

std::string PageReader::DelegateRole(std::string_view seg, Span name,
                                     const Mention* org) const {
  // The role: the segment without the name and any parenthesis.
  std::string_view before = text_.substr(Offset(seg), name.start - Offset(seg));
  std::string_view after =
      text_.substr(name.end, Offset(seg) + seg.size() - name.end);
  size_t paren = after.find('(');
  if (paren != std::string_view::npos) after = after.substr(0, paren);
  std::string_view role = TrimView(before);
  // "Cdes. NAM IL, head of the delegation": a form of address is no role.
  static constexpr std::string_view kAddress[] = {
      "comrade", "comrades", "cde",     "cdes",    "com",
      "tov",     "тов",      "товарищ", "товарищи"};
  while (!role.empty()) {
    std::vector<std::string_view> first = FirstWords(role, 1);
    if (first.empty() ||
        std::ranges::find(kAddress, LowerText(StripTrailing(first[0], "."))) ==
            std::end(kAddress))
      break;
    role =
        TrimView(role.substr(first[0].data() + first[0].size() - role.data()));
  }
  if (role.empty()) role = TrimView(after);
  for (std::string_view lead : {",", "-", "—", "–", "the ", "a "}) {
    if (role.substr(0, lead.size()) == lead)
      role = TrimView(role.substr(lead.size()));
  }
  if (org != nullptr) {
    // "chief of general staff of the People's Army of Korea": the role is
    // what stands before the organisation; but "deputy minister of
    // foreign affairs" names the organisation through the role itself.
    size_t org_at = role.find(org->surface);
    std::vector<std::string_view> org_words = Words(org->surface);
    bool org_is_title =
        !org_words.empty() && gazetteer_.IsStopWord(org_words[0]);
    if (org_at != std::string_view::npos && !org_is_title) {
      std::string_view head = TrimView(role.substr(0, org_at));
      for (std::string_view tail : {" of the", " of", " from the", " from"}) {
        if (head.size() > tail.size() &&
            head.substr(head.size() - tail.size()) == tail) {
          head.remove_suffix(tail.size());
          break;
        }
      }
      if (!head.empty()) role = head;
    }
  }
  std::string role_text = StripTrailing(role, " ,;:.—-");
  if (detail::DetectLanguage(role_text).empty()) role_text.clear();
  return role_text;
}

void PageReader::ReadDelegate(std::string_view seg, size_t line,
                              const NodeId& delegation_id, int64_t& named,
                              int64_t& unnamed) {
  std::vector<Mention> mentions = gazetteer_.FindMentions(seg, Offset(seg));
  const Mention* person = nullptr;
  const Mention* org = nullptr;
  for (const Mention& m : mentions) {
    if (m.entry->kind == NodeKind::kPerson && person == nullptr) person = &m;
    if (m.entry->kind == NodeKind::kOrganization && org == nullptr) org = &m;
  }
  NodeId member;
  Evidence member_ev;
  Span name;
  if (person != nullptr) {
    member_ev = Ev(person->start, person->end);
    member =
        AddEntity(*person->entry, person->surface, person->codename, member_ev);
    name = Span{person->start, person->end};
  } else if (auto capitals = CapitalName(seg)) {
    name = *capitals;
    member_ev = Ev(name);
    member = PersonFromName(text_.substr(name.start, name.end - name.start),
                            member_ev);
  } else if (std::string_view before = seg.substr(0, seg.find(','));
             before.size() < seg.size() &&
             !cues_.Contains("delegation_member", LowerText(before))) {
    // "BGen Frank C. McConnell, USA": a rank, the name, then the service.
    member_ev = Ev(Offset(before), Offset(before) + before.size());
    member = PersonFromName(before, member_ev);
    if (!member.empty()) name = Span{member_ev.start, member_ev.end};
  }
  std::string seg_lower = LowerText(seg);
  Evidence seg_ev = Ev(Offset(seg), Offset(seg) + seg.size());
  if (member.empty()) {
    // "one representative from the Chinese People's Volunteers".
    if (!cues_.Contains("delegation_member", seg_lower)) return;
    int64_t n = 1;
    for (std::string_view w : Words(seg)) {
      int v = ParseNumberWord(LowerText(StripTrailing(w, ".,")));
      if (v > 0) {
        n = v;
        break;
      }
    }
    unnamed += n;
    if (org != nullptr) {
      NodeId org_id =
          AddEntity(*org->entry, org->surface, false, Ev(org->start, org->end));
      Value props = Value::MakeObject();
      props[prop::kUnnamed] = true;
      props[prop::kCount] = n;
      props[prop::kRole] = "representative";
      AddEdge(org_id, delegation_id, EdgeKind::kMemberOf, seg_ev, props);
    }
    return;
  }
  ++named;
  std::string role_text = DelegateRole(seg, name, org);
  std::string lang = LineLang(line);
  // Roles merge across the page's languages (role_text); Read() makes
  // the English one the role.
  auto add_role_edge = [&](const NodeId& target, EdgeKind kind,
                           const Evidence& ev) {
    Value props = Value::MakeObject();
    if (!role_text.empty()) {
      props[prop::kRole] = role_text;
      props[prop::kRoleText][lang] = role_text;
    }
    AddEdge(member, target, kind, ev, std::move(props));
  };
  add_role_edge(delegation_id, EdgeKind::kMemberOf, member_ev);
  if (cues_.Contains("delegation_head", seg_lower))
    AddEdge(member, delegation_id, EdgeKind::kHeads, seg_ev);
  if (org != nullptr) {
    NodeId org_id =
        AddEntity(*org->entry, org->surface, false, Ev(org->start, org->end));
    add_role_edge(org_id, EdgeKind::kHoldsRole, seg_ev);
  }
}

namespace {

// Where the word "delegation" ("делегация") is in `lower` from `from` on.
size_t DelegationWord(std::string_view lower, size_t from) {
  // A sub-delegation ("the sub-delegation is made up of LI SANG CHO and SE
  // FAN, on the enemy side of HODES and BURKE") is no delegation's list.
  auto find = [&](std::string_view word) {
    size_t at = lower.find(word, from);
    while (at != std::string_view::npos && at >= 3 &&
           (lower.substr(at - 3, 3) == "ub-" ||
            lower.substr(at - 3, 3) == "sub" ||
            (at >= 6 && lower.substr(at - 6, 6) == "под")))
      at = lower.find(word, at + 1);
    return at;
  };
  // "Our side will send two representatives to the talks: ...": those a
  // side sends to the table are its delegation.
  size_t at = std::string_view::npos;
  for (std::string_view word :
       {"delegation", "делегаци", "representatives", "представителей"})
    at = std::min(at, find(word));
  return at;
}

// "The UNC delegation consisted of ... Paik Sun Yup. The Communist
// delegation consisted of ...": `list`, a piece of line `t` (`lower` in lower
// case), ends with its sentence, before the next delegation's.
std::string_view UpToNextDelegation(std::string_view t, std::string_view lower,
                                    std::string_view list) {
  if (list.empty()) return list;
  size_t from = static_cast<size_t>(list.data() - t.data());
  size_t next = DelegationWord(lower, from);
  if (next == std::string::npos) return list;
  size_t stop = t.rfind(". ", next);
  return stop != std::string_view::npos && stop > from
             ? t.substr(from, stop - from)
             : list;
}

// The list in brackets right after the word at t[word] ("delegation (senior
// delegate Nam Il; delegates Deng Hua, ...)"), when it names a head or a
// member, or when more than one of its items names a person
// (`names_person`); "" for a bracket that names the one who speaks for it
// ("The enemy delegation (Joy) rejected ...") or says anything else ("(at
// Kaesong, since 10 July)").
std::string_view BracketedDelegates(
    std::string_view t, size_t word, const CueTable& cues,
    const std::function<bool(std::string_view)>& names_person) {
  size_t end = word;
  while (end < t.size() && t[end] != ' ' && t[end] != '(') ++end;
  std::string_view after = TrimView(t.substr(end));
  if (!after.starts_with("(")) return {};
  int depth = 0;
  for (size_t k = 0; k < after.size(); ++k) {
    if (after[k] == '(') ++depth;
    if (after[k] != ')' || --depth > 0) continue;
    std::string_view inside = after.substr(1, k - 1);
    std::string lower = LowerText(inside);
    std::vector<std::string_view> items = DelegationSegments(inside);
    if (cues.Contains("delegation_head", lower) ||
        cues.Contains("delegation_member", lower) ||
        std::count_if(items.begin(), items.end(), names_person) > 1)
      return inside;
    return {};
  }
  return {};
}

}  // namespace

std::vector<std::pair<std::string_view, size_t>>
PageReader::DelegatesOnLinesAfter(size_t d, size_t i) const {
  std::vector<std::pair<std::string_view, size_t>> listed;
  size_t first = i + 1;
  // The list may stand apart from the sentence by a blank line.
  if (first < body_end_ && lines_[first].blank()) ++first;
  for (size_t k = first; k < body_end_; ++k) {
    if (lines_[k].blank() || kinds_[k] != LineKind::kText ||
        line_doc_[k] != static_cast<int>(d) || MarkerOf(lines_[k].text))
      break;
    std::string_view member = TrimView(lines_[k].text);
    while (!member.empty() && (member.back() == ';' || member.back() == '.' ||
                               member.back() == ','))
      member.remove_suffix(1);
    listed.emplace_back(member, k);
  }
  if (listed.size() < 2) listed.clear();
  return listed;
}

void PageReader::ReadDelegation(size_t d) {
  DocDraft& doc = docs_[d];
  NodeId delegation_id = doc.id + "/delegation";
  for (size_t i = body_begin_; i < body_end_; ++i) {
    if (line_doc_[i] != static_cast<int>(d) || kinds_[i] != LineKind::kText)
      continue;
    std::string_view t = lines_[i].text;
    std::string lower = LowerText(t);
    size_t word = DelegationWord(lower, 0);
    if (word == std::string::npos) continue;
    int64_t size = DelegationSize(t);
    // Representatives make a delegation only when counted ("two
    // representatives"), not "the meeting of representatives of both sides".
    if (size == 0 && !lower.substr(word).starts_with("delegation") &&
        !lower.substr(word).starts_with("делегаци"))
      continue;
    // The members are listed after the colon, or after "consisting of"; a
    // line that gives no size must say that it lists the composition.
    std::string_view list;
    if (size_t colon = t.find(':', word); colon != std::string_view::npos) {
      list = t.substr(colon + 1);
    }
    for (std::string_view cue : cues_.Cues("delegation_list")) {
      if (!list.empty()) break;
      if (size_t at = lower.find(cue, word); at != std::string::npos) {
        list = t.substr(at + cue.size());
      }
    }
    list = UpToNextDelegation(t, lower, list);
    // "Our delegation (senior delegate Nam Il; delegates Deng Hua, ...)":
    // the composition in brackets right after the word.
    bool bracketed = false;
    auto names_person = [&](std::string_view seg) {
      for (const Mention& m : gazetteer_.FindMentions(seg, Offset(seg)))
        if (m.entry->kind == NodeKind::kPerson) return true;
      return CapitalName(seg).has_value();
    };
    for (size_t at = word; list.empty() && at != std::string::npos;
         at = DelegationWord(lower, at + 1)) {
      list = BracketedDelegates(t, at, cues_, names_person);
      bracketed = !list.empty();
    }
    // "a delegation of five persons, with ... NAM IL at its head; the
    // deputy head would be General LI SANG CHO": a counted delegation
    // whose head the sentence names lists its members in the sentence.
    if (TrimView(list).empty() && !bracketed && size > 0 &&
        cues_.Contains("delegation_head", lower.substr(word)))
      list = t.substr(word);
    std::vector<std::pair<std::string_view, size_t>> listed;
    if (TrimView(list).empty() && !bracketed && TrimView(t).ends_with(':') &&
        cues_.Contains("delegation_composition", lower))
      listed = DelegatesOnLinesAfter(d, i);
    if (TrimView(list).empty() && listed.empty()) continue;
    if (size == 0 && !bracketed &&
        !cues_.Contains("delegation_composition", lower)) {
      continue;
    }
    Node delegation;
    delegation.id = delegation_id;
    delegation.kind = NodeKind::kDelegation;
    delegation.props[prop::kDocument] = doc.id;
    delegation.evidence.push_back(LineEv(i));
    int64_t named = 0, unnamed = 0;
    // "NAM IL, head of the delegation, LEE SANG CHO": a role set off by
    // commas after a name is that member's.
    std::vector<std::string_view> segments = DelegationSegments(list);
    for (size_t k = 1; k < segments.size(); ++k) {
      std::string_view& prev = segments[k - 1];
      if (prev.empty() || names_person(segments[k]) || !names_person(prev) ||
          !cues_.Contains("delegation_head", LowerText(segments[k])))
        continue;
      segments[k] = std::string_view(
          prev.data(), static_cast<size_t>(segments[k].data() +
                                           segments[k].size() - prev.data()));
      prev = {};
    }
    for (std::string_view seg : segments)
      if (!seg.empty()) ReadDelegate(seg, i, delegation_id, named, unnamed);
    for (auto [member, k] : listed)
      ReadDelegate(member, k, delegation_id, named, unnamed);
    if (unnamed > 0) delegation.props[prop::kUnnamedMembers] = unnamed;
    if (size == 0) size = named + unnamed;
    if (size == 0) continue;
    delegation.props[prop::kSize] = size;
    delegation.label = "Delegation of " + std::to_string(size) + " (" +
                       doc.type + " of " + (doc.date ? doc.date->Iso() : "?") +
                       ")";
    fragment_.AddNode(std::move(delegation));
    if (cues_.Contains("proposing", lower)) {
      for (const DocDraft::Party& a : doc.authors) {
        AddEdge(a.id, delegation_id, EdgeKind::kProposes, LineEv(i),
                ProposalModality(doc, a.id, false));
      }
    }
    AddEdge(doc.id, delegation_id, EdgeKind::kMentions, LineEv(i));
  }
}

}  // namespace parley::importers::detail
