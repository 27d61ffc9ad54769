#include "linking/linker.h"

#include <algorithm>
#include <cmath>

#include "graph/props.h"

namespace parley::linking {

using graph::Edge;
using graph::EdgeKind;
using graph::Evidence;
using graph::Node;
using graph::NodeId;
using graph::NodeKind;
using graph::Value;
namespace prop = graph::prop;

namespace {

struct DocInfo {
  NodeId id;
  std::string page;
  std::string date;
  std::set<NodeId> authors, recipients;
  std::vector<std::string> numbers;  // title/body numbers and the sender's
  std::vector<graph::Reference> references;
  std::vector<graph::StanceClaim> stances;
  NodeId parent;
  std::vector<NodeId> children;
  std::vector<NodeId> clauses;
};

struct ClauseInfo {
  NodeId id;
  NodeId doc;
  std::string page;
  std::string date;
  std::set<std::string> ordinals;
  std::set<std::string> topics;
  Value terms;
  Evidence evidence;
  int64_t position = 0;
};

// The position of a document in a topic's version chain: by date, then id.
std::string ChainKey(const std::string& date, const NodeId& doc) {
  return date + '\0' + doc;
}

// How alike two clauses are: shared topics over all topics (Jaccard).
double TopicSimilarity(const ClauseInfo& a, const ClauseInfo& b) {
  size_t shared = 0;
  for (const std::string& t : a.topics) shared += b.topics.count(t);
  size_t all = a.topics.size() + b.topics.size() - shared;
  return all == 0 ? 0.0
                  : static_cast<double>(shared) / static_cast<double>(all);
}

// "10 km", "5–10 km", "3 day", from a clause's terms.
std::vector<std::string> Measures(const Value& terms, std::string_view key) {
  std::vector<std::string> out;
  const Value* list = terms.Get(key);
  if (list == nullptr || !list->is_array()) return out;
  for (const Value& item : list->as_array()) {
    if (!item.is_object()) continue;
    std::string unit = item.GetString(prop::kUnit);
    const Value* value = item.Get(prop::kValue);
    const Value* min = item.Get(prop::kMin);
    const Value* max = item.Get(prop::kMax);
    auto num = [](const Value* v) {
      if (v == nullptr) return std::string();
      if (v->is_int()) return std::to_string(v->as_int());
      if (v->is_double()) {
        double d = v->as_double();
        return d == std::floor(d) ? std::to_string(static_cast<int64_t>(d))
                                  : std::to_string(d);
      }
      return std::string();
    };
    std::string text;
    if (value != nullptr) text = num(value);
    if (min != nullptr && max != nullptr) {
      text = num(min) == num(max) ? num(min) : num(min) + "–" + num(max);
    }
    std::string from = item.GetString(prop::kFrom);
    // "3 days", "2 months"; "km" and other abbreviations stay as they are.
    bool plural =
        text != "1" && (unit == "day" || unit == "month" || unit == "hour" ||
                        unit == "week" || unit == "year" || unit == "mile");
    out.push_back(text + " " + unit + (plural ? "s" : "") +
                  (from.empty() ? "" : " from the " + from));
  }
  return out;
}

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const std::string& p : parts)
    out += (out.empty() ? "" : std::string(sep)) + p;
  return out;
}

// The places of a clause's terms by their labels ("North Korea"), or for a
// place never seen, its id in words ("place:north-korea" -> "north korea").
std::vector<std::string> PlaceNames(
    const Value& terms, const std::map<NodeId, std::string>& labels) {
  std::vector<std::string> out;
  for (std::string id : graph::Strings(terms.Get(prop::kPlaces))) {
    if (auto label = labels.find(id); label != labels.end()) {
      out.push_back(label->second);
      continue;
    }
    if (size_t colon = id.find(':'); colon != std::string::npos)
      id = id.substr(colon + 1);
    std::replace(id.begin(), id.end(), '-', ' ');
    out.push_back(id);
  }
  return out;
}

