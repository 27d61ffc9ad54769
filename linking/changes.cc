#include "linking/detail/changes.h"

#include <algorithm>
#include <cmath>

#include "linking/detail/clause_similarity.h"

namespace parley::linking {

using graph::NodeId;
using graph::Value;
namespace prop = graph::prop;

namespace {

const Value::Array& Items(const Value& terms, std::string_view key) {
  static const Value::Array kNone;
  const Value* v = terms.Get(key);
  return v != nullptr && v->is_array() ? v->as_array() : kNone;
}

// One change; `from`/`to` null for an added/dropped term.
Value Change(std::string_view field, Value from, Value to,
             const std::string& note = "", const NodeId& compared_with = "") {
  Value c = Value::MakeObject();
  c[prop::kField] = field;
  c[prop::kFrom] = std::move(from);
  c[prop::kTo] = std::move(to);
  if (!note.empty()) c[prop::kNote] = note;
  if (!compared_with.empty()) c[prop::kComparedWith] = compared_with;
  return c;
}

// A term item as compared: without its reading notes.
Value Bare(const Value& item) {
  Value out = item;
  if (out.is_object()) out.as_object().erase(std::string(prop::kNote));
  return out;
}

// The version the comparison of `key` is made with: the earlier version
// when it carries `key`, else the nearest older one that does (nullptr
// when none does).
const ClauseInfo* CarrierOf(std::string_view key, const ClauseInfo& earlier,
                            const std::vector<const ClauseInfo*>& older) {
  auto carries = [&](const ClauseInfo& c) {
    const Value* v = c.terms.Get(key);
    return v != nullptr && ((v->is_array() && !v->as_array().empty()) ||
                            (v->is_string() && !v->as_string().empty()));
  };
  if (carries(earlier)) return &earlier;
  for (const ClauseInfo* c : older) {
    if (carries(*c)) return c;
  }
  return nullptr;
}

NodeId ComparedWith(const ClauseInfo* carrier, const ClauseInfo& earlier) {
  return carrier != nullptr && carrier != &earlier ? carrier->id : NodeId();
}

void DistanceChanges(const ClauseInfo& later, const ClauseInfo& earlier,
                     const std::vector<const ClauseInfo*>& older, Value& out) {
  const ClauseInfo* carrier = CarrierOf(prop::kDistances, earlier, older);
  const Value::Array& now = Items(later.terms, prop::kDistances);
  if (carrier == nullptr) {
    for (const Value& d : now) out.Append(Change("distance", Value(), d));
    return;
  }
  NodeId with = ComparedWith(carrier, earlier);
  const Value::Array& then = Items(carrier->terms, prop::kDistances);
  std::vector<bool> paired(then.size());
  for (const Value& d : now) {
    // Its counterpart: the earlier distance from the same line, or the
    // only one.
    size_t at = then.size();
    for (size_t k = 0; k < then.size() && at == then.size(); ++k) {
      if (!paired[k] &&
          then[k].GetString(prop::kFrom) == d.GetString(prop::kFrom))
        at = k;
    }
    if (at == then.size() && then.size() == 1 && now.size() == 1) at = 0;
    if (at == then.size()) {
      out.Append(Change("distance", Value(), d, "", with));
      continue;
    }
    paired[at] = true;
    if (Bare(then[at]) == Bare(d)) continue;
    std::string note = then[at].GetString(prop::kNote);
    if (note.empty()) note = d.GetString(prop::kNote);
    out.Append(Change("distance", then[at], d, note, with));
  }
  // A distance the later version no longer has is dropped only when the
  // earlier version itself carried it.
  if (carrier != &earlier) return;
  for (size_t k = 0; k < then.size(); ++k) {
    if (!paired[k]) out.Append(Change("distance", then[k], Value()));
  }
}

std::string DurationWords(const Value& d) {
  int64_t v = graph::IntAt(d, prop::kValue);
  std::string unit = d.GetString(prop::kUnit);
  return std::to_string(v) + " " + unit + (v == 1 ? "" : "s");
}

// What a duration measures, in words: "withdrawal, from the ceasefire".
std::string DurationSubject(const Value& d) {
  std::string subject = d.GetString(prop::kSubject);
  std::replace(subject.begin(), subject.end(), '_', ' ');
  std::string kind = d.GetString(prop::kKind);
  std::string anchor = d.GetString(prop::kAnchor);
  std::string out = kind.empty() ? "a time" : "a " + kind;
  if (!subject.empty()) out += " for " + subject;
  if (!anchor.empty()) out += " from the " + anchor;
  return out;
}

void DurationChanges(const ClauseInfo& later, const ClauseInfo& earlier,
                     const std::vector<const ClauseInfo*>& older, Value& out) {
  const Value::Array& now = Items(later.terms, prop::kDurations);
  const Value::Array& then_here = Items(earlier.terms, prop::kDurations);
  std::vector<bool> paired(then_here.size());
  for (const Value& d : now) {
    // The same measure in the earlier version, else in the nearest older
    // one; a duration of another kind, subject or anchor is never compared.
    const Value* match = nullptr;
    NodeId with;
    for (size_t k = 0; k < then_here.size() && match == nullptr; ++k) {
      if (DurationsComparable(then_here[k], d)) {
        match = &then_here[k];
        paired[k] = true;
      }
    }
    for (size_t k = 0; k < older.size() && match == nullptr; ++k) {
      for (const Value& o : Items(older[k]->terms, prop::kDurations)) {
        if (DurationsComparable(o, d)) {
          match = &o;
          with = older[k]->id;
          break;
        }
      }
    }
    if (match == nullptr) {
      std::string note;
      if (!then_here.empty()) {
        note = "not compared with the earlier " +
               DurationWords(then_here.front()) + " (" +
               DurationSubject(then_here.front()) + "): this is " +
               DurationSubject(d);
      }
      out.Append(Change("duration", Value(), d, note));
      continue;
    }
    if (Bare(*match) == Bare(d)) continue;
    std::string note;
    if (std::fabs(DurationDays(*match) - DurationDays(d)) < 0.5) {
      note =
          "the same time: " + DurationWords(d) + " is " + DurationWords(*match);
    }
    out.Append(Change("duration", *match, d, note, with));
  }
  for (size_t k = 0; k < then_here.size(); ++k) {
    if (paired[k]) continue;
    bool compared_elsewhere = std::any_of(
        now.begin(), now.end(),
        [&](const Value& d) { return DurationsComparable(then_here[k], d); });
    if (!compared_elsewhere) {
      out.Append(
          Change("duration", then_here[k], Value(),
                 now.empty() ? "" : "not carried into the later version"));
    }
  }
}

Value StringList(const std::vector<std::string>& items) {
  Value out = Value::MakeArray();
  for (const std::string& s : items) out.Append(s);
  return out;
}

Value SortedList(std::vector<std::string> items) {
  std::sort(items.begin(), items.end());
  items.erase(std::unique(items.begin(), items.end()), items.end());
  Value out = Value::MakeArray();
  for (const std::string& s : items) out.Append(s);
  return out;
}

// A list term compared as a set: `forces`, `actors`.
void ListChange(std::string_view key, std::string_view field,
                const ClauseInfo& later, const ClauseInfo& earlier,
                const std::vector<const ClauseInfo*>& older, Value& out) {
  std::vector<std::string> now = graph::Strings(later.terms.Get(key));
  const ClauseInfo* carrier = CarrierOf(key, earlier, older);
  if (carrier == nullptr || now.empty()) return;
  std::vector<std::string> then = graph::Strings(carrier->terms.Get(key));
  Value a = SortedList(then), b = SortedList(now);
  if (a == b) return;
  std::string dropped, added;
  for (const Value& x : a.as_array()) {
    if (std::find(b.as_array().begin(), b.as_array().end(), x) ==
        b.as_array().end())
      dropped += (dropped.empty() ? "" : ", ") + x.as_string();
  }
  for (const Value& x : b.as_array()) {
    if (std::find(a.as_array().begin(), a.as_array().end(), x) ==
        a.as_array().end())
      added += (added.empty() ? "" : ", ") + x.as_string();
  }
  std::string note;
  if (!dropped.empty()) note = "dropped: " + dropped;
  if (!added.empty())
    note += std::string(note.empty() ? "" : "; ") + "added: " + added;
  out.Append(Change(field, StringList(then), StringList(now), note,
                    ComparedWith(carrier, earlier)));
}

std::vector<std::string> PlaceLabels(
    const Value& terms, const std::map<NodeId, std::string>& labels) {
  std::vector<std::string> out;
  for (std::string id : graph::Strings(terms.Get(prop::kPlaces))) {
    if (auto label = labels.find(id); label != labels.end()) {
      out.push_back(label->second);
      continue;
    }
    if (size_t colon = id.find(':'); colon != std::string::npos)
      id = id.substr(colon + 1);
    std::replace(id.begin(), id.end(), '-', ' ');
    out.push_back(id);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

Value Changes(const VariantLink& link,
              const std::vector<const ClauseInfo*>& older,
              const std::map<NodeId, std::string>& place_labels) {
  const ClauseInfo& later = *link.later;
  const ClauseInfo& earlier = *link.earlier;
  Value out = Value::MakeArray();
  DistanceChanges(later, earlier, older, out);
  DurationChanges(later, earlier, older, out);
  ListChange(prop::kForces, "forces", later, earlier, older, out);
  std::string scope_now = later.terms.GetString(prop::kScope);
  if (const ClauseInfo* carrier = CarrierOf(prop::kScope, earlier, older);
      carrier != nullptr && !scope_now.empty()) {
    std::string then = carrier->terms.GetString(prop::kScope);
    if (then != scope_now) {
      out.Append(
          Change("scope", then, scope_now, "", ComparedWith(carrier, earlier)));
    }
  }
  std::vector<std::string> pa = PlaceLabels(earlier.terms, place_labels);
  std::vector<std::string> pb = PlaceLabels(later.terms, place_labels);
  if (pa != pb) out.Append(Change("places", StringList(pa), StringList(pb)));
  std::vector<std::string> aa =
      graph::Strings(earlier.terms.Get(prop::kActors));
  std::vector<std::string> ab = graph::Strings(later.terms.Get(prop::kActors));
  if (!aa.empty() && !ab.empty() && SortedList(aa) != SortedList(ab))
    out.Append(Change("actors", SortedList(aa), SortedList(ab)));
  std::string ta = earlier.terms.GetString(prop::kTimeReference);
  std::string tb = later.terms.GetString(prop::kTimeReference);
  if (ta != tb) {
    out.Append(Change("time_reference", ta.empty() ? Value() : Value(ta),
                      tb.empty() ? Value() : Value(tb)));
  }
  if (earlier.topics != later.topics) {
    out.Append(Change(
        "topics", SortedList({earlier.topics.begin(), earlier.topics.end()}),
        SortedList({later.topics.begin(), later.topics.end()})));
  }
  if (link.merged > 1) {
    out.Append(Change("merged", static_cast<int64_t>(link.merged), int64_t{1}));
  }
  if (link.split > 1) {
    out.Append(Change("split", int64_t{1}, static_cast<int64_t>(link.split)));
  }
  return out;
}

}  // namespace parley::linking
