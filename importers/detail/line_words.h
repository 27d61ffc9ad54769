// Words and sentences of a line, for the page readers (line_words.cc).
#ifndef PARLEY_IMPORTERS_DETAIL_LINE_WORDS_H_
#define PARLEY_IMPORTERS_DETAIL_LINE_WORDS_H_

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace parley::importers::detail {

bool IsUpperWord(std::string_view w);

std::vector<std::string_view> Words(std::string_view s);
// The first `max` words of `s`, and the last `max` (in their order): what a
// scan that looks a few words ahead of or behind a position needs, in time
// that does not grow with the rest of the line.
std::vector<std::string_view> FirstWords(std::string_view s, size_t max);
std::vector<std::string_view> LastWords(std::string_view s, size_t max);

// Share of upper-case words among the words with letters.
bool MostlyUpper(std::string_view s);

// True when the full stop at s[at] ends a form of address or an initial
// ("Cde. NAM IL", "тов. КИМ ИР СЕН", "J. F. Dulles"), not a sentence.
bool AbbreviationStop(std::string_view s, size_t at);

// The last sentence of `s`, the one that introduces what follows ("The
// enemy agreed. We propose:" -> "We propose:"); the full stop of a form of
// address or an initial ends none ("to have Cde. NAM IL put forward");
// FirstSentence the first, with its full stop.
std::string_view LastSentence(std::string_view s);
std::string_view FirstSentence(std::string_view s);

// Where the first word of `lower` that starts with one of `stems` begins,
// or npos ("sent" but not "represent").
size_t FindWordStart(std::string_view lower,
                     const std::vector<std::string_view>& stems);

// Bytes of the conjunction joining two list items at `s[i]` (" and ", " и ",
// " а также "), or 0.
size_t ConjunctionAt(std::string_view s, size_t i);

bool ContainsAny(std::string_view lower,
                 std::initializer_list<std::string_view> cues);

// `s` cut to at most `max` bytes on a character boundary, with "…" added.
std::string Abbreviate(std::string_view s, size_t max);

}  // namespace parley::importers::detail

#endif  // PARLEY_IMPORTERS_DETAIL_LINE_WORDS_H_
