// What the tests of the page importer's stages share: a page imported
// through the one entry point (ImportPage, with the real data/ tables), the
// look-ups the tests need on its fragment, synthetic pages of the archive's
// variations, and the sample pages of the seed and the corpus.
#ifndef PARLEY_TESTS_IMPORTERS_PAGE_FIXTURE_H_
#define PARLEY_TESTS_IMPORTERS_PAGE_FIXTURE_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/fragment.h"
#include "graph/model.h"
#include "importers/import_file.h"
#include "tests/importers/real_data.h"

namespace parley::importers::test_data {

namespace fs = std::filesystem;
using graph::Edge;
using graph::EdgeKind;
using graph::Evidence;
using graph::Fragment;
using graph::Node;
using graph::NodeKind;
using graph::Value;
using Ids = std::vector<std::string>;

// `page` read as the file "page.txt" would be.
inline Result<Fragment> TryImport(std::string_view page) {
  return ImportPage(page, "page.txt", RealKnowledge());
}

// The facts of one imported page, with the look-ups the tests need. A page
// that does not import is a test failure and an empty fragment.
class Page {
 public:
  explicit Page(std::string_view text) {
    Result<Fragment> r = TryImport(text);
    EXPECT_TRUE(r.ok()) << r.status().message();
    if (r.ok()) fragment_ = std::move(r).value();
    Ids top = top_documents();
    outer_ = top.empty() ? std::string("(none)") : top.front();
  }

  const Fragment& fragment() const { return fragment_; }
  // The page's outer document (a TEI volume's first).
  const std::string& outer() const { return outer_; }

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
  // The documents the file holds at the top (each with its `source_file`),
  // in the fragment's order.
  Ids top_documents() const {
    Ids out;
    for (const Node& n : fragment_.nodes()) {
      if (n.kind == NodeKind::kDocument && n.props.Get("source_file"))
        out.push_back(n.id);
    }
    return out;
  }
  const std::string& text() const { return fragment_.text; }

 private:
  Fragment fragment_;
  std::string outer_;
};

inline Ids Sorted(Ids ids) {
  std::sort(ids.begin(), ids.end());
  return ids;
}

inline bool HasAlias(const Node& n, std::string_view alias) {
  return std::find(n.aliases.begin(), n.aliases.end(), alias) !=
         n.aliases.end();
}

// The numbers a document carries: one string, or a list (title and body).
inline Ids Numbers(const Node& doc) {
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
inline std::vector<Term> TermList(const Value& terms, std::string_view key) {
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

inline std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Synthetic pages, one per variation the archive's pages show. The wording is
// our own; the people, numbers and places are those of the 1950-53
// correspondence.

// Office header (DIRECTORATE), "CABLE Nº" with a number that differs from the
// title's, copies one per line, a stamp over several lines, an elision, an
// editorial bracket, a stray summary of another record before the date, no
// "Skip to content", two citations split on ";", a Record ID with a value.
inline constexpr std::string_view kZhouCable =
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
inline constexpr std::string_view kStalinReply = R"(Skip to content

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
inline constexpr std::string_view kKimLetter = R"(Skip to content

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
inline constexpr std::string_view kRoshchinCable = R"(Skip to content

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
inline constexpr std::string_view kMaoForward =
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
inline constexpr std::string_view kKravtsovReport =
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
// copies the tests keep in tests/data/), pages and TEI volumes.
inline std::vector<fs::path> SamplePages() {
  std::vector<fs::path> pages;
  for (const char* dir :
       {PARLEY_DATA_DIR, PARLEY_SOURCE_DIR "/tests/data/corpus"}) {
    if (!fs::is_directory(dir)) continue;
    for (const auto& entry : fs::directory_iterator(dir)) {
      fs::path ext = entry.path().extension();
      if (ext == ".txt" || ext == ".xml") pages.push_back(entry.path());
    }
  }
  std::sort(pages.begin(), pages.end());
  return pages;
}

// The synthetic pages above, for the tests that hold on every page.
inline std::vector<std::string_view> SyntheticPages() {
  return {kZhouCable,     kStalinReply, kKimLetter,
          kRoshchinCable, kMaoForward,  kKravtsovReport};
}

// Every quote is the file's bytes [start, end) and names a document the file
// holds at the top (the page's own, or one of a TEI volume's), and every
// edge joins two nodes of the fragment.
inline void ExpectEvidenceHolds(const Fragment& f, const std::string& where) {
  std::set<std::string> top;
  std::string first;
  for (const Node& n : f.nodes()) {
    if (n.kind == NodeKind::kDocument && n.props.Get("source_file")) {
      top.insert(n.id);
      if (first.empty()) first = n.id;
    }
  }
  // The file is stored under its first document's id (and its last's,
  // after "+", when it holds several; with the source after "@" when a
  // print or an edition repeats an archive's document).
  EXPECT_EQ(f.page_id.substr(0, f.page_id.find_first_of("+@")), first)
      << where << ": " << f.page_id;
  auto check = [&](const Evidence& ev, const std::string& what) {
    ASSERT_LE(ev.start, ev.end) << where << " " << what;
    ASSERT_LE(ev.end, f.text.size()) << where << " " << what;
    EXPECT_EQ(f.text.substr(ev.start, ev.end - ev.start), ev.quote)
        << where << " " << what;
    EXPECT_EQ(top.count(ev.doc), 1u)
        << where << " " << what << ": evidence of '" << ev.doc << "'";
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

}  // namespace parley::importers::test_data

#endif  // PARLEY_TESTS_IMPORTERS_PAGE_FIXTURE_H_
