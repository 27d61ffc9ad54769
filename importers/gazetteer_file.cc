// Reading data/gazetteer.tsv: entries, their names and codenames, stop
// words, and the checks a bad line fails with its line number.
#include <algorithm>
#include <utility>

#include "importers/detail/gazetteer_index.h"
#include "importers/detail/name_match.h"
#include "importers/detail/table_file.h"
#include "importers/detail/word_tokens.h"
#include "importers/gazetteer.h"

namespace parley::importers {
namespace {

using detail::ForEachTableRow;
using detail::TableError;
using detail::TableRow;
using detail::Tokenize;
using detail::Trim;
using graph::NodeKind;

// ---------------------------------------------------------------------------
// Stop words

// Forms of address, titles, ranks and the words of telegram headers and of
// the archive's page furniture. data/gazetteer.tsv may add more
// ("stopword" rows).
constexpr std::string_view kBuiltInStopWords[] = {
    // Address
    "Comrade", "Comrades", "Cde", "Cdes", "Com", "Tov", "Mr", "Mrs", "Messrs",
    "Sir", "Dear", "Товарищ", "Товарищи", "Тов", "Господин",
    // Titles and ranks
    "General", "Generals", "Generalissimo", "Marshal", "Admiral",
    "Vice Admiral", "Rear Admiral", "Colonel", "Lieutenant", "Major", "Captain",
    "Commander", "Commander-in-Chief", "Secretary", "Chairman", "Minister",
    "Deputy", "Chief", "Head", "Premier", "President", "Ambassador", "Envoy",
    "Representative",
    // The ranks as cables abbreviate them ("MGen William K. Harrison",
    // "RAdm John C. Daniel", "VAdm C. Turner Joy").
    "Gen", "LtGen", "MGen", "BGen", "Adm", "VAdm", "RAdm", "Col", "LtCol", "Lt",
    "Maj", "Capt", "Brig", "Генерал", "Генералиссимус", "Маршал", "Адмирал",
    "Полковник", "Командующий", "Министр", "Заместитель", "Начальник",
    "Председатель", "Секретарь", "Глава", "Посол", "Премьер", "Президент",
    "Представитель",
    // Telegram and page words
    "Telegram", "Telegrams", "Cable", "Cables", "Ciphered", "Cipher", "Series",
    "Copy", "Copies", "Received", "Sent", "Dispatched", "From", "To", "For",
    "By", "Via", "Top Secret", "Secret", "Stamp", "Extremely urgent", "Urgent",
    "Top Priority", "Excerpt", "Protocol", "Decision", "Resolution", "Document",
    "Information", "Source", "Record", "Record ID", "Type", "Language",
    "Attachment", "Annex", "Draft", "Message", "Letter", "Report", "No",
    "Skip to content", "Телеграмма", "Шифртелеграмма", "Шифровка", "Копия",
    "Серия", "Получено", "Отправлено", "Совершенно секретно", "Секретно",
    "Срочно", "Весьма срочно", "Штамп", "Выписка", "Протокол", "Решение",
    "Приложение", "Проект"};

std::vector<std::string> SplitNames(std::string_view field) {
  std::vector<std::string> names;
  for (std::string_view part : detail::SplitAt(field, '|')) {
    part = Trim(part);
    if (part.empty()) continue;
    if (std::find(names.begin(), names.end(), part) == names.end()) {
      names.emplace_back(part);
    }
  }
  return names;
}

bool IsValidSlug(std::string_view slug) {
  if (slug.empty() || slug.front() == '-' || slug.back() == '-') return false;
  char previous = 0;
  for (char c : slug) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok || (c == '-' && previous == '-')) return false;
    previous = c;
  }
  return true;
}

bool IsValidWikidata(std::string_view id) {
  if (id.size() < 2 || id[0] != 'Q' || id[1] == '0') return false;
  return std::all_of(id.begin() + 1, id.end(),
                     [](char c) { return c >= '0' && c <= '9'; });
}

constexpr size_t kMinColumns = 4;
constexpr size_t kMaxColumns = 7;

