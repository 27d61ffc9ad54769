#include "storage/text_index.h"

#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <set>
#include <thread>

#include "graph/props.h"
#include "text/chars.h"
#include "text/fold.h"
#include "text/utf8.h"
#include "text/words.h"

namespace parley::storage {
namespace {

// Xapian refuses terms over 245 bytes; a "word" that long is noise.
constexpr size_t kMaxTermBytes = 200;
// Page ids are boolean terms with this prefix (Xapian's convention for
// unique ids), so a page is replaced by id.
constexpr std::string_view kIdPrefix = "Q";
// Value slots of a Xapian document.
constexpr Xapian::valueno kPageIdSlot = 0;
constexpr Xapian::valueno kHashSlot = 1;

const Xapian::Stem& RussianStemmer() {
  static const Xapian::Stem stem("russian");
  return stem;
}
const Xapian::Stem& EnglishStemmer() {
  static const Xapian::Stem stem("english");
  return stem;
}

bool HasCyrillic(std::string_view word) {
  for (size_t i = 0; i < word.size();) {
    if (text::IsCyrillic(text::NextCodePoint(word, i))) return true;
  }
  return false;
}

bool IsAsciiLetters(std::string_view word) {
  return std::any_of(word.begin(), word.end(),
                     [](char c) { return c >= 'a' && c <= 'z'; }) &&
         std::all_of(word.begin(), word.end(), [](char c) {
           return static_cast<unsigned char>(c) < 0x80;
         });
}

std::string IdTerm(std::string_view page_id) {
  return std::string(kIdPrefix) + std::string(page_id);
}

text::WordOptions SearchWordOptions() {
  text::WordOptions options;
  options.apostrophes_join = false;
  return options;
}

// Runs `fn`, turning a Xapian error into a Status naming `what`.
template <typename Fn>
Status Guard(const std::string& what, Fn&& fn) {
  try {
    fn();
    return Status::Ok();
  } catch (const Xapian::DatabaseLockError& e) {
    return Status::Busy(what + ": full-text index is in use (" +
                        e.get_description() + ")");
  } catch (const Xapian::Error& e) {
    return Status::IOError(what + ": full-text index: " + e.get_description());
  }
}

// The term of a word FindWords cut.
std::string TermOfWord(std::string_view word) {
  std::string folded = text::FoldWord(word);
  if (folded.empty() || folded.size() > kMaxTermBytes) return "";
  if (HasCyrillic(folded)) return RussianStemmer()(folded);
  if (IsAsciiLetters(folded)) return EnglishStemmer()(folded);
  return folded;
}

}  // namespace

std::string IndexTerm(std::string_view word) {
  if (text::FindWords(word, SearchWordOptions()).empty()) return "";
  return TermOfWord(word);
}

namespace {

size_t FirstNonSpace(std::string_view text) {
  size_t i = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") i = 3;  // a byte-order mark
  while (i < text.size() && (text[i] == ' ' || text[i] == '\n' ||
                             text[i] == '\r' || text[i] == '\t')) {
    ++i;
  }
  return i;
}

// Outside the tags, comments and processing instructions of XML.
std::vector<std::pair<size_t, size_t>> XmlProse(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t at = 0;
  while (at < text.size()) {
    size_t open = text.find('<', at);
    if (open == std::string_view::npos) open = text.size();
    if (open > at) out.emplace_back(at, open);
    if (open == text.size()) break;
    size_t close = text.substr(open, 4) == "<!--" ? text.find("-->", open)
                                                  : text.find('>', open);
    if (close == std::string_view::npos) break;
    at = close + (text[close] == '-' ? 3 : 1);
  }
  return out;
}

// The string values of JSON (a string followed by ':' is a key), split at
// backslash escapes.
std::vector<std::pair<size_t, size_t>> JsonProse(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '"') continue;
    std::vector<std::pair<size_t, size_t>> pieces;
    size_t start = i + 1, j = i + 1;
    for (; j < text.size() && text[j] != '"'; ++j) {
      if (text[j] != '\\') continue;
      if (j > start) pieces.emplace_back(start, j);
      j += text.substr(j + 1, 1) == "u" ? 5 : 1;
      start = j + 1;
    }
    if (j > start && j <= text.size()) pieces.emplace_back(start, j);
    size_t after = j + 1;
    while (after < text.size() &&
           (text[after] == ' ' || text[after] == '\n' || text[after] == '\r' ||
            text[after] == '\t')) {
      ++after;
    }
    bool key = after < text.size() && text[after] == ':';
    if (!key) out.insert(out.end(), pieces.begin(), pieces.end());
    i = j;
  }
  return out;
}

}  // namespace

