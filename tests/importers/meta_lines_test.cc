// The meta-lines stage (importers/meta_lines.cc): what the header lines of a
// document say: its numbers, copies with counts, stamps of sending and
// receipt, origin and addressee.
// Pages go through ImportPage, as a user's import does.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/importers/page_fixture.h"

namespace parley::importers::test_data {
namespace {

TEST(MetaLinesTest, CableNumberFromTheBodyAndTheTitleKept) {
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

TEST(MetaLinesTest, CipheredTelegramNumberSign) {
  Page page(kStalinReply);
  EXPECT_EQ(page.outer(), "doc:telegram-5466-1951-11-19");
  EXPECT_EQ(Numbers(page.node(page.outer())), Ids{"5466"});
  Page kravtsov(kKravtsovReport);
  EXPECT_EQ(Numbers(kravtsov.node(kravtsov.outer())), Ids{"31422"});
}

// An address naming the office first and its holder after the comma: the
// holder is the recipient; an office alone is no one.
TEST(MetaLinesTest, AnOfficeThenItsHolderIsTheAddressee) {
  Page page(R"(June 30, 1951

Ciphered Telegram No. 3917, Filippov [Stalin] to Mao Zedong

To the Commander-in-Chief of the UN forces, General Ridgway.

Your statement about an armistice has been received.

KIM IL SUNG
)");
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kAddressedTo),
            (Ids{"person:mao-zedong", "person:matthew-ridgway"}));
  Page office(R"(June 30, 1951

Ciphered Telegram No. 3917, Filippov [Stalin] to Mao Zedong

To the Commander-in-Chief of the UN forces, in Tokyo.

Your statement about an armistice has been received.
)");
  EXPECT_EQ(office.targets(office.outer(), EdgeKind::kAddressedTo),
            Ids{"person:mao-zedong"});
}

// An address heading a quoted telegram with its copies on the same line:
// "To Comrade MAO ZEDONG. Copies: Cde. KIM IL SUNG, Cde. PENG DEHUAI."
TEST(MetaLinesTest, AnAddressWithItsCopiesOnOneLine) {
  const std::string kEnglish =
      R"(I send you the telegram of Cde. LI KENONG of 20 March.

"To Comrade MAO ZEDONG. Copies: Cde. KIM IL SUNG, Cde. PENG DEHUAI.

The staff officers have been marking time for two weeks.

LI KENONG"

MAO ZEDONG
)";
  const std::string kRussian =
      R"(Направляю Вам телеграмму тов. ЛИ КЭ-НУНА от 20 марта.

«Товарищу МАО ЦЗЭДУНУ. Копии: тов. КИМ ИР СЕНУ, тов. ПЭН ДЭ-ХУАЮ.

Совещания штабных офицеров уже две недели топчутся на месте.

ЛИ КЭ-НУН»

МАО ЦЗЭДУН
)";
  // The addressee by office, and the copies' holders with theirs.
  std::string by_office = kEnglish;
  by_office.replace(by_office.find("\"To Comrade MAO ZEDONG. Copies: Cde. KIM "
                                   "IL SUNG, Cde. PENG DEHUAI."),
                    std::string_view("\"To Comrade MAO ZEDONG. Copies: Cde. "
                                     "KIM IL SUNG, Cde. PENG DEHUAI.")
                        .size(),
                    "\"Chairman MAO. Copies to Premier KIM IL SUNG and "
                    "Commander PENG DEHUAI.");
  for (const std::string& body : {kEnglish, kRussian, by_office}) {
    Page page(R"(March 21, 1952

Ciphered Telegram No. 17618, Mao Zedong to Cde. Filippov [Stalin]

)" + body);
    std::string message = page.embedded(page.outer());
    EXPECT_EQ(page.targets(message, EdgeKind::kAddressedTo),
              Ids{"person:mao-zedong"})
        << body;
    EXPECT_EQ(page.targets(message, EdgeKind::kCopyTo),
              (Ids{"person:kim-il-sung", "person:peng-dehuai"}))
        << body;
  }
}

