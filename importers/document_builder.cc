// Stage: the builder. Document nodes with their final ids, titles and
// properties, and the party and EMBEDS edges.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "importers/clause_terms.h"
#include "importers/detail/page_reader.h"

namespace parley::importers::detail {

std::string PageReader::DocIdFor(const DocDraft& d,
                                 const std::string& base) const {
  std::string id = base.empty() ? "doc:" : base + "/";
  id += graph::Slug(d.type.empty() ? "document" : d.type);
  if (base.empty() && !d.numbers.empty()) id += "-" + graph::Slug(d.numbers[0]);
  if (d.date) id += "-" + d.date->Iso();
  if (base.empty() && d.numbers.empty() && !d.authors.empty()) {
    std::string who = d.authors[0].id;
    id += "-" + who.substr(who.find(':') + 1);
  }
  return id;
}

// Output

// A title for a document the page does not title: "Telegram from Li Kenong
// of 1951-07-10".
std::string PageReader::DescribedTitle(const DocDraft& doc) const {
  std::string who;
  for (const DocDraft::Party& a : doc.authors) {
    const Node* person = fragment_.FindNode(a.id);
    if (person == nullptr) continue;
    who += who.empty() ? " from " : " and ";
    who += person->label;
  }
  std::string type = doc.type;
  if (!type.empty())
    type[0] = static_cast<char>(
    std::toupper(static_cast<unsigned char>(type[0])));
  return
      type + who + (doc.date ? " of " + doc.date->Iso() : std::string());
}

void PageReader::EmitDocuments() {
  for (size_t d = 0; d < docs_.size(); ++d) {
    DocDraft& doc = docs_[d];
    Node n;
    n.id = doc.id;
    n.kind = NodeKind::kDocument;
    Value& p = n.props;
    p["doc_type"] = doc.type;
    if (doc.date) p["date"] = doc.date->Iso();
    if (doc.date_inferred) p["date_inferred"] = true;
    if (!doc.numbers.empty()) {
      if (doc.numbers.size() == 1) {
        p["number"] = doc.numbers[0];
      } else {
        Value list = Value::MakeArray();
        for (const std::string& num : doc.numbers) list.Append(num);
        p["number"] = list;
      }
    }
    if (!doc.outgoing_number.empty())
      p["outgoing_number"] = doc.outgoing_number;

    if (!doc.sent.empty()) p["sent"] = doc.sent;
    if (!doc.received.empty()) p["received"] = doc.received;
    if (!doc.dispatched.empty()) p["dispatched"] = doc.dispatched;
    if (!doc.origin.empty()) p["origin"] = doc.origin;
    Value langs = Value::MakeArray();
    for (const std::string& l : doc.languages) langs.Append(l);
    p["languages"] = langs;
    if (d == 0) {
      n.label = record_.title.empty() ? DescribedTitle(doc) : record_.title.text;
      p["title"] = n.label;
      Value sources = Value::MakeArray();
      for (const Citation& c : record_.sources) {
        Value v = Value::MakeObject();
        v["citation"] = c.citation;
        if (!c.archive.empty()) v["archive"] = c.archive;
        for (auto [key, field] :
             {std::pair{"fond", &c.fond}, {"opis", &c.opis}, {"delo", &c.delo},
              {"papka", &c.papka}, {"pages", &c.pages}}) {
          if (!field->empty()) v[key] = *field;
        }
        sources.Append(v);
      }
      p["source"] = sources;
      if (!record_.record_id.empty()) p["record_id"] = record_.record_id.text;
      if (!record_.summary.empty()) p["summary"] = record_.summary.text;
      if (!record_.classification.empty()) {
        Value list = Value::MakeArray();
        for (const Printed& c : record_.classification) list.Append(c.text);
        p["classification"] = list;
      }
      if (!record_.precedence.empty()) {
        Value list = Value::MakeArray();
        for (const Printed& c : record_.precedence) list.Append(c.text);
        p["precedence"] = list;
      }

      p["source_file"] = fragment_.source_path;
    } else {
      n.label = DescribedTitle(doc);
      p["title"] = n.label;
      p["embedded_in"] = docs_[doc.parent].id;
    }
    if (!doc.references.as_array().empty()) p["references"] = doc.references;
    if (!doc.stances.as_array().empty()) p["stances"] = doc.stances;
    n.evidence.push_back(doc.title_evidence);
    fragment_.AddNode(std::move(n));
    // Every line that names a party is evidence of its edge.
    auto add_party_edges = [&](const std::vector<DocDraft::Party>& parties,
                               EdgeKind kind, bool to_doc) {
      for (const DocDraft::Party& p : parties) {
        Value props = Value::MakeObject();
        if (p.count > 0) props["count"] = p.count;
        const NodeId& source = to_doc ? p.id : doc.id;
        const NodeId& target = to_doc ? doc.id : p.id;
        AddEdge(source, target, kind, p.evidence, props);
        for (const Evidence& ev : p.more)
          AddEdge(source, target, kind, ev, props);
      }
    };
    add_party_edges(doc.authors, EdgeKind::kAuthored, true);
    add_party_edges(doc.recipients, EdgeKind::kAddressedTo, false);
    add_party_edges(doc.via, EdgeKind::kVia, false);
    add_party_edges(doc.copies, EdgeKind::kCopyTo, false);
    if (doc.parent >= 0) {
      AddEdge(docs_[doc.parent].id, doc.id, EdgeKind::kEmbeds,
              doc.title_evidence);
    }
  }
}

}  // namespace parley::importers::detail
