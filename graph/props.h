// The property contract: the names of the properties nodes and edges carry
// (DESIGN.md's model and docs/model.md's additions, the keys of `props` in
// `parley export --format json`), and typed views of the structured values
// that cross folders (importers write them, linking/ and queries/ read them).
// The names are a public contract: extend them, never rename them.
#ifndef PARLEY_GRAPH_PROPS_H_
#define PARLEY_GRAPH_PROPS_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "graph/value.h"

namespace parley::graph {

// Property names. One constant per name; a name several kinds use (`date`,
// `document`, `stance`, `count`, ...) is defined where it first appears and
// listed again in the comment of the others.
namespace prop {

// Person, Organization, Place (docs/model.md).
inline constexpr std::string_view kResolved = "resolved";
// Person.
inline constexpr std::string_view kWikidata = "wikidata";
inline constexpr std::string_view kCodenames = "codenames";
inline constexpr std::string_view kCodenameSeen = "codename_seen";

// Document (DESIGN.md, then docs/model.md's additions).
inline constexpr std::string_view kTitle = "title";
inline constexpr std::string_view kDocType = "doc_type";
inline constexpr std::string_view kNumber = "number";  // a string or a list
inline constexpr std::string_view kDate = "date";      // ISO
inline constexpr std::string_view kSent = "sent";
inline constexpr std::string_view kReceived = "received";
inline constexpr std::string_view kOrigin = "origin";
inline constexpr std::string_view kLanguages = "languages";
inline constexpr std::string_view kSource = "source";  // [SourceCitation]
inline constexpr std::string_view kRecordId = "record_id";
inline constexpr std::string_view kSummary = "summary";
inline constexpr std::string_view kOutgoingNumber = "outgoing_number";
inline constexpr std::string_view kDispatched = "dispatched";
inline constexpr std::string_view kWrittenOn = "written_on";  // ISO date
inline constexpr std::string_view kDateInferred = "date_inferred";
inline constexpr std::string_view kEmbeddedIn = "embedded_in";
inline constexpr std::string_view kRestated = "restated";
inline constexpr std::string_view kReferences = "references";  // [Reference]
inline constexpr std::string_view kStances = "stances";        // [StanceClaim]
inline constexpr std::string_view kClassification = "classification";
inline constexpr std::string_view kPrecedence = "precedence";
inline constexpr std::string_view kSourceFile = "source_file";
inline constexpr std::string_view kCurated = "curated";

// An item of a Document's `source` (SourceCitation).
inline constexpr std::string_view kCitation = "citation";
inline constexpr std::string_view kArchive = "archive";
inline constexpr std::string_view kFond = "fond";
inline constexpr std::string_view kOpis = "opis";
inline constexpr std::string_view kDelo = "delo";
inline constexpr std::string_view kPapka = "papka";
inline constexpr std::string_view kPages = "pages";

// An item of a Document's `references` (Reference): kDate, kNumber, and
inline constexpr std::string_view kAuthors = "authors";
inline constexpr std::string_view kQuote = "quote";
inline constexpr std::string_view kStart = "start";
inline constexpr std::string_view kEnd = "end";

// An item of a Document's `stances` (StanceClaim): kStance, kPartial (as on
// STANCE edges), kOrdinals, kTopics (as on Clause), kQuote, kStart, kEnd,
// and
inline constexpr std::string_view kLang = "lang";
inline constexpr std::string_view kSupportedStance = "supported_stance";
inline constexpr std::string_view kNegated = "negated";
inline constexpr std::string_view kConditional = "conditional";
// A StanceClaim's persons whose points it names ("the first and second
// points of Comrade PENG DEHUAI's proposals").
inline constexpr std::string_view kPointsOf = "points_of";
// A StanceClaim on a list as a whole ("I consider Comrade LI KENONG's
// proposals correct"): "list", the list answered or quoted, or the side
// whose points it names ("other", kSideUnc, kSideKpaCpv: "Both of the enemy's
// points must be firmly rejected"); kWholeCount the number of points it says
// the list holds ("both": 2), when it says.
inline constexpr std::string_view kWhole = "whole";
inline constexpr std::string_view kWholeCount = "whole_count";
// The points a StanceClaim on a whole list leaves out ("acceptable as a
// whole, except for one addition to point 3").
inline constexpr std::string_view kExcept = "except";
// kWhole's values besides a side's name: the list answered or quoted, and
// the side other than the writers'.
inline constexpr std::string_view kWholeList = "list";
inline constexpr std::string_view kWholeOther = "other";

// Clause (DESIGN.md, then docs/model.md's additions).
inline constexpr std::string_view kOrdinal = "ordinal";  // as printed
inline constexpr std::string_view kText = "text";        // {lang: text}
inline constexpr std::string_view kTopics = "topics";
inline constexpr std::string_view kTerms = "terms";
inline constexpr std::string_view kOrdinals = "ordinals";  // {lang: ordinal}
inline constexpr std::string_view kDocument = "document";  // also Delegation
inline constexpr std::string_view kPosition = "position";

// A Clause's `terms`: lists of distances ({kMin, kMax, kUnit, kFrom}),
// durations ({kValue, kUnit, kAnchor}), actors and places (node ids), and
// the time reference.
inline constexpr std::string_view kDistances = "distances";
inline constexpr std::string_view kDurations = "durations";
inline constexpr std::string_view kActors = "actors";
inline constexpr std::string_view kPlaces = "places";
inline constexpr std::string_view kTimeReference = "time_reference";
inline constexpr std::string_view kMin = "min";
inline constexpr std::string_view kMax = "max";
inline constexpr std::string_view kUnit = "unit";
inline constexpr std::string_view kFrom = "from";
inline constexpr std::string_view kValue = "value";
inline constexpr std::string_view kAnchor = "anchor";

// Delegation: kDocument, and
inline constexpr std::string_view kSize = "size";
inline constexpr std::string_view kUnnamedMembers = "unnamed_members";

// COPY_TO: kCount. MEMBER_OF, HEADS, HOLDS_ROLE: kRole and kRoleText (the
// role as written in each language; the English one becomes kRole); an
// unnamed MEMBER_OF adds kUnnamed and kCount.
inline constexpr std::string_view kCount = "count";
inline constexpr std::string_view kRole = "role";
inline constexpr std::string_view kRoleText = "role_text";
inline constexpr std::string_view kUnnamed = "unnamed";

// RESPONDS_TO.
inline constexpr std::string_view kMatchedBy = "matched_by";

// STANCE.
inline constexpr std::string_view kStance = "stance";
inline constexpr std::string_view kPartial = "partial";

// VARIANT_OF.
inline constexpr std::string_view kChanges = "changes";
inline constexpr std::string_view kSimilarity = "similarity";
inline constexpr std::string_view kFromDate = "from_date";
inline constexpr std::string_view kToDate = "to_date";

// Links (issue 11): RESPONDS_TO, STANCE and VARIANT_OF carry kMatchedBy (a
// list), kConfidence (0..1), kStrength (kStrong or kWeak) and kConflicts
// (sentences, absent when none). STANCE adds kHolder, kVia, kClaimStart,
// kClaimEnd (and kSupportedStance, kNegated, kConditional as the claim).
// VARIANT_OF adds kSimilarityBasis; each of its kChanges is an object
// {kField, kFrom, kTo, kNote?, kComparedWith?}.
inline constexpr std::string_view kConfidence = "confidence";
inline constexpr std::string_view kStrength = "strength";
inline constexpr std::string_view kStrong = "strong";
inline constexpr std::string_view kWeak = "weak";
inline constexpr std::string_view kConflicts = "conflicts";
inline constexpr std::string_view kHolder = "holder";
inline constexpr std::string_view kVia = "via";
inline constexpr std::string_view kClaimStart = "claim_start";
inline constexpr std::string_view kClaimEnd = "claim_end";
inline constexpr std::string_view kSimilarityBasis = "similarity_basis";
inline constexpr std::string_view kField = "field";
inline constexpr std::string_view kTo = "to";
inline constexpr std::string_view kNote = "note";
inline constexpr std::string_view kComparedWith = "compared_with";

// Clause terms (issue 11): a distance's kBound (kBoundUpTo) and kNote; a
// duration's kKind (kDeadline, kWindow, kPeriod) and kSubject; the terms'
// kForces (kinds: "land", "naval", "air") and kScope ("all", "wishing
// repatriation").
inline constexpr std::string_view kBound = "bound";
// A distance converted to km ("20 miles"): {kMin, kMax, kUnit} as printed.
inline constexpr std::string_view kWritten = "written";
inline constexpr std::string_view kBoundUpTo = "up_to";
inline constexpr std::string_view kKind = "kind";
inline constexpr std::string_view kDeadline = "deadline";
inline constexpr std::string_view kWindow = "window";
inline constexpr std::string_view kPeriod = "period";
inline constexpr std::string_view kSubject = "subject";
inline constexpr std::string_view kForces = "forces";
inline constexpr std::string_view kScope = "scope";

// Citations (issue 11, queries/citation.h): a Document's original language
// ("ru" or "Russian") when the page states it (a Wilson page's "Original
// Language"); read when present, else inferred from `languages` and the
// archive.
inline constexpr std::string_view kOriginalLanguage = "original_language";

// Modality, stamps, sides (issue 11). PROPOSES: kModality (kProposed,
// kPlanned, kReported, kAgreed) and kReportedBy (a person id). Document:
// kReceivedBy (kCipherOffice for a receipt stamp), kDateline (ISO
// date-time of a dateline that says neither sent nor received), kWarnings
// (sentences). Person, Organization, Delegation, Document: kSide
// (kSideKpaCpv, kSideUnc) and kSideRole ("delegation", "government",
// "adviser"). Person, Document: kGovernment (the place id of the government
// a person serves, a document its authors' when they agree).
inline constexpr std::string_view kModality = "modality";
inline constexpr std::string_view kProposed = "proposed";
inline constexpr std::string_view kPlanned = "planned";
inline constexpr std::string_view kReported = "reported";
inline constexpr std::string_view kAgreed = "agreed";
inline constexpr std::string_view kReportedBy = "reported_by";
inline constexpr std::string_view kReceivedBy = "received_by";
inline constexpr std::string_view kCipherOffice = "cipher office";
inline constexpr std::string_view kDateline = "dateline";
inline constexpr std::string_view kWarnings = "warnings";
inline constexpr std::string_view kSide = "side";
inline constexpr std::string_view kSideRole = "side_role";
inline constexpr std::string_view kGovernment = "government";
inline constexpr std::string_view kSideKpaCpv = "kpa-cpv";
inline constexpr std::string_view kSideUnc = "unc";

}  // namespace prop

// Lenient reads of stored props, as every reader does them: a member that
// is absent or of another type reads as empty.

// The strings of `value` when it is a string (one) or a list (its strings);
// empty for anything else, nullptr included.
std::vector<std::string> Strings(const Value* value);
// The integer at `key` of `object`; 0 when absent or not an integer.
int64_t IntAt(const Value& object, std::string_view key);
// True only when `key` of `object` holds the boolean true.
bool IsTrue(const Value& object, std::string_view key);

// What a reply cites: "your telegram of 3 July (No. 4279)", an item of a
// Document's `references`. start/end are bytes of the page, as evidence's.
struct Reference {
  std::string date;                   // ISO date of the cited document
  std::vector<std::string> authors;   // ids of its authors; empty: anyone's
  std::optional<std::string> number;  // present when the reply prints "No."
  std::string quote;
  int64_t start = 0;
  int64_t end = 0;