// A quoted telegram's address naming its copies after a comma: "Cde. Li
// Kenong, copy to Cdes. Kim Il Sung and Peng Dehuai."
TEST(MetaLinesTest, AnAddressWithCopyToAfterAComma) {
  Page page(R"(October 18, 1951

Cable No. 25025, Mao Zedong to Filippov [Stalin]

Cde. FILIPPOV!

I am sending you the text of the telegram I addressed to Cde. Li Kenong:

"Cde. Li Kenong, copy to Cdes. Kim Il Sung and Peng Dehuai.

Your telegram has reached me. We must not be in a hurry.

MAO ZEDONG"
)");
  std::string message = page.embedded(page.outer());
  ASSERT_FALSE(message.empty());
  EXPECT_EQ(page.targets(message, EdgeKind::kAddressedTo),
            Ids{"person:li-kenong"});
  EXPECT_EQ(page.targets(message, EdgeKind::kCopyTo),
            (Ids{"person:kim-il-sung", "person:peng-dehuai"}));
}

// An address that opens with the names, completed by the editor ("Peng
// [Dehuai]", "[Li] Kenong"), and those to be informed as copies.
// A long copies line ending in a full stop, last before the archive's
// footer, is the document's, not the archive's summary of it.
TEST(MetaLinesTest, ACopiesLineLastBeforeTheFooterIsNoSummary) {
  Page page(R"(February 23, 1953

Ciphered Telegram No. 4511, Razuvaev to Cde. Vyshinsky

To Comrade VYSHINSKY A.Ya.

I ask for instructions.

RAZUVAEV

Copies: Stalin (2), Molotov, Malenkov, Beria, Bulganin, Khrushchev, Mikoyan.


Document Information

Record ID
)");
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kCopyTo),
            (Ids{"person:anastas-mikoyan", "person:georgy-malenkov",
                 "person:joseph-stalin", "person:lavrentiy-beria",
                 "person:nikita-khrushchev", "person:nikolai-bulganin",
                 "person:vyacheslav-molotov"}));
}

// "VYSHINSKY A.Ya.": initials after the surname, one of them two letters
// as transliterated, name the one the gazetteer knows.
TEST(MetaLinesTest, TwoLetterInitialsAfterTheSurname) {
  Page page(R"(February 23, 1953

Ciphered Telegram No. 4511, Razuvaev to Cde. Vyshinsky

To Comrade VYSHINSKY A.Ya.

I ask for instructions.

RAZUVAEV
)");
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kAddressedTo),
            Ids{"person:andrey-vyshinsky"});
}

// "To Marshal Kim Il Sung, Supreme Commander of ..., and General Peng
// Teh-huai, Commander of ...": two addressees, each with rank and office.
TEST(MetaLinesTest, TwoAddresseesEachWithHisOffice) {
  Page page(R"(February 22, 1953

Letter of General Clark on the sick and wounded prisoners

To Marshal Kim Il Sung, Supreme Commander of the Korean People's Army, and General Peng Teh-huai, Commander of the Chinese People's Volunteers.

I should like to know whether you are ready to repatriate the sick and wounded prisoners.

M. W. CLARK
)");
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kAddressedTo),
            (Ids{"person:kim-il-sung", "person:peng-dehuai"}));
}

// "To Comrade Molotov, through Ambassador Kuznetsov:": the ambassador
// carries the telegram; he is a relay, not an addressee.
TEST(MetaLinesTest, AnAddressThroughARelay) {
  Page page(R"(October 23, 1953

Telegram, Zhou Enlai to V. M. Molotov, on the Preliminary Talks

To Comrade Molotov, through Ambassador Kuznetsov:

We ask the Soviet government to give its opinion on the talks.

Zhou Enlai
)");
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kAddressedTo),
            Ids{"person:vyacheslav-molotov"});
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kVia),
            Ids{"person:vasily-kuznetsov"});
}

TEST(MetaLinesTest, AnAddressWithThoseToBeInformed) {
  Page page(R"(October 29, 1951

Telegram, Mao Zedong to Peng Dehuai and Kim Il Sung, on the Military Demarcation Line

Peng [Dehuai], Kim [Il Sung], and inform [Li] Kenong and [Qiao] Guanhua:

Your telegram of 27 October has been received.

Mao Zedong
)");
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kAddressedTo),
            (Ids{"person:kim-il-sung", "person:peng-dehuai"}));
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kCopyTo),
            (Ids{"person:li-kenong", "person:qiao-guanhua"}));
  // The editors' bracket around the whole list of those informed.
  Page bracketed(R"(July 16, 1951

Telegram, Li Kenong to Mao Zedong

Chairman Mao, and for the information of [Kim Il Sung and Peng Dehuai]:

Today the session resumed at Kaesong.

Li Kenong
)");
  EXPECT_EQ(bracketed.targets(bracketed.outer(), EdgeKind::kAddressedTo),
            Ids{"person:mao-zedong"});
  EXPECT_EQ(bracketed.targets(bracketed.outer(), EdgeKind::kCopyTo),
            (Ids{"person:kim-il-sung", "person:peng-dehuai"}));
}

