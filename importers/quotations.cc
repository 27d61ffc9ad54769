// Stage: quotations and the documents they are. Quoted regions (nested,
// closed or not), then for each its author, date and kind: from its
// signature, the line that introduces it, or the attachment the title names.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "importers/clause_terms.h"
#include "importers/detail/page_reader.h"

namespace parley::importers::detail {

void PageReader::FindQuoteRegions() {
  line_region_.assign(lines_.size(), -1);
  std::vector<int> open;  // stack of region indexes
  // Ends the regions on the stack down to `depth`, the innermost first; the
  // line that caused it is `limit` (exclusive).
  // Lines after an unclosed quotation's end belong to the one around it.
  auto end_regions = [&](size_t depth, size_t limit) {
    while (open.size() > depth) {
      int r = open.back();
      regions_[r].last = UnclosedRegionEnd(r, limit);
      for (size_t i = regions_[r].last + 1; i < limit; ++i) {
        if (line_region_[i] == r) line_region_[i] = regions_[r].parent_region;
      }
      open.pop_back();
    }
  };
  for (size_t i = body_begin_; i < body_end_; ++i) {
    std::string_view t = lines_[i].text;
    if (t.empty()) continue;
    // An unclosed quotation ends where the language changes: a page's
    // Russian original and English translation are never one quotation.
    size_t keep = open.size();
    while (keep > 0 && kinds_[i] == LineKind::kText && !line_lang_[i].empty() &&
           !regions_[open[keep - 1]].lang.empty() &&
           line_lang_[i] != regions_[open[keep - 1]].lang) {
      --keep;
    }
    end_regions(keep, i);
    // A line that is only a closing mark ("»", "\".") opens nothing.
    bool mark_only = StripTrailing(t, ".,; ").size() == OpenQuoteMark(t).size();
    if (std::string_view mark = OpenQuoteMark(t); !mark.empty() && !mark_only) {
      // English quotes a passage of several paragraphs by opening each with
      // the mark and closing only the last: a paragraph that opens with the
      // mark of a quotation still open goes on with it, and quotations
      // opened inside that one and never closed end before it. (Russian
      // nests «» in «», so this is for the English marks only.)
      // Only a paragraph after one that opened with the mark too: "Chairman
      // Mao asks me to send his telegram below." then "\"Comrade Filippov!"
      // opens a quotation inside. One that ends with a colon goes on with
      // the quotation too: an address ("“General Kim Il Sung, General Peng
      // Teh-huai:") or a paragraph leading into the letter's points.
      size_t prev = i;
      while (prev > body_begin_ && lines_[prev - 1].blank()) --prev;
      std::string_view above = lines_[prev - 1].text;
      // The paragraph that opened with the mark may hold sub-points on
      // lines of their own ("“3. The Commission:" over "a. ...", "b. ...")
      // before the next one opens with it ("“4. ...").
      size_t opener = prev - 1;
      if (prev > body_begin_ && !above.empty() && above.back() != ':') {
        while (opener > body_begin_ && !open.empty() &&
               (lines_[opener].blank() ||
                (line_region_[opener] == open.back() &&
                 OpenQuoteMark(lines_[opener].text).empty() &&
                 MarkerOf(lines_[opener].text))))
          --opener;
      }
      bool paragraphs =
          prev > body_begin_ && OpenQuoteMark(lines_[opener].text) == mark;
      if ((mark == "\"" || mark == "“") && paragraphs) {
        size_t k = open.size();
        while (k > 0 && regions_[open[k - 1]].open_mark != mark) --k;
        if (k > 0) {
          end_regions(k, i);
          line_region_[i] = open.back();
          if (QuoteMarksPair(mark, ClosingQuoteMark(t.substr(mark.size())))) {
            regions_[open.back()].last = i;
            open.pop_back();
          }
          continue;
        }
      }
      // A quotation that also closes on its first line is a one-line region.
      std::string_view close = ClosingQuoteMark(t.substr(mark.size()));
      bool one_line = QuoteMarksPair(mark, close);
      QuoteRegion r;
      r.first = i;
      r.last = i;
      r.parent_region = open.empty() ? -1 : open.back();
      r.lang = line_lang_[i];
      r.open_mark = mark;
      regions_.push_back(r);
      line_region_[i] = static_cast<int>(regions_.size()) - 1;
      if (!one_line) open.push_back(static_cast<int>(regions_.size()) - 1);
      continue;
    }
    if (open.empty()) continue;
    line_region_[i] = open.back();
    if (regions_[open.back()].lang.empty())
      regions_[open.back()].lang = line_lang_[i];
    std::string_view close = ClosingQuoteMark(t);
    if (close.empty()) continue;
    // The mark closes the innermost quotation it pairs with; quotations
    // opened inside that one and never closed end before it.
    for (size_t k = open.size(); k-- > 0;) {
      if (!QuoteMarksPair(regions_[open[k]].open_mark, close)) continue;
      end_regions(k + 1, i);
      line_region_[i] = open.back();
      regions_[open.back()].last = i;
      open.pop_back();
      break;
    }
  }
  end_regions(0, body_end_);
  CableQuoteRegions();
  AttachmentRegions();
  RestatedRegions();
  for (size_t r = 0; r < regions_.size(); ++r) {
    for (size_t i = regions_[r].first;
         i <= regions_[r].last && i < lines_.size(); ++i) {
      if (line_region_[i] < static_cast<int>(r))
        line_region_[i] = static_cast<int>(r);
    }
  }
}

DocDraft PageReader::OuterDocument() {
  DocDraft outer;
  outer.type = record_.doc_type.empty() ? "document" : record_.doc_type;
  // A dateline's time ("Tokyo, October 25, 1951—9 p.m.") is the dispatch.
  outer.sent = record_.sent;
  outer.received = record_.received;
  if (record_.date) outer.date = *record_.date;
  for (auto& [id, ev] : title_authors_) AddParty(outer.authors, id, ev);
  for (auto& [id, ev] : title_recipients_) AddParty(outer.recipients, id, ev);
  for (auto& [id, ev] : title_via_) AddParty(outer.via, id, ev);
  outer.origin = title_origin_;
  // The posts a FRUS telegram was repeated to: offices, places, a person.
  for (const Party& p : record_.copies) {
    std::string_view name =
        text_.substr(p.span.start, p.span.end - p.span.start);
    Evidence ev = Ev(p.span);
    NodeId id;
    for (NodeKind kind : {NodeKind::kPerson, NodeKind::kPlace})
      if (const GazetteerEntry* e = gazetteer_.Resolve(name, kind);
          e && id.empty())
        id = AddEntity(*e, name, false, ev);
    // "Vice Admiral C. Turner Joy": the person in the rank and name.
    if (auto persons = PersonsIn(name); id.empty() && persons.size() == 1)
      std::tie(id, ev) = persons.front();
    if (id.empty()) id = OrganizationFromName(name, ev, /*office=*/true);
    if (!id.empty()) AddParty(outer.copies, id, ev);
  }
  outer.title_evidence = !record_.title.empty()    ? Ev(record_.title.span)
                         : body_begin_ < body_end_ ? LineEv(body_begin_)
                                                   : Ev(0, 0);
  outer.has_title_evidence = true;
  // Signatures outside any quotation sign the outer document; one under
  // "Transmitted at the request of Comrade KIM IL SUNG." is the relay's.
  for (size_t i = body_begin_; i < body_end_; ++i) {
    if (kinds_[i] == LineKind::kSignature && line_region_[i] < 0) {
      size_t above = i;
      while (above > body_begin_ && lines_[above - 1].blank()) --above;
      bool relayed =
          above > body_begin_ &&
          cues_.Contains("relay_note", LowerText(lines_[above - 1].text));
      if (auto sig = SignatureOf(i))
        AddParty(relayed ? outer.via : outer.authors, sig->first, sig->second);
    }
  }
  // "Recorded by N. Fedorenko [signature]" under a record of conversation:
  // the recorder wrote it, not the speakers its heading names.
  // "FROM THE DIARY OF A.A. GROMYKO": the diary's keeper wrote the record,
  // whoever took the notes.
  if (auto keeper = Recorder("diary_keeper")) {
    outer.authors.clear();
    AddParty(outer.authors, keeper->first, keeper->second);
  } else if (record_.doc_type == "record of conversation") {
    if (auto recorder = Recorder()) {
      outer.authors.clear();
      AddParty(outer.authors, recorder->first, recorder->second);
      outer.recorded = true;
    }
  }
  // The signature the layout prints ("Bruce" under a FRUS telegram), a name
  // the gazetteer may lack.
  if (!record_.signature.empty()) {
    std::string_view name =
        text_.substr(record_.signature.start,
                     record_.signature.end - record_.signature.start);
    if (LooksLikeName(gazetteer_, name)) {
      Evidence ev = Ev(record_.signature);
      NodeId id = PersonFromName(name, ev);
      if (!id.empty()) AddParty(outer.authors, id, ev);
    }
  }
  return outer;
}

bool PageReader::IsOuterAuthor(const NodeId& id) const {
  return std::any_of(docs_[0].authors.begin(), docs_[0].authors.end(),
                     [&](const DocDraft::Party& p) { return p.id == id; });
}

void PageReader::ReadQuoteSignature(int r, QuoteReading& q) {
  const QuoteRegion& region = regions_[r];
  for (size_t i = region.last + 1; i-- > region.first;) {
    if (lines_[i].blank()) continue;
    if (line_region_[i] != r) break;
    if (kinds_[i] == LineKind::kLoneDate && !q.date) {
      if (auto d = detail::FindDate(lines_[i].text, DefaultYear())) {
        q.date = d->date;
        // "30.10.51 г. 22.00" under the signature: when it went out.
        if (auto tm = detail::ClockAfterDate(lines_[i].text, d->end);
            tm && tm->time.ok() && d->date.day > 0) {
          q.sent = detail::IsoDateTime(d->date, tm->time);
        }
        continue;
      }
    }
    // A formality, a number or a routing line ends no message ("TOP
    // PRIORITY" where a quotation never closed runs on).
    bool may_sign =
        kinds_[i] == LineKind::kSignature || kinds_[i] == LineKind::kText;
    // "Signed: A, Colonel, USAF; B, Colonel, USMC ...": all of them.
    if (auto list = Signatories(i); !list.empty()) {
      q.authors.insert(q.authors.end(), list.begin(), list.end());
      q.signed_quote = true;
      break;
    }
    std::optional<std::pair<NodeId, Evidence>> sig;
    if (may_sign) sig = SignatureOf(i);
    if (!sig) sig = SignedAtEnd(i);
    if (sig) {
      q.authors.push_back(*sig);
      q.signed_quote = true;
      // A date beside the signature dates the message; one in a sentence
      // before it ("Sub-delegations meet again 1100, 9 Dec. Signed Joy.")
      // does not.
      std::string_view t = lines_[i].text;
      size_t sig_at =
          sig->second.start >= Offset(t)
              ? std::min<size_t>(sig->second.start - Offset(t), t.size())
              : 0;
      size_t from = t.rfind(". ", sig_at);
      from = from == std::string_view::npos || from >= sig_at ? 0 : from + 2;
      if (auto d = detail::FindDate(t, DefaultYear(), from)) q.date = d->date;
      MoreSigners(i, r, q.authors);
    }
    break;
  }
}

std::string PageReader::DocTypeAround(size_t line, size_t before) const {
  std::string type = DocTypeFromWords(LowerText(lines_[line].text));
  for (size_t j : LinesBefore(line, before)) {
    if (!type.empty()) break;
    type = DocTypeFromWords(LowerText(lines_[j].text));
  }
  return type;
}

std::vector<size_t> PageReader::LinesBefore(size_t line, size_t count) const {
  std::vector<size_t> out;
  for (size_t j = line; out.size() < count && j-- > body_begin_;) {
    if (lines_[j].blank()) continue;
    if (kinds_[j] != LineKind::kText) break;
    out.push_back(j);
  }
  return out;
}

void PageReader::FindQuoteIntroduction(const QuoteRegion& region,
                                       QuoteReading& q) {
  for (size_t i = region.first; i-- > body_begin_;) {
    // The sender's signature, copies and number may stand between the
    // introduction and the text it introduces.
    LineKind k = kinds_[i];
    // "I." alone over the first of the texts a page forwards.
    std::string_view t = lines_[i].text;
    if (t == "I." || t == "II." || t == "III." || t == "IV.") continue;
    if (lines_[i].blank() || k == LineKind::kSignature ||
        k == LineKind::kCopies || k == LineKind::kOutgoingNumber ||
        k == LineKind::kNumber || k == LineKind::kLoneDate)
      continue;
    // The last line of a quotation before it ("... and to meet again
    // tomorrow.\"" over "II.") introduces nothing and names no kind.
    bool other_quote = line_region_[i] >= 0 &&
                       line_region_[i] != region.parent_region &&
                       ClosesQuote(lines_[i].text);
    if ((k == LineKind::kText || k == LineKind::kEditorial) && !other_quote) {
      q.intro_lower = LowerText(lines_[i].text);
      // "I intend to reply as follows:" introduces the writer's own message.
      if (region.restated || cues_.Contains("introduction", q.intro_lower) ||
          cues_.Contains("reading_out", q.intro_lower) ||
          cues_.Contains("own_document", q.intro_lower)) {
        q.has_intro = true;
        q.intro_line = i;
      }
    }
    break;
  }
  // "My telegram:": the writer's own earlier message, quoted whole. A
  // short introduction leans on the sentence above it for its details
  // ("... my telegram to Comrade Kim Il Sung of 15 July ...").
  q.own_document = q.has_intro && cues_.Contains("own_document", q.intro_lower);
  if (q.own_document && Words(lines_[q.intro_line].text).size() <= 4) {
    for (size_t i = q.intro_line; i-- > body_begin_;) {
      if (lines_[i].blank()) continue;
      if (kinds_[i] == LineKind::kText) {
        q.intro_lower = LowerText(lines_[i].text) + " " + q.intro_lower;
        q.intro_line = i;
      }
      break;
    }
  }
}

void PageReader::ReadQuoteAuthors(int r, QuoteReading& q,
                                  bool& attachment_used) {
  const QuoteRegion& region = regions_[r];
  // (c) a signature right after it, unless a line introduced the quotation
  // as someone else's: then the signature is the forwarder's.
  if (q.authors.empty() && !q.has_intro) {
    for (size_t i = region.last + 1; i < body_end_; ++i) {
      if (lines_[i].blank()) continue;
      if (kinds_[i] == LineKind::kSignature &&
          line_region_[i] == region.parent_region) {
        if (auto sig = SignatureOf(i)) q.authors.push_back(*sig);
      }
      break;
    }
  }
  if (q.own_document && q.authors.empty()) {
    for (const DocDraft::Party& a : docs_[0].authors)
      q.authors.emplace_back(a.id, LineEv(q.intro_line));
  }
  bool other_intro = q.authors.empty() && q.has_intro && !q.own_document;
  // A record of conversation gives each speaker a paragraph that opens
  // with the name in capitals: what it quotes ("STALIN begins ... He says
  // that we share the opinion of Mao Zedong ... and will press for the
  // following:") is the speaker's own words, unless the sentence that
  // leads into it names another's text.
  if (other_intro && Speaker(q.intro_line)) {
    std::string_view lead = LastSentence(lines_[q.intro_line].text);
    for (auto& author : IntroAuthors(lead, /*named_only=*/true))
      q.authors.push_back(author);
    q.writers_words = q.authors.empty();
  }
  other_intro =
      q.authors.empty() && q.has_intro && !q.own_document && !q.writers_words;
  // "Visit ZHOU ENLAI and tell him the following:": the writer's own
  // words, for the one the addressee is to visit.
  // "I therefore propose that ... the UNC Delegation table the following
  // draft:": the writer's own proposal, unsigned, is the writer's text.
  if (other_intro &&
      (cues_.Contains("relay_instruction", q.intro_lower) ||
       cues_.Contains("own_statement", q.intro_lower) ||
       (!q.signed_quote && FirstPersonProposes(LowerText(
                               LastSentence(lines_[q.intro_line].text))))))
    q.writers_words = true;
  if (q.authors.empty() && q.has_intro && !q.writers_words) {
    std::string_view lead = IntroLead(lines_[q.intro_line].text);
    q.authors = IntroAuthors(lead, /*named_only=*/true);
    // "Subdels (Hodes, Burke; Lee Sang Cho, Hsieh Fang) agreed ... on the
    // following text": what those named agreed on is all of theirs, not
    // the first one's.
    if (q.authors.empty()) q.authors = AgreedBy(LastSentence(lead));
    if (q.authors.empty()) q.authors = IntroAuthors(lead);
  }
  // "I set out the main provisions of the draft:", "I give the text of the
  // main paragraphs of the draft:": whose the draft is, the paragraph says
  // before ("Menon, on behalf of the Indian delegation, put before the
  // First Committee a revised text of his draft resolution").
  bool refers_back = q.has_intro && !q.writers_words && !q.own_document &&
                     !q.signed_quote && !region.read_by &&
                     cues_.Contains("the_document", q.intro_lower);
  if (q.authors.empty() &&
      (refers_back || (region.restated && !region.addressees))) {
    // Its author ("the proposal which Cde. NAM IL put forward") before one
    // named nearer ("ZHOU ENLAI said that the proposal carries further").
    for (bool named_only : {true, false}) {
      for (size_t j : LinesBefore(q.intro_line, 3)) {
        q.authors = IntroAuthors(lines_[j].text, named_only);
        if (!q.authors.empty()) break;
      }
      if (!q.authors.empty()) break;
    }
  }
  // "In it you put three questions to us:": the addressee's points.
  if (q.authors.empty() && region.addressees) {
    int parent = region.parent_region >= 0
                     ? std::max(regions_[region.parent_region].doc, 0)
                     : 0;
    for (const DocDraft::Party& p : docs_[parent].recipients)
      q.authors.emplace_back(p.id, LineEv(q.intro_line));
  }
  // (d) the attachment the title describes
  if (!attachment_used && region.parent_region < 0 &&
      (!attach_authors_.empty() || !attach_type_.empty())) {
    bool matches = q.authors.empty();
    for (auto& a : attach_authors_) {
      for (auto& b : q.authors) matches = matches || a.first == b.first;
    }
    if (matches) {
      q.is_attachment = true;
      attachment_used = true;
      if (q.authors.empty()) q.authors = attach_authors_;
      // The introduction's date and time come first (DateQuote).
      if (!q.date && !q.has_intro && attach_date_) q.date = attach_date_;
    }
  }
}

bool PageReader::IsOwnText(int r, int parent_doc, const QuoteReading& q) {
  if (!q.addressees.empty() || q.own_document) return false;
  if (q.writers_words) return true;
  bool own_text = false;
  if (!q.authors.empty()) {
    // An attached telegram signed by the body that adopts it
    // ("ИНСТАНЦИЯ" under the Politburo's) is still a document of its own.
    own_text =
        parent_doc == 0 && !q.is_attachment && !regions_[r].attached &&
        std::all_of(q.authors.begin(), q.authors.end(),
                    [&](const auto& a) { return IsOuterAuthor(a.first); });
  } else {
    own_text = !q.has_intro && !q.is_attachment && !regions_[r].attached &&
               !docs_[0].authors.empty();
  }
  // A proposal read out at the table and quoted in a report ("Nam Il ...
  // then read the following proposal: “Quote (1) ... Unquote.”"): with no
  // signature, address or date of its own, it is no document but the
  // report's account of what was proposed, and its points are the
  // report's, proposed by the one who read them.
  // When the report numbers points of its own, the quoted ones keep a
  // document of their own: two lists are not one.
  if (!own_text && q.has_intro && !q.signed_quote && !q.date &&
      !ListAround(r)) {
    if (auto reader = ReadOutProposal(q.intro_line)) {
      own_text = true;
      regions_[r].read_by = *reader;
    } else if (q.authors.empty() && TabledBySide(q.intro_line)) {
      own_text = true;
      regions_[r].tabled = true;
    }
  }
  // "Part 2. Text of the UNC proposal:", "Text of the agreement on agenda
  // item 2 as ratified reads:": unsigned and undated, the text of what was
  // put forward or agreed at the table is the report's account of it.
  if (!own_text && q.has_intro && q.authors.empty() && !q.signed_quote &&
      !q.date && parent_doc == 0 && ReadTextOfProposal(r, q.intro_line))
    own_text = true;
  // "the delegation of the USSR will ... seek to obtain the following:
  // «1. ...»": unsigned, undated and no one's by its introduction, a text
  // the writer's side is to put forward is the writer's.
  if (!own_text && q.has_intro && q.authors.empty() && !q.signed_quote &&
      !q.date && parent_doc == 0 && !docs_[0].authors.empty() &&
      cues_.Contains("planned",
                     LowerText(LastSentence(lines_[q.intro_line].text))))
    own_text = true;
  return own_text;
}

int PageReader::DraftFor(int parent_doc, const std::string& type,
                         const QuoteReading& q, const std::string& lang) {
  // The same message in another language is the same document; "message"
  // is the kind when no word names it, so it meets any other.
  for (size_t d = 1; d < docs_.size(); ++d) {
    DocDraft& other = docs_[d];
    bool same_kind =
        other.type == type || other.type == "message" || type == "message";
    if (other.parent != parent_doc || !same_kind) continue;
    if (other.languages.count(lang)) continue;
    bool same_authors = other.authors.size() == q.authors.size();
    for (auto& a : q.authors) {
      same_authors = same_authors &&
                     std::any_of(other.authors.begin(), other.authors.end(),
                                 [&](const DocDraft::Party& p) {
                                   return p.id == a.first;
                                 });
    }
    bool same_date =
        !q.date || !other.date || other.date->Iso() == q.date->Iso();
    if (!same_authors || !same_date) continue;
    if (other.type == "message") other.type = type;
    if (q.date && other.date_inferred) {
      other.date = q.date;
      other.date_inferred = false;
    }
    return static_cast<int>(d);
  }
  DocDraft d;
  d.type = type;
  d.parent = parent_doc;
  d.date = q.date;
  d.sent = q.sent;
  if (!q.date) {
    // An attached draft carries the date of the document that holds it.
    d.date = docs_[parent_doc].date;
    d.date_inferred = true;
  }
  docs_.push_back(std::move(d));
  return static_cast<int>(docs_.size()) - 1;
}

void PageReader::AssignDocuments() {
  docs_.push_back(OuterDocument());
  bool attachment_used = false;
  for (size_t r = 0; r < regions_.size(); ++r) {
    QuoteRegion& region = regions_[r];
    if (region.absorbed) continue;
    int parent_doc =
        region.parent_region >= 0 ? regions_[region.parent_region].doc : 0;
    if (parent_doc < 0) parent_doc = 0;
    QuoteReading q;
    ReadQuoteSignature(static_cast<int>(r), q);                 // (a)
    FindQuoteIntroduction(region, q);                           // (b)
    ReadQuoteAuthors(static_cast<int>(r), q, attachment_used);  // (c), (d)
    q.addressees = QuoteAddressees(region);
    if (IsOwnText(static_cast<int>(r), parent_doc, q)) {
      region.doc = parent_doc;
      // A quotation inside a proposal read out at the table (each point
      // opened with quotation marks) is the reader's words too.
      if (!region.read_by && region.parent_region >= 0) {
        region.read_by = regions_[region.parent_region].read_by;
        region.tabled = regions_[region.parent_region].tabled;
      }
      continue;
    }
    // The type: from the introduction, the title's attachment or the text.
    // "My telegram:" names the kind of the writer's own message.
    // "your telegram of 14 July ... you put three questions" restates a
    // telegram.
    // "... its draft resolution ... the main provisions of the draft:".
    std::string type = region.restated  ? DocTypeAround(q.intro_line, 3)
                       : q.own_document ? DocTypeFromWords(q.intro_lower)
                                        : "";
    if (type.empty() || type == "message")
      type = EmbeddedType(q.intro_lower,
                          q.is_attachment ? attach_type_ : std::string(),
                          LowerText(lines_[region.first].text));
    std::string intro_number = DateQuote(region, q, type);
    int doc = DraftFor(parent_doc, type, q, region.lang);
    DocDraft& draft = docs_[doc];
    for (auto& [id, ev] : q.authors) AddParty(draft.authors, id, ev);
    for (auto& [id, ev] : q.addressees) AddParty(draft.recipients, id, ev);
    if (q.is_attachment) {
      for (auto& [id, ev] : attach_recipients_)
        AddParty(draft.recipients, id, ev);
    }
    if (!draft.has_title_evidence) {
      draft.title_evidence =
          q.has_intro ? LineEv(q.intro_line) : LineEv(region.first);
      draft.has_title_evidence = true;
    }
    region.doc = doc;
    if (region.restated) draft.restated = true;
    // The reply's writers are who the restated document was sent to.
    if (region.addressees) {
      for (const DocDraft::Party& a : docs_[parent_doc].authors)
        AddParty(draft.recipients, a.id, LineEv(*region.intro_line));
    }
    if (q.has_intro) region.intro_line = q.intro_line;
    if (!intro_number.empty() &&
        std::find(draft.numbers.begin(), draft.numbers.end(), intro_number) ==
            draft.numbers.end())
      draft.numbers.push_back(intro_number);
    // Known now, so that a second quotation in the same language is
    // another message, not this one's translation.
    if (!region.lang.empty()) draft.languages.insert(region.lang);
  }
  line_doc_.assign(lines_.size(), 0);
  for (size_t i = 0; i < lines_.size(); ++i) {
    if (line_region_[i] >= 0 && regions_[line_region_[i]].doc >= 0) {
      line_doc_[i] = regions_[line_region_[i]].doc;
    }
  }
  PassForwardedNumber();
}

void PageReader::PassForwardedNumber() {
  // "C–58911. HNC 525." over the delegation's report quoted whole: the
  // second number is the report's, a telegram of the delegation's series.
  if (record_.forwarded_number.empty()) return;
  std::vector<size_t> passed;
  for (size_t d = 1; d < docs_.size(); ++d)
    if (docs_[d].parent == 0) passed.push_back(d);
  if (passed.size() != 1) return;
  DocDraft& doc = docs_[passed.front()];
  doc.numbers.push_back(record_.forwarded_number.text);
  if (doc.type == "message") doc.type = "telegram";
}

}  // namespace parley::importers::detail
