#include "cli/stances_command.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdint>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/output.h"
#include "cli/query_support.h"
#include "graph/props.h"

namespace parley::cli {

using nlohmann::ordered_json;
namespace prop = graph::prop;

namespace {

struct StancesOptions {
  std::string query;
  std::string by;
  std::string on;
  std::string from, to;
  std::string side;
  std::string group;
  size_t limit = SIZE_MAX;
  TableFormat format = TableFormat::kTable;
};

// The order the table lists sides in with --group side: KPA/CPV, UNC,
// both, unknown, then any other as met.
std::vector<std::string> SideOrder(
    const std::vector<queries::Position>& positions) {
  std::vector<std::string> sides = {std::string(prop::kSideKpaCpv),
                                    std::string(prop::kSideUnc), "both", ""};
  for (const queries::Position& p : positions) {
    if (std::find(sides.begin(), sides.end(), p.side) == sides.end())
      sides.push_back(p.side);
  }
  return sides;
}

// Keeps the first `limit` positions in the order they are printed (by
// side first when grouped); returns how many there were.
size_t Limit(std::vector<queries::Position>& positions, bool group_by_side,
             size_t limit) {
  size_t total = positions.size();
  if (total <= limit) return total;
  if (group_by_side) {
    std::vector<std::string> sides = SideOrder(positions);
    auto rank = [&](const queries::Position& p) {
      return std::find(sides.begin(), sides.end(), p.side) - sides.begin();
    };
    std::stable_sort(
        positions.begin(), positions.end(),
        [&](const queries::Position& a, const queries::Position& b) {
          return rank(a) < rank(b);
        });
  }
  positions.resize(limit);
  return total;
}

// What the position is on, as the reply names it: "points 1, 2 (as the
// reply numbers them)", "topics: civilians", "the whole list", or more of
// them, or "nothing named".
std::string OnText(const queries::Position& p) {
  std::vector<std::string> parts;
  if (!p.ordinals.empty()) {
    parts.push_back((p.ordinals.size() == 1 ? "point " : "points ") +
                    Join(p.ordinals, ", ") + " (as the reply numbers " +
                    (p.ordinals.size() == 1 ? "it)" : "them)"));
  }
  if (!p.topics.empty())
    parts.push_back(std::string(p.topics.size() == 1 ? "topic " : "topics ") +
                    Join(p.topics, ", "));
  if (!p.whole.empty()) {
    std::string whose = p.whole == "other"     ? " of the other side"
                        : p.whole == "unc"     ? " of the UNC"
                        : p.whole == "kpa-cpv" ? " of the KPA/CPV"
                                               : "";
    std::string whole = "the whole list" + whose;
    if (!p.except.empty())
      whole += " but point" + std::string(p.except.size() == 1 ? " " : "s ") +
               Join(p.except, ", ");
    parts.push_back(whole);
  }
  return parts.empty() ? "nothing named" : Join(parts, "; ");
}

std::string StanceLine(const queries::Position& p) {
  std::string out = StanceWords(p.stance, "", p.partial);
  if (!p.supported_stance.empty()) {
    // The backing is the replier's stance; the backed one is the
    // addressee's.
    out += " the addressee's position: " +
           JoinLabels(p.addressees, "the addressee") + " " + p.supported_stance;
  }
  std::vector<std::string> notes;
  if (p.negated) notes.push_back("read through a negation");
  if (p.conditional) notes.push_back("on a condition");
  if (!notes.empty()) out += " (" + Join(notes, ", ") + ")";
  return out;
}

std::string LinkLine(const queries::PositionClause& c) {
  std::string out = ClauseRefLabel(c) + " (" + c.clause.id + ")";
  std::string how = LinkText(c.link);
  if (!c.via_label.empty())
    how += (how.empty() ? "" : ", ") + ("via " + c.via_label);
  return how.empty() ? out : out + ": " + how;
}

std::string CandidatesText(const queries::Position& p) {
  std::vector<std::string> parts;
  for (const queries::PositionClause& c : p.candidates)
    parts.push_back(ClauseRefLabel(c) + " (" + c.why + ")");
  return Join(parts, "; ");
}

std::string PositionBlock(const queries::Position& p) {
  std::string out;
  std::string who = JoinLabels(p.holders, "(holder unknown)");
  std::string side = queries::SideLabel(p.side);
  out += WrapLabelled(
      (p.date.empty() ? "(undated)" : p.date) + "  ",
      who + (side.empty() ? "" : " [" + side + "]") + ", " + p.document_label);
  out += WrapLabelled("  stance:     ", StanceLine(p));
  out += WrapLabelled("  on:         ", OnText(p));
  for (const auto& [lang, q] : p.quotes)
    out += WrapLabelled("  " + lang + ":         \"", q.text + "\"");
  if (p.linked()) {
    for (const queries::PositionClause& c : p.links)
      out += WrapLabelled("  linked:     ", LinkLine(c));
  } else {
    out += WrapLabelled("  unlinked:   ", p.unlinked_reason);
    for (const std::string& c : p.reply_conflicts)
      out += WrapLabelled("  conflict:   ", c);
    if (!p.candidates.empty())
      out += WrapLabelled("  candidates: ", CandidatesText(p));
  }
  return out;
}

void PrintJsonResult(const StancesOptions& options,
                     const queries::StancesResult& result, size_t total) {
  ordered_json out;
  out["query"] = {{"text", options.query}, {"by", options.by},
                  {"on", options.on},      {"from", options.from},
                  {"to", options.to},      {"side", options.side}};
  out["by"] = result.by ? NodeRefJson(*result.by) : ordered_json();
  ordered_json list = ordered_json::array();
  for (const queries::Position& p : result.positions)
    list.push_back(PositionJson(p));
  out["positions"] = list;
  if (options.limit != SIZE_MAX) {
    out["total"] = total;
    out["truncated"] = total > result.positions.size();
  }
  PrintJson(out);
}

int RunStances(const StancesOptions& options, Context& context) {
  auto store = context.OpenForRead();
  if (!store.ok()) return ReportError(store.status());
  auto reader = (*store)->NewReader();
  queries::Snapshot snapshot(*reader);
  QueryKnowledge knowledge(context);
  queries::StancesQuery query;
  query.text = options.query;
  query.by = options.by;
  query.on = options.on;
  query.from = options.from;
  query.to = options.to;
  query.side = options.side;
  query.hint = knowledge.NameHint();
  if (!options.query.empty() && snapshot.Find(options.query) == nullptr)
    query.topics = knowledge.TopicsIn(options.query);
  if (!options.on.empty() && snapshot.Find(options.on) == nullptr)
    query.on_topics = knowledge.TopicsIn(options.on);
  auto result = queries::Stances(snapshot, query);
  if (!result.ok()) return ReportError(result.status());
  size_t total =
      Limit(result->positions, options.group == "side", options.limit);
  size_t more = total - result->positions.size();
  switch (options.format) {
    case TableFormat::kTable:
      std::cout << PositionsTableText(result->positions,
                                      options.group == "side");
      if (more > 0) std::cout << "\n" << MoreLine(more, "positions") << "\n";
      break;
    case TableFormat::kJson:
      PrintJsonResult(options, *result, total);
      break;
    default:
      WritePaperTable(std::cout,
                      PositionsPaperTable(result->positions,
                                          "Positions taken in the replies"),
                      options.format);
      // A paper table holds only rows: the count goes to stderr.
      if (more > 0) std::cerr << MoreLine(more, "positions") << "\n";
  }
  if (result->positions.empty()) return NothingFound("no position matches");
  return kExitOk;
}

}  // namespace

std::string ClauseRefLabel(const queries::PositionClause& c) {
  std::string out = "point " + c.clause.props.GetString(prop::kOrdinal);
  if (!c.document.id.empty())
    out += " of " + queries::DocumentLabel(c.document);
  return out;
}

std::string PositionsTableText(const std::vector<queries::Position>& positions,
                               bool group_by_side) {
  std::string out;
  if (!group_by_side) {
    for (size_t i = 0; i < positions.size(); ++i) {
      if (i > 0) out += "\n";
      out += PositionBlock(positions[i]);
    }
    return out;
  }
  for (const std::string& side : SideOrder(positions)) {
    std::vector<const queries::Position*> of_side;
    for (const queries::Position& p : positions) {
      if (p.side == side) of_side.push_back(&p);
    }
    if (of_side.empty()) continue;
    if (!out.empty()) out += "\n";
    std::string label =
        side.empty() ? "side unknown" : queries::SideLabel(side);
    out += "== " + label + " (" + std::to_string(of_side.size()) +
           (of_side.size() == 1 ? " position" : " positions") + ") ==\n";
    for (const queries::Position* p : of_side) out += "\n" + PositionBlock(*p);
  }
  return out;
}

PaperTable PositionsPaperTable(const std::vector<queries::Position>& positions,
                               const std::string& caption) {
  PaperTable t;
  t.caption = caption;
  t.columns = {"date",   "document", "holder",   "side",
               "on",     "stance",   "quote_en", "quote_ru",
               "status", "clauses",  "why",      "candidates"};
  for (const queries::Position& p : positions) {
    std::vector<std::string> clauses, why;
    for (const queries::PositionClause& c : p.links) {
      clauses.push_back(ClauseRefLabel(c));
      std::string how = LinkText(c.link);
      why.push_back(how.empty() ? "linked" : how);
    }
    if (!p.linked()) {
      why.push_back(p.unlinked_reason);
      for (const std::string& c : p.reply_conflicts) why.push_back(c);
    }
    auto quote = [&](const std::string& lang) {
      auto it = p.quotes.find(lang);
      return it == p.quotes.end() ? std::string() : it->second.text;
    };
    t.rows.push_back({p.date, p.document_label, JoinLabels(p.holders),
                      queries::SideLabel(p.side), OnText(p), StanceLine(p),
                      quote("en"), quote("ru"),
                      p.linked() ? "linked" : "unlinked", Join(clauses, "; "),
                      Join(why, "; "), CandidatesText(p)});
  }
  return t;
}

ordered_json PositionJson(const queries::Position& p) {
  ordered_json holders = ordered_json::array();
  for (const graph::Node& h : p.holders) holders.push_back(NodeRefJson(h));
  ordered_json quotes = ordered_json::object();
  for (const auto& [lang, q] : p.quotes)
    quotes[lang] = {{"text", q.text}, {"start", q.start}, {"end", q.end}};
  ordered_json links = ordered_json::array();
  for (const queries::PositionClause& c : p.links) {
    ordered_json l = {{"clause", c.clause.id},
                      {"label", ClauseRefLabel(c)},
                      {"document", c.document.id}};
    ordered_json link = LinkJson(c.link);
    for (auto it = link.begin(); it != link.end(); ++it) l[it.key()] = *it;
    l["via"] = c.via;
    links.push_back(std::move(l));
  }
  ordered_json candidates = ordered_json::array();
  for (const queries::PositionClause& c : p.candidates) {
    candidates.push_back({{"clause", c.clause.id},
                          {"label", ClauseRefLabel(c)},
                          {"why", c.why}});
  }
  ordered_json out;
  out["document"] = p.document.id;
  out["document_label"] = p.document_label;
  out["date"] = p.date;
  out["holders"] = holders;
  out["side"] = p.side;
  out["stance"] = p.stance;
  out["supported_stance"] = p.supported_stance;
  out["partial"] = p.partial;
  out["negated"] = p.negated;
  out["conditional"] = p.conditional;
  out["ordinals"] = p.ordinals;
  out["topics"] = p.topics;
  out["whole"] = p.whole;
  out["except"] = p.except;
  out["quotes"] = quotes;
  out["linked"] = p.linked();
  out["links"] = links;
  out["unlinked_reason"] = p.unlinked_reason;
  out["reply_conflicts"] = p.reply_conflicts;
  out["candidates"] = candidates;
  return out;
}

void SetupStancesCommand(CLI::App& app, Context& context) {
  auto options = std::make_shared<StancesOptions>();
  CLI::App* command = app.add_subcommand(
      "stances",
      "Every position taken in every reply: who, on what, the stance, the "
      "words in both languages, and the clause it is tied to (or why not)");
  command->add_option("query", options->query,
                      "words of the positions (either language), a topic, a "
                      "document id or a clause id");
  command->add_option("--by", options->by,
                      "only this person's positions (\"Stalin\", "
                      "\"Filippov\", an id)");
  command->add_option("--on", options->on,
                      "only positions on this clause (an id, words of it) or "
                      "topic, tied to it or possibly bearing on it");
  command
      ->add_option("--from", options->from,
                   "from this date on (YYYY, YYYY-MM or YYYY-MM-DD)")
      ->check(DateBound());
  command
      ->add_option("--to", options->to,
                   "up to this date, inclusive (a month or year: all of it)")
      ->check(DateBound());
  command->add_option("--side", options->side,
                      "only positions of this side: kpa-cpv or unc");
  AddLimitOption(*command, options->limit, "positions");
  AddGroupOption(*command, options->group);
  AddTableFormatOption(*command, options->format);
  command->callback([options, &context]() {
    context.exit_code = RunStances(*options, context);
  });
}

}  // namespace parley::cli
