// Stage: who puts a list of points forward: the subject of a proposing
// verb, the writers ("I propose", "our proposals"), a body ("the Communist
// delegation put forward"), the sender of a quoted draft; and how the
// document holds the proposal (proposed, reported, planned).
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "graph/props.h"
#include "importers/detail/page_reader.h"
#include "text/chars.h"
#include "text/utf8.h"

namespace parley::importers::detail {

namespace prop = graph::prop;

namespace {

// The next comma of `text` from `from` that sets off a phrase: ", ", or a
// comma with a footnote's number glued to it (",2 tabled"); npos for none.
size_t AsideComma(std::string_view text, size_t from) {
  for (size_t at = text.find(',', from); at != std::string_view::npos;
       at = text.find(',', at + 1)) {
    size_t k = at + 1;
    while (k < text.size() && k - at <= 2 &&
           std::isdigit(static_cast<unsigned char>(text[k])))
      ++k;
    if (k < text.size() && text[k] == ' ') return at;
  }
  return std::string_view::npos;
}

}  // namespace

bool PageReader::CollectiveProposes(std::string_view text) const {
  const std::string folded = LowerText(text);
  const std::string_view lower = folded;
  // The proposing verb nearest the points speaks for them: in "gave the
  // answer of the United Nations Command to the proposal that our side had
  // tabled, and read out a counter-proposal", not the Command's.
  size_t last = std::string_view::npos;
  for (const std::string& cue : cues_.Cues("proposing")) {
    size_t at = lower.rfind(cue);
    if (at != std::string_view::npos &&
        (last == std::string_view::npos || at > last))
      last = at;
  }
  if (last == std::string_view::npos) return false;
  // "will table a new proposal": the verb whose object the noun is.
  for (bool moved = true; moved;) {
    moved = false;
    for (const std::string& cue : cues_.Cues("proposing")) {
      size_t at =
          last == 0 ? std::string_view::npos : lower.rfind(cue, last - 1);
      if (at == std::string_view::npos || at + cue.size() > last) continue;
      if (Words(lower.substr(at + cue.size(), last - at - cue.size())).size() <=
          3) {
        last = at;
        moved = true;
        break;
      }
    }
  }
  // The three words before the verb, a place after the body aside ("the
  // UNC delegation at Panmunjom will table").
  std::vector<std::string_view> words = LastWords(lower.substr(0, last), 6);
  std::vector<std::string_view> before;
  for (size_t w = 0; w < words.size(); ++w) {
    if ((words[w] == "at" || words[w] == "in") && w + 2 < words.size()) {
      ++w;
      continue;
    }
    before.push_back(words[w]);
  }
  if (before.size() > 3) before.erase(before.begin(), before.end() - 3);
  // An aside set off by commas right before the verb ("HARRISON, calling
  // it the final effort of his side, offered") names no subject.
  size_t aside_from = std::string_view::npos;
  if (std::string_view head = TrimView(lower.substr(0, last));
      head.ends_with(',')) {
    size_t open = head.rfind(", ", head.size() - 1);
    if (open != std::string_view::npos) aside_from = open;
  }
  for (std::string_view w : before) {
    if (!cues_.Contains("collective", StripTrailing(w, ","))) continue;
    // "tabled in the name of our side the following proposals": a body
    // in whose name ("in the name of", "on behalf of") is not who tables.
    auto at = std::ranges::find_if(
        words, [&](std::string_view x) { return x.data() == w.data(); });
    size_t i = static_cast<size_t>(at - words.begin());
    auto in_name_of = [&](size_t of) {
      return of >= 1 && of < i && words[of] == "of" &&
             (words[of - 1] == "name" || words[of - 1] == "behalf");
    };
    if ((i >= 2 && in_name_of(i - 1)) || (i >= 3 && in_name_of(i - 2)))
      continue;
    // "Our delegation intends to table the following proposal": the
    // writers' own body puts their points forward.
    if (i >= 1 &&
        cues_.Contains("first_person", " " + std::string(words[i - 1]) + " "))
      continue;
    if (static_cast<size_t>(w.data() - lower.data()) > aside_from) continue;
    // "the head of the American delegation HARRISON put forward": the
    // person named after the body, in apposition, puts it forward.
    size_t after = static_cast<size_t>(w.data() - lower.data()) + w.size();
    std::string_view between = text.substr(after, last - after);
    for (const Mention& m : gazetteer_.FindMentions(between, 0))
      if (m.entry->kind == NodeKind::kPerson) return false;
    return true;
  }
  return false;
}

bool PageReader::LeadsIntoProposal(std::string_view line) const {
  line = TrimView(line);
  if (!line.ends_with(':') && !line.ends_with("\uFF1A")) return false;
  std::string lower = LowerText(LastSentence(line));
  return cues_.Contains("proposing", lower) ||
         cues_.Contains("list_lead", lower);
}

bool PageReader::FirstPersonProposes(std::string_view lower) const {
  for (const std::string& cue : cues_.Cues("proposing")) {
    for (size_t at = lower.find(cue); at != std::string_view::npos;
         at = lower.find(cue, at + 1)) {
      // The two words before the verb: "I propose", "we would propose",
      // "our proposals".
      std::vector<std::string_view> before = LastWords(lower.substr(0, at), 2);
      for (size_t w = 0; w < before.size(); ++w) {
        if (cues_.Contains("first_person", StripTrailing(before[w], ",")))
          return true;
      }
    }
  }
  return false;
}

// Forms of address between the verb and the name are skipped ("to have
// Cde. NAM IL put forward").
bool PageReader::WritersCause(std::string_view before) const {
  std::string lower = LowerText(before);
  std::string_view rest = lower;
  std::vector<std::string_view> last = LastWords(rest, 1);
  while (!last.empty() && cues_.Contains("address", last.front())) {
    rest = rest.substr(0, last.front().data() - rest.data());
    last = LastWords(rest, 1);
  }
  if (last.empty()) return false;
  std::string probe = " " + StripTrailing(last.front(), ",") + " ";
  if (!cues_.Contains("causative", probe)) return false;
  return cues_.Contains("first_person_subject",
                        rest.substr(0, last.front().data() - rest.data()));
}

bool PageReader::QuotedDraft(size_t d) const {
  for (size_t i = body_begin_; i < body_end_; ++i) {
    if (line_doc_[i] != static_cast<int>(d)) continue;
    if (cues_.Contains("draft", LowerText(lines_[i].text))) return true;
    for (size_t j = i; j-- > body_begin_;) {
      if (lines_[j].blank()) continue;
      return cues_.Contains("draft", LowerText(lines_[j].text));
    }
    return false;
  }
  return false;
}

bool PageReader::UnderDraftHeading(size_t d) const {
  for (size_t i = body_begin_; i < body_end_; ++i) {
    if (line_doc_[i] != static_cast<int>(d) || lines_[i].blank()) continue;
    return cues_.Is("draft_heading",
                    LowerText(StripTrailing(TrimView(lines_[i].text), ".: ")));
  }
  return false;
}

std::optional<std::pair<NodeId, Evidence>> PageReader::SpeechSubject(
    std::string_view intro) {
  std::string_view last = LastSentence(intro);
  // "... read to me the Government's position. In summary:": a last
  // sentence of a few words leads on from the one before it.
  if (Words(last).size() <= 3 && last.data() > intro.data()) {
    std::string_view before =
        TrimView(intro.substr(0, last.data() - intro.data()));
    if (!before.empty()) last = LastSentence(before);
  }
  if (auto subject = ProposingSubject(last, "speech_verb")) return subject;
  // "He then put forward ...", "On the custodial force (point (b)) he
  // said ...": a pronoun among the first words, then a verb within a few.
  std::vector<std::string_view> ws = FirstWords(last, 8);
  // "the main points of his replies ... are these:": what he said, named by
  // a possessive.
  static constexpr std::string_view kPossessives[] = {"his", "her", "его",
                                                      "её"};
  auto possessive = [](std::string_view w) {
    std::string lw = LowerText(StripTrailing(w, ","));
    return std::find(std::begin(kPossessives), std::end(kPossessives), lw) !=
           std::end(kPossessives);
  };
  auto pronoun = std::find_if(ws.begin(), ws.end(), [&](std::string_view w) {
    std::string lw = LowerText(StripTrailing(w, ","));
    return lw == "he" || lw == "she" || lw == "он" || lw == "она" ||
           possessive(w);
  });
  if (pronoun == ws.end()) {
    if (auto source = AttributedTo(intro)) return source;
    return StatementBy(intro, last);
  }
  std::string_view from = last.substr(pronoun->data() - last.data());
  std::string head =
      LowerText(from.substr(0, std::min<size_t>(from.size(), 40)));
  if (possessive(*pronoun) ? !cues_.Contains("speech_noun", head)
                           : !cues_.Contains("speech_verb", head) &&
                                 !cues_.Contains("proposing", head) &&
                                 !cues_.Contains("reading_out", head))
    return std::nullopt;
  // The one named last before a verb of speech, a word ("then") at most
  // between them.
  std::string_view before = intro.substr(0, last.data() - intro.data());
  std::vector<Mention> mentions =
      gazetteer_.FindMentions(before, Offset(before));
  const Mention* named = nullptr;
  // "Harrison opened the session by informing the Communists ... He then
  // set forth": the only one the paragraph names before the pronoun.
  const Mention* only = nullptr;
  bool several = false;
  for (const Mention& m : mentions) {
    if (m.entry->kind != NodeKind::kPerson) continue;
    several = several || (only != nullptr && only->entry != m.entry);
    only = &m;
  }
  for (const Mention& m : mentions) {
    if (m.entry->kind != NodeKind::kPerson) continue;
    std::string rest = LowerText(
        before.substr(std::min(before.size(), m.end - Offset(before)), 40));
    std::vector<std::string_view> next = Words(rest);
    // The first word, or the first two ("then said"), between spaces.
    auto speaks_in = [&](size_t words) {
      std::string probe = " ";
      for (size_t k = 0; k < words && k < next.size(); ++k) {
        probe.append(next[k]);
        probe.push_back(' ');
      }
      return cues_.Contains("speech_verb", probe);
    };
    if (next.empty() || !(speaks_in(1) || (next.size() > 1 && speaks_in(2))))
      continue;
    named = &m;
  }
  if (named == nullptr && !several) named = only;
  // "Maj Gen Lee Sang Cho, the senior Communist member, again turned down
  // the proposal which Rear Adm R. E. Libby had made ... He ... then
  // tabled": the subject of the sentence before, named first, a verb after
  // it (past an aside set off by commas).
  if (named == nullptr && several) {
    std::string_view prior = LastSentence(TrimView(before));
    size_t prior_at = Offset(prior);
    for (const Mention& m : mentions) {
      if (m.entry->kind != NodeKind::kPerson || m.start < prior_at) continue;
      std::string_view rest =
          before.substr(std::min(before.size(), m.end - Offset(before)));
      while (rest.starts_with(' ')) rest.remove_prefix(1);
      if (rest.starts_with(",")) {
        size_t close = rest.find(", ", 1);
        rest = close == std::string_view::npos || close > 60
                   ? std::string_view()
                   : rest.substr(close + 2);
      }
      std::vector<std::string_view> next = FirstWords(rest, 1);
      if (!next.empty() &&
          std::islower(static_cast<unsigned char>(next[0][0])) &&
          next[0] != "and" && next[0] != "of")
        named = &m;
      break;
    }
  }
  if (named == nullptr) return std::nullopt;
  Evidence ev = Ev(named->start, named->end);
  return std::make_pair(
      AddEntity(*named->entry, named->surface, named->codename, ev), ev);
}

std::optional<std::pair<NodeId, Evidence>> PageReader::AttributedTo(
    std::string_view paragraph) {
  // "In ZHOU ENLAI's words, the Chinese government ... The Chinese comrades
  // intend to act as follows:", "По словам ЧЖОУ ЭНЬЛАЯ, ...": a paragraph
  // that opens by naming whose account it gives.
  std::string_view first = FirstSentence(paragraph);
  for (const Mention& m : gazetteer_.FindMentions(first, Offset(first))) {
    if (m.entry->kind != NodeKind::kPerson) continue;
    size_t at = m.start - Offset(first);
    std::string before = LowerText(first.substr(0, at));
    std::string_view after = first.substr(m.end - Offset(first));
    bool attributed =
        after.starts_with("'s words,") || after.starts_with("’s words,");
    for (const std::string& cue : cues_.Cues("attribution"))
      attributed = attributed || before == cue + " " || before == cue;
    if (!attributed) return std::nullopt;
    Evidence ev = Ev(m.start, m.end);
    return std::make_pair(AddEntity(*m.entry, m.surface, m.codename, ev), ev);
  }
  return std::nullopt;
}

std::optional<std::pair<NodeId, Evidence>> PageReader::StatementBy(
    std::string_view intro, std::string_view last) {
  // "... broadcast a statement by Chou En-lai ... on the POW question. Main
  // points as monitored here follow. Quote:": the points that follow are
  // those of the statement the paragraph names as someone's.
  if (LowerText(last).find("follow") == std::string::npos) return std::nullopt;
  for (const Mention& m : gazetteer_.FindMentions(intro, Offset(intro))) {
    if (m.entry->kind != NodeKind::kPerson) continue;
    std::vector<std::string_view> before =
        LastWords(intro.substr(0, m.start - Offset(intro)), 2);
    if (before.size() < 2 || LowerText(before[1]) != "by") continue;
    std::string noun = " " + LowerText(StripTrailing(before[0], ",")) + " ";
    if (!cues_.Contains("speech_noun", noun)) continue;
    Evidence ev = Ev(m.start, m.end);
    return std::make_pair(AddEntity(*m.entry, m.surface, m.codename, ev), ev);
  }
  return std::nullopt;
}

std::optional<std::pair<NodeId, Evidence>> PageReader::ProposingSubject(
    std::string_view text, std::string_view verbs, bool* caused, bool nearest) {
  std::string lower = LowerText(text);
  // The proposing verbs, and the person named last before one, with
  // nothing but forms of address between ("Comrade KIM IL SUNG raised").
  // "… our principles 6 and 7, which Comrade NAM IL tabled …, and TURNER
  // put forward … the following points:": the nearest verb is Turner's.
  std::vector<size_t> at_verbs;
  for (const std::string& cue : cues_.Cues(verbs)) {
    for (size_t at = lower.find(cue); at != std::string::npos;
         at = nearest ? lower.find(cue, at + 1) : std::string::npos)
      at_verbs.push_back(at);
  }
  if (at_verbs.empty()) return std::nullopt;
  std::sort(at_verbs.begin(), at_verbs.end());
  if (!nearest) return SubjectOfVerb(text, at_verbs.front(), caused);
  for (auto v = at_verbs.rbegin(); v != at_verbs.rend(); ++v) {
    bool verb_caused = false;
    if (auto subject = SubjectOfVerb(text, *v, &verb_caused)) return subject;
    if (verb_caused) {
      if (caused != nullptr) *caused = true;
      return std::nullopt;
    }
  }
  return std::nullopt;
}

std::optional<std::pair<NodeId, Evidence>> PageReader::SubjectOfVerb(
    std::string_view text, size_t verb, bool* caused) {
  std::optional<std::pair<NodeId, Evidence>> subject;
  size_t subject_start = 0, subject_end = 0;
  // An aside set off by commas ("NAM IL, with the agreement of Comrades KIM
  // IL SUNG and PENG DEHUAI, will put forward"): its names are no subject,
  // and its words do not part the subject from the verb.
  size_t aside_from = std::string::npos, aside_words = 0;
  for (size_t comma = AsideComma(text, 0);
       comma != std::string_view::npos && comma < verb;
       comma = AsideComma(text, comma + 1)) {
    std::string next = LowerText(text.substr(comma + 2, 12));
    // "Pillai, Secretary General of External Affairs, asked": an office
    // set off after a name, naming no one else.
    size_t next_at = comma + 2;
    bool office = next_at < text.size() &&
                  text::IsUpper(text::NextCodePoint(text, next_at));
    if (office) {
      size_t close = text.find(", ", comma + 2);
      bool names_person = false;
      if (close != std::string_view::npos)
        for (const Mention& m : gazetteer_.FindMentions(
                 text.substr(comma + 2, close - comma - 2), 0))
          names_person = names_person || m.entry->kind == NodeKind::kPerson;
      office = close != std::string_view::npos && !names_person;
    }
    // "HARRISON, calling it the "final effort" of his side, offered": a
    // participle's phrase.
    std::vector<std::string_view> first = FirstWords(next, 1);
    bool participle = !first.empty() && first[0].size() > 4 &&
                      first[0].ends_with("ing") && first[0] != "during";
    // "Hodes, as authorized by your msg of 13 Nov,2 tabled": a manner.
    if (office || participle || next.rfind("with ", 0) == 0 ||
        next.rfind("с ", 0) == 0 || next.rfind("in the name", 0) == 0 ||
        next.rfind("on behalf", 0) == 0 || next.rfind("as ", 0) == 0) {
      size_t close = AsideComma(text, comma + 1);
      if (close != std::string_view::npos && close < verb) {
        aside_from = comma;
        aside_words = Words(text.substr(comma, close + 1 - comma)).size();
        break;
      }
    }
  }
  // "a letter from KIM IL SUNG and PENG DEHUAI to RIDGWAY is to propose":
  // names after a preposition, and those joined to them, are its objects.
  size_t object_end = std::string::npos;
  for (const Mention& m :
       gazetteer_.FindMentions(text.substr(0, verb), Offset(text))) {
    if (m.entry->kind != NodeKind::kPerson) continue;
    size_t at = m.start - Offset(text);
    std::string before =
        LowerText(text.substr(at > 12 ? at - 12 : 0, at > 12 ? 12 : at));
    std::vector<std::string_view> last = LastWords(before, 1);
    bool joined = object_end != std::string::npos && at >= object_end &&
                  cues_.Is("name_joiner",
                           TrimView(text.substr(object_end, at - object_end)));
    object_end = std::string::npos;
    if (joined || (!last.empty() && cues_.Is("object_preposition", last[0]))) {
      object_end = m.end - Offset(text);
      continue;
    }
    if (aside_from != std::string::npos && at > aside_from &&
        AsideComma(text, aside_from + 1) > at)
      continue;
    Evidence ev = Ev(m.start, m.end);
    subject = {AddEntity(*m.entry, m.surface, m.codename, ev), ev};
    subject_start = at;
    subject_end = m.end - Offset(text);
  }
  if (!subject) return std::nullopt;
  if (WritersCause(text.substr(0, subject_start))) {
    if (caused != nullptr) *caused = true;
    return std::nullopt;
  }
  // Only a few words may stand between the name and its verb ("Nam Il
  // proposed", "KIM IL SUNG is expected to put forward").
  size_t between = Words(text.substr(subject_end, verb - subject_end)).size();
  if (aside_from != std::string::npos && aside_from >= subject_end)
    between -= std::min(between, aside_words);
  if (between > 4) return std::nullopt;
  return subject;
}

Value PageReader::ProposalModality(const DocDraft& doc, const NodeId& person,
                                   bool planned) const {
  Value props = Value::MakeObject();
  bool writer =
      std::any_of(doc.authors.begin(), doc.authors.end(),
                  [&](const DocDraft::Party& a) { return a.id == person; });
  if (writer) {
    props[prop::kModality] = prop::kProposed;
    return props;
  }
  props[prop::kModality] = planned ? prop::kPlanned : prop::kReported;
  if (!doc.authors.empty()) props[prop::kReportedBy] = doc.authors.front().id;
  return props;
}
}  // namespace parley::importers::detail
