// Stage: who puts a list's points forward: a person the line that leads
// into them names with a proposing verb or as speaking, a document named as
// proposing and its signers, allies who agreed the points, the point's own
// first sentence, the point a letter stands under, or the writers.
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "importers/detail/page_reader.h"
#include "text/utf8.h"

namespace parley::importers::detail {

namespace {

// The persons of `named`, each once, when they are two or more and all of
// one side in the talks; else none.
std::vector<std::pair<NodeId, Evidence>> Allies(
    const Gazetteer& gazetteer,
    const std::vector<std::pair<NodeId, Evidence>>& named) {
  std::vector<std::pair<NodeId, Evidence>> allies;
  std::string side;
  for (const auto& [id, ev] : named) {
    const GazetteerEntry* e = gazetteer.FindById(id);
    std::string its = e ? gazetteer.SideOf(*e) : "";
    if (its.empty() || (!side.empty() && its != side)) return {};
    side = its;
    if (std::ranges::none_of(allies,
                             [&](const auto& a) { return a.first == id; }))
      allies.emplace_back(id, ev);
  }
  if (allies.size() < 2) return {};
  return allies;
}

}  // namespace

std::string_view PageReader::IntroText(const Point& p, size_t intro) const {
  std::string_view intro_text = lines_[intro].text;
  // "1." alone over its paragraph: the paragraph leads into the letters.
  if (auto m = MarkerOf(TrimView(intro_text));
      m && m->length >= TrimView(intro_text).size()) {
    size_t k = intro + 1;
    while (k < body_end_ && lines_[k].blank()) ++k;
    if (k < body_end_ && kinds_[k] == LineKind::kText)
      intro_text = lines_[k].text;
  }
  if (p.inline_intro_end > 0) {
    intro_text = text_.substr(lines_[intro].trim_start,
                              p.inline_intro_end - lines_[intro].trim_start);
  }
  return intro_text;
}

void PageReader::IntroProposers(size_t d, const Point& p, size_t intro,
                                ClauseProposers& out) {
  const DocDraft& doc = docs_[d];
  std::string_view intro_text = IntroText(p, intro);
  std::string intro_lower = LowerText(intro_text);
  std::string_view own = text_.substr(p.text_start, p.text_end - p.text_start);
  bool introduced = intro != p.line || p.inline_intro_end > 0;
  // "... наша делегация во главе с НАМ ИРОМ готовится внести предложения
  // ... Мы согласовали наши соображения с ПЭН ДЭ-ХУАЕМ и хотели бы знать
  // Ваше мнение о них:": a last sentence in the writers' own voice, neither
  // proposing nor agreeing a text itself, makes the points theirs, whoever
  // the sentences before name.
  bool writers_voice = false;
  if (std::string_view sentence = LastSentence(intro_text);
      introduced && sentence.size() < intro_text.size()) {
    std::string last = LowerText(sentence);
    std::vector<std::string_view> ws = Words(last);
    // "Following are our views and your instructions:" names the points
    // the writers' own, whatever its first word.
    writers_voice = !ws.empty() &&
                    (cues_.Contains("first_person", ws[0]) ||
                     cues_.Contains("writers_views", last)) &&
                    !cues_.Contains("proposing", last) &&
                    !cues_.Contains("agreed", last);
  }
  // "we have agreed with Comrade KIM IL SUNG on the following line": the
  // writers consulted another, and the points are theirs.
  std::string last_lower = LowerText(LastSentence(intro_text));
  bool consulted = introduced && cues_.Contains("agreed_with", last_lower) &&
                   cues_.Contains("first_person_subject", last_lower);
  // "2. Nam Il proposed that ..."; not "1. We agree with Comrade LI
  // KENONG's first proposal": a name in the possessive owns the noun.
  // Only the first sentence: "1. We agree with point one. ... stand behind
  // the plan Comrade Nam Il put forward" is no point of Nam Il's.
  std::string_view opening = FirstSentence(own);
  opening = opening.substr(0, std::min<size_t>(opening.size(), 120));
  std::optional<std::pair<NodeId, Evidence>> own_subject =
      ProposingSubject(opening);
  if (own_subject) {
    size_t at = opening.find(own_subject->second.quote);
    std::string_view after =
        at == std::string_view::npos
            ? std::string_view()
            : opening.substr(at + own_subject->second.quote.size());
    if (after.starts_with("'s") || after.starts_with("’s")) own_subject.reset();
  }
  if (own_subject) {
    out.persons.push_back(*own_subject);
  } else if (writers_voice || consulted) {
    for (const DocDraft::Party& a : doc.authors)
      out.persons.emplace_back(a.id, LineEv(intro));
  } else if (introduced && !FirstPersonProposes(intro_lower) &&
             (cues_.Contains("agreed", LastSentence(intro_lower)) ||
              (cues_.Contains("agreed", intro_lower) &&
               !cues_.Contains("proposing", intro_lower)) ||
              CollectiveProposes(intro_text))) {
    AgreedLeadProposers(intro_text, out);
    // "Zhou Enlai said that ... In accordance with them the Chinese side
    // proposes the following steps:": in a record of conversation a side's
    // proposal is put forward by the one who speaks for it.
    if (out.no_person && !cues_.Contains("agreed", last_lower) &&
        CollectiveProposes(intro_text)) {
      if (auto speaker = ConversationSpeaker(d, intro, intro_text)) {
        out.persons.push_back(*speaker);
        out.no_person = false;
      }
    }
  } else if (introduced && cues_.Contains("proposing", intro_lower)) {
    ProposingLeadProposers(d, intro, intro_text, out);
  } else if (introduced && !out.no_person) {
    // The points a speaker states in a record of conversation ("STALIN
    // ... will press for the following:") are the speaker's, as are those
    // one a report names as speaking ("On 30 July ZHOU ENLAI informed me
    // of the following:").
    if (auto speaker = Speaker(intro)) {
      out.persons.push_back(*speaker);
    } else if (auto subject = SpeechSubject(intro_text)) {
      out.persons.push_back(*subject);
    } else if (auto spoken = ConversationSpeaker(d, intro, intro_text)) {
      out.persons.push_back(*spoken);
    }
  }
}

std::optional<std::pair<NodeId, Evidence>> PageReader::ConversationSpeaker(
    size_t d, size_t intro, std::string_view intro_text) {
  if (record_.doc_type != "record of conversation") return std::nullopt;
  // The paragraph that ends with the introduction, then the one before it
  // ("Zhou Enlai said that ... he wished to set out to me the considerations
  // ... They come down to the following:"), read from their last sentence
  // back.
  size_t end = Offset(intro_text) + intro_text.size();
  size_t line = intro;
  while (line + 1 < body_end_ &&
         Offset(lines_[line].text) + lines_[line].text.size() < end)
    ++line;
  for (int paragraph = 0; paragraph < 2; ++paragraph) {
    if (line < body_begin_ || kinds_[line] != LineKind::kText)
      return std::nullopt;
    size_t first = line;
    while (first > body_begin_ && !lines_[first - 1].blank() &&
           kinds_[first - 1] == LineKind::kText)
      --first;
    size_t begin = Offset(lines_[first].text);
    if (paragraph > 0)
      end = Offset(lines_[line].text) + lines_[line].text.size();
    std::string_view rest = text_.substr(begin, end > begin ? end - begin : 0);
    for (rest = TrimView(rest); !rest.empty(); rest = TrimView(rest)) {
      std::string_view sentence = LastSentence(rest);
      if (sentence.empty()) break;
      // "I replied to KIRK that ... and I set it out as follows:": the
      // writer speaks.
      std::vector<std::string_view> opening = FirstWords(sentence, 3);
      if (std::ranges::any_of(opening, [&](std::string_view w) {
            return cues_.Contains("first_person_subject",
                                  LowerText(StripTrailing(w, ",")));
          }))
        return std::nullopt;
      if (auto subject = ProposingSubject(sentence, "speech_verb")) {
        // The writer speaks as "I": a name he speaks to is no speaker.
        bool writer = std::ranges::any_of(
            docs_[d].authors,
            [&](const DocDraft::Party& a) { return a.id == subject->first; });
        if (!writer) return subject;
      }
      if (sentence.data() <= rest.data()) break;
      rest = rest.substr(0, static_cast<size_t>(sentence.data() - rest.data()));
    }
    if (first == body_begin_) return std::nullopt;
    line = first - 1;
    while (line > body_begin_ && lines_[line].blank()) --line;
  }
  return std::nullopt;
}

void PageReader::AgreedLeadProposers(std::string_view intro_text,
                                     ClauseProposers& out) {
  // An agreed text ("the agenda ... was agreed and formally adopted"), or
  // one a body put forward ("the Communist delegation put forward the
  // agenda below"): no person proposed it, unless the paragraph names who
  // read the body's proposal out at the table ("NAM IL read out ... the
  // answer ... The Korean-Chinese side proposed:").
  std::string intro_lower = LowerText(intro_text);
  bool agreed_last = cues_.Contains("agreed", LastSentence(intro_lower));
  std::optional<std::pair<NodeId, Evidence>> reader;
  if (!agreed_last && cues_.Contains("reading_out", intro_lower))
    reader = ProposingSubject(intro_text, "reading_out");
  // "KIM IL SUNG said that he and Cde. PENG DEHUAI had agreed on the
  // following measures": allies agreed them among themselves, and they put
  // them forward.
  std::vector<std::pair<NodeId, Evidence>> allies =
      agreed_last ? Allies(gazetteer_, PersonsIn(LastSentence(intro_text)))
                  : std::vector<std::pair<NodeId, Evidence>>{};
  if (reader) {
    out.persons.push_back(*reader);
  } else if (!allies.empty()) {
    out.persons = allies;
  } else {
    out.no_person = true;
  }
}

void PageReader::ProposingLeadProposers(size_t d, size_t intro,
                                        std::string_view intro_text,
                                        ClauseProposers& out) {
  const DocDraft& doc = docs_[d];
  // "I propose:", "our proposals are as follows:": the writers; "Comrade
  // KIM IL SUNG raised the following questions:": the one named before the
  // verb. The sentence that leads into the points speaks for them when it
  // has such a verb, not one before it ("... Ridgway again proposes that the
  // talks be moved to Songhyon-ni. We consider it advisable to answer him
  // with proposals of our own, as follows:").
  std::string_view lead = intro_text;
  if (std::string_view sentence = LastSentence(intro_text);
      sentence.size() < intro_text.size() &&
      cues_.Contains("proposing", LowerText(sentence))) {
    lead = sentence;
  }
  // "Having discussed the matter with Comrades LI KENONG and XIE FANG, we
  // consider that our side should come forward with the following
  // proposal:": "we", right after the names, is the sentence's subject;
  // not in a clause further on ("Cde. XIE FANG replied in our name that
  // airfields are an internal affair which we will not discuss, and put
  // forward the following:").
  std::vector<std::pair<NodeId, Evidence>> named = PersonsIn(lead);
  bool we_after_names = false;
  if (!named.empty()) {
    size_t after = named.back().second.end - Offset(lead);
    std::string rest = LowerText(lead.substr(std::min(after, lead.size())));
    std::vector<std::string_view> ws = Words(rest);
    if (ws.size() > 3) rest.resize(ws[3].data() - rest.data());
    we_after_names = cues_.Contains("first_person_subject", rest);
  }
  // "According to NAM IL, the letter proposes the following:": the letter
  // a sentence before names proposes, and so those who signed it ("a
  // letter signed by KIM IL SUNG and PENG DEHUAI").
  std::string lead_lower = LowerText(lead);
  for (const std::string& cue : cues_.Cues("document_proposes")) {
    size_t at = lead_lower.find(cue);
    if (at == std::string::npos) continue;
    std::vector<std::string_view> words = FirstWords(cue, 2);
    if (words.size() < 2) continue;
    // The noun's stem ("письм" of "письме"): its first five letters.
    std::string_view noun =
        words[0] == "the" || words[0] == "в" ? words[1] : words[0];
    size_t letters = 0, cut = 0;
    while (cut < noun.size() && letters++ < 5) text::NextCodePoint(noun, cut);
    noun = noun.substr(0, cut);
    std::string_view before = lead.substr(0, at);
    for (size_t j : LinesBefore(intro + 1, 3)) {
      std::string_view t = j == intro ? before : lines_[j].text;
      size_t named = LowerText(t).rfind(noun);
      if (named == std::string::npos) continue;
      out.persons = IntroAuthors(t.substr(named));
      if (!out.persons.empty()) return;
    }
  }
  bool caused = false;
  std::optional<std::pair<NodeId, Evidence>> subject =
      ProposingSubject(lead, "proposing", &caused, /*nearest=*/true);
  // "... GARRISON [Harrison] tabled a revised proposal ... In substance the
  // enemy's proposal comes down to the following:": a last sentence that
  // names no one and nobody ("The UNC proposal ..."), in no first person,
  // speaks of the proposal a sentence before it has someone table.
  if (!subject && !caused && lead.size() < intro_text.size() &&
      gazetteer_.FindMentions(lead, Offset(lead)).empty()) {
    bool first_person =
        std::ranges::any_of(Words(lead_lower), [&](std::string_view w) {
          return cues_.Contains("first_person", StripTrailing(w, ",.:;"));
        });
    std::string_view before = intro_text.substr(
        0, static_cast<size_t>(lead.data() - intro_text.data()));
    if (!first_person)
      subject = ProposingSubject(before, "proposing", &caused,
                                 /*nearest=*/true);
  }
  // "Having gone through the reports of Cde. LI KENONG, we mean to propose
  // the following": the name before "we" is no subject of the verb.
  if (subject && we_after_names && subject->first == named.back().first) {
    size_t after = named.back().second.end - Offset(lead);
    // The word right after the name, past its comma.
    std::string next;
    for (std::string_view w :
         FirstWords(lead.substr(std::min(after, lead.size())), 2)) {
      next = LowerText(StripTrailing(w, ","));
      if (!next.empty()) break;
    }
    if (!next.empty() &&
        cues_.Contains("first_person_subject", " " + next + " "))
      subject.reset();
  }
  if (subject) {
    out.persons.push_back(*subject);
  } else if (we_after_names || caused) {
    for (const DocDraft::Party& a : doc.authors)
      out.persons.emplace_back(a.id, LineEv(intro));
  } else if (!FirstPersonProposes(LowerText(lead))) {
    for (auto& person : named) {
      bool addressee = std::any_of(
          doc.recipients.begin(), doc.recipients.end(),
          [&](const DocDraft::Party& r) { return r.id == person.first; });
      if (!addressee) out.persons.push_back(person);
    }
  }
  if (!out.persons.empty()) return;
  if (auto speaker = Speaker(intro)) {
    out.persons.push_back(*speaker);
  } else if (auto subject = SpeechSubject(intro_text)) {
    out.persons.push_back(*subject);
  } else if (!doc.recorded) {
    for (const DocDraft::Party& a : doc.authors)
      out.persons.emplace_back(a.id, LineEv(intro));
  }
}

ClauseProposers PageReader::ProposersOf(size_t d,
                                        const std::vector<LangPoints>& per_lang,
                                        size_t k, const Evidence& first) {
  const DocDraft& doc = docs_[d];
  // Who puts the points forward: a person the introduction names with a
  // proposing verb ("NAM IL is expected to put forward these points"),
  // else the document's authors.
  ClauseProposers out;
  for (const LangPoints& lp : per_lang) {
    if (k < lp.points.size())
      IntroProposers(d, lp.points[k], lp.intro_lines[k], out);
  }
  // Letters under a numbered point that leads into them ("3. Before the
  // explanations begin the Commission must: a) ...") are put forward by
  // whoever the point's introduction has put it forward.
  auto numbered = [](const Point& p) {
    return !p.ordinal.empty() &&
           std::isdigit(static_cast<unsigned char>(p.ordinal[0]));
  };
  for (const LangPoints& lp : per_lang) {
    if (!out.persons.empty() || out.no_person || k >= lp.points.size() ||
        numbered(lp.points[k]))
      break;
    for (size_t j = k; j-- > 0;) {
      if (lp.points[j].line != lp.intro_lines[k]) continue;
      if (numbered(lp.points[j])) {
        ClauseProposers parent;
        for (const LangPoints& each : per_lang) {
          if (j < each.points.size())
            IntroProposers(d, each.points[j], each.intro_lines[j], parent);
        }
        out.persons = parent.persons;
        out.no_person = parent.no_person;
      }
      break;
    }
  }
  // A draft its sender quotes ("the draft text of an agreement", "(draft)")
  // says what the sides "have agreed" of an agreement to come; one headed
  // "Draft" alone, attached, is what the sender would have sent. Unless it
  // names writers of its own, its sender puts the points forward; "the
  // Indian Draft Resolution" is not his.
  if (out.persons.empty() && doc.authors.empty() && doc.parent >= 0 &&
      (out.no_person ? QuotedDraft(d) : UnderDraftHeading(d))) {
    out.no_person = false;
    for (const DocDraft::Party& a : docs_[doc.parent].authors)
      out.persons.emplace_back(a.id, first);
  }
  // The points of a proposal read out at the table and quoted in the
  // report are the one's who read it, whatever the quoted words say of
  // who recommends them ("the military commanders of both sides
  // recommend ...").
  for (const LangPoints& lp : per_lang) {
    if (k >= lp.points.size()) continue;
    int r = line_region_[lp.points[k].line];
    if (r >= 0 && regions_[r].read_by) {
      out.persons = {*regions_[r].read_by};
      out.no_person = false;
      break;
    }
    if (r >= 0 && (regions_[r].agreed || regions_[r].tabled)) {
      out.persons.clear();
      out.no_person = true;
      break;
    }
  }
  // Else the writers; a recorder wrote down what others put forward.
  if (out.persons.empty() && !out.no_person && !doc.recorded) {
    for (const DocDraft::Party& a : doc.authors)
      out.persons.emplace_back(a.id, first);
  }
  // How the document holds the proposal: its writers' own, or another's
  // the writers report, done or to come ("NAM IL is expected to put
  // forward these points").
  for (const LangPoints& lp : per_lang) {
    if (k >= lp.points.size()) continue;
    const Point& p = lp.points[k];
    size_t intro = lp.intro_lines[k];
    std::string_view intro_text =
        intro != p.line ? lines_[intro].text
        : p.inline_intro_end > 0
            ? text_.substr(lines_[intro].trim_start,
                           p.inline_intro_end - lines_[intro].trim_start)
            : std::string_view();
    std::string own = LowerText(text_.substr(
        p.text_start, std::min<size_t>(p.text_end - p.text_start, 120)));
    if (cues_.Contains("planned", LowerText(intro_text)) ||
        cues_.Contains("planned", own)) {
      out.planned = true;
    }
  }
  return out;
}

}  // namespace parley::importers::detail
