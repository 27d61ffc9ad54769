#include "linking/detail/clause_similarity.h"

#include <xapian.h>

#include <algorithm>
#include <cmath>

#include "text/fold.h"
#include "text/words.h"

namespace parley::linking {

using graph::Value;
namespace prop = graph::prop;

namespace {

// Function words, which say nothing about what a clause is about. They are
// the grammar of the two languages, not cue words a historian would extend.
bool IsFunctionWord(std::string_view w) {
  static const std::set<std::string, std::less<>> kWords = {
      // English
      "a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "by", "for",
      "from", "with", "into", "onto", "as", "is", "are", "be", "been", "was",
      "were", "will", "shall", "must", "may", "should", "would", "can", "could",
      "it", "its", "their", "them", "they", "this", "that", "these", "those",
      "which", "who", "whom", "whose", "what", "there", "here", "so", "such",
      "than", "then", "not", "no", "nor", "but", "if", "all", "any", "each",
      "every", "both", "other", "own", "same", "up", "out", "off", "over",
      "under", "about", "after", "before", "between", "within", "until", "also",
      "has", "have", "had", "do", "does", "did", "we", "our", "us", "you",
      "your", "he", "his", "she", "her", "i",
      // Russian
      "и", "или", "в", "во", "на", "с", "со", "к", "ко", "по", "о", "об", "от",
      "до", "из", "за", "для", "при", "под", "над", "через", "без", "что",
      "чтобы", "как", "так", "также", "же", "ли", "не", "ни", "но", "а", "это",
      "этот", "эта", "эти", "этого", "этой", "этом", "тот", "та", "те", "того",
      "той", "все", "всех", "всем", "всеми", "весь", "вся", "его", "ее", "их",
      "они", "он", "она", "мы", "вы", "нас", "вас", "наш", "ваш", "быть",
      "будет", "должны", "должен", "должно", "который", "которые", "которых",
      "между", "после", "течение"};
  return kWords.count(w) > 0;
}

bool HasLetter(std::string_view w) {
  for (unsigned char c : w) {
    if (c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) return true;
  }
  return false;
}

// How many elements two sorted ranges of distinct elements (a set of
// strings, a clause's stem ids) share, by one walk over both.
template <typename Sorted>
size_t SharedCount(const Sorted& a, const Sorted& b) {
  size_t shared = 0;
  for (auto x = a.begin(), y = b.begin(); x != a.end() && y != b.end();) {
    if (*x < *y) {
      ++x;
    } else if (*y < *x) {
      ++y;
    } else {
      ++shared;
      ++x;
      ++y;
    }
  }
  return shared;
}

double Dice(const Stems& a, const Stems& b) {
  if (a.empty() || b.empty()) return 0;
  return 2.0 * static_cast<double>(SharedCount(a, b)) /
         static_cast<double>(a.size() + b.size());
}

double Jaccard(const std::set<std::string>& a, const std::set<std::string>& b) {
  size_t shared = SharedCount(a, b);
  size_t all = a.size() + b.size() - shared;
  return all == 0 ? 0 : static_cast<double>(shared) / static_cast<double>(all);
}

double Jaccard(const std::vector<std::string>& a,
               const std::vector<std::string>& b) {
  return Jaccard(std::set<std::string>(a.begin(), a.end()),
                 std::set<std::string>(b.begin(), b.end()));
}

const Value::Array& Items(const Value& terms, std::string_view key) {
  static const Value::Array kNone;
  const Value* v = terms.Get(key);
  return v != nullptr && v->is_array() ? v->as_array() : kNone;
}

double Number(const Value* v) {
  if (v == nullptr) return -1;
  if (v->is_int()) return static_cast<double>(v->as_int());
  if (v->is_double()) return v->as_double();
  return -1;
}

// The best agreement of any two distances: same range 1, same reference
// line 0.6, both distances 0.3.
double DistanceSimilarity(const Value::Array& a, const Value::Array& b) {
  double best = 0;
  for (const Value& x : a) {
    for (const Value& y : b) {
      double s = 0.3;
      std::string fx = x.GetString(prop::kFrom), fy = y.GetString(prop::kFrom);
      if (!fx.empty() && fx == fy) s = 0.6;
      if (Number(x.Get(prop::kMin)) == Number(y.Get(prop::kMin)) &&
          Number(x.Get(prop::kMax)) == Number(y.Get(prop::kMax)) &&
          (fx.empty() || fy.empty() || fx == fy)) {
        s = 1;
      }
      best = std::max(best, s);
    }
  }
  return best;
}

double DurationSimilarity(const Value::Array& a, const Value::Array& b) {
  double best = 0;
  for (const Value& x : a) {
    for (const Value& y : b) {
      double s = 0;
      if (DurationsComparable(x, y)) {
        s = std::fabs(DurationDays(x) - DurationDays(y)) < 0.5 ? 1 : 0.7;
      } else if (!x.GetString(prop::kSubject).empty() &&
                 x.GetString(prop::kSubject) == y.GetString(prop::kSubject)) {
        s = 0.5;
      }
      best = std::max(best, s);
    }
  }
  return best;
}

// The moment an anchor names, so that "ceasefire" and the armistice's
// "entry into force" compare as one.
std::string AnchorMoment(const std::string& anchor) {
  if (anchor == "ceasefire" || anchor == "entry into force" ||
      anchor == "armistice") {
    return "armistice in force";
  }
  return anchor;
}

}  // namespace

uint32_t StemTable::Id(std::string_view stem) {
  auto id = static_cast<uint32_t>(ids_.size());
  return ids_.try_emplace(std::string(stem), id).first->second;
}

Stems TextStems(std::string_view text, std::string_view lang,
                StemTable& table) {
  thread_local Xapian::Stem english("english");
  thread_local Xapian::Stem russian("russian");
  Stems out;
  for (const text::WordSpan& span : text::FindWords(text)) {
    std::string w =
        text::FoldWord(text.substr(span.start, span.end - span.start));
    if (!HasLetter(w) || IsFunctionWord(w)) continue;
    bool cyrillic = static_cast<unsigned char>(w[0]) >= 0x80;
    if (lang == "ru" || cyrillic) {
      out.push_back(table.Id(russian(w)));
    } else if (lang == "en" || !cyrillic) {
      out.push_back(table.Id(english(w)));
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double TextSimilarity(const ClauseInfo& a, const ClauseInfo& b) {
  double best = 0;
  for (const auto& [lang, stems] : a.stems) {
    auto other = b.stems.find(lang);
    if (other != b.stems.end())
      best = std::max(best, Dice(stems, other->second));
  }
  return best;
}

double TopicSimilarity(const ClauseInfo& a, const ClauseInfo& b) {
  return Jaccard(a.topics, b.topics);
}

double TopicCoverage(const ClauseInfo& later, const ClauseInfo& earlier) {
  if (later.topics.empty()) return 0;
  size_t shared = 0;
  for (const std::string& t : later.topics) shared += earlier.topics.count(t);
  return static_cast<double>(shared) / static_cast<double>(later.topics.size());
}

double DurationDays(const Value& d) {
  double v = Number(d.Get(prop::kValue));
  if (v < 0) return -1;
  std::string unit = d.GetString(prop::kUnit);
  if (unit == "hour") return v / 24;
  if (unit == "day") return v;
  if (unit == "week") return v * 7;
  if (unit == "month") return v * 30;
  if (unit == "year") return v * 365;
  return -1;
}

bool DurationsComparable(const Value& a, const Value& b) {
  // A text that does not say what a time counts from leaves the anchor
  // open ("within two months"); a different anchor is a different time.
  std::string anchor_a = a.GetString(prop::kAnchor);
  std::string anchor_b = b.GetString(prop::kAnchor);
  bool anchors_agree = anchor_a.empty() || anchor_b.empty() ||
                       AnchorMoment(anchor_a) == AnchorMoment(anchor_b);
  return a.GetString(prop::kKind) == b.GetString(prop::kKind) &&
         a.GetString(prop::kSubject) == b.GetString(prop::kSubject) &&
         anchors_agree && DurationDays(a) >= 0 && DurationDays(b) >= 0;
}

std::optional<double> TermSimilarity(const Value& a, const Value& b) {
  double sum = 0;
  int kinds = 0;
  auto both = [&](std::string_view key) {
    return !Items(a, key).empty() && !Items(b, key).empty();
  };
  if (both(prop::kDistances)) {
    sum += DistanceSimilarity(Items(a, prop::kDistances),
                              Items(b, prop::kDistances));
    ++kinds;
  }
  if (both(prop::kDurations)) {
    sum += DurationSimilarity(Items(a, prop::kDurations),
                              Items(b, prop::kDurations));
    ++kinds;
  }
  for (std::string_view key : {prop::kForces, prop::kPlaces}) {
    if (!both(key)) continue;
    sum += Jaccard(graph::Strings(a.Get(key)), graph::Strings(b.Get(key)));
    ++kinds;
  }
  std::string sa = a.GetString(prop::kScope), sb = b.GetString(prop::kScope);
  if (!sa.empty() && !sb.empty()) {
    sum += sa == sb ? 1 : 0.5;
    ++kinds;
  }
  if (kinds == 0) return std::nullopt;
  return sum / kinds;
}

ClauseMatch CompareClauses(const ClauseInfo& later, const ClauseInfo& earlier) {
  ClauseMatch m;
  m.text = TextSimilarity(later, earlier);
  // A point split off an earlier one keeps all its subject: what counts is
  // how much of the later clause's topics the earlier one covers.
  double topics = TopicCoverage(later, earlier);
  m.topics = topics;
  std::optional<double> terms = TermSimilarity(later.terms, earlier.terms);
  std::optional<double> parties;
  if (!later.proposers.empty() && !earlier.proposers.empty()) {
    size_t shared = 0;
    for (const graph::NodeId& p : later.proposers)
      shared += earlier.proposers.count(p);
    parties = shared == 0 ? 0.0 : (shared == later.proposers.size() ? 1 : 0.5);
  }
  // Words weigh most: two clauses that say the same thing share them; terms
  // and topics confirm; the parties only tip a balance.
  double weight = 0.5 + 0.25, sum = 0.5 * m.text + 0.25 * topics;
  if (terms) {
    weight += 0.2;
    sum += 0.2 * *terms;
  }
  if (parties) {
    weight += 0.05;
    sum += 0.05 * *parties;
  }
  m.score = sum / weight;
  if (terms && *terms >= 0.5) m.matched_by.push_back("terms");
  if (m.text >= 0.2) m.matched_by.push_back("words");
  if (parties && *parties > 0) m.matched_by.push_back("parties");
  if (topics > 0) m.matched_by.push_back("topics");
  return m;
}

}  // namespace parley::linking
