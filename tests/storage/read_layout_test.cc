// The records schema 2 keeps for reading (node and edge heads, dense ids,
// adjacency, indexes) against what Reader's defaults compute from the merged
// facts: after adds, replacements, removals, batches and a migration from
// schema 1 they must answer the same.

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "graph/fragment.h"
#include "graph/model.h"
#include "storage/detail/adjacency.h"
#include "storage/detail/testing.h"
#include "storage/store.h"
#include "tests/storage/test_dir.h"

namespace parley::storage {
namespace {

using graph::Edge;
using graph::EdgeKind;
using graph::Evidence;
using graph::Fragment;
using graph::Node;
using graph::NodeKind;
using graph::Value;
using Index = Reader::Index;
using Direction = Reader::Direction;

// Forwards the merging calls to a real reader and overrides none of the
// read-layout calls, so those answer with Reader's defaults: the reference
// the stored records must match.
class DefaultsReader : public Reader {
 public:
  explicit DefaultsReader(Reader& real) : real_(real) {}
  std::optional<Node> GetNode(const graph::NodeId& id) override {
    return real_.GetNode(id);
  }
  std::vector<Edge> OutEdges(const graph::NodeId& id,
                             std::optional<EdgeKind> kind) override {
    return real_.OutEdges(id, kind);
  }
  std::vector<Edge> InEdges(const graph::NodeId& id,
                            std::optional<EdgeKind> kind) override {
    return real_.InEdges(id, kind);
  }
  void ForEachNode(const std::function<bool(const Node&)>& fn) override {
    real_.ForEachNode(fn);
  }
  void ForEachEdge(const std::function<bool(const Edge&)>& fn) override {
    real_.ForEachEdge(fn);
  }
  std::vector<graph::NodeId> LookupName(const std::string& name) override {
    return real_.LookupName(name);
  }
  std::optional<std::string> PageText(const std::string& id) override {
    return real_.PageText(id);
  }
  std::vector<PageInfo> Pages() override { return real_.Pages(); }

