// Stage: points and clauses: numbered and lettered points in each language,
// aligned across languages, with their terms, topics, places and proposers.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "graph/props.h"
#include "importers/clause_terms.h"
#include "importers/detail/page_reader.h"

namespace parley::importers::detail {

namespace prop = graph::prop;

// A point marker at the start of `t`: "2. ", "2) ", "б) ", "b) ".
struct PointMarker {
  bool numbered = false;
  int number = 0;
  std::string letter;
  size_t length = 0;  // bytes up to the point's text
};

// "1. ", "2) ", "Item 3. ", "Пункт 4. ", "а) ", "b. " at the start of `t`;
// "1." alone on its line is a marker whose text is on the next line.
std::optional<PointMarker> ReadPointMarker(std::string_view t) {
  PointMarker m;
  // "(1) " and "(a) ": the parenthesised forms.
  if (t.size() > 3 && t[0] == '(') {
    size_t close = t.find(") ");
    if (close != std::string_view::npos && close >= 2 && close <= 4) {
      std::string_view inner = t.substr(1, close - 1);
      bool digits = std::all_of(inner.begin(), inner.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      });
      if (digits) {
        m.numbered = true;
        m.number = std::stoi(std::string(inner));
        m.length = close + 2;
        return m;
      }
      bool letter = inner.size() == 1 && inner[0] >= 'a' && inner[0] <= 'z';
      bool cyrillic =
          inner.size() == 2 && detail::DetectLanguage(inner) == "ru";
      if (letter || cyrillic) {
        m.letter = std::string(inner);
        m.length = close + 2;
        return m;
      }
    }
  }
  size_t k = 0;
  for (std::string_view word : {"Item ", "Point ", "Пункт "}) {
    if (t.substr(0, word.size()) == word && t.size() > word.size() &&
        std::isdigit(static_cast<unsigned char>(t[word.size()]))) {
      k = word.size();
      break;
    }
  }
  // Up to kMaxPointDigits digits: a list may run past point 999 (the
  // sequence check in ReadClauses keeps a year such as "1951." out), and a
  // longer number is no marker, so the value cannot overflow.
  constexpr size_t kMaxPointDigits = 6;
  size_t digits_from = k;
  while (k < t.size() && std::isdigit(static_cast<unsigned char>(t[k])) &&
         k - digits_from <= kMaxPointDigits) {
    m.number = m.number * 10 + (t[k] - '0');
    ++k;
  }
  size_t digits = k - digits_from;
  if (digits > 0 && digits <= kMaxPointDigits && k < t.size() &&
      (t[k] == '.' || t[k] == ')')) {
    if (k + 1 == t.size()) {
      m.numbered = true;
      m.length = k + 1;
      return m;
    }
    if (t[k + 1] == ' ') {
      m.numbered = true;
      m.length = k + 2;
      return m;
    }
  }
  // A single letter: Latin (1 byte) or Cyrillic (2 bytes), then ")" (or a
  // Latin one then ".").
  size_t len = 0;
  unsigned char c = static_cast<unsigned char>(t.empty() ? 0 : t[0]);
  if (c >= 'a' && c <= 'z') len = 1;
  if ((c == 0xD0 || c == 0xD1) && t.size() > 1) len = 2;
  bool closes = len > 0 && t.size() > len + 1 &&
                (t[len] == ')' || (len == 1 && t[len] == '.'));
  if (closes && t[len + 1] == ' ') {
    std::string letter(t.substr(0, len));
    if (len == 2 && detail::DetectLanguage(letter) != "ru") return std::nullopt;
    m.letter = letter;
    m.length = len + 2;
    return m;
  }
  return std::nullopt;
}

// The point marker of a line, past an opening quotation mark ("“1.
// Adoption of agenda.").
std::optional<PointMarker> MarkerOf(std::string_view t) {
  if (IsOpenQuote(t)) t = TrimView(t.substr(OpenQuoteLength(t)));
  return ReadPointMarker(t);
}

bool PageReader::ListAround(int r) const {
  // A list its text leads into ("put forward our own agenda:"), not the
  // numbered paragraphs of a telegram.
  bool first = false;
  size_t prev = 0;
  bool have_prev = false;
  for (size_t i = body_begin_; i < body_end_; ++i) {
    if (lines_[i].blank()) continue;
    bool around = line_region_[i] == regions_[r].parent_region;
    std::optional<PointMarker> m =
        around ? ReadPointMarker(lines_[i].text) : std::nullopt;
    if (m && m->numbered && m->number == 1 && have_prev &&
        line_region_[prev] == regions_[r].parent_region &&
        lines_[prev].text.back() == ':')
      first = true;
    if (m && m->numbered && m->number == 2 && first) return true;
    prev = i;
    have_prev = true;
  }
  return false;
}

