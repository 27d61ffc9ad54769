#include "storage/detail/database.h"

#include <algorithm>

#include "storage/detail/damage.h"
#include "storage/detail/keys.h"
#include "storage/detail/terms.h"

namespace parley::storage::detail {

Status ScanError(Cf cf, std::string_view last, const rocksdb::Status& s) {
  return Status::Corruption(detail::DamageWhere(kCfNames[cf], last) +
                            " or the key after it: " + s.ToString());
}

Status FromRocks(const rocksdb::Status& s, const std::string& context) {
  if (s.ok()) return Status::Ok();
  std::string message = context + ": " + s.ToString();
  if (s.IsNotFound()) return Status::NotFound(message);
  if (s.IsCorruption()) return Status::Corruption(message);
  if (s.IsInvalidArgument()) return Status::InvalidArgument(message);
  if (s.IsBusy() || s.IsTimedOut()) return Status::Busy(message);
  return Status::IOError(message);
}

std::string Describe(Cf cf, std::string_view key) {
  return detail::DamageWhere(kCfNames[cf], key);
}

Status MalformedKey(Cf cf, std::string_view key) {
  return Status::Corruption(Describe(cf, key) + ": malformed key");
}

std::vector<detail::EvidenceRecord> ToRecords(
    const std::vector<graph::Evidence>& evidence, const std::string& own_page,
    const std::string* own_text, bool* elided) {
  std::vector<detail::EvidenceRecord> out;
  out.reserve(evidence.size());
  for (const graph::Evidence& e : evidence) {
    bool in_page =
        own_text != nullptr && !own_page.empty() && e.doc == own_page &&
        e.start <= e.end && e.end <= own_text->size() && !e.quote.empty() &&
        std::string_view(*own_text).substr(e.start, e.end - e.start) == e.quote;
    out.push_back(
        {e.doc, e.lang, e.start, e.end, in_page ? "" : e.quote, in_page});
    if (in_page && elided != nullptr) *elided = true;
  }
  return out;
}

void QuoteInFull(std::vector<detail::EvidenceRecord>& records,
                 const std::string& page, const std::string& text) {
  for (detail::EvidenceRecord& e : records) {
    if (!e.quote_in_page || e.doc != page) continue;
    if (e.start <= e.end && e.end <= text.size())
      e.quote = text.substr(e.start, e.end - e.start);
    e.quote_in_page = false;
  }
}

std::string QuoterKey(const std::string& page, const std::string& owner) {
  std::string key = detail::PageKey(detail::kQuoterTag, page);
  key.push_back(detail::kSeparator);
  key += owner;
  return key;
}

std::vector<graph::Evidence> FromRecords(
    std::vector<detail::EvidenceRecord>&& records, const PageTextOf& text_of) {
  std::vector<graph::Evidence> out;
  out.reserve(records.size());
  for (detail::EvidenceRecord& e : records) {
    if (e.quote_in_page && text_of) {
      const std::string* text = text_of(e.doc);
      if (text != nullptr && e.start <= e.end && e.end <= text->size())
        e.quote = text->substr(e.start, e.end - e.start);
    }
    out.push_back({std::move(e.doc), std::move(e.lang), e.start, e.end,
                   std::move(e.quote)});
  }
  return out;
}

namespace {

// A node of `record`'s kind, label, aliases and props (a NodeRecord or a
// NodeHeadRecord), without evidence.
template <typename Record>
graph::Node NodeOf(const std::string& id, Record&& record) {
  graph::Node node;
  node.id = id;
  node.kind = static_cast<graph::NodeKind>(record.kind);
  node.label = std::move(record.label);
  node.aliases = std::move(record.aliases);
  node.props = std::move(record.props);
  return node;
}

}  // namespace

graph::Node NodeFromRecord(const std::string& id, NodeRecord&& record,
                           const PageTextOf& text_of) {
  graph::Node node = NodeOf(id, std::move(record));
  node.evidence = FromRecords(std::move(record.evidence), text_of);
  return node;
}

NodeHeadRecord HeadOf(const graph::Node& merged, uint32_t owners) {
  return {static_cast<uint8_t>(merged.kind),
          merged.label,
          merged.aliases,
          merged.props,
          owners,
          merged.evidence.size()};
}

graph::Node NodeFromHead(const std::string& id, NodeHeadRecord&& head) {
  return NodeOf(id, std::move(head));
}

std::set<std::string> IndexKeysOf(const std::string& id,
                                  const std::optional<NodeHeadRecord>& head) {
  std::set<std::string> keys;
  if (!head) return keys;
  graph::Node node = NodeFromHead(id, NodeHeadRecord(*head));
  detail::ForEachIndexTerm(node, [&](Reader::Index index, std::string term) {
    // A term holding the key separator would read back as another key.
    if (std::find(term.begin(), term.end(), kSeparator) != term.end()) return;
    keys.insert(detail::IndexKey(static_cast<uint8_t>(index), term, id));
  });
  return keys;
}

}  // namespace parley::storage::detail
