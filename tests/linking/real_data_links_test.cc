// The links the linker makes over the real pages of data/, imported as
// `parley import data` does: the reply of 3 July tied weakly to 21404, the
// civilians lineage, and the changes the issue of trustworthy answers named.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "graph/props.h"
#include "importers/import_file.h"
#include "importers/knowledge.h"
#include "linking/linker.h"
#include "storage/store.h"
#include "tests/storage/test_dir.h"

namespace parley::linking {
namespace {

using graph::Edge;
using graph::EdgeKind;
using graph::NodeId;
using graph::Value;

constexpr char k21404[] = "doc:telegram-21404-1951-07-03";
constexpr char kKim[] = "doc:telegram-21404-1951-07-03/message-1951-06-30";
constexpr char k3950[] = "doc:telegram-3950-1951-07-03";
constexpr char k501869[] = "doc:telegram-501869-1951-07-01";
constexpr char kArmistice[] = "doc:agreement-1953-07-27";

// data/ imported once into a store shared by the tests.
class RealDataLinksTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new storage::TestDir();
    auto store = storage::Store::Open(dir_->db());
    ASSERT_TRUE(store.ok()) << store.status().message();
    store_ = std::move(store).value().release();
    Result<importers::Knowledge> knowledge =
        importers::LoadKnowledge(PARLEY_DATA_DIR);
    ASSERT_TRUE(knowledge.ok()) << knowledge.status().message();
    Linker linker(*store_);
    std::vector<std::string> files;
    for (const auto& entry :
         std::filesystem::directory_iterator(PARLEY_DATA_DIR)) {
      std::string ext = entry.path().extension().string();
      std::string name = entry.path().filename().string();
      if (ext == ".txt" || ext == ".xml" ||
          (ext == ".json" && name != "README.json"))
        files.push_back(entry.path().string());
    }
    std::sort(files.begin(), files.end());
    for (const std::string& path : files) {
      std::ifstream in(path, std::ios::binary);
      std::string bytes((std::istreambuf_iterator<char>(in)),
                        std::istreambuf_iterator<char>());
      Result<graph::Fragment> page =
          importers::ImportFile(path, bytes, *knowledge);
      if (!page.ok()) continue;  // data/README and the tables
      ASSERT_TRUE(linker.Apply(*page).ok()) << path;
    }
  }
  static void TearDownTestSuite() {
    delete store_;
    delete dir_;
  }

  static std::vector<Edge> Out(const NodeId& id, EdgeKind kind) {
    return store_->NewReader()->OutEdges(id, kind);
  }
  static std::vector<Edge> In(const NodeId& id, EdgeKind kind) {
    return store_->NewReader()->InEdges(id, kind);
  }
  static const Value* Change(const Edge& e, const std::string& field) {
    const Value* changes = e.props.Get("changes");
    if (changes == nullptr || !changes->is_array()) return nullptr;
    for (const Value& c : changes->as_array()) {
      if (c.GetString("field") == field) return &c;
    }
    return nullptr;
  }

  static storage::TestDir* dir_;
  static storage::Store* store_;
};

storage::TestDir* RealDataLinksTest::dir_ = nullptr;
storage::Store* RealDataLinksTest::store_ = nullptr;

TEST_F(RealDataLinksTest, TheReplyOf3JulyIsTiedWeaklyWithItsTwoConflicts) {
  std::vector<Edge> responds = Out(k3950, EdgeKind::kRespondsTo);
  ASSERT_EQ(responds.size(), 1u);
  EXPECT_EQ(responds[0].target, k21404);
  EXPECT_EQ(responds[0].props.GetString("strength"), "weak");
  std::vector<std::string> conflicts =
      graph::Strings(responds[0].props.Get("conflicts"));
  ASSERT_EQ(conflicts.size(), 2u);
  EXPECT_NE(conflicts[0].find("commission of representatives of neutral"),
            std::string::npos)
      << conflicts[0];
  EXPECT_NE(conflicts[1].find("point 5"), std::string::npos) << conflicts[1];
  // Its numbered positions are not tied through it; the foreign troops and
  // the refugees, named by content, are.
  std::set<NodeId> targets;
  for (const Edge& e : Out(k3950, EdgeKind::kStance)) {
    EXPECT_NE(graph::Strings(e.props.Get("matched_by")),
              std::vector<std::string>{"number"})
        << e.target;
    EXPECT_EQ(e.props.GetString("strength"), "weak") << e.target;
    targets.insert(e.target);
  }
  EXPECT_EQ(targets, (std::set<NodeId>{std::string(kKim) + "/clause-5",
                                       std::string(kKim) + "/clause-7"}));
}

TEST_F(RealDataLinksTest, TheDecisionOf28AugustAnswersMaosTelegramStrongly) {
  std::vector<Edge> responds =
      Out("doc:decision-p83-280-1951-08-28", EdgeKind::kRespondsTo);
  ASSERT_EQ(responds.size(), 1u);
  EXPECT_EQ(responds[0].target, "doc:telegram-23256-1951-08-27");
  EXPECT_EQ(responds[0].props.GetString("strength"), "strong");
}

