#include "bench/corpus_generator.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <string_view>

namespace parley::bench {
namespace {

// SplitMix64: small, fast, and the same on every platform (the standard
// distributions are not), so a seed names one corpus everywhere.
class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}

  uint64_t Next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n).
  int Below(int n) { return n <= 0 ? 0 : static_cast<int>(Next() % n); }
  // Uniform in [lo, hi].
  int Between(int lo, int hi) { return lo + Below(hi - lo + 1); }
  bool Chance(double p) {
    return static_cast<double>(Next() >> 11) * 0x1.0p-53 < p;
  }
  template <typename T, size_t N>
  const T& Pick(const std::array<T, N>& items) {
    return items[Below(static_cast<int>(N))];
  }

 private:
  uint64_t state_;
};

// Each page draws from its own stream, so page i does not depend on how many
// numbers page i - 1 happened to draw.
Random PageRandom(uint64_t seed, int index, uint64_t stream) {
  Random mix(seed * 0x100000001b3ULL +
             static_cast<uint64_t>(index) * 0x9e37ULL + stream);
  return Random(mix.Next());
}

// ---------------------------------------------------------------------------
// Dates

struct Date {
  int year = 1951, month = 6, day = 1;
};

constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 12> kMonthsRuGenitive = {
    "января", "февраля", "марта",    "апреля",  "мая",    "июня",
    "июля",   "августа", "сентября", "октября", "ноября", "декабря"};

bool Leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int DaysIn(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  return m == 2 && Leap(y) ? 29 : kDays[m - 1];
}

Date AddDays(Date d, int days) {
  while (days > 0) {
    if (d.day < DaysIn(d.year, d.month)) {
      ++d.day;
    } else {
      d.day = 1;
      if (++d.month > 12) {
        d.month = 1;
        ++d.year;
      }
    }
    --days;
  }
  while (days < 0) {
    if (d.day > 1) {
      --d.day;
    } else {
      if (--d.month < 1) {
        d.month = 12;
        --d.year;
      }
      d.day = DaysIn(d.year, d.month);
    }
    ++days;
  }
  return d;
}

// From 1 June 1951 to the armistice of 27 July 1953.
constexpr Date kFirstDay{1951, 6, 1};
constexpr int kSpanDays = 787;

Date DateOf(const CorpusOptions& options, int index) {
  int64_t n = std::max(options.pages, 1);
  return AddDays(kFirstDay, static_cast<int>(index * int64_t{kSpanDays} / n));
}

std::string Format(const char* fmt, auto... args) {
  int size = std::snprintf(nullptr, 0, fmt, args...);
  std::string out(static_cast<size_t>(std::max(size, 0)) + 1, '\0');
  std::snprintf(out.data(), out.size(), fmt, args...);
  out.pop_back();
  return out;
}

// "July 3, 1951"
std::string LongDate(Date d) {
  return Format("%s %d, %d", std::string(kMonths[d.month - 1]).c_str(), d.day,
                d.year);
}
// "3 July"
std::string DayMonth(Date d) {
  return Format("%d %s", d.day, std::string(kMonths[d.month - 1]).c_str());
}
// "3 июля"
std::string DayMonthRu(Date d) {
  return Format("%d %s", d.day,
                std::string(kMonthsRuGenitive[d.month - 1]).c_str());
}
// "3.7.1951"
std::string Dotted(Date d) {
  return Format("%d.%d.%d", d.day, d.month, d.year);
}
// "1951-07-03"
std::string Iso(Date d) {
  return Format("%04d-%02d-%02d", d.year, d.month, d.day);
}

// ---------------------------------------------------------------------------
// People

struct Person {
  std::string_view title;       // in the page title: "Filippov [Stalin]"
  std::string_view caps;        // signature: "FILIPPOV"
  std::string_view to;          // "To Comrade FILIPPOV [Stalin]"
  std::string_view hail;        // "Comrade Filippov!"
  std::string_view ru;          // Russian signature: "ФИЛИППОВ"
  std::string_view ru_dat;      // "Тов. ФИЛИППОВУ."
  std::string_view short_name;  // in summaries: "Stalin"
  std::string_view city;        // where their telegrams come from
};

enum PersonId { kStalin, kMao, kKim, kZhou, kPeng, kNamIl, kLiKenong };

