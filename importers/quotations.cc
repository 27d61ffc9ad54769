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
      // opens a quotation inside; so does a paragraph after "... the
      // following answers:".
      size_t prev = i;
      while (prev > body_begin_ && lines_[prev - 1].blank()) --prev;
      bool paragraphs = prev > body_begin_ &&
                        OpenQuoteMark(lines_[prev - 1].text) == mark &&
                        lines_[prev - 1].text.back() != ':';
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
  AttachmentRegions();
  for (size_t r = 0; r < regions_.size(); ++r) {
    for (size_t i = regions_[r].first;
         i <= regions_[r].last && i < lines_.size(); ++i) {
      if (line_region_[i] < static_cast<int>(r))
        line_region_[i] = static_cast<int>(r);
    }
  }
}

namespace {

// "C 62235 of May 7": a message number, its series in capitals, and the
// date it is "of", the first such in `t`.
std::optional<std::pair<std::string, Date>> NumberOfDate(std::string_view t,
                                                         int default_year) {
  std::vector<std::string_view> ws = Words(t);
  for (size_t w = 0; w + 1 < ws.size(); ++w) {
    std::string_view series = ws[w], digits = ws[w + 1];
    bool letters = series.size() <= 4 &&
                   std::all_of(series.begin(), series.end(),
                               [](char c) { return c >= 'A' && c <= 'Z'; });
    size_t n = 0;
    while (n < digits.size() &&
           std::isdigit(static_cast<unsigned char>(digits[n])))
      ++n;
    if (!letters || n < 3 || n > 7 || n != digits.size()) continue;
    size_t after = static_cast<size_t>(digits.data() - t.data()) + n;
    if (FindNoCase(t.substr(after, 4), " of ") != 0) continue;
    auto d = detail::FindDate(t, default_year, after + 4);
    if (!d || d->start != after + 4) continue;
    return std::pair{std::string(series) + " " + std::string(digits), d->date};
  }
  return std::nullopt;
}

}  // namespace

