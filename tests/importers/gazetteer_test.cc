#include "importers/gazetteer.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace parley::importers {
namespace {

using graph::NodeKind;

const Gazetteer& RealGazetteer() {
  static const Gazetteer* gazetteer = [] {
    Result<Gazetteer> loaded =
        Gazetteer::LoadFile(std::string(PARLEY_DATA_DIR) + "/gazetteer.tsv");
    EXPECT_TRUE(loaded.ok()) << loaded.status().message();
    return new Gazetteer(loaded.ok() ? std::move(loaded).value() : Gazetteer());
  }();
  return *gazetteer;
}

std::vector<std::string> MentionIds(std::string_view text) {
  std::vector<std::string> ids;
  for (const Mention& m : RealGazetteer().FindMentions(text)) {
    ids.push_back(m.entry->id);
  }
  return ids;
}

std::string ResolvedId(std::string_view name,
                       std::optional<NodeKind> kind = {}) {
  const GazetteerEntry* e = RealGazetteer().Resolve(name, kind);
  return e ? e->id : "(none)";
}

TEST(GazetteerTest, LoadsTheRealDataFile) {
  const Gazetteer& g = RealGazetteer();
  ASSERT_GT(g.entries().size(), 80u);
  const GazetteerEntry* stalin = g.FindById("person:joseph-stalin");
  ASSERT_NE(stalin, nullptr);
  EXPECT_EQ(stalin->label, "Joseph Stalin");
  EXPECT_EQ(stalin->kind, NodeKind::kPerson);
  EXPECT_EQ(stalin->wikidata, "Q855");
  EXPECT_NE(
      std::find(stalin->codenames.begin(), stalin->codenames.end(), "Filippov"),
      stalin->codenames.end());
  const GazetteerEntry* kpa = g.FindById("org:korean-peoples-army");
  ASSERT_NE(kpa, nullptr);
  EXPECT_EQ(kpa->kind, NodeKind::kOrganization);
  ASSERT_NE(g.FindById("place:kaesong"), nullptr);
  EXPECT_EQ(g.FindById("place:kaesong")->wikidata, "");
  EXPECT_EQ(g.FindById("person:nobody"), nullptr);
}

// Every spelling in the file must lead back to its own entry, both through
// FindMentions (as one mention covering all of it) and through Resolve: a
// spelling shadowed by another entry's is a data bug.
TEST(GazetteerTest, EverySpellingFindsItsOwnEntry) {
  const Gazetteer& g = RealGazetteer();
  for (const GazetteerEntry& entry : g.entries()) {
    std::vector<std::string> spellings = entry.names;
    spellings.insert(spellings.end(), entry.codenames.begin(),
                     entry.codenames.end());
    for (const std::string& name : spellings) {
      std::vector<Mention> mentions = g.FindMentions(name);
      ASSERT_EQ(mentions.size(), 1u) << entry.id << ": " << name;
      EXPECT_EQ(mentions[0].entry, &entry)
          << name << " found " << mentions[0].entry->id;
      EXPECT_EQ(mentions[0].surface, name);
      EXPECT_EQ(g.Resolve(name), &entry) << entry.id << ": " << name;
    }
  }
}

// FRUS page text glues an editor's note marker to a name ("Adm Libby2"):
// the name is found without it; a name with three digits after it is none.
TEST(GazetteerTest, ANoteMarkerGluedToANameIsNoPartOfIt) {
  std::vector<Mention> found =
      RealGazetteer().FindMentions("At the 2 Jan meeting Adm Libby2 tabled");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].entry->id, "person:ruthven-libby");
  EXPECT_EQ(found[0].surface, "Libby");
  EXPECT_TRUE(RealGazetteer().FindMentions("Libby123 tabled").empty());
}

