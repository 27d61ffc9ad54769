// Who proposed what: for each matching clause, its proposer, the chain of
// transmission (author -> forwarder -> addressee, with relays and dates),
// the documents, the archival citations and the quotes, read from storage.
#ifndef PARLEY_QUERIES_WHO_PROPOSED_H_
#define PARLEY_QUERIES_WHO_PROPOSED_H_

#include <string>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"
#include "storage/store.h"

namespace parley::queries {

struct WhoProposedQuery {
  // A topic ("prisoners_of_war"), words of a clause in either language
  // ("buffer zone", "военнопленными"), or a clause id; empty = every clause.
  std::string text;
  // Only clauses this person proposed ("Filippov", "Сталин", a person id).
  std::string by;
};

// One link of the chain a clause travelled along.
struct TransmissionStep {
  enum class Role { kProposer, kForwarder, kRelay, kAddressee };
  Role role = Role::kProposer;
  graph::NodeId person;
  std::string person_label;
  graph::NodeId document;
  std::string document_label;  // "telegram 21404", "message of 1951-06-30"
  std::string date;            // the document's date (ISO)
  std::string sent, received;  // ISO date-time when the page gives them
};

struct ProposalAnswer {
  graph::Node clause;
  graph::Node document;                  // the document holding the clause
  std::vector<graph::Node> proposers;
  std::vector<TransmissionStep> chain;   // in the order the text travelled
  std::vector<std::string> citations;    // "APRF, f. 45, op. 1, d. 339, ll. 6-7"
  std::string page_title;                // title of the page's outer document
};

// Name of a role for output: "proposed", "forwarded", "via", "to".
std::string_view RoleName(TransmissionStep::Role role);

// The clauses matching `query`, in document date then clause order. Fails
// with kNotFound when nothing matches, or when `by` names nobody (the
// message then lists the nearest names).
Result<std::vector<ProposalAnswer>> WhoProposed(storage::Reader& reader,
                                                const WhoProposedQuery& query);

// Resolves a person named as a user types it ("Stalin", "Filippov",
// "ФИЛИППОВ", "person:joseph-stalin") to node ids. kNotFound with
// suggestions when no node matches.
Result<std::vector<graph::NodeId>> FindPersons(storage::Reader& reader,
                                               const std::string& name);

// The chain of transmission of document `doc_id`: its authors, then each
// document that embeds it (forwarders, relays), then the outermost
// addressees.
std::vector<TransmissionStep> TransmissionChain(storage::Reader& reader,
                                                const graph::NodeId& doc_id);

// Citations ("APRF, f. 45, ...") of the page that holds `doc_id`.
std::vector<std::string> CitationsOf(storage::Reader& reader,
                                     const graph::NodeId& doc_id);

}  // namespace parley::queries

#endif  // PARLEY_QUERIES_WHO_PROPOSED_H_
