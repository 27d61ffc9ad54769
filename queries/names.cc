#include "queries/names.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "queries/detail/words.h"
#include "queries/documents.h"
#include "text/edit_distance.h"
#include "text/utf8.h"

namespace parley::queries {
namespace {

using graph::Node;
using graph::NodeId;
using graph::NodeKind;

bool KindFits(const Node& n, std::optional<NodeKind> kind) {
  return !kind || n.kind == *kind;
}

// The folded words of a name, as a set of strings.
std::vector<std::string> NameWords(std::string_view name) {
  std::vector<std::string> out;
  for (const detail::Word& w : detail::SplitWords(name))
    out.push_back(w.folded);
  return out;
}

bool HoldsEveryWord(const std::vector<std::string>& name,
                    const std::vector<std::string>& wanted) {
  return !wanted.empty() &&
         std::all_of(wanted.begin(), wanted.end(), [&](const std::string& w) {
           return std::find(name.begin(), name.end(), w) != name.end();
         });
}

std::vector<std::string> DocumentNumbers(const Node& doc) {
  std::vector<std::string> out;
  const graph::Value* number = doc.props.Get("number");
  if (number == nullptr) return out;
  if (number->is_string()) out.push_back(number->as_string());
  if (number->is_array()) {
    for (const graph::Value& v : number->as_array()) {
      if (v.is_string()) out.push_back(v.as_string());
    }
  }
  return out;
}

std::string Candidates(const std::vector<Node>& nodes) {
  std::string out;
  for (size_t i = 0; i < nodes.size(); ++i) {
    out += (i ? ", " : "") + nodes[i].label + " (" + nodes[i].id + ")";
  }
  return out;
}

std::string KindWord(std::optional<NodeKind> kind) {
  if (!kind) return "node";
  std::string word(graph::NodeKindName(*kind));
  std::transform(word.begin(), word.end(), word.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return word;
}

Status Ambiguous(std::string_view text, std::vector<Node> nodes) {
  std::sort(nodes.begin(), nodes.end(),
            [](const Node& a, const Node& b) { return a.id < b.id; });
  return Status::NotFound(
      "'" + std::string(text) + "' may name " + std::to_string(nodes.size()) +
      " nodes: " + Candidates(nodes) + "; give the id or more of the name");
}

}  // namespace

Result<Node> ResolveNode(Snapshot& snapshot, std::string_view text,
                         std::optional<NodeKind> kind, const NameHint& hint) {
  storage::Reader& reader = snapshot.reader();
  std::string typed(text);
  if (typed.empty()) return Status::InvalidArgument("empty name");
  if (const Node* n = snapshot.FindHead(typed); n && KindFits(*n, kind)) {
    return Brief(*n);
  }

  // Exact names: the names index and the caller's hint.
  std::set<NodeId> exact;
  for (const NodeId& id : reader.LookupName(typed)) exact.insert(id);
  std::optional<NodeId> hinted;
  if (hint) hinted = hint(text, kind);
  if (hinted) exact.insert(*hinted);
  std::vector<Node> found;
  bool hinted_stored = false;
  for (const NodeId& id : exact) {
    const Node* n = snapshot.FindHead(id);
    if (n && hinted && id == *hinted) hinted_stored = true;
    if (n && KindFits(*n, kind)) found.push_back(Brief(*n));
  }
  if (found.size() == 1) return found[0];
  if (found.size() > 1) return Ambiguous(text, std::move(found));

  // Part of a name, a document's number or title; and the nearest names for
  // a suggestion when nothing fits.
  std::vector<std::string> wanted = NameWords(text);
  std::string key = storage::NameKey(typed);
  std::vector<std::pair<size_t, std::string>> near;
  // A person, organisation or place whose name holds the words goes before
  // a document whose title does ("Mao" is Mao Zedong, not his telegrams).
  std::vector<Node> documents;
  auto consider = [&](const Node& n) {
    if (!KindFits(n, kind) || n.kind == NodeKind::kClause) return;
    std::vector<std::string> names = n.aliases;
    names.push_back(n.label);
    if (n.kind == NodeKind::kDocument) {
      std::string title = n.props.GetString("title");
      if (!title.empty()) names.push_back(title);
      for (const std::string& number : DocumentNumbers(n)) {
        if (!wanted.empty() && detail::FoldWord(number) == wanted.back()) {
          documents.push_back(Brief(n));
          return;
        }
      }
    }
    size_t best = std::string::npos;
    for (const std::string& name : names) {
      if (HoldsEveryWord(NameWords(name), wanted)) {
        (n.kind == NodeKind::kDocument ? documents : found).push_back(Brief(n));
        return;
      }
      // The whole name, and each word of it: "Stallin" is near "Joseph
      // Stalin" through "Stalin".
      std::string folded = storage::NameKey(name);
      best = std::min(best, text::EditDistance(folded, key));
      for (const std::string& word : NameWords(folded)) {
        best = std::min(best, text::EditDistance(word, key));
      }
    }
    // Titles are long and full of names: suggested only when a document
    // is what was asked for.
    if (n.kind != NodeKind::kDocument || kind == NodeKind::kDocument) {
      near.emplace_back(best, n.label);
    }
  };
  // Every node of a kind asked for but clauses, through the kind index and
  // its head (one read each): a pass over the whole graph merged every
  // clause and every page's part of each hub, 26 s at 10^5 pages for a
  // mistyped id.
  for (int k = 0; k < graph::kNodeKindCount; ++k) {
    auto each = static_cast<NodeKind>(k);
    if (each == NodeKind::kClause || (kind && each != *kind)) continue;
    for (const NodeId& id : reader.Lookup(storage::Reader::Index::kKind,
                                          graph::NodeKindName(each))) {
      if (std::optional<Node> n = reader.GetNodeHead(id)) consider(*n);
    }
  }
  if (found.empty()) found = std::move(documents);
  if (found.size() == 1) return found[0];
  if (found.size() > 1) return Ambiguous(text, std::move(found));

  std::sort(near.begin(), near.end());
  near.erase(std::unique(near.begin(), near.end()), near.end());
  std::string message = "no " + KindWord(kind) + " named '" + typed + "'";
  if (hinted && !hinted_stored) {
    message += " in this database (the gazetteer knows " + *hinted +
               ", but no imported page names it)";
  }
  size_t limit = std::max<size_t>(2, text::CodePointCount(key) / 3);
  if (!near.empty() && near[0].first <= limit) {
    message += "; did you mean";
    for (size_t i = 0; i < near.size() && i < 3; ++i) {
      if (near[i].first > near[0].first + 1 || near[i].first > limit) break;
      message += (i ? ", '" : " '") + near[i].second + "'";
    }
    message += "?";
  }
  return Status::NotFound(message);
}

}  // namespace parley::queries
