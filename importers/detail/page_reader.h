// Internals of the content readers: the state one DocumentRecord is read
// into (its lines, their kinds, the quotations and documents found). Each
// stage is a member of PageReader defined in a file of its own under
// importers/; Read() (document_reader.cc) calls them in order.
#ifndef PARLEY_IMPORTERS_DETAIL_PAGE_READER_H_
#define PARLEY_IMPORTERS_DETAIL_PAGE_READER_H_

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/fragment.h"
#include "graph/model.h"
#include "graph/value.h"
#include "importers/detail/line_words.h"
#include "importers/detail/name_words.h"
#include "importers/detail/number_markers.h"
#include "importers/detail/page_text.h"
#include "importers/detail/quote_marks.h"
#include "importers/detail/quoted_texts.h"
#include "importers/detail/stage_state.h"
#include "importers/detail/stamps.h"
#include "importers/document_record.h"
#include "importers/knowledge.h"
#include "text/edit_distance.h"
#include "text/translit.h"

namespace parley::graph {
struct StanceClaim;
}  // namespace parley::graph

namespace parley::importers::detail {

struct WholeException;

using graph::Edge;
using graph::EdgeKind;
using graph::Evidence;
using graph::Node;
using graph::NodeId;
using graph::NodeKind;
using graph::Value;

class PageReader {
 public:
  // `record` is one document of `source` as its layout reader read it;
  // both must outlive the reader.
  PageReader(const Knowledge& knowledge, const DocumentRecord& record,
             std::string_view source, const std::string& path)
      : page_gazetteer_(WithListedPersons(knowledge, record)),
        gazetteer_(page_gazetteer_ ? *page_gazetteer_ : knowledge.gazetteer),
        topics_(knowledge.topics),
        stance_cues_(knowledge.stance_cues),
        cues_(knowledge.cues),
        record_(record),
        source_(source),
        text_(record.text) {
    fragment_.source_path = path;
  }
  // `gazetteer_` may refer to the reader's own page gazetteer: no copies.
  PageReader(const PageReader&) = delete;
  PageReader& operator=(const PageReader&) = delete;

  // The facts of the record, evidence pointing into the source (naming no
  // document yet: the page's id is known only when all are read).
  graph::Fragment Read();

 private:
  // People or bodies named, each with the evidence naming it.
  using Named = std::vector<std::pair<NodeId, Evidence>>;