// Kim's point 7 (civilians) -> 501869's point е -> the armistice's III.59
// (civilians); the prisoners' article III.51 continues е without the
// civilians, and says so.
TEST_F(RealDataLinksTest, TheCiviliansLineageEndsAtTheCiviliansArticle) {
  const std::string e = std::string(k501869) + "/clause-e";
  const std::string iii59 = std::string(kArmistice) + "/clause-iii-59";
  const std::string iii51 = std::string(kArmistice) + "/clause-iii-51";
  // Back from III.59 along VARIANT_OF: е, then Kim's point 7.
  std::set<NodeId> ancestors;
  std::vector<NodeId> frontier = {iii59};
  for (int depth = 0; depth < 8 && !frontier.empty(); ++depth) {
    std::vector<NodeId> next;
    for (const NodeId& id : frontier) {
      for (const Edge& v : Out(id, EdgeKind::kVariantOf)) {
        if (ancestors.insert(v.target).second) next.push_back(v.target);
      }
    }
    frontier = next;
  }
  EXPECT_TRUE(ancestors.count(std::string(kKim) + "/clause-7"));
  // No version of Kim's civilians point leads to the prisoners' article
  // without saying that the civilians were dropped.
  for (const Edge& v : Out(iii51, EdgeKind::kVariantOf)) {
    const Value* topics = Change(v, "topics");
    std::vector<std::string> from = topics ? graph::Strings(topics->Get("from"))
                                           : std::vector<std::string>();
    if (std::find(from.begin(), from.end(), "civilians") == from.end())
      continue;
    std::vector<std::string> to = graph::Strings(topics->Get("to"));
    EXPECT_EQ(std::find(to.begin(), to.end(), "civilians"), to.end());
  }
  // Where е is continued by both articles, the civilians one is the closer
  // in what it says.
  double to59 = -1, to51 = -1;
  for (const Edge& v : In(e, EdgeKind::kVariantOf)) {
    double s = v.props.Get("similarity")->as_double();
    if (v.source == iii59) to59 = s;
    if (v.source == iii51) to51 = s;
  }
  if (to59 >= 0 && to51 >= 0) {
    EXPECT_GE(to59, to51);
  }
}

TEST_F(RealDataLinksTest, UpTo10KmIsARangeFromZeroWithTheRussianGoverning) {
  auto node = store_->NewReader()->GetNode(std::string(kKim) + "/clause-2");
  ASSERT_TRUE(node.has_value());
  const Value* terms = node->props.Get("terms");
  ASSERT_NE(terms, nullptr);
  const Value* distances = terms->Get("distances");
  ASSERT_NE(distances, nullptr);
  ASSERT_EQ(distances->as_array().size(), 1u);
  const Value& d = distances->as_array()[0];
  EXPECT_EQ(graph::IntAt(d, "min"), 0);
  EXPECT_EQ(graph::IntAt(d, "max"), 10);
  EXPECT_EQ(d.GetString("bound"), "up_to");
  EXPECT_EQ(d.GetString("note"), "the English translation drops \"up to\"");
  EXPECT_EQ(d.Get("lang"), nullptr);
}

TEST_F(RealDataLinksTest, TheNavalForcesDroppedAreAStoredChange) {
  std::vector<Edge> v =
      Out(std::string(k501869) + "/clause-v", EdgeKind::kVariantOf);
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].target, std::string(kKim) + "/clause-3");
  const Value* forces = Change(v[0], "forces");
  ASSERT_NE(forces, nullptr);
  std::vector<std::string> from = graph::Strings(forces->Get("from"));
  std::vector<std::string> to = graph::Strings(forces->Get("to"));
  EXPECT_NE(std::find(from.begin(), from.end(), "naval"), from.end());
  EXPECT_EQ(std::find(to.begin(), to.end(), "naval"), to.end());
}

// Durations are compared only when they measure the same thing: the
// political conference's three months (IV.60) never against a withdrawal.
TEST_F(RealDataLinksTest, DurationsOfDifferentThingsAreNeverCompared) {
  int compared = 0;
  store_->NewReader()->ForEachEdge([&](const Edge& e) {
    if (e.kind != EdgeKind::kVariantOf) return true;
    const Value* changes = e.props.Get("changes");
    if (changes == nullptr) return true;
    for (const Value& c : changes->as_array()) {
      if (c.GetString("field") != "duration") continue;
      const Value* from = c.Get("from");
      const Value* to = c.Get("to");
      if (from == nullptr || to == nullptr || from->is_null() || to->is_null())
        continue;
      ++compared;
      EXPECT_EQ(from->GetString("subject"), to->GetString("subject"))
          << e.source << " -> " << e.target;
      EXPECT_EQ(from->GetString("kind"), to->GetString("kind"))
          << e.source << " -> " << e.target;
    }
    return true;
  });
  for (const Edge& v :
       Out(std::string(kArmistice) + "/clause-iv-60", EdgeKind::kVariantOf)) {
    const Value* d = Change(v, "duration");
    if (d == nullptr) continue;
    EXPECT_TRUE(d->Get("from") == nullptr || d->Get("from")->is_null())
        << "IV.60's three months compared with " << v.target;
  }
}

TEST_F(RealDataLinksTest, The30DaysOf16002AreAWindowForSigning) {
  int windows = 0;
  for (const char* ordinal : {"2", "3"}) {
    auto node = store_->NewReader()->GetNode(
        std::string("doc:telegram-16002-1952-01-31/agreement-1951-11-23/"
                    "clause-") +
        ordinal);
    ASSERT_TRUE(node.has_value()) << ordinal;
    const Value* terms = node->props.Get("terms");
    ASSERT_NE(terms, nullptr);
    const Value* durations = terms->Get("durations");
    ASSERT_NE(durations, nullptr) << ordinal;
    for (const Value& d : durations->as_array()) {
      EXPECT_EQ(d.GetString("kind"), "window") << ordinal;
      ++windows;
    }
  }
  EXPECT_GE(windows, 2);
}

}  // namespace
}  // namespace parley::linking