void PageReader::AssignDocuments() {
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
  outer.title_evidence = !record_.title.empty()    ? Ev(record_.title.span)
                         : body_begin_ < body_end_ ? LineEv(body_begin_)
                                                   : Ev(0, 0);
  outer.has_title_evidence = true;
  // Signatures outside any quotation sign the outer document.
  for (size_t i = body_begin_; i < body_end_; ++i) {
    if (kinds_[i] == LineKind::kSignature && line_region_[i] < 0) {
      if (auto sig = SignatureOf(i))
        AddParty(outer.authors, sig->first, sig->second);
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
  docs_.push_back(std::move(outer));
  auto is_outer_author = [&](const NodeId& id) {
    return std::any_of(docs_[0].authors.begin(), docs_[0].authors.end(),
                       [&](const DocDraft::Party& p) { return p.id == id; });
  };

  bool attachment_used = false;
  for (size_t r = 0; r < regions_.size(); ++r) {
    QuoteRegion& region = regions_[r];
    int parent_doc =
        region.parent_region >= 0 ? regions_[region.parent_region].doc : 0;
    if (parent_doc < 0) parent_doc = 0;
    std::vector<std::pair<NodeId, Evidence>> authors;
    std::optional<Date> date;
    std::string sent;
    bool signed_quote = false;
    // (a) a signature closing the quotation, maybe with the date on a line
    // of its own under it
    for (size_t i = region.last + 1; i-- > region.first;) {
      if (lines_[i].blank()) continue;
      if (line_region_[i] != static_cast<int>(r)) break;
      if (kinds_[i] == LineKind::kLoneDate && !date) {
        if (auto d = detail::FindDate(lines_[i].text, DefaultYear())) {
          date = d->date;
          // "30.10.51 г. 22.00" under the signature: when it went out.
          if (auto tm = detail::ClockAfterDate(lines_[i].text, d->end);
              tm && tm->time.ok() && d->date.day > 0) {
            char buf[16];
            std::snprintf(buf, sizeof buf, "T%02d:%02d", tm->time.hour,
                          tm->time.minute);
            sent = d->date.Iso() + buf;
          }
          continue;
        }
      }
      // A formality, a number or a routing line ends no message ("TOP
      // PRIORITY" where a quotation never closed runs on).
      bool may_sign =
          kinds_[i] == LineKind::kSignature || kinds_[i] == LineKind::kText;
      std::optional<std::pair<NodeId, Evidence>> sig;
      if (may_sign) sig = SignatureOf(i);
      if (!sig) sig = SignedAtEnd(i);
      if (sig) {
        authors.push_back(*sig);
        signed_quote = true;
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
        if (auto d = detail::FindDate(t, DefaultYear(), from)) {
          date = d->date;
        }
        MoreSigners(i, static_cast<int>(r), authors);
      }
      break;
    }
    // (b) the line that introduces it
    std::string intro_lower;
    size_t intro_line = 0;
    bool has_intro = false;
    for (size_t i = region.first; i-- > body_begin_;) {
      // The sender's signature, copies and number may stand between the
      // introduction and the text it introduces.
      LineKind k = kinds_[i];
      if (lines_[i].blank() || k == LineKind::kSignature ||
          k == LineKind::kCopies || k == LineKind::kOutgoingNumber ||
          k == LineKind::kNumber || k == LineKind::kLoneDate)
        continue;
      if (kinds_[i] == LineKind::kText || kinds_[i] == LineKind::kEditorial) {
        intro_lower = LowerText(lines_[i].text);
        if (cues_.Contains("introduction", intro_lower) ||
            cues_.Contains("reading_out", intro_lower)) {
          has_intro = true;
          intro_line = i;
        }
      }
      break;
    }
    // (c) a signature right after it, unless a line introduced the quotation
    // as someone else's: then the signature is the forwarder's.
    if (authors.empty() && !has_intro) {
      for (size_t i = region.last + 1; i < body_end_; ++i) {
        if (lines_[i].blank()) continue;
        if (kinds_[i] == LineKind::kSignature &&
            line_region_[i] == region.parent_region) {
          if (auto sig = SignatureOf(i)) authors.push_back(*sig);
        }
        break;
      }
    }
    // "My telegram:": the writer's own earlier message, quoted whole. A
    // short introduction leans on the sentence above it for its details
    // ("... my telegram to Comrade Kim Il Sung of 15 July ...").
    bool own_document =
        has_intro && cues_.Contains("own_document", intro_lower);
    if (own_document && Words(lines_[intro_line].text).size() <= 4) {
      for (size_t i = intro_line; i-- > body_begin_;) {
        if (lines_[i].blank()) continue;
        if (kinds_[i] == LineKind::kText) {
          intro_lower = LowerText(lines_[i].text) + " " + intro_lower;
          intro_line = i;
        }
        break;
      }
    }
    if (own_document && authors.empty()) {
      for (const DocDraft::Party& a : docs_[0].authors)
        authors.emplace_back(a.id, LineEv(intro_line));
    }
    // A record of conversation gives each speaker a paragraph that opens
    // with the name in capitals: what it quotes ("STALIN begins ... He says
    // that we share the opinion of Mao Zedong ... and will press for the
    // following:") is the speaker's own words, unless the sentence that
    // leads into it names another's text.
    bool spoken = false;
    if (authors.empty() && has_intro && !own_document) {
      if (auto speaker = Speaker(intro_line)) {
        std::string_view lead = LastSentence(lines_[intro_line].text);
        for (auto& author : IntroAuthors(lead, /*named_only=*/true))
          authors.push_back(author);
        spoken = authors.empty();
      }
    }
    // "Visit ZHOU ENLAI and tell him the following:": the writer's own
    // words, for the one the addressee is to visit.
    bool relayed = authors.empty() && has_intro && !own_document &&
                   cues_.Contains("relay_instruction", intro_lower);
    // "I therefore propose that ... the UNC Delegation table the following
    // draft:": the writer's own proposal, unsigned, is the writer's text.
    bool proposed_here =
        authors.empty() && has_intro && !own_document && !signed_quote &&
        FirstPersonProposes(LowerText(LastSentence(lines_[intro_line].text)));
    if (authors.empty() && has_intro && !spoken && !relayed && !proposed_here)
      authors = IntroAuthors(lines_[intro_line].text);
    // (d) the attachment the title describes
    bool is_attachment = false;
    if (!attachment_used && region.parent_region < 0 &&
        (!attach_authors_.empty() || !attach_type_.empty())) {
      bool matches = authors.empty();
      for (auto& a : attach_authors_) {
        for (auto& b : authors) matches = matches || a.first == b.first;
      }
      if (matches) {
        is_attachment = true;
        attachment_used = true;
        if (authors.empty()) authors = attach_authors_;
        if (!date && attach_date_) date = attach_date_;
      }
    }
    // A quotation that opens by addressing others than the page's own
    // addressees ("General Kim Il Sung, Supreme Commander, Korean People's
    // Army.", one line each) is a letter to them, even when the page's
    // writer signs it.
    std::vector<std::pair<NodeId, Evidence>> addressees;
    for (size_t i = region.first; i <= region.last && addressees.size() < 4;
         ++i) {
      if (lines_[i].blank()) continue;
      std::string_view bare = AfterOpenQuotes(lines_[i].text);
      if (bare.empty() || Words(bare).size() > 12 ||
          std::string_view(".,!:").find(bare.back()) == std::string_view::npos)
        break;
      std::optional<std::pair<NodeId, Evidence>> named;
      size_t base = Offset(bare);
      for (const Mention& m : gazetteer_.FindMentions(bare, base)) {
        // The name first, or after a rank or form of address.
        std::vector<std::string_view> before =
            Words(bare.substr(0, m.start - base));
        bool leads = std::all_of(before.begin(), before.end(), [&](auto w) {
          return gazetteer_.IsStopWord(StripTrailing(w, ".,"));
        });
        // The page's own addressee greeted is the page's own text.
        bool outer_recipient = std::any_of(
            docs_[0].recipients.begin(), docs_[0].recipients.end(),
            [&](const DocDraft::Party& p) { return p.id == m.entry->id; });
        if (m.entry->kind == NodeKind::kPerson && leads &&
            !is_outer_author(m.entry->id) && !outer_recipient) {
          Evidence ev = Ev(m.start, m.end);
          named.emplace(AddEntity(*m.entry, m.surface, m.codename, ev), ev);
        }
        break;
      }
      if (!named) break;
      addressees.push_back(*named);
    }
    bool own_text = false;
    if (own_document) {
      own_text = false;
    } else if (spoken || relayed || proposed_here) {
      own_text = true;
    } else if (!authors.empty()) {
      own_text = std::all_of(
                     authors.begin(), authors.end(),
                     [&](const auto& a) { return is_outer_author(a.first); }) &&
                 parent_doc == 0;
    } else {
      own_text = !has_intro && !is_attachment && !docs_[0].authors.empty();
    }
    // A proposal read out at the table and quoted in a report ("Nam Il ...
    // then read the following proposal: “Quote (1) ... Unquote.”"): with no
    // signature, address or date of its own, it is no document but the
    // report's account of what was proposed, and its points are the
    // report's, proposed by the one who read them.
    // When the report numbers points of its own, the quoted ones keep a
    // document of their own: two lists are not one.
    if (!own_text && !own_document && has_intro && !signed_quote &&
        addressees.empty() && !date && !ListAround(static_cast<int>(r))) {
      if (auto reader = ReadOutProposal(intro_line)) {
        own_text = true;
        region.read_by = *reader;
      }
    }
    if (!addressees.empty()) own_text = false;
    if (own_text) {
      region.doc = parent_doc;
      continue;
    }
    // The type: from the introduction, the title's attachment or the text.
    // "My telegram:" names the kind of the writer's own message.
    std::string type = own_document ? DocTypeFromWords(intro_lower) : "";
    if (type.empty() || type == "message")
      type = EmbeddedType(intro_lower,
                          is_attachment ? attach_type_ : std::string(),
                          LowerText(lines_[region.first].text));
    // A date the introduction gives: "the texts of four telegrams of 10
    // July", "телеграмму ... от 20 марта", "a telegram that Cde. PENG DEHUAI
    // sent me on 3 October", "his letter dated 12 June": the first date
    // right after one of these words.
    if (!date && has_intro) {
      // Only a date that follows a word for a document ("telegrams of 10
      // July", "a telegram that ... sent me on"): "... since the recess of 8
      // Oct 52. Nam Il ... read the following proposal:" dates the recess,
      // not the proposal.
      std::string_view t = lines_[intro_line].text;
      bool reading = cues_.Contains("reading_out", intro_lower);
      size_t first = std::string_view::npos;
      for (std::string_view lead : {" of ", " от ", " dated ", " sent me on ",
                                    " sent us on ", " sent on ", " on "}) {
        for (size_t at = FindNoCase(t, lead); at != std::string_view::npos;
             at = FindNoCase(t, lead, at + 1)) {
          size_t from = at + lead.size();
          if (from >= first) break;
          std::vector<std::string_view> before = LastWords(t.substr(0, at), 10);
          std::string words;
          for (std::string_view w : before) words += LowerText(w) + " ";
          // "a proposal of 2 October", but not "who had put forward a
          // proposal on 2 October, now writes:": that dates the proposal.
          bool proposal =
              lead != " on " && (words.find("proposal") != std::string::npos ||
                                 words.find("предложени") != std::string::npos);
          // "At the session of 10 July JOY read out an agenda": the day it
          // was read out.
          bool session =
              reading && (words.find("session") != std::string::npos ||
                          words.find("meeting") != std::string::npos ||
                          words.find("заседани") != std::string::npos);
          bool names_document =
              !DocTypeFromWords(words).empty() || proposal || session;
          if (!names_document) continue;
          if (auto d = detail::FindDate(t, DefaultYear(), from);
              d && d->start == from) {
            date = d->date;
            first = from;
            // "the telegram I addressed to ... at 0530 on 18 October 1951":
            // the writer's own message went out at that time.
            size_t clock_from = at > 10 ? at - 10 : 0;
            size_t at_word = FindNoCase(t, " at ", clock_from);
            std::optional<detail::Time> clock;
            if (own_document && at_word != std::string_view::npos &&
                at_word < at) {
              auto tm = detail::FindTime(t, at_word);
              if (tm && tm->start < at && tm->time.ok()) clock = tm->time;
              if (!clock) clock = CompactTimeBefore(t, at_word + 1, at);
            }
            if (clock) {
              char buf[16];
              std::snprintf(buf, sizeof buf, "T%02d:%02d", clock->hour,
                            clock->minute);
              sent = date->Iso() + buf;
            }
            break;
          }
        }
      }
    }
    // "On 17 November the Indian delegate MENON formally tabled ... the
    // draft resolution ...: " the day a text was tabled or read out dates
    // it.
    if (!date && has_intro &&
        (cues_.Contains("proposing", intro_lower) ||
         cues_.Contains("reading_out", intro_lower))) {
      std::string_view t = lines_[intro_line].text;
      for (std::string_view on : {"On ", "At ", "В "}) {
        if (!StartsWithNoCase(t, on)) continue;
        if (auto d = detail::FindDate(t, DefaultYear(), on.size());
            d && d->start == on.size())
          date = d->date;
        break;
      }
    }
    // "Following is C 62235 of May 7 from General Clark to JCS:" the
    // quoted message's number, a telegram's, and its date.
    std::string intro_number;
    if (has_intro) {
      if (auto cited = NumberOfDate(lines_[intro_line].text, DefaultYear())) {
        intro_number = cited->first;
        if (!date) date = cited->second;
        if (type == "message") type = "telegram";
      }
    }
    // A date the text gives itself: "(agreement of 23 November 1951)".
    if (!date) {
      for (size_t i = region.first;
           i <= std::min(region.last, region.first + 1); ++i) {
        std::string_view t = lines_[i].text;
        size_t of = FindNoCase(t, " of ");
        while (of != std::string_view::npos) {
          if (auto d = detail::FindDate(t, DefaultYear(), of + 4);
              d && d->start == of + 4) {
            date = d->date;
            break;
          }
          of = FindNoCase(t, " of ", of + 1);
        }
        if (date) break;
      }
    }
    // The same message in another language is the same document.
    int doc = -1;
    for (size_t d = 1; d < docs_.size(); ++d) {
      DocDraft& other = docs_[d];
      if (other.parent != parent_doc || other.type != type) continue;
      if (other.languages.count(region.lang)) continue;
      bool same_authors = other.authors.size() == authors.size();
      for (auto& a : authors) {
        same_authors = same_authors &&
                       std::any_of(other.authors.begin(), other.authors.end(),
                                   [&](const DocDraft::Party& p) {
                                     return p.id == a.first;
                                   });
      }
      bool same_date = !date || !other.date || other.date->Iso() == date->Iso();
      if (same_authors && same_date) {
        doc = static_cast<int>(d);
        break;
      }
    }
    if (doc < 0) {
      DocDraft d;
      d.type = type;
      d.parent = parent_doc;
      d.date = date;
      d.sent = sent;
      if (!date) {
        // An attached draft carries the date of the document that holds it.
        d.date = docs_[parent_doc].date;
        d.date_inferred = true;
      }
      docs_.push_back(std::move(d));
      doc = static_cast<int>(docs_.size()) - 1;
    } else if (date && docs_[doc].date_inferred) {
      docs_[doc].date = date;
      docs_[doc].date_inferred = false;
    }
    for (auto& [id, ev] : authors) AddParty(docs_[doc].authors, id, ev);
    for (auto& [id, ev] : addressees) AddParty(docs_[doc].recipients, id, ev);
    if (is_attachment) {
      for (auto& [id, ev] : attach_recipients_)
        AddParty(docs_[doc].recipients, id, ev);
    }
    if (!docs_[doc].has_title_evidence) {
      docs_[doc].title_evidence =
          has_intro ? LineEv(intro_line) : LineEv(region.first);
      docs_[doc].has_title_evidence = true;
    }
    region.doc = doc;
    if (has_intro) region.intro_line = intro_line;
    if (!intro_number.empty() &&
        std::find(docs_[doc].numbers.begin(), docs_[doc].numbers.end(),
                  intro_number) == docs_[doc].numbers.end())
      docs_[doc].numbers.push_back(intro_number);
    // Known now, so that a second quotation in the same language is
    // another message, not this one's translation.
    if (!region.lang.empty()) docs_[doc].languages.insert(region.lang);
  }
  line_doc_.assign(lines_.size(), 0);
  for (size_t i = 0; i < lines_.size(); ++i) {
    if (line_region_[i] >= 0 && regions_[line_region_[i]].doc >= 0) {
      line_doc_[i] = regions_[line_region_[i]].doc;
    }
  }
  // "C–58911. HNC 525." over the delegation's report quoted whole: the
  // second number is the report's, a telegram of the delegation's series.
  if (!record_.forwarded_number.empty()) {
    std::vector<size_t> passed;
    for (size_t d = 1; d < docs_.size(); ++d)
      if (docs_[d].parent == 0) passed.push_back(d);
    if (passed.size() == 1) {
      DocDraft& doc = docs_[passed.front()];
      doc.numbers.push_back(record_.forwarded_number.text);
      if (doc.type == "message") doc.type = "telegram";
    }
  }
}

}  // namespace parley::importers::detail
