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
  std::vector<LinksDigestValue> digests;
  links.push_back(index_->LinksOf(page.page_id));
  digests.push_back(LinksDigest(links.back()));
  for (const std::string& p : affected) {
    if (!index_->page_nodes.count(p)) continue;
    graph::Fragment f = index_->LinksOf(p);
    LinksDigestValue digest = LinksDigest(f);
    // A dependent whose links come out as they were written is not written
    // again (a third to a half of the pages a new one may change).
    auto known = written_.find(p);
    if (known != written_.end() && known->second == digest) continue;
    links.push_back(std::move(f));
    digests.push_back(digest);
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
    written_.clear();
    return outcomes.status();
  }
  for (size_t i = 0; i < links.size(); ++i)
    written_[links[i].page_id] = digests[i];
  return outcomes->front();
}

std::string LinkOwner(const std::string& page_id) { return "links:" + page_id; }

std::string PageOf(const NodeId& id) {
  size_t slash = id.find('/');
  return slash == std::string::npos ? id : id.substr(0, slash);
}

}  // namespace parley::linking