  void ReadBodyRange();
  // The title's or layout's parties, origin, deciding body, attachment.
  void ReadTitleParties();
  // "A to B, for C", "A to B via C".
  void ReadPartiesLine(std::string_view p, Named& authors, Named& recipients,
                       Named* via);
  // A person by name, else a body the gazetteer knows; none when neither.
  NodeId PersonOrBodyFromName(std::string_view name, const Evidence& ev);
  // Addressees named in `list`: persons, bodies, or an office's person.
  void AddAddressedNames(std::string_view list, Named& into);
  // A party the layout gives by itself: a person, a body, else an office.
  NodeId ResolveLayoutParty(const Party& party);
  void ReadOrigin();
  void ReadDecidingBody();
  // The kind of each body line: text, signature, number, copies, stamp,
  // routing, ...
  void ClassifyLines();
  // The kind line text `t` has by itself, without the lines around it.
  LineKind LineKindOf(std::string_view t) const;
  // A number under the signature ("No. 396") is the sender's outgoing one.
  void MarkOutgoingNumbers();
  void FindQuoteRegions();
  // The last line of quotation `r`, which has no closing mark before line
  // `limit`: its signature, or the last line before `limit`.
  size_t UnclosedRegionEnd(int r, size_t limit) const;
  // True when line `i`, a signature, names an author of the page's title.
  bool SignsThePage(size_t i) const;
  // The signers above the signature on line `last` of quote region `r`, each
  // on a line of his own (maybe under his office), put before `signers`.
  void MoreSigners(size_t last, int r,
                   std::vector<std::pair<NodeId, Evidence>>& signers);
  // The document each quotation is: the page's own text or an embedded
  // document, with its authors, addressees, type, date and number.
  void AssignDocuments();
  // The page's outermost document, from its title and its signatures.
  DocDraft OuterDocument();
  // The name after a `cue_kind` cue opening a line ("Recorded by ...").
  std::optional<std::pair<NodeId, Evidence>> Recorder(
      std::string_view cue_kind = "recorder");
  bool IsOuterAuthor(const NodeId& id) const;
  // A signature closing quotation `r`, and a date beside or under it.
  void ReadQuoteSignature(int r, QuoteReading& q);
  // The line before `region` that introduces it, and for "My telegram:"
  // the sentence above a short one.
  void FindQuoteIntroduction(const QuoteRegion& region, QuoteReading& q);
  // Who wrote quotation `r`: the signature after it, the introduction, or the
  // attachment the title describes (`attachment_used` once one has it).
  void ReadQuoteAuthors(int r, QuoteReading& q, bool& attachment_used);
  std::vector<std::pair<NodeId, Evidence>> QuoteAddressees(
      const QuoteRegion& region);
  // True when quotation `r` is text of the document `parent_doc` that holds
  // it, not a document of its own; marks who read it out when it is a
  // proposal read at the table.
  bool IsOwnText(int r, int parent_doc, const QuoteReading& q);
  // The date and number of the quoted document of `region`, from its
  // introduction or its own first lines; a cited number makes a "message"
  // `type` a telegram. Returns the number, or "".
  std::string DateQuote(const QuoteRegion& region, QuoteReading& q,
                        std::string& type);
  // The date the introduction gives the quoted text: after a word for a
  // document ("telegrams of 10 July"), or the day it was tabled.
  void DateFromIntroduction(QuoteReading& q);
  // A date the quoted text gives itself in its first lines.
  std::optional<Date> DateInQuote(const QuoteRegion& region) const;
  // The date the cover text's sentence of sending gives the attachment
  // ("I am sending you ... the telegram of 13 September"); none if none.
  std::optional<Date> AttachmentDateNamed(const QuoteRegion& region) const;
  // The draft of the quoted document: one already read in another language
  // (`lang` is the quotation's), or a new one.
  int DraftFor(int parent_doc, const std::string& type, const QuoteReading& q,
               const std::string& lang);
  // A forwarded report's own number ("C–58911. HNC 525.") given to it.
  void PassForwardedNumber();
  // Numbers, copies, stamps, routing, notes and salutations of the body,
  // each given to the document its line is in (or heads).
  void ReadMetaLines();
  // The document line `i` heads: the quotation right under it, when no
  // running text stands between; else the one it is in.
  int HeadedDocument(size_t i) const;
  void ReadNumberLine(std::string_view t, DocDraft& doc);
  void ReadCopiesLine(size_t i, MetaLineState& state);
  void ReadTimestampLine(size_t i, MetaLineState& state);
  // The date and time of a stamp or note after t[from] ("Sent 1.7.51
  // 5:30", "Received 12:10 3.7.1951", "received 1750 11 July 1951"), ISO;
  // "" when no date follows.
  std::string StampAfter(std::string_view t, size_t from) const;
  void ReadRoutingLine(size_t i, MetaLineState& state);
  // An editor's note that the telegram was sent on a day.
  void ReadSentNote(std::string_view t);
  // "Comrade MAO ZEDONG!", "To Comrades Gao Gang and Kim Il Sung:".
  void ReadSalutation(std::string_view t, DocDraft& doc);
  // "I am sending a copy of this telegram to Comrade Filippov [Stalin] for
  // his information.": the writer's sentence that names copy holders.
  void ReadCopySentence(std::string_view t, DocDraft& doc);
  // "Mao Zedong" over "15 July 1952, 3 a.m.": the hour under the writer's
  // signature is when the document went out.
  void ReadSignedHour(size_t i, DocDraft& doc);
  // The title's numbers beside the body's, with a warning when they differ.
  void ReadTitleNumbers();
  void ReadDocumentLanguages();
  // The clauses of docs_[doc]: its points in each language, the k-th of
  // each one clause, with terms, topics, places and proposers.
  void ReadClauses(size_t doc);
  // Every point marked in docs_[d]'s `lang` lines, letters under numbers.
  std::vector<Point> MarkedPoints(size_t d, const std::string& lang) const;
  // Sets `p.text_end` (from line `i`, moved to the paragraph under a bare
  // "1."); false when a bare marker has none. And the lead into letters.
  bool ReadPointText(size_t d, size_t& i, Point& p) const;
  // Whether line `k` of document `d` goes on with the paragraph of a point
  // above it, no line between ending a sentence ("... so that a de-" over
  // "militarized zone 4 kilometers wide is formed."), and does not itself
  // lead into a list with a colon.
  bool ContinuesPoint(size_t d, size_t k) const;
  void LeadIntoLetters(size_t d, size_t i, bool numbered_before,
                       Point& p) const;
  // Drops a report's numbered paragraphs when points inside them, or a
  // proposal read out at the table, are what was proposed.
  void KeepProposedPoints(size_t d, std::vector<Point>& all) const;
  // Whether the numbered list holding `p` is a proposal's own: led into by
  // a line that puts it forward ("tabled ... the following new proposal of
  // eight points:"), or opening a quoted text. A list of another style
  // that one of its points leads into is that point's ("3(1)").
  bool ProposalsOwnList(size_t d, const Point& p,
                        std::vector<long>& walk_end) const;
  // The line over line `i` when it proposes the words of point `number`
  // ("We propose that point 3 read as follows:", "Пункт 3 предлагаем
  // изложить так:"), which line `i` quotes.
  std::optional<size_t> WordingProposedAbove(size_t i, int number) const;
  // Whether only blank lines stand between lines `above` and `below`.
  bool OnlyBlankBetween(size_t above, size_t below) const;
  // True when a numbered point of `all` leads into lettered points another
  // than docs_[d]'s authors put forward ("3. NAM IL is expected to put
  // forward these points: а) ..."): only those letters are clauses.
  bool ReportsAnothersPoints(size_t d, const std::vector<Point>& all) const;
  // Of `all`, the points that are clauses: with `letters_only`, the
  // letters inside numbered points; else a list numbered from 1, each
  // point followed by its letters ("2. ...: a) ... b) ..."); else letters.
  LangPoints ClausePoints(size_t d, const std::string& lang,
                          const std::vector<Point>& all,
                          bool letters_only) const;
  // The line leading into `p`'s list (`walk_end`: earlier walks).
  size_t IntroLineOf(size_t d, const Point& p,
                     std::vector<long>& walk_end) const;
  // Into `lp`, the points of `all` set apart as the document's proposal.
  void SetApartClauses(size_t d, const std::vector<Point>& all,
                       std::vector<long>& walk_end, LangPoints& lp) const;
  // The paragraphs quoted text docs_[d] says it gives ("Paragraphs 14 ...").
  std::set<int> GivenParagraphs(size_t d) const;
  // Who proposes the k-th clause of docs_[d] (`first`: its first evidence).
  ClauseProposers ProposersOf(size_t d, const std::vector<LangPoints>& per_lang,
                              size_t k, const Evidence& first);
  // (point, topic) pairs: a point's words stand for a topic its list names
  // in full ("The conference ..." in a list on the political conference).
  std::vector<std::pair<size_t, std::string>> AnaphoricTopics(
      const std::vector<LangPoints>& per_lang,
      const std::vector<std::vector<std::string>>& topics) const;
  // What point `p`, introduced on line `intro`, says of its proposer.
  void IntroProposers(size_t d, const Point& p, size_t intro,
                      ClauseProposers& out);
  // The words that lead into `p` from line `intro`.
  std::string_view IntroText(const Point& p, size_t intro) const;
  // Who proposes points a lead gives as agreed or a body's; as proposed.
  void AgreedLeadProposers(std::string_view intro_text, ClauseProposers& out);
  void ProposingLeadProposers(size_t d, size_t intro,
                              std::string_view intro_text,
                              ClauseProposers& out);
  // Adds the k-th clause of docs_[d], its edges; `topic_list` its topics.
  NodeId AddClause(size_t d, const std::vector<LangPoints>& per_lang, size_t k,
                   std::set<std::string>& used_ids,
                   std::vector<std::string>& topic_list);
  // The subject of a proposing verb in `text` ("Nam Il proposed that"),
  // with its evidence; `verbs`: another cue kind ("reading_out"). None, with
  // `*caused`, when the writers have him do it. The first verb with a
  // subject counts, or with `nearest` the last (the one nearest the points).
  std::optional<std::pair<NodeId, Evidence>> ProposingSubject(
      std::string_view text, std::string_view verbs = "proposing",
      bool* caused = nullptr, bool nearest = false);
  // The person named last before the verb at `verb` of `text`, with no more
  // than a few words between them (an aside set off by commas aside).
  std::optional<std::pair<NodeId, Evidence>> SubjectOfVerb(
      std::string_view text, size_t verb, bool* caused);
  // The subject of a verb of speech in the last sentence of `intro` ("ZHOU
  // ENLAI informed me of the following:"); for "He then put forward ...",
  // the one named last before such a verb earlier ("Nam Il stated that").
  // Else AttributedTo ("In ZHOU ENLAI's words, ..."), or the points after
  // StatementBy ("a statement by Chou En-lai").
  std::optional<std::pair<NodeId, Evidence>> StatementBy(std::string_view intro,
                                                         std::string_view last);
  std::optional<std::pair<NodeId, Evidence>> AttributedTo(std::string_view p);
  std::optional<std::pair<NodeId, Evidence>> SpeechSubject(
      std::string_view intro);
  // In a record of conversation, the one other than docs_[d]'s writers
  // named last as speaking ("Zhou Enlai said that ...") in the paragraph
  // that ends with `intro_text` (on line `intro` or after it) or the one
  // before it: whose points follow.
  std::optional<std::pair<NodeId, Evidence>> ConversationSpeaker(
      size_t d, size_t intro, std::string_view intro_text);
  // True when the writers themselves propose in `lower`: a first-person
  // word just before a proposing verb ("I propose", "our proposals"); or
  // in `before`, the words up to a name, have him act ("to have NAM IL").
  bool FirstPersonProposes(std::string_view lower) const;
  bool WritersCause(std::string_view before) const;
  // True when a body, not a person, is the subject of the proposing verb in
  // `text` ("the Communist delegation put forward"; not "the American
  // delegation HARRISON put forward").
  bool CollectiveProposes(std::string_view text) const;
  // Whether `line` ends with a colon after words that put a list forward.
  bool LeadsIntoProposal(std::string_view line) const;
  // The line of docs_[d] over line `i`, past blanks, leading into a proposal.
  std::optional<size_t> ProposalLeadAbove(size_t d, size_t i) const;
  // True when quoted document docs_[d] says it is a draft: its first line
  // ("An agreement on ... (draft).") or the line of its sender's just
  // before it ("the draft text of an agreement").
  bool QuotedDraft(size_t d) const;
  // Whether docs_[d] opens with a heading that says it is a draft and no
  // more ("Draft", "Проект"), as an attached draft does.
  bool UnderDraftHeading(size_t d) const;
  // A numbered list run into the paragraph on line `i`: "... the following
  // principles: 1) ... 2) ...". Empty when there is none.
  std::vector<Point> InlinePoints(size_t i) const;
  // "... the UNC's proposal for the exchange of sick and wounded
  // prisoners: a. ... c. UNC will deliver at rate of approx 500 per day.":
  // a point that names no topic (its `topics` empty) speaks of the one its
  // list's introduction names, when another point under it names that
  // topic too. The points and topics to add.
  std::vector<std::pair<size_t, std::string>> IntroTopics(
      const std::vector<LangPoints>& per_lang,
      const std::vector<std::vector<std::string>>& topics) const;
  // The points of a counterproposal the paragraph on line `i` gives one by
  // one, each named by its number and quoted after a colon ("Our point 4
  // replaces Commie point 4: “No POW shall ...”", "Our para 3 reads:
  // "..."). Empty when none.
  std::vector<Point> CounterPoints(size_t i) const;
  // Whether `t`, line `i` opening "Para N." (its marker `marker_length`
  // bytes), is a short word on the paragraph of that number another wrote
  // ("Para 5. Concur."), not a paragraph of a draft.
  bool AnswersParagraph(std::string_view t, size_t marker_length,
                        size_t i) const;
  // The props of a PROPOSES edge from `person` to a point of `doc`: modality
  // "proposed" (by a writer of `doc`), "planned" or "reported" (reported_by).
  Value ProposalModality(const DocDraft& doc, const NodeId& person,
                         bool planned) const;
  // The delegation docs_[doc] names: its size, members, head and roles.
  void ReadDelegation(size_t doc);
  // The members one a line after line `i` (none unless two or more).
  std::vector<std::pair<std::string_view, size_t>> DelegatesOnLinesAfter(
      size_t doc, size_t i) const;
  // One member of a delegation's list (`seg`, on line `line`), counted in
  // `named` or `unnamed`.
  void ReadDelegate(std::string_view seg, size_t line,
                    const NodeId& delegation_id, int64_t& named,
                    int64_t& unnamed);
  // The longest run of two or more capitalised words in `seg` that are no
  // stop words ("LI SANG CHO").
  std::optional<Span> CapitalName(std::string_view seg) const;
  // What `seg` says the member named at `name` is, without the name or an
  // organisation `org` it names.
  std::string DelegateRole(std::string_view seg, Span name,
                           const Mention* org) const;
  // Every person, organisation and place the page names, a MENTIONS edge
  // from the document whose line names it.
  void ReadMentions();
  // Mentions of each gazetteer entry by document, at most
  // kMaxMentionEvidence kept.
  using MentionCounts = std::map<std::pair<int, const GazetteerEntry*>, int>;
  // The gazetteer's names in `t`, a piece of docs_[doc], and the names cued
  // there ("Comrade X").
  void MentionsIn(std::string_view t, int doc, MentionCounts& counts);
  // "Comrade X" / "Cde. X" / "товарищ X" naming someone the gazetteer lacks
  // (`mentions`: the gazetteer's, left to right); after a rank only a name
  // in capitals.
  void CuedNames(std::string_view t, int doc,
                 const std::vector<Mention>& mentions);
  // Departments named by one word ("State and Defense concur"), and the
  // edition's own by "Department" alone (record_.home_department).
  void DepartmentsByWord(std::string_view t, int doc,
                         const std::vector<Mention>& mentions,
                         MentionCounts& counts);
  // The country inside a body's name ("the Government of the DPRK").
  void PlacesInsideName(const Mention& org, int doc);
  // A name the print broke over lines ("the Soviet" over "Government").
  void MentionsAcrossLines(MentionCounts& counts);
  // "Present:" and "Participants:" lists, and organisations named in text.
  void MentionPresentLists();
  // People the markup names as such (a TEI persName).
  void MentionMarkupPersons();
  // True when `line` opens with "Present:" (or the cue's other words).
  bool IsPresentLine(std::string_view line) const;
  // The people of a "Present:" line, one mention each; true when the list
  // follows on lines of its own.
  bool MentionPresent(std::string_view line, int doc);
  // One mention per person of `list`, grouped by ';' ("on the Soviet side,
  // Cdes. Molotov, ...; on the Chinese side, ...").
  void MentionPresentGroups(std::string_view list, int doc);
  void MentionParticipant(std::string_view line, int doc);
  // Organisations the gazetteer lacks, named by their words in running text
  // ("the Neutral Nations Repatriation Commission").
  void MentionOrganizations(std::string_view line, int doc);
  // What docs_[doc] says of earlier documents: its references and its
  // stances on their points.
  void ReadReplies(size_t doc);
  // The paragraphs of docs_[d] numbered as the points it answers ("Paras 1
  // through 4 below ... are numbered as in your msg"): a range, empty
  // ({0, -1}) when it says nothing of the kind.
  std::pair<int, int> AnsweredNumbering(size_t d) const;
  // "your telegram of 3 July", "Reurmsg C 62859" on line `i` of docs_[d].
  void ReadReferences(size_t d, size_t i);
  // The writers of the document cited at t[at]: the addressees for "your",
  // the writers for "my" (nullopt if unknown), else those named.
  std::optional<std::vector<NodeId>> ReferenceAuthors(
      const DocDraft& doc, std::string_view t, std::string_view lower,
      size_t at, std::string_view window, const detail::DateMatch& date);
  // "The others are changed as follows:" over "(a) Para 2. ...": an item of
  // a list of changes amends the point it names; true when line i is one.
  bool ReadAmendingItem(size_t d, size_t i);
  // Whether quoted line i opens a quotation led in by "they read:".
  bool QuotedAsTheyRead(size_t i) const;
  // Whether one of the other side is named right before the cue at
  // `cue_start` of `clause` ("Vyshinsky turned down ..."), in document d.
  bool NamedThirdPartyBefore(std::string_view clause, size_t cue_start,
                             size_t d) const;
  // What a paragraph has said of points by number: an acceptance a later
  // "however" narrows, a refusal a figure follows (index into the
  // document's stances); the points it is on.
  struct ParagraphTurns {
    std::map<std::vector<std::string>, size_t> accepted, rejected;
    std::vector<std::string> line_ordinals, line_cited, named_ordinals;
    std::string named_stance;
    std::vector<std::string> inherited_ordinals, inherited_topics;
    std::vector<NodeId> points_of;  // whose points the paragraph last named
    // The point whose numbered sub-points the paragraph last named ("4" of
    // "4(1)"): "Sub-point (3)" alone later is inside it.
    std::string sub_parent;
  };
  // Claim `st` of `part`, read against what the paragraph said before: it
  // may make it and an earlier claim "amends".
  void ReadTurn(ParagraphTurns& turns, graph::StanceClaim& st,
                std::string_view part, std::string_view lang, Value& stances);
  // The stances line `i` of docs_[d] takes, sentence by sentence; a
  // paragraph numbered within `answered` speaks of that point.
  void ReadStances(size_t d, size_t i, std::pair<int, int> answered);
  void ReadStancePart(size_t d, size_t i, std::string_view part,
                      ParagraphTurns& turns);
  // Where the "and" joining two positions in `part` is, and where the
  // second starts, each on points of its own ("accepts the enemy's first
  // and second points and rejects his third point"); npos when none.
  std::pair<size_t, size_t> SecondPosition(std::string_view part,
                                           std::string_view lang) const;
  // The points a position on a whole list in `part` leaves out take the
  // exception's own position: one it states after the whole's cue (at
  // `whole_cue`: "acceptable as a whole, but point 3 must be rejected"), or
  // a change ("except for one addition to point 3"); none when they share
  // the whole's verb ("All paragraphs but 17 may be accepted").
  void ReadExceptedPoints(size_t d, size_t i, std::string_view part,
                          const WholeException& exception, size_t whole_cue,
                          const std::vector<NodeId>& points_of);
  void EmitDocuments();
  std::string DescribedTitle(const DocDraft& doc) const;

