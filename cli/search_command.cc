#include "cli/search_command.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/output.h"
#include "cli/query_support.h"
#include "queries/search.h"
#include "storage/text_index.h"
#include "text/utf8.h"

namespace parley::cli {
namespace {

using nlohmann::ordered_json;

// Markers in files: brackets no archive page or editor uses.
constexpr std::string_view kFileOpen = "⟦";
constexpr std::string_view kFileClose = "⟧";
// On a terminal: bold yellow.
constexpr std::string_view kAnsiOpen = "\x1b[1;33m";
constexpr std::string_view kAnsiClose = "\x1b[0m";

struct SearchOptions {
  std::vector<std::string> words;
  size_t limit = 20;
  std::string mark;  // --mark: "OPEN,CLOSE" or two characters
  OutputFormat format = OutputFormat::kTable;
};

struct Markers {
  std::string open, close;
};

// The markers --mark names: "<<,>>" or a pair of characters ("«»").
Result<Markers> ParseMarkers(const std::string& mark) {
  if (size_t comma = mark.find(','); comma != std::string::npos) {
    Markers m{mark.substr(0, comma), mark.substr(comma + 1)};
    if (!m.open.empty() && !m.close.empty()) return m;
  } else if (text::CodePointCount(mark) == 2) {
    size_t second = text::MoveByCodePoints(mark, 0, 1);
    return Markers{mark.substr(0, second), mark.substr(second)};
  }
  return Status::InvalidArgument("--mark '" + mark +
                                 "': give two characters (\"«»\") or "
                                 "OPEN,CLOSE (\"<b>,</b>\")");
}

// --mark when given; else colour on a terminal (unless NO_COLOR is set)
// and ⟦ ⟧ in a file or pipe.
Result<Markers> ChooseMarkers(const SearchOptions& options) {
  if (!options.mark.empty()) return ParseMarkers(options.mark);
  const char* no_color = std::getenv("NO_COLOR");
  bool color = isatty(STDOUT_FILENO) && (no_color == nullptr || !*no_color);
  if (color) return Markers{std::string(kAnsiOpen), std::string(kAnsiClose)};
  return Markers{std::string(kFileOpen), std::string(kFileClose)};
}

std::string Score(double score) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", score);
  return buffer;
}

std::string Heading(const queries::SearchHit& h) {
  std::string name = NodeName(h.document);
  if (!h.date.empty() && name.find(h.date) == std::string::npos)
    name += " (" + h.date + ")";
  return name;
}

// "doc:… [en, bytes 441-621]", and the page when the document is stored
// under another id (a second source, a TEI volume).
std::string Evidence(const queries::SearchHit& h) {
  std::string where = h.document.id + " [" + h.lang + ", bytes " +
                      std::to_string(h.start) + "-" + std::to_string(h.end) +
                      "]";
  if (h.page_id != h.document.id) where += " of page " + h.page_id;
  return where;
}

void PrintTable(const queries::SearchResult& r, const Markers& m) {
  for (size_t i = 0; i < r.hits.size(); ++i) {
    const queries::SearchHit& h = r.hits[i];
    if (i > 0) std::cout << "\n";
    std::string matches = std::to_string(h.match_count) +
                          (h.match_count == 1 ? " match" : " matches");
    std::cout << WrapLabelled(
        std::to_string(i + 1) + ". ",
        Heading(h) + "  score " + Score(h.score) + ", " + matches);
    std::cout << WrapLabelled("   ", queries::MarkSnippet(h, m.open, m.close));
    std::cout << WrapLabelled("   in ", Evidence(h));
  }
  if (r.total > r.hits.size()) {
    std::cout << "\n(" << r.total - r.hits.size()
              << " more; raise --limit to see them)\n";
  }
}

void PrintCsv(const queries::SearchResult& r, const Markers& m) {
  std::cout << "rank,score,document,date,page,lang,start,end,matches,snippet\n";
  for (size_t i = 0; i < r.hits.size(); ++i) {
    const queries::SearchHit& h = r.hits[i];
    std::cout << i + 1 << ',' << Score(h.score) << ','
              << CsvField(h.document.id) << ',' << CsvField(h.date) << ','
              << CsvField(h.page_id) << ',' << CsvField(h.lang) << ','
              << h.start << ',' << h.end << ',' << h.match_count << ','
              << CsvField(queries::MarkSnippet(h, m.open, m.close)) << '\n';
  }
}

void PrintJsonResult(const std::string& text, const queries::SearchResult& r) {
  ordered_json list = ordered_json::array();
  for (const queries::SearchHit& h : r.hits) {
    ordered_json matches = ordered_json::array();
    for (auto [start, end] : h.matches) matches.push_back({start, end});
    ordered_json item = NodeRefJson(h.document);
    item["date"] = h.date;
    item["score"] = std::round(h.score * 1000) / 1000;
    item["match_count"] = h.match_count;
    item["snippet"] = queries::MarkSnippet(h, "", "");
    item["matches"] = matches;  // byte ranges of the page text
    item["page"] = h.page_id;
    item["evidence"] = {{"doc", h.document.id},
                        {"lang", h.lang},
                        {"start", h.start},
                        {"end", h.end},
                        {"quote", h.quote}};
    list.push_back(std::move(item));
  }
  PrintJson({{"query", text},
             {"searched", r.groups},
             {"total", r.total},
             {"hits", list}});
}

int RunSearch(const SearchOptions& options, Context& context) {
  auto markers = ChooseMarkers(options);
  if (!markers.ok()) return ReportError(markers.status());
  QueryKnowledge knowledge(context);
  queries::SearchQuery query;
  query.text = Join(options.words, " ");
  query.limit = options.limit;
  query.spellings = [&knowledge](std::string_view name) {
    return knowledge.Spellings(name);
  };
  if (queries::QueryGroups(query).empty()) {
    return ReportError(Status::InvalidArgument("nothing to search for in '" +
                                               query.text + "'"));
  }
  auto store = context.OpenForRead();
  if (!store.ok()) return ReportError(store.status());
  auto index = storage::TextIndex::OpenForRead(context.db_path);
  if (!index.ok()) return ReportError(index.status());
  auto reader = (*store)->NewReader();
  queries::Snapshot snapshot(*reader);
  auto result = queries::Search(snapshot, **index, query);
  if (!result.ok()) return ReportError(result.status());
  switch (options.format) {
    case OutputFormat::kTable:
      PrintTable(*result, *markers);
      break;
    case OutputFormat::kJson:
      PrintJsonResult(query.text, *result);
      break;
    case OutputFormat::kCsv:
      PrintCsv(*result, *markers);
      break;
  }
  if (result->hits.empty())
    return NothingFound("nothing matches '" + query.text + "'");
  return kExitOk;
}

}  // namespace

void SetupSearchCommand(CLI::App& app, Context& context) {
  auto options = std::make_shared<SearchOptions>();
  CLI::App* command = app.add_subcommand(
      "search",
      "Full-text search over whole pages, both languages, every spelling of "
      "a name; ranked, with snippets and their byte spans");
  command
      ->add_option("text", options->words,
                   "words to find, in any language; \"quoted words\" are a "
                   "phrase; every word must occur")
      ->required();
  command
      ->add_option("--limit", options->limit,
                   "at most this many pages (default 20)")
      ->check(CLI::PositiveNumber);
  command->add_option(
      "--mark", options->mark,
      "match markers: two characters (\"«»\") or OPEN,CLOSE; default: bold "
      "colour on a terminal, ⟦ ⟧ otherwise");
  AddFormatOption(*command, options->format);
  command->callback([options, &context]() {
    context.exit_code = RunSearch(*options, context);
  });
}

}  // namespace parley::cli
