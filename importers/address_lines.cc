// Stage: the lines that address a document: "To General Mark W. Clark,
// Commander-in-Chief of ...", "To the Commander-in-Chief ..., General
// Ridgway.", the Chinese address line and the salutation; and the address
// a quotation opens with (QuoteAddressees).
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "importers/detail/page_reader.h"
#include "text/chars.h"
#include "text/utf8.h"

namespace parley::importers::detail {

// "To the Commander-in-Chief of the UN forces, General Ridgway.": an
// office, then after the last comma a person the gazetteer knows.
bool PageReader::ReadOfficeAddressLine(std::string_view t, DocDraft& doc) {
  if (!StartsWithNoCase(t, "To the ")) return false;
  size_t comma = t.rfind(", ");
  if (comma == std::string_view::npos) return false;
  std::vector<std::string_view> office = Words(t.substr(7, comma - 7));
  std::string_view rest = TrimView(t.substr(comma + 2));
  std::string name = StripTrailing(rest, ".:!'’\" ");
  if (office.empty() || office.size() > 10 ||
      !gazetteer_.IsStopWord(StripTrailing(office[0], ",")) || name.empty() ||
      Words(name).size() > 4) {
    return false;
  }
  const GazetteerEntry* e = gazetteer_.Resolve(name, NodeKind::kPerson);
  if (e == nullptr) return false;
  std::string_view written = rest.substr(0, name.size());
  Evidence ev = Ev(Offset(written), Offset(written) + written.size());
  AddParty(doc.recipients, AddEntity(*e, written, false, ev), ev);
  return true;
}

bool PageReader::ReadAddressLine(std::string_view t, DocDraft& doc) {
  if (!StartsWithNoCase(t, "To ")) return false;
  // "To Chairman Mao. 18 December, 21:00.", "Copies to Cdes. Kim Il Sung
  // and Peng Dehuai. 19 December.": the date after the names is none of
  // them.
  if (auto d = detail::DateOpeningASentence(t, DefaultYear()))
    t = t.substr(0, d->start - 1);
  if (ReadOfficeAddressLine(t, doc)) return true;
  // "To General Mark W. Clark, Commander-in-Chief of ...": a form of address
  // or a rank, the name, then maybe the office after a comma.
  std::vector<std::string_view> words = Words(t.substr(3));
  if (words.empty() || !gazetteer_.IsStopWord(StripTrailing(words[0], ".,"))) {
    return false;
  }
  if (size_t comma = t.find(", ");
      comma != std::string_view::npos &&
      FindNoCase(t, "copies") == std::string_view::npos) {
    std::string_view name = TrimView(t.substr(3, comma - 3));
    if (Words(name).size() > 6) return false;
    Evidence ev = Ev(Offset(name), Offset(name) + name.size());
    NodeId id = PersonFromName(name, ev);
    if (id.empty()) return false;
    AddParty(doc.recipients, id, ev);
    // "To Marshal Kim Il Sung, Supreme Commander of ..., and General Peng
    // Teh-huai, Commander of ...": the next addressee after "and", with his
    // rank, then his office.
    for (size_t and_at = FindNoCase(t, " and ", comma);
         and_at != std::string_view::npos;
         and_at = FindNoCase(t, " and ", and_at + 5)) {
      std::string_view rest = t.substr(and_at + 5);
      std::vector<std::string_view> next = Words(rest);
      if (next.empty() || !gazetteer_.IsStopWord(StripTrailing(next[0], ".,")))
        continue;
      std::string_view other =
          TrimView(rest.substr(0, std::min(rest.find(", "), rest.size())));
      while (!other.empty() && other.back() == '.') other.remove_suffix(1);
      if (Words(other).size() > 6) continue;
      Evidence other_ev = Ev(Offset(other), Offset(other) + other.size());
      if (NodeId other_id = PersonFromName(other, other_ev); !other_id.empty())
        AddParty(doc.recipients, other_id, other_ev);
    }
    // "To Comrade Molotov, through Ambassador Kuznetsov:": the relay.
    for (std::string_view by : {", through ", ", via "}) {
      size_t at = FindNoCase(t, by);
      if (at == std::string_view::npos) continue;
      std::string_view relay = t.substr(at + by.size());
      relay = TrimView(relay.substr(0, relay.find_first_of(":;,")));
      while (!relay.empty() && relay.back() == '.') relay.remove_suffix(1);
      if (relay.empty() || Words(relay).size() > 6) continue;
      Evidence relay_ev = Ev(Offset(relay), Offset(relay) + relay.size());
      if (NodeId relay_id = PersonFromName(relay, relay_ev); !relay_id.empty())
        AddParty(doc.via, relay_id, relay_ev);
    }
    return true;
  }
  size_t copies = FindNoCase(t, ". Copies to ");
  size_t copies_len = 12;
  if (copies == std::string_view::npos) {
    copies = FindNoCase(t, ". Copy to ");
    copies_len = 10;
  }
  std::string_view address =
      t.substr(3, copies == std::string_view::npos ? std::string_view::npos
                                                   : copies - 3);
  // "To Cde. MAO ZEDONG." alone is an address; a longer sentence is text.
  if (copies == std::string_view::npos &&
      (Words(address).size() > 5 || t.back() != '.'))
    return false;
  for (auto [name, count] : SplitNames(address)) {
    Evidence ev = Ev(Offset(name), Offset(name) + name.size());
    AddParty(doc.recipients, PersonFromName(name, ev), ev);
  }
  if (copies != std::string_view::npos) {
    for (auto [name, count] : SplitNames(t.substr(copies + copies_len))) {
      Evidence ev = Ev(Offset(name), Offset(name) + name.size());
      AddParty(doc.copies, PersonFromName(name, ev), ev, count);
    }
  }
  return true;
}

bool PageReader::ReadChineseAddress(std::string_view t, DocDraft& doc) {
  // "毛主席，并告金首相、李克农同志：", "联合国军总司令李奇微将军：": the
  // addressees, then after "并告" ("and inform") or "抄送" ("copy to") the
  // copies. Every name between the separators is one the gazetteer knows,
  // with its titles around it, or the line is a sentence ("为此，我们...
  // 要求你方明确答复：").
  constexpr std::string_view kColon = "：";
  if (t.size() < kColon.size() || t.substr(t.size() - kColon.size()) != kColon)
    return false;
  std::string_view body = t.substr(0, t.size() - kColon.size());
  if (body.size() > 40 * 3) return false;
  std::string_view to = body, copies;
  for (const std::string& lead : cues_.Cues("copy_lead")) {
    if (size_t at = body.find(lead); at != std::string_view::npos) {
      to = body.substr(0, at);
      copies = body.substr(at + lead.size());
      break;
    }
  }
  auto read = [&](std::string_view list, std::vector<Mention>& into) {
    size_t from = 0;
    while (from <= list.size()) {
      size_t cut = std::string_view::npos, cut_len = 0;
      for (std::string_view sep : {"、", "，", "和", "及", "并"}) {
        size_t at = list.find(sep, from);
        if (at < cut) cut = at, cut_len = sep.size();
      }
      std::string_view piece =
          list.substr(from, cut == std::string_view::npos ? cut : cut - from);
      if (!piece.empty()) {
        // A person with the office before the name ("联合国军总司令李奇微
        // 将军", the UN Commander-in-Chief General Ridgway) is the person.
        std::vector<Mention> found =
            gazetteer_.FindMentions(piece, Offset(piece));
        std::vector<Mention> persons;
        for (const Mention& m : found) {
          if (m.entry->kind == NodeKind::kPerson) persons.push_back(m);
        }
        if (!persons.empty()) found = std::move(persons);
        if (found.size() != 1 || found[0].entry->kind == NodeKind::kPlace)
          return false;
        into.push_back(found[0]);
      }
      if (cut == std::string_view::npos) break;
      from = cut + cut_len;
    }
    return true;
  };
  std::vector<Mention> addressees, copied;
  if (!read(to, addressees) || addressees.empty() || !read(copies, copied))
    return false;
  for (auto [list, into] :
       {std::pair{&addressees, &doc.recipients}, {&copied, &doc.copies}}) {
    for (const Mention& m : *list) {
      Evidence ev = Ev(m.start, m.end);
      AddParty(*into, AddEntity(*m.entry, m.surface, false, ev), ev);
    }
  }
  return true;
}

void PageReader::ReadSalutation(std::string_view t, DocDraft& doc) {
  // A salutation: "Comrade MAO ZEDONG!", "Товарищ МАО ЦЗЭДУН!",
  // "To Comrades Gao Gang and Kim Il Sung:".
  std::string_view bare = AfterOpenQuotes(t);
  if (ReadAddressLine(bare, doc) || ReadChineseAddress(bare, doc)) return;
  // "Chairman [Mao Zedong], with a copy to Comrade Deng Hua:" opens
  // with a title the gazetteer knows as no name.
  std::vector<std::string_view> first_words = Words(bare);
  bool titled = !first_words.empty() &&
                gazetteer_.IsStopWord(StripTrailing(first_words[0], ",:!"));
  // "Cde. Le Kenong, copy to Cdes. Kim Il Sung and Peng Dehuai.": an
  // address with its copies, closed like a sentence.
  size_t copy = std::string_view::npos, copy_len = 0;
  // "Peng [Dehuai], Kim [Il Sung], and inform [Li] Kenong and [Qiao]
  // Guanhua:": those to be informed are copies.
  for (const std::string& lead : cues_.Cues("copy_lead")) {
    if (size_t at = FindNoCase(bare, lead); at != std::string_view::npos) {
      copy = at;
      copy_len = lead.size();
      break;
    }
  }
  bool routed = copy != std::string_view::npos && bare.back() == '.';
  // "Peng [Dehuai], Kim [Il Sung], and inform ...:": an address that opens
  // with a known person's name.
  if (!titled && copy != std::string_view::npos && !bare.empty() &&
      (bare.back() == ':' || routed)) {
    std::string first(bare.substr(0, bare.find(',')));
    std::erase(first, '[');
    std::erase(first, ']');
    titled = gazetteer_.Resolve(CleanName(first), NodeKind::kPerson) != nullptr;
  }
  // The addressees and the copies each a few names ("Comrades Peng Dehuai
  // and Kim Il Sung, and for the information of Comrades Li Kenong and Qiao
  // Guanhua:").
  std::string_view addressed =
      copy == std::string_view::npos ? bare : bare.substr(0, copy);
  std::string_view informed = copy == std::string_view::npos
                                  ? std::string_view()
                                  : bare.substr(copy + copy_len);
  bool salutation =
      (!bare.empty() && (bare.back() == '!' || bare.back() == ':' || routed)) &&
      Words(addressed).size() <= 12 && Words(informed).size() <= 12 &&
      // "Cornrades ...!": the OCR's "rn" for "m".
      (StartsWithNoCase(bare, "Comrade") ||
       StartsWithNoCase(bare, "Cornrade") || StartsWithNoCase(bare, "To ") ||
       StartsWithNoCase(bare, "Dear") ||
       LowerText(bare).rfind("товарищ", 0) == 0 ||
       LowerText(bare).rfind("дорог", 0) == 0 || titled);
  if (!salutation) return;
  std::string_view names = TrimView(bare);
  names = names.substr(0, names.size() - 1);
  // "and for the information of [Kim Il Sung and Peng Dehuai]": the
  // editors' bracket around a whole list is no part of its names.
  auto unbracketed = [](std::string_view list) {
    list = TrimView(list);
    if (list.size() > 2 && list.front() == '[' && list.back() == ']' &&
        list.find_first_of("[]", 1) == list.size() - 1)
      list = list.substr(1, list.size() - 2);
    return list;
  };
  if (copy != std::string_view::npos && copy < names.size()) {
    for (auto [name, count] :
         SplitNames(unbracketed(names.substr(copy + copy_len)))) {
      Evidence ev = Ev(Offset(name), Offset(name) + name.size());
      AddParty(doc.copies, PersonFromName(name, ev), ev, count);
    }
    names = names.substr(0, copy);
  }
  if (StartsWithNoCase(names, "To ")) names = names.substr(3);
  if (StartsWithNoCase(names, "Dear ")) names = names.substr(5);
  for (auto [name, count] : SplitNames(names)) {
    Evidence ev = Ev(Offset(name), Offset(name) + name.size());
    AddParty(doc.recipients, PersonFromName(name, ev), ev);
  }
}

std::vector<std::pair<NodeId, Evidence>> PageReader::QuoteAddressees(
    const QuoteRegion& region) {
  // A quotation that opens by addressing others than the page's own
  // addressees ("General Kim Il Sung, Supreme Commander, Korean People's
  // Army.", one line each) is a letter to them, even when the page's
  // writer signs it.
  std::vector<std::pair<NodeId, Evidence>> addressees;
  auto outer_party = [&](const NodeId& id) {
    return IsOuterAuthor(id) ||
           std::any_of(docs_[0].recipients.begin(), docs_[0].recipients.end(),
                       [&](const DocDraft::Party& p) { return p.id == id; });
  };
  // "To LI KE-NUN, QIAO GUANHUA, copies to DENG HUA and to Premier KIM IL
  // SUNG.": an address with its copies, as a letter's own would be read.
  size_t first = region.first;
  while (first < region.last && lines_[first].blank()) ++first;
  DocDraft address;
  ReadSalutation(lines_[first].text, address);
  for (const DocDraft::Party& p : address.recipients) {
    if (!outer_party(p.id)) addressees.emplace_back(p.id, p.evidence);
  }
  if (!addressees.empty()) return addressees;
  for (size_t i = region.first; i <= region.last && addressees.size() < 4;
       ++i) {
    if (lines_[i].blank()) continue;
    std::string_view bare = AfterOpenQuotes(lines_[i].text);
    // A cable's "Quote. " before the quoted text's first words.
    bool cable_opened = false;
    for (std::string_view opener : {"Quote. ", "Quote: "}) {
      if (!bare.starts_with(opener)) continue;
      bare = TrimView(bare.substr(opener.size()));
      cable_opened = true;
    }
    // "To General Kim Il Sung, Supreme Commander of the Korean People's
    // Army, and General Peng Teh-huai, Commander of ...:": one line of
    // several, each a name after its rank, then the office; so is one
    // whose addressees a semicolon parts ("Marshal Kim Il Sung, Supreme
    // Commander, ...; General Peng Teh-huai, Commander, ...:"), which a
    // colon, the cable's "Quote." or its place at the head of a quotation
    // that goes on after it marks as no signature.
    bool to_line = StartsWithNoCase(bare, "To ") && bare.ends_with(':') &&
                   Words(bare).size() <= 40;
    if (to_line) bare = bare.substr(3);
    const bool heads = i == first && i < region.last;
    if (!to_line && bare.find("; ") != std::string_view::npos &&
        Words(bare).size() <= 40 &&
        (bare.ends_with(':') ||
         ((cable_opened || heads) && bare.ends_with('.'))))
      to_line = true;
    if (bare.empty() || (Words(bare).size() > 12 && !to_line) ||
        std::string_view(".,!:").find(bare.back()) == std::string_view::npos)
      break;
    std::optional<std::pair<NodeId, Evidence>> named;
    size_t base = Offset(bare);
    for (const Mention& m : gazetteer_.FindMentions(bare, base)) {
      // The name first, or after a rank or form of address; on a "To" line,
      // first after a comma ("..., and General Peng Teh-huai").
      size_t from = 0;
      if (to_line) {
        size_t comma = bare.find_last_of(",;", m.start - base);
        from = comma == std::string_view::npos ? 0 : comma + 1;
      }
      std::vector<std::string_view> before =
          Words(bare.substr(from, m.start - base - from));
      bool leads = std::all_of(before.begin(), before.end(), [&](auto w) {
        return gazetteer_.IsStopWord(StripTrailing(w, ".,")) ||
               (to_line && w == "and");
      });
      if (to_line && (!leads || m.entry->kind != NodeKind::kPerson)) continue;
      // The page's own addressee greeted is the page's own text.
      if (m.entry->kind == NodeKind::kPerson && leads &&
          !outer_party(m.entry->id)) {
        Evidence ev = Ev(m.start, m.end);
        named.emplace(AddEntity(*m.entry, m.surface, m.codename, ev), ev);
        if (to_line) {
          addressees.push_back(*named);
          continue;
        }
      }
      break;
    }
    if (!named) break;
    if (to_line) break;
    addressees.push_back(*named);
  }
  return addressees;
}

}  // namespace parley::importers::detail
