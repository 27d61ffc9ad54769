// Stage: the parties. Names as printed (title, heading, signature, address)
// resolved to Person and Organization nodes through the gazetteer, or new
// unresolved ones; the title's parties and attachment.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "graph/props.h"
#include "importers/clause_terms.h"
#include "importers/detail/page_reader.h"
#include "text/chars.h"
#include "text/utf8.h"

namespace parley::importers::detail {

namespace prop = graph::prop;

NodeId PageReader::PersonFromName(std::string_view raw, const Evidence& ev) {
  std::string name = CleanName(raw);
  if (name.empty()) return {};
  // "Filippov (Stalin)": a print's parenthesis is the editor's bracket.
  if (size_t open = name.find(" ("); open != std::string::npos &&
                                     name.back() == ')' &&
                                     name.find(')') == name.size() - 1) {
    name[open + 1] = '[';
    name.back() = ']';
  }
  if (const GazetteerEntry* e = gazetteer_.Resolve(name, NodeKind::kPerson)) {
    bool codename = false;
    std::string folded = FoldName(name);
    for (const std::string& c : e->codenames) {
      if (folded.find(FoldName(c)) != std::string::npos) codename = true;
    }
    return AddEntity(*e, name, codename, ev);
  }
  // "[Li] Kenong", "Peng [Dehuai]": the editor completes the name.
  if (name.find('[') != std::string::npos) {
    std::string completed;
    for (char c : name)
      if (c != '[' && c != ']') completed.push_back(c);
    if (const GazetteerEntry* e =
            gazetteer_.Resolve(completed, NodeKind::kPerson))
      return AddEntity(*e, name, false, ev);
  }
  // "Filippov [Stalin]": an editorial bracket may name someone we lack.
  std::string bare = name;
  if (size_t b = bare.find('['); b != std::string::npos) {
    bare = std::string(TrimView(std::string_view(bare).substr(0, b)));
  }
  // "Stalin, I.V." -> "Stalin"
  if (size_t c = bare.find(','); c != std::string::npos) {
    bare = std::string(TrimView(std::string_view(bare).substr(0, c)));
  }
  // "General KRAVTSOV": the rank is no part of the name.
  for (std::vector<std::string_view> words = Words(bare);
       words.size() > 1 && gazetteer_.IsStopWord(StripTrailing(words[0], "."));
       words = Words(bare)) {
    bare =
        std::string(TrimView(std::string_view(bare).substr(words[0].size())));
  }
  if (!LooksLikeName(gazetteer_, bare)) return {};
  // "LI KE-NUN, QIAO GUANHUA": the first of several is still known.
  if (bare != name) {
    if (const GazetteerEntry* e = gazetteer_.Resolve(bare, NodeKind::kPerson))
      return AddEntity(*e, bare, false, ev);
  }
  if (gazetteer_.Resolve(bare, NodeKind::kOrganization) ||
      gazetteer_.Resolve(bare, NodeKind::kPlace)) {
    return {};
  }
  // "The United States Delegation to the Department of State": a body,
  // not a person.
  if (cues_.Contains("organization", LowerText(bare)))
    return OrganizationFromName(bare, ev, /*office=*/false);
  Node n;
  n.label = TitleCase(bare);
  n.id = "person:" + graph::Slug(n.label);
  n.kind = NodeKind::kPerson;
  if (bare != n.label) n.aliases.push_back(bare);
  n.props[prop::kResolved] = false;
  n.evidence.push_back(ev);
  fragment_.AddNode(std::move(n));
  return "person:" + graph::Slug(TitleCase(bare));
}

NodeId PageReader::OrganizationFromName(std::string_view raw,
                                        const Evidence& ev, bool office) {
  std::string name = CleanName(raw);
  for (std::string_view article : {"the ", "The "}) {
    if (name.rfind(article, 0) == 0) name = name.substr(article.size());
  }
  if (name.empty()) return {};
  if (const GazetteerEntry* e =
          gazetteer_.Resolve(name, NodeKind::kOrganization)) {
    return AddEntity(*e, name, false, ev);
  }
  bool named_body = office || cues_.Contains("organization", LowerText(name));
  if (!named_body || Words(name).size() > 10) return {};
  Node n;
  n.label = name;
  n.id = "org:" + graph::Slug(name);
  n.kind = NodeKind::kOrganization;
  n.props[prop::kResolved] = false;
  n.evidence.push_back(ev);
  NodeId id = n.id;
  fragment_.AddNode(std::move(n));
  return id;
}

bool PageReader::IsAddresseeName(std::string_view raw) const {
  std::string name = CleanName(raw);
  if (name.empty()) return false;
  if (gazetteer_.Resolve(name, NodeKind::kPerson) ||
      gazetteer_.Resolve(name, NodeKind::kOrganization)) {
    return true;
  }
  std::string_view bare = name;
  if (size_t b = bare.find('['); b != std::string_view::npos) {
    bare = TrimView(bare.substr(0, b));
  }
  return MostlyUpper(bare) && LooksLikeName(gazetteer_, bare);
}

std::vector<std::pair<NodeId, Evidence>> PageReader::PersonsIn(
    std::string_view piece) {
  std::vector<std::pair<NodeId, Evidence>> out;
  size_t base = Offset(piece);
  for (const Mention& m : gazetteer_.FindMentions(piece, base)) {
    if (m.entry->kind != NodeKind::kPerson) continue;
    Evidence ev = Ev(m.start, m.end);
    NodeId id = AddEntity(*m.entry, m.surface, m.codename, ev);
    bool seen = std::any_of(out.begin(), out.end(),
                            [&](const auto& p) { return p.first == id; });
    if (!seen) out.emplace_back(id, ev);
  }
  return out;
}

std::optional<std::pair<NodeId, Evidence>> PageReader::Speaker(size_t line) {
  // The paragraph's first line: a record may wrap a paragraph over lines.
  while (line > body_begin_ && !lines_[line - 1].blank() &&
         kinds_[line - 1] == LineKind::kText) {
    --line;
  }
  if (kinds_[line] != LineKind::kText) return std::nullopt;
  std::string_view t = lines_[line].text;
  size_t base = Offset(t);
  for (const Mention& m : gazetteer_.FindMentions(t, base)) {
    if (m.entry->kind != NodeKind::kPerson) return std::nullopt;
    // Nothing but forms of address before the name ("Comrade KIM IL SUNG").
    for (std::string_view w : Words(t.substr(0, m.start - base))) {
      if (!gazetteer_.IsStopWord(LowerText(StripTrailing(w, ".,"))))
        return std::nullopt;
    }
    if (!MostlyUpper(m.surface) || !IsUpperWord(Words(m.surface).back()))
      return std::nullopt;
    // A verb after it, in lower case: "STALIN begins", "ЧЖОУ ЭНЬЛАЙ
    // спрашивает"; not a heading or a name alone.
    std::vector<std::string_view> next = FirstWords(t.substr(m.end - base), 1);
    if (next.empty()) return std::nullopt;
    size_t at = 0;
    if (!text::IsLower(text::NextCodePoint(next[0], at))) return std::nullopt;
    Evidence ev = Ev(m.start, m.end);
    return std::make_pair(AddEntity(*m.entry, m.surface, m.codename, ev), ev);
  }
  return std::nullopt;
}

void PageReader::ReadPartiesLine(std::string_view p, Named& authors,
                                 Named& recipients, Named* via) {
  if (p.empty()) return;
  size_t to = p.find(" to ");
  std::string_view who = to == std::string_view::npos ? p : p.substr(0, to);
  std::string_view whom =
      to == std::string_view::npos ? std::string_view() : p.substr(to + 4);
  // "to Peng Dehuai and Kim Il Sung, on Two Supplementary Principles
  // for ...": what the document is about ends its parties.
  for (const std::string& cue : cues_.Cues("title_subject")) {
    if (size_t at = FindNoCase(whom, cue); at != std::string_view::npos)
      whom = whom.substr(0, at);
  }
  // "to Kuznetsov (Beijing), with message for Mao Zedong": what comes
  // with the document names no party of it.
  if (size_t at = FindNoCase(whom, ", with "); at != std::string_view::npos)
    whom = whom.substr(0, at);
  // "to Krasovsky, for Cde. Mao Zedong": the relay, then the addressee;
  // "to Mao Zedong via Krasovsky": the addressee, then the relay.
  std::string_view for_whom, relay;
  for (std::string_view cue :
       {", for transmission to ", " for transmission to ", ", for delivery to ",
        ", for ", " for "}) {
    if (size_t at = FindNoCase(whom, cue); at != std::string_view::npos) {
      for_whom = whom.substr(at + cue.size());
      whom = whom.substr(0, at);
      break;
    }
  }
  for (std::string_view cue : {", via ", " via ", " (via "}) {
    if (size_t at = FindNoCase(whom, cue); at != std::string_view::npos) {
      relay = whom.substr(at + cue.size());
      if (!relay.empty() && relay.back() == ')') relay.remove_suffix(1);
      whom = whom.substr(0, at);
      break;
    }
  }
  for (auto [name, count] : SplitNames(who)) {
    Evidence ev = Ev(Offset(name), Offset(name) + name.size());
    NodeId id = PersonFromName(name, ev);
    if (!id.empty()) authors.emplace_back(id, ev);
  }
  if (!for_whom.empty() && via != nullptr) {
    AddAddressedNames(whom, *via);
    AddAddressedNames(for_whom, recipients);
  } else {
    AddAddressedNames(whom, recipients);
  }
  if (!relay.empty() && via != nullptr) AddAddressedNames(relay, *via);
}

NodeId PageReader::PersonOrBodyFromName(std::string_view name,
                                        const Evidence& ev) {
  NodeId id = PersonFromName(name, ev);
  if (!id.empty()) return id;
  if (const GazetteerEntry* e =
          gazetteer_.Resolve(CleanName(name), NodeKind::kOrganization))
    id = AddEntity(*e, name, false, ev);
  return id;
}

void PageReader::AddAddressedNames(std::string_view list, Named& into) {
  for (auto [name, count] : SplitNames(list)) {
    Evidence ev = Ev(Offset(name), Offset(name) + name.size());
    NodeId id = PersonOrBodyFromName(name, ev);
    // "Soviet Ambassador in Beijing V.V. Kuznetsov": the person the office
    // leads to.
    if (id.empty()) {
      Named named = PersonsIn(name);
      if (!named.empty()) std::tie(id, ev) = named.back();
    }
    if (!id.empty()) into.emplace_back(id, ev);
  }
}

NodeId PageReader::ResolveLayoutParty(const Party& party) {
  std::string_view name =
      text_.substr(party.span.start, party.span.end - party.span.start);
  if (name.empty()) name = party.name;
  Evidence ev = Ev(party.span);
  NodeId id = PersonFromName(name, ev);
  if (id.empty()) id = OrganizationFromName(name, ev);
  // A party the layout names that is no person's name is an office ("the
  // Secretary of State"), even one the gazetteer and the cues lack.
  if (id.empty()) id = OrganizationFromName(name, ev, /*office=*/true);
  return id;
}

void PageReader::ReadTitleParties() {
  std::string_view parties;
  if (!record_.title_parties.empty()) {
    parties = text_.substr(
        record_.title_parties.span.start,
        record_.title_parties.span.end - record_.title_parties.span.start);
    // "from Beijing, A to B" names the origin first; not "A to B
    // (Beijing), for C", whose place is where B is.
    if (size_t comma = parties.find(", "); comma != std::string_view::npos) {
      std::string_view place = parties.substr(0, comma);
      if (const GazetteerEntry* e =
              FindNoCase(place, " to ") == std::string_view::npos
                  ? gazetteer_.Resolve(place, NodeKind::kPlace)
                  : nullptr) {
        title_origin_ = AddEntity(
            *e, place, false, Ev(Offset(place), Offset(place) + place.size()));
        parties = parties.substr(comma + 2);
      }
    }
  }
  // Parties the layout gives one by one (a FRUS heading, a TEI persName)
  // are read as given, not split again ("Elizabeth A. Brown of the Office
  // of United Nations Political and Security Affairs" is one).
  if (record_.authors.empty() && record_.recipients.empty())
    ReadPartiesLine(parties, title_authors_, title_recipients_, &title_via_);
  for (auto [list, into] : {std::pair{&record_.authors, &title_authors_},
                            std::pair{&record_.recipients, &title_recipients_},
                            std::pair{&record_.via, &title_via_}}) {
    for (const Party& party : *list) {
      NodeId id = ResolveLayoutParty(party);
      if (!id.empty()) into->emplace_back(id, Ev(party.span));
    }
  }
  ReadOrigin();
  ReadDecidingBody();
  if (!record_.attachment.empty()) {
    std::string_view attach = text_.substr(
        record_.attachment.span.start,
        record_.attachment.span.end - record_.attachment.span.start);
    attach_type_ = DocTypeFromWords(detail::ToLowerAscii(attach));
    if (auto d = detail::FindDate(attach, DefaultYear()))
      attach_date_ = d->date;
    size_t afrom = FindNoCase(attach, "from ");
    if (afrom != std::string_view::npos) {
      ReadPartiesLine(attach.substr(afrom + 5), attach_authors_,
                      attach_recipients_, nullptr);
    }
  }
}

void PageReader::ReadOrigin() {
  if (record_.origin.empty()) return;
  // "Munsan-ni, Korea": the town is the origin, and the country named
  // after it is a place of the page too.
  std::string_view origin = record_.origin.text;
  size_t start = record_.origin.span.start;
  for (size_t b = 0; b <= origin.size();) {
    size_t comma = std::min(origin.find(',', b), origin.size());
    std::string_view part = origin.substr(b, comma - b);
    size_t lead = part.find_first_not_of(' ');
    if (lead != std::string_view::npos) {
      part = TrimView(part);
      Evidence ev = Ev(start + b + lead, start + b + lead + part.size());
      if (const GazetteerEntry* e =
              gazetteer_.Resolve(std::string(part), NodeKind::kPlace)) {
        NodeId id = AddEntity(*e, part, false, ev);
        if (title_origin_.empty()) title_origin_ = id;
      }
    }
    // The whole when its parts name nothing ("Washington, D.C.").
    if (b == 0 && comma == origin.size()) break;
    b = comma + 1;
  }
  if (title_origin_.empty()) {
    if (const GazetteerEntry* e =
            gazetteer_.Resolve(record_.origin.text, NodeKind::kPlace)) {
      title_origin_ =
          AddEntity(*e, record_.origin.text, false, Ev(record_.origin.span));
    }
  }
}

void PageReader::ReadDecidingBody() {
  // "CC Politburo decision with approved message ...": a body's decision is
  // the body's own document.
  bool decided = record_.doc_type == "decision" ||
                 record_.doc_type == "resolution" ||
                 record_.doc_type == "directive";
  if (!title_authors_.empty() || !decided || record_.title.empty()) return;
  size_t end = record_.attachment.empty() ? record_.title.span.end
                                          : record_.attachment.span.start;
  std::string_view main =
      text_.substr(record_.title.span.start, end - record_.title.span.start);
  for (const Mention& m : gazetteer_.FindMentions(main, Offset(main))) {
    if (m.entry->kind != NodeKind::kOrganization) continue;
    Evidence ev = Ev(m.start, m.end);
    title_authors_.emplace_back(AddEntity(*m.entry, m.surface, false, ev), ev);
    break;
  }
}

std::vector<std::pair<std::string_view, int64_t>> PageReader::SplitNames(
    std::string_view list) const {
  std::vector<std::pair<std::string_view, int64_t>> out;
  size_t b = 0;
  auto flush = [&](size_t e) {
    std::string_view item = TrimView(list.substr(b, e - b));
    // "Громыко — всё", "Vyshinsky (Paris) — by telegraph": how the holder
    // receives it is no part of the name.
    if (size_t dash = item.find(" \u2014 "); dash != std::string_view::npos)
      item = TrimView(item.substr(0, dash));
    int64_t count = 0;
    // "Cde. Stalin—2": the count after a dash.
    for (std::string_view dash : {"\u2014", "\u2013", "-"}) {
      size_t at = item.rfind(dash);
      if (at == std::string_view::npos || at == 0) continue;
      std::string_view digits = TrimView(item.substr(at + dash.size()));
      if (digits.empty() || digits.size() > 2 ||
          !std::all_of(digits.begin(), digits.end(), [](char c) {
            return std::isdigit(static_cast<unsigned char>(c));
          }))
        continue;
      count = std::stoi(std::string(digits));
      item = TrimView(item.substr(0, at));
      break;
    }
    // "Stalin (2)", "Stalin (2 copies)"
    size_t paren = item.find('(');
    if (paren != std::string_view::npos) {
      std::string_view inside = item.substr(paren + 1);
      int n = 0;
      size_t k = 0;
      while (k < inside.size() &&
             std::isdigit(static_cast<unsigned char>(inside[k]))) {
        n = n * 10 + (inside[k] - '0');
        ++k;
      }
      if (k > 0) count = n;
      // "Stalin (2)"; "Vyshinsky (Paris)" names where he is.
      if (k > 0 || item.back() == ')') item = TrimView(item.substr(0, paren));
    }
    while (!item.empty() && (item.back() == '.' || item.back() == ':' ||
                             item.back() == ';' || item.back() == ',')) {
      // keep "I.V." style initials intact only when they follow a comma
      if (item.back() == '.' && item.size() >= 2 &&
          item[item.size() - 2] != ' ' &&
          std::isupper(static_cast<unsigned char>(item[item.size() - 2])) &&
          item.size() >= 3 && item[item.size() - 3] == '.') {
        break;
      }
      item.remove_suffix(1);
    }
    if (!item.empty()) out.emplace_back(item, count);
  };
  int bracket = 0;
  for (size_t i = 0; i < list.size(); ++i) {
    char c = list[i];
    if (c == '[' || c == '(') ++bracket;
    if (c == ']' || c == ')') --bracket;
    if (bracket > 0) continue;
    if (c == ';') {
      flush(i);
      b = i + 1;
    } else if (c == ',') {
      // "Stalin, I.V." keeps its initials.
      std::string_view rest = TrimView(list.substr(i + 1));
      if (rest.size() >= 2 &&
          std::isupper(static_cast<unsigned char>(rest[0])) && rest[1] == '.') {
        continue;
      }
      flush(i);
      b = i + 1;
    } else if (size_t len = ConjunctionAt(list, i); len > 0) {
      flush(i);
      b = i + len;
      i += len - 1;
    }
  }
  flush(list.size());
  return out;
}

std::map<NodeId, const Node*> PageReader::SameUnresolvedPersons() const {
  std::vector<const Node*> cyrillic, latin;
  for (const Node& n : fragment_.nodes()) {
    const Value* resolved = n.props.Get(prop::kResolved);
    if (n.kind != NodeKind::kPerson || resolved == nullptr ||
        !resolved->is_bool() || resolved->as_bool()) {
      continue;
    }
    (detail::DetectLanguage(n.label) == "ru" ? cyrillic : latin).push_back(&n);
  }
  std::map<NodeId, const Node*> same;
  for (const Node* c : cyrillic) {
    std::string key = LatinKey(c->label);
    if (key.size() < 5) continue;
    size_t allowed = key.size() >= 9 ? 2 : 1;
    const Node* match = nullptr;
    int matches = 0;
    for (const Node* l : latin) {
      if (EditDistance(key, LatinKey(l->label)) <= allowed) {
        match = l;
        ++matches;
      }
    }
    if (matches == 1) same[c->id] = match;
  }
  // "Mr. Hickerson" beside "Mr. John D. Hickerson": a surname alone is the
  // one fuller name on the page that ends with it.
  for (const Node* shorter : latin) {
    std::vector<std::string_view> words = Words(shorter->label);
    if (words.size() != 1 || same.count(shorter->id)) continue;
    std::string surname = FoldName(words[0]);
    const Node* match = nullptr;
    int matches = 0;
    for (const Node* l : latin) {
      std::vector<std::string_view> full = Words(l->label);
      if (l == shorter || full.size() < 2 ||
          FoldName(StripTrailing(full.back(), ".,")) != surname)
        continue;
      match = l;
      ++matches;
    }
    if (matches == 1) same[shorter->id] = match;
  }
  return same;
}

}  // namespace parley::importers::detail
