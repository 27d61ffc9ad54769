// What the query subcommands (who-proposed, trace, path, neighbors,
// timeline, search, stats) share: the gazetteer and topic list as hints for
// names and topics, and the wording of chains, stances, dates and JSON.
#ifndef PARLEY_CLI_QUERY_SUPPORT_H_
#define PARLEY_CLI_QUERY_SUPPORT_H_

#include <cstddef>
#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/context.h"
#include "graph/graph_view.h"
#include "graph/model.h"
#include "queries/documents.h"
#include "queries/names.h"

namespace CLI {
class App;
}

namespace parley::cli {

// The gazetteer and topic list, read on first use. A query still runs with
// the stored names only when the data files cannot be read.
class QueryKnowledge {
 public:
  explicit QueryKnowledge(const Context& context) : context_(context) {}

  // Gazetteer::Resolve as a name hint ("Filippov", "Сталина" -> Stalin).
  // The hint refers to this object, which must outlive it.
  queries::NameHint NameHint();

  // The topics whose cue words occur in `text` ("военнопленными" ->
  // prisoners_of_war).
  std::vector<std::string> TopicsIn(const std::string& text);

  // Every spelling the gazetteer knows of what `name` stands for: label,
  // spellings in every script, codenames ("Kaeseong" -> "Kaesong",
  // "Кэсон", ...); none when it names nothing known. For search.
  std::vector<std::string> Spellings(std::string_view name);

 private:
  const Knowledge* Get();

  const Context& context_;
  bool tried_ = false;
  std::optional<Knowledge> knowledge_;
};

// The one name resolver of every command (show, path, neighbors, timeline,
// who-proposed --by, stances --by): `text` as a node id, a stored label or
// alias, any spelling or codename of the gazetteer ("Сталин", "Filippov",
// "George Kennan", "Peng"), part of a name, or a document number; only
// nodes of `kind` when set. kNotFound with "did you mean ...?" on a typo,
// or with the candidates when `text` fits several nodes
// (queries::ResolveNode with the gazetteer as its hint). The node is a
// Brief copy (no aliases or evidence).
Result<graph::Node> ResolveName(QueryKnowledge& knowledge,
                                queries::Snapshot& snapshot,
                                std::string_view text,
                                std::optional<graph::NodeKind> kind = {});

// The data-quality warnings of a document ("header number 2950 differs
// from body number 3950"); none when it has none.
std::vector<std::string> DocumentWarnings(const graph::Node& doc);

// "1951-07-03T12:10" -> "1951-07-03 12:10".
std::string ReadableTime(std::string_view iso);

// Labels joined by ", "; `none` when there are none.
std::string JoinLabels(const std::vector<graph::Node>& nodes,
                       std::string_view none = "");
std::string Join(const std::vector<std::string>& parts, std::string_view sep);

// The chain as one line: "Kim Il Sung (message of 1951-06-30) → Mao Zedong
// (forwarded in telegram 21404, 1951-07-03) → Joseph Stalin (received
// 1951-07-03 12:10)"; steps of one role in one document are grouped.
std::string ChainText(const std::vector<queries::TransmissionStep>& chain);

// A node as a person reads it: a document as "telegram 21404 (1951-07-03)",
// anything else by its label.
std::string NodeName(const graph::Node& node);

// The edge kinds named by --kinds: "all", or a list for
// queries::ParseEdgeKinds; `fallback` when `list` is empty.
Result<graph::EdgeKindSet> EdgeKindsOption(const std::string& list,
                                           graph::EdgeKindSet fallback);

// "Nam Il (planned; reported by Vladimir Razuvaev)"; agreed text: "Kim Il
// Sung, Mark W. Clark, Peng Dehuai (agreed)"; `none` when there are none.
std::string ProposersText(const std::vector<queries::Proposer>& proposers,
                          std::string_view none = "");

// "by number, content, confidence 0.45"; a weak link: "weak link: by topic,
// confidence 0.45".
std::string LinkText(const queries::LinkEvidence& link);

// "supports (backs the addressee's insists) (in part)".
std::string StanceWords(const std::string& stance, const std::string& supported,
                        bool partial);

// "Joseph Stalin insists (telegram 3950, 1951-07-03)", then "[weak link:
// ...]" for a weak link or "[unlinked, may bear on it: REASON]".
std::string StanceText(const queries::Stance& stance);

// JSON pieces every query command writes the same way.
nlohmann::ordered_json NodeRefJson(
    const graph::Node& node);  // {id, kind, label}
nlohmann::ordered_json ChainJson(
    const std::vector<queries::TransmissionStep>& chain);
nlohmann::ordered_json StanceJson(const queries::Stance& stance);
// {matched_by, confidence (null when unknown), strength, conflicts}.
nlohmann::ordered_json LinkJson(const queries::LinkEvidence& link);
nlohmann::ordered_json DocumentJson(const graph::Node& doc);

// Writes `json` indented by 2, invalid UTF-8 replaced, and a newline.
void PrintJson(const nlohmann::ordered_json& json);

// What --limit left out: "… and 41,224 more answers; use --limit" (`noun`
// in the plural, "answers", "versions", "positions"). With table output it
// follows the answers on stdout; with CSV, which holds only rows, it goes
// to stderr.
std::string MoreLine(size_t more, std::string_view noun);

// Registers --limit N on `command` ("print at most N answers, then how
// many more there are"; default: no limit; 0 is a usage error).
void AddLimitOption(CLI::App& command, size_t& limit, std::string_view noun);

// What a command about one node prints of lists that reach hundreds of
// thousands of lines at a hub (an archive's Stalin): a screen's worth by
// default, as show does.
constexpr size_t kDefaultPageLimit = 50;

// Registers --limit N ("print at most N `what`, then how many more there
// are", default kDefaultPageLimit) and --all, which sets `limit` to
// SIZE_MAX when the command runs (call ApplyAll in its callback).
void AddPageLimitOptions(CLI::App& command, size_t& limit, bool& all,
                         std::string_view what);
inline void ApplyAll(bool all, size_t& limit) {
  if (all) limit = SIZE_MAX;
}

}  // namespace parley::cli

namespace CLI {
class Validator;
}

namespace parley::cli {

// Checks a --from or --to date: YYYY, YYYY-MM or YYYY-MM-DD, a day that is
// on the calendar ("1951-02-30" and "July 1951" are usage errors).
CLI::Validator DateBound();

// Prints "parley: <message>" on stderr and returns kExitNothingFound.
int NothingFound(const std::string& message);

}  // namespace parley::cli

#endif  // PARLEY_CLI_QUERY_SUPPORT_H_