 private:
  Reader& real_;
};

std::unique_ptr<Store> OpenOrDie(const std::string& dir,
                                 const OpenOptions& options = {}) {
  Result<std::unique_ptr<Store>> store = Store::Open(dir, options);
  EXPECT_TRUE(store.ok()) << store.status().message();
  return store.ok() ? std::move(store).value() : nullptr;
}

Fragment MakePage(const std::string& page_id, const std::string& text) {
  Fragment page;
  page.page_id = page_id;
  page.source_path = "pages/" + page_id + ".txt";
  page.text = text;
  page.content_hash = graph::ContentHash(text);
  return page;
}

Evidence Quote(const std::string& doc, uint32_t start, const std::string& q) {
  return Evidence{doc, "en", start, start + static_cast<uint32_t>(q.size()), q};
}

Node MakeNode(const std::string& id, NodeKind kind, const std::string& label,
              std::vector<std::string> aliases, Evidence evidence) {
  Node node;
  node.id = id;
  node.kind = kind;
  node.label = label;
  node.aliases = std::move(aliases);
  node.evidence = {std::move(evidence)};
  return node;
}

Edge MakeEdge(const std::string& source, EdgeKind kind,
              const std::string& target, Evidence evidence) {
  Edge edge;
  edge.source = source;
  edge.kind = kind;
  edge.target = target;
  edge.evidence = {std::move(evidence)};
  return edge;
}

Node WithoutEvidence(Node node) {
  node.evidence.clear();
  return node;
}

void ExpectSameNode(const Node& a, const Node& b) {
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.kind, b.kind) << a.id;
  EXPECT_EQ(a.label, b.label) << a.id;
  EXPECT_EQ(a.aliases, b.aliases) << a.id;
  EXPECT_EQ(a.props, b.props) << a.id;
  EXPECT_EQ(a.evidence, b.evidence) << a.id;
}

// One adjacency entry with the far end named: comparable across readers
// whose dense ids differ.
using NamedAdjacent = std::tuple<bool, EdgeKind, std::string>;

std::vector<NamedAdjacent> Named(Reader& reader,
                                 const std::vector<Reader::Adjacent>& list) {
  std::vector<NamedAdjacent> out;
  for (const Reader::Adjacent& a : list) {
    std::optional<graph::NodeId> far = reader.NodeIdOf(a.node);
    EXPECT_TRUE(far.has_value()) << a.node;
    out.emplace_back(!a.forward, a.kind, far.value_or("?"));
  }
  std::sort(out.begin(), out.end());
  return out;
}

// One weighted adjacency entry with the far end named.
using NamedWeight = std::tuple<bool, std::string, std::optional<double>>;

std::vector<NamedWeight> NamedWeights(
    Reader& reader, const std::vector<Reader::Weighted>& list) {
  std::vector<NamedWeight> out;
  for (const Reader::Weighted& w : list) {
    std::optional<graph::NodeId> far = reader.NodeIdOf(w.node);
    EXPECT_TRUE(far.has_value()) << w.node;
    out.emplace_back(!w.forward, far.value_or("?"), w.weight);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Every (index, term, id) under LookupRange of every index.
std::vector<std::tuple<Index, std::string, std::string>> AllTerms(
    Reader& reader) {
  std::vector<std::tuple<Index, std::string, std::string>> out;
  for (Index index : {Index::kKind, Index::kTopic, Index::kDate, Index::kNumber,
                      Index::kWord, Index::kPositions, Index::kUndated}) {
    reader.LookupRange(index, "", "",
                       [&](std::string_view term, const graph::NodeId& id) {
                         out.emplace_back(index, std::string(term), id);
                         return true;
                       });
  }
  return out;
}

// The key proof: every read-layout call of `store`'s reader answers as
// Reader's defaults do from the merged facts.
void ExpectMatchesDefaults(Store& store) {
  std::unique_ptr<Reader> real = store.NewReader();
  std::unique_ptr<Reader> facts = store.NewReader();
  DefaultsReader reference(*facts);

  std::set<std::string> ids;
  real->ForEachNode([&](const Node& node) {
    ids.insert(node.id);
    size_t real_count = 99, reference_count = 98;
    std::optional<Node> head = real->GetNodeHead(node.id, &real_count);
    std::optional<Node> expected =
        reference.GetNodeHead(node.id, &reference_count);
    EXPECT_TRUE(head.has_value()) << node.id;
    if (head && expected) ExpectSameNode(*head, *expected);
    EXPECT_EQ(real_count, reference_count) << node.id;
    // Its first pieces of evidence, from as few owners as they need.
    for (size_t limit : {size_t{0}, size_t{1}, size_t{2}, size_t{5}, SIZE_MAX})
      EXPECT_EQ(real->FirstEvidence(node.id, limit),
                reference.FirstEvidence(node.id, limit))
          << node.id << " " << limit;
    return true;
  });
  real->ForEachEdge([&](const Edge& edge) {
    ids.insert(edge.source);
    ids.insert(edge.target);
    std::optional<Edge> head =
        real->GetEdge(edge.source, edge.kind, edge.target);
    EXPECT_TRUE(head.has_value()) << edge.source << " -> " << edge.target;
    if (head) {
      EXPECT_EQ(head->props, edge.props);
      EXPECT_TRUE(head->evidence.empty());
    }
    std::optional<Edge> full =
        real->GetEdge(edge.source, edge.kind, edge.target, true);
    EXPECT_TRUE(full && full->evidence == edge.evidence &&
                full->props == edge.props);
    return true;
  });

  std::set<uint32_t> dense_ids;
  for (const std::string& id : ids) {
    std::optional<uint32_t> dense = real->DenseId(id);
    ASSERT_TRUE(dense.has_value()) << id;
    EXPECT_TRUE(dense_ids.insert(*dense).second) << id;
    EXPECT_EQ(real->NodeIdOf(*dense), id);

    std::optional<uint32_t> reference_dense = reference.DenseId(id);
    ASSERT_TRUE(reference_dense.has_value()) << id;
    for (Direction direction :
         {Direction::kBoth, Direction::kOut, Direction::kIn}) {
      for (const std::vector<EdgeKind>& kinds :
           std::vector<std::vector<EdgeKind>>{
               {}, {EdgeKind::kMentions, EdgeKind::kAuthored}}) {
        std::vector<Reader::Adjacent> got, want;
        real->Adjacency(*dense, direction, kinds, got);
        reference.Adjacency(*reference_dense, direction, kinds, want);
        EXPECT_EQ(Named(*real, got), Named(reference, want)) << id;
        // Out-edges first, then by kind, then by the far end's dense id.
        EXPECT_TRUE(
            std::is_sorted(got.begin(), got.end(),
                           [](const auto& a, const auto& b) {
                             return std::tuple(!a.forward, a.kind, a.node) <
                                    std::tuple(!b.forward, b.kind, b.node);
                           }))
            << id;
      }
    }
    // With weights: those of the merged edges, out-edges first.
    for (EdgeKind kind : {EdgeKind::kVariantOf, EdgeKind::kMentions}) {
      std::vector<Reader::Weighted> got, want;
      real->WeightedAdjacency(*dense, kind, got);
      reference.WeightedAdjacency(*reference_dense, kind, want);
      EXPECT_EQ(NamedWeights(*real, got), NamedWeights(reference, want)) << id;
      EXPECT_TRUE(std::is_sorted(got.begin(), got.end(),
                                 [](const auto& a, const auto& b) {
                                   return std::pair(!a.forward, a.node) <
                                          std::pair(!b.forward, b.node);
                                 }))
          << id;
    }
    // Counted without listing.
    for (Direction direction :
         {Direction::kBoth, Direction::kOut, Direction::kIn}) {
      std::vector<Reader::Adjacent> want;
      reference.Adjacency(*reference_dense, direction, {}, want);
      EXPECT_EQ(real->AdjacencyCount(*dense, direction), want.size()) << id;
    }
    std::vector<Reader::Adjacent> first;
    real->Adjacency(*dense, Direction::kBoth, {}, first, 1);
    EXPECT_LE(first.size(), 1u);

    // Edge ends from the keys alone: the edges OutEdges / InEdges give, in
    // their order; and no more than the callback takes.
    for (Direction direction :
         {Direction::kOut, Direction::kIn, Direction::kBoth}) {
      using End = std::pair<EdgeKind, std::string>;
      std::vector<End> got, want, two;
      real->ForEachEdgeEnd(id, direction,
                           [&](EdgeKind kind, const graph::NodeId& far) {
                             got.emplace_back(kind, far);
                             return true;
                           });
      reference.ForEachEdgeEnd(id, direction,
                               [&](EdgeKind kind, const graph::NodeId& far) {
                                 want.emplace_back(kind, far);
                                 return true;
                               });
      EXPECT_EQ(got, want) << id;
      real->ForEachEdgeEnd(id, direction,
                           [&](EdgeKind kind, const graph::NodeId& far) {
                             two.emplace_back(kind, far);
                             return two.size() < 2;
                           });
      want.resize(std::min<size_t>(want.size(), 2));
      EXPECT_EQ(two, want) << id;
    }
  }

  // Every node once, in id order, with its dense id (and the ids of nodes
  // since removed, which keep theirs); from any id on.
  std::vector<std::string> in_order, stored;
  real->ForEachDenseId("", [&](const graph::NodeId& id, uint32_t dense) {
    EXPECT_EQ(real->DenseId(id), dense) << id;
    in_order.push_back(id);
    if (ids.count(id)) stored.push_back(id);
    return true;
  });
  EXPECT_TRUE(std::is_sorted(in_order.begin(), in_order.end()));
  EXPECT_EQ(stored, std::vector<std::string>(ids.begin(), ids.end()));
  if (in_order.size() > 2) {
    const std::string& from = in_order[in_order.size() / 2];
    std::vector<std::string> rest;
    real->ForEachDenseId(from, [&](const graph::NodeId& id, uint32_t) {
      rest.push_back(id);
      return rest.size() < 2;
    });
    EXPECT_EQ(rest, std::vector<std::string>(
                        in_order.begin() + in_order.size() / 2,
                        in_order.begin() + in_order.size() / 2 + 2));
  }

  // The nodes of some kinds, as the whole pass gives them; and no more
  // than the callback takes.
  for (const std::vector<NodeKind>& kinds : std::vector<std::vector<NodeKind>>{
           {NodeKind::kDocument, NodeKind::kClause}, {NodeKind::kPerson}, {}}) {
    std::vector<Node> got, want;
    real->ForEachNodeOf(kinds, [&](const Node& n) {
      got.push_back(n);
      return true;
    });
    reference.ForEachNodeOf(kinds, [&](const Node& n) {
      want.push_back(n);
      return true;
    });
    ASSERT_EQ(got.size(), want.size());
    for (size_t i = 0; i < got.size(); ++i) ExpectSameNode(got[i], want[i]);
    size_t taken = 0;
    real->ForEachNodeOf(kinds, [&](const Node&) { return ++taken < 2; });
    EXPECT_EQ(taken, std::min<size_t>(want.size(), 2));
  }
  // Every edge's ends and kind, from the keys alone.
  using EdgeEnds = std::tuple<std::string, EdgeKind, std::string>;
  std::vector<EdgeEnds> got_ends, want_ends;
  real->ForEachEdgeKey([&](const graph::NodeId& source, EdgeKind kind,
                           const graph::NodeId& target) {
    got_ends.emplace_back(source, kind, target);
    return true;
  });
  reference.ForEachEdgeKey([&](const graph::NodeId& source, EdgeKind kind,
                               const graph::NodeId& target) {
    want_ends.emplace_back(source, kind, target);
    return true;
  });
  EXPECT_EQ(got_ends, want_ends);

  auto terms = AllTerms(*real);
  EXPECT_EQ(terms, AllTerms(reference));
  for (const auto& [index, term, id] : terms) {
    EXPECT_EQ(real->Lookup(index, term), reference.Lookup(index, term));
    EXPECT_EQ(real->Count(index, term), reference.Count(index, term));
  }
  EXPECT_TRUE(real->status().ok()) << real->status().message();
}

TEST(ReadLayoutTest, HeadsEqualTheMergedNodeWithoutEvidence) {
  TestDir dir;
  auto store = OpenOrDie(dir.db());
  Fragment a = MakePage("doc:a", "a");
  a.AddNode(MakeNode("person:x", NodeKind::kPerson, "X", {"Ex", "Iks"},
                     Quote("doc:a", 0, "a")));
  Fragment b = MakePage("doc:b", "b");
  Node x = MakeNode("person:x", NodeKind::kPerson, "", {"Iks", "Xavier"},
                    Quote("doc:b", 0, "b"));
  x.props["born"] = "1900";
  b.AddNode(x);
  ASSERT_TRUE(store->ApplyPage(b).ok());
  ASSERT_TRUE(store->ApplyPage(a).ok());

  auto reader = store->NewReader();
  size_t evidence = 0;
  std::optional<Node> head = reader->GetNodeHead("person:x", &evidence);
  ASSERT_TRUE(head.has_value());
  ExpectSameNode(*head, WithoutEvidence(*reader->GetNode("person:x")));
  EXPECT_EQ(head->label, "X");  // doc:a sorts first, whatever came first
  EXPECT_EQ(head->aliases, (std::vector<std::string>{"Ex", "Iks", "Xavier"}));
  EXPECT_EQ(evidence, 2u);
  EXPECT_FALSE(reader->GetNodeHead("person:nobody").has_value());
  ExpectMatchesDefaults(*store);

  // A new version of doc:a drops the label; ReplaceOwned with nothing
  // removes nothing it does not own.
  Fragment a2 = MakePage("doc:a", "a2");
  a2.AddNode(MakeNode("person:x", NodeKind::kPerson, "", {"Ixy"},
                      Quote("doc:a", 0, "a2")));
  ASSERT_TRUE(store->ApplyPage(a2).ok());
  ASSERT_TRUE(store->ReplaceOwned("links:doc:a", Fragment()).ok());
  reader = store->NewReader();
  head = reader->GetNodeHead("person:x");
  ASSERT_TRUE(head.has_value());
  EXPECT_EQ(head->label, "");
  EXPECT_EQ(head->aliases, (std::vector<std::string>{"Ixy", "Iks", "Xavier"}));
  ExpectMatchesDefaults(*store);

  // Removing both owners removes the head.
  ASSERT_TRUE(store->ApplyPage(MakePage("doc:a", "empty a")).ok());
  ASSERT_TRUE(store->ApplyPage(MakePage("doc:b", "empty b")).ok());
  EXPECT_FALSE(store->NewReader()->GetNodeHead("person:x").has_value());
  ExpectMatchesDefaults(*store);
}

TEST(ReadLayoutTest, AHubHeadFoldsOwnersInAndIsExactAgainAfterARemoval) {
  TestDir dir;
  auto store = OpenOrDie(dir.db());
  // 70 owners, added in owner order: folding in is then exact.
  for (int i = 0; i < 70; ++i) {
    char page_id[16];
    std::snprintf(page_id, sizeof page_id, "doc:p%03d", i);
    Fragment page = MakePage(page_id, std::string("text ") + page_id);
    Node hub =
        MakeNode("person:hub", NodeKind::kPerson, i == 3 ? "Hub" : "",
                 {"alias " + std::to_string(i % 7)}, Quote(page_id, 0, "text"));
    hub.props["n"].Append(Value(int64_t{i % 5}));
    page.AddNode(hub);
    page.AddEdge(MakeEdge(page_id, EdgeKind::kMentions, "person:hub",
                          Quote(page_id, 0, "text")));
    ASSERT_TRUE(store->ApplyPage(page).ok());
  }
  ExpectMatchesDefaults(*store);
  auto reader = store->NewReader();
  size_t evidence = 0;
  ASSERT_TRUE(reader->GetNodeHead("person:hub", &evidence).has_value());
  EXPECT_EQ(evidence, 70u);
  std::vector<Reader::Adjacent> in;
  reader->Adjacency(*reader->DenseId("person:hub"), Direction::kIn, {}, in);
  EXPECT_EQ(in.size(), 70u);

  // A removed owner: merged again from every contribution.
  Fragment p3 = MakePage("doc:p003", "no hub any more");
  ASSERT_TRUE(store->ApplyPage(p3).ok());
  ExpectMatchesDefaults(*store);
  reader = store->NewReader();
  EXPECT_EQ(reader->GetNodeHead("person:hub")->label, "");
}

TEST(ReadLayoutTest, AdjacencyAppearsAndGoesWithTheLastOwnerOfAnEdge) {
  TestDir dir;
  auto store = OpenOrDie(dir.db());
  Fragment page = MakePage("doc:a", "a");
  page.AddEdge(MakeEdge("doc:a", EdgeKind::kMentions, "person:x",
                        Quote("doc:a", 0, "a")));
  Fragment links;
  links.AddEdge(MakeEdge("doc:a", EdgeKind::kMentions, "person:x",
                         Quote("doc:a", 0, "a")));
  links.AddEdge(MakeEdge("doc:a", EdgeKind::kRespondsTo, "doc:b",
                         Quote("doc:a", 0, "a")));
  ASSERT_TRUE(store->ApplyPage(page).ok());
  ASSERT_TRUE(store->ReplaceOwned("links:doc:a", links).ok());

  auto reader = store->NewReader();
  uint32_t a = *reader->DenseId("doc:a");
  uint32_t x = *reader->DenseId("person:x");
  uint32_t b = *reader->DenseId("doc:b");
  std::vector<Reader::Adjacent> out;
  reader->Adjacency(a, Direction::kBoth, {}, out);
  EXPECT_EQ(out,
            (std::vector<Reader::Adjacent>{{x, EdgeKind::kMentions, true},
                                           {b, EdgeKind::kRespondsTo, true}}));
  out.clear();
  reader->Adjacency(x, Direction::kBoth, {}, out);
  EXPECT_EQ(out,
            (std::vector<Reader::Adjacent>{{a, EdgeKind::kMentions, false}}));
  std::optional<Edge> edge =
      reader->GetEdge("doc:a", EdgeKind::kMentions, "person:x");
  ASSERT_TRUE(edge.has_value());

  // One owner of the MENTIONS edge goes: the edge stays.
  ASSERT_TRUE(store->ApplyPage(MakePage("doc:a", "a without x")).ok());
  reader = store->NewReader();
  out.clear();
  reader->Adjacency(x, Direction::kIn, {}, out);
  EXPECT_EQ(out.size(), 1u);
  // The last one goes: so does the adjacency, both ways, and the edge head.
  ASSERT_TRUE(store->ReplaceOwned("links:doc:a", Fragment()).ok());
  reader = store->NewReader();
  out.clear();
  reader->Adjacency(x, Direction::kBoth, {}, out);
  reader->Adjacency(a, Direction::kBoth, {}, out);
  reader->Adjacency(b, Direction::kBoth, {}, out);
  EXPECT_TRUE(out.empty());
  EXPECT_FALSE(
      reader->GetEdge("doc:a", EdgeKind::kMentions, "person:x").has_value());
  // Dense ids are never taken back.
  EXPECT_EQ(reader->DenseId("person:x"), x);
  ExpectMatchesDefaults(*store);
}

// A VARIANT_OF edge's similarity is kept by both ends while the edge is
// there, changes with the edge and goes with its last owner.
TEST(ReadLayoutTest, WeightsFollowTheirEdge) {
  TestDir dir;
  auto store = OpenOrDie(dir.db());
  auto links = [](std::optional<double> similarity) {
    Fragment f;
    Edge e = MakeEdge("doc:b/c-1", EdgeKind::kVariantOf, "doc:a/c-1",
                      Quote("doc:b", 0, "b"));
    if (similarity) e.props["similarity"] = Value(*similarity);
    f.AddEdge(std::move(e));
    return f;
  };
  ASSERT_TRUE(store->ReplaceOwned("links:doc:b", links(0.75)).ok());
  auto weights = [&](const std::string& id) {
    auto reader = store->NewReader();
    std::vector<Reader::Weighted> out;
    if (std::optional<uint32_t> dense = reader->DenseId(id))
      reader->WeightedAdjacency(*dense, EdgeKind::kVariantOf, out);
    return NamedWeights(*reader, out);
  };
  EXPECT_EQ(weights("doc:b/c-1"),
            (std::vector<NamedWeight>{{false, "doc:a/c-1", 0.75}}));
  EXPECT_EQ(weights("doc:a/c-1"),
            (std::vector<NamedWeight>{{true, "doc:b/c-1", 0.75}}));
  // Relinked with another similarity, then with none.
  ASSERT_TRUE(store->ReplaceOwned("links:doc:b", links(0.5)).ok());
  EXPECT_EQ(weights("doc:a/c-1"),
            (std::vector<NamedWeight>{{true, "doc:b/c-1", 0.5}}));
  ASSERT_TRUE(store->ReplaceOwned("links:doc:b", links(std::nullopt)).ok());
  EXPECT_EQ(weights("doc:b/c-1"),
            (std::vector<NamedWeight>{{false, "doc:a/c-1", std::nullopt}}));
  ExpectMatchesDefaults(*store);
  // Gone with the edge, both ways.
  ASSERT_TRUE(store->ReplaceOwned("links:doc:b", Fragment()).ok());
  EXPECT_TRUE(weights("doc:b/c-1").empty());
  EXPECT_TRUE(weights("doc:a/c-1").empty());
  for (const std::string& line : detail::DumpForTesting(*store))
    EXPECT_NE(line.rfind("weights\t", 0), 0u) << line;
}

TEST(ReadLayoutTest, DenseIdsAreStableAndABatchGivesANewNodeOneId) {
  TestDir dir;
  uint32_t shared = 0;
  {
    auto store = OpenOrDie(dir.db());
    Fragment a = MakePage("doc:a", "a");
    a.AddNode(MakeNode("person:new", NodeKind::kPerson, "New", {},
                       Quote("doc:a", 0, "a")));
    a.AddEdge(MakeEdge("doc:a", EdgeKind::kMentions, "person:new",
                       Quote("doc:a", 0, "a")));
    Fragment b = MakePage("doc:b", "b");
    b.AddEdge(MakeEdge("doc:b", EdgeKind::kMentions, "person:new",
                       Quote("doc:b", 0, "b")));
    ASSERT_TRUE(store->ApplyBatch({&a, &b}, {}).ok());
    auto reader = store->NewReader();
    shared = *reader->DenseId("person:new");
    std::set<uint32_t> all = {*reader->DenseId("doc:a"),
                              *reader->DenseId("doc:b"), shared};
    EXPECT_EQ(all.size(), 3u);
    std::vector<Reader::Adjacent> in;
    reader->Adjacency(shared, Direction::kIn, {}, in);
    EXPECT_EQ(in.size(), 2u);
    ExpectMatchesDefaults(*store);
    // A replacement keeps every id.
    ASSERT_TRUE(store->ApplyPage(MakePage("doc:a", "a, nobody named")).ok());
  }
  auto store = OpenOrDie(dir.db());
  auto reader = store->NewReader();
  EXPECT_EQ(reader->DenseId("person:new"), shared);
  EXPECT_EQ(reader->NodeIdOf(shared), "person:new");
  EXPECT_FALSE(reader->NodeIdOf(1000).has_value());
  // A node first named after the reopen gets an id nobody had.
  Fragment c = MakePage("doc:c", "c");
  c.AddNode(MakeNode("person:newer", NodeKind::kPerson, "Newer", {},
                     Quote("doc:c", 0, "c")));
  ASSERT_TRUE(store->ApplyPage(c).ok());
  reader = store->NewReader();
  std::set<uint32_t> all;
  for (const char* id : {"doc:a", "doc:b", "person:new", "person:newer"}) {
    std::optional<uint32_t> dense = reader->DenseId(id);
    ASSERT_TRUE(dense.has_value()) << id;
    all.insert(*dense);
  }
  EXPECT_EQ(all.size(), 4u);
  ExpectMatchesDefaults(*store);
}

TEST(ReadLayoutTest, IndexTermsFollowAReplacedPage) {
  TestDir dir;
  auto store = OpenOrDie(dir.db());
  auto page = [](const std::string& date, std::vector<std::string> topics) {
    Fragment p = MakePage("doc:t", "telegram of " + date);
    Node doc = MakeNode("doc:t", NodeKind::kDocument, "T", {},
                        Quote("doc:t", 0, "telegram"));
    doc.props["date"] = date;
    doc.props["number"] = Value(Value::Array{"12", "12a"});
    p.AddNode(doc);
    Node clause = MakeNode("doc:t/clause-1", NodeKind::kClause, "", {},
                           Quote("doc:t", 0, "telegram"));
    Value::Array list(topics.begin(), topics.end());
    clause.props["topics"] = Value(list);
    p.AddNode(clause);
    return p;
  };
  ASSERT_TRUE(
      store->ApplyPage(page("1951-07-03", {"truce", "prisoners"})).ok());
  auto reader = store->NewReader();
  EXPECT_EQ(reader->Lookup(Index::kDate, "1951-07-03"),
            (std::vector<graph::NodeId>{"doc:t"}));
  EXPECT_EQ(reader->Lookup(Index::kNumber, "12a"),
            (std::vector<graph::NodeId>{"doc:t"}));
  EXPECT_EQ(reader->Count(Index::kTopic, "prisoners"), 1u);
  EXPECT_EQ(reader->Lookup(Index::kKind, "Clause"),
            (std::vector<graph::NodeId>{"doc:t/clause-1"}));

  ASSERT_TRUE(store->ApplyPage(page("1952-01-01", {"truce"})).ok());
  reader = store->NewReader();
  EXPECT_TRUE(reader->Lookup(Index::kDate, "1951-07-03").empty());
  EXPECT_EQ(reader->Lookup(Index::kDate, "1952-01-01"),
            (std::vector<graph::NodeId>{"doc:t"}));
  EXPECT_EQ(reader->Count(Index::kTopic, "prisoners"), 0u);
  EXPECT_EQ(reader->Count(Index::kTopic, "truce"), 1u);
  std::vector<std::string> dates;
  reader->LookupRange(Index::kDate, "1952", "1952-12-31",
                      [&](std::string_view term, const graph::NodeId& id) {
                        dates.push_back(std::string(term) + " " + id);
                        return true;
                      });
  EXPECT_EQ(dates, (std::vector<std::string>{"1952-01-01 doc:t"}));
  ExpectMatchesDefaults(*store);
}

// Random pages and link owners over a few shared nodes, applied, replaced
// and removed in random order; after each step every read-layout call must
// answer as the defaults do.
class RandomGraph {
 public:
  explicit RandomGraph(uint32_t seed) : random_(seed) {}

  Fragment Page(const std::string& page_id) {
    Fragment page =
        MakePage(page_id, page_id + " v" + std::to_string(++version_));
    AddFacts(page, page_id);
    return page;
  }

  Fragment Links(const std::string& owner) {
    Fragment links;
    AddFacts(links, owner);
    return links;
  }

 private:
  int Pick(int n) {
    return std::uniform_int_distribution<int>(0, n - 1)(random_);
  }

  std::string NodeId(int i) {
    static const char* ids[] = {
        "person:a", "person:b",  "person:c",  "doc:x", "doc:y",
        "doc:z",    "doc:x/c-1", "doc:y/c-1", "org:u", "place:v"};
    return ids[i];
  }

  Node RandomNode(const std::string& doc) {
    int i = Pick(10);
    Node node;
    node.id = NodeId(i);
    node.kind = i < 3    ? NodeKind::kPerson
                : i < 6  ? NodeKind::kDocument
                : i < 8  ? NodeKind::kClause
                : i == 8 ? NodeKind::kOrganization
                         : NodeKind::kPlace;
    if (Pick(10) == 0) node.kind = NodeKind::kPlace;  // a conflicting kind
    if (Pick(2) == 0) node.label = "Label " + std::to_string(Pick(3));
    for (int n = Pick(3); n > 0; --n) {
      node.aliases.push_back("alias " + std::to_string(Pick(5)));
    }
    if (Pick(2) == 0) node.props["date"] = "195" + std::to_string(Pick(3));
    if (Pick(2) == 0)
      node.props["number"].Append(Value(std::to_string(Pick(4))));
    if (Pick(2) == 0) {
      node.props["topics"].Append(Value("topic " + std::to_string(Pick(4))));
    }
    if (Pick(2) == 0) {
      static const char* const kTexts[] = {
          "Countries exchange all prisoners of war",
          "Военнопленные возвращаются в течение 60 дней", "Troops withdraw"};
      node.props["text"][Pick(2) == 0 ? "en" : "ru"] = kTexts[Pick(3)];
    }
    if (Pick(3) == 0)
      node.props["nested"]["k" + std::to_string(Pick(2))] =
          Value(int64_t{Pick(3)});
    for (int n = Pick(3); n > 0; --n) {
      node.evidence.push_back(Quote(doc, static_cast<uint32_t>(Pick(4)), "q"));
    }
    return node;
  }

  void AddFacts(Fragment& fragment, const std::string& doc) {
    for (int n = Pick(4); n > 0; --n) fragment.AddNode(RandomNode(doc));
    for (int n = Pick(5); n > 0; --n) {
      Edge edge;
      edge.source = NodeId(Pick(10));
      edge.target = NodeId(Pick(10));
      edge.kind = static_cast<EdgeKind>(Pick(4) * 3);
      if (Pick(3) == 0) edge.props["count"] = Value(int64_t{Pick(3)});
      // A weighted kind: its similarity a fraction, a whole number, text
      // (no weight) or absent.
      if (Pick(3) == 0) {
        edge.kind = EdgeKind::kVariantOf;
        switch (Pick(4)) {
          case 0:
            edge.props["similarity"] = Value(0.25 * Pick(5));
            break;
          case 1:
            edge.props["similarity"] = Value(int64_t{1});
            break;
          case 2:
            edge.props["similarity"] = Value("high");
            break;
          default:
            break;
        }
      }
      if (Pick(2) == 0) edge.evidence.push_back(Quote(doc, Pick(3), "e"));
      fragment.AddEdge(std::move(edge));
    }
  }

  std::mt19937 random_;
  int version_ = 0;
};

TEST(ReadLayoutTest, RandomAppliesAndReplacementsMatchTheDefaults) {
  for (uint32_t seed : {1u, 2u, 3u}) {
    SCOPED_TRACE("seed " + std::to_string(seed));
    TestDir dir;
    auto store = OpenOrDie(dir.db());
    RandomGraph graph(seed);
    std::mt19937 random(seed * 7919);
    auto pick = [&](int n) {
      return std::uniform_int_distribution<int>(0, n - 1)(random);
    };
    const std::vector<std::string> pages = {"doc:p1", "doc:p2", "doc:p3",
                                            "doc:p4", "doc:p5"};
    for (int step = 0; step < 40; ++step) {
      switch (pick(4)) {
        case 0:
        case 1: {
          Fragment page = graph.Page(pages[pick(5)]);
          ASSERT_TRUE(store->ApplyPage(page).ok());
          break;
        }
        case 2: {
          Fragment links = pick(4) == 0 ? Fragment() : graph.Links("links:x");
          ASSERT_TRUE(
              store->ReplaceOwned("links:" + pages[pick(5)], links).ok());
          break;
        }
        case 3: {
          Fragment a = graph.Page(pages[pick(5)]);
          Fragment b = graph.Page(pages[pick(5)]);
          Fragment links = graph.Links("links:y");
          ASSERT_TRUE(
              store->ApplyBatch({&a, &b}, {{"links:" + a.page_id, &links}})
                  .ok());
          break;
        }
      }
      ExpectMatchesDefaults(*store);
      if (::testing::Test::HasFailure()) return;
    }
  }
}

TEST(ReadLayoutTest, ASchema1DatabaseIsReadByDefaultsAndMigratedOnWrite) {
  TestDir dir;
  RandomGraph graph(11);
  {
    auto store = OpenOrDie(dir.db());
    for (const char* id : {"doc:p1", "doc:p2", "doc:p3", "doc:p4"}) {
      Fragment page = graph.Page(id);
      ASSERT_TRUE(store->ApplyPage(page).ok());
    }
    Fragment links = graph.Links("links:doc:p1");
    ASSERT_TRUE(store->ReplaceOwned("links:doc:p1", links).ok());
    ASSERT_TRUE(detail::DowngradeToSchema1ForTesting(*store).ok());
  }
  std::vector<std::tuple<Index, std::string, std::string>> terms;
  {
    OpenOptions read_only;
    read_only.read_only = true;
    auto store = OpenOrDie(dir.db(), read_only);
    ASSERT_NE(store, nullptr);
    auto reader = store->NewReader();
    terms = AllTerms(*reader);
    EXPECT_FALSE(terms.empty());
    ASSERT_FALSE(terms.empty());
    EXPECT_TRUE(reader->DenseId(std::get<2>(terms.front())).has_value());
  }
  auto store = OpenOrDie(dir.db());
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(AllTerms(*store->NewReader()), terms);
  ExpectMatchesDefaults(*store);
  Fragment page = graph.Page("doc:p2");
  ASSERT_TRUE(store->ApplyPage(page).ok());
  ExpectMatchesDefaults(*store);
  EXPECT_TRUE(store->Compact().ok());
  ExpectMatchesDefaults(*store);
}

// A schema-2 database (no index of clause words) opened read-only finds
// clause words by a pass over the clauses; opened read-write, it gains the
// index, with the same answers.
TEST(ReadLayoutTest, ASchema2DatabaseGainsTheWordIndexOnWrite) {
  TestDir dir;
  RandomGraph graph(13);
  std::vector<std::tuple<Index, std::string, std::string>> before;
  {
    auto store = OpenOrDie(dir.db());
    for (const char* id : {"doc:p1", "doc:p2", "doc:p3", "doc:p4"}) {
      ASSERT_TRUE(store->ApplyPage(graph.Page(id)).ok());
    }
    Fragment page = graph.Page("doc:p5");
    Node clause;
    clause.id = "doc:p5/clause-1";
    clause.kind = NodeKind::kClause;
    clause.props["text"]["en"] = "All countries exchange their prisoners";
    clause.evidence.push_back(Quote("doc:p5", 0, "q"));
    page.AddNode(std::move(clause));
    ASSERT_TRUE(store->ApplyPage(page).ok());
    before = AllTerms(*store->NewReader());
    ASSERT_TRUE(detail::DowngradeToSchema2ForTesting(*store).ok());
  }
  auto words =
      [](const std::vector<std::tuple<Index, std::string, std::string>>&
             terms) {
        return std::count_if(terms.begin(), terms.end(), [](const auto& t) {
          return std::get<0>(t) == Index::kWord;
        });
      };
  ASSERT_GT(words(before), 0);
  {
    OpenOptions read_only;
    read_only.read_only = true;
    auto store = OpenOrDie(dir.db(), read_only);
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(AllTerms(*store->NewReader()), before);
  }
  auto store = OpenOrDie(dir.db());
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(AllTerms(*store->NewReader()), before);
  ExpectMatchesDefaults(*store);
}

// A schema-4 database (no indexes of the documents taking positions and of
// the undated ones) opened read-only answers the first from its dates and
// heads, the second by a pass over the graph; opened read-write, it gains
// both, with the same answers, kept as pages change.
TEST(ReadLayoutTest, ASchema4DatabaseGainsThePositionsIndexOnWrite) {
  TestDir dir;
  RandomGraph graph(19);
  auto reply = [](const std::string& page_id, const std::string& date,
                  bool takes_positions) {
    Fragment page = MakePage(
        page_id, "a reply of " + date + (takes_positions ? ": yes" : ""));
    Node doc = MakeNode("doc:" + page_id, NodeKind::kDocument, page_id, {},
                        Quote("doc:" + page_id, 0, "a"));
    doc.props["date"] = date;
    if (takes_positions) doc.props["stances"] = Value::MakeArray();
    page.AddNode(std::move(doc));
    return page;
  };
  std::vector<std::tuple<Index, std::string, std::string>> before;
  {
    auto store = OpenOrDie(dir.db());
    for (const char* id : {"doc:p1", "doc:p2", "doc:p3"}) {
      ASSERT_TRUE(store->ApplyPage(graph.Page(id)).ok());
    }
    ASSERT_TRUE(store->ApplyPage(reply("r1", "1951-07-10", true)).ok());
    ASSERT_TRUE(store->ApplyPage(reply("r2", "1951-07-10", false)).ok());
    ASSERT_TRUE(store->ApplyPage(reply("r3", "1951-07-12", true)).ok());
    // Undated: no date, and a list of two.
    Fragment undated = MakePage("u", "undated");
    undated.AddNode(MakeNode("doc:u1", NodeKind::kDocument, "u1", {},
                             Quote("doc:u1", 0, "u")));
    Node listed = MakeNode("doc:u2", NodeKind::kDocument, "u2", {},
                           Quote("doc:u2", 1, "n"));
    listed.props["date"].Append("1951-07-01");
    listed.props["date"].Append("1951-07-02");
    undated.AddNode(std::move(listed));
    ASSERT_TRUE(store->ApplyPage(undated).ok());
    before = AllTerms(*store->NewReader());
    ASSERT_TRUE(detail::DowngradeToSchema4ForTesting(*store).ok());
  }
  using Term = std::tuple<Index, std::string, std::string>;
  std::vector<Term> added;
  for (const Term& t : before) {
    if (std::get<0>(t) == Index::kPositions ||
        std::get<0>(t) == Index::kUndated)
      added.push_back(t);
  }
  EXPECT_EQ(added,
            (std::vector<Term>{{Index::kPositions, "1951-07-10", "doc:r1"},
                               {Index::kPositions, "1951-07-12", "doc:r3"},
                               {Index::kUndated, "", "doc:u1"},
                               {Index::kUndated, "", "doc:u2"}}));
  {
    OpenOptions read_only;
    read_only.read_only = true;
    auto store = OpenOrDie(dir.db(), read_only);
    ASSERT_NE(store, nullptr);
    std::unique_ptr<Reader> reader = store->NewReader();
    EXPECT_EQ(AllTerms(*reader), before);
    EXPECT_EQ(reader->Lookup(Index::kPositions, "1951-07-10"),
              std::vector<graph::NodeId>{"doc:r1"});
    EXPECT_EQ(reader->Count(Index::kPositions, "1951-07-12"), 1u);
    // No document takes positions with a date of no characters.
    EXPECT_TRUE(reader->Lookup(Index::kPositions, "").empty());
    EXPECT_EQ(reader->Count(Index::kPositions, ""), 0u);
    EXPECT_TRUE(reader->Indexes(Index::kPositions));
    EXPECT_FALSE(reader->Indexes(Index::kUndated));
  }
  auto store = OpenOrDie(dir.db());
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(AllTerms(*store->NewReader()), before);
  EXPECT_TRUE(store->NewReader()->Indexes(Index::kUndated));
  ExpectMatchesDefaults(*store);
  // A reply that takes positions no more leaves the index; one that now
  // takes some enters it.
  ASSERT_TRUE(store->ApplyPage(reply("r1", "1951-07-10", false)).ok());
  ASSERT_TRUE(store->ApplyPage(reply("r2", "1951-07-11", true)).ok());
  std::vector<graph::NodeId> taking;
  store->NewReader()->LookupRange(
      Index::kPositions, "", "",
      [&](std::string_view, const graph::NodeId& id) {
        taking.push_back(id);
        return true;
      });
  EXPECT_EQ(taking, (std::vector<graph::NodeId>{"doc:r2", "doc:r3"}));
  ExpectMatchesDefaults(*store);
}

// A schema-5 database (no weights) opened read-only reads the weights from
// the edges; opened read-write, it gains them, with the same answers.
TEST(ReadLayoutTest, ASchema5DatabaseGainsTheWeightsOnWrite) {
  TestDir dir;
  RandomGraph graph(23);
  {
    auto store = OpenOrDie(dir.db());
    for (const char* id : {"doc:p1", "doc:p2", "doc:p3", "doc:p4"})
      ASSERT_TRUE(store->ApplyPage(graph.Page(id)).ok());
    Fragment links = graph.Links("links:x");
    Edge variant = MakeEdge("doc:x/c-1", EdgeKind::kVariantOf, "doc:y/c-1",
                            Quote("doc:p1", 0, "d"));
    variant.props["similarity"] = Value(0.5);
    links.AddEdge(std::move(variant));
    ASSERT_TRUE(store->ReplaceOwned("links:x", links).ok());
    ASSERT_TRUE(detail::DowngradeToSchema5ForTesting(*store).ok());
  }
  auto count_weights = [](Store& store) {
    size_t n = 0;
    for (const std::string& line : detail::DumpForTesting(store))
      n += line.rfind("weights\t", 0) == 0;
    return n;
  };
  {
    OpenOptions read_only;
    read_only.read_only = true;
    auto store = OpenOrDie(dir.db(), read_only);
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(count_weights(*store), 0u);
    ExpectMatchesDefaults(*store);
  }
  auto store = OpenOrDie(dir.db());
  ASSERT_NE(store, nullptr);
  size_t variants = 0;
  store->NewReader()->ForEachEdgeKey(
      [&](const graph::NodeId&, EdgeKind kind, const graph::NodeId&) {
        variants += kind == EdgeKind::kVariantOf;
        return true;
      });
  EXPECT_GT(variants, 0u);
  EXPECT_EQ(count_weights(*store), 2 * variants);
  ExpectMatchesDefaults(*store);
}

// A schema-3 database (a key per edge end) opened read-only reads its
// adjacency as it is; opened read-write, it is packed into lists, with the
// same answers; and so is one whose migration stopped after packing some.
class Schema3Test : public ::testing::TestWithParam<size_t> {};

TEST_P(Schema3Test, ADatabaseIsPackedIntoListsOnWrite) {
  size_t lists_kept = GetParam();
  TestDir dir;
  RandomGraph graph(17);
  auto adjacency_keys = [](Store& store) {
    std::vector<std::string> keys;
    for (const std::string& line : detail::DumpForTesting(store)) {
      if (line.rfind("adjacency\t", 0) == 0) keys.push_back(line);
    }
    return keys;
  };
  std::vector<std::string> packed;
  {
    auto store = OpenOrDie(dir.db());
    for (const char* id : {"doc:p1", "doc:p2", "doc:p3", "doc:p4"}) {
      ASSERT_TRUE(store->ApplyPage(graph.Page(id)).ok());
    }
    Fragment links = graph.Links("links:doc:p1");
    ASSERT_TRUE(store->ReplaceOwned("links:doc:p1", links).ok());
    packed = adjacency_keys(*store);
    ASSERT_TRUE(detail::DowngradeToSchema3ForTesting(*store, lists_kept).ok());
    ASSERT_NE(adjacency_keys(*store), packed);
  }
  {
    OpenOptions read_only;
    read_only.read_only = true;
    auto store = OpenOrDie(dir.db(), read_only);
    ASSERT_NE(store, nullptr);
    ExpectMatchesDefaults(*store);
  }
  auto store = OpenOrDie(dir.db());
  ASSERT_NE(store, nullptr);
  ExpectMatchesDefaults(*store);
  EXPECT_EQ(adjacency_keys(*store), packed);
  ASSERT_TRUE(store->ApplyPage(graph.Page("doc:p2")).ok());
  ExpectMatchesDefaults(*store);
}

INSTANTIATE_TEST_SUITE_P(ListsAlreadyPacked, Schema3Test,
                         ::testing::Values(0, 1, 5));

}  // namespace
}  // namespace parley::storage
