#include "cli/export_query.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <memory>
#include <vector>

#include "cli/graph_output.h"
#include "cli/neighbors_command.h"
#include "cli/path_command.h"
#include "cli/query_support.h"
#include "cli/trace_command.h"
#include "cli/who_proposed_command.h"
#include "queries/timeline.h"

namespace parley::cli {
namespace {

// `line` split into words as a POSIX shell splits them: blanks separate,
// '...' keeps everything, "..." and a backslash keep the next character.
Result<std::vector<std::string>> SplitWords(const std::string& line) {
  std::vector<std::string> words;
  std::string word;
  bool in_word = false;
  char quote = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quote == '\'') {
      if (c == '\'')
        quote = 0;
      else
        word += c;
    } else if (c == '\\' && i + 1 < line.size() && quote != '\'') {
      word += line[++i];
      in_word = true;
    } else if (quote == '"') {
      if (c == '"')
        quote = 0;
      else
        word += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      in_word = true;
    } else if (c == ' ' || c == '\t' || c == '\n') {
      if (in_word) words.push_back(std::move(word));
      word.clear();
      in_word = false;
    } else {
      word += c;
      in_word = true;
    }
  }
  if (quote != 0) {
    return Status::InvalidArgument("--query: a quote is not closed in '" +
                                   line + "'");
  }
  if (in_word) words.push_back(std::move(word));
  return words;
}

// The words of a free-text query ("trace buffer zone") joined into its one
// positional; options and their values stay as they are.
std::vector<std::string> JoinFreeText(CLI::App& command,
                                      const std::vector<std::string>& words) {
  std::vector<std::string> args;
  std::string text;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (w.size() > 1 && w[0] == '-') {
      args.push_back(w);
      const CLI::Option* option =
          command.get_option_no_throw(w.substr(0, w.find('=')));
      if (option && option->get_type_size() > 0 &&
          w.find('=') == std::string::npos && i + 1 < words.size()) {
        args.push_back(words[++i]);
      }
      continue;
    }
    text += (text.empty() ? "" : " ") + w;
  }
  if (!text.empty()) args.push_back(text);
  return args;
}

// timeline has no graph --format of its own: its options are read here and
// queries::Timeline answers.
Result<QueryAnswer> RunTimeline(const std::vector<std::string>& words,
                                Context& context) {
  CLI::App app("timeline");
  queries::TimelineQuery query;
  app.add_option("--from", query.from);
  app.add_option("--to", query.to);
  app.add_option("--person", query.person);
  std::vector<std::string> args(words.rbegin(), words.rend());
  try {
    app.parse(args);
  } catch (const CLI::ParseError& e) {
    return Status::InvalidArgument(std::string("--query timeline: ") +
                                   e.what());
  }
  auto store = context.OpenForRead();
  if (!store.ok()) return store.status();
  auto reader = (*store)->NewReader();
  queries::Snapshot snapshot(*reader);
  QueryKnowledge knowledge(context);
  query.hint = knowledge.NameHint();
  auto result = queries::Timeline(snapshot, query);
  if (!result.ok()) return result.status();
  QueryAnswer answer;
  answer.answer = queries::AnswerOf(*result);
  if (result->entries.empty()) answer.exit_code = kExitNothingFound;
  return answer;
}

}  // namespace

Result<QueryAnswer> RunQueryLine(const std::string& line, Context& context) {
  auto words = SplitWords(line);
  if (!words.ok()) return words.status();
  if (words->empty()) return Status::InvalidArgument("--query is empty");
  const std::string name = words->front();
  std::vector<std::string> rest(words->begin() + 1, words->end());
  if (name == "timeline") return RunTimeline(rest, context);

  CLI::App app("query");
  Context query_context = context;
  query_context.exit_code = kExitOk;
  SetupWhoProposedCommand(app, query_context);
  SetupTraceCommand(app, query_context);
  SetupPathCommand(app, query_context);
  SetupNeighborsCommand(app, query_context);
  CLI::App* command = nullptr;
  try {
    command = app.get_subcommand(name);
  } catch (const CLI::OptionNotFound&) {
  }
  if (command == nullptr) {
    return Status::InvalidArgument(
        "--query takes who-proposed, trace, neighbors, path or timeline, "
        "not '" +
        name + "'");
  }
  if (name == "trace" || name == "who-proposed") {
    rest = JoinFreeText(*command, rest);
  }
  // A file holds the whole answer, as --focus does: the screenful that
  // neighbors prints by default is for reading at a terminal (--limit N
  // still cuts it).
  if (name == "neighbors" &&
      std::none_of(rest.begin(), rest.end(), [](const std::string& w) {
        return w == "--all" || w.starts_with("--limit");
      })) {
    rest.push_back("--all");
  }
  std::vector<std::string> args = {name};
  args.insert(args.end(), rest.begin(), rest.end());
  args.push_back("--format");
  args.push_back("graph");
  std::reverse(args.begin(), args.end());  // CLI11 takes them last first
  AnswerCapture capture;
  try {
    app.parse(args);
  } catch (const CLI::ParseError& e) {
    return Status::InvalidArgument("--query '" + line + "': " + e.what());
  }
  QueryAnswer answer;
  answer.answer = std::move(capture.answer);
  answer.exit_code = query_context.exit_code;
  return answer;
}

}  // namespace parley::cli
