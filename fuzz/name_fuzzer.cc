// libFuzzer target for name resolution: the gazetteer of data/ (loaded once)
// resolving a name as written (Gazetteer::Resolve, with and without a kind),
// finding names in a text (FindMentions), and the folds both rest on
// (text::FoldName, FoldWord, the transliterations, storage::NameKey of the
// names index). The first byte of the input picks the kind asked for; the
// rest is the name, and the whole input is the text searched for mentions.
// Besides crashes and sanitizer reports it aborts when a contract of the
// headers breaks:
//   - a resolved entry has an id of its kind's prefix, the kind asked for, is
//     found again by that id and by its own label, and a name resolved
//     without a kind is resolved with the kind it was found with;
//   - mentions come left to right, do not overlap, lie inside the text and
//     quote its bytes;
//   - folded names are valid UTF-8 words joined by single spaces, unchanged
//     by space around the name; NameKey ignores ASCII case; LatinKey is
//     a-z only; an ordinal's number is digits.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "fuzz/fuzz_support.h"
#include "importers/gazetteer.h"
#include "storage/store.h"
#include "text/fold.h"
#include "text/translit.h"
#include "text/utf8.h"

namespace {

using parley::fuzz::Require;
using parley::graph::NodeKind;
using parley::importers::Gazetteer;
using parley::importers::GazetteerEntry;

std::string_view PrefixOf(NodeKind kind) {
  switch (kind) {
    case NodeKind::kPerson:
      return "person:";
    case NodeKind::kOrganization:
      return "org:";
    case NodeKind::kPlace:
      return "place:";
    default:
      return "";
  }
}

// Words joined by single spaces: no space first, last or twice.
bool SingleSpaced(const std::string& s) {
  if (s.empty()) return true;
  return s.front() != ' ' && s.back() != ' ' &&
         s.find("  ") == std::string::npos;
}

bool ValidUtf8(std::string_view s) {
  return !parley::text::FindInvalidUtf8(s).has_value();
}

void CheckEntry(const Gazetteer& gazetteer, const GazetteerEntry* e,
                std::optional<NodeKind> kind, std::string_view name) {
  if (e == nullptr) return;
  Require(!e->id.empty(), "a resolved name has an id", name);
  Require(!kind || e->kind == *kind, "a resolved name is of the kind asked",
          e->id);
  std::string_view prefix = PrefixOf(e->kind);
  Require(!prefix.empty() && e->id.starts_with(prefix),
          "a gazetteer id starts with its kind", e->id);
  Require(gazetteer.FindById(e->id) == e, "an entry is found by its id", e->id);
  Require(gazetteer.Resolve(e->label, e->kind) != nullptr,
          "an entry's label resolves", e->label);
}

// Resolves `name` without a kind and, when `kind` is set, with it (a name
// that fits nothing is the costly case: a fuzzy pass over every spelling).
void CheckResolve(const Gazetteer& gazetteer, std::string_view name,
                  std::optional<NodeKind> kind) {
  const GazetteerEntry* any = gazetteer.Resolve(name);
  CheckEntry(gazetteer, any, std::nullopt, name);
  if (any != nullptr && (!kind || *kind != any->kind)) {
    Require(gazetteer.Resolve(name, any->kind) != nullptr,
            "a name resolved without a kind resolves with its kind", any->id);
  }
  if (kind) {
    const GazetteerEntry* e = gazetteer.Resolve(name, kind);
    CheckEntry(gazetteer, e, kind, name);
    Require(e != nullptr || any == nullptr || any->kind != *kind,
            "a name resolved without a kind resolves with its kind", name);
  }
  (void)gazetteer.IsStopWord(name);
}

void CheckMentions(const Gazetteer& gazetteer, std::string_view text) {
  constexpr size_t kBase = 1000;
  size_t last_end = kBase;
  for (const auto& m : gazetteer.FindMentions(text, kBase)) {
    Require(m.entry != nullptr, "a mention names an entry");
    Require(kBase <= m.start && m.start < m.end && m.end <= kBase + text.size(),
            "a mention lies inside the text", m.surface);
    Require(m.start >= last_end, "mentions come in order without overlap",
            m.surface);
    Require(text.substr(m.start - kBase, m.end - m.start) == m.surface,
            "a mention's surface is the text's bytes", m.surface);
    Require(!m.entry->id.empty(), "a mentioned entry has an id");
    last_end = m.end;
  }
}

void CheckFolds(std::string_view name) {
  namespace text = parley::text;
  bool valid = ValidUtf8(name);
  std::string folded = text::FoldName(name);
  Require(SingleSpaced(folded), "FoldName joins words by single spaces",
          folded);
  if (valid) {
    Require(ValidUtf8(folded), "FoldName of UTF-8 is UTF-8", folded);
    Require(text::FoldName(" \t" + std::string(name) + "\n ") == folded,
            "FoldName ignores space around a name", folded);
  }
  std::string key = parley::storage::NameKey(name);
  Require(SingleSpaced(key), "NameKey joins words by single spaces", key);
  if (valid) {
    Require(ValidUtf8(key), "NameKey of UTF-8 is UTF-8", key);
    std::string lower(name);
    for (char& c : lower) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    Require(parley::storage::NameKey(lower) == key, "NameKey ignores case",
            key);
  }
  for (char c : text::LatinKey(name)) {
    Require(c >= 'a' && c <= 'z', "LatinKey is letters a-z only");
  }
  (void)parley::importers::TransliterateToLatin(name);
  (void)text::ToLatin(name, text::LatinScheme::kPlaces);
  std::string word = text::FoldWord(name);
  if (valid) Require(ValidUtf8(word), "FoldWord of UTF-8 is UTF-8", word);
  (void)text::CyrillicLookalike(name);
  if (auto number = text::OrdinalNumber(name)) {
    Require(!number->empty(), "an ordinal has a number", name);
    for (char c : *number) {
      Require(c >= '0' && c <= '9', "an ordinal's number is digits", *number);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  parley::fuzz::LoadData();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  if (size == 0) return 0;
  const Gazetteer& gazetteer = parley::fuzz::LoadData().gazetteer;
  std::string_view input(reinterpret_cast<const char*>(bytes), size);
  std::string_view name = input.substr(1);
  static constexpr std::optional<NodeKind> kKinds[] = {
      std::nullopt, NodeKind::kPerson, NodeKind::kOrganization,
      NodeKind::kPlace};
  std::optional<NodeKind> kind = kKinds[bytes[0] % 4];
  try {
    CheckResolve(gazetteer, name, kind);
    CheckMentions(gazetteer, input);
    CheckFolds(name);
  } catch (const std::exception& e) {
    parley::fuzz::Fail("an exception escaped", e.what());
  }
  return 0;
}