TEST(MetaLinesTest, CopiesInEveryFormWithCounts) {
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
      // One line per copy, the first with the OCR's letter l for 1.
      {"Copy Nº l to Cde. Stalin\nNº 2 to Cde. Stalin",
       {{"person:joseph-stalin", 2}}},
      // The OCR's "N2" for "Nº".
      {"Copy N2 1 to Cde. Malenkov\nN° 2 to Cde. Molotov",
       {{"person:georgy-malenkov", 1}, {"person:vyacheslav-molotov", 1}}},
      // "Copies to" over one addressee a line, each line one copy.
      {"Copies to Cde. Stalin\nto Cde. Stalin\nto Cde. Molotov",
       {{"person:joseph-stalin", 2}, {"person:vyacheslav-molotov", 1}}},
      // The number sign typed as N and a degree sign, and "No" alone.
      {"Copy N° 1 to Cde. Stalin\n\nNº 2 to Cde. Stalin\nNo 3 to Cde. Molotov",
       {{"person:joseph-stalin", 2}, {"person:vyacheslav-molotov", 1}}},
      // Numbered copies, then one holder a line after a blank line.
      {"Copy Nº 1 to Cde. Stalin\n\nNº 2 to Cde. Stalin\n\nto Cde. "
       "Molotov\nto Cde. Beria",
       {{"person:joseph-stalin", 2},
        {"person:vyacheslav-molotov", 1},
        {"person:lavrentiy-beria", 1}}},
      // A list the print column broke after a comma runs on.
      {"Copies: Stalin (2), Molotov, Beria,\nBulganin",
       {{"person:joseph-stalin", 2},
        {"person:vyacheslav-molotov", 0},
        {"person:lavrentiy-beria", 0},
        {"person:nikolai-bulganin", 0}}},
      // "Distribution:" and "Расписано:" over one holder a line.
      {"Distribution:\nCde. Stalin (2)\nCde. Molotov",
       {{"person:joseph-stalin", 2}, {"person:vyacheslav-molotov", 0}}},
      {"Расписано:\nт. Сталину (2)\nт. Берия",
       {{"person:joseph-stalin", 2}, {"person:lavrentiy-beria", 0}}},
      {"Distributed to: Cdes. Malenkov, Beria,\nKhrushchev",
       {{"person:georgy-malenkov", 0},
        {"person:lavrentiy-beria", 0},
        {"person:nikita-khrushchev", 0}}},
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

TEST(MetaLinesTest, EveryTimestampForm) {
  struct Case {
    std::string_view stamp;
    std::string_view key;  // "sent", "received" or "dateline"
    std::string_view value;
    std::string_view origin;
  };
  const Case kCases[] = {
      {"Received 12:10 3.7.1951", "received", "1951-07-03T12:10", ""},
      // A dateline that says neither sent nor received.
      {"From BEIJING 01:30 27.8.1951", "dateline", "1951-08-27T01:30",
       "place:beijing"},
      {"Из ПЕКИНА 01:30 27.8.1951", "dateline", "1951-08-27T01:30",
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
      // A clock with a dot after the date, and hours and minutes spelt out
      // before it, as translations of Russian registers print them.
      {"Sent 3.VII.1951 12.40", "sent", "1951-07-03T12:40", ""},
      // Four digits after the date, and nothing after them.
      {"Sent 3 July 1951 2340", "sent", "1951-07-03T23:40", ""},
      {"Received 18.20 3.VII.51", "received", "1951-07-03T18:20", ""},
      {"Received 16 h. 15 min. 3.7.1951", "received", "1951-07-03T16:15", ""},
      {"Поступила 12:10 3.7.1951", "received", "1951-07-03T12:10", ""},
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
    // The sentence in the body is not a stamp. A register's "From" line is
    // a dateline, read as the office's receipt too, never as a dispatch.
    bool dateline = c.key == "dateline";
    for (std::string_view other : {"sent", "received", "dateline"}) {
      if (other == c.key) continue;
      if (dateline && other == "received") {
        EXPECT_EQ(doc.props.GetString(other), c.value) << c.stamp;
      } else {
        EXPECT_EQ(doc.props.Get(other), nullptr) << c.stamp;
      }
    }
    // A register's receipt stamp is the cipher office's receipt.
    EXPECT_EQ(doc.props.GetString("received_by"),
              c.key == "received" || dateline ? "cipher office" : "")
        << c.stamp;
    if (!c.origin.empty()) {
      EXPECT_EQ(doc.props.GetString("origin"), c.origin) << c.stamp;
    }
  }
}

// The pages of data/ whose title and body print different numbers keep both
// and say so; pages whose numbers agree carry no such warning.
TEST(MetaLinesTest, HeaderAndBodyNumbersThatDisagreeAreAWarning) {
  struct Case {
    const char* file;
    Ids numbers;
    const char* warning;  // "" for none
  };
  const Case kCases[] = {
      {"1951-07-03-telegram-3950.txt",
       {"3950", "2950"},
       "header number 2950 differs from body number 3950"},
      {"1952-01-31-telegram-16002.txt",
       {"16002", "160002"},
       "header number 160002 differs from body number 16002"},
      {"000_7b6558650d750d46.txt", {"21404"}, ""},
      {"1951-07-01-telegram-501869.txt", {"501869"}, ""},
      // The body adds the office's series to the same number.
      {"1952-07-16-telegram-502597.txt", {"502597/sh", "502597"}, ""},
  };
  for (const Case& c : kCases) {
    Page page(ReadFile(fs::path(PARLEY_DATA_DIR) / c.file));
    const Node& doc = page.node(page.outer());
    EXPECT_EQ(Numbers(doc), c.numbers) << c.file;
    Ids warnings;
    if (const Value* w = doc.props.Get("warnings"); w && w->is_array()) {
      for (const Value& v : w->as_array()) warnings.push_back(v.as_string());
    }
    EXPECT_EQ(warnings, *c.warning ? Ids{c.warning} : Ids{}) << c.file;
  }
  // A synthetic cable: the body's number and the title's.
  Page zhou(kZhouCable);
  const Value* w = zhou.node(zhou.outer()).props.Get("warnings");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->as_array().size(), 1u);
}

// The editors' note of the dispatch gives its day and, when it does, its
// hour, before the date or after it, and the number it went out under.
TEST(MetaLinesTest, AnEditorsSentNoteGivesTheHour) {
  for (auto [note, sent] :
       {std::pair{"[Sent 03:10 15.VII.51]", "1951-07-15T03:10"},
        std::pair{"[Отправлена 15.VII.51 г. в 3 ч. 10 м.]", "1951-07-15T03:10"},
        std::pair{"[The telegram was sent on 15 July.]", "1951-07-15"},
        std::pair{"[The telegram was dispatched to Beijing on 15.VII.1951 "
                  "at 0245.]",
                  "1951-07-15T02:45"}}) {
    Page page(std::string(R"(July 14, 1951

Ciphered Telegram No. 4072, Filippov [Stalin] to Mao Zedong

To Comrade MAO ZEDONG.

We agree with your proposals.

FILIPPOV [Stalin]

)") + note + "\n");
    EXPECT_EQ(page.prop(page.outer(), "sent"), sent) << note;
  }
  // The sentence that says it was sent gives the day, and the number it
  // went out under; another sentence's date is another matter.
  Page numbered(R"(January 12, 1952

Telegram, Filippov [Stalin] to Mao Zedong

To Comrade MAO ZEDONG.

We agree with your proposals.

FILIPPOV

[Ed. note: On 13 January the answer was sent to Beijing as ciphered telegram No. 262. The proposal had been tabled on 2 January 1952.]
)");
  EXPECT_EQ(numbered.prop(numbered.outer(), "sent"), "1952-01-13");
  EXPECT_EQ(Numbers(numbered.node(numbered.outer())), Ids{"262"});
  // The day after "sent" over one before it; a number the note names
  // otherwise ("in reply to No. 4279") is not the one it went out under;
  // "present" says nothing of a dispatch.
  auto telegram = [](std::string_view note) {
    return std::string(R"(January 12, 1952

Telegram, Filippov [Stalin] to Mao Zedong

To Comrade MAO ZEDONG.

We agree with your proposals.

FILIPPOV

)") + std::string(note) +
           "\n";
  };
  Page after(
      telegram("[Ed. note: The answer to No. 4279 of 10 January was sent on 13 "
               "January at 1750.]"));
  EXPECT_EQ(after.prop(after.outer(), "sent"), "1952-01-13T17:50");
  EXPECT_EQ(Numbers(after.node(after.outer())), Ids{});
  // "Sent ..., No. 1368", "за № 1368": the number after the stamp.
  for (std::string_view note : {"[Notation: Sent 19.XI.51 at 22:40, No. 1368.]",
                                "[Пометка: Отправлено 19.XI.51 г. в 22 ч. 40 "
                                "м. за № 1368.]"}) {
    Page notation(telegram(note));
    EXPECT_EQ(Numbers(notation.node(notation.outer())), Ids{"1368"}) << note;
  }
  // "OUTGOING CIPHERED TELEGRAM No. 1391" heading the body is its number.
  Page outgoing(R"(November 22, 1951

Ciphered Telegram No. 1391, Molotov to Cde. Vyshinsky in Paris

OUTGOING CIPHERED TELEGRAM No. 1391

TO VYSHINSKY

We agree with your proposals.

MOLOTOV
)");
  EXPECT_EQ(Numbers(outgoing.node(outgoing.outer())), Ids{"1391"});
  EXPECT_EQ(outgoing.prop(outgoing.outer(), "outgoing_number"), "");
  // "as telegram Nº 262": the number right after the words, not one the
  // sentence names later.
  Page sign(telegram(
      "[Ed. note: The answer was sent on 13 January as telegram Nº 262, in "
      "reply to No. 4279.]"));
  EXPECT_EQ(Numbers(sign.node(sign.outer())), Ids{"262"});
  // A number before the date is no hour.
  Page number_first(telegram(
      "[Ed. note: The answer was sent as telegram No. 1205 on 13 January.]"));
  EXPECT_EQ(number_first.prop(number_first.outer(), "sent"), "1952-01-13");
  EXPECT_EQ(Numbers(number_first.node(number_first.outer())), Ids{"1205"});
  // The date of a document the note cites is not the dispatch's.
  Page cited(telegram(
      "[Ed. note: The answer was sent in reply to Mao's telegram of 10 "
      "January on 13 January.]"));
  EXPECT_EQ(cited.prop(cited.outer(), "sent"), "1952-01-13");
  Page cited_only(telegram(
      "[Ed. note: The answer was sent in reply to Mao's telegram of 10 "
      "January.]"));
  EXPECT_EQ(cited_only.prop(cited_only.outer(), "sent"), "");
  Page present(telegram(
      "[Ed. note: The present text of 14 January is from the archive.]"));
  EXPECT_EQ(present.prop(present.outer(), "sent"), "");
}

// The stamps of the pages of data/: receipt stamps are the cipher office's,
// a register's dateline is the office's receipt, never a dispatch, and
// a dispatch stays a dispatch.
TEST(MetaLinesTest, StampsOfTheRealPages) {
  Page seed(ReadFile(fs::path(PARLEY_DATA_DIR) / "000_7b6558650d750d46.txt"));
  EXPECT_EQ(seed.prop(seed.outer(), "received"), "1951-07-03T12:10");
  EXPECT_EQ(seed.prop(seed.outer(), "received_by"), "cipher office");
  Page mao(
      ReadFile(fs::path(PARLEY_DATA_DIR) / "1951-08-27-telegram-23256.txt"));
  EXPECT_EQ(mao.prop(mao.outer(), "dateline"), "1951-08-27T01:30");
  EXPECT_EQ(mao.prop(mao.outer(), "received"), "1951-08-27T01:30");
  EXPECT_EQ(mao.prop(mao.outer(), "received_by"), "cipher office");
  EXPECT_EQ(mao.prop(mao.outer(), "sent"), "");
  Page report(
      ReadFile(fs::path(PARLEY_DATA_DIR) / "1951-07-01-telegram-501869.txt"));
  EXPECT_EQ(report.prop(report.outer(), "sent"), "1951-07-01T05:30");
  EXPECT_EQ(report.prop(report.outer(), "received"), "1951-07-01T07:16");
  EXPECT_EQ(report.prop(report.outer(), "received_by"), "cipher office");
  EXPECT_EQ(report.prop(report.outer(), "dispatched"), "1951-07-01T07:25");
  // A page without stamps leaves them unknown.
  Page letter(ReadFile(fs::path(PARLEY_DATA_DIR) /
                       "1951-06-14-letter-gao-gang-kim-il-sung.txt"));
  for (const char* key : {"sent", "received", "received_by", "dateline"})
    EXPECT_EQ(letter.prop(letter.outer(), key), "") << key;
}

// The writer's own sentence names a copy holder ("I am sending a copy of this
// telegram to Comrade Filippov"), and the hour under the signature ("15 July
// 1952, 3 a.m.") is when the telegram went out.
TEST(MetaLinesTest, ACopySentAndTheHourUnderTheSignature) {
  auto page = [](std::string_view copy, std::string_view signed_at) {
    return Page(R"(July 15, 1952

Telegram, Mao Zedong to Kim Il Sung

Comrade Kim Il Sung:

We agree that our delegation may propose an immediate ceasefire.

)" + std::string(copy) +
                R"(

Mao Zedong
)" + std::string(signed_at) +
                "\n");
  };
  Page sent(
      page("I am sending a copy of this telegram to Comrade Filippov "
           "[Stalin] for his information.",
           "15 July 1952, 3 a.m."));
  EXPECT_EQ(sent.targets(sent.outer(), EdgeKind::kCopyTo),
            Ids{"person:joseph-stalin"});
  EXPECT_EQ(sent.prop(sent.outer(), "sent"), "1952-07-15T03:00");
  // One sent through a relay: the relay gets no copy.
  Page relayed(
      page("A copy of this telegram is being sent through Razuvaev to Comrade "
           "Peng Dehuai.",
           "15 July 1952"));
  EXPECT_EQ(relayed.targets(relayed.outer(), EdgeKind::kCopyTo),
            Ids{"person:peng-dehuai"});
  Page evening(page("", "15 July 1952, 10.30 p.m."));
  EXPECT_EQ(evening.prop(evening.outer(), "sent"), "1952-07-15T22:30");
  // Naming someone is no copy; a date without an hour sends nothing.
  Page plain(
      page("Comrade Filippov [Stalin] agrees with this.", "15 July 1952"));
  EXPECT_TRUE(plain.targets(plain.outer(), EdgeKind::kCopyTo).empty());
  EXPECT_EQ(plain.prop(plain.outer(), "sent"), "");
}

