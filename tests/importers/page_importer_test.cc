#include "importers/import_file.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/fragment.h"
#include "graph/model.h"
#include "importers/gazetteer.h"
#include "importers/topics.h"
#include "tests/importers/real_data.h"

namespace parley::importers {
namespace {

namespace fs = std::filesystem;
using graph::Edge;
using graph::EdgeKind;
using graph::Evidence;
using graph::Fragment;
using graph::Node;
using graph::NodeKind;
using graph::Value;
using Ids = std::vector<std::string>;

using test_data::RealGazetteer;
using test_data::RealTopics;

Result<Fragment> TryImport(std::string_view page) {
  return ImportPage(page, "page.txt", test_data::RealKnowledge());
}

// The facts of one imported page, with the look-ups the tests need.
class Page {
 public:
  explicit Page(std::string_view text) {
    Result<Fragment> r = TryImport(text);
    EXPECT_TRUE(r.ok()) << r.status().message();
    if (r.ok()) fragment_ = std::move(r).value();
  }

  const Fragment& fragment() const { return fragment_; }
  const std::string& outer() const { return fragment_.page_id; }

  // The node, or an empty one (and a failure) when the page lacks it.
  const Node& node(const std::string& id) const {
    static const Node kNone;
    const Node* n = fragment_.FindNode(id);
    EXPECT_NE(n, nullptr) << "no node " << id;
    return n ? *n : kNone;
  }
  bool has(const std::string& id) const {
    return fragment_.FindNode(id) != nullptr;
  }
  std::string prop(const std::string& id, std::string_view key) const {
    return node(id).props.GetString(key);
  }

  const Edge* edge(const std::string& source, EdgeKind kind,
                   const std::string& target) const {
    for (const Edge& e : fragment_.edges()) {
      if (e.source == source && e.kind == kind && e.target == target) return &e;
    }
    return nullptr;
  }
  // Targets of `source`'s edges of `kind`, sorted.
  Ids targets(const std::string& source, EdgeKind kind) const {
    Ids out;
    for (const Edge& e : fragment_.edges()) {
      if (e.source == source && e.kind == kind) out.push_back(e.target);
    }
    std::sort(out.begin(), out.end());
    return out;
  }
  Ids sources(const std::string& target, EdgeKind kind) const {
    Ids out;
    for (const Edge& e : fragment_.edges()) {
      if (e.target == target && e.kind == kind) out.push_back(e.source);
    }
    std::sort(out.begin(), out.end());
    return out;
  }
  Ids authors(const std::string& doc) const {
    return sources(doc, EdgeKind::kAuthored);
  }
  // The single document `doc` embeds (a failure when there is not one).
  std::string embedded(const std::string& doc) const {
    Ids ids = targets(doc, EdgeKind::kEmbeds);
    EXPECT_EQ(ids.size(), 1u) << doc << " embeds " << ids.size();
    return ids.empty() ? std::string("(none)") : ids[0];
  }
  // The clause of `doc` printed as `ordinal` in any language.
  std::string clause(const std::string& doc, std::string_view ordinal) const {
    for (const std::string& id : targets(doc, EdgeKind::kHasClause)) {
      const Node& c = node(id);
      if (c.props.GetString("ordinal") == ordinal) return id;
      if (const Value* o = c.props.Get("ordinals"); o && o->is_object()) {
        for (const auto& [lang, v] : o->as_object()) {
          if (v.is_string() && v.as_string() == ordinal) return id;
        }
      }
    }
    ADD_FAILURE() << doc << " has no clause " << ordinal;
    return "(none)";
  }
  Ids clause_topics(const std::string& clause) const {
    Ids out;
    if (const Value* t = node(clause).props.Get("topics"); t && t->is_array()) {
      for (const Value& v : t->as_array()) out.push_back(v.as_string());
    }
    std::sort(out.begin(), out.end());
    return out;
  }
  const Value& terms(const std::string& clause) const {
    static const Value kNone = Value::MakeObject();
    const Value* t = node(clause).props.Get("terms");
    return t ? *t : kNone;
  }
  Ids persons() const {
    Ids out;
    for (const Node& n : fragment_.nodes()) {
      if (n.kind == NodeKind::kPerson) out.push_back(n.id);
    }
    std::sort(out.begin(), out.end());
    return out;
  }
  const std::string& text() const { return fragment_.text; }

 private:
  Fragment fragment_;
};

Ids Sorted(Ids ids) {
  std::sort(ids.begin(), ids.end());
  return ids;
}

bool HasAlias(const Node& n, std::string_view alias) {
  return std::find(n.aliases.begin(), n.aliases.end(), alias) !=
         n.aliases.end();
}

// The numbers a document carries: one string, or a list (title and body).
Ids Numbers(const Node& doc) {
  const Value* v = doc.props.Get("number");
  if (v == nullptr) return {};
  if (v->is_string()) return {v->as_string()};
  Ids out;
  for (const Value& n : v->as_array()) out.push_back(n.as_string());
  return out;
}

// One distance or duration term: {min, max} or {value}, with unit and the
// line or event it counts from.
struct Term {
  int64_t min = -1, max = -1;
  std::string unit, from;
};
std::vector<Term> TermList(const Value& terms, std::string_view key) {
  std::vector<Term> out;
  const Value* list = terms.Get(key);
  if (list == nullptr || !list->is_array()) return out;
  for (const Value& item : list->as_array()) {
    Term t;
    if (const Value* v = item.Get("value")) t.min = t.max = v->as_int();
    if (const Value* v = item.Get("min")) t.min = v->as_int();
    if (const Value* v = item.Get("max")) t.max = v->as_int();
    t.unit = item.GetString("unit");
    t.from = item.GetString(key == "durations" ? "anchor" : "from");
    out.push_back(t);
  }
  return out;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// ---------------------------------------------------------------------------
// Synthetic pages, one per variation the archive's pages show. The wording is
// our own; the people, numbers and places are those of the 1950-53
// correspondence.

// Office header (DIRECTORATE), "CABLE Nº" with a number that differs from the
// title's, copies one per line, a stamp over several lines, an elision, an
// editorial bracket, a stray summary of another record before the date, no
// "Skip to content", two citations split on ";", a Record ID with a value.
constexpr std::string_view kZhouCable =
    R"(Peng Dehuai reports to Mao Zedong on the autumn fighting near Kumhwa.

November 21, 1951

Cable No. 25104 from Beijing, Zhou Enlai to Cde. Filippov [Stalin]


SECOND MAIN DIRECTORATE OF THE GENERAL STAFF OF THE SOVIET ARMY


CABLE Nº 25140


[Stamp: TO BE RETURNED
to the Special Sector of the CC VKP(b)
No. 1187 21 November 1951]


Copies to
Cde. Stalin (2)
Cde. Molotov
Cde. Bulganin


Received 18:35 21.XI.1951


To Comrade FILIPPOV [Stalin]


Comrade Filippov!


I report on the work of the subcommittee on the second point of the agenda.


1. The subcommittee met at Panmunjom [Kaesong] on 20 November. Our side proposes that the present line of contact serve as the military demarcation line and that each side pull its forces back two kilometers from it, so as to form a demilitarized zone.


2. If the armistice is not signed within 30 days after the plenary session approves the line, the line is to be corrected to match the changes in the line of contact.


3. The exchange of all prisoners of war is to begin within two months from the day the armistice is signed.


[…]


Zhou Enlai


Zhou Enlai tells Stalin what the Chinese side proposes on the demarcation line.

Document Information

Source

APRF, f. 45, op. 1, d. 342, ll. 16-19; AVPRF, Fond 059a, Opis 5a, Delo 5, Papka 11, Listy 60-62


Digital Archive materials may be reused for research and teaching; copyright in some items stays with its holders.

Original Uploaded Date




Type

Telegram

Language

English

Record ID

113402
)";

// Moscow's outgoing telegram: the routing line names the relay in Beijing
// and the addressee in one line, in Russian and in English; the title names
// neither. Russian original first, English after.
constexpr std::string_view kStalinReply = R"(Skip to content

November 19, 1951

Ciphered Telegram No. 5466, Stalin to Mao Zedong


[...]


ПЕКИН, КРАСОВСКОМУ. Для товарища МАО ЦЗЭДУНА.


Товарищ МАО ЦЗЭДУН!


Вашу телеграмму от 14 ноября получили. Сообщение КИМ ИР СЕНА нами также получено.


1. Линию фактического соприкосновения войск принять как военную демаркационную линию с отводом войск обеих сторон на 2 км от неё.


2. Обмен военнопленными провести по принципу всех на всех в течение одного месяца после подписания соглашения о перемирии.


Передайте наш ответ товарищу КИМ ИР СЕНУ.


ФИЛИППОВ


Отправлено 19.11.51 23:40


[...]


CIPHERED TELEGRAM № 5466


BEIJING, TO KRASOVSKY. For Comrade MAO ZEDONG.


"Comrade MAO ZEDONG!


We have received your telegram of 14 November. The message of KIM IL SUNG has reached us too.


1. The actual line of contact of the troops is to be taken as the military demarcation line, the troops of both sides pulling back 2 km from it.


2. Prisoners of war are to be exchanged all for all within one month after the armistice agreement is signed.


Pass our answer on to Comrade KIM IL SUNG.


FILIPPOV"


Sent 19.11.51 23:40


Stalin agrees with Mao on the demarcation line and the exchange of prisoners.

Document Information

Source

APRF, Fond 45, Opis 1, Delo 342, Listy 13-14


Type

Telegram

Language

Russian, English

Record ID
)";

// A letter of Kim Il Sung in Russian and English: a delegation with head,
// members, size, an unnamed member and a delegate the gazetteer lacks;
// lettered points а)-е) nested in a numbered item whose intro names the
// proposer; names across scripts (HAM ИР with a Latin H, ПАК ДЕНЧО,
// ФИЛИППОВА); Russian dates.
constexpr std::string_view kKimLetter = R"(Skip to content

July 3, 1951

Letter from Kim Il Sung to Stalin on the composition of the Korean delegation


Товарищу ФИЛИППОВУ.


Уважаемый товарищ ФИЛИППОВ!


Сообщаю Вам о подготовке к переговорам о перемирии.


1. Делегацию предлагаю составить из четырёх человек: начальник генерального штаба Народной армии Кореи НАМ ИР (глава делегации), заместитель министра иностранных дел ПАК ДЕНЧО, командир дивизии ЛИ ХАК ГУ и один представитель от китайских добровольцев.


2. На первом заседании HAM ИР выдвинет такие пункты:

а) прекращение огня и всех военных действий с 10 часов утра по пхеньянскому времени;
б) отвод войск обеих сторон на 10 км от 38 параллели в течение трёх дней;
в) прекращение переброски войск через 38 параллель;
г) уход военно-морского флота из территориальных вод КОРЕИ;
д) вывод всех иностранных войск из КОРЕИ в течение двух месяцев со дня прекращения огня;
е) обмен военнопленными и возвращение гражданского населения.


