#include "queries/search.h"

#include <gtest/gtest.h>

#include "graph/fragment.h"
#include "storage/store.h"
#include "storage/text_index.h"
#include "tests/storage/test_dir.h"

namespace parley::queries {
namespace {

using Groups = std::vector<std::vector<std::string>>;

// Spellings as the gazetteer gives them; "Kaesung" stands for a fuzzy
// guess of the gazetteer, which must not widen a search.
std::vector<std::string> Spellings(std::string_view name) {
  std::vector<std::string> kaesong = {"Kaesong", "Kaeseong", "Кэсон"};
  std::vector<std::string> kennan = {"George F. Kennan", "Kennan",
                                     "George Kennan", "Кеннан"};
  if (name == "Kaesong" || name == "Kaeseong" || name == "Кэсоне" ||
      name == "Kaesung")
    return kaesong;
  if (name == "George Kennan" || name == "Kennan") return kennan;
  return {};
}

SearchQuery Q(const std::string& text) {
  SearchQuery q;
  q.text = text;
  q.spellings = Spellings;
  return q;
}

TEST(QueryGroupsTest, NamesBecomeEverySpellingWordsStayWords) {
  EXPECT_EQ(QueryGroups(Q("Kaeseong talks")),
            (Groups{{"Kaeseong", "Kaesong", "Кэсон"}, {"talks"}}));
  // An inflected form is the name too (and stands for "Кэсон"); the
  // longest name is taken.
  EXPECT_EQ(QueryGroups(Q("Кэсоне")),
            (Groups{{"Кэсоне", "Kaesong", "Kaeseong"}}));
  EXPECT_EQ(QueryGroups(Q("George Kennan")).at(0).at(0), "George Kennan");
  EXPECT_EQ(QueryGroups(Q("George Kennan")).size(), 1u);
  // A guess that is no spelling of the name stays as typed.
  EXPECT_EQ(QueryGroups(Q("Kaesung")), (Groups{{"Kaesung"}}));
}

TEST(QueryGroupsTest, PhrasesAndFunctionWords) {
  EXPECT_EQ(QueryGroups(Q("\"neutral countries\" of the commission")),
            (Groups{{"neutral countries"}, {"commission"}}));
  EXPECT_EQ(QueryGroups(Q("of the")), (Groups{{"of"}, {"the"}}));
  EXPECT_TRUE(QueryGroups(Q(" -- ")).empty());
}

class SearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto store = storage::Store::Open(dir_.db());
    ASSERT_TRUE(store.ok());
    store_ = std::move(store).value();
    Add("doc:a",
        "Telegram. The first talks at Kaesong. The fire ceases at 22:00 "
        "Pyongyang time and the prisoners of war are exchanged.");
    Add("doc:b",
        "Переговоры в Кэсоне: контрольную комиссию составить из "
        "представителей нейтральных стран.");
    auto index = storage::TextIndex::OpenForWrite(dir_.db());
    ASSERT_TRUE(index.ok());
    index_ = std::move(index).value();
    reader_ = store_->NewReader();
    ASSERT_TRUE(index_->CatchUp(*reader_).ok());
    snapshot_ = std::make_unique<Snapshot>(*reader_);
  }

  void Add(const std::string& id, const std::string& text) {
    graph::Fragment page;
    page.page_id = id;
    page.text = text;
    page.content_hash = graph::ContentHash(text);
    graph::Node doc;
    doc.id = id;
    doc.kind = graph::NodeKind::kDocument;
    doc.label = "telegram " + id;
    doc.props["date"] = "1951-07-10";
    doc.evidence = {{id, "en", 0, 8, text.substr(0, 8)}};
    page.AddNode(doc);
    ASSERT_TRUE(store_->ApplyPage(page).ok());
  }

  storage::TestDir dir_;
  std::unique_ptr<storage::Store> store_;
  std::unique_ptr<storage::TextIndex> index_;
  std::unique_ptr<storage::Reader> reader_;
  std::unique_ptr<Snapshot> snapshot_;
};

// A page the index holds and the store no longer does (an import removed
// it and was cut short before the index caught up) is no hit.
TEST_F(SearchTest, APageTheStoreNoLongerHoldsIsNoHit) {
  ASSERT_TRUE(store_->ApplyBatch({}, {}, {"doc:a"}).ok());
  std::unique_ptr<storage::Reader> reader = store_->NewReader();
  Snapshot snapshot(*reader);
  auto r = Search(snapshot, *index_, Q("Kaeseong"));
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->hits.size(), 1u);
  EXPECT_EQ(r->hits[0].page_id, "doc:b");
}

TEST_F(SearchTest, HitsCarryDocumentDateSnippetAndMatchSpans) {
  auto r = Search(*snapshot_, *index_, Q("Kaeseong"));
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->hits.size(), 2u);
  for (const SearchHit& h : r->hits) {
    EXPECT_EQ(h.date, "1951-07-10");
    EXPECT_EQ(h.document.id, h.page_id);
    ASSERT_EQ(h.matches.size(), 1u);
    std::string word = h.quote.substr(h.matches[0].first - h.start,
                                      h.matches[0].second - h.matches[0].first);
    EXPECT_TRUE(word == "Kaesong" || word == "Кэсоне") << word;
    EXPECT_EQ(h.lang, word == "Kaesong" ? "en" : "ru");
  }
}

TEST_F(SearchTest, WholeWordsAndMarkedSnippets) {
  auto r = Search(*snapshot_, *index_, Q("fire"));
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->hits.size(), 1u);
  std::string marked = MarkSnippet(r->hits[0], "<", ">");
  EXPECT_NE(marked.find("<fire>"), std::string::npos) << marked;
  EXPECT_EQ(marked.find("<first>"), std::string::npos) << marked;
  auto ru = Search(*snapshot_, *index_, Q("контрольная комиссия"));
  ASSERT_EQ(ru->hits.size(), 1u);
  EXPECT_NE(MarkSnippet(ru->hits[0], "⟦", "⟧").find("⟦контрольную⟧ ⟦комиссию⟧"),
            std::string::npos);
  auto phrase = Search(*snapshot_, *index_, Q("\"prisoners of war\""));
  ASSERT_EQ(phrase->hits.size(), 1u);
  EXPECT_NE(MarkSnippet(phrase->hits[0], "[", "]").find("[prisoners of war]"),
            std::string::npos);
  EXPECT_TRUE(Search(*snapshot_, *index_, Q("zeppelin"))->hits.empty());
  EXPECT_EQ(Search(*snapshot_, *index_, Q("—")).status().code(),
            Status::Code::kInvalidArgument);
}

}  // namespace
}  // namespace parley::queries
