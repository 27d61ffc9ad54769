#include "importers/topics.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace parley::importers {
namespace {

using Names = std::vector<std::string>;
using NameSet = std::set<std::string>;

const TopicList& RealTopics() {
  static const TopicList* topics = [] {
    Result<TopicList> r =
        TopicList::LoadFile(std::string(PARLEY_DATA_DIR) + "/topics.tsv");
    EXPECT_TRUE(r.ok()) << r.status().message();
    return new TopicList(r.ok() ? std::move(r).value()
                                : TopicList::Parse("x\ten\tx", "x").value());
  }();
  return *topics;
}

// The topics of `text` by the real data file, as a set: the order is the
// file's and not what these tests are about.
NameSet Topics(const std::string& text) {
  Names v = RealTopics().Classify(text);
  return NameSet(v.begin(), v.end());
}

bool Contains(const NameSet& s, const std::string& name) {
  return s.count(name) > 0;
}

bool HasText(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

TEST(TopicsTest, DataFileListsTheDesignTopicsInOrder) {
  EXPECT_EQ(RealTopics().names(),
            (Names{"ceasefire", "withdrawal", "buffer_zone", "demarcation_line",
                   "movement_restriction", "naval_blockade",
                   "foreign_forces_withdrawal", "prisoners_of_war", "civilians",
                   "supervision", "negotiation_procedure",
                   "political_settlement", "military_aid"}));
}

// The seven points of Kim Il Sung's message in telegram 21404, each in
// Russian, in English, and both together as a clause holds them.
struct SeedClause {
  std::string ru;
  std::string en;
  NameSet topics;
};

const std::vector<SeedClause>& SeedClauses() {
  static const auto* clauses = new std::vector<SeedClause>{
      {"Начиная с какого дня и часа (по пхеньянскому времени) обе стороны "
       "должны прекратить огонь и все другие боевые действия.",
       "Beginning from a certain day and hour (according to Pyongyang time) "
       "both sides must cease fire and all other military operations.",
       {"ceasefire"}},
      {"Начиная с какого дня войска обеих сторон в течение трёх дней должны "
       "отойти на расстояние до 10 км от 38 параллели и создать в этом районе "
       "буферную зону.",
       "Beginning from a certain day the troops of both sides must within "
       "three days withdraw from the 38th parallel for a distance of 10 km and "
       "create a buffer zone in that region.",
       {"withdrawal", "buffer_zone"}},
      {"Обе стороны должны прекратить перемещение сухопутных войск, "
       "военно-морских и военно-воздушных сил через 38 параллель.",
       "Both sides must cease the transfer of land, naval and air forces "
       "across the 38th parallel.",
       {"movement_restriction"}},
      {"Отвести из территориальных вод Северной Кореи все иностранные корабли "
       "и ликвидировать блокаду морского побережья севернее 38 параллели.",
       "Withdraw all foreign ships from the territorial waters of North Korea "
       "and liquidate the blockage of the sea coast north of the 38th "
       "parallel.",
       {"naval_blockade"}},
      {"В течение двух месяцев со дня прекращения огня отвести из Кореи все "
       "иностранные сухопутные, военно-морские и военно-воздушные силы.",
       "In the course of two months from the day of the ceasefire all foreign "
       "land, naval and air forces will withdraw from Korea.",
       {"foreign_forces_withdrawal"}},
      {"В течение двух месяцев со дня прекращения огня произвести взаимообмен "
       "пленными.",
       "In the course of two months from the day of the ceasefire an exchange "
       "of prisoners will be conducted.",
       {"prisoners_of_war"}},
      {"Гражданское население, насильно угнанное американскими и "
       "лисынмановскими войсками из районов севернее 38 параллели, должно быть "
       "возвращено обратно.",
       "The civilian population forcefully taken by the American and Rhee "
       "Syngmann troops from regions north of the 38th parallel must be "
       "returned.",
       {"civilians"}},
  };
  return *clauses;
}

TEST(TopicsTest, SeedPointsGetExactlyTheirTopicsInEitherLanguage) {
  for (const SeedClause& c : SeedClauses()) {
    EXPECT_EQ(Topics(c.ru), c.topics) << c.ru;
    EXPECT_EQ(Topics(c.en), c.topics) << c.en;
    EXPECT_EQ(Topics(c.ru + "\n\n" + c.en), c.topics) << c.en;
  }
}

TEST(TopicsTest, CeasefireAnchorsDoNotMakeAClauseAboutTheCeasefire) {
  EXPECT_EQ(Topics("в) с момента прекращения огня запрещается пересекать 38 "
                   "параллель по воздуху и по суше;"),
            (NameSet{"movement_restriction"}));
  EXPECT_EQ(Topics("v) from the moment of the ceasefire, crossing the 38th "
                   "parallel by air or by land is forbidden;"),
            (NameSet{"movement_restriction"}));
  // The same words outside an anchor do name the ceasefire.
  EXPECT_EQ(Topics("а) срок прекращения огня и всех боевых действий;"),
            (NameSet{"ceasefire"}));
}

// Withdrawing a candidacy, a demand or a proposal withdraws no troops.
TEST(TopicsTest, WithdrawingACandidacyOrADemandIsNoWithdrawal) {
  EXPECT_EQ(Topics("you may withdraw the candidacy of the Soviet Union and "
                   "agree to a commission of four states"),
            (NameSet{"supervision"}));
  EXPECT_EQ(Topics("if the enemy withdraws his demand, we can agree"),
            NameSet{});
  EXPECT_EQ(Topics("противник отводит кандидатуру Советского Союза"),
            NameSet{});
  EXPECT_EQ(Topics("both sides withdraw their troops 2 km from the line"),
            (NameSet{"withdrawal"}));
}

// FRUS telegrams write in cable-ese: "polit conf", "custodial comsn".
TEST(TopicsTest, TheAbbreviationsOfCables) {
  EXPECT_TRUE(Contains(Topics("Commies might delay convening polit conf."),
                       "political_settlement"));
  EXPECT_TRUE(Contains(Topics("Transfer of custody of POWs to custodial comsn "
                              "is completed."),
                       "supervision"));
  EXPECT_TRUE(Contains(Topics("Each side shall have five ports of entry."),
                       "supervision"));
  EXPECT_TRUE(Contains(Topics("Repatriation within two months of all PW who "
                              "insist upon it."),
                       "prisoners_of_war"));
}
// How a point is phrased as a question: "that fire cease at once",
// "strengthen the air defence of North Korea".
TEST(TopicsTest, FireCeasingAndAirDefence) {
  EXPECT_TRUE(Contains(Topics("whether we should propose that fire cease at "
                              "once along the whole front"),
                       "ceasefire"));
  EXPECT_TRUE(Contains(Topics("whether China can strengthen the air defence "
                              "of North Korea"),
                       "military_aid"));
  EXPECT_TRUE(Contains(Topics("all armed forces of both sides stop all "
                              "hostile acts"),
                       "ceasefire"));
  EXPECT_FALSE(Contains(Topics("Neither side commits any hostile act within "
                               "this zone."),
                        "ceasefire"));
  // The conference site's security is the talks' own arrangement.
  EXPECT_TRUE(Contains(Topics("The conference site is at Pan Mun Jom."),
                       "negotiation_procedure"));
}

TEST(TopicsTest, CeasingATransferIsNotCeasingFire) {
  EXPECT_FALSE(
      Contains(Topics("Both sides must cease the transfer of land, naval and "
                      "air forces across the 38th parallel."),
               "ceasefire"));
}

// Bringing troops, arms and replacements into Korea from outside is what
// the armistice restricts (its article 13(c)), however many words stand
// between the verb and the troops.
TEST(TopicsTest, BringingTroopsAndReplacementsIntoKorea) {
  EXPECT_TRUE(Contains(
      Topics("Both sides stop bringing troops, arms and replacements into "
             "Korea from outside (by land, by sea and by air)."),
      "movement_restriction"));
  EXPECT_TRUE(Contains(
      Topics("Обе стороны прекращают переброску в Корею извне (по суше, по "
             "морю и по воздуху) войск, вооружения и пополнения."),
      "movement_restriction"));
}

TEST(TopicsTest, ReportedPointsOfRazuvaevsTelegram) {
  EXPECT_EQ(Topics("the time at which fire and all combat operations stop;"),
            (NameSet{"ceasefire"}));
  EXPECT_EQ(Topics("отвод войск на 5–10 км к северу и к югу от 38 параллели;"),
            (NameSet{"withdrawal"}));
  EXPECT_EQ(Topics("troops pulled back 5–10 km to the north and to the "
                   "south of the 38th parallel;"),
            (NameSet{"withdrawal"}));
  EXPECT_EQ(Topics("уход военно-морского флота из территориальных вод КОРЕИ "
                   "и снятие блокады;"),
            (NameSet{"naval_blockade"}));
  EXPECT_EQ(Topics("naval forces leave the territorial waters of KOREA and "
                   "the blockade is lifted;"),
            (NameSet{"naval_blockade"}));
  EXPECT_EQ(Topics("вывод из КОРЕИ всех иностранных войск в течение двух "
                   "месяцев;"),
            (NameSet{"foreign_forces_withdrawal"}));
  EXPECT_EQ(Topics("all foreign troops leave KOREA within two months;"),
            (NameSet{"foreign_forces_withdrawal"}));
  EXPECT_EQ(Topics("обмен военнопленными и возвращение угнанного "
                   "гражданского населения."),
            (NameSet{"prisoners_of_war", "civilians"}));
  EXPECT_EQ(Topics("prisoners of war are exchanged and the abducted "
                   "civilian population is returned."),
            (NameSet{"prisoners_of_war", "civilians"}));
}

TEST(TopicsTest, HowTalksShouldBeOpenedIsNegotiationProcedure) {
  EXPECT_EQ(Topics("Let the enemy be the first to come forward with an "
                   "approach."),
            (NameSet{"negotiation_procedure"}));
  EXPECT_EQ(Topics("We would like the Soviet government to sound out the "
                   "American government on an armistice."),
            (NameSet{"negotiation_procedure"}));
  EXPECT_EQ(Topics("Во время встречи представителей обеих сторон"),
            (NameSet{"negotiation_procedure"}));
}

TEST(TopicsTest, MaosTermsOfTheArmistice) {
  EXPECT_EQ(
      Topics("Terms of the armistice: the border is put back on the 38th "
             "parallel; a narrow strip is set aside [to form] a neutral zone, "
             "taken from North Korea and from South Korea alike. North and "
             "South Korea [are] not to meddle in each other's affairs."),
      (NameSet{"demarcation_line", "buffer_zone", "political_settlement"}));
}

TEST(TopicsTest, AgreedDemarcationLineText) {
  EXPECT_EQ(
      Topics("the line on which the forces of the two sides actually meet "
             "will serve as the military demarcation line, and each side will "
             "pull its armed forces back two kilometers from that line, so "
             "that a demilitarized zone exists for the duration of the "
             "armistice."),
      (NameSet{"demarcation_line", "withdrawal", "buffer_zone"}));
  EXPECT_EQ(Topics("fix the present line of contact as the military "
                   "demarcation line and as the centre line of the "
                   "demilitarized zone."),
            (NameSet{"demarcation_line", "buffer_zone"}));
  EXPECT_EQ(Topics("if the armistice agreement is not signed within those "
                   "30 days, the military demarcation line will be revised"),
            (NameSet{"demarcation_line"}));
}

TEST(TopicsTest, StalinsRepliesNamePointsByContent) {
  EXPECT_EQ(Topics("Оба оставшихся Ваших пункта — об отводе всех "
                   "иностранных войск и по вопросу о беженцах — следует "
                   "выдвинуть"),
            (NameSet{"foreign_forces_withdrawal", "civilians"}));
  EXPECT_EQ(Topics("Both of your remaining points, on the withdrawal of all "
                   "foreign troops and on refugees, should be put forward"),
            (NameSet{"foreign_forces_withdrawal", "civilians"}));
  EXPECT_EQ(Topics("Should the Americans propose a control commission of "
                   "the UN, turn it down"),
            (NameSet{"supervision"}));
  EXPECT_TRUE(
      Contains(Topics("комиссию, составленную из представителей нейтральных "
                      "государств"),
               "supervision"));
}

TEST(TopicsTest, MilitaryAid) {
  EXPECT_EQ(Topics("The Soviet government will deliver arms and equipment "
                   "for 16 Chinese divisions."),
            (NameSet{"military_aid"}));
  EXPECT_EQ(Topics("Поставить вооружение для 16 китайских дивизий."),
            (NameSet{"military_aid"}));
  // Air cover and early warning asked for, not weapons named.
  EXPECT_EQ(Topics("To send to Korea one more fighter air division to cover "
                   "Pyongyang."),
            (NameSet{"military_aid"}));
  EXPECT_EQ(Topics("To send ten radar stations for the early warning of air "
                   "raids."),
            (NameSet{"military_aid"}));
}

// The arrangements of the talks themselves: where and how the agreement is
// signed, the conference's seat and votes, recesses and the press. A
// signing that only dates a term, and "press" as a verb, are none.
TEST(TopicsTest, ProcedureOfTheTalksAndTheSigning) {
  for (const char* text :
       {"The armistice agreement will be signed at 1000 hours, 27 July, at "
        "Panmunjom by the senior delegates.",
        "You are authorized to agree to signing at Panmunjom.",
        "You may table this position in executive session.",
        "The conference is to be held in New Delhi.",
        "Each side shall vote as a unit.",
        "The correspondents must not be brought into the Kaesong area.",
        "Соглашение подписывается старшими делегатами обеих сторон.",
        "停战协定由双方首席代表签字。"})
    EXPECT_TRUE(Contains(Topics(text), "negotiation_procedure")) << text;
  for (const char* text :
       {"Within sixty days after the signing of the armistice agreement each "
        "side shall repatriate the prisoners of war.",
        "В течение 60 дней после подписания соглашения каждая сторона "
        "репатриирует военнопленных.",
        "Do not press the 5-day start to the point of delay."})
    EXPECT_FALSE(Contains(Topics(text), "negotiation_procedure")) << text;
}

TEST(TopicsTest, TheSickAndWoundedArePrisoners) {
  EXPECT_TRUE(
      Contains(Topics("the exchange of sick and wounded"), "prisoners_of_war"));
  EXPECT_TRUE(Contains(Topics("交换病伤人员"), "prisoners_of_war"));
}

TEST(TopicsTest, CessationOfAllHostilities) {
  EXPECT_TRUE(Contains(Topics("a complete cessation of all hostilities in "
                              "Korea by all armed forces"),
                       "ceasefire"));
}

// Item 5 of the agenda is the recommendation to the governments on the
// political questions: named by its number, or as their discussions.
TEST(TopicsTest, TheFifthItemOfTheAgendaIsThePoliticalSettlement) {
  EXPECT_TRUE(Contains(Topics("No objection to a recommendation that political "
                              "discussions begin within three months."),
                       "political_settlement"));
  EXPECT_TRUE(Contains(Topics("The Commie draft on item 5 may serve as a basis "
                              "for discussion."),
                       "political_settlement"));
  EXPECT_TRUE(Contains(Topics("Предлагаем перейти к пятому пункту повестки "
                              "дня."),
                       "political_settlement"));
}

// The commission that holds the prisoners, its umpire, the neutral state
// that takes them into custody; and the conduct of the talks themselves.
TEST(TopicsTest, TheRepatriationCommissionAndTheConductOfTheTalks) {
  for (const char* text :
       {"The Repatriation Commission shall take its decisions by majority "
        "vote.",
        "To para 5 add: should the four members fail to agree on an umpire, "
        "umpire to be named by the GA.",
        "That Switzerland be named as the neutral state.",
        "Репатриационная комиссия принимает решения большинством голосов."})
    EXPECT_TRUE(Contains(Topics(text), "prisoners_of_war")) << text;
  for (const char* text :
       {"I request your assurance that my liaison party will be granted safe "
        "conduct.",
        "Limitation of discussions to purely military matters related to "
        "Korea only.",
        "ограничение обсуждения чисто военными вопросами;"})
    EXPECT_TRUE(Contains(Topics(text), "negotiation_procedure")) << text;
}

TEST(TopicsTest, TextWithoutCuesHasNoTopics) {
  EXPECT_TRUE(Topics("Your telegram of 3 July has reached us.").empty());
  EXPECT_TRUE(Topics("").empty());
}

TEST(TopicsTest, CueSyntaxPrefixWholeWordAndGap) {
  Result<TopicList> list = TopicList::Parse(
      "# comment\n"
      "\n"
      "pows\ten\tpow$ | prisoner\n"
      "pows\tru\tпленн\n"
      "forces\ten\tforeign ... forces\n"
      "ignore\ten\tfrom the day of the prisoner\n",
      "mini.tsv");
  ASSERT_TRUE(list.ok()) << list.status().message();
  EXPECT_EQ(list->names(), (Names{"pows", "forces"}));
  EXPECT_EQ(list->Classify("ПЛЕННЫМИ"), (Names{"pows"}));
  EXPECT_EQ(list->Classify("Prisoners"), (Names{"pows"}));
  EXPECT_EQ(list->Classify("the POW camp"), (Names{"pows"}));
  EXPECT_TRUE(list->Classify("the power of").empty());
  EXPECT_EQ(list->Classify("foreign land, naval and air forces"),
            (Names{"forces"}));
  EXPECT_TRUE(list->Classify("foreign a b c d e f g forces").empty());
  EXPECT_TRUE(list->Classify("foreign ships. Our forces").empty());
  EXPECT_TRUE(list->Classify("from the day of the prisoner").empty());
}

TEST(TopicsTest, ACueIsTriedWhereverItsFirstWordStands) {
  // "arm" starts "armistice" and "arms", "zone$" stands twice: only the
  // later of each begins a match. Topics come in the file's order, not
  // their cues'.
  Result<TopicList> list = TopicList::Parse(
      "zones\ten\tzone$ ... width\n"
      "armies\ten\tarm ... withdraw\n",
      "mini.tsv");
  ASSERT_TRUE(list.ok()) << list.status().message();
  EXPECT_EQ(list->Classify("The armistice zone. Arms of both sides withdraw; "
                           "the zone has a width of 4 km."),
            (Names{"zones", "armies"}));
  EXPECT_EQ(list->Classify("Arms withdraw."), (Names{"armies"}));
  EXPECT_TRUE(list->Classify("The armistice zone. A width of 4 km.").empty());
}

TEST(TopicsTest, SuppressedTopicGivesWayToTheOther) {
  Result<TopicList> list = TopicList::Parse(
      "withdrawal\ten\twithdraw\n"
      "foreign\ten\tforeign troops\n"
      "withdrawal\tsuppressed_by\tforeign\n",
      "mini.tsv");
  ASSERT_TRUE(list.ok()) << list.status().message();
  EXPECT_EQ(list->Classify("withdraw the troops"), (Names{"withdrawal"}));
  EXPECT_EQ(list->Classify("withdraw all foreign troops"), (Names{"foreign"}));
}

TEST(TopicsTest, AnInstrumentTopicIsMarkedAsSuch) {
  Result<TopicList> list = TopicList::Parse(
      "supervision\ten\tcommission\n"
      "supervision\tinstrument\tyes\n"
      "prisoners\ten\tprisoner\n",
      "mini.tsv");
  ASSERT_TRUE(list.ok()) << list.status().message();
  EXPECT_TRUE(list->IsInstrument("supervision"));
  EXPECT_FALSE(list->IsInstrument("prisoners"));
  EXPECT_FALSE(list->IsInstrument("nowhere"));
  // Marking a topic adds no cue.
  EXPECT_EQ(list->Classify("yes"), Names{});
}

// An anaphor stands for its topic only where a list names it in full: it
// is no cue of its own.
TEST(TopicsTest, AnAnaphorIsNoCueOfItsOwn) {
  Result<TopicList> list = TopicList::Parse(
      "political_settlement\ten\tpolitical conference\n"
      "political_settlement\tanaphor\tconference$\n",
      "mini.tsv");
  ASSERT_TRUE(list.ok()) << list.status().message();
  EXPECT_EQ(list->Classify("The conference shall be composed of ..."), Names{});
  EXPECT_EQ(list->Anaphoric("The conference shall be composed of ..."),
            Names{"political_settlement"});
  EXPECT_EQ(list->Anaphoric("The conferences were long."), Names{});
  EXPECT_FALSE(
      TopicList::Parse("ignore\tanaphor\tconference\n", "mini.tsv").ok());
}

TEST(TopicsTest, MalformedFilesNameFileAndLine) {
  struct Case {
    std::string text;
    std::string where;
  };
  const Case cases[] = {
      {"ceasefire\ten\tcease fire\nceasefire en cease fire\n", "bad.tsv:2:"},
      {"ceasefire\ten\tcease fire\n\nCease Fire\ten\tx\n", "bad.tsv:3:"},
      {"ceasefire\tfr_FR\tcessez le feu\n", "bad.tsv:1:"},
      {"ceasefire\ten\tcease fire | | truce\n", "bad.tsv:1:"},
      {"ceasefire\ten\t... fire\n", "bad.tsv:1:"},
      {"ceasefire\ten\tcease fire\nceasefire\tsuppressed_by\tnowhere\n",
       "bad.tsv:2:"},
      {"ceasefire\tsuppressed_by\twithdrawal\nwithdrawal\ten\twithdraw\n",
       "bad.tsv:1:"},
      {"ceasefire\ten\tcease fire\nceasefire\tinstrument\tno\n", "bad.tsv:2:"},
  };
  for (const Case& c : cases) {
    Result<TopicList> r = TopicList::Parse(c.text, "bad.tsv");
    ASSERT_FALSE(r.ok()) << c.text;
    EXPECT_EQ(r.status().code(), Status::Code::kInvalidArgument);
    EXPECT_TRUE(HasText(r.status().message(), c.where)) << c.text;
  }
  Result<TopicList> empty = TopicList::Parse("# nothing\n", "empty.tsv");
  ASSERT_FALSE(empty.ok());
  EXPECT_TRUE(HasText(empty.status().message(), "empty.tsv"));
}

TEST(TopicsTest, MissingFileNamesThePath) {
  Result<TopicList> r = TopicList::LoadFile("/nonexistent/topics.tsv");
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(HasText(r.status().message(), "/nonexistent/topics.tsv"));
}

}  // namespace
}  // namespace parley::importers
