#include "queries/compare.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <ranges>
#include <set>
#include <utility>

#include "graph/props.h"
#include "queries/changes.h"
#include "queries/citation.h"
#include "queries/clause_match.h"
#include "queries/detail/words.h"
#include "queries/documents.h"
#include "text/fold.h"

namespace parley::queries {

using graph::Edge;
using graph::EdgeKind;
using graph::Node;
using graph::NodeId;
using graph::NodeKind;
using graph::Value;
namespace prop = graph::prop;

namespace {

// PROPOSES's modality (docs/model.md; importers write it).
constexpr std::string_view kModality = "modality";

// Words that join a document and a point's ordinal: "21404 point 2".
bool IsPointWord(std::string_view folded) {
  static const std::set<std::string, std::less<>> kWords = {
      "point",   "pt",   "pt.", "p.",    "clause", "item",
      "article", "art.", "§",   "пункт", "п.",     "статья"};
  return kWords.count(folded) > 0;
}

// "21404 point 2" -> {"21404", "2"}; "armistice #I.1" -> {"armistice",
// "I.1"}; nullopt when `text` has no such shape.
std::optional<std::pair<std::string, std::string>> SplitPointReference(
    std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (c == ' ' || c == '\t') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  if (words.size() < 2) return std::nullopt;
  std::string last = words.back();
  size_t doc_words = words.size() - 1;
  if (last.size() > 1 && last[0] == '#') {
    last = last.substr(1);
  } else if (words.size() >= 3 &&
             IsPointWord(text::FoldWord(words[words.size() - 2]))) {
    doc_words = words.size() - 2;
  } else {
    return std::nullopt;
  }
  std::string doc;
  for (size_t i = 0; i < doc_words; ++i) doc += (i ? " " : "") + words[i];
  // "21404's" names the document 21404.
  for (std::string_view s : {"'s", "’s"}) {
    if (doc.size() > s.size() && doc.ends_with(s))
      doc.resize(doc.size() - s.size());
  }
  return std::make_pair(doc, last);
}

std::string Describe(Snapshot& snapshot, const Node& clause) {
  std::string ordinal = clause.props.GetString(prop::kOrdinal);
  std::string doc = "document";
  if (const Node* d =
          snapshot.Find(DocumentOfClause(snapshot.reader(), clause)))
    doc = DocumentLabel(*d);
  return "point " + ordinal + " of " + doc + " (" + clause.id + ")";
}

Status Ambiguous(Snapshot& snapshot, std::string_view text,
                 const std::vector<Node>& clauses) {
  std::string message = "'" + std::string(text) + "' fits " +
                        std::to_string(clauses.size()) +
                        " clauses; name one (an id, or \"DOCUMENT point N\"):";
  for (const Node& c : clauses) message += "\n  " + Describe(snapshot, c);
  return Status::NotFound(message);
}

bool OrdinalIs(const Node& clause, std::string_view ordinal) {
  std::string want = text::FoldWord(ordinal);
  if (text::FoldWord(clause.props.GetString(prop::kOrdinal)) == want)
    return true;
  // A local: a view of the temporary's map would outlive the map.
  const graph::ClauseProps props = graph::ClauseProps::From(clause);
  for (const std::string& o : props.ordinals | std::views::values) {
    if (text::FoldWord(o) == want) return true;
  }
  return false;
}

}  // namespace

Result<Node> ResolveClause(Snapshot& snapshot, std::string_view text,
                           const std::vector<std::string>& topics,
                           const NameHint& hint) {
  if (text.empty()) return Status::InvalidArgument("no clause named");
  if (const Node* n = snapshot.Find(std::string(text))) {
    if (n->kind == NodeKind::kClause) return *n;
  }
  if (auto point = SplitPointReference(text)) {
    Result<Node> doc =
        ResolveNode(snapshot, point->first, NodeKind::kDocument, hint);
    if (doc.ok()) {
      std::vector<Node> found, all;
      for (ClauseMatch& m : MatchClauses(snapshot, ClauseQuery{doc->id, {}})) {
        all.push_back(m.clause);
        if (OrdinalIs(m.clause, point->second)) found.push_back(m.clause);
      }
      if (found.size() == 1) return found[0];
      if (found.size() > 1) return Ambiguous(snapshot, text, found);
      std::string ordinals;
      for (const Node& c : all)
        ordinals +=
            (ordinals.empty() ? "" : ", ") + c.props.GetString(prop::kOrdinal);
      return Status::NotFound(
          DocumentLabel(*doc) + " has no point " + point->second +
          (ordinals.empty() ? " (it has no points)"
                            : " (its points: " + ordinals + ")"));
    }
  }
  std::vector<ClauseMatch> matches =
      MatchClauses(snapshot, ClauseQuery{std::string(text), topics});
  if (matches.empty()) {
    if (Status s = snapshot.reader().status(); !s.ok()) return s;
    return Status::NotFound("no clause matches '" + std::string(text) + "'");
  }
  MatchedBy best = matches[0].by;
  for (const ClauseMatch& m : matches) best = std::min(best, m.by);
  std::vector<Node> top;
  for (ClauseMatch& m : matches) {
    if (m.by == best) top.push_back(std::move(m.clause));
  }
  if (top.size() == 1) return top[0];
  return Ambiguous(snapshot, text, top);
}

std::string_view DiffOpName(DiffPiece::Op op) {
  switch (op) {
    case DiffPiece::Op::kSame:
      return "same";
    case DiffPiece::Op::kRemoved:
      return "removed";
    case DiffPiece::Op::kAdded:
      return "added";
  }
  return "same";
}

namespace {

struct DiffWord {
  size_t start = 0, end = 0;  // the word and the punctuation after it
  std::string folded;
};

// The words of `s`, each reaching over the punctuation that follows it up to
// the next space or word ("38th", "parallel," "(Pyongyang").
std::vector<DiffWord> DiffWordsOf(std::string_view s) {
  std::vector<detail::Word> words = detail::SplitWords(s);
  std::vector<DiffWord> out;
  for (size_t i = 0; i < words.size(); ++i) {
    DiffWord w;
    w.start = words[i].start;
    // Opening punctuation right before the word ("(Pyongyang", "«Товарищ").
    while (w.start > 0 && s[w.start - 1] != ' ' && s[w.start - 1] != '\n' &&
           (out.empty() || w.start > out.back().end))
      --w.start;
    size_t limit = i + 1 < words.size() ? words[i + 1].start : s.size();
    w.end = words[i].end;
    while (w.end < limit && s[w.end] != ' ' && s[w.end] != '\n' &&
           s[w.end] != '\t')
      ++w.end;
    w.folded = words[i].folded;
    out.push_back(std::move(w));
  }
  // A word's opening punctuation must not swallow the previous word's
  // closing punctuation: closing wins.
  for (size_t i = 1; i < out.size(); ++i)
    out[i].start = std::max(out[i].start, out[i - 1].end);
  return out;
}

// A run of the alignment: words [a_first, a_end) of the first text and
// [b_first, b_end) of the second; a removed run has no words of the second,
// an added one none of the first, an unchanged one as many of each.
struct Run {
  DiffPiece::Op op;
  size_t a_first, a_end, b_first, b_end;
};

void Append(std::vector<Run>& runs, DiffPiece::Op op, size_t i, size_t j) {
  size_t da = op == DiffPiece::Op::kAdded ? 0 : 1;
  size_t db = op == DiffPiece::Op::kRemoved ? 0 : 1;
  if (!runs.empty() && runs.back().op == op) {
    runs.back().a_end += da;
    runs.back().b_end += db;
  } else {
    runs.push_back({op, i, i + da, j, j + db});
  }
}

// Words [first, end) of `text` as written, line breaks read as spaces.
std::string Span(const std::vector<DiffWord>& words, std::string_view text,
                 size_t first, size_t end) {
  std::string_view t =
      text.substr(words[first].start, words[end - 1].end - words[first].start);
  std::string out;
  bool space = false;
  for (char c : t) {
    if (c == '\n' || c == '\t' || c == ' ') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// An unchanged run of one or two short function words ("a", "from the")
// between two changes is a coincidence of the alignment, not common text.
bool IsCoincidence(const std::vector<Run>& runs, size_t k,
                   const std::vector<DiffWord>& b) {
  const Run& r = runs[k];
  if (r.op != DiffPiece::Op::kSame || r.b_end - r.b_first > 2) return false;
  if (k == 0 || k + 1 == runs.size()) return false;
  if (runs[k - 1].op == DiffPiece::Op::kSame ||
      runs[k + 1].op == DiffPiece::Op::kSame)
    return false;
  for (size_t j = r.b_first; j < r.b_end; ++j) {
    if (!detail::IsStopWord(b[j].folded)) return false;
  }
  return true;
}

// The pieces of the alignment. Between two unchanged runs the removed words
// are one stretch of the first text and the added ones of the second: one
// removed piece, then one added piece.
std::vector<DiffPiece> Pieces(std::vector<Run> runs,
                              const std::vector<DiffWord>& a,
                              std::string_view before,
                              const std::vector<DiffWord>& b,
                              std::string_view after) {
  std::vector<bool> coincidence(runs.size());
  for (size_t k = 0; k < runs.size(); ++k)
    coincidence[k] = IsCoincidence(runs, k, b);
  std::vector<DiffPiece> out;
  size_t k = 0;
  while (k < runs.size()) {
    if (runs[k].op == DiffPiece::Op::kSame && !coincidence[k]) {
      const Run& r = runs[k++];
      out.push_back({DiffPiece::Op::kSame, Span(b, after, r.b_first, r.b_end)});
      continue;
    }
    size_t a_first = SIZE_MAX, a_end = 0, b_first = SIZE_MAX, b_end = 0;
    for (; k < runs.size() &&
           (runs[k].op != DiffPiece::Op::kSame || coincidence[k]);
         ++k) {
      const Run& r = runs[k];
      if (r.a_end > r.a_first) {
        a_first = std::min(a_first, r.a_first);
        a_end = std::max(a_end, r.a_end);
      }
      if (r.b_end > r.b_first) {
        b_first = std::min(b_first, r.b_first);
        b_end = std::max(b_end, r.b_end);
      }
    }
    if (a_end > 0)
      out.push_back({DiffPiece::Op::kRemoved, Span(a, before, a_first, a_end)});
    if (b_end > 0)
      out.push_back({DiffPiece::Op::kAdded, Span(b, after, b_first, b_end)});
  }
  return out;
}

}  // namespace

std::vector<DiffPiece> DiffWords(std::string_view before,
                                 std::string_view after) {
  std::vector<DiffWord> a = DiffWordsOf(before), b = DiffWordsOf(after);
  std::vector<DiffPiece> out;
  constexpr size_t kMaxWords = 4000;
  if (a.size() > kMaxWords || b.size() > kMaxWords) {
    if (before == after) return {{DiffPiece::Op::kSame, std::string(before)}};
    if (!before.empty())
      out.push_back({DiffPiece::Op::kRemoved, std::string(before)});
    if (!after.empty())
      out.push_back({DiffPiece::Op::kAdded, std::string(after)});
    return out;
  }
  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
  size_t n = a.size(), m = b.size();
  std::vector<uint16_t> lcs((n + 1) * (m + 1), 0);
  auto at = [&](size_t i, size_t j) -> uint16_t& {
    return lcs[i * (m + 1) + j];
  };
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      at(i, j) = a[i].folded == b[j].folded
                     ? static_cast<uint16_t>(at(i + 1, j + 1) + 1)
                     : std::max(at(i + 1, j), at(i, j + 1));
    }
  }
  std::vector<Run> runs;
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i].folded == b[j].folded) {
      Append(runs, DiffPiece::Op::kSame, i++, j++);
    } else if (j < m && (i == n || at(i, j + 1) >= at(i + 1, j))) {
      Append(runs, DiffPiece::Op::kAdded, i, j++);
    } else {
      Append(runs, DiffPiece::Op::kRemoved, i++, j);
    }
  }
  return Pieces(std::move(runs), a, before, b, after);
}

