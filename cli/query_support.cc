#include "cli/query_support.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/output.h"
#include "graph/props.h"
#include "queries/paths.h"

namespace parley::cli {

using nlohmann::ordered_json;
using Role = queries::TransmissionStep::Role;
namespace prop = graph::prop;

const Knowledge* QueryKnowledge::Get() {
  if (!tried_) {
    tried_ = true;
    if (auto k = LoadKnowledge(context_); k.ok())
      knowledge_ = std::move(k).value();
  }
  return knowledge_ ? &*knowledge_ : nullptr;
}

queries::NameHint QueryKnowledge::NameHint() {
  return [this](std::string_view name, std::optional<graph::NodeKind> kind)
             -> std::optional<graph::NodeId> {
    if (kind && *kind != graph::NodeKind::kPerson &&
        *kind != graph::NodeKind::kOrganization &&
        *kind != graph::NodeKind::kPlace) {
      return std::nullopt;
    }
    const Knowledge* k = Get();
    if (k == nullptr) return std::nullopt;
    const importers::GazetteerEntry* e = k->gazetteer.Resolve(name, kind);
    if (e == nullptr) return std::nullopt;
    return e->id;
  };
}

std::vector<std::string> QueryKnowledge::TopicsIn(const std::string& text) {
  const Knowledge* k = Get();
  if (k == nullptr || text.empty()) return {};
  return k->topics.Classify(text);
}

std::vector<std::string> QueryKnowledge::Spellings(std::string_view name) {
  const Knowledge* k = Get();
  if (k == nullptr) return {};
  const importers::GazetteerEntry* e = k->gazetteer.Resolve(name);
  if (e == nullptr) return {};
  std::vector<std::string> out = {e->label};
  out.insert(out.end(), e->names.begin(), e->names.end());
  out.insert(out.end(), e->codenames.begin(), e->codenames.end());
  return out;
}

Result<graph::Node> ResolveName(QueryKnowledge& knowledge,
                                queries::Snapshot& snapshot,
                                std::string_view text,
                                std::optional<graph::NodeKind> kind) {
  return queries::ResolveNode(snapshot, text, kind, knowledge.NameHint());
}

std::vector<std::string> DocumentWarnings(const graph::Node& doc) {
  return queries::StringList(doc.props.Get(prop::kWarnings));
}

std::string ReadableTime(std::string_view iso) {
  std::string out(iso);
  if (out.size() > 10 && out[10] == 'T') out[10] = ' ';
  return out;
}

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += sep;
    out += parts[i];
  }
  return out;
}

std::string JoinLabels(const std::vector<graph::Node>& nodes,
                       std::string_view none) {
  std::vector<std::string> labels;
  for (const graph::Node& n : nodes) labels.push_back(n.label);
  return labels.empty() ? std::string(none) : Join(labels, ", ");
}

namespace {

// What a step says in brackets after the person.
std::string StepNote(const queries::TransmissionStep& s) {
  std::string when = !s.sent.empty() ? "sent " + ReadableTime(s.sent)
                     : !s.dateline.empty()
                         ? "dateline " + ReadableTime(s.dateline)
                         : s.date;
  // "message of 1951-06-30" already carries its date.
  bool dated = when.empty() || s.document_label.find(when) != std::string::npos;
  std::string doc = s.document_label + (dated ? "" : ", " + when);
  switch (s.role) {
    case Role::kProposer:
      return doc;
    case Role::kAuthor:
      return "wrote " + doc;
    case Role::kReporter:
      return "reported in " + doc;
    case Role::kForwarder:
      return "forwarded in " + doc;
    case Role::kAddressee:
      // A receipt stamp is the office's, not the addressee's.
      if (!s.received_by.empty()) return "";
      return s.received.empty() ? "" : "received " + ReadableTime(s.received);
    case Role::kRelay:
      return "";
  }
  return "";
}

}  // namespace

