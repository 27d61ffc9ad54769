#include "importers/knowledge.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

#include "graph/fragment.h"

namespace parley::importers {
namespace {

// The digest of the tables in `dir` (every `*.tsv`, by name): one line per
// file, its name and the digest of its bytes, digested in turn. Every table
// counts, so a table added later is covered without a change here.
Result<std::string> DataFingerprint(const std::string& dir) {
  namespace fs = std::filesystem;
  std::vector<fs::path> tables;
  std::error_code ec;
  for (auto it = fs::directory_iterator(dir, ec);
       !ec && it != fs::directory_iterator(); it.increment(ec)) {
    if (it->path().extension() == ".tsv" && it->is_regular_file(ec))
      tables.push_back(it->path());
  }
  if (ec) return Status::IOError(dir + ": " + ec.message());
  std::sort(tables.begin(), tables.end());
  std::string listing;
  for (const fs::path& table : tables) {
    std::ifstream in(table, std::ios::binary);
    if (!in) return Status::IOError(table.string() + ": cannot open file");
    std::string bytes{std::istreambuf_iterator<char>(in),
                      std::istreambuf_iterator<char>()};
    listing +=
        table.filename().string() + "\t" + graph::ContentHash(bytes) + "\n";
  }
  return graph::ContentHash(listing);
}

}  // namespace

Result<Knowledge> LoadKnowledge(const std::string& dir) {
  auto gazetteer = Gazetteer::LoadFile(dir + "/gazetteer.tsv");
  if (!gazetteer.ok()) return gazetteer.status();
  auto topics = TopicList::LoadFile(dir + "/topics.tsv");
  if (!topics.ok()) return topics.status();
  auto stance_cues = StanceCues::LoadFile(dir + "/stance_cues.tsv");
  if (!stance_cues.ok()) return stance_cues.status();
  auto cues = CueTable::LoadFile(dir + "/cues.tsv");
  if (!cues.ok()) return cues.status();
  auto fingerprint = DataFingerprint(dir);
  if (!fingerprint.ok()) return fingerprint.status();
  return Knowledge{std::move(gazetteer).value(), std::move(topics).value(),
                   std::move(stance_cues).value(), std::move(cues).value(),
                   std::move(fingerprint).value()};
}

}  // namespace parley::importers
