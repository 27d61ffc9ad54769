// Views designed for reading: presets of selection and style that draw a
// part of the negotiation as Graphviz DOT — a clause's lineage across
// documents, who wrote to whom, the delegations — and render it in-process
// with Graphviz (libgvc) to SVG or PNG. Labels keep to 40 characters a
// line, every drawing has a legend, and the font (DejaVu Sans) has Cyrillic.
#ifndef PARLEY_QUERIES_VIEWS_VIEWS_H_
#define PARLEY_QUERIES_VIEWS_VIEWS_H_

#include <optional>
#include <string>
#include <string_view>

#include "graph/status.h"
#include "queries/snapshot.h"
#include "queries/trace.h"

namespace parley::views {

// The lineage of a clause (queries::TraceClause's answer): documents left
// to right by date (one rank per date, a date axis above), each version a
// box with its words and its side's colour, an arrow from the version it
// was compared with to it carrying what changed, the positions taken on it
// as notes coloured by stance, and the agreed text, when the lineage
// reaches it, last and framed. `title` names what was traced. Versions in
// `lang` ("en", "ru"), else in the language the clause has.
std::string LineageDot(const queries::TraceResult& trace,
                       std::string_view title, std::string_view lang = "en");

// Who wrote to whom: people and organisations, an arrow from author to
// addressee weighted and labelled by the number of documents, relays
// (VIA) drawn as dashed arrows through the relay, nodes coloured by side.
// Reads every document's authors, addressees and relays (queries::Timeline:
// the kind index and each document's adjacency), never the graph view.
Result<std::string> CorrespondenceDot(queries::Snapshot& snapshot);

// The delegations: each a frame naming who proposed it and where, its head
// (bold) and members with their roles in each language given, unnamed
// members as their organisation; coloured by side. Reads the Delegation
// nodes through the kind index and their in-edges.
Result<std::string> DelegationDot(queries::Snapshot& snapshot);

enum class ImageFormat { kSvg, kPng, kDot };

// "svg", "png", "dot" (or "gv"), in any case; nullopt for anything else.
std::optional<ImageFormat> ParseImageFormat(std::string_view name);
// The format a file name's extension names ("out.svg"); nullopt without one
// of those.
std::optional<ImageFormat> ImageFormatOfPath(std::string_view path);

// Lays `dot` out with Graphviz's dot and renders it (kDot: the DOT itself,
// unchanged). kInvalidArgument with Graphviz's message when it cannot read
// the DOT; kIOError when it cannot render.
Result<std::string> Render(const std::string& dot, ImageFormat format);

}  // namespace parley::views

#endif  // PARLEY_QUERIES_VIEWS_VIEWS_H_
