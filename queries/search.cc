#include "queries/search.h"

#include <algorithm>
#include <set>

#include "graph/props.h"
#include "queries/detail/words.h"
#include "queries/documents.h"
#include "text/chars.h"
#include "text/utf8.h"

namespace parley::queries {

using storage::IndexWord;

namespace {

// The longest run of words tried as one name ("Peng Teh-huai").
constexpr size_t kLongestName = 4;
// A snippet: this many words from some before the first match on.
constexpr size_t kSnippetWords = 32;
constexpr size_t kWordsBefore = 8;

// The terms of a phrase, in order.
std::vector<std::string> TermsOf(std::string_view phrase) {
  std::vector<std::string> terms;
  for (const IndexWord& w : storage::IndexWords(phrase)) {
    if (!w.term.empty()) terms.push_back(w.term);
  }
  return terms;
}

// A piece of the query: words as typed, or a "quoted phrase".
struct Piece {
  std::string text;
  bool quoted = false;
};

std::vector<Piece> Pieces(std::string_view text) {
  std::vector<Piece> pieces;
  bool quoted = false;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) pieces.push_back({current, quoted});
    current.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '"') {
      flush();
      quoted = !quoted;
    } else {
      current += text[i];
    }
  }
  flush();
  return pieces;
}

// The spellings of `name` when the hint knows it and one of its spellings
// is `name` up to inflection; else none.
std::vector<std::string> SpellingsOf(const SearchQuery& query,
                                     std::string_view name) {
  if (!query.spellings) return {};
  std::vector<std::string> spellings = query.spellings(name);
  std::vector<std::string> typed = TermsOf(name);
  bool same =
      std::any_of(spellings.begin(), spellings.end(),
                  [&](const std::string& s) { return TermsOf(s) == typed; });
  if (!same) return {};
  // The name as typed first, then the others without repeats.
  std::vector<std::string> out = {std::string(name)};
  std::set<std::vector<std::string>> seen = {typed};
  for (const std::string& s : spellings) {
    if (seen.insert(TermsOf(s)).second) out.push_back(s);
  }
  return out;
}

// The words of an unquoted piece as groups: the longest runs that name
// something the hint knows become one group of spellings, the other words
// one group each.
void AddWordGroups(const SearchQuery& query, std::string_view piece,
                   std::vector<std::vector<std::string>>& groups,
                   std::vector<bool>& stop) {
  std::vector<detail::Word> words = detail::SplitWords(piece);
  for (size_t i = 0; i < words.size();) {
    size_t taken = 0;
    for (size_t n = std::min(kLongestName, words.size() - i); n > 0; --n) {
      std::string_view name =
          piece.substr(words[i].start, words[i + n - 1].end - words[i].start);
      std::vector<std::string> spellings = SpellingsOf(query, name);
      if (!spellings.empty()) {
        groups.push_back(std::move(spellings));
        stop.push_back(false);
        taken = n;
        break;
      }
    }
    if (taken == 0) {
      std::string_view word =
          piece.substr(words[i].start, words[i].end - words[i].start);
      groups.push_back({std::string(word)});
      stop.push_back(detail::IsStopWord(words[i].folded));
      taken = 1;
    }
    i += taken;
  }
}

// Where each phrase of the groups occurs among `words`: byte ranges of the
// text, and which group each belongs to.
struct Found {
  size_t first_word = 0;
  size_t last_word = 0;
  size_t group = 0;
};

std::vector<Found> FindPhrases(
    const std::vector<IndexWord>& words,
    const std::vector<std::vector<std::string>>& groups) {
  std::vector<std::pair<size_t, std::vector<std::string>>> phrases;
  for (size_t g = 0; g < groups.size(); ++g) {
    for (const std::string& p : groups[g]) {
      std::vector<std::string> terms = TermsOf(p);
      if (!terms.empty()) phrases.emplace_back(g, std::move(terms));
    }
  }
  std::vector<Found> found;
  for (size_t i = 0; i < words.size(); ++i) {
    size_t longest = 0, group = 0;
    for (const auto& [g, terms] : phrases) {
      if (terms.size() <= longest || i + terms.size() > words.size()) continue;
      bool fits = true;
      for (size_t k = 0; k < terms.size() && fits; ++k) {
        fits = words[i + k].term == terms[k];
      }
      if (fits) {
        longest = terms.size();
        group = g;
      }
    }
    if (longest > 0) {
      found.push_back({i, i + longest - 1, group});
      i += longest - 1;
    }
  }
  return found;
}

// The index of the found phrase that opens the best window: the one whose
// next kSnippetWords words hold the most groups, then the most matches.
size_t BestWindow(const std::vector<Found>& found) {
  size_t best = 0, best_groups = 0, best_count = 0;
  for (size_t i = 0; i < found.size(); ++i) {
    std::set<size_t> groups;
    size_t count = 0;
    for (size_t j = i; j < found.size() &&
                       found[j].last_word <
                           found[i].first_word + kSnippetWords - kWordsBefore;
         ++j) {
      groups.insert(found[j].group);
      ++count;
    }
    if (groups.size() > best_groups ||
        (groups.size() == best_groups && count > best_count)) {
      best = i;
      best_groups = groups.size();
      best_count = count;
    }
  }
  return best;
}

bool IsCyrillicText(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    if (text::IsCyrillic(text::NextCodePoint(text, i))) return true;
  }
  return false;
}

