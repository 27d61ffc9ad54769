// The number markers every reader shares (importers/detail/line_words.cc):
// which marks a number is read after, and which look like one and are not.
#include <gtest/gtest.h>

#include <string>

#include "importers/detail/page_reader.h"

namespace parley::importers::detail {
namespace {

TEST(NumberAfterMarkerTest, EveryMarkTheLayoutsPrint) {
  EXPECT_EQ(NumberAfterMarker("Ciphered Telegram No. 21404"), "21404");
  EXPECT_EQ(NumberAfterMarker("CABLE Nº 21680"), "21680");
  EXPECT_EQ(NumberAfterMarker("Шифртелеграмма № 3950"), "3950");
  EXPECT_EQ(NumberAfterMarker("TELEGRAM NO. 4279."), "4279");
  EXPECT_EQ(NumberAfterMarker("Protocol N° P83/280,"), "P83/280");
  EXPECT_EQ(NumberAfterMarker("# 13464"), "13464");
  EXPECT_EQ(NumberAfterMarker("as telegram no. 262"), "262");
  // The numero sign as OCR reads it in a scanned transcription.
  EXPECT_EQ(NumberAfterMarker("CABLE Nє 22531"), "22531");
}

// The last sentence, the one that leads into what follows: the full stop of
// a form of address or an initial ends none; an editor's footnote number or
// a closing quotation mark after a full stop does not hide the end.
TEST(LastSentenceTest, WhereTheSentenceBeforeEnds) {
  EXPECT_EQ(LastSentence("The enemy agreed. We propose:"), "We propose:");
  EXPECT_EQ(LastSentence("We consider it possible to have Cde. NAM IL put "
                         "forward the following:"),
            "We consider it possible to have Cde. NAM IL put forward the "
            "following:");
  EXPECT_EQ(LastSentence("They met at Kaesong.[1] We intend to act as "
                         "follows:"),
            "We intend to act as follows:");
  EXPECT_EQ(LastSentence("He said \"no.\" We then proposed:"),
            "We then proposed:");
}

// The OCR's letters for digits in a number otherwise of digits are mended;
// a number with letters of its own is kept as printed.
TEST(NumberAfterMarkerTest, TheOcrsLettersForDigits) {
  EXPECT_EQ(NumberAfterMarker("CABLE N° 2l59O"), "21590");
  EXPECT_EQ(NumberAfterMarker("Ciphered Telegram No. I459"), "1459");
  EXPECT_EQ(NumberAfterMarker("Protocol N° P83/280,"), "P83/280");
  EXPECT_EQ(NumberAfterMarker("No. 502597/sh"), "502597/sh");
  EXPECT_EQ(NumberAfterMarker("Outgoing No. 1074-gs"), "1074-gs");
}

// A footnote's number glued to the last word of a sentence ends it too;
// after a number ("Embtel 2175.1") it may be a decimal, and does not.
TEST(LastSentenceTest, AFootnoteNumberGluedToAWord) {
  EXPECT_EQ(LastSentence("Full report will go forward within a few hours.2 "
                         "Meanwhile, the main points are these:"),
            "Meanwhile, the main points are these:");
  EXPECT_EQ(LastSentence("See Embtel 2175.1 Saw Gromyko today."),
            "See Embtel 2175.1 Saw Gromyko today.");
}

TEST(NumberAfterMarkerTest, TheFirstMarkerInTheTextWins) {
  // Whatever its kind: "Nº 262" stands before "No. 4279".
  EXPECT_EQ(NumberAfterMarker("telegram Nº 262, in reply to No. 4279"), "262");
  EXPECT_EQ(NumberAfterMarker("cable # 77 of 3 July, No. 12"), "77");
}

TEST(NumberAfterMarkerTest, WordsThatOnlyLookLikeAMarker) {
  // A lower-case "no." ends a word, or stands before no number.
  EXPECT_EQ(NumberAfterMarker("the casino. 5 guests"), "");
  EXPECT_EQ(NumberAfterMarker("they said no. The talks went on"), "");
  // "#" before a word is no number sign.
  EXPECT_EQ(NumberAfterMarker("item # two"), "");
  // A marker with nothing after it gives way to the next one.
  EXPECT_EQ(NumberAfterMarker("No., see No. 5"), "5");
}

TEST(EndsWithNumberMarkerTest, ANumberAfterItsMarkerIsNoCount) {
  EXPECT_TRUE(EndsWithNumberMarker("sent as telegram No. "));
  EXPECT_TRUE(EndsWithNumberMarker("Copy Nº"));
  EXPECT_TRUE(EndsWithNumberMarker("cable no."));
  EXPECT_TRUE(EndsWithNumberMarker("message #"));
  EXPECT_FALSE(EndsWithNumberMarker("received at"));
  EXPECT_FALSE(EndsWithNumberMarker("the casino."));
}

}  // namespace
}  // namespace parley::importers::detail