TEST(GazetteerTest, KimIlSungInEveryScriptAndCase) {
  EXPECT_EQ(MentionIds("КИМ ИР СЕНА"),
            std::vector<std::string>{"person:kim-il-sung"});
  EXPECT_EQ(MentionIds("Товарищ КИМ ИР СЕН ожидает"),
            std::vector<std::string>{"person:kim-il-sung"});
  EXPECT_EQ(MentionIds("Telegram of Comrade KIM IL SUNG."),
            std::vector<std::string>{"person:kim-il-sung"});
  EXPECT_EQ(MentionIds("Kim Il Sung 29.6.51"),
            std::vector<std::string>{"person:kim-il-sung"});
  EXPECT_EQ(MentionIds("Kim Il-sung’s message"),
            std::vector<std::string>{"person:kim-il-sung"});
  EXPECT_EQ(MentionIds("김일성은"),
            std::vector<std::string>{"person:kim-il-sung"});
  EXPECT_EQ(ResolvedId("КИМ ИР СЕНА"), "person:kim-il-sung");
}

TEST(GazetteerTest, CodenameInRussianGenitiveIsStalin) {
  std::string text = "ожидает советов товарища ФИЛИППОВА.";
  std::vector<Mention> mentions = RealGazetteer().FindMentions(text, 100);
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].entry->id, "person:joseph-stalin");
  EXPECT_TRUE(mentions[0].codename);
  EXPECT_EQ(mentions[0].surface, "ФИЛИППОВА");
  EXPECT_EQ(mentions[0].start, 100 + text.find("ФИЛИППОВА"));
  EXPECT_EQ(mentions[0].end,
            mentions[0].start + std::string("ФИЛИППОВА").size());
}

TEST(GazetteerTest, NameAndBracketedNameAreTwoMentions) {
  std::vector<Mention> mentions =
      RealGazetteer().FindMentions("To Comrade FILIPPOV [Stalin]");
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_TRUE(mentions[0].codename);
  EXPECT_EQ(mentions[0].surface, "FILIPPOV");
  EXPECT_FALSE(mentions[1].codename);
  EXPECT_EQ(mentions[1].surface, "Stalin");
  EXPECT_EQ(mentions[0].entry, mentions[1].entry);
}

TEST(GazetteerTest, AnEditorsBracketCompletesAName) {
  std::string_view text = "Kim [Il Sung], Pak [Heon-yeong] and [Li] Kenong";
  std::vector<Mention> mentions = RealGazetteer().FindMentions(text);
  ASSERT_EQ(mentions.size(), 3u);
  EXPECT_EQ(mentions[0].entry->id, "person:kim-il-sung");
  EXPECT_EQ(mentions[0].surface, "Kim [Il Sung]");
  EXPECT_EQ(mentions[1].entry->id, "person:pak-hon-yong");
  EXPECT_EQ(mentions[1].surface, "Pak [Heon-yeong]");
  EXPECT_EQ(mentions[2].entry->id, "person:li-kenong");
  EXPECT_EQ(mentions[2].surface, "[Li] Kenong");
}

// "Dean Rusk" signs a memorandum: the longer name, not Arthur Dean.
TEST(GazetteerTest, DeanRuskIsNotArthurDean) {
  EXPECT_EQ(MentionIds("Dean Rusk"),
            std::vector<std::string>{"person:dean-rusk"});
  EXPECT_EQ(MentionIds("Dean made six points"),
            std::vector<std::string>{"person:arthur-h-dean"});
}

TEST(GazetteerTest, AnEditorsBracketAfterAWholeNameGlossesIt) {
  // "MID USSR" is a name by itself (the Soviet ministry): the bracket
  // explains it, it does not go on with the name.
  EXPECT_EQ(MentionIds("The MID USSR [Ministry of Foreign Affairs] considers"),
            (std::vector<std::string>{"org:soviet-ministry-of-foreign-affairs",
                                      "org:ministry-of-foreign-affairs"}));
}