std::vector<std::pair<size_t, size_t>> ProseRanges(std::string_view text) {
  size_t first = FirstNonSpace(text);
  if (first < text.size() && text[first] == '<') return XmlProse(text);
  if (first < text.size() && (text[first] == '{' || text[first] == '[')) {
    return JsonProse(text);
  }
  return {{0, text.size()}};
}

std::vector<IndexWord> IndexWords(std::string_view written) {
  std::vector<IndexWord> words;
  for (auto [start, end] : ProseRanges(written)) {
    std::string_view prose = written.substr(start, end - start);
    for (const text::WordSpan& span :
         text::FindWords(prose, SearchWordOptions())) {
      words.push_back(
          {start + span.start, start + span.end,
           TermOfWord(prose.substr(span.start, span.end - span.start))});
    }
  }
  return words;
}

std::vector<DocumentSpan> DocumentSpans(const graph::Fragment& page) {
  // Each document's evidence, with its clauses'.
  std::map<graph::NodeId, std::pair<size_t, size_t>> span;
  std::set<graph::NodeId> embedded;
  auto widen = [&](const graph::NodeId& doc, const graph::Node& n) {
    for (const graph::Evidence& ev : n.evidence) {
      auto [it, added] = span.emplace(doc, std::make_pair(ev.start, ev.end));
      it->second.first = std::min<size_t>(it->second.first, ev.start);
      it->second.second = std::max<size_t>(it->second.second, ev.end);
    }
  };
  for (const graph::Node& n : page.nodes()) {
    if (n.kind != graph::NodeKind::kDocument) continue;
    widen(n.id, n);
    if (n.props.Get(graph::prop::kEmbeddedIn) != nullptr) embedded.insert(n.id);
  }
  for (const graph::Edge& e : page.edges()) {
    if (e.kind != graph::EdgeKind::kHasClause || !span.count(e.source))
      continue;
    if (const graph::Node* clause = page.FindNode(e.target))
      widen(e.source, *clause);
  }
  std::vector<DocumentSpan> out;
  for (const auto& [id, range] : span) {
    out.push_back({id, range.first, range.second});
  }
  // A document of its own runs on to the next one.
  std::vector<size_t> own;
  for (size_t i = 0; i < out.size(); ++i) {
    if (!embedded.count(out[i].document)) own.push_back(i);
  }
  std::sort(own.begin(), own.end(),
            [&](size_t a, size_t b) { return out[a].start < out[b].start; });
  for (size_t k = 0; k < own.size(); ++k) {
    DocumentSpan& d = out[own[k]];
    if (k == 0) d.start = 0;
    d.end = k + 1 < own.size() ? out[own[k + 1]].start : page.text.size();
  }
  return out;
}

struct TextIndex::Impl {
  std::string path;
  Xapian::Database read;  // the writable database when writing
  std::unique_ptr<Xapian::WritableDatabase> write;
};

