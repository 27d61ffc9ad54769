// Key encodings of the Parley database (see docs/storage.md). Keys are built
// by hand so that RocksDB's bytewise order groups what is read together: all
// contributions to one node, all edges of one node and kind, all ids of one
// folded name. Ids never contain 0x00, which is why it separates them.
#ifndef PARLEY_STORAGE_DETAIL_KEYS_H_
#define PARLEY_STORAGE_DETAIL_KEYS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "graph/model.h"

namespace parley::storage::detail {

inline constexpr char kSeparator = '\0';

// Tags that open every key of the `pages` column family, so that one record
// type can be scanned without reading the others (page texts are large).
inline constexpr char kPageInfoTag = 'i';
inline constexpr char kPageTextTag = 't';
inline constexpr char kManifestTag = 'm';
// 'q' page_id 0x00 owner: `owner` (not a page) quotes page_id's text as
// spans; when the text changes, those quotes are written out in full first.
inline constexpr char kQuoterTag = 'q';

// Keys of the `meta` column family: the schema version, and the next dense
// id to give (4 bytes, big-endian each).
inline constexpr std::string_view kSchemaVersionKey = "schema_version";
inline constexpr std::string_view kNextDenseIdKey = "next_dense_id";

// Keys of the `meta` column family for derived records
// (Store::ReplaceDerived): "derived" 0x00 set -> the sequence number of the
// database at which the set is current (8 bytes, big-endian), and
// "derived" 0x00 set 0x00 key -> a record of the set.
std::string DerivedMarkerKey(std::string_view set);
std::string DerivedKey(std::string_view set, std::string_view key);
std::string EncodeUint64(uint64_t v);
std::optional<uint64_t> DecodeUint64(std::string_view bytes);

// Tags that open every key of the `ids` column family: 'n' node_id -> dense
// id, 'd' dense id -> node_id.
inline constexpr char kDenseOfTag = 'n';
inline constexpr char kNodeOfTag = 'd';

// True when `part` can be a key component (non-empty, no 0x00 byte).
bool IsKeyComponent(std::string_view part);

// nodes: node_id 0x00 owner
std::string NodeKey(std::string_view node_id, std::string_view owner);
// The prefix shared by every contribution to `node_id`: node_id 0x00.
std::string NodePrefix(std::string_view node_id);

// out_edges: source 0x00 kind target 0x00 owner
// in_edges:  target 0x00 kind source 0x00 owner
// `near` is the node the key is filed under, `far` the other end.
std::string EdgeKey(std::string_view near, graph::EdgeKind kind,
                    std::string_view far, std::string_view owner);
// near 0x00, or near 0x00 kind when `kind` is set.
std::string EdgePrefix(std::string_view near,
                       std::optional<graph::EdgeKind> kind);

// names: name_key 0x00 node_id 0x00 owner
std::string NameIndexKey(std::string_view name_key, std::string_view node_id,
                         std::string_view owner);
std::string NamePrefix(std::string_view name_key);

// pages: tag id
std::string PageKey(char tag, std::string_view id);

// edge_heads: source 0x00 kind target (one key per merged edge).
std::string EdgeHeadKey(std::string_view source, graph::EdgeKind kind,
                        std::string_view target);
struct EdgeHeadKeyParts {
  std::string_view source;
  graph::EdgeKind kind;
  std::string_view target;
};
// nullopt when `key` is not such a key (or names an unknown kind).
std::optional<EdgeHeadKeyParts> ParseEdgeHeadKey(std::string_view key);

// ids: 'n' node_id and 'd' dense (4 bytes, big-endian).
std::string DenseOfKey(std::string_view node_id);
std::string NodeOfKey(uint32_t dense);

// adjacency: near (4 bytes) | direction << 7 | kind (1 byte) | far (4 bytes),
// big-endian; direction 0 for an out-edge of `near`, 1 for an in-edge.
inline constexpr size_t kAdjacencyKeySize = 9;
std::string AdjacencyKey(uint32_t near, bool incoming, graph::EdgeKind kind,
                         uint32_t far);
struct AdjacencyKeyParts {
  uint32_t near = 0;
  bool incoming = false;
  graph::EdgeKind kind = graph::EdgeKind::kAuthored;
  uint32_t far = 0;
};
std::optional<AdjacencyKeyParts> ParseAdjacencyKey(std::string_view key);

// weights (schema 6): an AdjacencyKey of an edge of a weighted kind ->
// the edge's weight, a double's 8 bytes (IEEE 754, big-endian), or empty
// for an edge without one. DecodeWeight: nullopt when `value` is neither.
std::string EncodeWeight(std::optional<double> weight);
std::optional<std::optional<double>> DecodeWeight(std::string_view value);

// index: index (1 byte) | term 0x00 node_id. Terms never hold 0x00.
std::string IndexKey(uint8_t index, std::string_view term,
                     std::string_view node_id);
struct IndexKeyParts {
  uint8_t index = 0;
  std::string_view term;
  std::string_view node_id;
};
std::optional<IndexKeyParts> ParseIndexKey(std::string_view key);

// The smallest key greater than every key that starts with `prefix`, for
// ReadOptions::iterate_upper_bound; empty when there is none (all 0xff).
std::string PrefixUpperBound(std::string_view prefix);

// 4 bytes, big-endian.
std::string EncodeUint32(uint32_t v);
std::optional<uint32_t> DecodeUint32(std::string_view bytes);

struct NodeKeyParts {
  std::string_view node_id;
  std::string_view owner;
};
struct EdgeKeyParts {
  std::string_view near;
  graph::EdgeKind kind;
  std::string_view far;
  std::string_view owner;
};
struct NameKeyParts {
  std::string_view name_key;
  std::string_view node_id;
  std::string_view owner;
};

// Split a stored key into its parts; nullopt when it is malformed. The views
// point into `key`.
std::optional<NodeKeyParts> ParseNodeKey(std::string_view key);
std::optional<EdgeKeyParts> ParseEdgeKey(std::string_view key);
std::optional<NameKeyParts> ParseNameIndexKey(std::string_view key);

// A key made printable for error messages (0x00 shown as "\0", other
// control bytes as \xNN).
std::string PrintableKey(std::string_view key);

}  // namespace parley::storage::detail

#endif  // PARLEY_STORAGE_DETAIL_KEYS_H_