  // {date, authors, number (when present), quote, start, end}.
  Value ToValue() const;
  // nullopt when `v` is not an object; absent or mistyped fields read as
  // empty (Strings, IntAt).
  static std::optional<Reference> FromValue(const Value& v);

  friend bool operator==(const Reference&, const Reference&) = default;
};

// A position a reply takes, an item of a Document's `stances`; the linker
// turns it into STANCE edges to the clauses it names (by ordinals or topics).
struct StanceClaim {
  std::string stance;  // accepts, rejects, amends, insists, drops,
                       // conditional, supports
  std::vector<std::string> ordinals;  // the points named ("4"), if any
  std::vector<std::string> topics;    // the topics named, if any
  bool partial = false;               // "the second half of point three"
  std::string quote;
  std::string lang;
  int64_t start = 0;
  int64_t end = 0;
  // For supports: the addressee's stance backed ("insists"); "" for none.
  std::string supported_stance;
  bool negated = false;      // the reading turned on a negation
  bool conditional = false;  // ... on a condition
  // For a claim on points by number: the persons whose points it names
  // ("Comrade PENG DEHUAI's proposals"), node ids; empty for "your".
  std::vector<std::string> points_of;
  // For a claim on a whole list ("your proposals are correct"): "list" or
  // the side whose points it names ("other", "unc", "kpa-cpv"); "" for one on
  // points named. whole_count: "both" is 2; 0 when it says no number.
  std::string whole;
  int64_t whole_count = 0;
  // For a claim on a whole list: the points it leaves out, by ordinal.
  std::vector<std::string> except;