Прошу совета товарища ФИЛИППОВА по этим пунктам.


С уважением,
КИМ ИР СЕН
3 июля 1951 г.


[…]


To Comrade FILIPPOV.


Dear Comrade FILIPPOV!


I inform you of the preparations for the armistice talks.


1. I propose a delegation of four persons: chief of general staff of the People's Army of Korea NAM IL (head of the delegation), deputy minister of foreign affairs PAK DEN CHO, division commander LI HAK GU and one representative from the Chinese volunteers.


2. At the first session NAM IL will put forward the following points:

a) cessation of fire and of all military operations from 10 o'clock in the morning Pyongyang time;
b) withdrawal of the troops of both sides 10 km from the 38th parallel within three days;
v) an end to the transfer of troops across the 38th parallel;
g) the navy goes home;
d) withdrawal of all foreign troops from KOREA within two months from the day of the ceasefire;
e) exchange of prisoners of war and return of the civilian population.


I ask for Comrade FILIPPOV's advice on these points.


With respect,
KIM IL SUNG
3 July 1951


Kim Il Sung asks Stalin's advice on the delegation and on the points Nam Il is to put forward.

Document Information

Source

APRF, f. 45, op. 1, d. 339, ll. 10-12 and AVPRF, f. 059a, op. 5a, d. 4, ll. 3-5


Type

Letter

Language

Russian, English

Record ID

114890
)";

// A cable that forwards a letter that forwards a telegram that forwards a
// telegram: three levels of EMBEDS, in «», curly and straight quotes.
constexpr std::string_view kRoshchinCable = R"(Skip to content

October 19, 1951

Cable No. 2411 from Beijing, Roshchin to Vyshinsky


CABLE Nº 2411


Copies: Stalin (2), Molotov, Malenkov


received at 1135 19 October 1951


To Comrade VYSHINSKY.


Zhou Enlai has sent me the following letter:


«Comrade Roshchin!


Chairman Mao Zedong asks me to send Comrade Filippov his telegram below.


“Comrade Filippov!


I forward to you the telegram that I have received from Comrade Kim Il Sung.


"Comrade Mao Zedong!


The enemy has agreed to resume the talks at Panmunjom. We intend to put forward the following:


1. The talks are to resume on 25 October at Panmunjom.


2. A neutral zone with a radius of 3 km is to be set up around Panmunjom.


Kim Il Sung 17.10.1951"


I ask for your advice.


Mao Zedong 18.10.1951”


With greetings,
Zhou Enlai»


Roshchin


Roshchin passes on Zhou Enlai's letter with Mao's forwarding of Kim Il Sung's proposals.

Document Information

Source

AVPRF, f. 059a, op. 5a, d. 5, p. 11, ll. 80-81


Type

Cable

Language

English

Record ID
)";

// The Russian original of a forwarded message and its translation, the
// signature and its date on lines of their own; the title describes the
// attachment.
constexpr std::string_view kMaoForward =
    R"(Mao Zedong sends Stalin the text of the armistice terms proposed by Kim Il Sung.

July 13, 1951

Ciphered Telegram No. 21840, Mao Zedong to Filippov (Stalin), with 12 July 1951 message from Kim Il Sung to Mao Zedong


ШИФРТЕЛЕГРАММА № 21840


Копии: Сталину (2)


Из ПЕКИНА Получено 04:15 13.7.1951


Товарищу ФИЛИППОВУ.


Направляю Вам телеграмму товарища КИМ ИР СЕНА.


«Товарищ МАО ЦЗЭДУН!


Американская делегация отказывается обсуждать вопрос об отводе иностранных войск. Мы предлагаем:


1. Установить демаркационную линию по 38 параллели.


2. Создать демилитаризованную зону шириной 20 км.


КИМ ИР СЕН
12 июля 1951 г.»


МАО ЦЗЭДУН


[…]


CIPHERED TELEGRAM No. 21840


Copies: Stalin (2)


From BEIJING Received 04:15 13.7.1951


To Comrade FILIPPOV [Stalin]


I forward to you the telegram of Comrade KIM IL SUNG.


«Comrade MAO ZEDONG!


The American delegation refuses to discuss the question of withdrawing foreign troops. We propose:


1. To fix the demarcation line along the 38th parallel.


2. To create a demilitarized zone 20 km wide.


KIM IL SUNG
12 July 1951»


MAO ZEDONG


