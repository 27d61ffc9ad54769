// Stage: points and clauses: numbered and lettered points in each language,
// aligned across languages, with their terms, topics, places and proposers.
#include <algorithm>
#include <cctype>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "graph/props.h"
#include "importers/clause_terms.h"
#include "importers/detail/page_reader.h"
#include "text/utf8.h"

namespace parley::importers::detail {

namespace prop = graph::prop;

namespace {

// The topic of a list of four points or more that two thirds of its points
// carry passes to a point that has only instruments of others (a
// commission), when a point of the list carries the topic beside them:
// among prisoner points, "The commission decides by unanimous vote" speaks
// of the commission that holds the prisoners.
std::vector<std::pair<size_t, std::string>> ListTopics(
    const TopicList& list,
    const std::vector<std::vector<std::string>>& topics) {
  std::vector<std::pair<size_t, std::string>> out;
  size_t n = topics.size();
  if (n < 4) return out;
  std::map<std::string, size_t> carriers;
  for (const std::vector<std::string>& set : topics)
    for (const std::string& t : set) ++carriers[t];
  auto most = std::max_element(
      carriers.begin(), carriers.end(),
      [](const auto& a, const auto& b) { return a.second < b.second; });
  if (most == carriers.end() || most->second * 3 < n * 2) return out;
  const std::string& list_topic = most->first;
  auto has = [](const std::vector<std::string>& set, const std::string& t) {
    return std::find(set.begin(), set.end(), t) != set.end();
  };
  for (size_t i = 0; i < n; ++i) {
    if (topics[i].empty() || has(topics[i], list_topic) ||
        !std::all_of(
            topics[i].begin(), topics[i].end(),
            [&](const std::string& t) { return list.IsInstrument(t); }))
      continue;
    bool beside = std::any_of(topics.begin(), topics.end(), [&](const auto& j) {
      return has(j, list_topic) &&
             std::all_of(topics[i].begin(), topics[i].end(),
                         [&](const std::string& own) { return has(j, own); });
    });
    if (beside) out.emplace_back(i, list_topic);
  }
  return out;
}

// "a) b) v) g) d)": a translation that prints a Russian list's letters
// transliterated. Each such point keeps the Russian letter too, so that a
// reply naming "пункт «в»" finds it.
void KeepRussianLetters(graph::Fragment& fragment,
                        const std::vector<NodeId>& list_ids) {
  static constexpr std::pair<std::string_view, std::string_view> kLetters[] = {
      {"a", "а"}, {"b", "б"},  {"v", "в"}, {"g", "г"}, {"d", "д"},
      {"e", "е"}, {"zh", "ж"}, {"z", "з"}, {"i", "и"}, {"k", "к"}};
  std::vector<Node*> lettered;
  for (const NodeId& id : list_ids) {
    Node* clause = fragment.FindNode(id);
    if (clause == nullptr) continue;
    const Value* o = clause->props.Get(prop::kOrdinal);
    std::string ordinal = o != nullptr && o->is_string() ? o->as_string() : "";
    if (lettered.size() < std::size(kLetters) &&
        ordinal == kLetters[lettered.size()].first)
      lettered.push_back(clause);
  }
  if (lettered.size() < 3) return;  // "a", "b" are any alphabet's
  for (size_t k = 0; k < lettered.size(); ++k) {
    Value& ordinals = lettered[k]->props[prop::kOrdinals];
    if (!ordinals.is_object()) {
      ordinals = Value::MakeObject();
      ordinals["en"] = std::string(kLetters[k].first);
    }
    if (ordinals.Get("ru") == nullptr)
      ordinals["ru"] = std::string(kLetters[k].second);
  }
}

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

std::vector<std::pair<size_t, std::string>> PageReader::AnaphoricTopics(
    const std::vector<LangPoints>& per_lang,
    const std::vector<std::vector<std::string>>& topics) const {
  // Each point's anaphors of topics it does not carry yet.
  std::vector<std::pair<size_t, std::string>> found;
  for (size_t k = 0; k < topics.size(); ++k) {
    std::set<std::string> own;
    for (const LangPoints& lp : per_lang) {
      if (k >= lp.points.size()) continue;
      const Point& p = lp.points[k];
      for (std::string& t : topics_.Anaphoric(
               text_.substr(p.text_start, p.text_end - p.text_start)))
        own.insert(std::move(t));
    }
    for (const std::string& t : own)
      if (std::find(topics[k].begin(), topics[k].end(), t) == topics[k].end())
        found.emplace_back(k, t);
  }
  if (found.empty()) return found;
  // The topics the list names in full: its points' and the lines that
  // lead into them.
  std::set<std::string> named;
  for (const std::vector<std::string>& set : topics)
    named.insert(set.begin(), set.end());
  for (const LangPoints& lp : per_lang) {
    std::set<size_t> intros(lp.intro_lines.begin(), lp.intro_lines.end());
    for (size_t line : intros)
      for (std::string& t : topics_.Classify(lines_[line].text))
        named.insert(std::move(t));
  }
  std::erase_if(found, [&](const auto& f) { return !named.count(f.second); });
  return found;
}

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
    writers_voice = !ws.empty() && cues_.Contains("first_person", ws[0]) &&
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
    }
  }
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
  if (auto subject =
          ProposingSubject(lead, "proposing", &caused, /*nearest=*/true)) {
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
  // Letters under a point that leads into them ("3. Before the
  // explanations begin the Commission must: a) ...") are put forward by
  // whoever puts the point forward.
  for (const LangPoints& lp : per_lang) {
    if (!out.persons.empty() || out.no_person || k >= lp.points.size()) break;
    for (size_t j = 0; j < k; ++j) {
      if (lp.points[j].line != lp.intro_lines[k]) continue;
      out = ProposersOf(d, per_lang, j, first);
      out.planned = false;
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
    if (r >= 0 && regions_[r].agreed) {
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

NodeId PageReader::AddClause(size_t d, const std::vector<LangPoints>& per_lang,
                             size_t k, std::set<std::string>& used_ids,
                             std::vector<std::string>& topic_list) {
  const DocDraft& doc = docs_[d];
  Node clause;
  clause.kind = NodeKind::kClause;
  Value text = Value::MakeObject();
  Value ordinals = Value::MakeObject();
  Value terms = Value::MakeObject();
  std::string all_text;
  std::string primary_ordinal, id_ordinal, label_text;
  std::vector<Evidence> clause_evidence;
  std::vector<std::pair<size_t, size_t>> spans;
  for (const LangPoints& lp : per_lang) {
    if (k >= lp.points.size()) continue;
    const Point& p = lp.points[k];
    std::string body = StripTrailing(
        text_.substr(p.text_start, p.text_end - p.text_start), "\"»” ");
    // The ordinal as each language prints it ("六", "6"); the id takes
    // the first language's in digits.
    const std::string& printed = p.printed.empty() ? p.ordinal : p.printed;
    if (primary_ordinal.empty()) {
      primary_ordinal = printed;
      id_ordinal = p.ordinal;
    }
    ordinals[lp.lang] = printed;
    // A page break the print joined leaves a run of spaces: one is shown.
    std::string shown;
    for (char c : body) {
      if (c != ' ' || shown.empty() || shown.back() != ' ') shown += c;
    }
    text[lp.lang] = shown;
    if (lp.lang == "en" || label_text.empty()) label_text = body;
    all_text += body + "\n";
    MergeTerms(terms, ExtractTerms(body, lp.lang));
    clause_evidence.push_back(Ev(p.text_start, p.text_start + body.size()));
    spans.emplace_back(p.text_start, p.text_start + body.size());
  }
  ClauseProposers proposers =
      ProposersOf(d, per_lang, k, clause_evidence.front());
  // Another's point the document reports: its words are his, not the
  // writer's positions (ReadReplies).
  bool another_s =
      !proposers.persons.empty() &&
      std::none_of(proposers.persons.begin(), proposers.persons.end(),
                   [&](const auto& p) {
                     return std::any_of(doc.authors.begin(), doc.authors.end(),
                                        [&](const DocDraft::Party& a) {
                                          return a.id == p.first;
                                        });
                   });
  if (another_s) {
    for (auto [s, e] : spans) reported_points_.push_back(Span{s, e});
  }
  std::string slug = graph::Slug(id_ordinal);
  clause.id =
      doc.id + "/clause-" + (slug.empty() ? std::to_string(k + 1) : slug);
  while (used_ids.count(clause.id)) clause.id += "-" + std::to_string(k + 1);
  used_ids.insert(clause.id);
  clause.label = "Point " + primary_ordinal + ": " + Abbreviate(label_text, 72);
  clause.props[prop::kOrdinal] = primary_ordinal;
  if (ordinals.as_object().size() > 1) clause.props[prop::kOrdinals] = ordinals;
  clause.props[prop::kText] = text;
  clause.props[prop::kDocument] = doc.id;
  clause.props[prop::kPosition] = static_cast<int64_t>(k + 1);
  topic_list = topics_.Classify(all_text);
  Value topics = Value::MakeArray();
  for (const std::string& t : topic_list) topics.Append(t);
  clause.props[prop::kTopics] = topics;
  // Places the clause concerns, found by the gazetteer in each language.
  Value places = Value::MakeArray();
  for (auto [s, e] : spans) {
    for (const Mention& m :
         gazetteer_.FindMentions(text_.substr(s, e - s), s)) {
      if (m.entry->kind != NodeKind::kPlace) continue;
      Evidence ev = Ev(m.start, m.end);
      AddEntity(*m.entry, m.surface, false, ev);
      places.AppendUnique(m.entry->id);
      AddEdge(clause.id, m.entry->id, EdgeKind::kConcerns, ev);
    }
  }
  if (!places.as_array().empty()) terms[prop::kPlaces] = places;
  clause.props[prop::kTerms] = terms;
  clause.evidence = clause_evidence;
  NodeId clause_id = clause.id;
  fragment_.AddNode(std::move(clause));
  AddEdge(doc.id, clause_id, EdgeKind::kHasClause, clause_evidence.front());
  for (auto& [person, ev] : proposers.persons)
    AddEdge(person, clause_id, EdgeKind::kProposes, ev,
            ProposalModality(doc, person, proposers.planned));
  return clause_id;
}

void PageReader::ReadClauses(size_t d) {
  // Languages in the order the page gives them.
  std::vector<std::string> langs;
  for (size_t i = body_begin_; i < body_end_; ++i) {
    if (line_doc_[i] != static_cast<int>(d) || kinds_[i] != LineKind::kText)
      continue;
    if (!line_lang_[i].empty() &&
        std::find(langs.begin(), langs.end(), line_lang_[i]) == langs.end()) {
      langs.push_back(line_lang_[i]);
    }
  }
  std::vector<std::vector<Point>> marked;
  bool letters_only = false;
  for (const std::string& lang : langs) {
    marked.push_back(MarkedPoints(d, lang));
    KeepProposedPoints(marked.back());
    letters_only = letters_only || ReportsAnothersPoints(d, marked.back());
  }
  std::vector<LangPoints> per_lang;
  size_t count = 0;
  for (size_t l = 0; l < langs.size(); ++l) {
    LangPoints lp = ClausePoints(d, langs[l], marked[l], letters_only);
    count = std::max(count, lp.points.size());
    if (!lp.points.empty()) per_lang.push_back(std::move(lp));
  }
  // The k-th point of each language is one clause.
  std::set<std::string> used_ids;
  std::vector<NodeId> list_ids(count);
  std::vector<std::vector<std::string>> list_topics(count);
  for (size_t k = 0; k < count; ++k)
    list_ids[k] = AddClause(d, per_lang, k, used_ids, list_topics[k]);
  KeepRussianLetters(fragment_, list_ids);
  // Topics stay in the file's order.
  std::vector<std::string> order = topics_.names();
  auto set_topics = [&](size_t k) {
    Node* clause = fragment_.FindNode(list_ids[k]);
    if (clause == nullptr) return;
    std::sort(list_topics[k].begin(), list_topics[k].end(),
              [&](const std::string& a, const std::string& b) {
                return std::find(order.begin(), order.end(), a) <
                       std::find(order.begin(), order.end(), b);
              });
    Value topics = Value::MakeArray();
    for (const std::string& t : list_topics[k]) topics.Append(t);
    clause->props[prop::kTopics] = topics;
  };
  for (auto& [k, topic] : ListTopics(topics_, list_topics)) {
    list_topics[k].push_back(topic);
    set_topics(k);
  }
  for (auto& [k, topic] : AnaphoricTopics(per_lang, list_topics)) {
    list_topics[k].push_back(topic);
    set_topics(k);
  }
  // "2. In broad outline this course might run as follows: A. ... D. ...":
  // a point that only leads into its lettered points speaks of what they
  // all speak of.
  if (per_lang.empty()) return;
  const LangPoints& lp = per_lang.front();
  for (size_t k = 0; k < lp.points.size() && k < count; ++k) {
    const Point& p = lp.points[k];
    if (p.children.empty() || !list_topics[k].empty()) continue;
    std::optional<std::vector<std::string>> shared;
    for (size_t j = k + 1;
         j < lp.points.size() && j < count && lp.intro_lines[j] == p.line &&
         lp.points[j].parent >= 0;
         ++j) {
      std::vector<std::string> child = list_topics[j];
      std::sort(child.begin(), child.end());
      if (!shared) {
        shared = std::move(child);
        continue;
      }
      std::vector<std::string> both;
      std::set_intersection(shared->begin(), shared->end(), child.begin(),
                            child.end(), std::back_inserter(both));
      shared = std::move(both);
    }
    if (!shared || shared->empty()) continue;
    list_topics[k] = std::move(*shared);
    set_topics(k);
  }
}

}  // namespace parley::importers::detail
