// parley_gen: writes a synthetic corpus of archive pages for the benchmarks.
//
//   parley_gen --pages 10000 [--seed 1] [--reply-share 0.35]
//              [--russian-share 0.3] --out DIR
//
// Pages go to DIR/NNN/ (a thousand per folder, so a listing stays short and
// sorted file names keep the pages in date order). The same options always
// write the same bytes. Exit code 0 on success, 2 on bad usage or I/O error.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

#include "bench/corpus_generator.h"

namespace {

int Usage(std::string_view error) {
  std::cerr << "parley_gen: " << error
            << "\nusage: parley_gen --pages N [--seed S] [--reply-share P] "
               "[--russian-share P] --out DIR\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  parley::bench::CorpusOptions options;
  std::string out;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      Usage("writes N generated archive pages to DIR");
      return 0;
    }
    if (i + 1 >= argc) return Usage(std::string(arg) + " needs a value");
    std::string value = argv[++i];
    char* end = nullptr;
    if (arg == "--pages") {
      options.pages = static_cast<int>(std::strtol(value.c_str(), &end, 10));
    } else if (arg == "--seed") {
      options.seed = std::strtoull(value.c_str(), &end, 10);
    } else if (arg == "--reply-share") {
      options.reply_share = std::strtod(value.c_str(), &end);
    } else if (arg == "--russian-share") {
      options.russian_share = std::strtod(value.c_str(), &end);
    } else if (arg == "--out") {
      out = value;
      continue;
    } else {
      return Usage("unknown option " + std::string(arg));
    }
    if (end == nullptr || *end != '\0') {
      return Usage("bad value for " + std::string(arg) + ": " + value);
    }
  }
  if (out.empty()) return Usage("--out DIR is required");
  if (options.pages <= 0) return Usage("--pages must be positive");

  namespace fs = std::filesystem;
  uint64_t bytes = 0;
  for (int i = 0; i < options.pages; ++i) {
    parley::bench::GeneratedPage page = parley::bench::GeneratePage(options, i);
    char shard[16];
    std::snprintf(shard, sizeof shard, "%03d", i / 1000);
    fs::path dir = fs::path(out) / shard;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return Usage("cannot create " + dir.string() + ": " + ec.message());
    std::ofstream file(dir / page.file_name, std::ios::binary);
    file << page.text;
    if (!file) return Usage("cannot write " + (dir / page.file_name).string());
    bytes += page.text.size();
  }
  std::cout << "wrote " << options.pages << " pages (" << bytes << " bytes) to "
            << out << "\n";
  return 0;
}
