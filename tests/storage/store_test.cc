#include "storage/store.h"

#include <gtest/gtest.h>
#include <rocksdb/db.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "graph/fragment.h"
#include "graph/model.h"
#include "storage/detail/keys.h"
#include "storage/detail/testing.h"
#include "tests/storage/test_dir.h"

namespace parley::storage {
namespace {

using graph::EdgeKind;
using graph::Evidence;
using graph::Fragment;
using graph::Node;
using graph::NodeKind;
using graph::Value;
using Ids = std::vector<std::string>;

// The suite links GoogleTest without gmock, hence these small matchers.
::testing::AssertionResult Contains(const std::string& text,
                                    const std::string& part) {
  if (text.find(part) != std::string::npos) {
    return ::testing::AssertionSuccess();
  }
  return ::testing::AssertionFailure()
         << "\"" << text << "\" does not contain \"" << part << "\"";
}

template <typename T>
std::vector<T> Sorted(std::vector<T> v) {
  std::sort(v.begin(), v.end());
  return v;
}

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

Evidence Quote(const std::string& doc, uint32_t start, const std::string& quote,
               const std::string& lang = "en") {
  return Evidence{doc, lang, start, start + static_cast<uint32_t>(quote.size()),
                  quote};
}

Node Person(const std::string& id, const std::string& label,
            std::vector<std::string> aliases, Evidence evidence) {
  Node node;
  node.id = id;
  node.kind = NodeKind::kPerson;
  node.label = label;
  node.aliases = std::move(aliases);
  node.evidence = {std::move(evidence)};
  return node;
}

Node Document(const std::string& id, Evidence evidence) {
  Node node;
  node.id = id;
  node.kind = NodeKind::kDocument;
  node.label = id;
  node.evidence = {std::move(evidence)};
  return node;
}

graph::Edge MakeEdge(const std::string& source, EdgeKind kind,
                     const std::string& target, Evidence evidence,
                     Value props = Value::MakeObject()) {
  graph::Edge edge;
  edge.source = source;
  edge.kind = kind;
  edge.target = target;
  edge.props = std::move(props);
  edge.evidence = {std::move(evidence)};
  return edge;
}

std::vector<std::string> Targets(const std::vector<graph::Edge>& edges) {
  std::vector<std::string> out;
  for (const graph::Edge& e : edges) out.push_back(e.target);
  return out;
}

std::vector<std::string> Sources(const std::vector<graph::Edge>& edges) {
  std::vector<std::string> out;
  for (const graph::Edge& e : edges) out.push_back(e.source);
  return out;
}

// The seed telegram, reduced: a document, two people, a clause with nested
// terms, and the edges between them.
Fragment SeedPage() {
  const std::string doc = "doc:telegram-21404-1951-07-03";
  Fragment page = MakePage(doc, "Ciphered Telegram No. 21404 ... КИМ ИР СЕН");
  Node telegram = Document(doc, Quote(doc, 0, "Ciphered Telegram No. 21404"));
  telegram.props["number"] = "21404";
  telegram.props["date"] = "1951-07-03";
  Value source = Value::MakeObject();
  source["citation"] = "APRF, f. 45, op. 1, d. 339, ll. 6-7";
  source["fond"] = "45";
  telegram.props["source"].Append(source);
  telegram.props["languages"] = Value(Value::Array{"ru", "en"});
  page.AddNode(telegram);

  page.AddNode(Person("person:kim-il-sung", "Kim Il Sung",
                      {"KIM IL SUNG", "КИМ ИР СЕН"},
                      Quote(doc, 32, "КИМ ИР СЕН", "ru")));
  page.AddNode(Person("person:mao-zedong", "Mao Zedong", {"MAO ZEDONG"},
                      Quote(doc, 50, "MAO ZEDONG")));

  Node clause;
  clause.id = doc + "/clause-2";
  clause.kind = NodeKind::kClause;
  clause.props["ordinal"] = "2";
  clause.props["text"]["ru"] = "отвести войска на 10 км от 38 параллели";
  clause.props["topics"] = Value(Value::Array{"withdrawal", "buffer_zone"});
  Value distance = Value::MakeObject();
  distance["min"] = int64_t{10};
  distance["max"] = 10.5;
  distance["unit"] = "km";
  distance["from"] = "38th parallel";
  distance["approximate"] = false;
  distance["note"] = Value();
  clause.props["terms"]["distances"].Append(distance);
  clause.evidence = {Quote(doc, 70, "10 км", "ru")};
  page.AddNode(clause);

  page.AddEdge(MakeEdge("person:kim-il-sung", EdgeKind::kAuthored, doc,
                        Quote(doc, 32, "КИМ ИР СЕН", "ru")));
  page.AddEdge(MakeEdge(doc, EdgeKind::kHasClause, doc + "/clause-2",
                        Quote(doc, 70, "10 км", "ru")));
  Value copies = Value::MakeObject();
  copies["count"] = int64_t{2};
  page.AddEdge(MakeEdge(doc, EdgeKind::kCopyTo, "person:joseph-stalin",
                        Quote(doc, 90, "Copies: Stalin (2)"), copies));
  return page;
}

TEST(StoreTest, AppliesAFragmentAndReadsItBack) {
  TestDir dir;
  auto store = OpenOrDie(dir.db());
  ASSERT_NE(store, nullptr);
  Fragment page = SeedPage();
  Result<ApplyOutcome> outcome = store->ApplyPage(page);
  ASSERT_TRUE(outcome.ok()) << outcome.status().message();
  EXPECT_EQ(*outcome, ApplyOutcome::kAdded);

  auto reader = store->NewReader();
  for (const Node& expected : page.nodes()) {
    std::optional<Node> got = reader->GetNode(expected.id);
    ASSERT_TRUE(got.has_value()) << expected.id;
    EXPECT_EQ(got->id, expected.id);
    EXPECT_EQ(got->kind, expected.kind);
    EXPECT_EQ(got->label, expected.label);
    EXPECT_EQ(got->aliases, expected.aliases);
    EXPECT_EQ(got->props, expected.props) << expected.id;
    EXPECT_EQ(got->evidence, expected.evidence);
  }
  const std::string doc = page.page_id;
  std::optional<Node> clause = reader->GetNode(doc + "/clause-2");
  ASSERT_TRUE(clause.has_value());
  const Value* distances = clause->props.Get("terms")->Get("distances");
  ASSERT_NE(distances, nullptr);
  EXPECT_EQ(distances->as_array()[0].Get("min")->as_int(), 10);
  EXPECT_DOUBLE_EQ(distances->as_array()[0].Get("max")->as_double(), 10.5);
  EXPECT_TRUE(distances->as_array()[0].Get("note")->is_null());

  std::vector<graph::Edge> out = reader->OutEdges(doc);
  ASSERT_EQ(out.size(), 2u);
  // Sorted by kind: COPY_TO before HAS_CLAUSE.
  EXPECT_EQ(out[0].kind, EdgeKind::kCopyTo);
  EXPECT_EQ(out[0].source, doc);
  EXPECT_EQ(out[0].target, "person:joseph-stalin");
  EXPECT_EQ(out[0].props.Get("count")->as_int(), 2);
  EXPECT_EQ(out[0].evidence, page.edges()[2].evidence);
  EXPECT_EQ(out[1].kind, EdgeKind::kHasClause);

  std::vector<graph::Edge> in = reader->InEdges(doc);
  ASSERT_EQ(in.size(), 1u);
  EXPECT_EQ(in[0].source, "person:kim-il-sung");
  EXPECT_EQ(in[0].target, doc);
  EXPECT_EQ(in[0].kind, EdgeKind::kAuthored);

  EXPECT_EQ(reader->PageText(doc), page.text);
  std::vector<PageInfo> pages = reader->Pages();
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_EQ(pages[0].page_id, doc);
  EXPECT_EQ(pages[0].source_path, page.source_path);
  EXPECT_EQ(pages[0].content_hash, page.content_hash);
  EXPECT_EQ(pages[0].text_bytes, page.text.size());
  EXPECT_FALSE(reader->GetNode("person:nobody").has_value());
  EXPECT_FALSE(reader->PageText("doc:nothing").has_value());
  EXPECT_TRUE(reader->status().ok()) << reader->status().message();
}

TEST(StoreTest, DataSurvivesReopening) {
  TestDir dir;
  Fragment page = SeedPage();
  {
    auto store = OpenOrDie(dir.db());
    ASSERT_TRUE(store->ApplyPage(page).ok());
  }
  auto store = OpenOrDie(dir.db());
  ASSERT_NE(store, nullptr);
  auto reader = store->NewReader();
  EXPECT_TRUE(reader->GetNode("person:kim-il-sung").has_value());
  EXPECT_EQ(reader->PageText(page.page_id), page.text);
  Result<ApplyOutcome> again = store->ApplyPage(page);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, ApplyOutcome::kUnchanged);
}

TEST(StoreTest, MergesANodeContributedByTwoPages) {
  TestDir dir;
  auto store = OpenOrDie(dir.db());
  Fragment a = MakePage("doc:a", "text a");
  a.AddNode(Person("person:joseph-stalin", "Joseph Stalin", {"Filippov"},
                   Quote("doc:a", 1, "Filippov")));
  a.AddEdge(MakeEdge("doc:a", EdgeKind::kMentions, "person:joseph-stalin",
                     Quote("doc:a", 1, "Filippov")));
  Fragment b = MakePage("doc:b", "text b");
  Node stalin = Person("person:joseph-stalin", "Joseph Stalin",
                       {"СТАЛИН", "Filippov"}, Quote("doc:b", 5, "СТАЛИН"));
  stalin.props["wikidata"] = "Q855";
  b.AddNode(stalin);
  b.AddEdge(MakeEdge("doc:b", EdgeKind::kMentions, "person:joseph-stalin",
                     Quote("doc:b", 5, "СТАЛИН")));
  ASSERT_TRUE(store->ApplyPage(a).ok());
  ASSERT_TRUE(store->ApplyPage(b).ok());

  auto reader = store->NewReader();
  std::optional<Node> got = reader->GetNode("person:joseph-stalin");
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->label, "Joseph Stalin");
  EXPECT_EQ(Sorted(got->aliases), Sorted(Ids{"Filippov", "СТАЛИН"}));
  // Contributions merge in owner order: doc:a, then doc:b.
  EXPECT_EQ(got->evidence,
            (std::vector<Evidence>{Quote("doc:a", 1, "Filippov"),
                                   Quote("doc:b", 5, "СТАЛИН")}));
  EXPECT_EQ(got->props.GetString("wikidata"), "Q855");
  EXPECT_EQ(Sources(reader->InEdges("person:joseph-stalin")),
            (Ids{"doc:a", "doc:b"}));
  EXPECT_EQ(reader->LookupName("filippov"), (Ids{"person:joseph-stalin"}));
}

