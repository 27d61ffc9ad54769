// What the queries say about documents and clauses: short labels, the
// outermost document of a page (which holds the citation and the sent and
// received times), archival citations, a clause's text in a language, and
// the chain a text travelled along (author -> forwarder -> addressee, with
// relays), read by point lookups through a Snapshot.
#ifndef PARLEY_QUERIES_DOCUMENTS_H_
#define PARLEY_QUERIES_DOCUMENTS_H_

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
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
// The same on dense ids (storage::Reader::DenseId).
uint32_t OuterDocument(Snapshot& snapshot, uint32_t doc);

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

// The date of each of `documents` (props.date when one string, else "", as
// their heads give it). From `from_index_above` documents on, they are
// taken from one pass over the date index when that is cheaper than
// reading their heads: the undated ones (a list of dates, or none) from
// their own index, the rest under their one date. The pass stops after
// `keys_per_document` keys a document (about what reading a head costs),
// and the documents it has not met are read from their heads.
std::unordered_map<graph::NodeId, std::string> DocumentDates(
    storage::Reader& reader, std::vector<graph::NodeId> documents,
    size_t from_index_above = 1000, size_t keys_per_document = 50);

// One link of the chain a text travelled along.
struct TransmissionStep {
  enum class Role {
    kProposer,   // wrote the document and proposed the clause
    kAuthor,     // wrote (or reported) the document, proposing nothing in it
    kForwarder,  // sent on a document that embeds it
    kRelay,      // the channel a document went through (VIA)
    kAddressee,  // whom a document was for
    kReporter,   // wrote the document that reports (or plans) the proposal
  };
  Role role = Role::kAuthor;
  graph::NodeId person;
  std::string person_label;
  graph::NodeId document;
  std::string document_label;  // "telegram 21404", "message of 1951-06-30"
  std::string date;            // the document's date (ISO)
  std::string sent, received;  // ISO date-time when the page gives them
  // Who stamped `received`: "cipher office" for a receipt stamp (the
  // addressee is then not the one who received it at that time); "" when
  // the page says the addressee received it or says nothing.
  std::string received_by;
  // The ISO date-time of a dateline ("From BEIJING 01:30 27.8.1951") that
  // says neither sent nor received; "" when none.
  std::string dateline;
};

// Name of a role for output: "proposed", "wrote", "forwarded", "via", "to",
// "reported".
std::string_view RoleName(TransmissionStep::Role role);

// The chain of transmission of document `doc_id`: its authors (kProposer
// for those among `proposers`, else kAuthor), then for each document that
// embeds it, the addressees of the inner text who did not pass it on, the
// forwarders and relays; then the outermost document's relays and
// addressees. Empty when `doc_id` is not stored.
// Authors among `reporters` (who report or plan another's proposal) are
// kReporter: the chain starts at the document that reports it.
std::vector<TransmissionStep> TransmissionChain(
    Snapshot& snapshot, const graph::NodeId& doc_id,
    const std::set<graph::NodeId>& proposers = {},
    const std::set<graph::NodeId>& reporters = {});

// How a link edge (RESPONDS_TO, STANCE, VARIANT_OF) was made, as the
// linker stores it: how it matched, a confidence, strong or weak, and the
// evidence that conflicts. Links stored before these existed read as
// strong with no confidence.
struct LinkEvidence {
  std::vector<std::string> matched_by;  // "number", "content", "topic", ...
  std::optional<double> confidence;     // 0..1
  bool weak = false;
  std::vector<std::string> conflicts;  // English sentences
};
LinkEvidence LinkEvidenceOf(const graph::Edge& edge);

// Whoever proposed a clause (a PROPOSES source) and how: "proposed",
// "planned" (Razuvaev: "NAM IL is expected to put forward"), "reported" or
// "agreed" (the parties to an agreed text); with who reported it.
struct Proposer {
  graph::Node person;       // Brief copy
  std::string modality;     // "" for links stored before modality existed
  graph::Node reported_by;  // Brief copy; empty id when none
};
std::vector<Proposer> ProposersOf(Snapshot& snapshot,
                                  const graph::NodeId& clause_id);

// The side a clause was put forward by: its proposers' ("both" for agreed
// text or proposers of both sides), else its document's; "" when unknown.
std::string SideOfProposal(Snapshot& snapshot,
                           const std::vector<Proposer>& proposers,
                           const graph::Node& document);

// The side a node acts for ("kpa-cpv", "unc"), "" when unknown. For a
// Document without its own side: its page's.
std::string SideOf(Snapshot& snapshot, const graph::Node& node);
// "KPA/CPV", "UNC", "both sides", "" for unknown.
std::string SideLabel(std::string_view side);
// "kpa-cpv", "unc", "both" from what a user types ("KPA/CPV", "kpa",
// "cpv", "unc", "UN"); nullopt for anything else.
std::optional<std::string> ParseSide(std::string_view text);

// A position a document takes on a clause (a STANCE edge): who takes it
// is the edge's holder, else the document's authors.
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
  // What a "supports" stance backs ("insists"), and the reading's negation
  // and condition.
  std::string supported_stance;
  bool negated = false;
  bool conditional = false;
  // How the edge was made (weak links are marked in every answer), and the
  // document of the reply link it was tied through.
  LinkEvidence link;
  graph::NodeId via;
  std::string via_label;  // "telegram 21404"
  // True for a position of a reply that no STANCE edge ties to this clause
  // but which may bear on it (see queries/stances.h); `unlinked_reason`
  // says why it is not tied.
  bool unlinked = false;
  std::string unlinked_reason;
};

// The positions taken on clause `clause_id`, by document date.
std::vector<Stance> StancesOn(Snapshot& snapshot,
                              const graph::NodeId& clause_id);

// The positions taken in the documents `person_id` wrote, by date.
std::vector<Stance> StancesBy(Snapshot& snapshot,
                              const graph::NodeId& person_id);

}  // namespace parley::queries

#endif  // PARLEY_QUERIES_DOCUMENTS_H_