// Reads the affiliation column ("side=kpa-cpv role=delegation
// government=north-korea office=ministry-of-foreign-affairs") into `entry`;
// "" or the error.
std::string ReadAffiliation(std::string_view column, GazetteerEntry& entry) {
  size_t at = 0;
  while (at < column.size()) {
    size_t space = column.find(' ', at);
    if (space == std::string_view::npos) space = column.size();
    std::string_view pair = column.substr(at, space - at);
    at = space + 1;
    if (pair.empty()) continue;
    size_t eq = pair.find('=');
    if (eq == std::string_view::npos) {
      return "affiliation \"" + std::string(pair) +
             "\" is not key=value (side, role, government or office)";
    }
    std::string_view key = pair.substr(0, eq);
    std::string value(pair.substr(eq + 1));
    if (key == "side") {
      if (value != "kpa-cpv" && value != "unc")
        return "unknown side \"" + value + "\" (kpa-cpv or unc)";
      entry.side = value;
    } else if (key == "role") {
      if (value != "delegation" && value != "government" && value != "adviser")
        return "unknown role \"" + value +
               "\" (delegation, government or adviser)";
      entry.side_role = value;
    } else if (key == "government") {
      if (!IsValidSlug(value)) return "bad government id \"" + value + "\"";
      entry.government = "place:" + value;
    } else if (key == "office") {
      if (!IsValidSlug(value)) return "bad office id \"" + value + "\"";
      entry.office = "org:" + value;
    } else {
      return "unknown affiliation key \"" + std::string(key) +
             "\" (side, role, government or office)";
    }
  }
  if (!entry.office.empty() && entry.government.empty())
    return "an office needs its government (government=...)";
  return "";
}

}  // namespace

