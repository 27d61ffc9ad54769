// The lineage view: a clause's versions left to right by date, what
// changed on the arrows, the positions taken on each, the agreed text last.
#include <algorithm>
#include <map>
#include <set>

#include "graph/props.h"
#include "queries/compare.h"
#include "queries/documents.h"
#include "queries/views/detail/dot_text.h"
#include "queries/views/views.h"

namespace parley::views {
namespace {

using detail::Html;
using detail::HtmlLines;
using detail::Quoted;
using detail::WrapLines;
namespace prop = graph::prop;

// A version box holds this many lines of words; the rest is "…".
constexpr size_t kTextLines = 12;
// An arrow names at most this many changes, each in at most two lines.
constexpr size_t kChangesShown = 3;

bool IsAgreed(const queries::ClauseVersion& v) {
  return !v.proposals.empty() &&
         std::all_of(v.proposals.begin(), v.proposals.end(),
                     [](const queries::Proposer& p) {
                       return p.modality == prop::kAgreed;
                     });
}

// "Kim Il Sung", "Nam Il (planned)", "agreed by both sides".
std::string ProposersLine(const queries::ClauseVersion& v) {
  if (IsAgreed(v)) return "agreed text";
  std::string out;
  for (const queries::Proposer& p : v.proposals) {
    if (!out.empty()) out += ", ";
    out += p.person.label;
    if (!p.modality.empty() && p.modality != "proposed")
      out += " (" + p.modality + ")";
  }
  return out;
}

// A change without its explanatory note ("(the Russian original
// governs: …)"): the note stays in `parley trace`.
std::string WithoutNote(std::string text) {
  if (!text.empty() && text.back() == ')') {
    const size_t open = text.rfind(" (");
    if (open != std::string::npos && open > 0) text.resize(open);
  }
  return text;
}

// What changed from the compared version, as label lines: the structured
// changes, else the words removed and added.
std::vector<std::string> ChangeLabel(const queries::ClauseVersion& v,
                                     const queries::ClauseVersion* before,
                                     std::string_view lang) {
  std::vector<std::string> lines;
  std::vector<std::string> changes;
  for (const std::string& c : v.changes) changes.push_back(WithoutNote(c));
  if (changes.empty() && before != nullptr) {
    for (const queries::DiffPiece& piece :
         queries::DiffWords(queries::ClauseText(before->clause, lang),
                            queries::ClauseText(v.clause, lang))) {
      if (piece.op == queries::DiffPiece::Op::kRemoved)
        changes.push_back("− " + piece.text);
      if (piece.op == queries::DiffPiece::Op::kAdded)
        changes.push_back("+ " + piece.text);
    }
  }
  for (size_t i = 0; i < changes.size() && i < kChangesShown; ++i) {
    for (std::string& line : WrapLines(changes[i], detail::kLineWidth, 2))
      lines.push_back(std::move(line));
  }
  if (changes.size() > kChangesShown) {
    lines.push_back("+ " + std::to_string(changes.size() - kChangesShown) +
                    " more (parley trace)");
  }
  return lines;
}

std::string VersionLabel(const queries::ClauseVersion& v,
                         std::string_view lang) {
  const std::string head = (v.date.empty() ? std::string("undated") : v.date) +
                           " · point " +
                           v.clause.props.GetString(prop::kOrdinal);
  std::string label =
      "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" "
      "CELLPADDING=\"1\">";
  auto row = [&](const std::string& cell) {
    label += "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">" + cell + "</TD></TR>";
  };
  if (IsAgreed(v)) row("<B>" + Html("AGREED TEXT") + "</B>");
  row("<B>" + HtmlLines(WrapLines(head)) + "</B>");
  row(HtmlLines(WrapLines(queries::DocumentLabel(v.document))));
  const std::string who = ProposersLine(v);
  if (!who.empty()) row("<I>" + HtmlLines(WrapLines(who)) + "</I>");
  row(HtmlLines(WrapLines(queries::ClauseText(v.clause, lang),
                          detail::kLineWidth, kTextLines)));
  return label + "</TABLE>";
}

std::string StanceLabel(const queries::Stance& s) {
  std::string who;
  for (const graph::Node& a : s.authors)
    who += (who.empty() ? "" : ", ") + a.label;
  std::vector<std::string> lines = WrapLines(who.empty() ? "?" : who);
  std::string stance = s.stance + (s.partial ? " (in part)" : "");
  if (s.unlinked) stance += " (unlinked)";
  lines.push_back(stance);
  for (std::string& l :
       WrapLines(s.document_label + (s.date.empty() ? "" : ", " + s.date)))
    lines.push_back(std::move(l));
  return HtmlLines(lines);
}

}  // namespace

std::string LineageDot(const queries::TraceResult& trace,
                       std::string_view title, std::string_view lang) {
  // Every version once (a branch repeats its trunk), by clause id.
  std::map<graph::NodeId, const queries::ClauseVersion*> versions;
  std::vector<const queries::ClauseVersion*> order;
  for (const queries::Lineage& lineage : trace.lineages) {
    for (const queries::ClauseVersion& v : lineage.versions) {
      if (versions.emplace(v.clause.id, &v).second) order.push_back(&v);
    }
  }
  std::stable_sort(order.begin(), order.end(),
                   [](const auto* a, const auto* b) {
                     // Undated versions last.
                     return std::make_pair(a->date.empty(), a->date) <
                            std::make_pair(b->date.empty(), b->date);
                   });
  const detail::LegendRows legend = {
      {"", "Versions (by side)"},
      {std::string(detail::SideColour("kpa-cpv").fill), "KPA/CPV"},
      {std::string(detail::SideColour("unc").fill), "UNC"},
      {std::string(detail::SideColour("both").fill), "agreed text (framed)"},
      {"", "Positions taken"},
      {std::string(detail::StanceColour("accepts").fill), "accepts"},
      {std::string(detail::StanceColour("rejects").fill), "rejects"},
      {std::string(detail::StanceColour("insists").fill), "insists"},
      {std::string(detail::StanceColour("amends").fill), "amends"},
      {std::string(detail::StanceColour("conditional").fill), "conditional"},
      {"", "Arrows"},
      {"#ffffff", "version → later version: what changed"},
      {"#ffffff", "dotted: a position that may bear on it (unlinked)"},
  };
  std::string dot =
      detail::Preamble("lineage", "LR", std::string(title), legend);
  std::map<std::string, std::vector<std::string>> by_date;  // rank members
  std::set<std::string> dates;
  std::map<graph::NodeId, std::string> name;  // clause id -> DOT node
  for (size_t i = 0; i < order.size(); ++i) {
    const queries::ClauseVersion& v = *order[i];
    const std::string node = "v" + std::to_string(i + 1);
    name[v.clause.id] = node;
    const detail::Colour colour =
        detail::SideColour(IsAgreed(v) ? "both" : v.side);
    dot += "  " + node + " [id=" + Quoted(v.clause.id) +
           ", tooltip=" + Quoted(v.clause.id) + ", fillcolor=\"" +
           std::string(colour.fill) + "\", color=\"" +
           std::string(colour.line) + "\"" +
           (IsAgreed(v) ? ", penwidth=3, peripheries=2" : ", penwidth=1.5") +
           ", label=<" + VersionLabel(v, lang) + ">];\n";
    const std::string date = v.date.empty() ? "undated" : v.date;
    dates.insert(date);
    by_date[date].push_back(node);
  }
  // Positions taken, one note per (document, stance) on each version.
  size_t notes = 0;
  for (size_t i = 0; i < order.size(); ++i) {
    std::set<std::pair<std::string, std::string>> drawn;
    for (const queries::Stance& s : order[i]->stances) {
      if (!drawn.emplace(s.document, s.stance).second) continue;
      const std::string node = "s" + std::to_string(++notes);
      const detail::Colour colour = detail::StanceColour(s.stance);
      dot += "  " + node + " [shape=note, style=filled, fillcolor=\"" +
             std::string(colour.fill) + "\", color=\"" +
             std::string(colour.line) +
             "\", class=" + Quoted("stance " + s.stance) + ", label=<" +
             StanceLabel(s) + ">];\n";
      dot += "  " + node + " -> v" + std::to_string(i + 1) + " [color=\"" +
             std::string(colour.line) +
             "\", penwidth=2, constraint=false, style=" +
             (s.unlinked ? "dotted" : "dashed") + "];\n";
      const std::string date = s.date.empty() ? "undated" : s.date;
      dates.insert(date);
      by_date[date].push_back(node);
    }
  }
  // The date axis: one rank per date, left to right. Only the axis ranks:
  // the other arrows may run back in time (a position dated before the
  // version it bears on, an undated version compared with a dated one), and
  // ranks that they too constrained could contradict each other.
  std::vector<std::string> axis(dates.begin(), dates.end());
  std::stable_partition(axis.begin(), axis.end(),
                        [](const std::string& d) { return d != "undated"; });
  for (size_t i = 0; i < axis.size(); ++i) {
    dot += "  " + Quoted("date:" + axis[i]) +
           " [shape=plaintext, style=\"\", fontsize=12, label=<<B>" +
           Html(axis[i]) + "</B>>];\n";
    if (i > 0) {
      dot += "  " + Quoted("date:" + axis[i - 1]) + " -> " +
             Quoted("date:" + axis[i]) +
             " [color=\"#bbbbbb\", arrowhead=none];\n";
    }
    dot += "  { rank=same; " + Quoted("date:" + axis[i]) + ";";
    for (const std::string& node : by_date[axis[i]]) dot += " " + node + ";";
    dot += " }\n";
  }
  // What changed, on the arrow from the version compared with.
  for (const queries::ClauseVersion* v : order) {
    auto from = name.find(v->compared_with);
    if (from == name.end()) continue;
    const queries::ClauseVersion* before = versions[v->compared_with];
    const std::vector<std::string> label = ChangeLabel(*v, before, lang);
    // Graphviz 2.42 corrupts its heap laying out a labelled edge within one
    // rank (flat_edges): two versions of one date get an external label.
    const char* kind = before->date == v->date ? ", xlabel=<" : ", label=<";
    dot += "  " + from->second + " -> " + name[v->clause.id] +
           " [penwidth=1.5, constraint=false, color=\"#333333\"" +
           (label.empty() ? std::string() : kind + HtmlLines(label) + ">") +
           "];\n";
  }
  return dot + "}\n";
}

}  // namespace parley::views
