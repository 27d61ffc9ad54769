// The messages a cable cites by number as the ones it answers ("Reurmsg C
// 62859", "Deptel 1401"), for the replies stage.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "importers/detail/page_reader.h"
#include "importers/detail/point_names.h"

namespace parley::importers::detail {

// "Reurmsg C 62859", "Reurtel 1862", "Reur CX 61348.1", "Refs: A. CX 61670",
// "Reference JCS 941872", "Deptel 1401": the cable abbreviations for
// "regarding your message", "references" and the other's telegram, then a
// number with or without its series letters.
std::vector<CitedNumber> CitedNumbers(
    std::string_view t, const std::vector<std::string>& document_words) {
  // "Deptel 1401" in an embassy's answer, "Embtel 1712" in the
  // Department's: the other's telegram.
  static constexpr std::string_view kCues[] = {
      "reurmsg", "reurtel", "reur", "urmsg",  "urtel",  "ref",
      "refs",    "reftel",  "re",   "deptel", "embtel", "reference"};
  std::vector<CitedNumber> out;
  std::vector<std::string_view> ws = Words(t);
  auto bare = [](std::string_view w) { return StripTrailing(w, ".,;:)"); };
  auto digits = [](std::string_view w) {
    size_t n = 0;
    while (n < w.size() && std::isdigit(static_cast<unsigned char>(w[n]))) ++n;
    return n;
  };
  // "Ref: (a) your CX 50761, DTG 250915Z; (b) your CX 50802": once a
  // reference cue has opened the list, each of its letters opens another.
  auto list_letter = [](std::string_view w) {
    return w.size() == 3 && w[0] == '(' && w[2] == ')' &&
           std::isalpha(static_cast<unsigned char>(w[1]));
  };
  bool in_refs = false;
  for (size_t w = 0; w + 1 < ws.size(); ++w) {
    std::string cue = LowerText(bare(ws[w]));
    // "Reference JCS 941872", not "with reference to your proposals": the
    // word spelled out only right before a series or a number.
    if (cue == "reference" &&
        (w + 1 == ws.size() ||
         (!std::isupper(static_cast<unsigned char>(ws[w + 1][0])) &&
          !std::isdigit(static_cast<unsigned char>(ws[w + 1][0])))))
      continue;
    auto number_sign = [&](size_t k) {
      return ws[k] == "No" ||
             std::find(std::begin(kNumberSigns), std::end(kNumberSigns),
                       ws[k]) != std::end(kNumberSigns);
    };
    // "На № 12208." or "Your Nº 24308." heading a reply: the number it
    // answers.
    // So does "In reply to your Nº 359.", "В ответ на Ваш № 359".
    auto after_reply = [&] {
      if (w < 2) return false;
      std::string to = LowerText(ws[w - 1]), verb = LowerText(ws[w - 2]);
      return (to == "to" && (verb == "reply" || verb == "answer" ||
                             verb == "replying" || verb == "answering")) ||
             (to == "на" && verb == "ответ");
    };
    bool reply_to = (cue == "на" || cue == "your" || cue == "ваш") &&
                    (w == 0 || (cue != "на" && after_reply())) &&
                    number_sign(w + 1);
    // "the contents of your telegram No. 5463": the addressee's, named.
    bool yours = (cue == "your" || cue.starts_with("ваш")) &&
                 w + 3 < ws.size() && number_sign(w + 2) &&
                 std::ranges::any_of(document_words, [&](const std::string& d) {
                   return LowerText(ws[w + 1]).starts_with(d);
                 });
    // "point 4 of our No. 1368", "нашей телеграммы № 1368": the writers'.
    static constexpr std::string_view kOurs[] = {
        "our",   "my",    "наш", "наша", "нашей", "нашего", "нашу",
        "нашим", "нашем", "мой", "моя",  "моей",  "моего",  "мою"};
    bool own = std::ranges::find(kOurs, cue) != std::end(kOurs) &&
               w + 2 < ws.size() &&
               (number_sign(w + 1) ||
                (w + 3 < ws.size() && number_sign(w + 2) &&
                 std::ranges::any_of(document_words, [&](const std::string& d) {
                   return LowerText(ws[w + 1]).starts_with(d);
                 })));
    // "Your Secto 287 of May 22." opening a sentence: the addressee's
    // message it answers, by its series and number (not "in line with para
    // A, ur CX 62465", which only cites it).
    bool opens = w == 0 || ws[w - 1].ends_with('.') || ws[w - 1].ends_with(':');
    if ((cue == "your" || cue == "ur") && opens && w + 2 < ws.size() &&
        digits(ws[w + 2]) > 0) {
      std::string_view series = bare(ws[w + 1]);
      bool capitals = !series.empty() && series.size() <= 4 &&
                      std::ranges::all_of(series, [](char c) {
                        return std::isupper(static_cast<unsigned char>(c)) != 0;
                      });
      if (capitals || std::ranges::find(kMixedCaseSeries, series) !=
                          std::end(kMixedCaseSeries))
        reply_to = true;
    }
    const size_t first_word = w;  // "your", where the evidence starts
    if (yours || own) {
      if (!number_sign(w + 1)) ++w;
      reply_to = true;
    }
    // "(ciphered telegram No. 21805)", "(шифртелеграмма № 21805)" after what
    // it carried: the telegram cited.
    if (!reply_to && ws[w].starts_with("(") && w + 2 < ws.size()) {
      size_t at = w;
      std::string word = LowerText(ws[w].substr(1));
      if (word == "ciphered" || word == "cipher") word = LowerText(ws[++at]);
      bool document =
          word.starts_with("шифртелеграмм") ||
          std::ranges::any_of(document_words, [&](const std::string& d) {
            return word.starts_with(d);
          });
      if (document && at + 2 < ws.size() && number_sign(at + 1)) {
        w = at;
        reply_to = true;
      }
    }
    bool listed = in_refs && list_letter(ws[w]);
    if (!reply_to && !listed &&
        std::find(std::begin(kCues), std::end(kCues), cue) == std::end(kCues))
      continue;
    in_refs = in_refs || !reply_to;
    size_t k = w + 1;
    if (!listed && k + 1 < ws.size() && list_letter(StripTrailing(ws[k], ",")))
      ++k;
    // "Ref my C 62288": whose message it is.
    if (k + 1 < ws.size()) {
      std::string whose = LowerText(ws[k]);
      if (whose == "my" || whose == "our" || whose == "your" || whose == "ur" ||
          whose == "ваш")
        ++k;
    }
    // "Ref Moscow’s 2180": the sender's, by its place or office.
    if (k + 1 < ws.size() && digits(ws[k + 1]) > 0 &&
        (ws[k].ends_with("'s") || ws[k].ends_with("’s")))
      ++k;
    // "Re: No. 12208."
    if (k + 1 < ws.size() && number_sign(k)) ++k;
    // "Refs: A. CX 61670": a list's letter.
    if (k + 1 < ws.size() && ws[k].size() == 2 && ws[k][1] == '.' &&
        std::isupper(static_cast<unsigned char>(ws[k][0]))) {
      ++k;
    }
    std::string series;
    std::string_view number = ws[k];
    if (digits(number) == 0 && k + 1 < ws.size()) {
      series = std::string(bare(ws[k]));
      bool letters =
          (!series.empty() && series.size() <= 4 &&
           std::all_of(series.begin(), series.end(),
                       [](char c) {
                         return std::isupper(static_cast<unsigned char>(c));
                       })) ||
          std::ranges::find(kMixedCaseSeries, series) !=
              std::end(kMixedCaseSeries);
      if (!letters) continue;
      number = ws[++k];
    }
    size_t n = digits(number);
    if (n < (series.empty() ? 3 : 2) || n > 7) continue;
    CitedNumber c;
    c.number = series.empty() ? std::string(number.substr(0, n))
                              : series + " " + std::string(number.substr(0, n));
    c.own = own;
    c.start = static_cast<size_t>(ws[first_word].data() - t.data());
    c.end = static_cast<size_t>(number.data() - t.data()) + n;
    out.push_back(std::move(c));
    w = k;  // the words of this one start no other
  }
  return out;
}

}  // namespace parley::importers::detail