std::string MarkedDiff(const std::vector<DiffPiece>& pieces) {
  std::string out;
  for (size_t k = 0; k < pieces.size(); ++k) {
    const DiffPiece& p = pieces[k];
    // A replacement reads "[-old-]{+new+}", with no space between.
    bool glued = k > 0 && p.op == DiffPiece::Op::kAdded &&
                 pieces[k - 1].op == DiffPiece::Op::kRemoved;
    if (!out.empty() && !glued) out += ' ';
    switch (p.op) {
      case DiffPiece::Op::kSame:
        out += p.text;
        break;
      case DiffPiece::Op::kRemoved:
        out += "[-" + p.text + "-]";
        break;
      case DiffPiece::Op::kAdded:
        out += "{+" + p.text + "+}";
        break;
    }
  }
  return out;
}

namespace {

// Place ids by their stored labels.
PlaceLabeler Labels(Snapshot& snapshot) {
  return [&snapshot](const NodeId& id) {
    const Node* n = snapshot.Find(id);
    return n == nullptr ? std::string() : n->label;
  };
}

ComparedVersion MakeVersion(Snapshot& snapshot, const Node& clause) {
  ComparedVersion v;
  v.clause = Brief(clause);
  if (const Value* terms = clause.props.Get(prop::kTerms))
    v.terms_text = RenderTerms(*terms, Labels(snapshot));
  NodeId doc_id = DocumentOfClause(snapshot.reader(), clause);
  if (const Node* doc = snapshot.Find(doc_id)) v.document = Brief(*doc);
  v.date = v.document.props.GetString(prop::kDate);
  if (!doc_id.empty()) {
    if (const Node* outer = snapshot.Find(OuterDocumentId(snapshot, doc_id)))
      v.outer = Brief(*outer);
    v.source = SourceLine(snapshot, doc_id);
  }
  for (const Edge& e :
       snapshot.reader().InEdges(clause.id, EdgeKind::kProposes)) {
    if (const Node* p = snapshot.Find(e.source))
      v.proposers.push_back({Brief(*p), e.props.GetString(kModality)});
  }
  return v;
}

// The texts' languages, English and Russian first.
std::vector<std::string> Languages(const Node& a, const Node& b) {
  std::set<std::string> all;
  for (const Node* n : {&a, &b}) {
    for (const auto& [lang, text] : graph::ClauseProps::From(*n).text) {
      if (!text.empty()) all.insert(lang);
    }
  }
  std::vector<std::string> out;
  for (const char* first : {"en", "ru"}) {
    if (all.erase(first)) out.push_back(first);
  }
  out.insert(out.end(), all.begin(), all.end());
  return out;
}

// The VARIANT_OF edge from `later` to `earlier`, if stored.
std::optional<Edge> VariantEdge(storage::Reader& reader, const NodeId& later,
                                const NodeId& earlier) {
  for (Edge& e : reader.OutEdges(later, EdgeKind::kVariantOf)) {
    if (e.target == earlier) return std::move(e);
  }
  return std::nullopt;
}

}  // namespace

