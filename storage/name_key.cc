// NameKey: the folding of the names index (declared in storage/store.h).

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <string>
#include <string_view>

#include "storage/store.h"

namespace parley::storage {
namespace {

enum class CharRole { kKeep, kSeparator, kDrop };

CharRole RoleOf(UChar32 c) {
  if (u_isUWhiteSpace(c)) return CharRole::kSeparator;
  switch (u_charType(c)) {
    // A soft hyphen or zero-width joiner inside a name does not split it.
    case U_FORMAT_CHAR:
      return CharRole::kDrop;
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
    case U_MATH_SYMBOL:
    case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL:
    case U_CONTROL_CHAR:
    case U_SPACE_SEPARATOR:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
    case U_SURROGATE:
      return CharRole::kSeparator;
    default:
      return CharRole::kKeep;
  }
}

}  // namespace

std::string NameKey(std::string_view name) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_SUCCESS(status)) {
    icu::UnicodeString normalized = nfkc->normalize(text, status);
    if (U_SUCCESS(status)) text = std::move(normalized);
  }
  text.foldCase(U_FOLD_CASE_DEFAULT);
  // Case folding can leave a string that is no longer NFKC (e.g. folding
  // some Greek letters with combining marks); normalise once more so that
  // equal names give equal keys.
  status = U_ZERO_ERROR;
  if (nfkc != nullptr) {
    icu::UnicodeString normalized = nfkc->normalize(text, status);
    if (U_SUCCESS(status)) text = std::move(normalized);
  }

  icu::UnicodeString folded;
  bool pending_space = false;
  for (int32_t i = 0; i < text.length();) {
    UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (c == 0x0451) c = 0x0435;  // ё -> е: Russian print often omits the dots.
    switch (RoleOf(c)) {
      case CharRole::kDrop:
        break;
      case CharRole::kSeparator:
        pending_space = true;
        break;
      case CharRole::kKeep:
        if (pending_space && !folded.isEmpty()) folded.append(UChar32{0x20});
        pending_space = false;
        folded.append(c);
        break;
    }
  }
  std::string out;
  folded.toUTF8String(out);
  return out;
}

}  // namespace parley::storage
