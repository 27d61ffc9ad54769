// Tables for a paper's appendix: the answers of who-proposed, stances and
// trace as rows of named columns, written as a Markdown pipe table, a LaTeX
// longtable or CSV (RFC 4180), with every cell escaped for its format.
#ifndef PARLEY_CLI_TABLE_FORMAT_H_
#define PARLEY_CLI_TABLE_FORMAT_H_

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
}

namespace parley::cli {

// Output formats of the commands that also write paper tables.
enum class TableFormat { kTable, kJson, kCsv, kMarkdown, kLatex };

// "table", "json", "csv", "md" (or "markdown"), "latex" (or "tex");
// nullopt for anything else.
std::optional<TableFormat> ParseTableFormat(std::string_view name);

// Registers --format table|json|md|latex|csv on `command` (default table);
// any other value is a usage error (exit 2).
void AddTableFormatOption(CLI::App& command, TableFormat& format);

// `--group side`: a heading per side in the table.
void AddGroupOption(CLI::App& command, std::string& group);

// A table: a caption (LaTeX \caption and a Markdown heading line; not
// written to CSV), column headings and rows of cells (plain UTF-8 text;
// line breaks inside a cell are kept in CSV and turned into spaces or
// <br> elsewhere). A row shorter than `columns` is padded with empty cells.
struct PaperTable {
  std::string caption;
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
};

// RFC 4180: fields separated by commas, records ended by CRLF, a field
// quoted when it holds a comma, a double quote, CR or LF, and a double
// quote inside doubled. The first record is the column headings.
void WriteCsv(std::ostream& out, const PaperTable& table);

// A GitHub-flavoured Markdown pipe table; "|" and "\" in cells are
// escaped, line breaks become <br>.
void WriteMarkdown(std::ostream& out, const PaperTable& table);
std::string MarkdownCell(std::string_view s);

// A LaTeX longtable (needs \usepackage{longtable}; Cyrillic passes through
// as UTF-8, for \usepackage[T2A,T1]{fontenc} or XeLaTeX/LuaLaTeX). Columns
// are p{} boxes sharing the text width.
void WriteLatex(std::ostream& out, const PaperTable& table);
// `s` with & % $ # _ { } ~ ^ \ escaped, and line breaks as spaces.
std::string LatexEscape(std::string_view s);

// Writes `table` in `format` (kCsv, kMarkdown or kLatex; nothing for the
// others).
void WritePaperTable(std::ostream& out, const PaperTable& table,
                     TableFormat format);

// True for the formats WritePaperTable writes.
inline bool IsPaperFormat(TableFormat f) {
  return f == TableFormat::kCsv || f == TableFormat::kMarkdown ||
         f == TableFormat::kLatex;
}

}  // namespace parley::cli

#endif  // PARLEY_CLI_TABLE_FORMAT_H_
