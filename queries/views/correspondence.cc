// The correspondence view: who wrote to whom, how often, through whom.
#include <cmath>
#include <map>
#include <set>

#include "queries/documents.h"
#include "queries/timeline.h"
#include "queries/views/detail/dot_text.h"
#include "queries/views/views.h"

namespace parley::views {
namespace {

using detail::Html;
using detail::HtmlLines;
using detail::Quoted;
using detail::WrapLines;

// One arrow: how many documents, and whether it is a relay's leg.
struct Traffic {
  size_t documents = 0;
  std::string first, last;  // dates
};

void Count(Traffic& traffic, const std::string& date) {
  ++traffic.documents;
  if (date.empty()) return;
  if (traffic.first.empty() || date < traffic.first) traffic.first = date;
  if (traffic.last.empty() || date > traffic.last) traffic.last = date;
}

std::string ArrowLabel(const Traffic& t, bool relay) {
  std::string text = std::to_string(t.documents) +
                     (t.documents == 1 ? " document" : " documents");
  if (relay) text = "relayed " + text;
  std::vector<std::string> lines = {text};
  if (!t.first.empty()) {
    lines.push_back(t.first == t.last ? t.first : t.first + " – " + t.last);
  }
  return HtmlLines(lines);
}

std::string Width(size_t documents) {
  const double width = 1.0 + 1.5 * std::log2(static_cast<double>(documents));
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.1f", std::min(width, 8.0));
  return buffer;
}

}  // namespace

Result<std::string> CorrespondenceDot(queries::Snapshot& snapshot) {
  auto timeline = queries::Timeline(snapshot, queries::TimelineQuery{});
  if (!timeline.ok()) return timeline.status();
  using Key = std::pair<graph::NodeId, graph::NodeId>;
  std::map<Key, Traffic> direct, relayed;
  std::map<graph::NodeId, graph::Node> people;
  std::set<graph::NodeId> relays;
  size_t documents = 0;
  for (const queries::TimelineEntry& e : timeline->entries) {
    if (e.authors.empty() || (e.recipients.empty() && e.relays.empty()))
      continue;
    ++documents;
    for (const auto* list : {&e.authors, &e.recipients, &e.relays}) {
      for (const graph::Node& n : *list) people.emplace(n.id, n);
    }
    for (const graph::Node& a : e.authors) {
      if (e.relays.empty()) {
        for (const graph::Node& r : e.recipients)
          Count(direct[{a.id, r.id}], e.date);
        continue;
      }
      // Through the relay: author to relay, relay to each addressee.
      for (const graph::Node& via : e.relays) {
        relays.insert(via.id);
        Count(relayed[{a.id, via.id}], e.date);
        for (const graph::Node& r : e.recipients)
          Count(relayed[{via.id, r.id}], e.date);
      }
    }
  }
  const detail::LegendRows legend = {
      {"", "People (ellipses) and organisations (boxes), by side"},
      {std::string(detail::SideColour("kpa-cpv").fill),
       "KPA/CPV and its allies"},
      {std::string(detail::SideColour("unc").fill), "UNC"},
      {std::string(detail::SideColour("").fill), "side unknown"},
      {"", "Arrows"},
      {"#ffffff", "author → addressee; thicker: more documents"},
      {"#ffffff", "dashed: through a relay (VIA); dashed outline: the relay"},
  };
  std::string dot = detail::Preamble(
      "correspondence", "LR",
      "Who wrote to whom: " + std::to_string(documents) + " documents among " +
          std::to_string(people.size()) + " people and organisations",
      legend);
  std::map<graph::NodeId, std::string> name;
  for (const auto& [id, node] : people) {
    const std::string dot_id = "p" + std::to_string(name.size() + 1);
    name[id] = dot_id;
    const detail::Colour colour =
        detail::SideColour(queries::SideOf(snapshot, node));
    const bool org = node.kind == graph::NodeKind::kOrganization;
    dot += "  " + dot_id + " [id=" + Quoted(id) + ", tooltip=" + Quoted(id) +
           ", shape=" + (org ? "box" : "ellipse") +
           ", style=" + (relays.contains(id) ? "\"filled,dashed\"" : "filled") +
           ", fillcolor=\"" + std::string(colour.fill) + "\", color=\"" +
           std::string(colour.line) + "\", penwidth=1.5, label=<" +
           HtmlLines(WrapLines(node.label)) + ">];\n";
  }
  for (const auto& [key, traffic] : direct) {
    dot += "  " + name[key.first] + " -> " + name[key.second] +
           " [penwidth=" + Width(traffic.documents) +
           ", weight=" + std::to_string(traffic.documents) + ", label=<" +
           ArrowLabel(traffic, false) + ">];\n";
  }
  for (const auto& [key, traffic] : relayed) {
    dot += "  " + name[key.first] + " -> " + name[key.second] +
           " [style=dashed, color=\"#777777\", penwidth=" +
           Width(traffic.documents) + ", label=<" + ArrowLabel(traffic, true) +
           ">];\n";
  }
  return dot + "}\n";
}

}  // namespace parley::views