// CWIHP prints the copies of a telegram in brackets under its address;
// "TO SOVAMBASSADOR" routes by office and names no one.
TEST(MetaLinesTest, CopiesInBracketsAndTheSovietAmbassadorByOffice) {
  Page page(
      R"(Document 104: Telegram, Kim Il Sung and Peng Dehuai to Mao Zedong, 4 February 1952

PYONGYANG, TO SOVAMBASSADOR [Soviet Ambassador].

Chairman MAO:
(copies to Comrades LI KENONG and QIAO GUANHUA)

We consider that our side should come forward with the following proposal:

1. The delegations of both sides recommend a political conference of a higher level within three months.

KIM IL SUNG
PENG DEHUAI

[Source: APRF, Fond 45, Opis 1, Delo 342, Listy 52-53]
)");
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kCopyTo),
            (Ids{"person:li-kenong", "person:qiao-guanhua"}));
  for (const std::string& person : page.persons())
    EXPECT_EQ(person.find("sovambassador"), std::string::npos) << person;
}

// A record of conversation is its recorder's ("Recorded by N. Fedorenko
// [signature]", "Записал Н. Федоренко"), and he proposes none of the points
// the speakers put forward.
TEST(MetaLinesTest, ARecordOfConversationIsItsRecorders) {
  auto page = [](std::string_view recorded) {
    return std::string(R"(September 3, 1952

Record of Conversation between Stalin and Zhou Enlai

RECORD OF CONVERSATION OF COMRADE I.V. STALIN WITH ZHOU ENLAI

STALIN asks whether the Chinese comrades have received the answer of the Americans.

ZHOU ENLAI says that the answer came on 1 September and repeats the old demands. The Chinese comrades see two ways:

1. to insist on the return of all prisoners of war;

2. to agree to an exchange of sick and wounded prisoners first.

)") + std::string(recorded) +
           R"(

Stalin and Zhou Enlai discuss the American answer on prisoners of war.

Document Information

Type

Record of Conversation

Record ID
)";
  };
  Page english(page("Recorded by N. Fedorenko [signature]"));
  EXPECT_EQ(english.authors(english.outer()), Ids{"person:nikolai-fedorenko"});
  // The recorder wrote the points down; he did not put them forward.
  std::string one = english.clause(english.outer(), "1");
  EXPECT_FALSE(english.sources(one, EdgeKind::kProposes).empty());
  EXPECT_EQ(english.edge("person:nikolai-fedorenko", EdgeKind::kProposes, one),
            nullptr);
  Page russian(page("Записал Н. Федоренко"));
  Ids authors = russian.authors(russian.outer());
  ASSERT_EQ(authors.size(), 1u);
  EXPECT_NE(authors[0], "person:joseph-stalin");
  // Without the line, the heading names no author.
  Page unsigned_record(page("[...]"));
  EXPECT_TRUE(unsigned_record.authors(unsigned_record.outer()).empty());
}

