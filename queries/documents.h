// What the queries say about documents and clauses: short labels, the
// outermost document of a page (which holds the citation and the sent and
// received times), archival citations, a clause's text in a language, and
// the chain a text travelled along (author -> forwarder -> addressee, with
// relays), read by point lookups through a Snapshot.
#ifndef PARLEY_QUERIES_DOCUMENTS_H_
#define PARLEY_QUERIES_DOCUMENTS_H_

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "queries/snapshot.h"
#include "storage/store.h"

namespace parley::queries {

// "telegram 21404", "message of 1951-06-30", "document" when nothing better
// is known.
std::string DocumentLabel(const graph::Node& doc);

// `node` without its aliases and evidence: what a result keeps of the
// people and documents it names (a person on every page has thousands of
// pieces of evidence).
graph::Node Brief(const graph::Node& node);

// The strings of a property that is a string or a list of strings; empty
// for anything else.
std::vector<std::string> StringList(const graph::Value* value);

// The clause's text in `lang`, else in the first language it has, else "".
std::string ClauseText(const graph::Node& clause, std::string_view lang);

// The outermost document holding `doc_id`, following EMBEDS edges back to
// the page's own document; `doc_id` itself when nothing embeds it.
graph::NodeId OuterDocumentId(Snapshot& snapshot, const graph::NodeId& doc_id);

// Citations ("APRF, f. 45, op. 1, d. 339, ll. 6-7") of the page that holds
// `doc_id`, in the order the page gives them; empty when it gives none.
std::vector<std::string> CitationsOf(Snapshot& snapshot,
                                     const graph::NodeId& doc_id);
std::vector<std::string> CitationsOf(storage::Reader& reader,
                                     const graph::NodeId& doc_id);

// The nodes at the other end of `id`'s edges of `kind`, in edge order
// (incoming: the sources; outgoing: the targets), as Brief copies. Nodes
// that are not stored are skipped.
std::vector<graph::Node> SourcesOf(Snapshot& snapshot, const graph::NodeId& id,
                                   graph::EdgeKind kind);
std::vector<graph::Node> TargetsOf(Snapshot& snapshot, const graph::NodeId& id,
                                   graph::EdgeKind kind);

// One link of the chain a text travelled along.
struct TransmissionStep {
  enum class Role {
    kProposer,   // wrote the document and proposed the clause
    kAuthor,     // wrote (or reported) the document, proposing nothing in it
    kForwarder,  // sent on a document that embeds it
    kRelay,      // the channel a document went through (VIA)
    kAddressee,  // whom a document was for
  };
  Role role = Role::kAuthor;
  graph::NodeId person;
  std::string person_label;
  graph::NodeId document;
  std::string document_label;  // "telegram 21404", "message of 1951-06-30"
  std::string date;            // the document's date (ISO)
  std::string sent, received;  // ISO date-time when the page gives them
};

// Name of a role for output: "proposed", "wrote", "forwarded", "via", "to".
std::string_view RoleName(TransmissionStep::Role role);

// The chain of transmission of document `doc_id`: its authors (kProposer
// for those among `proposers`, else kAuthor), then for each document that
// embeds it, the addressees of the inner text who did not pass it on, the
// forwarders and relays; then the outermost document's relays and
// addressees. Empty when `doc_id` is not stored.
std::vector<TransmissionStep> TransmissionChain(
    Snapshot& snapshot, const graph::NodeId& doc_id,
    const std::set<graph::NodeId>& proposers = {});

// A position a document takes on a clause (a STANCE edge): who takes it
// are the document's authors.
struct Stance {
  graph::NodeId clause;
  graph::NodeId document;
  std::string document_label;        // "telegram 3950"
  std::string date;                  // the document's date (ISO)
  std::vector<graph::Node> authors;  // Brief copies
  std::string stance;  // accepts, rejects, amends, insists, drops, conditional
  bool partial = false;  // on a part of the clause only
  std::string quote;     // the words that take the position, and their
  std::string lang;      // language
};

// The positions taken on clause `clause_id`, by document date.
std::vector<Stance> StancesOn(Snapshot& snapshot,
                              const graph::NodeId& clause_id);

// The positions taken in the documents `person_id` wrote, by date.
std::vector<Stance> StancesBy(Snapshot& snapshot,
                              const graph::NodeId& person_id);

}  // namespace parley::queries

#endif  // PARLEY_QUERIES_DOCUMENTS_H_