TEST(GazetteerTest, LatinLookAlikeLettersBesideCyrillic) {
  std::string text = "составить из трёх человек: HAM ИР — начальник штаба";
  std::vector<Mention> mentions = RealGazetteer().FindMentions(text);
  ASSERT_FALSE(mentions.empty());
  EXPECT_EQ(mentions[0].entry->id, "person:nam-il");
  EXPECT_EQ(mentions[0].surface, "HAM ИР");
  EXPECT_EQ(mentions[0].start, text.find("HAM"));
  EXPECT_EQ(ResolvedId("HAM ИР"), "person:nam-il");
  EXPECT_EQ(ResolvedId("НАМ ИРА"), "person:nam-il");
  // A mixed word: Latin "K" and "M" inside a Cyrillic name.
  EXPECT_EQ(ResolvedId("KИM ИР CEH"), "person:kim-il-sung");
  // The Russian name written in Latin letters, as translations print it.
  EXPECT_EQ(ResolvedId("KIM IR SEN"), "person:kim-il-sung");
}

TEST(GazetteerTest, EnglishWordsDoNotTurnCyrillic) {
  // "MAO", "HAM", "OOH" are all look-alike letters; alone they stay English.
  EXPECT_TRUE(MentionIds("A HAM SANDWICH, OOH, AND A TOMATO").empty());
  EXPECT_EQ(ResolvedId("OOH"), "(none)");
  EXPECT_EQ(ResolvedId("HAM"), "(none)");
}

TEST(GazetteerTest, ResolvesMisspellingThroughTransliteration) {
  EXPECT_EQ(ResolvedId("ПАК ДЕНЧО"), "person:pak-dong-cho");
  EXPECT_EQ(ResolvedId("PAK DON CHO"), "person:pak-dong-cho");
  // Not in the file: one letter off after transliteration.
  EXPECT_EQ(ResolvedId("ПАК ДАНЧО"), "person:pak-dong-cho");
  EXPECT_EQ(ResolvedId("Razuvayeff"), "(none)");  // two edits away
  EXPECT_EQ(ResolvedId("Syngmann Ree"), "person:syngman-rhee");
}

TEST(GazetteerTest, FuzzyMatchingOnlyForTheNamesFileLists) {
  Result<Gazetteer> g = Gazetteer::Parse(
      "person\tpak-dong-cho\tPak Dong Cho\tPak Don Cho\t\t\n"
      "person\tpak-hon-yong\tPak Hon Yong\t\t\t\n",
      "mini.tsv");
  ASSERT_TRUE(g.ok()) << g.status().message();
  const GazetteerEntry* e = g->Resolve("ПАК ДЕНЧО");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->id, "person:pak-dong-cho");
  EXPECT_EQ(g->Resolve("ПАК ЧЕН ХИ"), nullptr);
  // Short names are not guessed at: "Pak" is four letters from everyone.
  EXPECT_EQ(g->Resolve("Pak"), nullptr);
  // Only Pak Dong Cho is a person; he is not a place.
  EXPECT_EQ(g->Resolve("ПАК ДЕНЧО", NodeKind::kPlace), nullptr);
}

TEST(GazetteerTest, AmbiguousFuzzyMatchIsNoMatch) {
  Result<Gazetteer> g = Gazetteer::Parse(
      "person\tkim-aaaa\tKim Chenbo\t\t\t\n"
      "person\tkim-bbbb\tKim Chenbu\t\t\t\n",
      "mini.tsv");
  ASSERT_TRUE(g.ok()) << g.status().message();
  EXPECT_EQ(g->Resolve("Kim Chenba"), nullptr);
  EXPECT_EQ(g->Resolve("Kim Chenbo")->id, "person:kim-aaaa");
}

TEST(GazetteerTest, AdjectiveMadeFromAName) {
  std::string text =
      "угнанное американскими и лисынмановскими войсками из районов";
  std::vector<Mention> mentions = RealGazetteer().FindMentions(text);
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].entry->id, "person:syngman-rhee");
  EXPECT_EQ(mentions[0].surface, "лисынмановскими");
  EXPECT_EQ(mentions[0].start, text.find("лисынмановскими"));
  EXPECT_EQ(MentionIds("(по пхеньянскому времени)"),
            std::vector<std::string>{"place:pyongyang"});
  EXPECT_EQ(ResolvedId("лисынмановскими"), "person:syngman-rhee");
  EXPECT_EQ(MentionIds("московского"),
            std::vector<std::string>{"place:moscow"});
}

