#include "importers/layouts/frus_common.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace parley::importers::layouts {
namespace {

// The names of `parties`, each checked against the text its span points at.
std::vector<std::string> Names(const std::vector<Party>& parties,
                               std::string_view text, size_t offset = 0) {
  std::vector<std::string> names;
  for (const Party& p : parties) {
    EXPECT_EQ(text.substr(p.span.start - offset, p.span.end - p.span.start),
              p.name);
    names.push_back(p.name);
  }
  return names;
}

using Strings = std::vector<std::string>;

TEST(FrusHeadingTest, OfficeWithSurnameIsThePersonOfficeAloneIsTheOffice) {
  std::string_view h =
      "449. The Commander in Chief, United Nations Command (Ridgway) to the "
      "Joint Chiefs of Staff";
  FrusHeading heading = ParseFrusHeading(h, 0);
  EXPECT_EQ(heading.document_number, 449);
  EXPECT_EQ(heading.title.text, h.substr(5));
  EXPECT_EQ(heading.parties.text, h.substr(5));
  EXPECT_EQ(Names(heading.authors, h), Strings{"Ridgway"});
  EXPECT_EQ(Names(heading.recipients, h), Strings{"Joint Chiefs of Staff"});
  EXPECT_EQ(heading.doc_type, "");
}

TEST(FrusHeadingTest, SpansAreOffsetsOfTheRecordText) {
  std::string text =
      "Document 17\n\n17. The Joint Chiefs of Staff to the Commander in "
      "Chief Far East (Ridgway)\n";
  size_t at = text.find("17. ");
  FrusHeading heading = ParseFrusHeading(text.substr(at, 80), at);
  EXPECT_EQ(Names(heading.authors, text), Strings{"Joint Chiefs of Staff"});
  EXPECT_EQ(Names(heading.recipients, text), Strings{"Ridgway"});
}

TEST(FrusHeadingTest, OfficesWithoutPersons) {
  std::string_view h = "The Secretary of State to the Embassy in Korea";
  FrusHeading heading = ParseFrusHeading(h, 0);
  EXPECT_EQ(heading.document_number, 0);
  EXPECT_EQ(Names(heading.authors, h), Strings{"Secretary of State"});
  EXPECT_EQ(Names(heading.recipients, h), Strings{"Embassy in Korea"});
}

TEST(FrusHeadingTest, DocumentTypeWordsOpenTheHeading) {
  std::string_view h =
      "Memorandum by the Director of the Policy Planning Staff (Nitze) to "
      "the Secretary of State";
  FrusHeading heading = ParseFrusHeading(h, 0);
  EXPECT_EQ(heading.doc_type, "memorandum");
  EXPECT_EQ(Names(heading.authors, h), Strings{"Nitze"});
  EXPECT_EQ(Names(heading.recipients, h), Strings{"Secretary of State"});

  std::string_view m =
      "Memorandum of Conversation, by the Secretary of State (Acheson)";
  heading = ParseFrusHeading(m, 0);
  EXPECT_EQ(heading.doc_type, "memorandum");
  EXPECT_EQ(Names(heading.authors, m), Strings{"Acheson"});
  EXPECT_TRUE(heading.recipients.empty());

  heading = ParseFrusHeading("Editorial Note", 0);
  EXPECT_EQ(heading.doc_type, "editorial note");
  EXPECT_TRUE(heading.authors.empty());
  EXPECT_TRUE(heading.parties.empty());

  // A paper the Department prepared: a paper, and the words after its kind
  // are no party.
  heading =
      ParseFrusHeading("Position Paper Prepared in the Department of State", 0);
  EXPECT_EQ(heading.doc_type, "paper");
  EXPECT_TRUE(heading.authors.empty());
}

TEST(FrusHeadingTest, SplitsAtTheToAfterThePersonAndAtAndThe) {
  std::string_view h =
      "The Special Assistant to the Secretary (Smith) and the Secretary of "
      "Defense (Lovett) to the Ambassador to Korea (Muccio)";
  FrusHeading heading = ParseFrusHeading(h, 0);
  EXPECT_EQ(Names(heading.authors, h), (Strings{"Smith", "Lovett"}));
  EXPECT_EQ(Names(heading.recipients, h), Strings{"Muccio"});
  // "and" inside an office's name does not split it.
  std::string_view o =
      "The Commander in Chief, Far East and United Nations Command (Ridgway) "
      "to the Joint Chiefs of Staff";
  EXPECT_EQ(Names(ParseFrusHeading(o, 0).authors, o), Strings{"Ridgway"});
}

TEST(FrusHeadingTest, FootnoteMarkersGluedToTheEndAreNotPartOfNames) {
  std::string_view h =
      "12. The Commander in Chief, Far East (Ridgway)1 to the Joint Chiefs "
      "of Staff2";
  FrusHeading heading = ParseFrusHeading(h, 0);
  EXPECT_EQ(Names(heading.authors, h), Strings{"Ridgway"});
  EXPECT_EQ(Names(heading.recipients, h), Strings{"Joint Chiefs of Staff"});
  EXPECT_EQ(heading.title.text.back(), 'f');
  // A number that belongs to the office stays.
  auto party = ParseFrusParty("the Commander, Task Force 77", 0);
  ASSERT_TRUE(party);
  EXPECT_EQ(party->name, "Commander, Task Force 77");
}

TEST(FrusSourceNoteTest, TheLastPartIsTheDocumentType) {
  std::string_view n = "Lot 55D128: Black Book, Tab 78: Telegram";
  FrusSourceNote note = ParseSourceNote(n, 0);
  EXPECT_EQ(note.citation.citation, "Lot 55D128: Black Book, Tab 78");
  EXPECT_EQ(n.substr(note.citation.span.start,
                     note.citation.span.end - note.citation.span.start),
            "Lot 55D128: Black Book, Tab 78");
  EXPECT_EQ(note.doc_type, "telegram");

  note = ParseSourceNote("795.00/1–3152: Telegram", 0);
  EXPECT_EQ(note.citation.citation, "795.00/1–3152");

  note =
      ParseSourceNote("Source: 611.95/7–251: Memorandum of Conversation.", 0);
  EXPECT_EQ(note.citation.citation, "611.95/7–251");
  EXPECT_EQ(note.doc_type, "memorandum");

  // No type at the end: all of it is the citation.
  note = ParseSourceNote("Lot 55D128: Black Book, Tab 78", 0);
  EXPECT_EQ(note.citation.citation, "Lot 55D128: Black Book, Tab 78");
  EXPECT_EQ(note.doc_type, "");
  EXPECT_EQ(DocTypeFromWords("Telegram"), "telegram");
  EXPECT_EQ(DocTypeFromWords("Letter From the President"), "letter");
  EXPECT_EQ(DocTypeFromWords("Notes on a meeting"), "");
}

// The editors may say more after the type ("Drafted by ... Repeated for
// information to London."): a remark apart from the citation, whose names
// are the page's mentions.
TEST(FrusSourceNoteTest, WhatFollowsTheTypeIsARemark) {
  std::string_view n =
      "795.00/11–2152: Telegram. Drafted by U. Alexis Johnson. Repeated to "
      "London.";
  FrusSourceNote note = ParseSourceNote(n, 10);
  EXPECT_EQ(note.citation.citation, "795.00/11–2152");
  EXPECT_EQ(note.doc_type, "telegram");
  EXPECT_EQ(
      n.substr(note.remark.start - 10, note.remark.end - note.remark.start),
      "Drafted by U. Alexis Johnson. Repeated to London.");
  EXPECT_TRUE(ParseSourceNote("795.00/1–3152: Telegram", 0).remark.empty());
}

std::string NumberOf(std::string_view paragraph) {
  auto n = FindMessageNumber(paragraph, 100);
  if (!n) return "(none)";
  EXPECT_EQ(paragraph.substr(n->span.start - 100, n->span.end - n->span.start),
            n->text);
  return n->text;
}

TEST(FrusMessageNumberTest, AsPrintedAtTheStartOfTheText) {
  EXPECT_EQ(NumberOf("HNC–108. This msg in five parts."), "HNC–108");
  EXPECT_EQ(NumberOf("JCS 92059. From JCS. Reur CX 61348.1"), "JCS 92059");
  EXPECT_EQ(NumberOf("C–58115. My C–58114. Once agenda"), "C–58115");
  EXPECT_EQ(NumberOf("  HNC-112, personal from Ridgway"), "HNC-112");
  EXPECT_EQ(NumberOf("Secto 12. For the Secretary."), "Secto 12");
  EXPECT_EQ(NumberOf("Gadel 131. Personal for the Secretary"), "Gadel 131");
  EXPECT_EQ(NumberOf("520. Re Deptel 33."), "520");
  // A routing indicator in capitals after the number.
  EXPECT_EQ(NumberOf("GX 51146 KCG. Personal for Ridgway"), "GX 51146");
}

TEST(FrusMessageNumberTest, NotPartsParagraphsOrPlainWords) {
  EXPECT_EQ(NumberOf("Part 1. Summary: The 50-minute morning session"),
            "(none)");
  EXPECT_EQ(NumberOf("PART 2. Progress made"), "(none)");
  EXPECT_EQ(NumberOf("1. We agree with the views"), "(none)");
  EXPECT_EQ(NumberOf("12. The Communists asked"), "(none)");
  EXPECT_EQ(NumberOf("ROK 12 divisions held the line."), "(none)");
  EXPECT_EQ(NumberOf("ROK 12 DIVS held the line."), "(none)");
  EXPECT_EQ(NumberOf("UNC took every item of the Communist agenda"), "(none)");
  EXPECT_EQ(NumberOf(""), "(none)");
}

// The editors' note of receipt under a dateline, in the dateline's year;
// a bracketed note of another kind is none.
TEST(FrusDatelineTest, TheReceiptUnderTheDateline) {
  auto d = ParseReceivedLine("[Received December 3—9:08 a.m.]", 0, 1951);
  ASSERT_TRUE(d);
  EXPECT_EQ(IsoDateTime(d->date, d->time), "1951-12-03T09:08");
  EXPECT_FALSE(ParseReceivedLine("[Not printed.]", 0, 1951));
  EXPECT_FALSE(ParseReceivedLine("Received December 3", 0, 1951));
}

TEST(FrusDatelineTest, PlaceDateAndTime) {
  std::string_view line = "Tokyo, July 18, 1951—2 p.m.";
  auto d = ParseDateline(line, 0);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date.Iso(), "1951-07-18");
  EXPECT_EQ(
      line.substr(d->date_span.start, d->date_span.end - d->date_span.start),
      "July 18, 1951");
  EXPECT_EQ(d->place.text, "Tokyo");
  ASSERT_TRUE(d->time);
  EXPECT_EQ(IsoDateTime(d->date, d->time), "1951-07-18T14:00");

