#include "queries/search.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "queries/detail/words.h"
#include "text/utf8.h"

namespace parley::queries {

using graph::Node;
using graph::NodeId;
using graph::NodeKind;

namespace {

// BM25's usual constants: term-frequency saturation and length weight.
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// The searched fields of a node, in a fixed order.
std::vector<SearchField> FieldsOf(const Node& n) {
  std::vector<SearchField> fields;
  if (n.kind == NodeKind::kClause) {
    if (const graph::Value* text = n.props.Get("text");
        text && text->is_object()) {
      for (const auto& [lang, t] : text->as_object()) {
        if (t.is_string()) fields.push_back({"text", lang, t.as_string(), {}});
      }
    }
  } else if (n.kind == NodeKind::kDocument) {
    std::string title = n.props.GetString("title");
    fields.push_back({"title", "", title.empty() ? n.label : title, {}});
    std::string summary = n.props.GetString("summary");
    if (!summary.empty()) fields.push_back({"summary", "", summary, {}});
  }
  return fields;
}

bool Searchable(const Node& n, const SearchQuery& query) {
  if (n.kind != NodeKind::kClause && n.kind != NodeKind::kDocument)
    return false;
  return !query.kind || n.kind == *query.kind;
}

}  // namespace

Result<std::vector<SearchHit>> Search(Snapshot& snapshot,
                                      const SearchQuery& query) {
  std::vector<detail::Word> words = detail::QueryWords(query.text);
  if (words.empty()) return Status::InvalidArgument("nothing to search for");
  storage::Reader& reader = snapshot.reader();

  // The index: folded word -> term; per term, the entries holding it.
  std::vector<NodeId> entries;
  std::vector<size_t> lengths;
  std::unordered_map<std::string, size_t> term_of;
  std::vector<detail::Word> terms;
  std::vector<std::vector<std::pair<size_t, int>>> postings;
  reader.ForEachNode([&](const Node& n) {
    if (!Searchable(n, query)) return true;
    size_t entry = entries.size();
    entries.push_back(n.id);
    size_t length = 0;
    for (const SearchField& f : FieldsOf(n)) {
      for (detail::Word& w : detail::SplitWords(f.text)) {
        ++length;
        auto [it, added] = term_of.emplace(w.folded, terms.size());
        if (added) {
          terms.push_back(std::move(w));
          postings.emplace_back();
        }
        auto& list = postings[it->second];
        if (!list.empty() && list.back().first == entry) {
          ++list.back().second;
        } else {
          list.emplace_back(entry, 1);
        }
      }
    }
    lengths.push_back(length);
    return true;
  });
  if (Status s = reader.status(); !s.ok()) return s;
  if (entries.empty()) return std::vector<SearchHit>{};

  double average = 0;
  for (size_t l : lengths) average += static_cast<double>(l);
  average /= static_cast<double>(entries.size());
  std::vector<double> scores(entries.size(), 0);
  for (const detail::Word& q : words) {
    // A query word stands for every term it matches, as one term.
    std::unordered_map<size_t, int> tf;
    for (size_t t = 0; t < terms.size(); ++t) {
      if (!detail::WordMatches(q, terms[t])) continue;
      for (auto [entry, count] : postings[t]) tf[entry] += count;
    }
    double n = static_cast<double>(entries.size());
    double df = static_cast<double>(tf.size());
    double idf = std::log(1 + (n - df + 0.5) / (df + 0.5));
    for (auto [entry, count] : tf) {
      double f = count;
      double norm =
          kK1 * (1 - kB + kB * static_cast<double>(lengths[entry]) / average);
      scores[entry] += idf * f * (kK1 + 1) / (f + norm);
    }
  }

  std::vector<size_t> ranked;
  for (size_t i = 0; i < entries.size(); ++i) {
    if (scores[i] > 0) ranked.push_back(i);
  }
  std::sort(ranked.begin(), ranked.end(), [&](size_t a, size_t b) {
    if (scores[a] != scores[b]) return scores[a] > scores[b];
    return entries[a] < entries[b];
  });
  if (ranked.size() > query.limit) ranked.resize(query.limit);

  std::vector<SearchHit> hits;
  for (size_t i : ranked) {
    auto node = reader.GetNode(entries[i]);
    if (!node) continue;
    SearchHit hit;
    hit.score = scores[i];
    for (SearchField& f : FieldsOf(*node)) {
      for (const detail::Word& w : detail::SplitWords(f.text)) {
        bool matched = std::any_of(
            words.begin(), words.end(),
            [&](const detail::Word& q) { return detail::WordMatches(q, w); });
        if (matched) f.matches.emplace_back(w.start, w.end);
      }
      if (!f.matches.empty()) hit.fields.push_back(std::move(f));
    }
    if (node->kind == NodeKind::kClause)
      hit.document = node->props.GetString("document");
    hit.node = std::move(*node);
    hits.push_back(std::move(hit));
  }
  return hits;
}

std::string MarkMatches(const SearchField& field, std::string_view open,
                        std::string_view close, size_t max_chars) {
  std::string_view shown = field.text;
  size_t begin = 0, end = shown.size();
  if (text::CodePointCount(shown) > max_chars && !field.matches.empty()) {
    // Some context before the first match, then as much as fits.
    begin = text::MoveByCodePoints(shown, field.matches.front().first,
                                   -static_cast<long>(max_chars / 4));
    while (begin > 0 && shown[begin - 1] != ' ')
      begin = text::MoveByCodePoints(shown, begin, -1);
    end = text::MoveByCodePoints(shown, begin, static_cast<long>(max_chars));
    while (end < shown.size() && end > begin && shown[end] != ' ')
      end = text::MoveByCodePoints(shown, end, -1);
    if (end <= field.matches.front().second)
      end = text::MoveByCodePoints(shown, begin, static_cast<long>(max_chars));
  }
  std::string out = begin > 0 ? "…" : "";
  size_t at = begin;
  for (auto [s, e] : field.matches) {
    if (s < begin || e > end) continue;
    out.append(shown.substr(at, s - at));
    out.append(open);
    out.append(shown.substr(s, e - s));
    out.append(close);
    at = e;
  }
  out.append(shown.substr(at, end - at));
  if (end < shown.size()) out += "…";
  return out;
}

}  // namespace parley::queries
