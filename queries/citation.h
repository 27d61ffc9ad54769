// Citing a document as a historian's footnote does: author, title, date,
// the archive and its reference, the site and record the page was copied
// from, whether the text is a translation, and whether it is our own
// paraphrase (a curated document) rather than the document's words. What a
// page does not give is said ("no archival reference on the page"), never
// left out.
#ifndef PARLEY_QUERIES_CITATION_H_
#define PARLEY_QUERIES_CITATION_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"
#include "queries/snapshot.h"

namespace parley::queries {

// What a footnote says about one document.
struct DocumentCitation {
  graph::NodeId document;               // the document cited
  std::vector<std::string> authors;     // labels, page order
  std::vector<std::string> recipients;  // labels of its addressees
  std::string title;                    // as the page prints it
  std::string doc_type;                 // "telegram", "message", ...
  std::string number;                   // its first number, "" when none
  std::string date;                     // ISO
  // For a document quoted inside another (Kim Il Sung's message inside
  // telegram 21404): the page's own document, cited in `container`.
  graph::NodeId outer;
  std::shared_ptr<const DocumentCitation> container;
  // The page's archival references as printed ("APRF, f. 45, op. 1, d.
  // 339, ll. 6-7"); empty when it gives none.
  std::vector<std::string> references;
  // "the page names the archive (APRF) but no file or page" and the like;
  // "no archival reference on the page" when there is none at all.
  std::string reference_gap;
  // "Wilson Center Digital Archive, record 117409"; "" when unknown.
  std::string record;
  // "Russian" when the text cited is a translation from it; "" otherwise.
  std::string translated_from;
  bool original_on_page = false;  // the page also gives the original
  // True for a curated document (our own summary): never the text itself.
  bool paraphrase = false;
};

enum class CitationStyle {
  kChicago,  // a Chicago-style note: Author, "Title," Month D, YYYY, ...
  kPlain,    // the same parts, full stops between them, ISO dates
};
// "chicago" or "plain"; nullopt for anything else.
std::optional<CitationStyle> ParseCitationStyle(std::string_view name);

// The citation of document `id`, or of the document holding clause `id`.
// Fails with kNotFound when `id` is neither stored document nor clause.
Result<DocumentCitation> CiteDocument(Snapshot& snapshot,
                                      const graph::NodeId& id);

// The footnote in `style`, one paragraph ending with a full stop.
std::string FormatCitation(const DocumentCitation& citation,
                           CitationStyle style);

// One line on where document `doc_id`'s text comes from, for answers that
// list sources: "APRF, f. 45, op. 1, d. 339, ll. 6-7; translated from the
// Russian", "no archival reference on the page; Wilson Center Digital
// Archive, record 117409", "our paraphrase, not the document's text:
// Korean Armistice Agreement, ...". Never empty for a stored document; ""
// when `doc_id` is not stored. A quoted document gets its page's sources.
std::string SourceLine(Snapshot& snapshot, const graph::NodeId& doc_id);

}  // namespace parley::queries

#endif  // PARLEY_QUERIES_CITATION_H_