constexpr std::array<Person, 7> kPeople = {{
    {"Filippov [Stalin]", "FILIPPOV", "FILIPPOV [Stalin]", "Comrade Filippov!",
     "ФИЛИППОВ", "ФИЛИППОВУ", "Stalin", "MOSCOW"},
    {"Mao Zedong", "MAO ZEDONG", "MAO ZEDONG", "Comrade Mao Zedong!",
     "МАО ЦЗЭДУН", "МАО ЦЗЭДУНУ", "Mao", "BEIJING"},
    {"Kim Il Sung", "KIM IL SUNG", "KIM IL SUNG", "Comrade Kim Il Sung!",
     "КИМ ИР СЕН", "КИМ ИР СЕНУ", "Kim Il Sung", "PYONGYANG"},
    {"Zhou Enlai", "ZHOU ENLAI", "ZHOU ENLAI", "Comrade Zhou Enlai!",
     "ЧЖОУ ЭНЬЛАЙ", "ЧЖОУ ЭНЬЛАЮ", "Zhou Enlai", "BEIJING"},
    {"Peng Dehuai", "PENG DEHUAI", "PENG DEHUAI", "Comrade Peng Dehuai!",
     "ПЭН ДЭХУАЙ", "ПЭН ДЭХУАЮ", "Peng Dehuai", "PYONGYANG"},
    {"Nam Il", "NAM IL", "NAM IL", "Comrade Nam Il!", "НАМ ИР", "НАМ ИРУ",
     "Nam Il", "KAESONG"},
    {"Li Kenong", "LI KENONG", "LI KENONG", "Comrade Li Kenong!", "ЛИ КЭНУН",
     "ЛИ КЭНУНУ", "Li Kenong", "KAESONG"},
}};

// Who writes proposals to whom, and how often (weights).
struct Channel {
  PersonId from, to;
  int weight;
};
constexpr std::array<Channel, 9> kChannels = {{
    {kMao, kStalin, 5},
    {kKim, kMao, 2},
    {kKim, kStalin, 2},
    {kZhou, kStalin, 1},
    {kPeng, kMao, 2},
    {kNamIl, kKim, 1},
    {kLiKenong, kMao, 1},
    {kMao, kKim, 1},
    {kStalin, kMao, 1},
}};

// Whose messages an author forwards ("Telegram of Comrade KIM IL SUNG.").
PersonId ForwardedAuthor(PersonId forwarder, Random& rnd) {
  switch (forwarder) {
    case kMao: {
      constexpr std::array<PersonId, 3> kFrom = {kKim, kPeng, kLiKenong};
      return rnd.Pick(kFrom);
    }
    case kKim:
      return kNamIl;
    default:
      return kMao;
  }
}

// ---------------------------------------------------------------------------
// Points

// Kinds of point; each has several wordings and its own numbers.
enum class PointKind {
  kCeasefire,
  kWithdrawal,
  kWithdrawalRange,
  kWithdrawalFromContact,
  kMovement,
  kNaval,
  kForeignForces,
  kPrisoners,
  kCivilians,
  kSupervision,
  kPolitical,
  kDemarcation,
  kProcedure,
};
constexpr int kPointKinds = 13;

struct Point {
  PointKind kind;
  std::string en, ru;
  // What a reply calls this point when it names it by content, in English
  // and in Russian (prepositional case: "о прекращении огня").
  std::string_view subject, subject_ru;
};

constexpr std::array<std::string_view, 11> kNumberWords = {
    "zero", "one",   "two",   "three", "four", "five",
    "six",  "seven", "eight", "nine",  "ten"};
constexpr std::array<std::string_view, 11> kOrdinalWords = {
    "zeroth", "first",   "second", "third", "fourth", "fifth",
    "sixth",  "seventh", "eighth", "ninth", "tenth"};
// Russian genitive of small numbers: "в течение двух месяцев".
constexpr std::array<std::string_view, 11> kNumberRuGenitive = {
    "",      "одного", "двух",   "трёх",   "четырёх", "пяти",
    "шести", "семи",   "восьми", "девяти", "десяти"};
// "первого", "второго": Russian ordinals in the genitive.
constexpr std::array<std::string_view, 11> kOrdinalRuGenitive = {
    "",        "первого",  "второго",  "третьего", "четвёртого", "пятого",
    "шестого", "седьмого", "восьмого", "девятого", "десятого"};