std::vector<Point> PageReader::InlinePoints(size_t i) const {
  std::string_view t = lines_[i].text;
  std::vector<Point> out;
  // "1) " after a colon opens the list, "2) ", "3) ", ... follow in order;
  // or "(1) " anywhere in the paragraph, then "(2) ", ... ("Under it (1) all
  // POWs ...; (2) within 1 month ...").
  bool parenthesized = false;
  int first = 1;
  size_t open = t.find(": 1) ");
  if (open != std::string_view::npos) {
    open += 2;
  } else if (open = t.find(" (1) "); open != std::string_view::npos) {
    open += 1;
    parenthesized = true;
  } else {
    // Points added to a list given before ("two new principles to be added
    // to his original five: (6) ... (7) ..."): "(N) " then "(N+1) ", each
    // with a sentence's worth of words.
    for (size_t at = t.find(" ("); at != std::string_view::npos;
         at = t.find(" (", at + 1)) {
      size_t close = t.find(") ", at);
      if (close == std::string_view::npos || close - at < 3 || close - at > 4)
        continue;
      std::string_view digits = t.substr(at + 2, close - at - 2);
      if (!std::all_of(digits.begin(), digits.end(), [](char c) {
            return std::isdigit(static_cast<unsigned char>(c));
          }))
        continue;
      int n = std::stoi(std::string(digits));
      size_t next = t.find(" (" + std::to_string(n + 1) + ") ", close);
      if (next == std::string_view::npos ||
          Words(t.substr(close + 2, next - close - 2)).size() < 5)
        continue;
      open = at + 1;
      first = n;
      parenthesized = true;
      break;
    }
    if (open == std::string_view::npos) return out;
  }
  auto marker_of = [&](int n) {
    return (parenthesized ? "(" : "") + std::to_string(n) + ") ";
  };
  std::vector<size_t> at = {open};
  for (int n = first + 1;; ++n) {
    size_t next = t.find(" " + marker_of(n), at.back());
    if (next == std::string_view::npos) break;
    at.push_back(next + 1);
  }
  if (at.size() < 2) return out;
  for (size_t k = 0; k < at.size(); ++k) {
    Point p;
    p.line = i;
    p.ordinal = std::to_string(first + static_cast<int>(k));
    p.continues = first > 1;
    p.inline_intro_end = lines_[i].trim_start + open - 1;
    size_t marker_len = marker_of(first + static_cast<int>(k)).size();
    p.text_start = lines_[i].trim_start + at[k] + marker_len;
    size_t end = k + 1 < at.size() ? at[k + 1] - 1 : t.size();
    p.text_end = lines_[i].trim_start + end;
    out.push_back(p);
  }
  return out;
}

bool PageReader::CollectiveProposes(std::string_view lower) const {
  // The proposing verb nearest the points speaks for them: in "gave the
  // answer of the United Nations Command to the proposal that our side had
  // tabled, and read out a counter-proposal", not the Command's.
  size_t last = std::string_view::npos;
  for (const std::string& cue : cues_.Cues("proposing")) {
    size_t at = lower.rfind(cue);
    if (at != std::string_view::npos &&
        (last == std::string_view::npos || at > last))
      last = at;
  }
  if (last == std::string_view::npos) return false;
  std::vector<std::string_view> before = LastWords(lower.substr(0, last), 3);
  for (size_t w = 0; w < before.size(); ++w) {
    if (cues_.Contains("collective", StripTrailing(before[w], ",")))
      return true;
  }
  return false;
}

bool PageReader::FirstPersonProposes(std::string_view lower) const {
  for (const std::string& cue : cues_.Cues("proposing")) {
    for (size_t at = lower.find(cue); at != std::string_view::npos;
         at = lower.find(cue, at + 1)) {
      // The two words before the verb: "I propose", "we would propose",
      // "our proposals".
      std::vector<std::string_view> before = LastWords(lower.substr(0, at), 2);
      for (size_t w = 0; w < before.size(); ++w) {
        if (cues_.Contains("first_person", StripTrailing(before[w], ",")))
          return true;
      }
    }
  }
  return false;
}

