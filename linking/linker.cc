#include "linking/linker.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "graph/props.h"
#include "linking/detail/link_index.h"

namespace parley::linking {

using graph::Edge;
using graph::EdgeKind;
using graph::Evidence;
using graph::Node;
using graph::NodeId;
using graph::NodeKind;
using graph::Value;
namespace prop = graph::prop;

namespace {

// A digest of the link edges of one page (two FNV-1a 64 sums over every
// field, in order), to tell whether links made again differ from those
// written.
class Digest {
 public:
  void Bytes(std::string_view bytes) {
    Number(bytes.size());
    for (unsigned char c : bytes) Byte(c);
  }
  void Number(uint64_t n) {
    for (int i = 0; i < 8; ++i) Byte(static_cast<unsigned char>(n >> (8 * i)));
  }
  void Of(const Value& v) {
    const Value::Variant& x = v.variant();
    Byte(static_cast<unsigned char>(x.index()));
    if (v.is_bool()) {
      Byte(v.as_bool());
    } else if (v.is_int()) {
      Number(static_cast<uint64_t>(v.as_int()));
    } else if (v.is_double()) {
      double d = v.as_double();
      uint64_t bits;
      std::memcpy(&bits, &d, sizeof bits);
      Number(bits);
    } else if (v.is_string()) {
      Bytes(v.as_string());
    } else if (v.is_array()) {
      Number(v.as_array().size());
      for (const Value& item : v.as_array()) Of(item);
    } else if (v.is_object()) {
      Number(v.as_object().size());
      for (const auto& [key, item] : v.as_object()) {
        Bytes(key);
        Of(item);
      }
    }
  }
  LinksDigestValue value() const { return {a_, b_}; }