Mao Zedong forwards Kim Il Sung's proposals on the demarcation line to Stalin.

Document Information

Source

APRF, f. 45, op. 1, d. 340, ll. 5-6.

Type

Telegram

Language

Russian, English

Record ID

111111
)";

// Ranks, titles and names the gazetteer lacks.
constexpr std::string_view kKravtsovReport =
    R"(Zhou Enlai and Peng Dehuai discuss the supply of winter clothing with Gao Gang.

August 30, 1951

Ciphered Telegram No. 31422, Kravtsov to Shtemenko


SECOND MAIN DIRECTORATE OF THE GENERAL STAFF OF THE SOVIET ARMY


CIPHERED TELEGRAM No. 31422


Copies: Stalin (2)


Received 22:05 30.8.1951


SERIES G


T


To Comrade SHTEMENKO


Comrade Shtemenko!


Telegram received from General DOLGOPOLOV today.


General DOLGOPOLOV reports that Marshal Vasilevsky's instructions on the delivery of aircraft for two fighter divisions have reached Comrade LI TIANYOU in Andong.


KRAVTSOV


Kravtsov reports on the delivery of aircraft to the Chinese volunteers.

Document Information

Source


Type

Telegram

Language

English

Record ID
)";

// The sample pages: the seed and the development corpus (data/ and the
// copies the tests keep in tests/data/).
std::vector<fs::path> SamplePages() {
  std::vector<fs::path> pages;
  for (const char* dir :
       {PARLEY_DATA_DIR, PARLEY_SOURCE_DIR "/tests/data/corpus"}) {
    if (!fs::is_directory(dir)) continue;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() == ".txt") pages.push_back(entry.path());
    }
  }
  std::sort(pages.begin(), pages.end());
  return pages;
}

// ---------------------------------------------------------------------------
// Header, numbers, footer

TEST(PageImporterTest, CableNumberFromTheBodyAndTheTitleKept) {
  Page page(kZhouCable);
  // The body's number names the document; the title's differs and is kept.
  EXPECT_EQ(page.outer(), "doc:cable-25140-1951-11-21");
  EXPECT_EQ(Numbers(page.node(page.outer())), (Ids{"25140", "25104"}));
  EXPECT_EQ(page.prop(page.outer(), "doc_type"), "cable");
  EXPECT_EQ(page.prop(page.outer(), "date"), "1951-11-21");
  EXPECT_EQ(page.prop(page.outer(), "origin"), "place:beijing");
  EXPECT_EQ(page.authors(page.outer()), Ids{"person:zhou-enlai"});
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kAddressedTo),
            Ids{"person:joseph-stalin"});
  // The office header names the directorate; it writes nothing.
  EXPECT_TRUE(page.has("org:general-staff-second-main-directorate"));
  EXPECT_EQ(page.sources("org:general-staff-second-main-directorate",
                         EdgeKind::kAuthored),
            Ids{});
}

TEST(PageImporterTest, CipheredTelegramNumberSign) {
  Page page(kStalinReply);
  EXPECT_EQ(page.outer(), "doc:telegram-5466-1951-11-19");
  EXPECT_EQ(Numbers(page.node(page.outer())), Ids{"5466"});
  Page kravtsov(kKravtsovReport);
  EXPECT_EQ(Numbers(kravtsov.node(kravtsov.outer())), Ids{"31422"});
}

TEST(PageImporterTest, StraySummaryOfAnotherRecordIsNoFact) {
  Page page(kZhouCable);
  // "Peng Dehuai reports to Mao Zedong ..." stands before the date line.
  EXPECT_FALSE(page.has("person:peng-dehuai"));
  EXPECT_FALSE(page.has("person:mao-zedong"));
  Page kravtsov(kKravtsovReport);
  EXPECT_FALSE(kravtsov.has("person:gao-gang"));
  EXPECT_FALSE(kravtsov.has("person:peng-dehuai"));
  EXPECT_FALSE(kravtsov.has("person:zhou-enlai"));
}

TEST(PageImporterTest, SkipToContentChangesNothing) {
  std::string with = "Skip to content\n\n" + std::string(kZhouCable);
  Page a(kZhouCable), b(with);
  ASSERT_EQ(a.fragment().nodes().size(), b.fragment().nodes().size());
  ASSERT_EQ(a.fragment().edges().size(), b.fragment().edges().size());
  for (size_t i = 0; i < a.fragment().nodes().size(); ++i) {
    const Node& x = a.fragment().nodes()[i];
    const Node& y = b.fragment().nodes()[i];
    EXPECT_EQ(x.id, y.id);
    EXPECT_EQ(x.props, y.props) << x.id;
    ASSERT_EQ(x.evidence.size(), y.evidence.size()) << x.id;
    for (size_t k = 0; k < x.evidence.size(); ++k) {
      EXPECT_EQ(x.evidence[k].start + 17, y.evidence[k].start);
      EXPECT_EQ(x.evidence[k].quote, y.evidence[k].quote);
    }
  }
}

TEST(PageImporterTest, RecordIdWithAndWithoutValue) {
  Page zhou(kZhouCable);
  EXPECT_EQ(zhou.prop(zhou.outer(), "record_id"), "113402");
  Page roshchin(kRoshchinCable);
  EXPECT_EQ(roshchin.node(roshchin.outer()).props.Get("record_id"), nullptr);
  // "Record ID" as the page's last line, its value on the same line.
  std::string inline_id(kRoshchinCable);
  inline_id += "Record ID 117203\n";
  Page with_value(inline_id);
  EXPECT_EQ(with_value.prop(with_value.outer(), "record_id"), "117203");
}

TEST(PageImporterTest, SeveralCitationsInOneSource) {
  Page zhou(kZhouCable);
  const Value* source = zhou.node(zhou.outer()).props.Get("source");
  ASSERT_NE(source, nullptr);
  ASSERT_EQ(source->as_array().size(), 2u);
  const Value& aprf = source->as_array()[0];
  EXPECT_EQ(aprf.GetString("citation"),
            "APRF, f. 45, op. 1, d. 342, ll. 16-19");
  EXPECT_EQ(aprf.GetString("archive"), "APRF");
  EXPECT_EQ(aprf.GetString("fond"), "45");
  EXPECT_EQ(aprf.GetString("opis"), "1");
  EXPECT_EQ(aprf.GetString("delo"), "342");
  EXPECT_EQ(aprf.GetString("pages"), "16-19");
  const Value& avprf = source->as_array()[1];
  EXPECT_EQ(avprf.GetString("archive"), "AVPRF");
  EXPECT_EQ(avprf.GetString("fond"), "059a");
  EXPECT_EQ(avprf.GetString("opis"), "5a");
  EXPECT_EQ(avprf.GetString("delo"), "5");
  EXPECT_EQ(avprf.GetString("papka"), "11");
  EXPECT_EQ(avprf.GetString("pages"), "60-62");

  Page kim(kKimLetter);  // joined by " and "
  source = kim.node(kim.outer()).props.Get("source");
  ASSERT_NE(source, nullptr);
  ASSERT_EQ(source->as_array().size(), 2u);
  EXPECT_EQ(source->as_array()[0].GetString("pages"), "10-12");
  EXPECT_EQ(source->as_array()[1].GetString("archive"), "AVPRF");
  EXPECT_EQ(source->as_array()[1].GetString("delo"), "4");
}

// ---------------------------------------------------------------------------
// Routing, copies, stamps, timestamps

