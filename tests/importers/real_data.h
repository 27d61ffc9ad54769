// The real data/gazetteer.tsv and data/topics.tsv, loaded once for the
// importer tests that read pages as a user's import would.
#ifndef PARLEY_TESTS_IMPORTERS_REAL_DATA_H_
#define PARLEY_TESTS_IMPORTERS_REAL_DATA_H_

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "importers/gazetteer.h"
#include "importers/knowledge.h"
#include "importers/topics.h"

namespace parley::importers::test_data {

inline const Gazetteer& RealGazetteer() {
  static const Gazetteer* gazetteer = [] {
    Result<Gazetteer> r =
        Gazetteer::LoadFile(std::string(PARLEY_DATA_DIR) + "/gazetteer.tsv");
    EXPECT_TRUE(r.ok()) << r.status().message();
    return new Gazetteer(r.ok() ? std::move(r).value() : Gazetteer());
  }();
  return *gazetteer;
}

inline const TopicList& RealTopics() {
  static const TopicList* topics = [] {
    Result<TopicList> r =
        TopicList::LoadFile(std::string(PARLEY_DATA_DIR) + "/topics.tsv");
    EXPECT_TRUE(r.ok()) << r.status().message();
    return new TopicList(r.ok() ? std::move(r).value()
                                : TopicList::Parse("x\ten\tx", "x").value());
  }();
  return *topics;
}

// A page of the project's own copy of the corpus (tests/data/corpus), byte
// for byte; "" (and a failure) when it cannot be read.
inline std::string CorpusText(const std::string& name) {
  std::ifstream in(
      std::string(PARLEY_SOURCE_DIR) + "/tests/data/corpus/" + name,
      std::ios::binary);
  EXPECT_TRUE(in) << name;
  return std::string(std::istreambuf_iterator<char>(in),
                     std::istreambuf_iterator<char>());
}

// Everything the importers read from data/: gazetteer, topics, cue tables.
inline const Knowledge& RealKnowledge() {
  static const Knowledge* knowledge = [] {
    Result<Knowledge> r = LoadKnowledge(PARLEY_DATA_DIR);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? new Knowledge(std::move(r).value()) : nullptr;
  }();
  return *knowledge;
}

}  // namespace parley::importers::test_data

#endif  // PARLEY_TESTS_IMPORTERS_REAL_DATA_H_
