// Small output helpers shared by the subcommands: wrapping text to the
// terminal's 80 columns (counting characters, not bytes) and CSV fields.
#ifndef PARLEY_CLI_OUTPUT_H_
#define PARLEY_CLI_OUTPUT_H_

#include <string>
#include <string_view>
#include <vector>

namespace parley::cli {

inline constexpr size_t kTableWidth = 80;

// Number of characters (code points) in UTF-8 `s`.
size_t DisplayWidth(std::string_view s);

// `text` as lines of at most `width` characters, each starting with
// `indent`; words longer than a line are cut.
std::vector<std::string> Wrap(std::string_view text, size_t width,
                              std::string_view indent);

// Writes `label` then `text` wrapped so that continuation lines align
// under the text: "  chain: Kim Il Sung → ..." .
std::string WrapLabelled(std::string_view label, std::string_view text,
                         size_t width = kTableWidth);

// A CSV field, quoted when it holds a comma, quote or newline.
std::string CsvField(std::string_view s);

// Flushes standard output and says whether everything written there got
// out: `exit_code` when it did; otherwise 2, after printing "parley:
// standard output: No space left on device" (the system's reason) on
// stderr unless `exit_code` is already 2 (the command failed and has said
// why: one line per failure). So an answer lost on a full disk is never a
// success. `main` calls it once, after the command ran.
int FinishStandardOutput(int exit_code);

}  // namespace parley::cli

#endif  // PARLEY_CLI_OUTPUT_H_
