#include "queries/changes.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <utility>

#include "graph/props.h"

namespace parley::queries {

using graph::Node;
using graph::NodeId;
using graph::Value;
namespace prop = graph::prop;

namespace {

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

// A number as written by hand: "10", "2.5".
std::string Number(const Value* v) {
  if (v == nullptr) return "";
  if (v->is_int()) return std::to_string(v->as_int());
  if (v->is_double()) {
    double d = v->as_double();
    if (d == std::floor(d) && std::abs(d) < 1e15)
      return std::to_string(static_cast<int64_t>(d));
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", d);
    return buffer;
  }
  if (v->is_string()) return v->as_string();
  return "";
}

std::optional<double> NumberValue(const Value* v) {
  if (v == nullptr) return std::nullopt;
  if (v->is_int()) return static_cast<double>(v->as_int());
  if (v->is_double()) return v->as_double();
  return std::nullopt;
}

// "3 days", "1 month", "10 km": units of time take a plural, abbreviations
// stay as they are.
std::string WithUnit(const std::string& number, const std::string& unit) {
  if (unit.empty()) return number;
  static const std::set<std::string, std::less<>> kCounted = {
      "day",  "month",  "hour",      "week",     "year",
      "mile", "minute", "kilometre", "kilometer"};
  bool plural = number != "1" && kCounted.count(unit) > 0;
  return number + " " + unit + (plural ? "s" : "");
}

// "the 38th parallel" from "38th parallel"; a phrase with its own article
// keeps it.
std::string WithArticle(std::string phrase) {
  std::replace(phrase.begin(), phrase.end(), '_', ' ');
  if (phrase.rfind("the ", 0) == 0 || phrase.rfind("a ", 0) == 0 ||
      phrase.rfind("each ", 0) == 0 || phrase.rfind("either ", 0) == 0)
    return phrase;
  return "the " + phrase;
}

std::string Spaced(std::string s) {
  std::replace(s.begin(), s.end(), '_', ' ');
  return s;
}

// A term's own note: the languages disagreed and the Russian original was
// taken (docs/model.md), so the note says so when it does not already.
std::string TermNote(const Value& term) {
  std::string note = term.is_object() ? term.GetString(prop::kNote) : "";
  if (note.empty() || note.find("govern") != std::string::npos) return note;
  return "the Russian original governs: " + note;
}

std::string PlaceName(const std::string& id, const PlaceLabeler& places) {
  if (places) {
    std::string label = places(id);
    if (!label.empty()) return label;
  }
  std::string words = id;
  if (size_t colon = words.find(':'); colon != std::string::npos)
    words = words.substr(colon + 1);
  std::replace(words.begin(), words.end(), '-', ' ');
  return words;
}

// The strings of a list field, places by their labels.
std::vector<std::string> ListWords(const std::string& field, const Value* v,
                                   const PlaceLabeler& places) {
  std::vector<std::string> out = graph::Strings(v);
  if (field == prop::kPlaces) {
    for (std::string& s : out) s = PlaceName(s, places);
  }
  return out;
}

// "all" stays; a phrase about people ("wishing repatriation", "who insist
// on repatriation") reads "those wishing repatriation".
std::string ScopeText(const std::string& scope) {
  std::string s = Spaced(scope);
  if (s.empty()) return "none";
  size_t space = s.find(' ');
  std::string first = s.substr(0, space);
  bool describes_people =
      first == "who" || first == "that" ||
      (first.size() > 4 && first.compare(first.size() - 3, 3, "ing") == 0);
  return describes_people ? "those " + s : s;
}

std::string KindWords(const std::string& kind) {
  if (kind == prop::kWindow) return "time window";
  return Spaced(kind);
}

// "deadline from the ceasefire, withdrawal": what a duration counts.
std::string DurationQualifier(const Value& d) {
  std::string out = KindWords(d.GetString(prop::kKind));
  std::string anchor = d.GetString(prop::kAnchor);
  if (!anchor.empty())
    out += (out.empty() ? "from " : " from ") + WithArticle(anchor);
  std::string subject = d.GetString(prop::kSubject);
  if (!subject.empty()) out += (out.empty() ? "" : ", ") + Spaced(subject);
  return out;
}

// The moment an anchor names: the ceasefire and the armistice's entry into
// force are one (as linking/ compares them; see DurationsComparable there).
std::string AnchorMoment(const std::string& anchor) {
  if (anchor == "ceasefire" || anchor == "entry into force" ||
      anchor == "armistice")
    return "armistice in force";
  return anchor;
}

// Two durations measure the same thing: same kind and subject, and one
// moment for their anchors when both name one.
bool DurationsComparable(const Value& a, const Value& b) {
  std::string x = a.GetString(prop::kAnchor), y = b.GetString(prop::kAnchor);
  return a.GetString(prop::kKind) == b.GetString(prop::kKind) &&
         a.GetString(prop::kSubject) == b.GetString(prop::kSubject) &&
         (x.empty() || y.empty() || AnchorMoment(x) == AnchorMoment(y));
}

// Words for any value, for fields this file does not know.
std::string ValueWords(const Value* v, const PlaceLabeler& places) {
  if (v == nullptr || v->is_null()) return "none";
  if (v->is_string()) return Spaced(v->as_string());
  if (v->is_bool()) return v->as_bool() ? "yes" : "no";
  if (v->is_int() || v->is_double()) return Number(v);
  if (v->is_array()) {
    std::vector<std::string> parts;
    for (const Value& item : v->as_array())
      parts.push_back(ValueWords(&item, places));
    return parts.empty() ? "none" : Join(parts, ", ");
  }
  if (v->Get(prop::kAnchor) != nullptr || v->Get(prop::kValue) != nullptr)
    return DurationText(*v);
  if (v->Get(prop::kMax) != nullptr || v->Get(prop::kMin) != nullptr)
    return DistanceText(*v);
  std::vector<std::string> parts;
  for (const auto& [key, item] : v->as_object())
    parts.push_back(Spaced(key) + " " + ValueWords(&item, places));
  return Join(parts, ", ");
}

void AddNote(std::vector<std::string>& notes, const std::string& note,
             const std::string& text) {
  // A note that repeats the change's words, or another note, adds nothing;
  // one that says more replaces the note it holds.
  if (note.empty() || text.find(note) != std::string::npos) return;
  for (std::string& n : notes) {
    if (n.find(note) != std::string::npos) return;
    if (note.find(n) != std::string::npos) {
      n = note;
      return;
    }
  }
  notes.push_back(note);
}

// "forces dropped: naval", "topics added: civilians", or both sides in
// full when some were added and some dropped.
std::string RenderList(const std::string& label, const std::string& field,
                       const Value* from, const Value* to,
                       const PlaceLabeler& places) {
  std::vector<std::string> a = ListWords(field, from, places);
  std::vector<std::string> b = ListWords(field, to, places);
  std::vector<std::string> added, dropped;
  for (const std::string& s : b) {
    if (std::find(a.begin(), a.end(), s) == a.end()) added.push_back(s);
  }
  for (const std::string& s : a) {
    if (std::find(b.begin(), b.end(), s) == b.end()) dropped.push_back(s);
  }
  if (added.empty() && !dropped.empty())
    return label + " dropped: " + Join(dropped, ", ");
  if (dropped.empty() && !added.empty())
    return label + " added: " + Join(added, ", ");
  std::string out = label + ": " + (a.empty() ? "none" : Join(a, ", ")) +
                    " → " + (b.empty() ? "none" : Join(b, ", "));
  std::vector<std::string> detail;
  if (!dropped.empty()) detail.push_back("dropped: " + Join(dropped, ", "));
  if (!added.empty()) detail.push_back("added: " + Join(added, ", "));
  if (!detail.empty()) out += " (" + Join(detail, "; ") + ")";
  return out;
}

std::string RenderDistance(const Value* from, const Value* to) {
  bool has_from = from != nullptr && from->is_object();
  bool has_to = to != nullptr && to->is_object();
  if (has_from && !has_to) return "distance dropped: " + DistanceText(*from);
  if (!has_from && has_to) return "distance added: " + DistanceText(*to);
  if (!has_from) return "distance: none";
  return "distance: " + DistanceText(*from) + " → " + DistanceText(*to);
}

std::string RenderDuration(const Value* from, const Value* to,
                           const std::string& change_note) {
  bool has_from = from != nullptr && from->is_object();
  bool has_to = to != nullptr && to->is_object();
  if (!has_from && !has_to) return "duration: none";
  const Value& one = has_from ? *from : *to;
  if (!has_from || !has_to) {
    std::string qualifier = DurationQualifier(one);
    return std::string("duration ") + (has_from ? "dropped" : "added") +
           (qualifier.empty() ? "" : " (" + qualifier + ")") + ": " +
           DurationText(one, false);
  }
  auto what = [](const Value& d) {
    std::vector<std::string> parts;
    std::string kind = KindWords(d.GetString(prop::kKind));
    std::string subject = Spaced(d.GetString(prop::kSubject));
    if (!kind.empty()) parts.push_back(kind);
    if (!subject.empty()) parts.push_back(subject);
    return Join(parts, ", ");
  };
  if (!DurationsComparable(*from, *to)) {
    // Durations that count different things are not one duration changed;
    // say what each counts.
    auto full = [&](const Value& d) {
      std::string w = what(d);
      return DurationText(d) + (w.empty() ? "" : " (" + w + ")");
    };
    return "duration: " + full(*from) + " → " + full(*to);
  }
  // One anchor named alike on both sides goes in the label; anchors named
  // differently for one moment ("the ceasefire", "the entry into force")
  // stay with their values.
  bool one_anchor =
      from->GetString(prop::kAnchor) == to->GetString(prop::kAnchor);
  std::string qualifier = one_anchor ? DurationQualifier(*from) : what(*from);
  std::string out =
      "duration" + (qualifier.empty() ? "" : " (" + qualifier + ")") + ": " +
      DurationText(*from, !one_anchor) + " → " + DurationText(*to, !one_anchor);
  double a = DurationDays(*from), b = DurationDays(*to);
  // The linker's note already says when two lengths are the same time.
  bool noted = change_note.rfind("the same", 0) == 0;
  if (a >= 0 && b >= 0 && !noted) {
    if (std::abs(a - b) < 1e-9) {
      out += " (same)";
    } else {
      out += a < b ? " (longer)" : " (shorter)";
    }
  }
  return out;
}

std::string RenderMergeSplit(const std::string& field, const Value* from,
                             const Value* to) {
  // "merged" counts the earlier points (from N to 1), "split" the later
  // ones (from 1 to N).
  auto is_number = [](const Value* v) {
    return v != nullptr && (v->is_int() || v->is_double());
  };
  const Value* n = field == "merged" ? (is_number(from) ? from : to)
                                     : (is_number(to) ? to : from);
  std::string count = Number(n);
  if (count.empty()) count = "several";
  if (field == "merged") return count + " earlier points merged into this one";
  return "the earlier point was split into " + count + " points";
}

std::string FieldLabel(const std::string& field) {
  if (field == prop::kForces) return "forces";
  if (field == prop::kTimeReference) return "time reference";
  return Spaced(field);
}

}  // namespace

std::string DistanceText(const Value& d) {
  if (!d.is_object()) return ValueWords(&d, {});
  std::string unit = d.GetString(prop::kUnit);
  std::string bound = d.GetString(prop::kBound);
  const Value* min = d.Get(prop::kMin);
  const Value* max = d.Get(prop::kMax);
  const Value* value = d.Get(prop::kValue);
  std::string lo = Number(min), hi = Number(max);
  if (hi.empty()) hi = Number(value);
  if (lo.empty() && bound == prop::kBoundUpTo) lo = "0";
  std::string number;
  if (bound == "at_least") {
    number = "at least " + (lo.empty() ? hi : lo);
  } else if (lo.empty() || lo == hi) {
    number = hi.empty() ? lo : hi;
  } else if (hi.empty()) {
    number = "at least " + lo;
  } else {
    number = lo + "–" + hi;
  }
  std::string out = WithUnit(number.empty() ? "?" : number, unit);
  std::string from = d.GetString(prop::kFrom);
  if (!from.empty()) out += " from " + WithArticle(from);
  return out;
}

std::string DurationText(const Value& d, bool with_anchor) {
  if (!d.is_object()) return ValueWords(&d, {});
  std::string number = Number(d.Get(prop::kValue));
  if (number.empty()) {
    // A range of time, written as distances are.
    std::string lo = Number(d.Get(prop::kMin)), hi = Number(d.Get(prop::kMax));
    number = lo.empty() || lo == hi ? hi : lo + "–" + hi;
  }
  std::string out =
      WithUnit(number.empty() ? "?" : number, d.GetString(prop::kUnit));
  std::string anchor = d.GetString(prop::kAnchor);
  if (with_anchor && !anchor.empty()) out += " from " + WithArticle(anchor);
  return out;
}

double DurationDays(const Value& d) {
  if (!d.is_object()) return -1;
  std::optional<double> v = NumberValue(d.Get(prop::kValue));
  if (!v) v = NumberValue(d.Get(prop::kMax));
  if (!v) return -1;
  static const std::map<std::string, double, std::less<>> kDays = {
      {"minute", 1.0 / 1440}, {"hour", 1.0 / 24}, {"day", 1}, {"week", 7},
      {"month", 30},          {"year", 365}};
  std::string unit = d.GetString(prop::kUnit);
  if (unit.size() > 1 && unit.back() == 's') unit.pop_back();
  auto it = kDays.find(unit);
  return it == kDays.end() ? -1 : *v * it->second;
}

RenderedChange RenderChange(const Value& change, const PlaceLabeler& places) {
  RenderedChange out;
  if (change.is_string()) {
    out.text = change.as_string();
    return out;
  }
  if (!change.is_object()) {
    out.text = ValueWords(&change, places);
    return out;
  }
  out.field = change.GetString(prop::kField);
  out.compared_with = change.GetString(prop::kComparedWith);
  const Value* from = change.Get(prop::kFrom);
  const Value* to = change.Get(prop::kTo);
  if (from != nullptr && from->is_null()) from = nullptr;
  if (to != nullptr && to->is_null()) to = nullptr;
  const std::string& f = out.field;
  if (f == "distance") {
    out.text = RenderDistance(from, to);
  } else if (f == "duration") {
    out.text = RenderDuration(from, to, change.GetString(prop::kNote));
  } else if (f == prop::kForces || f == prop::kPlaces || f == prop::kActors ||
             f == prop::kTopics) {
    out.text = RenderList(FieldLabel(f), f, from, to, places);
  } else if (f == prop::kScope) {
    std::vector<std::string> a = graph::Strings(from), b = graph::Strings(to);
    auto words = [](const std::vector<std::string>& s) {
      std::vector<std::string> out;
      for (const std::string& x : s) out.push_back(ScopeText(x));
      return out.empty() ? std::string("none") : Join(out, ", ");
    };
    out.text = "scope: " + words(a) + " → " + words(b);
  } else if (f == "merged" || f == "split") {
    out.text = RenderMergeSplit(f, from, to);
  } else {
    out.text = FieldLabel(f.empty() ? "change" : f) + ": " +
               ValueWords(from, places) + " → " + ValueWords(to, places);
  }
  std::vector<std::string> notes;
  AddNote(notes, change.GetString(prop::kNote), out.text);
  if (from != nullptr) AddNote(notes, TermNote(*from), out.text);
  if (to != nullptr) AddNote(notes, TermNote(*to), out.text);
  out.note = Join(notes, "; ");
  if (!out.note.empty()) out.text += " (" + out.note + ")";
  return out;
}

std::vector<RenderedChange> RenderChanges(const Value* changes,
                                          const PlaceLabeler& places) {
  std::vector<RenderedChange> out;
  if (changes == nullptr) return out;
  if (changes->is_string() || changes->is_object()) {
    out.push_back(RenderChange(*changes, places));
    return out;
  }
  if (!changes->is_array()) return out;
  for (const Value& item : changes->as_array())
    out.push_back(RenderChange(item, places));
  return out;
}

std::vector<std::string> ChangeLines(const Value* changes,
                                     const PlaceLabeler& places) {
  std::vector<std::string> out;
  for (RenderedChange& c : RenderChanges(changes, places)) {
    if (!c.compared_with.empty())
      c.text += " (compared with " + c.compared_with + ")";
    out.push_back(std::move(c.text));
  }
  return out;
}

std::vector<std::string> RenderTerms(const Value& terms,
                                     const PlaceLabeler& places) {
  std::vector<std::string> out;
  if (!terms.is_object()) return out;
  auto items = [&](std::string_view key) {
    std::vector<const Value*> list;
    const Value* v = terms.Get(key);
    if (v == nullptr) return list;
    if (v->is_array()) {
      for (const Value& item : v->as_array()) list.push_back(&item);
    } else if (!v->is_null()) {
      list.push_back(v);
    }
    return list;
  };
  std::vector<std::string> parts;
  for (const Value* d : items(prop::kDistances)) {
    std::string note = TermNote(*d);
    parts.push_back(DistanceText(*d) + (note.empty() ? "" : " (" + note + ")"));
  }
  if (!parts.empty()) out.push_back("distance: " + Join(parts, "; "));
  parts.clear();
  for (const Value* d : items(prop::kDurations)) {
    std::vector<std::string> what;
    if (d->is_object()) {
      std::string kind = KindWords(d->GetString(prop::kKind));
      std::string subject = Spaced(d->GetString(prop::kSubject));
      if (!kind.empty()) what.push_back(kind);
      if (!subject.empty()) what.push_back(subject);
      AddNote(what, TermNote(*d), "");
    }
    parts.push_back(DurationText(*d) +
                    (what.empty() ? "" : " (" + Join(what, ", ") + ")"));
  }
  if (!parts.empty()) out.push_back("duration: " + Join(parts, "; "));
  for (std::string_view key : {prop::kForces, prop::kActors, prop::kPlaces}) {
    std::vector<std::string> words =
        ListWords(std::string(key), terms.Get(key), places);
    if (!words.empty())
      out.push_back(FieldLabel(std::string(key)) + ": " + Join(words, ", "));
  }
  std::vector<std::string> scope = graph::Strings(terms.Get(prop::kScope));
  if (!scope.empty()) {
    for (std::string& s : scope) s = ScopeText(s);
    out.push_back("scope: " + Join(scope, ", "));
  }
  std::string time = terms.GetString(prop::kTimeReference);
  if (!time.empty()) out.push_back("time reference: " + time);
  return out;
}

namespace {

// A term without what says where it was read or why: what two versions'
// terms are compared on.
Value Essential(const Value& term) {
  if (!term.is_object()) return term;
  Value out = Value::MakeObject();
  for (const auto& [key, v] : term.as_object()) {
    if (key == prop::kNote || key == "evidence" || key == prop::kQuote ||
        key == prop::kStart || key == prop::kEnd || key == prop::kLang)
      continue;
    out[key] = v;
  }
  return out;
}

std::vector<Value> TermList(const Value& terms, std::string_view key) {
  std::vector<Value> out;
  const Value* v = terms.Get(key);
  if (v == nullptr || !v->is_array()) return out;
  for (const Value& item : v->as_array()) {
    if (item.is_object()) out.push_back(item);
  }
  return out;
}

Value Change(std::string_view field, Value from, Value to) {
  Value c = Value::MakeObject();
  c[prop::kField] = std::string(field);
  c[prop::kFrom] = std::move(from);
  c[prop::kTo] = std::move(to);
  return c;
}

// Pairs the items of `a` and `b` that `same_key` says are the same term
// (in order), then the rest by position; appends a change for each pair
// that differs and for each item left alone.
template <class SameKey>
void CompareItems(std::string_view field, const std::vector<Value>& a,
                  const std::vector<Value>& b, SameKey same_key,
                  bool pair_leftovers, Value& changes) {
  std::vector<bool> used(b.size(), false);
  std::vector<std::pair<int, int>> pairs;
  std::vector<int> lone_a;
  for (size_t i = 0; i < a.size(); ++i) {
    int match = -1;
    for (size_t j = 0; j < b.size() && match < 0; ++j) {
      if (!used[j] && Essential(a[i]) == Essential(b[j])) match = int(j);
    }
    for (size_t j = 0; j < b.size() && match < 0; ++j) {
      if (!used[j] && same_key(a[i], b[j])) match = int(j);
    }
    if (match >= 0) {
      used[match] = true;
      pairs.emplace_back(int(i), match);
    } else {
      lone_a.push_back(int(i));
    }
  }
  std::vector<int> lone_b;
  for (size_t j = 0; j < b.size(); ++j) {
    if (!used[j]) lone_b.push_back(int(j));
  }
  if (pair_leftovers) {
    size_t n = std::min(lone_a.size(), lone_b.size());
    for (size_t k = 0; k < n; ++k) pairs.emplace_back(lone_a[k], lone_b[k]);
    lone_a.erase(lone_a.begin(), lone_a.begin() + long(n));
    lone_b.erase(lone_b.begin(), lone_b.begin() + long(n));
  }
  std::sort(pairs.begin(), pairs.end());
  for (auto [i, j] : pairs) {
    if (Essential(a[i]) != Essential(b[j]))
      changes.Append(Change(field, a[i], b[j]));
  }
  for (int i : lone_a) changes.Append(Change(field, a[i], Value()));
  for (int j : lone_b) changes.Append(Change(field, Value(), b[j]));
}

std::vector<std::string> Sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

Value StringsValue(const std::vector<std::string>& v) {
  Value out = Value::MakeArray();
  for (const std::string& s : v) out.Append(s);
  return out;
}

}  // namespace

Value CompareClauseTerms(const Node& earlier, const Node& later) {
  graph::ClauseProps a = graph::ClauseProps::From(earlier);
  graph::ClauseProps b = graph::ClauseProps::From(later);
  Value changes = Value::MakeArray();
  CompareItems(
      "distance", TermList(a.terms, prop::kDistances),
      TermList(b.terms, prop::kDistances),
      [](const Value& x, const Value& y) {
        return x.GetString(prop::kFrom) == y.GetString(prop::kFrom);
      },
      /*pair_leftovers=*/true, changes);
  // Durations that count different things (a withdrawal deadline, a window
  // for signing, the time to a political conference) are never paired.
  CompareItems(
      "duration", TermList(a.terms, prop::kDurations),
      TermList(b.terms, prop::kDurations),
      [](const Value& x, const Value& y) { return DurationsComparable(x, y); },
      /*pair_leftovers=*/false, changes);
  // Lists are compared when both versions state them (a version silent on
  // forces has not dropped them), places and topics always.
  for (std::string_view key :
       {prop::kForces, prop::kScope, prop::kPlaces, prop::kActors}) {
    const Value* x = a.terms.Get(key);
    const Value* y = b.terms.Get(key);
    bool always = key == prop::kPlaces;
    if (!always && (x == nullptr || y == nullptr)) continue;
    std::vector<std::string> sx = Sorted(graph::Strings(x));
    std::vector<std::string> sy = Sorted(graph::Strings(y));
    if (sx == sy) continue;
    changes.Append(Change(key, StringsValue(graph::Strings(x)),
                          StringsValue(graph::Strings(y))));
  }
  std::string tx = a.terms.GetString(prop::kTimeReference);
  std::string ty = b.terms.GetString(prop::kTimeReference);
  if (tx != ty) {
    changes.Append(Change(prop::kTimeReference, tx.empty() ? Value() : tx,
                          ty.empty() ? Value() : ty));
  }
  if (Sorted(a.topics) != Sorted(b.topics)) {
    changes.Append(
        Change(prop::kTopics, StringsValue(a.topics), StringsValue(b.topics)));
  }
  return changes;
}

}  // namespace parley::queries