 private:
  void Byte(unsigned char c) {
    a_ = (a_ ^ c) * 1099511628211ull;
    b_ = (b_ ^ c) * 0x100000001b3ull + 0x9e3779b97f4a7c15ull;
  }
  uint64_t a_ = 14695981039346656037ull;
  uint64_t b_ = 1099511628211ull * 31;
};

LinksDigestValue LinksDigest(const graph::Fragment& links) {
  Digest d;
  d.Number(links.edges().size());
  for (const Edge& e : links.edges()) {
    d.Bytes(e.source);
    d.Number(static_cast<uint64_t>(e.kind));
    d.Bytes(e.target);
    d.Of(e.props);
    d.Number(e.evidence.size());
    for (const Evidence& ev : e.evidence) {
      d.Bytes(ev.doc);
      d.Bytes(ev.lang);
      d.Number(ev.start);
      d.Number(ev.end);
      d.Bytes(ev.quote);
    }
  }
  return d.value();
}

}  // namespace

Linker::Linker(storage::Store& store) : store_(store) {}
Linker::~Linker() = default;

Status Linker::Load() {
  index_ = std::make_unique<LinkIndex>();
  written_.clear();
  stored_ties_.clear();
  auto reader = store_.NewReader();
  // The edges AddNodes reads, by page, with their ends and kind only: their
  // props and evidence (quotes read from the page texts) are not needed,
  // and at 10^5 pages reading them was a fifth of the load.
  std::unordered_map<std::string, std::vector<Edge>> edges;
  bool has_ties = false;
  auto keep = [&](const NodeId& near, const NodeId& source, EdgeKind kind,
                  const NodeId& target) {
    Edge& e = edges[PageOf(near)].emplace_back();
    e.source = source;
    e.target = target;
    e.kind = kind;
  };
  reader->ForEachEdgeKey(
      [&](const NodeId& source, EdgeKind kind, const NodeId& target) {
        switch (kind) {
          case EdgeKind::kAuthored:
          case EdgeKind::kProposes:
            keep(target, source, kind, target);
            break;
          case EdgeKind::kAddressedTo:
          case EdgeKind::kVia:
          case EdgeKind::kEmbeds:
          case EdgeKind::kHasClause:
            keep(source, source, kind, target);
            break;
          case EdgeKind::kRespondsTo:
          case EdgeKind::kStance:
            has_ties = true;
            break;
          default:
            break;
        }
        return true;
      });
  // A point only planned ("our delegation will table") was put to no one:
  // AddNodes reads that from its PROPOSES edge's modality, the one prop
  // read, from the edge's head.
  for (auto& [page, list] : edges) {
    for (Edge& e : list) {
      if (e.kind != EdgeKind::kProposes) continue;
      std::optional<Edge> stored = reader->GetEdge(e.source, e.kind, e.target);
      if (!stored) continue;
      if (std::string modality = stored->props.GetString(prop::kModality);
          !modality.empty())
        e.props[prop::kModality] = std::move(modality);
    }
  }
  reader->ForEachNodeOf({NodeKind::kPlace}, [&](const Node& n) {
    index_->place_labels[n.id] = n.label;
    return true;
  });
  // Before the pages: a clause's proposer is of a side (Camp).
  reader->ForEachNodeOf({NodeKind::kPerson}, [&](const Node& n) {
    if (std::string side = n.props.GetString(graph::prop::kSide); !side.empty())
      index_->person_camps[n.id] =
          Camp{std::move(side), n.props.GetString(graph::prop::kGovernment)};
    return true;
  });
  // The stored pages first: each document and clause is filed under the
  // pages that give it, by their ids as stored and as ApplyAll files them
  // ("doc:x@cwihp", "doc:a+doc:b@cwihp", "doc:x~1a2b3c4d"), not under its
  // id's prefix; links and ties are written under owners named after them
  // (LinkOwner, TieOwner), which must be the names the pages' earlier
  // imports wrote them under.
  for (const storage::PageInfo& p : reader->Pages())
    index_->page_hash[p.page_id] = p.content_hash;
  // A group's documents and clauses are the ids G and G/..., which come in
  // id order between G and G + "0" ('0' follows '/'), though not always
  // side by side ("doc:a-b" sorts between "doc:a" and "doc:a/clause-1").
  // A group is added once the ids have passed its range, in group order, so
  // that the nodes held at once are a few pages' (the edges above and the
  // ids ForEachNodeOf sorts are held whole: their ends only). A group's
  // nodes go to each page that gives them (a page with several documents
  // is added group by group).
  std::map<std::string, std::map<std::string, std::vector<Node>>> pending;
  auto add_ready = [&](const NodeId* next) {
    while (!pending.empty() &&
           (next == nullptr || pending.begin()->first + "0" <= *next)) {
      static const std::vector<Edge> kNoEdges;
      auto first = pending.begin();
      auto page_edges = edges.find(first->first);
      // Both branches lvalues, so the page's edges are not copied.
      const std::vector<Edge>& page_list =
          page_edges == edges.end() ? kNoEdges : page_edges->second;
      for (const auto& [page, nodes] : first->second)
        index_->AddNodes(page, nodes, page_list);
      if (page_edges != edges.end()) edges.erase(page_edges);
      pending.erase(first);
    }
  };
  reader->ForEachNodeOf({NodeKind::kDocument, NodeKind::kClause},
                        [&](const Node& n) {
                          add_ready(&n.id);
                          std::vector<std::string> pages;
                          for (std::string& owner : reader->NodeOwners(n.id)) {
                            if (index_->page_hash.count(owner))
                              pages.push_back(std::move(owner));
                          }
                          // A reader that cannot tell: the page named after the
                          // node.
                          if (pages.empty()) pages.push_back(PageOf(n.id));
                          auto& group = pending[PageOf(n.id)];
                          for (const std::string& page : pages) {
                            Node& kept = group[page].emplace_back(n);
                            // AddNodes keeps a clause's first evidence only.
                            if (kept.evidence.size() > 1)
                              kept.evidence.resize(1);
                          }
                          return true;
                        });
  add_ready(nullptr);
  if (Status s = reader->status(); !s.ok()) return s;
  // A database linked before ties had owners of their own keeps them inside
  // each page's links: link every page again, once.
  if (has_ties && reader->Owners("ties:", 1).empty()) return Relink();
  return Status::Ok();
}

Status Linker::Relink() {
  // One atomic write: a migration cut short would leave pages whose ties no
  // later import could tell apart.
  Writes writes(nullptr);
  for (const auto& [page, ids] : index_->page_nodes) {
    writes.Add(LinkOwner(page), index_->VariantLinksOf(page));
    for (auto& [target, tie] : index_->TiesOf(page)) {
      stored_ties_[page].insert(target);
      writes.Add(TieOwner(page, target), std::move(tie));
    }
  }
  auto written = store_.ApplyBatch({}, writes.Owned());
  return written.ok() ? Status::Ok() : written.status();
}

const std::set<NodeId>& Linker::StoredTies(const std::string& reply_page) {
  auto known = stored_ties_.find(reply_page);
  if (known != stored_ties_.end()) return known->second;
  std::set<NodeId>& ties = stored_ties_[reply_page];
  std::string prefix = TieOwner(reply_page, "");
  for (const std::string& owner : store_.NewReader()->Owners(prefix))
    ties.insert(owner.substr(prefix.size()));
  return ties;
}

Result<storage::ApplyOutcome> Linker::Apply(const graph::Fragment& page) {
  auto outcomes = ApplyAll({&page});
  if (!outcomes.ok()) return outcomes.status();
  return outcomes->front();
}

Result<std::vector<storage::ApplyOutcome>> Linker::ApplyAll(
    const std::vector<const graph::Fragment*>& pages,
    const std::vector<std::string>& removed) {
  if (!index_) {
    if (Status s = Load(); !s.ok()) {
      index_.reset();
      return s;
    }
  }
  std::set<std::string> ids;
  for (const graph::Fragment* page : pages) {
    if (page == nullptr || !ids.insert(page->page_id).second) {
      return Status::InvalidArgument(
          "Linker::ApplyAll: a page is null or given twice");
    }
  }
  // What depends on each page, before and after its change:
  // - replies citing the number of one of its documents: every tie they make
  //   may change (a known number outweighs the date), as may the page's own;
  // - replies citing the date and authors of one of its documents: every
  //   tie they make by that date (they answer the documents of the date
  //   their content fits best);
  // - replies citing nothing that take positions by number in the days
  //   after one of its documents: the latest proposal they fit;
  // - later versions of its clauses: their version links.
  // Gathered over every page first and made once: a link depends only on
  // the set of stored pages, so links made after the last page are those
  // the pages one by one would leave.
  std::vector<storage::ApplyOutcome> outcomes(
      pages.size(), storage::ApplyOutcome::kUnchanged);
  std::vector<const graph::Fragment*> changed;
  std::vector<size_t> changed_at;  // each one's index in `pages`
  std::set<std::string> retie, by_date, versions, sharing;
  auto gather = [&](const std::string& id) {
    for (const std::string& r : index_->RepliesCitingNumber(id))
      retie.insert(r);
    for (const std::string& r : index_->RepliesCitingDate(id))
      by_date.insert(r);
    for (const std::string& r : index_->RepliesInWindow(id)) by_date.insert(r);
    for (const std::string& v : index_->VersionDependents(id))
      versions.insert(v);
  };
  // Removed first: a document both a removed page and a new one give is
  // then the new one's.
  for (const std::string& id : removed) {
    if (ids.count(id)) {
      return Status::InvalidArgument("Linker::ApplyAll: page " + id +
                                     " is both stored and removed");
    }
  }
  std::vector<std::string> gone;
  for (const std::string& id : removed) {
    if (!index_->page_hash.count(id) || std::ranges::count(gone, id) > 0)
      continue;
    gather(id);  // what depended on the page
    index_->RemovePage(id);
    gone.push_back(id);
  }
  for (size_t i = 0; i < pages.size(); ++i) {
    const graph::Fragment& page = *pages[i];
    const std::string& id = page.page_id;
    auto known = index_->page_hash.find(id);
    bool replacing = known != index_->page_hash.end();
    if (replacing && known->second == page.content_hash) continue;
    changed.push_back(&page);
    changed_at.push_back(i);
    gather(id);  // what depended on the page as it was
    // Another page giving one of its documents or clauses (a second
    // transcription, a resolution two telegrams quote): the page comes to
    // give them, and the other's links and ties are made again from them.
    for (const Node& n : page.nodes()) {
      std::string other;
      if (auto d = index_->docs.find(n.id); d != index_->docs.end())
        other = d->second.page;
      else if (auto c = index_->clauses.find(n.id); c != index_->clauses.end())
        other = c->second.page;
      if (!other.empty() && other != id) sharing.insert(std::move(other));
    }
    index_->RemovePage(id);
    index_->AddNodes(id, page.nodes(), page.edges());
    index_->page_hash[id] = page.content_hash;
    gather(id);                        // and what depends on it as it is now
    if (!replacing) stored_ties_[id];  // a new page has no ties stored yet
    retie.insert(id);
  }
  if (changed.empty() && gone.empty()) return outcomes;
  for (const std::string& p : sharing) {
    if (!index_->page_nodes.count(p)) continue;
    versions.insert(p);
    retie.insert(p);
  }
  // A reply citing the date answers those of its documents that fit it
  // best: a document of the date coming or going may change them all.
  for (const std::string& r : by_date) {
    if (index_->page_nodes.count(r)) retie.insert(r);
  }

  // What comes out as it was last written is not written again: most of
  // the pages a new one may change are unchanged.
  Writes writes(&written_);
  // A removed page's links and ties go with it.
  for (const std::string& id : gone) {
    retie.erase(id);
    versions.erase(id);
    writes.Add(LinkOwner(id), graph::Fragment());
    for (const NodeId& target : StoredTies(id))
      writes.Add(TieOwner(id, target), graph::Fragment());
  }
  for (const graph::Fragment* page : changed) {
    versions.erase(page->page_id);
    writes.Add(LinkOwner(page->page_id), index_->VariantLinksOf(page->page_id));
  }
  for (const std::string& p : versions) {
    if (!index_->page_nodes.count(p)) continue;
    writes.Add(LinkOwner(p), index_->VariantLinksOf(p));
  }
  std::map<std::string, std::set<NodeId>> ties_after;
  for (const std::string& r : retie) {
    std::set<NodeId> before = StoredTies(r);
    std::set<NodeId>& after = ties_after[r];
    for (auto& [target, tie] : index_->TiesOf(r)) {
      after.insert(target);
      before.erase(target);
      writes.Add(TieOwner(r, target), std::move(tie));
    }
    // Ties that are gone.
    for (const NodeId& target : before)
      writes.Add(TieOwner(r, target), graph::Fragment());
  }

  auto stored = store_.ApplyBatch(changed, writes.Owned(), gone);
  if (!stored.ok()) {
    // The index no longer matches the database: read it again next time.
    index_.reset();
    written_.clear();
    stored_ties_.clear();
    return stored.status();
  }
  for (auto& [owner, digest] : writes.digests()) written_[owner] = digest;
  for (auto& [r, targets] : ties_after) stored_ties_[r] = std::move(targets);
  for (const std::string& id : gone) stored_ties_.erase(id);
  // The store's word on each page stored (it hashes a page that came
  // without a hash).
  for (size_t k = 0; k < changed_at.size(); ++k)
    outcomes[changed_at[k]] = (*stored)[k];
  return outcomes;
}

void Linker::Writes::Add(std::string owner, graph::Fragment links) {
  LinksDigestValue digest = LinksDigest(links);
  if (written_ != nullptr) {
    auto known = written_->find(owner);
    if (known != written_->end() && known->second == digest) return;
  }
  digests_.emplace_back(owner, digest);
  owners_.push_back(std::move(owner));
  links_.push_back(std::move(links));
}

std::vector<std::pair<std::string, const graph::Fragment*>>
Linker::Writes::Owned() const {
  std::vector<std::pair<std::string, const graph::Fragment*>> out;
  for (size_t i = 0; i < owners_.size(); ++i)
    out.emplace_back(owners_[i], &links_[i]);
  return out;
}

std::string LinkOwner(const std::string& page_id) { return "links:" + page_id; }

std::string TieOwner(const std::string& reply_page, const NodeId& target) {
  return "ties:" + reply_page + ">" + target;
}

std::string PageOf(const NodeId& id) {
  size_t slash = id.find('/');
  return slash == std::string::npos ? id : id.substr(0, slash);
}

}  // namespace parley::linking
