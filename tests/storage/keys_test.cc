#include "storage/detail/keys.h"

#include <gtest/gtest.h>

#include <string>

namespace parley::storage::detail {
namespace {

using graph::EdgeKind;

TEST(KeysTest, NodeContributionsSortTogetherAndBeforeLongerIds) {
  // Every contribution to "doc:a" sorts before any of "doc:a/clause-1" or
  // "doc:ab", so a prefix scan of "doc:a\0" reads only doc:a.
  EXPECT_LT(NodeKey("doc:a", "zzz"), NodeKey("doc:a/clause-1", "aaa"));
  EXPECT_LT(NodeKey("doc:a", "zzz"), NodeKey("doc:ab", "aaa"));
  EXPECT_EQ(NodeKey("doc:a", "doc:x").rfind(NodePrefix("doc:a"), 0), 0u);
  EXPECT_NE(NodeKey("doc:ab", "doc:x").rfind(NodePrefix("doc:a"), 0), 0u);
}

TEST(KeysTest, EdgeKeysSortByNodeThenKindThenOtherEnd) {
  EXPECT_LT(EdgeKey("doc:a", EdgeKind::kAuthored, "z", "o"),
            EdgeKey("doc:a", EdgeKind::kAddressedTo, "a", "o"));
  EXPECT_LT(EdgeKey("doc:a", EdgeKind::kHasClause, "c-1", "z"),
            EdgeKey("doc:a", EdgeKind::kHasClause, "c-2", "a"));
  std::string key = EdgeKey("doc:a", EdgeKind::kStance, "doc:b", "x");
  EXPECT_EQ(key.rfind(EdgePrefix("doc:a", EdgeKind::kStance), 0), 0u);
  EXPECT_EQ(key.rfind(EdgePrefix("doc:a", std::nullopt), 0), 0u);
}

TEST(KeysTest, ParsesWhatItEncodes) {
  std::string edge =
      EdgeKey("doc:a", EdgeKind::kAuthored, "person:x", "links:doc:a");
  std::optional<EdgeKeyParts> e = ParseEdgeKey(edge);
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(e->near, "doc:a");
  EXPECT_EQ(e->kind, EdgeKind::kAuthored);
  EXPECT_EQ(e->far, "person:x");
  EXPECT_EQ(e->owner, "links:doc:a");

  // The parts are views into the key, so the keys must outlive them.
  std::string node = NodeKey("person:x", "doc:a");
  std::optional<NodeKeyParts> n = ParseNodeKey(node);
  ASSERT_TRUE(n.has_value());
  EXPECT_EQ(n->node_id, "person:x");
  EXPECT_EQ(n->owner, "doc:a");

  std::string name_key = NameIndexKey("kim il sung", "person:k", "doc:a");
  std::optional<NameKeyParts> name = ParseNameIndexKey(name_key);
  ASSERT_TRUE(name.has_value());
  EXPECT_EQ(name->name_key, "kim il sung");
  EXPECT_EQ(name->node_id, "person:k");
  EXPECT_EQ(name->owner, "doc:a");
}

TEST(KeysTest, RejectsMalformedKeys) {
  EXPECT_FALSE(ParseNodeKey("no-separator").has_value());
  EXPECT_FALSE(ParseNodeKey(std::string("id\0", 3)).has_value());
  EXPECT_FALSE(ParseEdgeKey(std::string("a\0\x63"
                                        "b\0o",
                                        6))
                   .has_value());
  EXPECT_FALSE(ParseNameIndexKey(std::string("k\0id", 4)).has_value());
}

TEST(KeysTest, UpperBoundIsJustPastThePrefix) {
  EXPECT_EQ(PrefixUpperBound(std::string("a\0", 2)), std::string("a\x01", 2));
  EXPECT_EQ(PrefixUpperBound("a\xff"), "b");
  EXPECT_EQ(PrefixUpperBound("\xff\xff"), "");
  EXPECT_EQ(PrefixUpperBound(""), "");
}

TEST(KeysTest, NumbersAreBigEndian) {
  EXPECT_EQ(EncodeUint32(0x01020304), std::string("\x01\x02\x03\x04", 4));
  EXPECT_LT(EncodeUint32(255), EncodeUint32(256));
  EXPECT_EQ(DecodeUint32(EncodeUint32(7)), 7u);
  EXPECT_FALSE(DecodeUint32("abc").has_value());
}

}  // namespace
}  // namespace parley::storage::detail
