// How a FRUS telegram says, in its own words, where it went: "Eyes only
// Murphy for delivery to General Clark." after its number (the addressee,
// and the one who hands it over), "Personal for Ridgway and Clark" (those
// it is for), and the posts it was repeated to: the
// closing line "Sent Tokyo 1419, rptd info Pusan 402, USUN 311." or the
// editors' note on the heading, "Repeated for information to Pusan and to
// the United States Mission at the United Nations."
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "importers/layouts/frus_common.h"

namespace parley::importers::layouts {
namespace {

using detail::ToLowerAscii;

// The party `text[b, e)` names, read as a heading's party is
// (ParseFrusParty: no "the", no footnote marker, no closing stop).
void AddParty(std::string_view text, size_t b, size_t e, size_t offset,
              std::vector<Party>& into) {
  if (b >= e) return;
  if (std::optional<Party> p =
          ParseFrusParty(text.substr(b, e - b), offset + b))
    into.push_back(std::move(*p));
}

// The posts of a list ("Pusan 402, USUN 311", "Pusan and to the United
// States Mission at the United Nations", "CINCPAC and to the Embassy in Korea
// for Briggs", "the UNC delegation at Munsan-ni"): each without the number
// it was sent as, the person it was for, or the town it sits in.
void AddPosts(std::string_view text, size_t b, size_t e, size_t offset,
              std::vector<Party>& into) {
  size_t item = b;
  auto close = [&](size_t end) {
    std::string_view piece = text.substr(item, end - item);
    while (!piece.empty() && piece.front() == ' ') piece.remove_prefix(1);
    while (!piece.empty() && (piece.back() == '.' || piece.back() == ' '))
      piece.remove_suffix(1);
    if (ToLowerAscii(piece).starts_with("to ")) piece.remove_prefix(3);
    size_t begin = static_cast<size_t>(piece.data() - text.data());
    std::string lower = ToLowerAscii(piece);
    size_t stop = piece.size();
    for (std::string_view cut : {" as ", " by ", " for ", " (", ";"})
      stop = std::min(stop, lower.find(cut));
    if (size_t at = lower.find(" at ");
        at != std::string::npos && lower.compare(at + 4, 4, "the ") != 0)
      stop = std::min(stop, at);
    // "USUN in New York": an abbreviation and where it is.
    size_t space = piece.find(' ');
    bool abbreviation =
        space != std::string_view::npos && space >= 2 &&
        std::all_of(piece.begin(), piece.begin() + space, [](char c) {
          return std::isupper(static_cast<unsigned char>(c));
        });
    if (abbreviation && lower.compare(space, 4, " in ") == 0) stop = space;
    // "Pusan 402": the repeat's own number.
    while (stop > 0 &&
           (std::isdigit(static_cast<unsigned char>(piece[stop - 1])) ||
            piece[stop - 1] == ' '))
      --stop;
    // "at Munsan-ni" alone, after a comma: no post.
    if (stop == 0 || !std::isupper(static_cast<unsigned char>(piece[0])))
      return;
    if (ToLowerAscii(piece).starts_with("the ") && stop > 4 &&
        !std::isupper(static_cast<unsigned char>(piece[4])))
      return;
    AddParty(text, begin, begin + stop, offset, into);
  };
  for (size_t i = b; i < e; ++i) {
    size_t sep = 0;
    if (text[i] == ',') sep = 1;
    if (text.substr(i, 5) == " and ") sep = 5;
    if (sep == 0) continue;
    close(i);
    i += sep - 1;
    item = i + 1;
  }
  close(e);
}

// Where the sentence that starts at `b` ends: a full stop after a word of
// four letters or more, or a number ("Pusan 402."), not after an initial or
// a rank ("Vice Admiral C. Turner Joy", "Gen. Boatner").
size_t SentenceEnd(std::string_view lower, size_t b) {
  for (size_t at = lower.find(". ", b); at != std::string_view::npos;
       at = lower.find(". ", at + 1)) {
    size_t word = lower.rfind(' ', at);
    word = word == std::string_view::npos || word < b ? b : word + 1;
    bool digits =
        at > word && std::isdigit(static_cast<unsigned char>(lower[at - 1]));
    if (at - word >= 4 || digits) return at;
  }
  return lower.size();
}

// "Eyes only Murphy for delivery to General Clark.": the addressee after
// the cue, the relay before it, in the paragraph's first sentences.
void ReadDelivery(std::string_view first, size_t offset, DocumentRecord& r) {
  std::string lower =
      ToLowerAscii(first.substr(0, std::min<size_t>(first.size(), 240)));
  constexpr std::string_view kCue = " for delivery to ";
  size_t at = lower.find(kCue);
  if (at == std::string::npos) return;
  size_t stop = lower.find('.', at + kCue.size());
  if (stop == std::string::npos) return;
  // The relay: after "Eyes only" or the message number's full stop.
  size_t from = lower.rfind("eyes only ", at);
  if (from != std::string::npos) {
    from += std::string_view("eyes only ").size();
  } else if (from = lower.rfind(". ", at); from != std::string::npos) {
    from += 2;
  } else {
    return;
  }
  std::vector<Party> relay, addressee;
  AddParty(first, from, at, offset, relay);
  AddParty(first, at + kCue.size(), stop, offset, addressee);
  if (addressee.empty()) return;
  // The heading's addressee (an embassy) passed it on too.
  for (Party& p : r.recipients) relay.push_back(std::move(p));
  r.recipients = std::move(addressee);
  for (Party& p : relay) r.via.push_back(std::move(p));
}

// "JCS 908339. From JCS. Personal for Ridgway and Clark.": those the
// message is for, after the cue up to "from" or the sentence's end; each
// one the heading does not name is an addressee too.
void ReadPersonalFor(std::string_view first, size_t offset, DocumentRecord& r) {
  std::string lower =
      ToLowerAscii(first.substr(0, std::min<size_t>(first.size(), 240)));
  constexpr std::string_view kCue = "personal for ";
  size_t at = lower.find(kCue);
  if (at == std::string::npos || (at > 0 && lower[at - 1] != ' ')) return;
  size_t b = at + kCue.size();
  if (lower.compare(b, 4, "the ") == 0) return;
  size_t e = SentenceEnd(lower, b);
  for (std::string_view stop : {" from ", ", eyes only"}) {
    size_t cut = lower.find(stop, b);
    if (cut < e) e = cut;
  }
  // A sentence the 240 bytes read cut short may cut a name.
  if (e == lower.size() && first.size() > lower.size()) return;
  std::vector<Party> named;
  AddPosts(first, b, e, offset, named);
  // "JCS" for "Joint Chiefs of Staff": the capitals of the name.
  auto capitals = [](std::string_view name) {
    std::string out;
    for (char c : name)
      if (std::isupper(static_cast<unsigned char>(c))) out += c;
    return out;
  };
  for (Party& p : named) {
    bool known = std::ranges::any_of(r.recipients, [&](const Party& q) {
      return ToLowerAscii(q.name).find(ToLowerAscii(p.name)) !=
                 std::string::npos ||
             capitals(q.name) == p.name;
    });
    if (!known) r.recipients.push_back(std::move(p));
  }
}

// "Sent Tokyo 1419, rptd info Pusan 402, USUN 311.", "Repeated for
// information to Pusan and to ...", "Repeated to CINCPAC.": the posts after
// the cue, to the sentence's end.
void ReadRepeats(std::string_view text, size_t offset, DocumentRecord& r) {
  std::string lower = ToLowerAscii(text);
  for (std::string_view cue :
       {"rptd info ", "repeated info ", "rptd ", "repeated for information to ",
        "repeated to "}) {
    size_t at = lower.find(cue);
    if (at == std::string::npos) continue;
    size_t b = at + cue.size();
    AddPosts(text, b, SentenceEnd(lower, b), offset, r.copies);
    return;
  }
}

}  // namespace

void ReadRouting(DocumentRecord& r) {
  if (r.body.empty() || r.numbers.empty()) return;
  std::string_view text = r.text;
  Span first = r.body.front();
  ReadDelivery(text.substr(first.start, first.end - first.start), first.start,
               r);
  ReadPersonalFor(text.substr(first.start, first.end - first.start),
                  first.start, r);
  for (const Span& s : r.body) {
    std::string_view line = text.substr(s.start, s.end - s.start);
    if (line.starts_with("Sent ") && line.size() < 200)
      ReadRepeats(line, s.start, r);
  }
  // The editors' note on the heading: the first (a TEI file's source note
  // may come before it).
  for (size_t k = 0; k < std::min<size_t>(2, r.notes.size()); ++k) {
    if (!r.copies.empty()) break;
    Span n = r.notes[k];
    std::string_view note = text.substr(n.start, n.end - n.start);
    size_t b = 0;
    while (b < note.size() &&
           (std::isdigit(static_cast<unsigned char>(note[b])) ||
            note[b] == '.' || note[b] == ' '))
      ++b;
    if (note.substr(b).starts_with("Repeated "))
      ReadRepeats(note.substr(b), n.start + b, r);
  }
}

}  // namespace parley::importers::layouts