bool PageReader::QuotedDraft(size_t d) const {
  for (size_t i = body_begin_; i < body_end_; ++i) {
    if (line_doc_[i] != static_cast<int>(d)) continue;
    if (cues_.Contains("draft", LowerText(lines_[i].text))) return true;
    for (size_t j = i; j-- > body_begin_;) {
      if (lines_[j].blank()) continue;
      return cues_.Contains("draft", LowerText(lines_[j].text));
    }
    return false;
  }
  return false;
}

std::optional<std::pair<NodeId, Evidence>> PageReader::ProposingSubject(
    std::string_view text) {
  std::string lower = LowerText(text);
  // The first proposing verb, and the person named last before it, with
  // nothing but forms of address between ("Comrade KIM IL SUNG raised").
  size_t verb = std::string::npos;
  for (const std::string& cue : cues_.Cues("proposing")) {
    size_t at = lower.find(cue);
    if (at < verb) verb = at;
  }
  if (verb == std::string::npos) return std::nullopt;
  std::optional<std::pair<NodeId, Evidence>> subject;
  size_t subject_end = 0;
  for (const Mention& m :
       gazetteer_.FindMentions(text.substr(0, verb), Offset(text))) {
    if (m.entry->kind != NodeKind::kPerson) continue;
    Evidence ev = Ev(m.start, m.end);
    subject = {AddEntity(*m.entry, m.surface, m.codename, ev), ev};
    subject_end = m.end - Offset(text);
  }
  if (!subject) return std::nullopt;
  // Only a few words may stand between the name and its verb ("Nam Il
  // proposed", "KIM IL SUNG is expected to put forward").
  if (Words(text.substr(subject_end, verb - subject_end)).size() > 4)
    return std::nullopt;
  return subject;
}

Value PageReader::ProposalModality(const DocDraft& doc, const NodeId& person,
                                   bool planned) const {
  Value props = Value::MakeObject();
  bool writer =
      std::any_of(doc.authors.begin(), doc.authors.end(),
                  [&](const DocDraft::Party& a) { return a.id == person; });
  if (writer) {
    props[prop::kModality] = prop::kProposed;
    return props;
  }
  props[prop::kModality] = planned ? prop::kPlanned : prop::kReported;
  if (!doc.authors.empty()) props[prop::kReportedBy] = doc.authors.front().id;
  return props;
}

namespace {

// The topic of a list of four points or more that two thirds of its points
// carry passes to a point that has only instruments of others (a
// commission), when a point of the list carries the topic beside them:
// among prisoner points, "The commission decides by unanimous vote" speaks
// of the commission that holds the prisoners.
std::vector<std::pair<size_t, std::string>> ListTopics(
    const TopicList& list,
    const std::vector<std::vector<std::string>>& topics) {
  std::vector<std::pair<size_t, std::string>> out;
  size_t n = topics.size();
  if (n < 4) return out;
  std::map<std::string, size_t> carriers;
  for (const std::vector<std::string>& set : topics)
    for (const std::string& t : set) ++carriers[t];
  auto most = std::max_element(
      carriers.begin(), carriers.end(),
      [](const auto& a, const auto& b) { return a.second < b.second; });
  if (most == carriers.end() || most->second * 3 < n * 2) return out;
  const std::string& list_topic = most->first;
  auto has = [](const std::vector<std::string>& set, const std::string& t) {
    return std::find(set.begin(), set.end(), t) != set.end();
  };
  for (size_t i = 0; i < n; ++i) {
    if (topics[i].empty() || has(topics[i], list_topic) ||
        !std::all_of(
            topics[i].begin(), topics[i].end(),
            [&](const std::string& t) { return list.IsInstrument(t); }))
      continue;
    bool beside = std::any_of(topics.begin(), topics.end(), [&](const auto& j) {
      return has(j, list_topic) &&
             std::all_of(topics[i].begin(), topics[i].end(),
                         [&](const std::string& own) { return has(j, own); });
    });
    if (beside) out.emplace_back(i, list_topic);
  }
  return out;
}

}  // namespace

