#include "graph/model.h"

#include <algorithm>
#include <array>

#include "text/translit.h"
#include "text/utf8.h"

namespace parley::graph {
namespace {

constexpr std::array<std::string_view, kNodeKindCount> kNodeKindNames = {
    "Person", "Organization", "Place", "Document", "Clause", "Delegation"};

constexpr std::array<std::string_view, kEdgeKindCount> kEdgeKindNames = {
    "AUTHORED",   "ADDRESSED_TO", "VIA",         "COPY_TO", "EMBEDS",
    "HAS_CLAUSE", "PROPOSES",     "MEMBER_OF",   "HEADS",   "HOLDS_ROLE",
    "MENTIONS",   "CONCERNS",     "RESPONDS_TO", "STANCE",  "VARIANT_OF"};

template <typename T>
void AppendMissing(std::vector<T>& into, const std::vector<T>& from) {
  for (const T& x : from) {
    if (std::find(into.begin(), into.end(), x) == into.end()) into.push_back(x);
  }
}

}  // namespace

std::string_view NodeKindName(NodeKind kind) {
  return kNodeKindNames[static_cast<size_t>(kind)];
}

std::string_view EdgeKindName(EdgeKind kind) {
  return kEdgeKindNames[static_cast<size_t>(kind)];
}

std::optional<NodeKind> ParseNodeKind(std::string_view name) {
  for (size_t i = 0; i < kNodeKindNames.size(); ++i) {
    if (kNodeKindNames[i] == name) return static_cast<NodeKind>(i);
  }
  return std::nullopt;
}

std::optional<EdgeKind> ParseEdgeKind(std::string_view name) {
  for (size_t i = 0; i < kEdgeKindNames.size(); ++i) {
    if (kEdgeKindNames[i] == name) return static_cast<EdgeKind>(i);
  }
  return std::nullopt;
}

void MergeNode(Node& into, const Node& from) {
  AppendMissing(into.aliases, from.aliases);
  AppendMissing(into.evidence, from.evidence);
  MergeValue(into.props, from.props);
  if (into.label.empty()) into.label = from.label;
}

void MergeEdge(Edge& into, const Edge& from) {
  AppendMissing(into.evidence, from.evidence);
  MergeValue(into.props, from.props);
}

std::string Slug(std::string_view written) {
  std::string out;
  bool pending_hyphen = false;
  auto emit = [&](std::string_view piece) {
    if (piece.empty()) return;
    if (pending_hyphen && !out.empty()) out += '-';
    pending_hyphen = false;
    out += piece;
  };
  for (size_t i = 0; i < written.size();) {
    text::CodePoint c = text::NextCodePoint(written, i);
    if (c >= 0 && c < 0x80) {
      char a = static_cast<char>(c);
      if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
      if ((a >= 'a' && a <= 'z') || (a >= '0' && a <= '9')) {
        emit(std::string_view(&a, 1));
      } else if (a == '\'') {
        // "People's" -> "peoples": an apostrophe does not split a word.
      } else {
        pending_hyphen = true;
      }
      continue;
    }
    if (c == U'’') continue;
    // Russian letters in the id scheme ("ъ" and "ь" are silent); any other
    // character, a malformed byte included, splits words.
    if (std::optional<std::string_view> latin =
            text::LatinLetter(c, text::LatinScheme::kId)) {
      emit(*latin);
    } else {
      pending_hyphen = true;
    }
  }
  return out;
}

}  // namespace parley::graph
