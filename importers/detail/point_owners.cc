// Whose points a reply names: the person beside the point words, or the
// one named before when the point is "his". Used by the replies stage
// (replies.cc).
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

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
    if (std::none_of(point_at.begin(), point_at.end(), [&](size_t k) {
          return (k > at ? k - at : at - k) <= 40 &&
                 (k > at || agent ||
                  !cues.Contains("speech_verb", lower.substr(k, at - k)));
        }))
      continue;
    if (std::ranges::none_of(doc.recipients, is(person)) &&
        std::ranges::none_of(doc.authors, is(person)))
      owners.push_back(person);
  }
  return owners;
}

// Whether `lower` names a point as "his": "his second point", "his fourth
// point", "his proposal in point 3".
bool HisPointNamed(const CueTable& cues, std::string_view lower) {
  for (size_t k = lower.find("his "); k != std::string_view::npos;
       k = lower.find("his ", k + 1)) {
    if (k > 0 && std::isalpha(static_cast<unsigned char>(lower[k - 1])))
      continue;
    std::string_view after = lower.substr(k, 40);
    if (std::ranges::any_of(cues.Cues("point_word"), [&](const auto& cue) {
          return after.find(cue) != std::string_view::npos;
        }))
      return true;
  }
  return false;
}

}  // namespace parley::importers::detail