TEST(PageImporterTest, RoutingLineNamesTheRelayApartFromTheAddressee) {
  Page page(kStalinReply);
  const std::string& doc = page.outer();
  EXPECT_EQ(page.authors(doc), Ids{"person:joseph-stalin"});
  EXPECT_EQ(page.targets(doc, EdgeKind::kVia), Ids{"person:krasovsky"});
  EXPECT_EQ(page.targets(doc, EdgeKind::kAddressedTo),
            Ids{"person:mao-zedong"});
  // Both the Russian and the English routing line are evidence of the relay.
  const Edge* via = page.edge(doc, EdgeKind::kVia, "person:krasovsky");
  ASSERT_NE(via, nullptr);
  std::set<std::string> quotes;
  for (const Evidence& ev : via->evidence) quotes.insert(ev.quote);
  EXPECT_EQ(quotes, (std::set<std::string>{"КРАСОВСКОМУ", "KRASOVSKY"}));
  EXPECT_EQ(page.prop(doc, "sent"), "1951-11-19T23:40");
}

TEST(PageImporterTest, RoutingOnTwoLinesAndAddressWithoutRelay) {
  std::string page_text(kStalinReply);
  auto replace = [&](std::string_view from, std::string_view to) {
    size_t at = page_text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    page_text.replace(at, from.size(), to);
  };
  replace("BEIJING, TO KRASOVSKY. For Comrade MAO ZEDONG.",
          "BEIJING\n\nTO KRASOVSKY\n\nFor transmission to MAO ZEDONG");
  replace("ПЕКИН, КРАСОВСКОМУ. Для товарища МАО ЦЗЭДУНА.", "Тов. МАО ЦЗЭДУНУ.");
  Page page(page_text);
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kVia),
            Ids{"person:krasovsky"});
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kAddressedTo),
            Ids{"person:mao-zedong"});
}

TEST(PageImporterTest, TitleNamesTheRelay) {
  for (std::string_view title :
       {"Ciphered Telegram No. 4829, Filippov (Stalin) to Mao Zedong via "
        "Krasovsky",
        "Telegram from Filippov (Stalin) to Mao Zedong, via Krasovsky",
        "Ciphered Telegram No. 4829, Filippov [Stalin] to Krasovsky, for Cde. "
        "Mao Zedong"}) {
    Page page("August 28, 1951\n\n" + std::string(title) +
              "\n\nWe support your line in the talks.\n");
    EXPECT_EQ(page.authors(page.outer()), Ids{"person:joseph-stalin"}) << title;
    EXPECT_EQ(page.targets(page.outer(), EdgeKind::kAddressedTo),
              Ids{"person:mao-zedong"})
        << title;
    EXPECT_EQ(page.targets(page.outer(), EdgeKind::kVia),
              Ids{"person:krasovsky"})
        << title;
  }
}

TEST(PageImporterTest, UndatedRecordAndASignatureAfterTheGreeting) {
  Page page(R"(July 1951

Letter from Kim Il Sung to Stalin

Dear Comrade Stalin!

Our delegation will consist of NAM IL (head of the delegation), LEE SANG CHO and DENG HUA.

With communist greetings, KIM IL SUNG
)");
  EXPECT_EQ(page.outer(), "doc:letter-1951-07-kim-il-sung");
  EXPECT_EQ(page.prop(page.outer(), "date"), "1951-07");
  const Edge* signed_by =
      page.edge("person:kim-il-sung", EdgeKind::kAuthored, page.outer());
  ASSERT_NE(signed_by, nullptr);
  EXPECT_EQ(signed_by->evidence.back().quote, "KIM IL SUNG");
  // No size is given: the members are counted.
  std::string delegation = page.outer() + "/delegation";
  EXPECT_EQ(page.node(delegation).props.Get("size")->as_int(), 3);
  EXPECT_EQ(page.sources(delegation, EdgeKind::kHeads), Ids{"person:nam-il"});
  EXPECT_EQ(page.sources(delegation, EdgeKind::kMemberOf),
            (Ids{"person:deng-hua", "person:lee-sang-cho", "person:nam-il"}));
}

TEST(PageImporterTest, CopiesInEveryFormWithCounts) {
  struct Case {
    std::string_view lines;
    std::vector<std::pair<std::string, int64_t>> copies;  // count 0: none
  };
  const Case kCases[] = {
      {"Copies: Stalin (2)", {{"person:joseph-stalin", 2}}},
      {"Copies: Stalin (2), Molotov, Malenkov",
       {{"person:joseph-stalin", 2},
        {"person:vyacheslav-molotov", 0},
        {"person:georgy-malenkov", 0}}},
      {"Copies to\nCde. Stalin (2)\nCde. Beria\nCde. Bulganin",
       {{"person:joseph-stalin", 2},
        {"person:lavrentiy-beria", 0},
        {"person:nikolai-bulganin", 0}}},
      {"To Cde. Stalin (2 copies)", {{"person:joseph-stalin", 2}}},
      {"Копии: Сталину (2), Молотову",
       {{"person:joseph-stalin", 2}, {"person:vyacheslav-molotov", 0}}},
      {"Разослано: т. Сталину (2 экз.), т. Берия",
       {{"person:joseph-stalin", 2}, {"person:lavrentiy-beria", 0}}},
      {"Copies to:\nCde. Malenkov", {{"person:georgy-malenkov", 0}}},
  };
  for (const Case& c : kCases) {
    std::string text = std::string(R"(August 27, 1951

Ciphered Telegram No. 23257, Mao Zedong to Cde. Filippov [Stalin]

)") + std::string(c.lines) +
                       R"(

To Comrade FILIPPOV [Stalin]

Comrade Filippov!

We are weighing whether to suspend the negotiations.

Mao Zedong
)";
    Page page(text);
    Ids expected_targets;
    for (const auto& [id, count] : c.copies) {
      expected_targets.push_back(id);
      const Edge* e = page.edge(page.outer(), EdgeKind::kCopyTo, id);
      ASSERT_NE(e, nullptr) << c.lines << ": " << id;
      const Value* n = e->props.Get("count");
      if (count == 0) {
        EXPECT_EQ(n, nullptr) << c.lines << ": " << id;
      } else {
        ASSERT_NE(n, nullptr) << c.lines << ": " << id;
        EXPECT_EQ(n->as_int(), count) << c.lines;
      }
    }
    EXPECT_EQ(page.targets(page.outer(), EdgeKind::kCopyTo),
              Sorted(expected_targets))
        << c.lines;
    // Copies are not addressees.
    EXPECT_EQ(page.targets(page.outer(), EdgeKind::kAddressedTo),
              Ids{"person:joseph-stalin"});
  }
}

TEST(PageImporterTest, StampsElisionsAndEditorialBracketsAreNotText) {
  Page page(kZhouCable);
  // The stamp over three lines is no part of any clause, and its "No. 1187"
  // is no number of the cable.
  for (const std::string& id :
       page.targets(page.outer(), EdgeKind::kHasClause)) {
    const Value* text = page.node(id).props.Get("text");
    ASSERT_NE(text, nullptr);
    EXPECT_EQ(text->GetString("en").find("RETURNED"), std::string::npos);
  }
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kHasClause).size(), 3u);
  Ids numbers = Numbers(page.node(page.outer()));
  EXPECT_EQ(std::find(numbers.begin(), numbers.end(), "1187"), numbers.end());
  // "Panmunjom [Kaesong]": both places, the bracket read as a place.
  std::string clause = page.clause(page.outer(), "1");
  Ids places = page.targets(clause, EdgeKind::kConcerns);
  EXPECT_EQ(places, (Ids{"place:kaesong", "place:panmunjom"}));
  // "[…]" before the signature: Zhou Enlai still signs the cable.
  EXPECT_EQ(page.authors(page.outer()), Ids{"person:zhou-enlai"});
  // "FILIPPOV [Stalin]": the codename and the editor's name are one person.
  const Node& stalin = page.node("person:joseph-stalin");
  EXPECT_TRUE(HasAlias(stalin, "Filippov"));
}

