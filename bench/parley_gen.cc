// parley_gen: writes a synthetic corpus of archive pages for the benchmarks.
//
//   parley_gen --pages 10000 [--seed 1] [--reply-share 0.35]
//              [--russian-share 0.3] [--answers FILE] --out DIR
//
// --answers writes, for each reply, the page it answers: "REPLY\tANSWERED",
// paths under DIR, for measuring the reply links (bench/reply_links.py).
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
               "[--russian-share P] [--answers FILE] --out DIR\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  parley::bench::CorpusOptions options;
  std::string out, answers;
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
    } else if (arg == "--answers") {
      answers = value;
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
  std::ofstream answered;
  if (!answers.empty()) {
    answered.open(answers, std::ios::binary);
    if (!answered) return Usage("cannot write " + answers);
  }
  auto shard_of = [](int index) {
    char shard[16];
    std::snprintf(shard, sizeof shard, "%03d", index / 1000);
    return std::string(shard);
  };
  uint64_t bytes = 0;
  for (int i = 0; i < options.pages; ++i) {
    parley::bench::GeneratedPage page = parley::bench::GeneratePage(options, i);
    std::string shard = shard_of(i);
    if (answered.is_open() && page.replies_to >= 0) {
      // The answered page is generated again for its name: pages depend
      // only on their index.
      parley::bench::GeneratedPage target =
          parley::bench::GeneratePage(options, page.replies_to);
      answered << shard << '/' << page.file_name << '\t'
               << shard_of(page.replies_to) << '/' << target.file_name << '\n';
    }
    fs::path dir = fs::path(out) / shard;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return Usage("cannot create " + dir.string() + ": " + ec.message());
    std::ofstream file(dir / page.file_name, std::ios::binary);
    file << page.text;
    if (!file) return Usage("cannot write " + (dir / page.file_name).string());
    bytes += page.text.size();
  }
  if (answered.is_open() && !answered.flush()) {
    return Usage("cannot write " + answers);
  }
  std::cout << "wrote " << options.pages << " pages (" << bytes << " bytes) to "
            << out << "\n";
  return 0;
}