TEST(StoreTest, MergesTheSameEdgeFromTwoOwners) {
  TestDir dir;
  auto store = OpenOrDie(dir.db());
  Fragment a = MakePage("doc:a", "text a");
  a.AddEdge(MakeEdge("person:x", EdgeKind::kProposes, "clause:1",
                     Quote("doc:a", 0, "x proposes")));
  ASSERT_TRUE(store->ApplyPage(a).ok());
  Fragment links;
  links.AddEdge(MakeEdge("person:x", EdgeKind::kProposes, "clause:1",
                         Quote("doc:b", 3, "as x proposed")));
  ASSERT_TRUE(store->ReplaceOwned("links:doc:b", links).ok());

  auto reader = store->NewReader();
  std::vector<graph::Edge> out = reader->OutEdges("person:x");
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].evidence.size(), 2u);
  std::vector<graph::Edge> in = reader->InEdges("clause:1");
  ASSERT_EQ(in.size(), 1u);
  EXPECT_EQ(in[0].evidence.size(), 2u);
  int edges = 0;
  reader->ForEachEdge([&](const graph::Edge& e) {
    ++edges;
    EXPECT_EQ(e.evidence.size(), 2u);
    return true;
  });
  EXPECT_EQ(edges, 1);
}

TEST(StoreTest, ReapplyingTheSamePageWritesNothing) {
  TestDir dir;
  auto store = OpenOrDie(dir.db());
  Fragment page = SeedPage();
  ASSERT_TRUE(store->ApplyPage(page).ok());
  std::vector<std::string> before = detail::DumpForTesting(*store);
  ASSERT_FALSE(before.empty());

  Result<ApplyOutcome> again = store->ApplyPage(page);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, ApplyOutcome::kUnchanged);
  EXPECT_EQ(detail::DumpForTesting(*store), before);

  auto reader = store->NewReader();
  std::optional<Node> kim = reader->GetNode("person:kim-il-sung");
  ASSERT_TRUE(kim.has_value());
  EXPECT_EQ(kim->evidence.size(), 1u);
}