TEST(PageImporterTest, EveryTimestampForm) {
  struct Case {
    std::string_view stamp;
    std::string_view key;  // "sent" or "received"
    std::string_view value;
    std::string_view origin;
  };
  const Case kCases[] = {
      {"Received 12:10 3.7.1951", "received", "1951-07-03T12:10", ""},
      {"From BEIJING 01:30 27.8.1951", "received", "1951-08-27T01:30",
       "place:beijing"},
      {"From BEIJING Received 11:30 30.6.1951", "received", "1951-06-30T11:30",
       "place:beijing"},
      {"Sent 1.7.51 5:30", "sent", "1951-07-01T05:30", ""},
      {"From Correspondent 20 Sent 1.7.51 5:30", "sent", "1951-07-01T05:30",
       ""},
      {"received at 1135 19 October 1951", "received", "1951-10-19T11:35", ""},
      {"from [BEIJING] received at 1750 31 January 1952", "received",
       "1952-01-31T17:50", "place:beijing"},
      {"Received 18:35 21.XI.1951", "received", "1951-11-21T18:35", ""},
      // No year: the page's.
      {"Received 23:10 30.6", "received", "1951-06-30T23:10", ""},
      {"Получено 12:40 3 июля 1951 г.", "received", "1951-07-03T12:40", ""},
      {"Из ПЕКИНА Получено 3 июля 1951 г. в 12 час. 40 мин.", "received",
       "1951-07-03T12:40", "place:beijing"},
      {"Отправлено 3.7.51 10:05", "sent", "1951-07-03T10:05", ""},
  };
  for (const Case& c : kCases) {
    std::string text = R"(July 3, 1951

Ciphered Telegram No. 21405, Mao Zedong to Cde. Filippov [Stalin]

)" + std::string(c.stamp) +
                       R"(

To Comrade FILIPPOV [Stalin]

Comrade Filippov!

We received your telegram of 2 July and have sent it on to Comrade Kim Il Sung on 3 July.

Mao Zedong

Mao tells Stalin that his telegram has gone on to Kim Il Sung.

Document Information
)";
    Page page(text);
    const Node& doc = page.node(page.outer());
    EXPECT_EQ(doc.props.GetString(c.key), c.value) << c.stamp;
    // The sentence in the body is not a stamp.
    std::string_view other = c.key == "sent" ? "received" : "sent";
    EXPECT_EQ(doc.props.Get(other), nullptr) << c.stamp;
    if (!c.origin.empty()) {
      EXPECT_EQ(doc.props.GetString("origin"), c.origin) << c.stamp;
    }
  }
}

TEST(PageImporterTest, DateWithoutYearTakesThePagesYear) {
  std::string text = R"(June 30, 1951

Ciphered Telegram No. 21336 from Beijing, Mao Zedong to Cde. Filippov [Stalin]

To Comrade FILIPPOV [Stalin]

A telegram from Comrade Kim Il Sung.

“Comrade Mao Zedong!

What reply should we make if Ridgway asks for talks?

Kim Il Sung 29.6”

Mao Zedong

No. 3261

30.6
)";
  Page page(text);
  std::string message = page.embedded(page.outer());
  EXPECT_EQ(page.prop(message, "date"), "1951-06-29");
  EXPECT_EQ(page.authors(message), Ids{"person:kim-il-sung"});
  EXPECT_EQ(page.prop(page.outer(), "outgoing_number"), "3261");
}

// ---------------------------------------------------------------------------
// Nested messages

TEST(PageImporterTest, MessageForwardingAMessageForwardingAMessage) {
  Page page(kRoshchinCable);
  const std::string& cable = page.outer();
  EXPECT_EQ(page.authors(cable), Ids{"person:nikolai-roshchin"});
  EXPECT_EQ(page.targets(cable, EdgeKind::kAddressedTo),
            Ids{"person:andrey-vyshinsky"});
  EXPECT_EQ(page.prop(cable, "received"), "1951-10-19T11:35");

  std::string letter = page.embedded(cable);
  EXPECT_EQ(page.prop(letter, "doc_type"), "letter");
  EXPECT_EQ(page.authors(letter), Ids{"person:zhou-enlai"});
  EXPECT_EQ(page.targets(letter, EdgeKind::kAddressedTo),
            Ids{"person:nikolai-roshchin"});

  std::string mao = page.embedded(letter);
  EXPECT_EQ(page.authors(mao), Ids{"person:mao-zedong"});
  EXPECT_EQ(page.targets(mao, EdgeKind::kAddressedTo),
            Ids{"person:joseph-stalin"});
  EXPECT_EQ(page.prop(mao, "date"), "1951-10-18");

  std::string kim = page.embedded(mao);
  EXPECT_EQ(page.authors(kim), Ids{"person:kim-il-sung"});
  EXPECT_EQ(page.targets(kim, EdgeKind::kAddressedTo),
            Ids{"person:mao-zedong"});
  EXPECT_EQ(page.prop(kim, "date"), "1951-10-17");
  EXPECT_EQ(page.targets(kim, EdgeKind::kEmbeds), Ids{});
  // Kim Il Sung's points are his, in his message only.
  EXPECT_EQ(page.targets(kim, EdgeKind::kHasClause).size(), 2u);
  EXPECT_EQ(page.targets(mao, EdgeKind::kHasClause), Ids{});
  EXPECT_EQ(page.sources(page.clause(kim, "2"), EdgeKind::kProposes),
            Ids{"person:kim-il-sung"});
}

// The same chain with the inner quotations never closed: each ends at its
// signature, and the outer closing mark ends them all.
TEST(PageImporterTest, UnclosedQuotationsEndAtTheirSignature) {
  std::string text(kRoshchinCable);
  for (std::string_view close :
       {"Kim Il Sung 17.10.1951\"", "Mao Zedong 18.10.1951”"}) {
    size_t at = text.find(close);
    ASSERT_NE(at, std::string::npos);
    text.erase(at + close.size() - (close.back() == '"' ? 1 : 3),
               close.back() == '"' ? 1 : 3);
  }
  Page page(text);
  std::string letter = page.embedded(page.outer());
  std::string mao = page.embedded(letter);
  std::string kim = page.embedded(mao);
  EXPECT_EQ(page.authors(letter), Ids{"person:zhou-enlai"});
  EXPECT_EQ(page.authors(mao), Ids{"person:mao-zedong"});
  EXPECT_EQ(page.authors(kim), Ids{"person:kim-il-sung"});
  EXPECT_EQ(page.targets(kim, EdgeKind::kHasClause).size(), 2u);
}

// Straight quotes at every level, and no signatures: the introductions name
// the authors ("the telegram ... from Comrade Kim Il Sung").
TEST(PageImporterTest, StraightQuotesAndAuthorsFromTheIntroduction) {
  std::string text(kRoshchinCable);
  for (std::string_view from : {"«", "»", "“", "”"}) {
    for (size_t at = text.find(from); at != std::string::npos;
         at = text.find(from)) {
      text.replace(at, from.size(), "\"");
    }
  }
  for (std::string_view signature :
       {"Kim Il Sung 17.10.1951", "Mao Zedong 18.10.1951",
        "With greetings,\nZhou Enlai"}) {
    size_t at = text.find(signature);
    ASSERT_NE(at, std::string::npos);
    text.erase(at, signature.size());
  }
  Page page(text);
  std::string letter = page.embedded(page.outer());
  std::string mao = page.embedded(letter);
  std::string kim = page.embedded(mao);
  EXPECT_EQ(page.authors(page.outer()), Ids{"person:nikolai-roshchin"});
  EXPECT_EQ(page.authors(letter), Ids{"person:zhou-enlai"});
  EXPECT_EQ(page.authors(mao), Ids{"person:mao-zedong"});
  EXPECT_EQ(page.authors(kim), Ids{"person:kim-il-sung"});
}

