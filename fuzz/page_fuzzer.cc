// libFuzzer target for the page and JSON importers: feeds arbitrary bytes to
// ImportFile as an archive page (as they are, and as the body of a page with
// a valid header, so that mutations reach the body reader) and as a JSON
// document, with the real gazetteer and topic list. Besides crashes and
// sanitizer reports it aborts when an import breaks ImportFile's contract
// (fuzz_support.h): one-line errors naming the file; the page's own bytes
// and hash; every quote the page's bytes [start, end); edges between nodes
// of the fragment. TEI volumes have their own target (tei_fuzzer.cc).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  parley::fuzz::LoadData();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  using parley::fuzz::ImportAndCheck;
  std::string_view input(reinterpret_cast<const char*>(bytes), size);
  ImportAndCheck(input, "fuzz.txt");
  static const std::string kHeader =
      "July 3, 1951\n\nCiphered Telegram No. 21404, Mao Zedong to Cde. "
      "Filippov [Stalin]\n\n";
  ImportAndCheck(kHeader + std::string(input), "fuzz.txt");
  ImportAndCheck(input, "fuzz.json");
  return 0;
}
