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

std::optional<std::vector<ClauseIdMatch>> MatchClauseIds(
    Snapshot& snapshot, const ClauseQuery& query) {
  if (query.text.empty()) return std::nullopt;
  if (const Node* n = snapshot.FindHead(query.text)) {
    if (n->kind == NodeKind::kClause || n->kind == NodeKind::kDocument)
      return std::nullopt;
  }
  // Topics from the topic index: the terms that fit (one seek per term,
  // past its clauses), then their clauses.
  storage::Reader& reader = snapshot.reader();
  using Index = storage::Reader::Index;
  // Ids gathered from several terms, each term's sorted: sorted and made
  // unique once, which beats a set for the tens of thousands a common word
  // or topic holds.
  auto sorted_unique = [](std::vector<NodeId>& ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  };
  std::vector<NodeId> by_topic;
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
                           by_topic.push_back(id);
                           return true;
                         });
    }
    // Terms hold no 0x00, so the next term is at least this.
    from = *term + '\x01';
  }
  sorted_unique(by_topic);
  // Words: the clauses holding a word each query word begins (the index of
  // clause words). The index holds what detail::WordMatches compares, the
  // folded word and its stem, so no clause text is read.
  std::vector<detail::Word> words = detail::QueryWords(query.text);
  std::vector<NodeId> with_all;
  for (size_t i = 0; i < words.size(); ++i) {
    const detail::Word& q = words[i];
    std::vector<NodeId> with_word;
    if (detail::HasDigit(q.folded)) {
      with_word = reader.Lookup(Index::kWord, q.folded);
    } else if (!q.stem.empty()) {
      reader.LookupRange(Index::kWord, q.stem, "",
                         [&](std::string_view t, const NodeId& id) {
                           if (!t.starts_with(q.stem)) return false;
                           with_word.push_back(id);
                           return true;
                         });
    }
    sorted_unique(with_word);
    if (i == 0) {
      with_all = std::move(with_word);
    } else {
      std::vector<NodeId> both;
      std::set_intersection(with_all.begin(), with_all.end(), with_word.begin(),
                            with_word.end(), std::back_inserter(both));
      with_all = std::move(both);
    }
    if (with_all.empty()) break;
  }
  // Merged, the ids moved rather than copied: a common topic holds tens of
  // thousands.
  std::vector<ClauseIdMatch> out;
  out.reserve(std::max(with_all.size(), by_topic.size()));
  auto w = with_all.begin();
  auto t = by_topic.begin();
  while (w != with_all.end() || t != by_topic.end()) {
    bool words_fit = w != with_all.end() && (t == by_topic.end() || *w <= *t);
    bool topic_fits = t != by_topic.end() && (w == with_all.end() || *t <= *w);
    NodeId& id = words_fit ? *w : *t;
    out.push_back({std::move(id), words_fit && topic_fits
                                      ? MatchedBy::kWordsAndTopic
                                  : topic_fits ? MatchedBy::kTopic
                                               : MatchedBy::kWords});
    if (words_fit) ++w;
    if (topic_fits) ++t;
  }
  return out;
}

std::vector<ClauseMatch> MatchClauses(Snapshot& snapshot,
                                      const ClauseQuery& query) {
  std::vector<ClauseMatch> out;
  storage::Reader& reader = snapshot.reader();
  if (std::optional<std::vector<ClauseIdMatch>> ids =
          MatchClauseIds(snapshot, query)) {
    for (ClauseIdMatch& m : *ids) {
      std::optional<Node> n = reader.GetNodeHead(m.id);
      if (n && n->kind == NodeKind::kClause)
        out.push_back({std::move(*n), m.by});
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