std::string ChainText(const std::vector<queries::TransmissionStep>& chain) {
  std::string out;
  for (size_t i = 0; i < chain.size();) {
    // Steps of one role in one document read as one: "Gao Gang, Kim Il Sung
    // (forwarded in letter of 1951-06-14)".
    size_t j = i + 1;
    while (j < chain.size() && chain[j].role == chain[i].role &&
           chain[j].document == chain[i].document) {
      ++j;
    }
    std::vector<std::string> people;
    for (size_t k = i; k < j; ++k) people.push_back(chain[k].person_label);
    if (!out.empty()) out += chain[i].role == Role::kRelay ? " via " : " → ";
    out += Join(people, ", ");
    std::string note = StepNote(chain[i]);
    if (!note.empty()) out += " (" + note + ")";
    const queries::TransmissionStep& s = chain[i];
    if (s.role == Role::kAddressee && !s.received_by.empty() &&
        !s.received.empty()) {
      out += "; " + s.received_by + " received " + ReadableTime(s.received);
    }
    i = j;
  }
  return out;
}

std::string ProposersText(const std::vector<queries::Proposer>& proposers,
                          std::string_view none) {
  if (proposers.empty()) return std::string(none);
  bool agreed = std::all_of(
      proposers.begin(), proposers.end(),
      [](const queries::Proposer& p) { return p.modality == prop::kAgreed; });
  std::vector<std::string> parts;
  for (const queries::Proposer& p : proposers) {
    std::string text = p.person.label;
    std::vector<std::string> notes;
    // "reported; reported by X" says it twice.
    bool said = p.modality == prop::kReported && !p.reported_by.id.empty();
    if (!agreed && !said && !p.modality.empty() &&
        p.modality != prop::kProposed)
      notes.push_back(p.modality);
    if (!p.reported_by.id.empty())
      notes.push_back("reported by " + p.reported_by.label);
    if (!notes.empty()) text += " (" + Join(notes, "; ") + ")";
    parts.push_back(text);
  }
  return Join(parts, ", ") + (agreed ? " (agreed)" : "");
}

std::string LinkText(const queries::LinkEvidence& link) {
  std::vector<std::string> parts;
  if (!link.matched_by.empty())
    parts.push_back("by " + Join(link.matched_by, ", "));
  if (link.confidence) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "confidence %.2f", *link.confidence);
    parts.push_back(buffer);
  }
  std::string out = Join(parts, ", ");
  if (link.weak) out = "weak link" + (out.empty() ? "" : ": " + out);
  return out;
}

std::string NodeName(const graph::Node& node) {
  if (node.kind != graph::NodeKind::kDocument) return node.label;
  std::string label = queries::DocumentLabel(node);
  std::string date = node.props.GetString(prop::kDate);
  if (date.empty() || label.find(date) != std::string::npos) return label;
  return label + " (" + date + ")";
}

Result<graph::EdgeKindSet> EdgeKindsOption(const std::string& list,
                                           graph::EdgeKindSet fallback) {
  if (list.empty()) return fallback;
  if (list == "all" || list == "ALL") return graph::EdgeKindSet::All();
  return queries::ParseEdgeKinds(list);
}

std::string StanceWords(const std::string& stance, const std::string& supported,
                        bool partial) {
  std::string out = stance;
  if (!supported.empty()) out += " (backs the addressee's " + supported + ")";
  if (partial) out += " (in part)";
  return out;
}

std::string StanceText(const queries::Stance& s) {
  std::string who = JoinLabels(s.authors, "unknown");
  std::string when = s.date.empty() ? "" : ", " + s.date;
  std::string out = who + " " +
                    StanceWords(s.stance, s.supported_stance, s.partial) +
                    " (" + s.document_label + when + ")";
  if (s.unlinked) {
    out += " [unlinked, may bear on it: " + s.unlinked_reason + "]";
  } else if (s.link.weak) {
    std::string via = s.via_label.empty() ? "" : ", via " + s.via_label;
    out += " [" + LinkText(s.link) + via + "]";
  }
  return out;
}

ordered_json NodeRefJson(const graph::Node& node) {
  return {{"id", node.id},
          {"kind", std::string(graph::NodeKindName(node.kind))},
          {"label", node.label}};
}

ordered_json ChainJson(const std::vector<queries::TransmissionStep>& chain) {
  ordered_json out = ordered_json::array();
  for (const queries::TransmissionStep& s : chain) {
    ordered_json step;
    step["role"] = std::string(queries::RoleName(s.role));
    step["person"] = s.person;
    step["person_label"] = s.person_label;
    step["document"] = s.document;
    step["document_label"] = s.document_label;
    step["date"] = s.date;
    step["sent"] = s.sent;
    step["received"] = s.received;
    step["received_by"] = s.received_by;
    step["dateline"] = s.dateline;
    out.push_back(std::move(step));
  }
  return out;
}