TextIndex::TextIndex(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TextIndex::~TextIndex() = default;

std::string TextIndex::PathFor(const std::string& db_dir) {
  return (std::filesystem::path(db_dir) / "fulltext").string();
}

Result<std::unique_ptr<TextIndex>> TextIndex::OpenForWrite(
    const std::string& db_dir) {
  auto impl = std::make_unique<Impl>();
  impl->path = PathFor(db_dir);
  std::error_code ec;
  std::filesystem::create_directories(db_dir, ec);
  if (ec) return Status::IOError(db_dir + ": " + ec.message());
  Status s = Guard(impl->path, [&] {
    try {
      impl->write = std::make_unique<Xapian::WritableDatabase>(
          impl->path, Xapian::DB_CREATE_OR_OPEN);
    } catch (const Xapian::DatabaseOpeningError&) {
      // A folder Xapian cannot open (a writer killed while it created the
      // index leaves one without its revision file) would stop every
      // import for good. The index follows from the stored page texts, and
      // the import's CatchUp indexes every page it lacks: made again.
      std::filesystem::remove_all(impl->path, ec);
      impl->write = std::make_unique<Xapian::WritableDatabase>(
          impl->path, Xapian::DB_CREATE_OR_OVERWRITE);
    } catch (const Xapian::DatabaseCorruptError&) {
      std::filesystem::remove_all(impl->path, ec);
      impl->write = std::make_unique<Xapian::WritableDatabase>(
          impl->path, Xapian::DB_CREATE_OR_OVERWRITE);
    }
    impl->read = *impl->write;
  });
  if (!s.ok()) return s;
  return std::unique_ptr<TextIndex>(new TextIndex(std::move(impl)));
}

Result<std::unique_ptr<TextIndex>> TextIndex::OpenForRead(
    const std::string& db_dir) {
  auto impl = std::make_unique<Impl>();
  impl->path = PathFor(db_dir);
  if (!std::filesystem::exists(impl->path)) {
    return Status::NotFound(db_dir +
                            ": no full-text index (import the pages again "
                            "with this version of parley to build it)");
  }
  // A writer creating the index makes its folder before Xapian's files: a
  // reader that meets the folder alone waits for them, up to two seconds,
  // as the store's readers wait out a database being created.
  constexpr auto kPatience = std::chrono::seconds(2);
  constexpr auto kPause = std::chrono::milliseconds(20);
  const auto deadline = std::chrono::steady_clock::now() + kPatience;
  Status s;
  for (;;) {
    bool being_made = false;
    s = Guard(impl->path, [&] {
      try {
        impl->read = Xapian::Database(impl->path);
      } catch (const Xapian::DatabaseNotFoundError&) {
        being_made = std::chrono::steady_clock::now() < deadline;
        if (!being_made) throw;
      }
    });
    if (!being_made) break;
    std::this_thread::sleep_for(kPause);
  }
  if (!s.ok()) return s;
  return std::unique_ptr<TextIndex>(new TextIndex(std::move(impl)));
}

bool TextIndex::Holds(const std::string& page_id,
                      const std::string& content_hash) {
  bool holds = false;
  Status s = Guard(impl_->path, [&] {
    Xapian::PostingIterator it = impl_->read.postlist_begin(IdTerm(page_id));
    if (it == impl_->read.postlist_end(IdTerm(page_id))) return;
    holds = impl_->read.get_document(*it).get_value(kHashSlot) == content_hash;
  });
  return s.ok() && holds;
}

Status TextIndex::IndexPage(const graph::Fragment& page) {
  return IndexPage(page.page_id, page.content_hash, page.text,
                   DocumentSpans(page));
}

Status TextIndex::IndexPage(const std::string& page_id,
                            const std::string& content_hash,
                            std::string_view text,
                            const std::vector<DocumentSpan>& documents) {
  if (!impl_->write) {
    return Status::InvalidArgument(impl_->path + ": opened for reading");
  }
  return Guard(impl_->path, [&] {
    Xapian::Document doc;
    Xapian::termpos position = 0;
    for (const IndexWord& w : IndexWords(text)) {
      ++position;
      if (!w.term.empty()) doc.add_posting(w.term, position);
    }
    doc.add_boolean_term(IdTerm(page_id));
    doc.add_value(kPageIdSlot, page_id);
    doc.add_value(kHashSlot, content_hash);
    // The documents' spans, a line each: "id TAB start TAB end".
    std::string data;
    for (const DocumentSpan& d : documents) {
      data += d.document + "\t" + std::to_string(d.start) + "\t" +
              std::to_string(d.end) + "\n";
    }
    doc.set_data(data);
    impl_->write->replace_document(IdTerm(page_id), doc);
  });
}

Status TextIndex::RemovePage(const std::string& page_id) {
  if (!impl_->write) {
    return Status::InvalidArgument(impl_->path + ": opened for reading");
  }
  return Guard(impl_->path,
               [&] { impl_->write->delete_document(IdTerm(page_id)); });
}

Status TextIndex::Commit() {
  if (!impl_->write) return Status::Ok();
  return Guard(impl_->path, [&] { impl_->write->commit(); });
}

Result<TextIndex::Drift> TextIndex::Compare(
    const std::vector<PageInfo>& stored) {
  // The index's pages and hashes, read from the value streams (no document
  // is opened).
  std::map<std::string, std::string> indexed;
  Status s = Guard(impl_->path, [&] {
    Xapian::ValueIterator ids = impl_->read.valuestream_begin(kPageIdSlot);
    for (; ids != impl_->read.valuestream_end(kPageIdSlot); ++ids) {
      indexed[*ids] =
          impl_->read.get_document(ids.get_docid(), Xapian::DOC_ASSUME_VALID)
              .get_value(kHashSlot);
    }
  });
  if (!s.ok()) return s;
  Drift drift;
  std::set<std::string> known;
  for (const PageInfo& page : stored) {
    known.insert(page.page_id);
    auto it = indexed.find(page.page_id);
    if (it == indexed.end() || it->second != page.content_hash) {
      drift.missing.push_back(page);
    }
  }
  for (const auto& [id, hash] : indexed) {
    if (!known.count(id)) drift.stale.push_back(id);
  }
  return drift;
}

Result<size_t> TextIndex::CatchUp(Reader& reader) {
  auto drift = Compare(reader.Pages());
  if (!drift.ok()) return drift.status();
  size_t indexed = 0;
  for (const PageInfo& page : drift->missing) {
    std::optional<std::string> text = reader.PageText(page.page_id);
    if (!text) continue;
    if (Status s = IndexPage(page.page_id, page.content_hash, *text); !s.ok())
      return s;
    ++indexed;
  }
  for (const std::string& page_id : drift->stale) {
    if (Status s = RemovePage(page_id); !s.ok()) return s;
  }
  if (Status s = reader.status(); !s.ok()) return s;
  if (Status s = Commit(); !s.ok()) return s;
  return indexed;
}

namespace {

// A phrase as a Xapian query: its words' terms in order; one word is its
// term. An empty query when it has no word.
Xapian::Query PhraseQuery(std::string_view phrase) {
  std::vector<std::string> terms;
  for (const IndexWord& w : IndexWords(phrase)) {
    if (!w.term.empty()) terms.push_back(w.term);
  }
  if (terms.empty()) return Xapian::Query();
  if (terms.size() == 1) return Xapian::Query(terms[0]);
  return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(),
                       static_cast<Xapian::termcount>(terms.size()));
}

std::vector<DocumentSpan> ParseSpans(const std::string& data) {
  std::vector<DocumentSpan> out;
  size_t at = 0;
  while (at < data.size()) {
    size_t end = data.find('\n', at);
    if (end == std::string::npos) end = data.size();
    std::string line = data.substr(at, end - at);
    size_t tab1 = line.find('\t');
    size_t tab2 = tab1 == std::string::npos ? tab1 : line.find('\t', tab1 + 1);
    if (tab2 != std::string::npos) {
      out.push_back({line.substr(0, tab1),
                     std::stoul(line.substr(tab1 + 1, tab2 - tab1 - 1)),
                     std::stoul(line.substr(tab2 + 1))});
    }
    at = end + 1;
  }
  return out;
}

}  // namespace