TEST(StoreTest, AChangedPageReplacesItsOldFactsAndNames) {
  TestDir dir;
  auto store = OpenOrDie(dir.db());
  Fragment v1 = MakePage("doc:a", "first version");
  v1.AddNode(Document("doc:a", Quote("doc:a", 0, "first")));
  v1.AddNode(Person("person:pak-dong-cho", "Pak Dong Cho", {"Pak Don Cho"},
                    Quote("doc:a", 3, "Pak Don Cho")));
  v1.AddNode(Person("person:shared", "Shared Person", {"Only In A"},
                    Quote("doc:a", 9, "Only In A")));
  v1.AddEdge(MakeEdge("doc:a", EdgeKind::kMentions, "person:pak-dong-cho",
                      Quote("doc:a", 3, "Pak Don Cho")));
  v1.AddEdge(MakeEdge("doc:a", EdgeKind::kMentions, "person:shared",
                      Quote("doc:a", 9, "Only In A")));
  Fragment other = MakePage("doc:b", "another page");
  other.AddNode(Person("person:shared", "Shared Person", {"In B"},
                       Quote("doc:b", 1, "In B")));
  ASSERT_TRUE(store->ApplyPage(v1).ok());
  ASSERT_TRUE(store->ApplyPage(other).ok());

  Fragment v2 = MakePage("doc:a", "second version");
  v2.AddNode(Document("doc:a", Quote("doc:a", 0, "second")));
  v2.AddNode(Person("person:nam-il", "Nam Il", {"НАМ ИР"},
                    Quote("doc:a", 4, "НАМ ИР", "ru")));
  v2.AddEdge(MakeEdge("doc:a", EdgeKind::kMentions, "person:nam-il",
                      Quote("doc:a", 4, "НАМ ИР", "ru")));
  Result<ApplyOutcome> outcome = store->ApplyPage(v2);
  ASSERT_TRUE(outcome.ok()) << outcome.status().message();
  EXPECT_EQ(*outcome, ApplyOutcome::kReplaced);

  auto reader = store->NewReader();
  EXPECT_FALSE(reader->GetNode("person:pak-dong-cho").has_value());
  EXPECT_TRUE(reader->LookupName("Pak Don Cho").empty());
  EXPECT_TRUE(reader->LookupName("Only In A").empty());
  EXPECT_EQ(reader->LookupName("нам ир"), (Ids{"person:nam-il"}));
  EXPECT_EQ(Targets(reader->OutEdges("doc:a")), (Ids{"person:nam-il"}));
  EXPECT_TRUE(reader->InEdges("person:pak-dong-cho").empty());
  EXPECT_TRUE(reader->InEdges("person:shared").empty());

  // The other page's contribution to the shared node is untouched.
  std::optional<Node> shared = reader->GetNode("person:shared");
  ASSERT_TRUE(shared.has_value());
  EXPECT_EQ(shared->aliases, (Ids{"In B"}));
  EXPECT_EQ(shared->evidence,
            (std::vector<Evidence>{Quote("doc:b", 1, "In B")}));
  EXPECT_EQ(reader->LookupName("shared person"), (Ids{"person:shared"}));

  std::optional<Node> doc = reader->GetNode("doc:a");
  ASSERT_TRUE(doc.has_value());
  EXPECT_EQ(doc->evidence,
            (std::vector<Evidence>{Quote("doc:a", 0, "second")}));
  EXPECT_EQ(reader->PageText("doc:a"), "second version");
  std::vector<PageInfo> pages = reader->Pages();
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_EQ(pages[0].content_hash, v2.content_hash);
}

TEST(StoreTest, ReplacingAPageTwiceLeavesTheSameDatabaseAsApplyingItOnce) {
  TestDir dir;
  auto store = OpenOrDie(dir.db());
  Fragment final_version = SeedPage();
  ASSERT_TRUE(store->ApplyPage(final_version).ok());
  std::vector<std::string> once = detail::DumpForTesting(*store);

  Fragment draft = MakePage(final_version.page_id, "a draft");
  draft.AddNode(Person("person:someone", "Someone", {"Some One"},
                       Quote(final_version.page_id, 0, "a draft")));
  ASSERT_TRUE(store->ApplyPage(draft).ok());
  Result<ApplyOutcome> back = store->ApplyPage(final_version);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(*back, ApplyOutcome::kReplaced);
  // Dense ids are never reused: the draft's person keeps its id (and the
  // counter stays past it); everything else is as before.
  auto without_ids = [](std::vector<std::string> lines) {
    std::erase_if(lines, [](const std::string& line) {
      return line.starts_with("ids\t") ||
             line.starts_with("meta\tnext_dense_id");
    });
    return lines;
  };
  EXPECT_EQ(without_ids(detail::DumpForTesting(*store)), without_ids(once));
}

