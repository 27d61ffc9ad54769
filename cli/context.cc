#include "cli/context.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <vector>

#include "graph/fragment.h"

namespace parley::cli {

Result<std::unique_ptr<storage::Store>> Context::OpenForWrite() const {
  auto store = storage::Store::Open(db_path);
  if (!store.ok()) return store.status().WithContext(db_path);
  return store;
}

Result<std::unique_ptr<storage::Store>> Context::OpenForRead() const {
  if (!std::filesystem::exists(db_path)) {
    return Status::NotFound(db_path +
                            ": no database here (import pages first: "
                            "parley --db " +
                            db_path + " import PAGE...)");
  }
  storage::OpenOptions options;
  options.read_only = true;
  auto store = storage::Store::Open(db_path, options);
  if (!store.ok()) return store.status().WithContext(db_path);
  return store;
}

std::string Context::DataDir() const {
  if (!data_dir.empty()) return data_dir;
  if (const char* env = std::getenv("PARLEY_DATA"); env && *env) return env;
#ifdef PARLEY_DATA_DIR
  if (std::filesystem::exists(std::string(PARLEY_DATA_DIR) +
                              "/gazetteer.tsv")) {
    return PARLEY_DATA_DIR;
  }
#endif
  return "data";
}

namespace {

// The digest of the tables in `dir` (every `*.tsv`, by name): one line per
// file, its name and the digest of its bytes, digested in turn. Any table
// counts, not only those read here, so that a table an importer loads by
// itself (stance cues, say) is covered too.
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

Result<Knowledge> LoadKnowledge(const Context& context) {
  std::string dir = context.DataDir();
  auto gazetteer = importers::Gazetteer::LoadFile(dir + "/gazetteer.tsv");
  if (!gazetteer.ok()) return gazetteer.status();
  auto topics = importers::TopicList::LoadFile(dir + "/topics.tsv");
  if (!topics.ok()) return topics.status();
  auto fingerprint = DataFingerprint(dir);
  if (!fingerprint.ok()) return fingerprint.status();
  return Knowledge{std::move(gazetteer).value(), std::move(topics).value(),
                   std::move(fingerprint).value()};
}

int ReportError(const Status& status) {
  std::cerr << "parley: " << status.message() << "\n";
  switch (status.code()) {
    case Status::Code::kOk:
      return kExitOk;
    case Status::Code::kNotFound:
      return kExitNothingFound;
    default:
      return kExitBadInput;
  }
}

void AddFormatOption(CLI::App& command, OutputFormat& format) {
  std::map<std::string, OutputFormat> names = {{"table", OutputFormat::kTable},
                                               {"json", OutputFormat::kJson},
                                               {"csv", OutputFormat::kCsv}};
  command
      .add_option("--format", format, "output: table (default), json or csv")
      ->transform(
          CLI::CheckedTransformer(names, CLI::ignore_case).description(""))
      ->type_name("table|json|csv");
}

}  // namespace parley::cli