Point MakePoint(PointKind kind, Random& rnd, Date date) {
  Point p{kind, "", "", "", ""};
  switch (kind) {
    case PointKind::kCeasefire: {
      Date when = AddDays(date, rnd.Between(3, 12));
      int hour = rnd.Between(0, 23);
      bool pyongyang = rnd.Chance(0.7);
      p.en = Format(
          "Beginning from %02d:00 hours on %s (according to %s time) both "
          "sides "
          "must cease fire and all other military operations.",
          hour, DayMonth(when).c_str(), pyongyang ? "Pyongyang" : "Beijing");
      p.ru = Format(
          "Начиная с %d часов %s (по %s времени) обе стороны должны "
          "прекратить огонь и все другие боевые действия.",
          hour, DayMonthRu(when).c_str(),
          pyongyang ? "пхеньянскому" : "пекинскому");
      p.subject = "the ceasefire";
      p.subject_ru = "прекращении огня";
      break;
    }
    case PointKind::kWithdrawal: {
      int days = rnd.Between(2, 7), km = rnd.Pick(std::array{5, 8, 10, 15, 20});
      p.en = Format(
          "The troops of both sides must within %s days withdraw from the "
          "38th parallel for a distance of %d km and create a buffer zone in "
          "that region.",
          std::string(kNumberWords[days]).c_str(), km);
      p.ru = Format(
          "Войска обеих сторон в течение %s дней должны отойти на расстояние "
          "до %d км от 38 параллели и создать в этом районе буферную зону.",
          std::string(kNumberRuGenitive[days]).c_str(), km);
      p.subject = "the withdrawal of troops";
      p.subject_ru = "отводе войск";
      break;
    }
    case PointKind::kWithdrawalRange: {
      int lo = rnd.Pick(std::array{2, 3, 5}),
          hi = lo + rnd.Pick(std::array{3, 5, 10});
      p.en = Format(
          "Troops are pulled back %d–%d km to the north and to the south of "
          "the 38th parallel.",
          lo, hi);
      p.ru = Format("Отвод войск на %d–%d км к северу и к югу от 38 параллели.",
                    lo, hi);
      p.subject = "the withdrawal of troops";
      p.subject_ru = "отводе войск";
      break;
    }
    case PointKind::kWithdrawalFromContact: {
      int km = rnd.Pick(std::array{2, 3, 4});
      p.en = Format(
          "Each side pulls its armed forces back %s kilometers from the line "
          "of contact, so that a demilitarized zone exists for the duration "
          "of the armistice.",
          std::string(kNumberWords[km]).c_str());
      p.ru = Format(
          "Каждая сторона отводит свои вооружённые силы на %d км от линии "
          "соприкосновения войск, создавая демилитаризованную зону на время "
          "перемирия.",
          km);
      p.subject = "the demilitarized zone";
      p.subject_ru = "демилитаризованной зоне";
      break;
    }
    case PointKind::kMovement:
      if (rnd.Chance(0.5)) {
        p.en =
            "Both sides must cease the transfer of land, naval and air forces "
            "across the 38th parallel.";
        p.ru =
            "Обе стороны должны прекратить перемещение сухопутных войск, "
            "военно-морских и военно-воздушных сил через 38 параллель.";
      } else {
        p.en =
            "From the moment of the ceasefire, crossing the 38th parallel by "
            "air or by land is forbidden.";
        p.ru =
            "С момента прекращения огня запрещается пересекать 38 параллель "
            "по воздуху и по суше.";
      }
      p.subject = "the movement of troops";
      p.subject_ru = "перемещении войск";
      break;
    case PointKind::kNaval:
      if (rnd.Chance(0.5)) {
        p.en =
            "Withdraw all foreign ships from the territorial waters of North "
            "Korea and liquidate the blockade of the sea coast north of the "
            "38th parallel.";
        p.ru =
            "Отвести из территориальных вод Северной Кореи все иностранные "
            "корабли и ликвидировать блокаду морского побережья севернее 38 "
            "параллели.";
      } else {
        p.en =
            "Naval forces leave the territorial waters of Korea and the "
            "blockade is lifted.";
        p.ru =
            "Военно-морской флот уходит из территориальных вод Кореи, блокада "
            "снимается.";
      }
      p.subject = "the naval blockade";
      p.subject_ru = "блокаде побережья";
      break;
    case PointKind::kForeignForces: {
      int months = rnd.Between(2, 6);
      p.en = Format(
          "In the course of %s months from the day of the ceasefire all "
          "foreign land, naval and air forces will withdraw from Korea.",
          std::string(kNumberWords[months]).c_str());
      p.ru = Format(
          "В течение %s месяцев со дня прекращения огня отвести из Кореи все "
          "иностранные сухопутные, военно-морские и военно-воздушные силы.",
          std::string(kNumberRuGenitive[months]).c_str());
      p.subject = "the withdrawal of all foreign troops";
      p.subject_ru = "выводе всех иностранных войск";
      break;
    }
    case PointKind::kPrisoners: {
      int months = rnd.Between(2, 4);
      bool all_for_all = rnd.Chance(0.4);
      p.en = Format(
          "In the course of %s months from the day of the ceasefire an "
          "exchange of prisoners will be conducted%s.",
          std::string(kNumberWords[months]).c_str(),
          all_for_all ? " on the principle of all for all" : "");
      p.ru = Format(
          "В течение %s месяцев со дня прекращения огня произвести "
          "взаимообмен пленными%s.",
          std::string(kNumberRuGenitive[months]).c_str(),
          all_for_all ? " по принципу всех на всех" : "");
      p.subject = "the exchange of prisoners";
      p.subject_ru = "обмене военнопленными";
      break;
    }
    case PointKind::kCivilians:
      p.en =
          "The civilian population forcefully taken by the American and Rhee "
          "Syngmann troops from regions north of the 38th parallel must be "
          "returned.";
      p.ru =
          "Гражданское население, насильно угнанное американскими и "
          "лисынмановскими войсками из районов севернее 38 параллели, должно "
          "быть возвращено обратно.";
      p.subject = "refugees";
      p.subject_ru = "беженцах";
      break;
    case PointKind::kSupervision: {
      int members = rnd.Pick(std::array{3, 4, 5, 6});
      p.en = Format(
          "Observance of the armistice is supervised by a commission of %s "
          "representatives of neutral countries chosen by agreement between "
          "the sides.",
          std::string(kNumberWords[members]).c_str());
      p.ru = Format(
          "Наблюдение за выполнением условий перемирия поручить комиссии из "
          "%d представителей нейтральных государств, подобранных по "
          "договорённости сторон.",
          members);
      p.subject = "the control commission";
      p.subject_ru = "контрольной комиссии";
      break;
    }
    case PointKind::kPolitical: {
      int months = rnd.Between(2, 4);
      p.en = Format(
          "Within %s months after the armistice is signed a political "
          "conference is convened for the peaceful settlement of the Korean "
          "question.",
          std::string(kNumberWords[months]).c_str());
      p.ru = Format(
          "В течение %s месяцев после подписания перемирия созвать "
          "политическое совещание по мирному урегулированию корейского "
          "вопроса.",
          std::string(kNumberRuGenitive[months]).c_str());
      p.subject = "a political conference";
      p.subject_ru = "политическом совещании";
      break;
    }
    case PointKind::kDemarcation:
      p.en =
          "The line on which the forces of the two sides actually meet at the "
          "moment the armistice is signed serves as the military demarcation "
          "line.";
      p.ru =
          "Военной демаркационной линией считать линию фактического "
          "соприкосновения войск на момент подписания соглашения о "
          "перемирии.";
      p.subject = "the demarcation line";
      p.subject_ru = "демаркационной линии";
      break;
    case PointKind::kProcedure: {
      bool kaesong = rnd.Chance(0.5);
      p.en = Format(
          "The meeting of representatives of both sides is held at %s, and "
          "the delegations meet in plenary session every %s days.",
          kaesong ? "Kaesong" : "Panmunjom",
          std::string(kNumberWords[rnd.Between(2, 4)]).c_str());
      p.ru = Format(
          "Встреча представителей обеих сторон проводится в %s; делегации "
          "собираются на пленарные заседания.",
          kaesong ? "Кэсоне" : "Пханмунджоме");
      p.subject = "the procedure of the talks";
      p.subject_ru = "порядке переговоров";
      break;
    }
  }
  return p;
}