TEST(GazetteerTest, LongestMatchWins) {
  std::string text = "из территориальных вод Северной Кореи все корабли";
  std::vector<Mention> mentions = RealGazetteer().FindMentions(text);
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].entry->id, "place:north-korea");
  EXPECT_EQ(mentions[0].surface, "Северной Кореи");
  EXPECT_EQ(
      MentionIds("taken from North Korea and from South Korea alike"),
      (std::vector<std::string>{"place:north-korea", "place:south-korea"}));
  EXPECT_EQ(MentionIds("all foreign forces will withdraw from Korea."),
            std::vector<std::string>{"place:korea"});
  EXPECT_EQ(
      MentionIds("SECOND MAIN ADMINISTRATION OF THE GENERAL STAFF OF THE "
                 "SOVIET ARMY"),
      std::vector<std::string>{"org:general-staff-second-main-directorate"});
  EXPECT_EQ(MentionIds("Dispatched to 8th Administration of the General "
                       "Staff of the Soviet Army 1.7.51 7:25"),
            std::vector<std::string>{"org:general-staff-8th-directorate"});
  EXPECT_EQ(MentionIds("to the IV Unit OS VKP(b) CC"),
            std::vector<std::string>{"org:iv-unit-os-vkpb-cc"});
  EXPECT_EQ(MentionIds("the North Korean troops' commander"),
            std::vector<std::string>{"org:korean-peoples-army"});
}

TEST(GazetteerTest, RussianCaseEndingsOnEveryWordOfAName) {
  EXPECT_EQ(
      MentionIds("начальника генштаба Народной армии Кореи НАМ ИРА"),
      (std::vector<std::string>{"org:korean-peoples-army", "person:nam-il"}));
  EXPECT_EQ(MentionIds("начальник штаба Корейской Народной Армии"),
            std::vector<std::string>{"org:korean-peoples-army"});
  EXPECT_EQ(MentionIds("представителя от добровольческих войск"),
            std::vector<std::string>{"org:chinese-peoples-volunteers"});
  EXPECT_EQ(MentionIds("один представитель китайских добровольцев"),
            std::vector<std::string>{"org:chinese-peoples-volunteers"});
  EXPECT_EQ(MentionIds("Согласие Москвы требуется срочно."),
            std::vector<std::string>{"place:moscow"});
  EXPECT_EQ(MentionIds("на 5–10 км от 38 параллели"),
            std::vector<std::string>{"place:38th-parallel"});
  EXPECT_EQ(MentionIds("севернее 38-й параллели"),
            std::vector<std::string>{"place:38th-parallel"});
  EXPECT_EQ(MentionIds("withdraw from the 38th parallel"),
            std::vector<std::string>{"place:38th-parallel"});
  EXPECT_EQ(MentionIds("Тов. МАО ЦЗЭДУНУ."),
            std::vector<std::string>{"person:mao-zedong"});
  EXPECT_EQ(MentionIds("по линии МИДа"),
            std::vector<std::string>{"org:ministry-of-foreign-affairs"});
  EXPECT_EQ(MentionIds("ответ Риджуэю"),
            std::vector<std::string>{"person:matthew-ridgway"});
  EXPECT_EQ(MentionIds("через Красовского"),
            std::vector<std::string>{"person:krasovsky"});
}

TEST(GazetteerTest, RoleAndCollectivePhrasesFindTheirOrganisation) {
  EXPECT_EQ(MentionIds("deputy minister of foreign affairs PAK DON CHO"),
            (std::vector<std::string>{"org:ministry-of-foreign-affairs",
                                      "person:pak-dong-cho"}));
  EXPECT_EQ(MentionIds("заместителя министра иностранных дел ПАК ДОН ЧО"),
            (std::vector<std::string>{"org:ministry-of-foreign-affairs",
                                      "person:pak-dong-cho"}));
  EXPECT_EQ(MentionIds("the staff of the UN troops will make"),
            std::vector<std::string>{"org:united-nations"});
  EXPECT_EQ(MentionIds("the Korean army and the Chinese volunteer troops"),
            (std::vector<std::string>{"org:korean-peoples-army",
                                      "org:chinese-peoples-volunteers"}));
}

