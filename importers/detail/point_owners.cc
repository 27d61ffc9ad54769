// Whose points a reply names: the person beside the point words, or the
// one named before when the point is "his". Used by the replies stage
// (replies.cc).
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "importers/detail/line_words.h"
#include "importers/detail/point_names.h"

namespace parley::importers::detail {

using graph::NodeId;

// "the first and second points of Comrade PENG DEHUAI's proposals": the
// persons of `named` (found in the part at `part_at`, `lower` its lower
// case) whose points the numbers are, when not a party of `doc`. Only a
// name beside the point word counts: "the detention of prisoners by the
// Americans and Syngman Rhee" later in the sentence does not.
std::vector<NodeId> OwnersBesidePointWords(
    const CueTable& cues, const DocDraft& doc, std::string_view lower,
    size_t part_at,
    const std::vector<std::pair<NodeId, graph::Evidence>>& named) {
  std::vector<size_t> point_at;
  for (const std::string& cue : cues.Cues("point_word")) {
    for (size_t k = lower.find(cue); k != std::string::npos;
         k = lower.find(cue, k + 1))
      point_at.push_back(k);
  }
  auto is = [](const NodeId& id) {
    return [&id](const DocDraft::Party& p) { return p.id == id; };
  };
  std::vector<NodeId> owners;
  for (const auto& [person, ev] : named) {
    size_t at = ev.start - part_at;
    // "points one to six and have told Cde. LI KENONG that ...": a person
    // spoken to after the points owns none of them; one after "by" does
    // ("the points stated by Nam Il").
    std::string_view before = lower.substr(0, at);
    bool agent = before.ends_with("by ") || before.ends_with("by cde. ") ||
                 before.ends_with("by comrade ");
    // "The second point MAO ZEDONG also accepts": in English a name after
    // the point word with no "of", "by" or "from" between is the one who
    // takes the position, not the point's owner (Russian names the owner
    // in the genitive, with no word between).
    auto subject_after = [&](size_t k) {
      std::string_view gap = lower.substr(k, at - k);
      return std::ranges::none_of(gap,
                                  [](char c) {
                                    return static_cast<unsigned char>(c) >=
                                           0x80;
                                  }) &&
             gap.find(" of ") == std::string_view::npos &&
             gap.find(" by ") == std::string_view::npos &&
             gap.find(" from ") == std::string_view::npos;
    };
    // "The publication ... of Colson's reply, the second point, is
    // useful": a point word in apposition after the name is what the words
    // with the name are, not one of his points.
    auto in_apposition = [&](size_t k) {
      return k > at &&
             lower.substr(at, k - at).find(", the ") != std::string_view::npos;
    };
    if (std::none_of(point_at.begin(), point_at.end(), [&](size_t k) {
          return (k > at ? k - at : at - k) <= 40 && !in_apposition(k) &&
                 (k > at || agent ||
                  (!cues.Contains("speech_verb", lower.substr(k, at - k)) &&
                   !subject_after(k)));
        }))
      continue;
    if (std::ranges::none_of(doc.recipients, is(person)) &&
        std::ranges::none_of(doc.authors, is(person)))
      owners.push_back(person);
  }
  return owners;
}

// Whether `lower` names a point as "his": "his second point", "his
// point 4", "his third and fourth points"; not "his statement raised the
// question".
bool HisPointNamed(const CueTable& cues, std::string_view lower) {
  std::vector<std::string_view> ws = Words(lower);
  for (size_t w = 0; w + 1 < ws.size(); ++w) {
    if (ws[w] != "his") continue;
    // Up to three words after it: ordinals ("second", "third and fourth")
    // and the point word, or the point word and its number.
    for (size_t k = w + 1; k < ws.size() && k <= w + 4; ++k) {
      std::string word = StripTrailing(ws[k], ".,;:");
      bool point = std::ranges::any_of(
          cues.Cues("point_word"), [&](const std::string& cue) {
            std::string_view c = TrimView(cue);
            return !c.empty() && word.starts_with(c);
          });
      if (point)
        return k == w + 1 ? k + 1 < ws.size() && !OrdinalWord(ws[k + 1]).empty()
                          : true;
      if (word != "and" && OrdinalWord(word).empty()) break;
    }
  }
  return false;
}

}  // namespace parley::importers::detail
