// The gazetteer: the people, organisations and places Parley knows by name,
// with their spellings in every script, inflected forms and codenames, and
// the matcher that finds them in page text (case- and Unicode-folded, Russian
// case endings, Latin/Cyrillic look-alike letters, transliteration).
#ifndef PARLEY_IMPORTERS_GAZETTEER_H_
#define PARLEY_IMPORTERS_GAZETTEER_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"
#include "text/fold.h"
#include "text/translit.h"

namespace parley::importers {

struct GazetteerEntry {
  graph::NodeId id;      // "person:joseph-stalin", "org:...", "place:..."
  graph::NodeKind kind;  // kPerson, kOrganization or kPlace
  std::string label;     // canonical English name
  std::vector<std::string> names;      // spellings, every script
  std::vector<std::string> codenames;  // "Filippov" for Stalin
  std::string wikidata;                // "Q855" or ""
  // The affiliation column (data/README.md): the side the entry acts for in
  // the talks ("kpa-cpv", "unc" or ""), its role on that side
  // ("delegation", "government", "adviser" or ""), the place id of the
  // government it belongs to ("place:north-korea" or ""), and for one
  // government's office, the id of the office every government has
  // ("org:ministry-of-foreign-affairs" for the DPRK's ministry).
  std::string side, side_role, government, office;
};

// One occurrence of a name in a text.
struct Mention {
  const GazetteerEntry* entry = nullptr;  // never null from FindMentions
  size_t start = 0;  // byte offsets into the text passed in (+ base offset)
  size_t end = 0;
  std::string surface;  // the bytes as written, e.g. "НАМ ИРА", "HAM ИР"
  bool codename = false;  // matched through a codename ("FILIPPOV")
};

class Gazetteer {
 public:
  // Parses the gazetteer file format (see data/README.md). `source` names
  // the file in errors ("gazetteer.tsv:12: ...").
  static Result<Gazetteer> Parse(std::string_view text,
                                 const std::string& source);
  static Result<Gazetteer> LoadFile(const std::string& path);

  // Every mention of a known entity in `text`, left to right, longest match
  // first, non-overlapping. Offsets are `base + offset in text`.
  std::vector<Mention> FindMentions(std::string_view text,
                                    size_t base = 0) const;

  // The entry a name as written stands for ("Cde. Filippov", "КИМ ИР СЕНА",
  // "ПАК ДЕНЧО", "HAM ИР"), trying in turn: exact folded match, Russian
  // case endings, look-alike letters, transliteration with a small edit
  // distance. With `kind` set, only entries of that kind. nullptr when
  // nothing is close enough.
  const GazetteerEntry* Resolve(std::string_view name,
                                std::optional<graph::NodeKind> kind = {}) const;

  // True when `word` is a form of address, title, rank or document word
  // ("Comrade", "Cde.", "Товарищ", "Telegram", "Series", "General") that
  // must never become a person by itself.
  bool IsStopWord(std::string_view word) const;

  const GazetteerEntry* FindById(std::string_view id) const;

  // A copy that knows more names, for one page: `added` entries (with ids
  // no entry has) and `aliases`, each an (entry id, name) pair giving a
  // known or added entry one more name. A name that some entry has already
  // is left out.
  Gazetteer WithNames(
      std::vector<GazetteerEntry> added,
      const std::vector<std::pair<graph::NodeId, std::string>>& aliases) const;

  // The office `generic_id` of the government `government` (a place id):
  // the entry whose `office` is `generic_id` and whose `government` is
  // `government` ("org:ministry-of-foreign-affairs" of "place:ussr" is the
  // Soviet ministry). nullptr when the gazetteer has none.
  const GazetteerEntry* OfficeOf(std::string_view generic_id,
                                 std::string_view government) const;
  // True when some entry is an office of `generic_id` for a government:
  // the generic entry stands for one of several bodies.
  bool HasOffices(std::string_view generic_id) const;
  // The side of `entry`: its own, else that of its government's place.
  std::string SideOf(const GazetteerEntry& entry) const;
  const std::vector<GazetteerEntry>& entries() const { return entries_; }

 private:
  std::vector<GazetteerEntry> entries_;
  // Implementation indexes (folded name -> entry) live in gazetteer.cc.
  struct Index;
  std::shared_ptr<const Index> index_;
};

// Folds a name for comparison ("Kim Il-sung" -> "kim il sung", "38-я" ->
// "38", "КИM" with a Latin M -> "ким"): text::FoldName, which documents
// every rule.
using text::FoldName;

// Cyrillic to Latin in the scheme tuned for matching Korean and Chinese
// names written in Russian ("ПАК ДЕНЧО" -> "pak dencho", "Цзэдун" ->
// "zedung"): text::ToLatin with text::LatinScheme::kNames.
inline std::string TransliterateToLatin(std::string_view text) {
  return text::ToLatin(text, text::LatinScheme::kNames);
}

}  // namespace parley::importers

#endif  // PARLEY_IMPORTERS_GAZETTEER_H_
