// A generator of synthetic archive pages for the benchmarks: telegrams of the
// 1951-53 armistice correspondence in the layout of the Wilson Center pages
// (date line, title, optional Russian original, English translation with
// numbered points, "No. NNNN", summary, "Document Information", citation,
// Record ID), between the real correspondents of data/gazetteer.tsv. Some
// pages answer earlier ones ("Your telegram of 3 July has reached us ...
// point three may be dropped"), so the linker finds RESPONDS_TO, STANCE and
// VARIANT_OF links among them. The same seed always gives the same pages.
#ifndef PARLEY_BENCH_CORPUS_GENERATOR_H_
#define PARLEY_BENCH_CORPUS_GENERATOR_H_

#include <cstdint>
#include <string>
#include <vector>

namespace parley::bench {

struct CorpusOptions {
  // Pages to generate. Default: 1000.
  int pages = 1000;
  // Seed of the pseudo-random choices. Default: 1.
  uint64_t seed = 1;
  // Share of pages that answer an earlier page (0..1). Default: 0.35.
  double reply_share = 0.35;
  // Share of pages with a Russian original before the translation (0..1).
  // Default: 0.3.
  double russian_share = 0.3;
};

// One generated page.
struct GeneratedPage {
  // File name, "000123-1951-07-03-telegram-21404.txt": sorting the names
  // sorts the pages by date.
  std::string file_name;
  std::string text;
  // Index of the page this one answers, or -1.
  int replies_to = -1;
};

// Generates page `index` of the corpus described by `options` (0 <= index <
// options.pages). Pages are dated in index order over June 1951 - July 1953;
// a reply answers one of the proposals dated shortly before it. The result
// depends only on `options` and `index`.
GeneratedPage GeneratePage(const CorpusOptions& options, int index);

// Every page of the corpus, in index order. For large corpora prefer
// GeneratePage one at a time.
std::vector<GeneratedPage> GenerateCorpus(const CorpusOptions& options);

}  // namespace parley::bench

#endif  // PARLEY_BENCH_CORPUS_GENERATOR_H_
