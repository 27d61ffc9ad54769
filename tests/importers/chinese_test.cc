// Pages in Chinese: a Wilson page that prints the Chinese original over the
// English translation, and one in Chinese alone. The language, the address
// with its copies, dates and hours in Han numerals, the points marked "一、"
// and their topics.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "tests/importers/page_fixture.h"

namespace parley::importers::test_data {
namespace {

constexpr std::string_view kChineseHead = R"(Skip to content

November 3, 1951

Telegram, Peng Dehuai to Mao Zedong, on the Answer about Prisoners of War


彭德怀关于战俘问题给毛泽东的电报

（一九五一年十一月三日）


毛主席，并告金首相、克农同志：


敌方代表昨日再次提出战俘问题。我们拟按以下几点答复，是否妥当，请示：


一、双方释放全部战俘，实行全部交换。


二、双方军队自军事分界线各后撤二公里，建立非军事区。


彭德怀

十一月三日二十一时


)";

constexpr std::string_view kEnglish =
    R"(Chairman Mao, and for the information of Premier Kim [Il Sung] and Comrade [Li] Kenong:


The enemy's delegates raised the question of prisoners again yesterday. We intend to answer on the following points. Please instruct us whether they are proper:


1. Both sides release all their prisoners, in an exchange of all for all.


2. The troops of both sides pull back two kilometres from the military demarcation line to set up a demilitarized zone.


Peng Dehuai

21:00, 3 November


)";

constexpr std::string_view kFooter =
    R"(Peng Dehuai asks Mao to approve the answer the delegation is to give on prisoners of war.

Document Information

Source

Peng Dehuai junshi wenxuan (Beijing, 1988), 421.


Type

Telegram

Language

Chinese, English

Record ID
)";

TEST(ChinesePageTest, TheOriginalAndTheTranslationAreOneTelegram) {
  Page page(std::string(kChineseHead) + std::string(kEnglish) +
            std::string(kFooter));
  const std::string& doc = page.outer();
  const Value* langs = page.node(doc).props.Get("languages");
  ASSERT_NE(langs, nullptr);
  ASSERT_EQ(langs->as_array().size(), 2u);
  EXPECT_EQ(langs->as_array()[0].as_string(), "en");
  EXPECT_EQ(langs->as_array()[1].as_string(), "zh");
  EXPECT_EQ(page.prop(doc, "date"), "1951-11-03");
  // "十一月三日二十一时" under the signature: the hour it went.
  EXPECT_EQ(page.prop(doc, "sent"), "1951-11-03T21:00");
  EXPECT_EQ(page.authors(doc), Ids{"person:peng-dehuai"});
  EXPECT_EQ(page.targets(doc, EdgeKind::kAddressedTo),
            Ids{"person:mao-zedong"});
  // "并告金首相、克农同志": those to be informed are copies.
  EXPECT_EQ(page.targets(doc, EdgeKind::kCopyTo),
            (Ids{"person:kim-il-sung", "person:li-kenong"}));
  // "一、" and "1. " are the same point, in both languages.
  Ids clauses = page.targets(doc, EdgeKind::kHasClause);
  ASSERT_EQ(clauses.size(), 2u);
  std::string one = page.clause(doc, "1");
  const Value* text = page.node(one).props.Get("text");
  ASSERT_NE(text, nullptr);
  EXPECT_EQ(text->GetString("zh"), "双方释放全部战俘，实行全部交换。");
  EXPECT_NE(text->GetString("en").find("all for all"), std::string::npos);
  bool chinese_evidence = false;
  for (const Evidence& ev : page.node(one).evidence)
    chinese_evidence = chinese_evidence || ev.lang == "zh";
  EXPECT_TRUE(chinese_evidence);
  EXPECT_EQ(page.sources(one, EdgeKind::kProposes), Ids{"person:peng-dehuai"});
}

// "联合国军总司令李奇微将军：": the office before the name is no addressee
// of its own; "为此，我们...要求你方明确答复：" is a sentence, no address.
TEST(ChinesePageTest, TheAddresseeWithHisOfficeAndASentenceThatIsNone) {
  Page page(R"(Skip to content

December 24, 1951

Letter of Kim Il Sung and Peng Dehuai on the Prisoners of War


联合国军总司令李奇微将军：

你方十二月二十一日来信已收到。

为此，我们不能不向你方提出如下问题，并要求你方明确答复：

一、双方释放全部战俘。

金日成
彭德怀


Kim Il Sung and Peng Dehuai answer Ridgway on the prisoners of war.

Document Information

Type

Letter

Record ID
)");
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kAddressedTo),
            Ids{"person:matthew-ridgway"});
  EXPECT_TRUE(page.targets(page.outer(), EdgeKind::kCopyTo).empty());
}

TEST(ChinesePageTest, APageInChineseAloneHasItsTopics) {
  std::string footer(kFooter);
  footer.replace(footer.find("Chinese, English"), 16, "Chinese");
  Page page(std::string(kChineseHead) + footer);
  const std::string& doc = page.outer();
  const Value* langs = page.node(doc).props.Get("languages");
  ASSERT_NE(langs, nullptr);
  ASSERT_EQ(langs->as_array().size(), 1u);
  EXPECT_EQ(langs->as_array()[0].as_string(), "zh");
  ASSERT_EQ(page.targets(doc, EdgeKind::kHasClause).size(), 2u);
  // "战俘" and "全部交换"; "非军事区", "分界线" and "后撤".
  EXPECT_EQ(page.clause_topics(page.clause(doc, "一")),
            Ids{"prisoners_of_war"});
  EXPECT_EQ(page.clause_topics(page.clause(doc, "二")),
            (Ids{"buffer_zone", "demarcation_line", "withdrawal"}));
}

