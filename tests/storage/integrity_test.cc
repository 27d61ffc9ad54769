// Damage is reported, never skipped in silence: unreadable records written
// through the test hook are named (column family and key) by the reader
// that meets them and by CheckDatabase; RecoverPages reads back the page
// texts that survive.
#include "storage/integrity.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "graph/fragment.h"
#include "graph/model.h"
#include "storage/detail/keys.h"
#include "storage/detail/records.h"
#include "storage/detail/testing.h"
#include "storage/store.h"
#include "tests/storage/test_dir.h"

namespace parley::storage {
namespace {

using graph::EdgeKind;
using graph::Fragment;
using graph::Node;
using graph::NodeKind;

::testing::AssertionResult Contains(const std::string& text,
                                    const std::string& part) {
  if (text.find(part) != std::string::npos)
    return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << "\"" << text << "\" does not contain \"" << part << "\"";
}

// Page `id` naming person:kim and person:peng, with an edge between them.
Fragment Page(const std::string& id, const std::string& text) {
  Fragment page;
  page.page_id = id;
  page.source_path = "pages/" + id + ".txt";
  page.text = text;
  page.content_hash = graph::ContentHash(text);
  for (const char* person : {"person:kim", "person:peng"}) {
    Node node;
    node.id = person;
    node.kind = NodeKind::kPerson;
    node.label = person + 7;
    node.evidence = {{id, "en", 0, 4, text.substr(0, 4)}};
    page.AddNode(node);
  }
  graph::Edge edge;
  edge.source = "person:kim";
  edge.target = "person:peng";
  edge.kind = EdgeKind::kMentions;
  page.AddEdge(edge);
  return page;
}

class IntegrityTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = Store::Open(dir_.db());
    ASSERT_TRUE(store.ok()) << store.status().message();
    store_ = std::move(store).value();
    ASSERT_TRUE(store_->ApplyPage(Page("doc:a", "Kim wrote to Peng.")).ok());
    ASSERT_TRUE(store_->ApplyPage(Page("doc:b", "Peng answered Kim.")).ok());
  }

  // Writes `value` under `key` of `cf`, then closes the store, as a damaged
  // database is found by a later process.
  void Damage(const std::string& cf, const std::string& key,
              const std::string& value) {
    ASSERT_TRUE(detail::PutRawForTesting(*store_, cf, key, value).ok());
  }
  void Close() { store_.reset(); }

  // A valid NodeRecord's encoding, for cutting short or tampering with.
  static std::string NodeValue() {
    detail::NodeRecord record;
    record.kind = static_cast<uint8_t>(NodeKind::kPerson);
    record.label = "Kim Il Sung";
    record.aliases = {"Kim Il-sung"};
    return detail::EncodeRecord(record);
  }

  TestDir dir_;
  std::unique_ptr<Store> store_;
};

struct Malformed {
  const char* name;
  std::string cf;
  std::string key;
  std::string value;
  const char* why;  // the start of what the error says after the key
};

// Each kind of unreadable record the issue found skipped in silence.
std::vector<Malformed> MalformedRecords() {
  std::string node_key = detail::NodeKey("person:kim", "doc:zz");
  std::string valid = [] {
    detail::NodeRecord record;
    record.kind = static_cast<uint8_t>(NodeKind::kPerson);
    record.label = "Kim Il Sung";
    return detail::EncodeRecord(record);
  }();
  // Format byte, little-endian flag, class version 1, kind, then a label
  // whose 64-bit length is 2^62.
  std::string absurd("\x01\x01\x01\x00\x00\x00\x01", 7);
  absurd += std::string("\x00\x00\x00\x00\x00\x00\x00\x40", 8);
  std::string bad_kind = std::string("person:kim") + '\0' + '\x7f' +
                         "person:peng" + '\0' + "doc:a";
  return {
      {"UnknownFormatByte", "nodes", node_key, "\x7f future", "unknown value"},
      {"TruncatedRecord", "nodes", node_key, valid.substr(0, valid.size() / 2),
       "unreadable record"},
      {"AbsurdStringLength", "nodes", node_key, absurd, "unreadable record"},
      {"BadEdgeKindByte", "out_edges", bad_kind, "", "malformed key"},
      {"UnknownNodeKind", "heads", "person:kim",
       [] {
         detail::NodeHeadRecord head;
         head.kind = 200;
         return detail::EncodeRecord(head);
       }(),
       "unknown node kind"},
  };
}

class MalformedRecordTest : public IntegrityTest,
                            public ::testing::WithParamInterface<Malformed> {};

TEST_P(MalformedRecordTest, ReadersAndCheckNameTheColumnFamilyAndKey) {
  const Malformed& m = GetParam();
  Damage(m.cf, m.key, m.value);
  Close();
  std::string where = "damaged: column family " + m.cf + ", key \"" +
                      detail::PrintableKey(m.key) + "\"";

  auto store = OpenForReading(dir_.db());
  ASSERT_TRUE(store.ok()) << store.status().message();
  auto reader = (*store)->NewReader();
  // What a whole-graph export and `show person:kim` read.
  reader->ForEachNode([](const Node&) { return true; });
  reader->ForEachEdge([](const graph::Edge&) { return true; });
  reader->GetNodeHead("person:kim");
  Status read = reader->status();
  EXPECT_TRUE(IsDamage(read)) << read.message();
  EXPECT_TRUE(
      Contains(read.message(), dir_.db() + ": " + where + ": " + m.why));

  auto report = CheckDatabase(dir_.db());
  ASSERT_TRUE(report.ok()) << report.status().message();
  EXPECT_FALSE(report->clean());
  EXPECT_EQ(report->problem_count, 1u);
  ASSERT_EQ(report->problems.size(), 1u);
  EXPECT_TRUE(Contains(report->problems[0], where + ": " + m.why));
}