  // Evidence for bytes [start, end) of the record's text: the source bytes
  // they come from.
  Evidence Ev(size_t start, size_t end) const;
  Evidence Ev(Span s) const { return Ev(s.start, s.end); }
  Evidence LineEv(size_t line) const {
    return Ev(lines_[line].trim_start,
              lines_[line].trim_start + lines_[line].text.size());
  }
  size_t Offset(std::string_view piece) const {
    return static_cast<size_t>(piece.data() - text_.data());
  }

  // What a routing or address line says, when `t` is one (see RoutingLine).
  std::optional<RoutingLine> ParseRouting(std::string_view t) const;
  // True when `name` (after "TO", "For Comrade", ...) names a person or
  // organisation the gazetteer knows, or looks like a name in capitals.
  bool IsAddresseeName(std::string_view name) const;

  // The person a name stands for: a gazetteer entry, or a new unresolved
  // Person when the words look like a name ("" when not); adds the node.
  NodeId PersonFromName(std::string_view name, const Evidence& ev);
  // The organisation a name stands for: a gazetteer entry, or a new one for
  // an office or a body ("Joint Chiefs of Staff").
  NodeId OrganizationFromName(std::string_view name, const Evidence& ev,
                              bool office = false);
  // Adds (or merges) the node of a gazetteer entry with this evidence.
  NodeId AddEntity(const GazetteerEntry& entry, std::string_view surface,
                   bool codename, const Evidence& ev);
  void AddEdge(const NodeId& source, const NodeId& target, EdgeKind kind,
               const Evidence& ev, Value props = Value::MakeObject());
  // Names in a list "A, B and C" / "Cde. Stalin (2)"; each with its span.
  std::vector<std::pair<std::string_view, int64_t>> SplitNames(
      std::string_view list) const;
  // The persons named in `piece` (gazetteer mentions only).
  std::vector<std::pair<NodeId, Evidence>> PersonsIn(std::string_view piece);
  // The person whose name ends, with "'s", right before `at` of `line`.
  std::optional<NodeId> PossessorBefore(std::string_view line, size_t at);
  // The speaker a record of conversation names in capitals at the head of
  // the paragraph of `line` ("STALIN begins the conversation ..."), or none.
  std::optional<std::pair<NodeId, Evidence>> Speaker(size_t line);
  std::optional<std::pair<NodeId, Evidence>> SignatureOf(size_t line);
  // The person the introduction on line `intro` has put forward what
  // follows ("Nam Il ... read the following proposal:"), when it names no
  // document; nothing otherwise.
  std::optional<std::pair<NodeId, Evidence>> ReadOutProposal(size_t intro);
  // Whether a side the paragraph of line `intro` names, and no person, put
  // the text it introduces forward ("the Communist staff officers tabled a
  // complete draft ... They read:").
  bool TabledBySide(size_t intro) const;
  // Whether line `intro` heads quotation `r` as the text of a proposal or
  // agreement ("Text of the UNC proposal:"); marks who tabled it above.
  bool ReadTextOfProposal(int r, size_t intro);
  // The one gazetteer person a surname and an edition's initials fit ("Lee"
  // and "LSC": Lee Sang Cho), or null.
  const GazetteerEntry* PersonByInitials(std::string_view surname,
                                         std::string_view initials) const;
  // True when `line` introduces a quoted document of doc `d` dated `date`:
  // a citation there names the quote, not a document elsewhere.
  bool IntroducesQuoteOf(size_t line, size_t d, const std::string& date) const;
  // True when the text around quotation `r` (its parent's) leads into a
  // numbered list of its own ("... put forward our own agenda:" over "1.").
  bool ListAround(int r) const;
  // A line over an attached text ("To p. 33(op) pr. PB No. 86",
  // "[Attachment]"; the attachment_marker cues).
  bool IsAttachmentMarker(size_t line) const;
  // The texts under such lines that no quotation marks hold, each a region
  // of its own up to the next such line; a text set off by cable-ese
  // ("Quote. ... Unquote."), CableQuoteRegions.
  void AttachmentRegions();
  void CableQuoteRegions();
  // Lists a reply restates, each a region: the addressee's points ("In it
  // you put three questions to us:"), or another's document summed up.
  void RestatedRegions();
  // Up to `count` text lines of the body before `line`, the nearest first,
  // across blank lines, to the first line of another kind.
  std::vector<size_t> LinesBefore(size_t line, size_t count) const;
  // The kind of document line `line` names ("its draft resolution"), else
  // the nearest of up to `before` text lines above it names; "" for none.
  std::string DocTypeAround(size_t line, size_t before) const;
  // "... Session continuing. Signed Joy”.": a relayed cable's signer at the
  // end of its last paragraph, or nothing.
  std::optional<std::pair<NodeId, Evidence>> SignedAtEnd(size_t line);
  // "Signed: Andrew J. Kinney, Colonel, USAF; ...", "LI KE-NUN, QIAO
  // GUANHUA": the signatories a line lists (none: no such list).
  std::vector<std::pair<NodeId, Evidence>> Signatories(size_t line);
  // An address opening a message: "To Cde. MAO ZEDONG. Copies to Cdes. KIM
  // IL SUNG and PENG DEHUAI." Adds the recipients and copies to `doc`;
  // false when `t` is no such line.
  bool ReadAddressLine(std::string_view t, DocDraft& doc);
  // "毛主席，并告金首相、李克农同志：": a Chinese address with its copies;
  // false when `t` is none.
  bool ReadChineseAddress(std::string_view t, DocDraft& doc);
  bool ReadOfficeAddressLine(std::string_view t, DocDraft& doc);
  // Who wrote the message `intro` introduces: "the following telegram of
  // Mao Zedong to ..."; "Mao Zedong's answer"; else (unless `named_only`)
  // the first person named who is not the addressee.
  std::vector<std::pair<NodeId, Evidence>> IntroAuthors(
      std::string_view intro, bool named_only = false);
  // The persons a sentence names as agreeing a text, right before its
  // verb ("Subdels (Hodes, Burke; Lee Sang Cho, Hsieh Fang) agreed"), or none.
  std::vector<std::pair<NodeId, Evidence>> AgreedBy(std::string_view sentence);
  // The part of an introduction on the quoted text: its last sentence when
  // it puts the text forward and names who does, else all.
  std::string_view IntroLead(std::string_view intro) const;
  int DefaultYear() const { return record_.date ? record_.date->year : 0; }
  const std::string& LineLang(size_t i) const { return line_lang_[i]; }
  void AddParty(std::vector<DocDraft::Party>& into, const NodeId& id,
                const Evidence& ev, int64_t count = 0);
  std::string DocIdFor(const DocDraft& d, const std::string& base) const;
  // Unresolved persons written in Cyrillic that are one of the page's
  // unresolved persons written in Latin letters (the Russian original and
  // the translation name the same man): Cyrillic node id -> Latin node.
  std::map<NodeId, const Node*> SameUnresolvedPersons() const;

