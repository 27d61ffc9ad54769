#include "storage/text_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "graph/fragment.h"
#include "tests/storage/test_dir.h"

namespace parley::storage {
namespace {

graph::Fragment MakePage(const std::string& page_id, const std::string& text) {
  graph::Fragment page;
  page.page_id = page_id;
  page.source_path = page_id + ".txt";
  page.text = text;
  page.content_hash = graph::ContentHash(text);
  return page;
}

std::vector<std::string> Pages(const TextResults& r) {
  std::vector<std::string> out;
  for (const TextHit& h : r.hits) out.push_back(h.page_id);
  std::sort(out.begin(), out.end());
  return out;
}

TEST(IndexWordsTest, StemsEachLanguageByItsOwnRulesWithByteOffsets) {
  std::string text = "Военнопленными обменяться; prisoners EXCHANGED.";
  std::vector<IndexWord> words = IndexWords(text);
  ASSERT_EQ(words.size(), 4u);
  EXPECT_EQ(text.substr(words[2].start, words[2].end - words[2].start),
            "prisoners");
  EXPECT_EQ(words[0].term, IndexTerm("военнопленные"));
  EXPECT_EQ(words[2].term, IndexTerm("prisoner"));
  EXPECT_EQ(words[3].term, IndexTerm("exchange"));
  EXPECT_EQ(IndexTerm("зону"), IndexTerm("зона"));
  EXPECT_EQ(IndexTerm("Сталина"), IndexTerm("Сталин"));
  // Whole words: a word never holds the term of another that begins it.
  EXPECT_NE(IndexTerm("first"), IndexTerm("fire"));
  EXPECT_EQ(IndexTerm("38"), "38");
  EXPECT_EQ(IndexTerm("—"), "");
}

TEST(TextIndexTest, FindsPagesByWordsPhrasesAndAlternatives) {
  TestDir dir;
  auto index = TextIndex::OpenForWrite(dir.db());
  ASSERT_TRUE(index.ok()) << index.status().message();
  TextIndex& t = **index;
  ASSERT_TRUE(
      t.IndexPage("a", "h1", "The first line of fire at Kaesong.").ok());
  ASSERT_TRUE(
      t.IndexPage("b", "h2", "Переговоры в Кэсоне; огонь прекращен.").ok());
  ASSERT_TRUE(t.IndexPage("c", "h3", "Fire ceased. Neutral countries.").ok());
  ASSERT_TRUE(t.Commit().ok());
  EXPECT_EQ(t.page_count(), 3u);

  auto fire = t.Search({{{"fire"}}, 20});
  ASSERT_TRUE(fire.ok());
  EXPECT_EQ(Pages(*fire), (std::vector<std::string>{"a", "c"}));
  auto place = t.Search({{{"Kaesong", "Кэсон"}}, 20});
  EXPECT_EQ(Pages(*place), (std::vector<std::string>{"a", "b"}));
  // Every group must match.
  auto both = t.Search({{{"Kaesong", "Кэсон"}, {"fire"}}, 20});
  EXPECT_EQ(Pages(*both), (std::vector<std::string>{"a"}));
  // A phrase keeps its order.
  EXPECT_EQ(Pages(*t.Search({{{"neutral countries"}}, 20})),
            (std::vector<std::string>{"c"}));
  EXPECT_TRUE(t.Search({{{"countries neutral"}}, 20})->hits.empty());
  EXPECT_EQ(t.Search({{{"fire"}}, 1})->hits.size(), 1u);
  auto nothing = t.Search({{{"—"}}, 20});
  EXPECT_EQ(nothing.status().code(), Status::Code::kInvalidArgument);
}

TEST(TextIndexTest, ReplacesAPageByIdAndKnowsItsContentHash) {
  TestDir dir;
  auto index = TextIndex::OpenForWrite(dir.db());
  ASSERT_TRUE(index.ok());
  TextIndex& t = **index;
  ASSERT_TRUE(t.IndexPage("a", "h1", "observers").ok());
  ASSERT_TRUE(t.IndexPage("a", "h2", "refugees").ok());
  ASSERT_TRUE(t.Commit().ok());
  EXPECT_EQ(t.page_count(), 1u);
  EXPECT_TRUE(t.Holds("a", "h2"));
  EXPECT_FALSE(t.Holds("a", "h1"));
  EXPECT_FALSE(t.Holds("b", "h2"));
  EXPECT_TRUE(t.Search({{{"observers"}}, 20})->hits.empty());
  EXPECT_EQ(t.Search({{{"refugee"}}, 20})->hits.size(), 1u);
}

TEST(TextIndexTest, CatchUpIndexesWhatTheStoreHoldsAndTheIndexLacks) {
  TestDir dir;
  {
    auto store = Store::Open(dir.db());
    ASSERT_TRUE(store.ok());
    for (const auto& [id, text] :
         std::vector<std::pair<std::string, std::string>>{
             {"doc:a", "observers at Kaesong"}, {"doc:b", "refugees"}}) {
      ASSERT_TRUE((*store)->ApplyPage(MakePage(id, text)).ok());
    }
    auto index = TextIndex::OpenForWrite(dir.db());
    ASSERT_TRUE(index.ok());
    // An index from an interrupted import: one page stale, one missing,
    // one that the store no longer has.
    ASSERT_TRUE((*index)->IndexPage("doc:a", "old", "observers").ok());
    ASSERT_TRUE((*index)->IndexPage("doc:gone", "h", "observers").ok());
    auto reader = (*store)->NewReader();
    auto drift = (*index)->Compare(reader->Pages());
    ASSERT_TRUE(drift.ok());
    EXPECT_EQ(drift->missing.size(), 2u);
    EXPECT_EQ(drift->stale, std::vector<std::string>{"doc:gone"});
    auto caught_up = (*index)->CatchUp(*reader);
    ASSERT_TRUE(caught_up.ok()) << caught_up.status().message();
    EXPECT_EQ(*caught_up, 2u);
    EXPECT_EQ(*(*index)->CatchUp(*reader), 0u);  // nothing left to do
  }
  auto read = TextIndex::OpenForRead(dir.db());
  ASSERT_TRUE(read.ok());
  EXPECT_EQ((*read)->page_count(), 2u);
  EXPECT_EQ(Pages(*(*read)->Search({{{"Kaesong"}}, 20})),
            std::vector<std::string>{"doc:a"});
  // A writer holds the index alone.
  auto writer = TextIndex::OpenForWrite(dir.db());
  ASSERT_TRUE(writer.ok());
  auto second = TextIndex::OpenForWrite(dir.db());
  EXPECT_EQ(second.status().code(), Status::Code::kBusy);
}

TEST(TextIndexTest, ReadingADatabaseWithoutAnIndexSaysHowToMakeOne) {
  TestDir dir;
  auto read = TextIndex::OpenForRead(dir.db());
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.status().code(), Status::Code::kNotFound);
  EXPECT_NE(read.status().message().find("import"), std::string::npos);
}

// `make crash` met a search that opened the index between the writer
// making its folder and Xapian writing its files: the reader waits for
// them, and says what is wrong when they never come.
TEST(TextIndexTest, AReaderWaitsForAnIndexBeingMade) {
  TestDir dir;
  std::filesystem::create_directories(dir.db() + "/fulltext");
  std::thread writer([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    auto write = TextIndex::OpenForWrite(dir.db());
    ASSERT_TRUE(write.ok()) << write.status().message();
    ASSERT_TRUE((*write)->IndexPage(MakePage("doc:a", "ceasefire")).ok());
    ASSERT_TRUE((*write)->Commit().ok());
  });
  auto read = TextIndex::OpenForRead(dir.db());
  writer.join();
  EXPECT_TRUE(read.ok()) << read.status().message();

  TestDir never;
  std::filesystem::create_directories(never.db() + "/fulltext");
  auto nothing = TextIndex::OpenForRead(never.db());
  ASSERT_FALSE(nothing.ok());
  EXPECT_NE(nothing.status().message().find("full-text index"),
            std::string::npos);
}

}  // namespace
}  // namespace parley::storage