INSTANTIATE_TEST_SUITE_P(Cases, MalformedRecordTest,
                         ::testing::ValuesIn(MalformedRecords()),
                         [](const ::testing::TestParamInfo<Malformed>& info) {
                           return std::string(info.param.name);
                         });

TEST_F(IntegrityTest, ACleanDatabaseChecksClean) {
  Close();
  auto report = CheckDatabase(dir_.db());
  ASSERT_TRUE(report.ok()) << report.status().message();
  EXPECT_TRUE(report->clean()) << report->problems.front();
  EXPECT_EQ(report->column_families, 12u);
  EXPECT_GT(report->records, 20u);
}

TEST_F(IntegrityTest, AnAdjacencyKeyToNoNodeIsAProblem) {
  // Dense ids 0 and 1 are the two people; 77 is nobody's.
  Damage("adjacency", detail::AdjacencyKey(0, false, EdgeKind::kMentions, 77),
         "");
  Close();
  auto report = CheckDatabase(dir_.db());
  ASSERT_TRUE(report.ok()) << report.status().message();
  ASSERT_EQ(report->problem_count, 1u);
  EXPECT_TRUE(Contains(report->problems[0], "column family adjacency"));
  EXPECT_TRUE(Contains(report->problems[0], "dense id 77 is no node's"));
}

TEST_F(IntegrityTest, AWeightThatIsNoNumberIsDamageToReadersAndCheck) {
  std::string key = detail::AdjacencyKey(0, false, EdgeKind::kVariantOf, 1);
  Damage("weights", key, "abc");
  Close();
  auto store = OpenForReading(dir_.db());
  ASSERT_TRUE(store.ok()) << store.status().message();
  auto reader = (*store)->NewReader();
  std::vector<storage::Reader::Weighted> out;
  reader->WeightedAdjacency(0, EdgeKind::kVariantOf, out);
  EXPECT_TRUE(out.empty());
  EXPECT_TRUE(IsDamage(reader->status())) << reader->status().message();
  EXPECT_TRUE(Contains(reader->status().message(), "not a weight"));

  auto report = CheckDatabase(dir_.db());
  ASSERT_TRUE(report.ok()) << report.status().message();
  ASSERT_EQ(report->problem_count, 1u);
  EXPECT_TRUE(Contains(report->problems[0], "column family weights"));
  EXPECT_TRUE(Contains(report->problems[0], "not a weight"));
}

TEST_F(IntegrityTest, CheckListsAtMostTheLimitAndCountsEveryProblem) {
  for (int i = 0; i < 30; ++i) {
    Damage("nodes", detail::NodeKey("person:x" + std::to_string(i), "doc:a"),
           "\x7f");
  }
  Close();
  auto report = CheckDatabase(dir_.db(), 5);
  ASSERT_TRUE(report.ok()) << report.status().message();
  EXPECT_EQ(report->problems.size(), 5u);
  EXPECT_EQ(report->problem_count, 30u);
}

TEST_F(IntegrityTest, RecoverPagesReadsBackEveryTextThatSurvives) {
  // doc:b's text is unreadable; doc:a's page record is, but its text is not.
  Damage("pages", detail::PageKey(detail::kPageTextTag, "doc:b"), "\x7f");
  Damage("pages", detail::PageKey(detail::kPageInfoTag, "doc:a"), "\x01");
  Close();
  auto recovery = RecoverPages(dir_.db());
  ASSERT_TRUE(recovery.ok()) << recovery.status().message();
  ASSERT_EQ(recovery->pages.size(), 1u);
  EXPECT_EQ(recovery->pages[0].page_id, "doc:a");
  EXPECT_EQ(recovery->pages[0].text, "Kim wrote to Peng.");
  // Its page record (and so its path) is lost: a name of the same kind.
  EXPECT_EQ(recovery->pages[0].source_path, "doc:a.txt");
  ASSERT_EQ(recovery->lost.size(), 1u);
  EXPECT_EQ(recovery->lost[0].page_id, "doc:b");
  EXPECT_EQ(recovery->lost[0].source_path, "pages/doc:b.txt");
  EXPECT_TRUE(Contains(recovery->lost[0].why, "unknown value format byte"));
}

TEST_F(IntegrityTest, RecoverPagesKeepsStoredPathsInImportOrder) {
  Close();
  auto recovery = RecoverPages(dir_.db());
  ASSERT_TRUE(recovery.ok()) << recovery.status().message();
  ASSERT_EQ(recovery->pages.size(), 2u);
  EXPECT_EQ(recovery->pages[0].source_path, "pages/doc:a.txt");
  EXPECT_EQ(recovery->pages[1].source_path, "pages/doc:b.txt");
  EXPECT_TRUE(recovery->lost.empty());
}

}  // namespace
}  // namespace parley::storage
