// Small output helpers shared by the subcommands: wrapping text to the
// terminal's 80 columns (counting characters, not bytes), CSV fields, and
// the escaping that keeps control characters in the data from reaching the
// terminal.
#ifndef PARLEY_CLI_OUTPUT_H_
#define PARLEY_CLI_OUTPUT_H_

#include <memory>
#include <streambuf>
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

// A CSV field, quoted when it holds a comma, quote or newline. A field a
// spreadsheet would read as a formula (starting with =, +, -, @, tab or CR)
// gets a leading ' (OWASP's rule against CSV injection), unless it is a
// plain decimal number ("-3", "+0.5"), which a spreadsheet reads as that
// number and nothing else.
std::string CsvField(std::string_view s);

// `s` with what a terminal would act on or hide made visible: control
// characters (C0 but newline and tab, DEL, C1 such as U+009B), line and
// paragraph separators and bidirectional controls (U+202E) as "\x1b",
// "\u009b", "\u202e"; each byte of malformed UTF-8 as "\xff". A CR is
// kept only right before a LF (CSV's record end). Everything else, and a
// backslash, passes unchanged.
std::string EscapeControls(std::string_view s);

// Appends the escaped form of `s` to `out` and returns how many bytes of
// `s` it consumed: all of them when `final`; otherwise it stops before a
// tail that the bytes to come may complete (a cut UTF-8 sequence, a CR),
// for a stream that escapes what is written to it piece by piece.
size_t AppendEscapedControls(std::string_view s, bool final, std::string& out);

// While it lives, std::cout and std::cerr write through EscapeControls, so
// that no command's text (tables, paper tables, import reports, error
// lines, echoed file names) can move the cursor, clear the screen or set
// the window title. `main` makes one before anything is written; it puts
// the streams back when it goes.
class EscapingBuffer;
class EscapedStandardStreams {
 public:
  EscapedStandardStreams();
  ~EscapedStandardStreams();
  EscapedStandardStreams(const EscapedStandardStreams&) = delete;
  EscapedStandardStreams& operator=(const EscapedStandardStreams&) = delete;

 private:
  std::unique_ptr<EscapingBuffer> out_, err_;
  std::streambuf* old_out_ = nullptr;
  std::streambuf* old_err_ = nullptr;
};

// While it lives, what is written to std::cout (or std::cerr, `which`)
// passes unescaped: for output escaped already in its own format (JSON,
// the exports, extract's JSON lines) and for control sequences that are
// ours (compare's colours, import's progress line), whose data is escaped
// explicitly. Does nothing when the stream is not escaped.
class UnescapedOutput {
 public:
  enum class Stream { kStdout, kStderr };
  explicit UnescapedOutput(Stream which = Stream::kStdout);
  ~UnescapedOutput();
  UnescapedOutput(const UnescapedOutput&) = delete;
  UnescapedOutput& operator=(const UnescapedOutput&) = delete;

 private:
  EscapingBuffer* buffer_ = nullptr;
  bool was_escaping_ = false;
};

// Flushes standard output and says whether everything written there got
// out: `exit_code` when it did; otherwise 2, after printing "parley:
// standard output: No space left on device" (the system's reason) on
// stderr unless `exit_code` is already 2 (the command failed and has said
// why: one line per failure). So an answer lost on a full disk is never a
// success. `main` calls it once, after the command ran.
int FinishStandardOutput(int exit_code);

}  // namespace parley::cli

#endif  // PARLEY_CLI_OUTPUT_H_
