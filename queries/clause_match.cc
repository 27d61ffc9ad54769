#include "queries/clause_match.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <set>

#include "graph/props.h"
#include "queries/detail/words.h"
#include "queries/documents.h"

namespace parley::queries {

using graph::EdgeKind;
using graph::Node;
using graph::NodeId;
using graph::NodeKind;
namespace prop = graph::prop;

namespace {

// Whether `topic` is one the query names: itself, its words, or one the
// caller found in it.
bool TopicFitsQuery(std::string_view topic, const ClauseQuery& query) {
  return topic == query.text || TopicFits(topic, query.text) ||
         std::find(query.topics.begin(), query.topics.end(), topic) !=
             query.topics.end();
}

// The clauses of `doc` and of the documents it embeds, in edge order.
void CollectClauses(Snapshot& snapshot, const NodeId& doc,
                    std::set<NodeId>& seen, std::vector<ClauseMatch>& out) {
  if (!seen.insert(doc).second) return;
  storage::Reader& reader = snapshot.reader();
  for (const graph::Edge& e : reader.OutEdges(doc, EdgeKind::kHasClause)) {
    if (const Node* c = snapshot.Find(e.target)) {
      out.push_back({*c, MatchedBy::kDocument});
    }
  }
  for (const graph::Edge& e : reader.OutEdges(doc, EdgeKind::kEmbeds)) {
    CollectClauses(snapshot, e.target, seen, out);
  }
}

}  // namespace

std::string_view MatchedByName(MatchedBy by) {
  switch (by) {
    case MatchedBy::kId:
      return "id";
    case MatchedBy::kDocument:
      return "document";
    case MatchedBy::kWordsAndTopic:
      return "words+topic";
    case MatchedBy::kWords:
      return "words";
    case MatchedBy::kTopic:
      return "topic";
    case MatchedBy::kAll:
      return "all";
  }
  return "";
}

bool TopicFits(std::string_view topic, std::string_view query) {
  std::vector<detail::Word> words = detail::QueryWords(query);
  if (words.empty()) return false;
  // '_' is not a word character, so it separates the topic's words.
  std::vector<detail::Word> topic_words = detail::SplitWords(topic);
  return std::all_of(words.begin(), words.end(), [&](const detail::Word& q) {
    if (q.stem.size() < 2) return false;
    return std::any_of(
        topic_words.begin(), topic_words.end(),
        [&](const detail::Word& t) { return t.folded.starts_with(q.stem); });
  });
}

NodeId DocumentOfClause(storage::Reader& reader, const Node& clause) {
  std::string doc = clause.props.GetString(prop::kDocument);
  if (!doc.empty()) return doc;
  std::vector<graph::Edge> in = reader.InEdges(clause.id, EdgeKind::kHasClause);
  return in.empty() ? NodeId() : in[0].source;
}

namespace {

// Ids gathered from an index, in one buffer: sorted and made unique once,
// which beats a set, or a string each, for the hundreds of thousands a
// common word or topic holds.
class IdList {
 public:
  void Add(std::string_view id) {
    spans_.push_back({static_cast<uint32_t>(bytes_.size()),
                      static_cast<uint32_t>(id.size())});
    bytes_.append(id);
  }
  size_t size() const { return spans_.size(); }
  bool empty() const { return spans_.empty(); }
  std::string_view operator[](size_t i) const {
    return std::string_view(bytes_).substr(spans_[i].first, spans_[i].second);
  }

  void SortUnique() {
    auto view = [&](const Span& x) {
      return std::string_view(bytes_).substr(x.first, x.second);
    };
    std::sort(spans_.begin(), spans_.end(),
              [&](const Span& x, const Span& y) { return view(x) < view(y); });
    spans_.erase(std::unique(spans_.begin(), spans_.end(),
                             [&](const Span& x, const Span& y) {
                               return view(x) == view(y);
                             }),
                 spans_.end());
  }

  // The ids of both (each sorted and unique).
  static IdList Intersection(const IdList& a, const IdList& b) {
    IdList both;
    for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
      int c = a[i].compare(b[j]);
      if (c == 0) both.Add(a[i]);
      if (c <= 0) ++i;
      if (c >= 0) ++j;
    }
    return both;
  }

 private:
  using Span = std::pair<uint32_t, uint32_t>;  // offset, size in bytes_
  std::string bytes_;
  std::vector<Span> spans_;
};

}  // namespace

void ClauseIdMatches::Add(std::string_view id, MatchedBy by) {
  entries_.push_back({static_cast<uint32_t>(ids_.size()),
                      static_cast<uint32_t>(id.size()), by});
  ids_.append(id);
}