// A record of conversation: its heading names no one, "Comrade V.M.
// MOLOTOV" under "To the Minister ..." is addressed, not signing, "Outgoing
// No. 116" is the sender's number, and "Distribute to:" lists copies.
TEST(MetaLinesTest, ARecordsHeadingAddressOutgoingNumberAndDistribution) {
  Page page(R"(March 21, 1953

Record of Conversation between Soviet Ambassador V.V. Kuznetsov and Mao Zedong

ЗАПИСЬ БЕСЕДЫ

с МАО ЦЗЭ-ДУНОМ

Министру иностранных дел СССР
товарищу МОЛОТОВУ В.М.

Мао Цзэ-дун сказал, что соображения Советского правительства правильны.

ПОСОЛ СССР В КНР
В. КУЗНЕЦОВ

Исх. № 116
23.III.53

Разослать: т.т. Маленкову, Булганину.

RECORD OF CONVERSATION

with MAO ZEDONG

To the Minister of Foreign Affairs of the USSR
Comrade V.M. MOLOTOV

Mao Zedong said that the considerations of the Soviet Government were correct.

AMBASSADOR OF THE USSR IN THE PRC
V. KUZNETSOV

Outgoing No. 116
23.III.53

Distribute to: Cdes. Malenkov, Bulganin.
)");
  const std::string& doc = page.outer();
  EXPECT_EQ(page.authors(doc), Ids{"person:vasily-kuznetsov"});
  EXPECT_EQ(page.targets(doc, EdgeKind::kAddressedTo),
            Ids{"person:vyacheslav-molotov"});
  EXPECT_EQ(page.targets(doc, EdgeKind::kCopyTo),
            (Ids{"person:georgy-malenkov", "person:nikolai-bulganin"}));
  EXPECT_EQ(page.prop(doc, "outgoing_number"), "116");
  EXPECT_EQ(page.prop(doc, "number"), "116");
  // The day under the number is the one the sender dated it, which a reply
  // may cite.
  EXPECT_EQ(page.prop(doc, "written_on"), "1953-03-23");
  for (const Node& n : page.fragment().nodes())
    EXPECT_NE(n.label, "ЗАПИСЬ БЕСЕДЫ");
}