// Fills the snippet of `hit` from the page text.
void MakeSnippet(const std::string& page, const std::vector<IndexWord>& words,
                 const std::vector<std::vector<std::string>>& groups,
                 SearchHit& hit) {
  std::vector<Found> found = FindPhrases(words, groups);
  hit.match_count = found.size();
  if (words.empty()) return;
  size_t first = 0;
  if (!found.empty()) {
    size_t open = found[BestWindow(found)].first_word;
    first = open > kWordsBefore ? open - kWordsBefore : 0;
  }
  size_t last = std::min(words.size(), first + kSnippetWords) - 1;
  hit.start = words[first].start;
  hit.end = words[last].end;
  for (const Found& f : found) {
    if (f.first_word >= first && f.last_word <= last) {
      hit.matches.emplace_back(words[f.first_word].start,
                               words[f.last_word].end);
    }
  }
  // Keep a closing bracket or full stop that ends the snippet's last word.
  while (hit.end < page.size() && hit.end < words[last].end + 2 &&
         std::string_view(".,;:)]»").find(page[hit.end]) != std::string::npos) {
    ++hit.end;
  }
  hit.quote = page.substr(hit.start, hit.end - hit.start);
  hit.cut_before = first > 0;
  hit.cut_after = last + 1 < words.size();
  for (auto [s, e] : storage::ProseRanges(page)) {
    if (e > hit.start && s < hit.end)
      hit.prose.emplace_back(std::max(s, hit.start), std::min(e, hit.end));
  }
  std::string_view first_match =
      hit.matches.empty() ? std::string_view(hit.quote)
                          : std::string_view(page).substr(
                                hit.matches[0].first,
                                hit.matches[0].second - hit.matches[0].first);
  hit.lang = IsCyrillicText(first_match) ? "ru" : "en";
}

// The document of the hit's page that byte `at` lies in: the narrowest span
// holding it; the page's own document when the index kept no spans.
graph::NodeId DocumentAt(const storage::TextHit& hit, size_t at) {
  const storage::DocumentSpan* best = nullptr;
  for (const storage::DocumentSpan& d : hit.documents) {
    if (at < d.start || at >= d.end) continue;
    if (best == nullptr || d.end - d.start < best->end - best->start) best = &d;
  }
  if (best != nullptr) return best->document;
  // A page of a second source ("doc:…@cwihp") is of the document before "@";
  // a file of several documents ("doc:a+doc:b@frus"), of its first.
  return hit.page_id.substr(0, hit.page_id.find_first_of("+@"));
}

}  // namespace

std::vector<std::vector<std::string>> QueryGroups(const SearchQuery& query) {
  std::vector<std::vector<std::string>> groups;
  std::vector<bool> stop;
  for (const Piece& piece : Pieces(query.text)) {
    if (piece.quoted) {
      if (TermsOf(piece.text).empty()) continue;
      std::vector<std::string> spellings = SpellingsOf(query, piece.text);
      groups.push_back(spellings.empty() ? std::vector<std::string>{piece.text}
                                         : spellings);
      stop.push_back(false);
    } else {
      AddWordGroups(query, piece.text, groups, stop);
    }
  }
  // Function words are dropped unless nothing else is left.
  if (std::find(stop.begin(), stop.end(), false) == stop.end()) return groups;
  std::vector<std::vector<std::string>> kept;
  for (size_t i = 0; i < groups.size(); ++i) {
    if (!stop[i]) kept.push_back(std::move(groups[i]));
  }
  return kept;
}

Result<SearchResult> Search(Snapshot& snapshot, storage::TextIndex& index,
                            const SearchQuery& query) {
  SearchResult result;
  result.groups = QueryGroups(query);
  storage::TextQuery text_query;
  text_query.groups = result.groups;
  text_query.limit = query.limit;
  auto found = index.Search(text_query);
  if (!found.ok()) return found.status();
  result.total = found->estimated_total;
  storage::Reader& reader = snapshot.reader();
  for (const storage::TextHit& t : found->hits) {
    SearchHit hit;
    hit.page_id = t.page_id;
    hit.score = t.score;
    std::optional<std::string> page = reader.PageText(t.page_id);
    // A page the store no longer holds (removed by an import cut short
    // before the index caught up) is no answer.
    if (!page) continue;
    MakeSnippet(*page, storage::IndexWords(*page), result.groups, hit);
    graph::NodeId doc_id =
        DocumentAt(t, hit.matches.empty() ? hit.start : hit.matches[0].first);
    if (const graph::Node* doc = snapshot.Find(doc_id)) {
      hit.document = Brief(*doc);
      hit.date = doc->props.GetString(graph::prop::kDate);
    } else {
      hit.document.id = doc_id;
      hit.document.kind = graph::NodeKind::kDocument;
      hit.document.label = doc_id;
    }
    result.hits.push_back(std::move(hit));
  }
  if (Status s = reader.status(); !s.ok()) return s;
  return result;
}

std::string MarkSnippet(const SearchHit& hit, std::string_view open,
                        std::string_view close) {
  std::string out;
  bool space = false;
  auto append = [&](std::string_view text) {
    for (char c : text) {
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        space = true;
        continue;
      }
      if (space && !out.empty()) out += ' ';
      space = false;
      out += c;
    }
  };
  // Markup outside the prose reads as a space.
  std::string visible = hit.quote;
  if (!hit.prose.empty()) {
    std::string blank(visible.size(), ' ');
    for (auto [s, e] : hit.prose) {
      blank.replace(s - hit.start, e - s, visible, s - hit.start, e - s);
    }
    visible = std::move(blank);
  }
  std::string_view quote = visible;
  size_t at = 0;
  for (auto [s, e] : hit.matches) {
    size_t from = s - hit.start, to = e - hit.start;
    append(quote.substr(at, from - at));
    if (space && !out.empty()) out += ' ';
    space = false;
    out.append(open);
    append(quote.substr(from, to - from));
    out.append(close);
    at = to;
  }
  append(quote.substr(at));
  return (hit.cut_before ? "…" : "") + out + (hit.cut_after ? "…" : "");
}

}  // namespace parley::queries