TEST(StoreTest, ReplaceOwnedSwapsAnOwnersFactsOnly) {
  TestDir dir;
  auto store = OpenOrDie(dir.db());
  Fragment a = MakePage("doc:a", "earlier telegram");
  a.AddNode(Document("doc:a", Quote("doc:a", 0, "earlier")));
  Fragment b = MakePage("doc:b", "your telegram of 3 July");
  b.AddNode(Document("doc:b", Quote("doc:b", 0, "your telegram")));
  ASSERT_TRUE(store->ApplyPage(a).ok());
  ASSERT_TRUE(store->ApplyPage(b).ok());

  Fragment links;
  links.AddEdge(MakeEdge("doc:b", EdgeKind::kRespondsTo, "doc:a",
                         Quote("doc:b", 0, "your telegram")));
  ASSERT_TRUE(store->ReplaceOwned("links:doc:b", links).ok());
  {
    auto reader = store->NewReader();
    EXPECT_EQ(Targets(reader->OutEdges("doc:b")), (Ids{"doc:a"}));
    EXPECT_EQ(Sources(reader->InEdges("doc:a", EdgeKind::kRespondsTo)),
              (Ids{"doc:b"}));
    // A linker owner is not a page.
    EXPECT_EQ(reader->Pages().size(), 2u);
  }

  Fragment stance;
  Value props = Value::MakeObject();
  props["stance"] = "accepts";
  stance.AddEdge(MakeEdge("doc:b", EdgeKind::kStance, "doc:a/clause-1",
                          Quote("doc:b", 5, "agree"), props));
  ASSERT_TRUE(store->ReplaceOwned("links:doc:b", stance).ok());
  {
    auto reader = store->NewReader();
    std::vector<graph::Edge> out = reader->OutEdges("doc:b");
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].kind, EdgeKind::kStance);
    EXPECT_EQ(out[0].props.GetString("stance"), "accepts");
    EXPECT_TRUE(reader->InEdges("doc:a").empty());
  }

  ASSERT_TRUE(store->ReplaceOwned("links:doc:b", Fragment()).ok());
  auto reader = store->NewReader();
  EXPECT_TRUE(reader->OutEdges("doc:b").empty());
  EXPECT_TRUE(reader->GetNode("doc:a").has_value());
  EXPECT_TRUE(reader->GetNode("doc:b").has_value());
}

// Quotes of a page's own text are kept as spans of it; every quote reads
// back as it was written, whatever it quotes.
TEST(StoreTest, EveryQuoteReadsBackAsWritten) {
  TestDir dir;
  auto store = OpenOrDie(dir.db());
  Fragment a = MakePage("doc:a", "Telegram of 3 July. Ceasefire at once.");
  Node doc = Document("doc:a", Quote("doc:a", 0, "Telegram of 3 July"));
  // A quote that is not the text's bytes at its span (normalised), and one
  // of another page.
  doc.evidence.push_back(Evidence{"doc:a", "en", 20, 38, "Cease-fire at once"});
  doc.evidence.push_back(Quote("doc:z", 3, "elsewhere"));
  a.AddNode(doc);
  ASSERT_TRUE(store->ApplyPage(a).ok());
  Fragment links;
  links.page_id = "doc:a";
  links.AddEdge(MakeEdge("doc:a", EdgeKind::kRespondsTo, "doc:z",
                         Quote("doc:a", 20, "Ceasefire")));
  ASSERT_TRUE(store->ReplaceOwned("ties:doc:a>doc:z", links).ok());

  auto reader = store->NewReader();
  std::optional<Node> got = reader->GetNode("doc:a");
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->evidence, doc.evidence);
  std::vector<graph::Edge> out = reader->OutEdges("doc:a");
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].evidence, links.edges()[0].evidence);
  std::vector<graph::Edge> in = reader->InEdges("doc:z");
  ASSERT_EQ(in.size(), 1u);
  EXPECT_EQ(in[0].evidence, links.edges()[0].evidence);
  EXPECT_EQ(reader->Owners("ties:"), (Ids{"ties:doc:a>doc:z"}));
  EXPECT_TRUE(reader->Owners("links:").empty());
  EXPECT_TRUE(reader->status().ok()) << reader->status().message();
}

// A fragment quoting a page keeps its quotes when that page's text changes
// and the fragment is not written again.
TEST(StoreTest, AnOwnersQuotesSurviveAChangeOfThePageTheyQuote) {
  TestDir dir;
  auto store = OpenOrDie(dir.db());
  Fragment b = MakePage("doc:b", "Your telegram of 3 July has reached us.");
  b.AddNode(Document("doc:b", Quote("doc:b", 0, "Your telegram")));
  ASSERT_TRUE(store->ApplyPage(b).ok());
  Fragment links;
  links.page_id = "doc:b";
  links.AddEdge(MakeEdge("doc:b", EdgeKind::kRespondsTo, "doc:a",
                         Quote("doc:b", 0, "Your telegram of 3 July")));
  ASSERT_TRUE(store->ReplaceOwned("ties:doc:b>doc:a", links).ok());

  Fragment changed = MakePage("doc:b", "Received: your cable of 4 July, sir.");
  changed.AddNode(Document("doc:b", Quote("doc:b", 0, "Received")));
  ASSERT_TRUE(store->ApplyPage(changed).ok());
  auto reader = store->NewReader();
  std::vector<graph::Edge> out = reader->OutEdges("doc:b");
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].evidence, links.edges()[0].evidence);
  EXPECT_EQ(reader->GetNode("doc:b")->evidence, changed.nodes()[0].evidence);

  // Written again, the fragment quotes the new text.
  Fragment relinked;
  relinked.page_id = "doc:b";
  relinked.AddEdge(MakeEdge("doc:b", EdgeKind::kRespondsTo, "doc:a",
                            Quote("doc:b", 10, "your cable of 4 July")));
  ASSERT_TRUE(store->ReplaceOwned("ties:doc:b>doc:a", relinked).ok());
  out = store->NewReader()->OutEdges("doc:b");
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].evidence, relinked.edges()[0].evidence);
}

TEST(StoreTest, ReplaceOwnedRefusesAPageIdAsOwner) {
  TestDir dir;
  auto store = OpenOrDie(dir.db());
  Fragment a = MakePage("doc:a", "text");
  a.AddNode(Document("doc:a", Quote("doc:a", 0, "text")));
  ASSERT_TRUE(store->ApplyPage(a).ok());
  Status s = store->ReplaceOwned("doc:a", Fragment());
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_TRUE(Contains(s.message(), "doc:a"));
  EXPECT_TRUE(store->NewReader()->GetNode("doc:a").has_value());
}