TEST(PageImporterTest, RussianOriginalAndTranslationOfAForwardedMessage) {
  Page page(kMaoForward);
  EXPECT_EQ(page.prop(page.outer(), "received"), "1951-07-13T04:15");
  EXPECT_EQ(page.prop(page.outer(), "origin"), "place:beijing");
  EXPECT_EQ(page.authors(page.outer()), Ids{"person:mao-zedong"});
  // One quoted message in two languages.
  std::string kim = page.embedded(page.outer());
  EXPECT_EQ(page.authors(kim), Ids{"person:kim-il-sung"});
  EXPECT_EQ(page.targets(kim, EdgeKind::kAddressedTo),
            Ids{"person:mao-zedong"});
  EXPECT_EQ(page.prop(kim, "date"), "1951-07-12");
  const Value* langs = page.node(kim).props.Get("languages");
  ASSERT_NE(langs, nullptr);
  EXPECT_EQ(langs->as_array().size(), 2u);
  ASSERT_EQ(page.targets(kim, EdgeKind::kHasClause).size(), 2u);
  std::string zone = page.clause(kim, "2");
  EXPECT_EQ(page.clause_topics(zone), Ids{"buffer_zone"});
  std::vector<Term> distances = TermList(page.terms(zone), "distances");
  ASSERT_EQ(distances.size(), 1u);
  EXPECT_EQ(distances[0].min, 20);
  EXPECT_EQ(page.targets(page.clause(kim, "1"), EdgeKind::kConcerns),
            Ids{"place:38th-parallel"});
}

// ---------------------------------------------------------------------------
// Clauses

TEST(PageImporterTest, LetteredPointsNestedInANumberedItem) {
  Page page(kKimLetter);
  const std::string& letter = page.outer();
  Ids clauses = page.targets(letter, EdgeKind::kHasClause);
  ASSERT_EQ(clauses.size(), 6u);
  // The letters are the clauses; the numbered items around them are not.
  const std::pair<std::string_view, std::string_view> kLetters[] = {
      {"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"д", "d"}, {"е", "e"}};
  for (const auto& [ru, en] : kLetters) {
    std::string clause = page.clause(letter, ru);
    // The Latin letters of the translation are the same clauses.
    EXPECT_EQ(page.clause(letter, en), clause);
    const Value* text = page.node(clause).props.Get("text");
    ASSERT_NE(text, nullptr);
    EXPECT_FALSE(text->GetString("ru").empty()) << ru;
    EXPECT_FALSE(text->GetString("en").empty()) << en;
    // "HAM ИР выдвинет такие пункты": Nam Il puts them forward.
    EXPECT_EQ(page.sources(clause, EdgeKind::kProposes), Ids{"person:nam-il"})
        << ru;
  }
  EXPECT_EQ(
      page.node(page.clause(letter, "б")).props.Get("text")->GetString("ru"),
      "отвод войск обеих сторон на 10 км от 38 параллели в течение трёх дней;");
}

TEST(PageImporterTest, LetteredPointsWithoutANumberedItem) {
  std::string text = R"(July 1, 1951

Ciphered Telegram No. 501870, Razuvaev to Shtemenko

Ожидается, что КИМ ИР СЕН выдвинет такие пункты:

а) прекращение огня;
б) отвод войск на 5–10 км от 38 параллели.

РАЗУВАЕВ

Kim Il Sung is expected to put forward these points:

a) a ceasefire;
b) troops pulled back 5-10 km from the 38th parallel.

RAZUVAEV
)";
  Page page(text);
  ASSERT_EQ(page.targets(page.outer(), EdgeKind::kHasClause).size(), 2u);
  std::string b = page.clause(page.outer(), "б");
  EXPECT_EQ(page.clause(page.outer(), "b"), b);
  EXPECT_EQ(page.sources(b, EdgeKind::kProposes), Ids{"person:kim-il-sung"});
  std::vector<Term> distances = TermList(page.terms(b), "distances");
  ASSERT_EQ(distances.size(), 1u);
  EXPECT_EQ(distances[0].min, 5);
  EXPECT_EQ(distances[0].max, 10);
  EXPECT_EQ(distances[0].unit, "km");
}

TEST(PageImporterTest, ClauseTermsForEveryPoint) {
  Page page(kKimLetter);
  const std::string& letter = page.outer();
  std::string a = page.clause(letter, "а");
  EXPECT_EQ(page.clause_topics(a), Ids{"ceasefire"});
  EXPECT_EQ(page.terms(a).GetString("time_reference"), "Pyongyang time");

  std::string b = page.clause(letter, "б");
  EXPECT_EQ(page.clause_topics(b), Ids{"withdrawal"});
  std::vector<Term> distances = TermList(page.terms(b), "distances");
  ASSERT_EQ(distances.size(), 1u);
  EXPECT_EQ(distances[0].min, 10);
  EXPECT_EQ(distances[0].max, 10);
  EXPECT_EQ(distances[0].from, "38th parallel");
  std::vector<Term> durations = TermList(page.terms(b), "durations");
  ASSERT_EQ(durations.size(), 1u);
  EXPECT_EQ(durations[0].min, 3);
  EXPECT_EQ(durations[0].unit, "day");
  EXPECT_EQ(page.targets(b, EdgeKind::kConcerns), Ids{"place:38th-parallel"});
  const Value* actors = page.terms(b).Get("actors");
  ASSERT_NE(actors, nullptr);
  EXPECT_EQ(actors->as_array()[0].as_string(), "both sides");

  std::string v = page.clause(letter, "в");
  EXPECT_EQ(page.clause_topics(v), Ids{"movement_restriction"});
  EXPECT_EQ(page.targets(v, EdgeKind::kConcerns), Ids{"place:38th-parallel"});

  std::string d = page.clause(letter, "д");
  EXPECT_EQ(page.clause_topics(d), Ids{"foreign_forces_withdrawal"});
  durations = TermList(page.terms(d), "durations");
  ASSERT_EQ(durations.size(), 1u);
  EXPECT_EQ(durations[0].min, 2);
  EXPECT_EQ(durations[0].unit, "month");
  EXPECT_EQ(durations[0].from, "ceasefire");
  EXPECT_EQ(page.targets(d, EdgeKind::kConcerns), Ids{"place:korea"});

  std::string e = page.clause(letter, "е");
  EXPECT_EQ(page.clause_topics(e), (Ids{"civilians", "prisoners_of_war"}));

  Page zhou(kZhouCable);
  std::string one = zhou.clause(zhou.outer(), "1");
  distances = TermList(zhou.terms(one), "distances");
  ASSERT_EQ(distances.size(), 1u);
  EXPECT_EQ(distances[0].min, 2);
  EXPECT_EQ(zhou.clause_topics(one),
            (Ids{"buffer_zone", "demarcation_line", "negotiation_procedure",
                 "withdrawal"}));
  std::string two = zhou.clause(zhou.outer(), "2");
  durations = TermList(zhou.terms(two), "durations");
  ASSERT_EQ(durations.size(), 1u);
  EXPECT_EQ(durations[0].min, 30);
  EXPECT_EQ(durations[0].unit, "day");
  std::string three = zhou.clause(zhou.outer(), "3");
  durations = TermList(zhou.terms(three), "durations");
  ASSERT_EQ(durations.size(), 1u);
  EXPECT_EQ(durations[0].min, 2);
  EXPECT_EQ(durations[0].unit, "month");
  EXPECT_EQ(zhou.clause_topics(three), Ids{"prisoners_of_war"});
}

