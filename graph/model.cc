#include "graph/model.h"

#include <algorithm>
#include <array>

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

// Russian (and Ukrainian/Bulgarian letters seen in names) to Latin, after the
// common passport-style scheme; used only to build ids.
std::string_view TransliterateCyrillic(char32_t c) {
  switch (c) {
    case U'а':
      return "a";
    case U'б':
      return "b";
    case U'в':
      return "v";
    case U'г':
      return "g";
    case U'д':
      return "d";
    case U'е':
      return "e";
    case U'ё':
      return "e";
    case U'ж':
      return "zh";
    case U'з':
      return "z";
    case U'и':
      return "i";
    case U'й':
      return "i";
    case U'к':
      return "k";
    case U'л':
      return "l";
    case U'м':
      return "m";
    case U'н':
      return "n";
    case U'о':
      return "o";
    case U'п':
      return "p";
    case U'р':
      return "r";
    case U'с':
      return "s";
    case U'т':
      return "t";
    case U'у':
      return "u";
    case U'ф':
      return "f";
    case U'х':
      return "kh";
    case U'ц':
      return "ts";
    case U'ч':
      return "ch";
    case U'ш':
      return "sh";
    case U'щ':
      return "shch";
    case U'ъ':
      return "";
    case U'ы':
      return "y";
    case U'ь':
      return "";
    case U'э':
      return "e";
    case U'ю':
      return "iu";
    case U'я':
      return "ia";
    default:
      return {};
  }
}

// Decodes one UTF-8 code point at `i`, advancing it; invalid bytes yield
// U+FFFD and advance by one.
char32_t NextCodePoint(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int len = c < 0x80           ? 1
            : (c >> 5) == 0x6  ? 2
            : (c >> 4) == 0xE  ? 3
            : (c >> 3) == 0x1E ? 4
                               : 0;
  if (len == 0 || i + len > s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = len == 1 ? c : c & (0x7F >> len);
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
  i += len;
  return cp;
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

std::string Slug(std::string_view text) {
  std::string out;
  bool pending_hyphen = false;
  auto emit = [&](std::string_view piece) {
    if (piece.empty()) return;
    if (pending_hyphen && !out.empty()) out += '-';
    pending_hyphen = false;
    out += piece;
  };
  for (size_t i = 0; i < text.size();) {
    char32_t c = NextCodePoint(text, i);
    if (c < 0x80) {
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
    char32_t lower = c;
    if (c >= U'А' && c <= U'Я') lower = c + 0x20;
    if (c == U'Ё') lower = U'ё';
    std::string_view latin = TransliterateCyrillic(lower);
    if (!latin.empty() || lower == U'ъ' || lower == U'ь') {
      emit(latin);
    } else {
      pending_hyphen = true;
    }
  }
  return out;
}

}  // namespace parley::graph
