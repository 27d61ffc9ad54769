#include "cli/table_format.h"

#include <CLI/CLI.hpp>
#include <map>

#include "cli/output.h"

namespace parley::cli {

std::optional<TableFormat> ParseTableFormat(std::string_view name) {
  static const std::map<std::string, TableFormat, std::less<>> kNames = {
      {"table", TableFormat::kTable},       {"json", TableFormat::kJson},
      {"csv", TableFormat::kCsv},           {"md", TableFormat::kMarkdown},
      {"markdown", TableFormat::kMarkdown}, {"latex", TableFormat::kLatex},
      {"tex", TableFormat::kLatex}};
  std::string lower;
  for (char c : name)
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto it = kNames.find(lower);
  if (it == kNames.end()) return std::nullopt;
  return it->second;
}

void AddGroupOption(CLI::App& command, std::string& group) {
  command
      .add_option("--group", group,
                  "group the table: side (a heading per side)")
      ->check(CLI::IsMember({"side"}));
}

void AddTableFormatOption(CLI::App& command, TableFormat& format) {
  command
      .add_option_function<std::string>(
          "--format",
          [&format](const std::string& name) {
            std::optional<TableFormat> f = ParseTableFormat(name);
            if (!f) {
              throw CLI::ValidationError("--format",
                                         "'" + name +
                                             "' is not one of table, json, md, "
                                             "latex, csv");
            }
            format = *f;
          },
          "output: table (default), json, md (Markdown), latex or csv "
          "(RFC 4180)")
      ->type_name("table|json|md|latex|csv");
}

void WriteCsv(std::ostream& out, const PaperTable& table) {
  auto record = [&](const std::vector<std::string>& cells) {
    for (size_t i = 0; i < table.columns.size(); ++i) {
      if (i > 0) out << ',';
      if (i < cells.size()) out << CsvField(cells[i]);
    }
    out << "\r\n";
  };
  record(table.columns);
  for (const auto& row : table.rows) record(row);
}

std::string MarkdownCell(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\r') continue;
    if (c == '\n') {
      out += "<br>";
    } else if (c == '|' || c == '\\') {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

void WriteMarkdown(std::ostream& out, const PaperTable& table) {
  if (!table.caption.empty())
    out << "**" << MarkdownCell(table.caption) << "**\n\n";
  auto record = [&](const std::vector<std::string>& cells) {
    out << '|';
    for (size_t i = 0; i < table.columns.size(); ++i)
      out << ' ' << (i < cells.size() ? MarkdownCell(cells[i]) : "") << " |";
    out << '\n';
  };
  record(table.columns);
  out << '|';
  for (size_t i = 0; i < table.columns.size(); ++i) out << " --- |";
  out << '\n';
  for (const auto& row : table.rows) record(row);
}

std::string LatexEscape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
      case '%':
      case '$':
      case '#':
      case '_':
      case '{':
      case '}':
        out += '\\';
        out += c;
        break;
      case '~':
        out += "\\textasciitilde{}";
        break;
      case '^':
        out += "\\textasciicircum{}";
        break;
      case '\\':
        out += "\\textbackslash{}";
        break;
      case '\n':
      case '\r':
      case '\t':
        out += ' ';
        break;
      default:
        out += c;
    }
  }
  return out;
}

void WriteLatex(std::ostream& out, const PaperTable& table) {
  size_t n = table.columns.empty() ? 1 : table.columns.size();
  char width[32];
  std::snprintf(width, sizeof width, "%.3f", 0.95 / static_cast<double>(n));
  out << "% Needs \\usepackage{longtable}; Cyrillic is UTF-8 (pdfLaTeX with\n"
         "% \\usepackage[T2A,T1]{fontenc}, or XeLaTeX/LuaLaTeX).\n";
  out << "\\begin{longtable}{";
  for (size_t i = 0; i < n; ++i) out << "p{" << width << "\\linewidth}";
  out << "}\n";
  if (!table.caption.empty())
    out << "\\caption{" << LatexEscape(table.caption) << "}\\\\\n";
  auto record = [&](const std::vector<std::string>& cells, bool bold) {
    for (size_t i = 0; i < table.columns.size(); ++i) {
      if (i > 0) out << " & ";
      std::string cell = i < cells.size() ? LatexEscape(cells[i]) : "";
      out << (bold ? "\\textbf{" + cell + "}" : cell);
    }
    out << " \\\\\n";
  };
  out << "\\hline\n";
  record(table.columns, true);
  out << "\\hline\n\\endhead\n";
  for (const auto& row : table.rows) record(row, false);
  out << "\\hline\n\\end{longtable}\n";
}

void WritePaperTable(std::ostream& out, const PaperTable& table,
                     TableFormat format) {
  switch (format) {
    case TableFormat::kCsv:
      WriteCsv(out, table);
      break;
    case TableFormat::kMarkdown:
      WriteMarkdown(out, table);
      break;
    case TableFormat::kLatex:
      WriteLatex(out, table);
      break;
    case TableFormat::kTable:
    case TableFormat::kJson:
      break;
  }
}

}  // namespace parley::cli