TEST(PageImporterTest, TopicsFromEitherLanguage) {
  Page page(kKimLetter);
  // "г) уход военно-морского флота из территориальных вод КОРЕИ" / "g) the
  // navy goes home": the topic is in the Russian words only.
  std::string g = page.clause(page.outer(), "г");
  EXPECT_EQ(page.clause_topics(g), Ids{"naval_blockade"});
  EXPECT_EQ(page.targets(g, EdgeKind::kConcerns), Ids{"place:korea"});
}

TEST(PageImporterTest, ClausesOfARussianAndEnglishReplyAlign) {
  Page page(kStalinReply);
  Ids clauses = page.targets(page.outer(), EdgeKind::kHasClause);
  ASSERT_EQ(clauses.size(), 2u);
  std::string two = page.clause(page.outer(), "2");
  const Value* text = page.node(two).props.Get("text");
  ASSERT_NE(text, nullptr);
  EXPECT_NE(text->GetString("ru").find("военнопленными"), std::string::npos);
  EXPECT_NE(text->GetString("en").find("all for all"), std::string::npos);
  EXPECT_EQ(page.sources(two, EdgeKind::kProposes),
            Ids{"person:joseph-stalin"});
  std::vector<Term> durations = TermList(page.terms(two), "durations");
  ASSERT_EQ(durations.size(), 1u);
  EXPECT_EQ(durations[0].min, 1);
  EXPECT_EQ(durations[0].unit, "month");
}

// ---------------------------------------------------------------------------
// Delegation, roles, names

TEST(PageImporterTest, DelegationHeadMembersSizeAndUnnamedMember) {
  Page page(kKimLetter);
  std::string delegation = page.outer() + "/delegation";
  const Node& d = page.node(delegation);
  ASSERT_NE(d.props.Get("size"), nullptr);
  EXPECT_EQ(d.props.Get("size")->as_int(), 4);
  EXPECT_EQ(page.sources(delegation, EdgeKind::kHeads), Ids{"person:nam-il"});
  EXPECT_EQ(page.sources(delegation, EdgeKind::kMemberOf),
            (Ids{"org:chinese-peoples-volunteers", "person:li-hak-gu",
                 "person:nam-il", "person:pak-dong-cho"}));
  EXPECT_EQ(page.sources(delegation, EdgeKind::kProposes),
            Ids{"person:kim-il-sung"});
  // "one representative from the Chinese volunteers": tied to its
  // organisation, not made up as a person.
  const Edge* unnamed = page.edge("org:chinese-peoples-volunteers",
                                  EdgeKind::kMemberOf, delegation);
  ASSERT_NE(unnamed, nullptr);
  EXPECT_TRUE(unnamed->props.Get("unnamed")->as_bool());
  EXPECT_EQ(unnamed->props.Get("count")->as_int(), 1);
  EXPECT_EQ(unnamed->props.GetString("role"), "representative");
}

TEST(PageImporterTest, RoleFromTheDelegationList) {
  Page page(kKimLetter);
  const Edge* nam = page.edge("person:nam-il", EdgeKind::kHoldsRole,
                              "org:korean-peoples-army");
  ASSERT_NE(nam, nullptr);
  EXPECT_EQ(nam->props.GetString("role"), "chief of general staff");
  EXPECT_EQ(nam->props.Get("role_text")->GetString("ru"),
            "начальник генерального штаба");
  const Edge* pak = page.edge("person:pak-dong-cho", EdgeKind::kHoldsRole,
                              "org:ministry-of-foreign-affairs");
  ASSERT_NE(pak, nullptr);
  EXPECT_EQ(pak->props.GetString("role"), "deputy minister of foreign affairs");
  const Edge* member = page.edge("person:li-hak-gu", EdgeKind::kMemberOf,
                                 page.outer() + "/delegation");
  ASSERT_NE(member, nullptr);
  EXPECT_EQ(member->props.GetString("role"), "division commander");
}

TEST(PageImporterTest, NamesAcrossScripts) {
  Page page(kKimLetter);
  // "HAM ИР" with a Latin H, "НАМ ИР", "NAM IL": one person.
  const Node& nam = page.node("person:nam-il");
  EXPECT_TRUE(HasAlias(nam, "HAM ИР"));
  EXPECT_TRUE(HasAlias(nam, "НАМ ИР"));
  EXPECT_TRUE(HasAlias(nam, "NAM IL"));
  // "ПАК ДЕНЧО" and "PAK DEN CHO" are Pak Dong Cho.
  const Node& pak = page.node("person:pak-dong-cho");
  EXPECT_TRUE(HasAlias(pak, "ПАК ДЕНЧО"));
  EXPECT_TRUE(HasAlias(pak, "PAK DEN CHO"));
  // "ФИЛИППОВА", the codename in the genitive, is Stalin.
  const Node& stalin = page.node("person:joseph-stalin");
  EXPECT_TRUE(HasAlias(stalin, "ФИЛИППОВА"));
  EXPECT_TRUE(stalin.props.Get("codename_seen")->as_bool());
  // "КИМ ИР СЕНА", "КИМ ИР СЕНУ": Kim Il Sung.
  Page reply(kStalinReply);
  const Node& kim = reply.node("person:kim-il-sung");
  EXPECT_TRUE(HasAlias(kim, "КИМ ИР СЕНА"));
  EXPECT_TRUE(HasAlias(kim, "КИМ ИР СЕНУ"));
  EXPECT_EQ(reply.persons(), (Ids{"person:joseph-stalin", "person:kim-il-sung",
                                  "person:krasovsky", "person:mao-zedong"}));
}

TEST(PageImporterTest, UnknownNameBecomesAnUnresolvedPerson) {
  Page page(kKimLetter);
  // "ЛИ ХАК ГУ" / "LI HAK GU": not in the gazetteer, one person in both
  // languages.
  const Node& li = page.node("person:li-hak-gu");
  EXPECT_EQ(li.label, "Li Hak Gu");
  EXPECT_FALSE(li.props.Get("resolved")->as_bool());
  EXPECT_TRUE(HasAlias(li, "ЛИ ХАК ГУ"));
  std::set<std::string> quotes;
  for (const Evidence& ev : li.evidence) quotes.insert(ev.quote);
  EXPECT_EQ(quotes, (std::set<std::string>{"ЛИ ХАК ГУ", "LI HAK GU"}));
  EXPECT_TRUE(page.has("person:nam-il"));
  EXPECT_TRUE(page.node("person:nam-il").props.Get("resolved")->as_bool());

  Page report(kKravtsovReport);
  EXPECT_EQ(report.authors(report.outer()), Ids{"person:kravtsov"});
  EXPECT_FALSE(report.node("person:kravtsov").props.Get("resolved")->as_bool());
  // After a rank, the name in capitals; the rank is no part of it.
  EXPECT_EQ(report.node("person:dolgopolov").label, "Dolgopolov");
  EXPECT_TRUE(report.has("person:li-tianyou"));
  EXPECT_EQ(report.persons(),
            (Ids{"person:aleksandr-vasilevsky", "person:dolgopolov",
                 "person:joseph-stalin", "person:kravtsov", "person:li-tianyou",
                 "person:sergei-shtemenko"}));
}

// Forms of address, titles, ranks and telegram words are never people, on
// any page.
TEST(PageImporterTest, NoPersonIsAFormOfAddressTitleOrTelegramWord) {
  std::vector<std::string> pages = {
      std::string(kZhouCable), std::string(kStalinReply),
      std::string(kKimLetter), std::string(kRoshchinCable),
      std::string(kKravtsovReport)};
  for (const fs::path& path : SamplePages()) pages.push_back(ReadFile(path));
  for (const std::string& text : pages) {
    Page page(text);
    for (const std::string& id : page.persons()) {
      const Node& person = page.node(id);
      for (std::string_view word :
           {"Comrade", "Cde", "Telegram", "Series", "General", "Marshal",
            "Chairman", "Secretary"}) {
        EXPECT_EQ(person.label.find(word), std::string::npos)
            << person.label << " on " << page.outer();
      }
      EXPECT_FALSE(RealGazetteer().IsStopWord(person.label)) << person.label;
    }
  }
}

