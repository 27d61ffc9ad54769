// parley_load: imports pages as `parley import` does, and says where the
// time went (reading files, importers::ImportFile, Store::ApplyPage or
// Linker::Apply), for bench/run.sh.
//
//   parley_load --db DIR [--data DIR] [--no-links] [--limit N]
//               [--time-budget SECONDS] PATH...
//
// With --no-links each page is stored by Store::ApplyPage alone, without
// the linker: a database with every page's own facts but no RESPONDS_TO,
// STANCE or VARIANT_OF edges, for timing queries on corpora the linker
// cannot yet import in reasonable time. --time-budget stops after the page
// that crosses the budget (the report then says how far it got). Prints one
// JSON object on stdout. Exit code 0, or 2 on bad usage or a failed page.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "importers/gazetteer.h"
#include "importers/import_file.h"
#include "importers/topics.h"
#include "linking/linker.h"
#include "storage/store.h"
#include "storage/text_index.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double Seconds(Clock::duration d) {
  return std::chrono::duration<double>(d).count();
}

int Fail(const std::string& message) {
  std::cerr << "parley_load: " << message << "\n";
  return 2;
}

// The .txt files under `paths`, sorted as `parley import` sorts them.
std::vector<std::string> PageFiles(const std::vector<std::string>& paths) {
  std::vector<std::string> files;
  for (const std::string& p : paths) {
    if (!fs::is_directory(p)) {
      files.push_back(p);
      continue;
    }
    std::vector<std::string> found;
    for (const auto& entry : fs::recursive_directory_iterator(p)) {
      if (entry.is_regular_file() && entry.path().extension() == ".txt") {
        found.push_back(entry.path().string());
      }
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  std::string db, data_dir = PARLEY_DATA_DIR;
  bool links = true;
  long limit = -1;
  double budget = -1;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&]() -> std::string {
      return i + 1 < argc ? argv[++i] : std::string();
    };
    if (arg == "--db") {
      db = value();
    } else if (arg == "--data") {
      data_dir = value();
    } else if (arg == "--no-links") {
      links = false;
    } else if (arg == "--limit") {
      limit = std::strtol(value().c_str(), nullptr, 10);
    } else if (arg == "--time-budget") {
      budget = std::strtod(value().c_str(), nullptr);
    } else if (!arg.empty() && arg[0] == '-') {
      return Fail("unknown option " + arg);
    } else {
      paths.push_back(arg);
    }
  }
  if (db.empty() || paths.empty()) {
    return Fail(
        "usage: parley_load --db DIR [--data DIR] [--no-links] [--limit N] "
        "[--time-budget S] PATH...");
  }

  auto knowledge = parley::importers::LoadKnowledge(data_dir);
  if (!knowledge.ok()) return Fail(knowledge.status().message());
  auto store = parley::storage::Store::Open(db);
  if (!store.ok()) return Fail(db + ": " + store.status().message());
  parley::linking::Linker linker(**store);

  std::vector<std::string> files = PageFiles(paths);
  if (limit >= 0 && static_cast<size_t>(limit) < files.size()) {
    files.resize(limit);
  }
  Clock::duration read_time{}, parse_time{}, apply_time{};
  uint64_t bytes = 0, nodes = 0, edges = 0;
  size_t done = 0;
  bool out_of_time = false;
  Clock::time_point start = Clock::now();
  for (const std::string& path : files) {
    Clock::time_point t0 = Clock::now();
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    Clock::time_point t1 = Clock::now();
    auto fragment = parley::importers::ImportFile(path, text, *knowledge);
    if (!fragment.ok()) return Fail(path + ": " + fragment.status().message());
    Clock::time_point t2 = Clock::now();
    auto outcome =
        links ? linker.Apply(*fragment) : (*store)->ApplyPage(*fragment);
    if (!outcome.ok()) return Fail(path + ": " + outcome.status().message());
    Clock::time_point t3 = Clock::now();
    read_time += t1 - t0;
    parse_time += t2 - t1;
    apply_time += t3 - t2;
    bytes += text.size();
    nodes += fragment->nodes().size();
    edges += fragment->edges().size();
    ++done;
    if (budget > 0 && Seconds(t3 - start) > budget) {
      out_of_time = done < files.size();
      break;
    }
  }
  // The full-text index, as `parley import` leaves it, so that search runs
  // on the loaded database; timed apart from the pages.
  Clock::time_point index_start = Clock::now();
  auto index = parley::storage::TextIndex::OpenForWrite(db);
  if (!index.ok()) return Fail(db + ": " + index.status().message());
  auto reader = (*store)->NewReader();
  auto indexed = (*index)->CatchUp(*reader);
  if (!indexed.ok()) return Fail(db + ": " + indexed.status().message());
  double index_s = Seconds(Clock::now() - index_start);
  double total = Seconds(index_start - start);
  std::printf(
      "{\"pages\": %zu, \"pages_requested\": %zu, \"links\": %s, "
      "\"out_of_time\": %s, \"bytes\": %llu, \"page_nodes\": %llu, "
      "\"page_edges\": %llu, \"seconds\": %.3f, \"read_s\": %.3f, "
      "\"import_s\": %.3f, \"apply_s\": %.3f, \"pages_per_s\": %.1f, "
      "\"index_s\": %.3f}\n",
      done, files.size(), links ? "true" : "false",
      out_of_time ? "true" : "false", static_cast<unsigned long long>(bytes),
      static_cast<unsigned long long>(nodes),
      static_cast<unsigned long long>(edges), total, Seconds(read_time),
      Seconds(parse_time), Seconds(apply_time),
      total > 0 ? static_cast<double>(done) / total : 0.0, index_s);
  return 0;
}