Result<TextResults> TextIndex::Search(const TextQuery& query) {
  std::vector<Xapian::Query> groups;
  for (const std::vector<std::string>& group : query.groups) {
    std::vector<Xapian::Query> phrases;
    for (const std::string& phrase : group) {
      Xapian::Query q = PhraseQuery(phrase);
      if (!q.empty()) phrases.push_back(std::move(q));
    }
    if (!phrases.empty()) {
      groups.emplace_back(Xapian::Query::OP_OR, phrases.begin(), phrases.end());
    }
  }
  if (groups.empty()) return Status::InvalidArgument("nothing to search for");
  TextResults results;
  auto search = [&] {
    Xapian::Enquire enquire(impl_->read);
    enquire.set_query(
        Xapian::Query(Xapian::Query::OP_AND, groups.begin(), groups.end()));
    // A few more than asked, so that ties at the limit are broken by id.
    Xapian::MSet mset =
        enquire.get_mset(0, static_cast<Xapian::doccount>(query.limit + 8));
    results.estimated_total = mset.get_matches_estimated();
    for (Xapian::MSetIterator it = mset.begin(); it != mset.end(); ++it) {
      TextHit hit;
      Xapian::Document doc = it.get_document();
      hit.page_id = doc.get_value(kPageIdSlot);
      hit.documents = ParseSpans(doc.get_data());
      hit.score = it.get_weight();
      for (auto t = enquire.get_matching_terms_begin(it);
           t != enquire.get_matching_terms_end(it); ++t) {
        hit.matched_terms.push_back(*t);
      }
      results.hits.push_back(std::move(hit));
    }
  };
  Status s = Guard(impl_->path, [&] {
    // An import committing twice while the search reads may overwrite the
    // revision it reads (DatabaseModifiedError): a reader must not fail
    // because a writer runs, so the search starts again on the latest.
    for (int attempt = 1;; ++attempt) {
      try {
        search();
        return;
      } catch (const Xapian::DatabaseModifiedError&) {
        if (attempt == 5) throw;
        impl_->read.reopen();
        results = TextResults();
      }
    }
  });
  if (!s.ok()) return s;
  std::stable_sort(results.hits.begin(), results.hits.end(),
                   [](const TextHit& a, const TextHit& b) {
                     if (a.score != b.score) return a.score > b.score;
                     return a.page_id < b.page_id;
                   });
  if (results.hits.size() > query.limit) results.hits.resize(query.limit);
  results.estimated_total =
      std::max(results.estimated_total, results.hits.size());
  return results;
}

size_t TextIndex::page_count() {
  size_t count = 0;
  Status s = Guard(impl_->path, [&] { count = impl_->read.get_doccount(); });
  return s.ok() ? count : 0;
}

}  // namespace parley::storage
