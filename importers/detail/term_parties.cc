// Who a clause binds and what: its actors ("both sides", "all foreign
// forces"), the kinds of forces it names, and which prisoners it covers.
#include <cstdlib>
#include <string>

#include "graph/props.h"
#include "importers/detail/clause_term_stages.h"

namespace parley::importers::detail {
namespace {

namespace prop = graph::prop;

// Actors.

bool StartsWithAny(std::string_view w,
                   std::initializer_list<std::string_view> prefixes) {
  return std::any_of(prefixes.begin(), prefixes.end(),
                     [&](std::string_view p) { return StartsWith(w, p); });
}

bool IsSideWord(const WordToken& t) {
  return t.is_word() && (OneOf(t.folded, {"side", "sides", "parties"}) ||
                         StartsWith(t.folded, "сторон"));
}

bool IsForcesWord(const WordToken& t) {
  return t.is_word() &&
         (OneOf(t.folded, {"forces", "troops", "armies", "force"}) ||
          StartsWith(t.folded, "войск") ||
          OneOf(t.folded, {"сил", "силы", "силам", "силами", "силах"}));
}

// Forces and their kinds.

// The kind of forces a word names when it qualifies forces ("naval forces",
// "военно-морских сил") or a way of crossing ("by air", "по суше"), or "".
std::string_view ForceKindOfWord(std::string_view w) {
  if (OneOf(w, {"land", "ground"}) || StartsWith(w, "сухопутн") ||
      OneOf(w, {"суше", "суша", "сушу"})) {
    return "land";
  }
  if (OneOf(w, {"naval", "navy", "navies", "sea", "fleet", "fleets"}) ||
      StartsWith(w, "морск") || StartsWith(w, "флот") || w == "морю") {
    return "naval";
  }
  if (OneOf(w, {"air", "aircraft"}) || StartsWith(w, "воздушн") ||
      w == "воздуху") {
    return "air";
  }
  return {};
}

bool IsCoordination(const WordToken& t) {
  return t.is_punct(",") || t.is_punct("-") ||
         (t.is_word() && OneOf(t.folded, {"and", "or", "и", "или", "военно",
                                          "by", "по", "the"}));
}

// Scope: which prisoners a clause covers.

bool IsPrisonerWord(std::string_view w) {
  return StartsWith(w, "prisoner") || StartsWith(w, "pow") ||
         StartsWith(w, "военнопленн") || StartsWith(w, "пленн");
}

}  // namespace

void ExtractActors(const Tokens& t, graph::Value& terms) {
  constexpr size_t kMaxGap = 6;
  for (size_t i = 0; i < t.size(); ++i) {
    const WordToken& w = t[i];
    if (!w.is_word()) continue;
    const WordToken* next = i + 1 < t.size() ? &t[i + 1] : nullptr;
    if (next != nullptr && IsSideWord(*next) &&
        (OneOf(w.folded,
               {"both", "обе", "обеих", "обеим", "обеими", "обоих"}) ||
         (w.folded == "two" && i > 0 && t[i - 1].folded == "the"))) {
      terms[prop::kActors].AppendUnique("both sides");
    } else if (next != nullptr && IsSideWord(*next) &&
               OneOf(w.folded, {"each", "either"})) {
      terms[prop::kActors].AppendUnique("each side");
    } else if (StartsWith(w.folded, "кажд") && next != nullptr &&
               (StartsWith(next->folded, "сторон") ||
                (next->folded == "из" && i + 2 < t.size() &&
                 StartsWith(t[i + 2].folded, "сторон")))) {
      terms[prop::kActors].AppendUnique("each side");
    } else if (w.folded == "foreign" || StartsWith(w.folded, "иностранн")) {
      size_t words_between = 0;
      for (size_t j = i + 1; j < t.size(); ++j) {
        if (t[j].sentence != w.sentence) break;
        if (!IsForcesWord(t[j])) {
          if (IsWordOrNumber(t[j]) && ++words_between > kMaxGap) break;
          continue;
        }
        bool all = i > 0 && (t[i - 1].folded == "all" ||
                             StartsWithAny(t[i - 1].folded, {"все"}));
        terms[prop::kActors].AppendUnique(all ? "all foreign forces"
                                              : "foreign forces");
        break;
      }
    } else if (w.folded == "enemy" || StartsWith(w.folded, "противник")) {
      terms[prop::kActors].AppendUnique("the enemy");
    }
  }
}

// "land, naval and air forces", "by air or by land", "naval forces leave",
// "сухопутных войск, военно-морских и военно-воздушных сил": each kind word
// in a run of kinds that ends at a forces word, or follows "by" / "по".
void ExtractForces(const Tokens& t, graph::Value& terms) {
  constexpr size_t kMaxRun = 8;
  for (size_t i = 0; i < t.size(); ++i) {
    if (!t[i].is_word()) continue;
    std::string_view kind = ForceKindOfWord(t[i].folded);
    if (kind.empty()) continue;
    bool by =
        i > 0 && OneOf(t[i - 1].folded, {"by", "по"}) &&
        (kind != "naval" || t[i].folded == "sea" || t[i].folded == "морю");
    bool forces = StartsWith(t[i].folded, "флот") ||
                  OneOf(t[i].folded, {"fleet", "navy", "navies"});
    for (size_t j = i + 1; !forces && j < t.size() && j <= i + kMaxRun; ++j) {
      if (t[j].sentence != t[i].sentence) break;
      if (IsForcesWord(t[j]) || StartsWith(t[j].folded, "флот") ||
          OneOf(t[j].folded, {"fleet", "units"})) {
        forces = true;
      } else if (!IsCoordination(t[j]) &&
                 ForceKindOfWord(t[j].folded).empty()) {
        break;
      }
    }
    if (by || forces) terms[prop::kForces].AppendUnique(kind);
  }
}

// "all prisoners", an unrestricted "exchange of prisoners": "all"; "those
// who insist on repatriation", "желающих вернуться": "wishing repatriation".
void ExtractScope(const Tokens& t, graph::Value& terms) {
  bool prisoners = false, all = false, exchange = false, wishing = false;
  for (size_t i = 0; i < t.size(); ++i) {
    if (!t[i].is_word()) continue;
    std::string_view w = t[i].folded;
    if (IsPrisonerWord(w)) {
      prisoners = true;
      for (size_t back = 1; back <= 2 && back <= i; ++back) {
        std::string_view b = t[i - back].folded;
        if (b == "all" || StartsWith(b, "все")) all = true;
      }
    }
    if (StartsWith(w, "exchang") || StartsWith(w, "обмен") ||
        StartsWith(w, "взаимообмен")) {
      exchange = true;
    }
    bool repatriation_wish =
        OneOf(w, {"insist", "insists", "wish", "wishing", "desire", "desiring",
                  "want", "wanting", "willing"}) ||
        StartsWith(w, "желающ") || StartsWith(w, "настаива") ||
        StartsWith(w, "желает");
    // "provided that no POW has to be sent back by force", "без
    // принуждения": repatriation only of those who wish it.
    bool no_force = (w == "force" && i > 0 && t[i - 1].folded == "by") ||
                    StartsWith(w, "forcibl") || StartsWith(w, "принудит") ||
                    StartsWith(w, "принужден");
    if (no_force) {
      for (size_t back = 1; back <= 8 && back <= i; ++back) {
        std::string_view b = t[i - back].folded;
        if (OneOf(b, {"no", "not", "never", "without", "без", "не"})) {
          wishing = true;
        }
      }
    }
    if (repatriation_wish) {
      for (size_t j = i + 1; j < t.size() && j <= i + 4; ++j) {
        std::string_view x = t[j].folded;
        if (StartsWith(x, "repatriat") || StartsWith(x, "return") ||
            StartsWith(x, "репатри") || StartsWith(x, "верну") ||
            StartsWith(x, "возвращ") || StartsWith(x, "go")) {
          wishing = true;
        }
      }
    }
  }
  if (!prisoners) return;
  if (wishing) {
    terms[prop::kScope] = "wishing repatriation";
  } else if (all || exchange) {
    terms[prop::kScope] = "all";
  }
}

}  // namespace parley::importers::detail
