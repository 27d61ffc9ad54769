// Finding the gazetteer's names in a text and resolving a name to its entry
// (Gazetteer::FindMentions, Resolve and the lookups by id). Text is cut into
// words with byte offsets, the way every alias was cut when the index was
// made (importers/detail/gazetteer_index.h), so FindMentions looks each word
// of a page up in a hash table instead of scanning the aliases. The file is
// read in gazetteer_file.cc.
#include "importers/gazetteer.h"

#include <algorithm>
#include <string>
#include <vector>

#include "importers/detail/gazetteer_index.h"
#include "importers/detail/name_match.h"

namespace parley::importers {

using detail::Alias;
using detail::Match;
using detail::Token;
using detail::Tokenize;
using graph::NodeKind;

std::vector<Mention> Gazetteer::FindMentions(std::string_view text,
                                             size_t base) const {
  std::vector<Mention> mentions;
  if (!index_) return mentions;
  std::vector<Token> tokens = Tokenize(text);
  for (size_t i = 0; i < tokens.size();) {
    std::optional<Match> m = index_->MatchAt(text, tokens, i, {});
    // A name may cross an editor's bracket only to complete it: "Kim [Il
    // Sung]", "[Li] Kenong". A name whole before the bracket is glossed there
    // ("MID USSR [Ministry of Foreign Affairs]"), and one whose bracket
    // opened before it ("[U.S. Commander Matthew] Ridgway") is not one name.
    size_t from = tokens[i].start;
    size_t to = m ? tokens[i + m->words - 1].end : from;
    std::string_view span = text.substr(from, to - from);
    if (m && m->words > 1 &&
        span.find_first_of("[]") != std::string_view::npos) {
      size_t open = span.find('['), close = span.find(']');
      bool completes =
          (open != std::string_view::npos && close != std::string_view::npos &&
           open < close) ||
          (close == std::string_view::npos && to < text.size() &&
           text[to] == ']') ||
          (open == std::string_view::npos && from > 0 && text[from - 1] == '[');
      size_t cut = std::min(open, close);
      size_t k = i + 1;
      while (k < i + m->words && tokens[k].start < from + cut) ++k;
      std::optional<Match> shorter;
      if (k < i + m->words) {
        std::vector<Token> outside(tokens.begin(), tokens.begin() + k);
        shorter = index_->MatchAt(text, outside, i, {});
      }
      if (shorter || !completes) m = shorter;
    }
    if (m) {
      const Alias& alias = index_->aliases[m->alias];
      const Token& last = tokens[i + m->words - 1];
      size_t start = tokens[i].start;
      size_t end = m->possessive ? last.possessive_end : last.end;
      if (!m->possessive && !alias.tail.empty() &&
          text.substr(end, alias.tail.size()) == alias.tail) {
        end += alias.tail.size();
      }
      // "Kim [Il Sung]", "[Li] Kenong": the mention holds both brackets.
      std::string_view inside = text.substr(start, end - start);
      if (inside.find('[') != std::string_view::npos &&
          inside.find(']') == std::string_view::npos && end < text.size() &&
          text[end] == ']')
        ++end;
      if (inside.find(']') != std::string_view::npos &&
          inside.find('[') == std::string_view::npos && start > 0 &&
          text[start - 1] == '[')
        --start;
      mentions.push_back({&entries_[alias.entry], base + start, base + end,
                          std::string(text.substr(start, end - start)),
                          alias.codename});
      i += m->words;
      continue;
    }
    if (std::optional<uint32_t> id = index_->AdjectiveAt(tokens[i], {})) {
      const Alias& alias = index_->aliases[*id];
      const Token& t = tokens[i];
      mentions.push_back({&entries_[alias.entry], base + t.start, base + t.end,
                          std::string(text.substr(t.start, t.end - t.start)),
                          alias.codename});
    }
    ++i;
  }
  return mentions;
}

namespace {

// "Filippov [Stalin]" -> outside "Filippov", inside {"Stalin"}; the same
// for parentheses ("Stalin (2)"). An unclosed bracket runs to the end.
void SplitBrackets(std::string_view name, std::string& outside,
                   std::vector<std::string>& inside) {
  int depth = 0;
  std::string current;
  for (char c : name) {
    if (c == '[' || c == '(') {
      if (depth++ == 0) current.clear();
      continue;
    }
    if ((c == ']' || c == ')') && depth > 0) {
      if (--depth == 0) inside.push_back(current);
      continue;
    }
    (depth > 0 ? current : outside).push_back(c);
  }
  if (depth > 0) inside.push_back(current);
}

}  // namespace

const GazetteerEntry* Gazetteer::Resolve(std::string_view name,
                                         std::optional<NodeKind> kind) const {
  if (!index_ || IsStopWord(name)) return nullptr;
  std::vector<std::string> forms = {std::string(name)};
  std::string outside;
  std::vector<std::string> inside;
  SplitBrackets(name, outside, inside);
  if (outside != name) forms.push_back(outside);
  for (std::string& s : inside) forms.push_back(std::move(s));

  // Forms of address and titles ("Cde.", "Marshal"), and initials
  // ("Stalin, I.V.", "И. В. Сталин") come off.
  const size_t written_forms = forms.size();
  for (size_t f = 0; f < written_forms; ++f) {
    std::string_view form = forms[f];
    std::vector<Token> tokens = Tokenize(form);
    size_t from = 0;
    size_t to = tokens.size();
    while (from < to && index_->IsStopToken(tokens[from])) ++from;
    while (to > from && index_->IsStopToken(tokens[to - 1])) --to;
    std::vector<std::string_view> kept;
    bool has_long_word = false;
    for (size_t k = from; k < to; ++k) {
      if (tokens[k].letters > 1) has_long_word = true;
    }
    // "A.Ya.", "Yu.V.": a transliterated initial may take two letters, a
    // capital and a small one, beside a full stop.
    auto digraph_initial = [&](const Token& t) {
      bool dotted = (t.end < form.size() && form[t.end] == '.') ||
                    (t.start > 0 && form[t.start - 1] == '.');
      return t.letters == 2 && dotted && t.end - t.start == 2 &&
             std::isupper(static_cast<unsigned char>(form[t.start])) &&
             std::islower(static_cast<unsigned char>(form[t.start + 1]));
    };
    for (size_t k = from; k < to; ++k) {
      if (has_long_word &&
          ((tokens[k].letters == 1 && tokens[k].folded.size() <= 2) ||
           digraph_initial(tokens[k]))) {
        continue;
      }
      kept.push_back(
          form.substr(tokens[k].start, tokens[k].end - tokens[k].start));
    }
    std::string stripped;
    for (std::string_view w : kept) {
      if (!stripped.empty()) stripped += ' ';
      stripped += w;
    }
    if (!stripped.empty() && FoldName(stripped) != FoldName(form)) {
      forms.push_back(std::move(stripped));
    }
  }

  for (const std::string& form : forms) {
    if (std::optional<uint32_t> e = index_->ResolveWhole(form, kind)) {
      return &entries_[*e];
    }
  }
  for (const std::string& form : forms) {
    if (IsStopWord(form)) continue;
    if (std::optional<uint32_t> e = index_->ResolveFuzzy(form, kind)) {
      return &entries_[*e];
    }
  }
  return nullptr;
}

bool Gazetteer::IsStopWord(std::string_view word) const {
  if (!index_) return false;
  std::string folded = FoldName(word);
  if (folded.empty()) return false;
  if (index_->stop_phrases.count(folded)) return true;
  std::vector<Token> tokens = Tokenize(word);
  return tokens.size() == 1 && index_->IsStopToken(tokens[0]);
}

const GazetteerEntry* Gazetteer::FindById(std::string_view id) const {
  if (!index_) return nullptr;
  auto it = index_->by_id.find(std::string(id));
  return it == index_->by_id.end() ? nullptr : &entries_[it->second];
}

const GazetteerEntry* Gazetteer::OfficeOf(std::string_view generic_id,
                                          std::string_view government) const {
  if (government.empty()) return nullptr;
  for (const GazetteerEntry& e : entries_) {
    if (e.office == generic_id && e.government == government) return &e;
  }
  return nullptr;
}

bool Gazetteer::HasOffices(std::string_view generic_id) const {
  return std::any_of(
      entries_.begin(), entries_.end(),
      [&](const GazetteerEntry& e) { return e.office == generic_id; });
}

std::string Gazetteer::SideOf(const GazetteerEntry& entry) const {
  if (!entry.side.empty() || entry.government.empty()) return entry.side;
  const GazetteerEntry* place = FindById(entry.government);
  return place == nullptr ? std::string() : place->side;
}

}  // namespace parley::importers
