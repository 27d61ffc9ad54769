// The graph model as JSON (nlohmann::json): property Values, and nodes, edges
// and evidence in the shape of DESIGN.md's export contract. Shared by the json
// exporter and the CLI's --format json; the conversions back read JSON
// documents. Only <nlohmann/json_fwd.hpp> is included here.
#ifndef PARLEY_QUERIES_JSON_VALUE_H_
#define PARLEY_QUERIES_JSON_VALUE_H_

#include <nlohmann/json_fwd.hpp>

#include "graph/fragment.h"
#include "graph/model.h"
#include "graph/status.h"
#include "graph/value.h"

namespace parley::queries {

// A Value as JSON: null, bool, integer, number, string, array, object (keys
// sorted, as in Value). Non-finite numbers become null, as JSON has no NaN.
nlohmann::json ToJson(const graph::Value& value);

// JSON as a Value. Integers beyond int64 become doubles; binary values
// (never produced by a JSON parse) become null. Never fails.
graph::Value FromJson(const nlohmann::json& json);

// The contract's objects, keys in the contract's order:
//   evidence {"doc", "lang", "start", "end", "quote"}
//   node     {"id", "kind", "label", "aliases", "props", "evidence"}
//   edge     {"source", "target", "kind", "props", "evidence"}
nlohmann::ordered_json ToJson(const graph::Evidence& evidence);
nlohmann::ordered_json ToJson(const graph::Node& node);
nlohmann::ordered_json ToJson(const graph::Edge& edge);

// The reverse, for objects read from a parley-graph document. "id"/"source",
// "target" and "kind" are required; the other fields default to empty.
// Fails with kInvalidArgument naming the field that is missing, of the
// wrong type, or (for kinds) not a contract name.
Result<graph::Evidence> EvidenceFromJson(const nlohmann::json& json);
Result<graph::Node> NodeFromJson(const nlohmann::json& json);
Result<graph::Edge> EdgeFromJson(const nlohmann::json& json);

// A page's Fragment as one object, what `parley extract` writes a line of:
//   {"page_id", "source_path", "text", "content_hash", "layout", "warnings",
//    "nodes": [node...], "edges": [edge...]}
// Nodes and edges keep the fragment's order.
nlohmann::ordered_json ToJson(const graph::Fragment& fragment);
// The reverse: the fragment exactly as ToJson was given it (nodes and edges
// in order; a node's null props come back as an empty object). "page_id",
// "text" and "content_hash" are required. Fails with kInvalidArgument naming
// the field (and the node or edge by its position) that is missing or wrong.
Result<graph::Fragment> FragmentFromJson(const nlohmann::json& json);

}  // namespace parley::queries

#endif  // PARLEY_QUERIES_JSON_VALUE_H_