// What changed from `earlier` to `later`, in words.
Value Changes(const ClauseInfo& later, const ClauseInfo& earlier,
              size_t merged_with, size_t split_into,
              const std::map<NodeId, std::string>& place_labels) {
  Value changes = Value::MakeArray();
  for (std::string_view key : {prop::kDistances, prop::kDurations}) {
    std::vector<std::string> a = Measures(earlier.terms, key),
                             b = Measures(later.terms, key);
    if (a != b) {
      changes.Append(
          std::string(key == prop::kDistances ? "distance" : "duration") +
          ": " + (a.empty() ? "none" : Join(a, ", ")) + " → " +
          (b.empty() ? "none" : Join(b, ", ")));
    }
  }
  std::vector<std::string> pa = PlaceNames(earlier.terms, place_labels);
  std::vector<std::string> pb = PlaceNames(later.terms, place_labels);
  std::sort(pa.begin(), pa.end());
  std::sort(pb.begin(), pb.end());
  if (pa != pb)
    changes.Append("places: " + (pa.empty() ? "none" : Join(pa, ", ")) + " → " +
                   (pb.empty() ? "none" : Join(pb, ", ")));
  std::vector<std::string> added, dropped;
  for (const std::string& t : later.topics) {
    if (!earlier.topics.count(t)) added.push_back(t);
  }
  for (const std::string& t : earlier.topics) {
    if (!later.topics.count(t)) dropped.push_back(t);
  }
  if (!added.empty()) changes.Append("topics added: " + Join(added, ", "));
  if (!dropped.empty())
    changes.Append("topics dropped: " + Join(dropped, ", "));
  if (merged_with > 1) {
    changes.Append(std::to_string(merged_with) +
                   " earlier points merged into this one");
  }
  if (split_into > 1) {
    changes.Append("the earlier point was split into " +
                   std::to_string(split_into) + " points");
  }
  if (changes.as_array().empty()) changes.Append("same topics and terms");
  return changes;
}

}  // namespace

struct LinkIndex {
  std::map<NodeId, DocInfo> docs;
  std::map<NodeId, ClauseInfo> clauses;
  std::map<std::string, std::set<NodeId>> docs_by_date;
  std::map<std::string, std::set<NodeId>>
      referrers_by_date;  // docs citing a date
  std::map<std::string, std::set<NodeId>>
      referrers_by_number;  // docs citing a number
  std::map<std::string, std::set<NodeId>> docs_by_number;
  // The version chain of each topic: the documents holding a clause of that
  // topic, ordered by date, then id (ChainKey).
  std::map<std::string, std::map<std::string, NodeId>> topic_chains;
  std::map<std::string, std::set<NodeId>> page_nodes;  // docs and clauses
  std::map<std::string, std::string> page_hash;
  std::map<NodeId, std::string> place_labels;  // for the words of `changes`

  void RemovePage(const std::string& page);
  // The outermost document holding `d` (itself when it is embedded in
  // none): a message and the telegram forwarding it are never versions of
  // each other, but two documents of one TEI volume may be.
  const NodeId& Family(const DocInfo& d) const;
  void AddNodes(const std::string& page, const std::vector<Node>& nodes,
                const std::vector<Edge>& edges);
  // The links made from page `page`'s documents and clauses: its replies'
  // RESPONDS_TO and STANCE, its clauses' VARIANT_OF to their predecessors.
  graph::Fragment LinksOf(const std::string& page);
  // The other pages whose links depend on page `page` (replies citing it,
  // the next versions of its clauses); call before removing and after adding.
  std::set<std::string> Dependents(const std::string& page) const;

 private:
  void LinkReply(const DocInfo& reply, const DocInfo& target,
                 graph::Fragment& out);
  void LinkVariants(const DocInfo& a, const DocInfo& b, graph::Fragment& out);
  std::vector<const ClauseInfo*> Subtree(const DocInfo& doc) const;
  void AddEdge(graph::Fragment& out, const NodeId& s, const NodeId& t,
               EdgeKind kind, std::vector<Evidence> evidence, Value props);
};

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
  for (const NodeId& id : it->second) {
    if (auto d = docs.find(id); d != docs.end()) {
      docs_by_date[d->second.date].erase(id);
      for (const graph::Reference& r : d->second.references) {
        referrers_by_date[r.date].erase(id);
        referrers_by_number[r.number.value_or("")].erase(id);
      }
      for (const std::string& n : d->second.numbers)
        docs_by_number[n].erase(id);
      docs.erase(d);
    }
    if (auto c = clauses.find(id); c != clauses.end()) {
      for (const std::string& t : c->second.topics) {
        auto chain = topic_chains.find(t);
        if (chain == topic_chains.end()) continue;
        chain->second.erase(ChainKey(c->second.date, c->second.doc));
      }
      clauses.erase(c);
    }
  }
  page_nodes.erase(it);
  page_hash.erase(page);
}

