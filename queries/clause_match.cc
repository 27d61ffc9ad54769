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

// Every query word matches a word of one of the clause's texts (all
// languages together, so a query may mix them).
bool WordsMatch(const Node& clause, const std::vector<detail::Word>& query) {
  if (query.empty()) return false;
  std::vector<detail::Word> words;
  if (const graph::Value* text = clause.props.Get(prop::kText);
      text && text->is_object()) {
    for (const auto& [lang, t] : text->as_object()) {
      if (!t.is_string()) continue;
      for (detail::Word& w : detail::SplitWords(t.as_string())) {
        words.push_back(std::move(w));
      }
    }
  }
  return std::all_of(query.begin(), query.end(), [&](const detail::Word& q) {
    return std::any_of(words.begin(), words.end(), [&](const detail::Word& w) {
      return detail::WordMatches(q, w);
    });
  });
}

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

std::vector<ClauseMatch> MatchClauses(Snapshot& snapshot,
                                      const ClauseQuery& query) {
  std::vector<ClauseMatch> out;
  if (!query.text.empty()) {
    if (const Node* n = snapshot.Find(query.text)) {
      if (n->kind == NodeKind::kClause) {
        out.push_back({*n, MatchedBy::kId});
        return out;
      }
      if (n->kind == NodeKind::kDocument) {
        std::set<NodeId> seen;
        CollectClauses(snapshot, n->id, seen, out);
        return out;
      }
    }
  }
  // Topics from the topic index: the terms that fit, then their clauses.
  storage::Reader& reader = snapshot.reader();
  using Index = storage::Reader::Index;
  std::set<NodeId> by_topic;
  if (!query.text.empty()) {
    std::string term;
    bool fits = false;
    reader.LookupRange(Index::kTopic, "", "",
                       [&](std::string_view t, const NodeId& id) {
                         if (t != term) {
                           term = t;
                           fits = TopicFitsQuery(term, query);
                         }
                         if (fits) by_topic.insert(id);
                         return true;
                       });
  }
  std::vector<detail::Word> words = detail::QueryWords(query.text);
  auto add = [&](std::optional<Node> n) {
    if (!n || n->kind != NodeKind::kClause) return;
    if (query.text.empty()) {
      out.push_back({std::move(*n), MatchedBy::kAll});
      return;
    }
    bool words_fit = WordsMatch(*n, words);
    bool topic_fits = by_topic.count(n->id) > 0;
    if (words_fit || topic_fits) {
      MatchedBy by = words_fit && topic_fits ? MatchedBy::kWordsAndTopic
                     : topic_fits            ? MatchedBy::kTopic
                                             : MatchedBy::kWords;
      out.push_back({std::move(*n), by});
    }
  };
  if (query.text.empty()) {
    for (const NodeId& id :
         reader.Lookup(Index::kKind, graph::NodeKindName(NodeKind::kClause)))
      add(reader.GetNodeHead(id));
    return out;
  }
  // Words: the clauses holding a word each query word begins (the index of
  // clause words), with the clauses of the topics; only their heads are
  // read.
  std::set<NodeId> candidates = by_topic;
  if (!words.empty()) {
    std::optional<std::set<NodeId>> with_all;
    for (const detail::Word& q : words) {
      std::set<NodeId> with_word;
      if (detail::HasDigit(q.folded)) {
        for (NodeId& id : reader.Lookup(Index::kWord, q.folded))
          with_word.insert(std::move(id));
      } else if (!q.stem.empty()) {
        reader.LookupRange(Index::kWord, q.stem, "",
                           [&](std::string_view term, const NodeId& id) {
                             if (!term.starts_with(q.stem)) return false;
                             with_word.insert(id);
                             return true;
                           });
      }
      if (with_all) {
        std::set<NodeId> both;
        std::set_intersection(with_all->begin(), with_all->end(),
                              with_word.begin(), with_word.end(),
                              std::inserter(both, both.end()));
        with_all = std::move(both);
      } else {
        with_all = std::move(with_word);
      }
      if (with_all->empty()) break;
    }
    candidates.insert(with_all->begin(), with_all->end());
  }
  for (const NodeId& id : candidates) add(reader.GetNodeHead(id));
  return out;
}

}  // namespace parley::queries