// Chinese paragraphs, and their translations, often open with two
// ideographic spaces ("　　一、"): the points are the same points.
TEST(ChinesePageTest, PointsIndentedWithIdeographicSpaces) {
  std::string text =
      std::string(kChineseHead) + std::string(kEnglish) + std::string(kFooter);
  for (std::string_view mark : {"一、", "二、", "1. ", "2. "})
    text.replace(text.find(mark), 0, "\u3000\u3000");
  Page page(text);
  const std::string& doc = page.outer();
  ASSERT_EQ(page.targets(doc, EdgeKind::kHasClause).size(), 2u);
  EXPECT_EQ(page.clause_topics(page.clause(doc, "1")), Ids{"prisoners_of_war"});
  // A subcommittee ("小组委员会") is no supervisory commission.
  std::string sub(kChineseHead);
  sub.replace(sub.find("双方释放全部战俘，实行全部交换。"),
              std::string_view("双方释放全部战俘，实行全部交换。").size(),
              "同意由双方各派代表二人组成小组委员会。");
  Page chinese(sub + std::string(kFooter));
  EXPECT_EQ(chinese.clause_topics(chinese.clause(chinese.outer(), "一")),
            Ids{"negotiation_procedure"});
}

TEST(ChinesePageTest, PointMarkersOfChineseTexts) {
  // "（一）" and "(二)" as "一、" is; the Heavenly Stems letter sub-points.
  Page page(R"(Skip to content

November 3, 1951

Telegram, Peng Dehuai to Mao Zedong


毛主席：

我们建议：

（一）双方停火。

(二)双方释放全部战俘。

甲、重伤病战俘优先遣返。

乙、其余战俘分批遣返。

彭德怀


Peng Dehuai proposes a ceasefire and the release of all prisoners of war.

Document Information

Type

Telegram

Record ID
)");
  const std::string& doc = page.outer();
  Ids clauses = page.targets(doc, EdgeKind::kHasClause);
  ASSERT_EQ(clauses.size(), 4u);
  // The ordinal as printed.
  EXPECT_EQ(page.prop(page.clause(doc, "一"), "ordinal"), "一");
  EXPECT_EQ(page.clause_topics(page.clause(doc, "一")), Ids{"ceasefire"});
  std::string jia = page.clause(doc, "甲");
  const Value* text = page.node(jia).props.Get("text");
  ASSERT_NE(text, nullptr);
  EXPECT_EQ(text->GetString("zh"), "重伤病战俘优先遣返。");
  // "一九五一年" is a year, not point 1.
  Page dated(
      "Skip to content\n\nNovember 3, 1951\n\nTelegram\n\n"
      "一九五一年十一月三日\n\n毛主席：\n\n我们同意。\n");
  EXPECT_TRUE(dated.targets(dated.outer(), EdgeKind::kHasClause).empty());
}

// A telegram to two addressees joined by "并", with copies after "并告" and
// an editors' note marker on a name ("李克农〔1〕", "Li Kenong[1]"); a title
// that says what it is about after its parties; principles "（六）（七）"
// inside point 一, numbered on from an earlier list, before point 二. Each
// point keeps its ordinal as each language prints it.
TEST(ChinesePageTest, TwoAddresseesAPrincipleListInsideAPointAndNoteMarkers) {
  Page page(R"(Skip to content

December 2, 1951

Telegram from Mao Zedong to Peng Dehuai and Kim Il Sung, on Two More Principles for Agenda Item Three


彭德怀同志并金日成同志，并告李克农〔1〕同志：


一、同意再提出下列两项原则：


（六）双方不从朝鲜境外进入任何军事力量。


（七）双方邀请中立国家组成监察机构。


二、战俘问题，我方主张全部交换。


毛泽东


Comrades Peng Dehuai and Kim Il Sung, and for the information of Comrade Li Kenong[1]:


1. We agree to put forward the following two more principles:


(6) Neither side introduces any military forces into Korea from outside.


(7) Both sides invite neutral nations to form a supervisory organ.


2. On prisoners of war our side proposes an exchange of all for all.


Mao Zedong


Mao Zedong agrees to two more principles.

Document Information

Type

Telegram

Record ID
)");
  const std::string& doc = page.outer();
  EXPECT_EQ(page.authors(doc), Ids{"person:mao-zedong"});
  EXPECT_EQ(page.targets(doc, EdgeKind::kAddressedTo),
            (Ids{"person:kim-il-sung", "person:peng-dehuai"}));
  EXPECT_EQ(page.targets(doc, EdgeKind::kCopyTo), Ids{"person:li-kenong"});
  EXPECT_EQ(page.targets(doc, EdgeKind::kHasClause).size(), 4u);
  for (auto [zh, en] : {std::pair{"六", "6"}, {"七", "7"}, {"二", "2"}}) {
    std::string clause = page.clause(doc, zh);
    ASSERT_FALSE(clause.empty()) << zh;
    const Value* ordinals = page.node(clause).props.Get("ordinals");
    ASSERT_NE(ordinals, nullptr) << zh;
    EXPECT_EQ(ordinals->GetString("zh"), zh);
    EXPECT_EQ(ordinals->GetString("en"), en);
  }
}

}  // namespace
}  // namespace parley::importers::test_data