TEST(GazetteerTest, ShortAcronymsMatchOnlyWholeCapitalisedWords) {
  EXPECT_EQ(MentionIds("a control commission of the UN"),
            std::vector<std::string>{"org:united-nations"});
  EXPECT_EQ(MentionIds("комиссию ООН"),
            std::vector<std::string>{"org:united-nations"});
  EXPECT_TRUE(MentionIds("un homme, UNESCO, FUND, unit").empty());
}

// A person's name is written with its capital: "a gross violation" and
// "the joy of the troops" name no one, "GROSS said" and "Joy replied" do.
TEST(GazetteerTest, APersonsNameInLowerCaseIsACommonWord) {
  EXPECT_TRUE(MentionIds("a gross violation; the joy of the troops").empty());
  EXPECT_EQ(MentionIds("GROSS said"),
            std::vector<std::string>{"person:ernest-gross"});
  EXPECT_EQ(MentionIds("Joy replied"),
            std::vector<std::string>{"person:c-turner-joy"});
}

// The Soviet ministry as Soviet telegrams' English headers abbreviate it.
TEST(GazetteerTest, TheSovietMinistryByItsInitials) {
  for (const char* text : {"MOSCOW, MID USSR", "MOSCOW, MFA USSR"})
    EXPECT_EQ(MentionIds(text),
              (std::vector<std::string>{
                  "place:moscow", "org:soviet-ministry-of-foreign-affairs"}))
        << text;
}

TEST(GazetteerTest, PossessiveEndsBeforeTheApostrophe) {
  std::string text = "Since Malik's radio address";
  std::vector<Mention> mentions = RealGazetteer().FindMentions(text);
  ASSERT_EQ(mentions.size(), 1u);
  EXPECT_EQ(mentions[0].entry->id, "person:yakov-malik");
  EXPECT_EQ(mentions[0].surface, "Malik");
  EXPECT_EQ(mentions[0].end, text.find('\''));
  // "People's" is part of the name, not a possessive.
  EXPECT_EQ(
      MentionIds("the People's Army of Korea NAM IL"),
      (std::vector<std::string>{"org:korean-peoples-army", "person:nam-il"}));
}

TEST(GazetteerTest, OffsetsAreBytesOfTheUtf8Text) {
  std::string text =
      "«Товарищ МАО ЦЗЭДУН!» — Gaeseong [Kaesong], 開城; Кэсоне и 毛泽东同志";
  std::vector<Mention> mentions = RealGazetteer().FindMentions(text, 7);
  std::vector<std::string> surfaces;
  for (const Mention& m : mentions) {
    EXPECT_EQ(text.substr(m.start - 7, m.end - m.start), m.surface);
    surfaces.push_back(m.surface);
  }
  EXPECT_EQ(surfaces,
            (std::vector<std::string>{"МАО ЦЗЭДУН", "Gaeseong", "Kaesong",
                                      "開城", "Кэсоне", "毛泽东"}));
  ASSERT_EQ(mentions.size(), 6u);
  EXPECT_EQ(mentions[0].start, 7 + text.find("МАО"));
  EXPECT_EQ(mentions[5].entry->id, "person:mao-zedong");
}

TEST(GazetteerTest, ResolveStripsAddressBracketsAndInitials) {
  EXPECT_EQ(ResolvedId("Cde. Filippov"), "person:joseph-stalin");
  EXPECT_EQ(ResolvedId("Filippov [Stalin]"), "person:joseph-stalin");
  EXPECT_EQ(ResolvedId("Fillipov"), "person:joseph-stalin");
  EXPECT_EQ(ResolvedId("Stalin, I.V."), "person:joseph-stalin");
  EXPECT_EQ(ResolvedId("I. V. Stalin"), "person:joseph-stalin");
  EXPECT_EQ(ResolvedId("Stalin (2)"), "person:joseph-stalin");
  EXPECT_EQ(ResolvedId("Товарищу ФИЛИППОВУ"), "person:joseph-stalin");
  EXPECT_EQ(ResolvedId("Тов. МАО ЦЗЭДУН"), "person:mao-zedong");
  EXPECT_EQ(ResolvedId("Comrades Gao Gang"), "person:gao-gang");
  EXPECT_EQ(ResolvedId("Marshal Peng Dehuai"), "person:peng-dehuai");
  EXPECT_EQ(ResolvedId("[Kaesong]"), "place:kaesong");
  EXPECT_EQ(ResolvedId("KRASOVSKY"), "person:krasovsky");
  EXPECT_EQ(ResolvedId("VKP(b)"), "org:vkpb");
}

