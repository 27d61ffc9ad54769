// A page's Fragment as one JSON object (what `parley extract` writes and
// `parley ingest` reads): read back, it is the fragment that was written.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

#include "graph/fragment.h"
#include "importers/import_file.h"
#include "importers/knowledge.h"
#include "queries/json_value.h"

namespace parley::queries {
namespace {

using nlohmann::json;

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in),
                     std::istreambuf_iterator<char>());
}

// The seed page as the importer reads it.
graph::Fragment SeedFragment() {
  auto knowledge = importers::LoadKnowledge(PARLEY_DATA_DIR);
  EXPECT_TRUE(knowledge.ok()) << knowledge.status().message();
  std::string path = std::string(PARLEY_DATA_DIR) + "/000_7b6558650d750d46.txt";
  auto fragment = importers::ImportFile(path, ReadAll(path), *knowledge);
  EXPECT_TRUE(fragment.ok()) << fragment.status().message();
  return std::move(fragment).value();
}

TEST(FragmentJsonTest, ReadsBackTheFragmentItWrote) {
  graph::Fragment seed = SeedFragment();
  seed.warnings.push_back("a warning");
  // Through the text of a line, as extract writes it and ingest reads it.
  json line = json::parse(ToJson(seed).dump());
  Result<graph::Fragment> back = FragmentFromJson(line);
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(back->page_id, seed.page_id);
  EXPECT_EQ(back->source_path, seed.source_path);
  EXPECT_EQ(back->text, seed.text);
  EXPECT_EQ(back->content_hash, seed.content_hash);
  EXPECT_EQ(back->layout, seed.layout);
  EXPECT_EQ(back->warnings, seed.warnings);
  ASSERT_EQ(back->nodes().size(), seed.nodes().size());
  for (size_t i = 0; i < seed.nodes().size(); ++i) {
    const graph::Node& a = seed.nodes()[i];
    const graph::Node& b = back->nodes()[i];
    EXPECT_EQ(b.id, a.id);
    EXPECT_EQ(b.kind, a.kind);
    EXPECT_EQ(b.label, a.label);
    EXPECT_EQ(b.aliases, a.aliases);
    EXPECT_TRUE(b.props == a.props) << a.id;
    EXPECT_EQ(b.evidence, a.evidence) << a.id;
  }
  ASSERT_EQ(back->edges().size(), seed.edges().size());
  for (size_t i = 0; i < seed.edges().size(); ++i) {
    const graph::Edge& a = seed.edges()[i];
    const graph::Edge& b = back->edges()[i];
    EXPECT_EQ(b.source, a.source);
    EXPECT_EQ(b.target, a.target);
    EXPECT_EQ(b.kind, a.kind);
    EXPECT_TRUE(b.props == a.props) << a.source << " -> " << a.target;
    EXPECT_EQ(b.evidence, a.evidence);
  }
  // And written again, byte for byte the same line.
  EXPECT_EQ(ToJson(*back).dump(), ToJson(seed).dump());
}

TEST(FragmentJsonTest, KeysInTheContractOrder) {
  json j = json::parse(ToJson(SeedFragment()).dump());
  std::vector<std::string> keys;
  nlohmann::ordered_json ordered =
      nlohmann::ordered_json::parse(ToJson(SeedFragment()).dump());
  for (const auto& [key, value] : ordered.items()) keys.push_back(key);
  EXPECT_EQ(keys, (std::vector<std::string>{"page_id", "source_path", "text",
                                            "content_hash", "layout",
                                            "warnings", "nodes", "edges"}));
  // Nodes and edges in the export contract's shape.
  const json& node = j["nodes"][0];
  for (const char* key :
       {"id", "kind", "label", "aliases", "props", "evidence"})
    EXPECT_TRUE(node.contains(key)) << key;
  const json& edge = j["edges"][0];
  for (const char* key : {"source", "target", "kind", "props", "evidence"})
    EXPECT_TRUE(edge.contains(key)) << key;
}

TEST(FragmentJsonTest, NamesWhatIsWrong) {
  json j = json::parse(ToJson(SeedFragment()).dump());
  json no_hash = j;
  no_hash.erase("content_hash");
  EXPECT_EQ(FragmentFromJson(no_hash).status().message(),
            "\"content_hash\" is missing");
  json bad_kind = j;
  bad_kind["nodes"][2]["kind"] = "Planet";
  EXPECT_EQ(FragmentFromJson(bad_kind).status().message(),
            "nodes[2]: \"kind\" is not a node kind");
  json bad_edge = j;
  bad_edge["edges"][0].erase("target");
  EXPECT_EQ(FragmentFromJson(bad_edge).status().message(),
            "edges[0]: \"target\" is missing");
  json nodes_object = j;
  nodes_object["nodes"] = json::object();
  EXPECT_EQ(FragmentFromJson(nodes_object).status().message(),
            "\"nodes\" is not an array");
  EXPECT_FALSE(FragmentFromJson(json::array()).ok());
}

}  // namespace
}  // namespace parley::queries