Result<ClauseComparison> CompareClauses(Snapshot& snapshot, const NodeId& a,
                                        const NodeId& b) {
  const Node* na = snapshot.Find(a);
  const Node* nb = snapshot.Find(b);
  for (auto [id, n] : {std::pair{&a, na}, std::pair{&b, nb}}) {
    if (n == nullptr || n->kind != NodeKind::kClause)
      return Status::NotFound("no clause '" + *id + "'");
  }
  ClauseComparison out;
  out.before = MakeVersion(snapshot, *na);
  out.after = MakeVersion(snapshot, *nb);
  storage::Reader& reader = snapshot.reader();
  std::optional<Edge> edge = VariantEdge(reader, b, a);
  if (!edge) {
    edge = VariantEdge(reader, a, b);
    if (edge) out.swapped = true;
  }
  if (!edge && !out.before.date.empty() && !out.after.date.empty() &&
      out.after.date < out.before.date)
    out.swapped = true;
  if (out.swapped) std::swap(out.before, out.after);

  for (const std::string& lang :
       Languages(out.before.clause, out.after.clause)) {
    LanguageDiff d;
    d.lang = lang;
    auto text_in = [&](const Node& c) {
      auto texts = graph::ClauseProps::From(c).text;
      auto it = texts.find(lang);
      return it == texts.end() ? std::string() : it->second;
    };
    d.before = text_in(out.before.clause);
    d.after = text_in(out.after.clause);
    if (!d.before.empty() && !d.after.empty())
      d.pieces = DiffWords(d.before, d.after);
    out.diffs.push_back(std::move(d));
  }

  if (edge) {
    out.edge = edge->props;
    if (const Value* changes = edge->props.Get(prop::kChanges)) {
      out.changes_from_edge = true;
      if (changes->is_array()) {
        out.changes = *changes;
      } else {
        out.changes.Append(*changes);
      }
    }
  }
  if (!out.changes_from_edge)
    out.changes = CompareClauseTerms(out.before.clause, out.after.clause);
  out.change_lines = ChangeLines(&out.changes, Labels(snapshot));
  if (Status s = reader.status(); !s.ok()) return s;
  return out;
}

}  // namespace parley::queries
