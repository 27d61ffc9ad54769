#include "cli/compare_command.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "cli/output.h"
#include "cli/query_support.h"
#include "graph/props.h"
#include "queries/changes.h"
#include "queries/compare.h"
#include "queries/json_value.h"

namespace parley::cli {
namespace {

using nlohmann::ordered_json;
using Op = queries::DiffPiece::Op;
namespace prop = graph::prop;

enum class CompareFormat { kTable, kJson, kMarkdown };
enum class ColorMode { kAuto, kAlways, kNever };

struct CompareOptions {
  std::string a, b;
  std::vector<std::string> langs;  // empty: every language
  CompareFormat format = CompareFormat::kTable;
  ColorMode color = ColorMode::kAuto;
};

bool UseColor(ColorMode mode) {
  if (mode != ColorMode::kAuto) return mode == ColorMode::kAlways;
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  return isatty(STDOUT_FILENO) && (no_color == nullptr || *no_color == 0) &&
         term != nullptr && std::string_view(term) != "dumb";
}

bool Wanted(const CompareOptions& options, const std::string& lang) {
  return options.langs.empty() ||
         std::find(options.langs.begin(), options.langs.end(), lang) !=
             options.langs.end();
}

// "point 2 of message of 1951-06-30".
std::string VersionLabel(const queries::ComparedVersion& v) {
  return "point " + v.clause.props.GetString(prop::kOrdinal) + " of " +
         queries::DocumentLabel(v.document);
}

std::string DocumentLine(const queries::ComparedVersion& v) {
  std::string out = queries::DocumentLabel(v.document);
  if (!v.outer.id.empty() && v.outer.id != v.document.id)
    out += ", in " + NodeName(v.outer);
  return out;
}

std::string Proposers(const queries::ComparedVersion& v) {
  std::vector<std::string> parts;
  for (const auto& p : v.proposers) {
    std::string s = p.person.label.empty() ? p.person.id : p.person.label;
    if (!p.modality.empty() && p.modality != "proposed")
      s += " (" + p.modality + ")";
    parts.push_back(s);
  }
  return Join(parts, ", ");
}

std::string Number(double d) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.2f", d);
  return buffer;
}

// "stored on the VARIANT_OF link (text similarity 0.42, strong)" or
// "computed from the two versions' terms: no VARIANT_OF link joins them".
std::string ChangesOrigin(const queries::ClauseComparison& c) {
  if (!c.edge.is_object())
    return "computed from the two versions' terms: no VARIANT_OF link joins "
           "them";
  std::vector<std::string> about;
  if (const graph::Value* s = c.edge.Get(prop::kSimilarity);
      s && (s->is_double() || s->is_int())) {
    double v = s->is_double() ? s->as_double() : double(s->as_int());
    std::string basis = c.edge.GetString(prop::kSimilarityBasis);
    about.push_back((basis.empty() ? std::string() : basis + " ") +
                    "similarity " + Number(v));
  }
  std::string strength = c.edge.GetString(prop::kStrength);
  if (!strength.empty()) about.push_back(strength + " link");
  std::vector<std::string> by = graph::Strings(c.edge.Get(prop::kMatchedBy));
  if (!by.empty()) about.push_back("matched by " + Join(by, ", "));
  std::string where = c.changes_from_edge
                          ? "stored on the VARIANT_OF link"
                          : "computed from the terms; the VARIANT_OF link "
                            "stores none";
  return where + (about.empty() ? "" : " (" + Join(about, "; ") + ")");
}

// ---------------------------------------------------------------------------
// The diff in words, with markers or colour.

struct Token {
  std::string text;    // as printed, markers included
  size_t width = 0;    // characters shown
  bool glued = false;  // no space before it
};

std::vector<Token> DiffTokens(const std::vector<queries::DiffPiece>& pieces,
                              bool color) {
  std::vector<Token> out;
  for (size_t k = 0; k < pieces.size(); ++k) {
    const queries::DiffPiece& p = pieces[k];
    std::vector<std::string> words;
    std::string word;
    for (char ch : p.text + " ") {
      if (ch == ' ' || ch == '\n' || ch == '\t') {
        if (!word.empty()) words.push_back(std::move(word));
        word.clear();
      } else {
        word += ch;
      }
    }
    bool glued =
        k > 0 && p.op == Op::kAdded && pieces[k - 1].op == Op::kRemoved;
    for (size_t i = 0; i < words.size(); ++i) {
      Token t;
      // Escaped here: the coloured diff is written past the escaping of
      // std::cout, which would escape its colours too.
      std::string shown = EscapeControls(words[i]);
      if (!color && p.op != Op::kSame) {
        if (i == 0) shown = (p.op == Op::kRemoved ? "[-" : "{+") + shown;
        if (i + 1 == words.size()) shown += p.op == Op::kRemoved ? "-]" : "+}";
      }
      t.width = DisplayWidth(shown);
      if (color && p.op == Op::kRemoved) {
        shown = "\033[31;9m" + shown + "\033[0m";  // red, struck through
      } else if (color && p.op == Op::kAdded) {
        shown = "\033[32;1m" + shown + "\033[0m";  // green, bold
      }
      t.text = std::move(shown);
      t.glued = i == 0 && glued;
      out.push_back(std::move(t));
    }
  }
  return out;
}

std::string WrapTokens(const std::vector<Token>& tokens,
                       std::string_view indent) {
  std::string out, line;
  size_t width = 0, room = kTableWidth - DisplayWidth(indent);
  for (const Token& t : tokens) {
    size_t need = t.width + (width > 0 && !t.glued ? 1 : 0);
    if (width > 0 && width + need > room && !t.glued) {
      out += std::string(indent) + line + "\n";
      line.clear();
      width = 0;
      need = t.width;
    }
    if (width > 0 && !t.glued) line += ' ';
    line += t.text;
    width += need;
  }
  if (!line.empty()) out += std::string(indent) + line + "\n";
  return out;
}

const std::vector<std::string>& ChangeLines(
    const queries::ClauseComparison& c) {
  return c.change_lines;
}

void PrintVersion(const char* tag, const queries::ComparedVersion& v) {
  std::string head = VersionLabel(v);
  std::string proposers = Proposers(v);
  if (!proposers.empty()) head += ", proposed by " + proposers;
  std::cout << WrapLabelled(
      std::string(tag) + "  " + (v.date.empty() ? "(undated)" : v.date) + "  ",
      head);
  std::cout << WrapLabelled("   ", v.clause.id);
  std::cout << WrapLabelled("   document: ", DocumentLine(v));
  std::cout << WrapLabelled("   source:   ", v.source);
  for (const std::string& t : v.terms_text)
    std::cout << WrapLabelled("   terms:    ", t);
}

void PrintTable(const CompareOptions& options,
                const queries::ClauseComparison& c) {
  bool color = UseColor(options.color);
  std::cout << "Two versions, the earlier first"
            << (c.swapped ? " (given the other way round)" : "") << ":\n";
  PrintVersion("A", c.before);
  PrintVersion("B", c.after);
  for (const queries::LanguageDiff& d : c.diffs) {
    if (!Wanted(options, d.lang)) continue;
    std::cout << "\nWords (" << d.lang << "), A → B:\n";
    if (d.before.empty() || d.after.empty()) {
      std::cout << WrapLabelled(
          "  only in " + std::string(d.before.empty() ? "B" : "A") + ": ",
          d.before.empty() ? d.after : d.before);
      continue;
    }
    UnescapedOutput colours;
    std::cout << WrapTokens(DiffTokens(d.pieces, color), "  ");
  }
  std::cout << "\n" << WrapLabelled("Changes, ", ChangesOrigin(c) + ":");
  const std::vector<std::string>& lines = ChangeLines(c);
  if (lines.empty()) std::cout << "  (none in the terms and topics)\n";
  for (const std::string& l : lines) std::cout << WrapLabelled("  - ", l);
}

// ---------------------------------------------------------------------------
// Markdown.

std::string MdCell(std::string s) {
  std::string out;
  for (char ch : s) {
    if (ch == '|')
      out += "\\|";
    else if (ch == '\n')
      out += ' ';
    else
      out += ch;
  }
  return out;
}

std::string MdText(const std::string& s) {
  std::string out;
  for (char ch : s) {
    if (ch == '*' || ch == '~' || ch == '_' || ch == '\\' || ch == '`')
      out += '\\';
    out += ch;
  }
  return out;
}

void PrintMarkdown(const CompareOptions& options,
                   const queries::ClauseComparison& c) {
  std::cout << "## " << MdText(VersionLabel(c.before)) << " → "
            << MdText(VersionLabel(c.after)) << "\n\n";
  std::cout << "| | A (earlier) | B (later) |\n|---|---|---|\n";
  auto row = [](const std::string& name, const std::string& a,
                const std::string& b) {
    std::cout << "| " << name << " | " << MdCell(a) << " | " << MdCell(b)
              << " |\n";
  };
  row("clause", "`" + c.before.clause.id + "`", "`" + c.after.clause.id + "`");
  row("date", c.before.date, c.after.date);
  row("document", DocumentLine(c.before), DocumentLine(c.after));
  row("proposed by", Proposers(c.before), Proposers(c.after));
  row("source", c.before.source, c.after.source);
  for (const queries::LanguageDiff& d : c.diffs) {
    if (!Wanted(options, d.lang)) continue;
    std::cout << "\n### Words (" << d.lang << ")\n\n";
    if (d.before.empty() || d.after.empty()) {
      std::cout << "Only in " << (d.before.empty() ? "B" : "A") << ": "
                << MdText(d.before.empty() ? d.after : d.before) << "\n";
      continue;
    }
    std::string line;
    for (size_t k = 0; k < d.pieces.size(); ++k) {
      const queries::DiffPiece& p = d.pieces[k];
      // Markdown needs a space between ~~struck~~ and **bold** runs.
      if (!line.empty()) line += ' ';
      std::string t = MdText(p.text);
      line += p.op == Op::kSame      ? t
              : p.op == Op::kRemoved ? "~~" + t + "~~"
                                     : "**" + t + "**";
    }
    std::cout << line << "\n";
  }
  std::cout << "\n### Changes\n\n" << MdText(ChangesOrigin(c)) << ".\n\n";
  const std::vector<std::string>& lines = ChangeLines(c);
  if (lines.empty()) std::cout << "- none in the terms and topics\n";
  for (const std::string& l : lines) std::cout << "- " << MdText(l) << "\n";
}

// ---------------------------------------------------------------------------
// JSON.

ordered_json VersionJson(const queries::ComparedVersion& v) {
  ordered_json out;
  out["clause"] = v.clause.id;
  out["ordinal"] = v.clause.props.GetString(prop::kOrdinal);
  out["date"] = v.date;
  const graph::Value* text = v.clause.props.Get(prop::kText);
  out["text"] = queries::ToJson(text ? *text : graph::Value::MakeObject());
  const graph::Value* terms = v.clause.props.Get(prop::kTerms);
  out["terms"] = queries::ToJson(terms ? *terms : graph::Value::MakeObject());
  out["terms_text"] = v.terms_text;
  out["document"] = DocumentJson(v.document);
  out["outer_document"] = DocumentJson(v.outer);
  ordered_json proposers = ordered_json::array();
  for (const auto& p : v.proposers) {
    ordered_json ref = NodeRefJson(p.person);
    ref["modality"] = p.modality;
    proposers.push_back(ref);
  }
  out["proposers"] = proposers;
  out["source"] = v.source;
  return out;
}

void PrintJsonResult(const CompareOptions& options,
                     const queries::ClauseComparison& c) {
  ordered_json out;
  out["query"] = {{"a", options.a}, {"b", options.b}};
  out["swapped"] = c.swapped;
  out["a"] = VersionJson(c.before);
  out["b"] = VersionJson(c.after);
  ordered_json diffs = ordered_json::array();
  for (const queries::LanguageDiff& d : c.diffs) {
    if (!Wanted(options, d.lang)) continue;
    ordered_json pieces = ordered_json::array();
    for (const queries::DiffPiece& p : d.pieces)
      pieces.push_back(
          {{"op", std::string(queries::DiffOpName(p.op))}, {"text", p.text}});
    diffs.push_back({{"lang", d.lang},
                     {"a", d.before},
                     {"b", d.after},
                     {"pieces", pieces},
                     {"marked", queries::MarkedDiff(d.pieces)}});
  }
  out["diffs"] = diffs;
  out["changes"] = queries::ToJson(c.changes);
  out["changes_text"] = ChangeLines(c);
  out["changes_source"] = c.changes_from_edge ? "edge" : "terms";
  out["edge"] = c.edge.is_object() ? ordered_json(queries::ToJson(c.edge))
                                   : ordered_json();
  PrintJson(out);
}

int RunCompare(const CompareOptions& options, Context& context) {
  auto store = context.OpenForRead();
  if (!store.ok()) return ReportError(store.status());
  auto reader = (*store)->NewReader();
  queries::Snapshot snapshot(*reader);
  QueryKnowledge knowledge(context);
  std::vector<graph::NodeId> ids;
  for (const std::string* side : {&options.a, &options.b}) {
    std::vector<std::string> topics;
    if (snapshot.Find(*side) == nullptr) topics = knowledge.TopicsIn(*side);
    auto clause =
        queries::ResolveClause(snapshot, *side, topics, knowledge.NameHint());
    if (!clause.ok()) return ReportError(clause.status());
    ids.push_back(clause->id);
  }
  auto comparison = queries::CompareClauses(snapshot, ids[0], ids[1]);
  if (!comparison.ok()) return ReportError(comparison.status());
  switch (options.format) {
    case CompareFormat::kTable:
      PrintTable(options, *comparison);
      break;
    case CompareFormat::kJson:
      PrintJsonResult(options, *comparison);
      break;
    case CompareFormat::kMarkdown:
      PrintMarkdown(options, *comparison);
      break;
  }
  return kExitOk;
}

}  // namespace