void LinkIndex::AddNodes(const std::string& page,
                         const std::vector<Node>& nodes,
                         const std::vector<Edge>& edges) {
  for (const Node& n : nodes) {
    if (n.kind == NodeKind::kPlace) place_labels[n.id] = n.label;
    if (n.kind == NodeKind::kDocument) {
      graph::DocumentProps props = graph::DocumentProps::From(n);
      DocInfo d;
      d.id = n.id;
      d.page = page;
      d.date = std::move(props.date);
      d.numbers = std::move(props.numbers);
      if (!props.outgoing_number.empty())
        d.numbers.push_back(std::move(props.outgoing_number));
      d.references = std::move(props.references);
      d.stances = std::move(props.stances);
      docs_by_date[d.date].insert(d.id);
      for (const graph::Reference& r : d.references) {
        referrers_by_date[r.date].insert(d.id);
        if (r.number && !r.number->empty())
          referrers_by_number[*r.number].insert(d.id);
      }
      for (const std::string& num : d.numbers) docs_by_number[num].insert(d.id);
      page_nodes[page].insert(d.id);
      docs[d.id] = std::move(d);
    } else if (n.kind == NodeKind::kClause) {
      graph::ClauseProps props = graph::ClauseProps::From(n);
      ClauseInfo c;
      c.id = n.id;
      c.page = page;
      c.doc = std::move(props.document);
      if (!props.ordinal.empty()) c.ordinals.insert(props.ordinal);
      for (const auto& [lang, o] : props.ordinals) c.ordinals.insert(o);
      c.topics.insert(props.topics.begin(), props.topics.end());
      c.terms = std::move(props.terms);
      if (!n.evidence.empty()) c.evidence = n.evidence.front();
      c.position = props.position;
      page_nodes[page].insert(c.id);
      clauses[c.id] = std::move(c);
    }
  }
  for (const Edge& e : edges) {
    auto d = docs.find(e.kind == EdgeKind::kAuthored ? e.target : e.source);
    if (d == docs.end() || d->second.page != page) continue;
    switch (e.kind) {
      case EdgeKind::kAuthored:
        d->second.authors.insert(e.source);
        break;
      case EdgeKind::kAddressedTo:
        d->second.recipients.insert(e.target);
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
    auto c = clauses.find(id);
    if (c == clauses.end()) continue;
    if (auto d = docs.find(c->second.doc); d != docs.end())
      c->second.date = d->second.date;
    for (const std::string& t : c->second.topics)
      topic_chains[t][ChainKey(c->second.date, c->second.doc)] = c->second.doc;
  }
}

std::vector<const ClauseInfo*> LinkIndex::Subtree(const DocInfo& doc) const {
  std::vector<const ClauseInfo*> out;
  std::vector<NodeId> todo = {doc.id};
  std::set<NodeId> seen;
  while (!todo.empty()) {
    NodeId id = todo.back();
    todo.pop_back();
    if (!seen.insert(id).second) continue;
    auto d = docs.find(id);
    if (d == docs.end()) continue;
    for (const NodeId& c : d->second.clauses) {
      if (auto it = clauses.find(c); it != clauses.end())
        out.push_back(&it->second);
    }
    for (const NodeId& child : d->second.children) todo.push_back(child);
  }
  return out;
}

void LinkIndex::AddEdge(graph::Fragment& out, const NodeId& s, const NodeId& t,
                        EdgeKind kind, std::vector<Evidence> evidence,
                        Value props) {
  Edge e;
  e.source = s;
  e.target = t;
  e.kind = kind;
  e.props = std::move(props);
  e.evidence = std::move(evidence);
  out.AddEdge(std::move(e));
}

// A reply's reference to `target`, and the stances it takes on its points.
void LinkIndex::LinkReply(const DocInfo& reply, const DocInfo& target,
                          graph::Fragment& out) {
  if (Family(reply) == Family(target)) return;
  bool responds = false;
  for (const graph::Reference& ref : reply.references) {
    const std::vector<std::string>& authors = ref.authors;
    std::string number = ref.number.value_or("");
    bool by_number = !number.empty() &&
                     std::find(target.numbers.begin(), target.numbers.end(),
                               number) != target.numbers.end();
    // A number the archive knows names its document; the date then adds
    // nothing, and on a busy day it would tie the reply to every telegram.
    auto numbered = docs_by_number.find(number);
    bool number_known = !number.empty() && numbered != docs_by_number.end() &&
                        !numbered->second.empty();
    bool by_date =
        !number_known && ref.date == target.date &&
        (authors.empty() ||
         std::any_of(authors.begin(), authors.end(), [&](const std::string& a) {
           return target.authors.count(a) > 0;
         }));
    if (!by_number && !by_date) continue;
    // A reply answers a document, not the message quoted inside it.
    if (!target.parent.empty()) {
      auto parent = docs.find(target.parent);
      if (parent != docs.end() && parent->second.date == target.date &&
          parent->second.authors == target.authors) {
        continue;
      }
    }
    Evidence ev;
    ev.doc = reply.page;
    ev.start = static_cast<uint32_t>(ref.start);
    ev.end = static_cast<uint32_t>(ref.end);
    ev.quote = ref.quote;
    ev.lang = ev.quote.empty() || static_cast<unsigned char>(ev.quote[0]) < 0x80
                  ? "en"
                  : "ru";
    Value props = Value::MakeObject();
    props[prop::kMatchedBy] = by_number ? "number" : "date and author";
    AddEdge(out, reply.id, target.id, EdgeKind::kRespondsTo, {ev}, props);
    responds = true;
  }
  if (!responds) return;
  std::vector<const ClauseInfo*> points = Subtree(target);
  for (const graph::StanceClaim& st : reply.stances) {
    const std::vector<std::string>& ordinals = st.ordinals;
    const std::vector<std::string>& topics = st.topics;
    Evidence ev;
    ev.doc = reply.page;
    ev.start = static_cast<uint32_t>(st.start);
    ev.end = static_cast<uint32_t>(st.end);
    ev.quote = st.quote;
    ev.lang = st.lang;
    for (const ClauseInfo* c : points) {
      // A point named by number is one of "your" points: a clause the
      // addressee of the reply wrote. Points named by content may be anyone's.
      bool by_ordinal = false;
      if (!ordinals.empty()) {
        auto doc = docs.find(c->doc);
        bool theirs =
            doc != docs.end() &&
            std::any_of(
                doc->second.authors.begin(), doc->second.authors.end(),
                [&](const NodeId& a) { return reply.recipients.count(a) > 0; });
        by_ordinal = theirs && std::any_of(ordinals.begin(), ordinals.end(),
                                           [&](const std::string& o) {
                                             return c->ordinals.count(o) > 0;
                                           });
      }
      bool by_topic = std::any_of(
          topics.begin(), topics.end(),
          [&](const std::string& t) { return c->topics.count(t) > 0; });
      if (!by_ordinal && !by_topic) continue;
      Value props = Value::MakeObject();
      props[prop::kStance] = st.stance;
      if (st.partial) props[prop::kPartial] = true;
      AddEdge(out, reply.id, c->id, EdgeKind::kStance, {ev}, props);
    }
  }
}

// Clauses of two documents that are versions of one another: pairs of
// clauses that share a topic and are each other's most alike clause in the
// other document (ties kept, so a point split in two links to both halves).
// The later version is the variant of the earlier.
void LinkIndex::LinkVariants(const DocInfo& a, const DocInfo& b,
                             graph::Fragment& out) {
  if (Family(a) == Family(b) || a.clauses.empty() || b.clauses.empty()) return;
  auto infos = [&](const DocInfo& d) {
    std::vector<const ClauseInfo*> v;
    for (const NodeId& id : d.clauses) {
      if (auto it = clauses.find(id); it != clauses.end())
        v.push_back(&it->second);
    }
    return v;
  };
  std::vector<const ClauseInfo*> as = infos(a), bs = infos(b);
  // best_a[i]: the highest similarity of as[i] to any clause of b; likewise
  // best_b.
  std::vector<double> best_a(as.size(), 0), best_b(bs.size(), 0);
  std::vector<std::vector<double>> sim(as.size(),
                                       std::vector<double>(bs.size(), 0));
  for (size_t i = 0; i < as.size(); ++i) {
    for (size_t j = 0; j < bs.size(); ++j) {
      sim[i][j] = TopicSimilarity(*as[i], *bs[j]);
      best_a[i] = std::max(best_a[i], sim[i][j]);
      best_b[j] = std::max(best_b[j], sim[i][j]);
    }
  }
  for (size_t i = 0; i < as.size(); ++i) {
    size_t ties_a = 0;
    for (size_t j = 0; j < bs.size(); ++j)
      ties_a += sim[i][j] > 0 && std::fabs(sim[i][j] - best_a[i]) < 1e-9;
    for (size_t j = 0; j < bs.size(); ++j) {
      double s = sim[i][j];
      if (s <= 0 || std::fabs(s - best_a[i]) > 1e-9 ||
          std::fabs(s - best_b[j]) > 1e-9)
        continue;
      size_t ties_b = 0;
      for (size_t k = 0; k < as.size(); ++k)
        ties_b += sim[k][j] > 0 && std::fabs(sim[k][j] - best_b[j]) < 1e-9;
      const ClauseInfo& x = *as[i];
      const ClauseInfo& y = *bs[j];
      bool x_later = x.date > y.date || (x.date == y.date && x.id > y.id);
      const ClauseInfo& later = x_later ? x : y;
      const ClauseInfo& earlier = x_later ? y : x;
      // How many earlier points this later one stands for (a merge), or
      // how many later points one earlier point became (a split).
      size_t merged = x_later ? ties_a : ties_b;
      size_t split = x_later ? ties_b : ties_a;
      Value props = Value::MakeObject();
      props[prop::kSimilarity] = std::round(s * 100) / 100;
      props[prop::kChanges] =
          Changes(later, earlier, merged, split, place_labels);
      props[prop::kFromDate] = earlier.date;
      props[prop::kToDate] = later.date;
      AddEdge(out, later.id, earlier.id, EdgeKind::kVariantOf,
              {later.evidence, earlier.evidence}, props);
    }
  }
}

graph::Fragment LinkIndex::LinksOf(const std::string& page) {
  graph::Fragment out;
  out.page_id = page;
  auto it = page_nodes.find(page);
  if (it == page_nodes.end()) return out;
  for (const NodeId& id : it->second) {
    auto d = docs.find(id);
    if (d == docs.end()) continue;
    const DocInfo& doc = d->second;
    // The documents it answers.
    for (const graph::Reference& ref : doc.references) {
      for (const NodeId& t : docs_by_date[ref.date])
        LinkReply(doc, docs.at(t), out);
      if (ref.number && !ref.number->empty()) {
        for (const NodeId& t : docs_by_number[*ref.number])
          LinkReply(doc, docs.at(t), out);
      }
    }
    // The previous versions of its clauses: for each topic, the nearest
    // earlier document of another family (a page's outer document with the
    // ones it embeds) holding a clause of that topic.
    std::set<NodeId> previous;
    for (const NodeId& cid : doc.clauses) {
      auto c = clauses.find(cid);
      if (c == clauses.end()) continue;
      for (const std::string& t : c->second.topics) {
        const auto& chain = topic_chains[t];
        for (auto at = chain.lower_bound(ChainKey(doc.date, doc.id));
             at != chain.begin();) {
          --at;
          if (Family(docs.at(at->second)) != Family(doc)) {
            previous.insert(at->second);
            break;
          }
        }
      }
    }
    for (const NodeId& o : previous) LinkVariants(doc, docs.at(o), out);
  }
  return out;
}

std::set<std::string> LinkIndex::Dependents(const std::string& page) const {
  std::set<std::string> pages;
  auto it = page_nodes.find(page);
  if (it == page_nodes.end()) return pages;
  auto add = [&](const std::set<NodeId>& ids) {
    for (const NodeId& id : ids) {
      if (auto d = docs.find(id); d != docs.end() && d->second.page != page)
        pages.insert(d->second.page);
    }
  };
  for (const NodeId& id : it->second) {
    auto d = docs.find(id);
    if (d == docs.end()) continue;
    // Replies citing its date, when they cite a document of its authors
    // (or name no author): on a busy day most citations of that date are
    // of other people's telegrams.
    if (auto r = referrers_by_date.find(d->second.date);
        r != referrers_by_date.end()) {
      for (const NodeId& reply : r->second) {
        auto rd = docs.find(reply);
        if (rd == docs.end() || rd->second.page == page) continue;
        for (const graph::Reference& ref : rd->second.references) {
          if (ref.date != d->second.date) continue;
          const std::vector<std::string>& authors = ref.authors;
          bool theirs = authors.empty() ||
                        std::any_of(authors.begin(), authors.end(),
                                    [&](const std::string& a) {
                                      return d->second.authors.count(a) > 0;
                                    });
          if (theirs) {
            pages.insert(rd->second.page);
            break;
          }
        }
      }
    }
    for (const std::string& n : d->second.numbers) {
      if (auto r = referrers_by_number.find(n); r != referrers_by_number.end())
        add(r->second);
    }
    // The next versions: for each topic of its clauses, the next document
    // of another page in the chain, and the documents of that same page
    // right after it (they skip their own page when seeking a predecessor).
    for (const NodeId& cid : d->second.clauses) {
      auto c = clauses.find(cid);
      if (c == clauses.end()) continue;
      for (const std::string& t : c->second.topics) {
        auto chain = topic_chains.find(t);
        if (chain == topic_chains.end()) continue;
        std::string next_page;
        for (auto at = chain->second.upper_bound(
                 ChainKey(d->second.date, d->second.id));
             at != chain->second.end(); ++at) {
          const std::string& other = docs.at(at->second).page;
          if (other == page) continue;
          if (next_page.empty()) next_page = other;
          if (other != next_page) break;
          pages.insert(other);
        }
      }
    }
  }
  return pages;
}

Linker::Linker(storage::Store& store) : store_(store) {}
Linker::~Linker() = default;

Status Linker::Load() {
  index_ = std::make_unique<LinkIndex>();
  auto reader = store_.NewReader();
  std::map<std::string, std::vector<Node>> nodes;
  std::map<std::string, std::vector<Edge>> edges;
  reader->ForEachNode([&](const Node& n) {
    if (n.kind == NodeKind::kPlace) index_->place_labels[n.id] = n.label;
    if (n.kind == NodeKind::kDocument || n.kind == NodeKind::kClause)
      nodes[PageOf(n.id)].push_back(n);
    return true;
  });
  reader->ForEachEdge([&](const Edge& e) {
    switch (e.kind) {
      case EdgeKind::kAuthored:
        edges[PageOf(e.target)].push_back(e);
        break;
      case EdgeKind::kAddressedTo:
      case EdgeKind::kEmbeds:
      case EdgeKind::kHasClause:
        edges[PageOf(e.source)].push_back(e);
        break;
      default:
        break;
    }
    return true;
  });
  for (auto& [page, list] : nodes) index_->AddNodes(page, list, edges[page]);
  for (const storage::PageInfo& p : reader->Pages())
    index_->page_hash[p.page_id] = p.content_hash;
  return reader->status();
}

Result<storage::ApplyOutcome> Linker::Apply(const graph::Fragment& page) {
  if (!index_) {
    if (Status s = Load(); !s.ok()) return s;
  }
  auto known = index_->page_hash.find(page.page_id);
  bool replacing = known != index_->page_hash.end();
  if (replacing && known->second == page.content_hash)
    return storage::ApplyOutcome::kUnchanged;
  // Pages whose links depend on this one, before and after the change: their
  // links are made again in the same batch.
  std::set<std::string> affected = index_->Dependents(page.page_id);
  index_->RemovePage(page.page_id);
  index_->AddNodes(page.page_id, page.nodes(), page.edges());
  index_->page_hash[page.page_id] = page.content_hash;
  for (const std::string& p : index_->Dependents(page.page_id))
    affected.insert(p);
  affected.erase(page.page_id);
  std::vector<graph::Fragment> links;
  links.push_back(index_->LinksOf(page.page_id));
  for (const std::string& p : affected) {
    if (index_->page_nodes.count(p)) links.push_back(index_->LinksOf(p));
  }
  std::vector<std::string> owners;
  for (const graph::Fragment& f : links) owners.push_back(LinkOwner(f.page_id));
  std::vector<std::pair<std::string, const graph::Fragment*>> owned;
  for (size_t i = 0; i < links.size(); ++i)
    owned.emplace_back(owners[i], &links[i]);
  auto outcomes = store_.ApplyBatch({&page}, owned);
  if (!outcomes.ok()) {
    // The index no longer matches the database: read it again next time.
    index_.reset();
    return outcomes.status();
  }
  return outcomes->front();
}

std::string LinkOwner(const std::string& page_id) { return "links:" + page_id; }

std::string PageOf(const NodeId& id) {
  size_t slash = id.find('/');
  return slash == std::string::npos ? id : id.substr(0, slash);
}

}  // namespace parley::linking
