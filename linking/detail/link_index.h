// The linker's in-memory index of the stored documents and clauses, and the
// rules that link them: replies (reply_links.cc), versions of a clause
// (variant_links.cc, by clause_similarity.cc, with changes.cc). Internal to
// linking/.
#ifndef PARLEY_LINKING_DETAIL_LINK_INDEX_H_
#define PARLEY_LINKING_DETAIL_LINK_INDEX_H_

#include <chrono>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/fragment.h"
#include "graph/model.h"
#include "graph/props.h"
#include "graph/value.h"

namespace parley::linking {

// Each stem the index has met, by a small id: a clause keeps the ids of its
// stems, about a twentieth of the memory of a set of strings (those sets
// were a sixth of the linker's memory at 10^4 pages).
class StemTable {
 public:
  uint32_t Id(std::string_view stem);

 private:
  std::unordered_map<std::string, uint32_t> ids_;
};
// The ids of a text's stems, sorted, each once.
using Stems = std::vector<uint32_t>;

struct ClauseInfo;

struct DocInfo {
  graph::NodeId id;
  std::string page;
  std::string date;
  // The day it was sent, when not its date ("[The telegram was sent to
  // Beijing on 29 August.]"): a reply may cite it by either.
  std::string sent_day;
  // The day its writer dated it, when not its date ("No. 6231" over
  // "11.XII.51" on a telegram dated the day it was received).
  std::string written_day;
  std::string doc_type;
  // The side its writers speak for (the gazetteer's `side=`), or "".
  std::string side;
  std::set<graph::NodeId> authors, recipients;
  std::set<graph::NodeId> via;  // relays ("СОВПОСОЛУ КУЗНЕЦОВУ")
  std::vector<std::string> numbers;  // title/body numbers and the sender's
  std::vector<graph::Reference> references;
  std::vector<graph::StanceClaim> stances;
  graph::NodeId parent;
  // Restated by its parent, a reply that answers it ("In it you put three
  // questions to us: (1) ...").
  bool restated = false;
  std::vector<graph::NodeId> children;
  std::vector<graph::NodeId> clauses;
  // The clauses found of `clauses`, resolved when the page is added (a
  // document and its clauses come and go with their page).
  std::vector<const ClauseInfo*> clause_infos;
  // Set anew each time the document is added: a cached answer built from
  // it is stale when its stamp has changed.
  uint64_t stamp = 0;
};

struct ClauseInfo {
  graph::NodeId id;
  graph::NodeId doc;
  std::string page;
  std::string date;
  std::string ordinal;  // as printed, the first language's
  std::set<std::string> ordinals;
  std::set<std::string> topics;
  graph::Value terms;
  std::map<std::string, Stems> stems;  // per language
  std::set<graph::NodeId> proposers;
  // Put forward by the writer's side to come ("Cde. NAM IL will table
  // ..."): the writer's own plan, not another's proposal reported.
  bool planned = false;
  // Put forward by one of the side and government its document acts for
  // (Turner tabling the draft that Joy's report gives): not another's
  // proposal reported. Kim's points in Mao's telegram are another's.
  bool writers_side = false;
  // The sides its proposers speak for, where the page gives them.
  std::set<std::string> proposer_sides;
  graph::Evidence evidence;
  int64_t position = 0;
};

// One version link a clause makes to an earlier clause.
struct VariantLink {
  const ClauseInfo* later = nullptr;
  const ClauseInfo* earlier = nullptr;
  double similarity = 0;  // text
  double confidence = 0;
  std::vector<std::string> matched_by;
  size_t merged = 1;  // earlier clauses this later one stands for
  size_t split = 1;   // later clauses the earlier one became
  // In the candidate document the later clause matches best: its version,
  // not another document restating the point. A lineage's older versions
  // (Ancestors) follow these.
  bool nearest = true;
};

// The props every link carries: matched_by, confidence (2 places),
// strength (weak below 0.6 or with conflicts) and conflicts when any.
graph::Value LinkProps(const std::vector<std::string>& matched_by,
                       double confidence,
                       const std::vector<std::string>& conflicts);

// The side and government of a person or document, as its page gives them.
struct Camp {
  std::string side;
  std::string government;
};

class LinkIndex {
 public:
  // By id, hashed: a reply on a busy day looks up hundreds of documents and
  // their clauses, whose ids share long prefixes.
  std::unordered_map<graph::NodeId, DocInfo> docs;
  std::unordered_map<graph::NodeId, ClauseInfo> clauses;
  std::map<std::string, std::set<graph::NodeId>> docs_by_date;
  // The documents of a date by one of their authors (DateAuthorKey): "your
  // telegram of 3 July" from a reply naming its author is matched against
  // that author's documents of the day, not the whole day's.
  std::map<std::string, std::set<graph::NodeId>> docs_by_date_author;
  std::map<std::string, std::set<graph::NodeId>> referrers_by_date;
  std::map<std::string, std::set<graph::NodeId>> referrers_by_number;
  // The documents that take positions by number, by their date: those a
  // proposal of the days before may be answered by (TieWindow).
  std::map<std::string, std::set<graph::NodeId>> numbered_replies_by_date;
  std::map<std::string, std::set<graph::NodeId>> docs_by_number;
  // The version chain of each topic: the documents holding a clause of that
  // topic, ordered by date, then id (ChainKey).
  std::map<std::string, std::map<std::string, graph::NodeId>> topic_chains;
  std::map<std::string, std::set<graph::NodeId>> page_nodes;  // docs, clauses
  std::map<std::string, std::string> page_hash;
  std::map<graph::NodeId, std::string> place_labels;  // for changes' places
  // The people's sides and governments: a proposer's, when the page that
  // names him is read without its people (Linker::Load).
  std::unordered_map<graph::NodeId, Camp> person_camps;
  StemTable stem_ids;

