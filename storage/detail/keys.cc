#include "storage/detail/keys.h"

#include <bit>
#include <cstdio>

namespace parley::storage::detail {
namespace {

void AppendPart(std::string& key, std::string_view part) {
  key.append(part.data(), part.size());
}

// Splits `key` at the first separator at or after `from`; returns the part
// before it and moves `from` past the separator.
std::optional<std::string_view> TakeUntilSeparator(std::string_view key,
                                                   size_t& from) {
  size_t sep = key.find(kSeparator, from);
  if (sep == std::string_view::npos || sep == from) return std::nullopt;
  std::string_view part = key.substr(from, sep - from);
  from = sep + 1;
  return part;
}

}  // namespace

bool IsKeyComponent(std::string_view part) {
  return !part.empty() && part.find(kSeparator) == std::string_view::npos;
}

std::string NodeKey(std::string_view node_id, std::string_view owner) {
  std::string key = NodePrefix(node_id);
  AppendPart(key, owner);
  return key;
}

std::string NodePrefix(std::string_view node_id) {
  std::string key;
  key.reserve(node_id.size() + 1);
  AppendPart(key, node_id);
  key.push_back(kSeparator);
  return key;
}

std::string EdgeKey(std::string_view near, graph::EdgeKind kind,
                    std::string_view far, std::string_view owner) {
  std::string key = EdgePrefix(near, kind);
  AppendPart(key, far);
  key.push_back(kSeparator);
  AppendPart(key, owner);
  return key;
}

std::string EdgePrefix(std::string_view near,
                       std::optional<graph::EdgeKind> kind) {
  std::string key;
  AppendPart(key, near);
  key.push_back(kSeparator);
  if (kind.has_value()) key.push_back(static_cast<char>(*kind));
  return key;
}

std::string NameIndexKey(std::string_view name_key, std::string_view node_id,
                         std::string_view owner) {
  std::string key = NamePrefix(name_key);
  AppendPart(key, node_id);
  key.push_back(kSeparator);
  AppendPart(key, owner);
  return key;
}

std::string NamePrefix(std::string_view name_key) {
  std::string key;
  AppendPart(key, name_key);
  key.push_back(kSeparator);
  return key;
}

std::string PageKey(char tag, std::string_view id) {
  std::string key(1, tag);
  AppendPart(key, id);
  return key;
}

std::string EdgeHeadKey(std::string_view source, graph::EdgeKind kind,
                        std::string_view target) {
  std::string key = EdgePrefix(source, kind);
  AppendPart(key, target);
  return key;
}

std::optional<EdgeHeadKeyParts> ParseEdgeHeadKey(std::string_view key) {
  size_t separator = key.find(kSeparator);
  if (separator == 0 || separator == std::string_view::npos ||
      separator + 2 >= key.size() ||
      static_cast<unsigned char>(key[separator + 1]) >= graph::kEdgeKindCount) {
    return std::nullopt;
  }
  return EdgeHeadKeyParts{key.substr(0, separator),
                          static_cast<graph::EdgeKind>(key[separator + 1]),
                          key.substr(separator + 2)};
}

std::string DenseOfKey(std::string_view node_id) {
  return PageKey(kDenseOfTag, node_id);
}

std::string NodeOfKey(uint32_t dense) {
  return std::string(1, kNodeOfTag) + EncodeUint32(dense);
}

std::string DerivedMarkerKey(std::string_view set) {
  std::string key = "derived";
  key.push_back(kSeparator);
  key += set;
  return key;
}

std::string DerivedKey(std::string_view set, std::string_view key) {
  std::string out = DerivedMarkerKey(set);
  out.push_back(kSeparator);
  out += key;
  return out;
}

std::string EncodeUint64(uint64_t v) {
  return EncodeUint32(static_cast<uint32_t>(v >> 32)) +
         EncodeUint32(static_cast<uint32_t>(v));
}

std::optional<uint64_t> DecodeUint64(std::string_view bytes) {
  if (bytes.size() != 8) return std::nullopt;
  return (static_cast<uint64_t>(*DecodeUint32(bytes.substr(0, 4))) << 32) |
         *DecodeUint32(bytes.substr(4, 4));
}

std::string AdjacencyKey(uint32_t near, bool incoming, graph::EdgeKind kind,
                         uint32_t far) {
  std::string key = EncodeUint32(near);
  key.push_back(
      static_cast<char>((incoming ? 0x80 : 0) | static_cast<uint8_t>(kind)));
  key += EncodeUint32(far);
  return key;
}

std::optional<AdjacencyKeyParts> ParseAdjacencyKey(std::string_view key) {
  if (key.size() != kAdjacencyKeySize) return std::nullopt;
  auto byte = static_cast<unsigned char>(key[4]);
  if ((byte & 0x7f) >= graph::kEdgeKindCount) return std::nullopt;
  AdjacencyKeyParts parts;
  parts.near = *DecodeUint32(key.substr(0, 4));
  parts.incoming = (byte & 0x80) != 0;
  parts.kind = static_cast<graph::EdgeKind>(byte & 0x7f);
  parts.far = *DecodeUint32(key.substr(5, 4));
  return parts;
}

std::string EncodeWeight(std::optional<double> weight) {
  if (!weight) return "";
  return EncodeUint64(std::bit_cast<uint64_t>(*weight));
}

std::optional<std::optional<double>> DecodeWeight(std::string_view value) {
  if (value.empty()) return std::optional<double>();
  std::optional<uint64_t> bits = DecodeUint64(value);
  if (!bits) return std::nullopt;
  return std::optional<double>(std::bit_cast<double>(*bits));
}

std::string IndexKey(uint8_t index, std::string_view term,
                     std::string_view node_id) {
  std::string key(1, static_cast<char>(index));
  AppendPart(key, term);
  key.push_back(kSeparator);
  AppendPart(key, node_id);
  return key;
}

std::optional<IndexKeyParts> ParseIndexKey(std::string_view key) {
  if (key.empty()) return std::nullopt;
  size_t sep = key.find(kSeparator, 1);
  if (sep == std::string_view::npos || sep + 1 >= key.size()) {
    return std::nullopt;
  }
  return IndexKeyParts{static_cast<uint8_t>(key[0]), key.substr(1, sep - 1),
                       key.substr(sep + 1)};
}

std::string PrefixUpperBound(std::string_view prefix) {
  std::string bound(prefix);
  while (!bound.empty()) {
    unsigned char last = static_cast<unsigned char>(bound.back());
    if (last != 0xff) {
      bound.back() = static_cast<char>(last + 1);
      return bound;
    }
    bound.pop_back();
  }
  return bound;
}

std::string EncodeUint32(uint32_t v) {
  std::string out(4, '\0');
  for (int i = 0; i < 4; ++i) {
    out[i] = static_cast<char>((v >> (8 * (3 - i))) & 0xff);
  }
  return out;
}

std::optional<uint32_t> DecodeUint32(std::string_view bytes) {
  if (bytes.size() != 4) return std::nullopt;
  uint32_t v = 0;
  for (unsigned char c : bytes) v = (v << 8) | c;
  return v;
}

std::optional<NodeKeyParts> ParseNodeKey(std::string_view key) {
  size_t pos = 0;
  std::optional<std::string_view> id = TakeUntilSeparator(key, pos);
  if (!id || pos >= key.size()) return std::nullopt;
  return NodeKeyParts{*id, key.substr(pos)};
}

std::optional<EdgeKeyParts> ParseEdgeKey(std::string_view key) {
  size_t pos = 0;
  std::optional<std::string_view> near = TakeUntilSeparator(key, pos);
  if (!near || pos >= key.size()) return std::nullopt;
  auto kind_byte = static_cast<unsigned char>(key[pos++]);
  if (kind_byte >= graph::kEdgeKindCount) return std::nullopt;
  std::optional<std::string_view> far = TakeUntilSeparator(key, pos);
  if (!far || pos >= key.size()) return std::nullopt;
  return EdgeKeyParts{*near, static_cast<graph::EdgeKind>(kind_byte), *far,
                      key.substr(pos)};
}

std::optional<NameKeyParts> ParseNameIndexKey(std::string_view key) {
  size_t pos = 0;
  std::optional<std::string_view> name = TakeUntilSeparator(key, pos);
  if (!name) return std::nullopt;
  std::optional<std::string_view> id = TakeUntilSeparator(key, pos);
  if (!id || pos >= key.size()) return std::nullopt;
  return NameKeyParts{*name, *id, key.substr(pos)};
}

std::string PrintableKey(std::string_view key) {
  std::string out;
  for (unsigned char c : key) {
    if (c == 0) {
      out += "\\0";
    } else if (c < 0x20 || c == 0x7f) {
      char buf[5];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

}  // namespace parley::storage::detail
