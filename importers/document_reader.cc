// The content readers' entry point and the shared steps of every stage:
// evidence, nodes and edges, the body's lines. Read() is the table of
// contents: each stage it calls lives in a file of its own.
#include "importers/detail/document_reader.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "graph/props.h"
#include "importers/detail/page_reader.h"
#include "importers/detail/sides.h"

namespace parley::importers {
namespace detail {

namespace prop = graph::prop;

Evidence PageReader::Ev(size_t start, size_t end) const {
  Evidence ev;
  ev.doc = docs_.empty() ? std::string() : docs_[0].id;
  start = std::min(start, text_.size());
  end = std::min(std::max(end, start), text_.size());
  Span in_source = record_.source_map.ToSource(Span{start, end});
  in_source.end = std::min(in_source.end, source_.size());
  in_source.start = std::min(in_source.start, in_source.end);
  ev.start = static_cast<uint32_t>(in_source.start);
  ev.end = static_cast<uint32_t>(in_source.end);
  ev.quote = std::string(
      source_.substr(in_source.start, in_source.end - in_source.start));
  ev.lang = detail::DetectLanguage(text_.substr(start, end - start));
  // A quote in mixed scripts ("HAM ИР", with a Latin H) takes the language
  // of its line.
  bool cyrillic = false, latin = false;
  for (unsigned char c : ev.quote) {
    if (c == 0xD0 || c == 0xD1) cyrillic = true;
    if (std::isalpha(c)) latin = true;
  }
  if (cyrillic && latin && !line_lang_.empty()) {
    auto line =
        std::upper_bound(lines_.begin(), lines_.end(), start,
                         [](size_t at, const Line& l) { return at < l.start; });
    if (line != lines_.begin()) {
      size_t index = static_cast<size_t>(line - lines_.begin()) - 1;
      if (!line_lang_[index].empty()) ev.lang = line_lang_[index];
    }
  }
  if (ev.lang.empty()) ev.lang = "en";
  return ev;
}

NodeId PageReader::AddEntity(const GazetteerEntry& entry,
                             std::string_view surface, bool codename,
                             const Evidence& ev) {
  Node n;
  n.id = entry.id;
  n.kind = entry.kind;
  n.label = entry.label;
  std::string alias = StripTrailing(TrimView(surface), ".,:;!");
  // "Filippov [Stalin]": the editor's bracket is not a spelling of the name.
  if (size_t bracket = alias.find(" [");
      bracket != std::string::npos && alias.back() == ']') {
    alias = StripTrailing(TrimView(std::string_view(alias).substr(0, bracket)),
                          ".,:;!");
  }
  if (!alias.empty() && alias != entry.label) n.aliases.push_back(alias);
  for (const std::string& c : entry.codenames) {
    if (std::find(n.aliases.begin(), n.aliases.end(), c) == n.aliases.end()) {
      n.aliases.push_back(c);
    }
  }
  n.props[prop::kResolved] = true;
  if (!entry.wikidata.empty()) n.props[prop::kWikidata] = entry.wikidata;
  if (!entry.codenames.empty()) {
    Value names = Value::MakeArray();
    for (const std::string& c : entry.codenames) names.Append(c);
    n.props[prop::kCodenames] = names;
  }
  if (codename) n.props[prop::kCodenameSeen] = true;
  n.evidence.push_back(ev);
  fragment_.AddNode(std::move(n));
  return entry.id;
}

void PageReader::AddEdge(const NodeId& source, const NodeId& target,
                         EdgeKind kind, const Evidence& ev, Value props) {
  if (source.empty() || target.empty()) return;
  Edge e;
  e.source = source;
  e.target = target;
  e.kind = kind;
  e.props = std::move(props);
  e.evidence.push_back(ev);
  fragment_.AddEdge(std::move(e));
}

void PageReader::AddParty(std::vector<DocDraft::Party>& into, const NodeId& id,
                          const Evidence& ev, int64_t count) {
  if (id.empty()) return;
  for (DocDraft::Party& p : into) {
    if (p.id == id) {
      if (count > 0) p.count = count;
      if (ev.start != p.evidence.start) p.more.push_back(ev);
      return;
    }
  }
  into.push_back({id, ev, count, {}});
}

// Header, footer, title

void PageReader::ReadBodyRange() {
  in_body_.assign(lines_.size(), false);
  std::vector<Span> spans = record_.body;
  std::sort(spans.begin(), spans.end(),
            [](const Span& a, const Span& b) { return a.start < b.start; });
  // A line is the document's when its text (blanks aside) lies in a span.
  size_t s = 0;
  for (size_t i = 0; i < lines_.size() && s < spans.size(); ++i) {
    size_t begin = lines_[i].trim_start;
    size_t end = begin + lines_[i].text.size();
    while (s < spans.size() && spans[s].end < end) ++s;
    if (s < spans.size() && spans[s].start <= begin) in_body_[i] = true;
  }
  body_begin_ = lines_.size();
  body_end_ = 0;
  for (size_t i = 0; i < lines_.size(); ++i) {
    if (!in_body_[i]) continue;
    body_begin_ = std::min(body_begin_, i);
    body_end_ = i + 1;
  }
  if (body_begin_ > body_end_) body_begin_ = body_end_;
}

std::vector<Line> SplitOpeningQuotes(std::vector<Line> lines,
                                     const CueTable& cues) {
  // "I am sending you the texts of four telegrams ...: «To Cde. MAO ZEDONG.
  // Copies to ...": a message quoted after a colon in mid-line, and not
  // closed on it, starts a line of its own, so that the sentence before it
  // introduces it as any line above a quotation does. A quotation the
  // sentence does not introduce as a message ("a dispatch ... reads: “...")
  // stays in its line. Both parts stay views of the same bytes.
  std::vector<Line> out;
  out.reserve(lines.size());
  for (const Line& line : lines) {
    std::string_view t = line.text;
    size_t cut = std::string_view::npos;
    for (std::string_view mark : {": «", ": “", ": „", ": \""}) {
      size_t at = t.find(mark);
      if (at == std::string_view::npos || at == 0) continue;
      std::string_view rest = t.substr(at + 2);
      std::string_view close = ClosingQuoteMark(rest.substr(mark.size() - 2));
      if (!close.empty()) continue;  // a quotation within the line
      if (!cues.Contains("introduction", LowerText(t.substr(0, at)))) continue;
      cut = std::min(cut, at + 2);
    }
    if (cut == std::string_view::npos) {
      out.push_back(line);
      continue;
    }
    Line before = line;
    before.text = t.substr(0, cut - 1);
    before.end = before.trim_start + before.text.size();
    Line after = line;
    after.start = after.trim_start = line.trim_start + cut;
    after.text = t.substr(cut);
    out.push_back(before);
    out.push_back(after);
  }
  return out;
}

graph::Fragment PageReader::Read() {
  lines_ = SplitOpeningQuotes(
      detail::SplitInlinePoints(detail::SplitLines(text_)), cues_);
  ReadBodyRange();
  ReadTitleParties();
  ClassifyLines();
  FindQuoteRegions();
  AssignDocuments();
  ReadMetaLines();
  docs_[0].id = DocIdFor(docs_[0], "");
  std::set<std::string> ids = {docs_[0].id};
  for (size_t d = 1; d < docs_.size(); ++d) {
    std::string id = DocIdFor(docs_[d], docs_[docs_[d].parent].id);
    std::string unique = id;
    for (int k = 2; ids.count(unique); ++k)
      unique = id + "-" + std::to_string(k);
    docs_[d].id = unique;
    ids.insert(unique);
  }
  for (size_t d = 0; d < docs_.size(); ++d) {
    ReadClauses(d);
    ReadDelegation(d);
    ReadReplies(d);
  }
  ReadMentions();
  EmitDocuments();

  // The Russian and the English spelling of one unresolved name are one
  // person.
  graph::Fragment out;
  out.page_id = docs_[0].id;
  std::map<NodeId, const Node*> same = SameUnresolvedPersons();
  for (Node n : fragment_.nodes()) {
    if (auto it = same.find(n.id); it != same.end()) {
      n.aliases.insert(n.aliases.begin(), n.label);
      n.id = it->second->id;
      n.label = it->second->label;
    }
    out.AddNode(std::move(n));
  }
  for (Edge e : fragment_.edges()) {
    if (auto it = same.find(e.source); it != same.end())
      e.source = it->second->id;
    if (auto it = same.find(e.target); it != same.end())
      e.target = it->second->id;
    Edge& stored = out.AddEdge(std::move(e));
    const Value* role_text = stored.props.Get(prop::kRoleText);
    if (const Value* en = role_text ? role_text->Get("en") : nullptr)
      stored.props[prop::kRole] = *en;
  }
  return AssignSides(gazetteer_, source_, std::move(out));
}

}  // namespace detail

graph::Fragment ReadDocument(const DocumentRecord& record,
                             std::string_view source,
                             const std::string& source_path,
                             const Knowledge& knowledge) {
  detail::PageReader reader(knowledge, record, source, source_path);
  return reader.Read();
}

}  // namespace parley::importers