TEST(StoreTest, ApplyPageRefusesAnIdThatOwnsDerivedFacts) {
  TestDir dir;
  auto store = OpenOrDie(dir.db());
  Fragment links;
  links.AddEdge(MakeEdge("doc:b", EdgeKind::kRespondsTo, "doc:a",
                         Quote("doc:b", 0, "reply")));
  ASSERT_TRUE(store->ReplaceOwned("links:doc:b", links).ok());
  Result<ApplyOutcome> outcome =
      store->ApplyPage(MakePage("links:doc:b", "a page"));
  ASSERT_FALSE(outcome.ok());
  EXPECT_EQ(outcome.status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(store->NewReader()->OutEdges("doc:b").size(), 1u);
}

TEST(StoreTest, ApplyBatchWritesPagesAndLinksTogether) {
  TestDir dir;
  auto store = OpenOrDie(dir.db());
  Fragment a = MakePage("doc:a", "earlier");
  a.AddNode(Document("doc:a", Quote("doc:a", 0, "earlier")));
  Fragment b = MakePage("doc:b", "reply");
  b.AddNode(Document("doc:b", Quote("doc:b", 0, "reply")));
  Fragment links;
  links.AddEdge(MakeEdge("doc:b", EdgeKind::kRespondsTo, "doc:a",
                         Quote("doc:b", 0, "reply")));

  Result<std::vector<ApplyOutcome>> outcomes =
      store->ApplyBatch({&a, &b, &a}, {{"links:doc:b", &links}});
  ASSERT_TRUE(outcomes.ok()) << outcomes.status().message();
  // The same page twice in one batch: the second sees the first.
  EXPECT_EQ(*outcomes, (std::vector<ApplyOutcome>{ApplyOutcome::kAdded,
                                                  ApplyOutcome::kAdded,
                                                  ApplyOutcome::kUnchanged}));
  auto reader = store->NewReader();
  EXPECT_EQ(reader->Pages().size(), 2u);
  EXPECT_EQ(Targets(reader->OutEdges("doc:b", EdgeKind::kRespondsTo)),
            (Ids{"doc:a"}));
}

TEST(StoreTest, ApplyBatchRemovesAPageAndKeepsWhatOthersGive) {
  TestDir dir;
  auto store = OpenOrDie(dir.db());
  Fragment a = MakePage("doc:a", "text a");
  a.AddNode(Document("doc:a", Quote("doc:a", 0, "text")));
  a.AddNode(Person("person:shared", "Shared Person", {"Only In A"},
                   Quote("doc:a", 5, "a")));
  a.AddEdge(MakeEdge("doc:a", EdgeKind::kMentions, "person:shared",
                     Quote("doc:a", 5, "a")));
  Fragment b = MakePage("doc:b", "text b");
  b.AddNode(Person("person:shared", "Shared Person", {"In B"},
                   Quote("doc:b", 5, "b")));
  Fragment links;  // quotes doc:a's text, kept as a span of it
  links.page_id = "doc:a";
  links.AddEdge(MakeEdge("doc:b", EdgeKind::kRespondsTo, "doc:a",
                         Quote("doc:a", 0, "text")));
  ASSERT_TRUE(store->ApplyBatch({&a, &b}, {{"links:doc:b", &links}}).ok());

  Result<std::vector<ApplyOutcome>> removed =
      store->ApplyBatch({}, {}, {"doc:a", "doc:never-stored"});
  ASSERT_TRUE(removed.ok()) << removed.status().message();
  auto reader = store->NewReader();
  std::vector<storage::PageInfo> pages = reader->Pages();
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_EQ(pages[0].page_id, "doc:b");
  EXPECT_FALSE(reader->PageText("doc:a").has_value());
  EXPECT_FALSE(reader->GetNode("doc:a").has_value());
  std::optional<Node> shared = reader->GetNode("person:shared");
  ASSERT_TRUE(shared.has_value());
  EXPECT_EQ(shared->aliases, (Ids{"In B"}));
  EXPECT_TRUE(reader->LookupName("Only In A").empty());
  EXPECT_TRUE(reader->InEdges("person:shared").empty());
  // The link another owner holds still quotes what it quoted.
  std::vector<graph::Edge> reply = reader->OutEdges("doc:b");
  ASSERT_EQ(reply.size(), 1u);
  ASSERT_EQ(reply[0].evidence.size(), 1u);
  EXPECT_EQ(reply[0].evidence[0].quote, "text");

  // A page both stored and removed in one batch is refused.
  Result<std::vector<ApplyOutcome>> both =
      store->ApplyBatch({&b}, {}, {"doc:b"});
  ASSERT_FALSE(both.ok());
  EXPECT_EQ(both.status().code(), Status::Code::kInvalidArgument);
}

TEST(StoreTest, ABadFragmentInABatchLeavesTheDatabaseUnchanged) {
  TestDir dir;
  auto store = OpenOrDie(dir.db());
  Fragment good = SeedPage();
  ASSERT_TRUE(store->ApplyPage(good).ok());
  std::vector<std::string> before = detail::DumpForTesting(*store);

  Fragment fresh = MakePage("doc:fresh", "fresh page");
  fresh.AddNode(Document("doc:fresh", Quote("doc:fresh", 0, "fresh")));
  Fragment bad = MakePage("doc:bad", "bad page");
  bad.AddNode(Document(std::string("doc:b\0ad", 8), Quote("doc:bad", 0, "x")));
  Result<std::vector<ApplyOutcome>> outcomes =
      store->ApplyBatch({&fresh, &bad}, {});
  ASSERT_FALSE(outcomes.ok());
  EXPECT_EQ(outcomes.status().code(), Status::Code::kInvalidArgument);
  EXPECT_TRUE(Contains(outcomes.status().message(), "doc:bad"));
  EXPECT_EQ(detail::DumpForTesting(*store), before);
}

TEST(StoreTest, LookupNameFoldsCaseAndPunctuation) {
  TestDir dir;
  auto store = OpenOrDie(dir.db());
  Fragment page = MakePage("doc:a", "text");
  page.AddNode(Person("person:kim-il-sung", "Kim Il-sung", {"Kim Il Sung"},
                      Quote("doc:a", 0, "Kim Il Sung")));
  page.AddNode(Person("person:kim-il-sung-unresolved", "KIM IL SUNG", {},
                      Quote("doc:a", 0, "KIM IL SUNG")));
  page.AddNode(Person("person:semyonov", "Семёнов", {},
                      Quote("doc:a", 0, "Семёнов", "ru")));
  ASSERT_TRUE(store->ApplyPage(page).ok());
  auto reader = store->NewReader();
  EXPECT_EQ(reader->LookupName("KIM IL SUNG"),
            (Ids{"person:kim-il-sung", "person:kim-il-sung-unresolved"}));
  EXPECT_EQ(reader->LookupName("  kim, il-SUNG. "),
            (Ids{"person:kim-il-sung", "person:kim-il-sung-unresolved"}));
  EXPECT_EQ(reader->LookupName("СЕМЕНОВ"), (Ids{"person:semyonov"}));
  EXPECT_TRUE(reader->LookupName("Kim").empty());
  EXPECT_TRUE(reader->LookupName("Kim Il Sung Jr").empty());
  EXPECT_TRUE(reader->LookupName("").empty());
}

TEST(StoreTest, OutEdgesWithAKindScansOnlyThatKind) {
  TestDir dir;
  auto store = OpenOrDie(dir.db());
  Fragment page = MakePage("doc:a", "text");
  const Evidence e = Quote("doc:a", 0, "text");
  page.AddEdge(MakeEdge("doc:a", EdgeKind::kHasClause, "doc:a/clause-2", e));
  page.AddEdge(MakeEdge("doc:a", EdgeKind::kHasClause, "doc:a/clause-1", e));
  page.AddEdge(MakeEdge("doc:a", EdgeKind::kMentions, "place:pyongyang", e));
  page.AddEdge(MakeEdge("doc:a", EdgeKind::kAuthored, "person:x", e));
  // A node whose id starts with "doc:a" must not leak into doc:a's edges.
  page.AddEdge(MakeEdge("doc:a/clause-1", EdgeKind::kConcerns,
                        "place:38th-parallel", e));
  page.AddEdge(MakeEdge("doc:ab", EdgeKind::kHasClause, "doc:ab/clause-1", e));
  ASSERT_TRUE(store->ApplyPage(page).ok());

  auto reader = store->NewReader();
  std::vector<graph::Edge> clauses =
      reader->OutEdges("doc:a", EdgeKind::kHasClause);
  EXPECT_EQ(Targets(clauses), (Ids{"doc:a/clause-1", "doc:a/clause-2"}));
  for (const graph::Edge& edge : clauses) {
    EXPECT_EQ(edge.kind, EdgeKind::kHasClause);
  }
  // AUTHORED is kind 0: its byte is the separator's value.
  EXPECT_EQ(Targets(reader->OutEdges("doc:a", EdgeKind::kAuthored)),
            (Ids{"person:x"}));
  EXPECT_EQ(reader->OutEdges("doc:a").size(), 4u);
  EXPECT_TRUE(reader->OutEdges("doc:a", EdgeKind::kStance).empty());
  EXPECT_EQ(Sources(reader->InEdges("doc:a/clause-1")), (Ids{"doc:a"}));
}

TEST(StoreTest, ForEachVisitsMergedNodesInIdOrderAndStopsEarly) {
  TestDir dir;
  auto store = OpenOrDie(dir.db());
  Fragment a = MakePage("doc:a", "a");
  a.AddNode(Person("person:b", "B", {"b1"}, Quote("doc:a", 0, "a")));
  a.AddNode(Person("person:a", "A", {}, Quote("doc:a", 0, "a")));
  Fragment b = MakePage("doc:b", "b");
  b.AddNode(Person("person:b", "B", {"b2"}, Quote("doc:b", 0, "b")));
  b.AddNode(Person("person:c", "C", {}, Quote("doc:b", 0, "b")));
  ASSERT_TRUE(store->ApplyPage(a).ok());
  ASSERT_TRUE(store->ApplyPage(b).ok());

  auto reader = store->NewReader();
  std::vector<std::string> ids;
  reader->ForEachNode([&](const Node& node) {
    ids.push_back(node.id);
    if (node.id == "person:b") {
      EXPECT_EQ(node.aliases, (Ids{"b1", "b2"}));
    }
    return true;
  });
  EXPECT_EQ(ids, (Ids{"person:a", "person:b", "person:c"}));

  ids.clear();
  reader->ForEachNode([&](const Node& node) {
    ids.push_back(node.id);
    return ids.size() < 2;
  });
  EXPECT_EQ(ids, (Ids{"person:a", "person:b"}));
}

TEST(StoreTest, AReaderSeesTheDatabaseAsOfItsCreation) {
  TestDir dir;
  auto store = OpenOrDie(dir.db());
  Fragment v1 = MakePage("doc:a", "v1");
  v1.AddNode(Person("person:old", "Old", {}, Quote("doc:a", 0, "v1")));
  ASSERT_TRUE(store->ApplyPage(v1).ok());

  auto before = store->NewReader();
  Fragment v2 = MakePage("doc:a", "v2");
  v2.AddNode(Person("person:new", "New", {}, Quote("doc:a", 0, "v2")));
  Fragment other = MakePage("doc:b", "b");
  other.AddNode(Person("person:b", "B", {}, Quote("doc:b", 0, "b")));
  ASSERT_TRUE(store->ApplyPage(v2).ok());
  ASSERT_TRUE(store->ApplyPage(other).ok());

  EXPECT_TRUE(before->GetNode("person:old").has_value());
  EXPECT_FALSE(before->GetNode("person:new").has_value());
  EXPECT_FALSE(before->GetNode("person:b").has_value());
  EXPECT_EQ(before->LookupName("old"), (Ids{"person:old"}));
  EXPECT_EQ(before->Pages().size(), 1u);
  EXPECT_EQ(before->PageText("doc:a"), "v1");

  auto after = store->NewReader();
  EXPECT_FALSE(after->GetNode("person:old").has_value());
  EXPECT_TRUE(after->GetNode("person:new").has_value());
  EXPECT_EQ(after->Pages().size(), 2u);
  EXPECT_EQ(after->PageText("doc:a"), "v2");
}

TEST(StoreTest, ASecondWriterIsToldTheDatabaseIsInUse) {
  TestDir dir;
  auto first = OpenOrDie(dir.db());
  ASSERT_NE(first, nullptr);
  Result<std::unique_ptr<Store>> second = Store::Open(dir.db());
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.status().code(), Status::Code::kBusy);
  EXPECT_TRUE(Contains(second.status().message(), "database is in use"));
  EXPECT_TRUE(Contains(second.status().message(), dir.db()));

  first.reset();
  EXPECT_TRUE(Store::Open(dir.db()).ok());
}

