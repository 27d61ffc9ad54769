// Topics of negotiation clauses (data/topics.tsv): each topic with cue words
// and phrases in Russian and English; a clause gets every topic whose cue it
// contains.
#ifndef PARLEY_IMPORTERS_TOPICS_H_
#define PARLEY_IMPORTERS_TOPICS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"

namespace parley::importers {

class TopicList {
 public:
  // Parses the topics file format (see data/README.md); errors name
  // `source` and the line.
  static Result<TopicList> Parse(std::string_view text,
                                 const std::string& source);
  static Result<TopicList> LoadFile(const std::string& path);

  // The topics whose cues occur in `text` (any language), in the file's
  // order, without duplicates. Anchor phrases that only date another term
  // ("from the day of the ceasefire", "со дня прекращения огня") do not
  // count as cues.
  std::vector<std::string> Classify(std::string_view text) const;

  // True when `topic` is an instrument of others (`instrument yes`): a
  // commission supervises what its list is about, so a point that has only
  // instrument topics takes its list's topic too.
  bool IsInstrument(std::string_view topic) const;

  // The topics one of whose anaphors (`anaphor` rows: "conference" for
  // political_settlement) occurs in `text`: a word that speaks of the topic
  // only where its list has named it in full ("The conference shall be
  // composed ..." after "The political conference shall convene ...").
  std::vector<std::string> Anaphoric(std::string_view text) const;

  // Every topic name, in the file's order.
  std::vector<std::string> names() const;

 private:
  // A cue or an ignored phrase, folded and cut into words. Each word matches
  // the start of a text word ("пленн" matches "пленными"), or the whole word
  // when written with a trailing "$"; "..." between two words lets up to
  // kMaxGap other words stand between them, within one sentence.
  struct Phrase {
    struct Word {
      std::string text;
      bool whole = false;       // "arms$" is not "armstrong"
      bool gap_before = false;  // "foreign ... forces"
    };
    std::vector<Word> words;
  };
  struct Topic {
    std::string name;
    std::vector<Phrase> cues;
    std::vector<std::string> suppressed_by;  // topics that make this one moot
    bool instrument = false;
    std::vector<Phrase> anaphors;  // words that stand for it in its list
  };
  // A word of the text being classified.
  struct TextWord {
    std::string text;
    int sentence = 0;
    bool ignored = false;  // inside an ignored phrase
  };
  // A topic's cue, by indexes into topics_.
  struct CueRef {
    uint32_t topic = 0;
    uint32_t cue = 0;
  };
  static constexpr int kMaxGap = 6;

  // Reads a phrase as written in the file; false with `error` set when it
  // is malformed.
  static bool ParsePhrase(std::string_view written, Phrase& phrase,
                          std::string& error);
  // The words of `text`, folded, with their sentences; punctuation left out.
  static std::vector<TextWord> TextWords(std::string_view text);
  // One past the last word of a match of `phrase` beginning at `start`, or
  // 0 when it does not match there.
  static size_t MatchEnd(const Phrase& phrase,
                         const std::vector<TextWord>& words, size_t start);

  const Phrase& Cue(const CueRef& ref) const {
    return topics_[ref.topic].cues[ref.cue];
  }

  std::vector<Topic> topics_;
  std::vector<Phrase> ignored_phrases_;  // anchors that only date a term
  std::vector<CueRef> cue_starts_;       // every cue, by its first word
};

}  // namespace parley::importers

#endif  // PARLEY_IMPORTERS_TOPICS_H_
