// Stage: texts set off otherwise than a quotation reads them. A protocol's
// attachments printed without quotation marks ("To p. 33(op) pr. PB No. 86",
// "[Attachment]") and the addressee's points a reply restates are regions
// of their own; a proposal read out at the table and quoted in a report
// names its reader; a record names its recorder or its diary's keeper.
#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "importers/detail/page_reader.h"
#include "importers/detail/point_names.h"

namespace parley::importers::detail {

namespace {

// The sentences of `paragraph`, parted at ". ".
std::vector<std::string_view> SentencesOf(std::string_view paragraph) {
  std::vector<std::string_view> out;
  for (size_t begin = 0; begin < paragraph.size();) {
    size_t stop = std::min(paragraph.find(". ", begin), paragraph.size());
    out.push_back(paragraph.substr(begin, stop - begin));
    begin = stop + 2;
  }
  return out;
}

}  // namespace

bool PageReader::IsAttachmentMarker(size_t i) const {
  std::string_view t = lines_[i].text;
  if (t.empty() || Words(t).size() > 8) return false;
  std::string lower = LowerText(t);
  // "[Attachment]", or "Attachment" as a heading of its own over the text.
  if (cues_.Opens("attachment_marker", lower) ||
      cues_.Is("attachment_heading", StripTrailing(lower, ".: ")))
    return true;
  // "Attachment No. 1", "Приложение № 2", "Annex A": the heading and the
  // attachment's label.
  std::vector<std::string_view> words = Words(lower);
  if (words.size() < 2 || words.size() > 3 ||
      !cues_.Is("attachment_heading", words[0]))
    return false;
  std::string_view label = words.back();
  if (words.size() == 3 && !(words[1] == "no." || words[1] == "no" ||
                             words[1] == "№" || words[1] == "nº"))
    return false;
  while (label.ends_with('.') || label.ends_with(':')) label.remove_suffix(1);
  return !label.empty() && label.size() <= 3 &&
         (std::ranges::all_of(label,
                              [](char c) { return c >= '0' && c <= '9'; }) ||
          (label.size() == 1 && label[0] >= 'a' && label[0] <= 'z') ||
          IsRomanNumeral(label));
}

void PageReader::CableQuoteRegions() {
  // "Quote. Marshal Kim Il Sung, ... Mark W. Clark, General, ... Unquote.":
  // a cable's quotation, set off by words for the marks.
  for (size_t i = body_begin_; i < body_end_; ++i) {
    std::string_view t = TrimView(lines_[i].text);
    if (line_region_[i] >= 0 || kinds_[i] != LineKind::kText ||
        !(t.starts_with("Quote. ") || t.starts_with("Quote: ") ||
          t.starts_with("Begin quote")))
      continue;
    size_t last = i;
    while (last < body_end_ && line_region_[last] < 0 &&
           !EndsCableQuote(lines_[last].text))
      ++last;
    if (last == body_end_ || line_region_[last] >= 0) continue;
    QuoteRegion r;
    r.first = i;
    r.last = last;
    r.lang = line_lang_[i];
    regions_.push_back(r);
    for (size_t k = i; k <= last; ++k)
      line_region_[k] = static_cast<int>(regions_.size()) - 1;
    i = last;
  }
}

void PageReader::AttachmentRegions() {
  std::vector<size_t> markers;
  for (size_t i = body_begin_; i < body_end_; ++i) {
    if (line_region_[i] < 0 && IsAttachmentMarker(i)) markers.push_back(i);
  }
  for (size_t m = 0; m < markers.size(); ++m) {
    size_t end = m + 1 < markers.size() ? markers[m + 1] : body_end_;
    size_t first = markers[m] + 1, last = first;
    bool text = false;
    // Paragraphs of the attachment's own words, outside and inside
    // quotations.
    size_t own = 0, inside = 0;
    // The attachment ends where the page's translation begins.
    std::string lang;
    for (size_t i = first; i < end; ++i) {
      if (lines_[i].blank()) continue;
      if (kinds_[i] == LineKind::kText && !line_lang_[i].empty()) {
        if (lang.empty()) lang = line_lang_[i];
        if (line_lang_[i] != lang && Words(lines_[i].text).size() > 3) break;
      }
      if (kinds_[i] == LineKind::kText) {
        text = true;
        if (line_region_[i] >= 0)
          ++inside;
        else if (Words(lines_[i].text).size() > 8)
          ++own;
      }
      last = i;
    }
    // A quoted text under the line ("Hand him the following reply: «...»")
    // is read as a quotation already, unless the attachment has paragraphs
    // of its own around it ("To your No. 41. 1. We agree ... 3. The point on
    // Korea is to read as follows: «...»"): then the quotation is part of
    // the attachment.
    if (!text || (inside > 0 && own < 2)) continue;
    for (size_t i = first; i <= last; ++i) {
      if (line_region_[i] >= 0) regions_[line_region_[i]].absorbed = true;
    }
    while (first < last && lines_[first].blank()) ++first;
    QuoteRegion r;
    r.first = first;
    r.last = last;
    r.attached = true;
    r.lang = line_lang_[first];
    for (size_t i = first; i <= last && r.lang.empty(); ++i)
      r.lang = line_lang_[i];
    regions_.push_back(r);
    for (size_t i = first; i <= last; ++i)
      line_region_[i] = static_cast<int>(regions_.size()) - 1;
  }
}

void PageReader::RestatedRegions() {
  for (size_t i = body_begin_; i < body_end_; ++i) {
    std::string_view t = lines_[i].text;
    if (line_region_[i] >= 0 || kinds_[i] != LineKind::kText || t.empty() ||
        t.back() != ':')
      continue;
    std::string lower = LowerText(t);
    std::string lead = LowerText(LastSentence(t));
    bool addressees =
        cues_.Contains("your", lower) && cues_.Contains("restating", lead);
    if (!addressees && !cues_.Contains("summing_up", lead)) continue;
    // An agreement summed up ("signed the agreement ... summed up its main
    // provisions as follows:") is both sides' text: the report's own
    // account of it, as an agreed text quoted is.
    if (!addressees) {
      if (DocTypeAround(i, 2) == "agreement") continue;
    }
    size_t first = i + 1;
    while (first < body_end_ && lines_[first].blank()) ++first;
    if (first >= body_end_ || line_region_[first] >= 0) continue;
    std::optional<PointMarker> marker = ReadPointMarker(lines_[first].text);
    if (!marker) continue;
    // The list runs over the points that follow one another, numbered or
    // lettered as the first is, up to the first paragraph of other text.
    size_t last = first;
    for (size_t k = first + 1; k < body_end_; ++k) {
      if (lines_[k].blank()) continue;
      std::optional<PointMarker> next = ReadPointMarker(lines_[k].text);
      if (line_region_[k] >= 0 || !next || next->numbered != marker->numbered ||
          line_lang_[k] != line_lang_[first])
        break;
      last = k;
    }
    QuoteRegion r;
    r.first = first;
    r.last = last;
    r.lang = line_lang_[first];
    r.intro_line = i;
    r.restated = true;
    r.addressees = addressees;
    regions_.push_back(r);
    for (size_t k = first; k <= last; ++k)
      line_region_[k] = static_cast<int>(regions_.size()) - 1;
    i = last;
  }
}

std::optional<std::pair<NodeId, Evidence>> PageReader::ReadOutProposal(
    size_t intro) {
  std::string_view lead = LastSentence(lines_[intro].text);
  std::string lower = LowerText(lead);
  // "the following telegram", "the text of his letter": a document. Only
  // the words after "following" (else the whole sentence) name what is
  // quoted: "a long statement on the agreement reached ... and then read
  // the following proposal" quotes a proposal.
  size_t following = lower.rfind("following");
  std::string kind = DocTypeFromWords(
      following == std::string::npos ? lower : lower.substr(following, 40));
  if (!kind.empty() && kind != "message") return std::nullopt;
  // "Communist proposal, as read by Nam Il. English text handed over by
  // Communist del follows:": a last sentence that only hands the text over
  // leans on the paragraph for who read it.
  std::string_view paragraph = lines_[intro].text;
  const bool handed = cues_.Contains("handed_across", lower);
  const bool read_out = cues_.Contains("reading_out", lower);
  if (!cues_.Contains("proposing", lower)) {
    lead = paragraph;
    lower = LowerText(lead);
    if (!handed && !cues_.Contains("proposing", lower)) return std::nullopt;
  }
  if (auto subject = ProposingSubject(lead)) return subject;
  // "Nam Il opened with a long statement ... and then read the following
  // proposal": the sentence's subject, named first.
  std::vector<std::pair<NodeId, Evidence>> named = PersonsIn(lead);
  if (!named.empty()) return named.front();
  // A text handed across or read out, the last sentence naming no one: the
  // one who handed it over in the paragraph ("Col Darrow and Lt Col Levie
  // handed Commie staff officers ... the UNC draft ... Text as handed over
  // follows:"), else the one it names first ("Nam Il opened ... He then
  // read the whole set, which in the English text handed across the table
  // runs as follows:").
  if (handed || read_out) {
    if (handed) {
      if (auto subject = ProposingSubject(paragraph, "handed_across"))
        return subject;
    }
    named = PersonsIn(paragraph);
    if (!named.empty()) return named.front();
  }
  // "Col Darrow tabled the revised UNC draft of para 13 ... Text as tabled
  // follows:": a short last sentence that only puts the text forward
  // leans on the paragraph's sentence that has someone put it forward.
  if (lead.size() < paragraph.size() && Words(lead).size() <= 6) {
    // The verb nearest the text ("Nam Il proposed a recess ... Col Darrow
    // tabled revised draft ..." is Darrow's).
    if (auto subject = ProposingSubject(
            paragraph.substr(
                0, static_cast<size_t>(lead.data() - paragraph.data())),
            "proposing", nullptr, /*nearest=*/true))
      return subject;
  }
  // "Vyshinsky spoke in Comite 1 ... At close he tabled USSR draft res, of
  // which operative paras read:": "he" putting forward the text quoted as
  // it reads is the one the paragraph named first.
  if (lead.size() < paragraph.size()) {
    std::string ll = " " + LowerText(lead);
    if (LeadsInAsItReads(ll) && cues_.Contains("proposing", ll) &&
        (ll.find(" he ") != std::string::npos ||
         ll.find(" she ") != std::string::npos)) {
      std::vector<std::pair<NodeId, Evidence>> before =
          PersonsIn(paragraph.substr(
              0, static_cast<size_t>(lead.data() - paragraph.data())));
      if (!before.empty()) return before.front();
    }
  }
  // "Nam Il said ... He said that ... his side now proposed the following:":
  // a pronoun for the one the paragraph named before.
  std::string last = LowerText(LastSentence(paragraph));
  if (!cues_.Contains("speech_verb", last)) return std::nullopt;
  return SpeechSubject(paragraph);
}

bool PageReader::TabledBySide(size_t intro) const {
  std::string_view paragraph = lines_[intro].text;
  // "Peng Dehuai sent me the following telegram:": a document.
  std::string kind = DocTypeFromWords(LowerText(LastSentence(paragraph)));
  if (!kind.empty() && kind != "message") return false;
  for (std::string_view sentence : SentencesOf(paragraph)) {
    std::string lower = LowerText(sentence);
    // A verb, not the noun ("the Communist proposal", "at the table").
    size_t verb = std::string::npos;
    for (size_t from = 0; from < lower.size();) {
      size_t at = cues_.Find("proposing", std::string_view(lower).substr(from));
      if (at == std::string::npos) break;
      at += from;
      std::string_view rest = std::string_view(lower).substr(at);
      if (!rest.starts_with("proposal") && !rest.starts_with("table ") &&
          !rest.starts_with("table,") && !rest.starts_with("table.")) {
        verb = at;
        break;
      }
      from = at + 1;
    }
    if (verb == std::string::npos) continue;
    // The side is the verb's subject: after a comma, and not in a clause
    // of comparison ("such as the UNC put forward").
    std::string subject = " ";
    bool compared = false;
    for (std::string_view w :
         LastWords(std::string_view(lower).substr(0, verb), 4)) {
      if (w.ends_with(',')) {
        subject = " ";
        compared = false;
        continue;
      }
      compared = compared || w == "as" || w == "than";
      subject += std::string(w) + " ";
    }
    if (!compared && (cues_.Contains("side_other", subject) ||
                      cues_.Contains("side_unc", subject) ||
                      cues_.Contains("side_kpa", subject)))
      return true;
  }
  return false;
}

bool PageReader::ReadTextOfProposal(int r, size_t intro) {
  std::string lower = LowerText(LastSentence(lines_[intro].text));
  // "Following changes were agreed ad referendum, subject to approval of
  // senior delegates:": the report's account of what was agreed.
  if (lower.starts_with("following ") && lower.ends_with(":") &&
      cues_.Contains("agreed", lower.substr(0, 60))) {
    regions_[r].agreed = true;
    return true;
  }
  std::string_view head = lower.starts_with("text of ") ? "text of "
                          : lower.starts_with("текст ") ? "текст "
                                                        : "";
  if (head.empty()) return false;
  std::string_view what = std::string_view(lower).substr(head.size(), 60);
  // "Text of the telegram:", "Text of my msg to ...": a document.
  std::string kind = DocTypeFromWords(what);
  if (kind == "agreement" || cues_.Contains("agreed", what)) {
    regions_[r].agreed = true;
    return true;
  }
  if (!kind.empty() || !cues_.Contains("proposing", what)) return false;
  // "... Hodes, as authorized by your msg of 13 Nov, tabled the proposal in
  // part 2." above: the one a sentence of the report has table it.
  for (size_t k = intro, seen = 0; k-- > body_begin_ && seen < 8;) {
    if (line_region_[k] != line_region_[intro] || kinds_[k] != LineKind::kText)
      continue;
    ++seen;
    std::string_view t = lines_[k].text;
    std::optional<std::pair<NodeId, Evidence>> tabler;
    for (std::string_view sentence : SentencesOf(t)) {
      if (cues_.Contains("proposing", LowerText(sentence))) {
        if (auto subject = ProposingSubject(sentence)) tabler = subject;
      }
    }
    if (tabler) {
      regions_[r].read_by = *tabler;
      return true;
    }
  }
  return true;
}

std::optional<std::pair<NodeId, Evidence>> PageReader::Recorder(
    std::string_view cue_kind) {
  for (size_t i = body_end_; i-- > body_begin_;) {
    if (line_region_[i] >= 0 || lines_[i].blank()) continue;
    std::string_view t = lines_[i].text;
    std::string lower = LowerText(t);
    for (const std::string& cue : cues_.Cues(cue_kind)) {
      if (lower.rfind(cue, 0) != 0) continue;
      // The name, without "[signature]" or "(signature)" after it.
      std::string_view name = TrimView(t.substr(cue.size()));
      if (size_t mark = name.find_first_of("[(");
          mark != std::string_view::npos)
        name = TrimView(name.substr(0, mark));
      while (!name.empty() && (name.back() == '.' || name.back() == ','))
        name.remove_suffix(1);
      if (name.empty() || Words(name).size() > 4) return std::nullopt;
      Evidence ev = Ev(Offset(name), Offset(name) + name.size());
      NodeId id = PersonFromName(name, ev);
      if (id.empty()) return std::nullopt;
      return std::make_pair(id, ev);
    }
  }
  return std::nullopt;
}

}  // namespace parley::importers::detail
