// Stage: what a quotation is as a document: who signs it (one signer or
// several, each under his office), where an unclosed one ends, its kind, and
// the authors the line that introduces it names.
#include <algorithm>
#include <string>
#include <vector>

#include "importers/detail/page_reader.h"

namespace parley::importers::detail {

bool PageReader::SignsThePage(size_t i) const {
  std::string name = CleanName(lines_[i].text);
  const GazetteerEntry* e = gazetteer_.Resolve(name, NodeKind::kPerson);
  if (e == nullptr) return false;
  return std::any_of(title_authors_.begin(), title_authors_.end(),
                     [&](const auto& a) { return a.first == e->id; });
}

void PageReader::MoreSigners(
    size_t last, int r, std::vector<std::pair<NodeId, Evidence>>& signers) {
  // Each signer may stand under his office ("Commander of the Korean
  // People's Army" over "KIM IL SUNG"): short lines that end no sentence.
  auto is_office = [&](size_t i) {
    std::string_view t = lines_[i].text;
    return kinds_[i] == LineKind::kText && Words(t).size() <= 8 &&
           std::isupper(static_cast<unsigned char>(t.front())) &&
           std::string_view(".!?:;,\"'»”’").find(t.back()) ==
               std::string_view::npos;
  };
  for (size_t i = last; i-- > body_begin_;) {
    if (lines_[i].blank()) continue;
    if (line_region_[i] != r) return;
    if (is_office(i) && !SignatureOf(i)) continue;
    std::optional<std::pair<NodeId, Evidence>> sig = SignatureOf(i);
    if (!sig) return;
    if (std::none_of(signers.begin(), signers.end(),
                     [&](const auto& s) { return s.first == sig->first; }))
      signers.insert(signers.begin(), *sig);
  }
}

size_t PageReader::UnclosedRegionEnd(int r, size_t limit) const {
  const QuoteRegion& region = regions_[r];
  // Opened in point N of the writer's list ("2. ... hand him the following:
  // «..."), it ends before point N+1 ("3. Acquaint Comrade Suzdalev ..."),
  // unless the quotation numbers points of its own from 1.
  size_t intro = region.first;
  while (intro > body_begin_ && lines_[intro - 1].blank()) --intro;
  // The number of the point it opens in; 0 when it opens in none. A letter
  // over the quotation is a point too, so nothing above it is looked at.
  int opening = 0;
  bool marked = false;
  if (intro > body_begin_) {
    if (auto m = MarkerOf(TrimView(lines_[intro - 1].text))) {
      marked = true;
      if (m->numbered) opening = m->number;
    }
  }
  if (!marked && intro > body_begin_) {
    // The point's own line may stand above its last paragraph.
    size_t k = intro - 1;
    while (k > body_begin_ && !lines_[k - 1].blank()) --k;
    if (k > body_begin_) {
      size_t above = k - 1;
      while (above > body_begin_ && lines_[above].blank()) --above;
      if (auto m = MarkerOf(TrimView(lines_[above].text)); m && m->numbered)
        opening = m->number;
    }
  }
  if (opening > 0) {
    for (size_t i = region.first; i < limit; ++i) {
      std::optional<PointMarker> m = MarkerOf(TrimView(lines_[i].text));
      if (!m || !m->numbered) continue;
      if (m->number == 1) break;
      if (m->number != opening + 1) continue;
      size_t last = i;
      while (last > region.first + 1 && lines_[last - 1].blank()) --last;
      return last - 1;
    }
  }
  // A message ends with its signature (several signatories on consecutive
  // lines, maybe a date under them).
  for (size_t i = region.first + 1; i < limit; ++i) {
    if (line_region_[i] != r || kinds_[i] != LineKind::kSignature) continue;
    // The signature of the page's own author under a quotation that never
    // closed ("... [...]" then "MAO ZEDONG") signs the page, not the quote.
    if (region.parent_region < 0 && SignsThePage(i)) {
      size_t last = i;
      while (last > region.first + 1 && lines_[last - 1].blank()) --last;
      return last - 1;
    }
    size_t end = i;
    while (end + 1 < limit && (kinds_[end + 1] == LineKind::kSignature ||
                               kinds_[end + 1] == LineKind::kLoneDate)) {
      ++end;
    }
    return end;
  }
  size_t last = limit;
  while (last > region.first + 1 && lines_[last - 1].blank()) --last;
  return last - 1;
}

// The kind of a quoted document. The introduction's words come first ("I
// transmit the letter of ...", "the texts of four telegrams ..."), then
// what the title says is attached, then the quotation's own first line;
// "message" when none names one.
std::string EmbeddedType(const std::string& intro, const std::string& attached,
                         const std::string& first_line) {
  // "the text(s) of ... telegrams": the quoted texts are telegrams.
  for (std::string_view of : {"texts of ", "text of ", "текст "}) {
    size_t at = intro.find(of);
    if (at == std::string::npos) continue;
    std::string after = intro.substr(at + of.size(), 40);
    std::string type = DocTypeFromWords(after);
    if (!type.empty()) return type;
  }
  // The kind word nearest the quotation: "a long statement on the
  // agreement reached ... and then read the following proposal:" quotes a
  // proposal, a message.
  auto named = [](const std::string& hint) -> std::string {
    static const std::pair<std::string_view, std::string_view> kKinds[] = {
        {"decision", "decision"},
        {"resolution", "resolution"},
        {"постановлени", "resolution"},
        {"резолюци", "resolution"},
        {"agreement", "agreement"},
        {"agreed", "agreement"},
        {"as signed", "agreement"},
        {"terms of reference", "agreement"},
        {"соглашени", "agreement"},
        {"letter", "letter"},
        {"письм", "letter"},
        {"report", "report"},
        {"донесени", "report"},
        {"доклад", "report"},
        {"memorandum", "memorandum"},
        {"telegram", "telegram"},
        {"телеграмм", "telegram"},
        {"telegraph", "telegram"},  // "... telegraphed me from Kaesong:"
        {"телеграфир", "telegram"},
        {"proposal", "proposal"},
        {"предложени", "proposal"},
        {"statement", "statement"},
        {"заявлени", "statement"},
        {"tabled", "message"},
        {"внес", "message"}};
    // What a text is put forward for is not what it is: "the following
    // text as the basis for agreement" is a proposal, and the draft of a
    // statement "in reply to the resolution" of the Assembly is no
    // resolution.
    auto aimed_at = [&](size_t at) {
      for (std::string_view before :
           {"for ", "for an ", "for the ", "toward ", "towards ", "для ",
            "reply to the ", "response to the ", "в ответ на ",
            // "a statement by Zhou Enlai on the draft resolution": what
            // the text is about.
            "statement on the ", "statement on the draft ", "on the draft "}) {
        if (at >= before.size() &&
            hint.compare(at - before.size(), before.size(), before) == 0) {
          return true;
        }
      }
      return false;
    };
    size_t last = 0;
    std::string kind;
    for (auto [word, type] : kKinds) {
      size_t at = hint.rfind(word);
      while (at != std::string::npos && at > 0 && aimed_at(at)) {
        at = hint.rfind(word, at - 1);
      }
      if (at != std::string::npos && aimed_at(at)) at = std::string::npos;
      // The writer's sentence names a forwarded text's kind ("I send you
      // the telegram of Comrade LI KENONG"); a heading that opens on the
      // word ("Telegram of Comrade KIM IL SUNG.") names who sent it, and
      // the text stays a message; "the telegrams of Comrade Li Kenong and
      // Comrade Peng Dehuai" name the kind of several quotations, which the
      // first may not speak for.
      if (type == "telegram" && at != std::string::npos &&
          (Words(std::string_view(hint).substr(0, at)).size() <= 1 ||
           hint.compare(at, 9, "telegrams") == 0))
        at = std::string::npos;
      if (at == std::string::npos || (!kind.empty() && at < last)) continue;
      last = at;
      kind = type;
    }
    if (kind == "resolution") return ResolutionType(hint);
    return kind == "message" ? "" : kind;
  };
  if (std::string t = named(intro); !t.empty()) return t;
  if (!attached.empty() && attached != "telegram") return attached;
  // The quotation's first words ("Agreement on the exchange ...",
  // "Постановление ..."), not a word anywhere in its first line: a
  // proposal "within three months after the armistice agreement is signed"
  // is no agreement.
  std::vector<std::string_view> opening = FirstWords(first_line, 3);
  // "In his letter of 31 March CLARK agreed ...": a sentence opening on a
  // preposition cites a document; it does not name its own.
  static constexpr std::string_view kPrepositions[] = {
      "in", "on", "at", "by", "with", "from", "to", "в", "на", "по", "с"};
  // Past an opening quotation mark ("«В своём письме ...").
  if (!opening.empty() &&
      std::find(std::begin(kPrepositions), std::end(kPrepositions),
                LowerText(AfterOpenQuotes(opening[0]))) !=
          std::end(kPrepositions))
    opening.clear();
  std::string head;
  for (std::string_view w : opening) head += std::string(w) + " ";
  if (std::string t = named(head); !t.empty()) return t;
  return "message";
}

std::string_view PageReader::IntroLead(std::string_view intro) const {
  std::string_view last = LastSentence(intro);
  if (last.size() == intro.size()) return intro;
  std::string lower = LowerText(last);
  if (!cues_.Contains("proposing", lower) &&
      !cues_.Contains("reading_out", lower))
    return intro;
  // "He then tabled the following text": who he is, the sentences before
  // say.
  for (const Mention& m : gazetteer_.FindMentions(last, Offset(last)))
    if (m.entry->kind == NodeKind::kPerson) return last;
  return intro;
}

std::vector<std::pair<NodeId, Evidence>> PageReader::AgreedBy(
    std::string_view sentence) {
  std::string lower = LowerText(sentence);
  size_t verb = std::string::npos;
  for (const std::string& cue : cues_.Cues("agreed")) {
    for (size_t at = lower.find(cue); at != std::string::npos;
         at = lower.find(cue, at + 1)) {
      // A whole word ("disagreed" is not agreed), not negated.
      bool word_start =
          at == 0 || !std::isalpha(static_cast<unsigned char>(lower[at - 1]));
      std::vector<std::string_view> before = LastWords(lower.substr(0, at), 1);
      bool negated =
          !before.empty() && (before[0] == "not" || before[0] == "never");
      if (word_start && !negated) verb = std::min(verb, at);
    }
  }
  if (verb == std::string::npos) return {};
  // The names right before the verb, joined only by commas, semicolons,
  // brackets and "and": "I informed Ridgway that Nam Il agreed" is Nam Il's.
  std::vector<std::pair<NodeId, Evidence>> named =
      PersonsIn(sentence.substr(0, verb));
  std::vector<std::pair<NodeId, Evidence>> parties;
  size_t base = Offset(sentence), gap_end = verb;
  for (auto it = named.rbegin(); it != named.rend(); ++it) {
    size_t end = static_cast<size_t>(it->second.end) - base;
    if (end > gap_end) continue;
    for (std::string_view w : Words(sentence.substr(end, gap_end - end))) {
      std::string word = LowerText(StripTrailing(w, ",;()"));
      if (!word.empty() && word != "and" && word != "и") return parties;
    }
    parties.insert(parties.begin(), *it);
    gap_end = static_cast<size_t>(it->second.start) - base;
  }
  return parties;
}

std::vector<std::pair<NodeId, Evidence>> PageReader::IntroAuthors(
    std::string_view intro, bool named_only) {
  std::vector<std::pair<NodeId, Evidence>> authors, others;
  size_t base = Offset(intro);
  bool last_from = false;
  for (const Mention& m : gazetteer_.FindMentions(intro, base)) {
    if (m.entry->kind != NodeKind::kPerson) continue;
    // The word before the name, past forms of address and titles.
    std::vector<std::string_view> before =
        Words(intro.substr(0, m.start - base));
    std::string prev;
    size_t prev_at = 0;
    for (size_t w = before.size(); w-- > 0;) {
      std::string word = LowerText(StripTrailing(before[w], ".,:;"));
      if (gazetteer_.IsStopWord(word) || word == "chairman" || word == "cdes" ||
          word == "comrades" || word == "товарища" || word == "председателя") {
        continue;
      }
      prev = word;
      prev_at = w;
      break;
    }
    // "The reply which Cdes. KIM IL SUNG and PENG DEHUAI broadcast": the
    // subject of a relative clause on the message writes it.
    if ((prev == "which" || prev == "that" || prev == "который" ||
         prev == "которое" || prev == "которую") &&
        prev_at > 0) {
      std::string noun = LowerText(StripTrailing(before[prev_at - 1], ","));
      // "the proposal on prisoners of war which Cde. NAM IL put forward":
      // so does one who tables it, whatever the noun.
      std::string_view next = intro.substr(m.end - base);
      std::vector<std::string_view> verb = Words(next.substr(0, 24));
      bool tables =
          !verb.empty() &&
          cues_.Contains("proposing", " " + LowerText(verb[0]) + " " +
                                          (verb.size() > 1 ? LowerText(verb[1])
                                                           : std::string()));
      if (cues_.Contains("author_cue", noun) || noun == "reply" ||
          noun == "answer" || noun == "statement" || noun == "ответ" || tables)
        prev = "of";
    }
    // "with the knowledge of Chairman MAO ZEDONG, he had sent ...": one
    // who knew of it or approved it did not write it.
    if ((prev == "of" || prev == "с") && prev_at > 0) {
      std::string noun = LowerText(StripTrailing(before[prev_at - 1], ","));
      if (noun == "knowledge" || noun == "consent" || noun == "approval" ||
          noun == "sanction" || noun == "ведома" || noun == "согласия")
        continue;
    }
    std::string_view after = intro.substr(m.end - base);
    bool possessive = after.rfind("'s", 0) == 0 || after.rfind("’s", 0) == 0;
    // "... KIM IL SUNG and PENG DEHUAI": the second as the first.
    bool joined = (prev == "and" || prev == "и") && last_from;
    bool from = possessive || joined || prev == "of" || prev == "from" ||
                prev == "by" || prev == "signed" || prev == "от" ||
                prev == "подписью" || cues_.Contains("author_cue", prev);
    last_from = from;
    bool to =
        prev == "to" || prev == "for" || prev == "к" || prev == "addressed";
    if (to) continue;
    // "At second plenary, Molotov presiding, Nam Il ... tabled": the chair
    // of the session wrote nothing.
    std::vector<std::string_view> next = FirstWords(TrimView(after), 1);
    if (!next.empty() && (StripTrailing(next[0], ",;") == "presiding" ||
                          TrimView(after).starts_with("in the chair")))
      continue;
    Evidence ev = Ev(m.start, m.end);
    NodeId id = AddEntity(*m.entry, m.surface, m.codename, ev);
    auto& into = from ? authors : others;
    if (std::none_of(into.begin(), into.end(),
                     [&](const auto& a) { return a.first == id; })) {
      into.emplace_back(id, ev);
    }
  }
  if (authors.empty() && !others.empty() && !named_only)
    authors.push_back(others.front());
  return authors;
}

}  // namespace parley::importers::detail