TEST(StoreTest, ReadOnlyOpenWorksWhileAWriterHoldsTheDatabase) {
  TestDir dir;
  auto writer = OpenOrDie(dir.db());
  Fragment page = SeedPage();
  ASSERT_TRUE(writer->ApplyPage(page).ok());

  OpenOptions read_only;
  read_only.read_only = true;
  auto viewer = OpenOrDie(dir.db(), read_only);
  ASSERT_NE(viewer, nullptr);
  auto reader = viewer->NewReader();
  EXPECT_TRUE(reader->GetNode("person:kim-il-sung").has_value());
  EXPECT_EQ(reader->Pages().size(), 1u);

  Result<ApplyOutcome> write = viewer->ApplyPage(MakePage("doc:x", "x"));
  ASSERT_FALSE(write.ok());
  EXPECT_TRUE(Contains(write.status().message(), "read-only"));
}

// Replaces set `set` with `records`, worked out from a reader made now.
Status Derive(Store& store, std::string_view set,
              const std::vector<std::pair<std::string, std::string>>& records) {
  auto reader = store.NewReader();
  return store.ReplaceDerived(set, records, *reader);
}

TEST(StoreTest, DerivedRecordsServeUntilTheNextWrite) {
  TestDir dir;
  auto store = OpenOrDie(dir.db());
  ASSERT_TRUE(store->ApplyPage(SeedPage()).ok());
  ASSERT_TRUE(Derive(*store, "webs", {{"a", "1"}, {"b", "2"}}).ok());
  auto before = store->NewReader();
  EXPECT_TRUE(before->DerivedCurrent("webs"));
  EXPECT_EQ(before->Derived("webs", "b"), "2");
  EXPECT_EQ(before->Derived("webs", "c"), std::nullopt);
  EXPECT_FALSE(before->DerivedCurrent("other"));

  ASSERT_TRUE(store->ApplyPage(MakePage("doc:x", "x")).ok());
  auto after = store->NewReader();
  EXPECT_FALSE(after->DerivedCurrent("webs"));
  EXPECT_EQ(after->Derived("webs", "a"), std::nullopt);
  // A reader of the database as it stood before the write still may.
  EXPECT_EQ(before->Derived("webs", "a"), "1");
}

