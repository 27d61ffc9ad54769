// Text clean-up for the exporters: valid UTF-8, and the escaping each output
// format needs on top of (or instead of) what Boost's writers do. Internal to
// queries/.
#ifndef PARLEY_QUERIES_DETAIL_ESCAPE_H_
#define PARLEY_QUERIES_DETAIL_ESCAPE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "text/utf8.h"

namespace parley::queries::detail {

// `text` with every byte of every invalid UTF-8 sequence (stray or truncated
// bytes, overlong forms, surrogates, code points past U+10FFFF) replaced by
// U+FFFD: text::ValidUtf8.
using text::ValidUtf8;

// A value for Boost's write_graphviz_dp, which quotes what is not a plain DOT
// id and escapes `"` but nothing else: backslashes are doubled, line breaks
// become Graphviz's "\n", other control characters spaces; and a value that
// Boost would leave unquoted although DOT rejects it (a keyword such as
// "node" or "Graph", or "." / "-.") gets a backslash before its last
// character, which Graphviz drops when it draws a label.
std::string DotString(std::string_view text);

// Text for XML 1.0 character data before entity encoding (Boost's
// write_graphml encodes & < > " ' itself): valid UTF-8 without the control
// characters XML forbids: those below U+0020 except tab, LF and CR are
// dropped, U+FFFE and U+FFFF become U+FFFD. Also used for RDF literals.
std::string XmlText(std::string_view text);

// XmlText with & < > " ' encoded: safe inside an attribute value.
std::string XmlAttribute(std::string_view text);

// A Cypher string literal, single quotes included: valid UTF-8 with \, ',
// line breaks (also NEL, U+2028, U+2029), tabs, other C0 and C1 control
// characters, U+FFFE and U+FFFF escaped.
std::string CypherString(std::string_view text);

// `text` cut to at most `max_code_points` code points, with "…" in place of
// the rest when it was longer.
std::string Abbreviate(std::string_view text, size_t max_code_points);

}  // namespace parley::queries::detail

#endif  // PARLEY_QUERIES_DETAIL_ESCAPE_H_
