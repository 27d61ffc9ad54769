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

std::vector<std::pair<size_t, std::string>> PageReader::IntroTopics(
    const std::vector<LangPoints>& per_lang,
    const std::vector<std::vector<std::string>>& topics) const {
  std::vector<std::pair<size_t, std::string>> out;
  if (per_lang.empty()) return out;
  const LangPoints& lp = per_lang.front();
  size_t n = std::min(lp.points.size(), topics.size());
  for (size_t k = 0; k < n; ++k) {
    size_t intro = lp.intro_lines[k];
    if (!topics[k].empty() || intro == lp.points[k].line) continue;
    for (std::string& t : topics_.Classify(LastSentence(lines_[intro].text))) {
      bool shared = false;
      for (size_t j = 0; j < n && !shared; ++j)
        shared = j != k && lp.intro_lines[j] == intro &&
                 std::ranges::count(topics[j], t) > 0;
      if (shared) out.emplace_back(k, std::move(t));
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
  // A counterproposal's own text ("Our para 3 reads: "..."") takes no
  // position either.
  if (std::any_of(per_lang.begin(), per_lang.end(), [&](const LangPoints& lp) {
        return k < lp.points.size() && lp.points[k].counter;
      })) {
    for (auto [s, e] : spans) counter_points_.push_back(Span{s, e});
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
    KeepProposedPoints(d, marked.back());
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
  for (auto& [k, topic] : IntroTopics(per_lang, list_topics)) {
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