Result<Gazetteer> Gazetteer::Parse(std::string_view text,
                                   const std::string& source) {
  Gazetteer g;
  auto index = std::make_shared<Index>();
  for (std::string_view word : kBuiltInStopWords) index->AddStopWord(word);

  std::vector<size_t> entry_lines;
  std::unordered_map<std::string, size_t> id_lines;

  Status read = ForEachTableRow(
      text, source,
      {kMinColumns, kMaxColumns,
       "kind, id, label, names, codenames, wikidata, affiliation"},
      [&](const TableRow& row) -> std::string {
        const size_t line_number = row.line;
        std::vector<std::string_view> columns = row.fields;
        columns.resize(kMaxColumns);
        const std::string kind_name(columns[0]);

        if (kind_name == "stopword") {
          for (const std::string& word : SplitNames(columns[3])) {
            index->AddStopWord(word);
          }
          return "";
        }

        GazetteerEntry entry;
        std::string prefix;
        if (kind_name == "person") {
          entry.kind = NodeKind::kPerson;
          prefix = "person:";
        } else if (kind_name == "organization") {
          entry.kind = NodeKind::kOrganization;
          prefix = "org:";
        } else if (kind_name == "place") {
          entry.kind = NodeKind::kPlace;
          prefix = "place:";
        } else {
          return "unknown kind \"" + kind_name +
                 "\" (expected person, organization, "
                 "place or stopword)";
        }
        if (!IsValidSlug(columns[1])) {
          return "bad id \"" + std::string(columns[1]) +
                 "\": use lower-case letters, digits and single "
                 "hyphens, e.g. kim-il-sung";
        }
        entry.id = prefix + std::string(columns[1]);
        if (auto [it, inserted] = id_lines.emplace(entry.id, line_number);
            !inserted) {
          return "duplicate id " + entry.id + " (first on line " +
                 std::to_string(it->second) + ")";
        }
        entry.label = std::string(columns[2]);
        if (entry.label.empty()) return "empty label";
        entry.names = SplitNames(columns[3]);
        if (std::find(entry.names.begin(), entry.names.end(), entry.label) ==
            entry.names.end()) {
          entry.names.insert(entry.names.begin(), entry.label);
        }
        entry.codenames = SplitNames(columns[4]);
        entry.wikidata = std::string(columns[5]);
        if (!entry.wikidata.empty() && !IsValidWikidata(entry.wikidata)) {
          return "bad wikidata id \"" + entry.wikidata +
                 "\" (expected Q followed by digits, or "
                 "nothing)";
        }
        if (std::string e = ReadAffiliation(columns[6], entry); !e.empty())
          return e;
        for (const auto* list : {&entry.names, &entry.codenames}) {
          for (const std::string& name : *list) {
            if (Tokenize(name).empty()) {
              return "name \"" + name + "\" has no letters or digits";
            }
          }
        }
        g.entries_.push_back(std::move(entry));
        entry_lines.push_back(line_number);
        return "";
      });
  if (!read.ok()) return read;

  // One spelling, one entry: a name shared by two entries would make every
  // match of it a guess.
  std::unordered_map<std::string, uint32_t> owners;
  for (uint32_t e = 0; e < g.entries_.size(); ++e) {
    const GazetteerEntry& entry = g.entries_[e];
    index->kinds.push_back(entry.kind);
    index->by_id.emplace(entry.id, e);
    for (const auto* list : {&entry.names, &entry.codenames}) {
      for (const std::string& name : *list) {
        auto [it, inserted] = owners.emplace(FoldName(name), e);
        if (!inserted && it->second != e) {
          return TableError(source, entry_lines[e],
                            "name \"" + name + "\" already belongs to " +
                                g.entries_[it->second].id + " (line " +
                                std::to_string(entry_lines[it->second]) + ")");
        }
      }
    }
    for (const std::string& name : entry.names) index->AddAlias(e, name, false);
    for (const std::string& name : entry.codenames) {
      index->AddAlias(e, name, true);
    }
  }
  // A government is a place; an office is that of an organisation.
  for (size_t e = 0; e < g.entries_.size(); ++e) {
    const GazetteerEntry& entry = g.entries_[e];
    auto kind_of = [&](const std::string& id) -> std::optional<NodeKind> {
      auto it = index->by_id.find(id);
      if (it == index->by_id.end()) return std::nullopt;
      return g.entries_[it->second].kind;
    };
    if (!entry.government.empty() &&
        kind_of(entry.government) != NodeKind::kPlace) {
      return TableError(
          source, entry_lines[e],
          "government " + entry.government + " is no place of the gazetteer");
    }
    if (!entry.office.empty() &&
        kind_of(entry.office) != NodeKind::kOrganization) {
      return TableError(
          source, entry_lines[e],
          "office " + entry.office + " is no organization of the gazetteer");
    }
  }
  g.index_ = std::move(index);
  return g;
}

Gazetteer Gazetteer::WithNames(
    std::vector<GazetteerEntry> added,
    const std::vector<std::pair<graph::NodeId, std::string>>& aliases) const {
  Gazetteer g;
  g.entries_ = entries_;
  auto index =
      index_ ? std::make_shared<Index>(*index_) : std::make_shared<Index>();
  auto free = [&](const std::string& name) {
    return !Tokenize(name).empty() && g.Resolve(name) == nullptr;
  };
  g.index_ = index;
  for (GazetteerEntry& entry : added) {
    if (index->by_id.count(entry.id)) continue;
    uint32_t e = static_cast<uint32_t>(g.entries_.size());
    std::vector<std::string> names;
    for (const std::string& name : entry.names)
      if (free(name)) names.push_back(name);
    if (names.empty()) continue;
    entry.names = names;
    index->kinds.push_back(entry.kind);
    index->by_id.emplace(entry.id, e);
    g.entries_.push_back(std::move(entry));
    for (const std::string& name : names) index->AddAlias(e, name, false);
  }
  for (const auto& [id, name] : aliases) {
    auto it = index->by_id.find(id);
    if (it == index->by_id.end() || !free(name)) continue;
    g.entries_[it->second].names.push_back(name);
    index->AddAlias(it->second, name, false);
  }
  return g;
}

Result<Gazetteer> Gazetteer::LoadFile(const std::string& path) {
  Result<std::string> text = detail::ReadTableFile(path, "gazetteer");
  if (!text.ok()) return text.status();
  return Parse(*text, path);
}

}  // namespace parley::importers
