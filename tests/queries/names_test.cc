#include "queries/names.h"

#include <gtest/gtest.h>

#include "tests/queries/query_graph.h"

namespace parley::queries {
namespace {

using namespace testing;  // NOLINT: the fixture's ids

std::string Resolved(
    QueryGraph& g, const std::string& text,
    std::optional<graph::NodeKind> kind = graph::NodeKind::kPerson,
    const NameHint& hint = {}) {
  auto node = ResolveNode(g.snapshot(), text, kind, hint);
  return node.ok() ? node->id : "error: " + node.status().message();
}

TEST(ResolveNodeTest, FindsAPersonByIdNameCodenameAndAnyScriptOrCase) {
  QueryGraph g;
  EXPECT_EQ(Resolved(g, kStalin), kStalin);
  EXPECT_EQ(Resolved(g, "Joseph Stalin"), kStalin);
  EXPECT_EQ(Resolved(g, "Stalin"), kStalin);    // a part of the name
  EXPECT_EQ(Resolved(g, "Filippov"), kStalin);  // codename stored as alias
  EXPECT_EQ(Resolved(g, "ФИЛИППОВ"), kStalin);
  EXPECT_EQ(Resolved(g, "филиппов"), kStalin);
  EXPECT_EQ(Resolved(g, "Сталин"), kStalin);
  EXPECT_EQ(Resolved(g, "kim il-sung"), kKim);
}

TEST(ResolveNodeTest, UsesTheCallersHintForNamesNotStored) {
  QueryGraph g;
  NameHint hint =
      [](std::string_view name,
         std::optional<graph::NodeKind>) -> std::optional<graph::NodeId> {
    if (name == "Сталина") return std::string(kStalin);
    if (name == "Molotov") return std::string("person:vyacheslav-molotov");
    return std::nullopt;
  };
  EXPECT_EQ(Resolved(g, "Сталина", graph::NodeKind::kPerson, hint), kStalin);
  // Known to the hint, but on no stored page: said so.
  std::string molotov = Resolved(g, "Molotov", graph::NodeKind::kPerson, hint);
  EXPECT_NE(molotov.find("person:vyacheslav-molotov"), std::string::npos)
      << molotov;
  EXPECT_NE(molotov.find("no imported page"), std::string::npos) << molotov;
}

TEST(ResolveNodeTest, AnAmbiguousNameListsTheCandidates) {
  QueryGraph g;
  auto node = ResolveNode(g.snapshot(), "Kim", graph::NodeKind::kPerson);
  ASSERT_FALSE(node.ok());
  EXPECT_EQ(node.status().code(), Status::Code::kNotFound);
  EXPECT_NE(node.status().message().find("Kim Il Sung (person:kim-il-sung)"),
            std::string::npos)
      << node.status().message();
  EXPECT_NE(node.status().message().find("Kim Chaek (person:kim-chaek)"),
            std::string::npos)
      << node.status().message();
}

TEST(ResolveNodeTest, ATypoSuggestsTheNearestNames) {
  QueryGraph g;
  auto node = ResolveNode(g.snapshot(), "Stallin", graph::NodeKind::kPerson);
  ASSERT_FALSE(node.ok());
  EXPECT_EQ(node.status().code(), Status::Code::kNotFound);
  EXPECT_NE(node.status().message().find("did you mean 'Joseph Stalin'"),
            std::string::npos)
      << node.status().message();
  auto nothing =
      ResolveNode(g.snapshot(), "Eisenhower", graph::NodeKind::kPerson);
  ASSERT_FALSE(nothing.ok());
  EXPECT_EQ(nothing.status().message().find("did you mean"), std::string::npos)
      << nothing.status().message();
}

TEST(ResolveNodeTest,
     APersonGoesBeforeDocumentsNamingHimAndNumbersFindDocuments) {
  QueryGraph g;
  EXPECT_EQ(Resolved(g, "Mao", std::nullopt), kMao);
  EXPECT_EQ(Resolved(g, "21404", std::nullopt), kTelegram21404);
  EXPECT_EQ(Resolved(g, "telegram 501869", graph::NodeKind::kDocument),
            kReport);
  // A kind that does not fit is not found.
  EXPECT_NE(Resolved(g, kTelegram21404, graph::NodeKind::kPerson).find("error"),
            std::string::npos);
}

}  // namespace
}  // namespace parley::queries
