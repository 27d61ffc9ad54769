// libFuzzer target for the TEI reader (importers/layouts/frus_tei.cc) through
// ImportFile, as `parley import` reads a FRUS volume (.xml). Each input is
// read three ways:
//   - as a whole file, so that the kept corpus of volumes is mutated as it is;
//   - as the content of a dated document of a FRUS volume, after its source
//     note, head and dateline, so that mutations reach the text builder and
//     its source map rather than the XML parser's first error;
//   - as the body of a FRUS volume, so that the input can make documents of
//     its own (heads, datelines, notes, nested divs).
// Besides crashes and sanitizer reports it aborts when an import breaks
// ImportFile's contract (fuzz_support.h: one-line errors, every quote the
// file's bytes [start, end), ...), when a file inside a FRUS volume's markup
// is read by another layout, and when a well-formed volume with a dated
// document fails for anything but the XML, the bytes or the missing date.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/fuzz_support.h"

namespace {

using parley::fuzz::ImportAndCheck;
using parley::fuzz::Require;

constexpr std::string_view kVolumeOpen =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" "
    "xmlns:frus=\"http://history.state.gov/frus/ns/1.0\" "
    "xml:id=\"frus1951v07p1\">\n"
    "<teiHeader><fileDesc><titleStmt><title type=\"complete\">Foreign "
    "Relations of the United States, 1951, Korea and China</title>"
    "</titleStmt></fileDesc></teiHeader>\n<text><body>\n";
constexpr std::string_view kVolumeClose = "\n</body></text></TEI>\n";

constexpr std::string_view kDocumentOpen =
    "<div type=\"document\" xml:id=\"d451\" n=\"451\">\n"
    "<note rend=\"inline\" type=\"source\">Lot 55D128: Black Book, Tab 81: "
    "Telegram</note>\n"
    "<head><hi rend=\"italic\">The Commander in Chief, United Nations "
    "Command</hi> (<persName type=\"from\">Ridgway</persName>) to the "
    "<gloss type=\"to\">Joint Chiefs of Staff</gloss></head>\n"
    "<opener><dateline>[<placeName>Tokyo</placeName>,] <date "
    "when=\"1951-07-18\">July 18, 1951</date>.</dateline>"
    "<seg><hi rend=\"smallcaps\">secret</hi></seg></opener>\n"
    "<p>HNC-112. Personal from Ridgway.</p>\n";
constexpr std::string_view kDocumentClose = "\n</div>";

// The messages an import of a well-formed, dated volume may fail with.
bool IsByteOrXmlError(const std::string& message) {
  for (std::string_view why :
       {"XML error", "invalid UTF-8", "binary file", "empty file"}) {
    if (message.find(why) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  parley::fuzz::LoadData();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(bytes), size);
  ImportAndCheck(input, "fuzz.xml");

  // Inside a dated document: read by the TEI reader, and imported unless the
  // input breaks the XML or the bytes.
  std::string in_document;
  in_document.reserve(kVolumeOpen.size() + kDocumentOpen.size() + size + 64);
  in_document.append(kVolumeOpen).append(kDocumentOpen).append(input);
  in_document.append(kDocumentClose).append(kVolumeClose);
  std::string error;
  std::string layout = ImportAndCheck(in_document, "fuzz.xml", &error);
  Require(layout.empty() || layout == "frus-tei",
          "a FRUS volume is read by the frus-tei reader", layout);
  Require(!layout.empty() || IsByteOrXmlError(error),
          "a dated document in a FRUS volume imports unless the XML or the "
          "bytes are bad",
          error);

  // As the volume's body: the input's own documents.
  std::string in_body;
  in_body.reserve(kVolumeOpen.size() + size + kVolumeClose.size());
  in_body.append(kVolumeOpen).append(input).append(kVolumeClose);
  layout = ImportAndCheck(in_body, "fuzz.xml");
  Require(layout.empty() || layout == "frus-tei",
          "a FRUS volume is read by the frus-tei reader", layout);
  return 0;
}