// Points of one proposal: 3..7 kinds, in a realistic order (ceasefire first,
// political questions last), with no kind twice.
std::vector<Point> MakePoints(Random& rnd, Date date) {
  int count = rnd.Between(3, 7);
  std::array<bool, kPointKinds> chosen{};
  // The three withdrawal wordings are alternatives: take at most one.
  int withdrawal = rnd.Below(3);
  int taken = 0;
  while (taken < count) {
    int k = rnd.Below(kPointKinds);
    bool is_withdrawal = k >= 1 && k <= 3;
    if (is_withdrawal && k != 1 + withdrawal) continue;
    if (chosen[k]) continue;
    chosen[k] = true;
    ++taken;
  }
  std::vector<Point> points;
  for (int k = 0; k < kPointKinds; ++k) {
    if (chosen[k])
      points.push_back(MakePoint(static_cast<PointKind>(k), rnd, date));
  }
  return points;
}

// ---------------------------------------------------------------------------
// Page plans

struct Plan {
  int index = 0;
  bool reply = false;
  Date date;
  int number = 0;    // the telegram's number (title)
  int outgoing = 0;  // the sender's own number ("No. 3304")
  PersonId author = kMao, addressee = kStalin;
  // A forwarded message (the points are its author's), or none.
  bool forwards = false;
  PersonId inner_author = kKim;
  Date inner_date;
  std::vector<Point> points;
  bool russian = false;
  // Replies only.
  int target = -1;
};

