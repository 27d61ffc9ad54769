#include "linking/linker.h"

#include <algorithm>
#include <cmath>

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

Linker::Linker(storage::Store& store) : store_(store) {}
Linker::~Linker() = default;

Status Linker::Load() {
  index_ = std::make_unique<LinkIndex>();
  auto reader = store_.NewReader();
  std::map<std::string, std::vector<Node>> nodes;
  std::map<std::string, std::vector<Edge>> edges;
  reader->ForEachNode([&](const Node& n) {
    if (n.kind == NodeKind::kPlace) index_->place_labels[n.id] = n.label;
    if (n.kind == NodeKind::kDocument || n.kind == NodeKind::kClause)
      nodes[PageOf(n.id)].push_back(n);
    return true;
  });
  reader->ForEachEdge([&](const Edge& e) {
    switch (e.kind) {
      case EdgeKind::kAuthored:
      case EdgeKind::kProposes:
        edges[PageOf(e.target)].push_back(e);
        break;
      case EdgeKind::kAddressedTo:
      case EdgeKind::kEmbeds:
      case EdgeKind::kHasClause:
        edges[PageOf(e.source)].push_back(e);
        break;
      default:
        break;
    }
    return true;
  });
  for (auto& [page, list] : nodes) index_->AddNodes(page, list, edges[page]);
  for (const storage::PageInfo& p : reader->Pages())
    index_->page_hash[p.page_id] = p.content_hash;
  return reader->status();
}

Result<storage::ApplyOutcome> Linker::Apply(const graph::Fragment& page) {
  if (!index_) {
    if (Status s = Load(); !s.ok()) return s;
  }
  auto known = index_->page_hash.find(page.page_id);
  bool replacing = known != index_->page_hash.end();
  if (replacing && known->second == page.content_hash)
    return storage::ApplyOutcome::kUnchanged;
  // Pages whose links depend on this one, before and after the change: their
  // links are made again in the same batch.
  std::set<std::string> affected = index_->Dependents(page.page_id);
  index_->RemovePage(page.page_id);
  index_->AddNodes(page.page_id, page.nodes(), page.edges());
  index_->page_hash[page.page_id] = page.content_hash;
  for (const std::string& p : index_->Dependents(page.page_id))
    affected.insert(p);
  affected.erase(page.page_id);
  std::vector<graph::Fragment> links;
  links.push_back(index_->LinksOf(page.page_id));
  for (const std::string& p : affected) {
    if (index_->page_nodes.count(p)) links.push_back(index_->LinksOf(p));
  }
  std::vector<std::string> owners;
  for (const graph::Fragment& f : links) owners.push_back(LinkOwner(f.page_id));
  std::vector<std::pair<std::string, const graph::Fragment*>> owned;
  for (size_t i = 0; i < links.size(); ++i)
    owned.emplace_back(owners[i], &links[i]);
  auto outcomes = store_.ApplyBatch({&page}, owned);
  if (!outcomes.ok()) {
    // The index no longer matches the database: read it again next time.
    index_.reset();
    return outcomes.status();
  }
  return outcomes->front();
}

std::string LinkOwner(const std::string& page_id) { return "links:" + page_id; }

std::string PageOf(const NodeId& id) {
  size_t slash = id.find('/');
  return slash == std::string::npos ? id : id.substr(0, slash);
}

}  // namespace parley::linking
