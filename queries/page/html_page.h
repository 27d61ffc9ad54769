// The page of `parley view`: one self-contained HTML file that works offline
// from file:// — the graph of the Cytoscape.js export, d3 (inlined at build
// time) to lay it out and draw it, a search box, filters by kind, topic and
// stance, a date slider that replays the negotiation, and a panel with the
// evidence quotes of what is clicked, each with its document, language and
// archival citation. Nothing is fetched from the network; every text of the
// data reaches the page as text, never as markup.
#ifndef PARLEY_QUERIES_PAGE_HTML_PAGE_H_
#define PARLEY_QUERIES_PAGE_HTML_PAGE_H_

#include <map>
#include <ostream>
#include <string>
#include <string_view>

#include "graph/graph_view.h"
#include "graph/status.h"

namespace parley::queries {

// Writes the page of `view` to `out`, titled `title`. `citations` maps a
// document id to the line on where its text comes from (SourceLine), for
// the documents the evidence names. kIOError when `out` fails.
Status WriteViewPage(const graph::GraphView& view,
                     const std::map<std::string, std::string>& citations,
                     std::string_view title, std::ostream& out);

// `json` made safe inside a <script> element: every "<" (which JSON holds
// only inside strings) written as the escape \u003c, so that no "</script>"
// or "<!--" in the data ends or changes the element.
std::string ScriptSafeJson(std::string_view json);

}  // namespace parley::queries

#endif  // PARLEY_QUERIES_PAGE_HTML_PAGE_H_