// A FRUS telegram's own routing: the addressee it is delivered to, the
// relays, and the posts it was repeated to, each an office, a place or a
// person of the gazetteer.
TEST(MetaLinesTest, AFrusTelegramsDeliveryAndRepeatsAreItsParties) {
  Page page(R"(Office of the Historian

Foreign Relations of the United States, 1952–1954, Korea, Volume XV, Part 1

Document 341

795.00/12–552: Telegram

341. The Acting Secretary of State (Bruce) to the Embassy in Japan1

Washington, December 5, 1952—7:42 p.m.

secret

1419. Eyes only Murphy for delivery to General Clark. From State and Defense.

1. We regard (a), (b) and (c) as consistent with principle of non-forcible repatriation.

Sent Tokyo 1419, rptd info Pusan 402, USUN 311.

Bruce

    1. Repeated for information to Pusan and to the United States Mission at the United Nations.

Previous Next
)");
  const std::string& doc = page.outer();
  EXPECT_EQ(page.targets(doc, EdgeKind::kAddressedTo),
            Ids{"person:mark-clark"});
  EXPECT_EQ(page.targets(doc, EdgeKind::kVia),
            (Ids{"org:embassy-in-japan", "person:robert-d-murphy"}));
  EXPECT_EQ(page.targets(doc, EdgeKind::kCopyTo),
            (Ids{"org:usun", "place:pusan"}));
}