TEST(GazetteerTest, ResolveHonoursKindAndRefusesToGuess) {
  EXPECT_EQ(ResolvedId("Kim Il Sung", NodeKind::kPerson), "person:kim-il-sung");
  EXPECT_EQ(ResolvedId("Kim Il Sung", NodeKind::kPlace), "(none)");
  EXPECT_EQ(ResolvedId("Beijing", NodeKind::kPlace), "place:beijing");
  EXPECT_EQ(ResolvedId("Kim"), "(none)");
  EXPECT_EQ(ResolvedId("Korean"), "(none)");
  EXPECT_EQ(ResolvedId("Comrade"), "(none)");
  EXPECT_EQ(ResolvedId("Marshal"), "(none)");  // not Marshall
  EXPECT_EQ(ResolvedId("Ivan Ivanovich Petrov"), "(none)");
  EXPECT_EQ(ResolvedId("Stalin and Molotov"), "(none)");
  EXPECT_EQ(ResolvedId(""), "(none)");
}

TEST(GazetteerTest, StopWords) {
  const Gazetteer& g = RealGazetteer();
  for (std::string_view word : {"Comrade",
                                "COMRADES",
                                "Cde.",
                                "Cdes.",
                                "Tov.",
                                "Товарищ",
                                "товарищу",
                                "тов.",
                                "Telegram",
                                "Cable",
                                "SERIES",
                                "Copies",
                                "Received",
                                "Sent",
                                "From",
                                "To",
                                "For",
                                "General",
                                "Marshal",
                                "Admiral",
                                "Colonel",
                                "Secretary",
                                "Chairman",
                                "Minister",
                                "Deputy",
                                "Chief",
                                "Head",
                                "Top Secret",
                                "TOP SECRET",
                                "Stamp",
                                "Extremely urgent",
                                "генерала",
                                "Маршал",
                                "June",
                                "Июля"}) {
    EXPECT_TRUE(g.IsStopWord(word)) << word;
  }
  for (std::string_view word :
       {"Stalin", "Filippov", "Kaesong", "Mao", "Marshall", "Nam", ""}) {
    EXPECT_FALSE(g.IsStopWord(word)) << word;
  }
  // A person is never found in a stop word.
  EXPECT_TRUE(MentionIds("Comrade General Chairman Telegram Series").empty());
}

TEST(GazetteerParseTest, MalformedLineNamesFileAndLine) {
  Result<Gazetteer> g = Gazetteer::Parse(
      "# header\n"
      "\n"
      "person\tkim-il-sung\tKim Il Sung\tKim Il-sung\t\tQ39031\n"
      "person\tnam-il\tNam Il\n",
      "gazetteer.tsv");
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(g.status().message().rfind("gazetteer.tsv:4: expected 4 to 7 ", 0),
            0u)
      << g.status().message();
}

