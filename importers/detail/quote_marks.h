// Quotation marks: which open, which close, and which pair with which
// ("«" with "»", "„" with "“"), for the readers of quoted documents.
#ifndef PARLEY_IMPORTERS_DETAIL_QUOTE_MARKS_H_
#define PARLEY_IMPORTERS_DETAIL_QUOTE_MARKS_H_

#include <cstddef>
#include <string_view>

namespace parley::importers::detail {

// The opening quotation mark at the start of `s` ("«", "“", "„", "\""), or
// "" when there is none.
std::string_view OpenQuoteMark(std::string_view s);

bool IsOpenQuote(std::string_view s);

// Bytes of the opening quote mark at the start of `s` (0 when none).
size_t OpenQuoteLength(std::string_view s);

// `s` past the opening quote marks at its start ("«„Товарищ" -> "Товарищ").
std::string_view AfterOpenQuotes(std::string_view s);

size_t CountOf(std::string_view s, std::string_view needle);

// The quotation mark that ends `s` when it closes more than the line itself
// opens ("...insisted upon.\"", "КИМ ИР СЕН 30.6.1951 г.»"), or "".
std::string_view ClosingQuoteMark(std::string_view s);

// True when the line ends a quotation opened on an earlier line.
bool ClosesQuote(std::string_view s);

// True when a quotation opened with `open` may end with `close`: "«" with
// "»", "“" with "”", "„" with "“" or "”", a straight quote with itself.
bool QuoteMarksPair(std::string_view open, std::string_view close);

}  // namespace parley::importers::detail

#endif  // PARLEY_IMPORTERS_DETAIL_QUOTE_MARKS_H_