// ---------------------------------------------------------------------------
// Evidence and robustness

// Every quote is the page's bytes [start, end), of the page's own document,
// and every edge joins two nodes of the fragment.
void ExpectEvidenceHolds(const Fragment& f, const std::string& where) {
  auto check = [&](const Evidence& ev, const std::string& what) {
    ASSERT_LE(ev.start, ev.end) << where << " " << what;
    ASSERT_LE(ev.end, f.text.size()) << where << " " << what;
    EXPECT_EQ(f.text.substr(ev.start, ev.end - ev.start), ev.quote)
        << where << " " << what;
    EXPECT_EQ(ev.doc, f.page_id) << where << " " << what;
    EXPECT_FALSE(ev.lang.empty()) << where << " " << what;
  };
  for (const Node& n : f.nodes()) {
    EXPECT_FALSE(n.evidence.empty()) << where << " " << n.id;
    for (const Evidence& ev : n.evidence) check(ev, n.id);
  }
  for (const Edge& e : f.edges()) {
    std::string what = e.source + " -" +
                       std::string(graph::EdgeKindName(e.kind)) + "-> " +
                       e.target;
    EXPECT_NE(f.FindNode(e.source), nullptr) << where << " " << what;
    EXPECT_NE(f.FindNode(e.target), nullptr) << where << " " << what;
    EXPECT_FALSE(e.evidence.empty()) << where << " " << what;
    for (const Evidence& ev : e.evidence) check(ev, what);
  }
}

TEST(PageImporterTest, EvidenceQuotesThePageBytesOnEverySamplePage) {
  std::vector<fs::path> pages = SamplePages();
  ASSERT_GE(pages.size(), 8u) << "the seed and the corpus pages";
  for (const fs::path& path : pages) {
    Result<Fragment> f = TryImport(ReadFile(path));
    ASSERT_TRUE(f.ok()) << path << ": " << f.status().message();
    ExpectEvidenceHolds(*f, path.filename().string());
  }
  for (std::string_view text : {kZhouCable, kStalinReply, kKimLetter,
                                kRoshchinCable, kKravtsovReport}) {
    Page page(text);
    ExpectEvidenceHolds(page.fragment(), page.outer());
  }
}

TEST(PageImporterTest, BadInputIsAOneLineError) {
  struct Case {
    std::string text;
    std::string message;
  };
  const Case kCases[] = {
      {"", "empty file"},
      {"\n  \n", "empty file"},
      {std::string("July 3, 1951\n\nTitle\0", 20),
       "binary file (NUL byte on line 3)"},
      {"July 3, 1951\n\nTelegram \xd0\n", "invalid UTF-8 on line 3"},
      {"Some notes\nwith no date line\n",
       "no date anywhere in the text (line 1 onwards): not a document Parley "
       "can read"},
      {"Skip to content\n\nJuly 3, 1951\n\n",
       "no document text after line 1"},
  };
  for (const Case& c : kCases) {
    Result<Fragment> r = TryImport(c.text);
    ASSERT_FALSE(r.ok()) << c.message;
    EXPECT_EQ(r.status().message(), c.message);
    EXPECT_EQ(r.status().message().find('\n'), std::string::npos);
  }
}

TEST(PageImporterTest, CrlfLineEndsGiveTheSameFacts) {
  std::string crlf;
  for (char c : kKimLetter) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  Page unix_page(kKimLetter), dos_page(crlf);
  Ids a, b;
  for (const Node& n : unix_page.fragment().nodes()) a.push_back(n.id);
  for (const Node& n : dos_page.fragment().nodes()) b.push_back(n.id);
  EXPECT_EQ(Sorted(a), Sorted(b));
  EXPECT_EQ(unix_page.fragment().edges().size(),
            dos_page.fragment().edges().size());
  std::string clause = dos_page.clause(dos_page.outer(), "б");
  EXPECT_EQ(dos_page.node(clause).props.Get("text")->GetString("ru").find('\r'),
            std::string::npos);
  ExpectEvidenceHolds(dos_page.fragment(), "crlf");
}

TEST(PageImporterTest, OnlyAHeaderAndAFooter) {
  Page page(R"(July 3, 1951

Ciphered Telegram No. 21404, Mao Zedong to Cde. Filippov [Stalin]

Document Information

Source

APRF, f. 45, op. 1, d. 339, ll. 6-7.

Type

Telegram

Language

English

Record ID
)");
  EXPECT_EQ(page.outer(), "doc:telegram-21404-1951-07-03");
  EXPECT_EQ(page.authors(page.outer()), Ids{"person:mao-zedong"});
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kHasClause), Ids{});
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kEmbeds), Ids{});
  const Value* langs = page.node(page.outer()).props.Get("languages");
  ASSERT_NE(langs, nullptr);
  ASSERT_EQ(langs->as_array().size(), 1u);
  EXPECT_EQ(langs->as_array()[0].as_string(), "en");
}

TEST(PageImporterTest, ExtremelyLongLines) {
  std::string text =
      "July 3, 1951\n\nCiphered Telegram No. 1, Mao Zedong to Cde. Filippov "
      "[Stalin]\n\n";
  for (int i = 0; i < 20000; ++i) {
    text += "Comrade KIM IL SUNG proposes 10 km from the 38th parallel, ";
  }
  text += "\n\n" + std::string(300000, 'x') + "\n\n";
  for (int i = 0; i < 5000; ++i) text += "«";
  text += "\n";
  for (int i = 0; i < 30000; ++i) text += "1. ";
  text += "\n";
  Result<Fragment> r = TryImport(text);
  ASSERT_TRUE(r.ok()) << r.status().message();
  Page page(text);
  EXPECT_TRUE(page.has("person:kim-il-sung"));
  const Edge* mentions =
      page.edge(page.outer(), EdgeKind::kMentions, "person:kim-il-sung");
  ASSERT_NE(mentions, nullptr);
  // Enough evidence to check, not twenty thousand copies of it.
  EXPECT_GE(mentions->evidence.size(), 10u);
  EXPECT_LE(mentions->evidence.size(), 100u);
  ExpectEvidenceHolds(page.fragment(), "long lines");
}

TEST(PageImporterTest, TwoHundredNumberedPoints) {
  std::string text = R"(July 3, 1951

Ciphered Telegram No. 21404, Mao Zedong to Cde. Filippov [Stalin]

To Comrade FILIPPOV [Stalin]

We propose the following points:

)";
  for (int i = 1; i <= 200; ++i) {
    text += std::to_string(i) + ". Both sides withdraw " + std::to_string(i) +
            " km from the 38th parallel within " + std::to_string(i % 30 + 1) +
            " days.\n\n";
  }
  text += "Mao Zedong\n";
  Page page(text);
  Ids clauses = page.targets(page.outer(), EdgeKind::kHasClause);
  ASSERT_EQ(clauses.size(), 200u);
  std::string last = page.clause(page.outer(), "200");
  std::vector<Term> distances = TermList(page.terms(last), "distances");
  ASSERT_EQ(distances.size(), 1u);
  EXPECT_EQ(distances[0].min, 200);
  EXPECT_EQ(page.sources(last, EdgeKind::kProposes), Ids{"person:mao-zedong"});
}

}  // namespace
}  // namespace parley::importers