std::vector<size_t> ClauseIdMatches::InDocument(
    std::string_view document) const {
  // The ids naming `document` sort together: each begins "DOCUMENT/clause-".
  // Compared with that prefix without joining it (a date walk asks this of
  // every document it passes).
  constexpr std::string_view kClause = "/clause-";
  auto before_prefix = [&](std::string_view x) {
    int c = x.substr(0, document.size()).compare(document);
    return c != 0 ? c < 0 : x.substr(document.size()) < kClause;
  };
  auto has_prefix = [&](std::string_view x) {
    return x.starts_with(document) &&
           x.substr(document.size()).starts_with(kClause);
  };
  size_t first = 0, count = entries_.size();
  while (count > 0) {  // the first id not before the prefix
    size_t half = count / 2;
    if (before_prefix(id(first + half))) {
      first += half + 1;
      count -= half + 1;
    } else {
      count = half;
    }
  }
  std::vector<size_t> out;
  for (size_t i = first; i < entries_.size() && has_prefix(id(i)); ++i) {
    // Not an id naming a document within this one ("DOCUMENT/clause-2/...").
    if (DocumentInClauseId(id(i)) == document) out.push_back(i);
  }
  return out;
}

std::string_view DocumentInClauseId(std::string_view clause_id) {
  size_t at = clause_id.rfind("/clause-");
  return at == std::string_view::npos ? std::string_view()
                                      : clause_id.substr(0, at);
}

std::optional<ClauseIdMatches> MatchClauseIds(Snapshot& snapshot,
                                              const ClauseQuery& query) {
  if (query.text.empty()) return std::nullopt;
  if (const Node* n = snapshot.FindHead(query.text)) {
    if (n->kind == NodeKind::kClause || n->kind == NodeKind::kDocument)
      return std::nullopt;
  }
  // Topics from the topic index: the terms that fit (one seek per term,
  // past its clauses), then their clauses.
  storage::Reader& reader = snapshot.reader();
  using Index = storage::Reader::Index;
  IdList by_topic;
  std::string from;
  for (;;) {
    std::optional<std::string> term;
    reader.LookupRange(Index::kTopic, from, "",
                       [&](std::string_view t, const NodeId&) {
                         term = std::string(t);
                         return false;
                       });
    if (!term) break;
    if (TopicFitsQuery(*term, query)) {
      reader.LookupRange(Index::kTopic, *term, *term,
                         [&](std::string_view, const NodeId& id) {
                           by_topic.Add(id);
                           return true;
                         });
    }
    // Terms hold no 0x00, so the next term is at least this.
    from = *term + '\x01';
  }
  by_topic.SortUnique();
  // Words: the clauses holding a word each query word begins (the index of
  // clause words). The index holds what detail::WordMatches compares, the
  // folded word and its stem, so no clause text is read.
  std::vector<detail::Word> words = detail::QueryWords(query.text);
  IdList with_all;
  for (size_t i = 0; i < words.size(); ++i) {
    const detail::Word& q = words[i];
    IdList with_word;
    if (detail::HasDigit(q.folded)) {
      for (const NodeId& id : reader.Lookup(Index::kWord, q.folded))
        with_word.Add(id);
    } else if (!q.stem.empty()) {
      reader.LookupRange(Index::kWord, q.stem, "",
                         [&](std::string_view t, const NodeId& id) {
                           if (!t.starts_with(q.stem)) return false;
                           with_word.Add(id);
                           return true;
                         });
    }
    with_word.SortUnique();
    with_all = i == 0 ? std::move(with_word)
                      : IdList::Intersection(with_all, with_word);
    if (with_all.empty()) break;
  }
  ClauseIdMatches out;
  for (size_t w = 0, t = 0; w < with_all.size() || t < by_topic.size();) {
    bool words_fit = w < with_all.size() &&
                     (t == by_topic.size() || with_all[w] <= by_topic[t]);
    bool topic_fits = t < by_topic.size() &&
                      (w == with_all.size() || by_topic[t] <= with_all[w]);
    out.Add(words_fit ? with_all[w] : by_topic[t],
            words_fit && topic_fits ? MatchedBy::kWordsAndTopic
            : topic_fits            ? MatchedBy::kTopic
                                    : MatchedBy::kWords);
    if (words_fit) ++w;
    if (topic_fits) ++t;
  }
  return out;
}

std::vector<ClauseMatch> MatchClauses(Snapshot& snapshot,
                                      const ClauseQuery& query) {
  std::vector<ClauseMatch> out;
  storage::Reader& reader = snapshot.reader();
  if (std::optional<ClauseIdMatches> ids = MatchClauseIds(snapshot, query)) {
    for (size_t i = 0; i < ids->size(); ++i) {
      std::optional<Node> n = reader.GetNodeHead(NodeId(ids->id(i)));
      if (n && n->kind == NodeKind::kClause)
        out.push_back({std::move(*n), ids->by(i)});
    }
    return out;
  }
  if (query.text.empty()) {
    for (const NodeId& id :
         reader.Lookup(storage::Reader::Index::kKind,
                       graph::NodeKindName(NodeKind::kClause))) {
      std::optional<Node> n = reader.GetNodeHead(id);
      if (n && n->kind == NodeKind::kClause)
        out.push_back({std::move(*n), MatchedBy::kAll});
    }
    return out;
  }
  if (const Node* n = snapshot.Find(query.text)) {
    if (n->kind == NodeKind::kClause) {
      out.push_back({*n, MatchedBy::kId});
    } else if (n->kind == NodeKind::kDocument) {
      std::set<NodeId> seen;
      CollectClauses(snapshot, n->id, seen, out);
    }
  }
  return out;
}

}  // namespace parley::queries
