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

#include "graph/props.h"
#include "importers/clause_terms.h"
#include "importers/detail/page_reader.h"

namespace parley::importers::detail {

namespace prop = graph::prop;

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
  // One with no number, date or author (a FRUS "Editorial Note") is told
  // from another of its kind, in another file, by its words.
  if (base.empty() && d.numbers.empty() && !d.date && d.authors.empty())
    id += "-" + graph::ContentHash(text_).substr(0, 8);
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
    type[0] =
        static_cast<char>(std::toupper(static_cast<unsigned char>(type[0])));
  return type + who + (doc.date ? " of " + doc.date->Iso() : std::string());
}

void PageReader::EmitDocuments() {
  for (size_t d = 0; d < docs_.size(); ++d) {
    DocDraft& doc = docs_[d];
    Node n;
    n.id = doc.id;
    n.kind = NodeKind::kDocument;
    Value& p = n.props;
    p[prop::kDocType] = doc.type;
    if (doc.date) p[prop::kDate] = doc.date->Iso();
    if (doc.date_inferred) p[prop::kDateInferred] = true;
    if (doc.restated) p[prop::kRestated] = true;
    if (!doc.numbers.empty()) {
      if (doc.numbers.size() == 1) {
        p[prop::kNumber] = doc.numbers[0];
      } else {
        Value list = Value::MakeArray();
        for (const std::string& num : doc.numbers) list.Append(num);
        p[prop::kNumber] = list;
      }
    }
    if (!doc.outgoing_number.empty())
      p[prop::kOutgoingNumber] = doc.outgoing_number;

    if (!doc.sent.empty()) p[prop::kSent] = doc.sent;
    if (!doc.received.empty()) p[prop::kReceived] = doc.received;
    if (!doc.received_by.empty()) p[prop::kReceivedBy] = doc.received_by;
    if (!doc.dateline.empty()) p[prop::kDateline] = doc.dateline;
    if (!doc.warnings.empty()) {
      Value list = Value::MakeArray();
      for (const std::string& w : doc.warnings) list.AppendUnique(w);
      p[prop::kWarnings] = list;
    }
    if (!doc.dispatched.empty()) p[prop::kDispatched] = doc.dispatched;
    if (!doc.written_on.empty() &&
        (!doc.date || doc.written_on != doc.date->Iso()))
      p[prop::kWrittenOn] = doc.written_on;
    if (!doc.origin.empty()) p[prop::kOrigin] = doc.origin;
    Value langs = Value::MakeArray();
    for (const std::string& l : doc.languages) langs.Append(l);
    p[prop::kLanguages] = langs;
    if (d == 0) {
      n.label =
          record_.title.empty() ? DescribedTitle(doc) : record_.title.text;
      p[prop::kTitle] = n.label;
      Value sources = Value::MakeArray();
      for (const Citation& c : record_.sources) {
        Value v = Value::MakeObject();
        v[prop::kCitation] = c.citation;
        if (!c.archive.empty()) v[prop::kArchive] = c.archive;
        for (auto [key, field] : {std::pair{prop::kFond, &c.fond},
                                  {prop::kOpis, &c.opis},
                                  {prop::kDelo, &c.delo},
                                  {prop::kPapka, &c.papka},
                                  {prop::kPages, &c.pages}}) {
          if (!field->empty()) v[key] = *field;
        }
        sources.Append(v);
      }
      p[prop::kSource] = sources;
      if (!record_.record_id.empty())
        p[prop::kRecordId] = record_.record_id.text;
      if (!record_.summary.empty()) p[prop::kSummary] = record_.summary.text;
      if (!record_.classification.empty()) {
        Value list = Value::MakeArray();
        for (const Printed& c : record_.classification) list.Append(c.text);
        p[prop::kClassification] = list;
      }
      if (!record_.precedence.empty()) {
        Value list = Value::MakeArray();
        for (const Printed& c : record_.precedence) list.Append(c.text);
        p[prop::kPrecedence] = list;
      }

      p[prop::kSourceFile] = fragment_.source_path;
    } else {
      n.label = DescribedTitle(doc);
      p[prop::kTitle] = n.label;
      p[prop::kEmbeddedIn] = docs_[doc.parent].id;
    }
    if (!doc.references.as_array().empty())
      p[prop::kReferences] = doc.references;
    if (!doc.stances.as_array().empty()) p[prop::kStances] = doc.stances;
    n.evidence.push_back(doc.title_evidence);
    fragment_.AddNode(std::move(n));
    // Every line that names a party is evidence of its edge.
    auto add_party_edges = [&](const std::vector<DocDraft::Party>& parties,
                               EdgeKind kind, bool to_doc) {
      for (const DocDraft::Party& p : parties) {
        Value props = Value::MakeObject();
        if (p.count > 0) props[prop::kCount] = p.count;
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
