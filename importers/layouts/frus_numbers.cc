// The numbers a FRUS telegram opens with: its own, and the delegation's
// message it passes on (ReadMessageNumber, declared in frus_common.h).
#include <optional>
#include <string_view>

#include "importers/layouts/frus_common.h"

namespace parley::importers::layouts {

void ReadMessageNumber(std::string_view first_paragraph, size_t offset,
                       DocumentRecord& r) {
  std::optional<Printed> number = FindMessageNumber(first_paragraph, offset);
  if (!number) return;
  r.numbers.push_back(*number);
  if (r.doc_type.empty()) r.doc_type = "telegram";
  // "C–58911. HNC 525.", "C–58639. For info CINCUNC Adv HNC 513.": the
  // delegation's message that the telegram passes on, right after its own
  // number or as the advance copy ("Adv") it was sent as.
  auto passed_at = [&](size_t at) {
    while (at < first_paragraph.size() &&
           (first_paragraph[at] == '.' || first_paragraph[at] == ' '))
      ++at;
    if (at >= first_paragraph.size()) return false;
    std::optional<Printed> passed =
        FindMessageNumber(first_paragraph.substr(at), offset + at);
    if (!passed || passed->text == number->text) return false;
    r.forwarded_number = *passed;
    return true;
  };
  if (passed_at(number->span.end - offset)) return;
  if (size_t adv = first_paragraph.find(" Adv ");
      adv != std::string_view::npos && adv < 80)
    passed_at(adv + 5);
}

}  // namespace parley::importers::layouts
