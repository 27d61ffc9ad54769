// libFuzzer target for what a user types for a query, against a small
// database built once at start-up: data/'s pages imported with ImportFile
// into a temporary RocksDB store through the linker (as `parley import`
// does), with its full-text index. The first byte of the input picks the
// kind asked for and the search limit; the rest is the text, given to
//   - queries::ResolveNode (with the gazetteer as its hint, as the CLI does),
//   - queries::MatchClauses (with the topics TopicList::Classify finds in it)
//     and queries::TopicFits for every topic,
//   - queries::QueryGroups and queries::Search, and MarkSnippet on each hit,
//   - storage::IndexWords and ProseRanges, which read the page text the same
//     way.
// Besides crashes and sanitizer reports it aborts when a contract of the
// headers breaks: a resolved node exists, has an id and the kind asked; a
// failed resolution is kNotFound (kInvalidArgument for an empty name);
// matched clauses are clauses, in id order, each once; a search fails only
// for a query with no word, returns at most `limit` hits, best first, each
// quoting its page's bytes with its matches inside the snippet; the reader
// never reports damage; no exception escapes.
#include <stdlib.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz/fuzz_support.h"
#include "linking/linker.h"
#include "queries/clause_match.h"
#include "queries/names.h"
#include "queries/search.h"
#include "queries/snapshot.h"
#include "storage/store.h"
#include "storage/text_index.h"

namespace {

namespace fs = std::filesystem;
using parley::Status;
using parley::fuzz::Fail;
using parley::fuzz::Require;
using parley::graph::Node;
using parley::graph::NodeKind;
using parley::importers::Knowledge;

// The database of data/'s pages, built once and kept for the run.
struct Database {
  std::string dir;
  std::unique_ptr<parley::storage::Store> store;
  std::unique_ptr<parley::storage::TextIndex> index;
  std::unique_ptr<parley::storage::Reader> reader;
  std::unique_ptr<parley::queries::Snapshot> snapshot;
  size_t clauses = 0;
};

Database* db = nullptr;

// At exit: the folder goes; the store is left open (RocksDB's own statics
// may be gone by then, and the process ends anyway).
void RemoveDatabase() {
  if (db == nullptr) return;
  std::error_code ec;
  fs::remove_all(db->dir, ec);
}

void Check(const Status& status, const char* what) {
  if (!status.ok()) Fail(what, status.message());
}

std::string ReadFile(const fs::path& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) Fail("cannot read a data file", path.string());
  std::string bytes;
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) bytes.append(buf, n);
  std::fclose(f);
  return bytes;
}

void BuildDatabase() {
  const Knowledge& knowledge = parley::fuzz::LoadData();
  char pattern[] = "/tmp/parley_query_fuzz.XXXXXX";
  if (mkdtemp(pattern) == nullptr) Fail("cannot make a temporary folder");
  db = new Database;
  db->dir = pattern;
  std::string path = db->dir + "/db";
  auto store = parley::storage::Store::Open(path);
  Check(store.status(), "cannot create the database");
  db->store = std::move(store).value();
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(parley::fuzz::DataDir())) {
    std::string ext = entry.path().extension().string();
    if (ext == ".txt" || ext == ".xml" || ext == ".json") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  {
    parley::linking::Linker linker(*db->store);
    for (const fs::path& file : files) {
      auto page = parley::importers::ImportFile(file.filename().string(),
                                                ReadFile(file), knowledge);
      Check(page.status(), "a data file does not import");
      Check(linker.Apply(*page).status(), "a data file is not stored");
    }
  }
  {
    auto index = parley::storage::TextIndex::OpenForWrite(path);
    Check(index.status(), "cannot create the text index");
    auto reader = db->store->NewReader();
    Check((*index)->CatchUp(*reader).status(), "cannot index the pages");
  }
  auto index = parley::storage::TextIndex::OpenForRead(path);
  Check(index.status(), "cannot open the text index");
  db->index = std::move(index).value();
  db->reader = db->store->NewReader();
  db->snapshot = std::make_unique<parley::queries::Snapshot>(*db->reader);
  db->reader->ForEachNode([&](const Node& n) {
    db->clauses += n.kind == NodeKind::kClause;
    return true;
  });
  Require(db->clauses > 0, "data/ has clauses");
  Require(db->index->page_count() > 0, "the pages are indexed");
  std::atexit(RemoveDatabase);
}

parley::queries::NameHint Hint() {
  return
      [](std::string_view name,
         std::optional<NodeKind> kind) -> std::optional<parley::graph::NodeId> {
        if (kind && *kind != NodeKind::kPerson &&
            *kind != NodeKind::kOrganization && *kind != NodeKind::kPlace) {
          return std::nullopt;
        }
        const auto* e = parley::fuzz::LoadData().gazetteer.Resolve(name, kind);
        if (e == nullptr) return std::nullopt;
        return e->id;
      };
}

std::vector<std::string> Spellings(std::string_view name) {
  const auto* e = parley::fuzz::LoadData().gazetteer.Resolve(name);
  if (e == nullptr) return {};
  std::vector<std::string> out = {e->label};
  out.insert(out.end(), e->names.begin(), e->names.end());
  out.insert(out.end(), e->codenames.begin(), e->codenames.end());
  return out;
}