void PageReader::ReadClauses(size_t d) {
  DocDraft& doc = docs_[d];
  struct LangPoints {
    std::string lang;
    std::vector<Point> points;  // the clauses, in order
    std::vector<size_t> intro_lines;
  };
  std::vector<LangPoints> per_lang;
  // Languages in the order the page gives them.
  std::vector<std::string> langs;
  for (size_t i = body_begin_; i < body_end_; ++i) {
    if (line_doc_[i] != static_cast<int>(d) || kinds_[i] != LineKind::kText)
      continue;
    if (!line_lang_[i].empty() &&
        std::find(langs.begin(), langs.end(), line_lang_[i]) == langs.end()) {
      langs.push_back(line_lang_[i]);
    }
  }
  for (const std::string& lang : langs) {
    std::vector<Point> all;
    for (size_t i = body_begin_; i < body_end_; ++i) {
      // "1." alone has no language of its own: its paragraph's.
      const std::string& line_lang = line_lang_[i].empty() && i + 1 < body_end_
                                         ? line_lang_[i + 1]
                                         : line_lang_[i];
      if (line_doc_[i] != static_cast<int>(d) || kinds_[i] != LineKind::kText ||
          line_lang != lang) {
        continue;
      }
      std::string_view t = lines_[i].text;
      size_t skip = 0;
      if (IsOpenQuote(t)) skip = OpenQuoteLength(t);
      // Cable-ese opens a verbatim text with "Quote" ("“Quote (1) Within
      // two months ...").
      for (std::string_view opener :
           {"Quote ", "Begin quote ", "Begin text "}) {
        std::string_view rest = TrimView(t.substr(skip));
        if (StartsWithNoCase(rest, opener)) {
          skip = static_cast<size_t>(rest.data() - t.data()) + opener.size();
          break;
        }
      }
      auto marker = ReadPointMarker(TrimView(t.substr(skip)));
      if (!marker) {
        for (Point& p : InlinePoints(i)) all.push_back(p);
        continue;
      }
      Point p;
      p.line = i;
      p.ordinal =
          marker->numbered ? std::to_string(marker->number) : marker->letter;
      p.text_start = Offset(TrimView(t.substr(skip))) + marker->length;
      size_t end = lines_[i].trim_start + t.size();
      if (p.text_start >= end) {
        // "1." alone: the point's text is the paragraph under it.
        size_t k = i + 1;
        while (k < body_end_ && lines_[k].blank()) ++k;
        if (k == body_end_ || kinds_[k] != LineKind::kText ||
            line_doc_[k] != static_cast<int>(d) || MarkerOf(lines_[k].text))
          continue;
        p.text_start = lines_[k].trim_start;
        end = lines_[k].trim_start + lines_[k].text.size();
        i = k;
      }
      // Continuation lines: the same paragraph, no blank line between, up
      // to the line that closes the quotation holding the points ("“5.
      // Recommendations ... on both sides.”" ends a quoted list whose every
      // point opens with a mark).
      auto closes_list = [&](std::string_view line) {
        if (ClosesQuote(line)) return true;
        return IsOpenQuote(line) &&
               !ClosingQuoteMark(line.substr(OpenQuoteLength(line))).empty();
      };
      for (size_t k = i + 1; k < body_end_ && !closes_list(lines_[k - 1].text);
           ++k) {
        if (lines_[k].blank() || kinds_[k] != LineKind::kText ||
            line_doc_[k] != static_cast<int>(d) || MarkerOf(lines_[k].text)) {
          break;
        }
        end = lines_[k].trim_start + lines_[k].text.size();
      }
      p.text_end = end;
      if (!marker->numbered) {
        // A letter belongs to the numbered point before it, if any.
        for (size_t k = all.size(); k-- > 0;) {
          if (all[k].parent < 0 &&
              std::isdigit(static_cast<unsigned char>(all[k].ordinal[0]))) {
            p.parent = static_cast<int>(k);
            break;
          }
        }
      }
      all.push_back(p);
      if (p.parent >= 0) all[p.parent].children.push_back(all.size() - 1);
    }
    // A report that numbers its paragraphs and gives the points inside one
    // ("“1. ... Nam Il put forward two new principles ...: (6) ... (7) ..."):
    // the points are the clauses, the paragraphs are not.
    std::vector<Point> inside;
    for (const Point& p : all) {
      if (p.inline_intro_end > 0 ||
          !std::isdigit(static_cast<unsigned char>(
              p.ordinal.empty() ? 'x' : p.ordinal[0])))
        continue;
      for (Point& q : InlinePoints(p.line)) inside.push_back(q);
    }
    if (!inside.empty()) all = std::move(inside);
    // A report that quotes a proposal read out at the table numbers its own
    // paragraphs too ("1. Plenary session convened ... 2. UNC Del pointed
    // out ..."): the proposal's points are the clauses, not the report's
    // paragraphs.
    auto read_out = [&](const Point& p) {
      int r = line_region_[p.line];
      return r >= 0 && regions_[r].read_by.has_value();
    };
    if (std::any_of(all.begin(), all.end(), read_out)) {
      std::vector<Point> kept;
      std::vector<int> index(all.size(), -1);
      for (size_t k = 0; k < all.size(); ++k) {
        if (!read_out(all[k])) continue;
        index[k] = static_cast<int>(kept.size());
        kept.push_back(all[k]);
      }
      for (Point& p : kept) {
        p.parent = p.parent >= 0 ? index[p.parent] : -1;
        std::vector<size_t> children;
        for (size_t c : p.children) {
          if (index[c] >= 0) children.push_back(static_cast<size_t>(index[c]));
        }
        p.children = std::move(children);
      }
      all = std::move(kept);
    }
    LangPoints lp;
    lp.lang = lang;
    bool nested = std::any_of(all.begin(), all.end(), [](const Point& p) {
      return !p.children.empty();
    });
    if (nested) {
      for (const Point& p : all) {
        if (p.parent >= 0) {
          lp.points.push_back(p);
          lp.intro_lines.push_back(all[p.parent].line);
        }
      }
    } else {
      // The line that introduces a list: the text before its first point.
      // The walk back passes blank lines and other points; where a walk that
      // looks at line k first ends is kept (-1: at no text, kUnknown: not
      // yet walked), so that a list of n points costs one walk, not n.
      constexpr long kUnknown = -2;
      std::vector<long> walk_end(lines_.size(), kUnknown);
      auto intro_of = [&](const Point& p) {
        std::vector<size_t> passed;
        long end = -1;
        for (size_t k = p.line; k-- > body_begin_;) {
          if (walk_end[k] != kUnknown) {
            end = walk_end[k];
            break;
          }
          passed.push_back(k);
          if (lines_[k].blank()) continue;
          if (kinds_[k] == LineKind::kText &&
              line_doc_[k] == static_cast<int>(d) &&
              !MarkerOf(lines_[k].text)) {
            end = static_cast<long>(k);
            break;
          }
          if (MarkerOf(lines_[k].text)) continue;
          break;
        }
        for (size_t k : passed) walk_end[k] = end;
        return end < 0 ? p.line : static_cast<size_t>(end);
      };
      // Numbered points form a list from 1 upwards (an elided point may leave
      // a gap); a lone "280." is an item of a protocol, not a clause.
      int last = 0;
      for (const Point& p : all) {
        if (!std::isdigit(static_cast<unsigned char>(p.ordinal[0]))) continue;
        int n = std::stoi(p.ordinal);
        if (n == 1) last = 0;
        if (n <= last || (last == 0 && n != 1 && !p.continues)) continue;
        // Past 999 only the next point continues the list: "1951." after
        // point 7 is a year.
        if (n > 999 && n != last + 1) continue;
        last = n;
        lp.points.push_back(p);
        lp.intro_lines.push_back(intro_of(p));
      }
      // Without numbered points, lettered ones ("а)", "b)") are the clauses.
      if (lp.points.empty()) {
        for (const Point& p : all) {
          if (std::isdigit(static_cast<unsigned char>(p.ordinal[0]))) continue;
          lp.points.push_back(p);
          lp.intro_lines.push_back(intro_of(p));
        }
      }
    }
    if (!lp.points.empty()) per_lang.push_back(std::move(lp));
  }
  if (per_lang.empty()) return;
  size_t count = 0;
  for (const LangPoints& lp : per_lang)
    count = std::max(count, lp.points.size());
  std::set<std::string> used_ids;
  std::vector<NodeId> list_ids;
  std::vector<std::vector<std::string>> list_topics;
  for (size_t k = 0; k < count; ++k) {
    Node clause;
    clause.kind = NodeKind::kClause;
    Value text = Value::MakeObject();
    Value ordinals = Value::MakeObject();
    Value terms = Value::MakeObject();
    std::string all_text;
    std::string primary_ordinal, label_text;
    std::vector<std::pair<NodeId, Evidence>> proposers;
    bool no_person = false;
    std::vector<Evidence> clause_evidence;
    std::vector<std::pair<size_t, size_t>> spans;
    for (const LangPoints& lp : per_lang) {
      if (k >= lp.points.size()) continue;
      const Point& p = lp.points[k];
      std::string body = StripTrailing(
          text_.substr(p.text_start, p.text_end - p.text_start), "\"»” ");
      if (primary_ordinal.empty()) primary_ordinal = p.ordinal;
      ordinals[lp.lang] = p.ordinal;
      text[lp.lang] = body;
      if (lp.lang == "en" || label_text.empty()) label_text = body;
      all_text += body + "\n";
      MergeTerms(terms, ExtractTerms(body, lp.lang));
      clause_evidence.push_back(Ev(p.text_start, p.text_start + body.size()));
      spans.emplace_back(p.text_start, p.text_start + body.size());
      // Who puts the points forward: a person the introduction names with a
      // proposing verb ("NAM IL is expected to put forward these points"),
      // else the document's authors.
      size_t intro = lp.intro_lines[k];
      std::string_view intro_text = lines_[intro].text;
      if (p.inline_intro_end > 0) {
        intro_text =
            text_.substr(lines_[intro].trim_start,
                         p.inline_intro_end - lines_[intro].trim_start);
      }
      std::string intro_lower = LowerText(intro_text);
      // "2. Nam Il proposed that ...": the point names its own proposer.
      std::string_view own =
          text_.substr(p.text_start, p.text_end - p.text_start);
      bool introduced = intro != p.line || p.inline_intro_end > 0;
      if (auto subject = ProposingSubject(
              own.substr(0, std::min<size_t>(own.size(), 120)));
          subject) {
        proposers.push_back(*subject);
      } else if (introduced && !FirstPersonProposes(intro_lower) &&
                 (cues_.Contains("agreed", LastSentence(intro_lower)) ||
                  (cues_.Contains("agreed", intro_lower) &&
                   !cues_.Contains("proposing", intro_lower)) ||
                  CollectiveProposes(intro_lower))) {
        // An agreed text ("the agenda ... was agreed and formally adopted"),
        // or one a body put forward ("the Communist delegation put forward
        // the agenda below"): no person proposed it.
        no_person = true;
      } else if (introduced && cues_.Contains("proposing", intro_lower)) {
        // "I propose:", "our proposals are as follows:": the writers;
        // "Comrade KIM IL SUNG raised the following questions:": the one
        // named before the verb. The sentence that leads into the points
        // speaks for them when it has such a verb, not one before it ("...
        // Ridgway again proposes that the talks be moved to Songhyon-ni. We
        // consider it advisable to answer him with proposals of our own, as
        // follows:").
        std::string_view lead = intro_text;
        if (size_t stop = intro_text.rfind(". ");
            stop != std::string_view::npos &&
            cues_.Contains("proposing",
                           LowerText(intro_text.substr(stop + 2)))) {
          lead = intro_text.substr(stop + 2);
        }
        if (auto subject = ProposingSubject(lead)) {
          proposers.push_back(*subject);
        } else if (!FirstPersonProposes(LowerText(lead))) {
          for (auto& person : PersonsIn(lead)) {
            bool addressee = std::any_of(
                doc.recipients.begin(), doc.recipients.end(),
                [&](const DocDraft::Party& r) { return r.id == person.first; });
            if (!addressee) proposers.push_back(person);
          }
        }
        if (proposers.empty()) {
          if (auto speaker = Speaker(intro)) {
            proposers.push_back(*speaker);
          } else {
            for (const DocDraft::Party& a : doc.authors)
              proposers.emplace_back(a.id, LineEv(intro));
          }
        }
      } else if (introduced && !no_person) {
        // The points a speaker states in a record of conversation ("STALIN
        // ... will press for the following:") are the speaker's.
        if (auto speaker = Speaker(intro)) proposers.push_back(*speaker);
      }
    }
    // A draft its sender quotes ("the draft text of an agreement", "(draft)")
    // says what the sides "have agreed" of an agreement to come: unless it
    // names writers of its own, its sender puts the points forward.
    if (no_person && proposers.empty() && doc.authors.empty() &&
        doc.parent >= 0 && QuotedDraft(d)) {
      no_person = false;
      for (const DocDraft::Party& a : docs_[doc.parent].authors)
        proposers.emplace_back(a.id, clause_evidence.front());
    }
    // The points of a proposal read out at the table and quoted in the
    // report are the one's who read it, whatever the quoted words say of
    // who recommends them ("the military commanders of both sides
    // recommend ...").
    for (const LangPoints& lp : per_lang) {
      if (k >= lp.points.size()) continue;
      int r = line_region_[lp.points[k].line];
      if (r >= 0 && regions_[r].read_by) {
        proposers = {*regions_[r].read_by};
        no_person = false;
        break;
      }
    }
    if (proposers.empty() && !no_person) {
      for (const DocDraft::Party& a : doc.authors) {
        proposers.emplace_back(a.id, clause_evidence.front());
      }
    }
    // How the document holds the proposal: its writers' own, or another's
    // the writers report, done or to come ("NAM IL is expected to put
    // forward these points").
    bool planned = false;
    for (const LangPoints& lp : per_lang) {
      if (k >= lp.points.size()) continue;
      const Point& p = lp.points[k];
      size_t intro = lp.intro_lines[k];
      std::string_view intro_text =
          intro != p.line ? lines_[intro].text
          : p.inline_intro_end > 0
              ? text_.substr(lines_[intro].trim_start,
                             p.inline_intro_end - lines_[intro].trim_start)
              : std::string_view();
      std::string own = LowerText(text_.substr(
          p.text_start, std::min<size_t>(p.text_end - p.text_start, 120)));
      if (cues_.Contains("planned", LowerText(intro_text)) ||
          cues_.Contains("planned", own)) {
        planned = true;
      }
    }
    std::string slug = graph::Slug(primary_ordinal);
    clause.id =
        doc.id + "/clause-" + (slug.empty() ? std::to_string(k + 1) : slug);
    while (used_ids.count(clause.id)) clause.id += "-" + std::to_string(k + 1);
    used_ids.insert(clause.id);
    clause.label =
        "Point " + primary_ordinal + ": " + Abbreviate(label_text, 72);
    clause.props[prop::kOrdinal] = primary_ordinal;
    if (ordinals.as_object().size() > 1)
      clause.props[prop::kOrdinals] = ordinals;
    clause.props[prop::kText] = text;
    clause.props[prop::kDocument] = doc.id;
    clause.props[prop::kPosition] = static_cast<int64_t>(k + 1);
    Value topics = Value::MakeArray();
    list_topics.push_back(topics_.Classify(all_text));
    for (const std::string& t : list_topics.back()) topics.Append(t);
    clause.props[prop::kTopics] = topics;
    list_ids.push_back(clause.id);
    // Places the clause concerns, found by the gazetteer in each language.
    Value places = Value::MakeArray();
    for (auto [s, e] : spans) {
      for (const Mention& m :
           gazetteer_.FindMentions(text_.substr(s, e - s), s)) {
        if (m.entry->kind != NodeKind::kPlace) continue;
        Evidence ev = Ev(m.start, m.end);
        AddEntity(*m.entry, m.surface, false, ev);
        places.AppendUnique(m.entry->id);
        AddEdge(clause.id, m.entry->id, EdgeKind::kConcerns, ev);
      }
    }
    if (!places.as_array().empty()) terms[prop::kPlaces] = places;
    clause.props[prop::kTerms] = terms;
    clause.evidence = clause_evidence;
    NodeId clause_id = clause.id;
    fragment_.AddNode(std::move(clause));
    AddEdge(doc.id, clause_id, EdgeKind::kHasClause, clause_evidence.front());
    for (auto& [person, ev] : proposers)
      AddEdge(person, clause_id, EdgeKind::kProposes, ev,
              ProposalModality(doc, person, planned));
  }
  // Topics stay in the file's order.
  std::vector<std::string> order = topics_.names();
  for (auto& [k, topic] : ListTopics(topics_, list_topics)) {
    Node* clause = fragment_.FindNode(list_ids[k]);
    if (clause == nullptr) continue;
    list_topics[k].push_back(topic);
    std::sort(list_topics[k].begin(), list_topics[k].end(),
              [&](const std::string& a, const std::string& b) {
                return std::find(order.begin(), order.end(), a) <
                       std::find(order.begin(), order.end(), b);
              });
    Value topics = Value::MakeArray();
    for (const std::string& t : list_topics[k]) topics.Append(t);
    clause->props[prop::kTopics] = topics;
  }
}

}  // namespace parley::importers::detail