// A memorandum numbered only in the stamp of the office that sent it
// ("Outgoing No. 1074-gs") has that number.
TEST(MetaLinesTest, AMemorandumNumberedOnlyInItsOutgoingStamp) {
  Page page(R"(December 13, 1951

Memorandum, A. Gromyko to I.V. Stalin

Top Secret

[Stamp: Ministry of Foreign Affairs USSR
Secretariat of Dep. Minister A.A. Gromyko
Outgoing No. 1074-gs
13 XII 1951]

To Comrade STALIN I.V.

The MID USSR considers it advisable to answer Comrade Mao Zedong.

A. GROMYKO
)");
  EXPECT_EQ(page.prop(page.outer(), "number"), "1074-gs");
  EXPECT_EQ(page.prop(page.outer(), "written_on"), "");
}

// "Sent to:" under a memorandum's signature lists the copies.
TEST(MetaLinesTest, SentToUnderTheSignatureListsCopies) {
  Page page(R"(November 02, 1951

Memorandum No. 298/gr, A. Gromyko to Cde. I.V. Stalin

To Comrade STALIN I.V.

The Ministry considers Comrade Vyshinsky's proposal correct.

A. GROMYKO

2 November 1951

Sent to: Cdes. Molotov, Malenkov.
)");
  EXPECT_EQ(page.targets(page.outer(), EdgeKind::kCopyTo),
            (Ids{"person:georgy-malenkov", "person:vyacheslav-molotov"}));
}