  d = ParseDateline("Washington, January 31, 1952—7:14 p.m.", 0);
  ASSERT_TRUE(d);
  EXPECT_EQ(IsoDateTime(d->date, d->time), "1952-01-31T19:14");
  // Military time with its zone letter, the day before the month.
  d = ParseDateline("Munsan-ni, Korea, 18 March 1952—2140K.", 0);
  ASSERT_TRUE(d.has_value());
  ASSERT_TRUE(d->time.has_value());
  EXPECT_EQ(d->time->hour, 21);
  EXPECT_EQ(d->time->minute, 40);
  EXPECT_EQ(d->place.text, "Munsan-ni, Korea");
  d = ParseDateline("Pusan, August 3, 1951—noon.", 0);
  ASSERT_TRUE(d);
  EXPECT_EQ(IsoDateTime(d->date, d->time), "1951-08-03T12:00");
  d = ParseDateline("Tokyo, 18 July 1951, 12 a.m.", 0);
  ASSERT_TRUE(d);
  EXPECT_EQ(IsoDateTime(d->date, d->time), "1951-07-18T00:00");
}

TEST(FrusDatelineTest, EditorialBracketsAreNotPartOfThePlace) {
  std::string_view line = "[Tokyo,] July 18, 1951.";
  auto d = ParseDateline(line, 10);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->place.text, "Tokyo");
  EXPECT_EQ(d->place.span.start, 11u);
  EXPECT_FALSE(d->time);
  EXPECT_EQ(PlaceName("[Tokyo,]", 0).text, "Tokyo");
}