TEST(GazetteerParseTest, RejectsBadFields) {
  auto error = [](std::string_view text) {
    Result<Gazetteer> g = Gazetteer::Parse(text, "g.tsv");
    return g.ok() ? std::string("ok") : g.status().message();
  };
  EXPECT_EQ(
      error("animal\tcat\tCat\tCat\t\t\n").rfind("g.tsv:1: unknown kind", 0),
      0u);
  EXPECT_EQ(
      error("person\tKim Il Sung\tKim\tKim\t\t\n").rfind("g.tsv:1: bad id", 0),
      0u);
  EXPECT_EQ(error("person\tkim\t\tKim\t\t\n").rfind("g.tsv:1: empty label", 0),
            0u);
  EXPECT_EQ(
      error("person\tkim\tKim\t\t\tQ12x\n").rfind("g.tsv:1: bad wikidata", 0),
      0u);
  EXPECT_EQ(error("person\ta\tA One\t\t\t\nperson\ta\tA Two\t\t\t\n")
                .rfind("g.tsv:2: duplicate id person:a", 0),
            0u);
  EXPECT_EQ(error("person\ta\tA One\tShared\t\t\nplace\tb\tB\tSHARED\t\t\n")
                .rfind("g.tsv:2: name \"SHARED\" already belongs to person:a "
                       "(line 1)",
                       0),
            0u);
  EXPECT_EQ(
      error("person\ta\tA\t\xff\xfe\t\t\n").rfind("g.tsv:1: invalid UTF-8", 0),
      0u);
}

TEST(GazetteerParseTest, AcceptsEditorFriendlyVariations) {
  // CRLF line ends, a byte-order mark, trailing empty columns left off,
  // spaces around names, stop words of one's own.
  Result<Gazetteer> g = Gazetteer::Parse(
      "\xEF\xBB\xBF# header\r\n"
      "place\tkaesong\tKaesong\t Kaeseong | Кэсон \r\n"
      "stopword\t\t\tGeneralissimo|Vice-Premier\r\n",
      "g.tsv");
  ASSERT_TRUE(g.ok()) << g.status().message();
  ASSERT_EQ(g->entries().size(), 1u);
  EXPECT_EQ(g->entries()[0].id, "place:kaesong");
  EXPECT_EQ(g->entries()[0].names,
            (std::vector<std::string>{"Kaesong", "Kaeseong", "Кэсон"}));
  EXPECT_EQ(g->Resolve("в Кэсоне")->id, "place:kaesong");
  EXPECT_TRUE(g->IsStopWord("Vice-Premier"));
  EXPECT_TRUE(g->IsStopWord("Comrade"));  // built in
}

TEST(GazetteerParseTest, ReadsTheAffiliationColumn) {
  Result<Gazetteer> g = Gazetteer::Parse(
      "place\tnorth-korea\tNorth Korea\tDPRK\t\tQ423\tside=kpa-cpv\n"
      "place\tussr\tUSSR\tСССР\t\t\tside=kpa-cpv\n"
      "person\tnam-il\tNam Il\tНам Ир\t\t\tside=kpa-cpv role=delegation "
      "government=north-korea\n"
      "person\tpak\tPak Hon Yong\t\t\t\tgovernment=north-korea\n"
      "person\tkim\tKim Il Sung\t\t\tQ39031\n"
      "organization\tmfa\tMinistry of Foreign Affairs\tМИД\n"
      "organization\tdprk-mfa\tDPRK Ministry of Foreign Affairs\t\t\t\t"
      "side=kpa-cpv role=government government=north-korea office=mfa\n"
      "organization\tsoviet-mfa\tSoviet Ministry of Foreign Affairs\t\t\t"
      "\tgovernment=ussr office=mfa\n",
      "g.tsv");
  ASSERT_TRUE(g.ok()) << g.status().message();
  const GazetteerEntry* nam = g->FindById("person:nam-il");
  ASSERT_NE(nam, nullptr);
  EXPECT_EQ(nam->side, "kpa-cpv");
  EXPECT_EQ(nam->side_role, "delegation");
  EXPECT_EQ(nam->government, "place:north-korea");
  // A side may come from the government's place; rows without the column
  // load as before.
  EXPECT_EQ(g->SideOf(*g->FindById("person:pak")), "kpa-cpv");
  EXPECT_EQ(g->SideOf(*g->FindById("person:kim")), "");
  EXPECT_EQ(g->FindById("person:kim")->wikidata, "Q39031");
  // One office per government.
  EXPECT_TRUE(g->HasOffices("org:mfa"));
  EXPECT_FALSE(g->HasOffices("org:dprk-mfa"));
  EXPECT_EQ(g->OfficeOf("org:mfa", "place:ussr")->id, "org:soviet-mfa");
  EXPECT_EQ(g->OfficeOf("org:mfa", "place:north-korea")->id, "org:dprk-mfa");
  EXPECT_EQ(g->OfficeOf("org:mfa", "place:china"), nullptr);
  EXPECT_EQ(g->OfficeOf("org:mfa", ""), nullptr);
}

