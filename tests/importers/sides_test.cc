// The sides stage (importers/sides.cc): the side each person, organisation,
// delegation and document acts for, and the government's office a generic
// name stands for, on the pages of data/ and on small synthetic pages.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

#include "graph/props.h"
#include "importers/import_file.h"
#include "tests/importers/page_fixture.h"

namespace parley::importers::test_data {
namespace {

Page DataPage(const char* file) {
  return Page(ReadFile(fs::path(PARLEY_DATA_DIR) / file));
}

std::string Side(const Page& page, const std::string& id) {
  return page.prop(id, "side");
}

TEST(SidesTest, TwoMinistriesOfTwoGovernmentsAreTwoNodes) {
  // Razuvaev, the Soviet ambassador, passed the answer on "по линии МИДа"
  // (his own government's ministry); Pak Dong Cho is the DPRK's deputy
  // minister of foreign affairs.
  Page page = DataPage("1951-07-01-telegram-501869.txt");
  const std::string dprk = "org:dprk-ministry-of-foreign-affairs";
  const std::string soviet = "org:soviet-ministry-of-foreign-affairs";
  EXPECT_EQ(page.targets("person:pak-dong-cho", EdgeKind::kHoldsRole),
            Ids{dprk});
  EXPECT_NE(page.edge(page.outer(), EdgeKind::kMentions, soviet), nullptr);
  EXPECT_TRUE(page.has(dprk));
  EXPECT_TRUE(page.has(soviet));
  EXPECT_FALSE(page.has("org:ministry-of-foreign-affairs"));
  // Each keeps the spellings the page named it by.
  EXPECT_TRUE(HasAlias(page.node(soviet), "МИДа"));
  EXPECT_EQ(Side(page, dprk), "kpa-cpv");
  EXPECT_EQ(page.prop(dprk, "side_role"), "government");
  // The seed names the same ministry through Pak Dong Cho's role.
  Page seed = DataPage("000_7b6558650d750d46.txt");
  EXPECT_EQ(seed.targets("person:pak-dong-cho", EdgeKind::kHoldsRole),
            Ids{dprk});
  EXPECT_FALSE(seed.has(soviet));
}

TEST(SidesTest, AnOfficeGoesToItsContextsGovernmentInEitherLanguage) {
  struct Case {
    const char* author_line;  // title parties
    const char* sentence;
    const char* office;
  };
  const Case kCases[] = {
      {"Razuvaev to Shtemenko",
       "I have passed the text on through the Foreign Ministry channel.",
       "org:soviet-ministry-of-foreign-affairs"},
      {"Razuvaev to Shtemenko", "Текст я передал по линии МИДа.",
       "org:soviet-ministry-of-foreign-affairs"},
      // The person beside the office holds it, whoever writes.
      {"Razuvaev to Shtemenko",
       "PAK HON YONG, the Minister of Foreign Affairs, asked for the text.",
       "org:dprk-ministry-of-foreign-affairs"},
      {"Razuvaev to Shtemenko",
       "Об этом просил ПАК ХЕН ЕН — министр иностранных дел.",
       "org:dprk-ministry-of-foreign-affairs"},
      {"Mao Zedong to Cde. Filippov [Stalin]",
       "Our Foreign Ministry will publish the statement today.",
       "org:prc-ministry-of-foreign-affairs"},
      // No one with a government: the generic office stays.
      {"Ivanov to Petrov", "The Foreign Ministry will publish it.",
       "org:ministry-of-foreign-affairs"},
  };
  for (const Case& c : kCases) {
    Page page(std::string("July 5, 1951\n\nCiphered Telegram No. 5503, ") +
              c.author_line + "\n\n" + c.sentence + "\n\nSignature\n");
    EXPECT_NE(page.edge(page.outer(), EdgeKind::kMentions, c.office), nullptr)
        << c.sentence;
    for (const Node& n : page.fragment().nodes()) {
      if (n.kind == NodeKind::kOrganization && n.id != c.office) {
        EXPECT_EQ(n.id.find("ministry-of-foreign"), std::string::npos)
            << c.sentence << ": " << n.id;
      }
    }
  }
}

TEST(SidesTest, PeopleDelegationsAndDocumentsCarryTheirSide) {
  Page seed = DataPage("000_7b6558650d750d46.txt");
  EXPECT_EQ(Side(seed, "person:mao-zedong"), "kpa-cpv");
  EXPECT_EQ(seed.prop("person:mao-zedong", "side_role"), "government");
  EXPECT_EQ(Side(seed, "person:nam-il"), "kpa-cpv");
  EXPECT_EQ(seed.prop("person:nam-il", "side_role"), "delegation");
  EXPECT_EQ(Side(seed, "person:joseph-stalin"), "kpa-cpv");
  EXPECT_EQ(seed.prop("person:joseph-stalin", "side_role"), "adviser");
  // A document acts for its author's side and government.
  EXPECT_EQ(Side(seed, seed.outer()), "kpa-cpv");
  EXPECT_EQ(seed.prop(seed.outer(), "government"), "place:china");
  // One camp, three governments.
  EXPECT_EQ(seed.prop("person:mao-zedong", "government"), "place:china");
  EXPECT_EQ(seed.prop("person:kim-il-sung", "government"), "place:north-korea");
  EXPECT_EQ(seed.prop("person:joseph-stalin", "government"), "place:ussr");
  // The delegation Kim proposes is the KPA/CPV delegation.
  std::string delegation;
  for (const Node& n : seed.fragment().nodes()) {
    if (n.kind == NodeKind::kDelegation) delegation = n.id;
  }
  ASSERT_FALSE(delegation.empty());
  EXPECT_EQ(Side(seed, delegation), "kpa-cpv");
  EXPECT_EQ(seed.prop(delegation, "side_role"), "delegation");

  // The other side: Ridgway's report to the Joint Chiefs.
  Page ridgway = DataPage("frus-1951-07-17-hnc-108.txt");
  EXPECT_EQ(Side(ridgway, ridgway.outer()), "unc");
  EXPECT_EQ(Side(ridgway, "person:matthew-ridgway"), "unc");
  EXPECT_EQ(Side(ridgway, "org:joint-chiefs-of-staff"), "unc");
  // A place carries no side.
  EXPECT_EQ(seed.prop("place:korea", "side"), "");
}

TEST(SidesTest, ADelegateTheGazetteerLacksTakesTheDelegationsSide) {
  // ЛИ ХАК ГУ is in no gazetteer; he is a member of Kim's delegation.
  Page kim(kKimLetter);
  std::string delegate;
  for (const Node& n : kim.fragment().nodes()) {
    if (n.kind == NodeKind::kPerson && !graph::IsTrue(n.props, "resolved") &&
        kim.edge(n.id, EdgeKind::kMemberOf, kim.outer() + "/delegation"))
      delegate = n.id;
  }
  ASSERT_FALSE(delegate.empty());
  EXPECT_EQ(Side(kim, delegate), "kpa-cpv");
  EXPECT_EQ(kim.prop(delegate, "side_role"), "delegation");
}

TEST(SidesTest, TheAgreedTextIsAgreedByBothSidesAndIsNeithersDocument) {
  std::string path =
      std::string(PARLEY_DATA_DIR) + "/1953-07-27-armistice-agreement.json";
  Result<Fragment> f = ImportFile(path, ReadFile(path), RealKnowledge());
  ASSERT_TRUE(f.ok()) << f.status().message();
  std::map<std::string, std::set<std::string>> agreed;  // clause -> signers
  std::string doc;
  for (const Node& n : f->nodes()) {
    if (n.kind == NodeKind::kDocument) {
      doc = n.id;
      EXPECT_EQ(n.props.Get("side"), nullptr);
    }
  }
  for (const Edge& e : f->edges()) {
    if (e.kind != EdgeKind::kProposes) continue;
    EXPECT_EQ(e.props.GetString("modality"), "agreed") << e.target;
    agreed[e.target].insert(e.source);
  }
  ASSERT_EQ(agreed.size(), 7u);
  for (const auto& [clause, signers] : agreed) {
    EXPECT_EQ(signers,
              (std::set<std::string>{"person:kim-il-sung", "person:peng-dehuai",
                                     "person:mark-clark"}))
        << clause;
  }
  for (const Node& n : f->nodes()) {
    if (n.id == "person:mark-clark") {
      EXPECT_EQ(n.props.GetString("side"), "unc");
    }
    if (n.id == "person:peng-dehuai") {
      EXPECT_EQ(n.props.GetString("side"), "kpa-cpv");
    }
  }
}

}  // namespace
}  // namespace parley::importers::test_data