TEST(StoreTest, AnUnchangedPageLeavesDerivedRecordsCurrent) {
  TestDir dir;
  auto store = OpenOrDie(dir.db());
  ASSERT_TRUE(store->ApplyPage(SeedPage()).ok());
  ASSERT_TRUE(Derive(*store, "webs", {{"a", "1"}}).ok());
  Result<ApplyOutcome> again = store->ApplyPage(SeedPage());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, ApplyOutcome::kUnchanged);
  EXPECT_EQ(store->NewReader()->Derived("webs", "a"), "1");
}

TEST(StoreTest, ReplacingDerivedRecordsDropsTheOldOnes) {
  TestDir dir;
  auto store = OpenOrDie(dir.db());
  ASSERT_TRUE(Derive(*store, "webs", {{"a", "1"}}).ok());
  ASSERT_TRUE(Derive(*store, "other", {{"a", "3"}}).ok());
  ASSERT_TRUE(Derive(*store, "webs", {{"b", "2"}}).ok());
  auto reader = store->NewReader();
  EXPECT_EQ(reader->Derived("webs", "a"), std::nullopt);
  EXPECT_EQ(reader->Derived("webs", "b"), "2");
  // Written before the last write, so no longer current.
  EXPECT_EQ(reader->Derived("other", "a"), std::nullopt);
}

TEST(StoreTest, DerivedRecordsAreReadByAReadOnlyOpen) {
  TestDir dir;
  {
    auto store = OpenOrDie(dir.db());
    ASSERT_TRUE(store->ApplyPage(SeedPage()).ok());
    ASSERT_TRUE(Derive(*store, "webs", {{"a", "1"}}).ok());
  }
  OpenOptions read_only;
  read_only.read_only = true;
  auto viewer = OpenOrDie(dir.db(), read_only);
  ASSERT_NE(viewer, nullptr);
  EXPECT_EQ(viewer->NewReader()->Derived("webs", "a"), "1");
  Status write = Derive(*viewer, "webs", {});
  EXPECT_TRUE(Contains(write.message(), "read-only"));
}

TEST(StoreTest, DerivedRecordsNeedKeysWithoutZeroBytes) {
  TestDir dir;
  auto store = OpenOrDie(dir.db());
  ASSERT_TRUE(Derive(*store, "webs", {{"a", "1"}}).ok());
  EXPECT_FALSE(Derive(*store, "", {{"a", "1"}}).ok());
  Status bad_key = Derive(*store, "webs", {{std::string("a\0b", 3), "1"}});
  EXPECT_EQ(bad_key.code(), Status::Code::kInvalidArgument);
  // Refused whole: the set kept before still serves.
  EXPECT_EQ(store->NewReader()->Derived("webs", "a"), "1");
}

TEST(StoreTest, DerivedRecordsWorkedOutBeforeAWriteAreRefused) {
  TestDir dir;
  auto store = OpenOrDie(dir.db());
  auto before = store->NewReader();
  ASSERT_TRUE(store->ApplyPage(SeedPage()).ok());
  Status s = store->ReplaceDerived("webs", {{"a", "1"}}, *before);
  EXPECT_EQ(s.code(), Status::Code::kBusy);
  EXPECT_FALSE(store->NewReader()->DerivedCurrent("webs"));
}