constexpr uint64_t kStreamKind = 1, kStreamBody = 2, kStreamText = 3;

bool IsReply(const CorpusOptions& options, int index) {
  if (index < 3) return false;
  return PageRandom(options.seed, index, kStreamKind)
      .Chance(options.reply_share);
}

Plan PlanProposal(const CorpusOptions& options, int index) {
  Random rnd = PageRandom(options.seed, index, kStreamBody);
  Plan plan;
  plan.index = index;
  plan.date = DateOf(options, index);
  plan.number = 20000 + index * 3 + rnd.Below(3);
  plan.outgoing = 3000 + index;
  int total = 0;
  for (const Channel& c : kChannels) total += c.weight;
  int pick = rnd.Below(total);
  for (const Channel& c : kChannels) {
    if (pick < c.weight) {
      plan.author = c.from;
      plan.addressee = c.to;
      break;
    }
    pick -= c.weight;
  }
  plan.forwards = (plan.author == kMao || plan.author == kKim) &&
                  plan.addressee == kStalin && rnd.Chance(0.4);
  if (plan.forwards) {
    plan.inner_author = ForwardedAuthor(plan.author, rnd);
    plan.inner_date = AddDays(plan.date, -rnd.Between(1, 4));
  }
  plan.points = MakePoints(rnd, plan.date);
  plan.russian = rnd.Chance(options.russian_share);
  return plan;
}

// A reply answers a proposal among the few dozen pages before it, from the
// proposal's addressee to its author.
Plan PlanReply(const CorpusOptions& options, int index) {
  Random rnd = PageRandom(options.seed, index, kStreamBody);
  int target = -1;
  for (int tries = 0; tries < 64 && target < 0; ++tries) {
    int candidate = index - 1 - rnd.Below(std::min(index, 24));
    if (candidate >= 0 && !IsReply(options, candidate)) target = candidate;
  }
  if (target < 0) return PlanProposal(options, index);
  Plan answered = PlanProposal(options, target);
  Plan plan;
  plan.index = index;
  plan.reply = true;
  plan.target = target;
  plan.date = DateOf(options, index);
  plan.number = 20000 + index * 3 + rnd.Below(3);
  plan.outgoing = 3000 + index;
  plan.author = answered.addressee;
  plan.addressee = answered.author;
  plan.russian =
      plan.author == kStalin && rnd.Chance(options.russian_share * 2);
  // Some replies put forward their own version of the points.
  if (rnd.Chance(0.35)) plan.points = MakePoints(rnd, plan.date);
  return plan;
}

Plan PlanPage(const CorpusOptions& options, int index) {
  return IsReply(options, index) ? PlanReply(options, index)
                                 : PlanProposal(options, index);
}

// ---------------------------------------------------------------------------
// Writing a page

constexpr std::string_view kBoilerplate =
    "The History and Public Policy Program welcomes reuse of Digital Archive "
    "materials for research and educational purposes. Some documents may be "
    "subject to copyright, which is retained by the rights holders in "
    "accordance with US and international copyright laws. When possible, "
    "rights holders have been contacted for permission to reproduce their "
    "materials.\n\n"
    "To enquire about this document's rights status or request permission "
    "for commercial use, please contact the History and Public Policy Program "
    "at [email protected].";

class PageWriter {
 public:
  void Line(std::string_view text) {
    out_ += text;
    out_ += "\n\n";
  }
  void Gap() { out_ += "\n\n"; }
  std::string& text() { return out_; }

 private:
  std::string out_;
};

std::string_view Proposes(Random& rnd) {
  constexpr std::array<std::string_view, 4> kIntros = {
      "During the meeting of representatives of both sides we propose to "
      "advance the following points:",
      "We consider it necessary to put forward the following proposals at the "
      "talks:",
      "Our delegation intends to table these points:",
      "I propose that our side insist on the following terms:"};
  return rnd.Pick(kIntros);
}