void SetupCompareCommand(CLI::App& app, Context& context) {
  auto options = std::make_shared<CompareOptions>();
  CLI::App* command = app.add_subcommand(
      "compare",
      "Two versions of a clause side by side: documents, a word diff in each "
      "language, and what changed");
  command
      ->add_option("a", options->a,
                   "a clause: its id, \"DOCUMENT point N\" (\"21404 point "
                   "2\"), or words or a topic naming one clause")
      ->required();
  command->add_option("b", options->b, "the other clause, named the same way")
      ->required();
  command->add_option("--lang", options->langs,
                      "languages of the word diff (default: every language "
                      "either version has)");
  std::map<std::string, CompareFormat> formats = {
      {"table", CompareFormat::kTable},
      {"json", CompareFormat::kJson},
      {"md", CompareFormat::kMarkdown},
      {"markdown", CompareFormat::kMarkdown}};
  command
      ->add_option("--format", options->format,
                   "output: table (default), json or md")
      ->transform(
          CLI::CheckedTransformer(formats, CLI::ignore_case).description(""))
      ->type_name("table|json|md");
  std::map<std::string, ColorMode> colors = {{"auto", ColorMode::kAuto},
                                             {"always", ColorMode::kAlways},
                                             {"never", ColorMode::kNever}};
  command
      ->add_option("--color", options->color,
                   "colour the word diff: auto (default: on a terminal), "
                   "always, never; without colour, [-removed-] and "
                   "{+added+} mark the words")
      ->transform(
          CLI::CheckedTransformer(colors, CLI::ignore_case).description(""))
      ->type_name("auto|always|never");
  command->callback([options, &context]() {
    context.exit_code = RunCompare(*options, context);
  });
}

}  // namespace parley::cli