TEST(FrusDatelineTest, SentencesWithDatesAreNotDatelines) {
  EXPECT_FALSE(ParseDateline("On July 18, 1951 the delegations met.", 0));
  EXPECT_FALSE(ParseDateline(
      "HNC–108. This msg in five parts. Subj: Armistice conference at "
      "Kaesong 17 July 1951.",
      0));
  EXPECT_FALSE(ParseDateline("secret", 0));
  EXPECT_FALSE(ParseDateline("", 0));
}

TEST(FrusDateTest, SubjectLineDate) {
  std::string_view p =
      "HNC–108. This msg in five parts. Subj: Armistice conference at "
      "Kaesong 17 July 1951.";
  auto d = FindSubjectDate(p, 0);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date.Iso(), "1951-07-17");
  EXPECT_EQ(p.substr(d->span.start, d->span.end - d->span.start),
            "17 July 1951");
  d = FindSubjectDate("Subj: Armistice conf in Kaesong, 18 Jul 51.", 0);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date.Iso(), "1951-07-18");
  EXPECT_FALSE(FindSubjectDate("The session of 17 July 1951 went on.", 0));
  EXPECT_FALSE(FindSubjectDate("Subj: agenda item 2.", 0));
}

TEST(FrusDateTest, StateDepartmentFileNumberIsMonthDayYear) {
  std::string_view n = "795.00/1–3152: Telegram";
  auto d = DateFromFileNumber(n, 0);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date.Iso(), "1952-01-31");
  EXPECT_EQ(n.substr(d->span.start, d->span.end - d->span.start),
            "795.00/1–3152");
  d = DateFromFileNumber("795.00/7–251", 0);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date.Iso(), "1951-07-02");
  d = DateFromFileNumber("611.95/12-1451: Telegram", 0);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date.Iso(), "1951-12-14");
  EXPECT_FALSE(DateFromFileNumber("Lot 55D128: Black Book, Tab 78", 0));
  EXPECT_FALSE(DateFromFileNumber("795.00/13–151", 0));  // no 13th month
  EXPECT_FALSE(DateFromFileNumber("795.00/7–51", 0));    // no day
}