ordered_json LinkJson(const queries::LinkEvidence& link) {
  return {{"matched_by", link.matched_by},
          {"confidence",
           link.confidence ? ordered_json(*link.confidence) : ordered_json()},
          {"strength", link.weak ? "weak" : "strong"},
          {"conflicts", link.conflicts}};
}

ordered_json StanceJson(const queries::Stance& s) {
  ordered_json authors = ordered_json::array();
  for (const graph::Node& a : s.authors) authors.push_back(NodeRefJson(a));
  ordered_json out = {{"clause", s.clause},
                      {"stance", s.stance},
                      {"partial", s.partial},
                      {"document", s.document},
                      {"document_label", s.document_label},
                      {"date", s.date},
                      {"by", authors},
                      {"quote", s.quote},
                      {"lang", s.lang}};
  out["supported_stance"] = s.supported_stance;
  out["negated"] = s.negated;
  out["conditional"] = s.conditional;
  out["linked"] = !s.unlinked;
  if (s.unlinked) {
    out["unlinked_reason"] = s.unlinked_reason;
  } else {
    out["link"] = LinkJson(s.link);
    out["via"] = s.via;
  }
  return out;
}

ordered_json DocumentJson(const graph::Node& doc) {
  return {{"id", doc.id},
          {"label", queries::DocumentLabel(doc)},
          {"title", doc.props.GetString(prop::kTitle).empty()
                        ? doc.label
                        : doc.props.GetString(prop::kTitle)},
          {"date", doc.props.GetString(prop::kDate)},
          {"sent", doc.props.GetString(prop::kSent)},
          {"received", doc.props.GetString(prop::kReceived)}};
}

void PrintJson(const ordered_json& json) {
  // nlohmann escapes what JSON must; the escaping of table text would
  // change the data (cli/output.h).
  UnescapedOutput json_as_written;
  std::cout << json.dump(2, ' ', false,
                         nlohmann::json::error_handler_t::replace)
            << "\n";
}

std::string MoreLine(size_t more, std::string_view noun) {
  std::string digits = std::to_string(more);
  std::string grouped;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  return "… and " + grouped + " more " + std::string(noun) + "; use --limit";
}

void AddLimitOption(CLI::App& command, size_t& limit, std::string_view noun) {
  command
      .add_option("--limit", limit,
                  "print at most N " + std::string(noun) +
                      ", then how many more there are (default: all)")
      ->check(CLI::PositiveNumber);
}

void AddPageLimitOptions(CLI::App& command, size_t& limit, bool& all,
                         std::string_view what) {
  limit = kDefaultPageLimit;
  CLI::Option* limit_option =
      command
          .add_option("--limit", limit,
                      "print at most N " + std::string(what) +
                          ", then how many more there are (default: " +
                          std::to_string(kDefaultPageLimit) + ")")
          ->check(CLI::PositiveNumber);
  command.add_flag("--all", all, "no limit: print every one")
      ->excludes(limit_option);
}

CLI::Validator DateBound() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        int year = 0;
        unsigned month = 1, day = 1;
        char rest = 0;
        int fields = std::sscanf(text.c_str(), "%4d-%2u-%2u%c", &year, &month,
                                 &day, &rest);
        // The length pins the form: "1951", "1951-07", "1951-07-03".
        bool form = (text.size() == 4 && fields == 1) ||
                    (text.size() == 7 && fields == 2) ||
                    (text.size() == 10 && fields == 3);
        std::chrono::year_month_day date{std::chrono::year(year),
                                         std::chrono::month(month),
                                         std::chrono::day(day)};
        if (!form || !std::all_of(text.begin(), text.end(), [](char c) {
              return c == '-' || (c >= '0' && c <= '9');
            })) {
          return "expected a date YYYY, YYYY-MM or YYYY-MM-DD, got \"" + text +
                 "\"";
        }
        if (!date.ok()) return text + " is not a date on the calendar";
        return "";
      },
      "YYYY[-MM[-DD]]");
}

int NothingFound(const std::string& message) {
  std::cerr << "parley: " << message << "\n";
  return kExitNothingFound;
}

}  // namespace parley::cli