  void RemovePage(const std::string& page);
  void AddNodes(const std::string& page, const std::vector<graph::Node>& nodes,
                const std::vector<graph::Edge>& edges);
  // The version links made from page `page`'s clauses: VARIANT_OF to their
  // predecessors, with what changed.
  graph::Fragment VariantLinksOf(const std::string& page);
  // The ties of page `page`'s replies, one fragment per document they
  // answer (its RESPONDS_TO and the STANCE edges through it), by that
  // document's id. Documents answered by none are absent.
  std::map<graph::NodeId, graph::Fragment> TiesOf(const std::string& page);
  // The other pages whose replies cite the date and authors of a document
  // of page `page`: their ties may change (a reply answers those of the
  // date's documents its content fits best). Call before removing and after
  // adding.
  std::set<std::string> RepliesCitingDate(const std::string& page) const;
  // The other pages whose replies cite the number of a document of page
  // `page`: every tie they make may change (a number the archive knows
  // outweighs the date). Call before removing and after adding.
  std::set<std::string> RepliesCitingNumber(const std::string& page) const;
  // The other pages whose replies take positions by number within
  // kWindowDays after a document of page `page`: a reply that cites
  // nothing answers the latest proposal its points fit. Call before
  // removing and after adding.
  std::set<std::string> RepliesInWindow(const std::string& page) const;
  // The other pages whose version links may pass through page `page` (the
  // later versions of its clauses, as far back as a lineage is followed);
  // call before removing and after adding.
  std::set<std::string> VersionDependents(const std::string& page) const;
  // The ids of page `page`'s documents.
  std::vector<graph::NodeId> DocumentsOf(const std::string& page) const;
  // Forgets the versions worked out for the documents page `page` can
  // change: its own and those after its earliest document in the chains.
  void ForgetVersionsFrom(const std::string& page);

  // The outermost document holding `d` (itself when it is embedded in
  // none): a message and the telegram forwarding it are never versions of
  // each other, but two documents of one TEI volume may be.
  const graph::NodeId& Family(const DocInfo& d) const;
  // The clauses of `doc` and of the documents it embeds.
  std::vector<const ClauseInfo*> Subtree(const DocInfo& doc) const;
  const std::vector<const ClauseInfo*>& ClausesOf(const DocInfo& doc) const {
    return doc.clause_infos;
  }