std::string_view ProposesRu(Random& rnd) {
  constexpr std::array<std::string_view, 2> kIntros = {
      "Во время встречи представителей обеих сторон мы предлагаем выдвинуть "
      "следующие пункты:",
      "Считаем необходимым выдвинуть на переговорах следующие предложения:"};
  return rnd.Pick(kIntros);
}

void WritePoints(PageWriter& page, const std::vector<Point>& points,
                 bool russian) {
  for (size_t i = 0; i < points.size(); ++i) {
    page.Line(Format("%zu. ", i + 1) + (russian ? points[i].ru : points[i].en));
  }
}

// The stances of a reply on the points of `answered`, in English and in
// Russian: by ordinal ("Point three may be dropped") and by content ("The
// points on the exchange of prisoners should be insisted upon").
struct Stances {
  std::vector<std::string> en, ru;
};

Stances MakeStances(const Plan& answered, Random& rnd) {
  Stances s;
  int n = static_cast<int>(answered.points.size());
  // Ordinals name the addressee's own points; a forwarded message's points
  // are named by content only.
  bool by_ordinal = !answered.forwards;
  std::vector<int> order(n);
  for (int i = 0; i < n; ++i) order[i] = i;
  for (int i = n - 1; i > 0; --i) std::swap(order[i], order[rnd.Below(i + 1)]);
  int judged = std::min(n, rnd.Between(2, 4));
  for (int j = 0; j < judged; ++j) {
    int i = order[j];
    const Point& p = answered.points[i];
    std::string en_name = std::string(kNumberWords[i + 1]);
    std::string ru_name = std::string(kOrdinalRuGenitive[i + 1]);
    int stance = rnd.Below(5);
    if (by_ordinal) {
      switch (stance) {
        case 0:
          s.en.push_back("We do not object to point " + en_name +
                         " of your proposals.");
          s.ru.push_back("Против " + ru_name +
                         " пункта Ваших предложений мы не возражаем.");
          break;
        case 1:
          s.en.push_back("Point " + en_name + " may be dropped.");
          s.ru.push_back("От " + ru_name + " пункта можно отказаться.");
          break;
        case 2:
          s.en.push_back("Point " + en_name +
                         " should be tabled and insisted upon.");
          s.ru.push_back("Пункт " + ru_name +
                         " надо внести и добиваться его принятия.");
          break;
        case 3:
          s.en.push_back("Point " + en_name + " need not be raised.");
          s.ru.push_back("С пунктом " + ru_name + " выступать не нужно.");
          break;
        default:
          s.en.push_back("Point " + en_name +
                         " should be rejected as it stands.");
          s.ru.push_back("Пункт " + ru_name + " надо отвергнуть.");
          break;
      }
    } else {
      std::string subject(p.subject), ru(p.subject_ru);
      switch (stance) {
        case 0:
        case 1:
          s.en.push_back("We agree with the point on " + subject + ".");
          s.ru.push_back("С пунктом о " + ru + " мы согласны.");
          break;
        case 2:
          s.en.push_back("The points on " + subject +
                         " should be put forward and firmly insisted upon.");
          s.ru.push_back("Пункт о " + ru +
                         " следует выдвинуть и твёрдо на нём настаивать.");
          break;
        case 3:
          s.en.push_back("Should the Americans raise " + subject +
                         ", it can be accepted.");
          s.ru.push_back("Если же американцы выступят с предложением о " + ru +
                         ", его можно принять.");
          break;
        default:
          s.en.push_back("The proposal on " + subject +
                         " should be turned down.");
          s.ru.push_back("Предложение о " + ru + " надо отвергнуть.");
          break;
      }
    }
  }
  return s;
}

std::string Summary(const Plan& plan, Random& rnd) {
  const Person& a = kPeople[plan.author];
  const Person& b = kPeople[plan.addressee];
  std::string from(a.short_name), to(b.short_name);
  if (plan.reply) {
    constexpr std::array<std::string_view, 3> kReplies = {
        "%s gives %s his view on each of the points proposed for the "
        "armistice talks.",
        "%s answers %s on the terms to be tabled at the talks.",
        "%s replies to %s's telegram and says which points to insist upon."};
    return Format(std::string(rnd.Pick(kReplies)).c_str(), from.c_str(),
                  to.c_str());
  }
  if (plan.forwards) {
    return Format(
        "%s forwards to %s the message of %s with the points proposed for "
        "the armistice talks.",
        from.c_str(), to.c_str(),
        std::string(kPeople[plan.inner_author].short_name).c_str());
  }
  constexpr std::array<std::string_view, 3> kProposals = {
      "%s sends %s the points proposed for the armistice talks.",
      "%s sets out for %s the terms of a ceasefire to be put to the enemy.",
      "%s informs %s of the proposals the delegation will table."};
  return Format(std::string(rnd.Pick(kProposals)).c_str(), from.c_str(),
                to.c_str());
}

