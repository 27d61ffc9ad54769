// Node ids are a public contract: stored graphs, exports and scripts name
// nodes by them. This table pins what graph::Slug makes of every kind of
// text it meets today; a change here renames nodes.
#include <gtest/gtest.h>

#include <string_view>

#include "graph/model.h"

namespace parley::graph {
namespace {

struct SlugCase {
  std::string_view text;
  std::string_view slug;
};

// Outputs recorded from graph::Slug before it moved onto parley_text:
// Latin, Russian (both cases, ё, й, щ, ъ/ь), CJK, Hangul, digits,
// punctuation, mixed scripts, malformed UTF-8 and empty input. Letters
// outside ASCII and the Russian alphabet split words ("Kaesŏng").
constexpr SlugCase kSlugCases[] = {
    {"", ""},
    {"Kim Il Sung", "kim-il-sung"},
    {"KIM IL-SUNG", "kim-il-sung"},
    {"kim-il-sung", "kim-il-sung"},
    {"Joseph Stalin", "joseph-stalin"},
    {"Vyacheslav M. Molotov", "vyacheslav-m-molotov"},
    {"U.S.", "u-s"},
    {"VKP(b)", "vkp-b"},
    {"People's Republic of China", "peoples-republic-of-china"},
    {"People’s Daily", "peoples-daily"},
    {"Сталин", "stalin"},
    {"СТАЛИН", "stalin"},
    {"Иосиф Виссарионович Сталин", "iosif-vissarionovich-stalin"},
    {"Мао Цзэдун", "mao-tszedun"},
    {"ЦЗЭДУН", "tszedun"},
    {"ПАК ДЕНЧО", "pak-dencho"},
    {"ДЕНЧО", "dencho"},
    {"Ким Ир Сен", "kim-ir-sen"},
    {"Чжоу Эньлай", "chzhou-enlai"},
    {"Пхеньян", "pkhenian"},
    {"Кэсон", "keson"},
    {"ёлка", "elka"},
    {"Ёж", "ezh"},
    {"Хрущёв", "khrushchev"},
    {"Йошкар-Ола", "ioshkar-ola"},
    {"щука", "shchuka"},
    {"ЩЕРБАКОВ", "shcherbakov"},
    {"объявление", "obiavlenie"},
    {"ПОДЪЕЗД", "podezd"},
    {"Мальцев", "maltsev"},
    {"Юрий Яковлевич", "iurii-iakovlevich"},
    {"Эйзенхауэр", "eizenkhauer"},
    {"Вышинский", "vyshinskii"},
    {"ЦК ВКП(б)", "tsk-vkp-b"},
    {"Київ", "ki-v"},
    {"Ҷ Tajik", "tajik"},
    {"毛泽东", ""},
    {"金日成 Kim", "kim"},
    {"김일성", ""},
    {"개성 Kaesong", "kaesong"},
    {"Kaesŏng", "kaes-ng"},
    {"Pyŏngyang", "py-ngyang"},
    {"Émile Zola", "mile-zola"},
    {"P83/280", "p83-280"},
    {"No. 21336", "no-21336"},
    {"1951-07-03", "1951-07-03"},
    {"38th parallel", "38th-parallel"},
    {"38-я параллель", "38-ia-parallel"},
    {"Mao Zedong (毛泽东)", "mao-zedong"},
    {"HAM ИР", "ham-ir"},
    {"Ким Ир Сен / Kim Il Sung", "kim-ir-sen-kim-il-sung"},
    {"  --  ", ""},
    {"...", ""},
    {"Tab\tand\nnewline", "tab-and-newline"},
    {"a\xFF"
     "b",
     "a-b"},
};

TEST(SlugTest, KeepsEveryPinnedId) {
  for (const SlugCase& c : kSlugCases) {
    EXPECT_EQ(Slug(c.text), c.slug) << "input: \"" << c.text << "\"";
  }
}

}  // namespace
}  // namespace parley::graph
