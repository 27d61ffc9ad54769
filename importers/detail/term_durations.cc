// Durations ("within three days", "в течение двух месяцев") with the event
// they are counted from, what must happen within them, and their kind.
#include <array>
#include <cstdlib>
#include <string>

#include "graph/props.h"
#include "importers/detail/clause_term_stages.h"

namespace parley::importers::detail {
namespace {

namespace prop = graph::prop;

// Durations and their anchors.

// Phrases that tie a duration to the event it is counted from. `bare` ones
// ("after", "from") are kept only when what follows names a known event.
struct AnchorLead {
  std::array<std::string_view, 5> words;
  bool bare;
};
constexpr AnchorLead kAnchorLeads[] = {
    {{"from", "the", "day", "of", "the"}, false},
    {{"from", "the", "day", "of"}, false},
    {{"from", "the", "day", "on", "which"}, false},
    {{"from", "the", "day"}, false},
    {{"from", "the", "moment", "of", "the"}, false},
    {{"from", "the", "moment", "of"}, false},
    {{"from", "the", "moment"}, false},
    {{"from", "the", "date", "of", "the"}, false},
    {{"from", "the", "date", "of"}, false},
    {{"from", "the", "date"}, false},
    {{"from", "the", "time", "of", "the"}, false},
    {{"from", "the", "time", "of"}, false},
    {{"after", "the", "day", "of", "the"}, false},
    {{"со", "дня"}, false},
    {{"с", "дня"}, false},
    {{"с", "момента"}, false},
    {{"с", "даты"}, false},
    {{"со", "времени"}, false},
    {{"с", "того", "дня", "как"}, false},
    {{"с", "того", "момента", "как"}, false},
    {{"after", "the"}, true},
    {{"following", "the"}, true},
    {{"of", "the"}, true},
    {{"from", "the"}, true},
    {{"after"}, true},
    {{"following"}, true},
    {{"since"}, true},
    {{"после"}, true},
    {{"по"}, true},
    {{"от"}, true},
};

bool HasWordStarting(const std::vector<std::string_view>& words,
                     std::string_view prefix) {
  return std::any_of(words.begin(), words.end(),
                     [&](std::string_view w) { return StartsWith(w, prefix); });
}

// A word that names one of the events KnownAnchor knows.
bool IsAnchorWord(std::string_view w) {
  static constexpr std::string_view kStems[] = {
      "sign",      "подпис", "armistice", "agreement", "перемири", "соглашени",
      "ceasefire", "cease",  "fire",      "cessation", "hostilit", "прекращ",
      "огн",       "огон",   "военн",     "боев",      "entry",    "force",
      "effect",    "вступ",  "сил",       "plenary",   "пленарн",  "endors",
      "approv",    "утвер",  "одобр"};
  for (std::string_view s : kStems) {
    if (StartsWith(w, s)) return true;
  }
  return false;
}

// A short name for the event an anchor phrase describes, or "" when it is
// none of the events clauses are dated from.
std::string KnownAnchor(const std::vector<std::string_view>& w) {
  bool signing = HasWordStarting(w, "sign") || HasWordStarting(w, "подпис");
  bool agreement =
      HasWordStarting(w, "armistice") || HasWordStarting(w, "agreement") ||
      HasWordStarting(w, "перемири") || HasWordStarting(w, "соглашени") ||
      HasWordStarting(w, "ceasefire");
  if (signing && agreement) return "armistice signing";
  if (HasWordStarting(w, "plenary") || HasWordStarting(w, "пленарн")) {
    bool endorse = HasWordStarting(w, "endors") ||
                   HasWordStarting(w, "approv") ||
                   HasWordStarting(w, "утвер") || HasWordStarting(w, "одобр");
    return endorse ? "plenary endorsement" : "plenary session";
  }
  bool ceasefire =
      HasWordStarting(w, "ceasefire") ||
      (HasWordStarting(w, "cease") && HasWordStarting(w, "fire")) ||
      (HasWordStarting(w, "cessation") &&
       (HasWordStarting(w, "hostilit") || HasWordStarting(w, "fire"))) ||
      (HasWordStarting(w, "прекращ") &&
       (HasWordStarting(w, "огн") || HasWordStarting(w, "огон") ||
        HasWordStarting(w, "военн") || HasWordStarting(w, "боев")));
  if (ceasefire) return "ceasefire";
  if ((HasWordStarting(w, "entry") && HasWordStarting(w, "force")) ||
      HasWordStarting(w, "effect") ||
      (HasWordStarting(w, "вступ") && HasWordStarting(w, "сил"))) {
    return "entry into force";
  }
  if (HasWordStarting(w, "armistice") || HasWordStarting(w, "перемири")) {
    return "armistice";
  }
  if (signing) return "signing";  // "within 3 days after the signing"
  return "";
}

// The anchor of the duration that ends before t[i], or "", and the index
// past the anchor's words (i when there is none).
struct Anchor {
  std::string name;
  size_t end = 0;
};

std::string ReadAnchorAt(std::string_view text, const Tokens& t, size_t i,
                         size_t& end);

Anchor ReadAnchor(std::string_view text, const Tokens& t, size_t i) {
  Anchor a;
  a.end = i;
  a.name = ReadAnchorAt(text, t, i, a.end);
  return a;
}

std::string ReadAnchorAt(std::string_view text, const Tokens& t, size_t i,
                         size_t& end) {
  constexpr size_t kMaxAnchorWords = 10;
  constexpr size_t kMaxRawWords = 6;
  if (i < t.size() && t[i].is_punct(",")) ++i;
  for (const AnchorLead& lead : kAnchorLeads) {
    size_t j = i;
    bool ok = true;
    for (std::string_view w : lead.words) {
      if (w.empty()) break;
      if (j >= t.size() || !t[j].is_word() || t[j].folded != w) {
        ok = false;
        break;
      }
      ++j;
    }
    if (!ok) continue;
    // The event: words up to the next punctuation mark, hyphens aside.
    std::vector<std::string_view> words;
    size_t first = j;
    size_t last = j;
    while (j < t.size() && words.size() < kMaxAnchorWords &&
           (IsWordOrNumber(t[j]) || t[j].is_punct("-")) &&
           t[j].sentence == t[first].sentence) {
      if (IsWordOrNumber(t[j])) {
        words.push_back(t[j].folded);
        last = j;
      }
      ++j;
    }
    if (words.empty()) continue;
    std::string known = KnownAnchor(words);
    if (!known.empty()) {
      // The anchor ends at its last word naming the event, not at the
      // punctuation: "after the armistice takes effect a political
      // conference ..." leaves the conference to the subject.
      end = first;
      for (size_t k = first; k <= last; ++k) {
        if (t[k].is_word() && IsAnchorWord(t[k].folded)) end = k + 1;
      }
      return known;
    }
    if (lead.bare) continue;
    if (words.front() == "the") ++first;
    size_t raw_last = std::min(last, first + kMaxRawWords - 1);
    if (first > raw_last) continue;
    end = raw_last + 1;
    return std::string(
        text.substr(t[first].start, t[raw_last].end - t[first].start));
  }
  return "";
}

// The word or dash joining the two ends of a range of time.
bool IsDurationRangeWord(const WordToken& t) {
  return t.is_punct("-") ||
         (t.is_word() && OneOf(t.folded, {"to", "or", "до", "или"}));
}

bool IsClockTimeLead(const WordToken& t) {
  return t.is_word() && OneOf(t.folded, {"at", "by", "until", "till", "from",
                                         "в", "к", "до", "с", "со"});
}

// What must happen within a duration, by the stem of the nearest word that
// names it: "withdraw within three days", "an exchange of prisoners".
struct SubjectStem {
  std::string_view stem;
  std::string_view subject;
};
constexpr SubjectStem kSubjectStems[] = {
    {"conference", "political_conference"},
    {"конференц", "political_conference"},
    {"withdraw", "withdrawal"},
    {"pull", "withdrawal"},
    {"leave", "withdrawal"},
    {"evacuat", "withdrawal"},
    {"отвод", "withdrawal"},
    {"отвест", "withdrawal"},
    {"отойт", "withdrawal"},
    {"отход", "withdrawal"},
    {"вывод", "withdrawal"},
    {"вывест", "withdrawal"},
    {"уход", "withdrawal"},
    {"exchang", "exchange"},
    {"repatriat", "exchange"},
    {"обмен", "exchange"},
    {"взаимообмен", "exchange"},
    {"репатри", "exchange"},
    {"sign", "signing"},
    {"conclud", "signing"},
    {"подпис", "signing"},
    {"заключ", "signing"},
};

std::string_view SubjectOfWord(std::string_view w) {
  for (const SubjectStem& s : kSubjectStems) {
    if (StartsWith(w, s.stem)) return s.subject;
  }
  return {};
}

// The subject of the duration read at t[first, last) whose anchor words end
// at `anchor_end`: the subject word nearest to it in its sentence, the
// anchor's own words aside ("within 3 days of the signing" is not a signing).
std::string_view ReadSubject(const Tokens& t, size_t first, size_t anchor_end) {
  int sentence = t[first].sentence;
  for (size_t d = 1; d < t.size(); ++d) {
    bool inside = false;
    for (size_t j : {first >= d ? first - d : t.size(), anchor_end + d - 1}) {
      if (j >= t.size() || t[j].sentence != sentence) continue;
      inside = true;
      if (!t[j].is_word()) continue;
      std::string_view s = SubjectOfWord(t[j].folded);
      if (!s.empty()) return s;
    }
    if (!inside) break;
  }
  return {};
}

// A time limit ("within", "в течение", "no later than") makes a deadline;
// a limit on signing or concluding an agreement is a window for it, not the
// time an action takes; anything else is a period.
std::string_view DurationKind(const Tokens& t, size_t first,
                              std::string_view subject) {
  bool limit = false;
  for (size_t back = 1; back <= 3 && back <= first; ++back) {
    const WordToken& w = t[first - back];
    if (w.sentence != t[first].sentence) break;
    if (OneOf(w.folded, {"within", "течение", "later", "позднее", "позже",
                         "course", "срок", "until", "till"})) {
      limit = true;
    }
  }
  if (subject == "signing") return prop::kWindow;
  return limit ? prop::kDeadline : prop::kPeriod;
}

// `low` > 0 makes a range ("within 2-3 months"): min `low`, max and value
// `value`, the bound the text allows at most.
void AddDuration(graph::Value& terms, const Tokens& t, size_t first,
                 size_t last, int64_t value, Unit unit, const Anchor& anchor,
                 int64_t low = 0) {
  graph::Value d = graph::Value::MakeObject();
  // "3 weeks", "72 hours": in days, as the sides set their periods, the
  // figures as written kept ("48 hours" is "2 days" beside it; "2 hours"
  // stays hours).
  int64_t per_day = unit == Unit::kWeek ? 7
                    : unit == Unit::kHour && value % 24 == 0 && low % 24 == 0
                        ? -24
                        : 0;
  if (per_day != 0) {
    graph::Value written = graph::Value::MakeObject();
    written[prop::kValue] = value;
    if (low > 0) {
      written[prop::kMin] = low;
      written[prop::kMax] = value;
    }
    written[prop::kUnit] = UnitName(unit);
    d[prop::kWritten] = std::move(written);
    value = per_day > 0 ? value * per_day : value / 24;
    low = per_day > 0 ? low * per_day : low / 24;
    unit = Unit::kDay;
  }
  d[prop::kValue] = value;
  if (low > 0) {
    d[prop::kMin] = low;
    d[prop::kMax] = value;
  }
  d[prop::kUnit] = UnitName(unit);
  if (!anchor.name.empty()) d[prop::kAnchor] = anchor.name;
  std::string_view subject = ReadSubject(t, first, std::max(anchor.end, last));
  d[prop::kKind] = DurationKind(t, first, subject);
  if (!subject.empty()) d[prop::kSubject] = subject;
  terms[prop::kDurations].AppendUnique(std::move(d));
}

}  // namespace

void ExtractDurations(std::string_view text, const Tokens& t,
                      graph::Value& terms) {
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].is_word()) {
      auto [v, unit] = CompoundNumber(t[i].folded);
      if (v > 0 && IsDuration(unit)) {
        AddDuration(terms, t, i, i + 1, v, unit, ReadAnchor(text, t, i + 1));
        continue;
      }
      // "within a month", "в течение суток", "через месяц": one unit.
      Unit unit_here = UnitOfWord(t[i].folded);
      if (IsDuration(unit_here) && i > 0) {
        bool one = (OneOf(t[i - 1].folded, {"течение", "через"}) &&
                    t[i - 1].is_word()) ||
                   (i > 1 && OneOf(t[i - 1].folded, {"a", "an"}) &&
                    OneOf(t[i - 2].folded, {"within", "in", "for", "after"}));
        if (one) {
          size_t first =
              t[i - 1].folded == "a" || t[i - 1].folded == "an" ? i - 1 : i;
          AddDuration(terms, t, first, i + 1, 1, unit_here,
                      ReadAnchor(text, t, i + 1));
          continue;
        }
      }
    }
    std::optional<NumberRead> n = ReadNumber(t, i);
    if (!n) continue;
    // "2-3 months", "two or three days", "от 2 до 3 месяцев".
    if (n->integral && n->end + 1 < t.size() &&
        IsDurationRangeWord(t[n->end])) {
      std::optional<NumberRead> hi = ReadNumber(t, n->end + 1);
      if (hi && hi->integral && hi->value > n->value && hi->value < 1000) {
        auto [unit, end] = ReadUnit(t, hi->end);
        if (IsDuration(unit)) {
          AddDuration(terms, t, i, end, static_cast<int64_t>(hi->value), unit,
                      ReadAnchor(text, t, end), static_cast<int64_t>(n->value));
          i = end - 1;
          continue;
        }
      }
    }
    auto [unit, end] = ReadUnit(t, n->end);
    if (!IsDuration(unit) || !n->integral || n->value < 1 || n->value >= 1000) {
      i = n->end - 1;
      continue;
    }
    if (unit == Unit::kHour && i > 0 && IsClockTimeLead(t[i - 1])) {
      i = end - 1;  // "в 10 часов", "at 2200 hours": a clock time
      continue;
    }

    AddDuration(terms, t, i, end, static_cast<int64_t>(n->value), unit,
                ReadAnchor(text, t, end));
    i = end - 1;
  }
}

}  // namespace parley::importers::detail