 private:
  // reply_links.cc
  struct ReplyCandidate;
  // The ties of `reply` to those of `targets` (in the order of their ids,
  // each once) it answers, into `out` by target id; true when it answers
  // one.
  bool TieReply(const DocInfo& reply,
                const std::vector<const DocInfo*>& targets,
                std::map<graph::NodeId, graph::Fragment>& out);
  // Whether document `doc` is `ancestor` or one it quotes, at any depth.
  bool Within(const graph::NodeId& doc, const graph::NodeId& ancestor) const;
  // Whether every document of `targets` `doc` cites is one its writers
  // wrote ("Ref: my C 58911"), or one such a document holds, and there is
  // one.
  bool CitesOnlyItsOwn(const DocInfo& doc,
                       const std::vector<const DocInfo*>& targets) const;
  // Whether most of the points `doc` names by number are among those it
  // reports another put forward.
  static bool ReportsThePointsItNames(const DocInfo& doc);
  // Whether point `c` of `doc` is one another, of no side and government
  // of its writers', put forward and `doc` reports (not a plan of theirs).
  static bool ReportsAnothers(const DocInfo& doc, const ClauseInfo& c);
  // The positions `doc` takes by number on the points of another's
  // document it quotes ("Points 1, 4 and 9 can be accepted" after the
  // American agenda it quotes), into `out` by the quoted document's id;
  // only when `doc` answers no other document.
  bool TieQuotedPoints(const DocInfo& doc,
                       std::map<graph::NodeId, graph::Fragment>& out);
  // window_stances.cc
  // The positions `reply` takes by number on the points of its writers' own
  // earlier document its words name by date or number ("as proposed in
  // point two of my telegram of 9 December", "point 4 of our No. 1368",
  // "point five of the same telegram"), tied to that stored document's
  // points, into `out` by its id, whatever else the reply answers. Returns
  // the claims tied, by index into reply.stances.
  std::set<size_t> TieClaimsCiting(
      const DocInfo& reply, std::map<graph::NodeId, graph::Fragment>& out);
  // The positions `reply`, answering no stored document, takes by number,
  // tied to the latest proposal of the kWindowDays before it whose points
  // they fit (all the numbers it names, no conflict of content), one its
  // addressee wrote or the other side tabled; into `out` by that
  // document's id. True when it tied any.
  bool TieWindow(const DocInfo& reply,
                 std::map<graph::NodeId, graph::Fragment>& out);
  // `said`: the stems of each of the reply's positions given without a
  // number (ClauseInfo::stems in its language), by position.
  void LinkReply(const DocInfo& reply, const ReplyCandidate& candidate,
                 const std::vector<ClauseInfo>& said, graph::Fragment& out);
  // variant_links.cc
  // The earlier documents whose clauses may be earlier versions of `doc`'s:
  // for each topic of its clauses, the nearest few earlier documents of
  // other families holding that topic.
  std::vector<const DocInfo*> CandidateDocuments(const DocInfo& doc) const;
  // The version links of `doc`'s clauses, worked out once per command.
  const std::vector<VariantLink>& VariantsOf(const DocInfo& doc);
  // Every earlier version of `clause` along its lineage, nearest first (at
  // most a few steps back).
  std::vector<const ClauseInfo*> Ancestors(const ClauseInfo& clause);
  void LinkVariants(const DocInfo& doc, graph::Fragment& out);

  // The version links of a document, with what they were worked out from:
  // the document's stamp and its candidate documents' ids and stamps. A
  // change before the document in the chains makes them `unsure`; they are
  // worked out again only if those candidates have changed.
  struct KnownVersions {
    uint64_t stamp = 0;
    std::vector<std::pair<graph::NodeId, uint64_t>> candidates;
    std::vector<VariantLink> links;
    bool unsure = false;
  };
  std::map<graph::NodeId, KnownVersions> variants_of_doc_;
  // The documents of variants_of_doc_ that are sure, by ChainKey, to make
  // those after a point in one range unsure.
  std::map<std::string, graph::NodeId> versions_by_key_;
  uint64_t next_stamp_ = 0;
  // The VARIANT_OF edges made from the versions of a document (with their
  // changes along the lineage), kept and forgotten with variants_of_doc_.
  std::unordered_map<graph::NodeId, std::vector<graph::Edge>> variant_edges_;
  std::deque<graph::NodeId> variant_edges_order_;  // oldest first
};

// How far back a lineage is followed for a term the nearest version lacks,
// and how many earlier documents per topic are candidates.
inline constexpr int kLineageDepth = 4;
inline constexpr size_t kCandidatesPerTopic = 3;
// How many documents' VARIANT_OF edges are kept for pages linked again.
inline constexpr size_t kVariantEdgesKept = 4096;

// The position of a document in a topic's version chain: by date, then id.
std::string ChainKey(const std::string& date, const graph::NodeId& doc);
// The key of docs_by_date_author.
std::string DateAuthorKey(const std::string& date, const graph::NodeId& author);
// The evidence of a STANCE edge: the words of `reply`'s claim `st`.
graph::Evidence ClaimEvidence(const DocInfo& reply,
                              const graph::StanceClaim& st);
// The STANCE edge of `holder_doc`'s claim `st` on `point`: the claim's
// stance and flags, how it was tied, the person holding it and the document
// it was tied through (`via`).
graph::Edge StanceEdge(const DocInfo& holder_doc, const graph::StanceClaim& st,
                       const ClauseInfo& point,
                       const std::vector<std::string>& matched_by,
                       double confidence, const graph::NodeId& holder,
                       const graph::NodeId& via);
// A message number as the indexes hold it: "C–58115", "C-58115" and
// "C 58115" are one number; the letters in capitals.
std::string NumberKey(std::string_view number);
// The days a reply may cite `doc` by: its date, and the day it was sent.
std::vector<std::string> Days(const DocInfo& doc);
// The day of an ISO date ("1951-07-03"); none for a partial or bad one.
std::optional<std::chrono::sys_days> DayOf(const std::string& iso);
// How many days before a reply that cites nothing the proposal it answers
// by number may be (TieWindow).
inline constexpr int kWindowDays = 10;

}  // namespace parley::linking

#endif  // PARLEY_LINKING_DETAIL_LINK_INDEX_H_