// Stalin's telegrams go through a relay: Krasovsky in Beijing, Razuvaev in
// Pyongyang.
std::string_view RelayOf(PersonId addressee) {
  return addressee == kKim || addressee == kNamIl ? "Razuvaev" : "Krasovsky";
}
std::string_view RelayCity(PersonId addressee) {
  return addressee == kKim || addressee == kNamIl ? "PYONGYANG" : "BEIJING";
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string WritePage(const CorpusOptions& options, const Plan& plan) {
  Random rnd = PageRandom(options.seed, plan.index, kStreamText);
  const Person& a = kPeople[plan.author];
  const Person& b = kPeople[plan.addressee];
  bool from_stalin = plan.author == kStalin;
  PageWriter page;
  if (rnd.Chance(0.5)) page.Line("Skip to content");
  page.Line(LongDate(plan.date));
  if (from_stalin) {
    page.Line(Format("Ciphered Telegram No. %d, %s to %s, for Cde. %s",
                     plan.number, std::string(a.title).c_str(),
                     std::string(RelayOf(plan.addressee)).c_str(),
                     std::string(b.title).c_str()));
  } else if (rnd.Chance(0.3)) {
    std::string city = std::string(a.city);
    for (size_t i = 1; i < city.size(); ++i)
      city[i] = static_cast<char>(city[i] - 'A' + 'a');
    page.Line(Format("Ciphered Telegram No. %d from %s, %s to Cde. %s",
                     plan.number, city.c_str(), std::string(a.title).c_str(),
                     std::string(b.title).c_str()));
  } else {
    page.Line(Format("Ciphered Telegram No. %d, %s to Cde. %s", plan.number,
                     std::string(a.title).c_str(),
                     std::string(b.title).c_str()));
  }

  Plan answered;
  Stances stances;
  if (plan.reply) {
    answered = PlanProposal(options, plan.target);
    stances = MakeStances(answered, rnd);
  }
  Random intro_rnd = PageRandom(options.seed, plan.index, kStreamText + 1);

  // The Russian original: the forwarded message, or the whole telegram.
  if (plan.russian) {
    if (plan.reply) {
      std::string body = "«Тов. " + std::string(b.ru_dat) +
                         ".\n\nВаша телеграмма от " +
                         DayMonthRu(answered.date) +
                         (answered.date.year != plan.date.year
                              ? Format(" %d г.", answered.date.year)
                              : std::string()) +
                         " нами получена. ";
      for (const std::string& st : stances.ru) body += st + " ";
      body.pop_back();
      page.Line(body);
      if (!plan.points.empty()) {
        page.Line(ProposesRu(intro_rnd));
        WritePoints(page, plan.points, true);
      }
      page.Line(std::string(a.ru) + "»");
    } else {
      const Person& writer =
          kPeople[plan.forwards ? plan.inner_author : plan.author];
      const Person& reader =
          kPeople[plan.forwards ? plan.author : plan.addressee];
      Date written = plan.forwards ? plan.inner_date : plan.date;
      page.Line("«Товарищ " + std::string(reader.ru) + "!");
      page.Line(ProposesRu(intro_rnd));
      WritePoints(page, plan.points, true);
      page.Line(
          "Прошу Вас после ознакомления с телеграммой срочно дать ответ.");
      page.Line(std::string(writer.ru) + " " + Dotted(written) + " г.»");
    }
    page.Gap();
  }

  if (rnd.Chance(0.4)) {
    page.Line(
        rnd.Chance(0.5)
            ? "SECOND MAIN DIRECTORATE OF THE GENERAL STAFF OF THE SOVIET ARMY"
            : "SECOND MAIN ADMINISTRATION OF THE GENERAL STAFF OF THE SOVIET "
              "ARMY");
    page.Line(Format("CIPHERED TELEGRAM No. %d", plan.number));
  }
  if (plan.addressee == kStalin || from_stalin) {
    constexpr std::array<std::string_view, 3> kCopies = {
        "Copies: Stalin (2)", "Copies: Stalin (2), Molotov, Malenkov",
        "Copies: Stalin (2), Molotov, Malenkov, Beria, Bulganin"};
    page.Line(rnd.Pick(kCopies));
  }
  int hour = rnd.Between(0, 23), minute = rnd.Between(0, 59);
  if (!from_stalin) {
    page.Line(rnd.Chance(0.5)
                  ? Format("Received %d:%02d %s", hour, minute,
                           Dotted(plan.date).c_str())
                  : Format("From %s %02d:%02d %s", std::string(a.city).c_str(),
                           hour, minute, Dotted(plan.date).c_str()));
  }

  if (from_stalin) {
    page.Line(Format("%s, TO %s.",
                     std::string(RelayCity(plan.addressee)).c_str(),
                     Upper(RelayOf(plan.addressee)).c_str()));
    page.Line("For Comrade " + std::string(b.caps) + ".");
  } else {
    page.Line("To Comrade " + std::string(b.to));
  }

  if (plan.reply) {
    std::string open = from_stalin
                           ? "\"To Comrade " + std::string(b.caps) + ".\n\n"
                           : std::string(b.hail) + "\n\n";
    std::string ref = "Your telegram of " + DayMonth(answered.date);
    if (answered.date.year != plan.date.year)
      ref += Format(" %d", answered.date.year);
    if (rnd.Chance(0.3)) ref += Format(" (No. %d)", answered.outgoing);
    std::string body =
        open + ref + " has reached " + (from_stalin ? "us" : "me") + ". ";
    for (const std::string& st : stances.en) body += st + " ";
    body.pop_back();
    page.Line(body);
    if (!plan.points.empty()) {
      page.Line("For our part we propose the following points:");
      WritePoints(page, plan.points, false);
    }
    if (from_stalin) {
      page.text().insert(page.text().size() - 2, "\"");
      page.Line(std::string(a.caps));
    } else {
      page.Line(std::string(a.caps));
      page.Line(Format("No. %d", plan.outgoing));
    }
  } else if (plan.forwards) {
    const Person& inner = kPeople[plan.inner_author];
    page.Line(rnd.Chance(0.5)
                  ? "Telegram of Comrade " + std::string(inner.caps) + "."
                  : "I forward the telegram of Comrade " +
                        std::string(inner.caps) + ".");
    page.Line("\"" + std::string(a.hail));
    page.Line(Proposes(intro_rnd));
    WritePoints(page, plan.points, false);
    page.Line(
        "I ask you urgently to give an answer after familiarizing yourself "
        "with the telegram.");
    page.Line(std::string(inner.caps) + " " + Dotted(plan.inner_date) + ".\"");
    page.Gap();
    page.Line(Format("No. %d", plan.outgoing));
  } else {
    if (from_stalin) {
      page.Line("\"To Comrade " + std::string(b.caps) + ".");
    } else {
      page.Line(std::string(b.hail));
    }
    page.Line(Proposes(intro_rnd));
    WritePoints(page, plan.points, false);
    if (from_stalin) {
      page.text().insert(page.text().size() - 2, "\"");
      page.Line(std::string(a.caps));
    } else {
      page.Line(std::string(a.caps));
      page.Line(Format("No. %d", plan.outgoing));
    }
  }
  page.Gap();
  page.Line(Summary(plan, rnd));
  page.Line("Document Information");
  int delo = 330 + plan.index % 60, list = 1 + rnd.Below(120);
  page.Line(
      Format("APRF, f. 45, op. 1, d. %d, ll. %d-%d.", delo, list, list + 1));
  page.Line(kBoilerplate);
  page.Line("Original Uploaded Date");
  page.Gap();
  page.text() += Format("Record ID\n\n%d\n", 110000 + plan.index);
  return std::move(page.text());
}

}  // namespace

GeneratedPage GeneratePage(const CorpusOptions& options, int index) {
  Plan plan = PlanPage(options, index);
  GeneratedPage page;
  page.replies_to = plan.reply ? plan.target : -1;
  page.file_name = Format("%06d-%s-telegram-%d.txt", index,
                          Iso(plan.date).c_str(), plan.number);
  page.text = WritePage(options, plan);
  return page;
}

std::vector<GeneratedPage> GenerateCorpus(const CorpusOptions& options) {
  std::vector<GeneratedPage> pages;
  pages.reserve(options.pages);
  for (int i = 0; i < options.pages; ++i)
    pages.push_back(GeneratePage(options, i));
  return pages;
}

}  // namespace parley::bench
