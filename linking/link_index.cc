// The linker's index: what it holds of each stored page, and which pages'
// links depend on which.
#include "linking/detail/link_index.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <optional>
#include <tuple>

#include "linking/detail/clause_similarity.h"
#include "text/chars.h"

namespace parley::linking {

using graph::Edge;
using graph::EdgeKind;
using graph::Node;
using graph::NodeId;
using graph::NodeKind;
using graph::Value;
namespace prop = graph::prop;

namespace {

// The letter of a lettered sub-paragraph printed with its paragraph's
// number ("13(c)", "13 c", "13c"); "" when `ordinal` is none.
std::string LetterAfterNumber(std::string_view ordinal) {
  size_t d = 0;
  while (d < ordinal.size() &&
         std::isdigit(static_cast<unsigned char>(ordinal[d])))
    ++d;
  std::string rest;
  for (char ch : ordinal.substr(d))
    if (ch != ' ' && ch != '(' && ch != ')') rest += ch;
  bool letter = rest.size() == 1 && rest[0] >= 'a' && rest[0] <= 'z';
  return d > 0 && d <= 3 && letter ? rest : "";
}

}  // namespace

std::string ChainKey(const std::string& date, const NodeId& doc) {
  return date + '\0' + doc;
}

std::string DateAuthorKey(const std::string& date, const NodeId& author) {
  return date + '\0' + author;
}

graph::Evidence ClaimEvidence(const DocInfo& reply,
                              const graph::StanceClaim& st) {
  graph::Evidence ev;
  ev.doc = reply.page;
  ev.start = static_cast<uint32_t>(st.start);
  ev.end = static_cast<uint32_t>(st.end);
  ev.quote = st.quote;
  ev.lang = st.lang;
  return ev;
}

graph::Edge StanceEdge(const DocInfo& holder_doc, const graph::StanceClaim& st,
                       const ClauseInfo& point,
                       const std::vector<std::string>& matched_by,
                       double confidence, const NodeId& holder,
                       const NodeId& via) {
  Value props = LinkProps(matched_by, confidence, {});
  props[prop::kStance] = st.stance;
  if (st.partial) props[prop::kPartial] = true;
  if (!st.supported_stance.empty())
    props[prop::kSupportedStance] = st.supported_stance;
  if (st.negated) props[prop::kNegated] = true;
  if (st.conditional) props[prop::kConditional] = true;
  if (!holder.empty()) props[prop::kHolder] = holder;
  props[prop::kVia] = via;
  props[prop::kClaimStart] = st.start;
  props[prop::kClaimEnd] = st.end;
  graph::Edge e;
  e.source = holder_doc.id;
  e.target = point.id;
  e.kind = graph::EdgeKind::kStance;
  e.props = std::move(props);
  e.evidence = {ClaimEvidence(holder_doc, st)};
  return e;
}

std::string NumberKey(std::string_view number) {
  std::string key;
  for (size_t i = 0; i < number.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(number[i]);
    if (c == ' ' || c == '-') continue;
    // En dash, em dash, non-breaking hyphen: three bytes from E2 80.
    if (c == 0xE2 && i + 2 < number.size() &&
        static_cast<unsigned char>(number[i + 1]) == 0x80) {
      i += 2;
      continue;
    }
    key.push_back(static_cast<char>(std::toupper(c)));
  }
  return key;
}

std::optional<std::chrono::sys_days> DayOf(const std::string& iso) {
  int y = 0;
  unsigned m = 0, d = 0;
  if (iso.size() != 10 ||
      std::sscanf(iso.c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3) {
    return std::nullopt;
  }
  std::chrono::year_month_day day{std::chrono::year(y), std::chrono::month(m),
                                  std::chrono::day(d)};
  if (!day.ok()) return std::nullopt;
  return std::chrono::sys_days(day);
}

std::vector<std::string> Days(const DocInfo& doc) {
  std::vector<std::string> days{doc.date};
  for (const std::string* day : {&doc.sent_day, &doc.written_day})
    if (!day->empty() && std::ranges::count(days, *day) == 0)
      days.push_back(*day);
  return days;
}

Value LinkProps(const std::vector<std::string>& matched_by, double confidence,
                const std::vector<std::string>& conflicts) {
  Value props = Value::MakeObject();
  Value how = Value::MakeArray();
  for (const std::string& m : matched_by) how.AppendUnique(m);
  props[prop::kMatchedBy] = how;
  double c = std::round(std::clamp(confidence, 0.0, 1.0) * 100) / 100;
  props[prop::kConfidence] = c;
  props[prop::kStrength] =
      c < 0.6 || !conflicts.empty() ? prop::kWeak : prop::kStrong;
  if (!conflicts.empty()) {
    Value list = Value::MakeArray();
    for (const std::string& s : conflicts) list.AppendUnique(s);
    props[prop::kConflicts] = list;
  }
  return props;
}

const NodeId& LinkIndex::Family(const DocInfo& d) const {
  const DocInfo* at = &d;
  for (int depth = 0; depth < 16 && !at->parent.empty(); ++depth) {
    auto up = docs.find(at->parent);
    if (up == docs.end()) break;
    at = &up->second;
  }
  return at->id;
}

void LinkIndex::RemovePage(const std::string& page) {
  auto it = page_nodes.find(page);
  if (it == page_nodes.end()) return;
  ForgetVersionsFrom(page);
  // Only what the page holds: a document or clause another page has since
  // given stays that page's.
  for (const NodeId& id : it->second) {
    if (auto d = docs.find(id); d != docs.end() && d->second.page == page) {
      for (const std::string& day : Days(d->second)) {
        docs_by_date[day].erase(id);
        for (const NodeId& a : d->second.authors)
          docs_by_date_author[DateAuthorKey(day, a)].erase(id);
      }
      numbered_replies_by_date[d->second.date].erase(id);
      for (const graph::Reference& r : d->second.references) {
        referrers_by_date[r.date].erase(id);
        referrers_by_number[NumberKey(r.number.value_or(""))].erase(id);
      }
      for (const std::string& n : d->second.numbers)
        docs_by_number[NumberKey(n)].erase(id);
      docs.erase(d);
    }
    if (auto c = clauses.find(id);
        c != clauses.end() && c->second.page == page) {
      for (const std::string& t : c->second.topics) {
        auto chain = topic_chains.find(t);
        if (chain == topic_chains.end()) continue;
        chain->second.erase(ChainKey(c->second.date, c->second.doc));
      }
      if (auto d = docs.find(c->second.doc); d != docs.end())
        std::erase(d->second.clause_infos, &c->second);
      clauses.erase(c);
    }
  }
  page_nodes.erase(it);
  page_hash.erase(page);
}

void LinkIndex::AddNodes(const std::string& page,
                         const std::vector<Node>& nodes,
                         const std::vector<Edge>& edges) {
  // The side and government the page gives its people and documents;
  // a person the page names without them has those the archive knows
  // (a database read again holds its people apart from their pages).
  std::unordered_map<NodeId, Camp> camps;
  for (const Node& n : nodes) {
    if (n.kind == NodeKind::kPerson || n.kind == NodeKind::kDocument) {
      if (std::string side = n.props.GetString(prop::kSide); !side.empty()) {
        Camp camp{std::move(side), n.props.GetString(prop::kGovernment)};
        if (n.kind == NodeKind::kPerson) person_camps[n.id] = camp;
        camps.emplace(n.id, std::move(camp));
      }
    }
  }
  auto camp_of = [&](const NodeId& id) -> const Camp* {
    if (auto c = camps.find(id); c != camps.end()) return &c->second;
    if (auto c = person_camps.find(id); c != person_camps.end())
      return &c->second;
    return nullptr;
  };
  for (const Node& n : nodes) {
    if (n.kind == NodeKind::kPlace) place_labels[n.id] = n.label;
    if (n.kind == NodeKind::kDocument) {
      graph::DocumentProps props = graph::DocumentProps::From(n);
      DocInfo d;
      d.id = n.id;
      d.page = page;
      d.date = std::move(props.date);
      if (std::string sent = props.sent.substr(0, 10);
          sent.size() == 10 && sent != d.date)
        d.sent_day = std::move(sent);
      if (props.written_on.size() == 10 && props.written_on != d.date)
        d.written_day = std::move(props.written_on);
      d.doc_type = std::move(props.doc_type);
      if (auto camp = camps.find(n.id); camp != camps.end())
        d.side = camp->second.side;
      d.numbers = std::move(props.numbers);
      if (!props.outgoing_number.empty())
        d.numbers.push_back(std::move(props.outgoing_number));
      d.references = std::move(props.references);
      d.stances = std::move(props.stances);
      d.restated = props.restated;
      d.stamp = ++next_stamp_;
      for (const std::string& day : Days(d)) docs_by_date[day].insert(d.id);
      if (std::ranges::any_of(d.stances, [](const graph::StanceClaim& st) {
            return !st.ordinals.empty();
          }))
        numbered_replies_by_date[d.date].insert(d.id);
      for (const graph::Reference& r : d.references) {
        referrers_by_date[r.date].insert(d.id);
        if (r.number && !r.number->empty())
          referrers_by_number[NumberKey(*r.number)].insert(d.id);
      }
      for (const std::string& num : d.numbers)
        docs_by_number[NumberKey(num)].insert(d.id);
      page_nodes[page].insert(d.id);
      docs[d.id] = std::move(d);
    } else if (n.kind == NodeKind::kClause) {
      graph::ClauseProps props = graph::ClauseProps::From(n);
      ClauseInfo c;
      c.id = n.id;
      c.page = page;
      c.doc = std::move(props.document);
      c.ordinal = props.ordinal;
      if (!props.ordinal.empty()) c.ordinals.insert(props.ordinal);
      for (const auto& [lang, o] : props.ordinals) c.ordinals.insert(o);
      // A point printed "三" is point 3 to a reply that names it so, and one
      // printed "乙" (the Stems, as Chinese letters its lists) point b, as a
      // translation prints it.
      static constexpr std::string_view kStems[] = {"甲", "乙", "丙", "丁",
                                                    "戊", "己", "庚", "辛"};
      for (const std::string& o :
           std::vector<std::string>(c.ordinals.begin(), c.ordinals.end())) {
        size_t at = 0;
        std::optional<int> n = text::ReadHanNumber(o, at);
        if (n && at == o.size()) c.ordinals.insert(std::to_string(*n));
        for (size_t k = 0; k < std::size(kStems); ++k)
          if (o == kStems[k]) c.ordinals.insert(std::string(1, 'a' + k));
        // A paragraph's lettered sub-paragraph printed with its number
        // ("13(c)", "13 c") is point c to a reply that names it "para 13
        // c".
        if (std::string letter = LetterAfterNumber(o); !letter.empty())
          c.ordinals.insert(letter);
      }
      c.topics.insert(props.topics.begin(), props.topics.end());
      c.terms = std::move(props.terms);
      for (const auto& [lang, text] : props.text)
        c.stems[lang] = TextStems(text, lang, stem_ids);
      if (!n.evidence.empty()) c.evidence = n.evidence.front();
      c.position = props.position;
      page_nodes[page].insert(c.id);
      clauses[c.id] = std::move(c);
    }
  }
  for (const Edge& e : edges) {
    if (e.kind == EdgeKind::kProposes) {
      auto c = clauses.find(e.target);
      if (c != clauses.end() && c->second.page == page) {
        c->second.proposers.insert(e.source);
        if (e.props.GetString(prop::kModality) == prop::kPlanned)
          c->second.planned = true;
        // Of the writer's side and government; a government unknown on
        // either hand (a delegate the gazetteer lacks) is no other's.
        const Camp* proposer = camp_of(e.source);
        const Camp* doc = camp_of(c->second.doc);
        if (proposer != nullptr)
          c->second.proposer_sides.insert(proposer->side);
        if (proposer != nullptr && doc != nullptr &&
            proposer->side == doc->side &&
            (proposer->government.empty() || doc->government.empty() ||
             proposer->government == doc->government))
          c->second.writers_side = true;
      }
      continue;
    }
    auto d = docs.find(e.kind == EdgeKind::kAuthored ? e.target : e.source);
    if (d == docs.end() || d->second.page != page) continue;
    switch (e.kind) {
      case EdgeKind::kAuthored:
        d->second.authors.insert(e.source);
        for (const std::string& day : Days(d->second))
          docs_by_date_author[DateAuthorKey(day, e.source)].insert(
              d->second.id);
        break;
      case EdgeKind::kAddressedTo:
        d->second.recipients.insert(e.target);
        break;
      case EdgeKind::kVia:
        d->second.via.insert(e.target);
        break;
      case EdgeKind::kEmbeds:
        d->second.children.push_back(e.target);
        if (auto child = docs.find(e.target); child != docs.end())
          child->second.parent = e.source;
        break;
      case EdgeKind::kHasClause:
        d->second.clauses.push_back(e.target);
        break;
      default:
        break;
    }
  }
  for (const NodeId& id : page_nodes[page]) {
    auto d = docs.find(id);
    if (d == docs.end() || d->second.page != page) continue;
    d->second.clause_infos.clear();
    for (const NodeId& clause : d->second.clauses) {
      // Its own: RemovePage takes a clause out of its document's list.
      auto c = clauses.find(clause);
      if (c != clauses.end() && c->second.doc == id)
        d->second.clause_infos.push_back(&c->second);
    }
    // In the document's order, however the edges came: a page gives them
    // so, a database read again by key ("clause-10" before "clause-2"),
    // and matching breaks its ties by it.
    std::ranges::stable_sort(
        d->second.clause_infos, [](const ClauseInfo* a, const ClauseInfo* b) {
          return std::tie(a->position, a->id) < std::tie(b->position, b->id);
        });
  }
  for (const NodeId& id : page_nodes[page]) {
    auto c = clauses.find(id);
    if (c == clauses.end()) continue;
    if (auto d = docs.find(c->second.doc); d != docs.end())
      c->second.date = d->second.date;
    for (const std::string& t : c->second.topics)
      topic_chains[t][ChainKey(c->second.date, c->second.doc)] = c->second.doc;
  }
  ForgetVersionsFrom(page);
}

// A document's versions are matched among the documents before it in the
// chains (CandidateDocuments), so a page changes the versions of its own
// documents and of those after its earliest one; the others stay known.
void LinkIndex::ForgetVersionsFrom(const std::string& page) {
  auto it = page_nodes.find(page);
  if (it == page_nodes.end()) return;
  std::optional<std::string> first;
  for (const NodeId& id : it->second) {
    auto d = docs.find(id);
    if (d == docs.end()) continue;
    std::string key = ChainKey(d->second.date, d->second.id);
    if (!first || key < *first) first = std::move(key);
  }
  if (!first) return;
  auto from = versions_by_key_.lower_bound(*first);
  for (auto v = from; v != versions_by_key_.end(); ++v) {
    if (auto known = variants_of_doc_.find(v->second);
        known != variants_of_doc_.end())
      known->second.unsure = true;
    variant_edges_.erase(v->second);
  }
  versions_by_key_.erase(from, versions_by_key_.end());
  // The page's own documents: what is known of them goes with them.
  for (const NodeId& id : it->second) variants_of_doc_.erase(id);
}

std::vector<const ClauseInfo*> LinkIndex::Subtree(const DocInfo& doc) const {
  std::vector<const ClauseInfo*> out;
  std::vector<const DocInfo*> todo = {&doc};
  std::vector<const DocInfo*> seen;
  while (!todo.empty()) {
    const DocInfo* d = todo.back();
    todo.pop_back();
    if (std::find(seen.begin(), seen.end(), d) != seen.end()) continue;
    seen.push_back(d);
    out.insert(out.end(), d->clause_infos.begin(), d->clause_infos.end());
    for (const NodeId& child : d->children) {
      if (auto c = docs.find(child); c != docs.end())
        todo.push_back(&c->second);
    }
  }
  return out;
}

graph::Fragment LinkIndex::VariantLinksOf(const std::string& page) {
  graph::Fragment out;
  out.page_id = page;
  auto it = page_nodes.find(page);
  if (it == page_nodes.end()) return out;
  // Only the documents that are the page's now: one another page also
  // gives is that page's, and its links are written under it alone, or a
  // later change would leave them here as they were.
  for (const NodeId& id : it->second) {
    auto d = docs.find(id);
    if (d != docs.end() && d->second.page == page) LinkVariants(d->second, out);
  }
  return out;
}

bool LinkIndex::CitesOnlyItsOwn(
    const DocInfo& doc, const std::vector<const DocInfo*>& targets) const {
  // A report the own message forwards under the same number is of it.
  auto own = [&](const DocInfo* t) {
    for (int depth = 0; t != nullptr && depth < 8; ++depth) {
      if (std::any_of(t->authors.begin(), t->authors.end(),
                      [&](const NodeId& a) { return doc.authors.count(a); }))
        return true;
      auto up = docs.find(t->parent);
      t = t->parent.empty() || up == docs.end() ? nullptr : &up->second;
    }
    return false;
  };
  return !targets.empty() && std::all_of(targets.begin(), targets.end(), own);
}

bool LinkIndex::ReportsAnothers(const DocInfo& doc, const ClauseInfo& c) {
  return !c.proposers.empty() && !c.planned && !c.writers_side &&
         std::none_of(c.proposers.begin(), c.proposers.end(),
                      [&](const NodeId& p) { return doc.authors.count(p); });
}

bool LinkIndex::ReportsThePointsItNames(const DocInfo& doc) {
  std::set<std::string> reported;
  for (const ClauseInfo* c : doc.clause_infos) {
    if (ReportsAnothers(doc, *c))
      reported.insert(c->ordinals.begin(), c->ordinals.end());
  }
  size_t named = 0, theirs = 0;
  for (const graph::StanceClaim& st : doc.stances) {
    for (const std::string& o : st.ordinals) {
      ++named;
      theirs += reported.count(o);
    }
  }
  return named > 0 && 2 * theirs > named;
}

std::map<NodeId, graph::Fragment> LinkIndex::TiesOf(const std::string& page) {
  std::map<NodeId, graph::Fragment> out;
  auto it = page_nodes.find(page);
  if (it == page_nodes.end()) return out;
  for (const NodeId& id : it->second) {
    auto d = docs.find(id);
    // A document another page also gives is that page's, and so are its
    // ties (VariantLinksOf).
    if (d == docs.end() || d->second.page != page) continue;
    const DocInfo& doc = d->second;
    // The documents it may answer: those of the dates and numbers it cites,
    // in the order of their ids, once each.
    std::vector<const DocInfo*> targets;
    auto add = [&](const std::set<NodeId>& ids) {
      for (const NodeId& target : ids) {
        if (auto t = docs.find(target); t != docs.end())
          targets.push_back(&t->second);
      }
    };
    for (const graph::Reference& ref : doc.references) {
      // By date, only a document of an author the reference names can
      // match it (MatchReferences), when it names any.
      // A reference with no date ("Ref: my C 58911") meets no document by
      // date, least of all the undated ones.
      if (ref.authors.empty() && !ref.date.empty()) {
        if (auto day = docs_by_date.find(ref.date); day != docs_by_date.end())
          add(day->second);
      }
      for (const std::string& a : ref.authors) {
        if (ref.date.empty()) break;
        auto day = docs_by_date_author.find(DateAuthorKey(ref.date, a));
        if (day != docs_by_date_author.end()) add(day->second);
      }
      if (ref.number && !ref.number->empty()) {
        if (auto n = docs_by_number.find(NumberKey(*ref.number));
            n != docs_by_number.end())
          add(n->second);
      }
    }
    std::sort(targets.begin(), targets.end(),
              [](const DocInfo* a, const DocInfo* b) { return a->id < b->id; });
    targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
    // "Ref: my C 58911" over the Communist principles the report quotes
    // and answers by number: a report that cites only its writers' own
    // earlier messages takes its positions on the points it gives itself.
    // Positions on the points of a document the claim itself names by
    // date ("point two of my telegram of 9 December") are tied there; the
    // reply's other positions as below.
    std::set<size_t> cited = TieClaimsCiting(doc, out);
    std::optional<DocInfo> rest;
    if (!cited.empty()) {
      rest = doc;
      rest->stances.clear();
      for (size_t s = 0; s < doc.stances.size(); ++s)
        if (!cited.count(s)) rest->stances.push_back(doc.stances[s]);
    }
    const DocInfo& reply = rest ? *rest : doc;
    if (CitesOnlyItsOwn(reply, targets) && ReportsThePointsItNames(reply) &&
        TieQuotedPoints(reply, out))
      continue;
    if (!TieReply(reply, targets, out) && !TieQuotedPoints(reply, out))
      TieWindow(reply, out);
  }
  return out;
}

std::vector<NodeId> LinkIndex::DocumentsOf(const std::string& page) const {
  std::vector<NodeId> out;
  auto it = page_nodes.find(page);
  if (it == page_nodes.end()) return out;
  for (const NodeId& id : it->second) {
    if (docs.count(id)) out.push_back(id);
  }
  return out;
}

std::set<std::string> LinkIndex::RepliesCitingDate(
    const std::string& page) const {
  std::set<std::string> pages;
  for (const NodeId& id : DocumentsOf(page)) {
    const DocInfo& d = docs.at(id);
    // Replies citing its date, when they cite a document of its authors
    // (or name no author): on a busy day most citations of that date are
    // of other people's telegrams.
    for (const std::string& day : Days(d)) {
      auto r = referrers_by_date.find(day);
      if (r == referrers_by_date.end()) continue;
      for (const NodeId& reply : r->second) {
        auto rd = docs.find(reply);
        if (rd == docs.end() || rd->second.page == page) continue;
        for (const graph::Reference& ref : rd->second.references) {
          if (ref.date != day) continue;
          const std::vector<std::string>& authors = ref.authors;
          bool theirs =
              authors.empty() || std::any_of(authors.begin(), authors.end(),
                                             [&](const std::string& a) {
                                               return d.authors.count(a) > 0;
                                             });
          if (theirs) {
            pages.insert(rd->second.page);
            break;
          }
        }
      }
    }
  }
  return pages;
}

std::set<std::string> LinkIndex::RepliesCitingNumber(
    const std::string& page) const {
  std::set<std::string> pages;
  for (const NodeId& id : DocumentsOf(page)) {
    for (const std::string& n : docs.at(id).numbers) {
      auto r = referrers_by_number.find(NumberKey(n));
      if (r == referrers_by_number.end()) continue;
      for (const NodeId& reply : r->second) {
        auto rd = docs.find(reply);
        if (rd != docs.end() && rd->second.page != page)
          pages.insert(rd->second.page);
      }
    }
  }
  return pages;
}

std::set<std::string> LinkIndex::VersionDependents(
    const std::string& page) const {
  std::set<std::string> pages;
  // The later versions: documents within reach of the page's documents in
  // the version chain of a topic, and in turn theirs, as far back as a
  // lineage is followed (their links and changes may pass through it).
  std::set<NodeId> frontier, reached;
  for (const NodeId& id : DocumentsOf(page)) frontier.insert(id);
  for (int depth = 0; depth <= kLineageDepth && !frontier.empty(); ++depth) {
    std::set<NodeId> next;
    for (const NodeId& id : frontier) {
      if (!reached.insert(id).second) continue;
      auto d = docs.find(id);
      if (d == docs.end()) continue;
      std::set<std::string> topics;
      for (const ClauseInfo* c : ClausesOf(d->second))
        topics.insert(c->topics.begin(), c->topics.end());
      for (const std::string& t : topics) {
        auto chain = topic_chains.find(t);
        if (chain == topic_chains.end()) continue;
        // A later document takes the nearest few earlier documents of
        // other families as candidates; counting the pages met (not their
        // documents) keeps in reach a later page with many documents of
        // its own in between.
        std::set<std::string> met;
        for (auto at = chain->second.upper_bound(
                 ChainKey(d->second.date, d->second.id));
             at != chain->second.end(); ++at) {
          const DocInfo& later = docs.at(at->second);
          if (later.page == d->second.page) continue;
          met.insert(later.page);
          if (met.size() > 2 * kCandidatesPerTopic + 1) break;
          if (later.page != page) pages.insert(later.page);
          next.insert(later.id);
        }
      }
    }
    frontier = std::move(next);
  }
  return pages;
}

}  // namespace parley::linking
