// The held-out pages of our own (tests/data/heldout: other documents of the
// talks in every layout, written to try the readers on what they were not
// built from), imported together and checked against their expected facts,
// as ../shared/tools/score-extraction --together checks them.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "tests/cli/cli_test_util.h"
#include "tests/cli/e2e_expected_facts.h"

namespace parley::cli_test {
namespace {

using nlohmann::json;

fs::path HeldOutDir() { return TestDataDir() / "heldout"; }

std::vector<std::string> HeldOutPages() {
  std::vector<std::string> pages;
  for (const auto& entry : fs::directory_iterator(HeldOutDir())) {
    fs::path ext = entry.path().extension();
    if (ext == ".txt" || ext == ".xml") pages.push_back(entry.path().string());
  }
  std::sort(pages.begin(), pages.end());
  return pages;
}

// The facts missed today, "page: fact" as the checker names them, and the
// links made that no expected file lists ("page: link ..."). One not listed
// fails the test, and so does a listed one that now holds.
const std::set<std::string>& KnownMisses() {
  static const std::set<std::string> kMisses = {
      // The model has no document type "conversation" or "resolution"
      // (DESIGN.md): a record of conversation is a memorandum, and a
      // resolution (постановление) a decision.
      "1952-08-20-cwihp-conversation-stalin-zhou: document: type "
      "conversation (got 'memorandum')",
      "1953-03-19-resolution-858-372: document: type resolution (got "
      "'decision')",
      // Named in running text with their initials after ("т.т. Кузнецову
      // В.В. и Федоренко Н.Т."), and in no gazetteer.
      "1953-03-19-resolution-858-372: Person Kuznetsov|Кузнецов",
      "1953-03-19-resolution-858-372: Person Fedorenko|Федоренко",
      // Paragraph 2 is numbered like every paragraph of a FRUS telegram;
      // only its lettered points a-e are read as clauses.
      "frus-tei-1953-04-11-c-61802: document: clause 2 exists",
      "frus-tei-1953-04-11-c-61802: document: clause 2 (absent)",
      // Quoted documents set off otherwise than by quotation marks or an
      // introduction the readers know: a draft under its own heading
      // (334/ag), a proposed message run into the telegram (JCS-89114), a
      // delegation report whose every paragraph opens a quotation and only
      // the last closes it ("Signed Joy"). The draft 3917 quotes in single
      // marks is read, with its addressee, but of its two signers under
      // their offices only the last.
      "1951-06-30-cwihp-3917: embedded[0]: author Kim Il Sung|KIM IL SUNG",
      "1951-11-20-cwihp-memo-334: embedded[0] exists",
      "frus-1951-12-07-jcs-89114: embedded[0] exists",
      "frus-tei-1951-12-04-c-58639: embedded[0]: author Joy",
      "frus-tei-1951-12-04-c-58639: embedded[0]: number 513",
      "frus-tei-1951-12-04-c-58639: embedded[0]: recipient "
      "Ridgway|CINCUNC|Commander in Chief, United Nations Command",
      // A reply naming what it answers only as "Your telegrams [of 30
      // June]" (an editor's date) or by the other side's numbers
      // ("1211-1220."), and stances taken on points by their content
      // where the points' words differ from the reply's.
      "1951-06-30-cwihp-3917: responds to "
      "{\"authors\":[\"Mao Zedong\"],\"date\":\"1951-06-30\",\"number\":"
      "\"21336\"}",
      "1951-06-30-cwihp-3917: responds to "
      "{\"authors\":[\"Mao Zedong\"],\"date\":\"1951-06-30\",\"number\":"
      "\"21340\"}",
      "1951-06-30-cwihp-3917: stance amends on negotiation_procedure",
      "1951-06-30-cwihp-3917: stance insists on negotiation_procedure",
      "1953-07-04-telegram-13464: responds to "
      "{\"date\":\"1953-07-03\",\"number\":\"1211-1220\"}",
      "1953-07-04-telegram-13464: stance accepts on negotiation_procedure",
      "1952-02-03-telegram-709: stance accepts on supervision",
      "frus-1951-12-07-jcs-89114: stance accepts on withdrawal",
      "frus-1951-12-07-jcs-89114: stance amends on supervision",
      "frus-1951-12-07-jcs-89114: stance rejects on movement_restriction",
      "frus-tei-1952-02-27-jcs-902160: stance rejects on supervision",
      // 709 accepts Mao's plan; the linker ties it to a point of the
      // agreement of 23 November quoted in Mao's telegram.
      "1952-02-03-telegram-709: link STANCE accepts "
      "doc:telegram-709-1952-02-03 -> "
      "doc:telegram-16002-1952-01-31/agreement-1951-11-23/clause-2",
      // Points of a draft the writer forwards without saying whose it is
      // (21497), or a point reporting the other side's wish (21340/2).
      "1951-06-30-telegram-21340: document: clause 2: proposed by Mao "
      "Zedong|MAO ZEDONG",
      "1951-07-05-telegram-21497: embedded[0]: clause 1: proposed by Mao "
      "Zedong|MAO ZEDONG",
      "1951-07-05-telegram-21497: embedded[0]: clause 2: proposed by Mao "
      "Zedong|MAO ZEDONG",
      "1951-07-05-telegram-21497: embedded[0]: clause 3: proposed by Mao "
      "Zedong|MAO ZEDONG",
      "1951-07-05-telegram-21497: embedded[0]: clause 4: proposed by Mao "
      "Zedong|MAO ZEDONG",
      // Terms keep the unit written: 10 miles is not turned into km.
      "1951-07-05-telegram-21497: embedded[0]: clause 2: distance_km=16.09 "
      "(got [{\"from\":\"38th parallel\",\"max\":10,\"min\":10,\"unit\":"
      "\"mile\"}])",
      // Topics the cues do not reach: a ban on bringing in weapons read as
      // aid, and answers about forces of the other side's rear.
      "1951-07-05-telegram-21497: embedded[0]: clause 3: topic "
      "movement_restriction",
      "frus-tei-1951-12-04-c-58639: embedded[0]: clause 1: topic "
      "movement_restriction",
      "frus-tei-1951-12-04-c-58639: embedded[0]: clause 2: topic "
      "movement_restriction",
      // Stamps and copies in forms the readers do not take: "From:
      // Peking, 15:00, 30 June 1951." as the receipt, a copy count on the
      // line of the receipt.
      "1951-06-30-telegram-21340: document: received 1951-06-30T15:00 (got )",
      "1951-07-05-telegram-21497: document: copy count Stalin=2",
      // Offices as addressees ("Soviet Ambassador"), names only a footnote
      // gives or the gazetteer lacks, and places named as adjectives.
      "1953-07-04-telegram-13464: Person Soviet Ambassador|Soviet "
      "Ambassador in Beijing",
      "1953-07-04-telegram-13464: document: recipient Soviet "
      "Ambassador|Soviet Ambassador in Beijing",
      "1953-07-04-telegram-13464: Person Wu Xiuquan|Siu-Tsuan",
      "frus-tei-1951-12-04-c-58639: Person Hickman",
      "frus-tei-1951-12-04-c-58639: Person Libby",
      "frus-tei-1951-12-04-c-58639: Person Lee Sang Cho|Lee",
      "frus-1951-12-07-jcs-89114: Organization Department of State|State",
      "frus-1951-12-07-jcs-89114: Organization Military Armistice "
      "Commission|MAC",
      "frus-1951-12-07-jcs-89114: Place Key West",
      "frus-tei-1952-02-27-jcs-902160: Place United States|US",
      // Pages of the second round (503318, P84/560, memcon 690, ZX 36484).
      // A delegation named in running text ("headed by NAM IL, with DENG
      // HUA and XIE FANG"), and 200 m, which the terms do not read.
      "1951-10-08-telegram-503318: document: delegation exists",
      "1951-10-08-telegram-503318: embedded[0]: clause в: distance_km=0.2 "
      "(got [])",
      // "т.т. Громыко А.А. и Федоренко Н.Т.": the second of two names after
      // one address; an ambassador named only in the decision as the relay.
      "1951-12-01-politburo-P84-560: Person Fedorenko|Федоренко|N.T. "
      "Fedorenko",
      "1951-12-01-politburo-P84-560: embedded[0]: via Roshchin|Рощин|N.V. "
      "Roshchin",
      // A memorandum of conversation: the other side's points reported in
      // numbered paragraphs with lettered points under them, read as points
      // a and b of the memorandum with no proposer; an office named by its
      // initials; "Baron van Boetzelaer" (a lower-case particle); places
      // the gazetteer lacks.
      "frus-1951-11-09-memcon-690: document: clause 1 (absent)",
      "frus-1951-11-09-memcon-690: document: clause 1 exists",
      "frus-1951-11-09-memcon-690: document: clause 2 (absent)",
      "frus-1951-11-09-memcon-690: document: clause 2 exists",
      "frus-1951-11-09-memcon-690: document: clause a: proposed by Lee Sang "
      "Cho|Lee",
      "frus-1951-11-09-memcon-690: document: clause b: proposed by Lee Sang "
      "Cho|Lee",
      "frus-1951-11-09-memcon-690: Organization Office of United Nations "
      "Political and Security Affairs|UNP",
      "frus-1951-11-09-memcon-690: Person van Boetzelaer|Boetzelaer",
      "frus-1951-11-09-memcon-690: Place Kosong",
      "frus-1951-11-09-memcon-690: Place Kumsong",
      // Nam Il's points quoted inside Clark's telegram are read as a quoted
      // document of Nam Il's, holding points a-e; the expected file has
      // them as points of the telegram itself.
      "frus-tei-1953-05-07-zx-36484: document: clause a (absent)",
      "frus-tei-1953-05-07-zx-36484: document: clause a exists",
      "frus-tei-1953-05-07-zx-36484: document: clause b (absent)",
      "frus-tei-1953-05-07-zx-36484: document: clause b exists",
      "frus-tei-1953-05-07-zx-36484: document: clause c (absent)",
      "frus-tei-1953-05-07-zx-36484: document: clause c exists",
      "frus-tei-1953-05-07-zx-36484: document: clause d (absent)",
      "frus-tei-1953-05-07-zx-36484: document: clause d exists",
      "frus-tei-1953-05-07-zx-36484: document: clause e (absent)",
      "frus-tei-1953-05-07-zx-36484: document: clause e exists",
  };
  return kMisses;
}

// The held-out pages imported with the seed and the corpus, as a
// historian's pile holds them: the facts that span documents may reach
// pages of the corpus. Only the held-out pages' facts are checked here.
TEST(EndToEndHeldOutTest, EveryExpectedFactButTheKnownMisses) {
  std::vector<std::string> pages = HeldOutPages();
  ASSERT_EQ(pages.size(), 27u);
  TempDir dir;
  std::vector<std::string> args = {"import"};
  for (const std::string& page : CorpusPages()) args.push_back(page);
  args.insert(args.end(), pages.begin(), pages.end());
  RunResult imported = RunParleyOn(dir.db(), args);
  ASSERT_EQ(imported.exit_code, 0) << imported;
  ExportedGraph graph(json::parse(ExportJson(dir.db())));
  std::set<std::string> misses;
  std::vector<std::string> extra;
  int total = 0, passed = 0;
  for (const std::string& page : pages) {
    std::string stem = fs::path(page).stem().string();
    std::string text = ReadBytes(HeldOutDir() / "expected" / (stem + ".json"));
    ASSERT_FALSE(text.empty()) << "no expected file for " << stem;
    ExpectedFactsChecker checker(graph);
    checker.CheckPage(json::parse(text), stem, /*together=*/true);
    for (const std::string& m : checker.misses())
      misses.insert(stem + ": " + m);
    for (const std::string& p : checker.extra_persons())
      extra.push_back(stem + ": person " + p);
    for (const std::string& l : checker.extra_links())
      misses.insert(stem + ": link " + l);
    total += checker.total();
    passed += checker.passed();
  }
  std::vector<std::string> lost, fixed;
  std::set_difference(misses.begin(), misses.end(), KnownMisses().begin(),
                      KnownMisses().end(), std::back_inserter(lost));
  std::set_difference(KnownMisses().begin(), KnownMisses().end(),
                      misses.begin(), misses.end(), std::back_inserter(fixed));
  auto joined = [](const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& l : lines) out += "\n  " + l;
    return out;
  };
  EXPECT_TRUE(lost.empty()) << "facts missed:" << joined(lost);
  EXPECT_TRUE(fixed.empty())
      << "known misses that now hold (remove them):" << joined(fixed);
  EXPECT_TRUE(extra.empty()) << "persons not expected:" << joined(extra);
  // The scorer counts 1,057 facts on these pages imported with the
  // corpus, and holds 966 (recall 0.914; 3917 misses the same stance twice;
  // a clause that is absent misses its topics and terms as well).
  EXPECT_EQ(total, 1057);
  EXPECT_EQ(passed, 966);
}

}  // namespace
}  // namespace parley::cli_test
