#include "importers/topics.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <set>
#include <utility>

#include "importers/detail/name_match.h"
#include "importers/detail/table_file.h"
#include "importers/detail/word_tokens.h"
#include "text/fold.h"

namespace parley::importers {
namespace {

using detail::ForEachTableRow;
using detail::SplitAt;
using detail::TableError;
using detail::TableRow;
using detail::Trim;

// The name that holds the file's ignored phrases instead of a topic's cues.
constexpr std::string_view kIgnore = "ignore";
constexpr std::string_view kSuppressedBy = "suppressed_by";
constexpr std::string_view kInstrument = "instrument";
constexpr std::string_view kAnaphor = "anaphor";

bool IsTopicName(std::string_view s) {
  if (s.empty() || s.front() < 'a' || s.front() > 'z') return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// A language code such as "en" or "ru": the field of a line of cues.
bool IsLanguageCode(std::string_view s) {
  return (s.size() == 2 || s.size() == 3) &&
         std::all_of(s.begin(), s.end(),
                     [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

bool TopicList::ParsePhrase(std::string_view written, Phrase& phrase,
                            std::string& error) {
  phrase.words.clear();
  std::vector<detail::PhrasePiece> pieces;
  if (!detail::SplitPhrase(written, pieces, error)) return false;
  for (const detail::PhrasePiece& piece : pieces) {
    size_t before = phrase.words.size();
    for (const detail::WordToken& t : detail::TokenizeWords(piece.text)) {
      if (t.kind == detail::WordToken::Kind::kPunct) continue;
      phrase.words.push_back({t.folded, false, false});
    }
    if (phrase.words.size() == before) {
      error = "\"" + piece.text + "\" has no letters or digits in \"" +
              std::string(written) + "\"";
      return false;
    }
    phrase.words[before].gap_before = piece.gap_before;
    phrase.words.back().whole = piece.whole;
  }
  return true;
}

Result<TopicList> TopicList::Parse(std::string_view text,
                                   const std::string& source) {
  TopicList list;
  // Where each topic and each suppressed_by entry was first written, for
  // errors found only once the whole file is read.
  std::vector<size_t> topic_lines;
  std::vector<std::pair<std::string, size_t>> suppressor_lines;

  Status read = ForEachTableRow(
      text, source, {3, 3, "topic, field, values"},
      [&](const TableRow& row) -> std::string {
        const size_t line_number = row.line;
        std::string_view name = row.fields[0];
        std::string_view field = row.fields[1];
        std::string_view values = row.fields[2];
        if (!IsTopicName(name)) {
          return "bad topic name \"" + std::string(name) +
                 "\" (lower-case letters, digits and _)";
        }
        bool suppressors = field == kSuppressedBy;
        bool instrument = field == kInstrument;
        bool anaphor = field == kAnaphor;
        if (!suppressors && !instrument && !anaphor && !IsLanguageCode(field)) {
          return "unknown field \"" + std::string(field) +
                 "\" (a language code such as en or ru, "
                 "suppressed_by, instrument or anaphor)";
        }
        if ((suppressors || instrument || anaphor) && name == kIgnore) {
          return "ignored phrases have no " + std::string(field);
        }
        if (instrument && values != "yes") {
          return "instrument takes the value yes";
        }
        if (values.empty()) {
          return "no values";
        }

        Topic* topic = nullptr;
        if (name != kIgnore) {
          auto it =
              std::find_if(list.topics_.begin(), list.topics_.end(),
                           [&](const Topic& t) { return t.name == name; });
          if (it == list.topics_.end()) {
            list.topics_.push_back({std::string(name), {}, {}, false, {}});
            topic_lines.push_back(line_number);
            it = list.topics_.end() - 1;
          }
          topic = &*it;
        }
        if (instrument) {
          topic->instrument = true;
          return "";
        }

        for (std::string_view value : SplitAt(values, '|')) {
          value = Trim(value);
          if (value.empty()) {
            return "empty value between '|' separators";
          }
          if (suppressors) {
            if (!IsTopicName(value)) {
              return "bad topic name \"" + std::string(value) + "\"";
            }
            topic->suppressed_by.emplace_back(value);
            suppressor_lines.emplace_back(std::string(value), line_number);
            continue;
          }
          Phrase phrase;
          std::string error;
          if (!ParsePhrase(value, phrase, error)) {
            return error;
          }
          if (topic == nullptr) {
            list.ignored_phrases_.push_back(std::move(phrase));
          } else if (anaphor) {
            topic->anaphors.push_back(std::move(phrase));
          } else {
            topic->cues.push_back(std::move(phrase));
          }
        }
        return "";
      });
  if (!read.ok()) return read;

  if (list.topics_.empty()) {
    return Status::InvalidArgument(source + ": no topics");
  }
  for (size_t i = 0; i < list.topics_.size(); ++i) {
    if (list.topics_[i].cues.empty()) {
      return TableError(source, topic_lines[i],
                        "topic \"" + list.topics_[i].name + "\" has no cues");
    }
  }
  std::vector<std::string> names = list.names();
  for (const auto& [name, line] : suppressor_lines) {
    if (std::find(names.begin(), names.end(), name) == names.end()) {
      return TableError(source, line,
                        "suppressed_by names unknown topic \"" + name + "\"");
    }
  }
  for (uint32_t t = 0; t < list.topics_.size(); ++t) {
    for (uint32_t c = 0; c < list.topics_[t].cues.size(); ++c) {
      list.cue_starts_.push_back({t, c});
    }
  }
  std::stable_sort(list.cue_starts_.begin(), list.cue_starts_.end(),
                   [&](const CueRef& a, const CueRef& b) {
                     return list.Cue(a).words.front().text <
                            list.Cue(b).words.front().text;
                   });
  return list;
}

Result<TopicList> TopicList::LoadFile(const std::string& path) {
  Result<std::string> text = detail::ReadTableFile(path, "topics");
  if (!text.ok()) return text.status();
  return Parse(*text, path);
}

std::vector<TopicList::TextWord> TopicList::TextWords(std::string_view text) {
  std::vector<TextWord> words;
  for (const detail::WordToken& t : detail::TokenizeWords(text)) {
    if (t.kind == detail::WordToken::Kind::kPunct) continue;
    words.push_back({t.folded, t.sentence, false});
  }
  return words;
}

size_t TopicList::MatchEnd(const Phrase& phrase,
                           const std::vector<TextWord>& words, size_t start) {
  const int sentence = words[start].sentence;
  auto matches = [&](size_t k, size_t pos) {
    if (pos >= words.size()) return false;
    const TextWord& w = words[pos];
    const Phrase::Word& p = phrase.words[k];
    if (w.ignored || w.sentence != sentence) return false;
    return p.whole ? w.text == p.text : detail::StartsWith(w.text, p.text);
  };
  // Depth-first over the gaps; phrases are short and gaps small.
  auto match_from = [&](auto& self, size_t k, size_t pos) -> size_t {
    if (!matches(k, pos)) return 0;
    if (k + 1 == phrase.words.size()) return pos + 1;
    int max_gap = phrase.words[k + 1].gap_before ? kMaxGap : 0;
    for (int gap = 0; gap <= max_gap; ++gap) {
      size_t next = pos + 1 + static_cast<size_t>(gap);
      if (next >= words.size() || words[next].sentence != sentence) break;
      if (size_t end = self(self, k + 1, next)) return end;
    }
    return 0;
  };
  return match_from(match_from, 0, start);
}

std::vector<std::string> TopicList::Classify(std::string_view text) const {
  std::vector<TextWord> words = TextWords(text);
  // The words by text: a phrase can start only where its first word
  // matches, and the words that start with a prefix (or equal a whole
  // word) stand together here. Trying every cue at every word was a tenth
  // of reading a page.
  std::vector<uint32_t> by_text(words.size());
  std::iota(by_text.begin(), by_text.end(), 0U);
  std::sort(by_text.begin(), by_text.end(), [&](uint32_t a, uint32_t b) {
    return words[a].text < words[b].text;
  });
  // Calls `f(start)` at each word where `phrase`'s first word matches,
  // until `f` returns true; the search for the first such word starts at
  // `from`, which moves on to where it was found: phrases taken in order
  // of their first words walk the words once between them.
  auto for_each_start = [&](const Phrase& phrase, auto& from, auto&& f) {
    const Phrase::Word& first = phrase.words.front();
    while (from != by_text.end() && words[*from].text < first.text) ++from;
    for (auto it = from; it != by_text.end(); ++it) {
      const std::string& w = words[*it].text;
      if (first.whole ? w != first.text : !detail::StartsWith(w, first.text)) {
        break;
      }
      if (f(*it)) return;
    }
  };

  // Anchors are found on the unmarked text, then hidden from the cues.
  std::vector<bool> ignored(words.size(), false);
  for (const Phrase& phrase : ignored_phrases_) {
    auto from = by_text.begin();
    for_each_start(phrase, from, [&](size_t i) {
      if (size_t end = MatchEnd(phrase, words, i)) {
        std::fill(ignored.begin() + static_cast<std::ptrdiff_t>(i),
                  ignored.begin() + static_cast<std::ptrdiff_t>(end), true);
      }
      return false;
    });
  }
  for (size_t i = 0; i < words.size(); ++i) words[i].ignored = ignored[i];

  std::vector<bool> hit(topics_.size(), false);
  auto from = by_text.begin();
  for (const CueRef& ref : cue_starts_) {
    if (hit[ref.topic]) continue;
    const Phrase& cue = Cue(ref);
    for_each_start(cue, from, [&](size_t i) {
      return hit[ref.topic] = MatchEnd(cue, words, i) != 0;
    });
  }
  std::set<std::string> found;
  for (size_t t = 0; t < topics_.size(); ++t) {
    if (hit[t]) found.insert(topics_[t].name);
  }

  std::vector<std::string> result;
  for (const Topic& topic : topics_) {
    if (!found.count(topic.name)) continue;
    bool moot = std::any_of(
        topic.suppressed_by.begin(), topic.suppressed_by.end(),
        [&](const std::string& other) { return found.count(other) > 0; });
    if (!moot) result.push_back(topic.name);
  }
  return result;
}

bool TopicList::IsInstrument(std::string_view topic) const {
  return std::any_of(topics_.begin(), topics_.end(), [&](const Topic& t) {
    return t.name == topic && t.instrument;
  });
}

std::vector<std::string> TopicList::Anaphoric(std::string_view text) const {
  // Most texts hold no anaphor's first word: no need to cut them into words.
  const std::string lower = text::LowerText(text);
  bool may_hold = false;
  for (const Topic& topic : topics_)
    for (const Phrase& phrase : topic.anaphors)
      may_hold = may_hold ||
                 lower.find(phrase.words.front().text) != std::string::npos;
  if (!may_hold) return {};
  std::vector<TextWord> words = TextWords(text);
  std::vector<std::string> out;
  for (const Topic& topic : topics_) {
    bool found = false;
    for (const Phrase& phrase : topic.anaphors)
      for (size_t i = 0; i < words.size() && !found; ++i)
        found = MatchEnd(phrase, words, i) != 0;
    if (found) out.push_back(topic.name);
  }
  return out;
}

std::vector<std::string> TopicList::names() const {
  std::vector<std::string> out;
  out.reserve(topics_.size());
  for (const Topic& t : topics_) out.push_back(t.name);
  return out;
}

}  // namespace parley::importers
