// Links between stored documents, made when a page is imported and written
// in the same atomic batch as the page: RESPONDS_TO (a reply to the
// telegram it answers), STANCE (a reply's position on the points it judges)
// and VARIANT_OF (a clause and its versions in other documents, with what
// changed). Every link depends only on the two pages it joins, so importing
// A then B gives the same graph as B then A.
#ifndef PARLEY_LINKING_LINKER_H_
#define PARLEY_LINKING_LINKER_H_

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "graph/fragment.h"
#include "graph/status.h"
#include "storage/store.h"

namespace parley::linking {

class LinkIndex;  // documents and clauses of every stored page (detail/)

// A digest of the links written for one page.
using LinksDigestValue = std::pair<uint64_t, uint64_t>;

class Linker {
 public:
  // `store` must outlive the linker. What is stored is read on first use.
  explicit Linker(storage::Store& store);
  ~Linker();

  // Stores `page` and the links between it and every other stored page in
  // one atomic write; a page that replaces an older version also refreshes
  // the links of the pages that were linked to it. On kUnchanged nothing is
  // written.
  Result<storage::ApplyOutcome> Apply(const graph::Fragment& page);

  // Apply for several pages of distinct ids, in one atomic write, with the
  // outcome of each in order: what depends on them is linked once for all
  // of them, not once per page, and a link rewritten by several is written
  // once. The graph is the one Apply page by page leaves. The stored pages
  // `removed` (none of `pages`' ids) go in the same write, with their links
  // and ties, and the pages linked to them are linked again. On an error
  // nothing is written.
  Result<std::vector<storage::ApplyOutcome>> ApplyAll(
      const std::vector<const graph::Fragment*>& pages,
      const std::vector<std::string>& removed = {});

 private:
  // The link fragments of one write, by owner, with their digests.
  class Writes {
   public:
    // Fragments that come out as `written` says they were last written are
    // left out (nullptr: none is).
    explicit Writes(
        const std::unordered_map<std::string, LinksDigestValue>* written)
        : written_(written) {}
    void Add(std::string owner, graph::Fragment links);
    std::vector<std::pair<std::string, const graph::Fragment*>> Owned() const;
    const std::vector<std::pair<std::string, LinksDigestValue>>& digests()
        const {
      return digests_;
    }

   private:
    const std::unordered_map<std::string, LinksDigestValue>* written_;
    std::vector<std::string> owners_;
    std::vector<graph::Fragment> links_;
    std::vector<std::pair<std::string, LinksDigestValue>> digests_;
  };

  Status Load();
  // Links every stored page again, with each tie under its own owner (a
  // database written before ties had owners of their own).
  Status Relink();
  // The documents page `reply_page`'s replies have a tie stored to (read
  // from the database on first need).
  const std::set<graph::NodeId>& StoredTies(const std::string& reply_page);

  storage::Store& store_;
  std::unique_ptr<LinkIndex> index_;
  // The digest of the links last written for each owner in this run; links
  // that come out the same are not written again.
  std::unordered_map<std::string, LinksDigestValue> written_;
  std::unordered_map<std::string, std::set<graph::NodeId>> stored_ties_;
};

// The owner name under which the version links made for page `page_id` are
// stored.
std::string LinkOwner(const std::string& page_id);
// The owner name under which the tie between the replies of page
// `reply_page` and document `target` (RESPONDS_TO and the STANCE edges
// through it) is stored: a new document of a busy day then adds one small
// fragment per reply that may answer it, instead of rewriting every link of
// those replies.
std::string TieOwner(const std::string& reply_page,
                     const graph::NodeId& target);

// The page a node belongs to: "doc:x/clause-2" -> "doc:x".
std::string PageOf(const graph::NodeId& id);

}  // namespace parley::linking

#endif  // PARLEY_LINKING_LINKER_H_
