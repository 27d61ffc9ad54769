#include "storage/detail/terms.h"

#include "graph/props.h"
#include "text/stem.h"

namespace parley::storage::detail {

bool TakesPositions(const graph::Node& node) {
  return node.kind == graph::NodeKind::kDocument &&
         node.props.Get(graph::prop::kStances) != nullptr;
}

void ForEachIndexTerm(
    const graph::Node& node,
    const std::function<void(Reader::Index, std::string)>& add) {
  namespace prop = graph::prop;
  add(Reader::Index::kKind, std::string(graph::NodeKindName(node.kind)));
  auto each_string = [&](std::string_view key, Reader::Index index) {
    const graph::Value* v = node.props.Get(key);
    if (v == nullptr) return;
    if (v->is_string()) add(index, v->as_string());
    if (v->is_array()) {
      for (const graph::Value& item : v->as_array()) {
        if (item.is_string()) add(index, item.as_string());
      }
    }
  };
  if (node.kind == graph::NodeKind::kClause) {
    each_string(prop::kTopics, Reader::Index::kTopic);
    const graph::Value* text = node.props.Get(prop::kText);
    if (text != nullptr && text->is_object()) {
      for (const auto& [lang, written] : text->as_object()) {
        if (!written.is_string()) continue;
        for (text::StemmedWord& w :
             text::SplitStemmedWords(written.as_string())) {
          if (w.folded.empty()) continue;
          // A query word beginning the stem begins the word too, unless
          // the stem is not the word's start ("countries" -> "country").
          if (!w.folded.starts_with(w.stem) && !w.stem.empty())
            add(Reader::Index::kWord, std::move(w.stem));
          add(Reader::Index::kWord, std::move(w.folded));
        }
      }
    }
  }
  if (node.kind == graph::NodeKind::kDocument) {
    each_string(prop::kDate, Reader::Index::kDate);
    each_string(prop::kNumber, Reader::Index::kNumber);
    if (TakesPositions(node))
      each_string(prop::kDate, Reader::Index::kPositions);
    const graph::Value* date = node.props.Get(prop::kDate);
    if (date == nullptr || !date->is_string()) add(Reader::Index::kUndated, "");
  }
}

}  // namespace parley::storage::detail