TEST(StoreTest, ADatabaseOfANewerSchemaIsRefused) {
  TestDir dir;
  {
    auto store = OpenOrDie(dir.db());
    ASSERT_TRUE(
        detail::PutRawForTesting(*store, "meta", detail::kSchemaVersionKey,
                                 detail::EncodeUint32(kSchemaVersion + 1))
            .ok());
  }
  for (bool read_only : {false, true}) {
    OpenOptions options;
    options.read_only = read_only;
    Result<std::unique_ptr<Store>> store = Store::Open(dir.db(), options);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.status().code(), Status::Code::kCorruption);
    EXPECT_TRUE(Contains(store.status().message(), "newer"));
    EXPECT_TRUE(Contains(store.status().message(),
                         "schema " + std::to_string(kSchemaVersion + 1)));
    EXPECT_TRUE(Contains(store.status().message(),
                         "up to " + std::to_string(kSchemaVersion)));
  }
}

TEST(StoreTest, ADirectoryThatIsNotADatabaseIsRefused) {
  TestDir dir;
  std::ofstream(dir.root() / "notes.txt") << "not a database\n";
  Result<std::unique_ptr<Store>> store = Store::Open(dir.root().string());
  ASSERT_FALSE(store.ok());
  EXPECT_TRUE(Contains(store.status().message(), "not a Parley database"));
  EXPECT_TRUE(Contains(store.status().message(), dir.root().string()));
  EXPECT_TRUE(std::filesystem::exists(dir.root() / "notes.txt"));
  EXPECT_FALSE(std::filesystem::exists(dir.root() / "CURRENT"));

  Result<std::unique_ptr<Store>> file =
      Store::Open((dir.root() / "notes.txt").string());
  ASSERT_FALSE(file.ok());
  EXPECT_TRUE(Contains(file.status().message(), "not a Parley database"));
}

TEST(StoreTest, OpeningCreatesTheDirectoryUnlessToldNotTo) {
  TestDir dir;
  std::string nested = (dir.root() / "a" / "b" / "parley.db").string();
  OpenOptions no_create;
  no_create.create_if_missing = false;
  Result<std::unique_ptr<Store>> missing = Store::Open(nested, no_create);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), Status::Code::kNotFound);
  OpenOptions read_only;
  read_only.read_only = true;
  EXPECT_EQ(Store::Open(nested, read_only).status().code(),
            Status::Code::kNotFound);
  EXPECT_FALSE(std::filesystem::exists(nested));

  EXPECT_TRUE(Store::Open(nested).ok());
  EXPECT_TRUE(std::filesystem::is_directory(nested));
}

TEST(StoreTest, AnUnreadableRecordIsReportedNotThrown) {
  TestDir dir;
  auto store = OpenOrDie(dir.db());
  Fragment page = MakePage("doc:a", "text");
  page.AddNode(Person("person:x", "X", {}, Quote("doc:a", 0, "text")));
  ASSERT_TRUE(store->ApplyPage(page).ok());
  ASSERT_TRUE(detail::PutRawForTesting(*store, "nodes",
                                       detail::NodeKey("person:x", "doc:zz"),
                                       std::string("\x01\x01garbage", 9))
                  .ok());
  ASSERT_TRUE(detail::PutRawForTesting(*store, "nodes",
                                       detail::NodeKey("person:y", "doc:a"),
                                       "\x7f future format")
                  .ok());

  auto reader = store->NewReader();
  std::optional<Node> x = reader->GetNode("person:x");
  ASSERT_TRUE(x.has_value());  // the readable contribution survives
  EXPECT_EQ(x->label, "X");
  EXPECT_EQ(reader->status().code(), Status::Code::kCorruption);
  EXPECT_TRUE(Contains(reader->status().message(), "person:x\\0doc:zz"));

  auto second = store->NewReader();
  EXPECT_FALSE(second->GetNode("person:y").has_value());
  EXPECT_TRUE(Contains(second->status().message(), "format byte"));
}

// The compaction that ends a bulk import writes every file with ZSTD level
// 9 and a trained dictionary (the smallest database); the families that
// traversals read stay LZ4. Compactions while pages come in do without, so
// the options are set for Compact's own rewrite.
TEST(StoreTest, CompactWritesTheSmallestFiles) {
  TestDir dir;
  {
    auto store = OpenOrDie(dir.db());
    for (int i = 0; i < 40; ++i) {
      std::string id = "doc:p" + std::to_string(i);
      Fragment page = MakePage(id, "Telegram " + std::to_string(i) +
                                       " on the withdrawal of forces.");
      Node doc;
      doc.id = id;
      doc.kind = NodeKind::kDocument;
      doc.label = "Telegram " + std::to_string(i);
      doc.evidence.push_back(Quote(id, 0, "Telegram"));
      page.AddNode(std::move(doc));
      ASSERT_TRUE(store->ApplyPage(page).ok());
    }
    ASSERT_TRUE(store->Compact().ok());
  }
  std::vector<std::string> names;
  ASSERT_TRUE(
      rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(), dir.db(), &names)
          .ok());
  std::vector<rocksdb::ColumnFamilyDescriptor> families;
  for (const std::string& name : names)
    families.emplace_back(name, rocksdb::ColumnFamilyOptions());
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  ASSERT_TRUE(rocksdb::DB::OpenForReadOnly(rocksdb::DBOptions(), dir.db(),
                                           families, &handles, &raw)
                  .ok());
  std::unique_ptr<rocksdb::DB> db(raw);
  int checked = 0;
  for (rocksdb::ColumnFamilyHandle* h : handles) {
    rocksdb::TablePropertiesCollection tables;
    ASSERT_TRUE(db->GetPropertiesOfAllTables(h, &tables).ok());
    for (const auto& [file, props] : tables) {
      bool lz4 = h->GetName() == "adjacency" || h->GetName() == "ids";
      EXPECT_EQ(props->compression_name, lz4 ? "LZ4" : "ZSTD")
          << h->GetName() << " " << file;
      if (!lz4) {
        EXPECT_TRUE(Contains(props->compression_options, "level=9;"))
            << h->GetName();
        EXPECT_TRUE(
            Contains(props->compression_options, "max_dict_bytes=32768;"))
            << h->GetName();
      }
      ++checked;
    }
  }
  EXPECT_GE(checked, 6) << "the pages, heads, nodes, ids, adjacency, index";
  for (rocksdb::ColumnFamilyHandle* h : handles)
    db->DestroyColumnFamilyHandle(h);
}

}  // namespace
}  // namespace parley::storage