std::string Marks(std::string_view line) {
  auto marks = ParseSecurityLine(line, 0);
  if (!marks) return "(none)";
  std::string out;
  for (const Printed& p : marks->classification) {
    EXPECT_EQ(line.substr(p.span.start, p.span.end - p.span.start), p.text);
    out += "C:" + p.text + ";";
  }
  for (const Printed& p : marks->precedence) out += "P:" + p.text + ";";
  return out;
}

TEST(FrusSecurityLineTest, ClassificationAndPrecedenceAsPrinted) {
  EXPECT_EQ(Marks("secret"), "C:secret;");
  EXPECT_EQ(Marks("top secret"), "C:top secret;");
  EXPECT_EQ(Marks("flash"), "P:flash;");
  EXPECT_EQ(Marks("operational immediate"), "P:operational immediate;");
  EXPECT_EQ(Marks("secret   priority"), "C:secret;P:priority;");
  EXPECT_EQ(Marks("Top Secret—Operational Immediate"),
            "C:Top Secret;P:Operational Immediate;");
  EXPECT_EQ(Marks("CONFIDENTIAL NIACT"), "C:CONFIDENTIAL;P:NIACT;");
  EXPECT_EQ(Marks("Top Secret   Eyes Only"), "C:Top Secret;");
}

TEST(FrusSecurityLineTest, OtherLinesAreNot) {
  EXPECT_EQ(Marks("Secretary of State"), "(none)");
  EXPECT_EQ(Marks("secret talks began"), "(none)");
  EXPECT_EQ(Marks("Eyes only"), "(none)");
  EXPECT_EQ(Marks(""), "(none)");
}

}  // namespace
}  // namespace parley::importers::layouts
