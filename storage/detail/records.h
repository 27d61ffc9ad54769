// The records stored as RocksDB values, and their encoding: one format byte,
// then a cereal portable binary archive of the record. Every record carries a
// CEREAL_CLASS_VERSION; fields are only ever appended, and a field added in
// version N is read only `if (version >= N)`, so old values stay readable.
#ifndef PARLEY_STORAGE_DETAIL_RECORDS_H_
#define PARLEY_STORAGE_DETAIL_RECORDS_H_

#include <cereal/archives/portable_binary.hpp>
#include <cereal/cereal.hpp>
#include <cereal/types/map.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/variant.hpp>
#include <cereal/types/vector.hpp>
#include <cstdint>
#include <exception>
#include <istream>
#include <sstream>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"

namespace parley::storage::detail {

// The first byte of every value. A new encoding gets a new byte; readers
// refuse bytes they do not know instead of misreading them.
inline constexpr char kFormatCerealPortableBinary = 0x01;

struct EvidenceRecord {
  std::string doc;
  std::string lang;
  uint32_t start = 0;
  uint32_t end = 0;
  std::string quote;
  // Version 2: the quote is not stored, being the bytes [start, end) of the
  // stored text of page `doc` (the page of the owner that wrote it).
  bool quote_in_page = false;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t version) {
    ar(doc, lang, start, end, quote);
    if (version >= 2) ar(quote_in_page);
  }
};

// One owner's contribution to a node; the id and owner are in the key.
struct NodeRecord {
  uint8_t kind = 0;
  std::string label;
  std::vector<std::string> aliases;
  graph::Value props;
  std::vector<EvidenceRecord> evidence;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(kind, label, aliases, props, evidence);
  }
};

// One owner's contribution to an edge; both ends, the kind and the owner are
// in the key. The same record is stored under out_edges and in_edges.
struct EdgeRecord {
  graph::Value props;
  std::vector<EvidenceRecord> evidence;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(props, evidence);
  }
};

// pages: 'i' page_id
struct PageRecord {
  std::string source_path;
  std::string content_hash;
  uint64_t text_bytes = 0;
  std::string report;  // Fragment::report; empty before version 2

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t version) {
    ar(source_path, content_hash, text_bytes);
    if (version >= 2) ar(report);
  }
};

// pages: 't' page_id
struct PageTextRecord {
  std::string text;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(text);
  }
};

struct EdgeRef {
  std::string source;
  uint8_t kind = 0;
  std::string target;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(source, kind, target);
  }
};

struct NameRef {
  std::string name_key;
  std::string node_id;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(name_key, node_id);
  }
};

// pages: 'm' owner. Everything an owner wrote outside the pages column
// family, so that replacing the owner deletes exactly that.
struct ManifestRecord {
  std::vector<std::string> nodes;
  std::vector<EdgeRef> edges;
  std::vector<NameRef> names;
  // Version 2: the page whose text this owner's evidence quotes as spans
  // (EvidenceRecord::quote_in_page), when the owner is not that page.
  std::string quotes_page;

  bool empty() const { return nodes.empty() && edges.empty() && names.empty(); }

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t version) {
    ar(nodes, edges, names);
    if (version >= 2) ar(quotes_page);
  }
};

// heads: node_id. The node merged over its owners, without evidence: what
// GetNodeHead returns, kept current by every write that touches the node.
struct NodeHeadRecord {
  uint8_t kind = 0;
  std::string label;
  std::vector<std::string> aliases;
  graph::Value props;
  uint32_t owners = 0;    // how many owners contribute to the node
  uint64_t evidence = 0;  // pieces of evidence (see docs/storage.md)

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(kind, label, aliases, props, owners, evidence);
  }
};

// edge_heads: source 0x00 kind target. The edge merged over its owners,
// without evidence.
struct EdgeHeadRecord {
  graph::Value props;
  uint32_t owners = 0;
  uint64_t evidence = 0;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(props, owners, evidence);
  }
};

// Encodes `record` as format byte + archive.
template <typename Record>
std::string EncodeRecord(const Record& record) {
  std::ostringstream out(std::ios::binary);
  out.put(kFormatCerealPortableBinary);
  {
    cereal::PortableBinaryOutputArchive archive(out);
    archive(record);
  }
  return std::move(out).str();
}

// Reads a string_view as a stream without copying it.
class ViewStreamBuf : public std::streambuf {
 public:
  explicit ViewStreamBuf(std::string_view bytes) {
    char* begin = const_cast<char*>(bytes.data());
    setg(begin, begin, begin + bytes.size());
  }
};

// Decodes a value written by EncodeRecord into `record`. Returns Corruption
// (naming `what`, e.g. the column family and key) when the format byte is
// unknown or the archive does not parse; never throws.
template <typename Record>
Status DecodeRecord(std::string_view bytes, Record* record,
                    const std::string& what) {
  if (bytes.empty()) return Status::Corruption(what + ": empty value");
  if (bytes[0] != kFormatCerealPortableBinary) {
    return Status::Corruption(
        what + ": unknown value format byte " +
        std::to_string(static_cast<unsigned char>(bytes[0])) +
        " (written by a newer Parley?)");
  }
  try {
    ViewStreamBuf buffer(bytes.substr(1));
    std::istream in(&buffer);
    cereal::PortableBinaryInputArchive archive(in);
    archive(*record);
  } catch (const std::exception& e) {
    return Status::Corruption(what + ": unreadable record: " + e.what());
  }
  return Status::Ok();
}

}  // namespace parley::storage::detail

CEREAL_CLASS_VERSION(parley::storage::detail::EvidenceRecord, 2)
CEREAL_CLASS_VERSION(parley::storage::detail::NodeRecord, 1)
CEREAL_CLASS_VERSION(parley::storage::detail::EdgeRecord, 1)
CEREAL_CLASS_VERSION(parley::storage::detail::PageRecord, 2)
CEREAL_CLASS_VERSION(parley::storage::detail::PageTextRecord, 1)
CEREAL_CLASS_VERSION(parley::storage::detail::EdgeRef, 1)
CEREAL_CLASS_VERSION(parley::storage::detail::NameRef, 1)
CEREAL_CLASS_VERSION(parley::storage::detail::ManifestRecord, 2)
CEREAL_CLASS_VERSION(parley::storage::detail::NodeHeadRecord, 1)
CEREAL_CLASS_VERSION(parley::storage::detail::EdgeHeadRecord, 1)

#endif  // PARLEY_STORAGE_DETAIL_RECORDS_H_