TEST(GazetteerParseTest, RejectsBadAffiliations) {
  auto error = [](std::string_view text) {
    Result<Gazetteer> g = Gazetteer::Parse(text, "g.tsv");
    return g.ok() ? std::string("ok") : g.status().message();
  };
  const std::string place = "place\tussr\tUSSR\t\t\t\n";
  EXPECT_EQ(error("person\ta\tA\t\t\t\tside=nato\n")
                .rfind("g.tsv:1: unknown side \"nato\"", 0),
            0u);
  EXPECT_EQ(error("person\ta\tA\t\t\t\trole=king\n")
                .rfind("g.tsv:1: unknown role", 0),
            0u);
  EXPECT_EQ(error("person\ta\tA\t\t\t\tkpa-cpv\n")
                .rfind("g.tsv:1: affiliation \"kpa-cpv\" is not key=value", 0),
            0u);
  EXPECT_EQ(error("person\ta\tA\t\t\t\tparty=x\n")
                .rfind("g.tsv:1: unknown affiliation key", 0),
            0u);
  EXPECT_EQ(error("person\ta\tA\t\t\t\tgovernment=mars\n")
                .rfind("g.tsv:1: government place:mars is no place", 0),
            0u);
  EXPECT_EQ(error(place + "organization\to\tO\t\t\t\toffice=x\n")
                .rfind("g.tsv:2: an office needs its government", 0),
            0u);
  EXPECT_EQ(
      error(place + "organization\to\tO\t\t\t\tgovernment=ussr office=x\n")
          .rfind("g.tsv:2: office org:x is no organization", 0),
      0u);
  EXPECT_EQ(error("person\ta\tA\t\t\t\tside=unc\textra\n")
                .rfind("g.tsv:1: expected 4 to 7", 0),
            0u);
}

TEST(GazetteerParseTest, LoadFileReportsMissingFile) {
  Result<Gazetteer> g = Gazetteer::LoadFile("/nonexistent/gazetteer.tsv");
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.status().code(), Status::Code::kIOError);
  EXPECT_NE(g.status().message().find("/nonexistent/gazetteer.tsv"),
            std::string::npos);
}

TEST(FoldNameTest, FoldsCaseScriptVariantsAndPunctuation) {
  EXPECT_EQ(FoldName("Kim Il-sung"), "kim il sung");
  EXPECT_EQ(FoldName("  КИМ   ИР\tСЕН "), "ким ир сен");
  EXPECT_EQ(FoldName("Ковалёв"), "ковалев");
  EXPECT_EQ(FoldName("ＵＮ"), "un");
  EXPECT_EQ(FoldName("P'yŏngyang"), "pyongyang");
  EXPECT_EQ(FoldName("People’s Army"), "peoples army");
  EXPECT_EQ(FoldName("毛泽东"), "毛泽东");
  EXPECT_EQ(FoldName("VKP(b)"), "vkp b");
  EXPECT_EQ(FoldName("..."), "");
}

TEST(TransliterateTest, CyrillicToLatinForKoreanAndChineseNames) {
  EXPECT_EQ(TransliterateToLatin("ПАК ДЕНЧО"), "pak dencho");
  EXPECT_EQ(TransliterateToLatin("Мао Цзэдун"), "mao zedung");
  EXPECT_EQ(TransliterateToLatin("Чжоу Эньлай"), "zhou enlai");
  EXPECT_EQ(TransliterateToLatin("Пэн Дэхуай"), "pen dehuai");
  EXPECT_EQ(TransliterateToLatin("Ли Кэнун"), "li kenung");
  EXPECT_EQ(TransliterateToLatin("Kim, 1951"), "kim, 1951");
}

}  // namespace
}  // namespace parley::importers