  // The gazetteer with the names the edition's list of persons gives the
  // page's people, when it gives any the gazetteer lacks.
  static std::optional<Gazetteer> WithListedPersons(
      const Knowledge& knowledge, const DocumentRecord& record);

  std::optional<Gazetteer> page_gazetteer_;
  const Gazetteer& gazetteer_;
  const TopicList& topics_;
  const StanceCues& stance_cues_;
  const CueTable& cues_;
  const DocumentRecord& record_;
  std::string_view source_;  // the file's bytes, which evidence quotes
  std::string_view text_;    // record_.text, which the readers read
  graph::Fragment fragment_;

  std::vector<Line> lines_;
  std::vector<LineKind> kinds_;
  std::vector<std::string> line_lang_;
  std::vector<int> line_doc_;  // the document whose text a line is
  std::vector<int> line_region_;
  size_t body_begin_ = 0, body_end_ = 0;  // [begin, end) line indexes
  std::vector<bool> in_body_;             // furniture between is left out
  std::vector<QuoteRegion> regions_;
  // Text spans of points another put forward that a document reports.
  std::vector<Span> reported_points_;
  // Text spans of the points of a counterproposal given one by one ("Our
  // para 3 reads: "...""), CounterPoints.
  std::vector<Span> counter_points_;
  // DepartmentsByWord's words, lower case: "state" of "Department of
  // State"; filled on first use.
  std::optional<std::set<std::string>> department_words_;
  std::vector<DocDraft> docs_;  // docs_[0] is the outer document

  // The parties of the record, resolved.
  std::string title_origin_;
  std::vector<std::pair<NodeId, Evidence>> title_authors_, title_recipients_,
      title_via_;
  std::string attach_type_;
  std::optional<Date> attach_date_;
  std::vector<std::pair<NodeId, Evidence>> attach_authors_, attach_recipients_;
};

// `name` in Latin letters, lower case ("ЛИ ХАК ГУ", "LI HAK GU": "lihakgu").
using text::LatinKey;

// Levenshtein distance in code points (text/edit_distance.h).
using text::EditDistance;

}  // namespace parley::importers::detail

#endif  // PARLEY_IMPORTERS_DETAIL_PAGE_READER_H_