  // {stance, ordinals, topics, partial, quote, lang, start, end}, with
  // supported_stance, points_of, whole and except when non-empty,
  // whole_count when not 0, and negated, conditional when true.
  Value ToValue() const;
  // nullopt when `v` is not an object; absent or mistyped fields read as
  // empty, false or 0.
  static std::optional<StanceClaim> FromValue(const Value& v);

  friend bool operator==(const StanceClaim&, const StanceClaim&) = default;
};

// An archival reference, an item of a Document's `source` ("APRF, f. 45,
// op. 1, d. 339, ll. 6-7"; a FRUS source note has only `citation`).
struct SourceCitation {
  std::string citation, archive, fond, opis, delo, papka, pages;

  static std::optional<SourceCitation> FromValue(const Value& v);
};

// A read view of a Document node's props. Fields absent or mistyped in the
// node read as empty, false or 0; items of references, stances and source
// that are not objects are skipped.
struct DocumentProps {
  std::string title;
  std::string doc_type;
  std::vector<std::string> numbers;  // `number`, a string or a list
  std::string outgoing_number;
  std::string date;  // ISO
  bool date_inferred = false;
  std::string sent, received, dispatched;  // ISO date or date-time
  std::string written_on;                  // ISO date under the sender's number
  std::string origin;
  std::vector<std::string> languages;
  std::vector<SourceCitation> sources;
  std::string record_id;
  std::string summary;
  std::vector<std::string> classification, precedence;
  NodeId embedded_in;
  bool restated = false;  // the embedding reply restates it, not quotes it
  std::vector<Reference> references;
  std::vector<StanceClaim> stances;
  std::string source_file;
  bool curated = false;

  static DocumentProps From(const Node& doc);
};

// A read view of a Clause node's props, absent fields read as empty or 0.
struct ClauseProps {
  std::string ordinal;                          // as printed: "2", "б"
  std::map<std::string, std::string> ordinals;  // per language, when several
  std::map<std::string, std::string> text;      // per language
  std::vector<std::string> topics;
  Value terms = Value::MakeObject();  // kDistances, kDurations, ... above
  NodeId document;                    // the document holding it
  int64_t position = 0;               // 1-based, in that document

  static ClauseProps From(const Node& clause);
};

}  // namespace parley::graph

#endif  // PARLEY_GRAPH_PROPS_H_
