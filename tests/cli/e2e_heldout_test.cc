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
      // Lineage links that moved to a nearer version among round 39's pages.
      "1952-02-02-cwihp-16137: clause 1 is a variant of 21404/5",
      "1952-02-08-cwihp-16614: clause a is a variant of 108/3",
      "r13a-1952-02-05-telegram-600437: clause б is a variant of 21680/3",
      "r14a-1952-02-04-cwihp-telegram-kim-peng-mao: clause a is a variant of "
      "108/3",
      "r14a-1952-02-04-cwihp-telegram-kim-peng-mao: clause a is a variant of "
      "21680/3",
      "r31c-frus-tei-1952-04-25-jcs-907162: clause a is a variant of 67024/2",
      // 'tabled on ...' after a name is no longer a dated participle (a
      // document's name only): the old extra link is back.
      "r30c-1953-07-21-telegram-li-kenong-mao: link STANCE accepts "
      "doc:telegram-1953-07-21-li-kenong -> "
      "doc:cable-10982-1953-03-29/clause-d",
      // Round 39: the approved telegram is typed a directive; topics of its
      // points.
      "r39a-1951-11-19-politburo-P84-409: embedded[0]: clause 1: topic "
      "negotiation_procedure",
      "r39a-1951-11-19-politburo-P84-409: embedded[0]: clause 3: topic "
      "negotiation_procedure",
      "r39a-1951-11-19-politburo-P84-409: embedded[0]: clause 4: topic "
      "negotiation_procedure",
      "r39a-1951-11-19-politburo-P84-409: embedded[0]: type telegram (got "
      "'directive')",
      "r39a-1951-11-19-politburo-P84-409: link RESPONDS_TO  "
      "doc:decision-p84-409-1951-11-19 -> doc:telegram-c-57837-1951-11-17",
      "r39a-1951-11-19-politburo-P84-409: link RESPONDS_TO  "
      "doc:decision-p84-409-1951-11-19 -> doc:telegram-hnc-519-1951-11-17",
      // Round 39: positions by topic only in a report of Kim Il Sung's view;
      // 'PAK HEN YONG'.
      "r39a-1951-11-20-telegram-600271: Person Pak Hon Yong|Pak Hen Yong|PAK "
      "HEN YONG",
      "r39a-1951-11-20-telegram-600271: stance accepts on ceasefire",
      "r39a-1951-11-20-telegram-600271: stance accepts on withdrawal",
      "r39a-1951-11-20-telegram-600271: stance amends on "
      "foreign_forces_withdrawal",
      // Round 39: positions on the points of No. 1368 by content only, in
      // prose.
      "r39a-1951-11-21-cwihp-telegram-361: Person Jessup",
      "r39a-1951-11-21-cwihp-telegram-361: stance accepts on point 1",
      "r39a-1951-11-21-cwihp-telegram-361: stance accepts on point 2",
      "r39a-1951-11-21-cwihp-telegram-361: stance amends on point 4",
      "r39a-1951-11-21-cwihp-telegram-361: stance conditional on point 3",
      // Round 39: 'In change of point 4 of our No. 1368' reads as accepts, 'no
      // longer applies' as no position, and 'our No. 1368' is no reference; the
      // MID department; topics and lineage.
      "r39a-1951-11-22-telegram-1391: Organization 10th Department of MID USSR",
      "r39a-1951-11-22-telegram-1391: clause 1 is a variant of 1368/4",
      "r39a-1951-11-22-telegram-1391: clause 2 is a variant of 1368/3",
      "r39a-1951-11-22-telegram-1391: document: clause 1: topic "
      "negotiation_procedure",
      "r39a-1951-11-22-telegram-1391: document: clause 2: topic "
      "negotiation_procedure",
      "r39a-1951-11-22-telegram-1391: stance insists on point в",
      // Round 39: Moch, 'Comite 1' and 'Sov del' abbreviations; lineage of the
      // tabled points to the Cyrillic-lettered ones.
      "r39a-frus-1951-11-23-delga-307: Organization Soviet delegation|Sov del",
      "r39a-frus-1951-11-23-delga-307: Organization United States Delegation "
      "at the General Assembly|US Delegation",
      "r39a-frus-1951-11-23-delga-307: Person Moch|Jules Moch",
      // Round 39: positions on Delga 307's lettered points, which it names only
      // as 'the Soviet points'; a topic.
      "r39a-frus-tei-1951-11-27-gadel-183: document: clause 2: topic ceasefire",
      "r39a-frus-tei-1951-11-27-gadel-183: stance conditional on point a",
      "r39a-frus-tei-1951-11-27-gadel-183: stance rejects on point b",
      "r39a-frus-tei-1951-11-27-gadel-183: stance rejects on point c",
      // Round 39: the quoted message's date from its introduction; a position
      // reported in summary.
      "r39b-1951-07-15-cable-21893: clause 1 is a variant of 52307/2",
      "r39b-1951-07-15-cable-21893: embedded[0]: date 1951-07-13 (got "
      "1951-07-15)",
      "r39b-1951-07-15-cable-21893: stance conditional on point 2",
      // Round 39: 'we accept, but we propose to widen the zone' reads as
      // accepts; the quoted Kim-Peng letter answers Ridgway's message and its
      // words tie by topic; Russian of the embedded letter.
      "r39b-1951-10-07-telegram-24735: embedded[0]: language ru",
      "r39b-1951-10-07-telegram-24735: link RESPONDS_TO  "
      "doc:telegram-24735-1951-10-07 -> doc:telegram-c-51738-1951-09-27",
      "r39b-1951-10-07-telegram-24735: link RESPONDS_TO  "
      "doc:telegram-24735-1951-10-07 -> doc:telegram-c-52307-1951-09-27",
      "r39b-1951-10-07-telegram-24735: link RESPONDS_TO  "
      "doc:telegram-24735-1951-10-07/message-1951-10-07-2 -> "
      "doc:telegram-c-51738-1951-09-27",
      "r39b-1951-10-07-telegram-24735: link RESPONDS_TO  "
      "doc:telegram-24735-1951-10-07/message-1951-10-07-2 -> "
      "doc:telegram-c-52307-1951-09-27",
      "r39b-1951-10-07-telegram-24735: link STANCE accepts "
      "doc:telegram-24735-1951-10-07 -> "
      "doc:telegram-c-52307-1951-09-27/message-1951-09-27/clause-1",
      "r39b-1951-10-07-telegram-24735: link STANCE accepts "
      "doc:telegram-24735-1951-10-07 -> "
      "doc:telegram-c-52307-1951-09-27/message-1951-09-27/clause-2",
      "r39b-1951-10-07-telegram-24735: link STANCE accepts "
      "doc:telegram-24735-1951-10-07/message-1951-10-07-2 -> "
      "doc:telegram-c-52307-1951-09-27/message-1951-09-27/clause-1",
      "r39b-1951-10-07-telegram-24735: link STANCE accepts "
      "doc:telegram-24735-1951-10-07/message-1951-10-07-2 -> "
      "doc:telegram-c-52307-1951-09-27/message-1951-09-27/clause-2",
      "r39b-1951-10-07-telegram-24735: stance amends on point 2",
      "r39b-1951-10-07-telegram-24735: stance rejects on point 1",
      // Round 39: 'Having exchanged views with Comrade Kim Il Sung, we
      // propose:' after a running head gives no proposer; positions inside the
      // writer's own lettered points on the quoted letter's; news agencies.
      "r39b-1953-02-25-cwihp-4618: Organization American administration|US "
      "government|United States government",
      "r39b-1953-02-25-cwihp-4618: document: clause a: topic "
      "negotiation_procedure",
      "r39b-1953-02-25-cwihp-4618: embedded[0]: clause 2: topic "
      "prisoners_of_war",
      "r39b-1953-02-25-cwihp-4618: embedded[0]: date 1953-02-22 (got "
      "1953-02-25)",
      // Round 39: the quoted letter's date from its introduction, positions on
      // two letters in one report.
      "r39b-1953-04-02-telegram-11461: embedded[0]: clause 2: topic "
      "prisoners_of_war",
      "r39b-1953-04-02-telegram-11461: embedded[0]: date 1953-03-31 (got "
      "1953-03-28)",
      "r39b-1953-04-02-telegram-11461: link RESPONDS_TO  "
      "doc:telegram-11461-1953-04-02 -> doc:letter-1953-03-28-kim-il-sung",
      "r39b-1953-04-02-telegram-11461: link RESPONDS_TO  "
      "doc:telegram-11461-1953-04-02/letter-1953-03-28 -> "
      "doc:letter-1953-03-28-kim-il-sung",
      "r39b-1953-04-02-telegram-11461: link STANCE accepts "
      "doc:telegram-11461-1953-04-02 -> "
      "doc:letter-1953-03-28-kim-il-sung/clause-3",
      "r39b-1953-04-02-telegram-11461: link STANCE conditional "
      "doc:telegram-11461-1953-04-02/letter-1953-03-28 -> "
      "doc:letter-1953-03-28-kim-il-sung/clause-2",
      "r39b-1953-04-02-telegram-11461: link STANCE conditional "
      "doc:telegram-11461-1953-04-02/letter-1953-03-28 -> "
      "doc:letter-1953-03-28-kim-il-sung/clause-3",
      "r39b-1953-04-02-telegram-11461: stance rejects on point 3",
      // Round 39: an open message typed a telegram; topics of the
      // conference-area points; its answer to the 7 October points by content.
      "r39b-frus-1951-10-08-message-613: clause a is a variant of 24735/2",
      "r39b-frus-1951-10-08-message-613: clause c is a variant of 24735/2",
      "r39b-frus-1951-10-08-message-613: document: clause a: topic buffer_zone",
      "r39b-frus-1951-10-08-message-613: document: clause b: topic buffer_zone",
      "r39b-frus-1951-10-08-message-613: document: clause c: topic buffer_zone",
      "r39b-frus-1951-10-08-message-613: document: clause c: topic "
      "negotiation_procedure",
      "r39b-frus-1951-10-08-message-613: document: type message (got "
      "'telegram')",
      "r39b-frus-1951-10-08-message-613: link STANCE accepts "
      "doc:telegram-1951-10-08-matthew-ridgway -> "
      "doc:telegram-24735-1951-10-07/message-1951-10-07-2/clause-2",
      "r39b-frus-1951-10-08-message-613: stance amends on point 2",
      // Round 39: a clause's lineage.
      "r39b-frus-tei-1951-09-27-c-52307: clause 2 is a variant of 21893/1",
      // Round 39: the book after the citation; a topic; lineage to the seed.
      "r39c-1952-04-09-telegram-18176: Person Torkunov|A. V. Torkunov",
      "r39c-1952-04-09-telegram-18176: Place Moscow",
      "r39c-1952-04-09-telegram-18176: clause 4 is a variant of 21404/6",
      "r39c-1952-04-09-telegram-18176: document: clause 1: topic "
      "movement_restriction",
      // Round 39: copies counted by 'Nº 1 to Cde. Stalin' lines, 'Swe-/den'
      // across a line break, Joy's package read as a report, and positions on
      // it.
      "r39c-1952-04-29-cable-18806: clause c is a variant of 906582/c",
      "r39c-1952-04-29-cable-18806: document: copy count Stalin=2",
      "r39c-1952-04-29-cable-18806: embedded[0]: clause b: concerns place "
      "Sweden",
      "r39c-1952-04-29-cable-18806: embedded[0]: clause c: proposed by "
      "Joy|JOY|C. Turner Joy",
      "r39c-1952-04-29-cable-18806: embedded[0]: type telegram (got 'report')",
      "r39c-1952-04-29-cable-18806: stance accepts on point a",
      "r39c-1952-04-29-cable-18806: stance accepts on point b",
      "r39c-1952-04-29-cable-18806: stance rejects on point c",
      // Round 39: 'conditional on point 4' read as accepts.
      "r39c-frus-1952-04-18-jcs-906582: link STANCE accepts "
      "doc:telegram-jcs-906582-1952-04-18 -> "
      "doc:telegram-hnc-1104-1952-04-16/clause-4",
      "r39c-frus-1952-04-18-jcs-906582: stance conditional on point 4",
      // Round 39: topics of the rotation point and its lineage.
      "r39c-frus-tei-1952-04-16-hnc-1104: clause 1 is a variant of 18176/1",
      "r39c-frus-tei-1952-04-16-hnc-1104: document: clause 1: topic "
      "movement_restriction",
      // Lineage links that moved to a nearer version among round 38's pages.
      "1952-02-08-cwihp-16614: clause a is a variant of 21680/3",
      "r14a-1952-02-04-cwihp-telegram-kim-peng-mao: clause a is a variant of "
      "21404/5",
      "r35a-1952-05-01-cwihp-18924: clause 1 is a variant of 67531/1",
      // Extra links that were 'insists' before and are now 'conditional'
      // ('press for ... if'): the tie itself is still wrong (the writer's words
      // are on another point).
      "r22b-frus-tei-1952-10-04-cx-56822: link STANCE conditional "
      "doc:telegram-cx-56822-1952-10-04 -> "
      "doc:telegram-jcs-919387-1952-09-24/clause-2",
      "r22b-frus-tei-1952-10-04-cx-56822: link STANCE conditional "
      "doc:telegram-cx-56822-1952-10-04 -> "
      "doc:telegram-jcs-919387-1952-09-24/clause-3",
      "r22b-frus-tei-1952-10-04-cx-56822: link STANCE conditional "
      "doc:telegram-cx-56822-1952-10-04 -> "
      "doc:telegram-jcs-919387-1952-09-24/clause-4",
      "r22b-frus-tei-1952-10-04-cx-56822: link STANCE conditional "
      "doc:telegram-cx-56822-1952-10-04 -> "
      "doc:telegram-jcs-919387-1952-09-24/clause-5",
      "r30b-1953-10-19-cable-26954: link STANCE conditional "
      "doc:cable-26954-1953-10-19 -> "
      "doc:cable-26954-1953-10-19/letter-1953-10-16/clause-3",
      "r30b-1953-10-19-cable-26954: link STANCE conditional "
      "doc:cable-26954-1953-10-19 -> "
      "doc:cable-26954-1953-10-19/letter-1953-10-16/clause-5",
      "r31c-frus-tei-1952-04-25-jcs-907162: link STANCE conditional "
      "doc:telegram-jcs-907162-1952-04-25 -> "
      "doc:telegram-c-67024-1952-04-17/clause-1",
      "r35c-1952-11-27-cwihp-telegram-7115: link STANCE conditional "
      "doc:telegram-7115-1952-11-27 -> doc:telegram-28712-1952-11-26/clause-b",
      // Round 38: Mao's answer to Ridgway's broadcast names no document; the
      // writer has it respond to Ridgway's message, which is not its
      // addressee's; its point 4's lineage.
      "r38a-1951-07-14-telegram-21838: document: clause 2: topic "
      "movement_restriction",
      "r38a-1951-07-14-telegram-21838: document: clause 3: topic "
      "movement_restriction",
      "r38a-1951-07-14-telegram-21838: link RESPONDS_TO  "
      "doc:telegram-21838-1951-07-14 -> doc:telegram-4072-1951-07-14",
      "r38a-1951-07-14-telegram-21838: responds to "
      "{\"authors\":[\"Ridgway\"],\"date\":\"1951-07-13\"}",
      // Round 38: the conference-area topics (a zone free of hostile acts as
      // buffer_zone, flights as movement_restriction) and lineage to the
      // American draft's lettered points.
      "r38a-1951-10-13-cwihp-24917: clause 2 is a variant of 54241/a",
      "r38a-1951-10-13-cwihp-24917: clause 2 is a variant of 54241/b",
      "r38a-1951-10-13-cwihp-24917: document: clause 1: topic buffer_zone",
      "r38a-1951-10-13-cwihp-24917: document: clause 2: distance_km=4.83 (got "
      "[{\"max\":4.8,\"min\":4.8,\"unit\":\"km\",\"written\":{\"max\":3,"
      "\"min\":3,\"unit\":\"mile\"}}])",
      "r38a-1951-10-13-cwihp-24917: document: clause 2: topic buffer_zone",
      "r38a-1951-10-13-cwihp-24917: document: clause 3: topic buffer_zone",
      "r38a-1951-10-13-cwihp-24917: document: clause 3: topic "
      "movement_restriction",
      "r38a-1951-10-13-cwihp-24917: document: clause 4: topic "
      "movement_restriction",
      // Round 38: 'UNC liaison officers, Col Kinney and Col Murray, will table
      // the following': the writer gives Ridgway the points, Parley the tabler;
      // topics of the security terms; miles rounded to 0.1 km against two
      // decimals; 'Naval Forces, Far East' read as two bodies.
      "r38a-frus-1951-10-09-c-54241: Organization Naval Forces, Far East|NAVFE",
      "r38a-frus-1951-10-09-c-54241: clause 1 is a variant of 66871/2",
      "r38a-frus-1951-10-09-c-54241: clause 3 is a variant of 21838/2",
      "r38a-frus-1951-10-09-c-54241: clause 3 is a variant of 66871/3",
      "r38a-frus-1951-10-09-c-54241: clause 4 is a variant of 21838/3",
      "r38a-frus-1951-10-09-c-54241: clause a is a variant of 21838/1",
      "r38a-frus-1951-10-09-c-54241: clause a is a variant of 66871/1",
      "r38a-frus-1951-10-09-c-54241: document: clause 1: distance_km=0.8 (got "
      "[])",
      "r38a-frus-1951-10-09-c-54241: document: clause 1: proposed by Ridgway",
      "r38a-frus-1951-10-09-c-54241: document: clause 1: topic buffer_zone",
      "r38a-frus-1951-10-09-c-54241: document: clause 2: proposed by Ridgway",
      "r38a-frus-1951-10-09-c-54241: document: clause 2: topic buffer_zone",
      "r38a-frus-1951-10-09-c-54241: document: clause 3: proposed by Ridgway",
      "r38a-frus-1951-10-09-c-54241: document: clause 3: topic buffer_zone",
      "r38a-frus-1951-10-09-c-54241: document: clause 3: topic "
      "movement_restriction",
      "r38a-frus-1951-10-09-c-54241: document: clause 4: proposed by Ridgway",
      "r38a-frus-1951-10-09-c-54241: document: clause 4: topic "
      "movement_restriction",
      "r38a-frus-1951-10-09-c-54241: document: clause 5: proposed by Ridgway",
      "r38a-frus-1951-10-09-c-54241: document: clause 6: proposed by Ridgway",
      "r38a-frus-1951-10-09-c-54241: document: clause 6: topic supervision",
      "r38a-frus-1951-10-09-c-54241: document: clause a: distance_km=4.83 (got "
      "[{\"max\":4.8,\"min\":4.8,\"unit\":\"km\",\"written\":{\"max\":3,"
      "\"min\":3,\"unit\":\"mile\"}}])",
      "r38a-frus-1951-10-09-c-54241: document: clause a: proposed by Ridgway",
      "r38a-frus-1951-10-09-c-54241: document: clause a: topic buffer_zone",
      "r38a-frus-1951-10-09-c-54241: document: clause b: distance_km=4.83 (got "
      "[{\"max\":4.8,\"min\":4.8,\"unit\":\"km\",\"written\":{\"max\":3,"
      "\"min\":3,\"unit\":\"mile\"}}])",
      "r38a-frus-1951-10-09-c-54241: document: clause b: proposed by Ridgway",
      "r38a-frus-1951-10-09-c-54241: document: clause b: topic buffer_zone",
      // Round 38: a Washington receipt line earlier on the clock than the
      // sending; miles rounded to 0.1 km against two decimals; topics of the
      // security terms.
      "r38a-frus-tei-1951-07-13-c-66871: document: received 1951-07-13T03:18 "
      "(got )",
      "r38a-frus-tei-1951-07-13-c-66871: embedded[0]: clause 1: "
      "distance_km=8.05 (got "
      "[{\"max\":8,\"min\":8,\"unit\":\"km\",\"written\":{\"max\":5,\"min\":5,"
      "\"unit\":\"mile\"}}])",
      "r38a-frus-tei-1951-07-13-c-66871: embedded[0]: clause 2: "
      "distance_km=0.8 (got [])",
      "r38a-frus-tei-1951-07-13-c-66871: embedded[0]: clause 2: topic "
      "buffer_zone",
      "r38a-frus-tei-1951-07-13-c-66871: embedded[0]: clause 3: topic "
      "movement_restriction",
      // Round 38: the host's answers in a record of conversation read otherwise
      // ('India should not be named' as drops, not amends; 'intends to raise'
      // as insists, not accepts); lineage to undated points.
      "r38b-1952-08-22-record-vyshinsky-zhou: Organization Government "
      "Administrative Council|Государственный административный совет",
      "r38b-1952-08-22-record-vyshinsky-zhou: clause 3 is a variant of null/1",
      "r38b-1952-08-22-record-vyshinsky-zhou: clause 3 is a variant of null/2",
      "r38b-1952-08-22-record-vyshinsky-zhou: clause 4 is a variant of null/3",
      "r38b-1952-08-22-record-vyshinsky-zhou: link STANCE drops "
      "doc:record-of-conversation-1952-08-22-andrey-vyshinsky -> "
      "doc:record-of-conversation-1952-08-22-andrey-vyshinsky/clause-4",
      "r38b-1952-08-22-record-vyshinsky-zhou: link STANCE insists "
      "doc:record-of-conversation-1952-08-22-andrey-vyshinsky -> "
      "doc:record-of-conversation-1952-08-22-andrey-vyshinsky/clause-5",
      "r38b-1952-08-22-record-vyshinsky-zhou: stance accepts on point 5",
      "r38b-1952-08-22-record-vyshinsky-zhou: stance amends on point 3",
      "r38b-1952-08-22-record-vyshinsky-zhou: stance rejects on point 4",
      // Round 38: the visitor's positions on the points of the record of 22
      // August (reported speech), the answer to a record with no number, 'he
      // proposes' after Mao Zedong named two sentences before.
      "r38b-1952-08-30-cwihp-record-vyshinsky-zhou: clause 1 is a variant of "
      "null/3",
      "r38b-1952-08-30-cwihp-record-vyshinsky-zhou: clause 2 is a variant of "
      "null/3",
      "r38b-1952-08-30-cwihp-record-vyshinsky-zhou: clause 3 is a variant of "
      "null/3",
      "r38b-1952-08-30-cwihp-record-vyshinsky-zhou: clause 3 is a variant of "
      "null/4",
      "r38b-1952-08-30-cwihp-record-vyshinsky-zhou: document: clause 1: "
      "proposed by Mao Zedong|Zhou Enlai",
      "r38b-1952-08-30-cwihp-record-vyshinsky-zhou: document: clause 2: "
      "proposed by Mao Zedong|Zhou Enlai",
      "r38b-1952-08-30-cwihp-record-vyshinsky-zhou: document: clause 3: "
      "proposed by Mao Zedong|Zhou Enlai",
      "r38b-1952-08-30-cwihp-record-vyshinsky-zhou: responds to "
      "{\"authors\":[\"Vyshinsky\"],\"date\":\"1952-08-22\",\"note\":\"Zhou "
      "brings Mao's answer 'concerning the considerations which he had set out "
      "to me on 22 August, and concerning the remarks I had made on each of "
      "them': the record of 22 August "
      "(1952-08-22-record-vyshinsky-zhou.txt)\"}",
      "r38b-1952-08-30-cwihp-record-vyshinsky-zhou: stance amends on point 3",
      "r38b-1952-08-30-cwihp-record-vyshinsky-zhou: stance amends on point 4",
      "r38b-1952-08-30-cwihp-record-vyshinsky-zhou: stance conditional on "
      "point 3",
      "r38b-1952-08-30-cwihp-record-vyshinsky-zhou: stance drops on point 2",
      "r38b-1952-08-30-cwihp-record-vyshinsky-zhou: stance insists on point 1",
      // Round 38: Mao's positions on the Indian draft's points, reported in a
      // record of conversation; the draft is stored only as the TEI file's
      // reported points.
      "r38b-1952-11-22-record-panyushkin-mao: Organization Far Eastern "
      "Department|DVO|Far Eastern Department MID USSR",
      "r38b-1952-11-22-record-panyushkin-mao: Place Zhongnanhai",
      "r38b-1952-11-22-record-panyushkin-mao: stance conditional on point 1",
      "r38b-1952-11-22-record-panyushkin-mao: stance drops on prisoners_of_war",
      "r38b-1952-11-22-record-panyushkin-mao: stance rejects on point 17",
      "r38b-1952-11-22-record-panyushkin-mao: stance rejects on point 2",
      // Round 38: 'it would be better if the statement were made at the same
      // time' (amends) and 'Vyshinsky would receive the necessary instructions'
      // (accepts) take no position; the visitor's rejection of the Indian
      // resolution's point 17.
      "r38b-1953-03-21-record-molotov-zhou: clause 3 is a variant of null/3",
      "r38b-1953-03-21-record-molotov-zhou: clause 3 is a variant of null/4",
      "r38b-1953-03-21-record-molotov-zhou: stance accepts on point 4",
      "r38b-1953-03-21-record-molotov-zhou: stance amends on point 3",
      "r38b-1953-03-21-record-molotov-zhou: stance rejects on point 17",
      // Round 38: a memorandum of conversation takes no positions by number (a
      // choice of the linker); the Indian draft is no document of its own in
      // the pile.
      "r38b-frus-1952-11-25-memcon-acheson-pearson: Organization United States "
      "Delegation|U.S. Delegation|US Delegation",
      "r38b-frus-1952-11-25-memcon-acheson-pearson: Place "
      "Waldorf|Waldorf-Astoria",
      "r38b-frus-1952-11-25-memcon-acheson-pearson: clause a is a variant of "
      "A/C.1/734/17",
      "r38b-frus-1952-11-25-memcon-acheson-pearson: clause b is a variant of "
      "A/C.1/734/17",
      "r38b-frus-1952-11-25-memcon-acheson-pearson: document: clause b: topic "
      "prisoners_of_war",
      "r38b-frus-1952-11-25-memcon-acheson-pearson: stance accepts on point 1",
      "r38b-frus-1952-11-25-memcon-acheson-pearson: stance accepts on point 2",
      "r38b-frus-1952-11-25-memcon-acheson-pearson: stance insists on point 17",
      // Round 38: the Indian draft's paragraphs quoted in a TEI list are read
      // as the report's own points, proposed by Menon, not as an embedded
      // document.
      "r38b-frus-tei-1952-11-20-delga-236: Organization Canadian "
      "Delegation|Canadian Del",
      "r38b-frus-tei-1952-11-20-delga-236: Organization Indian Embassy|Indian "
      "Embassy Peking",
      "r38b-frus-tei-1952-11-20-delga-236: Organization UK Delegation|UK "
      "Del|UK",
      "r38b-frus-tei-1952-11-20-delga-236: clause 17 is a variant of null/a",
      "r38b-frus-tei-1952-11-20-delga-236: clause 17 is a variant of null/b",
      "r38b-frus-tei-1952-11-20-delga-236: embedded[0] exists",
      // Round 38: 'KHODES [Hodes], replying to the principles our side tabled
      // on 3 December, set out the American position in four points': the
      // proposer falls to 'tabled'; Li Kenong's report is typed a report, not a
      // telegram.
      "r38c-1951-12-09-cable-26847: embedded[0]: clause 1: proposed by "
      "Hodes|KHODES",
      "r38c-1951-12-09-cable-26847: embedded[0]: clause 2: proposed by "
      "Hodes|KHODES",
      "r38c-1951-12-09-cable-26847: embedded[0]: clause 3: proposed by "
      "Hodes|KHODES",
      "r38c-1951-12-09-cable-26847: embedded[0]: clause 3: topic buffer_zone",
      "r38c-1951-12-09-cable-26847: embedded[0]: clause 4: proposed by "
      "Hodes|KHODES",
      "r38c-1951-12-09-cable-26847: embedded[0]: type telegram (got 'report')",
      // Round 38: the book after the citation (Torkunov, ROSSPEN, Moscow); a
      // position by topic on the forwarded report's points.
      "r38c-1951-12-12-telegram-7638: Organization ROSSPEN",
      "r38c-1951-12-12-telegram-7638: Person Torkunov|A.V. Torkunov",
      "r38c-1951-12-12-telegram-7638: Place Moscow",
      "r38c-1951-12-12-telegram-7638: link STANCE accepts "
      "doc:telegram-7638-1951-12-12 -> "
      "doc:cable-26847-1951-12-09/report-1951-12-08/clause-1",
      // Round 38: 'Europe' and the title number transposed against the body's.
      "r38c-1952-04-29-telegram-601386: Place Europe",
      "r38c-1952-04-29-telegram-601386: clause a is a variant of 26847/2",
      "r38c-1952-04-29-telegram-601386: clause b is a variant of 26847/5",
      "r38c-1952-04-29-telegram-601386: link STANCE rejects "
      "doc:telegram-601386-sh-1952-04-29 -> "
      "doc:telegram-hnc-1162-1952-04-28/clause-a",
      "r38c-1952-04-29-telegram-601386: link STANCE rejects "
      "doc:telegram-601386-sh-1952-04-29 -> "
      "doc:telegram-hnc-1162-1952-04-28/clause-b",
      // Round 38: 'Request authority to declare recesses of up to 7 days'
      // amends para 3 in the writer's reading and none in Parley's; a clause's
      // lineage.
      "r38c-frus-1952-05-16-cx-68196: clause 2 is a variant of 908339/3",
      "r38c-frus-1952-05-16-cx-68196: document: clause 2: topic "
      "negotiation_procedure",
      "r38c-frus-1952-05-16-cx-68196: stance amends on point 3",
      // Round 38: topics of points on airfields and observers; a clause's
      // lineage to the package of 28 April.
      "r38c-frus-tei-1952-05-10-jcs-908339: clause 2 is a variant of 601386/a",
      "r38c-frus-tei-1952-05-10-jcs-908339: document: clause 4: topic "
      "prisoners_of_war",
      "r38c-frus-tei-1952-05-10-jcs-908339: document: clause c: topic "
      "prisoners_of_war",
      // A lineage link that moved to a nearer version among round 37's pages.
      "1951-10-29-telegram-mao-peng-kim: clause 4 is a variant of 58115/3",
      "r11b-frus-tei-1953-07-24-memo-president: clause 7 is a variant of 571/a",
      "r26b-1952-02-06-telegram-16471: clause 3 is a variant of 806/13(e)",
      "r32a-frus-tei-1953-05-10-cx-62384: clause 3 is a variant of 62352/3",
      "r32a-frus-tei-1953-05-10-cx-62384: clause 4 is a variant of 62352/4",
      // Round 37, writer a (the demarcation line of item 2, October-November
      // 1951, reported from the table; blind, 217 of 239): a proposer given as
      // "KHODES [Hodes]"; footnote and citation persons and the services "USA",
      // "USN"; a condition the writer states as "ready to go on ..., provided";
      // lineage across the table.
      "r37a-1951-10-28-telegram-6431: Organization Cold War International "
      "History Project|CWIHP",
      "r37a-1951-10-28-telegram-6431: Person Kathryn Weathersby|Weathersby",
      "r37a-1951-11-09-telegram-25768: clause 3 is a variant of 491/a",
      "r37a-1951-11-09-telegram-25768: embedded[0]: clause 1: proposed by "
      "Hodes|KHODES",
      "r37a-1951-11-09-telegram-25768: embedded[0]: clause 2: proposed by "
      "Hodes|KHODES",
      "r37a-1951-11-09-telegram-25768: embedded[0]: clause 3: proposed by "
      "Hodes|KHODES",
      "r37a-frus-1951-10-26-hnc-491: Organization United States Army|USA|US "
      "Army",
      "r37a-frus-1951-10-26-hnc-491: Organization United States Navy|USN|US "
      "Navy",
      "r37a-frus-1951-10-26-hnc-491: Person Hermes|Walter G. Hermes",
      "r37a-frus-1951-10-26-hnc-491: clause a is a variant of 506/c",
      "r37a-frus-tei-1951-11-08-hnc-506: clause c is a variant of 491/a",
      "r37a-frus-tei-1951-11-08-hnc-506: stance conditional on point 3",
      // Round 37, writer b (inspection and the supervisory commission of item
      // 3; blind, 323 of 351): a reply that answers a draft of the other side
      // by its date ("On 24 February the enemy's staff officers handed over a
      // new draft") and no document of its own side; "accept only in part"; the
      // writer's own point dropped ("the second point of my telegram of 29
      // January"); the package of 28 April proposed by no one the page names at
      // the table; footnote persons.
      "r37b-1952-01-29-telegram-15918: document: clause 2: proposed by Mao "
      "Zedong",
      "r37b-1952-01-29-telegram-15918: embedded[0]: clause 1: proposed by "
      "Turner|TURNER",
      "r37b-1952-01-29-telegram-15918: embedded[0]: clause 2: proposed by "
      "Turner|TURNER",
      "r37b-1952-01-29-telegram-15918: embedded[0]: clause 3: proposed by "
      "Turner|TURNER",
      "r37b-1952-01-29-telegram-15918: embedded[0]: clause 4: proposed by "
      "Turner|TURNER",
      "r37b-1952-01-29-telegram-15918: embedded[0]: type telegram (got "
      "'message')",
      "r37b-1952-02-01-telegram-583: Organization Atlantic bloc|North Atlantic "
      "Treaty Organization|NATO|Атлантический блок",
      "r37b-1952-02-01-telegram-583: link STANCE rejects "
      "doc:telegram-583-1952-02-01 -> "
      "doc:telegram-15918-1952-01-29/message-1952-01-28/clause-1",
      "r37b-1952-02-01-telegram-583: link STANCE rejects "
      "doc:telegram-583-1952-02-01 -> "
      "doc:telegram-15918-1952-01-29/message-1952-01-28/clause-4",
      "r37b-1952-03-09-cable-17352: clause a is a variant of 15918/2",
      "r37b-1952-03-09-cable-17352: clause a is a variant of 926/5",
      "r37b-1952-03-09-cable-17352: stance amends on point 1",
      "r37b-1952-03-09-cable-17352: stance amends on point 2",
      "r37b-1952-03-09-cable-17352: stance amends on point 4",
      "r37b-1952-03-09-cable-17352: stance rejects on point 3",
      "r37b-1952-03-09-cable-17352: stance rejects on point 5",
      "r37b-1952-05-04-cwihp-19046: Organization Cornell University Press",
      "r37b-1952-05-04-cwihp-19046: Person Rosemary Foot|Foot",
      "r37b-1952-05-04-cwihp-19046: Place Ithaca",
      "r37b-frus-1952-02-24-hnc-926: document: clause 5: topic supervision",
      "r37b-frus-tei-1952-04-27-cx-67440: clause 2 is a variant of 17352/a",
      "r37b-frus-tei-1952-04-27-cx-67440: clause 2 is a variant of 926/5",
      "r37b-frus-tei-1952-04-27-cx-67440: document: clause 1: proposed by "
      "Joy|C. Turner Joy|Ridgway",
      "r37b-frus-tei-1952-04-27-cx-67440: document: clause 2: proposed by "
      "Joy|C. Turner Joy|Ridgway",
      "r37b-frus-tei-1952-04-27-cx-67440: document: clause 3: proposed by "
      "Joy|C. Turner Joy|Ridgway",
      "r37b-frus-tei-1952-04-27-cx-67440: stance drops on point 3",
      // Round 37, writer c (archive pages as they come, items 4 and 5 in 1953;
      // blind, 306 of 325): OCR slips ("NAM lL"); a Russian original
      // lettered otherwise than its translation; topics; "struck out" of the
      // writers' own draft read as rejecting; "unacceptable as it stands" read
      // as amending.
      "r37c-1953-05-04-telegram-11266: Person Nam Il|NAM lL|NAM IL",
      "r37c-1953-05-04-telegram-11266: document: clause 3: topic ceasefire",
      "r37c-1953-05-06-telegram-5463: Person Kathryn Weathersby|Weathersby",
      "r37c-1953-05-06-telegram-5463: document: clause 4: topic ceasefire",
      "r37c-1953-05-07-cwihp-11628: stance drops on point е",
      "r37c-frus-1953-05-07-cx-62362: Person Walter G. Hermes|Hermes",
      "r37c-frus-tei-1953-05-09-jcs-938602: document: clause 1: topic "
      "prisoners_of_war",
      "r37c-frus-tei-1953-05-09-jcs-938602: document: clause 2: topic "
      "supervision",
      "r37c-frus-tei-1953-05-09-jcs-938602: link STANCE amends "
      "doc:telegram-jcs-938602-1953-05-09 -> "
      "doc:telegram-cx-62362-1953-05-07/clause-6",
      "r37c-frus-tei-1953-05-09-jcs-938602: link STANCE insists "
      "doc:telegram-jcs-938602-1953-05-09 -> "
      "doc:telegram-cx-62362-1953-05-07/clause-7",
      "r37c-frus-tei-1953-05-09-jcs-938602: link STANCE insists "
      "doc:telegram-jcs-938602-1953-05-09 -> "
      "doc:telegram-cx-62362-1953-05-07/clause-8",
      "r37c-frus-tei-1953-05-09-jcs-938602: stance rejects on point 6",
      // Since its points are read as Zhou Enlai's ("our delegation" tables
      // them, round 36), clause 3 is no longer tied as a version of 498's
      // point 2; why is not yet understood.
      "r20b-1953-11-21-cable-zhou-enlai-huang-hua: clause 3 is a variant of "
      "498/2",
      // Round 36, writer a (whole lists with exceptions; pages scored blind,
      // 242
      // of 271): topics the writer reads from a clause's purpose; Molotov's own
      // wording of point 3 ("We propose that point 3 read as follows:") is not
      // read as a clause of his; the lineage of the Communist paras; the
      // sentence reporting the Communist staff officers' draft is read as the
      // writer insisting on the prisoners, tied to the points of JCS 92059,
      // which the report cites.
      "r36a-1952-01-26-cable-15792: document: clause 5: topic "
      "movement_restriction",
      "r36a-1953-05-04-telegram-12436: clause 1 is a variant of 63344/17",
      "r36a-frus-1952-02-15-jcs-901162: document: clause 3: topic supervision",
      "r36a-frus-tei-1952-02-14-c-63344: document: clause 19: topic "
      "supervision",
      "r36a-frus-tei-1952-02-14-c-63344: link RESPONDS_TO  "
      "doc:telegram-c-63344-1952-02-14 -> doc:telegram-jcs-92059-1952-01-31",
      // Round 36, writer b (item 5 and the civilians; blind, 231 of 250): a
      // sub-
      // point given up on a condition; the date of an agreed text quoted
      // without
      // its own; the lineage of the civilians' paragraph; topics.
      "r36b-1952-02-03-telegram-16218: document: clause в: topic "
      "political_settlement",
      "r36b-1952-02-05-telegram-771: stance conditional on point в",
      "r36b-1952-03-01-cable-17264: clause 2 is a variant of 900426/c",
      "r36b-1952-03-01-cable-17264: clause 3 is a variant of 900426/a",
      "r36b-1952-03-01-cable-17264: embedded[0]: date 1952-02-19 (got "
      "1952-03-01)",
      "r36b-1952-03-01-cable-17264: stance drops on point в",
      // Round 36, writer c (the recess of October 1952 and the resumption of
      // April 1953, pages as archives have them; blind, 263 of 291): a FRUS
      // editorial note's quoted message takes no heading of its own; points
      // named by word in an OCR'd cable ("tbe"); a body named by a hyphenated
      // side; a reply whose telegram number differs in its title.
      "r36c-1952-10-14-cable-5391: stance amends on point 3",
      "r36c-1953-04-21-cwihp-telegram-12139: Organization Korean-Chinese "
      "delegation",
      "r36c-1953-04-21-cwihp-telegram-12139: Organization State Administrative "
      "Council",
      "r36c-1953-04-23-telegram-5097: Organization Korean-Chinese delegation",
      "r36c-1953-04-23-telegram-5097: link RESPONDS_TO  "
      "doc:telegram-5097-1953-04-23 -> doc:telegram-12208-1953-04-23",
      "r36c-1953-04-23-telegram-5097: responds to {\"number\":\"12139\"}",
      "r36c-frus-1953-04-26-editorial-note-487: Person Walter G. Hermes|Hermes",
      "r36c-frus-1953-04-26-editorial-note-487: clause 1 is a variant of "
      "12139/1",
      "r36c-frus-1953-04-26-editorial-note-487: clause 2 is a variant of "
      "12139/2",
      "r36c-frus-1953-04-26-editorial-note-487: clause 3 is a variant of "
      "12139/3",
      "r36c-frus-1953-04-26-editorial-note-487: clause 4 is a variant of "
      "12139/4",
      "r36c-frus-1953-04-26-editorial-note-487: clause 5 is a variant of "
      "12139/5",
      "r36c-frus-1953-04-26-editorial-note-487: clause 6 is a variant of "
      "12139/6",
      "r36c-frus-1953-04-26-editorial-note-487: embedded[0]: author Clark|Mark "
      "W. Clark",
      "r36c-frus-1953-04-26-editorial-note-487: embedded[0]: clause 1: "
      "proposed by Nam Il",
      "r36c-frus-1953-04-26-editorial-note-487: embedded[0]: clause 2: "
      "proposed by Nam Il",
      "r36c-frus-1953-04-26-editorial-note-487: embedded[0]: clause 3: "
      "proposed by Nam Il",
      "r36c-frus-1953-04-26-editorial-note-487: embedded[0]: clause 4: "
      "proposed by Nam Il",
      "r36c-frus-1953-04-26-editorial-note-487: embedded[0]: clause 5: "
      "proposed by Nam Il",
      "r36c-frus-1953-04-26-editorial-note-487: embedded[0]: clause 6: "
      "proposed by Nam Il",
      "r36c-frus-1953-04-26-editorial-note-487: embedded[0]: date 1953-04-26 "
      "(got )",
      "r36c-frus-1953-04-26-editorial-note-487: embedded[0]: number 1587",
      "r36c-frus-1953-04-26-editorial-note-487: embedded[0]: recipient Joint "
      "Chiefs of Staff|JCS",
      "r36c-frus-1953-04-26-editorial-note-487: embedded[0]: source "
      "citation=795.00/4–2653",
      "r36c-frus-tei-1952-10-08-hnc-1341: Organization Naval Forces, Far East",
      "r36c-frus-tei-1952-10-08-hnc-1341: Place Korea",
      // The item heading names a "memorandum of conversation", which is a
      // memorandum as FRUS's are (frus-1951-11-09-memcon-690 expects it);
      // a "record of conversation" is a conversation. A resolution
      // (постановление) is a decision, as the Politburo's are.
      "1952-08-20-cwihp-conversation-stalin-zhou: document: type conversation "
      "(got 'memorandum')",
      // Stalin's withdrawal "within 2-3 months" descends, by its words, from
      // the Joint Chiefs' point 4 of 8 February 1952; that line goes back to
      // the agenda's item 5 of 26 July 1951 ("Recommendations to the
      // governments"), which shares no word or topic with the withdrawal of
      // foreign troops it replaced, so the lineage stops short of Kim Il
      // Sung's point 5.
      "1952-09-19-cwihp-conversation-stalin-zhou: clause 3 is a variant of "
      "21404/5",
      // Quoted documents set off otherwise than by quotation marks or an
      // introduction the readers know: a draft under its own heading
      // (334/ag), a proposed message run into the telegram (JCS-89114). A
      // delegation report passed on whole ("Signed Joy") names no
      // addressee; its number ("Adv HNC 513") makes it a telegram of the
      // delegation's series, where this page's expected file says message
      // (round 6's say telegram for the same form).
      "1951-11-20-cwihp-memo-334: embedded[0] exists",
      "frus-1951-12-07-jcs-89114: embedded[0] exists",
      "frus-tei-1951-12-04-c-58639: embedded[0]: recipient "
      "Ridgway|CINCUNC|Commander in Chief, United Nations Command",
      // A reply naming what it answers only as "Your telegrams [of 30
      // June]" (an editor's date) or by the other side's numbers
      // ("1211-1220."), and stances taken on points by their content
      // where the points' words differ from the reply's.
      "1951-06-30-cwihp-3917: responds to {\"authors\":[\"Mao "
      "Zedong\"],\"date\":\"1951-06-30\",\"number\":\"21336\"}",
      "1951-06-30-cwihp-3917: responds to {\"authors\":[\"Mao "
      "Zedong\"],\"date\":\"1951-06-30\",\"number\":\"21340\"}",
      "1951-06-30-cwihp-3917: stance amends on negotiation_procedure",
      "1951-06-30-cwihp-3917: stance insists on negotiation_procedure",
      "1953-07-04-telegram-13464: responds to "
      "{\"date\":\"1953-07-03\",\"number\":\"1211-1220\"}",
      "1953-07-04-telegram-13464: stance accepts on negotiation_procedure",
      "frus-1951-12-07-jcs-89114: stance accepts on withdrawal",
      "frus-1951-12-07-jcs-89114: stance amends on supervision",
      "frus-1951-12-07-jcs-89114: stance rejects on movement_restriction",
      "frus-tei-1952-02-27-jcs-902160: stance rejects on supervision",
      // 709 accepts Mao's plan; the linker ties it to a point of the
      // agreement of 23 November quoted in Mao's telegram.
      "1952-02-03-telegram-709: link STANCE accepts "
      "doc:telegram-709-1952-02-03 -> "
      "doc:telegram-16002-1952-01-31/agreement-1951-11-23/clause-2",
      // A point reporting the other side's wish (21340/2).
      "1951-06-30-telegram-21340: document: clause 2: proposed by Mao "
      "Zedong|MAO ZEDONG",
      // Miles become km to a tenth (16.1), the figures as written kept
      // beside; this file wants hundredths.
      "1951-07-05-telegram-21497: embedded[0]: clause 2: distance_km=16.09 "
      "(got [{\"from\":\"38th "
      "parallel\",\"max\":16.1,\"min\":16.1,\"unit\":\"km\",\"written\":{"
      "\"max\":10,\"min\":10,\"unit\":\"mile\"}}])",
      // Topics the cues do not reach: answers about forces of the other
      // side's rear.
      "frus-tei-1951-12-04-c-58639: embedded[0]: clause 2: topic "
      "movement_restriction",
      // A stamp in a form the readers do not take: "From: Peking, 15:00,
      // 30 June 1951." as the receipt.
      "1951-06-30-telegram-21340: document: received 1951-06-30T15:00 (got )",
      // Offices as addressees ("Soviet Ambassador"), names only a footnote
      // gives or the gazetteer lacks, and places named as adjectives.
      "1953-07-04-telegram-13464: Person Soviet Ambassador|Soviet Ambassador "
      "in Beijing",
      "1953-07-04-telegram-13464: document: recipient Soviet Ambassador|Soviet "
      "Ambassador in Beijing",
      "frus-tei-1951-12-04-c-58639: Person Hickman",
      "frus-tei-1951-12-04-c-58639: Person Libby",
      "frus-tei-1951-12-04-c-58639: Person Lee Sang Cho|Lee",
      "frus-1951-12-07-jcs-89114: Organization Department of State|State",
      "frus-tei-1952-02-27-jcs-902160: Place United States|US",
      // Pages of the second round (503318, P84/560, memcon 690, ZX 36484).
      // A delegation named in running text ("headed by NAM IL, with DENG
      // HUA and XIE FANG").
      "1951-10-08-telegram-503318: document: delegation exists",
      // An ambassador named only in the decision as the relay.
      "1951-12-01-politburo-P84-560: embedded[0]: via Roshchin|Рощин|N.V. "
      "Roshchin",
      // A memorandum of conversation: the other side's points reported in
      // numbered paragraphs with lettered points under them, read as points
      // points of the memorandum with no proposer.
      "frus-1951-11-09-memcon-690: document: clause a: proposed by Lee Sang "
      "Cho|Lee",
      "frus-1951-11-09-memcon-690: document: clause b: proposed by Lee Sang "
      "Cho|Lee",
      // Point 2 (no armed forces to enter the zones) is read as buffer zone
      // and procedure, not movement restriction.
      "1951-10-04-cable-24556: embedded[0]: clause 2: topic "
      "movement_restriction",
      // "We consider correct Comrade PENG DEHUAI's proposal on the
      // demarcation line: to give up the demand for the 38th parallel ..."
      // is read by its "give up": a drop, not the approval it is.
      "1951-10-05-telegram-6027: link STANCE drops "
      "doc:telegram-6027-1951-10-05 -> "
      "doc:cable-24556-1951-10-04/telegram-1951-10-03/clause-4",
      "1951-10-05-telegram-6027: stance insists on demarcation_line",
      // A point takes one position, the claim that names it most closely:
      // "no reason to give way ... on the question of the prisoners of
      // war" (insists) over the support of Mao's stand in the talks.
      "1952-07-17-telegram-3758: stance supports on prisoners_of_war",
      // Stalin's answer to Mao's telegram of 20 July, which is not in the
      // pile: the position (drops) is read, and has no point to tie to.
      "1951-07-21-telegram-filippov-mao: stance drops on "
      "foreign_forces_withdrawal",
      // "I send you ... the telegram of Comrade Peng Dehuai. We consider his
      // proposals under point 2 correct ...": the quoted text is named a
      // message by its own first line, and Mao's approval of the points it
      // forwards is a position within the page, which STANCE (a reply's
      // position on an earlier document) does not hold.
      "1951-10-31-telegram-25431: stance accepts on point а",
      "1951-10-31-telegram-25431: stance accepts on point б",
      "1951-10-31-telegram-25431: stance accepts on point в",
      "1951-10-31-telegram-25431: stance accepts on point г",
      // Gromyko's memo under "[Attachment]" opens "To Comrade STALIN I.V."
      // like a message, and is named one.
      "1952-04-26-politburo-P86-33: embedded[1]: type memorandum (got "
      "'message')",
      "1952-04-26-politburo-P86-33: embedded[1]: recipient Stalin|STALIN I.V.",
      // The demarcation-line lineage runs through many steps; with round
      // 11's pages in the pile (Mao's cable of 22 October 1951 among them)
      // 25431's point б reaches 21404/2 within the checker's eight steps,
      // and JCS 86804/2 does not.
      // With Stalin's telegram 6027 of 5 October in the pile (written after
      // this expected file), Kim Il Sung's answer to "your telegram of 5
      // October" ties to it.
      "1951-10-08-telegram-503318: link RESPONDS_TO  "
      "doc:telegram-503318-sh-1951-10-08/letter-1951-10-08 -> "
      "doc:telegram-6027-1951-10-05",
      // Round 5 (2026-12-04), FRUS pages and TEI. The delegation's
      // recommendations on the points it reports ("accept b and d, propose
      // Taegu in place of Suwon in c") are positions within the page, which
      // STANCE does not hold.
      "frus-1952-03-18-hnc-1041: stance accepts on point b",
      "frus-1952-03-18-hnc-1041: stance accepts on point d",
      "frus-1952-03-18-hnc-1041: stance accepts on point e",
      "frus-1952-03-18-hnc-1041: stance amends on point c",
      // The file's first document (Clark's letter) is the file's first
      // record, and its names are that one's; "Lee read fol statement and
      // handed over the English text" names Lee Sang Cho by surname and no
      // proposal, so his four points are a quoted document of no author; the
      // League of Red Cross Societies is in no gazetteer.
      "frus-tei-1953-04-08-c-61765: Organization Chinese People's Volunteers",
      "frus-tei-1953-04-08-c-61765: Organization Korean People's Army",
      "frus-tei-1953-04-08-c-61765: Organization League of Red Cross Societies",
      "frus-tei-1953-04-08-c-61765: Person Kim Il Sung",
      "frus-tei-1953-04-08-c-61765: Person Peng Dehuai|Peng Teh-huai",
      "frus-tei-1953-04-08-c-61765: Place Geneva",
      "frus-tei-1953-04-08-c-61765: document: clause 1: proposed by Lee Sang "
      "Cho|Lie Sang Cho|Li Sang Cho",
      "frus-tei-1953-04-08-c-61765: document: clause 3 (absent)",
      "frus-tei-1953-04-08-c-61765: document: clause 3 exists",
      "frus-tei-1953-04-08-c-61765: document: clause 4 (absent)",
      "frus-tei-1953-04-08-c-61765: document: clause 4 exists",
      // The Joint Chiefs' reply to CX 62413, which is not in the pile: its
      // positions have nothing to tie to; the 120 days of its point 3 and its
      // point 4 are not read.
      "frus-tei-1953-05-15-jcs-938989: Place United States|US",
      "frus-tei-1953-05-15-jcs-938989: document: clause 3: duration_days=120 "
      "(got [])",
      "frus-tei-1953-05-15-jcs-938989: document: clause 3: topic "
      "prisoners_of_war",
      "frus-tei-1953-05-15-jcs-938989: stance amends on prisoners_of_war",
      // Li Kenong's five points open with a mark of their own ("„1.", "‘1.")
      // after "the delegation proposes:" and are read as one more quoted
      // document inside his telegram; "the telegram of Cde. LI KENONG" does
      // not type the quotation.
      "1952-03-21-telegram-17618: embedded[0]: clause 1 (absent)",
      "1952-03-21-telegram-17618: embedded[0]: clause 1 exists",
      "1952-03-21-telegram-17618: embedded[0]: clause 2 (absent)",
      "1952-03-21-telegram-17618: embedded[0]: clause 2 exists",
      "1952-03-21-telegram-17618: embedded[0]: clause 3 (absent)",
      "1952-03-21-telegram-17618: embedded[0]: clause 3 exists",
      "1952-03-21-telegram-17618: embedded[0]: clause 4 (absent)",
      "1952-03-21-telegram-17618: embedded[0]: clause 4 exists",
      "1952-03-21-telegram-17618: embedded[0]: clause 5 (absent)",
      "1952-03-21-telegram-17618: embedded[0]: clause 5 exists",
      // The reply's numbered paragraphs are read as stances, not as clauses;
      // its amendments а)-в) to the third proposal get no proposer; "accept
      // with the following amendment" is read as accepts.
      "1952-03-24-politburo-P85-290: embedded[0]: clause 1 (absent)",
      "1952-03-24-politburo-P85-290: embedded[0]: clause 1 exists",
      "1952-03-24-politburo-P85-290: embedded[0]: clause 3 (absent)",
      "1952-03-24-politburo-P85-290: embedded[0]: clause 3 exists",
      "1952-03-24-politburo-P85-290: embedded[0]: clause 4 (absent)",
      "1952-03-24-politburo-P85-290: embedded[0]: clause 4 exists",
      "1952-03-24-politburo-P85-290: embedded[0]: clause 5 (absent)",
      "1952-03-24-politburo-P85-290: embedded[0]: clause 5 exists",
      "1952-03-24-politburo-P85-290: embedded[0]: clause а: proposed by "
      "Stalin|Filippov|ФИЛИППОВ",
      "1952-03-24-politburo-P85-290: embedded[0]: clause б: proposed by "
      "Stalin|Filippov|ФИЛИППОВ",
      "1952-03-24-politburo-P85-290: embedded[0]: clause б: topic supervision",
      "1952-03-24-politburo-P85-290: embedded[0]: clause в: proposed by "
      "Stalin|Filippov|ФИЛИППОВ",
      "1952-03-24-politburo-P85-290: stance amends on point 3",
      // "State and Defense" names the departments by one word; point 4 (the
      // 30 days are no cease-fire) is read as buffer zone.
      // The Joint Chiefs are named only in a note; Tokyo stands in the
      // dateline of the file's other document, and is that one's.
      "frus-tei-1953-04-26-hnc-1586: Organization Joint Chiefs of Staff|JCS",
      "frus-tei-1953-04-26-hnc-1586: Place Tokyo",
      // Round 4 (2026-12-03), FRUS pages and TEI files. A draft tabled and
      // quoted in a report is a document embedded in it (the corpus
      // README's `embedded`); these files want its points on the report,
      // and the quoted draft letters as letters signed by the sender.
      "frus-1952-02-06-c-62859: document: clause 1 (absent)",
      "frus-1952-02-06-c-62859: document: clause 1 exists",
      "frus-1952-02-06-c-62859: document: clause 2 (absent)",
      "frus-1952-02-06-c-62859: document: clause 2 exists",
      "frus-1952-02-06-c-62859: document: clause 3 (absent)",
      "frus-1952-02-06-c-62859: document: clause 3 exists",
      "frus-1953-03-29-cx-61673: document: clause a (absent)",
      "frus-1953-03-29-cx-61673: document: clause a exists",
      "frus-1953-03-29-cx-61673: embedded[0]: type letter (got 'message')",
      "frus-tei-1953-03-28-cx-61673: embedded[0]: clause 1: topic "
      "negotiation_procedure",
      "frus-tei-1953-03-28-cx-61673: embedded[0]: type letter (got 'message')",
      // The reply cites "Reurmsg C 62859": the link holds (the expected file
      // leaves responds_to empty), and the points tie through it only where
      // the numbering fits; "cannot be accepted in this wording" is read as
      // a rejection, not an amendment.
      "frus-1952-02-08-jcs-900561: link RESPONDS_TO  "
      "doc:telegram-jcs-900561-1952-02-08 -> doc:telegram-c-62859-1952-02-06",
      // Topics the cues do not reach, stances by topic in a conditional
      // acceptance, offices and places named only in a footnote or as an
      // abbreviation, and a reply to a letter the page dates only by its
      // contents.
      "frus-1952-02-08-jcs-900561: document: clause 7: topic "
      "political_settlement",
      "frus-1953-03-29-cx-61673: stance accepts on prisoners_of_war",
      "frus-1953-03-29-cx-61673: stance conditional on negotiation_procedure",
      "frus-tei-1951-06-30-jcs-95354: document: clause a: topic ceasefire",
      "frus-tei-1953-05-09-da-938571: stance amends on political_settlement",
      "frus-tei-1953-05-09-da-938571: stance conditional on prisoners_of_war",
      // Round 4: the points of the quoted draft letter are Clark's own,
      // tied to him through the letter, not as his proposals; its lettered
      // paragraph b follows the letter inside the quotation.
      "frus-1953-03-29-cx-61673: document: clause b exists",
      "frus-1953-03-29-cx-61673: embedded[0]: clause 1: topic "
      "negotiation_procedure",
      // Round 5: Mao agrees with Stalin's advice, which has no points, so
      // there is no clause for the STANCE edge to reach.
      "1951-08-30-cwihp-23397: stance accepts on negotiation_procedure",
      // Round 6. The embedded agenda's kind is "proposal", a word the model
      // has no type for; "limitation
      // of the discussions to military questions" and "composition and
      // functions of these teams" carry no topic cue.
      "1951-07-13-telegram-21810: embedded[0]: clause 8: topic supervision",
      "1951-07-13-telegram-21810: embedded[0]: type proposal (got 'message')",
      // Li Kenong's report of Nam Il's points ("NAM IL, in the name of our
      // side, added two more principles ..."): its clauses 2 and 3 are not
      // tied as versions of the UNC's points of 27 November.
      // "He then informed me that ... the delegation ... intends to table
      // the following proposals": "he" (Zhou Enlai) is two sentences back;
      // the readers give the points to the persons the sentence names.
      "1953-04-23-cwihp-12208: document: clause 1: proposed by Zhou Enlai|ZHOU "
      "ENLAI",
      "1953-04-23-cwihp-12208: document: clause 2: proposed by Zhou Enlai|ZHOU "
      "ENLAI",
      "1953-04-23-cwihp-12208: document: clause 3: proposed by Zhou Enlai|ZHOU "
      "ENLAI",
      "1953-04-23-cwihp-12208: document: clause 4: proposed by Zhou Enlai|ZHOU "
      "ENLAI",
      "1953-04-23-cwihp-12208: document: clause 5: proposed by Zhou Enlai|ZHOU "
      "ENLAI",
      "1953-04-23-cwihp-12208: document: clause 6: proposed by Zhou Enlai|ZHOU "
      "ENLAI",
      // "For my part I consider the proposed six-month period in point 3
      // too long": the Soviet ambassador's own position on a point of the
      // Chinese-Korean side, one camp but another government; the
      // expected file lists no positions for the page.
      "1953-04-23-cwihp-12208: link STANCE amends "
      "doc:telegram-12208-1953-04-23 -> doc:telegram-12208-1953-04-23/clause-3",
      // "Do not insist that the prisoners ... be taken to a neutral state"
      // falls by its topics on points 2 and 3 of 12208; the expected file
      // reads it as Molotov's own point 2 amending point 2 instead.
      "1953-04-24-telegram-5140: clause 2 is a variant of 12208/2",
      "1953-04-24-telegram-5140: link STANCE drops "
      "doc:telegram-5140-1953-04-24 -> doc:telegram-12208-1953-04-23/clause-2",
      // "1. Cut the period set in point 3 ... from six months to four" in
      // the list of "the following changes in your proposals" amends point
      // 3; the expected file gives that as a revision, not a stance.
      "1953-04-24-telegram-5140: link STANCE amends "
      "doc:telegram-5140-1953-04-24 -> doc:telegram-12208-1953-04-23/clause-3",
      // The delegation's positions on the Communist principles in a report
      // that answers no message: STANCE needs a reply link.
      "frus-1951-12-08-c-58911: stance accepts on point 1",
      "frus-1951-12-08-c-58911: stance accepts on point 2",
      "frus-1951-12-08-c-58911: stance accepts on point 4",
      "frus-1951-12-08-c-58911: stance amends on point 5",
      // "The conference" alone names no political conference.
      // "(5)" alone in another paragraph of the report ("now reads: (5)
      // ...") is no list.
      "frus-tei-1951-12-03-c-58579: clause 5 is a variant of 58115/5",
      "frus-tei-1951-12-03-c-58579: embedded[0]: clause 5 (absent)",
      "frus-tei-1951-12-03-c-58579: embedded[0]: clause 5 exists",
      // Clark's acceptance ties by topic to the Joint Chiefs' point a; the
      // expected file gives that point no such position.
      "frus-tei-1953-05-14-cx-62413: document: clause a: topic "
      "prisoners_of_war",
      "frus-tei-1953-05-14-cx-62413: link STANCE accepts "
      "doc:telegram-cx-62413-1953-05-14 -> "
      "doc:telegram-jcs-938626-1953-05-11/clause-a",
      // Round 7 (pages scored blind first: 450 of 503). "Your No. 4812"
      // cites a telegram the pile lacks.
      "1951-10-24-telegram-503742: responds to "
      "{\"authors\":[\"Vasilevsky\"],\"date\":\"1951-10-23\",\"number\":"
      "\"4812\"}",
      // The Indian draft resolution: a resolution is a decision in the
      // model; "the Soviet delegation" and "the American
      // delegation" are no gazetteer bodies.
      "1952-11-18-cwihp-27643: Organization American delegation",
      "1952-11-18-cwihp-27643: embedded[0]: clause 6: topic prisoners_of_war",
      // The Joint Chiefs answer C-58115 by paragraphs numbered 1-6 of their
      // own while naming the Communists' principles by number: the reply
      // link's numbering check calls that a conflict, the link is weak,
      // and a weak link ties no position by number.
      "frus-1951-11-29-jcs-87719: document: clause 2: topic withdrawal",
      // By topic, the commission (amended: "but the commission must be
      // supported by joint observer teams") falls on principle 4 as well.
      // "The Department" alone; Tokyo in the second document of a TEI file;
      // the quoted C 62235's addressee ("from
      // General Clark to JCS" in the introduction). The Secretary's
      // counter-points revise Nam Il's by their words, which differ; his
      // prose on points (2) and (3) reads as acceptance.
      "frus-tei-1952-09-28-hnc-1322: Place Tokyo",
      "frus-tei-1953-05-09-telegram-1217: embedded[0]: recipient Joint Chiefs "
      "of Staff|JCS",
      // Round 8 (pages scored blind first: 374 of 489). Mao answers a
      // telegram of 27 October the pile lacks: no reply link, so his
      // positions by topic tie to nothing.
      "1951-10-29-telegram-mao-peng-kim: responds to {\"authors\":[\"Peng "
      "Dehuai\",\"Kim Il Sung\"],\"date\":\"1951-10-27\"}",
      "1951-10-29-telegram-mao-peng-kim: stance accepts on buffer_zone",
      "1951-10-29-telegram-mao-peng-kim: stance accepts on demarcation_line",
      "1951-10-29-telegram-mao-peng-kim: stance amends on withdrawal",
      "1951-10-29-telegram-mao-peng-kim: stance rejects on buffer_zone",
      // "Hwanghae Province" is no place of the gazetteer's.
      // "On Kaesong ... placed inside the demilitarized zone": the line is
      // named only through the zone.
      // Lineages the expected files draw by historical judgement across
      // months (prisoners within two months, the coastal islands): the
      // texts share too few words and terms for a version link.
      "frus-tei-1952-10-08-cx-56918: clause 1 is a variant of 21404/6",
      // With the Indian draft's points in the pile (1807), the chains from
      // Gadel 131's points run through them and telegram 1862: point 3 now
      // reaches the UNC's proposals of September, point 6 no longer does.
      // "not to bring into Korea ... any military units, arms or
      // ammunition" reads as military aid, not movement.
      "1951-12-04-telegram-600314: document: clause а: topic "
      "movement_restriction",
      // Clark's "six months of explanations would subject the PW to
      // prolonged pressure ... 60 days ... is ample" changes a point with
      // no word of refusal or amendment.
      "frus-1953-04-26-c-62071: stance amends on point 3",
      // Paragraphs that name their matter by a word the topic cues lack
      // ("the request for repatriation", "a written counterproposal", the
      // zone's "DMZ" in a prisoner point).
      "frus-1953-04-27-jcs-937241: document: clause 9: topic "
      "negotiation_procedure",
      "frus-tei-1952-10-10-jcs-920154: document: clause 1: topic buffer_zone",
      "frus-tei-1952-10-10-jcs-920154: document: clause 3: topic buffer_zone",
      // Names in the front matter and footnotes the gazetteer gives
      // otherwise ("State–Defense").
      "frus-tei-1952-10-08-cx-56918: Organization Korean People's Army",
      // "Personal for the Secretary": Acheson only in the footnote.
      "frus-tei-1952-11-21-gadel-131: document: recipient Acheson",
      // Rounds 9 and 10 (pages scored blind first: 253 of 319 and 280 of
      // 354). The same telegram of Mao's of 15 July 1952 is a page of its
      // own now: Kim Il Sung's answer quoted in 21775 answers it.
      "1952-07-16-telegram-21775: link RESPONDS_TO  "
      "doc:telegram-21775-1952-07-16/message-1952-07-16 -> "
      "doc:telegram-1952-07-15-mao-zedong",
      // Cable 26371 of 2 December 1951 gives the same point a day before
      // 600314 (its point 6, new there), nearer than Kim Il Sung's point 3
      // of 30 June; the chain back from it is not drawn.
      "1951-12-04-telegram-600314: clause а is a variant of 21404/3",
      // Points restated "word for word" from 27 November whose words the
      // print or the translation changed beyond a version link's reach.
      // Lineages by historical judgement across fourteen months (Stalin's
      // three points for the UN of September 1952 from Kim Il Sung's
      // seven of June 1951; Mao's steps of March 1953 from Nam Il's
      // proposal of May; Harrison's changes of Nam Il's points).
      "r10a-1952-09-17-cwihp-letter-filippov-mao: clause 1 is a variant of "
      "21404/1",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: clause 2 is a variant of "
      "21404/6",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: clause 3 is a variant of "
      "21404/5",
      // Airfields: the expected files of earlier rounds give such a point no
      // topic, this one supervision.
      "1952-05-02-telegram-502216: document: clause б: topic supervision",
      // The expected citation joins the Source field to the pages of the
      // citation block; the Source field is kept as printed.
      "1952-07-15-telegram-mao-kim-il-sung: document: source citation=Jianguo "
      "yilai Mao Zedong wengao, vol. 3, 488-489",
      // Vyshinsky sets out "the main provisions" of the Indian draft, summed
      // up: its number and the committee it went to are in the paragraph
      // before, not in the summing-up line; a resolution is a decision in
      // the model.
      "1952-11-17-cwihp-telegram-1807: embedded[0]: number A/C.1/734",
      "1952-11-17-cwihp-telegram-1807: embedded[0]: recipient First "
      "Committee|United Nations General Assembly",
      "1952-11-17-cwihp-telegram-1807: Place Korea",
      "1952-11-17-cwihp-telegram-1807: document: clause a: topic "
      "negotiation_procedure",
      // "State", "Defense", "Dept of State" alone, and "the Han estuary",
      // are no names of the gazetteer's; "Joy" alone is a word too.
      // Instructions that name their matter by words the topic cues do not
      // read so ("the principles ... acceptable as they stand", "the
      // conference site's neutral zone" as the talks' own arrangements,
      // not a buffer zone).
      "frus-1951-12-05-jcs-88140: document: clause 1: topic buffer_zone",
      "frus-1951-12-05-jcs-88140: document: clause 1: topic ceasefire",
      "frus-1951-12-05-jcs-88140: document: clause 1: topic supervision",
      "frus-1951-12-05-jcs-88140: document: clause 7: topic "
      "negotiation_procedure",
      "r10b-frus-1951-10-22-c-55613: embedded[0]: clause 4: topic "
      "movement_restriction",
      "r10b-frus-1951-10-22-c-55613: embedded[0]: clause 5: topic "
      "movement_restriction",
      "r10b-frus-1951-10-22-c-55613: embedded[0]: clause 7: topic supervision",
      // Miles become km to a tenth (4.8), the written figures kept.
      "r10b-frus-1951-10-22-c-55613: embedded[0]: clause 2: distance_km=4.828 "
      "(got "
      "[{\"max\":4.8,\"min\":4.8,\"unit\":\"km\",\"written\":{\"max\":3,"
      "\"min\":3,\"unit\":\"mile\"}}])",
      // Two FRUS documents in one file: the places are named in the first,
      // the expected file scores the second.
      "r10b-frus-tei-1953-05-13-cx-62507: Place Czechoslovakia",
      "r10b-frus-tei-1953-05-13-cx-62507: Place Panmunjom",
      "r10b-frus-tei-1953-05-13-cx-62507: Place Poland",
      "r10b-frus-tei-1953-05-13-cx-62507: Place Sweden",
      "r10b-frus-tei-1953-05-13-cx-62507: Place Switzerland",
      // Stalin's letter answers Mao's telegram "which Comrade Zhou Enlai
      // passed to us on 16 September": no such page; the expected file
      // reads it as Zhou's note, and the Mexican proposal it rejects has no
      // points in the pile.
      "r10a-1952-09-17-cwihp-letter-filippov-mao: responds to "
      "{\"authors\":[\"Zhou Enlai\"],\"date\":\"1952-09-16\"}",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: stance rejects on "
      "prisoners_of_war",
      // A Soviet record of conversation: a conversation, not a memorandum;
      // "23.III.53" under the outgoing number dates it but says nothing of
      // its sending. Mao's acceptance of the Soviet letter of 19 March ties
      // to the letter's points by topic (three of them), and "Clark's
      // letter of 22 February" to the Politburo's copy of it.
      "r10b-1953-03-21-record-kuznetsov-mao: document: type memorandum (got "
      "'record of conversation')",
      "r10b-1953-03-21-record-kuznetsov-mao: document: sent 1953-03-23 (got )",
      // Round 11 (pages scored blind first: 389 of 500). Miles and yards
      // become km to a tenth and to the metre (4.8, 0.914).
      "r11a-1951-10-22-cable-25117: embedded[0]: clause 1: distance_km=0.9144 "
      "(got "
      "[{\"max\":0.914,\"min\":0.914,\"unit\":\"km\",\"written\":{\"max\":1000,"
      "\"min\":1000,\"unit\":\"yard\"}}])",
      "r11a-1951-10-22-cable-25117: embedded[0]: clause 3: distance_km=4.828 "
      "(got "
      "[{\"max\":4.8,\"min\":4.8,\"unit\":\"km\",\"written\":{\"max\":3,"
      "\"min\":3,\"unit\":\"mile\"}}])",
      // "Aircraft ... fly over" the conference site: read as aid, not as
      // the talks' arrangement.
      "r11a-1951-10-22-cable-25117: embedded[0]: clause 4: topic "
      "negotiation_procedure",
      // Vyshinsky's own draft for the General Assembly ("which I submit for
      // your approval in the following wording:") is read as his telegram's
      // points, not a document of its own; the Indian draft is dated by the
      // telegram, its day of 19 November given in the paragraph before; a
      // resolution is a decision in the model, and the commission the
      // Soviet draft names and "the Chinese People's Republic" are no
      // gazetteer names.
      "r11a-1952-11-22-cwihp-1939: embedded[1]: author Vyshinsky|A. VYSHINSKY",
      "r11a-1952-11-22-cwihp-1939: embedded[1]: clause a (absent)",
      "r11a-1952-11-22-cwihp-1939: embedded[1]: clause a exists",
      "r11a-1952-11-22-cwihp-1939: embedded[1]: clause b (absent)",
      "r11a-1952-11-22-cwihp-1939: embedded[1]: clause b exists",
      "r11a-1952-11-22-cwihp-1939: embedded[1]: clause c (absent)",
      "r11a-1952-11-22-cwihp-1939: embedded[1]: clause c exists",
      "r11a-1952-11-22-cwihp-1939: embedded[1]: type resolution (got "
      "'message')",
      "r11a-1952-11-22-cwihp-1939: embedded[0]: type resolution (got "
      "'message')",
      "r11a-1952-11-22-cwihp-1939: embedded[0]: date 1952-11-19 (got "
      "1952-11-22)",
      "r11a-1952-11-22-cwihp-1939: Organization Commission for the peaceful "
      "settlement of the Korean question",
      "r11a-1952-11-22-cwihp-1939: Place China|Chinese People's Republic",
      // Li Kenong's report forwarded by Kuznetsov: its address ("To
      // Chairman MAO ZEDONG and Comrade ZHOU ENLAI, copies to ...") and
      // date are inside the quotation, after its first lines; its points
      // are Nam Il's by the report's sentence before them, which the reader
      // gives no proposer.
      "r11a-1953-04-27-telegram-10936: embedded[0]: date 1953-04-26 (got "
      "1953-04-27)",
      // Razuvaev answers "your No. 1037", which no page of the pile is; the
      // Politburo's decision of 19 March is cited in the same paragraph.
      // The agreement on sick and wounded prisoners his telegram carries
      // in quotation marks that never close is read as his text.
      "r11b-1953-04-12-telegram-9866: responds to "
      "{\"authors\":[\"Molotov\"],\"number\":\"1037\"}",
      "r11b-1953-04-12-telegram-9866: embedded[0] exists",
      // The circular answers the Indian draft paragraph by paragraph,
      // each paragraph restated in brackets or quotation marks within the
      // reply's own: no list the reader takes for a document, so the
      // positions tie to nothing; Acheson's amendments are the circular's
      // points, proposed by its signer.
      "r11b-frus-1952-11-21-circular-571: embedded[0] exists",
      "r11b-frus-1952-11-21-circular-571: stance accepts on point 1",
      "r11b-frus-1952-11-21-circular-571: stance accepts on point 2",
      "r11b-frus-1952-11-21-circular-571: stance accepts on point 3",
      "r11b-frus-1952-11-21-circular-571: stance amends on point 17",
      "r11b-frus-1952-11-21-circular-571: stance amends on point 5",
      "r11b-frus-1952-11-21-circular-571: stance conditional on point 4",
      "r11b-frus-1952-11-21-circular-571: clause a is a variant of ~/17",
      "r11b-frus-1952-11-21-circular-571: clause b is a variant of ~/5",
      "r11b-frus-1952-11-21-circular-571: document: clause a: proposed by "
      "Acheson",
      "r11b-frus-1952-11-21-circular-571: document: clause b: proposed by "
      "Acheson",
      // "UK" alone is no gazetteer name.
      "r11b-frus-tei-1953-07-24-memo-president: document: clause 7: topic "
      "prisoners_of_war",
      // Lineages by historical judgement across months and sides (the final
      // terms of July 1953 from the drafts of April and November).
      "r11b-frus-tei-1953-07-24-memo-president: clause 1 is a variant of "
      "16002/1",
      "r11b-frus-tei-1953-07-24-memo-president: clause 8 is a variant of 142/5",
      // Lineages that moved when the numbered instructions of memoranda and
      // directives became clauses (2026-12-04, round 12): a nearer version
      // now stands between, past the checker's steps.
      "frus-tei-1952-09-24-jcs-919387: document: clause 2: topic "
      "prisoners_of_war",
      // Round 12 (blind). Peng to Mao with the Chinese original: the topic
      // and lineages by judgement.
      "r12a-1951-10-24-telegram-peng-dehuai-mao: clause 2 is a variant of "
      "57058/1",
      "r12a-1951-10-24-telegram-peng-dehuai-mao: document: clause 3: topic "
      "demarcation_line",
      // "within the same period" refers back to point в's two months;
      // lineages by judgement.
      "r12a-1951-11-02-memo-gromyko-298: document: clause г: duration_months=2 "
      "(got [])",
      // The approved telegram's address "PARIS / SOVIET DELEGATION / TO
      // VYSHINSKY" reads Vyshinsky as the relay, the delegation as the
      // addressee; the decision's stances on memo 298 are told in the
      // telegram's
      // words ("The proposals in points "a" and "b" are accepted"), which
      // answer Vyshinsky's No. 41, not the memorandum.
      "r12a-1951-11-05-politburo-P84-243: embedded[0]: type telegram (got "
      "'message')",
      "r12a-1951-11-05-politburo-P84-243: responds to "
      "{\"authors\":[\"Gromyko\"],\"date\":\"1951-11-02\",\"number\":\"298\"}",
      "r12a-1951-11-05-politburo-P84-243: stance accepts on point 1",
      "r12a-1951-11-05-politburo-P84-243: stance accepts on point а",
      "r12a-1951-11-05-politburo-P84-243: stance accepts on point б",
      "r12a-1951-11-05-politburo-P84-243: stance amends on point в",
      "r12a-1951-11-05-politburo-P84-243: stance drops on point г",
      "r12a-1951-11-05-politburo-P84-243: stance drops on point д",
      // Dodd alone is no gazetteer name; the lineage of point 1 to the seed's
      // point 6 runs through other versions.
      "r12a-1952-06-05-cwihp-20284: clause 1 is a variant of 21404/6",
      // A daily report (HNC 435) quoted inside Ridgway's cable in single
      // quotes is not read as a document of its own.
      "r12a-frus-1951-11-11-c-57058: clause 1 is a variant of 16002/1",
      "r12a-frus-1951-11-11-c-57058: clause 1 is a variant of 21404/2",
      "r12a-frus-1951-11-11-c-57058: embedded[0]: author Joy|C. Turner Joy|Adm "
      "Joy",
      "r12a-frus-1951-11-11-c-57058: embedded[0]: clause 1 (absent)",
      "r12a-frus-1951-11-11-c-57058: embedded[0]: clause 1 exists",
      "r12a-frus-1951-11-11-c-57058: embedded[0]: clause 2 (absent)",
      "r12a-frus-1951-11-11-c-57058: embedded[0]: clause 2 exists",
      "r12a-frus-1951-11-11-c-57058: embedded[0]: clause 3 (absent)",
      "r12a-frus-1951-11-11-c-57058: embedded[0]: clause 3 exists",
      "r12a-frus-1951-11-11-c-57058: embedded[0]: date 1951-11-10 (got "
      "1951-11-11)",
      "r12a-frus-1951-11-11-c-57058: embedded[0]: number 435",
      "r12a-frus-1951-11-11-c-57058: embedded[0]: recipient Ridgway",
      // "(your para 6) ... is approved, subject to its opening words being
      // changed": the change is in a later part of the sentence.
      "r12a-frus-tei-1951-09-26-jcs-82438: link STANCE accepts "
      "doc:telegram-jcs-82438-1951-09-26 -> "
      "doc:telegram-cx-51655-1951-09-26/clause-6",
      "r12a-frus-tei-1951-09-26-jcs-82438: stance amends on point 6",
      // A receipt time from an editorial bracket.
      "r12b-1951-12-24-letter-kim-peng-ridgway: clause 1 is a variant of "
      "25319/b",
      "r12b-1951-12-24-letter-kim-peng-ridgway: document: received "
      "1951-12-24T12:00 (got )",
      "r12b-1951-12-24-letter-kim-peng-ridgway: stance insists on "
      "prisoners_of_war",
      // Stances by topic on the other side's proposal of another date.
      "r12b-1952-10-09-cwihp-telegram-25319: clause a is a variant of 550/1",
      "r12b-1952-10-09-cwihp-telegram-25319: clause b is a variant of 550/3",
      "r12b-1952-10-09-cwihp-telegram-25319: clause c is a variant of 21404/6",
      "r12b-1952-10-09-cwihp-telegram-25319: clause c is a variant of 550/2",
      "r12b-1952-10-09-cwihp-telegram-25319: document: clause 4: topic "
      "prisoners_of_war",
      "r12b-1952-10-09-cwihp-telegram-25319: stance insists on "
      "prisoners_of_war",
      "r12b-1952-10-09-cwihp-telegram-25319: stance rejects on "
      "prisoners_of_war",
      // The proposal "as read by Gen Lee": the reader is named after the
      // verb, so no proposer; the UNC's answers lettered a-e ("On point
      // (1).") are positions on the report's own points, which a report never
      // takes.
      "r12b-frus-1951-12-12-hnc-550: document: clause 1: proposed by Lee Sang "
      "Cho|Gen Lee",
      "r12b-frus-1951-12-12-hnc-550: document: clause 2: proposed by Lee Sang "
      "Cho|Gen Lee",
      "r12b-frus-1951-12-12-hnc-550: document: clause 3: proposed by Lee Sang "
      "Cho|Gen Lee",
      "r12b-frus-1951-12-12-hnc-550: document: clause 4: proposed by Lee Sang "
      "Cho|Gen Lee",
      "r12b-frus-1951-12-12-hnc-550: document: clause 5: proposed by Lee Sang "
      "Cho|Gen Lee",
      "r12b-frus-1951-12-12-hnc-550: stance amends on point 4",
      // Drafting officers and Indian officials named only in footnotes; the
      // proposal Harrison tabled, summarised in lettered points, has no
      // proposer.
      "r12b-frus-1953-05-29-telegram-3017: document: clause a: proposed by "
      "Harrison|William K. Harrison",
      "r12b-frus-1953-05-29-telegram-3017: document: clause b: proposed by "
      "Harrison|William K. Harrison",
      "r12b-frus-1953-05-29-telegram-3017: document: clause c: proposed by "
      "Harrison|William K. Harrison",
      "r12b-frus-1953-05-29-telegram-3017: document: clause d: proposed by "
      "Harrison|William K. Harrison",
      "r12b-frus-1953-05-29-telegram-3017: document: clause e: proposed by "
      "Harrison|William K. Harrison",
      "r12b-frus-1953-05-29-telegram-3017: document: clause f: proposed by "
      "Harrison|William K. Harrison",
      // Organisations inside "Departments of State and Defense" and "GOI";
      // topics by judgement.
      "r12b-frus-tei-1953-05-22-da-939673: clause 2 is a variant of 92059/4",
      "r12b-frus-tei-1953-05-22-da-939673: document: clause 1: topic "
      "negotiation_procedure",
      // "Re para 4/5/6" paragraphs whose positions are told without a stance
      // word, a dropped alternative read as drops where the file wants
      // amends.
      "r12b-frus-tei-1953-05-23-cx-62658: link STANCE accepts "
      "doc:telegram-cx-62658-1953-05-23 -> "
      "doc:telegram-da-939673-1953-05-22/clause-5",
      "r12b-frus-tei-1953-05-23-cx-62658: link STANCE drops "
      "doc:telegram-cx-62658-1953-05-23 -> "
      "doc:telegram-da-939673-1953-05-22/clause-e",
      "r12b-frus-tei-1953-05-23-cx-62658: stance accepts on point 4",
      "r12b-frus-tei-1953-05-23-cx-62658: stance accepts on point 6",
      "r12b-frus-tei-1953-05-23-cx-62658: stance amends on point e",
      "r12b-frus-tei-1953-05-23-cx-62658: stance conditional on point 5",
      // Round 13 (blind). The Soviet Union named only as an adjective ("the
      // Soviet Government"); the message handed
      // through the ambassador names him in the instruction ("Visit Comrade
      // Mao Zedong ... and hand him"), not as a relay; a reply to Clark's
      // letter of 22 February is read into the quoted message.
      "r13b-1953-03-24-cwihp-telegram-molotov-kuznetsov: Place USSR|Soviet "
      "Union",
      "r13b-1953-03-24-cwihp-telegram-molotov-kuznetsov: clause b is a variant "
      "of 21404/6",
      "r13b-1953-03-24-cwihp-telegram-molotov-kuznetsov: embedded[0]: clause "
      "a: topic negotiation_procedure",
      "r13b-1953-03-24-cwihp-telegram-molotov-kuznetsov: embedded[0]: via "
      "Kuznetsov",
      // A topic by judgement.
      "r13b-1953-06-19-letter-kim-peng-clark: document: clause 3: topic "
      "supervision",
      // "UNC del" abbreviated; "As a final position you may accept Commie
      // principle 3" is read as accepting, where the file wants conditional;
      // lineages by judgement.
      "r13b-frus-1951-12-19-jcs-90083: document: clause 2: topic "
      "political_settlement",
      "r13b-frus-1951-12-19-jcs-90083: document: clause e: topic buffer_zone",
      // Topics and lineages by judgement.
      "r13b-frus-1953-07-26-hnc-1795: clause 4 is a variant of 58115/1",
      "r13b-frus-1953-07-26-hnc-1795: clause 5 is a variant of 58115/2",
      "r13b-frus-1953-07-26-hnc-1795: document: clause 4: topic ceasefire",
      // Names only in footnotes and the second document's head ("Wilson");
      // the paper's number "NSC 147" stands in a <seg> of the opener, which
      // the TEI reader does not take as a number.
      "r13b-frus-tei-1953-04-02-nsc-147: Person Omar N. Bradley|Bradley",
      "r13b-frus-tei-1953-04-02-nsc-147: Person Wilson",
      "r13b-frus-tei-1953-04-02-nsc-147: clause a is a variant of 21404/2",
      "r13b-frus-tei-1953-04-02-nsc-147: document: clause 2: topic "
      "military_aid",
      "r13b-frus-tei-1953-04-02-nsc-147: document: number NSC 147",
      // Two documents in one file: the names are in Clark's message, the file
      // scores the JCS reply; "Your letter ... reported in para 4 of your
      // message is approved" names the letter, not point 2.
      "r13b-frus-tei-1953-06-18-jcs-942170: Organization Neutral Nations "
      "Repatriation Commission",
      "r13b-frus-tei-1953-06-18-jcs-942170: Person Harrison",
      "r13b-frus-tei-1953-06-18-jcs-942170: Person Nam Il",
      "r13b-frus-tei-1953-06-18-jcs-942170: Person Won Yong Duk",
      "r13b-frus-tei-1953-06-18-jcs-942170: Place Masan",
      "r13b-frus-tei-1953-06-18-jcs-942170: Place Nonsan",
      "r13b-frus-tei-1953-06-18-jcs-942170: Place Panmunjom",
      "r13b-frus-tei-1953-06-18-jcs-942170: Place Pusan",
      "r13b-frus-tei-1953-06-18-jcs-942170: Place Sangmudae",
      "r13b-frus-tei-1953-06-18-jcs-942170: Place Tokyo",
      "r13b-frus-tei-1953-06-18-jcs-942170: document: clause 6: topic "
      "supervision",
      "r13b-frus-tei-1953-06-18-jcs-942170: stance accepts on point b",
      "r13b-frus-tei-1953-06-18-jcs-942170: stance amends on point 2",
      // Lineages and a stance that moved when round 13's pages entered the
      // chains and the points printed under their numbers ("1." alone) got
      // their introduction: JCS 87719 is now tied by number, without the
      // wrong topic ties and without its amendment of point 5.
      // Round 13 (blind). Stalin answers Mao's telegram of 21 June, which is
      // not in the pile: no document to answer, so its positions tie to
      // nothing.
      "r13a-1951-06-24-cable-3777: responds to {\"authors\":[\"Mao "
      "Zedong\"],\"date\":\"1951-06-21\"}",
      "r13a-1951-06-24-cable-3777: stance accepts on military_aid",
      "r13a-1951-06-24-cable-3777: stance accepts on negotiation_procedure",
      "r13a-1951-06-24-cable-3777: stance amends on military_aid",
      // Round 13 (blind). The copy lines give Stalin twice ("Экз. № 1 — т.
      // Сталину", "Экз. № 2 — т. Сталину"), read as one copy; the commission
      // of neutral states is no gazetteer name; the delegation is named in a
      // sentence, not a list.
      "r13a-1952-02-05-telegram-600437: document: clause г: topic "
      "political_settlement",
      "r13a-1952-02-05-telegram-600437: document: copy count Stalin=2",
      "r13a-1952-02-05-telegram-600437: document: delegation exists",
      // The Mao telegram Zhou reads out is not taken for a document of its
      // own, so its points have no proposer and Stalin's positions on it tie
      // to nothing; Chen Yun and Su Yu are no gazetteer names.
      "r13a-1952-09-03-cwihp-record-stalin-zhou: embedded[0] exists",
      "r13a-1952-09-03-cwihp-record-stalin-zhou: stance accepts on "
      "prisoners_of_war",
      "r13a-1952-09-03-cwihp-record-stalin-zhou: stance conditional on "
      "ceasefire",
      "r13a-1952-09-03-cwihp-record-stalin-zhou: stance insists on "
      "prisoners_of_war",
      // It answers Kuznetsov's report of 21 March by date ("Ваше сообщение о
      // беседе ... 21 марта"), which is in the pile only as a record of
      // conversation of that date; topics and lineages by judgement.
      "r13a-1953-03-26-telegram-5329: clause 4 is a variant of 21404/6",
      "r13a-1953-03-26-telegram-5329: clause 4 is a variant of ~/3",
      "r13a-1953-03-26-telegram-5329: document: clause 1: topic ceasefire",
      "r13a-1953-03-26-telegram-5329: responds to "
      "{\"authors\":[\"Kuznetsov\"],\"date\":\"1953-03-21\"}",
      // "As to para 6 ..." in Harrison's comment reads as a stance on his own
      // report's point; lineages by judgement.
      "r13a-frus-1953-05-07-hnc-1603: Organization Military Armistice "
      "Conference",
      "r13a-frus-1953-05-07-hnc-1603: clause 6 is a variant of ~/1",
      "r13a-frus-1953-05-07-hnc-1603: link STANCE accepts "
      "doc:telegram-hnc-1603-1953-05-07 -> "
      "doc:telegram-hnc-1603-1953-05-07/clause-6",
      // A memorandum of conversation: Bruce's three amendments are the
      // memorandum's points with no proposer read from "Mr. Bruce said"; the
      // bureaus are named by their initials.
      "r13a-frus-tei-1952-11-18-memcon-franks: Organization Bureau of Far "
      "Eastern Affairs|FE",
      "r13a-frus-tei-1952-11-18-memcon-franks: Organization Bureau of United "
      "Nations Affairs|UNA",
      "r13a-frus-tei-1952-11-18-memcon-franks: Organization Department of "
      "State|State Department",
      "r13a-frus-tei-1952-11-18-memcon-franks: stance accepts on "
      "prisoners_of_war",
      "r13a-frus-tei-1952-11-18-memcon-franks: stance amends on "
      "prisoners_of_war",
      "r13a-frus-tei-1952-11-18-memcon-franks: stance amends on supervision",
      // Round 14's pages add clauses to these lineages: a nearer version is
      // now one of theirs.
      // Round 14 (blind). Mao to Filippov with the Chinese original: lineages
      // by judgement (Nam Il's point 1 of April 1953 as an earlier version is
      // the file's reverse reading).
      "r14a-1951-11-29-telegram-26284: clause 2 is a variant of 21404/6",
      "r14a-1951-11-29-telegram-26284: clause 2 is a variant of 62089/1",
      // Rhee and the CPV only in forms the gazetteer lacks; a topic and
      // lineages by judgement.
      "r14a-1952-02-04-cwihp-telegram-kim-peng-mao: Person Syngman Rhee|Rhee",
      "r14a-1952-02-04-cwihp-telegram-kim-peng-mao: clause 1 is a variant of "
      "142/5",
      // An insistence by topic on a page imported in the same run only.
      "r14a-1952-07-24-telegram-4071: stance insists on prisoners_of_war",
      // The Indian draft's paragraphs, quoted one by one each with "Our
      // objection", are not read as a document of their own, so the positions
      // on them tie to nothing.
      "r14a-1952-11-20-telegram-vyshinsky-27854: clause 17 is a variant of "
      "62089/5",
      "r14a-1952-11-20-telegram-vyshinsky-27854: embedded[0] exists",
      "r14a-1952-11-20-telegram-vyshinsky-27854: stance amends on point 4",
      "r14a-1952-11-20-telegram-vyshinsky-27854: stance conditional on point 1",
      "r14a-1952-11-20-telegram-vyshinsky-27854: stance rejects on point 17",
      "r14a-1952-11-20-telegram-vyshinsky-27854: stance rejects on point 3",
      "r14a-1952-11-20-telegram-vyshinsky-27854: stance rejects on point 5",
      // "Ref: my C 58911" is answered (the writer's own message, as r10b's
      // "Ref my C 62288" wants it answered); the positions on the quoted
      // principles (1)-(7), points of the report itself, tie through that
      // answer to nothing; NKPA and CCF are no gazetteer names;
      // a topic and lineages by judgement.
      "r14a-frus-1951-12-14-cx-59325: document: clause a: topic ceasefire",
      // Points 2 and 3 of Nam Il's six are amended with words the stance
      // reader takes for accepting and rejecting; topics by judgement.
      "r14a-frus-tei-1953-04-28-jcs-937312: document: clause 1: topic "
      "prisoners_of_war",
      "r14a-frus-tei-1953-04-28-jcs-937312: document: clause 2: topic "
      "negotiation_procedure",
      "r14a-frus-tei-1953-04-28-jcs-937312: document: clause b: topic "
      "supervision",
      "r14a-frus-tei-1953-04-28-jcs-937312: document: clause f: topic "
      "prisoners_of_war",
      "r14a-frus-tei-1953-04-28-jcs-937312: link STANCE accepts "
      "doc:telegram-jcs-937312-1953-04-28 -> "
      "doc:telegram-cx-62089-1953-04-27/clause-2",
      "r14a-frus-tei-1953-04-28-jcs-937312: stance amends on point 2",
      // Peng's report relayed inside Mao's telegram is not read as a document
      // of its own in Russian, so its nine-item agenda а)-и), its delegation
      // and the positions on its points are missed; lineages by judgement.
      "r14b-1951-07-12-telegram-21741: clause ж is a variant of 142/3",
      "r14b-1951-07-12-telegram-21741: embedded[0]: delegation exists",
      "r14b-1951-07-12-telegram-21741: stance amends on point б",
      "r14b-1951-07-12-telegram-21741: stance insists on demarcation_line",
      "r14b-1951-07-12-telegram-21741: stance insists on "
      "foreign_forces_withdrawal",
      "r14b-1951-07-12-telegram-21741: stance rejects on point б",
      "r14b-1951-07-12-telegram-21741: stance rejects on point в",
      // The translators' credit in the citation names no person the readers
      // take; "Filippov (2)" in a copies line with the Chinese original; a
      // topic, a rejection by topic, a reply to a message not in the archive
      // and a lineage by judgement.
      "r14b-1952-08-27-telegram-23627: Person Chen Jian",
      "r14b-1952-08-27-telegram-23627: Person Kathryn Weathersby|Weathersby",
      "r14b-1952-08-27-telegram-23627: clause 2 is a variant of 21404/6",
      "r14b-1952-08-27-telegram-23627: document: clause 3: topic ceasefire",
      "r14b-1952-08-27-telegram-23627: document: copy count "
      "Stalin|Filippov|Fillipov|ФИЛИППОВ|菲利波夫=2",
      "r14b-1952-08-27-telegram-23627: responds to {\"authors\":[\"Kim Il "
      "Sung\"],\"date\":\"1952-08-25\"}",
      "r14b-1952-08-27-telegram-23627: stance rejects on prisoners_of_war",
      // A CWIHP item with an APRF and an AVPRF copy in one source line: the
      // source reader takes neither whole; the attached draft instruction is
      // not set apart as a document, the memorandum is read as a document and
      // ties to a Clark message by date.
      "r14b-1953-03-02-cwihp-memo-gromyko-117: clause 4 is a variant of "
      "23627/3",
      // Ridgway's broadcast quoted in his report is not read as a document of
      // its own (its author, addressees, points and delegation);
      // footnote-only persons and organisations no gazetteer name.
      "r14b-frus-1951-07-06-c-66335: Organization Peiping radio|Radio Peking",
      "r14b-frus-1951-07-06-c-66335: Organization Radio Tokyo",
      "r14b-frus-1951-07-06-c-66335: Person Hermes|Walter G. Hermes",
      "r14b-frus-1951-07-06-c-66335: Person Kim Il Pa",
      "r14b-frus-1951-07-06-c-66335: embedded[0]: clause 2: topic "
      "negotiation_procedure",
      "r14b-frus-1951-07-06-c-66335: embedded[0]: clause 3: topic "
      "negotiation_procedure",
      "r14b-frus-1951-07-06-c-66335: embedded[0]: delegation exists",
      "r14b-frus-1951-07-06-c-66335: embedded[0]: recipient Kim Il Sung",
      "r14b-frus-1951-07-06-c-66335: embedded[0]: recipient Peng Dehuai|Peng "
      "Teh-huai",
      // The agreement's versions go to nearer documents; footnote-only names.
      "r14b-frus-1951-11-27-hnc-534: Person Hermes|Walter G. Hermes",
      "r14b-frus-1951-11-27-hnc-534: Place United States|US",
      // A TEI <list> of labels and items quoting Nam Il's eight points is not
      // read as a document of its own, and the memorandum's lettered
      // recommendations (<list type="lettered">) are not read as clauses, so
      // the positions on the points tie to nothing; a copy in a footnote.
      "r14b-frus-tei-1953-05-08-memo-johnson: Organization Bureau of Far "
      "Eastern Affairs|Office of Northeast Asian Affairs|Department of State",
      "r14b-frus-tei-1953-05-08-memo-johnson: clause 2 is a variant of 23627/4",
      "r14b-frus-tei-1953-05-08-memo-johnson: clause e is a variant of 92059/4",
      "r14b-frus-tei-1953-05-08-memo-johnson: document: copy to Matthews|H. "
      "Freeman Matthews",
      "r14b-frus-tei-1953-05-08-memo-johnson: responds to {\"authors\":[\"Nam "
      "Il\"],\"date\":\"1953-05-07\"}",
      // Of the versions of one day, the lineage now takes the best match, not
      // the one whose id sorts last: this clause ties to another version of the
      // same day, which the file does not name.
      // Of the versions of one day, the lineage now takes the best match, not
      // the one whose id sorts last: this clause ties to another version of the
      // same day, which the file does not name.
      // Of the versions of one day, the lineage now takes the best match, not
      // the one whose id sorts last: this clause ties to another version of the
      // same day, which the file does not name.
      // The attached draft instructions are typed a directive (the file:
      // telegram); point 2's prisoner topic by judgement; the draft, which
      // answers Clark's letter, is tied to a Clark letter the file does not
      // hold.
      "r14b-1953-03-02-cwihp-memo-gromyko-117: embedded[0]: clause 2: topic "
      "prisoners_of_war",
      "r14b-1953-03-02-cwihp-memo-gromyko-117: embedded[0]: type telegram (got "
      "'directive')",
      // Of the versions of one day, the lineage takes the best match: with
      // round 15's pages in, this clause ties to another version of the same
      // day, which the file does not name.
      // The positions on "our five principles" of 27 November (C-58115) name no
      // message the linker can tie them to; principle (六) read as military aid
      // and procedure rather than movement restriction.
      "r15b-1951-12-02-telegram-mao-peng-kim: document: clause 六: topic "
      "movement_restriction",
      "r15b-1951-12-02-telegram-mao-peng-kim: stance amends on point 5",
      "r15b-1951-12-02-telegram-mao-peng-kim: stance insists on point 3",
      // Razuvaev as the relay is named only in the source note; the position
      // against "voluntary repatriation" answers no document of the pile; the
      // lineage to the seed's point 6 goes through other versions.
      "r15b-1952-08-28-cwihp-letter-kim-il-sung-stalin: Person Razuvaev",
      "r15b-1952-08-28-cwihp-letter-kim-il-sung-stalin: clause 1 is a variant "
      "of 21404/6",
      "r15b-1952-08-28-cwihp-letter-kim-il-sung-stalin: document: via Razuvaev",
      "r15b-1952-08-28-cwihp-letter-kim-il-sung-stalin: stance rejects on "
      "prisoners_of_war",
      // Paragraph 17 of the Indian resolution of 3 December is a clause only in
      // another page's attachment (the draft of 23 November); a position by
      // number on a document the telegram does not answer is not tied.
      "r15b-1953-04-02-telegram-molotov-vyshinsky: stance rejects on point 17",
      // Topics by judgement (a neutral zone around Kaesong read as a buffer
      // zone); the lineage of the 4 km zone to the seed's point 2 goes through
      // other versions.
      // Tab A, the Indian paragraphs, names no author (the Indian delegation's
      // draft, moved by Menon) and is dated by the memorandum, so the Acting
      // Secretary's positions on paragraphs 14 and 17 tie to nothing; topics by
      // judgement.
      "r15b-frus-1952-11-24-memcon-bruce-franks: embedded[0]: clause 14: "
      "proposed by Menon|Krishna Menon",
      "r15b-frus-1952-11-24-memcon-bruce-franks: embedded[0]: clause 17: "
      "proposed by Menon|Krishna Menon",
      "r15b-frus-1952-11-24-memcon-bruce-franks: embedded[0]: date 1952-11-23 "
      "(got 1952-11-24)",
      "r15b-frus-1952-11-24-memcon-bruce-franks: embedded[0]: type resolution "
      "(got 'message')",
      "r15b-frus-1952-11-24-memcon-bruce-franks: stance amends on point 17",
      "r15b-frus-1952-11-24-memcon-bruce-franks: stance conditional on point "
      "14",
      // The position paper's number TCT D-4/3a, in the opener, is not read;
      // the conditional acceptance of all-for-all answers no document of the
      // pile.
      "r15b-frus-tei-1952-01-04-paper-tct-d4: document: number 4/3a",
      "r15b-frus-tei-1952-01-04-paper-tct-d4: stance conditional on "
      "prisoners_of_war",
      // The forwarded text is typed a report, as its introduction calls it; the
      // file calls it a telegram.
      "1951-12-03-cable-26551: embedded[0]: type telegram (got 'report')",
      // The forwarded text is typed a report, as its introduction calls it; the
      // file calls it a message.
      "frus-tei-1951-12-04-c-58639: embedded[0]: type message (got 'report')",
      // The forwarded text is typed a report, as its introduction calls it
      // ("the text of Cde. LI KENONG's report"); the file calls it a telegram.
      "r11a-1953-04-27-telegram-10936: embedded[0]: type telegram (got "
      "'report')",
      // Round 16 added nearer earlier documents on the same topics (Stalin's
      // 4072 of 14 July 1951, Li Kenong's of 16 July): the lineage now takes
      // the version there, and the point the expected file names is no longer
      // among the nearest candidates
      // As above: a nearer round 16 document takes the lineage of this point
      // As above: a nearer round 16 document takes the lineage of this point
      // Round 16 (pages scored blind first: writer b 290 of 323). Points 1 and
      // 2 are read as Stalin's positions on Mao's 13 July telegram, which the
      // pile holds (21810), tied by topic; the expected file, written without
      // it, lists none; a topic by judgement
      "r16b-1951-07-14-telegram-4072: link STANCE accepts "
      "doc:telegram-4072-1951-07-14 -> doc:telegram-21810-1951-07-13/clause-1",
      "r16b-1951-07-14-telegram-4072: link STANCE accepts "
      "doc:telegram-4072-1951-07-14 -> "
      "doc:telegram-21810-1951-07-13/message-1951-07-10/clause-1",
      // The draft reply's positions by topic are on the UNC's proposals of
      // other documents, which it does not cite: they tie to nothing
      "r16b-1952-01-12-cwihp-politburo-P85-47: stance amends on "
      "movement_restriction",
      "r16b-1952-01-12-cwihp-politburo-P85-47: stance rejects on "
      "prisoners_of_war",
      "r16b-1952-01-12-cwihp-politburo-P85-47: stance rejects on supervision",
      // A topic by judgement; the lineage of a point across eighteen months is
      // not among the nearest candidates
      "r16b-1953-07-07-letter-kim-peng-clark: clause 2 is a variant of 16002/3",
      // 'the Department' alone is read as no organisation; a topic by judgement
      "r16b-frus-1953-06-20-memo-robertson: document: clause a: topic "
      "ceasefire",
      // Nam Il's principles of 27 November are not among the nearest earlier
      // documents on these topics
      // Clark's draft reply now answers Kim and Peng's letter of 28 March
      // ('Your ltr of 28 Mar 1953'), and its positions by topic tie to the
      // letter's points; 'Your ltr shows no readiness to accept any of the UNC
      // proposals' is read as Clark's refusal, where it describes the letter
      // (the stance reader does not tell a subject 'your letter' from the
      // passive 'your letter ... is approved')
      "frus-1953-03-29-cx-61673: link STANCE rejects "
      "doc:telegram-cx-61673-1953-03-29/message-1953-03-29 -> "
      "doc:letter-1953-03-28-kim-il-sung/clause-1",
      "frus-1953-03-29-cx-61673: link STANCE rejects "
      "doc:telegram-cx-61673-1953-03-29/message-1953-03-29 -> "
      "doc:letter-1953-03-28-kim-il-sung/clause-2",
      "frus-1953-03-29-cx-61673: link STANCE rejects "
      "doc:telegram-cx-61673-1953-03-29/message-1953-03-29 -> "
      "doc:letter-1953-03-28-kim-il-sung/clause-3",
      // The TEI text of the same draft reply answers the letter of 28 March,
      // which the expected file, written before that letter was in the pile,
      // does not list
      "frus-tei-1953-03-28-cx-61673: link RESPONDS_TO  "
      "doc:telegram-cx-61673-1953-03-28/message-1953-03-28 -> "
      "doc:letter-1953-03-28-kim-il-sung",
      "frus-tei-1953-03-28-cx-61673: link STANCE accepts "
      "doc:telegram-cx-61673-1953-03-28/message-1953-03-28 -> "
      "doc:letter-1953-03-28-kim-il-sung/clause-2",
      "frus-tei-1953-03-28-cx-61673: link STANCE accepts "
      "doc:telegram-cx-61673-1953-03-28/message-1953-03-28 -> "
      "doc:letter-1953-03-28-kim-il-sung/clause-3",
      // Joy's agenda items "limitation of the discussion to purely military
      // questions" and "composition and functions of these groups" name
      // neither the talks' procedure nor supervision in the topics' words.
      "r14b-1951-07-12-telegram-21741: embedded[0]: clause з: topic "
      "supervision",
      // Round 17's July 1951 agenda pages (Mao's cable 21756, HNC-104) are
      // nearer candidates for the lineage by nearness than the ones the
      // expected
      // file names.
      // Round 17's July 1951 agenda pages (Mao's cable 21756, HNC-104) are
      // nearer candidates for the lineage by nearness than the ones the
      // expected
      // file names.
      // Stalin's No. 709 answers Mao's 16008 of 31 January (round 17): its
      // acceptance of the supervising countries ties to that point now, which
      // the expected file, written without 16008, lists by topic.
      "1952-02-03-telegram-709: link STANCE accepts "
      "doc:telegram-709-1952-02-03 -> doc:telegram-16008-1952-01-31/clause-4",
      // Stalin's telegram of 27 December answers Mao's of 17 December (round
      // 17), which the expected file, written without it, does not list.
      "1952-12-27-cwihp-telegram-filippov-mao: link RESPONDS_TO  "
      "doc:telegram-1952-12-27-joseph-stalin -> "
      "doc:telegram-1952-12-17-mao-zedong",
      // Round 17's July 1951 agenda pages (Mao's cable 21756, HNC-104) are
      // nearer candidates for the lineage by nearness than the ones the
      // expected
      // file names.
      "frus-1951-11-29-jcs-87719: clause 2 is a variant of 58115/3",
      // Round 17's July 1951 agenda pages (Mao's cable 21756, HNC-104) are
      // nearer candidates for the lineage by nearness than the ones the
      // expected
      // file names.
      // Stalin's telegram of 14 July answers Mao's of 13 July; with Mao's cable
      // 21756 of that day in the pile (round 17) the acceptance of its point 1
      // ties there as well.
      "r16b-1951-07-14-telegram-4072: link STANCE accepts "
      "doc:telegram-4072-1951-07-14 -> doc:cable-21756-1951-07-13/clause-1",
      // Round 17 (2026-12-05), scored blind before any rule for its pages.
      "r17a-1951-06-13-telegram-20772: document: received 1951-06-13T19:55 "
      "(got )",
      "r17a-1951-07-13-cable-21756: document: copy count Stalin=2",
      "r17a-1951-07-13-cable-21756: document: source archive=APRF",
      "r17a-frus-1951-07-16-hnc-104: stance insists on "
      "foreign_forces_withdrawal",
      "r17a-frus-tei-1951-11-29-c-58288: stance insists on "
      "foreign_forces_withdrawal",
      "r17a-frus-tei-1951-11-29-c-58288: stance insists on point 1",
      "r17a-frus-tei-1951-11-29-c-58288: stance insists on point 2",
      "r17a-frus-tei-1951-11-29-c-58288: stance insists on point 3",
      "r17a-frus-tei-1951-11-29-c-58288: stance insists on point 4",
      "r17a-frus-tei-1951-11-29-c-58288: stance insists on point 5",
      "r17b-1952-01-31-cwihp-16008: clause 4 is a variant of 142/5",
      "r17b-1952-07-07-cwihp-memo-vyshinsky-molotov: document: clause 1: "
      "proposed by Nam Il|NAM IL",
      "r17b-1952-07-07-cwihp-memo-vyshinsky-molotov: document: clause 2: "
      "proposed by Nam Il|NAM IL",
      "r17b-1952-07-07-cwihp-memo-vyshinsky-molotov: document: clause 3: "
      "proposed by Nam Il|NAM IL",
      "r17b-1952-07-07-cwihp-memo-vyshinsky-molotov: embedded[0] exists",
      "r17b-1952-09-16-letter-zhou-enlai-stalin: embedded[0]: type telegram "
      "(got 'message')",
      "r17b-1952-12-17-telegram-mao-semenov: Organization Chinese People's "
      "Volunteers|Volunteers",
      "r17b-1952-12-17-telegram-mao-semenov: document: clause 4: topic "
      "military_aid",
      "r17b-1952-12-17-telegram-mao-semenov: document: clause c: topic "
      "military_aid",
      "r17b-frus-tei-1952-02-02-jcs-900075: stance accepts on point B",
      // Round 17 (2026-12-05), scored blind before any rule for its pages.
      // Round 17 (2026-12-05), scored blind before any rule for its pages.
      "r17a-1951-11-21-cwihp-26044: Organization Tenth Department",
      "r17a-1951-11-21-cwihp-26044: embedded[0]: date 1951-11-20 (got "
      "1951-11-21)",
      "r17a-1951-11-21-cwihp-26044: embedded[0]: recipient Roshchin",
      // Round 18 (2026-12-05), blind 300 of 352 for its six pages: the
      // lineage to the UNC's point of 27 November.
      "r18b-1953-07-25-telegram-17937: clause 4 is a variant of 58115/2",
      // Round 18: the commission's members are named inside point 1, not
      // after the word "delegation".
      "r18b-1953-07-31-cwihp-telegram-18912: Place India|Indian",
      "r18b-1953-07-31-cwihp-telegram-18912: document: delegation exists",
      // Round 18: "Accept the staff officer work in b, but propose ..."
      // names its point after "in", which the readers do not take for a
      // point's name; "Accept e, which is in line with what Harrison himself
      // proposed" is read as no position.
      "r18b-frus-1953-07-20-cx-63812: Organization Republic of Korea|ROK",
      "r18b-frus-1953-07-20-cx-63812: clause a is a variant of 21404/2",
      "r18b-frus-1953-07-20-cx-63812: document: clause e: topic supervision",
      "r18b-frus-1953-07-20-cx-63812: stance accepts on point e",
      "r18b-frus-1953-07-20-cx-63812: stance amends on point b",
      "r18b-frus-1953-07-20-cx-63812: stance amends on point d",
      // Round 18: "On proposal b: you are authorized to agree" and "On
      // proposal d: ... Your proposed delivery rate is approved" tie by
      // letter as acceptances; the file reads b as amended (a preference for
      // another signing follows) and d as conditional. Briggs is named only
      // in a distribution footnote.
      "r18b-frus-1953-07-21-jcs-944365: Organization Republic of Korea|ROK",
      "r18b-frus-1953-07-21-jcs-944365: stance amends on point b",
      "r18b-frus-1953-07-21-jcs-944365: stance conditional on point d",
      "r18b-frus-1953-07-21-jcs-944365: link STANCE accepts "
      "doc:telegram-jcs-944365-1953-07-21 -> "
      "doc:telegram-cx-63812-1953-07-20/clause-b",
      "r18b-frus-1953-07-21-jcs-944365: link STANCE accepts "
      "doc:telegram-jcs-944365-1953-07-21 -> "
      "doc:telegram-cx-63812-1953-07-20/clause-b-9",
      "r18b-frus-1953-07-21-jcs-944365: link STANCE accepts "
      "doc:telegram-jcs-944365-1953-07-21 -> "
      "doc:telegram-cx-63812-1953-07-20/clause-d",
      "r18b-frus-1953-07-21-jcs-944365: link STANCE accepts "
      "doc:telegram-jcs-944365-1953-07-21 -> "
      "doc:telegram-cx-63812-1953-07-20/clause-d-11",
      // Round 18: offices the gazetteer lacks; the commission's members are
      // named inside point 4, not after a word for a delegation.
      "r18b-frus-tei-1953-08-06-telegram-246: Organization Custodian Force "
      "India|Custodian Force",
      "r18b-frus-tei-1953-08-06-telegram-246: Organization Ministry of "
      "External Affairs|External Affairs",
      "r18b-frus-tei-1953-08-06-telegram-246: Organization Republic of "
      "Korea|ROK",
      "r18b-frus-tei-1953-08-06-telegram-246: document: delegation exists",
      // Round 18: Kim's point 1 ("no haste with the answer ... the advice of
      // Comrade FILIPPOV should be asked") carries no topic cue.
      "r18b-1953-02-23-telegram-4511: document: clause 1: topic "
      "negotiation_procedure",
      // Round 18, writer a (r18a-), blind 323 of 354 for six pages: the
      // lineage to the seed's point 6, and a topic cue.
      "r18a-1952-04-22-telegram-601318: clause а is a variant of 21404/6",
      // Round 18: lineages to the corpus's points, topic cues for the signing
      // and the cease-fire, and Ye Zilong, whom the gazetteer lacks.
      "r18a-1953-07-22-telegram-18421: Person Ye Zilong",
      "r18a-1953-07-22-telegram-18421: clause 3 is a variant of 16002/1",
      "r18a-1953-07-22-telegram-18421: clause 4 is a variant of 58115/3",
      "r18a-1953-07-22-telegram-18421: clause 7 is a variant of 142/5",
      "r18a-1953-07-22-telegram-18421: embedded[0]: clause 2: topic ceasefire",
      // Round 18: the reply is tied to the forwarded telegram (below), and
      // weakly: its point 7 on the conference carries a topic the
      // telegram's point 8 has, so its numbered positions tie to nothing.
      "r18a-1953-07-23-cwihp-telegram-molotov-kuznetsov: responds to "
      "{\"authors\":[\"Kuznetsov\"],\"date\":\"1953-07-22\"}",
      "r18a-1953-07-23-cwihp-telegram-molotov-kuznetsov: stance amends on "
      "point 7",
      // Round 18: the UNC's replies after the Communist draft quoted point by
      // point are read as the report's positions on its own quoted points.
      "r18a-frus-1952-03-26-hnc-1086: link STANCE conditional "
      "doc:telegram-hnc-1086-1952-03-26 -> "
      "doc:telegram-hnc-1086-1952-03-26/clause-2",
      "r18a-frus-1952-03-26-hnc-1086: link STANCE insists "
      "doc:telegram-hnc-1086-1952-03-26 -> "
      "doc:telegram-hnc-1086-1952-03-26/clause-4",
      // Round 18: the JCS paragraphs are numbered apart from the draft they
      // judge: "insists" by topic reaches its point 1, and the amendment of
      // point 1 is not read; "UNC must continue to reject nomination of USSR
      // in para 3. If it will bring about Commie withdrawal ... you may
      // offer" reads as a conditional acceptance of para 3, which the file
      // has as a refusal.
      "r18a-frus-tei-1952-03-28-jcs-904517: clause 1 is a variant of 1086/2",
      "r18a-frus-tei-1952-03-28-jcs-904517: clause 3 is a variant of 1086/3",
      "r18a-frus-tei-1952-03-28-jcs-904517: document: clause 3: topic "
      "supervision",
      "r18a-frus-tei-1952-03-28-jcs-904517: link STANCE conditional "
      "doc:telegram-jcs-904517-1952-03-28 -> "
      "doc:telegram-hnc-1086-1952-03-26/clause-3",
      "r18a-frus-tei-1952-03-28-jcs-904517: stance amends on point 1",
      "r18a-frus-tei-1952-03-28-jcs-904517: stance rejects on point 3",
      // Round 18, third writer (r18c-), blind 202 of 225 for six pages: the
      // translator in the citation, and "telegram" for the quoted text (the
      // corpus calls such texts messages).
      "r18c-1952-05-14-telegram-19512: Person Gary Goldberg",
      // Round 18: "Joy" alone is no name the gazetteer reads.
      // Round 18: offices the gazetteer lacks.
      "r18c-frus-1952-05-21-cx-68433: Organization Military Armistice "
      "Conference",
      "r18c-frus-1952-05-21-cx-68433: Organization U.S. Naval Academy|Naval "
      "Academy",
      // Round 18: Colson's statement, quoted in paragraphs each opened by a
      // quotation mark, is not taken for a document; the dateline's bracketed
      // place.
      "r18c-frus-tei-1952-05-13-cx-68047: Place Washington",
      "r18c-frus-tei-1952-05-13-cx-68047: embedded[0] exists",
      // Molotov's reply cites "the telegram of Comrades Peng Dehuai and Kim Il
      // Sung of 21 July, which you passed on to us on 22 July": it is tied to
      // that telegram, which Kuznetsov's cable quotes, not to the cable the
      // file expects.
      "r18a-1953-07-23-cwihp-telegram-molotov-kuznetsov: link RESPONDS_TO  "
      "doc:telegram-1953-07-23-vyacheslav-molotov -> "
      "doc:telegram-18421-1953-07-22/telegram-1953-07-21",
      // Round 18: "it would be better ... not to name the Soviet Union ...
      // It is more advisable to propose" reads as accepting point 7; the
      // file has an amendment.
      "r18a-1953-07-23-cwihp-telegram-molotov-kuznetsov: link STANCE accepts "
      "doc:telegram-1953-07-23-vyacheslav-molotov -> "
      "doc:telegram-18421-1953-07-22/telegram-1953-07-21/clause-7",
      // Round 12: point 2 now ends with its paragraph; its own words carry no
      // cue for prisoners (the topic came from the paragraphs after it).
      // Round 18: now that point 4 ends with its paragraph, "Pillai added that
      // Indian acceptance of points 1 and 4 was firm" and "Comment: Points 1
      // and 4 present no problem" are read as positions on the report's own
      // points, India's; the file has none.
      "r18b-frus-tei-1953-08-06-telegram-246: link STANCE accepts "
      "doc:telegram-246-1953-08-06 -> doc:telegram-246-1953-08-06/clause-1",
      "r18b-frus-tei-1953-08-06-telegram-246: link STANCE accepts "
      "doc:telegram-246-1953-08-06 -> doc:telegram-246-1953-08-06/clause-4",
      "frus-tei-1952-11-21-gadel-131: clause 6 is a variant of 920154/2",
      // Round 19, first writer (r19a-), blind 215 of 247 for six pages: the
      // quoted instruction is read as English only; "ЦК" is no organisation the
      // gazetteer names; point 4 (who speaks at the table) carries no cue for
      // the procedure.
      "r19a-1951-07-28-telegram-22293: Organization Central Committee|CC|ЦК",
      "r19a-1951-07-28-telegram-22293: embedded[0]: clause 4: topic "
      "negotiation_procedure",
      // Round 19: the embedded reply's acceptance of Ridgway's demands (a) and
      // (b) is not read; his message of 5 August quotes them in prose.
      "r19a-1951-08-07-cable-22531: stance accepts on point a",
      "r19a-1951-08-07-cable-22531: stance accepts on point b",
      // Round 19: "The area of Kaesong must remain on our side" carries no cue
      // for the demarcation line.
      // Round 19: Ridgway's radio message quoted in the report is read as the
      // report's, with its demands; "Joy" alone is no name the gazetteer reads.
      "r19a-frus-1951-08-05-c-68623: embedded[0]: clause b: concerns place "
      "Kaesong",
      // Round 19: the proposed reply and the Kim-Peng points it answers, quoted
      // inside Ridgway's message, are not read as documents of their own; the
      // reply's positions go to the JCS answer's points instead.
      "r19a-frus-tei-1951-10-07-c-54093: Place Washington",
      "r19a-frus-tei-1951-10-07-c-54093: embedded[0] exists",
      "r19a-frus-tei-1951-10-07-c-54093: embedded[1] exists",
      "r19a-frus-tei-1951-10-07-c-54093: link STANCE accepts "
      "doc:telegram-c-54093-1951-10-07 -> "
      "doc:telegram-jcs-84136-1951-10-07/clause-2",
      "r19a-frus-tei-1951-10-07-c-54093: link STANCE conditional "
      "doc:telegram-c-54093-1951-10-07 -> "
      "doc:telegram-jcs-84136-1951-10-07/clause-3",
      "r19a-frus-tei-1951-10-07-c-54093: stance accepts on point 3",
      "r19a-frus-tei-1951-10-07-c-54093: stance amends on point 2",
      "r19a-frus-tei-1951-10-07-c-54093: stance conditional on point 1",
      // Round 19, second writer (r19b-), blind 256 of 286: the file ties the
      // telegram's refusal of the 70,000 and its condition on the Soviet
      // candidacy to the American package by topic, which the telegram
      // describes but does not cite.
      "r19b-1952-04-30-telegram-18873: stance conditional on supervision",
      "r19b-1952-04-30-telegram-18873: stance rejects on prisoners_of_war",
      // Round 19: the Indian draft quoted by Vyshinsky is typed a decision,
      // dated by the wrong day and given no author (Menon is named only in the
      // paragraph before); "Chinese People's Republic" is not in the
      // gazetteer; Vyshinsky's refusals of points 2 and 17 are of the quoted
      // draft, inside the page.
      "r19b-1952-11-24-cwihp-telegram-28163: Place China|Chinese People's "
      "Republic",
      "r19b-1952-11-24-cwihp-telegram-28163: embedded[0]: author Menon|Krishna "
      "Menon",
      "r19b-1952-11-24-cwihp-telegram-28163: embedded[0]: clause 17: proposed "
      "by Menon|Krishna Menon",
      "r19b-1952-11-24-cwihp-telegram-28163: embedded[0]: clause 1: proposed "
      "by Menon|Krishna Menon",
      "r19b-1952-11-24-cwihp-telegram-28163: embedded[0]: clause 2: proposed "
      "by Menon|Krishna Menon",
      "r19b-1952-11-24-cwihp-telegram-28163: embedded[0]: clause 3: proposed "
      "by Menon|Krishna Menon",
      "r19b-1952-11-24-cwihp-telegram-28163: embedded[0]: date 1952-11-21 (got "
      "1952-11-17)",
      "r19b-1952-11-24-cwihp-telegram-28163: stance rejects on point 17",
      "r19b-1952-11-24-cwihp-telegram-28163: stance rejects on point 2",
      // Round 19: the 83,000 of point 1 is not tied to the 70,000 of HNC-1162
      // point b.
      // Round 19, third writer (r19c-), blind 285 of 333: Renmin Ribao is not
      // in the gazetteer; point 4 speaks of the prisoners without a word for
      // them.
      "r19c-1953-03-31-telegram-11246: Organization Renmin Ribao|Жэньминь "
      "жибао|People's Daily",
      // Round 19: "ROK Army" is no organisation the gazetteer names; point 3 (a
      // guarantee that Rhee observes the armistice) carries no cue.
      "r19c-1953-06-22-cwihp-telegram-15237: Organization Syngman Rhee "
      "troops|ROK Army",
      "r19c-1953-06-22-cwihp-telegram-15237: document: clause 3: topic "
      "ceasefire",
      "r19c-1953-06-22-cwihp-telegram-15237: document: clause 3: topic "
      "political_settlement",
      // Round 19: "the conference" of the political conference is no
      // procedure of the talks; "Far East" is no place of the gazetteer (it
      // would be read in every "Commander in Chief, Far East"); the reply to
      // Zhou's telegram of 27 August is not tied (it is not in the pile).
      "r19c-1953-08-29-telegram-1036: document: clause 1: topic "
      "negotiation_procedure",
      "r19c-1953-08-29-telegram-1036: document: clause 2: topic "
      "negotiation_procedure",
      "r19c-1953-08-29-telegram-1036: responds to {\"authors\":[\"Zhou "
      "Enlai\"],\"date\":\"1953-08-27\"}",
      // Round 19: point 2 names the non-repatriates only as "them".
      // Round 19: the file gives the page's places and organisations, most of
      // them in Dulles's telegram, the first of its two documents; Nehru's
      // condition on (b) ("only on three conditions:") opens his list and is
      // not read as a position.
      "r19c-frus-tei-1953-05-23-telegram-1712: Organization Embassy in "
      "India|American Embassy in New Delhi",
      "r19c-frus-tei-1953-05-23-telegram-1712: Organization Indian Embassy in "
      "Peking",
      "r19c-frus-tei-1953-05-23-telegram-1712: Organization Neutral Nations "
      "Repatriation Commission|NNRC",
      "r19c-frus-tei-1953-05-23-telegram-1712: Person Dulles|John Foster "
      "Dulles",
      "r19c-frus-tei-1953-05-23-telegram-1712: Place Czechoslovakia",
      "r19c-frus-tei-1953-05-23-telegram-1712: Place Panmunjom",
      "r19c-frus-tei-1953-05-23-telegram-1712: Place Poland",
      "r19c-frus-tei-1953-05-23-telegram-1712: Place Sweden",
      "r19c-frus-tei-1953-05-23-telegram-1712: Place Switzerland",
      "r19c-frus-tei-1953-05-23-telegram-1712: Place Washington",
      "r19c-frus-tei-1953-05-23-telegram-1712: Place demilitarized zone",
      "r19c-frus-tei-1953-05-23-telegram-1712: document: clause 1: topic "
      "supervision",
      "r19c-frus-tei-1953-05-23-telegram-1712: document: clause 3: topic "
      "movement_restriction",
      "r19c-frus-tei-1953-05-23-telegram-1712: stance conditional on point b",
      // Round 12: Jeong Du-hwan, a member of the delegation point 4 lists, is
      // not in the gazetteer.
      "r12a-1951-10-24-telegram-peng-dehuai-mao: document: delegation member "
      "Jeong Du-hwan|Chong Tu Hwan|Chung Tu Hwan|郑斗焕",
      // Round 20's telegram 26718 embeds Li Kenong's report of 5 December with
      // the UNC's seven points of 4 December; points 4 and 5 of JCS 88140, of
      // the same day, now take their versions there rather than in HNC 548.
      "frus-1951-12-05-jcs-88140: clause 4 is a variant of 548/6",
      // Round 20 (blind, three writers, 2026-12-05): Li Kenong's report, which
      // the page calls a report, is a telegram in the file; point 3 (no arms
      // brought in) is movement_restriction there and military_aid here; the
      // lineage of points 5 and 7 to Nam Il's of 27 November (C 58115) is not
      // found.
      "r20a-1951-12-07-telegram-26718: embedded[0]: clause 3: topic "
      "movement_restriction",
      "r20a-1951-12-07-telegram-26718: embedded[0]: type telegram (got "
      "'report')",
      // Stalin answers Mao's No. 5847 of 6 December, the outgoing number and
      // day
      // under the signature of the telegram the archive numbers 26718 and dates
      // 7 December: the tie is made, but the scorer matches neither number nor
      // date, so the link and its stances count as extra. Points 5 and 6 are
      // named by their content in one sentence (observers moving freely,
      // inspection at ports); Poskrebyshev is named only in a stamp; the DPRK
      // named as a body is read as the place.
      "r20a-1951-12-10-telegram-7615: Organization Korean People's Democratic "
      "Republic|Democratic People's Republic of Korea|DPRK",
      "r20a-1951-12-10-telegram-7615: Person Poskrebyshev",
      "r20a-1951-12-10-telegram-7615: responds to {\"authors\":[\"Mao "
      "Zedong\"],\"date\":\"1951-12-06\",\"number\":\"5847\"}",
      "r20a-1951-12-10-telegram-7615: stance rejects on point 5",
      // Mao's points name the UNC's points of 4 December by their content two
      // months later, in a telegram that answers none: no tie reaches them; the
      // lineage to them is not found.
      "r20a-1952-02-12-cwihp-16761: stance amends on point 2",
      "r20a-1952-02-12-cwihp-16761: stance amends on point 6",
      "r20a-1952-02-12-cwihp-16761: stance rejects on point 4",
      // Mao answers Li Kenong's telegram of 29 April, which is not in the pile,
      // and takes positions on the UNC's package of 28 April by content; the
      // Chinese source is cited by a book title the source reader does not
      // know.
      "r20a-1952-05-01-telegram-mao-li-kenong: document: source "
      "citation=Jianguo yilai Mao Zedong junshi wengao",
      "r20a-1952-05-01-telegram-mao-li-kenong: responds to {\"authors\":[\"Li "
      "Kenong\"],\"date\":\"1952-04-29\"}",
      "r20a-1952-05-01-telegram-mao-li-kenong: stance accepts on supervision",
      "r20a-1952-05-01-telegram-mao-li-kenong: stance drops on point 1",
      "r20a-1952-05-01-telegram-mao-li-kenong: stance drops on point 4",
      "r20a-1952-05-01-telegram-mao-li-kenong: stance rejects on "
      "prisoners_of_war",
      // The Joint Chiefs answer Ridgway's C 63472 (not in the pile); the file
      // ties their positions to Mao's telegram 16761, which they never saw, by
      // content. Paragraphs 2 (the UNC's neutral nations) and 6 (the nomination
      // of the USSR) carry no supervision cue; CINCUNC Advance is named only in
      // a footnote.
      "r20a-frus-1952-02-19-jcs-901437: document: clause 2: topic supervision",
      "r20a-frus-1952-02-19-jcs-901437: document: clause 6: topic supervision",
      "r20a-frus-1952-02-19-jcs-901437: stance amends on point 2",
      "r20a-frus-1952-02-19-jcs-901437: stance insists on point 3",
      "r20a-frus-1952-02-19-jcs-901437: stance insists on point 4",
      "r20a-frus-1952-02-19-jcs-901437: stance rejects on point 1",
      // Nam Il's reply to the package proposal is tied to HNC 1162, which the
      // file does not list, and his inline points (the airfields dropped, the
      // USSR withdrawn) are read as no positions on it.
      "r20a-frus-tei-1952-05-02-hnc-1171: clause 2 is a variant of 901437/2",
      "r20a-frus-tei-1952-05-02-hnc-1171: link RESPONDS_TO  "
      "doc:telegram-hnc-1171-1952-05-02 -> doc:telegram-hnc-1162-1952-04-28",
      "r20a-frus-tei-1952-05-02-hnc-1171: stance accepts on supervision",
      "r20a-frus-tei-1952-05-02-hnc-1171: stance drops on point 1",
      "r20a-frus-tei-1952-05-02-hnc-1171: stance drops on point 4",
      "r20a-frus-tei-1952-05-02-hnc-1171: stance rejects on prisoners_of_war",
      // The delegation's draft for item 5, whose introduction says the
      // delegation agreed it, is read as an agreement of the telegram's day,
      // with no delegation of its own; the Russian text is read as the outer
      // telegram's.
      "r20b-1952-02-04-telegram-16275: embedded[0]: date 1952-02-03 (got "
      "1952-02-04)",
      "r20b-1952-02-04-telegram-16275: embedded[0]: delegation exists",
      "r20b-1952-02-04-telegram-16275: embedded[0]: language ru",
      "r20b-1952-02-04-telegram-16275: embedded[0]: type draft (got "
      "'agreement')",
      "r20b-1952-02-04-telegram-16275: link STANCE rejects "
      "doc:telegram-16275-1952-02-04 -> "
      "doc:telegram-16275-1952-02-04/agreement-1952-02-04/clause-4",
      // Zhou Enlai's draft statement is introduced beside the General Assembly
      // resolution of 28 August and 'agreed' with the Koreans: it is read as an
      // agreement of 28 August. Its arrangements for the conference carry
      // negotiation_procedure in the file.
      "r20b-1953-09-11-telegram-24308: embedded[0]: clause 2: topic "
      "negotiation_procedure",
      "r20b-1953-09-11-telegram-24308: embedded[0]: clause 2: topic "
      "political_settlement",
      "r20b-1953-09-11-telegram-24308: embedded[0]: clause 3: topic "
      "negotiation_procedure",
      "r20b-1953-09-11-telegram-24308: embedded[0]: clause 4: topic "
      "negotiation_procedure",
      "r20b-1953-09-11-telegram-24308: embedded[0]: date 1953-09-11 (got "
      "1953-08-28)",
      // 'As to the third point, we think it inexpedient ... It would be better
      // to say ...': a refusal followed by other wording in the next sentences
      // amends in the file.
      "r20b-1953-09-12-cwihp-telegram-2167: stance amends on point 3",
      // Zhou Enlai's paragraphs 1-6 take positions on Dean's six points ('On
      // the first point ...'); the counterproposal (1)-(4) after them is the
      // cable's, put forward by 'our side', so no person proposes it. The
      // positions are not tied: the cable answers Huang Hua's cable of 20
      // November, not in the pile, and names Dean's proposal only as 'the
      // six-point proposal Dean made on the 19th'. The source 'PRC FMA
      // 206-00048-07, 14-17' is the citation whole, where the file wants the
      // file number alone.
      "r20b-1953-11-21-cable-zhou-enlai-huang-hua: document: source "
      "citation=206-00048-07",
      "r20b-1953-11-21-cable-zhou-enlai-huang-hua: responds to "
      "{\"authors\":[\"Huang Hua\"],\"date\":\"1953-11-20\"}",
      "r20b-1953-11-21-cable-zhou-enlai-huang-hua: stance accepts on point 5",
      "r20b-1953-11-21-cable-zhou-enlai-huang-hua: stance accepts on point 6",
      "r20b-1953-11-21-cable-zhou-enlai-huang-hua: stance amends on point 2",
      "r20b-1953-11-21-cable-zhou-enlai-huang-hua: stance conditional on point "
      "1",
      "r20b-1953-11-21-cable-zhou-enlai-huang-hua: stance rejects on point 3",
      "r20b-1953-11-21-cable-zhou-enlai-huang-hua: stance rejects on point 4",
      // Joy's points on the item 5 text ('foreign forces', 'etc.') name no
      // political conference, which the file's political_settlement is.
      "r20b-frus-1952-02-16-hnc-887: clause 3 is a variant of 16275/4",
      "r20b-frus-1952-02-16-hnc-887: document: clause 2: topic "
      "political_settlement",
      "r20b-frus-1952-02-16-hnc-887: document: clause 3: topic "
      "political_settlement",
      "r20b-frus-1952-02-16-hnc-887: stance amends on political_settlement",
      // Dean's package for the political conference: the file gives every point
      // negotiation_procedure as well, which the topics give only to points
      // that
      // name a procedure. The Korean and Chinese governments named as bodies
      // are
      // read as places.
      "r20b-frus-tei-1953-11-19-telegram-498: Organization Democratic People's "
      "Republic of Korea|DPRK",
      "r20b-frus-tei-1953-11-19-telegram-498: Organization People's Republic "
      "of China|PRC",
      "r20b-frus-tei-1953-11-19-telegram-498: Organization Republic of "
      "Korea|ROK",
      "r20b-frus-tei-1953-11-19-telegram-498: document: clause 2: topic "
      "political_settlement",
      "r20b-frus-tei-1953-11-19-telegram-498: document: clause 4: topic "
      "negotiation_procedure",
      // Li Kenong's report is a report here and a telegram in the file.
      "r20c-1952-09-30-telegram-24815: embedded[0]: type telegram (got "
      "'report')",
      // Zhou Enlai's cable to Pearson rejects the General Assembly resolution
      // of
      // 3 December by content; the quoted cable is read as the resolution (a
      // decision of 3 December). The Mexican and Soviet delegations, named by
      // adjective, are no bodies of the gazetteer.
      "r20c-1952-12-15-cwihp-telegram-29962: Organization Mexican delegation",
      "r20c-1952-12-15-cwihp-telegram-29962: Organization Soviet "
      "delegation|delegation of the Soviet Union",
      "r20c-1952-12-15-cwihp-telegram-29962: Place North Korea|Korean "
      "Democratic People's Republic",
      "r20c-1952-12-15-cwihp-telegram-29962: Place United States",
      "r20c-1952-12-15-cwihp-telegram-29962: embedded[0]: date 1952-12-14 (got "
      "1952-12-03)",
      "r20c-1952-12-15-cwihp-telegram-29962: stance rejects on "
      "political_settlement",
      "r20c-1952-12-15-cwihp-telegram-29962: stance rejects on "
      "prisoners_of_war",
      "r20c-1952-12-15-cwihp-telegram-29962: stance rejects on supervision",
      // Point 3 of Kuznetsov's summary of Zhou Enlai's statement (a neutral
      // state holds the prisoners) carries no supervision cue, and its lineage
      // to Harrison's second alternative is not found. Point 1 says the two
      // governments 'agree to the proposal of General Clark': the position is
      // tied to the summary's own point 3, read as a reported point.
      "r20c-1953-03-30-telegram-11118: link STANCE accepts "
      "doc:telegram-11118-1953-03-30 -> doc:telegram-11118-1953-03-30/clause-3",
      "r20c-1953-03-30-telegram-11118: document: clause 3: topic supervision",
      // Li Kenong reports his side's answers to Daniel's five points, which
      // only
      // Clark's C 61738 prints: the positions are read, but tied to Li's own
      // restatement of the points in the same telegram.
      "r20c-1953-04-07-telegram-li-kenong-mao: link STANCE accepts "
      "doc:telegram-1953-04-07-li-kenong -> "
      "doc:telegram-1953-04-07-li-kenong/clause-5",
      "r20c-1953-04-07-telegram-li-kenong-mao: stance accepts on point 1",
      "r20c-1953-04-07-telegram-li-kenong-mao: stance accepts on point 3",
      "r20c-1953-04-07-telegram-li-kenong-mao: stance accepts on point 4",
      "r20c-1953-04-07-telegram-li-kenong-mao: stance amends on point 2",
      "r20c-1953-04-07-telegram-li-kenong-mao: stance rejects on point 5",
      // The Mexican plan is quoted from the embassy's summary: its author
      // (Tello, who handed the aide-mémoire) and its day (27 October) stand in
      // the sentence before; the State Department named as 'Dept', 'USG' and
      // 'Soviet bloc' are no bodies of the gazetteer; USUN is named only in a
      // footnote; 'we would prefer that costs be met by states which receive
      // the
      // prisoners' is read as no amendment.
      "r20c-frus-1952-10-29-telegram-412: Organization Mexican "
      "delegation|Mexican Del",
      "r20c-frus-1952-10-29-telegram-412: Organization Soviet bloc",
      "r20c-frus-1952-10-29-telegram-412: Organization United States "
      "Government|USG",
      "r20c-frus-1952-10-29-telegram-412: embedded[0]: author Tello|Manuel "
      "Tello",
      "r20c-frus-1952-10-29-telegram-412: embedded[0]: clause 1: topic "
      "ceasefire",
      "r20c-frus-1952-10-29-telegram-412: embedded[0]: date 1952-10-27 (got "
      "1952-10-29)",
      "r20c-frus-1952-10-29-telegram-412: embedded[0]: type memorandum (got "
      "'message')",
      "r20c-frus-1952-10-29-telegram-412: stance amends on point 4",
      // Points 3 and 4 of Daniel's proposals speak of delivery and numbers
      // without naming prisoners; Lee Sang Cho's acceptance of point 1 is
      // reported as agreement 'in principle that the exchange take place at
      // Panmunjom', by content.
      "r20c-frus-tei-1953-04-06-c-61738: document: clause 3: topic "
      "prisoners_of_war",
      "r20c-frus-tei-1953-04-06-c-61738: stance accepts on point 1",
      // Round 21's telegrams of 8 and 9 October 1951 (Mao's cable 24812 and
      // Filippov's 6089) now stand nearest in the version chains: points b and
      // c
      // take their versions there, not in cable 21680.
      // Round 21's October 1951 pages stand nearer in the version chain than
      // cable 16002.
      // Round 21's prisoner pages of December 1951 and January 1952 stand
      // nearer
      // in the version chain than JCS 92059.
      // Round 21 (blind, three writers, 2026-12-05): Li Kenong's report is a
      // report here and a telegram in the file; Joy's point в (the 38th
      // parallel
      // not to be discussed) carries no cue; Burke and Craigie are read as
      // persons but not as members of the delegation listed with Joy at its
      // head; the lineage of Nam Il's point 3 to the seed's point 2 is not
      // found.
      "r21a-1951-07-30-telegram-22414: embedded[0]: clause в: topic "
      "demarcation_line",
      "r21a-1951-07-30-telegram-22414: embedded[0]: clause в: topic "
      "negotiation_procedure",
      "r21a-1951-07-30-telegram-22414: embedded[0]: delegation member "
      "Burke|БЭРК",
      "r21a-1951-07-30-telegram-22414: embedded[0]: delegation member "
      "Craigie|КРЕЙГИ",
      "r21a-1951-07-30-telegram-22414: embedded[0]: type telegram (got "
      "'report')",
      // Kim Il Sung's four conditions (a-d) are introduced by Razuvaev's report
      // of what Kim said, in a sentence the proposer readers do not take; Nam
      // Il's letter of 23 August is dated by the incident of the 22nd named
      // before it and has no addressee; Yao Qingxiang and the Chinese military
      // police are not in the gazetteer.
      "r21a-1951-08-24-cwihp-502694: Organization Chinese military police",
      "r21a-1951-08-24-cwihp-502694: document: clause a: proposed by Kim Il "
      "Sung|KIM IL SUNG",
      "r21a-1951-08-24-cwihp-502694: document: clause a: topic "
      "negotiation_procedure",
      "r21a-1951-08-24-cwihp-502694: document: clause b: proposed by Kim Il "
      "Sung|KIM IL SUNG",
      "r21a-1951-08-24-cwihp-502694: document: clause c: proposed by Kim Il "
      "Sung|KIM IL SUNG",
      "r21a-1951-08-24-cwihp-502694: document: clause c: topic "
      "negotiation_procedure",
      "r21a-1951-08-24-cwihp-502694: document: clause d: proposed by Kim Il "
      "Sung|KIM IL SUNG",
      "r21a-1951-08-24-cwihp-502694: embedded[0]: recipient Joy",
      // Filippov's answer ties its positions to the letter quoted in cable
      // 24812
      // as well as to Mao's own points (the file lists only Mao's), and its
      // refusal of a new suspension is read as no position on the procedure.
      "r21a-1951-10-09-telegram-6089: link STANCE drops "
      "doc:telegram-6089-1951-10-09 -> doc:cable-24812-1951-10-08/clause-4",
      "r21a-1951-10-09-telegram-6089: stance rejects on negotiation_procedure",
      // The JCS answer to HNC 108 and HNC 112 ties to HNC 108 only (HNC 112 is
      // not in the pile); the agenda items it accepts carry no procedure cue;
      // 'Defense' is no body of the gazetteer.
      "r21a-frus-1951-07-19-jcs-96586: document: clause 3: topic "
      "negotiation_procedure",
      "r21a-frus-1951-07-19-jcs-96586: document: clause 5: topic "
      "negotiation_procedure",
      "r21a-frus-1951-07-19-jcs-96586: link STANCE accepts "
      "doc:telegram-jcs-96586-1951-07-19 -> "
      "doc:telegram-hnc-108-1951-07-17/clause-3",
      "r21a-frus-1951-07-19-jcs-96586: responds to "
      "{\"date\":\"1951-07-18\",\"number\":\"112\"}",
      "r21a-frus-1951-07-19-jcs-96586: stance rejects on "
      "foreign_forces_withdrawal",
      // Documents inside documents: Ridgway's message quotes the Kim-Peng
      // letter
      // and his proposed reply; the reply is read as a message of 4 October
      // with
      // the letter's writers, and it is tied to the letter in cable 24812 and
      // to
      // C-54093; 'Peiping radio' is no body of the gazetteer.
      "r21a-frus-tei-1951-10-08-c-54168: Organization Peiping radio|Radio "
      "Peking",
      "r21a-frus-tei-1951-10-08-c-54168: Place Washington",
      "r21a-frus-tei-1951-10-08-c-54168: embedded[1]: clause 4: topic "
      "demarcation_line",
      // Mao endorses Li Kenong's four points as a whole ("I consider the
      // proposals of Comrade LI KENONG correct"), which names none of them, and
      // "consider ... correct" is no acceptance cue; the report is a message
      // here and a telegram in the file; point 1 (the civilians reclassified)
      // carries the prisoners' topic only.
      "r21b-1951-12-19-telegram-27311: embedded[0]: clause 1: topic civilians",
      // Point 3's change and point 4's condition are read as an acceptance and
      // an insistence.
      "r21b-1951-12-21-cwihp-telegram-filippov-mao: stance amends on point 3",
      // Mao's answers to Libby's six points of 2 January are tied to none: the
      // telegram answers Li Kenong's of 3 January, not in the pile, and
      // HNC-663,
      // which prints the six points, is the other side's; the source is a book
      // the source reader does not parse.
      "r21b-1952-01-04-telegram-mao-li-kenong: document: source "
      "citation=Jianguo yilai Mao Zedong wengao, vol. 3 (Beijing: Zhongyang "
      "wenxian chubanshe, 1989), 8-9",
      "r21b-1952-01-04-telegram-mao-li-kenong: stance conditional on point 4",
      // "I consider the first and third points of Cde. Li Kenong correct":
      // "consider ... correct" is no acceptance cue; Tsai Chengwen is not in
      // the gazetteer; the report is a message here and a telegram in the file.
      "r21b-1952-04-21-cable-18470: Organization Korean People's Army|People's "
      "Army",
      "r21b-1952-04-21-cable-18470: Person Tsai Chengwen|TSAI CHENGWEN|Tsai "
      "Cheng-wen",
      "r21b-1952-04-21-cable-18470: embedded[0]: clause 2: topic "
      "prisoners_of_war",
      // The JCS amendment of point d is read as a refusal; Hickman and Tsai
      // Chengwen are not in the gazetteer; Koje-do and Tokyo are named only in
      // the first of the file's two documents.
      "r21b-frus-tei-1952-04-04-jcs-905347: Person Hickman|George W. Hickman",
      "r21b-frus-tei-1952-04-04-jcs-905347: Person Tsai Chengwen|Tsai "
      "Cheng-wen",
      "r21b-frus-tei-1952-04-04-jcs-905347: Place Koje-do|Koje Island|Geoje",
      "r21b-frus-tei-1952-04-04-jcs-905347: Place Tokyo",
      "r21b-frus-tei-1952-04-04-jcs-905347: document: clause 3: topic "
      "negotiation_procedure",
      "r21b-frus-tei-1952-04-04-jcs-905347: document: clause 4: topic "
      "negotiation_procedure",
      // Mao's orders are tied as insistence to Peng Dehuai's telegram of 20
      // June
      // (round 7's page) rather than to nothing; 'South Korean army' and 'South
      // Korea' are read as the ROK's place and body of another form; point 3
      // (the line's final check suspended) is read as demarcation_line only.
      "r21c-1953-06-21-telegram-15410: Organization South Korean army|ROK Army",
      "r21c-1953-06-21-telegram-15410: Place South Korea",
      "r21c-1953-06-21-telegram-15410: link STANCE insists "
      "doc:telegram-15410-1953-06-21/telegram-1953-06-21 -> "
      "doc:telegram-1953-06-20-peng-dehuai/clause-1",
      "r21c-1953-06-21-telegram-15410: link STANCE insists "
      "doc:telegram-15410-1953-06-21/telegram-1953-06-21 -> "
      "doc:telegram-1953-06-20-peng-dehuai/clause-3",
      // Molotov answers Mao's points as Kuznetsov passed them on ("his telegram
      // No. 15410"): the reply is tied to that telegram, but its positions,
      // numbered as Mao's points, are not read as positions on them; the
      // reply's own number 611 stands after the signature; several places
      // and bodies are named by adjective.
      "r21c-1953-06-24-cwihp-telegram-molotov-kuznetsov: Organization Neutral "
      "Nations Repatriation Commission|commission for repatriation",
      "r21c-1953-06-24-cwihp-telegram-molotov-kuznetsov: Organization South "
      "Korean army|ROK Army",
      "r21c-1953-06-24-cwihp-telegram-molotov-kuznetsov: Place China",
      "r21c-1953-06-24-cwihp-telegram-molotov-kuznetsov: Place Korea",
      "r21c-1953-06-24-cwihp-telegram-molotov-kuznetsov: Place South Korea",
      "r21c-1953-06-24-cwihp-telegram-molotov-kuznetsov: document: number 611",
      "r21c-1953-06-24-cwihp-telegram-molotov-kuznetsov: stance accepts on "
      "point 1",
      "r21c-1953-06-24-cwihp-telegram-molotov-kuznetsov: stance accepts on "
      "point 4",
      "r21c-1953-06-24-cwihp-telegram-molotov-kuznetsov: stance amends on "
      "point 2",
      "r21c-1953-06-24-cwihp-telegram-molotov-kuznetsov: stance conditional on "
      "point 3",
      // Harrison's assurances speak of the armistice's coming into force
      // without
      // a ceasefire cue; the 72-hour withdrawal from the demilitarized zone is
      // read as buffer_zone; the Soviet ministry's department is no body of the
      // gazetteer.
      "r21c-1953-07-20-cable-17716: Place demilitarized zone",
      "r21c-1953-07-20-cable-17716: embedded[0]: clause 1: topic ceasefire",
      "r21c-1953-07-20-cable-17716: embedded[0]: clause 2: topic ceasefire",
      "r21c-1953-07-20-cable-17716: embedded[0]: clause 3: topic ceasefire",
      "r21c-1953-07-20-cable-17716: embedded[0]: clause 5: topic withdrawal",
      // CINCPAC and the Embassy are named only in the repetition note; the ROK
      // named as a body is read as the place.
      "r21c-frus-1953-06-08-cx-62840: Organization CINCPAC|Commander in Chief, "
      "Pacific",
      "r21c-frus-1953-06-08-cx-62840: Organization Embassy in Korea",
      "r21c-frus-1953-06-08-cx-62840: Organization ROK|Republic of Korea",
      // Rhee's aide-memoire is dated by the sentence before it, not read;
      // Robertson's answers (1) and (2) say what the US will do instead, read
      // as
      // no amendment; (4) 'This we can meet' is no acceptance cue; Briggs and
      // Pyun are not in the gazetteer; the telegram's number 17 opens the 'From
      // Robertson' line.
      "r21c-frus-1953-07-02-telegram-17: Organization ANZUS",
      "r21c-frus-1953-07-02-telegram-17: Place demilitarized zone|DMZ",
      "r21c-frus-1953-07-02-telegram-17: document: number 17",
      "r21c-frus-1953-07-02-telegram-17: embedded[0]: clause 1: topic "
      "foreign_forces_withdrawal",
      "r21c-frus-1953-07-02-telegram-17: embedded[0]: clause 2: topic "
      "military_aid",
      "r21c-frus-1953-07-02-telegram-17: embedded[0]: clause 4: topic "
      "prisoners_of_war",
      "r21c-frus-1953-07-02-telegram-17: embedded[0]: date 1953-07-01 (got "
      "1953-07-02)",
      "r21c-frus-1953-07-02-telegram-17: embedded[0]: recipient Robertson",
      "r21c-frus-1953-07-02-telegram-17: embedded[0]: type aide-memoire (got "
      "'message')",
      "r21c-frus-1953-07-02-telegram-17: responds to {\"authors\":[\"Syngman "
      "Rhee\"],\"date\":\"1953-07-01\"}",
      "r21c-frus-1953-07-02-telegram-17: stance amends on point 1",
      "r21c-frus-1953-07-02-telegram-17: stance amends on point 2",
      // The signing arrangements (a-c) carry no procedure or ceasefire cue;
      // their lineage to cable 17716 is not found; the ROK and the
      // demilitarized
      // zone are named by forms the gazetteer reads otherwise.
      "r21c-frus-tei-1953-07-25-cx-63925: Organization ROK|Republic of Korea",
      "r21c-frus-tei-1953-07-25-cx-63925: Place demilitarized zone",
      "r21c-frus-tei-1953-07-25-cx-63925: document: clause c: topic ceasefire",
      // Lineage shift: round 22's pages put nearer versions of the demarcation
      // line in the chain (Li Kenong's points of 16 August).
      // Mao's telegram of 15 July 1952 exists twice, as a page of its own and
      // quoted in r22b 21646: the reply ties to the copy the linker meets
      // first.
      "1952-07-16-telegram-21775: link RESPONDS_TO  "
      "doc:telegram-21775-1952-07-16/message-1952-07-16 -> "
      "doc:cable-21646-1952-07-18/telegram-1952-07-15",
      // Lineage shift: rounds 22 and 23 add clauses of the same topics near May
      // 1953; the pairing of d and f moved.
      // Lineage shift, the same pair as telegram 3017 from the other side.
      // Lineage shift: round 22's pages of August-October 1951 on the line
      // stand nearer.
      // Lineage shift: round 22's autumn 1953 pages on the prisoners stand
      // between the two.
      // Lineage shift, the same pair as telegram 18573 from the other side.
      // Lineage shift: round 23's March 1952 pages on the ports and inspection
      // stand nearer.
      // Lineage shift, as for Mao's directive of 1 May 1952.
      // Lineage shift: round 22's pages on the preliminary talks (Zhou's five
      // points, Dean's telegram 118) stand nearer than 24308 and 498.
      "r20b-1953-11-21-cable-zhou-enlai-huang-hua: clause 2 is a variant of "
      "24308/3",
      // Lineage shift: round 22's September 1951 pages on the line stand nearer
      // than 21680.
      // Li Kenong's report is read as a message (the file: a telegram); the
      // sub-delegation 'to name two persons to the subcommittee' is no
      // delegation (a sub-delegation is none); point б speaks of corrections of
      // the line without a line word of the topics table.
      "r22a-1951-08-17-telegram-22987: embedded[0]: delegation exists",
      // 'We see no need to bind the subcommittee to a term of 10 days' reads as
      // a dropped insistence, on point 3 by the paragraph's number; the file:
      // rejects point 3.
      "r22a-1951-08-19-cable-4462: stance rejects on point 3",
      // 'the 38th parallel can no longer be upheld' is a point of Kim Il Sung's
      // own list, read as his clause, not as a position on earlier points.
      "r22a-1951-09-14-telegram-503021: stance drops on demarcation_line",
      // Point 3 ('Kaesong ... stays on our side') names no word of the
      // demarcation_line topic; the dropped 38th parallel is inside a point,
      // not a position.
      "r22a-1951-10-20-cwihp-25068: stance drops on demarcation_line",
      // The Communist sub-delegation's acceptance, reported by Ridgway, is a
      // third party's position, not the report's own (the file takes it as the
      // report's).
      "r22a-frus-tei-1951-11-21-hnc-525: stance accepts on point a",
      "r22a-frus-tei-1951-11-21-hnc-525: stance accepts on point c",
      "r22a-frus-tei-1951-11-21-hnc-525: stance amends on point b",
      // Kim Il Sung's reply quoted second is read as a message without its hour
      // (16.7.52 under the signature; the hour is in Mao's introduction); its
      // positions tie to the held-out copy of Mao's telegram of 14 July's reply
      // chain; 'put the question of air defence to Comrade Filippov ... one
      // more fighter air division' is no amendment the stance reader knows.
      "r22b-1952-07-18-cable-21646: embedded[1]: sent 1952-07-16T21:00 (got )",
      "r22b-1952-07-18-cable-21646: embedded[1]: type telegram (got 'message')",
      "r22b-1952-07-18-cable-21646: link RESPONDS_TO  "
      "doc:cable-21646-1952-07-18/telegram-1952-07-15 -> "
      "doc:telegram-1952-07-15-mao-zedong/telegram-1952-07-14",
      "r22b-1952-07-18-cable-21646: link STANCE rejects "
      "doc:cable-21646-1952-07-18/telegram-1952-07-15 -> "
      "doc:telegram-1952-07-15-mao-zedong/telegram-1952-07-14/clause-1",
      "r22b-1952-07-18-cable-21646: link STANCE rejects "
      "doc:cable-21646-1952-07-18/telegram-1952-07-15 -> "
      "doc:telegram-1952-07-15-mao-zedong/telegram-1952-07-14/clause-2",
      "r22b-1952-07-18-cable-21646: stance amends on point 3",
      // Stalin's endorsement of Mao's position on the 83,000 is a speaker's
      // remark in the record, not read as the record's position.
      "r22b-1952-09-04-record-stalin-kim-zhou: stance accepts on "
      "prisoners_of_war",
      // Stalin's point 1, reported by Zhou in his own numbered list, is read as
      // the writer's; 'the volunteers' alone is no alias of the CPV.
      "r22b-1952-09-22-report-zhou-enlai-mao: Organization Chinese People's "
      "Volunteers|volunteers",
      "r22b-1952-09-22-report-zhou-enlai-mao: document: clause 1: proposed by "
      "Stalin",
      // The JCS paragraphs ('The procedure in your paras 1, 2 and 4 is
      // approved') carry no topic word of procedure; 'Defense' alone is no
      // alias.
      "r22b-frus-1952-10-06-jcs-919958: document: clause 1: topic "
      "negotiation_procedure",
      "r22b-frus-1952-10-06-jcs-919958: document: clause 2: topic "
      "negotiation_procedure",
      "r22b-frus-1952-10-06-jcs-919958: document: clause 3: topic "
      "negotiation_procedure",
      // Clark's plan cites the JCS instruction of 24 September and is tied to
      // it as a reply (the file: no reply); its statement and recess points
      // carry the topic words of other topics.
      "r22b-frus-tei-1952-10-04-cx-56822: document: clause 1: topic "
      "prisoners_of_war",
      "r22b-frus-tei-1952-10-04-cx-56822: link RESPONDS_TO  "
      "doc:telegram-cx-56822-1952-10-04 -> doc:telegram-jcs-919387-1952-09-24",
      // 'the Indian troops' is no alias of the Custodian Force, India; 'a
      // government delegation of the DPRK headed by himself' names its head by
      // a reflexive pronoun.
      "r22c-1953-09-07-cable-24117: Organization Indian troops|Custodian Force "
      "India",
      "r22c-1953-09-07-cable-24117: document: delegation exists",
      // The stances are read from the Russian, where 'Однако не следует ...
      // требовать' falls outside the negator's reach (the point is amended in
      // the file) and 'Пятый пункт ... твёрдо отстаивать' reads as an
      // acceptance.
      "r22c-1953-10-25-telegram-1743: link STANCE insists "
      "doc:telegram-1743-1953-10-25 -> "
      "doc:telegram-1953-10-23-zhou-enlai/clause-3",
      "r22c-1953-10-25-telegram-1743: stance amends on point 3",
      // 'which HUANG HUA and KI SOK BOK will put forward jointly' names the
      // ones to table the points (Ki Sok Bok, the verb's nearest subject); the
      // file gives them to Zhou Enlai, who set them out.
      "r22c-1953-11-27-cwihp-31587: document: clause 1: proposed by Zhou "
      "Enlai|ZHOU ENLAI",
      "r22c-1953-11-27-cwihp-31587: document: clause 2: proposed by Zhou "
      "Enlai|ZHOU ENLAI",
      "r22c-1953-11-27-cwihp-31587: document: clause 3: proposed by Zhou "
      "Enlai|ZHOU ENLAI",
      "r22c-1953-11-27-cwihp-31587: document: clause 4: proposed by Zhou "
      "Enlai|ZHOU ENLAI",
      // 'CINCUNC' appears only in the repeat line of the cable's routing.
      "r22c-frus-1953-11-30-telegram-118: Organization Commander in Chief, "
      "United Nations Command|CINCUNC|United Nations Command",
      // The newspaper is named only in Russian ('Жэньминь жибао'); point 4 ('no
      // political questions') has no word of the political_settlement topic.
      "r23a-1951-06-27-record-176511: Organization Renmin Ribao|Жэньминь жибао",
      "r23a-1951-06-27-record-176511: document: clause 4: topic "
      "political_settlement",
      // A Chinese record of conversation in the older layout with speaker
      // labels ('Premier:') and a 'Present on our side' list: the speaker by
      // office is not read as Zhou Enlai, so the record has no author and its
      // points no proposer; the participants and places are not in the
      // gazetteer.
      "r23a-1952-06-15-record-114273: Person Chen Jiakang",
      "r23a-1952-06-15-record-114273: Person Pu Shouchang",
      "r23a-1952-06-15-record-114273: Place Xihuating",
      "r23a-1952-06-15-record-114273: Place Zhongnanhai",
      "r23a-1952-06-15-record-114273: document: author Zhou Enlai|Premier "
      "Zhou|Premier Zhou Enlai",
      "r23a-1952-06-15-record-114273: document: clause 1: proposed by Zhou "
      "Enlai",
      "r23a-1952-06-15-record-114273: document: clause 2: proposed by Zhou "
      "Enlai",
      // The memorandum's number is printed '14 August 1953 No. 617/gr' under
      // the signature and stored as the outgoing number; the draft instructions
      // attached without quotation marks are not set apart as a document; 'MID
      // USSR' and 'Far East' are not read.
      "r23a-1953-08-14-cwihp-memo-617: Organization Soviet Embassy in "
      "Pyongyang|Embassy in Pyongyang",
      "r23a-1953-08-14-cwihp-memo-617: document: number 617",
      "r23a-1953-08-14-cwihp-memo-617: embedded[0] exists",
      // Zhou Enlai's change to point 1 (adding Indonesia and Pakistan) is read
      // as an acceptance; the embassy, the State Administrative Council and
      // 'the Indian custodial troops' are not in the gazetteer.
      "r23a-1953-08-17-record-121884: Organization Indian custodial "
      "troops|Custodian Force India",
      "r23a-1953-08-17-record-121884: Organization Soviet Embassy|Embassy",
      "r23a-1953-08-17-record-121884: Organization State Administrative "
      "Council",
      "r23a-1953-08-17-record-121884: link STANCE accepts "
      "doc:record-of-conversation-1953-08-17-vasily-kuznetsov -> "
      "doc:memorandum-1372-1953-08-14/clause-1",
      "r23a-1953-08-17-record-121884: stance amends on point 1",
      // A memorandum of conversation is typed memorandum (the file:
      // conversation); its lettered conditions are not given to Johnson, who
      // speaks them in the memorandum's third person; its positions on Zhou's
      // two ways and its reply to the record of 15 June are not read (no
      // citation of it by date).
      "r23a-frus-1952-06-24-memcon-steel: document: clause a: proposed by "
      "Johnson|U. Alexis Johnson",
      "r23a-frus-1952-06-24-memcon-steel: document: clause b: proposed by "
      "Johnson|U. Alexis Johnson",
      "r23a-frus-1952-06-24-memcon-steel: document: clause b: topic "
      "prisoners_of_war",
      "r23a-frus-1952-06-24-memcon-steel: document: clause c: proposed by "
      "Johnson|U. Alexis Johnson",
      "r23a-frus-1952-06-24-memcon-steel: document: type conversation (got "
      "'memorandum')",
      "r23a-frus-1952-06-24-memcon-steel: stance conditional on point 2",
      // Typed memorandum (the file: conversation); Rusk's positions on
      // Gromyko's points, named by their content in the third person, are not
      // read as the memorandum's.
      "r23a-frus-tei-1951-06-28-memcon-rusk: Organization Chinese People's "
      "Volunteers|Chinese volunteers",
      "r23a-frus-tei-1951-06-28-memcon-rusk: document: clause a: topic "
      "demarcation_line",
      "r23a-frus-tei-1951-06-28-memcon-rusk: document: type conversation (got "
      "'memorandum')",
      "r23a-frus-tei-1951-06-28-memcon-rusk: stance accepts on "
      "negotiation_procedure",
      "r23a-frus-tei-1951-06-28-memcon-rusk: stance accepts on "
      "political_settlement",
      "r23a-frus-tei-1951-06-28-memcon-rusk: stance conditional on ceasefire",
      "r23a-frus-tei-1951-06-28-memcon-rusk: stance rejects on withdrawal",
      // The Kim-Peng letter quoted in Russian and in English is read as two
      // documents, one a language (their introductions differ); point 3 (a
      // joint body for incidents) has no supervision word.
      "r23b-1951-09-19-telegram-23991: embedded[0]: clause 3: topic "
      "supervision",
      "r23b-1951-09-19-telegram-23991: embedded[0]: language ru",
      // 'Dispatched 23:40 20.IX.1951' is not read as the hour sent; 'should not
      // be pressed. If the Americans refuse it, let it go' on point 3 reads
      // conditional, and ties to both copies of the letter (see 23991).
      "r23b-1951-09-20-cable-5487: document: sent 1951-09-20T23:40 (got )",
      "r23b-1951-09-20-cable-5487: link STANCE conditional "
      "doc:cable-5487-1951-09-20 -> "
      "doc:telegram-23991-1951-09-19/message-1951-09-19-2/clause-2",
      "r23b-1951-09-20-cable-5487: link STANCE conditional "
      "doc:cable-5487-1951-09-20 -> "
      "doc:telegram-23991-1951-09-19/message-1951-09-19-2/clause-3",
      "r23b-1951-09-20-cable-5487: link STANCE conditional "
      "doc:cable-5487-1951-09-20 -> "
      "doc:telegram-23991-1951-09-19/message-1951-09-19/clause-2",
      "r23b-1951-09-20-cable-5487: link STANCE conditional "
      "doc:cable-5487-1951-09-20 -> "
      "doc:telegram-23991-1951-09-19/message-1951-09-19/clause-3",
      "r23b-1951-09-20-cable-5487: stance drops on point 3",
      // The signatories of the liaison officers' agreement sign under the
      // Chinese and the English texts without a 'Signed:' line, and the points'
      // words (the 1,000-yard circle, the road strip) carry no buffer-zone or
      // movement word of the topics table.
      "r23b-1951-10-22-agreement-liaison-officers: document: author Chai "
      "Chengwen|柴成文",
      "r23b-1951-10-22-agreement-liaison-officers: document: author Chang Chun "
      "San|张春山",
      "r23b-1951-10-22-agreement-liaison-officers: document: author Kinney|A. "
      "J. Kinney|肯尼",
      "r23b-1951-10-22-agreement-liaison-officers: document: author Murray|J. "
      "C. Murray|穆莱",
      "r23b-1951-10-22-agreement-liaison-officers: document: clause 三: topic "
      "buffer_zone",
      "r23b-1951-10-22-agreement-liaison-officers: document: clause 三: topic "
      "movement_restriction",
      "r23b-1951-10-22-agreement-liaison-officers: document: clause 二: topic "
      "buffer_zone",
      "r23b-1951-10-22-agreement-liaison-officers: document: clause 五: topic "
      "buffer_zone",
      "r23b-1951-10-22-agreement-liaison-officers: document: clause 六: topic "
      "movement_restriction",
      "r23b-1951-10-22-agreement-liaison-officers: document: clause 四: topic "
      "buffer_zone",
      // The quoted letter's signature paragraph ('M. B. Ridgway, General, ...,
      // 22 September 1951.') opens with a quotation mark and is read as text;
      // the instructions' lettered points carry no topic word; Ridgway's
      // positions on Kim and Peng's proposals are inside his quoted letter.
      "r23b-frus-1951-09-21-c-51315: document: clause b: topic buffer_zone",
      "r23b-frus-1951-09-21-c-51315: document: clause c: topic buffer_zone",
      "r23b-frus-1951-09-21-c-51315: document: clause d: topic "
      "demarcation_line",
      // '中立国视察小组' and the inspection teams are not in the gazetteer.
      "r23c-1952-03-05-telegram-mao-li-kenong: Organization neutral nations' "
      "inspection teams|Neutral Nations Inspection Teams|中立国视察小组",
      // The approved reply's positions are inside the decision's attachment;
      // the inspection teams are not in the gazetteer.
      "r23c-1952-03-10-cwihp-politburo-P85-236: Organization neutral nations' "
      "inspection teams|neutral inspection teams|Neutral Nations Inspection "
      "Teams",
      "r23c-1952-03-10-cwihp-politburo-P85-236: stance accepts on "
      "movement_restriction",
      "r23c-1952-03-10-cwihp-politburo-P85-236: stance conditional on "
      "supervision",
      "r23c-1952-03-10-cwihp-politburo-P85-236: stance insists on supervision",
      // 'MAO ZEDONG said that ...' opens the paragraph, whose last sentence
      // ('the Chinese and Korean comrades would like to know the opinion ... on
      // the following:') names no speaker.
      "r23c-1953-05-27-cable-15864: document: clause 1: proposed by Mao "
      "Zedong|MAO ZEDONG",
      "r23c-1953-05-27-cable-15864: document: clause 2: proposed by Mao "
      "Zedong|MAO ZEDONG",
      "r23c-1953-05-27-cable-15864: document: clause 3: proposed by Mao "
      "Zedong|MAO ZEDONG",
      "r23c-1953-05-27-cable-15864: document: clause 4: proposed by Mao "
      "Zedong|MAO ZEDONG",
      "r23c-1953-05-27-cable-15864: document: clause 5: proposed by Mao "
      "Zedong|MAO ZEDONG",
      // Molotov's lettered changes to point 4 are read as his clauses with
      // their own topics, and the paragraph that leads into them as dropping
      // point 4.
      "r23c-1953-05-29-telegram-16011: document: clause а: topic "
      "prisoners_of_war",
      "r23c-1953-05-29-telegram-16011: document: clause в: topic "
      "prisoners_of_war",
      "r23c-1953-05-29-telegram-16011: link STANCE drops "
      "doc:telegram-16011-1953-05-29 -> doc:cable-15864-1953-05-27/clause-4",
      "r23c-1953-05-29-telegram-16011: stance amends on point 4",
      // The ports of entry and the inspection points carry no supervision word
      // of the topics table.
      "r23c-frus-1952-03-06-jcs-902711: document: clause b: topic supervision",
      "r23c-frus-1952-03-06-jcs-902711: document: clause c: topic supervision",
      // Ridgway answers JCS 902711 para by para with 'Reur para 1. Concur.' and
      // 'Will comply.', forms the stance reader does not take as acceptances;
      // 'Concur ... I recommend, however, that para 4 be amended' is read as an
      // acceptance; the package point has no supervision word.
      "r23c-frus-tei-1952-03-08-c-64385: document: clause 6: topic supervision",
      "r23c-frus-tei-1952-03-08-c-64385: link STANCE insists "
      "doc:telegram-c-64385-1952-03-08 -> "
      "doc:telegram-jcs-902711-1952-03-06/clause-3",
      "r23c-frus-tei-1952-03-08-c-64385: stance accepts on point 3",
      "r23c-frus-tei-1952-03-08-c-64385: stance accepts on point a",
      "r23c-frus-tei-1952-03-08-c-64385: stance accepts on point b",
      // Lineage shifts: round 24's pages put versions between these clauses
      // and the ones the file names, deeper than the checker's eight steps or
      // on another branch.
      "frus-tei-1952-11-21-gadel-131: clause 3 is a variant of 920154/1",
      // The reply also cites "ltr of 16 Oct", the Kim-Peng letter round 24's
      // page r24c-57254 now holds; the tie is right, but this file, older
      // than that page, lists only the letter of 28 March.
      "frus-tei-1953-03-28-cx-61673: link RESPONDS_TO  "
      "doc:telegram-cx-61673-1953-03-28/message-1953-03-28 -> "
      "doc:telegram-cx-57254-1952-10-17/message-1952-10-17/letter-1952-10-16",
      "frus-tei-1953-03-28-cx-61673: link STANCE accepts "
      "doc:telegram-cx-61673-1953-03-28/message-1953-03-28 -> "
      "doc:telegram-cx-57254-1952-10-17/message-1952-10-17/letter-1952-10-16/"
      "clause-1",
      "frus-tei-1953-03-28-cx-61673: link STANCE accepts "
      "doc:telegram-cx-61673-1953-03-28/message-1953-03-28 -> "
      "doc:telegram-cx-57254-1952-10-17/message-1952-10-17/letter-1952-10-16/"
      "clause-2",
      // Lineage shifts: round 24's pages put versions between these clauses
      // and the ones the file names, deeper than the checker's eight steps or
      // on another branch.
      // Lineage shifts: round 24's pages put versions between these clauses
      // and the ones the file names, deeper than the checker's eight steps or
      // on another branch.
      // Lineage shifts: round 24's pages put versions between these clauses
      // and the ones the file names, deeper than the checker's eight steps or
      // on another branch.
      // Lineage shifts: round 24's pages put versions between these clauses
      // and the ones the file names, deeper than the checker's eight steps or
      // on another branch.
      // "Item two of the agenda" is the demarcation line only by knowledge of
      // the agenda; the subcommittee's two representatives are no delegation
      // to the readers; Li Kenong's telegram of "22:00 on the 15th" is on no
      // page.
      "r24a-1951-08-16-telegram-mao-li-kenong: document: clause 1: topic "
      "demarcation_line",
      "r24a-1951-08-16-telegram-mao-li-kenong: document: delegation exists",
      "r24a-1951-08-16-telegram-mao-li-kenong: responds to {\"authors\":[\"Li "
      "Kenong\"],\"date\":\"1951-08-15\"}",
      "r24a-1951-08-16-telegram-mao-li-kenong: stance accepts on "
      "negotiation_procedure",
      // The writer calls Li Kenong's report a message; the introduction says
      // report.
      "r24a-1951-12-12-telegram-26914: embedded[0]: type message (got "
      "'report')",
      // The attached draft is a message to the readers (a draft telegram to
      // the writer); the memorandum's opening sentence reports the principles
      // the delegation put forward, which reads as a position on them.
      "r24a-1951-12-13-memo-1074: embedded[0]: type telegram (got 'message')",
      "r24a-1951-12-13-memo-1074: link STANCE insists "
      "doc:memorandum-1074-gs-1951-12-13 -> "
      "doc:telegram-26914-1951-12-12/report-1951-12-11/clause-2",
      "r24a-1951-12-13-memo-1074: link STANCE insists "
      "doc:memorandum-1074-gs-1951-12-13 -> "
      "doc:telegram-26914-1951-12-12/report-1951-12-11/clause-3",
      "r24a-1951-12-13-memo-1074: link STANCE insists "
      "doc:memorandum-1074-gs-1951-12-13 -> "
      "doc:telegram-26914-1951-12-12/report-1951-12-11/clause-4",
      "r24a-1951-12-13-memo-1074: link STANCE insists "
      "doc:memorandum-1074-gs-1951-12-13 -> "
      "doc:telegram-26914-1951-12-12/report-1951-12-11/clause-5",
      // "Our volunteers" in lower case and the Shangganling heights are in no
      // table.
      "r24a-1952-10-24-cwihp-telegram-26214: Organization Chinese People's "
      "Volunteers|volunteers",
      // The subcommittee's members are no delegation to the readers; a naval
      // command written "Naval Forces, Far East" is in no table; Hodes's
      // refusal of the 38th parallel is a position reported, with nothing to
      // answer.
      "r24a-frus-1951-08-17-hnc-254: Organization Naval Forces, Far East",
      "r24a-frus-1951-08-17-hnc-254: document: delegation exists",
      "r24a-frus-1951-08-17-hnc-254: stance rejects on demarcation_line",
      // Agenda items whose words name no topic of the table ("Location of
      // conference", "International Red Cross visits"); FEAF and I ROK Corps
      // appear only in a footnote's titles.
      "r24a-frus-tei-1951-07-10-hnc-071: Organization I ROK Corps|ROK Army",
      "r24a-frus-tei-1951-07-10-hnc-071: document: clause 8: topic supervision",
      // The writer calls Li Kenong's report a telegram; the introduction says
      // report.
      "r24b-1951-12-14-telegram-27092: embedded[0]: type telegram (got "
      "'report')",
      // Libby's six points open a quotation that closes only inside a later
      // paragraph's quoted phrase, so Lee Sang Cho's restated points fall
      // inside Libby's proposal; a point on the sick and wounded names no
      // prisoners.
      "r24b-1952-01-03-telegram-600351: document: clause a: proposed by Lee "
      "Sang Cho|LEE SANG CHO|Li Sang Cho",
      "r24b-1952-01-03-telegram-600351: document: clause b: proposed by Lee "
      "Sang Cho|LEE SANG CHO|Li Sang Cho",
      "r24b-1952-01-03-telegram-600351: document: clause c: proposed by Lee "
      "Sang Cho|LEE SANG CHO|Li Sang Cho",
      "r24b-1952-01-03-telegram-600351: document: clause d: proposed by Lee "
      "Sang Cho|LEE SANG CHO|Li Sang Cho",
      // Libby's proposal of 2 January is on no page as a document (its points
      // are clauses of Razuvaev's report of 3 January), so the positions on
      // it have nothing to tie to, nor the lineage.
      "r24b-1952-01-20-cwihp-15461: stance accepts on civilians",
      "r24b-1952-01-20-cwihp-15461: stance rejects on prisoners_of_war",
      // The writer calls Li Kenong's report a telegram; the neutral nations'
      // commission written with an apostrophe is not the table's name; the
      // lineage to 27092 runs through other versions.
      "r24b-1952-03-31-cable-17904: Organization Neutral Nations Supervisory "
      "Commission|neutral nations' supervisory commission",
      "r24b-1952-03-31-cable-17904: clause 2 is a variant of 27092/1",
      "r24b-1952-03-31-cable-17904: embedded[0]: type telegram (got 'report')",
      // The Communist positions (a)-(c) run on inside a status paragraph,
      // where lettered items are not read as points (in other reports they
      // are questions or objections); "turned over to staff officers" names
      // no topic; the lineage runs through other versions.
      "r24b-frus-1952-01-15-c-60793: clause 3 is a variant of 27092/1",
      "r24b-frus-1952-01-15-c-60793: clause b is a variant of 27092/а",
      "r24b-frus-1952-01-15-c-60793: document: clause 6: topic "
      "negotiation_procedure",
      "r24b-frus-1952-01-15-c-60793: document: clause a (absent)",
      "r24b-frus-1952-01-15-c-60793: document: clause a exists",
      "r24b-frus-1952-01-15-c-60793: document: clause b (absent)",
      "r24b-frus-1952-01-15-c-60793: document: clause b exists",
      "r24b-frus-1952-01-15-c-60793: document: clause c (absent)",
      "r24b-frus-1952-01-15-c-60793: document: clause c exists",
      // "Requirement for aerial observation may be dropped" after "We concur
      // in your para 4" reads as dropping, tied by topic to the status
      // paragraphs.
      "r24b-frus-tei-1952-01-18-jcs-91318: link STANCE drops "
      "doc:telegram-jcs-91318-1952-01-18 -> "
      "doc:telegram-c-60793-1952-01-15/clause-1",
      "r24b-frus-tei-1952-01-18-jcs-91318: link STANCE drops "
      "doc:telegram-jcs-91318-1952-01-18 -> "
      "doc:telegram-c-60793-1952-01-15/clause-2",
      // Colson's statement is read as a document quoted inside Li Kenong's
      // telegram, and the checker looks for documents only one level down;
      // the writer calls the quoted texts a telegram and a statement.
      "r24c-1952-05-16-cable-19706: embedded[1]: author Colson|Charles F. "
      "Colson|COLSON",
      "r24c-1952-05-16-cable-19706: embedded[1]: clause 1 (absent)",
      "r24c-1952-05-16-cable-19706: embedded[1]: clause 1 exists",
      "r24c-1952-05-16-cable-19706: embedded[1]: clause 2 (absent)",
      "r24c-1952-05-16-cable-19706: embedded[1]: clause 2 exists",
      "r24c-1952-05-16-cable-19706: embedded[1]: clause 3 (absent)",
      "r24c-1952-05-16-cable-19706: embedded[1]: clause 3 exists",
      "r24c-1952-05-16-cable-19706: embedded[1]: clause 4 (absent)",
      "r24c-1952-05-16-cable-19706: embedded[1]: clause 4 exists",
      "r24c-1952-05-16-cable-19706: embedded[1]: date 1952-05-10 (got "
      "1952-05-14)",
      // Mao's telegram of 24 June is on no page, so the position on voluntary
      // repatriation has nothing to tie to.
      "r24c-1952-06-27-cwihp-telegram-3541: responds to {\"authors\":[\"Mao "
      "Zedong\"],\"date\":\"1952-06-24\"}",
      "r24c-1952-06-27-cwihp-telegram-3541: stance rejects on prisoners_of_war",
      // The Kim-Peng letter is quoted inside Kim's telegram, two levels down,
      // where the checker does not look; Kim's telegram answers the JCS
      // instruction of 10 October by the date it cites.
      "r24c-1952-10-15-telegram-25647: embedded[1]: author Peng Dehuai|ПЭН "
      "ДЭХУАЙ|PENG DEHUAI",
      "r24c-1952-10-15-telegram-25647: embedded[1]: recipient Clark|Mark W. "
      "Clark|КЛАРК",
      // "MID USSR" is in no table; "this demand" takes its topic from the
      // sentence before, which the readers do not.
      "r24c-1953-04-09-telegram-9471: stance rejects on negotiation_procedure",
      // The resolution's summary (a)-(e) is the telegram's own clauses, and
      // "We regard (a), (b) and (c) as consistent with" is a position on them
      // no cue reads; "State" alone is no organisation to the readers.
      "r24c-frus-1952-12-05-telegram-1419: embedded[0] exists",
      "r24c-frus-1952-12-05-telegram-1419: stance accepts on point a",
      "r24c-frus-1952-12-05-telegram-1419: stance accepts on point b",
      "r24c-frus-1952-12-05-telegram-1419: stance accepts on point c",
      "r24c-frus-1952-12-05-telegram-1419: stance insists on point e",
      // Harrison's HNC 1341 and the Kim-Peng letter inside it are two levels
      // down, where the checker does not look, and the letter's address opens
      // with a single quotation mark; the recommended replies (a)-(c) are
      // read as positions, not clauses; CX 56918 is answered by its number.
      "r24c-frus-tei-1952-10-17-cx-57254: document: clause a (absent)",
      "r24c-frus-tei-1952-10-17-cx-57254: document: clause a exists",
      "r24c-frus-tei-1952-10-17-cx-57254: document: clause b (absent)",
      "r24c-frus-tei-1952-10-17-cx-57254: document: clause b exists",
      "r24c-frus-tei-1952-10-17-cx-57254: document: clause c (absent)",
      "r24c-frus-tei-1952-10-17-cx-57254: document: clause c exists",
      "r24c-frus-tei-1952-10-17-cx-57254: embedded[0]: number 1341",
      "r24c-frus-tei-1952-10-17-cx-57254: embedded[0]: recipient Clark|CINCUNC",
      "r24c-frus-tei-1952-10-17-cx-57254: embedded[0]: type telegram (got "
      "'message')",
      "r24c-frus-tei-1952-10-17-cx-57254: embedded[1]: author Kim Il Sung",
      "r24c-frus-tei-1952-10-17-cx-57254: embedded[1]: author Peng Dehuai|Peng "
      "Teh-huai",
      "r24c-frus-tei-1952-10-17-cx-57254: embedded[1]: clause 1: proposed by "
      "Kim Il Sung|Peng Dehuai|Peng Teh-huai",
      "r24c-frus-tei-1952-10-17-cx-57254: embedded[1]: date 1952-10-16 (got "
      "1952-10-17)",
      "r24c-frus-tei-1952-10-17-cx-57254: embedded[1]: recipient Clark|Mark W. "
      "Clark",
      "r24c-frus-tei-1952-10-17-cx-57254: embedded[1]: type letter (got "
      "'message')",
      "r24c-frus-tei-1952-10-17-cx-57254: link RESPONDS_TO  "
      "doc:telegram-cx-57254-1952-10-17 -> doc:telegram-cx-56918-1952-10-08",
      // Round 25 (blind): Mao's telegram No. 1711 is on no page, so its
      // positions have nothing to tie to.
      "r25a-1952-05-28-politburo-P86-147: responds to {\"authors\":[\"Mao "
      "Zedong\"],\"date\":\"1952-05-26\",\"number\":\"1711\"}",
      "r25a-1952-05-28-politburo-P86-147: stance accepts on prisoners_of_war",
      "r25a-1952-05-28-politburo-P86-147: stance rejects on "
      "negotiation_procedure",
      // Round 25 (blind): Li Kenong's telegram of 9 October is on no page;
      // "our Volunteers" is in no table.
      "r25a-1952-10-11-cable-mao-li-kenong: Organization Chinese People's "
      "Volunteers|Volunteers",
      "r25a-1952-10-11-cable-mao-li-kenong: responds to {\"authors\":[\"Li "
      "Kenong\"],\"date\":\"1952-10-09\"}",
      "r25a-1952-10-11-cable-mao-li-kenong: stance accepts on "
      "negotiation_procedure",
      // Round 25 (blind): the Soviet statement is set off without quotation
      // marks; Suzdalev's telegram No. 61 is on no page.
      "r25a-1953-03-20-telegram-molotov-suzdalev: embedded[0] exists",
      "r25a-1953-03-20-telegram-molotov-suzdalev: responds to "
      "{\"authors\":[\"Suzdalev\"],\"date\":\"1953-03-18\",\"number\":\"61\"}",
      // Round 25 (blind): Kuznetsov's telegram No. 11432 is on no page, so
      // the positions have nothing to tie to.
      "r25a-1953-04-03-cwihp-telegram-molotov-kuznetsov: responds to "
      "{\"authors\":[\"Kuznetsov\"],\"date\":\"1953-04-02\",\"number\":"
      "\"11432\"}",
      "r25a-1953-04-03-cwihp-telegram-molotov-kuznetsov: stance accepts on "
      "negotiation_procedure",
      "r25a-1953-04-03-cwihp-telegram-molotov-kuznetsov: stance amends on "
      "prisoners_of_war",
      // Round 25 (blind): Clark's CX 50327 is on no page; "State" and
      // "Defense" alone are no organisations to the readers.
      "r25a-frus-1952-06-05-jcs-910346: responds to "
      "{\"authors\":[\"Clark\"],\"date\":\"1952-06-03\",\"number\":\"50327\"}",
      "r25a-frus-1952-06-05-jcs-910346: stance accepts on "
      "negotiation_procedure",
      "r25a-frus-1952-06-05-jcs-910346: stance accepts on prisoners_of_war",
      "r25a-frus-1952-06-05-jcs-910346: stance rejects on civilians",
      // Round 25 (blind): Ridgway's C 68781 is on no page; "State" and
      // "Defense" alone are no organisations to the readers.
      "r25a-frus-tei-1951-08-09-jcs-97938: responds to "
      "{\"authors\":[\"Ridgway\"],\"date\":\"1951-08-07\",\"number\":"
      "\"68781\"}",
      "r25a-frus-tei-1951-08-09-jcs-97938: stance accepts on demarcation_line",
      "r25a-frus-tei-1951-08-09-jcs-97938: stance conditional on "
      "negotiation_procedure",
      // Round 25 (blind): the Indian draft is on no page as a document, so
      // the positions on it have nothing to tie to; a repatriation commission
      // in lower case is in no table.
      "r25b-1952-11-26-telegram-28446: Organization Repatriation "
      "Commission|repatriation commission|Репатриационная комиссия",
      "r25b-1952-11-26-telegram-28446: stance insists on ceasefire",
      "r25b-1952-11-26-telegram-28446: stance insists on political_settlement",
      "r25b-1952-11-26-telegram-28446: stance rejects on prisoners_of_war",
      "r25b-1952-11-26-telegram-28446: stance rejects on supervision",
      // Round 25 (blind): the copies after "and copies to" in the address
      // with editors' brackets, the hour, a book citation the source reader
      // does not parse, and the "Center" as the Central Committee are not
      // read; a position on its own reported point.
      "r25b-1953-05-08-telegram-li-kenong-mao: Organization Central "
      "Committee|Center|CCP Central Committee",
      "r25b-1953-05-08-telegram-li-kenong-mao: document: copy to Kim Il Sung",
      "r25b-1953-05-08-telegram-li-kenong-mao: document: copy to Peng Dehuai",
      "r25b-1953-05-08-telegram-li-kenong-mao: document: sent 1953-05-08T02:00 "
      "(got )",
      "r25b-1953-05-08-telegram-li-kenong-mao: document: source citation=Chai "
      "Chengwen and Zhao Yongtian, Banmendian tanpan [The Panmunjom "
      "Negotiations] (Beijing: Jiefangjun chubanshe, 1992), 262-264",
      "r25b-1953-05-08-telegram-li-kenong-mao: link STANCE accepts "
      "doc:telegram-1953-05-08-li-kenong -> "
      "doc:telegram-1953-05-08-li-kenong/clause-6",
      // Round 25 (blind): the UNC counterproposal of 13 May is on no page;
      // the delegation and the commission in lower case are in no table.
      "r25b-1953-05-16-cwihp-14983: Organization American delegation|UNC "
      "delegation|United Nations Command delegation",
      "r25b-1953-05-16-cwihp-14983: Organization Repatriation "
      "Commission|repatriation commission|Neutral Nations Repatriation "
      "Commission",
      "r25b-1953-05-16-cwihp-14983: responds to {\"date\":\"1953-05-13\"}",
      "r25b-1953-05-16-cwihp-14983: stance conditional on supervision",
      "r25b-1953-05-16-cwihp-14983: stance insists on political_settlement",
      "r25b-1953-05-16-cwihp-14983: stance rejects on prisoners_of_war",
      // Round 25 (blind): Molotov's telegram of 29 May is on no page, and the
      // UNC proposal of 25 May (CX 62689) is tied by number only when its
      // date is that of Clark's message; MID's section is in no table.
      "r25b-1953-06-02-telegram-16312: responds to "
      "{\"authors\":[\"Molotov\"],\"date\":\"1953-05-29\"}",
      "r25b-1953-06-02-telegram-16312: responds to "
      "{\"date\":\"1953-05-25\",\"number\":\"62689\"}",
      "r25b-1953-06-02-telegram-16312: stance accepts on political_settlement",
      // Round 25 (blind): "Harrison presented the UNC proposal" is no
      // proposing verb to the readers; the 120 days are written after the 90
      // and 30; Nam Il's points of 7 May are on a page without a number to
      // tie by.
      "r25b-frus-1953-05-25-cx-62689: document: clause 1: proposed by Harrison",
      "r25b-frus-1953-05-25-cx-62689: document: clause 2: proposed by Harrison",
      "r25b-frus-1953-05-25-cx-62689: document: clause 3: proposed by Harrison",
      "r25b-frus-1953-05-25-cx-62689: document: clause 4: proposed by Harrison",
      "r25b-frus-1953-05-25-cx-62689: document: clause 5: proposed by Harrison",
      "r25b-frus-1953-05-25-cx-62689: document: clause 6: duration_days=120 "
      "(got [])",
      "r25b-frus-1953-05-25-cx-62689: document: clause 6: proposed by Harrison",
      "r25b-frus-1953-05-25-cx-62689: stance accepts on prisoners_of_war",
      "r25b-frus-1953-05-25-cx-62689: stance accepts on supervision",
      "r25b-frus-1953-05-25-cx-62689: stance amends on political_settlement",
      "r25b-frus-1953-05-25-cx-62689: stance amends on prisoners_of_war",
      "r25b-frus-1953-05-25-cx-62689: stance amends on supervision",
      // Round 25 (blind): the lineage to the UNC proposal runs through the
      // counterproposal's other versions.
      // Round 25 (blind): a newspaper citation the source reader does not
      // parse; Ridgway's broadcast of 30 June is on no page.
      "r25c-1951-07-01-letter-kim-peng-ridgway: document: source "
      "citation=Rodong Sinmun, 2 July 1951, p. 1",
      "r25c-1951-07-01-letter-kim-peng-ridgway: responds to "
      "{\"authors\":[\"Ridgway\"],\"date\":\"1951-06-30\"}",
      // Round 25 (blind): the UNC proposal refused is on no page.
      "r25c-1952-01-23-cwihp-telegram-kim-il-sung-filippov: stance rejects on "
      "prisoners_of_war",
      // Round 25 (blind): Pak Hon Yong's draft is dated by the covering
      // telegram; a point on the political conference named otherwise.
      "r25c-1952-10-17-telegram-603316: embedded[0]: clause 4: topic "
      "political_settlement",
      "r25c-1952-10-17-telegram-603316: embedded[0]: date 1952-10-16 (got "
      "1952-10-17)",
      // Round 25 (blind): the positions on Nam Il's paper (a)-(e) are tied
      // through a message the checker finds one level down only.
      "r25c-frus-1953-06-05-cx-62790: stance accepts on point a",
      "r25c-frus-1953-06-05-cx-62790: stance accepts on point b",
      "r25c-frus-1953-06-05-cx-62790: stance accepts on point c",
      "r25c-frus-1953-06-05-cx-62790: stance accepts on point d",
      "r25c-frus-1953-06-05-cx-62790: stance accepts on point e",
      // Round 25 (blind): Nam Il's lettered points are TEI list items opening
      // with a quotation mark, read as a quoted paper's, not the telegram's
      // own.
      "r25c-frus-tei-1953-06-04-cx-62774: document: clause a (absent)",
      "r25c-frus-tei-1953-06-04-cx-62774: document: clause a exists",
      "r25c-frus-tei-1953-06-04-cx-62774: document: clause b (absent)",
      "r25c-frus-tei-1953-06-04-cx-62774: document: clause b exists",
      "r25c-frus-tei-1953-06-04-cx-62774: document: clause c (absent)",
      "r25c-frus-tei-1953-06-04-cx-62774: document: clause c exists",
      "r25c-frus-tei-1953-06-04-cx-62774: document: clause d (absent)",
      "r25c-frus-tei-1953-06-04-cx-62774: document: clause d exists",
      "r25c-frus-tei-1953-06-04-cx-62774: document: clause e (absent)",
      "r25c-frus-tei-1953-06-04-cx-62774: document: clause e exists",
      // Rounds 26-27: a longer lineage from 21404 than the checker's eight
      // steps.
      // Rounds 26-27: a longer lineage from the agenda of HNC-142 than the
      // checker's eight steps.
      "r14b-1951-07-12-telegram-21741: clause д is a variant of 142/2",
      // Rounds 26-27: 4511 read with its OCR slip mended; the tie is no
      // expected link.
      "r14b-1953-03-02-cwihp-memo-gromyko-117: link RESPONDS_TO  "
      "doc:memorandum-117-gs-1953-03-02/directive-1953-03-02 -> "
      "doc:telegram-4511-1953-02-23/letter-1953-02-22",
      // Round 26: 'your message of 4 July' names no author the reader knows
      // (the quoted message has no addressee), so it meets Mao's telegram of
      // that day, weakly.
      "r14b-frus-1951-07-06-c-66335: link STANCE accepts "
      "doc:telegram-c-66335-1951-07-06/message-1951-07-06 -> "
      "doc:telegram-21455-1951-07-04/clause-1",
      "r14b-frus-1951-07-06-c-66335: link STANCE accepts "
      "doc:telegram-c-66335-1951-07-06/message-1951-07-06 -> "
      "doc:telegram-21455-1951-07-04/clause-2",
      "r14b-frus-1951-07-06-c-66335: link STANCE accepts "
      "doc:telegram-c-66335-1951-07-06/message-1951-07-06 -> "
      "doc:telegram-21455-1951-07-04/clause-3",
      "r14b-frus-1951-07-06-c-66335: link STANCE accepts "
      "doc:telegram-c-66335-1951-07-06/message-1951-07-06 -> "
      "doc:telegram-21455-1951-07-04/clause-4",
      // Rounds 26-27: a longer lineage from 21680 than the checker's eight
      // steps.
      // Rounds 26-27: a longer lineage from 21680 than the checker's eight
      // steps.
      // A conditional position tied by topic to the procedure point of CX
      // 63812 (signing arrangements), which the file does not expect.
      "r18b-frus-1953-07-21-jcs-944365: link STANCE conditional "
      "doc:telegram-jcs-944365-1953-07-21 -> "
      "doc:telegram-cx-63812-1953-07-20/clause-1",
      // Rounds 26-27: a longer lineage from 21680 than the checker's eight
      // steps.
      // The number is read as 7615 now that the OCR's l is mended; its ties
      // to 26718 are no expected links.
      "r20a-1951-12-10-telegram-7615: link RESPONDS_TO  "
      "doc:telegram-7615-1951-12-10 -> doc:telegram-26718-1951-12-07",
      // Round 26: Mao's telegram of 24 June is now on a page (20958, dated
      // by its receipt on the 25th); the tie is right but the file expects
      // the date 24 June.
      "r24c-1952-06-27-cwihp-telegram-3541: link RESPONDS_TO  "
      "doc:telegram-3541-1952-06-27 -> doc:telegram-20958-sh-1952-06-25",
      // The Kim-Peng letter is now read inside Harrison's message, a level
      // the checker does not look at.
      "r24c-frus-tei-1952-10-17-cx-57254: embedded[1]: clause 2 (absent)",
      "r24c-frus-tei-1952-10-17-cx-57254: embedded[1]: clause 2 exists",
      // Round 26 (blind): Peking radio is in no table (an entry would take
      // the place name out of 'Peiping radio').
      "r26a-1951-07-04-telegram-21455: Organization Beijing radio|Radio Peking",
      // Round 26 (blind): the draft agenda's items lie in prose that names
      // neither Mao nor Nam Il as proposing them.
      "r26a-1951-07-08-cable-21590: document: clause 1: proposed by Mao "
      "Zedong|Nam Il",
      "r26a-1951-07-08-cable-21590: document: clause 2: proposed by Mao "
      "Zedong|Nam Il",
      "r26a-1951-07-08-cable-21590: document: clause 3: proposed by Mao "
      "Zedong|Nam Il",
      "r26a-1951-07-08-cable-21590: document: clause 4: proposed by Mao "
      "Zedong|Nam Il",
      "r26a-1951-07-08-cable-21590: document: clause 5: proposed by Mao "
      "Zedong|Nam Il",
      // Round 26 (blind): 'Air Force' and 'Marines' alone are no
      // organisations in the tables.
      "r26a-1951-07-09-telegram-502031: Organization US Air Force|Air "
      "Force|военно-воздушные силы",
      "r26a-1951-07-09-telegram-502031: Organization US Marine "
      "Corps|Marines|морская пехота",
      // Round 26 (blind): 'US' alone is no place (it is the pronoun); a
      // cease-fire 'once agreement is reached' carries no procedure cue.
      "r26a-frus-1951-06-27-telegram-2180: Place United States|US",
      // Round 26 (blind): the amendments name the paragraphs of the UNC
      // draft as 13(a)-13(f) inside their words, not as their own points, so
      // neither their stances nor their lineage reach HNC-806; the quoted
      // report is typed by the agreement it amends.
      "r26b-1952-02-06-telegram-16471: clause 2 is a variant of 806/13(c)",
      "r26b-1952-02-06-telegram-16471: clause 4 is a variant of 806/13(f)",
      "r26b-1952-02-06-telegram-16471: clause 5 is a variant of 806/13(d)",
      "r26b-1952-02-06-telegram-16471: embedded[0]: clause 2: topic "
      "movement_restriction",
      "r26b-1952-02-06-telegram-16471: embedded[0]: clause 5: topic "
      "movement_restriction",
      "r26b-1952-02-06-telegram-16471: embedded[0]: type message (got "
      "'agreement')",
      "r26b-1952-02-06-telegram-16471: stance accepts on point 13(a)",
      "r26b-1952-02-06-telegram-16471: stance amends on point 13(b)",
      "r26b-1952-02-06-telegram-16471: stance amends on point 13(c)",
      "r26b-1952-02-06-telegram-16471: stance amends on point 13(d)",
      "r26b-1952-02-06-telegram-16471: stance amends on point 13(e)",
      "r26b-1952-02-06-telegram-16471: stance rejects on point 13(f)",
      // Round 26 (blind): 'the first, third and fifth amendments' are not
      // read as points, and the position tied by topic is no expected link.
      "r26b-1952-02-10-cwihp-telegram-874: link STANCE amends "
      "doc:telegram-874-1952-02-10 -> "
      "doc:telegram-16471-1952-02-06/agreement-1952-02-04/clause-3",
      "r26b-1952-02-10-cwihp-telegram-874: stance accepts on point 1",
      "r26b-1952-02-10-cwihp-telegram-874: stance accepts on point 3",
      "r26b-1952-02-10-cwihp-telegram-874: stance accepts on point 5",
      "r26b-1952-02-10-cwihp-telegram-874: stance conditional on point 2",
      "r26b-1952-02-10-cwihp-telegram-874: stance insists on point 4",
      // Round 26 (blind): the report is typed 'report' by its own word;
      // lineage through paragraph numbers inside the points' words.
      "r26b-1953-07-18-cable-17652: clause a is a variant of 806/13(c)",
      "r26b-1953-07-18-cable-17652: clause d is a variant of 1684/e",
      "r26b-1953-07-18-cable-17652: clause v is a variant of 1684/d",
      "r26b-1953-07-18-cable-17652: embedded[0]: clause d: topic ceasefire",
      "r26b-1953-07-18-cable-17652: embedded[0]: type message (got 'report')",
      // Round 26 (blind): the reply cites Li Kenong's 'report ... passed on
      // by KUZNETSOV ... (his No. 1208)', and 'report' is no cited document
      // (it would cite every report a cable mentions).
      "r26b-1953-07-19-telegram-1563: responds to "
      "{\"authors\":[\"Kuznetsov\"],\"date\":\"1953-07-18\"}",
      "r26b-1953-07-19-telegram-1563: stance accepts on point a",
      "r26b-1953-07-19-telegram-1563: stance accepts on point b",
      "r26b-1953-07-19-telegram-1563: stance accepts on point d",
      "r26b-1953-07-19-telegram-1563: stance accepts on point v",
      "r26b-1953-07-19-telegram-1563: stance insists on point g",
      // Round 26 (blind): 'USA' after a name is the Army's abbreviation,
      // which the tables do not hold.
      "r26b-frus-1952-02-01-hnc-806: Organization United States Army|USA",
      // Round 26 (blind): lineage through the paragraph numbers the changes
      // name ('Para 13(c). After the words ...'); 'Military Armistice
      // Conference' is in no table.
      "r26b-frus-tei-1953-06-16-hnc-1684: Organization Military Armistice "
      "Conference",
      "r26b-frus-tei-1953-06-16-hnc-1684: clause a is a variant of 16471/2",
      "r26b-frus-tei-1953-06-16-hnc-1684: clause a is a variant of 806/13(c)",
      "r26b-frus-tei-1953-06-16-hnc-1684: clause b is a variant of 16471/3",
      "r26b-frus-tei-1953-06-16-hnc-1684: clause b is a variant of 806/13(e)",
      "r26b-frus-tei-1953-06-16-hnc-1684: clause d is a variant of 16471/1",
      "r26b-frus-tei-1953-06-16-hnc-1684: clause d is a variant of 806/13(b)",
      "r26b-frus-tei-1953-06-16-hnc-1684: document: clause d: topic withdrawal",
      // Round 26 (blind): 'cannot be got ... we shall send one regiment'
      // amends by a counter-offer, with no stance cue.
      "r26c-1952-06-29-cable-3588: stance amends on point 2",
      // Round 26 (blind): the telegram cited as 'of 28 June' is 3588 of 29
      // June only by an endnote.
      "r26c-1952-07-02-cwihp-telegram-602041: clause 1 is a variant of 20958/2",
      "r26c-1952-07-02-cwihp-telegram-602041: responds to "
      "{\"authors\":[\"Stalin|Filippov\"],\"date\":\"1952-06-29\",\"number\":"
      "\"3588\"}",
      // Round 26 (blind): the sending time is given only as a date-time
      // group (250915Z).
      "r26c-frus-1952-06-25-cx-50761: document: sent 1952-06-25 (got )",
      // Round 26 (blind): 'Recommendation in para 3 ref (a) approved' inside
      // the JCS's own point 2 is read as that point's text, not as a
      // position.
      "r26c-frus-tei-1952-06-27-jcs-912131: link STANCE rejects "
      "doc:telegram-jcs-912131-1952-06-27 -> "
      "doc:telegram-cx-50761-1952-06-25/clause-2",
      // Round 27 (blind): the Soviet draft resolution is typed 'decision'
      // and dated by the telegram; its points are the sender's own words in
      // the Russian, read apart from the English.
      "r27a-1952-10-28-telegram-27114: document: received 1952-10-28T06:40 "
      "(got )",
      "r27a-1952-10-28-telegram-27114: embedded[0]: clause 1: proposed by "
      "Vyshinsky",
      "r27a-1952-10-28-telegram-27114: embedded[0]: clause 2: proposed by "
      "Vyshinsky",
      "r27a-1952-10-28-telegram-27114: embedded[0]: clause а: proposed by "
      "Vyshinsky",
      "r27a-1952-10-28-telegram-27114: embedded[0]: clause б: proposed by "
      "Vyshinsky",
      "r27a-1952-10-28-telegram-27114: embedded[0]: clause в: proposed by "
      "Vyshinsky",
      "r27a-1952-10-28-telegram-27114: embedded[0]: date 1952-10-27 (got "
      "1952-10-28)",
      // Round 27 (blind): the delegations and 'KPDR' are in no table; the
      // rejection is reported of the Americans.
      "r27a-1953-02-20-telegram-4417: Organization American delegation|US "
      "delegation",
      "r27a-1953-02-20-telegram-4417: Organization Government of the KPDR|DPRK "
      "government",
      "r27a-1953-02-20-telegram-4417: Place North Korea|KPDR|DPRK",
      "r27a-1953-02-20-telegram-4417: stance rejects on prisoners_of_war",
      // Round 27 (blind): the delegations named by their country are in no
      // table.
      "r27a-1953-04-13-cwihp-telegram-9658: Organization Brazilian delegation",
      "r27a-1953-04-13-cwihp-telegram-9658: Organization Latin American "
      "delegations",
      "r27a-1953-04-13-cwihp-telegram-9658: Organization Polish delegation",
      // Round 27 (blind): 'Your No 287' cites Vyshinsky's number, printed on
      // one line with his date under the signature in CWIHP print, which
      // that layout does not read as his number.
      "r27a-1953-04-14-telegram-9714: Organization Polish delegation|польская "
      "делегация",
      "r27a-1953-04-14-telegram-9714: stance amends on point 3",
      "r27a-1953-04-14-telegram-9714: stance rejects on point 4",
      // Round 27 (blind): Vyshinsky's proposals (a)-(c) are the circular's
      // own points here, so the positions on them tie to its own clause;
      // bodies named by abbreviation are in no table.
      "r27a-frus-1952-10-31-circular-489: Organization Commission for the "
      "Peaceful Settlement of the Korean Question|commission for peaceful "
      "settlement of Korean question",
      "r27a-frus-1952-10-31-circular-489: Organization Indian "
      "Delegation|Indian Del",
      "r27a-frus-1952-10-31-circular-489: Place United States|US",
      "r27a-frus-1952-10-31-circular-489: document: clause 2: topic "
      "political_settlement",
      "r27a-frus-1952-10-31-circular-489: link STANCE accepts "
      "doc:telegram-489-1952-10-31 -> doc:telegram-489-1952-10-31/clause-a",
      "r27a-frus-1952-10-31-circular-489: stance rejects on "
      "political_settlement",
      "r27a-frus-1952-10-31-circular-489: stance rejects on prisoners_of_war",
      // Round 27 (blind): the Soviet rejections are reported of Vyshinsky
      // and tie to no earlier page; the eleven-nation commission is in no
      // table.
      "r27a-frus-tei-1952-11-24-delga-266: Organization Commission for the "
      "Peaceful Settlement of the Korean Question|eleven-nation commission",
      "r27a-frus-tei-1952-11-24-delga-266: Organization repatriation "
      "commission|Neutral Nations Repatriation Commission",
      "r27a-frus-tei-1952-11-24-delga-266: Place United States|US",
      "r27a-frus-tei-1952-11-24-delga-266: document: clause 3: topic "
      "political_settlement",
      "r27a-frus-tei-1952-11-24-delga-266: document: clause d: topic "
      "political_settlement",
      "r27a-frus-tei-1952-11-24-delga-266: stance rejects on "
      "political_settlement",
      "r27a-frus-tei-1952-11-24-delga-266: stance rejects on prisoners_of_war",
      "r27a-frus-tei-1952-11-24-delga-266: stance rejects on supervision",
      // Round 27 (blind): Zhou Enlai's statement opens with a mark that
      // never closes, across a running head, and is read as the report's own
      // points; 'ZHOU ENIAI' is an OCR slip no fuzzy match reaches.
      "r27b-1953-03-27-cwihp-10768: Organization Beijing radio",
      "r27b-1953-03-27-cwihp-10768: embedded[0]: type letter (got 'message')",
      "r27b-1953-03-27-cwihp-10768: embedded[1]: author Zhou Enlai|ZHOU "
      "ENLAI|ZHOU ENIAI",
      "r27b-1953-03-27-cwihp-10768: embedded[1]: clause 1 (absent)",
      "r27b-1953-03-27-cwihp-10768: embedded[1]: clause 1 exists",
      "r27b-1953-03-27-cwihp-10768: embedded[1]: clause 2 (absent)",
      "r27b-1953-03-27-cwihp-10768: embedded[1]: clause 2 exists",
      "r27b-1953-03-27-cwihp-10768: embedded[1]: clause 3 (absent)",
      "r27b-1953-03-27-cwihp-10768: embedded[1]: clause 3 exists",
      "r27b-1953-03-27-cwihp-10768: embedded[1]: clause 4 (absent)",
      "r27b-1953-03-27-cwihp-10768: embedded[1]: clause 4 exists",
      "r27b-1953-03-27-cwihp-10768: embedded[1]: date 1953-03-30 (got "
      "1953-03-28)",
      "r27b-1953-03-27-cwihp-10768: embedded[1]: type statement (got "
      "'message')",
      // Round 27 (blind): the Russian and English texts of Zhou Enlai's
      // instructions do not align (the Russian quotation's points are read
      // as the telegram's own), and the addressee after 'sent' is not read.
      "r27b-1953-04-05-telegram-11874: clause б is a variant of 10768/4",
      "r27b-1953-04-05-telegram-11874: document: delegation exists",
      "r27b-1953-04-05-telegram-11874: embedded[0]: clause 1 (absent)",
      "r27b-1953-04-05-telegram-11874: embedded[0]: clause 1 exists",
      "r27b-1953-04-05-telegram-11874: embedded[0]: clause 2 (absent)",
      "r27b-1953-04-05-telegram-11874: embedded[0]: clause 2 exists",
      "r27b-1953-04-05-telegram-11874: embedded[0]: clause 3 (absent)",
      "r27b-1953-04-05-telegram-11874: embedded[0]: clause 3 exists",
      "r27b-1953-04-05-telegram-11874: embedded[0]: clause 4 (absent)",
      "r27b-1953-04-05-telegram-11874: embedded[0]: clause 4 exists",
      "r27b-1953-04-05-telegram-11874: embedded[0]: language ru",
      "r27b-1953-04-05-telegram-11874: embedded[0]: recipient Li Kenong|ЛИ "
      "КЭ-НУН|ЛИ КЭ-НУНУ|LI KENONG",
      "r27b-1953-04-05-telegram-11874: stance amends on point 3",
      // Round 27 (blind): a Chinese report: copies after 并告 with the
      // sender's title, the sending time under the signature, and the list
      // topic of an agreement's points are not read.
      "r27b-1953-04-11-telegram-li-kenong-mao: clause 3 is a variant of "
      "11874/2",
      "r27b-1953-04-11-telegram-li-kenong-mao: document: clause 2: topic "
      "prisoners_of_war",
      "r27b-1953-04-11-telegram-li-kenong-mao: document: copy to Deng Hua|邓华",
      "r27b-1953-04-11-telegram-li-kenong-mao: document: copy to Kim Il "
      "Sung|金日成",
      "r27b-1953-04-11-telegram-li-kenong-mao: document: copy to Peng "
      "Dehuai|彭德怀",
      "r27b-1953-04-11-telegram-li-kenong-mao: document: sent 1953-04-11T21:00 "
      "(got )",
      "r27b-1953-04-11-telegram-li-kenong-mao: embedded[0]: clause 2: topic "
      "prisoners_of_war",
      "r27b-1953-04-11-telegram-li-kenong-mao: embedded[0]: clause 3: topic "
      "prisoners_of_war",
      "r27b-1953-04-11-telegram-li-kenong-mao: embedded[0]: clause 5: topic "
      "prisoners_of_war",
      "r27b-1953-04-11-telegram-li-kenong-mao: embedded[0]: clause 6: topic "
      "prisoners_of_war",
      "r27b-1953-04-11-telegram-li-kenong-mao: embedded[0]: language zh",
      "r27b-1953-04-11-telegram-li-kenong-mao: responds to "
      "{\"authors\":[\"Zhou Enlai\"],\"date\":\"1953-04-04\"}",
      "r27b-1953-04-11-telegram-li-kenong-mao: stance accepts on point 3",
      "r27b-1953-04-11-telegram-li-kenong-mao: stance insists on point 2",
      // Round 27 (blind): Kim Il Sung's points reported in the third person;
      // the relay of the nested message through Kuznetsov.
      "r27b-1953-04-19-cable-12017: clause 2 is a variant of 11874/в",
      "r27b-1953-04-19-cable-12017: embedded[0]: via Kuznetsov|KUZNETSOV",
      "r27b-1953-04-19-cable-12017: stance accepts on prisoners_of_war",
      // Round 27 (blind): the third paragraph's topic is read from its
      // procedure words.
      "r27b-frus-1953-02-22-c-61148: document: clause 3: topic "
      "prisoners_of_war",
      // Round 27 (blind): Clark's letter of 31 March quoted in the cable is
      // typed 'message' and dated by the letter it answers; the
      // recommendations are read as the cable's points without the letter's
      // topics.
      "r27b-frus-tei-1953-03-31-c-61702: document: clause 1: topic "
      "prisoners_of_war",
      "r27b-frus-tei-1953-03-31-c-61702: document: clause 2: topic "
      "prisoners_of_war",
      "r27b-frus-tei-1953-03-31-c-61702: document: clause a: proposed by "
      "Clark|Mark W. Clark",
      "r27b-frus-tei-1953-03-31-c-61702: document: clause b: proposed by "
      "Clark|Mark W. Clark",
      "r27b-frus-tei-1953-03-31-c-61702: document: clause c: proposed by "
      "Clark|Mark W. Clark",
      "r27b-frus-tei-1953-03-31-c-61702: document: clause d: proposed by "
      "Clark|Mark W. Clark",
      "r27b-frus-tei-1953-03-31-c-61702: embedded[0]: type letter (got "
      "'message')",
      "r27b-frus-tei-1953-03-31-c-61702: link RESPONDS_TO  "
      "doc:telegram-c-61702-1953-03-31 -> doc:telegram-cx-61673-1953-03-29",
      "r27b-frus-tei-1953-03-31-c-61702: stance accepts on prisoners_of_war",
      "r27b-frus-tei-1953-03-31-c-61702: stance conditional on "
      "negotiation_procedure",
      // Round 27 (blind): a Chinese day code for the sending time (微亥) and
      // 'three to seven days' written in Chinese numerals.
      "r27c-1952-05-05-telegram-li-kenong-mao: document: clause 乙: "
      "duration_days=[3,7] (got [])",
      "r27c-1952-05-05-telegram-li-kenong-mao: document: sent 1952-05-05T22:00 "
      "(got )",
      // Round 27 (blind): the stances on steps A-D are read otherwise than
      // the file ('better that our side does not raise it first' as
      // dropping, not a condition).
      "r27c-1952-05-06-telegram-mao-li-kenong: link STANCE drops "
      "doc:telegram-1952-05-06-mao-zedong -> "
      "doc:telegram-1952-05-05-li-kenong/clause-2",
      "r27c-1952-05-06-telegram-mao-li-kenong: link STANCE drops "
      "doc:telegram-1952-05-06-mao-zedong -> "
      "doc:telegram-1952-05-05-li-kenong/clause-3",
      "r27c-1952-05-06-telegram-mao-li-kenong: link STANCE insists "
      "doc:telegram-1952-05-06-mao-zedong -> "
      "doc:telegram-1952-05-05-li-kenong/clause-1",
      "r27c-1952-05-06-telegram-mao-li-kenong: stance accepts on point 甲",
      "r27c-1952-05-06-telegram-mao-li-kenong: stance conditional on point 乙",
      "r27c-1952-05-06-telegram-mao-li-kenong: stance rejects on point 丙",
      // Round 27 (blind): the two forwarded Chinese telegrams under headings
      // I. and II. are read as one quotation, so the second's points and
      // parties are lost.
      "r27c-1952-05-07-telegram-19187: embedded[0]: type telegram (got "
      "'message')",
      "r27c-1952-05-07-telegram-19187: embedded[1]: type telegram (got "
      "'message')",
      "r27c-1952-05-07-telegram-19187: stance rejects on point в",
      // Round 27 (blind): Mao's points lie under a paragraph whose verb
      // names no proposer.
      "r27c-1952-05-24-cwihp-telegram-mao-li-kenong: document: clause 1: "
      "proposed by Mao Zedong",
      "r27c-1952-05-24-cwihp-telegram-mao-li-kenong: document: clause 3: "
      "proposed by Mao Zedong",
      "r27c-1952-05-24-cwihp-telegram-mao-li-kenong: stance insists on "
      "prisoners_of_war",
      // Round 27 (blind): 'para a of Chou's statement' names a point of a
      // text reported in another cable (C 61694), tied by topic instead; a
      // procedure cue takes the prisoner point's topic.
      "r27c-frus-1953-04-02-jcs-934311: document: clause 3: topic "
      "prisoners_of_war",
      "r27c-frus-1953-04-02-jcs-934311: stance conditional on point d",
      // Round 28: a longer lineage through the new pages than the checker's
      // eight steps.
      // Round 28: a longer lineage through the new pages than the checker's
      // eight steps.
      // Round 28: a longer lineage from 21404 through the new pages than the
      // checker's eight steps.
      // Round 28 (blind): Panikkar's questions are reported as Mao's cable's
      // own lettered points under a sentence naming no proposing verb; 'the
      // English government' is in no table.
      "r28a-1951-12-08-cable-26790: Organization British government|English "
      "government",
      "r28a-1951-12-08-cable-26790: document: clause a: proposed by "
      "Panikkar|PANIKKAR|PANNIKAR",
      "r28a-1951-12-08-cable-26790: document: clause b: proposed by "
      "Panikkar|PANIKKAR|PANNIKAR",
      "r28a-1951-12-08-cable-26790: document: clause c: proposed by "
      "Panikkar|PANIKKAR|PANNIKAR",
      "r28a-1951-12-08-cable-26790: document: clause c: topic supervision",
      // Round 28 (blind): Zhou Enlai's record of the talk is typed 'message'
      // and dated by the telegram; its variants are Panikkar's by what he
      // said, which the record tells in the third person.
      "r28a-1952-06-17-telegram-20563: embedded[0]: clause 2: topic "
      "negotiation_procedure",
      "r28a-1952-06-17-telegram-20563: embedded[0]: date 1952-06-15 (got "
      "1952-06-17)",
      "r28a-1952-06-17-telegram-20563: embedded[0]: type conversation (got "
      "'message')",
      "r28a-1952-06-17-telegram-20563: link STANCE accepts "
      "doc:telegram-20563-1952-06-17/message-1952-06-17 -> "
      "doc:telegram-20563-1952-06-17/message-1952-06-17/clause-2",
      // Round 28 (blind): variant "a" in Latin letters answers the record's
      // Cyrillic а only when the record's own letters are tied to it; a
      // refusal read as acceptance of part.
      "r28a-1952-06-19-cwihp-telegram-filippov-mao: stance rejects on "
      "negotiation_procedure",
      "r28a-1952-06-19-cwihp-telegram-filippov-mao: stance rejects on point а",
      // Round 28 (blind): bodies named by office or abbreviation (MID, the
      // custodial force, Molotov's secretariat) are in no table.
      "r28a-1953-09-01-telegram-23615: Organization American delegation",
      "r28a-1953-09-01-telegram-23615: Organization Secretariat of Cde. "
      "Molotov",
      "r28a-1953-09-01-telegram-23615: document: clause 1: topic "
      "movement_restriction",
      // Round 28 (blind): Scott and the Foreign Office ('FonOff') are in no
      // table; U. Alexis Johnson is named only in a footnote by surname.
      "r28a-frus-1952-06-18-telegram-5798: Organization Foreign Office|FonOff",
      "r28a-frus-1952-06-18-telegram-5798: Person Scott|R. H. Scott|Robert "
      "Scott",
      "r28a-frus-1952-06-18-telegram-5798: Person U. Alexis Johnson|Johnson",
      // Round 28 (blind): the people of the file's first document (a
      // memorandum of conversation) are not counted to the telegram the file
      // is named for; conditions (1)-(3) take their topics from procedure
      // words.
      "r28a-frus-tei-1952-06-20-telegram-6703: Person Krishna Menon",
      "r28a-frus-tei-1952-06-20-telegram-6703: Person Panikkar",
      "r28a-frus-tei-1952-06-20-telegram-6703: Person Pearson|Mr. "
      "Pearson|Lester Pearson",
      "r28a-frus-tei-1952-06-20-telegram-6703: Person Scott",
      "r28a-frus-tei-1952-06-20-telegram-6703: Person U. Alexis "
      "Johnson|Johnson",
      "r28a-frus-tei-1952-06-20-telegram-6703: Place Beijing|Peking",
      "r28a-frus-tei-1952-06-20-telegram-6703: document: clause 1: topic "
      "prisoners_of_war",
      "r28a-frus-tei-1952-06-20-telegram-6703: document: clause 1: topic "
      "supervision",
      "r28a-frus-tei-1952-06-20-telegram-6703: document: clause 2: topic "
      "supervision",
      "r28a-frus-tei-1952-06-20-telegram-6703: link STANCE rejects "
      "doc:telegram-6703-1952-06-20 -> doc:telegram-5798-1952-06-18/clause-b",
      "r28a-frus-tei-1952-06-20-telegram-6703: stance conditional on point b",
      // Round 28 (blind): lineage through the draft paragraphs the points
      // name by number; the points on the commission carry no supervision
      // cue in Russian.
      "r28b-1952-02-24-telegram-17226: clause 1 is a variant of 907/37",
      "r28b-1952-02-24-telegram-17226: clause 3 is a variant of 907/13(c)",
      "r28b-1952-02-24-telegram-17226: clause 4 is a variant of 907/13(f)",
      "r28b-1952-02-24-telegram-17226: clause а is a variant of 907/13(e)",
      "r28b-1952-02-24-telegram-17226: clause б is a variant of 907/13(e)",
      "r28b-1952-02-24-telegram-17226: embedded[0]: clause а: topic "
      "supervision",
      "r28b-1952-02-24-telegram-17226: embedded[0]: clause б: topic "
      "supervision",
      "r28b-1952-02-24-telegram-17226: link STANCE drops "
      "doc:telegram-17226-1952-02-24 -> "
      "doc:telegram-17226-1952-02-24/report-1952-02-22/clause-1",
      // Round 28 (blind): the memorandum's points answer Li Kenong's one by
      // one without naming them; MID is in no table.
      "r28b-1952-02-25-cwihp-memo-vyshinsky-stalin: clause 1 is a variant of "
      "17226/1",
      "r28b-1952-02-25-cwihp-memo-vyshinsky-stalin: clause 4 is a variant of "
      "17226/4",
      "r28b-1952-02-25-cwihp-memo-vyshinsky-stalin: document: clause 1: topic "
      "supervision",
      "r28b-1952-02-25-cwihp-memo-vyshinsky-stalin: document: clause 3: "
      "proposed by Vyshinsky",
      "r28b-1952-02-25-cwihp-memo-vyshinsky-stalin: link STANCE accepts "
      "doc:memorandum-138-vs-1952-02-25 -> "
      "doc:telegram-17226-1952-02-24/report-1952-02-22/clause-1",
      "r28b-1952-02-25-cwihp-memo-vyshinsky-stalin: stance conditional on "
      "point 1",
      "r28b-1952-02-25-cwihp-memo-vyshinsky-stalin: stance insists on point 4",
      // Round 28 (blind): the agreed paragraph 43, quoted in «» inside Li
      // Kenong's report, is read as the report's own text.
      "r28b-1952-04-05-cable-18052: clause 2 is a variant of 138-vs/1",
      "r28b-1952-04-05-cable-18052: clause 3 is a variant of 17226/4",
      "r28b-1952-04-05-cable-18052: clause 43 is a variant of 17226/а",
      "r28b-1952-04-05-cable-18052: clause 43 is a variant of 17226/б",
      "r28b-1952-04-05-cable-18052: document: clause 3: topic supervision",
      "r28b-1952-04-05-cable-18052: document: received 1952-04-05T23:40 (got )",
      "r28b-1952-04-05-cable-18052: embedded[1]: clause 43 (absent)",
      "r28b-1952-04-05-cable-18052: embedded[1]: clause 43 exists",
      "r28b-1952-04-05-cable-18052: embedded[1]: type agreement (got 'report')",
      // Round 28 (blind): Kim Il Sung's letter answers the cable of 5 April
      // by its content, and the file expects no tie to it.
      "r28b-1952-04-08-telegram-601096: clause 3 is a variant of 18052/3",
      "r28b-1952-04-08-telegram-601096: link RESPONDS_TO  "
      "doc:telegram-601096-1952-04-08/letter-1952-04-07 -> "
      "doc:cable-18052-1952-04-05",
      "r28b-1952-04-08-telegram-601096: link STANCE conditional "
      "doc:telegram-601096-1952-04-08/letter-1952-04-07 -> "
      "doc:cable-18052-1952-04-05/clause-1",
      "r28b-1952-04-08-telegram-601096: link STANCE conditional "
      "doc:telegram-601096-1952-04-08/letter-1952-04-07 -> "
      "doc:cable-18052-1952-04-05/clause-2",
      // Round 28 (blind): the UNC's revisions answer the Communist points by
      // the draft's paragraph numbers, which name none of HNC-891's own.
      "r28b-frus-1952-02-21-hnc-907: clause 13(c) is a variant of 891/4",
      "r28b-frus-1952-02-21-hnc-907: clause 13(f) is a variant of 891/5",
      "r28b-frus-1952-02-21-hnc-907: stance amends on point 1",
      "r28b-frus-1952-02-21-hnc-907: stance amends on point 2",
      "r28b-frus-1952-02-21-hnc-907: stance amends on point 3",
      "r28b-frus-1952-02-21-hnc-907: stance rejects on point 5",
      // Round 28 (blind): a position in the cable's comment is tied to its
      // own quoted point.
      "r28b-frus-tei-1952-02-17-hnc-891: link STANCE amends "
      "doc:telegram-hnc-891-1952-02-17 -> "
      "doc:telegram-hnc-891-1952-02-17/clause-2",
      // Round 28 (blind): topics the file gives by context (the talks,
      // supervision) that the points' words do not name.
      "r28c-1951-09-03-telegram-502781: embedded[0]: clause 1: topic "
      "negotiation_procedure",
      "r28c-1951-09-03-telegram-502781: embedded[0]: clause а: topic "
      "movement_restriction",
      "r28c-1951-09-03-telegram-502781: embedded[0]: clause б: topic "
      "negotiation_procedure",
      "r28c-1951-09-03-telegram-502781: embedded[0]: clause в: topic "
      "supervision",
      // Round 28 (blind): 'To VASILEVSKY ... For transmission to FILIPPOV'
      // over a CWIHP heading that names Vasilevsky as addressee.
      "r28c-1951-12-29-cwihp-telegram-600346: document: via "
      "Vasilevsky|VASILEVSKY A.M.",
      // Round 28 (blind): Nam Il's proposals a)-b) after the agreed terms
      // 1-5 are read as sub-points of the last term.
      "r28c-1953-06-09-telegram-14318: embedded[0]: clause 5: concerns place "
      "India",
      "r28c-1953-06-09-telegram-14318: embedded[0]: clause 5: topic "
      "prisoners_of_war",
      "r28c-1953-06-09-telegram-14318: embedded[0]: clause a (absent)",
      "r28c-1953-06-09-telegram-14318: embedded[0]: clause a exists",
      "r28c-1953-06-09-telegram-14318: embedded[0]: clause b (absent)",
      "r28c-1953-06-09-telegram-14318: embedded[0]: clause b exists",
      "r28c-1953-06-09-telegram-14318: embedded[0]: recipient Kim Il Sung|KIM "
      "IL SUNG|KIM 1L SUNG",
      // Round 28 (blind): a Korean order: its addressee (the army) and a
      // NARA citation the source reader does not parse.
      "r28c-1953-07-27-order-0075: clause 2 is a variant of 58115/2",
      "r28c-1953-07-27-order-0075: clause 3 is a variant of 58115/3",
      "r28c-1953-07-27-order-0075: document: clause 1: topic ceasefire",
      "r28c-1953-07-27-order-0075: document: recipient Korean People's "
      "Army|조선인민군",
      "r28c-1953-07-27-order-0075: document: source archive=NARA",
      "r28c-1953-07-27-order-0075: document: source citation=RG 242, Captured "
      "Korean Documents, Shipping Advice 2009, Box 7, Item 64",
      // Round 28 (blind): Nam Il's demands (1)-(3) inside the quoted letter
      // collide with the cable's own numbers 1-4.
      "r28c-frus-1951-09-02-c-50037: document: clause 3 exists",
      "r28c-frus-1951-09-02-c-50037: document: clause 4 (absent)",
      "r28c-frus-1951-09-02-c-50037: document: clause 4 exists",
      "r28c-frus-1951-09-02-c-50037: embedded[0]: clause 2: topic "
      "movement_restriction",
      "r28c-frus-1951-09-02-c-50037: embedded[0]: recipient Joy|C. Turner "
      "Joy|Turner Joy",
      "r28c-frus-1951-09-02-c-50037: stance rejects on point 1",
      "r28c-frus-1951-09-02-c-50037: stance rejects on point 2",
      // Round 28 (blind): the assurances (a)-(d) run inline in one
      // paragraph, and inline letters are not read as points.
      "r28c-frus-tei-1953-07-11-cx-63719: Organization Department of the Army",
      "r28c-frus-tei-1953-07-11-cx-63719: Person Lee Sang Cho|Lee Sang Jo|Lee "
      "Sang-jo",
      "r28c-frus-tei-1953-07-11-cx-63719: Place Munsan-ni|Munsan",
      "r28c-frus-tei-1953-07-11-cx-63719: link STANCE rejects "
      "doc:telegram-cx-63719-1953-07-11 -> "
      "doc:telegram-hnc-1757-1953-07-10/clause-2",
      "r28c-frus-tei-1953-07-11-cx-63719: stance accepts on point 1",
      "r28c-frus-tei-1953-07-11-cx-63719: stance accepts on point 2",
      "r28c-frus-tei-1953-07-11-cx-63719: stance accepts on point 4",
      "r28c-frus-tei-1953-07-11-cx-63719: stance conditional on point 5",
      "r28c-frus-tei-1953-07-11-cx-63719: stance rejects on point 3",
      // Now tied to Vyshinsky's No. 287 by its number: Molotov's answer on
      // the fourth proposal (an amendment to be moved 'if the Brazilian
      // draft passes') reads as amending it; the file has it rejected.
      "r27a-1953-04-14-telegram-9714: link STANCE amends "
      "doc:telegram-9714-1953-04-14 -> doc:telegram-9658-1953-04-13/clause-4",
      // Panikkar's lettered points, now his as the letters under his point,
      // are answered in the same quoted telegram, which reads as taking a
      // stance on its own points.
      "r28a-1952-06-17-telegram-20563: link STANCE rejects "
      "doc:telegram-20563-1952-06-17/message-1952-06-17 -> "
      "doc:telegram-20563-1952-06-17/message-1952-06-17/clause-a",
      // The assurances (a)-(d) listed inline are points now; the file gives
      // each the cease-fire topic of the whole message, which their own
      // words do not name.
      "r28c-frus-tei-1953-07-11-cx-63719: document: clause a: topic ceasefire",
      "r28c-frus-tei-1953-07-11-cx-63719: document: clause b: topic ceasefire",
      "r28c-frus-tei-1953-07-11-cx-63719: document: clause c: topic ceasefire",
      // Round 29 (blind): the Moscow draft's lettered points a-d under point
      // 1 are proposed by 'Molotov|Nam Il' in the file (agreed with Nam Il);
      // the reader gives the writer. Unification by elections is no topic
      // the table's words for political_settlement reach.
      "r29a-1954-04-21-telegram-2318: document: clause в: concerns place North "
      "Korea",
      "r29a-1954-04-21-telegram-2318: document: clause в: topic "
      "political_settlement",
      "r29a-1954-04-21-telegram-2318: document: clause д: topic "
      "political_settlement",
      // Round 29 (blind): 'the Central Committee' (中央) after Mao and Liu is
      // the Chinese party's, which the gazetteer's 'Central Committee' (the
      // Soviet party's) does not know; a plan is typed proposal in the file;
      // the first point's topic.
      "r29a-1954-04-27-telegram-zhou-enlai-mao: document: clause 1: topic "
      "negotiation_procedure",
      "r29a-1954-04-27-telegram-zhou-enlai-mao: document: recipient CCP "
      "Central Committee|Central Committee|中央",
      "r29a-1954-04-27-telegram-zhou-enlai-mao: embedded[0]: type proposal "
      "(got 'message')",
      // Round 29 (blind): 'Point two is correct and must be held to' reads
      // as insisting where the file has accepts; point 3 agrees and then
      // goes further (amends); 'Volunteers' alone; the Chinese archive's
      // initials (PRC FMA) in a CWIHP source line.
      "r29a-1954-04-28-cwihp-telegram-mao-zhou-enlai: Organization Chinese "
      "People's Volunteers|Volunteers",
      "r29a-1954-04-28-cwihp-telegram-mao-zhou-enlai: document: source "
      "archive=PRC FMA",
      "r29a-1954-04-28-cwihp-telegram-mao-zhou-enlai: link STANCE accepts "
      "doc:telegram-1954-04-28-mao-zedong -> "
      "doc:telegram-1954-04-27-zhou-enlai/clause-3",
      "r29a-1954-04-28-cwihp-telegram-mao-zhou-enlai: link STANCE insists "
      "doc:telegram-1954-04-28-mao-zedong -> "
      "doc:telegram-1954-04-27-zhou-enlai/clause-2",
      "r29a-1954-04-28-cwihp-telegram-mao-zhou-enlai: stance accepts on point "
      "2",
      "r29a-1954-04-28-cwihp-telegram-mao-zhou-enlai: stance amends on point 3",
      // Round 29 (blind): Molotov rejects Pyun's points 1, 2, 12 and 13 by
      // their numbers in a report to the Central Committee that answers no
      // document of Pyun's; Smith alone (Bedell Smith) is a surname the
      // gazetteer leaves out; the stamp's department.
      "r29a-1954-05-22-telegram-6890: Organization General Department of the "
      "CC CPSU",
      "r29a-1954-05-22-telegram-6890: Person Smith|SMITH|Walter Bedell Smith",
      "r29a-1954-05-22-telegram-6890: stance rejects on point 1",
      "r29a-1954-05-22-telegram-6890: stance rejects on point 12",
      "r29a-1954-05-22-telegram-6890: stance rejects on point 13",
      "r29a-1954-05-22-telegram-6890: stance rejects on point 2",
      // Round 29 (blind): the Sixteen-Nation Declaration is typed agreement,
      // the file has declaration; its principle 2 descends from Pyun's point
      // 7 in the file, a tie by content the linker does not make.
      "r29a-frus-1954-06-15-secto-449: clause 2 is a variant of 283/7",
      "r29a-frus-1954-06-15-secto-449: embedded[0]: type declaration (got "
      "'agreement')",
      // Round 29 (blind): Pyun's fourteen points on unification by elections
      // and the withdrawal of the Chinese forces carry topics the table's
      // words reach only in part (withdrawal, not foreign_forces_withdrawal;
      // no political_settlement for elections and the legislature).
      "r29a-frus-tei-1954-05-22-secto-283: document: clause 10: topic "
      "political_settlement",
      "r29a-frus-tei-1954-05-22-secto-283: document: clause 11: topic "
      "political_settlement",
      "r29a-frus-tei-1954-05-22-secto-283: document: clause 12: topic "
      "foreign_forces_withdrawal",
      "r29a-frus-tei-1954-05-22-secto-283: document: clause 13: topic "
      "foreign_forces_withdrawal",
      "r29a-frus-tei-1954-05-22-secto-283: document: clause 7: topic "
      "political_settlement",
      "r29a-frus-tei-1954-05-22-secto-283: document: clause b: topic "
      "political_settlement",
      "r29a-frus-tei-1954-05-22-secto-283: document: clause c: topic "
      "political_settlement",
      // Round 29 (blind): 'Indian custodian troops' is no spelling of the
      // Custodian Force; point v (loudspeakers and letters for the
      // prisoners) names no prisoner word the table knows.
      "r29b-1953-10-01-telegram-26615: document: clause в: topic "
      "prisoners_of_war",
      // Round 29 (blind): Huang Hua's forwarded report is typed report (the
      // file has telegram), and its delegation (Ki Sok Bok and Huang Hua) is
      // named in prose; 'Indian troops'.
      "r29b-1953-12-14-cable-33519: Organization Custodian Force India|Indian "
      "troops",
      "r29b-1953-12-14-cable-33519: embedded[0]: delegation exists",
      "r29b-1953-12-14-cable-33519: embedded[0]: type telegram (got 'report')",
      // Round 29 (blind): Molotov's answer to Zhou's point 2 (agree, with a
      // shorter term) and point 4 (not to be raised) read as rejecting and
      // as nothing.
      "r29b-1953-12-19-telegram-1894: stance amends on point 2",
      // Round 29 (blind): Zhou's steps descend, in the file, from his
      // proposals of 14 December by content the linker does not tie; 'Indian
      // troops'; Korea in a clause.
      "r29b-1954-01-25-cwihp-telegram-1207: Organization Custodian Force "
      "India|Indian troops",
      "r29b-1954-01-25-cwihp-telegram-1207: Place Korea",
      // Round 29 (blind): Thimayya's quoted letter to Hull names its
      // addressee and receipt in the FRUS sentence before it; the UNC's
      // answers under the same letters take stances on the quoted letter's
      // points, which the reader ties only to another document's.
      "r29b-frus-1954-01-16-cx-66348: embedded[0]: clause a: topic "
      "prisoners_of_war",
      "r29b-frus-1954-01-16-cx-66348: embedded[0]: received 1954-01-15T14:30 "
      "(got )",
      "r29b-frus-1954-01-16-cx-66348: embedded[0]: recipient Hull",
      "r29b-frus-1954-01-16-cx-66348: stance accepts on point b",
      "r29b-frus-1954-01-16-cx-66348: stance accepts on point d",
      "r29b-frus-1954-01-16-cx-66348: stance rejects on point a",
      "r29b-frus-1954-01-16-cx-66348: stance rejects on point c",
      // Round 29 (blind): the commission's six rules are given in the TEI
      // text without quotation marks, so they are the telegram's points, not
      // a quoted decision; the commission listed in prose is no delegation
      // the reader knows; the UNC's answers and the rules' descent from the
      // Kim-Peng letter depend on that document.
      "r29b-frus-tei-1953-10-10-cx-65241: Organization UNC Repatriation Group",
      "r29b-frus-tei-1953-10-10-cx-65241: clause 1 is a variant of 26615/1",
      "r29b-frus-tei-1953-10-10-cx-65241: clause 2 is a variant of 26615/2",
      "r29b-frus-tei-1953-10-10-cx-65241: document: delegation exists",
      "r29b-frus-tei-1953-10-10-cx-65241: embedded[0] exists",
      "r29b-frus-tei-1953-10-10-cx-65241: stance accepts on point 3",
      "r29b-frus-tei-1953-10-10-cx-65241: stance accepts on point 4",
      "r29b-frus-tei-1953-10-10-cx-65241: stance accepts on point 5",
      "r29b-frus-tei-1953-10-10-cx-65241: stance accepts on point 6",
      "r29b-frus-tei-1953-10-10-cx-65241: stance rejects on point 1",
      "r29b-frus-tei-1953-10-10-cx-65241: stance rejects on point 2",
      // Round 29 (blind): Li Kenong's report is typed report (the file has
      // telegram); the Communist principles Lee Sang Jo put forward at the
      // subcommittee are read as the report's writers'; the two-man
      // delegation is in prose.
      "r29c-1951-12-16-cable-27186: embedded[0]: clause 1: proposed by Lee "
      "Sang Jo|LEE SANG JO|Lee Sang Cho",
      "r29c-1951-12-16-cable-27186: embedded[0]: clause 2: proposed by Lee "
      "Sang Jo|LEE SANG JO|Lee Sang Cho",
      "r29c-1951-12-16-cable-27186: embedded[0]: clause 3: proposed by Lee "
      "Sang Jo|LEE SANG JO|Lee Sang Cho",
      "r29c-1951-12-16-cable-27186: embedded[0]: clause 4: proposed by Lee "
      "Sang Jo|LEE SANG JO|Lee Sang Cho",
      "r29c-1951-12-16-cable-27186: embedded[0]: clause 5: proposed by Lee "
      "Sang Jo|LEE SANG JO|Lee Sang Cho",
      "r29c-1951-12-16-cable-27186: embedded[0]: clause 5: topic "
      "negotiation_procedure",
      "r29c-1951-12-16-cable-27186: embedded[0]: delegation exists",
      "r29c-1951-12-16-cable-27186: embedded[0]: type telegram (got 'report')",
      // Round 29 (blind): the two forwarded telegrams under 'I.' and 'II.'
      // date themselves only by '18 December' and '19 December' in their own
      // sentences; their kind is 'message' where the file has telegram; Peng
      // Dehuai among the second's copies; 'People's Army' and 'volunteers'
      // alone; Mao's 'act only with their agreement' on proposal 3 is a
      // condition the reader does not read.
      "r29c-1951-12-20-telegram-27392: Organization Chinese People's "
      "Volunteers|volunteers",
      "r29c-1951-12-20-telegram-27392: Organization Korean People's "
      "Army|People's Army",
      "r29c-1951-12-20-telegram-27392: embedded[0]: type telegram (got "
      "'message')",
      "r29c-1951-12-20-telegram-27392: embedded[1]: type telegram (got "
      "'message')",
      "r29c-1951-12-20-telegram-27392: stance conditional on point 3",
      // Round 29 (blind): Razuvaev answers Libby's points a-f by letter
      // without naming the proposal or its date, so the reader finds no
      // document for the letters.
      "r29c-1952-01-09-telegram-600368: stance conditional on point d",
      "r29c-1952-01-09-telegram-600368: stance rejects on point a",
      "r29c-1952-01-09-telegram-600368: stance rejects on point b",
      "r29c-1952-01-09-telegram-600368: stance rejects on point c",
      "r29c-1952-01-09-telegram-600368: stance rejects on point e",
      "r29c-1952-01-09-telegram-600368: stance rejects on point f",
      // Round 29 (blind): the second point 'may be tabled, but only after'
      // reads as insisting, where the file has it conditional.
      // Round 29 (blind): cable-ese 'FonOff', 'Dept' and 'Dept of Defense'
      // are no spellings the gazetteer holds.
      "r29c-frus-1952-01-02-telegram-3047: Organization Foreign Office|FonOff",
      // Round 29 (blind): Nam Il's item 5 points on the political conference
      // carry topics the table's words do not give them; Joy's questions
      // answered are read as no stance on point 2.
      "r29c-frus-tei-1952-02-07-hnc-839: document: clause 1: topic "
      "political_settlement",
      "r29c-frus-tei-1952-02-07-hnc-839: stance accepts on point 2",
      // The Far East is left out of the gazetteer: FRUS headings name the
      // office 'Commander in Chief, Far East', no place a document mentions.
      "r19c-1953-08-29-telegram-1036: Place Far East",
      "r23a-1953-08-14-cwihp-memo-617: Place Far East",
      // The Far East is left out of the gazetteer (an office's name in FRUS
      // headings).
      "r29a-1954-04-21-telegram-2318: Place Far East|Дальний Восток",
      "r29a-1954-04-27-telegram-zhou-enlai-mao: Place Far East|远东",
      // Stalin's agreement with the agenda now also ties to point 3 of the
      // Kim-Peng agenda (the withdrawal of foreign forces), which the
      // agenda's procedure topic its list now gives makes one of the points
      // he accepts; the file ties only the points he names.
      "r16b-1951-07-14-telegram-4072: link STANCE accepts "
      "doc:telegram-4072-1951-07-14 -> "
      "doc:telegram-21810-1951-07-13/message-1951-07-10/clause-3",
      // The version chain of the point moved with the window ties of the
      // documents around it; the file's predecessor in JCS 92059 is now a
      // step further.
      // The version chain of the point moved with the window ties of the
      // documents around it; the file's predecessor in C-58115 is now a step
      // further.
      // 'Para 4 of Commie draft not acceptable as it stands', with a figure
      // of the writer's after it, now amends (as the corpus's JCS 87719 has
      // it); the file reads rejects.
      "r18a-frus-tei-1952-03-28-jcs-904517: link STANCE amends "
      "doc:telegram-jcs-904517-1952-03-28 -> "
      "doc:telegram-hnc-1086-1952-03-26/clause-4",
      "r18a-frus-tei-1952-03-28-jcs-904517: stance rejects on point 4",
      // The report quoted in the telegram takes positions by number on the
      // points Mao put to the writers on 2 December, and the window ties
      // them to that telegram as its addressee's proposal; the file lists no
      // answered document.
      "r20a-1951-12-07-telegram-26718: link RESPONDS_TO  "
      "doc:telegram-26718-1951-12-07/report-1951-12-05 -> "
      "doc:telegram-1951-12-02-mao-zedong",
      "r20a-1951-12-07-telegram-26718: link STANCE accepts "
      "doc:telegram-26718-1951-12-07/report-1951-12-05 -> "
      "doc:telegram-1951-12-02-mao-zedong/clause-1",
      "r20a-1951-12-07-telegram-26718: link STANCE accepts "
      "doc:telegram-26718-1951-12-07/report-1951-12-05 -> "
      "doc:telegram-1951-12-02-mao-zedong/clause-7",
      "r20a-1951-12-07-telegram-26718: link STANCE amends "
      "doc:telegram-26718-1951-12-07/report-1951-12-05 -> "
      "doc:telegram-1951-12-02-mao-zedong/clause-4",
      // The quoted text of 27 March is now dated 27 March, not by the
      // telegram of 23 December a sentence before cites, so the point's
      // earlier version is another of the chain.
      // Mao's counter-point on the Red Cross is no version of Libby's point
      // 4 by our words and topics.
      "r30a-1952-01-04-cable-15344: clause 3 is a variant of 660/4",
      // Two positions on point four ('can be agreed only if', then 'should
      // not be put forward now'); the point takes the first, conditional,
      // where the file reads the second.
      "r30a-1952-01-05-telegram-58: link STANCE conditional "
      "doc:telegram-58-1952-01-05 -> doc:cable-15344-1952-01-04/clause-4",
      "r30a-1952-01-05-telegram-58: stance drops on point 4",
      // The citation of Mao's manuscripts is not read from the older
      // layout's Chinese source line; 'armistice commission' in Chinese is
      // not named; point four's consent on a condition reads as accepting.
      "r30a-1952-01-06-telegram-mao-li-kenong: Organization Military Armistice "
      "Commission|armistice commission|停战委员会",
      "r30a-1952-01-06-telegram-mao-li-kenong: document: source "
      "citation=Jianguo yilai Mao Zedong wengao",
      "r30a-1952-01-06-telegram-mao-li-kenong: link STANCE accepts "
      "doc:telegram-1952-01-06-mao-zedong -> "
      "doc:memorandum-1952-01-03-johnson/clause-4",
      "r30a-1952-01-06-telegram-mao-li-kenong: stance conditional on point 4",
      // Panyushkin is only in the editors' footnote, 'the neutral
      // commission' is not named, point three's counter-figure is read as a
      // refusal, and 'insist that it decide by a majority' names no point 8
      // by number.
      "r30a-1953-05-17-cwihp-telegram-molotov-kuznetsov: Organization Neutral "
      "Nations Repatriation Commission|neutral commission|commission",
      "r30a-1953-05-17-cwihp-telegram-molotov-kuznetsov: Person "
      "Panyushkin|A.S. Panyushkin",
      "r30a-1953-05-17-cwihp-telegram-molotov-kuznetsov: stance insists on "
      "point 8",
      // 'Korea' is only in a heading, the points on visits to the camps are
      // read as movement and prisoners, not supervision, and the Red Cross
      // point is no version of Mao's counter-point by our words.
      "r30a-frus-1952-01-02-hnc-660: Place Korea",
      "r30a-frus-1952-01-02-hnc-660: clause 4 is a variant of 15344/3",
      "r30a-frus-1952-01-02-hnc-660: document: clause 5: topic supervision",
      "r30a-frus-1952-01-02-hnc-660: document: clause 6: topic supervision",
      // The two documents of the TEI file are two records, and the places
      // and bodies named in Clark's report of Nam Il's plan are that
      // record's; Harrison's answers tie by the window to the Chinese report
      // of the same plan, the amendments read as accepting, and the answer
      // is tied to no document of the writer's own.
      "r30a-frus-tei-1953-05-13-cx-62488: Organization Chinese People's "
      "Volunteers",
      "r30a-frus-tei-1953-05-13-cx-62488: Organization Department of "
      "State|State Department",
      "r30a-frus-tei-1953-05-13-cx-62488: Organization Korean People's Army",
      "r30a-frus-tei-1953-05-13-cx-62488: Place Czechoslovakia",
      "r30a-frus-tei-1953-05-13-cx-62488: Place Poland",
      "r30a-frus-tei-1953-05-13-cx-62488: Place Sweden",
      "r30a-frus-tei-1953-05-13-cx-62488: Place Switzerland",
      "r30a-frus-tei-1953-05-13-cx-62488: clause 4 is a variant of 62349/8",
      "r30a-frus-tei-1953-05-13-cx-62488: responds to "
      "{\"date\":\"1953-05-07\",\"number\":\"62349\"}",
      "r30a-frus-tei-1953-05-13-cx-62488: stance amends on point 2",
      "r30a-frus-tei-1953-05-13-cx-62488: stance amends on point 3",
      "r30a-frus-tei-1953-05-13-cx-62488: stance amends on point 8",
      // The quoted report is a report to us, a telegram to the file; the
      // five-man group in the commission is no delegation we read; 'BRYAN
      // accepted points one and two' is read as the report's own stance.
      "r30b-1953-08-05-telegram-19407: embedded[0]: delegation exists",
      "r30b-1953-08-05-telegram-19407: embedded[0]: type telegram (got "
      "'report')",
      "r30b-1953-08-05-telegram-19407: link STANCE insists "
      "doc:telegram-19407-1953-08-05 -> "
      "doc:telegram-19407-1953-08-05/report-1953-08-04/clause-5",
      // Bryan, Yongdungpo, the USSR and its Council of Ministers are not
      // named by the gazetteer in this spelling or context; the counter-list
      // and the inspection points carry other topics than the file's; the
      // lineage to Bryan's proposals of CX 64107 is not found.
      "r30b-1953-09-02-cwihp-telegram-23088: Organization Council of Ministers "
      "of the USSR",
      "r30b-1953-09-02-cwihp-telegram-23088: Person Bryan|BRYAN|Blackshear M. "
      "Bryan",
      "r30b-1953-09-02-cwihp-telegram-23088: Place USSR",
      "r30b-1953-09-02-cwihp-telegram-23088: Place "
      "Yongdungpo|Yongdungp'o|Yeongdeungpo",
      "r30b-1953-09-02-cwihp-telegram-23088: clause 2 is a variant of 64107/c",
      "r30b-1953-09-02-cwihp-telegram-23088: clause 4 is a variant of 64107/b",
      "r30b-1953-09-02-cwihp-telegram-23088: document: clause 2: topic "
      "prisoners_of_war",
      "r30b-1953-09-02-cwihp-telegram-23088: document: clause 3: concerns "
      "place Yongdungpo|Yongdungp'o|Yeongdeungpo",
      "r30b-1953-09-02-cwihp-telegram-23088: document: clause 3: topic "
      "prisoners_of_war",
      // Mao's forecast of which points the commission will accept is read as
      // his stance on them; point five's 90 days carries no topic.
      "r30b-1953-10-19-cable-26954: link STANCE accepts "
      "doc:cable-26954-1953-10-19 -> "
      "doc:cable-26954-1953-10-19/letter-1953-10-16/clause-1",
      "r30b-1953-10-19-cable-26954: link STANCE accepts "
      "doc:cable-26954-1953-10-19 -> "
      "doc:cable-26954-1953-10-19/letter-1953-10-16/clause-4",
      // 'Our letter of 16 October' ties by date alone, a weak link, so 'hold
      // to the fifth point' is not tied, and the Chinese position on
      // referral ties by topic to the other points; 'the Center' is not
      // named; point (3) carries other topics.
      "r30b-1953-12-17-telegram-zhou-enlai-ding-guoyu-huang-hua: Organization "
      "Central Committee of the Chinese Communist Party|Center|中央",
      "r30b-1953-12-17-telegram-zhou-enlai-ding-guoyu-huang-hua: document: "
      "clause 3: topic political_settlement",
      "r30b-1953-12-17-telegram-zhou-enlai-ding-guoyu-huang-hua: link "
      "RESPONDS_TO  doc:telegram-1953-12-17-zhou-enlai -> "
      "doc:cable-26954-1953-10-19/letter-1953-10-16",
      "r30b-1953-12-17-telegram-zhou-enlai-ding-guoyu-huang-hua: link STANCE "
      "rejects doc:telegram-1953-12-17-zhou-enlai -> "
      "doc:cable-26954-1953-10-19/letter-1953-10-16/clause-1",
      "r30b-1953-12-17-telegram-zhou-enlai-ding-guoyu-huang-hua: link STANCE "
      "rejects doc:telegram-1953-12-17-zhou-enlai -> "
      "doc:cable-26954-1953-10-19/letter-1953-10-16/clause-2",
      "r30b-1953-12-17-telegram-zhou-enlai-ding-guoyu-huang-hua: link STANCE "
      "rejects doc:telegram-1953-12-17-zhou-enlai -> "
      "doc:cable-26954-1953-10-19/letter-1953-10-16/clause-3",
      "r30b-1953-12-17-telegram-zhou-enlai-ding-guoyu-huang-hua: link STANCE "
      "rejects doc:telegram-1953-12-17-zhou-enlai -> "
      "doc:cable-26954-1953-10-19/letter-1953-10-16/clause-4",
      "r30b-1953-12-17-telegram-zhou-enlai-ding-guoyu-huang-hua: stance "
      "insists on point 5",
      // Bryan's three lettered proposals are read without their proposer and
      // with other topics and figures; the answer to point four reads as
      // accepting, where the file reads amends.
      "r30b-frus-1953-08-08-cx-64107: clause b is a variant of 23088/4",
      "r30b-frus-1953-08-08-cx-64107: document: clause a: concerns place "
      "Panmunjom",
      "r30b-frus-1953-08-08-cx-64107: document: clause a: proposed by "
      "Bryan|Blackshear M. Bryan",
      "r30b-frus-1953-08-08-cx-64107: document: clause a: topic "
      "negotiation_procedure",
      "r30b-frus-1953-08-08-cx-64107: document: clause b: duration_days=45 "
      "(got [])",
      "r30b-frus-1953-08-08-cx-64107: document: clause b: proposed by "
      "Bryan|Blackshear M. Bryan",
      "r30b-frus-1953-08-08-cx-64107: document: clause b: topic buffer_zone",
      "r30b-frus-1953-08-08-cx-64107: document: clause c: duration_days=30 "
      "(got [{\"kind\":\"period\",\"unit\":\"day\",\"value\":60}])",
      "r30b-frus-1953-08-08-cx-64107: document: clause c: proposed by "
      "Bryan|Blackshear M. Bryan",
      "r30b-frus-1953-08-08-cx-64107: document: clause c: topic "
      "prisoners_of_war",
      "r30b-frus-1953-08-08-cx-64107: link STANCE accepts "
      "doc:telegram-cx-64107-1953-08-08 -> "
      "doc:telegram-19407-1953-08-05/report-1953-08-04/clause-4",
      "r30b-frus-1953-08-08-cx-64107: stance amends on point 4",
      // 'The Department' is the office we read as the author; point four's
      // 'would not object ... but cannot accept wholesale segregation' reads
      // as amending, the file as conditional; point three of the US position
      // carries no topic.
      "r30b-frus-tei-1953-11-04-telegram-612: document: clause 3: topic "
      "prisoners_of_war",
      "r30b-frus-tei-1953-11-04-telegram-612: link STANCE amends "
      "doc:telegram-612-1953-11-04 -> "
      "doc:cable-26954-1953-10-19/letter-1953-10-16/clause-4",
      "r30b-frus-tei-1953-11-04-telegram-612: stance conditional on point 4",
      // The quoted report is typed a report; Mao's positions on the UNC's
      // points read as accepting where he takes them changed; the lineage to
      // Ridgway's C-59147 is not found.
      "r30c-1951-12-23-telegram-27468: embedded[0]: type telegram (got "
      "'report')",
      "r30c-1951-12-23-telegram-27468: stance amends on point 4",
      // The quoted agreed text is typed a telegram; the lineage to Xie
      // Fang's counter-draft is not found.
      "r30c-1952-03-29-cwihp-17862: embedded[0]: type agreement (got "
      "'telegram')",
      "r30c-1952-03-29-cwihp-17862: stance rejects on point 3",
      // The Chinese and English final wording is read as the report's own
      // points, not as a quoted agreement, and its lineage to the text of 27
      // March is not found; a paragraph cited as 'point d' ties to a JCS
      // telegram.
      "r30c-1953-07-21-telegram-li-kenong-mao: clause 1 is a variant of "
      "17862/1",
      "r30c-1953-07-21-telegram-li-kenong-mao: clause 2 is a variant of "
      "17862/2",
      "r30c-1953-07-21-telegram-li-kenong-mao: clause 3 is a variant of "
      "17862/3",
      "r30c-1953-07-21-telegram-li-kenong-mao: embedded[0] exists",
      "r30c-1953-07-21-telegram-li-kenong-mao: link RESPONDS_TO  "
      "doc:telegram-1953-07-21-li-kenong -> doc:cable-10982-1953-03-29",
      // The memorandum discusses the Communist proposal of 7 November, which
      // round 31 brings as HNC-503 (r31b-frus-tei-1951-11-16-c-57389); its
      // ties to it are right in substance, but the file, written before that
      // page, lists none.
      "frus-1951-11-09-memcon-690: link RESPONDS_TO  "
      "doc:memorandum-1951-11-09-elizabeth-a-brown -> "
      "doc:telegram-hnc-503-1951-11-07",
      "frus-1951-11-09-memcon-690: link STANCE accepts "
      "doc:memorandum-1951-11-09-elizabeth-a-brown -> "
      "doc:telegram-hnc-503-1951-11-07/clause-1",
      "frus-1951-11-09-memcon-690: link STANCE accepts "
      "doc:memorandum-1951-11-09-elizabeth-a-brown -> "
      "doc:telegram-hnc-503-1951-11-07/clause-2",
      "frus-1951-11-09-memcon-690: link STANCE accepts "
      "doc:memorandum-1951-11-09-elizabeth-a-brown -> "
      "doc:telegram-hnc-503-1951-11-07/clause-3",
      // The positions on the UNC proposal of 25 May now tie to round 31's
      // report of it (cable 15711); the file knows only another account, so
      // the tie to point 6 counts against precision.
      "r25b-1953-06-02-telegram-16312: link STANCE amends "
      "doc:telegram-16312-1953-06-02 -> "
      "doc:cable-15711-1953-05-26/telegram-1953-05-25/clause-6",
      // The UNC's answers to Nam Il's eight points of 7 May now tie to round
      // 31's copy of them (telegram 12964) as well as to the copy the file
      // names.
      "r30a-frus-tei-1953-05-13-cx-62488: link STANCE accepts "
      "doc:telegram-cx-62488-1953-05-13 -> "
      "doc:telegram-12964-1953-05-08/clause-2",
      "r30a-frus-tei-1953-05-13-cx-62488: link STANCE accepts "
      "doc:telegram-cx-62488-1953-05-13 -> "
      "doc:telegram-12964-1953-05-08/clause-3",
      "r30a-frus-tei-1953-05-13-cx-62488: link STANCE rejects "
      "doc:telegram-cx-62488-1953-05-13 -> "
      "doc:telegram-12964-1953-05-08/clause-8",
      // Points 5 and 6 (Red Cross interviews and visits) are read as
      // prisoners only, not supervision; Mao's 'only if' on point 4 is not
      // read as a condition on that point.
      "r31a-1952-01-03-cwihp-15262: embedded[0]: clause 5: topic supervision",
      "r31a-1952-01-03-cwihp-15262: embedded[0]: clause 6: topic supervision",
      "r31a-1952-01-03-cwihp-15262: stance conditional on point 4",
      // Lineage to the Indian resolution's paragraphs and Libby's points
      // across a year and more: the nearest versions of these points are
      // other documents of 1953, and the chains do not reach them.
      "r31a-1953-05-08-telegram-12964: clause 1 is a variant of 15262/1",
      "r31a-1953-05-08-telegram-12964: clause 2 is a variant of 618/3",
      "r31a-1953-05-08-telegram-12964: clause 2 is a variant of 618/4",
      "r31a-1953-05-08-telegram-12964: clause 6 is a variant of 618/17",
      // Lineage to the UNC counterproposal of 13 May and to Nam Il's points
      // runs through other documents; point 6 (the majority vote) names no
      // prisoners; Zhou's demand on point 5 is read as a condition, not an
      // amendment.
      "r31a-1953-05-26-cable-15711: clause 4 is a variant of 1264/6",
      "r31a-1953-05-26-cable-15711: clause 4 is a variant of 12964/6",
      "r31a-1953-05-26-cable-15711: embedded[0]: clause 6: topic "
      "prisoners_of_war",
      "r31a-1953-05-26-cable-15711: stance amends on point 5",
      // The Terms of Reference Suzdalev quotes are introduced by 'I report
      // its main paragraphs:' after the sentence that says Nam Il and
      // Harrison signed them on 8 June: the quotation is typed a report,
      // dated the telegram's day and given to Nam Il alone. Paragraph 11's
      // 120 days are not read beside its 90 and 30.
      "r31a-1953-06-09-telegram-17066: embedded[0]: author Harrison|HARRISON",
      "r31a-1953-06-09-telegram-17066: embedded[0]: clause 11: "
      "duration_days=120 (got "
      "[{\"kind\":\"period\",\"subject\":\"exchange\",\"unit\":\"day\","
      "\"value\":90},{\"kind\":\"deadline\",\"subject\":\"political_"
      "conference\",\"unit\":\"day\",\"value\":30}])",
      "r31a-1953-06-09-telegram-17066: embedded[0]: date 1953-06-08 (got "
      "1953-06-09)",
      "r31a-1953-06-09-telegram-17066: embedded[0]: type agreement (got "
      "'report')",
      // Each UNC point names the Communist point it replaces in brackets
      // ('(Commie point 4)'), with 'accepted as it stands' or a change;
      // these brackets are not read as positions on Nam Il's points, nor the
      // lineage they give. 'UNC cannot agree to hand question to political
      // conference' is tied to the telegram's own point 3 through the quoted
      // points (a defect noted for the next session). Young appears only as
      // the drafter in a footnote; 'ROK Govt' is not in the gazetteer.
      "r31a-frus-1953-05-13-telegram-1264: Organization Government of the "
      "Republic of Korea|ROK Govt|ROK Government",
      "r31a-frus-1953-05-13-telegram-1264: Person Young|Kenneth T. Young",
      "r31a-frus-1953-05-13-telegram-1264: clause 4 is a variant of 12964/4",
      "r31a-frus-1953-05-13-telegram-1264: clause 6 is a variant of 12964/6",
      "r31a-frus-1953-05-13-telegram-1264: clause 6 is a variant of 15262/3",
      "r31a-frus-1953-05-13-telegram-1264: link STANCE rejects "
      "doc:telegram-1264-1953-05-13 -> doc:telegram-1264-1953-05-13/clause-3",
      "r31a-frus-1953-05-13-telegram-1264: stance accepts on point 1",
      "r31a-frus-1953-05-13-telegram-1264: stance amends on point 2",
      "r31a-frus-1953-05-13-telegram-1264: stance amends on point 3",
      "r31a-frus-1953-05-13-telegram-1264: stance amends on point 4",
      "r31a-frus-1953-05-13-telegram-1264: stance amends on point 5",
      "r31a-frus-1953-05-13-telegram-1264: stance rejects on point 6",
      // The Indian resolution quoted in the circular is typed a message of
      // the circular's date, not a resolution of 3 December, and the
      // acceptance of its paragraph 17 is read as an amendment; the lineage
      // to Libby's points is not taken; 'Certain Diplomatic Offices' is no
      // organization in the gazetteer, and Korea is named only inside the
      // resolution.
      "r31a-frus-tei-1952-12-04-circular-618: Organization Certain Diplomatic "
      "Offices|diplomatic offices",
      "r31a-frus-tei-1952-12-04-circular-618: Place Korea",
      "r31a-frus-tei-1952-12-04-circular-618: clause 17 is a variant of "
      "15262/3",
      "r31a-frus-tei-1952-12-04-circular-618: clause 2 is a variant of 15262/5",
      "r31a-frus-tei-1952-12-04-circular-618: clause 3 is a variant of 15262/5",
      "r31a-frus-tei-1952-12-04-circular-618: embedded[0]: date 1952-12-03 "
      "(got 1952-12-04)",
      "r31a-frus-tei-1952-12-04-circular-618: embedded[0]: type resolution "
      "(got 'message')",
      "r31a-frus-tei-1952-12-04-circular-618: link STANCE amends "
      "doc:telegram-618-1952-12-04 -> "
      "doc:telegram-618-1952-12-04/message-1952-12-04/clause-17",
      "r31a-frus-tei-1952-12-04-circular-618: stance accepts on point 17",
      // Mao's 'Both of the enemy's points must be firmly rejected' names the
      // points as a whole, which no claim of ours ties to; the forwarded
      // report is typed a message.
      // The forwarded report of 17 November is typed a report of the cable's
      // day, where the file has a telegram of 17 November; lineage to Mao's
      // item 2 telegram is not taken.
      "r31b-1951-11-18-cable-25990: clause 2 is a variant of 25717/2",
      "r31b-1951-11-18-cable-25990: embedded[0]: date 1951-11-17 (got "
      "1951-11-18)",
      "r31b-1951-11-18-cable-25990: embedded[0]: type telegram (got 'report')",
      // Nam Il's three points, quoted, stay a document of their own beside
      // Joy's lettered points (round 14's rule: a quoted list beside a
      // counterproposal set apart after it); the file makes both the
      // report's own. '20 miles' is kept as 32.2 km, where the file rounds
      // to 32.
      "r31b-frus-1951-07-27-hnc-148: document: clause 1 (absent)",
      "r31b-frus-1951-07-27-hnc-148: document: clause 1 exists",
      "r31b-frus-1951-07-27-hnc-148: document: clause 2 (absent)",
      "r31b-frus-1951-07-27-hnc-148: document: clause 2 exists",
      "r31b-frus-1951-07-27-hnc-148: document: clause 3 (absent)",
      "r31b-frus-1951-07-27-hnc-148: document: clause 3 exists",
      "r31b-frus-1951-07-27-hnc-148: document: clause b: distance_km=32 (got "
      "[{\"max\":32.2,\"min\":32.2,\"unit\":\"km\",\"written\":{\"max\":20,"
      "\"min\":20,\"unit\":\"mile\"}}])",
      // The agreed text of 23 November is an embedded agreement (as in
      // 16002), on whose paragraphs Ridgway's account of the changes is read
      // as positions; the file makes the paragraphs the report's own, and
      // names the UNC proposal of 17 November by its date, which no document
      // carries.
      "r31b-frus-1951-11-23-c-57837: clause 2 is a variant of 1951-11-17/2",
      "r31b-frus-1951-11-23-c-57837: clause 3 is a variant of 1951-11-17/3",
      "r31b-frus-1951-11-23-c-57837: document: clause 1 (absent)",
      "r31b-frus-1951-11-23-c-57837: document: clause 1 exists",
      "r31b-frus-1951-11-23-c-57837: document: clause 2 (absent)",
      "r31b-frus-1951-11-23-c-57837: document: clause 2 exists",
      "r31b-frus-1951-11-23-c-57837: document: clause 3 (absent)",
      "r31b-frus-1951-11-23-c-57837: document: clause 3 exists",
      "r31b-frus-1951-11-23-c-57837: link STANCE amends "
      "doc:telegram-c-57837-1951-11-23 -> "
      "doc:telegram-c-57837-1951-11-23/agreement-1951-11-23/clause-3",
      // The second document of the TEI file (C-57389) ties its positions to
      // JCS 86804 by number instead of to HNC-503 in the same file; Lee Sang
      // Cho and Panmunjom are named in the other document's record.
      "r31b-frus-tei-1951-11-16-c-57389: Person Lee Sang Cho|Li Sang Cho",
      "r31b-frus-tei-1951-11-16-c-57389: Place Panmunjom",
      "r31b-frus-tei-1951-11-16-c-57389: link RESPONDS_TO  "
      "doc:telegram-c-57389-1951-11-16 -> doc:telegram-jcs-86804-1951-11-14",
      "r31b-frus-tei-1951-11-16-c-57389: link STANCE conditional "
      "doc:telegram-c-57389-1951-11-16 -> "
      "doc:telegram-jcs-86804-1951-11-14/clause-2",
      "r31b-frus-tei-1951-11-16-c-57389: link STANCE drops "
      "doc:telegram-c-57389-1951-11-16 -> "
      "doc:telegram-jcs-86804-1951-11-14/clause-4",
      "r31b-frus-tei-1951-11-16-c-57389: clause 2 is a variant of 25717/2",
      "r31b-frus-tei-1951-11-16-c-57389: clause 2 is a variant of 503/2",
      "r31b-frus-tei-1951-11-16-c-57389: stance amends on point 2",
      // 'I consider Comrade LI KENONG's proposals correct' accepts the
      // report's points as a whole, which no claim of ours reads; the
      // report's lettered ports are read without the supervision topic; the
      // forwarded report is typed a report.
      "r31c-1952-03-15-telegram-17455: clause 3 is a variant of 17226/4",
      "r31c-1952-03-15-telegram-17455: clause а is a variant of 17226/а",
      "r31c-1952-03-15-telegram-17455: embedded[0]: clause а: topic "
      "supervision",
      "r31c-1952-03-15-telegram-17455: embedded[0]: clause б: topic "
      "supervision",
      "r31c-1952-03-15-telegram-17455: embedded[0]: type telegram (got "
      "'report')",
      // The routing header is garbled ('Rece ived', 'Gen eral Staff of the
      // So viet Army'): the sent and received times and the General Staff
      // are not read; 'Sweeden [sic]' is not Sweden.
      "r31c-1952-05-03-telegram-601423: Organization 8th Administration of the "
      "General Staff of the Soviet Army|General Staff of the Soviet Army|Gen "
      "eral Staff of the So viet Army",
      "r31c-1952-05-03-telegram-601423: Place Sweden|Sweeden",
      "r31c-1952-05-03-telegram-601423: document: received 1952-05-04T01:55 "
      "(got )",
      "r31c-1952-05-03-telegram-601423: document: sent 1952-05-03T23:40 (got )",
      "r31c-1952-05-03-telegram-601423: embedded[0]: clause 1: concerns place "
      "Sweden|Sweeden",
      // The approved reply's positions on Kim Il Sung's points are tied by
      // number as the file has them, with stances the file reads otherwise
      // (accepts point 3, insists on 1 and 2).
      "r31c-1952-05-06-politburo-P86-71: link STANCE accepts "
      "doc:decision-p86-71-1952-05-06/message-1952-05-06 -> "
      "doc:telegram-6o1423-sh-1952-05-03/message-1952-05-03/clause-3",
      // Ridgway's tabling date and recess (points 5 and 6) carry no topic of
      // the talks' procedure; the withdrawal of Norway's nomination and the
      // dropping of the airfields demand are not read as positions on the
      // JCS points.
      "r31c-frus-1952-04-17-c-67024: clause 3 is a variant of 901437/2",
      "r31c-frus-1952-04-17-c-67024: document: clause 5: topic "
      "negotiation_procedure",
      "r31c-frus-1952-04-17-c-67024: document: clause 6: topic "
      "negotiation_procedure",
      "r31c-frus-1952-04-17-c-67024: stance amends on point 2",
      "r31c-frus-1952-04-17-c-67024: stance drops on point 5",
      // 'The over-all proposal in your C 67024 has been approved' accepts
      // Ridgway's points as a whole, which no claim of ours reads, and its
      // first point is read as insisting; the package items a-c restate his
      // points by content without naming them, and their lineage goes to
      // other documents; the tabling date carries no topic of the talks'
      // procedure.
      "r31c-frus-tei-1952-04-25-jcs-907162: clause 3 is a variant of 67024/5",
      "r31c-frus-tei-1952-04-25-jcs-907162: clause b is a variant of 901437/2",
      "r31c-frus-tei-1952-04-25-jcs-907162: document: clause 1: topic "
      "negotiation_procedure",
      "r31c-frus-tei-1952-04-25-jcs-907162: stance accepts on point 1",
      "r31c-frus-tei-1952-04-25-jcs-907162: stance accepts on point 2",
      "r31c-frus-tei-1952-04-25-jcs-907162: stance accepts on point 3",
      "r31c-frus-tei-1952-04-25-jcs-907162: stance accepts on point 4",
      "r31c-frus-tei-1952-04-25-jcs-907162: stance amends on point 5",
      // A topic the points of 16008 now carry from their list's introduction
      // ties a position by topic to point 1; the expected file lists none
      // there.
      "1952-02-03-telegram-709: link STANCE accepts "
      "doc:telegram-709-1952-02-03 -> doc:telegram-16008-1952-01-31/clause-1",
      // The forwarded text the writer calls a telegram is typed telegram
      // now: the same link under the document's new id.
      "r22a-1951-08-19-cable-4462: link STANCE drops doc:cable-4462-1951-08-19 "
      "-> doc:telegram-22987-1951-08-17/telegram-1951-08-16/clause-3",
      // The forwarded text the writer calls a telegram is typed telegram
      // now: the same link under the document's new id.
      // The forwarded text the writer calls a telegram is typed telegram
      // now: the same links under the document's new id.
      "1952-03-24-politburo-P85-290: link STANCE accepts "
      "doc:decision-p85-290-1952-03-24 -> "
      "doc:telegram-17618-1952-03-21/telegram-1952-03-20/message-1952-03-20/"
      "clause-3",
      "1952-03-24-politburo-P85-290: link STANCE accepts "
      "doc:decision-p85-290-1952-03-24 -> "
      "doc:telegram-17618-1952-03-21/telegram-1952-03-20/message-1952-03-20/"
      "clause-5",
      // The forwarded text the writer calls a telegram is typed telegram
      // now: the same link under the document's new id.
      // Clauses of 56918 that take their list introduction's topic now match
      // other versions better; the lineage moved.
      "frus-tei-1952-11-21-gadel-131: clause 3 is a variant of 56918/1",
      // Points of 9866 that take their list introduction's topic now match
      // other versions better; the lineage moved.
      // Points of CX 63812 that now carry their list introduction's topic
      // take a conditional position by topic; the expected file lists none.
      "r18b-frus-1953-07-21-jcs-944365: link STANCE conditional "
      "doc:telegram-jcs-944365-1953-07-21 -> "
      "doc:telegram-cx-63812-1953-07-20/clause-2",
      "r18b-frus-1953-07-21-jcs-944365: link STANCE conditional "
      "doc:telegram-jcs-944365-1953-07-21 -> "
      "doc:telegram-cx-63812-1953-07-20/clause-3",
      // The forwarded text the writer calls a telegram is typed telegram
      // now: the same link under the document's new id.
      // 'I agree with the proposals of Cde. LI KENONG' accepts his whole
      // list; the expected file lists no stance for it.
      "r22a-1951-08-17-telegram-22987: link STANCE accepts "
      "doc:telegram-22987-1951-08-17 -> "
      "doc:telegram-22987-1951-08-17/telegram-1951-08-16/clause-1",
      "r22a-1951-08-17-telegram-22987: link STANCE accepts "
      "doc:telegram-22987-1951-08-17 -> "
      "doc:telegram-22987-1951-08-17/telegram-1951-08-16/clause-2",
      "r22a-1951-08-17-telegram-22987: link STANCE accepts "
      "doc:telegram-22987-1951-08-17 -> "
      "doc:telegram-22987-1951-08-17/telegram-1951-08-16/clause-3",
      "r22a-1951-08-17-telegram-22987: link STANCE accepts "
      "doc:telegram-22987-1951-08-17 -> "
      "doc:telegram-22987-1951-08-17/telegram-1951-08-16/clause-a",
      "r22a-1951-08-17-telegram-22987: link STANCE accepts "
      "doc:telegram-22987-1951-08-17 -> "
      "doc:telegram-22987-1951-08-17/telegram-1951-08-16/clause-b",
      "r22a-1951-08-17-telegram-22987: link STANCE accepts "
      "doc:telegram-22987-1951-08-17 -> "
      "doc:telegram-22987-1951-08-17/telegram-1951-08-16/clause-v",
      // The telegram Mao forwards is typed telegram, and its nested
      // statement takes the kind of the nearest word before it.
      "r24c-1952-05-16-cable-19706: embedded[1]: type statement (got "
      "'telegram')",
      // Kim's telegram is typed telegram now: the same links under the
      // document's new id; the nested letter takes the kind of the nearest
      // word before it.
      "r24c-1952-10-15-telegram-25647: embedded[1]: type letter (got "
      "'telegram')",
      "r24c-1952-10-15-telegram-25647: link RESPONDS_TO  "
      "doc:telegram-25647-sh-1952-10-15/telegram-1952-10-14 -> "
      "doc:telegram-jcs-920154-1952-10-10",
      "r24c-1952-10-15-telegram-25647: link STANCE accepts "
      "doc:telegram-25647-sh-1952-10-15/telegram-1952-10-14 -> "
      "doc:telegram-jcs-920154-1952-10-10/clause-5",
      "r24c-1952-10-15-telegram-25647: link STANCE rejects "
      "doc:telegram-25647-sh-1952-10-15/telegram-1952-10-14 -> "
      "doc:telegram-jcs-920154-1952-10-10/clause-1",
      "r24c-1952-10-15-telegram-25647: link STANCE rejects "
      "doc:telegram-25647-sh-1952-10-15/telegram-1952-10-14 -> "
      "doc:telegram-jcs-920154-1952-10-10/clause-2",
      "r24c-1952-10-15-telegram-25647: link STANCE rejects "
      "doc:telegram-25647-sh-1952-10-15/telegram-1952-10-14 -> "
      "doc:telegram-jcs-920154-1952-10-10/clause-3",
      "r24c-1952-10-15-telegram-25647: link STANCE rejects "
      "doc:telegram-25647-sh-1952-10-15/telegram-1952-10-14 -> "
      "doc:telegram-jcs-920154-1952-10-10/clause-4",
      // 'I am sending you ... the telegram of Comrade KIM IL SUNG': typed
      // telegram, as most blind writers type it; this writer typed it
      // message.
      "r25c-1951-12-27-telegram-27586: embedded[0]: type message (got "
      "'telegram')",
      // 'I consider Comrade LI KENONG's proposals correct' accepts his whole
      // list; the expected file lists no stance for it. A topic change moved
      // one lineage.
      "r28b-1952-02-24-telegram-17226: clause 5 is a variant of 907/40",
      "r28b-1952-02-24-telegram-17226: link STANCE accepts "
      "doc:telegram-17226-1952-02-24 -> "
      "doc:telegram-17226-1952-02-24/report-1952-02-22/clause-2",
      "r28b-1952-02-24-telegram-17226: link STANCE accepts "
      "doc:telegram-17226-1952-02-24 -> "
      "doc:telegram-17226-1952-02-24/report-1952-02-22/clause-3",
      "r28b-1952-02-24-telegram-17226: link STANCE accepts "
      "doc:telegram-17226-1952-02-24 -> "
      "doc:telegram-17226-1952-02-24/report-1952-02-22/clause-4",
      "r28b-1952-02-24-telegram-17226: link STANCE accepts "
      "doc:telegram-17226-1952-02-24 -> "
      "doc:telegram-17226-1952-02-24/report-1952-02-22/clause-5",
      "r28b-1952-02-24-telegram-17226: link STANCE accepts "
      "doc:telegram-17226-1952-02-24 -> "
      "doc:telegram-17226-1952-02-24/report-1952-02-22/clause-a",
      "r28b-1952-02-24-telegram-17226: link STANCE accepts "
      "doc:telegram-17226-1952-02-24 -> "
      "doc:telegram-17226-1952-02-24/report-1952-02-22/clause-b",
      // A lineage moved with the topics points take from their list's
      // introduction.
      "r28b-frus-1952-02-21-hnc-907: clause 40 is a variant of 891/3",
      // 'I transmit the telegram of KIM IL SUNG and PAK HEN EN': typed
      // telegram, as most blind writers type it; this writer typed it
      // message.
      "r28c-1951-09-03-telegram-502781: embedded[0]: type message (got "
      "'telegram')",
      // A point of the letter now carries its list introduction's topic and
      // takes a position by topic; the expected file lists none.
      "r30b-1953-12-17-telegram-zhou-enlai-ding-guoyu-huang-hua: link STANCE "
      "rejects doc:telegram-1953-12-17-zhou-enlai -> "
      "doc:cable-26954-1953-10-19/letter-1953-10-16/clause-5",
      // Clark's counterproposal in 1264 is read as a different version now
      // that its points carry topics; the lineage moved.
      "r31a-1953-05-26-cable-15711: clause 2 is a variant of 1264/3",
      // 'I consider Comrade LI KENONG's proposals correct' falls on his sub-
      // points a and b too; the expected file names points 1 to 3 only.
      "r31c-1952-03-15-telegram-17455: link STANCE accepts "
      "doc:telegram-17455-1952-03-15 -> "
      "doc:telegram-17455-1952-03-15/report-1952-03-14/clause-a",
      "r31c-1952-03-15-telegram-17455: link STANCE accepts "
      "doc:telegram-17455-1952-03-15 -> "
      "doc:telegram-17455-1952-03-15/report-1952-03-14/clause-b",
      // Round 32 (blind): item 4 from the UNC's three alternatives of 28
      // September 1952 to Clark's counterproposal of 10 May 1953; positions
      // on whole lists and points named as the other side's. Misses left:
      // stance kinds, topics, lineage across restated points.
      "r32a-1952-10-02-telegram-24927: clause 2 is a variant of 21404/6",
      "r32a-1952-10-02-telegram-24927: embedded[0]: language ru",
      "r32a-1952-10-02-telegram-24927: link STANCE amends "
      "doc:telegram-24927-1952-10-02 -> "
      "doc:telegram-24927-1952-10-02/report-1952-09-28-2/clause-1",
      "r32a-1952-10-02-telegram-24927: link STANCE amends "
      "doc:telegram-24927-1952-10-02 -> "
      "doc:telegram-24927-1952-10-02/report-1952-09-28-2/clause-2",
      "r32a-1952-10-02-telegram-24927: stance rejects on point 1",
      "r32a-1952-10-02-telegram-24927: stance rejects on point 2",
      "r32a-1952-11-27-cwihp-telegram-5270: stance rejects on point 17",
      "r32a-1952-11-27-cwihp-telegram-5270: stance rejects on point 2",
      "r32a-1953-05-15-cable-14871: Place Panmunjom|Panmunjorn",
      "r32a-1953-05-15-cable-14871: clause 2 is a variant of 62352/6",
      "r32a-1953-05-15-cable-14871: clause 4 is a variant of 62352/3",
      "r32a-1953-05-15-cable-14871: embedded[0]: clause 3: topic "
      "prisoners_of_war",
      "r32a-1953-05-15-cable-14871: embedded[0]: clause 4: topic "
      "prisoners_of_war",
      "r32a-1953-05-15-cable-14871: embedded[0]: copy to Kim Il Sung|KIM IL "
      "SUNG",
      "r32a-1953-05-15-cable-14871: embedded[0]: copy to Peng Dehuai|PENG "
      "DEHUAI",
      "r32a-1953-05-15-cable-14871: embedded[0]: type telegram (got "
      "'directive')",
      "r32a-1953-05-15-cable-14871: link STANCE amends "
      "doc:telegram-14871-1953-05-15/directive-1953-05-14 -> "
      "doc:telegram-14702-1953-05-14/clause-1",
      "r32a-1953-05-15-cable-14871: link STANCE amends "
      "doc:telegram-14871-1953-05-15/directive-1953-05-14 -> "
      "doc:telegram-14702-1953-05-14/clause-6",
      "r32a-1953-05-15-cable-14871: stance amends on point 3",
      "r32a-1953-05-15-cable-14871: stance insists on point 1",
      "r32a-1953-05-15-cable-14871: stance insists on point 6",
      "r32a-1953-05-15-cable-14871: stance rejects on point 1",
      "r32a-1953-05-15-cable-14871: stance rejects on point 6",
      "r32a-frus-1952-11-17-delga-214: embedded[0]: type resolution (got "
      "'message')",
      "r32a-frus-1952-11-17-delga-214: link STANCE accepts "
      "doc:telegram-delga-214-1952-11-17 -> "
      "doc:telegram-delga-214-1952-11-17/message-1952-11-17/clause-2",
      "r32a-frus-1952-11-17-delga-214: link STANCE rejects "
      "doc:telegram-delga-214-1952-11-17 -> "
      "doc:telegram-delga-214-1952-11-17/message-1952-11-17/clause-17",
      "r32a-frus-1952-11-17-delga-214: stance amends on point 17",
      "r32a-frus-1952-11-17-delga-214: stance conditional on point 2",
      "r32a-frus-1953-05-12-jcs-938736: Organization Department of State|State",
      "r32a-frus-1953-05-12-jcs-938736: Organization Neutral Nations "
      "Repatriation Commission|Commission",
      "r32a-frus-1953-05-12-jcs-938736: clause 4 is a variant of 62384/3",
      "r32a-frus-1953-05-12-jcs-938736: document: clause 3: topic "
      "prisoners_of_war",
      "r32a-frus-1953-05-12-jcs-938736: document: clause 3: topic supervision",
      "r32a-frus-1953-05-12-jcs-938736: document: clause 4: "
      "duration_days=[60,90] (got "
      "[{\"kind\":\"period\",\"unit\":\"day\",\"value\":60},{\"kind\":"
      "\"period\",\"unit\":\"day\",\"value\":90}])",
      "r32a-frus-1953-05-12-jcs-938736: document: clause 4: topic "
      "prisoners_of_war",
      "r32a-frus-1953-05-12-jcs-938736: document: clause 5: topic "
      "prisoners_of_war",
      "r32a-frus-1953-05-12-jcs-938736: link STANCE amends "
      "doc:telegram-jcs-938736-1953-05-12 -> "
      "doc:telegram-cx-62384-1953-05-10/clause-4",
      "r32a-frus-1953-05-12-jcs-938736: link STANCE conditional "
      "doc:telegram-jcs-938736-1953-05-12 -> "
      "doc:telegram-cx-62384-1953-05-10/clause-3",
      "r32a-frus-1953-05-12-jcs-938736: stance accepts on point 4",
      "r32a-frus-1953-05-12-jcs-938736: stance accepts on point 5",
      "r32a-frus-1953-05-12-jcs-938736: stance accepts on point 7",
      "r32a-frus-1953-05-12-jcs-938736: stance accepts on point 8",
      "r32a-frus-1953-05-12-jcs-938736: stance amends on point 3",
      "r32a-frus-tei-1953-05-10-cx-62384: clause 6 is a variant of 62352/6",
      "r32a-frus-tei-1953-05-10-cx-62384: document: clause 3: topic "
      "prisoners_of_war",
      // Round 32 (blind): item 3 arrangements, ports of entry, rotation and
      // the NNSC nominations, December 1951 to March 1952. Misses left:
      // points a TEI report gives in running prose, topics of airfield and
      // rotation points, lineage.
      "r32b-1952-02-20-telegram-17046: clause 3 is a variant of 900987/3",
      "r32b-1952-02-20-telegram-17046: link STANCE accepts "
      "doc:telegram-17046-1952-02-20 -> "
      "doc:telegram-17046-1952-02-20/telegram-1952-02-19/clause-1",
      "r32b-1952-02-20-telegram-17046: link STANCE accepts "
      "doc:telegram-17046-1952-02-20 -> "
      "doc:telegram-17046-1952-02-20/telegram-1952-02-19/clause-2",
      "r32b-1952-02-20-telegram-17046: link STANCE accepts "
      "doc:telegram-17046-1952-02-20 -> "
      "doc:telegram-17046-1952-02-20/telegram-1952-02-19/clause-3",
      "r32b-1952-02-20-telegram-17046: link STANCE accepts "
      "doc:telegram-17046-1952-02-20 -> "
      "doc:telegram-17046-1952-02-20/telegram-1952-02-19/clause-4",
      "r32b-1952-02-22-telegram-1431: stance accepts on point 1",
      "r32b-1952-02-22-telegram-1431: stance accepts on point 2",
      "r32b-1952-02-22-telegram-1431: stance accepts on point 4",
      "r32b-1952-02-22-telegram-1431: stance insists on point 3",
      "r32b-1952-03-12-cwihp-17390: clause 3 is a variant of 17046/3",
      "r32b-1952-03-12-cwihp-17390: clause 5 is a variant of 900987/5",
      "r32b-1952-03-12-cwihp-17390: responds to "
      "{\"authors\":[\"Stalin|Filippov\"],\"date\":\"1952-02-22\",\"number\":"
      "\"1431\"}",
      "r32b-1952-03-12-cwihp-17390: stance accepts on withdrawal",
      "r32b-1952-03-12-cwihp-17390: stance conditional on movement_restriction",
      "r32b-1952-03-14-telegram-2107: stance conditional on point 4",
      "r32b-1952-03-14-telegram-2107: stance insists on point 3",
      "r32b-frus-1952-02-13-jcs-900987: clause 1 is a variant of 59378/4",
      "r32b-frus-1952-02-13-jcs-900987: document: clause 5: duration_days=10 "
      "(got [{\"anchor\":\"armistice "
      "signing\",\"kind\":\"period\",\"max\":10,\"min\":5,\"subject\":"
      "\"withdrawal\",\"unit\":\"day\",\"value\":10}])",
      "r32b-frus-1952-02-13-jcs-900987: stance amends on point 3",
      "r32b-frus-1952-02-13-jcs-900987: stance conditional on point 4",
      "r32b-frus-1952-02-13-jcs-900987: stance conditional on point 6",
      // Round 32 (blind): the exchange of sick and wounded prisoners,
      // February to April 1953, with messy OCR pages. Misses left: the
      // agreement's authors and its lineage to the UNC's lettered points, a
      // Russian-only page's terms.
      "r32c-1953-03-31-cwihp-telegram-11203: Organization Soviet Embassy in "
      "Beijing|Embassy in Beijing|Embassy",
      "r32c-1953-03-31-cwihp-telegram-11203: embedded[0]: date 1953-03-28 (got "
      "1953-03-31)",
      "r32c-1953-03-31-cwihp-telegram-11203: embedded[0]: recipient Clark",
      "r32c-1953-03-31-cwihp-telegram-11203: link STANCE accepts "
      "doc:telegram-11203-1953-03-31 -> doc:telegram-116-1953-03-27/clause-b",
      "r32c-1953-03-31-cwihp-telegram-11203: responds to "
      "{\"authors\":[\"Clark\"],\"date\":\"1953-02-22\"}",
      "r32c-1953-03-31-cwihp-telegram-11203: stance accepts on point 4",
      "r32c-1953-03-31-cwihp-telegram-11203: stance amends on point б",
      "r32c-1953-04-12-telegram-9927: Place Munsan-ni|Munsan|МУНСАНЬ",
      "r32c-1953-04-12-telegram-9927: clause 2 is a variant of 61752/d",
      "r32c-1953-04-12-telegram-9927: clause 3 is a variant of 61752/b",
      "r32c-1953-04-12-telegram-9927: clause 4 is a variant of 61752/c",
      "r32c-1953-04-12-telegram-9927: clause 5 is a variant of 61752/e",
      "r32c-1953-04-12-telegram-9927: clause 6 is a variant of 61752/f",
      "r32c-1953-04-12-telegram-9927: clause 7 is a variant of 61752/i",
      "r32c-1953-04-12-telegram-9927: document: recipient "
      "Molotov|МОЛОТОВ|МОЛОТОВУ В.М.",
      "r32c-1953-04-12-telegram-9927: embedded[0]: author "
      "Daniel|ДЭНИЕЛ|ДЭНИЕЛОМ",
      "r32c-1953-04-12-telegram-9927: embedded[0]: clause 3: concerns place "
      "Panmunjom|ПАНЬМЫНЬЧЖОН",
      "r32c-1953-04-12-telegram-9927: embedded[0]: clause 6: concerns place "
      "Munsan-ni|Munsan|МУНСАНЬ",
      "r32c-1953-04-12-telegram-9927: embedded[0]: clause 6: concerns place "
      "Panmunjom|ПАНЬМЫНЬЧЖОН",
      "r32c-1953-04-12-telegram-9927: embedded[0]: date 1953-04-11 (got "
      "1953-04-12)",
      "r32c-frus-1953-02-22-cx-61300: Place Korea",
      "r32c-frus-1953-04-11-cx-61806: Organization United States Navy|US Navy",
      "r32c-frus-1953-04-11-cx-61806: clause 2 is a variant of 61752/d",
      "r32c-frus-1953-04-11-cx-61806: clause 3 is a variant of 61752/b",
      "r32c-frus-1953-04-11-cx-61806: clause 4 is a variant of 61752/c",
      "r32c-frus-1953-04-11-cx-61806: clause 5 is a variant of 61752/e",
      "r32c-frus-1953-04-11-cx-61806: clause 5 is a variant of 61752/g",
      "r32c-frus-1953-04-11-cx-61806: clause 6 is a variant of 61752/f",
      "r32c-frus-1953-04-11-cx-61806: clause 7 is a variant of 61752/i",
      "r32c-frus-1953-04-11-cx-61806: embedded[0]: clause 6: distance_km=0.2 "
      "(got [])",
      "r32c-frus-1953-04-11-cx-61806: embedded[0]: clause 7: topic "
      "negotiation_procedure",
      "r32c-frus-1953-04-11-cx-61806: link RESPONDS_TO  "
      "doc:telegram-cx-61806-1953-04-11 -> doc:telegram-cx-61752-1953-04-07",
      "r32c-frus-1953-04-11-cx-61806: link STANCE rejects "
      "doc:telegram-cx-61806-1953-04-11 -> "
      "doc:telegram-cx-61752-1953-04-07/clause-h",
      "r32c-frus-1953-04-11-cx-61806: stance drops on point h",
      "r32c-frus-tei-1953-04-07-cx-61752: document: clause b: topic "
      "prisoners_of_war",
      "r32c-frus-tei-1953-04-07-cx-61752: document: clause c: topic "
      "prisoners_of_war",
      "r32c-frus-tei-1953-04-07-cx-61752: document: clause d: topic "
      "prisoners_of_war",
      "r32c-frus-tei-1953-04-07-cx-61752: document: clause e: topic "
      "prisoners_of_war",
      "r32c-frus-tei-1953-04-07-cx-61752: document: clause f: topic "
      "prisoners_of_war",
      "r32c-frus-tei-1953-04-07-cx-61752: document: clause g: topic "
      "prisoners_of_war",
      "r32c-frus-tei-1953-04-07-cx-61752: document: clause h: topic "
      "prisoners_of_war",
      "r32c-frus-tei-1953-04-07-cx-61752: document: clause i: topic "
      "negotiation_procedure",
      // Round 33's documents of May 1953 restate the point nearer than the
      // seed's point 6; the direct link moved to them (the lineage still
      // reaches the seed through them).
      "1953-05-05-telegram-11493: clause 1 is a variant of 21404/6",
      // Round 33's documents of May 1953 restate the point nearer than the
      // seed's point 6; the direct link moved to them.
      "frus-1953-04-26-c-62071: clause 1 is a variant of 21404/6",
      // Round 33's documents restate the point nearer than the seed's point
      // 6; the direct link moved to them.
      "r11a-1953-04-27-telegram-10936: clause 1 is a variant of 21404/6",
      "r13a-frus-1953-05-07-hnc-1603: clause 1 is a variant of 21404/6",
      "r14b-frus-tei-1953-05-08-memo-johnson: clause 1 is a variant of 21404/6",
      "r20a-1952-05-01-telegram-mao-li-kenong: clause 3 is a variant of "
      "21404/6",
      // Round 33's documents of November 1951 restate the point nearer than
      // the seed's point 2; the direct link moved to them.
      "r14b-frus-1951-11-27-hnc-534: clause 1 is a variant of 21404/2",
      // '... but ... must' amends point 5 too, which the expected file has
      // the reply accept.
      "r20a-1951-12-10-telegram-7615: link STANCE amends "
      "doc:telegram-7615-1951-12-10 -> "
      "doc:telegram-26718-1951-12-07/report-1951-12-05/clause-5",
      // A clause of round 33 restates 15711's point 6 more closely; the
      // version moved.
      "r31a-1953-06-09-telegram-17066: clause 24 is a variant of 15711/6",
      // Round 33 (blind): the demarcation line from the line of contact of
      // November 1951 to the line re-drawn before the signing, with OCR
      // slips and a partial translation. Misses left: lineage across reports
      // that restate the 2 km and the 30 days in other words, stances of
      // reports on the agreement's points.
      "r33a-1951-11-26-telegram-26198: clause 4 is a variant of 57837/3",
      "r33a-1951-11-26-telegram-26198: embedded[0]: type telegram (got "
      "'report')",
      "r33a-1951-11-26-telegram-26198: stance accepts on point 2",
      "r33a-1951-11-26-telegram-26198: stance accepts on point 3",
      "r33a-1953-06-17-cwihp-15106: Person Li Kenong|Li Kenoug",
      "r33a-1953-06-17-cwihp-15106: clause 1 is a variant of 26198/4",
      "r33a-1953-06-17-cwihp-15106: clause 1 is a variant of 57837/3",
      "r33a-1953-06-17-cwihp-15106: clause 3 is a variant of 26198/3",
      "r33a-1953-06-17-cwihp-15106: clause 4 is a variant of 57837/3",
      "r33a-1953-06-17-cwihp-15106: embedded[0]: author Li Kenong|Li Kenoug",
      "r33a-1953-06-17-cwihp-15106: embedded[0]: clause 3: distance_km=2 (got "
      "[])",
      "r33a-1953-06-17-cwihp-15106: embedded[0]: date 1953-06-16 (got "
      "1953-06-17)",
      "r33a-1953-06-17-cwihp-15106: embedded[0]: recipient Mao Zedong",
      "r33a-1953-06-17-cwihp-15106: embedded[0]: type telegram (got 'report')",
      "r33a-1953-07-24-cable-18338: clause 1 is a variant of 15106/2",
      "r33a-1953-07-24-cable-18338: embedded[0]: author Li Kenong|LI KENONG",
      "r33a-1953-07-24-cable-18338: embedded[0]: date 1953-07-24 (got "
      "1953-06-17)",
      "r33a-1953-07-24-cable-18338: stance accepts on point 4",
      "r33a-1953-07-24-cable-18338: stance amends on point 2",
      "r33a-frus-1953-07-24-jcs-944512: clause 3 is a variant of 63884/4",
      "r33a-frus-1953-07-24-jcs-944512: document: clause 2: topic withdrawal",
      "r33a-frus-1953-07-24-jcs-944512: document: clause 3: topic withdrawal",
      "r33a-frus-1953-07-24-jcs-944512: stance amends on point 4",
      "r33a-frus-tei-1953-07-23-cx-63884: clause 1 is a variant of 57837/3",
      "r33a-frus-tei-1953-07-23-cx-63884: clause 2 is a variant of 57837/1",
      "r33a-frus-tei-1953-07-23-cx-63884: clause 3 is a variant of 58115/2",
      "r33a-frus-tei-1953-07-23-cx-63884: clause 4 is a variant of 58115/3",
      "r33a-frus-tei-1953-07-23-cx-63884: document: clause 4: topic withdrawal",
      "r33a-frus-tei-1953-07-23-cx-63884: document: clause 5: topic ceasefire",
      // Round 33 (blind): replies that take positions by content only,
      // December 1951 to February 1952. Misses left: positions on the
      // airfield point, which has no topic, tied by content; a reply quoted
      // inside a telegram.
      "r33b-1951-12-13-telegram-27011: clause 2 is a variant of 59081/6",
      "r33b-1951-12-13-telegram-27011: stance amends on movement_restriction",
      "r33b-1951-12-13-telegram-27011: stance rejects on point 5",
      "r33b-1951-12-18-cable-7702: stance conditional on supervision",
      "r33b-1951-12-18-cable-7702: stance rejects on point 5",
      "r33b-1952-01-14-telegram-600374: clause 3 is a variant of 27011/3",
      "r33b-1952-01-14-telegram-600374: embedded[0]: type message (got "
      "'report')",
      "r33b-1952-01-14-telegram-600374: stance accepts on supervision",
      "r33b-1952-01-14-telegram-600374: stance rejects on point 5",
      "r33b-1952-02-01-cwihp-16071: embedded[0] exists",
      "r33b-1952-02-01-cwihp-16071: stance accepts on point 2",
      "r33b-1952-02-01-cwihp-16071: stance accepts on point 3",
      "r33b-1952-02-01-cwihp-16071: stance accepts on point 4",
      "r33b-1952-02-01-cwihp-16071: stance amends on point 1",
      "r33b-1952-02-01-cwihp-16071: stance insists on point 1",
      "r33b-frus-1952-02-11-jcs-900774: Organization Chinese People's "
      "Volunteers|volunteers",
      "r33b-frus-1952-02-11-jcs-900774: document: clause 3: topic "
      "political_settlement",
      "r33b-frus-1952-02-11-jcs-900774: embedded[0] exists",
      "r33b-frus-1952-02-11-jcs-900774: link STANCE insists "
      "doc:telegram-jcs-900774-1952-02-11 -> "
      "doc:telegram-jcs-900774-1952-02-11/clause-c",
      "r33b-frus-1952-02-11-jcs-900774: stance accepts on point a",
      "r33b-frus-1952-02-11-jcs-900774: stance rejects on point c",
      "r33b-frus-tei-1951-12-11-c-59081: document: clause 1: topic ceasefire",
      // Round 33 (blind): counterproposals exchanged point by point on item
      // 4, May-June 1953. Misses left: a quotation of the American points
      // that never closes swallows Mao's views after it; lineage of the
      // explanation period.
      "r33c-1953-05-07-telegram-11742: embedded[0] exists",
      "r33c-1953-05-07-telegram-11742: link STANCE insists "
      "doc:telegram-11742-1953-05-07 -> doc:telegram-11742-1953-05-07/clause-1",
      "r33c-1953-05-07-telegram-11742: link STANCE insists "
      "doc:telegram-11742-1953-05-07 -> doc:telegram-11742-1953-05-07/clause-2",
      "r33c-1953-05-07-telegram-11742: link STANCE insists "
      "doc:telegram-11742-1953-05-07 -> doc:telegram-11742-1953-05-07/clause-5",
      "r33c-1953-05-07-telegram-11742: link STANCE insists "
      "doc:telegram-11742-1953-05-07 -> doc:telegram-11742-1953-05-07/clause-6",
      "r33c-1953-05-07-telegram-11742: link STANCE insists "
      "doc:telegram-11742-1953-05-07 -> doc:telegram-11742-1953-05-07/clause-8",
      "r33c-1953-05-27-cable-15712: clause 2 is a variant of 62471/8",
      "r33c-1953-05-27-cable-15712: clause 3 is a variant of 15712/5",
      "r33c-1953-05-27-cable-15712: clause 4 is a variant of 62471/4",
      "r33c-1953-05-27-cable-15712: document: clause 1: proposed by Mao "
      "Zedong|MAO ZEDONG",
      "r33c-1953-05-27-cable-15712: document: clause 2: duration_days=90 (got "
      "[])",
      "r33c-1953-05-27-cable-15712: document: clause 2: proposed by Mao "
      "Zedong|MAO ZEDONG",
      "r33c-1953-05-27-cable-15712: document: clause 2: topic prisoners_of_war",
      "r33c-1953-05-27-cable-15712: document: clause 3: duration_days=30 (got "
      "[{\"anchor\":\"armistice\",\"kind\":\"deadline\",\"unit\":\"day\","
      "\"value\":60}])",
      "r33c-1953-05-27-cable-15712: document: clause 3: proposed by Mao "
      "Zedong|MAO ZEDONG",
      "r33c-1953-05-27-cable-15712: document: clause 3: topic "
      "political_settlement",
      "r33c-1953-05-27-cable-15712: embedded[0] exists",
      "r33c-1953-05-27-cable-15712: stance accepts on point 1",
      "r33c-1953-05-27-cable-15712: stance accepts on point 2",
      "r33c-1953-05-27-cable-15712: stance accepts on point 3",
      "r33c-1953-05-27-cable-15712: stance accepts on point 4",
      "r33c-1953-05-27-cable-15712: stance amends on point 5",
      "r33c-1953-05-29-cwihp-telegram-molotov-kuznetsov: clause 3 is a variant "
      "of 15712/5",
      "r33c-1953-05-29-cwihp-telegram-molotov-kuznetsov: document: clause 3: "
      "proposed by Molotov|V. MOLOTOV",
      "r33c-1953-05-29-cwihp-telegram-molotov-kuznetsov: document: clause 4: "
      "proposed by Molotov|V. MOLOTOV",
      "r33c-1953-05-29-cwihp-telegram-molotov-kuznetsov: stance accepts on "
      "point 1",
      "r33c-1953-05-29-cwihp-telegram-molotov-kuznetsov: stance accepts on "
      "point 2",
      "r33c-1953-05-29-cwihp-telegram-molotov-kuznetsov: stance accepts on "
      "point 3",
      "r33c-1953-05-29-cwihp-telegram-molotov-kuznetsov: stance accepts on "
      "point 4",
      "r33c-1953-05-29-cwihp-telegram-molotov-kuznetsov: stance amends on "
      "point 5",
      "r33c-1953-05-29-cwihp-telegram-molotov-kuznetsov: stance rejects on "
      "point 3",
      "r33c-1953-06-03-telegram-li-kenong-mao: document: copy to Kim Il Sung",
      "r33c-1953-06-03-telegram-li-kenong-mao: document: copy to Peng Dehuai",
      "r33c-1953-06-03-telegram-li-kenong-mao: responds to "
      "{\"authors\":[\"Harrison\"],\"date\":\"1953-05-25\"}",
      "r33c-1953-06-03-telegram-li-kenong-mao: stance accepts on point 1",
      "r33c-1953-06-03-telegram-li-kenong-mao: stance accepts on point 2",
      "r33c-1953-06-03-telegram-li-kenong-mao: stance accepts on point 3",
      "r33c-1953-06-03-telegram-li-kenong-mao: stance amends on point 4",
      "r33c-1953-06-03-telegram-li-kenong-mao: stance amends on point 5",
      "r33c-1953-06-03-telegram-li-kenong-mao: stance drops on point 6",
      "r33c-frus-1953-05-13-cx-62471: document: clause 2: proposed by Harrison",
      "r33c-frus-1953-05-13-cx-62471: document: clause 3: proposed by Harrison",
      "r33c-frus-1953-05-13-cx-62471: document: clause 4: proposed by Harrison",
      "r33c-frus-1953-05-13-cx-62471: document: clause 4: topic supervision",
      "r33c-frus-1953-05-13-cx-62471: document: clause 6: proposed by Harrison",
      "r33c-frus-1953-05-13-cx-62471: document: clause 8: proposed by Harrison",
      "r33c-frus-1953-05-13-cx-62471: document: clause 8: topic supervision",
      "r33c-frus-1953-05-13-cx-62471: link STANCE rejects "
      "doc:telegram-cx-62471-1953-05-13 -> "
      "doc:telegram-12964-1953-05-08/clause-3",
      "r33c-frus-1953-05-13-cx-62471: responds to {\"authors\":[\"Nam "
      "Il\"],\"date\":\"1953-05-07\"}",
      "r33c-frus-1953-05-13-cx-62471: stance amends on point 3",
      "r33c-frus-tei-1953-06-05-jcs-941054: document: clause 4: topic "
      "supervision",
      // Rounds 34 and 35's documents of February-March 1952 restate the
      // point nearer than the seed's point 6; the direct link moved to them
      // (the lineage still reaches the seed through them).
      "1952-03-21-telegram-17618: clause 5 is a variant of 21404/6",
      // Round 34's documents restate the Indian points nearer; the direct
      // versions moved to them.
      "r11b-frus-tei-1953-07-24-memo-president: clause 7 is a variant of "
      "9866/д",
      // Round 34's and 35's reports of the 28 April package restate the
      // point nearer; the direct version moved to them.
      "r20a-frus-tei-1952-05-02-hnc-1171: clause 2 is a variant of 16761/1",
      // Round 35's drafts of paragraph 13 restate the point nearer; the
      // direct version moved to them.
      "r28b-1952-04-05-cable-18052: clause 2 is a variant of 17226/1",
      // Round 35's drafts of paragraph 13 restate sub-paragraph 13(e)
      // nearer; the direct version moved to them.
      "r28b-frus-1952-02-21-hnc-907: clause 13(e) is a variant of 891/2",
      // Round 34's pages of December 1953 on the political conference
      // restate the point nearer; the direct versions moved to them.
      "r29b-1953-12-14-cable-33519: clause 2 is a variant of 26615/5",
      "r29b-1953-12-14-cable-33519: clause 2 is a variant of 65241/6",
      // Round 34's pages of December 1953 restate the point nearer; the
      // direct version moved to them.
      "r30b-1953-12-17-telegram-zhou-enlai-ding-guoyu-huang-hua: clause 1 is a "
      "variant of 612/1",
      // Round 35's drafts of paragraph 13 of March 1952 restate the rotation
      // and ports points nearer; the direct versions moved to them.
      "r30c-1952-03-29-cwihp-17862: clause 1 is a variant of 27468/1",
      "r30c-1952-03-29-cwihp-17862: clause 3 is a variant of 27468/1",
      "r30c-1952-03-29-cwihp-17862: clause 4 is a variant of 27468/3",
      // The JCS answer cites HNC 1093 and C 65912, neither in the pile; the
      // fallback for a reply that answers no stored document now ties its
      // positions to round 35's CX 65310 of 24 March, the latest proposal of
      // the days before that fits their numbers.
      "r30c-frus-1952-04-03-jcs-905261: link RESPONDS_TO  "
      "doc:telegram-jcs-905261-1952-04-03 -> doc:telegram-cx-65310-1952-03-24",
      "r30c-frus-1952-04-03-jcs-905261: link STANCE amends "
      "doc:telegram-jcs-905261-1952-04-03 -> "
      "doc:telegram-cx-65310-1952-03-24/clause-d",
      // Round 35's documents of February-March 1952 restate the points
      // nearer; the direct versions moved to them.
      "r31c-1952-03-15-telegram-17455: clause б is a variant of 17226/б",
      // Round 34's and 35's documents of February 1952 restate the ports and
      // rotation points nearer; the direct versions moved to them.
      "r32b-1952-02-20-telegram-17046: clause 4 is a variant of 900987/4",
      // Round 34's documents of May 1953 restate the explanation period
      // nearer; the direct version moved to them.
      "r33c-1953-05-27-cable-15712: clause 5 is a variant of 11742/6",
      // Round 34's documents of May-June 1953 restate the point nearer, and
      // Li Kenong's report now also answers the Mao instructions of 31 May
      // that round 34's CWIHP page quotes (the writer expects only the
      // American proposal).
      "r33c-1953-06-03-telegram-li-kenong-mao: clause 6 is a variant of "
      "11742/6",
      // Round 34 (blind): positions other than plain yes or no on items 3
      // and 4 in 1952. Misses left: the NNSC named only as 'commission of
      // neutral nations', a via given only in an editors' bracket, a package
      // answered by content whose document is only inside a report, lineage
      // across the two sides' versions of the ports and rotation points.
      "r34a-1952-02-19-cable-1327: document: sent 1952-02-19T23:40 (got "
      "1952-02-20)",
      "r34a-1952-02-19-cable-1327: link STANCE insists "
      "doc:cable-1327-1952-02-19 -> doc:telegram-16842-1952-02-16/clause-5",
      "r34a-1952-02-19-cable-1327: stance amends on supervision",
      "r34a-1952-04-29-telegram-18790: Organization South Korean forces|ROK "
      "Army",
      "r34a-1952-04-29-telegram-18790: clause 1 is a variant of 64117/3",
      "r34a-1952-04-29-telegram-18790: clause 1 is a variant of 903015/3",
      "r34a-1952-04-29-telegram-18790: clause 2 is a variant of 16842/4",
      "r34a-1952-04-29-telegram-18790: clause 2 is a variant of 903015/4",
      "r34a-1952-04-29-telegram-18790: clause 3 is a variant of 64117/5",
      "r34a-1952-04-29-telegram-18790: clause 3 is a variant of 903015/5",
      "r34a-1952-04-30-cwihp-502183: Organization Neutral Nations Supervisory "
      "Commission|commission of neutral nations",
      "r34a-1952-04-30-cwihp-502183: document: via Razuvaev|V. N. Razuvaev",
      "r34a-1952-04-30-cwihp-502183: link STANCE conditional "
      "doc:telegram-502183-1952-04-30 -> "
      "doc:telegram-c-67531-1952-04-29/clause-3",
      "r34a-1952-04-30-cwihp-502183: responds to {\"date\":\"1952-04-28\"}",
      "r34a-1952-04-30-cwihp-502183: stance amends on prisoners_of_war",
      "r34a-frus-1952-03-03-c-64117: Organization Naval Forces, Far "
      "East|Commander, Naval Forces, Far East",
      "r34a-frus-1952-03-03-c-64117: link RESPONDS_TO  "
      "doc:telegram-c-64117-1952-03-03 -> doc:telegram-jcs-901437-1952-02-19",
      "r34a-frus-1952-03-03-c-64117: link STANCE accepts "
      "doc:telegram-c-64117-1952-03-03 -> "
      "doc:telegram-jcs-901437-1952-02-19/clause-4",
      "r34a-frus-1952-03-03-c-64117: link STANCE rejects "
      "doc:telegram-c-64117-1952-03-03 -> "
      "doc:telegram-jcs-901437-1952-02-19/clause-1",
      "r34a-frus-1952-03-03-c-64117: link STANCE rejects "
      "doc:telegram-c-64117-1952-03-03 -> "
      "doc:telegram-jcs-901437-1952-02-19/clause-3",
      "r34a-frus-tei-1952-03-07-jcs-903015: clause 2 is a variant of 64117/2",
      "r34a-frus-tei-1952-03-07-jcs-903015: document: clause 4: topic "
      "supervision",
      "r34a-frus-tei-1952-03-07-jcs-903015: link STANCE accepts "
      "doc:telegram-jcs-903015-1952-03-07 -> "
      "doc:telegram-c-64117-1952-03-03/clause-4",
      "r34a-frus-tei-1952-03-07-jcs-903015: link STANCE conditional "
      "doc:telegram-jcs-903015-1952-03-07 -> "
      "doc:telegram-c-64117-1952-03-03/clause-2",
      "r34a-frus-tei-1952-03-07-jcs-903015: stance amends on supervision",
      // Round 34 (blind): lists inside lists, April-July 1953. Misses left:
      // Nam Il's positions reported point by point inside Li Kenong's report
      // (the writer counts them as the page's), positions inside a tabled
      // counterproposal ('Our para 1 replaces their para 1'), the final text
      // of Articles II and III quoted paragraph by paragraph from 19 (read
      // as no list), and a tabled text the writer reads as the report's own.
      "r34b-1953-05-07-telegram-12873: embedded[0]: clause 3(1): topic "
      "supervision",
      "r34b-1953-05-07-telegram-12873: embedded[0]: clause 3(3): topic "
      "supervision",
      "r34b-1953-05-15-cable-14816: embedded[0]: type telegram (got 'report')",
      "r34b-1953-05-15-cable-14816: responds to "
      "{\"date\":\"1953-05-13\",\"note\":\"the enemy's counterproposal tabled "
      "on 13 May (UNC, reported in C 62479)\"}",
      "r34b-1953-05-15-cable-14816: stance accepts on point a",
      "r34b-1953-05-15-cable-14816: stance conditional on point b",
      "r34b-1953-05-15-cable-14816: stance insists on point 2",
      "r34b-1953-05-15-cable-14816: stance insists on point 3(4)",
      "r34b-1953-05-15-cable-14816: stance insists on point 4",
      "r34b-1953-05-15-cable-14816: stance insists on point 5",
      "r34b-1953-05-15-cable-14816: stance rejects on point 1",
      "r34b-1953-05-15-cable-14816: stance rejects on point 2",
      "r34b-1953-05-15-cable-14816: stance rejects on point 4",
      "r34b-1953-05-15-cable-14816: stance rejects on point 5",
      "r34b-1953-05-15-cable-14816: stance rejects on point c",
      "r34b-1953-06-01-cwihp-16205: responds to "
      "{\"date\":\"1953-05-25\",\"note\":\"the American proposal of 25 May "
      "(HNC 1668 in this set)\"}",
      "r34b-1953-06-01-cwihp-16205: stance accepts on point 1",
      "r34b-1953-06-01-cwihp-16205: stance accepts on point 2",
      "r34b-1953-06-01-cwihp-16205: stance accepts on point 3",
      "r34b-1953-06-01-cwihp-16205: stance accepts on point 4(2)",
      "r34b-1953-06-01-cwihp-16205: stance accepts on point 5",
      "r34b-1953-06-01-cwihp-16205: stance accepts on point 7",
      "r34b-1953-06-01-cwihp-16205: stance accepts on point a",
      "r34b-1953-06-01-cwihp-16205: stance accepts on point b",
      "r34b-1953-06-01-cwihp-16205: stance accepts on point c",
      "r34b-1953-06-01-cwihp-16205: stance amends on point 4",
      "r34b-1953-06-01-cwihp-16205: stance amends on point 4(1)",
      "r34b-1953-06-01-cwihp-16205: stance amends on point 6",
      "r34b-frus-1953-05-13-c-62479: clause a is a variant of 12873/3(1)",
      "r34b-frus-1953-05-13-c-62479: document: clause a: topic supervision",
      "r34b-frus-1953-05-13-c-62479: document: clause b: topic supervision",
      "r34b-frus-1953-05-13-c-62479: link RESPONDS_TO  "
      "doc:telegram-c-62479-1953-05-13 -> doc:telegram-cx-62384-1953-05-10",
      "r34b-frus-1953-05-13-c-62479: responds to "
      "{\"date\":\"1953-05-07\",\"note\":\"the Communist 8 points of 7 May "
      "(Nam Il's proposal, on this set's page in the Li Kenong report of 7 May "
      "inside telegram 12873); the page also names CX 62384, Clark's message "
      "of 7 May, which is not in this set\"}",
      "r34b-frus-1953-05-13-c-62479: stance accepts on point 3(1)",
      "r34b-frus-1953-05-13-c-62479: stance accepts on point 3(2)",
      "r34b-frus-1953-05-13-c-62479: stance accepts on point 6",
      "r34b-frus-1953-05-13-c-62479: stance accepts on point 7",
      "r34b-frus-1953-05-13-c-62479: stance accepts on point 8",
      "r34b-frus-1953-05-13-c-62479: stance accepts on point а",
      "r34b-frus-1953-05-13-c-62479: stance accepts on point б",
      "r34b-frus-1953-05-13-c-62479: stance amends on point 1",
      "r34b-frus-1953-05-13-c-62479: stance amends on point 2",
      "r34b-frus-1953-05-13-c-62479: stance amends on point 3",
      "r34b-frus-1953-05-13-c-62479: stance amends on point 3(3)",
      "r34b-frus-1953-05-13-c-62479: stance amends on point 4",
      "r34b-frus-1953-05-13-c-62479: stance rejects on point 3(4)",
      "r34b-frus-1953-05-13-c-62479: stance rejects on point 5",
      "r34b-frus-1953-07-22-hnc-1784: Organization Committee for Assisting the "
      "Return of Displaced Civilians",
      "r34b-frus-1953-07-22-hnc-1784: Organization Joint Observer Teams|Joint "
      "Observer Team",
      "r34b-frus-1953-07-22-hnc-1784: Place Demilitarized Zone|DMZ",
      "r34b-frus-1953-07-22-hnc-1784: clause 20 is a variant of 58115/5",
      "r34b-frus-1953-07-22-hnc-1784: clause 24 is a variant of 58115/5",
      "r34b-frus-1953-07-22-hnc-1784: clause a is a variant of 12873/1",
      "r34b-frus-1953-07-22-hnc-1784: clause a is a variant of 1668/1",
      "r34b-frus-1953-07-22-hnc-1784: clause b is a variant of 1668/2",
      "r34b-frus-1953-07-22-hnc-1784: embedded[0] exists",
      "r34b-frus-tei-1953-05-25-hnc-1668: document: clause 1: duration_days=60 "
      "(got "
      "[{\"kind\":\"period\",\"subject\":\"political_conference\",\"unit\":"
      "\"day\",\"value\":30}])",
      "r34b-frus-tei-1953-05-25-hnc-1668: document: clause 2: concerns place "
      "Korea",
      "r34b-frus-tei-1953-05-25-hnc-1668: document: clause 2: duration_days=60 "
      "(got [])",
      "r34b-frus-tei-1953-05-25-hnc-1668: document: clause 2: topic "
      "prisoners_of_war",
      "r34b-frus-tei-1953-05-25-hnc-1668: document: clause 3: topic "
      "prisoners_of_war",
      "r34b-frus-tei-1953-05-25-hnc-1668: document: clause 3: topic "
      "supervision",
      "r34b-frus-tei-1953-05-25-hnc-1668: document: clause 4 (absent)",
      "r34b-frus-tei-1953-05-25-hnc-1668: document: clause 4 exists",
      "r34b-frus-tei-1953-05-25-hnc-1668: document: clause 4(1) (absent)",
      "r34b-frus-tei-1953-05-25-hnc-1668: document: clause 4(1) exists",
      "r34b-frus-tei-1953-05-25-hnc-1668: document: clause 4(2) (absent)",
      "r34b-frus-tei-1953-05-25-hnc-1668: document: clause 4(2) exists",
      "r34b-frus-tei-1953-05-25-hnc-1668: document: clause 5 (absent)",
      "r34b-frus-tei-1953-05-25-hnc-1668: document: clause 5 exists",
      "r34b-frus-tei-1953-05-25-hnc-1668: document: clause 6 (absent)",
      "r34b-frus-tei-1953-05-25-hnc-1668: document: clause 6 exists",
      "r34b-frus-tei-1953-05-25-hnc-1668: document: clause 7 (absent)",
      "r34b-frus-tei-1953-05-25-hnc-1668: document: clause 7 exists",
      "r34b-frus-tei-1953-05-25-hnc-1668: document: clause a (absent)",
      "r34b-frus-tei-1953-05-25-hnc-1668: document: clause a exists",
      "r34b-frus-tei-1953-05-25-hnc-1668: document: clause b (absent)",
      "r34b-frus-tei-1953-05-25-hnc-1668: document: clause b exists",
      "r34b-frus-tei-1953-05-25-hnc-1668: document: clause c (absent)",
      "r34b-frus-tei-1953-05-25-hnc-1668: document: clause c exists",
      "r34b-frus-tei-1953-05-25-hnc-1668: responds to "
      "{\"date\":\"1953-05-14\",\"note\":\"Nam Il's statement of 14 May (in "
      "this set: Li Kenong's report of 14 May inside "
      "r34b-1953-05-15-cable-14816.txt)\"}",
      "r34b-frus-tei-1953-05-25-hnc-1668: stance accepts on point 3(4)",
      "r34b-frus-tei-1953-05-25-hnc-1668: stance amends on point 5",
      "r34b-frus-tei-1953-05-25-hnc-1668: stance drops on point 1",
      "r34b-frus-tei-1953-05-25-hnc-1668: stance drops on point c",
      // Round 34 (blind): the political conference of 1953, with archive
      // defects. Misses left: a Russian original and an English translation
      // numbered differently (read as two documents), a package handed
      // across the table that the writer gives to Dean as an embedded
      // proposal, OCR names ('New Dehli', 'Burrna'), the seat and voting
      // rules' topics.
      "r34c-1953-09-05-telegram-23791: document: clause 1 (absent)",
      "r34c-1953-09-05-telegram-23791: document: clause 1 exists",
      "r34c-1953-09-05-telegram-23791: document: clause 2 (absent)",
      "r34c-1953-09-05-telegram-23791: document: clause 2 exists",
      "r34c-1953-09-05-telegram-23791: document: clause 3 (absent)",
      "r34c-1953-09-05-telegram-23791: document: clause 3 exists",
      "r34c-1953-09-05-telegram-23791: document: clause 4 (absent)",
      "r34c-1953-09-05-telegram-23791: document: clause 4 exists",
      "r34c-1953-09-05-telegram-23791: document: clause 5 (absent)",
      "r34c-1953-09-05-telegram-23791: document: clause 5 exists",
      "r34c-1953-09-07-cwihp-telegram-1097: clause 3 is a variant of 23791/3",
      "r34c-1953-09-07-cwihp-telegram-1097: clause 4 is a variant of 23791/4",
      "r34c-1953-09-07-cwihp-telegram-1097: document: clause 4: topic "
      "negotiation_procedure",
      "r34c-1953-09-07-cwihp-telegram-1097: document: clause 5: topic "
      "political_settlement",
      "r34c-1953-09-07-cwihp-telegram-1097: link RESPONDS_TO  "
      "doc:telegram-1097-1953-09-07 -> doc:telegram-23615-1953-09-01",
      "r34c-1953-12-01-cable-31902: Organization Secretariat of Cde. Molotov",
      "r34c-1953-12-01-cable-31902: Place Burma|Burrna",
      "r34c-1953-12-01-cable-31902: Place New Delhi|New Dehli",
      "r34c-1953-12-01-cable-31902: clause 4 is a variant of 1097/5",
      "r34c-1953-12-01-cable-31902: embedded[0] exists",
      "r34c-1953-12-13-telegram-33388: Organization Neutral Nations "
      "Repatriation Commission|neutral commission",
      "r34c-1953-12-13-telegram-33388: responds to "
      "{\"authors\":[\"Dean\"],\"date\":\"1953-12-08\"}",
      "r34c-1953-12-13-telegram-33388: stance rejects on point 1",
      "r34c-1953-12-13-telegram-33388: stance rejects on point 2",
      "r34c-frus-1953-12-02-telegram-126: clause 1 is a variant of 31902/2",
      "r34c-frus-1953-12-02-telegram-126: clause 2 is a variant of 31902/3",
      "r34c-frus-1953-12-02-telegram-126: document: clause 1: topic "
      "political_settlement",
      "r34c-frus-1953-12-02-telegram-126: document: clause 2: topic "
      "political_settlement",
      "r34c-frus-1953-12-02-telegram-126: responds to "
      "{\"date\":\"1953-11-30\"}",
      "r34c-frus-tei-1953-12-08-telegram-153: Organization Swiss Government",
      "r34c-frus-tei-1953-12-08-telegram-153: clause 1 is a variant of 126/1",
      "r34c-frus-tei-1953-12-08-telegram-153: clause 3 is a variant of 31902/3",
      "r34c-frus-tei-1953-12-08-telegram-153: embedded[0]: author Dean",
      "r34c-frus-tei-1953-12-08-telegram-153: embedded[0]: clause 1: proposed "
      "by Dean",
      "r34c-frus-tei-1953-12-08-telegram-153: embedded[0]: clause 2: proposed "
      "by Dean",
      "r34c-frus-tei-1953-12-08-telegram-153: embedded[0]: clause 3: proposed "
      "by Dean",
      "r34c-frus-tei-1953-12-08-telegram-153: embedded[0]: clause 3: topic "
      "political_settlement",
      "r34c-frus-tei-1953-12-08-telegram-153: embedded[0]: clause 4: proposed "
      "by Dean",
      "r34c-frus-tei-1953-12-08-telegram-153: embedded[0]: clause 5: proposed "
      "by Dean",
      // Round 35 (blind): reports from the table on items 3 and 4, January-
      // June 1952. Misses left: stances the other side took, reported, that
      // the writer counts; a report of Li Kenong's answers a) to c) inside
      // Mao's telegram; lineage across the sides.
      "r35a-1952-02-18-telegram-16938: embedded[0]: type telegram (got "
      "'report')",
      "r35a-1952-02-20-cable-1384: link STANCE conditional "
      "doc:cable-1384-1952-02-20 -> "
      "doc:telegram-16938-1952-02-18/report-1952-02-17/clause-1",
      "r35a-1952-02-20-cable-1384: stance amends on point 1",
      "r35a-1952-05-01-cwihp-18924: clause a is a variant of 16938/3",
      "r35a-1952-05-01-cwihp-18924: clause b is a variant of 21404/6",
      "r35a-1952-05-01-cwihp-18924: embedded[0] exists",
      "r35a-1952-05-01-cwihp-18924: stance accepts on point a",
      "r35a-1952-05-01-cwihp-18924: stance accepts on point b",
      "r35a-1952-05-01-cwihp-18924: stance accepts on point c",
      "r35a-1952-05-01-cwihp-18924: stance drops on supervision",
      "r35a-frus-1952-02-26-c-63871: clause 4 is a variant of 16938/4",
      "r35a-frus-1952-02-26-c-63871: link RESPONDS_TO  "
      "doc:telegram-c-63871-1952-02-26 -> doc:telegram-jcs-901437-1952-02-19",
      "r35a-frus-1952-02-26-c-63871: link STANCE conditional "
      "doc:telegram-c-63871-1952-02-26 -> "
      "doc:telegram-jcs-901437-1952-02-19/clause-3",
      "r35a-frus-1952-02-26-c-63871: link STANCE conditional "
      "doc:telegram-c-63871-1952-02-26 -> "
      "doc:telegram-jcs-901437-1952-02-19/clause-6",
      "r35a-frus-1952-02-26-c-63871: link STANCE drops "
      "doc:telegram-c-63871-1952-02-26 -> "
      "doc:telegram-jcs-901437-1952-02-19/clause-4",
      "r35a-frus-1952-02-26-c-63871: link STANCE insists "
      "doc:telegram-c-63871-1952-02-26 -> "
      "doc:telegram-jcs-901437-1952-02-19/clause-1",
      "r35a-frus-1952-04-29-c-67531: clause 1 is a variant of 63871/4",
      "r35a-frus-1952-04-29-c-67531: clause 1 is a variant of 902452/4",
      "r35a-frus-1952-04-29-c-67531: clause 2 is a variant of 63871/3",
      "r35a-frus-1952-04-29-c-67531: clause 2 is a variant of 902452/3",
      "r35a-frus-1952-04-29-c-67531: clause 3 is a variant of 21404/6",
      "r35a-frus-1952-04-29-c-67531: clause 3 is a variant of 902452/5",
      "r35a-frus-1952-04-29-c-67531: clause 3 is a variant of 92059/4",
      "r35a-frus-1952-04-29-c-67531: link RESPONDS_TO  "
      "doc:telegram-c-67531-1952-04-29 -> doc:telegram-jcs-907162-1952-04-25",
      "r35a-frus-1952-04-29-c-67531: link STANCE accepts "
      "doc:telegram-c-67531-1952-04-29 -> "
      "doc:telegram-jcs-907162-1952-04-25/clause-b",
      "r35a-frus-tei-1952-03-01-jcs-902452: clause 2 is a variant of 63871/2",
      "r35a-frus-tei-1952-03-01-jcs-902452: clause 4 is a variant of 63871/4",
      "r35a-frus-tei-1952-03-01-jcs-902452: clause 5 is a variant of 92059/4",
      "r35a-frus-tei-1952-03-01-jcs-902452: document: clause 2: topic "
      "movement_restriction",
      "r35a-frus-tei-1952-03-01-jcs-902452: document: clause 3: topic "
      "supervision",
      "r35a-frus-tei-1952-03-01-jcs-902452: link STANCE rejects "
      "doc:telegram-jcs-902452-1952-03-01 -> "
      "doc:telegram-c-63871-1952-02-26/clause-3",
      "r35a-frus-tei-1952-03-01-jcs-902452: stance amends on point 3",
      "r35a-frus-tei-1952-03-01-jcs-902452: stance insists on point 4",
      // Round 35 (blind): drafting paragraph 13 of the armistice agreement,
      // 1952. Misses left: positions on the draft's sub-paragraphs from a
      // telegram that cites no document of the pile (the fallback ties by
      // number to another list), paragraph 13's versions in a TEI list with
      // '[Agreed.]' notes, lineage of a(2).
      "r35b-1952-03-06-telegram-17318: clause 3 is a variant of 58115/3",
      "r35b-1952-03-06-telegram-17318: clause 3 is a variant of 972/b",
      "r35b-1952-03-06-telegram-17318: document: clause 1: topic buffer_zone",
      "r35b-1952-03-06-telegram-17318: document: clause 1: topic withdrawal",
      "r35b-1952-03-06-telegram-17318: document: clause 2: distance_km=2 (got "
      "[{\"bound\":\"up_to\",\"from\":\"military demarcation "
      "line\",\"max\":2,\"min\":0,\"unit\":\"km\"}])",
      "r35b-1952-03-06-telegram-17318: document: clause 3: topic withdrawal",
      "r35b-1952-03-06-telegram-17318: stance accepts on point a",
      "r35b-1952-03-06-telegram-17318: stance accepts on point a(1)",
      "r35b-1952-03-06-telegram-17318: stance accepts on point b",
      "r35b-1952-03-06-telegram-17318: stance amends on point a(2)",
      "r35b-1952-03-06-telegram-17318: stance amends on point c",
      "r35b-1952-03-06-telegram-17318: stance rejects on point e",
      "r35b-1952-03-08-cwihp-telegram-2031: stance accepts on point 1",
      "r35b-1952-03-08-cwihp-telegram-2031: stance accepts on point 2",
      "r35b-1952-03-08-cwihp-telegram-2031: stance accepts on point 3",
      "r35b-1952-03-08-cwihp-telegram-2031: stance conditional on point 4",
      "r35b-1952-03-08-cwihp-telegram-2031: stance insists on point 5",
      "r35b-1952-04-12-cable-18290: clause 2 is a variant of 17318/5",
      "r35b-frus-1952-03-04-hnc-972: document: clause a(2): topic buffer_zone",
      "r35b-frus-1952-03-10-jcs-903158: clause 4 is a variant of 972/e",
      "r35b-frus-1952-03-10-jcs-903158: stance accepts on point b",
      "r35b-frus-1952-03-10-jcs-903158: stance amends on point a(2)",
      "r35b-frus-1952-03-10-jcs-903158: stance amends on point c",
      "r35b-frus-1952-03-10-jcs-903158: stance insists on point e",
      "r35b-frus-tei-1952-03-24-cx-65310: clause a is a variant of 972/a",
      "r35b-frus-tei-1952-03-24-cx-65310: clause a(1) is a variant of 972/a(1)",
      "r35b-frus-tei-1952-03-24-cx-65310: clause a(2) is a variant of 17318/2",
      "r35b-frus-tei-1952-03-24-cx-65310: clause a(2) is a variant of 903158/1",
      "r35b-frus-tei-1952-03-24-cx-65310: clause a(2) is a variant of 972/a(2)",
      "r35b-frus-tei-1952-03-24-cx-65310: clause b is a variant of 17318/3",
      "r35b-frus-tei-1952-03-24-cx-65310: clause e is a variant of 903158/4",
      "r35b-frus-tei-1952-03-24-cx-65310: clause e is a variant of 972/e",
      "r35b-frus-tei-1952-03-24-cx-65310: document: clause a (absent)",
      "r35b-frus-tei-1952-03-24-cx-65310: document: clause a exists",
      "r35b-frus-tei-1952-03-24-cx-65310: document: clause a(1) (absent)",
      "r35b-frus-tei-1952-03-24-cx-65310: document: clause a(1) exists",
      "r35b-frus-tei-1952-03-24-cx-65310: document: clause a(2) (absent)",
      "r35b-frus-tei-1952-03-24-cx-65310: document: clause a(2) exists",
      // Round 35 (blind): the Indian resolution, October-December 1952.
      // Misses left: positions on the draft 'in its entirety' and 'all but
      // para 17' (a whole list taken apart, paragraphs the page prints
      // only), the resolution's number and author, Zhou Enlai's draft answer
      // to Pearson dated by another date in its lead.
      "r35c-1952-11-26-telegram-28712: Organization Commission for the "
      "peaceful settlement of the Korean question",
      "r35c-1952-11-26-telegram-28712: clause 17 is a variant of 252/17",
      "r35c-1952-11-26-telegram-28712: clause 17 is a variant of A/C.1/734/17",
      "r35c-1952-11-26-telegram-28712: embedded[0]: date 1952-11-25 (got "
      "1952-11-26)",
      "r35c-1952-11-26-telegram-28712: embedded[0]: number A/C.1/734/Rev.1",
      "r35c-1952-11-26-telegram-28712: embedded[0]: type resolution (got "
      "'message')",
      "r35c-1952-11-26-telegram-28712: stance accepts on point 1",
      "r35c-1952-11-26-telegram-28712: stance amends on point 2",
      "r35c-1952-11-26-telegram-28712: stance rejects on point 13",
      "r35c-1952-11-26-telegram-28712: stance rejects on point 17",
      "r35c-1952-11-26-telegram-28712: stance rejects on point 3",
      "r35c-1952-11-26-telegram-28712: stance rejects on point 4",
      "r35c-1952-11-26-telegram-28712: stance rejects on point 5",
      "r35c-1952-11-26-telegram-28712: stance rejects on point 8",
      "r35c-1952-11-27-cwihp-telegram-7115: link STANCE accepts "
      "doc:telegram-7115-1952-11-27 -> doc:telegram-28712-1952-11-26/clause-1",
      "r35c-1952-11-27-cwihp-telegram-7115: link STANCE accepts "
      "doc:telegram-7115-1952-11-27 -> doc:telegram-28712-1952-11-26/clause-3",
      "r35c-1952-11-27-cwihp-telegram-7115: link STANCE amends "
      "doc:telegram-7115-1952-11-27 -> "
      "doc:telegram-28712-1952-11-26/message-1952-11-26/clause-17",
      "r35c-1952-11-27-cwihp-telegram-7115: stance accepts on point а",
      "r35c-1952-11-27-cwihp-telegram-7115: stance accepts on point б",
      "r35c-1952-11-27-cwihp-telegram-7115: stance amends on point 1",
      "r35c-1952-11-27-cwihp-telegram-7115: stance rejects on point 1",
      "r35c-1952-11-27-cwihp-telegram-7115: stance rejects on point 17",
      "r35c-1952-11-27-cwihp-telegram-7115: stance rejects on point 2",
      "r35c-1952-11-27-cwihp-telegram-7115: stance rejects on point 3",
      "r35c-1952-12-11-cable-29741: Organization delegation of the Soviet "
      "Union|Soviet delegation",
      "r35c-1952-12-11-cable-29741: Place North Korea|KPDR",
      "r35c-1952-12-11-cable-29741: clause 3 is a variant of 28712/2",
      "r35c-1952-12-11-cable-29741: embedded[0]: date 1952-12-11 (got "
      "1952-12-03)",
      "r35c-1952-12-11-cable-29741: embedded[0]: recipient Pearson|PEARSON",
      "r35c-1952-12-11-cable-29741: stance accepts on ceasefire",
      "r35c-1952-12-11-cable-29741: stance accepts on political_settlement",
      "r35c-1952-12-11-cable-29741: stance rejects on point 1",
      "r35c-1952-12-11-cable-29741: stance rejects on point 13",
      "r35c-1952-12-11-cable-29741: stance rejects on point 17",
      "r35c-1952-12-11-cable-29741: stance rejects on point 2",
      "r35c-1952-12-11-cable-29741: stance rejects on point 3",
      "r35c-1952-12-11-cable-29741: stance rejects on point 4",
      "r35c-1952-12-11-cable-29741: stance rejects on point 5",
      "r35c-1952-12-11-cable-29741: stance rejects on point 8",
      "r35c-1952-12-12-telegram-8052: Place Korea",
      "r35c-1952-12-12-telegram-8052: Place North Korea|KPDR",
      "r35c-1952-12-12-telegram-8052: stance accepts on point 1",
      "r35c-1952-12-12-telegram-8052: stance accepts on point 2",
      "r35c-frus-1952-11-18-delga-221: Organization Political Committee|First "
      "Committee",
      "r35c-frus-1952-11-18-delga-221: embedded[0]: author Menon|Krishna "
      "Menon|V. K. Krishna Menon",
      "r35c-frus-1952-11-18-delga-221: embedded[0]: clause 13: proposed by "
      "Menon|Krishna Menon",
      "r35c-frus-1952-11-18-delga-221: embedded[0]: clause 17: proposed by "
      "Menon|Krishna Menon",
      "r35c-frus-1952-11-18-delga-221: embedded[0]: clause 1: proposed by "
      "Menon|Krishna Menon",
      "r35c-frus-1952-11-18-delga-221: embedded[0]: clause 2: proposed by "
      "Menon|Krishna Menon",
      "r35c-frus-1952-11-18-delga-221: embedded[0]: clause 3: proposed by "
      "Menon|Krishna Menon",
      "r35c-frus-1952-11-18-delga-221: embedded[0]: clause 4: proposed by "
      "Menon|Krishna Menon",
      "r35c-frus-1952-11-18-delga-221: embedded[0]: clause 5: proposed by "
      "Menon|Krishna Menon",
      "r35c-frus-1952-11-18-delga-221: embedded[0]: clause 8: proposed by "
      "Menon|Krishna Menon",
      "r35c-frus-1952-11-18-delga-221: embedded[0]: date 1952-11-17 (got "
      "1952-11-18)",
      "r35c-frus-1952-11-18-delga-221: embedded[0]: number A/C.1/734",
      "r35c-frus-1952-11-18-delga-221: embedded[0]: type resolution (got "
      "'message')",
      "r35c-frus-tei-1952-11-24-delga-252: Organization Political "
      "Committee|First Committee",
      "r35c-frus-tei-1952-11-24-delga-252: clause 17 is a variant of 86/1",
      "r35c-frus-tei-1952-11-24-delga-252: clause 17 is a variant of "
      "A/C.1/734/17",
      "r35c-frus-tei-1952-11-24-delga-252: document: clause 17 (absent)",
      "r35c-frus-tei-1952-11-24-delga-252: document: clause 17 exists",
      "r35c-frus-tei-1952-11-24-delga-252: stance accepts on point 1",
      "r35c-frus-tei-1952-11-24-delga-252: stance accepts on point 13",
      "r35c-frus-tei-1952-11-24-delga-252: stance accepts on point 2",
      "r35c-frus-tei-1952-11-24-delga-252: stance accepts on point 3",
      "r35c-frus-tei-1952-11-24-delga-252: stance accepts on point 4",
      "r35c-frus-tei-1952-11-24-delga-252: stance accepts on point 5",
      "r35c-frus-tei-1952-11-24-delga-252: stance accepts on point 8",
      "r35c-frus-tei-1952-11-24-delga-252: stance amends on point 17",
      // Links, dates and kinds that moved with this session's rules and round
      // 41's pages: the same messages in several writers' copies, a report's
      // comment on its own points, quotations dated by their cover text.
      "1953-03-28-letter-kim-peng-clark: link RESPONDS_TO  "
      "doc:letter-1953-03-28-kim-il-sung -> "
      "doc:telegram-c-61120-1953-02-20/letter-1953-02-22",
      "1953-03-28-letter-kim-peng-clark: link STANCE accepts "
      "doc:letter-1953-03-28-kim-il-sung -> "
      "doc:telegram-c-61120-1953-02-20/letter-1953-02-22/clause-1",
      "1953-03-28-letter-kim-peng-clark: link STANCE accepts "
      "doc:letter-1953-03-28-kim-il-sung -> "
      "doc:telegram-c-61120-1953-02-20/letter-1953-02-22/clause-3",
      "frus-1951-12-08-c-58911: link STANCE insists "
      "doc:telegram-c-58911-1951-12-08/telegram-1951-12-08 -> "
      "doc:cable-26551-1951-12-03/report-1951-12-03/clause-1",
      "frus-1951-12-08-c-58911: link STANCE insists "
      "doc:telegram-c-58911-1951-12-08/telegram-1951-12-08 -> "
      "doc:cable-26551-1951-12-03/report-1951-12-03/clause-2",
      "frus-1951-12-08-c-58911: link STANCE insists "
      "doc:telegram-c-58911-1951-12-08/telegram-1951-12-08 -> "
      "doc:cable-26551-1951-12-03/report-1951-12-03/clause-4",
      "frus-1951-12-08-c-58911: link STANCE insists "
      "doc:telegram-c-58911-1951-12-08/telegram-1951-12-08 -> "
      "doc:cable-26551-1951-12-03/report-1951-12-03/clause-5",
      "frus-1951-12-08-c-58911: link STANCE insists "
      "doc:telegram-c-58911-1951-12-08/telegram-1951-12-08 -> "
      "doc:cable-26551-1951-12-03/report-1951-12-03/clause-7",
      "frus-tei-1952-10-08-cx-56918: link STANCE rejects "
      "doc:telegram-cx-56918-1952-10-08 -> "
      "doc:telegram-cx-56918-1952-10-08/clause-1",
      "frus-tei-1952-10-08-cx-56918: link STANCE rejects "
      "doc:telegram-cx-56918-1952-10-08 -> "
      "doc:telegram-cx-56918-1952-10-08/clause-3",
      "frus-tei-1952-10-08-cx-56918: link STANCE rejects "
      "doc:telegram-cx-56918-1952-10-08 -> "
      "doc:telegram-cx-56918-1952-10-08/clause-4",
      "frus-tei-1953-04-08-c-61765: document: clause 2: proposed by Lee Sang "
      "Cho|Lie Sang Cho|Li Sang Cho",
      "frus-tei-1953-04-08-c-61765: document: clause 2: topic prisoners_of_war",
      "frus-tei-1953-04-08-c-61765: link RESPONDS_TO  "
      "doc:telegram-c-61765-1953-04-08 -> doc:telegram-jcs-934311-1953-04-02",
      "r13b-frus-1951-12-19-jcs-90083: stance conditional on point 5",
      "r18a-frus-tei-1952-03-28-jcs-904517: link STANCE accepts "
      "doc:telegram-jcs-904517-1952-03-28 -> "
      "doc:telegram-hnc-1086-1952-03-26/clause-1",
      "r21a-1951-08-24-cwihp-502694: embedded[0]: date 1951-08-23 (got "
      "1951-08-24)",
      "r21a-frus-tei-1951-10-08-c-54168: embedded[0]: date 1951-10-07 (got "
      "1951-10-08)",
      "r21a-frus-tei-1951-10-08-c-54168: link RESPONDS_TO  "
      "doc:telegram-c-54168-1951-10-08/message-1951-10-08-2 -> "
      "doc:telegram-24735-1951-10-07/message-1951-10-07-2",
      "r21a-frus-tei-1951-10-08-c-54168: link STANCE accepts "
      "doc:telegram-c-54168-1951-10-08/message-1951-10-08-2 -> "
      "doc:telegram-24735-1951-10-07/message-1951-10-07-2/clause-1",
      "r21a-frus-tei-1951-10-08-c-54168: link STANCE accepts "
      "doc:telegram-c-54168-1951-10-08/message-1951-10-08-2 -> "
      "doc:telegram-24735-1951-10-07/message-1951-10-07-2/clause-2",
      "r21a-frus-tei-1951-10-08-c-54168: link STANCE accepts "
      "doc:telegram-c-54168-1951-10-08/message-1951-10-08-2 -> "
      "doc:telegram-24735-1951-10-07/message-1951-10-07-2/clause-3",
      "r21a-frus-tei-1951-10-08-c-54168: link STANCE accepts "
      "doc:telegram-c-54168-1951-10-08/message-1951-10-08-2 -> "
      "doc:telegram-24735-1951-10-07/message-1951-10-07-2/clause-4",
      "r23b-frus-tei-1953-02-20-c-61120: embedded[0]: clause 2: topic "
      "prisoners_of_war",
      "r28c-frus-1951-09-02-c-50037: embedded[0]: date 1951-09-01 (got "
      "1951-09-02)",
      "r31c-1952-05-06-politburo-P86-71: link STANCE rejects "
      "doc:decision-p86-71-1952-05-06/message-1952-05-06 -> "
      "doc:telegram-6o1423-sh-1952-05-03/message-1952-05-03/clause-1",
      "r31c-1952-05-06-politburo-P86-71: link STANCE rejects "
      "doc:decision-p86-71-1952-05-06/message-1952-05-06 -> "
      "doc:telegram-6o1423-sh-1952-05-03/message-1952-05-03/clause-2",
      "r32c-frus-1953-02-22-cx-61300: embedded[0]: type letter (got 'message')",
      "r33a-1953-06-17-cwihp-15106: clause 3 is a variant of 58115/2",
      "r33a-1953-07-24-cable-18338: clause 5 is a variant of 58115/3",
      "r39b-1951-10-07-telegram-24735: link STANCE accepts "
      "doc:telegram-24735-1951-10-07 -> "
      "doc:telegram-c-51738-1951-09-27/message-1951-09-27/clause-1",
      "r39b-1951-10-07-telegram-24735: link STANCE accepts "
      "doc:telegram-24735-1951-10-07 -> "
      "doc:telegram-c-51738-1951-09-27/message-1951-09-27/clause-2",
      "r39b-1951-10-07-telegram-24735: link STANCE accepts "
      "doc:telegram-24735-1951-10-07/message-1951-10-07-2 -> "
      "doc:telegram-c-51738-1951-09-27/message-1951-09-27/clause-1",
      "r39b-1951-10-07-telegram-24735: link STANCE accepts "
      "doc:telegram-24735-1951-10-07/message-1951-10-07-2 -> "
      "doc:telegram-c-51738-1951-09-27/message-1951-09-27/clause-2",
      "r39c-1952-04-29-cable-18806: clause a is a variant of 906582/a",
      // Two blind writers (rounds 10 and 41) wrote Stalin's letter to Mao of 17
      // September 1952: the CWIHP print and the Wilson page are one Document,
      // which keeps the page imported last as its source; the scorer finds none
      // on this page.
      "r10a-1952-09-17-cwihp-letter-filippov-mao: Organization Chinese "
      "People's Volunteers|Chinese volunteer units",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: Organization United "
      "Nations|UN",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: Organization delegation of "
      "the USSR|Soviet delegation",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: Person Mao Zedong|MAO ZEDONG",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: Person "
      "Stalin|Filippov|FILIPPOV",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: Person Zhou Enlai",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: Place Burma",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: Place India",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: Place Korea",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: Place Mexico",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: Place USSR",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: Place United States|USA",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: document exists",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: document: author "
      "Stalin|Filippov|FILIPPOV",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: document: clause 1 (absent)",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: document: clause 1 exists",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: document: clause 2 (absent)",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: document: clause 2 exists",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: document: clause 3 (absent)",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: document: clause 3 exists",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: document: date 1952-09-17 "
      "(got )",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: document: language en",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: document: recipient Mao "
      "Zedong|MAO ZEDONG",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: document: source "
      "archive=APRF",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: document: source delo=343",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: document: source fond=45",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: document: source opis=1",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: document: source pages=72-73",
      "r10a-1952-09-17-cwihp-letter-filippov-mao: document: type letter (got "
      "'')",
      // Round 41 (blind), left after the rules it led to: positions named by
      // content only, acceptances reported of the other side, a final text's
      // account of who dropped what, a reply dated by "which you transmitted
      // on 14 June", a number given only in 'Fol is HNC 1384 from Harrison'.
      "r41a-tei-64326: stance accepts on point 3",
      "r41a-wilsonold-502318: link STANCE accepts "
      "doc:telegram-5o2318-sh-1952-04-25 -> "
      "doc:telegram-12370-1952-04-24/clause-2",
      "r41a-wilsonold-502318: responds to {\"authors\":[\"Mao "
      "Zedong\"],\"date\":\"1952-04-24\"}",
      "r41a-wilsonold-502318: stance amends on point 2",
      "r41b-cwihp-4297: link STANCE accepts doc:telegram-4297-1952-07-16 -> "
      "doc:telegram-21542-1952-07-15/clause-2",
      "r41b-tei-51874: embedded[0]: number 1384",
      "r41b-wilson-114270: link STANCE accepts "
      "doc:letter-1952-09-17-joseph-stalin -> "
      "doc:note-1952-09-16-zhou-enlai/telegram-1952-09-13/clause-2",
      "r41b-wilson-114270: link STANCE conditional "
      "doc:letter-1952-09-17-joseph-stalin -> "
      "doc:note-1952-09-16-zhou-enlai/telegram-1952-09-13/clause-1",
      "r41b-wilson-114270: stance accepts on point 1",
      "r41b-wilson-114270: stance accepts on point 3",
      "r41b-wilson-21542: document: clause 1: topic prisoners_of_war",
      "r41b-wilsonold-114268: embedded[0]: clause a: proposed by Mao Zedong",
      "r41b-wilsonold-114268: embedded[0]: clause b: proposed by Mao Zedong",
      "r41b-wilsonold-114268: embedded[0]: clause d: proposed by Mao Zedong",
      "r41b-wilsonold-114268: embedded[0]: clause g: proposed by Mao Zedong",
      "r41b-wilsonold-114268: embedded[0]: clause v: proposed by Mao Zedong",
      "r41c-cwihp-4417: responds to "
      "{\"authors\":[\"Kuznetsov\"],\"date\":\"1953-06-14\"}",
      "r41c-frus-63608: document: clause 13 c (absent)",
      "r41c-frus-63608: document: clause 13 c exists",
      "r41c-frus-63608: stance accepts on point 13 a",
      "r41c-frus-63608: stance accepts on point 13 c",
      "r41c-frus-63608: stance amends on point 37",
      "r41c-frus-63608: stance drops on point 13 c",
      "r41c-frus-941872: Organization Office of the Secretary of Defense",
      "r41c-frus-941872: link STANCE insists "
      "doc:telegram-jcs-941872-1953-06-10 -> "
      "doc:telegram-cx-62741-1953-06-10/clause-c",
      "r41c-frus-941872: stance conditional on point 13 c",
      "r41c-wilson-15384: embedded[0]: type telegram (got 'report')",
      "r41c-wilsonold-15561: embedded[0]: clause 2: topic movement_restriction",
      "r41c-wilsonold-15561: link RESPONDS_TO  doc:cable-15561-1953-06-17 -> "
      "doc:telegram-hnc-1684-1953-06-16",
      "r41c-wilsonold-15561: stance conditional on point 13 c",
      "r41c-wilsonold-15561: stance insists on point 13 c",
      // Links, kinds and variants that moved with this session's rules: a
      // United Nations or government resolution is a resolution (its id
      // changes), a point judged right is accepted, a label in brackets parts
      // no phrase.
      "frus-tei-1952-11-21-gadel-131: clause 6 is a variant of 56918/2",
      "r11b-1953-04-12-telegram-9866: link RESPONDS_TO  "
      "doc:telegram-9866-1953-04-12 -> doc:resolution-858-372ss-1953-03-19",
      "r20c-1952-12-15-cwihp-telegram-29962: embedded[0]: type telegram (got "
      "'resolution')",
      "r27a-1952-10-28-telegram-27114: embedded[0]: language en",
      "r29b-1953-12-19-telegram-1894: stance accepts on point 1",
      "r29b-1953-12-19-telegram-1894: stance rejects on point 4",
      "r31b-frus-1951-11-23-c-57837: link STANCE accepts "
      "doc:telegram-c-57837-1951-11-23/agreement-1951-11-23 -> "
      "doc:telegram-hnc-525-1951-11-21/clause-2",
      "r31b-frus-1951-11-23-c-57837: link STANCE accepts "
      "doc:telegram-c-57837-1951-11-23/agreement-1951-11-23 -> "
      "doc:telegram-hnc-525-1951-11-21/clause-3",
      "r32b-1952-03-12-cwihp-17390: clause 5 is a variant of 59378/3",
      "r33c-1953-06-03-telegram-li-kenong-mao: clause 4 is a variant of "
      "11742/4",
      "r34c-1953-09-07-cwihp-telegram-1097: clause 5 is a variant of 23791/5",
      "r35b-frus-1952-03-10-jcs-903158: clause 2 is a variant of 972/b",
      "r35c-1952-12-11-cable-29741: embedded[0]: type message (got "
      "'resolution')",
      "r41c-cwihp-4417: stance conditional on point 13 c",
      "1952-07-16-telegram-21775: link RESPONDS_TO  "
      "doc:telegram-21775-1952-07-16/message-1952-07-16 -> "
      "doc:telegram-21823-1952-07-15",
      "1953-05-28-cwihp-conversation-molotov-bohlen: Organization Government "
      "of the USA|US Government",
      "1953-05-28-cwihp-conversation-molotov-bohlen: Organization Neutral "
      "Nations Repatriation Commission",
      "1953-05-28-cwihp-conversation-molotov-bohlen: Organization Soviet "
      "Government",
      "1953-05-28-cwihp-conversation-molotov-bohlen: Organization United "
      "Nations Command",
      "1953-05-28-cwihp-conversation-molotov-bohlen: Organization United "
      "Nations General Assembly|General Assembly of the United Nations|United "
      "Nations",
      "1953-05-28-cwihp-conversation-molotov-bohlen: Person Beria",
      "1953-05-28-cwihp-conversation-molotov-bohlen: Person Bohlen|Charles "
      "Bohlen|BOHLEN",
      "1953-05-28-cwihp-conversation-molotov-bohlen: Person Bulganin",
      "1953-05-28-cwihp-conversation-molotov-bohlen: Person Harrison|HARRISON",
      "1953-05-28-cwihp-conversation-molotov-bohlen: Person Kaganovich",
      "1953-05-28-cwihp-conversation-molotov-bohlen: Person Khrushchev",
      "1953-05-28-cwihp-conversation-molotov-bohlen: Person Malenkov",
      "1953-05-28-cwihp-conversation-molotov-bohlen: Person Mikoyan",
      "1953-05-28-cwihp-conversation-molotov-bohlen: Person Molotov|V.M. "
      "MOLOTOV|V. MOLOTOV",
      "1953-05-28-cwihp-conversation-molotov-bohlen: Person Troyanovsky|O.A. "
      "Troyanovsky",
      "1953-05-28-cwihp-conversation-molotov-bohlen: Place Czechoslovakia",
      "1953-05-28-cwihp-conversation-molotov-bohlen: Place India",
      "1953-05-28-cwihp-conversation-molotov-bohlen: Place Korea",
      "1953-05-28-cwihp-conversation-molotov-bohlen: Place Moscow",
      "1953-05-28-cwihp-conversation-molotov-bohlen: Place Panmunjom",
      "1953-05-28-cwihp-conversation-molotov-bohlen: Place Poland",
      "1953-05-28-cwihp-conversation-molotov-bohlen: Place Sweden",
      "1953-05-28-cwihp-conversation-molotov-bohlen: Place Switzerland",
      "1953-05-28-cwihp-conversation-molotov-bohlen: Place USA|United States",
      "1953-05-28-cwihp-conversation-molotov-bohlen: document exists",
      "1953-05-28-cwihp-conversation-molotov-bohlen: document: author "
      "Molotov|V.M. MOLOTOV|V. MOLOTOV",
      "1953-05-28-cwihp-conversation-molotov-bohlen: document: copy to Beria",
      "1953-05-28-cwihp-conversation-molotov-bohlen: document: copy to "
      "Bulganin",
      "1953-05-28-cwihp-conversation-molotov-bohlen: document: copy to "
      "Kaganovich",
      "1953-05-28-cwihp-conversation-molotov-bohlen: document: copy to "
      "Khrushchev",
      "1953-05-28-cwihp-conversation-molotov-bohlen: document: copy to "
      "Malenkov",
      "1953-05-28-cwihp-conversation-molotov-bohlen: document: copy to Mikoyan",
      "1953-05-28-cwihp-conversation-molotov-bohlen: document: date 1953-05-28 "
      "(got )",
      "1953-05-28-cwihp-conversation-molotov-bohlen: document: language en",
      "1953-05-28-cwihp-conversation-molotov-bohlen: document: source "
      "archive=AVPRF",
      "1953-05-28-cwihp-conversation-molotov-bohlen: document: source delo=261",
      "1953-05-28-cwihp-conversation-molotov-bohlen: document: source fond=06",
      "1953-05-28-cwihp-conversation-molotov-bohlen: document: source opis=12",
      "1953-05-28-cwihp-conversation-molotov-bohlen: document: source "
      "pages=9-12",
      "1953-05-28-cwihp-conversation-molotov-bohlen: document: type record of "
      "conversation (got '')",
      "1953-05-28-cwihp-conversation-molotov-bohlen: embedded[0] exists",
      "r18a-frus-1952-03-26-hnc-1086: link STANCE rejects "
      "doc:telegram-hnc-1086-1952-03-26 -> "
      "doc:telegram-hnc-1086-1952-03-26/clause-3",
      "r18b-frus-1953-07-21-jcs-944365: link RESPONDS_TO  "
      "doc:telegram-jcs-944365-1953-07-21 -> doc:letter-1953-06-29-mark-clark",
      "r20c-1953-04-07-telegram-li-kenong-mao: link STANCE insists "
      "doc:telegram-1953-04-07-li-kenong -> "
      "doc:telegram-1953-04-07-li-kenong/clause-2",
      "r22b-1952-07-18-cable-21646: link RESPONDS_TO  "
      "doc:cable-21646-1952-07-18/telegram-1952-07-15 -> "
      "doc:telegram-502574-sh-1952-07-14/telegram-1952-07-14",
      "r22b-1952-07-18-cable-21646: link STANCE rejects "
      "doc:cable-21646-1952-07-18/telegram-1952-07-15 -> "
      "doc:telegram-502574-sh-1952-07-14/telegram-1952-07-14/clause-1",
      "r22b-1952-07-18-cable-21646: link STANCE rejects "
      "doc:cable-21646-1952-07-18/telegram-1952-07-15 -> "
      "doc:telegram-502574-sh-1952-07-14/telegram-1952-07-14/clause-2",
      "r22b-1952-07-18-cable-21646: stance accepts on point 1",
      "r22b-1952-07-18-cable-21646: stance accepts on point 2",
      "r23a-frus-1952-06-24-memcon-steel: link STANCE rejects "
      "doc:memorandum-1952-06-24-johnson -> "
      "doc:record-of-conversation-1952-06-15/clause-2",
      "r25b-frus-tei-1953-06-05-telegram-1779: clause 3 is a variant of "
      "62689/3",
      "r32a-frus-1952-11-17-delga-214: clause 2 is a variant of 24927/1",
      "r33c-1953-06-03-telegram-li-kenong-mao: clause 3 is a variant of "
      "15712/3",
      "1952-09-19-cwihp-conversation-stalin-zhou: link RESPONDS_TO  "
      "doc:record-of-conversation-1952-09-19-joseph-stalin -> "
      "doc:memorandum-1952-08-20-joseph-stalin",
      "1952-09-19-cwihp-conversation-stalin-zhou: link RESPONDS_TO  "
      "doc:record-of-conversation-1952-09-19-joseph-stalin -> "
      "doc:record-of-conversation-1952-08-20-nikolai-fedorenko",
      "1952-09-19-cwihp-conversation-stalin-zhou: link STANCE insists "
      "doc:record-of-conversation-1952-09-19-joseph-stalin -> "
      "doc:memorandum-1952-08-20-joseph-stalin/clause-1",
      "1952-09-19-cwihp-conversation-stalin-zhou: link STANCE insists "
      "doc:record-of-conversation-1952-09-19-joseph-stalin -> "
      "doc:memorandum-1952-08-20-joseph-stalin/clause-2",
      "1952-09-19-cwihp-conversation-stalin-zhou: link STANCE insists "
      "doc:record-of-conversation-1952-09-19-joseph-stalin -> "
      "doc:memorandum-1952-08-20-joseph-stalin/clause-3",
      "1952-09-19-cwihp-conversation-stalin-zhou: link STANCE insists "
      "doc:record-of-conversation-1952-09-19-joseph-stalin -> "
      "doc:record-of-conversation-1952-08-20-nikolai-fedorenko/clause-1",
      "1952-09-19-cwihp-conversation-stalin-zhou: link STANCE insists "
      "doc:record-of-conversation-1952-09-19-joseph-stalin -> "
      "doc:record-of-conversation-1952-08-20-nikolai-fedorenko/clause-2",
      "1952-09-19-cwihp-conversation-stalin-zhou: link STANCE insists "
      "doc:record-of-conversation-1952-09-19-joseph-stalin -> "
      "doc:record-of-conversation-1952-08-20-nikolai-fedorenko/clause-3",
      "r16b-1953-07-07-letter-kim-peng-clark: document: clause 3: topic "
      "ceasefire",
      "r16b-1953-07-07-letter-kim-peng-clark: link RESPONDS_TO  "
      "doc:letter-1953-07-07-kim-il-sung -> doc:letter-1953-06-29-mark-clark",
      "r16b-1953-07-07-letter-kim-peng-clark: link STANCE accepts "
      "doc:letter-1953-07-07-kim-il-sung -> "
      "doc:letter-1953-06-29-mark-clark/clause-3",
      "r16b-1953-07-07-letter-kim-peng-clark: link STANCE amends "
      "doc:letter-1953-07-07-kim-il-sung -> "
      "doc:letter-1953-06-29-mark-clark/clause-2",
      "r16b-1953-07-07-letter-kim-peng-clark: link STANCE conditional "
      "doc:letter-1953-07-07-kim-il-sung -> "
      "doc:letter-1953-06-29-mark-clark/clause-1",
      // Round 42 (blind), left after the rules it led to: positions named by
      // content only or on a counterproposal reported in prose, a forecast of
      // the other side's stance ('We expect the enemy to hold out against
      // points (2) and (5)'), a summary of another's draft the writer keeps at
      // the page's level, a sent time printed in brackets under a Chinese
      // title, topics of judgement (airfields as movement restriction), a
      // reference to a telegram sent to a third party ('the advice you gave
      // Cde. KIM IL SUNG in your telegram of 10 December').
      "r42a-cwihp-27093: embedded[0]: clause 4: topic movement_restriction",
      "r42a-wilson-5724: link STANCE drops doc:telegram-5724-1951-12-10 -> "
      "doc:telegram-27093-1951-12-08/telegram-1951-12-07/clause-3",
      "r42a-wilson-5724: link STANCE insists doc:telegram-5724-1951-12-10 -> "
      "doc:telegram-27093-1951-12-08/telegram-1951-12-07/clause-4",
      "r42a-wilson-5724: stance amends on movement_restriction",
      "r42a-wilson-5724: stance drops on supervision",
      "r42a-wilson-5724: stance insists on movement_restriction",
      "r42a-wilsonold-16517: clause 4 is a variant of 27093/4",
      "r42a-wilsonold-16517: embedded[0]: clause 4: topic movement_restriction",
      "r42a-wilsonold-16517: embedded[0]: type telegram (got 'message')",
      "r42a-wilsonold-16517: link RESPONDS_TO  "
      "doc:cable-16517-1952-02-08/message-1952-02-07 -> "
      "doc:telegram-7615-1951-12-10",
      "r42a-wilsonold-5118: stance insists on demarcation_line",
      "r42b-frus-64781: link STANCE rejects doc:telegram-cx-64781-1952-03-06 "
      "-> doc:telegram-jcs-902748-1952-03-04/clause-2",
      "r42b-frus-64781: link STANCE supports doc:telegram-cx-64781-1952-03-06 "
      "-> doc:telegram-jcs-902748-1952-03-04/clause-g",
      "r42b-frus-64781: stance insists on point g",
      "r42b-tei-910763: clause 1 is a variant of 902748/a",
      "r42b-tei-910763: clause 2 is a variant of 902748/c",
      "r42b-tei-910763: clause i is a variant of 902748/h",
      "r42b-tei-910763: clause ii is a variant of 902748/d",
      "r42b-tei-910763: clause vi is a variant of 11958/2",
      "r42b-tei-910763: clause vi is a variant of 902748/g",
      "r42b-tei-910763: document: clause 4: topic supervision",
      "r42c-cwihp-13206: Organization Neutral Nations Repatriation "
      "Commission|NNRC|repatriation commission",
      "r42c-cwihp-13206: Organization ROK Army|Republic of Korea Army|Syngman "
      "Rhee's army",
      "r42c-cwihp-13206: Organization United Nations Command delegation|UNC "
      "delegation|American delegation",
      "r42c-cwihp-13206: clause 4 is a variant of 133/3",
      "r42c-cwihp-13206: clause 4 is a variant of 62387/d",
      "r42c-cwihp-13206: document: clause 4: topic prisoners_of_war",
      "r42c-cwihp-13206: stance accepts on point b",
      "r42c-cwihp-13206: stance conditional on point 2",
      "r42c-cwihp-13206: stance conditional on point c",
      "r42c-cwihp-13206: stance insists on point 5",
      "r42c-cwihp-13206: stance rejects on point a",
      "r42c-cwihp-13206: stance rejects on point e",
      "r42c-wilson-133: Organization Central Committee of the CCP|CCP Central "
      "Committee|the Centre|中央",
      "r42c-wilson-133: clause 2 is a variant of 27451/1",
      "r42c-wilson-133: clause 5 is a variant of 27451/4",
      "r42c-wilson-133: document: sent 1953-05-07T22:00 (got )",
      "r42c-wilson-133: link STANCE insists doc:telegram-133-1953-05-07 -> "
      "doc:telegram-133-1953-05-07/clause-2",
      "r42c-wilson-133: link STANCE insists doc:telegram-133-1953-05-07 -> "
      "doc:telegram-133-1953-05-07/clause-3",
      "r42c-wilson-133: link STANCE insists doc:telegram-133-1953-05-07 -> "
      "doc:telegram-133-1953-05-07/clause-5",
      "r42c-wilsonold-1574: Organization Neutral Nations Repatriation "
      "Commission|NNRC|repatriation commission",
      "r42c-wilsonold-1574: link STANCE drops doc:cable-1574-1953-05-17 -> "
      "doc:telegram-13206-1953-05-14/clause-1",
      "r42c-wilsonold-1574: link STANCE drops doc:cable-1574-1953-05-17 -> "
      "doc:telegram-13206-1953-05-14/clause-2",
      "r42c-wilsonold-1574: link STANCE drops doc:cable-1574-1953-05-17 -> "
      "doc:telegram-13206-1953-05-14/clause-3",
      "r42c-wilsonold-1574: link STANCE drops doc:cable-1574-1953-05-17 -> "
      "doc:telegram-14702-1953-05-14/clause-1",
      "r42c-wilsonold-1574: link STANCE drops doc:cable-1574-1953-05-17 -> "
      "doc:telegram-14702-1953-05-14/clause-2",
      "r42c-wilsonold-1574: link STANCE drops doc:cable-1574-1953-05-17 -> "
      "doc:telegram-14702-1953-05-14/clause-3",
      "r42c-wilsonold-1574: link STANCE drops doc:cable-1574-1953-05-17 -> "
      "doc:telegram-14702-1953-05-14/clause-4",
      "r42c-wilsonold-1574: link STANCE drops doc:cable-1574-1953-05-17 -> "
      "doc:telegram-14702-1953-05-14/clause-5",
      "r42c-wilsonold-1574: link STANCE drops doc:cable-1574-1953-05-17 -> "
      "doc:telegram-14702-1953-05-14/clause-6",
      "r42c-wilsonold-1574: stance accepts on point 1",
      "r42c-wilsonold-1574: stance accepts on point 3",
      "r42c-wilsonold-1574: stance accepts on point 4",
      "r42c-wilsonold-1574: stance amends on point 2",
      "r42c-wilsonold-1574: stance conditional on point 5",
      "r42c-wilsonold-27451: document: clause 1: proposed by Krishna "
      "Menon|Menon|MENON|V. K. Krishna Menon",
      "r42c-wilsonold-27451: document: clause 2: proposed by Krishna "
      "Menon|Menon|MENON|V. K. Krishna Menon",
      "r42c-wilsonold-27451: document: clause 3: proposed by Krishna "
      "Menon|Menon|MENON|V. K. Krishna Menon",
      "r42c-wilsonold-27451: document: clause 4: proposed by Krishna "
      "Menon|Menon|MENON|V. K. Krishna Menon",
      "r42c-wilsonold-27451: document: clause 5: proposed by Krishna "
      "Menon|Menon|MENON|V. K. Krishna Menon",
      "r42c-wilsonold-27451: document: clause 5: topic prisoners_of_war",
      // Round 43 (blind), left after the rules it led to: a summary of
      // another's
      // draft the writer keeps at the page's level or an embedded one ('I give
      // the
      // main points of the proposals attached to the draft', 'operative paras
      // read' after 'his letter of Sept 2'), records of conversation the writer
      // calls memoranda, a record citing an earlier conversation by its day
      // only
      // (a weak link), third parties' views in a memorandum, a newspaper as the
      // source, the Syngman Rhee government read as the organization alone.
      "r43a-cwihp-21823: stance conditional on point 2",
      "r43a-cwihp-21823: stance rejects on point 1",
      "r43a-frus-612: stance conditional on point 2",
      "r43a-frus-612: stance rejects on point 1",
      "r43a-wilson-209771: document: source citation=Rodong Sinmun, 21 June "
      "1953",
      "r43a-wilson-209784: Person Syngman Rhee",
      "r43a-wilson-209784: document: source citation=Rodong Sinmun, 8 July "
      "1953",
      "r43b-cwihp-343: stance accepts on point 1",
      "r43b-cwihp-343: stance conditional on point 2",
      "r43b-cwihp-343: stance rejects on point 3",
      "r43b-frus-571: Organization Swedish Embassy",
      "r43b-frus-571: responds to {\"date\":\"1953-05-28\"}",
      "r43b-frus-571: stance accepts on point 2",
      "r43b-frus-571: stance accepts on point 3",
      "r43b-frus-571: stance amends on point 4",
      "r43b-frus-571: stance conditional on point 5",
      "r43b-tei-331: Organization United Kingdom Delegation|British delegation",
      "r43b-tei-331: responds to "
      "{\"authors\":[\"Acheson\"],\"date\":\"1952-11-13\"}",
      "r43b-tei-331: stance accepts on point 1",
      "r43b-tei-331: stance amends on point 4",
      "r43b-tei-331: stance amends on point 6",
      "r43b-tei-331: stance conditional on point 3",
      "r43b-tei-331: stance insists on point 2",
      "r43b-wilson-111240: document: type memorandum (got 'record of "
      "conversation')",
      "r43b-wilsonold-120917: Organization Secretariat of Cde. Molotov "
      "V.M.|Secretariat of Molotov",
      "r43b-wilsonold-120917: document: type memorandum (got 'record of "
      "conversation')",
      "r43b-wilsonold-120917: embedded[0]: clause 3: duration_days=90 (got [])",
      "r43b-wilsonold-120917: embedded[0]: clause 4: duration_days=30 (got [])",
      "r43b-wilsonold-120917: embedded[0]: clause 4: topic "
      "political_settlement",
      "r43b-wilsonold-120917: embedded[0]: type statement (got 'message')",
      "r43c-cwihp-28106: Place China|Chinese People's Republic",
      "r43c-cwihp-28106: Place North Korea",
      "r43c-cwihp-28106: document: clause 1 (absent)",
      "r43c-cwihp-28106: document: clause 1 exists",
      "r43c-cwihp-28106: document: clause 14 (absent)",
      "r43c-cwihp-28106: document: clause 14 exists",
      "r43c-cwihp-28106: document: clause 17 (absent)",
      "r43c-cwihp-28106: document: clause 17 exists",
      "r43c-cwihp-28106: document: clause 2 (absent)",
      "r43c-cwihp-28106: document: clause 2 exists",
      "r43c-cwihp-28106: document: clause a (absent)",
      "r43c-cwihp-28106: document: clause a exists",
      "r43c-cwihp-28106: document: clause b (absent)",
      "r43c-cwihp-28106: document: clause b exists",
      "r43c-cwihp-28106: responds to {\"number\":\"14412\"}",
      "r43c-frus-163: Place North Korea",
      "r43c-frus-163: Place United States|US",
      "r43c-frus-163: document: clause 1: proposed by Vyshinsky",
      "r43c-frus-163: document: clause 2: proposed by Vyshinsky",
      "r43c-tei-178: Place United States|US",
      "r43c-tei-178: document: clause 1 (absent)",
      "r43c-tei-178: document: clause 1 exists",
      "r43c-tei-178: document: clause 2 (absent)",
      "r43c-tei-178: document: clause 2 exists",
      "r43c-tei-178: document: clause 3 (absent)",
      "r43c-tei-178: document: clause 3 exists",
      "r43c-tei-178: document: clause a (absent)",
      "r43c-tei-178: document: clause a exists",
      "r43c-tei-178: document: clause b (absent)",
      "r43c-tei-178: document: clause b exists",
      "r43c-tei-178: document: clause c (absent)",
      "r43c-tei-178: document: clause c exists",
      "r43c-tei-178: link STANCE accepts doc:telegram-delga-178-1952-11-12 -> "
      "doc:telegram-delga-178-1952-11-12/letter-1952-09-02/clause-a",
      "r43c-tei-52: link STANCE drops doc:telegram-gadel-52-1952-11-14 -> "
      "doc:telegram-delga-178-1952-11-12/letter-1952-09-02/clause-a",
      "r43c-tei-52: stance rejects on point a",
      "r43c-wilson-27513: Organization British Commonwealth|Британское "
      "Содружество",
      "r43c-wilson-27513: document: clause 14: proposed by Menon|МЕНОН|Krishna "
      "Menon",
      "r43c-wilson-27513: document: clause 17: proposed by Menon|МЕНОН|Krishna "
      "Menon",
      "r43c-wilson-27513: document: clause 1: proposed by Menon|МЕНОН|Krishna "
      "Menon",
      "r43c-wilson-27513: document: clause 2: proposed by Menon|МЕНОН|Krishna "
      "Menon",
      "r43c-wilson-27513: document: clause 4: proposed by Menon|МЕНОН|Krishna "
      "Menon",
      "r43c-wilson-27513: document: clause 6: proposed by Menon|МЕНОН|Krishna "
      "Menon",
      "r43c-wilsonold-14412: Organization Soviet delegation|USSR DELEGATION",
      "r43a-wilson-209784: Organization Chinese People's Volunteers",
      "r43a-wilson-209784: Organization Korean People's Army",
      "r43a-wilson-209784: Organization Neutral Nations Repatriation "
      "Commission|NNRC",
      "r43a-wilson-209784: Organization South Korean army|ROK Army",
      "r43a-wilson-209784: Organization Syngman Rhee government|South Korean "
      "government|ROK government",
      "r43a-wilson-209784: Organization United Nations Command|UNC",
      "r43a-wilson-209784: Person Clark|Mark W. Clark",
      "r43a-wilson-209784: Person Kim Il Sung",
      "r43a-wilson-209784: Person Nam Il",
      "r43a-wilson-209784: Person Peng Dehuai",
      "r43a-wilson-209784: Place India",
      "r43a-wilson-209784: Place Korea",
      "r43a-wilson-209784: Place Panmunjom",
      "r43a-wilson-209784: document exists",
      "r43a-wilson-209784: document: author Kim Il Sung",
      "r43a-wilson-209784: document: author Peng Dehuai",
      "r43a-wilson-209784: document: date 1953-07-07 (got )",
      "r43a-wilson-209784: document: language en",
      "r43a-wilson-209784: document: recipient Clark|Mark W. Clark",
      "r43a-wilson-209784: document: record_id 209784",
      "r43a-wilson-209784: document: type letter (got '')",
      "r43a-wilson-209784: responds to "
      "{\"authors\":[\"Clark\"],\"date\":\"1953-06-29\"}",
      "r43a-wilson-209784: stance accepts on point 3",
      "r43a-wilson-209784: stance amends on point 2",
      "r43a-wilson-209784: stance conditional on point 1",
      "r43b-cwihp-343: Organization UN General Assembly|General "
      "Assembly|United Nations|UN",
      "r43b-cwihp-343: Person Bulganin",
      "r43b-cwihp-343: Person Chen Yun",
      "r43b-cwihp-343: Person Fedorenko",
      "r43b-cwihp-343: Person Kim Il Sung",
      "r43b-cwihp-343: Person Li Fuchun",
      "r43b-cwihp-343: Person Malenkov",
      "r43b-cwihp-343: Person Mao Zedong",
      "r43b-cwihp-343: Person Mikoyan",
      "r43b-cwihp-343: Person Molotov",
      "r43b-cwihp-343: Person Shi Zhe",
      "r43b-cwihp-343: Person Stalin|I.V. Stalin",
      "r43b-cwihp-343: Person Vyshinsky",
      "r43b-cwihp-343: Person Zhang Wentian",
      "r43b-cwihp-343: Person Zhou Enlai|ZHOU ENLAI",
      "r43b-cwihp-343: Place India",
      "r43b-cwihp-343: Place Korea",
      "r43b-cwihp-343: Place New York",
      "r43b-cwihp-343: document exists",
      "r43b-cwihp-343: document: date 1952-09-19 (got )",
      "r43b-cwihp-343: document: language en",
      "r43b-cwihp-343: document: source archive=APRF",
      "r43b-cwihp-343: document: source delo=343",
      "r43b-cwihp-343: document: source fond=45",
      "r43b-cwihp-343: document: source opis=1",
      "r43b-cwihp-343: document: source pages=97-103",
      "r43b-cwihp-343: document: type memorandum (got '')",
      "r43b-cwihp-343: responds to {\"date\":\"1952-08-20\"}",
      // Links, kinds and variants that moved with this session's rules and
      // round 44's pages: a quoted text introduced as a proposal is typed a
      // proposal (its id changes); round 44's JCS 86804, C-56710, resolution
      // 858-372ss and No. 8157 are one Document each with another round's copy
      // of the same message, and their points and links mix; nearer versions
      // among round 44's pages.
      "1951-10-31-telegram-25431: embedded[0]: type telegram (got 'proposal')",
      "1951-10-31-telegram-25431: link STANCE accepts "
      "doc:telegram-25431-1951-10-31 -> "
      "doc:telegram-25431-1951-10-31/proposal-1951-10-30/clause-2",
      "frus-1951-11-09-memcon-690: link RESPONDS_TO  "
      "doc:memorandum-1951-11-09-elizabeth-a-brown -> "
      "doc:telegram-c-56710-1951-11-07",
      "frus-1951-11-09-memcon-690: link STANCE accepts "
      "doc:memorandum-1951-11-09-elizabeth-a-brown -> "
      "doc:telegram-c-56710-1951-11-07/clause-1",
      "frus-1951-11-09-memcon-690: link STANCE accepts "
      "doc:memorandum-1951-11-09-elizabeth-a-brown -> "
      "doc:telegram-c-56710-1951-11-07/clause-2",
      "frus-1951-11-09-memcon-690: link STANCE accepts "
      "doc:memorandum-1951-11-09-elizabeth-a-brown -> "
      "doc:telegram-c-56710-1951-11-07/clause-3",
      "frus-1951-11-14-jcs-86804: link RESPONDS_TO  "
      "doc:telegram-jcs-86804-1951-11-14 -> doc:telegram-c-56710-1951-11-07",
      "frus-1951-11-14-jcs-86804: link STANCE accepts "
      "doc:telegram-jcs-86804-1951-11-14 -> "
      "doc:telegram-c-56710-1951-11-07/clause-1",
      "frus-1951-11-14-jcs-86804: link STANCE amends "
      "doc:telegram-jcs-86804-1951-11-14 -> "
      "doc:telegram-c-56710-1951-11-07/clause-3",
      "frus-1951-11-14-jcs-86804: link STANCE conditional "
      "doc:telegram-jcs-86804-1951-11-14 -> "
      "doc:telegram-c-56710-1951-11-07/clause-2",
      "frus-1951-12-05-jcs-88140: clause 3 is a variant of 548/3",
      "r10a-1951-12-02-cable-26371: link STANCE accepts "
      "doc:cable-26371-1951-12-02 -> "
      "doc:cable-26451-1951-11-30/telegram-1951-11-28/clause-3",
      "r10a-1951-12-02-cable-26371: link STANCE drops "
      "doc:cable-26371-1951-12-02 -> "
      "doc:cable-26451-1951-11-30/telegram-1951-11-28/clause-6",
      "r10a-1951-12-02-cable-26371: link STANCE drops "
      "doc:cable-26371-1951-12-02 -> "
      "doc:cable-26451-1951-11-30/telegram-1951-11-28/clause-7",
      "r10b-1953-03-21-record-kuznetsov-mao: link STANCE accepts "
      "doc:record-of-conversation-116-1953-03-21 -> "
      "doc:resolution-858-372ss-1953-03-19/clause-2",
      "r10b-1953-03-21-record-kuznetsov-mao: link STANCE accepts "
      "doc:record-of-conversation-116-1953-03-21 -> "
      "doc:resolution-858-372ss-1953-03-19/letter-1953-03-19/clause-5",
      "r21a-1951-10-08-cable-24812: embedded[0]: type letter (got 'proposal')",
      "r21a-frus-tei-1951-10-08-c-54168: link RESPONDS_TO  "
      "doc:telegram-c-54168-1951-10-08/message-1951-10-08-2 -> "
      "doc:cable-24812-1951-10-08/proposal-1951-10-07",
      "r21a-frus-tei-1951-10-08-c-54168: link STANCE accepts "
      "doc:telegram-c-54168-1951-10-08/message-1951-10-08-2 -> "
      "doc:cable-24812-1951-10-08/proposal-1951-10-07/clause-1",
      "r21a-frus-tei-1951-10-08-c-54168: link STANCE accepts "
      "doc:telegram-c-54168-1951-10-08/message-1951-10-08-2 -> "
      "doc:cable-24812-1951-10-08/proposal-1951-10-07/clause-4",
      "r21a-frus-tei-1951-10-08-c-54168: link STANCE rejects "
      "doc:telegram-c-54168-1951-10-08/message-1951-10-08-2 -> "
      "doc:cable-24812-1951-10-08/proposal-1951-10-07/clause-2",
      "r21a-frus-tei-1951-10-08-c-54168: link STANCE rejects "
      "doc:telegram-c-54168-1951-10-08/message-1951-10-08-2 -> "
      "doc:cable-24812-1951-10-08/proposal-1951-10-07/clause-3",
      "r24c-frus-tei-1952-10-17-cx-57254: link RESPONDS_TO  "
      "doc:telegram-cx-57254-1952-10-17/message-1952-10-17/proposal-1952-10-17 "
      "-> doc:telegram-cx-56918-1952-10-08",
      "r24c-frus-tei-1952-10-17-cx-57254: link RESPONDS_TO  "
      "doc:telegram-cx-57254-1952-10-17/message-1952-10-17/proposal-1952-10-17 "
      "-> doc:telegram-hnc-1341-1952-10-08",
      "r27c-1952-05-07-telegram-19187: link STANCE drops "
      "doc:telegram-19187-1952-05-07/message-1952-05-06 -> "
      "doc:telegram-19187-1952-05-07/message-1952-05-05/clause-v",
      "r31b-1951-11-08-cwihp-25717: clause 1 is a variant of 148/1",
      "r31b-1951-11-08-cwihp-25717: clause 1 is a variant of 22352/а",
      "r31b-1951-11-18-cable-25990: clause 3 is a variant of 25717/3",
      "r31b-frus-tei-1951-11-16-c-57389: clause 3 is a variant of 25717/3",
      "r32b-1952-02-20-telegram-17046: clause 1 is a variant of 900987/1",
      "r32b-1952-03-12-cwihp-17390: clause 1 is a variant of 900987/1",
      "r32c-1953-03-27-telegram-molotov-kuznetsov: link RESPONDS_TO  "
      "doc:telegram-116-1953-03-27 -> doc:telegram-8157-1953-03-26",
      "r32c-1953-03-27-telegram-molotov-kuznetsov: link STANCE accepts "
      "doc:telegram-116-1953-03-27 -> doc:telegram-8157-1953-03-26/clause-1",
      "r32c-1953-03-27-telegram-molotov-kuznetsov: link STANCE accepts "
      "doc:telegram-116-1953-03-27 -> doc:telegram-8157-1953-03-26/clause-2",
      "r33c-1953-06-03-telegram-li-kenong-mao: link RESPONDS_TO  "
      "doc:telegram-1953-06-03-li-kenong -> "
      "doc:telegram-16205-1953-06-01/proposal-1953-05-31",
      "r34b-1953-06-01-cwihp-16205: embedded[0]: type telegram (got "
      "'proposal')",
      "r39b-frus-1951-10-08-message-613: link STANCE accepts "
      "doc:telegram-1951-10-08-matthew-ridgway -> "
      "doc:cable-24812-1951-10-08/proposal-1951-10-07/clause-2",
      // Round 44 (blind), left after the rules it led to: JCS 86804 and
      // resolution 858-372ss are one Document each with an earlier round's
      // transcription of the same message, which keeps the other page as its
      // source, so this page's facts miss here (scored alone they hold); a
      // whole-list acceptance the writer does not count ('I agree with the
      // proposals of Cde. Li Kenong'); a Russian reply's Cyrillic letters
      // against a Latin-lettered list; a letter named by the resolution that
      // approved it; an instruction's positions inside its own numbered
      // paragraphs; the writer's own earlier message cited as answered; a
      // report's own comment read as positions; topics of judgement.
      "r44a-cwihp-26074: clause 2 is a variant of 56710/2",
      "r44a-cwihp-26074: clause 2 is a variant of 86804/2",
      "r44a-cwihp-26074: embedded[0]: date 1951-11-17 (got 1951-11-19)",
      "r44a-cwihp-26074: embedded[0]: type telegram (got 'report')",
      "r44a-cwihp-26074: link STANCE accepts doc:telegram-26074-1951-11-19 -> "
      "doc:telegram-26074-1951-11-19/report-1951-11-19/clause-3",
      "r44a-frus-86804: Organization Department of the Army",
      "r44a-frus-86804: Organization Joint Chiefs of Staff|JCS",
      "r44a-frus-86804: Person Ridgway",
      "r44a-frus-86804: Place Washington",
      "r44a-frus-86804: clause 2 is a variant of 56710/2",
      "r44a-frus-86804: document exists",
      "r44a-frus-86804: document: clause 1 (absent)",
      "r44a-frus-86804: document: clause 1 exists",
      "r44a-frus-86804: document: clause 2 (absent)",
      "r44a-frus-86804: document: clause 2 exists",
      "r44a-frus-86804: document: clause 3 (absent)",
      "r44a-frus-86804: document: clause 3 exists",
      "r44a-frus-86804: document: clause 4 (absent)",
      "r44a-frus-86804: document: clause 4 exists",
      "r44a-frus-86804: document: date 1951-11-14 (got )",
      "r44a-frus-86804: document: language en",
      "r44a-frus-86804: document: number 86804",
      "r44a-frus-86804: document: recipient Ridgway",
      "r44a-frus-86804: document: source citation=795.00/11–1451",
      "r44a-frus-86804: document: type telegram (got '')",
      "r44a-frus-86804: responds to "
      "{\"authors\":[\"Ridgway\"],\"date\":\"1951-11-07\",\"number\":"
      "\"56710\"}",
      "r44a-frus-86804: stance accepts on point 1",
      "r44a-frus-86804: stance amends on point 3",
      "r44a-frus-86804: stance conditional on point 2",
      "r44a-wilsonold-24756: link STANCE accepts doc:cable-24756-1951-10-11 -> "
      "doc:cable-24756-1951-10-11/telegram-1951-10-10/clause-1",
      "r44a-wilsonold-24756: link STANCE accepts doc:cable-24756-1951-10-11 -> "
      "doc:cable-24756-1951-10-11/telegram-1951-10-10/clause-2",
      "r44a-wilsonold-24756: link STANCE accepts doc:cable-24756-1951-10-11 -> "
      "doc:cable-24756-1951-10-11/telegram-1951-10-10/clause-3",
      "r44a-wilsonold-24756: link STANCE accepts doc:cable-24756-1951-10-11 -> "
      "doc:cable-24756-1951-10-11/telegram-1951-10-10/clause-4",
      "r44a-wilsonold-24756: link STANCE accepts doc:cable-24756-1951-10-11 -> "
      "doc:cable-24756-1951-10-11/telegram-1951-10-10/clause-5",
      "r44b-cwihp-858-372ss: Organization Council of Ministers of the "
      "USSR|USSR Council of Ministers|Council of Ministers",
      "r44b-cwihp-858-372ss: Organization Ministry of Foreign Affairs|MID",
      "r44b-cwihp-858-372ss: Organization United Nations|UN|General Assembly",
      "r44b-cwihp-858-372ss: Person Clark|General Clark",
      "r44b-cwihp-858-372ss: Person Kim Il Sung|KIM IL SUNG",
      "r44b-cwihp-858-372ss: Person Kuznetsov|Kuznetsov V.V.|V.V. Kuznetsov",
      "r44b-cwihp-858-372ss: Person Malenkov|G. MALENKOV",
      "r44b-cwihp-858-372ss: Person Malik",
      "r44b-cwihp-858-372ss: Person Mao Zedong|MAO ZEDONG",
      "r44b-cwihp-858-372ss: Person Peng Dehuai",
      "r44b-cwihp-858-372ss: Person Pomaznev|M. POMAZNEV",
      "r44b-cwihp-858-372ss: Person Zhou Enlai",
      "r44b-cwihp-858-372ss: Place Beijing",
      "r44b-cwihp-858-372ss: Place China|PRC",
      "r44b-cwihp-858-372ss: Place Korea",
      "r44b-cwihp-858-372ss: Place Moscow",
      "r44b-cwihp-858-372ss: Place New York",
      "r44b-cwihp-858-372ss: Place North Korea|DPRK",
      "r44b-cwihp-858-372ss: Place Pyongyang",
      "r44b-cwihp-858-372ss: Place USSR",
      "r44b-cwihp-858-372ss: document exists",
      "r44b-cwihp-858-372ss: document: author Malenkov|G. MALENKOV",
      "r44b-cwihp-858-372ss: document: clause 1 exists",
      "r44b-cwihp-858-372ss: document: clause 2 exists",
      "r44b-cwihp-858-372ss: document: date 1953-03-19 (got )",
      "r44b-cwihp-858-372ss: document: language en",
      "r44b-cwihp-858-372ss: document: number 858-372",
      "r44b-cwihp-858-372ss: document: source archive=APRF",
      "r44b-cwihp-858-372ss: document: source delo=830",
      "r44b-cwihp-858-372ss: document: source fond=3",
      "r44b-cwihp-858-372ss: document: source opis=65",
      "r44b-cwihp-858-372ss: document: source pages=60-71",
      "r44b-cwihp-858-372ss: document: type resolution (got '')",
      "r44b-cwihp-858-372ss: embedded[0] exists",
      "r44b-frus-62877: clause 8 is a variant of 11893/4",
      "r44b-frus-62877: link STANCE amends doc:telegram-cx-62877-1953-06-08 -> "
      "doc:telegram-cx-62411-1953-05-13/clause-3",
      "r44b-frus-62877: stance drops on point 3",
      "r44b-tei-62411: responds to {\"date\":\"1953-05-07\"}",
      "r44b-tei-62411: stance amends on point 6",
      "r44b-wilson-11893: responds to "
      "{\"authors\":[\"Kuznetsov\"],\"number\":\"8157\"}",
      "r44b-wilson-3218: responds to "
      "{\"date\":\"1953-03-19\",\"number\":\"858-372\"}",
      "r44b-wilson-3218: stance conditional on point 4",
      "r44b-wilson-3218: stance insists on point 1",
      "r44b-wilsonold-8157: responds to "
      "{\"authors\":[\"Molotov\"],\"date\":\"1953-03-21\",\"number\":\"3218\"}",
      "r44b-wilsonold-8157: responds to {\"date\":\"1953-03-19\"}",
      "r44b-wilsonold-8157: stance accepts on point 4",
      "r44b-wilsonold-8157: stance accepts on point 5",
      "r44c-cwihp-21938: clause 2 is a variant of 58473/6",
      "r44c-cwihp-21938: link RESPONDS_TO  doc:telegram-21938-1952-02-12 -> "
      "doc:decision-p84-560-1951-12-01/message-1951-12-01",
      "r44c-cwihp-21938: link STANCE accepts doc:telegram-21938-1952-02-12 -> "
      "doc:decision-p84-560-1951-12-01/message-1951-12-01/clause-4",
      "r44c-cwihp-21938: link STANCE accepts doc:telegram-21938-1952-02-12 -> "
      "doc:decision-p84-560-1951-12-01/message-1951-12-01/clause-5",
      "r44c-frus-89093: document: clause 2: topic withdrawal",
      "r44c-tei-58473: document: clause 6: topic movement_restriction",
      "r44c-tei-58473: link STANCE amends doc:telegram-c-58473-1951-12-03 -> "
      "doc:telegram-c-58473-1951-12-03/clause-4",
      "r44c-tei-58473: link STANCE amends doc:telegram-c-58473-1951-12-03 -> "
      "doc:telegram-c-58473-1951-12-03/clause-6",
      "r44c-tei-58473: link STANCE amends doc:telegram-c-58473-1951-12-03 -> "
      "doc:telegram-c-58473-1951-12-03/clause-7",
      "r44c-wilson-6137: link STANCE accepts doc:telegram-6137-1951-12-02 -> "
      "doc:cable-26451-1951-11-30/clause-b",
      "r44c-wilson-6137: link STANCE accepts doc:telegram-6137-1951-12-02 -> "
      "doc:cable-26451-1951-11-30/telegram-1951-11-28/clause-2",
      "r44c-wilson-6137: link STANCE accepts doc:telegram-6137-1951-12-02 -> "
      "doc:cable-26451-1951-11-30/telegram-1951-11-28/clause-7",
      "r44c-wilson-6137: stance amends on point 2",
      "r44c-wilson-6137: stance conditional on point b",
      "r44c-wilsonold-26451: embedded[0]: clause 1: topic ceasefire",
      // Links, variants and persons that moved with round 45's pages and the
      // rules they led to: round 45's JCS 90083 is one Document with round 13's
      // copy of it, and their points and links mix; C-58976, No. 10279 and
      // Clark's letter of 29 June now answer replies that found nothing before;
      // points set off by dashes take no position; nearer versions among round
      // 45's pages.
      "r11b-frus-tei-1953-07-24-memo-president: clause 6 is a variant of "
      "9866/б",
      "r11b-frus-tei-1953-07-24-memo-president: clause 6 is a variant of "
      "9866/в",
      "r12b-frus-1951-12-12-hnc-550: link RESPONDS_TO  "
      "doc:telegram-hnc-550-1951-12-12 -> doc:telegram-c-58976-1951-12-12",
      "r12b-frus-1951-12-12-hnc-550: link STANCE conditional "
      "doc:telegram-hnc-550-1951-12-12 -> "
      "doc:telegram-c-58976-1951-12-12/clause-4",
      "r13b-frus-1951-12-19-jcs-90083: clause d is a variant of 58115/3",
      "r13b-frus-1951-12-19-jcs-90083: clause e is a variant of 58115/5",
      "r13b-frus-1951-12-19-jcs-90083: link RESPONDS_TO  "
      "doc:telegram-jcs-90083-1951-12-19 -> doc:telegram-c-58976-1951-12-12",
      "r13b-frus-1951-12-19-jcs-90083: link STANCE accepts "
      "doc:telegram-jcs-90083-1951-12-19 -> "
      "doc:telegram-c-58976-1951-12-12/clause-1",
      "r13b-frus-1951-12-19-jcs-90083: link STANCE accepts "
      "doc:telegram-jcs-90083-1951-12-19 -> "
      "doc:telegram-c-58976-1951-12-12/clause-2",
      "r13b-frus-1951-12-19-jcs-90083: link STANCE accepts "
      "doc:telegram-jcs-90083-1951-12-19 -> "
      "doc:telegram-c-58976-1951-12-12/clause-5",
      "r13b-frus-1951-12-19-jcs-90083: link STANCE amends "
      "doc:telegram-jcs-90083-1951-12-19 -> "
      "doc:telegram-c-58976-1951-12-12/clause-4",
      "r13b-frus-1951-12-19-jcs-90083: link STANCE insists "
      "doc:telegram-jcs-90083-1951-12-19 -> "
      "doc:telegram-c-58976-1951-12-12/clause-a",
      "r13b-frus-1951-12-19-jcs-90083: link STANCE insists "
      "doc:telegram-jcs-90083-1951-12-19 -> "
      "doc:telegram-c-58976-1951-12-12/clause-b",
      "r13b-frus-1951-12-19-jcs-90083: link STANCE insists "
      "doc:telegram-jcs-90083-1951-12-19 -> "
      "doc:telegram-c-58976-1951-12-12/clause-c",
      "r13b-frus-1951-12-19-jcs-90083: link STANCE insists "
      "doc:telegram-jcs-90083-1951-12-19 -> "
      "doc:telegram-c-58976-1951-12-12/clause-d",
      "r13b-frus-1951-12-19-jcs-90083: link STANCE insists "
      "doc:telegram-jcs-90083-1951-12-19 -> "
      "doc:telegram-c-58976-1951-12-12/clause-e",
      "r13b-frus-1951-12-19-jcs-90083: link STANCE rejects "
      "doc:telegram-jcs-90083-1951-12-19 -> "
      "doc:telegram-c-58976-1951-12-12/clause-6",
      "r18b-frus-1953-07-21-jcs-944365: link STANCE conditional "
      "doc:telegram-jcs-944365-1953-07-21 -> "
      "doc:letter-1953-06-29-mark-clark/clause-4",
      "r20a-1952-05-01-telegram-mao-li-kenong: clause 2 is a variant of "
      "16761/1",
      "r20b-1953-11-21-cable-zhou-enlai-huang-hua: clause 4 is a variant of "
      "24308/4",
      "r21b-1952-01-04-telegram-mao-li-kenong: link RESPONDS_TO  "
      "doc:telegram-1952-01-04-mao-zedong -> "
      "doc:cable-10279-1952-01-04/telegram-1952-01-03",
      "r21b-1952-01-04-telegram-mao-li-kenong: link STANCE insists "
      "doc:telegram-1952-01-04-mao-zedong -> "
      "doc:cable-10279-1952-01-04/telegram-1952-01-03/clause-3",
      "r21b-1952-01-04-telegram-mao-li-kenong: link STANCE rejects "
      "doc:telegram-1952-01-04-mao-zedong -> "
      "doc:cable-10279-1952-01-04/telegram-1952-01-03/clause-4",
      "r21b-1952-01-04-telegram-mao-li-kenong: stance amends on point 6",
      "r21b-1952-01-04-telegram-mao-li-kenong: stance rejects on point 3",
      "r21b-1952-01-04-telegram-mao-li-kenong: stance rejects on point 5",
      "r32b-1952-02-22-telegram-1431: link RESPONDS_TO  "
      "doc:telegram-1431-1952-02-22 -> doc:cable-17114-1952-02-17",
      "r34c-1953-12-01-cable-31902: clause 1 is a variant of 1097/4",
      "r34c-1953-12-01-cable-31902: clause 2 is a variant of 23791/2",
      "r34c-1953-12-01-cable-31902: clause 3 is a variant of 1097/3",
      "r43a-frus-612: link STANCE rejects doc:letter-1953-06-29-mark-clark -> "
      "doc:telegram-15498-1953-06-21/letter-1953-06-20/clause-3",
      // Round 45 (blind), left after the rules it led to: the main points of
      // a draft statement kept as an embedded document where the writer keeps
      // them at the page's level ('Zhou set out the main points of the draft
      // statement:'), points named by their content only ('You are right that
      // the signing should be put off'), positions a report gives of a third
      // party by topic, sentences of a numbered answer that name no number of
      // their own, a footnote's date of receipt, topics of judgement.
      "r45a-cwihp-11617: stance accepts on point 1",
      "r45a-cwihp-11617: stance amends on point 3",
      "r45a-cwihp-11617: stance conditional on point 4",
      "r45a-cwihp-11617: stance insists on point 2",
      "r45a-frus-90083: Organization Department of State|State Department",
      "r45a-frus-90083: Organization Department of the Army",
      "r45a-frus-90083: Organization International Committee of the Red "
      "Cross|ICRC|Red Cross",
      "r45a-frus-90083: Organization Joint Chiefs of Staff|JCS",
      "r45a-frus-90083: Organization United Nations Command|UNC|United Nations",
      "r45a-frus-90083: Person Ridgway",
      "r45a-frus-90083: Place Washington",
      "r45a-frus-90083: document exists",
      "r45a-frus-90083: document: clause 1 (absent)",
      "r45a-frus-90083: document: clause 1 exists",
      "r45a-frus-90083: document: clause 2 (absent)",
      "r45a-frus-90083: document: clause 2 exists",
      "r45a-frus-90083: document: clause 3 (absent)",
      "r45a-frus-90083: document: clause 3 exists",
      "r45a-frus-90083: document: clause 4 (absent)",
      "r45a-frus-90083: document: clause 4 exists",
      "r45a-frus-90083: document: clause 5 (absent)",
      "r45a-frus-90083: document: clause 5 exists",
      "r45a-frus-90083: document: clause 6 (absent)",
      "r45a-frus-90083: document: clause 6 exists",
      "r45a-frus-90083: document: date 1951-12-19 (got )",
      "r45a-frus-90083: document: language en",
      "r45a-frus-90083: document: number 90083",
      "r45a-frus-90083: document: recipient Ridgway",
      "r45a-frus-90083: document: source citation=JCS Files",
      "r45a-frus-90083: document: type telegram (got '')",
      "r45a-frus-90083: responds to {\"number\":\"58976\"}",
      "r45a-frus-90083: stance accepts on point 1",
      "r45a-frus-90083: stance accepts on point 2",
      "r45a-frus-90083: stance accepts on point 5",
      "r45a-frus-90083: stance amends on point 4",
      "r45a-frus-90083: stance conditional on point 3",
      "r45a-frus-90083: stance rejects on point 6",
      "r45a-wilson-126: link STANCE drops doc:telegram-126-1952-01-06 -> "
      "doc:cable-15344-1952-01-04/clause-3",
      "r45a-wilson-126: stance rejects on point 3",
      "r45a-wilson-41: clause 1 is a variant of 10279/1",
      "r45b-cwihp-21805: document: clause 1 (absent)",
      "r45b-cwihp-21805: document: clause 1 exists",
      "r45b-cwihp-21805: document: clause 2 (absent)",
      "r45b-cwihp-21805: document: clause 2 exists",
      "r45b-cwihp-21805: document: clause 3 (absent)",
      "r45b-cwihp-21805: document: clause 3 exists",
      "r45b-cwihp-21805: document: clause 4 (absent)",
      "r45b-cwihp-21805: document: clause 4 exists",
      "r45b-tei-120: Organization United Nations Command|CINCUNC",
      "r45b-tei-120: Organization United Nations General Assembly|General "
      "Assembly|Assembly",
      "r45b-tei-120: Place United States",
      "r45b-tei-120: clause 5 is a variant of 21805/4",
      "r45b-tei-120: document: received 1953-11-30T10:12 (got )",
      "r45b-tei-92537: document: clause 5: topic political_settlement",
      "r45b-tei-92537: link STANCE conditional "
      "doc:telegram-jcs-92537-1952-02-08 -> "
      "doc:telegram-hnc-1031-1952-02-06/clause-2",
      "r45b-wilsonold-17114: document: clause 1: topic political_settlement",
      "r45b-wilsonold-17114: link STANCE insists doc:cable-17114-1952-02-17 -> "
      "doc:cable-17114-1952-02-17/clause-3",
      "r45b-wilsonold-17114: stance drops on point c",
      "r45b-wilsonold-17114: stance insists on point a",
      "r45c-cwihp-15498: embedded[0]: author Peng Dehuai|PENG DE-HUAI",
      "r45c-cwihp-15498: stance conditional on negotiation_procedure",
      "r45c-frus-1342: Organization United Nations Command|CINCUNC",
      "r45c-frus-1342: embedded[0]: clause 1: topic military_aid",
      "r45c-frus-1342: embedded[0]: clause 2: topic foreign_forces_withdrawal",
      "r45c-frus-1342: embedded[0]: clause 5: topic military_aid",
      "r45c-frus-1342: embedded[0]: copy to Clark",
      "r45c-frus-1342: embedded[0]: recipient Eisenhower|President Eisenhower",
      "r45c-frus-1342: stance rejects on ceasefire",
      "r45c-tei-19530629: Organization Chinese People's Volunteers",
      "r45c-tei-19530629: Organization Korean People's Army",
      "r45c-tei-19530629: Organization Neutral Nations Repatriation Commission",
      "r45c-tei-19530629: Organization United Nations Command|UNC",
      "r45c-tei-19530629: Person Clark|Mark W. Clark",
      "r45c-tei-19530629: Person Kim Il Sung|Kim Il-sung",
      "r45c-tei-19530629: Person Peng Dehuai|Peng Teh-huai",
      "r45c-tei-19530629: Place Masan",
      "r45c-tei-19530629: Place Nonsan",
      "r45c-tei-19530629: Place Panmunjom",
      "r45c-tei-19530629: Place Pusan",
      "r45c-tei-19530629: Place Sangmudae",
      "r45c-tei-19530629: Place South Korea|Republic of Korea",
      "r45c-tei-19530629: Place Tokyo",
      "r45c-tei-19530629: document exists",
      "r45c-tei-19530629: document: author Clark|Mark W. Clark",
      "r45c-tei-19530629: document: clause 1 (absent)",
      "r45c-tei-19530629: document: clause 1 exists",
      "r45c-tei-19530629: document: clause 2 (absent)",
      "r45c-tei-19530629: document: clause 2 exists",
      "r45c-tei-19530629: document: clause 3 (absent)",
      "r45c-tei-19530629: document: clause 3 exists",
      "r45c-tei-19530629: document: clause 4 (absent)",
      "r45c-tei-19530629: document: clause 4 exists",
      "r45c-tei-19530629: document: date 1953-06-29 (got )",
      "r45c-tei-19530629: document: language en",
      "r45c-tei-19530629: document: recipient Kim Il Sung|Kim Il-sung",
      "r45c-tei-19530629: document: recipient Peng Dehuai|Peng Teh-huai",
      "r45c-tei-19530629: document: source citation=795.00/6–2953",
      "r45c-tei-19530629: document: type letter (got '')",
      "r45c-tei-19530629: responds to {\"authors\":[\"Kim Il Sung\",\"Peng "
      "Dehuai\"],\"date\":\"1953-06-20\"}",
      "r45c-tei-19530629: stance accepts on point 2",
      "r45c-tei-19530629: stance accepts on point 3",
      "r45c-tei-19530629: stance rejects on point 1",
      "r45c-wilson-17322: stance conditional on ceasefire",
      "r45c-wilson-17322: stance drops on prisoners_of_war",
      "r45c-wilson-17322: stance insists on negotiation_procedure",
      "r45c-wilson-19530621: document: source citation=Jianguo yilai Mao "
      "Zedong wengao",
      "r45c-wilson-19530621: stance accepts on point 1",
      "r45c-wilsonold-19530620: Organization Korean People's Army",
      "r45c-wilsonold-19530620: Person Clark|Mark Clark",
      "r45c-wilsonold-19530620: Person Deng Hua",
      "r45c-wilsonold-19530620: Person Kim Il Sung",
      "r45c-wilsonold-19530620: Person Mao Zedong|Chairman Mao",
      "r45c-wilsonold-19530620: Person Peng Dehuai",
      "r45c-wilsonold-19530620: Person Syngman Rhee|Li Chengwan",
      "r45c-wilsonold-19530620: Place Kaesong|Kaicheng",
      "r45c-wilsonold-19530620: Place Masan",
      "r45c-wilsonold-19530620: Place Nonsan",
      "r45c-wilsonold-19530620: Place Pusan|Busan",
      "r45c-wilsonold-19530620: Place Sangmudae",
      "r45c-wilsonold-19530620: document exists",
      "r45c-wilsonold-19530620: document: author Peng Dehuai",
      "r45c-wilsonold-19530620: document: clause 1 (absent)",
      "r45c-wilsonold-19530620: document: clause 1 exists",
      "r45c-wilsonold-19530620: document: clause 2 (absent)",
      "r45c-wilsonold-19530620: document: clause 2 exists",
      "r45c-wilsonold-19530620: document: clause 3 (absent)",
      "r45c-wilsonold-19530620: document: clause 3 exists",
      "r45c-wilsonold-19530620: document: date 1953-06-20 (got )",
      "r45c-wilsonold-19530620: document: language en",
      "r45c-wilsonold-19530620: document: recipient Mao Zedong|Chairman Mao",
      "r45c-wilsonold-19530620: document: sent 1953-06-20T18:00 (got )",
      "r45c-wilsonold-19530620: document: source citation=Peng Dehuai nianpu",
      "r45c-wilsonold-19530620: document: type telegram (got '')",
      // Types and links that moved with round 46's pages and rules: a
      // statement named in its introduction is typed so ('Lee read a long
      // statement' before a telegram's text), and round 46's Z 24663 of 8
      // October 1952 is the document of the day a Communist letter's 'On
      // October 8 your delegate announced ...' meets.
      "r12a-frus-1951-11-11-c-57058: embedded[0]: type telegram (got "
      "'statement')",
      "r20b-1953-09-12-cwihp-telegram-2167: link STANCE rejects "
      "doc:telegram-2167-1953-09-12 -> "
      "doc:telegram-24z08-1953-09-11/statement-1953-08-28/clause-3",
      "r24c-frus-tei-1952-10-17-cx-57254: link RESPONDS_TO  "
      "doc:telegram-cx-57254-1952-10-17/message-1952-10-17/proposal-1952-10-17 "
      "-> doc:telegram-z-24663-1952-10-08",
      // Round 46 (blind), left after the rules it led to: a proposal put
      // forward by a side's body that the speaker of a session report states
      // ('He recalled that ... the UNC now offered three alternative
      // proposals'), a text quoted in a telegram kept as an embedded document
      // where the writer keeps its points at the page's level, a proposal cited
      // by its author and date more than ten days back ('the proposal that PYUN
      // YUNG TAI tabled on 22 May'), a quoted statement dated by its closing
      // line, a point refused with a way offered ('It would be better to make
      // it ... in a letter'), topics of judgement.
      "r46a-cwihp-22011: document: source pages=88-91",
      "r46a-cwihp-22011: embedded[0]: sent 1951-07-19T23:00 (got )",
      "r46a-cwihp-22011: embedded[0]: type telegram (got 'agreement')",
      "r46a-cwihp-22011: link RESPONDS_TO  doc:telegram-22011-1951-07-20 -> "
      "doc:telegram-4072-1951-07-14",
      "r46a-cwihp-22011: link STANCE drops "
      "doc:telegram-22011-1951-07-20/message-1951-07-20 -> "
      "doc:telegram-22011-1951-07-20/agreement-1951-07-19/clause-1",
      "r46a-tei-67390: document: clause 3: topic foreign_forces_withdrawal",
      "r46a-wilson-23161: embedded[0]: copy to Peng Dehuai",
      "r46a-wilson-23161: embedded[0]: recipient Mao Zedong",
      "r46a-wilson-23161: stance amends on point 2",
      "r46b-cwihp-27263: embedded[0]: date 1952-11-28 (got 1952-11-27)",
      "r46b-cwihp-27263: stance insists on point 2",
      "r46b-cwihp-27263: stance rejects on point 14",
      "r46b-cwihp-27263: stance rejects on point 17",
      "r46b-cwihp-27263: stance rejects on point 3",
      "r46b-frus-87: Organization Department of Defense|Defense",
      "r46b-frus-87: Organization United States Delegation",
      "r46b-frus-87: link RESPONDS_TO  doc:telegram-gadel-87-1952-11-20 -> "
      "doc:telegram-cx-57254-1952-10-17/message-1952-10-17/letter-1952-10-16",
      "r46b-frus-87: link STANCE accepts doc:telegram-gadel-87-1952-11-20 -> "
      "doc:telegram-delga-204-1952-11-17/proposal-1952-11-17/clause-5",
      "r46b-frus-87: stance amends on point 5",
      "r46b-tei-204: Organization Indian delegation|Indian Del|India",
      "r46b-tei-204: embedded[0]: number A/C.1/734",
      "r46b-tei-204: embedded[0]: type resolution (got 'proposal')",
      "r46b-tei-204: link RESPONDS_TO  "
      "doc:telegram-delga-204-1952-11-17/proposal-1952-11-17 -> "
      "doc:telegram-cx-57254-1952-10-17/message-1952-10-17/letter-1952-10-16",
      "r46b-tei-204: link STANCE accepts "
      "doc:telegram-delga-204-1952-11-17/proposal-1952-11-17 -> "
      "doc:telegram-cx-57254-1952-10-17/message-1952-10-17/letter-1952-10-16/"
      "clause-2",
      "r46b-tei-23092: document: clause 1: proposed by Harrison|William K. "
      "Harrison",
      "r46b-tei-23092: document: clause 2: proposed by Harrison|William K. "
      "Harrison",
      "r46b-tei-23092: document: clause 3: proposed by Harrison|William K. "
      "Harrison",
      "r46b-wilson-24719: stance conditional on point 1",
      "r46b-wilsonold-4623: link STANCE drops doc:telegram-4623-1952-10-07 -> "
      "doc:telegram-24719-1952-10-06/clause-2",
      "r46b-wilsonold-4623: stance amends on point 2",
      "r46c-cwihp-206-Y0050: Organization People's Daily|Renmin Ribao",
      "r46c-cwihp-206-Y0050: Person Smith|Walter Bedell Smith",
      "r46c-cwihp-206-Y0050: Place North Korea",
      "r46c-cwihp-206-Y0050: clause 2 is a variant of 287/7",
      "r46c-cwihp-206-Y0050: document: source archive=PRC FMA",
      "r46c-cwihp-206-Y0050: embedded[0] exists",
      "r46c-cwihp-206-Y0050: stance amends on point 2",
      "r46c-cwihp-206-Y0050: stance rejects on point 1",
      "r46c-frus-263: Person Smith|Walter Bedell Smith",
      "r46c-frus-287: document: clause 11: topic political_settlement",
      "r46c-frus-287: document: clause 12: topic foreign_forces_withdrawal",
      "r46c-frus-287: document: clause 13: topic foreign_forces_withdrawal",
      "r46c-frus-287: document: clause 7: topic political_settlement",
      "r46c-frus-287: link STANCE accepts doc:telegram-secto-287-1954-05-22 -> "
      "doc:telegram-secto-287-1954-05-22/clause-11",
      "r46c-frus-287: link STANCE accepts doc:telegram-secto-287-1954-05-22 -> "
      "doc:telegram-secto-287-1954-05-22/clause-12",
      "r46c-frus-287: link STANCE accepts doc:telegram-secto-287-1954-05-22 -> "
      "doc:telegram-secto-287-1954-05-22/clause-13",
      "r46c-tei-17: Organization Department of State|State Department",
      "r46c-tei-17: Organization National Assembly",
      "r46c-tei-17: Organization Supreme People's Assembly",
      "r46c-tei-17: Organization United Nations|UN",
      "r46c-tei-17: Organization United States Delegation|US Delegation",
      "r46c-tei-17: Person Dulles|John Foster Dulles",
      "r46c-tei-17: Person Molotov",
      "r46c-tei-17: Person Nam Il",
      "r46c-tei-17: Person Pyun|Pyun Yung Tai",
      "r46c-tei-17: Person Zhou Enlai|Chou En-lai",
      "r46c-tei-17: Place Far East",
      "r46c-tei-17: Place Geneva",
      "r46c-tei-17: Place Korea",
      "r46c-tei-17: Place North Korea|Democratic People's Republic of "
      "Korea|DPRK",
      "r46c-tei-17: Place Seoul",
      "r46c-tei-17: Place South Korea|Republic of Korea|ROK",
      "r46c-tei-17: Place Tokyo",
      "r46c-tei-17: Place Yalu|Yalu River",
      "r46c-tei-17: document exists",
      "r46c-tei-17: document: author Dulles|John Foster Dulles",
      "r46c-tei-17: document: clause 1 (absent)",
      "r46c-tei-17: document: clause 1 exists",
      "r46c-tei-17: document: clause 2 (absent)",
      "r46c-tei-17: document: clause 2 exists",
      "r46c-tei-17: document: clause 3 (absent)",
      "r46c-tei-17: document: clause 3 exists",
      "r46c-tei-17: document: clause a (absent)",
      "r46c-tei-17: document: clause a exists",
      "r46c-tei-17: document: clause b (absent)",
      "r46c-tei-17: document: clause b exists",
      "r46c-tei-17: document: clause c (absent)",
      "r46c-tei-17: document: clause c exists",
      "r46c-tei-17: document: date 1954-04-27 (got )",
      "r46c-tei-17: document: language en",
      "r46c-tei-17: document: number 17",
      "r46c-tei-17: document: recipient Department of State|State Department",
      "r46c-tei-17: document: sent 1954-04-27T23:00 (got )",
      "r46c-tei-17: document: source citation=396.1 GE/4–2754",
      "r46c-tei-17: document: type telegram (got '')",
      "r46c-wilson-7193: Place Far East|Дальний Восток",
      "r46c-wilson-7193: Place North Korea|Северная Корея",
      "r46c-wilson-7193: document: clause 5: topic political_settlement",
      "r46c-wilson-7193: document: recipient CC CPSU|Central Committee of the "
      "CPSU|ЦК КПСС",
      "r46c-wilson-7193: stance accepts on point 6",
      "r46c-wilson-7193: stance conditional on point 7",
      "r46c-wilson-7193: stance rejects on point 1",
      "r46c-wilson-7193: stance rejects on point 12",
      "r46c-wilson-7193: stance rejects on point 13",
      "r46c-wilsonold-3468: stance amends on point 3",
      // Links, variants and types that moved with round 47's pages and rules:
      // round 47's Mao telegram 24617 quotes the Kim-Peng letter of 7 October
      // 1951 that rounds 21 and 39 hold, and replies citing that letter now
      // meet
      // its third copy; nearer versions among round 47's points.
      "frus-tei-1953-05-14-cx-62413: link STANCE conditional "
      "doc:telegram-cx-62413-1953-05-14 -> "
      "doc:telegram-jcs-938626-1953-05-11/clause-2",
      "r11b-frus-tei-1953-07-24-memo-president: clause 5 is a variant of "
      "9866/а",
      "r14a-1951-11-29-telegram-26284: clause 5 is a variant of 21404/7",
      "r21a-frus-tei-1951-10-08-c-54168: link RESPONDS_TO  "
      "doc:telegram-c-54168-1951-10-08/message-1951-10-08-2 -> "
      "doc:telegram-24617-1951-10-07/message-1951-10-07",
      "r21a-frus-tei-1951-10-08-c-54168: link STANCE accepts "
      "doc:telegram-c-54168-1951-10-08/message-1951-10-08-2 -> "
      "doc:telegram-24617-1951-10-07/message-1951-10-07/clause-1",
      "r21a-frus-tei-1951-10-08-c-54168: link STANCE accepts "
      "doc:telegram-c-54168-1951-10-08/message-1951-10-08-2 -> "
      "doc:telegram-24617-1951-10-07/message-1951-10-07/clause-3",
      "r21a-frus-tei-1951-10-08-c-54168: link STANCE accepts "
      "doc:telegram-c-54168-1951-10-08/message-1951-10-08-2 -> "
      "doc:telegram-24617-1951-10-07/message-1951-10-07/clause-4",
      "r21a-frus-tei-1951-10-08-c-54168: link STANCE rejects "
      "doc:telegram-c-54168-1951-10-08/message-1951-10-08-2 -> "
      "doc:telegram-24617-1951-10-07/message-1951-10-07/clause-2",
      "r28c-1951-12-29-cwihp-telegram-600346: clause 5 is a variant of 21404/7",
      "r34a-1952-02-16-telegram-16842: clause 5 is a variant of 21404/6",
      "r39b-frus-1951-10-08-message-613: link STANCE rejects "
      "doc:telegram-1951-10-08-matthew-ridgway -> "
      "doc:telegram-24617-1951-10-07/message-1951-10-07/clause-2",
      "r45b-tei-92537: link STANCE conditional "
      "doc:telegram-jcs-92537-1952-02-08 -> "
      "doc:telegram-hnc-1031-1952-02-06/clause-1",
      "r46a-cwihp-22011: clause 3 is a variant of 21756/2",
      // Round 47 (blind), left after the rules it led to: positions on a
      // letter's points by what they say ('On the first day both sides agreed
      // that the conference site be at Pan Mun Jom, as the Communist commanders
      // proposed'), points whose document is cited by another's message only
      // ('the arrangement in paragraph 2' of terms of reference another page
      // quotes), a statement broadcast to its addressees typed a message, a
      // letter quoted in a telegram read as a message with one of its two
      // signers, topics of judgement.
      "r47a-cwihp-25148: clause 5 is a variant of 83437/4",
      "r47a-cwihp-25148: embedded[0]: author Kinney|KINNI",
      "r47a-cwihp-25148: embedded[0]: clause 5: topic movement_restriction",
      "r47a-cwihp-25148: embedded[0]: clause 6: topic movement_restriction",
      "r47a-cwihp-25148: embedded[0]: date 1951-10-22 (got 1951-10-23)",
      "r47a-frus-54366: clause 1 is a variant of 24617/1",
      "r47a-frus-54366: clause 4 is a variant of 21786/2",
      "r47a-frus-54366: document: clause 4: topic movement_restriction",
      "r47a-frus-54366: document: clause 5: topic movement_restriction",
      "r47a-frus-54366: stance accepts on point 1",
      "r47a-frus-54366: stance conditional on point 3",
      "r47a-frus-54366: stance rejects on point 2",
      "r47a-wilson-21786: embedded[0]: clause 1: topic negotiation_procedure",
      "r47a-wilson-21786: embedded[0]: clause 2: topic movement_restriction",
      "r47a-wilson-21786: embedded[0]: recipient Kim Il Sung|КИМ ИР СЕН",
      "r47a-wilson-21786: embedded[0]: recipient Peng Dehuai|ПЭН ДЭ-ХУАЙ",
      "r47a-wilson-21786: embedded[0]: type message (got 'statement')",
      "r47a-wilson-24617: embedded[0]: author Peng Dehuai|彭德怀|PENG DEHUAI",
      "r47a-wilson-24617: embedded[0]: clause 2: topic negotiation_procedure",
      "r47a-wilson-24617: embedded[0]: type letter (got 'message')",
      "r47a-wilsonold-4918: stance accepts on point 1",
      "r47a-wilsonold-4918: stance accepts on point 4",
      "r47a-wilsonold-4918: stance drops on point 3",
      "r47a-wilsonold-4918: stance insists on point 2",
      "r47b-tei-66188: Organization Department of State|State",
      "r47b-tei-66188: document: delegation exists",
      "r47b-tei-66188: stance amends on point 3",
      "r47b-tei-66188: stance conditional on point 5",
      "r47b-tei-66188: stance insists on point 4",
      "r47b-wilson-158: Organization Government Administration "
      "Council|Государственный административный совет",
      "r47b-wilson-158: link STANCE insists "
      "doc:record-of-conversation-158-1951-07-01 -> "
      "doc:telegram-21340-1951-06-30/clause-1",
      "r47b-wilson-158: link STANCE insists "
      "doc:record-of-conversation-158-1951-07-01 -> "
      "doc:telegram-21340-1951-06-30/clause-2",
      "r47b-wilson-158: link STANCE insists "
      "doc:record-of-conversation-158-1951-07-01 -> "
      "doc:telegram-21340-1951-06-30/clause-3",
      "r47b-wilson-158: link STANCE insists "
      "doc:record-of-conversation-158-1951-07-01 -> "
      "doc:telegram-21340-1951-06-30/clause-4",
      "r47b-wilson-158: link STANCE insists "
      "doc:record-of-conversation-158-1951-07-01 -> "
      "doc:telegram-jcs-95354-1951-06-30/clause-1",
      "r47b-wilson-158: link STANCE insists "
      "doc:record-of-conversation-158-1951-07-01 -> "
      "doc:telegram-jcs-95354-1951-06-30/clause-2",
      "r47c-cwihp-28743: stance accepts on point 2",
      "r47c-cwihp-28743: stance amends on point 8",
      "r47c-cwihp-28743: stance insists on point 11",
      "r47c-cwihp-28743: stance insists on point 3",
      "r47c-tei-1679: clause 1 is a variant of 11437/2",
      "r47c-tei-1679: clause 11 is a variant of 11437/5",
      "r47c-tei-1679: clause 2 is a variant of 11437/3",
      "r47c-tei-1679: clause 8 is a variant of 11437/4",
      "r47c-tei-1679: embedded[0] exists",
      "r47c-tei-936962: document: clause 4: topic prisoners_of_war",
      "r47c-tei-936962: link STANCE accepts doc:telegram-jcs-936962-1953-04-13 "
      "-> doc:telegram-c-62031-1953-04-11/agreement-1953-04-11/clause-1",
      "r47c-tei-936962: link STANCE accepts doc:telegram-jcs-936962-1953-04-13 "
      "-> doc:telegram-c-62031-1953-04-11/agreement-1953-04-11/clause-2",
      "r47c-tei-936962: link STANCE accepts doc:telegram-jcs-936962-1953-04-13 "
      "-> doc:telegram-c-62031-1953-04-11/agreement-1953-04-11/clause-5",
      "r47c-tei-936962: link STANCE accepts doc:telegram-jcs-936962-1953-04-13 "
      "-> doc:telegram-c-62031-1953-04-11/agreement-1953-04-11/clause-7",
      "r47c-tei-936962: stance insists on point 1",
      // Links, variants and types that moved with round 47's pages and rules:
      // round 47's Mao telegram 24617 quotes the Kim-Peng letter of 7 October
      // 1951 that rounds 21 and 39 hold, and replies citing that letter now
      // meet
      // its third copy; nearer versions among round 47's points.
      "r38a-1951-07-14-telegram-21838: clause 4 is a variant of 66871/4",
      // Links and positions that moved with round 48's pages: Razuvaev's
      // relay of Kim Il Sung's telegram of 14 July 1952 is the telegram Mao's
      // answer of 15 July takes its positions on, by number now and no longer
      // by topic; a JCS answer of 24 September 1952 meets Clark's CX 55783 of
      // 19 September by date; nearer versions among round 48's points.
      "1952-07-15-telegram-mao-kim-il-sung: stance accepts on military_aid",
      "1952-07-15-telegram-mao-kim-il-sung: stance conditional on ceasefire",
      "1952-07-15-telegram-mao-kim-il-sung: stance rejects on prisoners_of_war",
      "frus-tei-1952-09-24-jcs-919387: link RESPONDS_TO  "
      "doc:telegram-jcs-919387-1952-09-24 -> doc:telegram-cx-55783-1952-09-19",
      "frus-tei-1952-09-24-jcs-919387: link STANCE amends "
      "doc:telegram-jcs-919387-1952-09-24 -> "
      "doc:telegram-cx-55783-1952-09-19/clause-3",
      "frus-tei-1952-09-24-jcs-919387: link STANCE conditional "
      "doc:telegram-jcs-919387-1952-09-24 -> "
      "doc:telegram-cx-55783-1952-09-19/clause-1",
      "frus-tei-1952-09-24-jcs-919387: link STANCE conditional "
      "doc:telegram-jcs-919387-1952-09-24 -> "
      "doc:telegram-cx-55783-1952-09-19/clause-2",
      "r22b-1952-07-18-cable-21646: link RESPONDS_TO  "
      "doc:cable-21646-1952-07-18/telegram-1952-07-15 -> "
      "doc:telegram-502489-sh-1952-07-14/telegram-1952-07-14",
      "r22b-1952-07-18-cable-21646: link STANCE rejects "
      "doc:cable-21646-1952-07-18/telegram-1952-07-15 -> "
      "doc:telegram-502489-sh-1952-07-14/telegram-1952-07-14/clause-1",
      "r22b-1952-07-18-cable-21646: link STANCE rejects "
      "doc:cable-21646-1952-07-18/telegram-1952-07-15 -> "
      "doc:telegram-502489-sh-1952-07-14/telegram-1952-07-14/clause-2",
      "r30c-1953-07-21-telegram-li-kenong-mao: link RESPONDS_TO  "
      "doc:telegram-1953-07-21-li-kenong -> doc:telegram-7724-1953-03-29",
      "r36b-1952-03-01-cable-17264: clause 4(3) is a variant of 900426/b",
      // Round 48 (blind), left after the rules it led to: a draft's
      // paragraphs quoted in a cable that numbers its own kept as an embedded
      // text where the writer keeps them at the page's level; positions on a
      // letter's points by what they say; the second of a cable's lettered
      // references as the one answered ('Refs: A. JCS 936117. B. CX 61765');
      // an instruction's points judged 'correct' read as holding to them;
      // topics of judgement.
      "r48a-cwihp-19124: clause 3 is a variant of 62784/12",
      "r48a-frus-62784: Place Paengyong-do|Paengnyong-do|Baengnyeongdo",
      "r48a-frus-62784: document: clause 12 (absent)",
      "r48a-frus-62784: document: clause 12 exists",
      "r48a-frus-62784: document: clause 13 (absent)",
      "r48a-frus-62784: document: clause 13 exists",
      "r48a-frus-62784: document: clause 14 (absent)",
      "r48a-frus-62784: document: clause 14 exists",
      "r48a-frus-62784: document: clause 15 (absent)",
      "r48a-frus-62784: document: clause 15 exists",
      "r48a-frus-62784: document: clause 16 (absent)",
      "r48a-frus-62784: document: clause 16 exists",
      "r48a-frus-62784: link RESPONDS_TO  doc:telegram-cx-62784-1952-02-14 -> "
      "doc:telegram-hnc-1086-1952-03-26",
      "r48a-tei-64253: document: clause 3: topic ceasefire",
      "r48a-tei-64253: clause 3 is a variant of 19124/3",
      "r48a-tei-64253: clause 4 is a variant of 62784/13",
      "r48a-tei-64253: clause 5 is a variant of 62784/14",
      "r48a-tei-93107: Organization Joint Observer Teams",
      "r48a-tei-93107: Place Paengyong-do|Paengnyong-do|Baengnyeongdo",
      "r48a-tei-93107: clause 2 is a variant of 62784/14",
      "r48a-tei-93107: document: clause 2: concerns place "
      "Paengyong-do|Paengnyong-do|Baengnyeongdo",
      "r48a-tei-93107: document: clause 2: topic withdrawal",
      "r48a-tei-93107: document: clause 5: topic negotiation_procedure",
      "r48a-wilson-16439: embedded[0]: clause 3: topic withdrawal",
      "r48a-wilson-16439: embedded[0]: type telegram (got 'agreement')",
      "r48a-wilsonold-16587: Organization Military Armistice "
      "Commission|armistice commission",
      "r48a-wilsonold-16587: embedded[0]: date 1952-02-13 (got 1952-02-14)",
      "r48a-wilsonold-16587: link STANCE drops "
      "doc:cable-16587-1952-02-14/telegram-1952-02-14 -> "
      "doc:telegram-16439-1952-02-12/agreement-1952-02-11/clause-3",
      "r48a-wilsonold-16587: stance conditional on point 3",
      "r48b-tei-919276: Organization Far East Air Forces|FEAF",
      "r48b-tei-919276: Organization Naval Forces, Far East|NAVFE",
      "r48b-tei-919276: Place Chosin",
      "r48b-tei-919276: Place Fusen",
      "r48b-tei-919276: Place Kyosen",
      "r48b-tei-919276: Place Manchuria",
      "r48b-tei-919276: Place North Korea",
      "r48b-tei-919276: Place Tokyo",
      "r48b-tei-919276: clause 4 is a variant of 55783/3",
      "r48b-tei-919276: document: clause 2: topic prisoners_of_war",
      "r48b-tei-919276: link STANCE accepts doc:telegram-jcs-919276-1952-09-26 "
      "-> doc:telegram-cx-55783-1952-09-19/clause-1",
      "r48b-tei-919276: link STANCE insists doc:telegram-jcs-919276-1952-09-26 "
      "-> doc:telegram-cx-55783-1952-09-19/clause-2",
      "r48b-tei-919276: stance amends on point 2",
      "r48b-wilson-4079: link STANCE insists doc:telegram-4079-1952-07-17 -> "
      "doc:telegram-21542-1952-07-15/clause-a",
      "r48b-wilson-4079: link STANCE insists doc:telegram-4079-1952-07-17 -> "
      "doc:telegram-21542-1952-07-15/clause-b",
      "r48b-wilson-4079: link STANCE insists doc:telegram-4079-1952-07-17 -> "
      "doc:telegram-21542-1952-07-15/clause-v",
      "r48b-wilson-4079: link STANCE supports doc:telegram-4079-1952-07-17 -> "
      "doc:telegram-21542-1952-07-15/clause-2",
      "r48b-wilson-4079: stance accepts on point 1",
      "r48c-frus-61281: document: clause 1: topic prisoners_of_war",
      "r48c-frus-61281: embedded[0]: date 1953-02-22 (got 1953-02-20)",
      "r48c-frus-61281: embedded[0]: type letter (got 'message')",
      "r48c-tei-61848: Person Bradley",
      "r48c-tei-61848: Person Dulles|Secretary Dulles",
      "r48c-tei-61848: Place Washington",
      "r48c-tei-61848: clause 5 is a variant of 61765/5",
      "r48c-tei-61848: clause 6 is a variant of 61765/7",
      "r48c-tei-61848: clause 7 is a variant of 61765/8",
      "r48c-tei-61848: clause 8 is a variant of 61765/9",
      "r48c-tei-61848: embedded[0]: author Lee Sang Cho|Li Sang Cho",
      "r48c-tei-61848: embedded[0]: clause 2: topic prisoners_of_war",
      "r48c-tei-61848: embedded[0]: clause 3: topic prisoners_of_war",
      "r48c-tei-61848: embedded[0]: clause 4: topic prisoners_of_war",
      "r48c-tei-61848: embedded[0]: clause 5: topic prisoners_of_war",
      "r48c-tei-61848: embedded[0]: clause 6: topic prisoners_of_war",
      "r48c-tei-61848: embedded[0]: clause 7: topic prisoners_of_war",
      "r48c-tei-61848: embedded[0]: clause 8: topic prisoners_of_war",
      "r48c-tei-61848: link RESPONDS_TO  doc:telegram-cx-61848-1953-04-11 -> "
      "doc:telegram-jcs-936117-1953-04-10",
      "r48c-tei-61848: responds to {\"number\":\"61765\"}",
      "r48c-tei-61848: stance accepts on point 1",
      "r48c-tei-61848: stance accepts on point 2",
      "r48c-tei-61848: stance accepts on point 7",
      "r48c-tei-61848: stance accepts on point 8",
      "r48c-tei-61848: stance accepts on point 9",
      "r48c-tei-61848: stance amends on point 3",
      "r48c-tei-61848: stance amends on point 4",
      "r48c-tei-61848: stance amends on point 5",
      "r48c-tei-61848: stance drops on point 6",
      "r48c-tei-61848: stance rejects on point 6",
      "r48c-wilson-7351: stance accepts on point 1",
      "r48c-wilson-7351: stance accepts on point 2",
      "r48c-wilson-7351: stance accepts on point 4",
      "r48c-wilson-7351: stance amends on point 3",
      "r48c-wilson-7351: stance conditional on point 5",
      "r48c-wilsonold-7724: document: delegation exists",
      "r48c-wilsonold-7724: responds to {\"date\":\"1953-03-19\"}",
      "r48c-wilsonold-7724: stance accepts on point 1",
      "r48c-wilsonold-7724: stance accepts on point 2",
      "r48c-wilsonold-7724: stance accepts on point 4",
      "r48c-wilsonold-7724: stance amends on point 3",
      // Links that moved with round 49's pages: the Politburo's decision of 1
      // December 1951 answers Mao's cable of 28 November (round 49 holds one,
      // forwarding Li Kenong's of 27 November); a JCS answer of 24 July 1953
      // whose cited 'CX 638842' carries a footnote marker meets Clark's C 63879
      // of that day by date; nearer versions among round 49's points.
      "1951-12-01-politburo-P84-560: link RESPONDS_TO  "
      "doc:decision-p84-560-1951-12-01 -> doc:telegram-26317-1951-11-28",
      "1951-12-01-politburo-P84-560: link RESPONDS_TO  "
      "doc:decision-p84-560-1951-12-01/message-1951-12-01 -> "
      "doc:telegram-26317-1951-11-28",
      "1951-12-01-politburo-P84-560: link STANCE accepts "
      "doc:decision-p84-560-1951-12-01/message-1951-12-01 -> "
      "doc:telegram-26317-1951-11-28/telegram-1951-11-27/clause-2",
      "1951-12-01-politburo-P84-560: link STANCE supports "
      "doc:decision-p84-560-1951-12-01/message-1951-12-01 -> "
      "doc:telegram-26317-1951-11-28/telegram-1951-11-27/clause-3",
      "frus-tei-1953-05-09-telegram-1217: clause d is a variant of 62235/5",
      "r10b-frus-tei-1953-05-13-cx-62507: clause e is a variant of 62288/6",
      "r14b-frus-1951-11-27-hnc-534: clause 1 is a variant of 21680/2",
      "r30a-frus-tei-1953-05-13-cx-62488: clause 5 is a variant of 62349/6",
      "r33a-frus-1953-07-24-jcs-944512: link RESPONDS_TO  "
      "doc:telegram-jcs-944512-1953-07-24 -> doc:telegram-c-63879-1953-07-24",
      "r33a-frus-1953-07-24-jcs-944512: link STANCE accepts "
      "doc:telegram-jcs-944512-1953-07-24 -> "
      "doc:telegram-c-63879-1953-07-24/clause-4",
      "r33a-frus-1953-07-24-jcs-944512: responds to {\"number\":\"63884\"}",
      "r33c-frus-1953-05-13-cx-62471: clause 6 is a variant of 11742/6",
      "r34b-frus-1953-05-13-c-62479: clause 5 is a variant of 12873/5",
      "r34b-frus-tei-1953-05-25-hnc-1668: clause 5 is a variant of 12873/5",
      "r34b-frus-tei-1953-05-25-hnc-1668: clause 7 is a variant of 12873/7",
      "r37c-frus-tei-1953-05-09-jcs-938602: clause 4 is a variant of 62362/6",
      "r42c-tei-62387: clause e is a variant of 133/5",
      "r44b-tei-62411: clause 6 is a variant of 11893/6",
      "r47c-tei-936962: link STANCE accepts doc:telegram-jcs-936962-1953-04-13 "
      "-> doc:telegram-c-62031-1953-04-11/agreement-1953-04-11/clause-6",
      // Round 49 (blind), left after the rules it led to: positions on a
      // message's points by what they say, with no number ('Your instruction
      // to the troops ... we consider entirely correct'); 'we advise you to
      // give up' the addressee's point read as dropping it, where the writer
      // reads refusing; a position on a proposal the answered message itself
      // answers; an agreement cited by its date ('the third point of the
      // agreement of 27 November'); a quoted paper's signer and addressee
      // named in its introduction ('a paper of demands signed by Sr Col Lee
      // Hak Koo'); a second author joined after a date; military units;
      // topics of judgement.
      "r49a-cwihp-26317: clause 2 is a variant of 86804/1",
      "r49a-frus-63879: Organization ROK I Corps",
      "r49a-frus-63879: Organization ROK II Corps",
      "r49a-frus-63879: Organization Republic of Korea Army|ROK",
      "r49a-frus-63879: Place Hill 351",
      "r49a-frus-63879: clause 1 is a variant of 26317/3",
      "r49a-frus-63879: clause 1 is a variant of 26958/2",
      "r49a-frus-63879: clause 5 is a variant of 26317/1",
      "r49a-frus-63879: document: clause 4: concerns place Hill 351",
      "r49a-frus-63879: document: clause 5: topic buffer_zone",
      "r49a-wilson-6107: link STANCE drops doc:telegram-6107-1951-12-24 -> "
      "doc:cable-26958-1951-12-22/clause-4",
      "r49a-wilson-6107: stance insists on point 3",
      "r49a-wilson-6107: stance rejects on point 4",
      "r49a-wilsonold-26958: embedded[0]: author Qiao Guanhua|QIAO GUANHUA",
      "r49a-wilsonold-26958: embedded[0]: recipient Mao Zedong|MAO ZEDONG",
      "r49a-wilsonold-26958: stance accepts on point 3",
      "r49b-frus-68741: Organization 187th Airborne RCT|187th Airborne "
      "Regimental Combat Team",
      "r49b-tei-51146: Organization I Corps",
      "r49b-tei-51146: embedded[0]: author Lee Hak Koo|Lee Hak-ku|Yi Hak-ku",
      "r49b-tei-51146: embedded[0]: clause 1: proposed by Lee Hak Koo|Lee "
      "Hak-ku",
      "r49b-tei-51146: embedded[0]: clause 2: proposed by Lee Hak Koo|Lee "
      "Hak-ku",
      "r49b-tei-51146: embedded[0]: clause 3: proposed by Lee Hak Koo|Lee "
      "Hak-ku",
      "r49b-tei-51146: embedded[0]: clause 4: proposed by Lee Hak Koo|Lee "
      "Hak-ku",
      "r49b-tei-51146: embedded[0]: date 1952-05-10 (got 1952-05-11)",
      "r49b-tei-51146: embedded[0]: recipient Colson|Charles F. Colson",
      "r49b-tei-51146: embedded[1]: date 1952-05-10 (got 1952-05-11)",
      "r49b-tei-908730: Organization 187th Airborne RCT|187th Airborne "
      "Regimental Combat Team",
      "r49b-tei-908730: Person Boatner",
      "r49b-tei-908730: document: clause 1: topic prisoners_of_war",
      "r49b-wilsonold-15288: clause 4 is a variant of 14836/4",
      "r49b-wilsonold-15288: stance drops on negotiation_procedure",
      // An article is a point now ('the first and the second articles'): the
      // condition 'if the enemy strikes out his article on airfields' ties to
      // the draft's article on airfields.
      "r28b-1952-04-08-telegram-601096: link STANCE conditional "
      "doc:telegram-601096-1952-04-08/letter-1952-04-07 -> "
      "doc:cable-18052-1952-04-05/report-1952-04-04/agreement-1952-04-04/"
      "clause-43",
      // 'Point «в» should not be put forward now' read as refusing the point,
      // as three other pages' writers read advice not to table one; this writer
      // reads a deferral of the writers' own point as dropping it.
      "r22a-1951-08-19-cable-4462: link STANCE rejects "
      "doc:cable-4462-1951-08-19 -> "
      "doc:telegram-22987-1951-08-17/telegram-1951-08-16/clause-v",
      "r22a-1951-08-19-cable-4462: stance drops on point в",
      // Round 50 (blind), left after the rules it led to: charges of violations
      // answered by the own side's senior member ('Bryan rejected the charge',
      // 'admitted the violation'); an ordinal with its noun left out opening a
      // paragraph ('On the third, ...'), read only after a paragraph that names
      // the points, since an agenda's item is left out the same way; a reply's
      // paragraph numbers alone on their lines as the points it answers; 'agree
      // with the draft on the whole but'; the letter a report's date cites
      // ('text of which NNRC passed to UNC 21 Oct') against the letter of 19
      // Oct; 'agree to no extension'; a quoted letter's two signers; military
      // units and governments named by an adjective; topics of judgement.
      "r50a-cwihp-27433: embedded[0]: author Ding Guoyu|DING GUOYU|Ting Kuo-yu",
      "r50a-cwihp-27433: embedded[0]: author Lee Sang Cho|Li San Cho|Li Sang "
      "Cho|LI SAN CHO",
      "r50a-cwihp-27433: embedded[0]: clause 1: proposed by Lee Sang Cho|Li "
      "San Cho|Ding Guoyu",
      "r50a-cwihp-27433: embedded[0]: clause 2: proposed by Lee Sang Cho|Li "
      "San Cho|Ding Guoyu",
      "r50a-cwihp-27433: embedded[0]: clause 3: proposed by Lee Sang Cho|Li "
      "San Cho|Ding Guoyu",
      "r50a-cwihp-27433: embedded[0]: clause 4: proposed by Lee Sang Cho|Li "
      "San Cho|Ding Guoyu",
      "r50a-cwihp-27433: embedded[0]: clause 4: topic prisoners_of_war",
      "r50a-cwihp-27433: embedded[0]: clause 5: proposed by Lee Sang Cho|Li "
      "San Cho|Ding Guoyu",
      "r50a-frus-65317: Organization UNC Repatriation Group",
      "r50a-frus-65317: link RESPONDS_TO  doc:telegram-cx-65317-1953-10-24 -> "
      "doc:telegram-27433-1953-10-21",
      "r50a-frus-65317: link STANCE rejects doc:telegram-cx-65317-1953-10-24 "
      "-> doc:telegram-27433-1953-10-21/letter-1953-10-19/clause-2",
      "r50a-frus-65317: link STANCE rejects doc:telegram-cx-65317-1953-10-24 "
      "-> doc:telegram-27433-1953-10-21/letter-1953-10-19/clause-3",
      "r50a-frus-65317: link STANCE rejects doc:telegram-cx-65317-1953-10-24 "
      "-> doc:telegram-27433-1953-10-21/letter-1953-10-19/clause-5",
      "r50a-frus-65317: responds to {\"authors\":[\"Lee Sang Cho|Li San "
      "Cho|Ting Kuo-yu|Ding Guoyu\"],\"date\":\"1953-10-19\"}",
      "r50a-frus-65317: stance accepts on point 5",
      "r50a-frus-65317: stance amends on point 2",
      "r50a-frus-65317: stance conditional on point 3",
      "r50a-frus-65317: stance rejects on point 4",
      "r50a-frus-946325: Person Bryan",
      "r50a-frus-946325: document: clause 1: topic prisoners_of_war",
      "r50a-frus-946325: document: clause 2: topic prisoners_of_war",
      "r50a-frus-946325: document: clause 5: topic prisoners_of_war",
      "r50a-frus-946325: document: clause 6: topic prisoners_of_war",
      "r50a-frus-946325: stance accepts on point 1",
      "r50a-tei-64108: document: clause 1: topic prisoners_of_war",
      "r50a-tei-64108: document: clause 2: topic prisoners_of_war",
      "r50a-tei-64108: document: clause 3: topic prisoners_of_war",
      "r50a-tei-64108: document: clause 5: topic prisoners_of_war",
      "r50a-wilson-11857: link STANCE insists doc:telegram-11857-1953-10-12 -> "
      "doc:telegram-26847-1953-10-10/message-1953-10-10/clause-4",
      "r50a-wilson-11857: link STANCE insists doc:telegram-11857-1953-10-12 -> "
      "doc:telegram-26847-1953-10-10/message-1953-10-10/clause-8",
      "r50a-wilsonold-26847: embedded[0]: clause 6: topic prisoners_of_war",
      "r50a-wilsonold-26847: embedded[0]: date 1953-10-09 (got 1953-10-10)",
      "r50a-wilsonold-26847: embedded[0]: type decision (got 'message')",
      "r50b-cwihp-22168: Place Haeju",
      "r50b-cwihp-22168: Place Ongjin",
      "r50b-cwihp-22168: embedded[0]: clause 3: concerns place Haeju",
      "r50b-cwihp-22168: embedded[0]: clause 3: concerns place Ongjin",
      "r50b-cwihp-22168: embedded[0]: clause 3: topic withdrawal",
      "r50b-frus-65047: Organization Fifth Air Force",
      "r50b-frus-65047: Organization IX Corps",
      "r50b-frus-65047: Place Haeju",
      "r50b-frus-65047: Place Ongjin",
      "r50b-frus-65047: responds to {\"authors\":[\"Li Sang Cho|Lee Sang "
      "Cho\"],\"date\":\"1953-09-12\"}",
      "r50b-frus-65047: stance accepts on point 2",
      "r50b-frus-65047: stance conditional on point 4",
      "r50b-frus-65047: stance rejects on point 1",
      "r50b-frus-65047: stance rejects on point 3",
      "r50b-frus-65047: stance rejects on point 5",
      "r50b-frus-66311: Organization Government of Sweden|Swedish Government",
      "r50b-frus-66311: Organization Government of Switzerland|Swiss "
      "Government",
      "r50b-frus-66311: document: clause c: topic supervision",
      "r50b-frus-66311: document: clause d: topic movement_restriction",
      "r50b-frus-66311: document: clause d: topic supervision",
      "r50b-tei-953466: Organization Government of Sweden|Swedish Government",
      "r50b-tei-953466: Organization Government of Switzerland|Swiss "
      "Government",
      "r50b-tei-953466: Place Bern",
      "r50b-tei-953466: document: clause 3: topic supervision",
      "r50b-tei-953466: document: clause 4: topic movement_restriction",
      "r50b-wilson-17294: embedded[0]: clause 2: topic negotiation_procedure",
      "r50b-wilson-17294: embedded[0]: clause 3: topic negotiation_procedure",
      "r50b-wilson-17294: embedded[0]: clause 7: topic negotiation_procedure",
      "r50b-wilson-17294: link STANCE accepts doc:telegram-17294-1953-08-04 -> "
      "doc:telegram-17294-1953-08-04/telegram-1953-08-03/clause-7",
  };
  return kMisses;
}

// A pile imported in two commands is the pile imported in one: the second
// command's linker reads from the database what the first knew (pages
// stored under ids that are not their documents', planned points, the
// order of points, documents two pages give) and links as one would.
TEST(EndToEndHeldOutTest, TwoCommandsGiveTheGraphOfOne) {
  std::vector<std::string> pages = CorpusPages();
  for (const std::string& page : HeldOutPages()) pages.push_back(page);
  TempDir one, two;
  std::vector<std::string> args = {"import"};
  args.insert(args.end(), pages.begin(), pages.end());
  ASSERT_EQ(RunParleyOn(one.db(), args).exit_code, 0);
  auto half = pages.begin() + static_cast<std::ptrdiff_t>(pages.size() / 2);
  std::vector<std::string> first = {"import"}, second = {"import"};
  first.insert(first.end(), pages.begin(), half);
  second.insert(second.end(), half, pages.end());
  ASSERT_EQ(RunParleyOn(two.db(), first).exit_code, 0);
  ASSERT_EQ(RunParleyOn(two.db(), second).exit_code, 0);
  std::string a = ExportJson(one.db()), b = ExportJson(two.db());
  EXPECT_TRUE(a == b) << FirstDifference(a, b);
}

// The held-out pages imported with the seed and the corpus, as a
// historian's pile holds them: the facts that span documents may reach
// pages of the corpus. Only the held-out pages' facts are checked here.
TEST(EndToEndHeldOutTest, EveryExpectedFactButTheKnownMisses) {
  std::vector<std::string> pages = HeldOutPages();
  ASSERT_EQ(pages.size(), 709u);
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
  // Persons tied to a page that its file does not expect, and why: the relay of
  // the second document of a CWIHP item, which the file gives only among its
  // other documents; an OCR slip ("RIDGVVAY") no fuzzy match reaches; "Gen
  // Lee" alone, twice.
  static const std::set<std::string> kKnownExtra = {
      // "Col Chang" after "Col Chang Chun San": the surname alone, which no
      // table holds.
      "r24c-frus-tei-1952-10-17-cx-57254: person Chang",
      // The drafting office's note under the heading (deliberately left out
      // of the file), as with JCS 900075 below.
      "r25b-frus-tei-1953-06-05-telegram-1779: person U. Alexis Johnson",
      // The translator's credit ("Translated by Gary Goldberg").
      "r25c-1952-10-17-telegram-603316: person Gary Goldberg",
      // The translator's credit ("Translated by Kathryn Weathersby").
      "r13a-1951-06-24-cable-3777: person Kathryn Weathersby",
      "r12a-1952-06-05-cwihp-20284: person Krasovsky",
      "r12b-1951-12-24-letter-kim-peng-ridgway: person Matthew B. Ridgvvay",
      "r12b-frus-1951-12-12-hnc-550: person Lee",
      "r18c-frus-1952-05-21-cx-68433: person Lee",
      // Those who drafted the instruction, named in the editors' note.
      "r17b-frus-tei-1952-02-02-jcs-900075: person H. Freeman Matthews",
      "r17b-frus-tei-1952-02-02-jcs-900075: person U. Alexis Johnson",
      // Round 26-28 (blind): a phrase the name finder takes for a person
      // ('Injured Captured Personnel' in a title, 'Kim' alone for Premier Kim).
      "r27b-1953-04-11-telegram-li-kenong-mao: person Injured Captured "
      "Personnel",
      "r27c-1952-05-06-telegram-mao-li-kenong: person Kim",
      // Round 33 (blind): Nam Il and Libby named only in TEI footnotes,
      // which this writer left out of the persons.
      "r33b-frus-tei-1951-12-11-c-59081: person Nam Il",
      "r33b-frus-tei-1951-12-11-c-59081: person Ruthven E. Libby",
      // Round 43 (blind): the UNC's five points of 25 May that Bohlen
      // handed Molotov are one Document with another page's copy of them,
      // which names Harrison as the one who tabled them.
      "r43b-wilsonold-120917: person William K. Harrison Jr.",
      // Two CWIHP prints of the Stalin-Zhou conversation of 19 September
      // 1952 (this page and round 43's) are one Document, which names the
      // persons of both.
      "1952-09-19-cwihp-conversation-stalin-zhou: person Chen Yun",
      "1952-09-19-cwihp-conversation-stalin-zhou: person Kim Il Sung",
      "1952-09-19-cwihp-conversation-stalin-zhou: person Nikolai Fedorenko",
      // Round 44's print of resolution 858-372ss is one Document with this
      // page's, and names Malik, who carries the letter to Pyongyang.
      "1953-03-19-resolution-858-372: person Yakov Malik",
      // The next item's section title ("THE ROBERTSON MISSION") below the
      // source line of this print.
      "r21c-1953-06-24-cwihp-telegram-molotov-kuznetsov: person Walter S. "
      "Robertson",
      // Round 45's copy of Peng Dehuai's telegram of 20 June 1953 is one
      // Document with this page's, and names Kim Il Sung and Clark.
      "1953-06-20-telegram-peng-dehuai-mao: person Kim Il Sung",
      "1953-06-20-telegram-peng-dehuai-mao: person Mark W. Clark",
      // "Premier Kim" alone among the copies' holders.
      "r45a-wilson-41: person Kim",
      // The translator's credit ("Translated by Kathryn Weathersby").
      "r48c-wilsonold-7724: person Kathryn Weathersby",
  };
  std::set<std::string> unexpected(extra.begin(), extra.end());
  for (const std::string& e : kKnownExtra) unexpected.erase(e);
  std::vector<std::string> extra_left(unexpected.begin(), unexpected.end());
  EXPECT_TRUE(extra_left.empty())
      << "persons not expected:" << joined(extra_left);
  // The shared scorer counts the same 35,556 facts on these pages imported
  // alone together and passes 32,322 (here the corpus is imported with
  // them, and its pages answer some of theirs; 3917 misses the same stance
  // twice; a clause that is absent misses its topics and terms as well).
  EXPECT_EQ(total, 35556);
  EXPECT_EQ(passed, 32465);
}

}  // namespace
}  // namespace parley::cli_test