// "Cde. Stalin—2": two copies to Stalin; a section's heading in a FRUS
// paper ("II. Armistice Terms") signs nothing.
TEST(MetaLinesTest, ACountAfterADashAndASectionHeading) {
  Page page(R"(October 9, 1952

Ciphered Telegram No. 25319, Mao Zedong to Filippov

Copies: Cde. Stalin—2, Cde. Molotov

To Comrade FILIPPOV.

II. Armistice Terms

The talks have been recessed.

MAO ZEDONG
)");
  const std::string& doc = page.outer();
  EXPECT_EQ(page.authors(doc), Ids{"person:mao-zedong"});
  EXPECT_EQ(page.targets(doc, EdgeKind::kCopyTo),
            (Ids{"person:joseph-stalin", "person:vyacheslav-molotov"}));
  const Edge* stalin =
      page.edge(doc, EdgeKind::kCopyTo, "person:joseph-stalin");
  ASSERT_NE(stalin, nullptr);
  ASSERT_NE(stalin->props.Get("count"), nullptr);
  EXPECT_EQ(stalin->props.Get("count")->as_int(), 2);
}

// An office's heading in capitals names no one ("ДЕСЯТЫЙ ОТДЕЛ", "TENTH
// DEPARTMENT"), and "Рассылка:" lists the copies.
TEST(MetaLinesTest, AnOfficesHeadingAndADistributionList) {
  Page page(R"(June 8, 1953

Ciphered Telegram No. 13851 from Beijing, Kuznetsov to V.M. Molotov

МИНИСТЕРСТВО ИНОСТРАННЫХ ДЕЛ СССР

ДЕСЯТЫЙ ОТДЕЛ

ШИФРТЕЛЕГРАММА № 13851

Рассылка: т. Маленкову, т. Булганину.

МОСКВА, МИД СССР — т. МОЛОТОВУ В.М.

Сегодня в Пханмунджоме подписано соглашение о военнопленных.

КУЗНЕЦОВ
)");
  const std::string& doc = page.outer();
  EXPECT_EQ(page.authors(doc), Ids{"person:vasily-kuznetsov"});
  EXPECT_EQ(page.targets(doc, EdgeKind::kCopyTo),
            (Ids{"person:georgy-malenkov", "person:nikolai-bulganin"}));
  for (const Node& n : page.fragment().nodes())
    EXPECT_NE(n.label, "ДЕСЯТЫЙ ОТДЕЛ");
}

}  // namespace
}  // namespace parley::importers::test_data