void CheckResolve(std::string_view text, std::optional<NodeKind> kind) {
  auto& snapshot = *db->snapshot;
  auto node = parley::queries::ResolveNode(snapshot, text, kind, Hint());
  if (node.ok()) {
    Require(!node->id.empty(), "a resolved node has an id");
    Require(!kind || node->kind == *kind, "a resolved node is of the kind",
            node->id);
    Require(snapshot.FindHead(node->id) != nullptr, "a resolved node is stored",
            node->id);
  } else {
    Status::Code code = node.status().code();
    Require(code == (text.empty() ? Status::Code::kInvalidArgument
                                  : Status::Code::kNotFound),
            "an unresolved name is not found (or empty)",
            node.status().message());
    Require(!node.status().message().empty(), "an error says why");
  }
}

void CheckClauses(const std::string& text) {
  const Knowledge& knowledge = parley::fuzz::LoadData();
  parley::queries::ClauseQuery query;
  query.text = text;
  query.topics = knowledge.topics.Classify(text);
  auto matches = parley::queries::MatchClauses(*db->snapshot, query);
  const std::string* last = nullptr;
  for (const auto& m : matches) {
    Require(m.clause.kind == NodeKind::kClause, "a match is a clause",
            m.clause.id);
    Require(last == nullptr || *last < m.clause.id,
            "matches come in id order, each once", m.clause.id);
    Require(m.by != parley::queries::MatchedBy::kId || m.clause.id == text,
            "a clause matched by id has that id", m.clause.id);
    last = &m.clause.id;
  }
  if (text.empty()) {
    Require(matches.size() == db->clauses, "an empty query is every clause");
  }
  for (const std::string& topic : knowledge.topics.names()) {
    (void)parley::queries::TopicFits(topic, text);
  }
}

void CheckSearch(const std::string& text, size_t limit) {
  parley::queries::SearchQuery query;
  query.text = text;
  query.limit = limit;
  query.spellings = Spellings;
  auto groups = parley::queries::QueryGroups(query);
  for (const auto& group : groups) {
    Require(!group.empty(), "a query group has an alternative");
  }
  auto result = parley::queries::Search(*db->snapshot, *db->index, query);
  if (!result.ok()) {
    Require(result.status().code() == Status::Code::kInvalidArgument,
            "a search fails only for a query with no word",
            result.status().message());
    return;
  }
  Require(result->groups == groups, "Search reads the query as QueryGroups");
  Require(result->hits.size() <= limit, "at most `limit` hits");
  double last_score = 0;
  for (size_t i = 0; i < result->hits.size(); ++i) {
    const auto& hit = result->hits[i];
    Require(i == 0 || hit.score <= last_score, "hits come best first");
    last_score = hit.score;
    auto page = db->reader->PageText(hit.page_id);
    Require(page.has_value(), "a hit is a stored page", hit.page_id);
    Require(!hit.document.id.empty(), "a hit names its document");
    Require(hit.lang == "ru" || hit.lang == "en", "a snippet's language",
            hit.lang);
    Require(hit.start <= hit.end && hit.end <= page->size() &&
                page->compare(hit.start, hit.end - hit.start, hit.quote) == 0,
            "a snippet quotes its page's bytes", hit.quote);
    for (const auto& [start, end] : hit.matches) {
      Require(hit.start <= start && start < end && end <= hit.end,
              "a match lies inside its snippet");
    }
    for (const auto& [start, end] : hit.prose) {
      Require(hit.start <= start && start <= end && end <= hit.end,
              "the prose lies inside its snippet");
    }
    Require(hit.match_count >= hit.matches.size(), "a page's match count");
    std::string marked = parley::queries::MarkSnippet(hit, "[", "]");
    Require(parley::text::IsValidUtf8(marked), "a marked snippet is UTF-8",
            marked);
  }
}

void CheckIndexWords(std::string_view text) {
  size_t last = 0;
  for (const auto& [start, end] : parley::storage::ProseRanges(text)) {
    Require(last <= start && start <= end && end <= text.size(),
            "prose ranges come in order inside the text");
    last = end;
  }
  last = 0;
  for (const auto& word : parley::storage::IndexWords(text)) {
    Require(
        last <= word.start && word.start < word.end && word.end <= text.size(),
        "index words come in order inside the text");
    last = word.end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  BuildDatabase();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  if (size == 0) return 0;
  static constexpr std::optional<NodeKind> kKinds[] = {
      std::nullopt,         NodeKind::kPerson,   NodeKind::kOrganization,
      NodeKind::kPlace,     NodeKind::kDocument, NodeKind::kClause,
      NodeKind::kDelegation};
  std::optional<NodeKind> kind = kKinds[bytes[0] % 7];
  size_t limit = 1 + bytes[0] % 20;
  std::string text(reinterpret_cast<const char*>(bytes) + 1, size - 1);
  // A snapshot per input, as per command: it keeps every node it was asked
  // for, found or not, and a long run asks for millions.
  db->snapshot = std::make_unique<parley::queries::Snapshot>(*db->reader);
  try {
    CheckResolve(text, kind);
    CheckClauses(text);
    CheckSearch(text, limit);
    CheckIndexWords(text);
  } catch (const std::exception& e) {
    Fail("an exception escaped", e.what());
  }
  Check(db->reader->status(), "the reader reports damage");
  return 0;
}
